"""What the send dialog is told about a quote email's tracking, on SQLite and PostgreSQL: the draft's mode
follows the policy and the contact's consent, and a contact never asked gets the question by default."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentState, TrackingPolicy
from desktop.services.mail.quote_mail import draft_quote_email
from tests.integration.conftest import PDF, SENDER, add_quote

TRACKER = "https://suivi.vendeur.example"


@pytest.mark.parametrize(("consent", "policy", "mode", "state"), [
    (None, TrackingPolicy.DEFAULT, "ask_consent", ConsentState.NOT_ASKED),
    (False, TrackingPolicy.DEFAULT, "online_quote", ConsentState.REFUSED),
    (True, TrackingPolicy.DEFAULT, "individual", ConsentState.GIVEN),
    (True, TrackingPolicy.NEVER, "none", ConsentState.GIVEN),
])
def test_the_drafts_tracking_mode(sessions: sessionmaker[Session], consent: bool | None, policy: TrackingPolicy,
                                  mode: str, state: ConsentState) -> None:
    quote_id = add_quote(sessions, consent=consent)
    with sessions() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=policy, tracker_url=TRACKER)
    assert (draft.tracking_mode, draft.consent_state) == (mode, state)
    assert (draft.tracker_quote is not None) is (mode != "none")  # the online quote is registered with its PDF
    with sessions() as session:
        quiet = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=policy, tracker_url=TRACKER,
                                  ask_consent=False)
    assert quiet.tracking_mode == ("online_quote" if mode == "ask_consent" else mode)

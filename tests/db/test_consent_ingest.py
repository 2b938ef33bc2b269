"""The feed's answers and the consent rule at ingestion, on SQLite and PostgreSQL: opens and clicks of a contact
without consent are not stored (views and acceptances are), a consent or a withdrawal from the tracker's pages
becomes the contact's record once, a scanner's "yes" is no consent, a withdrawal erases what was stored, and
a view of the PDF itself is told in the timeline without a second notification."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentMethod, ConsentState, TrackingPolicy
from desktop.db.consent import consent_status
from desktop.db.models import Activity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.services.tracking.ingest import IngestResult, ingest_events
from tests.db.test_tracking_ingest import T0, TRACKER, event, sent_quote

QUESTION = "Souhaitez-vous que nous soyons prévenus quand vous consultez nos messages ? [Oui, prévenez-vous]"


def ingest(sessions: sessionmaker[Session], events: list[dict[str, object]],
           policy: TrackingPolicy = TrackingPolicy.DEFAULT) -> IngestResult:
    with sessions.begin() as session:
        return ingest_events(session, events, tracker=TRACKER, next_cursor=str(events[-1]["cursor"]), now=T0,
                             policy=policy)


def contact_of(sessions: sessionmaker[Session], quote_id: int) -> int:
    with sessions() as session:
        contact_id = session.get_one(Quote, quote_id).contact_id
        assert contact_id is not None
        return contact_id


def kinds(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return [e.kind for e in session.scalars(select(TrackingEvent).order_by(TrackingEvent.id))]


def test_opens_and_clicks_without_consent_are_not_stored_views_and_acceptances_are(
        sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions, consent=None)
    result = ingest(sessions, [event(1, "open"), event(2, "click", link_id="site"), event(3, "view"),
                               event(4, "accept", full_name="Marie Durand", pdf_sha256="ab" * 32)])
    assert result.dropped == 2 and [n.kind for n in result.notify] == ["view", "accept"]
    assert kinds(sessions) == ["view", "accept"]
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "accepted" and quote.last_human_open_at is None


def test_an_acknowledged_always_policy_keeps_opens_of_contacts_never_asked_but_never_of_a_refusal(
        sessions: sessionmaker[Session]) -> None:
    sent_quote(sessions, consent=None)
    ingest(sessions, [event(1, "open")], policy=TrackingPolicy.ALWAYS)
    assert kinds(sessions) == ["open"]


def test_a_consent_from_the_tracker_page_is_recorded_once_with_its_proof(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions, consent=None)
    yes = event(1, "consent", answer="yes", text=QUESTION)
    first = ingest(sessions, [yes])
    again = ingest(sessions, [yes])
    assert first.consent_changed == {contact_of(sessions, quote_id)}
    assert (again.stored, again.duplicates) == (0, 1)
    with sessions() as session:
        status = consent_status(session, contact_of(sessions, quote_id))
        assert status is not None and status.state is ConsentState.GIVEN
        [entry] = status.history
        assert (entry.method, entry.text, entry.source, entry.at) == (
            ConsentMethod.ONLINE_FORM, QUESTION, "203.0.113.0/24", T0 + timedelta(minutes=1))
    ingest(sessions, [event(2, "open")])  # from now on the opens count
    assert kinds(sessions) == ["open"]


def test_a_scanners_yes_is_no_consent_and_a_no_is_a_refusal(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions, consent=None)
    result = ingest(sessions, [event(1, "consent", "machine", answer="yes", text=QUESTION)])
    assert result.dropped == 1
    ingest(sessions, [event(2, "consent", "machine", answer="no", text="... [Non merci]")])
    with sessions() as session:
        status = consent_status(session, contact_of(sessions, quote_id))
        assert status is not None and status.state is ConsentState.REFUSED and len(status.history) == 1


def test_a_withdrawal_from_an_email_link_erases_the_opens_already_stored(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions, consent=True)
    ingest(sessions, [event(1, "open"), event(2, "click", link_id="site")])
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "opened"
    result = ingest(sessions, [event(3, "view"), event(4, "withdraw", answer="no", text="... [Ne plus suivre]"),
                               event(5, "open")])
    assert sorted(result.erased) == ["ev0001", "ev0002"] and result.dropped == 1
    assert kinds(sessions) == ["view"]
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        assert quote.status == "viewed" and quote.last_human_open_at is None
        status = consent_status(session, contact_of(sessions, quote_id))
        assert status is not None and (status.state, status.method) == (ConsentState.WITHDRAWN,
                                                                        ConsentMethod.EMAIL_LINK)
        subjects = [a.subject for a in session.scalars(select(Activity).where(Activity.kind == "tracking"))]
        assert subjects == ["Devis consulté en ligne"]


def test_the_pdf_itself_is_a_view_told_in_the_timeline_without_a_second_notification(
        sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions, consent=None)
    result = ingest(sessions, [event(1, "view"), event(2, "view", link_id="pdf")])
    assert [n.kind for n in result.notify] == ["view"]
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "viewed"
        subjects = [a.subject for a in session.scalars(select(Activity).where(Activity.kind == "tracking")
                                                       .order_by(Activity.id))]
        assert subjects == ["Devis consulté en ligne", "Devis téléchargé (PDF)"]

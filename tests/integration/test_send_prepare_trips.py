"""What « Envoyer le devis » reads before the email is shown (issue #20): the printable quote and the email's
facts in one read, each row once, counted as ``bench_roundtrips`` counts it; the draft is the one
:func:`draft_quote_email` makes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.services.mail.message import TrackingPolicy
from desktop.services.mail.quote_draft import compose_quote_email, prepare_quote_email
from desktop.services.mail.quote_mail import MailRefused, draft_quote_email
from desktop.services.pdf.stored_quote import printable_quote
from tests.integration.conftest import PDF, SENDER, add_quote
from tests.support.trips import Trips, trips_fixture  # noqa: F401 - the fixture

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _token() -> str:
    return "t" * 22


def test_the_send_dialog_reads_each_row_once_before_the_email_is_drafted(trips: Trips, tmp_path: Path) -> None:
    ids = [add_quote(trips.sessions, number=f"D-2026-000{i}", consent=True) for i in range(2)]
    for quote_id in ids:  # the first warms the statements
        trips.take()
        with trips.sessions() as s:
            prepared = prepare_quote_email(s, quote_id, tmp_path, NOW.date())
        counted = trips.take()
    statements = [t.sql for t in counted.trips if t.kind == "statement"]
    assert sum("FROM seller_identity" in sql for sql in statements) == 1, statements
    assert sum(sql.lstrip().startswith("SELECT quotes.") for sql in statements) == 1, statements
    # the quote, its sections; its contact, company, owner, the seller and its latest message in one; on PostgreSQL
    # autocommitted (no BEGIN/ROLLBACK), with the pool's ping
    assert len(statements) <= 3, statements
    assert counted.value <= (4 if trips.backend == "postgresql" else 3), counted.trips
    assert prepared.printable.document.seller.legal_name == "Vendeur SARL"
    draft = compose_quote_email(prepared.facts, PDF, sender=SENDER, policy=TrackingPolicy.DEFAULT,
                                tracker_url="https://suivi.example", ask_consent=False, token_factory=_token)
    assert trips.take().value == 0  # the draft needs no database
    with trips.sessions() as s:
        same = draft_quote_email(s, ids[-1], PDF, sender=SENDER, policy=TrackingPolicy.DEFAULT,
                                 tracker_url="https://suivi.example", ask_consent=False, token_factory=_token)
    assert draft == same
    with trips.sessions() as s:
        assert prepared.printable == printable_quote(s, ids[-1], tmp_path, NOW.date())
    assert draft.to == ("marie.durand@client.example",) and draft.pdf_name == "Devis D-2026-0001.pdf"
    assert draft.tracker_quote is not None and draft.tracker_quote["seller_contact"] == "Vendeur SARL"


def test_a_contact_that_cannot_be_emailed_is_said_before_the_pdf_is_rendered(trips: Trips, tmp_path: Path) -> None:
    quote_id = add_quote(trips.sessions, email="")
    with trips.sessions() as s, pytest.raises(MailRefused):
        prepare_quote_email(s, quote_id, tmp_path, NOW.date())

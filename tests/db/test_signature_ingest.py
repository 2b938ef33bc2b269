"""A "signed" event of the feed on SQLite and PostgreSQL: its evidence record is stored once (its hash recomputed
the tracker's way), the quote is signed and accepted with the signer's name and the signed PDF's hash, and the
"accept" that follows is told to the salesperson once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.evidence import record_hash
from desktop.db.models import Activity, Opportunity
from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_list import list_quotes
from desktop.db.quote_models import Quote
from desktop.db.signature_models import QuoteSignature
from desktop.services.tracking.ingest import ingest_events
from tests.db.test_tracking_ingest import T0, TOKEN, TRACKER, event, sent_quote
from tracker import evidence as tracker_evidence

PDF_SHA = "ab" * 32


def evidence(**changes: Any) -> dict[str, Any]:
    """An evidence record as the tracker publishes it (its hash computed by the tracker's own code)."""
    moment = (T0 + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    record: dict[str, Any] = {
        "quote_number": "D-2026-0042", "version": 1, "pdf_sha256": PDF_SHA, "signer_name": "Marie Durand",
        "signer_email": "marie.durand@client.example",
        "statement": "Bon pour accord : j'accepte le devis D-2026-0042 (version 1) tel qu'il est affiché",
        "code_issued_at": (T0 + timedelta(minutes=4)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "code_checked_at": moment, "ip": "203.0.113.7", "user_agent": "Mozilla/5.0 (Android 15; Mobile)",
        "signed_at": moment, "prev_hash": "0" * 64,
    }
    record["record_hash"] = tracker_evidence.record_hash(TOKEN, record)
    return {**record, **changes}


def signed_then_accepted(record: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [event(5, "signed", evidence=record or evidence(), full_name="Marie Durand", pdf_sha256=PDF_SHA),
            event(6, "accept", full_name="Marie Durand", pdf_sha256=PDF_SHA)]


def ingest(sessions: sessionmaker[Session], events: list[dict[str, Any]]) -> Any:
    with sessions.begin() as session:
        return ingest_events(session, events, tracker=TRACKER, next_cursor=str(events[-1]["cursor"]), now=T0)


def test_the_desktop_recomputes_the_hash_as_the_tracker_does() -> None:
    record = evidence()
    assert record_hash(TOKEN, record) == record["record_hash"] == tracker_evidence.record_hash(TOKEN, record)
    assert record_hash(TOKEN, {**record, "signer_email": "x@client.example"}) != record["record_hash"]


def test_a_signature_is_stored_once_and_the_quote_is_signed_and_accepted(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    first = ingest(sessions, signed_then_accepted())
    again = ingest(sessions, signed_then_accepted())
    assert [n.kind for n in first.notify] == ["accept"] and len(first.signatures) == 1
    assert (again.stored, again.duplicates, again.notify, again.signatures) == (0, 2, [], [])
    with sessions() as session:
        quote = session.get_one(Quote, quote_id)
        moment = T0 + timedelta(minutes=5)
        assert (quote.status, quote.signed_at, quote.accepted_at) == ("accepted", moment, moment)
        assert (quote.acceptance_name, quote.acceptance_pdf_sha256) == ("Marie Durand", PDF_SHA)
        [signature] = session.scalars(select(QuoteSignature)).all()
        assert signature.quote_id == quote_id and signature.hash_ok and signature.record == evidence()
        assert (signature.signer_email, signature.ip, signature.code_issued_at) == (
            "marie.durand@client.example", "203.0.113.7", T0 + timedelta(minutes=4))
        assert session.get_one(Opportunity, quote.opportunity_id).result == "won"
        subjects = list(session.scalars(select(Activity.subject).where(Activity.kind == "tracking")))
        assert subjects == ["Devis signé en ligne", "Devis accepté en ligne"]
        assert [e.kind for e in session.scalars(select(TrackingEvent))] == ["accept"]
        [row] = [r for r in list_quotes(session).rows if r.id == quote_id]  # the list shows it « Signé »
        assert (row.status, row.signed_at) == ("accepted", moment)


def test_a_record_that_no_longer_gives_its_hash_is_kept_and_flagged(sessions: sessionmaker[Session]) -> None:
    sent_quote(sessions)
    ingest(sessions, signed_then_accepted(evidence(signer_name="Quelqu'un d'autre")))
    with sessions() as session:
        assert session.scalars(select(QuoteSignature.hash_ok)).one() is False


def test_a_signed_event_without_evidence_signs_nothing(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    result = ingest(sessions, [event(5, "signed")])
    assert result.dropped == 1 and result.signatures == []
    with sessions() as session:
        assert session.get_one(Quote, quote_id).signed_at is None
        assert session.scalar(select(func.count()).select_from(QuoteSignature)) == 0


def test_the_evidence_of_a_signed_pdf_is_found_by_its_hash(sessions: sessionmaker[Session]) -> None:
    from desktop.db.signatures import evidence_for_pdf

    sent_quote(sessions)
    ingest(sessions, signed_then_accepted())
    assert evidence_for_pdf(sessions, PDF_SHA) == evidence()
    assert evidence_for_pdf(sessions, "cd" * 32) is None


def test_the_evidence_on_file_cannot_be_changed_or_deleted(sessions: sessionmaker[Session]) -> None:
    """Both backends refuse an edit or a deletion of a stored evidence record (the chain would only detect it)."""
    import pytest
    from sqlalchemy import delete, text, update
    from sqlalchemy.exc import DatabaseError

    sent_quote(sessions)
    ingest(sessions, signed_then_accepted())
    for statement in (update(QuoteSignature).values(signer_name="Quelqu'un d'autre"),
                      update(QuoteSignature).values(record={"forged": True}),
                      delete(QuoteSignature)):
        with pytest.raises(DatabaseError, match="evidence_immutable"), sessions.begin() as session:
            session.execute(statement)
    with sessions.begin() as session:  # the link to its quote may still be cleared (a quote deleted one day)
        session.execute(text("UPDATE quote_signatures SET quote_id = NULL"))
    with sessions() as session:
        [signature] = session.scalars(select(QuoteSignature)).all()
        assert signature.record == evidence() and signature.signer_name == "Marie Durand"


def test_a_signed_quote_becomes_its_purchase_order_once(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    ingest(sessions, signed_then_accepted())
    ingest(sessions, signed_then_accepted())  # read again by another desktop: still one order
    with sessions() as session:
        orders = session.scalars(select(Quote).where(Quote.kind == "purchase_order")).all()
        assert [(o.source_quote_id, o.status, o.acceptance_name) for o in orders] == [
            (quote_id, "accepted", "Marie Durand")]

"""A quote signed online comes back sealed: the feed's ``signed`` event is ingested with the poller's sealer, the
sealed PDF is kept, and the acceptance confirmation to both parties carries it, checked by pdfsig and our verify."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.outbox_models import OutboxMessage, OutboxPayload
from desktop.db.signature_models import QuoteSeal, QuoteSignature
from desktop.services.signing.verify import verify
from desktop.services.signing.wiring import make_sealer
from desktop.services.tracking.ingest import ingest_events
from desktop.settings import Settings
from tests.db.test_tracking_ingest import T0, TRACKER, event
from tests.integration.conftest import FakeClock
from tests.integration.signing.test_seal_signed_quote import _sent
from tests.support.sealing import evidence_for, fresh_store
from tracker import evidence as tracker_evidence


def _signed_events(token: str, pdf: bytes, **changes: Any) -> list[dict[str, Any]]:
    record = evidence_for(pdf, **changes)
    record["record_hash"] = tracker_evidence.record_hash(token, record)
    return [event(5, "signed", evidence=record, token=token, full_name="Claire Dupont",
                  pdf_sha256=record["pdf_sha256"]),
            event(6, "accept", token=token, full_name="Claire Dupont", pdf_sha256=record["pdf_sha256"])]


def _ingest(sessions: sessionmaker[Session], events: list[dict[str, Any]], sealer: Any) -> Any:
    with sessions.begin() as session:
        return ingest_events(session, events, tracker=TRACKER, next_cursor=str(events[-1]["cursor"]),
                             now=T0 + timedelta(minutes=7), sealer=sealer)


def test_the_confirmation_carries_the_sealed_pdf(sessions: sessionmaker[Session], clock: FakeClock,
                                                 quote_pdf: bytes, tmp_path: Path) -> None:
    quote_id = _sent(sessions, clock, quote_pdf)
    with sessions() as session:
        token = session.scalars(select(OutboxMessage.token).where(OutboxMessage.quote_id == quote_id)).one()
    sealer = make_sealer(Settings(data_dir=tmp_path), fresh_store())
    result = _ingest(sessions, _signed_events(str(token), quote_pdf), sealer)
    assert [n.kind for n in result.notify] == ["accept"] and len(result.signatures) == 1
    with sessions() as session:
        [seal] = session.scalars(select(QuoteSeal)).all()
        [signature] = session.scalars(select(QuoteSignature)).all()
        assert (seal.quote_id, seal.signature_id, seal.level) == (quote_id, signature.id, "PAdES-B-B")
        ack = session.scalars(select(OutboxMessage).where(OutboxMessage.token.is_(None))
                              .order_by(OutboxMessage.id.desc())).first()
        assert ack is not None
        raw = session.scalar(select(OutboxPayload.raw).where(OutboxPayload.outbox_id == ack.id))
    message = message_from_bytes(raw, policy=policy.default)
    [attachment] = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert attachment.get_filename() == "Devis D-2026-0042 signé.pdf"
    sealed = attachment.get_payload(decode=True)
    assert sealed == seal.pdf
    assert "scellé électroniquement" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    verdict = verify(sealed, signature.record)
    assert verdict.ok and verdict.evidence_matches is True
    if shutil.which("pdfsig") is None:
        pytest.fail("poppler's pdfsig is missing: run `make system-deps`")
    (tmp_path / "signed.pdf").write_bytes(sealed)
    out = subprocess.run(["pdfsig", str(tmp_path / "signed.pdf")], capture_output=True, text=True).stdout
    assert "Signature is Valid." in out and "Total document signed" in out, out


def test_a_seal_that_cannot_be_made_keeps_the_signature_and_the_plain_confirmation(
        sessions: sessionmaker[Session], clock: FakeClock, quote_pdf: bytes, tmp_path: Path) -> None:
    quote_id = _sent(sessions, clock, quote_pdf)
    with sessions() as session:
        token = session.scalars(select(OutboxMessage.token).where(OutboxMessage.quote_id == quote_id)).one()

    def broken(_session: Session, _quote_id: int, _evidence: Any) -> Any:
        raise OSError("the key file is on a disk that is gone")

    result = _ingest(sessions, _signed_events(str(token), quote_pdf), broken)
    assert [n.kind for n in result.notify] == ["accept"] and len(result.signatures) == 1
    with sessions() as session:
        assert session.scalars(select(QuoteSeal)).all() == []
        ack = session.scalars(select(OutboxMessage).where(OutboxMessage.token.is_(None))).one()
        raw = session.scalar(select(OutboxPayload.raw).where(OutboxPayload.outbox_id == ack.id))
    [attachment] = [p for p in message_from_bytes(raw, policy=policy.default).walk()
                    if p.get_content_type() == "application/pdf"]
    assert attachment.get_payload(decode=True) == quote_pdf  # the PDF as read, unsealed

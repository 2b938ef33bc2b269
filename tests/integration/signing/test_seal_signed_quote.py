"""The glue of a ``signed`` event: the quote's registered PDF (found in its sent message by the evidence's hash)
plus the signature page, sealed; nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import TrackingPolicy
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.signing.credentials import key_path
from desktop.services.signing.signed_quote import SignedQuoteError, seal_signed_quote
from desktop.services.signing.verify import original_revision, verify
from tests.integration.conftest import SENDER, FakeClock, add_quote
from tests.support.sealing import evidence_for, fresh_store


def _sent(sessions: sessionmaker[Session], clock: FakeClock, pdf: bytes) -> int:
    quote_id = add_quote(sessions)
    with sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, pdf, sender=SENDER, policy=TrackingPolicy.DEFAULT,
                                  tracker_url="https://t.relance.example")
        queue_quote_email(session, draft, build_quote_email(draft, SENDER, clock()), clock())
    return quote_id


def test_the_registered_pdf_is_sealed_with_its_signature_page(sessions: sessionmaker[Session], clock: FakeClock,
                                                              quote_pdf: bytes, tmp_path: Path) -> None:
    quote_id = _sent(sessions, clock, quote_pdf)
    store = fresh_store()
    record = evidence_for(quote_pdf)
    with sessions() as session:
        before = session.scalar(select(func.count()).select_from(OutboxMessage))
        sealed = seal_signed_quote(session, quote_id, record, data_dir=tmp_path, secrets=store)
        assert not session.new and not session.dirty  # nothing written
        assert session.scalar(select(func.count()).select_from(OutboxMessage)) == before
    assert key_path(tmp_path).exists()  # the self-managed key, made at first use
    assert original_revision(sealed.pdf) == quote_pdf
    assert sealed.pdf[:sealed.original_size] == quote_pdf
    verdict = verify(sealed.pdf, record)
    assert verdict.ok and verdict.evidence_matches is True
    assert verdict.seals[0].sealer  # the seller's name, from the seller identity


def test_evidence_for_another_quote_or_pdf_is_refused(sessions: sessionmaker[Session], clock: FakeClock,
                                                      quote_pdf: bytes, tmp_path: Path) -> None:
    quote_id = _sent(sessions, clock, quote_pdf)
    store = fresh_store()
    with sessions() as session:
        with pytest.raises(SignedQuoteError, match="D-2026-0099"):
            seal_signed_quote(session, quote_id, evidence_for(quote_pdf, quote_number="D-2026-0099"),
                              data_dir=tmp_path, secrets=store)
        with pytest.raises(SignedQuoteError, match="no longer on file"):
            seal_signed_quote(session, quote_id, evidence_for(b"some other PDF"), data_dir=tmp_path, secrets=store)
        with pytest.raises(SignedQuoteError, match="not the one"):
            seal_signed_quote(session, quote_id, evidence_for(quote_pdf), data_dir=tmp_path, secrets=store,
                              pdf=quote_pdf + b"\n")

"""The demo catalogue and quotes: every status, consistent numbers, totals, versions, and a usable quote."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.legal import check_quote
from desktop.core.numbering import parse_number
from desktop.core.quote_status import QuoteStatus
from desktop.core.quotes import compute_totals
from desktop.db import quotes as repo
from desktop.db.quote_models import Product, Quote, QuoteNumberSequence
from desktop.services.demo import fill_demo

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def test_demo_quotes_cover_every_status_with_consistent_rows(sessions: sessionmaker[Session]) -> None:
    summary = fill_demo(sessions.kw["bind"], now=NOW)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == summary.counts["products"] == 25
        quotes = list(s.scalars(select(Quote).order_by(Quote.id)))
        assert summary.counts["quotes"] == len(quotes)
        kinds = Counter(q.kind for q in quotes)
        assert 120 <= kinds["quote"] <= 150 and kinds["purchase_order"] > 0  # one per five contacts, + v2s
        assert {q.status for q in quotes} == set(QuoteStatus)
        today = NOW.date()
        numbers: dict[int, list[int]] = defaultdict(list)
        for quote in quotes:
            stamps = [quote.created_at, quote.sent_at, quote.viewed_at, quote.accepted_at, quote.finalised_at]
            assert all(t is None or t < NOW for t in stamps)
            sections = repo.core_sections(repo.get_quote(s, quote.id))
            totals = compute_totals([line for section in sections for line in section.lines],
                                    quote.global_discount_percent, quote.deposit_percent)
            assert (quote.total_ht, quote.total_vat, quote.total_ttc) == (
                totals.total_ht, totals.total_vat, totals.total_ttc) and quote.total_ttc > 0
            if quote.status == "draft":
                assert quote.number is None and quote.issue_date is None
                continue
            assert quote.number is not None and quote.issue_date is not None
            if quote.status in ("finalised", "sent", "opened", "viewed"):
                assert quote.validity_date is not None and quote.validity_date >= today
            if quote.status == "expired":
                assert quote.validity_date is not None and quote.validity_date < today
            if quote.kind == "quote" and quote.version == 1:
                parsed = parse_number("D-{YYYY}-{NNNN}", quote.number)
                assert parsed.year == quote.issue_date.year
                numbers[quote.issue_date.year].append(parsed.sequence)
        # gapless per year, and the sequences continue where the demo stopped
        sequences = {row.year: row.last_number for row in s.scalars(select(QuoteNumberSequence))}
        assert {year: sorted(n) for year, n in numbers.items()} == {
            year: list(range(1, last + 1)) for year, last in sequences.items()}

        superseded = [q for q in quotes if q.status == "superseded"]
        for old in superseded:
            newer = s.scalars(select(Quote).where(Quote.previous_id == old.id)).one()
            assert (newer.number, newer.version, newer.root_id) == (old.number, 2, old.id)
        accepted = [q for q in quotes if q.status == "accepted" and q.kind == "quote"]
        assert accepted and all(q.acceptance_name and len(q.acceptance_pdf_sha256 or "") == 64 for q in accepted)
        for order in (q for q in quotes if q.kind == "purchase_order"):
            source = s.get(Quote, order.source_quote_id)
            assert source is not None and source.status == "accepted" and source.number == order.number
            assert order.total_ttc == source.total_ttc

        # a demo quote is legally complete, and a fresh finalisation continues the numbering
        sent = next(q for q in quotes if q.status == "sent")
        assert check_quote(repo.document_for(s, sent.id)) == []
        draft = next(q for q in quotes if q.status == "draft")
        number = repo.finalise(s, draft.id, NOW).number
        assert number == f"D-2026-{sequences[2026] + 1:04d}"
        assert repo.expire_due(s, NOW.date()) == []  # nothing overdue in a fresh demo


def test_quotes_scale_with_contacts(engine: Engine) -> None:
    # How fast the demo fills is the benchmarks' business (their data comes from it), not a test's.
    summary = fill_demo(engine, contacts=2_000, now=NOW)
    assert 400 <= summary.counts["quotes"] <= 550
    assert summary.counts["quote_lines"] >= 4 * summary.counts["quotes"]
    with Session(engine) as s:
        totals = s.execute(select(func.sum(Quote.total_ttc))).scalar()
        assert isinstance(totals, Decimal) and totals > 0

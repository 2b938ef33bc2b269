"""The quotes view: filtered, sorted pages of quotes with the totals of every row the filter keeps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.money import ZERO
from desktop.core.search import query_words
from desktop.db.models import Company, Contact, User
from desktop.db.quote_models import Quote
from desktop.db.quotes import printed_number


@dataclass(frozen=True)
class QuoteFilter:
    """What the quotes view shows; every field left empty filters nothing. Dates are issue dates."""

    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    contact_id: int | None = None
    company_id: int | None = None
    owner_id: int | None = None
    issued_from: date | None = None
    issued_to: date | None = None
    min_ttc: Decimal | None = None
    max_ttc: Decimal | None = None
    client_text: str = ""  # words of the contact's or the company's name (folded, prefix match)


@dataclass(frozen=True)
class QuoteRow:
    """One row of the quotes view."""

    id: int
    number: str
    status: str
    kind: str
    title: str
    contact_id: int | None
    contact_name: str
    company_name: str
    owner_name: str
    issue_date: date | None
    validity_date: date | None
    total_ht: Decimal
    total_ttc: Decimal
    sent_at: datetime | None
    signed_at: datetime | None = None  # signed online with a one-time code (the status stays "accepted")


@dataclass(frozen=True)
class QuotePage:
    """A page of rows, with the count of every row the filter keeps (not just the page) and their totals.

    The totals add what is being proposed or sold once: a version replaced by a newer one and a purchase
    order (which repeats its accepted quote) are listed but not added; ``counted`` says how many rows are.
    """

    rows: list[QuoteRow]
    count: int
    total_ht: Decimal
    total_vat: Decimal
    total_ttc: Decimal
    counted: int = 0


SORT_KEYS: dict[str, Any] = {
    "number": (Quote.number, Quote.version), "status": (Quote.status,), "issue_date": (Quote.issue_date,),
    "validity_date": (Quote.validity_date,), "total_ttc": (Quote.total_ttc,), "created": (Quote.created_at,),
    "contact": (Contact.last_name, Contact.first_name), "company": (Company.legal_name,),
    "total_ht": (Quote.total_ht,), "owner": (User.name,),
}


def _conditions(flt: QuoteFilter) -> list[Any]:
    checks: list[tuple[Any, Any]] = [
        (flt.statuses, lambda: Quote.status.in_(flt.statuses)), (flt.kinds, lambda: Quote.kind.in_(flt.kinds)),
        (flt.contact_id is not None, lambda: Quote.contact_id == flt.contact_id),
        (flt.company_id is not None, lambda: Quote.company_id == flt.company_id),
        (flt.owner_id is not None, lambda: Quote.owner_id == flt.owner_id),
        (flt.issued_from is not None, lambda: Quote.issue_date >= flt.issued_from),
        (flt.issued_to is not None, lambda: Quote.issue_date <= flt.issued_to),
        (flt.min_ttc is not None, lambda: Quote.total_ttc >= flt.min_ttc),
        (flt.max_ttc is not None, lambda: Quote.total_ttc <= flt.max_ttc),
    ]
    conditions = [make() for wanted, make in checks if wanted]
    for word in query_words(flt.client_text):
        # contacts.search_text holds the folded names and the company's; a company-only quote matches
        # on its legal name.
        pattern = f"%{word}%"
        conditions.append(Quote.id.in_(
            select(Quote.id).outerjoin(Contact, Contact.id == Quote.contact_id)
            .outerjoin(Company, Company.id == Quote.company_id)
            .where(or_(Contact.search_text.like(pattern), Company.search_text.like(pattern)))))
    return conditions


def list_quotes(session: Session, flt: QuoteFilter = QuoteFilter(), *, sort: str = "created",
                descending: bool = True, offset: int = 0, limit: int = 100) -> QuotePage:
    """One page of the quotes view, sorted, with the count and totals of all the rows the filter keeps.

    Raises:
        ValueError: ``sort`` is not a key of :data:`SORT_KEYS`.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key: {sort}")
    where = _conditions(flt)
    counted = and_(Quote.status != "superseded", Quote.kind != "purchase_order")

    def added(column: Any) -> Any:
        return func.sum(case((counted, column), else_=ZERO))

    sums = session.execute(select(func.count(), added(Quote.total_ht), added(Quote.total_vat), added(Quote.total_ttc),
                                  func.sum(case((counted, 1), else_=0))).select_from(Quote).where(*where)).one()
    order = [col.desc() if descending else col.asc() for col in SORT_KEYS[sort]]
    query = (select(Quote, Contact.first_name, Contact.last_name, Company.legal_name, User.name)
             .outerjoin(Contact, Contact.id == Quote.contact_id).outerjoin(Company, Company.id == Quote.company_id)
             .outerjoin(User, User.id == Quote.owner_id).where(*where)
             .order_by(*order, Quote.id.desc() if descending else Quote.id).offset(offset).limit(limit))
    rows = [QuoteRow(id=q.id, number=printed_number(q), status=q.status, kind=q.kind, title=q.title,
                     contact_id=q.contact_id, contact_name=f"{first or ''} {last or ''}".strip(),
                     company_name=company or "", owner_name=owner or "", issue_date=q.issue_date,
                     validity_date=q.validity_date, total_ht=q.total_ht, total_ttc=q.total_ttc, sent_at=q.sent_at,
                     signed_at=q.signed_at)
            for q, first, last, company, owner in session.execute(query)]
    return QuotePage(rows=rows, count=int(sums[0]), total_ht=sums[1] or ZERO, total_vat=sums[2] or ZERO,
                     total_ttc=sums[3] or ZERO, counted=int(sums[4] or 0))

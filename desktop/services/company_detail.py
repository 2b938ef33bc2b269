"""What the company panel shows, read in one session (called off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop.core.quote_status import QuoteStatus
from desktop.services.contact_detail import CustomValue, TimelineEntry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Quotes the panel lists: every status but the versions another one replaced.
SHOWN_QUOTE_STATUSES = tuple(s.value for s in QuoteStatus if s is not QuoteStatus.SUPERSEDED)


@dataclass(frozen=True)
class CompanyContact:
    """A live contact of the company; ``find_text`` (its name, else its email) finds it in the contacts
    view's search."""

    id: int
    name: str
    job_title: str
    email: str
    phone: str
    find_text: str


@dataclass(frozen=True)
class CompanyOpportunity:
    """An open opportunity of the company (no result yet)."""

    id: int
    title: str
    stage: str
    amount: Decimal | None
    expected_close_date: date | None


@dataclass(frozen=True)
class CompanyQuote:
    """A quote of the company (the latest version of each), newest first."""

    id: int
    number: str
    kind: str
    status: str
    total_ttc: Decimal
    sent_at: datetime | None
    contact: str


@dataclass(frozen=True)
class CompanyDetail:
    id: int
    legal_name: str
    legal_form: str
    siret: str
    vat_number: str
    address: str
    postal_code: str
    city: str
    phone: str
    website: str
    tags: tuple[str, ...]
    custom: tuple[CustomValue, ...]
    contacts: tuple[CompanyContact, ...]
    opportunities: tuple[CompanyOpportunity, ...]
    quotes: tuple[CompanyQuote, ...]
    quote_count: int
    timeline: tuple[TimelineEntry, ...]


def load_company_detail(session: Session, company_id: int, limit: int = 50,
                        quote_limit: int = 20) -> CompanyDetail | None:
    """The company with its contacts, open opportunities, latest ``quote_limit`` quotes and latest ``limit``
    activities, or None when it is gone."""
    from desktop.db.contacts import company_contacts, company_timeline
    from desktop.db.custom_fields import form_state
    from desktop.db.models import Company
    from desktop.db.pipeline import PipelineFilter, load_pipeline
    from desktop.db.quote_list import QuoteFilter, list_quotes

    company = session.get(Company, company_id)
    if company is None or company.deleted_at is not None:
        return None
    fields, values = form_state(session, "company", company_id)
    contacts = tuple(
        CompanyContact(c.id, " ".join(x for x in (c.civility, c.first_name, c.last_name) if x),
                       c.job_title or "", c.email or "", c.phone or c.mobile or "", c.full_name or c.email or "")
        for c in company_contacts(session, company_id))
    opportunities = tuple(
        CompanyOpportunity(o.id, o.title, o.stage, o.amount, o.expected_close_date)
        for o in load_pipeline(session, PipelineFilter(company_id=company_id)))
    page = list_quotes(session, QuoteFilter(company_id=company_id, statuses=SHOWN_QUOTE_STATUSES),
                       sort="created", descending=True, limit=quote_limit)
    quotes = tuple(CompanyQuote(q.id, q.number, q.kind, q.status, q.total_ttc, q.sent_at, q.contact_name)
                   for q in page.rows)
    from desktop.services.tracking.verdict_words import tracking_sentences

    found = list(company_timeline(session, company_id, limit))
    why = tracking_sentences(session, [a for a, _name in found])
    timeline = tuple(
        TimelineEntry(a.kind, a.subject, why.get(a.id) or a.body or "", a.occurred_at,
                      a.author.name if a.author else "", name)
        for a, name in found)
    return CompanyDetail(
        id=company.id, legal_name=company.legal_name, legal_form=company.legal_form or "",
        siret=company.siret or "", vat_number=company.vat_number or "", address=company.address or "",
        postal_code=company.postal_code or "", city=company.city or "", phone=company.phone or "",
        website=company.website or "", tags=tuple(t.name for t in company.tags),
        custom=tuple(CustomValue(f.label, f.kind, values[f.id]) for f in fields if f.id in values),
        contacts=contacts, opportunities=opportunities, quotes=quotes, quote_count=page.count,
        timeline=timeline,
    )

"""Repository of contacts, companies, tags and timelines. Functions take a session; none makes one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.core.records import CompanyDraft, ContactDraft
from desktop.core.search import collation_key, name_match_rank, phone_digits, query_words, search_text, words
from desktop.db.models import Activity, Company, Contact, Opportunity, Tag, utcnow
from desktop.db.quote_models import Quote


def contact_search_text(contact: Contact, company_name: str | None) -> str:
    """The folded words a contact is found by: names, company, emails, phones, city."""
    return search_text([
        contact.first_name, contact.last_name, company_name, contact.email, contact.email2,
        *phone_digits(contact.phone), *phone_digits(contact.mobile), contact.city, contact.job_title,
    ])


def company_search_text(company: Company) -> str:
    """The folded words a company is found by: name, SIRET, city, postal code, phone, website."""
    return search_text([company.legal_name, company.siret, company.city, company.postal_code,
                        *phone_digits(company.phone), company.website])


def tags_by_name(session: Session, names: Iterable[str]) -> list[Tag]:
    """The tags with these names, created when missing."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    found = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    for name in wanted:
        if name not in found:
            found[name] = Tag(name=name)
            session.add(found[name])
    return [found[n] for n in wanted]


def _starts_with_words(column: Any, text: str) -> Any:
    """``column`` (a search text) starts with the folded words of ``text``, case and accents ignored."""
    key = " ".join(words(text))
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(column == key, column.like(escaped + " %", escape="\\"))


def company_by_name(session: Session, name: str) -> Company | None:
    """A live company with this legal name (case, accents and punctuation ignored), or None."""
    wanted = words(name)
    if not wanted:
        return None
    candidates = session.scalars(
        select(Company).where(_starts_with_words(Company.search_text, name), Company.deleted_at.is_(None))
        .order_by(Company.id)
    )
    return next((c for c in candidates if words(c.legal_name) == wanted), None)


#: The note of an answer ticked in the contact's form (the consent panel asks for a real note).
FORM_NOTE = "Case « Consentement au suivi » cochée dans la fiche du contact"


def _apply_consent(session: Session, contact: Contact, answer: bool | None, now: datetime | None) -> None:
    """A tracking answer changed in the form becomes a salesperson's record; an empty box never erases one."""
    if answer is None or answer == contact.tracking_consent:
        return
    from desktop.db.consent import record_by_salesperson

    session.flush()
    record_by_salesperson(session, contact.id, yes=answer, note=FORM_NOTE if answer else "", now=now or utcnow(),
                          channel="fiche contact")


def _apply_contact(session: Session, contact: Contact, draft: ContactDraft) -> None:
    for name in ("first_name", "last_name", "status", "is_consumer", "marketing_consent", "do_not_contact"):
        setattr(contact, name, getattr(draft, name))
    for name in ("civility", "job_title", "email", "email2", "phone", "mobile", "address", "postal_code",
                 "city", "notes"):
        setattr(contact, name, getattr(draft, name) or None)
    company = None
    if draft.company_name:
        company = company_by_name(session, draft.company_name)
        if company is None:
            company = Company(legal_name=draft.company_name)
            company.search_text = company_search_text(company)
            session.add(company)
    contact.company = company
    contact.tags = tags_by_name(session, draft.tags)
    contact.search_text = contact_search_text(contact, company.legal_name if company else None)


def create_contact(session: Session, draft: ContactDraft, owner_id: int | None = None,
                   now: datetime | None = None) -> Contact:
    """Insert a validated contact (see ``desktop.core.records.validate_contact``); a tracking answer ticked in
    the form is recorded as a salesperson's (:mod:`desktop.db.consent`)."""
    contact = Contact(owner_id=owner_id)
    if now is not None:
        contact.created_at = contact.updated_at = now
    session.add(contact)
    _apply_contact(session, contact, draft)
    session.flush()
    _apply_consent(session, contact, draft.tracking_consent, now)
    return contact


def update_contact(session: Session, contact_id: int, draft: ContactDraft, now: datetime | None = None) -> Contact:
    """Write a validated draft over a contact; a changed tracking answer is recorded, an emptied one kept."""
    contact = session.get_one(Contact, contact_id)
    _apply_contact(session, contact, draft)
    session.flush()
    _apply_consent(session, contact, draft.tracking_consent, now)
    return contact


def contact_draft(contact: Contact) -> ContactDraft:
    """The form values of a stored contact (what an edit dialog starts from, and what undo restores)."""
    return ContactDraft(
        first_name=contact.first_name, last_name=contact.last_name, civility=contact.civility or "",
        job_title=contact.job_title or "", email=contact.email or "", email2=contact.email2 or "",
        phone=contact.phone or "", mobile=contact.mobile or "", address=contact.address or "",
        postal_code=contact.postal_code or "", city=contact.city or "",
        company_name=contact.company.legal_name if contact.company else "", status=contact.status,
        is_consumer=contact.is_consumer, tracking_consent=contact.tracking_consent,
        marketing_consent=contact.marketing_consent, do_not_contact=contact.do_not_contact,
        notes=contact.notes or "", tags=tuple(t.name for t in contact.tags),
    )


def get_contact(session: Session, contact_id: int) -> Contact | None:
    return session.scalars(
        select(Contact).options(selectinload(Contact.tags), selectinload(Contact.company))
        .where(Contact.id == contact_id)
    ).first()


def set_deleted(session: Session, model: type[Contact] | type[Company], ids: Sequence[int],
                when: datetime | None) -> int:
    """Delete (``when`` given) or restore (``when`` None) rows softly; returns the count changed."""
    result = session.execute(update(model).where(model.id.in_(list(ids))).values(deleted_at=when))
    return int(result.rowcount)  # type: ignore[attr-defined]


def find_contact_duplicates(session: Session, email: str | None, exclude_id: int | None = None,
                            first_name: str = "", last_name: str = "") -> list[Contact]:
    """Live contacts sharing this email (any of two), or the same full name, except ``exclude_id``."""
    conditions: list[Any] = []
    if email:
        conditions += [func.lower(Contact.email) == email.lower(), func.lower(Contact.email2) == email.lower()]
    if first_name and last_name:
        conditions.append(_starts_with_words(Contact.search_text, f"{first_name} {last_name}"))
    if not conditions:
        return []
    query = select(Contact).where(or_(*conditions), Contact.deleted_at.is_(None))
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    wanted = words(f"{first_name} {last_name}")
    same_email = {email.lower()} if email else set()
    return [c for c in session.scalars(query.order_by(Contact.id).limit(50))
            if {(c.email or "").lower(), (c.email2 or "").lower()} & same_email
            or (first_name and last_name and words(c.full_name) == wanted)][:10]


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed, so that it can be undone exactly."""

    keep_id: int
    other_id: int
    keep_before: ContactDraft
    keep_owner_id: int | None
    moved_activity_ids: tuple[int, ...]
    moved_opportunity_ids: tuple[int, ...]
    note_id: int
    moved_quote_ids: tuple[int, ...] = ()


def merge_contacts(session: Session, keep_id: int, other_id: int, when: datetime) -> MergeRecord:
    """Merge ``other`` into ``keep``: empty fields filled, tags and timeline moved, other deleted softly."""
    keep = session.get_one(Contact, keep_id)
    other = session.get_one(Contact, other_id)
    before, owner_before = contact_draft(keep), keep.owner_id
    for name in ("civility", "job_title", "email", "email2", "phone", "mobile", "address", "postal_code",
                 "city", "notes", "company_id", "owner_id"):
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(keep, name, getattr(other, name))
    if keep.email and other.email and keep.email.lower() != other.email.lower() and not keep.email2:
        keep.email2 = other.email
    keep.tags = list(dict.fromkeys([*keep.tags, *other.tags]))
    activity_ids = tuple(session.scalars(select(Activity.id).where(Activity.contact_id == other_id)))
    opportunity_ids = tuple(session.scalars(select(Opportunity.id).where(Opportunity.contact_id == other_id)))
    session.execute(update(Activity).where(Activity.id.in_(activity_ids)).values(contact_id=keep_id))
    session.execute(update(Opportunity).where(Opportunity.id.in_(opportunity_ids)).values(contact_id=keep_id))
    quote_ids = tuple(session.scalars(select(Quote.id).where(Quote.contact_id == other_id)))
    session.execute(update(Quote).where(Quote.id.in_(quote_ids)).values(contact_id=keep_id))
    other.deleted_at = when
    session.flush()
    session.refresh(keep, ["company"])
    keep.search_text = contact_search_text(keep, keep.company.legal_name if keep.company else None)
    note = add_activity(session, kind="note", subject=f"Fusion avec {other.full_name} (#{other_id})", when=when,
                        contact_id=keep_id)
    return MergeRecord(keep_id, other_id, before, owner_before, activity_ids, opportunity_ids, note.id, quote_ids)


def unmerge_contacts(session: Session, record: MergeRecord) -> None:
    """Undo a merge: the kept contact as it was, the other back with its timeline."""
    session.execute(update(Activity).where(Activity.id.in_(record.moved_activity_ids))
                    .values(contact_id=record.other_id))
    session.execute(update(Opportunity).where(Opportunity.id.in_(record.moved_opportunity_ids))
                    .values(contact_id=record.other_id))
    session.execute(update(Quote).where(Quote.id.in_(record.moved_quote_ids)).values(contact_id=record.other_id))
    note = session.get(Activity, record.note_id)
    if note is not None:
        session.delete(note)
    keep = update_contact(session, record.keep_id, record.keep_before)
    keep.owner_id = record.keep_owner_id
    session.get_one(Contact, record.other_id).deleted_at = None
    session.flush()


def _apply_company(session: Session, company: Company, draft: CompanyDraft) -> None:
    company.legal_name = draft.legal_name
    for name in ("legal_form", "siret", "vat_number", "address", "postal_code", "city", "website", "phone"):
        setattr(company, name, getattr(draft, name) or None)
    company.tags = tags_by_name(session, draft.tags)
    company.search_text = company_search_text(company)


def refresh_company_contacts_search(session: Session, company: Company) -> None:
    """Company names are searched through contacts: rebuild their search text after a rename."""
    for contact in session.scalars(select(Contact).where(Contact.company_id == company.id)):
        contact.search_text = contact_search_text(contact, company.legal_name)


def create_company(session: Session, draft: CompanyDraft, owner_id: int | None = None) -> Company:
    company = Company(owner_id=owner_id, legal_name=draft.legal_name)
    session.add(company)
    _apply_company(session, company, draft)
    session.flush()
    return company


def update_company(session: Session, company_id: int, draft: CompanyDraft) -> Company:
    company = session.get_one(Company, company_id)
    renamed = company.legal_name != draft.legal_name
    _apply_company(session, company, draft)
    if renamed:
        refresh_company_contacts_search(session, company)
    session.flush()
    return company


def company_draft(company: Company) -> CompanyDraft:
    return CompanyDraft(
        legal_name=company.legal_name, legal_form=company.legal_form or "", siret=company.siret or "",
        vat_number=company.vat_number or "", address=company.address or "",
        postal_code=company.postal_code or "", city=company.city or "", website=company.website or "",
        phone=company.phone or "", tags=tuple(t.name for t in company.tags),
    )


def find_company_duplicates(session: Session, siret: str | None, legal_name: str = "",
                            exclude_id: int | None = None) -> list[Company]:
    """Live companies with the same SIRET or the same legal name."""
    conditions: list[Any] = []
    if siret:
        conditions.append(Company.siret == siret)
    if legal_name and words(legal_name):
        conditions.append(_starts_with_words(Company.search_text, legal_name))
    if not conditions:
        return []
    query = select(Company).where(or_(*conditions), Company.deleted_at.is_(None))
    if exclude_id is not None:
        query = query.where(Company.id != exclude_id)
    wanted = words(legal_name)
    return [c for c in session.scalars(query.order_by(Company.id).limit(50))
            if (siret and c.siret == siret) or words(c.legal_name) == wanted][:10]


def add_activity(session: Session, *, kind: str, subject: str, when: datetime, contact_id: int | None = None,
                 company_id: int | None = None, body: str | None = None, author_id: int | None = None,
                 payload: dict[str, Any] | None = None) -> Activity:
    """Add one entry to a contact's (and its company's) timeline."""
    activity = Activity(kind=kind, subject=subject, body=body, occurred_at=when, contact_id=contact_id,
                        company_id=company_id, author_id=author_id, payload=payload)
    session.add(activity)
    session.flush()
    return activity


def timeline(session: Session, contact_id: int, limit: int = 100) -> list[Activity]:
    """The latest activities of a contact, newest first (their authors joined: one query)."""
    return list(session.scalars(
        select(Activity).options(joinedload(Activity.author)).where(Activity.contact_id == contact_id)
        .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
    ))


def company_timeline(session: Session, company_id: int,
                     limit: int = 100) -> list[tuple[Activity, str]]:
    """The latest activities of a company, newest first, each with the name of the contact it concerns.

    An activity belongs to the company when it names the company, or when it names one of the company's
    live contacts (a note added from the contact panel, a reply, a scenario task carry no company).
    """
    contacts = select(Contact.id).where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
    rows = session.execute(
        select(Activity, Contact.first_name, Contact.last_name).options(selectinload(Activity.author))
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .where(or_(Activity.company_id == company_id, Activity.contact_id.in_(contacts)))
        .order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
    )
    return [(a, f"{first or ''} {last or ''}".strip()) for a, first, last in rows]


def company_contacts(session: Session, company_id: int) -> list[Contact]:
    """The live contacts of a company, by name."""
    return list(session.scalars(
        select(Contact).where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
        .order_by(Contact.last_name, Contact.first_name, Contact.id)
    ))


def all_tags(session: Session) -> list[Tag]:
    return list(session.scalars(select(Tag).order_by(Tag.name)))


def find_contacts(session: Session, text: str, limit: int = 50) -> list[tuple[int, str, str]]:
    """Live contacts whose name or company matches the typed words: (id, name, company).

    People whose own name is what was typed come first, then those whose name starts with it, then the
    matches through their company; within each, French order by last then first name (accents sorted with
    their letter), the same on every backend.
    """
    typed = query_words(text)
    query = (select(Contact.id, Contact.first_name, Contact.last_name, Company.legal_name)
             .outerjoin(Company, Company.id == Contact.company_id).where(Contact.deleted_at.is_(None)))
    for word in typed:
        query = query.where(Contact.search_text.like(f"%{word}%"))
    rows = [(cid, first or "", last or "", company or "")
            for cid, first, last, company in session.execute(query.limit(max(limit, 1000)))]
    rows.sort(key=lambda r: (name_match_rank(typed, f"{r[1]} {r[2]}"), collation_key(r[2]), collation_key(r[1]),
                             r[0]))
    return [(cid, f"{first} {last}".strip(), company) for cid, first, last, company in rows[:limit]]

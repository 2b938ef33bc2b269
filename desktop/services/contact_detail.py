"""What the contact panel shows, read in one session (called off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.custom_fields import Value
    from desktop.db.consent import ConsentStatus


@dataclass(frozen=True)
class TimelineEntry:
    kind: str
    subject: str
    body: str
    when: datetime
    author: str
    contact: str = ""  # whom the entry concerns, in a company's timeline


@dataclass(frozen=True)
class ContactDetail:
    id: int
    name: str
    job_title: str
    company: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    city: str
    status: str
    tags: tuple[str, ...]
    do_not_contact: bool
    timeline: tuple[TimelineEntry, ...]
    custom: tuple[CustomValue, ...] = ()
    consent: ConsentStatus | None = None  # the tracking consent now, with its history (desktop.db.consent)


@dataclass(frozen=True)
class CustomValue:
    """A filled custom field of the contact, in the fields' order."""

    label: str
    kind: str
    value: Value


def load_contact_detail(session: Session, contact_id: int, limit: int = 50) -> ContactDetail | None:
    """The contact with its latest ``limit`` activities, or None when it is gone.

    A read each: the contact with its company and tags, the timeline with its authors, the filled custom fields
    with their definitions, the consent's history (a remote team server pays a round trip per statement).
    """
    from sqlalchemy import select
    from sqlalchemy.orm import joinedload

    from desktop.db.consent import consent_status
    from desktop.db.contacts import timeline
    from desktop.db.custom_fields import filled_fields
    from desktop.db.models import Contact
    from desktop.services.tracking.verdict_words import tracking_sentences

    contact = session.scalars(select(Contact).options(joinedload(Contact.company), joinedload(Contact.tags))
                              .where(Contact.id == contact_id)).unique().first()
    if contact is None or contact.deleted_at is not None:
        return None
    activities = list(timeline(session, contact_id, limit))
    why = tracking_sentences(session, activities)
    entries = tuple(
        TimelineEntry(a.kind, a.subject, why.get(a.id) or a.body or "", a.occurred_at,
                      a.author.name if a.author else "")
        for a in activities
    )
    custom = tuple(CustomValue(f.label, f.kind, value) for f, value in filled_fields(session, "contact", contact_id))
    return ContactDetail(
        id=contact.id, name=" ".join(x for x in (contact.civility, contact.first_name, contact.last_name) if x),
        job_title=contact.job_title or "", company=contact.company.legal_name if contact.company else "",
        emails=tuple(x for x in (contact.email, contact.email2) if x),
        phones=tuple(x for x in (contact.phone, contact.mobile) if x), city=contact.city or "",
        status=contact.status, tags=tuple(t.name for t in contact.tags), do_not_contact=contact.do_not_contact,
        timeline=entries, custom=custom, consent=consent_status(session, contact.id),
    )

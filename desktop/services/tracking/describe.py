"""What a tracking notification shows: the quote's printed number and the contact's name (one short read)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.numbering import with_version
from desktop.db.models import Contact
from desktop.db.quote_models import Quote
from desktop.services.tracking.ingest import Notification


@dataclass(frozen=True, slots=True)
class Described:
    """A notification with the words it is shown with.

    Attributes:
        notification: The poller's notification.
        number: The quote's printed number (with its version), or empty.
        contact: The contact's name, or empty.
    """

    notification: Notification
    number: str = ""
    contact: str = ""


def describe_notifications(session: Session, notifications: Sequence[Notification]) -> list[Described]:
    """Add the quote's number and the contact's name to each notification.

    Args:
        session: A read session.
        notifications: What the poller said to tell.

    Returns:
        One :class:`Described` per notification, in order (empty words where the quote or contact is unknown).
    """
    out = []
    for n in notifications:
        quote = session.get(Quote, n.quote_id) if n.quote_id is not None else None
        contact_id = n.contact_id if n.contact_id is not None else (quote.contact_id if quote else None)
        contact = session.get(Contact, contact_id) if contact_id is not None else None
        number = with_version(quote.number, quote.version) if quote is not None and quote.number else ""
        out.append(Described(n, number, contact.full_name if contact else ""))
    return out

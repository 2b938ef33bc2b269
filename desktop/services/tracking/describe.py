"""What a tracking notification shows: the quote's printed number, the contact's name and why the tracker believes
a person did it (« ouverture probablement par une personne : logiciel de messagerie ») (one short read)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.core.numbering import with_version
from desktop.db.models import Contact
from desktop.db.quote_models import Quote
from desktop.services.tracking.ingest import Notification
from desktop.services.tracking.verdict_words import sentences_of_events


@dataclass(frozen=True, slots=True)
class Described:
    """A notification with the words it is shown with.

    Attributes:
        notification: The poller's notification.
        number: The quote's printed number (with its version), or empty.
        contact: The contact's name, or empty.
        why: The verdict and its strongest reasons in words (an open, click or view), or empty.
    """

    notification: Notification
    number: str = ""
    contact: str = ""
    why: str = ""


def describe_notifications(session: Session, notifications: Sequence[Notification],
                           lang: str = "fr") -> list[Described]:
    """Add the quote's number, the contact's name and the verdict's reasons in words to each notification.

    Args:
        session: A read session.
        notifications: What the poller said to tell.
        lang: Language of the reasons (``fr`` or ``en``).

    Returns:
        One :class:`Described` per notification, in order (empty words where the quote or contact is unknown).
    """
    out = []
    why = sentences_of_events(session, [n.event_id for n in notifications], lang)
    for n in notifications:
        quote = session.get(Quote, n.quote_id) if n.quote_id is not None else None
        contact_id = n.contact_id if n.contact_id is not None else (quote.contact_id if quote else None)
        contact = session.get(Contact, contact_id) if contact_id is not None else None
        number = with_version(quote.number, quote.version) if quote is not None and quote.number else ""
        out.append(Described(n, number, contact.full_name if contact else "", why.get(n.event_id, "")))
    return out

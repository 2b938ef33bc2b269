"""Database work behind the quotes view's actions; each takes the session of one user action.

Deleting a draft is undoable: :func:`delete_draft` returns a snapshot of the row and its lines, which
:func:`restore_draft` writes back under the same id. A deleted new version gives the version it replaced
its own status back; restoring the draft supersedes that version again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop.core.quotes import Section

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class DraftSnapshot:
    """A deleted draft: its column values, sections and catalogue links."""

    columns: dict[str, Any]
    sections: tuple[Section, ...]
    product_ids: dict[tuple[int, int], int]
    reinstated: int | None = None  # the previous version given its status back


def delete_draft(session: Session, quote_id: int, now: datetime) -> DraftSnapshot:
    """Delete a draft quote (only a draft: anything finalised is kept for the record).

    A new version's draft gives the version it replaced its status back (:func:`repo.reinstate_previous`).

    Raises:
        desktop.db.quotes.QuoteFrozenError: the quote has left draft.
    """
    from desktop.db import quotes as repo
    from desktop.db.quote_models import Quote

    quote = repo.get_quote(session, quote_id)
    if quote.status != "draft":
        raise repo.QuoteFrozenError("Seul un brouillon peut être supprimé.")
    columns = {column.key: getattr(quote, column.key) for column in Quote.__table__.columns}
    product_ids = {(s, i): line.product_id for s, section in enumerate(quote.sections)
                   for i, line in enumerate(section.lines) if line.product_id is not None}
    reinstated = repo.reinstate_previous(session, quote, now)
    snapshot = DraftSnapshot(columns, repo.core_sections(quote), product_ids, reinstated)
    session.delete(quote)
    session.flush()
    return snapshot


def restore_draft(session: Session, snapshot: DraftSnapshot, now: datetime) -> int:
    """Write a deleted draft back with its id, lines and totals (superseding again what it replaced)."""
    from desktop.db import quotes as repo
    from desktop.db.quote_models import Quote

    quote = Quote(**snapshot.columns)
    session.add(quote)
    session.flush()
    repo.replace_sections(session, quote.id, snapshot.sections, snapshot.columns["updated_at"],
                          product_ids=snapshot.product_ids)
    if snapshot.reinstated is not None:
        repo.supersede_again(session, snapshot.reinstated, now)
    return quote.id


def create_quote(session: Session, contact_id: int, now: datetime, me: str = "") -> int:
    """A new draft for a contact, written by the salesperson at this desktop (``me``: their sender address);
    its id."""
    from desktop.db import quotes as repo
    from desktop.db.campaigns import current_user_id

    return repo.create_draft(session, contact_id, now, owner_id=current_user_id(session, me)).id


def accept_manually(session: Session, quote_id: int, now: datetime, signer: str) -> None:
    """Record an acceptance on paper (signed quote received)."""
    from desktop.db import quotes as repo

    repo.accept(session, quote_id, now, full_name=signer)


def refuse(session: Session, quote_id: int, now: datetime) -> None:
    from desktop.core.quote_status import QuoteStatus
    from desktop.db import quotes as repo

    repo.set_status(session, quote_id, QuoteStatus.REFUSED, now)


def new_version(session: Session, quote_id: int, now: datetime) -> int:
    from desktop.db import quotes as repo

    return repo.new_version(session, quote_id, now).id


def amendment(session: Session, quote_id: int, now: datetime) -> int:
    from desktop.db import quotes as repo

    return repo.create_amendment(session, quote_id, now).id


def purchase_order(session: Session, quote_id: int, now: datetime) -> int:
    from desktop.db import quotes as repo

    return repo.to_purchase_order(session, quote_id, now).id


def salespeople(session: Session) -> list[tuple[int, str]]:
    """The users a quote may belong to, by name."""
    from sqlalchemy import select

    from desktop.db.models import User

    return [(u.id, u.name) for u in session.scalars(select(User).order_by(User.name))]


def template_and_language(session: Session, quote_id: int) -> tuple[str, str]:
    """The template design and the language a quote prints with."""
    from desktop.db import quotes as repo

    quote = repo.get_quote(session, quote_id)
    return quote.template, quote.language

"""Soft deletion of contacts and companies named by kind, for the GUI's undoable deletions (which never name an
ORM class). Functions take a session; none makes one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session

from desktop.db.contacts import set_deleted
from desktop.db.models import Company, Contact

RecordKind = Literal["contacts", "companies"]


def set_records_deleted(session: Session, kind: RecordKind, ids: Sequence[int], when: datetime | None) -> int:
    """Delete (``when`` given) or restore (``when`` None) contacts or companies softly; returns the count changed.

    Args:
        session: The operation's session.
        kind: ``"contacts"`` or ``"companies"``.
        ids: The rows.
        when: The deletion time, or None to bring the rows back.
    """
    if kind not in ("contacts", "companies"):
        raise ValueError(f"unknown record kind {kind!r}")
    return set_deleted(session, Company if kind == "companies" else Contact, ids, when)

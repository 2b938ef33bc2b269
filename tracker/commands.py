"""Writes other than events: registrations, superseded versions, API keys, the retention purge.

Each function takes an open connection and runs inside the writer thread's transaction.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, update

from tracker.privacy import to_us
from tracker.schema import api_keys, events, links, messages
from tracker.validation import MessageSpec


class AlreadyAccepted(Exception):
    """The quote of this token was accepted; its document can no longer change."""


def register_message(conn: Connection, spec: MessageSpec, now_us: int) -> bool:
    """Create or update a message registration (links replaced, quote replaced if given).

    Args:
        conn: Open connection, in a transaction.
        spec: The validated registration.
        now_us: Current time, epoch microseconds.

    Returns:
        True if the message is new, False if an existing one was updated.

    Raises:
        AlreadyAccepted: If the message's quote was accepted and the document would change.
    """
    existing = conn.execute(
        select(messages.c.pdf_sha256).where(messages.c.token == spec.token)
    ).first()
    values: dict[str, object] = {
        "delivered_at_us": to_us(spec.delivered_at) if spec.delivered_at else None,
    }
    if spec.quote is not None:
        quote = spec.quote
        values.update(
            quote_number=quote.number, quote_version=quote.version, amount=quote.amount,
            currency=quote.currency, valid_until=quote.valid_until.isoformat() if quote.valid_until else None,
            pdf=quote.pdf, pdf_sha256=quote.pdf_sha256,
        )
    if existing is None:
        conn.execute(insert(messages).values(token=spec.token, created_at_us=now_us, superseded=False, **values))
    else:
        accepted = conn.execute(
            select(events.c.id).where(events.c.token == spec.token, events.c.kind == "accept").limit(1)
        ).first()
        if accepted is not None and values.get("pdf_sha256", existing.pdf_sha256) != existing.pdf_sha256:
            raise AlreadyAccepted(spec.token)
        conn.execute(update(messages).where(messages.c.token == spec.token).values(**values))
        conn.execute(delete(links).where(links.c.token == spec.token))
    if spec.links:
        conn.execute(insert(links), [
            {"token": spec.token, "link_id": link.link_id, "url": link.url, "honeypot": link.honeypot}
            for link in spec.links
        ])
    return existing is None


def supersede_message(conn: Connection, token: str, superseded_by: str | None) -> bool:
    """Mark a message's quote version as superseded.

    Args:
        conn: Open connection, in a transaction.
        token: The older version's token.
        superseded_by: The newer version's token, if known.

    Returns:
        True if the token exists.
    """
    result = conn.execute(
        update(messages).where(messages.c.token == token).values(superseded=True, superseded_by=superseded_by)
    )
    return result.rowcount > 0


def add_api_key(conn: Connection, key_sha256: str, label: str, now_us: int) -> None:
    """Store the hash of a new API key (idempotent for a hash already stored).

    Args:
        conn: Open connection, in a transaction.
        key_sha256: SHA-256 hex of the key.
        label: Free label (who uses the key).
        now_us: Current time, epoch microseconds.
    """
    if conn.execute(select(api_keys.c.id).where(api_keys.c.key_sha256 == key_sha256)).first() is None:
        conn.execute(insert(api_keys).values(key_sha256=key_sha256, label=label[:200], created_at_us=now_us))


def purge_expired(conn: Connection, cutoff_us: int) -> dict[str, int]:
    """Delete events, and messages with their documents and links, older than the retention cutoff.

    Args:
        conn: Open connection, in a transaction.
        cutoff_us: Everything recorded before this instant goes.

    Returns:
        Counts of deleted events and messages.
    """
    old = select(messages.c.token).where(messages.c.created_at_us < cutoff_us)
    gone_events = conn.execute(delete(events).where(events.c.ts_us < cutoff_us)).rowcount
    conn.execute(delete(links).where(links.c.token.in_(old)))
    gone_messages = conn.execute(delete(messages).where(messages.c.created_at_us < cutoff_us)).rowcount
    return {"events": gone_events, "messages": gone_messages}

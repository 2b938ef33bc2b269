"""Writes other than events: registrations, superseded versions, API keys, the retention purge.

Each function takes an open connection and runs inside the writer thread's transaction.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, select, update

from tracker.privacy import to_us
from tracker.schema import api_keys, contact_keys, events, links, messages, signing_codes
from tracker.validation import ContactSpec, MessageSpec

#: What a refusal or a withdrawal stops and erases: the measures of reading. Views, downloads and acceptances
#: of the online quote are the service the person uses and stay.
TRACKING_KINDS = ("open", "click")


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
        "delivered_at_us": to_us(spec.delivered_at) if spec.delivered_at else None, "aggregate": spec.aggregate,
    }
    if spec.contact_key is not None:
        values["contact_key"] = spec.contact_key
    if spec.quote is not None:
        quote = spec.quote
        values.update(
            quote_number=quote.number, quote_version=quote.version, amount=quote.amount,
            currency=quote.currency, valid_until=quote.valid_until.isoformat() if quote.valid_until else None,
            pdf=quote.pdf, pdf_sha256=quote.pdf_sha256, signer_email=quote.signer_email, consumer=quote.consumer,
            seller_contact=quote.seller_contact,
        )
    if existing is None:
        conn.execute(insert(messages).values(token=spec.token, created_at_us=now_us, superseded=False, **values))
    else:
        accepted = conn.execute(  # a signature is an acceptance too (its "accept" follows it in the feed)
            select(events.c.id).where(events.c.token == spec.token, events.c.kind.in_(("accept", "signed"))).limit(1)
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


def key_blocked(conn: Connection, key: str | None) -> bool:
    """Tell whether the person behind a contact key refused or withdrew tracking.

    Args:
        conn: Open connection.
        key: The contact key, or None.

    Returns:
        True when blocked.
    """
    if key is None:
        return False
    return bool(conn.execute(select(contact_keys.c.blocked).where(contact_keys.c.contact_key == key)).scalar())


def _set_key(conn: Connection, key: str, blocked: bool, at_us: int) -> bool:
    """Record a key's answer unless a newer one is known; returns whether the key is blocked afterwards."""
    row = conn.execute(select(contact_keys.c.blocked, contact_keys.c.changed_at_us)
                       .where(contact_keys.c.contact_key == key)).first()
    if row is None:
        conn.execute(insert(contact_keys).values(contact_key=key, blocked=blocked, changed_at_us=at_us))
        return blocked
    if at_us < row.changed_at_us:
        return bool(row.blocked)
    conn.execute(update(contact_keys).where(contact_keys.c.contact_key == key)
                 .values(blocked=blocked, changed_at_us=at_us))
    return blocked


def erase_tracking(conn: Connection, key: str) -> int:
    """Delete the opens and clicks already stored for every message of a contact key.

    Args:
        conn: Open connection, in a transaction.
        key: The contact key.

    Returns:
        How many events were deleted.
    """
    tokens = select(messages.c.token).where(messages.c.contact_key == key)
    erased = select(events.c.id).where(events.c.kind.in_(TRACKING_KINDS), events.c.token.in_(tokens))
    conn.execute(delete(events).where(events.c.kind == "verdict", events.c.target_id.in_(erased)))
    result = conn.execute(delete(events).where(events.c.kind.in_(TRACKING_KINDS), events.c.token.in_(tokens)))
    return int(result.rowcount or 0)


def apply_answer(conn: Connection, token: str, blocked: bool, at_us: int) -> str:
    """Apply a person's answer given on a page of this tracker to every message of their contact key.

    A message registered without a key (before keys existed) gets one of its own, so that the answer holds
    for it at once; the desktop later joins the person's other messages to their key.

    Args:
        conn: Open connection, in a transaction.
        token: The message whose page was used.
        blocked: The person refused or withdrew tracking (False: consented).
        at_us: When.

    Returns:
        The contact key the answer was recorded for.
    """
    key = conn.execute(select(messages.c.contact_key).where(messages.c.token == token)).scalar()
    if key is None:
        key = secrets.token_urlsafe(16)
        conn.execute(update(messages).where(messages.c.token == token).values(contact_key=key))
    if _set_key(conn, key, blocked, at_us):
        erase_tracking(conn, key)
    return str(key)


def sync_contacts(conn: Connection, specs: Sequence[ContactSpec]) -> int:
    """Take the desktop's answers of contacts: join their messages to their key, keep the newest answer.

    A listed message that belonged to another key (one this tracker made for a legacy message) brings that
    key's answer along when it is newer than the desktop's. Unknown tokens (never registered, or purged) are
    ignored.

    Args:
        conn: Open connection, in a transaction.
        specs: The contacts.

    Returns:
        How many keys are blocked afterwards among those given.
    """
    blocked_count = 0
    for spec in specs:
        at_us = to_us(spec.at)
        candidates = [(at_us, spec.blocked)]
        if spec.tokens:
            others = select(messages.c.contact_key).where(messages.c.token.in_(spec.tokens),
                                                          messages.c.contact_key.is_not(None),
                                                          messages.c.contact_key != spec.key)
            for row in conn.execute(select(contact_keys.c.changed_at_us, contact_keys.c.blocked)
                                    .where(contact_keys.c.contact_key.in_(others))):
                candidates.append((int(row.changed_at_us), bool(row.blocked)))
            conn.execute(update(messages).where(messages.c.token.in_(spec.tokens)).values(contact_key=spec.key))
        newest_at, newest_blocked = max(candidates, key=lambda c: c[0])
        if _set_key(conn, spec.key, newest_blocked, newest_at):
            erase_tracking(conn, spec.key)
            blocked_count += 1
    return blocked_count


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
    """Delete events, messages with their documents and links, the answers of keys no message uses any
    more and signing codes, older than the retention cutoff (the evidence file of signatures stays: it is the proof
    of contracts).

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
    still_used = select(messages.c.contact_key).where(messages.c.contact_key.is_not(None))
    gone_keys = conn.execute(delete(contact_keys).where(contact_keys.c.changed_at_us < cutoff_us,
                                                        contact_keys.c.contact_key.not_in(still_used))).rowcount
    conn.execute(delete(signing_codes).where(signing_codes.c.expires_at_us < cutoff_us))
    return {"events": gone_events, "messages": gone_messages, "contact_keys": gone_keys}

"""Tables of the tracker and their versioned migrations.

The schema is small and owned by the tracker alone, so migrations are a plain ordered list of steps
recorded in a ``schema_version`` table: each step runs once, in its own transaction, and new steps
are appended, never edited. Times are stored as integer microseconds since the Unix epoch (UTC):
portable between SQLite and PostgreSQL, sortable, and cheap to write.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
    insert,
    inspect,
    select,
    text,
)

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at_us", BigInteger, nullable=False),
)

settings = Table(
    "tracker_settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key_sha256", String(64), nullable=False, unique=True),
    Column("label", String(200), nullable=False, default=""),
    Column("created_at_us", BigInteger, nullable=False),
)

messages = Table(
    "messages",
    metadata,
    Column("token", String(64), primary_key=True),
    Column("created_at_us", BigInteger, nullable=False),
    Column("delivered_at_us", BigInteger, nullable=True),
    Column("superseded", Boolean, nullable=False, default=False),
    Column("superseded_by", String(64), nullable=True),
    Column("quote_number", String(64), nullable=True),
    Column("quote_version", Integer, nullable=True),
    Column("amount", String(32), nullable=True),
    Column("currency", String(3), nullable=True),
    Column("valid_until", String(10), nullable=True),
    Column("pdf_sha256", String(64), nullable=True),
    Column("pdf", LargeBinary, nullable=True),
    Column("contact_key", String(64), nullable=True),
    Column("aggregate", Boolean, nullable=False, default=False, server_default=false()),
    Column("signer_email", String(320), nullable=True),
    Column("consumer", Boolean, nullable=True),
    Column("seller_contact", Text, nullable=True),
)

links = Table(
    "links",
    metadata,
    Column("token", String(64), ForeignKey("messages.token", ondelete="CASCADE"), primary_key=True),
    Column("link_id", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    Column("honeypot", Boolean, nullable=False, default=False),
)

events = Table(
    "events",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("token", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("ts_us", BigInteger, nullable=False),
    Column("verdict", String(8), nullable=False),
    Column("reasons", Text, nullable=False),
    Column("link_id", String(64), nullable=True),
    Column("reclassifies", Text, nullable=False, default="[]"),
    Column("full_name", String(200), nullable=True),
    Column("pdf_sha256", String(64), nullable=True),
    Column("ip", String(64), nullable=True),
    Column("user_agent", String(512), nullable=True),
    Column("answer", String(8), nullable=True),
    Column("shown_text", Text, nullable=True),
    Column("probability", Float, nullable=True),
    Column("method", String(8), nullable=True),
    Column("target_id", String(32), nullable=True),
    Column("evidence", Text, nullable=True),
)

contact_keys = Table(
    "contact_keys",
    metadata,
    Column("contact_key", String(64), primary_key=True),
    Column("blocked", Boolean, nullable=False),
    Column("changed_at_us", BigInteger, nullable=False),
)
"""The answers about tracking the tracker knows, per opaque contact key (never who the contact is)."""

signing_codes = Table(
    "signing_codes",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("token", String(64), nullable=False, index=True),
    Column("code_hash", String(64), nullable=False),
    Column("email", String(320), nullable=False),
    Column("full_name", String(200), nullable=False),
    Column("statement", Text, nullable=False),
    Column("lang", String(2), nullable=False),
    Column("pdf_sha256", String(64), nullable=False),
    Column("issued_at_us", BigInteger, nullable=False),
    Column("expires_at_us", BigInteger, nullable=False),
    Column("tries", Integer, nullable=False, default=0),
    Column("used_at_us", BigInteger, nullable=True),
)
"""One-time codes of online signatures: only an HMAC of the code is kept (:mod:`tracker.signing`)."""

signatures = Table(
    "signatures",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("token", String(64), nullable=False, unique=True),
    Column("quote_number", String(64), nullable=False, index=True),
    Column("quote_version", Integer, nullable=False),
    Column("pdf_sha256", String(64), nullable=False),
    Column("signer_name", String(200), nullable=False),
    Column("signer_email", String(320), nullable=False),
    Column("statement", Text, nullable=False),
    Column("code_issued_at_us", BigInteger, nullable=False),
    Column("code_checked_at_us", BigInteger, nullable=False),
    Column("ip", String(64), nullable=True),
    Column("user_agent", String(512), nullable=True),
    Column("signed_at_us", BigInteger, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("record_hash", String(64), nullable=False, unique=True),
)
"""The evidence file of online signatures: append-only, hash-chained per quote (:mod:`tracker.evidence`).
Never purged with the events: it is the proof of a contract."""

Index("ix_events_token_kind_ts", events.c.token, events.c.kind, events.c.ts_us)
Index("ix_messages_contact_key", messages.c.contact_key)
Index("ix_events_ts", events.c.ts_us)
Index("ix_messages_created", messages.c.created_at_us)

Migration = Callable[[Connection], None]


def _v1_initial(conn: Connection) -> None:
    metadata.create_all(conn, tables=[settings, api_keys, messages, links, events])  # the columns of today
    conn.execute(insert(settings).values(name="form_secret", value=secrets.token_hex(32)))


def _v2_contact_keys(conn: Connection) -> None:
    """The per-contact key of a message, aggregate (anonymous) messages, the answers of the consent pages."""
    present = {table: {c["name"] for c in inspect(conn).get_columns(table)} for table in ("messages", "events")}
    for table, column in ((messages, messages.c.contact_key), (messages, messages.c.aggregate),
                          (events, events.c.answer), (events, events.c.shown_text)):
        if column.name in present[table.name]:
            continue  # a database created at version 1 by this code already has it
        kind = column.type.compile(conn.dialect)
        default = " NOT NULL DEFAULT false" if column.name == "aggregate" else ""
        conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}{default}"))
    metadata.create_all(conn, tables=[contact_keys])
    next(i for i in messages.indexes if i.name == "ix_messages_contact_key").create(conn, checkfirst=True)


def _v3_scored_verdicts(conn: Connection) -> None:
    """The probability of each verdict, the hit's method (re-judging needs it), the target of a re-judgement."""
    present = {c["name"] for c in inspect(conn).get_columns("events")}
    for column in (events.c.probability, events.c.method, events.c.target_id):
        if column.name not in present:
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {column.name} {column.type.compile(conn.dialect)}"))


def _v4_signatures(conn: Connection) -> None:
    """Online signatures: the recipient's address and consumer flag of a quote, one-time codes, the evidence file
    and the evidence a ``signed`` event carries."""
    present = {table: {c["name"] for c in inspect(conn).get_columns(table)} for table in ("messages", "events")}
    for table, column in ((messages, messages.c.signer_email), (messages, messages.c.consumer),
                          (messages, messages.c.seller_contact), (events, events.c.evidence)):
        if column.name not in present[table.name]:
            conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {column.type.compile(conn.dialect)}"))
    metadata.create_all(conn, tables=[signing_codes, signatures])


MIGRATIONS: list[tuple[int, Migration]] = [
    (1, _v1_initial),
    (2, _v2_contact_keys),
    (3, _v3_scored_verdicts),
    (4, _v4_signatures),
]
"""Ordered migration steps; append new ``(version, step)`` pairs, never edit applied ones."""


def current_version(conn: Connection) -> int:
    """Return the schema version recorded in the database, 0 for an empty database.

    Args:
        conn: An open connection.

    Returns:
        The highest applied migration version.
    """
    if not inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).first()
    return int(found[0]) if found else 0


def migrate(engine: Engine, now_us: int) -> int:
    """Bring the database up to the latest schema version, one transaction per step.

    Args:
        engine: The engine of the tracker database.
        now_us: Current time in microseconds since the epoch, recorded with each step.

    Returns:
        The schema version after migration.
    """
    with engine.begin() as conn:
        metadata.create_all(conn, tables=[schema_version])
        version = current_version(conn)
    for step_version, step in MIGRATIONS:
        if step_version <= version:
            continue
        with engine.begin() as conn:
            step(conn)
            conn.execute(insert(schema_version).values(version=step_version, applied_at_us=now_us))
        version = step_version
    return version

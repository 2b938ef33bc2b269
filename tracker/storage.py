"""The tracker's database: engine set-up (SQLite tuned with WAL, or PostgreSQL) and read queries.

Every write goes through the single writer thread (:mod:`tracker.writer`), so the order of
commits is the order of cursors; reads come from any thread through the pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

from tracker.events import event_json
from tracker.schema import api_keys, events, links, messages, migrate, settings


@dataclass(frozen=True, slots=True)
class QuoteView:
    """What the online quote page shows.

    Attributes:
        token: The message token.
        quote_number: Quote number, if a quote is attached.
        quote_version: Its version.
        amount: Amount as a decimal string.
        currency: ISO 4217 code.
        valid_until: ISO date or None.
        superseded: A newer version exists.
        superseded_by: Token of the newer version, if registered.
        pdf_sha256: SHA-256 of the uploaded PDF, or None.
        has_pdf: Whether the PDF is still stored (retention may have deleted it).
        signer_email: The address the quote was sent to (where a signature's code goes), if registered.
        consumer: The client is a consumer (the page shows the 14-day withdrawal right and its form).
        seller_contact: The seller's name and addresses for the withdrawal form, if registered.
    """

    token: str
    quote_number: str | None
    quote_version: int | None
    amount: str | None
    currency: str | None
    valid_until: str | None
    superseded: bool
    superseded_by: str | None
    pdf_sha256: str | None
    has_pdf: bool
    signer_email: str | None = None
    consumer: bool = False
    seller_contact: str | None = None


def normalise_url(url: str) -> str:
    """Pick the psycopg 3 driver for plain PostgreSQL URLs.

    Args:
        url: A SQLAlchemy database URL.

    Returns:
        The URL, with ``postgresql://`` turned into ``postgresql+psycopg://``.
    """
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def open_engine(url: str) -> Engine:
    """Create the engine for a database URL, with the SQLite tuning the writer relies on.

    Args:
        url: SQLAlchemy URL; SQLite files and PostgreSQL are supported.

    Returns:
        A new engine.

    Raises:
        ValueError: For an in-memory SQLite URL (the writer and readers need a shared file).
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise ValueError("the tracker needs a SQLite file, not an in-memory database")
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


class Storage:
    """Read access to the tracker's tables, and the engine the writer uses.

    Args:
        url: Database URL.
        now_us: Current time (epoch microseconds), recorded with applied migrations.
    """

    def __init__(self, url: str, now_us: int) -> None:
        self.engine = open_engine(url)
        self.schema_version = migrate(self.engine, now_us)
        with self.engine.connect() as conn:
            self.form_secret: str = conn.execute(
                select(settings.c.value).where(settings.c.name == "form_secret")
            ).scalar_one()

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def ping(self) -> bool:
        """Check the database answers.

        Returns:
            True when a trivial query succeeds.
        """
        try:
            with self.engine.connect() as conn:
                conn.execute(select(1))
        except Exception:
            return False
        return True

    def key_hashes(self) -> list[str]:
        """Return the SHA-256 hashes of every API key.

        Returns:
            Hex digests.
        """
        with self.engine.connect() as conn:
            return [str(h) for h in conn.execute(select(api_keys.c.key_sha256)).scalars()]

    def feed(self, after: int, limit: int) -> list[dict[str, Any]]:
        """Read events after a cursor, oldest first.

        Args:
            after: Cursor (sequence number) already read; 0 for the beginning.
            limit: Maximum number of events.

        Returns:
            Events as JSON objects (see :mod:`tracker.events`).
        """
        query = select(events).where(events.c.seq > after).order_by(events.c.seq).limit(limit)
        with self.engine.connect() as conn:
            return [event_json(row) for row in conn.execute(query)]

    def link_url(self, token: str, link_id: str) -> tuple[str, bool] | None:
        """Look up a registered link.

        Args:
            token: Message token.
            link_id: Link id within the message.

        Returns:
            ``(url, honeypot)`` or None if unknown.
        """
        query = select(links.c.url, links.c.honeypot).where(links.c.token == token, links.c.link_id == link_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return (str(row.url), bool(row.honeypot)) if row else None

    def message_exists(self, token: str) -> bool:
        """Tell whether a token is registered.

        Args:
            token: Message token.

        Returns:
            True if registered (and not purged).
        """
        with self.engine.connect() as conn:
            return conn.execute(select(messages.c.token).where(messages.c.token == token)).first() is not None

    def person_message(self, token: str) -> bool:
        """Tell whether a token is a registered message sent to a person (not a campaign's anonymous pixel).

        Args:
            token: Message token.

        Returns:
            True for a message whose person may answer about tracking.
        """
        query = select(messages.c.aggregate).where(messages.c.token == token)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return row is not None and not row.aggregate

    def quote(self, token: str) -> QuoteView | None:
        """Read what the online quote page shows for a token.

        Args:
            token: Message token.

        Returns:
            The quote, or None if the token is unknown or carries no quote.
        """
        cols = [c for c in messages.c if c.name not in ("pdf", "contact_key", "aggregate")]
        query = select(*cols, messages.c.pdf.is_not(None).label("has_pdf")).where(messages.c.token == token)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None or row.quote_number is None:
            return None
        return QuoteView(
            token=row.token,
            quote_number=row.quote_number,
            quote_version=row.quote_version,
            amount=row.amount,
            currency=row.currency,
            valid_until=row.valid_until,
            superseded=bool(row.superseded),
            superseded_by=row.superseded_by,
            pdf_sha256=row.pdf_sha256,
            has_pdf=bool(row.has_pdf),
            signer_email=row.signer_email,
            consumer=bool(row.consumer),
            seller_contact=row.seller_contact,
        )

    def pdf(self, token: str) -> bytes | None:
        """Return the uploaded PDF of a message.

        Args:
            token: Message token.

        Returns:
            The PDF bytes, or None.
        """
        with self.engine.connect() as conn:
            data = conn.execute(select(messages.c.pdf).where(messages.c.token == token)).scalar()
        return bytes(data) if data is not None else None

    def first_event(self, token: str, kind: str) -> dict[str, Any] | None:
        """Return the first event of a kind for a token (used for the idempotent acceptance).

        Args:
            token: Message token.
            kind: Event kind.

        Returns:
            The event JSON or None.
        """
        query = select(events).where(events.c.token == token, events.c.kind == kind).order_by(events.c.seq)
        with self.engine.connect() as conn:
            row = conn.execute(query.limit(1)).first()
        return event_json(row) if row else None

    def signature(self, token: str) -> dict[str, Any] | None:
        """Return the evidence record of a token's online signature (see :mod:`tracker.evidence`), or None."""
        from tracker.signing import signature_of

        with self.engine.connect() as conn:
            return signature_of(conn, token)

    def message_status(self, token: str) -> dict[str, Any] | None:
        """Summarise a message: its best verdict so far and whether it was superseded.

        Args:
            token: Message token.

        Returns:
            ``{"token", "superseded", "status", "events"}`` or None if unknown; ``status`` is
            ``"human"`` once any human event exists, else ``"machine"``/``"unknown"``/``"none"``.
        """
        with self.engine.connect() as conn:
            msg = conn.execute(select(messages.c.superseded).where(messages.c.token == token)).first()
            if msg is None:
                return None
            verdicts = list(conn.execute(select(events.c.verdict).where(
                events.c.token == token, events.c.kind != "verdict")).scalars())
        status = next((v for v in ("human", "unknown", "machine") if v in verdicts), "none")
        return {"token": token, "superseded": bool(msg.superseded), "status": status, "events": len(verdicts)}

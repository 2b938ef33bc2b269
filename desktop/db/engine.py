"""Engine and session factory for the embedded SQLite file or a team PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite file."""
    return f"sqlite+pysqlite:///{path}"


def normalize_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs written the usual way (``postgresql://``, ``postgres://``)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


#: Written by the triggers that freeze a quote once it has left draft (migration 0002), on both backends.
FROZEN_MARK = "quote_frozen:"
#: Written by the triggers that freeze an issued invoice (migration 0013).
INVOICE_FROZEN_MARK = "invoice_frozen:"


def _frozen_in_words(context: ExceptionContext) -> None:
    """A write refused by a quote's freeze trigger (another desktop finalised it meanwhile) becomes a
    :class:`desktop.db.quotes.QuoteFrozenError` in words, whatever statement hit it."""
    if FROZEN_MARK in str(context.original_exception):
        from desktop.db.quotes import QuoteFrozenError

        raise QuoteFrozenError("Ce devis a été finalisé entre-temps (sur un autre poste ?) : il ne peut plus être "
                               "modifié. Rouvrez-le ; pour le changer, créez une nouvelle version.") from None
    if INVOICE_FROZEN_MARK in str(context.original_exception):
        from desktop.db.invoices import InvoiceFrozenError

        raise InvoiceFrozenError("Cette facture a été émise (sur un autre poste ?) : elle ne peut plus être "
                                 "modifiée ; un avoir l'annule.") from None


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL, foreign keys and a busy timeout on every connection.

    On both backends, a write refused by the freeze triggers raises ``QuoteFrozenError`` in words.
    """
    url = normalize_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # No HSTORE column anywhere: without it, a new engine's first connection skips the type's lookup (three
        # round trips, a remote team's start pays them).
        engine = create_engine(url, pool_pre_ping=True, **{"use_native_hstore": False, **kwargs})
        from desktop.db.pg_initialize import quicken_first_connect

        quicken_first_connect(engine)  # the dialect's first-connection reads in one trip instead of six
    event.listen(engine, "handle_error", _frozen_in_words)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """One factory for the app; every user action or job opens its own session from it."""
    return sessionmaker(engine, expire_on_commit=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"

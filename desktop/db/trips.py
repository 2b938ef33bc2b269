"""Round trips to a team server: what saves them without changing what a statement does.

On PostgreSQL a transaction costs two trips of its own (``BEGIN``, ``COMMIT``), as many as the work when the
work is one statement. A single statement is atomic by itself (PostgreSQL runs it as its own transaction), so
work that is one statement can run autocommitted and cost one trip. SQLite is a library call: nothing changes
there (its ``BEGIN``/``COMMIT`` cost no trip).
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def one_statement(session: Session) -> None:
    """Declare that this session's work is a single statement (or reads that need no common snapshot): on
    PostgreSQL it runs autocommitted, without ``BEGIN``/``COMMIT``. Call it before the session's first statement.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})

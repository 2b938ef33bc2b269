"""The sending process of the crash-safety test: ``python -m tests.integration.crash_sender DB PORT``.

Puts messages left in flight back in the queue (as the application does at start), prints ``ready``, then
delivers everything due to the SMTP sink on 127.0.0.1:PORT and exits 0.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from desktop.db.engine import make_engine, make_session_factory, sqlite_url
from desktop.services.mail.outbox import recover_in_flight
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport


def now() -> datetime:
    return datetime.now(UTC)


def main(database: str, port: int) -> int:
    engine = make_engine(sqlite_url(Path(database)))
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        recover_in_flight(session, now())
    print("ready", flush=True)
    settings = SmtpSettings(host="127.0.0.1", port=port, security=SmtpSecurity.NONE, timeout=10.0)
    while True:
        report = deliver_due(sessions, SmtpTransport(settings), None, now)
        if not report.sent:
            break
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))

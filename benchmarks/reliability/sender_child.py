"""One desktop's sender as a process: ``python -m benchmarks.reliability.sender_child URL PORT LEASE [START]``.

It does what the application does at start and while it runs: put back what was left in flight longer than
the lease ago (:func:`desktop.services.mail.outbox.recover_in_flight`, as :mod:`desktop.gui.shell.live` does; START,
in seconds, replaces that lease at start only, to measure another start-up rule), print
``ready``, then deliver what is due with :func:`desktop.services.mail.sender.deliver_due` until nothing is left
to send, and exit 0.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.outbox import recover_in_flight
from desktop.services.mail.sender import RetryPolicy, deliver_due
from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport


def now() -> datetime:
    return datetime.now(UTC)


def main(url: str, port: int, lease_seconds: float, start_lease: float | None = None) -> int:
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    policy = RetryPolicy(lease=timedelta(seconds=lease_seconds), base=timedelta(seconds=0.05),
                         cap=timedelta(seconds=0.2), jitter=0.0)
    with sessions.begin() as session:
        recover_in_flight(session, now(), policy.lease if start_lease is None else timedelta(seconds=start_lease))
    print("ready", flush=True)
    settings = SmtpSettings(host="127.0.0.1", port=port, security=SmtpSecurity.NONE, timeout=10.0)
    while True:
        deliver_due(sessions, SmtpTransport(settings), None, now, policy=policy)
        with sessions() as session:
            left = session.scalar(select(func.count()).where(OutboxMessage.state != "sent"))
        if not left:
            break
        time.sleep(0.02)  # another desktop holds the rest, or a lease has not run out yet
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]),
                  float(sys.argv[4]) if len(sys.argv) > 4 else None))

"""Send throughput: 200 quote-sized messages (60 KB PDF) through the outbox and the sender, against a bare
smtplib loop over one reused connection sending the same bytes, to the same local aiosmtpd server.

``send_throughput_ratio`` = outbox messages per second / bare smtplib messages per second (same run: one
warm-up round of each, not counted, then five rounds each, alternated and in alternating order, median of
each; the server runs in its own process). Both sides send the same bytes (checked) over one connection
each round, connection and QUIT included. The outbox path includes everything the application does per
message: claim in a committed transaction, read the row, SMTP, record the result. Messages are untracked,
so the tracker is not part of the figure. Measured with the outbox on SQLite and on PostgreSQL
(``send_throughput_ratio_pg``), a fresh database each round (:mod:`benchmarks.fresh`).
"""

from __future__ import annotations

import os
import smtplib
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from benchmarks.fresh import empty_database, on_both_backends_fresh
from desktop.db.engine import make_engine, make_session_factory
from desktop.db.migrate import migrate
from desktop.db.outbox_models import OutboxPayload
from desktop.services.mail.message import Attachment, BuiltMessage, build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.templates import RenderedEmail
from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport

MESSAGES = 200
PDF_BYTES = 60 * 1024
ROUNDS = 5


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _messages() -> list[BuiltMessage]:
    pdf = b"%PDF-1.4\n" + os.urandom(PDF_BYTES - 9)
    now = datetime.now(UTC)
    body = "Bonjour,\n\nVeuillez trouver ci-joint notre devis.\n\nBien cordialement,\nClaire\n"
    return [build_message(sender_address="claire@vendeur.example", sender_name="Claire Martin",
                          to=[f"client{i}@client.example"], rendered=RenderedEmail(f"Devis D-2026-{i:04d}", body,
                                                                                   f"<p>{body}</p>"),
                          attachments=[Attachment(f"Devis D-2026-{i:04d}.pdf", pdf)], tracking=None, now=now)
            for i in range(MESSAGES)]


def _bare(port: int, messages: list[BuiltMessage]) -> float:
    start = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
    smtp.ehlo()
    for m in messages:
        smtp.sendmail(m.sender, list(m.recipients), m.raw)
    smtp.quit()
    return time.perf_counter() - start


def _outbox(port: int, messages: list[BuiltMessage], backend: str) -> float:
    with empty_database(backend) as url:
        return _outbox_into(port, messages, url)


def _outbox_into(port: int, messages: list[BuiltMessage], url: str) -> float:
    engine = make_engine(url)
    migrate(engine)
    sessions = make_session_factory(engine)
    now = datetime.now(UTC)
    with sessions.begin() as session:
        for m in messages:
            enqueue(session, m, now=now)
    transport = SmtpTransport(SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, timeout=30))
    start = time.perf_counter()
    report = deliver_due(sessions, transport, None, lambda: datetime.now(UTC))
    elapsed = time.perf_counter() - start
    with sessions() as session:
        stored = list(session.scalars(select(OutboxPayload.raw).order_by(OutboxPayload.outbox_id)))
    engine.dispose()
    if len(report.sent) != MESSAGES:
        raise RuntimeError(f"only {len(report.sent)} of {MESSAGES} messages were sent: {report}")
    if stored != [m.raw for m in messages]:
        raise RuntimeError("the outbox did not send the same bytes as the bare loop")
    return elapsed


def _start_server(port: int) -> subprocess.Popen[bytes]:
    """aiosmtpd in its own process (so it does not share the GIL with the client being measured)."""
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
                               "-l", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise RuntimeError("the aiosmtpd server did not start")


def run() -> dict[str, dict[str, Any]]:
    """Measure and return the figure, on each backend."""
    messages = _messages()
    port = _free_port()
    server = _start_server(port)
    try:
        return on_both_backends_fresh(lambda backend: _measure(port, messages, backend))
    finally:
        server.terminate()
        server.wait(10)


def _measure(port: int, messages: list[BuiltMessage], backend: str) -> dict[str, dict[str, Any]]:
    _bare(port, messages)  # warm-up (first connection, imports, caches): not counted
    _outbox(port, messages, backend)
    bare_times: list[float] = []
    outbox_times: list[float] = []
    for n in range(ROUNDS):
        if n % 2:
            outbox_times.append(_outbox(port, messages, backend))
            bare_times.append(_bare(port, messages))
        else:
            bare_times.append(_bare(port, messages))
            outbox_times.append(_outbox(port, messages, backend))
    bare_rate = MESSAGES / statistics.median(bare_times)
    outbox_rate = MESSAGES / statistics.median(outbox_times)
    return {
        "send_throughput_ratio": {"value": round(outbox_rate / bare_rate, 3), "unit": "ratio", "target": ">= 0.7",
                                  "outbox_msgs_per_s": round(outbox_rate, 1),
                                  "bare_smtplib_msgs_per_s": round(bare_rate, 1),
                                  "round_ratios": [round(b / o, 3) for b, o in zip(bare_times, outbox_times,
                                                                                   strict=True)]},
    }

if __name__ == "__main__":
    print(run())

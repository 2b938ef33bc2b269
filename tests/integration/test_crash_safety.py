"""Crash safety: a sending process killed with SIGKILL at random moments, ten times, during a 300-message
send to an SMTP sink that syncs each message to disk. Afterwards no message is missing, duplicates are at
most the number of kills, the SQLite file is sound and nothing is left in flight."""

from __future__ import annotations

import itertools
import os
import random
import re
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import Engine, func, select, text

from desktop.db.engine import make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.message import build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.templates import RenderedEmail
from tests.integration.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 300
KILLS = 10


class SyncingSink:
    """Writes each accepted message to its own file and fsyncs it before answering 250."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.counter = itertools.count()
        self.lock = threading.Lock()

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        with self.lock:
            n = next(self.counter)
        path = self.folder / f"{n:06d}.eml"
        with open(path, "wb") as handle:
            handle.write(envelope.original_content or b"")
            handle.flush()
            os.fsync(handle.fileno())
        return "250 OK"


def _fill_outbox(engine: Engine) -> set[str]:
    sessions = make_session_factory(engine)
    now = datetime.now(UTC)
    ids = set()
    with sessions.begin() as session:
        for i in range(MESSAGES):
            built = build_message(sender_address="a@vendeur.example", sender_name="A", to=[f"c{i}@client.example"],
                                  rendered=RenderedEmail(f"Message {i}", f"Bonjour {i}\n", None), tracking=None,
                                  now=now)
            enqueue(session, built, now=now)
            ids.add(built.message_id)
    return ids


def _child(database: Path, port: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tests.integration.crash_sender", str(database), str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


@pytest.mark.slow
def _wait_for_deliveries(sink_dir: Path, count: int, child: subprocess.Popen[str], timeout: float = 60) -> None:
    """Return once the sink holds ``count`` messages (or the child has stopped by itself)."""
    deadline = time.monotonic() + timeout
    while len(os.listdir(sink_dir)) < count and child.poll() is None:
        assert time.monotonic() < deadline, f"the sender never reached {count} messages"
        time.sleep(0.001)


def test_sigkill_during_a_300_message_send_loses_nothing_and_duplicates_at_most_once_per_kill(
        sqlite_engine: Engine, tmp_path: Path) -> None:
    expected = _fill_outbox(sqlite_engine)
    database = Path(str(sqlite_engine.url.database))
    sqlite_engine.dispose()
    sink_dir = tmp_path / "sink"
    sink_dir.mkdir()
    port = free_port()
    controller = Controller(SyncingSink(sink_dir), hostname="127.0.0.1", port=port)
    controller.start()
    rng = random.Random(20261127)
    try:
        for kill in range(KILLS):
            child = _child(database, port)
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            # A random moment of the send, measured in progress (not in seconds, so that a faster sender
            # is still killed mid-send): the k-th kill falls around k/(KILLS+1) of the messages.
            step = MESSAGES / (KILLS + 1)
            target = int(step * (kill + 1) + rng.uniform(-step / 3, step / 3))
            _wait_for_deliveries(sink_dir, target, child)
            child.kill()
            child.wait(10)
            child.stdout.close()
        before_final = len(list(sink_dir.glob("*.eml")))
        final = _child(database, port)
        out, _ = final.communicate(timeout=60)
        assert final.returncode == 0, out
    finally:
        controller.stop()

    received = []
    for path in sink_dir.glob("*.eml"):
        found = re.search(rb"^Message-ID: (<[^>]+>)", path.read_bytes(), re.MULTILINE | re.IGNORECASE)
        assert found is not None
        received.append(found.group(1).decode())
    assert set(received) == expected, "a message is missing"
    assert len(received) - len(expected) <= KILLS
    assert 0 < before_final < MESSAGES, "the kills must fall in the middle of the send"
    print(f"killed {KILLS} times; {before_final} delivered before the last run; "
          f"{len(received) - len(expected)} duplicates")
    with sqlite_engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        states = dict(conn.execute(select(OutboxMessage.state, func.count()).group_by(OutboxMessage.state)).all())
    assert states == {"sent": MESSAGES}

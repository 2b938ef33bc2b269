"""The copy of each sent message in the sender's Sent folder, against the real Dovecot and aiosmtpd: exactly one
copy, the delivered message's Message-ID, ``\\Seen``; found by its ``\\Sent`` attribute (RFC 6154) or by its
French name; none for a provider that files its own; an APPEND refused by the server (over quota) leaves the
send done and is filed later, once; a copy appended before a crash is not appended twice."""

from __future__ import annotations

import imaplib
import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop.db.engine import make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.outcomes import DeliveryReport
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.wiring import make_transport, sent_copy_mode
from desktop.services.replies import imap_folder
from desktop.services.secrets import SecretName, SecretStore, check_keyring
from desktop.settings import Settings
from tests.support.imap import NAMED_SENT, SPECIAL_USE_SENT, ImapServer, passwd_line, start_dovecot
from tests.support.mailflow import SENDER, RegistersAll, queue_plain
from tests.support.memkeyring import MemoryKeyring
from tests.support.servers import SmtpServer

USER, PASSWORD = "claire@relance.test", "mot-de-passe-imap"
TO = "marie.durand@client.example"
QUOTA = "extra_quota"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sessions(sqlite_engine: Engine) -> sessionmaker[DbSession]:
    return make_session_factory(sqlite_engine)


@pytest.fixture
def store() -> SecretStore:
    backend = MemoryKeyring()
    found = SecretStore(check_keyring(backend), backend)
    found.set(SecretName.IMAP_PASSWORD, PASSWORD)
    return found


QUOTA_PLUGIN = """
mail_plugins = $mail_plugins quota
plugin {
  quota = maildir:User quota
}
"""


@pytest.fixture
def dovecot(request: pytest.FixtureRequest) -> Iterator[ImapServer]:
    """Dovecot with a Sent folder marked ``\\Sent``; ``@pytest.mark.parametrize("dovecot", [...], indirect=True)``
    chooses ``named`` (only a folder called « Envoyés ») or ``quota`` (a 10-byte quota, raised by the test)."""
    kind = getattr(request, "param", "special_use")
    extra = {"special_use": SPECIAL_USE_SENT, "named": NAMED_SENT, "quota": SPECIAL_USE_SENT + QUOTA_PLUGIN}[kind]
    quota = "*:storage=10B" if kind == "quota" else ""
    with start_dovecot(users=(passwd_line(USER, PASSWORD, quota),), extra=extra) as server:
        yield server


def _settings(tmp_path: Path, smtp: SmtpServer, imap: ImapServer, **more: str) -> Settings:
    return Settings(data_dir=tmp_path, smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none",
                    sender_address=SENDER.address, imap_host=imap.host, imap_port=imap.port, imap_security="none",
                    imap_user=USER, **more)  # type: ignore[arg-type]


def _send(sessions: sessionmaker[DbSession], settings: Settings, store: SecretStore, clock: Clock) -> DeliveryReport:
    return deliver_due(sessions, make_transport(settings, store, clock=clock), RegistersAll(),  # type: ignore[arg-type]
                       clock, rng=random.Random(1))


def _folder(imap: ImapServer, folder: str) -> list[tuple[str, bytes]]:
    """(FLAGS, Message-ID header) of every message in a folder."""
    client = imaplib.IMAP4(imap.host, imap.port, timeout=10)
    try:
        client.login(USER, PASSWORD)
        typ, count = client.select(imap_folder(folder), readonly=True)
        assert typ == "OK"
        if int(count[0] or 0) == 0:  # "1:*" names no message in an empty folder (BAD Invalid messageset)
            return []
        _typ, data = client.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        found = []
        for part in data:
            if isinstance(part, tuple):
                found.append((part[0].decode(), part[1].strip()))
        return found
    finally:
        client.logout()


def _row(sessions: sessionmaker[DbSession], outbox_id: int) -> OutboxMessage:
    with sessions() as session:
        row = session.get(OutboxMessage, outbox_id)
        assert row is not None
        return row


def test_a_sent_message_is_filed_once_in_the_sent_folder_seen_with_the_delivered_message_id(
        smtp_server: SmtpServer, dovecot: ImapServer, sessions: sessionmaker[DbSession], store: SecretStore,
        clock: Clock, tmp_path: Path) -> None:
    settings = _settings(tmp_path, smtp_server, dovecot)
    assert sent_copy_mode(settings) == "append"
    queued = queue_plain(sessions, TO, clock.now)
    report = _send(sessions, settings, store, clock)
    assert report.sent == [queued] and report.copied == [queued] and report.copy_problem is None
    delivered = smtp_server.handler.received[0].message["Message-ID"]
    [(flags, header)] = _folder(dovecot, "Sent")
    assert "\\Seen" in flags
    assert header == f"Message-ID: {delivered}".encode()
    assert _row(sessions, queued).sent_copy_state == "done"
    _send(sessions, settings, store, clock)  # nothing more to file
    assert len(_folder(dovecot, "Sent")) == 1
    assert _folder(dovecot, "INBOX") == []


def test_a_copy_appended_before_a_crash_is_not_appended_again(
        smtp_server: SmtpServer, dovecot: ImapServer, sessions: sessionmaker[DbSession], store: SecretStore,
        clock: Clock, tmp_path: Path) -> None:
    settings = _settings(tmp_path, smtp_server, dovecot)
    queued = queue_plain(sessions, TO, clock.now)
    _send(sessions, settings, store, clock)
    with sessions.begin() as session:  # as if the desktop died between the APPEND and recording it
        session.execute(update(OutboxMessage).where(OutboxMessage.id == queued).values(sent_copy_state="pending"))
    report = _send(sessions, settings, store, clock)
    assert report.copied == [queued]
    assert len(_folder(dovecot, "Sent")) == 1
    assert _row(sessions, queued).sent_copy_state == "done"


@pytest.mark.parametrize("dovecot", ["named"], indirect=True)
def test_without_the_sent_attribute_the_folder_is_found_by_its_name(
        smtp_server: SmtpServer, dovecot: ImapServer, sessions: sessionmaker[DbSession], store: SecretStore,
        clock: Clock, tmp_path: Path) -> None:
    queued = queue_plain(sessions, TO, clock.now)
    report = _send(sessions, _settings(tmp_path, smtp_server, dovecot), store, clock)
    assert report.copied == [queued]
    assert len(_folder(dovecot, "Envoyés")) == 1


@pytest.mark.parametrize("provider", ["google", "microsoft365"])
def test_a_provider_that_files_its_own_gets_no_copy_unless_asked(
        smtp_server: SmtpServer, dovecot: ImapServer, sessions: sessionmaker[DbSession], store: SecretStore,
        clock: Clock, tmp_path: Path, provider: str) -> None:
    settings = _settings(tmp_path, smtp_server, dovecot, mail_provider=provider)
    assert sent_copy_mode(settings) == "provider"
    queued = queue_plain(sessions, TO, clock.now)
    report = _send(sessions, settings, store, clock)
    assert report.sent == [queued] and report.copied == []
    assert _row(sessions, queued).sent_copy_state is None
    assert _folder(dovecot, "Sent") == []
    assert sent_copy_mode(_settings(tmp_path, smtp_server, dovecot, mail_provider=provider, sent_copy="never")) \
        == "never"
    forced = _settings(tmp_path, smtp_server, dovecot, mail_provider=provider, sent_copy="append")
    assert sent_copy_mode(forced) == "append"  # the setting can be changed
    queue_plain(sessions, TO, clock.now, subject="Deuxième")
    assert len(_send(sessions, forced, store, clock).copied) == 1
    assert len(_folder(dovecot, "Sent")) == 1


@pytest.mark.parametrize("dovecot", ["quota"], indirect=True)
def test_a_refused_append_leaves_the_send_done_and_is_filed_later_once(
        smtp_server: SmtpServer, dovecot: ImapServer, sessions: sessionmaker[DbSession], store: SecretStore,
        clock: Clock, tmp_path: Path) -> None:
    settings = _settings(tmp_path, smtp_server, dovecot)
    queued = queue_plain(sessions, TO, clock.now)
    report = _send(sessions, settings, store, clock)
    assert report.sent == [queued] and report.copied == [] and report.retrying == []
    assert report.copy_problem is not None and "Quota exceeded" in report.copy_problem
    row = _row(sessions, queued)
    assert row.state == "sent" and len(smtp_server.handler.received) == 1  # the send stands
    assert row.sent_copy_state == "pending" and row.sent_copy_attempts == 1
    assert row.sent_copy_next_at == clock.now + timedelta(minutes=1)
    assert _send(sessions, settings, store, clock).copy_problem is None  # not due yet: the mailbox is left alone

    passwd = dovecot.root / "passwd"
    stamp = passwd.stat().st_mtime + 2
    passwd.write_text(passwd_line(USER, PASSWORD, "*:storage=100M") + "\n", encoding="utf-8")
    # Dovecot reads the file again when its mtime (whole seconds) changed, looking at most once a second
    os.utime(passwd, (stamp, stamp))
    time.sleep(1.05 - time.time() % 1)
    clock.now += timedelta(minutes=2)
    report = _send(sessions, settings, store, clock)
    assert report.copied == [queued]
    assert len(_folder(dovecot, "Sent")) == 1
    assert len(smtp_server.handler.received) == 1  # never sent again
    assert _row(sessions, queued).sent_copy_state == "done"

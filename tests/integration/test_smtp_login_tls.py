"""Logging in with an accented password (UTF-8 AUTH PLAIN and LOGIN against aiosmtpd's authenticator), a refused
login paused with the server's words, and the TLS paths: STARTTLS and SSL/TLS against aiosmtpd with a test
certificate, a certificate the system does not trust refused in words."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop.db.engine import make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.connection_check import send_test_message
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport
from tests.integration.conftest import FakeClock
from tests.support.mailflow import SENDER, RegistersAll, queue_plain
from tests.support.servers import ScriptedHandler, free_port
from tests.support.tls import Certificate

USER = "claire@vendeur.example"
PASSWORD = "Pässwörd-Éte-€-ß"


class Checking:
    """aiosmtpd's authenticator: accepts ``USER`` with ``PASSWORD`` in UTF-8, records what it was given."""

    def __init__(self) -> None:
        self.mechanisms: list[str] = []

    def __call__(self, server: SMTPServer, session: Session, envelope: Envelope, mechanism: str,
                 auth_data: Any) -> AuthResult:
        self.mechanisms.append(mechanism)
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
            and auth_data.password == PASSWORD.encode("utf-8")
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


Serve = Callable[..., tuple[ScriptedHandler, Checking, int]]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start aiosmtpd with an authenticator (and TLS when asked); stopped after the test."""
    controllers: list[Controller] = []

    def start(**kwargs: Any) -> tuple[ScriptedHandler, Checking, int]:
        handler, checking, port = ScriptedHandler(), Checking(), free_port()
        controller = Controller(handler, hostname="127.0.0.1", port=port, authenticator=checking,
                                auth_require_tls=False, **kwargs)
        controller.start()
        controllers.append(controller)
        return handler, checking, port

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def sessions(sqlite_engine: Engine) -> sessionmaker[DbSession]:
    return make_session_factory(sqlite_engine)


def _deliver(sessions: sessionmaker[DbSession], settings: SmtpSettings, password: str | None, clock: FakeClock,
             **kwargs: Any) -> None:
    deliver_due(sessions, SmtpTransport(settings, password, **kwargs), RegistersAll(), clock,  # type: ignore[arg-type]
                rng=random.Random(1))


@pytest.mark.parametrize("only", ["PLAIN", "LOGIN"])
def test_an_accented_password_logs_in_and_the_message_is_sent(
        serve: Serve, sessions: sessionmaker[DbSession], clock: FakeClock, only: str) -> None:
    handler, checking, port = serve(auth_exclude_mechanism=[m for m in ("PLAIN", "LOGIN") if m != only])
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    _deliver(sessions, SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, USER, timeout=5), PASSWORD, clock)
    assert checking.mechanisms == [only]
    assert [r.rcpt_tos for r in handler.received] == [["m@client.example"]]
    with sessions() as session:
        assert session.get_one(OutboxMessage, outbox_id).state == "sent"


def test_a_refused_login_pauses_sending_with_the_servers_words_and_charges_no_attempt(
        serve: Serve, sessions: sessionmaker[DbSession], clock: FakeClock) -> None:
    handler, _checking, port = serve()
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    _deliver(sessions, SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, USER, timeout=5), "Pässwörd-faux", clock)
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "paused" and row.attempts == 0 and row.last_code == 535
        assert "Pässwörd-faux" not in (row.last_error or "")
    assert handler.received == []


def test_the_test_button_logs_in_with_an_accented_password(serve: Serve) -> None:
    _handler, _checking, port = serve()
    settings = SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, USER, timeout=5)
    assert send_test_message(settings, PASSWORD, SENDER.address, "me@vendeur.example").ok
    refused = send_test_message(settings, "Mot-de-passé", SENDER.address, "me@vendeur.example")
    assert not refused.ok and refused.answer.startswith("535") and "Mot-de-passé" not in refused.answer
    assert "codec" not in refused.answer


def test_starttls_then_login_then_the_message(serve: Serve, sessions: sessionmaker[DbSession], clock: FakeClock,
                                              certificate: Certificate) -> None:
    handler, checking, port = serve(tls_context=certificate.server_context(), require_starttls=True)
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    _deliver(sessions, SmtpSettings("127.0.0.1", port, SmtpSecurity.STARTTLS, USER, timeout=5), PASSWORD, clock,
             ssl_context=certificate.client_context())
    assert checking.mechanisms == ["PLAIN"] and len(handler.received) == 1
    with sessions() as session:
        assert session.get_one(OutboxMessage, outbox_id).state == "sent"


def test_ssl_from_the_first_byte(serve: Serve, sessions: sessionmaker[DbSession], clock: FakeClock,
                                 certificate: Certificate) -> None:
    handler, _checking, port = serve(ssl_context=certificate.server_context())
    queue_plain(sessions, "m@client.example", clock())
    _deliver(sessions, SmtpSettings("127.0.0.1", port, SmtpSecurity.SSL, USER, timeout=5), PASSWORD, clock,
             ssl_context=certificate.client_context())
    assert len(handler.received) == 1


def test_a_certificate_the_system_does_not_trust_is_refused_in_words(
        serve: Serve, sessions: sessionmaker[DbSession], clock: FakeClock, certificate: Certificate) -> None:
    handler, _checking, port = serve(tls_context=certificate.server_context(), require_starttls=True)
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    _deliver(sessions, SmtpSettings("127.0.0.1", port, SmtpSecurity.STARTTLS, USER, timeout=5), PASSWORD, clock)
    with sessions() as session:
        row = session.get_one(OutboxMessage, outbox_id)
        assert row.state == "paused" and row.attempts == 0
        assert "certificate was refused" in (row.last_error or "") and "self-signed" in (row.last_error or "")
    assert handler.received == []

"""Sending with the mailbox's sign-in: tokens issued by the real authorization server on loopback, checked by
aiosmtpd's OAUTHBEARER and XOAUTH2 (signature against the server's keys, issuer, expiry, user); and what a
refused login does to the outbox: ``535 5.7.3``, ``550 5.7.30``, ``5.7.139``, a revoked grant each pause
sending with their own sentence, charge no attempt, lose nothing, and the message goes once signed in again."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from desktop.db.engine import make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.oauth import GenericSignIn
from desktop.services.mail.oauth_tokens import TokenBroker
from desktop.services.mail.outbox import resume_sending
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.signin_problems import problem_of_reason
from desktop.services.mail.wiring import make_transport
from desktop.services.secrets import SecretName, SecretStore, check_keyring
from desktop.settings import Settings
from tests.support.mailflow import SENDER, RegistersAll, queue_plain
from tests.support.memkeyring import MemoryKeyring
from tests.support.oauth2_server import Browser, OAuthServer
from tests.support.oauth_smtp import OAuthSmtp, start_oauth_smtp

USER = SENDER.address
TO = "marie.durand@client.example"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store() -> SecretStore:
    backend = MemoryKeyring()
    return SecretStore(check_keyring(backend), backend)


@pytest.fixture
def sessions(sqlite_engine: Engine) -> sessionmaker[DbSession]:
    return make_session_factory(sqlite_engine)


def _settings(tmp_path: Path, smtp: OAuthSmtp, *, auth: str = "oauth", provider: str = "google") -> Settings:
    return Settings(data_dir=tmp_path, smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none",
                    smtp_user=USER, smtp_auth=auth, mail_provider=provider, sender_address=USER)


def _sign_in(flow: GenericSignIn, browser: Browser, store: SecretStore, clock: Clock, user: str = USER) -> None:
    TokenBroker(flow, store, clock).accept(flow.sign_in(browser.open, clock=clock, login_hint=user))


def _send(sessions: sessionmaker[DbSession], settings: Settings, store: SecretStore, clock: Clock,
          flow: GenericSignIn) -> None:
    deliver_due(sessions, make_transport(settings, store, clock=clock, flow=flow), RegistersAll(),  # type: ignore[arg-type]
                clock, rng=random.Random(1))


def _row(sessions: sessionmaker[DbSession], outbox_id: int) -> OutboxMessage:
    with sessions() as session:
        row = session.get(OutboxMessage, outbox_id)
        assert row is not None
        return row


@pytest.fixture
def xoauth2_only(oauth_server: OAuthServer) -> Iterator[OAuthSmtp]:
    """A server offering XOAUTH2 and LOGIN only, as Microsoft 365's submission server does."""
    found, controller = start_oauth_smtp(oauth_server, mechanisms=("XOAUTH2",))
    yield found
    controller.stop()


@pytest.mark.parametrize(("server", "mechanism"), [("oauth_smtp", "OAUTHBEARER"), ("xoauth2_only", "XOAUTH2")])
def test_a_signed_in_mailbox_sends_with_a_checked_bearer_token(
        request: pytest.FixtureRequest, oauth_server: OAuthServer, browser: Browser, store: SecretStore,
        clock: Clock, sessions: sessionmaker[DbSession], tmp_path: Path, server: str, mechanism: str) -> None:
    smtp: OAuthSmtp = request.getfixturevalue(server)
    flow = oauth_server.generic()
    _sign_in(flow, browser, store, clock)
    queued = queue_plain(sessions, TO, clock.now)
    _send(sessions, _settings(tmp_path, smtp), store, clock, flow)
    assert _row(sessions, queued).state == "sent", _row(sessions, queued).last_error
    assert smtp.handler.logins == [(mechanism, USER)]
    assert [r.rcpt_tos for r in smtp.handler.received] == [[TO]]
    assert store.get(SecretName.SMTP_PASSWORD) is None  # no password anywhere
    # the next batch reuses the token held in memory: no request to the authorization server
    queue_plain(sessions, TO, clock.now, subject="Relance")
    _send(sessions, _settings(tmp_path, smtp), store, clock, flow)
    assert oauth_server.issued() == {"authorization_code": 1}
    assert len(smtp.handler.received) == 2


def test_an_expired_token_is_renewed_before_the_login(
        oauth_server: OAuthServer, oauth_smtp: OAuthSmtp, browser: Browser, store: SecretStore, clock: Clock,
        sessions: sessionmaker[DbSession], tmp_path: Path) -> None:
    flow = oauth_server.generic()
    _sign_in(flow, browser, store, clock)
    clock.now += timedelta(hours=3)
    queued = queue_plain(sessions, TO, clock.now)
    _send(sessions, _settings(tmp_path, oauth_smtp), store, clock, flow)
    assert _row(sessions, queued).state == "sent"
    assert oauth_server.issued() == {"authorization_code": 1, "refresh_token": 1}
    assert oauth_smtp.handler.tokens_seen[-1] != oauth_smtp.handler.tokens_seen[0] or len(
        oauth_smtp.handler.tokens_seen) == 1


def test_535_5_7_3_pauses_with_its_sentence_and_the_message_goes_once_signed_in_with_the_right_account(
        oauth_server: OAuthServer, oauth_smtp: OAuthSmtp, browser: Browser, store: SecretStore, clock: Clock,
        sessions: sessionmaker[DbSession], tmp_path: Path) -> None:
    flow = oauth_server.generic("Microsoft 365")
    _sign_in(flow, browser, store, clock, user="someone.else@atelier.test")  # not the sending address
    queued = queue_plain(sessions, TO, clock.now)
    _send(sessions, _settings(tmp_path, oauth_smtp, provider="microsoft365"), store, clock, flow)
    row = _row(sessions, queued)
    assert row.state == "paused" and row.attempts == 0 and row.last_code == 535
    assert row.last_error is not None
    assert row.last_error.startswith("Microsoft 365 refused the sign-in for sending: check that the sending address")
    assert row.last_error.endswith("Server: 535 5.7.3 Authentication unsuccessful")
    found = problem_of_reason(row.last_error)
    assert found is not None and found.key == "smtp_auth_unsuccessful_oauth"
    assert len(oauth_smtp.handler.tokens_seen) == 2  # the held token, then a renewed one, both refused
    assert oauth_server.issued() == {"authorization_code": 1, "refresh_token": 1}
    assert oauth_smtp.handler.received == []

    _sign_in(flow, browser, store, clock)  # the right account this time
    with sessions.begin() as session:
        resume_sending(session, clock.now)
    _send(sessions, _settings(tmp_path, oauth_smtp, provider="microsoft365"), store, clock, flow)
    assert _row(sessions, queued).state == "sent"
    assert len(oauth_smtp.handler.received) == 1


@pytest.mark.parametrize(("reply", "auth", "key"), [
    ("550 5.7.30 Basic authentication is not supported for Client Submission.", "password",
     "smtp_basic_auth_disabled"),
    ("535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", "password",
     "smtp_basic_auth_disabled"),
    ("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
     "https://aka.ms/smtp_auth_disabled for more information.", "oauth", "smtp_auth_disabled_tenant"),
    ("550 5.7.30 Basic authentication is not supported for Client Submission.", "oauth",
     "smtp_auth_disabled_tenant"),
])
def test_microsoft_turning_smtp_auth_off_pauses_with_its_own_sentence(
        oauth_server: OAuthServer, oauth_smtp: OAuthSmtp, browser: Browser, store: SecretStore, clock: Clock,
        sessions: sessionmaker[DbSession], tmp_path: Path, reply: str, auth: str, key: str) -> None:
    flow = oauth_server.generic("Microsoft 365")
    if auth == "oauth":
        _sign_in(flow, browser, store, clock)
    else:
        store.set(SecretName.SMTP_PASSWORD, "mot-de-passe-2026")
    oauth_smtp.handler.refuse_auth.append(reply)
    queued = queue_plain(sessions, TO, clock.now)
    _send(sessions, _settings(tmp_path, oauth_smtp, auth=auth, provider="microsoft365"), store, clock, flow)
    row = _row(sessions, queued)
    assert row.state == "paused" and row.attempts == 0
    found = problem_of_reason(row.last_error)
    assert found is not None and found.key == key
    assert row.last_error is not None and row.last_error.endswith(reply)
    assert "mot-de-passe-2026" not in row.last_error
    assert oauth_server.issued().get("refresh_token") is None  # the method is off: renewing would not help


def test_a_revoked_grant_pauses_sending_without_losing_or_charging_and_signing_in_again_sends_once(
        oauth_server: OAuthServer, oauth_smtp: OAuthSmtp, browser: Browser, store: SecretStore, clock: Clock,
        sessions: sessionmaker[DbSession], tmp_path: Path) -> None:
    flow = oauth_server.generic()
    _sign_in(flow, browser, store, clock)
    refresh = store.get(SecretName.OAUTH_REFRESH_TOKEN)
    assert refresh
    oauth_server.revoke(refresh)
    clock.now += timedelta(hours=2)  # the access token held has expired: the renewal is refused
    first, second = queue_plain(sessions, TO, clock.now), queue_plain(sessions, TO, clock.now, subject="Devis")
    _send(sessions, _settings(tmp_path, oauth_smtp), store, clock, flow)
    for outbox_id in (first, second):
        row = _row(sessions, outbox_id)
        assert row.attempts == 0 and row.state in ("paused", "queued")
    paused = _row(sessions, first)
    assert paused.state == "paused"
    assert paused.last_error is not None and paused.last_error.startswith("Your Google sign-in has expired")
    assert refresh not in paused.last_error
    assert oauth_smtp.handler.received == []

    _sign_in(flow, browser, store, clock)
    with sessions.begin() as session:
        resume_sending(session, clock.now)
    _send(sessions, _settings(tmp_path, oauth_smtp), store, clock, flow)
    assert {_row(sessions, i).state for i in (first, second)} == {"sent"}
    assert len(oauth_smtp.handler.received) == 2

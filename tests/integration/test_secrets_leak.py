"""Secrets never leak: with a unique SMTP password and tracker API key, run the flows (settings, keyring,
sending with login, test message, refused login, tracker registration, feed polling, "test connection")
with debug logging on, then search the database (and its WAL), the settings file, the logs and the
temporary files for the secrets in plain, base64 and URL-encoded form."""

from __future__ import annotations

import base64
import dataclasses
import logging
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import Engine

from desktop.db.engine import make_session_factory
from desktop.services.mail.connection_check import send_test_message
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.sender import deliver_due
from desktop.services.mail.wiring import make_transport, sender_identity, smtp_settings, tracking_policy
from desktop.services.secrets import SecretName, SecretStore, check_keyring
from desktop.services.tracking.client import TrackerRejected
from desktop.services.tracking.connect import connect_tracker
from desktop.services.tracking.poller import TrackingPoller
from desktop.settings import Settings, load_settings
from tests.integration.conftest import PDF, FakeClock, ScriptedHandler, add_quote, free_port
from tests.support.memkeyring import MemoryKeyring
from tracker.embedded import start_in_thread

USER = "claire"


def forms(secret: str) -> list[bytes]:
    plain = secret.encode()
    return [plain, base64.b64encode(plain), quote(secret, safe="").encode(), quote(secret).encode(),
            base64.b64encode(f"\0{USER}\0{secret}".encode())]


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "logs" / "relance.log"
    path.parent.mkdir()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # The test's own SMTP server logs the client's AUTH line at debug level: it plays the remote mail
    # server, whose logs are not ours to search.
    server_log = logging.getLogger("mail.log")
    server_level = server_log.level
    server_log.setLevel(logging.WARNING)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        server_log.setLevel(server_level)
        handler.close()


def test_the_password_and_the_api_key_are_nowhere_on_disk_or_in_logs(
        sqlite_engine: Engine, tmp_path: Path, debug_log: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    started = time.time()
    password = f"pw+{uuid.uuid4().hex}/=&%"
    api_key = f"key+{uuid.uuid4().hex}/="
    logins: list[tuple[str, str]] = []

    def authenticator(_server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=data.password.decode() == password, handled=False)

    port = free_port()
    handler = ScriptedHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=port, auth_require_tls=False,
                            authenticator=authenticator)
    controller.start()
    (tmp_path / "tracker_side").mkdir()
    hosted = start_in_thread(f"sqlite:///{tmp_path / 'tracker_side' / 'hosted.sqlite'}", api_key=api_key)
    data_dir = tmp_path / "data"
    try:
        settings = Settings(data_dir=data_dir, smtp_host="127.0.0.1", smtp_port=port, smtp_security="none",
                            smtp_user=USER, sender_name="Claire", sender_address="claire@vendeur.example",
                            tracker_url=hosted.url)
        settings.save()
        settings = load_settings(data_dir)
        backend = MemoryKeyring()
        store = SecretStore(check_keyring(backend), backend)
        store.set(SecretName.SMTP_PASSWORD, password)
        store.set(SecretName.TRACKER_API_KEY, api_key)
        sessions = make_session_factory(sqlite_engine)
        clock = FakeClock()
        connection = connect_tracker(settings, store)
        assert connection is not None
        assert connection.client.check().startswith("connected")

        quote_id = add_quote(sessions)
        with sessions.begin() as session:
            draft = draft_quote_email(session, quote_id, PDF, sender=sender_identity(settings),
                                      policy=tracking_policy(settings), tracker_url=connection.base_url)
            queue_quote_email(session, draft, build_quote_email(draft, sender_identity(settings), clock()), clock())
        report = deliver_due(sessions, make_transport(settings, store), connection.client, clock)
        assert len(report.sent) == 1 and logins and logins[0] == (USER, password)
        assert send_test_message(smtp_settings(settings), password, settings.sender_address, "me@vendeur.example").ok
        refused = send_test_message(smtp_settings(settings), "wrong", settings.sender_address, "me@vendeur.example")
        assert not refused.ok and refused.answer.startswith("535")
        TrackingPoller(sessions, connection.client, clock, wait=0.0).step()
        connection.close()
        wrong = dataclasses.replace(settings, tracker_url=hosted.url)
        bad_store = SecretStore(check_keyring(MemoryKeyring()), MemoryKeyring())
        bad_store.set(SecretName.TRACKER_API_KEY, api_key[:-3])
        bad = connect_tracker(wrong, bad_store)
        assert bad is not None
        with pytest.raises(TrackerRejected) as raised:
            bad.client.check()
        assert api_key[:-3] not in str(raised.value)
        bad.close()
    finally:
        hosted.stop()
        controller.stop()
    sqlite_engine.dispose()

    database = Path(str(sqlite_engine.url.database))
    files = [database, Path(f"{database}-wal"), data_dir / "settings.json", debug_log,
             *[p for p in tmp_path.rglob("*") if p.is_file()]]
    temp_root = Path(tempfile.gettempdir())
    files += [p for p in temp_root.iterdir() if p.is_file() and p.stat().st_mtime >= started - 1
              and p.stat().st_size < 50_000_000]
    texts = {str(p): p.read_bytes() for p in files if p.exists()}
    texts["caplog"] = caplog.text.encode()
    texts["repr"] = repr((connection.client, make_transport(settings, store))).encode()
    assert debug_log.stat().st_size > 0, "debug logging must have run"
    for secret in (password, api_key):
        for form in forms(secret):
            leaks = [name for name, content in texts.items() if form in content]
            assert leaks == [], f"a secret ({form[:6]!r}...) leaked into {leaks}"


def _token_forms(token: str) -> list[bytes]:
    """A token as written anywhere: plain, base64, URL-encoded, and inside XOAUTH2's and OAUTHBEARER's lines."""
    return [*forms(token), base64.b64encode(f"user={USER}@vendeur.example\x01auth=Bearer {token}\x01\x01".encode()),
            f"auth=Bearer {token}".encode()]


def test_the_refresh_and_access_tokens_are_nowhere_on_disk_or_in_logs(
        sqlite_engine: Engine, tmp_path: Path, debug_log: Path, caplog: pytest.LogCaptureFixture,
        oauth_server: Any, browser: Any) -> None:
    from datetime import timedelta

    from desktop.services.mail.connection_check import check_mail
    from desktop.services.mail.oauth_tokens import ACCESS_KEY, TokenBroker
    from tests.support.mailflow import RegistersAll, queue_plain
    from tests.support.oauth2_server import CLIENT_ID
    from tests.support.oauth_smtp import start_oauth_smtp

    caplog.set_level(logging.DEBUG)
    started = time.time()
    address = f"{USER}@vendeur.example"
    smtp, controller = start_oauth_smtp(oauth_server)
    data_dir = tmp_path / "data"
    clock = FakeClock()
    backend = MemoryKeyring()
    store = SecretStore(check_keyring(backend), backend)
    flow = oauth_server.generic()
    seen: set[str] = set()

    def keep() -> None:
        for found in (store.get(SecretName.OAUTH_REFRESH_TOKEN), store.held(ACCESS_KEY, clock())):
            if found:
                seen.add(found)

    try:
        settings = Settings(data_dir=data_dir, smtp_host=smtp.host, smtp_port=smtp.port, smtp_security="none",
                            smtp_user=address, smtp_auth="oauth", mail_provider="google", oauth_account=address,
                            sender_address=address, google_client_id=CLIENT_ID,
                            google_authorize_url=oauth_server.authorize_url, google_token_url=oauth_server.token_url)
        settings.save()
        settings = load_settings(data_dir)
        TokenBroker(flow, store, clock).accept(flow.sign_in(browser.open, clock=clock, login_hint=address))
        keep()
        sessions = make_session_factory(sqlite_engine)
        queue_plain(sessions, "marie@client.example", clock())
        report = deliver_due(sessions, make_transport(settings, store, clock=clock, flow=flow), RegistersAll(),
                             clock)  # type: ignore[arg-type]
        assert len(report.sent) == 1
        clock.now += timedelta(hours=2)  # expired: renewed silently (the refresh token rotates)
        queue_plain(sessions, "marie@client.example", clock(), subject="Relance")
        assert len(deliver_due(sessions, make_transport(settings, store, clock=clock, flow=flow), RegistersAll(),
                               clock).sent) == 1  # type: ignore[arg-type]
        keep()
        assert oauth_server.issued().get("refresh_token") == 1 and len(seen) >= 3
        assert [step.ok for step in check_mail(settings, store, smtp_password=None, imap_password="",
                                               clock=clock)] == [True, True]
        oauth_server.revoke(store.get(SecretName.OAUTH_REFRESH_TOKEN) or "")
        clock.now += timedelta(hours=2)
        queue_plain(sessions, "marie@client.example", clock(), subject="Encore")
        refused = deliver_due(sessions, make_transport(settings, store, clock=clock, flow=flow), RegistersAll(),
                              clock)  # type: ignore[arg-type]
        assert refused.paused is not None and "expired or was withdrawn" in refused.paused
        texts_repr = repr((make_transport(settings, store, clock=clock, flow=flow), store, flow)).encode()
    finally:
        controller.stop()
    sqlite_engine.dispose()

    database = Path(str(sqlite_engine.url.database))
    files = [database, Path(f"{database}-wal"), data_dir / "settings.json", debug_log,
             *[p for p in tmp_path.rglob("*") if p.is_file()]]
    temp_root = Path(tempfile.gettempdir())
    files += [p for p in temp_root.iterdir() if p.is_file() and p.stat().st_mtime >= started - 1
              and p.stat().st_size < 50_000_000]
    texts = {str(p): p.read_bytes() for p in files if p.exists()}
    texts["caplog"] = caplog.text.encode()
    texts["repr"] = texts_repr
    assert debug_log.stat().st_size > 0, "debug logging must have run"
    assert address.encode() in texts[str(data_dir / "settings.json")]  # the account is a setting, not a secret
    for token in seen:
        for form in _token_forms(token):
            leaks = [name for name, content in texts.items() if form in content]
            assert leaks == [], f"a token ({form[:6]!r}...) leaked into {leaks}"

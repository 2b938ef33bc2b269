"""Real mail never carries links to this computer, saving settings never drops the tracker, and a message
another desktop is sending is never taken back at start.

Through the desktop's own wiring: the real ``connect_tracker`` (the embedded tracker on loopback), a real
SMTP server (aiosmtpd), the send dialog; the start-up recovery on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.db.outbox_models import OutboxMessage
from desktop.gui.quotes.pdf_preview import QuotePdfRenderer
from desktop.gui.quotes.send_dialog import open_send_dialog
from desktop.gui.shell.live_ui import LiveWiring
from desktop.services.database import Database
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.wiring import sender_identity, tracking_policy
from desktop.services.tracking.connect import connect_tracker
from desktop.settings import Settings
from tests.gui.live_support import finalised_quote, live_window, mail_settings, wall_clock
from tests.support.servers import SmtpServer, free_port

PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = Database(db_url)
    db.open()
    yield db
    db.close()


def embedded_settings(tmp_path: Path, smtp_port: int | None) -> Settings:
    """The settings as a new user leaves them: no tracker address (the embedded one), its own free port."""
    return dataclasses.replace(mail_settings(tmp_path, smtp_port), embedded_tracker_port=free_port())


def start(qtbot: QtBot, database: Database, settings: Settings) -> tuple[object, LiveWiring]:
    ctx, window, wiring = live_window(database, settings, connect_tracker)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: wiring.live.tracker_base_url is not None, timeout=15_000)
    return ctx, wiring


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_quote_sent_by_smtp_with_the_embedded_tracker_carries_no_local_link_and_says_why(
        qtbot: QtBot, tmp_path: Path, database: Database, smtp_server: SmtpServer) -> None:
    settings = embedded_settings(tmp_path, smtp_server.port)
    ctx, wiring = start(qtbot, database, settings)
    renderer = QuotePdfRenderer(settings)
    try:
        assert wiring.live.tracker_base_url.startswith("http://127.0.0.1:")  # type: ignore[union-attr]
        assert wiring.live.public_url is None and wiring.live.links.problem is not None
        qtbot.waitUntil(lambda: wiring.tracker_status.text() == "Suivi : pas de serveur public", timeout=10_000)
        assert "packaging/tracker" in wiring.tracker_status.toolTip()
        _contact, quote_id = finalised_quote(database)
        dialog = open_send_dialog(wiring.window, ctx, quote_id, renderer=renderer)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.draft is not None, timeout=60_000)
        assert dialog.draft is not None and dialog.draft.tracking is None
        said = dialog.tracking_label.text()
        assert "serveur de suivi intégré" in said and "HTTPS" in said and "settings:mail" in said
        assert "politique" not in said  # not the false reason
        with qtbot.waitSignal(dialog.sig_queued, timeout=10_000):
            dialog.send_button.click()
        qtbot.waitUntil(lambda: len(smtp_server.handler.received) == 1, timeout=15_000)
    finally:
        wiring.live.shutdown()
        renderer.close()
    got = smtp_server.handler.received[0]
    message = got.message
    assert b"127.0.0.1" not in got.data and b"localhost" not in got.data.lower()
    assert message["List-Unsubscribe"] is None and message["List-Unsubscribe-Post"] is None
    html, text = message.get_body(("html",)), message.get_body(("plain",))
    assert html is not None and text is not None
    assert "<img" not in str(html.get_content()) and "/q/" not in str(text.get_content())
    assert "Bon pour accord" in str(text.get_content()) and "Bon pour accord" in str(html.get_content())
    assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_local_demo_keeps_the_embedded_trackers_links(qtbot: QtBot, tmp_path: Path, database: Database) -> None:
    settings = embedded_settings(tmp_path, None)
    _ctx, wiring = start(qtbot, database, settings)
    try:
        assert wiring.live.public_url == wiring.live.tracker_base_url
        assert wiring.live.links.problem is None
    finally:
        wiring.live.shutdown()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_saving_settings_that_keep_the_tracker_neither_restarts_it_nor_drops_its_links(
        qtbot: QtBot, tmp_path: Path, database: Database) -> None:
    settings = embedded_settings(tmp_path, None)
    _ctx, wiring = start(qtbot, database, settings)
    live = wiring.live
    generation = live._generation
    assert generation is not None and generation.connection is not None
    embedded = generation.connection.embedded
    seen: list[str | None] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.append(live.public_url)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with qtbot.waitSignal(live.sig_started, timeout=15_000):
            live.apply_settings(dataclasses.replace(settings, sender_name="Julie M.", smtp_port=2525))
    finally:
        done.set()
        watcher.join()
    try:
        assert live._generation is not generation  # the sender and poller did restart with the new settings
        assert live._generation is not None and live._generation.connection is not None
        assert live._generation.connection.embedded is embedded  # the same tracker, never stopped
        assert seen and None not in seen
        # a new address does reconnect
        with qtbot.waitSignal(live.sig_started, timeout=15_000):
            live.apply_settings(dataclasses.replace(settings, embedded_tracker_port=free_port()))
        assert live._generation.connection is not None and live._generation.connection.embedded is not embedded
    finally:
        live.shutdown()


def queue_claimed(database: Database, settings: Settings, claimed_ago: timedelta) -> int:
    """A quote's message that a sender claimed ``claimed_ago`` (another desktop sending it, or a crash)."""
    _contact, quote_id = finalised_quote(database)
    with database.sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=sender_identity(settings),
                                  policy=tracking_policy(settings), tracker_url=None)
        row = queue_quote_email(session, draft, build_quote_email(draft, sender_identity(settings), wall_clock()),
                                wall_clock())
        session.execute(update(OutboxMessage).where(OutboxMessage.id == row.id).values(
            state="sending", claimed_at=wall_clock() - claimed_ago))
        return row.id


def test_a_message_another_desktop_is_sending_is_not_sent_again_at_start(
        qtbot: QtBot, tmp_path: Path, database: Database, smtp_server: SmtpServer) -> None:
    settings = embedded_settings(tmp_path, smtp_server.port)
    outbox_id = queue_claimed(database, settings, timedelta(seconds=5))
    _ctx, wiring = start(qtbot, database, settings)
    try:
        # the sender has looked at the outbox once (it publishes its state after each batch)
        qtbot.waitUntil(lambda: wiring.outbox_status.state is not None, timeout=15_000)
    finally:
        wiring.live.shutdown()
    with database.sessions() as session:
        assert session.get_one(OutboxMessage, outbox_id).state == "sending"
    assert smtp_server.handler.received == []


def test_a_message_left_in_flight_longer_than_the_lease_is_sent_once(
        qtbot: QtBot, tmp_path: Path, database: Database, smtp_server: SmtpServer) -> None:
    settings = embedded_settings(tmp_path, smtp_server.port)
    outbox_id = queue_claimed(database, settings, timedelta(minutes=11))
    _ctx, wiring = start(qtbot, database, settings)
    try:
        qtbot.waitUntil(lambda: len(smtp_server.handler.received) == 1, timeout=15_000)
        qtbot.waitUntil(lambda: wiring.outbox_status.state is not None
                        and wiring.outbox_status.state.waiting == 0, timeout=15_000)
    finally:
        wiring.live.shutdown()
    with database.sessions() as session:
        assert session.get_one(OutboxMessage, outbox_id).state == "sent"
    assert len(smtp_server.handler.received) == 1

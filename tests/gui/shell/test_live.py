"""Live services in the window: offline tracker and SMTP never stall the event loop and lose nothing;
the settings dialog keeps secrets in the keyring only; an unusable keyring is said, not fatal; a
reclassified event withdraws its toast."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.db.outbox_models import OutboxMessage
from desktop.gui.settings.mail import MailSettingsDialog
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import News
from desktop.gui.shell.notifications import NotificationCenter
from desktop.gui.shell.status_widgets import KeyringWarning
from desktop.services.database import Database
from desktop.services.mail.quote_mail import build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.wiring import sender_identity, tracking_policy
from desktop.services.secrets import SERVICE, KeyringStatus, SecretName, SecretStore, check_keyring
from tests.gui.live_support import finalised_quote, live_window, mail_settings, tracker_connect, wall_clock
from tests.support.servers import ScriptedHandler, free_port
from tracker.config import TrackerConfig
from tracker.embedded import start_in_thread

PDF = b"%PDF-1.4\n%%EOF\n"


def queue(database: Database, quote_id: int, settings: object, tracker_url: str) -> int:
    with database.sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=sender_identity(settings),  # type: ignore[arg-type]
                                  policy=tracking_policy(settings), tracker_url=tracker_url)  # type: ignore[arg-type]
        built = build_quote_email(draft, sender_identity(settings), wall_clock())  # type: ignore[arg-type]
        return queue_quote_email(session, draft, built, wall_clock()).id


def test_offline_tracker_and_smtp_never_stall_the_ui_and_everything_resumes(
        qtbot: QtBot, tmp_path: Path, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import smtplib

    import httpx
    from aiosmtpd.controller import Controller

    # The property behind "never stalls": no network call is ever made on the UI thread. Every tracker
    # request and SMTP connection records the thread it runs in (a wall-clock bound alone fails under load).
    network_threads: list[str] = []
    real_request, real_connect = httpx.Client.request, smtplib.SMTP.connect

    def request(self: httpx.Client, *args: object, **kwargs: object) -> httpx.Response:
        network_threads.append(threading.current_thread().name)
        return real_request(self, *args, **kwargs)  # type: ignore[arg-type]

    def connect(self: smtplib.SMTP, *args: object, **kwargs: object) -> tuple[int, bytes]:
        network_threads.append(threading.current_thread().name)
        return real_connect(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.Client, "request", request)
    monkeypatch.setattr(smtplib.SMTP, "connect", connect)

    smtp_port, tracker_port = free_port(), free_port()
    tracker_url = f"http://127.0.0.1:{tracker_port}"
    settings = mail_settings(tmp_path, smtp_port)
    _contact, quote_id = finalised_quote(database)
    outbox_id = queue(database, quote_id, settings, tracker_url)
    ctx, window, wiring = live_window(database, settings, tracker_connect(tracker_url, "k" * 40, timeout=1.0),
                                      threaded=True)
    qtbot.addWidget(window)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    try:
        # both away: the poller goes offline and retries, the message waits for the tracker, visibly
        qtbot.waitUntil(lambda: wiring.tracker_status.state == "offline", timeout=10_000)
        qtbot.waitUntil(lambda: wiring.outbox_status.state is not None and wiring.outbox_status.state.waiting == 1
                        and wiring.outbox_status.state.reason is not None, timeout=10_000)
        started = time.perf_counter()
        qtbot.waitUntil(lambda: time.perf_counter() - started > 1.0, timeout=5_000)  # let them fail and retry
        # they come back on the same ports: the message is registered, delivered, and the poller is online
        handler = ScriptedHandler()
        controller = Controller(handler, hostname="127.0.0.1", port=smtp_port)
        controller.start()
        (tmp_path / "t").mkdir()
        tracker = start_in_thread(f"sqlite:///{tmp_path / 't' / 'tracker.sqlite'}", port=tracker_port,
                                  api_key="k" * 40, config=TrackerConfig())
        try:
            qtbot.waitUntil(lambda: len(handler.received) == 1, timeout=20_000)
            qtbot.waitUntil(lambda: wiring.tracker_status.state == "online", timeout=20_000)
            qtbot.waitUntil(lambda: wiring.outbox_status.state is not None
                            and wiring.outbox_status.state.waiting == 0, timeout=10_000)
        finally:
            wiring.live.shutdown()
            tracker.stop()
            controller.stop()
    finally:
        timer.stop()
        ctx.runner.shutdown()
    with database.sessions() as session:
        row = session.scalars(select(OutboxMessage)).one()
    assert (row.id, row.state) == (outbox_id, "sent")
    assert len(gaps) > 50
    assert network_threads and threading.main_thread().name not in network_threads, network_threads
    print(f"longest event-loop gap while offline and resuming: {max(gaps) * 1000:.0f} ms")


def test_the_settings_dialog_keeps_the_password_in_the_keyring_only(
        qtbot: QtBot, tmp_path: Path, ctx: GuiContext) -> None:
    secret = "Unique-Secret-5f1e9c"
    store = SecretStore(check_keyring(), service="relance-test-settings")
    dialog = MailSettingsDialog(ctx, None, store=store)
    qtbot.addWidget(dialog)
    dialog.smtp.host.setText("smtp.example.fr")
    dialog.smtp.user.setText("julie")
    dialog.smtp.password.setText(secret)
    dialog.smtp.sender_address.setText("julie@atelier-lumiere.fr")
    dialog.tracker.policy.setCurrentIndex(dialog.tracker.policy.findData("never"))
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.on_save_requested()
    assert keyring.get_password("relance-test-settings", SecretName.SMTP_PASSWORD.value) == secret
    assert keyring.get_password(SERVICE, SecretName.SMTP_PASSWORD.value) != secret
    stored = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert secret not in stored and "smtp.example.fr" in stored and '"never"' in stored
    assert ctx.settings.smtp_host == "smtp.example.fr"
    again = MailSettingsDialog(ctx, None, store=store)
    qtbot.addWidget(again)
    assert again.smtp.password.text() == "" and "trousseau" in again.smtp.password.placeholderText()


def test_the_test_message_shows_the_servers_exact_answer(qtbot: QtBot, ctx: GuiContext,
                                                         smtp_server: object) -> None:
    handler = smtp_server.handler  # type: ignore[attr-defined]
    handler.faults["julie@atelier-lumiere.fr"] = ["550 5.7.1 Relaying denied for julie"]
    dialog = MailSettingsDialog(ctx, None, store=SecretStore(check_keyring(), service="relance-test-smtp"))
    qtbot.addWidget(dialog)
    page = dialog.smtp
    page.host.setText("127.0.0.1")
    page.port.setValue(smtp_server.port)  # type: ignore[attr-defined]
    page.security.setCurrentIndex(page.security.findData("none"))
    page.sender_address.setText("julie@atelier-lumiere.fr")
    with qtbot.waitSignal(page.sig_test_finished, timeout=10_000) as refused:
        page.test_button.click()
    assert refused.args[0] is False and "Relaying denied for julie" in page.test_result.text()
    with qtbot.waitSignal(page.sig_test_finished, timeout=10_000) as accepted:
        page.test_button.click()
    assert accepted.args[0] is True and len(handler.received) == 1
    dialog.runner.shutdown()


def test_an_unusable_keyring_is_said_and_nothing_is_stored(qtbot: QtBot, ctx: GuiContext) -> None:
    status = KeyringStatus(False, "fail Keyring", "No system keyring is available")
    warning = KeyringWarning()
    qtbot.addWidget(warning)
    warning.on_keyring_checked(status)
    assert not warning.isHidden() and "Trousseau indisponible" in warning.text()
    dialog = MailSettingsDialog(ctx, None, store=SecretStore(status))
    qtbot.addWidget(dialog)
    assert not dialog.smtp.password.isEnabled() and not dialog.tracker.api_key.isEnabled()
    assert not dialog.imap.imap_password.isEnabled() and "trousseau" in dialog.keyring_note.text()
    dialog.smtp.host.setText("smtp.example.fr")
    with qtbot.waitSignal(dialog.sig_saved):
        dialog.on_save_requested()  # the other settings are saved all the same


def test_a_reclassified_event_withdraws_its_toast_and_a_click_opens_the_quote(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(900, 600)
    center = NotificationCenter(window, tray=False)
    news = News("ev-1", "open", datetime(2026, 3, 10, tzinfo=UTC), 42, "D-2026-0042", "Claire Dupont")
    with qtbot.waitSignal(center.sig_notified):
        center.on_news(news)
    [toast] = center.area.toasts()
    assert any("Claire Dupont" in label.text() for label in toast.findChildren(QLabel))
    with qtbot.waitSignal(center.sig_quote_requested) as requested:
        toast.sig_clicked.emit()
    assert requested.args == [42]
    center.on_news(News("ev-2", "view", news.ts, 43, "D-2026-0043", "Paul"))
    center.on_withdrawn(["ev-2"])
    assert [t.news.event_id for t in center.area.toasts()] == ["ev-1"]


def test_opens_erased_by_a_withdrawal_withdraw_their_toasts_and_the_contact_is_told(
        qtbot: QtBot, tmp_path: Path, database: Database) -> None:
    from desktop.gui.kit.changes import Changes, Topic
    from desktop.services.tracking.ingest import IngestResult

    ctx, window, wiring = live_window(database, mail_settings(tmp_path, None), tracker_connect("http://127.0.0.1:9",
                                                                                               "k" * 40))
    qtbot.addWidget(window)
    published: list[Changes] = []
    ctx.changes.subscribe(Topic.CONTACTS, published.append)
    withdrawn: list[list[str]] = []
    wiring.live.sig_withdrawn.connect(withdrawn.append)
    try:
        with qtbot.waitSignal(wiring.live.sig_news):
            wiring.live._on_result(IngestResult(erased=["ev-open-1", "ev-click-2"], consent_changed={7}))
    finally:
        wiring.live.shutdown()
        ctx.runner.shutdown()
    assert withdrawn == [["ev-open-1", "ev-click-2"]]
    assert [c.ids for c in published] == [frozenset({7})]  # the contact's panel shows the new answer

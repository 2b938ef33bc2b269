"""End to end through the desktop's own wiring: a real SMTP server (aiosmtpd) and a real tracker on
loopback. Send a finalised quote through the send dialog, read the delivered message, fetch the pixel and
the online quote as a mail client and a browser would: the app notifies (its signal) and the quote shows
"opened" then "viewed". An Apple-proxy-like fetch right after delivery is machine: stored, no notification.

The desktop and the tracker share one clock moved by hand: "read later, by a person" is the clock moved past
the tracker's delivery window, not a wait."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.outbox_models import TrackingEvent
from desktop.db.quote_models import Quote
from desktop.gui.quotes.pdf_preview import QuotePdfRenderer
from desktop.gui.quotes.send_dialog import SendDialog, open_send_dialog
from desktop.gui.shell.live_ui import LiveWiring
from desktop.services.database import Database
from tests.gui.live_support import CONTACT_EMAIL, finalised_quote, live_window, mail_settings, tracker_connect
from tests.integration.conftest import FakeClock
from tests.support.servers import HUMAN_UA, SmtpServer
from tracker.config import TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

WINDOW = 1.0  # the tracker's delivery window: hits sooner than this after delivery are machine
APPLE_PROXY_UA = "Mozilla/5.0"


@pytest.fixture
def shared_clock() -> FakeClock:
    """The one clock of the desktop (queueing, delivery) and of the tracker (hit times)."""
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def tracker(tmp_path: Path, shared_clock: FakeClock) -> Iterator[EmbeddedTracker]:
    config = dataclasses.replace(TrackerConfig(), delivery_window_seconds=WINDOW, timing_scale=WINDOW / 5000,
                                 flush_interval_seconds=0.001,
                                 clock=shared_clock)
    handle = start_in_thread(f"sqlite:///{tmp_path / 'tracker.sqlite'}", port=0, config=config)
    yield handle
    handle.stop()


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite+pysqlite:///{tmp_path / 'relance.sqlite'}")
    db.open()
    yield db
    db.close()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, database: Database, smtp_server: SmtpServer, tracker: EmbeddedTracker,
        shared_clock: FakeClock) -> Iterator[tuple[object, LiveWiring, QuotePdfRenderer]]:
    settings = mail_settings(tmp_path, smtp_server.port)
    ctx, window, wiring = live_window(database, settings, tracker_connect(tracker.url, tracker.api_key),
                                      clock=shared_clock)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: wiring.live.public_url is not None, timeout=10_000)  # connected, links allowed
    renderer = QuotePdfRenderer(settings)
    yield ctx, wiring, renderer
    wiring.live.shutdown()
    renderer.close()


def send(qtbot: QtBot, ctx: object, wiring: LiveWiring, renderer: QuotePdfRenderer, quote_id: int,
         smtp: SmtpServer) -> tuple[SendDialog, str, str]:
    """Send through the dialog; the delivered message's pixel URL and online quote URL."""
    before = len(smtp.handler.received)
    dialog = open_send_dialog(wiring.window, ctx, quote_id, renderer=renderer)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=60_000)  # the PDF rendered, the message built
    assert dialog.draft is not None and dialog.draft.tracking_mode == "individual"
    assert dialog.tracking_label.text().startswith("complet : le contact a accepté le suivi")
    dialog.cc_edit.setText("direction@dupont.fr")
    dialog.rebuild()
    assert dialog.built is not None
    previewed = dialog.built.raw
    assert b"Cc: direction@dupont.fr" in previewed
    with qtbot.waitSignal(dialog.sig_queued, timeout=10_000):
        dialog.send_button.click()
    qtbot.waitUntil(lambda: len(smtp.handler.received) > before, timeout=15_000)
    got = smtp.handler.received[-1]
    assert got.data.replace(b"\r\n", b"\n") == previewed.replace(b"\r\n", b"\n")  # exactly the preview
    assert sorted(got.rcpt_tos) == sorted([CONTACT_EMAIL, "direction@dupont.fr"])
    html = got.message.get_body(("html",))
    text = got.message.get_body(("plain",))
    assert html is not None and text is not None
    pixel = re.search(r'<img src="([^"]+/o/[^"]+\.gif)"', str(html.get_content()))
    online = re.search(r"(http://\S+/q/\S+)", str(text.get_content()))
    assert pixel is not None and online is not None
    return dialog, pixel.group(1), online.group(1)


def consenting(database: Database, contact_id: int) -> None:
    """The contact said yes to the salesperson: its messages carry the pixel (the point of these tests)."""
    from desktop.db.consent import record_by_salesperson

    with database.sessions.begin() as session:
        record_by_salesperson(session, contact_id, yes=True, note="Accord au téléphone", now=datetime.now(UTC))


def status(database: Database, quote_id: int) -> str:
    with database.sessions() as session:
        return session.get_one(Quote, quote_id).status


def test_a_sent_quote_opened_then_viewed_notifies_and_moves_forward(
        qtbot: QtBot, app: tuple[object, LiveWiring, QuotePdfRenderer], database: Database,
        smtp_server: SmtpServer, shared_clock: FakeClock) -> None:
    ctx, wiring, renderer = app
    contact_id, quote_id = finalised_quote(database)
    consenting(database, contact_id)
    _dialog, pixel, online = send(qtbot, ctx, wiring, renderer, quote_id, smtp_server)
    qtbot.waitUntil(lambda: status(database, quote_id) == "sent", timeout=10_000)
    shared_clock.advance(seconds=WINDOW + 0.2)  # read later, by a person

    with qtbot.waitSignal(wiring.notifications.sig_notified, timeout=10_000) as opened:
        assert httpx.get(pixel, headers={"User-Agent": HUMAN_UA}).status_code == 200
    assert (opened.args[0].kind, opened.args[0].quote_id) == ("open", quote_id)
    assert opened.args[0].contact == "Claire Dupont"
    assert status(database, quote_id) == "opened"
    assert wiring.notifications.area.toasts()  # shown in the window

    with qtbot.waitSignal(wiring.notifications.sig_notified, timeout=10_000) as viewed:
        assert httpx.get(online, headers={"User-Agent": HUMAN_UA}).status_code == 200
    assert (viewed.args[0].kind, viewed.args[0].quote_id) == ("view", quote_id)
    assert status(database, quote_id) == "viewed"
    assert wiring.tracker_status.state == "online"


def test_an_apple_proxy_fetch_right_after_delivery_is_machine_and_never_notifies(
        qtbot: QtBot, app: tuple[object, LiveWiring, QuotePdfRenderer], database: Database,
        smtp_server: SmtpServer) -> None:
    ctx, wiring, renderer = app
    contact_id, quote_id = finalised_quote(database)
    consenting(database, contact_id)
    _dialog, pixel, _online = send(qtbot, ctx, wiring, renderer, quote_id, smtp_server)

    with qtbot.assertNotEmitted(wiring.notifications.sig_notified), \
            qtbot.waitSignal(wiring.live.sig_news, timeout=10_000,
                             check_params_cb=lambda result: result is not None and result.stored > 0):
        assert httpx.get(pixel, headers={"User-Agent": APPLE_PROXY_UA}).status_code == 200

    with database.sessions() as session:  # one event: the preview never loaded the pixel, only the proxy did
        event = session.scalars(select(TrackingEvent)).one()
    assert (event.kind, event.verdict, event.quote_id) == ("open", "machine", quote_id)
    qtbot.waitUntil(lambda: status(database, quote_id) == "sent", timeout=5_000)
    assert wiring.notifications.area.toasts() == []

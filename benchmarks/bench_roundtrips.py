"""Database round trips of the main user actions, on SQLite and PostgreSQL: ``roundtrips_*`` (``_pg``).

Counted below every library by :mod:`benchmarks.roundtrips` (on PostgreSQL a counting proxy on the wire, on
SQLite SQLite's own trace of each statement), while the real code paths run on the demo set (10,000
contacts, :func:`benchmarks.backends.working_database`):

- ``roundtrips_open_app``: ``desktop.app.run`` in this process as ``relance`` starts (the default view, the
  follow-ups), from the schema check to the window painted with its first page, and the background work that
  follows at once (the ORM's start and migration check, the view's reads), until the worker is idle. The live
  services (tracker, poller, sender) are not started: they are periodic jobs, not the start. Details: the
  same start on the Contacts view (``contacts_view``), as ``startup_ratio`` measures it.
- ``roundtrips_search``: one search-as-you-type step in the Contacts view (a key, the pause ended, the count
  and first page read), the median of the steps typed (``max`` in the details, as for the others).
- ``roundtrips_open_contact``: a click on a row of the Contacts view until its panel is filled (the contact,
  company, timeline, quotes, tracking, custom fields, scenarios), the median of five contacts. Target
  10: the panel gathers seven kinds of facts; a read each, plus the transaction around them, is the budget.
- ``roundtrips_open_quote``: the quote editor opened until its lines are shown (a draft and a sent quote).
- ``roundtrips_next_call``: an outcome key in a phoning session's call list until the worker is idle (the
  outcome stored, the next contact claimed and read in the same transaction), the median of five outcomes;
  the session's start is in the details. The next contact is shown at once from the one read ahead: these
  trips are the worker's, not a wait of the salesperson.
- ``roundtrips_send_quote``: what « Envoyer le devis » costs the database: the dialog's read (the printable
  quote and its email's facts, :func:`~desktop.services.mail.quote_draft.prepare_quote_email`; the draft is
  composed from them without the database), the queueing in one transaction, and the sender delivering it to
  a real aiosmtpd on loopback (``deliver_due``, as the live sender runs it, untracked: no tracker is involved).
  The PDF's rendering reads nothing and is replaced by fixed bytes. Target 15: the dialog's read and write
  transaction, then the sender's claim with the bytes and the delivery's record.

On PostgreSQL a figure counts every trip the client waits for: statements, ``BEGIN``/``COMMIT``/``ROLLBACK``,
the pool's pre-ping, and the handshakes of new connections (two trips each on the loopback server: SSL request
refused, start-up with trust authentication; a TLS server with SCRAM costs more). On SQLite it counts the
statements run (pragmas included; ``BEGIN``/``COMMIT`` are library calls there and counted apart).
``BENCH_ROUNDTRIPS_SQL=1`` prints each action's trips with their SQL once.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.backends import BACKENDS, figures_for, postgres_server, working_database
from benchmarks.roundtrips import Meter, Tally, WireCounter, sqlite_tracing

CONTACTS = 10_000
TYPED = ["dupont", "lyon", "06 12", "jean d"]
TARGETS = {"open_app": 10, "search": 3, "open_contact": 10, "open_quote": 10, "next_call": 3, "send_quote": 15}
SHOW_SQL = os.environ.get("BENCH_ROUNDTRIPS_SQL") == "1"


def run() -> dict[str, dict[str, object]]:
    figures: dict[str, dict[str, object]] = {}
    for backend in BACKENDS:
        with working_database(backend, CONTACTS) as url:
            figures.update(figures_for(measure(url, backend), backend))
    return figures


class _Probe:
    """The meter of one backend and the way the app reaches its database through it."""

    def __init__(self, url: str, backend: str) -> None:
        self.meter = Meter(backend)
        self.backend = backend
        self._wire: WireCounter | None = None
        self._stack = contextlib.ExitStack()
        if backend == "postgresql":
            server = postgres_server()
            self._wire = WireCounter(self.meter, server.host, server.port)
            self.url = self._wire.url(url)
        else:
            self._stack.enter_context(sqlite_tracing(self.meter))
            self.url = url

    def take(self) -> Tally:
        if self._wire is not None:
            self._wire.settle()
        return self.meter.take()

    def close(self) -> None:
        self._stack.close()
        if self._wire is not None:
            self._wire.close()


def _settle(app: Any, runner: Any, timeout_s: float = 60.0) -> None:
    """Deliver results to the UI thread until the worker stays idle (results may ask for more work)."""
    deadline = time.perf_counter() + timeout_s
    quiet = 0
    while quiet < 5:
        if time.perf_counter() > deadline:
            raise RuntimeError("the background work did not end")
        app.processEvents()
        if runner.idle():
            quiet += 1
        else:
            quiet = 0
            runner.wait_idle(1)
        time.sleep(0.002)


def measure(url: str, backend: str) -> dict[str, dict[str, object]]:
    """Every ``roundtrips_*`` figure on the database at ``url`` (of ``backend``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    probe = _Probe(url, backend)
    tallies: dict[str, tuple[Tally, dict[str, object]]] = {}
    try:
        tallies["open_app"] = _open_app(app, probe, "followups")
        contacts_start, _ = _open_app(app, probe, "contacts")
        tallies["open_app"][1]["contacts_view"] = contacts_start.value
        with _gui_context(probe) as ctx:
            tallies["search"], tallies["open_contact"] = _contacts(app, probe, ctx)
            tallies["open_quote"] = _open_quote(app, probe, ctx)
            tallies["next_call"] = _next_call(app, probe, ctx)
            tallies["send_quote"] = _send_quote(probe, ctx)
    finally:
        probe.close()
    figures: dict[str, dict[str, object]] = {}
    for action, (tally, extra) in tallies.items():
        if SHOW_SQL:
            print(f"   -- {action} on {backend}: {tally.value} ({tally.details()})\n{tally.listing()}", flush=True)
        figures[f"roundtrips_{action}"] = {"value": tally.value, "unit": "trips" if backend == "postgresql"
                                           else "statements", "target": f"<= {TARGETS[action]}",
                                           **tally.details(), **extra}
    return figures


# Opening the application ----------------------------------------------------------------------------------
def _open_app(app: Any, probe: _Probe, view: str) -> tuple[Tally, dict[str, object]]:
    """``desktop.app.run`` as the ``relance`` command starts it, stopped once the first page is painted and the
    worker is idle; the live services are left off."""
    from PySide6.QtCore import QTimer

    import desktop.app as app_module
    import desktop.gui.shell.live_ui as live_ui
    from desktop.settings import Settings, load_settings

    runners: list[Any] = []
    marks: dict[str, Tally] = {}

    class CapturedRunner(app_module.Runner):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            runners.append(self)

    def stop_when_idle() -> None:
        if runners and runners[0].idle():
            QTimer.singleShot(200, lambda: _stop(runners[0]))
        else:
            QTimer.singleShot(10, stop_when_idle)

    def _stop(runner: Any) -> None:
        if not runner.idle():
            stop_when_idle()
            return
        marks["idle"] = probe.take()
        app.exit(0)

    real_event = app_module.event

    def event(name: str, **fields: object) -> None:
        real_event(name, **fields)
        if name == "window_painted":
            marks["painted"] = probe.take()
            QTimer.singleShot(0, stop_when_idle)

    with tempfile.TemporaryDirectory() as tmp:
        if probe.backend == "sqlite":
            settings = Settings(data_dir=Path(probe.url.split(":///", 1)[1]).parent)
        else:
            settings = load_settings(Path(tmp), probe.url)
        probe.take()
        patches = [(app_module, "Runner", CapturedRunner), (app_module, "event", event),
                   (live_ui, "start_live", lambda *_a, **_k: None)]
        saved = [(m, n, getattr(m, n)) for m, n, _v in patches]
        for module, name, value in patches:
            setattr(module, name, value)
        try:
            code = app_module.run(settings, app_module.Options(view=view))
        finally:
            for module, name, value in saved:
                setattr(module, name, value)
        probe.take()  # the closing
    if code != 0 or "idle" not in marks:
        raise RuntimeError(f"the application did not open (exit code {code})")
    return marks["painted"] + marks["idle"], {"view": view}


# The GUI context of the other actions ---------------------------------------------------------------------
@contextlib.contextmanager
def _gui_context(probe: _Probe) -> Iterator[Any]:
    from PySide6.QtGui import QUndoStack

    from desktop.gui.kit.workers import Runner
    from desktop.gui.shell.context import GuiContext
    from desktop.services.database import Database
    from desktop.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        database = Database(probe.url)
        runner = Runner()
        settings = Settings(data_dir=Path(tmp), sender_name="Claire Martin", sender_address="claire@vendeur.example")
        ctx = GuiContext(settings=settings, database=database, runner=runner, undo_stack=QUndoStack(),
                         clock=lambda: datetime.now(UTC))
        database.open()  # as the app does right after its first paint
        try:
            yield ctx
        finally:
            runner.shutdown()
            database.close()


def _counted(probe: _Probe, action: Callable[[], None]) -> Tally:
    probe.take()
    action()
    return probe.take()


def _worst(tallies: list[Tally]) -> tuple[Tally, dict[str, object]]:
    """The median sample (the figure) with the spread: psycopg prepares a statement at its fifth run on a
    connection (one trip more, once), and some outcomes of a call do more than others."""
    values = [t.value for t in tallies]
    typical = sorted(tallies, key=lambda t: t.value)[(len(tallies) - 1) // 2]
    return typical, {"max": max(values), "min": min(values), "samples": len(values)}


# Contacts: search and open ------------------------------------------------------------------------------
def _contacts(app: Any, probe: _Probe, ctx: Any) -> tuple[tuple[Tally, dict[str, object]],
                                                           tuple[Tally, dict[str, object]]]:
    from PySide6.QtCore import QEvent, QEventLoop, Qt
    from PySide6.QtTest import QTest

    from desktop.gui.contacts.view import ContactsView

    view = ContactsView(ctx)
    view.resize(1200, 800)
    view.show()
    _settle(app, ctx.runner)
    arrived: list[bool] = []
    view.model.loaded.connect(lambda: arrived.append(True))

    def step(ch: str) -> None:
        QTest.keyClick(view.search, ch if ch != " " else Qt.Key.Key_Space)
        view.apply_filter()  # the pause in the typing ends now
        while not arrived:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        arrived.clear()
        for row in range(min(30, view.model.rowCount())):  # the rows in sight, as the table paints them
            view.model.data(view.model.index(row, 0))
        _settle(app, ctx.runner)

    def clear() -> None:
        view.search.clear()
        view.apply_filter()
        _settle(app, ctx.runner)
        arrived.clear()

    searches: list[Tally] = []
    for n, text in enumerate(TYPED):
        for ch in text:
            tally = _counted(probe, lambda c=ch: step(c))  # type: ignore[misc]
            if n:  # the first word warms the statements (psycopg prepares a query at its fifth run)
                searches.append(tally)
        clear()
    opened: list[Tally] = []
    for row in (0, 1, 2, 3, 4, 0, 1, 2, 3, 4):
        view.table.clearSelection()
        _settle(app, ctx.runner)
        opened.append(_counted(probe, lambda r=row: (view.table.selectRow(r), _settle(app, ctx.runner))))  # type: ignore[misc]
        if view.detail.isHidden():
            raise RuntimeError("the contact's panel was not shown")
    view.close()
    view.deleteLater()  # its subscriptions end with it: later actions' changes must not reload its panel
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return _worst(searches), _worst(opened[5:])  # the second round: a salesperson's running app


# Quote editor -------------------------------------------------------------------------------------------
def _open_quote(app: Any, probe: _Probe, ctx: Any) -> tuple[Tally, dict[str, object]]:
    from sqlalchemy import select

    from desktop.db.quote_models import Quote
    from desktop.gui.quotes.editor.editor import QuoteEditor

    with ctx.database.sessions() as s:
        ids = [s.scalar(select(Quote.id).where(Quote.status == status, Quote.kind == "quote").order_by(Quote.id)
                        .limit(1)) for status in ("draft", "sent", "accepted")]
    tallies = []
    for round_ in range(2):
        for quote_id in [i for i in ids if i is not None]:
            editors: list[Any] = []

            def open_editor(q: int = quote_id, opened: list[Any] = editors) -> None:
                editor = QuoteEditor(ctx, q)
                opened.append(editor)
                editor.show()
                _settle(app, ctx.runner)

            tally = _counted(probe, open_editor)
            if editors[0].state is None:
                raise RuntimeError("the quote editor did not load")
            editors[0].close()
            editors[0].deleteLater()
            _settle(app, ctx.runner)
            if round_:
                tallies.append(tally)
    return _worst(tallies)


# Call list ----------------------------------------------------------------------------------------------
def _next_call(app: Any, probe: _Probe, ctx: Any) -> tuple[Tally, dict[str, object]]:
    from sqlalchemy import select

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.db import campaigns as repo
    from desktop.db.campaign_models import PhoningCampaign
    from desktop.gui.campaigns.call_list.window import CallListWindow

    with ctx.database.sessions() as s:
        campaign_id = s.scalar(select(PhoningCampaign.id).order_by(PhoningCampaign.id).limit(1))
        user_id = repo.current_user_id(s)
    if campaign_id is None:
        raise RuntimeError("the demo set has no phoning campaign")
    window = CallListWindow(ctx, campaign_id, user_id)
    window.show()
    start = _counted(probe, lambda: (window.start(), _settle(app, ctx.runner)))
    keys = (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_3,
            Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_1)
    steps = []
    for key in keys:
        if window.current is None:
            raise RuntimeError("the call list ran out of contacts")
        before = window.current.member_id
        steps.append(_counted(probe, lambda k=key: (QTest.keyClick(window, k), _settle(app, ctx.runner))))  # type: ignore[misc]
        if window.current is None or window.current.member_id == before:
            raise RuntimeError("the next contact was not shown")
    window.finish()
    _settle(app, ctx.runner)
    window.close()
    window.deleteLater()
    app.processEvents()
    worst, extra = _worst(steps[5:])  # the first round of outcomes warms the statements
    return worst, {**extra, "session_start": start.value}


# Sending a quote ----------------------------------------------------------------------------------------
def _send_quote(probe: _Probe, ctx: Any) -> tuple[Tally, dict[str, object]]:
    from sqlalchemy import select

    from benchmarks.bench_send import _free_port, _start_server
    from desktop.db.models import Contact
    from desktop.db.quote_models import Quote
    from desktop.services.mail.quote_draft import compose_quote_email, prepare_quote_email
    from desktop.services.mail.quote_mail import build_quote_email, queue_quote_email
    from desktop.services.mail.sender import deliver_due
    from desktop.services.mail.transport import SmtpSecurity, SmtpSettings, SmtpTransport
    from desktop.services.mail.wiring import sender_identity, tracking_policy

    database, settings = ctx.database, ctx.settings
    with database.sessions() as s:
        quote_ids = list(s.scalars(
            select(Quote.id).join(Contact, Contact.id == Quote.contact_id)
            .where(Quote.kind == "quote", Quote.number.is_not(None), Contact.email.is_not(None),
                   Contact.do_not_email.is_(False), Contact.do_not_contact.is_(False))
            .order_by(Quote.id).limit(3)))
    if len(quote_ids) < 3:
        raise RuntimeError("the demo set has too few finalised quotes to send")
    port = _free_port()
    server = _start_server(port)
    pdf = b"%PDF-1.4\n" + b"0" * 4000 + b"\n%%EOF\n"

    def transport() -> SmtpTransport:
        return SmtpTransport(SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, timeout=30))

    def send(quote_id: int) -> dict[str, Tally]:
        parts: dict[str, Tally] = {}
        probe.take()
        with database.sessions() as s:  # the dialog's read, as db_op(write=False) runs it
            prepared = prepare_quote_email(s, quote_id, settings.data_dir, ctx.clock().date())
        # (the PDF is rendered here) the draft is composed without the database
        draft = compose_quote_email(prepared.facts, pdf, sender=sender_identity(settings),
                                    policy=tracking_policy(settings), tracker_url=None, template="quote",
                                    ask_consent=settings.ask_tracking_consent)
        parts["prepare"] = probe.take()
        built = build_quote_email(draft, sender_identity(settings), ctx.clock())
        with database.sessions.begin() as s:  # « Envoyer »: db_op(write=True)
            queue_quote_email(s, draft, built, ctx.clock(), again=True)
        parts["queue"] = probe.take()
        report = deliver_due(database.sessions, transport(), None, ctx.clock)
        parts["deliver"] = probe.take()
        if len(report.sent) != 1:
            raise RuntimeError(f"the quote's message was not sent once: {report}")
        return parts

    try:
        deliver_due(database.sessions, transport(), None, ctx.clock)  # what the demo left due goes first
        send(quote_ids[0])  # warm: the statements' first runs
        send(quote_ids[1])
        parts = send(quote_ids[2])
    finally:
        server.terminate()
        server.wait(10)
    total = parts["prepare"] + parts["queue"] + parts["deliver"]
    return total, {name: tally.value for name, tally in parts.items()}


if __name__ == "__main__":
    for name, data in run().items():
        print(name, data)

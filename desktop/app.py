"""The composition root: settings -> database -> services -> main window. The one place that wires."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from desktop.gui.kit.i18n import install_translators, tr
from desktop.gui.kit.theme import follow_system_scheme
from desktop.gui.kit.workers import Op, Runner
from desktop.gui.shell.context import GuiContext
from desktop.services.database import Database, SchemaCheck, check_schema
from desktop.settings import Settings

log = logging.getLogger("relance")


@dataclass(frozen=True)
class Options:
    demo: bool = False
    screenshot: Path | None = None
    view: str | None = None


def utc_now() -> datetime:
    return datetime.now(UTC)


def event(name: str, **fields: object) -> None:
    """Log a named application event (JSON logs carry it as ``event``)."""
    log.info(name, extra={"fields": {"event": name, **fields}})


def view_factories(ctx: GuiContext) -> list[tuple[str, str, Callable[[], QWidget]]]:
    """The views of the main window, in sidebar order: (name, label, factory)."""
    def followups() -> QWidget:
        from desktop.gui.followups.view import FollowUpsView

        return FollowUpsView(ctx)

    def contacts() -> QWidget:
        from desktop.gui.contacts.view import ContactsView

        return ContactsView(ctx)

    def companies() -> QWidget:  # imported when first shown: start-up only pays for the first view
        from desktop.gui.companies.view import CompaniesView

        return CompaniesView(ctx)

    def quotes() -> QWidget:
        from desktop.gui.quotes.view import QuotesView

        return QuotesView(ctx)

    def invoices() -> QWidget:
        from desktop.gui.invoices.view import InvoicesView

        return InvoicesView(ctx)

    def queries() -> QWidget:
        from desktop.gui.queries.view import QueriesView

        return QueriesView(ctx)

    def pipeline() -> QWidget:
        from desktop.gui.pipeline.view import PipelineView

        return PipelineView(ctx)

    def dashboard() -> QWidget:
        from desktop.gui.dashboard.view import DashboardView

        return DashboardView(ctx)

    def campaigns() -> QWidget:
        from desktop.gui.campaigns.view import CampaignsView

        return CampaignsView(ctx)

    def scenarios() -> QWidget:
        from desktop.gui.scenarios.view import ScenariosView

        return ScenariosView(ctx)

    return [
        ("followups", tr("MainWindow", "Relances"), followups),
        ("contacts", tr("MainWindow", "Contacts"), contacts),
        ("companies", tr("MainWindow", "Sociétés"), companies),
        ("quotes", tr("MainWindow", "Devis"), quotes),
        ("invoices", tr("MainWindow", "Factures"), invoices),
        ("queries", tr("MainWindow", "Requêtes"), queries),
        ("pipeline", tr("MainWindow", "Pipeline"), pipeline),
        ("dashboard", tr("MainWindow", "Tableau de bord"), dashboard),
        ("campaigns", tr("MainWindow", "Campagnes"), campaigns),
        ("scenarios", tr("MainWindow", "Scénarios"), scenarios),
    ]


def _open_database(database: Database) -> str | None:
    """Open and migrate at once when the quick check cannot vouch for the schema; an error text or None."""
    from desktop.db.migrate import SchemaTooNewError

    try:
        database.open()
    except SchemaTooNewError as exc:
        return str(exc)
    except Exception as exc:
        return tr("App", "La base de données ne peut pas être ouverte : %1").replace("%1", str(exc).splitlines()[0])
    return None


def _first_start(database: Database) -> bool:
    return not database.scalar("SELECT count(*) FROM seller_identity")


def _fill_demo(database: Database, clock: Callable[[], datetime], progress: Callable[[int, int], bool]) -> None:
    from desktop.services.demo import fill_demo

    fill_demo(database.engine, now=clock(), progress=progress)


def _welcome(settings: Settings, database: Database, runner: Runner,
             clock: Callable[[], datetime]) -> Settings | None:
    """The first-start dialog; the settings with the sender typed there, or None when the user closed it (the
    app then quits)."""
    from dataclasses import replace

    from desktop.db.seller import save_seller_identity
    from desktop.gui.shell.welcome import WelcomeDialog

    dialog = WelcomeDialog(settings.region, lang=settings.language)
    if not dialog.exec() or dialog.accepted_draft is None:
        return None
    seller = dialog.accepted_draft
    name, address = dialog.typed_sender()
    if (name and not settings.sender_name) or (address and not settings.sender_address):
        settings = replace(settings, sender_name=settings.sender_name or name,
                           sender_address=settings.sender_address or address)
        settings.save()
    if seller.legal_name or not dialog.wants_demo:  # the demo keeps an identity typed here
        with database.sessions.begin() as session:
            save_seller_identity(session, seller)
    if dialog.wants_demo:
        _run_with_progress(runner, tr("App", "Chargement des données de démonstration…"),
                           lambda p: _fill_demo(database, clock, p))
    return settings


def _run_with_progress(runner: Runner, label: str, work: Callable[[Callable[[int, int], bool]], object]) -> None:
    """Run work in the background behind a modal progress dialog; errors are shown, not raised."""
    dialog = QProgressDialog(label, tr("App", "Annuler"), 0, 0)
    dialog.setWindowTitle("Relance")
    dialog.setMinimumDuration(0)
    failure: list[BaseException] = []

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def failed(exc: BaseException) -> None:
        failure.append(exc)
        dialog.done(0)

    op = Op(work).with_progress(progressed)
    op.success(lambda _r: dialog.done(0)).failure(failed)
    dialog.canceled.connect(op.cancel)
    op.run_in_background(runner)
    dialog.exec()
    if failure:
        QMessageBox.warning(None, "Relance", str(failure[0]))


def _check_database_early(settings: Settings) -> Future[tuple[str | None, SchemaCheck]]:
    """The team password (from the keyring, for a server that asks for one), whether the schema is current and the
    seller's identity saved (one statement), on a thread of its own.

    Team mode pays for the driver's import and the server's round trips before the first page (and for the keyring
    when the server asks for a password: :func:`~desktop.services.team_server.sign_in_early`); the network's
    waits overlap with Qt's start. Local mode checks its file there too (a few milliseconds).
    """
    def check() -> tuple[str | None, SchemaCheck]:
        if settings.is_embedded:
            return None, check_schema(settings.effective_database_url)
        from desktop.services.team_server import sign_in_early

        return sign_in_early(settings)

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relance-early")
    future = pool.submit(check)
    pool.shutdown(wait=False)  # the thread ends with its one task; run() waits for the result
    return future


def run(settings: Settings, options: Options, clock: Callable[[], datetime] = utc_now) -> int:
    """Build everything and run the event loop; the exit code of the application."""
    early = _check_database_early(settings)  # the keyring and a team server's round trips, while Qt starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Relance")
    app.setOrganizationName("Relance")
    translators = install_translators(app, settings.language)  # noqa: F841 - kept alive with the app
    follow_system_scheme(app)  # a light or dark palette and ui/relance.qss, as the system is, and when it switches

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    password, checked = early.result()
    if checked.password_used is not None and checked.password_used != settings.team_server_asks_password:
        try:  # the next start opens the keyring before signing in only if this server asks for a password
            settings = settings.remember(team_server_asks_password=checked.password_used)
        except OSError as exc:
            log.warning("the settings file could not be updated: %s", exc)
    current = checked.current
    # A schema read at head a moment ago is not migrated again: the engine connects at its first session.
    database = Database(settings.effective_database_url, password=password, schema_current=current,
                        first_reader=checked.connection)
    runner = Runner()
    headless = options.screenshot is not None
    if not current:
        error = _open_database(database)
        if error is not None:
            log.error("database refused: %s", error)
            if not headless:
                QMessageBox.critical(None, "Relance", error)
            return 2
    if options.demo and not database.scalar("SELECT count(*) FROM contacts"):
        database.open()
        _fill_demo(database, clock, lambda _d, _t: True)
        event("demo_filled")
    elif not headless and (not checked.has_seller if current else _first_start(database)):
        welcomed = _welcome(settings, database, runner, clock)
        if welcomed is None:
            return 0
        settings = welcomed

    from desktop.gui.kit.errors import install_excepthook
    from desktop.gui.shell.main_window import MainWindow, wind_down

    undo_stack = QUndoStack()
    undo_stack.setUndoLimit(settings.undo_limit)
    ctx = GuiContext(settings=settings, database=database, runner=runner, undo_stack=undo_stack, clock=clock)
    window = MainWindow(ctx, view_factories(ctx))
    # Every exception nobody caught (a slot, a thread) is logged with its traceback and said in the status line
    # (a queued signal: the hook may run on any thread).
    install_excepthook(window.sig_error_reported.emit)
    start_view = options.view or "followups"
    host_view, opener = WINDOW_VIEWS.get(start_view, (start_view, None))
    try:
        window.show_view(host_view)
    except KeyError:
        log.error("unknown view %r; known views: %s", start_view,
                  ", ".join([*window.view_names(), *WINDOW_VIEWS]))
        return 2

    def painted() -> None:
        event("window_painted", view=start_view)
        Op(lambda _p: database.open()).failure(
            lambda exc: window.show_message(str(exc))).run_in_background(runner)
        if options.screenshot is None:  # tracker, poller, sender, notifications: all off the UI thread
            from desktop.gui.shell.live_ui import start_live

            start_live(window, ctx)
        if options.screenshot is not None:
            select_first = getattr(window.view(host_view), "select_first", None)
            if select_first is not None:
                select_first()  # a screenshot shows a contact's panel filled in
            if opener is not None:  # a window opened from the view (the quote editor) is saved instead
                _when_idle(runner, lambda: _screenshot_opened(
                    runner, getattr(window.view(host_view), opener), window, options.screenshot, app))  # type: ignore[arg-type]
            else:
                _when_idle(runner, lambda: _save_screenshot(window, options.screenshot, app))  # type: ignore[arg-type]

    window.sig_first_paint.connect(painted)
    window.show()
    code = app.exec()
    wind_down(window, runner)  # the saves asked while quitting run and report back, then the windows go
    database.close()
    return code


#: Screenshot names of windows opened from a view: name -> (view, method of the view that opens it).
WINDOW_VIEWS: dict[str, tuple[str, str]] = {"quote-editor": ("quotes", "open_first"),
                                            "call-list": ("campaigns", "open_first_session")}


def _screenshot_opened(runner: Runner, opener: Callable[[], QWidget | None], window: QWidget, path: Path,
                       app: QApplication) -> None:
    """Open the window (the editor on the first quote), let it load, and save it (the main window if none)."""
    opened = opener()
    _when_idle(runner, lambda: _save_screenshot(opened or window, path, app))


def _when_idle(runner: Runner, then: Callable[[], None], tries: int = 250) -> None:
    """Call ``then`` once the background work has drained (or after about five seconds)."""
    if runner.idle() or tries <= 0:
        QTimer.singleShot(30, then)
    else:
        QTimer.singleShot(20, lambda: _when_idle(runner, then, tries - 1))


def _save_screenshot(window: QWidget, path: Path, app: QApplication) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path))
    event("screenshot_saved", path=str(path), ok=ok)
    app.exit(0 if ok else 1)

"""The main window: a navigation sidebar, the views, menus with shortcuts, a status bar.

Quitting closes every other window of the application first, each as if its user had closed it (what is
being typed is committed, an editor saves its unsaved changes or asks), and the quit is cancelled when one
of them stays open; after the event loop, :func:`wind_down` finishes the queued database work, gives its
results to the windows while they still exist, then destroys them before the database closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.gui.kit.workers import Runner
from desktop.gui.shell.context import GuiContext

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.gui.shell.live_ui import LiveWiring


class MainWindow(QMainWindow):
    """Hosts the views; the composition root gives it a context and the view factories."""

    sig_first_paint = Signal()
    view_changed = Signal(str)
    sig_error_reported = Signal(str)  # from any thread (the exception hook): said in the status line

    def __init__(self, ctx: GuiContext, views: list[tuple[str, str, Callable[[], QWidget]]]) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.show_message = self.show_message
        self.setObjectName("main_window")
        self.setWindowTitle("Relance")
        self.resize(1280, 800)
        self._factories = {name: factory for name, _label, factory in views}
        self._views: dict[str, QWidget] = {}
        self._painted = False
        self.live: LiveServices | None = None  # set by desktop.gui.shell.live_ui.start_live after the first paint
        self.live_wiring: LiveWiring | None = None
        self.sig_error_reported.connect(self.show_message, Qt.ConnectionType.QueuedConnection)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        for name, label, _factory in views:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.sidebar.currentItemChanged.connect(self.on_sidebar_current_item_changed)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # a file named by a URL (--database-url sqlite:///...) is a local base too
        mode = self.tr("Base locale") if ctx.database.dialect == "sqlite" else self.tr("Base d’équipe (PostgreSQL)")
        self.mode_label = QLabel(mode)
        self.statusBar().addPermanentWidget(self.mode_label)
        self._build_menus([(name, label) for name, label, _f in views])
        self.installEventFilter(self)

    def _build_menus(self, views: list[tuple[str, str]]) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        self.import_action = file_menu.addAction(self.tr("&Importer des contacts…"))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.export_action = file_menu.addAction(self.tr("&Exporter…"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.import_action.triggered.connect(lambda: self._current_view_call("on_import_requested"))
        self.export_action.triggered.connect(lambda: self._current_view_call("on_export_requested"))
        file_menu.addSeparator()
        self.verify_signature_action = file_menu.addAction(self.tr("&Vérifier une signature…"))
        self.verify_signature_action.triggered.connect(self.on_verify_signature_triggered)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quitter"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        for number, (name, label) in enumerate(views, start=1):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.show_view(n))
            view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Paramètres"))
        self.all_settings_action = settings_menu.addAction(self.tr("&Tous les paramètres…"))
        self.all_settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.all_settings_action.triggered.connect(self.on_all_settings_triggered)
        settings_menu.addSeparator()
        self.seller_action = settings_menu.addAction(self.tr("Ma &société…"))
        self.seller_action.triggered.connect(self.on_seller_settings_triggered)
        self.templates_action = settings_menu.addAction(self.tr("&Modèles de devis…"))
        self.templates_action.triggered.connect(self.on_templates_triggered)
        self.mail_settings_action = settings_menu.addAction(self.tr("Messagerie et &suivi…"))
        self.mail_settings_action.triggered.connect(self.on_mail_settings_triggered)

        help_menu = self.menuBar().addMenu(self.tr("&Aide"))
        about = help_menu.addAction(self.tr("À &propos de Relance"))
        about.triggered.connect(self.on_about_triggered)

    # Views --------------------------------------------------------------------------------
    def view(self, name: str) -> QWidget:
        """The view called ``name``, built on first use."""
        if name not in self._views:
            widget = self._factories[name]()
            self._views[name] = widget
            self.stack.addWidget(widget)
        return self._views[name]

    def existing_view(self, name: str) -> QWidget | None:
        """The view called ``name`` if it was already built (never builds one)."""
        return self._views.get(name)

    def view_names(self) -> list[str]:
        return list(self._factories)

    def show_view(self, name: str) -> QWidget:
        if name not in self._factories:
            raise KeyError(name)
        widget = self.view(name)
        self.stack.setCurrentWidget(widget)
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name and self.sidebar.currentRow() != row:
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)
        self.view_changed.emit(name)
        return widget

    def current_view_name(self) -> str | None:
        for name, widget in self._views.items():
            if widget is self.stack.currentWidget():
                return name
        return None

    @Slot(QListWidgetItem, QListWidgetItem)
    def on_sidebar_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_view(str(current.data(Qt.ItemDataRole.UserRole)))

    def _current_view_call(self, method: str) -> None:
        """Send a menu command to the current view, or to the contacts view when it has no such command."""
        target = getattr(self.stack.currentWidget(), method, None)
        if target is None and "contacts" in self._factories:
            target = getattr(self.show_view("contacts"), method, None)
        if target is not None:
            target()

    # Status -------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    @Slot()
    def on_all_settings_triggered(self) -> None:
        """Paramètres › Tous les paramètres (Ctrl+,): every setting in one window."""
        from desktop.gui.settings.window import SettingsWindow

        self.settings_window = SettingsWindow(self.ctx, self, self.live)
        self.settings_window.open()

    @Slot()
    def on_seller_settings_triggered(self) -> None:
        """Paramètres › Ma société: the seller identity printed on quotes."""
        from desktop.gui.settings.seller import SellerSettings

        self.seller_settings = SellerSettings(self.ctx, self)
        self.seller_settings.open()

    @Slot()
    def on_templates_triggered(self) -> None:
        """Paramètres › Modèles de devis: duplicate a design and edit the copy."""
        from desktop.gui.quotes.template_editor import TemplateManagerDialog

        self.templates_dialog = TemplateManagerDialog(self.ctx, self)
        self.templates_dialog.show()

    @Slot()
    def on_verify_signature_triggered(self) -> None:
        """Fichier › Vérifier une signature: is a sealed PDF intact, who sealed it, when, is it the signed one."""
        from desktop.db.signatures import evidence_for_pdf
        from desktop.gui.signing.verify_dialog import VerifyDialog

        database = self.ctx.database
        self.verify_dialog = VerifyDialog(self.ctx, self,
                                          find_evidence=lambda sha: evidence_for_pdf(database.sessions, sha))
        self.verify_dialog.show()

    @Slot()
    def on_mail_settings_triggered(self) -> None:
        """Paramètres › Messagerie et suivi: SMTP, sender, tracker, tracking policy."""
        from desktop.gui.settings.mail import MailSettingsDialog

        self.mail_settings = MailSettingsDialog(self.ctx, self.live, self)
        self.mail_settings.open()

    @Slot()
    def on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Relance"),
                          self.tr("Relance %1 — qui relancer, quand, et comment.").replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting: close the other windows first (each saves or asks); stay open if one of them does."""
        for window in QApplication.topLevelWidgets():
            if window is self or not window.isVisible():
                continue
            _commit_typing(window)
            if not window.close():
                event.ignore()
                return
        _commit_typing(self)
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Announce the first paint once (start-up measurement, screenshots)."""
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.sig_first_paint.emit)
        return super().eventFilter(watched, event)


def _commit_typing(window: QWidget) -> None:
    """Take the focus from the widget being typed in, as a click elsewhere would: an item view's cell
    editor commits its text (the delegate commits on focus out) before the window decides whether to save."""
    focused = window.focusWidget()
    if focused is not None:
        focused.clearFocus()


def wind_down(window: QWidget, runner: Runner, rounds: int = 20) -> None:
    """After the event loop: finish the queued work, deliver its results, then destroy the windows.

    The saves asked while closing are queued on the database runner: they run to the end (none is
    cancelled), and their results reach the windows that asked while those still exist (a result may queue
    more work: a few rounds). Then the windows are destroyed silently (no signal reaches their Python code
    while the widget tree is torn down: a child deleted before its parent would otherwise call its handlers
    half-destroyed, e.g. an undo stack's ``cleanChanged`` from its destructor), before the database closes.
    """
    from shiboken6 import delete, isValid

    for _round in range(rounds):
        runner.wait_idle()
        QCoreApplication.sendPostedEvents()
        if runner.idle():
            break
    runner.shutdown()
    if isValid(window):
        for child in window.findChildren(QObject):
            child.blockSignals(True)
        window.blockSignals(True)
        delete(window)

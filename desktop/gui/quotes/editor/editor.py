"""The quote editor: header, sections and lines, options, totals as you type, save, finalise, preview.

Keyboard first: Ctrl+Entrée or Inser adds a line, Ctrl+Maj+Entrée a section, Ctrl+D duplicates,
Alt+Haut/Bas moves, Ctrl+Suppr deletes, Ctrl+K picks from the catalogue, Ctrl+S saves, Ctrl+Z/Ctrl+Y
undo and redo line edits (the editor's own undo stack), Ctrl+P previews the PDF. Totals come from the core
(``Decimal`` only); a typed value that is not a number is shown in red with its sentence and blocks saving.
"Finaliser" saves, then runs the legal check: each missing item is listed in plain words instead of
finalising. A quote that has left draft opens read-only, with "Nouvelle version".
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date
from desktop.gui.generated.quotes.ui_editor_header import Ui_QuoteEditorHeader
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.quotes.editor.lifecycle import EditorLifecycle
from desktop.gui.quotes.editor.lines import (
    DESCRIPTION,
    DESIGNATION,
    LineItem,
    duplicate,
    insert_after,
    move,
    read_items,
    remove,
    totals_of,
)
from desktop.gui.quotes.editor.lines_model import LinesCommand, LinesDelegate, LinesTable, QuoteLinesModel
from desktop.gui.quotes.editor.panels import QuoteOptions, TotalsPanel
from desktop.gui.quotes.editor.state import EditorState, editor_state
from desktop.gui.quotes.pdf_preview import QuotePdfRenderer
from desktop.gui.quotes.template_files import all_templates
from desktop.gui.quotes.texts import kind_text, problem_sentence, status_text
from desktop.gui.shell.context import GuiContext

#: The line actions of the toolbar (buttons ``lines_<name>`` of the header form) and of the shortcuts.
LINE_ACTIONS = ("add", "section", "catalogue", "duplicate", "up", "down", "delete")


class QuoteEditor(QDialog, EditorLifecycle):
    """Edit one quote (read-only once it has left draft)."""

    sig_loaded = Signal()
    sig_saved = Signal(int)  # quote id
    sig_finalised = Signal(str)  # printed number
    sig_refused = Signal(list)  # the missing items, in plain words
    sig_version_created = Signal(int)  # the new draft's id

    def __init__(self, ctx: GuiContext, quote_id: int, renderer: QuotePdfRenderer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote_editor")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1240, 820)
        self.ctx = ctx
        self.lang = ctx.settings.language
        self.quote_id = quote_id
        self.renderer = renderer
        self.state: EditorState | None = None
        self._loading = False
        self._header_dirty = False
        self.undo_stack = QUndoStack(self)
        self.model = QuoteLinesModel(self.lang)
        self.model.commit = self._commit
        self.model.confirm_price_jump = self.confirm_price_jump
        self._build()
        self._add_actions()
        self.model.problems_changed.connect(self.refresh_totals)
        self.options.sig_changed.connect(self.on_header_changed)
        self.load()

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        """The header and the options come from ``ui/quotes``; the lines table, the issues and the totals are
        built here."""
        form: Any = Ui_QuoteEditorHeader()  # generated code: untyped
        self.header_panel = QWidget()
        form.setupUi(self.header_panel)
        self.banner, self.version_button = form.frozen_banner, form.new_version
        self.client_label, self.number_label = form.client, form.number
        self.title_edit, self.validity = form.title, form.validity
        self.template_combo, self.language_combo = form.template, form.language
        self.buttons: dict[str, QPushButton] = {key: getattr(form, f"lines_{key}") for key in LINE_ACTIONS}
        self.version_button.clicked.connect(self.on_new_version_requested)
        for name in all_templates(self.ctx.settings.data_dir):
            self.template_combo.addItem(self._template_label(name), name)
        self.language_combo.addItem(self.tr("Français"), "fr")
        self.language_combo.addItem(self.tr("Anglais"), "en")
        self.title_edit.textChanged.connect(self.on_header_changed)
        self.validity.dateChanged.connect(self.on_header_changed)
        self.template_combo.currentIndexChanged.connect(self.on_header_changed)
        self.language_combo.currentIndexChanged.connect(self.on_header_changed)

        self.table = LinesTable()
        self.table.setObjectName("lines")
        self.table.setModel(self.model)
        self.delegate = LinesDelegate(self.lang, self.table)
        self.delegate.sig_typing.connect(self.on_delegate_typing)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setAlternatingRowColors(True)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((230, 200, 60, 70, 90, 80, 80, 70, 100, 110)):
            if column != DESCRIPTION:
                self.table.setColumnWidth(column, width)

        self.options = QuoteOptions(self.lang)
        self.totals = TotalsPanel(self.lang)
        self.issues = QListWidget()
        self.issues.setObjectName("legal_issues")
        self.issues.setMaximumHeight(120)
        self.issues_title = QLabel(self.tr("Pour finaliser ce devis, il manque :"))
        self.issues_title.setProperty("role", "error")
        self.seller_button = QPushButton(self.tr("Compléter Paramètres › Ma société…"))
        self.seller_button.setObjectName("complete_seller")
        self.seller_button.setAutoDefault(False)
        self.seller_button.clicked.connect(self.on_seller_button_clicked)
        self._show_issues([])

        bottom = QHBoxLayout()
        bottom.addWidget(self.options, 3)
        bottom.addWidget(self.totals, 1)

        self.preview_button = QPushButton(self.tr("Aperçu PDF"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("save")
        self.finalise_button = QPushButton(self.tr("Finaliser"))
        self.finalise_button.setObjectName("finalise")
        self.close_button = QPushButton(self.tr("Fermer"))
        self.send_button = QPushButton(self.tr("Envoyer…"))
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self.on_send_requested)
        self.status_label = QLabel()
        self.status_label.setObjectName("editor_status")
        self.preview_button.clicked.connect(self.on_preview_requested)
        self.save_button.clicked.connect(lambda: self.save())
        self.finalise_button.clicked.connect(self.on_finalise_requested)
        self.close_button.clicked.connect(self.close)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        for button in (self.preview_button, self.send_button, self.save_button, self.finalise_button,
                       self.close_button):
            button.setAutoDefault(False)
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header_panel)
        layout.addWidget(self.table, 1)
        issues_head = QHBoxLayout()
        issues_head.addWidget(self.issues_title, 1)
        issues_head.addWidget(self.seller_button)
        layout.addLayout(issues_head)
        layout.addWidget(self.issues)
        layout.addLayout(bottom)
        layout.addLayout(actions)

    def _add_actions(self) -> None:
        """Shortcuts anywhere in the editor (cell editors included)."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        specs: list[tuple[str, list[QKeySequence], Callable[[], object]]] = [
            ("add", [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"), QKeySequence(Qt.Key.Key_Insert)],
             self.add_line),
            ("section", [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")], self.add_section),
            ("catalogue", [QKeySequence("Ctrl+K")], self.on_catalogue_requested),
            ("duplicate", [QKeySequence("Ctrl+D")], self.duplicate_line),
            ("up", [QKeySequence("Alt+Up")], lambda: self.move_line(-1)),
            ("down", [QKeySequence("Alt+Down")], lambda: self.move_line(1)),
            ("delete", [QKeySequence("Ctrl+Delete")], self.delete_line),
            ("save", [QKeySequence(QKeySequence.StandardKey.Save)], lambda: self.save()),
            ("preview", [QKeySequence("Ctrl+P")], self.on_preview_requested),
        ]
        self.actions_by_name: dict[str, QAction] = {}
        for name, keys, slot in specs:
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action
            if name in self.buttons:
                self.buttons[name].clicked.connect(slot)
                self.buttons[name].setToolTip(keys[0].toString(QKeySequence.SequenceFormat.NativeText))
        undo = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        for action in (undo, redo):
            action.setShortcutContext(context)
            self.addAction(action)
        self.undo_stack.cleanChanged.connect(self.on_clean_changed)

    @Slot(bool)
    def on_clean_changed(self, _clean: bool) -> None:
        """The title's "*" follows the undo stack; the stack emits this once more while the closing editor
        deletes it (its children go before its connections), when there is no title left to update."""
        if shiboken6.isValid(self.undo_stack):
            self._update_title()

    def _template_label(self, name: str) -> str:
        return {"classic": self.tr("Classique"), "modern": self.tr("Moderne")}.get(name, name)

    # Loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the quote on the database thread and show it."""
        from desktop.db.quote_editing import load_for_editing

        quote_id, lang = self.quote_id, self.lang
        db_op(self.ctx, lambda s: load_for_editing(s, quote_id), write=False).success(
            lambda quote: self.show_state(editor_state(quote, lang))).failure(self._error).run()

    def show_state(self, state: EditorState) -> None:
        self._loading = True
        self.state = state
        head = state.header
        client = ", ".join(p for p in (state.client_name, state.company_name) if p) or self.tr("(client inconnu)")
        self.client_label.setText(client)
        number = state.number or self.tr("numéro attribué à la finalisation")
        issued = self.tr(" — émis le %1").replace("%1", format_date(state.issue_date, self.lang)) \
            if state.issue_date else ""
        self.number_label.setText(f"{kind_text(state.kind)} {number} · {status_text(state.status)}{issued}")
        self.title_edit.setText(head["title"])
        self.validity.set_value(head["validity_date"])
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(head["template"])))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(head["language"])))
        self.options.set_values(head)
        self.undo_stack.clear()
        self.model.set_items(state.items)
        self._set_read_only(not state.editable)
        self._show_issues([])
        self._loading = False
        self._header_dirty = False
        self._update_title()
        self.refresh_totals()
        if state.editable and state.items:
            self.focus_row(0, DESIGNATION)
        self.sig_loaded.emit()

    def _set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.title_edit.setReadOnly(read_only)
        self.validity.setReadOnly(read_only)
        for combo in (self.template_combo, self.language_combo):
            combo.setEnabled(not read_only)
        self.options.set_read_only(read_only)
        for button in (*self.buttons.values(), self.save_button, self.finalise_button):
            button.setEnabled(not read_only)
        for name in (*LINE_ACTIONS, "save"):
            self.actions_by_name[name].setEnabled(not read_only)
        state = self.state
        can_version = state is not None and read_only and state.status not in ("accepted", "superseded") \
            and state.kind != "purchase_order"
        self.banner.setVisible(read_only)
        self.version_button.setVisible(can_version)
        self.send_button.setVisible(read_only and state is not None and state.kind != "purchase_order"
                                    and state.status in ("finalised", "sent", "opened", "viewed"))
        if read_only and state is not None:
            self.banner.setText(self.tr("Ce document n’est plus un brouillon (statut : %1) : il ne peut plus être "
                                        "modifié.").replace("%1", status_text(state.status)) + (
                " " + self.tr("Créez une nouvelle version pour le changer.") if can_version else ""))

    @Slot()
    def on_send_requested(self) -> None:
        """« Envoyer… »: the send dialog for this finalised quote."""
        from desktop.gui.quotes.send_dialog import open_send_dialog

        self.send_dialog = open_send_dialog(self, self.ctx, self.quote_id, renderer=self.renderer)

    def _update_title(self) -> None:
        state = self.state
        name = state.number if state is not None and state.number else self.tr("brouillon")
        dirty = "*" if self.is_dirty() else ""
        self.setWindowTitle(self.tr("Devis %1").replace("%1", name) + dirty)

    def is_dirty(self) -> bool:
        return self._header_dirty or not self.undo_stack.isClean()

    # Lines --------------------------------------------------------------------------------
    def _commit(self, text: str, items: list[LineItem], focus: int) -> None:
        self.undo_stack.push(LinesCommand(self.model, text, items, focus, self.focus_row))

    def focus_row(self, row: int, column: int | None = None) -> None:
        """Make a row's cell current (the current column by default); the table keeps the keyboard focus."""
        if column is None:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else DESIGNATION
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))
            if self.table.state() != QAbstractItemView.State.EditingState:
                self.table.setFocus()

    def current_row(self) -> int:
        return self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1

    def _finish_cell_edit(self) -> None:
        """Commit a cell being typed in before a line operation."""
        editor = QApplication.focusWidget()
        if self.table.state() == QAbstractItemView.State.EditingState and editor is not None \
                and editor.parentWidget() is self.table.viewport() and editor.isVisible():
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _apply(self, text: str, operation: Callable[[list[LineItem], int], tuple[list[LineItem], int]],
               start_editing: bool = False) -> None:
        if self.model.read_only:
            return
        self._finish_cell_edit()
        before = self.model.items
        items, focus = operation(before, self.current_row())
        if items == before and len(items) == len(before):
            return
        self._commit(text, items, focus)
        if start_editing:
            self.table.setCurrentIndex(self.model.index(focus, DESIGNATION))
            self.table.edit(self.model.index(focus, DESIGNATION))

    @Slot()
    def add_line(self) -> None:
        self._apply(self.tr("Ajouter une ligne"), lambda items, row: insert_after(items, row), True)

    @Slot()
    def add_section(self) -> None:
        self._apply(self.tr("Ajouter une section"),
                    lambda items, row: insert_after(items, row, LineItem(designation="", section=True)), True)

    def insert_item(self, item: LineItem) -> None:
        self._apply(self.tr("Ajouter depuis le catalogue"), lambda items, row: insert_after(items, row, item))

    @Slot()
    def duplicate_line(self) -> None:
        self._apply(self.tr("Dupliquer la ligne"), duplicate)

    def move_line(self, delta: int) -> None:
        self._apply(self.tr("Déplacer la ligne"), lambda items, row: move(items, row, delta))

    @Slot()
    def delete_line(self) -> None:
        self._apply(self.tr("Supprimer la ligne"), remove)

    @Slot()
    def on_catalogue_requested(self) -> None:
        from desktop.gui.quotes.product_picker import ProductPicker

        if self.model.read_only:
            return
        picker = ProductPicker(self.ctx, self)
        picker.sig_product_chosen.connect(self.on_product_chosen)
        picker.open()

    def confirm_price_jump(self, item: LineItem, ratio: Decimal) -> bool:
        """Ask before keeping a unit price ten times (or a tenth of) the catalogue's: « 1,5 » read as 15."""
        from desktop.core.formatting import format_money, format_number

        assert item.catalogue_price is not None
        times = format_number(ratio if ratio >= 1 else 1 / ratio, self.lang, max_decimals=0)
        text = (self.tr("Le prix saisi (%1) est %2 fois celui du catalogue (%3). Le garder ?") if ratio >= 1 else
                self.tr("Le prix saisi (%1) est %2 fois plus petit que celui du catalogue (%3). Le garder ?"))
        typed = item.catalogue_price * ratio
        text = text.replace("%1", format_money(typed, self.lang)).replace("%2", times).replace(
            "%3", format_money(item.catalogue_price, self.lang))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Prix inhabituel"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("price_jump")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @Slot(object)
    def on_product_chosen(self, item: LineItem) -> None:
        self.insert_item(item)

    # Totals -------------------------------------------------------------------------------
    @Slot()
    def on_header_changed(self) -> None:
        if not self._loading:
            self._header_dirty = True
            self._update_title()
        self.refresh_totals()

    @Slot(int, int, str)
    def on_delegate_typing(self, row: int, column: int, text: str) -> None:
        """Totals follow each keystroke in a cell, before the value is committed."""
        items = self.model.items
        if not 0 <= row < len(items):
            return
        changed = QuoteLinesModel.changed_item(items[row], column, text, Qt.ItemDataRole.EditRole)
        if changed is not None:
            items[row] = changed
            self.refresh_totals(items)

    def problems(self, items: list[LineItem] | None = None) -> list[str]:
        """Every typed value that is not acceptable, in plain words (lines and percentages)."""
        read = read_items(self.model.items if items is None else items, self.lang)
        texts = [self.tr("Ligne %1 : %2").replace("%1", str(row + 1)).replace("%2", problem_sentence(p, self.lang))
                 for (row, _column), p in sorted(read.problems.items())]
        return texts + self.options.percents()[2]

    @Slot()
    def refresh_totals(self, items: list[LineItem] | None = None) -> None:
        read = read_items(self.model.items if items is None else items, self.lang)
        discount, deposit, _percent_errors = self.options.percents()
        errors = self.problems(items)
        self.totals.show_totals(totals_of(read, discount, deposit), deposit, errors)
        editable = self.state is not None and self.state.editable
        self.save_button.setEnabled(editable and not errors)
        self.finalise_button.setEnabled(editable and not errors)

    # Saving -------------------------------------------------------------------------------
    def header_values(self) -> dict[str, Any]:
        validity = self.validity.value()
        return {"title": self.title_edit.text().strip() or "Devis", "validity_date": validity,
                "template": self.template_combo.currentData(), "language": self.language_combo.currentData(),
                **self.options.values()}

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Write the draft in the background; False (and nothing written) when a typed value is wrong."""
        from desktop.db.quote_editing import save_draft

        self._finish_cell_edit()
        if self.state is None or not self.state.editable:
            return False
        errors = self.problems()
        if errors:
            self.status_label.setText(self.tr("Corrigez d’abord : %1").replace("%1", errors[0]))
            return False
        read = read_items(self.model.items, self.lang)
        header, quote_id, now = self.header_values(), self.quote_id, self.ctx.clock()

        def saved(_ttc: object) -> None:
            self.undo_stack.setClean()
            self._header_dirty = False
            self._update_title()
            self.status_label.setText(self.tr("Devis enregistré."))
            self.sig_saved.emit(quote_id)
            if then is not None:
                then()

        db_op(self.ctx, lambda s: save_draft(s, quote_id, header, read.sections, read.product_ids, now),
              changes=Topic.QUOTES, source=self).success(saved).failure(self._error).run()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Unsaved valid changes are saved on closing; unsaved errors ask first."""
        if self.state is not None and self.state.editable and self.is_dirty():
            if self.problems():
                answer = QMessageBox.question(
                    self, self.tr("Modifications non enregistrées"),
                    self.tr("Certaines valeurs saisies ne sont pas valides : fermer sans enregistrer ?"))
                if answer != QMessageBox.StandardButton.Yes:
                    event.ignore()
                    return
            else:
                self.save()
        super().closeEvent(event)


"""The smart-query view ("Requêtes"): saved queries, the filter builder with a live count, the matching
contacts, save as static or dynamic, bulk actions on the members (each confirmed with the count), and for a
static query members added or removed by hand (undoable)."""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op
from desktop.gui.queries.builder import BuilderCatalog, QueryBuilder
from desktop.gui.queries.models import MemberModel, QueryListModel
from desktop.gui.shell.context import GuiContext

SHOWN_MEMBERS = 200
DEBOUNCE_MS = 250


def _t(text: str) -> str:
    return tr("Queries", text)


class QueriesView(QWidget):
    """Saved queries on the left; the builder, its live count and the matching contacts on the right."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._current_id: int | None = None
        self._ids: list[int] = []
        self._shown_static: int | None = None  # the static query whose stored members the table shows
        self._generation = 0
        self._tz: tzinfo = ctx.clock().astimezone().tzinfo or UTC
        self.queries = QueryListModel()
        self.members = MemberModel()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.evaluate_now)
        self._build()
        self._load(select=0)

    # Layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        title = QLabel(_t("Requêtes"))
        title.setObjectName("viewTitle")
        self.list = QTableView()
        self.list.setModel(self.queries)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.selectionModel().currentRowChanged.connect(self.on_list_current_row_changed)
        new = QPushButton(_t("Nouvelle requête"))
        new.clicked.connect(self.on_new_clicked)
        self.delete_button = QPushButton(_t("Supprimer"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(self.delete_button)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        head = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(_t("Nom de la requête"))
        self.name.setMinimumWidth(180)
        self.kind = QComboBox()
        self.kind.addItem(_t("Dynamique : réévaluée à chaque usage"), "dynamic")
        self.kind.addItem(_t("Statique : membres figés à l'enregistrement"), "static")
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(14)  # the long labels elide rather than squeeze the query list
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.save_button = QPushButton(_t("Enregistrer"))
        self.save_button.clicked.connect(self.on_save_clicked)
        self.actions_button = QPushButton(_t("Actions sur les contacts"))
        self.actions_button.setMenu(self._actions_menu())
        head.addWidget(self.name, 3)
        head.addWidget(self.kind, 2)
        head.addWidget(self.save_button)
        head.addWidget(self.actions_button)
        self.builder = QueryBuilder(BuilderCatalog(self._today()))
        self.builder.changed.connect(self.on_builder_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.builder)
        self.count_label = QLabel()
        self.count_label.setObjectName("queryCount")
        self.count_label.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.members)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_members_selection_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(scroll)
        splitter.addWidget(self._members_pane())
        splitter.setSizes([300, 300])
        right_layout.addLayout(head)
        right_layout.addWidget(splitter, 1)
        right_layout.addWidget(self.count_label)

        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(left)
        outer.addWidget(right)
        left.setMinimumWidth(360)  # query names stay readable beside a wide builder
        outer.setCollapsible(0, False)
        outer.setStretchFactor(1, 1)
        outer.setSizes([470, 730])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(outer)

    def _members_pane(self) -> QWidget:
        """The member table with, for a static query, « Ajouter des contacts… » and « Retirer de la requête »."""
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        self.members_bar = QWidget()
        self.members_bar.setObjectName("static_members_bar")
        bar = QHBoxLayout(self.members_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.static_hint = QLabel()
        self.static_hint.setStyleSheet("color: #5b6475;")
        self.add_members_button = QPushButton(_t("Ajouter des contacts…"))
        self.add_members_button.setObjectName("add_members")
        self.add_members_button.setToolTip(_t("Ajouter des contacts à cette requête statique (Inser)"))
        self.add_members_button.clicked.connect(self.on_add_members_clicked)
        self.remove_members_button = QPushButton(_t("Retirer de la requête"))
        self.remove_members_button.setObjectName("remove_members")
        self.remove_members_button.setToolTip(_t("Retirer les contacts sélectionnés de cette requête statique "
                                                 "(Suppr) ; Ctrl+Z annule"))
        self.remove_members_button.clicked.connect(self.on_remove_members_clicked)
        bar.addWidget(self.static_hint, 1)
        bar.addWidget(self.add_members_button)
        bar.addWidget(self.remove_members_button)
        layout.addWidget(self.members_bar)
        for key, slot in ((Qt.Key.Key_Insert, self.on_add_members_clicked),
                          (Qt.Key.Key_Delete, self.on_remove_members_clicked)):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        self._update_members_bar()
        return pane

    def _actions_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(_t("Ajouter une étiquette…"), lambda: self.bulk_tag(add=True))
        menu.addAction(_t("Retirer une étiquette…"), lambda: self.bulk_tag(add=False))
        menu.addAction(_t("Définir le statut…"), self.bulk_status)
        menu.addAction(_t("Attribuer un commercial…"), self.bulk_owner)
        menu.addAction(_t("Définir un champ personnalisé…"), self.bulk_custom_field)
        menu.addAction(_t("Ajouter à une campagne phoning…"), self.bulk_phoning)
        menu.addAction(_t("Inscrire dans un scénario…"), self.bulk_enrol)
        menu.addSeparator()
        menu.addAction(_t("Exporter (CSV ou Excel)…"), self.bulk_export)
        return menu

    def _today(self) -> date:
        return self._ctx.clock().astimezone(self._tz).date()

    # Loading ---------------------------------------------------------------------------------------------
    def _load(self, select: int | None = None, select_id: int | None = None) -> None:
        database, today, now, tz = self._ctx.database, self._today(), self._ctx.clock(), self._tz

        def work(_progress: Any) -> tuple[list[Any], Any, list[tuple[int, str]]]:
            from sqlalchemy import select as sql_select

            from desktop.db import queries
            from desktop.db.models import User

            with database.sessions.begin() as session:
                queries.refresh_counts(session, today, now, tz)
                users = [(u.id, u.name) for u in session.scalars(sql_select(User).order_by(User.name))]
                return queries.list_queries(session), queries.custom_catalog(session), users

        def done(result: tuple[list[Any], Any, list[tuple[int, str]]]) -> None:
            rows, custom, users = result
            self.builder.set_catalog(BuilderCatalog(today, custom, users))
            self.queries.set_rows(rows)
            row = self.queries.row_of(select_id) if select_id is not None else select
            if row is not None and 0 <= row < len(rows):
                self.list.selectRow(row)

        Op(work).success(done).failure(self._failed).run_in_background(self._ctx.runner)

    def select_first(self) -> None:
        """Show the first saved query (screenshots)."""
        if self.queries.rowCount():
            self.list.selectRow(0)

    @Slot()
    def on_list_current_row_changed(self, current: Any, _previous: Any) -> None:
        info = self.queries.row_at(current.row())
        if info is None:
            return
        self._current_id = info.id
        self.name.setText(info.name)
        self.kind.setCurrentIndex(max(self.kind.findData(info.kind), 0))
        self.builder.blockSignals(True)
        self.builder.set_spec(info.spec)
        self.builder.blockSignals(False)
        self.evaluate_now()

    @Slot(int)
    def on_kind_changed(self, _index: int) -> None:
        """The table shows the stored members or the spec's: evaluate again; the member buttons follow."""
        self._shown_static = None
        self._update_members_bar()
        self.on_builder_changed()

    @Slot()
    def on_builder_changed(self) -> None:
        self.count_label.setText(_t("Calcul…"))
        self._debounce.start()

    @Slot()
    def evaluate_now(self) -> None:
        """Count the contacts matching the builder's spec (off the UI thread) and list the first ones."""
        self._debounce.stop()
        self._generation += 1
        generation, spec = self._generation, self.builder.spec()
        database, today, tz = self._ctx.database, self._today(), self._tz
        static_id = self._current_id if self.kind.currentData() == "static" and not self._edited() else None

        def work(_progress: Any) -> tuple[list[int], list[Any]]:
            from desktop.db import queries

            with database.sessions() as session:
                if static_id is not None:
                    ids = queries.members(session, static_id, today, self._ctx.clock(), tz)
                    session.commit()
                else:
                    ids = queries.evaluate_ids(session, spec, today, tz)
                return ids, queries.member_rows(session, ids[:SHOWN_MEMBERS * 5])[:SHOWN_MEMBERS]

        def done(result: tuple[list[int], list[Any]]) -> None:
            if generation != self._generation:
                return  # an older evaluation: the user has typed since
            self._ids, rows = result
            self._shown_static = static_id
            self._update_members_bar()
            self.members.set_rows(rows)
            text = tr("Queries", "%n contact(s) correspondent", "", len(self._ids))
            if len(self._ids) > len(rows):
                text += " — " + _t("les %1 premiers sont affichés").replace("%1", str(len(rows)))
            self.count_label.setText(text)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._ids = []
                self._shown_static = None
                self._update_members_bar()
                self.members.set_rows([])
                self.count_label.setText(_t("Requête incomplète : %1").replace("%1", str(exc)))

        Op(work).success(done).failure(failed).run_in_background(self._ctx.runner)

    def _edited(self) -> bool:
        info = self.queries.row_at(self.queries.row_of(self._current_id)) if self._current_id else None
        return info is None or info.spec != self.builder.spec()

    def matching_ids(self) -> list[int]:
        return list(self._ids)

    # Saving ---------------------------------------------------------------------------------------------
    @Slot()
    def on_new_clicked(self) -> None:
        self._current_id = None
        self.list.clearSelection()
        self.name.setText(_t("Nouvelle requête"))
        self.builder.set_spec({"match": "all", "conditions": [{"field": "contact.status", "op": "is",
                                                               "value": "prospect"}]})
        self.name.setFocus()
        self.name.selectAll()
        self.evaluate_now()

    @Slot()
    def on_save_clicked(self) -> None:
        database, today, now, tz = self._ctx.database, self._today(), self._ctx.clock(), self._tz
        name, kind, spec, query_id = self.name.text(), self.kind.currentData(), self.builder.spec(), self._current_id

        def work(_progress: Any) -> int:
            from desktop.db import queries

            with database.sessions.begin() as session:
                return queries.save_query(session, name=name, kind=kind, spec=spec, today=today, now=now, tz=tz,
                                          query_id=query_id)

        def done(saved_id: int) -> None:
            self._current_id = saved_id
            self._ctx.show_message(_t("Requête enregistrée : %1").replace("%1", name))
            self._load(select_id=saved_id)

        Op(work).success(done).failure(self._failed).run_in_background(self._ctx.runner)

    @Slot()
    def on_delete_clicked(self) -> None:
        if self._current_id is None:
            return
        query_id, database = self._current_id, self._ctx.database
        answer = QMessageBox.question(self, "Relance", _t("Supprimer la requête « %1 » ?").replace(
            "%1", self.name.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(_progress: Any) -> None:
            from desktop.db import queries

            with database.sessions.begin() as session:
                queries.delete_query(session, query_id)

        Op(work).success(lambda _r: self._load(select=0)).failure(self._failed).run_in_background(self._ctx.runner)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, "Relance", str(exc))

    # Bulk actions -----------------------------------------------------------------------------------------
    def _confirm(self, question: str) -> bool:
        """Ask to confirm an action on the current matching contacts, stating their number."""
        if not self._ids:
            QMessageBox.information(self, "Relance", _t("Aucun contact ne correspond à la requête."))
            return False
        text = tr("Queries", "%n contact(s) seront modifiés.", "", len(self._ids))
        answer = QMessageBox.question(self, "Relance", f"{question}\n\n{text}")
        return answer == QMessageBox.StandardButton.Yes

    def bulk_tag(self, add: bool, tag: str | None = None, confirmed: bool = False) -> None:
        if tag is None:
            tag, ok = QInputDialog.getText(self, "Relance", _t("Étiquette :"))
            if not ok:
                return
        tag = tag.strip()
        if not tag:
            return
        question = _t("Ajouter l'étiquette « %1 » ?") if add else _t("Retirer l'étiquette « %1 » ?")
        question = question.replace("%1", tag)
        if not confirmed and not self._confirm(question):
            return
        ids, changed_ids = list(self._ids), list[int]()

        def first(session: Any) -> list[int]:
            from desktop.db import queries

            return (queries.add_tag if add else queries.remove_tag)(session, ids, tag)

        def redo(session: Any) -> None:
            from desktop.db import queries

            (queries.retag if add else queries.untag)(session, changed_ids, tag)

        def undo(session: Any) -> None:
            from desktop.db import queries

            (queries.untag if add else queries.retag)(session, changed_ids, tag)

        self._push(question, redo, undo, first, lambda result: changed_ids.extend(result))

    def bulk_status(self, status: str | None = None, confirmed: bool = False) -> None:
        if status is None:
            labels = [_t("Prospect"), _t("Client")]
            chosen, ok = QInputDialog.getItem(self, "Relance", _t("Statut :"), labels, 0, False)
            if not ok:
                return
            status = "client" if chosen == labels[1] else "prospect"
        self._set_field("status", status, _t("Définir le statut ?"), confirmed)

    def bulk_owner(self, owner_id: int | None = None, confirmed: bool = False) -> None:
        if owner_id is None:
            users = self.builder._catalog.users
            if not users:
                return
            chosen, ok = QInputDialog.getItem(self, "Relance", _t("Commercial :"), [n for _i, n in users], 0, False)
            if not ok:
                return
            owner_id = next(i for i, n in users if n == chosen)
        self._set_field("owner_id", owner_id, _t("Attribuer ces contacts à un commercial ?"), confirmed)

    def bulk_custom_field(self, field_id: int | None = None, text: str | None = None,
                          confirmed: bool = False) -> None:
        """Give every matching contact one value of a contact custom field (empty clears it); undoable."""
        from desktop.core.custom_fields import parse_value
        from desktop.core.validation import InvalidValue
        from desktop.gui.kit.problems import problem_text

        custom = {i: info for i, info in self.builder._catalog.custom.items() if info.entity == "contact"}
        if not custom:
            QMessageBox.information(self, "Relance", _t("Aucun champ personnalisé de contact. Ajoutez-en dans "
                                                        "Paramètres › Tous les paramètres › Champs personnalisés."))
            return
        if field_id is None:
            labels = [info.label for info in custom.values()]
            chosen, ok = QInputDialog.getItem(self, "Relance", _t("Champ :"), labels, 0, False)
            if not ok:
                return
            field_id = next(i for i, info in custom.items() if info.label == chosen)
        info = custom[field_id]
        if text is None:
            if info.kind == "choice":
                empty = _t("(vide : effacer)")
                chosen, ok = QInputDialog.getItem(self, "Relance", info.label, [*info.choices, empty], 0, False)
                text = "" if chosen == empty else chosen
            else:
                hint = {"number": _t("Nombre (par exemple 1 234,5) ; vide pour effacer :"),
                        "date": _t("Date (jj/mm/aaaa) ; vide pour effacer :")}.get(
                    info.kind, _t("Texte ; vide pour effacer :"))
                text, ok = QInputDialog.getText(self, info.label, hint)
            if not ok:
                return
        try:
            value = parse_value(info.kind, text, info.choices)
        except InvalidValue as exc:
            QMessageBox.warning(self, "Relance", _t("Valeur refusée pour « %1 » : %2").replace(
                "%1", info.label).replace("%2", problem_text(exc.message)))
            return
        question = (_t("Donner à « %1 » la valeur « %2 » ?").replace("%1", info.label).replace("%2", text.strip())
                    if value is not None else _t("Effacer « %1 » ?").replace("%1", info.label))
        if not confirmed and not self._confirm(question):
            return
        ids, previous, chosen_id = list(self._ids), dict[int, Any](), field_id

        def apply(session: Any) -> dict[int, Any]:
            from desktop.db import queries

            return queries.set_custom_field(session, ids, chosen_id, value)

        def undo(session: Any) -> None:
            from desktop.db import queries

            queries.restore_custom_field(session, chosen_id, previous)

        self._push(question, apply, undo, apply, lambda result: previous.update(result))

    @Slot()
    def on_custom_fields_changed(self) -> None:
        """Offer the custom fields as they are now (what is typed in the builder stays) and count again."""
        database = self._ctx.database

        def work(_progress: Any) -> Any:
            from desktop.db import queries

            with database.sessions() as session:
                return queries.custom_catalog(session)

        def done(custom: Any) -> None:
            self.builder.set_catalog(BuilderCatalog(self._today(), custom, self.builder._catalog.users))
            self.evaluate_now()

        Op(work).success(done).failure(self._failed).run_in_background(self._ctx.runner)

    def _set_field(self, column: str, value: Any, question: str, confirmed: bool) -> None:
        if not confirmed and not self._confirm(question):
            return
        ids, previous = list(self._ids), dict[int, Any]()

        def first(session: Any) -> dict[int, Any]:
            from desktop.db import queries

            return queries.set_field(session, ids, column, value)

        def redo(session: Any) -> None:
            from desktop.db import queries

            queries.set_field(session, ids, column, value)

        def undo(session: Any) -> None:
            from desktop.db import queries

            queries.restore_field(session, column, previous)

        self._push(question, redo, undo, first, lambda result: previous.update(result))

    def _push(self, text: str, redo: Any, undo: Any, first: Any, remember: Any, on_done: Any = None) -> None:
        from desktop.gui.kit.undo import DbCommand

        command = DbCommand(self._ctx, text, redo=redo, undo=undo, first=first, remember=remember,
                            on_done=on_done or self.evaluate_now, on_error=self._failed)
        self._ctx.undo_stack.push(command)

    # Static members by hand ------------------------------------------------------------------
    def _update_members_bar(self) -> None:
        """Shown for a static query; usable when the table lists its stored members (saved, not edited)."""
        static = self.kind.currentData() == "static"
        self.members_bar.setVisible(static)
        usable = static and self._shown_static is not None
        if not static:
            return
        self.static_hint.setText(_t("Requête statique : ajoutez ou retirez des membres à la main.") if usable else
                                 _t("Enregistrez la requête statique pour en modifier les membres à la main."))
        self.add_members_button.setEnabled(usable)
        self.remove_members_button.setEnabled(usable and bool(self.selected_member_ids()))

    @Slot()
    def on_members_selection_changed(self) -> None:
        self._update_members_bar()

    def selected_member_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        members = [self.members.data(self.members.index(r, 0), Qt.ItemDataRole.UserRole) for r in rows]
        return [int(m.id) for m in members if m is not None]

    def _after_members_edit(self) -> None:
        """Show the stored members again and the new count in the list."""
        self._load(select_id=self._current_id)

    @Slot()
    def on_remove_members_clicked(self) -> None:
        """Take the selected contacts out of the static query (Ctrl+Z puts them back)."""
        query_id, ids = self._shown_static, self.selected_member_ids()
        if query_id is None or not ids:
            return
        self.remove_members(query_id, ids)

    def remove_members(self, query_id: int, ids: list[int]) -> None:
        now, gone = self._ctx.clock(), list[int]()
        text = tr("Queries", "Retirer %n contact(s) de la requête", "", len(ids))

        def first(session: Any) -> list[int]:
            from desktop.db import queries

            return queries.remove_members(session, query_id, ids, now)

        def redo(session: Any) -> None:
            from desktop.db import queries

            queries.remove_members(session, query_id, gone, now)

        def undo(session: Any) -> None:
            from desktop.db import queries

            queries.add_members(session, query_id, gone, now)

        def remember(result: list[int]) -> None:
            gone.extend(result)
            self._ctx.show_message(tr("Queries", "%n contact(s) retiré(s) de la requête. Ctrl+Z pour annuler.", "",
                                      len(result)))

        self._push(text, redo, undo, first, remember, on_done=self._after_members_edit)

    @Slot()
    def on_add_members_clicked(self) -> None:
        """Pick contacts (search as you type) and add them to the static query (undoable)."""
        query_id = self._shown_static
        if query_id is None:
            return
        from desktop.gui.queries.member_picker import MemberPicker

        picker = MemberPicker(self._ctx, self.name.text(), self._ids, self)
        if picker.exec() and picker.chosen_ids():
            self.add_members(query_id, picker.chosen_ids())

    def add_members(self, query_id: int, ids: list[int]) -> None:
        now, added = self._ctx.clock(), list[int]()
        text = tr("Queries", "Ajouter %n contact(s) à la requête", "", len(ids))

        def first(session: Any) -> list[int]:
            from desktop.db import queries

            return queries.add_members(session, query_id, ids, now)

        def redo(session: Any) -> None:
            from desktop.db import queries

            queries.add_members(session, query_id, added, now)

        def undo(session: Any) -> None:
            from desktop.db import queries

            queries.remove_members(session, query_id, added, now)

        def remember(result: list[int]) -> None:
            added.extend(result)
            message = tr("Queries", "%n contact(s) ajouté(s) à la requête.", "", len(result))
            if len(ids) > len(result):
                message += " " + tr("Queries", "%n déjà membre(s).", "", len(ids) - len(result))
            self._ctx.show_message(message)

        self._push(text, redo, undo, first, remember, on_done=self._after_members_edit)

    def bulk_export(self) -> None:
        if not self._ids:
            QMessageBox.information(self, "Relance", _t("Aucun contact ne correspond à la requête."))
            return
        text = tr("Queries", "Exporter %n contact(s) ?", "", len(self._ids))
        if QMessageBox.question(self, "Relance", text) != QMessageBox.StandardButton.Yes:
            return
        from desktop.gui.transfer.export import export_with_dialog
        from desktop.services.importer import Kind

        export_with_dialog(self, self._ctx.database.sessions, self._ctx.runner, kind=Kind.CONTACTS,
                           ids=list(self._ids), on_error=self._failed)

    def bulk_phoning(self, campaign_id: int | None = None) -> None:
        """Add the matching contacts to a phoning campaign (asked for unless given)."""
        from desktop.gui.campaigns.bulk import add_to_phoning_campaign

        add_to_phoning_campaign(self, self._ctx, list(self._ids), campaign_id)

    def bulk_enrol(self, scenario_id: int | None = None) -> None:
        """Enrol the matching contacts in a running scenario (asked and confirmed with the count unless given)."""
        if not self._ids:
            QMessageBox.information(self, "Relance", _t("Aucun contact ne correspond à la requête."))
            return
        from desktop.gui.scenarios.enrol_dialog import enrol_with_dialog

        enrol_with_dialog(self, self._ctx, list(self._ids), scenario_id=scenario_id)

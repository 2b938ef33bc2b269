"""The pipeline: open opportunities as a board by stage (drag a card, or Ctrl+Left/Right), or as a list.

Each column shows its count, amount and probability-weighted amount (:mod:`desktop.core.pipeline`).
A stage change is an undoable command run on the worker thread. Won and lost opportunities are not here:
they feed the dashboard. The board reloads when opportunities or quotes change (its own moves included), at
once when it is on screen, else when it comes back into sight. Its look is ``ui/relance.qss``'s (roles
``stage_column``, ``stage_header``, ``view_toggle``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formatting import format_date, format_money_whole, format_percent
from desktop.core.pipeline import CLOSE_WINDOWS, STAGES, PipelineRow, StageTotal, close_window, neighbour_stage
from desktop.core.pipeline import stage_totals as compute_stage_totals
from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext

MIME = "application/x-relance-opportunity"
CARD_LIMIT = 200  # cards per column on the board; the list shows every row
AnyIndex = QModelIndex | QPersistentModelIndex


def stage_label(stage: str) -> str:
    """The salesperson's word for a stage."""
    return {"qualification": tr("Pipeline", "Qualification"), "proposal": tr("Pipeline", "Proposition"),
            "negotiation": tr("Pipeline", "Négociation")}.get(stage, stage)


def _window_label(kind: str) -> str:
    return {"all": tr("Pipeline", "Toutes les dates de clôture"), "overdue": tr("Pipeline", "Clôture dépassée"),
            "this_month": tr("Pipeline", "Clôture ce mois-ci"), "this_quarter": tr("Pipeline", "Clôture ce trimestre"),
            "next_90_days": tr("Pipeline", "Clôture sous 90 jours")}[kind]


def _money(amount: Decimal | None, lang: str) -> str:
    return format_money_whole(amount, lang) if amount is not None else "—"


class StageColumn(QListWidget):
    """One column of the board; a card dropped here asks for its opportunity to move to this stage."""

    sig_card_dropped = Signal(int, str)  # opportunity id, stage

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"column_{stage}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setProperty("role", "stage_column")

    def mimeTypes(self) -> list[str]:
        """Cards travel as their opportunity id."""
        return [MIME]

    def mimeData(self, items: Any) -> QMimeData:
        """The dragged card's opportunity id."""
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept cards only."""
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept cards anywhere in the column."""
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Ask for the move; the board is rebuilt from the database afterwards (no local item shuffle)."""
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        opportunity_id = int(bytes(event.mimeData().data(MIME).data()).decode())
        event.setDropAction(Qt.DropAction.CopyAction)  # the source keeps its item until the reload
        event.accept()
        self.sig_card_dropped.emit(opportunity_id, self.stage)


class PipelineTableModel(QAbstractTableModel):
    """The open opportunities as a list (the same data as the board)."""

    def __init__(self, lang: str = "fr") -> None:
        super().__init__()
        self._rows: list[PipelineRow] = []
        self._lang = lang

    def set_rows(self, rows: list[PipelineRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PipelineRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows of a flat table."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Title, company, stage, amount, weighted amount, expected close, salesperson."""
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (tr("Pipeline", "Opportunité"), tr("Pipeline", "Société"), tr("Pipeline", "Étape"),
                tr("Pipeline", "Montant HT"), tr("Pipeline", "Pondéré"), tr("Pipeline", "Clôture prévue"),
                tr("Pipeline", "Commercial"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of a cell; amounts aligned right; the opportunity id as user data."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        from desktop.core.pipeline import weighted_amount

        column = index.column()
        if column == 0:
            return row.title
        if column == 1:
            return row.company
        if column == 2:
            return stage_label(row.stage)
        if column == 3:
            return _money(row.amount, self._lang)
        if column == 4:
            return _money(weighted_amount(row.amount, row.stage), self._lang)
        if column == 5:
            return format_date(row.expected_close_date, self._lang) if row.expected_close_date else ""
        return row.owner_name


class PipelineView(QWidget):
    """The board and the list of open opportunities, with filters by salesperson and close date."""

    sig_loaded = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.settings.language
        self.rows: list[PipelineRow] = []
        self.totals: list[StageTotal] = []
        self._select_after_load: int | None = None
        self._owners_loaded = False

        title = QLabel(self.tr("Pipeline"))
        title.setObjectName("view_title")
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.owner_filter.addItem(self.tr("Tous les commerciaux"), None)
        self.window_filter = QComboBox()
        self.window_filter.setObjectName("window_filter")
        for kind in CLOSE_WINDOWS:
            self.window_filter.addItem(_window_label(kind), kind)
        self.board_button = QPushButton(self.tr("Tableau"))
        self.list_button = QPushButton(self.tr("Liste"))
        toggle = QButtonGroup(self)
        for number, button in enumerate((self.board_button, self.list_button)):
            button.setCheckable(True)
            button.setProperty("role", "view_toggle")
            toggle.addButton(button, number)
        self.board_button.setChecked(True)
        self.board_button.setToolTip(self.tr("Glisser une carte vers une autre colonne, ou Ctrl+Gauche / "
                                             "Ctrl+Droite sur la carte choisie, change son étape."))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.owner_filter)
        top.addWidget(self.window_filter)
        top.addWidget(self.board_button)
        top.addWidget(self.list_button)

        self.summary = QLabel()
        self.summary.setObjectName("pipeline_summary")
        self.summary.setProperty("role", "summary")

        board = QWidget()
        board_layout = QHBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        self.columns: dict[str, StageColumn] = {}
        self.headers: dict[str, QLabel] = {}
        for stage in STAGES:
            box = QVBoxLayout()
            header = QLabel()
            header.setObjectName(f"header_{stage}")
            header.setWordWrap(True)
            header.setProperty("role", "stage_header")
            column = StageColumn(stage)
            column.sig_card_dropped.connect(self.on_column_card_dropped)
            box.addWidget(header)
            box.addWidget(column, 1)
            board_layout.addLayout(box, 1)
            self.columns[stage], self.headers[stage] = column, header

        self.model = PipelineTableModel(self.lang)
        self.table = QTableView()
        self.table.setObjectName("pipeline_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.table.setColumnWidth(1, 220)

        self.stack = QStackedWidget()
        self.stack.addWidget(board)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

        toggle.idClicked.connect(self.stack.setCurrentIndex)
        self.owner_filter.currentIndexChanged.connect(self.refresh)
        self.window_filter.currentIndexChanged.connect(self.refresh)
        for keys, step in (("Ctrl+Left", -1), ("Ctrl+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selected(s))
        reload_on_changes(self, ctx.changes, Topic.OPPORTUNITIES | Topic.QUOTES, self.refresh)
        self.refresh()

    # Loading ------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Read the open opportunities kept by the filters, off the UI thread."""
        from desktop.db.pipeline import PipelineFilter, load_pipeline, salespeople

        start, end = close_window(str(self.window_filter.currentData()), self.ctx.clock().date())
        flt = PipelineFilter(owner_id=self.owner_filter.currentData(), close_from=start, close_to=end)
        want_owners = not self._owners_loaded
        db_op(self.ctx, lambda s: (load_pipeline(s, flt), salespeople(s) if want_owners else None),
              write=False).success(self._loaded).run()

    def _loaded(self, result: tuple[list[PipelineRow], list[tuple[int, str]] | None]) -> None:
        rows, owners = result
        if owners is not None and not self._owners_loaded:
            self._owners_loaded = True
            self.owner_filter.blockSignals(True)
            for owner_id, name in owners:
                self.owner_filter.addItem(name, owner_id)
            self.owner_filter.blockSignals(False)
        self.rows = rows
        self.totals = compute_stage_totals(rows)
        self._fill_board()
        self.model.set_rows(rows)
        self.sig_loaded.emit()

    def _fill_board(self) -> None:
        by_stage: dict[str, list[PipelineRow]] = {s: [] for s in STAGES}
        for row in self.rows:
            by_stage[row.stage].append(row)
        for total in self.totals:
            column = self.columns[total.stage]
            column.clear()
            for row in by_stage[total.stage][:CARD_LIMIT]:
                item = QListWidgetItem(self._card_text(row))
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(row.owner_name)
                column.addItem(item)
                if row.id == self._select_after_load:
                    column.setCurrentItem(item)
                    column.setFocus()
            shown = self.tr("%n opportunité(s)", "", total.count)
            if total.count > CARD_LIMIT:
                shown += " · " + self.tr("les %1 plus grosses affichées (voir la liste)").replace(
                    "%1", str(CARD_LIMIT))
            self.headers[total.stage].setText(
                f"<b>{stage_label(total.stage)}</b> ({format_percent(total.probability * 100, self.lang)})<br>"
                f"{shown}<br>" + self.tr("Montant : %1").replace("%1", _money(total.amount, self.lang)) + "<br>"
                + self.tr("Pondéré : %1").replace("%1", _money(total.weighted, self.lang)))
        self._select_after_load = None
        amount = sum((t.amount for t in self.totals), Decimal(0))
        weighted = sum((t.weighted for t in self.totals), Decimal(0))
        self.summary.setText(self.tr("%n opportunité(s) en cours", "", len(self.rows)) + " · "
                             + self.tr("montant total %1, pondéré %2").replace("%1", _money(amount, self.lang))
                             .replace("%2", _money(weighted, self.lang)))

    def _card_text(self, row: PipelineRow) -> str:
        lines = [row.title, f"{row.company} · {_money(row.amount, self.lang)}" if row.company
                 else _money(row.amount, self.lang)]
        if row.expected_close_date is not None:
            today = self.ctx.clock().date()
            when = format_date(row.expected_close_date, self.lang)
            lines.append(self.tr("Clôture prévue le %1").replace("%1", when) if row.expected_close_date >= today
                         else self.tr("Clôture dépassée (%1)").replace("%1", when))
        return "\n".join(lines)

    # Moving cards -------------------------------------------------------------------------
    def row_by_id(self, opportunity_id: int) -> PipelineRow | None:
        return next((r for r in self.rows if r.id == opportunity_id), None)

    def selected_id(self) -> int | None:
        """The opportunity of the selected card (board) or row (list)."""
        if self.stack.currentWidget() is self.table:
            index = self.table.currentIndex()
            return int(self.model.row_at(index.row()).id) if index.isValid() else None
        focused = [c for c in self.columns.values() if c.hasFocus()] or [
            c for c in self.columns.values() if c.currentItem() is not None and c.currentItem().isSelected()]
        for column in focused:
            item = column.currentItem()
            if item is not None:
                return int(item.data(Qt.ItemDataRole.UserRole))
        return None

    @Slot()
    def move_selected(self, step: int) -> None:
        """Ctrl+Left / Ctrl+Right: the selected opportunity goes one stage left or right."""
        opportunity_id = self.selected_id()
        row = self.row_by_id(opportunity_id) if opportunity_id is not None else None
        if row is None:
            return
        target = neighbour_stage(row.stage, step)
        if target is not None:
            self.move_opportunity(row.id, target)

    @Slot(int, str)
    def on_column_card_dropped(self, opportunity_id: int, stage: str) -> None:
        self.move_opportunity(opportunity_id, stage)

    def move_opportunity(self, opportunity_id: int, stage: str) -> None:
        """Change an opportunity's stage as an undoable command (Ctrl+Z puts it back)."""
        from desktop.db.pipeline import set_stage
        from desktop.gui.kit.undo import DbCommand

        row = self.row_by_id(opportunity_id)
        if row is None or row.stage == stage:
            return
        previous = row.stage
        self._select_after_load = opportunity_id
        text = self.tr("Déplacer « %1 » vers %2").replace("%1", row.title).replace("%2", stage_label(stage))
        self.ctx.undo_stack.push(DbCommand(  # the board reloads through the bus (Topic.OPPORTUNITIES), undo included
            self.ctx, text, redo=lambda s: set_stage(s, opportunity_id, stage),
            undo=lambda s: set_stage(s, opportunity_id, previous), on_done=lambda: None,
            changes=Topic.OPPORTUNITIES))

    def select_first(self) -> None:
        """Select the first card of the first non-empty column (screenshots)."""
        for column in self.columns.values():
            if column.count():
                column.setCurrentRow(0)
                return


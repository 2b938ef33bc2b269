"""The dashboard: key figures per period and per salesperson, two charts, and a click-through to the quotes.

Everything is read and computed on the worker thread (:mod:`desktop.db.dashboard` aggregates in SQL,
:mod:`desktop.core.dashboard` derives the figures); the UI only paints. A click on a figure, a month's bar
or a salesperson's line asks for the quotes view filtered accordingly (``sig_quotes_requested``). The figures
are read again when quotes, tracking or opportunities change, at once when the dashboard is on screen, else
when it comes back into sight. The tiles' look is ``ui/relance.qss``'s (roles ``tile``, ``tile_value``,
``tile_caption``); the charts' colours are data, in :data:`SERIES_COLOURS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.dashboard import PERIODS, Dashboard, Figures, period_for
from desktop.core.formatting import format_money_whole, format_percent
from desktop.gui.kit.changes import Topic, reload_on_changes
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text
from desktop.gui.kit.i18n import tr
from desktop.gui.shell.context import GuiContext

#: The colour of each chart series (data: the same figure has the same colour in both charts).
SERIES_COLOURS = {"quoted": "#9db8e8", "sent": "#9db8e8", "opened": "#4f8cff", "viewed": "#f0a64a",
                  "accepted": "#2f9e6e", "won": "#2f9e6e"}


@dataclass(frozen=True)
class QuoteListRequest:
    """What the quotes view should show after a click on the dashboard."""

    statuses: tuple[str, ...] = ()
    owner_id: int | None = None
    issued_from: date | None = None
    issued_to: date | None = None


def _period_label(kind: str) -> str:
    return {"this_month": tr("Dashboard", "Ce mois-ci"), "last_3_months": tr("Dashboard", "3 derniers mois"),
            "last_12_months": tr("Dashboard", "12 derniers mois"),
            "this_year": tr("Dashboard", "Depuis le 1er janvier")}[kind]


def _money(amount: Decimal | None, lang: str) -> str:
    return format_money_whole(amount, lang) if amount is not None else "—"


def _rate(value: float | None, lang: str) -> str:
    return "—" if value is None else format_percent(Decimal(str(round(value * 100, 1))), lang)


def _month_label(month: str, lang: str) -> str:
    year, number = int(month[:4]), int(month[5:])
    names = (("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
             if lang == "fr" else ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                   "Dec"))
    return names[number - 1] if year else month


class Tile(QFrame):
    """One key figure: a caption, a big value, a detail line; click or Enter opens the quotes behind it."""

    sig_clicked = Signal()

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"tile_{name}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setProperty("role", "tile")
        self.caption = QLabel(caption)
        self.caption.setProperty("role", "tile_caption")
        self.value = QLabel("—")
        self.value.setObjectName("value")
        self.value.setProperty("role", "tile_value")
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "tile_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the underlying quotes."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Space opens the underlying quotes (keyboard users)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.sig_clicked.emit()
        else:
            super().keyPressEvent(event)


#: The statuses behind each tile (the quotes view filters on them).
SENT = ("sent", "opened", "viewed", "accepted", "refused", "expired")
TILE_STATUSES: dict[str, tuple[str, ...]] = {
    "sent": SENT, "opened": ("opened", "viewed", "accepted"), "viewed": ("viewed", "accepted"),
    "accepted": ("accepted",), "basket": ("accepted",), "cycle": ("accepted",),
    "unplanned": ("sent", "opened", "viewed"), "opportunities": ("accepted",),
}


class DashboardView(QWidget):
    """Key figures, a month chart, a per-salesperson chart and table; filters by period and salesperson."""

    sig_loaded = Signal()
    sig_quotes_requested = Signal(object)  # QuoteListRequest

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.settings.language
        self.dashboard: Dashboard | None = None
        self._owners_loaded = False
        self._months: list[str] = []
        self._owner_ids: list[int | None] = []

        title = QLabel(self.tr("Tableau de bord"))
        title.setObjectName("view_title")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("period_filter")
        for kind in PERIODS:
            self.period_filter.addItem(_period_label(kind), kind)
        self.period_filter.setCurrentIndex(PERIODS.index("last_12_months"))
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.owner_filter.addItem(self.tr("Toute l’équipe"), None)
        self.status = QLabel()
        self.status.setObjectName("count")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.period_filter)
        top.addWidget(self.owner_filter)

        captions = {
            "sent": self.tr("Devis envoyés"), "opened": self.tr("Taux d’ouverture (humaine)"),
            "viewed": self.tr("Taux de consultation"), "accepted": self.tr("Taux d’acceptation"),
            "basket": self.tr("Panier moyen HT"), "cycle": self.tr("Cycle de vente"),
            "unplanned": self.tr("Devis sans relance planifiée"),
            "opportunities": self.tr("Opportunités gagnées"),
        }
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for number, (name, caption) in enumerate(captions.items()):
            tile = Tile(name, caption)
            tile.sig_clicked.connect(lambda n=name: self.request_quotes(TILE_STATUSES[n]))
            grid.addWidget(tile, number // 4, number % 4)
            self.tiles[name] = tile

        self.month_chart = self._chart_view("month_chart")
        self.owner_chart = self._chart_view("owner_chart")
        charts = QHBoxLayout()
        charts.addWidget(self.month_chart, 3)
        charts.addWidget(self.owner_chart, 2)

        self.owner_table = QTableWidget(0, 7)
        self.owner_table.setObjectName("owner_table")
        self.owner_table.setHorizontalHeaderLabels([
            self.tr("Commercial"), self.tr("Devis envoyés"), self.tr("Montant devisé HT"),
            self.tr("Ouverture humaine"), self.tr("Acceptation"), self.tr("Montant gagné HT"),
            self.tr("Sans relance")])
        self.owner_table.verticalHeader().hide()
        self.owner_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.owner_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.owner_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # an amount is never cut
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.owner_table.setTextElideMode(Qt.TextElideMode.ElideRight)  # a name cut shows "…"
        self.owner_table.setMaximumHeight(150)
        self.owner_table.cellActivated.connect(self.on_owner_table_cell_activated)
        self.owner_table.cellDoubleClicked.connect(self.on_owner_table_cell_activated)

        self.extras = QLabel()  # phoning and campaign figures of the period
        self.extras.setObjectName("extras")
        self.extras.setWordWrap(True)  # a long line wraps instead of widening the window
        self.extras.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(charts, 1)
        layout.addWidget(self.owner_table)
        layout.addWidget(self.extras)

        self.period_filter.currentIndexChanged.connect(self.refresh)
        self.owner_filter.currentIndexChanged.connect(self.refresh)
        self.sig_quotes_requested.connect(self.on_quotes_requested)
        reload_on_changes(self, ctx.changes, Topic.QUOTES | Topic.TRACKING | Topic.OPPORTUNITIES | Topic.INVOICES,
                          self.refresh)
        self.refresh()

    def _chart_view(self, name: str) -> QChartView:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart)
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    # Loading ------------------------------------------------------------------------------
    def current_period(self) -> Any:
        return period_for(str(self.period_filter.currentData()), self.ctx.clock().date())

    @Slot()
    def refresh(self) -> None:
        """Read the aggregates and compute the figures off the UI thread."""
        from desktop.core.dashboard import build_dashboard
        from desktop.db.dashboard import load_dashboard

        period, owner = self.current_period(), self.owner_filter.currentData()
        today = self.ctx.clock().date()
        self.status.setText(self.tr("Calcul…"))

        def work(session: Any) -> Any:
            data = load_dashboard(session, period, owner, today)
            return data, build_dashboard(data)

        db_op(self.ctx, work, write=False).success(self._loaded).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        self.ctx.show_message(error_text(exc))  # db_op has logged an unexpected one

    def _loaded(self, result: Any) -> None:
        data, dashboard = result
        if not self._owners_loaded:
            self._owners_loaded = True
            self.owner_filter.blockSignals(True)
            for owner_id, name in sorted(data.owners.items(), key=lambda item: item[1]):
                self.owner_filter.addItem(name, owner_id)
            self.owner_filter.blockSignals(False)
        self.dashboard = dashboard
        self.status.setText(self.tr("devis envoyés du %1 au %2").replace(
            "%1", _short_date(data.period.start.date(), self.lang)).replace(
            "%2", _short_date(data.period.end.date() - timedelta(days=1), self.lang)))
        self._show_tiles(dashboard.totals)
        self._show_month_chart(dashboard)
        self._show_owner_chart(dashboard, data.owners)
        self._show_owner_table(dashboard)
        self._show_extras(data.extras)
        self.sig_loaded.emit()

    def _show_tiles(self, f: Figures) -> None:
        lang, t = self.lang, self.tiles
        t["sent"].set(str(f.sent), self.tr("%1 HT devisés").replace("%1", _money(f.amount_quoted, lang)))
        t["opened"].set(_rate(f.human_open_rate, lang), self.tr(
            "%n ouverture(s) machine seule(s), non comptée(s)", "", f.machine_only))
        t["viewed"].set(_rate(f.view_rate, lang), self.tr("%n devis consulté(s) en ligne", "", f.viewed))
        t["accepted"].set(_rate(f.acceptance_rate, lang), self.tr("%1 HT gagnés · %2").replace(
            "%1", _money(f.amount_won, lang)).replace("%2", self.tr("%n devis accepté(s)", "", f.accepted)))
        t["basket"].set(_money(f.average_basket, lang), self.tr("par devis accepté"))
        t["cycle"].set("—" if f.cycle_days is None else self.tr("%n jour(s)", "", round(f.cycle_days)),
                       self.tr("du premier envoi à l’acceptation"))
        t["unplanned"].set(str(f.unplanned), self.tr("devis en attente sans date de relance, aujourd’hui"))
        t["opportunities"].set(str(f.opportunities_won), self.tr("%1 HT · %2").replace(
            "%1", _money(f.opportunities_won_amount, lang)).replace(
            "%2", self.tr("%n perdue(s)", "", f.opportunities_lost)))

    def _show_month_chart(self, dashboard: Dashboard) -> None:
        chart = self.month_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Montants HT par mois d’envoi (k€)"))
        quoted, won = QBarSet(self.tr("Devisé")), QBarSet(self.tr("Gagné"))
        quoted.setColor(QColor(SERIES_COLOURS["quoted"]))
        won.setColor(QColor(SERIES_COLOURS["won"]))
        self._months = [m for m, _b in dashboard.by_month]
        top = 0.0
        for _month, bucket in dashboard.by_month:
            quoted.append(float(bucket.amount_quoted) / 1000)
            won.append(float(bucket.amount_won) / 1000)
            top = max(top, float(bucket.amount_quoted) / 1000)
        series = QBarSeries()
        series.append(quoted)
        series.append(won)
        series.clicked.connect(self.on_month_series_clicked)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([_month_label(m, self.lang) for m in self._months])
        axis_y = QValueAxis()
        axis_y.setRange(0, top * 1.1 or 1)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def _show_owner_chart(self, dashboard: Dashboard, owners: dict[int, str]) -> None:
        chart = self.owner_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(self.tr("Devis par commercial"))
        sets = [(QBarSet(self.tr("Envoyés")), SERIES_COLOURS["sent"]), (QBarSet(self.tr("Ouverts")),
                SERIES_COLOURS["opened"]), (QBarSet(self.tr("Consultés")), SERIES_COLOURS["viewed"]),
                (QBarSet(self.tr("Acceptés")), SERIES_COLOURS["accepted"])]
        self._owner_ids = [owner for owner, _n, _f in dashboard.by_owner]
        top = 0
        for _owner, _name, f in dashboard.by_owner:
            for (bar_set, _c), value in zip(sets, (f.sent, f.human_opened, f.viewed, f.accepted), strict=True):
                bar_set.append(value)
            top = max(top, f.sent)
        series = QBarSeries()
        for bar_set, colour in sets:
            bar_set.setColor(QColor(colour))
            series.append(bar_set)
        series.clicked.connect(self.on_owner_series_clicked)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([name or self.tr("Sans commercial") for _o, name, _f in dashboard.by_owner])
        axis_y = QValueAxis()
        axis_y.setRange(0, top * 1.1 or 1)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def _show_owner_table(self, dashboard: Dashboard) -> None:
        self.owner_table.setRowCount(len(dashboard.by_owner))
        for row, (_owner, name, f) in enumerate(dashboard.by_owner):
            cells = (name or self.tr("Sans commercial"), str(f.sent), _money(f.amount_quoted, self.lang),
                     _rate(f.human_open_rate, self.lang), _rate(f.acceptance_rate, self.lang),
                     _money(f.amount_won, self.lang), str(f.unplanned))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.owner_table.setItem(row, column, item)

    def _show_extras(self, extras: dict[str, Any]) -> None:
        """Phoning outcomes and email campaign figures of the period (when there are any)."""
        parts = []
        phoning: dict[str, int] = extras.get("phoning") or {}
        if phoning:
            detail = ", ".join(f"{_outcome_label(k)} {v}" for k, v in sorted(phoning.items(), key=lambda kv: -kv[1]))
            parts.append(self.tr("Phoning : %n appel(s)", "", sum(phoning.values())) + f" ({detail})")
        email: dict[str, int] = extras.get("email") or {}
        if email.get("campaigns"):
            parts.append(self.tr("Campagnes email : %n lancée(s)", "", email["campaigns"]) + " · "
                         + self.tr("%1 messages envoyés, %2 destinataires exclus").replace(
                             "%1", str(email["queued"])).replace("%2", str(email["excluded"])))
        invoices = extras.get("invoices")
        if invoices is not None and (invoices.invoiced or invoices.paid or invoices.overdue):
            parts.append(self.tr("Factures : %1 TTC facturés · %2 encaissés · %3 échus").replace(
                "%1", _money(invoices.invoiced, self.lang)).replace("%2", _money(invoices.paid, self.lang)).replace(
                "%3", _money(invoices.overdue, self.lang))
                + (" " + self.tr("(%n facture(s) échue(s))", "", invoices.overdue_count) if invoices.overdue_count
                   else ""))
        self.extras.setText("\n".join(parts))
        self.extras.setVisible(bool(parts))

    # Click-through ------------------------------------------------------------------------
    def request_quotes(self, statuses: tuple[str, ...], owner_id: int | None = None, month: str | None = None) -> None:
        """Ask for the quotes behind a figure (the period and salesperson filters apply)."""
        period = self.current_period()
        start, end = period.start.date(), period.end.date() - timedelta(days=1)
        if month is not None:
            start = date(int(month[:4]), int(month[5:]), 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        owner = owner_id if owner_id is not None else self.owner_filter.currentData()
        self.sig_quotes_requested.emit(QuoteListRequest(statuses, owner, start, end))

    @Slot(int, QBarSet)
    def on_month_series_clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self._months):
            self.request_quotes(SENT, month=self._months[index])

    @Slot(int, QBarSet)
    def on_owner_series_clicked(self, index: int, _bar_set: QBarSet) -> None:
        if 0 <= index < len(self._owner_ids):
            self.request_quotes(SENT, owner_id=self._owner_ids[index])

    @Slot(int, int)
    def on_owner_table_cell_activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._owner_ids):
            self.request_quotes(SENT, owner_id=self._owner_ids[row])

    @Slot(object)
    def on_quotes_requested(self, request: QuoteListRequest) -> None:
        """Show the quotes view with the request's filters (when hosted in the main window)."""
        show_view = getattr(self.window(), "show_view", None)
        if show_view is None:
            return
        quotes = show_view("quotes")
        apply = getattr(quotes, "show_filtered", None)
        if apply is not None:
            apply(statuses=request.statuses, owner_id=request.owner_id, issued_from=request.issued_from,
                  issued_to=request.issued_to)
            return
        _apply_quote_filters(quotes, request)


def _outcome_label(code: str) -> str:
    return {"interested": tr("Dashboard", "intéressé"), "not_interested": tr("Dashboard", "pas intéressé"),
            "voicemail": tr("Dashboard", "répondeur"), "no_answer": tr("Dashboard", "pas de réponse"),
            "wrong_number": tr("Dashboard", "mauvais numéro"), "callback": tr("Dashboard", "à rappeler"),
            "do_not_call": tr("Dashboard", "ne plus appeler")}.get(code, code)


def _short_date(value: date, lang: str) -> str:
    from desktop.core.formatting import format_date

    return format_date(value, lang)


def _apply_quote_filters(quotes: Any, request: QuoteListRequest) -> None:
    """Set the quotes view's filter widgets (statuses, salesperson, issue dates) to the request."""
    combo = quotes.status_filter
    index = next((i for i in range(combo.count()) if tuple(combo.itemData(i) or ()) == request.statuses), -1)
    if index < 0:
        combo.addItem(tr("Dashboard", "Devis du tableau de bord"), request.statuses)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    owner = quotes.owner_filter.findData(request.owner_id) if request.owner_id is not None else 0
    quotes.owner_filter.setCurrentIndex(max(0, owner))
    quotes.date_from.set_value(request.issued_from)
    quotes.date_to.set_value(request.issued_to)
    quotes.apply_filters()

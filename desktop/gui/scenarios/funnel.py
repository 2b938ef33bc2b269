"""The funnel of one scenario: how many contacts wait at each step, how many finished, stopped and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QWidget

from desktop.gui.kit.i18n import tr


def _t(text: str) -> str:
    return tr("Scenarios", text)


def stop_reasons() -> dict[str, str]:
    """The words of each stop reason."""
    return {"quote": _t("devis accepté ou refusé"), "opportunity": _t("opportunité conclue"),
            "replied": _t("le contact a répondu"), "unsubscribed": _t("désinscription ou rebond"),
            "do_not_contact": _t("ne pas contacter"), "manual": _t("arrêt manuel"),
            "gone": _t("contact ou étape supprimés")}


class FunnelWidget(QWidget):
    """Bars: one per step (contacts waiting there), then finished, then one per stop reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)

    def show_funnel(self, step_labels: list[str], funnel: Any) -> None:
        """Show a :class:`~desktop.db.scenarios.Funnel` for steps labelled in order."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        total = max(funnel.total, 1)
        rows: list[tuple[str, int, str]] = [
            (f"{i + 1}. {label}", funnel.at_step.get(i, 0), "step") for i, label in enumerate(step_labels)]
        rows.append((_t("Terminé"), funnel.finished, "finished"))
        words = stop_reasons()
        rows += [(_t("Arrêté : %1").replace("%1", words.get(reason, reason)), n, "stopped")
                 for reason, n in sorted(funnel.stopped.items())]
        for r, (label, count, kind) in enumerate(rows):
            self.grid.addWidget(QLabel(label), r, 0)
            bar = QProgressBar()
            bar.setObjectName(f"funnel_{kind}")
            bar.setMinimumWidth(120)
            bar.setRange(0, total)
            bar.setValue(count)
            bar.setFormat(tr("Scenarios", "%n contact(s)", "", count))
            self.grid.addWidget(bar, r, 1)

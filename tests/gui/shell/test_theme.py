"""The main window in the light and the dark scheme, as a salesperson sees it: dark screens with light text on a
dark desktop, light ones otherwise, and a notification toast opaque over the table it covers (issue 19: it was
transparent). Screenshots go to ``$RELANCE_SHOTS_DIR/shell`` when that is set (else to the test's folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from desktop.app import view_factories
from desktop.core.records import ContactDraft
from desktop.gui.kit import theme
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.live import News
from desktop.gui.shell.main_window import MainWindow
from desktop.gui.shell.notifications import NotificationCenter
from tests.gui.conftest import add_contacts
from tests.gui.kit.test_stylesheet import contrast, luminance


@pytest.fixture
def restored_theme(qapp: QApplication) -> Iterator[None]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ["RELANCE_SHOTS_DIR"]) / "shell" if os.environ.get("RELANCE_SHOTS_DIR") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _pixel(image: QImage, point: QPoint) -> QColor:
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark], ids=["light", "dark"])
def test_the_main_window_reads_well_in_both_schemes_and_toasts_are_opaque(
        qtbot: QtBot, qapp: QApplication, ctx: GuiContext, tmp_path: Path, restored_theme: None,
        scheme: Qt.ColorScheme) -> None:
    theme.apply_theme(qapp, scheme)
    add_contacts(ctx.database, [ContactDraft(first_name=f"Prénom{i}", last_name=f"Nom{i}", city="Lyon")
                                for i in range(30)])
    window = MainWindow(ctx, view_factories(ctx))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    view = window.show_view("contacts")
    window.statusBar().showMessage("Paramètres enregistrés et appliqués.")
    center = NotificationCenter(window, tray=False)
    with qtbot.waitSignal(center.sig_notified):
        center.on_news(News("ev-1", "view", datetime(2026, 12, 2, 10, tzinfo=UTC), 42, "D-2026-0042",
                            "Claire Dupont"))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: view.model.rowCount() == 30)  # type: ignore[attr-defined]
    image = window.grab().toImage()
    name = "light" if scheme == Qt.ColorScheme.Light else "dark"
    assert image.save(str(_shots(tmp_path) / f"main_window_{name}.png"))

    table = view.table  # type: ignore[attr-defined]
    table_bg = _pixel(image, table.mapTo(window, QPoint(table.width() - 30, table.height() - 20)))
    header = table.horizontalHeader()
    header_bg = _pixel(image, header.mapTo(window, QPoint(header.width() - 20, 3)))
    status = _pixel(image, window.statusBar().mapTo(window, QPoint(window.statusBar().width() // 2, 3)))
    [toast] = center.area.toasts()
    inside = _pixel(image, toast.mapTo(window, QPoint(toast.width() - 8, toast.height() // 2)))
    if scheme == Qt.ColorScheme.Dark:
        assert luminance(table_bg) < 0.05 and luminance(header_bg) < 0.08 and luminance(status) < 0.08
    else:
        assert luminance(table_bg) > 0.9 and luminance(header_bg) > 0.8 and luminance(status) > 0.8
    # the toast paints its own background over the table (not the table's rows through it)
    assert inside.name() == qapp.palette().toolTipBase().color().name(), inside.name()
    text_colour = qapp.palette().toolTipText().color()
    assert contrast(text_colour, inside) >= 4.5

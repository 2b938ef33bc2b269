"""« Vérifier une signature »: a sealed PDF chosen or dropped, the verdict in French words; the menu entry."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.gui.kit.theme import apply_theme
from desktop.gui.shell.context import GuiContext
from desktop.gui.shell.main_window import MainWindow
from desktop.gui.signing.verify_dialog import VerifyDialog
from desktop.services.signing.credentials import self_managed_key
from desktop.services.signing.evidence import Evidence
from desktop.services.signing.page import signature_page_pdf
from desktop.services.signing.seal import seal_pdf
from tests.support.sealing import SELLER, fresh_store


def _sealed(ctx: GuiContext, quote_pdf: bytes, evidence: Evidence, store: object, folder: Path) -> Path:
    key = self_managed_key(ctx.settings.data_dir, store, SELLER)  # type: ignore[arg-type]
    sealed = seal_pdf(quote_pdf, signature_page_pdf(evidence, seller=SELLER.legal_name), key).pdf
    path = folder / "Devis D-2026-0042 signé.pdf"
    path.write_bytes(sealed)
    return path


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The application's light theme (the verdict's colour), put back afterwards."""
    before_palette, before_sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, Qt.ColorScheme.Light)
    yield
    qapp.setStyleSheet(before_sheet)
    qapp.setPalette(before_palette)


def _drop(dialog: VerifyDialog, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)


def test_a_sealed_pdf_is_said_intact_with_who_and_when(qtbot, ctx: GuiContext, quote_pdf: bytes,
                                                       evidence: Evidence, tmp_path: Path, french: None,
                                                       themed: None) -> None:
    store = fresh_store()
    path = _sealed(ctx, quote_pdf, evidence, store, tmp_path)
    dialog = VerifyDialog(ctx, find_evidence=lambda sha: evidence.as_dict() if sha == evidence.pdf_sha256 else None,
                          store=store)
    qtbot.addWidget(dialog)
    dialog.resize(720, 480)
    dialog.show()
    dialog.check_file(path)
    assert dialog.checked is not None and dialog.checked.ok
    assert dialog.verdict.text().startswith("Signature valide")
    assert dialog.verdict.property("role") == "success"
    text = dialog.details.toPlainText()
    assert "Scellé par Atelier Lumière SARL" in text
    assert "certificat auto-géré de ce vendeur" in text
    assert "(heure de Paris)" in text
    assert "c'est bien le PDF présenté au signataire" in text
    assert dialog.file_path.text() == str(path)
    shot = Path(os.environ.get("RELANCE_SCREENSHOTS", tmp_path)) / "verify_dialog.png"
    assert dialog.grab().save(str(shot))


def test_a_dropped_pdf_changed_by_one_byte_is_said_tampered(qtbot, ctx: GuiContext, quote_pdf: bytes,
                                                            evidence: Evidence, tmp_path: Path) -> None:
    store = fresh_store()
    path = _sealed(ctx, quote_pdf, evidence, store, tmp_path)
    data = path.read_bytes()
    at = data.index(b"stream", 0) + 40
    path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
    dialog = VerifyDialog(ctx, store=store)
    qtbot.addWidget(dialog)
    _drop(dialog, path)
    assert dialog.checked is not None and not dialog.checked.ok
    assert dialog.verdict.text().startswith("Attention")
    assert dialog.verdict.property("role") == "error"
    assert "des octets ont changé" in dialog.details.toPlainText()


def test_a_file_that_is_not_a_pdf_and_an_unreadable_one(qtbot, ctx: GuiContext, tmp_path: Path) -> None:
    dialog = VerifyDialog(ctx, store=fresh_store())
    qtbot.addWidget(dialog)
    text = tmp_path / "notes.pdf"
    text.write_bytes(b"pas un PDF")
    dialog.check_file(text)
    assert dialog.verdict.text() == "Ce fichier n'est pas un PDF lisible."
    dialog.check_file(tmp_path / "absent.pdf")
    assert dialog.verdict.text() == "Ce fichier n'a pas pu être lu."


def test_the_main_window_opens_it_from_the_file_menu(qtbot, ctx: GuiContext) -> None:
    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    action = window.verify_signature_action
    assert action.text() == "&Vérifier une signature…"
    action.trigger()
    assert isinstance(window.verify_dialog, VerifyDialog) and window.verify_dialog.isVisible()
    assert window.verify_dialog.find_evidence is not None  # the evidence on file, from the database
    assert window.verify_dialog.find_evidence("00" * 32) is None
    window.verify_dialog.close()

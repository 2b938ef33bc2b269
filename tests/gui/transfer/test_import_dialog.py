"""The import dialog driven as a user would, with the synchronous runner."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from PySide6.QtCore import Qt

from desktop.db.models import Company, Contact
from desktop.gui.kit.changes import Changes, Topic
from desktop.gui.shell.context import GuiContext
from desktop.gui.transfer.import_dialog import ImportDialog, RowsModel
from desktop.services.database import Database
from desktop.services.importer import Kind
from desktop.services.tabular import Limits

CSV = ("Prénom;Nom;Société;E-mail;Téléphone\r\n"
       "Éloïse;Dupont;Acmé;eloise@acme.fr;06 12 34 56 78\r\n"
       "Paul;Roux;Acmé;paul@;0612\r\n"
       "Zoé;Martin;;eloise@acme.fr;\r\n"
       "Luc;=cmd|' /C calc'!A0;;;\r\n")


@pytest.fixture
def sessions(database: Database) -> sessionmaker[Session]:
    return database.sessions


@pytest.fixture
def dialog(qtbot: QtBot, ctx: GuiContext) -> Iterator[ImportDialog]:
    widget = ImportDialog(ctx, kind=Kind.CONTACTS, limits=Limits(max_rows=1000))
    qtbot.addWidget(widget)
    yield widget


def _counts(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with sessions() as s:
        return (int(s.scalar(select(func.count()).select_from(Contact)) or 0),
                int(s.scalar(select(func.count()).select_from(Company)) or 0))


def _file(tmp_path: Path, data: bytes, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_check_report_and_import_valid_rows(qtbot: QtBot, dialog: ImportDialog, sessions: sessionmaker[Session],
                                            tmp_path: Path, qtmodeltester: ModelTester, ctx: GuiContext) -> None:
    published: list[Changes] = []
    ctx.changes.subscribe(Topic.CONTACTS | Topic.COMPANIES, published.append)
    dialog.load_file(_file(tmp_path, CSV.encode("cp1252")))
    assert dialog.mapping() == ("first_name", "last_name", "company_name", "email", "phone")
    assert dialog.preview_model.rowCount() == 4
    assert dialog.preview_model.index(0, 0).data() == "Éloïse"
    qtmodeltester.check(dialog.preview_model)
    assert not dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "3 lignes valides, 1 lignes rejetées, 1 doublons" in dialog.summary_label.text()
    model = dialog.rejections_model
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert [r[:2] for r in rows] == [["3", "E-mail"], ["3", "Téléphone"]]
    assert rows[0][2].startswith("adresse e-mail non valide")
    assert _counts(sessions) == (0, 0)

    report = tmp_path / "rejets.csv"
    dialog.save_report(report)
    lines = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == ["Ligne", "Colonne", "Motif", "Valeur"] and len(lines) == 3

    with qtbot.waitSignal(dialog.sig_imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (signal.args[0].created, signal.args[0].skipped) == (2, 1)  # Zoé shares Éloïse's email: skipped
    assert _counts(sessions) == (2, 1)
    assert "2 créés" in dialog.message_label.text()
    assert [c.topics for c in published] == [Topic.CONTACTS | Topic.COMPANIES]  # the lists showing them follow


def test_policy_create_anyway_and_remapping(qtbot: QtBot, dialog: ImportDialog, sessions: sessionmaker[Session],
                                            tmp_path: Path) -> None:
    dialog.load_file(_file(tmp_path, CSV.encode("utf-8-sig")))
    dialog.set_field(4, "")  # do not import the phones: Paul's bad phone no longer matters
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.rejections_model.rowCount() == 1
    dialog.policy_combo.setCurrentIndex(dialog.policy_combo.findData("create"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _counts(sessions) == (3, 1)


def test_cancel_during_import_imports_nothing(qtbot: QtBot, dialog: ImportDialog, sessions: sessionmaker[Session],
                                              tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = ["Nom;E-mail"] + [f"Nom{i};n{i}@exemple.fr" for i in range(900)]
    dialog.load_file(_file(tmp_path, "\n".join(lines).encode()))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()

    def press_cancel(value: int) -> None:  # the user presses Cancel once the first chunk is written
        if value >= 500 and dialog.cancel_button.isEnabled():
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progress.valueChanged.connect(press_cancel)
    with qtbot.assertNotEmitted(dialog.sig_imported), caplog.at_level(logging.WARNING):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "annulée" in dialog.message_label.text()
    assert _counts(sessions) == (0, 0)
    assert [r.getMessage() for r in caplog.records] == []  # a cancellation is no fault: nothing logged


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "vide"),
    (b"Nom;Prenom\r\n", "que la ligne d'en-t"),
    ("Nom;Ville\nRenÃ©;OrlÃ©ans\n".encode(), "accents"),
    (b"\x00\x01" * 300, "pas un fichier texte"),
    (b"Nom;Ville\n" + b"x;y\n" * 1001, "trop de lignes"),
])
def test_bad_files_get_a_clear_message_and_change_nothing(qtbot: QtBot, dialog: ImportDialog,
                                                          sessions: sessionmaker[Session], tmp_path: Path,
                                                          data: bytes, expected: str) -> None:
    dialog.load_file(_file(tmp_path, data))
    assert expected in dialog.message_label.text()
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert _counts(sessions) == (0, 0)


def test_bad_cells_are_rejected_with_their_row(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    data = "Nom;Ville\nA\x00B;Lyon\nOk;Orléans\nC;D;E\n".encode() + "Bérénice;".encode() + b"\xff\n"
    dialog.load_file(_file(tmp_path, data))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    model = dialog.rejections_model
    got = [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
    assert got == [("2", "la cellule contient un octet nul"), ("4", "la ligne a plus de cellules que l'en-tête"),
                   ("5", "la cellule contient des octets qui ne sont pas du texte valide")]


def test_mapping_without_a_name_is_refused(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    dialog.load_file(_file(tmp_path, CSV.encode()))
    dialog.set_field(0, "")
    dialog.set_field(1, "")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "nom ou du prénom" in dialog.message_label.text()
    assert not dialog.import_button.isEnabled()


def test_companies_mode_and_nothing_button(qtbot: QtBot, dialog: ImportDialog, sessions: sessionmaker[Session],
                                           tmp_path: Path) -> None:
    dialog.load_file(_file(tmp_path, b"Raison sociale;SIRET\nBoulangerie;73282932000074\n"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(Kind.COMPANIES))
    assert dialog.mapping() == ("legal_name", "siret")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.nothing_button, Qt.MouseButton.LeftButton)
    assert _counts(sessions) == (0, 0)


def test_rows_model(qtmodeltester: ModelTester) -> None:
    model = RowsModel(["A", "B"], [["1", "2"], ["3"]])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == ""
    assert model.headerData(1, Qt.Orientation.Horizontal) == "B"


def test_an_unclosed_quote_is_said_at_its_row_in_french(qtbot: QtBot, dialog: ImportDialog, tmp_path: Path) -> None:
    rows = "".join(f"Nom{i};Ville{i}\n" for i in range(5))
    data = ("Nom;Ville\nOk;Lyon\n\"Dupont;Paris\n" + rows).encode()
    dialog.load_file(_file(tmp_path, data))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    model = dialog.rejections_model
    got = [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
    assert got and got[0][0] == "3" and got[0][1].startswith("un guillemet (\") ouvre une cellule"), got


def test_the_dialog_comes_from_its_form(qtbot: QtBot, dialog: ImportDialog) -> None:
    from desktop.gui.generated.transfer.ui_import_dialog import Ui_ImportDialog

    assert isinstance(dialog.form, Ui_ImportDialog) and dialog.windowTitle() == "Importer des contacts ou des sociétés"
    assert [dialog.mapping_table.horizontalHeaderItem(i).text() for i in range(3)] == [
        "Colonne du fichier", "Champ de Relance", "Exemples"]
    assert [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())] == [Kind.CONTACTS, Kind.COMPANIES]
    assert dialog.policy_combo.count() == 3 and not dialog.progress.isVisible()
    assert not dialog.check_button.isEnabled() and not dialog.cancel_button.isEnabled()

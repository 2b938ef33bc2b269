"""A contact's tracking consent in the contacts view: shown with its history, noted by a salesperson (a yes
needs a note), and exported as proof (PDF and CSV) for one contact or all."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.core.records import ContactDraft
from desktop.gui.contacts.consent import ConsentDialog, export_proof
from desktop.gui.contacts.view import ContactsView
from tests.gui.conftest import add_contacts
from tests.gui.held import add_held


def _view(qtbot, ctx) -> ContactsView:  # type: ignore[no-untyped-def]
    view = ContactsView(ctx)
    add_held(qtbot, view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_panel_shows_the_answer_and_a_salesperson_notes_one(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Élise", last_name="Fontaine", email="elise@fontaine.fr")])
    view = _view(qtbot, ctx)
    view.select_first()
    text = view.detail.browser.toPlainText()
    assert "Suivi des ouvertures" in text and "jamais demandé" in text and "sans pixel" in text
    view.detail.consent_button.click()
    dialog = view.consent_dialog
    assert isinstance(dialog, ConsentDialog)
    dialog.form.answer_yes.setChecked(True)
    dialog.on_save_requested()  # a yes without saying how is refused
    assert not dialog.form.error.isHidden() and "comment et quand" in dialog.form.error.text()
    dialog.form.note.setPlainText("accord par téléphone le 2 décembre")
    with qtbot.waitSignal(dialog.accepted):
        dialog.on_save_requested()
    qtbot.waitUntil(lambda: "accepté" in view.detail.browser.toPlainText())  # the panel follows the change
    text = view.detail.browser.toPlainText()
    assert "noté par un commercial" in text and "accord par téléphone le 2 décembre" in text


def test_the_proof_exports_for_one_contact_and_for_all(qtbot, ctx, database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.db.consent import record_by_salesperson

    ids = add_contacts(database, [ContactDraft(first_name="Élise", last_name="Fontaine"),
                                  ContactDraft(first_name="Marc", last_name="Petit")])
    with database.sessions.begin() as s:
        record_by_salesperson(s, ids[0], yes=True, note="accord écrit du 1er décembre", now=ctx.clock())
        record_by_salesperson(s, ids[1], yes=False, note="", now=ctx.clock())
    written: list[Path] = []
    parent = _view(qtbot, ctx)
    export_proof(ctx, parent, [ids[0]], written.append, tmp_path / "elise.pdf")
    export_proof(ctx, parent, None, written.append, tmp_path / "tous.csv")
    qtbot.waitUntil(lambda: len(written) == 2)
    pdf = (tmp_path / "elise.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    with open(tmp_path / "tous.csv", encoding="utf-8-sig", newline="") as handle:
        table = "\n".join(";".join(row) for row in csv.reader(handle, delimiter=";"))
    assert "Fontaine" in table and "Petit" in table and "accord écrit du 1er décembre" in table

"""Translations: the .ts files are complete and current, compile, and the main window speaks English.

French is the source language; ``relance_en.ts`` holds every English text and ``relance_fr.ts`` only
the French plural forms of the ``%n`` strings. The ``.qm`` files are compiled here, in a temporary
folder, so these tests do not depend on ``make translations``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.records import ContactDraft
from desktop.gui.kit import i18n, i18n_update
from desktop.gui.kit.i18n import install_translators
from desktop.gui.kit.i18n_update import update_ts
from tests.gui.conftest import add_contacts

ROOT = Path(__file__).resolve().parents[3]
I18N = ROOT / "resources" / "i18n"
TS_FILES = {lang: I18N / f"relance_{lang}.ts" for lang in ("en", "fr")}
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context, <message>) of the live messages (obsolete and vanished ones are skipped)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("obsolete", "vanished"):
                out.append((name, message))
    return out


def _keys(ts: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source") or "") for ctx, m in _messages(ts)}


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files compiled with the venv's pyside6-lrelease."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = BIN / "pyside6-lrelease"
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "pyside6-lrelease")
    for lang, ts in TS_FILES.items():
        done = subprocess.run([str(lrelease), str(ts), "-qm", str(out / f"relance_{lang}.qm")],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert (out / f"relance_{lang}.qm").stat().st_size > 0
    return out


@contextmanager
def _language(language: str, qm_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Install the translators as the app does (from ``qm_dir``), and remove them afterwards."""
    app = QCoreApplication.instance()
    assert app is not None
    previous_locale = QLocale()
    with monkeypatch.context() as m:
        m.setattr(i18n, "resource", lambda *parts: qm_dir / parts[-1])
        translators = install_translators(app, language)
    try:
        yield list(translators)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


# The .ts files ---------------------------------------------------------------------------------
def test_every_english_text_is_translated_and_finished() -> None:
    problems = []
    for ctx, message in _messages(TS_FILES["en"]):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = ([f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes"
                 else [translation.text or ""])
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"{ctx}: {source!r} has no finished English translation")
            continue
        wanted = set(re.findall(r"%\d", source))
        for form in forms:
            if set(re.findall(r"%\d", form)) != wanted:
                problems.append(f"{ctx}: {source!r} -> {form!r}: the %1, %2… markers differ")
            if message.get("numerus") == "yes" and not re.search("%L?n", form):  # %Ln: the count, grouped
                problems.append(f"{ctx}: {source!r} -> {form!r}: the count %n is missing")
            if source.count("&") != form.count("&"):
                problems.append(f"{ctx}: {source!r} -> {form!r}: the & shortcut marker is missing")
    assert not problems, "\n".join(problems)
    assert len(_messages(TS_FILES["en"])) > 100


def test_french_file_has_both_plural_forms_of_every_count_string() -> None:
    en_plurals = {(ctx, m.findtext("source")) for ctx, m in _messages(TS_FILES["en"]) if m.get("numerus") == "yes"}
    fr = [(ctx, m) for ctx, m in _messages(TS_FILES["fr"]) if m.get("numerus") == "yes"]
    assert {(ctx, m.findtext("source")) for ctx, m in fr} == en_plurals
    for ctx, message in fr:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (ctx, message.findtext("source"))
        forms = [f.text or "" for f in translation.iter("numerusform")]
        assert len(forms) == 2 and all(re.search("%L?n", f) and "(s)" not in f for f in forms), forms


def test_french_texts_follow_french_typography() -> None:
    """Every text as the French interface shows it (the French catalogue's text, else the source) has its
    no-break spaces before « : ; ! ? » and inside the guillemets, and the catalogue holds exactly the texts
    whose source needs them."""
    from desktop.core.typography import french_typography, plain_spaces_in_french

    fr = {(ctx, m.findtext("source") or ""): m for ctx, m in _messages(TS_FILES["fr"])}
    problems = []
    needing = 0
    for ctx, message in _messages(TS_FILES["en"]):
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" and french_typography(source) == source:
            assert (ctx, source) not in fr, (ctx, source)  # right as written: not in the catalogue
            continue
        needing += message.get("numerus") != "yes"
        shown = fr.get((ctx, source))
        translation = shown.find("translation") if shown is not None else None
        forms = [] if translation is None else (
            [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""])
        if not forms or translation is None or translation.get("type") is not None:
            problems.append(f"{ctx}: {source!r} is shown as typed, with plain spaces")
        problems += [f"{ctx}: {form!r} at {where!r}" for form in forms for where in plain_spaces_in_french(form)]
    assert not problems, "\n".join(problems[:40])
    assert needing > 100  # the issue counted 163 such texts


def test_the_committed_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """Re-run lupdate into fresh files: a string added to the code but not to the .ts fails here."""
    fresh = {lang: tmp_path / f"relance_{lang}.ts" for lang in TS_FILES}
    update_ts(list(fresh.values()))
    for lang, ts in TS_FILES.items():
        missing = sorted(_keys(fresh[lang]) - _keys(ts))
        assert not missing, (f"{ts.name} lacks these strings; run `make translations-update` and "
                             f"translate them (docs/TRANSLATIONS.md): {missing}")
    assert ("ContactForm", "Civilité") in _keys(fresh["en"])  # one-argument wrapper around tr()
    assert ("Companies", "Raison sociale") in _keys(fresh["en"])  # tr(context, text) helper
    assert ("ContactDetailPanel", "Sélectionnez un contact.") in _keys(fresh["en"])  # inside an f-string


def test_lupdate_spelling_keeps_the_lines() -> None:
    source = ('from desktop.gui.kit.i18n import tr\n\n\ndef _f(text):\n    return tr("Form", text)\n\n\n'
              'def fields():\n    t = _f\n    return [t("Nom"), tr("Cols", "Ville"), f"{tr(\'Cols\', \'Pays\')}"]\n')
    rewritten = i18n_update.lupdate_spelling(source)
    lines = rewritten.splitlines()
    assert lines[9] == ('    return [translate("Form", "Nom"), translate("Cols", "Ville"), '
                        "f\"{translate('Cols', 'Pays')}\"]")
    assert lines[-1] == "translate('Cols', 'Pays')"


# Run time --------------------------------------------------------------------------------------
def _main_window(ctx):  # type: ignore[no-untyped-def]
    from desktop.app import view_factories
    from desktop.gui.shell.main_window import MainWindow

    window = MainWindow(ctx, view_factories(ctx))
    return window


def _close(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for name in ("contacts", "companies"):
        if name in window._views:
            window._views[name].close()
    window.close()
    window.deleteLater()


def test_main_window_in_english(qtbot, ctx, database, qm_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Jeanne", last_name="Martin", company_name="Acme",
                                         status="client")])
    with _language("en", qm_dir, monkeypatch) as translators:
        assert len(translators) == 1  # relance_en.qm (Qt's own strings are English already)
        window = _main_window(ctx)
        try:
            sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
            assert sidebar[:4] == ["Follow-ups", "Contacts", "Companies", "Quotes"]
            assert "Campaigns" in sidebar
            assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Settings", "&Help"]
            contacts = window.show_view("contacts")
            assert contacts.search.placeholderText() == "Search by name, company, email, phone or city…"
            headers = [contacts.model.headerData(c, Qt.Orientation.Horizontal)
                       for c in range(contacts.model.columnCount())]
            assert headers == ["Last name", "Company", "Job title", "Email", "Phone", "City", "Status"]
            assert contacts.model.data(contacts.model.index(0, 6)) == "Customer"
            assert contacts.count_label.text() == "1 contact"
            assert contacts.count_text(2) == "2 contacts"
            assert contacts.count_text(0) == "0 contacts"
            assert contacts.tag_filter.itemText(0) == "All tags"
            assert [contacts.new_button.text(), contacts.edit_button.text(), contacts.delete_button.text()] == [
                "New", "Edit", "Delete"]
            companies = window.show_view("companies")
            assert companies.search.placeholderText() == "Search by legal name, SIRET or city…"
            assert companies.model.headerData(0, Qt.Orientation.Horizontal) == "Legal name"
            assert companies.count_label.text() == "1 company"
            assert companies.count_text(3) == "3 companies"
            assert window.mode_label.text() == "Local database"
        finally:
            _close(qtbot, window)
    assert QCoreApplication.translate("MainWindow", "Sociétés") == "Sociétés"  # removed again


def test_main_window_in_french_has_french_plurals(qtbot, ctx, database, qm_dir, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_contacts(database, [ContactDraft(first_name="Jeanne", last_name="Martin")])
    with _language("fr", qm_dir, monkeypatch) as translators:
        assert translators  # relance_fr.qm, and qtbase_fr.qm when Qt ships it
        window = _main_window(ctx)
        try:
            contacts = window.show_view("contacts")
            assert window.sidebar.item(2).text() == "Sociétés"
            assert contacts.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
            assert contacts.count_label.text() == "1 contact"
            assert contacts.count_text(2) == "2 contacts"
            assert contacts.count_text(0) == "0 contact"  # French: 0 and 1 take the singular
            companies = window.show_view("companies")
            assert companies.count_text(1) == "1 société"
            assert companies.count_text(5) == "5 sociétés"
            assert QCoreApplication.translate("ContactsView", "%n contact(s) supprimé(s). Ctrl+Z pour annuler.",
                                              "", 3) == "3 contacts supprimés. Ctrl+Z pour annuler."
            # French typography comes with the French catalogue: no line break before the colon
            counters = "Faits : %1   Restants : %2   Joints : %3   Cette session : %4"
            assert QCoreApplication.translate("CallList", counters).startswith("Faits\u00a0: %1")
        finally:
            _close(qtbot, window)


def test_a_missing_qm_falls_back_to_the_french_source(tmp_path, qapp, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    with _language("en", tmp_path, monkeypatch) as translators:  # tmp_path holds no .qm
        assert translators == []
        assert QCoreApplication.translate("MainWindow", "Sociétés") == "Sociétés"
        assert QApplication.translate("ContactsView", "%n contact(s)", "", 2) == "2 contact(s)"
    assert "relance_en.qm" in caplog.text


def test_plural_helper_calls_stay_plural_messages(tmp_path: Path) -> None:
    gui = tmp_path / "desktop" / "gui"
    gui.mkdir(parents=True)
    (gui / "m.py").write_text('from desktop.gui.kit.i18n import tr\n\n\ndef f(n):\n'
                              '    return tr("Ctx", "%n jour(s)", "", n) + tr("Ctx", "seul")\n', encoding="utf-8")
    (tmp_path / "desktop" / "app.py").write_text("", encoding="utf-8")
    ts = tmp_path / "resources" / "i18n" / "relance_en.ts"
    update_ts([ts], root=tmp_path)
    import xml.etree.ElementTree as ET

    messages = {m.findtext("source"): m.get("numerus") for c in ET.parse(ts).getroot().iter("context")
                if c.findtext("name") == "Ctx" for m in c.iter("message")}
    assert messages == {"%n jour(s)": "yes", "seul": None}

"""Designer forms: the committed code is what the forms give, and their texts are translated."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.gui.kit import forms_update


def test_the_generated_code_is_what_the_forms_give() -> None:
    # a form changed in Designer without `make forms`, or a generated file edited by hand, fails here
    assert forms_update.targets(), "ui/ holds the forms"
    assert forms_update.main(["--check"]) == 0


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    from PySide6.QtCore import QLocale

    from desktop.gui.kit.i18n import install_translators

    before = QLocale()
    translators = install_translators(qapp, "en")  # type: ignore[arg-type]
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[attr-defined]
    QLocale.setDefault(before)


def test_a_form_speaks_english_when_asked(qtbot: QtBot, english: None) -> None:
    from desktop.gui.shell.welcome import WelcomeDialog

    dialog = WelcomeDialog(lang="en")
    qtbot.addWidget(dialog)
    ui = dialog.form_ui
    assert ui.label_legal_name.text() == "Legal name"
    assert ui.demo_choice.text().startswith("Load the demo data")
    assert ui.field_siret.placeholderText() == "732 829 320 00074"  # an example is not translated

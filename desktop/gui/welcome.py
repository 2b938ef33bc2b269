"""The first-start welcome: who the seller is, and an empty start or the demo set."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.core.records import SellerDraft, validate_seller
from desktop.gui.i18n import tr
from desktop.gui.record_dialog import Field, RecordDialog


def seller_fields() -> list[Field]:
    """The seller identity fields (also used by the settings window)."""
    def t(text: str) -> str:
        return tr("SellerForm", text)

    return [
        Field("legal_name", t("Raison sociale")),
        Field("legal_form", t("Forme juridique"), placeholder="SARL, SAS…"),
        Field("siret", t("SIRET")),
        Field("vat_number", t("N° TVA intracommunautaire")),
        Field("address", t("Adresse")),
        Field("postal_code", t("Code postal")),
        Field("city", t("Ville")),
        Field("email", t("Email")),
        Field("phone", t("Téléphone")),
    ]


class WelcomeDialog(RecordDialog[SellerDraft]):
    """Asks for the seller identity (all optional) and how to start."""

    def __init__(self, region: str = "FR", parent: QWidget | None = None) -> None:
        super().__init__(tr("WelcomeDialog", "Bienvenue dans Relance"), seller_fields(), SellerDraft(),
                         lambda d: validate_seller(d, region), parent)
        intro = QLabel(self.tr(
            "<h2>Bienvenue dans Relance</h2><p>Qui relancer, quand, et comment. Indiquez votre société : "
            "elle figurera sur vos devis. Tout peut être complété plus tard.</p>"))
        intro.setWordWrap(True)
        self.empty_choice = QRadioButton(self.tr("Commencer avec une base vide"))
        self.demo_choice = QRadioButton(self.tr("Charger les données de démonstration (200 sociétés, 600 contacts)"))
        self.empty_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty_choice)
        group.addButton(self.demo_choice)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)
        layout.insertWidget(layout.count() - 1, self.empty_choice)
        layout.insertWidget(layout.count() - 1, self.demo_choice)
        self.demo_choice.toggled.connect(self.on_demo_choice_toggled)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Commencer"))

    @property
    def wants_demo(self) -> bool:
        return self.demo_choice.isChecked()

    @Slot(bool)
    def on_demo_choice_toggled(self, _checked: bool) -> None:
        self.revalidate()

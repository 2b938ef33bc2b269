"""Paramètres › Ma société: the seller identity printed on every quote, and the quotes' defaults.

The dialog is a :class:`~desktop.gui.kit.record_dialog.RecordDialog` over :class:`SellerDraft` whose form is
``ui/settings/seller.ui``, validated as the user types (SIRET, VAT number, IBAN and BIC with their checksums,
the share capital as an exact amount), plus a logo picked from a file and stored in the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.money import MESSAGES as MONEY_MESSAGES
from desktop.core.money import Problem as MoneyProblem
from desktop.core.money import describe_problem
from desktop.core.records import SellerDraft, validate_seller
from desktop.gui.generated.settings.ui_seller import Ui_SellerForm
from desktop.gui.kit.changes import Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.record_dialog import Field, RecordDialog
from desktop.gui.shell.context import GuiContext

MAX_LOGO_BYTES = 2 * 1024 * 1024


def _t(text: str) -> str:
    return tr("SellerForm", text)


def seller_fields() -> list[Field]:
    t = _t
    return [
        Field("legal_name", t("Raison sociale")),
        Field("legal_form", t("Forme juridique"), placeholder="SARL, SAS, EURL…"),
        Field("share_capital", t("Capital social (€)"), placeholder="10 000"),
        Field("siret", t("SIRET"), placeholder="732 829 320 00074"),
        Field("registry_kind", t("Registre d’immatriculation"), "combo",
              (("RCS", t("RCS : registre du commerce et des sociétés")),
               ("RM", t("RM : répertoire des métiers (artisans)")))),
        Field("rcs_city", t("Ville ou département d’immatriculation"), placeholder="Lyon"),
        Field("vat_number", t("N° TVA intracommunautaire"), placeholder="FR40303265045"),
        Field("address", t("Adresse")),
        Field("postal_code", t("Code postal")),
        Field("city", t("Ville")),
        Field("email", t("Email")),
        Field("phone", t("Téléphone")),
        Field("iban", t("IBAN"), placeholder="FR76 3000 6000 0112 3456 7890 189"),
        Field("bic", t("BIC"), placeholder="AGRIFRPP"),
        Field("validity_days", t("Validité des devis (jours)")),
        Field("payment_terms", t("Conditions de règlement par défaut"),
              placeholder=t("ex. 30 % à la commande, solde à 30 jours")),
        Field("late_payment_rate", t("Taux des pénalités de retard"),
              placeholder=t("trois fois le taux d’intérêt légal")),
        Field("building_trade", t("Métier du bâtiment (assurance décennale)"), "check"),
        Field("decennial_insurer", t("Assureur décennale"), placeholder=t("MAAF Assurances, contrat n° 123456")),
        Field("decennial_coverage", t("Garantie décennale"), placeholder=t("travaux de plomberie et chauffage")),
        Field("decennial_area", t("Zone couverte"), placeholder=t("France métropolitaine")),
        Field("vat_exemption_mention", t("Mention d’exonération de TVA"),
              placeholder="TVA non applicable, art. 293 B du CGI"),
        Field("cgv", t("Conditions générales de vente (CGV)"), "text"),
    ]


def validate_for_form(draft: SellerDraft, region: str, lang: str) -> tuple[SellerDraft, dict[str, str]]:
    """The core's validation, with the amount and day-count problems said in the interface language."""
    clean, errors = validate_seller(draft, region)
    shown: dict[str, str] = {}
    for name, problem in errors.items():
        key = getattr(problem, "key", "")
        if key in MONEY_MESSAGES["fr"]:
            params = {k: str(v) for k, v in getattr(problem, "params", {}).items()}
            shown[name] = describe_problem(MoneyProblem(key, params), lang)
        elif key == "validity_days":
            shown[name] = _t("un nombre de jours entre 1 et 365")
        else:
            shown[name] = problem
    return clean, shown


class SellerSettingsDialog(RecordDialog[SellerDraft]):
    """The seller identity form, with the logo."""

    def __init__(self, ctx: GuiContext, draft: SellerDraft, parent: QWidget | None = None) -> None:
        self._logo = draft.logo
        lang, region = ctx.settings.language, ctx.settings.region
        super().__init__(tr("SellerForm", "Ma société"), seller_fields(), draft,
                         lambda d: validate_for_form(d, region, lang), parent, form_class=Ui_SellerForm)
        self.setObjectName("seller_settings")
        form: Ui_SellerForm = self.form_ui
        self.logo_preview, self.logo_error = form.logo_preview, form.logo_error
        self.logo_error.hide()
        form.choose_logo.clicked.connect(self.on_choose_logo_clicked)
        form.remove_logo.clicked.connect(lambda: self.set_logo(None))
        self._show_logo()

    def current_draft(self) -> SellerDraft:
        """The typed draft with the chosen logo."""
        return replace(super().current_draft(), logo=self._logo)

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self._logo and pixmap.loadFromData(self._logo):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("aucun logo"))

    def set_logo(self, data: bytes | None) -> bool:
        """Use an image (PNG or JPEG, at most 2 Mo) as the logo; False with a message when refused."""
        self.logo_error.hide()
        if data is not None:
            if len(data) > MAX_LOGO_BYTES:
                self.logo_error.setText(self.tr("Image trop lourde (2 Mo au plus)."))
                self.logo_error.show()
                return False
            if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8\xff")) or \
                    not QPixmap().loadFromData(data):
                self.logo_error.setText(self.tr("Choisissez une image PNG ou JPEG."))
                self.logo_error.show()
                return False
        self._logo = data
        self._show_logo()
        return True

    @Slot()
    def on_choose_logo_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choisir le logo"), str(Path.home()),
                                                    self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.set_logo(Path(name).read_bytes())


class SellerSettings:
    """Opens the settings page: loads the identity, shows the form, saves it (all database work off the UI)."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None,
                 on_saved: Callable[[], None] | None = None) -> None:
        self.ctx = ctx
        self.parent = parent
        self.on_saved = on_saved or (lambda: None)
        self.dialog: SellerSettingsDialog | None = None

    def open(self) -> None:
        from desktop.db.seller import seller_draft

        db_op(self.ctx, seller_draft, write=False).success(self._show).run()

    def _show(self, draft: SellerDraft) -> None:
        self.dialog = SellerSettingsDialog(self.ctx, draft, self.parent)
        self.dialog.accepted.connect(self._save)
        self.dialog.open()

    def _save(self) -> None:
        from desktop.db.seller import save_seller_identity

        assert self.dialog is not None
        draft = self.dialog.accepted_draft
        if draft is None:
            return

        def saved(_r: object) -> None:
            self.ctx.show_message(tr("SellerForm", "Identité de la société enregistrée."))
            self.on_saved()

        db_op(self.ctx, lambda session: save_seller_identity(session, draft, full=True),
              changes=Topic.SELLER).success(saved).run()

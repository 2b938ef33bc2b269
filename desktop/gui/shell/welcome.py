"""The first-start welcome: who the seller is, who sends the emails, and an empty start or the demo set.

It asks for what the first quote and the first send need: the company's legal identity (name, SIRET,
register and its city, address...) and the salesperson's name and sender address. Everything may be left
empty and completed later in the settings; what is typed is checked as it is typed. The form is
``ui/shell/welcome.ui``.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QWidget

from desktop.core.records import SellerDraft
from desktop.core.validation import InvalidValue, check_email
from desktop.gui.generated.shell.ui_welcome import Ui_WelcomeForm
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.problems import problem_text
from desktop.gui.kit.record_dialog import Field, RecordDialog

#: The seller fields the first quote needs (the legal checker's), in the order of Paramètres › Ma société.
FIRST_QUOTE_FIELDS = ("legal_name", "legal_form", "share_capital", "siret", "registry_kind", "rcs_city",
                      "vat_number", "address", "postal_code", "city", "email", "phone")


def welcome_fields() -> list[Field]:
    """The fields of Paramètres › Ma société that the first quote needs."""
    from desktop.gui.settings.seller import seller_fields

    return [field for field in seller_fields() if field.name in FIRST_QUOTE_FIELDS]


class WelcomeDialog(RecordDialog[SellerDraft]):
    """Asks for the seller identity and the sender (all optional) and how to start."""

    def __init__(self, region: str = "FR", parent: QWidget | None = None, lang: str = "fr") -> None:
        from desktop.gui.settings.seller import validate_for_form

        super().__init__(tr("WelcomeDialog", "Bienvenue dans Relance"), welcome_fields(), SellerDraft(),
                         lambda d: validate_for_form(d, region, lang), parent, form_class=Ui_WelcomeForm)
        form: Ui_WelcomeForm = self.form_ui
        self.sender_name, self.sender_address = form.sender_name, form.sender_address
        self.sender_error = form.sender_address_error
        self.sender_error.hide()
        self.empty_choice, self.demo_choice = form.empty_choice, form.demo_choice
        group = QButtonGroup(self)
        group.addButton(self.empty_choice)
        group.addButton(self.demo_choice)
        self.sender_address.textChanged.connect(self.revalidate)
        self.demo_choice.toggled.connect(self.on_demo_choice_toggled)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Commencer"))
        self.revalidate()

    @property
    def wants_demo(self) -> bool:
        return self.demo_choice.isChecked()

    def typed_sender(self) -> tuple[str, str]:
        """The salesperson's name and sender address: the typed ones, else the company's name and email."""
        draft = self.accepted_draft or self.current_draft()
        address = self.sender_address.text().strip() or draft.email.strip()
        return self.sender_name.text().strip() or draft.legal_name.strip(), address

    def revalidate(self) -> bool:
        """The seller fields, and the sender address when one is typed."""
        ok = super().revalidate()
        sender_error = getattr(self, "sender_error", None)
        if sender_error is None:  # during the base class's construction
            return ok
        typed = self.sender_address.text().strip()
        message = ""
        if typed:
            try:
                check_email(typed)
            except InvalidValue as exc:
                message = problem_text(exc.message)
        sender_error.setText(message)
        sender_error.setVisible(bool(message))
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(ok and not message)
        return ok and not message

    @Slot(bool)
    def on_demo_choice_toggled(self, _checked: bool) -> None:
        self.revalidate()

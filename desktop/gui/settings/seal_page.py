"""Paramètres › Signature: the key that seals quotes signed online, and the timestamping authority.

By default Relance makes a certificate for the company at the first signature (its key in an encrypted file, the
passphrase in the keyring); the seller may give their own PKCS#12 certificate instead (its passphrase to the
keyring only), and an RFC 3161 timestamping authority (PAdES B-T). « Vérifier le certificat » opens the file with
the passphrase typed (or stored) and says whose it is and until when. The form is ``ui/settings/seal_page.ui``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.gui.generated.settings.ui_seal_page import Ui_SealPage
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import Problem, SettingsPage, run_check, show_secret_state, typed_or_stored
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.secrets import SecretName, SecretStore


def tsa_url_problem(url: str) -> str | None:
    """Why a timestamping authority's address cannot be used (an untranslated key), or None."""
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "scheme"
    if parts.username or parts.password:
        return "credentials"
    return None


class SealPage(SettingsPage):
    """The sealing key (self-managed or the seller's own PKCS#12) and the TSA."""

    sig_changed = Signal()
    sig_check_finished = Signal(bool, str)

    def __init__(self, settings: Settings, store: SecretStore | None = None, runner: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_SealPage()  # generated code: untyped
        form.setupUi(self)
        self.form, self.store, self.runner = form, store, runner
        self.title = self.windowTitle()
        f = form
        self.self_managed, self.own_certificate = f.self_managed, f.own_certificate
        self.pkcs12_path, self.passphrase, self.tsa_url = f.pkcs12_path, f.passphrase, f.tsa_url
        self.check_button, self.check_result = f.check_button, f.check_result
        self.pkcs12_path.setText(settings.seal_pkcs12_path)
        self.tsa_url.setText(settings.tsa_url)
        (self.own_certificate if settings.seal_pkcs12_path else self.self_managed).setChecked(True)
        if store is not None:
            show_secret_state(store, [(self.passphrase, self._secret_name())])
        self.own_certificate.toggled.connect(self.on_field_changed)
        self.pkcs12_path.textChanged.connect(self.on_field_changed)
        self.tsa_url.textChanged.connect(self.on_field_changed)
        f.pkcs12_browse.clicked.connect(self.on_pkcs12_browse_clicked)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.on_field_changed()

    @staticmethod
    def _secret_name() -> SecretName:
        from desktop.services.secrets import SecretName

        return SecretName.SEAL_PKCS12_PASSPHRASE

    def _own(self) -> bool:
        return bool(self.own_certificate.isChecked())

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(settings, seal_pkcs12_path=self.pkcs12_path.text().strip() if self._own() else "",
                                   tsa_url=self.tsa_url.text().strip())

    def secrets(self) -> list[tuple[SecretName, str]]:
        return [(self._secret_name(), self.passphrase.text())] if self._own() and self.passphrase.text() else []

    def problem(self) -> Problem | None:
        if self._own() and not self.pkcs12_path.text().strip():
            return Problem(self.tr("Choisissez le fichier de votre certificat, ou gardez le certificat créé par "
                                   "Relance."), self.pkcs12_path)
        if tsa_url_problem(self.tsa_url.text().strip()) is not None:
            return Problem(self.tr("Adresse d’horodatage refusée : elle commence par https:// (ou http://) et ne "
                                   "contient ni identifiant ni mot de passe."), self.tsa_url)
        return None

    @Slot()
    def on_field_changed(self, *_args: object) -> None:
        own = self._own()
        for widget in (self.pkcs12_path, self.form.pkcs12_browse, self.check_button):
            widget.setEnabled(own)
        self.passphrase.setEnabled(own and (self.store is None or self.store.available))
        problem = self.problem()
        if problem is not None and (self.tsa_url.text().strip() or self.pkcs12_path.text().strip()):
            self.check_result.setText(problem.text)
            set_role(self.check_result, "error")
        elif self.check_result.property("role") == "error":
            self.check_result.setText("")
            set_role(self.check_result, "")
        self.sig_changed.emit()

    @Slot()
    def on_pkcs12_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Votre certificat"), "",
                                              self.tr("Certificats PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)"))
        if path:
            self.pkcs12_path.setText(path)

    @Slot()
    def on_check_button_clicked(self) -> None:
        """Open the certificate with the passphrase typed or stored (in the background) and say whose it is."""
        from desktop.services.signing.credentials import SealKeyError, describe_pkcs12

        if self.runner is None:
            return
        path = Path(self.pkcs12_path.text().strip())
        passphrase = (typed_or_stored(self.store, self.passphrase, self._secret_name()) if self.store
                      else self.passphrase.text()) or None
        self.check_button.setEnabled(False)
        set_role(self.check_result, "")
        self.check_result.setText(self.tr("Vérification du certificat…"))

        def work() -> tuple[bool, str]:
            try:
                holder, until = describe_pkcs12(path, passphrase)
            except SealKeyError as exc:
                missing = "not found" in str(exc)
                return False, (self.tr("Fichier introuvable : vérifiez son emplacement.") if missing else
                               self.tr("Le certificat ne s’ouvre pas : mot de passe incorrect, ou ce n’est pas un "
                                       "fichier PKCS#12 avec sa clé."))
            date = QLocale().toString(QDate(until.year, until.month, until.day), QLocale.FormatType.ShortFormat)
            return True, self.tr("Certificat de %1, valable jusqu’au %2.").replace("%1", holder).replace("%2", date)

        def done(ok: bool, text: str) -> None:
            self.check_button.setEnabled(True)
            self.check_result.setText(text)
            set_role(self.check_result, "success" if ok else "error")
            self.sig_check_finished.emit(ok, text)

        run_check(self.runner, work, done)

"""Paramètres › Suivi: the tracker that sees opens and views, its API key, and the tracking policy.

The policy follows the CNIL's recommendation on email pixels by default (opens measured only with consent);
the page names the rule with a link to the CNIL's text, offers the polite consent question of the quote
email and the events' retention; « Toujours » needs the user to acknowledge, in words, that the company takes
the responsibility (who and when are stored with the settings).

As the address is typed, the page says whether real emails will carry tracker links: only a hosted tracker
at a public HTTPS address reaches prospects (the embedded one on this computer serves the local outbox
folder only), and it says how to deploy ``packaging/tracker``. « Tester la connexion » reaches the tracker and
proves the key in the background. The key goes to the keyring only. The form is ``ui/settings/tracker_page.ui``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.gui.generated.settings.ui_tracker_page import Ui_TrackerPage
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import Problem, SettingsPage, run_check, show_secret_state, typed_or_stored
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.services.secrets import SecretName, SecretStore


class TrackerPage(SettingsPage):
    """The tracker's address and key, what reaches prospects, the tracking policy."""

    sig_check_finished = Signal(bool, str)  # ok, the answer

    def __init__(self, settings: Settings, store: SecretStore, runner: Runner, live: LiveServices | None = None,
                 local_mail: Callable[[], bool] | None = None, parent: QWidget | None = None) -> None:
        """``local_mail`` says whether mail stays in the local outbox folder (no SMTP server typed)."""
        super().__init__(parent)
        form: Any = Ui_TrackerPage()  # generated code: untyped
        form.setupUi(self)
        self.form = form
        self.title = self.windowTitle()
        self.store, self.runner, self.live = store, runner, live
        self._local_mail = local_mail or (lambda: settings.is_local_mail)
        f = self.form
        self.tracker_url, self.tracker_note, self.api_key = f.tracker_url, f.tracker_note, f.tracker_key
        self.check_button, self.check_result, self.policy = f.tracker_check, f.tracker_check_result, f.tracking_policy
        for value, label in (
                ("default", self.tr("Recommandation de la CNIL : suivi des ouvertures avec consentement (ou contact "
                                    "antérieur au 14 avril 2026 informé, sans opposition)")),
                ("consent", self.tr("Consentement explicite seulement")),
                ("always", self.tr("Toujours (hors refus et retraits), sous votre responsabilité")),
                ("never", self.tr("Jamais : aucun lien du tracker, devis en PDF joint"))):
            self.policy.addItem(label, value)
        self.settings = settings
        self.tracker_url.setText(settings.tracker_url)
        self.policy.setCurrentIndex(max(0, self.policy.findData(settings.tracking_policy)))
        self.always_ack, self.ask_consent, self.retention = f.always_ack, f.ask_consent, f.retention_months
        self.always_ack.setChecked(bool(settings.tracking_always_ack_at))
        self.ask_consent.setChecked(settings.ask_tracking_consent)
        self.retention.setValue(settings.event_retention_months)
        self.policy.currentIndexChanged.connect(self.on_policy_current_index_changed)
        self.always_ack.toggled.connect(self.on_policy_current_index_changed)
        self.on_policy_current_index_changed()
        self.tracker_url.textChanged.connect(self.on_tracker_url_text_changed)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        show_secret_state(store, [(self.api_key, self._secret_name())])
        self.on_tracker_url_text_changed()

    @staticmethod
    def _secret_name() -> SecretName:
        from desktop.services.secrets import SecretName

        return SecretName.TRACKER_API_KEY

    # Page ---------------------------------------------------------------------------------
    def apply(self, settings: Settings) -> Settings:
        from datetime import UTC, datetime

        from desktop.services.mail.wiring import acknowledge_always

        chosen = dataclasses.replace(settings, tracker_url=self.tracker_url.text().strip(),
                                     tracking_policy=str(self.policy.currentData()),
                                     ask_tracking_consent=self.ask_consent.isChecked(),
                                     event_retention_months=self.retention.value())
        if chosen.tracking_policy == "always" and not settings.tracking_always_ack_at:
            who = settings.sender_name or settings.sender_address or "?"
            chosen = acknowledge_always(chosen, who, datetime.now(UTC))
        return chosen

    def problem(self) -> Problem | None:
        """« Toujours » cannot be saved without the acknowledgement ticked."""
        if str(self.policy.currentData()) == "always" and not self.always_ack.isChecked():
            return Problem(self.tr("Cochez la case de responsabilité pour choisir « Toujours », ou gardez la "
                                   "recommandation de la CNIL."), self.always_ack)
        return None

    @Slot()
    def on_policy_current_index_changed(self) -> None:
        """Name the rule of the policy chosen, with the CNIL's text; ask for the acknowledgement of « Toujours »."""
        from desktop.core.consent import CNIL_PIXELS_URL

        always = str(self.policy.currentData()) == "always"
        rule = {
            "default": self.tr("Les ouvertures d’un e-mail ne sont mesurées qu’avec le consentement du contact, "
                               "professionnels compris ; la consultation du devis en ligne, son téléchargement, "
                               "l’acceptation et les réponses restent signalés sans pixel."),
            "consent": self.tr("Seuls les contacts qui ont dit oui sont suivis, même ceux d’avant le 14 avril "
                               "2026."),
            "always": self.tr("Je comprends que « Toujours » mesure l’ouverture des e-mails de contacts qui n’y ont "
                              "pas consenti, ce que la recommandation de la CNIL sur les pixels de suivi n’admet pas "
                              "pour les personnes en France, et que l’entreprise en porte la responsabilité. Les "
                              "refus et les retraits restent respectés."),
            "never": self.tr("Aucun pixel, aucun lien du tracker : le devis part en pièce jointe."),
        }[str(self.policy.currentData())]
        link = self.tr("Recommandation de la CNIL sur les pixels de suivi")
        self.form.policy_rule.setText(f'{rule} <a href="{CNIL_PIXELS_URL}">{link}</a>')
        self.always_ack.setVisible(always)

    def secrets(self) -> list[tuple[SecretName, str]]:
        return [(self._secret_name(), self.api_key.text())] if self.api_key.text() else []

    # What reaches prospects ---------------------------------------------------------------
    def tracker_problem(self) -> str | None:
        """Why real emails would leave without tracker links with the address and server as typed, or None."""
        from desktop.services.tracking.reach import message_links

        url = self.tracker_url.text().strip()
        return message_links(url or "http://127.0.0.1", embedded=not url, local_mail=self._local_mail()).problem

    @Slot()
    def on_tracker_url_text_changed(self) -> None:
        """Say, as the address (or the SMTP server) is typed, whether real emails will carry tracker links, and how
        to get them."""
        from desktop.gui.kit.problems import no_links_text

        problem = self.tracker_problem()
        if problem is not None:
            self.tracker_note.setText(no_links_text(problem))
            set_role(self.tracker_note, "warning")
        elif not self.tracker_url.text().strip():
            self.tracker_note.setText(self.tr("Démonstration : le serveur de suivi intégré tourne sur cet "
                                              "ordinateur ; seuls les messages du dossier local portent ses liens."))
            set_role(self.tracker_note, "muted")
        else:
            self.tracker_note.setText(self.tr("Adresse publique en HTTPS : vérifiez-la avec « Tester la "
                                              "connexion »."))
            set_role(self.tracker_note, "muted")

    @Slot()
    def on_check_button_clicked(self) -> None:
        """Reach the tracker and prove the key (in the background); say when its links cannot reach clients."""
        from desktop.gui.kit.problems import problem_text
        from desktop.services.tracking.reach import public_tracker_problem

        typed = self.tracker_url.text().strip()
        url = typed or (self.live.tracker_base_url if self.live is not None else "") or ""
        key = typed_or_stored(self.store, self.api_key, self._secret_name())
        if not url:
            self._show_check(False, self.tr("Le serveur de suivi intégré n’est pas encore démarré."))
            return
        self.check_button.setEnabled(False)
        self.check_result.setText(self.tr("Connexion…"))
        problem = public_tracker_problem(url) if typed else None
        warning = "" if problem is None else self.tr(" Mais %1 : les e-mails réels partiront sans suivi.").replace(
            "%1", problem_text(problem))

        def work() -> tuple[bool, str]:
            from desktop.services.tracking.client import TrackerClient

            client = TrackerClient(url, key, timeout=10.0)
            try:
                return True, client.check() + warning
            finally:
                client.close()

        run_check(self.runner, work, self._show_check)

    def _show_check(self, ok: bool, answer: str) -> None:
        self.check_button.setEnabled(True)
        self.check_result.setText((self.tr("Connexion réussie : %1") if ok else
                                   self.tr("Échec de la connexion : %1")).replace("%1", answer))
        set_role(self.check_result, "" if ok else "error")
        self.sig_check_finished.emit(ok, answer)

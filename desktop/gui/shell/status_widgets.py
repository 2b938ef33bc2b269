"""Status bar widgets of the live services: the tracker's state, the outbox, an unusable keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.gui.kit.theme import set_role as _set_role
from desktop.gui.shell.live import OutboxState


class TrackerStatusLabel(QLabel):
    """"Suivi : en ligne / hors ligne / erreur", with the reason in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tracker_status")
        self.state = "starting"
        self.status: Any = None
        self.links_problem: str | None = None  # why sent messages carry no tracker link
        self.setText(self.tr("Suivi : démarrage…"))

    @Slot(object)
    def on_links_changed(self, links: Any) -> None:
        """Say when messages leave without tracker links (:class:`~desktop.services.tracking.reach.MessageLinks`)."""
        self.links_problem = links.problem if links.url is None else None
        if self.status is not None:
            self.on_status_changed(self.status)

    @Slot(object)
    def on_status_changed(self, status: Any) -> None:
        """Show a :class:`~desktop.services.tracking.poller.TrackerStatus`."""
        from desktop.gui.kit.problems import no_links_text

        self.status = status
        self.state = str(status.state)
        texts = {"online": self.tr("Suivi : en ligne"), "offline": self.tr("Suivi : hors ligne"),
                 "error": self.tr("Suivi : erreur"), "starting": self.tr("Suivi : démarrage…")}
        if self.state == "online" and self.links_problem is not None:
            self.setText(self.tr("Suivi : pas de serveur public"))
            self.setToolTip(no_links_text(self.links_problem))
            _set_role(self, "warning")
            return
        self.setText(texts.get(self.state, self.state))
        tips = {"online": self.tr("Les ouvertures et consultations de vos devis arrivent en direct."),
                "offline": self.tr("Le serveur de suivi ne répond pas : nouvel essai dans %1 s. Les envois "
                                   "suivis attendent son retour ; rien n’est perdu.").replace(
                                       "%1", f"{status.retry_in:.0f}"),
                "error": self.tr("Le serveur de suivi refuse la connexion (clé d’API ?). Vérifiez "
                                 "Paramètres › Messagerie et suivi.")}
        detail = str(status.message or "")
        tip = tips.get(self.state, "")
        self.setToolTip(f"{tip}\n{detail}".strip() if detail else tip)
        _set_role(self, {"online": "", "offline": "warning", "error": "error"}.get(self.state, ""))


class OutboxStatusWidget(QWidget):
    """The outbox: "mode local" with a button to open its folder, "N en attente", or paused with the reason."""

    sig_resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_status")
        self.label = QLabel(self.tr("Envois : …"))
        self.label.setObjectName("outbox_label")
        self.open_button = QPushButton(self.tr("Ouvrir le dossier"))
        self.open_button.setObjectName("outbox_open_folder")
        self.open_button.setToolTip(self.tr("Sans serveur SMTP, chaque message est enregistré en fichier .eml "
                                            "dans ce dossier : ouvrez-le avec votre messagerie pour l’envoyer."))
        self.resume_button = QPushButton(self.tr("Reprendre"))
        self.resume_button.setObjectName("outbox_resume")
        self.resume_button.setToolTip(self.tr("Reprendre les envois maintenant"))
        for button in (self.open_button, self.resume_button):
            button.setFlat(True)
            button.hide()
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.resume_button.clicked.connect(self.sig_resume_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.resume_button)
        self.state: OutboxState | None = None

    @Slot(object)
    def on_outbox_changed(self, state: OutboxState) -> None:
        """Show an :class:`~desktop.gui.shell.live.OutboxState`."""
        self.state = state
        parts = [self.tr("Mode local")] if state.local else []
        if state.paused:
            parts.append(self.tr("envois en pause"))
        if state.waiting:
            parts.append(self.tr("%n en attente", "", state.waiting))
        if state.failed:
            parts.append(self.tr("%n refusé(s)", "", state.failed))
        if not parts:
            parts.append(self.tr("Envois : à jour"))
        self.label.setText(" · ".join(parts))
        tips = []
        if state.local:
            tips.append(self.tr("Aucun serveur SMTP n’est réglé : les messages sont écrits dans %1.").replace(
                "%1", str(state.folder)))
        if state.reason:
            tips.append(self.tr("Raison : %1").replace("%1", state.reason))
        self.label.setToolTip("\n".join(tips))
        self.open_button.setVisible(state.local)
        self.resume_button.setVisible(state.paused)
        _set_role(self.label, "error" if state.paused or state.failed else
                  "warning" if state.reason else "")

    @Slot()
    def on_open_button_clicked(self) -> None:
        if self.state is not None:
            self.state.folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.folder)))


class KeyringWarning(QLabel):
    """Shown only when no safe keyring exists: passwords and keys are not saved (the rest works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyring_warning")
        _set_role(self, "warning")
        self.hide()

    @Slot(object)
    def on_keyring_checked(self, status: Any) -> None:
        """Show a :class:`~desktop.services.secrets.KeyringStatus` when it is unusable."""
        if status.usable:
            self.hide()
            return
        self.setText(self.tr("Trousseau indisponible : mots de passe non enregistrés"))
        plain = "plain file" in str(status.message)
        self.setToolTip(self.tr("Le seul trousseau disponible enregistre les secrets en clair dans un fichier : "
                                "Relance n’y enregistre ni mot de passe ni clé. Installez ou déverrouillez un "
                                "trousseau système (GNOME Keyring, KWallet, Trousseau macOS, Gestionnaire "
                                "d’identification Windows).") if plain else
                        self.tr("Aucun trousseau système n’est disponible : Relance n’enregistre ni mot de passe "
                                "ni clé. Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet, "
                                "Trousseau macOS, Gestionnaire d’identification Windows). Le reste de "
                                "l’application fonctionne normalement."))
        self.show()

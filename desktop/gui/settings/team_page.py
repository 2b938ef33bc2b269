"""Paramètres › Base d'équipe: the PostgreSQL server the team shares (no server: the local file on this computer).

The server is given field by field (server, port, base, user, TLS mode and the authority's certificate), kept in
the settings as a URL without password; the password goes to the system keyring only. « Tester la connexion »
walks the steps in the background (:func:`desktop.services.team_server.check_server`) and names the one that
failed. A change applies at the next start, and the page says so. The form is ``ui/settings/team_page.ui``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.gui.generated.settings.ui_team_page import Ui_TeamPage
from desktop.gui.kit.theme import set_role
from desktop.gui.kit.workers import Runner
from desktop.gui.settings.common import Problem, SettingsPage, run_check, show_secret_state, typed_or_stored
from desktop.services.team_server import SSL_MODES, Step, TeamServer
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.secrets import SecretName, SecretStore


class TeamPage(SettingsPage):
    """The team database's server, its sign-in and its check."""

    sig_changed = Signal()
    sig_check_finished = Signal(bool, str)

    def __init__(self, settings: Settings, store: SecretStore | None = None, runner: Runner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form: Any = Ui_TeamPage()  # generated code: untyped
        form.setupUi(self)
        self.form, self.store, self.runner = form, store, runner
        self.title = self.windowTitle()
        self.current = settings.database_url or ""
        f = form
        self.host, self.port, self.database, self.user = f.host, f.port, f.database, f.user
        self.password, self.sslmode, self.ca_file = f.password, f.sslmode, f.ca_file
        self.database_check, self.check_button, self.check_result = f.database_check, f.check_button, f.check_result
        for mode, text in zip(SSL_MODES, self._mode_texts(), strict=True):
            self.sslmode.addItem(text, mode)
        self._show(TeamServer.from_url(self.current) if self.current else TeamServer(host=""))
        if store is not None:
            show_secret_state(store, [(self.password, self._secret_name())])
        for edit in (self.host, self.database, self.user, self.ca_file):
            edit.textChanged.connect(self.on_field_changed)
        self.port.valueChanged.connect(self.on_field_changed)
        self.sslmode.currentIndexChanged.connect(self.on_field_changed)
        f.ca_browse.clicked.connect(self.on_ca_browse_clicked)
        self.check_button.clicked.connect(self.on_check_button_clicked)
        self.on_field_changed()

    def _mode_texts(self) -> list[str]:
        return [self.tr("désactivé (réseau local de confiance seulement)"), self.tr("si le serveur le propose"),
                self.tr("exigé, certificat non vérifié"), self.tr("exigé, certificat vérifié"),
                self.tr("exigé, certificat et nom du serveur vérifiés (recommandé)")]

    @staticmethod
    def _secret_name() -> SecretName:
        from desktop.services.secrets import SecretName

        return SecretName.DATABASE_PASSWORD

    def _show(self, server: TeamServer) -> None:
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database.setText(server.database if server.host else "")
        self.user.setText(server.user if server.host else "")
        self.sslmode.setCurrentIndex(SSL_MODES.index(server.sslmode if server.host else "verify-full"))
        self.ca_file.setText(server.ca_file)

    def server(self) -> TeamServer | None:
        """The server the fields describe, or None for the local database."""
        host = self.host.text().strip()
        if not host:
            return None
        return TeamServer(host=host, port=self.port.value(), database=self.database.text().strip() or "relance",
                          user=self.user.text().strip() or "relance", sslmode=str(self.sslmode.currentData()),
                          ca_file=self.ca_file.text().strip())

    def url(self) -> str:
        server = self.server()
        return server.url() if server is not None else ""

    def apply(self, settings: Settings) -> Settings:
        return dataclasses.replace(settings, database_url=self.url() or None)

    def secrets(self) -> list[tuple[SecretName, str]]:
        return [(self._secret_name(), self.password.text())] if self.password.text() and self.server() else []

    def problem(self) -> Problem | None:
        host = self.host.text().strip()
        if host and (" " in host or "/" in host):
            return Problem(self.tr("Serveur refusé : indiquez son nom ou son adresse, sans espace ni « / »."),
                           self.host)
        return None

    @Slot()
    def on_field_changed(self, *_args: object) -> None:
        """Say whether the server is usable and that a restart is needed; the other fields follow the server."""
        remote = bool(self.host.text().strip())
        for widget in (self.port, self.database, self.user, self.password, self.sslmode, self.ca_file,
                       self.form.ca_browse, self.check_button):
            widget.setEnabled(remote and (widget is not self.password or self.store is None or self.store.available))
        problem = self.problem()
        if problem is not None:
            self.database_check.setText(problem.text)
            set_role(self.database_check, "error")
        elif self.url() != self.current:
            self.database_check.setText(self.tr("Redémarrage nécessaire pour changer de base."))
            set_role(self.database_check, "warning")
        else:
            self.database_check.setText("")
            set_role(self.database_check, "")
        self.sig_changed.emit()

    @Slot()
    def on_ca_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificat de l’autorité"), "",
                                              self.tr("Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)"))
        if path:
            self.ca_file.setText(path)

    @Slot()
    def on_check_button_clicked(self) -> None:
        """Walk the steps of a connection in the background and say which one failed."""
        from desktop.services.team_server import check_server

        server = self.server()
        if server is None or self.runner is None:
            return
        password = typed_or_stored(self.store, self.password, self._secret_name()) if self.store else \
            self.password.text()
        self.check_button.setEnabled(False)
        set_role(self.check_result, "")
        self.check_result.setText(self.tr("Vérification de la connexion…"))

        def work() -> tuple[bool, str]:
            steps = check_server(server, password or None)
            return bool(steps) and len(steps) == 5 and steps[-1].ok, self.steps_text(steps)

        def done(ok: bool, text: str) -> None:
            self.check_button.setEnabled(True)
            self.check_result.setText(text)
            set_role(self.check_result, "success" if ok else "error")
            self.sig_check_finished.emit(ok, text)

        run_check(self.runner, work, done)

    def steps_text(self, steps: Sequence[Step]) -> str:
        """One line per step: ✓ with what was found, or ✗ with what to do."""
        names = {"dns": self.tr("Nom du serveur"), "tcp": self.tr("Connexion au port"),
                 "tls": self.tr("Chiffrement (TLS)"), "auth": self.tr("Identification"),
                 "schema": self.tr("Version de la base")}
        lines = []
        for step in steps:
            if step.ok:
                found = self._found(step)
                lines.append(self.tr("✓ %1 : réussi").replace("%1", names[step.key]) + (f" ({found})" if found else ""))
            else:
                lines.append(self.tr("✗ %1 : échec. %2").replace("%1", names[step.key]).replace(
                    "%2", self._advice(step)))
        return "\n".join(lines)

    def _found(self, step: Step) -> str:
        return {
            ("tls", "disabled"): self.tr("non chiffrée, à votre demande"),
            ("tls", "not-offered"): self.tr("le serveur ne propose pas de chiffrement : connexion non chiffrée"),
            ("schema", "empty"): self.tr("base vide : Relance la préparera au prochain démarrage"),
            ("schema", "current"): self.tr("à jour"),
            ("schema", "older"): self.tr("ancienne : Relance la mettra à jour au prochain démarrage"),
        }.get((step.key, step.detail), step.detail)

    def _advice(self, step: Step) -> str:
        return {
            "no-host": self.tr("Indiquez le nom ou l’adresse du serveur."),
            "unknown-host": self.tr("Ce nom est inconnu : vérifiez son orthographe ou votre connexion à Internet."),
            "refused": self.tr("Le serveur refuse la connexion sur ce port : vérifiez le port (5432 en général) et "
                               "que PostgreSQL accepte les connexions réseau."),
            "timeout": self.tr("Le serveur ne répond pas : un pare-feu bloque peut-être ce port."),
            "unreachable": self.tr("Le serveur est injoignable depuis ce poste : vérifiez le réseau."),
            "not-offered": self.tr("Le serveur ne propose pas de chiffrement alors qu’il est exigé : activez TLS "
                                   "sur le serveur ou demandez-le à votre hébergeur."),
            "untrusted": self.tr("Le certificat du serveur n’est signé par aucune autorité connue : choisissez le "
                                 "certificat de l’autorité (CA) que donne votre hébergeur."),
            "hostname": self.tr("Le certificat ne correspond pas à ce nom de serveur : utilisez le nom exact donné "
                                "par votre hébergeur."),
            "ca-file": self.tr("Le fichier du certificat de l’autorité est introuvable."),
            "handshake": self.tr("Le chiffrement n’a pas pu être établi avec ce serveur."),
            "closed": self.tr("Le serveur a fermé la connexion : est-ce bien un serveur PostgreSQL ?"),
            "password": self.tr("Utilisateur ou mot de passe refusé : vérifiez-les."),
            "user": self.tr("Cet utilisateur n’existe pas sur le serveur."),
            "database": self.tr("Cette base n’existe pas sur le serveur : vérifiez son nom."),
            "refused-host": self.tr("Le serveur n’accepte pas ce poste (pg_hba.conf) : demandez à votre "
                                    "administrateur d’autoriser votre adresse."),
            "newer": self.tr("La base a été préparée par une version plus récente de Relance : mettez Relance "
                             "à jour sur ce poste."),
            "unreadable": self.tr("La version de la base n’a pas pu être lue : l’utilisateur a-t-il les droits ?"),
        }.get(step.problem, self.tr("Connexion impossible."))

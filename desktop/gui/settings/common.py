"""What the settings pages share: the page contract, the keyring fields, the background checks, the save.

A page (:class:`SettingsPage`) edits some fields of :class:`~desktop.settings.Settings`: :meth:`apply` puts what is
typed onto the settings, :meth:`secrets` gives the passwords and keys typed (to the keyring only, never to the
settings file or a log), :meth:`problem` says why the page cannot be saved as it is. The tabbed window
(:mod:`desktop.gui.settings.window`) and the mail dialog (:mod:`desktop.gui.settings.mail`) save their pages
with :func:`save_pages`, which applies the new settings to the live services only when something they use
changed (the tracker connection itself is kept when its address, port, folder and key are the same).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import reduce
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.gui.kit.changes import Topic
from desktop.gui.kit.i18n import tr
from desktop.gui.kit.workers import Op, Runner
from desktop.gui.shell.context import GuiContext
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.gui.shell.live import LiveServices
    from desktop.services.secrets import SecretName, SecretStore

#: The settings only the interface reads (the numbering is read when a quote is finalised; the database, the
#: language and the region at the next start): changing them restarts none of the live services.
GUI_ONLY = frozenset({"quote_number_pattern", "database_url", "language", "region", "page_size", "undo_limit"})


def _t(text: str) -> str:
    return tr("SettingsPages", text)


@dataclass(frozen=True)
class Problem:
    """Why a page cannot be saved: the words, and the field to put the cursor in."""

    text: str
    widget: QWidget | None = None


class SettingsPage(QWidget):
    """One page of settings (a tab of the window, a box of the mail dialog)."""

    #: The page's heading in the mail dialog (the window names it by its tab).
    title = ""

    def apply(self, settings: Settings) -> Settings:
        """The settings with what this page shows (secrets excluded)."""
        return settings

    def secrets(self) -> list[tuple[SecretName, str]]:
        """The secrets typed on this page (an empty field keeps the stored one)."""
        return []

    def problem(self) -> Problem | None:
        """Why the page cannot be saved as it is, or None."""
        return None


def default_store() -> SecretStore:
    """The system keyring, checked (an unusable one refuses every secret)."""
    from desktop.services.secrets import SecretStore, check_keyring

    return SecretStore(check_keyring())


def show_secret_state(store: SecretStore, edits: Sequence[tuple[QLineEdit, SecretName]]) -> None:
    """Disable the secret fields without a keyring; say in each empty field that a secret is already stored."""
    from desktop.services.secrets import SecretsError

    for edit, name in edits:
        edit.setEnabled(store.available)
        try:
            stored = store.get(name) is not None
        except SecretsError:
            stored = False
        edit.setPlaceholderText(_t("enregistré dans le trousseau (laisser vide pour le garder)") if stored else "")


def typed_or_stored(store: SecretStore, edit: QLineEdit, name: SecretName) -> str:
    """The secret typed in ``edit``, else the stored one, else empty."""
    from desktop.services.secrets import SecretsError

    try:
        return edit.text() or store.get(name) or ""
    except SecretsError:
        return edit.text()


def keyring_unavailable_text() -> str:
    return _t("Aucun trousseau sûr n’est disponible : les mots de passe et clés ne peuvent pas être enregistrés. "
              "Les autres réglages le sont.")


def run_check(runner: Runner, work: Callable[[], tuple[bool, str]], done: Callable[[bool, str], None]) -> None:
    """Run a connection check or a test message off the UI thread; ``done(ok, answer)`` back on it."""
    Op(lambda _p: work()).success(lambda r: done(*r)).failure(
        lambda exc: done(False, str(exc))).run_in_background(runner)


def live_settings_changed(old: Settings, new: Settings) -> bool:
    """True when a setting the live services use (mail, tracker, replies) differs."""
    return any(getattr(old, f.name) != getattr(new, f.name) for f in fields(Settings) if f.name not in GUI_ONLY)


def save_pages(ctx: GuiContext, pages: Sequence[SettingsPage], store: SecretStore,
               live: LiveServices | None) -> tuple[Settings, str | None]:
    """Store the pages' secrets in the keyring and the rest in the settings file; apply them.

    Returns:
        The new settings, and None, or the words of why nothing was saved (the keyring refused).
    """
    from desktop.services.secrets import SecretsError, SecretsUnavailable

    old = ctx.settings
    new = reduce(lambda settings, page: page.apply(settings), pages, old)
    typed: list[tuple[Any, str]] = [secret for page in pages for secret in page.secrets()]
    try:
        for name, value in typed:
            store.set(name, value)
    except (SecretsError, SecretsUnavailable):
        return old, _t("Le trousseau a refusé d’enregistrer le mot de passe ou la clé : rien n’a été enregistré. "
                       "Déverrouillez le trousseau puis réessayez.")
    new.save()
    ctx.settings = new
    if live is not None and (typed or live_settings_changed(old, new)):
        live.apply_settings(new)
    ctx.changes.publish(Topic.SETTINGS)
    return new, None

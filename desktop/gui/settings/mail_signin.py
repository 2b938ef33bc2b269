"""« Se connecter avec Microsoft / Google » in Paramètres › Envoi: the sign-in run off the UI thread.

The sign-in itself is :meth:`~desktop.services.mail.oauth_tokens.SignInFlow.sign_in` (the loopback redirect,
PKCE; msal for Microsoft), on a thread of its own, because it waits for the user in the browser for up to five
minutes and must not hold the settings' checks nor the live services' network thread. What it gets goes where
the rule says: the refresh token to the keyring, the access token to memory (the token broker's ``accept``);
only the address signed in comes back to the page.

The browser is opened through :attr:`SignIn.open_url` on the UI thread (``QDesktopServices``); tests replace
that one callable by one that follows the URL. Closing the settings window stops a sign-in that waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from desktop.gui.kit.workers import Op, Runner

if TYPE_CHECKING:
    from desktop.services.secrets import SecretStore
    from desktop.settings import Settings


def _system_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def _now() -> datetime:
    return datetime.now(UTC)


class SignIn(QObject):
    """One page's sign-in: start, stop, sign out; the outcome as signals.

    Attributes:
        open_url: Opens the browser on the authorization URL (called on the UI thread).
        clock: The current time (aware), for the tokens' expiry.
    """

    sig_signed_in = Signal(str)  # the address signed in
    sig_failed = Signal(object)  # the problem (a Problem, or words)
    sig_open_url = Signal(str)

    def __init__(self, store: SecretStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.open_url: Callable[[str], None] = _system_browser
        self.clock: Callable[[], datetime] = _now
        self._stop = threading.Event()
        self._runner: Runner | None = None
        self.running = False
        self.sig_open_url.connect(self.on_open_url)

    @Slot(str)
    def on_open_url(self, url: str) -> None:
        """Open the browser (queued here from the sign-in's thread)."""
        self.open_url(url)

    def start(self, settings: Settings) -> None:
        """Sign in with the provider of ``settings`` (its preset and client IDs), proposing its address.

        Emits ``sig_signed_in`` with the address, or ``sig_failed`` with the problem (not configured, cancelled,
        admin consent missing...).
        """
        from desktop.services.mail.signin_problems import SignInFailure
        from desktop.services.mail.wiring import sign_in_flow, token_broker

        try:
            flow = sign_in_flow(settings)
        except SignInFailure as failure:
            self.sig_failed.emit(failure.problem)
            return
        self._stop.clear()
        self.running = True
        hint = settings.smtp_user or settings.sender_address

        def work(_progress: object) -> str:
            tokens = flow.sign_in(self.sig_open_url.emit, clock=self.clock, login_hint=hint,
                                  should_stop=self._stop.is_set)
            token_broker(settings, self.store, self.clock, flow).accept(tokens)
            return tokens.account or hint

        def failed(exc: BaseException) -> None:
            self.running = False
            self.sig_failed.emit(exc.problem if isinstance(exc, SignInFailure) else str(exc))

        def done(account: str) -> None:
            self.running = False
            self.sig_signed_in.emit(account)

        if self._runner is None:
            self._runner = Runner()
        Op(work).success(done).failure(failed).run_in_background(self._runner)

    def stop(self) -> None:
        """Stop waiting for the browser (the sign-in then fails as cancelled)."""
        self._stop.set()

    def sign_out(self) -> str | None:
        """Forget the sign-in (keyring and memory); the words of why not, or None."""
        from desktop.services.mail.oauth_tokens import sign_out
        from desktop.services.secrets import SecretsError, SecretsUnavailable

        try:
            sign_out(self.store)
        except (SecretsError, SecretsUnavailable) as exc:
            return str(exc)
        return None

    def signed_in(self) -> bool:
        """True when the keyring holds the mailbox's sign-in."""
        from desktop.services.mail.oauth_tokens import signed_in

        return signed_in(self.store)

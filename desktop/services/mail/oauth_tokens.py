"""The mailbox's access tokens: in memory only, renewed from the keyring's refresh token before they expire.

:class:`TokenBroker` is what SMTP and IMAP ask for a token. It gives the access token held in memory
(:meth:`~desktop.services.secrets.SecretStore.hold`) while it has more than ``margin`` left, else trades the
refresh token kept in the keyring (``SecretName.OAUTH_REFRESH_TOKEN``) for a new one, silently, keeping the
new refresh token when the provider rotates it (Microsoft does; Google keeps its own). One renewal runs at a
time (the store's ``renewing`` lock): the sender, the reply check and the settings' test share the token.

The clock is injected, so the tests move past an expiry without waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from desktop.services.mail.oauth import OpenUrl, Tokens
from desktop.services.mail.signin_problems import Reason, SignInFailure
from desktop.services.secrets import SecretName, SecretsError, SecretStore, SecretsUnavailable

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: The memory key of the mailbox's access token (one signed-in mailbox, shared by SMTP and IMAP).
ACCESS_KEY = "oauth-access-token"


class SignInFlow(Protocol):
    """One provider's sign-in: :class:`~desktop.services.mail.oauth.GenericSignIn` (Google, any RFC 6749 server)
    or :class:`~desktop.services.mail.oauth_microsoft.MicrosoftSignIn`."""

    @property
    def provider(self) -> str:
        """The provider's name for sentences."""
        ...

    def sign_in(self, open_url: OpenUrl, *, clock: Clock, login_hint: str = "", timeout: float = 300.0,
                should_stop: Callable[[], bool] | None = None) -> Tokens:
        """Sign in through the system browser."""
        ...

    def refresh(self, refresh_token: str, *, clock: Clock) -> Tokens:
        """A new access token from a refresh token."""
        ...


class TokenSource(Protocol):
    """What a login needs: a bearer token, and a fresh one when the server refused the one given."""

    @property
    def provider(self) -> str:
        """The provider's name for sentences."""
        ...

    def access_token(self, *, fresh: bool = False) -> str:
        """A valid access token (``fresh``: renewed now, not the one held)."""
        ...


@dataclass
class TokenBroker:
    """Access tokens of the signed-in mailbox.

    Args:
        flow: The provider's sign-in (its ``refresh``).
        store: The keyring (the refresh token) and the memory (the access token).
        clock: The current time (aware).
        margin: An access token with less than this left is renewed first.
    """

    flow: SignInFlow
    store: SecretStore
    clock: Clock
    margin: timedelta = timedelta(minutes=5)

    @property
    def provider(self) -> str:
        """The provider's name for sentences."""
        return self.flow.provider

    def access_token(self, *, fresh: bool = False) -> str:
        """The access token held in memory, or a new one from the refresh token.

        Args:
            fresh: Renew even when one is held (a server refused it: revoked early, scopes changed).

        Returns:
            The bearer token.

        Raises:
            SignInFailure: Not signed in, the grant revoked or expired, the provider unreachable...
        """
        held = None if fresh else self.store.held(ACCESS_KEY, self.clock() + self.margin)
        if held is not None:
            return held
        with self.store.renewing:
            held = None if fresh else self.store.held(ACCESS_KEY, self.clock() + self.margin)
            if held is not None:  # renewed by another thread meanwhile
                return held
            try:
                refresh_token = self.store.get(SecretName.OAUTH_REFRESH_TOKEN)
            except SecretsError:
                raise SignInFailure(Reason.KEYRING, provider=self.provider) from None
            if not refresh_token:
                raise SignInFailure(Reason.SIGN_IN_REQUIRED, provider=self.provider)
            tokens = self.flow.refresh(refresh_token, clock=self.clock)
            self._keep(tokens, refresh_token)
            log.info("%s: the access token was renewed", self.provider)
            return tokens.access_token

    def accept(self, tokens: Tokens) -> None:
        """Keep what a sign-in gave: the refresh token in the keyring, the access token in memory.

        Raises:
            SignInFailure: The keyring cannot keep the refresh token (nothing is kept then).
        """
        self._keep(tokens, None)

    def _keep(self, tokens: Tokens, previous: str | None) -> None:
        if tokens.refresh_token and tokens.refresh_token != previous:
            try:
                self.store.set(SecretName.OAUTH_REFRESH_TOKEN, tokens.refresh_token)
            except (SecretsUnavailable, SecretsError):
                self.store.release(ACCESS_KEY)
                raise SignInFailure(Reason.KEYRING, provider=self.provider) from None
        elif previous is None:
            log.warning("%s gave no refresh token: the sign-in lasts until the access token expires", self.provider)
        self.store.hold(ACCESS_KEY, tokens.access_token, tokens.expires_at)

    def invalidate(self) -> None:
        """Forget the access token held (the next login renews it)."""
        self.store.release(ACCESS_KEY)


def sign_out(store: SecretStore) -> None:
    """Forget the mailbox's sign-in: the access token in memory and the refresh token in the keyring.

    Raises:
        SecretsUnavailable: No safe keyring (nothing was stored there either).
    """
    store.release(ACCESS_KEY)
    store.delete(SecretName.OAUTH_REFRESH_TOKEN)


def signed_in(store: SecretStore) -> bool:
    """True when the keyring holds a refresh token (the mailbox was signed in and not signed out)."""
    try:
        return bool(store.get(SecretName.OAUTH_REFRESH_TOKEN))
    except SecretsError:
        return False

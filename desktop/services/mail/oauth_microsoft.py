"""Signing in to Microsoft 365 (Exchange Online) through msal, Microsoft's own library.

msal's ``PublicClientApplication`` builds the authorization request (PKCE, ``state``, ``nonce``) and trades the
code and the refresh tokens; the browser part is ours: :class:`~desktop.services.mail.oauth.LoopbackReceiver`
listens on 127.0.0.1 and the redirect URI says ``http://localhost:PORT`` (what Entra accepts for "Mobile and
desktop applications" registrations), the answer comes back as a form POST (``response_mode=form_post``, as
RFC 9700 recommends; a server that ignores it redirects with a query, also read), and the browser is opened
by the caller's ``open_url`` (the settings page opens the system browser; the tests follow the URL). msal's own
``acquire_token_interactive`` is not used: it opens a browser itself, answers only ``form_post`` redirects and
offers no way to stop waiting when the user closes the dialog.

The device-code flow (RFC 8628) is the fallback where no browser can be opened; many tenants block it by
Conditional Access, which :mod:`~desktop.services.mail.signin_problems` words.

msal keeps what it got in an in-memory cache of the application object, which lives for one operation: the
refresh token goes to the keyring (the token broker) and the access token stays in memory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.services.mail.oauth import Clock, LoopbackReceiver, OpenUrl, Tokens, tokens_of
from desktop.services.mail.signin_problems import Reason, SignInFailure, failure_of_error

log = logging.getLogger(__name__)

PROVIDER = "Microsoft 365"
#: What Relance asks of Exchange Online (msal adds ``openid``, ``profile`` and ``offline_access`` itself).
SCOPES = ("https://outlook.office.com/SMTP.Send", "https://outlook.office.com/IMAP.AccessAsUser.All")
#: Work and school accounts of any tenant (personal Outlook.com accounts would be ``common``).
DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations"


@dataclass(frozen=True, slots=True)
class DeviceCode:
    """What the user types on another device (the device-code fallback).

    Attributes:
        url: Where to type it (``https://microsoft.com/devicelogin``).
        code: The code.
        message: Microsoft's own sentence, in the language of the request.
        expires_in: Seconds the code stays valid.
    """

    url: str
    code: str
    message: str
    expires_in: int


@dataclass
class MicrosoftSignIn:
    """Sign-in and refresh with Microsoft's identity platform.

    Args:
        client_id: The application's registration (a setting).
        authority: The Entra authority (``.../organizations``, ``.../common`` or a tenant).
        oidc_authority: Instead of ``authority``, any OpenID Connect issuer (the tests' server).
        http_client: The ``requests.Session`` msal talks through (None: msal's own, with the system's roots).
        scopes: The scopes asked for.
    """

    client_id: str
    authority: str = DEFAULT_AUTHORITY
    oidc_authority: str | None = None
    http_client: Any = None
    scopes: tuple[str, ...] = SCOPES
    _app: Any = field(default=None, init=False, repr=False)

    provider = PROVIDER

    def _application(self) -> Any:
        """msal's application (built on first use: it reads the authority's discovery document)."""
        if self._app is None:
            import msal
            import requests

            try:
                where = ({"oidc_authority": self.oidc_authority} if self.oidc_authority
                         else {"authority": self.authority})
                self._app = msal.PublicClientApplication(self.client_id, http_client=self.http_client, **where)
            except (ValueError, requests.RequestException) as exc:
                log.info("Microsoft: the authority could not be read (%s)", type(exc).__name__)
                raise SignInFailure(Reason.NETWORK, provider=PROVIDER) from None
        return self._app

    def _call(self, work: Callable[[], Mapping[str, Any]], clock: Clock) -> Tokens:
        import requests

        now = clock()
        try:
            result = work()
        except requests.RequestException as exc:
            log.info("Microsoft: the token endpoint could not be reached (%s)", type(exc).__name__)
            raise SignInFailure(Reason.NETWORK, provider=PROVIDER) from None
        except ValueError as exc:  # msal's checks of the redirect: a state that is not the flow's
            log.info("Microsoft: the sign-in answer was refused (%s)", type(exc).__name__)
            raise SignInFailure(Reason.STATE_MISMATCH, provider=PROVIDER) from None
        if "error" in result:
            raise failure_of_error(result, PROVIDER)
        claims = result.get("id_token_claims") or {}
        account = claims.get("preferred_username") or claims.get("email") or ""
        return tokens_of({**result, "account": account}, now, PROVIDER)

    def sign_in(self, open_url: OpenUrl, *, clock: Clock, login_hint: str = "", timeout: float = 300.0,
                should_stop: Callable[[], bool] | None = None) -> Tokens:
        """Sign in through the system browser (authorization code with PKCE, loopback redirect).

        Args:
            open_url: Opens the system browser on a URL (returns at once).
            clock: The current time (aware).
            login_hint: The address typed in the settings (proposed on Microsoft's page).
            timeout: Seconds the user has to finish.
            should_stop: Polled while waiting (the user closed the dialog).

        Returns:
            The tokens, with the refresh token and the signed-in address.

        Raises:
            SignInFailure: Worded (admin consent needed, cancelled, timed out...).
        """
        app = self._application()
        with LoopbackReceiver() as receiver:
            flow = app.initiate_auth_code_flow(list(self.scopes), redirect_uri=receiver.redirect_uri("localhost"),
                                               login_hint=login_hint or None, prompt="select_account",
                                               response_mode="form_post")
            if "error" in flow:
                raise failure_of_error(flow, PROVIDER)
            open_url(flow["auth_uri"])
            try:
                answer = receiver.wait(flow["state"], timeout=timeout, should_stop=should_stop)
            except SignInFailure as failure:
                raise failure.for_provider(PROVIDER) from None
        return self._call(lambda: app.acquire_token_by_auth_code_flow(flow, answer, scopes=list(self.scopes)),
                          clock)

    def device_code(self, show: Callable[[DeviceCode], None], *, clock: Clock,
                    should_stop: Callable[[], bool] | None = None) -> Tokens:
        """Sign in with a code typed on another device (the fallback; RFC 8628).

        Args:
            show: Shows the code and the address to the user (called once, before waiting).
            clock: The current time (aware).
            should_stop: Polled while waiting (the user closed the dialog).

        Returns:
            The tokens.

        Raises:
            SignInFailure: Worded (blocked by the organisation, expired, cancelled...).
        """
        app = self._application()
        flow = app.initiate_device_flow(list(self.scopes))
        if "user_code" not in flow:
            raise failure_of_error(flow, PROVIDER)
        show(DeviceCode(flow.get("verification_uri", ""), flow["user_code"], flow.get("message", ""),
                        int(flow.get("expires_in", 900))))

        def stop(_flow: Any) -> bool:
            return should_stop is not None and should_stop()

        try:
            return self._call(lambda: app.acquire_token_by_device_flow(flow, exit_condition=stop), clock)
        except SignInFailure:
            if stop(flow):
                raise SignInFailure(Reason.CANCELLED, provider=PROVIDER) from None
            raise

    def refresh(self, refresh_token: str, *, clock: Clock) -> Tokens:
        """A new access token (and refresh token: Microsoft rotates them) from a refresh token.

        Raises:
            SignInFailure: ``invalid_grant`` (revoked, expired, password changed), admin consent withdrawn...
        """
        app = self._application()
        return self._call(lambda: app.acquire_token_by_refresh_token(refresh_token, list(self.scopes)), clock)


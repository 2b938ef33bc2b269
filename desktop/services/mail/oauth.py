"""OAuth2 sign-in for the mailbox: the authorization code grant with PKCE over a loopback redirect.

A native application signs in through the system browser (RFC 8252): Relance listens on 127.0.0.1 on a port
the system gives (:class:`LoopbackReceiver`), opens the provider's authorization page with a PKCE challenge
(RFC 7636, S256) and a random ``state``, and waits for the browser to come back with a code, which it trades
for tokens at the token endpoint (RFC 6749, 4.1). Refresh tokens are traded the same way (6). This module is
the generic client (Google, and any RFC 6749 server: the tests' real authorization server);
:mod:`desktop.services.mail.oauth_microsoft` drives Microsoft's through msal over the same receiver.

A public client has no secret. Google's "Desktop app" registrations still send the ``client_secret`` Google
gives them, which Google itself says is not confidential for installed apps: it is a setting of the build,
like the client ID, never a secret of the user.

Tokens never appear in a log, a ``repr`` or an exception: errors carry the server's ``error`` and
``error_description`` (which hold no token) in a worded :class:`~desktop.services.mail.signin_problems.SignInFailure`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import http.server
import json
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from desktop.services.mail.signin_problems import Reason, SignInFailure, failure_of_error

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
OpenUrl = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class OAuthClient:
    """One registration of Relance at one authorization server.

    Attributes:
        provider: The provider's name for sentences ("Google").
        authorize_url: The authorization endpoint.
        token_url: The token endpoint.
        client_id: The registration's client ID (a setting: a build may ship its own).
        scopes: The scopes asked for.
        client_secret: Google's non-confidential desktop-app secret, or empty (a true public client).
        redirect_host: The host name written in the redirect URI (``127.0.0.1``; Microsoft wants ``localhost``).
        extra: More parameters of the authorization request (``access_type=offline`` for Google).
    """

    provider: str
    authorize_url: str
    token_url: str
    client_id: str
    scopes: tuple[str, ...]
    client_secret: str = field(default="", repr=False)
    redirect_host: str = "127.0.0.1"
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Tokens:
    """What a sign-in or a refresh gave.

    Attributes:
        access_token: The bearer token (kept in memory only).
        expires_at: When it expires (aware).
        refresh_token: The refresh token, or None when the server did not send a new one.
        account: The signed-in address (from the ID token), or empty.
    """

    access_token: str = field(repr=False)
    expires_at: datetime
    refresh_token: str | None = field(repr=False)
    account: str = ""


def pkce_pair() -> tuple[str, str]:
    """A PKCE code verifier (86 unreserved characters) and its S256 challenge (RFC 7636, 4.1 and 4.2)."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def id_token_account(id_token: str | None) -> str:
    """The address an ID token names (``email``, else ``preferred_username``), or empty.

    The token came straight from the token endpoint over TLS, which OpenID Connect Core (3.1.3.7) accepts in
    place of checking its signature; the address is only shown and used as the login name.
    """
    if not id_token or id_token.count(".") != 2:
        return ""
    payload = id_token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError:
        return ""
    if not isinstance(claims, dict):
        return ""
    return str(claims.get("email") or claims.get("preferred_username") or "")


def tokens_of(answer: Mapping[str, Any], now: datetime, provider: str) -> Tokens:
    """Tokens from a token endpoint's JSON answer (RFC 6749, 5.1), or the worded failure of an error (5.2).

    Args:
        answer: The decoded JSON.
        now: When the request was made (expiry counts from it).
        provider: The provider's name for sentences.

    Raises:
        SignInFailure: For an error answer or one without an access token.
    """
    if "error" in answer or not answer.get("access_token"):
        raise failure_of_error(answer, provider)
    try:
        lifetime = int(answer.get("expires_in") or 3600)
    except (TypeError, ValueError):
        lifetime = 3600
    refresh = answer.get("refresh_token")
    account = answer.get("account") or id_token_account(answer.get("id_token"))
    return Tokens(str(answer["access_token"]), now + timedelta(seconds=lifetime),
                  str(refresh) if refresh else None, str(account or ""))


# the loopback receiver -------------------------------------------------------------------------------------
_PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Relance</title></head>
<body style="font-family: sans-serif; margin: 3em"><h1>{title}</h1><p>{text}</p></body></html>"""
_DONE = ("Connexion terminée", "Vous pouvez fermer cet onglet et revenir à Relance. "
         "(Sign-in complete: you may close this tab and go back to Relance.)")
_FAILED = ("La connexion n’a pas abouti", "Revenez à Relance : il vous dit quoi faire. "
           "(Sign-in did not complete: go back to Relance.)")


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        """A redirect with the answer in its query (RFC 6749, 4.1.2)."""
        self._answer(dict(parse_qsl(urlsplit(self.path).query)))

    def do_POST(self) -> None:
        """The answer as a form (``response_mode=form_post``)."""
        try:
            length = min(int(self.headers.get("Content-Length") or 0), 65536)
        except ValueError:
            length = 0
        body = self.rfile.read(length).decode("ascii", "replace") if length else ""
        self._answer(dict(parse_qsl(body)))

    def _answer(self, query: dict[str, str]) -> None:
        if not ({"code", "error"} & query.keys()):  # the browser's favicon, a stray request
            self.send_error(404)
            return
        self.server.answer = query
        ok = "code" in query and query.get("state") == self.server.state
        body = _PAGE.format(title=html.escape(_DONE[0] if ok else _FAILED[0]),
                            text=html.escape(_DONE[1] if ok else _FAILED[1])).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Nothing: the request line holds the authorization code."""


class _Server(http.server.HTTPServer):
    answer: dict[str, str] | None = None
    state: str = ""


class LoopbackReceiver:
    """Waits on 127.0.0.1 for the browser's redirect (RFC 8252, 7.3); a context manager.

    Args:
        port: The port to listen on; 0 lets the system choose.
    """

    def __init__(self, port: int = 0) -> None:
        self._server = _Server(("127.0.0.1", port), _Handler)
        self._server.timeout = 0.2  # how often a wait looks at ``should_stop``

    @property
    def port(self) -> int:
        """The port listened on."""
        return int(self._server.server_address[1])

    def redirect_uri(self, host: str = "127.0.0.1") -> str:
        """The redirect URI to register with the request (``http://127.0.0.1:PORT/``)."""
        return f"http://{host}:{self.port}/"

    def wait(self, state: str, *, timeout: float, should_stop: Callable[[], bool] | None = None,
             monotonic: Callable[[], float] = time.monotonic) -> dict[str, str]:
        """The redirect's query parameters, once the browser comes back.

        Args:
            state: The ``state`` the request carried.
            timeout: Seconds to wait for the user.
            should_stop: Polled a few times a second (the user closed the dialog).
            monotonic: The clock of the timeout.

        Returns:
            The parameters (``code`` and ``state``).

        Raises:
            SignInFailure: Timed out, stopped, refused in the browser, or a ``state`` that is not ours.
        """
        self._server.state, self._server.answer = state, None
        deadline = monotonic() + timeout
        while self._server.answer is None:
            if should_stop is not None and should_stop():
                raise SignInFailure(Reason.CANCELLED)
            if monotonic() >= deadline:
                raise SignInFailure(Reason.TIMEOUT, minutes=max(1, round(timeout / 60)))
            self._server.handle_request()
        answer = self._server.answer
        if answer.get("state") != state:
            raise SignInFailure(Reason.STATE_MISMATCH)
        if "error" in answer:
            raise failure_of_error(answer, "")
        return answer

    def close(self) -> None:
        """Stop listening."""
        self._server.server_close()

    def __enter__(self) -> LoopbackReceiver:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# the generic client ----------------------------------------------------------------------------------------
def _post(http: httpx.Client, client: OAuthClient, form: dict[str, str], now: datetime) -> Tokens:
    form = {**form, "client_id": client.client_id}
    if client.client_secret:
        form["client_secret"] = client.client_secret
    try:
        response = http.post(client.token_url, data=form, headers={"Accept": "application/json"})
    except httpx.HTTPError as exc:
        log.info("%s: the token endpoint could not be reached (%s)", client.provider, type(exc).__name__)
        raise SignInFailure(Reason.NETWORK, provider=client.provider) from None
    try:
        answer = response.json()
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise SignInFailure(Reason.REFUSED, provider=client.provider, error=f"HTTP {response.status_code}",
                            description="")
    return tokens_of(answer, now, client.provider)


def sign_in(client: OAuthClient, open_url: OpenUrl, *, http: httpx.Client, clock: Clock, login_hint: str = "",
            timeout: float = 300.0, should_stop: Callable[[], bool] | None = None) -> Tokens:
    """Sign in through the browser: authorization code with PKCE over the loopback redirect.

    Args:
        client: The registration.
        open_url: Opens the system browser on a URL (returns at once).
        http: The HTTP client of the token endpoint.
        clock: The current time (aware), for the expiry.
        login_hint: The address typed in the settings, proposed on the provider's page.
        timeout: Seconds the user has to finish in the browser.
        should_stop: Polled while waiting (the user closed the dialog).

    Returns:
        The tokens (a refresh token included when the server gives one).

    Raises:
        SignInFailure: Worded (cancelled, timed out, refused, network...).
    """
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    with LoopbackReceiver() as receiver:
        redirect_uri = receiver.redirect_uri(client.redirect_host)
        query = {"response_type": "code", "client_id": client.client_id, "redirect_uri": redirect_uri,
                 "scope": " ".join(client.scopes), "state": state, "code_challenge": challenge,
                 "code_challenge_method": "S256", **client.extra}
        if login_hint:
            query["login_hint"] = login_hint
        separator = "&" if "?" in client.authorize_url else "?"
        open_url(f"{client.authorize_url}{separator}{urlencode(query)}")
        try:
            answer = receiver.wait(state, timeout=timeout, should_stop=should_stop)
        except SignInFailure as failure:
            raise failure.for_provider(client.provider) from None
    return _post(http, client, {"grant_type": "authorization_code", "code": answer["code"],
                                "redirect_uri": redirect_uri, "code_verifier": verifier}, clock())


def refresh(client: OAuthClient, refresh_token: str, *, http: httpx.Client, clock: Clock) -> Tokens:
    """Trade a refresh token for a new access token (RFC 6749, 6).

    Args:
        client: The registration.
        refresh_token: From the keyring.
        http: The HTTP client of the token endpoint.
        clock: The current time (aware).

    Returns:
        The tokens; ``refresh_token`` is None when the server keeps the old one (Google).

    Raises:
        SignInFailure: ``invalid_grant`` (revoked or expired) and every other refusal, worded.
    """
    return _post(http, client, {"grant_type": "refresh_token", "refresh_token": refresh_token,
                                "scope": " ".join(client.scopes)}, clock())


@dataclass(frozen=True, slots=True)
class GenericSignIn:
    """The sign-in of one :class:`OAuthClient` with this module's client (what the token broker calls).

    Attributes:
        client: The registration.
        http: The HTTP client; None makes one per call (a refresh is rare: once an hour at most).
    """

    client: OAuthClient
    http: httpx.Client | None = None

    @property
    def provider(self) -> str:
        """The provider's name for sentences."""
        return self.client.provider

    def _run(self, work: Callable[[httpx.Client], Tokens]) -> Tokens:
        if self.http is not None:
            return work(self.http)
        with httpx.Client(timeout=20.0) as http:
            return work(http)

    def sign_in(self, open_url: OpenUrl, *, clock: Clock, login_hint: str = "", timeout: float = 300.0,
                should_stop: Callable[[], bool] | None = None) -> Tokens:
        """See :func:`sign_in`."""
        return self._run(lambda http: sign_in(self.client, open_url, http=http, clock=clock, login_hint=login_hint,
                                              timeout=timeout, should_stop=should_stop))

    def refresh(self, refresh_token: str, *, clock: Clock) -> Tokens:
        """See :func:`refresh`."""
        return self._run(lambda http: refresh(self.client, refresh_token, http=http, clock=clock))

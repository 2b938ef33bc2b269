"""Logging in to an SMTP server (RFC 4954 AUTH) with pluggable SASL mechanisms, in UTF-8.

``smtplib``'s own AUTH PLAIN and LOGIN encode the password as ASCII, so an accented password raised
``UnicodeEncodeError``; here every mechanism encodes its credentials in UTF-8 (RFC 4616 for PLAIN) and the
exchange is written over ``docmd``. A mechanism is a small object with a ``name``, an optional initial
response and an answer to each server challenge: the password ones are :class:`Plain`, :class:`Login` and
:class:`CramMd5`; token mechanisms (XOAUTH2, OAUTHBEARER for Microsoft 365 and Gmail) fit the same
:class:`Mechanism` protocol. What the client sends is never part of an error: the server's words are scrubbed
of it before they are shown.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

_MAX_STEPS = 8


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

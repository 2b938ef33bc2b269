"""Transports: SMTP (one connection reused across a batch) and the local outbox folder of ``.eml`` files.

Every SMTP failure becomes a :class:`DeliveryError` with the server's code and exact words (or plain words
for a network failure, see :mod:`desktop.services.mail.smtp_client`) and a :class:`FailureKind`: temporary
(retried), permanent (never retried), quota (the *sender's* sending limit: sending pauses), login refused and
settings (sending pauses until the settings change). A reply about one recipient (``RCPT``: unknown user,
mailbox full, "too many recipients", a rate limit *for that recipient*) refuses that recipient only: the
message goes to the others, and :class:`Delivery` says who was refused and why. Any unexpected exception
becomes a worded temporary failure; nothing but :class:`DeliveryError` leaves :meth:`SmtpTransport.send`.

Each exchange (connecting, one reply, one write) has a deadline of ``timeout`` seconds, and the whole batch
one of ``batch_timeout`` seconds, on an injected monotonic clock. The password comes from the keyring, is
used by the SASL mechanism only (UTF-8, :mod:`desktop.services.mail.sasl`), and never appears in a log or
an error. With an OAuth2 sign-in the login is a bearer token (OAUTHBEARER or XOAUTH2) from a
:class:`~desktop.services.mail.oauth_tokens.TokenSource`; a token refused once is renewed and tried again in
the same session. A sign-in that cannot be renewed (revoked, admin consent missing) and the refusals that
mean "this login method is off" (``550 5.7.30``, ``5.7.139``, ``535 5.7.3``) are login failures with their
sentence (:func:`~desktop.services.mail.signin_problems.smtp_refusal`): sending pauses, nothing is charged.

``copies`` names who files a copy of each delivered message in the sender's Sent folder (None: nobody).
"""

from __future__ import annotations

import enum
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol, TypeVar

from desktop.services.mail.sasl import AuthRefused, Mechanism, authenticate, choose, token_mechanisms
from desktop.services.mail.signin_problems import Reason, SignInFailure, smtp_refusal
from desktop.services.mail.smtp_client import ExchangeFailed, Phase, SmtpClient, exchange_words, network_words

if TYPE_CHECKING:
    from desktop.services.mail.oauth_tokens import TokenSource
    from desktop.services.mail.sent_copy import SentCopies

_T = TypeVar("_T")
_STATUS_RE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_QUOTA_WORDS = re.compile(r"quota|rate|limit|too many|throttl", re.IGNORECASE)
#: Words that say the reply is about one recipient (its mailbox, its rate), not about the sender.
_RECIPIENT_WORDS = re.compile(r"for (?:the |this )?recipient|recipient'?s|the user you are trying|receiving mail|"
                              r"mailbox (?:is )?(?:full|over)|over quota", re.IGNORECASE)
#: Enhanced codes that refuse the login method itself (Microsoft: basic authentication off, SMTP AUTH off).
_LOGIN_STATUSES = frozenset({"5.7.3", "5.7.30", "5.7.139"})
#: Words that say the reply is about the sender's own allowance.
_SENDER_WORDS = re.compile(r"sender|sending|submission|daily|outbound|your|you have|from this account",
                           re.IGNORECASE)


class FailureKind(enum.Enum):
    """How a failed delivery is handled."""

    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    QUOTA = "quota"
    LOGIN = "login"
    SETTINGS = "settings"


@dataclass(frozen=True, slots=True)
class Refusal:
    """The server refused one recipient.

    Attributes:
        code: The RCPT reply code (None when Relance refused it itself).
        words: The server's words.
        permanent: True for a 5xx refusal (never retried), False for a 4xx one (retried later).
    """

    code: int | None
    words: str
    permanent: bool

    def __str__(self) -> str:
        return f"{self.code} {self.words}" if self.code is not None else self.words


_NONE: Mapping[str, Refusal] = MappingProxyType({})


class DeliveryError(Exception):
    """A message was not delivered.

    Attributes:
        kind: How to handle it.
        code: The SMTP reply code, or None (connection lost, refused...).
        words: The server's exact answer, or a description of the network failure.
        refused: When every recipient was refused: each one's refusal.
        maybe_delivered: The connection was lost after the whole message was handed over, before the
            server's reply: the server may have kept it.
        before_message: The failure came before this message's transaction (connecting, logging in): it
            says nothing about the message itself.
    """

    def __init__(self, kind: FailureKind, code: int | None, words: str, *, refused: Mapping[str, Refusal] = _NONE,
                 maybe_delivered: bool = False, before_message: bool = False) -> None:
        super().__init__(f"{code} {words}" if code is not None else words)
        self.kind = kind
        self.code = code
        self.words = words
        self.refused = refused
        self.maybe_delivered = maybe_delivered
        self.before_message = before_message


@dataclass(frozen=True, slots=True)
class Delivery:
    """The server accepted the message.

    Attributes:
        refused: Recipients it refused (the message went to the others), with its words.
    """

    refused: Mapping[str, Refusal] = field(default_factory=dict)


def _enhanced(words: str) -> str:
    status = _STATUS_RE.search(words)
    return status.group(0) if status else ""


def _sender_quota(words: str, stage: Phase) -> bool:
    """Whether a reply says the sender reached its own sending limit (then sending pauses for everyone)."""
    status = _enhanced(words)
    detail = status[2:]
    if detail == "5.3" or detail.startswith(("1.", "2.1", "2.2")):  # too many recipients; address, mailbox
        return False
    if _QUOTA_WORDS.search(words) is None or _RECIPIENT_WORDS.search(words) is not None:
        return False
    if stage is Phase.RCPT or detail[:2] not in ("4.", "7."):  # said of a recipient, or an odd status
        return _SENDER_WORDS.search(words) is not None
    return True


def classify(code: int, words: str, stage: Phase = Phase.FINAL) -> FailureKind:
    """Classify an SMTP reply that refused a message or a recipient.

    Args:
        code: The reply code.
        words: The reply text (an enhanced status code ``x.y.z`` may lead it).
        stage: The command it answered (a ``RCPT`` reply is about that recipient).

    Returns:
        The failure kind.
    """
    if code in (530, 534, 535, 538) or _enhanced(words).startswith(("5.7.8", "5.7.9")) \
            or _enhanced(words) in _LOGIN_STATUSES:
        return FailureKind.LOGIN
    if _sender_quota(words, stage):
        return FailureKind.QUOTA
    if 400 <= code < 500:
        return FailureKind.TEMPORARY
    return FailureKind.PERMANENT


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


class Transport(Protocol):
    """Delivers raw messages to explicit recipients."""

    #: Shown in the UI: "SMTP smtp.example.fr:587" or "local folder /path".
    description: str
    #: Who files a copy of each delivered message in the sender's Sent folder (None: nobody).
    copies: SentCopies | None

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> Delivery:
        """Deliver one message (to the recipients the server accepts) or raise :class:`DeliveryError`."""

    def expired(self) -> bool:
        """True when the batch has used its time: no further message should be started."""

    def close(self) -> None:
        """Release the connection (a batch ends)."""


class SmtpSecurity(enum.StrEnum):
    """How the SMTP connection is protected."""

    NONE = "none"
    STARTTLS = "starttls"
    SSL = "ssl"


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and how to reach the mail server (no password: it lives in the keyring).

    Attributes:
        host: Server name.
        port: TCP port (587 for STARTTLS, 465 for SSL/TLS, 25).
        security: Connection protection.
        username: Login name, or empty for no login.
        timeout: Seconds for connecting and for each exchange (a whole reply, a whole write).
        batch_timeout: Seconds one batch (one connection) may last.
    """

    host: str
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: str = ""
    timeout: float = 30.0
    batch_timeout: float = 300.0


#: The words of an exception nobody expected (its type only: its text could hold anything, even a secret).
UNEXPECTED = "Relance met an unexpected problem while sending ({}); it tries again later"


class SmtpTransport:
    """Sends over SMTP, keeping one connection open for the whole batch.

    Args:
        settings: Server settings.
        password: The password read from the keyring, or None for no login.
        ssl_context: TLS context; None uses the system's default verification.
        monotonic: The clock of the deadlines (the batch starts when the transport is made).
        token: The OAuth2 sign-in to log in with instead of the password.
        copies: Who files the delivered messages in the Sent folder, or None.
    """

    def __init__(self, settings: SmtpSettings, password: str | None = None,
                 ssl_context: ssl.SSLContext | None = None, *,
                 monotonic: Callable[[], float] = time.monotonic, token: TokenSource | None = None,
                 copies: SentCopies | None = None) -> None:
        self.settings = settings
        self.description = f"SMTP {settings.host}:{settings.port}"
        self.copies = copies
        self._password = password
        self._token = token
        self._context = ssl_context
        self._monotonic = monotonic
        self._batch_deadline = monotonic() + settings.batch_timeout
        self._client: SmtpClient | None = None

    def __repr__(self) -> str:
        return f"SmtpTransport({self.description})"

    def _tls_context(self) -> ssl.SSLContext:
        # Built only when TLS is used: loading the system's roots takes tens of milliseconds per batch.
        return self._context or ssl.create_default_context()

    def expired(self) -> bool:
        """True once the batch's time is used up."""
        return self._monotonic() >= self._batch_deadline

    def _connect(self) -> SmtpClient:
        s = self.settings
        client = SmtpClient(timeout=s.timeout, batch_deadline=self._batch_deadline, monotonic=self._monotonic,
                            tls_context=self._tls_context() if s.security is SmtpSecurity.SSL else None)
        try:
            code, reply = client.connect(s.host, s.port)
            if code != 220:
                raise _refused(code, reply, Phase.GREETING)
            client.phase = Phase.EHLO
            client.ehlo_or_helo_if_needed()
            if s.security is SmtpSecurity.STARTTLS:
                if not client.has_extn("starttls"):
                    raise DeliveryError(FailureKind.SETTINGS, None, "the server does not offer STARTTLS: choose "
                                        "SSL/TLS (port 465) in the settings, or ask your provider")
                client.phase = Phase.STARTTLS
                try:
                    code, reply = client.starttls(context=self._tls_context())
                except TimeoutError:
                    raise ExchangeFailed(Phase.TLS, timed_out=True) from None
                if code != 220:
                    raise _refused(code, reply, Phase.STARTTLS)
                client.phase = Phase.EHLO
                client.ehlo()
            if s.username and self._token is not None:
                client.phase = Phase.AUTH
                self._token_login(client, s.username, self._token)
            elif s.username and self._password is not None:
                client.phase = Phase.AUTH
                self._login(client, s.username, self._password)
        except BaseException:
            client.close()
            raise
        return client

    @staticmethod
    def _login(client: SmtpClient, user: str, password: str) -> None:
        offered = client.esmtp_features.get("auth", "").upper().split()
        mechanism = choose(offered, user, password)
        if mechanism is None:
            raise DeliveryError(FailureKind.SETTINGS, None, "the server offers no login method Relance knows "
                                f"({', '.join(offered) or 'none'}): ask your provider")
        try:
            authenticate(client, mechanism, secrets=(password,))
        except AuthRefused as exc:
            raise _login_refused(exc, oauth=False, host=client._host) from None

    def _token_login(self, client: SmtpClient, user: str, source: TokenSource) -> None:
        offered = client.esmtp_features.get("auth", "").upper().split()
        mechanisms = token_mechanisms(self.settings.host, self.settings.port)
        for fresh in (False, True):  # a token refused once is renewed and tried again (revoked early, new scopes)
            try:
                token = source.access_token(fresh=fresh)
            except SignInFailure as failure:
                kind = FailureKind.TEMPORARY if failure.reason is Reason.NETWORK else FailureKind.LOGIN
                raise DeliveryError(kind, None, str(failure.problem)) from None
            mechanism: Mechanism | None = choose(offered, user, token, mechanisms)
            if mechanism is None:
                raise DeliveryError(FailureKind.SETTINGS, None, "the server offers no sign-in with a token "
                                    f"(OAUTHBEARER, XOAUTH2; it offers {', '.join(offered) or 'none'}): choose the "
                                    "password sign-in, or ask your provider")
            try:
                authenticate(client, mechanism, secrets=(token,))
                return
            except AuthRefused as exc:
                stale = not fresh and exc.code == 535 and _enhanced(exc.words) not in ("5.7.30", "5.7.139")
                if not stale:
                    raise _login_refused(exc, oauth=True, host=self.settings.host) from None

    def open(self) -> None:
        """Connect and log in now (raises :class:`DeliveryError`, marked ``before_message``)."""
        if self._client is None:
            self._client = self._guarded(self._connect, before_message=True)

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> Delivery:
        """Deliver one message over the batch's connection.

        Args:
            sender: Envelope sender.
            recipients: Envelope recipients, explicitly.
            raw: The message bytes.

        Returns:
            Which recipients the server refused (the others got the message).

        Raises:
            DeliveryError: With the server's code and words; nothing else.
        """
        self.open()
        client = self._client
        assert client is not None
        return self._guarded(lambda: self._transaction(client, sender, recipients, raw), before_message=False)

    def _transaction(self, client: SmtpClient, sender: str, recipients: Sequence[str], raw: bytes) -> Delivery:
        options = [f"SIZE={len(raw)}"] if client.has_extn("size") else []
        if not all(a.isascii() for a in (sender, *recipients)):
            if not client.has_extn("smtputf8"):
                raise DeliveryError(FailureKind.PERMANENT, None, "an address holds accents and this server "
                                    "cannot take them (no SMTPUTF8): write the address without accents")
            options.append("SMTPUTF8")
        client.phase = Phase.MAIL
        code, reply = client.mail(sender, options)
        if code != 250:
            raise self._reset_after(_refused(code, reply, Phase.MAIL))
        accepted, refused = [], {}
        for recipient in recipients:
            client.phase = Phase.RCPT
            code, reply = client.rcpt(recipient)
            if code in (250, 251):
                accepted.append(recipient)
                continue
            error = _refused(code, reply, Phase.RCPT)
            if code == 421 or error.kind in (FailureKind.QUOTA, FailureKind.LOGIN):  # about the whole session
                raise self._reset_after(error)
            refused[recipient] = Refusal(code, error.words, error.kind is FailureKind.PERMANENT)
        if not accepted:
            temporary = any(not r.permanent for r in refused.values())
            if len(refused) == 1:
                [only] = refused.values()
                words, code_ = only.words, only.code
            else:
                words, code_ = "; ".join(f"{a}: {r}" for a, r in refused.items()), None
            raise self._reset_after(DeliveryError(FailureKind.TEMPORARY if temporary else FailureKind.PERMANENT,
                                                  code_, words, refused=refused))
        code, reply = client.transfer(raw)
        if code != 250:
            raise self._reset_after(_refused(code, reply, Phase.FINAL))
        return Delivery(refused)

    def _reset_after(self, error: DeliveryError) -> DeliveryError:
        """Leave the session clean for the next message (or drop it when the server asked), and return ``error``."""
        if error.code == 421 or self._client is None:
            self.close()
            return error
        try:
            self._client.phase = Phase.RESET
            self._client.rset()
        except (ExchangeFailed, smtplib.SMTPException, OSError):
            self.close()
        return error

    def _guarded(self, action: Callable[[], _T], *, before_message: bool) -> _T:
        try:
            return action()
        except DeliveryError as exc:
            exc.before_message = before_message
            raise
        except ExchangeFailed as exc:
            self.close()
            maybe = exc.phase is Phase.FINAL and not before_message
            # cut by the batch's end (not by the server) before the message was whole: not the message's fault
            raise DeliveryError(FailureKind.TEMPORARY, None, exchange_words(exc, self.settings.timeout),
                                maybe_delivered=maybe, before_message=before_message or (exc.batch and not maybe),
                                ) from None
        except smtplib.SMTPResponseException as exc:  # a reply too long, an odd answer to EHLO...
            self.close()
            raise DeliveryError(FailureKind.TEMPORARY, exc.smtp_code, _text(exc.smtp_error),
                                before_message=before_message) from None
        except (smtplib.SMTPException, OSError) as exc:  # ssl.SSLError is an OSError
            self.close()
            kind = FailureKind.SETTINGS if isinstance(exc, ssl.SSLError) else FailureKind.TEMPORARY
            raise DeliveryError(kind, None, network_words(exc), before_message=before_message) from None
        except Exception as exc:  # never an escaped exception that leaves a message in flight
            self.close()
            raise DeliveryError(FailureKind.TEMPORARY, None, UNEXPECTED.format(type(exc).__name__),
                                before_message=before_message) from None

    def close(self) -> None:
        """Say goodbye to the server (quietly when the connection is already gone)."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.quit()
        except (ExchangeFailed, smtplib.SMTPException, OSError):
            client.close()


def _login_refused(exc: AuthRefused, *, oauth: bool, host: str) -> DeliveryError:
    """A refused AUTH as a delivery error: a 4xx is retried, anything else pauses sending with its sentence."""
    if 400 <= exc.code < 500:
        return DeliveryError(FailureKind.TEMPORARY, exc.code, exc.words)
    said = smtp_refusal(exc.code, exc.words, oauth=oauth, host=host)
    return DeliveryError(FailureKind.LOGIN, exc.code, str(said) if said is not None else exc.words)


def _refused(code: int, reply: bytes, stage: Phase) -> DeliveryError:
    words = _text(reply)
    return DeliveryError(classify(code, words, stage) if code >= 400 else FailureKind.TEMPORARY, code, words)


class LocalFolderTransport:
    """Local mode: each message becomes an ``.eml`` file in a folder (written atomically, synced).

    Args:
        folder: The outbox folder (created when missing).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.description = f"local folder {folder}"
        self.copies: SentCopies | None = None

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> Delivery:
        """Write the message as ``<Message-ID>.eml`` (recipients are in its headers)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        name = _eml_name(raw)
        target = self.folder / name
        tmp = target.with_suffix(".tmp")
        try:
            with open(tmp, "wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except OSError as exc:
            raise DeliveryError(FailureKind.TEMPORARY, None, f"could not write {name}: {exc.strerror}") from None
        return Delivery()

    def expired(self) -> bool:
        """A folder never runs out of time."""
        return False

    def close(self) -> None:
        """Nothing to release."""


def _eml_name(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0]
    found = re.search(rb"^Message-ID:\s*<([^>\r\n]+)>", head, re.IGNORECASE | re.MULTILINE)
    stem = found.group(1).decode("ascii", "replace") if found else "message"
    return re.sub(r"[^A-Za-z0-9._-]", "_", stem) + ".eml"

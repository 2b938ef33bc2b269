"""Transports: SMTP (one connection reused across a batch) and the local outbox folder of ``.eml`` files.

Every SMTP failure becomes a :class:`DeliveryError` with the server's code and exact words and a
:class:`FailureKind`: temporary (421, 450, 451, 452, connection lost: retried), permanent (other 5xx:
never retried), quota (``4.5.3``, or a 4.7.x/5.7.x answer about a quota or a rate: sending pauses) and
login refused (sending pauses until the settings change). The password comes from the keyring, is
handed to ``smtplib`` only, and never appears in a log or an error.
"""

from __future__ import annotations

import enum
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

_T = TypeVar("_T")
_QUOTA_WORDS = re.compile(r"quota|rate|too many|limit", re.IGNORECASE)
_STATUS_RE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


class FailureKind(enum.Enum):
    """How a failed delivery is handled."""

    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    QUOTA = "quota"
    LOGIN = "login"


class DeliveryError(Exception):
    """A message was not delivered.

    Attributes:
        kind: How to handle it.
        code: The SMTP reply code, or None (connection lost, refused...).
        words: The server's exact answer, or a description of the network failure.
    """

    def __init__(self, kind: FailureKind, code: int | None, words: str) -> None:
        super().__init__(f"{code} {words}" if code is not None else words)
        self.kind = kind
        self.code = code
        self.words = words


def classify(code: int, words: str) -> FailureKind:
    """Classify an SMTP reply that refused a message.

    Args:
        code: The reply code.
        words: The reply text (an enhanced status code ``x.y.z`` may lead it).

    Returns:
        The failure kind.
    """
    status = _STATUS_RE.search(words)
    enhanced = status.group(0) if status else ""
    if enhanced == "4.5.3" or (enhanced[2:4] == "7." and _QUOTA_WORDS.search(words)):
        return FailureKind.QUOTA
    if code in (530, 534, 535, 538) or enhanced.startswith("5.7.8"):
        return FailureKind.LOGIN
    if 400 <= code < 500:
        return FailureKind.TEMPORARY
    return FailureKind.PERMANENT


def _reply_text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


class Transport(Protocol):
    """Delivers raw messages to explicit recipients."""

    #: Shown in the UI: "SMTP smtp.example.fr:587" or "local folder /path".
    description: str

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        """Deliver one message or raise :class:`DeliveryError`."""

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
        timeout: Seconds for connecting and for each reply.
    """

    host: str
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: str = ""
    timeout: float = 30.0


class SmtpTransport:
    """Sends over SMTP, keeping one connection open for the whole batch.

    Args:
        settings: Server settings.
        password: The password read from the keyring, or None for no login.
        ssl_context: TLS context; None uses the system's default verification.
    """

    def __init__(self, settings: SmtpSettings, password: str | None = None,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.settings = settings
        self.description = f"SMTP {settings.host}:{settings.port}"
        self._password = password
        self._context = ssl_context
        self._smtp: smtplib.SMTP | None = None

    def __repr__(self) -> str:
        return f"SmtpTransport({self.description})"

    def _tls_context(self) -> ssl.SSLContext:
        # Built only when TLS is used: loading the system's roots takes tens of milliseconds per batch.
        return self._context or ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        smtp: smtplib.SMTP
        if s.security is SmtpSecurity.SSL:
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._tls_context())
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        try:
            smtp.ehlo()
            if s.security is SmtpSecurity.STARTTLS:
                smtp.starttls(context=self._tls_context())
                smtp.ehlo()
            if s.username and self._password is not None:
                _login(smtp, s.username, self._password)
        except BaseException:
            smtp.close()
            raise
        return smtp

    def open(self) -> None:
        """Connect and log in now (raises :class:`DeliveryError`)."""
        if self._smtp is None:
            self._smtp = self._guarded(self._connect)

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
        """Deliver one message over the batch's connection.

        Args:
            sender: Envelope sender.
            recipients: Envelope recipients, explicitly.
            raw: The message bytes.

        Raises:
            DeliveryError: With the server's code and words.
        """
        self.open()
        smtp = self._smtp
        assert smtp is not None
        self._guarded(lambda: smtp.sendmail(sender, list(recipients), raw))

    def _guarded(self, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except smtplib.SMTPRecipientsRefused as exc:
            code, words = next(iter(exc.recipients.values()))
            self._reset()
            raise DeliveryError(classify(code, _reply_text(words)), code, _reply_text(words)) from None
        except smtplib.SMTPResponseException as exc:
            text = _reply_text(exc.smtp_error)
            if exc.smtp_code >= 400 and exc.smtp_code != 421:
                self._reset()
            else:
                self.close()
            kind = classify(exc.smtp_code, text) if exc.smtp_code >= 400 else FailureKind.TEMPORARY
            raise DeliveryError(kind, exc.smtp_code, text) from None
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise DeliveryError(FailureKind.TEMPORARY, None, _network_words(exc)) from None

    def _reset(self) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    def close(self) -> None:
        """Say goodbye to the server (quietly when the connection is already gone)."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with the strongest advertised mechanism, once (so a refusal gives the server's own words)."""
    advertised = smtp.esmtp_features.get("auth", "").upper().split()
    smtp.user, smtp.password = user, password
    for mechanism, answer in (("CRAM-MD5", smtp.auth_cram_md5), ("PLAIN", smtp.auth_plain),
                              ("LOGIN", smtp.auth_login)):
        if mechanism in advertised:
            smtp.auth(mechanism, answer)
            return
    raise smtplib.SMTPNotSupportedError("the server offers no login method Relance knows")


def _network_words(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "connection lost: the server closed the connection"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "connection lost: the server did not answer in time"
    if isinstance(exc, ssl.SSLError):
        return f"secure connection failed: {exc.reason or type(exc).__name__}"
    if isinstance(exc, ConnectionRefusedError):
        return "the server refused the connection"
    if isinstance(exc, socket.gaierror):
        return "the server name could not be found"
    return f"connection lost: {type(exc).__name__}"


class LocalFolderTransport:
    """Local mode: each message becomes an ``.eml`` file in a folder (written atomically, synced).

    Args:
        folder: The outbox folder (created when missing).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.description = f"local folder {folder}"

    def send(self, sender: str, recipients: Sequence[str], raw: bytes) -> None:
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

    def close(self) -> None:
        """Nothing to release."""


def _eml_name(raw: bytes) -> str:
    head = raw.split(b"\r\n\r\n", 1)[0]
    found = re.search(rb"^Message-ID:\s*<([^>\r\n]+)>", head, re.IGNORECASE | re.MULTILINE)
    stem = found.group(1).decode("ascii", "replace") if found else "message"
    return re.sub(r"[^A-Za-z0-9._-]", "_", stem) + ".eml"


@dataclass(frozen=True, slots=True)
class TestResult:
    """The outcome of "send a test message".

    Attributes:
        ok: True when the server accepted the message.
        answer: The server's exact answer (or what went wrong on the network).
    """

    __test__ = False  # not a pytest test class

    ok: bool
    answer: str


def send_test_message(settings: SmtpSettings, password: str | None, sender: str, to: str,
                      ssl_context: ssl.SSLContext | None = None) -> TestResult:
    """Connect, log in and send a short test message.

    Args:
        settings: Server settings.
        password: The password from the keyring, or None.
        sender: From address (the salesperson's).
        to: Where to send the test.
        ssl_context: TLS context; None verifies with the system's roots.

    Returns:
        Success, or the server's exact answer.
    """
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import make_msgid

    from desktop.services.mail.message import mailbox

    msg = EmailMessage(policy=SMTP)
    msg["From"] = mailbox(sender, what="from")
    msg["To"] = mailbox(to, what="to")
    msg["Subject"] = "Relance : message de test"
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg.set_content("Ce message confirme que Relance peut envoyer des e-mails avec ces réglages.\n")
    transport = SmtpTransport(settings, password, ssl_context)
    try:
        transport.send(sender, [to], msg.as_bytes())
    except DeliveryError as exc:
        return TestResult(False, str(exc))
    finally:
        transport.close()
    return TestResult(True, "250 OK: the server accepted the test message")

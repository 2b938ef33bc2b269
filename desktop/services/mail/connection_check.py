"""« Tester la connexion » and « Envoyer un message de test »: what the settings window asks of the servers.

:func:`check_mail` walks the steps a real send and a real reply check take, in order, and stops at the first
that fails, so that the window can say which one: reaching the sending server (and its TLS), logging in to it
(password or the mailbox's sign-in), reaching the mailbox, logging in to it, opening the replies' folder, and,
when Relance files copies itself, finding the Sent folder. Nothing is sent and nothing in the mailbox changes.
:func:`send_test_message` sends one short message to the sender's own address.

Passwords and tokens are used for the logins only: they never appear in a step's words.
"""

from __future__ import annotations

import contextlib
import dataclasses
import imaplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.services.mail.signin_problems import SignInFailure, problem_of_reason
from desktop.services.mail.transport import DeliveryError, SmtpSettings, SmtpTransport

if TYPE_CHECKING:
    from desktop.services.mail.oauth_tokens import TokenSource
    from desktop.services.secrets import SecretStore
    from desktop.settings import Settings

#: The steps, in the order they are taken (the keys the window words).
STEPS = ("smtp_connect", "smtp_login", "imap_connect", "imap_login", "imap_folder", "imap_sent")


@dataclass(frozen=True, slots=True)
class Step:
    """One step of the check.

    Attributes:
        key: Which step (one of :data:`STEPS`).
        ok: True when it worked.
        words: The server's words or what went wrong (the folder found, for ``imap_sent``).
    """

    key: str
    ok: bool
    words: str = ""


def _text(data: object) -> str:
    if isinstance(data, list | tuple):
        return " ".join(_text(d) for d in data if d is not None)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return str(data)


def check_smtp(settings: SmtpSettings, password: str | None, token: TokenSource | None = None, *,
               ssl_context: ssl.SSLContext | None = None) -> list[Step]:
    """Reach the sending server, then log in to it (two connections: the first without a login).

    Args:
        settings: The server.
        password: The password, or None.
        token: The mailbox's sign-in instead of the password.
        ssl_context: TLS context; None verifies with the system's roots.

    Returns:
        ``smtp_connect`` and, when it worked and a login is set, ``smtp_login``.
    """
    steps: list[Step] = []
    for key, login in (("smtp_connect", False), ("smtp_login", True)):
        if login and not settings.username:
            break
        transport = SmtpTransport(settings if login else dataclasses.replace(settings, username=""),
                                  password if login else None, ssl_context, token=token if login else None)
        try:
            transport.open()
        except DeliveryError as exc:  # a worded sign-in problem keeps its sentence whole, for its translation
            steps.append(Step(key, False, exc.words if problem_of_reason(exc.words) else str(exc)))
            break
        finally:
            transport.close()
        steps.append(Step(key, True))
    return steps


def check_imap_steps(settings: Settings, secret: str | TokenSource, *, find_sent: bool,
                     timeout: float = 15.0) -> list[Step]:
    """Reach the mailbox, log in, open the replies' folder read-only, find the Sent folder when asked.

    Args:
        settings: The settings (the ``imap_*`` ones, ``imap_sent_folder``).
        secret: The password, or the mailbox's sign-in.
        find_sent: Look for the Sent folder too (Relance files copies there).
        timeout: Seconds for each network operation.

    Returns:
        The steps taken, the last one failed when one did.
    """
    from desktop.services.mail.sent_copy import find_sent_folder
    from desktop.services.mail.wiring import imap_account
    from desktop.services.replies import imap_connect, imap_folder, imap_login

    account = imap_account(settings)
    try:
        client = imap_connect(account, timeout)
    except (OSError, imaplib.IMAP4.error) as exc:
        return [Step("imap_connect", False, _text(exc.args[-1] if exc.args else exc) or type(exc).__name__)]
    steps = [Step("imap_connect", True)]
    try:
        key = "imap_login"
        try:
            imap_login(client, account.username, secret)
        except SignInFailure as failure:
            return [*steps, Step(key, False, str(failure.problem))]
        steps.append(Step(key, True))
        key = "imap_folder"
        typ, data = client.select(imap_folder(account.folder), readonly=True)
        if typ != "OK":
            return [*steps, Step(key, False, f"{account.folder}: {_text(data)}")]
        steps.append(Step(key, True, _text(data)))
        if find_sent:
            key = "imap_sent"
            folder = imap_folder(settings.imap_sent_folder) if settings.imap_sent_folder else find_sent_folder(client)
            if folder is None or client.select(folder, readonly=True)[0] != "OK":
                return [*steps, Step(key, False, settings.imap_sent_folder)]
            from desktop.services.mail.sent_copy import decode_folder

            steps.append(Step(key, True, decode_folder(folder.strip('"'))))
        return steps
    except (OSError, imaplib.IMAP4.error) as exc:
        return [*steps, Step(key, False, _text(exc.args[-1] if exc.args else exc) or type(exc).__name__)]
    finally:
        with contextlib.suppress(Exception):
            client.logout()


def check_mail(settings: Settings, store: SecretStore, *, smtp_password: str | None, imap_password: str,
               clock: Callable[[], datetime] | None = None, ssl_context: ssl.SSLContext | None = None) -> list[Step]:
    """Every step of the settings' sending and mailbox, stopping at the first that fails.

    Args:
        settings: The settings as typed (not saved yet).
        store: The keyring (the mailbox's sign-in) and the access token's memory.
        smtp_password: The SMTP password typed or stored (password sign-in).
        imap_password: The IMAP password typed or stored (password sign-in).
        clock: The current time (aware), for the token's expiry.
        ssl_context: TLS context of the SMTP server; None verifies with the system's roots.

    Returns:
        The steps taken; an empty server (SMTP or IMAP) is left out.
    """
    from desktop.services.mail.wiring import lazy_tokens, sent_copy_mode, smtp_settings

    steps: list[Step] = []
    if settings.smtp_host:
        token = lazy_tokens(settings, store, clock, None) if settings.smtp_auth == "oauth" else None
        steps += check_smtp(smtp_settings(settings), smtp_password, token, ssl_context=ssl_context)
        if not steps[-1].ok:
            return steps
    if settings.imap_host and settings.imap_user:
        secret = lazy_tokens(settings, store, clock, None) if settings.imap_auth == "oauth" else imap_password
        steps += check_imap_steps(settings, secret, find_sent=sent_copy_mode(settings) == "append")
    return steps


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
                      ssl_context: ssl.SSLContext | None = None, *, token: TokenSource | None = None) -> TestResult:
    """Connect, log in and send a short test message.

    Args:
        settings: Server settings.
        password: The password from the keyring, or None.
        sender: From address (the salesperson's).
        to: Where to send the test.
        ssl_context: TLS context; None verifies with the system's roots.
        token: The mailbox's sign-in instead of the password.

    Returns:
        Success, or the server's exact answer (or what went wrong, in words).
    """
    from email.message import EmailMessage
    from email.policy import SMTP
    from email.utils import make_msgid

    from desktop.services.mail.message import mailbox

    try:
        msg = EmailMessage(policy=SMTP)
        msg["From"] = mailbox(sender, what="from")
        msg["To"] = mailbox(to, what="to")
    except ValueError as exc:
        return TestResult(False, str(exc))
    msg["Subject"] = "Relance : message de test"
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg.set_content("Ce message confirme que Relance peut envoyer des e-mails avec ces réglages.\n")
    transport = SmtpTransport(settings, password, ssl_context, token=token)
    try:
        transport.send(sender, [to], msg.as_bytes())
    except DeliveryError as exc:
        return TestResult(False, str(exc))
    finally:
        transport.close()
    return TestResult(True, "250 OK: the server accepted the test message")

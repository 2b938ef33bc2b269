"""« Tester la connexion » of the reply mailbox: log in, open the folder read-only, log out.

It connects exactly as :func:`desktop.services.replies.fetch_headers` does (same :class:`ImapAccount`, same
security modes) and changes nothing in the mailbox. The password is used for the login only: it is never
logged and never part of an answer or an error.
"""

from __future__ import annotations

import contextlib
import imaplib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.replies import ImapAccount, imap_connect, imap_folder, imap_login

if TYPE_CHECKING:
    from desktop.services.mail.oauth_tokens import TokenSource


@dataclass(frozen=True)
class ImapCheck:
    """What the server answered.

    Attributes:
        ok: True when the login and the folder both worked.
        answer: The server's own words (or the network error), for the settings window.
        messages: How many messages the folder holds (None on failure).
    """

    ok: bool
    answer: str
    messages: int | None = None


def _text(data: object) -> str:
    """An imaplib answer as plain text (``[b'...']``, bytes or an exception's argument)."""
    if isinstance(data, list | tuple):
        return " ".join(_text(d) for d in data if d is not None)
    if isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return str(data)


def check_imap(account: ImapAccount, password: str | TokenSource, timeout: float = 15.0) -> ImapCheck:
    """Log in and open the folder read-only; never raises for a server or network problem.

    Args:
        account: The mailbox, as the reply detection reads it.
        password: The login password (from the field or the keyring), or the mailbox's sign-in.
        timeout: Seconds allowed to each network operation.

    Returns:
        The outcome with the server's answer.
    """
    if not account.host or not account.username:
        return ImapCheck(False, "host and login are required")
    try:
        client = imap_connect(account, timeout)
    except (OSError, imaplib.IMAP4.error) as exc:  # refused, unknown host, TLS, timeout
        return ImapCheck(False, _text(exc.args[-1] if exc.args else exc) or type(exc).__name__)
    try:
        try:
            imap_login(client, account.username, password)
        except imaplib.IMAP4.error as exc:
            return ImapCheck(False, _text(exc.args[0] if exc.args else exc))
        typ, data = client.select(imap_folder(account.folder), readonly=True)
        if typ != "OK":
            return ImapCheck(False, f"{account.folder}: {_text(data)}")
        try:
            count = int(_text(data).split()[0])
        except (ValueError, IndexError):
            count = None
        return ImapCheck(True, _text(data), count)
    except (OSError, imaplib.IMAP4.error) as exc:
        return ImapCheck(False, _text(exc.args[-1] if exc.args else exc) or type(exc).__name__)
    finally:
        with contextlib.suppress(Exception):  # the answer is already read
            client.logout()

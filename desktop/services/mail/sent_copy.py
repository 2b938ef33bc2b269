"""Copies of the messages sent through Relance in the sender's Sent folder (IMAP APPEND, RFC 3501 6.3.11).

A submission server does not keep what it relays, so the salesperson's own mail client would never show the
quotes sent from Relance; Gmail and Microsoft 365 are the exception (they file SMTP-submitted mail in Sent
themselves) and get no copy from here (:func:`desktop.services.mail.wiring.sent_copy_mode`).

The sender marks a delivered message ``pending`` in the transaction that records the delivery; after its
batch it calls :meth:`SentCopies.file_due`, which claims the pending copies (a compare-and-set that leases
them for ``lease``), logs in to the mailbox once, finds the Sent folder (the one marked ``\\Sent``, RFC 6154,
else one with a usual name, else the one named in the settings) and, for each message, looks for its
Message-ID there first and appends the exact bytes that were sent with ``\\Seen`` only when it is missing: a
copy whose APPEND was answered by a lost connection, or a desktop that crashed after appending, never makes
a second one. A failure is recorded on the copy (``sent_copy_error``) and retried later with a growing delay,
up to ``max_attempts``; it never touches the message's own state: the send stays done.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import logging
import re
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from sqlalchemy import Connection, Table, and_, bindparam, func, or_, select, update

from desktop.db.outbox_models import OutboxMessage, OutboxPayload
from desktop.services.mail.outcomes import transaction
from desktop.services.mail.signin_problems import SignInFailure
from desktop.services.replies import ImapAccount, imap_connect, imap_folder, imap_login

if TYPE_CHECKING:
    from desktop.services.mail.oauth_tokens import TokenSource

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: Usual names of the Sent folder (compared without case, on the last part of the name).
SENT_NAMES = ("sent", "sent items", "sent messages", "sent mail", "envoyés", "éléments envoyés",
              "messages envoyés", "envoyes", "elements envoyes")

_OUTBOX = cast(Table, OutboxMessage.__table__)
_PAYLOADS = cast(Table, OutboxPayload.__table__)
_o = _OUTBOX.c
_NOW = bindparam("now", type_=_o.sent_copy_next_at.type)
_OID = bindparam("oid", type_=_o.id.type)
_WAITING = and_(_o.sent_copy_state == "pending", or_(_o.sent_copy_next_at.is_(None), _o.sent_copy_next_at <= _NOW))
_DUE = (select(_o.id, _o.message_id, _o.sent_at, _o.sent_copy_attempts)
        .where(_WAITING, func.lower(_o.sender) == bindparam("sender")).order_by(_o.id).limit(bindparam("limit")))
_CLAIM = (update(_OUTBOX).where(_o.id == _OID, _WAITING)
          .values(sent_copy_next_at=bindparam("lease_until", type_=_o.sent_copy_next_at.type)))
_PAYLOAD = select(_PAYLOADS.c.raw).where(_PAYLOADS.c.outbox_id == _OID)


@dataclass
class CopyReport:
    """What one call of :meth:`SentCopies.file_due` did.

    Attributes:
        filed: Outbox ids now in the Sent folder (appended, or found there already).
        retrying: Outbox ids whose copy failed and is tried again later.
        failed: Outbox ids whose copy was given up.
        problem: Why copies failed this time, or None.
    """

    filed: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    problem: str | None = None


class _NoFolder(Exception):
    pass


def decode_folder(name: str) -> str:
    """A folder name from IMAP's modified UTF-7 (RFC 3501, 5.1.3) to text (``Envoy&AOk-s`` -> ``Envoyés``)."""
    def one(found: re.Match[str]) -> str:
        chunk = found.group(1)
        if not chunk:
            return "&"
        raw = chunk.replace(",", "/")
        try:
            return base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-16-be")
        except ValueError:
            return found.group(0)

    return re.sub(r"&([A-Za-z0-9+,]*)-", one, name)


_LIST = re.compile(r'^\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$')


def _listed(entries: Sequence[object]) -> list[tuple[set[str], str, str]]:
    """``(flags, delimiter, wire name)`` of each LIST answer (a quoted name, an atom or a literal)."""
    out: list[tuple[set[str], str, str]] = []
    for entry in entries:
        if isinstance(entry, tuple) and len(entry) >= 2:  # a literal name: (b'(...) "/" {8}', b'Envoy&AOk-s')
            head, name = _text(entry[0]), '"' + _text(entry[1]).replace("\\", "\\\\").replace('"', '\\"') + '"'
            head = re.sub(r"\{\d+\}$", "", head).rstrip()
            found = _LIST.match(head + " " + name)
        else:
            found = _LIST.match(_text(entry))
        if found is None:
            continue
        delim = found.group("delim").strip('"')
        out.append(({f.lower() for f in found.group("flags").split()}, delim.replace("\\\\", "\\"),
                    found.group("name").strip()))
    return out


def _text(data: object) -> str:
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)


def _plain(wire: str) -> str:
    name = wire[1:-1].replace('\\"', '"').replace("\\\\", "\\") if wire.startswith('"') else wire
    return decode_folder(name)


def find_sent_folder(client: imaplib.IMAP4) -> str | None:
    """The Sent folder's name as IMAP writes it (quoted): the one marked ``\\Sent``, else a usual name.

    Args:
        client: A logged-in connection.

    Returns:
        The wire name, or None when the mailbox has none.
    """
    typ, data = client.list('""', "*")
    if typ != "OK":
        return None
    listed = _listed([d for d in data if d is not None])
    for flags, _delim, wire in listed:
        if "\\sent" in flags:
            return wire if wire.startswith('"') else f'"{wire}"'
    for _flags, delim, wire in listed:
        leaf = _plain(wire).rsplit(delim, 1)[-1] if delim else _plain(wire)
        if leaf.casefold() in SENT_NAMES:
            return wire if wire.startswith('"') else f'"{wire}"'
    return None


def _search_value(message_id: str) -> str:
    value = message_id.strip().strip("<>")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class SentCopies:
    """Files the copies of one sender's delivered messages in its mailbox's Sent folder.

    Attributes:
        account: The IMAP mailbox (the reply mailbox of the settings).
        secret: Its password, or the mailbox's sign-in.
        sender: The envelope sender whose messages are filed here (another desktop's are left to it).
        folder: The Sent folder's name as typed in the settings; empty: found in the mailbox.
        timeout: Seconds for each network operation.
        max_attempts: Attempts before a copy is given up.
        base: The wait after the first failure (doubled after each further one, at most ``cap``).
        cap: The longest wait.
        lease: How long a claimed copy is kept from other desktops (a crash gives it back after this).
        batch: Copies filed per call at most.
    """

    account: ImapAccount
    secret: str | TokenSource = field(repr=False)
    sender: str
    folder: str = ""
    timeout: float = 15.0
    max_attempts: int = 8
    base: timedelta = timedelta(minutes=1)
    cap: timedelta = timedelta(hours=1)
    lease: timedelta = timedelta(minutes=10)
    batch: int = 20

    def file_due(self, conn: Connection, clock: Clock) -> CopyReport:
        """File every copy due now (one IMAP session); never raises for the mailbox's failures.

        Args:
            conn: The sender's connection (each step commits on its own).
            clock: The current time (aware).

        Returns:
            What was filed, retried and given up.
        """
        report = CopyReport()
        if not self.sender or not self.account.host:
            return report
        now = clock()
        with transaction(conn):
            due = conn.execute(_DUE, {"now": now, "sender": self.sender.lower(), "limit": self.batch}).all()
            claimed = [row for row in due if conn.execute(
                _CLAIM, {"oid": row.id, "now": now, "lease_until": now + self.lease}).rowcount]
        if not claimed:
            return report
        try:
            client = imap_connect(self.account, self.timeout)
        except (OSError, imaplib.IMAP4.error) as exc:
            self._failed(conn, claimed, _words(exc), now, report)
            return report
        try:
            try:
                imap_login(client, self.account.username, self.secret)
                folder = imap_folder(self.folder) if self.folder else find_sent_folder(client)
                if folder is None:
                    raise _NoFolder("no Sent folder was found in the mailbox: name it in Settings › Reply mailbox")
                typ, data = client.select(folder)
                if typ != "OK":
                    raise _NoFolder(f"the Sent folder {_plain(folder)} could not be opened: {_text(data[-1])}")
            except (OSError, imaplib.IMAP4.error, SignInFailure, _NoFolder) as exc:
                self._failed(conn, claimed, _words(exc), now, report)
                return report
            for index, row in enumerate(claimed):
                try:
                    self._file_one(conn, client, folder, row.id, row.message_id, row.sent_at or now)
                except (OSError, imaplib.IMAP4.error) as exc:  # the session is in doubt: the rest waits too
                    self._failed(conn, claimed[index:], _words(exc), now, report)
                    break
                with transaction(conn):
                    conn.execute(update(_OUTBOX).where(_o.id == row.id).values(
                        sent_copy_state="done", sent_copy_attempts=row.sent_copy_attempts + 1,
                        sent_copy_next_at=None, sent_copy_error=None))
                report.filed.append(row.id)
        finally:
            with contextlib.suppress(Exception):  # what was filed is recorded
                client.logout()
        return report

    def _file_one(self, conn: Connection, client: imaplib.IMAP4, folder: str, outbox_id: int, message_id: str,
                  sent_at: datetime) -> None:
        """Append the message unless a copy with its Message-ID is there already."""
        typ, data = client.uid("SEARCH", "HEADER", "Message-ID", _search_value(message_id))
        if typ == "OK" and (data[0] or b"").split():
            return
        with transaction(conn):
            raw = conn.execute(_PAYLOAD, {"oid": outbox_id}).scalar_one()
        typ, data = client.append(folder, r"(\Seen)", imaplib.Time2Internaldate(sent_at), raw)
        if typ != "OK":
            raise imaplib.IMAP4.error(f"APPEND refused: {_text(data[-1] if data else '')}")

    def _failed(self, conn: Connection, rows: Sequence[object], words: str, now: datetime,
                report: CopyReport) -> None:
        report.problem = words
        log.info("copies in the Sent folder failed: %s", words)
        with transaction(conn):
            for row in rows:
                attempts = int(getattr(row, "sent_copy_attempts", 0)) + 1
                outbox_id = int(getattr(row, "id", 0))
                given_up = attempts >= self.max_attempts
                delay = min(self.cap, self.base * (2 ** (attempts - 1)))
                conn.execute(update(_OUTBOX).where(_o.id == outbox_id).values(
                    sent_copy_state="failed" if given_up else "pending", sent_copy_attempts=attempts,
                    sent_copy_next_at=None if given_up else now + delay, sent_copy_error=words[:500]))
                (report.failed if given_up else report.retrying).append(outbox_id)


def _words(exc: BaseException) -> str:
    """Plain words for a failure of the mailbox (its own words, or the kind of network failure)."""
    if isinstance(exc, SignInFailure):
        return str(exc.problem)
    if isinstance(exc, ssl.SSLError):
        return f"the secure connection to the mailbox failed ({exc.reason or type(exc).__name__})"
    if isinstance(exc, OSError):
        return f"the mailbox could not be reached ({type(exc).__name__})"
    text = " ".join(_text(a) for a in exc.args) or type(exc).__name__
    return text[:500]

"""Reply detection: read an optional IMAP mailbox, match replies to our messages, stop the scenarios.

A reply is matched first by its ``In-Reply-To`` and ``References`` headers against the Message-IDs of the
outbox; because some providers rewrite or strip those headers, it is then matched by its sender (a contact's
address) and its subject thread (the subject without ``Re:``/``TR:``/``Fwd:`` prefixes equals the subject
of a message we sent that contact). Each reply is stored once (its Message-ID is unique), written in the
contact's timeline, and stops the contact's enrolments whose scenario has the "replied" rule on.

Only headers are fetched (``BODY.PEEK[HEADER]``, the messages stay unread), for the last ``days`` days.
The password comes from the keyring, never from the settings file; with an OAuth2 sign-in the login is
``AUTHENTICATE OAUTHBEARER`` or ``XOAUTH2`` with the mailbox's access token (renewed and tried once more when
refused).
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.policy
import imaplib
import logging
import re
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.scenarios import StopReason
from desktop.db.contacts import add_activity
from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage
from desktop.db.scenario_models import MailReply
from desktop.db.scenarios import stop_contacts

if TYPE_CHECKING:
    from desktop.services.mail.oauth_tokens import TokenSource

log = logging.getLogger(__name__)

_PREFIX = re.compile(r"^\s*((re|tr|fw|fwd|aw|wg|sv|rif|r)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class ImapAccount:
    """Where replies arrive.

    Attributes:
        host: The IMAP server.
        port: Its port (993 for SSL, 143 for STARTTLS).
        security: ``ssl``, ``starttls`` or ``none`` (plaintext: loopback test servers only).
        username: The login.
        folder: The folder read.
    """

    host: str
    port: int
    security: str
    username: str
    folder: str = "INBOX"


def thread_subject(subject: str) -> str:
    """The subject of a thread: reply and forward prefixes removed, blanks folded, lower case."""
    return " ".join(_PREFIX.sub("", subject or "").split()).casefold()


def imap_connect(account: ImapAccount, timeout: float) -> imaplib.IMAP4:
    """A connection to the account's server, with its security (SSL from the start, STARTTLS, or none)."""
    if account.security == "ssl":
        return imaplib.IMAP4_SSL(account.host, account.port, ssl_context=ssl.create_default_context(),
                                 timeout=timeout)
    client = imaplib.IMAP4(account.host, account.port, timeout=timeout)
    if account.security == "starttls":
        client.starttls(ssl.create_default_context())
    return client


def imap_login(client: imaplib.IMAP4, username: str, password: str | TokenSource) -> None:
    """LOGIN, or AUTHENTICATE PLAIN in UTF-8 when the login or password has a non-ASCII character (an
    accent), which LOGIN cannot carry; with a token source, AUTHENTICATE with a bearer token.

    Raises:
        imaplib.IMAP4.error: Refused (with a token: the sentence saying what to do, and the server's words).
        SignInFailure: The sign-in could not give a token (revoked, not signed in, unreachable).
    """
    if not isinstance(password, str):
        _token_login(client, username, password)
        return
    if (username + password).isascii():
        client.login(username, password)
        return
    secret = b"\0" + username.encode("utf-8") + b"\0" + password.encode("utf-8")
    client.authenticate("PLAIN", lambda _challenge: secret)


def _token_login(client: imaplib.IMAP4, username: str, source: TokenSource) -> None:
    from desktop.services.mail.sasl import choose, imap_responder, token_mechanisms
    from desktop.services.mail.signin_problems import problem

    offered = [c.split("=", 1)[1] for c in client.capabilities if c.upper().startswith("AUTH=")]
    words = ""
    for fresh in (False, True):  # a token refused once is renewed and tried again
        token = source.access_token(fresh=fresh)
        mechanism = choose(offered, username, token, token_mechanisms(client.host, client.port))
        if mechanism is None:
            raise imaplib.IMAP4.error("the mailbox offers no sign-in with a token (AUTH=OAUTHBEARER or XOAUTH2): "
                                      "choose the password sign-in")
        try:
            client.authenticate(mechanism.name, imap_responder(mechanism))
            return
        except imaplib.IMAP4.error as exc:
            words = " ".join(str(a.decode("utf-8", "replace") if isinstance(a, bytes) else a) for a in exc.args)
            words = words.replace(token, "…")
    raise imaplib.IMAP4.error(str(problem("imap_oauth_refused", words=words)))


def imap_folder(name: str) -> str:
    """A folder name as IMAP writes it: modified UTF-7 (RFC 3501, 5.1.3) for accents, then quoted."""
    out, pending = [], ""

    def flush() -> None:
        if pending:
            encoded = base64.b64encode(pending.encode("utf-16-be")).decode("ascii").rstrip("=")
            out.append("&" + encoded.replace("/", ",") + "-")

    for char in name:
        if " " <= char <= "~":
            flush()
            pending = ""
            out.append("&-" if char == "&" else char)
        else:
            pending += char
    flush()
    return '"' + "".join(out).replace("\\", "\\\\").replace('"', '\\"') + '"'


def fetch_headers(account: ImapAccount, password: str | TokenSource, since: datetime,
                  timeout: float = 30.0) -> list[bytes]:
    """The header blocks of the messages received since ``since`` (left unread)."""
    client = imap_connect(account, timeout)
    try:
        imap_login(client, account.username, password)
        client.select(imap_folder(account.folder), readonly=True)
        _typ, data = client.uid("SEARCH", "SINCE", since.strftime("%d-%b-%Y"))
        uids = (data[0] or b"").split()
        out: list[bytes] = []
        for i in range(0, len(uids), 200):
            _typ, parts = client.uid("FETCH", b",".join(uids[i:i + 200]).decode(), "(BODY.PEEK[HEADER])")
            out.extend(p[1] for p in parts if isinstance(p, tuple) and len(p) > 1)
        return out
    finally:
        with contextlib.suppress(Exception):  # the answer is already read
            client.logout()




@dataclass(frozen=True)
class Match:
    """A reply matched to a contact."""

    contact_id: int
    outbox_id: int | None
    matched_by: str  # "headers" or "thread"


def match_reply(session: Session, message: EmailMessage) -> Match | None:
    """Find the contact (and our message) a reply answers, by headers then by sender and subject thread."""
    refs = _MSGID.findall(f"{message.get('In-Reply-To', '')} {message.get('References', '')}")
    if refs:
        row = session.execute(select(OutboxMessage.id, OutboxMessage.contact_id)
                              .where(OutboxMessage.message_id.in_(refs), OutboxMessage.contact_id.is_not(None))
                              .order_by(OutboxMessage.id.desc()).limit(1)).first()
        if row is not None:
            return Match(row[1] or 0, row[0], "headers")
    senders = [a.lower() for _n, a in getaddresses([str(message.get("From", ""))]) if a]
    if not senders:
        return None
    contacts = list(session.scalars(select(Contact.id).where(func.lower(Contact.email).in_(senders),
                                                             Contact.deleted_at.is_(None))))
    if not contacts:
        return None
    wanted = thread_subject(str(message.get("Subject", "")))
    for outbox_id, contact_id, subject in session.execute(
            select(OutboxMessage.id, OutboxMessage.contact_id, OutboxMessage.subject)
            .where(OutboxMessage.contact_id.in_(contacts)).order_by(OutboxMessage.id.desc())):
        if wanted and contact_id is not None and thread_subject(subject) == wanted:
            return Match(contact_id, outbox_id, "thread")
    return None


def record_replies(session: Session, headers: Iterable[bytes], now: datetime) -> list[int]:
    """Store the replies not seen yet, write them in the timelines, stop the scenarios; the contacts replying."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    replied: list[int] = []
    for raw in headers:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        message_id = str(message.get("Message-ID", "")).strip()
        if not message_id:
            continue
        found = match_reply(session, message)
        if found is None:
            continue
        received = _date(message, now)
        subject = str(message.get("Subject", ""))[:500]
        done = session.execute(insert(MailReply).values(
            message_id=message_id[:250], contact_id=found.contact_id, outbox_id=found.outbox_id,
            sender=str(message.get("From", ""))[:320], subject=subject, matched_by=found.matched_by,
            received_at=received).on_conflict_do_nothing())
        if not done.rowcount:  # type: ignore[attr-defined]
            continue  # already recorded (another desktop, an earlier poll)
        add_activity(session, kind="email_in", subject=f"Réponse reçue : {subject}"[:300], when=received,
                     contact_id=found.contact_id, payload={"message_id": message_id, "matched_by": found.matched_by})
        stop_contacts(session, [found.contact_id], StopReason.REPLIED, now, "stop_on_reply")
        replied.append(found.contact_id)
    return replied


def _date(message: EmailMessage, default: datetime) -> datetime:
    try:
        at = parsedate_to_datetime(str(message.get("Date", "")))
    except (TypeError, ValueError):
        return default
    return at if at.tzinfo is not None else default


def poll(sessions: sessionmaker[Session], account: ImapAccount, password: str | TokenSource,
         clock: Callable[[], datetime], days: int = 14) -> list[int]:
    """Read the mailbox once and record the replies; returns the contacts who replied."""
    now = clock()
    headers = fetch_headers(account, password, now - timedelta(days=days))
    with sessions.begin() as session:
        return record_replies(session, headers, now)


def poll_with_settings(sessions: sessionmaker[Session], settings: Any, clock: Callable[[], datetime],
                       store: Any = None) -> list[int]:
    """Poll the mailbox of the settings with the keyring's password or the mailbox's sign-in (nothing when no IMAP
    host is set; nothing either, said in the log, when the sign-in must be renewed by the user)."""
    if not settings.imap_host:
        return []
    from desktop.services.mail.signin_problems import SignInFailure
    from desktop.services.mail.wiring import imap_account, imap_secret
    from desktop.services.secrets import SecretStore, check_keyring

    store = store or SecretStore(check_keyring())
    try:
        return poll(sessions, imap_account(settings), imap_secret(settings, store, clock), clock)
    except SignInFailure as failure:
        log.warning("replies were not read: %s", failure)
        return []

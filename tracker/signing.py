"""Online signature with a one-time code: issuing codes, checking them, and what a good code writes.

The prospect types their name, ticks the « Bon pour accord » statement and asks for a code; six digits go by
email to the address the quote was sent to (the registration's ``signer_email``). Only an HMAC of the code is
stored, keyed with the tracker's form secret and the code's random id. A code lives
:attr:`~tracker.config.SigningPolicy.code_ttl_seconds` (10 minutes) and allows
:attr:`~tracker.config.SigningPolicy.max_tries` wrong entries (5), then it is locked. A good code, checked in
the writer thread, marks the code used, appends the record of the evidence file (:mod:`tracker.evidence`) and
stores the feed's ``signed`` event carrying it, in one transaction: a second submission of the same code (a
double click, a replay) finds it used and signs nothing more.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from tracker.config import SigningPolicy
from tracker.evidence import Signing, append, record_json
from tracker.privacy import truncate_ip
from tracker.schema import events, messages, signatures, signing_codes
from tracker.texts import TEXTS


def new_code() -> str:
    """Six random digits (``secrets``), leading zeros kept."""
    return f"{secrets.randbelow(1_000_000):06d}"


def code_hash(secret: str, challenge: str, code: str) -> str:
    """The stored form of a code: HMAC-SHA256 keyed with the form secret, over the code's id and the code.

    Args:
        secret: The tracker's form secret.
        challenge: The code's random id.
        code: The digits.

    Returns:
        64 hex digits.
    """
    return hmac.new(secret.encode(), f"sign|{challenge}|{code}".encode(), hashlib.sha256).hexdigest()


def statement_text(lang: str, number: str, version: int) -> str:
    """The exact statement the signer ticks, stored in the evidence file.

    Args:
        lang: ``"fr"`` or ``"en"``.
        number: The quote number.
        version: Its version.

    Returns:
        The sentence.
    """
    return TEXTS[lang]["sign_statement"].format(number=number, version=version)


def mask_email(address: str) -> str:
    """The address as the page shows it: ``m•••@client.example`` (who holds the link sees where the code went).

    Args:
        address: The full address.

    Returns:
        The first character of the local part, dots, and the domain.
    """
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}\u2022\u2022\u2022@{domain}" if local else address


@dataclass(frozen=True, slots=True)
class CodeRequest:
    """A code to store, already drawn and hashed.

    Attributes:
        challenge: Its random id (the step-2 form carries it).
        token: The message token.
        digest: :func:`code_hash` of the code.
        email: Where it goes.
        full_name: The typed name.
        statement: The ticked text.
        lang: The page's language.
        pdf_sha256: The PDF shown with the form.
        issued_at_us: Now.
    """

    challenge: str
    token: str
    digest: str
    email: str
    full_name: str
    statement: str
    lang: str
    pdf_sha256: str
    issued_at_us: int


def store_code(conn: Connection, request: CodeRequest, policy: SigningPolicy) -> None:
    """Store a new code (writer thread).

    Args:
        conn: Open connection, in a transaction.
        request: The code.
        policy: Its lifetime.
    """
    conn.execute(insert(signing_codes).values(
        id=request.challenge, token=request.token, code_hash=request.digest, email=request.email,
        full_name=request.full_name, statement=request.statement, lang=request.lang,
        pdf_sha256=request.pdf_sha256, issued_at_us=request.issued_at_us,
        expires_at_us=request.issued_at_us + policy.code_ttl_seconds * 1_000_000, tries=0))


@dataclass(frozen=True, slots=True)
class CodeCheck:
    """A code entered on the page.

    Attributes:
        token: The message token.
        challenge: The code's id from the form.
        code: The digits typed.
        ip: The client's full address.
        user_agent: Its agent.
        now_us: Now.
    """

    token: str
    challenge: str
    code: str
    ip: str | None
    user_agent: str | None
    now_us: int


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """What checking a code did.

    Attributes:
        result: ``"signed"`` (this check signed), ``"already"`` (the quote was signed before: a double submission
            or a replay), ``"wrong"``, ``"locked"`` (too many wrong codes), ``"expired"`` (the code),
            ``"unknown"`` (no such code for this token), ``"superseded"``, ``"quote-expired"``, ``"document"``
            (the registered PDF changed since the code), ``"accepted"`` (accepted without a signature before).
        tries_left: Wrong codes still allowed, for ``"wrong"``.
        record: The evidence record, for ``"signed"`` and ``"already"``.
        event_id: The ``signed`` event stored, for ``"signed"``.
    """

    result: str
    tries_left: int = 0
    record: dict[str, Any] | None = None
    event_id: str | None = None


def signature_of(conn: Connection, token: str) -> dict[str, Any] | None:
    """The evidence record of a token's signature, or None."""
    row = conn.execute(select(signatures).where(signatures.c.token == token)).first()
    return record_json(row) if row is not None else None


def check_code(conn: Connection, check: CodeCheck, policy: SigningPolicy, secret: str) -> CheckOutcome:
    """Check a code and, when it is right, sign (writer thread: nothing else writes meanwhile).

    Args:
        conn: Open connection, in a transaction.
        check: The entered code.
        policy: Tries allowed.
        secret: The form secret (the codes' HMAC key).

    Returns:
        The outcome; a wrong code's try is counted in the same transaction.
    """
    done = signature_of(conn, check.token)
    if done is not None:
        return CheckOutcome("already", record=done)
    row = conn.execute(select(signing_codes).where(signing_codes.c.id == check.challenge,
                                                   signing_codes.c.token == check.token)).first()
    if row is None or row.used_at_us is not None:
        return CheckOutcome("unknown")
    if check.now_us > row.expires_at_us:
        return CheckOutcome("expired")
    if row.tries >= policy.max_tries:
        return CheckOutcome("locked")
    message = conn.execute(select(messages.c.superseded, messages.c.pdf_sha256, messages.c.pdf.is_not(None),
                                  messages.c.quote_number, messages.c.quote_version, messages.c.valid_until)
                           .where(messages.c.token == check.token)).first()
    if message is None or message.quote_number is None:
        return CheckOutcome("unknown")
    if message.superseded:
        return CheckOutcome("superseded")
    today = datetime.fromtimestamp(check.now_us / 1_000_000, tz=UTC).date()
    if message.valid_until and date.fromisoformat(message.valid_until) < today:
        return CheckOutcome("quote-expired")
    if not message[2] or message.pdf_sha256 != row.pdf_sha256:
        return CheckOutcome("document")
    accepted = conn.execute(select(events.c.id).where(events.c.token == check.token, events.c.kind == "accept")
                            .limit(1)).first()
    if accepted is not None:
        return CheckOutcome("accepted")
    if not hmac.compare_digest(code_hash(secret, row.id, check.code), row.code_hash):
        tries = row.tries + 1
        conn.execute(update(signing_codes).where(signing_codes.c.id == row.id).values(tries=tries))
        return CheckOutcome("locked" if tries >= policy.max_tries else "wrong", tries_left=policy.max_tries - tries)
    conn.execute(update(signing_codes).where(signing_codes.c.id == row.id).values(used_at_us=check.now_us))
    record = append(conn, Signing(
        token=check.token, quote_number=message.quote_number, version=int(message.quote_version or 1),
        pdf_sha256=row.pdf_sha256, signer_name=row.full_name, signer_email=row.email, statement=row.statement,
        code_issued_at_us=row.issued_at_us, code_checked_at_us=check.now_us, ip=check.ip,
        user_agent=check.user_agent))
    event_id = secrets.token_hex(12)
    conn.execute(insert(events).values(
        id=event_id, token=check.token, kind="signed", ts_us=check.now_us, verdict="human",
        reasons=json.dumps(["explicit-action"]), reclassifies="[]", full_name=row.full_name,
        pdf_sha256=row.pdf_sha256, ip=truncate_ip(check.ip), user_agent=check.user_agent, probability=1.0,
        method="POST", evidence=json.dumps(record, ensure_ascii=False, sort_keys=True)))
    return CheckOutcome("signed", record=record, event_id=event_id)

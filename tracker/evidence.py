"""The evidence file (dossier de preuve) of online signatures: append-only records, hash-chained per quote.

One record is written, in the writer thread, at the moment a prospect's one-time code is checked. It binds the
signer, the exact document and the time::

    {
      "quote_number": "D-2026-0042",        # as registered (the printed number, with its -vN)
      "version": 1,
      "pdf_sha256": "<64 hex>",             # SHA-256 of exactly the registered PDF, the one displayed
      "signer_name": "Marie Durand",        # the name typed on the page
      "signer_email": "marie@client.example",  # where the code went: the address the quote was sent to
      "statement": "Bon pour accord : ...", # the exact text the signer ticked
      "code_issued_at": "2026-12-02T09:15:02.123456Z",   # ISO 8601 UTC, microseconds
      "code_checked_at": "2026-12-02T09:16:40.000001Z",
      "ip": "203.0.113.7" | null,           # the full client address (evidence, not tracking)
      "user_agent": "Mozilla/5.0 ..." | null,
      "signed_at": "2026-12-02T09:16:40.000001Z",        # the server's timestamp of the signature
      "prev_hash": "<64 hex>",              # record_hash of the previous record of the same quote_number,
                                            # 64 zeros for the first
      "record_hash": "<64 hex>"
    }

``record_hash`` is the SHA-256 of the record's other fields plus the message ``token`` as canonical JSON (keys
sorted, ``separators=(",", ":")``, UTF-8, no ASCII escaping): :func:`record_hash`. A record's hash covers its
predecessor's, so editing any field of any record (or reordering them) breaks :func:`verify_chain` from that
record on. Records are only ever inserted (nothing updates or deletes them; the retention purge leaves them);
the desktop keeps its own copy from the feed, so the last record cannot vanish unseen either.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from tracker.events import iso_from_us
from tracker.schema import signatures

GENESIS = "0" * 64
#: The fields of a record, in the order the feed shows them (``record_hash`` last).
FIELDS = ("quote_number", "version", "pdf_sha256", "signer_name", "signer_email", "statement", "code_issued_at",
          "code_checked_at", "ip", "user_agent", "signed_at", "prev_hash", "record_hash")


@dataclass(frozen=True, slots=True)
class Signing:
    """What a checked code signs: the facts a new record is made of.

    Attributes:
        token: The message token.
        quote_number: The registered quote number.
        version: Its version.
        pdf_sha256: SHA-256 of the registered PDF.
        signer_name: The typed name.
        signer_email: Where the code went.
        statement: The ticked text.
        code_issued_at_us: When the code was sent.
        code_checked_at_us: When it was checked (also the signature's time).
        ip: The client address.
        user_agent: The client's agent.
    """

    token: str
    quote_number: str
    version: int
    pdf_sha256: str
    signer_name: str
    signer_email: str
    statement: str
    code_issued_at_us: int
    code_checked_at_us: int
    ip: str | None
    user_agent: str | None


def record_hash(token: str, record: Mapping[str, Any]) -> str:
    """The hash of a record: SHA-256 of its fields but ``record_hash``, with the token, as canonical JSON.

    Args:
        token: The message token the record belongs to.
        record: The record as the feed shows it (``record_hash`` may be present: it is left out).

    Returns:
        64 lowercase hex digits.
    """
    content = {name: record[name] for name in FIELDS if name != "record_hash"}
    content["token"] = token
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_json(row: Any) -> dict[str, Any]:
    """A stored record as the feed and the desktop see it (see this module's docstring).

    Args:
        row: A row of the ``signatures`` table.

    Returns:
        The record.
    """
    return {
        "quote_number": row.quote_number, "version": int(row.quote_version), "pdf_sha256": row.pdf_sha256,
        "signer_name": row.signer_name, "signer_email": row.signer_email, "statement": row.statement,
        "code_issued_at": iso_from_us(row.code_issued_at_us), "code_checked_at": iso_from_us(row.code_checked_at_us),
        "ip": row.ip, "user_agent": row.user_agent, "signed_at": iso_from_us(row.signed_at_us),
        "prev_hash": row.prev_hash, "record_hash": row.record_hash,
    }


def append(conn: Connection, signing: Signing) -> dict[str, Any]:
    """Append the record of a signature to its quote's chain (in the writer thread's transaction).

    Args:
        conn: Open connection, in a transaction (the single writer: nobody appends in between).
        signing: The facts.

    Returns:
        The new record, with its ``prev_hash`` and ``record_hash``.
    """
    last = conn.execute(select(signatures.c.record_hash).where(signatures.c.quote_number == signing.quote_number)
                        .order_by(signatures.c.seq.desc()).limit(1)).scalar()
    record: dict[str, Any] = {
        "quote_number": signing.quote_number, "version": signing.version, "pdf_sha256": signing.pdf_sha256,
        "signer_name": signing.signer_name, "signer_email": signing.signer_email, "statement": signing.statement,
        "code_issued_at": iso_from_us(signing.code_issued_at_us),
        "code_checked_at": iso_from_us(signing.code_checked_at_us), "ip": signing.ip,
        "user_agent": signing.user_agent, "signed_at": iso_from_us(signing.code_checked_at_us),
        "prev_hash": last or GENESIS,
    }
    record["record_hash"] = record_hash(signing.token, record)
    conn.execute(insert(signatures).values(
        token=signing.token, quote_number=signing.quote_number, quote_version=signing.version,
        pdf_sha256=signing.pdf_sha256, signer_name=signing.signer_name, signer_email=signing.signer_email,
        statement=signing.statement, code_issued_at_us=signing.code_issued_at_us,
        code_checked_at_us=signing.code_checked_at_us, ip=signing.ip, user_agent=signing.user_agent,
        signed_at_us=signing.code_checked_at_us, prev_hash=record["prev_hash"], record_hash=record["record_hash"]))
    return record


@dataclass(frozen=True, slots=True)
class ChainProblem:
    """Where a chain breaks.

    Attributes:
        quote_number: The chain.
        seq: The first record that does not hold.
        reason: ``"hash"`` (its content no longer gives its hash) or ``"link"`` (it does not follow the previous
            record).
    """

    quote_number: str
    seq: int
    reason: str


def verify_records(token_records: Iterable[tuple[str, Mapping[str, Any]]]) -> str | None:
    """Check one chain given in order: each record's hash, and each link to the previous record.

    Args:
        token_records: ``(token, record)`` pairs of one quote number, oldest first.

    Returns:
        None when the chain holds, else ``"hash"`` or ``"link"`` and the position (from 0): ``"hash:2"``.
    """
    previous = GENESIS
    for position, (token, record) in enumerate(token_records):
        if record["prev_hash"] != previous:
            return f"link:{position}"
        if record_hash(token, record) != record["record_hash"]:
            return f"hash:{position}"
        previous = record["record_hash"]
    return None


def verify_chain(conn: Connection, quote_number: str | None = None) -> list[ChainProblem]:
    """Recompute every chain of the evidence file (or one quote's) from the stored records.

    Args:
        conn: An open connection.
        quote_number: One chain, or None for all of them.

    Returns:
        The broken chains, each at its first bad record; empty when everything holds.
    """
    query = select(signatures).order_by(signatures.c.quote_number, signatures.c.seq)
    if quote_number is not None:
        query = query.where(signatures.c.quote_number == quote_number)
    chains: dict[str, list[Any]] = {}
    for row in conn.execute(query):
        chains.setdefault(row.quote_number, []).append(row)
    problems: list[ChainProblem] = []
    for number, rows in chains.items():
        found = verify_records((row.token, record_json(row)) for row in rows)
        if found is not None:
            reason, _, position = found.partition(":")
            problems.append(ChainProblem(number, int(rows[int(position)].seq), reason))
    return problems

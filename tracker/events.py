"""The event feed format: what the desktop reads from ``GET /api/v1/events``.

Each event is a JSON object::

    {
      "id": "9f2c4e0b6a1d4c3e8b7a6f5e",   # unique string, stable forever (dedupe on it)
      "cursor": "42",                     # opaque string; pass it as ?after= to read what follows
      "token": "<message token>",
      "kind": "open" | "click" | "view" | "accept" | "signed" | "unsubscribe" | "consent" | "withdraw" | "verdict",
      "ts": "2025-01-31T09:15:02.123456Z",  # ISO 8601, UTC
      "verdict": "human" | "machine" | "unknown",   # "unknown" is the uncertain verdict
      "probability": 0.93 | null,         # probability that a person made the hit (null: stored before scores)
      "reasons": ["agent:gmail-image-proxy"],  # short stable slugs, strongest toward the verdict first
      "rejudges": "<event id>" | null,    # kind "verdict" only: the earlier event whose verdict changed
      "link_id": "cta" | null,            # the link clicked (kind "click"); "pdf" for a view of the PDF itself
                                          # (downloaded, or opened in a phone's viewer)
      "reclassifies": ["<event id>", ...],  # earlier events of the same message now judged machine
      "full_name": "Marie Curie" | null,  # kind "accept" only: the name the prospect typed
      "pdf_sha256": "<64 hex>" | null,    # kind "accept" only: SHA-256 of the exact PDF shown
      "ip": "203.0.113.0/24" | null,      # truncated client network (/24 IPv4, /48 IPv6)
      "user_agent": "Mozilla/5.0 ..." | null,
      "answer": "yes" | "no" | null,      # kinds "consent" (the button pressed) and "withdraw" ("no")
      "text": "..." | null,               # kinds "consent" and "withdraw": the exact text the person was shown
      "evidence": {...} | null            # kind "signed" only: the evidence record (below)
    }

The page is ``{"events": [...], "next_cursor": "42"}``; ``next_cursor`` is the cursor of the last event
returned, or the ``after`` given when nothing new arrived. Cursors only grow; an event is never
returned twice for increasing cursors.

A ``verdict`` event says that an earlier event (``rejudges``) was judged again in the light of later hits of its
message (a burst completed, the same client came back much later, the quote was viewed or accepted): it carries
the new ``verdict``, ``probability`` and ``reasons``, the token and the time of the hit that changed it, and no
network nor agent. The earlier event itself, read again, shows the new verdict and reasons too. A later event may
also carry ``reclassifies``: the listed earlier
events (already delivered) are now judged ``machine`` (a honeypot click, or a burst of clicks on
several links). A later ``human`` event upgrades the message's status; a ``machine`` event never
downgrades a human one. ``accept`` and ``unsubscribe`` appear at most once per token.

A ``signed`` event is an online signature confirmed with a one-time code (:mod:`tracker.signing`); it appears
at most once per token, just before that token's ``accept`` (which carries the same name and PDF hash, so a
desktop that knows no signatures still sees the acceptance). Its ``evidence`` is the record of the evidence file
(:mod:`tracker.evidence`), with exactly these fields::

    "evidence": {
      "quote_number": "D-2026-0042", "version": 1,
      "pdf_sha256": "<64 hex>",             # SHA-256 of exactly the registered PDF, the one displayed
      "signer_name": "Marie Durand",        # typed on the page
      "signer_email": "marie@client.example",  # where the code went (the address the quote was sent to)
      "statement": "Bon pour accord : ...", # the exact text ticked
      "code_issued_at": "<ISO 8601 UTC>", "code_checked_at": "<ISO 8601 UTC>",
      "ip": "203.0.113.7" | null,           # the full client address (evidence, unlike the event's "ip")
      "user_agent": "..." | null,
      "signed_at": "<ISO 8601 UTC>",        # the server's timestamp
      "prev_hash": "<64 hex>",              # record_hash of the quote number's previous record, 64 zeros at first
      "record_hash": "<64 hex>"             # SHA-256 of the canonical JSON of the other fields plus "token"
    }

``consent`` and ``withdraw`` are a person's answers about tracking, given on the tracker's own pages; from a
"no" or a withdrawal on, no ``open`` nor ``click`` of any message of that person (the messages registered
with the same ``contact_key``) is recorded, and those stored before are deleted: they may never appear in the
feed. An anonymous pixel's events (a campaign's, registered ``aggregate``) carry no ``ip`` nor
``user_agent``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row


def iso_from_us(ts_us: int) -> str:
    """Format epoch microseconds as ISO 8601 UTC with a ``Z`` suffix.

    Args:
        ts_us: Microseconds since the Unix epoch.

    Returns:
        For example ``"2025-01-31T09:15:02.123456Z"``.
    """
    moment = datetime.fromtimestamp(ts_us / 1_000_000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_json(row: Row[Any]) -> dict[str, Any]:
    """Turn a row of the ``events`` table into the feed's JSON object.

    Args:
        row: A row with every column of ``events``.

    Returns:
        The event as documented in this module.
    """
    return {
        "id": row.id,
        "cursor": str(row.seq),
        "token": row.token,
        "kind": row.kind,
        "ts": iso_from_us(row.ts_us),
        "verdict": row.verdict,
        "probability": row.probability,
        "reasons": json.loads(row.reasons),
        "link_id": row.link_id,
        "reclassifies": json.loads(row.reclassifies),
        "full_name": row.full_name,
        "pdf_sha256": row.pdf_sha256,
        "ip": row.ip,
        "user_agent": row.user_agent,
        "answer": row.answer,
        "text": row.shown_text,
        "rejudges": row.target_id,
        "evidence": json.loads(row.evidence) if row.evidence else None,
    }

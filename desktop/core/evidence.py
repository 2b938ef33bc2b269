"""The hash of an evidence record of an online signature, recomputed on the desktop (the tracker's rule, see
``tracker/evidence.py``): SHA-256 of the canonical JSON (keys sorted, ``separators=(",", ":")``, UTF-8, no ASCII
escaping) of the record's fields but ``record_hash``, plus the message ``token``."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

#: The fields of an evidence record, as the feed's ``signed`` event carries them.
FIELDS = ("quote_number", "version", "pdf_sha256", "signer_name", "signer_email", "statement", "code_issued_at",
          "code_checked_at", "ip", "user_agent", "signed_at", "prev_hash", "record_hash")


def record_hash(token: str, record: Mapping[str, Any]) -> str:
    """Recompute a record's hash.

    Args:
        token: The message token the record belongs to (the event's ``token``).
        record: The record, as the feed gave it.

    Returns:
        64 lowercase hex digits.

    Raises:
        KeyError: A field is missing.
    """
    content = {name: record[name] for name in FIELDS if name != "record_hash"}
    content["token"] = token
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record_holds(token: str, record: Mapping[str, Any]) -> bool:
    """Whether a record still gives its own ``record_hash`` (nothing in it was changed)."""
    try:
        return record_hash(token, record) == record.get("record_hash")
    except KeyError:
        return False

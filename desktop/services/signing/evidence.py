"""The evidence record of a signature, as the tracker writes it and the feed brings it.

The tracker (not this package) keeps the records append-only and hash-chained per quote; here a record is read,
checked for shape, and written out for people (Paris time). ``pdf_sha256`` is the SHA-256 of exactly the PDF the
prospect was shown: the ORIGINAL quote PDF, which a sealed file keeps as its first revision (see :mod:`.page`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from desktop.core.formatting import format_date

PARIS = ZoneInfo("Europe/Paris")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class EvidenceError(ValueError):
    """The evidence record is missing a field or holds a value of the wrong form (the field is named)."""


@dataclass(frozen=True)
class Evidence:
    """One signature's evidence record (the tracker's contract, field for field)."""

    quote_number: str
    version: int
    pdf_sha256: str
    signer_name: str
    signer_email: str
    statement: str
    code_issued_at: datetime
    code_checked_at: datetime
    ip: str
    user_agent: str
    signed_at: datetime
    prev_hash: str
    record_hash: str

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> Evidence:
        """Read a record from the feed's dict.

        Raises:
            EvidenceError: a field is missing or malformed (its name is in the message, never the whole record).
        """
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in raw or raw[f.name] is None:
                if f.name == "prev_hash":  # the first record of a quote's chain has nothing before it
                    values[f.name] = ""
                    continue
                raise EvidenceError(f"the evidence has no {f.name}")
            value = raw[f.name]
            if f.name.endswith("_at"):
                values[f.name] = _moment(f.name, value)
            elif f.name == "version":
                try:
                    values[f.name] = int(value)
                except (TypeError, ValueError):
                    raise EvidenceError("the evidence's version is not a number") from None
            else:
                values[f.name] = str(value)
        if not _HEX64.fullmatch(values["pdf_sha256"].lower()):
            raise EvidenceError("the evidence's pdf_sha256 is not a SHA-256")
        values["pdf_sha256"] = values["pdf_sha256"].lower()
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        """The record back as the feed's dict (times in ISO 8601 UTC)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = value.astimezone(UTC).isoformat().replace("+00:00", "Z") if isinstance(value, datetime) \
                else value
        return out


def _moment(name: str, value: Any) -> datetime:
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            raise EvidenceError(f"the evidence's {name} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise EvidenceError(f"the evidence's {name} has no time zone")
    return moment.astimezone(UTC)


def paris_time(moment: datetime, lang: str = "fr") -> str:
    """A moment written in Paris time, to the second: « 02/12/2026 à 20:05:13 (heure de Paris) »."""
    local = moment.astimezone(PARIS)
    if lang == "fr":
        return f"{format_date(local.date(), 'fr')} à {local:%H:%M:%S} (heure de Paris)"
    return f"{format_date(local.date(), 'en')} at {local:%H:%M:%S} (Paris time)"

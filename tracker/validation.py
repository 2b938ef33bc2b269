"""Strict validation of API payloads: unknown fields, wrong types and odd values are refused (422)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from tracker.urls import link_problem

TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")
LINK_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
AMOUNT_RE = re.compile(r"[0-9]{1,12}(\.[0-9]{1,2})?")  # ASCII digits, as the schema says
CURRENCY_RE = re.compile(r"[A-Z]{3}")
NUMBER_RE = re.compile(r"[\w./ -]{1,64}")
EMAIL_RE = re.compile(r"[^@\s\x00-\x1f\x7f<>,;:\"()\[\]\\]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z0-9-]{2,63}")
MAX_LINKS = 50
MAX_CONTACTS = 500
MAX_CONTACT_TOKENS = 1000
MAX_PDF_BYTES = 8 * 1024 * 1024


class PayloadError(ValueError):
    """A payload failed validation; the message says where and why."""


@dataclass(frozen=True, slots=True)
class LinkSpec:
    """A registered link.

    Attributes:
        link_id: Id used in ``/l/{token}/{link_id}``.
        url: The only place the redirect may lead to.
        honeypot: Hidden link no person would click.
    """

    link_id: str
    url: str
    honeypot: bool


@dataclass(frozen=True, slots=True)
class QuoteSpec:
    """Quote metadata and its PDF.

    Attributes:
        number: Quote number.
        version: Version, from 1.
        amount: Decimal string (``"1234.50"``), never a float.
        currency: ISO 4217 code.
        valid_until: Last day of validity, or None.
        pdf: The PDF bytes.
        pdf_sha256: Their SHA-256.
        signer_email: The address the quote is sent to: an online signature's code goes there (none: no
            online signature, the plain acceptance only).
        consumer: The client is a consumer (the page shows the 14-day withdrawal right and its model form).
        seller_contact: The seller's name, postal and email addresses, for the withdrawal form.
    """

    number: str
    version: int
    amount: str
    currency: str
    valid_until: date | None
    pdf: bytes
    pdf_sha256: str
    signer_email: str | None = None
    consumer: bool = False
    seller_contact: str | None = None


@dataclass(frozen=True, slots=True)
class MessageSpec:
    """A message registration.

    Attributes:
        token: The message's token.
        delivered_at: When the message was handed to the mail server, or None.
        links: Its links.
        quote: Its quote, or None.
        contact_key: The opaque key of the person it goes to (messages of one key belong together: a
            withdrawal from one covers them all), or None.
        aggregate: An anonymous pixel shared by many recipients (a campaign's): no address nor agent kept.
    """

    token: str
    delivered_at: datetime | None
    links: tuple[LinkSpec, ...]
    quote: QuoteSpec | None
    contact_key: str | None = None
    aggregate: bool = False


@dataclass(frozen=True, slots=True)
class ContactSpec:
    """What the desktop tells of one contact key.

    Attributes:
        key: The opaque contact key.
        blocked: The person refused or withdrew tracking.
        at: When that answer was given (the newest answer wins).
        tokens: Messages of this person (registered before keys existed, or under another key).
    """

    key: str
    blocked: bool
    at: datetime
    tokens: tuple[str, ...]


def is_token(value: str) -> bool:
    """Tell whether a string has the shape of a message token.

    Args:
        value: Candidate.

    Returns:
        True for 16 to 64 URL-safe characters.
    """
    return TOKEN_RE.fullmatch(value) is not None


def is_link_id(value: str) -> bool:
    """Tell whether a string has the shape of a link id.

    Args:
        value: Candidate.

    Returns:
        True for 1 to 64 URL-safe characters.
    """
    return LINK_ID_RE.fullmatch(value) is not None


def _object(value: Any, where: str, required: set[str], optional: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError(f"{where}: expected an object")
    unknown = set(value) - required - optional
    if unknown:
        raise PayloadError(f"{where}: unknown field(s) {sorted(unknown)}")
    missing = required - set(value)
    if missing:
        raise PayloadError(f"{where}: missing field(s) {sorted(missing)}")
    return value


def _string(value: Any, where: str, pattern: re.Pattern[str] | None = None) -> str:
    if not isinstance(value, str):
        raise PayloadError(f"{where}: expected a string")
    if pattern is not None and pattern.fullmatch(value) is None:
        raise PayloadError(f"{where}: bad format")
    return value


def parse_timestamp(value: Any, where: str) -> datetime:
    """Parse an ISO 8601 timestamp that carries a time zone.

    Args:
        value: The JSON value.
        where: Field path for the error message.

    Returns:
        The aware datetime.

    Raises:
        PayloadError: If it is not an ISO 8601 string with an offset.
    """
    text = _string(value, where)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise PayloadError(f"{where}: not an ISO 8601 timestamp") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise PayloadError(f"{where}: the timestamp needs a time zone")
    if not 2000 <= moment.year <= 2200:
        raise PayloadError(f"{where}: out of range")
    return moment


def _url(value: Any, where: str) -> str:
    url = _string(value, where)
    if len(url) > 2048 or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise PayloadError(f"{where}: bad URL")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises on a port that is no number or out of range
    except ValueError:
        raise PayloadError(f"{where}: bad URL") from None
    if parts.scheme not in ("http", "https") or not host or "\\" in url:
        raise PayloadError(f"{where}: only absolute http(s) URLs are allowed")
    problem = link_problem(parts)
    if problem is not None:
        raise PayloadError(f"{where}: {problem}")
    return url


def _quote(value: Any) -> QuoteSpec:
    data = _object(value, "quote", {"number", "version", "amount", "currency", "pdf_base64"},
                   {"valid_until", "signer_email", "consumer", "seller_contact"})
    signer_email = None
    if data.get("signer_email") is not None:
        signer_email = _string(data["signer_email"], "quote.signer_email", EMAIL_RE)
    consumer = data.get("consumer", False)
    if not isinstance(consumer, bool):
        raise PayloadError("quote.consumer: expected a boolean")
    seller_contact = None
    if data.get("seller_contact") is not None:
        seller_contact = _string(data["seller_contact"], "quote.seller_contact")
        if len(seller_contact) > 500 or any(ord(ch) < 32 and ch != "\n" for ch in seller_contact):
            raise PayloadError("quote.seller_contact: at most 500 characters of text")
    version = data["version"]
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 10_000:
        raise PayloadError("quote.version: expected an integer from 1 to 10000")
    valid_until = None
    if data.get("valid_until") is not None:
        try:
            valid_until = date.fromisoformat(_string(data["valid_until"], "quote.valid_until"))
        except ValueError:
            raise PayloadError("quote.valid_until: expected a date YYYY-MM-DD") from None
    encoded = _string(data["pdf_base64"], "quote.pdf_base64")
    if len(encoded) > MAX_PDF_BYTES * 4 // 3 + 4:
        raise PayloadError("quote.pdf_base64: the PDF is too large")
    try:
        pdf = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise PayloadError("quote.pdf_base64: not base64") from None
    if not pdf.startswith(b"%PDF-"):
        raise PayloadError("quote.pdf_base64: not a PDF")
    return QuoteSpec(
        number=_string(data["number"], "quote.number", NUMBER_RE),
        version=version,
        amount=_string(data["amount"], "quote.amount", AMOUNT_RE),
        currency=_string(data["currency"], "quote.currency", CURRENCY_RE),
        valid_until=valid_until,
        pdf=pdf,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        signer_email=signer_email,
        consumer=consumer,
        seller_contact=seller_contact,
    )


def parse_message(value: Any) -> MessageSpec:
    """Validate a registration payload (see the OpenAPI schema ``MessageRegistration``).

    Args:
        value: The decoded JSON body.

    Returns:
        The registration.

    Raises:
        PayloadError: On any deviation from the schema.
    """
    data = _object(value, "body", {"token"}, {"delivered_at", "links", "quote", "contact_key", "aggregate"})
    token = _string(data["token"], "token", TOKEN_RE)
    contact_key = None if data.get("contact_key") is None else _string(data["contact_key"], "contact_key", TOKEN_RE)
    aggregate = data.get("aggregate", False)
    if not isinstance(aggregate, bool):
        raise PayloadError("aggregate: expected a boolean")
    if aggregate and (contact_key is not None or data.get("quote") is not None):
        raise PayloadError("aggregate: an anonymous pixel belongs to no contact and carries no quote")
    delivered_at = None
    if data.get("delivered_at") is not None:
        delivered_at = parse_timestamp(data["delivered_at"], "delivered_at")
    raw_links = data.get("links", [])
    if not isinstance(raw_links, list) or len(raw_links) > MAX_LINKS:
        raise PayloadError(f"links: expected a list of at most {MAX_LINKS} links")
    links: list[LinkSpec] = []
    for i, raw in enumerate(raw_links):
        link = _object(raw, f"links[{i}]", {"id", "url"}, {"honeypot"})
        honeypot = link.get("honeypot", False)
        if not isinstance(honeypot, bool):
            raise PayloadError(f"links[{i}].honeypot: expected a boolean")
        links.append(LinkSpec(_string(link["id"], f"links[{i}].id", LINK_ID_RE), _url(link["url"], f"links[{i}].url"),
                              honeypot))
    if len({link.link_id for link in links}) != len(links):
        raise PayloadError("links: duplicate link ids")
    quote = _quote(data["quote"]) if data.get("quote") is not None else None
    if aggregate and links:
        raise PayloadError("aggregate: an anonymous pixel carries no link")
    return MessageSpec(token=token, delivered_at=delivered_at, links=tuple(links), quote=quote,
                       contact_key=contact_key, aggregate=aggregate)


def parse_contacts(value: Any) -> list[ContactSpec]:
    """Validate a contacts payload (see the OpenAPI schema ``ContactAnswers``).

    Args:
        value: The decoded JSON body, ``{"contacts": [{"key", "tracking", "at", "tokens"}, ...]}``.

    Returns:
        The contacts.

    Raises:
        PayloadError: On any deviation from the schema.
    """
    data = _object(value, "body", {"contacts"}, set())
    raw = data["contacts"]
    if not isinstance(raw, list) or len(raw) > MAX_CONTACTS:
        raise PayloadError(f"contacts: expected a list of at most {MAX_CONTACTS} contacts")
    out: list[ContactSpec] = []
    for i, item in enumerate(raw):
        entry = _object(item, f"contacts[{i}]", {"key", "tracking", "at"}, {"tokens"})
        tracking = _string(entry["tracking"], f"contacts[{i}].tracking")
        if tracking not in ("blocked", "allowed"):
            raise PayloadError(f"contacts[{i}].tracking: expected 'blocked' or 'allowed'")
        tokens = entry.get("tokens", [])
        if not isinstance(tokens, list) or len(tokens) > MAX_CONTACT_TOKENS:
            raise PayloadError(f"contacts[{i}].tokens: expected a list of at most {MAX_CONTACT_TOKENS} tokens")
        out.append(ContactSpec(_string(entry["key"], f"contacts[{i}].key", TOKEN_RE), tracking == "blocked",
                               parse_timestamp(entry["at"], f"contacts[{i}].at"),
                               tuple(_string(t, f"contacts[{i}].tokens[{j}]", TOKEN_RE) for j, t in enumerate(tokens))))
    return out


def parse_supersede(value: Any) -> str | None:
    """Validate a supersede payload.

    Args:
        value: The decoded JSON body (``{}`` or ``{"superseded_by": token}``).

    Returns:
        The token of the newer version, or None.

    Raises:
        PayloadError: On any deviation from the schema.
    """
    data = _object(value, "body", set(), {"superseded_by"})
    newer = data.get("superseded_by")
    return None if newer is None else _string(newer, "superseded_by", TOKEN_RE)

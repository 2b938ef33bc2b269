"""API keys (stored as SHA-256 hashes, compared in constant time) and anti-forgery form tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from tracker.numbers import parse_int

KEY_PREFIX = "rlk_"


def new_api_key() -> str:
    """Mint a new random API key (256 bits of entropy).

    Returns:
        The key in clear, to be shown once; store only :func:`hash_api_key` of it.
    """
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_api_key(key: str) -> str:
    """Return the SHA-256 hex digest under which a key is stored.

    Args:
        key: The key in clear.

    Returns:
        64 lowercase hex characters.
    """
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def key_matches(presented: str, stored_hashes: Iterable[str]) -> bool:
    """Check a presented key against every stored hash, in constant time per stored hash.

    The loop never stops early, so timing reveals neither which key matched nor how much of it.

    Args:
        presented: The bearer key received (may be empty).
        stored_hashes: SHA-256 hex digests of valid keys.

    Returns:
        True if the key is non-empty and its hash equals one stored hash.
    """
    digest = hash_api_key(presented).encode("ascii")
    found = False
    for stored in stored_hashes:
        found |= hmac.compare_digest(digest, stored.encode("ascii"))
    return found and bool(presented)


def bearer_key(authorization: str | None) -> str:
    """Extract the key of an ``Authorization: Bearer <key>`` header.

    Args:
        authorization: The raw header value, or None.

    Returns:
        The key, or an empty string if the header is absent or not a bearer header.
    """
    if not authorization:
        return ""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return ""
    return value.strip()


def form_token(secret: str, quote_token: str, pdf_sha256: str, issued_at: int) -> str:
    """Sign the acceptance form of one quote: tied to its token, its exact PDF and the issue time.

    Args:
        secret: The tracker's form secret (random, stored in the database).
        quote_token: The tracking token of the quote message.
        pdf_sha256: SHA-256 of the PDF shown with the form.
        issued_at: Issue time in whole seconds since the epoch.

    Returns:
        ``"<issued_at>.<hex hmac>"``.
    """
    message = f"accept|{quote_token}|{pdf_sha256}|{issued_at}".encode()
    mac = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"{issued_at}.{mac}"


def check_form_token(
    secret: str, quote_token: str, pdf_sha256: str, presented: str, now: int, max_age: int
) -> bool:
    """Verify an acceptance form token.

    Args:
        secret: The tracker's form secret.
        quote_token: The token of the quote being accepted.
        pdf_sha256: SHA-256 of the PDF currently registered for that quote.
        presented: The token received with the form.
        now: Current time in whole seconds since the epoch.
        max_age: Maximum token age in seconds.

    Returns:
        True if the token was issued by this tracker for this quote and PDF and is still fresh.
    """
    issued_at = parse_int(presented.partition(".")[0], max(0, now - max_age), now + 60)
    if issued_at is None:  # not ASCII digits ("²" passes str.isdigit()), or too old, or from the future
        return False
    expected = form_token(secret, quote_token, pdf_sha256, issued_at)
    return hmac.compare_digest(expected.encode(), presented.encode("utf-8", "surrogatepass"))

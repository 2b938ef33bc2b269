"""Header values of outgoing messages: checked, written by us, and read back before a message is kept.

User-supplied text (a contact's name, a subject rendered from contact fields, a sender name, an attachment's
file name) is never an RFC 2047 encoded word. The ``email`` package, given such text, decodes any
``=?charset?q?...?=`` in it with whatever Python codec the charset names (``unicode-escape``, ``utf-7``...)
and writes what it decoded; on Python before 3.11.10 / 3.12.5 / 3.13.0 (CVE-2024-6923) a decoded CR/LF even
becomes a real line break, and on every version a literal ``=?...?=`` is written back as an encoded word that
the recipient's mail client decodes. So the values here never reach the package's header parser:

- :func:`header_text` refuses CR, LF and NUL, and folds every other line separator (VT, FF, FS/GS/RS, NEL,
  U+2028, U+2029) and control character into a space;
- :func:`unstructured` and :func:`address_header` write the header lines themselves: plain ASCII as it is,
  anything else (including text holding ``=?``) as UTF-8 base64 encoded words, so a ``=?...?=`` a user typed
  is carried as literal text;
- :func:`check_head` reads a built header block back and refuses any header line that was not asked for
  (an injection always adds one) and any line break that is not CRLF.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from collections.abc import Iterable, Sequence
from email.headerregistry import Address

FORBIDDEN = ("\r", "\n", "\0")
MAX_LINE = 78
_PHRASE_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+(?: [A-Za-z0-9!#$%&'*+/^_`{|}~-]+)*")
_LOCAL_RE = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_PLAIN_RE = re.compile(r"[!-~]+(?: [!-~]+)*")
_NAME_RE = re.compile(rb"[!-9;-~]+")  # a header field name: printable ASCII but the colon (RFC 5322 2.2)
WORD_BYTES = 39  # an encoded word of 39 UTF-8 bytes is 64 characters: one fits any line with its header name


class HeaderInjectionError(ValueError):
    """A header value holds a line break or NUL, or a built message carries a header it was not given."""


class NotSimple(Exception):
    """A value this writer leaves to the email package (an address with a non-ASCII local part)."""


def check_header(value: str, what: str) -> str:
    """Refuse a header value holding CR, LF or NUL.

    Encoded-word syntax (``=?...?=``) is not refused: the writers here carry it as literal text.

    Args:
        value: The value.
        what: Its name, for the error message.

    Returns:
        The value, unchanged.

    Raises:
        HeaderInjectionError: If it holds CR, LF or NUL.
    """
    if any(ch in value for ch in FORBIDDEN):
        raise HeaderInjectionError(f"{what}: line breaks and NUL characters are not allowed")
    return value


def _is_control(ch: str) -> bool:
    return ch != "\t" and unicodedata.category(ch) in ("Cc", "Zl", "Zp")


def header_text(value: str, what: str) -> str:
    """A user-supplied header text, checked and made single-line.

    Args:
        value: The text (a name, a subject, a file name).
        what: Its name, for the error message.

    Returns:
        The text with every control character and line separator other than CR and LF (VT, FF, FS, GS, RS,
        NEL, U+2028, U+2029...) replaced by a space; tabs are kept.

    Raises:
        HeaderInjectionError: If it holds CR, LF or NUL.
    """
    check_header(value, what)
    if value.isascii() and value.isprintable():
        return value
    return "".join(" " if _is_control(ch) else ch for ch in value)


def encoded_words(value: str, size: int = WORD_BYTES) -> list[str]:
    """``value`` as RFC 2047 base64 words of whole UTF-8 characters (whitespace between words is ignored)."""
    data = value.encode("utf-8")
    words, start = [], 0
    while start < len(data):
        end = min(start + size, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # never split a character
            end -= 1
        words.append(f"=?utf-8?b?{base64.b64encode(data[start:end]).decode('ascii')}?=")
        start = end
    return words


def fold(name: str, tokens: Iterable[str]) -> str:
    """One header, folded before a token (at a single space) when its line would pass 78 characters.

    Raises:
        NotSimple: If a line would still pass 998 characters.
    """
    lines, line, empty = [], f"{name}:", True
    for token in tokens:
        if not empty and len(line) + 1 + len(token) > MAX_LINE:
            lines.append(line)
            line = ""
        line += f" {token}"
        empty = False
    lines.append(line)
    if any(len(x) > 998 for x in lines):
        raise NotSimple(name)
    return "\r\n".join(lines) + "\r\n"


def unstructured(name: str, value: str) -> str:
    """An unstructured header (the subject): plain ASCII words as they are, anything else encoded."""
    if _PLAIN_RE.fullmatch(value) is not None and "=?" not in value:
        return fold(name, value.split(" "))
    return fold(name, encoded_words(value))


def _addr_spec(box: Address, name: str) -> str:
    local = box.username
    if not local.isascii() or not box.domain.isascii():
        raise NotSimple(name)
    if _LOCAL_RE.fullmatch(local) is None:  # "a..b", ".a": a quoted local part (no quote or backslash in it)
        local = f'"{local}"'
    return f"{local}@{box.domain}"


def address_header(name: str, boxes: Sequence[Address]) -> str:
    """An address header (From, To, Cc) with its display names.

    A plain name is written as atoms or a quoted string; any other (non-ASCII, holding ``=?``, with odd
    blanks) as base64 encoded words.

    Raises:
        NotSimple: For a local part with non-ASCII characters (left to the email package).
    """
    tokens: list[str] = []
    for i, box in enumerate(boxes):
        spec = _addr_spec(box, name)
        phrase = box.display_name
        if phrase:
            if _PHRASE_RE.fullmatch(phrase) is not None:
                tokens += phrase.split(" ")
            elif _PLAIN_RE.fullmatch(phrase) is not None and "=?" not in phrase:
                tokens.append('"' + phrase.replace("\\", "\\\\").replace('"', '\\"') + '"')
            else:
                tokens += encoded_words(phrase)
            spec = f"<{spec}>"
        tokens.append(spec + ("," if i < len(boxes) - 1 else ""))
    return fold(name, tokens)


def header_names(head: bytes) -> list[str]:
    """The field names of a header block, in order, read strictly.

    Args:
        head: The header block (up to, not including, the empty line).

    Returns:
        Each header's name.

    Raises:
        HeaderInjectionError: On a CR or LF that is not a CRLF pair, or a line that is neither a header nor
            a continuation.
    """
    lines = head.split(b"\r\n")
    if any(b"\r" in line or b"\n" in line for line in lines):
        raise HeaderInjectionError("the message's headers hold a bare line break")
    names: list[str] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and names:
            continue
        field, colon, _ = line.partition(b":")
        if not colon or _NAME_RE.fullmatch(field) is None:
            raise HeaderInjectionError("the message's headers hold a line that is not a header")
        names.append(field.decode("ascii"))
    return names


def check_head(raw: bytes, expected: Sequence[str], optional: Sequence[str] = ()) -> None:
    """Refuse a message whose header block is not exactly the headers asked for.

    Args:
        raw: The whole message.
        expected: The names that must appear, once each, in this order.
        optional: Names that may appear at most once each, anywhere (what the email package adds:
            ``Content-Type``...).

    Raises:
        HeaderInjectionError: On any other header, a repeated one, or a bare CR or LF in the headers.
    """
    head = raw.split(b"\r\n\r\n", 1)[0]
    names = header_names(head)
    wanted = {n.lower() for n in expected}
    asked = [n for n in names if n.lower() in wanted]
    extra = [n for n in names if n.lower() not in wanted]
    allowed = {n.lower() for n in optional}
    if [n.lower() for n in asked] != [n.lower() for n in expected] or any(n.lower() not in allowed for n in extra) \
            or len({n.lower() for n in extra}) != len(extra):
        raise HeaderInjectionError("the message would carry a header it was not given; it was not sent")

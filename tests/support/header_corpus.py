"""Header-injection payloads: every line-break class, and RFC 2047 encoded words in every codec Python knows.

An encoded word names a charset; the ``email`` package decodes it with ``bytes.decode(charset)``, which accepts
any Python text codec (``unicode-escape`` turns ``\\r\\n`` written as four characters into a real CR LF,
``utf-7`` hides them in base64...). Each payload here would, if decoded and written by the package, add a
``Reply-To`` and an ``X-Injected`` header.
"""

from __future__ import annotations

import base64
import codecs
import encodings.aliases
from dataclasses import dataclass

INJECTED = "\r\nReply-To: pirate@evil.example\r\nX-Injected: 1"
SHORT = "\r\nReply-To: p@e.fr\r\nX-Injected: 1"  # fits the importer's 100-character names in more codecs

#: Codecs named by ``encodings.aliases`` plus those it does not list; only those this Python can look up.
EXTRA_CODECS = ("unicode_escape", "raw_unicode_escape", "utf_7", "punycode", "idna", "utf_8", "utf_8_sig",
                "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "palmos", "koi8_u",
                "cp65001", "ascii", "latin_1", "charmap", "undefined", "mbcs", "oem")


def all_codecs() -> list[str]:
    """Every codec name this interpreter can look up (text codecs and the bytes-to-bytes ones alike)."""
    names = set(encodings.aliases.aliases.values()) | set(EXTRA_CODECS)
    found = []
    for name in sorted(names):
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        found.append(name)
    return found


def _bytes_for(codec: str, text: str) -> bytes:
    """``text`` as the bytes that ``codec`` decodes back to it (or its Latin-1 bytes for a codec that cannot)."""
    try:
        data = codecs.encode(text, codec)
    except Exception:  # bytes-to-bytes codecs, "undefined"...: raw bytes then
        return text.encode("latin-1")
    return data if isinstance(data, bytes) else text.encode("latin-1")


def q_encode(data: bytes) -> str:
    """RFC 2047 "Q" encoding (every byte that is not a plain letter, digit or safe sign as ``=XX``)."""
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/"
    return "".join("_" if b == 0x20 else chr(b) if b in safe else f"={b:02X}" for b in data)


@dataclass(frozen=True, slots=True)
class Payload:
    """One hostile value and where it comes from."""

    key: str
    value: str


def encoded_word_payloads(text: str = "Marie" + INJECTED) -> list[Payload]:
    """Encoded words in every codec: Q and B forms, split in two adjacent words, a charset with a language
    (``utf_7*fr``), in capitals, and nested (a UTF-8 word whose decoded text is another encoded word)."""
    out: list[Payload] = []
    for codec in all_codecs():
        data = _bytes_for(codec, text)
        q, b = q_encode(data), base64.b64encode(data).decode("ascii")
        half = len(data) // 2
        q1, q2 = q_encode(data[:half]), q_encode(data[half:])
        inner = f"=?{codec}?q?{q}?="
        out += [
            Payload(f"{codec}-q", inner),
            Payload(f"{codec}-b", f"=?{codec}?b?{b}?="),
            Payload(f"{codec}-q-split", f"=?{codec}?q?{q1}?= =?{codec}?q?{q2}?="),
            Payload(f"{codec}-lang-upper", f"=?{codec.upper()}*fr?Q?{q}?="),
            Payload(f"{codec}-nested", f"=?utf-8?b?{base64.b64encode(inner.encode()).decode('ascii')}?="),
            Payload(f"{codec}-in-text", f"Dupont {inner} SARL"),
        ]
    # the issue's own: CR LF that no raw byte shows (escapes, UTF-7's base64 run "+AA0ACg-")
    out += [Payload("issue-unicode-escape", "=?unicode-escape?q?Marie=5Cr=5CnReply-To:_pirate@evil.example=5Cr=5Cn"
                                            "X-Injected:_1?="),
            Payload("issue-utf-7", "=?utf-7?q?ACME+AA0ACg-Reply-To:_pirate@evil.example+AA0ACg-X-Injected:_1?=")]
    return out


#: Line-break classes, plain (not hidden in an encoded word).
LINE_BREAKS = {"CR": "\r", "LF": "\n", "CRLF": "\r\n", "NUL": "\0"}
FOLDED = {"VT": "\x0b", "FF": "\x0c", "FS": "\x1c", "GS": "\x1d", "RS": "\x1e", "NEL": "\x85",
          "LS": "\u2028", "PS": "\u2029", "SOH": "\x01", "DEL": "\x7f", "CSI": "\x9b"}


def line_break_payloads() -> list[Payload]:
    """``Marie<break>Reply-To: ...`` for every break class (refused: CR, LF, NUL; folded: the others)."""
    return [Payload(key, f"Marie{ch}Reply-To: pirate@evil.example{ch}X-Injected: 1")
            for key, ch in {**LINE_BREAKS, **FOLDED}.items()]

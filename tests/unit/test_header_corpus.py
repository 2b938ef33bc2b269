"""The header-injection corpus through both message builders: every line-break class and encoded words in every
codec Python accepts, in names, subjects and attachment names. None may add a header; each arrives as the
literal text (other line separators as spaces) or, for CR, LF and NUL, is refused."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest

from desktop.services.mail.headers import header_text
from desktop.services.mail.message import (
    Attachment,
    HeaderInjectionError,
    Tracking,
    build_message,
    build_simple_message,
)
from desktop.services.mail.templates import RenderedEmail
from tests.support.header_corpus import LINE_BREAKS, Payload, encoded_word_payloads, line_break_payloads

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
TOP = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "List-Unsubscribe", "List-Unsubscribe-Post",
       "Content-Type"]
PART = {"Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version"}
CORPUS = encoded_word_payloads() + line_break_payloads()


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _check(raw: bytes, payload: Payload, *, with_file: bool) -> list[str]:
    """What is wrong with one built message (empty when nothing)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    problems = []
    if list(message.keys()) != TOP:
        problems.append(f"headers {list(message.keys())}")
    for part in list(message.walk())[1:]:
        if not set(part.keys()) <= PART:
            problems.append(f"part headers {list(part.keys())}")
    expected = header_text(payload.value, "x")
    if str(message["Subject"]) != f"Devis {expected}":
        problems.append(f"subject {str(message['Subject'])!r}")
    if _squeeze(message["From"].addresses[0].display_name) != _squeeze(expected):
        problems.append(f"name {message['From'].addresses[0].display_name!r}")
    if with_file and [p.get_filename() for p in message.iter_attachments()] != [f"{expected}.pdf"]:
        problems.append(f"file {[p.get_filename() for p in message.iter_attachments()]!r}")
    return problems


@pytest.mark.parametrize("builder", ["build_message", "build_simple_message"])
def test_no_payload_of_the_corpus_adds_a_header_and_each_arrives_literally(builder: str) -> None:
    failures: dict[str, list[str]] = {}
    refused = []
    tracking = Tracking("tok", "https://suivi.example")
    for payload in CORPUS:
        args: dict[str, Any] = {"sender_address": "claire@vendeur.example", "sender_name": payload.value,
                                "to": ["m@client.example"], "tracking": tracking, "now": NOW, "bulk": True,
                                "rendered": RenderedEmail(f"Devis {payload.value}", "Bonjour\n", "<p>Bonjour</p>")}
        if builder == "build_message":
            args["attachments"] = [Attachment(f"{payload.value}.pdf", b"%PDF-1.4\n")]
        try:
            built = (build_message if builder == "build_message" else build_simple_message)(**args)
        except HeaderInjectionError:
            refused.append(payload.key)
            continue
        head = built.raw.split(b"\r\n\r\n")[0]
        assert not [line for line in head.split(b"\r\n") if line.lower().startswith((b"reply-to", b"x-injected"))]
        problems = _check(built.raw, payload, with_file=builder == "build_message")
        if problems:
            failures[payload.key] = problems
    assert failures == {}
    assert sorted(refused) == sorted(LINE_BREAKS)  # CR, LF, CRLF and NUL are refused; nothing else is
    assert len(CORPUS) > 600

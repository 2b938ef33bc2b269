"""The direct serialiser (``build_simple_message``) says what ``build_message`` says: same checks, same
headers in the same order, same parts, the same decoded values; only the encoding may be spelt differently.
User text is never an encoded word: a ``=?...?=`` in it arrives as the literal text."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.services.mail.context import contact_context
from desktop.services.mail.headers import header_text
from desktop.services.mail.message import (
    HeaderInjectionError,
    Tracking,
    build_message,
    build_simple_message,
    tracked_parts,
)
from desktop.services.mail.templates import EmailTemplates, RenderedEmail

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
HOSTILE = ["Devis\r\nBcc: victim@evil.example", "Devis\nBcc: x@evil.example", "Devis\rX: y", "Devis\0"]
ENCODED = ["=?utf-8?q?Devis=0D=0ABcc:_x@evil.example?=", "=?utf-8?b?RGV2aXMKQmNjOiB4QGV2aWwuZXhhbXBsZQ==?=",
           "=?unicode-escape?q?Marie=5Cr=5CnReply-To:_pirate@evil.example=5Cr=5CnX-Injected:_1?=",
           "Zoé =?utf-8?q?caf=C3=A9?= et =?x-unknown?q?y?="]
HEADER_TEXT = st.text(st.characters(exclude_characters="\r\n\0", exclude_categories=("Cs",)), max_size=120)
SHORT_NAME = HEADER_TEXT.filter(lambda n: len(n.strip().encode()) <= 45)  # longer: see the last test
BODY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
LOCAL = st.from_regex(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,12}(\.[A-Za-z0-9_-]{1,8})?", fullmatch=True)
ADDRESS = st.builds(lambda local, domain: f"{local}@{domain}", LOCAL,
                    st.sampled_from(["client.fr", "a-b.example.com", "x.io"]))


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def shape(message: EmailMessage) -> list[Any]:
    """Header names, decoded values and parts, leaving out what is random (Message-ID, boundary)."""
    out: list[Any] = []
    for part in message.walk():
        assert isinstance(part, EmailMessage)
        for name, value in part.items():
            if name == "Message-ID":
                out.append((name, "<id>"))
            elif name == "Content-Type":
                out.append((name, part.get_content_type(), part.get_content_charset()))
            elif name in ("From", "To", "Cc"):
                out.append((name, [(a.display_name, a.addr_spec) for a in value.addresses]))
            else:
                out.append((name, str(value)))
        if not part.is_multipart():
            out.append(("content", part.get_content()))
    return out


def both(**overrides: Any) -> tuple[bytes, bytes]:
    args: dict[str, Any] = {"sender_address": "claire@vendeur.example", "sender_name": "Claire Martin",
                            "to": ["m@client.example"], "cc": [], "tracking": None, "now": NOW,
                            "rendered": RenderedEmail("Devis D-1", "Bonjour\n", "<p>Bonjour</p>")}
    args.update(overrides)
    return build_message(**args).raw, build_simple_message(**args).raw


def followup(first_name: str, tracking: Tracking | None) -> RenderedEmail:
    context = {"contact": contact_context(civility="", first_name=first_name, last_name="Durand"),
               "sender": {"name": "Équipe commerciale", "signature": "Claire — 06 00 00 00 00"},
               "seller": {"company": "Vendeur & Fils"}, "subject": "", "message": "",
               "unsubscribe_url": tracking.unsubscribe_url if tracking else None}
    return EmailTemplates().render("followup", context)


@pytest.mark.parametrize("tracked", [True, False])
@pytest.mark.parametrize("name", ["Équipe commerciale", "Claire Martin", "J. Dupont, Ventes", "", "A \"B\" \\ C"])
@pytest.mark.parametrize("first_name", ["Éloïse", "Jean-Marc", "Zoé " * 30])
def test_the_shipped_follow_up_says_the_same_through_both_builders(tracked: bool, name: str,
                                                                     first_name: str) -> None:
    tracking = Tracking("tok-123", "https://suivi.example") if tracked else None
    slow, fast = both(sender_name=name, rendered=followup(first_name, tracking), tracking=tracking,
                      cc=["copie@client.example", "autre@client.example"])
    assert shape(parse(fast)) == shape(parse(slow))
    assert all(len(line) <= 78 for line in fast.split(b"\r\n"))
    assert b"\n" not in fast.replace(b"\r\n", b"")


def test_a_text_only_message_and_its_headers_match() -> None:
    slow, fast = both(rendered=RenderedEmail("Relance", "Ligne  \n.\nfin=1", None),
                      tracking=Tracking("t", "https://suivi.example"), bulk=True)
    assert shape(parse(fast)) == shape(parse(slow))
    assert parse(fast)["List-Unsubscribe"] == "<https://suivi.example/u/t>"
    assert parse(fast)["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_list_headers_only_on_bulk_mail_and_one_click_only_over_https() -> None:
    one_to_one, _ = both(rendered=RenderedEmail("Devis", "Bonjour\n", None), tracking=Tracking("t", "https://s.example"))
    assert parse(one_to_one)["List-Unsubscribe"] is None  # a quote to its client is no mailing list
    plain_http, _ = both(rendered=RenderedEmail("Relance", "Bonjour\n", None), tracking=Tracking("t", "http://s.example"),
                         bulk=True)
    assert parse(plain_http)["List-Unsubscribe"] == "<http://s.example/u/t>"
    assert parse(plain_http)["List-Unsubscribe-Post"] is None  # RFC 8058: one-click only over HTTPS


@settings(max_examples=150, deadline=None)
@given(name=SHORT_NAME, subject=HEADER_TEXT, text=BODY_TEXT, html=st.none() | BODY_TEXT,
       to=st.lists(ADDRESS, min_size=1, max_size=3), cc=st.lists(ADDRESS, max_size=2), tracked=st.booleans())
def test_any_message_decodes_to_what_was_given(name: str, subject: str, text: str, html: str | None,
                                                to: list[str], cc: list[str], tracked: bool) -> None:
    tracking = Tracking("tok", "https://suivi.example") if tracked else None
    rendered = RenderedEmail(subject, text, html)
    args: dict[str, Any] = {"sender_address": "claire@vendeur.example", "sender_name": name, "to": to, "cc": cc,
                            "rendered": rendered, "tracking": tracking, "now": NOW}
    try:
        built = build_simple_message(**args)
    except ValueError as refused:  # a line break, plain or in an encoded word: refused by both, the same way
        with pytest.raises(type(refused)):
            build_message(**args)
        return
    message = parse(built.raw)
    assert message["Subject"] == header_text(subject, "subject")  # other line separators become spaces
    # a name decodes as the email package's own message's does (Python's parser turns a tab into a space)
    assert [(a.display_name, a.addr_spec) for a in message["From"].addresses] == [
        (a.display_name, a.addr_spec) for a in parse(build_message(**args).raw)["From"].addresses]
    assert [a.addr_spec for a in message["To"].addresses] == to
    assert [a.addr_spec for a in message.get("Cc", "") and message["Cc"].addresses] == cc
    assert message["Message-ID"] == built.message_id
    assert built.recipients == tuple(dict.fromkeys(to + cc))
    parts = [message] if html is None else list(message.iter_parts())
    # the withdrawal line, the hidden honeypot link to the sender's site and the pixel, added by code
    plain, rich = tracked_parts(rendered, tracking, site="https://vendeur.example/")
    expected = [plain] if rich is None else [plain, rich]
    for part, source in zip(parts, expected, strict=True):
        assert isinstance(part, EmailMessage)
        lines = source.encode("utf-8").splitlines()  # the email package's line ends: one after every line
        assert part.get_content().replace("\r\n", "\n") == (b"\n".join(lines) + b"\n").decode("utf-8")
    assert all(len(line) <= 998 for line in built.raw.split(b"\r\n"))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_line_breaks_are_refused_like_the_email_package_does(hostile: str) -> None:
    with pytest.raises(HeaderInjectionError):
        build_simple_message(sender_address="a@b.fr", sender_name="C", to=["m@c.fr"],
                             rendered=RenderedEmail(hostile, "x", None), tracking=None, now=NOW)
    with pytest.raises(HeaderInjectionError):
        build_simple_message(sender_address="a@b.fr", sender_name=hostile, to=["m@c.fr"],
                             rendered=RenderedEmail("s", "x", None), tracking=None, now=NOW)
    with pytest.raises((HeaderInjectionError, ValueError)):
        build_simple_message(sender_address="a@b.fr", sender_name="C", to=[f"m@c.fr{hostile}"],
                             rendered=RenderedEmail("s", "x", None), tracking=None, now=NOW)
    with pytest.raises(ValueError):
        build_simple_message(sender_address="a@b.fr", sender_name="C", to=["m@c.fr, x@evil.example"],
                             rendered=RenderedEmail("s", "x", None), tracking=None, now=NOW)


@pytest.mark.parametrize("literal", ENCODED)
def test_encoded_word_syntax_in_user_text_arrives_as_the_literal_text(literal: str) -> None:
    slow, fast = both(sender_name=literal, rendered=RenderedEmail(f"Devis {literal}", "x", None))
    for raw in (slow, fast):
        message = parse(raw)
        assert list(message.keys()) == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                                        "Content-Type", "Content-Transfer-Encoding"]
        assert message["Subject"] == f"Devis {literal}"
        assert "".join(message["From"].addresses[0].display_name.split()) == "".join(literal.split())
        assert literal.encode() not in raw  # written by us as UTF-8 words, never handed over as it is
    assert shape(parse(fast)) == shape(parse(slow))


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x01"])
def test_other_line_separators_become_spaces_in_both_builders(separator: str) -> None:
    slow, fast = both(sender_name=f"Zoé{separator}Durand", rendered=RenderedEmail(f"Devis{separator}X", "x", None))
    for raw in (slow, fast):
        message = parse(raw)
        assert message["Subject"] == "Devis X"
        assert message["From"].addresses[0].display_name == "Zoé Durand"
        assert separator.encode("utf-8") not in raw.split(b"\r\n\r\n")[0]


@pytest.mark.parametrize(("address", "name"), [("a..b@client.fr", "C"), (".a@client.fr", "C"),
                                                ("zoé@client.fr", "C"), ("c@vendeur.fr", "Équipe " * 8),
                                                ("c@vendeur.fr", "Zoé \x85 Durand")])
def test_what_the_plain_form_cannot_carry_goes_through_the_email_package(address: str, name: str) -> None:
    slow, fast = both(to=[address], sender_name=name)
    assert shape(parse(fast)) == shape(parse(slow))

"""Header injection is refused in every header field; the keyring check refuses unusable or plaintext
backends and the rest keeps working; secret errors never carry the secret."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime

import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend

from desktop.services.mail.context import contact_context
from desktop.services.mail.message import Attachment, HeaderInjectionError, build_message, check_header
from desktop.services.mail.templates import EmailTemplateError, EmailTemplates, RenderedEmail
from desktop.services.secrets import SecretName, SecretStore, SecretsUnavailable, check_keyring
from tests.support.memkeyring import MemoryKeyring

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
OK = RenderedEmail("Devis D-1", "Bonjour\n", "<p>Bonjour</p>")
HOSTILE = ["Devis\r\nBcc: victim@evil.example", "Devis\nBcc: x@evil.example", "Devis\rX: y", "Devis\0"]
ENCODED = ["=?utf-8?q?Devis=0D=0ABcc:_x@evil.example?=", "=?utf-8?b?RGV2aXMKQmNjOiB4QGV2aWwuZXhhbXBsZQ==?=",
           "=?unicode-escape?q?a=5Cr=5CnX-Injected:_1?="]


def build(**overrides: object) -> bytes:
    args: dict[str, object] = {"sender_address": "a@vendeur.example", "sender_name": "Claire",
                               "to": ["m@client.example"], "cc": [], "rendered": OK, "attachments": [],
                               "tracking": None, "now": NOW}
    args.update(overrides)
    return build_message(**args).raw  # type: ignore[arg-type]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_line_breaks_are_refused_in_every_header_field(hostile: str) -> None:
    with pytest.raises(HeaderInjectionError):
        build(rendered=RenderedEmail(hostile, "x", None))
    with pytest.raises(HeaderInjectionError):
        build(sender_name=hostile)
    with pytest.raises((HeaderInjectionError, ValueError)):
        build(to=[f"m@client.example{hostile}"])
    with pytest.raises((HeaderInjectionError, ValueError)):
        build(cc=[hostile])
    with pytest.raises(HeaderInjectionError):
        check_header(hostile, "x")


@pytest.mark.parametrize("encoded", ENCODED)
def test_encoded_words_are_literal_text_in_names_subjects_and_file_names_and_refused_in_addresses(
        encoded: str) -> None:
    raw = build(sender_name=encoded, rendered=RenderedEmail(encoded, "x", None),
                attachments=[Attachment(f"Devis {encoded}.pdf", b"%PDF-1.4")])
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert [p.get_filename() for p in message.iter_attachments()] == [f"Devis {encoded}.pdf"]
    assert message["Subject"] == encoded and "X-Injected" not in message and "Bcc" not in message
    for part in message.walk():
        assert set(part.keys()) <= {"From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                                    "Content-Transfer-Encoding", "Content-Disposition"}
    with pytest.raises(ValueError):
        build(to=[f"{encoded.replace(':', '').replace('@', '')}@client.example"])


def test_a_list_of_addresses_in_one_recipient_is_refused() -> None:
    with pytest.raises(ValueError):
        build(to=["m@client.example, other@evil.example"])
    assert b"Bcc" not in build()


def test_templates_are_sandboxed_strict_and_escape_html() -> None:
    templates = EmailTemplates()
    context = {"contact": contact_context(civility="", first_name="<b>Zoé</b>", last_name="D"),
               "quote": {"number": "D-1", "version": 1, "total": "10 €", "valid_until": None},
               "sender": {"name": "C", "signature": ""}, "seller": {"company": "V"}, "view_url": None}
    rendered = templates.render("quote", context)
    assert "&lt;b&gt;Zoé&lt;/b&gt;" in (rendered.html or "") and "<b>Zoé</b>" in rendered.text
    with pytest.raises(EmailTemplateError):
        templates.render("quote", {**context, "quote": {}})
    with pytest.raises(EmailTemplateError):
        templates.render("quote", context, {"body.txt": "{{ ''.__class__.__mro__[1].__subclasses__() }}"})


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's plaintext file backend."""


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(),
                                     PlaintextKeyring()])
def test_no_usable_or_only_a_plaintext_keyring_refuses_secrets_and_says_so(backend: KeyringBackend) -> None:
    status = check_keyring(backend)
    assert not status.usable and "keyring" in status.message
    store = SecretStore(status, backend)
    assert store.get(SecretName.SMTP_PASSWORD) is None
    with pytest.raises(SecretsUnavailable) as raised:
        store.set(SecretName.SMTP_PASSWORD, "pw-3f9a1c-unique")
    assert "pw-3f9a1c-unique" not in str(raised.value)


def test_a_usable_keyring_keeps_the_secrets() -> None:
    backend = MemoryKeyring()
    store = SecretStore(check_keyring(backend), backend)
    assert store.available
    store.set(SecretName.TRACKER_API_KEY, "k-1")
    assert store.get(SecretName.TRACKER_API_KEY) == "k-1"
    store.delete(SecretName.TRACKER_API_KEY)
    store.delete(SecretName.TRACKER_API_KEY)
    assert store.get(SecretName.TRACKER_API_KEY) is None

"""What a template knows of its contact and sender: a French greeting, a signature that names the sender once."""

from __future__ import annotations

import pytest

from desktop.services.mail.context import contact_context, sender_context


@pytest.mark.parametrize(("civility", "first", "last", "greeting"), [
    ("Mme", "Élise", "Fontaine", "Bonjour Madame Fontaine"),
    ("M.", "Paul", "Martin", "Bonjour Monsieur Martin"),
    ("", "Élise", "Fontaine", "Bonjour Élise"),
    (None, None, "Fontaine", "Bonjour"),
    ("Mme", "", "", "Bonjour Madame"),
    ("Dr", "Jean", "Roux", "Bonjour Jean"),  # an unknown civility is not printed abbreviated
])
def test_the_greeting_writes_the_civility_out(civility: str | None, first: str | None, last: str,
                                              greeting: str) -> None:
    got = contact_context(civility=civility, first_name=first, last_name=last)
    assert got["greeting"] == greeting
    assert "Mme " not in got["greeting"] and "M. " not in got["greeting"]


def test_the_contact_keeps_its_stored_fields() -> None:
    got = contact_context(civility="Mme", first_name=" Élise ", last_name="Fontaine", email=None, company="ACME",
                          job_title=None, city="Lyon")
    assert got["full_name"] == "Élise Fontaine" and got["civility"] == "Mme" and got["salutation"] == "Madame"
    assert got["email"] == "" and got["job_title"] == "" and got["company"] == "ACME" and got["city"] == "Lyon"


def test_a_signature_starting_with_the_name_does_not_repeat_it() -> None:
    got = sender_context("Claire  Petit", "c@v.fr", "claire petit\nCommerciale\n06 12 34 56 78\n")
    assert got["signature"] == "Commerciale\n06 12 34 56 78"
    kept = sender_context("Claire Petit", "c@v.fr", "Commerciale — Claire Petit\n06 12 34 56 78")
    assert kept["signature"] == "Commerciale — Claire Petit\n06 12 34 56 78"
    assert sender_context("Claire Petit", "c@v.fr", "")["signature"] == ""

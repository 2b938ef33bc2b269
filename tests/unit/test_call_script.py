"""The call-list script is filled for the contact on the line; what cannot be filled is said to its author."""

from __future__ import annotations

from desktop.services.call_script import fill_script, script_context, script_problems
from desktop.services.demo_campaigns import SCRIPT


def _context(**changes: str) -> dict[str, object]:
    values = {"civility": "Mme", "first_name": "Élise", "last_name": "Fontaine", "company": "Optique Fontaine",
              "salesperson": "Julie Martin", "seller_company": "Atelier Lumière"}
    values.update(changes)
    return script_context(**values)  # type: ignore[arg-type]


def test_the_demo_script_greets_the_contact_and_names_the_caller_and_the_seller() -> None:
    assert script_problems(SCRIPT) == []
    filled = fill_script(SCRIPT, _context())
    assert "Bonjour Madame Fontaine, ici Julie de\n<b>Atelier Lumière</b>" in filled
    assert "{" not in filled


def test_the_first_scripts_placeholders_still_fill() -> None:
    old = "<p>Bonjour {Madame/Monsieur}, ici {votre prénom} de <b>{notre société}</b>.</p>"
    assert script_problems(old) == []
    assert fill_script(old, _context()) == "<p>Bonjour Madame, ici Julie de <b>Atelier Lumière</b>.</p>"
    assert fill_script(old, _context(civility="")) == ("<p>Bonjour Madame, Monsieur, ici Julie de "
                                                       "<b>Atelier Lumière</b>.</p>")


def test_values_are_escaped_in_the_rich_text() -> None:
    filled = fill_script("<p>{{ contact.company }}</p>", _context(company="<script>x</script> & fils"))
    assert filled == "<p>&lt;script&gt;x&lt;/script&gt; &amp; fils</p>"


def test_an_unknown_or_broken_placeholder_is_told_to_the_author_and_never_stops_a_call() -> None:
    [problem] = script_problems("<p>Bonjour {{ contact.surname }}</p>")
    assert "surname" in problem and "{{ contact.last_name }}" in problem
    [broken] = script_problems("<p>Bonjour {{ contact.last_name </p>")
    assert broken.startswith("Ligne 1 du script")
    assert script_problems("{{ ''.__class__.__mro__ }}") != []  # the sandbox refuses internals
    assert fill_script("<p>Bonjour {{ contact.surname }}</p>", _context()) == "<p>Bonjour {{ contact.surname }}</p>"
    qt_html = ('<!DOCTYPE HTML><html><head><style type="text/css">p, li { white-space: pre-wrap; }</style></head>'
               '<body><p>Bonjour {{ contact.greeting }}</p></body></html>')  # what QTextEdit.toHtml() gives
    assert script_problems(qt_html) == [] and "Bonjour Bonjour Madame Fontaine" in fill_script(qt_html, _context())

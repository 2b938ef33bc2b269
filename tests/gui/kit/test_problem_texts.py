"""Problems with keys are said in the interface's language, not in the services' English."""

from __future__ import annotations

import pytest

from desktop.core.validation import Problem
from desktop.gui.quotes.pdf_preview import render_error_text
from desktop.services.pdf.templating import TemplateRenderError


@pytest.mark.parametrize("key", ["template_slow", "template_big", "template_steps", "template_output",
                                 "template_number", "template_range", "template_recursion", "template_memory",
                                 "template_crashed"])
def test_a_template_past_its_bounds_is_said_in_french(qapp: object, key: str) -> None:
    english = "the template does something bad: check it"
    text = render_error_text(TemplateRenderError("perso/quote.html", 12, Problem(key, english, seconds=10,
                                                                                    limit=10000)))
    assert text.startswith("Le modèle « perso/quote.html » contient une erreur, ligne 12 : le modèle") or \
        text.startswith("Le modèle « perso/quote.html » contient une erreur, ligne 12 : un") or \
        text.startswith("Le modèle « perso/quote.html » contient une erreur, ligne 12 : une")
    assert english not in text



@pytest.mark.parametrize(("kind", "word"), [("email", "Email"), ("email_failed", "Email non distribué"),
                                            ("email_in", "Réponse reçue"), ("tracking", "Suivi")])
def test_timeline_kinds_written_by_the_sender_and_the_poller_have_a_word(qapp: object, kind: str, word: str) -> None:
    from desktop.gui.contacts.detail import kind_label

    assert kind_label(kind) == word

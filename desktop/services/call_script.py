"""A phoning campaign's script, filled for the contact on the line (« Bonjour Madame Fontaine, ici Julie de
Atelier Lumière »).

The script is rich text (HTML) written by the campaign's author with placeholders in the email templates' syntax
and sandbox (:class:`jinja2.sandbox.ImmutableSandboxedEnvironment`, autoescape, :class:`jinja2.StrictUndefined`):
``{{ contact.salutation }}``, ``{{ contact.last_name }}``, ``{{ salesperson.first_name }}``, ``{{ seller.company }}``...
:func:`script_problems` tells the author, when they save, what cannot be filled; :func:`fill_script` never fails
in the middle of a call (a script that still cannot be filled is shown as written, with the placeholders marked).
The placeholders of the first scripts (« {Madame/Monsieur} », « {votre prénom} », « {notre société} ») keep
working.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.services.mail.context import contact_context

#: The placeholders of the first scripts, and what they are now.
LEGACY = {"{Madame/Monsieur}": "{{ contact.salutation or 'Madame, Monsieur' }}",
          "{votre prénom}": "{{ salesperson.first_name }}", "{votre nom}": "{{ salesperson.name }}",
          "{notre société}": "{{ seller.company }}", "{prénom}": "{{ contact.first_name }}",
          "{nom}": "{{ contact.last_name }}", "{société}": "{{ contact.company }}"}
_LEGACY_RE = re.compile("|".join(re.escape(key) for key in LEGACY))

#: What a script may use, shown to its author.
PLACEHOLDERS = ("contact.salutation", "contact.greeting", "contact.first_name", "contact.last_name",
                "contact.full_name", "contact.company", "contact.job_title", "contact.city", "salesperson.first_name",
                "salesperson.name", "seller.company")

_ENV = ImmutableSandboxedEnvironment(autoescape=True, undefined=jinja2.StrictUndefined)


def script_context(*, civility: str | None, first_name: str | None, last_name: str | None, company: str = "",
                   job_title: str = "", city: str = "", salesperson: str = "", seller_company: str = ""
                   ) -> dict[str, Any]:
    """What a script knows: the contact (as the emails know it), the salesperson calling, the seller."""
    name = " ".join(salesperson.split())
    return {"contact": contact_context(civility=civility, first_name=first_name, last_name=last_name,
                                       company=company, job_title=job_title, city=city),
            "salesperson": {"name": name, "first_name": name.split(" ")[0] if name else ""},
            "seller": {"company": seller_company}}


def _source(script: str) -> str:
    return _LEGACY_RE.sub(lambda m: LEGACY[m.group(0)], script)


_MESSAGES = {
    "fr": {"syntax": "Ligne {line} du script : {{{{ … }}}} mal fermé ou mal écrit ({why}).",
           "unknown": "Champ inconnu dans le script : « {why} ». Champs possibles : {names}.",
           "refused": "Le script ne peut pas être rempli : {why}."},
    "en": {"syntax": "Script line {line}: a {{{{ … }}}} is not closed or is misspelt ({why}).",
           "unknown": "Unknown field in the script: “{why}”. Fields you may use: {names}.",
           "refused": "The script cannot be filled: {why}."},
}


def script_problems(script: str, lang: str = "fr") -> list[str]:
    """Why ``script`` cannot be filled (empty when it can): a misspelt placeholder, a broken ``{{ }}``.

    Returns:
        Sentences for the script's author in ``lang`` (French otherwise), naming the placeholder and what may
        be used instead.
    """
    words = _MESSAGES.get(lang, _MESSAGES["fr"])
    sample = script_context(civility="Mme", first_name="Élise", last_name="Fontaine", company="ACME",
                            job_title="Gérante", city="Lyon", salesperson="Julie Martin", seller_company="Relance")
    try:
        _ENV.from_string(_source(script)).render(sample)
    except jinja2.TemplateSyntaxError as exc:
        return [words["syntax"].format(line=exc.lineno, why=exc.message)]
    except jinja2.UndefinedError as exc:
        found = re.search(r"attribute '([^']*)'|'([^']*)' is undefined", exc.message or "")
        name = next((g for g in found.groups() if g), "") if found else (exc.message or "")
        return [words["unknown"].format(why=name, names=", ".join("{{ " + n + " }}" for n in PLACEHOLDERS))]
    except jinja2.TemplateError as exc:  # the sandbox refused something
        return [words["refused"].format(why=exc)]
    return []


def fill_script(script: str, context: dict[str, Any]) -> str:
    """``script`` filled for one call; as written (placeholders kept) if it cannot be, so that no call stops."""
    try:
        return _ENV.from_string(_source(script)).render(context)
    except jinja2.TemplateError:
        return script

"""What an email template knows of its contact and its sender: one place for the quote, campaign and scenario
emails (and the call-list script), so a greeting and a signature read the same everywhere.

French letters open with « Madame, » or « Bonjour Madame Fontaine, », never « Mme Fontaine, »: the
civility is written out (``salutation``: « Madame », « Monsieur »), and ``greeting`` is the opening line
without its comma (« Bonjour Madame Fontaine », or « Bonjour Élise » without a civility). The signature
block never repeats the sender's name when it already starts with it (the closing names the sender).
"""

from __future__ import annotations

from typing import Any

#: Civilities as stored (the contact form's choices) and as written out in a letter.
SALUTATIONS = {"M.": "Monsieur", "Mme": "Madame", "Mlle": "Madame", "M": "Monsieur", "Mr": "Monsieur",
               "Mme.": "Madame", "Monsieur": "Monsieur", "Madame": "Madame"}


def contact_context(*, civility: str | None, first_name: str | None, last_name: str | None,
                    email: str | None = "", company: str | None = "", job_title: str | None = "",
                    city: str | None = "") -> dict[str, Any]:
    """The ``contact`` of a template.

    Returns:
        ``civility`` (as stored), ``salutation`` (written out, or empty), ``greeting`` (the opening line
        without its comma), the names, ``full_name``, ``email``, ``company``, ``job_title``, ``city``.
    """
    first, last = (first_name or "").strip(), (last_name or "").strip()
    salutation = SALUTATIONS.get((civility or "").strip(), "")
    if salutation and last:
        greeting = f"Bonjour {salutation} {last}"
    elif first:
        greeting = f"Bonjour {first}"
    else:
        greeting = f"Bonjour {salutation}" if salutation else "Bonjour"
    return {"civility": civility or "", "salutation": salutation, "greeting": greeting, "first_name": first,
            "last_name": last, "full_name": f"{first} {last}".strip(), "email": email or "",
            "company": company or "", "job_title": job_title or "", "city": city or ""}


def sender_context(name: str, address: str, signature: str) -> dict[str, str]:
    """The ``sender`` of a template: the signature without a first line that only repeats the name."""
    lines = signature.strip("\n").splitlines()
    if lines and " ".join(lines[0].split()).casefold() == " ".join(name.split()).casefold():
        lines = lines[1:]
    return {"name": name, "address": address, "signature": "\n".join(lines).strip("\n")}

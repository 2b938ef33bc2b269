"""Validation of what people type: emails, phones, SIRET, VAT numbers, IBAN, BIC.

Each ``check_*`` returns the normalised value or raises :class:`InvalidValue` with a message
key and a plain-language message. Empty input is the caller's business (optional fields
pass ``None`` through ``optional``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# phonenumbers and python-stdnum are imported where used: the list views format phones while the
# window first paints, and these two libraries take ~35 ms to import.

_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


class Problem(str):
    """A plain-language message that also carries a key (and values) for the interface to translate.

    It is a ``str`` so that code that only shows or stores the message needs nothing more.
    """

    key: str
    params: dict[str, object]

    def __new__(cls, key: str, message: str, **params: object) -> Problem:
        problem = super().__new__(cls, message)
        problem.key = key
        problem.params = params
        return problem


class InvalidValue(ValueError):
    """A value the user typed is not acceptable; ``message`` says what to fix."""

    def __init__(self, key: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.key = key
        self.message = Problem(key, message, **params)


def clean_text(value: str, max_length: int = 300, field: str = "text") -> str:
    """Trim a free text, refusing control characters, NUL and lone surrogates."""
    if _CONTROL.search(value.replace("\n", "").replace("\t", "")):
        raise InvalidValue("control_chars", "contains invisible control characters")
    value = value.strip()
    if len(value) > max_length:
        raise InvalidValue("too_long", f"is too long ({len(value)} characters, at most {max_length})",
                           length=len(value), limit=max_length)
    return value


def check_email(value: str) -> str:
    """An email address, lower-cased domain; at most 320 characters."""
    value = value.strip()
    if _CONTROL.search(value) or len(value) > 320 or not _EMAIL.match(value):
        raise InvalidValue("email", "is not a valid email address (example: jeanne.martin@exemple.fr)")
    local, domain = value.rsplit("@", 1)
    if len(local) > 64:
        raise InvalidValue("email", "is not a valid email address (the part before @ is too long)")
    return f"{local}@{domain.lower()}"


# A French number written the French way: ten digits from the trunk prefix 0, in pairs or not, with spaces, dots or
# dashes between them (« 06 12 34 56 78 », « 01.45.67.89.12 »), or after +33 without the 0.
_FRENCH_TYPED = re.compile(r"(?:0|\+33[ .-]?)([1-9](?:[ .-]?\d){8})")
_SEPARATORS = str.maketrans("", "", " .-")


def check_phone(value: str, region: str = "FR") -> str:
    """A phone number in E.164 (``+33612345678``), read in ``region`` when it has no prefix.

    A French number written the French way is read without ``phonenumbers.parse`` (which costs three quarters
    of a check: 17 of 25 µs, a third of a second on an import of 20,000 phones): its digits are the national number
    ``parse`` would find; whether it is valid is still asked of ``phonenumbers``.
    """
    import phonenumbers

    if _CONTROL.search(value) or len(value) > 40:
        raise InvalidValue("phone", "is not a valid phone number")
    french = _FRENCH_TYPED.fullmatch(value.strip()) if region == "FR" else None
    try:
        number = (phonenumbers.PhoneNumber(country_code=33, national_number=int(french.group(1).translate(_SEPARATORS)))
                  if french else phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException as exc:
        raise InvalidValue("phone", "is not a valid phone number (example: 06 12 34 56 78)") from exc
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue("phone", "is not a valid phone number (example: 06 12 34 56 78)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_FRENCH = re.compile(r"^\+33([1-79])(\d{2})(\d{2})(\d{2})(\d{2})$")


def format_phone(e164: str | None, region: str = "FR") -> str:
    """Show an E.164 number the local way (``06 12 34 56 78`` in France)."""
    if not e164:
        return ""
    french = _FRENCH.match(e164)
    if french and region == "FR":
        return "0" + french.group(1) + " " + " ".join(french.groups()[1:])
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, region)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL
           if phonenumbers.region_code_for_number(number) == region
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


def check_siret(value: str) -> str:
    """A French SIRET: 14 digits with a valid checksum (La Poste's special rule included)."""
    from stdnum.exceptions import ValidationError
    from stdnum.fr import siret as fr_siret

    compact = re.sub(r"[\s.-]", "", value)
    try:
        return str(fr_siret.validate(compact))
    except ValidationError as exc:
        if compact.isdigit() and len(compact) != 14:
            raise InvalidValue("siret_length", f"a SIRET has 14 digits, not {len(compact)}",
                               length=len(compact)) from exc
        raise InvalidValue("siret", "is not a valid SIRET (its check digit is wrong)") from exc


def check_siren(value: str) -> str:
    """A French SIREN: 9 digits, Luhn checksum."""
    from stdnum import luhn

    compact = re.sub(r"[\s.-]", "", value)
    if not (compact.isdigit() and len(compact) == 9 and luhn.is_valid(compact)):
        raise InvalidValue("siren", "is not a valid SIREN (9 digits)")
    return compact


def check_vat_number(value: str) -> str:
    """An EU VAT number (``FR40303265045``), checked with its country's rule."""
    from stdnum.eu import vat as eu_vat
    from stdnum.exceptions import ValidationError

    compact = re.sub(r"[\s.-]", "", value).upper()
    try:
        return str(eu_vat.validate(compact))
    except ValidationError as exc:
        raise InvalidValue("vat_number", "is not a valid EU VAT number (example: FR40303265045)") from exc


def check_iban(value: str) -> str:
    """An IBAN, compact and upper case, with a valid checksum."""
    from stdnum import iban as std_iban
    from stdnum.exceptions import ValidationError

    try:
        return str(std_iban.validate(value))
    except ValidationError as exc:
        raise InvalidValue("iban", "is not a valid IBAN (check the digits)") from exc


def check_bic(value: str) -> str:
    """A BIC (8 or 11 characters)."""
    from stdnum import bic as std_bic
    from stdnum.exceptions import ValidationError

    try:
        return str(std_bic.validate(value))
    except ValidationError as exc:
        raise InvalidValue("bic", "is not a valid BIC (8 or 11 letters and digits)") from exc


def optional(check: Callable[[str], str], value: str | None) -> str | None:
    """Apply ``check`` to a value that may be left empty."""
    if value is None or not value.strip():
        return None
    return check(value)

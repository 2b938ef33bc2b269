"""Drafts of contacts and companies as typed in a form or an import row, and their validation.

``validate_*`` returns ``(clean_draft, errors)``: ``errors`` maps a field name to a plain-language
message; a draft with errors must never reach the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from desktop.core.validation import (
    InvalidValue,
    Problem,
    check_bic,
    check_email,
    check_iban,
    check_phone,
    check_siret,
    check_vat_number,
    clean_text,
)

CONTACT_STATUSES = ("prospect", "client")
CIVILITIES = ("", "M.", "Mme")


@dataclass(frozen=True)
class ContactDraft:
    first_name: str = ""
    last_name: str = ""
    civility: str = ""
    job_title: str = ""
    email: str = ""
    email2: str = ""
    phone: str = ""
    mobile: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    company_name: str = ""
    status: str = "prospect"
    is_consumer: bool = False
    tracking_consent: bool | None = None
    marketing_consent: bool = False
    do_not_contact: bool = False
    notes: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CompanyDraft:
    legal_name: str = ""
    legal_form: str = ""
    siret: str = ""
    vat_number: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    website: str = ""
    phone: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


_TEXT_LIMITS = {
    "first_name": 100, "last_name": 100, "job_title": 150, "address": 300, "postal_code": 12,
    "city": 100, "company_name": 200, "notes": 10_000, "legal_name": 200, "legal_form": 60,
    "website": 300, "civility": 10,
}


def _run(errors: dict[str, str], name: str, check: Callable[[str], str], value: str) -> str:
    if not value.strip():
        return ""
    try:
        return check(value)
    except InvalidValue as exc:
        errors[name] = exc.message
        return value


def _clean_texts(draft: ContactDraft | CompanyDraft | SellerDraft, errors: dict[str, str],
                 limits: dict[str, int] = _TEXT_LIMITS) -> dict[str, Any]:
    """Trim the free-text fields named in ``limits``; a field refused by ``clean_text`` goes to ``errors``."""
    cleaned: dict[str, str] = {}
    for f in fields(draft):
        value = getattr(draft, f.name)
        if isinstance(value, str) and f.name in limits:
            try:
                cleaned[f.name] = clean_text(value, limits[f.name])
            except InvalidValue as exc:
                errors[f.name] = exc.message
    return cleaned


def _clean_tags(tags: tuple[str, ...], errors: dict[str, str]) -> tuple[str, ...]:
    out: list[str] = []
    for tag in tags:
        try:
            name = clean_text(tag, 80)
        except InvalidValue as exc:
            errors["tags"] = exc.message
            continue
        if name and name not in out:
            out.append(name)
    return tuple(out)


def validate_contact(draft: ContactDraft, region: str = "FR") -> tuple[ContactDraft, dict[str, str]]:
    """Check and normalise a contact: a name, valid emails, phones in E.164, a known status."""
    errors: dict[str, str] = {}
    texts = _clean_texts(draft, errors)
    clean = replace(draft, **texts)
    if not (clean.first_name or clean.last_name) and "last_name" not in errors:
        errors["last_name"] = Problem("name_required", "a contact needs a first or last name")
    email = _run(errors, "email", check_email, draft.email)
    email2 = _run(errors, "email2", check_email, draft.email2)
    phone = _run(errors, "phone", lambda v: check_phone(v, region), draft.phone)
    mobile = _run(errors, "mobile", lambda v: check_phone(v, region), draft.mobile)
    if draft.status not in CONTACT_STATUSES:
        errors["status"] = Problem("status", "status must be prospect or client")
    if draft.civility not in CIVILITIES:
        errors["civility"] = Problem("civility", "civility must be M., Mme or empty")
    clean = replace(clean, email=email, email2=email2, phone=phone, mobile=mobile,
                    tags=_clean_tags(draft.tags, errors))
    return clean, errors


def validate_company(draft: CompanyDraft, region: str = "FR") -> tuple[CompanyDraft, dict[str, str]]:
    """Check and normalise a company: a legal name, a valid SIRET and VAT number if given."""
    errors: dict[str, str] = {}
    texts = _clean_texts(draft, errors)
    clean = replace(draft, **texts)
    if not clean.legal_name and "legal_name" not in errors:
        errors["legal_name"] = Problem("legal_name_required", "a company needs its legal name")
    siret = _run(errors, "siret", check_siret, draft.siret)
    vat = _run(errors, "vat_number", check_vat_number, draft.vat_number)
    phone = _run(errors, "phone", lambda v: check_phone(v, region), draft.phone)
    clean = replace(clean, siret=siret, vat_number=vat, phone=phone, tags=_clean_tags(draft.tags, errors))
    return clean, errors


@dataclass(frozen=True)
class SellerDraft:
    """The seller's own company as typed at first start or in the settings; all may be completed later."""

    legal_name: str = ""
    legal_form: str = ""
    siret: str = ""
    vat_number: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    # The settings page (Paramètres › Ma société) fills these too; they are text as typed.
    share_capital: str = ""
    rcs_city: str = ""
    registry_kind: str = "RCS"  # RCS (trade register) or RM (crafts register, artisans)
    iban: str = ""
    bic: str = ""
    cgv: str = ""
    validity_days: str = "30"
    payment_terms: str = ""
    vat_exemption_mention: str = ""
    logo: bytes | None = None
    late_payment_rate: str = ""  # « trois fois le taux d'intérêt légal », printed with the 40 € indemnity
    building_trade: bool = False  # a building trade prints its decennial insurance
    decennial_insurer: str = ""
    decennial_coverage: str = ""
    decennial_area: str = ""


_SELLER_TEXT_LIMITS = {"legal_name": 200, "legal_form": 60, "address": 300, "postal_code": 12, "city": 100,
                       "rcs_city": 100, "cgv": 50_000, "payment_terms": 300, "vat_exemption_mention": 200,
                       "late_payment_rate": 200, "decennial_insurer": 200, "decennial_coverage": 300,
                       "decennial_area": 200}


def validate_seller(draft: SellerDraft, region: str = "FR") -> tuple[SellerDraft, dict[str, str]]:
    """Check what is filled in: a valid SIRET, VAT number, email, phone, IBAN and BIC when given.

    The share capital must be an amount in euros and the default validity a number of days (1 to 365).
    """
    errors: dict[str, str] = {}
    clean = replace(draft, **_clean_texts(draft, errors, _SELLER_TEXT_LIMITS))
    return replace(
        clean,
        siret=_run(errors, "siret", check_siret, draft.siret),
        vat_number=_run(errors, "vat_number", check_vat_number, draft.vat_number),
        email=_run(errors, "email", check_email, draft.email),
        phone=_run(errors, "phone", lambda v: check_phone(v, region), draft.phone),
        iban=_run(errors, "iban", check_iban, draft.iban),
        bic=_run(errors, "bic", check_bic, draft.bic),
        share_capital=_seller_capital(draft.share_capital, errors),
        validity_days=_seller_validity(draft.validity_days, errors),
        registry_kind=_seller_registry(draft.registry_kind, errors),
    ), errors


def _seller_registry(value: str, errors: dict[str, str]) -> str:
    if value not in ("RCS", "RM"):
        errors["registry_kind"] = Problem("registry_kind", "RCS (commerce) ou RM (métiers)")
        return "RCS"
    return value


def _seller_capital(value: str, errors: dict[str, str]) -> str:
    from desktop.core.money import describe_problem, to_decimal, validate_amount

    if not value.strip():
        return ""
    text = value.strip().removesuffix("€").strip()
    problem = validate_amount(text)
    if problem is not None:
        errors["share_capital"] = Problem(problem.key, describe_problem(problem), **problem.params)
        return value
    return str(to_decimal(text))


def _seller_validity(value: str, errors: dict[str, str]) -> str:
    text = value.strip()
    if not text.isdigit() or not 1 <= int(text) <= 365:
        errors["validity_days"] = Problem("validity_days", "un nombre de jours entre 1 et 365")
        return value
    return str(int(text))

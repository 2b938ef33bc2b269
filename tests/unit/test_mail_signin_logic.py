"""The sign-in's pure logic: which provider an address or an MX names, which sentence an OAuth2 error or an SMTP
refusal gets, and that a stored pause reason finds its problem back (for its translation)."""

from __future__ import annotations

import pytest

from desktop.services.mail.providers import PRESETS, preset, preset_for_mx, provider_for
from desktop.services.mail.signin_problems import (
    ENGLISH,
    Reason,
    failure_of_error,
    problem,
    problem_of_reason,
    smtp_refusal,
)


@pytest.mark.parametrize(("address", "expected"), [("Paul@Wanadoo.FR", "orange"), ("a@hotmail.fr", "microsoft365"),
                                                   ("b@gmail.com", "google"), ("c@ik.me", "infomaniak")])
def test_a_providers_own_domain_names_it_without_any_lookup(address: str, expected: str) -> None:
    def never(_domain: str) -> list[str]:
        raise AssertionError("no lookup for a provider's own domain")

    guess = provider_for(address, resolve=never)
    assert guess is not None and (guess.preset.id, guess.by) == (expected, "domain")


def test_a_custom_domain_is_named_by_its_first_matching_mx_and_nothing_is_guessed_without_one() -> None:
    assert preset_for_mx(["mx.unknown.example", "atelier-fr.mail.protection.outlook.com."]) == preset("microsoft365")
    assert preset_for_mx(["aspmx.l.google.com"]) == preset("google")
    assert preset_for_mx(["notgoogle.com.evil.example"]) is None  # a suffix, not a substring
    assert provider_for("x@atelier.fr", resolve=lambda _d: []) is None
    assert provider_for("x@atelier.fr", resolve=None) is None and provider_for("pas-une-adresse") is None


def test_the_presets_cover_the_issues_providers_and_only_gmail_and_microsoft_file_their_own() -> None:
    assert [p.id for p in PRESETS] == ["microsoft365", "google", "ovh", "orange", "free", "sfr", "ionos", "gandi",
                                       "infomaniak", "other"]
    assert {p.id for p in PRESETS if p.files_sent} == {"microsoft365", "google"}
    assert {p.id: p.oauth for p in PRESETS if p.oauth} == {"microsoft365": "microsoft", "google": "google"}
    assert preset("") == preset("nonsense") == preset("other")


@pytest.mark.parametrize(("answer", "reason"), [
    ({"error": "invalid_grant", "error_description": "AADSTS65001: consent"}, Reason.ADMIN_CONSENT),
    ({"error": "invalid_grant", "error_codes": [90094]}, Reason.ADMIN_CONSENT),
    ({"error": "invalid_grant", "error_description": "AADSTS53003: blocked by CA"}, Reason.POLICY_BLOCKED),
    ({"error": "invalid_grant", "error_description": "AADSTS70008: expired"}, Reason.GRANT_REVOKED),
    ({"error": "access_denied"}, Reason.CANCELLED),
    ({"error": "invalid_client"}, Reason.CLIENT_REFUSED),
    ({"error": "temporarily_unavailable"}, Reason.REFUSED),
])
def test_each_oauth_error_gets_its_reason(answer: dict[str, object], reason: Reason) -> None:
    assert failure_of_error(answer, "Microsoft 365").reason is reason


@pytest.mark.parametrize(("code", "words", "oauth", "host", "key"), [
    (550, "5.7.30 Basic authentication is not supported for Client Submission.", False, "smtp.office365.com",
     "smtp_basic_auth_disabled"),
    (535, "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", True,
     "smtp.office365.com", "smtp_auth_disabled_tenant"),
    (535, "5.7.3 Authentication unsuccessful", True, "smtp.office365.com", "smtp_auth_unsuccessful_oauth"),
    (535, "5.7.3 Authentication unsuccessful", False, "smtp.office365.com", "smtp_auth_unsuccessful_password"),
    (534, "5.7.9 Application-specific password required.", False, "smtp.gmail.com", "smtp_app_password_needed"),
    (535, "5.7.8 Username and Password not accepted. gsmtp", True, "smtp.gmail.com", "smtp_token_refused"),
])
def test_each_smtp_refusal_gets_its_sentence_ending_with_the_servers_words(
        code: int, words: str, oauth: bool, host: str, key: str) -> None:
    said = smtp_refusal(code, words, oauth=oauth, host=host)
    assert said is not None and said.key == key and str(said).endswith(f"{code} {words}")
    assert smtp_refusal(535, "5.7.8 bad credentials", oauth=False, host="mail.example") is None


def test_a_stored_reason_finds_its_problem_and_values_back() -> None:
    for key in ENGLISH:
        said = problem(key, provider="Google", minutes=5, error="invalid_scope", description="d", words="535 x")
        found = problem_of_reason(str(said))
        assert found is not None and found.key == key, key
    assert problem_of_reason(str(problem("oauth_grant_revoked", provider="Microsoft 365"))).params == {  # type: ignore[union-attr]
        "provider": "Microsoft 365"}
    assert problem_of_reason("421 try later") is None and problem_of_reason(None) is None

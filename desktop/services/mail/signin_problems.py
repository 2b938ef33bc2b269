"""The sentences for what went wrong when signing in to a mailbox, each a :class:`~desktop.core.validation.Problem`.

Every failure of the OAuth2 sign-in (:class:`SignInFailure`) and every login refusal worth more than the
server's words (``550 5.7.30``, ``5.7.139``, ``535 5.7.3``, Gmail's app-password answers: :func:`smtp_refusal`)
has a key, English words with its values filled in, and the values; the interface translates by key
(French first). Each sentence says what happened and what to do. None holds a token or a password: the
server's words that are quoted are its error texts, which hold neither.

The outbox keeps the English words of a pause as its reason (``last_error``); :func:`problem_of_reason`
finds the problem back from them, so the status bar can show the translation.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any

from desktop.core.validation import Problem

#: English words of each problem; ``{provider}``, ``{minutes}``, ``{error}``, ``{description}``, ``{words}``
#: are its values.
ENGLISH: Mapping[str, str] = {
    "oauth_grant_revoked": "Your {provider} sign-in has expired or was withdrawn: sign in again in Settings › "
                           "Sending. The queued messages wait; nothing is lost.",
    "oauth_admin_consent": "Your organisation must approve Relance before you can sign in: ask your Microsoft 365 "
                           "administrator to grant admin consent to Relance (Microsoft Entra admin centre › "
                           "Enterprise applications), then sign in again.",
    "oauth_policy_blocked": "Your organisation's access rules block this sign-in: ask your administrator to allow "
                            "Relance, or sign in through the browser rather than with a code.",
    "oauth_cancelled": "The sign-in was cancelled: click « Se connecter » again when you are ready.",
    "oauth_timeout": "The sign-in was not finished in the browser within {minutes} minutes: click « Se connecter » "
                     "again.",
    "oauth_state_mismatch": "The browser's answer did not belong to this sign-in (perhaps from another window): "
                            "sign in again.",
    "oauth_network": "The {provider} sign-in server could not be reached: check your connection; Relance tries "
                     "again later.",
    "oauth_not_configured": "This copy of Relance has no {provider} registration (client ID): use an app password "
                            "with the password sign-in, or ask whoever installed Relance to set one.",
    "oauth_client_refused": "{provider} refused Relance's registration ({error}): the client ID in the settings is "
                            "wrong, or not allowed for your organisation.",
    "oauth_sign_in_required": "Sign in to {provider} first: Settings › Sending › « Se connecter ».",
    "oauth_keyring": "The sign-in cannot be kept: no system keyring is available (see Settings).",
    "oauth_refused": "{provider} refused the sign-in: {error} {description}",
    "smtp_basic_auth_disabled": "Microsoft 365 no longer accepts a password for sending (basic authentication is "
                                "off for your organisation): choose « Se connecter avec Microsoft » in Settings › "
                                "Sending. Server: {words}",
    "smtp_auth_disabled_tenant": "Sending through SMTP is turned off for your Microsoft 365 organisation or "
                                 "mailbox: ask your administrator to turn on « SMTP authentifié » for your mailbox "
                                 "(Microsoft 365 admin centre › Users › Mail › Manage email apps). Server: {words}",
    "smtp_auth_unsuccessful_oauth": "Microsoft 365 refused the sign-in for sending: check that the sending address "
                                    "is the account you signed in with; if it is, ask your administrator to turn on "
                                    "« SMTP authentifié » for your mailbox. Server: {words}",
    "smtp_auth_unsuccessful_password": "Microsoft 365 refused the password: check it, or choose « Se connecter avec "
                                       "Microsoft » (Microsoft turns passwords off for sending at the end of "
                                       "December 2026). Server: {words}",
    "smtp_app_password_needed": "Google refuses your usual password here: create an app password (Google Account › "
                                "Security › App passwords, with 2-Step Verification on) and type it instead, or "
                                "choose « Se connecter avec Google ». Server: {words}",
    "smtp_token_refused": "The server refused the sign-in: sign in again in Settings › Sending. Server: {words}",
    "imap_oauth_refused": "The mailbox refused the sign-in: check that you signed in with this address and that "
                          "IMAP is allowed for your mailbox (Microsoft 365: your administrator decides). "
                          "Server: {words}",
}


class Reason(enum.Enum):
    """Why a sign-in failed; the value is the problem's key."""

    GRANT_REVOKED = "oauth_grant_revoked"
    ADMIN_CONSENT = "oauth_admin_consent"
    POLICY_BLOCKED = "oauth_policy_blocked"
    CANCELLED = "oauth_cancelled"
    TIMEOUT = "oauth_timeout"
    STATE_MISMATCH = "oauth_state_mismatch"
    NETWORK = "oauth_network"
    NOT_CONFIGURED = "oauth_not_configured"
    CLIENT_REFUSED = "oauth_client_refused"
    SIGN_IN_REQUIRED = "oauth_sign_in_required"
    KEYRING = "oauth_keyring"
    REFUSED = "oauth_refused"


def problem(key: str, **params: Any) -> Problem:
    """The problem of ``key`` with its English words filled in.

    Args:
        key: A key of :data:`ENGLISH`.
        **params: Its values (missing ones are written empty).

    Returns:
        The problem.
    """
    values = {"provider": "", "minutes": "", "error": "", "description": "", "words": "", **params}
    words = ENGLISH[key].format(**values).replace("  ", " ").strip()
    return Problem(key, words, **params)


class SignInFailure(Exception):
    """A sign-in or a refresh failed; ``problem`` says why and what to do.

    Attributes:
        reason: Why.
        params: The problem's values (the provider's name, the server's error...).
        problem: The worded problem (its text is the exception's text).
    """

    def __init__(self, reason: Reason, **params: Any) -> None:
        self.reason = reason
        self.params = params
        self.problem = problem(reason.value, **params)
        super().__init__(str(self.problem))

    def for_provider(self, provider: str) -> SignInFailure:
        """The same failure naming ``provider`` (when it named none)."""
        if self.params.get("provider") or not provider:
            return self
        return SignInFailure(self.reason, **{**self.params, "provider": provider})


_AADSTS = re.compile(r"AADSTS(\d+)")
#: Microsoft's codes that mean an administrator must approve the application (first, the tenant's consent).
_ADMIN_CODES = frozenset({65001, 90094, 90095, 90099})
#: Access blocked by the organisation's rules (Conditional Access, a blocked flow, a blocked user).
_POLICY_CODES = frozenset({53003, 53000, 53001, 50105, 50097})


def _codes(answer: Mapping[str, Any]) -> set[int]:
    found = {int(c) for c in _AADSTS.findall(str(answer.get("error_description") or ""))}
    raw = answer.get("error_codes")
    if isinstance(raw, list):
        found.update(int(c) for c in raw if isinstance(c, int) or (isinstance(c, str) and c.isdigit()))
    return found


def failure_of_error(answer: Mapping[str, Any], provider: str) -> SignInFailure:
    """The worded failure of an OAuth2 error answer (RFC 6749, 4.1.2.1 and 5.2; Microsoft's AADSTS codes).

    Args:
        answer: The error answer (``error``, ``error_description``, Microsoft's ``error_codes``).
        provider: The provider's name for sentences.

    Returns:
        The failure.
    """
    error = str(answer.get("error") or "")
    description = str(answer.get("error_description") or "")[:300]
    codes = _codes(answer)
    if codes & _ADMIN_CODES:
        return SignInFailure(Reason.ADMIN_CONSENT, provider=provider)
    if codes & _POLICY_CODES:
        return SignInFailure(Reason.POLICY_BLOCKED, provider=provider)
    if error in ("invalid_grant", "interaction_required", "login_required", "consent_required"):
        return SignInFailure(Reason.GRANT_REVOKED, provider=provider)
    if error == "access_denied":
        return SignInFailure(Reason.CANCELLED, provider=provider)
    if error in ("invalid_client", "unauthorized_client", "unsupported_grant_type"):
        return SignInFailure(Reason.CLIENT_REFUSED, provider=provider, error=error)
    return SignInFailure(Reason.REFUSED, provider=provider, error=error or "?", description=description)


_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


def smtp_refusal(code: int, words: str, *, oauth: bool, host: str = "") -> Problem | None:
    """The sentence for a refused SMTP login, when it says more than the server's words.

    Args:
        code: The reply code (``535``, ``550``...).
        words: The server's words (scrubbed of what was sent).
        oauth: True when the login was an OAuth2 token, False for a password.
        host: The server's name (Gmail and Microsoft are told apart by it and by the words).

    Returns:
        The problem (its words end with the server's), or None when the server's words are best alone.
    """
    found = _STATUS.search(words)
    status = found.group(0) if found else ""
    said = f"{code} {words}".strip()
    lowered = words.lower()
    google = "gmail" in host.lower() or "google" in host.lower() or "gsmtp" in lowered
    if status == "5.7.30" or (status == "5.7.139" and "basic authentication" in lowered):
        return problem("smtp_auth_disabled_tenant" if oauth else "smtp_basic_auth_disabled", words=said)
    if status == "5.7.139":
        return problem("smtp_auth_disabled_tenant", words=said)
    if status == "5.7.3" and code == 535:
        return problem("smtp_auth_unsuccessful_oauth" if oauth else "smtp_auth_unsuccessful_password", words=said)
    if google and not oauth and (status in ("5.7.8", "5.7.9") or "application-specific password" in lowered):
        return problem("smtp_app_password_needed", words=said)
    if oauth and code in (334, 535, 530, 454):
        return problem("smtp_token_refused", words=said)
    return None


def problem_of_reason(reason: str | None) -> Problem | None:
    """The problem whose English words a stored reason (an outbox pause's ``last_error``) starts with.

    Args:
        reason: The stored words, or None.

    Returns:
        The problem with its values, or None for any other words (shown as they are).
    """
    if not reason:
        return None
    best: tuple[int, Problem] | None = None
    for key, template in ENGLISH.items():
        pattern = re.escape(template)
        for name in ("provider", "minutes", "error", "description", "words"):
            pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>.*?)")
        found = re.fullmatch(pattern.replace(" ", " ?"), reason, re.DOTALL)  # empty values fold their spaces
        literal = len(re.sub(r"\{\w+\}", "", template))  # the most specific sentence wins ("{provider} refused...")
        if found is not None and (best is None or literal > best[0]):
            best = literal, Problem(key, reason, **{k: v for k, v in found.groupdict().items() if v is not None})
    return best[1] if best is not None else None

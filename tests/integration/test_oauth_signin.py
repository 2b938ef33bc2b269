"""The mailbox sign-in against a real OAuth2 authorization server on loopback (oauth2-mock-server, started by the
suite): the browser's round trip through the loopback redirect (followed by the test instead of a browser),
PKCE checked by the server, Microsoft's flow through msal over HTTPS, the refresh before expiry on an injected
clock, a revoked refresh token, admin consent, a cancelled or foreign answer, each failure worded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from desktop.services.mail.oauth_microsoft import MicrosoftSignIn
from desktop.services.mail.oauth_tokens import ACCESS_KEY, TokenBroker, sign_out, signed_in
from desktop.services.mail.signin_problems import Reason, SignInFailure, problem_of_reason
from desktop.services.secrets import SecretName, SecretStore, check_keyring
from tests.support.memkeyring import MemoryKeyring
from tests.support.oauth2_server import Browser, OAuthServer

USER = "claire.martin@atelier.test"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store() -> SecretStore:
    backend = MemoryKeyring()
    return SecretStore(check_keyring(backend), backend)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_the_browser_round_trip_signs_in_with_pkce_and_keeps_the_refresh_token_in_the_keyring_only(
        oauth_server: OAuthServer, browser: Browser, store: SecretStore, clock: Clock) -> None:
    flow = oauth_server.generic()
    tokens = flow.sign_in(browser.open, clock=clock, login_hint=USER)
    query = dict(parse_qsl(urlsplit(browser.opened[0]).query))
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["redirect_uri"].startswith("http://127.0.0.1:") and query["login_hint"] == USER
    assert "code_verifier" not in browser.opened[0]
    browser.join()
    assert browser.landed[0].status_code == 200 and "Connexion terminée" in browser.landed[0].text
    assert tokens.account == USER and tokens.refresh_token and tokens.expires_at == clock.now + timedelta(hours=1)
    assert USER not in repr(tokens) or tokens.access_token not in repr(tokens)
    assert tokens.access_token not in repr(tokens) and tokens.refresh_token not in repr(tokens)

    broker = TokenBroker(flow, store, clock)
    broker.accept(tokens)
    assert store.get(SecretName.OAUTH_REFRESH_TOKEN) == tokens.refresh_token
    assert broker.access_token() == tokens.access_token  # from memory: no request
    assert oauth_server.issued() == {"authorization_code": 1}
    assert signed_in(store)
    sign_out(store)
    assert not signed_in(store) and store.held(ACCESS_KEY, clock.now) is None


def test_the_access_token_is_renewed_before_it_expires_and_the_rotated_refresh_token_kept(
        oauth_server: OAuthServer, browser: Browser, store: SecretStore, clock: Clock) -> None:
    flow = oauth_server.generic()
    broker = TokenBroker(flow, store, clock)
    first = flow.sign_in(browser.open, clock=clock, login_hint=USER)
    broker.accept(first)
    clock.now += timedelta(minutes=54)  # six minutes left: still the same token
    assert broker.access_token() == first.access_token
    assert oauth_server.issued() == {"authorization_code": 1}
    clock.now += timedelta(minutes=2)  # four minutes left, under the five-minute margin: renewed silently
    renewed = broker.access_token()
    assert renewed != first.access_token
    assert oauth_server.issued() == {"authorization_code": 1, "refresh_token": 1}
    rotated = store.get(SecretName.OAUTH_REFRESH_TOKEN)
    assert rotated and rotated != first.refresh_token  # the server rotates: the new one is kept
    assert broker.access_token() == renewed  # held again until the new expiry
    assert broker.access_token(fresh=True) != renewed  # a refused token is renewed on demand
    assert oauth_server.issued()["refresh_token"] == 2


def test_a_revoked_refresh_token_is_worded_and_asks_to_sign_in_again(
        oauth_server: OAuthServer, browser: Browser, store: SecretStore, clock: Clock) -> None:
    flow = oauth_server.generic()
    broker = TokenBroker(flow, store, clock)
    tokens = flow.sign_in(browser.open, clock=clock, login_hint=USER)
    broker.accept(tokens)
    assert tokens.refresh_token
    oauth_server.revoke(tokens.refresh_token)
    clock.now += timedelta(hours=2)
    with pytest.raises(SignInFailure) as caught:
        broker.access_token()
    assert caught.value.reason is Reason.GRANT_REVOKED
    assert caught.value.problem.key == "oauth_grant_revoked"
    assert str(caught.value).startswith("Your Google sign-in has expired or was withdrawn: sign in again")
    assert tokens.refresh_token not in str(caught.value)
    found = problem_of_reason(str(caught.value))  # the outbox keeps the words; the GUI finds the key back
    assert found is not None and found.key == "oauth_grant_revoked" and found.params["provider"] == "Google"


def test_without_a_sign_in_the_broker_says_to_sign_in_first(
        oauth_server: OAuthServer, store: SecretStore, clock: Clock) -> None:
    with pytest.raises(SignInFailure) as caught:
        TokenBroker(oauth_server.generic(), store, clock).access_token()
    assert caught.value.problem.key == "oauth_sign_in_required"
    assert oauth_server.issued() == {}


@pytest.mark.parametrize(("answer", "reason"), [
    ({"error": "invalid_grant", "error_description": "AADSTS65001: The user or administrator has not consented "
      "to use the application with ID 'relance'."}, Reason.ADMIN_CONSENT),
    ({"error": "invalid_grant", "error_description": "AADSTS53003: Access has been blocked by Conditional Access "
      "policies."}, Reason.POLICY_BLOCKED),
    ({"error": "invalid_client", "error_description": "AADSTS700016: Application not found."},
     Reason.CLIENT_REFUSED),
])
def test_a_refused_renewal_gets_its_own_sentence(oauth_server: OAuthServer, browser: Browser, store: SecretStore,
                                                 clock: Clock, answer: dict[str, str], reason: Reason) -> None:
    flow = oauth_server.generic("Microsoft 365")
    broker = TokenBroker(flow, store, clock)
    broker.accept(flow.sign_in(browser.open, clock=clock, login_hint=USER))
    oauth_server.script(token=[answer])
    with pytest.raises(SignInFailure) as caught:
        broker.access_token(fresh=True)
    assert caught.value.reason is reason
    assert caught.value.problem.key == reason.value


def test_an_administrator_approval_asked_in_the_browser_is_worded(
        oauth_server: OAuthServer, browser: Browser, clock: Clock) -> None:
    oauth_server.script(authorize=[{"error": "access_denied", "error_description": "AADSTS90094: An administrator "
                                    "of Contoso has set a policy that prevents you from granting Relance the "
                                    "permissions it is requesting."}])
    with pytest.raises(SignInFailure) as caught:
        oauth_server.generic("Microsoft 365").sign_in(browser.open, clock=clock)
    assert caught.value.problem.key == "oauth_admin_consent"
    assert "Microsoft Entra admin centre" in str(caught.value)
    browser.join()
    assert "La connexion n’a pas abouti" in browser.landed[0].text


def test_a_refusal_in_the_browser_is_a_cancelled_sign_in(
        oauth_server: OAuthServer, browser: Browser, clock: Clock) -> None:
    oauth_server.script(authorize=[{"error": "access_denied", "error_description": "The user declined."}])
    with pytest.raises(SignInFailure) as caught:
        oauth_server.generic().sign_in(browser.open, clock=clock)
    assert caught.value.problem.key == "oauth_cancelled"


def test_an_answer_with_another_state_is_refused(oauth_server: OAuthServer, browser: Browser, clock: Clock) -> None:
    def forged(url: str) -> None:  # a page sending the browser back with a state of its own
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        query["state"] = "not-the-one-relance-sent"
        browser.open(parts._replace(query=urlencode(query)).geturl())

    with pytest.raises(SignInFailure) as caught:
        oauth_server.generic().sign_in(forged, clock=clock)
    assert caught.value.problem.key == "oauth_state_mismatch"
    assert oauth_server.issued() == {}  # the code was never traded


def test_closing_the_dialog_stops_the_wait(oauth_server: OAuthServer, clock: Clock) -> None:
    opened: list[str] = []
    with pytest.raises(SignInFailure) as caught:
        oauth_server.generic().sign_in(opened.append, clock=clock, should_stop=lambda: bool(opened))
    assert caught.value.problem.key == "oauth_cancelled" and len(opened) == 1


def test_microsoft_through_msal_signs_in_and_renews(oauth_tls_server: OAuthServer, msal_http: Any,
                                                    browser: Browser, store: SecretStore, clock: Clock) -> None:
    flow = MicrosoftSignIn("relance-test-client", oidc_authority=oauth_tls_server.oidc_authority,
                           http_client=msal_http)
    tokens = flow.sign_in(browser.open, clock=clock, login_hint=USER)
    query = dict(parse_qsl(urlsplit(browser.opened[0]).query))
    assert query["redirect_uri"].startswith("http://localhost:") and query["code_challenge_method"] == "S256"
    assert query["response_mode"] == "form_post" and "offline_access" in query["scope"]
    assert tokens.account == USER and tokens.refresh_token
    broker = TokenBroker(flow, store, clock)
    broker.accept(tokens)
    clock.now += timedelta(minutes=56)
    assert broker.access_token() != tokens.access_token
    assert oauth_tls_server.issued() == {"authorization_code": 1, "refresh_token": 1}
    assert store.get(SecretName.OAUTH_REFRESH_TOKEN) not in (None, tokens.refresh_token)


def test_microsoft_admin_consent_at_the_token_endpoint_is_worded(
        oauth_tls_server: OAuthServer, msal_http: Any, browser: Browser, clock: Clock) -> None:
    flow = MicrosoftSignIn("relance-test-client", oidc_authority=oauth_tls_server.oidc_authority,
                           http_client=msal_http)
    oauth_tls_server.script(token=[{"error": "invalid_grant", "error_codes": [65001],
                                    "error_description": "AADSTS65001: The user or administrator has not "
                                    "consented to use the application."}])
    with pytest.raises(SignInFailure) as caught:
        flow.sign_in(browser.open, clock=clock, login_hint=USER)
    assert caught.value.problem.key == "oauth_admin_consent"

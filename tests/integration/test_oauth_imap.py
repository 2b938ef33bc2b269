"""The reply mailbox with the mailbox's sign-in: the real Dovecot's ``oauth2`` passdb checks the bearer tokens the
real authorization server issued (their signature against its keys, their issuer and expiry, the user), for
AUTHENTICATE OAUTHBEARER and XOAUTH2 alike; a token for another account is refused with its sentence."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desktop.services.imap_check import check_imap
from desktop.services.mail.oauth_tokens import TokenBroker
from desktop.services.replies import ImapAccount, fetch_headers, imap_connect, imap_login
from desktop.services.secrets import SecretStore, check_keyring
from tests.support.imap import SPECIAL_USE_SENT, ImapServer, oauth2_config, passwd_line, start_dovecot
from tests.support.memkeyring import MemoryKeyring
from tests.support.oauth2_server import Browser, OAuthServer

USER = "vendeur@relance.test"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)  # Dovecot checks the tokens' expiry against the real time

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def oauth_dovecot(oauth_server: OAuthServer) -> Iterator[ImapServer]:
    """Dovecot whose ``oauth2`` passdb validates tokens with the authorization server's signing keys."""
    with start_dovecot(users=(passwd_line(USER, "unused-password"),), extra=SPECIAL_USE_SENT,
                       prepare=lambda root: oauth2_config(root, oauth_server.base, oauth_server.jwks())) as server:
        yield server


def _broker(oauth_server: OAuthServer, browser: Browser, user: str = USER) -> TokenBroker:
    backend = MemoryKeyring()
    store, clock = SecretStore(check_keyring(backend), backend), Clock()
    flow = oauth_server.generic()
    broker = TokenBroker(flow, store, clock)
    broker.accept(flow.sign_in(browser.open, clock=clock, login_hint=user))
    return broker


def test_the_mailbox_opens_with_a_token_and_replies_are_read(
        oauth_dovecot: ImapServer, oauth_server: OAuthServer, browser: Browser) -> None:
    account = ImapAccount(oauth_dovecot.host, oauth_dovecot.port, "none", USER)
    broker = _broker(oauth_server, browser)
    found = check_imap(account, broker)  # type: ignore[arg-type]
    assert found.ok, found.answer
    assert found.messages == 0
    assert fetch_headers(account, broker, datetime.now(UTC) - timedelta(days=1)) == []
    assert broker.access_token() not in oauth_dovecot.log


class Forged:
    """A token signed with a key that is not the authorization server's: same issuer, key id and user."""

    provider = "Google"

    def __init__(self, issuer: str) -> None:
        import jwt
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        now = int(datetime.now(UTC).timestamp())
        self.token = jwt.encode({"iss": issuer, "email": USER, "iat": now, "nbf": now - 10, "exp": now + 600}, key,
                                algorithm="RS256", headers={"kid": "relance-test-key"})

    def access_token(self, *, fresh: bool = False) -> str:
        return self.token


def test_a_token_not_signed_by_the_server_is_refused(oauth_dovecot: ImapServer, oauth_server: OAuthServer) -> None:
    client = imap_connect(ImapAccount(oauth_dovecot.host, oauth_dovecot.port, "none", USER), 10)
    try:
        with pytest.raises(imaplib.IMAP4.error):
            imap_login(client, USER, Forged(oauth_server.base))
        assert client.state == "NONAUTH"
    finally:
        client.logout()


@pytest.mark.parametrize("mechanism", ["OAUTHBEARER", "XOAUTH2"])
def test_both_token_mechanisms_log_in(oauth_dovecot: ImapServer, oauth_server: OAuthServer, browser: Browser,
                                      mechanism: str) -> None:
    broker = _broker(oauth_server, browser)
    client = imap_connect(ImapAccount(oauth_dovecot.host, oauth_dovecot.port, "none", USER), 10)
    try:
        client.capabilities = tuple(c for c in client.capabilities  # as a server offering only this one
                                    if not c.startswith("AUTH=") or c == f"AUTH={mechanism}")
        imap_login(client, USER, broker)
        assert client.state == "AUTH"
    finally:
        client.logout()


def test_a_token_of_another_account_is_refused_with_its_sentence(
        oauth_dovecot: ImapServer, oauth_server: OAuthServer, browser: Browser) -> None:
    broker = _broker(oauth_server, browser, user="quelquun.dautre@relance.test")
    client = imap_connect(ImapAccount(oauth_dovecot.host, oauth_dovecot.port, "none", USER), 10)
    try:
        with pytest.raises(imaplib.IMAP4.error) as caught:
            imap_login(client, USER, broker)
    finally:
        client.logout()
    words = str(caught.value)
    assert words.startswith("The mailbox refused the sign-in: check that you signed in with this address")
    assert oauth_server.issued() == {"authorization_code": 1, "refresh_token": 1}  # renewed once, in vain
    assert broker.access_token() not in words

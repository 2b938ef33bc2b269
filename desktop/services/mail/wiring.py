"""What the settings ask for: the transport (SMTP with the keyring's password or the mailbox's sign-in, or the
local outbox folder), the sign-in of the provider, the reply mailbox's login and the copies in the Sent folder."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop.core.consent import TrackingPolicy, effective_policy
from desktop.services.mail.providers import preset
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.signin_problems import Reason, SignInFailure
from desktop.services.mail.transport import LocalFolderTransport, SmtpSecurity, SmtpSettings, SmtpTransport, Transport
from desktop.services.secrets import SecretName, SecretStore
from desktop.settings import Settings

if TYPE_CHECKING:
    from desktop.services.mail.oauth_tokens import SignInFlow, TokenBroker, TokenSource
    from desktop.services.mail.sent_copy import SentCopies
    from desktop.services.replies import ImapAccount

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


#: Google's endpoints and what Relance asks of them (``openid email``: the address signed in).
GOOGLE_AUTHORIZE = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN = "https://oauth2.googleapis.com/token"  # noqa: S105 - an address
GOOGLE_SCOPES = ("https://mail.google.com/", "openid", "email")
#: Microsoft Entra's sign-in hosts (an authority elsewhere is read as an OpenID Connect issuer).
_ENTRA_HOSTS = ("login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn")


def oauth_provider(settings: Settings) -> str | None:
    """Which sign-in the chosen preset uses: ``microsoft``, ``google``, or None (a password provider)."""
    return preset(settings.mail_provider).oauth


def sign_in_flow(settings: Settings) -> SignInFlow:
    """The sign-in of the settings' provider, with the build's registration.

    Args:
        settings: The settings (``mail_provider``, the client IDs).

    Returns:
        The flow (Microsoft through msal, Google through the generic client).

    Raises:
        SignInFailure: ``oauth_not_configured`` when the provider has no sign-in or no client ID is set.
    """
    which = oauth_provider(settings)
    if which == "microsoft" and settings.microsoft_client_id:
        from desktop.services.mail.oauth_microsoft import MicrosoftSignIn

        authority = settings.microsoft_authority.rstrip("/")
        if (urlsplit(authority).hostname or "").endswith(_ENTRA_HOSTS):
            return MicrosoftSignIn(settings.microsoft_client_id, authority=authority)
        return MicrosoftSignIn(settings.microsoft_client_id, oidc_authority=authority)  # another OIDC issuer
    if which == "google" and settings.google_client_id:
        from desktop.services.mail.oauth import GenericSignIn, OAuthClient

        return GenericSignIn(OAuthClient("Google", settings.google_authorize_url or GOOGLE_AUTHORIZE,
                                         settings.google_token_url or GOOGLE_TOKEN, settings.google_client_id,
                                         GOOGLE_SCOPES, client_secret=settings.google_client_secret,
                                         extra={"access_type": "offline", "prompt": "consent"}))
    name = {"microsoft": "Microsoft 365", "google": "Google"}.get(which or "", preset(settings.mail_provider).name)
    raise SignInFailure(Reason.NOT_CONFIGURED, provider=name)


def token_broker(settings: Settings, store: SecretStore, clock: Clock | None = None,
                 flow: SignInFlow | None = None) -> TokenBroker:
    """The mailbox's access tokens (in ``store``'s memory, renewed from its keyring).

    Args:
        settings: The settings.
        store: The secret store (one per process: the access token is held in it).
        clock: The current time (aware); None: the system's.
        flow: The sign-in (None: :func:`sign_in_flow` of the settings).

    Raises:
        SignInFailure: ``oauth_not_configured``.
    """
    from desktop.services.mail.oauth_tokens import TokenBroker

    return TokenBroker(flow or sign_in_flow(settings), store, clock or _now)


def smtp_settings(settings: Settings) -> SmtpSettings:
    """The SMTP part of the settings."""
    return SmtpSettings(host=settings.smtp_host, port=settings.smtp_port,
                        security=SmtpSecurity(settings.smtp_security), username=settings.smtp_user)


def make_transport(settings: Settings, store: SecretStore, *, clock: Clock | None = None,
                   flow: SignInFlow | None = None) -> Transport:
    """Build the transport of one batch: SMTP when a host is set, else the local outbox folder.

    With ``smtp_auth == "oauth"`` the login is the mailbox's sign-in (a sign-in that is not configured pauses
    sending with its sentence at the first message, like a refused login); the transport files copies in the
    Sent folder when :func:`sent_copy_mode` says ``append``.

    Args:
        settings: The application settings.
        store: The keyring access (the SMTP password, the refresh token) and the access token's memory.
        clock: The current time (aware), for the token's expiry; None: the system's.
        flow: The sign-in (None: the settings' provider).

    Returns:
        A transport (the sender closes it after each batch).
    """
    if settings.is_local_mail:
        return LocalFolderTransport(settings.outbox_dir)
    copies = make_copies(settings, store, clock, flow)
    if settings.smtp_auth == "oauth" and settings.smtp_user:
        return SmtpTransport(smtp_settings(settings), token=lazy_tokens(settings, store, clock, flow), copies=copies)
    password = store.get(SecretName.SMTP_PASSWORD) if settings.smtp_user else None
    return SmtpTransport(smtp_settings(settings), password, copies=copies)


@dataclasses.dataclass
class _LazyTokens:
    """The token broker, built at the first login (a sign-in that is not configured fails there, worded)."""

    settings: Settings
    store: SecretStore
    clock: Clock | None
    flow: SignInFlow | None

    @property
    def provider(self) -> str:
        return preset(self.settings.mail_provider).name

    def access_token(self, *, fresh: bool = False) -> str:
        return token_broker(self.settings, self.store, self.clock, self.flow).access_token(fresh=fresh)


def lazy_tokens(settings: Settings, store: SecretStore, clock: Clock | None, flow: SignInFlow | None,
                 ) -> TokenSource:
    return _LazyTokens(settings, store, clock, flow)


def imap_account(settings: Settings) -> ImapAccount:
    """The reply mailbox of the settings."""
    from desktop.services.replies import ImapAccount

    return ImapAccount(settings.imap_host, settings.imap_port, settings.imap_security, settings.imap_user,
                       settings.imap_folder)


def imap_secret(settings: Settings, store: SecretStore, clock: Clock | None = None,
                flow: SignInFlow | None = None) -> str | TokenSource:
    """What the reply mailbox logs in with: the keyring's IMAP password, or the mailbox's sign-in."""
    if settings.imap_auth == "oauth":
        return lazy_tokens(settings, store, clock, flow)
    return store.get(SecretName.IMAP_PASSWORD) or ""


def sent_copy_mode(settings: Settings) -> str:
    """Which behaviour applies to the Sent folder, for the settings page to say.

    Returns:
        ``append`` (Relance files a copy over IMAP), ``provider`` (the provider files its own: Gmail, Microsoft
        365), ``never`` (turned off), ``no_imap`` (wanted, but no IMAP mailbox is set) or ``local`` (no SMTP
        server: messages stay in the local folder).
    """
    if settings.is_local_mail:
        return "local"
    if settings.sent_copy == "never":
        return "never"
    if settings.sent_copy != "append" and _files_own(settings):
        return "provider"
    return "append" if settings.imap_host else "no_imap"


def _files_own(settings: Settings) -> bool:
    if preset(settings.mail_provider).files_sent:
        return True
    host = settings.smtp_host.lower()  # a preset not chosen, but the server says who it is
    return host.endswith(("gmail.com", "googlemail.com", "office365.com", "outlook.com"))


def make_copies(settings: Settings, store: SecretStore, clock: Clock | None = None,
                flow: SignInFlow | None = None) -> SentCopies | None:
    """Who files copies in the Sent folder, when :func:`sent_copy_mode` says ``append``; else None."""
    if sent_copy_mode(settings) != "append":
        return None
    from desktop.services.mail.sent_copy import SentCopies

    return SentCopies(imap_account(settings), imap_secret(settings, store, clock, flow), settings.sender_address,
                      folder=settings.imap_sent_folder)


def sender_identity(settings: Settings) -> SenderIdentity:
    """The salesperson's sender name, address and signature."""
    return SenderIdentity(settings.sender_name, settings.sender_address, settings.sender_signature)


def tracking_policy(settings: Settings) -> TrackingPolicy:
    """The tracking policy that applies: "always" only with its acknowledgement (who and when), an unknown value
    the default (the CNIL's recommendation)."""
    return effective_policy(settings.tracking_policy, acknowledged_by=settings.tracking_always_ack_by,
                            acknowledged_at=settings.tracking_always_ack_at)


def acknowledge_always(settings: Settings, user: str, now: datetime) -> Settings:
    """The settings with the "always" policy and the acknowledgement of who chose it and when.

    The GUI shows the text of :data:`ALWAYS_ACKNOWLEDGEMENT` and calls this only once the user ticked it.

    Args:
        settings: The current settings.
        user: The name of the user who acknowledged.
        now: When (aware).

    Returns:
        The new settings (save them).

    Raises:
        ValueError: Without a user name or with a naive time.
    """
    if not user.strip() or now.tzinfo is None:
        raise ValueError("the acknowledgement needs the user's name and an aware time")
    return dataclasses.replace(settings, tracking_policy=TrackingPolicy.ALWAYS.value,
                               tracking_always_ack_by=user.strip(), tracking_always_ack_at=now.isoformat())


#: What the user acknowledges to choose "always" (the GUI shows it beside the box to tick).
ALWAYS_ACKNOWLEDGEMENT = (
    "Je comprends que « Toujours » mesure l'ouverture des e-mails de contacts qui n'y ont pas consenti, ce que la "
    "recommandation de la CNIL sur les pixels de suivi (14 avril 2026) n'admet pas pour les personnes en France, "
    "et que l'entreprise en porte la responsabilité. Les refus et les retraits restent respectés.")

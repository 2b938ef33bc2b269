"""The transport the settings ask for: SMTP with the keyring's password, or the local outbox folder."""

from __future__ import annotations

from desktop.services.mail.message import TrackingPolicy
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.transport import LocalFolderTransport, SmtpSecurity, SmtpSettings, SmtpTransport, Transport
from desktop.services.secrets import SecretName, SecretStore
from desktop.settings import Settings


def smtp_settings(settings: Settings) -> SmtpSettings:
    """The SMTP part of the settings."""
    return SmtpSettings(host=settings.smtp_host, port=settings.smtp_port,
                        security=SmtpSecurity(settings.smtp_security), username=settings.smtp_user)


def make_transport(settings: Settings, store: SecretStore) -> Transport:
    """Build the transport of one batch: SMTP when a host is set, else the local outbox folder.

    Args:
        settings: The application settings.
        store: The keyring access (the SMTP password).

    Returns:
        A transport (the sender closes it after each batch).
    """
    if settings.is_local_mail:
        return LocalFolderTransport(settings.outbox_dir)
    password = store.get(SecretName.SMTP_PASSWORD) if settings.smtp_user else None
    return SmtpTransport(smtp_settings(settings), password)


def sender_identity(settings: Settings) -> SenderIdentity:
    """The salesperson's sender name, address and signature."""
    return SenderIdentity(settings.sender_name, settings.sender_address, settings.sender_signature)


def tracking_policy(settings: Settings) -> TrackingPolicy:
    """The company's tracking policy (an unknown value falls back to the default)."""
    try:
        return TrackingPolicy(settings.tracking_policy)
    except ValueError:
        return TrackingPolicy.DEFAULT

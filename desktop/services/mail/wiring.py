"""The transport the settings ask for: SMTP with the keyring's password, or the local outbox folder."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from desktop.core.consent import TrackingPolicy, effective_policy
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

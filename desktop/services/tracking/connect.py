"""Which tracker the desktop talks to: the hosted one of the settings, or the embedded one on 127.0.0.1.

Without a tracker URL in the settings, :func:`connect_tracker` starts the same tracker in a background
thread on ``127.0.0.1:<embedded_tracker_port>`` (a fixed port, so the links of the demo's messages keep
working after a restart) with its SQLite file in the data folder. The API key comes from the keyring;
when the keyring is unusable the embedded tracker gets a key minted for this run only (nothing stored).

Which address messages carry is decided apart (:func:`desktop.services.tracking.reach.message_links`):
the embedded tracker's links are only written into the local outbox folder, never into real mail.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.services.secrets import SecretName, SecretsError, SecretStore
from desktop.services.tracking.client import TrackerClient
from desktop.services.tracking.reach import MessageLinks, message_links
from desktop.settings import Settings

if TYPE_CHECKING:
    from tracker.embedded import EmbeddedTracker

log = logging.getLogger(__name__)


@dataclass
class TrackerConnection:
    """The client, and the embedded tracker when there is one.

    Attributes:
        client: The API client.
        base_url: The tracker's base URL (the links it serves start with it).
        embedded: The embedded tracker's handle (``stop()`` it at exit), or None when hosted.
        signature: What the connection was made from (tracker address, port, data folder, key digest): new
            settings with the same signature keep the connection instead of restarting the tracker.
        vouched: The caller vouches that the recipients reach ``base_url`` (a test whose mail server and
            "prospect" are processes on this machine); the settings' own connection never sets it.
    """

    client: TrackerClient
    base_url: str
    embedded: EmbeddedTracker | None = None
    signature: tuple[str, ...] = ()
    vouched: bool = False

    def links(self, settings: Settings) -> MessageLinks:
        """The tracker address messages may carry with these settings (None for real mail and a local tracker).

        Args:
            settings: The current settings (local mail or SMTP).

        Returns:
            The address, or None with the reason.
        """
        if self.vouched:
            return MessageLinks(self.base_url.rstrip("/"))
        return message_links(self.base_url, embedded=self.embedded is not None, local_mail=settings.is_local_mail)

    def close(self) -> None:
        """Close the client and stop the embedded tracker."""
        self.client.close()
        if self.embedded is not None:
            self.embedded.stop()


def _embedded_key(store: SecretStore) -> str:
    try:
        key = store.get(SecretName.TRACKER_API_KEY)
    except SecretsError:
        key = None
    if key:
        return key
    key = secrets.token_urlsafe(32)
    if store.available:
        try:
            store.set(SecretName.TRACKER_API_KEY, key)
        except SecretsError:
            log.warning("the tracker key could not be stored in the keyring: a new one is used each start")
    return key


def connection_signature(settings: Settings, store: SecretStore) -> tuple[str, ...]:
    """What a tracker connection depends on: equal signatures need no reconnection.

    Args:
        settings: The application settings.
        store: The keyring access (the key's SHA-256 is part of it, never the key).

    Returns:
        The tracker address (or the embedded port and data folder) and the key's digest.
    """
    try:
        key = store.get(SecretName.TRACKER_API_KEY) or ""
    except SecretsError:
        key = ""
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    if settings.tracker_url:
        return ("hosted", settings.tracker_url.rstrip("/"), digest)
    return ("embedded", str(settings.embedded_tracker_port), str(settings.data_dir), digest)


def connect_tracker(settings: Settings, store: SecretStore) -> TrackerConnection | None:
    """Connect to the hosted tracker, or start the embedded one.

    Args:
        settings: The application settings.
        store: The keyring access.

    Returns:
        The connection, or None when a hosted tracker is set but its key is missing.
    """
    if settings.tracker_url:
        key = store.get(SecretName.TRACKER_API_KEY)
        if not key:
            return None
        return TrackerConnection(TrackerClient(settings.tracker_url, key), settings.tracker_url.rstrip("/"),
                                 signature=connection_signature(settings, store))
    from tracker.embedded import start_in_thread

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{settings.tracker_database_file}"
    key = _embedded_key(store)
    signature = connection_signature(settings, store)
    try:
        handle = start_in_thread(url, port=settings.embedded_tracker_port, api_key=key)
    except OSError:
        log.warning("port %s is taken: the embedded tracker uses another one this time",
                    settings.embedded_tracker_port)
        handle = start_in_thread(url, port=0, api_key=key)
    return TrackerConnection(TrackerClient(handle.url, handle.api_key), handle.url, handle, signature)

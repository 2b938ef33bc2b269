"""Secrets in the OS keyring: the SMTP and IMAP passwords, the tracker API key and the mailbox's OAuth2 refresh
token; short-lived ones (OAuth2 access tokens) in this process's memory only (:class:`SecretStore.hold`).

At start the application calls :func:`check_keyring`. It judges each backend by what it declares and can
do, not by its name alone: a backend that cannot be used (``fail``, ``null``, a priority of zero or less, a
priority that cannot even be read) is unusable; one that keeps secrets in a file (``keyrings.alt``'s
plaintext and encrypted file backends: a ``file_path``, an ``encrypt`` that returns what it was given) or
declares itself "not recommended" (a priority below 1, keyring's own convention) is not a system keyring;
a chainer is judged by the backends behind it, and secrets then go to its best safe backend directly (a
chainer would fall back to the next backend, a plaintext file, when the system keyring refuses a write).
When no safe backend exists the status says so in plain words, every write is refused with
:class:`SecretsUnavailable`, and the rest of the application keeps working.

Secrets never go to the database, the settings file, a log or an exception message: errors name the
secret (``"the SMTP password"``), never its value, and keyring exceptions are not chained (their text
is out of our hands).
"""

from __future__ import annotations

import enum
import logging
import threading
from dataclasses import dataclass
from datetime import datetime

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Relance"
"""The keyring service name under which every secret of Relance is stored."""


class SecretName(enum.Enum):
    """The secrets Relance keeps; the value is the keyring user name."""

    SMTP_PASSWORD = "smtp-password"  # noqa: S105 - a keyring entry name, not a secret
    TRACKER_API_KEY = "tracker-api-key"
    IMAP_PASSWORD = "imap-password"  # noqa: S105 - a keyring entry name
    #: The mailbox's sign-in with Microsoft 365 or Google (SMTP and IMAP share it).
    OAUTH_REFRESH_TOKEN = "oauth-refresh-token"  # noqa: S105 - a keyring entry name
    #: The passphrase of the self-managed sealing key's encrypted PKCS#12 file (made at first use, #17).
    SEAL_KEY_PASSPHRASE = "seal-key-passphrase"  # noqa: S105 - a keyring entry name
    #: The passphrase of the seller's own PKCS#12 certificate (its path is the setting ``seal_pkcs12_path``).
    SEAL_PKCS12_PASSPHRASE = "seal-pkcs12-passphrase"  # noqa: S105 - a keyring entry name
    #: The team database's password (its address, without password, is the setting ``database_url``).
    DATABASE_PASSWORD = "database-password"  # noqa: S105 - a keyring entry name

    @property
    def label(self) -> str:
        """A readable name for messages (never the value)."""
        return {"smtp-password": "the SMTP password", "tracker-api-key": "the tracker API key",
                "imap-password": "the IMAP password", "oauth-refresh-token": "the mailbox sign-in",
                "seal-key-passphrase": "the sealing key's passphrase",
                "seal-pkcs12-passphrase": "the seller certificate's passphrase",
                "database-password": "the team database password"}[self.value]


class SecretsUnavailable(RuntimeError):
    """No safe keyring: secrets are neither stored nor read."""


class SecretsError(RuntimeError):
    """The keyring refused an operation (locked, denied); the message names the secret, not its value."""


_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null")
_PLAINTEXT_HINTS = ("plaintext", "uncrypted", "unencrypted", "file.plain")
#: keyring's convention: below this a backend is "not recommended" (keyrings.alt's file backends: 0.5, 0.6).
_SYSTEM_PRIORITY = 1.0


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """What the start-up check found.

    Attributes:
        usable: True when secrets may be stored.
        backend: The backend's class name (``"SecretService Keyring"``...), for the settings page.
        message: A plain sentence for the user: why secrets are refused, or empty when usable.
    """

    usable: bool
    backend: str
    message: str


def _describe(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _leaves(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return [leaf for b in inner if isinstance(b, KeyringBackend) for leaf in _leaves(b)]
    return [backend]


def _priority(backend: KeyringBackend) -> float | None:
    """The backend's declared priority, or None when it cannot be read (the backend cannot work here)."""
    try:
        value = type(backend).priority
    except Exception:  # keyring backends raise anything from their priority when unavailable
        return None
    return float(value) if isinstance(value, int | float) else None


def _is_unusable(backend: KeyringBackend) -> bool:
    priority = _priority(backend)
    return type(backend).__module__.startswith(_UNUSABLE_MODULES) or priority is None or priority <= 0


def _is_plaintext(backend: KeyringBackend) -> bool:
    """Keeps secrets readable in a file: named so, or file-backed with an ``encrypt`` that changes nothing."""
    if any(hint in _describe(backend).lower() for hint in _PLAINTEXT_HINTS):
        return True
    if getattr(backend, "file_path", None) is None:
        return False
    encrypt = getattr(backend, "encrypt", None)
    try:
        return not callable(encrypt) or encrypt(b"relance-probe", b"") == b"relance-probe"
    except Exception:  # an encrypted file backend that needs its password to encrypt: not plaintext
        return False


def _is_system(backend: KeyringBackend) -> bool:
    """A backend of the operating system: usable, not a file, declared recommended."""
    priority = _priority(backend)
    return (not _is_unusable(backend) and not _is_plaintext(backend) and getattr(backend, "file_path", None) is None
            and priority is not None and priority >= _SYSTEM_PRIORITY)


def safe_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend secrets may go to: ``backend`` itself, or a chainer's best system backend; None if none."""
    leaves = sorted((b for b in _leaves(backend) if _is_system(b)), key=lambda b: -(_priority(b) or 0.0))
    if not leaves:
        return None
    return backend if _leaves(backend) == [backend] else leaves[0]


def check_keyring(backend: KeyringBackend | None = None) -> KeyringStatus:
    """Check the keyring backend once at start.

    Args:
        backend: The backend to judge; None asks ``keyring`` for the configured one.

    Returns:
        The status: usable, or the reason secrets are refused.
    """
    chosen = backend if backend is not None else keyring.get_keyring()
    leaves = [b for b in _leaves(chosen) if not _is_unusable(b)]
    name = type(chosen).__name__
    if not leaves:
        return KeyringStatus(False, name, "No system keyring is available: passwords and keys cannot be "
                                          "saved. Install or unlock a keyring (GNOME Keyring, KWallet, "
                                          "macOS Keychain, Windows Credential Manager).")
    if safe_backend(chosen) is None:
        what = "in a plain file" if any(_is_plaintext(b) for b in leaves) else "in a file, not in a system keyring"
        return KeyringStatus(False, name, f"The only keyring available stores secrets {what}: "
                                          "passwords and keys are not saved. Install or unlock a system "
                                          "keyring.")
    return KeyringStatus(True, name, "")


class SecretStore:
    """Reads and writes the secrets of Relance in the keyring checked at start.

    Args:
        status: The result of :func:`check_keyring`.
        backend: The backend to use; None uses the configured one.
        service: Keyring service name (tests may isolate themselves with another one).
    """

    def __init__(self, status: KeyringStatus, backend: KeyringBackend | None = None,
                 service: str = SERVICE) -> None:
        self.status = status
        self._backend = backend
        self._service = service
        self._held: dict[str, tuple[str, datetime]] = {}
        #: Held by whoever renews a short-lived secret, so that two threads do not renew it at once.
        self.renewing = threading.Lock()

    def __repr__(self) -> str:
        return f"SecretStore({self.status.backend})"

    # short-lived secrets, in memory only ---------------------------------------------------------------
    def hold(self, key: str, value: str, until: datetime) -> None:
        """Keep a short-lived secret (an access token) in memory until ``until``; it is never written anywhere.

        Args:
            key: What it is (the account it opens).
            value: The secret.
            until: When it stops being given (aware).
        """
        self._held[key] = (value, until)

    def held(self, key: str, now: datetime) -> str | None:
        """The short-lived secret of ``key`` when it is still good at ``now``, else None (and it is forgotten)."""
        found = self._held.get(key)
        if found is None:
            return None
        if now >= found[1]:
            self._held.pop(key, None)
            return None
        return found[0]

    def release(self, key: str) -> None:
        """Forget the short-lived secret of ``key`` (signed out, or refused by a server)."""
        self._held.pop(key, None)

    @property
    def available(self) -> bool:
        """True when secrets may be stored and read."""
        return self.status.usable

    def _keyring(self) -> KeyringBackend:
        if not self.status.usable:
            raise SecretsUnavailable(self.status.message)
        chosen = self._backend if self._backend is not None else keyring.get_keyring()
        safe = safe_backend(chosen)
        if safe is None:  # the configured backend changed since the check
            raise SecretsUnavailable("No system keyring is available: passwords and keys cannot be saved.")
        return safe

    def get(self, name: SecretName) -> str | None:
        """Read a secret.

        Args:
            name: Which secret.

        Returns:
            Its value, or None when it was never stored or the keyring is unusable.

        Raises:
            SecretsError: If the keyring refused to answer (locked, denied).
        """
        if not self.status.usable:
            return None
        try:
            value = self._keyring().get_password(self._service, name.value)
        except keyring.errors.KeyringError:
            raise SecretsError(f"the keyring refused to give {name.label}") from None
        return value

    def set(self, name: SecretName, value: str) -> None:
        """Store a secret (an empty value deletes it).

        Args:
            name: Which secret.
            value: The secret.

        Raises:
            SecretsUnavailable: If no safe keyring exists.
            SecretsError: If the keyring refused to store it.
        """
        if not value:
            self.delete(name)
            return
        backend = self._keyring()
        try:
            backend.set_password(self._service, name.value, value)
        except keyring.errors.KeyringError:
            raise SecretsError(f"the keyring refused to store {name.label}") from None
        log.info("stored %s in the keyring", name.label)

    def delete(self, name: SecretName) -> None:
        """Forget a secret (nothing happens when it is not stored).

        Args:
            name: Which secret.

        Raises:
            SecretsUnavailable: If no safe keyring exists.
        """
        backend = self._keyring()
        try:
            backend.delete_password(self._service, name.value)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError:
            raise SecretsError(f"the keyring refused to delete {name.label}") from None

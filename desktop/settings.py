"""Typed settings of the desktop application, declared in one place with their defaults.

Settings live in ``settings.json`` in the data folder (so ``--data-dir`` isolates everything).
Secrets never go there: ``desktop.services.secrets`` keeps them in the OS keyring.
Precedence: command line > environment (``RELANCE_DATABASE_URL``) > settings file > defaults.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

LANGUAGES = ("fr", "en")
_FILE = "settings.json"


def default_data_dir() -> Path:
    """The user data folder given by the platform (``%LOCALAPPDATA%``, ``~/Library/...``, XDG)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Relance", "Relance"))


@dataclass(frozen=True)
class Settings:
    """Every option of the desktop application, with its default."""

    data_dir: Path = field(default_factory=default_data_dir)
    database_url: str | None = None  # None: the embedded SQLite file in data_dir
    # Whether the team server asked for a password at the last sign-in (learned at each start, not a secret):
    # when it did not (trust, certificate or peer sign-in), the keyring is not opened before the first page.
    team_server_asks_password: bool = True
    language: str = "fr"
    region: str = "FR"  # phone numbers without a prefix are read in this region
    page_size: int = 200  # rows fetched per page by the list views
    undo_limit: int = 100
    # Mail: an empty SMTP host means local mode (messages go to ``outbox_dir`` as .eml files).
    # The SMTP password and the tracker API key live in the keyring (desktop.services.secrets).
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"  # "none", "starttls" or "ssl"
    smtp_user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    sender_signature: str = ""
    # Tracking: an empty URL means the embedded tracker on 127.0.0.1:embedded_tracker_port.
    tracker_url: str = ""
    embedded_tracker_port: int = 47815
    # The tracking policy (desktop.core.consent.TrackingPolicy): "default" follows the CNIL's recommendation
    # (consent, or an older contact informed without objection), "consent", "never", or "always", which only
    # applies with the acknowledgement of who accepted it and when (else it is "default").
    tracking_policy: str = "default"
    tracking_always_ack_by: str = ""
    tracking_always_ack_at: str = ""  # ISO 8601
    # The polite consent question in quote emails to contacts never asked (never a condition of the quote).
    ask_tracking_consent: bool = True
    # Tracking events (opens, clicks, views) are kept this many calendar months, here and on the tracker.
    event_retention_months: int = 13
    # Reply detection (scenarios): an optional IMAP mailbox; empty host: off. The password is in the keyring.
    imap_host: str = ""
    imap_port: int = 993
    imap_security: str = "ssl"  # "ssl", "starttls" or "none" (loopback only)
    imap_user: str = ""
    imap_folder: str = "INBOX"
    # The mail provider's preset (desktop.services.mail.providers: "microsoft365", "google", "ovh"...; "" or
    # "other": servers typed by hand) and how SMTP and IMAP sign in: "password" (kept in the keyring) or "oauth"
    # (the mailbox's sign-in with Microsoft or Google; its refresh token in the keyring, its access token in
    # memory). ``oauth_account`` is the address signed in, shown in the settings (not a secret).
    mail_provider: str = ""
    smtp_auth: str = "password"
    imap_auth: str = "password"
    oauth_account: str = ""
    # The application's registrations for the sign-in (a build may ship its own): public clients, no secret.
    # Google's "Desktop app" registrations come with a client secret that Google says is not confidential for
    # installed apps (it ships inside every copy); its token endpoint asks for it, so it is a setting here.
    microsoft_client_id: str = ""
    # An Entra authority (".../organizations", ".../common", a tenant), or any OpenID Connect issuer.
    microsoft_authority: str = "https://login.microsoftonline.com/organizations"
    google_client_id: str = ""
    google_client_secret: str = ""
    # Google's endpoints (empty: accounts.google.com and oauth2.googleapis.com); a build or a test may name others.
    google_authorize_url: str = ""
    google_token_url: str = ""
    # A copy of each message sent through Relance in the mailbox's Sent folder (IMAP APPEND, with the IMAP
    # settings above): "auto" (not for Gmail and Microsoft 365, which file what they send themselves),
    # "append" (always) or "never". ``imap_sent_folder`` empty: the folder marked \Sent (RFC 6154), else by name.
    sent_copy: str = "auto"
    imap_sent_folder: str = ""
    quote_number_pattern: str = "D-{YYYY}-{NNNN}"  # checked by desktop.core.numbering.validate_pattern
    invoice_number_pattern: str = "F-{YYYY}-{NNNN}"  # its own gapless yearly sequence; needs the year
    # Sealing signed quotes (desktop.services.signing): empty path: a self-managed certificate made at first use
    # (its key in <data dir>/signing, encrypted; the passphrase in the keyring); else the seller's own PKCS#12 file,
    # its passphrase in the keyring. An RFC 3161 timestamping authority's URL makes the seal PAdES B-T (or B-LT).
    seal_pkcs12_path: str = ""
    tsa_url: str = ""

    @property
    def database_file(self) -> Path:
        return self.data_dir / "relance.sqlite"

    @property
    def outbox_dir(self) -> Path:
        """Where local mode writes messages as ``.eml`` files."""
        return self.data_dir / "outbox"

    @property
    def tracker_database_file(self) -> Path:
        """The embedded tracker's SQLite file."""
        return self.data_dir / "tracker.sqlite"

    @property
    def is_local_mail(self) -> bool:
        """True when no SMTP server is set: messages go to the outbox folder."""
        return not self.smtp_host

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+pysqlite:///{self.database_file}"

    @property
    def is_embedded(self) -> bool:
        return not self.database_url

    def save(self) -> None:
        """Write the settings file (the data folder and the environment override are not stored)."""
        self._write({k: v for k, v in asdict(self).items() if k != "data_dir"})

    def _write(self, stored: dict[str, Any]) -> None:
        """Replace the settings file with ``stored`` at once (written beside it, then renamed over it)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        target = self.data_dir / _FILE
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(stored, indent=2, default=str), encoding="utf-8")
        os.replace(tmp, target)

    def remember(self, **changes: Any) -> Settings:
        """These settings with ``changes``, which alone are written into the settings file: a value learned while
        running (the file's other keys, and an override from the environment or the command line, stay as they
        are). A file that cannot be read is left as it is for the user to mend (the value is learned again at the
        next start)."""
        target = self.data_dir / _FILE
        stored: dict[str, Any] = {}
        if target.exists():
            try:
                loaded = json.loads(target.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return replace(self, **changes)
            if not isinstance(loaded, dict):
                return replace(self, **changes)
            stored = loaded
        stored.update(changes)
        self._write(stored)
        return replace(self, **changes)


def _coerce(raw: dict[str, Any]) -> dict[str, Any]:
    known = {f.name: f for f in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in known or key == "data_dir":
            continue
        out[key] = value
    if out.get("language") not in (None, *LANGUAGES):
        out.pop("language")
    return out


def load_settings(data_dir: Path | None = None, database_url: str | None = None, language: str | None = None,
                  environ: dict[str, str] | None = None) -> Settings:
    """Build the settings from defaults, the settings file, the environment and the command line."""
    env = os.environ if environ is None else environ
    settings = Settings() if data_dir is None else Settings(data_dir=data_dir)
    path = settings.data_dir / _FILE
    if path.exists():
        # A damaged settings file falls back to the defaults; the file is rewritten on save.
        with contextlib.suppress(ValueError, TypeError):
            settings = replace(settings, **_coerce(json.loads(path.read_text(encoding="utf-8"))))
    if env.get("RELANCE_DATABASE_URL"):
        settings = replace(settings, database_url=env["RELANCE_DATABASE_URL"])
    if database_url:
        settings = replace(settings, database_url=database_url)
    if language:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
        settings = replace(settings, language=language)
    return settings

"""Typed settings of the tracker, built once by the caller and passed down (never read from a global)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A callable returning the current time as a timezone-aware UTC ``datetime``."""


def system_clock() -> datetime:
    """Return the current UTC time; the default clock.

    Returns:
        The current time, timezone-aware, in UTC.
    """
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A token bucket: ``burst`` requests at once, refilled at ``per_second`` requests per second.

    Attributes:
        per_second: Sustained rate allowed.
        burst: Bucket size (requests allowed at once).
    """

    per_second: float
    burst: int


@dataclass(frozen=True, slots=True)
class SmtpOutgoing:
    """The tracker's own outgoing mail server, used for one thing: the one-time codes of online signatures.

    The desktop sends everything else; a code must leave at once, while the prospect waits on the page, and
    must go to the address the quote was sent to, which the tracker knows from the registration.

    Attributes:
        host: Server name.
        port: TCP port (587 for STARTTLS, 465 for implicit TLS, 25 on a trusted relay).
        sender: The ``From`` address (``signature@suivi.example.fr``).
        security: ``"starttls"``, ``"tls"`` (implicit) or ``"none"`` (loopback relay and tests only).
        username: Login, or empty for a relay that needs none.
        password: Its password, from ``$RELANCE_TRACKER_SMTP_PASSWORD`` (never in a file, a log or a repr).
        timeout: Seconds for connecting and each SMTP step.
    """

    host: str
    port: int
    sender: str
    security: str = "starttls"
    username: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 15.0


@dataclass(frozen=True, slots=True)
class SigningPolicy:
    """The one-time code of an online signature.

    Attributes:
        code_ttl_seconds: How long a code is valid (10 minutes).
        max_tries: Wrong codes allowed before the code is locked (5).
        codes_per_token: Codes one quote link may ask for at once, then one per ``code_interval_seconds``.
        codes_per_ip: Codes one client address may ask for at once, then one per ``code_interval_seconds``.
        code_interval_seconds: The refill interval of those two limits.
    """

    code_ttl_seconds: int = 600
    max_tries: int = 5
    codes_per_token: int = 3
    codes_per_ip: int = 10
    code_interval_seconds: float = 120.0


@dataclass(frozen=True, slots=True)
class TrackerConfig:
    """Everything the tracker needs to run; the clock is injected so tests travel in time.

    Attributes:
        database_url: SQLAlchemy URL (``sqlite:///path.db`` or ``postgresql+psycopg://...``).
        delivery_window_seconds: No longer read: time since delivery is a curve in the catalogue
            (``signals.delivery-timing``); kept so that older settings and command lines still load.
        timing_scale: Multiplies the time constants of that curve (1.0 in service; tests compress time).
        click_burst_seconds: Clicks on several links of one message within this window are machine.
        per_ip: Rate limit per client IP address (kept in memory only, never stored).
        per_token: Rate limit per tracking token.
        per_api_client: Rate limit per API client address on ``/api/v1``.
        retention_months: Events, uploaded documents and the answers of contact keys no message uses any more
            are deleted after this many calendar months (13 by default, the CNIL's usual bound; the desktop's
            own copy of the events follows the same period).
        retention_days: A retention period in days instead, when set (it wins over months).
        max_api_body_bytes: Largest accepted API request body (the PDF travels base64 inside).
        max_form_body_bytes: Largest accepted public form body.
        max_long_poll_seconds: Upper bound of the ``wait`` parameter of the event feed.
        flush_interval_seconds: How long the writer gathers events before one commit.
        form_token_max_age_seconds: Lifetime of the anti-forgery token of the acceptance form.
        purge_interval_seconds: How often the retention purge runs while serving.
        trusted_origins: Public origins of the tracker (``https://suivi.example.fr``) whose forms are accepted
            whatever the ``Host`` header says (for a reverse proxy that does not forward it).
        smtp: The outgoing mail server of the signatures' one-time codes; None: no online signature, the plain
            acceptance only.
        signing: Lifetime, tries and rate limits of the one-time codes.
        clock: Source of the current time (UTC, timezone-aware).
    """

    database_url: str = "sqlite:///relance-tracker.db"
    delivery_window_seconds: float = 10.0
    timing_scale: float = 1.0
    click_burst_seconds: float = 2.0
    per_ip: RateLimit = RateLimit(per_second=20.0, burst=120)
    per_token: RateLimit = RateLimit(per_second=2.0, burst=60)
    per_api_client: RateLimit = RateLimit(per_second=50.0, burst=200)
    retention_months: int = 13
    retention_days: int | None = None
    max_api_body_bytes: int = 12 * 1024 * 1024
    max_form_body_bytes: int = 8 * 1024
    max_long_poll_seconds: float = 30.0
    flush_interval_seconds: float = 0.005
    form_token_max_age_seconds: int = 7 * 24 * 3600
    purge_interval_seconds: float = 3600.0
    trusted_origins: tuple[str, ...] = ()
    smtp: SmtpOutgoing | None = None
    signing: SigningPolicy = SigningPolicy()
    clock: Clock = field(default=system_clock)

"""Mail provider presets: the servers, security and sign-in of the providers French SMEs use, as data.

Each :class:`Preset` gives the SMTP and IMAP endpoints, how to sign in (an OAuth2 sign-in with Microsoft or
Google, or a password: an app password where the provider asks for one), whether the provider files the
messages sent through SMTP in the Sent folder itself (Gmail and Microsoft 365 do: Relance must not add a second
copy), the address domains it hosts and the MX host names of the domains it receives mail for.

:func:`provider_for` proposes a preset for a typed address: by its domain (``gmail.com``, ``orange.fr``...), and
for a custom domain by its MX records when the machine can resolve them (dnspython, a short timeout; never
required: without an answer the address simply proposes nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """A server to connect to.

    Attributes:
        host: Its name.
        port: Its port.
        security: ``ssl`` (TLS from the start), ``starttls`` or ``none``.
    """

    host: str
    port: int
    security: str


@dataclass(frozen=True, slots=True)
class Preset:
    """One provider's settings.

    Attributes:
        id: The stable identifier stored in the settings (``mail_provider``).
        name: The provider's name as people know it.
        smtp: The submission server, or None ("other": typed by hand).
        imap: The mailbox server, or None.
        sign_in: ``oauth`` (sign in through the browser) or ``password``.
        oauth: Which sign-in: ``microsoft``, ``google``, or None.
        app_password: True when the provider asks for an app password instead of the usual one.
        files_sent: True when the provider files the messages sent through SMTP in the Sent folder itself.
        domains: Address domains it hosts.
        mx: MX host names (or their parent domains) of the domains it receives mail for.
    """

    id: str
    name: str
    smtp: Endpoint | None
    imap: Endpoint | None
    sign_in: str = "password"
    oauth: str | None = None
    app_password: bool = False
    files_sent: bool = False
    domains: tuple[str, ...] = ()
    mx: tuple[str, ...] = ()


PRESETS: tuple[Preset, ...] = (
    Preset("microsoft365", "Microsoft 365", Endpoint("smtp.office365.com", 587, "starttls"),
           Endpoint("outlook.office365.com", 993, "ssl"), sign_in="oauth", oauth="microsoft", files_sent=True,
           domains=("outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr", "live.com", "live.fr", "msn.com"),
           mx=("mail.protection.outlook.com", "mx.microsoft", "olc.protection.outlook.com")),
    Preset("google", "Gmail / Google Workspace", Endpoint("smtp.gmail.com", 465, "ssl"),
           Endpoint("imap.gmail.com", 993, "ssl"), sign_in="oauth", oauth="google", app_password=True,
           files_sent=True, domains=("gmail.com", "googlemail.com"), mx=("google.com", "googlemail.com")),
    Preset("ovh", "OVHcloud", Endpoint("ssl0.ovh.net", 465, "ssl"), Endpoint("ssl0.ovh.net", 993, "ssl"),
           mx=("mail.ovh.net", "ovh.net")),
    Preset("orange", "Orange", Endpoint("smtp.orange.fr", 465, "ssl"), Endpoint("imap.orange.fr", 993, "ssl"),
           domains=("orange.fr", "wanadoo.fr"), mx=("orange.fr", "wanadoo.fr")),
    Preset("free", "Free", Endpoint("smtp.free.fr", 465, "ssl"), Endpoint("imap.free.fr", 993, "ssl"),
           domains=("free.fr", "aliceadsl.fr"), mx=("free.fr",)),
    Preset("sfr", "SFR", Endpoint("smtp.sfr.fr", 465, "ssl"), Endpoint("imap.sfr.fr", 993, "ssl"),
           domains=("sfr.fr", "neuf.fr", "cegetel.net", "club-internet.fr"), mx=("sfr.fr",)),
    Preset("ionos", "IONOS", Endpoint("smtp.ionos.fr", 465, "ssl"), Endpoint("imap.ionos.fr", 993, "ssl"),
           mx=("ionos.fr", "ionos.com", "ionos.de", "kundenserver.de")),
    Preset("gandi", "Gandi", Endpoint("mail.gandi.net", 465, "ssl"), Endpoint("mail.gandi.net", 993, "ssl"),
           mx=("mail.gandi.net", "gandi.net")),
    Preset("infomaniak", "Infomaniak", Endpoint("mail.infomaniak.com", 465, "ssl"),
           Endpoint("mail.infomaniak.com", 993, "ssl"), domains=("ik.me", "ikmail.com", "etik.com"),
           mx=("infomaniak.ch", "infomaniak.com")),
    Preset("other", "Autre fournisseur", None, None),
)

_BY_ID = {preset.id: preset for preset in PRESETS}


def preset(preset_id: str) -> Preset:
    """The preset of an identifier (``other`` for an unknown or empty one)."""
    return _BY_ID.get(preset_id, _BY_ID["other"])


@dataclass(frozen=True, slots=True)
class Guess:
    """The provider proposed for an address.

    Attributes:
        preset: The preset.
        by: ``domain`` (the address's domain is the provider's) or ``mx`` (a custom domain whose mail it receives).
        mx: The MX host names read (for ``mx``).
    """

    preset: Preset
    by: str
    mx: tuple[str, ...] = ()


def _matches(host: str, suffix: str) -> bool:
    return host == suffix or host.endswith("." + suffix)


def preset_for_mx(hosts: Sequence[str]) -> Preset | None:
    """The preset whose MX names the first matching host of ``hosts`` (in preference order) carries, or None."""
    for host in hosts:
        name = host.rstrip(".").lower()
        for candidate in PRESETS:
            if any(_matches(name, suffix) for suffix in candidate.mx):
                return candidate
    return None


Resolver = Callable[[str], Sequence[str]]


def mx_hosts(domain: str, *, timeout: float = 3.0, nameservers: Sequence[str] = (), port: int = 53) -> list[str]:
    """The MX hosts of ``domain``, most preferred first; empty when they cannot be read.

    Uses dnspython when it is installed, with ``timeout`` seconds for the whole lookup; never raises.

    Args:
        domain: The address's domain.
        timeout: Seconds for the whole lookup.
        nameservers: The DNS servers to ask (empty: the system's).
        port: Their port.

    Returns:
        Host names without the final dot.
    """
    try:
        import dns.exception
        import dns.resolver
    except ImportError:
        return []
    try:
        resolver = dns.resolver.Resolver(configure=not nameservers)
        if nameservers:
            resolver.nameservers = list(nameservers)
            resolver.port = port
        answer = resolver.resolve(domain, "MX", lifetime=timeout)
    except (dns.exception.DNSException, OSError) as exc:
        log.info("MX of %s could not be read (%s)", domain, type(exc).__name__)
        return []
    records = sorted(answer, key=lambda r: (int(getattr(r, "preference", 0)), str(getattr(r, "exchange", ""))))
    return [str(getattr(r, "exchange", "")).rstrip(".") for r in records]


def provider_for(address: str, *, resolve: Resolver | None = mx_hosts) -> Guess | None:
    """The provider to propose for an address.

    Args:
        address: What the user typed (``claire@atelier.fr``).
        resolve: Reads a domain's MX hosts (None: the domain only).

    Returns:
        The guess, or None when the domain is not a provider's and its MX (if readable) name none.
    """
    domain = address.strip().rpartition("@")[2].strip().lower().rstrip(".")
    if not domain or "." not in domain:
        return None
    for candidate in PRESETS:
        if domain in candidate.domains:
            return Guess(candidate, "domain")
    if resolve is None:
        return None
    hosts = tuple(resolve(domain))
    found = preset_for_mx(hosts)
    return Guess(found, "mx", hosts) if found is not None else None

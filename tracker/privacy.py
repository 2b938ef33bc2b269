"""Privacy by design: client addresses are truncated before anything stores or classifies them."""

from __future__ import annotations

import ipaddress
from datetime import datetime, timedelta
from functools import lru_cache


@lru_cache(maxsize=8192)
def truncate_ip(address: str | None) -> str | None:
    """Truncate an IP address to its /24 (IPv4) or /48 (IPv6) network.

    Args:
        address: The client address as given by the server, or None.

    Returns:
        The network in CIDR notation (``"203.0.113.0/24"``), or None if the address is missing or
        not an IP address (e.g. a Unix socket peer).
    """
    if not address:
        return None
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def retention_cutoff_us(now: datetime, retention_days: int) -> int:
    """Return the instant before which events and documents are deleted, in epoch microseconds.

    Args:
        now: The current time (timezone-aware).
        retention_days: The retention period.

    Returns:
        The cutoff, in microseconds since the Unix epoch.
    """
    return to_us(now - timedelta(days=retention_days))


def to_us(moment: datetime) -> int:
    """Convert an aware datetime to integer microseconds since the epoch.

    Args:
        moment: A timezone-aware datetime.

    Returns:
        Microseconds since 1970-01-01T00:00:00Z.
    """
    return int(moment.timestamp() * 1_000_000)

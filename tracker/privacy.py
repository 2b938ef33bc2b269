"""Privacy by design: client addresses are truncated before anything stores or classifies them."""

from __future__ import annotations

import calendar
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


def months_before(moment: datetime, months: int) -> datetime:
    """The same instant ``months`` calendar months earlier, the day clamped to the shorter month's end.

    The desktop computes its own events' cut-off the same way (``desktop.core.retention``).

    Args:
        moment: An aware datetime.
        months: How many months back (0 or more).

    Returns:
        The earlier instant.
    """
    index = moment.year * 12 + (moment.month - 1) - max(0, months)
    year, month = divmod(index, 12)
    return moment.replace(year=year, month=month + 1, day=min(moment.day, calendar.monthrange(year, month + 1)[1]))


def retention_cutoff_us(now: datetime, retention_days: int | None, retention_months: int = 13) -> int:
    """Return the instant before which events and documents are deleted, in epoch microseconds.

    Args:
        now: The current time (timezone-aware).
        retention_days: The retention period in days, when one is set (it wins over months).
        retention_months: The retention period in calendar months (13 by default: the CNIL's usual bound).

    Returns:
        The cutoff, in microseconds since the Unix epoch.
    """
    if retention_days is not None:
        return to_us(now - timedelta(days=retention_days))
    return to_us(months_before(now, retention_months))


def to_us(moment: datetime) -> int:
    """Convert an aware datetime to integer microseconds since the epoch.

    Args:
        moment: A timezone-aware datetime.

    Returns:
        Microseconds since 1970-01-01T00:00:00Z.
    """
    return int(moment.timestamp() * 1_000_000)

"""Which destinations a tracked link may redirect to: public http(s) addresses only.

The tracker answers ``/l/{token}/{id}`` with a redirect to the registered URL; that redirect is followed by
the prospect's browser, inside the prospect's network. So a registration may not name a host a browser would
reach on that side only (loopback, private, link-local, cloud metadata, single-label intranet names), nor
carry a user name or password (``https://user:pass@host/`` shows one host and puts a secret in every log).
Hosts are read as a browser reads them (WHATWG URL): IDNA mapping first (``①②⑦.0.0.1`` is 127.0.0.1), then
the IPv4 shorthands ``127.1``, ``0x7f.0.0.1``, ``2130706433``.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import SplitResult

# Names that only mean something inside a network (RFC 6761, RFC 6762, RFC 8375) or to a cloud instance.
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".intranet", ".lan", ".home.arpa", ".localdomain",
                   ".corp", ".home")
_METADATA_NAMES = frozenset({"metadata", "instance-data", "metadata.google.internal", "metadata.goog",
                             "metadata.azure.com", "instance-data.ec2.internal"})
_NUMERIC_LABEL = re.compile(r"(0x[0-9a-f]*|[0-9]+)", re.IGNORECASE)
_HOST_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+")


def link_problem(parts: SplitResult) -> str | None:
    """Say why a split http(s) URL may not be the target of a tracked link.

    Args:
        parts: The URL, split (its scheme already checked to be http or https).

    Returns:
        A sentence for the API's 422 answer, or None if the URL is acceptable.
    """
    if "@" in parts.netloc:
        return "a link may not carry a user name or password (user:password@host)"
    raw_host = parts.hostname or ""
    try:
        host = raw_host.encode("idna").decode("ascii").lower() if not raw_host.isascii() else raw_host.lower()
    except UnicodeError:
        return "the host name is not valid"
    host = host.rstrip(".")
    if not host or "%" in host:
        return "the host name is not valid"
    address = _address(host)
    if address is None and ":" not in host and _NUMERIC_LABEL.fullmatch(host.rsplit(".", 1)[-1]):
        return "the host is not a valid IPv4 address"  # a browser reads it as one, and it is none
    if address is not None:
        if not address.is_global or address.is_multicast:
            return f"the host {host} is not a public address (loopback, private, link-local, metadata...)"
        return None
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES) or host in _METADATA_NAMES:
        return f"the host {host} is a local or metadata name, not a public site"
    if _HOST_NAME.fullmatch(host) is None:
        return "the host name is not valid (a public name has at least two labels: example.fr)"
    return None


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """Read a host as a browser would read an IP address, or None when it is a name."""
    if ":" in host:
        try:
            found = ipaddress.ip_address(host)
        except ValueError:
            return None
        if isinstance(found, ipaddress.IPv6Address) and found.ipv4_mapped is not None:
            return found.ipv4_mapped
        return found
    if not _NUMERIC_LABEL.fullmatch(host.rsplit(".", 1)[-1]):
        return None
    try:  # inet_aton reads what browsers read: 127.1, 0x7f.1, 0177.0.0.1, 2130706433
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None

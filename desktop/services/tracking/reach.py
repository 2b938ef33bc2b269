"""Whether the links of a message can reach the prospect: the tracker's address decides.

A link in a real email (the online quote, the pixel, a tracked link, the unsubscribe) must point to an
address the prospect's mail client and browser can open: a public host name over HTTPS. The embedded
tracker listens on 127.0.0.1 of the salesperson's own computer; its links only work on that computer, so
they are written only into the local outbox folder (the demo and the tests), never into mail that leaves
through an SMTP server. :func:`message_links` is the one place that decides.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop.core.validation import Problem

#: Host names that never reach anyone outside the salesperson's own network.
_LOCAL_SUFFIXES = (".localhost", ".local", ".localdomain", ".internal", ".intranet", ".lan", ".home.arpa", ".test",
                   ".example", ".invalid")


def public_tracker_problem(url: str) -> Problem | None:
    """Say why a prospect could not open links to this tracker address, or None when they can.

    The address must be ``https://`` with a public host name or address, without a user name, password,
    query or fragment. RFC 8058 also requires HTTPS for the one-click unsubscribe.

    Args:
        url: The tracker's base URL, as typed in the settings.

    Returns:
        A problem with its key (``tracker_https``, ``tracker_userinfo``, ``tracker_host``, ``tracker_local``,
        ``tracker_query``), or None.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        _ = parts.port  # a port that is not a number raises ValueError
    except ValueError:
        return Problem("tracker_host", "the tracker address is not a valid URL")
    if parts.scheme.lower() != "https":
        return Problem("tracker_https", "the tracker address must start with https://")
    if parts.username is not None or parts.password is not None:
        return Problem("tracker_userinfo", "the tracker address must not hold a user name or password")
    if not host:
        return Problem("tracker_host", "the tracker address has no host name")
    if parts.query or parts.fragment:
        return Problem("tracker_query", "the tracker address must not hold ? or #")
    host = host.rstrip(".").lower()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if host == "localhost" or "." not in host or host.endswith(_LOCAL_SUFFIXES):
            return Problem("tracker_local", f"{host} is a local name: a prospect cannot reach it", host=host)
        return None
    if not address.is_global:
        return Problem("tracker_local", f"{host} is a local or private address: a prospect cannot reach it",
                       host=host)
    return None


@dataclass(frozen=True, slots=True)
class MessageLinks:
    """What the messages sent now may carry.

    Attributes:
        url: The tracker base URL to write in messages, or None: no pixel, no tracked link, no online quote.
        problem: Why messages carry no tracker link (None when ``url`` is set).
    """

    url: str | None
    problem: Problem | None = None


NO_TRACKER = MessageLinks(None, Problem("tracker_absent", "no tracker is connected"))


def message_links(base_url: str, *, embedded: bool, local_mail: bool) -> MessageLinks:
    """Decide the tracker address written in messages.

    Args:
        base_url: The connected tracker's base URL.
        embedded: True for the tracker the desktop runs on 127.0.0.1.
        local_mail: True when messages go to the local outbox folder (no SMTP server): nothing reaches a
            prospect, so the demo keeps every link.

    Returns:
        The address to write, or None with the reason.
    """
    if local_mail:
        return MessageLinks(base_url.rstrip("/"))
    if embedded:
        return MessageLinks(None, Problem(
            "tracker_embedded", "the embedded tracker only works on this computer: real emails carry no tracker link"))
    problem = public_tracker_problem(base_url)
    return MessageLinks(base_url.rstrip("/")) if problem is None else MessageLinks(None, problem)

"""Building one outgoing message: headers checked against injection, tracking decided by policy.

Header injection is impossible by construction: every header value (names, addresses, subject,
Message-ID domain) is refused when it holds CR, LF or NUL, also once RFC 2047 encoded words are
decoded; recipients are kept apart and passed explicitly to SMTP, never read back from headers.

Tracking follows the company policy (:class:`TrackingPolicy`). When it applies, the message gets one
128-bit URL-safe token, a "view your quote online" link (``{tracker}/q/{token}``), tracked links
(``{tracker}/l/{token}/{link_id}``), a one-click unsubscribe header and the pixel
``<img src="{tracker}/o/{token}.gif">`` added by code (a template cannot forget or forge it). Without
tracking the message carries no pixel and no per-person link.
"""

from __future__ import annotations

import enum
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from typing import Any

from desktop.services.mail.templates import EmailTemplates, RenderedEmail

FORBIDDEN = ("\r", "\n", "\0")
_ADDR_RE = re.compile(r"[^@\s<>(),;:\"\[\]\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+")
_LINK_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


class HeaderInjectionError(ValueError):
    """A header value holds a line break or NUL (plain or inside an encoded word)."""


class TrackingPolicy(enum.StrEnum):
    """The company's tracking policy.

    ``DEFAULT`` tracks business contacts and consumers only with their consent; ``CONSENT`` tracks
    only contacts who consented; ``ALWAYS`` and ``NEVER`` say what they do.
    """

    DEFAULT = "default"
    ALWAYS = "always"
    CONSENT = "consent"
    NEVER = "never"


def tracking_applies(policy: TrackingPolicy, *, is_consumer: bool, consent: bool | None) -> bool:
    """Decide whether a message to this contact carries tracking.

    Args:
        policy: The company policy.
        is_consumer: The contact is a private person (not a business contact).
        consent: The contact's answer to tracking: True, False or None (never asked).

    Returns:
        True when the pixel and per-person links may be used.
    """
    if policy is TrackingPolicy.NEVER or consent is False:
        return False
    if policy is TrackingPolicy.ALWAYS:
        return True
    if policy is TrackingPolicy.CONSENT:
        return consent is True
    return consent is True or not is_consumer


def new_token() -> str:
    """Return a fresh 128-bit random URL-safe token (22 characters)."""
    return secrets.token_urlsafe(16)


def check_header(value: str, what: str) -> str:
    """Refuse a header value with CR, LF or NUL, plain or hidden in RFC 2047 encoded words.

    Args:
        value: The value.
        what: Its name, for the error message.

    Returns:
        The value, unchanged.

    Raises:
        HeaderInjectionError: If it could break out of its header line.
    """
    if any(ch in value for ch in FORBIDDEN):
        raise HeaderInjectionError(f"{what}: line breaks and NUL characters are not allowed")
    if "=?" in value:
        try:
            parts = decode_header(value)
        except Exception:
            raise HeaderInjectionError(f"{what}: malformed encoded word") from None
        for chunk, _charset in parts:
            raw = chunk if isinstance(chunk, bytes) else chunk.encode("utf-8", "surrogateescape")
            if any(b in raw for b in (b"\r", b"\n", b"\0")):
                raise HeaderInjectionError(f"{what}: an encoded word hides a line break or NUL")
    return value


def mailbox(address: str, name: str = "", what: str = "address") -> Address:
    """Build one checked mailbox.

    Args:
        address: The address (``user@example.fr``), nothing else.
        name: The display name, or empty.
        what: Field name, for the error message.

    Returns:
        The address object.

    Raises:
        HeaderInjectionError: On a line break or NUL.
        ValueError: If the address is not one plain address.
    """
    check_header(address, what)
    check_header(name, f"{what} name")
    address = address.strip()
    if _ADDR_RE.fullmatch(address) is None:
        raise ValueError(f"{what}: not a valid email address")
    local, _, domain = address.rpartition("@")
    return Address(display_name=name.strip(), username=local, domain=domain)


@dataclass(frozen=True, slots=True)
class Tracking:
    """The tracking of one message: its token and the links to register with the tracker.

    Attributes:
        token: The message token.
        base_url: The tracker's public base URL.
        links: Link id -> destination URL.
    """

    token: str
    base_url: str
    links: dict[str, str] = field(default_factory=dict)

    @property
    def view_url(self) -> str:
        """The online quote page."""
        return f"{self.base_url}/q/{self.token}"

    @property
    def pixel_url(self) -> str:
        """The tracking pixel."""
        return f"{self.base_url}/o/{self.token}.gif"

    @property
    def unsubscribe_url(self) -> str:
        """The one-click unsubscribe endpoint."""
        return f"{self.base_url}/u/{self.token}"

    def link(self, link_id: str, url: str) -> str:
        """Register a tracked link and return its redirect URL."""
        if _LINK_RE.fullmatch(link_id) is None or not url.startswith(("https://", "http://")):
            raise ValueError("a tracked link needs a short id and an absolute http(s) URL")
        self.links[link_id] = url
        return f"{self.base_url}/l/{self.token}/{link_id}"


@dataclass(frozen=True, slots=True)
class BuiltMessage:
    """A message ready for the outbox.

    Attributes:
        raw: The exact bytes to send (CRLF line ends).
        message_id: The fixed Message-ID, angle brackets included.
        sender: The envelope sender.
        recipients: Every envelope recipient (to, then cc), passed explicitly to SMTP.
        subject: The subject (for the timeline).
        tracking: The token and links, or None when the message is not tracked.
    """

    raw: bytes
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    tracking: Tracking | None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file attached to the message."""

    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "pdf"


def _with_pixel(html: str, pixel_url: str) -> str:
    img = f'<img src="{pixel_url}" width="1" height="1" alt="" style="display:block;border:0">'
    at = html.lower().rfind("</body>")
    return html[:at] + img + html[at:] if at >= 0 else html + img


def build_message(
    *,
    sender_address: str,
    sender_name: str,
    to: Sequence[str],
    cc: Sequence[str] = (),
    rendered: RenderedEmail,
    attachments: Sequence[Attachment] = (),
    tracking: Tracking | None,
    now: datetime,
) -> BuiltMessage:
    """Assemble the message from rendered parts.

    Args:
        sender_address: The From address.
        sender_name: The From display name.
        to: Main recipients.
        cc: Copy recipients.
        rendered: Subject and bodies (rendered with the same ``tracking``).
        attachments: Files to attach (the quote PDF).
        tracking: The message's tracking, or None for an untracked message.
        now: The Date header.

    Returns:
        The message with its fixed Message-ID and its envelope.

    Raises:
        HeaderInjectionError: If any header value holds a line break or NUL.
        ValueError: If an address is invalid or there is no recipient.
    """
    if not to:
        raise ValueError("to: at least one recipient is needed")
    sender = mailbox(sender_address, sender_name, "from")
    to_boxes = [mailbox(a, what="to") for a in to]
    cc_boxes = [mailbox(a, what="cc") for a in cc]
    subject = check_header(rendered.subject, "subject")
    message_id = make_msgid(domain=check_header(sender.domain, "domain"))
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to_boxes
    if cc_boxes:
        msg["Cc"] = cc_boxes
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    if tracking is not None:
        msg["List-Unsubscribe"] = f"<{tracking.unsubscribe_url}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg.set_content(rendered.text, cte="quoted-printable")
    if rendered.html is not None:
        html = _with_pixel(rendered.html, tracking.pixel_url) if tracking is not None else rendered.html
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for item in attachments:
        check_header(item.filename, "attachment name")
        msg.add_attachment(item.content, maintype=item.maintype, subtype=item.subtype, filename=item.filename)
    recipients = tuple(b.addr_spec for b in (*to_boxes, *cc_boxes))
    return BuiltMessage(raw=msg.as_bytes(), message_id=message_id, sender=sender.addr_spec,
                        recipients=tuple(dict.fromkeys(recipients)), subject=subject, tracking=tracking)


def compose(
    templates: EmailTemplates,
    template: str,
    context: Mapping[str, Any],
    *,
    tracker_url: str | None,
    track: bool,
    overrides: Mapping[str, str] | None = None,
    token_factory: Callable[[], str] = new_token,
) -> tuple[RenderedEmail, Tracking | None]:
    """Render a template with its tracking: ``view_url`` and ``link(id, url)`` in the context.

    Args:
        templates: The email templates.
        template: The template folder, e.g. ``"quote"``.
        context: Contact, quote, sender and seller fields.
        tracker_url: The tracker's public base URL, or None (no tracking possible).
        track: Whether the policy allows tracking for this contact.
        overrides: Edited template sources by part.
        token_factory: Mints the token (tests may fix it).

    Returns:
        The rendered parts and the tracking (None when the message is not tracked).
    """
    tracking = Tracking(token_factory(), tracker_url.rstrip("/")) if track and tracker_url else None

    def link(link_id: str, url: str) -> str:
        return tracking.link(link_id, url) if tracking is not None else url

    full = {**context, "view_url": tracking.view_url if tracking else None, "link": link}
    return templates.render(template, full, overrides), tracking

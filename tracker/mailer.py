"""The tracker's only outgoing mail: the one-time code of an online signature, over the configured SMTP server.

The code leaves while the prospect waits on the page, so it cannot go through the desktop's outbox (the seller's
computer may be off). The password comes from the environment (:func:`smtp_from_env`), never from a file, and
is never logged; an SMTP failure is reported by kind only.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from tracker.config import SmtpOutgoing
from tracker.texts import TEXTS

ENV_PREFIX = "RELANCE_TRACKER_SMTP_"


class CodeNotSent(Exception):
    """The code could not be handed to the mail server (the page asks to try again later)."""


def smtp_from_env(environ: dict[str, str] | None = None) -> SmtpOutgoing | None:
    """The outgoing server from ``RELANCE_TRACKER_SMTP_HOST``, ``_PORT``, ``_FROM``, ``_SECURITY``, ``_USER`` and
    ``_PASSWORD``; None when no host is set (no online signature then).

    Args:
        environ: The environment (``os.environ`` by default).

    Returns:
        The settings, or None.

    Raises:
        ValueError: A host without a ``From`` address, a port that is no number, an unknown security.
    """
    env = dict(os.environ if environ is None else environ)
    host = env.get(ENV_PREFIX + "HOST", "").strip()
    if not host:
        return None
    security = env.get(ENV_PREFIX + "SECURITY", "starttls").strip().lower() or "starttls"
    if security not in ("starttls", "tls", "none"):
        raise ValueError(f"{ENV_PREFIX}SECURITY: expected starttls, tls or none")
    port_text = env.get(ENV_PREFIX + "PORT", "").strip() or {"tls": "465", "none": "25"}.get(security, "587")
    if not port_text.isascii() or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(f"{ENV_PREFIX}PORT: expected a port number")
    sender = env.get(ENV_PREFIX + "FROM", "").strip()
    if "@" not in sender:
        raise ValueError(f"{ENV_PREFIX}FROM: the From address of the signature codes is needed")
    return SmtpOutgoing(host=host, port=int(port_text), sender=sender, security=security,
                        username=env.get(ENV_PREFIX + "USER", "").strip(),
                        password=env.get(ENV_PREFIX + "PASSWORD", ""))


def code_message(smtp: SmtpOutgoing, to: str, code: str, number: str, version: int, lang: str,
                 now: datetime) -> EmailMessage:
    """The message carrying a code, in the page's language.

    Args:
        smtp: The server settings (for ``From``).
        to: The recipient (the address the quote was sent to).
        code: The six digits.
        number: The quote number.
        version: Its version.
        lang: ``"fr"`` or ``"en"``.
        now: The ``Date``.

    Returns:
        The message.
    """
    t = TEXTS[lang]
    message = EmailMessage()
    message["From"] = smtp.sender
    message["To"] = to
    message["Subject"] = t["code_subject"].format(number=number)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=smtp.sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(t["code_body"].format(code=code, number=number, version=version))
    return message


def send_code(smtp: SmtpOutgoing, message: EmailMessage) -> None:
    """Hand a code message to the server (blocking: run it in a thread).

    Args:
        smtp: The server.
        message: The message.

    Raises:
        CodeNotSent: The server could not be reached or refused it (the reason's kind only, no secret).
    """
    try:
        if smtp.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout,
                                                    context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            if smtp.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if smtp.username:
                client.login(smtp.username, smtp.password)
            client.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise CodeNotSent(type(exc).__name__) from None

"""What a message carries of the tracker (:class:`Tracking`) and the lines code adds to it: the pixel, the
withdrawal line of a tracked message, the consent question of a quote email, the hidden honeypot link
(:func:`tracked_parts`).

The honeypot is one tracked link per message with individual tracking that no person can see or reach (not
displayed, ``aria-hidden``, out of the tab order, absent from the text part): only a scanner that follows every
link of the HTML follows it, and the tracker, told which link it is (:func:`honeypot_link_id`, registered with
``honeypot: true``), then judges that click and the hits around it machine. It leads to the sender's own site.

The decision itself is :func:`tracking_applies`, over the matrix of :func:`desktop.core.consent.allows_tracking`.
"""

from __future__ import annotations

import hashlib
import html as html_escape
import re
from dataclasses import dataclass, field

from desktop.core.consent import ConsentState, TrackingPolicy, allows_tracking
from desktop.services.mail.templates import RenderedEmail

_LINK_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def honeypot_link_id(token: str) -> str:
    """The id of a message's honeypot link: derived from its token, so the sender knows it again without storing it.

    Args:
        token: The message token.

    Returns:
        A short id that looks like any other link's.
    """
    return "r" + hashlib.sha256(b"relance-honeypot:" + token.encode("utf-8")).hexdigest()[:9]


def tracking_applies(policy: TrackingPolicy, *, state: str | ConsentState | None) -> bool:
    """Decide whether a message to this contact carries individual tracking (pixel, tracked links).

    Business contacts and consumers alike (the CNIL's recommendation covers B2B): see the matrix of
    :func:`desktop.core.consent.allows_tracking`.

    Args:
        policy: The effective company policy (:func:`desktop.core.consent.effective_policy`).
        state: The contact's consent state (``contacts.tracking_consent_state``).

    Returns:
        True when the pixel and per-person tracked links may be used.
    """
    return allows_tracking(policy, state)


#: The lines added by code: the withdrawal line of a tracked message, the consent question of a quote email.
LINES = {
    "fr": {"withdraw": "Nous mesurons l'ouverture de ce message. Pour que nous ne le fassions plus :",
           "withdraw_link": "ne plus être suivi",
           "ask": "Souhaitez-vous que nous soyons prévenus quand vous consultez nos messages ?",
           "ask_answer": "Répondre (oui ou non) :", "yes": "Oui", "no": "Non"},
    "en": {"withdraw": "We measure whether this message is opened. To stop it:",
           "withdraw_link": "stop tracking",
           "ask": "Would you like us to be told when you read our messages?",
           "ask_answer": "Answer (yes or no):", "yes": "Yes", "no": "No"},
}


@dataclass(frozen=True, slots=True)
class Tracking:
    """What a message carries of the tracker: its token, and what the consent allows with it.

    Attributes:
        token: The message token (online quote, unsubscribe, and everything else below).
        base_url: The tracker's public base URL.
        links: Link id -> destination URL (tracked links only: empty without individual tracking).
        individual: The contact's consent allows individual tracking: pixel, tracked links, withdrawal line.
        ask_consent: The message carries the polite consent question (a quote email to a contact never asked).
        aggregate_token: A campaign's anonymous pixel token, for a message without individual tracking.
        lang: Language of the lines added by code (``fr`` or ``en``).
    """

    token: str
    base_url: str
    links: dict[str, str] = field(default_factory=dict)
    individual: bool = True
    ask_consent: bool = False
    aggregate_token: str | None = None
    lang: str = "fr"

    @property
    def view_url(self) -> str:
        """The online quote page."""
        return f"{self.base_url}/q/{self.token}"

    @property
    def pixel_url(self) -> str | None:
        """The pixel: the message's own with individual tracking, the campaign's anonymous one, or None."""
        if self.individual:
            return f"{self.base_url}/o/{self.token}.gif"
        return f"{self.base_url}/o/{self.aggregate_token}.gif" if self.aggregate_token else None

    @property
    def unsubscribe_url(self) -> str:
        """The one-click unsubscribe endpoint."""
        return f"{self.base_url}/u/{self.token}"

    @property
    def withdraw_url(self) -> str:
        """The page that stops all tracking of this person's messages, sent before included."""
        return f"{self.base_url}/w/{self.token}"

    @property
    def consent_url(self) -> str:
        """The page that asks whether the person agrees to be tracked (records only the button pressed)."""
        return f"{self.base_url}/c/{self.token}"

    def link(self, link_id: str, url: str) -> str:
        """Register a tracked link and return its redirect URL; without individual tracking, ``url`` itself."""
        if _LINK_RE.fullmatch(link_id) is None or not url.startswith(("https://", "http://")):
            raise ValueError("a tracked link needs a short id and an absolute http(s) URL")
        if not self.individual:
            return url
        self.links[link_id] = url
        return f"{self.base_url}/l/{self.token}/{link_id}"

    def honeypot(self, site: str | None) -> str | None:
        """Register the message's hidden honeypot link and return its URL; None without individual tracking.

        Args:
            site: Where it leads (the sender's site); None: the destination of the message's first tracked link.

        Returns:
            The honeypot's tracker URL, or None (no individual tracking, or nowhere to lead).
        """
        link_id = honeypot_link_id(self.token)
        target = site or next((u for k, u in self.links.items() if k != link_id), None)
        if not self.individual or target is None:
            return None
        self.links[link_id] = target
        return f"{self.base_url}/l/{self.token}/{link_id}"


def _before_end(html: str, addition: str) -> str:
    at = html.lower().rfind("</body>")
    return html[:at] + addition + html[at:] if at >= 0 else html + addition


def tracked_parts(rendered: RenderedEmail, tracking: Tracking | None, *,
                  site: str | None = None) -> tuple[str, str | None]:
    """The text and HTML parts with what code adds: the consent question, the withdrawal line, the hidden honeypot
    link (HTML only, with individual tracking), the pixel.

    Args:
        rendered: The rendered parts.
        tracking: The message's tracking, or None.
        site: Where the honeypot leads (the sender's site, ``https://vendeur.example/``); None: the destination of
            the first tracked link, and no honeypot in a message without one.

    Returns:
        ``(text, html)``.
    """
    text, html = rendered.text, rendered.html
    if tracking is None:
        return text, html
    words = LINES.get(tracking.lang, LINES["fr"])
    lines_text: list[str] = []
    lines_html: list[str] = []
    style = 'style="font-size:12px;color:#666666"'
    if tracking.ask_consent:
        url = tracking.consent_url
        lines_text.append(f"{words['ask']} {words['ask_answer']} {url}")
        lines_html.append(f'<p {style}>{html_escape.escape(words["ask"])} <a href="{url}?r=yes">{words["yes"]}</a>'
                          f' / <a href="{url}?r=no">{words["no"]}</a></p>')
    if tracking.individual:
        url = tracking.withdraw_url
        lines_text.append(f"{words['withdraw']} {url}")
        lines_html.append(f'<p {style}>{html_escape.escape(words["withdraw"])} '
                          f'<a href="{url}">{html_escape.escape(words["withdraw_link"])}</a></p>')
    if lines_text:
        text = text.rstrip("\n") + "\n\n" + "\n".join(lines_text) + "\n"
    if html is not None:
        pixel = tracking.pixel_url
        img = (f'<img src="{pixel}" width="1" height="1" alt="" style="display:block;border:0">' if pixel else "")
        trap = tracking.honeypot(site) if tracking.individual else None
        # no text, not displayed, out of the tab order and of screen readers: nothing a person can see or reach
        hidden = f'<a href="{trap}" style="display:none" aria-hidden="true" tabindex="-1"></a>' if trap else ""
        html = _before_end(html, "".join(lines_html) + hidden + img)
    return text, html

"""HTTP client of the tracker's API (hosted or embedded alike): registrations, supersede, contacts' answers,
the event feed.

The bearer key comes from the keyring and is sent only in the ``Authorization`` header; it never
appears in a log, a ``repr`` or an error. Network failures, timeouts, 429 and 5xx become
:class:`TrackerUnavailable` (try again later); other refusals become :class:`TrackerRejected` with the
tracker's own words.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx

log = logging.getLogger(__name__)
#: Fields of a registered quote that only trackers with online signatures know (tracker schema 4).
_SIGNATURE_FIELDS = ("signer_email", "consumer", "seller_contact")


class TrackerUnavailable(Exception):
    """The tracker could not be reached or is overloaded: try again later."""


class TrackerRejected(Exception):
    """The tracker refused the request (bad key, invalid payload...).

    Attributes:
        status: The HTTP status.
        detail: The tracker's explanation.
    """

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"the tracker answered {status}: {detail}")
        self.status = status
        self.detail = detail


@dataclass(frozen=True, slots=True)
class FeedPage:
    """One page of the event feed.

    Attributes:
        events: The events, in feed order (see ``tracker/events.py`` for their fields).
        next_cursor: Pass it as ``after`` to read what follows.
    """

    events: list[dict[str, Any]]
    next_cursor: str


class TrackerClient:
    """Talks to one tracker.

    Args:
        base_url: The tracker's base URL (``https://t.example.fr`` or the embedded one).
        api_key: The bearer key (from the keyring).
        timeout: Seconds for connecting and for ordinary requests.
        transport: An httpx transport (tests may pass one); None uses the network.
    """

    def __init__(self, base_url: str, api_key: str, *, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout
        self._client = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport,
                                    headers={"Authorization": f"Bearer {api_key}"}, follow_redirects=False)

    def __repr__(self) -> str:
        return f"TrackerClient({self.base_url})"

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def _request(self, method: str, path: str, *, json: Any = None, params: Mapping[str, Any] | None = None,
                 timeout: float | None = None) -> Any:
        try:
            response = self._client.request(method, path, json=json, params=params,
                                            timeout=timeout if timeout is not None else self._timeout)
        except httpx.HTTPError as exc:
            raise TrackerUnavailable(f"the tracker at {self.base_url} is unreachable ({type(exc).__name__})") from None
        if response.status_code == 429 or response.status_code >= 500:
            raise TrackerUnavailable(f"the tracker at {self.base_url} answered {response.status_code}")
        if response.status_code >= 400:
            try:
                detail = str(response.json().get("detail", response.text))
            except ValueError:
                detail = response.text[:300]
            raise TrackerRejected(response.status_code, detail)
        try:
            return response.json()
        except ValueError:
            raise TrackerRejected(response.status_code, "the answer is not JSON") from None

    def health(self) -> bool:
        """Tell whether the tracker answers ``/healthz`` ("Test connection" also checks the key: see ``check``)."""
        try:
            return self._client.get("/healthz").status_code == 200
        except httpx.HTTPError:
            return False

    def check(self) -> str:
        """"Test connection": reach the tracker and prove the key.

        Returns:
            A short success sentence.

        Raises:
            TrackerUnavailable: If it cannot be reached.
            TrackerRejected: If the key is refused (401) or anything else is wrong.
        """
        self._request("GET", "/api/v1/events", params={"after": "0", "limit": 1, "wait": 0})
        return f"connected to the tracker at {self.base_url}"

    def register(self, token: str, *, links: Mapping[str, str] | None = None, delivered_at: datetime | None = None,
                 quote: Mapping[str, Any] | None = None, pdf: bytes | None = None, contact_key: str | None = None,
                 aggregate: bool = False, honeypots: Collection[str] = ()) -> bool:
        """Register (or update) a message before it is sent.

        Args:
            token: The message token.
            links: Link id -> destination URL.
            delivered_at: When the mail server accepted the message, if it did already (else see :meth:`delivered`).
            quote: Quote metadata (``number``, ``version``, ``amount``, ``currency``, ``valid_until``; for an online
                signature ``signer_email``, the address the message goes to, ``consumer`` and ``seller_contact``).
            pdf: The quote's PDF, shown online; needed with ``quote``.
            contact_key: The contact's opaque key (never who they are): the tracker groups messages by it.
            aggregate: A campaign's anonymous pixel (no key, quote nor link; no address nor agent kept).
            honeypots: Ids among ``links`` of hidden links no person can follow (sent with ``honeypot: true``). A
                tracker that refuses one (its destination, an older tracker) gets the message without it.

        Returns:
            True when the tracker created it, False when it updated an earlier registration.
        """
        body: dict[str, Any] = {"token": token,
                                "links": [{"id": k, "url": v, **({"honeypot": True} if k in honeypots else {})}
                                          for k, v in (links or {}).items()]}
        if contact_key is not None:
            body["contact_key"] = contact_key
        if aggregate:
            body["aggregate"] = True
        if delivered_at is not None:
            body["delivered_at"] = delivered_at.isoformat()
        if quote is not None and pdf is not None:
            body["quote"] = {**quote, "pdf_base64": base64.b64encode(pdf).decode("ascii")}
        try:
            answer = self._post_message(body, honeypots)
        except TrackerRejected as exc:
            if exc.status == 422 and "quote: unknown field" in exc.detail and quote is not None \
                    and any(k in quote for k in _SIGNATURE_FIELDS):
                # a tracker older than online signatures: the quote is accepted there with a click
                log.warning("the tracker at %s does not know online signatures: upgrade it", self.base_url)
                return self.register(token, links=links, delivered_at=delivered_at, pdf=pdf, contact_key=contact_key,
                                     quote={k: v for k, v in quote.items() if k not in _SIGNATURE_FIELDS},
                                     aggregate=aggregate, honeypots=honeypots)
            # a tracker older than contact keys refuses the field: the message still goes (a withdrawal then
            # covers this message only, until the tracker is upgraded); an anonymous pixel it cannot count
            if exc.status != 422 or "unknown field" not in exc.detail or aggregate or contact_key is None:
                raise
            log.warning("the tracker at %s does not know contact keys: upgrade it", self.base_url)
            answer = self._post_message({k: v for k, v in body.items() if k != "contact_key"}, honeypots)
        return bool(answer.get("created", False))

    def _post_message(self, body: dict[str, Any], honeypots: Collection[str]) -> Any:
        """POST a registration; refused for a link while it carries a honeypot, again without the honeypot."""
        try:
            return self._request("POST", "/api/v1/messages", json=body)
        except TrackerRejected as exc:
            if exc.status != 422 or "links" not in exc.detail or not any(
                    link.get("honeypot") for link in body.get("links", ())):
                raise
            log.warning("the tracker at %s refused the honeypot link (%s): the message goes without it",
                        self.base_url, exc.detail[:200])
            plain = [link for link in body["links"] if link["id"] not in honeypots]
            return self._request("POST", "/api/v1/messages", json={**body, "links": plain})

    def delivered(self, token: str, delivered_at: datetime) -> bool:
        """Tell the tracker when the mail server accepted a registered message (the delivery clock of its verdicts).

        Args:
            token: The message token.
            delivered_at: The time of the server's acceptance (the latest, after a retry).

        Returns:
            True when the tracker knows the message (False: unknown token, or a tracker too old for the call).
        """
        try:
            self._request("POST", f"/api/v1/messages/{token}/delivered",
                          json={"delivered_at": delivered_at.isoformat()})
        except TrackerRejected as exc:
            if exc.status in (404, 405):
                return False
            raise
        return True

    def supersede(self, token: str, superseded_by: str | None = None) -> None:
        """Mark an older version's message superseded (its online page then says so).

        Args:
            token: The older version's token.
            superseded_by: The newer version's token, if it was sent.
        """
        body = {} if superseded_by is None else {"superseded_by": superseded_by}
        self._request("POST", f"/api/v1/messages/{token}/supersede", json=body)

    def sync_contacts(self, contacts: Sequence[Mapping[str, Any]]) -> int:
        """Tell the tracker the answers about tracking given elsewhere, and join older messages to their key.

        Args:
            contacts: At most 500 of ``{"key", "tracking": "blocked"|"allowed", "at": datetime, "tokens": [...]}``.

        Returns:
            How many of these keys are blocked on the tracker afterwards.
        """
        body = {"contacts": [{**c, "at": c["at"].isoformat(), "tokens": list(c.get("tokens", ()))}
                             for c in contacts]}
        answer = self._request("POST", "/api/v1/contacts", json=body)
        return int(answer.get("blocked", 0))

    def events(self, after: str = "0", *, limit: int = 200, wait: float = 0.0) -> FeedPage:
        """Read the event feed after a cursor; with ``wait``, return as soon as an event arrives.

        Args:
            after: The cursor returned by the previous page ("0" at first).
            limit: Largest number of events.
            wait: Long-poll seconds (0 answers at once).

        Returns:
            The page.
        """
        answer = self._request("GET", "/api/v1/events", params={"after": after, "limit": limit, "wait": wait},
                               timeout=self._timeout + wait)
        return FeedPage(events=list(answer["events"]), next_cursor=str(answer["next_cursor"]))

"""The ASGI application: :func:`create_app` wires settings, storage, writer and routes.

Routes (see :mod:`tracker.public` and :mod:`tracker.api`)::

    GET|HEAD /o/{token}.gif              tracking pixel (same 43-byte GIF for any token; answered before routing)
    GET|HEAD /l/{token}/{link_id}        302 to the registered URL, neutral page otherwise
    GET      /q/{token}                  online quote page (records "view")
    GET      /q/{token}/document.pdf     the quote's PDF (inline, or ?download=1)
    POST     /q/{token}/accept           online acceptance with a click (when the quote is not signed with a code)
    POST     /q/{token}/sign/code        online signature, step 1: a one-time code to the quote's address
    POST     /q/{token}/sign             online signature, step 2: the code signs (evidence file, "signed" event)
    GET|POST /u/{token}                  unsubscribe page / RFC 8058 one-click
    GET|POST /c/{token}                  may we know when you read our messages? Yes / No (records on POST)
    GET|POST /w/{token}                  stop all tracking of my messages (records on POST)
    GET      /healthz                    liveness and database check
    /api/v1/...                          bearer-key API, described at /api/v1/openapi.json
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from tracker import answers, api, public, sign_pages
from tracker.classify import Catalogue, load_catalogue
from tracker.commands import purge_expired
from tracker.config import TrackerConfig
from tracker.limits import head_too_large, send_head_refusal
from tracker.notify import FeedNotifier, PgFeedListener, feed_listener
from tracker.numbers import parse_int
from tracker.privacy import retention_cutoff_us, to_us
from tracker.ratelimit import RateLimiter
from tracker.security import key_matches
from tracker.storage import Storage
from tracker.texts import TEXTS, pick_language
from tracker.writer import Command, EventWriter

log = logging.getLogger("tracker")

HTML_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; object-src 'self'; frame-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    # same-origin: the form's post carries our Origin (with no-referrer, Chromium sends "Origin: null"), and
    # nothing is ever sent to another site (the tracked links' redirects keep no-referrer).
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


class BodyTooLarge(Exception):
    """The request body exceeds the configured limit."""


@dataclass
class TrackerState:
    """Everything the handlers share, built once per application.

    Attributes:
        config: Settings.
        storage: Database access.
        writer: The single writer thread.
        notifier: Wakes long-polling readers.
        catalogue: Known agents and networks.
        per_ip: Rate limiter per client address.
        per_token: Rate limiter per token.
        per_api_client: Rate limiter for the API.
        templates: Jinja environment of the public pages.
        listener: Hears the other processes' feed commits (PostgreSQL), None on SQLite.
    """

    config: TrackerConfig
    storage: Storage
    writer: EventWriter
    notifier: FeedNotifier
    catalogue: Catalogue
    per_ip: RateLimiter
    per_token: RateLimiter
    per_api_client: RateLimiter
    templates: Environment
    listener: PgFeedListener | None = None
    _key_hashes: list[str] = field(default_factory=list)
    _keys_loaded_at: float = float("-inf")

    def now_us(self) -> int:
        """Return the injected clock's time in epoch microseconds.

        Returns:
            Microseconds since the epoch.
        """
        return to_us(self.config.clock())

    def too_many(self, request: Request, token: str | None = None) -> Response | None:
        """Apply the per-IP and per-token limits to a public request.

        Args:
            request: The request.
            token: The token it concerns, if any.

        Returns:
            A 429 response, or None if the request may proceed.
        """
        address = request.client.host if request.client else "-"
        refusing = self.refusing_limiter(address, token, self.config.clock().timestamp())
        return None if refusing is None else self.rejected(refusing)

    def refusing_limiter(self, address: str, token: str | None, now: float) -> RateLimiter | None:
        """Take one request from the per-IP and per-token buckets.

        Args:
            address: The client address ('-' if unknown).
            token: The token the request concerns, if any.
            now: Current time in seconds.

        Returns:
            The limiter that refuses the request, or None if it may proceed.
        """
        if not self.per_ip.allow(address, now):
            return self.per_ip
        if token is not None and not self.per_token.allow(token, now):
            return self.per_token
        return None

    @staticmethod
    def rejected(limiter: RateLimiter) -> Response:
        """Build the 429 answer of a limiter.

        Args:
            limiter: The limiter that refused.

        Returns:
            A plain 429 response with ``Retry-After``.
        """
        return Response("Too Many Requests", status_code=429, media_type="text/plain",
                        headers={"Retry-After": str(limiter.retry_after())})

    def key_is_valid(self, presented: str) -> bool:
        """Check an API key against the stored hashes, reloading them at most once a second on a miss.

        Args:
            presented: The bearer key.

        Returns:
            True if valid.
        """
        if key_matches(presented, self._key_hashes):
            return True
        if time.monotonic() - self._keys_loaded_at > 1.0:
            self._key_hashes = self.storage.key_hashes()
            self._keys_loaded_at = time.monotonic()
            return key_matches(presented, self._key_hashes)
        return False

    def render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        """Render a public page in the visitor's language.

        Args:
            request: The request (for ``Accept-Language``).
            template: Template file name.
            status: HTTP status.
            **context: Template variables.

        Returns:
            The HTML response with the security headers.
        """
        lang = pick_language(request.headers.get("accept-language"))
        context.setdefault("title", context.get("title", "Relance"))
        html = self.templates.get_template(template).render(lang=lang, t=TEXTS[lang], **context)
        return HTMLResponse(html, status_code=status, headers={**HTML_HEADERS, "Content-Language": lang})

    def neutral(self, request: Request, status: int = 404) -> HTMLResponse:
        """Render the neutral page shown for anything unknown.

        Args:
            request: The request.
            status: HTTP status.

        Returns:
            The page.
        """
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        return self.render(request, "notice.html", status, title=texts["neutral_title"],
                           body=texts["neutral_body"], ok=False, sha256=None, back=None)

    async def read_body(self, request: Request, limit: int) -> bytes:
        """Read a request body, refusing more than ``limit`` bytes.

        Args:
            request: The request.
            limit: Maximum size in bytes.

        Returns:
            The body.

        Raises:
            BodyTooLarge: If the declared or actual size exceeds the limit.
        """
        declared = request.headers.get("content-length", "").strip()
        if declared.isascii() and declared.isdigit() and parse_int(declared, 0, limit) is None:
            raise BodyTooLarge  # a length past the limit (what is no length is left to the count below)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise BodyTooLarge
            chunks.append(chunk)
        return b"".join(chunks)

    def purge(self) -> Any:
        """Queue the retention purge.

        Returns:
            The future of its counts.
        """
        cutoff = retention_cutoff_us(self.config.clock(), self.config.retention_days, self.config.retention_months)
        return self.writer.submit(Command(lambda conn: purge_expired(conn, cutoff)))


def build_state(config: TrackerConfig) -> TrackerState:
    """Open the database (migrating it), start the writer and build the shared state.

    Args:
        config: Settings.

    Returns:
        The state; call ``state.writer.close()`` and ``state.storage.close()`` when done.
    """
    storage = Storage(config.database_url, to_us(config.clock()))
    notifier = FeedNotifier()
    catalogue = load_catalogue(timing_scale=config.timing_scale, burst_seconds=config.click_burst_seconds)
    writer = EventWriter(storage, config, catalogue, notifier)
    templates = Environment(
        loader=PackageLoader("tracker", "templates"),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
    )
    return TrackerState(
        config=config, storage=storage, writer=writer, notifier=notifier, catalogue=catalogue,
        per_ip=RateLimiter(config.per_ip), per_token=RateLimiter(config.per_token),
        per_api_client=RateLimiter(config.per_api_client), templates=templates,
        listener=feed_listener(storage.engine, notifier),
    )


async def _purge_periodically(state: TrackerState) -> None:
    while True:
        try:
            counts = await asyncio.wrap_future(state.purge())
            log.info("retention purge: %s", counts)
        except Exception:
            log.exception("retention purge failed")
        await asyncio.sleep(state.config.purge_interval_seconds)


class TrackerApp(Starlette):
    """The Starlette app, answering the pixel before its middleware stack and router.

    The pixel is nearly all of the traffic; :func:`tracker.public.send_pixel` answers it in plain ASGI,
    with the same bytes, headers and recording as the ``/o/{token}.gif`` route. Before it, a request head
    past the bounds of :mod:`tracker.limits` gets 431, whatever server runs the app.

    Args:
        state: Shared state.
        **kwargs: Passed to :class:`~starlette.applications.Starlette`.
    """

    def __init__(self, state: TrackerState, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._tracker = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse an oversized head, answer a pixel request directly, hand anything else to Starlette."""
        if scope["type"] == "http" and head_too_large(scope):
            await send_head_refusal(send)
            return
        token = public.pixel_token(scope)
        if token is None:
            await super().__call__(scope, receive, send)
        else:
            await public.send_pixel(self._tracker, scope, token, send)


def create_app(config: TrackerConfig) -> Starlette:
    """Build the tracker application.

    The database is opened and migrated, and the writer started, right away (so the app also works
    under test clients that skip the lifespan); the lifespan adds the periodic retention purge and
    closes everything on shutdown. ``app.state.tracker`` holds the :class:`TrackerState`.

    Args:
        config: Settings, with the clock to use.

    Returns:
        The Starlette application.
    """
    state = build_state(config)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        purger = asyncio.create_task(_purge_periodically(state))
        try:
            yield
        finally:
            purger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purger
            close_state(state)

    routes = [*public.routes(state), *sign_pages.routes(state), *answers.routes(state), health(state),
              *api.routes(state)]
    handlers = {404: _no_route, 405: _no_route}
    app = TrackerApp(state, routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app.router.redirect_slashes = False  # a Location header only ever names a registered URL
    app.state.tracker = state
    return app


async def _no_route(request: Request, exc: HTTPException) -> Response:
    """Answer a path or method no route takes: a JSON error under ``/api/`` (as every API error), else text."""
    if request.url.path.startswith("/api/"):
        code = "not-found" if exc.status_code == 404 else "method-not-allowed"
        return api.error(exc.status_code, code, str(exc.detail).lower(), dict(exc.headers or {}))
    return Response(str(exc.detail), status_code=exc.status_code, media_type="text/plain", headers=exc.headers)


def close_state(state: TrackerState) -> None:
    """Flush the writer and release the database.

    Args:
        state: The state to close.
    """
    state.writer.close()
    if state.listener is not None:
        state.listener.close()
    state.storage.close()


def health(state: TrackerState) -> Route:
    """Build the ``/healthz`` route.

    Args:
        state: Shared state.

    Returns:
        The route.
    """

    async def healthz(_request: Request) -> Response:
        ok = await asyncio.to_thread(state.storage.ping)
        body = {"status": "ok" if ok else "degraded", "schema_version": state.storage.schema_version}
        return JSONResponse(body, status_code=200 if ok else 503, headers={"Cache-Control": "no-store"})

    return Route("/healthz", healthz, methods=["GET"])

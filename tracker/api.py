"""The bearer-key API the desktop talks to: registrations, superseded versions, contacts' answers, the feed.

Every ``/api/v1`` route but the schema needs ``Authorization: Bearer <key>``; keys are stored as
SHA-256 hashes and compared in constant time. Errors are JSON ``{"error": code, "detail": text}``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tracker.commands import AlreadyAccepted, register_message, supersede_message, sync_contacts
from tracker.delivery import parse_delivered
from tracker.numbers import parse_decimal, parse_int
from tracker.openapi import openapi_schema
from tracker.privacy import to_us
from tracker.security import bearer_key
from tracker.validation import PayloadError, is_token, parse_contacts, parse_message, parse_supersede
from tracker.writer import Command

if TYPE_CHECKING:
    from tracker.app import TrackerState

Handler = Callable[[Request], Awaitable[Response]]
MAX_LIMIT = 1000
MAX_CURSOR = 10**18 - 1  # cursors have at most 18 digits (see the OpenAPI schema)


def error(status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """Build a JSON error response.

    Args:
        status: HTTP status.
        code: Stable error code.
        detail: Human-readable explanation.
        headers: Extra headers.

    Returns:
        The response.
    """
    return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)


def parse_feed_query(request: Request, max_wait: float) -> tuple[int, int, float] | str:
    """Validate ``after``, ``limit`` and ``wait`` of the event feed (ASCII numbers, :mod:`tracker.numbers`).

    Args:
        request: The request.
        max_wait: Upper bound of ``wait``.

    Returns:
        ``(after, limit, wait)``, or an error message.
    """
    params = request.query_params
    after = parse_int(params.get("after", "0") or "0", 0, MAX_CURSOR)
    if after is None:
        return "after: expected a cursor returned by this feed"
    limit = parse_int(params.get("limit", "100"), 1, MAX_LIMIT)
    if limit is None:
        return f"limit: expected an integer from 1 to {MAX_LIMIT}"
    wait = parse_decimal(params.get("wait", "0"), 0.0, max_wait)
    if wait is None:
        return f"wait: expected a number of seconds from 0 to {max_wait:g}"
    return after, limit, wait


def routes(state: TrackerState) -> list[Route]:
    """Build the API routes.

    Args:
        state: Shared state.

    Returns:
        The routes.
    """
    config = state.config

    def authenticated(handler: Handler) -> Handler:
        async def guarded(request: Request) -> Response:
            address = request.client.host if request.client else "-"
            if not state.per_api_client.allow(address, config.clock().timestamp()):
                return state.rejected(state.per_api_client)
            if not state.key_is_valid(bearer_key(request.headers.get("authorization"))):
                return error(401, "unauthorized", "a valid bearer key is required",
                             {"WWW-Authenticate": 'Bearer realm="relance-tracker"'})
            return await handler(request)

        return guarded

    async def json_body(request: Request) -> Any:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise PayloadError("content-type: expected application/json")
        try:
            body = await state.read_body(request, config.max_api_body_bytes)
        except Exception as exc:
            raise OverflowError from exc
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            raise PayloadError("body: not valid JSON") from None

    async def read_payload(request: Request, parse: Callable[[Any], Any]) -> Any:
        try:
            return parse(await json_body(request))
        except OverflowError:
            return error(413, "too-large", f"the body exceeds {config.max_api_body_bytes} bytes")
        except PayloadError as exc:
            return error(422, "invalid", str(exc))

    async def register(request: Request) -> Response:
        spec = await read_payload(request, parse_message)
        if isinstance(spec, Response):
            return spec
        now_us = state.now_us()
        try:
            created = await asyncio.wrap_future(
                state.writer.submit(Command(lambda conn: register_message(conn, spec, now_us)))
            )
        except AlreadyAccepted:
            return error(409, "accepted", "this quote was accepted; register a new version with a new token")
        return JSONResponse({"token": spec.token, "created": created}, status_code=201 if created else 200)

    async def supersede(request: Request) -> Response:
        token: str = request.path_params["token"]
        newer = await read_payload(request, parse_supersede)
        if isinstance(newer, Response):
            return newer
        if not is_token(token):
            return error(404, "not-found", "unknown token")
        found = await asyncio.wrap_future(
            state.writer.submit(Command(lambda conn: supersede_message(conn, token, newer)))
        )
        if not found:
            return error(404, "not-found", "unknown token")
        return JSONResponse({"token": token, "superseded": True, "superseded_by": newer})

    async def delivered(request: Request) -> Response:
        token: str = request.path_params["token"]
        moment = await read_payload(request, parse_delivered)
        if isinstance(moment, Response):
            return moment
        if not is_token(token):
            return error(404, "not-found", "unknown token")
        found = await asyncio.wrap_future(state.writer.delivered(token, to_us(moment), state.now_us()))
        if not found:
            return error(404, "not-found", "unknown token")
        return JSONResponse({"token": token, "delivered_at": moment.isoformat()})

    async def contacts(request: Request) -> Response:
        specs = await read_payload(request, parse_contacts)
        if isinstance(specs, Response):
            return specs
        blocked = await asyncio.wrap_future(state.writer.submit(Command(lambda conn: sync_contacts(conn, specs))))
        return JSONResponse({"contacts": len(specs), "blocked": blocked})

    async def status(request: Request) -> Response:
        token: str = request.path_params["token"]
        found = await asyncio.to_thread(state.storage.message_status, token) if is_token(token) else None
        if found is None:
            return error(404, "not-found", "unknown token")
        return JSONResponse(found)

    async def feed(request: Request) -> Response:
        parsed = parse_feed_query(request, config.max_long_poll_seconds)
        if isinstance(parsed, str):
            return error(422, "invalid", parsed)
        after, limit, wait = parsed
        deadline = time.monotonic() + wait
        version = state.notifier.version
        events = await asyncio.to_thread(state.storage.feed, after, limit)
        while not events and (remaining := deadline - time.monotonic()) > 0:
            if not await state.notifier.wait_past(version, remaining):
                break
            version = state.notifier.version
            events = await asyncio.to_thread(state.storage.feed, after, limit)
        next_cursor = events[-1]["cursor"] if events else str(after)
        return JSONResponse({"events": events, "next_cursor": next_cursor}, headers={"Cache-Control": "no-store"})

    async def schema(_request: Request) -> Response:
        return JSONResponse(openapi_schema())

    return [
        Route("/api/v1/openapi.json", schema, methods=["GET"]),
        Route("/api/v1/messages", authenticated(register), methods=["POST"]),
        Route("/api/v1/messages/{token}", authenticated(status), methods=["GET"]),
        Route("/api/v1/messages/{token}/supersede", authenticated(supersede), methods=["POST"]),
        Route("/api/v1/messages/{token}/delivered", authenticated(delivered), methods=["POST"]),
        Route("/api/v1/contacts", authenticated(contacts), methods=["POST"]),
        Route("/api/v1/events", authenticated(feed), methods=["GET"]),
    ]

"""Bounds on request heads, in the tracker itself (a reverse proxy may add its own, see packaging/tracker).

uvicorn's httptools parser keeps whatever header bytes arrive (40 MiB were accepted), and h11's bound only
applies when h11 is the parser. Two layers, both cheap on the pixel path:

- :class:`BoundedHttpToolsProtocol`, the server protocol the tracker runs with (``uvicorn.Config(http=...)``,
  see :func:`server_options`): it counts the bytes of each request head as they arrive and its header
  lines once parsed, answers ``431 Request Header Fields Too Large`` and closes the connection past
  :data:`MAX_HEAD_BYTES` or :data:`MAX_HEADERS`. Bytes are counted per read, so a head is cut at most one
  socket read (at most 256 KiB) past the bound: memory per connection stays bounded.
- :func:`head_too_large`, checked by the application on every request whatever server runs it: the exact
  size of the path, query string and headers against the same bounds.

Bodies are bounded where they are read (:meth:`tracker.app.TrackerState.read_body`: 8 KiB for forms,
12 MiB for the API); uvicorn discards what a route does not read, with flow control, never holding it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

from starlette.types import Scope, Send

MAX_HEAD_BYTES = 32 * 1024
"""Request line and headers together (nginx's default large_client_header_buffers holds 4 x 8 KiB)."""
MAX_HEADERS = 100
"""Header lines per request (Apache's LimitRequestFields default)."""

_REFUSAL_BODY = b"Request Header Fields Too Large"
_REFUSAL = (b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
            b"content-length: " + str(len(_REFUSAL_BODY)).encode() + b"\r\nconnection: close\r\n\r\n" + _REFUSAL_BODY)


def head_too_large(scope: Scope) -> bool:
    """Tell whether a request's head is past the bounds (for any ASGI server).

    Args:
        scope: An HTTP scope.

    Returns:
        True if it has more than :data:`MAX_HEADERS` headers or more than :data:`MAX_HEAD_BYTES` bytes of
        path, query string and headers.
    """
    headers = scope["headers"]
    if len(headers) > MAX_HEADERS:
        return True
    size = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
    for name, value in headers:
        size += len(name) + len(value) + 4  # ": " and CRLF, as on the wire
    return size > MAX_HEAD_BYTES


async def send_head_refusal(send: Send) -> None:
    """Answer 431 and ask the server to close the connection.

    Args:
        send: The ASGI send callable.
    """
    await send({"type": "http.response.start", "status": 431,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": _REFUSAL_BODY})


try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - uvicorn without httptools: h11 with its own bound (server_options)
    HttpToolsProtocol = None  # type: ignore[assignment,misc]


def no_delay(transport: asyncio.BaseTransport) -> None:
    """Turn Nagle's algorithm off on a connection's socket.

    asyncio does so itself only for sockets whose protocol number says TCP; a listening socket made as
    ``socket.socket(AF_INET, SOCK_STREAM)`` (the embedded tracker's, uvicorn's ``--workers`` and ``--fd``) has
    0 there, and its connections then hold a reply's body until the client acknowledges its head: 40 ms per
    request on a kept-alive connection (the desktop's feed poll, a browser's page then its pixel), 2 ms fresh.
    """
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _HeadTooLarge(Exception):
    """Raised from a parser callback to stop parsing a head past the bounds."""


if HttpToolsProtocol is not None:

    class BoundedHttpToolsProtocol(HttpToolsProtocol):
        """uvicorn's httptools protocol with bounded request heads (431 and close past them)."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._head_bytes = 0  # bytes of the current head counted so far
            self._in_head = True  # a head is being received (from the connection or the message start)
            self._began_here = False  # the current message began in the read being parsed
            self._refused = False

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            """Take the connection, its replies sent at once (see :func:`no_delay`)."""
            no_delay(transport)
            super().connection_made(transport)

        def on_message_begin(self) -> None:
            """Start counting a new head."""
            super().on_message_begin()
            self._in_head, self._began_here, self._head_bytes = True, True, 0

        def on_headers_complete(self) -> None:
            """The head is complete: stop counting; refuse it past :data:`MAX_HEADERS` header lines."""
            self._in_head = False
            if len(self.headers) > MAX_HEADERS:
                raise _HeadTooLarge  # the parser stops (HttpParserCallbackError), send_400_response answers
            super().on_headers_complete()

        def data_received(self, data: bytes) -> None:
            """Parse a read, then count it if it only carried head bytes of a message begun earlier."""
            if self._refused:
                return
            self._began_here = False
            super().data_received(data)
            if self._refused or not self._in_head or self._began_here:
                return
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self._refuse()

        def send_400_response(self, msg: str) -> None:
            """Answer 431 when the parser stopped on a bound, else uvicorn's 400."""
            if self.headers is not None and len(self.headers) > MAX_HEADERS:
                self._refuse()
            else:
                super().send_400_response(msg)

        def _refuse(self) -> None:
            self._refused = True
            if not self.transport.is_closing():
                self.transport.write(_REFUSAL)
                self.transport.close()


def server_options() -> dict[str, Any]:
    """The uvicorn options that bound request heads: the bounded protocol, or h11 with its bound.

    Returns:
        Keyword arguments for ``uvicorn.Config`` or ``uvicorn.run``.
    """
    if HttpToolsProtocol is None:  # pragma: no cover - depends on the installation
        return {"http": "h11", "h11_max_incomplete_event_size": MAX_HEAD_BYTES}
    return {"http": BoundedHttpToolsProtocol, "h11_max_incomplete_event_size": MAX_HEAD_BYTES}

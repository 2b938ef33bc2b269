"""Public endpoints reached from sent emails: pixel, links, online quote, acceptance, unsubscribe.

Nothing here reveals whether a token exists except the quote page itself (which needs the token);
the pixel answers the same bytes for any token, unknown links get a neutral page, and the service
never redirects anywhere but to a registered URL.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route
from starlette.types import Scope, Send

from tracker.numbers import parse_int
from tracker.pages import MAX_PAGES, page_count, page_image
from tracker.privacy import to_us, truncate_ip
from tracker.security import check_form_token, form_token
from tracker.signing import mask_email, statement_text
from tracker.storage import QuoteView
from tracker.texts import TEXTS, format_amount, format_moment, pick_language
from tracker.validation import is_link_id, is_token
from tracker.writer import Hit, HitOutcome

if TYPE_CHECKING:
    from tracker.app import TrackerState

PIXEL_GIF = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
PIXEL_HEADERS = {"Cache-Control": "no-store, no-cache, must-revalidate, max-age=0", "Pragma": "no-cache",
                 "Expires": "0"}
_PIXEL_RAW_HEADERS = Response(PIXEL_GIF, media_type="image/gif", headers=PIXEL_HEADERS).raw_headers


def pixel_token(scope: Scope) -> str | None:
    """Recognise a pixel request the fast path may answer: ``GET|HEAD /o/{token}.gif``.

    Args:
        scope: An ASGI scope.

    Returns:
        The token part of the path (any text without a slash, as the route's ``{token}``), or None for
        anything else, including apps mounted under a ``root_path`` (the router answers those).
    """
    if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope.get("root_path"):
        return None
    path: str = scope["path"]
    if len(path) > 7 and path.startswith("/o/") and path.endswith(".gif") and "/" not in path[3:-4]:
        return path[3:-4]
    return None


async def send_pixel(state: TrackerState, scope: Scope, token: str, send: Send) -> None:
    """Answer a pixel request straight in ASGI (no request object, middleware or routing: the hot path).

    Records the open exactly as the ``/o/{token}.gif`` route does, and sends the same bytes and headers.

    Args:
        state: Shared state.
        scope: The request's scope (recognised by :func:`pixel_token`).
        token: The token from the path.
        send: The ASGI send callable.
    """
    user_agent = ""
    for name, value in scope["headers"]:
        if name == b"user-agent":
            user_agent = value.decode("latin-1")
            break
    client = scope.get("client")
    record_open(state, token, scope["method"], client[0] if client else None, user_agent)
    await send({"type": "http.response.start", "status": 200, "headers": _PIXEL_RAW_HEADERS})
    await send({"type": "http.response.body", "body": PIXEL_GIF})


def record_open(state: TrackerState, token: str, method: str, host: str | None, user_agent: str) -> None:
    """Queue the open of a pixel, unless the token is malformed or a rate limit refuses it.

    Args:
        state: Shared state.
        token: The token from the path.
        method: ``GET`` or ``HEAD``.
        host: The client address, if known.
        user_agent: The ``User-Agent`` header ('' if absent).
    """
    if not is_token(token):
        return
    now = state.config.clock()
    if state.refusing_limiter(host or "-", token, now.timestamp()) is None:
        state.writer.put(Hit("open", token, to_us(now), method, user_agent[:512], truncate_ip(host)))


def hit_of(state: TrackerState, request: Request, kind: str, token: str, **extra: str | None) -> Hit:
    """The hit of a request: its time, method, agent and truncated network, with extra fields.

    Args:
        state: Shared state.
        request: The request.
        kind: The event kind.
        token: The message token.
        **extra: Fields of :class:`~tracker.writer.Hit` (``link_id``, ``full_name``, ``answer``...).

    Returns:
        The hit, ready for the writer.
    """
    user_agent = request.headers.get("user-agent", "")[:512]
    network = truncate_ip(request.client.host if request.client else None)
    return Hit(kind=kind, token=token, ts_us=state.now_us(), method=request.method, user_agent=user_agent,
               network=network, **extra)  # type: ignore[arg-type]


def is_expired(quote: QuoteView, today: date) -> bool:
    """Tell whether a quote's validity date has passed (the last day is still valid).

    Args:
        quote: The quote.
        today: The current date (UTC).

    Returns:
        True once ``valid_until`` is before ``today``.
    """
    return quote.valid_until is not None and date.fromisoformat(quote.valid_until) < today


def signing_offered(state: TrackerState, quote: QuoteView) -> bool:
    """Whether the quote is signed with a one-time code rather than accepted with a click: the tracker has a mail
    server and the registration says where the quote was sent (see :mod:`tracker.sign_pages`)."""
    return state.config.smtp is not None and bool(quote.signer_email)


def _authority(netloc: str, default_ports: tuple[str, ...]) -> str:
    """Lower-case ``host[:port]`` without a default port (an Origin omits it, a Host may carry it)."""
    netloc = netloc.lower()
    for port in default_ports:
        if netloc.endswith(f":{port}"):
            return netloc[: -len(port) - 1]
    return netloc


def same_origin(request: Request, trusted_origins: tuple[str, ...] = ()) -> bool:
    """Tell whether a form submission comes from this site's own pages (protection against forged posts).

    The same rules as Go's ``net/http.CrossOriginProtection``:

    - ``Sec-Fetch-Site`` (sent by every browser since 2023, and only ever by the browser itself) decides
      when present: ``same-origin`` or ``none`` (typed by the user) pass, ``same-site`` and ``cross-site``
      do not. It holds behind any proxy, whatever the ``Host`` header says.
    - Else the ``Origin`` header: absent, the request is not a browser's or comes from one too old to say
      (the signed form token still decides); ``null`` proves nothing about where the form was (a sandboxed
      frame, a ``data:`` page or a page that hides its origin all send it) and is refused; any other origin
      must name the ``Host`` the request was sent to (the default port aside; the scheme is not compared,
      since behind a TLS proxy the tracker may not know it), or be one of ``trusted_origins``: the public
      origin, for a proxy that does not forward ``Host``.

    Args:
        request: The form submission.
        trusted_origins: Origins (``https://suivi.example.fr``) accepted whatever the ``Host`` header.

    Returns:
        False if the browser says, or lets us see, that the form comes from another origin.
    """
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return True
    if origin.lower() in (trusted.lower().rstrip("/") for trusted in trusted_origins):
        return True
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    host = request.headers.get("host", "")
    if parts.scheme not in ("http", "https") or not parts.netloc or not host or parts.path not in ("", "/"):
        return False
    origin_default = ("443",) if parts.scheme == "https" else ("80",)
    return hmac.compare_digest(_authority(parts.netloc, origin_default).encode(),
                               _authority(host, ("80", "443")).encode())


def pdf_file_name(number: str | None) -> str:
    """The ``filename`` parameter of the quote's PDF, named after its number (« Devis D-2026-0042.pdf »); only
    ASCII letters, digits and ``-_.`` of the number are kept, so nothing can break the header."""
    safe = "".join(ch for ch in (number or "") if ch.isascii() and (ch.isalnum() or ch in "-_."))[:64]
    return f'filename="Devis {safe}.pdf"' if safe else 'filename="Devis.pdf"'


def _moment(feed_ts: str, lang: str) -> str:
    """The feed's ``...Z`` timestamp of an event, written for the visitor."""
    return format_moment(datetime.fromisoformat(feed_ts.replace("Z", "+00:00")), lang)


def routes(state: TrackerState) -> list[Route]:
    """Build the public routes.

    Args:
        state: Shared state.

    Returns:
        The routes, the pixel first (it is the hot path).
    """
    config = state.config

    async def pixel(request: Request) -> Response:  # mounted under a root_path; else send_pixel() answers
        record_open(state, request.path_params["token"], request.method,
                    request.client.host if request.client else None, request.headers.get("user-agent", ""))
        return Response(PIXEL_GIF, media_type="image/gif", headers=PIXEL_HEADERS)

    async def link(request: Request) -> Response:
        token: str = request.path_params["token"]
        link_id: str = request.path_params["link_id"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        found = None
        if is_token(token) and is_link_id(link_id):
            found = await asyncio.to_thread(state.storage.link_url, token, link_id)
        if found is None:
            return state.neutral(request)
        state.writer.put(hit_of(state, request, "click", token, link_id=link_id))
        return RedirectResponse(found[0], status_code=302, headers={"Cache-Control": "no-store",
                                                                     "Referrer-Policy": "no-referrer"})

    async def quote_page(request: Request) -> Response:
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        quote = await asyncio.to_thread(state.storage.quote, token) if is_token(token) else None
        if quote is None:
            return state.neutral(request)
        state.writer.put(hit_of(state, request, "view", token))
        now = config.clock()
        accepted = await asyncio.to_thread(state.storage.first_event, token, "accept")
        expired = is_expired(quote, now.date())
        lang = pick_language(request.headers.get("accept-language"))
        amount = format_amount(quote.amount or "0", quote.currency or "EUR", lang)
        valid_until = None
        if quote.valid_until:
            valid_until = date.fromisoformat(quote.valid_until).strftime("%d/%m/%Y" if lang == "fr" else "%Y-%m-%d")
        signed = await asyncio.to_thread(state.storage.signature, token)
        can_accept = not quote.superseded and not expired and accepted is None and signed is None and quote.has_pdf
        can_sign = can_accept and signing_offered(state, quote)
        pages = 0
        if quote.has_pdf and quote.pdf_sha256:
            pdf = await asyncio.to_thread(state.storage.pdf, token)
            pages = await asyncio.to_thread(page_count, pdf, quote.pdf_sha256) if pdf else 0
        token_for_form = form_token(state.storage.form_secret, token, quote.pdf_sha256 or "", int(now.timestamp()))
        return state.render(
            request, "quote.html", title=TEXTS[lang]["quote_title"].format(number=quote.quote_number),
            quote=quote, amount=amount, valid_until=valid_until, expired=expired, accepted=accepted,
            accepted_when=_moment(accepted["ts"], lang) if accepted else None, can_accept=can_accept and not can_sign,
            form_token=token_for_form, pages=range(1, pages + 1), can_sign=can_sign, signed=signed,
            signed_when=_moment(signed["signed_at"], lang) if signed else None,
            signer=mask_email(quote.signer_email or ""),
            statement=statement_text(lang, quote.quote_number or "", int(quote.quote_version or 1)),
            seller=quote.seller_contact or TEXTS[lang]["withdrawal_seller"],
        )

    async def page(request: Request) -> Response:
        """One page of the quote as an image (rendered from the registered PDF, cached)."""
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        number = (parse_int(request.path_params["number"], 1, MAX_PAGES) or 0) if is_token(token) else 0
        quote = await asyncio.to_thread(state.storage.quote, token) if number else None
        digest = quote.pdf_sha256 if quote is not None else None
        pdf = await asyncio.to_thread(state.storage.pdf, token) if digest else None
        image = await asyncio.to_thread(page_image, pdf, digest, number) if pdf and digest else None
        if image is None:
            return state.neutral(request)
        return Response(image, media_type="image/webp", headers={
            "Cache-Control": "private, max-age=3600", "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "same-origin"})

    async def document(request: Request) -> Response:
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        pdf = await asyncio.to_thread(state.storage.pdf, token) if is_token(token) else None
        if pdf is None:
            return state.neutral(request)
        if request.query_params.get("download") or request.query_params.get("open"):
            # the prospect downloaded the PDF or opened it in the phone's viewer: a view of the document itself
            # (the page's own inline copy, fetched with the page, is not counted twice)
            state.writer.put(hit_of(state, request, "view", token, link_id="pdf"))
        disposition = "attachment" if request.query_params.get("download") else "inline"
        quote = await asyncio.to_thread(state.storage.quote, token)
        return Response(pdf, media_type="application/pdf", headers={
            "Content-Disposition": f"{disposition}; {pdf_file_name(quote.quote_number if quote else None)}",
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "frame-ancestors 'self'",
            "Referrer-Policy": "same-origin",  # a link inside the PDF tells no other site where it was
        })

    def refusal(request: Request, key: str, token: str, status: int) -> Response:
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        return state.render(request, "notice.html", status, title=texts["refused_title"], body=texts[key],
                            ok=False, sha256=None, back=f"/q/{token}")

    async def accept(request: Request) -> Response:
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        if not is_token(token):
            return state.neutral(request)
        try:
            body = await state.read_body(request, config.max_form_body_bytes)
            form = parse_qs(body.decode("utf-8"), max_num_fields=10, strict_parsing=False)
        except Exception:  # too large, not UTF-8, too many fields: all bad input
            return refusal(request, "refused_form", token, 400)
        quote = await asyncio.to_thread(state.storage.quote, token)
        if quote is None:
            return state.neutral(request)
        now = config.clock()
        presented = form.get("form_token", [""])[0]
        if not same_origin(request, config.trusted_origins) or not check_form_token(
            state.storage.form_secret, token, quote.pdf_sha256 or "", presented, int(now.timestamp()),
            config.form_token_max_age_seconds,
        ):
            return refusal(request, "refused_form", token, 403)
        if quote.superseded:
            return refusal(request, "refused_superseded", token, 409)
        if is_expired(quote, now.date()):
            return refusal(request, "refused_expired", token, 409)
        if signing_offered(state, quote):  # a click would skip the code (and then leave nothing to sign)
            return refusal(request, "refused_signing_offered", token, 409)
        shown = form.get("pdf_sha256", [""])[0]
        if not quote.has_pdf or not hmac.compare_digest(shown.encode("utf-8", "surrogatepass"),
                                                        (quote.pdf_sha256 or "").encode()):
            return refusal(request, "refused_document", token, 409)
        full_name = " ".join(form.get("full_name", [""])[0].split())
        if not full_name or len(full_name) > 200 or not full_name.isprintable() or form.get("accept") != ["yes"]:
            return refusal(request, "refused_input", token, 422)
        hit = hit_of(state, request, "accept", token, full_name=full_name, pdf_sha256=quote.pdf_sha256)
        outcome: HitOutcome = await asyncio.wrap_future(state.writer.submit_hit(hit))
        if outcome.refused == "superseded":
            return refusal(request, "refused_superseded", token, 409)
        event = await asyncio.to_thread(state.storage.first_event, token, "accept")
        if event is None:
            return state.neutral(request)
        lang = pick_language(request.headers.get("accept-language"))
        texts = TEXTS[lang]
        body_text = texts["accepted_body"].format(number=quote.quote_number, version=quote.quote_version,
                                                  name=event["full_name"], when=_moment(event["ts"], lang))
        return state.render(request, "notice.html", 200, title=texts["accepted_title"], body=body_text, ok=True,
                            sha256=event["pdf_sha256"], back=f"/q/{token}")

    async def unsubscribe_page(request: Request) -> Response:
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        if not is_token(token):
            return state.neutral(request)
        return state.render(request, "unsubscribe.html", token=token)

    async def unsubscribe(request: Request) -> Response:
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return limited
        if not is_token(token):
            return state.neutral(request)
        try:
            await state.read_body(request, config.max_form_body_bytes)
        except Exception:
            return state.neutral(request, 400)
        await asyncio.wrap_future(state.writer.submit_hit(hit_of(state, request, "unsubscribe", token)))
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        return state.render(request, "notice.html", title=texts["unsubscribe_title"], body=texts["unsubscribed"],
                            ok=True, sha256=None, back=None)

    return [
        Route("/o/{token}.gif", pixel, methods=["GET", "HEAD"]),
        Route("/l/{token}/{link_id}", link, methods=["GET", "HEAD"]),
        Route("/q/{token}", quote_page, methods=["GET"]),
        Route("/q/{token}/document.pdf", document, methods=["GET"]),
        Route("/q/{token}/page/{number}.webp", page, methods=["GET"]),
        Route("/q/{token}/accept", accept, methods=["POST"]),
        Route("/u/{token}", unsubscribe_page, methods=["GET"]),
        Route("/u/{token}", unsubscribe, methods=["POST"]),
    ]

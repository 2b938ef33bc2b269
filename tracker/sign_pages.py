"""The routes of the online signature: ask for a code, then sign with it (see :mod:`tracker.signing`).

::

    POST /q/{token}/sign/code   name + ticked statement -> a code to the quote's address, the code form
    POST /q/{token}/sign        the code -> signed (evidence record, "signed" then "accept" in the feed)

Both forms are this tracker's own (same-origin check and a signed form token, as the acceptance); the code
requests are limited per quote link and per client address on top of the usual limits.
"""

from __future__ import annotations

import asyncio
import hmac
import secrets
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tracker.config import RateLimit
from tracker.mailer import CodeNotSent, code_message, send_code
from tracker.public import hit_of, is_expired, same_origin, signing_offered
from tracker.ratelimit import RateLimiter
from tracker.security import check_form_token, form_token
from tracker.signing import (
    CheckOutcome,
    CodeCheck,
    CodeRequest,
    check_code,
    code_hash,
    mask_email,
    new_code,
    statement_text,
    store_code,
)
from tracker.storage import QuoteView
from tracker.texts import TEXTS, format_moment, pick_language
from tracker.validation import is_token
from tracker.writer import Command

if TYPE_CHECKING:
    from tracker.app import TrackerState

CHALLENGE_LENGTH = 32  # hex digits of a code's id (128 bits)


def _moment(iso: str, lang: str) -> str:
    return format_moment(datetime.fromisoformat(iso.replace("Z", "+00:00")), lang)


def routes(state: TrackerState) -> list[Route]:
    """Build the signature routes.

    Args:
        state: Shared state.

    Returns:
        The routes.
    """
    config = state.config
    policy = config.signing
    per_token = RateLimiter(RateLimit(1.0 / policy.code_interval_seconds, policy.codes_per_token))
    per_ip = RateLimiter(RateLimit(1.0 / policy.code_interval_seconds, policy.codes_per_ip))

    def refusal(request: Request, key: str, token: str, status: int, **values: object) -> Response:
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        return state.render(request, "notice.html", status, title=texts["refused_title"],
                            body=texts[key].format(**values), ok=False, sha256=None, back=f"/q/{token}")

    async def posted(request: Request, token: str) -> dict[str, list[str]] | Response:
        if (limited := state.too_many(request, token)) is not None:
            return limited
        if not is_token(token):
            return state.neutral(request)
        try:
            body = await state.read_body(request, config.max_form_body_bytes)
            return parse_qs(body.decode("utf-8"), max_num_fields=10, strict_parsing=False)
        except Exception:  # too large, not UTF-8, too many fields: all bad input
            return refusal(request, "refused_form", token, 400)

    def code_form(request: Request, quote: QuoteView, challenge: str, status: int = 200,
                  error: str | None = None) -> Response:
        now = int(config.clock().timestamp())
        return state.render(request, "sign_code.html", status, title=TEXTS[pick_language(
            request.headers.get("accept-language"))]["code_title"], quote=quote, challenge=challenge,
            form_token=form_token(state.storage.form_secret, quote.token, f"sign|{challenge}", now),
            email=mask_email(quote.signer_email or ""), error=error)

    def signed_page(request: Request, token: str, outcome: CheckOutcome) -> Response:
        lang = pick_language(request.headers.get("accept-language"))
        texts, record = TEXTS[lang], outcome.record or {}
        body = texts["signed_body"].format(number=record.get("quote_number"), version=record.get("version"),
                                           name=record.get("signer_name"), when=_moment(record["signed_at"], lang))
        title = texts["signed_title"] if outcome.result == "signed" else texts["already_signed_title"]
        return state.render(request, "notice.html", 200 if outcome.result == "signed" else 409, title=title,
                            body=body, ok=True, sha256=record.get("pdf_sha256"), back=f"/q/{token}",
                            sha_label=texts["signed_sha"])

    async def request_code(request: Request) -> Response:
        token: str = request.path_params["token"]
        form = await posted(request, token)
        if isinstance(form, Response):
            return form
        quote = await asyncio.to_thread(state.storage.quote, token)
        if quote is None or not signing_offered(state, quote):
            return state.neutral(request)
        now = config.clock()
        if not same_origin(request, config.trusted_origins) or not check_form_token(
                state.storage.form_secret, token, quote.pdf_sha256 or "", form.get("form_token", [""])[0],
                int(now.timestamp()), config.form_token_max_age_seconds):
            return refusal(request, "refused_form", token, 403)
        if quote.superseded:
            return refusal(request, "refused_superseded", token, 409)
        if is_expired(quote, now.date()):
            return refusal(request, "refused_expired", token, 409)
        if not quote.has_pdf or not hmac.compare_digest(form.get("pdf_sha256", [""])[0].encode("utf-8", "replace"),
                                                        (quote.pdf_sha256 or "").encode()):
            return refusal(request, "refused_document", token, 409)
        full_name = " ".join(form.get("full_name", [""])[0].split())
        if not full_name or len(full_name) > 200 or not full_name.isprintable() or form.get("statement") != ["yes"]:
            return refusal(request, "refused_sign_input", token, 422)
        signed = await asyncio.to_thread(state.storage.signature, token)
        if signed is not None:
            return signed_page(request, token, CheckOutcome("already", record=signed))
        if await asyncio.to_thread(state.storage.first_event, token, "accept") is not None:
            return refusal(request, "refused_accepted", token, 409)
        address = request.client.host if request.client else "-"
        if not per_ip.allow(address, now.timestamp()) or not per_token.allow(token, now.timestamp()):
            return refusal(request, "code_too_many", token, 429)
        lang = pick_language(request.headers.get("accept-language"))
        code, challenge = new_code(), secrets.token_hex(CHALLENGE_LENGTH // 2)
        number, version = quote.quote_number or "", int(quote.quote_version or 1)
        stored = CodeRequest(challenge=challenge, token=token, digest=code_hash(state.storage.form_secret, challenge,
                                                                                code),
                             email=quote.signer_email or "", full_name=full_name,
                             statement=statement_text(lang, number, version), lang=lang,
                             pdf_sha256=quote.pdf_sha256 or "", issued_at_us=state.now_us())
        assert config.smtp is not None  # signing_offered
        await asyncio.wrap_future(state.writer.submit(Command(lambda conn: store_code(conn, stored, policy))))
        message = code_message(config.smtp, stored.email, code, number, version, lang, now)
        try:  # stored first: a code that could not leave only expires unused
            await asyncio.to_thread(send_code, config.smtp, message)
        except CodeNotSent:
            return refusal(request, "code_not_sent", token, 503)
        return code_form(request, quote, challenge)

    async def sign(request: Request) -> Response:
        token: str = request.path_params["token"]
        form = await posted(request, token)
        if isinstance(form, Response):
            return form
        quote = await asyncio.to_thread(state.storage.quote, token)
        if quote is None or not signing_offered(state, quote):
            return state.neutral(request)
        challenge = form.get("challenge", [""])[0]
        if len(challenge) != CHALLENGE_LENGTH or not challenge.isascii() or not challenge.isalnum():
            return refusal(request, "refused_form", token, 403)
        if not same_origin(request, config.trusted_origins) or not check_form_token(
                state.storage.form_secret, token, f"sign|{challenge}", form.get("form_token", [""])[0],
                int(config.clock().timestamp()), config.form_token_max_age_seconds):
            return refusal(request, "refused_form", token, 403)
        code = "".join(form.get("code", [""])[0].split())
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        if len(code) != 6 or not code.isascii() or not code.isdigit():
            return code_form(request, quote, challenge, 422, texts["code_wrong"].format(left="?"))
        check = CodeCheck(token=token, challenge=challenge, code=code,
                          ip=request.client.host if request.client else None,
                          user_agent=request.headers.get("user-agent", "")[:512] or None, now_us=state.now_us())
        outcome: CheckOutcome = await asyncio.wrap_future(state.writer.submit(Command(
            lambda conn: check_code(conn, check, policy, state.storage.form_secret))))
        if outcome.result == "signed":
            state.notifier.notify()  # the "signed" event, written by a command
            hit = hit_of(state, request, "accept", token, full_name=(outcome.record or {}).get("signer_name"),
                         pdf_sha256=(outcome.record or {}).get("pdf_sha256"))
            await asyncio.wrap_future(state.writer.submit_hit(hit))
            return signed_page(request, token, outcome)
        if outcome.result == "already":
            return signed_page(request, token, outcome)
        if outcome.result == "wrong":
            return code_form(request, quote, challenge, 422, texts["code_wrong"].format(left=outcome.tries_left))
        key, status = {"locked": ("code_locked", 429), "expired": ("code_expired", 410),
                       "superseded": ("refused_superseded", 409), "quote-expired": ("refused_expired", 409),
                       "document": ("refused_document", 409), "accepted": ("refused_accepted", 409),
                       }.get(outcome.result, ("code_unknown", 410))
        return refusal(request, key, token, status)

    return [
        Route("/q/{token}/sign/code", request_code, methods=["POST"]),
        Route("/q/{token}/sign", sign, methods=["POST"]),
    ]

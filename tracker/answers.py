"""The person's answers about tracking: the consent page (Yes / No) and the withdrawal page.

``GET /c/{token}`` asks "may we know when you read our messages?" with two buttons; ``GET /w/{token}`` offers
to stop all tracking with one button. Link scanners follow links with GET, so a GET never records anything:
only the POST of a button does, with a signed form token from the page itself (:mod:`tracker.security`) and
the same-origin rules of the acceptance. Nothing is pre-ticked, and the quote stays available whatever the
answer. The answer is stored as an event (kind ``consent`` with ``answer`` yes/no, or ``withdraw``) with the
exact text the person was shown, and applied at once to every message of the person's opaque contact key
(:func:`tracker.commands.apply_answer`): from a "no" or a withdrawal on, no open nor click of any of their
messages is recorded, and those already stored are deleted, even while the desktop is offline.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tracker.public import hit_of, same_origin
from tracker.security import check_form_token, form_token
from tracker.texts import TEXTS, pick_language, shown_text
from tracker.validation import is_token

if TYPE_CHECKING:
    from tracker.app import TrackerState


def routes(state: TrackerState) -> list[Route]:
    """Build the routes of the consent and withdrawal pages.

    Args:
        state: Shared state.

    Returns:
        The routes.
    """
    config = state.config

    async def person_message(request: Request) -> tuple[str, Response | None]:
        """The token of a message that goes to a person, or the answer to send instead (429, neutral page)."""
        token: str = request.path_params["token"]
        if (limited := state.too_many(request, token)) is not None:
            return token, limited
        known = await asyncio.to_thread(state.storage.person_message, token) if is_token(token) else False
        return token, None if known else state.neutral(request)

    def page(request: Request, purpose: str, token: str, focus: str | None = None) -> Response:
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        signed = form_token(state.storage.form_secret, token, purpose, int(config.clock().timestamp()))
        template = "consent.html" if purpose == "consent" else "withdraw.html"
        return state.render(request, template, title=texts[f"{purpose}_title"], token=token, form_token=signed,
                            focus=focus)

    async def answer_form(request: Request, purpose: str, token: str) -> dict[str, list[str]] | Response:
        """The posted form when it is this tracker's own, fresh and signed for this page; else the refusal."""
        texts = TEXTS[pick_language(request.headers.get("accept-language"))]
        try:
            body = await state.read_body(request, config.max_form_body_bytes)
            form = parse_qs(body.decode("utf-8"), max_num_fields=10, strict_parsing=False)
        except Exception:  # too large, not UTF-8, too many fields: all bad input
            form = {}
        presented = form.get("form_token", [""])[0]
        if not same_origin(request, config.trusted_origins) or not check_form_token(
                state.storage.form_secret, token, purpose, presented, int(config.clock().timestamp()),
                config.form_token_max_age_seconds):
            return state.render(request, "notice.html", 403, title=texts["answer_refused_title"],
                                body=texts["answer_refused"], ok=False, sha256=None, back=f"/{purpose[0]}/{token}")
        return form

    async def consent_page(request: Request) -> Response:
        token, refused = await person_message(request)
        if refused is not None:
            return refused
        hint = request.query_params.get("r")
        return page(request, "consent", token, focus=hint if hint in ("yes", "no") else None)

    async def consent(request: Request) -> Response:
        token, refused = await person_message(request)
        if refused is not None:
            return refused
        form = await answer_form(request, "consent", token)
        if isinstance(form, Response):
            return form
        answer = form.get("answer", [""])[0]
        if answer not in ("yes", "no"):
            return page(request, "consent", token, focus=None)
        lang = pick_language(request.headers.get("accept-language"))
        hit = hit_of(state, request, "consent", token, answer=answer, shown_text=shown_text(lang, "consent", answer))
        await asyncio.wrap_future(state.writer.submit_hit(hit))
        texts = TEXTS[lang]
        body = texts["consent_given"] if answer == "yes" else texts["consent_refused"]
        return state.render(request, "notice.html", title=texts["consent_title"], body=body, ok=True, sha256=None,
                            back=f"/w/{token}" if answer == "yes" else None, back_label=texts["withdraw_link"])

    async def withdraw_page(request: Request) -> Response:
        token, refused = await person_message(request)
        return refused if refused is not None else page(request, "withdraw", token)

    async def withdraw(request: Request) -> Response:
        token, refused = await person_message(request)
        if refused is not None:
            return refused
        form = await answer_form(request, "withdraw", token)
        if isinstance(form, Response):
            return form
        lang = pick_language(request.headers.get("accept-language"))
        hit = hit_of(state, request, "withdraw", token, answer="no", shown_text=shown_text(lang, "withdraw", "no"))
        await asyncio.wrap_future(state.writer.submit_hit(hit))
        texts = TEXTS[lang]
        return state.render(request, "notice.html", title=texts["withdraw_title"], body=texts["withdrawn"], ok=True,
                            sha256=None, back=None)

    return [
        Route("/c/{token}", consent_page, methods=["GET"]),
        Route("/c/{token}", consent, methods=["POST"]),
        Route("/w/{token}", withdraw_page, methods=["GET"]),
        Route("/w/{token}", withdraw, methods=["POST"]),
    ]

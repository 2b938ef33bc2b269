"""Demo step ``tracking``: realistic tracking histories and follow-up plans for the demo's sent quotes.

So that the follow-up list is alive on first start: human opens and online views around the times the
quotes step recorded, machine opens (Apple Mail Privacy Protection prefetches right after delivery,
corporate link scanners), a few quotes opened several times in the last hour from two devices, each open
quote's next follow-up date (a handful left unplanned), and old acceptances already thanked.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select, update

from desktop.core.consent import TrackingPolicy, allows_tracking
from desktop.core.followup import default_next_followup

if TYPE_CHECKING:
    from desktop.services.demo import DemoContext

_HUMAN_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 "
    "Edg/131.0",
)
_APPLE_PROXY = ("Mozilla/5.0", ["apple-mpp: prefetch within the delivery window"])
_SCANNER = ("Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1) Mimecast", ["scanner: mimecast"])
_OPEN = ("sent", "opened", "viewed")


def _event(ctx: DemoContext, rng: random.Random, token: str, quote: Any, kind: str, at: datetime, verdict: str,
           agent: str, reasons: list[str], device: int) -> dict[str, Any]:
    return {"event_id": f"demo-{rng.getrandbits(96):024x}", "token": token, "kind": kind, "ts": at,
            "verdict": verdict, "reasons": reasons, "link_id": None, "quote_id": quote.id,
            "contact_id": quote.contact_id, "ip": f"198.51.100.{device}/24" if verdict == "human" else "17.58.0.0/24",
            "user_agent": agent, "received_at": at + timedelta(seconds=1)}


def fill_tracking(ctx: DemoContext) -> None:
    """Write tracking events and follow-up dates for the sent quotes of the quotes step."""
    rng = ctx.rng("tracking")
    quotes = ctx.table("quotes")
    contacts = ctx.table("contacts")
    rows = ctx.session.execute(select(quotes.c.id, quotes.c.contact_id, quotes.c.status, quotes.c.sent_at,
                                      quotes.c.last_human_open_at, quotes.c.viewed_at, quotes.c.accepted_at,
                                      quotes.c.updated_at, contacts.c.tracking_consent_state)
                               .outerjoin(contacts, contacts.c.id == quotes.c.contact_id)
                               .where(quotes.c.kind == "quote", quotes.c.sent_at.is_not(None))
                               .order_by(quotes.c.id)).all()
    # only a contact who consented (or was informed) got a pixel: the others' quotes have views, never opens
    tracked = {q.id for q in rows if allows_tracking(TrackingPolicy.DEFAULT, q.tracking_consent_state)}
    events: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    open_rows = [q for q in rows if q.status in _OPEN]
    warm = [q.id for q in open_rows if q.status != "sent" and q.id in tracked] or \
        [q.id for q in open_rows if q.status != "sent"]
    hot = set(rng.sample(warm, k=min(len(warm), max(1, min(3, len(open_rows) // 10)))))
    unplanned = set(rng.sample([q.id for q in open_rows], k=min(4, len(open_rows))))
    for q in rows:
        token = f"{rng.getrandbits(128):032x}"
        device = rng.randrange(2, 250)
        agent = rng.choice(_HUMAN_AGENTS)
        pixel = q.id in tracked
        if pixel and rng.random() < 0.3:  # Apple Mail fetches the pixel as the message is delivered
            events.append(_event(ctx, rng, token, q, "open", q.sent_at + timedelta(seconds=rng.randrange(2, 40)),
                                 "machine", _APPLE_PROXY[0], _APPLE_PROXY[1], device))
        if pixel and rng.random() < 0.1:
            events.append(_event(ctx, rng, token, q, "click", q.sent_at + timedelta(seconds=rng.randrange(1, 9)),
                                 "machine", _SCANNER[0], _SCANNER[1], device))
        if q.last_human_open_at is not None and pixel:
            for i in range(rng.randint(1, 3)):
                at = min(q.last_human_open_at - timedelta(hours=3 * i), ctx.now - timedelta(minutes=2))
                if at > q.sent_at:
                    events.append(_event(ctx, rng, token, q, "open", at, "human", agent, [], device))
        if q.viewed_at is not None:
            events.append(_event(ctx, rng, token, q, "view", q.viewed_at, "human", agent, [], device))
        if q.id in hot:  # opened (or, without a pixel, viewed online) again and again in the last hour
            for minutes, dev, ua in ((52, device, agent), (23, device + 1, _HUMAN_AGENTS[2]), (6, device, agent)):
                events.append(_event(ctx, rng, token, q, "open" if pixel else "view",
                                     ctx.now - timedelta(minutes=minutes), "human", ua, [], dev))
        if q.status in _OPEN and q.id not in unplanned:
            due = default_next_followup(q.sent_at)
            today = ctx.now.date()
            if due < today:  # an attentive salesperson: a few follow-ups overdue, most planned ahead
                due = today - timedelta(days=rng.randint(1, 3)) if rng.random() < 0.25 else \
                    today + timedelta(days=rng.randint(0, 10))
            plans.append({"qid": q.id, "next_on": due, "done": None, "updated": q.updated_at})
        elif q.status == "accepted" and q.accepted_at is not None and ctx.now - q.accepted_at > timedelta(days=7):
            plans.append({"qid": q.id, "next_on": None, "done": q.accepted_at + timedelta(days=1),
                          "updated": q.updated_at})
    ctx.insert("tracking_events", events)
    if plans:
        ctx.session.execute(
            update(quotes).where(quotes.c.id == bindparam("qid"))
            .values(next_followup_on=bindparam("next_on"), followup_done_at=bindparam("done"),
                    updated_at=bindparam("updated")), plans)  # a plan is not an edit: keep updated_at
    unseen = [q.id for q in rows if q.id not in tracked and q.last_human_open_at is not None]
    if unseen:  # without a pixel nobody saw them opened: "sent" (or further, when viewed)
        ctx.session.execute(update(quotes).where(quotes.c.id.in_(unseen)).values(last_human_open_at=None))
        ctx.session.execute(update(quotes).where(quotes.c.id.in_(unseen), quotes.c.status == "opened")
                            .values(status="sent"))

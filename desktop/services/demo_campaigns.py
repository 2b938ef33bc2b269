"""Demo step ``campaigns``: a phoning campaign in progress and a finished email campaign with realistic figures.

The phoning campaign follows up the sent quotes and a slice of prospects; two salespeople have worked it over
the last three days (outcomes in the timeline, call-backs planned, a no-answer waiting its delay). The email
campaign went to a smart query's contacts a week ago: exclusions (no consent, do-not-email), deliveries, a few
permanent failures, human and machine opens, clicks and two unsubscribes.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from desktop.core.campaigns import Outcome
from desktop.db import campaigns as phoning
from desktop.db.campaign_models import EmailCampaign, EmailCampaignRecipient
from desktop.db.email_campaigns import create_email_campaign, prepare_recipients
from desktop.db.models import Contact
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote

if TYPE_CHECKING:
    from desktop.services.demo import DemoContext

SCRIPT = """<h3>Accroche</h3>
<p>Bonjour {{ contact.salutation }} {{ contact.last_name }}, ici {{ salesperson.first_name }} de
<b>{{ seller.company }}</b>. Je vous appelle au sujet du devis
que nous vous avons adressé : avez-vous eu le temps d'y jeter un œil ?</p>
<h3>Découverte</h3>
<ul><li>Le projet est-il toujours d'actualité ? Pour quand ?</li>
<li>Qui d'autre participe à la décision ?</li><li>Des points à ajuster (quantités, délais, prix) ?</li></ul>
<h3>Objections fréquentes</h3>
<p><b>« C'est trop cher »</b> : rappeler ce qui est inclus, proposer un échelonnement ou une version allégée.<br>
<b>« Je dois réfléchir »</b> : proposer un rappel à une date précise (touche 6).</p>
<h3>Conclusion</h3>
<p>Proposer un rendez-vous ou l'envoi d'une nouvelle version du devis. Noter la prochaine étape.</p>"""

_OUTCOMES = ((Outcome.INTERESTED, 12), (Outcome.NOT_INTERESTED, 14), (Outcome.VOICEMAIL, 22), (Outcome.NO_ANSWER, 30),
             (Outcome.WRONG_NUMBER, 4), (Outcome.CALLBACK, 14), (Outcome.DO_NOT_CALL, 4))


def fill_campaigns(ctx: DemoContext) -> None:
    """Write the two demo campaigns."""
    from desktop.services.demo import _reset_sequences  # ids written explicitly by earlier steps

    written = ("activities", "opportunities", "outbox", "tracking_events")
    _reset_sequences(ctx, written)
    rng = ctx.rng("campaigns")
    session = ctx.session
    session.flush()
    before = {name: _rows(ctx, name) for name in written}
    _fill_phoning(ctx, rng)
    _fill_email(ctx, rng)
    session.flush()
    for name in written:  # rows written through the repositories, counted as the bulk inserts are
        ctx.counts[name] = ctx.counts.get(name, 0) + _rows(ctx, name) - before[name]


def _rows(ctx: DemoContext, table: str) -> int:
    return int(ctx.session.scalar(select(func.count()).select_from(ctx.table(table))) or 0)


def _fill_phoning(ctx: DemoContext, rng: Any) -> None:
    session, now = ctx.session, ctx.now
    with_quotes = list(session.scalars(select(Quote.contact_id).where(
        Quote.kind == "quote", Quote.status.in_(("sent", "opened", "viewed")), Quote.contact_id.is_not(None))
        .distinct().order_by(Quote.contact_id)))
    prospects = list(session.scalars(select(Contact.id).where(
        Contact.status == "prospect", Contact.do_not_contact.is_(False), Contact.deleted_at.is_(None),
        Contact.phone.is_not(None)).order_by(Contact.id)))
    sample = rng.sample(prospects, min(90, len(prospects)))
    chosen = list(dict.fromkeys([c for c in with_quotes if c is not None] + sample))
    users = ctx.user_ids or [phoning.current_user_id(session)]
    start = now - timedelta(days=3)
    campaign = phoning.create_campaign(
        session, name="Relance des devis de fin d'année", now=start - timedelta(hours=2), owner_id=users[0],
        goal="Joindre chaque prospect ayant un devis ouvert et obtenir une décision avant le 20 décembre.",
        script=SCRIPT, no_answer_minutes=240, voicemail_minutes=1440)
    phoning.add_contacts(session, campaign.id, chosen, start - timedelta(hours=1))
    calls = min(len(chosen) // 2, 48)
    outcomes = [o for o, _w in _OUTCOMES]
    weights = [w for _o, w in _OUTCOMES]
    for i in range(calls):
        day, slot = divmod(i, 16)
        at = start + timedelta(days=day, hours=9 + slot // 3, minutes=(slot % 3) * 17 + rng.randrange(0, 12))
        at = min(at, now - timedelta(minutes=30))
        user = users[i % min(2, len(users))]
        member = phoning.claim_next(session, campaign.id, user, at)
        if member is None:
            break
        outcome = rng.choices(outcomes, weights)[0]
        callback = at + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 3)) if outcome is Outcome.CALLBACK \
            else None
        note = {Outcome.INTERESTED: "Veut une nouvelle version avec la pose incluse.",
                Outcome.CALLBACK: "En réunion, rappeler comme convenu.",
                Outcome.NOT_INTERESTED: "A choisi un autre prestataire."}.get(outcome, "")
        phoning.record_outcome(session, member, user_id=user, outcome=outcome, now=at, note=note,
                               callback_at=callback, duration_seconds=rng.randint(20, 420))
    phoning.refresh_priorities(session, campaign.id, now)
    ctx.counts["phoning_campaigns"] = 1


def _fill_email(ctx: DemoContext, rng: Any) -> None:
    session, now = ctx.session, ctx.now
    sent_at = now - timedelta(days=8, hours=2)
    contacts = list(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None), Contact.email.is_not(None))
                                    .order_by(Contact.id)))
    chosen = sorted(rng.sample(contacts, min(220, len(contacts))))
    users = ctx.user_ids or [phoning.current_user_id(session)]
    campaign = create_email_campaign(session, name="Invitation : portes ouvertes de printemps",
                                     template="campaign", now=sent_at - timedelta(days=1), sender_id=users[0],
                                     per_minute=30, per_day=500)
    prepare_recipients(session, campaign.id, sent_at - timedelta(hours=1), chosen)
    pending = list(session.scalars(select(EmailCampaignRecipient).where(
        EmailCampaignRecipient.campaign_id == campaign.id, EmailCampaignRecipient.state == "pending")
        .order_by(EmailCampaignRecipient.id)))
    events: list[TrackingEvent] = []
    for i, recipient in enumerate(pending):
        at = sent_at + timedelta(seconds=2 * i)
        failed = rng.random() < 0.03
        token = f"{rng.getrandbits(128):032x}"
        row = OutboxMessage(message_id=f"<demo-campaign-{i}.{token[:8]}@relance.example>",
                            sender="demo@relance.example",
                            recipients=[f"contact{recipient.contact_id}@example.fr"],
                            subject="Invitation : nos portes ouvertes de printemps",
                            state="failed_permanent" if failed else "sent", attempts=1, token=token, links={},
                            registered=True, contact_id=recipient.contact_id, created_at=at,
                            sent_at=None if failed else at + timedelta(seconds=1),
                            last_code=550 if failed else 250,
                            last_error="550 5.1.1 Adresse inconnue" if failed else None)
        session.add(row)
        session.flush()
        recipient.state, recipient.outbox_id, recipient.queued_at = "queued", row.id, at
        if failed:
            continue

        def event(kind: str, verdict: str, delay: timedelta, rid: int = recipient.contact_id, tok: str = token,
                  base: Any = at) -> None:
            events.append(TrackingEvent(event_id=f"demo-c-{rng.getrandbits(96):024x}", token=tok, kind=kind,
                                        ts=min(base + delay, now - timedelta(minutes=5)), verdict=verdict,
                                        reasons=[] if verdict == "human" else ["apple-mpp: prefetch"],
                                        contact_id=rid, received_at=now - timedelta(minutes=4)))

        if rng.random() < 0.28:
            event("open", "machine", timedelta(seconds=rng.randrange(3, 30)))
        if rng.random() < 0.41:
            event("open", "human", timedelta(hours=rng.randint(1, 70)))
            if rng.random() < 0.25:
                event("click", "human", timedelta(hours=rng.randint(71, 90)))
        if i in (7, 61):
            event("unsubscribe", "human", timedelta(hours=5))
            unsubscribed = session.get_one(Contact, recipient.contact_id)
            unsubscribed.do_not_email, unsubscribed.updated_at = True, at + timedelta(hours=5)
    session.add_all(events)
    done = session.get_one(EmailCampaign, campaign.id)
    done.queued_count = len(pending)
    done.status, done.started_at, done.finished_at = "done", sent_at, sent_at + timedelta(seconds=2 * len(pending))
    ctx.counts["email_campaigns"] = 1

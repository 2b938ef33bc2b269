"""Email campaigns in the database: recipients from a smart query, exclusions, and the per-campaign figures.

Exclusions are checked when the recipients are listed (so the preview shows who is left out) and checked
*again* by :func:`desktop.services.campaigns_mail.pump` right before each message is handed to the outbox,
and :func:`withdraw_excluded` takes back a message still waiting in the outbox when its contact unsubscribed
or was marked do-not-contact in the meantime.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.campaigns import Exclusion, exclusion_reasons
from desktop.db.campaign_models import EmailCampaign, EmailCampaignRecipient
from desktop.db.models import Contact, User
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.queries import members as query_members


def create_email_campaign(session: Session, *, name: str, template: str, now: datetime, query_id: int | None = None,
                          sender_id: int | None = None, per_minute: int = 20, per_day: int = 500) -> EmailCampaign:
    """Create a draft email campaign (with its anonymous pixel token, see :func:`figures`)."""
    campaign = EmailCampaign(name=name.strip(), template=template, query_id=query_id, sender_id=sender_id,
                             per_minute=per_minute, per_day=per_day, status="draft", created_at=now,
                             aggregate_token=secrets.token_urlsafe(16))
    session.add(campaign)
    session.flush()
    return campaign


def unsubscribed_contacts(session: Session, contact_ids: Sequence[int]) -> set[int]:
    """The contacts among these with an unsubscribe event (any message, any campaign)."""
    out: set[int] = set()
    for i in range(0, len(contact_ids), 500):
        out.update(c for c in session.scalars(select(TrackingEvent.contact_id).where(
            TrackingEvent.kind == "unsubscribe", TrackingEvent.contact_id.in_(contact_ids[i:i + 500]))) if c)
    return out


def reasons_for(session: Session, contacts: Sequence[Contact]) -> dict[int, list[Exclusion]]:
    """Why each of these contacts must not receive a campaign email now (empty list: it may)."""
    gone = unsubscribed_contacts(session, [c.id for c in contacts])
    return {c.id: exclusion_reasons(email=c.email, deleted=c.deleted_at is not None,
                                    do_not_contact=c.do_not_contact, do_not_email=c.do_not_email,
                                    marketing_consent=c.marketing_consent, unsubscribed=c.id in gone)
            for c in contacts}


def prepare_recipients(session: Session, campaign_id: int, now: datetime,
                       contact_ids: Sequence[int] | None = None) -> tuple[int, int]:
    """List the recipients from the campaign's query (or the given contacts); excluded ones say why.

    Returns:
        (recipients added, of which excluded).
    """
    campaign = session.get_one(EmailCampaign, campaign_id)
    if contact_ids is None:
        contact_ids = query_members(session, campaign.query_id, now.date(), now) if campaign.query_id else []
    existing = set(session.scalars(select(EmailCampaignRecipient.contact_id)
                                   .where(EmailCampaignRecipient.campaign_id == campaign_id)))
    fresh = [c for c in dict.fromkeys(contact_ids) if c not in existing]
    added = excluded = 0
    for i in range(0, len(fresh), 500):
        contacts = list(session.scalars(select(Contact).where(Contact.id.in_(fresh[i:i + 500])).order_by(Contact.id)))
        for cid, reasons in reasons_for(session, contacts).items():
            session.add(EmailCampaignRecipient(campaign_id=campaign_id, contact_id=cid,
                                               state="excluded" if reasons else "pending",
                                               reasons=[r.value for r in reasons] or None))
            added += 1
            excluded += bool(reasons)
    campaign.recipient_count += added
    campaign.excluded_count += excluded
    session.flush()
    return added, excluded


def exclude(session: Session, recipient: EmailCampaignRecipient, reasons: Sequence[Exclusion]) -> None:
    """Mark a recipient excluded (at the moment of sending) with the reasons."""
    recipient.state = "excluded"
    recipient.reasons = [r.value for r in reasons]
    session.get_one(EmailCampaign, recipient.campaign_id).excluded_count += 1


def withdraw_excluded(session: Session, campaign_id: int) -> int:
    """Take back the campaign's messages still waiting in the outbox whose contact may no longer be emailed.

    A message is withdrawn only while it is ``queued`` (the sender has not claimed it): the conditional
    delete and the sender's claim cannot both win.

    Returns:
        How many messages were withdrawn.
    """
    rows = session.execute(select(EmailCampaignRecipient, Contact)
                           .join(Contact, Contact.id == EmailCampaignRecipient.contact_id)
                           .join(OutboxMessage, OutboxMessage.id == EmailCampaignRecipient.outbox_id)
                           .where(EmailCampaignRecipient.campaign_id == campaign_id,
                                  EmailCampaignRecipient.state == "queued", OutboxMessage.state == "queued")).all()
    if not rows:
        return 0
    reasons = reasons_for(session, [c for _r, c in rows])
    withdrawn = 0
    for recipient, contact in rows:
        if not reasons[contact.id]:
            continue
        gone = session.execute(delete(OutboxMessage).where(OutboxMessage.id == recipient.outbox_id,
                                                           OutboxMessage.state == "queued")
                               .execution_options(synchronize_session=False))
        if gone.rowcount == 1:  # type: ignore[attr-defined]
            recipient.outbox_id = None
            campaign = session.get_one(EmailCampaign, campaign_id)
            campaign.queued_count -= 1
            exclude(session, recipient, reasons[contact.id])
            withdrawn += 1
    session.flush()
    return withdrawn


@dataclass(frozen=True)
class EmailFigures:
    """What an email campaign gave: human and machine opens apart, individual and anonymous measures apart.

    Individual figures (``human_opens``, ``machine_opens``, ``clicks``) only cover the messages that carried
    individual tracking (their contact consented): ``tracked_delivered`` of them. The other recipients' messages
    carried the campaign's anonymous pixel (one token for all, no address nor agent kept): ``anonymous_opens``
    counts the human opens of it, a total, not people (one person opening twice counts twice), over
    ``anonymous_delivered`` messages; the CNIL's recommendation exempts such aggregate, anonymous rates from
    consent. Refusals and withdrawals carry no pixel at all and are in neither measure.
    """

    recipients: int
    excluded: int
    pending: int
    sent: int  # handed to the outbox
    delivered: int
    human_opens: int  # distinct messages opened by a person
    machine_opens: int  # distinct messages fetched by a proxy or scanner only
    clicks: int
    unsubscribes: int
    failed: int  # permanent failures
    tracked_delivered: int = 0  # delivered messages with individual tracking
    anonymous_delivered: int = 0  # delivered messages with the campaign's anonymous pixel
    anonymous_opens: int = 0  # human opens of the anonymous pixel (a total, not people)

    @property
    def tracked_open_rate(self) -> float | None:
        """Share of the individually tracked messages opened by a person, or None when there is none."""
        return self.human_opens / self.tracked_delivered if self.tracked_delivered else None

    @property
    def anonymous_open_rate(self) -> float | None:
        """Anonymous opens per message that carried the anonymous pixel (at most 1: an upper bound, since one
        person may open twice), or None when there is none."""
        if not self.anonymous_delivered:
            return None
        return min(1.0, self.anonymous_opens / self.anonymous_delivered)


def figures(session: Session, campaign_id: int) -> EmailFigures:
    """Count a campaign's recipients, deliveries and tracking events."""
    r = EmailCampaignRecipient
    states = dict(session.execute(select(r.state, func.count()).where(r.campaign_id == campaign_id)
                                  .group_by(r.state)).all())
    outbox = dict(session.execute(select(OutboxMessage.state, func.count())
                                  .join(r, r.outbox_id == OutboxMessage.id).where(r.campaign_id == campaign_id)
                                  .group_by(OutboxMessage.state)).all())
    tokens = (select(OutboxMessage.token).join(r, r.outbox_id == OutboxMessage.id)
              .where(r.campaign_id == campaign_id, OutboxMessage.token.is_not(None)))

    def distinct_tokens(kind: str, verdict: str | None) -> int:
        query = select(func.count(func.distinct(TrackingEvent.token))).where(
            TrackingEvent.token.in_(tokens), TrackingEvent.kind == kind)
        if verdict is not None:
            query = query.where(TrackingEvent.verdict == verdict)
        return int(session.scalar(query) or 0)

    human = distinct_tokens("open", "human")
    campaign = session.get_one(EmailCampaign, campaign_id)
    delivered_rows = (select(func.count()).select_from(OutboxMessage).join(r, r.outbox_id == OutboxMessage.id)
                      .where(r.campaign_id == campaign_id, OutboxMessage.state == "sent"))
    tracked = int(session.scalar(delivered_rows.where(OutboxMessage.individual_tracking.is_(True))) or 0)
    anonymous = int(session.scalar(delivered_rows.where(OutboxMessage.aggregate_token.is_not(None))) or 0)
    anonymous_opens = 0 if campaign.aggregate_token is None else int(session.scalar(
        select(func.count()).select_from(TrackingEvent).where(
            TrackingEvent.token == campaign.aggregate_token, TrackingEvent.kind == "open",
            TrackingEvent.verdict == "human")) or 0)
    opened_by_machine = int(session.scalar(select(func.count(func.distinct(TrackingEvent.token))).where(
        TrackingEvent.token.in_(tokens), TrackingEvent.kind == "open", TrackingEvent.verdict != "human",
        TrackingEvent.token.not_in(select(TrackingEvent.token).where(
            TrackingEvent.token.in_(tokens), TrackingEvent.kind == "open", TrackingEvent.verdict == "human"))))
        or 0)
    return EmailFigures(recipients=sum(states.values()), excluded=int(states.get("excluded", 0)),
                        pending=int(states.get("pending", 0)), sent=int(states.get("queued", 0)),
                        delivered=int(outbox.get("sent", 0)), human_opens=human, machine_opens=opened_by_machine,
                        clicks=distinct_tokens("click", "human"), unsubscribes=distinct_tokens("unsubscribe", None),
                        failed=int(outbox.get("failed_permanent", 0)), tracked_delivered=tracked,
                        anonymous_delivered=anonymous, anonymous_opens=anonymous_opens)


@dataclass(frozen=True)
class EmailRow:
    """One email campaign in the campaigns view."""

    id: int
    name: str
    status: str
    sender: str
    template: str
    figures: EmailFigures


def list_email_campaigns(session: Session) -> list[EmailRow]:
    """Every email campaign with its figures, newest first."""
    rows = session.execute(select(EmailCampaign, User.name).outerjoin(User, User.id == EmailCampaign.sender_id)
                           .order_by(EmailCampaign.id.desc())).all()
    return [EmailRow(c.id, c.name, c.status, name or "", c.template, figures(session, c.id)) for c, name in rows]

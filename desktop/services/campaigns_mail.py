"""Email campaigns: one personal message per recipient, a preview, a test to oneself, throttled sending.

Each message is rendered from a sandboxed email template (``resources/templates/email/campaign`` by default)
as the salesperson, with their signature, and carries an unsubscribe link to the tracker (``/u/{token}``) and
the ``List-Unsubscribe`` and ``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` headers (built by
:func:`desktop.services.mail.message.build_message`). Individual tracking (the message's own pixel, tracked
links and the withdrawal line) follows the policy and the contact's consent; a contact not tracked one by one
gets the same message without them, the unsubscribe link still, and (unless they refused or withdrew, or the
policy is "never") the campaign's anonymous pixel: one token for every such recipient, whose opens the
tracker keeps without address nor agent, for the campaign's aggregate open rate only
(:func:`desktop.db.email_campaigns.figures`).

:func:`pump` is the sending step, called again and again while a campaign is sending: it withdraws waiting
messages whose contact may no longer be emailed, then hands to the outbox as many messages as the throttle
allows now, checking each contact's flags, consent and unsubscribes *at that moment*.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.campaigns import Exclusion, Throttle
from desktop.core.consent import ConsentState, as_state
from desktop.db.campaign_models import EmailCampaign, EmailCampaignRecipient
from desktop.db.email_campaigns import exclude, reasons_for, withdraw_excluded
from desktop.db.models import Contact
from desktop.db.seller import seller_identity
from desktop.services.mail.context import contact_context, sender_context
from desktop.services.mail.message import (
    BuiltMessage,
    Tracking,
    TrackingPolicy,
    build_message,
    new_token,
    tracking_applies,
)
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.quote_mail import SenderIdentity
from desktop.services.mail.templates import EmailTemplates

log = logging.getLogger(__name__)


class CampaignRefused(ValueError):
    """The campaign cannot be sent as it is (no tracker for the unsubscribe link, no sender address...)."""


@dataclass(frozen=True)
class MailSetup:
    """What building a campaign message needs from the settings."""

    sender: SenderIdentity
    policy: TrackingPolicy
    tracker_url: str | None
    templates: EmailTemplates | None = None
    token_factory: Callable[[], str] = new_token


def _context(session: Session, contact: Contact, setup: MailSetup, unsubscribe_url: str) -> dict[str, Any]:
    seller = seller_identity(session)
    return {"contact": contact_context(civility=contact.civility, first_name=contact.first_name,
                                       last_name=contact.last_name, email=contact.email,
                                       company=contact.company.legal_name if contact.company else "",
                                       job_title=contact.job_title, city=contact.city),
            "sender": sender_context(setup.sender.name, setup.sender.address, setup.sender.signature),
            "seller": {"company": seller.legal_name if seller else ""}, "unsubscribe_url": unsubscribe_url}


def build_for(session: Session, campaign: EmailCampaign, contact: Contact, setup: MailSetup, now: datetime,
              ) -> BuiltMessage:
    """The exact message one recipient gets (its bytes are the preview).

    Raises:
        CampaignRefused: Without a tracker (no unsubscribe link possible) or a recipient address.
    """
    if not setup.tracker_url:
        raise CampaignRefused("a tracker is needed for the unsubscribe link")
    if not contact.email:
        raise CampaignRefused("this contact has no email address")
    state = as_state(contact.tracking_consent_state)
    track = tracking_applies(setup.policy, state=state)
    anonymous = (not track and setup.policy is not TrackingPolicy.NEVER
                 and state not in (ConsentState.REFUSED, ConsentState.WITHDRAWN))
    tracking = Tracking(setup.token_factory(), setup.tracker_url.rstrip("/"), individual=track,
                        aggregate_token=campaign.aggregate_token if anonymous else None)
    context = {**_context(session, contact, setup, tracking.unsubscribe_url), "link": tracking.link,
               "view_url": None}
    rendered = (setup.templates or EmailTemplates()).render(campaign.template, context)
    return build_message(sender_address=setup.sender.address, sender_name=setup.sender.name, to=[contact.email],
                         to_names=[contact.full_name],
                         rendered=rendered, tracking=tracking, now=now, bulk=True)


def preview(session: Session, campaign_id: int, contact_id: int, setup: MailSetup, now: datetime) -> BuiltMessage:
    """The message a given recipient would get (nothing is stored)."""
    return build_for(session, session.get_one(EmailCampaign, campaign_id), session.get_one(Contact, contact_id),
                     setup, now)


def send_test(session: Session, campaign_id: int, contact_id: int, setup: MailSetup, now: datetime) -> int:
    """Queue the message of one recipient to the salesperson's own address, untracked ("[Test]" subject).

    Returns:
        The outbox id.
    """
    campaign = session.get_one(EmailCampaign, campaign_id)
    contact = session.get_one(Contact, contact_id)
    context = _context(session, contact, setup, f"{(setup.tracker_url or '').rstrip('/')}/u/test")
    rendered = (setup.templates or EmailTemplates()).render(
        campaign.template, {**context, "link": lambda _id, url: url, "view_url": None})
    rendered = replace(rendered, subject=f"[Test] {rendered.subject}")
    built = build_message(sender_address=setup.sender.address, sender_name=setup.sender.name,
                          to=[setup.sender.address], rendered=rendered, tracking=None, now=now)
    return enqueue(session, built, now=now).id


def start(session: Session, campaign_id: int, now: datetime) -> None:
    """Start (or resume) sending.

    Raises:
        CampaignRefused: the campaign was marked done (its pending messages are never handed over).
    """
    campaign = session.get_one(EmailCampaign, campaign_id)
    if campaign.status == "done":
        raise CampaignRefused(f"La campagne « {campaign.name} » est terminée : elle ne peut plus être envoyée.")
    campaign.status = "sending"
    campaign.started_at = campaign.started_at or now
    campaign.aggregate_token = campaign.aggregate_token or new_token()  # a campaign created before 0011


def pause(session: Session, campaign_id: int) -> None:
    """Stop handing messages to the outbox until resumed."""
    campaign = session.get_one(EmailCampaign, campaign_id)
    if campaign.status == "sending":
        campaign.status = "paused"


@dataclass(frozen=True)
class PumpReport:
    """What one sending step did, and when the next may do more."""

    queued: int
    excluded: int
    withdrawn: int
    pending: int
    next_at: datetime | None  # None when the campaign is finished or not sending


def pump(session: Session, campaign_id: int, setup: MailSetup, now: datetime, limit: int = 200) -> PumpReport:
    """Hand to the outbox what the throttle allows now, excluding contacts who may not be emailed any more.

    Args:
        session: A session in a transaction (commit it at once: the sender reads the outbox).
        campaign_id: The campaign (status ``sending``; anything else does nothing).
        setup: Sender, tracking policy, tracker URL, templates.
        now: Current time (injected).
        limit: Most messages handed over in one step.

    Returns:
        The counts and the time of the next step.
    """
    campaign = session.get_one(EmailCampaign, campaign_id)
    withdrawn = withdraw_excluded(session, campaign_id)
    r = EmailCampaignRecipient
    pending_q = select(r).where(r.campaign_id == campaign_id, r.state == "pending").order_by(r.id)

    def pending_count() -> int:
        return int(session.scalar(select(func.count()).where(r.campaign_id == campaign_id, r.state == "pending"))
                   or 0)

    if campaign.status != "sending" or not setup.tracker_url:  # no unsubscribe link possible: nothing goes out
        return PumpReport(0, 0, withdrawn, pending_count(), None)
    throttle = Throttle(campaign.per_minute, campaign.per_day)
    sent = [t for t in session.scalars(select(r.queued_at).where(
        r.campaign_id == campaign_id, r.queued_at.is_not(None), r.queued_at > now - timedelta(days=1))) if t]
    allowed = min(limit, throttle.allowance(sent, now))
    queued = excluded = 0
    for recipient in session.scalars(pending_q.limit(allowed + 50)).all():
        if queued >= allowed:
            break
        contact = session.get_one(Contact, recipient.contact_id)
        session.refresh(contact)  # the flags as they are now, not as this session first read them
        reasons = reasons_for(session, [contact])[contact.id]
        if reasons:
            exclude(session, recipient, reasons)
            excluded += 1
            continue
        try:
            built = build_for(session, campaign, contact, setup, now)
        except ValueError:  # this contact's own data (a line break in a name, an odd address): not the others'
            log.warning("campaign %s: no message can be built for contact %s", campaign_id, contact.id)
            exclude(session, recipient, [Exclusion.UNSENDABLE])
            excluded += 1
            continue
        row = enqueue(session, built, contact_id=contact.id, now=now)
        recipient.state, recipient.outbox_id, recipient.queued_at = "queued", row.id, now
        campaign.queued_count += 1
        sent.append(now)
        queued += 1
    session.flush()
    left = pending_count()
    if left == 0:
        campaign.status, campaign.finished_at = "done", now
        return PumpReport(queued, excluded, withdrawn, 0, None)
    return PumpReport(queued, excluded, withdrawn, left, throttle.next_slot(sent, now))


def pump_all(session: Session, setup: MailSetup, now: datetime) -> int:
    """One sending step of every campaign being sent (the live sender loop calls it); messages handed over."""
    handed = 0
    for campaign_id in session.scalars(select(EmailCampaign.id).where(EmailCampaign.status == "sending")).all():
        handed += pump(session, campaign_id, setup, now).queued
    return handed

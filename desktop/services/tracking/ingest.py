"""Storing the tracker's events in the database, once, and moving quotes forward.

:func:`ingest_events` runs in the caller's transaction with one page of the feed. Each event is inserted
with ``ON CONFLICT (event_id) DO NOTHING``: the desktop that inserts it (and only that one, when several
desktops share a PostgreSQL database) applies its effects:

- a human ``open`` (or ``click``) moves the quote to "opened", a human ``view`` to "viewed", an
  ``accept`` to "accepted" with its record (name, time, PDF hash, network, user agent) and marks the
  opportunity won; tracking never goes backwards (:func:`desktop.core.quote_status.resolve_transition`);
- an ``unsubscribe`` sets the contact's do-not-email flag;
- a view whose ``link_id`` is ``pdf`` is the PDF itself, downloaded or opened in a phone's viewer (it moves the
  quote like a view and says so in the timeline, without a second notification);
- the contact's timeline gets an entry for each of these; machine events are stored but neither move the
  quote nor notify;
- ``reclassifies`` turns the listed earlier events into machine ones;
- a ``consent`` (the tracker's Yes/No page) or a ``withdraw`` (the link of every tracked email) is recorded as
  the contact's consent, with its text and truncated network (:func:`desktop.db.consent.record_answer`, once
  per event); a refusal or withdrawal deletes the contact's stored opens and clicks. A "yes" the tracker
  judged machine (a scanner pressing buttons) is not a consent and is ignored;
- an ``open`` or ``click`` of a contact whose consent does not allow individual tracking under the policy (a
  message sent before the consent rules, or before a refusal reached the tracker) is not stored at all;
- a ``signed`` event (an online signature confirmed with a one-time code) stores its evidence record in
  ``quote_signatures`` (once per event, its hash recomputed: ``hash_ok``), sets the quote's ``signed_at`` and
  accepts it with the signer's name and the signed PDF's hash when it is not yet (its ``accept`` follows in the
  feed and is told to the salesperson as every acceptance); the timeline says « Devis signé en ligne ».

It returns the events that deserve a desktop notification: a human open or view, and every acceptance
(an explicit act, whatever the verdict an older tracker gave it).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.core.consent import (
    ConsentAnswer,
    ConsentMethod,
    ConsentState,
    TrackingPolicy,
    allows_tracking,
    state_after_answer,
)
from desktop.core.evidence import record_holds
from desktop.core.quote_status import QuoteStatus, QuoteStatusError, resolve_transition
from desktop.db.consent import INDIVIDUAL_KINDS, record_answer
from desktop.db.contacts import add_activity
from desktop.db.models import Activity, Contact, Opportunity
from desktop.db.outbox_models import ANSWER_KINDS, EVENT_KINDS, VERDICTS, OutboxMessage, TrackerCursor, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.signature_models import QuoteSignature

log = logging.getLogger("relance")

NOTIFYING_KINDS = frozenset({"open", "view", "accept"})
EXPLICIT_KINDS = frozenset({"accept", "unsubscribe"})  # a person's act: effective whatever the verdict
_STATUS_OF_KIND = {"open": QuoteStatus.OPENED, "click": QuoteStatus.OPENED, "view": QuoteStatus.VIEWED,
                   "accept": QuoteStatus.ACCEPTED}
_TIMELINE_SUBJECT = {"open": "Message ouvert", "click": "Lien du message suivi", "view": "Devis consulté en ligne",
                     "accept": "Devis accepté en ligne", "unsubscribe": "Désinscription des e-mails",
                     "signed": "Devis signé en ligne",
                     "pdf": "Devis téléchargé (PDF)"}
#: The ``link_id`` of a view of the PDF itself (downloaded, or opened in a phone's viewer).
PDF_VIEW = "pdf"


@dataclass(frozen=True, slots=True)
class Notification:
    """An event the salesperson is told about (tray and in-app).

    Attributes:
        event_id: The tracker's event id.
        kind: ``open``, ``view`` or ``accept``.
        ts: When it happened.
        quote_id: The quote to open when the notification is clicked, if known.
        contact_id: The contact, if known.
        full_name: The name typed on acceptance, else None.
    """

    event_id: str
    kind: str
    ts: datetime
    quote_id: int | None
    contact_id: int | None
    full_name: str | None = None


@dataclass
class IngestResult:
    """What one page of the feed changed.

    Attributes:
        stored: Events new to this database.
        duplicates: Events already stored (by this desktop or another one).
        notify: New human open and view events and every new acceptance, in feed order.
        reclassified: Ids of earlier events now judged machine (withdraw their notifications).
        quotes_changed: Ids of quotes whose status or record changed.
        dropped: Events not stored: opens and clicks whose contact's consent does not allow individual tracking,
            answers of no known contact, a "yes" judged machine.
        erased: Ids of earlier events deleted by a refusal or a withdrawal (withdraw their notifications).
        consent_changed: Contacts whose consent state changed (their panel shows it).
        rejudged: Ids of earlier events whose verdict the tracker changed (``verdict`` records applied here).
        signatures: Ids of the ``quote_signatures`` rows stored (online signatures new to this database).
    """

    stored: int = 0
    duplicates: int = 0
    notify: list[Notification] = field(default_factory=list)
    reclassified: list[str] = field(default_factory=list)
    quotes_changed: set[int] = field(default_factory=set)
    dropped: int = 0
    erased: list[str] = field(default_factory=list)
    consent_changed: set[int] = field(default_factory=set)
    rejudged: list[str] = field(default_factory=list)
    signatures: list[int] = field(default_factory=list)


def parse_ts(text: str) -> datetime:
    """Parse the feed's ISO 8601 UTC timestamp (``...Z``) into an aware datetime."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _dialect_insert(session: Session) -> Any:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def _insert_new(session: Session, values: Mapping[str, Any], now: datetime) -> bool:
    table = TrackingEvent.__table__
    stmt = _dialect_insert(session)(table).values(received_at=now, **values).on_conflict_do_nothing(
        index_elements=["event_id"]).returning(table.c.id)
    return session.execute(stmt).first() is not None


def read_cursor(session: Session, tracker: str) -> str:
    """The feed cursor stored for a tracker ("0" before the first event).

    Args:
        session: A session.
        tracker: The tracker's base URL.

    Returns:
        The cursor to pass as ``after``.
    """
    return session.scalar(select(TrackerCursor.cursor).where(TrackerCursor.tracker == tracker)) or "0"


def save_cursor(session: Session, tracker: str, cursor: str, now: datetime) -> None:
    """Move the stored cursor forward (never back: another desktop may be further already).

    Args:
        session: A session in a transaction.
        tracker: The tracker's base URL.
        cursor: The feed's ``next_cursor``.
        now: Current time.
    """
    table = TrackerCursor.__table__
    stmt = _dialect_insert(session)(table).values(tracker=tracker, cursor=cursor, updated_at=now)
    newer = (func.length(table.c.cursor) < len(cursor)) | (
        (func.length(table.c.cursor) == len(cursor)) & (table.c.cursor < cursor))
    session.execute(stmt.on_conflict_do_update(index_elements=["tracker"],
                                               set_={"cursor": cursor, "updated_at": now}, where=newer))


def _event_values(event: Mapping[str, Any], origin: tuple[int | None, int | None] | None) -> dict[str, Any]:
    kind, verdict = str(event["kind"]), str(event.get("verdict") or "unknown")
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown event kind {kind!r}")
    return {
        "event_id": str(event["id"])[:64], "token": str(event["token"])[:64], "kind": kind,
        "ts": parse_ts(str(event["ts"])), "verdict": verdict if verdict in VERDICTS else "unknown",
        "reasons": [str(r) for r in event.get("reasons") or []], "link_id": event.get("link_id"),
        "quote_id": origin[0] if origin else None, "contact_id": origin[1] if origin else None,
        "full_name": (event.get("full_name") or None) and str(event["full_name"])[:200],
        "pdf_sha256": event.get("pdf_sha256"), "ip": event.get("ip"),
        "user_agent": (event.get("user_agent") or None) and str(event["user_agent"])[:500],
    }


def _advance_quote(session: Session, quote: Quote, values: Mapping[str, Any]) -> None:
    kind, ts = values["kind"], values["ts"]
    with contextlib.suppress(QuoteStatusError):  # e.g. a view of a superseded version moves nothing
        quote.status = resolve_transition(quote.status, _STATUS_OF_KIND[kind]).value
    if kind in ("open", "click"):
        quote.last_human_open_at = max(filter(None, (quote.last_human_open_at, ts)))
    elif kind == "view":
        quote.viewed_at = quote.viewed_at or ts
    elif kind == "accept" and quote.accepted_at is None:
        quote.accepted_at = ts
        quote.acceptance_name = values["full_name"]
        quote.acceptance_pdf_sha256 = values["pdf_sha256"]
        quote.acceptance_ip = (values["ip"] or "")[:45] or None
        quote.acceptance_user_agent = values["user_agent"]
        from desktop.services.mail.acceptance_ack import acceptance_moment, queue_acceptance_ack

        try:  # the confirmation to both parties; it never costs the acceptance itself
            with session.begin_nested():
                queue_acceptance_ack(session, quote, token=values["token"], accepted_at=ts,
                                     full_name=values["full_name"], pdf_sha256=values["pdf_sha256"],
                                     when_text=acceptance_moment(ts, quote.language or "fr"))
        except Exception:
            log.exception("could not queue the confirmation of quote %s's acceptance", quote.id)
        if quote.opportunity_id is not None:
            opportunity = session.get(Opportunity, quote.opportunity_id)
            if opportunity is not None and opportunity.result is None:
                opportunity.result = "won"
                opportunity.stage = "won"
                opportunity.closed_at = ts


def deserves_notification(kind: str, verdict: str, link_id: str | None = None) -> bool:
    """Tell whether an event is told to the salesperson.

    A person's open or view is (not the PDF fetched from the page: its view was told); an acceptance always is,
    whatever its verdict: it is an explicit act, and a tracker older than the rule that judges it human may
    still call a headless browser's acceptance machine.

    Args:
        kind: The event's kind.
        verdict: Its verdict (``human``, ``machine``, ``unknown``).
        link_id: Its link (``pdf`` for a view of the PDF itself).

    Returns:
        True for a human open or view of the page, and for any acceptance.
    """
    if kind == "view" and link_id == PDF_VIEW:
        return False
    return kind == "accept" or (verdict == "human" and kind in NOTIFYING_KINDS)


def _apply(session: Session, values: Mapping[str, Any], result: IngestResult) -> None:
    kind, human = values["kind"], values["verdict"] == "human"
    quote = session.get(Quote, values["quote_id"]) if values["quote_id"] is not None else None
    contact = session.get(Contact, values["contact_id"]) if values["contact_id"] is not None else None
    effective = human or kind in EXPLICIT_KINDS
    if quote is not None and effective and kind in _STATUS_OF_KIND:
        _advance_quote(session, quote, values)
        result.quotes_changed.add(quote.id)
    if contact is not None and kind == "unsubscribe":
        contact.do_not_email = True
    if contact is not None and effective:
        subject = _TIMELINE_SUBJECT["pdf" if kind == "view" and values["link_id"] == PDF_VIEW else kind]
        add_activity(session, kind="tracking", subject=subject, when=values["ts"],
                     contact_id=contact.id, company_id=contact.company_id,
                     payload={"event_id": values["event_id"], "event": kind, "verdict": values["verdict"],
                              "quote_id": values["quote_id"]})
    if deserves_notification(kind, values["verdict"], values["link_id"]):
        result.notify.append(Notification(values["event_id"], kind, values["ts"], values["quote_id"],
                                          values["contact_id"], values["full_name"]))


def _answer(session: Session, event: Mapping[str, Any], contact_id: int | None, now: datetime,
            result: IngestResult) -> None:
    """Record a consent or a withdrawal given on the tracker's pages as the contact's consent."""
    kind, verdict = str(event["kind"]), str(event.get("verdict") or "unknown")
    yes = kind == "consent" and event.get("answer") == "yes"
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact is None or (yes and verdict == "machine"):
        result.dropped += 1  # nobody to record it for, or no person's act
        return
    state = ConsentState.WITHDRAWN if kind == "withdraw" else state_after_answer(contact.tracking_consent_state, yes)
    method = ConsentMethod.EMAIL_LINK if kind == "withdraw" else ConsentMethod.ONLINE_FORM
    answer = ConsentAnswer(state, method, parse_ts(str(event["ts"])), text=str(event.get("text") or ""),
                           source=str(event.get("ip") or ""))
    outcome = record_answer(session, contact.id, answer, now=now, event_id=str(event["id"])[:64],
                            token=str(event["token"])[:64])
    if outcome is None or outcome.record_id is None:
        result.duplicates += 1
        return
    result.stored += 1
    result.erased.extend(outcome.erased)
    if outcome.changed:
        result.consent_changed.add(contact.id)


def _rejudge(session: Session, event: Mapping[str, Any], result: IngestResult, *, duplicate: bool = True) -> None:
    """Apply a ``verdict`` record: an earlier event judged again by the tracker (see ``tracker/events.py``).

    Only the desktop whose update changes the stored verdict applies the effects (team mode). A hit judged human
    no longer (a burst completed, the honeypot was followed) withdraws its notification, marks its timeline entry
    and takes the quote back to "sent" when it was the only human open; one judged human now moves the quote,
    writes the timeline and notifies as a new human hit would.
    """
    target, verdict = str(event.get("rejudges") or ""), str(event.get("verdict") or "unknown")
    verdict = verdict if verdict in VERDICTS else "unknown"
    stored = session.scalar(select(TrackingEvent).where(TrackingEvent.event_id == target)) if target else None
    reasons = [str(r) for r in event["reasons"]] if event.get("reasons") else list(stored.reasons) if stored else []
    if stored is None or stored.verdict == verdict:
        if stored is not None and reasons != list(stored.reasons):
            # the verdict already applied (a hit's ``reclassifies`` came first, without reasons): keep the record's
            # reasons, the ones the tracker stored, and nothing else changes
            stored.reasons = reasons
        result.duplicates += duplicate
        return
    was_human = stored.verdict == "human"
    changed: int = session.execute(update(TrackingEvent).where(TrackingEvent.id == stored.id,
                                                          TrackingEvent.verdict == stored.verdict)
                              .values(verdict=verdict, reasons=reasons)
                              .execution_options(synchronize_session=False)).rowcount  # type: ignore[attr-defined]
    if not changed:
        result.duplicates += duplicate
        return
    session.expire(stored)
    result.rejudged.append(target)
    values = {"event_id": stored.event_id, "kind": stored.kind, "ts": stored.ts, "verdict": verdict,
              "link_id": stored.link_id, "quote_id": stored.quote_id, "contact_id": stored.contact_id,
              "full_name": stored.full_name, "pdf_sha256": stored.pdf_sha256, "ip": stored.ip,
              "user_agent": stored.user_agent}
    if verdict == "human":
        _apply(session, values, result)
    elif was_human and stored.kind not in EXPLICIT_KINDS:
        result.reclassified.append(target)
        _undo(session, values, result)


def _undo(session: Session, values: Mapping[str, Any], result: IngestResult) -> None:
    """What a human verdict did, undone once it is judged machine or uncertain."""
    quote = session.get(Quote, values["quote_id"]) if values["quote_id"] is not None else None
    for activity in session.scalars(select(Activity).where(Activity.kind == "tracking",
                                                           Activity.contact_id == values["contact_id"])):
        payload = dict(activity.payload or {})
        if payload.get("event_id") == values["event_id"]:
            payload.update(verdict=values["verdict"], rejudged=True)
            activity.payload = payload
            activity.subject = f"{activity.subject} (jugé automatique ensuite)" \
                if values["verdict"] == "machine" else f"{activity.subject} (incertain ensuite)"
    if quote is None:
        return
    humans = session.scalars(select(TrackingEvent).where(
        TrackingEvent.quote_id == quote.id, TrackingEvent.verdict == "human",
        TrackingEvent.kind.in_(("open", "click", "view", "accept")))).all()
    opens = [e.ts for e in humans if e.kind in ("open", "click")]
    quote.last_human_open_at = max(opens, default=None)
    if quote.status == QuoteStatus.OPENED.value and not humans:
        quote.status = QuoteStatus.SENT.value
    elif quote.status == QuoteStatus.VIEWED.value and not any(e.kind in ("view", "accept") for e in humans):
        quote.status = (QuoteStatus.OPENED if opens else QuoteStatus.SENT).value
        quote.viewed_at = None
    result.quotes_changed.add(quote.id)


Sealer = Callable[[Session, int, Mapping[str, Any]], Any]
"""Makes the sealed PDF of a signed quote: ``sealer(session, quote_id, evidence)`` returns a
:class:`~desktop.services.signing.seal.SealResult` (see :func:`desktop.services.signing.wiring.make_sealer`)."""


def _seal(session: Session, sealer: Sealer, signature_id: int, quote_id: int, evidence: Mapping[str, Any],
          now: datetime) -> None:
    """Seal the signed quote and keep the sealed PDF; a seal that cannot be made never costs the signature."""
    from desktop.db.signature_models import QuoteSeal

    try:
        with session.begin_nested():
            sealed = sealer(session, quote_id, evidence)
            session.add(QuoteSeal(signature_id=signature_id, quote_id=quote_id, pdf=sealed.pdf,
                                  level=str(sealed.level), problem=sealed.ltv_problem or "", sealed_at=now))
            session.flush()
    except Exception:
        log.exception("could not seal quote %s's signature (the evidence is kept)", quote_id)


def _order_signed(session: Session, quote: Quote, signed_at: datetime) -> None:
    """A quote signed online becomes its purchase order at once (the salesperson's action, done for them); an
    order made already, or one that cannot be made, never costs the signature."""
    from desktop.db.quotes import QuoteError, to_purchase_order

    try:
        with session.begin_nested():
            to_purchase_order(session, quote.id, signed_at)
    except QuoteError:
        pass  # it has its order already
    except Exception:
        log.exception("could not make the purchase order of signed quote %s", quote.id)


def _signed(session: Session, event: Mapping[str, Any], origin: tuple[int | None, int | None] | None,
            now: datetime, result: IngestResult, sealer: Sealer | None = None) -> None:
    """Store an online signature's evidence record once, mark the quote signed and accepted (see the module)."""
    evidence = event.get("evidence")
    if not isinstance(evidence, Mapping):
        result.dropped += 1  # a "signed" event without its evidence proves nothing
        return
    token, quote_id = str(event["token"])[:64], origin[0] if origin else None
    try:
        signed_at = parse_ts(str(evidence["signed_at"]))
        values = {
            "event_id": str(event["id"])[:64], "token": token, "quote_id": quote_id,
            "quote_number": str(evidence["quote_number"])[:64], "version": int(evidence["version"]),
            "pdf_sha256": str(evidence["pdf_sha256"])[:64], "signer_name": str(evidence["signer_name"])[:200],
            "signer_email": str(evidence["signer_email"])[:320], "statement": str(evidence["statement"]),
            "code_issued_at": parse_ts(str(evidence["code_issued_at"])),
            "code_checked_at": parse_ts(str(evidence["code_checked_at"])),
            "ip": (evidence.get("ip") or None) and str(evidence["ip"])[:64],
            "user_agent": (evidence.get("user_agent") or None) and str(evidence["user_agent"])[:512],
            "signed_at": signed_at, "prev_hash": str(evidence["prev_hash"])[:64],
            "record_hash": str(evidence["record_hash"])[:64], "record": dict(evidence),
            "hash_ok": record_holds(token, evidence), "received_at": now,
        }
    except (KeyError, TypeError, ValueError):
        log.warning("a signed event of the tracker carries an incomplete evidence record: %s", event.get("id"))
        result.dropped += 1
        return
    if not values["hash_ok"]:
        log.warning("the evidence record of signed event %s does not give its own hash", values["event_id"])
    table = QuoteSignature.__table__
    stmt = _dialect_insert(session)(table).values(**values).on_conflict_do_nothing(
        index_elements=["event_id"]).returning(table.c.id)
    stored = session.execute(stmt).scalar()
    if stored is None:
        result.duplicates += 1
        return
    result.stored += 1
    result.signatures.append(int(stored))
    quote = session.get(Quote, quote_id) if quote_id is not None else None
    if quote is None:
        return
    quote.signed_at = quote.signed_at or signed_at
    if sealer is not None and values["hash_ok"]:  # sealed first: the confirmation below sends the sealed PDF
        _seal(session, sealer, int(stored), quote.id, evidence, now)
    if quote.accepted_at is None:  # the "accept" that follows finds it accepted, and notifies
        _advance_quote(session, quote, {"kind": "accept", "ts": signed_at, "token": token,
                                        "full_name": values["signer_name"], "pdf_sha256": values["pdf_sha256"],
                                        "ip": event.get("ip"), "user_agent": values["user_agent"]})
    if quote.kind == "quote" and quote.status == QuoteStatus.ACCEPTED.value:
        _order_signed(session, quote, signed_at)
    result.quotes_changed.add(quote.id)
    contact_id = origin[1] if origin else None
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    if contact is not None:
        add_activity(session, kind="tracking", subject=_TIMELINE_SUBJECT["signed"], when=signed_at,
                     contact_id=contact.id, company_id=contact.company_id,
                     payload={"event_id": values["event_id"], "event": "signed", "verdict": "human",
                              "quote_id": quote.id, "record_hash": values["record_hash"]})


def _allowed(session: Session, values: Mapping[str, Any], policy: TrackingPolicy) -> bool:
    """An open or click is kept only when its contact's consent allows individual tracking now."""
    if values["kind"] not in INDIVIDUAL_KINDS or values["contact_id"] is None:
        return True  # a view, an acceptance, an anonymous pixel: no individual tracking
    contact = session.get(Contact, values["contact_id"])
    return contact is None or allows_tracking(policy, contact.tracking_consent_state)


def ingest_events(session: Session, events: Sequence[Mapping[str, Any]], *, tracker: str, next_cursor: str,
                  now: datetime, policy: TrackingPolicy = TrackingPolicy.DEFAULT,
                  sealer: Sealer | None = None) -> IngestResult:
    """Store one page of the feed and apply what it means, in the caller's transaction.

    Args:
        session: A session in a transaction (the cursor moves in the same one).
        events: The page's events (see ``tracker/events.py``).
        tracker: The tracker's base URL (the cursor's key).
        next_cursor: The page's ``next_cursor``.
        now: Current time.
        policy: The effective tracking policy (which opens and clicks may be kept).
        sealer: Seals a signed quote (an online signature's PDF and its signature page); None keeps the
            evidence only.

    Returns:
        What changed and which events deserve a notification.
    """
    result = IngestResult()
    tokens = {str(e["token"]) for e in events}
    origins: dict[str, tuple[int | None, int | None]] = {
        row.token: (row.quote_id, row.contact_id) for row in session.execute(
            select(OutboxMessage.token, OutboxMessage.quote_id, OutboxMessage.contact_id)
            .where(OutboxMessage.token.in_(tokens)))
    } if tokens else {}
    for event in events:
        origin = origins.get(str(event["token"]))
        if str(event["kind"]) in ANSWER_KINDS:
            _answer(session, event, origin[1] if origin else None, now, result)
            continue
        if str(event["kind"]) == "verdict":
            _rejudge(session, event, result)
            continue
        if str(event["kind"]) == "signed":
            _signed(session, event, origin, now, result, sealer)
            continue
        values = _event_values(event, origin)
        if not _allowed(session, values, policy):
            result.dropped += 1
            continue
        if not _insert_new(session, values, now):
            result.duplicates += 1
            continue
        result.stored += 1
        for earlier in [str(e) for e in event.get("reclassifies") or []]:  # judged machine now (older trackers)
            _rejudge(session, {"rejudges": earlier, "verdict": "machine"}, result, duplicate=False)
        _apply(session, values, result)
    save_cursor(session, tracker, next_cursor, now)
    session.flush()
    return result

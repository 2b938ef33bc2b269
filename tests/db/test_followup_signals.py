"""The follow-up list ranks on signals that need no pixel when the contact did not consent (SQLite and
PostgreSQL): the online quote viewed, the PDF downloaded, a reply, a call logged; its reasons say so, never
"opened", and opens of an untracked message do not count."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.followup import Reason
from desktop.db import followups as fu
from desktop.db.contacts import add_activity
from desktop.db.models import Contact, User
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote
from desktop.db.scenario_models import MailReply

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)


def _quote(s: Session, *, state: str = "not_asked", individual: bool | None = False, days: int = 5) -> int:
    contact = Contact(first_name="Marie", last_name="Durand", email=f"{uuid.uuid4().hex[:8]}@client.example",
                      tracking_consent_state=state, tracking_consent={"given": True, "refused": False}.get(state))
    s.add(contact)
    s.flush()
    quote = Quote(number=f"D-{uuid.uuid4().hex[:6]}", version=1, status="sent", contact_id=contact.id,
                  sent_at=NOW - timedelta(days=days))
    s.add(quote)
    s.flush()
    token = uuid.uuid4().hex[:22]
    s.add(OutboxMessage(message_id=f"<{token}@v.example>", sender="a@v.example", recipients=[contact.email],
                        state="sent", token=token, quote_id=quote.id, contact_id=contact.id, created_at=quote.sent_at,
                        individual_tracking=individual))
    s.flush()
    return quote.id


def _event(s: Session, quote_id: int, kind: str, ago: timedelta, link_id: str | None = None) -> None:
    s.add(TrackingEvent(event_id=uuid.uuid4().hex, token=uuid.uuid4().hex, kind=kind, ts=NOW - ago, verdict="human",
                        reasons=[], quote_id=quote_id, link_id=link_id, ip="198.51.100.0/24", user_agent="Firefox"))


def _reasons(sessions: sessionmaker[Session]) -> dict[int, tuple[Reason, dict[str, int], bool]]:
    with sessions() as s:
        return {r.quote_id: (r.followup.reason, r.followup.params, r.followup.tracked)
                for r in fu.load_followups(s, NOW).rows}


def test_without_consent_the_list_ranks_on_what_needs_no_pixel(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        viewed, downloaded, silent, replied, called = (_quote(s) for _ in range(5))
        opened_untracked = _quote(s)
        _event(s, viewed, "view", timedelta(days=2))
        s.get_one(Quote, viewed).status = "viewed"
        _event(s, downloaded, "view", timedelta(days=1))
        _event(s, downloaded, "view", timedelta(days=1), link_id="pdf")
        _event(s, opened_untracked, "open", timedelta(days=1))  # a legacy pixel: not a signal here
        contact_of = {q: s.get_one(Quote, q).contact_id for q in (replied, called)}
        s.add(MailReply(message_id=f"<{uuid.uuid4().hex}@client.example>", contact_id=contact_of[replied],
                        sender="m@client.example", subject="Re: Devis", matched_by="headers",
                        received_at=NOW - timedelta(days=1)))
        add_activity(s, kind="call", subject="Appel", when=NOW - timedelta(days=2), contact_id=contact_of[called])
    found = _reasons(sessions)
    assert found[viewed] == (Reason.VIEWED, {"days": 2}, False)
    assert found[downloaded] == (Reason.DOWNLOADED, {"days": 1}, False)
    assert found[silent] == (Reason.NO_SIGNAL, {"days": 5}, False)  # not "never opened": nobody could see
    assert found[opened_untracked] == (Reason.NO_SIGNAL, {"days": 5}, False)
    assert found[replied] == (Reason.REPLIED, {"days": 1}, False)
    assert found[called] == (Reason.CALLED, {"days": 2}, False)
    assert not {r for r, _p, _t in found.values()} & {Reason.OPENED, Reason.NEVER_OPENED, Reason.HOT}


def test_two_views_in_the_hour_are_hot_online_and_a_consent_brings_opens_back(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        online = _quote(s)
        tracked = _quote(s, state="given", individual=True)
        legacy = _quote(s, state="informed", individual=None)
        for quote_id in (online, tracked):
            _event(s, quote_id, "view", timedelta(minutes=30))
            _event(s, quote_id, "open" if quote_id == tracked else "view", timedelta(minutes=10))
        _event(s, legacy, "open", timedelta(days=1))
    found = _reasons(sessions)
    assert found[online] == (Reason.HOT_ONLINE, {"count": 2, "devices": 1}, False)
    assert found[tracked] == (Reason.HOT, {"count": 2, "devices": 1}, True)
    assert found[legacy] == (Reason.OPENED, {"days": 1}, True)  # sent before 0011 to an informed contact


def test_a_withdrawn_contact_is_never_said_to_have_opened(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        quote_id = _quote(s, state="withdrawn", individual=True, days=4)
    assert _reasons(sessions)[quote_id] == (Reason.NO_SIGNAL, {"days": 4}, False)


def test_an_open_not_counted_is_named_with_its_verdict_and_reasons(sessions: sessionmaker[Session]) -> None:
    """A gateway's open does not make the prospect hot, and the row says which open was left out and why."""
    with sessions.begin() as s:
        quote_id = _quote(s, state="given", individual=True)
        s.add(TrackingEvent(event_id=uuid.uuid4().hex, token=uuid.uuid4().hex, kind="open", verdict="machine",
                            ts=NOW - timedelta(minutes=3), reasons=["scanner-network", "fast-after-delivery"],
                            quote_id=quote_id, ip="40.94.0.0/24", user_agent="Mozilla/5.0"))
        plain = _quote(s, state="given", individual=True)
        _event(s, plain, "open", timedelta(hours=1))
    with sessions() as s:
        rows = {r.quote_id: r for r in fu.load_followups(s, NOW).rows}
    assert rows[quote_id].not_counted == ("machine", "open", ("scanner-network", "fast-after-delivery"))
    assert rows[quote_id].followup.score < rows[plain].followup.score  # the gateway's open counts for nothing
    assert rows[plain].not_counted is None
    from desktop.services.tracking.verdict_words import verdict_sentence

    sentence = verdict_sentence(*rows[quote_id].not_counted)
    assert sentence.startswith("ouverture probablement automatique\u00a0:"), sentence


def _statements(sessions: sessionmaker[Session], owner_id: int | None = None) -> tuple[int, list[fu.FollowUpRow]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    with sessions() as s:
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", count)
        try:
            rows = list(fu.load_followups(s, NOW, owner_id).rows)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    return len(seen), rows


def test_the_list_reads_as_many_statements_for_six_hundred_quotes_as_for_two(sessions: sessionmaker[Session]) -> None:
    """Each kind of signal is one read against the open quotes, not one per 500 of them (each a round trip to a
    team server); one salesperson's list is the team's list cut to their quotes."""
    with sessions.begin() as s:
        first = _quote(s, state="given", individual=True)
        _event(s, first, "open", timedelta(hours=2))
        _event(s, _quote(s), "view", timedelta(days=1))
    few, _rows = _statements(sessions)
    with sessions.begin() as s:
        owners = [User(name=f"Vendeur {n}") for n in range(2)]
        s.add_all(owners)
        s.flush()
        for n in range(600):
            quote_id = _quote(s, state="given", individual=True, days=1 + n % 20)
            s.get_one(Quote, quote_id).owner_id = owners[n % 2].id
            if n % 3 == 0:
                _event(s, quote_id, "open", timedelta(hours=1 + n % 7))
            if n % 5 == 0:
                s.add(TrackingEvent(event_id=uuid.uuid4().hex, token=uuid.uuid4().hex, kind="click", verdict="machine",
                                    ts=NOW - timedelta(minutes=n), reasons=["scanner-network"], quote_id=quote_id))
            if n % 7 == 0:
                add_activity(s, kind="call", subject="Appel", when=NOW - timedelta(hours=n % 30),
                             contact_id=s.get_one(Quote, quote_id).contact_id)
        owner_ids = [o.id for o in owners]
    many, everyone = _statements(sessions)
    assert many == few and len(everyone) == 602
    with sessions() as s:
        owner_of = {quote_id: owner for quote_id, owner in s.execute(select(Quote.id, Quote.owner_id))}
    for owner_id in owner_ids:
        _count, theirs = _statements(sessions, owner_id)
        assert theirs == [r for r in everyone if owner_of[r.quote_id] == owner_id] and len(theirs) == 300
    assert sum(1 for r in everyone if r.not_counted == ("machine", "click", ("scanner-network",))) == 120

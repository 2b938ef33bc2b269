"""The consent repository on SQLite and PostgreSQL: answers recorded with their proof, the latest answer decides
(late ones change history only), the tracker's events recorded once, a refusal or withdrawal erases the stored
opens and clicks (views and acceptances stay), the contact form goes through the same records, what the tracker
must be told, the tracker keys, the proof rows."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentAnswer, ConsentError, ConsentMethod, ConsentState
from desktop.core.records import ContactDraft
from desktop.db import consent as repo
from desktop.db.consent_models import ConsentRecord
from desktop.db.contacts import FORM_NOTE, add_activity, create_contact, update_contact
from desktop.db.models import Activity, Contact, User
from desktop.db.outbox_models import OutboxMessage, TrackingEvent
from desktop.db.quote_models import Quote

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def _contact(s: Session, **kw: object) -> int:
    values: dict[str, object] = {"first_name": "Marie", "last_name": "Durand", "email": "marie@client.example",
                                 "created_at": NOW, **kw}
    contact = Contact(**values)
    s.add(contact)
    s.flush()
    return contact.id


def _state(s: Session, contact_id: int) -> tuple[str, bool | None]:
    contact = s.get_one(Contact, contact_id)
    s.refresh(contact)
    return contact.tracking_consent_state, contact.tracking_consent


def test_a_salesperson_records_a_consent_with_a_note_and_the_timeline_says_so(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        user = User(name="Claire Martin")
        s.add(user)
        s.flush()
        cid = _contact(s)
        with pytest.raises(ConsentError) as caught:
            repo.record_by_salesperson(s, cid, yes=True, note="", now=NOW, user_id=user.id)
        assert caught.value.problem.key == "consent_note_needed"
        outcome = repo.record_by_salesperson(s, cid, yes=True, note="Accord oral au téléphone", now=NOW,
                                             user_id=user.id, channel="téléphone")
        assert outcome is not None and outcome.changed and outcome.state is ConsentState.GIVEN
    with sessions() as s:
        assert _state(s, cid) == ("given", True)
        status = repo.consent_status(s, cid)
        assert status is not None and (status.state, status.since, status.method) == (
            ConsentState.GIVEN, NOW, ConsentMethod.SALESPERSON)
        [entry] = status.history
        assert (entry.note, entry.source, entry.recorded_by) == ("Accord oral au téléphone", "téléphone",
                                                                 "Claire Martin")
        [activity] = s.scalars(select(Activity).where(Activity.contact_id == cid))
        assert (activity.kind, activity.subject) == ("consent", "Consentement au suivi des e-mails donné")


def test_the_latest_answer_decides_and_a_late_one_only_joins_the_history(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        cid = _contact(s)
        repo.record_answer(s, cid, ConsentAnswer(ConsentState.REFUSED, ConsentMethod.ONLINE_FORM, NOW), now=NOW)
        late = repo.record_answer(s, cid, ConsentAnswer(ConsentState.GIVEN, ConsentMethod.ONLINE_FORM,
                                                        NOW - timedelta(hours=1)), now=NOW)
        assert late is not None and not late.changed and late.state is ConsentState.REFUSED
    with sessions() as s:
        assert _state(s, cid) == ("refused", False)
        status = repo.consent_status(s, cid)
        assert status is not None and [e.state for e in status.history] == [ConsentState.REFUSED, ConsentState.GIVEN]


def test_a_tracker_event_is_recorded_once(sessions: sessionmaker[Session]) -> None:
    answer = ConsentAnswer(ConsentState.GIVEN, ConsentMethod.ONLINE_FORM, NOW, text="Souhaitez-vous ? [Oui]",
                           source="203.0.113.0/24")
    with sessions.begin() as s:
        cid = _contact(s)
        first = repo.record_answer(s, cid, answer, now=NOW, event_id="ev-1", token="tok")
        again = repo.record_answer(s, cid, answer, now=NOW, event_id="ev-1", token="tok")
    assert first is not None and first.record_id is not None
    assert again is not None and again.record_id is None and not again.changed
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(ConsentRecord)) == 1
        assert s.scalar(select(func.count()).select_from(Activity)) == 1


def _tracked_quote(s: Session, cid: int) -> tuple[int, str]:
    quote = Quote(number="D-1", version=1, status="finalised", contact_id=cid)
    s.add(quote)
    s.flush()
    token = uuid.uuid4().hex[:22]
    s.add(OutboxMessage(message_id=f"<{token}@v.example>", sender="a@v.example", recipients=["m@c.example"],
                        state="sent", token=token, quote_id=quote.id, contact_id=cid, created_at=NOW))
    quote.status, quote.sent_at, quote.last_human_open_at = "opened", NOW, NOW
    for n, kind in enumerate(("open", "click", "view", "open")):
        s.add(TrackingEvent(event_id=f"{token}-{n}", token=token, kind=kind, ts=NOW, verdict="human", reasons=[],
                            quote_id=quote.id, contact_id=cid if n < 3 else None))  # the last one: no contact
        add_activity(s, kind="tracking", subject="x", when=NOW, contact_id=cid, payload={"event": kind})
    s.flush()
    return quote.id, token


def test_a_withdrawal_erases_opens_and_clicks_and_keeps_views(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        cid = _contact(s, tracking_consent=True, tracking_consent_state="given")
        quote_id, token = _tracked_quote(s, cid)
        outcome = repo.record_answer(s, cid, ConsentAnswer(ConsentState.WITHDRAWN, ConsentMethod.EMAIL_LINK, NOW),
                                     now=NOW, event_id="w-1", token=token)
    assert outcome is not None and sorted(outcome.erased) == [f"{token}-0", f"{token}-1", f"{token}-3"]
    with sessions() as s:
        assert [e.kind for e in s.scalars(select(TrackingEvent))] == ["view"]
        quote = s.get_one(Quote, quote_id)
        assert (quote.status, quote.last_human_open_at) == ("sent", None)
        kept = [a.payload for a in s.scalars(select(Activity).where(Activity.kind == "tracking"))]
        assert kept == [{"event": "view"}]
        assert _state(s, cid) == ("withdrawn", False)


def test_a_viewed_quote_stays_viewed_after_a_withdrawal(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        cid = _contact(s, tracking_consent=True, tracking_consent_state="given")
        quote_id, _token = _tracked_quote(s, cid)
        s.get_one(Quote, quote_id).status = "viewed"
        repo.record_by_salesperson(s, cid, yes=False, note="", now=NOW)
    with sessions() as s:
        assert s.get_one(Quote, quote_id).status == "viewed"


def test_the_contact_form_goes_through_the_records_and_an_empty_box_keeps_the_answer(
        sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        cid = create_contact(s, ContactDraft(first_name="Paul", last_name="Morel", tracking_consent=True), now=NOW).id
    with sessions.begin() as s:
        update_contact(s, cid, ContactDraft(first_name="Paul", last_name="Morel", tracking_consent=None), now=NOW)
        assert _state(s, cid) == ("given", True)
        update_contact(s, cid, ContactDraft(first_name="Paul", last_name="Morel", tracking_consent=False),
                       now=NOW + timedelta(minutes=1))
    with sessions() as s:
        assert _state(s, cid) == ("withdrawn", False)
        status = repo.consent_status(s, cid)
        assert status is not None
        assert [(e.state, e.method, e.note) for e in status.history] == [
            (ConsentState.WITHDRAWN, ConsentMethod.SALESPERSON, ""),
            (ConsentState.GIVEN, ConsentMethod.SALESPERSON, FORM_NOTE)]


def test_what_the_tracker_must_be_told_and_the_keys(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        silent = _contact(s)  # never sent anything: nothing to tell
        refused = _contact(s)
        _quote_id, token = _tracked_quote(s, refused)
        s.execute(OutboxMessage.__table__.update().values(registered=True))
        for cid in (silent, refused):
            repo.record_by_salesperson(s, cid, yes=False, note="", now=NOW)
        told = repo.pending_sync(s, since=NOW - timedelta(days=400), now=NOW)
        assert [(t.contact_id, t.blocked, t.tokens, t.at) for t in told] == [(refused, True, (token,), NOW)]
        key = told[0].key
        assert len(key) == 22 and repo.ensure_tracking_keys(s, [refused]) == {refused: key}
        assert repo.pending_sync(s, since=NOW + timedelta(days=1), now=NOW)[0].tokens == ()  # past retention
        repo.record_by_salesperson(s, refused, yes=True, note="rappel", now=NOW + timedelta(minutes=1))
        repo.mark_synced(s, [(t.contact_id, t.up_to) for t in told], NOW)  # the newer record is not covered
        [again] = repo.pending_sync(s, since=NOW - timedelta(days=400), now=NOW)
        assert (again.contact_id, again.blocked, again.key) == (refused, False, key)
        repo.mark_synced(s, [(again.contact_id, again.up_to)], NOW)
        assert repo.pending_sync(s, since=NOW - timedelta(days=400), now=NOW) == []
        keys = repo.ensure_tracking_keys(s, [silent, refused])
        assert keys[refused] == key and len(set(keys.values())) == 2


def test_proof_rows_list_every_record_by_contact(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        first, second = _contact(s), _contact(s, last_name="Aubert")
        repo.record_answer(s, first, ConsentAnswer(ConsentState.GIVEN, ConsentMethod.ONLINE_FORM, NOW,
                                                   text="Question [Oui]", source="203.0.113.0/24"), now=NOW)
        repo.record_by_salesperson(s, second, yes=False, note="", now=NOW)
    with sessions() as s:
        rows = repo.proof_rows(s)
        assert [(r.contact, r.current, r.entry.state) for r in rows] == [
            ("Marie Aubert", ConsentState.REFUSED, ConsentState.REFUSED),
            ("Marie Durand", ConsentState.GIVEN, ConsentState.GIVEN)]
        [only] = repo.proof_rows(s, [first])
        assert (only.entry.text, only.entry.source, only.email) == ("Question [Oui]", "203.0.113.0/24",
                                                                    "marie@client.example")


def test_the_contact_panel_reads_the_consent_with_the_detail(sessions: sessionmaker[Session]) -> None:
    from desktop.services.contact_detail import load_contact_detail

    with sessions.begin() as s:
        cid = _contact(s)
        repo.record_by_salesperson(s, cid, yes=False, note="", now=NOW, channel="courrier")
    with sessions() as s:
        detail = load_contact_detail(s, cid)
    assert detail is not None and detail.consent is not None
    assert (detail.consent.state, detail.consent.method, detail.consent.history[0].source) == (
        ConsentState.REFUSED, ConsentMethod.SALESPERSON, "courrier")
    assert detail.timeline[0].kind == "consent" and detail.timeline[0].subject == "Suivi des e-mails refusé"


def test_tracker_keys_are_written_in_id_order_whatever_order_the_contacts_come_in(
        sessions: sessionmaker[Session]) -> None:
    """Two desktops keying the same contacts lock them in the same order: they wait, never deadlock."""
    from sqlalchemy import event

    with sessions.begin() as s:
        ids = [_contact(s, email=f"p{i}@client.example") for i in range(1200)]
    written: list[int] = []

    def _record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE CONTACTS") and executemany:
            written.extend(p["cid"] if isinstance(p, dict) else p[1] for p in parameters)

    with sessions.begin() as s:
        engine = s.get_bind()
        event.listen(engine, "before_cursor_execute", _record)
        try:
            keys = repo.ensure_tracking_keys(s, list(reversed(ids)) + ids[:10])
        finally:
            event.remove(engine, "before_cursor_execute", _record)
    assert set(keys) == set(ids) and len(set(keys.values())) == len(ids)
    assert len(written) == len(ids) and written == sorted(written)

"""The same quote sent from two desktops at once is queued once; the second salesperson is told and may send
it again on purpose. On SQLite and PostgreSQL, and with two desktops racing on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import make_engine, make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.message import TrackingPolicy
from desktop.services.mail.quote_mail import (
    SenderIdentity,
    SentMeanwhile,
    build_quote_email,
    draft_quote_email,
    queue_quote_email,
)
from tests.integration.conftest import add_quote

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
SENDER = SenderIdentity("Claire Martin", "claire@vendeur.example")
PDF = b"%PDF-1.4\n%%EOF\n"


def _draft(sessions: sessionmaker[Session], quote_id: int):  # type: ignore[no-untyped-def]
    with sessions() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.NEVER,
                                  tracker_url=None)
    return draft, build_quote_email(draft, SENDER, NOW)


def _messages(sessions: sessionmaker[Session], quote_id: int) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).where(OutboxMessage.quote_id == quote_id)) or 0)


def test_a_quote_sent_meanwhile_is_not_queued_again_unless_asked(sessions: sessionmaker[Session]) -> None:
    quote_id = add_quote(sessions)
    first, second = _draft(sessions, quote_id), _draft(sessions, quote_id)  # two send dialogs open
    with sessions.begin() as session:
        queue_quote_email(session, *first, NOW)
    with pytest.raises(SentMeanwhile) as told, sessions.begin() as session:
        queue_quote_email(session, *second, NOW)
    assert told.value.number == "D-2026-0042" and told.value.state == "queued"
    assert _messages(sessions, quote_id) == 1
    with sessions.begin() as session:  # « Envoyer quand même »
        queue_quote_email(session, *second, NOW, again=True)
    assert _messages(sessions, quote_id) == 2
    third = _draft(sessions, quote_id)  # a later follow-up drafted after those: nothing to say
    with sessions.begin() as session:
        queue_quote_email(session, *third, NOW)
    assert _messages(sessions, quote_id) == 3


@pytest.mark.postgres
def test_two_desktops_pressing_send_at_the_same_moment_queue_one_message(postgres_url: str) -> None:
    from desktop.db.migrate import migrate

    engines = [make_engine(postgres_url), make_engine(postgres_url)]
    try:
        _race(engines, migrate)
    finally:
        for engine in engines:
            engine.dispose()


def _race(engines: list, migrate) -> None:  # type: ignore[no-untyped-def,type-arg]
    migrate(engines[0])
    factories = [make_session_factory(e) for e in engines]
    quote_id = add_quote(factories[0])
    drafts = [_draft(factories[i], quote_id) for i in range(2)]
    barrier = threading.Barrier(2, timeout=30)
    outcomes: list[str] = []

    def desktop(i: int) -> None:
        barrier.wait()
        try:
            with factories[i].begin() as session:
                queue_quote_email(session, *drafts[i], NOW)
            outcomes.append("queued")
        except SentMeanwhile:
            outcomes.append("told")

    threads = [threading.Thread(target=desktop, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(outcomes) == ["queued", "told"]
    assert _messages(factories[0], quote_id) == 1

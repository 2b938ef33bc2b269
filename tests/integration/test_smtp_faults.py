"""Misbehaving SMTP servers over real sockets (tests/support/scripted_smtp.py): every exchange has a deadline on
an injected monotonic clock, each failure is told as what it is, a server that keeps the message but never
confirms it gets at most two copies, and one message's quota replies never stop the others.

No wall-clock bound is asserted: deadlines run on ``FakeMonotonic`` (it moves at each read), and a trickling
server is judged by how many bytes it could send before the client hung up."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.db.engine import make_session_factory
from desktop.db.outbox_models import OutboxMessage
from desktop.services.mail.sender import RetryPolicy, deliver_due
from desktop.services.mail.smtp_client import Phase
from desktop.services.mail.transport import (
    FailureKind,
    LocalFolderTransport,
    SmtpSecurity,
    SmtpSettings,
    SmtpTransport,
    classify,
)
from tests.integration.conftest import FakeClock
from tests.support.mailflow import RegistersAll, queue_plain
from tests.support.scripted_smtp import DROP, STALL, FakeMonotonic, ScriptedSmtp

GREETING = "220 " + "x" * 400 + " ESMTP"


@pytest.fixture
def sessions(sqlite_engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(sqlite_engine)


def settings(server: ScriptedSmtp, security: SmtpSecurity = SmtpSecurity.NONE, timeout: float = 3.0,
             batch_timeout: float = 300.0) -> SmtpSettings:
    return SmtpSettings(host=server.host, port=server.port, security=security, timeout=timeout,
                        batch_timeout=batch_timeout)


def send_once(sessions: sessionmaker[Session], transport: SmtpTransport, clock: FakeClock,
              policy: RetryPolicy | None = None) -> None:
    deliver_due(sessions, transport, RegistersAll(), clock, rng=random.Random(3), policy=policy)  # type: ignore[arg-type]


def row(sessions: sessionmaker[Session], outbox_id: int) -> OutboxMessage:
    with sessions() as session:
        return session.get_one(OutboxMessage, outbox_id)


def test_a_trickling_greeting_is_cut_at_the_reply_deadline(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.greeting, scripted_smtp.trickle = GREETING, 0.01  # one byte every 10 ms, 400 bytes in all
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    monotonic = FakeMonotonic(step=0.5)  # each read of the clock: half a second; the deadline is 3 s

    send_once(sessions, SmtpTransport(settings(scripted_smtp), monotonic=monotonic), clock)

    scripted_smtp.stop()
    # each recv waited only for what was left of the one deadline: a handful of bytes, not the whole greeting
    assert scripted_smtp.bytes_sent < 40
    stored = row(sessions, outbox_id)
    assert "sent no greeting within 3 s" in (stored.last_error or "")
    assert stored.state == "failed_temporary" and stored.attempts == 0  # connecting says nothing of the message


def test_a_stalled_greeting_is_not_told_as_a_closed_connection(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.greeting = STALL
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    send_once(sessions, SmtpTransport(settings(scripted_smtp), monotonic=FakeMonotonic(step=1.0)), clock)
    words = row(sessions, outbox_id).last_error or ""
    assert "accepted the connection but sent no greeting" in words and "closed" not in words


@pytest.mark.parametrize(("where", "words"), [
    ("mail", "stopped answering while giving the sender"),
    ("rcpt", "stopped answering while giving the recipients"),
])
def test_a_server_that_stops_answering_mid_transaction_is_told_where(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock, where: str,
        words: str) -> None:
    if where == "mail":
        scripted_smtp.on_mail = lambda _a: STALL
    else:
        scripted_smtp.on_rcpt = lambda _a: STALL
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    send_once(sessions, SmtpTransport(settings(scripted_smtp), monotonic=FakeMonotonic(step=1.0)), clock)
    stored = row(sessions, outbox_id)
    assert words in (stored.last_error or "")
    assert stored.state == "failed_temporary" and stored.attempts == 1 and scripted_smtp.copies == []


def test_a_missing_starttls_pauses_sending_with_words_saying_what_to_do(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    outbox_id = queue_plain(sessions, "m@client.example", clock())  # the server's EHLO offers no STARTTLS
    send_once(sessions, SmtpTransport(settings(scripted_smtp, SmtpSecurity.STARTTLS)), clock)
    stored = row(sessions, outbox_id)
    assert stored.state == "paused" and stored.attempts == 0
    assert "does not offer STARTTLS" in (stored.last_error or "") and "SSL/TLS" in (stored.last_error or "")
    assert "SMTPNotSupportedError" not in (stored.last_error or "")


def test_a_failed_tls_handshake_says_the_secure_connection_failed(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.extensions.append("STARTTLS")  # offered, then plain text where the handshake should be
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    send_once(sessions, SmtpTransport(settings(scripted_smtp, SmtpSecurity.STARTTLS)), clock)
    stored = row(sessions, outbox_id)
    assert stored.state == "paused" and "secure connection failed" in (stored.last_error or "")
    assert scripted_smtp.copies == []


def test_the_batch_stops_starting_messages_when_its_time_is_used(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    ids = [queue_plain(sessions, f"m{i}@client.example", clock()) for i in range(20)]
    monotonic = FakeMonotonic(step=1.0)
    first = SmtpTransport(settings(scripted_smtp, batch_timeout=60.0), monotonic=monotonic)
    send_once(sessions, first, clock)
    sent = [i for i in ids if row(sessions, i).state == "sent"]
    assert 0 < len(sent) < len(ids)  # about sixty clock reads: a few messages, then the batch ends
    assert all(row(sessions, i).state == "queued" and row(sessions, i).attempts == 0 for i in ids if i not in sent)
    send_once(sessions, SmtpTransport(settings(scripted_smtp), monotonic=monotonic), clock)
    assert all(row(sessions, i).state == "sent" for i in ids)
    assert len(scripted_smtp.copies) == len(ids)  # each once


def test_a_server_that_keeps_the_message_but_never_confirms_gets_two_copies_and_the_user_is_told(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.after_data = lambda _copy: DROP  # keeps it, drops the connection before its 250
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    for _ in range(12):  # twelve simulated hours of rounds
        send_once(sessions, SmtpTransport(settings(scripted_smtp)), clock)
        clock.advance(hours=1)
    assert len(scripted_smtp.copies) == RetryPolicy().max_lost_replies == 2
    stored = row(sessions, outbox_id)
    assert stored.state == "failed_permanent" and stored.maybe_delivered and stored.lost_replies == 2
    assert "may have been delivered" in (stored.last_error or "")


def test_a_reply_that_never_comes_after_the_message_also_counts_as_maybe_delivered(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.after_data = lambda _copy: STALL
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    for _ in range(4):
        send_once(sessions, SmtpTransport(settings(scripted_smtp), monotonic=FakeMonotonic(step=1.0)), clock)
        clock.advance(hours=1)
    assert len(scripted_smtp.copies) == 2
    assert row(sessions, outbox_id).maybe_delivered


QUOTA = "550 5.4.5 Daily user sending quota exceeded."


def test_a_message_whose_replies_pause_the_outbox_goes_to_the_back_and_is_given_up(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.after_data = lambda copy: QUOTA if "a@client.example" in copy.rcpt_tos else "250 2.0.0 OK"
    policy = RetryPolicy(max_attempts=4)
    first = queue_plain(sessions, "a@client.example", clock())
    others = [queue_plain(sessions, f"{n}@client.example", clock()) for n in ("b", "c")]
    hours = 0
    while hours < 10 and not all(row(sessions, i).state == "sent" for i in others):
        send_once(sessions, SmtpTransport(settings(scripted_smtp)), clock, policy)
        clock.advance(hours=1, seconds=1)
        hours += 1
    assert hours <= 2  # the first pause, then the others go first
    for _ in range(10):
        send_once(sessions, SmtpTransport(settings(scripted_smtp)), clock, policy)
        clock.advance(hours=1, seconds=1)
    stored = row(sessions, first)
    assert stored.state == "failed_permanent" and stored.attempts == policy.max_attempts
    assert len([c for c in scripted_smtp.copies if "a@client.example" in c.rcpt_tos]) == policy.max_attempts
    assert "gave up after 4 attempts" in (stored.last_error or "")


@pytest.mark.parametrize("reply", ["452 4.5.3 Too many recipients",
                                   "550 5.7.1 Message rejected: rate limit exceeded for recipient",
                                   "450 4.2.1 The user you are trying to contact is receiving mail at a rate that "
                                   "prevents additional messages from being delivered"])
def test_a_per_recipient_reply_does_not_pause_the_others(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock, reply: str) -> None:
    scripted_smtp.on_rcpt = lambda address: reply if address == "a@client.example" else "250 2.1.5 OK"
    first = queue_plain(sessions, "a@client.example", clock())
    others = [queue_plain(sessions, f"{n}@client.example", clock()) for n in ("b", "c")]
    send_once(sessions, SmtpTransport(settings(scripted_smtp)), clock)
    assert all(row(sessions, i).state == "sent" for i in others)
    assert row(sessions, first).state == ("failed_temporary" if reply.startswith("4") else "failed_permanent")


@pytest.mark.parametrize(("code", "words", "stage", "kind"), [
    (550, "5.4.5 Daily user sending quota exceeded.", Phase.FINAL, FailureKind.QUOTA),
    (554, "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException", Phase.FINAL, FailureKind.QUOTA),
    (421, "4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address",
     Phase.MAIL, FailureKind.QUOTA),
    (450, "4.7.1 <a@b.fr>: Sender address rejected: Too many messages from sender in last 60", Phase.RCPT,
     FailureKind.QUOTA),
    (550, "5.4.5 <x@y.fr>: Recipient address rejected: Domain Sending Quota Exceeded", Phase.RCPT,
     FailureKind.QUOTA),
    (452, "4.5.3 Too many recipients", Phase.RCPT, FailureKind.TEMPORARY),
    (452, "4.5.3 Your message has too many recipients", Phase.FINAL, FailureKind.TEMPORARY),
    (452, "4.2.2 The email account that you tried to reach is over quota", Phase.RCPT, FailureKind.TEMPORARY),
    (550, "5.7.1 Message rejected: rate limit exceeded for recipient", Phase.RCPT, FailureKind.PERMANENT),
    (550, "5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional "
          "messages", Phase.RCPT, FailureKind.PERMANENT),
    (451, "4.5.1 The recipient <w@y.ru> has exceeded their message rate limit.", Phase.FINAL,
     FailureKind.TEMPORARY),
    (535, "5.7.8 Authentication credentials invalid", Phase.AUTH, FailureKind.LOGIN),
    (550, "5.1.1 User unknown", Phase.RCPT, FailureKind.PERMANENT),
])
def test_replies_are_classed_by_who_they_are_about(code: int, words: str, stage: Phase, kind: FailureKind) -> None:
    assert classify(code, words, stage) is kind


def test_an_unexpected_exception_in_a_transport_is_a_recorded_worded_failure(
        sessions: sessionmaker[Session], clock: FakeClock) -> None:
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    transport = LocalFolderTransport(Path("outbox\0folder"))  # a NUL in the path: ValueError, not an OSError
    report = deliver_due(sessions, transport, RegistersAll(), clock)  # type: ignore[arg-type]
    assert report.retrying == [outbox_id]
    stored = row(sessions, outbox_id)
    assert stored.state == "failed_temporary" and stored.attempts == 1 and stored.next_attempt_at is not None
    assert "unexpected problem while sending (ValueError)" in (stored.last_error or "")
    clock.advance(hours=1)
    assert outbox_id in deliver_due(sessions, transport, RegistersAll(), clock).retrying  # type: ignore[arg-type]
    assert row(sessions, outbox_id).attempts == 2  # never left in flight


def test_the_retry_policy_keeps_its_cap_over_simulated_days(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.after_data = lambda _copy: "451 4.3.0 Try again later"
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    for _ in range(48):
        send_once(sessions, SmtpTransport(settings(scripted_smtp)), clock)
        clock.advance(hours=1)
    assert len(scripted_smtp.copies) == RetryPolicy().max_attempts
    assert row(sessions, outbox_id).state == "failed_permanent"


def test_an_exchange_cut_by_the_batchs_end_is_not_counted_against_the_message(
        sessions: sessionmaker[Session], scripted_smtp: ScriptedSmtp, clock: FakeClock) -> None:
    scripted_smtp.on_rcpt = lambda _a: STALL
    outbox_id = queue_plain(sessions, "m@client.example", clock())
    transport = SmtpTransport(settings(scripted_smtp, timeout=30.0, batch_timeout=8.0),
                              monotonic=FakeMonotonic(step=1.0))
    send_once(sessions, transport, clock)
    stored = row(sessions, outbox_id)
    assert "sending took too long this time" in (stored.last_error or "")
    assert stored.state == "failed_temporary" and stored.attempts == 0

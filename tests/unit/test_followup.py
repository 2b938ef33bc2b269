"""The follow-up score: each rule on its own, with an injected clock, and the ranking."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.followup import (
    Action,
    HumanEvent,
    QuoteSignals,
    Reason,
    default_next_followup,
    rank,
    score,
)

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)  # a Friday


def sig(**kw: object) -> QuoteSignals:
    base: dict[str, object] = {"quote_id": 1, "status": "sent", "sent_at": NOW - timedelta(days=1)}
    base.update(kw)
    return QuoteSignals(**base)  # type: ignore[arg-type]


def ago(**kw: float) -> datetime:
    return NOW - timedelta(**kw)


def test_three_opens_from_two_devices_in_the_last_hour_is_hot() -> None:
    events = [HumanEvent(ago(minutes=50), "open", "a"), HumanEvent(ago(minutes=20), "open", "b"),
              HumanEvent(ago(minutes=5), "open", "a")]
    f = score(sig(status="opened", events=events), NOW)
    assert f is not None and (f.reason, f.action, f.params) == (Reason.HOT, Action.CALL, {"count": 3, "devices": 2})
    assert f.score == 115


def test_one_open_an_hour_ago_is_not_hot_but_opened() -> None:
    f = score(sig(status="opened", events=[HumanEvent(ago(minutes=70), "open", "a")]), NOW)
    assert f is not None and f.reason is Reason.OPENED and f.params == {"days": 0}


def test_sent_six_days_ago_never_opened() -> None:
    f = score(sig(sent_at=ago(days=6)), NOW)
    assert f is not None and (f.reason, f.action, f.params, f.score) == (
        Reason.NEVER_OPENED, Action.CALL_OR_RESEND, {"days": 6}, 46)


def test_recently_sent_waits() -> None:
    f = score(sig(sent_at=ago(days=1)), NOW)
    assert f is not None and f.reason is Reason.WAITING


def test_viewed_and_expiring_in_three_days() -> None:
    f = score(sig(status="viewed", viewed_at=ago(days=2), validity_date=date(2026, 11, 30)), NOW)
    assert f is not None and (f.reason, f.params, f.score) == (Reason.VIEWED_EXPIRING, {"days": 3}, 84)


def test_expiring_without_view() -> None:
    f = score(sig(validity_date=date(2026, 11, 28)), NOW)
    assert f is not None and (f.reason, f.params) == (Reason.EXPIRING, {"days": 1})


def test_viewed_not_expiring() -> None:
    f = score(sig(status="viewed", viewed_at=ago(days=4), validity_date=date(2027, 1, 15)), NOW)
    assert f is not None and (f.reason, f.params, f.score) == (Reason.VIEWED, {"days": 4}, 56)


def test_accepted_asks_for_thanks() -> None:
    f = score(sig(status="accepted", accepted_at=ago(hours=3)), NOW)
    assert f is not None and (f.reason, f.action) == (Reason.ACCEPTED, Action.THANK)


def test_snoozed_and_closed_quotes_are_not_due() -> None:
    assert score(sig(snoozed_until=date(2026, 12, 1)), NOW) is None
    assert score(sig(snoozed_until=date(2026, 11, 27)), NOW) is not None  # snoozed until today: due again
    for status in ("draft", "finalised", "refused", "expired", "superseded"):
        assert score(sig(status=status), NOW) is None


def test_ranking_puts_hot_first_then_accepted_then_silence() -> None:
    hot = sig(quote_id=3, status="opened", events=[HumanEvent(ago(minutes=3), "open", "x"),
                                                   HumanEvent(ago(minutes=2), "view", "x")])
    accepted = sig(quote_id=2, status="accepted")
    silent = sig(quote_id=1, sent_at=ago(days=8))
    assert [f.quote_id for f in rank([silent, accepted, hot], NOW)] == [3, 2, 1]


@given(st.lists(st.tuples(st.integers(0, 20), st.sampled_from(["sent", "opened", "viewed", "accepted"]),
                          st.integers(0, 3000)), max_size=12))
def test_ranking_is_a_sorted_permutation_of_the_due(rows: list[tuple[int, str, int]]) -> None:
    signals = [sig(quote_id=i, status=s, sent_at=ago(minutes=m), events=[HumanEvent(ago(minutes=m // 2), "open", "d")])
               for i, (_d, s, m) in enumerate(rows)]
    ranked = rank(signals, NOW)
    assert [f.score for f in ranked] == sorted((f.score for f in ranked), reverse=True)
    assert len(ranked) == len(signals)


def test_default_next_followup_skips_the_weekend() -> None:
    assert default_next_followup(NOW) == date(2026, 12, 2)  # Friday + 3 working days = Wednesday


def test_a_snoozed_quote_that_turns_hot_comes_back() -> None:
    events = [HumanEvent(ago(minutes=9), "open", "a"), HumanEvent(ago(minutes=4), "view", "a")]
    f = score(sig(status="viewed", events=events, snoozed_until=date(2026, 12, 10)), NOW)
    assert f is not None and f.reason is Reason.HOT


def test_without_individual_tracking_opens_never_count_and_silence_is_no_news() -> None:
    opens = [HumanEvent(ago(minutes=20), "open", "a"), HumanEvent(ago(minutes=5), "open", "b")]
    f = score(sig(status="opened", sent_at=ago(days=4), events=opens, tracked=False), NOW)
    assert f is not None and (f.reason, f.params, f.tracked) == (Reason.NO_SIGNAL, {"days": 4}, False)
    f = score(sig(sent_at=ago(days=4)), NOW)
    assert f is not None and (f.reason, f.tracked) == (Reason.NEVER_OPENED, True)


def test_views_alone_are_hot_online_and_a_download_outranks_a_view() -> None:
    views = [HumanEvent(ago(minutes=40), "view", "a"), HumanEvent(ago(minutes=3), "download", "a")]
    f = score(sig(status="viewed", events=views, tracked=False), NOW)
    assert f is not None and (f.reason, f.params) == (Reason.HOT_ONLINE, {"count": 2, "devices": 1})
    f = score(sig(status="viewed", events=[HumanEvent(ago(days=2), "view"), HumanEvent(ago(days=1), "download")],
                  tracked=False), NOW)
    assert f is not None and (f.reason, f.params, f.score) == (Reason.DOWNLOADED, {"days": 1}, 61)


def test_a_reply_asks_for_an_answer_until_a_call_is_logged_after_it() -> None:
    f = score(sig(sent_at=ago(days=5), replied_at=ago(days=2)), NOW)
    assert f is not None and (f.reason, f.action, f.params, f.score) == (Reason.REPLIED, Action.EMAIL, {"days": 2}, 77)
    f = score(sig(sent_at=ago(days=5), replied_at=ago(days=2), called_at=ago(days=1)), NOW)
    assert f is not None and (f.reason, f.params, f.score) == (Reason.CALLED, {"days": 1}, 26)
    f = score(sig(sent_at=ago(days=30), replied_at=ago(days=20)), NOW)  # an old reply no longer leads
    assert f is not None and f.reason is Reason.NEVER_OPENED


def test_a_view_with_the_quote_expiring_comes_before_a_reply() -> None:
    f = score(sig(status="viewed", viewed_at=ago(days=1), validity_date=date(2026, 11, 29), replied_at=ago(days=1)),
              NOW)
    assert f is not None and f.reason is Reason.VIEWED_EXPIRING

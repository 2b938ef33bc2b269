"""Consent states and the policy matrix (plain core, no database): every cell of the matrix, the answers'
transitions, the 14 April 2026 boundary (injected), the checks before a record, and the retention months."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.core.consent import (
    RECOMMENDATION_PUBLISHED,
    ConsentAnswer,
    ConsentError,
    ConsentMethod,
    ConsentState,
    TrackingPolicy,
    allows_tracking,
    as_state,
    cached_answer,
    check_answer,
    effective_policy,
    initial_state,
    offers_online_quote,
    state_after_answer,
)
from desktop.core.retention import months_before

S, P = ConsentState, TrackingPolicy
MATRIX = {
    P.DEFAULT: {S.GIVEN: True, S.INFORMED: True, S.NOT_ASKED: False, S.REFUSED: False, S.WITHDRAWN: False},
    P.CONSENT: {S.GIVEN: True, S.INFORMED: False, S.NOT_ASKED: False, S.REFUSED: False, S.WITHDRAWN: False},
    P.ALWAYS: {S.GIVEN: True, S.INFORMED: True, S.NOT_ASKED: True, S.REFUSED: False, S.WITHDRAWN: False},
    P.NEVER: {S.GIVEN: False, S.INFORMED: False, S.NOT_ASKED: False, S.REFUSED: False, S.WITHDRAWN: False},
}
NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("policy", list(P))
@pytest.mark.parametrize("state", list(S))
def test_every_cell_of_the_policy_matrix(policy: TrackingPolicy, state: ConsentState) -> None:
    assert allows_tracking(policy, state) is MATRIX[policy][state]
    assert allows_tracking(policy, state.value) is MATRIX[policy][state]


def test_a_refusal_or_a_withdrawal_is_never_tracked_whatever_the_policy() -> None:
    assert not any(allows_tracking(p, s) for p in P for s in (S.REFUSED, S.WITHDRAWN))


def test_a_contact_never_asked_is_not_tracked_by_default_business_or_not() -> None:
    assert allows_tracking(P.DEFAULT, None) is False
    assert allows_tracking(P.DEFAULT, "something-unknown") is False  # read as never asked
    assert as_state("garbage") is S.NOT_ASKED


def test_the_online_quote_stays_except_under_never() -> None:
    assert [p for p in P if offers_online_quote(p)] == [P.DEFAULT, P.ALWAYS, P.CONSENT]


def test_always_needs_an_acknowledgement_with_user_and_date() -> None:
    assert effective_policy("always", acknowledged_by="", acknowledged_at="") is P.DEFAULT
    assert effective_policy("always", acknowledged_by="Claire", acknowledged_at="") is P.DEFAULT
    assert effective_policy("always", acknowledged_by="Claire", acknowledged_at="2026-12-03T10:00:00+00:00") is P.ALWAYS
    assert effective_policy("consent", acknowledged_by="", acknowledged_at="") is P.CONSENT
    assert effective_policy("bogus", acknowledged_by="x", acknowledged_at="y") is P.DEFAULT


def test_the_boolean_cache_keeps_every_refusal() -> None:
    assert [cached_answer(s) for s in S] == [True, False, False, None, None]


def test_the_old_boolean_maps_with_the_14_april_boundary() -> None:
    before, after = RECOMMENDATION_PUBLISHED - timedelta(seconds=1), RECOMMENDATION_PUBLISHED
    assert initial_state(before, None) is S.INFORMED
    assert initial_state(after, None) is S.NOT_ASKED
    assert initial_state(before, False) is initial_state(after, False) is S.REFUSED
    assert initial_state(after, True) is S.GIVEN
    moved = datetime(2020, 1, 1, tzinfo=UTC)  # the boundary is injected
    assert initial_state(before, None, published=moved) is S.NOT_ASKED


@pytest.mark.parametrize(("previous", "yes", "after"), [
    (S.NOT_ASKED, True, S.GIVEN), (S.NOT_ASKED, False, S.REFUSED), (S.REFUSED, False, S.REFUSED),
    (S.REFUSED, True, S.GIVEN), (S.GIVEN, False, S.WITHDRAWN), (S.INFORMED, False, S.WITHDRAWN),
    (S.WITHDRAWN, False, S.WITHDRAWN), (S.WITHDRAWN, True, S.GIVEN), (None, False, S.REFUSED),
])
def test_answers_move_the_state(previous: ConsentState | None, yes: bool, after: ConsentState) -> None:
    assert state_after_answer(previous, yes) is after


def _answer(state: ConsentState, method: ConsentMethod, **kw: object) -> ConsentAnswer:
    return ConsentAnswer(state, method, kw.pop("at", NOW), **kw)  # type: ignore[arg-type]


def test_a_salesperson_consent_needs_a_note_a_refusal_does_not() -> None:
    with pytest.raises(ConsentError) as caught:
        check_answer(_answer(S.GIVEN, ConsentMethod.SALESPERSON, note="  "), created_at=NOW)
    assert caught.value.problem.key == "consent_note_needed"
    checked = check_answer(_answer(S.GIVEN, ConsentMethod.SALESPERSON, note=" oral,\n au téléphone "), created_at=NOW)
    assert checked.note == "oral, au téléphone"
    assert check_answer(_answer(S.REFUSED, ConsentMethod.SALESPERSON), created_at=NOW).state is S.REFUSED


def test_not_asked_is_no_answer_and_informed_only_for_older_contacts_by_migration() -> None:
    with pytest.raises(ConsentError, match="no answer"):
        check_answer(_answer(S.NOT_ASKED, ConsentMethod.SALESPERSON), created_at=NOW)
    old = RECOMMENDATION_PUBLISHED - timedelta(days=1)
    assert check_answer(_answer(S.INFORMED, ConsentMethod.MIGRATION), created_at=old).state is S.INFORMED
    for created, method in ((NOW, ConsentMethod.MIGRATION), (old, ConsentMethod.SALESPERSON)):
        with pytest.raises(ConsentError) as caught:
            check_answer(_answer(S.INFORMED, method), created_at=created)
        assert caught.value.problem.key == "consent_informed_late"


def test_a_naive_time_is_refused_and_texts_are_bounded() -> None:
    with pytest.raises(ConsentError) as caught:
        check_answer(_answer(S.REFUSED, ConsentMethod.IMPORT, at=datetime(2026, 12, 3)), created_at=NOW)
    assert caught.value.problem.key == "consent_naive_time"
    long = check_answer(_answer(S.GIVEN, ConsentMethod.ONLINE_FORM, text="x" * 5000), created_at=NOW)
    assert len(long.text) == 2000


@pytest.mark.parametrize(("moment", "months", "expected"), [
    (datetime(2027, 12, 3, 10, tzinfo=UTC), 13, datetime(2026, 11, 3, 10, tzinfo=UTC)),
    (datetime(2027, 3, 31, tzinfo=UTC), 13, datetime(2026, 2, 28, tzinfo=UTC)),
    (datetime(2028, 3, 31, tzinfo=UTC), 1, datetime(2028, 2, 29, tzinfo=UTC)),
    (datetime(2027, 1, 15, tzinfo=UTC), 0, datetime(2027, 1, 15, tzinfo=UTC)),
    (datetime(2027, 1, 15, tzinfo=UTC), 25, datetime(2024, 12, 15, tzinfo=UTC)),
])
def test_retention_months_are_calendar_months(moment: datetime, months: int, expected: datetime) -> None:
    assert months_before(moment, months) == expected


def test_negative_retention_is_refused() -> None:
    with pytest.raises(ValueError):
        months_before(NOW, -1)

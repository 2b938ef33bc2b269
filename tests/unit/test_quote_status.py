"""The quote status machine: allowed changes, tracking never goes backwards, expiry by an injected date."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.quote_status import (
    TRANSITIONS,
    QuoteStatus,
    QuoteStatusError,
    can_accept,
    can_transition,
    is_due_to_expire,
    is_editable,
    resolve_transition,
    status_label,
)

S = QuoteStatus


def test_every_status_has_its_transitions_and_labels() -> None:
    assert set(TRANSITIONS) == set(QuoteStatus)
    assert status_label("viewed") == "Consulté" and status_label(S.SUPERSEDED, "en") == "Superseded"


@pytest.mark.parametrize(("current", "target"), [
    (S.DRAFT, S.FINALISED), (S.FINALISED, S.SENT), (S.SENT, S.OPENED), (S.OPENED, S.VIEWED),
    (S.VIEWED, S.ACCEPTED), (S.SENT, S.ACCEPTED), (S.FINALISED, S.ACCEPTED), (S.VIEWED, S.REFUSED),
    (S.SENT, S.EXPIRED), (S.OPENED, S.SUPERSEDED), (S.REFUSED, S.SUPERSEDED), (S.EXPIRED, S.SUPERSEDED),
])
def test_allowed_changes(current: QuoteStatus, target: QuoteStatus) -> None:
    assert can_transition(current, target)
    assert resolve_transition(current, target) is target


@pytest.mark.parametrize(("current", "target"), [
    (S.DRAFT, S.SENT), (S.DRAFT, S.ACCEPTED), (S.FINALISED, S.DRAFT), (S.SUPERSEDED, S.ACCEPTED),
    (S.REFUSED, S.ACCEPTED), (S.EXPIRED, S.ACCEPTED), (S.ACCEPTED, S.REFUSED), (S.ACCEPTED, S.SUPERSEDED),
    (S.ACCEPTED, S.ACCEPTED), (S.SUPERSEDED, S.SENT), (S.DRAFT, S.EXPIRED),
])
def test_forbidden_changes(current: QuoteStatus, target: QuoteStatus) -> None:
    assert not can_transition(current, target)
    with pytest.raises(QuoteStatusError, match=f"a {current.value} quote cannot become {target.value}"):
        resolve_transition(current, target)


@pytest.mark.parametrize(("current", "stale"), [
    (S.OPENED, S.SENT), (S.VIEWED, S.OPENED), (S.VIEWED, S.SENT), (S.ACCEPTED, S.VIEWED), (S.SENT, S.SENT),
    (S.ACCEPTED, S.OPENED),
])
def test_tracking_never_goes_backwards(current: QuoteStatus, stale: QuoteStatus) -> None:
    assert resolve_transition(current, stale) is current


def test_only_drafts_are_editable_and_superseded_cannot_be_accepted() -> None:
    assert [s for s in QuoteStatus if is_editable(s)] == [S.DRAFT]
    assert {s for s in QuoteStatus if can_accept(s)} == {S.FINALISED, S.SENT, S.OPENED, S.VIEWED}


def test_expiry_comes_the_day_after_the_validity_date() -> None:
    validity = date(2026, 4, 9)
    assert not is_due_to_expire(S.SENT, validity, date(2026, 4, 9))
    assert is_due_to_expire(S.SENT, validity, date(2026, 4, 10))
    assert is_due_to_expire(S.FINALISED, validity, date(2026, 5, 1))
    for status in (S.DRAFT, S.ACCEPTED, S.REFUSED, S.SUPERSEDED, S.EXPIRED):
        assert not is_due_to_expire(status, validity, date(2026, 5, 1))
    assert not is_due_to_expire(S.SENT, None, date(2026, 5, 1))

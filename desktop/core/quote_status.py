"""The life of a quote as a small state machine: which status may follow which.

::

    draft ──finalise──> finalised ──send──> sent ──> opened ──> viewed ──> accepted
                            │                 │         │          │
                            └─────────────────┴─────────┴──────────┴──> refused | expired | superseded

- Only a draft can be edited; leaving draft freezes the content (and gives the number).
- Tracking only moves forward along ``sent -> opened -> viewed -> accepted``: an "opened" event that
  arrives after "viewed" changes nothing (:func:`resolve_transition` returns the current status), it is not an
  error. A quote accepted on paper may jump from finalised or sent straight to accepted.
- ``expired`` is set automatically once the validity date has passed (:func:`is_due_to_expire`, with the
  date injected by the caller); ``superseded`` when a new version replaces the quote. A refused or expired
  quote can still be superseded by a new version; accepted and superseded are final.
- A superseded version stays readable and can never be accepted.
"""

from __future__ import annotations

import enum
from datetime import date


class QuoteStatus(enum.StrEnum):
    """The statuses of a quote; the value is what the database stores."""

    DRAFT = "draft"
    FINALISED = "finalised"
    SENT = "sent"
    OPENED = "opened"
    VIEWED = "viewed"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    EXPIRED = "expired"
    SUPERSEDED = "superseded"


class QuoteStatusError(ValueError):
    """A status change the state machine forbids (e.g. accepting a superseded version)."""

    def __init__(self, current: QuoteStatus, target: QuoteStatus) -> None:
        super().__init__(f"a {current.value} quote cannot become {target.value}")
        self.current = current
        self.target = target


S = QuoteStatus
_CLOSING = frozenset({S.REFUSED, S.EXPIRED, S.SUPERSEDED})

#: Every allowed change, ``current -> {targets}``.
TRANSITIONS: dict[QuoteStatus, frozenset[QuoteStatus]] = {
    S.DRAFT: frozenset({S.FINALISED}),
    S.FINALISED: frozenset({S.SENT, S.ACCEPTED}) | _CLOSING,
    S.SENT: frozenset({S.OPENED, S.VIEWED, S.ACCEPTED}) | _CLOSING,
    S.OPENED: frozenset({S.VIEWED, S.ACCEPTED}) | _CLOSING,
    S.VIEWED: frozenset({S.ACCEPTED}) | _CLOSING,
    S.ACCEPTED: frozenset(),
    S.REFUSED: frozenset({S.SUPERSEDED}),
    S.EXPIRED: frozenset({S.SUPERSEDED}),
    S.SUPERSEDED: frozenset(),
}

#: The tracking order: an event behind the current rank is stale and ignored.
TRACKING_RANK: dict[QuoteStatus, int] = {S.SENT: 1, S.OPENED: 2, S.VIEWED: 3, S.ACCEPTED: 4}

#: Statuses of a quote that is out with the client and waits for an answer (it may expire).
AWAITING_ANSWER = frozenset({S.FINALISED, S.SENT, S.OPENED, S.VIEWED})

#: French and English words for each status, as the timeline and lists show them.
LABELS: dict[str, dict[QuoteStatus, str]] = {
    "fr": {S.DRAFT: "Brouillon", S.FINALISED: "Finalisé", S.SENT: "Envoyé", S.OPENED: "Ouvert",
           S.VIEWED: "Consulté", S.ACCEPTED: "Accepté", S.REFUSED: "Refusé", S.EXPIRED: "Expiré",
           S.SUPERSEDED: "Remplacé"},
    "en": {S.DRAFT: "Draft", S.FINALISED: "Finalised", S.SENT: "Sent", S.OPENED: "Opened",
           S.VIEWED: "Viewed", S.ACCEPTED: "Accepted", S.REFUSED: "Refused", S.EXPIRED: "Expired",
           S.SUPERSEDED: "Superseded"},
}


def status_label(status: QuoteStatus | str, lang: str = "fr") -> str:
    """Return the word shown for ``status`` in ``lang`` (``"fr"`` or ``"en"``; French otherwise)."""
    return LABELS.get(lang, LABELS["fr"])[QuoteStatus(status)]


def can_transition(current: QuoteStatus | str, target: QuoteStatus | str) -> bool:
    """Tell whether ``current -> target`` is an allowed change (a no-op is not a change)."""
    return QuoteStatus(target) in TRANSITIONS[QuoteStatus(current)]


def is_stale_tracking(current: QuoteStatus | str, target: QuoteStatus | str) -> bool:
    """Tell whether ``target`` is a tracking step at or behind ``current`` (e.g. "opened" after "viewed")."""
    current_rank = TRACKING_RANK.get(QuoteStatus(current))
    target_rank = TRACKING_RANK.get(QuoteStatus(target))
    return (current_rank is not None and target_rank is not None and target_rank <= current_rank
            and QuoteStatus(target) is not S.ACCEPTED)


def resolve_transition(current: QuoteStatus | str, target: QuoteStatus | str) -> QuoteStatus:
    """Return the status a quote takes when ``target`` is asked for.

    Args:
        current: the quote's status now.
        target: the status asked for (by the user, a tracking event or the expiry job).

    Returns:
        ``target`` when the change is allowed; ``current`` unchanged when ``target`` is a stale tracking
        event (tracking never goes backwards).

    Raises:
        QuoteStatusError: when the change is forbidden (accepting a superseded or refused quote, editing
            back to draft, accepting twice...).
    """
    now, wanted = QuoteStatus(current), QuoteStatus(target)
    if is_stale_tracking(now, wanted):
        return now
    if wanted not in TRANSITIONS[now]:
        raise QuoteStatusError(now, wanted)
    return wanted


def is_editable(status: QuoteStatus | str) -> bool:
    """Only a draft may change; any other status is frozen."""
    return QuoteStatus(status) is S.DRAFT


def can_accept(status: QuoteStatus | str) -> bool:
    """Tell whether a quote in ``status`` may be accepted (never a draft, superseded or closed one)."""
    return can_transition(status, S.ACCEPTED)


def is_due_to_expire(status: QuoteStatus | str, validity_date: date | None, today: date) -> bool:
    """Tell whether a quote must turn expired on ``today``: it awaits an answer and its validity has passed.

    The validity date is the last day the offer holds, so the quote expires the day after.
    """
    return QuoteStatus(status) in AWAITING_ANSWER and validity_date is not None and validity_date < today


def status_from_history(*, accepted: bool, refused: bool, viewed: bool, opened: bool, sent: bool,
                        validity_date: date | None, today: date) -> QuoteStatus:
    """The status a finalised quote's own dates say it has, superseding aside.

    What a superseded version goes back to when the new version that replaced it is deleted as a draft:
    accepted or refused when answered, else the furthest tracking step reached (viewed, opened, sent,
    finalised), expired when that step awaits an answer past the validity date.
    """
    if accepted:
        return S.ACCEPTED
    if refused:
        return S.REFUSED
    status = S.VIEWED if viewed else S.OPENED if opened else S.SENT if sent else S.FINALISED
    return S.EXPIRED if is_due_to_expire(status, validity_date, today) else status

"""Consent to tracking as a record: its states, how an answer was given, and when a message may be tracked.

The CNIL's recommendation on tracking pixels in emails (announced as délibération n° 2026-042 of 12 March
2026, published 14 April 2026; see ``docs/CONFIDENTIALITE.md`` for what could and could not be checked of
it): measuring a person's opens needs that person's prior consent, separate from the consent to receive
marketing, business contacts included; every tracked email carries a way to withdraw, which also covers the
emails sent before; the sender proves each consent. Contacts that existed before 14 April 2026, were
informed and did not object may still be tracked.

States (:class:`ConsentState`)::

    not_asked ──yes──> given ──no──> withdrawn ──yes──> given ...
        │                              ^
        └──no──> refused               │
    informed ──no──────────────────────┘          (informed: created before 14 April 2026, no answer)

A "no" after tracking was allowed (given, or informed) is a *withdrawal*; a "no" otherwise a *refusal*.
Nothing ever goes back to ``not_asked`` or ``informed``: a recorded answer is never lost.

Which messages carry individual tracking (the pixel and tracked redirects on ordinary links),
:func:`allows_tracking`::

    policy \\ state    given  informed  not_asked  refused  withdrawn
    DEFAULT (CNIL)      yes     yes        no        no        no
    CONSENT             yes     no         no        no        no
    ALWAYS (acknowl.)   yes     yes        yes       no        no
    NEVER               no      no         no        no        no

The online-quote link is no tracking in that sense: it is the service the prospect asked for (reading,
downloading and accepting the quote; GDPR art. 6(1)(b), steps prior to a contract), so every policy but
``NEVER`` writes it whatever the state (:func:`offers_online_quote`). ``ALWAYS`` counts only with an
acknowledgement stored with the user and the date (:func:`effective_policy`); without one it is ``DEFAULT``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.core.validation import Problem

#: Publication of the recommendation: addresses collected from this instant need consent first.
RECOMMENDATION_PUBLISHED = datetime(2026, 4, 14, tzinfo=UTC)
#: The longest note or shown text kept with a record.
MAX_TEXT = 2000
#: The CNIL's page on tracking pixels in emails the settings link to. The final recommendation's own address
#: could not be verified when this was written: this is the page of its public consultation (June-July 2025);
#: replace it with the final text's once checked on cnil.fr (see docs/CONFIDENTIALITE.md).
CNIL_PIXELS_URL = "https://www.cnil.fr/fr/consultation-publique-projet-recommandation-pixels-de-suivi"
#: The policies' names in French, as the settings show them (the GUI translates them like its other words).
POLICY_NAMES_FR = {
    "default": "Recommandation de la CNIL : suivi des ouvertures avec consentement (ou contact antérieur au "
               "14 avril 2026 informé, sans opposition)",
    "consent": "Consentement explicite seulement",
    "always": "Toujours (hors refus et retraits), sous votre responsabilité",
    "never": "Jamais : aucun lien du tracker, devis en PDF joint",
}


class ConsentState(enum.StrEnum):
    """A contact's current answer about the tracking of their emails (the value is what is stored)."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    NOT_ASKED = "not_asked"
    INFORMED = "informed"


class ConsentMethod(enum.StrEnum):
    """How an answer reached the record.

    ``online_form``: the Yes/No page of the tracker reached from the question in a quote email;
    ``email_link``: the withdrawal link every tracked email carries; ``salesperson``: noted by a salesperson
    (by phone, in person, by letter) with a note saying how; ``import``: read from an imported file;
    ``migration``: the answer stored before consent records existed (the boolean of schema 0010).
    """

    ONLINE_FORM = "online_form"
    EMAIL_LINK = "email_link"
    SALESPERSON = "salesperson"
    IMPORT = "import"
    MIGRATION = "migration"


class TrackingPolicy(enum.StrEnum):
    """The company's tracking policy (the value is what the settings store).

    ``DEFAULT`` follows the CNIL's recommendation (consent, or an older contact informed without objection);
    ``CONSENT`` tracks explicit consents only; ``ALWAYS`` also tracks contacts never asked (only with an
    acknowledgement, see :func:`effective_policy`); ``NEVER`` writes no tracker link at all.
    """

    DEFAULT = "default"
    ALWAYS = "always"
    CONSENT = "consent"
    NEVER = "never"


class ConsentError(ValueError):
    """An answer that cannot be recorded as given; ``problem`` carries its key for the interface."""

    def __init__(self, key: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.problem = Problem(key, message, **params)


_TRACKABLE = {
    TrackingPolicy.DEFAULT: frozenset({ConsentState.GIVEN, ConsentState.INFORMED}),
    TrackingPolicy.CONSENT: frozenset({ConsentState.GIVEN}),
    TrackingPolicy.ALWAYS: frozenset({ConsentState.GIVEN, ConsentState.INFORMED, ConsentState.NOT_ASKED}),
    TrackingPolicy.NEVER: frozenset(),
}


def as_state(value: str | ConsentState | None) -> ConsentState:
    """Read a stored state; anything unknown (or missing) counts as never asked.

    Args:
        value: The stored value.

    Returns:
        The state.
    """
    try:
        return ConsentState(value) if value is not None else ConsentState.NOT_ASKED
    except ValueError:
        return ConsentState.NOT_ASKED


def allows_tracking(policy: TrackingPolicy, state: str | ConsentState | None) -> bool:
    """Tell whether a message to a contact in this state carries individual tracking (pixel, tracked links).

    Args:
        policy: The effective company policy (:func:`effective_policy`).
        state: The contact's current consent state.

    Returns:
        True when the pixel and tracked redirects may be written.
    """
    return as_state(state) in _TRACKABLE[policy]


def offers_online_quote(policy: TrackingPolicy) -> bool:
    """Tell whether messages carry the online-quote link (a token of their own), whatever the consent.

    Args:
        policy: The effective company policy.

    Returns:
        False only for ``NEVER``.
    """
    return policy is not TrackingPolicy.NEVER


def effective_policy(policy: str, *, acknowledged_by: str, acknowledged_at: str) -> TrackingPolicy:
    """The policy that applies: ``always`` needs an acknowledgement (who and when), anything unknown is default.

    Args:
        policy: The policy as stored in the settings.
        acknowledged_by: The user who acknowledged that "always" tracks people who never consented.
        acknowledged_at: When (ISO 8601).

    Returns:
        The policy to apply.
    """
    try:
        chosen = TrackingPolicy(policy)
    except ValueError:
        return TrackingPolicy.DEFAULT
    if chosen is TrackingPolicy.ALWAYS and not (acknowledged_by.strip() and acknowledged_at.strip()):
        return TrackingPolicy.DEFAULT
    return chosen


def cached_answer(state: str | ConsentState | None) -> bool | None:
    """The boolean ``contacts.tracking_consent`` kept beside the state: the explicit answer, if any.

    Args:
        state: The current state.

    Returns:
        True for given, False for refused or withdrawn, None for never asked or informed.
    """
    found = as_state(state)
    if found is ConsentState.GIVEN:
        return True
    if found in (ConsentState.REFUSED, ConsentState.WITHDRAWN):
        return False
    return None


def initial_state(created_at: datetime, answer: bool | None,
                  published: datetime = RECOMMENDATION_PUBLISHED) -> ConsentState:
    """The state of a contact carried over from the old boolean (what migration 0011 writes).

    Args:
        created_at: When the contact was created (aware).
        answer: The old ``tracking_consent``: True, False or None.
        published: The recommendation's publication (injected for tests).

    Returns:
        Given for True, refused for False, informed for an older contact without answer, else not asked.
    """
    if answer is True:
        return ConsentState.GIVEN
    if answer is False:
        return ConsentState.REFUSED
    return ConsentState.INFORMED if created_at < published else ConsentState.NOT_ASKED


def state_after_answer(previous: str | ConsentState | None, yes: bool) -> ConsentState:
    """The state after a person's answer.

    Args:
        previous: The current state.
        yes: True for "yes, you may know when I read your messages".

    Returns:
        Given; or withdrawn when a "no" ends tracking that was allowed (given, informed), else refused.
    """
    if yes:
        return ConsentState.GIVEN
    was = as_state(previous)
    if was in (ConsentState.GIVEN, ConsentState.INFORMED, ConsentState.WITHDRAWN):
        return ConsentState.WITHDRAWN
    return ConsentState.REFUSED


@dataclass(frozen=True, slots=True)
class ConsentAnswer:
    """One answer to record, before it is checked.

    Attributes:
        state: The new state.
        method: How it was given.
        at: When it was given (aware).
        text: The exact text the person was shown (question and button), empty when unknown.
        source: Where it came from: the truncated network of an online answer, the file of an import, or
            the salesperson's channel.
        note: The salesperson's note (how and when the person said it).
    """

    state: ConsentState
    method: ConsentMethod
    at: datetime
    text: str = ""
    source: str = ""
    note: str = ""


def check_answer(answer: ConsentAnswer, *, created_at: datetime,
                 published: datetime = RECOMMENDATION_PUBLISHED) -> ConsentAnswer:
    """Check an answer before it is recorded, and return it with its texts trimmed.

    Rules: never asked is never recorded (it is the absence of an answer); "informed" only for a contact
    created before the recommendation, and only by the migration; a consent noted by a salesperson says how
    (a note), since it must be provable; times are aware.

    Args:
        answer: The answer.
        created_at: When the contact was created.
        published: The recommendation's publication (injected for tests).

    Returns:
        The answer, texts trimmed to :data:`MAX_TEXT`.

    Raises:
        ConsentError: With key ``consent_not_an_answer``, ``consent_informed_late``, ``consent_note_needed`` or
            ``consent_naive_time``.
    """
    if answer.at.tzinfo is None or answer.at.utcoffset() is None:
        raise ConsentError("consent_naive_time", "the time of an answer needs a time zone")
    if answer.state is ConsentState.NOT_ASKED:
        raise ConsentError("consent_not_an_answer", "« not asked » is no answer: nothing to record")
    if answer.state is ConsentState.INFORMED and (answer.method is not ConsentMethod.MIGRATION
                                                  or created_at >= published):
        raise ConsentError("consent_informed_late",
                           "« informed, no objection » only applies to contacts that existed before 14 April 2026")
    note = " ".join(answer.note.split())
    if answer.method is ConsentMethod.SALESPERSON and answer.state is ConsentState.GIVEN and not note:
        raise ConsentError("consent_note_needed", "say how the person gave consent (a note), so that it can be proved")
    return ConsentAnswer(answer.state, answer.method, answer.at, answer.text.strip()[:MAX_TEXT],
                         answer.source.strip()[:200], note[:MAX_TEXT])

"""A tracking verdict in the desktop's words: « ouverture probablement automatique : passerelle de sécurité
Microsoft », built from the reason codes the tracker gives and the tracker's own wording (:mod:`tracker.reasons`,
one text for both sides), with the French interface's no-break spaces.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.typography import french_typography
from desktop.db.outbox_models import TrackingEvent
from tracker.reasons import describe

#: Kinds whose verdict is worded (an acceptance or an unsubscribe is a person's explicit act: nothing to explain).
WORDED_KINDS = frozenset({"open", "click", "view"})


def verdict_sentence(verdict: str, kind: str, reasons: Sequence[str], lang: str = "fr", *, limit: int = 2) -> str:
    """The verdict of an open, click or view and its strongest reasons, in one line.

    Args:
        verdict: ``human``, ``machine`` or ``unknown`` (uncertain).
        kind: ``open``, ``click`` or ``view``.
        reasons: The reason codes, strongest first (unknown codes, from a newer tracker, are shown as they are).
        lang: ``fr`` or ``en``.
        limit: How many reasons to name.

    Returns:
        The sentence, e.g. « clic probablement automatique : lien invisible suivi (aucune personne ne le voit) ».
    """
    language = "en" if lang == "en" else "fr"
    text = describe(verdict, kind, [r for r in reasons if r != "no-evidence"] or list(reasons), language, limit=limit)
    return french_typography(text) if language == "fr" else text


def sentences_of_events(session: Session, event_ids: Iterable[str], lang: str = "fr") -> dict[str, str]:
    """The current verdict of stored tracking events in words, by event id (re-judged verdicts included).

    Args:
        session: A session.
        event_ids: The tracker's event ids.
        lang: ``fr`` or ``en``.

    Returns:
        Event id -> sentence, for the opens, clicks and views found.
    """
    ids = list(dict.fromkeys(event_ids))
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(TrackingEvent.event_id, TrackingEvent.verdict, TrackingEvent.kind,
                                      TrackingEvent.reasons)
                               .where(TrackingEvent.event_id.in_(ids[start:start + 500]),
                                      TrackingEvent.kind.in_(WORDED_KINDS)))
        for event_id, verdict, kind, reasons in rows:
            out[event_id] = verdict_sentence(verdict, kind, [str(r) for r in reasons or ()], lang)
    return out


def tracking_sentences(session: Session, activities: Iterable[Any], lang: str = "fr") -> dict[int, str]:
    """The verdict in words of each tracking entry of a timeline (by activity id), read at display time: a verdict
    the tracker changed later shows its new reasons.

    Args:
        session: A session.
        activities: Timeline activities (those of kind ``tracking`` carry their event id in ``payload``).
        lang: ``fr`` or ``en``.

    Returns:
        Activity id -> sentence.
    """
    events = {a.id: str((a.payload or {}).get("event_id")) for a in activities
              if a.kind == "tracking" and (a.payload or {}).get("event_id")}
    words = sentences_of_events(session, events.values(), lang)
    return {aid: words[eid] for aid, eid in events.items() if eid in words}

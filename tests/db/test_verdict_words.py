"""The desktop says a verdict in its words wherever it shows one: « ouverture probablement automatique : passerelle de
sécurité Microsoft », from the tracker's reason codes and the tracker's own texts (one wording for both), in the
contact's timeline (the current verdict, re-judged ones included) and in the notification; an uncertain open never
makes a prospect hot in the follow-up list. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.followup import Reason
from desktop.core.typography import NBSP
from desktop.db.followups import load_followups
from desktop.db.quote_models import Quote
from desktop.services.contact_detail import load_contact_detail
from desktop.services.tracking.describe import describe_notifications
from desktop.services.tracking.verdict_words import verdict_sentence
from tests.db.test_rejudged_verdicts import rejudge
from tests.db.test_tracking_ingest import T0, event, ingest, sent_quote
from tracker.classify import catalogue_data
from tracker.reasons import REASONS


def test_the_sentence_is_built_from_the_codes_and_the_trackers_texts() -> None:
    assert verdict_sentence("machine", "open", ["network:microsoft-eop", "delivery-timing"], limit=1) == \
        f"ouverture probablement automatique{NBSP}: passerelle de sécurité Microsoft"
    assert verdict_sentence("unknown", "click", ["asn:proofpoint"]) == \
        f"clic incertain{NBSP}: réseau de Proofpoint (analyse ou navigation isolée)"
    assert verdict_sentence("human", "view", ["agent:browser", "read-later"], "en") == \
        "view probably by a person: browser, long after delivery"
    assert verdict_sentence("machine", "open", ["a-newer-code"]) == \
        f"ouverture probablement automatique{NBSP}: a-newer-code"  # a newer tracker's code, shown as it is


def test_every_code_of_the_catalogue_has_its_french_and_english_words() -> None:
    data = catalogue_data()
    codes = {*data["signals"], *(f"agent:{a['name']}" for a in data["agents"]),
             *(f"network:{n['name']}" for n in data["networks"]), *(f"asn:{o['name']}" for o in data["organisations"])}
    for lang in ("fr", "en"):
        assert codes - set(REASONS[lang]) == set(), lang


def test_the_timeline_and_the_notification_say_why(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    opened = ingest(sessions, [{**event(1, "open"), "reasons": ["agent:mail-client", "read-later"]}])
    with sessions() as session:
        [told] = describe_notifications(session, opened.notify)
        assert told.why == f"ouverture probablement par une personne{NBSP}: logiciel de messagerie, longtemps " \
                           "après la remise"
        contact_id = session.get_one(Quote, quote_id).contact_id
        assert contact_id is not None
        detail = load_contact_detail(session, contact_id)
        assert detail is not None
        [entry] = [e for e in detail.timeline if e.kind == "tracking"]
        assert entry.body == told.why
    ingest(sessions, [rejudge(2, "ev0001", "machine", ["network:microsoft-eop", "honeypot-burst"])])
    with sessions() as session:
        detail = load_contact_detail(session, contact_id)
        assert detail is not None
        [entry] = [e for e in detail.timeline if e.kind == "tracking"]
        assert entry.subject == "Message ouvert (jugé automatique ensuite)"
        assert entry.body == f"ouverture probablement automatique{NBSP}: passerelle de sécurité Microsoft, en même " \
                             "temps que le lien invisible"


def _reason(sessions: sessionmaker[Session], quote_id: int) -> Reason | None:
    with sessions() as session:
        rows = load_followups(session, T0 + timedelta(minutes=30)).rows
    return next((r.followup.reason for r in rows if r.quote_id == quote_id), None)


def test_an_uncertain_open_does_not_make_a_prospect_hot(sessions: sessionmaker[Session]) -> None:
    quote_id = sent_quote(sessions)
    devices = [{"ip": "203.0.113.0/24"}, {"ip": "198.51.100.0/24"}]
    ingest(sessions, [{**event(n, "open", "unknown"), **devices[n % 2], "reasons": ["asn:mimecast"]}
                      for n in (1, 2, 3)])
    assert _reason(sessions, quote_id) not in (Reason.HOT, Reason.OPENED)  # nothing a person surely did
    with sessions() as session:
        assert session.get_one(Quote, quote_id).status == "sent"
    ingest(sessions, [rejudge(10, "ev0002", "human", ["same-client-again"]),
                      rejudge(11, "ev0003", "human", ["same-client-again"])])
    assert _reason(sessions, quote_id) is Reason.HOT  # two opens a person made in the hour: call now
    with sessions() as session:
        assert session.scalars(select(Quote.status).where(Quote.id == quote_id)).one() == "opened"

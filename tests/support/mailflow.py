"""Putting messages in the outbox for the sender tests: a plain message, a quote's email; a tracker stand-in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.mail.message import TrackingPolicy, build_message
from desktop.services.mail.outbox import enqueue
from desktop.services.mail.quote_mail import SenderIdentity, build_quote_email, draft_quote_email, queue_quote_email
from desktop.services.mail.templates import RenderedEmail

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SENDER = SenderIdentity("Claire Martin", "claire.martin@vendeur.example", "Claire Martin\nVendeur SARL")


class RegistersAll:
    """Stands in for the tracker client where a test is about SMTP only: every registration succeeds."""

    def register(self, token: str, **_: object) -> bool:
        return True


def queue_plain(sessions: sessionmaker[Session], to: str, now: datetime, *, cc: Sequence[str] = (),
                subject: str = "Bonjour") -> int:
    """An untracked text message in the outbox; returns its id."""
    built = build_message(sender_address=SENDER.address, sender_name=SENDER.name, to=[to], cc=list(cc),
                          rendered=RenderedEmail(subject, "Bonjour\n", None), tracking=None, now=now)
    with sessions.begin() as session:
        return enqueue(session, built, now=now).id


def queue_quote(sessions: sessionmaker[Session], quote_id: int, now: datetime, *, cc: tuple[str, ...] = ()) -> int:
    """The quote's untracked email in the outbox (as the send dialog queues it); returns the outbox id."""
    with sessions.begin() as session:
        draft = draft_quote_email(session, quote_id, PDF, sender=SENDER, policy=TrackingPolicy.NEVER,
                                  tracker_url=None, cc=cc)
        return queue_quote_email(session, draft, build_quote_email(draft, SENDER, now), now).id

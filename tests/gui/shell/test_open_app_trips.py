"""Opening the application (issue #20: round trips of the start), on SQLite and PostgreSQL: ``desktop.app.run`` as
the ``relance`` command starts it, counted from the schema check to the window painted and its worker idle, as
``bench_roundtrips`` counts ``roundtrips_open_app`` (the same helper runs it)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QLocale, QTranslator

from benchmarks.bench_roundtrips import _open_app
from benchmarks.roundtrips import Tally
from desktop.core.records import SellerDraft
from desktop.db.models import Company, Contact
from desktop.db.quote_editing import create_quote
from desktop.db.quote_models import Quote
from desktop.db.seller import save_seller_identity
from tests.support.trips import Trips, trips_fixture  # noqa: F401 - the fixture

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
#: The Contacts view's start: the schema check (with the seller's identity) and the first page's reads on one
#: reader connection; the ORM builds its engine without connecting (the issue's target is 10).
CONTACTS_START = {"sqlite": 6, "postgresql": 8}
#: The follow-ups' start (the default view) also starts the ORM's engine (on PostgreSQL a connection and the
#: dialect's one read) and reads the ranking in autocommit (the open quotes with their messages' and contacts'
#: signals, their tracking events when there are any open, the overdue invoices: 9 on either backend on the 10k
#: benchmark set as here, whatever the number of open quotes).
FOLLOWUPS_START = {"sqlite": 9, "postgresql": 9}


@contextmanager
def _app_state_restored(qapp: Any) -> Iterator[None]:
    """``run`` installs the interface's translators and locale on the test's application: taken off afterwards,
    the next tests see the French source texts as they expect."""
    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)


class _Probe:
    """What the benchmark's ``_open_app`` needs: the counted URL, the backend, the counter."""

    def __init__(self, trips: Trips) -> None:
        self.backend = trips.backend
        self.url = trips.engine.url.render_as_string(hide_password=False)
        self._trips = trips

    def take(self) -> Tally:
        return self._trips.take()


def test_opening_the_app_costs_few_trips_and_no_migration_check_on_a_current_schema(trips: Trips, qapp: Any
                                                                                      ) -> None:
    with trips.sessions.begin() as s:
        save_seller_identity(s, SellerDraft(legal_name="Atelier Lumière SAS", validity_days="30"))
        company = Company(legal_name="Atelier Lumière", city="Lyon")
        s.add(company)
        s.flush()
        contact = Contact(first_name="Hélène", last_name="Fontaine", email="helene@lumiere.example", city="Lyon",
                          search_text="", company_id=company.id)
        s.add(contact)
        s.flush()
        create_quote(s, contact.id, NOW)
        sent = s.get_one(Quote, create_quote(s, contact.id, NOW))  # open: the ranking reads its signals and hits
        sent.status, sent.sent_at, sent.number = "sent", NOW, "D-2026-0001"
    trips.engine.dispose()
    probe = _Probe(trips)
    probe.take()
    with _app_state_restored(qapp):
        contacts, _ = _open_app(qapp, probe, "contacts")
        followups, _ = _open_app(qapp, probe, "followups")
    assert contacts.value <= CONTACTS_START[trips.backend], contacts.listing()
    assert followups.value <= FOLLOWUPS_START[trips.backend], followups.listing()
    assert "FROM tracking_events" in followups.listing()  # the open quote's hits were read
    listing = contacts.listing() + followups.listing()
    assert "alembic_version.version_num" not in listing  # the migration's own check: the schema was read current
    assert listing.count("seller_identity") == 2  # read with the version, once per start
    assert "ping" not in {trip.kind for trip in contacts.trips + followups.trips}  # no pre-ping after connecting

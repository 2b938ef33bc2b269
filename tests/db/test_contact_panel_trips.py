"""Opening a contact's panel (issue #20: <= 10 round trips), on SQLite and PostgreSQL, as the Contacts view reads
it (the panel's facts and the scenarios), with the trips counted as ``bench_roundtrips`` counts them."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.custom_fields import Definition
from desktop.db.consent import record_by_salesperson
from desktop.db.contacts import add_activity
from desktop.db.custom_fields import create_field, set_record_values
from desktop.db.models import Company, Contact, Tag, User
from desktop.services.contact_detail import load_contact_detail
from desktop.services.enrolment import contact_enrolments
from tests.support.trips import Trips, trips_fixture  # noqa: F401 - the fixture

NOW = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
OPEN_CONTACT_TRIPS = 10  # the target


def test_a_contacts_panel_is_read_in_at_most_ten_trips_with_everything_it_shows(trips: Trips) -> None:
    with trips.sessions.begin() as s:
        author = User(name="Claire Martin", email="claire@example.fr")
        company = Company(legal_name="Atelier Lumière", city="Lyon")
        tags = [Tag(name="VIP"), Tag(name="Salon 2026")]
        s.add_all([author, company, *tags])
        s.flush()
        contact = Contact(civility="Mme", first_name="Hélène", last_name="Fontaine", email="helene@lumiere.example",
                          phone="04 72 00 00 01", city="Lyon", search_text="", company_id=company.id, tags=tags)
        s.add(contact)
        s.flush()
        for n in range(3):
            add_activity(s, kind="note", subject=f"Note {n}", when=NOW, contact_id=contact.id, author_id=author.id)
        size = create_field(s, "contact", Definition("Effectif", "number"))
        create_field(s, "contact", Definition("Secteur", "text"))  # left empty: not shown
        set_record_values(s, "contact", contact.id, {size.id: 12})
        record_by_salesperson(s, contact.id, yes=True, note="Au téléphone", now=NOW, user_id=author.id)
        contact_id = contact.id
    for _ in range(2):  # the second opening is the running app's (psycopg prepares at a later run)
        trips.take()
        with trips.sessions() as s:  # db_op(write=False), as the view's read runs it
            detail, enrolments = load_contact_detail(s, contact_id), contact_enrolments(s, contact_id)
        tally = trips.take()
        assert tally.value <= OPEN_CONTACT_TRIPS, tally.listing()
    assert detail is not None and enrolments == []
    assert (detail.name, detail.company, detail.city) == ("Mme Hélène Fontaine", "Atelier Lumière", "Lyon")
    assert sorted(detail.tags) == ["Salon 2026", "VIP"]
    assert [e.subject for e in detail.timeline] and {e.author for e in detail.timeline} == {"Claire Martin"}
    assert [(c.label, c.value) for c in detail.custom] == [("Effectif", 12)]
    assert detail.consent is not None and detail.consent.history

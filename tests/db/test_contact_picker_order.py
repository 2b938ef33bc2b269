"""The quote's client picker: the person named first, French order, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import ContactDraft, validate_contact
from desktop.db.contacts import create_contact, find_contacts

PEOPLE = [("Quentin", "Dupuis", "Optique Fontaine"), ("Zoé", "Zimmer", ""), ("Marc", "Fontaine", ""),
          ("Élise", "Fontaine", "Atelier Lumière"), ("Agnès", "Fontainebleau", ""), ("Émile", "Arnaud", ""),
          ("Bruno", "Lefèvre", "Fontaine SA"), ("Eric", "Étienne", ""), ("Anne", "Etienne", "")]


def _fill(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        for first, last, company in PEOPLE:
            clean, errors = validate_contact(ContactDraft(first_name=first, last_name=last, company_name=company))
            assert errors == {}
            create_contact(session, clean)


def test_typing_a_last_name_picks_that_person_first(sessions: sessionmaker[Session]) -> None:
    _fill(sessions)
    with sessions() as session:
        names = [name for _id, name, _company in find_contacts(session, "Fontaine")]
    # the two Fontaines (É sorted with E), then the name that starts so, then the company matches
    assert names == ["Élise Fontaine", "Marc Fontaine", "Agnès Fontainebleau", "Quentin Dupuis", "Bruno Lefèvre"]


def test_accented_names_sort_with_their_letter(sessions: sessionmaker[Session]) -> None:
    _fill(sessions)
    with sessions() as session:
        names = [name for _id, name, _company in find_contacts(session, "")]
    assert names == ["Émile Arnaud", "Quentin Dupuis", "Anne Etienne", "Eric Étienne", "Élise Fontaine",
                     "Marc Fontaine", "Agnès Fontainebleau", "Bruno Lefèvre", "Zoé Zimmer"]

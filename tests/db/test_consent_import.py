"""Tracking consent through import and export on SQLite and PostgreSQL: a file's "Consentement au suivi"
column becomes records of method "import" (an empty cell is no answer, a "non" is never lost, an existing
contact's "non" after a consent is a withdrawal), and an export writes the answer back the way it imports."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentMethod, ConsentState
from desktop.core.records import ContactDraft
from desktop.db.consent import consent_status
from desktop.db.contacts import create_contact
from desktop.db.models import Contact
from desktop.services import importer as im
from desktop.services.exporter import export_contacts
from desktop.services.tabular import read_csv_bytes

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
HEADER = "Prénom;Nom;E-mail;Consentement au suivi"


def _import(sessions: sessionmaker[Session], *lines: str,
            policy: im.DuplicatePolicy = im.DuplicatePolicy.UPDATE) -> None:
    table = read_csv_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode("utf-8"))
    mapping = im.guess_mapping(table.header, im.Kind.CONTACTS)
    assert mapping[-1] == "tracking_consent"
    with sessions() as s:
        plan = im.dry_run(s, table, mapping, im.Kind.CONTACTS, policy)
    with sessions.begin() as s:
        im.apply(plan, s, im.ImportMode.VALID_ROWS, now=NOW)


def _states(sessions: sessionmaker[Session]) -> dict[str, tuple[str, bool | None, list[ConsentMethod]]]:
    with sessions() as s:
        out = {}
        for c in s.scalars(select(Contact)):
            status = consent_status(s, c.id)
            assert status is not None
            out[c.first_name] = (c.tracking_consent_state, c.tracking_consent, [e.method for e in status.history])
        return out


def test_an_imported_answer_is_a_record_and_an_empty_cell_no_answer(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        create_contact(s, ContactDraft(first_name="Ancienne", last_name="Cliente", email="ancienne@client.example",
                                       tracking_consent=True), now=NOW)
    _import(sessions, "Oui;A;oui@client.example;oui", "Non;B;non@client.example;non", "Vide;C;vide@client.example;",
            "Ancienne;Cliente;ancienne@client.example;non")
    assert _states(sessions) == {
        "Oui": ("given", True, [ConsentMethod.IMPORT]), "Non": ("refused", False, [ConsentMethod.IMPORT]),
        "Vide": ("not_asked", None, []),
        "Ancienne": ("withdrawn", False, [ConsentMethod.IMPORT, ConsentMethod.SALESPERSON])}
    with sessions() as s:
        oui = s.scalars(select(Contact).where(Contact.first_name == "Oui")).one()
        status = consent_status(s, oui.id)
        assert status is not None and status.history[0].source == "import, ligne 2"


def test_an_export_writes_the_answer_the_way_it_imports_back(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    _import(sessions, "Oui;A;oui@client.example;oui", "Non;B;non@client.example;non", "Vide;C;vide@client.example;")
    path = tmp_path / "contacts.csv"
    with sessions() as s:
        assert export_contacts(s, path) == 3
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert {r["Prénom"]: r["Consentement au suivi"] for r in rows} == {"Oui": "oui", "Non": "non", "Vide": ""}
    before = _states(sessions)
    table = read_csv_bytes(path.read_bytes())
    with sessions() as s:
        plan = im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS,
                          im.DuplicatePolicy.UPDATE)
    with sessions.begin() as s:
        im.apply(plan, s, im.ImportMode.VALID_ROWS, now=NOW)
    assert _states(sessions) == before  # the same answers: nothing new recorded
    assert ConsentState.GIVEN.value == before["Oui"][0]

"""Export on both backends: selection, list filter or all; formula-safe; the file imports back."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.records import CompanyDraft, ContactDraft, validate_company, validate_contact
from desktop.db import contacts as repo
from desktop.db.contact_list import ContactFilter
from desktop.services import importer as im
from desktop.services.exporter import export_companies, export_contacts
from desktop.services.tabular import read_table


def _seed(sessions: sessionmaker[Session]) -> list[int]:
    ids = []
    with sessions.begin() as s:
        for fields in (
            {"first_name": "Éloïse", "last_name": "Dupont", "email": "eloise@acme.fr", "phone": "06 12 34 56 78",
             "company_name": "=ACME", "tags": ("vip", "salon"), "status": "client", "marketing_consent": True},
            {"first_name": "Paul", "last_name": "Roux", "city": "Lyon", "notes": "@rappeler\nlundi"},
            {"first_name": "Zoé", "last_name": "Abel", "mobile": "+44 7911 123456"},
        ):
            draft, errors = validate_contact(ContactDraft(**fields))  # type: ignore[arg-type]
            assert errors == {}
            ids.append(repo.create_contact(s, draft).id)
    return ids


def test_contacts_export_all_selection_and_filter(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    eloise, paul, _zoe = _seed(sessions)
    path = tmp_path / "contacts.csv"
    with sessions() as s:
        assert export_contacts(s, path) == 3
        written = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True), delimiter=";"))
        assert (written[2][4], written[1][8], written[3][16]) == ("'=ACME", "'+44 7911 123456", "'@rappeler\nlundi")
        rows = read_table(path).rows  # reading removes exactly the apostrophes export added
        assert [r.cells[2] for r in rows] == ["Abel", "Dupont", "Roux"]  # by name
        dupont = rows[1].cells
        assert dupont[4] == "=ACME" and dupont[7] == "06 12 34 56 78" and dupont[12] == "client"
        assert sorted(dupont[13].split(", ")) == ["salon", "vip"] and dupont[14] == "oui"
        assert rows[0].cells[8] == "+44 7911 123456"
        assert rows[2].cells[16] == "@rappeler\nlundi"
        assert export_contacts(s, path, ids=[paul, eloise]) == 2
        assert [r.cells[2] for r in read_table(path).rows] == ["Roux", "Dupont"]
        assert export_contacts(s, path, flt=ContactFilter(text="lyon")) == 1
        assert [r.cells[1] for r in read_table(path).rows] == ["Paul"]


def test_exported_contacts_import_back_as_duplicates(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    _seed(sessions)
    path = tmp_path / "contacts.xlsx"
    with sessions() as s:
        export_contacts(s, path)
    table = read_table(path)
    with sessions() as s:
        plan = im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS)
    assert (plan.valid_count, plan.rejected_count, plan.existing_duplicates) == (3, 0, 1)


def test_companies_export_to_xlsx_as_strings(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    with sessions.begin() as s:
        repo.create_company(s, validate_company(CompanyDraft(legal_name="Boulangerie", siret="73282932000074",
                                                             phone="01 23 45 67 89"))[0])
        repo.create_company(s, CompanyDraft(legal_name="+Plus"))
    path = tmp_path / "companies.xlsx"
    with sessions() as s:
        assert export_companies(s, path) == 2
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert values[0][0] == "'+Plus"
    assert (values[1][0], values[1][2], values[1][8]) == ("Boulangerie", "73282932000074", "01 23 45 67 89")
    assert all(c.data_type == "s" for row in sheet.iter_rows() for c in row if c.value is not None)

"""Importing contacts and companies on both backends: dry run, duplicates, all or nothing, cancel."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from desktop.core.records import CompanyDraft, ContactDraft, validate_company, validate_contact
from desktop.db import contacts as repo
from desktop.db.models import Company, Contact, Tag, company_tags, contact_tags
from desktop.services import importer as im
from desktop.services.tabular import read_csv_bytes

HEADER = "Prénom;Nom;Société;E-mail;Téléphone;Statut;Étiquettes;Newsletter"


def _table(*lines: str, header: str = HEADER) -> im.Table:
    return read_csv_bytes(("\r\n".join([header, *lines]) + "\r\n").encode("cp1252"))


def _plan(sessions: sessionmaker[Session], table: im.Table, kind: im.Kind = im.Kind.CONTACTS,
          policy: im.DuplicatePolicy = im.DuplicatePolicy.SKIP) -> im.ImportPlan:
    with sessions() as s:
        return im.dry_run(s, table, im.guess_mapping(table.header, kind), kind, policy)


def _snapshot(sessions: sessionmaker[Session]) -> tuple[int, ...]:
    with sessions() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Contact.__table__, Company.__table__, Tag.__table__, contact_tags, company_tags))


def _add_contact(sessions: sessionmaker[Session], **fields: object) -> int:
    draft, errors = validate_contact(ContactDraft(**fields))  # type: ignore[arg-type]
    assert errors == {}
    with sessions.begin() as s:
        return repo.create_contact(s, draft).id


def _contacts(sessions: sessionmaker[Session]) -> list[Contact]:
    with sessions() as s:
        query = select(Contact).options(selectinload(Contact.tags), selectinload(Contact.company))
        return list(s.scalars(query.order_by(Contact.id)))


def test_valid_rows_are_imported_with_companies_tags_and_search_text(sessions: sessionmaker[Session]) -> None:
    _add_contact(sessions, last_name="Existant", company_name="ACME Bâtiment")
    table = _table(
        'Éloïse;Dupont;acme bâtiment;eloise@acme.fr;06 12 34 56 78;Client;"salon, vip";oui',
        "Paul;Roux;Nouvelle SARL;paul@nouvelle.fr;;;vip;non",
        "Zoé;Roux;Nouvelle sarl;;01 23 45 67 89;prospect;;",
    )
    plan = _plan(sessions, table)
    assert (plan.valid_count, plan.rejected_count, plan.total_rows) == (3, 0, 3)
    assert _snapshot(sessions) == (1, 1, 0, 0, 0)  # the dry run wrote nothing
    result = im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
    assert (result.created, result.updated, result.skipped, result.companies_created) == (3, 0, 0, 1)
    existing, eloise, paul, zoe = _contacts(sessions)
    assert eloise.company_id == existing.company_id  # same company, matched without case
    assert paul.company_id == zoe.company_id != existing.company_id
    assert (eloise.status, eloise.phone, eloise.marketing_consent) == ("client", "+33612345678", True)
    assert (paul.status, paul.phone, paul.marketing_consent) == ("prospect", None, False)
    assert sorted(t.name for t in eloise.tags) == ["salon", "vip"]
    assert [t.name for t in paul.tags] == ["vip"]
    for contact in (eloise, paul, zoe):
        assert contact.search_text == repo.contact_search_text(contact, contact.company.legal_name)
    assert _snapshot(sessions)[2:4] == (2, 3)


def test_rejected_rows_report_row_column_and_reason(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    table = _table(
        "Anne;Martin;;anne@exemple;;;;",              # row 2: bad email
        "Jean;Durand;;;12;;;",                       # row 3: bad phone
        ";;Société;x@y.fr;;;;",                      # row 4: no name
        "Léa;Petit;;;;cliente;;peut-être",           # row 5: bad yes/no
        "Luc;Bon;;;;;;;=1+1",                        # row 6: more cells than the header
        "Ok;Valide;;ok@exemple.fr;;;;",              # row 7: fine
        "Nul;A\x00B;;;;;;",                          # row 8: NUL byte in a cell
    )
    plan = _plan(sessions, table)
    got = [(r.line, r.column, r.code) for r in plan.rejections]
    assert got == [(2, "E-mail", "invalid_email"), (3, "Téléphone", "invalid_phone"), (4, "Nom", "invalid_last_name"),
                   (5, "Newsletter", "invalid_marketing_consent"), (6, "", "ragged"), (8, "Nom", "nul")]
    assert plan.valid_count == 1 and plan.rejected_count == 6
    report = tmp_path / "rejets.csv"
    assert im.write_rejection_report(report, plan) == 6
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Ligne", "Colonne", "Motif", "Valeur"]
    assert rows[1][:2] == ["2", "E-mail"] and rows[1][3] == "anne@exemple"
    assert rows[6][3] == "A\ufffdB"


def test_duplicates_by_email_follow_the_policy(sessions: sessionmaker[Session]) -> None:
    kept = _add_contact(sessions, first_name="Anne", last_name="Martin", email="anne@exemple.fr", status="client",
                        city="Lyon")
    table = _table(
        "Anne;Martin-Roux;;ANNE@exemple.fr;06 12 34 56 78;;vip;",
        "Bob;Neuf;;bob@exemple.fr;;;;",
        "Bob;Double;;bob@exemple.fr;;;;",
    )
    plan = _plan(sessions, table)
    assert (plan.existing_duplicates, plan.file_duplicates) == (1, 1)
    assert [(r.line, r.existing_id, r.same_as_line) for r in plan.rows] == [(2, kept, None), (3, None, None),
                                                                              (4, None, 3)]

    skip = im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
    assert (skip.created, skip.updated, skip.skipped) == (1, 0, 2)
    assert [c.last_name for c in _contacts(sessions)] == ["Martin", "Neuf"]

    update = im.import_plan(sessions, replace(plan, policy=im.DuplicatePolicy.UPDATE), im.ImportMode.VALID_ROWS)
    assert (update.created, update.updated, update.skipped) == (0, 2, 0)  # now both match stored contacts
    anne, bob = _contacts(sessions)
    assert (anne.id, anne.last_name, anne.phone, anne.status, anne.city) == (
        kept, "Martin-Roux", "+33612345678", "client", "Lyon")  # given fields changed, others kept
    assert [t.name for t in anne.tags] == ["vip"]
    assert "roux" in anne.search_text.split()
    assert bob.last_name == "Double"  # the later row of the file wins

    create = im.import_plan(sessions, replace(plan, policy=im.DuplicatePolicy.CREATE), im.ImportMode.VALID_ROWS)
    assert (create.created, create.updated, create.skipped) == (3, 0, 0)
    assert len(_contacts(sessions)) == 5


def test_companies_match_by_siret_then_legal_name(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as s:
        by_siret = repo.create_company(s, validate_company(CompanyDraft(legal_name="Ancien nom",
                                                                        siret="73282932000074"))[0]).id
        by_name = repo.create_company(s, CompanyDraft(legal_name="Boulangerie Petit")).id
    table = _table(
        "Nouveau nom;732 829 320 00074;Paris;fournisseur",
        "BOULANGERIE PETIT;;Caen;",
        "Autre;;Lyon;",
        "autre;;Lyon;",
        header="Raison sociale;SIRET;Ville;Tags",
    )
    plan = _plan(sessions, table, im.Kind.COMPANIES, im.DuplicatePolicy.UPDATE)
    assert [(r.existing_id, r.same_as_line) for r in plan.rows] == [(by_siret, None), (by_name, None),
                                                                     (None, None), (None, 4)]
    result = im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
    assert (result.created, result.updated) == (1, 2)
    with sessions() as s:
        companies = {c.id: c for c in s.scalars(select(Company).options(selectinload(Company.tags)))}
        assert companies[by_siret].legal_name == "Nouveau nom"
        assert [t.name for t in companies[by_siret].tags] == ["fournisseur"]
        assert companies[by_name].city == "Caen"
        assert sorted(c.legal_name for c in companies.values()) == ["Autre", "Boulangerie Petit", "Nouveau nom"]


def _many_rows(count: int) -> im.Table:
    return _table(*(f"Prénom{i};Nom{i};Société {i % 7};p{i}@exemple.fr;;;tag{i % 3};" for i in range(count)))


@pytest.mark.parametrize("stop", ["error", "cancel"])
def test_a_failure_or_cancel_midway_leaves_the_database_as_before(sessions: sessionmaker[Session],
                                                                  stop: str) -> None:
    _add_contact(sessions, last_name="Avant", company_name="Société 1", tags=("tag1",))
    before = _snapshot(sessions)
    plan = _plan(sessions, _many_rows(1200))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        if done >= 1000:  # two chunks are already written in the transaction
            if stop == "error":
                raise RuntimeError("disk full")
            return False
        return True

    expected = RuntimeError if stop == "error" else im.ImportCancelled
    with pytest.raises(expected):
        im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS, progress)
    assert seen == [(0, 1200), (500, 1200), (1000, 1200)]
    assert _snapshot(sessions) == before


def test_import_nothing_writes_nothing(sessions: sessionmaker[Session]) -> None:
    plan = _plan(sessions, _many_rows(3))
    result = im.import_plan(sessions, plan, im.ImportMode.NOTHING)
    assert (result.created, result.skipped) == (0, 3)
    assert _snapshot(sessions) == (0, 0, 0, 0, 0)


def test_hostile_cells_are_stored_as_plain_text(sessions: sessionmaker[Session]) -> None:
    table = _table('=HYPERLINK("http://evil");@SUM(A1);+cmd;;;;;')
    plan = _plan(sessions, table)
    im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS, owner_id=None)
    [contact] = _contacts(sessions)
    assert (contact.first_name, contact.last_name) == ('=HYPERLINK("http://evil")', "@SUM(A1)")
    assert contact.company is not None and contact.company.legal_name == "+cmd"


def test_cancel_during_dry_run(sessions: sessionmaker[Session]) -> None:
    table = _many_rows(600)
    with sessions() as s, pytest.raises(im.ImportCancelled):
        im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS,
                   progress=lambda done, total: done < total)

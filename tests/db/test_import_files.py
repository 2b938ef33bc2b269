"""Export then import gives back the exact values; hostile files end in worded errors and change nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from desktop.core.records import ContactDraft, validate_contact
from desktop.db import contacts as repo
from desktop.db.models import Company, Contact, Tag, company_tags, contact_tags
from desktop.services import importer as im
from desktop.services.exporter import export_contacts
from desktop.services.tabular import TabularError, read_table

# Values a record can hold (trimmed, no control characters but line breaks) that a spreadsheet would run.
HOSTILE = [
    ("=HYPERLINK(\"http://evil\")", "'=Acme", "@rappeler\nlundi"),
    ("\uff1dSUM(A1)", "\ufeff+Plus", "\u200b=1+1"),
    ("\u2212 5", "''@Xeno", "\u202e-2"),
    ("'Dupont", "\u00ad=Zed", "'"),
]


def _snapshot(sessions: sessionmaker[Session]) -> tuple[int, ...]:
    with sessions() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Contact.__table__, Company.__table__, Tag.__table__, contact_tags, company_tags))


def _people(sessions: sessionmaker[Session]) -> list[tuple[str, str, str, str]]:
    with sessions() as s:
        query = select(Contact).options(selectinload(Contact.company)).order_by(Contact.id)
        return [(c.first_name, c.last_name, c.company.legal_name if c.company else "", c.notes or "")
                for c in s.scalars(query)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_back_the_exact_values(sessions: sessionmaker[Session], tmp_path: Path,
                                                         suffix: str) -> None:
    with sessions.begin() as s:
        for i, (first, company, notes) in enumerate(HOSTILE):
            draft, errors = validate_contact(ContactDraft(first_name=first, last_name=f"Nom{i}", company_name=company,
                                                          notes=notes, email=f"p{i}@exemple.fr"))
            assert errors == {}
            repo.create_contact(s, draft)
    before = _people(sessions)
    assert [p[0] for p in before] == [h[0] for h in HOSTILE]  # stored as typed
    path = tmp_path / f"contacts{suffix}"
    with sessions() as s:
        export_contacts(s, path)
    table = read_table(path)
    with sessions() as s:
        plan = im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS,
                          im.DuplicatePolicy.CREATE)
    assert plan.rejected_count == 0
    im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
    after = _people(sessions)
    assert sorted(after[len(before):]) == sorted(before)  # no "'=Acme" where "=Acme" was, and the reverse
    with sessions() as s:
        names = sorted(s.scalars(select(Company.legal_name)))
    assert names == sorted(h[1] for h in HOSTILE)  # the imported rows found the same companies


def test_an_unbalanced_quote_rejects_its_row_and_the_others_import(sessions: sessionmaker[Session],
                                                                   tmp_path: Path) -> None:
    lines = ["Prénom;Nom;E-mail;Ville"] + [f"P{i};N{i};p{i}@exemple.fr;Lyon" for i in range(2, 1202)]
    lines[4] = 'P5;N5;p5@exemple.fr;"Lyon'  # row 5: the quote is never closed until a stray one 1,000 rows on
    lines[1004] = 'P1005;N1005;p1005@exemple.fr;Lyon"'
    path = tmp_path / "contacts.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    table = read_table(path)
    with sessions() as s:
        plan = im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS)
    assert [(r.line, r.column, r.code) for r in plan.rejections] == [(5, "Ville", "unclosed_quote")]
    assert plan.rejections[0].message.startswith("row 5: a quote")
    assert plan.valid_count == 1199
    im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
    assert _snapshot(sessions)[0] == 1199


def _hostile_files(folder: Path) -> list[Path]:
    import openpyxl

    base = folder / "base.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom"])
    sheet.append(["Anne", "Dupont"])
    book.save(base)
    files = []
    for name, dtd in (("xxe", b'<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
                      ("laughs", b'<!DOCTYPE w [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>')):
        path = folder / f"{name}.xlsx"
        with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = dtd + data.replace(b"<t>Anne", b"<t>&e;&b;Anne")
                target.writestr(info.filename, data)
        files.append(path)
    (folder / "cut.xlsx").write_bytes(base.read_bytes()[:900])
    (folder / "text.xlsx").write_bytes(b"Prenom;Nom\nAnne;Dupont\n")
    (folder / "utf16.csv").write_bytes("Prénom;Nom\r\nAnne;Dupont".encode("utf-16")[:-1])  # odd length
    return [*files, folder / "cut.xlsx", folder / "text.xlsx"]


def test_unreadable_files_are_worded_and_change_nothing(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    before = _snapshot(sessions)
    for path in _hostile_files(tmp_path):
        with pytest.raises(TabularError) as info:
            read_table(path)
        assert info.value.code == "not_xlsx", path.name
        assert "Error" not in info.value.message and "workbook" in info.value.message
    table = read_table(tmp_path / "utf16.csv")  # cut in the middle of a character: that cell only is refused
    with sessions() as s:
        plan = im.dry_run(s, table, im.guess_mapping(table.header, im.Kind.CONTACTS), im.Kind.CONTACTS)
    assert [(r.line, r.code) for r in plan.rejections] == [(2, "bad_bytes")]
    im.import_plan(sessions, plan, im.ImportMode.VALID_ROWS)
    assert _snapshot(sessions) == before

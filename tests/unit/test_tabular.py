"""Reading CSV/XLSX the French Excel way, and writing files no spreadsheet runs as formulas."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop.services.tabular import (
    Limits,
    TabularError,
    decode_text,
    neutralise,
    parse_date,
    parse_number,
    read_csv_bytes,
    read_table,
    write_csv,
    write_xlsx,
)

FRENCH = 'Nom;Prénom;Société;Montant\r\nDupont;Éloïse;"Martin; Fils";"1 234,56"\r\n\r\nRoux;"Jean\r\nPaul";Acmé;3\r\n'


def test_cp1252_semicolon_file_with_quotes_blank_and_multiline_rows() -> None:
    table = read_csv_bytes(FRENCH.encode("cp1252"))
    assert table.encoding == "cp1252"
    assert table.separator == ";"
    assert table.header == ("Nom", "Prénom", "Société", "Montant")
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ("Dupont", "Éloïse", "Martin; Fils", "1 234,56")),
        (4, ("Roux", "Jean\r\nPaul", "Acmé", "3")),  # row 3 is blank, as the spreadsheet shows it
    ]
    assert all(r.problems == () for r in table.rows)


@pytest.mark.parametrize(("encoding", "separator"), [("utf-8-sig", ","), ("utf-8", "\t"), ("utf-16", "\t"),
                                                     ("cp1252", ",")])
def test_encodings_and_separators_are_recognised(encoding: str, separator: str) -> None:
    text = separator.join(["Prénom", "Ville", "Note"]) + "\n" + separator.join(["Zoé", "Besançon", "’œ€"]) + "\n"
    table = read_csv_bytes(text.encode(encoding))
    assert table.header == ("Prénom", "Ville", "Note")
    assert table.rows[0].cells == ("Zoé", "Besançon", "’œ€")
    assert table.separator == separator


def test_excel_sep_hint_line_is_honoured_and_counted() -> None:
    table = read_csv_bytes(b"sep=,\nNom,Ville\nDurand,Lyon\n")
    assert table.separator == ","
    assert table.header == ("Nom", "Ville")
    assert table.rows[0].line == 3


def test_double_encoded_utf8_is_refused_with_a_clear_message() -> None:
    garbled = "Nom;Ville\nRenÃ©;OrlÃ©ans\n".encode()
    with pytest.raises(TabularError) as info:
        read_csv_bytes(garbled)
    assert info.value.code == "mojibake"
    assert "Ã©" in info.value.message


def test_invalid_bytes_in_a_utf8_file_reject_only_their_cell() -> None:
    data = "Nom;Ville;Note\nAndré;Orléans;ok\nBéa;Nîmes;".encode() + b"\xff\xfe\x80" + b"\n"
    _text, encoding = decode_text(data)
    assert encoding == "utf-8"
    table = read_csv_bytes(data)
    assert table.rows[0].problems == ()
    [problem] = table.rows[1].problems
    assert (problem.column, problem.code) == (2, "bad_bytes")


def test_nul_and_control_characters_are_rejected_per_cell() -> None:
    table = read_csv_bytes(b"Nom;Ville\nA\x00B;Lyon\nC;Pa\x07ris\nD;Caen\n")
    assert [[(p.column, p.code) for p in r.problems] for r in table.rows] == [[(0, "nul")], [(1, "control_chars")], []]


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty"),
    (b"\r\n \r\n;;\r\n", "empty"),
    (b"Nom;Prenom\r\n", "only_header"),
    (b"Nom;Prenom\r\n;\r\n", "only_header"),
    (b"\x00\x01\x00\x02" * 100, "binary"),
    (b"N\x00om;Ville\nA;B\n", "bad_header"),
])
def test_files_without_usable_rows_are_refused(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    with pytest.raises(TabularError) as info:
        read_table(path)
    assert info.value.code == code


def test_limits_on_size_rows_and_cells() -> None:
    rows = "Nom;Ville\n" + "".join(f"N{i};V\n" for i in range(20))
    with pytest.raises(TabularError) as info:
        read_csv_bytes(rows.encode(), Limits(max_bytes=50))
    assert info.value.code == "too_big"
    with pytest.raises(TabularError) as info:
        read_csv_bytes(rows.encode(), Limits(max_rows=10))
    assert (info.value.code, info.value.params["limit"]) == ("too_many_rows", 10)
    table = read_csv_bytes(("Nom;Ville\n" + "x" * 50 + ";Lyon\n").encode(), Limits(max_cell_chars=40))
    assert [p.code for p in table.rows[0].problems] == ["cell_too_long"]


def test_ragged_rows_extra_cells_rejected_missing_cells_padded() -> None:
    table = read_csv_bytes(b"Nom;Ville;CP\nA;Lyon;69001;;\nB;Paris\nC;Caen;14000;en trop\n")
    assert table.rows[0].problems == () and table.rows[0].cells == ("A", "Lyon", "69001")
    assert table.rows[1].problems == () and table.rows[1].cells == ("B", "Paris", "")
    [problem] = table.rows[2].problems
    assert (problem.column, problem.code) == (-1, "ragged")
    assert "4 cells" in problem.message


def test_xlsx_values_come_out_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "in.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "SIRET", "Montant", "Date", "CP", "Actif", "Calcul"])
    sheet.append(["Dupont", 73282932000074, 1234.5, datetime(2026, 11, 27), 1000, True, "=1+1"])
    sheet.append([])
    sheet.append(["Roux", None, 3.0, date(2026, 1, 2), None, False, None])
    book.save(path)
    table = read_table(path)
    assert table.header == ("Nom", "SIRET", "Montant", "Date", "CP", "Actif", "Calcul")
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ("Dupont", "73282932000074", "1234.5", "2026-11-27", "1000", "true", "")),  # formula: no cached value
        (4, ("Roux", "", "3", "2026-01-02", "", "false", "")),
    ]


def test_old_xls_and_broken_xlsx_are_refused(tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    named = tmp_path / "text.xlsx"
    named.write_text("Nom;Ville\nA;B\n")
    codes = []
    for path in (xls, broken, named):
        with pytest.raises(TabularError) as info:
            read_table(path)
        codes.append(info.value.code)
    assert codes == ["xls", "not_xlsx", "not_xlsx"]


@pytest.mark.parametrize(("text", "value"), [
    ("1 234,56", "1234.56"), ("1\u00a0234,56", "1234.56"), ("1\u202f234\u202f567,5", "1234567.5"),
    ("1.234,56", "1234.56"), ("1234.56", "1234.56"), ("-3,5", "-3.5"), ("12", "12"), ("1 000", "1000"),
])
def test_french_numbers(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12 34", "1.2.3,4"])
def test_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_dates_day_first_and_iso() -> None:
    assert parse_date("27/11/2026") == date(2026, 11, 27)
    assert parse_date("2/3/2026") == date(2026, 3, 2)
    assert parse_date("2026-11-27") == date(2026, 11, 27)
    for bad in ("31/02/2026", "11/27/2026", "demain"):
        with pytest.raises(ValueError):
            parse_date(bad)


@pytest.mark.parametrize("value", ["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"])
def test_neutralise_prefixes_formula_triggers(value: str) -> None:
    assert neutralise(value) == "'" + value


def test_neutralise_leaves_plain_text() -> None:
    assert [neutralise(v) for v in ["Dupont", "06 12", "a=b", None, 3]] == ["Dupont", "06 12", "a=b", "", "3"]


def test_csv_is_written_for_french_excel_and_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_csv(path, ["Nom", "Note"], [["Zoé", "=cmd|' /C calc'!A0"], ["Aé;b", "ligne\nsuivante"]]) == 2
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfNom;Note\r\n")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))
    assert rows[1] == ["Zoé", "'=cmd|' /C calc'!A0"]
    assert read_csv_bytes(data).rows[1].cells == ("Aé;b", "ligne\nsuivante")


def test_xlsx_is_written_as_strings_never_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["Nom", "Note", "Code"], [["=1+1", "@x", "#N/A"], ["Zoé\x07", "12", "-3"]])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    cells = [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()]
    assert cells == [
        [("Nom", "s"), ("Note", "s"), ("Code", "s")],
        [("'=1+1", "s"), ("'@x", "s"), ("#N/A", "s")],
        [("Zoé", "s"), ("12", "s"), ("'-3", "s")],
    ]

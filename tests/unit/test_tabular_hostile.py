"""Hostile and broken files: each ends in one worded TabularError or in rejected rows, never a raw exception."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from desktop.services.tabular import Limits, TabularError, read_csv_bytes, read_table

SHEET = "xl/worksheets/sheet1.xml"
XXE = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
          + b"".join(b"<!ENTITY %c \"%s\">" % (98 + i, b"&%c;" % (97 + i) * 10) for i in range(9)) + b"]>")


def _workbook(path: Path, rows: list[list[object]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows or [["Nom", "Ville"], ["Dupont", "Lyon"], ["Roux", "Caen"]]:
        sheet.append(row)
    book.save(path)
    return path


def _rewrite(path: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """A copy of the workbook with one part changed."""
    out = path.with_name(f"changed-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info.filename, change(data) if info.filename == part else data)
    return out


def _with_dtd(dtd: bytes, reference: bytes) -> Callable[[bytes], bytes]:
    def change(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return dtd + body.replace(b"<t>Dupont", b"<t>" + reference + b"Dupont", 1)
    return change


def _refused(path: Path, limits: Limits | None = None) -> TabularError:
    with pytest.raises(TabularError) as info:
        read_table(path, limits or Limits())
    error = info.value
    assert error.message[0].islower() and "Error" not in error.message  # a sentence, not an exception's name
    return error


# CSV ------------------------------------------------------------------------------------------------------

def test_odd_length_utf16_rejects_only_the_cut_row() -> None:
    data = "Nom;Ville\r\nDupont;Lyon\r\nRoux;Caen\r\n".encode("utf-16") + b"X"
    table = read_csv_bytes(data)
    assert table.encoding == "utf-16"
    assert [r.cells for r in table.rows[:2]] == [("Dupont", "Lyon"), ("Roux", "Caen")]
    assert [(r.line, [p.code for p in r.problems]) for r in table.rows[2:]] == [(4, ["bad_bytes"])]


def test_cut_utf32_and_lone_surrogates_in_utf16_reject_their_cells() -> None:
    table = read_csv_bytes("Nom;Ville\nDupont;Lyon\nRoux;Caen".encode("utf-32")[:-2])
    assert table.encoding == "utf-32" and table.rows[0].problems == ()
    assert [p.code for p in table.rows[1].problems] == ["bad_bytes"]
    data = "Nom;Ville\nDupont;".encode("utf-16-le") + b"\x00\xd8" + "\nRoux;Caen\n".encode("utf-16-le")
    table = read_csv_bytes(b"\xff\xfe" + data)
    assert [[(p.column, p.code) for p in r.problems] for r in table.rows] == [[(1, "bad_bytes")], []]


def _people(count: int, columns: int = 4) -> list[str]:
    header = ";".join(["Nom", "Prénom", "Ville", "Notes"][:columns])
    return [header] + [";".join([f"Nom{i}", f"Prénom{i}", f"Ville{i}", f"note {i}"][:columns])
                       for i in range(2, count + 2)]


@pytest.mark.parametrize("columns", [4, 2])
def test_a_stray_quote_closed_1000_rows_later_is_reported_at_its_row(columns: int) -> None:
    lines = _people(1200, columns)
    lines[9] = lines[9].replace("Nom10", '"Nom10')     # opens, row 10
    lines[1009] = lines[1009].replace("Nom1010", 'Nom1010"')  # row 1010: a stray quote that "closes" it
    table = read_csv_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    assert len(table.rows) == 1200  # every row is still there, at its own number
    bad = [(r.line, [(p.column, p.code) for p in r.problems]) for r in table.rows if r.problems]
    assert bad == [(10, [(0, "unclosed_quote")])]
    [problem] = table.rows[8].problems
    assert problem.message.startswith("row 10: a quote") and problem.message.key == "unclosed_quote"  # type: ignore[attr-defined]
    assert table.rows[9].cells[0] == "Nom11" and table.rows[1008].cells[0] == 'Nom1010"'


def test_a_quote_never_closed_until_the_end_of_the_file() -> None:
    table = read_csv_bytes(b'Nom;Ville\nDupont;Lyon\nRoux;"Caen\nAbel;Nice\n')
    assert [(r.line, r.cells, [p.code for p in r.problems]) for r in table.rows] == [
        (2, ("Dupont", "Lyon"), []), (3, ("Roux", "Caen"), ["unclosed_quote"]), (4, ("Abel", "Nice"), [])]


def test_a_real_multi_line_cell_is_kept_whole() -> None:
    note = "\r\n".join(f"ligne {i}; suite" for i in range(40))
    data = f'Nom;Prénom;Ville;Notes\r\nDupont;Anne;Lyon;"{note}"\r\nRoux;Paul;Caen;x\r\n'.encode()
    table = read_csv_bytes(data)
    assert [(r.cells[3], r.problems) for r in table.rows] == [(note, ()), ("x", ())]


def test_a_quote_opened_in_the_header_stops_the_file() -> None:
    with pytest.raises(TabularError) as info:
        read_csv_bytes(b'"Nom;Ville\nDupont;Lyon\n')
    assert info.value.code == "bad_header" and "never closed" in info.value.message
    assert info.value.params == {"line": 1, "reason": "unclosed_quote"}


# XLSX -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("part", [SHEET, "xl/workbook.xml", "[Content_Types].xml", "xl/styles.xml"])
@pytest.mark.parametrize(("dtd", "reference"), [(XXE, b"&e;"), (LAUGHS, b"&j;")], ids=["xxe", "billion-laughs"])
def test_entity_declarations_are_refused_in_every_part(tmp_path: Path, part: str, dtd: bytes,
                                                       reference: bytes) -> None:
    hostile = _rewrite(_workbook(tmp_path / "in.xlsx"), part, _with_dtd(dtd, reference))
    error = _refused(hostile)
    assert (error.code, error.params["reason"], error.params["part"]) == ("not_xlsx", "dtd", part)
    assert "save it again as .xlsx" in error.message


def test_a_utf16_part_cannot_hide_its_dtd(tmp_path: Path) -> None:
    def to_utf16(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return ('<?xml version="1.0" encoding="UTF-16"?>' + LAUGHS.decode()[21:] + body.decode()).encode("utf-16")
    error = _refused(_rewrite(_workbook(tmp_path / "in.xlsx"), SHEET, to_utf16))
    assert error.params["reason"] == "dtd"


def _huge_sheet(path: Path, rows: int) -> Path:
    """A workbook whose sheet unpacks to ``rows`` rows of XML, about 60 bytes each, from a small file."""
    base = _workbook(path.with_name("base.xlsx"))
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != SHEET:
                target.writestr(info.filename, source.read(info.filename))
        with target.open(SHEET, "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            row = b'<row><c t="inlineStr"><is><t>Dupont</t></is></c></row>'
            for _ in range(rows // 1000):
                sheet.write(row * 1000)
            sheet.write(b"</sheetData></worksheet>")
    return path


def test_a_zip_bomb_is_refused_by_its_unpacked_size(tmp_path: Path) -> None:
    bomb = _huge_sheet(tmp_path / "bomb.xlsx", 400_000)  # ~23 MB of XML in a file of some 100 KB
    assert bomb.stat().st_size < 1_000_000
    error = _refused(bomb, Limits(max_xlsx_unzipped_bytes=10 * 1024 * 1024))
    assert error.code == "too_big"


def _lie_about_size(path: Path, part: str, size: int) -> None:
    """Write ``size`` as the unpacked size of ``part`` in its local and central headers."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    local = data.index(b"PK\x03\x04")
    while data[local + 30:local + 30 + len(name)] != name:
        local = data.index(b"PK\x03\x04", local + 4)
    struct.pack_into("<I", data, local + 22, size)
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, size)
    path.write_bytes(bytes(data))


def test_a_zip_bomb_that_lies_about_its_size_is_refused_unpacking_no_more_than_it_declares(tmp_path: Path) -> None:
    bomb = tmp_path / "liar.xlsx"
    base = _workbook(tmp_path / "base.xlsx")
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == SHEET:
                data = data.replace(b"</sheetData>", b'<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c></row>'
                                    * 200_000 + b"</sheetData>")
            target.writestr(info.filename, data)
    _lie_about_size(bomb, SHEET, 2_000)
    error = _refused(bomb)  # zipfile stops at the 2,000 bytes declared, and their checksum is wrong
    assert (error.code, error.params["reason"], error.params["detail"]) == ("not_xlsx", "zip", "BadZipFile")


def test_truncated_and_disguised_workbooks(tmp_path: Path) -> None:
    whole = _workbook(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert (_refused(cut).code, _refused(cut).params["reason"]) == ("not_xlsx", "zip")
    named = tmp_path / "named.xlsx"
    named.write_bytes(b"Nom;Ville\nDupont;Lyon\n")
    assert _refused(named).code == "not_xlsx"
    garbage = _rewrite(tmp_path / "whole.xlsx", SHEET, lambda xml: xml[: len(xml) // 2])
    assert _refused(garbage).params["reason"] == "parse"


def test_a_lying_dimension_neither_cuts_rows_nor_pads_16384_columns(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "in.xlsx", [["Nom", "Ville"], ["Dupont", "Lyon"], ["Roux", "Caen"], ["Abel", "Nice"]])
    short = _rewrite(book, SHEET, lambda xml: xml.replace(b'<dimension ref="A1:B4"/>', b'<dimension ref="A1:B2"/>'))
    assert [r.cells[0] for r in read_table(short).rows] == ["Dupont", "Roux", "Abel"]
    far = b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Fin</t></is></c></row></sheetData>'
    small, huge = b"<dimension ref=\"A1:B4\"/>", b"<dimension ref=\"A1:XFD1048576\"/>"
    wide = _rewrite(book, SHEET, lambda xml: xml.replace(small, huge).replace(b"</sheetData>", far))
    table = read_table(wide)
    assert [(r.line, r.cells) for r in table.rows][-2:] == [(4, ("Abel", "Nice")), (1048576, ("Fin", ""))]


def test_a_workbook_of_too_many_parts_is_refused(tmp_path: Path) -> None:
    book = _workbook(tmp_path / "in.xlsx")
    with zipfile.ZipFile(book, "a") as archive:
        for i in range(10_001):
            archive.writestr(f"junk/{i}.bin", b"")
    assert _refused(book).params["reason"] == "parts"

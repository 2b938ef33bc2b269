"""Reading and writing spreadsheets the way French offices make them.

Reading gives a :class:`Table`: a header and rows of strings, each row with the number the user
sees in the spreadsheet (the header is row 1) and the problems found in its cells (NUL bytes,
invalid bytes or lone surrogates, cells too long, more cells than the header). CSV files are
decoded from UTF-8 (with or without BOM), UTF-16 with BOM, or cp1252; their separator (``;``,
``,`` or tab) is sniffed. XLSX files are read with openpyxl in read-only mode; numbers and dates
come out as strings (``1234.5``, ``2026-11-27``).

Writing makes a CSV for French Excel (UTF-8 with BOM, ``;``) or an XLSX. Every cell that a
spreadsheet would run as a formula is neutralised with a leading ``'`` (OWASP CSV injection), and
XLSX cells are always written as strings.

Errors that stop the whole file raise :class:`TabularError` with a ``code`` a GUI can translate
and an English ``message``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

SEPARATORS = (";", "\t", ",")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# UTF-8 accents read as cp1252 and saved again: "é" -> "Ã©", "É" -> "Ã‰", "’" -> "â€™", "n°" -> "nÂ°".
_MOJIBAKE = re.compile("Ã[\u00a0-\u00bf\u2030\u02c6\u20ac\u2021\u201a\u2039\u0160]|â€[\u2122\u0153\u009d\u201c"
                       "\u201d\u00a6\u2013\u2014\u02dc]|Â[\u00a0\u00b0\u00ab\u00bb]")
_FR_NUMBER = re.compile(r"^[+-]?(\d{1,3}([ \u00a0\u202f.]\d{3})+|\d+)(,\d+)?$")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+)(\.\d+)?$")
_FR_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_XLS_MAGIC = b"\xd0\xcf\x11\xe0"
_ZIP_MAGIC = b"PK\x03\x04"


class TabularError(ValueError):
    """A file that cannot be read at all; ``code`` names the problem, ``params`` its details."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


@dataclass(frozen=True)
class Limits:
    """What a file may hold before it is refused."""

    max_bytes: int = 50 * 1024 * 1024
    max_rows: int = 100_000
    max_columns: int = 200
    max_cell_chars: int = 10_000
    max_xlsx_unzipped_bytes: int = 400 * 1024 * 1024


@dataclass(frozen=True)
class CellProblem:
    """Why one cell (``column`` is its index, or -1 for the whole row) cannot be used."""

    column: int
    code: str
    message: str


@dataclass(frozen=True)
class Row:
    """One data row: ``line`` is the row number shown by a spreadsheet (header = 1)."""

    line: int
    cells: tuple[str, ...]
    problems: tuple[CellProblem, ...] = ()


@dataclass(frozen=True)
class Table:
    """A read file: its header, its data rows, and how it was read."""

    header: tuple[str, ...]
    rows: list[Row]
    encoding: str = ""
    separator: str = ""
    notes: list[str] = field(default_factory=list)


# Reading --------------------------------------------------------------------------------------------

def read_table(path: Path, limits: Limits = Limits()) -> Table:
    """Read a CSV or XLSX file (chosen by its content, then by its extension).

    Raises:
        TabularError: the file is empty, too big, in an unknown format or encoding, or has no data row.
    """
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TabularError("unreadable", f"cannot read the file: {exc.strerror}") from exc
    if size == 0:
        raise TabularError("empty", "the file is empty")
    if size > limits.max_bytes:
        raise TabularError("too_big", "the file is too big", size=size, limit=limits.max_bytes)
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_XLS_MAGIC):
        raise TabularError("xls", "old .xls workbooks are not supported: save it as .xlsx or CSV")
    if head.startswith(_ZIP_MAGIC):
        return read_xlsx(path, limits)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise TabularError("not_xlsx", "this file is not a valid XLSX workbook")
    return read_csv_bytes(path.read_bytes(), limits)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes, returning ``(text, encoding)``.

    UTF-8 (BOM or not) and UTF-16 with BOM are recognised; otherwise cp1252, the Windows encoding
    of French Excel. Bytes invalid in the chosen encoding become lone surrogates, so that the
    cells holding them are rejected one by one instead of being silently garbled.

    Raises:
        TabularError: the bytes look binary, or like UTF-8 text already garbled by a wrong conversion.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", "surrogateescape"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", "surrogatepass"), "utf-16"
    else:
        sample = data[:65536]
        if sample.count(0) > max(8, len(sample) // 10):
            raise TabularError("binary", "this file is not a text (CSV) file, or its encoding is unknown")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("utf-8", "surrogateescape"), "utf-8"
            invalid = len(_ESCAPED_BYTE.findall(text))
            multibyte = len(_NON_ASCII.findall(text)) - invalid
            if invalid > multibyte:  # valid multi-byte UTF-8 sequences are rare in cp1252 text
                text, encoding = data.decode("cp1252", "surrogateescape"), "cp1252"
    if _MOJIBAKE.search(text[:1_000_000]):
        raise TabularError("mojibake", "accented letters in this file are already garbled (for example "
                           "\"Ã©\" instead of \"é\"): it was converted with the wrong encoding. Export it again "
                           "as \"CSV UTF-8\" from the spreadsheet.")
    return text, encoding


def sniff_separator(text: str) -> str:
    """The separator of a CSV text: the candidate that splits its first lines most consistently."""
    lines = [line for line in text[:65536].splitlines()[:30] if line.strip()]
    best, best_score = ";", (-1.0, 0)
    for sep in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=sep)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        same = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = (same, counts[0])
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv_bytes(data: bytes, limits: Limits = Limits()) -> Table:
    """Read CSV bytes: decode, sniff the separator, split quoted fields, check every cell.

    Raises:
        TabularError: see :func:`read_table`.
    """
    if len(data) > limits.max_bytes:
        raise TabularError("too_big", "the file is too big", size=len(data), limit=limits.max_bytes)
    text, encoding = decode_text(data)
    notes: list[str] = []
    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end >= 0 else len(text)].strip()
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        separator, skipped = first_line[4], 1
        text = text[first_line_end + 1:] if first_line_end >= 0 else ""
    else:
        separator, skipped = sniff_separator(text), 0
    csv.field_size_limit(max(limits.max_cell_chars * 4, 131072))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"', strict=False)
    try:
        records = ((skipped + number, cells) for number, cells in enumerate(reader, start=1))
        return _build_table(records, limits, encoding, separator, notes)
    except csv.Error as exc:
        raise TabularError("csv_syntax", f"the CSV file is malformed near line {reader.line_num}: {exc}",
                           line=reader.line_num) from exc


def read_xlsx(path: Path, limits: Limits = Limits()) -> Table:
    """Read the first worksheet of an XLSX workbook (values, not formulas).

    Raises:
        TabularError: see :func:`read_table`.
    """
    import openpyxl  # local: the CSV path does not pay for it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise TabularError("not_xlsx", "this file is not a valid XLSX workbook") from exc
    if unzipped > limits.max_xlsx_unzipped_bytes:
        raise TabularError("too_big", "the workbook is too big once unpacked", size=unzipped,
                           limit=limits.max_xlsx_unzipped_bytes)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TabularError("not_xlsx", "this file is not a valid XLSX workbook") from exc
    try:
        sheet = workbook.worksheets[0]
        records = ((number, [xlsx_cell_text(v) for v in values])
                   for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1))
        return _build_table(records, limits, "xlsx", "", [])
    finally:
        workbook.close()


def xlsx_cell_text(value: Any) -> str:
    """The text of a workbook cell: numbers without exponent, dates in ISO form, booleans as true/false."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _cell_problem(index: int, value: str, limits: Limits) -> CellProblem | None:
    if len(value) > limits.max_cell_chars:
        return CellProblem(index, "cell_too_long",
                           f"the cell is too long ({len(value)} characters, at most {limits.max_cell_chars})")
    if not _BAD_CHARS.search(value):
        return None
    if "\x00" in value:
        return CellProblem(index, "nul", "the cell contains a NUL byte")
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        return CellProblem(index, "bad_bytes", "the cell contains bytes that are not valid text in this encoding")
    return CellProblem(index, "control_chars", "the cell contains invisible control characters")


def _build_table(records: Iterable[tuple[int, list[str]]], limits: Limits, encoding: str, separator: str,
                 notes: list[str]) -> Table:
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = _read_header(cells, line, limits)
            continue
        if len(rows) >= limits.max_rows:
            raise TabularError("too_many_rows", "the file has too many rows", limit=limits.max_rows)
        problems = [p for i, c in enumerate(cells[: len(header)]) if (p := _cell_problem(i, c, limits))]
        extra = [c for c in cells[len(header):] if c.strip()]
        if extra:
            problems.append(CellProblem(-1, "ragged", f"the row has {len(header) + len(extra)} cells "
                                                      f"but the header has {len(header)}"))
        padded = tuple(cells[: len(header)]) + ("",) * (len(header) - len(cells))
        rows.append(Row(line, padded, tuple(problems)))
    if header is None:
        raise TabularError("empty", "the file has no rows")
    if not rows:
        raise TabularError("only_header", "the file has a header row but no data rows")
    return Table(header, rows, encoding, separator, notes)


def _read_header(cells: list[str], line: int, limits: Limits) -> tuple[str, ...]:
    while cells and not cells[-1].strip():
        cells = cells[:-1]
    if len(cells) > limits.max_columns:
        raise TabularError("too_many_columns", "the file has too many columns", limit=limits.max_columns)
    for i, cell in enumerate(cells):
        problem = _cell_problem(i, cell, limits)
        if problem is not None:
            raise TabularError("bad_header", f"the header row (row {line}) is unreadable: {problem.message}",
                               line=line)
    return tuple(c.strip() for c in cells)


# Values in the French way ---------------------------------------------------------------------------

def parse_number(text: str) -> Decimal:
    """A number written the French way (``1 234,56``, no-break spaces too) or the plain way (``1234.56``).

    Raises:
        ValueError: the text is not a number.
    """
    value = text.strip()
    if "," in value and _FR_NUMBER.match(value):
        return Decimal(re.sub(r"[ \u00a0\u202f.]", "", value).replace(",", "."))
    if _PLAIN_NUMBER.match(value):
        return Decimal(re.sub(r"[ \u00a0\u202f]", "", value))
    if _FR_NUMBER.match(value):  # 1.234.567: dots as thousands separators
        return Decimal(re.sub(r"[ \u00a0\u202f.]", "", value))
    raise ValueError(f"not a number: {text!r}")


def parse_date(text: str) -> date:
    """A date written ``27/11/2026`` (day first, as in France) or ``2026-11-27`` (ISO).

    Raises:
        ValueError: the text is not a valid date.
    """
    value = text.strip()
    match = _FR_DATE.match(value)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if len(value) >= 10 and value[4] == "-":
        return date.fromisoformat(value[:10])
    raise ValueError(f"not a date: {text!r}")


# Writing --------------------------------------------------------------------------------------------

def neutralise(value: object) -> str:
    """The text of a cell, with a leading ``'`` when a spreadsheet would run it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a CSV for French Excel: UTF-8 with BOM, ``;`` separator, every cell neutralised.

    Returns:
        The number of data rows written.
    """
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
            count += 1
    return count


def write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], title: str = "Export") -> int:
    """Write an XLSX workbook whose cells are all strings, neutralised as for CSV.

    Returns:
        The number of data rows written.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])

    def cells(values: Sequence[object]) -> list[WriteOnlyCell]:
        out = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", neutralise(value)))
            cell.data_type = "s"  # never a formula, a number or an error code: the text as it is
            out.append(cell)
        return out

    sheet.append(cells(header))
    count = 0
    for row in rows:
        sheet.append(cells(row))
        count += 1
    workbook.save(path)
    return count


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write CSV or XLSX according to the file's extension (``.xlsx``, else CSV).

    Returns:
        The number of data rows written.
    """
    if path.suffix.lower() == ".xlsx":
        return write_xlsx(path, header, rows)
    return write_csv(path, header, rows)

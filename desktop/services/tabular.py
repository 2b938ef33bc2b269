"""Reading and writing spreadsheets the way French offices make them.

Reading gives a :class:`Table`: a header and rows of strings, each row with the number the user
sees in the spreadsheet (the header is row 1) and the problems found in its cells (NUL bytes,
invalid bytes or lone surrogates, cells too long, more cells than the header). CSV files are
decoded from UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, or cp1252; their separator (``;``,
``,`` or tab) is sniffed. XLSX files are read with openpyxl in read-only mode; numbers and dates
come out as strings (``1234.5``, ``2026-11-27``).

A quote (``"``) that opens a cell and is never closed would swallow the rest of the file into that
cell: a quoted cell that reaches the end of the file, runs over more than ``max_cell_lines`` lines or
``max_cell_chars`` characters, or swallows lines shaped like whole rows, is reported at its own row
(``unclosed_quote``) and reading goes on from the next line, so that every other row is still checked
and the user chooses, as for any rejected row, to import the valid rows or nothing.

Writing makes a CSV for French Excel (UTF-8 with BOM, ``;``) or an XLSX. Every cell that a
spreadsheet would run as a formula is neutralised with a leading ``'`` (see
:mod:`desktop.services.formulas`), and XLSX cells are always written as strings. Reading removes
exactly the apostrophes export added, so an exported file imports back to the same values.

Every failure to read a file raises :class:`TabularError` with a ``code`` a GUI can translate, its
``params`` and an English ``message`` saying what to do; nothing else escapes :func:`read_table`.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from operator import methodcaller
from pathlib import Path

from desktop.core.validation import Problem
from desktop.services.formulas import neutralise as neutralise  # re-exported: the one definition
from desktop.services.formulas import restore as restore

SEPARATORS = (";", "\t", ",")
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
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_BAD_BYTES = "relance-bad-bytes"
_STARTS_APOSTROPHE = methodcaller("startswith", "'")


def _mark_bad_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: each undecodable byte becomes a lone surrogate, so that its cell is rejected."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(chr(0xDC00 + b) for b in bad), error.end


codecs.register_error(_BAD_BYTES, _mark_bad_bytes)


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
    max_cell_lines: int = 100  # lines a quoted CSV cell may span before its quote is taken as never closed
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

Record = tuple[int, list[str], tuple[CellProblem, ...]]


def read_table(path: Path, limits: Limits = Limits()) -> Table:
    """Read a CSV or XLSX file (chosen by its content, then by its extension).

    Raises:
        TabularError: the file cannot be read, is empty, too big, in an unknown format or encoding, damaged,
            or has no data row. No other exception escapes.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise TabularError("unreadable", f"cannot read the file: {exc.strerror or exc}") from exc
    if size == 0:
        raise TabularError("empty", "the file is empty")
    if size > limits.max_bytes:
        raise TabularError("too_big", "the file is too big", size=size, limit=limits.max_bytes)
    if head.startswith(_XLS_MAGIC):
        raise TabularError("xls", "old .xls workbooks are not supported: save it as .xlsx or CSV")
    if head.startswith(_ZIP_MAGIC):
        return read_xlsx(path, limits)
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        raise TabularError("not_xlsx", "this file is not a valid XLSX workbook")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TabularError("unreadable", f"cannot read the file: {exc.strerror or exc}") from exc
    except MemoryError as exc:
        raise TabularError("too_big", "the file is too big", size=size, limit=limits.max_bytes) from exc
    return read_csv_bytes(data, limits)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes, returning ``(text, encoding)``.

    UTF-8 (BOM or not), UTF-16 and UTF-32 with BOM are recognised; otherwise cp1252, the Windows
    encoding of French Excel. Bytes invalid in the chosen encoding (a lone surrogate in UTF-16, a file
    cut in the middle of a character) become lone surrogates, so that the cells holding them are rejected
    one by one instead of being silently garbled or stopping the whole file.

    Raises:
        TabularError: the bytes look binary, or like UTF-8 text already garbled by a wrong conversion.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", "surrogateescape"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        text, encoding = data.decode("utf-32", _BAD_BYTES), "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", _BAD_BYTES), "utf-16"
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
    first_line_end = text.find("\n")
    first_line = text[: first_line_end if first_line_end >= 0 else len(text)].strip()
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        separator, skipped = first_line[4], 1
        text = text[first_line_end + 1:] if first_line_end >= 0 else ""
    else:
        separator, skipped = sniff_separator(text), 0
    csv.field_size_limit(max(limits.max_cell_chars * 4, 131072))
    return _build_table(_csv_records(text, separator, skipped, limits), limits, encoding, separator, [])


class _RunawayQuote(Exception):
    """The quoted cell being read is implausible: its opening quote is probably never closed."""


class _Lines:
    """Feeds ``csv.reader`` one physical line at a time, watching the record being read.

    ``csv.reader`` asks for another line in the middle of a record only inside a quoted cell; a record
    that asks past the end of the text, or for more lines or characters than any cell may hold, or whose
    lines look like whole rows of the file, raises :class:`_RunawayQuote` from the reader.
    """

    def __init__(self, text: str, separator: str, limits: Limits) -> None:
        self.text, self.separator, self.limits = text, separator, limits
        self.pos = 0  # offset of the next line in the text
        self.start = 0  # offset of the record being read
        self.first_end = 0  # end of the record's first line
        self.lines = self.chars = self.row_shaped = 0
        self.row_separators = 0  # separators in a whole row, once the header is known (0: not checked)

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.text):
            if self.pos > self.start:
                raise _RunawayQuote
            raise StopIteration
        match = _LINE.match(self.text, self.pos)
        assert match is not None  # the pattern matches the empty string
        line = match.group()
        self.pos = match.end()
        if self.lines == 0:
            self.first_end = self.pos
        else:
            self.chars += len(line)
            if self.row_separators and line.count(self.separator) >= self.row_separators:
                self.row_shaped += 1
            if (self.lines > self.limits.max_cell_lines or self.chars > self.limits.max_cell_chars
                    or self.row_shaped >= 2):
                raise _RunawayQuote
        self.lines += 1
        return line

    def begin_record(self, at: int) -> None:
        """Start watching a new record at offset ``at``."""
        self.pos = self.start = at
        self.lines = self.chars = self.row_shaped = 0


def _csv_records(text: str, separator: str, skipped: int, limits: Limits) -> Iterator[Record]:
    """The records of a CSV text, numbered as a spreadsheet numbers rows; a runaway quote is reported at
    its row, whose first line is read alone, and reading goes on from the next line."""
    lines = _Lines(text, separator, limits)
    number, header_seen = skipped, False
    while True:
        reader = csv.reader(lines, delimiter=separator, quotechar='"', strict=False)
        try:
            for cells in reader:
                number += 1
                if not header_seen and any(c.strip() for c in cells):
                    header_seen = True  # a whole row has as many separators as the header (3 cells or more)
                    lines.row_separators = len(cells) - 1 if len(cells) >= 3 else 0
                yield number, _restored(cells), ()
                lines.begin_record(lines.pos)
            return
        except _RunawayQuote:
            number += 1
            first = text[lines.start:lines.first_end].rstrip("\r\n")
            cells = next(csv.reader([first], delimiter=separator, quotechar='"', strict=False), [""])
            column = len(cells) - 1
            yield number, _restored(cells), (CellProblem(column, "unclosed_quote", Problem(
                "unclosed_quote", f"row {number}: a quote (\") opens a cell that is never closed; close it, or "
                f"remove it if it belongs to the text", line=number)),)
            lines.begin_record(lines.first_end)
        except csv.Error as exc:
            raise TabularError("csv_syntax", f"row {number + 1} of the CSV file cannot be read: {exc}",
                               line=number + 1) from exc


def _restored(cells: list[str]) -> list[str]:
    """The cells with the apostrophes export added removed (most rows have none to look at)."""
    return [restore(c) for c in cells] if any(map(_STARTS_APOSTROPHE, cells)) else cells


def read_xlsx(path: Path, limits: Limits = Limits()) -> Table:
    """Read the first worksheet of an XLSX workbook (values, not formulas).

    Raises:
        TabularError: see :func:`read_table`; a damaged or hostile workbook (XML entity declarations, a
            part larger once unpacked than allowed) is refused in words.
    """
    from desktop.services.xlsx_reader import xlsx_records  # local: the CSV path does not pay for openpyxl

    with xlsx_records(path, limits) as records:
        return _build_table(((n, _restored(cells), ()) for n, cells in records), limits, "xlsx", "", [])


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


def _build_table(records: Iterable[Record], limits: Limits, encoding: str, separator: str,
                 notes: list[str]) -> Table:
    header: tuple[str, ...] | None = None
    rows: list[Row] = []
    for line, cells, found in records:
        if not found and not any(c.strip() for c in cells):
            continue
        if header is None:
            if found:
                raise TabularError("bad_header", f"the header row (row {line}) is unreadable: a quote (\") opens "
                                   "a cell that is never closed", line=line, reason="unclosed_quote")
            header = _read_header(cells, line, limits)
            continue
        if len(rows) >= limits.max_rows:
            raise TabularError("too_many_rows", "the file has too many rows", limit=limits.max_rows)
        if found:  # the reader's problem says it all: the row's cells are not what the user wrote
            problems = [p if p.column < len(header) else replace(p, column=-1) for p in found]
        else:
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

    The characters XML cannot hold (control characters other than TAB, CR and LF; U+FFFE, U+FFFF; lone
    surrogates) are left out, since no workbook can store them; the cell is neutralised as written.

    Returns:
        The number of data rows written.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])

    def cells(values: Sequence[object]) -> list[WriteOnlyCell]:
        out = []
        for value in values:
            text = _NOT_XML.sub("", "" if value is None else str(value))
            cell = WriteOnlyCell(sheet, value=neutralise(text))
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

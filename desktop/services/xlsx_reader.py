"""The rows of an XLSX workbook's first sheet, read so that no file can hang, exhaust or fool the reader.

A workbook is a zip of XML parts. Before openpyxl parses anything, the archive itself is checked: a zip
(not a truncated or disguised one), a reasonable number of parts, a total unpacked size within the limit
(``zipfile`` never unpacks more than a part declares, so a lying header cannot grow it), and no part whose
XML prolog declares a DTD: Excel never writes one, and a DTD is how entity attacks work (XXE reaching a
file or a URL, "billion laughs" expansion). The sheet is then read with its declared dimensions ignored
(a wrong ``<dimension>`` would silently cut rows or pad every row to 16,384 columns), at most one column
more than the limit, skipping at no cost the rows openpyxl fills in for missing ones. Whatever openpyxl
raises on a damaged part becomes one worded :class:`~desktop.services.tabular.TabularError`.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.services.tabular import Limits, TabularError

MAX_PARTS = 10_000
PROLOG_BYTES = 65_536
_ELEMENT_START = re.compile(r"<[A-Za-z_:]")
_DAMAGED = ("this file is not a valid XLSX workbook, or it is damaged: open it in your spreadsheet and save it "
            "again as .xlsx")


def _not_xlsx(reason: str, message: str = _DAMAGED, **params: object) -> TabularError:
    return TabularError("not_xlsx", message, reason=reason, **params)


def _prolog(head: bytes) -> str:
    """The XML before the root element of a part, decoded for the look-up of a DTD."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")):
        text = head.decode("utf-16-le" if head[:1] in (b"\xff", b"<") else "utf-16-be", "replace")
    else:
        text = head.decode("utf-8", "replace")
    match = _ELEMENT_START.search(text)
    return text[: match.start()] if match else text


def check_archive(path: Path, limits: Limits) -> None:
    """Refuse a file that is not a sound, harmless zip of XML parts.

    Raises:
        TabularError: ``not_xlsx`` (with a ``reason``: ``zip``, ``parts``, ``dtd``) or ``too_big``.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise _not_xlsx("parts", parts=len(infos))
            unzipped = sum(info.file_size for info in infos)
            if unzipped > limits.max_xlsx_unzipped_bytes:
                raise TabularError("too_big", "the workbook is too big once unpacked", size=unzipped,
                                   limit=limits.max_xlsx_unzipped_bytes)
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(info) as part:
                    head = part.read(PROLOG_BYTES)
                prolog = _prolog(head)
                if len(head) == PROLOG_BYTES and len(prolog) >= len(head) // 2:  # no root element in sight
                    raise _not_xlsx("prolog", part=info.filename)
                if "<!doctype" in prolog.lower():
                    raise _not_xlsx("dtd", "this workbook holds XML declarations (a DTD) that Excel never writes "
                                    "and that can be used to attack the computer reading it: it is refused. Open "
                                    "it in your spreadsheet and save it again as .xlsx", part=info.filename)
    except TabularError:
        raise
    except MemoryError as exc:
        raise TabularError("too_big", "the workbook is too big once unpacked",
                           limit=limits.max_xlsx_unzipped_bytes) from exc
    except Exception as exc:  # BadZipFile, truncated data, CRC errors, unsupported compression...
        raise _not_xlsx("zip", detail=type(exc).__name__) from exc


@contextmanager
def xlsx_records(path: Path, limits: Limits) -> Iterator[Iterator[tuple[int, list[str]]]]:
    """The numbered rows (header = 1) of the first sheet as texts, the workbook open meanwhile.

    Raises:
        TabularError: see :func:`check_archive`; ``not_xlsx`` for a workbook openpyxl cannot read, at
            opening or while its rows are read.
    """
    import openpyxl  # local: the CSV path does not pay for it

    check_archive(path, limits)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except MemoryError as exc:
        raise TabularError("too_big", "the workbook is too big once unpacked",
                           limit=limits.max_xlsx_unzipped_bytes) from exc
    except Exception as exc:  # openpyxl raises whatever its parsers meet in a damaged part
        raise _not_xlsx("parse", detail=type(exc).__name__) from exc
    try:
        if not workbook.worksheets:
            raise _not_xlsx("no_sheet", "this workbook has no worksheet")
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        yield _rows(sheet, limits.max_columns + 1)
    finally:
        workbook.close()


def _rows(sheet: Any, width: int) -> Iterator[tuple[int, list[str]]]:
    rows = sheet.iter_rows(max_col=width, values_only=True)
    filler: object = None  # the one tuple openpyxl yields for every missing row
    number = 0
    while True:
        try:
            values = next(rows, None)
        except MemoryError as exc:
            raise TabularError("too_big", "the workbook is too big to be read") from exc
        except Exception as exc:
            raise _not_xlsx("parse", detail=type(exc).__name__, line=number + 1) from exc
        if values is None:
            return
        number += 1
        if values is filler:
            continue
        if all(v is None for v in values):
            filler = values
            continue
        yield number, [xlsx_cell_text(v) for v in values]


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

"""What the quote editor shows, as plain values: a quote read by :mod:`desktop.db.quote_editing`, its lines as
typed rows.

The database work itself (load, save, finalise, new version, catalogue) is in
:mod:`desktop.db.quote_editing`; the editor runs it through ``db_op`` and turns what comes back into an
:class:`EditorState` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core.quotes import Section
from desktop.gui.quotes.editor.lines import LineItem, items_from_sections

if TYPE_CHECKING:
    from desktop.core.quotes import QuoteLine
    from desktop.db.quote_editing import EditedQuote


@dataclass(frozen=True)
class EditorState:
    """A quote as the editor shows it."""

    quote_id: int
    status: str
    kind: str
    number: str
    client_name: str
    company_name: str
    issue_date: date | None
    header: dict[str, Any]
    items: list[LineItem] = field(default_factory=list)
    source_number: str = ""

    @property
    def editable(self) -> bool:
        return self.status == "draft"


def editor_state(quote: EditedQuote, lang: str) -> EditorState:
    """The editor's view of a quote read from the database (numbers as the user types them in ``lang``)."""
    return EditorState(
        quote_id=quote.quote_id, status=quote.status, kind=quote.kind, number=quote.number,
        client_name=quote.client_name, company_name=quote.company_name, issue_date=quote.issue_date,
        header=quote.header, items=items_from_sections(quote.sections, lang, quote.product_ids),
        source_number=quote.source_number)


def product_item(line: QuoteLine, product_id: int, lang: str) -> LineItem:
    """A new editor row filled from a catalogue product's line."""
    return replace(items_from_sections((Section("", (line,)),), lang)[0], product_id=product_id,
                   catalogue_price=line.unit_price)

"""A stored demo quote goes through document_for to a PDF that prints its number and TTC total."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pypdf
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.core.formatting import format_money
from desktop.core.quotes import display_number, document_totals
from desktop.db import quotes as repo
from desktop.db.quote_models import Quote
from desktop.services.demo import fill_demo
from desktop.services.pdf.quote_pdf import design_dir
from desktop.services.pdf.render import render_pdf
from desktop.services.pdf.templating import render_quote_html

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


def test_a_stored_demo_quote_renders_to_pdf(sqlite_engine: Engine) -> None:
    fill_demo(sqlite_engine, contacts=60, now=NOW)
    with Session(sqlite_engine) as s:
        quote = s.scalars(select(Quote).where(Quote.version == 2, Quote.status != "superseded")).first() or \
            s.scalars(select(Quote).where(Quote.status == "accepted", Quote.kind == "quote")).first()
        assert quote is not None
        document = repo.document_for(s, quote.id)
        stored_ttc = quote.total_ttc
    assert document_totals(document).total_ttc == stored_ttc
    html = render_quote_html(document, "classic", "fr")
    reader = pypdf.PdfReader(io.BytesIO(render_pdf(html, design_dir("classic"))))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages).replace("\u202f", " ")
                  .replace("\xa0", " "))
    assert display_number(document) and display_number(document) in text
    assert format_money(stored_ttc, "fr", plain_spaces=True) in text
    assert document.client.name in text

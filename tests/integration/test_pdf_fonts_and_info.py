"""A quote PDF read by poppler's own tools: every font embedded (PDF/A and invoices need it), and the document
information naming its seller, its subject, Relance and the language."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from desktop import __version__
from desktop.services.pdf.quote_pdf import asset_roots, design_dir
from desktop.services.pdf.render import render_pdf
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import render_quote_html


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        message = f"{name} (Debian's poppler-utils) is missing: make system-deps"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.mark.parametrize("design", ["classic", "modern"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_font_is_embedded_and_the_information_names_the_seller(design: str, lang: str,
                                                                     tmp_path: Path) -> None:
    document = sample_document(30)
    pdf = render_pdf(render_quote_html(document, design, lang), design_dir(design), asset_roots(document))
    path = tmp_path / "quote.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run([_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    # columns: name type... emb sub uni object generation; the "emb" column is the fourth from the end
    assert [row[0] for row in rows if row[-5] != "yes"] == [], fonts
    assert not any("Helvetica" in row[0] for row in rows), fonts
    info = subprocess.run([_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Author"].strip() == document.seller.legal_name
    assert fields["Creator"].strip() == f"Relance {__version__}"
    assert fields["Subject"].strip() == document.title
    assert fields["Title"].strip().startswith(document.title)
    assert pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == lang

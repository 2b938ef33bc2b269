"""The warm render worker: renders template and PDF, stops a render past its timeout, comes back for the next."""

from __future__ import annotations

from collections.abc import Iterator

import pypdf
import pytest

from desktop.services.pdf.quote_pdf import design_dir, render_quote_pdf
from desktop.services.pdf.render import PdfRenderError
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import TemplateRenderError
from desktop.services.pdf.worker import PdfRenderTimeout, PdfRenderWorker


@pytest.fixture(scope="module")
def worker() -> Iterator[PdfRenderWorker]:
    with PdfRenderWorker(design_dir("classic")) as w:
        w.start()
        yield w


def test_renders_a_quote(worker: PdfRenderWorker) -> None:
    import io

    pdf = render_quote_pdf(sample_document(5), worker, "modern", "en", timeout=60)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 1


def test_timeout_kills_the_render_and_the_worker_restarts(worker: PdfRenderWorker) -> None:
    from desktop.services.pdf.templating import render_quote_html

    worker.start()
    pid = worker.pid
    assert pid is not None
    html = render_quote_html(sample_document(40))
    with pytest.raises(PdfRenderTimeout, match="arrêté"):
        worker.render(html, design_dir("classic"), timeout=0.001)
    assert worker.pid is None
    pdf = render_quote_pdf(sample_document(2), worker, timeout=60)
    assert pdf.startswith(b"%PDF")
    assert worker.pid not in (None, pid)


def test_a_timeout_while_the_template_renders_blames_the_template(worker: PdfRenderWorker) -> None:
    worker.start()
    with pytest.raises(TemplateRenderError) as info:
        render_quote_pdf(sample_document(40), worker, timeout=0.001)
    assert getattr(info.value.message, "key", None) == "template_slow"
    assert "takes too long" in info.value.message
    assert render_quote_pdf(sample_document(2), worker, timeout=60).startswith(b"%PDF")


def test_render_errors_come_back_typed(worker: PdfRenderWorker) -> None:
    with pytest.raises(PdfRenderError):
        worker.render("<html><body>" + "<div>" * 400 + "x</body></html>", design_dir("classic"), timeout=60)
    assert worker.render("<p>ok</p>", design_dir("classic"), timeout=60).startswith(b"%PDF")


def test_a_broken_template_comes_back_from_the_worker_with_its_line(worker: PdfRenderWorker, tmp_path: object) -> None:
    from pathlib import Path

    root = Path(str(tmp_path))
    (root / "broken").mkdir()
    (root / "broken" / "quote.html").write_text("<p>\n{{ doc.number }\n</p>", encoding="utf-8")
    with pytest.raises(TemplateRenderError) as info:
        render_quote_pdf(sample_document(2), worker, "broken", root=root, timeout=60)
    assert info.value.line == 2

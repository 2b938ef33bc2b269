"""The online quote shows its pages as images rendered from the registered PDF (a phone has no PDF viewer in a
page); an unreadable PDF falls back to the embedded one; nothing but a page of a registered quote is served."""

from __future__ import annotations

import base64
import hashlib
import io

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.tracker.conftest import Tracker, new_token, register, registration
from tracker.pages import WIDTH_PX

pytestmark = pytest.mark.anyio


def _two_pages() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for n in (1, 2):
        pdf.setFont("Helvetica", 28)
        pdf.drawString(80, 700, f"Devis D-2026-0042 page {n}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


async def test_the_quote_page_shows_each_page_as_an_image_and_keeps_the_pdf(tracker: Tracker) -> None:
    token, pdf = new_token(), _two_pages()
    body = registration(token)
    body["quote"]["pdf_base64"] = base64.b64encode(pdf).decode()
    async with tracker.client() as c:
        await register(tracker, c, body)
        page = await c.get(f"/q/{token}")
        first = await c.get(f"/q/{token}/page/1.webp")
        second = await c.get(f"/q/{token}/page/2.webp")
        missing = [await c.get(f"/q/{token}/page/{n}.webp") for n in ("3", "0", "x", "99999999999")]
        other = await c.get(f"/q/{new_token()}/page/1.webp")
    assert page.status_code == 200
    assert f'src="/q/{token}/page/1.webp"' in page.text and f'src="/q/{token}/page/2.webp"' in page.text
    assert 'alt="Page 2 du devis"' in page.text and "<object" not in page.text
    assert f"/q/{token}/document.pdf?download=1" in page.text  # the PDF stays one tap away
    for response in (first, second):
        assert response.status_code == 200 and response.headers["content-type"] == "image/webp"
        image = Image.open(io.BytesIO(response.content))
        assert image.format == "WEBP" and image.width == WIDTH_PX and image.height > image.width  # portrait
        assert min(image.convert("L").getextrema()) < 100  # ink: the page's text, not a blank picture
    assert first.content != second.content
    assert [r.status_code for r in missing] == [404, 404, 404, 404] and other.status_code == 404
    assert hashlib.sha256(pdf).hexdigest() in page.text  # the acceptance still binds the PDF itself


async def test_an_unreadable_pdf_falls_back_to_the_embedded_document(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))  # the suite's minimal PDF has no page pdfium can draw
        page = await c.get(f"/q/{token}")
        image = await c.get(f"/q/{token}/page/1.webp")
    assert f'data="/q/{token}/document.pdf"' in page.text and image.status_code == 404

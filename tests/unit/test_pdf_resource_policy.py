"""The hostile corpus: nothing is fetched from the network, nothing read outside the allowed folders."""

from __future__ import annotations

import io
import struct
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from desktop.services.pdf.policy import sanitize_html
from desktop.services.pdf.render import render_pdf

_opened: list[str] = []
_watching = threading.Event()


def _audit(event: str, args: tuple[object, ...]) -> None:
    if _watching.is_set() and event == "open" and args and isinstance(args[0], str | bytes):
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


class _Counter(BaseHTTPRequestHandler):
    hits: list[str] = []  # noqa: RUF012 - reset by the fixture for each test

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[int, list[str]]]:
    _Counter.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1], _Counter.hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def _png(path: Path, size: int) -> Path:
    Image.new("RGB", (size, size), (200, 0, 0)).save(path)
    return path


def _bomb_png(path: Path, side: int) -> Path:
    """A tiny PNG whose header declares side x side pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def _image_sizes(pdf: bytes) -> list[tuple[int, int]]:
    sizes = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {})
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def test_hostile_corpus_fetches_nothing(tmp_path: Path, server: tuple[int, list[str]]) -> None:
    port, hits = server
    design = tmp_path / "templates" / "evil"
    design.mkdir(parents=True)
    outside = tmp_path / "secret"
    outside.mkdir()
    secret_png = _png(outside / "secret.png", 97)
    secret_css = outside / "secret.css"
    secret_css.write_text("body { color: red; }", encoding="utf-8")
    secret_font = outside / "secret.ttf"
    secret_font.write_bytes(Path("/work/main/resources/fonts/dejavu/DejaVuSans.ttf").read_bytes())
    _png(design / "ok.png", 31)
    url = f"http://127.0.0.1:{port}"
    html = f"""<html><head>
<link rel="stylesheet" href="{url}/link.css">
<link rel="stylesheet" href="{secret_css}">
<style>
@import url("{url}/import.css");
@import "../../secret/secret.css";
@import url("file://{secret_css}");
@font-face {{ font-family: evil; src: url("{url}/font.ttf"); }}
@font-face {{ font-family: evil2; src: url("{secret_font}"); }}
@font-face {{ font-family: evil3; src: url("file://{secret_font}"); }}
body {{ background-image: url("{url}/bg.png"); }}
</style></head><body>
<p style="font-family: evil">remote font</p>
<img src="{url}/img.png"><img src="https://127.0.0.1:{port}/tls.png"><img src="//127.0.0.1:{port}/proto.png">
<img src="{secret_png}"><img src="file://{secret_png}"><img src="file:///etc/passwd">
<img src="../../secret/secret.png"><img src="/etc/passwd"><img src="%2e%2e/%2e%2e/secret/secret.png">
<img src="ftp://127.0.0.1:{port}/x.png"><img src="data:text/html;base64,PGgxPng8L2gxPg==">
<div style="background-image: url('{url}/div.png')">x</div>
<pdf:barcode value="x" type="code128"></pdf:barcode>
<img src="ok.png">
</body></html>"""
    _opened.clear()
    _watching.set()
    try:
        pdf = render_pdf(html, design)
    finally:
        _watching.clear()
    assert pdf.startswith(b"%PDF")
    assert hits == []
    assert not [p for p in _opened if "secret" in p or p == "/etc/passwd"]
    sizes = _image_sizes(pdf)
    assert (97, 97) not in sizes
    assert (31, 31) in sizes  # the allowed image is there: the test can tell an image from none


def test_huge_image_is_refused_quickly(tmp_path: Path) -> None:
    _bomb_png(tmp_path / "bomb.png", 60_000)
    start = time.monotonic()
    pdf = render_pdf('<html><body><p>x</p><img src="bomb.png"></body></html>', tmp_path)
    assert time.monotonic() - start < 10
    assert all(w < 60_000 for w, _ in _image_sizes(pdf))


REDOS_COLOURS = [
    "rgb(" + "1" * 30_000,
    "rgb(" * 5_000,
    "rgb(1," + "1" * 20_000 + ",1",
    "a" * 30_000 + "rgb(1,1,1",
    "#" + "0" * 50_000,
    "cmyk(" + "1," * 10_000,
]


@pytest.mark.parametrize("colour", REDOS_COLOURS, ids=range(len(REDOS_COLOURS)))
def test_redos_colour_strings_render_quickly(tmp_path: Path, colour: str) -> None:
    html = (f'<html><head><style>p {{ color: {colour}; }}</style></head><body>'
            f'<p style="color: {colour}; background-color: {colour}; border: 1px solid {colour}">x</p>'
            f'<font color="{colour}">y</font><table><tr><td bgcolor="{colour}">z</td></tr></table></body></html>')
    start = time.monotonic()
    pdf = render_pdf(html, tmp_path)
    assert pdf.startswith(b"%PDF")
    assert time.monotonic() - start < 5


def test_sanitizer_keeps_data_uris_and_ordinary_text() -> None:
    data = "data:image/png;base64," + "A" * 2000
    html = f'<img src="{data}"><p>Désignation 1 234,56 €</p><style>@import "x.css"; p {{ color: red; }}</style>'
    clean = sanitize_html(html)
    assert data in clean
    assert "Désignation 1 234,56 €" in clean
    assert "@import" not in clean and "color: red" in clean

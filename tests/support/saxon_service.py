"""A Saxon XSLT service on loopback, the one the ``factur-x`` library posts its Schematron checks to.

The library sends ``POST /transform`` with two form files, ``xml`` (the invoice) and ``xsl`` (the compiled
Schematron, XSLT 2), and reads back the SVRL report. Saxon-HE comes from PyPI (``saxonche``); compiled
stylesheets are kept by their text's hash, so each Schematron compiles once per test session. Every Saxon call
runs on the server's one thread.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest


class _Handler(BaseHTTPRequestHandler):
    server: _SaxonServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        if self.path != "/transform":
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + body)
        files = {part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
                 for part in message.iter_parts()}
        try:
            report = self.server.transform(files["xml"], files["xsl"])
        except Exception as exc:  # the library reads a non-200 as a technical failure
            self.send_error(500, str(exc)[:200])
            return
        data = report.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _SaxonServer(HTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._processor: Any = None
        self._compiled: dict[str, Any] = {}

    def transform(self, xml: bytes, xsl: bytes) -> str:
        from saxonche import PySaxonProcessor

        if self._processor is None:
            self._processor = PySaxonProcessor(license=False)
        key = hashlib.sha256(xsl).hexdigest()
        executable = self._compiled.get(key)
        if executable is None:
            compiler = self._processor.new_xslt30_processor()
            executable = self._compiled[key] = compiler.compile_stylesheet(stylesheet_text=xsl.decode("utf-8"))
        document = self._processor.parse_xml(xml_text=xml.decode("utf-8"))
        return str(executable.transform_to_string(xdm_node=document))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/transform"


@pytest.fixture(scope="session")
def saxon_url() -> Iterator[str]:
    """The URL of a Saxon service on loopback (skipped without ``saxonche``, failed in CI)."""
    import os

    try:
        import saxonche  # noqa: F401
    except ImportError:
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail("saxonche is missing: pip install -e '.[dev]'")
        pytest.skip("saxonche is missing")
    server = _SaxonServer()
    thread = threading.Thread(target=server.serve_forever, name="saxon-service", daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)

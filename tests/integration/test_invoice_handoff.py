"""Handing invoices to a plateforme agréée: the export folder, and the HTTP adapter against a stand-in platform
on loopback that checks what it receives as a platform would (the bearer token, the manifest's checksum and
figures, and the ``factur-x`` library's own reading and XSD check of the XML inside the PDF)."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import facturx
import pytest
from sqlalchemy.orm import Session, sessionmaker

from desktop.db import invoices as repo
from desktop.services.invoicing import workflow as wf
from desktop.services.invoicing.cii import RAM, RSM
from desktop.services.invoicing.facturx import FacturX, facturx_pdf
from desktop.services.invoicing.handoff import (
    FolderChannel,
    HandoffError,
    HttpChannel,
    hand_off,
    manifest,
    record_handoff,
)
from desktop.services.invoicing.printing import render_invoice_pdf
from desktop.services.invoicing.sample import sample_invoice, sample_quote
from tests.db.test_invoices import NOW, OPTIONS, make_order

TOKEN = "pa-test-token-7f3a"


class _Platform(BaseHTTPRequestHandler):
    server: _PlatformServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if self.path != "/v1/invoices":
            self._answer(404, {"error": "not found"})
            return
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self._answer(401, {"error": "unauthorised"})
            return
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {self.headers['Content-Type']}\r\n\r\n"
                                                      .encode() + body)
        parts = {p.get_param("name", header="content-disposition"): p.get_payload(decode=True)
                 for p in message.iter_parts()}
        pdf, meta = parts.get("file"), json.loads(parts.get("manifest") or b"{}")
        if not pdf or meta.get("file", {}).get("sha256") != hashlib.sha256(pdf).hexdigest():
            self._answer(422, {"error": "le fichier ne correspond pas au manifeste"})
            return
        try:
            filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)  # the library's own check
        except Exception as exc:
            self._answer(422, {"error": f"Factur-X invalide : {exc}"[:200]})
            return
        if filename != "factur-x.xml" or not xml:
            self._answer(422, {"error": "aucune facture Factur-X dans le PDF"})
            return
        root = ET.fromstring(xml)
        number = root.findtext(f"{{{RSM}}}ExchangedDocument/{{{RAM}}}ID")
        total = root.findtext(f".//{{{RAM}}}GrandTotalAmount")
        if number != meta["invoice"]["number"] or total != meta["invoice"]["total_ttc"]:
            self._answer(422, {"error": "le manifeste ne correspond pas à la facture"})
            return
        self.server.received.append((meta, xml))
        self._answer(201, {"id": f"PA-{len(self.server.received):05d}", "status": "deposited"})


class _PlatformServer(HTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Platform)
        self.received: list[tuple[dict[str, Any], bytes]] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


@pytest.fixture
def platform() -> Iterator[_PlatformServer]:
    server = _PlatformServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def invoice() -> tuple[Any, FacturX]:
    document = sample_invoice(sample_quote(6))
    return document, facturx_pdf(document)


def test_the_platform_receives_a_valid_factur_x_with_its_manifest(platform: _PlatformServer,
                                                                  invoice: tuple[Any, FacturX]) -> None:
    document, fx = invoice
    channel = HttpChannel(platform.base_url, lambda: TOKEN)
    submission = hand_off(document, fx, channel, NOW)
    assert (submission.channel, submission.reference, submission.status) == ("api", "PA-00001", "deposited")
    [(meta, xml)] = platform.received
    assert xml == fx.xml
    assert meta["invoice"]["number"] == "F-2026-0007" and meta["invoice"]["type_code"] == "380"
    assert meta["buyer"]["siren"] == "443061841" and meta["invoice"]["billing_mode"] == "M1"


def test_the_platform_refusals_are_said_plainly(platform: _PlatformServer, invoice: tuple[Any, FacturX]) -> None:
    document, fx = invoice
    with pytest.raises(HandoffError, match="refuse l'accès"):
        hand_off(document, fx, HttpChannel(platform.base_url, lambda: "wrong"), NOW)
    plain = FacturX(render_invoice_pdf(document), fx.xml, fx.profile)  # a PDF without its XML
    with pytest.raises(HandoffError, match=r"refusé la facture \(422\).*Factur-X"):
        hand_off(document, plain, HttpChannel(platform.base_url, lambda: TOKEN), NOW)
    with pytest.raises(HandoffError, match="ne répond pas"):
        hand_off(document, fx, HttpChannel("http://127.0.0.1:9/v1", lambda: TOKEN, timeout=2), NOW)
    assert platform.received == []


def test_the_export_folder_holds_one_pdf_and_one_manifest_per_invoice(tmp_path: Path,
                                                                      invoice: tuple[Any, FacturX]) -> None:
    document, fx = invoice
    submission = hand_off(document, fx, FolderChannel(tmp_path / "depot"), NOW)
    assert sorted(p.name for p in (tmp_path / "depot").iterdir()) == ["Facture F-2026-0007.json",
                                                                     "Facture F-2026-0007.pdf"]
    pdf = (tmp_path / "depot" / "Facture F-2026-0007.pdf").read_bytes()
    meta = json.loads((tmp_path / "depot" / "Facture F-2026-0007.json").read_text(encoding="utf-8"))
    assert meta == manifest(document, fx, NOW) and meta["file"]["sha256"] == hashlib.sha256(pdf).hexdigest()
    assert facturx.get_xml_from_pdf(pdf, check_xsd=True)[1] == fx.xml
    assert submission.status == "exported" and submission.reference.endswith(".pdf")


def test_a_handoff_is_recorded_on_the_frozen_invoice(sessions: sessionmaker[Session],
                                                     platform: _PlatformServer) -> None:
    with sessions.begin() as s:
        order_id = make_order(s)
        deposit = wf.create_deposit(s, order_id, NOW, OPTIONS, percent=Decimal("30"))
        wf.issue(s, deposit.id, NOW)
        document = wf.document_of(s, deposit.id)
        submission = hand_off(document, facturx_pdf(document), HttpChannel(platform.base_url, lambda: TOKEN), NOW)
        record_handoff(s, deposit.id, submission, datetime(2026, 9, 14, 10, 0, tzinfo=UTC))
        deposit_id = deposit.id
    with sessions() as s:
        stored = repo.get_invoice(s, deposit_id)
        assert (stored.handoff_channel, stored.handoff_ref) == ("api", "PA-00001")
        assert stored.handed_off_at == datetime(2026, 9, 14, 10, 0, tzinfo=UTC)
    [(meta, _xml)] = platform.received
    assert meta["invoice"]["type_code"] == "386" and meta["invoice"]["number"] == "F-2026-0001"

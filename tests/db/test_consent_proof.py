"""The proof of consent, for one contact or all, on SQLite and PostgreSQL: a CSV for French Excel (cells
neutralised against formulas), an XLSX, and a PDF through the project's xhtml2pdf pipeline (read back with
pypdf), user text escaped, never fetched."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pypdf
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.consent import ConsentAnswer, ConsentMethod, ConsentState
from desktop.db.consent import record_answer, record_by_salesperson
from desktop.db.models import Contact, SellerIdentity, User
from desktop.services.consent_proof import COLUMNS, export_proof_pdf, export_proof_table, proof_pdf

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
QUESTION = "Souhaitez-vous que nous soyons prévenus quand vous consultez nos messages ? [Oui, prévenez-vous]"


def _world(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with sessions.begin() as s:
        s.add(SellerIdentity(legal_name="Atelier Lumière"))
        user = User(name="Claire Martin")
        marie = Contact(first_name="Marie", last_name="Durand", email="marie@client.example", created_at=NOW)
        paul = Contact(first_name="Paul", last_name="Aubert", email="paul@client.example", created_at=NOW)
        s.add_all([user, marie, paul])
        s.flush()
        record_answer(s, marie.id, ConsentAnswer(ConsentState.GIVEN, ConsentMethod.ONLINE_FORM, NOW, text=QUESTION,
                                                 source="203.0.113.0/24"), now=NOW, event_id="ev1", token="tok")
        record_by_salesperson(s, paul.id, yes=True, note='=HYPERLINK("http://evil.example") <img src="file:///etc/passwd">',
                              now=NOW, user_id=user.id, channel="téléphone")
        record_by_salesperson(s, paul.id, yes=False, note="", now=NOW.replace(hour=11), user_id=user.id)
        return marie.id, paul.id


def test_the_table_lists_every_record_by_contact_and_neutralises_formulas(
        sessions: sessionmaker[Session], tmp_path: Path) -> None:
    marie, _paul = _world(sessions)
    path = tmp_path / "preuves.csv"
    with sessions() as s:
        assert export_proof_table(s, path) == 3
        assert export_proof_table(s, tmp_path / "marie.xlsx", [marie]) == 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert tuple(rows[0]) == COLUMNS
    assert [(r[0], r[3], r[4], r[6]) for r in rows[1:]] == [
        ("Paul Aubert", "Retrait", "Consentement donné", "Noté par un commercial"),
        ("Paul Aubert", "Retrait", "Retrait", "Noté par un commercial"),
        ("Marie Durand", "Consentement donné", "Consentement donné", "Formulaire en ligne (question du devis)")]
    assert rows[3][7] == QUESTION and rows[3][8] == "203.0.113.0/24" and rows[3][5] == "03/12/2026 10:00:00"
    assert rows[1][9].startswith("'=HYPERLINK")  # a spreadsheet shows it as text
    assert rows[1][10] == "Claire Martin" and rows[1][8] == "téléphone"


def test_the_pdf_of_one_contact_or_all_reads_back(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    marie, _paul = _world(sessions)
    with sessions() as s:
        everyone = proof_pdf(s, now=NOW)
        size = export_proof_pdf(s, tmp_path / "marie.pdf", [marie], now=NOW)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(everyone)).pages)
    for words in ("Preuves du consentement au suivi des e-mails", "Atelier Lumière", "Tous les contacts",
                  "Marie Durand", "Paul Aubert", "203.0.113.0/24", "Noté par un commercial", "Claire Martin",
                  '<img src="file:///etc/passwd">', "Retrait", "établi le 03/12/2026 10:00:00"):
        assert words in text, words
    one = (tmp_path / "marie.pdf").read_bytes()
    assert size == len(one) and one.startswith(b"%PDF")
    single = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(one)).pages)
    assert "Marie Durand" in single and "Paul Aubert" not in single


def test_the_pdf_goes_through_the_given_renderer(sessions: sessionmaker[Session]) -> None:
    _world(sessions)
    seen: list[tuple[str, Path]] = []

    def render(html: str, base_dir: Path) -> bytes:
        seen.append((html, base_dir))
        return b"%PDF-stub"

    with sessions() as s:
        assert proof_pdf(s, now=NOW, render=render) == b"%PDF-stub"
    [(html, base_dir)] = seen
    assert base_dir.name == "consent" and "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html

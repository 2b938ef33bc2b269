"""Online signature with a one-time code, against the real tracker over HTTP (uvicorn on loopback) and the real
aiosmtpd: the code goes to the address the quote was sent to, signs once, and every guard holds (wrong, expired,
locked, replayed, superseded, tampered, double-submitted); the feed publishes the evidence record."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from tests.support.servers import Received, ScriptedHandler, SmtpServer, free_port
from tests.tracker.conftest import PDF, PDF_SHA, FakeClock, make_config, new_token, registration
from tracker.config import SigningPolicy, SmtpOutgoing
from tracker.embedded import EmbeddedTracker, start_in_thread
from tracker.evidence import FIELDS, record_hash, verify_chain
from tracker.schema import signatures, signing_codes
from tracker.storage import open_engine

SIGNER = "marie.durand@client.example"
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@dataclasses.dataclass
class Signing:
    """A running tracker with a mail server, and an HTTP client of it."""

    handle: EmbeddedTracker
    http: httpx.Client
    smtp: SmtpServer
    clock: FakeClock
    database: Path

    def chain_head(self, quote_number: str) -> str:
        """The hash the next signature of ``quote_number`` must link to (zeros before the first)."""
        engine = open_engine(f"sqlite:///{self.database}")
        try:
            with engine.connect() as conn:
                last = conn.execute(select(signatures.c.record_hash).where(signatures.c.quote_number == quote_number)
                                    .order_by(signatures.c.seq.desc()).limit(1)).scalar()
        finally:
            engine.dispose()
        return str(last) if last else "0" * 64

    def rows(self, table: Any) -> list[Any]:
        engine = open_engine(f"sqlite:///{self.database}")
        try:
            with engine.connect() as conn:
                query = select(table).where(table.c.token.in_(self.tokens)).order_by(*table.primary_key)
                return list(conn.execute(query))
        finally:
            engine.dispose()

    @property
    def tokens(self) -> list[str]:
        return self._tokens

    def __post_init__(self) -> None:
        self._tokens: list[str] = []
        self._mails = len(self.smtp.handler.received)

    @property
    def mails(self) -> list[Received]:
        """The messages the mail server received during this test."""
        return self.smtp.handler.received[self._mails:]

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.handle.api_key}"}

    def register(self, token: str, **quote: Any) -> None:
        self._tokens.append(token)
        body = registration(token)
        body["quote"].update({"signer_email": SIGNER, **quote})
        assert self.http.post("/api/v1/messages", json=body, headers=self.auth).status_code == 201

    def form(self, token: str) -> dict[str, str]:
        page = self.http.get(f"/q/{token}")
        return dict(re.findall(r'name="(form_token|pdf_sha256)" value="([^"]+)"', page.text))

    def ask_code(self, token: str, name: str = "Marie Durand", fields: dict[str, str] | None = None,
                 **extra: str) -> httpx.Response:
        fields = fields or self.form(token)
        return self.http.post(f"/q/{token}/sign/code", data={**fields, "full_name": name, "statement": "yes",
                                                              **extra})

    def last_code(self) -> str:
        body = self.mails[-1].message.get_body(("plain",))
        assert body is not None
        found = re.search(r"^\s+(\d{6})\s*$", body.get_content(), re.MULTILINE)
        assert found is not None
        return found.group(1)

    def sign(self, token: str, step: httpx.Response, code: str, **extra: str) -> httpx.Response:
        fields = dict(re.findall(r'name="(form_token|challenge)" value="([^"]+)"', step.text))
        return self.http.post(f"/q/{token}/sign", data={**fields, "code": code, **extra})

    def feed(self) -> list[dict[str, Any]]:
        response = self.http.get("/api/v1/events", params={"after": "0", "limit": 1000}, headers=self.auth)
        return [e for e in response.json()["events"] if e["token"] in self._tokens]


def start(folder: Path, smtp: SmtpServer, clock: FakeClock, **overrides: Any) -> EmbeddedTracker:
    outgoing = SmtpOutgoing(host=smtp.host, port=smtp.port, sender="signature@vendeur.example", security="none",
                            timeout=5.0)
    config = make_config(folder, clock, smtp=outgoing, **overrides)
    return start_in_thread(config.database_url, config=config)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedTracker, SmtpServer, FakeClock, Path]]:
    """One tracker and one mail server for the module (each test uses its own quote links); the clock only moves
    forward, by minutes, within the quotes' validity."""
    folder = tmp_path_factory.mktemp("signing")
    handler = ScriptedHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    smtp = SmtpServer(handler, "127.0.0.1", controller.port)
    clock = FakeClock(datetime(2025, 3, 10, 9, 0, tzinfo=UTC))
    handle = start(folder, smtp, clock, signing=SigningPolicy(codes_per_ip=10_000))
    try:
        yield handle, smtp, clock, folder / "tracker.db"
    finally:
        handle.stop()
        controller.stop()


@pytest.fixture
def signing(served: tuple[EmbeddedTracker, SmtpServer, FakeClock, Path]) -> Iterator[Signing]:
    handle, smtp, clock, database = served
    with httpx.Client(base_url=handle.url, timeout=10, headers={"User-Agent": FIREFOX}) as http:
        yield Signing(handle, http, smtp, clock, database)


def test_a_code_sent_to_the_quotes_address_signs_the_exact_pdf_and_the_feed_carries_the_evidence(
        signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    page = signing.http.get(f"/q/{token}")
    assert "Signer le devis" in page.text and "m\u2022\u2022\u2022@client.example" in page.text
    assert f'action="/q/{token}/accept"' not in page.text  # a click would skip the code
    step = signing.ask_code(token)
    assert step.status_code == 200 and 'autocomplete="one-time-code"' in step.text
    [mail] = signing.mails
    assert mail.rcpt_tos == [SIGNER] and mail.message["From"] == "signature@vendeur.example"
    code = signing.last_code()
    assert code not in str([tuple(r) for r in signing.rows(signing_codes)])  # only its HMAC is kept
    signing.clock.advance(seconds=42)
    head = signing.chain_head("D-2025-0042")  # other tests of the module sign the same quote number

    done = signing.sign(token, step, code)

    assert done.status_code == 200 and "Devis signé" in done.text and PDF_SHA in done.text
    events = signing.feed()
    kinds = [e["kind"] for e in events]
    assert kinds.index("signed") < kinds.index("accept") and kinds.count("signed") == 1
    signed = next(e for e in events if e["kind"] == "signed")
    evidence = signed["evidence"]
    assert sorted(evidence) == sorted(FIELDS)
    assert evidence["pdf_sha256"] == hashlib.sha256(PDF).hexdigest() == PDF_SHA
    assert (evidence["quote_number"], evidence["version"], evidence["signer_name"], evidence["signer_email"]) == (
        "D-2025-0042", 1, "Marie Durand", SIGNER)
    assert evidence["statement"].startswith("Bon pour accord : j'accepte le devis D-2025-0042 (version 1)")
    issued, checked = (datetime.fromisoformat(evidence[k].replace("Z", "+00:00"))
                       for k in ("code_issued_at", "code_checked_at"))
    assert (checked - issued).total_seconds() == 42 and evidence["signed_at"] == evidence["code_checked_at"]
    assert evidence["code_checked_at"] == signing.clock.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert evidence["ip"] == "127.0.0.1" and evidence["user_agent"] == FIREFOX
    assert evidence["prev_hash"] == head and record_hash(token, evidence) == evidence["record_hash"]
    accept = next(e for e in events if e["kind"] == "accept")
    assert (accept["full_name"], accept["pdf_sha256"], accept["verdict"]) == ("Marie Durand", PDF_SHA, "human")
    again = signing.http.get(f"/q/{token}")
    assert "signé par Marie Durand" in again.text and "/sign/code" not in again.text


def test_a_wrong_code_counts_a_try_then_the_right_one_signs(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    step = signing.ask_code(token)
    code = signing.last_code()
    wrong = signing.sign(token, step, f"{(int(code) + 1) % 1_000_000:06d}")
    assert wrong.status_code == 422 and "Essais restants : 4" in wrong.text and 'aria-invalid="true"' in wrong.text
    assert signing.sign(token, wrong, code).status_code == 200


def test_an_expired_code_signs_nothing(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    step = signing.ask_code(token)
    signing.clock.advance(minutes=10, seconds=1)
    refused = signing.sign(token, step, signing.last_code())
    assert refused.status_code == 410 and "expiré" in refused.text
    assert "signed" not in [e["kind"] for e in signing.feed()]


def test_five_wrong_codes_lock_the_code(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    step = signing.ask_code(token)
    code = signing.last_code()
    answers = [signing.sign(token, step, f"{(int(code) + n) % 1_000_000:06d}").status_code for n in range(1, 6)]
    assert answers == [422, 422, 422, 422, 429]
    locked = signing.sign(token, step, code)
    assert locked.status_code == 429 and "bloqué" in locked.text
    assert "signed" not in [e["kind"] for e in signing.feed()]


def test_a_used_code_replayed_signs_nothing_more(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    form = signing.form(token)
    step = signing.ask_code(token, fields=form)
    code = signing.last_code()
    assert signing.sign(token, step, code).status_code == 200
    replay = signing.sign(token, step, code)
    assert replay.status_code == 409 and "Devis déjà signé" in replay.text
    assert len(signing.rows(signatures)) == 1
    assert [e["kind"] for e in signing.feed()].count("signed") == 1
    assert signing.ask_code(token, fields=form).status_code == 409  # the old form sends no new code
    assert len(signing.mails) == 1


def test_a_double_submission_signs_once(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    step = signing.ask_code(token)
    code = signing.last_code()
    barrier = threading.Barrier(2)
    statuses: list[int] = []

    def submit() -> None:
        barrier.wait()
        statuses.append(signing.sign(token, step, code).status_code)

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted(statuses) == [200, 409]
    assert len(signing.rows(signatures)) == 1
    kinds = [e["kind"] for e in signing.feed()]
    assert kinds.count("signed") == 1 and kinds.count("accept") == 1


def test_a_superseded_version_refuses_signing(signing: Signing) -> None:
    token, newer = new_token(), new_token()
    signing.register(token)
    form = signing.form(token)
    step = signing.ask_code(token, fields=form)
    response = signing.http.post(f"/api/v1/messages/{token}/supersede", json={"superseded_by": newer},
                                 headers=signing.auth)
    assert response.status_code == 200
    refused = signing.sign(token, step, signing.last_code())
    assert refused.status_code == 409 and "plus récente" in refused.text
    assert signing.ask_code(token, fields=form).status_code == 409
    assert "signed" not in [e["kind"] for e in signing.feed()]


def test_tampered_tokens_are_refused(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    step = signing.ask_code(token)
    code = signing.last_code()
    fields = dict(re.findall(r'name="(form_token|challenge)" value="([^"]+)"', step.text))
    flipped = fields["form_token"][:-1] + ("0" if fields["form_token"][-1] != "0" else "1")
    assert signing.http.post(f"/q/{token}/sign", data={**fields, "form_token": flipped, "code": code}).status_code \
        == 403
    other = "f" * 32 if fields["challenge"] != "f" * 32 else "e" * 32
    assert signing.http.post(f"/q/{token}/sign", data={**fields, "challenge": other, "code": code}).status_code \
        == 403  # the form token is bound to its code's id
    wrong_link = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert signing.http.post(f"/q/{wrong_link}/sign", data={**fields, "code": code}).status_code == 404
    page = signing.http.get(f"/q/{token}")
    form = dict(re.findall(r'name="(form_token|pdf_sha256)" value="([^"]+)"', page.text))
    assert signing.http.post(f"/q/{token}/sign/code", data={**form, "form_token": "1.00", "full_name": "X",
                                                            "statement": "yes"}).status_code == 403
    assert signing.http.post(f"/q/{token}/sign/code", data={**form, "full_name": "X"}).status_code == 422
    assert signing.http.post(f"/q/{token}/sign", data={**fields, "code": code},
                             headers={"Origin": "http://evil.example"}).status_code == 403
    assert signing.sign(token, step, code).status_code == 200  # the untampered form still signs


def test_code_requests_are_limited_per_link(signing: Signing) -> None:
    token = new_token()
    signing.register(token)
    answers = [signing.ask_code(token).status_code for _ in range(4)]
    assert answers == [200, 200, 200, 429] and len(signing.mails) == 3
    signing.clock.advance(seconds=121)
    assert signing.ask_code(token).status_code == 200


def test_code_requests_are_limited_per_address(tmp_path: Path, smtp_server: SmtpServer, clock: FakeClock) -> None:
    handle = start(tmp_path, smtp_server, clock, signing=SigningPolicy(codes_per_ip=2))
    try:
        with httpx.Client(base_url=handle.url, timeout=10) as http:
            signing = Signing(handle, http, smtp_server, clock, tmp_path / "tracker.db")
            tokens = [new_token() for _ in range(3)]
            for token in tokens:
                signing.register(token)
            assert [signing.ask_code(t).status_code for t in tokens] == [200, 200, 429]
    finally:
        handle.stop()


def test_without_a_mail_server_or_an_address_the_quote_is_accepted_with_a_click(signing: Signing) -> None:
    token = new_token()
    body = registration(token)  # no signer_email: registered by an older desktop
    assert signing.http.post("/api/v1/messages", json=body, headers=signing.auth).status_code == 201
    page = signing.http.get(f"/q/{token}")
    assert f'action="/q/{token}/accept"' in page.text and "/sign/code" not in page.text


def test_a_consumer_is_shown_the_withdrawal_right_and_its_model_form(signing: Signing) -> None:
    consumer, business = new_token(), new_token()
    signing.register(consumer, consumer=True, seller_contact="Vendeur SARL, 12 rue des Lilas, 69003 Lyon")
    signing.register(business)
    page = signing.http.get(f"/q/{consumer}").text
    english = signing.http.get(f"/q/{consumer}", headers={"Accept-Language": "en"}).text
    for text in ("Droit de rétractation (14 jours)", "L221-18", "annexe à l'article R221-1",
                 "À l'attention de Vendeur SARL, 12 rue des Lilas, 69003 Lyon :",
                 "Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation",
                 "(*) Rayez la mention inutile."):
        assert text.replace("'", "&#39;") in page, text
    assert "Model withdrawal form" in english and "I/We (*) hereby give notice" in english
    assert "rétractation" not in signing.http.get(f"/q/{business}").text


def test_an_unsendable_code_says_so(tmp_path: Path, clock: FakeClock) -> None:
    dead = SmtpServer(ScriptedHandler(), host="127.0.0.1", port=9)  # nothing listens: the connection is refused
    handle = start(tmp_path, dead, clock)
    try:
        with httpx.Client(base_url=handle.url, timeout=10) as http:
            signing = Signing(handle, http, dead, clock, tmp_path / "tracker.db")
            token = new_token()
            signing.register(token)
            refused = signing.ask_code(token)
            assert refused.status_code == 503 and "n'a pas pu être envoyé".replace("'", "&#39;") in refused.text
    finally:
        handle.stop()


def test_the_chain_of_the_signatures_holds(signing: Signing) -> None:
    for _ in range(2):  # the same quote sent to two people: their records follow each other on its chain
        token = new_token()
        signing.register(token, **{"number": "D-2025-0077"})
        step = signing.ask_code(token)
        assert signing.sign(token, step, signing.last_code()).status_code == 200
    first, second = signing.rows(signatures)
    assert first.prev_hash == "0" * 64 and second.prev_hash == first.record_hash
    engine = open_engine(f"sqlite:///{signing.database}")
    try:
        with engine.connect() as conn:
            assert verify_chain(conn) == []
    finally:
        engine.dispose()

"""The online quote page, the acceptance ("Bon pour accord") and the unsubscribe pages."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest

from tests.tracker.conftest import PDF, PDF_SHA, Tracker, feed, new_token, register, registration
from tracker.texts import format_moment

pytestmark = pytest.mark.anyio
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def form_fields(html: str) -> dict[str, str]:
    return dict(re.findall(r'name="(form_token|pdf_sha256)" value="([^"]+)"', html))


async def accept(client: httpx.AsyncClient, token: str, name: str = "Marie Curie", **extra: str) -> httpx.Response:
    page = await client.get(f"/q/{token}")
    data = {**form_fields(page.text), "full_name": name, "accept": "yes", **extra}
    return await client.post(f"/q/{token}/accept", data=data)


async def test_quote_page_shows_number_version_amount_validity_and_pdf(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, registration(token))
        page = await c.get(f"/q/{token}")
        pdf = await c.get(f"/q/{token}/document.pdf")
        download = await c.get(f"/q/{token}/document.pdf?download=1")
        events = await feed(tracker, c, expect=2)
    assert page.status_code == 200
    assert page.headers["content-language"] == "fr"
    assert 'name="viewport"' in page.text
    for text in ("Devis D-2025-0042", "<dd>1</dd>", "1\u202f234,50\u00a0€", "30/04/2025", "Bon pour accord"):
        assert text in page.text
    assert f'data="/q/{token}/document.pdf"' in page.text
    assert pdf.content == PDF and pdf.headers["content-disposition"].startswith("inline")
    assert download.headers["content-disposition"].startswith("attachment")
    # the page is a view, the download a view of the PDF itself (the inline copy is not counted again)
    assert [(e["kind"], e["verdict"], e["link_id"]) for e in events] == [("view", "human", None),
                                                                         ("view", "human", "pdf")]


async def test_quote_page_in_english_on_request(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(**{"Accept-Language": "en-GB,en;q=0.9,fr;q=0.5"}) as c:
        await register(tracker, c, registration(token))
        page = await c.get(f"/q/{token}")
    assert "Quote D-2025-0042" in page.text and "€1,234.50" in page.text


def test_moments_are_written_in_each_language_in_the_sellers_zone_and_say_so() -> None:
    winter = datetime(2026, 12, 2, 19, 5, tzinfo=UTC)  # 20:05 in Paris (UTC+1)
    assert (format_moment(winter, "fr"), format_moment(winter, "en")) == (
        "02/12/2026 à 20:05\u00a0(heure de Paris)", "2 December 2026 at 20:05\u00a0(Paris time)")
    summer = datetime(2026, 7, 1, 7, 30, tzinfo=timezone(timedelta(hours=-4)))  # 13:30 in Paris (UTC+2)
    assert format_moment(summer, "fr") == "01/07/2026 à 13:30\u00a0(heure de Paris)"


async def test_the_pdf_is_named_after_its_quote_and_the_amount_says_ttc(tracker: Tracker) -> None:
    from tracker.public import pdf_file_name

    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        page = await c.get(f"/q/{token}")
        document = await c.get(f"/q/{token}/document.pdf?download=1")
    assert "Montant TTC" in page.text
    assert document.headers["content-disposition"] == 'attachment; filename="Devis D-2025-0042.pdf"'
    assert pdf_file_name('D-1"\r\nX: y') == 'filename="Devis D-1Xy.pdf"'
    assert pdf_file_name(None) == 'filename="Devis.pdf"'



async def test_superseded_and_expired_quotes_say_so_and_offer_no_form(tracker: Tracker) -> None:
    old, new, late = new_token(), new_token(), new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(old))
        await register(tracker, c, registration(new, version=2))
        await register(tracker, c, registration(late, valid_until="2025-03-09"))
        await c.post(f"/api/v1/messages/{old}/supersede", json={"superseded_by": new}, headers=tracker.auth)
        superseded = await c.get(f"/q/{old}")
        expired = await c.get(f"/q/{late}")
    assert "version plus récente" in superseded.text and f'href="/q/{new}"' in superseded.text
    assert "a expiré" in expired.text
    assert "form_token" not in superseded.text and "form_token" not in expired.text


async def test_acceptance_records_name_time_truncated_ip_agent_and_pdf_hash(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client(address="2001:db8:abcd:12::7", **{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, registration(token))
        response = await accept(c, token, name="  Marie   Curie ")
        events = await feed(tracker, c, expect=2)
    assert response.status_code == 200
    assert "Devis accepté" in response.text and PDF_SHA in response.text
    assert "par Marie Curie le 10/03/2025 à 10:00\u00a0(heure de Paris)" in response.text  # 09:00 UTC
    accepted = next(e for e in events if e["kind"] == "accept")
    assert accepted["full_name"] == "Marie Curie"
    assert accepted["pdf_sha256"] == PDF_SHA
    assert accepted["ip"] == "2001:db8:abcd::/48"
    assert accepted["user_agent"] == FIREFOX
    assert accepted["ts"] == "2025-03-10T09:00:00.000000Z"
    assert accepted["verdict"] == "human"


async def test_acceptance_is_idempotent(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        first = await c.post(f"/q/{token}/accept", data={**fields, "full_name": "Marie Curie", "accept": "yes"})
        tracker.clock.advance(minutes=5)
        second = await c.post(f"/q/{token}/accept", data={**fields, "full_name": "Autre Nom", "accept": "yes"})
        page = await c.get(f"/q/{token}")
        events = await feed(tracker, c, expect=3)
    assert (first.status_code, second.status_code) == (200, 200)
    assert "Marie Curie" in second.text and "Autre Nom" not in second.text
    assert "form_token" not in page.text and "Marie Curie" in page.text
    assert [e["kind"] for e in events].count("accept") == 1


async def test_acceptance_is_refused_on_a_superseded_version(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        await c.post(f"/api/v1/messages/{token}/supersede", json={}, headers=tracker.auth)
        response = await c.post(f"/q/{token}/accept", data={**fields, "full_name": "Marie Curie", "accept": "yes"})
        events = await feed(tracker, c, wait=0.2)
    assert response.status_code == 409
    assert "version plus récente" in response.text
    assert "accept" not in [e["kind"] for e in events]


async def test_an_acceptance_from_a_headless_browser_on_a_scanner_network_is_human(tracker: Tracker) -> None:
    token = new_token()
    headless = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/139.0.0.0"
    async with tracker.client(address="40.107.22.9", **{"User-Agent": headless}) as c:
        await register(tracker, c, registration(token))
        response = await accept(c, token)
        events = await feed(tracker, c, expect=2)
    assert response.status_code == 200
    verdicts = {e["kind"]: (e["verdict"], e["reasons"][0]) for e in events}
    assert verdicts == {"view": ("machine", "agent:crawler"), "accept": ("human", "explicit-action")}
    assert "network:microsoft-eop" in events[0]["reasons"]


async def test_acceptance_is_refused_once_expired(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token, valid_until="2025-03-10"))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        tracker.clock.advance(days=1)
        response = await c.post(f"/q/{token}/accept", data={**fields, "full_name": "Marie Curie", "accept": "yes"})
    assert response.status_code == 409 and "expiré" in response.text


@pytest.mark.parametrize("attack", ["no-token", "forged-token", "other-quote", "cross-origin", "cross-site",
                                    "old-token", "other-pdf", "no-box", "no-name"])
async def test_acceptance_refuses_forgeries_and_incomplete_forms(tracker: Tracker, attack: str) -> None:
    token, other = new_token(), new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        await register(tracker, c, registration(other))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        other_fields = form_fields((await c.get(f"/q/{other}")).text)
        data = {**fields, "full_name": "Marie Curie", "accept": "yes"}
        headers: dict[str, str] = {}
        if attack == "no-token":
            del data["form_token"]
        elif attack == "forged-token":
            data["form_token"] = data["form_token"].split(".")[0] + "." + "0" * 64
        elif attack == "other-quote":
            data["form_token"] = other_fields["form_token"]
        elif attack == "cross-origin":
            headers["Origin"] = "https://evil.example"
        elif attack == "cross-site":
            headers["Sec-Fetch-Site"] = "cross-site"
        elif attack == "old-token":
            tracker.clock.advance(days=8)
        elif attack == "other-pdf":
            data["pdf_sha256"] = "0" * 64
        elif attack == "no-box":
            del data["accept"]
        elif attack == "no-name":
            data["full_name"] = "   "
        response = await c.post(f"/q/{token}/accept", data=data, headers=headers)
        events = await feed(tracker, c, wait=0.1, expect=2)
    assert response.status_code in (403, 409, 422)
    assert "accept" not in [e["kind"] for e in events]


async def test_same_origin_post_is_accepted(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        response = await c.post(f"/q/{token}/accept", data={**fields, "full_name": "Marie Curie", "accept": "yes"},
                                headers={"Origin": "http://tracker.test", "Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 200


@pytest.mark.parametrize("presented", ["².00", "١٧٤١٥٩٧٢٠٠.00", "１.00", "+1741597200.00", "-1.00", " 1741597200.0",
                                       "9" * 5000 + ".00", "0" * 40 + "1741597200.00", ".", ""])
async def test_odd_form_tokens_are_refused_not_a_server_error(tracker: Tracker, presented: str) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        fields = form_fields((await c.get(f"/q/{token}")).text)
        response = await c.post(f"/q/{token}/accept", data={**fields, "form_token": presented,
                                                            "full_name": "Marie Curie", "accept": "yes"})
    assert response.status_code == 403


async def test_a_non_ascii_document_hash_is_refused_not_a_server_error(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        response = await accept(c, token, pdf_sha256="é" * 64)
    assert response.status_code == 409


async def test_odd_content_lengths_are_no_server_error(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        statuses = [(await c.post(f"/q/{token}/accept", content=b"full_name=x", headers={"Content-Length": length})
                     ).status_code for length in (b"\xb2", b"\xb9\xb9", b"99999999999999999999999", b"-1")]
        api = await c.post("/api/v1/messages", content=b"{}", headers={  # "²" as a server decodes it (latin-1)
            **tracker.auth, "Content-Type": "application/json", "Content-Length": b"\xb2"})
    assert max(statuses) < 500 and api.status_code == 422


async def test_oversized_or_garbled_forms_are_refused_without_error(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        big = await c.post(f"/q/{token}/accept", content=b"a=" + b"x" * 20_000)
        garbled = await c.post(f"/q/{token}/accept", content=b"\xff\xfe\x00=%%%")
        unknown = await c.post(f"/q/{new_token()}/accept", content=b"full_name=x")
    assert (big.status_code, garbled.status_code, unknown.status_code) == (400, 400, 404)


async def test_unsubscribe_page_records_nothing_and_one_click_post_records_once(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token, quote=False))
        page = await c.get(f"/u/{token}")
        nothing = await c.get("/api/v1/events", headers=tracker.auth)
        one = await c.post(f"/u/{token}", content=b"List-Unsubscribe=One-Click",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
        two = await c.post(f"/u/{token}", content=b"List-Unsubscribe=One-Click")
        stranger = await c.post(f"/u/{new_token()}", content=b"List-Unsubscribe=One-Click")
        events = await feed(tracker, c, wait=0.2, expect=2)
    assert page.status_code == 200 and "Me désinscrire" in page.text and f'action="/u/{token}"' in page.text
    assert nothing.json()["events"] == []
    assert (one.status_code, two.status_code, stranger.status_code) == (200, 200, 200)
    assert [(e["kind"], e["token"]) for e in events] == [("unsubscribe", token)]


async def test_registering_a_new_document_after_acceptance_is_refused(tracker: Tracker) -> None:
    token = new_token()
    async with tracker.client() as c:
        await register(tracker, c, registration(token))
        await accept(c, token)
        body = registration(token)
        body["quote"]["pdf_base64"] = "JVBERi0xLjcKJSVFT0YK"
        response = await c.post("/api/v1/messages", json=body, headers=tracker.auth)
    assert response.status_code == 409


async def test_the_page_names_the_seller_as_registered(tracker: Tracker) -> None:
    token = new_token()
    body = registration(token)
    body["quote"]["seller_contact"] = "Atelier Lumière SARL, 12 rue des Arts, 69001 Lyon, contact@atelier-lumiere.fr"
    async with tracker.client(**{"User-Agent": FIREFOX}) as c:
        await register(tracker, c, body)
        page = await c.get(f"/q/{token}")
        english = await c.get(f"/q/{token}", headers={"Accept-Language": "en"})
        bare = new_token()
        await register(tracker, c, registration(bare))
        unnamed = await c.get(f"/q/{bare}")
    assert '<dt>Émis par</dt><dd class="seller">Atelier Lumière SARL, 12 rue des Arts' in page.text
    assert "<dt>From</dt>" in english.text
    assert "Émis par" not in unnamed.text  # an older desktop registers no seller: nothing made up

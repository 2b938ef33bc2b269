"""Tracked links may lead to public http(s) sites only: no user name or password, no loopback, private,
link-local or metadata host, however the host is spelt; each refusal says why (422)."""

from __future__ import annotations

import pytest

from tests.tracker.conftest import Tracker, new_token, registration

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("url", "why"), [
    ("https://user:pass@vendeur.example/", "user name or password"),
    ("https://user@vendeur.example/", "user name or password"),
    ("https://@vendeur.example/", "user name or password"),
    ("http://169.254.169.254/latest/meta-data/", "not a public address"),
    ("http://[fe80::1]/", "not a public address"),
    ("http://[fe80::1%25eth0]/", "not valid"),
    ("http://127.0.0.1:47815/", "not a public address"),
    ("http://127.1/", "not a public address"),
    ("http://2130706433/", "not a public address"),
    ("http://0x7f.0.0.1/", "not a public address"),
    ("http://0177.0.0.1/", "not a public address"),
    ("http://①②⑦.0.0.1/", "not a public address"),
    ("http://127.0.0.%31/", "not valid"),
    ("http://10.0.0.8/intranet", "not a public address"),
    ("http://172.16.4.2/", "not a public address"),
    ("http://192.168.1.1/", "not a public address"),
    ("http://100.64.0.1/", "not a public address"),
    ("http://0.0.0.0/", "not a public address"),
    ("http://[::1]/", "not a public address"),
    ("http://[::]/", "not a public address"),
    ("http://[::ffff:127.0.0.1]/", "not a public address"),
    ("http://[fd00::1]/", "not a public address"),
    ("http://224.0.0.1/", "not a public address"),
    ("http://1.2.3.4.5/", "not a valid IPv4"),
    ("http://localhost:8080/", "local or metadata"),
    ("http://LOCALHOST./", "local or metadata"),
    ("http://app.localhost/", "local or metadata"),
    ("http://imprimante.local/", "local or metadata"),
    ("http://metadata.google.internal/computeMetadata/v1/", "local or metadata"),
    ("http://metadata/", "local or metadata"),
    ("http://intranet/", "at least two labels"),
    ("https://vendeur.example:99999/", "bad URL"),
    ("ftp://vendeur.example/", "only absolute http(s)"),
    ("file:///etc/passwd", "only absolute http(s)"),
    ("javascript://vendeur.example/%0aalert(1)", "only absolute http(s)"),
    ("data:text/html,<script>alert(1)</script>", "only absolute http(s)"),
])
async def test_links_to_private_or_odd_targets_are_refused_with_words(tracker: Tracker, url: str, why: str) -> None:
    body = registration(new_token(), quote=False, links=[{"id": "cta", "url": url}])
    async with tracker.client() as c:
        response = await c.post("/api/v1/messages", json=body, headers=tracker.auth)
    assert response.status_code == 422, response.text
    assert response.json()["detail"].startswith("links[0].url: ") and why in response.json()["detail"]


@pytest.mark.parametrize("url", [
    "https://vendeur.example/offre?x=1#haut", "http://www.vendeur.fr:8080/", "https://8.8.8.8/",
    "https://[2606:4700:4700::1111]/", "https://café.example/menu", "https://xn--caf-dma.example/",
    "https://vendeur.example./", "https://1.example/",
])
async def test_public_sites_are_accepted(tracker: Tracker, url: str) -> None:
    body = registration(new_token(), quote=False, links=[{"id": "cta", "url": url}])
    async with tracker.client() as c:
        response = await c.post("/api/v1/messages", json=body, headers=tracker.auth)
    assert response.status_code == 201, response.text

"""5xx answers: generated requests to every public and API route of the real tracker, over real HTTP.

The tracker runs as the desktop runs it (uvicorn on loopback, its bounded protocol, a SQLite file) with one
registered quote. Requests mix what a browser, a mail client, a scanner and an attacker send: the right
token and wrong ones, numbers that are not ASCII digits, hostile text in paths, queries, forms and headers,
oversize bodies, every method. A server error (5xx) or a dropped connection on an ordinary request counts.
"""

from __future__ import annotations

import base64
import random
import secrets
import tempfile
from pathlib import Path
from urllib.parse import quote

import httpx

from tracker.embedded import start_in_thread

NUMBERISH = ["²", "².00", "١٢", "１０", "1_0", "1e3", "nan", "inf", "-1", "+1", " 1", "0x10", "00001999999",
             "9" * 30, "1.", ".5", "", "0", "1000", "1001"]
HOSTILE = ["\u202e", "\x00", "%00", "../../etc/passwd", "<script>", "' OR 1=1 --", "=?utf-8?q?=0D=0A?=",
           "é" * 300, "🙂", "a" * 5000, "%ff%fe", "null", "{}", "[]", "\r\nX: 1"]
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _pick(rng: random.Random, token: str) -> str:
    return rng.choice([token, token[:-1], secrets.token_urlsafe(16), rng.choice(NUMBERISH), rng.choice(HOSTILE)])


def _text(rng: random.Random) -> str:
    return rng.choice([rng.choice(NUMBERISH), rng.choice(HOSTILE), "".join(rng.choice("az09é=&%+") for _ in range(
        rng.randint(0, 40)))])


def fuzz(requests: int = 3000, seed: int = 2026) -> dict[str, int]:
    """Send ``requests`` generated requests; count 5xx answers and broken connections."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        handle = start_in_thread(f"sqlite:///{Path(folder) / 'tracker.sqlite'}")
        token = secrets.token_urlsafe(16)
        auth = {"Authorization": f"Bearer {handle.api_key}"}
        five = broken = 0
        try:
            with httpx.Client(base_url=handle.url, timeout=10.0) as client:
                client.post("/api/v1/messages", headers=auth, json={
                    "token": token, "links": [{"id": "site", "url": "https://www.example.com/"}],
                    "quote": {"number": "D-2026-0001", "version": 1, "amount": "1200.00", "currency": "EUR",
                              "valid_until": "2099-12-31", "pdf_base64": base64.b64encode(PDF).decode()}})
                for _ in range(requests):
                    method, path, kwargs = _request(rng, token, auth)
                    try:
                        response = client.request(method, path, **kwargs)
                    except httpx.TransportError:
                        broken += 1
                        continue
                    five += response.status_code >= 500
        finally:
            handle.stop()
    return {"requests": requests, "server_errors": five, "broken": broken}


def _request(rng: random.Random, token: str, auth: dict[str, str]) -> tuple[str, str, dict[str, object]]:
    t = quote(_pick(rng, token), safe="")
    headers: dict[str, str] = {}
    for name in rng.sample(["Origin", "Sec-Fetch-Site", "Accept-Language", "User-Agent", "Referer", "Cookie",
                            "Content-Type"], rng.randint(0, 3)):
        value = _text(rng).strip()  # what HTTP lets a client send: no control character, no edge blank
        if value.isascii() and value.isprintable():
            headers[name] = value
    kind = rng.randrange(9)
    if kind == 0:
        return rng.choice(["GET", "HEAD"]), f"/o/{t}.gif", {"headers": headers}
    if kind == 1:
        return "GET", f"/l/{t}/{quote(rng.choice(['site', _text(rng)]), safe='')}", {"headers": headers}
    if kind == 2:
        return "GET", f"/q/{t}{rng.choice(['', '/document.pdf', '/document.pdf?download=' + quote(_text(rng))])}", \
            {"headers": headers}
    if kind == 3:
        form = {rng.choice(["form_token", "pdf_sha256", "full_name", "accept", _text(rng)]): _text(rng)
                for _ in range(rng.randint(0, 6))}
        return "POST", f"/q/{t}/accept", {"headers": headers, "data": form}
    if kind == 4:
        return rng.choice(["GET", "POST"]), f"/u/{t}", {"headers": headers, "content": _text(rng).encode()}
    if kind == 5:
        params = {k: _text(rng) for k in rng.sample(["after", "limit", "wait", _text(rng)], rng.randint(0, 3))}
        return "GET", "/api/v1/events", {"headers": {**headers, **auth}, "params": params}
    if kind == 6:
        body = rng.choice([{"token": _text(rng)}, {"token": token, "links": [{"id": _text(rng), "url": _text(rng)}]},
                           {"token": token, "quote": {"number": _text(rng), "amount": rng.choice(NUMBERISH)}},
                           _text(rng)])
        return "POST", "/api/v1/messages", {"headers": {**headers, **auth}, "json": body}
    if kind == 7:
        return rng.choice(["GET", "POST", "PUT", "DELETE", "PATCH"]), f"/api/v1/messages/{t}" + rng.choice(
            ["", "/supersede"]), {"headers": {**headers, **(auth if rng.random() < 0.7 else {})}, "json": {}}
    return rng.choice(["GET", "POST", "OPTIONS", "TRACE"]), "/" + quote(_text(rng)), {"headers": headers}

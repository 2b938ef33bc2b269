"""Sealing a signed quote: a two-page quote (20 lines, no CGV), warm, no timestamping authority.

``seal_pdf_ms`` is the median of what the seller's desktop does once the prospect has signed: lay out the
signature page, append it to the original PDF and write the PAdES seal (the self-managed key, loaded once, as the
application keeps it). ``seal_to_render_ratio`` divides it by rendering the same quote (HTML from the document,
then the PDF: the app's path), measured in the same run. The key lives in a throwaway folder, its passphrase in an
in-memory keyring: the benchmark never touches the OS keyring.
"""

from __future__ import annotations

import dataclasses
import hashlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend

from desktop.services.pdf.quote_pdf import design_dir
from desktop.services.pdf.render import count_pages, render_pdf
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import make_environment, render_quote_html, templates_root
from desktop.services.secrets import SecretStore, check_keyring
from desktop.services.signing.credentials import SellerName, self_managed_key
from desktop.services.signing.evidence import Evidence
from desktop.services.signing.page import signature_page_pdf
from desktop.services.signing.seal import seal_pdf

ROUNDS = 15


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._store.pop((service, username), None)


def _interleaved(works: dict[str, Callable[[], object]], rounds: int = ROUNDS) -> dict[str, float]:
    """The median milliseconds of each work, the works taking turns round after round (after a warm-up)."""
    for work in works.values():
        work()
        work()
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(rounds):
        for name, work in works.items():
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


def run() -> dict[str, dict[str, object]]:
    doc = dataclasses.replace(sample_document(20), print_cgv=False)
    base = design_dir("classic")
    env = make_environment(templates_root())
    original = render_pdf(render_quote_html(doc, "classic", "fr", environment=env), base)
    evidence = Evidence.from_mapping({
        "quote_number": doc.number, "version": 1, "pdf_sha256": hashlib.sha256(original).hexdigest(),
        "signer_name": "Claire Dupont", "signer_email": "claire.dupont@example.fr", "statement": "Bon pour accord",
        "code_issued_at": "2026-12-02T19:03:10Z", "code_checked_at": "2026-12-02T19:04:55Z", "ip": "203.0.113.7",
        "user_agent": "Mozilla/5.0 (iPhone)", "signed_at": "2026-12-02T19:05:13Z", "prev_hash": "0" * 64,
        "record_hash": "1" * 64})
    backend = _MemoryKeyring()
    store = SecretStore(check_keyring(backend), backend)
    with tempfile.TemporaryDirectory() as folder:
        key = self_managed_key(Path(folder), store, SellerName("Atelier Lumière SARL"))

        def render() -> bytes:
            return render_pdf(render_quote_html(doc, "classic", "fr", environment=env), base)

        def page() -> bytes:
            return signature_page_pdf(evidence, seller="Atelier Lumière SARL")

        signature_page = page()

        def pades() -> bytes:
            return seal_pdf(original, signature_page, key).pdf

        def seal() -> bytes:
            return seal_pdf(original, page(), key).pdf

        # interleaved, so that a busy machine weighs on both sides of the ratio alike
        timed = _interleaved({"render": render, "seal": seal, "page": page, "pades": pades})
        render_ms, seal_ms, page_ms, pades_ms = (timed[k] for k in ("render", "seal", "page", "pades"))
    return {
        "seal_pdf_ms": {"value": round(seal_ms, 1), "unit": "ms", "target": "",
                        "signature_page_ms": round(page_ms, 1), "pades_ms": round(pades_ms, 1),
                        "pages": count_pages(original), "level": "PAdES-B-B"},
        "seal_to_render_ratio": {"value": round(seal_ms / render_ms, 3), "unit": "ratio", "target": "<= 0.5",
                                 "render_ms": round(render_ms, 1)},
    }

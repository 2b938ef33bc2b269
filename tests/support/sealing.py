"""Shared pieces of the seal tests: a rendered 2-page quote, an evidence record, keyrings, a self-managed key.

The fixtures are imported by the conftest of tests/unit/signing and tests/integration/signing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools

import pytest

from desktop.core.quotes import QuoteDocument
from desktop.services.pdf.quote_pdf import design_dir
from desktop.services.pdf.render import render_pdf
from desktop.services.pdf.sample import sample_document
from desktop.services.pdf.templating import render_quote_html
from desktop.services.secrets import SecretStore, check_keyring
from desktop.services.signing.credentials import SealingKey, SellerName, self_managed_key
from desktop.services.signing.evidence import Evidence

SELLER = SellerName("Atelier Lumière SARL", "contact@atelier-lumiere.fr")
_services = itertools.count()


def evidence_for(pdf: bytes, **changes: object) -> dict[str, object]:
    """The tracker's evidence record of a signature of ``pdf``, as the feed brings it."""
    record: dict[str, object] = {
        "quote_number": "D-2026-0042", "version": 1, "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
        "signer_name": "Claire Dupont", "signer_email": "claire.dupont@example.fr", "statement": "Bon pour accord",
        "code_issued_at": "2026-12-02T19:03:10Z", "code_checked_at": "2026-12-02T19:04:55+00:00",
        "ip": "203.0.113.7", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)",
        "signed_at": "2026-12-02T19:05:13Z", "prev_hash": "0" * 64, "record_hash": "ab12" * 16}
    record.update(changes)
    return record


def fresh_store() -> SecretStore:
    """A secret store of its own (the suite's in-memory keyring, under a service name nobody else uses)."""
    return SecretStore(check_keyring(), service=f"Relance-seal-test-{next(_services)}")


@pytest.fixture(scope="session")
def quote_pdf() -> bytes:
    """The sample quote, two pages, exactly as the prospect was shown it."""
    return render_pdf(render_quote_html(two_page_quote()), design_dir("classic"))


def two_page_quote() -> QuoteDocument:
    """The sample quote with 20 lines and no printed CGV: two pages."""
    return dataclasses.replace(sample_document(20), print_cgv=False)


@pytest.fixture(scope="session")
def evidence(quote_pdf: bytes) -> Evidence:
    return Evidence.from_mapping(evidence_for(quote_pdf))


@pytest.fixture(scope="session")
def shared_store() -> SecretStore:
    return fresh_store()


@pytest.fixture(scope="session")
def own_key(tmp_path_factory: pytest.TempPathFactory, shared_store: SecretStore) -> SealingKey:
    """One self-managed key for the session (a 3072-bit RSA key takes a moment to make)."""
    return self_managed_key(tmp_path_factory.mktemp("seal-data"), shared_store, SELLER)

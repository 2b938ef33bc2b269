"""The seal tests' fixtures (tests/support/sealing.py)."""

from collections.abc import Iterator

import pytest

from tests.support.local_pki import LocalPki, local_pki
from tests.support.sealing import evidence, own_key, quote_pdf, shared_store  # noqa: F401 - pytest fixtures


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalPki]:
    """The local CA (with its CRL) and RFC 3161 TSA, over HTTP on loopback."""
    with local_pki(tmp_path_factory.mktemp("pki")) as running:
        yield running

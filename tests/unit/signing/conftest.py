"""The seal tests' fixtures (tests/support/sealing.py)."""

from tests.support.sealing import evidence, own_key, quote_pdf, shared_store  # noqa: F401 - pytest fixtures

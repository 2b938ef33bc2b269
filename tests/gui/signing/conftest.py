"""The seal tests' fixtures (tests/support/sealing.py)."""

from tests.support.sealing import evidence, quote_pdf  # noqa: F401 - pytest fixtures

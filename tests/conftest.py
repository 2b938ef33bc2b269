"""Suite-wide fixtures: offscreen Qt, an in-memory keyring, the throwaway PostgreSQL server."""

from __future__ import annotations

import gc
import os
import uuid
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memkeyring.MemoryKeyring")

from tests.support.postgres import PostgresServer, create_database, find_bin_dir, running_postgres


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The suite's own PostgreSQL server; in CI a missing server fails instead of skipping."""
    if find_bin_dir() is None:
        if _in_ci():
            pytest.fail("PostgreSQL server binaries are missing: run `make system-deps`")
        pytest.skip("PostgreSQL server binaries are missing (run `make system-deps`)")
    try:
        with running_postgres() as server:
            yield server
    except Exception as exc:  # pragma: no cover - depends on the machine
        if _in_ci():
            pytest.fail(f"could not start PostgreSQL: {exc}")
        pytest.skip(f"could not start PostgreSQL: {exc}")


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return create_database(postgres_server, f"t_{uuid.uuid4().hex[:12]}")


#: Tests whose garbage must not be freed later at a random moment, in another test while its server threads run:
#: Playwright's sync API (its greenlets and event loop). A segfault while "Garbage-collecting" in an unrelated
#: test's tracker start, with greenlet loaded, is that moment. A full collection costs about 0.4 s with this
#: suite's heap: only after the tests that leave that kind of garbage.
_COLLECT_AFTER = frozenset({"chromium", "playwright"})


@pytest.fixture(autouse=True)
def _garbage_collected_after(request: pytest.FixtureRequest) -> Iterator[None]:
    """After such a test (its fixtures torn down: widgets closed, servers stopped), collect its garbage now."""
    yield
    if _COLLECT_AFTER.intersection(request.fixturenames):
        gc.collect()


pytest_plugins = ["tests.support.database", "tests.support.servers", "tests.support.oauth2_server",
                  "tests.support.oauth_smtp"]

"""Schemathesis explores the API from its OpenAPI schema: never a 5xx, responses match the schema, with valid
inputs and with the inputs the schema forbids (negative cases: a limit past 1,000, a cursor or a wait that is no
plain number, bodies of the wrong shape)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from tracker.config import RateLimit, TrackerConfig
from tracker.embedded import EmbeddedTracker, start_in_thread

UNLIMITED = RateLimit(per_second=1e6, burst=1_000_000)


@pytest.fixture
def http() -> Iterator[requests.Session]:
    """One HTTP session for a test's calls, closed at its end (a session per call leaks its sockets to the GC)."""
    with requests.Session() as session:
        yield session


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedTracker]:
    db = Path(tmp_path_factory.mktemp("schemathesis")) / "api.db"
    config = TrackerConfig(per_ip=UNLIMITED, per_token=UNLIMITED, per_api_client=UNLIMITED,
                           max_long_poll_seconds=0.2)
    handle = start_in_thread(f"sqlite:///{db}", config=config)
    yield handle
    handle.stop()


def test_no_server_error_anywhere_in_the_api(served: EmbeddedTracker, http: requests.Session) -> None:
    schema = schemathesis.openapi.from_url(f"{served.url}/api/v1/openapi.json")
    operations = list(schema.get_all_operations())
    assert len(operations) == 6  # register, read, supersede, delivered; consent answers; the feed
    headers = {"Authorization": f"Bearer {served.api_key}"}
    statuses: list[int] = []
    for result in operations:
        operation = result.ok()

        strategy = operation.as_strategy()

        @settings(max_examples=60, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=strategy)
        def check(case: schemathesis.Case) -> None:
            response = case.call(session=http, headers=headers, timeout=10)
            statuses.append(response.status_code)
            case.validate_response(response, checks=[not_a_server_error, status_code_conformance,
                                                     response_schema_conformance])

        check()
    assert max(statuses) < 500
    assert {200, 201, 404, 422} <= set(statuses), sorted(set(statuses))  # valid and invalid inputs both reached
    assert len(statuses) >= 150


def test_no_server_error_with_what_the_schema_forbids(served: EmbeddedTracker, http: requests.Session) -> None:
    schema = schemathesis.openapi.from_url(f"{served.url}/api/v1/openapi.json")
    headers = {"Authorization": f"Bearer {served.api_key}"}
    statuses: list[int] = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=60, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy(GenerationMode.NEGATIVE))
        def check(case: schemathesis.Case) -> None:
            response = case.call(session=http, headers=headers, timeout=10)
            statuses.append(response.status_code)
            # not negative_data_rejection: unknown query parameters are ignored, and the key is always sent
            case.validate_response(response, checks=[not_a_server_error, status_code_conformance,
                                                     response_schema_conformance])

        check()
    assert statuses and max(statuses) < 500
    assert 422 in statuses, sorted(set(statuses))

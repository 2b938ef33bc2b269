"""The end-to-end fixture: the application as a subprocess (``tests/e2e/testprocess.py``); a test fails when
its process logged an error it did not declare, and its log is attached to any failure."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest

from tests.e2e.testprocess import AppProcess


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, object, object]:
    """Keep each phase's report on the item (the fixture looks at the call's) and add the processes' logs to a
    failure."""
    report = yield
    setattr(item, f"rep_{call.when}", report)
    processes: list[AppProcess] = getattr(item, "_app_processes", [])
    if getattr(report, "failed", False) and processes and hasattr(report, "sections"):
        for number, process in enumerate(processes, start=1):
            report.sections.append((f"relance process {number} log", process.log_text()))
    return report


@pytest.fixture
def app_process(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[..., AppProcess]]:
    """Start the application: ``app_process("--demo", "--screenshot", png)`` (its own data folder under
    ``tmp_path`` unless ``data_dir=`` is given). At the end every process is stopped, and the test fails if one
    of them logged an ERROR it did not declare with :meth:`AppProcess.expect`."""
    started: list[AppProcess] = []
    request.node._app_processes = started

    def start(*args: str, data_dir: Path | None = None, env: dict[str, str] | None = None) -> AppProcess:
        process = AppProcess(data_dir or tmp_path / "data")
        started.append(process)
        return process.start(*args, env=env)

    yield start
    for process in started:
        process.terminate()
    call = getattr(request.node, "rep_call", None)
    if call is None or call.failed:
        return  # the failure says enough; its report carries the logs
    bad = [f"process {n}: {line}" for n, process in enumerate(started, start=1) for line in process.unexpected_errors()]
    if bad:
        pytest.fail("Logged unexpected errors:\n" + "\n".join(bad), pytrace=False)

"""The application as a subprocess, read through its JSON log (``--log-json``), after qutebrowser's
``tests/end2end/fixtures/testprocess.py``.

A test starts ``python -m desktop`` with its own data folder, waits for log lines by content (an ``event``, a
``level``, a ``message`` glob), never on the clock, and declares the errors it provokes. The fixture
(``app_process`` in ``conftest.py``) fails a test whose process logged an ERROR or CRITICAL line it did not
expect, or printed a raw Python traceback (an exception that escaped the JSON log).
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ERROR_LEVELS = ("ERROR", "CRITICAL")


class ProcessExited(Exception):
    """The process ended while a line was awaited."""


class WaitForTimeout(Exception):
    """The awaited line did not come in time."""


@dataclass
class LogLine:
    """One line of the process's standard error: a JSON log record, or raw text (``data`` empty)."""

    raw: str
    data: dict[str, Any] = field(default_factory=dict)
    waited_for: bool = False
    expected: bool = False

    @property
    def level(self) -> str:
        return str(self.data.get("level", ""))

    @property
    def message(self) -> str:
        return str(self.data.get("message", self.raw))

    @property
    def event(self) -> str | None:
        event = self.data.get("event")
        return None if event is None else str(event)

    def matches(self, **wanted: str | None) -> bool:
        """Every given key matches: ``message`` and ``logger`` as globs, the others exactly."""
        for key, pattern in wanted.items():
            if pattern is None:
                continue
            value = self.message if key == "message" else str(self.data.get(key, ""))
            if key in ("message", "logger"):
                if not fnmatch.fnmatchcase(value, pattern):
                    return False
            elif value != pattern:
                return False
        return True

    def __str__(self) -> str:
        return self.raw


class AppProcess:
    """``python -m desktop --data-dir <folder> --log-json ...`` and what it logged."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.lines: list[LogLine] = []
        self.stdout = ""
        self._expected: list[dict[str, str | None]] = []
        self._changed = threading.Condition()
        self._proc: subprocess.Popen[str] | None = None
        self._readers: list[threading.Thread] = []

    # Running -----------------------------------------------------------------------------
    def start(self, *args: str, env: dict[str, str] | None = None) -> AppProcess:
        """Start the application offscreen with these arguments; returns at once."""
        environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
        environ.pop("RELANCE_DATABASE_URL", None)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(self.data_dir), "--log-json", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
            env=environ)
        self._readers = [threading.Thread(target=self._read_log, name="app-stderr", daemon=True),
                         threading.Thread(target=self._read_stdout, name="app-stdout", daemon=True)]
        for reader in self._readers:
            reader.start()
        return self

    def _read_log(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        for text in self._proc.stderr:
            text = text.rstrip("\r\n")
            line = LogLine(text)
            if text.startswith("{"):
                with contextlib.suppress(ValueError):  # a raw line that happens to start with a brace
                    line.data = json.loads(text)
            line.expected = any(line.matches(**pattern) for pattern in self._expected)
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _read_stdout(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        self.stdout = self._proc.stdout.read()

    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def wait_exit(self, timeout: float = 90.0) -> int:
        """Wait for the process to end and its log to be read; its exit code."""
        assert self._proc is not None
        code = self._proc.wait(timeout)
        self._finish_reading(timeout)
        return code

    def _finish_reading(self, timeout: float) -> None:
        assert self._proc is not None
        for reader in self._readers:
            reader.join(timeout)
        for pipe in (self._proc.stdout, self._proc.stderr):
            if pipe is not None:
                pipe.close()

    def terminate(self) -> None:
        """End the process if it still runs (killed when it does not stop)."""
        if self._proc is None or self._proc.poll() is not None:
            if self._proc is not None:
                self.wait_exit(10)
            return
        self._proc.terminate()
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(10)
        self._finish_reading(10)

    # Reading -----------------------------------------------------------------------------
    def wait_for(self, timeout: float = 90.0, **wanted: str | None) -> LogLine:
        """The first line not waited for yet that matches ``wanted`` (``event=``, ``level=``, ``message=``
        glob, ``logger=`` glob), waiting for it to be logged.

        Raises:
            ProcessExited: The process ended without logging it.
            WaitForTimeout: It did not come within ``timeout`` seconds.
        """
        def found() -> LogLine | None:
            return next((line for line in self.lines if not line.waited_for and line.matches(**wanted)), None)

        with self._changed:
            ok = self._changed.wait_for(lambda: found() is not None or not self._log_open(), timeout)
            line = found()
        if line is None:
            kind = ProcessExited if ok else WaitForTimeout
            raise kind(f"no line matching {wanted} in the log:\n{self.log_text()}")
        line.waited_for = True
        return line

    def _log_open(self) -> bool:
        return bool(self._readers) and self._readers[0].is_alive()

    def expect(self, level: str | None = "ERROR", message: str | None = None, **wanted: str | None) -> None:
        """Declare lines the test provokes on purpose (before or after they are logged): not unexpected."""
        pattern = {"level": level, "message": message, **wanted}
        self._expected.append(pattern)
        with self._changed:
            for line in self.lines:
                if line.matches(**pattern):
                    line.expected = True

    def events(self) -> list[str]:
        """The names of the application events logged so far, in order."""
        return [line.event for line in self.lines if line.event is not None]

    def unexpected_errors(self) -> list[LogLine]:
        """ERROR and CRITICAL lines nobody declared, and raw tracebacks (an exception outside the JSON log)."""
        def bad(line: LogLine) -> bool:
            if line.data:
                return line.level in ERROR_LEVELS
            return "Traceback (most recent call last)" in line.raw or line.raw.startswith("Fatal Python error")

        return [line for line in self.lines if not line.expected and bad(line)]

    def log_text(self, last: int = 200) -> str:
        lines = [str(line) for line in self.lines]
        cut = len(lines) - last
        return "\n".join(([f"[{cut} earlier lines]"] if cut > 0 else []) + lines[-last:])

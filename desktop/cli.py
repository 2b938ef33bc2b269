"""The ``relance`` command line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from desktop import __version__

STARTED = time.perf_counter()


class JsonFormatter(logging.Formatter):
    """One JSON object per line: what end-to-end tests and benchmarks wait for."""

    def format(self, record: logging.LogRecord) -> str:
        data = {"t": round(time.perf_counter() - STARTED, 4), "level": record.levelname,
                "logger": record.name, "message": record.getMessage()}
        data.update(getattr(record, "fields", {}))
        return json.dumps(data, ensure_ascii=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relance", description="Relance: who to follow up, when, and how.")
    parser.add_argument("--version", action="version", version=f"relance {__version__}")
    _global_options(parser)
    parser.add_argument("--demo", action="store_true", help="fill an empty database with the demo set")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="save the window to PNG once painted, exit")
    parser.add_argument("--view", default=None, help="the view to open (contacts, companies, ...)")
    return parser


COMMANDS = ("automation", "check")
#: Global options followed by a value: ``--data-dir X`` may come before or after the sub-command.
_VALUED = ("--data-dir", "--database-url", "--lang", "--screenshot", "--view")


def split_command(argv: list[str]) -> tuple[str | None, list[str]]:
    """Find the sub-command wherever the global options put it (``relance --data-dir X check``).

    Args:
        argv: The arguments after the program name.

    Returns:
        The sub-command (or None for the application) and the other arguments, in their order.
    """
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            break
        if word in _VALUED:
            i += 2
            continue
        if not word.startswith("-"):
            return (word, argv[:i] + argv[i + 1:]) if word in COMMANDS else (None, argv)
        i += 1
    return None, argv


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help="use this folder instead of the user data folder")
    parser.add_argument("--database-url", help="team database URL (postgresql://user@host/db)")
    parser.add_argument("--lang", choices=("fr", "en"), help="interface language (default: fr)")
    parser.add_argument("--log-json", action="store_true", help="log JSON lines to stderr")
    parser.add_argument("--debug", action="store_true", help="verbose logging")


def automation_main(argv: list[str]) -> int:
    """``relance automation run``: evaluate triggers and run due scenario steps headless, then exit (cron)."""
    parser = argparse.ArgumentParser(prog="relance automation", description="Run follow-up scenarios headless.")
    parser.add_argument("action", choices=("run",))
    _global_options(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from datetime import UTC, datetime

    from desktop.services.automation import run_headless
    from desktop.settings import load_settings

    try:
        settings = load_settings(args.data_dir, args.database_url)
    except ValueError as exc:
        print(f"relance: {exc}", file=sys.stderr)
        return 2
    report = run_headless(settings, lambda: datetime.now(UTC))
    print(json.dumps({"enrolled": report.enrolled, "stopped": report.stopped, "steps": report.steps,
                      "queued": report.queued, "skipped": report.skipped, "deferred": report.deferred,
                      "errors": report.errors}))
    return 1 if report.errors else 0


def check_main(argv: list[str]) -> int:
    """``relance check``: render the sample quote through the PDF worker, name the keyring; exit 1 on a problem."""
    parser = argparse.ArgumentParser(prog="relance check", description="Check this installation of Relance.")
    parser.add_argument("--pdf", type=Path, help="save the sample quote PDF here")
    _global_options(parser)  # accepted wherever they are written; the check reads no data folder
    args = parser.parse_args(argv)
    from desktop.services.selfcheck import run_check

    report = run_check(args.pdf)
    print(json.dumps({"pdf_bytes": report.pdf_bytes, "pdf_pages": report.pdf_pages, "facturx": report.facturx,
                      "seal": report.seal,
                      "keyring_backend": report.keyring_backend, "postgres_driver": report.postgres_driver,
                      "translations": report.translations, "python": report.python,
                      "problems": report.problems, "warnings": report.warnings}, ensure_ascii=False))
    return 1 if report.problems else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``relance`` and ``python -m desktop``."""
    argv = sys.argv[1:] if argv is None else argv
    command, rest = split_command(argv)
    if command == "automation":
        return automation_main(rest)
    if command == "check":
        return check_main(rest)
    args = build_parser().parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    if args.log_json:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.INFO, handlers=[handler])

    from desktop.settings import load_settings

    try:
        settings = load_settings(args.data_dir, args.database_url, args.lang)
    except ValueError as exc:
        print(f"relance: {exc}", file=sys.stderr)
        return 2
    from desktop.app import Options, run

    return run(settings, Options(demo=args.demo, screenshot=args.screenshot, view=args.view))

"""``relance-tracker``: serve the tracker, create an API key, purge old data.

Examples::

    relance-tracker serve --host 127.0.0.1 --port 8080 --database-url sqlite:////var/lib/relance/tracker.db
    relance-tracker create-key --database-url postgresql://tracker@db/tracker --label "équipe Lyon"
    relance-tracker purge --retention-months 13

Online signatures need an outgoing mail server for their one-time codes, read from the environment only (the
password never appears on a command line): ``RELANCE_TRACKER_SMTP_HOST``, ``_PORT``, ``_FROM``, ``_SECURITY``
(``starttls``, ``tls`` or ``none``), ``_USER`` and ``_PASSWORD``. Without a host, quotes are accepted with a click.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys

from tracker.config import TrackerConfig

DEFAULT_DB = "sqlite:///relance-tracker.db"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relance-tracker", description="Relance tracking service")
    parser.add_argument("--database-url", default=os.environ.get("RELANCE_TRACKER_DATABASE_URL", DEFAULT_DB),
                        help="SQLAlchemy URL (default: $RELANCE_TRACKER_DATABASE_URL or a local SQLite file)")
    parser.add_argument("--retention-months", type=int, default=13,
                        help="delete events and documents older than this many months (default 13)")
    parser.add_argument("--retention-days", type=int, default=None,
                        help="a retention period in days instead of months")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve HTTP")
    serve.add_argument("--database-url", dest="database_url_sub", default=None)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--delivery-window", type=float, default=10.0,
                       help="seconds after delivery during which hits are machine")
    serve.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                       help="reverse proxies trusted for X-Forwarded-For / X-Forwarded-Proto")
    serve.add_argument("--public-origin", action="append", default=[], metavar="URL",
                       help="public origin of the tracker (https://suivi.example.fr) whose forms are accepted "
                            "even when the reverse proxy does not forward the Host header (repeatable)")
    serve.add_argument("--log-level", default="info")
    key = sub.add_parser("create-key", help="print a new API key (only its hash is stored)")
    key.add_argument("--database-url", dest="database_url_sub", default=None)
    key.add_argument("--label", default="")
    purge = sub.add_parser("purge", help="delete events and documents past the retention period")
    purge.add_argument("--database-url", dest="database_url_sub", default=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` if None.

    Returns:
        The exit status.
    """
    args = _parser().parse_args(argv)
    config = TrackerConfig(database_url=args.database_url_sub or args.database_url,
                           retention_days=args.retention_days, retention_months=args.retention_months)
    if args.command == "serve":
        from tracker.mailer import smtp_from_env

        try:
            smtp = smtp_from_env()
        except ValueError as exc:
            print(f"relance-tracker: {exc}", file=sys.stderr)
            return 2
        return _serve(dataclasses.replace(config, delivery_window_seconds=args.delivery_window,
                                          trusted_origins=tuple(args.public_origin), smtp=smtp), args)
    from tracker.app import build_state, close_state
    from tracker.keys import register_key

    state = build_state(config)
    try:
        if args.command == "create-key":
            key = register_key(state, None, args.label)
            print(key)
            print("Keep this key now: it is not stored and cannot be shown again.", file=sys.stderr)
        else:
            print(state.purge().result(timeout=600))
    finally:
        close_state(state)
    return 0


def _serve(config: TrackerConfig, args: argparse.Namespace) -> int:
    import uvicorn

    from tracker.app import create_app
    from tracker.limits import server_options

    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    app = create_app(config)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False,
                proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips, server_header=False,
                timeout_graceful_shutdown=5, **server_options())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

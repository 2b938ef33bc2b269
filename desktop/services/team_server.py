"""The team's PostgreSQL server: its address as settings, the password from the keyring, a step-by-step check.

The address is stored in the settings file as a URL **without** password
(``postgresql+psycopg://relance@db.example.fr:5432/relance?sslmode=verify-full&sslrootcert=/path/ca.pem``);
the password lives only in the keyring (:data:`~desktop.services.secrets.SecretName.DATABASE_PASSWORD`) and is
handed to the driver as a connection argument, never written into a URL that could reach a log.

:func:`check_server` walks what a connection needs, in order, and stops at the first failure, so the settings
page can say which step failed: the name (DNS), the port (TCP), encryption (TLS, with the certificate checked
as ``sslmode`` asks), the sign-in (user, password, database), and the schema's version against this build's.
"""

from __future__ import annotations

import logging
import socket
import ssl
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from desktop.db.dbapi import connect_kwargs, dialect_of
from desktop.db.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    from desktop.services.database import SchemaCheck
    from desktop.settings import Settings

log = logging.getLogger(__name__)

SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
"""libpq's ``sslmode`` values, weakest first; the page's default is ``verify-full`` for a remote server."""

STEPS = ("dns", "tcp", "tls", "auth", "schema")

_SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL's SSLRequest message


@dataclass(frozen=True)
class TeamServer:
    """Where the team database is; no secret in here."""

    host: str
    port: int = 5432
    database: str = "relance"
    user: str = "relance"
    sslmode: str = "verify-full"
    ca_file: str = ""

    def url(self) -> str:
        """The SQLAlchemy URL (no password) the settings keep."""
        query = {"sslmode": self.sslmode} if self.sslmode != "prefer" else {}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        host = f"[{self.host}]" if ":" in self.host else self.host
        tail = f"?{urlencode(query)}" if query else ""
        user, database = quote(self.user, safe=""), quote(self.database, safe="")
        return f"postgresql+psycopg://{user}@{host}:{self.port}/{database}{tail}"

    @classmethod
    def from_url(cls, url: str) -> TeamServer:
        """Read a settings URL back (an unknown option is ignored; a password in it is dropped)."""
        parts = urlsplit(url.replace("+psycopg", "", 1))
        query = dict(parse_qsl(parts.query))
        mode = query.get("sslmode", "prefer")
        return cls(host=parts.hostname or "", port=parts.port or 5432,
                   database=unquote((parts.path or "/").lstrip("/")) or "relance",
                   user=unquote(parts.username or "") or "relance",
                   sslmode=mode if mode in SSL_MODES else "prefer", ca_file=query.get("sslrootcert", ""))


@dataclass(frozen=True)
class Step:
    """One step of the check: which, whether it worked, and a key for what went wrong or what was found."""

    key: str
    ok: bool
    problem: str = ""
    detail: str = ""


def _dns(server: TeamServer) -> tuple[Step, list[tuple[str, int]]]:
    try:
        infos = socket.getaddrinfo(server.host, server.port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return Step("dns", False, "unknown-host"), []
    addresses = list(dict.fromkeys((str(i[4][0]), int(i[4][1])) for i in infos))
    return Step("dns", True, detail=", ".join(a for a, _ in addresses[:3])), addresses


def _tcp(addresses: list[tuple[str, int]], timeout: float) -> tuple[Step, socket.socket | None]:
    problem = "refused"
    for address in addresses:
        try:
            return Step("tcp", True), socket.create_connection(address, timeout=timeout)
        except ConnectionRefusedError:
            problem = "refused"
        except TimeoutError:
            problem = "timeout"
        except OSError:
            problem = "unreachable"
    return Step("tcp", False, problem), None


def _tls_context(server: TeamServer) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=server.ca_file or None)
    if server.sslmode in ("disable", "prefer", "require"):
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # libpq's require: encrypted, certificate not checked
    elif server.sslmode == "verify-ca":
        context.check_hostname = False
    return context


def _tls(server: TeamServer, sock: socket.socket) -> Step:
    """Ask for TLS as libpq does (SSLRequest) and check the certificate as ``sslmode`` says."""
    if server.sslmode == "disable":
        return Step("tls", True, detail="disabled")
    try:
        sock.sendall(_SSL_REQUEST)
        answer = sock.recv(1)
    except OSError:
        return Step("tls", False, "closed")
    if answer != b"S":
        if server.sslmode == "prefer":
            return Step("tls", True, detail="not-offered")
        return Step("tls", False, "not-offered")
    try:
        with _tls_context(server).wrap_socket(sock, server_hostname=server.host) as tls:
            version = tls.version() or ""
    except FileNotFoundError:
        return Step("tls", False, "ca-file")
    except ssl.SSLCertVerificationError as exc:
        return Step("tls", False, "hostname" if "hostname" in str(exc).lower() or "ip address" in str(exc).lower()
                    else "untrusted")
    except (ssl.SSLError, OSError):
        return Step("tls", False, "handshake")
    return Step("tls", True, detail=version)


def _auth_problem(message: str) -> str:
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return "password"
    if "role" in lowered and "does not exist" in lowered:
        return "user"
    if "database" in lowered and "does not exist" in lowered:
        return "database"
    if "no pg_hba.conf entry" in lowered:
        return "refused-host"
    if "ssl" in lowered or "certificate" in lowered:
        return "handshake"
    return "other"


def check_server(server: TeamServer, password: str | None, *, timeout: float = 5.0) -> list[Step]:
    """Walk the steps of a connection to ``server``; the list ends at the first failed step."""
    steps: list[Step] = []
    if not server.host.strip():
        return [Step("dns", False, "no-host")]
    dns, addresses = _dns(server)
    steps.append(dns)
    if not dns.ok:
        return steps
    tcp, sock = _tcp(addresses, timeout)
    steps.append(tcp)
    if sock is None:
        return steps
    try:
        sock.settimeout(timeout)
        steps.append(_tls(server, sock))
    finally:
        sock.close()
    if not steps[-1].ok:
        return steps
    import psycopg

    try:
        conn = psycopg.connect(host=server.host, port=server.port, user=server.user, password=password or None,
                               dbname=server.database, connect_timeout=max(1, round(timeout)),
                               **connect_kwargs(server.url()))
    except psycopg.OperationalError as exc:
        steps.append(Step("auth", False, _auth_problem(str(exc))))
        return steps
    steps.append(Step("auth", True))
    try:
        with conn:
            row = None
            exists = conn.execute("SELECT to_regclass('alembic_version') IS NOT NULL").fetchone()
            if exists and exists[0]:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except psycopg.Error:
        steps.append(Step("schema", False, "unreadable"))
        return steps
    steps.append(_schema_step(str(row[0]) if row else None))
    return steps


def _schema_step(version: str | None) -> Step:
    if version is None:
        return Step("schema", True, detail="empty")
    if version == HEAD_REVISION:
        return Step("schema", True, detail="current")
    if not (version.isdigit() and HEAD_REVISION.isdigit()) or int(version) > int(HEAD_REVISION):
        return Step("schema", False, "newer", detail=version)  # made by a later Relance: update this one
    return Step("schema", True, detail="older")  # upgraded at the next start


def sign_in_early(settings: Settings, read_password: Callable[[], str | None] | None = None,
                  ) -> tuple[str | None, SchemaCheck]:
    """The start's schema check on the team server (:func:`~desktop.services.database.check_schema`, the
    connection kept), with the password it needs, and the password.

    The keyring is opened only for a server that asks for a password: when the last start's sign-in used none
    (``team_server_asks_password`` false: trust, certificate or peer sign-in), the server is signed in to
    without it, since the keyring's import and backend discovery cost about a tenth of a second before the first
    page. Should that server now ask (libpq says so: ``needs_password``), the password is read and the sign-in
    tried once more. ``read_password``: where the password comes from (default: the keyring, :func:`team_password`).
    What the sign-in used is in the answer (``password_used``), for the caller to remember.
    """
    from desktop.services.database import check_schema

    read = read_password or (lambda: team_password(settings))
    url = settings.effective_database_url
    password = read() if settings.team_server_asks_password else None
    checked = check_schema(url, password, keep=True)
    if checked.needs_password and password is None:
        password = read()
        if password is not None:
            checked = check_schema(url, password, keep=True)
    return password, checked


def team_password(settings: Settings) -> str | None:
    """The team database's password from the keyring (None in local mode, for an SQLite file named by its URL, or
    when none is stored): the keyring's start costs a tenth of a second before the first page."""
    if settings.is_embedded or dialect_of(settings.effective_database_url) == "sqlite":
        return None
    from desktop.services.secrets import SecretName, SecretStore, check_keyring

    try:
        return SecretStore(check_keyring()).get(SecretName.DATABASE_PASSWORD)
    except Exception:  # a locked or broken keyring: the server then says what is missing
        log.warning("the team database password could not be read from the keyring")
        return None

"""A throwaway PostgreSQL server on loopback, started by the test suite.

The server runs as the unprivileged ``postgres`` user when the suite runs as root
(``initdb`` refuses root), with trust authentication, in a temporary folder it owns,
on a free loopback port. It is stopped and its folder deleted at the end.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    user: str

    def url(self, database: str = "postgres", driver: str = "postgresql+psycopg") -> str:
        return f"{driver}://{self.user}@{self.host}:{self.port}/{database}"


def find_bin_dir() -> Path | None:
    """Return the folder holding ``initdb`` and ``pg_ctl``, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for c in candidates:
        if Path(c, "initdb").exists():
            return Path(c)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _scratch() -> str | None:
    """Where the server's folder goes: memory (``/dev/shm``) when the machine has room there, as the server's data
    is thrown away anyway (creating and dropping a test's database is file work: 0.2 s on disk)."""
    shm = Path("/dev/shm")
    try:
        stats = os.statvfs(shm)
    except OSError:
        return None
    return str(shm) if os.access(shm, os.W_OK) and stats.f_bavail * stats.f_frsize > 2 << 30 else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_postgres(*, password: str | None = None, tls: tuple[bytes, bytes] | None = None,
                     host: str = "127.0.0.1", netns: str | None = None,
                     in_memory: bool = False) -> Iterator[PostgresServer]:
    """Start a PostgreSQL server for the duration of the context.

    Args:
        password: When given, the superuser's password, and SCRAM authentication instead of trust.
        tls: When given, the server certificate and key (PEM): TLS on, as a remote team server has it.
        host: The address the server listens on (loopback unless a benchmark puts it in a network namespace).
        netns: A network namespace (``ip netns``) to run the server in: a "remote" server for benchmarks.
        in_memory: Keep the server's folder in ``/dev/shm`` when it has room (the test suite's many small
            databases; the benchmarks keep theirs on disk, as a server has them).
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries not found (install Debian's postgresql)")
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    if netns is not None:
        prefix = ["ip", "netns", "exec", netns, *prefix]
    user = "postgres" if as_root else os.environ.get("USER", "postgres")
    tmp = Path(tempfile.mkdtemp(prefix="relance-pg-", dir=_scratch() if in_memory else None))
    data = tmp / "data"
    sock = tmp / "sock"
    sock.mkdir()
    if as_root:
        shutil.chown(tmp, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    auth = ["-A", "trust"]
    if password is not None:
        pwfile = tmp / "pw"
        pwfile.write_text(password + "\n")
        if as_root:
            shutil.chown(pwfile, "postgres")
        auth = ["-A", "scram-sha-256", f"--pwfile={pwfile}"]
    subprocess.run(
        [*prefix, str(bin_dir / "initdb"), "-D", str(data), *auth, "-U", user, "-E", "UTF8", "--no-sync"],
        check=True, capture_output=True, env=env,
    )
    if host != "127.0.0.1":  # reached from outside: clients come from another address (TLS only when on)
        with (data / "pg_hba.conf").open("a") as hba:
            hba.write(f"{'hostssl' if tls else 'host'} all all 0.0.0.0/0 "
                      f"{'scram-sha-256' if password is not None else 'trust'}\n")
    opts = (f"-c listen_addresses={host} -c port={port} -c unix_socket_directories={sock} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 "
            "-c wal_init_zero=off")
    if tls is not None:
        for name, pem in (("server.crt", tls[0]), ("server.key", tls[1])):
            (data / name).write_bytes(pem)
            (data / name).chmod(0o600)
            if as_root:
                shutil.chown(data / name, "postgres")
        opts += " -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
    subprocess.run(
        [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(tmp / "log"), "-w",
         "-t", "60", "start"],
        check=True, capture_output=True, env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection((host, port), timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield PostgresServer(host, port, user)
    finally:
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True, env=env, check=False,
        )
        shutil.rmtree(tmp, ignore_errors=True)


def create_database(server: PostgresServer, name: str, template: str | None = None) -> str:
    """Create a database on ``server``, empty or a copy of ``template``, and return its SQLAlchemy URL."""
    import psycopg

    with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return server.url(name)


def drop_database(server: PostgresServer, name: str) -> None:
    """Drop a test's database, closing what still holds it (a connection a test left open); a failure is no error."""
    import psycopg

    try:
        with psycopg.connect(host=server.host, port=server.port, user=server.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.Error:
        pass

"""« Tester la connexion » for the team database, against real PostgreSQL servers.

One server is started as a hosting provider runs it (TLS on with a certificate for 127.0.0.1, SCRAM passwords);
the suite's own server has no TLS and trusts everyone. Each failure must be named at the step where it happens.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.db.schema_version import HEAD_REVISION
from desktop.services.database import Database
from desktop.services.team_server import TeamServer, check_server
from tests.support.postgres import PostgresServer, create_database, find_bin_dir, running_postgres
from tests.support.tls import Certificate, certificate  # noqa: F401 - the fixture

pytestmark = pytest.mark.postgres

PASSWORD = "s3cret-équipe"


@pytest.fixture(scope="module")
def tls_server(certificate: Certificate) -> Iterator[PostgresServer]:  # noqa: F811
    if find_bin_dir() is None:
        pytest.fail("PostgreSQL server binaries are missing: run `make system-deps`")
    with running_postgres(password=PASSWORD, tls=(certificate.cert.read_bytes(), certificate.key.read_bytes())) as s:
        yield s


def _server(pg: PostgresServer, **changes: object) -> TeamServer:
    fields: dict[str, object] = {"host": pg.host, "port": pg.port, "database": "postgres", "user": pg.user,
                                 "sslmode": "verify-full"}
    fields.update(changes)
    return TeamServer(**fields)  # type: ignore[arg-type]


def _keys(steps: list) -> list[tuple[str, bool, str]]:
    return [(s.key, s.ok, s.problem) for s in steps]


def test_every_step_passes_on_a_tls_server_with_its_ca(tls_server: PostgresServer, certificate: Certificate) -> None:  # noqa: F811
    steps = check_server(_server(tls_server, ca_file=str(certificate.cert)), PASSWORD)
    assert _keys(steps) == [("dns", True, ""), ("tcp", True, ""), ("tls", True, ""), ("auth", True, ""),
                            ("schema", True, "")]
    assert steps[2].detail.startswith("TLS")
    assert steps[-1].detail == "empty"  # nothing there yet: the first start creates the schema


def test_a_certificate_nobody_vouches_for_fails_at_tls(tls_server: PostgresServer) -> None:
    steps = check_server(_server(tls_server), PASSWORD)  # no CA file: the system's authorities do not know it
    assert _keys(steps)[-1] == ("tls", False, "untrusted")
    # the same server with sslmode=require (encrypted, certificate not checked) gets through TLS
    assert _keys(check_server(_server(tls_server, sslmode="require"), PASSWORD))[2] == ("tls", True, "")


def test_a_wrong_password_user_or_database_fails_at_sign_in(tls_server: PostgresServer,
                                                            certificate: Certificate) -> None:  # noqa: F811
    good = _server(tls_server, ca_file=str(certificate.cert))
    assert _keys(check_server(good, "wrong"))[-1] == ("auth", False, "password")
    assert _keys(check_server(good, None))[-1] == ("auth", False, "password")
    assert check_server(TeamServer(**{**good.__dict__, "database": "nosuchdb"}), PASSWORD)[-1].problem in (
        "database", "password")


def test_a_server_without_tls_fails_when_tls_is_required(postgres_server: PostgresServer) -> None:
    assert _keys(check_server(_server(postgres_server, sslmode="require"), None))[-1] == ("tls", False, "not-offered")
    steps = check_server(_server(postgres_server, sslmode="prefer"), None)
    assert [s.ok for s in steps] == [True] * 5 and steps[2].detail == "not-offered"


def test_unknown_names_and_closed_ports_fail_at_their_own_step() -> None:
    assert _keys(check_server(TeamServer(host="serveur-inexistant.invalid"), None)) == [
        ("dns", False, "unknown-host")]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: refused
        steps = check_server(TeamServer(host="127.0.0.1", port=port), None)
    assert _keys(steps) == [("dns", True, ""), ("tcp", False, "refused")]
    assert _keys(check_server(TeamServer(host=" "), None)) == [("dns", False, "no-host")]


def test_the_schema_step_compares_versions(postgres_server: PostgresServer) -> None:
    url = create_database(postgres_server, "schema_step")
    database = Database(url)
    database.open()
    try:
        steps = check_server(_server(postgres_server, database="schema_step", sslmode="disable"), None)
        assert (steps[-1].key, steps[-1].ok, steps[-1].detail) == ("schema", True, "current")
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        steps = check_server(_server(postgres_server, database="schema_step", sslmode="disable"), None)
        assert (steps[-1].key, steps[-1].ok, steps[-1].problem) == ("schema", False, "newer")
    finally:
        database.close()
    assert HEAD_REVISION.isdigit()


def test_the_app_opens_a_tls_team_database_with_the_password_from_the_keyring_only(
        tls_server: PostgresServer, certificate: Certificate, tmp_path: Path) -> None:  # noqa: F811
    """The URL kept in the settings has no password; the database opens over verified TLS with the keyring's."""
    import psycopg

    from desktop.services.secrets import SecretName, SecretStore, check_keyring
    from desktop.services.team_server import team_password
    from desktop.settings import Settings

    with psycopg.connect(host=tls_server.host, port=tls_server.port, user=tls_server.user, password=PASSWORD,
                         dbname="postgres", sslmode="require", autocommit=True) as admin:
        admin.execute("CREATE DATABASE equipe")  # its own base: the other tests find "postgres" empty
    url = _server(tls_server, database="equipe", ca_file=str(certificate.cert)).url()
    assert PASSWORD not in url and "sslmode=verify-full" in url
    settings = Settings(data_dir=tmp_path, database_url=url)
    settings.save()
    SecretStore(check_keyring()).set(SecretName.DATABASE_PASSWORD, PASSWORD)
    try:
        assert TeamServer.from_url(url) == _server(tls_server, database="equipe", ca_file=str(certificate.cert))
        database = Database(settings.effective_database_url, password=team_password(settings))
        database.open()  # SQLAlchemy: migrates over TLS
        try:
            assert database.scalar("SELECT version_num FROM alembic_version") == HEAD_REVISION  # bare psycopg
            assert database.scalar("SELECT ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == "true"
        finally:
            database.close()
        assert PASSWORD not in "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
        with pytest.raises(Exception, match="no password supplied"):
            Database(settings.effective_database_url).scalar("SELECT 1")
    finally:
        SecretStore(check_keyring()).set(SecretName.DATABASE_PASSWORD, "")


def _counted_reads(password: str | None) -> tuple[list[int], object]:
    reads: list[int] = []

    def read() -> str | None:
        reads.append(1)
        return password
    return reads, read


def test_the_keyring_is_read_at_start_only_for_a_server_that_asks_for_a_password(
        tls_server: PostgresServer, postgres_server: PostgresServer, certificate: Certificate,  # noqa: F811
        tmp_path: Path) -> None:
    """A server that signed in without a password last time is signed in to without opening the keyring; should
    it now ask for one (a SCRAM server), the password is read and the sign-in tried again; a server that asks is
    given the password first. What the sign-in used is what the next start remembers."""
    from desktop.services.team_server import sign_in_early
    from desktop.settings import Settings

    trusting = Settings(data_dir=tmp_path, database_url=postgres_server.url(),
                        team_server_asks_password=True)
    reads, read = _counted_reads(None)
    password, checked = sign_in_early(trusting, read)  # type: ignore[arg-type]
    assert (reads, password, checked.password_used, checked.needs_password) == ([1], None, False, False)
    reads, read = _counted_reads("ignored")
    _password, checked = sign_in_early(replace(trusting, team_server_asks_password=False), read)  # type: ignore[arg-type]
    assert (reads, checked.password_used) == ([], False)  # never opened

    asking = Settings(data_dir=tmp_path, database_url=_server(tls_server, ca_file=str(certificate.cert)).url(),
                      team_server_asks_password=False)  # as learned from a trusting server before it changed
    reads, read = _counted_reads(PASSWORD)
    password, checked = sign_in_early(asking, read)  # type: ignore[arg-type]
    assert (reads, password, checked.password_used) == ([1], PASSWORD, True)  # refused once, then signed in
    reads, read = _counted_reads(PASSWORD)
    password, checked = sign_in_early(replace(asking, team_server_asks_password=True), read)  # type: ignore[arg-type]
    assert (reads, password, checked.password_used, checked.needs_password) == ([1], PASSWORD, True, False)
    reads, read = _counted_reads(None)  # nothing in the keyring: the refusal stands, said by the full open
    password, checked = sign_in_early(asking, read)  # type: ignore[arg-type]
    assert (reads, password, checked.current, checked.needs_password, checked.password_used) == (
        [1], None, False, True, None)

"""Count the database round trips of one user action, on SQLite and on PostgreSQL, below every library.

Statement hooks in SQLAlchemy miss trips: the pool's pre-ping (``SELECT 1`` on each check-out), the dialect's
first-connect queries, the SQLite pragmas of each new connection, psycopg's implicit ``BEGIN``, the bare
DB-API connections of the list views (``desktop.db.dbapi``) and of the schema check. So the counting is done
where the trips are made:

- **PostgreSQL**: :class:`WireCounter` is a TCP proxy on loopback in front of the server; the application is
  given its address. A *round trip* is a client turn: the client sends after the server has answered (or
  first), then waits. Each turn is labelled from the protocol messages it carries (``Query`` and ``Parse``
  hold the SQL text; a ``Bind`` alone runs a statement psycopg prepared earlier, named by it): the connection
  handshake (until the server's first ``ReadyForQuery``: SSL request, start-up, authentication), transaction control
  (``BEGIN``/``COMMIT``/``ROLLBACK``: a trip each on PostgreSQL), the pool's ping, and statements. A
  ``Terminate`` sent while closing waits for nothing and is not a trip.
- **SQLite**: every connection opened through ``sqlite3.connect`` (SQLAlchemy's pysqlite driver and the bare
  reads alike) gets a trace callback (:func:`sqlite_tracing`), which SQLite calls for each statement it runs
  (pragmas and transaction control included, trigger bodies excluded). Nothing there leaves the process: a
  statement is a library call, not a trip, and ``BEGIN``/``COMMIT`` are counted apart for that reason.

:class:`Tally` is one action's count; ``Meter.measure()`` resets, runs the action and returns it.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

TX_WORDS = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "END")
PING_SQL = ("SELECT 1", "")  # SQLAlchemy pings PostgreSQL with an empty statement (";")


def _kind_of(sql: str) -> str:
    head = sql.strip().upper()
    if head.startswith(TX_WORDS):
        return "transaction"
    if head.rstrip(";") in PING_SQL:
        return "ping"
    if head.startswith("PRAGMA"):
        return "pragma"
    return "statement"


@dataclass
class Trip:
    """One round trip (PostgreSQL) or one statement (SQLite): what it carried."""

    kind: str  # "connect", "transaction", "ping", "pragma", "statement"
    sql: str
    connection: int


@dataclass
class Tally:
    """What one action cost the database."""

    backend: str
    trips: list[Trip] = field(default_factory=list)
    connects: int = 0

    def count(self, kind: str) -> int:
        return sum(1 for t in self.trips if t.kind == kind)

    @property
    def value(self) -> int:
        """The figure: every trip on PostgreSQL (handshakes included); on SQLite every statement but the
        transaction control, which is a local call there."""
        if self.backend == "postgresql":
            return len(self.trips)
        return sum(1 for t in self.trips if t.kind != "transaction")

    def details(self) -> dict[str, object]:
        out: dict[str, object] = {"statements": self.count("statement"), "connects": self.connects}
        if self.backend == "postgresql":
            out.update(transaction_control=self.count("transaction"), pings=self.count("ping"),
                       connect_trips=self.count("connect"))
        else:
            out.update(pragmas=self.count("pragma"), transaction_control_local=self.count("transaction"))
        return out

    def listing(self) -> str:
        """The trips in order, one a line (``BENCH_ROUNDTRIPS_SQL=1``)."""
        lines = []
        for n, t in enumerate(self.trips, 1):
            sql = " ".join(t.sql.split())
            lines.append(f"      {n:3d} c{t.connection} {t.kind:11s} {sql[:220]}")
        return "\n".join(lines)

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.backend, self.trips + other.trips, self.connects + other.connects)


class Meter:
    """Collects trips from any thread; :meth:`measure` gives those of one stretch of time."""

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self._lock = threading.Lock()
        self._tally = Tally(backend)

    def trip(self, kind: str, sql: str, connection: int) -> None:
        with self._lock:
            self._tally.trips.append(Trip(kind, sql, connection))

    def connected(self) -> None:
        with self._lock:
            self._tally.connects += 1

    def take(self) -> Tally:
        """What was counted since the last take (or the start)."""
        with self._lock:
            tally, self._tally = self._tally, Tally(self.backend)
        return tally


# SQLite -------------------------------------------------------------------------------------------------
@contextlib.contextmanager
def sqlite_tracing(meter: Meter) -> Iterator[None]:
    """Trace every SQLite connection opened meanwhile (SQLAlchemy's and the bare ones) into ``meter``."""
    import sqlite3.dbapi2 as dbapi2

    original = sqlite3.connect
    numbers = iter(range(1, 1_000_000))

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = original(*args, **kwargs)
        number = next(numbers)
        meter.connected()

        def traced(sql: str) -> None:
            if not sql.startswith("--"):  # "-- TRIGGER name": a trigger's body runs inside its statement
                meter.trip(_kind_of(sql), sql, number)

        conn.set_trace_callback(traced)
        return conn

    sqlite3.connect = dbapi2.connect = connect  # type: ignore[assignment]
    try:
        yield
    finally:
        sqlite3.connect = dbapi2.connect = original  # type: ignore[assignment]


# PostgreSQL ---------------------------------------------------------------------------------------------
_SSL_REQUEST, _GSS_REQUEST, _CANCEL = 80877103, 80877104, 80877102
_READY = b"Z\x00\x00\x00\x05"


class _Conversation:
    """One client connection through the proxy: its turns and what they carry."""

    def __init__(self, meter: Meter, number: int) -> None:
        self.meter = meter
        self.number = number
        self.started = False  # the StartupMessage went: the client's messages are typed from then on
        self.ready = False  # the server's first ReadyForQuery: the handshake is over
        self.client_turn = False  # the last bytes went from the client
        self.buffer = b""
        self.turn_sql: list[str] = []
        self.turn_types: set[bytes] = set()
        self.turn_open = False
        self.turn_in_handshake = False
        self.prepared: dict[bytes, str] = {}

    def from_client(self, data: bytes) -> None:
        if not self.client_turn:
            self._close_turn()
            self.turn_open, self.client_turn = True, True
            self.turn_in_handshake = not self.ready
        self.buffer += data
        self._parse()

    def from_server(self, data: bytes) -> None:
        if not self.ready and _READY in data:
            self.ready = True
        self.client_turn = False

    def _parse(self) -> None:
        while True:
            if not self.started:
                if len(self.buffer) < 8:
                    return
                length, code = struct.unpack("!ii", self.buffer[:8])
                if len(self.buffer) < length:
                    return
                self.buffer = self.buffer[length:]
                if code not in (_SSL_REQUEST, _GSS_REQUEST, _CANCEL):
                    self.started = True
                self.turn_types.add({_SSL_REQUEST: b"ssl request", _GSS_REQUEST: b"gss request",
                                     _CANCEL: b"cancel"}.get(code, b"startup"))
                continue
            if len(self.buffer) < 5:
                return
            kind, length = self.buffer[:1], struct.unpack("!i", self.buffer[1:5])[0]
            if len(self.buffer) < 1 + length:
                return
            body, self.buffer = self.buffer[5:1 + length], self.buffer[1 + length:]
            self.turn_types.add(kind)
            if kind == b"Q":
                self.turn_sql.append(body.split(b"\x00", 1)[0].decode("utf-8", "replace"))
            elif kind == b"P":
                parts = body.split(b"\x00", 2)
                if len(parts) > 1:
                    sql = parts[1].decode("utf-8", "replace")
                    if parts[0]:  # a named (prepared) statement: its later runs are a Bind naming it
                        self.prepared[parts[0]] = sql
                    self.turn_sql.append(sql)
            elif kind == b"B":
                parts = body.split(b"\x00", 2)
                if len(parts) > 1 and parts[1] in self.prepared and b"P" not in self.turn_types - {kind}:
                    self.turn_sql.append(self.prepared[parts[1]])

    def _close_turn(self) -> None:
        if not self.turn_open:
            return
        sql, types = "; ".join(self.turn_sql), self.turn_types
        self.turn_open, self.turn_sql, self.turn_types = False, [], set()
        if types == {b"X"}:  # Terminate: nothing waits for an answer
            return
        if self.turn_in_handshake:
            self.meter.trip("connect", "(handshake: " + ", ".join(sorted(t.decode() for t in types)) + ")",
                            self.number)
        elif not sql:
            self.meter.trip("statement", "(a prepared statement not seen prepared)", self.number)
        else:
            self.meter.trip(_kind_of(sql), sql, self.number)

    def flush(self) -> None:
        self._close_turn()


class WireCounter:
    """A counting TCP proxy to a PostgreSQL server, on its own thread; :meth:`url` rewrites a URL to it."""

    def __init__(self, meter: Meter, host: str, port: int) -> None:
        self.meter = meter
        self.target = (host, port)
        self._conversations: list[_Conversation] = []
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.port = 0
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._serve, name="roundtrip-proxy", daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def url(self, url: str) -> str:
        """The same database, reached through the proxy."""
        return url.replace(f"@{self.target[0]}:{self.target[1]}/", f"@127.0.0.1:{self.port}/", 1)

    def settle(self) -> None:
        """Close every open turn so that it is counted (call before :meth:`Meter.take`)."""
        def flush() -> None:
            for c in self._conversations:
                c.flush()

        done = threading.Event()
        self._loop.call_soon_threadsafe(lambda: (flush(), done.set()))
        done.wait(5)

    def close(self) -> None:
        """Stop the proxy: its listening socket and every conversation closed, so that no socket is left to the
        garbage collector (a ResourceWarning in whatever test runs then)."""
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for _ in range(3):  # the transports close on the next turns of the loop
                await asyncio.sleep(0)

        if self._thread.is_alive():
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
        if not self._thread.is_alive():
            self._loop.close()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self._server = server
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection(*self.target)
        with self._lock:
            conversation = _Conversation(self.meter, len(self._conversations) + 1)
            self._conversations.append(conversation)
        self.meter.connected()

        async def pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, client: bool) -> None:
            try:
                while data := await reader.read(65536):
                    (conversation.from_client if client else conversation.from_server)(data)
                    writer.write(data)
                    await writer.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                with contextlib.suppress(Exception):
                    writer.close()

        await asyncio.gather(pump(client_r, server_w, True), pump(server_r, client_w, False))
        conversation.flush()

"""A small SMTP server over a real loopback socket whose every step is scripted: it greets late, trickles one
byte at a time, stalls, answers any code to MAIL, RCPT or the end of DATA, keeps a message and drops the
connection before its reply, offers or withholds STARTTLS. What it sent and kept is counted, so the tests assert
on bytes and copies, never on the wall clock."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

STALL = "stall"  # a script answer: say nothing, keep the connection open
DROP = "drop"  # a script answer: close the connection without a reply


@dataclass
class Copy:
    """One message the server kept (its end of DATA was received)."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes


class FakeMonotonic:
    """A monotonic clock that moves by ``step`` seconds each time it is read (deadlines without waiting)."""

    def __init__(self, step: float) -> None:
        self.now = 1000.0
        self.step = step
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        self.now += self.step
        return self.now


@dataclass
class ScriptedSmtp:
    """The server and its script (edit the fields before or between connections).

    Attributes:
        greeting: The greeting line, or :data:`STALL` to never greet.
        trickle: When set, the greeting is sent one byte every ``trickle`` seconds.
        extensions: EHLO keywords after the first line.
        on_mail: The reply to ``MAIL FROM`` (given the address).
        on_rcpt: The reply to ``RCPT TO`` (given the address).
        after_data: The reply once a whole message was received (given the copy); :data:`DROP` closes without
            a reply, :data:`STALL` says nothing. The copy is kept in every case.
        starttls: The reply to ``STARTTLS``; after a 220 the server writes plain text, so TLS fails.
    """

    greeting: str = "220 scripted.example ESMTP"
    trickle: float | None = None
    extensions: list[str] = field(default_factory=lambda: ["SIZE 10000000", "8BITMIME", "ENHANCEDSTATUSCODES"])
    on_mail: Callable[[str], str] = lambda _address: "250 2.1.0 OK"
    on_rcpt: Callable[[str], str] = lambda _address: "250 2.1.5 OK"
    after_data: Callable[[Copy], str] = lambda _copy: "250 2.0.0 OK queued"
    starttls: str = "220 2.0.0 Ready to start TLS"
    copies: list[Copy] = field(default_factory=list)
    bytes_sent: int = 0
    connections: int = 0
    host: str = "127.0.0.1"
    port: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _sockets: list[socket.socket] = field(default_factory=list)

    # serving ---------------------------------------------------------------------------------------------------
    def start(self) -> None:
        listener = socket.create_server((self.host, 0))
        self.port = listener.getsockname()[1]
        self._sockets.append(listener)
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self._sockets.append(conn)
            threading.Thread(target=self._serve_guarded, args=(conn,), daemon=True).start()

    def _send(self, conn: socket.socket, data: bytes) -> None:
        conn.sendall(data)
        with self._lock:
            self.bytes_sent += len(data)

    def _reply(self, conn: socket.socket, answer: str) -> bool:
        """Answer, stall or drop; False when the conversation ends."""
        if answer == STALL:
            self._stop.wait()
            return False
        if answer == DROP:
            return False
        self._send(conn, answer.encode() + b"\r\n")
        return True

    def _serve_guarded(self, conn: socket.socket) -> None:
        try:
            self._serve(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def _serve(self, conn: socket.socket) -> None:
        if self.greeting == STALL:
            self._stop.wait()
            return
        if self.trickle is not None:
            for byte in self.greeting.encode() + b"\r\n":
                self._send(conn, bytes([byte]))
                if self._stop.wait(self.trickle):
                    return
        else:
            self._send(conn, self.greeting.encode() + b"\r\n")
        reader = conn.makefile("rb")
        mail_from, rcpts = "", list[str]()
        while not self._stop.is_set():
            line = reader.readline()
            if not line:
                return
            verb, _, arg = line.decode("utf-8", "replace").strip().partition(" ")
            verb = verb.upper()
            if verb in ("EHLO", "HELO"):
                lines = ["scripted.example", *self.extensions]
                self._send(conn, "".join(f"250{'-' if i < len(lines) - 1 else ' '}{x}\r\n"
                                         for i, x in enumerate(lines)).encode())
            elif verb == "STARTTLS":
                if not self._reply(conn, self.starttls):
                    return
                if self.starttls.startswith("220"):
                    self._send(conn, b"this is not TLS\r\n")
                    return
            elif verb == "MAIL":
                mail_from, rcpts = _address(arg), []
                if not self._reply(conn, self.on_mail(mail_from)):
                    return
            elif verb == "RCPT":
                answer = self.on_rcpt(_address(arg))
                if answer.startswith("2"):
                    rcpts.append(_address(arg))
                if not self._reply(conn, answer):
                    return
            elif verb == "DATA":
                self._send(conn, b"354 End data with <CR><LF>.<CR><LF>\r\n")
                data = b""
                while True:
                    chunk = reader.readline()
                    if not chunk:
                        return
                    if chunk == b".\r\n":
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                copy = Copy(mail_from, list(rcpts), data)
                with self._lock:
                    self.copies.append(copy)
                if not self._reply(conn, self.after_data(copy)):
                    return
            elif verb == "RSET":
                mail_from, rcpts = "", []
                self._send(conn, b"250 2.0.0 OK\r\n")
            elif verb == "NOOP":
                self._send(conn, b"250 2.0.0 OK\r\n")
            elif verb == "QUIT":
                self._send(conn, b"221 2.0.0 Bye\r\n")
                return
            else:
                self._send(conn, b"502 5.5.2 Command not recognised\r\n")

    def copies_to(self, address: str) -> list[Copy]:
        return [c for c in self.copies if address in c.rcpt_tos]


def _address(arg: str) -> str:
    start, end = arg.find("<"), arg.find(">")
    return arg[start + 1:end] if 0 <= start < end else arg.partition(":")[2].strip()


@pytest.fixture
def scripted_smtp() -> Iterator[ScriptedSmtp]:
    """A scripted SMTP server on 127.0.0.1 (edit its script in the test)."""
    server = ScriptedSmtp()
    server.start()
    try:
        yield server
    finally:
        server.stop()

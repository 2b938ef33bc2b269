"""The SMTP conversation with a deadline on every exchange, and the words for what went wrong in it.

:class:`SmtpClient` is ``smtplib.SMTP`` with its reading and writing replaced: each reply must arrive whole
within ``timeout`` seconds of being awaited (a server trickling one byte at a time no longer holds a batch,
since each ``recv`` waits only for what is left of the deadline), each write must finish within its own, and
no exchange may run past the batch's deadline. The clock is injected (``monotonic``). The client knows which
step it is in (:class:`Phase`), so a failure is told as what it is: a greeting that never came, a missing
STARTTLS, a certificate refused, a connection lost after the message was handed over (it may have been
delivered)...
"""

from __future__ import annotations

import enum
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from typing import Any

_MAX_LINE = 8192
_SourceAddress = Any
_PERIOD_RE = re.compile(rb"(?m)^\.")


class Phase(enum.Enum):
    """Where the conversation is (what the client waits for)."""

    CONNECT = "connect"
    TLS = "tls"
    GREETING = "greeting"
    EHLO = "ehlo"
    STARTTLS = "starttls"
    AUTH = "auth"
    MAIL = "mail"
    RCPT = "rcpt"
    DATA = "data"
    MESSAGE = "message"
    FINAL = "final"
    RESET = "reset"


class ExchangeFailed(Exception):
    """The connection failed during one exchange (no reply came, in time or at all).

    Attributes:
        phase: Where the conversation was.
        timed_out: True when the deadline passed, False when the connection closed or broke.
        batch: True when it was the batch's deadline.
    """

    def __init__(self, phase: Phase, *, timed_out: bool, batch: bool = False) -> None:
        super().__init__(f"{phase.value}: {'timed out' if timed_out else 'connection lost'}")
        self.phase = phase
        self.timed_out = timed_out
        self.batch = batch


class SmtpClient(smtplib.SMTP):
    """``smtplib.SMTP`` whose replies and writes each have a deadline.

    Args:
        timeout: Seconds allowed for each exchange (connecting, one reply, one write).
        batch_deadline: A ``monotonic()`` value no exchange may pass (the batch's end).
        monotonic: The clock of the deadlines.
        tls_context: When set, TLS starts at once on connecting (SMTPS, port 465).
    """

    def __init__(self, *, timeout: float, batch_deadline: float, monotonic: Callable[[], float] = time.monotonic,
                 tls_context: ssl.SSLContext | None = None) -> None:
        self.phase = Phase.CONNECT
        self._monotonic = monotonic
        self._batch_deadline = batch_deadline
        self._implicit_tls = tls_context
        self._buffer = b""
        self._read_from: object = None
        super().__init__(timeout=timeout)

    # deadlines -----------------------------------------------------------------------------------------------
    def _deadline(self) -> tuple[float, bool]:
        own = self._monotonic() + float(self.timeout)
        return (own, False) if own <= self._batch_deadline else (self._batch_deadline, True)

    def _remaining(self, deadline: tuple[float, bool]) -> float:
        left = deadline[0] - self._monotonic()
        if left <= 0:
            self.close()
            raise ExchangeFailed(self.phase, timed_out=True, batch=deadline[1])
        return left

    def connect(self, host: str = "localhost", port: int = 0, source_address: _SourceAddress = None,
                ) -> tuple[int, bytes]:
        """Connect and read the greeting (the name is kept for STARTTLS's certificate check)."""
        self._host = host
        return super().connect(host, port, source_address)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        self.phase = Phase.CONNECT
        deadline = self._deadline()
        try:
            sock = socket.create_connection((host, port), self._remaining(deadline), self.source_address)
        except TimeoutError:
            raise ExchangeFailed(self.phase, timed_out=True, batch=deadline[1]) from None
        if self._implicit_tls is not None:
            self.phase = Phase.TLS
            try:
                sock.settimeout(self._remaining(deadline))
                sock = self._implicit_tls.wrap_socket(sock, server_hostname=host)
            except TimeoutError:
                sock.close()
                raise ExchangeFailed(self.phase, timed_out=True, batch=deadline[1]) from None
            except BaseException:
                sock.close()
                raise
        self.phase = Phase.GREETING
        return sock

    def send(self, s: bytes | str) -> None:  # type: ignore[override]
        """Write to the server within one deadline."""
        if self.sock is None:
            raise ExchangeFailed(self.phase, timed_out=False)
        data = s.encode(self.command_encoding) if isinstance(s, str) else s
        deadline = self._deadline()
        try:
            self.sock.settimeout(self._remaining(deadline))
            self.sock.sendall(data)
        except TimeoutError:
            self.close()
            raise ExchangeFailed(self.phase, timed_out=True, batch=deadline[1]) from None
        except (ssl.SSLError, OSError):
            self.close()
            raise ExchangeFailed(self.phase, timed_out=False) from None

    def _readline(self, deadline: tuple[float, bool]) -> bytes:
        sock = self.sock
        if sock is None:
            raise ExchangeFailed(self.phase, timed_out=False)
        if self._read_from is not sock:  # a new socket (TLS started): nothing read before it counts
            self._read_from, self._buffer = sock, b""
        while b"\n" not in self._buffer:
            if len(self._buffer) > _MAX_LINE:
                self.close()
                raise smtplib.SMTPResponseException(500, "Line too long.")
            try:
                sock.settimeout(self._remaining(deadline))
                chunk = sock.recv(4096)
            except TimeoutError:
                self.close()
                raise ExchangeFailed(self.phase, timed_out=True, batch=deadline[1]) from None
            except (ssl.SSLError, OSError):
                self.close()
                raise ExchangeFailed(self.phase, timed_out=False) from None
            if not chunk:
                self.close()
                raise ExchangeFailed(self.phase, timed_out=False)
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line + b"\n"

    def getreply(self) -> tuple[int, bytes]:
        """Read one whole reply (all its lines) within one deadline."""
        deadline = self._deadline()
        lines, code = [], -1
        while True:
            line = self._readline(deadline)
            lines.append(line[4:].strip(b" \t\r\n"))
            try:
                code = int(line[:3])
            except ValueError:
                code = -1
                break
            if line[3:4] != b"-":
                break
        return code, b"\n".join(lines)

    def close(self) -> None:
        """Drop the connection at once (what was read is forgotten)."""
        self._buffer, self._read_from = b"", None
        super().close()

    # the message ---------------------------------------------------------------------------------------------
    def transfer(self, raw: bytes) -> tuple[int, bytes]:
        """Send DATA, the message (dot-stuffed) and its terminator; return the server's final reply.

        Raises:
            ExchangeFailed: In :attr:`Phase.FINAL` when the whole message was handed over but no reply came
                (the server may have kept it).
        """
        self.phase = Phase.DATA
        code, reply = self.docmd("data")
        if code != 354:
            return code, reply
        data = _PERIOD_RE.sub(b"..", raw)
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        self.phase = Phase.MESSAGE
        self.send(data + b".\r\n")
        self.phase = Phase.FINAL
        return self.getreply()


def _during(phase: Phase) -> str:
    return {Phase.EHLO: "while greeting it", Phase.STARTTLS: "while starting encryption",
            Phase.AUTH: "while logging in", Phase.MAIL: "while giving the sender",
            Phase.RCPT: "while giving the recipients", Phase.DATA: "before the message was sent",
            Phase.MESSAGE: "while the message was being sent", Phase.RESET: "between two messages"}.get(phase, "")


def exchange_words(exc: ExchangeFailed, timeout: float) -> str:
    """What the user is told when an exchange failed (short, plain, saying what to do).

    Args:
        exc: The failure.
        timeout: The exchange timeout, in seconds.

    Returns:
        The words.
    """
    phase = exc.phase
    if exc.batch:
        return "sending took too long this time; the rest is sent in the next round"
    if phase is Phase.CONNECT:
        return (f"the server did not answer within {timeout:g} s: check the server name, the port and your "
                "network" if exc.timed_out else "the connection to the server failed: check your network")
    if phase is Phase.TLS:
        return ("the secure connection did not start: check the security setting (SSL/TLS for port 465, "
                "STARTTLS for 587)")
    if phase is Phase.GREETING:
        if exc.timed_out:
            return (f"the server accepted the connection but sent no greeting within {timeout:g} s: check the "
                    "port and the security setting (SSL/TLS for port 465, STARTTLS for 587)")
        return "the server closed the connection before greeting: check the port and the security setting"
    if phase is Phase.FINAL:
        return ("the connection was lost after the whole message was sent, before the server confirmed it: "
                "it may have been delivered")
    what = "stopped answering" if exc.timed_out else "closed the connection"
    return f"the server {what} {_during(phase)}; Relance tries again later".replace("  ", " ")


def network_words(exc: BaseException) -> str:
    """Words for a failure outside an exchange: name lookup, refused connection, TLS, odd replies."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or exc.reason or "not trusted"
        return (f"the server's certificate was refused ({reason}): check the server name, or ask your provider "
                "for the right one")
    if isinstance(exc, ssl.SSLError):
        return (f"the secure connection failed ({exc.reason or type(exc).__name__}): check the security setting "
                "(SSL/TLS for port 465, STARTTLS for 587)")
    if isinstance(exc, ConnectionRefusedError):
        return "the server refused the connection: check the server name and the port"
    if isinstance(exc, socket.gaierror):
        return "the server name could not be found: check it in the settings and your network"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection; Relance tries again later"
    return f"the connection failed ({type(exc).__name__}); Relance tries again later"

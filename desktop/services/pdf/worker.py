"""A warm child process that renders PDFs, so that a render that runs too long can be stopped.

xhtml2pdf cannot be interrupted from another thread, so the only reliable stop is to kill the process
doing the work. Starting a Python process and importing xhtml2pdf costs far more than a render, so the
child is started once (``spawn``: safe beside Qt's threads), warmed with a first render that registers
the fonts, and kept alive between renders. On timeout it is killed and a fresh one is started on the
next render. Calls are serialised by a lock; use one worker per thread that renders, or share it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType

from desktop.services.pdf.render import PdfRenderError, render_pdf

DEFAULT_TIMEOUT_S = 30.0
_WARMUP_HTML = "<html><body><p>Relance</p></body></html>"


class PdfRenderTimeout(PdfRenderError):
    """The render took longer than allowed and was stopped; no PDF was produced."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"Le rendu du PDF a dépassé {seconds:g} s et a été arrêté. Simplifiez le modèle "
            f"(images, longueur) puis réessayez."
        )


class PdfWorkerCrashed(PdfRenderError):
    """The worker process died during a render (out of memory, killed)."""


def _serve(conn: Connection, warm_base: str) -> None:
    """The child's loop: render each request, answer ``("ok", bytes)`` or ``("error", message)``."""
    with contextlib.suppress(PdfRenderError):
        render_pdf(_WARMUP_HTML, Path(warm_base))
    conn.send(("ready", b""))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        html, base_dir, extra_roots = request
        try:
            conn.send(("ok", render_pdf(html, Path(base_dir), tuple(Path(p) for p in extra_roots))))
        except PdfRenderError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # the child must answer every request, whatever happened
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class PdfRenderWorker:
    """Renders PDFs in a kept-alive child process, with a timeout per render.

    Example:
        >>> with PdfRenderWorker(base_dir) as worker:            # doctest: +SKIP
        ...     pdf = worker.render(html, base_dir, timeout=20)
    """

    def __init__(self, warm_base: Path, *, start_timeout: float = 60.0) -> None:
        """Prepare a worker; the child starts on :meth:`start` or on the first render.

        Args:
            warm_base: a design folder for the warm-up render.
            start_timeout: how long the child may take to start and warm up.
        """
        self._warm_base = str(warm_base)
        self._start_timeout = start_timeout
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    @property
    def pid(self) -> int | None:
        """The child's process id, or ``None`` when no child is running."""
        return self._process.pid if self._process is not None and self._process.is_alive() else None

    def start(self) -> None:
        """Start and warm the child now, rather than on the first render."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop_child()
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self._warm_base), name="relance-pdf", daemon=True
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        if not parent.poll(self._start_timeout):
            self._stop_child()
            raise PdfWorkerCrashed("the PDF worker did not start")
        try:
            parent.recv()
        except EOFError as exc:
            self._stop_child()
            raise PdfWorkerCrashed("the PDF worker died while starting") from exc
        return parent

    def _stop_child(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self._process.close()
        self._process, self._conn = None, None

    def render(
        self, html: str, base_dir: Path, extra_roots: tuple[Path, ...] = (), *, timeout: float = DEFAULT_TIMEOUT_S
    ) -> bytes:
        """Render ``html`` to PDF in the child; see :func:`~desktop.services.pdf.render.render_pdf`.

        Args:
            html: the document.
            base_dir: the design folder.
            extra_roots: further folders resources may come from (logo, photo).
            timeout: seconds the render may take, start-up of a fresh child not included.

        Raises:
            PdfRenderTimeout: the render took longer than ``timeout``; the child was killed.
            PdfWorkerCrashed: the child died.
            PdfRenderError: xhtml2pdf refused the document.
        """
        with self._lock:
            conn = self._ensure_started()
            conn.send((html, str(base_dir), tuple(str(p) for p in extra_roots)))
            if not conn.poll(timeout):
                self._stop_child()
                raise PdfRenderTimeout(timeout)
            try:
                kind, payload = conn.recv()
            except (EOFError, OSError) as exc:
                self._stop_child()
                raise PdfWorkerCrashed("the PDF worker died during the render") from exc
        if kind == "ok":
            return bytes(payload)
        raise PdfRenderError(str(payload))

    def close(self) -> None:
        """Stop the child (politely, then by force)."""
        with self._lock:
            if self._conn is not None and self._process is not None and self._process.is_alive():
                try:
                    self._conn.send(None)
                    self._process.join(2)
                except OSError:
                    pass
            self._stop_child()

    def __enter__(self) -> PdfRenderWorker:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

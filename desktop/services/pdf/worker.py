"""A warm child process that renders quotes, from their template to the PDF, so that a render can be stopped.

xhtml2pdf cannot be interrupted from another thread, and a user's template can be written to run long or to
fill the memory, so the only reliable stop is to kill the process doing the work. Starting a Python process
and importing xhtml2pdf costs far more than a render, so the child is started once (``spawn``: safe beside
Qt's threads), warmed with a first render that registers the fonts and compiles the shipped designs, and kept
alive between renders. :meth:`PdfRenderWorker.render_quote` sends the document and gets the PDF back in one
round trip: the child renders the template (in the bounded sandbox, its compiled designs kept) and then the
PDF. On timeout the child is killed and a fresh one is started on the next render. Calls are serialised by a
lock; use one worker per thread that renders, or share it.

Bounds of a render, by platform:

- everywhere: the timeout (the child is killed), and the template sandbox's budget of time, repetitions and
  text (:mod:`desktop.services.pdf.sandbox`), which stops the usual ways of hanging or filling memory first,
  with words;
- Linux (and other systems where ``RLIMIT_AS`` is enforced): the child's address space is limited to its
  warmed-up size plus ``memory_limit`` bytes, so an allocation past it fails with ``MemoryError``, answered as
  a worded error, after which the child is replaced;
- Windows has no ``RLIMIT``: memory is bounded there by the sandbox's budget and the timeout only (a Job
  Object memory limit would be the equivalent); macOS does not enforce ``RLIMIT_AS`` either.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desktop.core.validation import Problem
from desktop.services.pdf.render import PdfRenderError, render_pdf

if TYPE_CHECKING:
    from desktop.core.quotes import QuoteDocument

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes a render may add to the warmed-up child
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


def template_seconds(timeout: float) -> float:
    """The time a template may take inside a render of ``timeout`` seconds: half, at most the sandbox's own
    bound, so that the sandbox stops a slow template with its words before the child is killed."""
    from desktop.services.pdf.sandbox import MAX_SECONDS

    return min(MAX_SECONDS, timeout / 2)


def _limit_memory(extra: int | None) -> bool:
    """Limit this process's address space to its present size plus ``extra`` bytes, where the system can."""
    if extra is None:
        return False
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:  # Linux: the size now, in pages
            size = int(statm.read().split()[0]) * resource.getpagesize()
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = size + extra if hard == resource.RLIM_INFINITY else min(size + extra, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, ValueError):  # Windows (no resource), no /proc (macOS), refused
        return False
    return True


def _serve(conn: Connection, warm_base: str, memory_limit: int | None) -> None:
    """The child's loop: answer each request with ``("ok", pdf)`` or an error, whatever happened."""
    from desktop.services.pdf.quote_pdf import render_html_in_child, warm_up_templates

    with contextlib.suppress(PdfRenderError):
        render_pdf(_WARMUP_HTML, Path(warm_base))
    environments = warm_up_templates()
    conn.send(("ready", _limit_memory(memory_limit)))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        kind, *args = request
        try:
            if kind == "quote":
                document, template_name, lang, root, seconds, base_dir, extra_roots = args
                html = render_html_in_child(environments, document, template_name, lang, root, seconds)
                conn.send(("html_done", None))
            else:
                html, base_dir, extra_roots = args
            conn.send(("ok", render_pdf(html, Path(base_dir), tuple(Path(p) for p in extra_roots))))
        except Exception as exc:  # the child must answer every request, whatever happened
            answer = _error_answer(exc)
            conn.send(answer)
            if answer[0] == "memory":
                return  # a fresh child serves the next render


def _error_answer(exc: BaseException) -> tuple[str, Any]:
    from desktop.services.pdf.templating import TemplateRenderError

    if isinstance(exc, TemplateRenderError):
        key, params = getattr(exc.message, "key", None), getattr(exc.message, "params", {})
        payload = (exc.template, exc.line, str(exc.message), key, params)
        return ("memory" if key == "template_memory" else "template_error", payload)
    if isinstance(exc, PdfRenderError):
        return ("memory" if isinstance(exc.__cause__, MemoryError) else "error", str(exc))
    if isinstance(exc, MemoryError):
        return ("memory", "the document needs too much memory to be rendered")
    return ("error", f"{type(exc).__name__}: {exc}")


class PdfRenderWorker:
    """Renders quotes to PDF in a kept-alive child process, with a timeout per render.

    Example:
        >>> with PdfRenderWorker(base_dir) as worker:            # doctest: +SKIP
        ...     pdf = worker.render_quote(document, "classic", "fr", base_dir=base_dir, timeout=20)
    """

    def __init__(self, warm_base: Path, *, start_timeout: float = 60.0,
                 memory_limit: int | None = DEFAULT_MEMORY_LIMIT) -> None:
        """Prepare a worker; the child starts on :meth:`start` or on the first render.

        Args:
            warm_base: a design folder for the warm-up render.
            start_timeout: how long the child may take to start and warm up.
            memory_limit: bytes a render may allocate beyond the warmed-up child, where the system enforces
                it (``None``: no limit of the worker's own).
        """
        self._warm_base = str(warm_base)
        self._start_timeout = start_timeout
        self._memory_limit = memory_limit
        self._context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self.memory_limited = False

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
            target=_serve, args=(child, self._warm_base, self._memory_limit), name="relance-pdf", daemon=True
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        if not parent.poll(self._start_timeout):
            self._stop_child()
            raise PdfWorkerCrashed("the PDF worker did not start")
        try:
            _ready, self.memory_limited = parent.recv()
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
        """Render ready ``html`` to PDF in the child; see :func:`~desktop.services.pdf.render.render_pdf`.

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
        return self._exchange(("html", html, str(base_dir), tuple(str(p) for p in extra_roots)), None, timeout)

    def render_quote(
        self, document: QuoteDocument, template_name: str, lang: str, *, root: Path | None, base_dir: Path,
        extra_roots: tuple[Path, ...] = (), timeout: float = DEFAULT_TIMEOUT_S,
    ) -> bytes:
        """Render a quote with a template design, then to PDF, in the child, in one round trip.

        Args:
            document: the quote.
            template_name: a design folder (``"classic"``, a user copy) or a template path.
            lang: ``"fr"`` or ``"en"``.
            root: the folder of the designs (``None``: the shipped ones).
            base_dir: the design's folder, against which the HTML's relative URIs resolve.
            extra_roots: further folders resources may come from (logo, photo).
            timeout: seconds the whole render may take; the template gets :func:`template_seconds` of them.

        Raises:
            TemplateRenderError: the template is broken, ran too long, needed too much memory or stopped the
                child (line and message inside).
            PdfRenderTimeout: the PDF step took longer than ``timeout``; the child was killed.
            PdfWorkerCrashed: the child died while laying the PDF out.
            PdfRenderError: xhtml2pdf refused the document.
        """
        request = ("quote", document, template_name, lang, str(root) if root is not None else None,
                   template_seconds(timeout), str(base_dir), tuple(str(p) for p in extra_roots))
        return self._exchange(request, template_name, timeout)

    def _exchange(self, request: tuple[Any, ...], template_name: str | None, timeout: float) -> bytes:
        """Send one request and wait for its answer; ``template_name`` while the child renders a template."""
        from desktop.services.pdf.templating import TemplateRenderError, template_path

        in_template = template_name is not None
        with self._lock:
            conn = self._ensure_started()
            conn.send(request)
            deadline = time.monotonic() + timeout
            while True:
                if not conn.poll(max(deadline - time.monotonic(), 0)):
                    self._stop_child()
                    if in_template:
                        from desktop.services.pdf.sandbox import too_slow

                        raise TemplateRenderError(template_path(str(template_name)), None, too_slow(timeout))
                    raise PdfRenderTimeout(timeout)
                try:
                    kind, payload = conn.recv()
                except (EOFError, OSError) as exc:
                    self._stop_child()
                    if in_template:
                        raise TemplateRenderError(template_path(str(template_name)), None, Problem(
                            "template_crashed", "the template stopped the renderer (too much memory?): check its "
                            "loops and repetitions")) from exc
                    raise PdfWorkerCrashed("the PDF worker died during the render") from exc
                if kind != "html_done":
                    break
                in_template = False
            if kind == "memory":
                self._stop_child()  # it ends itself after a MemoryError; a fresh one serves the next render
        if kind == "ok":
            return bytes(payload)
        if kind in ("template_error", "memory") and isinstance(payload, tuple):
            template, line, message, key, params = payload
            raise TemplateRenderError(template, line, Problem(key, message, **params) if key else message)
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

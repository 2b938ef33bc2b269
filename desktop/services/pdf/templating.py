"""The sandboxed Jinja2 environment of quote templates, and HTML rendering of a quote.

Templates are HTML files under ``resources/templates/quotes/<design>/quote.html`` (or a user's copy of such a
folder); the shipped designs share their body through ``_partials/body.html``. They run in
:class:`~desktop.services.pdf.sandbox.BoundedSandbox` (Jinja's immutable sandbox with a budget of time,
repetitions and text per render) with autoescape and :class:`jinja2.StrictUndefined`: a template cannot reach
Python internals, cannot mutate what it is given, cannot hang or fill the memory, and a misspelt variable is an
error rather than an empty string. Any failure, at compile or at render time, becomes a
:class:`TemplateRenderError` naming the template, the line and the message (a
:class:`~desktop.core.validation.Problem` with a key when the words are ours).

The application renders quotes through the PDF worker, which runs this in its child process (see
:mod:`desktop.services.pdf.worker`); the template editor's check runs it in process, bounded by the budget.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.quotes import QuoteDocument
from desktop.core.validation import Problem
from desktop.resources import resource
from desktop.services.pdf.sandbox import MAX_SECONDS, BoundedSandbox, TemplateBudgetError, budget_for
from desktop.services.pdf.view_model import build_view

TEMPLATE_FILE = "quote.html"
#: The folder of the parts the shipped designs share (``{% include "_partials/body.html" %}``).
PARTIALS = "_partials"


class TemplateRenderError(Exception):
    """A quote template could not be compiled or rendered.

    Attributes:
        template: the template's name, e.g. ``"classic/quote.html"``.
        line: the line of the template where it failed, when known.
        message: what went wrong: a :class:`~desktop.core.validation.Problem` (with a ``key`` to translate)
            when the template went past a bound, ran out of memory or recursed too deep, else Jinja's words.
    """

    def __init__(self, template: str, line: int | None, message: str) -> None:
        self.template = template
        self.line = line
        self.message = message
        where = f"{template}, line {line}" if line is not None else template
        super().__init__(f"{where}: {message}")


def templates_root() -> Path:
    """The folder of the shipped quote templates (one sub-folder per design)."""
    return resource("templates", "quotes")


def fonts_dir() -> Path:
    """The folder of the shipped fonts the templates embed (DejaVu, with its licence)."""
    return resource("fonts", "dejavu")


def make_environment(root: Path) -> ImmutableSandboxedEnvironment:
    """Return the bounded, sandboxed, autoescaping, strict environment loading templates under ``root``.

    Args:
        root: the folder holding the template designs (``classic/``, ``modern/``, user copies). Under
            another root than the shipped one, ``_partials/...`` still resolves to the shipped partials
            (and only those: the rest of the shipped folder stays out of reach).
    """
    shipped = templates_root()
    loader: jinja2.BaseLoader = jinja2.FileSystemLoader(str(root))
    if root.resolve() != shipped.resolve():  # a user's copy may still include the shipped partials
        loader = jinja2.ChoiceLoader([loader, jinja2.PrefixLoader({PARTIALS: jinja2.FileSystemLoader(
            str(shipped / PARTIALS))}, delimiter="/")])
    return BoundedSandbox(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def template_path(template_name: str) -> str:
    """Return the loader name of a design: ``"classic"`` -> ``"classic/quote.html"``; a path stays as is."""
    return template_name if template_name.endswith(".html") else f"{template_name}/{TEMPLATE_FILE}"


def _failing_line(exc: BaseException, template_file: str | None) -> int | None:
    """Find the template line in a traceback that Jinja rewrote to point into the template."""
    if template_file is None:
        return None
    line: int | None = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if Path(frame.filename).resolve() == Path(template_file).resolve():
            line = frame.lineno
    return line


def render_template(
    environment: ImmutableSandboxedEnvironment, template_name: str, context: dict[str, Any],
    *, seconds: float = MAX_SECONDS,
) -> str:
    """Render ``template_name`` with ``context``, turning every failure into :class:`TemplateRenderError`.

    Args:
        environment: from :func:`make_environment`.
        template_name: a design folder or a template path.
        context: the variables.
        seconds: how long the render may take (a :class:`~desktop.services.pdf.sandbox.BoundedSandbox` stops it).

    Raises:
        TemplateRenderError: the template is missing, does not compile, fails while rendering, or goes past
            its budget of time, repetitions, text or memory.
    """
    name = template_path(template_name)
    try:
        template = environment.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateRenderError(exc.name or name, exc.lineno, exc.message or str(exc)) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateRenderError(name, None, f"template not found: {exc.name}") from exc
    except (RecursionError, MemoryError) as exc:
        raise TemplateRenderError(name, None, _plain_words(exc)) from exc
    try:
        with budget_for(seconds):
            return template.render(context)
    except TemplateBudgetError as exc:
        raise TemplateRenderError(name, _failing_line(exc, template.filename), exc.problem) from exc
    except (RecursionError, MemoryError) as exc:
        raise TemplateRenderError(name, _failing_line(exc, template.filename), _plain_words(exc)) from exc
    except (jinja2.TemplateError, SecurityError, TypeError, ValueError, AttributeError,
            KeyError, IndexError, ArithmeticError) as exc:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise TemplateRenderError(name, _failing_line(exc, template.filename), message) from exc


def _plain_words(exc: RecursionError | MemoryError) -> Problem:
    if isinstance(exc, RecursionError):
        return Problem("template_recursion", "the template calls itself too deeply: check its macros and includes")
    return Problem("template_memory", "the template needs too much memory: check its loops and repetitions")


def render_quote_html(
    document: QuoteDocument,
    template_name: str = "classic",
    lang: str = "fr",
    *,
    root: Path | None = None,
    environment: ImmutableSandboxedEnvironment | None = None,
    seconds: float = MAX_SECONDS,
) -> str:
    """Render a quote to HTML with one of the template designs.

    Args:
        document: the quote.
        template_name: a design folder (``"classic"``, ``"modern"``, a user copy) or a template path.
        lang: ``"fr"`` (default) or ``"en"``.
        root: the folder of the designs; the shipped ``resources/templates/quotes`` by default.
        environment: an environment from :func:`make_environment` to reuse across renders.
        seconds: how long the template may take to render.

    Returns:
        The HTML, ready for :func:`desktop.services.pdf.render.render_pdf` with the design folder as base.

    Raises:
        TemplateRenderError: the template is broken (its line and message are in the exception).
    """
    env = environment or make_environment(root or templates_root())
    context = build_view(document, lang)
    context["fonts_dir"] = fonts_dir().as_posix()
    return render_template(env, template_name, context, seconds=seconds)

"""One error path for the GUI: a failure becomes one sentence the salesperson understands, the rest is logged.

:func:`error_text` words what the core and the services raise (problems with keys, refusals already written
for people, database and network failures); anything else is an unexpected error: the user reads that it
happened and where the details are, and the traceback goes to the log. :func:`show_error` says it in the
status bar (or a dialog); :func:`install_excepthook` sends every exception nobody caught (a slot, a thread)
the same way.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from desktop.gui.kit.i18n import tr

log = logging.getLogger("desktop.gui")


def _t(text: str) -> str:
    return tr("Errors", text)


def known_text(exc: BaseException) -> str | None:
    """The words of a failure the application expects (None for an unexpected one)."""
    from desktop.gui.kit.problems import problem_text

    problem = getattr(exc, "message", None)
    if getattr(problem, "key", None) is not None:  # InvalidValue and services' problems with keys
        return problem_text(problem)  # type: ignore[arg-type]
    if getattr(exc, "key", None) is not None and isinstance(exc, str):
        return problem_text(exc)
    name = type(exc).__name__
    module = type(exc).__module__
    if name == "Cancelled":  # the user pressed Cancel: nothing went wrong
        return _t("Opération annulée : rien n’a été enregistré.")
    if name in ("QuoteFrozenError", "QuoteNotFoundError", "LegalIncompleteError", "QuoteStatusError",
                "PatternError", "SpecError", "ScenarioError", "CampaignRefused", "DemoRefusedError",
                "MappingError", "MailRefused", "SchemaTooNewError"):
        return str(exc)  # written for people by the core and the services
    if name in ("TemplateRenderError", "PdfRenderError", "PdfRenderTimeout", "PdfWorkerCrashed"):
        from desktop.gui.quotes.pdf_preview import render_error_text

        return render_error_text(exc)
    if module.startswith("sqlalchemy") and name in ("OperationalError", "InterfaceError", "DisconnectionError"):
        return _t("La base de données ne répond pas (réseau ou serveur arrêté) : rien n’a été enregistré. "
                  "Réessayez dans un instant.")
    if isinstance(exc, PermissionError):
        return _t("Accès refusé au fichier %1.").replace("%1", str(getattr(exc, "filename", "") or ""))
    if isinstance(exc, FileNotFoundError):
        return _t("Le fichier %1 est introuvable.").replace("%1", str(getattr(exc, "filename", "") or ""))
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return _t("Le disque est plein : rien n’a été enregistré.")
    return None


def error_text(exc: BaseException) -> str:
    """One sentence for any failure; an unexpected one says that details are in the log."""
    known = known_text(exc)
    if known is not None:
        return known
    return _t("Une erreur inattendue s’est produite (%1) : rien n’a été enregistré. Le détail est dans le "
              "journal de Relance.").replace("%1", type(exc).__name__)


def log_unexpected(exc: BaseException, where: str = "") -> None:
    """Log an unexpected failure with its traceback (the known ones are the user's business, not a bug)."""
    if known_text(exc) is None:
        log.error("unexpected failure%s", f" in {where}" if where else "",
                  exc_info=(type(exc), exc, exc.__traceback__))


def show_error(ctx: Any, exc: BaseException, where: str = "") -> str:
    """Say a failure to the user (the status bar of the context) and log an unexpected one.

    Args:
        ctx: The GUI context (its ``show_message``).
        exc: What failed.
        where: Which action, for the log.

    Returns:
        The sentence shown.
    """
    log_unexpected(exc, where)
    text = error_text(exc)
    ctx.show_message(text)
    return text


def install_excepthook(report: Callable[[str], None]) -> None:
    """Send every exception nobody caught (in a slot on the UI thread, or in a thread) to the log and to
    ``report`` (called with the sentence; from another thread it must be thread-safe, e.g. a queued signal)."""
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        try:
            report(error_text(exc))
        except Exception:  # the report must never raise from the hook
            log.exception("could not report an uncaught exception")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

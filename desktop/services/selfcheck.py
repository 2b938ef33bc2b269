"""``relance check``: what a support person asks first, answered by the installed application itself.

It renders the sample quote through the same PDF worker process the editor uses (so that a bundle whose
child process cannot start, or that lacks its fonts or templates, is found before a salesperson is), makes the
sample invoice as Factur-X (its XML read back and checked against the library's XSD: a bundle without the
library's schemas fails here) and seals the sample quote with a throwaway in-memory key, then verifies the seal,
names the keyring backend secrets would go to (a warning when there is none, as on a headless Linux
box), loads the PostgreSQL driver of team mode, lists the compiled translations, and says whether the
interpreter has the fix of CVE-2024-6923 (a warning when not: Relance writes its mail headers itself and
reads them back, so it does not depend on that fix, but the bundle should ship a fixed Python). It writes
nothing outside the PDF path it is given and reads no secret.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

#: The first release of each line whose ``email`` package encodes a CR or LF it decoded from an encoded word
#: instead of writing it as a line break (CVE-2024-6923); every release from 3.13.0 on has the fix.
HEADER_FIX = {(3, 11): (3, 11, 10), (3, 12): (3, 12, 5)}


@dataclass
class CheckReport:
    """The findings: ``problems`` is empty when the application works; ``warnings`` limit a feature."""

    pdf_bytes: int = 0
    pdf_pages: int = 0
    facturx: str = ""  # the profile of the sample invoice's checked XML
    seal: str = ""  # the level of the sample seal, verified
    keyring_backend: str = ""
    postgres_driver: str = ""
    translations: list[str] = field(default_factory=list)
    python: str = ""
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def run_check(pdf_path: Path | None = None, *, timeout: float = 60.0) -> CheckReport:
    """Check PDF rendering, the keyring backend and the translations; save the sample PDF when asked."""
    report = CheckReport()
    pdf = _check_pdf(report, pdf_path, timeout)
    _check_facturx(report)
    _check_seal(report, pdf)
    _check_keyring(report)
    _check_postgres_driver(report)
    _check_translations(report)
    _check_python(report, sys.version_info[:3])
    return report


def has_header_fix(version: tuple[int, int, int]) -> bool:
    """Whether this Python version has the fix of CVE-2024-6923 (email header injection).

    Args:
        version: ``(major, minor, micro)``.

    Returns:
        True from 3.11.10, 3.12.5 and 3.13.0 on (earlier lines never got the fix).
    """
    if version[:2] >= (3, 13):
        return True
    first = HEADER_FIX.get((version[0], version[1]))
    return first is not None and version >= first


def email_package_is_fixed() -> bool:
    """Whether this interpreter's ``email`` package keeps a CR LF it decoded from an encoded word inside the
    header (the fix of CVE-2024-6923), found by trying it: a vendor's patched build (Debian backports fixes
    without changing the version) is judged by what it does.

    Returns:
        True when no header line was added.
    """
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage(policy=SMTP)
    message["Subject"] = "=?utf-8?q?probe=0D=0AX-Probe:_1?="
    head = message.as_bytes().split(b"\r\n\r\n", 1)[0]
    return not any(line.lower().startswith(b"x-probe") for line in head.split(b"\r\n"))


def _check_python(report: CheckReport, version: tuple[int, int, int]) -> None:
    printed = ".".join(str(n) for n in version)
    fixed = email_package_is_fixed()  # what the interpreter does; has_header_fix() says what its version should
    report.python = f"{printed} (CVE-2024-6923 {'fixed' if fixed else 'not fixed'})"
    if not fixed:
        report.warnings.append(f"Python {printed} lacks the fix of CVE-2024-6923 (email header injection): Relance "
                               "writes and checks its mail headers itself, but build the bundle with Python "
                               "3.11.10, 3.12.5, 3.13.0 or later")


def _check_facturx(report: CheckReport) -> None:
    try:
        from desktop.services.invoicing.facturx import embedded_xml, facturx_pdf
        from desktop.services.invoicing.sample import sample_invoice

        produced = facturx_pdf(sample_invoice())
        embedded_xml(produced.pdf, check_xsd=True)
    except Exception as exc:  # a missing schema or module of a bundle, in words
        report.problems.append(f"Factur-X: {type(exc).__name__}: {exc}"[:300])
        return
    report.facturx = produced.profile.label


def _check_seal(report: CheckReport, pdf: bytes | None) -> None:
    if pdf is None:
        return
    try:
        from desktop.services.signing.credentials import ephemeral_key
        from desktop.services.signing.seal import seal_pdf
        from desktop.services.signing.verify import verify

        key = ephemeral_key()
        sealed = seal_pdf(pdf, None, key, ltv=False)
        verdict = verify(sealed.pdf, trust_roots=key.trust_roots, own_certificates=key.trust_roots)
    except Exception as exc:
        report.problems.append(f"seal: {type(exc).__name__}: {exc}"[:300])
        return
    if not verdict.ok:
        report.problems.append(f"seal: the sample seal does not verify ({verdict.outcome.value})")
        return
    report.seal = str(sealed.level)


def _check_pdf(report: CheckReport, pdf_path: Path | None, timeout: float) -> bytes | None:
    from desktop.services.pdf.quote_pdf import design_dir, render_quote_pdf
    from desktop.services.pdf.render import PdfRenderError, count_pages
    from desktop.services.pdf.sample import sample_document
    from desktop.services.pdf.templating import TemplateRenderError
    from desktop.services.pdf.worker import PdfRenderWorker

    try:
        with PdfRenderWorker(design_dir("classic"), start_timeout=timeout) as worker:
            pdf = render_quote_pdf(sample_document(), worker, timeout=timeout)
    except (PdfRenderError, TemplateRenderError) as exc:
        report.problems.append(f"PDF: {exc}")
        return None
    report.pdf_bytes, report.pdf_pages = len(pdf), count_pages(pdf)
    if pdf_path is not None:
        pdf_path.write_bytes(pdf)
    return pdf


def _check_keyring(report: CheckReport) -> None:
    import keyring

    from desktop.services.secrets import check_keyring

    backend = keyring.get_keyring()
    report.keyring_backend = f"{type(backend).__module__}.{type(backend).__name__}"
    status = check_keyring(backend)  # the application's own judgement: priority and capabilities
    if not status.usable:
        report.warnings.append(f"keyring: {status.message}")


def _check_postgres_driver(report: CheckReport) -> None:
    """Team mode needs psycopg and a libpq it can load (the bundled binary one, or the system's)."""
    try:
        import psycopg
    except ImportError as exc:  # a bundle that lost the driver cannot open a team database
        report.problems.append(f"PostgreSQL driver: {exc}")
        return
    report.postgres_driver = f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"


def _check_translations(report: CheckReport) -> None:
    from desktop.resources import resource

    report.translations = sorted(p.name for p in resource("i18n").glob("*.qm"))
    if not report.translations:
        report.problems.append("translations: no compiled .qm file (run make translations)")

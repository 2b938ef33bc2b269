"""Debian's Chromium driven through Playwright (its own browser download is not used), and a real quote PDF.

In CI (``CI=true``) a missing Chromium or Playwright fails the tests; elsewhere they are skipped. Each test gets
a new, empty user data directory.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path("/tmp/browser-shots")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _missing(what: str) -> None:
    if _in_ci():
        pytest.fail(f"{what} is missing: run `make system-deps` and install the dev extra")
    pytest.skip(f"{what} is missing (run `make system-deps`, pip install -e .[dev])")


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    """Playwright's sync API, started once per module (no browser of its own: Debian's Chromium is launched)."""
    if not CHROMIUM.exists():
        _missing(f"Chromium ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright (PyPI playwright)")
    with sync_playwright() as started:
        yield started
    import gc

    gc.collect()  # Playwright's greenlets and loop freed here, not in a later test while its servers run


Launch = Callable[..., Any]


@pytest.fixture
def chromium(playwright: Any, tmp_path: Path) -> Iterator[Launch]:
    """Launch Chromium with a new, empty profile: ``chromium(viewport=..., locale=...)`` gives its context."""
    contexts: list[Any] = []

    def launch(**options: Any) -> Any:
        profile = tmp_path / f"chromium-profile-{len(contexts)}"
        profile.mkdir()
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, **options)
        contexts.append(context)
        return context

    yield launch
    for context in contexts:
        context.close()


def quote_pdf(number: str, lines: list[tuple[str, Decimal]]) -> bytes:
    """A real one-page quote PDF (reportlab), with its number, lines and totals.

    Args:
        number: The quote number.
        lines: Description and price excluding VAT of each line.

    Returns:
        The PDF bytes.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle(f"Devis {number}")
    page.setFont("Helvetica-Bold", 18)
    page.drawString(60, 770, f"Devis {number}")
    page.setFont("Helvetica", 11)
    page.drawString(60, 745, "Vendeur SARL - 12 rue des Lilas, 69003 Lyon - RCS Lyon 123 456 789")
    y = 700
    for description, price in lines:
        page.drawString(60, y, description)
        page.drawRightString(530, y, f"{price:.2f} EUR HT")
        y -= 20
    total = sum((price for _, price in lines), Decimal(0))
    page.setFont("Helvetica-Bold", 12)
    page.drawRightString(530, y - 10, f"Total TTC {total * Decimal('1.2'):.2f} EUR")
    page.showPage()
    page.save()
    return out.getvalue()

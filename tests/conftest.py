"""Suite-wide fixtures: offscreen Qt, an in-memory keyring, the throwaway PostgreSQL server."""

from __future__ import annotations

import gc
import os
import sys
import uuid
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memkeyring.MemoryKeyring")

from tests.support.postgres import PostgresServer, create_database, drop_database, find_bin_dir, running_postgres


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The suite's own PostgreSQL server; in CI a missing server fails instead of skipping."""
    if find_bin_dir() is None:
        if _in_ci():
            pytest.fail("PostgreSQL server binaries are missing: run `make system-deps`")
        pytest.skip("PostgreSQL server binaries are missing (run `make system-deps`)")
    try:
        with running_postgres(in_memory=True) as server:
            yield server
    except Exception as exc:  # pragma: no cover - depends on the machine
        if _in_ci():
            pytest.fail(f"could not start PostgreSQL: {exc}")
        pytest.skip(f"could not start PostgreSQL: {exc}")


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped after it (a suite's thousand databases left to the
    end took 20 s to delete with the server's folder)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    yield create_database(postgres_server, name)
    drop_database(postgres_server, name)


@pytest.fixture(autouse=True)
def _test_leftovers_cleared() -> Iterator[None]:
    """After each test (its fixtures torn down: widgets closed, servers stopped): its garbage collected, its closed
    widgets deleted, the keyboard released, and what survives frozen (``gc.freeze``: later collections skip it).

    Garbage left to the collector is otherwise freed at a random moment, in another test while that test's server
    threads run: twice a segfault while "Garbage-collecting" inside an unrelated test (Playwright's greenlets and
    event loop, pdfium documents and Qt wrappers are such garbage). A full collection after every test costs about
    0.4 s with this suite's heap; with the survivors frozen after each one, a collection only walks what the
    last test made.

    The order matters: garbage first, while the test's widgets exist, then the widgets (:func:`_qt_left_as_found`),
    then what their deletion freed. With the widgets deleted first, one CI run segfaulted inside this collection
    right after the model-tester test (pytest-qt's ``QAbstractItemModelTester`` has no parent and points at the
    model it checks, the likely reader of freed memory; not reproduced alone, even under ``MALLOC_PERTURB_``);
    garbage collected while the widgets exist is what every earlier run did.
    """
    yield
    gc.collect()
    if _qt_left_as_found():
        gc.collect()
    gc.freeze()


def _qt_left_as_found() -> bool:
    """Nothing of the test left in the Qt application: its closed widgets deleted, no keyboard modifier held; whether
    Qt runs in this process.

    - pytest-qt closes a test's widgets and calls ``deleteLater`` on them; the deletion waited for the next event
      loop, in another test. A main window left so by the theme test, polished under a stylesheet that the test then
      removed (``setStyleSheet("")``) and again under the next test's, died in that test's event loop and stayed in
      Qt's stylesheet cache: the test after it that set a stylesheet walked a freed QMenuBar (a segfault in
      ``QApplication::setStyleSheet`` in half the runs of that pair, in one CI order). The application itself never
      removes its stylesheet (``theme.apply_theme`` always sets one).
    - ``QTest.keyClick(w, key, Ctrl)`` leaves ``QGuiApplication.keyboardModifiers()`` at Ctrl (Qt 6.11: the state
      follows the last key event, the click's release carries its modifiers), and ``QTableView.selectRow`` reads
      it: a later test's ``selectRow(1)`` then added the row to the selection (the duplicate-merge test found two
      contacts selected and never opened its dialog, in one test order out of six). A key release without
      modifiers resets the state, as a person lifting their fingers does.
    """
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return False
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    widgets.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(widgets.QWidget(), Qt.Key.Key_Control)
    return True


pytest_plugins = ["tests.support.database", "tests.support.servers", "tests.support.oauth2_server",
                  "tests.support.oauth_smtp"]

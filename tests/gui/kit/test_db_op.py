"""The one way to run database work from the GUI: session per operation, changes published, one error path."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from PySide6.QtCore import QObject

from desktop.db.models import Contact
from desktop.gui.kit.changes import ChangeBus, Changes, Topic
from desktop.gui.kit.db_op import db_op
from desktop.gui.kit.errors import error_text, install_excepthook
from desktop.gui.shell.context import GuiContext


def test_a_write_commits_publishes_its_changes_then_calls_back(ctx: GuiContext) -> None:
    seen: list[Changes] = []
    done: list[int] = []
    ctx.changes.subscribe(Topic.CONTACTS, seen.append)
    ctx.changes.subscribe(Topic.QUOTES, lambda _c: done.append(-1))  # not this topic: not called

    def work(session) -> int:  # type: ignore[no-untyped-def]
        contact = Contact(first_name="Élise", last_name="Fontaine", search_text="elise fontaine")
        session.add(contact)
        session.flush()
        return contact.id

    db_op(ctx, work, changes=Topic.CONTACTS, source="me").success(lambda cid: done.append(cid)).run()
    assert len(seen) == 1 and seen[0].topics == Topic.CONTACTS and seen[0].source == "me"
    assert done and done[0] > 0
    with ctx.database.sessions() as s:
        assert s.scalars(select(Contact.last_name)).all() == ["Fontaine"]


def test_a_failure_rolls_back_is_said_in_words_and_logged(ctx: GuiContext, caplog: pytest.LogCaptureFixture) -> None:
    seen: list[Changes] = []
    ctx.changes.subscribe(Topic.CONTACTS, seen.append)

    def work(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Contact(first_name="A", last_name="B", search_text="a b"))
        session.flush()
        raise KeyError("boom")

    with caplog.at_level(logging.ERROR, logger="desktop.gui"):
        db_op(ctx, work, changes=Topic.CONTACTS).run()
    assert seen == []  # nothing changed, nothing published
    assert ctx.messages[-1].startswith("Une erreur inattendue s’est produite (KeyError)")  # type: ignore[attr-defined]
    assert any("KeyError" in (r.exc_text or "") or r.exc_info for r in caplog.records)
    with ctx.database.sessions() as s:
        assert s.scalars(select(Contact)).all() == []


def test_known_failures_are_said_as_they_are_written(ctx: GuiContext, caplog: pytest.LogCaptureFixture) -> None:
    from desktop.core.validation import InvalidValue
    from desktop.db.quotes import QuoteFrozenError

    def frozen(_session) -> None:  # type: ignore[no-untyped-def]
        raise QuoteFrozenError("Le devis D-2026-0001 est envoyé : il ne peut plus être modifié.")

    with caplog.at_level(logging.ERROR, logger="desktop.gui"):
        db_op(ctx, frozen).run()
    assert ctx.messages[-1] == "Le devis D-2026-0001 est envoyé : il ne peut plus être modifié."  # type: ignore[attr-defined]
    assert not caplog.records  # an expected refusal is no bug
    assert error_text(InvalidValue("email", "not an email")).startswith("adresse email non valide")


def test_a_subscription_ends_with_its_owner(qapp: object) -> None:
    bus = ChangeBus()
    owner = QObject()
    calls: list[Changes] = []
    bus.subscribe(Topic.QUOTES, calls.append, owner=owner)
    bus.publish(Topic.QUOTES)
    owner.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    bus.publish(Topic.QUOTES)
    assert len(calls) == 1


def test_uncaught_exceptions_reach_the_log_and_the_user(caplog: pytest.LogCaptureFixture) -> None:
    import sys
    import threading

    reported: list[str] = []
    old, old_thread = sys.excepthook, threading.excepthook
    try:
        install_excepthook(reported.append)
        with caplog.at_level(logging.ERROR, logger="desktop.gui"):
            try:
                raise ValueError("slot failed")
            except ValueError as exc:
                sys.excepthook(type(exc), exc, exc.__traceback__)
            thread = threading.Thread(target=lambda: 1 / 0)
            thread.start()
            thread.join()
    finally:
        sys.excepthook, threading.excepthook = old, old_thread
    assert len(reported) == 2 and "ValueError" in reported[0] and "ZeroDivisionError" in reported[1]
    assert sum("uncaught exception" in r.getMessage() for r in caplog.records) == 2


def test_a_view_reloads_at_once_when_shown_and_once_back_into_sight_when_hidden(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from desktop.gui.kit.changes import reload_on_changes

    bus = ChangeBus()
    window = QStackedWidget()
    qtbot.addWidget(window)
    first, second = QWidget(), QWidget()
    window.addWidget(first)
    window.addWidget(second)
    reloads: list[str] = []
    reload_on_changes(second, bus, Topic.QUOTES, lambda: reloads.append("second"))
    reload_on_changes(first, bus, Topic.QUOTES, lambda: reloads.append("first"), skip_own=True)
    window.show()
    qtbot.waitExposed(window)
    bus.publish(Topic.QUOTES)
    bus.publish(Topic.QUOTES)
    assert reloads == ["first", "first"]  # the hidden view waits
    bus.publish(Changes(Topic.QUOTES, source=first))  # its own edit: not again
    bus.publish(Topic.CONTACTS)  # not a topic it shows
    assert reloads == ["first", "first"]
    window.setCurrentWidget(second)
    assert reloads == ["first", "first", "second"]  # once, back into sight, for both changes

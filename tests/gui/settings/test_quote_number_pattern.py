"""Finalising in the quote editor numbers the quote with the settings' numbering pattern."""

from __future__ import annotations

from dataclasses import replace

from desktop.db import quotes as repo
from desktop.gui.quotes.editor.editor import QuoteEditor
from tests.gui.conftest import NOW
from tests.gui.quote_support import make_quote, make_world


def test_finalise_uses_the_settings_numbering_pattern(qtbot, ctx, database) -> None:  # type: ignore[no-untyped-def]
    ctx.settings = replace(ctx.settings, quote_number_pattern="F{YY}{MM}-{NNN}")
    quote_id = make_quote(database, make_world(database), NOW)
    editor = QuoteEditor(ctx, quote_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.state is not None)

    with qtbot.waitSignal(editor.sig_finalised) as finalised:
        editor.on_finalise_requested()

    assert finalised.args[0] == "F2611-001"  # NOW is 27 November 2026
    with database.sessions() as s:
        assert repo.printed_number(repo.get_quote(s, quote_id)) == "F2611-001"

"""An accepted quote signed online reads « Signé » in the quotes list (its status stays "accepted")."""

from __future__ import annotations

from typing import Any

from desktop.gui.quotes.texts import status_text


def test_a_signed_quote_reads_signe_and_an_accepted_one_accepte(qapp: Any) -> None:
    assert status_text("accepted", signed=True) == "Signé"
    assert status_text("accepted") == "Accepté"
    assert status_text("superseded", signed=True) == "Remplacé"  # only an accepted quote is shown signed

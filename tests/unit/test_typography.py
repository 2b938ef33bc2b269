"""French typography: no-break spaces before high punctuation and inside guillemets, nothing else touched."""

from __future__ import annotations

from desktop.core.typography import NBSP, NNBSP, french_typography, plain_spaces_in_french


def test_high_punctuation_and_guillemets_get_their_no_break_spaces() -> None:
    assert french_typography("Total : %1") == f"Total{NBSP}: %1"
    assert french_typography("Vraiment ? Oui ! Non ; peut-être") == (
        f"Vraiment{NNBSP}? Oui{NNBSP}! Non{NNBSP}; peut-être")
    assert french_typography("cliquez sur « Envoyer »") == f"cliquez sur «{NNBSP}Envoyer{NNBSP}»"
    assert french_typography(f"déjà{NBSP}: juste") == f"déjà{NBSP}: juste"  # idempotent


def test_what_is_not_french_punctuation_stays() -> None:
    for text in ("https://t.relance.example/q/1", "%1:%2", "10:30", "Note:", "a - b", "Prix (HT)",
                 '<a href="x" style="color: red;">lien</a>', "&nbsp;", "C'est ?"[:-2]):
        assert french_typography(text) == text, text
    assert french_typography('<p style="margin: 0">Prix : 3 €</p>') == f'<p style="margin: 0">Prix{NBSP}: 3 €</p>'


def test_the_checker_names_the_places() -> None:
    assert plain_spaces_in_french("Bien ! Et vous ?") == ["Bien !", " Et vous ?"]
    assert plain_spaces_in_french(french_typography("Bien ! Et vous ?")) == []

"""The stored search text: folded words of a record's fields, each once, cut to a size an index entry takes."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.core.search import SEARCH_TEXT_BYTES, capped, search_text, words

_FIELDS = st.lists(st.one_of(st.none(), st.text(alphabet=st.characters(categories=("L", "N", "Zs", "P")),
                                                max_size=400)), max_size=12)


@given(_FIELDS)
@example([" ".join(f"mot{n}" for n in range(300)), "Hélène Ødegaard", None])  # 2,300 bytes
def test_the_search_text_keeps_the_first_words_that_fit(fields: list[str | None]) -> None:
    """Oracle: every distinct folded word in the fields' order, then the longest run of them from the start whose
    joined UTF-8 form fits in SEARCH_TEXT_BYTES; a text written before the cap is cut to the same."""
    distinct = list(dict.fromkeys(w for f in fields if f for w in words(f)))
    kept = 0
    while kept < len(distinct) and len(" ".join(distinct[:kept + 1]).encode()) <= SEARCH_TEXT_BYTES:
        kept += 1
    built = search_text(fields)
    assert built == " ".join(distinct[:kept])
    assert capped(" ".join(distinct)) == built
    assert capped(built) == built

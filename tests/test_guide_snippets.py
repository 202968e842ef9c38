"""The passage a search shows under each guide on SQLite (deskapp.guides.snippets, cut in Python from
the guide's text): the query's words highlighted by stem, phrases whole, accents ignored, and the window
that holds the most of what was asked."""

from __future__ import annotations

from deskapp.guides.query import Alternative, Group
from deskapp.guides.snippets import best_passages, cut


def word(text: str, prefix: bool = False) -> Group:
    return Group(text, (Alternative((text,), prefix=prefix),))


def marked(passage: str | None) -> list[str]:
    """The highlighted words of a passage, in order."""
    assert passage is not None
    return [piece.split("\x03")[0] for piece in passage.split("\x02")[1:]]


def test_other_forms_of_a_word_are_highlighted_by_their_stem():
    text = "Printers on floor 2 print in colour. Printing costs credit."
    # Porter stems "printers" to "printer", not "print": FTS5 does not match it either.
    assert marked(cut(text, [word("printing")])) == ["print", "Printing"]


def test_a_half_typed_last_word_highlights_the_words_it_begins():
    assert marked(cut("Connect to eduroam with your username.", [word("edur", prefix=True)])) == ["eduroam"]


def test_a_phrase_is_highlighted_only_where_its_words_stand_together():
    wifi = Group("wi fi", (Alternative(("wi", "fi")),))
    assert marked(cut("Use Wi-Fi, not the wi network or fi.", [wifi])) == ["Wi-Fi"]


def test_accents_are_ignored_as_the_index_ignores_them():
    assert marked(cut("Se åbningstider på hjemmesiden.", [word("abningstider")], "da")) == ["åbningstider"]


def test_the_window_with_the_most_of_the_query_wins_and_cut_text_is_marked():
    filler = " ".join(f"word{n}" for n in range(40))
    text = f"Reset it here. {filler} To reset your password on a laptop, open settings. {filler}"
    passage = cut(text, [word("reset"), word("password"), word("laptop")])
    assert marked(passage) == ["reset", "password", "laptop"]
    assert passage.startswith("…") and passage.endswith("…")


def test_text_without_the_query_gives_no_passage_and_the_summary_comes_first():
    assert cut("Nothing relevant here.", [word("eduroam")]) is None
    rows = [(1, "en", "Connect to eduroam.", "Body about eduroam too."), (2, "en", "Printing.", "Use eduroam.")]
    found = best_passages(rows, [word("eduroam")])
    assert found[1].startswith("Connect to \x02eduroam")
    assert found[2] == "Use \x02eduroam\x03."

"""Snowball stems for guides in languages the search index does not stem itself.

SQLite's FTS5 has only an English (porter) stemmer, so for a Danish guide the index also holds the Danish
Snowball stems of its words (columns stem_head, stem_body), and a query word is looked up by its Danish
stem as well ("fjernlånet" and "fjernlån" share one). PostgreSQL stems Danish itself (its `danish`
configuration is the same Snowball algorithm), so only SQLite needs this module.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import snowballstemmer

# Languages whose guides get stems (ISO 639-1 -> Snowball algorithm); English is FTS5's own porter.
SNOWBALL = {"da": "danish"}
PG_CONFIG = {"da": "danish"}  # PostgreSQL text-search configuration by guide language; else english
_WORD = re.compile(r"[^\W_]+")


@cache
def _stemmer(language: str) -> Any:  # snowballstemmer ships no types
    return snowballstemmer.stemmer(SNOWBALL[language])


def needs_stems(language: str) -> bool:
    return language in SNOWBALL


def stem_word(language: str, word: str) -> str:
    stem: str = _stemmer(language).stemWord(word.lower())
    return stem


def stem_text(language: str, *texts: str) -> str:
    """Every word of `texts`, stemmed, in order (what the stem columns hold)."""
    stemmer = _stemmer(language)
    return " ".join(stemmer.stemWord(word) for word in _WORD.findall(" ".join(texts).lower()))

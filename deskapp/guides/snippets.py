"""Highlighted passages for the guides a search shows, cut in Python from the guides' own text (SQLite).

FTS5's snippet() needs a MATCH lookup per row, and for a query of common words that costs about a
millisecond per row at 10,000 guides: more than the rest of the search together. The rows shown are few
and their text is one primary-key read away, so the passage is cut here instead, the way snippet() does it:
the window of SNIPPET_TOKENS words that holds the most of the query's groups, with "…" where text was cut.

A word matches an alternative when their Porter stems agree (the original Porter algorithm, as FTS5's
porter tokenizer uses), or, for the prefix typed last, when the word or its stem begins with it; a Danish
guide's words also by their Danish stem. Diacritics are ignored as FTS5's unicode61 tokenizer ignores them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import snowballstemmer

from deskapp.guides.query import Alternative, Group
from deskapp.guides.stems import SNOWBALL, stem_word

SNIPPET_TOKENS = 16
CONTEXT_TOKENS = 2  # words kept before the first match when that loses no match
ELLIPSIS = "…"
WORD_CHARS = 20  # no 16-word stretch of prose is longer than this many characters a word
_TOKEN = re.compile(r"[^\W_]+")
_PORTER = snowballstemmer.stemmer("porter")


@cache
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _porter(word: str) -> str:
    stem: str = _PORTER.stemWord(word)  # snowballstemmer ships no types
    return stem


@dataclass(frozen=True)
class _Matcher:
    """One word of an alternative, ready to compare with the words of a text."""

    folded: str
    stem: str
    prefix: bool
    language: str

    def matches(self, word: str) -> bool:
        if word == self.folded:
            return True
        if self.prefix and word.startswith(self.folded):
            return True
        if self.language in SNOWBALL:
            return stem_word(self.language, word) == stem_word(self.language, self.folded)
        stem = _porter(word)
        return stem == self.stem or (self.prefix and stem.startswith(self.folded))


def _matchers(alt: Alternative, language: str) -> list[_Matcher]:
    last = len(alt.words) - 1
    return [_Matcher(_fold(w), _porter(_fold(w)), alt.prefix and i == last, language)
            for i, w in enumerate(alt.words)]


# Accented Latin letters -> their base letter, one for one (so offsets stay), as FTS5's unicode61 folds them.
_UNACCENT = {code: _fold(chr(code)) for code in range(0xC0, 0x250)
             if len(_fold(chr(code))) == 1 and _fold(chr(code)) != chr(code).lower()}
_WORD_AT = re.compile(r"[^\W_]*")
STEM_SLACK = 3  # a stem's last letters may be ones the word does not have ("relational" -> "relate")


def _needle(matcher: _Matcher) -> str:
    """Letters every word matching `matcher` begins with: its stem, less the letters a stemmer rewrites."""
    stem = matcher.folded if matcher.prefix else matcher.stem
    common = len(stem) if matcher.prefix else max(2, len(stem) - STEM_SLACK)
    return stem[:common]


def _hits(text: str, plans: dict[str, list[tuple[int, list[_Matcher]]]]) -> list[tuple[int, int, int]]:
    """(start, end, group index) in characters of each alternative found in `text`, in order. str.find
    (C speed) finds where a word may begin; only those words are folded and stemmed."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ"): offsets would drift
        lowered = "".join(ch.lower()[0] for ch in text)
    if not lowered.isascii():
        lowered = lowered.translate(_UNACCENT)
    found: dict[int, tuple[int, int]] = {}
    for needle, alternatives in plans.items():
        at = lowered.find(needle)
        while at >= 0:
            if (at == 0 or not lowered[at - 1].isalnum()) and at not in found:
                first = _WORD_AT.match(lowered, at)
                for index, matchers in alternatives:
                    end = _phrase_end(lowered, first, matchers) if first is not None else None
                    if end is not None:
                        found[at] = (end, index)
                        break
            at = lowered.find(needle, at + 1)
    return [(start, end, index) for start, (end, index) in sorted(found.items())]


def _plans(groups: list[Group], language: str) -> dict[str, list[tuple[int, list[_Matcher]]]]:
    """The query's alternatives as matchers, by what their first word's matches all begin with."""
    plans: dict[str, list[tuple[int, list[_Matcher]]]] = {}
    for index, group in enumerate(groups):
        for alt in group.alternatives:
            matchers = _matchers(alt, language)
            plans.setdefault(_needle(matchers[0]), []).append((index, matchers))
    return plans


def _phrase_end(text: str, first: re.Match[str], matchers: list[_Matcher]) -> int | None:
    """Where the alternative that begins at `first` ends in `text`, or None when it does not match there."""
    if not matchers[0].matches(first.group()):
        return None
    end = first.end()
    for matcher in matchers[1:]:  # a phrase: the next words, whatever lies between them ("wi-fi")
        following = _TOKEN.search(text, end)
        if following is None or not matcher.matches(following.group()):
            return None
        end = following.end()
    return end


def _best_start(text: str, hits: list[tuple[int, int, int]]) -> int:
    """The hit that begins the SNIPPET_TOKENS-word stretch holding the most groups (then the most hits).
    Words are counted as whitespace-separated runs here: close enough to choose a window, and cheap."""
    best, best_score = 0, (-1, -1)
    for i, (start, _, _) in enumerate(hits):
        inside = []
        for _, end, group in hits[i:]:
            if end - start > SNIPPET_TOKENS * WORD_CHARS or len(text[start:end].split()) > SNIPPET_TOKENS:
                break
            inside.append(group)
        score = (len(set(inside)), len(inside))
        if score > best_score:
            best, best_score = i, score
    return best


def cut(text: str, groups: list[Group], language: str = "en", start: str = "\x02", stop: str = "\x03",
        plans: dict[str, list[tuple[int, list[_Matcher]]]] | None = None) -> str | None:
    """The passage of `text` that best shows the query, matches between `start` and `stop`; None when the
    text holds none of the query's words."""
    hits = _hits(text, _plans(groups, language) if plans is None else plans)
    if not hits:
        return None
    anchor = hits[_best_start(text, hits)][0]
    before = list(_TOKEN.finditer(text, max(0, anchor - 80), anchor))[-CONTEXT_TOKENS:]
    begin = before[0].start() if before else anchor
    words = []
    for word in _TOKEN.finditer(text, begin):
        words.append(word)
        if len(words) == SNIPPET_TOKENS:
            break
    finish = words[-1].end()
    pieces, cursor = [], begin
    for hit_start, hit_end, _ in hits:
        if hit_start >= begin and hit_end <= finish:
            pieces += [text[cursor:hit_start], start, text[hit_start:hit_end], stop]
            cursor = hit_end
    pieces.append(text[cursor:finish])
    lead = ELLIPSIS if _TOKEN.search(text, 0, begin) else ""
    tail = ELLIPSIS if _TOKEN.search(text, finish) else text[finish:]
    return lead + "".join(pieces) + tail


# A guide's body is Markdown with the guide format's own marks (deskapp/guides/format.py): headings, list
# bullets, "? question" lines, "→ 3" answer targets, **bold**, *emphasis*, `code` and [links](...). A
# passage shown under a search result is read as prose, so the marks go and each line ends a sentence.
_LINE_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\?\s+|>\s*)", re.M)
_ANSWER_TARGET = re.compile(r"\s*→\s*\d+\s*$", re.M)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(.+?)\1")
_LINE_END = re.compile(r"(?<![.:;!?…])\s*\n+\s*")


def readable(markdown: str) -> str:
    """The guide text as a person reads it: no Markdown or guide-format marks, lines joined as sentences."""
    text = _ANSWER_TARGET.sub("", markdown)
    text = _LINE_MARKS.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _LINE_END.sub(". ", text.strip())
    return re.sub(r"\s+", " ", text)


def best_passages(rows: Iterable[tuple[int, str, str, str]], groups: list[Group]) -> dict[int, str]:
    """(id, language, summary, body) -> the summary's passage when it holds a match (it says what the guide
    is for), else the body's; both as readable text."""
    found, plans = {}, {}
    for gid, language, summary, body in rows:
        if language not in plans:
            plans[language] = _plans(groups, language)
        passage = (cut(readable(summary or ""), groups, language, plans=plans[language])
                   or cut(readable(body or ""), groups, language, plans=plans[language]))
        if passage is not None:
            found[gid] = passage
    return found

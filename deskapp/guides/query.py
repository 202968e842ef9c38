"""What a typed query means to guide search: its content words, each with the ways a guide may say it.

A patron's words reach the desk as "eduroam keeps asking for my password on my android phone". The query
becomes a list of *groups*, one per thing the patron said; a guide covers a group when it contains any of
the group's alternatives. Ranking then counts covered groups (deskapp.guides.search).

- Words are lowercase letters and digits; "can't" is "cant"; "wi-fi" is the words "wi" "fi" that may also
  be written joined ("wifi").
- Aliases a leader keeps (table search_aliases, starter list in resources/search/aliases.toml) are matched
  longest first, over the words as typed, so "two factor" becomes one group: the phrase itself or "mfa".
- Two neighbouring words that guides write as one ("inter library" -> "interlibrary") are one group with
  both spellings; a word guides write as two ("ebook" when they say "e book") gains the phrase.
- Stop words of the guides' languages never make a group, unless the query holds nothing else.
- The last word is a prefix (search as you type); a word no guide uses gains its nearest spellings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from deskapp.platform.paths import resources_dir

TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
MAX_GROUPS = 8
MAX_ALIAS_WORDS = 4
MIN_SPLIT_PART = 3
LANGUAGES = ("en", "da")


@dataclass(frozen=True)
class Alternative:
    """One way a guide may say what the patron said: a word, or a phrase of several words in a row."""

    words: tuple[str, ...]
    prefix: bool = False  # the last word is matched as a prefix
    fuzzy: bool = False  # a nearest spelling of a word no guide uses


@dataclass(frozen=True)
class Group:
    said: str  # what the patron typed for it, for explanations and tests
    alternatives: tuple[Alternative, ...]


@dataclass(frozen=True)
class Word:
    text: str
    joined_to_next: bool = False  # "wi-fi": written with a hyphen, so "wifi" is a likely spelling


def tokens(query: str) -> list[Word]:
    """The query's words, lowercase; hyphenated words become their parts, marked as joined."""
    words: list[Word] = []
    for token in TOKEN.findall(query.lower()):
        parts = [part.replace("'", "").replace("’", "") for part in token.split("-")]
        parts = [p for p in parts if p]
        words += [Word(part, joined_to_next=i < len(parts) - 1) for i, part in enumerate(parts)]
    return words


@cache
def stop_words(language: str) -> frozenset[str]:
    """The stop words of one language, from resources/search/stopwords-LANG.txt."""
    path = resources_dir() / "search" / f"stopwords-{language}.txt"
    if not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def normalise(query: str, languages: Iterable[str] = LANGUAGES) -> str:
    """The content words of a query, in order, each once: how searches that found nothing are counted
    ("My printer credit refund?" and "printer credit refund" are the same)."""
    stops = frozenset().union(*(stop_words(language) for language in languages))
    seen: dict[str, None] = {}
    for word in tokens(query):
        if word.text not in stops and len(word.text) > 1:
            seen.setdefault(word.text)
    return " ".join(seen)[:200]


def normalise_phrase(text: str) -> str:
    """An alias phrase as stored: its words, lowercase, single spaces ("Wi-Fi" -> "wi fi")."""
    return " ".join(word.text for word in tokens(text))


@dataclass(frozen=True)
class Vocabulary:
    """What the analysis asks of the guides' words; deskapp.guides.search answers it from the index."""

    known: set[str]  # which of the asked words some guide uses
    prefixes: dict[str, list[str]]  # the last word -> whole words it begins
    fuzzy: dict[str, list[str]]  # an unknown word -> its nearest spellings
    # Last words whose `prefixes` list every word guides use that begins with them: the whole words then
    # stand in for the prefix, which FTS5 answers far faster than a prefix it has no prefix index for.
    complete: set[str] = field(default_factory=set)


def words_to_look_up(words: list[Word]) -> set[str]:
    """Every word whose presence in the guides the analysis needs: each word, neighbours joined, splits."""
    asked = {w.text for w in words}
    asked |= {a.text + b.text for a, b in pairwise(words)}
    for word in words:
        asked |= {part for left, right in _splits(word.text) for part in (left, right)}
    return asked


def _splits(word: str) -> list[tuple[str, str]]:
    return [(word[:i], word[i:]) for i in range(MIN_SPLIT_PART, len(word) - MIN_SPLIT_PART + 1)]


def alias_spans(words: list[Word], aliases: dict[str, list[str]]) -> dict[int, tuple[int, list[str]]]:
    """Start index -> (end index, what it means) for the longest alias phrase starting at each word."""
    spans: dict[int, tuple[int, list[str]]] = {}
    index = 0
    while index < len(words):
        for length in range(min(MAX_ALIAS_WORDS, len(words) - index), 0, -1):
            phrase = " ".join(w.text for w in words[index:index + length])
            if phrase in aliases:
                spans[index] = (index + length, aliases[phrase])
                index += length
                break
        else:
            index += 1
    return spans


def _phrase(text: str) -> Alternative:
    return Alternative(tuple(text.split()))


def analyse(query: str, aliases: dict[str, list[str]], stops: frozenset[str],
            vocabulary: Vocabulary) -> list[Group]:
    """The query's groups, at most MAX_GROUPS, in the order typed."""
    words = tokens(query)
    spans = alias_spans(words, aliases)
    groups: list[tuple[Group, bool]] = []  # (group, is it only a stop word)
    index = 0
    while index < len(words):
        word = words[index]
        last = index == len(words) - 1
        if index in spans:
            end, meanings = spans[index]
            said = " ".join(w.text for w in words[index:end])
            meant = [_phrase(said), *(_phrase(m) for m in meanings)]
            groups.append((Group(said, tuple(dict.fromkeys(meant))), False))
            index = end
            continue
        following = words[index + 1] if not last else None
        joined = word.text + following.text if following else ""
        if following and following.text not in stops and word.text not in stops and (
                word.joined_to_next or joined in vocabulary.known):
            said = f"{word.text} {following.text}"
            alternatives = (Alternative((word.text, following.text)), Alternative((joined,)))
            groups.append((Group(said, alternatives), False))
            index += 2
            continue
        index += 1
        if len(word.text) < 2:
            continue  # one letter: too broad to be worth searching
        groups.append((_word_group(word.text, last, vocabulary), word.text in stops))
    content = [group for group, stop in groups if not stop]
    return (content or [group for group, _ in groups])[:MAX_GROUPS]


def _word_group(word: str, last: bool, vocabulary: Vocabulary) -> Group:
    alternatives = [Alternative((word,), prefix=last and word not in vocabulary.complete)]
    if last:
        expansions = vocabulary.prefixes.get(word, [])
        if word in vocabulary.complete:
            # Every word guides use that begins with it ("print" -> printed, printer, printing): together
            # they match what the prefix would.
            alternatives += [Alternative((term,)) for term in expansions if term != word]
        elif expansions and expansions[0] != word:
            # "printi" is no prefix of the stored stem "print": add the whole words it begins. A complete word
            # ("print") needs none: its prefix query already covers the stems of its longer forms.
            alternatives += [Alternative((term,)) for term in expansions]
        known = bool(expansions)
    else:
        known = word in vocabulary.known
    if not known:
        alternatives += [Alternative((left, right)) for left, right in _splits(word)
                         if left in vocabulary.known and right in vocabulary.known]
        alternatives += [Alternative((term,), fuzzy=True) for term in vocabulary.fuzzy.get(word, []) if term != word]
    return Group(word, tuple(alternatives))

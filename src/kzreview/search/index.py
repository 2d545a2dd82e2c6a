"""The in-memory search index: BM25 over lemmas (Russian) and stems (Kazakh), with snippets.

Passages
    A :class:`Passage` is the unit found: ``doc`` is the adilet code of a resolution
    («P250000001S») or «УПК»/«УК» for a code; ``para`` is an opaque label — for a resolution its
    paragraph number («12»), for a code the article («489») or, where a code is indexed per part,
    article and part joined by a dot («489.1»).  The index never interprets ``para``.  ``title``
    (an article's heading, say) is searched too but is not part of the snippet.

Matching
    Every query word must match, except function words (``data/stopwords.yaml``), which only add
    to the score — unless the query has nothing else.  A word matches a passage word with which
    it shares an analysis: any pymorphy3 lemma in Russian («жалобы» and «жалобой» both have
    «жалоба»), a stem in Kazakh (:class:`~kzreview.search.kazakh.KazakhLexicon`, read against
    the vocabulary of the indexed Kazakh texts), the number itself for numbers («489», «406-1»).
    A quoted phrase («"кассационной жалобы"», also «…» or “…”) must occur with its words in that
    order, next to each other.  With ``lang=None`` both languages are searched, each with its
    own analysis of the query, and the hits are merged by score.

Ranking
    Okapi BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N − df + 0.5)/(df + 0.5)) per language),
    implemented here, over the query's distinct analyses; a passage whose matches lie close
    together gets up to 30 % more (proximity).  Ties keep the order the passages were given in.

Snippets
    ``Hit.snippet`` is a window of about 24 words of the passage text around its densest cluster
    of matches, whitespace collapsed, with «… » / « …» where it is cut; ``Hit.matches`` holds the
    ``(start, end)`` offsets of the matched words in the snippet, for the UI to highlight, and
    :meth:`Hit.marked` renders them between markers.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

import yaml

from kzreview.errors import InvalidValue
from kzreview.search.kazakh import KazakhLexicon
from kzreview.search.morph import is_number, russian_lemmas, token_strings, tokenize

__all__ = ["LANGS", "Hit", "Lang", "Passage", "SearchIndex", "make_snippet"]

Lang = Literal["ru", "kk"]
LANGS: tuple[Lang, ...] = ("ru", "kk")

K1 = 1.2
B = 0.75
PROXIMITY_WEIGHT = 0.3
SNIPPET_WORDS = 24
_TITLE_GAP = 1000
_PHRASE_RE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')
_SPACE_RE = re.compile(r"\s+")

Postings = Mapping[int, Sequence[int]]


@dataclass(frozen=True, slots=True)
class Passage:
    """One searchable unit of text (see module docstring for ``doc`` and ``para``)."""

    doc: str
    para: str
    lang: Lang
    text: str
    title: str | None = None

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise InvalidValue("lang", self.lang, LANGS)
        if not isinstance(self.doc, str) or not self.doc:
            raise InvalidValue("doc", self.doc, "a non-empty document code")
        if not isinstance(self.para, str):
            raise InvalidValue("para", self.para, "a paragraph or article label as text")
        if not isinstance(self.text, str):
            raise InvalidValue("text", type(self.text).__name__, "text")


@dataclass(frozen=True, slots=True)
class Hit:
    """A passage found: where it is, how well it matched, and a snippet with match offsets."""

    doc: str
    para: str
    lang: Lang
    score: float
    snippet: str
    matches: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None

    def marked(self, open_mark: str = "«", close_mark: str = "»") -> str:
        """The snippet with every matched word put between ``open_mark`` and ``close_mark``."""
        parts: list[str] = []
        cursor = 0
        for start, end in self.matches:
            parts += [self.snippet[cursor:start], open_mark, self.snippet[start:end], close_mark]
            cursor = end
        parts.append(self.snippet[cursor:])
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A query word, or a quoted phrase of several words."""

    words: tuple[str, ...]

    @property
    def phrase(self) -> bool:
        """Whether the unit is a phrase (its words must be adjacent and in order)."""
        return len(self.words) > 1


@dataclass(slots=True)
class _Scored:
    """A matching passage: its score, its index, and the positions of its matched words."""

    score: float
    pid: int
    positions: list[int]


class _LangIndex:
    """The postings of one language: surface word → passage → positions, and analysis → words."""

    def __init__(self) -> None:
        self.postings: dict[str, dict[int, list[int]]] = {}
        self.lengths: dict[int, int] = {}
        self.forms: dict[str, list[str]] = {}
        self.analyse: Callable[[str], tuple[str, ...]] = _identity
        self.avgdl = 1.0

    def add(self, pid: int, words: Sequence[str], title: Sequence[str]) -> None:
        """Index one passage's normalised words (and its title's, placed after a gap)."""
        local: dict[str, list[int]] = {}
        for pos, word in enumerate(words):
            plist = local.get(word)
            if plist is None:
                local[word] = [pos]
            else:
                plist.append(pos)
        offset = len(words) + _TITLE_GAP
        for pos, word in enumerate(title, offset):
            local.setdefault(word, []).append(pos)
        postings = self.postings
        for word, plist in local.items():
            entry = postings.get(word)
            if entry is None:
                postings[word] = {pid: plist}
            else:
                entry[pid] = plist
        self.lengths[pid] = len(words) + len(title)

    def finish(self, analyse: Callable[[str], tuple[str, ...]]) -> None:
        """Group the indexed words by their analyses; compute the mean passage length."""
        self.analyse = analyse
        for word in self.postings:
            for term in _analyses(analyse, word):
                self.forms.setdefault(term, []).append(word)
        self.avgdl = max(1.0, sum(self.lengths.values()) / max(1, len(self.lengths)))

    def word_postings(self, word: str) -> Postings:
        """Passage → sorted positions of every indexed word sharing an analysis with ``word``."""
        surfaces = {form for term in _analyses(self.analyse, word) for form in self.forms.get(term, ())}
        if len(surfaces) == 1:
            return self.postings[surfaces.pop()]
        merged: dict[int, list[int]] = {}
        for surface in surfaces:
            for pid, plist in self.postings[surface].items():
                merged.setdefault(pid, []).extend(plist)
        for plist in merged.values():
            plist.sort()
        return merged

    def idf(self, df: int) -> float:
        n = len(self.lengths)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def bm25(self, tf: int, idf: float, pid: int) -> float:
        norm = K1 * (1.0 - B + B * self.lengths[pid] / self.avgdl)
        return idf * tf * (K1 + 1.0) / (tf + norm)


class SearchIndex:
    """Full-text index over passages in Russian and Kazakh; build once, search many times."""

    def __init__(self, passages: Sequence[Passage], by_lang: Mapping[Lang, _LangIndex]) -> None:
        self.passages: tuple[Passage, ...] = tuple(passages)
        self._by_lang = dict(by_lang)

    def __len__(self) -> int:
        return len(self.passages)

    @classmethod
    def build(cls, passages: Iterable[Passage]) -> SearchIndex:
        """Index ``passages`` (any iterable; the index keeps them in the order given)."""
        items = list(passages)
        by_lang = {lang: _LangIndex() for lang in LANGS}
        for pid, passage in enumerate(items):
            if not isinstance(passage, Passage):
                raise InvalidValue("passages", type(passage).__name__, "Passage objects")
            title = token_strings(passage.title) if passage.title else []
            by_lang[passage.lang].add(pid, token_strings(passage.text), title)
        by_lang["ru"].finish(_russian)
        lexicon = KazakhLexicon(word for word in by_lang["kk"].postings if not is_number(word))
        by_lang["kk"].finish(lexicon.stems)
        return cls(items, by_lang)

    def search(
        self,
        query: str,
        *,
        lang: str | None = None,
        limit: int = 10,
        docs: AbstractSet[str] | None = None,
    ) -> list[Hit]:
        """The best ``limit`` passages for ``query`` (module docstring), best first.

        ``lang`` restricts to «ru» or «kk»; ``docs`` to passages of those document codes.
        Raises :class:`~kzreview.errors.InvalidValue` for a blank query, a bad ``lang`` or
        ``limit``; a query with no searchable word in it finds nothing.
        """
        units = _parse_query(query)
        langs = _check_args(lang, limit)
        scored = [s for code in langs for s in self._search_lang(self._by_lang[code], units, docs)]
        best = heapq.nsmallest(limit, scored, key=lambda s: (-s.score, s.pid))
        return [self._hit(s) for s in best]

    def _search_lang(
        self, index: _LangIndex, units: Sequence[_Unit], docs: AbstractSet[str] | None
    ) -> list[_Scored]:
        groups = _group_words(index, units)
        if not groups:
            return []
        postings = {key: index.word_postings(word) for key, word in groups.items()}
        if any(not postings[key] for key in _required(groups)):
            return []
        candidates = self._candidates(postings, _required(groups), docs)
        phrases = [[_key(index, w) for w in unit.words] for unit in units if unit.phrase]
        idf = {key: index.idf(len(plist)) for key, plist in postings.items()}
        results = []
        for pid in candidates:
            if all(_phrase_count(postings, keys, pid) for keys in phrases):
                results.append(_score(index, postings, idf, pid))
        return results

    def _candidates(
        self, postings: Mapping[str, Postings], required: Sequence[str], docs: AbstractSet[str] | None
    ) -> list[int]:
        ordered = sorted(required, key=lambda key: len(postings[key]))
        pids = set(postings[ordered[0]])
        for key in ordered[1:]:
            pids.intersection_update(postings[key])
        if docs is not None:
            pids = {pid for pid in pids if self.passages[pid].doc in docs}
        return sorted(pids)

    def _hit(self, scored: _Scored) -> Hit:
        passage = self.passages[scored.pid]
        snippet, matches = make_snippet(passage.text, scored.positions)
        return Hit(
            doc=passage.doc,
            para=passage.para,
            lang=passage.lang,
            score=scored.score,
            snippet=snippet,
            matches=matches,
            title=passage.title,
        )


def make_snippet(text: str, positions: Iterable[int]) -> tuple[str, list[tuple[int, int]]]:
    """A window of ``text`` around the densest matched word positions, and their offsets in it."""
    tokens = tokenize(text)
    hits = sorted({p for p in positions if 0 <= p < len(tokens)})
    start = _window_start(hits, len(tokens))
    end = min(len(tokens), start + SNIPPET_WORDS)
    char_start = tokens[start].start if start > 0 else 0
    char_end = tokens[end].start if end < len(tokens) else len(text)
    spans = [(tokens[p].start - char_start, tokens[p].end - char_start) for p in hits if start <= p < end]
    body, marks = _compact(text[char_start:char_end], spans)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    shift = len(prefix)
    return prefix + body + suffix, [(a + shift, b + shift) for a, b in marks]


def _window_start(hits: Sequence[int], n_tokens: int) -> int:
    """First token of the snippet window: a little before the densest cluster of hits."""
    if not hits or n_tokens <= SNIPPET_WORDS:
        return 0
    lead = 3
    best, best_count, right = hits[0], 0, 0
    for left, first in enumerate(hits):
        while right < len(hits) and hits[right] < first + SNIPPET_WORDS - lead:
            right += 1
        if right - left > best_count:
            best, best_count = first, right - left
    return max(0, min(best - lead, n_tokens - SNIPPET_WORDS))


def _compact(text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with whitespace runs collapsed and ends trimmed; ``spans`` moved to match."""
    pieces: list[str] = []
    marks: list[tuple[int, int]] = []
    length = cursor = 0
    for index, (start, end) in enumerate(spans):
        gap = _SPACE_RE.sub(" ", text[cursor:start])
        gap = gap.lstrip() if index == 0 else gap
        word = text[start:end]
        pieces += [gap, word]
        marks.append((length + len(gap), length + len(gap) + len(word)))
        length += len(gap) + len(word)
        cursor = end
    tail = _SPACE_RE.sub(" ", text[cursor:])
    pieces.append(tail.strip() if not spans else tail.rstrip())
    return "".join(pieces), marks


def _check_args(lang: str | None, limit: int) -> tuple[Lang, ...]:
    """The languages to search; refuses an unknown language or a limit that is not a positive int."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidValue("limit", limit, "a whole number from 1 up")
    if lang is None:
        return LANGS
    for code in LANGS:
        if lang == code:
            return (code,)
    raise InvalidValue("lang", lang, LANGS)


def _parse_query(query: str) -> list[_Unit]:
    """Quoted phrases and single words of a query, normalised; blank queries are refused."""
    if not isinstance(query, str) or not query.strip():
        shown = query[:40] + "…" if isinstance(query, str) and len(query) > 40 else query
        raise InvalidValue("q", shown, "a non-blank search text")
    units: list[_Unit] = []
    cursor = 0
    for match in _PHRASE_RE.finditer(query):
        units += [_Unit((word,)) for word in token_strings(query[cursor : match.start()])]
        phrase = tuple(token_strings(next(g for g in match.groups() if g is not None)))
        if phrase:
            units.append(_Unit(phrase))
        cursor = match.end()
    units += [_Unit((word,)) for word in token_strings(query[cursor:])]
    return units


def _group_words(index: _LangIndex, units: Sequence[_Unit]) -> dict[str, str]:
    """Analysis key → a query word with that analysis (words that analyse alike count once).

    Keys of optional (stop) words start with ``?`` unless only stop words were asked for or the
    word is in a phrase.
    """
    stop = _stopwords()
    needed = {w for unit in units for w in unit.words if unit.phrase or w not in stop}
    groups: dict[str, str] = {}
    for unit in units:
        for word in unit.words:
            optional = bool(needed) and word not in needed
            groups.setdefault(("?" if optional else "") + _key(index, word), word)
    return groups


def _required(groups: Mapping[str, str]) -> list[str]:
    return [key for key in groups if not key.startswith("?")]


def _key(index: _LangIndex, word: str) -> str:
    return "|".join(sorted(_analyses(index.analyse, word)))


def _phrase_count(postings: Mapping[str, Postings], keys: Sequence[str], pid: int) -> int:
    """How often the phrase whose words have analyses ``keys`` occurs in passage ``pid``."""
    lists = [postings[key].get(pid, ()) for key in keys]
    later = [set(plist) for plist in lists[1:]]
    return sum(all(p + i in s for i, s in enumerate(later, 1)) for p in lists[0])


def _score(
    index: _LangIndex, postings: Mapping[str, Postings], idf: Mapping[str, float], pid: int
) -> _Scored:
    score = 0.0
    matched: list[Sequence[int]] = []
    for key, plist in postings.items():
        positions = plist.get(pid)
        if positions:
            score += index.bm25(len(positions), idf[key], pid)
            matched.append(positions)
    if len(matched) > 1:
        span = _min_span(matched)
        score *= 1.0 + PROXIMITY_WEIGHT * (len(matched) - 1) / max(1, span - 1)
    return _Scored(score, pid, sorted({p for plist in matched for p in plist}))


def _min_span(lists: Sequence[Sequence[int]]) -> int:
    """Fewest consecutive positions (inclusive) holding one position from every list."""
    heap = [(plist[0], i, 0) for i, plist in enumerate(lists)]
    heapq.heapify(heap)
    high = max(entry[0] for entry in heap)
    best = high - heap[0][0] + 1
    while True:
        low, i, j = heapq.heappop(heap)
        best = min(best, high - low + 1)
        if j + 1 == len(lists[i]):
            return best
        nxt = lists[i][j + 1]
        high = max(high, nxt)
        heapq.heappush(heap, (nxt, i, j + 1))


def _analyses(analyse: Callable[[str], tuple[str, ...]], word: str) -> tuple[str, ...]:
    return (word,) if is_number(word) else analyse(word)


def _russian(word: str) -> tuple[str, ...]:
    return russian_lemmas(word)


def _identity(word: str) -> tuple[str, ...]:
    return (word,)


@cache
def _stopwords() -> frozenset[str]:
    text = resources.files("kzreview.search").joinpath("data/stopwords.yaml").read_text("utf-8")
    lists: dict[str, list[str]] = yaml.safe_load(text)
    return frozenset(str(word) for words in lists.values() for word in words)

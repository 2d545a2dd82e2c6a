"""Language of a complaint: Russian or Kazakh, and whether it mixes the two.

Each word is Kazakh if it has a Kazakh-specific letter (әғқңөұүһі) or is a Kazakh stopword, Russian if
it is a Russian stopword or has a typical Russian ending; other words are neutral.  Each line takes
the language of the majority of its words, weighted by its letters; ``kk_share`` is the share of
letters in Kazakh lines.  ``mixed`` when the smaller language has at least ``mixed_share`` of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kzreview.analysis.data import load, rx

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # "ru" | "kk"
    kk_share: float
    mixed: bool


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str], float]:
    data = load("lang")
    return (
        frozenset(data["kk_letters"]),
        frozenset(w.lower() for w in data["ru_stopwords"]),
        frozenset(w.lower() for w in data["kk_stopwords"]),
        rx(data["ru_endings"]),
        float(data["mixed_share"]),
    )


def word_language(word: str) -> str | None:
    kk_letters, ru_stop, kk_stop, ru_end, _ = _lexicon()
    w = word.lower()
    if any(ch in kk_letters for ch in w):
        return "kk"
    if w in kk_stop:
        return "kk"
    if w in ru_stop:
        return "ru"
    if len(w) > 4 and ru_end.search(w):
        return "ru"
    return None


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text`` (Russian when nothing decides).

    Neutral words (names, numbers-with-letters, words of neither list) take the language of the word
    before them in the same segment, so a Russian quotation inside a Kazakh sentence counts as Russian.
    """
    *_, mixed_share = _lexicon()
    weight = {"ru": 0, "kk": 0}
    for segment in re.split(r"[\n«»\"“”]", text):
        current: str | None = None
        pending = 0
        for m in _WORD.finditer(segment):
            lang = word_language(m.group(0))
            size = len(m.group(0))
            if lang is None:
                if current:
                    weight[current] += size
                else:
                    pending += size
                continue
            current = lang
            weight[lang] += size + pending
            pending = 0
    total = weight["ru"] + weight["kk"]
    share = weight["kk"] / total if total else 0.0
    language = "kk" if share > 0.5 else "ru"
    return LanguageGuess(language, round(share, 3), min(share, 1 - share) >= mixed_share if total else False)

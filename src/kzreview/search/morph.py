"""Tokeniser, normaliser and Russian lemmatiser shared by the index and the query parser.

Tokens
    A token is either a *number or reference* — digits joined by ``-`` or ``.``: «489», «406-1»,
    «11.12.2020» (so «489» finds passages citing article 489, and «406-1» is not article 406) —
    or a *word*: a run of letters (combining marks, soft hyphens and zero-width characters may sit
    inside it).  Hyphens and everything else split words: «уголовно-процессуального» is two
    tokens, «484-бабы» is «484» and «бабы».

Normalisation of a word (:func:`normalize_word`)
    NFC, lowercase, combining marks and invisible characters removed, «ё» → «е», decimal digits of
    any script → ASCII, and, in a word that mixes Cyrillic and Latin letters, Latin look-alikes
    → Cyrillic (the state database writes Latin ``i`` for Kazakh «і»: «iстi» → «істі»; «h» → «һ»).
    :func:`normalize` applies it to a text and keeps only the tokens, space-separated; it is
    idempotent.

Russian lemmas (:func:`russian_lemmas`)
    pymorphy3 with one cached ``MorphAnalyzer``; *every* lemma of an ambiguous word is returned
    («стали» → стать, сталь), memoised per word.  Kazakh stems live in :mod:`.kazakh`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

import pymorphy3

__all__ = [
    "Token",
    "is_number",
    "normalize",
    "normalize_word",
    "russian_lemmas",
    "token_strings",
    "tokenize",
]

_INNER = "\u0300-\u036f\u0483-\u0489\u00ad\u200b-\u200d\u2060"
_TOKEN_RE = re.compile(rf"\d+(?:[-.]\d+)*|[^\W\d_](?:[^\W\d_]|[{_INNER}])*")
_LOOKALIKES = str.maketrans("aceiopxykhmt", "асеіорхукһмт")
_CACHE_SIZE = 1 << 18


class Token(NamedTuple):
    """One token: its normalised text and its ``[start, end)`` offsets in the source text."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order, normalised, with their offsets in ``text``."""
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        norm = normalize_word(match.group())
        if norm:
            tokens.append(Token(norm, match.start(), match.end()))
    return tokens


def token_strings(text: str) -> list[str]:
    """The normalised tokens of ``text`` (the fast path used to build the index)."""
    return [norm for raw in _TOKEN_RE.findall(text) if (norm := normalize_word(raw))]


def normalize(text: str) -> str:
    """``text`` as its normalised tokens joined by single spaces (punctuation dropped)."""
    return " ".join(token_strings(text))


def is_number(token: str) -> bool:
    """Whether a normalised token is a number or numeric reference («489», «406-1»)."""
    return "0" <= token[:1] <= "9"


@functools.lru_cache(maxsize=_CACHE_SIZE)
def normalize_word(raw: str) -> str:
    """The normalised form of one raw token (see module docstring); memoised."""
    if raw[:1].isdecimal():
        return "".join(str(unicodedata.decimal(ch, ch)) if ch.isdecimal() else ch for ch in raw)
    word = unicodedata.normalize("NFC", raw).lower()
    word = "".join(ch for ch in word if not _is_invisible(ch))
    word = unicodedata.normalize("NFC", word).replace("ё", "е")
    if _mixes_scripts(word):
        word = word.translate(_LOOKALIKES)
    return "".join(_TOKEN_RE.findall(word))


@functools.cache
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=_CACHE_SIZE)
def russian_lemmas(word: str) -> tuple[str, ...]:
    """Every lemma pymorphy3 gives a normalised Russian word, most likely first; else the word."""
    if not _has_cyrillic(word):
        return (word,)
    lemmas = dict.fromkeys(parse.normal_form.replace("ё", "е") for parse in _analyzer().parse(word))
    return tuple(lemmas) or (word,)


def _is_invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Cf")


def _has_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _mixes_scripts(word: str) -> bool:
    return _has_cyrillic(word) and any("a" <= ch <= "z" for ch in word)

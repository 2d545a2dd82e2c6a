"""Kazakh stemmer for search: strips inflection so every form of a word meets its stem.

Kazakh is agglutinative: «шағым» (complaint), «шағымдар», «шағымдарды», «шағымның», «шағымға» are
one word to a reader and must be one term to the index.  This module reduces a normalised Kazakh
word (lowercase Cyrillic, see :func:`kzreview.search.morph.normalize_word`) to a stem.

What was evaluated, and why it is a suffix stripper of our own
---------------------------------------------------------------
* ``kazstem`` (PyPI): needs resources it downloads at first use; this project runs offline.
* Apertium's Kazakh transducer (``apertium-kaz``) would be the best analyser, but Debian does not
  package it (``apt-cache policy apertium-kaz``: no candidate); Debian only has the engines
  (``hfst``, ``python3-hfst``, ``lttoolbox``), useless without a compiled Kazakh ``.hfst``, and
  the PyPI ``apertium`` package installs language data from Apertium's own servers.
* ``turkicnlp`` 0.5.0 (PyPI): its Kazakh morphology is that same Apertium transducer or a Glot500
  model, both downloaded at run time; its dictionary lemmatiser is an unimplemented placeholder.
* ``qaznltk`` 1.3 (PyPI): tokeniser, stop words, transliteration — no stemmer.
* ``snowballstemmer`` 3.1.1: no Kazakh.  ``turkic-suffix-library``: generates forms, does not
  analyse them.

How it works
------------
The whole suffix inventory is data (``data/kk_suffixes.yaml``, documented there): slots (case,
possessive, plural, derivation, verbal, negation, voice) read from the end of the word, each
with its vowel-harmony and assimilation variants (-лар/-лер/-дар/-дер/-тар/-тер,
-ның/-нің/-дың/-дің/-тың/-тің, ...) and the letters the stem must end in for that variant to be
the right one (-тың only after a voiceless consonant, -ның only after a vowel or nasal, ...).
At most one suffix per slot is stripped, only in slot order, always leaving a minimum stem
(2 letters with a vowel; 3 for voice and negation, which are stripped only from words already
seen to be verbs).  A stem-final б/г/ғ is written п/к/қ (бабы → баб → бап, құқығы → құқық).
Words in ``keep`` are stems as they stand (осы, және, кейін, ...); ``stems`` maps irregular forms.

That gives every word a handful of *readings* (:meth:`KazakhStemmer.readings`: «тұлға» is
тұлға or тұл + ға).  Which one is the stem:

* On its own (:func:`kazakh_stem`, :meth:`KazakhStemmer.stem`): a listed word if one is reached,
  else the shortest reading; on a noun a bare final -ы/-і after a consonant is then dropped,
  because without a lexicon it cannot be told from a possessive (қаулы, қаулысы → «қаул»).
* In the index (:class:`KazakhLexicon`): the reading shared by the most distinct words of the
  indexed Kazakh texts, so the texts themselves decide (тұлға, тұлғаның → «тұлға»; мәні, мән →
  «мән»).  Query words are read against the same counts.

Measured on the Kazakh half of the bundled resolution: 1,401 word forms → 657 stems, 81 % of
forms stemmed; every family in ``tests/test_morph_kk.py`` shares one stem.  Stems are index keys,
not dictionary lemmas, and are never shown to users.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = ["KazakhLexicon", "KazakhStemmer", "default_stemmer", "kazakh_stem"]

_DEVOICE = str.maketrans({"б": "п", "г": "к", "ғ": "қ"})
_VOWELS = frozenset("аәеёиоөұүыіэюяу")
_FINAL_I = frozenset("ыі")
_KAZAKH_ONLY = frozenset("әіңғүұқөһё")
_CACHE_SIZE = 1 << 18


@dataclass(frozen=True, slots=True)
class _Slot:
    """One position class of suffixes: suffix → letters the remaining stem may end in."""

    name: str
    suffixes: Mapping[str, frozenset[str]]
    min_stem: int
    requires: str | None
    verb: bool
    max_len: int


@dataclass(frozen=True, slots=True)
class _Reading:
    """One way of stripping a word: the stem left, how many suffixes went, and whether one was verbal."""

    stem: str
    strips: int
    verbal: bool
    listed: bool = False


class KazakhStemmer:
    """Slot-ordered suffix stripper driven by a suffix inventory (see module docstring)."""

    def __init__(self, inventory: Mapping[str, Any]) -> None:
        classes: dict[str, str] = dict(inventory["classes"])
        self.min_stem = int(inventory.get("min_stem", 2))
        self.slots = tuple(_parse_slot(raw, classes, self.min_stem) for raw in inventory["slots"])
        self.keep = frozenset(str(w) for w in inventory.get("keep", []))
        self.stems: dict[str, str] = {str(k): str(v) for k, v in (inventory.get("stems") or {}).items()}
        self._cache: dict[str, tuple[_Reading, ...]] = {}

    @classmethod
    def from_package_data(cls) -> KazakhStemmer:
        """The stemmer with the inventory shipped in ``kzreview/search/data/kk_suffixes.yaml``."""
        text = resources.files("kzreview.search").joinpath("data/kk_suffixes.yaml").read_text("utf-8")
        return cls(yaml.safe_load(text))

    def stem(self, word: str) -> str:
        """The stem of a normalised word on its own (no vocabulary): see the module docstring."""
        ranked = ((not r.listed, len(stem := self._finish(r)), r.strips, stem) for r in self._analyse(word))
        return min(ranked)[3]

    def readings(self, word: str) -> tuple[str, ...]:
        """Every stem a normalised word can be read as (itself included), unfinished, most stripped last."""
        return tuple(dict.fromkeys(r.stem for r in self._analyse(word)))

    def _analyse(self, word: str) -> tuple[_Reading, ...]:
        cached = self._cache.get(word)
        if cached is None:
            if _has_kazakh_letters(word):
                cached = tuple(self._readings(word, 0, frozenset(), 0))
            else:
                cached = (_Reading(word, 0, False),)
            if len(self._cache) < _CACHE_SIZE:
                self._cache[word] = cached
        return cached

    def _readings(self, form: str, start: int, used: frozenset[str], strips: int) -> Iterator[_Reading]:
        """Every reading of ``form`` that strips suffixes of the slots from ``start`` on."""
        verbal = any(slot.verb and slot.name in used for slot in self.slots)
        if form in self.stems or form in self.keep:
            yield _Reading(self.stems.get(form, form), strips, verbal, listed=True)
            return
        yield _Reading(form, strips, verbal)
        for index in range(start, len(self.slots)):
            slot = self.slots[index]
            if slot.requires is not None and slot.requires not in used:
                continue
            for stem in _strips(form, slot):
                yield from self._readings(_devoice(stem), index + 1, used | {slot.name}, strips + 1)

    def _finish(self, reading: _Reading) -> str:
        """On a noun, drop a final -ы/-і after a consonant if a stem remains; devoice a final б/г/ғ."""
        form = reading.stem
        if reading.listed:
            return form
        if (
            not reading.verbal
            and len(form) > self.min_stem
            and form[-1] in _FINAL_I
            and form[-2] not in _VOWELS
            and _has_vowel(form[:-1])
        ):
            form = form[:-1]
        return _devoice(form)


class KazakhLexicon:
    """Picks a word's stems by how many distinct words of a vocabulary share each reading.

    A bare word can look inflected (тұлға = тұл + ға?  мәні = мә + ні?) while its inflected
    forms settle the question (тұлғаның, тұлғаға → тұлға).  Given the vocabulary of the indexed
    texts, each reading gets the number of distinct words that can be read so; a word's stems are
    its readings with the highest count (all of them on a tie).  The true stem is a reading of
    every form of the word, an over-stripped one only of a few, so the family agrees on it:
    шағым, шағымдарды, шағымның → «шағым»; бабы, бабының → «бап»; тұлға, тұлғаның → «тұлға».
    Query words are read against the same counts, so a query meets the texts' own stems.
    """

    def __init__(self, words: Iterable[str], stemmer: KazakhStemmer | None = None) -> None:
        self._stemmer = stemmer or default_stemmer()
        self._support = Counter(r for word in set(words) for r in self._stemmer.readings(word))

    def stems(self, word: str) -> tuple[str, ...]:
        """The best-supported readings of a normalised word (one, unless they tie)."""
        readings = self._stemmer.readings(word)
        support = [self._support.get(reading, 0) for reading in readings]
        best = max(support)
        return tuple(r for r, count in zip(readings, support, strict=True) if count == best)


def _strips(form: str, slot: _Slot) -> Iterator[str]:
    """Every stem left by taking one suffix of ``slot`` off ``form`` where the stem fits that suffix."""
    for size in range(1, min(slot.max_len, len(form)) + 1):
        after = slot.suffixes.get(form[-size:])
        if after is None:
            continue
        stem = form[:-size]
        if len(stem) >= slot.min_stem and stem[-1] in after and _has_vowel(stem):
            yield stem


def _devoice(form: str) -> str:
    return form[:-1] + form[-1].translate(_DEVOICE) if form else form


def _has_vowel(form: str) -> bool:
    return any(ch in _VOWELS for ch in form)


def _parse_slot(raw: Mapping[str, Any], classes: Mapping[str, str], default_min: int) -> _Slot:
    suffixes: dict[str, set[str]] = {}
    for variants in raw["groups"].values():
        for variant in variants:
            letters = {ch for cls in str(variant["after"]) for ch in classes[cls]}
            for form in variant["forms"]:
                suffixes.setdefault(str(form), set()).update(letters)
    frozen = {suffix: frozenset(letters) for suffix, letters in suffixes.items()}
    return _Slot(
        name=str(raw["name"]),
        suffixes=frozen,
        min_stem=int(raw.get("min_stem", default_min)),
        requires=raw.get("requires"),
        verb=bool(raw.get("verb", False)),
        max_len=max(map(len, frozen)),
    )


def _has_kazakh_letters(word: str) -> bool:
    return any("а" <= ch <= "я" or ch in _KAZAKH_ONLY for ch in word)


@functools.cache
def default_stemmer() -> KazakhStemmer:
    """The stemmer with the packaged inventory, loaded once."""
    return KazakhStemmer.from_package_data()


def kazakh_stem(word: str) -> str:
    """The stem of a normalised Kazakh word on its own, with the packaged inventory."""
    return default_stemmer().stem(word)

"""Stage 3 — morphological full-text search over every stored text (Russian and Kazakh).

Takes passages (doc, para, lang, text); produces ranked hits.  May import :mod:`kzreview.corpus`.

* :mod:`.morph` — tokeniser, normaliser (lowercase, ё→е, Latin look-alikes → Cyrillic), Russian
  lemmas (pymorphy3, every lemma of an ambiguous word).
* :mod:`.kazakh` — Kazakh suffix-stripping stemmer driven by ``data/kk_suffixes.yaml``, and the
  vocabulary-informed choice of stem the index uses.
* :mod:`.index` — :class:`SearchIndex`: BM25 over lemmas/stems, phrases, snippets with offsets.

    >>> index = SearchIndex.build([Passage("P1", "1", "ru", "Кассационная жалоба подана.")])
    >>> [hit.para for hit in index.search("жалобы")]
    ['1']
"""

from kzreview.search.index import LANGS, Hit, Lang, Passage, SearchIndex, make_snippet
from kzreview.search.kazakh import KazakhLexicon, KazakhStemmer, kazakh_stem
from kzreview.search.morph import Token, normalize, normalize_word, russian_lemmas, tokenize

__all__ = [
    "LANGS",
    "Hit",
    "KazakhLexicon",
    "KazakhStemmer",
    "Lang",
    "Passage",
    "SearchIndex",
    "Token",
    "kazakh_stem",
    "make_snippet",
    "normalize",
    "normalize_word",
    "russian_lemmas",
    "tokenize",
]

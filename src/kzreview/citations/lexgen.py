"""Development tool: print the Russian word forms that ``patterns.yaml`` enumerates, made with pymorphy3.

The extractor never calls pymorphy at run time (a closed set of nouns and ordinals is faster as one
compiled alternation); this module regenerates that closed set and lets a test check that the YAML
still covers every form pymorphy knows.  Run ``python -m kzreview.citations.lexgen`` and paste.

Takes nothing; produces YAML text on stdout.  Imports only pymorphy3 and the standard library.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: Legal nouns by level; the lemma pymorphy is asked about.
NOUNS: dict[str, str] = {
    "article": "статья",
    "part": "часть",
    "item": "пункт",
    "subitem": "подпункт",
    "chapter": "глава",
    "abzac": "абзац",
    "norm": "норма",
}

#: Ordinal adjectives 1..20 and the round tens up to 50; compounds («двадцать первой») are composed.
ORDINALS: dict[int, str] = {
    1: "первый",
    2: "второй",
    3: "третий",
    4: "четвёртый",
    5: "пятый",
    6: "шестой",
    7: "седьмой",
    8: "восьмой",
    9: "девятый",
    10: "десятый",
    11: "одиннадцатый",
    12: "двенадцатый",
    13: "тринадцатый",
    14: "четырнадцатый",
    15: "пятнадцатый",
    16: "шестнадцатый",
    17: "семнадцатый",
    18: "восемнадцатый",
    19: "девятнадцатый",
    20: "двадцатый",
    30: "тридцатый",
    40: "сороковой",
    50: "пятидесятый",
}

#: Demonstratives that point back to a provision («указанной статьи»); singular forms only.
DEIXIS: tuple[str, ...] = (
    "указанный",
    "вышеуказанный",
    "названный",
    "вышеназванный",
    "приведённый",
    "упомянутый",
    "настоящий",
    "данный",
    "этот",
)

#: Forms that are far more often something else: «это» is the pronoun of «это значит».
NOT_DEIXIS: frozenset[str] = frozenset({"это"})


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _lexeme(lemma: str, pos: frozenset[str]) -> list[Any]:
    parse = next(p for p in _morph().parse(lemma) if p.tag.POS in pos)
    return [f for f in parse.lexeme if "Supr" not in f.tag and "Cmp2" not in f.tag and f.tag.POS in pos]


def noun_forms(lemma: str) -> list[str]:
    """Every case form, singular and plural, with «ё» also written «е»: ``статья`` → статьей, статьёй …"""
    words = {f.word for f in _lexeme(lemma, frozenset({"NOUN"}))}
    return sorted(words | {w.replace("ё", "е") for w in words})


def adjective_forms(lemma: str, *, singular_only: bool = False) -> list[str]:
    """Full adjective forms; with ``singular_only`` the forms that cannot be plural («этим» is dropped)."""
    stem = lemma.replace("ё", "е")[:2]
    forms = [
        f
        for f in _lexeme(lemma, frozenset({"ADJF", "PRTF"}))
        if ("PRTF" not in f.tag or "pssv" in f.tag) and f.word.replace("ё", "е").startswith(stem)
    ]
    plural = {f.word for f in forms if "plur" in f.tag}
    words = {f.word for f in forms if not singular_only or ("sing" in f.tag and f.word not in plural)}
    return sorted(words | {w.replace("ё", "е") for w in words})


def lexicon() -> dict[str, Any]:
    """The generated part of ``patterns.yaml``: nouns, ordinals, demonstratives."""
    return {
        "ru_nouns": {level: noun_forms(lemma) for level, lemma in NOUNS.items()},
        "ru_ordinals": {n: adjective_forms(lemma) for n, lemma in ORDINALS.items()},
        "ru_deixis": sorted(
            {w for lemma in DEIXIS for w in adjective_forms(lemma, singular_only=True)} - NOT_DEIXIS
        ),
    }


def main() -> None:
    import yaml

    print(yaml.safe_dump(lexicon(), allow_unicode=True, sort_keys=False, width=110, default_flow_style=None))


if __name__ == "__main__":
    main()

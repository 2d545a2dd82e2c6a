"""Improper language: insults, obscenities and incorrect expressions (НП P250000001S п.8).

Russian words are compared by lemma (pymorphy3), so every form is found and no substring is;
obscene roots are matched at the start of a whole word after an optional prefix; Kazakh words by
stem with any suffixes.  Words that are ordinary in a criminal case («преступник», «вор», «парақор»)
count only when they are said of a participant: a target word («судья», «прокурор», «тергеуші» …)
stands next to them with nothing between but names, dashes and words like «это», «просто», «нағыз».
The lexicons are data: ``data/improper_ru.yaml`` and ``data/improper_kk.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kzreview.analysis.data import load, rx

_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_KK_LETTERS = frozenset("әғқңөұүһі")
_GAP_OK = re.compile(r"^[\s—–\-,:«»\"]*$")
_GLUE = frozenset(
    [
        "это",
        "просто",
        "настоящий",
        "настоящая",
        "настоящее",
        "самый",
        "самая",
        "явный",
        "явная",
        "является",
        "являются",
        "был",
        "была",
        "были",
        "и",
        "же",
        "очень",
        "типичный",
        "типичная",
        "обычный",
        "обычная",
        "этот",
        "эта",
        "наш",
        "наша",
        "ваш",
        "ваша",
        "нағыз",
        "тек",
        "өте",
        "бұл",
        "ол",
        "және",
        "де",
        "да",
        "ғой",
    ]
)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    kind: str  # insult | obscene | incorrect
    lemma: str


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    word: str
    low: str


@cache
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(p.normal_form.replace("ё", "е") for p in _morph().parse(word))


@cache
def _ru() -> dict[str, Any]:
    data = load("improper_ru")
    insults = frozenset(w.replace("ё", "е") for w in data["insults"])
    incorrect = frozenset(w.replace("ё", "е") for w in data["incorrect"])
    targeted = frozenset(w.replace("ё", "е") for w in data["targeted"]["lemmas"])
    obscene = data["obscene"]
    return {
        "insults": insults,
        "incorrect": incorrect,
        "targeted": targeted,
        "targets": frozenset(data["targeted"]["targets"]),
        "blockers": frozenset(data["targeted"]["blockers"]),
        "window": int(data["targeted"]["window"]),
        "prefixes": frozenset(w[:3] for w in insults | incorrect | targeted),
        "obscene": rx("^" + obscene["prefixes"] + "(?:" + "|".join(obscene["roots"]) + ")$"),
        "whitelist": frozenset(obscene["whitelist"]),
    }


@cache
def _kk() -> dict[str, Any]:
    data = load("improper_kk")
    suffix = data["suffix"]

    def words(stems: list[str]) -> re.Pattern[str] | None:
        single = [s for s in stems if r"\s" not in s]
        return rx("^(?:" + "|".join(single) + ")" + suffix + "$") if single else None

    def phrases(stems: list[str]) -> re.Pattern[str] | None:
        multi = [s for s in stems if r"\s" in s]
        return rx(r"(?<!\w)(?:" + "|".join(multi) + ")" + suffix + r"(?!\w)") if multi else None

    return {
        "insults": words(data["insults"]),
        "insult_phrases": phrases(data["insults"]),
        "incorrect": words(data["incorrect"]),
        "targeted": words(data["targeted"]["stems"]),
        "targets": rx("^(?:" + data["targeted"]["targets"] + ")$"),
        "window": int(data["targeted"]["window"]),
        "obscene": rx("^(?:" + "|".join(data["obscene"]) + ")$"),
        "whitelist": frozenset(data["whitelist"]),
    }


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        out.append(_Tok(m.start(), m.end(), m.group(0), m.group(0).lower().replace("ё", "е")))
    return out


def _is_target(tok: _Tok, kazakh: bool) -> bool:
    if kazakh or any(ch in _KK_LETTERS for ch in tok.low):
        return bool(_kk()["targets"].match(tok.low))
    return bool(_lemmas(tok.low) & _ru()["targets"])


def _said_of_participant(text: str, toks: list[_Tok], i: int, candidates: set[int], kazakh: bool) -> bool:
    """A target stands next to token ``i`` with only names, glue words or other insults between."""
    window = _kk()["window"] if kazakh else _ru()["window"]
    blockers = _ru()["blockers"]
    for direction in (-1, 1):
        j = i
        for _ in range(window):
            prev, j = j, j + direction
            if j < 0 or j >= len(toks):
                break
            a, b = (toks[j], toks[prev]) if direction < 0 else (toks[prev], toks[j])
            if not _GAP_OK.match(text[a.end : b.start]):
                break
            tok = toks[j]
            if _is_target(tok, kazakh):
                return True
            if not kazakh and _lemmas(tok.low) & blockers:
                break
            if not (tok.low in _GLUE or j in candidates or tok.word[:1].isupper()):
                break
    return False


def find_improper(text: str) -> list[Hit]:
    """Every improper word of ``text`` (the matching copy), in order."""
    ru, kk = _ru(), _kk()
    toks = _tokens(text)
    hits: dict[int, Hit] = {}
    targeted: dict[int, tuple[str, bool]] = {}
    for i, tok in enumerate(toks):
        low = tok.low
        kazakh = any(ch in _KK_LETTERS for ch in low)
        if low in ru["whitelist"] or low in kk["whitelist"]:
            continue
        if ru["obscene"].match(low) or kk["obscene"].match(low):
            hits[i] = Hit(tok.start, tok.end, tok.word, "obscene", low)
            continue
        if kazakh or (kk["insults"] and kk["insults"].match(low)):
            if kk["insults"] and kk["insults"].match(low):
                hits[i] = Hit(tok.start, tok.end, tok.word, "insult", low)
            elif kk["incorrect"] and kk["incorrect"].match(low):
                hits[i] = Hit(tok.start, tok.end, tok.word, "incorrect", low)
            elif kk["targeted"] and kk["targeted"].match(low):
                targeted[i] = (low, True)
            continue
        if kk["targeted"] and kk["targeted"].match(low):
            targeted[i] = (low, True)
            continue
        if low[:3] not in ru["prefixes"]:
            continue
        lemmas = _lemmas(low)
        if found := lemmas & ru["insults"]:
            hits[i] = Hit(tok.start, tok.end, tok.word, "insult", min(found))
        elif found := lemmas & ru["incorrect"]:
            hits[i] = Hit(tok.start, tok.end, tok.word, "incorrect", min(found))
        elif found := lemmas & ru["targeted"]:
            targeted[i] = (min(found), False)
    candidates = set(hits) | set(targeted)
    for i, (lemma, kazakh) in targeted.items():
        if _said_of_participant(text, toks, i, candidates, kazakh):
            tok = toks[i]
            hits[i] = Hit(tok.start, tok.end, tok.word, "insult", lemma)
    out = list(hits.values())
    if kk["insult_phrases"]:
        for m in kk["insult_phrases"].finditer(text):
            out.append(Hit(m.start(), m.end(), m.group(0), "insult", m.group(0).lower()))
    return sorted(out, key=lambda h: h.start)


@dataclass(frozen=True)
class Irrelevant:
    start: int
    end: int
    text: str
    topic: str


def find_irrelevant(text: str) -> list[Irrelevant]:
    """Passages on matters unrelated to the case (``data/irrelevant.yaml``)."""
    out: list[Irrelevant] = []
    for topic in load("irrelevant")["topics"]:
        for lang in ("ru", "kk"):
            for pattern in topic.get(lang, []):
                for m in rx(pattern).finditer(text):
                    out.append(Irrelevant(m.start(), m.end(), m.group(0), topic["id"]))
    return sorted(out, key=lambda h: h.start)

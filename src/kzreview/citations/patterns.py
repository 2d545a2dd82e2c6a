"""Load ``patterns.yaml`` and compile it: the tokenizer, the anchor finder and the pattern matcher.

Takes the YAML data file next to this module; produces a :class:`Grammar` (compiled once, cached).  The
data's vocabulary is described at the top of ``patterns.yaml``.  Imports only the standard library,
PyYAML and :mod:`kzreview.citations.model`; never pymorphy (see :mod:`kzreview.citations.lexgen`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal, cast, get_args

import yaml

from kzreview.citations.firstchars import first_chars
from kzreview.citations.model import Act
from kzreview.errors import MalformedSource

Builder = Literal["ascending", "descending", "norm", "act"]
TokenLang = Literal["ru", "kk", "any"]

#: The levels a legal noun can name, from the largest down.
LEVELS: tuple[str, ...] = ("chapter", "article", "part", "item", "subitem", "abzac", "norm")

#: ``<<name>>`` in a regex of the data file.  Not matched: a regex's own ``{m,n}``, ``(?<=...)``.
_MACRO_RE = re.compile(r"<<([\w.]+)>>")
_SOURCE = "kzreview/citations/patterns.yaml"


@dataclass(frozen=True)
class TokenKind:
    """One kind of token: its group in the tokenizer and what a match of it means."""

    id: str
    sym: str
    lang: TokenLang = "any"
    level: str | None = None
    act: Act | None = None


@dataclass(frozen=True)
class Example:
    """A text a pattern must read, with the citations (short forms) and, optionally, the spans expected."""

    text: str
    cites: tuple[str, ...]
    spans: tuple[str, ...] | None = None
    doc: str | None = None


@dataclass(frozen=True)
class Pattern:
    """A grammar over token letters, the builder that reads its matches, and its examples."""

    id: str
    lang: TokenLang
    builder: Builder
    yields: str
    grammar: str
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class Tokenizer:
    """The token kinds compiled for one language order.

    ``regex`` is the alternation of every kind (group ``t<i>`` is ``kinds["t<i>"]``).  For speed the
    tokenizer does not run it: ``starts`` finds the places a token can begin, and ``by_char`` gives, for
    the character there, the same alternation restricted to the kinds that can start with it.
    """

    regex: re.Pattern[str]
    kinds: Mapping[str, TokenKind]
    starts: re.Pattern[str]
    by_char: Mapping[str, re.Pattern[str]]

    def kind(self, kind_id: str) -> TokenKind:
        """The kind with this ``id`` in the data file (``number``, ``close`` ...)."""
        return next(k for k in self.kinds.values() if k.id == kind_id)

    @property
    def number(self) -> TokenKind:
        return self.kind("number")

    @property
    def close(self) -> TokenKind:
        return self.kind("close")


@dataclass(frozen=True)
class Grammar:
    """Everything compiled from the data file."""

    tokenizers: Mapping[str, Tokenizer]
    anchors: re.Pattern[str]
    matcher: re.Pattern[str]
    patterns: Mapping[str, Pattern]
    foreign: re.Pattern[str]
    ru_ordinals: Mapping[str, int]
    ru_tens: Mapping[str, int]
    kk_ordinals: Mapping[str, int]
    kk_tens: Mapping[str, int]
    months: Mapping[str, int]
    resolutions: Mapping[tuple[str, date], str]

    def tokenizer(self, lang: str) -> Tokenizer:
        return self.tokenizers.get(lang, self.tokenizers["ru"])


def _fail(problem: str) -> MalformedSource:
    return MalformedSource(_SOURCE, problem)


def _lookup(data: Mapping[str, Any], dotted: str) -> Any:
    node: Any = data
    for key in dotted.split("."):
        if not isinstance(node, Mapping) or key not in node:
            raise _fail(f"unknown name <<{dotted}>>")
        node = node[key]
    return node


def _flatten(words: Any) -> list[str]:
    """A word list, or a mapping of word lists (ordinals by number), as one list."""
    if isinstance(words, Mapping):
        return [w for v in words.values() for w in _flatten(v)]
    if isinstance(words, str):
        return [words]
    return [str(w) for w in words]


def _either_case(char: str) -> str:
    """``с`` → ``[Сс]``: a first letter in both cases, since no re.IGNORECASE is used (it is slow)."""
    if char.lower() == char.upper():
        return re.escape(char)
    return f"[{char.upper()}{char.lower()}]"


def _trie(words: list[str]) -> str:
    """A regex for ``words`` with common prefixes factored out («перв(?:ая|ого|…)»), so that ``re`` tries
    a handful of branches at a position instead of hundreds of words one by one."""
    if words == [""]:
        return ""
    by_head: dict[str, list[str]] = {}
    optional = "" in words
    for w in words:
        if w:
            by_head.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(h) + _trie(sorted(set(rest))) for h, rest in sorted(by_head.items())]
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + ("?" if optional else "")


def _alternation(words: Iterable[str]) -> str:
    """Any of ``words``, the first letter in either case, longest match first."""
    by_head: dict[str, list[str]] = {}
    for w in set(words):
        by_head.setdefault(w[0].lower(), []).append(w[1:])
    branches = [_either_case(h) + _trie(sorted(set(rest))) for h, rest in sorted(by_head.items())]
    return "(?:" + "|".join(branches) + ")"


class _Expander:
    """Replace ``<<name>>`` by a piece, a lexicon regex or (for a mapping) the alternation of its keys."""

    def __init__(self, data: Mapping[str, Any], local: Mapping[str, str]) -> None:
        self._data = data
        self._local = local

    def __call__(self, regex: str, depth: int = 0) -> str:
        if depth > 20:
            raise _fail(f"macro recursion in {regex[:60]!r}")
        return _MACRO_RE.sub(lambda m: self(self._value(m.group(1)), depth + 1), regex)

    def _value(self, name: str) -> str:
        if name in self._local:
            return self._local[name]
        value = _lookup(self._data, name)
        if isinstance(value, Mapping):
            return _alternation(str(k) for k in value)
        return str(value)


def _right_bounded(regex: str, bounds: str) -> str:
    return f"(?:{regex})" + (r"(?!\w)" if bounds in ("both", "right") else "")


def _left_bounded(bounds: str) -> bool:
    return bounds in ("both", "left")


def _act_regex(acts: list[Mapping[str, Any]], lang: str, expand: _Expander) -> list[tuple[Act, str]]:
    """One regex per act, its names in ``lang`` tried before those in the other language."""
    order = ("kk", "ru") if lang == "kk" else ("ru", "kk")
    out: list[tuple[Act, str]] = []
    for entry in acts:
        act = entry["act"]
        if act not in get_args(Act):
            raise _fail(f"act {act!r} is not one of {get_args(Act)}")
        alts = [expand(r) for side in order for r in entry.get(side, [])]
        out.append((cast(Act, act), "|".join(f"(?:{a})" for a in alts)))
    return out


def _token_regex(spec: Mapping[str, Any], data: Mapping[str, Any], expand: _Expander) -> str:
    if "words" in spec:
        words = _flatten(_lookup(data["lexicon"], spec["words"]))
        body = expand(spec.get("before", "")) + _alternation(words) + expand(spec.get("after", ""))
    else:
        body = expand(spec["regex"])
    return _right_bounded(body, spec.get("bounds", "both"))


@dataclass
class _Alt:
    """One token kind's branch of the tokenizer."""

    name: str
    regex: str
    word_start: bool
    first: frozenset[str]


def _alternation_of(alts: list[_Alt]) -> str:
    r"""Word-start kinds share one ``(?<!\w)`` up front (inside a word ``re`` gives up after one test)."""
    ws = [f"(?P<{a.name}>{a.regex})" for a in alts if a.word_start]
    anywhere = [f"(?P<{a.name}>{a.regex})" for a in alts if not a.word_start]
    parts = ([r"(?<!\w)(?:" + "|".join(ws) + ")"] if ws else []) + anywhere
    return "|".join(parts)


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _dispatch(alts: list[_Alt]) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The start finder and, per first character, the alternation of the kinds that can start with it."""
    ws_chars = {c for a in alts if a.word_start for c in a.first}
    any_chars = {c for a in alts if not a.word_start for c in a.first}
    starts = re.compile(r"(?<!\w)" + _char_class(ws_chars | any_chars) + "|" + _char_class(any_chars))
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    by_char: dict[str, re.Pattern[str]] = {}
    for c in ws_chars | any_chars:
        subset = [a for a in alts if c in a.first]
        key = tuple(a.name for a in subset)
        if key not in compiled:
            compiled[key] = re.compile(_alternation_of(subset))
        by_char[c] = compiled[key]
    return starts, by_char


def _token_alts(
    data: Mapping[str, Any], lang: str, expand: _Expander
) -> tuple[list[_Alt], dict[str, TokenKind]]:
    specs = list(data["tokens"])
    # A text's own language first; within each language the order of the file.
    specs.sort(key=lambda s: 0 if s.get("lang", "any") in ("any", lang) else 1)
    alts: list[_Alt] = []
    kinds: dict[str, TokenKind] = {}

    def add(kind: TokenKind, regex: str, bounds: str) -> None:
        first = first_chars(regex)
        if first is None:
            raise _fail(f"token {kind.id}: cannot tell which characters its regex starts with")
        name = f"t{len(kinds)}"
        kinds[name] = kind
        alts.append(_Alt(name, regex, _left_bounded(bounds), first))

    for spec in specs:
        if spec.get("acts"):
            for act, regex in _act_regex(data["acts"], lang, expand):
                kind = TokenKind(id=f"{spec['id']}:{act}", sym=spec["sym"], act=act)
                add(kind, _right_bounded(regex, "both"), "both")
            continue
        kind = TokenKind(
            id=spec["id"], sym=spec["sym"], lang=spec.get("lang", "any"), level=spec.get("level")
        )
        add(kind, _token_regex(spec, data, expand), spec.get("bounds", "both"))
    return alts, kinds


def _compile_tokenizer(data: Mapping[str, Any], lang: str, expand: _Expander) -> Tokenizer:
    alts, kinds = _token_alts(data, lang, expand)
    regex = re.compile(_alternation_of(alts))
    if regex.groups != len(kinds):
        raise _fail("a token regex has a capturing group; use (?:...)")
    starts, by_char = _dispatch(alts)
    return Tokenizer(regex=regex, kinds=kinds, starts=starts, by_char=by_char)


def _example(raw: Mapping[str, Any]) -> Example:
    spans = raw.get("spans")
    return Example(
        text=raw["text"],
        cites=tuple(str(c) for c in raw["cites"]),
        spans=tuple(spans) if spans is not None else None,
        doc=raw.get("doc"),
    )


def _patterns(data: Mapping[str, Any], expand: _Expander) -> list[Pattern]:
    out = []
    for raw in data["patterns"]:
        if raw["builder"] not in get_args(Builder):
            raise _fail(f"pattern {raw['id']}: builder {raw['builder']!r} is not one of {get_args(Builder)}")
        out.append(
            Pattern(
                id=raw["id"],
                lang=raw.get("lang", "any"),
                builder=raw["builder"],
                yields=raw.get("yields", ""),
                grammar=expand(raw["grammar"]),
                examples=tuple(_example(e) for e in raw.get("examples", [])),
            )
        )
    return out


def _matcher(patterns: list[Pattern]) -> re.Pattern[str]:
    """One alternation over the token letters; group ``p<i>`` is the i-th pattern."""
    alts = [f"(?P<p{i}>{p.grammar})" for i, p in enumerate(patterns)]
    regex = re.compile("|".join(alts))
    if regex.groups != len(alts):
        raise _fail("a pattern grammar has a capturing group; use (?:...)")
    return regex


def _ordinal_words(data: Mapping[str, Any]) -> dict[str, int]:
    return {w.replace("ё", "е"): int(n) for n, forms in data.items() for w in _flatten(forms)}


def _check_symbols(data: Mapping[str, Any]) -> None:
    declared = {str(v) for v in _flatten(data["symbols"])}
    used = {str(t["sym"]) for t in data["tokens"]}
    if used - declared:
        raise _fail(f"token letters not declared under `symbols`: {sorted(used - declared)}")


def compile_grammar(data: Mapping[str, Any]) -> Grammar:
    """Compile the parsed data file.  Raises :class:`MalformedSource` naming what is wrong."""
    _check_symbols(data)
    expand = _Expander(data, {k: str(v) for k, v in data["pieces"].items()})
    gexpand = _Expander(data, {k: str(v) for k, v in data["grammar"].items()})
    patterns = _patterns(data, gexpand)
    lex = data["lexicon"]
    return Grammar(
        tokenizers={lang: _compile_tokenizer(data, lang, expand) for lang in ("ru", "kk")},
        anchors=re.compile("|".join(f"(?:{expand(a)})" for a in data["anchors"])),
        matcher=_matcher(patterns),
        patterns={f"p{i}": p for i, p in enumerate(patterns)},
        foreign=re.compile(data["foreign"]),
        ru_ordinals=_ordinal_words(lex["ru_ordinals"]),
        ru_tens={str(k): int(v) for k, v in lex["ru_tens"].items()},
        kk_ordinals={str(w): int(n) for n, w in lex["kk_ordinals"].items()},
        kk_tens={str(k): int(v) for k, v in lex["kk_tens"].items()},
        months={str(k): int(v) for side in data["months"].values() for k, v in side.items()},
        resolutions={(str(r["number"]), r["date"]): str(r["doc"]) for r in data["resolutions"]},
    )


def load_data() -> dict[str, Any]:
    """The parsed ``patterns.yaml``."""
    text = resources.files("kzreview.citations").joinpath("patterns.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail("expected a mapping with `version: 1`")
    return data


@cache
def grammar() -> Grammar:
    """The compiled grammar of the bundled data file (compiled on first use, then cached)."""
    return compile_grammar(load_data())

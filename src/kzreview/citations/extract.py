"""Find every legal citation in a Russian or Kazakh text: the public entry point of the citations stage.

Pipeline: normalise (one character for one, so offsets never move) → find anchors and tokenise the
windows around them → match the patterns of ``patterns.yaml`` over the token letters → read each match's
structure (:mod:`kzreview.citations.grammar`) → resolve it against the context and expand it into
:class:`Citation` objects (:mod:`kzreview.citations.resolve`).

>>> [m.text for m in find_citations("в порядке части первой статьи 486 УПК РК")]
['части первой статьи 486 УПК РК']
>>> [str(c) for m in find_citations("ҚПК-нің 414-бабының бірінші және үшінші бөліктерінде", "kk") for c in m.refs]
['УПК 414.1', 'УПК 414.3']

Imports the other modules of :mod:`kzreview.citations`, :mod:`kzreview.corpus.model` and
:mod:`kzreview.errors`; nothing later in the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kzreview.citations.grammar import Draft, Token, build
from kzreview.citations.model import CitationMatch
from kzreview.citations.patterns import Grammar, Tokenizer, grammar
from kzreview.citations.resolve import Context, draft_citations, forward_acts
from kzreview.corpus.model import LANGS, Lang
from kzreview.errors import InvalidValue

__all__ = ["Found", "extract", "find_citations", "normalize"]

#: One character for one: Latin «i»/«I» typed for the Kazakh «і»/«І», «ё» for «е», exotic spaces.
_NORMALISE: tuple[tuple[str, str], ...] = (
    ("i", "і"),
    ("I", "І"),
    ("ё", "е"),
    ("Ё", "Е"),
    ("\u00a0", " "),
    ("\u202f", " "),
    ("\u2007", " "),
)
#: How far around an anchor the text is tokenised: a chain's numbers and ordinals sit within this.
MARGIN = 100
_GAP = Token("_", None, 0, 0, "")


@dataclass(frozen=True)
class Found:
    """A citation match and the id of the pattern that read it (for tests and debugging)."""

    match: CitationMatch
    pattern: str


def normalize(text: str) -> str:
    """The text the patterns read; the same length as ``text``, so every offset stays valid.

    (``str.replace`` per pair: several times faster than ``str.translate`` on Cyrillic text.)
    """
    for old, new in _NORMALISE:
        if old in text:
            text = text.replace(old, new)
    return text


def _back_to_space(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def windows(text: str, g: Grammar) -> Iterator[tuple[int, int]]:
    """The stretches of ``text`` worth tokenising: every anchor with :data:`MARGIN` around, merged."""
    start = end = -1
    for m in g.anchors.finditer(text):
        lo, hi = max(0, m.start() - MARGIN), min(len(text), m.end() + MARGIN)
        if start >= 0 and lo <= end:
            end = max(end, hi)
            continue
        if start >= 0:
            yield start, end
        start, end = _back_to_space(text, lo), hi
    if start >= 0:
        yield start, end


def _is_gap(text: str, a: int, b: int) -> bool:
    """Anything but plain spaces between two tokens breaks a chain; so does an empty line."""
    between = text[a:b]
    return bool(between) and (not between.isspace() or "\n\n" in between)


def tokenize(text: str, start: int, end: int, tok: Tokenizer) -> tuple[list[Token], int]:
    """The tokens that start in ``[start, end]`` (the last may run past ``end``) and where they stop.

    Same result as ``tok.regex.finditer``, but only the kinds that can start with the character at hand
    are tried there (see :class:`~kzreview.citations.patterns.Tokenizer`).
    """
    tokens: list[Token] = []
    prev = start
    by_char = tok.by_char
    for c in tok.starts.finditer(text, start):
        s = c.start()
        if s < prev:
            continue
        if s > end:
            break
        m = by_char[text[s]].match(text, s)
        if m is None:
            continue
        if tokens and _is_gap(text, prev, s):
            tokens.append(_GAP)
        kind = tok.kinds[m.lastgroup or ""]
        tokens.append(Token(kind.sym, kind, s, m.end(), m.group()))
        prev = m.end()
    return _close_parentheses(tokens, tok), prev


def _close_parentheses(tokens: list[Token], tok: Tokenizer) -> list[Token]:
    """«статья 485 (часть 1) УПК»: the item-number token «1)» swallowed the «)» that closes «(часть».
    Inside parentheses opened before a part or article noun, such a token is a number and a «)»."""
    out: list[Token] = []
    opened: Token | None = None
    for i, t in enumerate(tokens):
        if t.sym == "L" and i + 1 < len(tokens):
            nxt = tokens[i + 1].kind
            opened = t if nxt is not None and nxt.level in ("part", "article", "chapter") else None
        elif t.sym == "R":
            opened = None
        elif t.sym == "i" and opened is not None:
            out.append(Token("n", tok.number, t.start, t.end - 1, t.text[:-1]))
            out.append(Token("R", tok.close, t.end - 1, t.end, ")"))
            opened = None
            continue
        out.append(t)
    return out


def drafts(text: str, lang: Lang, g: Grammar, *, use_windows: bool = True) -> Iterator[Draft]:
    """Every matched reference of a normalised text, in order, before context is applied."""
    tok = g.tokenizer(lang)
    spans = windows(text, g) if use_windows else iter([(0, len(text))])
    done = 0
    for start, end in spans:
        tokens, done = tokenize(text, max(start, done), end, tok)
        letters = "".join(t.sym for t in tokens)
        for m in g.matcher.finditer(letters):
            pattern = g.patterns[m.lastgroup or ""]
            draft = build(pattern.id, pattern.builder, tokens[m.start() : m.end()], g)
            if draft is not None:
                yield draft


def _check_lang(lang: str) -> Lang:
    for known in LANGS:
        if lang == known:
            return known
    raise InvalidValue("lang", lang, LANGS)


def extract(text: str, lang: Lang = "ru", *, doc: str | None = None, use_windows: bool = True) -> list[Found]:
    """Like :func:`find_citations`, with the id of the pattern behind each match."""
    g = grammar()
    norm = normalize(text)
    found = list(drafts(norm, _check_lang(lang), g, use_windows=use_windows))
    forward = forward_acts(norm, found)
    ctx = Context.within(doc)
    out: list[Found] = []
    for draft, fwd in zip(found, forward, strict=True):
        refs, (start, end) = draft_citations(draft, fwd if draft.builder == "ascending" else None, ctx, g)
        if refs:
            out.append(
                Found(CitationMatch(text=text[start:end], start=start, end=end, refs=refs), draft.pattern)
            )
    return out


def find_citations(text: str, lang: Lang = "ru", *, doc: str | None = None) -> list[CitationMatch]:
    """Every citation in ``text``, in order, with exact offsets (``text[m.start:m.end] == m.text``).

    ``lang`` is the language of the text (``ru`` or ``kk``); both languages' patterns are always tried,
    so a Kazakh reference quoted in a Russian text is found too, and ``lang`` only decides which reading
    wins where both could read the same word.  ``doc`` is the adilet code of the resolution the text
    comes from: «пункта 4 настоящего нормативного постановления» then cites that document, and a code left
    unnamed is taken to be the УПК; ``doc="УПК 489"`` says the text is article 489 of the УПК, so
    «части первой настоящей статьи» cites УПК 489.1.  An act that cannot be told is ``other``; nothing here raises on text.
    """
    return [f.match for f in extract(text, lang, doc=doc)]

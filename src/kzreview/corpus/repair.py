"""Repair the text layer of a resolution printed to PDF from adilet and extracted line by line.

The extraction damages the text in a few systematic ways, and this module undoes them with one general
algorithm (nothing in it knows any particular document):

* **moved links** — every hyperlinked span («статьи 486», «пункта 3», sometimes plain words such as
  «нормативное постановление») is cut out of its place and appended to the end of the same physical
  line, in order, glued to the last word or after a space.  Its place is marked by a *gap*: a double
  space, a space before closing punctuation («шестой , частями»), or a leading space on a continuation
  line after a page break.
* **hard wrapping** — lines are wrapped at about 80 characters; an abzac starts with an indented line.
* **page-break debris** — blank lines mid-sentence, and continuation lines that begin with «,» or «.».

The repair:

1. group the physical lines into blocks: heading blocks (before the first indented line, split at blank
   lines) and abzacs (a new one at each indented line; a blank line in the body is only page debris);
2. in each line find the gaps and count their *slots* — each link leaves one space, so «A  B» held one
   link, «A   B» two adjacent ones, and a continuation line's leading spaces one link each;
3. choose where the appended *tail* begins (a word start, or a glue point such as «УПК.|статьи»,
   «случаях|статьи», «с|5)») and how to split it into as many link texts as there are slots.  Each
   candidate is scored by a prior on the shape of its link texts — the reference grammar
   «статья/часть/пункт/глава… + numbers» first, bare numbers («485», «3)») when they continue a list or
   complete a keyword left at the end of the previous line, plain words last — plus the log-probability
   of the repaired line in its context under a word-bigram model of the genre (the clean resolutions
   bundled in ``data/seeds``) and of the document's own lines without gaps (internal evidence);
4. put each link back into its slot and join the lines with the spacing typography asks for.

Every choice is kept as a :class:`Move` (line, gap column, source column, text, and the margin over
the runner-up), so the output can show what was moved and how sure the choice was.

Public API: :func:`repair_lines` / :func:`repair_text` -> :class:`RepairResult` (``head``, ``body``,
``abzacs``, ``moves``, ``unresolved``); :func:`join_text` for callers that join abzac pieces.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, pairwise
from typing import Literal

from kzreview.corpus.registry import BUNDLED, seed_text

LinkKind = Literal["reference", "number", "phrase"]

# --- the grammar of a link text ------------------------------------------------------------------

#: The structural unit a reference names, in every case form and number.  Deliberately not matched:
#: adjectives built on the same stems («частным», «частного», «статейный»), which end differently.
KEYWORD = (
    r"(?:стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей"
    r"|част(?:ь|и|ью|ей|ям|ями|ях)"
    r"|(?:под)?пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|глав(?:а|ы|е|у|ой|ам|ами|ах)?"
    r"|параграф(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|раздел(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|абзац(?:а|у|ем|е|ы|ев|ам|ами|ах)?)"
)
#: A provision number: «485», «406-1», «2)», «23)».  Not matched: dates («01.07.2025») and «№ 2».
NUMBER = r"\d{1,4}(?:-\d{1,3})?\)?"
#: Numbers listed inside one link: «1), 2), 3)», «476, 477», «2) и 3)».  Not matched: numbers separated
#: by a bare space («2) 3)») — that is two links appended one after the other.
NUMBER_LIST = rf"{NUMBER}(?:(?:, | и | или |, и ){NUMBER})*"
#: An ordinal in words, as in «части первой», «частями первой и второй».  Stems only; any short ending.
ORDINAL = (
    r"(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат"
    r"|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат)[а-яё]{1,4}"
)
ORDINAL_LIST = rf"{ORDINAL}(?:(?:, | и | или ){ORDINAL})*"
#: One unit «keyword + numbers/ordinals».  A keyword alone («частью», «статьи») is not a unit.
REF_UNIT = rf"{KEYWORD} (?:{NUMBER_LIST}|{ORDINAL_LIST})(?![\w-])"

REF_RE = re.compile(rf"{REF_UNIT}(?: {REF_UNIT})*", re.IGNORECASE)
UNIT_RE = re.compile(REF_UNIT, re.IGNORECASE)
NUMBERS_RE = re.compile(NUMBER_LIST)
#: Plain words, up to six, letters and inner hyphens only.  Not matched: anything with digits or
#: punctuation, so a tail like «УПК.статьи 486» can never be taken whole as a phrase.
PHRASE_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*(?: [^\W\d_]+(?:-[^\W\d_]+)*){0,5}")
#: The stems of :data:`KEYWORD` from the smallest unit to the largest.
UNIT_LEVELS = ("абзац", "подпункт", "пункт", "част", "стат", "параграф", "глав", "раздел")
#: A keyword left at the end of a line without its number: the link was split by the line break.
DANGLING_KEYWORD_RE = re.compile(rf"(?<![\w-]){KEYWORD}$", re.IGNORECASE)
#: A reference keyword starting inside a glued token («случаяхстатьи 484»): the tail may start there.
GLUED_KEYWORD_RE = re.compile(rf"{KEYWORD} \d", re.IGNORECASE)

# --- the marks the extraction leaves ------------------------------------------------------------------

#: Where a link stood: two or more spaces, or one space before closing punctuation («шестой , частями»).
#: Deliberately not matched: a single space after «(» or around a dash («осужденных - соучастников» is
#: normal typography), and trailing whitespace (line ends are stripped before the search).
GAP_RE = re.compile(r" {2,}| (?=[,.;:!?)])")
#: A continuation line that starts with one of these belongs to the previous line without a space.
CLOSING = tuple(",.;:!?)»")
#: A line that ends with one of these runs on into the next line without a space.
OPENING = tuple("(«")
#: Letters of Kazakh that Russian lacks; a line with them is not used to train the Russian model.
KAZAKH_RE = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
#: Tokens of the language model: numbers (with an item bracket), words (with inner hyphens), punctuation.
TOKEN_RE = re.compile(r"\d+(?:[-.]\d+)*\)?|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")

MIN_INDENT = 4  # an abzac's first line is indented by at least this many spaces
DEFAULT_INDENT = 6  # adilet's indentation, assumed when a text has too few abzacs to tell its own
MIN_INDENT_SAMPLES = 3
MAX_LINK_WORDS = 12  # «пунктами 1), 2), 3), 6), 7), 8), 9), 10)» is one link of nine words
MAX_SEGMENTATIONS = 2000  # per tail start: a guard against lines of many gaps and plain words
PRIOR: dict[LinkKind, float] = {"reference": 8.0, "number": 4.0, "phrase": -1.0}
#: A link that is a bare number continues a list («статьями 476, 477»: links «статьями 476» and «477») or
#: is the rest of a link split by a line break («статьи» / «485»); elsewhere it is unlikely.
LONE_NUMBER_PENALTY = 4.0
EXTRA_UNIT_PENALTY = 3.0  # a link is usually one unit («статьи 486»), rarely «части первой статьи 486»
MIN_KNOWN = 2  # a word glued to a word is split only into words the model saw this often
KEEP_PENALTY = 2.0  # per gap, for reading a gap as a stray space and moving nothing


# --- results --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """One link text put back: found at column ``source`` of physical ``line``, moved to column ``gap``."""

    line: int
    gap: int
    source: int
    text: str
    kind: LinkKind
    margin: float = field(
        compare=False
    )  # the line's best score minus its runner-up's (log scale): confidence

    def describe(self) -> str:
        return f"line {self.line}: {self.text!r} from column {self.source} to column {self.gap} ({self.kind})"


@dataclass(frozen=True)
class Block:
    """A run of physical lines joined into one text: an abzac of the body, or a heading block."""

    text: str
    lines: tuple[int, ...]  # 1-based physical line numbers
    indented: bool


@dataclass
class RepairResult:
    head: list[Block]  # unindented blocks before the first indented line: title, requisites
    body: list[Block]  # one block per abzac
    moves: list[Move]
    unresolved: list[int]  # lines with gaps where no link text could be placed (spaces collapsed only)

    @property
    def abzacs(self) -> list[str]:
        return [b.text for b in self.body]


# --- the language model ---------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """Language-model tokens: lowercase words, punctuation, and numbers as ``<n>`` / ``<n)>``."""
    out: list[str] = []
    for tok in TOKEN_RE.findall(text):
        if tok[0].isdigit():
            out.append("<n)>" if tok.endswith(")") else "<n>")
        else:
            out.append(tok.lower())
    return out


class BigramModel:
    """A word-bigram model with Dirichlet smoothing towards add-½ unigrams.  Immutable once built."""

    def __init__(self, unigrams: Counter[str], bigrams: Counter[tuple[str, str]], mu: float = 4.0) -> None:
        self.unigrams = unigrams
        self.bigrams = bigrams
        self.mu = mu
        self._total = sum(unigrams.values())
        self._known = frozenset(w for w, n in unigrams.items() if n >= MIN_KNOWN and w[0].isalpha())
        self._after: Counter[str] = Counter()
        for (prev, _), n in bigrams.items():
            self._after[prev] += n

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> BigramModel:
        return cls(Counter(), Counter()).with_texts(texts)

    def with_texts(self, texts: Iterable[str]) -> BigramModel:
        """A new model that also counts ``texts`` (each one sequence: a line or an abzac)."""
        uni, bi = Counter(self.unigrams), Counter(self.bigrams)
        for text in texts:
            toks = tokens(text)
            uni.update(toks)
            bi.update(pairwise(toks))
        return BigramModel(uni, bi, self.mu)

    @property
    def vocabulary(self) -> Container[str]:
        """The words seen at least :data:`MIN_KNOWN` times (lowercase)."""
        return self._known

    def logprob(self, prev: str, word: str) -> float:
        p_word = (self.unigrams[word] + 0.5) / (self._total + 0.5 * (len(self.unigrams) + 1))
        return math.log((self.bigrams[prev, word] + self.mu * p_word) / (self._after[prev] + self.mu))

    def score(self, toks: Sequence[str]) -> float:
        return sum(self.logprob(a, b) for a, b in pairwise(toks))


@cache
def genre_model() -> BigramModel:
    """The bigram model of the clean resolutions bundled from adilet (their Russian lines)."""
    texts: list[str] = []
    for code, (_, origin) in BUNDLED.items():
        if origin == "adilet":
            texts.extend(ln for ln in seed_text(code).splitlines() if ln.strip() and not KAZAKH_RE.search(ln))
    return BigramModel.from_texts(texts)


# --- physical lines ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gap:
    """Where links stood: a span of a line's text, and how many links stood there side by side."""

    start: int
    end: int  # a leading gap is the empty span (0, 0)
    column: int  # where the gap starts in the physical line
    slots: int  # each link leaves one space: «A  B» held one link, «A   B» two adjacent ones


@dataclass(frozen=True)
class _Line:
    no: int  # 1-based
    offset: int  # column of ``text`` in the physical line
    text: str  # without indentation, leading gap and trailing whitespace
    indented: bool
    gaps: tuple[_Gap, ...]

    @property
    def slots(self) -> int:
        return sum(g.slots for g in self.gaps)

    @property
    def lead_gap(self) -> bool:
        return bool(self.gaps) and self.gaps[0].end == 0


def _modal_indent(lines: Sequence[str]) -> int:
    """The indentation of an abzac's first line: the commonest one, or adilet's when there are too few."""
    widths = Counter(len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip())
    indents = {w: n for w, n in widths.items() if w >= MIN_INDENT}
    if sum(indents.values()) < MIN_INDENT_SAMPLES:
        return DEFAULT_INDENT
    return max(indents, key=lambda w: (indents[w], -w))


def _scan(lines: Sequence[str]) -> list[_Line | None]:
    """One :class:`_Line` per physical line; ``None`` for a blank one."""
    indent = _modal_indent(lines)
    out: list[_Line | None] = []
    for no, raw in enumerate(lines, 1):
        body = raw.rstrip()
        if not body.strip():
            out.append(None)
            continue
        lead = len(body) - len(body.lstrip(" "))
        indented = lead >= MIN_INDENT
        text = body[lead:]
        gaps = [
            _Gap(m.start(), m.end(), lead + m.start(), max(1, len(m[0]) - 1)) for m in GAP_RE.finditer(text)
        ]
        extra = lead - indent if indented else lead  # spaces before the text that no indentation explains
        if extra > 0:
            gaps.insert(0, _Gap(0, 0, lead - extra, extra))
        out.append(_Line(no, lead, text, indented, tuple(gaps)))
    return out


def _group(scanned: Sequence[_Line | None]) -> tuple[list[list[_Line]], list[list[_Line]]]:
    """Head blocks (split at blank lines, before the first indented line) and body abzacs (split at indents).

    In the body a blank line is page-break debris: it never ends an abzac.
    """
    head: list[list[_Line]] = []
    body: list[list[_Line]] = []
    current: list[_Line] = []
    in_body = False
    for line in scanned:
        if line is None:
            if not in_body and current:
                head.append(current)
                current = []
            continue
        if line.indented:
            if current:
                (body if in_body else head).append(current)
            current, in_body = [line], True
        else:
            current.append(line)
    if current:
        (body if in_body else head).append(current)
    return head, body


# --- joining text -----------------------------------------------------------------------------------------


def join_text(left: str, right: str) -> str:
    """Join two pieces of running text with the one space (or none) that typography asks for."""
    if not left or not right:
        return left or right
    if left.endswith(OPENING) or right.startswith(CLOSING):
        return left + right
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():  # a hyphenated compound wrapped
        return left + right
    return f"{left} {right}"


def _assemble(text: str, gaps: Sequence[_Gap], cut: int, links: Sequence[str]) -> str:
    """``text[:cut]`` with ``links`` put into the gaps' slots in order (an empty link closes the slot)."""
    out, pos, fill = "", 0, iter(links)
    for gap in gaps:
        out = join_text(out, text[pos : gap.start].strip())
        for _ in range(gap.slots):
            out = join_text(out, next(fill))
        pos = gap.end
    return join_text(out, text[pos:cut].strip())


# --- choosing the split of a tail -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    text: str  # the repaired line
    prior: float
    links: tuple[str, ...]  # empty: the line kept as it is, gaps closed
    kinds: tuple[LinkKind, ...]
    starts: tuple[int, ...]  # where each link starts in the line's text


def link_kind(text: str) -> tuple[LinkKind, float] | None:
    """The shape of a candidate link text and its prior score, or ``None`` if no link looks like it."""
    if REF_RE.fullmatch(text):
        ranks = [_rank(m[0]) for m in UNIT_RE.finditer(text)]
        if any(a >= b for a, b in pairwise(ranks)):  # «статьи 76 пункта 3» is not how a reference reads
            return None
        return "reference", PRIOR["reference"] - EXTRA_UNIT_PENALTY * (len(ranks) - 1)
    if NUMBERS_RE.fullmatch(text):
        return "number", PRIOR["number"]
    if PHRASE_RE.fullmatch(text):
        return "phrase", PRIOR["phrase"]
    return None


def _rank(unit: str) -> int:
    """The level of a reference unit, smallest first: a multi-unit reference climbs («пункта 3 статьи 76»)."""
    word = unit.lower()
    return next((i for i, stem in enumerate(UNIT_LEVELS) if word.startswith(stem)), len(UNIT_LEVELS))


def _glue_point(text: str, i: int, known: Container[str]) -> bool:
    """Whether an appended tail may begin at ``text[i]`` although no space precedes it."""
    prev, ch = text[i - 1], text[i]
    if prev == " " or not ch.isalnum():
        return False
    if not prev.isalnum():  # after punctuation («УПК.статьи», «(статьи», «далее -31»), but not «406-1»
        return not (prev == "-" and text[i - 2 : i - 1].isalnum())
    if GLUED_KEYWORD_RE.match(text, i):
        return True
    if (
        (prev.isalpha() and ch.isdigit())
        or (prev.isdigit() and ch.isalpha())
        or (prev.islower() and ch.isupper())
    ):
        return True  # «с5)», «2025года», «постановлениеВерховного»
    # a word glued to a word: both halves must be words the model has seen («силунормативное»)
    if prev.isalpha() and ch.isalpha():
        start = text.rfind(" ", 0, i) + 1
        end = text.find(" ", i)
        left, right = text[start:i], text[i : end if end >= 0 else len(text)]
        return left.lower() in known and right.lower() in known
    return False


def _tail_starts(text: str, after: int, slots: int, known: Container[str]) -> Iterator[int]:
    """Positions at or after ``after`` where an appended tail may begin (word starts and glue points)."""
    starts = [i for i in range(after, len(text)) if text[i] != " " and (i == 0 or text[i - 1] == " ")]
    starts = starts[-MAX_LINK_WORDS * slots :]
    yield from starts
    first = starts[0] if starts else after
    yield from (i for i in range(max(first, 1), len(text)) if _glue_point(text, i, known))


def _segmentations(words: Sequence[str], k: int) -> Iterator[list[tuple[int, int, LinkKind, float]]]:
    """Every way to cut ``words`` into ``k`` link texts of a plausible shape: (start, end, kind, prior)."""
    n = len(words)
    shapes: dict[tuple[int, int], tuple[LinkKind, float] | None] = {}

    def shape(a: int, b: int) -> tuple[LinkKind, float] | None:
        if (a, b) not in shapes:
            shapes[a, b] = link_kind(" ".join(words[a:b]))
        return shapes[a, b]

    def walk(i: int, k: int) -> Iterator[list[tuple[int, int, LinkKind, float]]]:
        if k == 0:
            if i == n:
                yield []
            return
        for b in range(i + 1, min(n - k + 1, i + MAX_LINK_WORDS) + 1):
            found = shape(i, b)
            if found is not None:
                for rest in walk(b, k - 1):
                    yield [(i, b, *found), *rest]

    yield from walk(0, k)


def _candidates(line: _Line, known: Container[str], split_link: bool) -> Iterator[_Candidate]:
    """The line kept as it is, then every placement of a tail split into link texts of plausible shape.

    ``split_link``: the line opens with a gap right after a keyword that ended the previous line.
    """
    text, gaps, k = line.text, line.gaps, line.slots
    yield _Candidate(_assemble(text, gaps, len(text), [""] * k), -KEEP_PENALTY * k, (), (), ())
    for cut in _tail_starts(text, gaps[-1].end, k, known):
        words = text[cut:].split(" ")
        if "" in words:
            continue
        offsets = [cut]
        for w in words[:-1]:
            offsets.append(offsets[-1] + len(w) + 1)
        for seg in islice(_segmentations(words, k), MAX_SEGMENTATIONS):
            links = tuple(" ".join(words[a:b]) for a, b, _, _ in seg)
            prior = sum(p for _, _, _, p in seg)
            if seg[0][2] == "number":  # see LONE_NUMBER_PENALTY
                prior += PRIOR["reference"] - PRIOR["number"] if split_link else -LONE_NUMBER_PENALTY
            yield _Candidate(
                _assemble(text, gaps, cut, links),
                prior,
                links,
                tuple(kind for _, _, kind, _ in seg),
                tuple(offsets[a] for a, _, _, _ in seg),
            )


def _choose(line: _Line, lm: BigramModel, before: str, right: list[str]) -> tuple[_Candidate, float]:
    """The best candidate for ``line`` after the text ``before`` it, and its margin over the runner-up."""
    left = tokens(before)[-1:]
    split_link = line.lead_gap and DANGLING_KEYWORD_RE.search(before) is not None
    scored = sorted(
        (
            (c.prior + lm.score([*left, *tokens(c.text), *right]), i, c)
            for i, c in enumerate(_candidates(line, lm.vocabulary, split_link))
        ),
        key=lambda t: (-t[0], t[1]),
    )
    best = scored[0]
    runner_up = next((s for s in scored[1:] if s[2].text != best[2].text), None)
    return best[2], (best[0] - runner_up[0]) if runner_up else math.inf


# --- the whole text -------------------------------------------------------------------------------------


def _repair_block(lines: Sequence[_Line], lm: BigramModel, result: RepairResult) -> str:
    text = ""
    for i, line in enumerate(lines):
        if not line.gaps:
            text = join_text(text, line.text)
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        right = tokens(nxt.text)[:1] if nxt and not nxt.lead_gap else []
        best, margin = _choose(line, lm, text, right)
        if not best.links:
            result.unresolved.append(line.no)
        columns = [gap.column for gap in line.gaps for _ in range(gap.slots)]
        for col, link, kind, src in zip(columns, best.links, best.kinds, best.starts, strict=False):
            result.moves.append(Move(line.no, col, line.offset + src, link, kind, margin))
        text = join_text(text, best.text)
    return text


def repair_lines(lines: Sequence[str], model: BigramModel | None = None) -> RepairResult:
    """Repair the physical lines of an extracted PDF text into heading blocks and abzacs.

    ``model`` is the genre's bigram model (default: :func:`genre_model`); the document's own lines
    without gaps are added to it as internal evidence.
    """
    scanned = _scan(lines)
    lm = (model or genre_model()).with_texts(ln.text for ln in scanned if ln is not None and not ln.gaps)
    head, body = _group(scanned)
    result = RepairResult([], [], [], [])
    for group, target in [(g, result.head) for g in head] + [(g, result.body) for g in body]:
        text = _repair_block(group, lm, result)
        target.append(Block(text, tuple(ln.no for ln in group), group[0].indented))
    return result


def repair_text(text: str, model: BigramModel | None = None) -> RepairResult:
    """:func:`repair_lines` of a whole text."""
    return repair_lines(text.splitlines(), model)

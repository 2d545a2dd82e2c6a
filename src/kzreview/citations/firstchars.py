"""Which characters a regex can start a match with: lets the tokenizer try only the token kinds that can
begin at a given character, instead of every kind at every word (the speed of the whole extractor).

Takes the source of a regex (the subset ``patterns.yaml`` uses); produces a set of characters, or
``None`` when it cannot tell (``\\w``, ``.``, a negated class, a pattern that can match the empty string)
– the caller then tries that kind everywhere.  The answer is a superset: look-arounds are skipped, never
used to narrow it.  Imports only the standard library.

>>> sorted(first_chars(r"(?<!\\w)(?:[Сс]тат|ч\\.)"))
['С', 'с', 'ч']
>>> sorted(first_chars(r"(?:ҚР\\s+)?\\d+"))[:3], "Қ" in first_chars(r"(?:ҚР\\s+)?\\d+")
(['0', '1', '2'], True)
>>> first_chars(r"\\w+") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass

_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")
#: Escapes that stand for a known set; ``\w`` and the negated ones are unknown (``None``).
_CLASS_ESCAPES: dict[str, frozenset[str] | None] = {
    "d": _DIGITS,
    "s": _SPACES,
    "w": None,
    "W": None,
    "D": None,
    "S": None,
    "n": frozenset("\n"),
    "t": frozenset("\t"),
}
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")


@dataclass(frozen=True)
class _Item:
    """One element of a sequence: characters, a group of alternatives, or a zero-width assertion."""

    chars: frozenset[str] | None = None
    alts: tuple[tuple[_Item, ...], ...] | None = None
    assertion: bool = False
    optional: bool = False


def _escape(regex: str, i: int) -> tuple[frozenset[str] | None, int, bool]:
    """The escape at ``regex[i] == '\\\\'``: its characters, the next index, whether it is zero-width."""
    c = regex[i + 1]
    if c in _ZERO_WIDTH_ESCAPES:
        return None, i + 2, True
    if c in _CLASS_ESCAPES:
        return _CLASS_ESCAPES[c], i + 2, False
    return frozenset(c), i + 2, False


def _char_class(regex: str, i: int) -> tuple[frozenset[str] | None, int]:
    """``[...]`` at ``regex[i]``: its characters (``None`` if negated or unknown) and the next index."""
    i += 1
    negated = regex[i] == "^"
    if negated:
        i += 1
    chars: set[str] = set()
    known = True
    first = True
    while regex[i] != "]" or first:
        first = False
        if regex[i] == "\\":
            part, i, _ = _escape(regex, i)
            if part is None:
                known = False
            else:
                chars |= part
            continue
        if i + 2 < len(regex) and regex[i + 1] == "-" and regex[i + 2] != "]":
            chars |= {chr(c) for c in range(ord(regex[i]), ord(regex[i + 2]) + 1)}
            i += 3
            continue
        chars.add(regex[i])
        i += 1
    return (frozenset(chars) if known and not negated else None), i + 1


def _quantifier(regex: str, i: int) -> tuple[bool, int]:
    """A quantifier at ``regex[i]``, if any: whether it allows zero repetitions, and the next index."""
    if i >= len(regex) or regex[i] not in "?*+{":
        return False, i
    c = regex[i]
    if c == "{":
        close = regex.index("}", i)
        low = regex[i + 1 : close].split(",")[0]
        optional, i = (low.strip() in ("", "0")), close + 1
    else:
        optional, i = c in "?*", i + 1
    if i < len(regex) and regex[i] in "?+":  # lazy or possessive
        i += 1
    return optional, i


def _group_kind(regex: str, i: int) -> tuple[bool, int]:
    """The group opening at ``regex[i] == '('``: whether it is an assertion, and where its body starts."""
    if regex.startswith(("(?=", "(?!"), i):
        return True, i + 3
    if regex.startswith(("(?<=", "(?<!"), i):
        return True, i + 4
    if regex.startswith("(?P<", i):
        return False, regex.index(">", i) + 1
    if regex.startswith("(?", i):
        return False, regex.index(":", i) + 1
    return False, i + 1


def _parse(regex: str, i: int) -> tuple[tuple[tuple[_Item, ...], ...], int]:
    """The alternatives from ``regex[i]`` up to the ``)`` that closes them (or the end)."""
    alts: list[list[_Item]] = [[]]
    while i < len(regex) and regex[i] != ")":
        c = regex[i]
        if c == "|":
            alts.append([])
            i += 1
            continue
        if c == "(":
            assertion, i = _group_kind(regex, i)
            sub, i = _parse(regex, i)
            item = _Item(alts=sub, assertion=assertion)
            i += 1
        elif c == "[":
            chars, i = _char_class(regex, i)
            item = _Item(chars=chars)
        elif c == "\\":
            chars, i, zero = _escape(regex, i)
            item = _Item(chars=chars, assertion=zero)
        elif c in "^$":
            item, i = _Item(assertion=True), i + 1
        else:
            item, i = _Item(chars=None if c == "." else frozenset(c)), i + 1
        optional, i = _quantifier(regex, i)
        alts[-1].append(_Item(item.chars, item.alts, item.assertion, optional))
    return tuple(tuple(a) for a in alts), i


def _scan(seq: tuple[_Item, ...]) -> tuple[frozenset[str] | None, bool]:
    """The characters a sequence can start with (``None``: unknown) and whether it can match nothing."""
    out: set[str] = set()
    for item in seq:
        if item.assertion:
            continue
        chars, nullable = (item.chars, False) if item.alts is None else _scan_alts(item.alts)
        if chars is None:
            return None, False
        out |= chars
        if not (nullable or item.optional):
            return frozenset(out), False
    return frozenset(out), True


def _scan_alts(alts: tuple[tuple[_Item, ...], ...]) -> tuple[frozenset[str] | None, bool]:
    out: set[str] = set()
    nullable = False
    for seq in alts:
        chars, empty = _scan(seq)
        if chars is None:
            return None, False
        out |= chars
        nullable = nullable or empty
    return frozenset(out), nullable


def first_chars(regex: str) -> frozenset[str] | None:
    """The characters a match of ``regex`` can start with, or ``None`` if that cannot be told."""
    try:
        alts, _ = _parse(regex, 0)
    except (IndexError, ValueError):
        return None
    chars, nullable = _scan_alts(alts)
    return None if nullable else chars

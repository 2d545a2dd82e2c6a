"""Numbers as citations write them: ordinals in words, item numbers, hyphenated numbers and ranges.

Takes the text of one value token (and the grammar's word tables); produces provision numbers as strings
(``"485"``, ``"406-1"``, ``"1"``).  Imports only :mod:`kzreview.citations.patterns`.

>>> from kzreview.citations.patterns import grammar
>>> ordinal_value("двадцать первой", grammar())
21
>>> ordinal_value("бесіншіден", grammar())
5
>>> expand_range("41", "46")
['41', '42', '43', '44', '45', '46']
>>> number_values("406-1")
['406-1']
>>> number_values("41-46")
['41', '42', '43', '44', '45', '46']
"""

from __future__ import annotations

import re

from kzreview.citations.patterns import Grammar

#: The leading number of a token: «485», «406-1», «41-46», «498-1-498-4».  Not matched: the Kazakh case
#: ending after it («41-ден») nor the «)» of an item number.
_NUMBER_RE = re.compile(r"\d+(?:-\d+)*")
#: «1-й», «2-я»: an ordinal written in digits.  Not matched: «406-1» (digits after the hyphen).
_DIGIT_ORDINAL_RE = re.compile(r"(\d+)-\D")
#: Ranges longer than this are given by their two ends only (a typo, not a list of 500 provisions).
MAX_RANGE = 200


def ordinal_value(text: str, g: Grammar) -> int | None:
    """The number an ordinal word stands for; ``None`` if it is not one."""
    words = text.replace("ё", "е").lower().split()
    if not words:
        return None
    if m := _DIGIT_ORDINAL_RE.match(words[0]):
        return int(m.group(1))
    tens = 0
    if len(words) > 1:
        tens = g.ru_tens.get(words[0], 0) or g.kk_tens.get(words[0], 0)
    last = words[-1]
    unit = g.ru_ordinals.get(last)
    if unit is None:
        unit = next((n for w, n in g.kk_ordinals.items() if last.startswith(w)), None)
    return None if unit is None else tens + unit


def _split(num: str) -> tuple[int, int | None]:
    base, _, sub = num.partition("-")
    return int(base), (int(sub) if sub else None)


def expand_range(first: str, last: str) -> list[str]:
    """Every number from ``first`` to ``last``: ``41..46``, ``498-1..498-4``; the two ends if unclear."""
    (a, a_sub), (b, b_sub) = _split(first), _split(last)
    if a_sub is None and b_sub is None and a < b <= a + MAX_RANGE:
        return [str(n) for n in range(a, b + 1)]
    if a == b and a_sub is not None and b_sub is not None and a_sub < b_sub <= a_sub + MAX_RANGE:
        return [f"{a}-{n}" for n in range(a_sub, b_sub + 1)]
    return [first, last]


def leading_number(text: str) -> str:
    """The number a value token starts with: «41-ден» → ``41``; «23)» → ``23``; «7-1)» → ``7-1``."""
    m = _NUMBER_RE.match(text)
    return text if m is None else m.group(0)


def number_values(text: str) -> list[str]:
    """The provisions a number token names: «406-1» is one article, «41-46» a range (the second larger)."""
    num = leading_number(text)
    parts = num.split("-")
    if len(parts) == 2 and int(parts[1]) > int(parts[0]):
        return expand_range(parts[0], parts[1])
    if len(parts) == 4:
        return expand_range(f"{parts[0]}-{parts[1]}", f"{parts[2]}-{parts[3]}")
    return [num]

"""Month names in Russian and Kazakh, in any case form («декабря», «желтоқсандағы»), to month numbers."""

from __future__ import annotations

#: Stems in an order where no stem is tried before a longer one it is a prefix of («март» before «ма»).
RU_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("июн", 6), ("июл", 7), ("август", 8),
    ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12), ("ма", 5),
)  # fmt: skip
#: Kazakh month names; case and possessive endings follow the stem («маусымдағы», «наурызда»).
KK_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
    ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12),
)  # fmt: skip


def month_number(word: str) -> int | None:
    """The month a Russian or Kazakh month name means, or ``None``.

    >>> month_number("декабря"), month_number("Мая"), month_number("желтоқсандағы"), month_number("мамыр")
    (12, 5, 12, 5)
    >>> month_number("марта"), month_number("масла") is None
    (3, True)
    """
    w = word.lower()
    for stem, n in KK_MONTH_STEMS:  # first: «мамыр», «маусым» would otherwise read as «ма»
        if w.startswith(stem):
            return n
    for stem, n in RU_MONTH_STEMS:
        if w.startswith(stem) and (stem != "ма" or w in ("май", "мая", "мае", "маю", "маем")):
            return n
    return None

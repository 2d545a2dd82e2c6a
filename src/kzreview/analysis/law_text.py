"""Short citations («УПК 423.1.1», «НП P250000001S п.7») to :class:`Citation`, and the words for a
provision in running Russian and Kazakh text («пунктом 1) части первой статьи 485 УПК»,
«ҚПК-нің 485-бабы бірінші бөлігінің 1) тармағында»)."""

from __future__ import annotations

import re
from functools import cache

from kzreview.citations.model import Citation

RU_GEN = {
    1: "первой",
    2: "второй",
    3: "третьей",
    4: "четвертой",
    5: "пятой",
    6: "шестой",
    7: "седьмой",
    8: "восьмой",
    9: "девятой",
    10: "десятой",
}
RU_NOM = {
    1: "первая",
    2: "вторая",
    3: "третья",
    4: "четвертая",
    5: "пятая",
    6: "шестая",
    7: "седьмая",
    8: "восьмая",
    9: "девятая",
    10: "десятая",
}
KK_ORD = {
    1: "бірінші",
    2: "екінші",
    3: "үшінші",
    4: "төртінші",
    5: "бесінші",
    6: "алтыншы",
    7: "жетінші",
    8: "сегізінші",
    9: "тоғызыншы",
    10: "оныншы",
}
_SHORT = re.compile(r"^(УПК|УК|Конституция)\s+(\d+(?:-\d+)?)(?:\.(\d+)(?:\.(\d+(?:-\d+)?))?)?$")
_NP = re.compile(r"^НП\s+(\S+)\s+п\.(\S+)$")


@cache
def cite(short: str) -> Citation:
    """``"УПК 423.1.1"`` → ``Citation(act="УПК", article="423", part=1, item="1")``."""
    m = _SHORT.match(short)
    if m:
        act, art, part, item = m.groups()
        return Citation(act=act, article=art, part=int(part) if part else None, item=item)
    m = _NP.match(short)
    if m:
        return Citation(act="НП", doc=m.group(1), para=m.group(2))
    raise ValueError(f"not a short citation: {short!r}")


def cites(shorts: list[str]) -> list[Citation]:
    return [cite(s) for s in shorts]


def ground_citation(ground: str) -> Citation:
    art, *rest = ground.split(".")
    part = int(rest[0]) if rest and rest[0].isdigit() else None
    item = rest[1] if len(rest) > 1 else None
    if art == "433" and item is not None:
        part = None  # art. 433 has no numbered parts: «пункт 2) статьи 433»
    return Citation(act="УПК", article=art, part=part, item=item)


def words(ground: str) -> dict[str, str]:
    """``ru`` (nominative), ``ru_ins`` (instrumental), ``kk`` (nominative), ``kk_loc`` (locative)."""
    art, *rest = ground.split(".")
    part = int(rest[0]) if rest and rest[0].isdigit() else None
    item = rest[1] if len(rest) > 1 else None
    if art == "433":
        part = None
    if item is None:
        if part is None:
            return {
                "ru": f"статья {art} УПК",
                "ru_ins": f"статьей {art} УПК",
                "kk": f"ҚПК-нің {art}-бабы",
                "kk_loc": f"ҚПК-нің {art}-бабында",
            }
        return {
            "ru": f"часть {RU_NOM.get(part, part)} статьи {art} УПК",
            "ru_ins": f"частью {RU_GEN.get(part, part)} статьи {art} УПК",
            "kk": f"ҚПК-нің {art}-бабының {KK_ORD.get(part, part)} бөлігі",
            "kk_loc": f"ҚПК-нің {art}-бабының {KK_ORD.get(part, part)} бөлігінде",
        }
    if part is None:
        return {
            "ru": f"пункт {item}) статьи {art} УПК",
            "ru_ins": f"пунктом {item}) статьи {art} УПК",
            "kk": f"ҚПК-нің {art}-бабының {item}) тармағы",
            "kk_loc": f"ҚПК-нің {art}-бабының {item}) тармағында",
        }
    return {
        "ru": f"пункт {item}) части {RU_GEN.get(part, part)} статьи {art} УПК",
        "ru_ins": f"пунктом {item}) части {RU_GEN.get(part, part)} статьи {art} УПК",
        "kk": f"ҚПК-нің {art}-бабы {KK_ORD.get(part, part)} бөлігінің {item}) тармағы",
        "kk_loc": f"ҚПК-нің {art}-бабы {KK_ORD.get(part, part)} бөлігінің {item}) тармағында",
    }

"""Short citation strings of the rule files → :class:`~kzreview.citations.model.Citation`.

Accepted forms (CONTRACT.md §1 short text form)::

    УПК 489            УПК 489.1          УПК 489.1.1        УПК 476 п.23   (item of an article without parts)
    УК 6               НП P250000001S п.9

It deliberately does not accept free text («ч.1 ст.489 УПК»): rule files use one spelling only, so
that a typo fails at load time instead of producing a citation nobody checks.
"""

from __future__ import annotations

import re

from kzreview.citations.model import Citation

_CODE = re.compile(
    r"^(?P<act>УПК|УК) (?P<article>\d+(?:-\d+)?)"
    r"(?:\.(?P<part>\d+)(?:\.(?P<item>\d+(?:-\d+)?))?| п\.(?P<aitem>\d+(?:-\d+)?))?$"
)
_NP = re.compile(r"^НП (?P<doc>[A-Z]\d{8,9}[A-Z_]{1,2}) п\.(?P<para>\d+(?:-\d+)?)$")

#: The resolutions rule files may cite, with their numbered paragraphs.
RESOLUTION_PARAS: dict[str, frozenset[str]] = {
    "P250000001S": frozenset(str(n) for n in range(1, 19)),
}


def parse_cite(text: str) -> Citation:
    """Parse one short citation; ``ValueError`` names the bad string and the accepted forms."""
    m = _CODE.match(text)
    if m:
        part = m["part"]
        return Citation(
            act="УПК" if m["act"] == "УПК" else "УК",
            article=m["article"],
            part=int(part) if part is not None else None,
            item=m["item"] or m["aitem"],
        )
    m = _NP.match(text)
    if m:
        doc, para = m["doc"], m["para"]
        paras = RESOLUTION_PARAS.get(doc)
        if paras is None:
            raise ValueError(
                f"citation {text!r}: unknown resolution {doc!r}; known: {', '.join(RESOLUTION_PARAS)}"
            )
        if para not in paras:
            raise ValueError(f"citation {text!r}: {doc} has no paragraph {para} (it has 1–{len(paras)})")
        return Citation(act="НП", doc=doc, para=para)
    raise ValueError(
        f"malformed citation {text!r}; write «УПК 489.1.1», «УПК 484», «УПК 476 п.23», «УК 6» "
        "or «НП P250000001S п.9»"
    )

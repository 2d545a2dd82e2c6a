"""Compare the citations of the Russian and Kazakh texts of one resolution, paragraph by paragraph.

Takes two :class:`~kzreview.corpus.model.Resolution` objects (the two languages of one document);
produces a :class:`ParaDiff` for every numbered paragraph present in both whose citations differ.  Both
languages are official; a provision cited in one and not in the other is a discrepancy a lawyer must
know of.  Only the abzacs of a paragraph are compared, not its «Сноска»/«Ескерту» notes (those name
the amending acts, in a different order in each language).

A *citation* here is a provision (``УПК 426.2``, ``УПК гл.41``, ``НП P03000013S_ п.4``): a bare mention
of a code («в установленный УПК срок», «ҚПК-де») is left out by default, because the two languages
mention the code in a sentence independently of what they cite.

Imports :mod:`kzreview.citations.extract` and the corpus model only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from pydantic import BaseModel, Field

from kzreview.citations.extract import find_citations
from kzreview.citations.model import Citation
from kzreview.corpus.model import Lang, Resolution

__all__ = ["ParaDiff", "diff_langs", "diff_paragraphs", "paragraph_citations"]


class ParaDiff(BaseModel):
    """A paragraph whose two languages cite different provisions (short forms, with repeats)."""

    para: str
    only_ru: list[str] = Field(description="cited in Russian and not (or fewer times) in Kazakh")
    only_kk: list[str] = Field(description="cited in Kazakh and not (or fewer times) in Russian")


def _is_provision(ref: Citation) -> bool:
    return ref.article is not None or ref.chapter is not None or ref.para is not None


def paragraph_citations(text: str, lang: Lang, doc: str | None, *, bare_acts: bool = False) -> Counter[str]:
    """The multiset of citations (short forms) of one paragraph's text."""
    refs = (ref for m in find_citations(text, lang, doc=doc) for ref in m.refs)
    return Counter(ref.short for ref in refs if bare_acts or _is_provision(ref))


def _expand(counter: Counter[str]) -> list[str]:
    return sorted(counter.elements())


def diff_paragraphs(
    ru: Mapping[str, str], kk: Mapping[str, str], doc: str | None, *, bare_acts: bool = False
) -> list[ParaDiff]:
    """:func:`diff_langs` on plain ``{paragraph number: text}`` mappings, in the order of ``ru``."""
    out = []
    for num, ru_text in ru.items():
        if num not in kk:
            continue
        a = paragraph_citations(ru_text, "ru", doc, bare_acts=bare_acts)
        b = paragraph_citations(kk[num], "kk", doc, bare_acts=bare_acts)
        if a != b:
            out.append(ParaDiff(para=num, only_ru=_expand(a - b), only_kk=_expand(b - a)))
    return out


def _texts(paragraphs: Iterable[tuple[str, str]]) -> dict[str, str]:
    return dict(paragraphs)


def diff_langs(ru: Resolution, kk: Resolution, *, bare_acts: bool = False) -> list[ParaDiff]:
    """For each paragraph in both languages, the citations only one language has.

    ``bare_acts=True`` also compares mentions of a code with no provision («УПК», «ҚК-нің»).
    """
    return diff_paragraphs(
        _texts((p.num, p.text) for p in ru.paragraphs),
        _texts((p.num, p.text) for p in kk.paragraphs),
        ru.code,
        bare_acts=bare_acts,
    )

"""Every citation of the resolutions to an imported article resolves to the stored text it points to.

This checks three stages at once: the parse of the resolutions, the citation extractor, and the import
of the codes — a citation of «пункта 5) части первой статьи 489» must find item 5 of part 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzreview.citations.extract import find_citations
from kzreview.corpus.registry import load_bundled
from kzreview.library import Library
from kzreview.library.importer import import_path
from kzreview.store.repo import Store

pytestmark = pytest.mark.sharedlaw


@pytest.fixture(scope="module")
def library(shared_law: Path, tmp_path_factory: pytest.TempPathFactory) -> Library:
    lib = Library(Store.open(f"sqlite:///{tmp_path_factory.mktemp('resolve') / 'k.db'}"))
    assert lib.store is not None
    import_path(shared_law, lib.store)
    return lib


@pytest.mark.parametrize(
    ("code", "lang"), [("P250000001S", "ru"), ("P03000013S_", "ru"), ("P03000013S_", "kk")]
)
def test_citations_resolve_to_stored_text(library: Library, code: str, lang: str) -> None:
    resolved, unresolved = 0, []
    for para in load_bundled(code)[lang].paragraphs:  # type: ignore[index]
        for match in find_citations(para.text, lang, doc=code):  # type: ignore[arg-type]
            for ref in match.refs:
                if ref.act not in ("УПК", "УК") or ref.article is None:
                    continue
                if library.code_text(ref.act, lang).article(ref.article) is None:  # type: ignore[arg-type]
                    continue  # an article of a chapter that is not in ../shared/law
                if library.resolve_citation(ref, lang) is None:  # type: ignore[arg-type]
                    unresolved.append(f"п.{para.num}: {ref.short} «{match.text}»")
                else:
                    resolved += 1
    assert unresolved == []
    assert resolved >= 40

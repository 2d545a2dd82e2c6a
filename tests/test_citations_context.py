"""Citations read inside a code's own article: «настоящей статьи» / «осы баптың» is that article."""

from __future__ import annotations

import pytest

from kzreview.citations.extract import find_citations


@pytest.mark.parametrize(
    ("text", "lang", "doc", "expected"),
    [
        (
            "указанных в пунктах 1) и 2) части первой настоящей статьи",
            "ru",
            "УПК 489",
            ["УПК 489.1.1", "УПК 489.1.2"],
        ),
        (
            "осы баптың бірінші бөлігінің 1) және 2) тармақтарында",
            "kk",
            "УПК 489",
            ["УПК 489.1.1", "УПК 489.1.2"],
        ),
        ("частью второй статьи 484 настоящего Кодекса", "ru", "УПК 489", ["УПК 484.2"]),
        ("в части второй настоящей статьи", "ru", "УК 6", ["УК 6.2"]),
        # without the article there is nothing to resolve «настоящей статьи» to
        ("в части второй настоящей статьи", "ru", None, []),
    ],
)
def test_this_article(text: str, lang: str, doc: str | None, expected: list[str]) -> None:
    found = [r.short for m in find_citations(text, lang, doc=doc) for r in m.refs]  # type: ignore[arg-type]
    assert found == expected

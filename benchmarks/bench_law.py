"""Corpus and citations: parse + repair + index of both resolutions; citation extraction in MB/s.

Targets (issue 2): parse + repair + index < 300 ms; citation extraction ≥ 2 MB/s on Russian legal text.
Baselines, same run: reading the seed files and scanning them with one plain regex.
"""

from __future__ import annotations

import re

from benchmarks.timing import best_of, row
from kzreview.citations.extract import find_citations
from kzreview.corpus import registry
from kzreview.search import Passage, SearchIndex

PLAIN = re.compile(r"стать[а-яё]+\s+\d+")


def parse_repair_index() -> None:
    registry.load_bundled.cache_clear()
    docs = {code: registry.load_bundled(code) for code in registry.BUNDLED}
    SearchIndex.build(
        Passage(doc=code, para=p.num, lang=lang, text=p.text)
        for code, texts in docs.items()
        for lang, res in texts.items()
        for p in res.paragraphs
    )


def main() -> None:
    "".join(registry.seed_text(code) for code in registry.BUNDLED)
    parse_repair_index()  # warm-up: imports, morphology dictionaries, lemma caches
    base = best_of(lambda: [len(PLAIN.findall(registry.seed_text(c))) for c in registry.BUNDLED])
    took = best_of(parse_repair_index)
    print(
        row(
            "parse + repair + index, both resolutions",
            took,
            base,
            "target < 300 ms",
            "PASS" if took < 0.3 else "MISS",
        )
    )

    russian = "\n".join(
        p.text for code in registry.BUNDLED for p in registry.load_bundled(code)["ru"].paragraphs
    )
    text = russian * max(1, (2_000_000 // len(russian.encode())) + 1)
    mb = len(text.encode()) / 1e6
    find_citations(text[:10000], "ru")
    base = best_of(lambda: PLAIN.findall(text), repeat=3)
    took = best_of(lambda: find_citations(text, "ru"), repeat=3)
    print(
        row(
            f"citation extraction, {mb:.1f} MB Russian",
            took,
            base,
            "target ≥ 2 MB/s",
            f"{mb / took:.2f} MB/s ({mb / base:.0f} MB/s plain regex) {'PASS' if mb / took >= 2 else 'MISS'}",
        )
    )


if __name__ == "__main__":
    main()

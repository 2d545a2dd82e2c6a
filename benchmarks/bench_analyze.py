"""Complaint analysis: a 20-page complaint, and throughput over the whole test corpus.

Target (issue 5): analysis of a 20-page complaint < 1 s without OCR.  Baseline, same run: plain text
extraction of the same files (``read_document``), so the ratio shows what the analysis adds.
Scans are timed once (OCR takes seconds per page) and reported on their own line.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.timing import best_of, row
from kzreview.analysis import analyze
from kzreview.intake import DocumentText, read_document

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "complaints"
PAGE = 2500  # characters on a typed A4 page


def twenty_pages() -> DocumentText:
    body = (CORPUS / "ru01_cass_defender_complete.txt").read_text(encoding="utf-8")
    head, tail = body.split("Эти нарушения повлияли", 1)
    middle = "\n".join(head.split("\n")[20:])
    repeat = max(1, (20 * PAGE - len(body)) // len(middle) + 1)
    return DocumentText.from_pages(
        "twenty.txt", "txt", [head + middle * repeat + "Эти нарушения повлияли" + tail]
    )


def main() -> None:
    doc = twenty_pages()
    analyze(doc)  # warm-up: data files, regexes, morphology dictionaries
    took = best_of(lambda: analyze(doc))
    base = best_of(lambda: read_document(doc.text.encode("utf-8"), "twenty.txt"))
    pages = len(doc.text) / PAGE
    print(
        row(
            f"analyze a {pages:.0f}-page complaint ({len(doc.text) // 1000} k chars)",
            took,
            base,
            "target < 1000 ms",
            "(baseline: reading the same text)",
        )
    )

    files = sorted(p for p in CORPUS.iterdir() if p.suffix in (".txt", ".docx", ".pdf", ".png"))
    typed = [p for p in files if "scan" not in p.stem]
    scans = [p for p in files if "scan" in p.stem]
    docs = [read_document(p) for p in typed]
    read_all = best_of(lambda: [read_document(p) for p in typed], repeat=3)
    analyse_all = best_of(lambda: [analyze(d) for d in docs], repeat=3)
    chars = sum(len(d.text) for d in docs)
    print(
        row(
            f"corpus: read + analyze {len(typed)} typed files",
            read_all + analyse_all,
            read_all,
            f"{len(typed) / (read_all + analyse_all):.0f} files/s",
            f"({chars / 1e6 / analyse_all:.2f} MB/s of text analysed; baseline: extraction alone)",
        )
    )
    if scans:
        t0 = time.perf_counter()
        scanned = [read_document(p) for p in scans]
        ocr = time.perf_counter() - t0
        t1 = time.perf_counter()
        for d in scanned:
            analyze(d)
        rest = time.perf_counter() - t1
        print(
            row(
                f"corpus: {len(scans)} scans, OCR + analyze (1 run)",
                ocr + rest,
                ocr,
                "OCR-bound",
                "(baseline: OCR alone)",
            )
        )


if __name__ == "__main__":
    main()

"""``kzreview law import``: read the state database's Markdown files and store them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzreview.corpus import adilet_md
from kzreview.corpus.model import CodeText, Resolution
from kzreview.errors import MalformedSource
from kzreview.store.repo import Store


def _read_one(path: Path) -> CodeText | Resolution:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise MalformedSource(str(path), f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    header = text.split("\n---", 1)[0] if text.startswith("---") else ""
    if (
        "\nact_code:" in header
    ):  # the resolutions' headers carry full metadata, the codes' only part_of/source
        return adilet_md.parse_resolution_markdown(text, path=str(path))
    return adilet_md.parse_code_markdown(text, path=str(path))


def import_path(path: Path, store: Store) -> dict[str, Any]:
    """Import a folder laid out like ``../shared/law`` or a single Markdown file; report what was stored."""
    if not path.exists():
        raise MalformedSource(str(path), "no such file or folder")
    codes: list[CodeText]
    resolutions: list[Resolution]
    skipped: list[dict[str, str]] = []
    if path.is_file():
        doc = _read_one(path)
        codes = [doc] if isinstance(doc, CodeText) else []
        resolutions = [doc] if isinstance(doc, Resolution) else []
    else:
        result = adilet_md.import_tree(path)
        codes, resolutions = list(result.codes), list(result.resolutions)
        skipped = [{"path": str(p), "reason": r} for p, r in result.skipped]
    imported: list[dict[str, Any]] = []
    for code in codes:
        store.save_code(code)
        imported.append(
            {
                "code": code.act,
                "lang": code.lang,
                "count": len(code.articles),
                "unit": "articles",
                "version_date": code.version_date,
            }
        )
    for res in resolutions:
        store.save_resolution(res)
        imported.append(
            {
                "code": res.code,
                "lang": res.lang,
                "count": len(res.paragraphs),
                "unit": "paragraphs",
                "version_date": res.adopted_on,
            }
        )
    return {"imported": imported, "skipped": skipped}

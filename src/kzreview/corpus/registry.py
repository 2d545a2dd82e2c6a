"""The resolutions bundled with kzreview (the user's own documents, in ``data/seeds``)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from kzreview.corpus.model import Lang, Resolution
from kzreview.errors import NotFound

#: adilet code -> (file in data/seeds, how the text was obtained)
BUNDLED: dict[str, tuple[str, str]] = {
    "P250000001S": ("P250000001S.ru.txt", "pdf"),
    "P03000013S_": ("P03000013S_.ru-kk.txt", "adilet"),
}


def seed_text(code: str) -> str:
    """The raw text of a bundled resolution, exactly as the user supplied it."""
    try:
        name, _ = BUNDLED[code]
    except KeyError:
        raise NotFound("document", code, BUNDLED) from None
    return resources.files("kzreview.corpus").joinpath("data", "seeds", name).read_text(encoding="utf-8")


@cache
def load_bundled(code: str) -> dict[Lang, Resolution]:
    """Parse (and, for the PDF text, repair) a bundled resolution: one :class:`Resolution` per language."""
    text = seed_text(code)
    _, origin = BUNDLED[code]
    if origin == "pdf":
        from kzreview.corpus.pdfdoc import parse_pdf_resolution

        return {"ru": parse_pdf_resolution(text, code)}
    from kzreview.corpus.adilet_text import parse_adilet_text

    return parse_adilet_text(text, code)

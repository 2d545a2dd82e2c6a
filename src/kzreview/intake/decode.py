"""Bytes of a plain-text file to ``str``: BOMs, UTF-8, and the legacy Cyrillic code pages.

Court offices still produce Windows-1251 (Russian), KZ-1048 (Kazakh Windows), KOI8-R and DOS 866
files.  A byte string that is not valid UTF-8 is decoded with each and the decoding that reads most
like Russian or Kazakh text wins (lower-case Cyrillic letters inside words score, box-drawing and
Serbian/Macedonian letters count against).
"""

from __future__ import annotations

import codecs

LEGACY = ("cp1251", "kz1048", "koi8_r", "cp866")

_GOOD_LOWER = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")
_BAD = set("ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐЄЇ╔╗╚╝║═╤╥╦╧╨╩╪╫╬▀▄█▌▐░▒▓■")


def _score(text: str) -> int:
    score = 0
    prev_letter = False
    for ch in text:
        if ch in _GOOD_LOWER:
            score += 2 if prev_letter else 1
        elif ch in _BAD:
            score -= 5
        prev_letter = ch.isalpha()
    return score


def decode_text(data: bytes) -> tuple[str, str, list[str]]:
    """``(text, encoding, warnings)``.  Never raises: undecodable bytes become U+FFFD with a warning."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc, []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for enc in LEGACY:
        text = data.decode(enc, errors="replace")
        score = _score(text) - 10 * text.count("\ufffd")
        if best is None or score > best[0]:
            best = (score, enc, text)
    assert best is not None
    _, enc, text = best
    return text, enc, [f"not UTF-8; read as {enc} (detected)"]

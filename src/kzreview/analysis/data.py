"""The analyzer's data files (``data/*.yaml``): loaded once, regexes compiled, shapes checked."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

from kzreview.errors import MalformedSource

FLAGS = re.IGNORECASE | re.UNICODE
FILES = (
    "elements",
    "layout",
    "kinds",
    "roles",
    "grounds",
    "improper_ru",
    "improper_kk",
    "irrelevant",
    "lang",
    "findings",
    "labels",
)


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``data/<name>.yaml``."""
    if name not in FILES:
        raise KeyError(name)
    path = f"kzreview/analysis/data/{name}.yaml"
    raw = (
        resources.files("kzreview.analysis")
        .joinpath("data")
        .joinpath(f"{name}.yaml")
        .read_text(encoding="utf-8")
    )
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        raise MalformedSource(path, f"not valid YAML: {err}") from None
    if not isinstance(data, dict):
        raise MalformedSource(path, "the top level must be a mapping")
    return data


@cache
def rx(pattern: str, case: bool = False) -> re.Pattern[str]:
    """A compiled regex (case-insensitive unless ``case``); a bad pattern names itself."""
    try:
        return re.compile(pattern, re.UNICODE if case else FLAGS)
    except re.error as err:
        raise MalformedSource("kzreview/analysis/data", f"bad regex {pattern!r}: {err}") from None


def rx_any(patterns: str | list[str] | None) -> re.Pattern[str] | None:
    """One regex for a pattern or a list of patterns (alternatives); ``None`` for none."""
    if not patterns:
        return None
    if isinstance(patterns, str):
        return rx(patterns)
    return rx("|".join(f"(?:{p})" for p in patterns))


def by_lang(entry: dict[str, Any], lang: str) -> Any:
    """``entry[lang]``; both languages' patterns when the text mixes them is the caller's choice."""
    return entry.get(lang)


def both(entry: dict[str, Any]) -> re.Pattern[str] | None:
    """The Russian and the Kazakh patterns of ``entry`` as one regex (texts often mix the two)."""
    parts: list[str] = []
    for lang in ("ru", "kk"):
        value = entry.get(lang)
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            parts.extend(value)
    return rx_any(parts)


def label(key: str, lang: str) -> str:
    """A person's name for an element or a word of the analysis, in Russian or Kazakh."""
    data = load("labels")
    entry = data["elements"].get(key) or data["words"].get(key)
    if entry is None:
        return key
    return str(entry.get(lang) or entry["ru"])

"""The stages of issue 3 import only downwards: domain and rules never import the interfaces or the library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "kzreview"
FORBIDDEN = ("kzreview.cli", "kzreview.api", "kzreview.web", "kzreview.library", "kzreview.store")


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


@pytest.mark.parametrize("package", ["domain", "rules"])
def test_package_imports_no_interface(package: str) -> None:
    bad = [
        f"{p.relative_to(SRC)} imports {m}"
        for p in sorted((SRC / package).rglob("*.py"))
        for m in _imports(p)
        if m.startswith(FORBIDDEN)
    ]
    assert not bad, "\n".join(bad)


def test_domain_does_not_import_rules() -> None:
    bad = [
        str(p)
        for p in (SRC / "domain").rglob("*.py")
        if any(m.startswith("kzreview.rules") for m in _imports(p))
    ]
    assert not bad


@pytest.mark.parametrize("package", ["domain", "rules"])
def test_modules_are_small_and_documented(package: str) -> None:
    for p in (SRC / package).rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 500, f"{p.name} is too long"
        assert ast.get_docstring(ast.parse(text)), f"{p.name} has no module docstring"

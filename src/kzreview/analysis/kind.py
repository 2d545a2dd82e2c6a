"""What filing a text is: instance and document kind (from the title, the court addressed and the
wording), the kind of court addressed, the filer's role and whether the filer is held in custody."""

from __future__ import annotations

from dataclasses import dataclass

from kzreview.analysis.data import both, load, rx
from kzreview.analysis.text import Layout


@dataclass(frozen=True)
class Kind:
    instance: str | None
    document: str | None
    how: str  # title | addressee | wording | none
    evidence: str | None


@dataclass(frozen=True)
class Addressee:
    court_level: str | None  # cassation | appeal | first | supreme | None (no court named)
    court_text: str | None  # the first line naming a court (not a "через …" routing line)
    other_bodies: list[tuple[int, int, str]]  # spans naming a body that is not a court


def addressee(layout: Layout) -> Addressee:
    """The court addressed and any other bodies addressed (header and salutations)."""
    lay, kinds = load("layout"), load("kinds")
    routing = rx(lay["routing"])
    court_word = rx(lay["court_word"])
    other = both(lay["other_body"])
    levels = kinds["addressee_courts"]
    level: str | None = None
    court_text: str | None = None
    bodies: list[tuple[int, int, str]] = []
    for n, i in enumerate(layout.addressee):
        line = layout.lines[i]
        s = line.text
        if level is None and court_word.search(s) and not routing.search(s):
            court_text = line.stripped
            following = layout.addressee[n + 1 : n + 2]
            nxt = (
                layout.lines[following[0]].text
                if following and not routing.search(layout.lines[following[0]].text)
                else ""
            )
            level = next(
                (name for name in ("cassation", "supreme", "appeal", "first") if rx(levels[name]).search(s)),
                None,
            ) or next((name for name in ("appeal", "first") if rx(levels[name]).search(nxt)), "first")
        m = other.search(s) if other else None
        if m:
            bodies.append((line.start + m.start(), line.end, line.stripped))
    salutation = both(lay["salutation"])
    if salutation:
        for m in salutation.finditer(layout.text[:3000]):
            bodies.append((m.start(), m.end(), m.group(0)))
    return Addressee(level, court_text, bodies)


def kind(layout: Layout, addr: Addressee) -> Kind:
    """Instance and document, from the title first, then the court addressed, then the wording."""
    kinds = load("kinds")
    title = layout.lines[layout.title].stripped if layout.title is not None else None
    generic: Kind | None = None
    if title:
        for entry in kinds["titles"]:
            pattern = both(entry)
            if pattern and pattern.search(title):
                found = Kind(entry["instance"], entry["document"], "title", title)
                if entry["instance"]:
                    return found
                generic = found
                break
    document = generic.document if generic else "complaint"
    if addr.court_level in ("cassation", "appeal"):
        return Kind(addr.court_level, document, "addressee", addr.court_text)
    text = layout.text
    for instance in ("appeal", "cassation"):  # "не вступивший" must be tried before "вступивший"
        for pattern in kinds["wording"][instance]:
            m = rx(pattern).search(text)
            if m:
                return Kind(instance, document, "wording", m.group(0))
    return Kind(None, generic.document if generic else None, "none", None)


@dataclass(frozen=True)
class Filer:
    role: str | None
    in_custody: bool | None
    evidence: str | None


def filer(layout: Layout) -> Filer:
    """The filer's role from the filer block (the first rule of ``roles.yaml`` that matches)."""
    data = load("roles")
    block = layout.line_text(layout.filer)
    role: str | None = None
    evidence: str | None = None
    for entry in data["roles"]:
        pattern = both(entry)
        m = pattern.search(block) if pattern else None
        if m:
            role = entry["role"]
            evidence = next((ln for ln in block.split("\n") if m.group(0) in ln), m.group(0)).strip()
            break
    custody = rx(data["custody"], case=True).search(block) is not None if role == "convicted" else None
    return Filer(role, custody, evidence)

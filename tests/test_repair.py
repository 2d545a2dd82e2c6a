"""The repair of PDF-extracted text (:mod:`kzreview.corpus.repair`).

Constructed examples for each kind of damage, then property tests: clean abzacs with references are
damaged the way the PDF extraction damages them (a small generator below) and must come back exactly.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzreview.corpus.registry import seed_text
from kzreview.corpus.repair import (
    GAP_RE,
    KAZAKH_RE,
    KEYWORD,
    NUMBER,
    Move,
    join_text,
    link_kind,
    repair_lines,
)

# --- constructed examples: one per kind of damage -------------------------------------------------------

CASES: dict[str, tuple[list[str], str]] = {
    "single gap": (
        [
            "      11. В соответствии с частью первой  УПК после поступления статьи 492",
            "кассационной жалобы судом кассационной инстанции уголовное дело должно быть ",
            "истребовано из соответствующего суда.",
        ],
        "11. В соответствии с частью первой статьи 492 УПК после поступления кассационной жалобы судом "
        "кассационной инстанции уголовное дело должно быть истребовано из соответствующего суда.",
    ),
    "tail glued after a full stop": (
        ["      кассационным жалобам лиц, указанных в части первой  УПК.статьи 486"],
        "кассационным жалобам лиц, указанных в части первой статьи 486 УПК.",
    ),
    "tail glued after a comma": (
        [
            "      приговоры и постановления судов апелляционной инстанции при наличии оснований, "
            "предусмотренных  УПК,статьей 485",
            "могут быть опротестованы Генеральным Прокурором.",
        ],
        "приговоры и постановления судов апелляционной инстанции при наличии оснований, предусмотренных "
        "статьей 485 УПК, могут быть опротестованы Генеральным Прокурором.",
    ),
    "tail glued to a word, next line starts with a comma": (
        [
            "      5. Лица, перечисленные в части первой  УПК, вправе при соблюдении статьи 486",
            "требований части первой  УПК подать кассационную жалобу и в тех случаяхстатьи 484",
            ", когда они не участвовали при рассмотрении дела в судах первой и апелляционной ",
            "инстанций.",
        ],
        "5. Лица, перечисленные в части первой статьи 486 УПК, вправе при соблюдении требований части "
        "первой статьи 484 УПК подать кассационную жалобу и в тех случаях, когда они не участвовали при "
        "рассмотрении дела в судах первой и апелляционной инстанций.",
    ),
    "tail glued after an opening bracket that ends the line": (
        [
            "      постановления суда имеют обязательную силу на территории Республики и согласно ",
            "части первой  Уголовно-процессуального кодекса Республики Казахстан (статьи 472",
            "далее – УПК) подлежат неукоснительному исполнению.",
        ],
        "постановления суда имеют обязательную силу на территории Республики и согласно части первой "
        "статьи 472 Уголовно-процессуального кодекса Республики Казахстан (далее – УПК) подлежат "
        "неукоснительному исполнению.",
    ),
    "link text is not the last words of the line": (
        [
            "      1. В соответствии с требованиями  статьи 76 Конституции Республики пункта 3",
            "Казахстан (далее - Конституция) вступившие в законную силу приговоры и иные ",
            "постановления суда имеют обязательную силу.",
        ],
        "1. В соответствии с требованиями пункта 3 статьи 76 Конституции Республики Казахстан (далее - "
        "Конституция) вступившие в законную силу приговоры и иные постановления суда имеют обязательную силу.",
    ),
    "two gaps on one line": (
        [
            "      Не подлежат пересмотру в кассационном порядке вступившие в законную силу ",
            "судебные акты, перечисленные в  и  части второй статьи 484 УПК.пунктах 2) 3)",
        ],
        "Не подлежат пересмотру в кассационном порядке вступившие в законную силу судебные акты, "
        "перечисленные в пунктах 2) и 3) части второй статьи 484 УПК.",
    ),
    "gap before a comma": (
        [
            "      По основанию, предусмотренному пунктом 4) части первой  УПК, могут статьи 485",
            "быть пересмотрены судебные акты в случае нарушения прав потерпевшего, ",
            "предусмотренных частью шестой , частями третьей и четвертой  и статьи 71 статьи 72",
            "частью третьей  УПК, в частности, непризнание потерпевшего частным статьи 76",
            "обвинителем при отказе прокурора от обвинения.",
        ],
        "По основанию, предусмотренному пунктом 4) части первой статьи 485 УПК, могут быть пересмотрены "
        "судебные акты в случае нарушения прав потерпевшего, предусмотренных частью шестой статьи 71, "
        "частями третьей и четвертой статьи 72 и частью третьей статьи 76 УПК, в частности, непризнание "
        "потерпевшего частным обвинителем при отказе прокурора от обвинения.",
    ),
    "gap before a comma, then a number continuing the list": (
        [
            "      с разъяснением права обращения в суд по месту исполнения приговора в ",
            "порядке, предусмотренном ,  УПК.статьями 476 477",
        ],
        "с разъяснением права обращения в суд по месту исполнения приговора в порядке, предусмотренном "
        "статьями 476, 477 УПК.",
    ),
    "gap after an opening bracket": (
        [
            "      15. Кассационные жалобы, протесты, в которых изложено только о применении ",
            "норм об обратной силе уголовного закона (  Уголовного кодекса Республики статья 6",
            "Казахстан (далее - УК)) либо акта об амнистии, в кассационном порядке не ",
            "рассматриваются.",
        ],
        "15. Кассационные жалобы, протесты, в которых изложено только о применении норм об обратной силе "
        "уголовного закона (статья 6 Уголовного кодекса Республики Казахстан (далее - УК)) либо акта об "
        "амнистии, в кассационном порядке не рассматриваются.",
    ),
    "gap at the end of the line's own text": (
        [
            "      7. Содержание кассационной жалобы, протеста о пересмотре вступивших в ",
            "законную силу судебных актов суда должно соответствовать требованиям  статьи 488",
            "УПК.",
        ],
        "7. Содержание кассационной жалобы, протеста о пересмотре вступивших в законную силу судебных "
        "актов суда должно соответствовать требованиям статьи 488 УПК.",
    ),
    "page break: link split by the line break, tail after the next line's start": (
        [
            "      2. Основаниями к пересмотру в кассационном порядке вступивших в законную силу",
            "судебных актов являются случаи неправильного применения уголовного и (или) ",
            "уголовно-процессуального законов, предусмотренные частями первой и второй статьи ",
            "",
            "",
            "",
            " УПК. Перечень оснований является исчерпывающим и расширительному 485",
            "толкованию не подлежит.",
        ],
        "2. Основаниями к пересмотру в кассационном порядке вступивших в законную силу судебных актов "
        "являются случаи неправильного применения уголовного и (или) уголовно-процессуального законов, "
        "предусмотренные частями первой и второй статьи 485 УПК. Перечень оснований является "
        "исчерпывающим и расширительному толкованию не подлежит.",
    ),
    "page break: whole link at the start of the next line": (
        [
            "      В тех случаях, когда дело рассматривается по основаниям, предусмотренным ",
            "",
            " УПК, и одновременно усматриваются обстоятельства, позволяющие статьей 485",
            "применить нормы  УК либо акта об амнистии, то суд кассационной инстанции статьи 6",
            "принимает решение с применением указанных норм.",
        ],
        "В тех случаях, когда дело рассматривается по основаниям, предусмотренным статьей 485 УПК, и "
        "одновременно усматриваются обстоятельства, позволяющие применить нормы статьи 6 УК либо акта об "
        "амнистии, то суд кассационной инстанции принимает решение с применением указанных норм.",
    ),
    "link split by a line break, its number glued after a dash": (
        [
            "      является одной из процессуальных форм реализации права на свободное ",
            "обжалование процессуальных действий и решений, закрепленного в статье ",
            "",
            " Уголовно-процессуального кодекса Республики Казахстан (далее -31",
            "УПК), и возбуждается только по жалобам лиц.",
        ],
        "является одной из процессуальных форм реализации права на свободное обжалование процессуальных "
        "действий и решений, закрепленного в статье 31 Уголовно-процессуального кодекса Республики "
        "Казахстан (далее - УПК), и возбуждается только по жалобам лиц.",
    ),
    "two adjacent links (three spaces)": (
        ["      исполнения приговора в порядке, предусмотренном   УПК.пунктом 23) статьи 476"],
        "исполнения приговора в порядке, предусмотренном пунктом 23) статьи 476 УПК.",
    ),
    "non-reference link text": (
        [
            "      17. Признать утратившим силу  Верховного Суда нормативное постановление",
            'Республики Казахстан от 10 марта 2022 года № 2 "О применении законодательства, ',
            'регламентирующего рассмотрение уголовных дел в кассационном порядке".',
        ],
        "17. Признать утратившим силу нормативное постановление Верховного Суда Республики Казахстан от "
        '10 марта 2022 года № 2 "О применении законодательства, регламентирующего рассмотрение уголовных '
        'дел в кассационном порядке".',
    ),
    "non-reference link text glued to a word": (
        [
            "      17. Признать утратившим силу  Верховного Суданормативное постановление",
            "Республики Казахстан от 10 марта 2022 года № 2.",
        ],
        "17. Признать утратившим силу нормативное постановление Верховного Суда Республики Казахстан от "
        "10 марта 2022 года № 2.",
    ),
    "link text put before the words that follow the gap": (
        [
            "      18. Согласно  Конституции настоящее нормативное постановление статье 4",
            "включается в состав действующего права, является общеобязательным и вводится в ",
            "действие с 1 июля 2025 года.",
        ],
        "18. Согласно статье 4 Конституции настоящее нормативное постановление включается в состав "
        "действующего права, является общеобязательным и вводится в действие с 1 июля 2025 года.",
    ),
    "blank-line debris mid-sentence": (
        [
            "      Вступившие в законную силу судебные акты могут быть пересмотрены исключительно по",
            "",
            "",
            "",
            "протесту Генерального Прокурора, его заместителей, Главного военного прокурора, ",
        ],
        "Вступившие в законную силу судебные акты могут быть пересмотрены исключительно по протесту "
        "Генерального Прокурора, его заместителей, Главного военного прокурора,",
    ),
    "line that starts with a comma": (
        [
            "      Кассационная жалоба, протест должны быть составлены на языке судопроизводства",
            ", установленного по уголовному делу. К жалобе должны быть приложены копии ",
            "обжалуемых судебных актов.",
        ],
        "Кассационная жалоба, протест должны быть составлены на языке судопроизводства, установленного по "
        "уголовному делу. К жалобе должны быть приложены копии обжалуемых судебных актов.",
    ),
    "line that starts with a full stop": (
        [
            "      Частное постановление может быть пересмотрено только при условии соблюдения ",
            "апелляционного порядка его обжалования",
            ". При несоблюдении этого условия жалоба возвращается подавшему ее лицу.",
        ],
        "Частное постановление может быть пересмотрено только при условии соблюдения апелляционного "
        "порядка его обжалования. При несоблюдении этого условия жалоба возвращается подавшему ее лицу.",
    ),
    "line that ends with an opening bracket": (
        [
            "      в отношении осужденного (оправданного) не был пересмотрен, а был обжалован (",
            "принесено ходатайство), и пересмотрен в суде апелляционной инстанции.",
        ],
        "в отношении осужденного (оправданного) не был пересмотрен, а был обжалован (принесено "
        "ходатайство), и пересмотрен в суде апелляционной инстанции.",
    ),
    "gap at the start of an abzac's first line": (
        ["       УПК регулирует производство в суде кассационной инстанции.Глава 52"],
        "Глава 52 УПК регулирует производство в суде кассационной инстанции.",
    ),
    "number glued to a letter": (
        [
            "      При принятии решений, предусмотренных пунктами 4), 5) части первой статьи ",
            " УПК, судом апелляционной инстанции, с431",
            "соблюдением требований главы 46 УПК постановляется новый приговор.",
        ],
        "При принятии решений, предусмотренных пунктами 4), 5) части первой статьи 431 УПК, судом "
        "апелляционной инстанции, с соблюдением требований главы 46 УПК постановляется новый приговор.",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_constructed_damage(name: str) -> None:
    lines, expected = CASES[name]
    result = repair_lines(lines)
    assert result.abzacs == [expected]
    assert result.unresolved == []


def test_moves_record_line_gap_source_and_text() -> None:
    raw = "      1. В соответствии с требованиями  статьи 76 Конституции Республики пункта 3"
    result = repair_lines([raw, "Казахстан (далее - Конституция)."])
    (move,) = result.moves
    assert move == Move(1, raw.index("  статьи"), raw.index("пункта 3"), "пункта 3", "reference", 0.0)
    assert move.margin > 3
    assert "'пункта 3'" in move.describe()


def test_moves_of_two_links_in_order() -> None:
    raw = "      судебные акты, перечисленные в  и  части второй статьи 484 УПК.пунктах 2) 3)"
    moves = repair_lines([raw]).moves
    assert [(m.text, m.kind, m.gap, m.source) for m in moves] == [
        ("пунктах 2)", "reference", raw.index("  и"), raw.index("пунктах")),
        ("3)", "number", raw.index("  части"), raw.index("3)")),
    ]


def test_a_gap_that_no_link_text_fits_is_closed_and_reported() -> None:
    result = repair_lines(["      Сумма ущерба  составила 10 000 тенге."])
    assert result.abzacs == ["Сумма ущерба составила 10 000 тенге."]
    assert result.unresolved == [1]
    assert result.moves == []


def test_head_blocks_split_at_blank_lines_body_at_indents() -> None:
    lines = [
        "",
        "О применении законодательства, регламентирующего рассмотрение уголовных дел в ",
        "кассационном порядке",
        "",
        "Нормативное постановление Верховного Суда Республики Казахстан от 29 мая 2025 ",
        "года № 1.",
        "      Примечание ИЗПИ!",
        "      Вводится в действие с 01.07.2025.",
        "      В целях единообразного",
        "",
        "применения законодательства.",
    ]
    result = repair_lines(lines)
    assert [b.text for b in result.head] == [
        "О применении законодательства, регламентирующего рассмотрение уголовных дел в кассационном порядке",
        "Нормативное постановление Верховного Суда Республики Казахстан от 29 мая 2025 года № 1.",
    ]
    assert result.abzacs == [
        "Примечание ИЗПИ!",
        "Вводится в действие с 01.07.2025.",
        "В целях единообразного применения законодательства.",
    ]
    assert [b.lines for b in result.body] == [(7,), (8,), (9, 11)]


def test_untouched_lines_are_only_joined() -> None:
    lines = [
        "      Уголовное дело в суде кассационной инстанции должно быть рассмотрено в ",
        "разумный срок.",
    ]
    result = repair_lines(lines)
    assert result.abzacs == [
        "Уголовное дело в суде кассационной инстанции должно быть рассмотрено в разумный срок."
    ]
    assert result.moves == [] and result.unresolved == []


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("обжалования", ". При", "обжалования. При"),
        ("судопроизводства", ", установленного", "судопроизводства, установленного"),
        ("обжалован (", "принесено", "обжалован (принесено"),
        ("уголовно-", "процессуального", "уголовно-процессуального"),
        ("осужденных -", "соучастников", "осужденных - соучастников"),
        ("", "текст", "текст"),
        ("по", "протесту", "по протесту"),
    ],
)
def test_join_text(left: str, right: str, joined: str) -> None:
    assert join_text(left, right) == joined


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("статьи 486", "reference"),
        ("Глава 52", "reference"),
        ("пунктах 2)", "reference"),
        ("статьями 476, 477", "reference"),
        ("пунктами 1), 2), 3), 5)", "reference"),
        ("статьи 406-1", "reference"),
        ("пункта 3 статьи 76", "reference"),
        ("части первой", "reference"),
        ("3)", "number"),
        ("477", "number"),
        ("нормативное постановление", "phrase"),
        ("Уголовно-процессуального кодекса", "phrase"),
        ("статьи 76 пункта 3", None),  # a reference climbs from the smaller unit to the larger
        ("УПК.статьи 486", None),
        ("частным статьи 76", None),
        ("Республики пункта 3", None),
        ("2) 3)", None),  # two links appended one after the other, not one
    ],
)
def test_link_kind(text: str, kind: str | None) -> None:
    found = link_kind(text)
    assert (found[0] if found else None) == kind


def test_single_unit_references_are_preferred() -> None:
    one, two = link_kind("статьи 76"), link_kind("пункта 3 статьи 76")
    assert one is not None and two is not None and one[1] > two[1]


# --- the damage generator -------------------------------------------------------------------------------

#: A reference as adilet links it: keyword and numbers, standing between spaces or after «(».
LINK_RE = re.compile(rf"(?<=[ (]){KEYWORD} {NUMBER}(?:(?:, | и ){NUMBER})*(?=[ ,.;:)]|$)", re.IGNORECASE)
NUMBER_RE = re.compile(NUMBER)
INDENT = " " * 6


@dataclass(frozen=True)
class Atom:
    """A piece of the clean text that the layout keeps whole: a word, a punctuation mark, or a link."""

    text: str
    space: bool  # a space precedes it in the clean text
    link: bool


def choose_links(text: str, rnd: random.Random) -> list[tuple[int, int]]:
    """Spans of ``text`` that are hyperlinks: most references, some split number by number."""
    spans: list[tuple[int, int]] = []
    for m in LINK_RE.finditer(text):
        if rnd.random() < 0.25:
            continue
        numbers = list(NUMBER_RE.finditer(text, m.start(), m.end()))
        if len(numbers) > 1 and rnd.random() < 0.5:  # «статьями 476, 477»: links «статьями 476» and «477»
            spans.append((m.start(), numbers[0].end()))
            spans.extend((n.start(), n.end()) for n in numbers[1:])
        else:
            spans.append((m.start(), m.end()))
    return spans


def atoms(text: str, spans: list[tuple[int, int]]) -> list[Atom]:
    out: list[Atom] = []
    pos = 0
    for a, b in [*spans, (len(text), len(text))]:
        for m in re.finditer(r"\S+", text[pos:a]):
            s, e = pos + m.start(), pos + m.end()
            cuts = {s, e}
            if text[s] == "(" and e - s > 1:
                cuts.add(s + 1)
            if text[e - 1] in ",.;:" and e - s > 1:
                cuts.add(e - 1)
            out.extend(
                Atom(text[x:y], x > 0 and text[x - 1] == " ", False) for x, y in pairwise(sorted(cuts))
            )
        if a < b:
            out.append(Atom(text[a:b], a > 0 and text[a - 1] == " ", True))
        pos = b
    return out


def wrap(items: list[Atom], width: int, rnd: random.Random) -> list[list[Atom]]:
    """Hard-wrap at ``width``; sometimes before «,»/«.» or after «(», sometimes splitting a link."""
    lines: list[list[Atom]] = [[]]
    used = len(INDENT)
    for atom in items:
        size = len(atom.text) + atom.space
        prev = lines[-1][-1] if lines[-1] else None
        breakable = prev is not None and (
            atom.space
            or (not atom.link and atom.text in (",", ".") and rnd.random() < 0.3)
            or (prev.text == "(" and rnd.random() < 0.3)
        )
        if breakable and used + size > width:
            head, _, rest = atom.text.partition(" ")
            if atom.link and rest[:1].isdigit() and " " not in rest and rnd.random() < 0.4:
                lines[-1].append(Atom(head, atom.space, False))  # the keyword stays at the end of this line
                atom, size = Atom(rest, True, True), len(rest) + 1
            lines.append([])
            used = 0
        lines[-1].append(atom)
        used += size
    return lines


def render(line: list[Atom], first: bool, rnd: random.Random) -> str:
    """A line as extracted: each link replaced by the space it leaves, the links appended at the end."""
    main, links = "", []
    for j, atom in enumerate(line):
        if atom.link:
            links.append(atom.text)
            nxt = line[j + 1] if j + 1 < len(line) else None
            if j > 0 or nxt is None or not nxt.space:
                main += " "
        else:
            main += (" " if atom.space and j > 0 else "") + atom.text
    if links:
        glued = main and not main.endswith(" ") and rnd.random() < 0.5
        main += ("" if glued else " ") + " ".join(links)
    elif rnd.random() < 0.5:
        main += " "
    return (INDENT if first else "") + main


def damage(text: str, width: int, rnd: random.Random, links: bool = True) -> list[str]:
    """The physical lines the PDF extraction makes of the clean abzac ``text``."""
    spans = choose_links(text, rnd) if links else []
    out: list[str] = []
    lines = wrap(atoms(text, spans), width, rnd)
    for n, line in enumerate(lines):
        out.append(render(line, n == 0, rnd))
        if n + 1 < len(lines) and rnd.random() < 0.15:
            out.extend([""] * rnd.randint(1, 3))
    return out


def clean_abzacs(text: str) -> list[str]:
    """Russian abzacs of a clean text that cite provisions and have no double spaces of their own."""
    out = []
    for line in text.splitlines():
        abzac = re.sub(r"^\s*(?:\d+\. )?", "", line).strip()
        if abzac and not KAZAKH_RE.search(abzac) and LINK_RE.search(abzac) and not GAP_RE.search(abzac):
            out.append(abzac)
    return out


BUNDLED_ABZACS = clean_abzacs(seed_text("P03000013S_"))
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_generator_makes_the_damage_seen_in_the_pdf() -> None:
    rnd = random.Random(3)
    text = "предусмотренных частью шестой статьи 71, частями третьей и четвертой статьи 72 и частью третьей"
    spans = [(text.index(link), text.index(link) + len(link)) for link in ("статьи 71", "статьи 72")]
    line = render(atoms(text, spans), False, rnd)
    assert line.startswith("предусмотренных частью шестой , частями третьей и четвертой  и частью третьей")
    assert line.endswith("третьейстатьи 71 статьи 72") or line.endswith("третьей статьи 71 статьи 72")


@PROPERTY
@given(text=st.sampled_from(BUNDLED_ABZACS), width=st.integers(50, 90), rnd=st.randoms(use_true_random=False))
def test_damaged_bundled_abzac_is_restored(text: str, width: int, rnd: random.Random) -> None:
    lines = damage(text, width, rnd)
    result = repair_lines(lines)
    assert result.abzacs == [text], "\n".join(lines)
    assert result.unresolved == []


@PROPERTY
@given(text=st.sampled_from(BUNDLED_ABZACS), width=st.integers(40, 90), rnd=st.randoms(use_true_random=False))
def test_wrapping_alone_is_undone_without_moves(text: str, width: int, rnd: random.Random) -> None:
    result = repair_lines(damage(text, width, rnd, links=False))
    assert result.abzacs == [text]
    assert result.moves == []


@pytest.mark.sharedlaw
@PROPERTY
@given(data=st.data(), width=st.integers(50, 90), rnd=st.randoms(use_true_random=False))
def test_damaged_2022_abzac_is_restored(
    shared_law: Path, data: st.DataObject, width: int, rnd: random.Random
) -> None:
    """Held-out text: the predecessor resolution of 2022, which the language model has never seen."""
    text = data.draw(st.sampled_from(_abzacs_2022(shared_law)))
    lines = damage(text, width, rnd)
    assert repair_lines(lines).abzacs == [text], "\n".join(lines)


_CACHE: dict[Path, list[str]] = {}


def _abzacs_2022(shared_law: Path) -> list[str]:
    if shared_law not in _CACHE:
        paths = sorted((shared_law / "np").glob("20220310-*/rus.md"))
        if not paths:
            pytest.skip("the 2022 resolution is not in ../shared/law/np")
        body = paths[0].read_text(encoding="utf-8").split("---", 2)[2]
        _CACHE[shared_law] = [a for a in clean_abzacs(body) if not a.startswith(("#", ">", "*"))]
    return _CACHE[shared_law]

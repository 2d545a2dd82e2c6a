"""The state database's Markdown (``../shared/law``) read into the document model.

Tests marked ``sharedlaw`` read the real files from ``../shared/law`` (skipped when it is not there); the
others run on small constructed examples, one per construct of the format and one per kind of malformed
input.  The constructed tests replace ``parse_note`` with a recorder, so they check what this module hands
to :mod:`kzreview.corpus.amendments`, not how that module reads the notes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from kzreview.corpus import adilet_md
from kzreview.corpus.adilet_md import (
    ImportResult,
    find_provision,
    import_tree,
    merge_code_texts,
    parse_code_markdown,
    parse_resolution_markdown,
)
from kzreview.corpus.model import (
    Amendment,
    AmendmentKind,
    Article,
    Chapter,
    CodeText,
    Item,
    Lang,
    Part,
    Resolution,
)
from kzreview.errors import InvalidValue, MalformedSource, NotFound

# --- constructed examples ----------------------------------------------------------------------------------

RU = "---\npart_of: ../rus.md\nsource: https://zan.gov.kz/client/#!/doc/81164/rus/16.09.2025\n---\n\n"
KK = "---\npart_of: ../kaz.md\nsource: https://zan.gov.kz/client/#!/doc/81164/kaz/16.09.2025\n---\n\n"
UK_RU = "---\npart_of: ../rus.md\nsource: https://zan.gov.kz/client/#!/doc/81097/rus/01.02.2024\n---\n\n"


def md(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.fixture
def notes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, Lang]]]:
    """Record what is passed to ``parse_note``; each note becomes one OTHER amendment carrying its text."""
    calls: list[tuple[str, Lang]] = []

    def fake(text: str, lang: Lang) -> list[Amendment]:
        calls.append((text, lang))
        return [Amendment(date=None, by="test", kind=AmendmentKind.OTHER, raw=text)]

    monkeypatch.setattr(adilet_md, "parse_note", fake)
    yield calls


def raws(amendments: list[Amendment]) -> list[str]:
    return [a.raw for a in amendments]


ARTICLE_101 = md(
    "## Раздел 9. Пробный раздел",
    "",
    "### Глава 30. Пробная глава",
    "",
    "> *Сноска. Заголовок главы 30 в редакции Закона РК от 01.02.2020 № 1-VII.*",
    "",
    '<a id="st101"></a>',
    "",
    "#### Статья 101. Пробная статья",
    "",
    "> *Сноска. Заголовок статьи 101 с изменением, внесенным Законом РК от 01.02.2021 № 2-VII.*",
    "",
    "1. Первая часть.",
    "",
    "   Второй абзац первой части.",
    "",
    "1-1. Часть один-один:",
    "",
    "   1) первый пункт;",
    "",
    "      продолжение первого пункта;",
    "",
    "      Нормативным постановлением Конституционного Суда РК от 01.01.2023 № 1 пункт 1) признан соответствующим.",
    "",
    "   *2) исключен Законом РК от 01.02.2022 № 3-VII;*",
    "",
    "   7-1) седьмой-один пункт.",
    "",
    "   Заключительный абзац части.",
    "",
    "2. Исключена Законом РК от 01.02.2022 № 3-VII.",
    "",
    "*3. Исключена Законом РК от 01.02.2022 № 3-VII.*",
    "",
    "4. Четвертая часть.",
    "",
    "   Нормативным постановлением Конституционного Суда РК от 02.02.2023 № 2 часть 4 признана соответствующей.",
    "",
    "> *Сноска. Статья 101 с изменениями, внесенными законами РК от 01.02.2021 № 2-VII; от 01.02.2022 № 3-VII.*",
)


def test_code_header_act_lang_and_wording_date(notes: list[tuple[str, Lang]]) -> None:
    code = parse_code_markdown(RU + ARTICLE_101, path="sec009.md")
    assert (code.act, code.lang, code.version_date) == ("УПК", "ru", date(2025, 9, 16))
    assert code.source == "https://zan.gov.kz/client/#!/doc/81164/rus/16.09.2025"
    uk = parse_code_markdown(UK_RU + md("### Статья 5. Пробная", "", "Текст статьи."))
    assert (uk.act, uk.lang, uk.version_date) == ("УК", "ru", date(2024, 2, 1))


def test_code_act_falls_back_to_the_title() -> None:
    head = "---\npart_of: ../rus.md\nsource: https://zan.gov.kz/client/#!/doc/1/rus\n---\n\n"
    code = parse_code_markdown(
        head + md("# Уголовный кодекс Республики Казахстан", "", "### Статья 1. А", "", "Текст.")
    )
    assert (code.act, code.lang, code.version_date) == ("УК", "ru", None)
    code = parse_code_markdown(
        head + md("# Уголовно-процессуальный кодекс", "", "### Статья 1. А", "", "Текст.")
    )
    assert code.act == "УПК"
    with pytest.raises(MalformedSource, match=r"x\.md:2: cannot tell which code .* zan doc 1"):
        parse_code_markdown(head + md("### Статья 1. А", "", "Текст."), path="x.md")


def test_parts_items_abzacs_and_repeals(notes: list[tuple[str, Lang]]) -> None:
    art = parse_code_markdown(RU + ARTICLE_101).articles[0]
    assert (art.num, art.title, art.chapter, art.chapter_title) == (
        "101",
        "Пробная статья",
        "30",
        "Пробная глава",
    )
    assert [p.num for p in art.parts] == ["1", "1-1", "2", "3", "4"]
    assert [p.repealed for p in art.parts] == [False, False, True, True, False]
    p1, p11, p2, p3, _ = art.parts
    assert (p1.text, p1.abzacs) == ("Первая часть.", ["Второй абзац первой части."])
    assert p11.text == "Часть один-один:"
    assert [(i.num, i.repealed) for i in p11.items] == [("1", False), ("2", True), ("7-1", False)]
    assert p11.items[0].text == "первый пункт;"
    assert p11.items[0].abzacs == ["продолжение первого пункта;"]
    assert p11.items[1].text == "исключен Законом РК от 01.02.2022 № 3-VII;"  # italics unwrapped
    assert p11.abzacs == ["Заключительный абзац части."]
    assert p2.text == "Исключена Законом РК от 01.02.2022 № 3-VII."
    assert p3.text == "Исключена Законом РК от 01.02.2022 № 3-VII."
    assert not art.repealed


def test_editorial_notes_are_notes_not_law_text(notes: list[tuple[str, Lang]]) -> None:
    art = parse_code_markdown(RU + ARTICLE_101).articles[0]
    item = art.parts[1].items[0]
    assert item.notes == [
        "Нормативным постановлением Конституционного Суда РК от 01.01.2023 № 1 пункт 1) признан соответствующим."
    ]
    assert all("Конституционного" not in a for a in item.abzacs)
    assert (
        art.parts[4].notes[0].startswith("Нормативным постановлением Конституционного Суда РК от 02.02.2023")
    )
    assert art.parts[4].abzacs == []


def test_izpi_marker_and_its_text_are_one_note() -> None:
    art = parse_code_markdown(
        RU
        + md(
            "#### Статья 2. Пробная",
            "",
            "1. Часть:",
            "",
            "   1) пункт;",
            "",
            "      Примечание ИЗПИ!",
            "",
            "      Пункт 1) вводится в действие с 01.01.2027.",
            "",
            "   2) второй пункт.",
            "",
            "   Абзац части.",
        )
    ).articles[0]
    one, two = art.parts[0].items
    assert one.notes == ["Примечание ИЗПИ! Пункт 1) вводится в действие с 01.01.2027."] and one.abzacs == []
    assert two.notes == [] and art.parts[0].abzacs == ["Абзац части."]


def test_notes_go_to_their_chapter_and_article_unwrapped(notes: list[tuple[str, Lang]]) -> None:
    code = parse_code_markdown(RU + ARTICLE_101)
    assert raws(code.chapters[0].amendments) == [
        "Сноска. Заголовок главы 30 в редакции Закона РК от 01.02.2020 № 1-VII."
    ]
    assert raws(code.articles[0].amendments) == [
        "Сноска. Заголовок статьи 101 с изменением, внесенным Законом РК от 01.02.2021 № 2-VII.",
        "Сноска. Статья 101 с изменениями, внесенными законами РК от 01.02.2021 № 2-VII; от 01.02.2022 № 3-VII.",
    ]
    assert {lang for _, lang in notes} == {"ru"}
    assert all(not t.startswith(("*", ">")) and not t.endswith("*") for t, _ in notes)


def test_note_forms_multiline_bare_italic_indented_and_misspelt(notes: list[tuple[str, Lang]]) -> None:
    code = parse_code_markdown(
        KK
        + md(
            "## 1-БӨЛIМ. СЫНАҚ",
            "",
            "> *Ескерту. 1-бөлімнің тақырыбы жаңа редакцияда.*",  # on a section: nowhere to keep it
            "",
            "### 1-тарау. СЫНАҚ ТАРАУЫ",
            "",
            "#### 1-бап. Бірінші бап",
            "",
            "Баптың мәтіні:",
            "",
            "1) бірінші тармақ;",
            "",
            "> *Ескерту. 1-бап 1-1)-тармақпен толықтырылды - ҚР 01.02.2021 № 2-VII (мынадай:*",
            "",
            "> *01.01.2022 бастап қолданысқа енгізіледі).*",
            "",
            "2) екінші тармақ.",
            "",
            "   > *Ескерту. 1-бапқа өзгеріс енгізілді.*",
            "",
            "#### 2-бап. Екінші бап",
            "",
            "1. Бөлік.",
            "",
            "Ескерту. 2-бапқа өзгеріс енгізілді.",
            "",
            "#### 3-бап. Үшінші бап",
            "",
            "*Ескерту. 3-бап алып тасталды - ҚР 01.02.2021 № 2-VII Заңымен.*",
        )
    )
    one, two, three = code.articles
    assert code.chapters[0].amendments == []
    assert raws(one.amendments) == [
        "Ескерту. 1-бап 1-1)-тармақпен толықтырылды - ҚР 01.02.2021 № 2-VII (мынадай: "
        "01.01.2022 бастап қолданысқа енгізіледі).",
        "Ескерту. 1-бапқа өзгеріс енгізілді.",
    ]
    assert [i.num for i in one.parts[0].items] == ["1", "2"]  # the note between items does not split them
    assert raws(two.amendments) == ["Ескерту. 2-бапқа өзгеріс енгізілді."]
    assert three.repealed and three.parts == []
    assert {lang for _, lang in notes} == {"kk"}
    ru = parse_code_markdown(
        RU + md("#### Статья 7. Пробная", "", "Текст.", "", "> *Снсока. В статью 7 внесено изменение.*")
    )
    assert raws(ru.articles[0].amendments) == ["Снсока. В статью 7 внесено изменение."]


def test_kazakh_headings_and_heading_levels(notes: list[tuple[str, Lang]]) -> None:
    code = parse_code_markdown(
        KK
        + md(
            "## 52-тарау. Сынақ тарауы",
            "",
            '<a id="st484"></a>',
            "",
            "### 484-бап. Сынақ бабы",
            "",
            "1. Бөлік.",
            "",
            "## 52-1-тарау. Екінші тарау",
            "",
            '<a id="st498-1"></a>',
            "",
            "#### 498-1-бап. Екінші бап",
            "",
            "Бөліксіз мәтін.",
        )
    )
    assert [(a.num, a.title, a.chapter) for a in code.articles] == [
        ("484", "Сынақ бабы", "52"),
        ("498-1", "Екінші бап", "52-1"),
    ]
    assert [(c.num, c.title) for c in code.chapters] == [("52", "Сынақ тарауы"), ("52-1", "Екінші тарау")]


def test_article_without_parts_items_at_column_0_and_closing_abzac() -> None:
    art = parse_code_markdown(
        RU
        + md(
            "### Статья 7. Понятия",
            "",
            "Понятия имеют следующее значение:",
            "",
            "1) первое понятие;",
            "",
            "   Примечание. Пояснение к первому понятию.",
            "",
            "2) второе понятие;",
            "",
            "    2-1) вводятся в действие с 01.01.2027;",
            "",
            "Заключительный абзац.",
        )
    ).articles[0]
    (part,) = art.parts
    assert part.num is None and part.text == "Понятия имеют следующее значение:"
    assert [i.num for i in part.items] == ["1", "2", "2-1"]
    assert part.items[0].abzacs == ["Примечание. Пояснение к первому понятию."]  # the law's own note is law
    assert part.abzacs == ["Заключительный абзац."]


def test_column_0_abzac_after_a_part_and_indented_part() -> None:
    art = parse_code_markdown(
        RU
        + md(
            "#### Статья 9. Пробная",
            "",
            "1. Первая.",
            "",
            "Абзац первой части без отступа.",
            "",
            "   2. Вторая часть с отступом.",
            "",
            "   1. Абзац, который начинается с цифры.",
        )
    ).articles[0]
    assert [p.num for p in art.parts] == ["1", "2"]
    assert art.parts[0].abzacs == ["Абзац первой части без отступа."]
    assert art.parts[1].abzacs == ["1. Абзац, который начинается с цифры."]


def test_parts_10_and_up_with_four_space_indents() -> None:
    art = parse_code_markdown(
        RU
        + md(
            "#### Статья 9. Пробная",
            "",
            *(f"{n}. Часть {n}." for n in range(1, 10)),
            "10. Десятая:",
            "",
            "    1) пункт;",
            "",
            "       продолжение пункта;",
            "",
            "    Абзац десятой части.",
        )
    ).articles[0]
    ten = art.parts[-1]
    assert ten.num == "10" and [i.num for i in ten.items] == ["1"]
    assert ten.items[0].abzacs == ["продолжение пункта;"]
    assert ten.abzacs == ["Абзац десятой части."]


def test_repealed_articles(notes: list[tuple[str, Lang]]) -> None:
    code = parse_code_markdown(
        RU
        + md(
            "#### Статья 1. Снятая",
            "",
            "*Сноска. Статья 1 исключена Законом РК от 01.02.2021 № 2-VII.*",
            "",
            "#### Статья 2. Снятая позже",
            "",
            "> *Сноска. Статья 2 с изменением, внесенным Законом РК от 01.02.2020 № 1-VII; исключена Законом РК от "
            "01.02.2021 № 2-VII.*",
            "",
            "#### Статья 3. Без текста",
            "",
            "> *Сноска. Статья 3 с изменением, внесенным Законом РК от 01.02.2020 № 1-VII.*",
            "",
            "#### Статья 4. Целиком",
            "",
            "Исключена Законом РК от 01.02.2021 № 2-VII.",
        )
    )
    assert [(a.num, a.repealed) for a in code.articles] == [
        ("1", True),
        ("2", True),
        ("3", False),
        ("4", True),
    ]
    assert code.articles[2].parts == []


def test_verbatim_repeated_item_is_kept_once_and_conflicts_are_errors() -> None:
    body = ["#### Статья 5. Пробная", "", "1. Часть:", "", "   1) пункт;", "", "   1) пункт;"]
    assert [i.num for i in parse_code_markdown(RU + md(*body)).articles[0].parts[0].items] == ["1"]
    body[-1] = "   1) другой пункт;"
    with pytest.raises(MalformedSource, match=r"s\.md:12: item 1\) of part 1 of article 5 appears twice"):
        parse_code_markdown(RU + md(*body), path="s.md")


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        (["Просто текст."], 6, "text outside any article: expected a heading"),
        (["### Глава 1. Глава", "", "Текст главы."], 8, "text outside any article"),
        (["#### Заголовок без номера"], 6, "unexpected heading '#### Заголовок без номера'"),
        (["#### 484-бап. Казахский заголовок в русском файле"], 6, "unexpected heading"),
        (
            ['<a id="st1"></a>', "", "#### Статья 2. Другая", "", "Текст."],
            8,
            "article 2 follows the anchor of article 1",
        ),
        (['<a id="st1"></a>'], 6, "anchor st1 is not followed by an article heading"),
        (["#### Статья 1.", "", "Текст."], 6, "article 1 has no title"),
        (
            ["#### Статья 1. А", "", "Текст.", "", "#### Статья 1. Б", "", "Текст."],
            10,
            "article 1 appears twice",
        ),
        (["#### Статья 1. А", "", "1. Раз.", "", "1. Два."], 10, "part 1 of article 1 appears twice"),
    ],
)
def test_malformed_code_bodies(body: list[str], line: int, message: str) -> None:
    with pytest.raises(MalformedSource, match=message) as err:
        parse_code_markdown(RU + md(*body), path="bad.md")
    assert err.value.path == "bad.md" and err.value.line == line
    assert str(err.value).startswith(f"bad.md:{line}: ")


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("# Just a README\n\nNothing here.\n", 1, "no YAML front-matter header: expected '---'"),
        ("---\nsource: x\n\n#### Статья 1. А\n", 1, "never closed"),
        ("---\nsource: [unclosed\n---\n", 2, "not valid YAML: expected ',' or ']'"),
        ("---\n- a list\n---\n", 2, "not a mapping"),
        (
            "---\npart_of: ../xyz.md\nsource: https://zan.gov.kz/client/#!/doc/81164\n---\n",
            2,
            "names no language",
        ),
        (RU + "## Раздел 1. Только заголовок\n", None, "no articles: expected at least one heading"),
        (
            RU.replace("16.09.2025", "31.02.2025") + "#### Статья 1. А\n\nТекст.\n",
            2,
            "'31.02.2025' is not a date",
        ),
    ],
)
def test_malformed_code_files(text: str, line: int | None, message: str) -> None:
    with pytest.raises(MalformedSource, match=message) as err:
        parse_code_markdown(text, path="f.md")
    assert err.value.line == line


def test_a_resolution_is_not_a_code() -> None:
    with pytest.raises(MalformedSource, match="this is a resolution"):
        parse_code_markdown(NP_HEAD + "1. Текст.\n")


# --- merging and lookup ----------------------------------------------------------------------------------


def _code(*articles: Article, version: date | None = date(2025, 9, 16), lang: Lang = "ru") -> CodeText:
    return CodeText(act="УПК", lang=lang, version_date=version, articles=list(articles))


def _art(num: str, text: str = "Текст.", chapter: str | None = None) -> Article:
    return Article(num=num, title=f"Статья {num}", chapter=chapter, parts=[Part(num="1", text=text)])


def test_merge_orders_articles_and_drops_identical_duplicates() -> None:
    merged = merge_code_texts(
        [_code(_art("499"), _art("498-1")), _code(_art("498"), _art("42-1"), _art("499"))]
    )
    assert [a.num for a in merged.articles] == ["42-1", "498", "498-1", "499"]
    assert merged.version_date == date(2025, 9, 16)


def test_merge_rejects_conflicts_with_the_files_named() -> None:
    with pytest.raises(MalformedSource, match=r"b\.md: article 5 differs from the article 5 in a\.md"):
        merge_code_texts([_code(_art("5")), _code(_art("5", "Другой."))], names=["a.md", "b.md"])
    with pytest.raises(MalformedSource, match="cannot merge two wordings"):
        merge_code_texts([_code(_art("5")), _code(_art("6"), version=date(2024, 1, 1))])
    with pytest.raises(InvalidValue, match="act/lang"):
        merge_code_texts([_code(_art("5")), _code(_art("6"), lang="kk")])
    with pytest.raises(InvalidValue, match="at least one CodeText"):
        merge_code_texts([])


def test_merge_chapters() -> None:
    a = _code(_art("1"))
    a.chapters = [Chapter(num="2", title="Б"), Chapter(num="1", title="А")]
    b = _code(_art("2"))
    b.chapters = [Chapter(num="2", title="Б"), Chapter(num="10", title="В")]
    assert [c.num for c in merge_code_texts([a, b]).chapters] == ["1", "2", "10"]
    b.chapters[0] = Chapter(num="2", title="Не Б")
    with pytest.raises(MalformedSource, match="chapter 2 is titled 'Не Б' here but 'Б'"):
        merge_code_texts([a, b], names=["a.md", "b.md"])


def test_find_provision_and_what_it_says_is_missing() -> None:
    art = Article(
        num="489",
        title="Т",
        parts=[
            Part(num="1", text="Лид:", items=[Item(num="1", text="а"), Item(num="7-1", text="б")]),
            Part(num="2", text="Вторая."),
            Part(num="3", text="Третья."),
        ],
    )
    plain = Article(
        num="7", title="П", parts=[Part(num=None, text="Лид:", items=[Item(num="33-1", text="в")])]
    )
    code = _code(art, plain, _art("498-1"), _art("490"))
    assert find_provision(code, "489") is art
    assert find_provision(code, "489", 2) is art.parts[1]
    assert find_provision(code, "489", "1", "7-1") is art.parts[0].items[1]
    assert find_provision(code, "489", 1, "7-1)") is art.parts[0].items[1]
    assert find_provision(code, "7", item="33-1") is plain.parts[0].items[0]
    with pytest.raises(NotFound, match=r"article 489, part '9' not found; available: 1–3$"):
        find_provision(code, "489", 9)
    with pytest.raises(NotFound, match=r"article 489, part 1, item '9' not found; available: 1, 7-1$"):
        find_provision(code, "489", 1, "9")
    with pytest.raises(NotFound, match=r"УПК \(ru\) article '999' not found; available: 7, 489, 490, 498-1$"):
        find_provision(code, "999")
    with pytest.raises(
        NotFound, match=r"article 489, part 2, item '1' not found; available: none \(no items\)"
    ):
        find_provision(code, "489", 2, "1")
    with pytest.raises(InvalidValue, match=r"one of 1–3 \(article 489 has numbered parts\)"):
        find_provision(code, "489", item="1")


# --- resolutions -----------------------------------------------------------------------------------------

NP_HEAD = md(
    "---",
    "act_code: '165606'",
    "language: rus",
    "title: О пробном постановлении",
    "requisite: Нормативное постановление Верховного Суда Республики Казахстан от 10 марта 2022 года № 2. "
    "Утратило силу нормативным постановлением от 29 мая 2025 года № 1",
    "approval_date: 2022-03-10",
    "registry_number: '165606'",
    "source: https://zan.gov.kz/client/#!/doc/165606/rus/10.03.2022",
    "repealed_on: 2025-07-01",
    "---",
    "",
)

NP_BODY = md(
    "# О пробном постановлении",
    "",
    "> *Сноска. Вводится в действие с 01.07.2022 в соответствии с пунктом 3 настоящего нормативного постановления.",
    "",
    "В целях пробы пленарное заседание постановляет:",
    "",
    "1. Первый пункт.",
    "",
    "   Второй абзац.",
    "",
    "   Примечание!",
    "",
    "   См. пробное постановление.",
    "",
    "   Третий абзац.",
    "",
    "2. Второй пункт.",
    "",
    "   > *Сноска. Пункт 2 с изменением, внесенным нормативным постановлением от 01.01.2023 № 4.*",
    "",
    "10. Десятый пункт.",
    "",
    "    Абзац с отступом в четыре пробела.",
    "",
    "**Председатель**",
    "",
    "**А. Б. Пробный**",
)


def test_resolution_header_and_paragraphs(notes: list[tuple[str, Lang]]) -> None:
    res = parse_resolution_markdown(NP_HEAD + NP_BODY, path="np/rus.md")
    assert (res.code, res.lang, res.number, res.title) == (
        "P220000002S",
        "ru",
        "2",
        "О пробном постановлении",
    )
    assert (
        res.requisites
        == "Нормативное постановление Верховного Суда Республики Казахстан от 10 марта 2022 года № 2."
    )
    assert (res.adopted_on, res.valid_from, res.valid_to) == (
        date(2022, 3, 10),
        date(2022, 7, 1),
        date(2025, 7, 1),
    )
    assert res.in_force_note is not None and res.in_force_note.startswith(
        "Сноска. Вводится в действие с 01.07.2022"
    )
    assert raws(res.global_amendments) == [res.in_force_note]
    assert [p.num for p in res.paragraphs] == ["preamble", "1", "2", "10"]
    pre, one, two, ten = res.paragraphs
    assert pre.abzacs == ["В целях пробы пленарное заседание постановляет:"]
    assert one.abzacs == ["Первый пункт.", "Второй абзац.", "Третий абзац."]
    assert one.notes == ["Примечание! См. пробное постановление."]
    assert raws(two.amendments) == [
        "Сноска. Пункт 2 с изменением, внесенным нормативным постановлением от 01.01.2023 № 4."
    ]
    assert ten.abzacs == ["Десятый пункт.", "Абзац с отступом в четыре пробела."]
    assert res.signatures == ["Председатель", "А. Б. Пробный"]
    assert res.source == "https://zan.gov.kz/client/#!/doc/165606/rus/10.03.2022"


def test_resolution_in_kazakh_in_force_note(notes: list[tuple[str, Lang]]) -> None:
    head = NP_HEAD.replace("language: rus", "language: kaz").replace("/rus/", "/kaz/")
    head = head.replace(
        "requisite: Нормативное постановление Верховного Суда Республики Казахстан от 10 марта 2022 года № 2. ",
        "requisite: Жоғарғы Сотының 2022 жылғы 10 наурыздағы № 2 Нормативтік қаулысы. ",
    )
    body = md("> *Ескерту. 01.07.2022 бастап қолданысқа енгізіледі.*", "", "1. Бірінші тармақ.")
    res = parse_resolution_markdown(head + body)
    assert (res.lang, res.number, res.valid_from) == ("kk", "2", date(2022, 7, 1))
    assert res.requisites == "Жоғарғы Сотының 2022 жылғы 10 наурыздағы № 2 Нормативтік қаулысы."
    assert notes == [("Ескерту. 01.07.2022 бастап қолданысқа енгізіледі.", "kk")]


def test_resolution_note_marker_without_text_and_crlf_bom(notes: list[tuple[str, Lang]]) -> None:
    text = "\ufeff" + (NP_HEAD + md("1. Пункт.", "", "   Примечание ИЗПИ!", "", "**Подпись**")).replace(
        "\n", "\r\n"
    )
    res = parse_resolution_markdown(text)
    assert [(p.num, p.abzacs, p.notes) for p in res.paragraphs] == [("1", ["Пункт."], ["Примечание ИЗПИ!"])]
    assert res.signatures == ["Подпись"]
    code = parse_code_markdown(
        "\ufeff" + (RU + md("#### Статья 1. А", "", "1. Текст.")).replace("\n", "\r\n")
    )
    assert code.articles[0].parts[0].text == "Текст."


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t.replace("registry_number: '165606'", "registry_number: '999'").replace(
                "act_code: '165606'", ""
            ),
            "zan doc 999 is not a resolution kzreview knows",
        ),
        (lambda t: t.replace("approval_date: 2022-03-10\n", ""), "no 'approval_date'"),
        (
            lambda t: t.replace("approval_date: 2022-03-10", "approval_date: 10.03.2022"),
            "expected a date YYYY-MM-DD",
        ),
        (lambda t: t.replace("№ 2. ", "без номера. ").replace("№ 1", ""), "has no number '№ N'"),
        (lambda t: t.split("1. Первый пункт.")[0], "no numbered paragraphs"),
        (lambda t: t.replace("10. Десятый", "2. Десятый"), "paragraph 2 appears twice"),
        (lambda t: t + "Текст после подписей.\n", "text after the signatures"),
        (lambda t: t.replace("# О пробном", "## Лишний заголовок\n\n# О пробном"), "unexpected heading"),
    ],
)
def test_malformed_resolutions(edit: Callable[[str], str], message: str) -> None:
    with pytest.raises(MalformedSource, match=message):
        parse_resolution_markdown(edit(NP_HEAD + NP_BODY), path="np.md")


# --- a whole folder --------------------------------------------------------------------------------------


def _write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_import_tree_detects_kinds_merges_and_skips(tmp_path: Path, notes: list[tuple[str, Lang]]) -> None:
    _write(tmp_path, "upk/rus/sec002.md", RU + md("#### Статья 20. Вторая", "", "Текст."))
    _write(tmp_path, "upk/rus/sec001.md", RU + md("#### Статья 3. Первая", "", "Текст."))
    _write(tmp_path, "elsewhere/kk.md", KK + md("#### 3-бап. Бірінші", "", "Мәтін."))
    _write(tmp_path, "np/x/rus.md", NP_HEAD + NP_BODY)
    _write(tmp_path, "SOURCES.md", "# Sources\n\nWhere the files came from.\n")
    _write(tmp_path, "notes.txt", "not markdown")
    _write(
        tmp_path, "other/gk.md", RU.replace("81164", "1008") + md("#### Статья 1. Гражданская", "", "Текст.")
    )
    _write(tmp_path, ".git/x.md", "ignored")
    _write(tmp_path, "np/y/rus.md", (NP_HEAD + NP_BODY).replace("165606", "999"))
    result = import_tree(tmp_path)
    assert isinstance(result, ImportResult)
    assert [(c.act, c.lang, [a.num for a in c.articles]) for c in result.codes] == [
        ("УПК", "ru", ["3", "20"]),
        ("УПК", "kk", ["3"]),
    ]
    assert [(r.code, r.lang) for r in result.resolutions] == [("P220000002S", "ru")]
    skipped = {p.relative_to(tmp_path).as_posix(): why for p, why in result.skipped}
    assert skipped.pop("np/y/rus.md").startswith(
        "zan doc 999 is not a resolution kzreview knows (known: 165606"
    )
    assert skipped == {
        "SOURCES.md": "no YAML front-matter header: not a text of the law",
        "notes.txt": "not a Markdown (.md) file",
        "other/gk.md": "zan doc 1008 is not УПК (81164) or УК (81097)",
    }
    assert len(result.read) == 4


def test_import_tree_malformed_inputs(tmp_path: Path) -> None:
    with pytest.raises(MalformedSource, match="no such folder"):
        import_tree(tmp_path / "missing")
    with pytest.raises(MalformedSource, match=r"no texts of the law.*the folder is empty"):
        import_tree(tmp_path)
    _write(tmp_path, "README.md", "# Readme\n")
    with pytest.raises(
        MalformedSource, match=r"no texts of the law.*README\.md: no YAML front-matter header"
    ):
        import_tree(tmp_path)
    bad = _write(tmp_path, "upk/rus/sec001.md", (RU + "#### Статья 1. А\n\nТекст ").encode() + b"\xff\xfe\n")
    with pytest.raises(MalformedSource, match=r"sec001\.md:8: not UTF-8 text") as err:
        import_tree(tmp_path)
    assert err.value.path == str(bad)
    bad.write_text(md("#### Статья 1. Без заголовка файла", "", "Текст."), encoding="utf-8")
    with pytest.raises(MalformedSource, match=r"sec001\.md:1: a code text with no YAML front-matter header"):
        import_tree(tmp_path)
    bad.write_text(RU + "## Раздел 1. Пусто\n", encoding="utf-8")
    with pytest.raises(MalformedSource, match=r"sec001\.md: no articles"):
        import_tree(tmp_path)


def test_import_tree_rejects_a_resolution_twice_with_different_text(tmp_path: Path) -> None:
    _write(tmp_path, "a/rus.md", NP_HEAD + NP_BODY)
    _write(tmp_path, "b/rus.md", NP_HEAD + NP_BODY.replace("Первый пункт.", "Иной пункт."))
    with pytest.raises(
        MalformedSource, match=r"P220000002S \(ru\) is also in .*a/rus\.md, with a different text"
    ):
        import_tree(tmp_path)


# --- the real files ----------------------------------------------------------------------------------------


def _nums(*spans: tuple[int, int], extra: tuple[str, ...] = ()) -> set[str]:
    return {str(n) for a, b in spans for n in range(a, b + 1)} | set(extra)


UPK_ARTICLES = _nums((1, 50), (414, 447), (470, 508), extra=("42-1", "498-1", "498-2", "498-3", "498-4"))
UK_ARTICLES = _nums((1, 51), (65, 90), extra=("50-1", "67-1"))


@pytest.fixture(scope="module")
def law(shared_law: Path) -> ImportResult:
    return import_tree(shared_law)


def _code_of(law: ImportResult, act: str, lang: Lang) -> CodeText:
    return next(c for c in law.codes if (c.act, c.lang) == (act, lang))


def _res_of(law: ImportResult, lang: Lang) -> Resolution:
    return next(r for r in law.resolutions if (r.code, r.lang) == ("P220000002S", lang))


@pytest.mark.sharedlaw
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_real_upk_articles(law: ImportResult, lang: Lang) -> None:
    upk = _code_of(law, "УПК", lang)
    assert {a.num for a in upk.articles} == UPK_ARTICLES
    assert [a.num for a in upk.articles] == sorted(UPK_ARTICLES, key=adilet_md.num_key)
    assert {a.num for a in upk.articles if a.repealed} == {"427", "490", "491", "503", "506"}
    assert [c.num for c in upk.chapters] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "48",
        "49",
        "50",
        "51",
        "52",
        "52-1",
        "53",
    ]
    assert upk.chapters[8].amendments, "chapter 50 is only a heading with its repeal note"
    assert {a.chapter for a in upk.articles if a.num.startswith("498-")} == {"52-1"}


@pytest.mark.sharedlaw
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_real_upk_489_485_484(law: ImportResult, lang: Lang) -> None:
    upk = _code_of(law, "УПК", lang)
    p489 = find_provision(upk, "489", 1)
    assert isinstance(p489, Part)
    # The brief expected items 1)..5); the text has a sixth, repealed from 01.07.2025 by Law No. 136-VIII.
    assert [(i.num, i.repealed) for i in p489.items] == [(str(n), n == 6) for n in range(1, 7)]
    art485 = upk.article("485")
    assert art485 is not None
    assert [i.num for i in art485.parts[0].items] == ["1", "2", "3", "4", "5", "6", "7", "7-1", "8"]
    assert [(i.num, i.repealed) for i in art485.parts[1].items] == [
        ("1", False),
        ("2", False),
        ("3", True),
        ("4", False),
    ]
    assert [(p.num, p.repealed) for p in art485.parts] == [("1", False), ("2", False), ("3", True)]
    art484 = upk.article("484")
    assert art484 is not None and art484.chapter == "52"
    assert [(p.num, p.repealed) for p in art484.parts] == [
        ("1", False),
        ("2", False),
        ("3", False),
        ("4", True),
    ]
    items = art484.parts[1].items
    assert [len(i.notes) for i in items] == [1, 0, 1]  # the Constitutional Court's rulings of 2023
    assert all("Конституц" not in t for i in items for t in (i.text, *i.abzacs))


@pytest.mark.sharedlaw
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_real_upk_484_amendments_name_three_acts(law: ImportResult, lang: Lang) -> None:
    art = _code_of(law, "УПК", lang).article("484")
    assert art is not None
    assert len({a.raw for a in art.amendments}) == 1, "one «Сноска» at the end of the article"
    assert len(art.amendments) == 3
    assert {a.date for a in art.amendments} == {date(2015, 10, 31), date(2021, 12, 27), date(2024, 11, 21)}


@pytest.mark.sharedlaw
def test_real_kazakh_titles(law: ImportResult) -> None:
    upk = _code_of(law, "УПК", "kk")
    titles = {n: upk.article(n) for n in ("484", "489", "498-1")}
    assert {n: a.title for n, a in titles.items() if a} == {
        "484": "Кассациялық тәртіппен қайта қаралуы мүмкін сот актілері",
        "489": "Кассациялық шағымды, наразылықты қарамай қайтару",
        "498-1": "Заңды күшіне енген сот актілерін Қазақстан Республикасы Жоғарғы Сотының қайта қарауының негіздері",
    }
    assert upk.chapters[10].title == "Сот актілерін кассациялық тәртіппен қайта қарау"


@pytest.mark.sharedlaw
def test_real_golden_text_of_upk_489_1(law: ImportResult) -> None:
    ru, kk = _code_of(law, "УПК", "ru"), _code_of(law, "УПК", "kk")
    lead_ru, lead_kk = find_provision(ru, "489", 1), find_provision(kk, "489", 1)
    item_ru, item_kk = find_provision(ru, "489", 1, "1"), find_provision(kk, "489", 1, "1")
    assert isinstance(lead_ru, Part) and isinstance(lead_kk, Part)
    assert isinstance(item_ru, Item) and isinstance(item_kk, Item)
    assert lead_ru.text == (
        "Кассационная жалоба, протест о пересмотре вступивших в законную силу судебных актов подлежат "
        "возвращению лицам, их подавшим, по следующим основаниям:"
    )
    assert (
        item_ru.text
        == "кассационная жалоба, протест не соответствуют требованиям статьи 488 настоящего Кодекса;"
    )
    # The Kazakh text writes some «і» as Latin i (U+0069), exactly as the source does.
    assert lead_kk.text == (
        "Заңды күшіне енген сот актілерін қайта қарау туралы кассациялық шағым, наразылық мынадай негiздер бойынша:"
    )
    assert item_kk.text == "кассациялық шағым, наразылық осы Кодекстiң 488-бабының талаптарына сай келмесе;"
    assert "\u0069" in lead_kk.text and "\u0069" in item_kk.text


@pytest.mark.sharedlaw
def test_real_find_provision_errors(law: ImportResult) -> None:
    upk = _code_of(law, "УПК", "ru")
    with pytest.raises(NotFound, match=r"article 489, part '9' not found; available: 1–3$"):
        find_provision(upk, "489", 9)
    with pytest.raises(
        NotFound, match=r"article '100' not found; available: 1–42, 42-1, 43–50, 414–447, 470–498, 498-1"
    ):
        find_provision(upk, "100")


@pytest.mark.sharedlaw
@pytest.mark.parametrize("act", ["УПК", "УК"])
def test_real_russian_and_kazakh_have_the_same_structure(law: ImportResult, act: str) -> None:
    """Same articles, same parts per article; items too, except one defect of the Kazakh source."""
    ru, kk = _code_of(law, act, "ru"), _code_of(law, act, "kk")
    assert [a.num for a in ru.articles] == [a.num for a in kk.articles]
    item_diffs: dict[tuple[str, str | None], tuple[list[str], list[str]]] = {}
    for a, b in zip(ru.articles, kk.articles, strict=True):
        assert [(p.num, p.repealed) for p in a.parts] == [(p.num, p.repealed) for p in b.parts], a.num
        assert a.repealed == b.repealed and a.chapter == b.chapter, a.num
        for p, q in zip(a.parts, b.parts, strict=True):
            if [i.num for i in p.items] != [i.num for i in q.items]:
                item_diffs[(a.num, p.num)] = ([i.num for i in p.items], [i.num for i in q.items])
    if act == "УК":
        assert item_diffs == {}
        return
    # kk УПК 476 has no item 11) (release when the limitation period of the judgment has run): the source
    # repeats item 11-1) twice, word for word, where 11) and 11-1) should be.
    assert list(item_diffs) == [("476", None)]
    only_ru = set(item_diffs[("476", None)][0]) - set(item_diffs[("476", None)][1])
    assert only_ru == {"11"}


@pytest.mark.sharedlaw
def test_real_notes_differ_only_where_the_sources_do(law: ImportResult) -> None:
    """Every article has a «Сноска» in Russian iff it has an «Ескерту» in Kazakh, except УПК 16."""
    differ = []
    for act in ("УПК", "УК"):
        ru, kk = _code_of(law, act, "ru"), _code_of(law, act, "kk")
        for a, b in zip(ru.articles, kk.articles, strict=True):
            if bool(a.amendments) != bool(b.amendments):
                differ.append((act, a.num, bool(a.amendments), bool(b.amendments)))
    # УПК 16 in Kazakh: «16-бапқа өзгеріс енгізілді - ҚР 07.11.2014 № 248-V Заңымен»; no note in Russian.
    assert differ == [("УПК", "16", False, True)]


@pytest.mark.sharedlaw
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_real_uk(law: ImportResult, lang: Lang) -> None:
    uk = _code_of(law, "УК", lang)
    assert {a.num for a in uk.articles} == UK_ARTICLES
    art11 = uk.article("11")
    assert art11 is not None and [p.num for p in art11.parts] == ["1", "2", "3", "4", "5"]
    assert art11.chapter is None and not art11.repealed
    art47 = uk.article("47")
    assert art47 is not None and art47.repealed and art47.parts == []  # the death penalty, repealed in 2021


@pytest.mark.sharedlaw
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_real_np_2022(law: ImportResult, lang: Lang) -> None:
    res = _res_of(law, lang)
    assert [p.num for p in res.paragraphs] == ["preamble", *(str(n) for n in range(1, 25))]
    assert (res.number, res.adopted_on) == ("2", date(2022, 3, 10))
    assert (res.valid_from, res.valid_to) == (date(2022, 7, 1), date(2025, 7, 1))
    assert res.in_force_note is not None and "01.07.2022" in res.in_force_note
    para2 = res.para("2")
    assert para2 is not None and len(para2.notes) == 1 and "14.07.2023 № 21" in para2.notes[0]
    assert all("14.07.2023" not in a for a in para2.abzacs)
    assert len(res.signatures) == 4
    ru = _res_of(law, "ru")
    assert [len(p.abzacs) for p in res.paragraphs] == [len(p.abzacs) for p in ru.paragraphs]

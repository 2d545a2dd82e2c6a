"""Resolution No. 13 of 19.12.2003 (P03000013S_), Russian and Kazakh, from the adilet plain-text copy.

The expected values were read off the seed file (``src/kzreview/corpus/data/seeds/P03000013S_.ru-kk.txt``).
The golden files hold the whole parse; regenerate them with ``KZR_UPDATE_GOLDEN=1`` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from kzreview.corpus.adilet_text import AlignedPair, align, parse_adilet_text
from kzreview.corpus.amendments import word_replacements
from kzreview.corpus.model import AmendmentKind, Lang, Paragraph, Resolution
from kzreview.corpus.registry import load_bundled, seed_text
from kzreview.errors import MalformedSource

CODE = "P03000013S_"
GOLDEN = Path(__file__).parent / "golden"
NUMS = ["preamble", *[str(n) for n in range(1, 22)], "21-1", *[str(n) for n in range(22, 37)]]

C = AmendmentKind.CHANGED
NW = AmendmentKind.NEW_WORDING
ADD = AmendmentKind.ADDED
KO = AmendmentKind.KAZAKH_ONLY


@pytest.fixture(scope="module")
def parsed() -> dict[Lang, Resolution]:
    return parse_adilet_text(seed_text(CODE), CODE)


def _para(res: Resolution, num: str) -> Paragraph:
    p = res.para(num)
    assert p is not None, num
    return p


def _acts(p: Paragraph) -> list[tuple[dt.date | None, str, AmendmentKind]]:
    return [(a.date, a.by, a.kind) for a in p.amendments]


def test_both_languages(parsed: dict[Lang, Resolution]) -> None:
    assert list(parsed) == ["ru", "kk"]
    ru, kk = parsed["ru"], parsed["kk"]
    assert ru.title == "О практике рассмотрения уголовных дел в апелляционном порядке"
    assert kk.title == "Қылмыстық істерді апелляциялық тәртіппен қарау тәжірибесі туралы"
    assert ru.requisites == (
        "Нормативное постановление Верховного Суда Республики Казахстан от 19 декабря 2003 года N 13."
    )
    assert (
        kk.requisites
        == "Қазақстан Республикасы Жоғарғы Сотының 2003 жылғы 19 желтоқсандағы N 13 нормативтік қаулысы."
    )
    for res in (ru, kk):
        assert (res.code, res.number, res.adopted_on) == (CODE, "13", dt.date(2003, 12, 19))
        assert (res.in_force_note, res.valid_from, res.valid_to) == (None, None, None)
    assert ru.source == "https://adilet.zan.kz/rus/docs/P03000013S_"
    assert kk.source == "https://adilet.zan.kz/kaz/docs/P03000013S_"


def test_paragraph_lists(parsed: dict[Lang, Resolution]) -> None:
    """Preamble, 1-21, 21-1, 22-36 in both languages; no paragraph from an enumerated line."""
    for res in parsed.values():
        assert [p.num for p in res.paragraphs] == NUMS


def test_signatures(parsed: dict[Lang, Resolution]) -> None:
    assert parsed["ru"].signatures == [
        "Председатель Верховного Суда Республики Казахстан",
        "Судья Верховного Суда Республики Казахстан, секретарь пленарного заседания",
    ]
    assert parsed["kk"].signatures == [
        "Қазақстан Республикасы Жоғарғы Сотының Төрағасы",
        "Қазақстан Республикасы Жоғарғы Сотының судьясы, жалпы отырыс хатшысы",
    ]


def test_exact_abzacs(parsed: dict[Lang, Resolution]) -> None:
    ru, kk = parsed["ru"], parsed["kk"]
    assert _para(ru, "preamble").abzacs == [
        "В связи с внесением в закон изменений о рассмотрении уголовных дел в апелляционной инстанции и в "
        "целях единообразного применения уголовно-процессуального законодательства при рассмотрении дел по "
        "апелляционным (частным) жалобам и ходатайствам прокурора пленарное заседание Верховного Суда "
        "Республики Казахстан постановляет:"
    ]
    assert _para(ru, "3").abzacs[0] == (
        "Право участников процесса на изменение или дополнение поданных ими в установленные сроки жалобы или "
        "ходатайства прокурора может быть реализовано только до начала судебного заседания."
    )
    p26 = _para(ru, "26").abzacs
    assert len(p26) == 13
    assert (
        p26[1]
        == "Апелляционная инстанция при установлении нарушения прав и законных интересов осужденных вправе, в частности:"
    )
    assert p26[8] == "- применить условное осуждение;"
    assert _para(ru, "36").abzacs == [
        "Согласно статье 4 Конституции Республики Казахстан настоящее нормативное постановление включается в "
        "состав действующего права, а также является общеобязательным и вступает в силу со дня его "
        "официального опубликования."
    ]
    assert _para(kk, "26").abzacs[-1] == (
        "- бірінші сатыдағы соттың заттай дәлелдемелер туралы, сот шығындарын бөлу туралы, Жәбірленушілерге "
        "өтемақы қорына өндіріп алынған соманың мөлшері туралы қабылдаған шешімін өзгертуге құқылы."
    )
    assert _para(kk, "21-1").abzacs[1].startswith("Бірінші сатыдағы соттың қағидаларымен жүргізілген")
    assert _para(kk, "36").abzacs[0].startswith("Қазақстан Республикасы Конституциясының 4-бабына сәйкес")


def test_abzacs_are_clean_text(parsed: dict[Lang, Resolution]) -> None:
    """One line each, single spaces, no notes, no paragraph number."""
    for res in parsed.values():
        for p in res.paragraphs:
            assert p.abzacs, p.num
            for a in p.abzacs:
                assert a == " ".join(a.split()), (p.num, a[:40])
                assert not a.startswith(("Сноска", "Ескерту")), (p.num, a[:40])
            if p.num != "preamble":
                assert not p.abzacs[0].startswith(f"{p.num}."), p.num


def test_abzac_counts(parsed: dict[Lang, Resolution]) -> None:
    counts = {p.num: len(p.abzacs) for p in parsed["ru"].paragraphs}
    assert counts == {
        "preamble": 1, "1": 6, "2": 5, "3": 3, "4": 6, "5": 2, "6": 4, "7": 5, "8": 5, "9": 2, "10": 3,
        "11": 1, "12": 2, "13": 2, "14": 4, "15": 10, "16": 5, "17": 2, "18": 2, "19": 2, "20": 3,
        "21": 4, "21-1": 2, "22": 1, "23": 1, "24": 1, "25": 2, "26": 13, "27": 1, "28": 2, "29": 1,
        "30": 2, "31": 3, "32": 3, "33": 5, "34": 4, "35": 1, "36": 1,
    }  # fmt: skip
    assert {p.num: len(p.abzacs) for p in parsed["kk"].paragraphs} == counts


def test_paragraph_1_has_three_changes(parsed: dict[Lang, Resolution]) -> None:
    for res in parsed.values():
        assert _acts(_para(res, "1")) == [
            (dt.date(2010, 6, 25), "НП № 18", C),
            (dt.date(2015, 4, 10), "НП № 1", C),
            (dt.date(2020, 12, 11), "НП № 6", C),
        ]
    (ru2010, *_) = _para(parsed["ru"], "1").amendments
    assert ru2010.effective == "порядок введения в действие см. п. 2"
    assert ru2010.target == "Пункт 1"
    assert ru2010.raw.startswith("Сноска. Пункт 1 с изменениями, внесенными нормативными постановлениями")
    assert _para(parsed["kk"], "1").amendments[0].target == "1-тармақ"


def test_paragraph_4_kazakh_only(parsed: dict[Lang, Resolution]) -> None:
    assert _acts(_para(parsed["ru"], "4")) == [
        (dt.date(2010, 6, 25), "НП № 18", C),
        (dt.date(2015, 4, 10), "НП № 1", C),
        (dt.date(2020, 12, 11), "НП № 6", KO),
    ]
    # the Kazakh note names the same act as an ordinary change: it did change the Kazakh text
    assert _acts(_para(parsed["kk"], "4"))[2] == (dt.date(2020, 12, 11), "НП № 6", C)


def test_new_wording_and_addition(parsed: dict[Lang, Resolution]) -> None:
    for res in parsed.values():
        assert _acts(_para(res, "34")) == [(dt.date(2022, 3, 10), "НП № 3", NW)]
        assert _acts(_para(res, "21-1")) == [(dt.date(2022, 3, 10), "НП № 3", ADD)]
        assert _acts(_para(res, "preamble")) == [(dt.date(2020, 12, 11), "НП № 6", C)]
    assert [p.num for p in parsed["ru"].paragraphs if any(a.kind is NW for a in p.amendments)] == [
        "9", "13", "21", "28", "34",
    ]  # fmt: skip
    assert [p.num for p in parsed["kk"].paragraphs if any(a.kind is NW for a in p.amendments)] == [
        "9", "13", "18", "21", "28", "34",
    ]  # fmt: skip


def test_paragraphs_without_notes(parsed: dict[Lang, Resolution]) -> None:
    for res in parsed.values():
        assert [p.num for p in res.paragraphs if not p.amendments] == ["3", "22", "25", "30", "36"]


def test_every_note_names_its_own_paragraph(parsed: dict[Lang, Resolution]) -> None:
    for lang, res in parsed.items():
        for p in res.paragraphs:
            own = {"ru": f"Пункт {p.num}", "kk": f"{p.num}-тармақ"}[lang]
            if p.num == "preamble":
                own = {"ru": "Преамбула", "kk": "Кіріспе"}[lang]
            assert {a.target for a in p.amendments} <= {own}, p.num


def test_global_amendments(parsed: dict[Lang, Resolution]) -> None:
    for res in parsed.values():
        (rec,) = res.global_amendments
        assert (rec.date, rec.by, rec.kind) == (dt.date(2020, 12, 11), "НП № 6", AmendmentKind.WORDS_REPLACED)
    ru_pairs = word_replacements(parsed["ru"].global_amendments[0].raw, "ru")
    kk_pairs = word_replacements(parsed["kk"].global_amendments[0].raw, "kk")
    assert len(ru_pairs) == 9 + 9 + 3
    assert len(kk_pairs) == 1 + 18 + 12 + 7 + 3 + 9 + 14 + 8
    assert ru_pairs[0] == ("протестам", "ходатайствам прокурора")
    assert ru_pairs[9] == ("части 1", "части первой")
    assert ru_pairs[-1] == ("опротестован", "принесено ходатайство прокурора")
    assert kk_pairs[0] == ("ҚІЖК-нің", "КПК-нің")
    assert (
        "Шағым берілмеген, наразылық білдірілмеген",
        "Шағым, прокурордың өтінішхаты берілмеген",
    ) in kk_pairs
    assert kk_pairs[-1] == ("жеке қаулыларға", "жекеше қаулыларға")


def test_alignment(parsed: dict[Lang, Resolution]) -> None:
    """Verified by reading both texts: every paragraph is in both languages with as many abzacs; only
    paragraph 18 names other acts (Russian: changed by НП № 1, Kazakh text changed by НП № 6; Kazakh:
    new wording by НП № 6)."""
    pairs = align(parsed["ru"], parsed["kk"])
    assert [p.num for p in pairs] == NUMS
    assert [p.num for p in pairs if p.mismatch] == []
    assert [p.num for p in pairs if p.acts_differ] == ["18"]
    p18 = pairs[NUMS.index("18")]
    assert p18.ru is not None and p18.kk is not None
    assert _acts(p18.ru) == [(dt.date(2015, 4, 10), "НП № 1", C), (dt.date(2020, 12, 11), "НП № 6", KO)]
    assert _acts(p18.kk) == [(dt.date(2020, 12, 11), "НП № 6", NW)]
    # where a Russian note says «on the Kazakh text only», the Kazakh note says «changed»
    kazakh_only = [p.num for p in pairs if p.ru and any(a.kind is KO for a in p.ru.amendments)]
    assert kazakh_only == ["4", "18", "32"]


def test_align_one_sided_and_differing_counts() -> None:
    def res(lang: Lang, paras: dict[str, int]) -> Resolution:
        return Resolution(
            code="X",
            lang=lang,
            title="t",
            number="1",
            adopted_on=dt.date(2020, 1, 1),
            requisites="r",
            paragraphs=[Paragraph(num=n, abzacs=["a"] * k) for n, k in paras.items()],
        )

    pairs = align(res("ru", {"1": 1, "2": 2, "4": 1}), res("kk", {"1": 1, "2": 3, "3": 1, "4": 1, "5": 1}))
    assert [(p.num, p.ru is not None, p.kk is not None, p.abzacs_differ) for p in pairs] == [
        ("1", True, True, False),
        ("2", True, True, True),
        ("3", False, True, False),
        ("4", True, True, False),
        ("5", False, True, False),
    ]
    assert [p.num for p in pairs if p.mismatch] == ["2", "3", "5"]
    assert isinstance(pairs[0], AlignedPair) and not pairs[0].one_sided


MINI = """\
Заголовок

Нормативное постановление Верховного Суда Республики Казахстан от 29 мая 2025 года № 1.
\u00a0\u00a0\u00a0\u00a0\u00a0 Сноска. Вводится в действие с 01.07.2025 в соответствии с пунктом 3 настоящего нормативного постановления.

\u00a0\u00a0\u00a0\u00a0\u00a0 Преамбула постановляет:

\u00a0\u00a0\u00a0\u00a0\u00a0 1. Первый пункт:

\u00a0\u00a0\u00a0\u00a0\u00a0 1) перечисление;

\u00a0\u00a0\u00a0\u00a0\u00a0 40. Не пункт: номер слишком далеко.

\u00a0\u00a0\u00a0\u00a0\u00a0 2. Второй   пункт.
\u00a0\u00a0\u00a0\u00a0\u00a0 Примечание ИЗПИ!
\u00a0\u00a0\u00a0\u00a0\u00a0 Пункт 2 приводится в редакции.

\u00a0\u00a0\u00a0\u00a0\u00a0 Сноска. Пункт 2 с изменениями, внесенными нормативным постановлением Верховного Суда РК от
\u00a0\u00a0\u00a0\u00a0\u00a0 10.04.2025 № 9 (вводится в действие со дня официального опубликования).

\u00a0\u00a0\u00a0\u00a0\u00a0 Сноска. Пункт 3 исключен нормативным постановлением Верховного Суда РК от 10.04.2025 № 9.

\u00a0\u00a0\u00a0\u00a0\u00a0 4. Четвертый пункт.

Председатель
Верховного Суда
"""


def test_mini_text_rules() -> None:
    """Enumerations stay abzacs, an out-of-sequence number is no paragraph, a note continues on the next
    line, a note on a paragraph without text makes that paragraph, editorial notes go to ``notes``."""
    (res,) = parse_adilet_text(MINI, "X").values()
    assert [(p.num, p.abzacs) for p in res.paragraphs] == [
        ("preamble", ["Преамбула постановляет:"]),
        ("1", ["Первый пункт:", "1) перечисление;", "40. Не пункт: номер слишком далеко."]),
        ("2", ["Второй пункт."]),
        ("3", []),
        ("4", ["Четвертый пункт."]),
    ]
    assert _para(res, "2").notes == ["Примечание ИЗПИ! Пункт 2 приводится в редакции."]
    assert [a.by for a in _para(res, "2").amendments] == ["НП № 9"]
    assert [a.kind for a in _para(res, "3").amendments] == [AmendmentKind.REPEALED]
    assert res.in_force_note is not None and res.in_force_note.startswith("Сноска. Вводится в действие")
    assert res.valid_from == dt.date(2025, 7, 1)
    assert res.signatures == ["Председатель Верховного Суда"]
    assert (res.lang, res.number, res.adopted_on) == ("ru", "1", dt.date(2025, 5, 29))


TWO = """\
Заголовок в две
строки

Нормативное постановление Верховного Суда Республики Казахстан от 19 декабря 2003 года N 13.

 1. Первый.

 2. Второй.

Екі жолдағы
тақырып

Қазақстан Республикасы Жоғарғы Сотының 2003 жылғы 19 желтоқсандағы N 13 нормативтік қаулысы.

 1. Бірінші.

 Ескерту. 2-тармақ алып тасталды - ҚР Жоғарғы Сотының 10.04.2015 N 1 нормативтік қаулысымен.

 3. Үшінші.
"""


def test_two_languages_titles_and_a_paragraph_only_one_side_has() -> None:
    """A title over two lines; a Kazakh paragraph that is only a note; the Kazakh-only paragraph 3."""
    res = parse_adilet_text(TWO, "X")
    assert (res["ru"].title, res["kk"].title) == ("Заголовок в две строки", "Екі жолдағы тақырып")
    assert [(p.num, p.abzacs) for p in res["kk"].paragraphs] == [
        ("1", ["Бірінші."]),
        ("2", []),
        ("3", ["Үшінші."]),
    ]
    pairs = align(res["ru"], res["kk"])
    assert [(p.num, p.one_sided, p.abzacs_differ, p.acts_differ) for p in pairs] == [
        ("1", False, False, False),
        ("2", False, True, True),
        ("3", True, False, False),
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "no requisites line"),
        ("Заголовок\n\nНормативное постановление от 2003 года.\n 1. Текст.\n", "without a number or a date"),
        ("Заголовок\n\nНормативное постановление от 19 декабря 2003 года N 13.\n Текст.\n", "no numbered"),
        (TWO.split("Екі")[0] * 2, "a second ru text"),
    ],
    ids=["empty", "no number", "no paragraph", "two Russian texts"],
)
def test_malformed(text: str, problem: str) -> None:
    with pytest.raises(MalformedSource, match=problem):
        parse_adilet_text(text, "X")


def test_registry_parses_the_seed(parsed: dict[Lang, Resolution]) -> None:
    assert load_bundled(CODE) == parsed


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_golden(parsed: dict[Lang, Resolution], lang: Lang) -> None:
    path = GOLDEN / f"{CODE}.{lang}.json"
    got = parsed[lang].model_dump(mode="json")
    if os.environ.get("KZR_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"{path} missing: run with KZR_UPDATE_GOLDEN=1"
    assert got == json.loads(path.read_text(encoding="utf-8"))

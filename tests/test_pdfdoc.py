"""The bundled PDF text of resolution P250000001S, repaired and parsed (:mod:`kzreview.corpus.pdfdoc`).

The golden file ``tests/golden/P250000001S.ru.json`` is the whole parsed resolution; after a deliberate
change, regenerate it with ``KZR_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_pdfdoc.py`` and read the diff.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from kzreview.corpus.model import Resolution
from kzreview.corpus.pdfdoc import parse_pdf_resolution
from kzreview.corpus.registry import load_bundled, seed_text
from kzreview.corpus.repair import repair_text
from kzreview.errors import MalformedSource

CODE = "P250000001S"
GOLDEN = Path(__file__).parent / "golden" / f"{CODE}.ru.json"


@pytest.fixture(scope="module")
def res() -> Resolution:
    return parse_pdf_resolution(seed_text(CODE), CODE)


def abzac(res: Resolution, num: str, index: int) -> str:
    para = res.para(num)
    assert para is not None, num
    return para.abzacs[index]


def test_registry_loads_it(res: Resolution) -> None:
    assert load_bundled(CODE) == {"ru": res}


def test_metadata(res: Resolution) -> None:
    assert res.code == CODE and res.lang == "ru"
    assert res.title == (
        "О применении законодательства, регламентирующего рассмотрение уголовных дел в кассационном порядке"
    )
    assert res.requisites == (
        "Нормативное постановление Верховного Суда Республики Казахстан от 29 мая 2025 года № 1."
    )
    assert res.number == "1"
    assert res.adopted_on == date(2025, 5, 29)
    assert res.in_force_note == "Вводится в действие с 01.07.2025."
    assert res.valid_from == date(2025, 7, 1)
    assert res.valid_to is None


def test_preamble_keeps_the_editorial_note(res: Resolution) -> None:
    preamble = res.paragraphs[0]
    assert preamble.num == "preamble"
    assert preamble.notes == ["Примечание ИЗПИ! Вводится в действие с 01.07.2025."]
    assert preamble.abzacs == [
        "В целях единообразного и правильного применения действующего законодательства, регламентирующего "
        "порядок пересмотра в кассационном порядке вступивших в законную силу судебных актов, пленарное "
        "заседание Верховного Суда Республики Казахстан постановляет дать следующие разъяснения:"
    ]


def test_eighteen_paragraphs_after_the_preamble(res: Resolution) -> None:
    assert [p.num for p in res.paragraphs] == ["preamble", *(str(n) for n in range(1, 19))]
    sizes = [1, 2, 3, 2, 5, 5, 2, 13, 4, 1, 2, 6, 3, 6, 1, 3, 1, 1, 1]
    assert [len(p.abzacs) for p in res.paragraphs] == sizes


def test_list_items_stay_inside_their_paragraph(res: Resolution) -> None:
    items = res.para("4")
    assert items is not None
    assert items.abzacs[1] == "не был обжалован (не принесено ходатайство) и он вступил в законную силу;"
    assert res.para("8") is not None and abzac(res, "8", 0).startswith("Протест Генерального Прокурора")


def test_signatures(res: Resolution) -> None:
    assert res.signatures == [
        "Председатель Верховного Суда Республики Казахстан А. Мергалиев",
        "Судья Верховного Суда Республики Казахстан, секретарь пленарного заседания Г. Альмагамбетова",
    ]


def test_text_is_clean(res: Resolution) -> None:
    texts = [res.title, res.requisites, *res.signatures, *(a for p in res.paragraphs for a in p.abzacs)]
    for text in texts:
        assert "  " not in text and text == text.strip(), text
        assert not re.search(r" [,.;:)]|\( ", text), text
        # no link text left glued to a word («УПК.статьи», «случаяхстатьи»)
        assert not re.search(r"(?<![\s(])стать|(?<![\s(])(?<!под)пункт", text), text
        # every reference keyword is followed by its number or an ordinal
        for m in re.finditer(r"\b(?:статьи|статьей|статьями|статье|статья) (\S+)", text):
            assert m[1][0].isdigit(), text
    for para in res.paragraphs:
        for text in para.abzacs:
            assert text[-1] in ".;:", text  # no abzac ends mid-word or mid-sentence


def test_every_gap_was_filled() -> None:
    result = repair_text(seed_text(CODE))
    assert result.unresolved == []
    assert len(result.moves) == 44
    assert {m.kind for m in result.moves} == {"reference", "number", "phrase"}
    assert [m.text for m in result.moves if m.kind == "phrase"] == ["нормативное постановление"]


#: Sentences restored by the repair, verified by reading the damaged lines (and, where the 2025 text
#: keeps the 2022 wording, against ../shared/law/np/20220310-*/rus.md).  Keyed by paragraph, abzac.
# fmt: off
SPOTS: list[tuple[str, int, str]] = [
    # a link that is not the line's last words: «требованиями  статьи 76 Конституции Республики пункта 3»
    ("1", 0, "В соответствии с требованиями пункта 3 статьи 76 Конституции Республики Казахстан (далее - Конституция)"),
    # tail glued after «(» at the line end: «Казахстан (статьи 472» + «далее – УПК)»
    ("1", 0, "согласно части первой статьи 472 Уголовно-процессуального кодекса Республики Казахстан (далее – УПК) подлежат неукоснительному исполнению."),
    # single gap, tail after a space, sentence running on to the next line
    ("1", 1, "внесенному в случае, предусмотренном частью третьей статьи 446 УПК, либо по кассационным жалобам лиц"),
    # tail glued after a full stop
    ("1", 1, "указанных в части первой статьи 486 УПК."),
    # page break: «статьи » / blank / « УПК. ... расширительному 485»
    ("2", 0, "предусмотренные частями первой и второй статьи 485 УПК. Перечень оснований является исчерпывающим и расширительному толкованию не подлежит."),
    # two gaps on one line, two links appended in order
    ("2", 1, "Не подлежат пересмотру в кассационном порядке вступившие в законную силу судебные акты, перечисленные в пунктах 2) и 3) части второй статьи 484 УПК."),
    # page break, number glued after the full stop: «статьей » / blank / « УПК.485»
    ("2", 2, "при наличии оснований, предусмотренных статьей 485 УПК."),
    # tail glued after a comma
    ("3", 0, "при наличии оснований, предусмотренных статьей 485 УПК, могут быть опротестованы Генеральным Прокурором"),
    # tail glued to a word, and the next line starting with a comma
    ("5", 0, "Лица, перечисленные в части первой статьи 486 УПК, вправе при соблюдении требований части первой статьи 484 УПК подать кассационную жалобу и в тех случаях, когда они не участвовали"),
    ("5", 3, "такое лицо вправе обратиться в суд о восстановлении пропущенного срока в порядке статьи 419 УПК."),
    # a gap before a comma and a double gap on one line, the next line with its own gap
    ("6", 1, "предусмотренных частью шестой статьи 71, частями третьей и четвертой статьи 72 и частью третьей статьи 76 УПК, в частности, непризнание потерпевшего частным обвинителем"),
    # gap at the end of the line's own text, «УПК.» on the next line
    ("7", 0, "должно соответствовать требованиям статьи 488 УПК."),
    # a line starting with a comma, no link
    ("7", 11, "Кассационная жалоба, протест должны быть составлены на языке судопроизводства, установленного по уголовному делу."),
    ("8", 0, "внесенный на основании пунктов 1), 4) части второй статьи 485 УПК, должен содержать обоснование того, каким образом подлежащий пересмотру судебный акт"),
    # two consecutive lines, each with its own link
    ("8", 3, "по пункту 1) части первой статьи 489 УПК, установленный частью второй статьи 487 УПК срок обжалования"),
    ("9", 0, "в случае, предусмотренном пунктом 4) части первой статьи 489 УПК – постановлением суда."),
    # a line starting with a full stop
    ("10", 1, "только при условии соблюдения апелляционного порядка его обжалования. При несоблюдении этого условия"),
    ("11", 3, "В силу части шестой статьи 23 УПК суд, сохраняя объективность и беспристрастность"),
    # blank-line debris mid-sentence
    ("12", 0, "справедливость судебных актов по делу в полном объеме и по итогам рассмотрения выносит одно из решений, указанных в части седьмой статьи 494 УПК."),
    # a gap right after «(»
    ("15", 0, "о применении норм об обратной силе уголовного закона (статья 6 Уголовного кодекса Республики Казахстан (далее - УК)) либо акта об амнистии"),
    # a gap before a comma and a number continuing the list
    ("15", 0, "в порядке, предусмотренном статьями 476, 477 УПК."),
    # page break, whole link on the next line; the next line's own link
    ("15", 2, "предусмотренным статьей 485 УПК, и одновременно усматриваются обстоятельства, позволяющие применить нормы статьи 6 УК либо акта об амнистии"),
    ("16", 0, "в порядке статьи 406-1 УПК путем вынесения дополнительного постановления, либо в стадии исполнения приговора в порядке, предусмотренном пунктом 23) статьи 476 УПК."),
    # a link text that is not a reference
    ("17", 0, "Признать утратившим силу нормативное постановление Верховного Суда Республики Казахстан от 10 марта 2022 года № 2"),
    # a link text that goes before the words following the gap
    ("18", 0, "Согласно статье 4 Конституции настоящее нормативное постановление включается в состав действующего права"),
]
# fmt: on


@pytest.mark.parametrize(("num", "index", "sentence"), SPOTS)
def test_restored_sentences(res: Resolution, num: str, index: int, sentence: str) -> None:
    assert sentence in abzac(res, num, index)


def test_golden(res: Resolution) -> None:
    dumped = res.model_dump(mode="json")
    if os.environ.get("KZR_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(dumped, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert dumped == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_missing_requisites_is_malformed() -> None:
    with pytest.raises(MalformedSource, match="requisites"):
        parse_pdf_resolution("Заголовок\n\n      1. Текст.\n", "X")


def test_paragraph_numbers_with_a_suffix_and_list_items() -> None:
    text = "\n".join(
        [
            "Заголовок",
            "",
            "Нормативное постановление Верховного Суда Республики Казахстан от 1 марта 2024 года № 2.",
            "      Пленарное заседание постановляет:",
            "      1. Первый пункт:",
            "      1. не пункт, а элемент перечня;",
            "      2. Второй пункт.",
            "      2-1. Дополнительный пункт.",
            "      3. Третий пункт, вводится в действие с 5 апреля 2024 года.",
            "      Председатель Верховного Суда",
            "Республики Казахстан И. Иванов",
        ]
    )
    res = parse_pdf_resolution(text, "X")
    assert [p.num for p in res.paragraphs] == ["preamble", "1", "2", "2-1", "3"]
    assert abzac(res, "1", 1) == "1. не пункт, а элемент перечня;"
    assert res.number == "2" and res.adopted_on == date(2024, 3, 1)
    assert res.in_force_note is None and res.valid_from == date(2024, 4, 5)
    assert res.signatures == ["Председатель Верховного Суда Республики Казахстан И. Иванов"]


#: Abzacs the 2025 resolution took over unchanged from the 2022 one: (paragraph, abzac index).
VERBATIM_2022 = [
    ("2", 1), ("4", 0), ("4", 1), ("4", 2), ("4", 3), ("4", 4), ("5", 3), ("6", 0), ("7", 3), ("7", 5),
    ("7", 6), ("13", 0), ("13", 1), ("13", 2), ("13", 4), ("13", 5), ("14", 0), ("15", 2), ("16", 0),
]  # fmt: skip


@pytest.mark.sharedlaw
def test_kept_wording_matches_the_2022_resolution(res: Resolution, shared_law: Path) -> None:
    paths = sorted((shared_law / "np").glob("20220310-*/rus.md"))
    if not paths:
        pytest.skip("the 2022 resolution is not in ../shared/law/np")
    old = {re.sub(r"^\d+\. ", "", ln.strip()) for ln in paths[0].read_text(encoding="utf-8").splitlines()}
    for num, index in VERBATIM_2022:
        assert abzac(res, num, index) in old, (num, index)

"""Full-text search (kzreview.search) over the bundled resolutions and, when present, the УПК texts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from kzreview.errors import InvalidValue
from kzreview.search import Hit, Passage, SearchIndex, normalize, tokenize

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "src/kzreview/corpus/data/seeds"
SHARED_UPK = ROOT.parent / "shared/law/upk"
KAZAKH_TITLE = "Қылмыстық істерді апелляциялық тәртіппен қарау тәжірибесі туралы"
PARA_RE = re.compile(r"^\s*(\d+)\.\s")
ARTICLE_RE = re.compile(r"^#### (?:Статья (\d+(?:-\d+)?)\.|(\d+(?:-\d+)?)-бап\.)")
PART_RE = re.compile(r"^(\d+)\.\s")


# --- test passages, made here from the raw files (not from the project's parsers) ---------------


def split_paragraphs(text: str, doc: str, lang: str) -> list[Passage]:
    """Blocks separated by blank lines, or starting «N. »; ``para`` is N, else «sK» for block K."""
    passages: list[Passage] = []
    block: list[str] = []
    label = ""

    def flush() -> None:
        body = " ".join(line.strip() for line in block).strip()
        if body:
            passages.append(Passage(doc, label or f"s{len(passages)}", lang, body))  # type: ignore[arg-type]
        block.clear()

    for line in text.splitlines():
        numbered = PARA_RE.match(line)
        if not line.strip() or numbered:
            flush()
            label = numbered.group(1) if numbered else ""
        if line.strip():
            block.append(line)
    flush()
    return passages


def seed_passages() -> list[Passage]:
    both = (SEEDS / "P03000013S_.ru-kk.txt").read_text(encoding="utf-8")
    cut = both.index(KAZAKH_TITLE)
    passages = split_paragraphs(both[:cut], "P03000013S", "ru")
    passages += split_paragraphs(both[cut:], "P03000013S", "kk")
    passages += split_paragraphs(
        (SEEDS / "P250000001S.ru.txt").read_text(encoding="utf-8"), "P250000001S", "ru"
    )
    return passages


def code_passages(path: Path, lang: str) -> list[Passage]:
    """A code section split per article part: ``para`` «484.2», ``title`` the article heading."""
    passages: list[Passage] = []
    article, title, part = "", "", ""
    lines: list[str] = []

    def flush() -> None:
        body = " ".join(line.strip() for line in lines if line.strip())
        if article and body:
            para = f"{article}.{part}" if part else article
            passages.append(Passage("УПК", para, lang, body, title=title))  # type: ignore[arg-type]
        lines.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        heading = ARTICLE_RE.match(line)
        numbered = PART_RE.match(line)
        if heading or line.startswith("#"):
            flush()
            if heading:
                article, title, part = heading.group(1) or heading.group(2), line.lstrip("# "), ""
        elif numbered and article:
            flush()
            part = numbered.group(1)
        if not line.startswith(("#", "<a ", ">", "---", "part_of:", "source:")):
            lines.append(line)
    flush()
    return passages


def words_of(passage: Passage) -> set[str]:
    return set(normalize(passage.text).split())


def keys(hits: Iterable[Hit]) -> set[tuple[str, str, str]]:
    return {(h.doc, h.para, h.lang) for h in hits}


@pytest.fixture(scope="module")
def seeds() -> list[Passage]:
    return seed_passages()


@pytest.fixture(scope="module")
def index(seeds: list[Passage]) -> SearchIndex:
    return SearchIndex.build(seeds)


def shared_or_skip() -> Path:
    if not (SHARED_UPK / "rus/sec010.md").is_file() or not (SHARED_UPK / "kaz/sec010.md").is_file():
        pytest.skip("../shared/law is not here")
    return SHARED_UPK


# --- Russian ------------------------------------------------------------------------------------


def test_seed_passages_are_split(seeds: list[Passage]) -> None:
    langs = {p.lang for p in seeds}
    assert langs == {"ru", "kk"}
    assert sum(p.para == "36" and p.lang == "kk" for p in seeds) == 1
    assert len(seeds) > 150


@pytest.mark.parametrize("query", ["жалобы", "жалобой", "жалоб", "жалоба", "ЖАЛОБАМ"])
def test_any_russian_form_finds_every_passage_with_the_lemma(
    index: SearchIndex, seeds: list[Passage], query: str
) -> None:
    expected = {
        (p.doc, p.para, p.lang)
        for p in seeds
        if p.lang == "ru" and any(w.startswith("жалоб") for w in words_of(p))
    }
    hits = index.search(query, lang="ru", limit=1000)
    assert keys(hits) == expected
    for hit in hits:
        assert hit.matches
        assert all(hit.snippet[a:b].lower().startswith("жалоб") for a, b in hit.matches)


def test_adjective_and_plurale_tantum_forms() -> None:
    index = SearchIndex.build(
        [
            Passage("A", "1", "ru", "Кассационный суд рассматривает дело."),
            Passage("A", "2", "ru", "Срок исчисляется в сутках."),
            Passage("A", "3", "ru", "Апелляционная инстанция."),
        ]
    )
    assert keys(index.search("кассационной")) == {("A", "1", "ru")}
    assert keys(index.search("суток")) == {("A", "2", "ru")}
    assert keys(index.search("сутки")) == {("A", "2", "ru")}
    assert index.search("кассационная апелляционная") == []


def test_yo_and_latin_lookalikes_in_russian() -> None:
    index = SearchIndex.build(
        [Passage("A", "1", "ru", "Осуждённый обжаловал"), Passage("A", "2", "ru", "прокурoр (Latin o)")]
    )
    assert keys(index.search("осужденный")) == {("A", "1", "ru")}
    assert keys(index.search("прокурора")) == {("A", "2", "ru")}


# --- Kazakh -------------------------------------------------------------------------------------


def test_kazakh_plural_accusative_finds_the_bare_and_genitive_forms(
    index: SearchIndex, seeds: list[Passage]
) -> None:
    hits = keys(index.search("шағымдарды", lang="kk", limit=1000))
    for form in ["шағым", "шағымның", "шағымдар", "шағымды", "шағымы"]:
        having = {(p.doc, p.para, p.lang) for p in seeds if p.lang == "kk" and form in words_of(p)}
        assert having, form
        assert having <= hits, form
    assert all(lang == "kk" for _, _, lang in hits)


def test_kazakh_dative_finds_other_cases(index: SearchIndex, seeds: list[Passage]) -> None:
    hits = keys(index.search("үкімге", lang="kk", limit=1000))
    for form in ["үкім", "үкімді", "үкімнің", "үкімі"]:
        having = {(p.doc, p.para, p.lang) for p in seeds if p.lang == "kk" and form in words_of(p)}
        assert having and having <= hits, form
    for hit in index.search("үкімге", lang="kk", limit=50):
        assert all(hit.snippet[a:b].lower().replace("i", "і").startswith("үкім") for a, b in hit.matches)


def test_kazakh_article_forms_and_numbers(index: SearchIndex) -> None:
    hits = index.search("431 бабы", lang="kk", limit=50)
    assert hits
    assert all("431" in h.snippet for h in hits)


def test_kazakh_latin_i_is_found_by_cyrillic_query() -> None:
    index = SearchIndex.build(
        [Passage("B", "1", "kk", "Сот iстi қарайды."), Passage("B", "2", "kk", "Сот шешім шығарады.")]
    )
    assert keys(index.search("істі")) == {("B", "1", "kk")}
    assert keys(index.search("іс")) == {("B", "1", "kk")}
    assert keys(index.search("iс")) == {("B", "1", "kk")}


# --- language, limit, filters, errors -----------------------------------------------------------


def test_language_filter(index: SearchIndex) -> None:
    both = index.search("414", limit=100)
    assert {h.lang for h in both} == {"ru", "kk"}
    assert {h.lang for h in index.search("414", lang="ru", limit=100)} == {"ru"}
    assert {h.lang for h in index.search("414", lang="kk", limit=100)} == {"kk"}
    assert index.search("апелляционной", lang="kk") == []
    assert index.search("апелляциялық", lang="ru") == []
    assert {h.lang for h in index.search("апелляциялық", limit=100)} == {"kk"}


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("суд")) == 10
    assert len(index.search("суд", limit=3)) == 3
    assert len(index.search("суд", limit=1)) == 1
    assert index.search("суд", limit=3) == index.search("суд", limit=10)[:3]


def test_docs_filter(index: SearchIndex) -> None:
    hits = index.search("кассационной", limit=100, docs={"P250000001S"})
    assert hits and {h.doc for h in hits} == {"P250000001S"}
    assert index.search("кассационной", docs=set()) == []
    assert index.search("кассационной", docs=frozenset({"NOPE"})) == []


@pytest.mark.parametrize("query", ["", " ", "\n\t  ", "\u3000"])
def test_blank_query_is_refused(index: SearchIndex, query: str) -> None:
    with pytest.raises(InvalidValue) as err:
        index.search(query)
    assert err.value.field == "q"
    assert err.value.http_status == 422


def test_bad_lang_and_limit_are_refused(index: SearchIndex) -> None:
    with pytest.raises(InvalidValue) as err:
        index.search("суд", lang="en")
    assert err.value.field == "lang"
    for bad in (0, -1, True):
        with pytest.raises(InvalidValue) as err:
            index.search("суд", limit=bad)
        assert err.value.field == "limit"
    with pytest.raises(InvalidValue):
        Passage("A", "1", "en", "text")  # type: ignore[arg-type]


@pytest.mark.parametrize("query", ["!!!", "«»", '""', "—", "\u200b"])
def test_query_without_words_finds_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


# --- ranking, phrases, stop words, numbers, titles ----------------------------------------------

FILLER = "суд рассмотрел дело в открытом заседании и вынес решение по существу"


def test_more_and_rarer_matches_rank_higher() -> None:
    passages = [Passage("F", str(i), "ru", f"{FILLER} номер {i}") for i in range(20)]
    passages += [
        Passage("T", "rare-twice", "ru", "Суд назначил эксгумацию; эксгумация проведена."),
        Passage("T", "common-thrice", "ru", "Суд, суд и суд назначил эксгумацию трупа."),
        Passage("T", "once", "ru", "Суд назначил эксгумацию трупа сегодня утром рано."),
    ]
    index = SearchIndex.build(passages)
    order = [h.para for h in index.search("суд эксгумация")]
    assert order == ["rare-twice", "common-thrice", "once"]
    assert index.search("эксгумация")[0].para == "rare-twice"
    scores = [h.score for h in index.search("суд", limit=30)]
    assert scores == sorted(scores, reverse=True)


def test_all_words_must_match_but_stop_words_are_optional() -> None:
    index = SearchIndex.build(
        [
            Passage("S", "1", "ru", "Жалоба на приговор подана."),
            Passage("S", "2", "ru", "Жалоба, приговор."),
            Passage("S", "3", "ru", "Жалоба подана."),
        ]
    )
    assert [h.para for h in index.search("жалоба на приговор")] == ["1", "2"]
    assert [h.para for h in index.search("на")] == ["1"]


def test_quoted_phrase_needs_adjacent_words_in_order() -> None:
    index = SearchIndex.build(
        [
            Passage("Q", "1", "ru", "Подана кассационная жалоба на приговор."),
            Passage("Q", "2", "ru", "Жалоба кассационная подана."),
            Passage("Q", "3", "ru", "Кассационная инстанция оставила жалобу."),
        ]
    )
    assert [h.para for h in index.search('"кассационной жалобы"')] == ["1"]
    assert [h.para for h in index.search("«кассационной жалобы»")] == ["1"]
    assert {h.para for h in index.search("кассационной жалобы")} == {"1", "2", "3"}
    assert index.search('"кассационной жалобы" инстанция') == []


def test_references_are_tokens(index: SearchIndex) -> None:
    hits = index.search("406-1", limit=50)
    assert hits and all("406-1" in h.snippet for h in hits)
    hits_406 = keys(index.search("406", limit=50))
    assert not (keys(hits) & hits_406) or all(
        re.search(r"\b406\b(?!-)", p.text) for p in index.passages if (p.doc, p.para, p.lang) in hits_406
    )
    dated = SearchIndex.build([Passage("D", "1", "ru", "Закон от 11.12.2020 № 6")])
    assert [h.para for h in dated.search("11.12.2020")] == ["1"]
    assert dated.search("2020") == []  # a dotted date is one token


def test_title_is_searched() -> None:
    index = SearchIndex.build([Passage("УПК", "489", "ru", "Текст части.", title="Возвращение жалобы")])
    hits = index.search("возвращение")
    assert [h.para for h in hits] == ["489"]
    assert hits[0].title == "Возвращение жалобы"
    assert hits[0].snippet == "Текст части." and hits[0].matches == []


# --- snippets -----------------------------------------------------------------------------------


def test_snippet_is_a_window_with_offsets(index: SearchIndex) -> None:
    for hit in index.search("пересмотр приговора", limit=10):
        assert len(hit.snippet) < 400
        assert "  " not in hit.snippet and "\n" not in hit.snippet
        assert hit.matches == sorted(hit.matches)
        for start, end in hit.matches:
            assert 0 <= start < end <= len(hit.snippet)
            assert tokenize(hit.snippet[start:end])[0].text == normalize(hit.snippet[start:end])
        marked = hit.marked("[", "]")
        assert marked.count("[") == len(hit.matches)


def test_snippet_cuts_long_passages_around_the_match() -> None:
    text = (
        " ".join(f"слово{i}" for i in range(200)) + " эксгумация " + " ".join(f"ещё{i}" for i in range(200))
    )
    hit = SearchIndex.build([Passage("L", "1", "ru", text)]).search("эксгумации")[0]
    assert hit.snippet.startswith("… ") and hit.snippet.endswith(" …")
    assert [hit.snippet[a:b] for a, b in hit.matches] == ["эксгумация"]
    assert hit.marked().count("«эксгумация»") == 1


def test_hits_are_deterministic(seeds: list[Passage]) -> None:
    first = SearchIndex.build(seeds).search("суд приговор", limit=20)
    second = SearchIndex.build(list(reversed(list(reversed(seeds))))).search("суд приговор", limit=20)
    assert first == second


# --- the УПК texts (../shared/law) ---------------------------------------------------------------


@pytest.mark.sharedlaw
def test_upk_section_10_in_both_languages() -> None:
    upk = shared_or_skip()
    passages = code_passages(upk / "rus/sec010.md", "ru") + code_passages(upk / "kaz/sec010.md", "kk")
    assert {p.lang for p in passages} == {"ru", "kk"}
    index = SearchIndex.build(passages)
    ru = index.search("возвращение кассационной жалобы", lang="ru", limit=3)
    assert ru[0].para.split(".")[0] == "489"
    kk = index.search("489", lang="kk", limit=50)
    assert kk and {h.para.split(".")[0] for h in kk} >= {"489"}
    assert {h.lang for h in index.search("489", limit=100)} == {"ru", "kk"}
    latin_i = [p for p in passages if p.lang == "kk" and re.search(r"\biстi\b", p.text)]
    assert latin_i
    found = keys(index.search("істі", lang="kk", limit=1000))
    assert {(p.doc, p.para, p.lang) for p in latin_i} <= found
    shagym = keys(index.search("кассациялық шағымдар", lang="kk", limit=1000))
    assert any(para.startswith("484") for _, para, _ in shagym)


# --- performance --------------------------------------------------------------------------------


def megabyte_of_passages() -> list[Passage]:
    base = seed_passages()
    if (SHARED_UPK / "rus").is_dir():
        for lang, folder in (("ru", "rus"), ("kk", "kaz")):
            for path in sorted((SHARED_UPK / folder).glob("*.md")):
                base += code_passages(path, lang)
    passages: list[Passage] = []
    copy = 0
    while sum(len(p.text) for p in passages) < 1_000_000:
        passages += [Passage(f"{p.doc}#{copy}", p.para, p.lang, p.text, p.title) for p in base]
        copy += 1
    return passages

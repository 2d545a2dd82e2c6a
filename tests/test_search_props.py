"""Property tests for kzreview.search: normalisation, self-retrieval, robustness on any input."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kzreview.search import Passage, SearchIndex, normalize, normalize_word, tokenize
from kzreview.search.kazakh import kazakh_stem

SEED = Path(__file__).resolve().parents[1] / "src/kzreview/corpus/data/seeds/P03000013S_.ru-kk.txt"
KAZAKH_TITLE = "Қылмыстық істерді апелляциялық тәртіппен қарау тәжірибесі туралы"


def seed_words(lang: str) -> list[str]:
    text = SEED.read_text(encoding="utf-8")
    cut = text.index(KAZAKH_TITLE)
    part = text[:cut] if lang == "ru" else text[cut:]
    return sorted({part[t.start : t.end] for t in tokenize(part)})[:3000]


RU_WORDS = seed_words("ru")
KK_WORDS = seed_words("kk")
SEPARATORS = st.sampled_from([" ", ", ", ". ", " - ", "\n", " (", ") ", "«", "» ", "; ", "\u00a0"])
ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def texts_from(words: list[str]) -> st.SearchStrategy[str]:
    word = st.one_of(
        st.sampled_from(words),
        st.from_regex(r"\d{1,3}(-\d)?", fullmatch=True),
        st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһiІA", min_size=1, max_size=8),
    )
    pairs = st.lists(st.tuples(word, SEPARATORS), min_size=1, max_size=25)
    return pairs.map(lambda items: "".join(w + sep for w, sep in items))


BACKGROUND = [
    Passage("BG", "1", "ru", "Суд апелляционной инстанции рассматривает жалобы и ходатайства прокурора."),
    Passage("BG", "2", "kk", "Апелляциялық сатыдағы сот шағымдарды және прокурордың өтінішхатын қарайды."),
    Passage("BG", "3", "kk", "Үкімнің заңдылығын тексереді, 431-бабына сәйкес."),
]


@SETTINGS
@given(st.text(alphabet=ALPHABET))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@SETTINGS
@given(st.text(alphabet=ALPHABET, min_size=1))
def test_normalized_tokens_are_clean(text: str) -> None:
    for token in tokenize(text):
        assert token.text == normalize_word(text[token.start : token.end])
        assert token.text and " " not in token.text
        assert token.text == token.text.lower() or not token.text.isalpha()
        assert "ё" not in token.text


@SETTINGS
@given(texts_from(RU_WORDS + KK_WORDS))
def test_normalize_maps_lookalikes_and_case(text: str) -> None:
    assert normalize(text.upper()) == normalize(text.lower())
    # a word that is nothing but look-alike letters has no Cyrillic to tell its script by: left as written
    assume(all(set(w) - set("іi") for w in re.findall(r"\w+", text)))
    assert normalize(text.replace("і", "i")) == normalize(text)


@SETTINGS
@given(st.sampled_from(["ru", "kk"]), st.data())
def test_every_token_of_a_passage_finds_it(lang: str, data: st.DataObject) -> None:
    text = data.draw(texts_from(RU_WORDS if lang == "ru" else KK_WORDS))
    passage = Passage("P", "x", lang, text)  # type: ignore[arg-type]
    index = SearchIndex.build([*BACKGROUND, passage])
    for token in tokenize(text):
        raw = text[token.start : token.end]
        hits = index.search(raw, lang=lang, limit=len(index))
        assert ("P", "x") in {(h.doc, h.para) for h in hits}, raw


@SETTINGS
@given(st.text(alphabet=ALPHABET, min_size=1).filter(str.strip), st.sampled_from([None, "ru", "kk"]))
def test_search_never_raises_on_non_blank_text(query: str, lang: str | None) -> None:
    index = SearchIndex.build(BACKGROUND)
    for hit in index.search(query, lang=lang, limit=5):
        assert hit.lang in ("ru", "kk")
        for start, end in hit.matches:
            assert 0 <= start < end <= len(hit.snippet)


@SETTINGS
@given(st.text(alphabet=ALPHABET, min_size=1).filter(str.strip))
def test_arbitrary_passages_index_and_find_themselves(text: str) -> None:
    index = SearchIndex.build([Passage("A", "1", "ru", text), Passage("A", "2", "kk", text)])
    for token in tokenize(text)[:5]:
        found = {h.para for h in index.search(text[token.start : token.end], limit=2)}
        assert found == {"1", "2"}


@SETTINGS
@given(st.text(alphabet="абвгдежзийклмнопрстуфхцчшыэюяәіңғүұқөһ", min_size=1, max_size=15))
def test_kazakh_stem_is_a_prefix_up_to_devoicing(word: str) -> None:
    stem = kazakh_stem(word)
    assert stem
    assert word.startswith(stem[:-1])
    assert len(stem) <= len(word)

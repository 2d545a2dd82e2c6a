"""Kazakh stemmer (kzreview.search.kazakh) on real words of the bundled resolution and the УПК."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import yaml

from kzreview.search import normalize_word
from kzreview.search.kazakh import KazakhLexicon, KazakhStemmer, kazakh_stem
from kzreview.search.morph import token_strings

SEED = Path(__file__).resolve().parents[1] / "src/kzreview/corpus/data/seeds/P03000013S_.ru-kk.txt"
SHARED_KAZ = Path(__file__).resolve().parents[2] / "shared/law/upk/kaz"
KAZAKH_TITLE = "Қылмыстық істерді апелляциялық тәртіппен қарау тәжірибесі туралы"

FAMILIES = {
    "шағым": ["шағым", "шағымды", "шағымдар", "шағымдарды", "шағымға", "шағымның", "шағымы", "шағымын"],
    "бап": ["бап", "бабы", "бабының", "бабында", "бабына", "баптың", "бапқа", "баптары"],
    "сот": ["сот", "соттың", "сотқа", "соттар", "соты", "сотының", "сотта", "соттардың"],
    "үкім": ["үкім", "үкімді", "үкімнің", "үкімдер", "үкімге", "үкімі", "үкімін", "үкімінің"],
    "іс": ["іс", "істі", "ісі", "іске", "істің", "істер", "істерді"],
    "өтінішхат": ["өтінішхат", "өтінішхаты", "өтінішхатын", "өтінішхаттар", "өтінішхатының"],
    "тәртіп": ["тәртіп", "тәртібі", "тәртіппен", "тәртібін"],
    "қара": ["қарау", "қаралады", "қарайды", "қаралған", "қаралатын", "қарауға", "қарамаған"],
    "енгіз": ["енгізу", "енгізіледі", "енгізілді", "енгізуге", "енгізілген"],
}

# Short or function words whose endings look like suffixes: they must come back whole.
WHOLE = ["сот", "іс", "бап", "үкім", "шағым", "заң", "ол", "осы", "және", "мен", "ал", "жоқ", "бір", "үй"]
WHOLE += ["кейін", "орын", "тиіс", "екі", "ғана", "немесе", "бөлік", "тармақ", "шешім", "мерзім", "талап"]


def kazakh_seed_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text[text.index(KAZAKH_TITLE) :]


def seed_vocabulary() -> set[str]:
    return set(token_strings(kazakh_seed_text()))


@pytest.mark.parametrize("stem", sorted(FAMILIES))
def test_word_family_shares_one_stem(stem: str) -> None:
    assert {word: kazakh_stem(word) for word in FAMILIES[stem]} == dict.fromkeys(FAMILIES[stem], stem)


@pytest.mark.parametrize("word", WHOLE)
def test_short_and_function_words_are_not_overstemmed(word: str) -> None:
    assert kazakh_stem(word) == word


def test_required_families_from_the_brief() -> None:
    assert len({kazakh_stem(w) for w in ["шағым", "шағымды", "шағымдар", "шағымдарды", "шағымға"]}) == 1
    assert kazakh_stem("шағымның") == kazakh_stem("шағым")
    assert kazakh_stem("бабы") == kazakh_stem("бабының") == kazakh_stem("бабында")
    assert kazakh_stem("сот") == kazakh_stem("соттың") == kazakh_stem("сотқа") == kazakh_stem("соттар")
    assert kazakh_stem("үкім") == kazakh_stem("үкімді") == kazakh_stem("үкімнің") == kazakh_stem("үкімдер")


def test_latin_i_from_the_state_database_is_read_as_kazakh_i() -> None:
    assert normalize_word("iстi") == "істі"
    assert normalize_word("Кодекстiң") == "кодекстің"
    assert kazakh_stem(normalize_word("iстi")) == "іс"
    assert kazakh_stem(normalize_word("үкiмiнің")) == "үкім"


def test_loanwords_and_derivation() -> None:
    assert kazakh_stem("апелляциялық") == kazakh_stem("апелляция") == "апелляция"
    assert kazakh_stem("кассациялық") == "кассация"
    assert kazakh_stem("актілері") == kazakh_stem("акт") == "акт"
    assert kazakh_stem("құқығы") == kazakh_stem("құқық") == "құқық"


def test_words_without_cyrillic_are_left_alone() -> None:
    assert kazakh_stem("484") == "484"
    assert kazakh_stem("nth") == "nth"


def test_stems_keep_a_vowel_and_two_letters_on_real_text() -> None:
    for word in seed_vocabulary():
        stem = kazakh_stem(word)
        assert stem, word
        assert word.startswith(stem[:-1]), (word, stem)  # only the last letter may change (б → п)
        if len(word) >= 2 and any(ch in "аәеиоөұүыіэюяу" for ch in word):
            assert len(stem) >= 2 and any(ch in "аәеиоөұүыіэюяу" for ch in stem), (word, stem)


def test_lexicon_settles_bare_words_that_look_inflected() -> None:
    lexicon = KazakhLexicon(seed_vocabulary() | {"тұлға", "тұлғаның", "тұлғаға", "мән", "мәні", "мәнін"})
    assert lexicon.stems("тұлға") == lexicon.stems("тұлғаның") == ("тұлға",)
    assert lexicon.stems("мәні") == lexicon.stems("мән") == ("мән",)
    for stem, family in FAMILIES.items():
        if stem in ("қара", "енгіз"):
            continue
        assert {lexicon.stems(word)[0] for word in family} == {stem}, stem
    assert set(lexicon.stems("шағымдарды")) == {"шағым"}


def test_lexicon_unknown_word_gets_its_readings() -> None:
    lexicon = KazakhLexicon([])
    assert "шағым" in lexicon.stems("шағымдарды")
    assert lexicon.stems("484") == ("484",)


def test_stemmer_conflates_the_seed_vocabulary() -> None:
    words = {word for word in seed_vocabulary() if not word[0].isdigit()}
    stems = {kazakh_stem(word) for word in words}
    changed = sum(1 for word in words if kazakh_stem(word) != word)
    assert len(words) > 1000
    assert changed / len(words) > 0.6  # most running Kazakh words carry a suffix (0.81 measured)
    assert len(stems) / len(words) < 0.6  # 1401 forms → 657 stems measured
    lexicon = KazakhLexicon(words)
    families: dict[str, set[str]] = defaultdict(set)
    for word in words:
        for stem in lexicon.stems(word):
            families[stem].add(word)
    assert len(families["шағым"]) >= 12 and len(families["бап"]) >= 12


def test_inventory_data_has_harmony_variants() -> None:
    raw = resources.files("kzreview.search").joinpath("data/kk_suffixes.yaml").read_text("utf-8")
    inventory = yaml.safe_load(raw)
    forms = {
        form
        for slot in inventory["slots"]
        for variants in slot["groups"].values()
        for variant in variants
        for form in variant["forms"]
    }
    for wanted in ["лар лер дар дер тар тер", "ның нің дың дің тың тің", "ға ге қа ке", "да де та те"]:
        assert set(wanted.split()) <= forms, wanted
    for wanted in ["дан ден тан тен нан нен", "ды ді ты ті ны ні", "мен бен пен", "ы і сы сі"]:
        assert set(wanted.split()) <= forms, wanted
    assert {"лық", "лік", "дық", "дік", "тық", "тік", "ған", "ген", "қан", "кен"} <= forms
    assert {"ына", "іне", "ында", "інде"} <= forms  # case after a 3rd-person possessive
    for slot in inventory["slots"]:
        for variants in slot["groups"].values():
            for variant in variants:
                assert set(variant["after"]) <= set(inventory["classes"]), variant


def test_custom_inventory_is_data() -> None:
    inventory = {
        "classes": {"V": "аеыі", "C": "бвгдзклмнпрстш"},
        "slots": [{"name": "plural", "groups": {"pl": [{"forms": ["лар"], "after": "VC"}]}}],
        "keep": ["қалар"],
    }
    stemmer = KazakhStemmer(inventory)
    assert stemmer.stem("адамлар") == "адам"
    assert stemmer.stem("қалар") == "қалар"


@pytest.mark.sharedlaw
def test_upk_kazakh_text_families() -> None:
    if not SHARED_KAZ.is_dir():
        pytest.skip("../shared/law is not here")
    words = {w for path in sorted(SHARED_KAZ.glob("*.md")) for w in token_strings(path.read_text("utf-8"))}
    lexicon = KazakhLexicon(words)
    for word in ["бабының", "бабында", "баптың", "бабы"]:
        if word in words:
            assert lexicon.stems(word) == ("бап",), word
    assert "кассация" in lexicon.stems("кассациялық")
    assert "іс" in lexicon.stems("істі")

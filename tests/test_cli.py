"""The outside contract of ``kzreview law`` (CONTRACT.md §2): fields, exit codes, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzreview.cli.app import app

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> object:
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_show_paragraph_json_has_the_contract_fields() -> None:
    data = run_json("law", "show", "P250000001S", "--para", "1")
    assert isinstance(data, dict)
    assert {"doc", "lang", "para", "title", "text", "abzacs", "citations", "amendments"} <= set(data)
    assert data["doc"] == "P250000001S" and data["para"] == "1" and data["lang"] == "ru"
    assert data["text"] == "\n".join(data["abzacs"])
    assert {"act": "УПК", "article": "486", "part": 1, "item": None, "chapter": None} in [
        {k: c[k] for k in ("act", "article", "part", "item", "chapter")} for c in data["citations"]
    ]


def test_show_whole_2025_text_reads_clean() -> None:
    code, out, _ = run("law", "show", "P250000001S")
    assert code == 0
    assert "Признать утратившим силу нормативное постановление Верховного Суда" in out
    for line in out.splitlines():
        assert "  " not in line.strip(), line


def test_show_amendments_are_parsed() -> None:
    data = run_json("law", "show", "P03000013S_", "--para", "34")
    assert isinstance(data, dict)
    kinds = {(a["date"], a["kind"]) for a in data["amendments"]}
    assert ("2022-03-10", "new wording") in kinds


def test_show_kazakh_paragraph() -> None:
    data = run_json("law", "show", "P03000013S_", "--para", "1", "--lang", "kk")
    assert isinstance(data, dict)
    assert data["lang"] == "kk" and "ҚПК" in data["text"]
    assert any(c["act"] == "УПК" and c["article"] == "414" for c in data["citations"])


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("law", "show", "P999"), "P999"),
        (("law", "show", "P250000001S", "--para", "99"), "99"),
        (("law", "show", "P250000001S", "--lang", "en"), "en"),
        (("law", "show", "P250000001S", "--lang", "kk"), "kk"),
        (("law", "show", "P250000001S", "--as-of", "01.07.2025"), "--as-of"),
        (("law", "search", "   "), "q"),
        (("law", "export", "P250000001S", "--format", "pdf"), "--format"),
    ],
)
def test_bad_input_exits_2_with_a_message(args: tuple[str, ...], needle: str) -> None:
    code, out, err = run(*args)
    assert code == 2, (out, err)
    assert needle in err
    assert "Traceback" not in out + err


def test_cite_contract_shape() -> None:
    data = run_json("law", "cite", "согласно ч.1 ст.486 УПК РК и статьями 476, 477 УПК")
    assert isinstance(data, list) and len(data) == 2
    first = data[0]
    assert set(first) == {"text", "start", "end", "refs"}
    shorts = [(r["act"], r["article"], r["part"]) for m in data for r in m["refs"]]
    assert shorts == [("УПК", "486", 1), ("УПК", "476", None), ("УПК", "477", None)]


def test_cite_reads_stdin() -> None:
    code, out, _ = run("law", "cite", "-", "--json", input="статьи 485 УПК")
    assert code == 0 and json.loads(out)[0]["refs"][0]["article"] == "485"


def test_search_word_forms() -> None:
    hits = run_json("law", "search", "жалобой", "--limit", "5")
    assert isinstance(hits, list) and len(hits) == 5
    assert {"doc", "para", "lang", "score", "snippet"} <= set(hits[0])
    assert hits == sorted(hits, key=lambda h: -h["score"])


def test_export_akn_is_xml_with_refs(tmp_path: Path) -> None:
    out = tmp_path / "p.xml"
    code, _, err = run("law", "export", "P250000001S", "--format", "akn", "-o", str(out))
    assert code == 0, err
    import xml.etree.ElementTree as ET

    root = ET.parse(out).getroot()
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert len(root.findall(".//a:paragraph", ns)) == 18
    hrefs = [r.get("href") for r in root.findall(".//a:ref", ns)]
    assert "/akn/kz/act/code/2014-07-04/231-V/!main#art_486__para_1" in hrefs


def test_import_malformed_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("just some words\n", encoding="utf-8")
    code, _, err = run("law", "import", str(bad))
    assert code == 2 and "bad.md" in err
    code, _, err = run("law", "import", str(tmp_path / "missing"))
    assert code == 2 and "missing" in err


@pytest.mark.sharedlaw
def test_import_then_show_code(shared_law: Path) -> None:
    code, _out, err = run("law", "import", str(shared_law))
    assert code == 0, err
    data = run_json("law", "show", "УПК", "--article", "489", "--part", "1")
    assert isinstance(data, dict)
    assert data["article"] == "489" and data["part"] == 1
    assert "1)" in data["text"]
    kk = run_json("law", "show", "УПК", "--article", "489", "--part", "1", "--lang", "kk")
    assert isinstance(kk, dict) and kk["lang"] == "kk"
    code, _, err = run("law", "show", "УПК", "--article", "489", "--part", "9")
    assert code == 2 and "9" in err


@pytest.mark.sharedlaw
def test_as_of_answers_which_resolution(shared_law: Path) -> None:
    assert run("law", "import", str(shared_law))[0] == 0
    old = run_json("law", "show", "cassation", "--as-of", "2024-05-01", "--para", "1")
    assert isinstance(old, dict) and old["doc"] == "P220000002S"
    assert old["as_of"]["in_force"] is True
    new = run_json("law", "show", "P220000002S", "--as-of", "2025-07-01", "--para", "1")
    assert isinstance(new, dict)
    assert new["as_of"] == {"date": "2025-07-01", "in_force": False, "in_force_then": ["P250000001S"]}

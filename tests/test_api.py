"""The HTTP API (CONTRACT.md §2, §6) through FastAPI's test client."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kzreview.api.app import create_app
from kzreview.library import Library
from kzreview.library.importer import import_path


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(Library.open()))


def test_health_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/v1/law/{doc}", "/api/v1/law/{doc}/{para}", "/api/v1/law/search", "/api/v1/cite"):
        assert p in paths


def test_document_and_paragraph(client: TestClient) -> None:
    doc = client.get("/api/v1/law/P03000013S_", params={"lang": "kk"}).json()
    assert doc["lang"] == "kk" and len(doc["paragraphs"]) >= 36
    para = client.get("/api/v1/law/P250000001S/9").json()
    assert para["para"] == "9"
    assert any(c["article"] == "489" and c["part"] == 3 for c in para["citations"])


def test_errors_are_json_with_status(client: TestClient) -> None:
    r = client.get("/api/v1/law/NOPE")
    assert r.status_code == 404 and "NOPE" in r.json()["detail"]
    r = client.get("/api/v1/law/P250000001S/77")
    assert r.status_code == 404 and "77" in r.json()["detail"]
    r = client.get("/api/v1/law/P250000001S", params={"lang": "de"})
    assert r.status_code == 422


def test_search_and_cite(client: TestClient) -> None:
    hits = client.get("/api/v1/law/search", params={"q": "жалобы", "limit": 3}).json()
    assert len(hits) == 3 and hits[0]["score"] >= hits[-1]["score"]
    got = client.get("/api/v1/cite", params={"text": "ч.1 ст.486 УПК РК"}).json()
    assert got[0]["refs"][0] == {
        "act": "УПК",
        "article": "486",
        "part": 1,
        "item": None,
        "chapter": None,
        "doc": None,
        "para": None,
    }
    posted = client.post("/api/v1/cite", json={"text": "ҚПК-нің 414-бабының бірінші бөлігі", "lang": "kk"})
    assert posted.json()[0]["refs"][0]["article"] == "414"


@pytest.mark.sharedlaw
def test_code_article_after_import(shared_law: Path, client: TestClient) -> None:
    lib: Library = client.app.state.library  # type: ignore[attr-defined]
    assert lib.store is not None
    import_path(shared_law, lib.store)
    lib.refresh()
    art = client.get("/api/v1/law/УПК/articles/489", params={"part": "1", "item": "1"}).json()
    assert art["article"] == "489" and art["item"] == "1"
    page = client.get("/code/УПК/489")
    assert page.status_code == 200 and "489" in page.text


def test_pages_render(client: TestClient) -> None:
    home = client.get("/")
    assert home.status_code == 200 and "P250000001S" in home.text
    page = client.get("/doc/P250000001S")
    assert page.status_code == 200 and 'id="p-9"' in page.text and 'class="cite' in page.text
    kk = client.get("/doc/P03000013S_", params={"lang": "kk"})
    assert "Ескерту" in kk.text
    found = client.get("/search", params={"q": "жалобой"})
    assert found.status_code == 200 and "P250000001S" in found.text
    missing = client.get("/doc/NOPE")
    assert missing.status_code == 404

"""Storage round trips on SQLite and PostgreSQL, and the Alembic migration."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from kzreview.corpus.model import Article, CodeText, Paragraph, Part, Resolution
from kzreview.errors import InvalidValue
from kzreview.store.db import normalise_url
from kzreview.store.repo import Store


def _code(version: date) -> CodeText:
    art = Article(
        num="489",
        title="Возвращение кассационной жалобы",
        chapter="52",
        parts=[Part(num="1", text="Кассационная жалоба возвращается ...")],
    )
    return CodeText(act="УПК", lang="ru", version_date=version, articles=[art])


def _res() -> Resolution:
    return Resolution(
        code="P220000002S",
        lang="ru",
        title="О применении ...",
        number="2",
        adopted_on=date(2022, 3, 10),
        requisites="...",
        valid_from=date(2022, 7, 1),
        valid_to=date(2025, 7, 1),
        paragraphs=[Paragraph(num="1", abzacs=["Разъяснить ..."])],
    )


def _roundtrip(store: Store) -> None:
    store.save_code(_code(date(2025, 9, 16)))
    store.save_code(_code(date(2025, 9, 16)))  # re-import replaces, does not duplicate
    store.save_code(_code(date(2024, 1, 1)))
    store.save_resolution(_res())
    texts = store.code_texts("УПК", "ru")
    assert [t.version_date for t in texts] == [date(2025, 9, 16), date(2024, 1, 1)]
    assert texts[0].article("489") is not None
    assert store.resolutions("P220000002S", "ru")[0].valid_to == date(2025, 7, 1)
    assert {(r.kind, r.code) for r in store.stored()} == {("code", "УПК"), ("resolution", "P220000002S")}


def test_sqlite_roundtrip(tmp_path: Path) -> None:
    _roundtrip(Store.open(f"sqlite:///{tmp_path / 'k.db'}"))


def test_migration_is_idempotent(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'k.db'}"
    Store.open(url)
    Store.open(url)
    insp = inspect(create_engine(url))
    assert set(insp.get_table_names()) == {"alembic_version", "law_texts"}


def test_plain_path_means_sqlite(tmp_path: Path) -> None:
    assert normalise_url(str(tmp_path / "x.db")).startswith("sqlite:///")


def test_bad_url_names_the_field() -> None:
    with pytest.raises(InvalidValue, match=r"--db.*mysql"):
        normalise_url("mysql://x@y/z")


@pytest.mark.postgres
def test_postgres_roundtrip(pg_url: str) -> None:
    """A real PostgreSQL server (CI starts it): the same round trip in a schema of its own."""
    schema = f"kzr_{uuid.uuid4().hex[:8]}"
    admin = create_engine(normalise_url(pg_url))
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as err:  # pragma: no cover - only when the server is down
        pytest.fail(f"PostgreSQL at {pg_url} is not reachable: {err}")
    try:
        store = Store.open(f"{pg_url}?options=-csearch_path%3D{schema}")
        _roundtrip(store)
        store.engine.dispose()
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

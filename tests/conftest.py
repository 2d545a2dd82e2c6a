"""Shared fixtures: an isolated database per test session, the path of ../shared/law."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_LAW = Path(os.environ.get("KZREVIEW_SHARED_LAW", ROOT.parent / "shared" / "law"))
PG_URL = os.environ.get("KZREVIEW_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True, scope="session")
def _isolated_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Nothing a test does may touch the user's own database."""
    db = tmp_path_factory.mktemp("db") / "kzreview.db"
    old = os.environ.get("KZREVIEW_DB")
    os.environ["KZREVIEW_DB"] = f"sqlite:///{db}"
    yield
    if old is None:
        os.environ.pop("KZREVIEW_DB", None)
    else:
        os.environ["KZREVIEW_DB"] = old


@pytest.fixture(scope="session")
def shared_law() -> Path:
    if not SHARED_LAW.is_dir():
        pytest.skip(f"{SHARED_LAW} is not there (reference texts of the codes)")
    return SHARED_LAW


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL server of the machine (``.ci/run`` starts it when it is down)."""
    return PG_URL

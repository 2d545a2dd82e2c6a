"""Where the stored texts live: an SQLAlchemy engine on SQLite (default) or PostgreSQL, migrated by Alembic."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from kzreview.errors import InvalidValue

ENV_VAR = "KZREVIEW_DB"


def default_url() -> str:
    """``$KZREVIEW_DB``, else an SQLite file in the user's data folder (``$XDG_DATA_HOME/kzreview``)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'kzreview' / 'kzreview.db'}"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` (psycopg 3 driver) and plain SQLite paths; reject anything else clearly."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InvalidValue("--db", url, "sqlite:///PATH or postgresql://USER@HOST:PORT/DB") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise InvalidValue("--db", url, "sqlite:///PATH or postgresql://USER@HOST:PORT/DB")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str | None = None) -> Engine:
    url = normalise_url(url or default_url())
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True)
    if parsed.get_backend_name() == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine

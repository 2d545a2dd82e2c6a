"""Save and load imported texts.  The body of each row is the pydantic document model as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, delete, select

from kzreview.corpus.model import CodeText, Lang, Resolution
from kzreview.store.db import make_engine
from kzreview.store.schema import law_texts


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("kzreview.store").joinpath("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass(frozen=True)
class StoredText:
    """What a row holds, without its body."""

    kind: str
    code: str
    lang: Lang
    version_date: date | None
    valid_from: date | None
    valid_to: date | None
    source: str | None


class Store:
    """Imported codes and resolutions in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        engine = make_engine(url)
        migrate(engine)
        return cls(engine)

    # -- writing -------------------------------------------------------------------------------------
    def save_code(self, text: CodeText) -> None:
        self._replace(
            "code", text.act, text.lang, text.version_date, None, None, text.source, text.model_dump_json()
        )

    def save_resolution(self, res: Resolution) -> None:
        self._replace(
            "resolution",
            res.code,
            res.lang,
            res.adopted_on,
            res.valid_from,
            res.valid_to,
            res.source,
            res.model_dump_json(),
        )

    def _replace(
        self,
        kind: str,
        code: str,
        lang: str,
        version: date | None,
        valid_from: date | None,
        valid_to: date | None,
        source: str | None,
        body: str,
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                delete(law_texts).where(
                    law_texts.c.kind == kind,
                    law_texts.c.code == code,
                    law_texts.c.lang == lang,
                    law_texts.c.version_date == version if version else law_texts.c.version_date.is_(None),
                )
            )
            conn.execute(
                law_texts.insert().values(
                    kind=kind,
                    code=code,
                    lang=lang,
                    version_date=version,
                    valid_from=valid_from,
                    valid_to=valid_to,
                    source=source,
                    body=body,
                    imported_at=datetime.now(UTC),
                )
            )

    # -- reading -------------------------------------------------------------------------------------
    def stored(self) -> list[StoredText]:
        cols = [
            law_texts.c[n]
            for n in ("kind", "code", "lang", "version_date", "valid_from", "valid_to", "source")
        ]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).order_by(law_texts.c.kind, law_texts.c.code, law_texts.c.lang))
            return [StoredText(*row) for row in rows]

    def code_texts(self, act: str, lang: str) -> list[CodeText]:
        """Every stored wording of a code in a language, newest first."""
        return [CodeText.model_validate_json(b) for b in self._bodies("code", act, lang)]

    def resolutions(self, code: str, lang: str) -> list[Resolution]:
        return [Resolution.model_validate_json(b) for b in self._bodies("resolution", code, lang)]

    def _bodies(self, kind: str, code: str, lang: str) -> list[str]:
        q = (
            select(law_texts.c.body)
            .where(law_texts.c.kind == kind, law_texts.c.code == code, law_texts.c.lang == lang)
            .order_by(law_texts.c.version_date.desc())
        )
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(q)]

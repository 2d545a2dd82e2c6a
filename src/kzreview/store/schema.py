"""The tables.  Changing them needs a new Alembic revision in ``migrations/versions``."""

from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()

#: One row per imported text: a code (УПК, УК) or a resolution, in one language and one wording.
law_texts = Table(
    "law_texts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # "code" | "resolution"
    Column("code", String(32), nullable=False),  # "УПК", "УК", "P220000002S"
    Column("lang", String(2), nullable=False),
    Column("version_date", Date, nullable=True),
    Column("valid_from", Date, nullable=True),
    Column("valid_to", Date, nullable=True),
    Column("source", Text, nullable=True),
    Column("body", Text, nullable=False),  # the document model as JSON
    Column("imported_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("kind", "code", "lang", "version_date", name="uq_law_texts_version"),
)

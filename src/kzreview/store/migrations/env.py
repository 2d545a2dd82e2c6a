"""Alembic environment: run with the connection that :func:`kzreview.store.repo.migrate` passes in."""

from __future__ import annotations

from alembic import context

from kzreview.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when run through the alembic command line
    from kzreview.store.db import make_engine

    with make_engine().begin() as conn:
        context.configure(connection=conn, target_metadata=metadata)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()

"""Alembic environment. The app runs migrations programmatically (deskapp.db.migrate) and passes its
own connection in `config.attributes["connection"]`; the `alembic` command line works too."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from deskapp.db import models  # noqa: F401  (registers every table on the metadata)
from deskapp.db.base import Base
from deskapp.db.engine import make_engine
from deskapp.db.schema_filters import include_object

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:  # the `alembic` command line without -x or an ini naming the database
        raise RuntimeError("Set sqlalchemy.url to the database to migrate (or use `deskapp db upgrade`).")
    engine = make_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("deskapp migrations run online only")
run_migrations_online()

"""The database layer: models, engine and sessions, migrations. Imports nothing else of deskapp."""

from deskapp.db.engine import Database, database_url, make_engine

__all__ = ["Database", "database_url", "make_engine"]

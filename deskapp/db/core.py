"""Typed doors to SQLAlchemy Core and the driver below it, for the few places that go past the ORM.

SQLAlchemy types `Model.__table__` as the general `FromClause` (a mapping may sit on a join or a
subquery), `Session.execute` as a plain `Result` (the row count is on `CursorResult`), and a pooled
connection's driver connection as optional. Each helper states once what is true in this app, and checks
it, instead of a cast at every bulk insert, bulk update or driver call.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Result, Table
from sqlalchemy.pool import PoolProxiedConnection

from deskapp.db.base import Base


def table_of(model: type[Base]) -> Table:
    """The one table `model` is mapped to (every model of this app maps exactly one)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is mapped to {type(table).__name__}, not to one table")
    return table


def rows_matched(result: Result[*tuple[Any, ...]]) -> int:
    """How many rows an UPDATE or DELETE statement matched."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"{type(result).__name__} is not the result of an UPDATE or DELETE")
    return result.rowcount


def driver_connection(pooled: PoolProxiedConnection) -> Any:
    """The driver's own connection (sqlite3's or psycopg's) under a pooled one, for its bulk APIs
    (executemany, COPY) and for statements that must run outside a transaction."""
    driver = pooled.driver_connection
    if driver is None:  # only after the pool invalidated it, never on a connection in use
        raise RuntimeError("The database connection was closed.")
    return driver

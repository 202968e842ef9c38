"""Small read statements that guide search runs a dozen times per keystroke, without SQLAlchemy's per-call
statement handling (which on SQLite costs several times what the statement does).

On SQLite the statement goes to the DB-API cursor of the session's own connection, so it reads inside the
same transaction; sqlite3 takes the `:name` parameters text() uses. Elsewhere it goes through text().
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


def rows(session: Session, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """The rows of one read statement with `:name` parameters."""
    if session.get_bind().dialect.name != "sqlite":
        return [tuple(row) for row in session.execute(text(sql), dict(params or {}))]
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, dict(params or {}))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def in_list(name: str, values: Iterable[Any]) -> tuple[str, dict[str, Any]]:
    """`(:name0, :name1, …)` and its parameters, for an IN over a few values."""
    params = {f"{name}{i}": value for i, value in enumerate(values)}
    return "(" + ", ".join(f":{key}" for key in params) + ")", params


def id_list(ids: Iterable[int]) -> str:
    """`(1, 2, 3)` for an IN over ids that came from the database (integers: nothing to escape)."""
    return "(" + ", ".join(str(int(i)) for i in ids) + ")"

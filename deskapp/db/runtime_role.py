"""The desks' PostgreSQL role: everything the app does at the desk, nothing that could rewrite history.

The owner role (which ran the migrations) keeps the schema; the runtime role gets CONNECT, USAGE and the
table privileges the app uses. It is not the owner, so it cannot ALTER a table, DISABLE TRIGGER or drop
anything; on the audit trail it may only INSERT and SELECT, and the schema revision it may only read.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from deskapp.db.engine import Database

_READ_ONLY_TABLES = ("alembic_version",)
_APPEND_ONLY_TABLES = ("audit_events",)


class RuntimeRoleError(ValueError):
    """The role cannot be set up (it does not exist, or this is not PostgreSQL); the message says why."""


def _quoted(conn: Connection, name: str) -> str:
    return conn.execute(text("SELECT quote_ident(:name)"), {"name": name}).scalar_one()


def grant_runtime(db: Database, role: str) -> list[str]:
    """Grant `role` the desk privileges on the current database (run as the owner); returns the statements."""
    if db.engine.dialect.name != "postgresql":
        raise RuntimeRoleError("grant-runtime is for a PostgreSQL database; an SQLite file has no roles.")
    with db.engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
            raise RuntimeRoleError(
                f"There is no PostgreSQL role {role!r}. Create it first, as the administrator: "
                f"CREATE ROLE {role} LOGIN PASSWORD '…'; then run this again. Nothing was changed.")
        who = _quoted(conn, role)
        database = _quoted(conn, conn.execute(text("SELECT current_database()")).scalar_one())
        statements = [
            f"GRANT CONNECT ON DATABASE {database} TO {who}",
            f"GRANT USAGE ON SCHEMA public TO {who}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {who}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}",
            *(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {t} FROM {who}" for t in _READ_ONLY_TABLES),
            *(f"REVOKE UPDATE, DELETE, TRUNCATE ON {t} FROM {who}" for t in _APPEND_ONLY_TABLES),
        ]
        for statement in statements:
            conn.exec_driver_sql(statement)
    return statements

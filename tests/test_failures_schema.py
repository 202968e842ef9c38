"""A database whose schema is not what the code expects is not reported as "cannot be reached"."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, text

from deskapp.db import Database
from deskapp.platform.failures import FailureKind, kind_of


@pytest.mark.parametrize("statement", ["SELECT * FROM no_such_table",
                                       "SELECT no_such_column FROM staff",
                                       "INSERT INTO desks (no_such_column) VALUES (1)"])
def test_a_missing_table_or_column_on_sqlite_is_an_unexpected_failure_not_an_unreachable_server(
        db: Database, statement: str) -> None:
    with pytest.raises(exc.DBAPIError) as raised, db.write() as session:
        session.execute(text(statement))
    assert kind_of(raised.value) is FailureKind.UNEXPECTED

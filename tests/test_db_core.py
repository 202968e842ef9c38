"""The typed doors to SQLAlchemy Core: each model's one table, the rows an UPDATE matched, the driver's connection."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import Table, select, update

from deskapp.db.base import Base
from deskapp.db.core import driver_connection, rows_matched, table_of
from deskapp.db.models import AppSetting, Category


def test_every_model_maps_exactly_one_table_and_table_of_returns_it():
    for mapper in Base.registry.mappers:
        table = table_of(mapper.class_)
        assert isinstance(table, Table)
        assert table.name == mapper.class_.__tablename__


def test_rows_matched_counts_the_rows_an_update_changed(any_db):
    with any_db.write() as session:
        active = session.scalar(select(Category.id).where(Category.active).limit(2).order_by(Category.id))
        changed = rows_matched(session.execute(update(Category).where(Category.id == active).values(description="x")))
        none = rows_matched(session.execute(update(Category).where(Category.id == -1).values(description="x")))
    assert (changed, none) == (1, 0)


def test_rows_matched_refuses_a_result_that_has_no_row_count(db):
    with db.read() as session:
        result = session.execute(select(AppSetting.key)).freeze()
        with pytest.raises(TypeError, match="not the result of an UPDATE or DELETE"):
            rows_matched(result)


def test_driver_connection_is_the_drivers_own(db):
    with db.write() as session:
        pooled = session.connection().connection
        assert isinstance(driver_connection(pooled), sqlite3.Connection)

from sqlalchemy import func, select

from deskapp.db.models import Category


def test_seeded_categories_are_there_on_both_databases(any_db):
    with any_db.read() as session:
        count = session.scalar(select(func.count()).select_from(Category))
    assert count >= 25

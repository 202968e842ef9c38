"""The schema is built by real Alembic migrations, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import bindparam, func, select, text

from deskapp.db import Database
from deskapp.db.base import Base, UTCDateTime
from deskapp.db.migrate import (
    HEAD_REVISION,
    NotADeskappDatabaseError,
    UnknownRevisionError,
    downgrade,
    revision_of,
    script_head,
    upgrade,
)
from deskapp.db.models import Category, Enquiry
from deskapp.db.schema_filters import include_object
from deskapp.startup.seed import seed
from tests.pg_server import PostgresServer

FIRST_REVISION = "0001"


def schema_differences(db: Database) -> list:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        return compare_metadata(context, Base.metadata)


@pytest.fixture(params=["sqlite", "postgres"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "sqlite":
        database = Database(tmp_path / "empty.sqlite3")
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        database = Database(server.url(server.create_database()))
    yield database
    database.dispose()


def test_the_migrations_have_a_single_head_which_the_code_knows():
    assert script_head() == HEAD_REVISION


def test_models_match_the_migrated_schema(empty_db):
    upgrade(empty_db)
    assert schema_differences(empty_db) == []


def test_downgrade_to_nothing_and_upgrade_again_round_trips(empty_db):
    upgrade(empty_db)
    downgrade(empty_db, "base")
    assert revision_of(empty_db) is None
    upgrade(empty_db)
    assert revision_of(empty_db) == HEAD_REVISION
    assert schema_differences(empty_db) == []


def _old_history(session, *, merged: bool = False, referred: bool = False) -> None:
    """Rows written in plain SQL, so they fit the old schema whatever today's models add: a desk, a person,
    a category, an outcome and one enquiry that recorded two skills (with `merged`: one merged into the other;
    with `referred`: the enquiry was referred to a referral target)."""
    def add(table: str, **values) -> int:
        columns = ", ".join(values)
        times = [bindparam(c, type_=UTCDateTime()) for c, v in values.items() if isinstance(v, datetime)]
        session.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in values)})")
                        .bindparams(*times), values)
        return session.execute(text(f"SELECT MAX(id) FROM {table}")).scalar_one()

    ref = {"description": "", "sort_order": 1, "active": True, "customised": False}
    staff = add("staff", name="Ada Byrne", initials="AB", role="leader", active=True,
                created_at=datetime(2026, 1, 1, tzinfo=UTC), updated_at=datetime(2026, 1, 1, tzinfo=UTC),
                failed_attempts=0)
    desk = add("desks", name="Ground floor desk", active=True, created_at=datetime(2026, 1, 1, tzinfo=UTC))
    category = add("categories", key="it-wifi", label="Wi-Fi", domain="it", aliases="", pickable=True, **ref)
    channel = add("channels", key="in-person", label="In person", **ref)
    outcome = add("outcomes", key="resolved", label="Resolved", kind="resolved", needs_target=False, **ref)
    target_id = None
    if referred:
        outcome = add("outcomes", key="referred", label="Referred", kind="referred", needs_target=True, **ref)
        target_id = add("referral_targets", key="ill-team", label="Interlibrary loans team", **ref)
    group = add("skill_groups", key="it", label="IT", **ref)
    target = add("skills", key="print-laptop", label="Print from a personal laptop", group_id=group,
                 required_level=2, **ref)
    source = add("skills", key="print-phone", label="Print from a phone", group_id=group, required_level=2, **ref)
    if merged:
        session.execute(text("UPDATE skills SET merged_into_id = :t, active = false WHERE id = :s"),
                        {"t": target, "s": source})
    enquiry = add("enquiries", asked_at=datetime(2026, 3, 2, 10, 30, tzinfo=UTC),
                  entered_at=datetime(2026, 3, 2, 10, 31, tzinfo=UTC), asked_local_date=date(2026, 3, 2),
                  asked_hour_of_week=10, staff_id=staff, desk_id=desk, category_id=category, channel_id=channel,
                  outcome_id=outcome, referral_target_id=target_id, notes="Showed the renewal page")
    for skill in (target, source):
        session.execute(text("INSERT INTO enquiry_skills (enquiry_id, skill_id) VALUES (:e, :s)"),
                        {"e": enquiry, "s": skill})


def test_upgrading_from_the_first_revision_keeps_the_rows_already_there(empty_db):
    upgrade(empty_db, FIRST_REVISION)
    with empty_db.write() as session:
        _old_history(session)
    upgrade(empty_db)
    assert revision_of(empty_db) == HEAD_REVISION
    with empty_db.write() as session:
        seed(session)
    with empty_db.read() as session:
        enquiry = session.scalars(select(Enquiry)).one()
        counted = session.execute(text("SELECT COUNT(*), SUM(n) FROM rollup_skill_counts WHERE grain = 'd'")).one()
    assert enquiry.notes == "Showed the renewal page"
    assert enquiry.asked_at == datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    assert tuple(counted) == (4, 4)  # two skills, each under the desk and under "all desks"


def test_upgrading_counts_an_enquiry_with_a_merged_skill_and_its_target_once(empty_db):
    """Before 0005 a merge was followed at query time, adding both skills' rows: the upgrade re-counts."""
    upgrade(empty_db, "0004")
    with empty_db.write() as session:
        _old_history(session, merged=True)
        session.execute(text("INSERT INTO rollup_skill_counts (grain, desk_id, period_start, skill_id, n, referred, "
                             "escalated, follow_up, low_n, low_referred, low_escalated) "
                             "VALUES ('d', 0, '2026-03-02', 1, 2, 0, 0, 0, 0, 0, 0)"))
    upgrade(empty_db)
    with empty_db.read() as session:
        rows = session.execute(text("SELECT s.key, r.desk_id, r.n, r.expected FROM rollup_skill_counts r "
                                    "JOIN skills s ON s.id = r.skill_id WHERE r.grain = 'm' ORDER BY r.desk_id"))
        assert [tuple(r) for r in rows] == [("print-laptop", 0, 1, 0), ("print-laptop", 1, 1, 0)]
        assert session.execute(text("SELECT expected FROM referral_targets")).all() == []


def test_upgrading_from_0004_keeps_a_referred_enquiry_and_its_referral_target(empty_db):
    """0005 adds a column to referral_targets, which enquiries point at: on SQLite (foreign keys on) a table
    rebuild there would refuse the upgrade, so the column must be added in place."""
    upgrade(empty_db, "0004")
    with empty_db.write() as session:
        _old_history(session, referred=True)
    upgrade(empty_db)
    assert revision_of(empty_db) == HEAD_REVISION
    with empty_db.read() as session:
        row = session.execute(text("SELECT o.kind, rt.key, rt.expected FROM enquiries e JOIN outcomes o ON "
                                   "o.id = e.outcome_id JOIN referral_targets rt ON rt.id = e.referral_target_id"))
        assert [tuple(r) for r in row] == [("referred", "ill-team", False)]


def test_a_database_from_a_newer_deskapp_is_refused_and_left_unchanged(db: Database, db_path: Path):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(UnknownRevisionError, match="newer deskapp"):
        upgrade(Database(db_path))
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*before-upgrade*"))


def test_an_sqlite_file_is_backed_up_before_it_is_upgraded(tmp_path: Path):
    path = tmp_path / "desk.sqlite3"
    database = Database(path)
    upgrade(database, FIRST_REVISION)
    result = upgrade(database)
    assert result.before == FIRST_REVISION
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST_REVISION,)


def test_a_new_database_needs_no_backup(tmp_path: Path):
    result = upgrade(Database(tmp_path / "new.sqlite3"))
    assert result.before is None
    assert result.backup is None


def test_start_up_at_head_does_not_load_alembic(db_path: Path):
    """The everyday start must not pay for Alembic's script directory."""
    code = (
        "import sys; from deskapp.startup.database import open_database; "
        f"open_database({str(db_path)!r}); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_seeded_rows_survive_a_downgrade_that_keeps_their_tables(db: Database):
    downgrade(db, FIRST_REVISION)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Category)) > 0
    upgrade(db)


def test_a_file_with_tables_but_no_revision_is_refused_not_migrated_over(tmp_path: Path):
    path = tmp_path / "someone-elses.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE loans (id INTEGER PRIMARY KEY, title TEXT)")
    with pytest.raises(NotADeskappDatabaseError, match="not a deskapp database"):
        upgrade(Database(path))
    with sqlite3.connect(path) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["loans"]


def test_upgrading_to_0006_keeps_enquiries_and_their_skills_and_never_reuses_an_id(empty_db):
    """0006 rebuilds the SQLite enquiries table with AUTOINCREMENT; its skills must not cascade away."""
    upgrade(empty_db, "0005")
    with empty_db.write() as session:
        _old_history(session)
        # An enquiry numbered 7 was logged and deleted before the upgrade: the audit trail remembers it.
        session.execute(text("INSERT INTO audit_events (at, actor, action, entity, entity_id) "
                             "VALUES ('2026-03-02 11:00:00.000000', 'cli:test', 'delete', 'enquiry', '7')"))
        before = [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))]
    upgrade(empty_db, "0006")  # this revision alone: later ones may add columns
    with empty_db.write() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))] == before
        assert session.execute(text("SELECT COUNT(*) FROM enquiry_skills")).scalar_one() == 2
        row = session.execute(text("SELECT * FROM enquiries")).mappings().one()
        fresh = {**row, "notes": "next"}
        del fresh["id"]
        columns = ", ".join(fresh)
        session.execute(text(f"DELETE FROM enquiries WHERE id = {row['id']}"))
        new_id = session.execute(text(f"INSERT INTO enquiries ({columns}) VALUES "
                                      f"({', '.join(':' + c for c in fresh)}) RETURNING id"), fresh).scalar_one()
    if empty_db.sqlite_path is not None:
        assert new_id == 8  # above both the deleted newest row (1) and the audited 7
    else:
        assert new_id > row["id"]


def test_after_0006_the_enquiry_rules_still_hold_on_sqlite(tmp_path: Path):
    database = Database(tmp_path / "rules.sqlite3")
    upgrade(database, "0005")
    upgrade(database)
    with database.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE tbl_name = 'enquiries'"))}
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'enquiries'")).scalar_one()
    database.dispose()
    assert {"ix_enquiries_asked_at", "ix_enquiries_staff_id_asked_at", "ix_enquiries_desk_id_asked_at",
            "ix_enquiries_category_id_asked_at", "ix_enquiries_asked_local_date_desk_id"} <= names
    assert "AUTOINCREMENT" in sql and "ck_enquiries_read_level" in sql and "uq_enquiries_import_key" in sql
    # staff, desk, category, channel, patron type, READ level, duration, outcome, referral target, import batch
    assert sql.count("FOREIGN KEY") == 10


def test_upgrading_to_0007_keeps_the_guides_searchable_and_adds_the_search_words(empty_db):
    """0007 adds guides.language and, on SQLite, rebuilds the FTS5 tables with stem columns: the published
    guides already there must be found afterwards (a draft still not), and seeding brings the search words."""
    upgrade(empty_db, FIRST_REVISION)
    with empty_db.write() as session:
        for key, status in (("vpn-home", "published"), ("vpn-draft", "draft")):
            session.execute(text(
                "INSERT INTO guides (key, title, summary, body, tags, status, current_version, customised, "
                "created_at, updated_at) VALUES (:key, :title, 'Off campus access.', 'Open the zorblatic client.', "
                "'vpn', :status, 1, false, '2026-03-02 10:00:00.000000', '2026-03-02 10:00:00.000000')"),
                {"key": key, "title": f"Connect the VPN ({status})", "status": status})
    upgrade(empty_db, "0006")
    upgrade(empty_db, "0007")
    assert revision_of(empty_db) == "0007"
    from deskapp.guides.search import search_guides

    with empty_db.read() as session:
        assert [h.title for h in search_guides(session, "zorblatic")] == ["Connect the VPN (published)"]
        assert session.execute(text("SELECT DISTINCT language FROM guides")).scalars().all() == ["en"]
        assert session.execute(text("SELECT COUNT(*) FROM search_aliases")).scalar_one() == 0
    upgrade(empty_db)  # seeding writes with the models of today, so it needs the newest schema
    with empty_db.write() as session:
        seed(session)
    with empty_db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM search_aliases WHERE phrase = 'wifi'")).scalar_one() > 0


def test_upgrading_to_0008_keeps_the_rows_and_adds_level_descriptions_and_plans_that_keep_their_rules(empty_db):
    """0008 only adds two tables: the history already there is untouched, and the new tables refuse a level
    outside 0-4, a target outside 1-4 and an unknown status, on both databases."""
    upgrade(empty_db, "0006")
    with empty_db.write() as session:
        _old_history(session)
        before = [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))]
        skills_before = [tuple(r) for r in session.execute(text("SELECT * FROM skills ORDER BY id"))]
    upgrade(empty_db, "0008")
    now = datetime(2026, 3, 3, 9, tzinfo=UTC)
    with empty_db.write() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))] == before
        assert [tuple(r) for r in session.execute(text("SELECT * FROM skills ORDER BY id"))] == skills_before
        staff, skill = (session.execute(text(f"SELECT MIN(id) FROM {t}")).scalar_one() for t in ("staff", "skills"))
        session.execute(text("INSERT INTO skill_level_descriptions (skill_id, level, text, updated_at) "
                             "VALUES (:s, 3, 'Prints from any laptop alone', :at)")
                        .bindparams(bindparam("at", type_=UTCDateTime())), {"s": skill, "at": now})
        session.execute(text("INSERT INTO development_plan_items (staff_id, skill_id, target_level, started_on, "
                             "due_on, source, source_ref, note, status, created_at) VALUES (:p, :s, 3, :start, "
                             ":due, 'learning-request', '17', '', 'open', :at)")
                        .bindparams(bindparam("at", type_=UTCDateTime())),
                        {"p": staff, "s": skill, "start": date(2026, 3, 3), "due": date(2026, 6, 1), "at": now})
    bad = ["skill_level_descriptions (skill_id, level, text, updated_at) VALUES (:s, 5, 'x', :at)",
           "development_plan_items (staff_id, skill_id, target_level, started_on, due_on, source, source_ref, "
           "note, status, created_at) VALUES (:p, :s, 0, :d, :d, 'leader', '', '', 'open', :at)",
           "development_plan_items (staff_id, skill_id, target_level, started_on, due_on, source, source_ref, "
           "note, status, created_at) VALUES (:p, :s, 3, :d, :d, 'leader', '', '', 'maybe', :at)"]
    for insert in bad:
        with pytest.raises(Exception, match=r"(?i)check"), empty_db.write() as session:
            session.execute(text(f"INSERT INTO {insert}").bindparams(bindparam("at", type_=UTCDateTime())),
                            {"s": skill, "p": staff, "d": date(2026, 3, 3), "at": now})
    with empty_db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM development_plan_items")).scalar_one() == 1
    downgrade(empty_db, "0006")
    with empty_db.read() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))] == before


def test_upgrading_to_0010_keeps_every_category_skill_as_always_used_and_every_training_record(empty_db):
    """0010 adds category_skills.candidate in place (the links already there keep meaning "always used") and
    rebuilds training_records on SQLite to add enquiry_id: every record stays, linked to no enquiry."""
    upgrade(empty_db, "0006")
    with empty_db.write() as session:
        _old_history(session)
        category = session.execute(text("SELECT id FROM categories")).scalar_one()
        for skill in session.execute(text("SELECT id FROM skills")).scalars():
            session.execute(text("INSERT INTO category_skills (category_id, skill_id) VALUES (:c, :s)"),
                            {"c": category, "s": skill})
        staff = session.execute(text("SELECT id FROM staff")).scalar_one()
        session.execute(text("INSERT INTO training_records (staff_id, skill_id, kind, title, trained_on, notes, "
                             "created_at) VALUES (:p, :s, 'course', 'eduroam course', :d, '', :c)")
                        .bindparams(bindparam("c", type_=UTCDateTime())),
                        {"p": staff, "s": skill, "d": date(2026, 3, 1), "c": datetime(2026, 3, 1, tzinfo=UTC)})
    upgrade(empty_db)
    with empty_db.read() as session:
        training = session.execute(text("SELECT title, trained_on, enquiry_id FROM training_records")).one()
        assert (training[0], str(training[1]), training[2]) == ("eduroam course", "2026-03-01", None)
        links = session.execute(text("SELECT category_id, skill_id, candidate FROM category_skills "
                                     "ORDER BY skill_id")).all()
        assert session.execute(text("SELECT COUNT(*) FROM enquiry_skills")).scalar_one() == 2
    assert [(c, bool(flag)) for c, _s, flag in links] == [(category, False), (category, False)]
    downgrade(empty_db, "0006")
    with empty_db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM category_skills")).scalar_one() == 2


def test_upgrading_to_0009_keeps_every_enquiry_and_gives_imported_rows_an_empty_digest(empty_db):
    """0009 adds enquiries.import_digest in place: rows, skills and ids stay; old imports have no digest."""
    upgrade(empty_db, "0006")
    with empty_db.write() as session:
        _old_history(session)
        session.execute(text("UPDATE enquiries SET import_key = 'old-cell-hash'"))
        before = [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))]
    upgrade(empty_db, "0009")
    with empty_db.read() as session:
        after = session.execute(text("SELECT * FROM enquiries ORDER BY id")).mappings().all()
        assert [tuple(v for k, v in row.items() if k != "import_digest") for row in after] == before
        assert [row["import_digest"] for row in after] == [None] * len(before)
        assert [row["import_key"] for row in after] == ["old-cell-hash"] * len(before)
        assert session.execute(text("SELECT COUNT(*) FROM enquiry_skills")).scalar_one() == 2


def test_upgrading_to_0011_keeps_every_person_following_the_pc_language(empty_db):
    """0011 adds staff.language in place: every person and their sign-in stay, each with "" (the PC's)."""
    upgrade(empty_db, "0010")
    with empty_db.write() as session:
        _old_history(session)
        before = [tuple(r) for r in session.execute(text("SELECT * FROM staff ORDER BY id"))]
    upgrade(empty_db, "0011")
    with empty_db.write() as session:
        after = session.execute(text("SELECT * FROM staff ORDER BY id")).mappings().all()
        assert [tuple(v for k, v in row.items() if k != "language") for row in after] == before
        assert [row["language"] for row in after] == [""] * len(before)
        session.execute(text("UPDATE staff SET language = 'da'"))
    downgrade(empty_db, "0010")
    with empty_db.read() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM staff ORDER BY id"))] == before


def test_upgrading_to_0012_keeps_the_enquiries_and_adds_ratings_that_carry_no_person(empty_db):
    """0012 only adds two tables: the enquiries of 0011 stay as they were; a rating holds an enquiry and an
    answer and nothing else, refuses an unknown answer, and goes with its enquiry; a reflection is one per
    person and week."""
    upgrade(empty_db, "0011")
    with empty_db.write() as session:
        _old_history(session)
        before = [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))]
    upgrade(empty_db, "0012")
    with empty_db.write() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))] == before
        enquiry, staff = (session.execute(text(f"SELECT MIN(id) FROM {t}")).scalar_one()
                          for t in ("enquiries", "staff"))
        session.execute(text("INSERT INTO patron_ratings (enquiry_id, rating) VALUES (:e, 'good')"), {"e": enquiry})
        session.execute(text("INSERT INTO weekly_reflections (staff_id, week_start, text, updated_at) "
                             "VALUES (:p, :w, 'Ask sooner', :at)").bindparams(bindparam("at", type_=UTCDateTime())),
                        {"p": staff, "w": date(2026, 3, 2), "at": datetime(2026, 3, 6, tzinfo=UTC)})
    with empty_db.read() as session:
        columns = session.execute(text("SELECT * FROM patron_ratings")).mappings().one()
        assert set(columns) == {"id", "enquiry_id", "rating"}
    for insert in ("patron_ratings (enquiry_id, rating) VALUES (:e, 'great')",
                   "patron_ratings (enquiry_id, rating) VALUES (:e, 'poor')",  # a second rating of one enquiry
                   "weekly_reflections (staff_id, week_start, text, updated_at) VALUES (:p, :w, 'again', :at)"):
        with pytest.raises(Exception, match=r"(?i)check|unique|duplicate"), empty_db.write() as session:
            statement = text(f"INSERT INTO {insert}")
            if ":at" in insert:
                statement = statement.bindparams(bindparam("at", type_=UTCDateTime()))
            session.execute(statement, {"e": enquiry, "p": staff, "w": date(2026, 3, 2),
                                        "at": datetime(2026, 3, 6, tzinfo=UTC)})
    with empty_db.write() as session:
        session.execute(text("DELETE FROM enquiry_skills"))
        session.execute(text("DELETE FROM enquiries"))
    with empty_db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM patron_ratings")).scalar_one() == 0
    downgrade(empty_db, "0011")
    with empty_db.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM staff")).scalar_one() == 1


def test_upgrading_to_0013_keeps_every_enquiry_and_adds_tallies_that_keep_their_rules(empty_db):
    """0013 adds the tallies table only: the enquiries and their import batches stay as they were; a tally
    on an old desk and batch can be stored, a negative count or a period ending before it starts cannot."""
    upgrade(empty_db, "0012")
    with empty_db.write() as session:
        _old_history(session)
        session.execute(text("INSERT INTO import_batches (source, file_name, file_sha256, row_count, imported_at, "
                             "actor) VALUES ('libstats', 'dump.csv', :sha, 2, :at, 'cli')"),
                        {"sha": "0" * 64, "at": datetime(2024, 1, 1, tzinfo=UTC)})
        before = [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))]
        desk_id = session.execute(text("SELECT MIN(id) FROM desks")).scalar_one()
        batch_id = session.execute(text("SELECT MAX(id) FROM import_batches")).scalar_one()
    upgrade(empty_db, "0013")
    insert_tally = text("INSERT INTO tallies (period_start, period_end, hour, desk_id, count, label, source, "
                        "entered_at, entered_by, import_batch_id, import_key, import_digest) VALUES (:start, :end, "
                        "NULL, :desk, :count, 'Directional', 'tally-sheet', :at, 'cli', :batch, :key, 'd')")
    values = {"start": date(2024, 3, 1), "end": date(2024, 3, 31), "desk": desk_id, "count": 41,
              "at": datetime(2024, 4, 1, tzinfo=UTC), "batch": batch_id, "key": "tally-sheet||1"}
    with empty_db.write() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))] == before
        session.execute(insert_tally, values)
    for bad in ({"count": -1, "key": "k2"}, {"end": date(2024, 2, 1), "key": "k3"}, {"key": "tally-sheet||1"}):
        with pytest.raises(Exception, match=r"(?i)check|constraint|unique"), empty_db.write() as session:
            session.execute(insert_tally, {**values, **bad})
    with empty_db.read() as session:
        assert session.execute(text("SELECT count, label FROM tallies")).all() == [(41, "Directional")]
    downgrade(empty_db, "0012")
    with empty_db.read() as session:
        assert [tuple(r) for r in session.execute(text("SELECT * FROM enquiries ORDER BY id"))] == before

"""Report rollups, kept in step with the enquiry rows in the same transaction as each write.

Contract for every code path that writes enquiries (desk form, log edits and deletes, importers):
- after inserting enquiries (and their skill links) and flushing: `add_enquiries(session, ids)`;
- before deleting enquiries, or before editing them: `remove_enquiries(session, ids)`;
- an import batch, by id range: `add_imported` / `remove_imported` (cheaper than thousands of ids);
- after an edit has been flushed: `add_enquiries(session, ids)` again.
`rebuild(session)` recomputes everything from the raw rows (used after bulk loads and by tests).

The skills-and-reports work owns the tables behind these functions (deskapp/db/models/rollups.py).
Each change is one INSERT ... SELECT ... GROUP BY per table, both grains at once, with an upsert
(ON CONFLICT DO UPDATE adds the delta; SQLite 3.24+ and PostgreSQL both speak it), so a desk write costs
a handful of small statements and never a Python loop over enquiries. Taking enquiries out, the upsert
returns the rows it touched (RETURNING, SQLite 3.35+) and those that fell to zero are deleted by key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from deskapp.db.skill_identity import COUNTS_AS_SQL

SqlParams = dict[str, Any]  # the bound values of one statement

# Large id lists (imports) go in chunks, well under every driver's bound-parameter limit.
CHUNK = 2000


@dataclass(frozen=True)
class _Spec:
    table: str
    keys: tuple[str, ...]  # key columns after grain and period_start
    select_keys: tuple[str, ...]  # SQL expressions for those keys
    counts: tuple[str, ...]  # count columns
    select_counts: tuple[str, ...]  # SQL expressions (per raw row, summed)
    source: str  # FROM ... JOIN ... for one raw row per counted unit


_REFERRED = "CASE WHEN o.kind = 'referred' THEN 1 ELSE 0 END"
_ESCALATED = "CASE WHEN o.kind = 'escalated' THEN 1 ELSE 0 END"
_FOLLOW_UP = "CASE WHEN o.kind = 'follow-up' THEN 1 ELSE 0 END"
# A referral to a target a leader marked expected (the service itself, e.g. interlibrary loans to the ILL team).
_EXPECTED = "CASE WHEN o.kind = 'referred' AND rt.expected THEN 1 ELSE 0 END"
_LOW = "CASE WHEN e.read_level <= 2 THEN 1 ELSE 0 END"
_LOW_REFERRED = "CASE WHEN e.read_level <= 2 AND o.kind = 'referred' THEN 1 ELSE 0 END"
_LOW_ESCALATED = "CASE WHEN e.read_level <= 2 AND o.kind = 'escalated' THEN 1 ELSE 0 END"
_LOW_EXPECTED = "CASE WHEN e.read_level <= 2 AND o.kind = 'referred' AND rt.expected THEN 1 ELSE 0 END"
# The skill each enquiry counts as now (deskapp/db/skill_identity.py): a merged skill as the one it went into.
_SKILL = COUNTS_AS_SQL.format(alias="s")
_SKILL_SOURCE = ("enquiries e JOIN enquiry_skills es ON es.enquiry_id = e.id JOIN skills s ON s.id = es.skill_id "
                 "JOIN outcomes o ON o.id = e.outcome_id "
                 "LEFT JOIN referral_targets rt ON rt.id = e.referral_target_id")
# Once per enquiry and skill: an enquiry that recorded both a merged skill and the one it went into (or two
# skills merged into the same one) counts once, through its lowest logged skill id of that identity.
_ONCE = ("NOT EXISTS (SELECT 1 FROM enquiry_skills es2 JOIN skills s2 ON s2.id = es2.skill_id "
         "WHERE es2.enquiry_id = es.enquiry_id AND es2.skill_id < es.skill_id "
         f"AND {COUNTS_AS_SQL.format(alias='s2')} = {_SKILL})")

# rollup_enquiry_counts is long-format: one raw row per enquiry and dimension, built by a UNION ALL.
_DIMS = {
    "all": "0",
    "category": "e.category_id",
    "outcome": "e.outcome_id",
    "read": "COALESCE(e.read_level, 0)",
    "channel": "e.channel_id",
    "patron": "COALESCE(e.patron_type_id, 0)",
    "hour": "e.asked_hour_of_week",
}

SPECS = (
    _Spec("rollup_skill_counts", ("desk_id", "skill_id"), ("e.desk_id", _SKILL),
          ("n", "referred", "escalated", "follow_up", "low_n", "low_referred", "low_escalated", "expected",
           "low_expected"),
          ("1", _REFERRED, _ESCALATED, _FOLLOW_UP, _LOW, _LOW_REFERRED, _LOW_ESCALATED, _EXPECTED, _LOW_EXPECTED),
          _SKILL_SOURCE),
    _Spec("rollup_staff_skill_counts", ("desk_id", "staff_id", "skill_id"),
          ("e.desk_id", "e.staff_id", _SKILL),
          ("n", "referred", "escalated", "low_n", "low_referred", "low_escalated", "expected", "low_expected"),
          ("1", _REFERRED, _ESCALATED, _LOW, _LOW_REFERRED, _LOW_ESCALATED, _EXPECTED, _LOW_EXPECTED),
          _SKILL_SOURCE),
    _Spec("rollup_skill_hours", ("desk_id", "skill_id", "hour_of_week"),
          ("e.desk_id", _SKILL, "e.asked_hour_of_week"),
          ("n", "referred", "escalated", "expected"), ("1", _REFERRED, _ESCALATED, _EXPECTED), _SKILL_SOURCE),
)
ENQUIRY_TABLE = "rollup_enquiry_counts"
TABLES = (ENQUIRY_TABLE, *(spec.table for spec in SPECS))


def _month_start(session: Session, column: str) -> str:
    if session.get_bind().dialect.name == "sqlite":
        return f"date({column}, 'start of month')"
    return f"CAST(date_trunc('month', {column}) AS DATE)"


def _period(session: Session, grain: str) -> str:
    return "e.asked_local_date" if grain == "d" else _month_start(session, "e.asked_local_date")


def _upsert_sql(table: str, key_columns: Sequence[str], count_columns: Sequence[str], select_sql: str) -> str:
    columns = ["grain", "period_start", *key_columns, *count_columns]
    conflict = ", ".join(["grain", "period_start", *key_columns])
    updates = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in count_columns)
    return (f"INSERT INTO {table} ({', '.join(columns)}) {select_sql} "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {updates}")


# Every enquiry is counted twice: under its desk, and under desk_id 0 ("all desks"), so a report over every
# desk reads one desk's worth of rows however many desks there are.
ALL_DESKS = 0
_BOTH = "CROSS JOIN (SELECT 0 AS whole UNION ALL SELECT 1) AS w"
_DESK = f"CASE WHEN w.whole = 1 THEN {ALL_DESKS} ELSE e.desk_id END"


def _spec_select(session: Session, spec: _Spec, grain: str, where: str, sign: int, *, all_desks: bool = True) -> str:
    period = _period(session, grain)
    keys = ", ".join((_DESK if all_desks else spec.select_keys[0], *spec.select_keys[1:]))
    sums = ", ".join(f"{sign} * SUM({expr})" for expr in spec.select_counts)
    source = f"{spec.source} {_BOTH}" if all_desks else spec.source
    # A WHERE always precedes GROUP BY: SQLite needs one to parse an INSERT ... SELECT ... ON CONFLICT upsert.
    return (f"SELECT '{grain}', {period}, {keys}, {sums} FROM {source} WHERE {where} AND {_ONCE} "
            f"GROUP BY {period}, {keys}")


def _batches(enquiry_ids: Sequence[int]) -> list[tuple[str, SqlParams]]:
    """(WHERE clause, parameters) covering these ids: one id range when they are every id from the lowest to
    the highest (a bulk import's rows: one grouped pass instead of a statement per 2,000 ids), else IN lists."""
    ids = sorted(set(enquiry_ids))
    if ids and ids[-1] - ids[0] + 1 == len(ids):
        return [("e.id BETWEEN :low AND :high", {"low": ids[0], "high": ids[-1]})]
    return [("e.id IN :ids", {"ids": ids[start:start + CHUNK]}) for start in range(0, len(ids), CHUNK)]


def _statement(sql: str, params: SqlParams) -> TextClause:
    statement = text(sql)
    return statement.bindparams(bindparam("ids", expanding=True)) if "ids" in params else statement


def _apply(session: Session, enquiry_ids: Sequence[int], sign: int) -> None:
    for where, params in _batches(enquiry_ids):
        _apply_where(session, where, params, sign)


# Both grains in one statement: every raw row is counted into its day ('d') and its month ('m') row by a
# cross join, so a change is one upsert per table (four), not one per table and grain (eight).
_GRAINS = "CROSS JOIN (SELECT 'd' AS grain UNION ALL SELECT 'm') AS g"


def _in_key_order(key_count: int) -> str:
    """ORDER BY the key columns: every writer then locks the rows it shares with other desks (the desk-0 "all
    desks" rows of a day and month) in the same order, so two desks saving at once on PostgreSQL queue
    behind each other instead of deadlocking (each upsert locks its rows in the order the SELECT yields)."""
    return "ORDER BY " + ", ".join(str(position) for position in range(1, key_count + 1))


def _dialect_month(dialect: str, column: str) -> str:
    if dialect == "sqlite":
        return f"date({column}, 'start of month')"
    return f"CAST(date_trunc('month', {column}) AS DATE)"


def _both_periods(dialect: str, column: str) -> str:
    return f"CASE WHEN g.grain = 'd' THEN {column} ELSE {_dialect_month(dialect, column)} END"


def _folded_spec_select(dialect: str, spec: _Spec, where: str, sign: int) -> str:
    period = _both_periods(dialect, "e.asked_local_date")
    keys = ", ".join((_DESK, *spec.select_keys[1:]))
    sums = ", ".join(f"{sign} * SUM({expr})" for expr in spec.select_counts)
    return (f"SELECT g.grain, {period}, {keys}, {sums} FROM {spec.source} {_BOTH} {_GRAINS} "
            f"WHERE {where} AND {_ONCE} GROUP BY g.grain, {period}, {keys} {_in_key_order(2 + len(spec.keys))}")


def _folded_enquiry_select(dialect: str, where: str, sign: int) -> str:
    parts = [f"SELECT e.asked_local_date AS p, e.desk_id AS desk_id, '{dim}' AS dim, {expr} AS value "
             f"FROM enquiries e WHERE {where}" for dim, expr in _DIMS.items()]
    period = _both_periods(dialect, "x.p")
    desk = f"CASE WHEN w.whole = 1 THEN {ALL_DESKS} ELSE x.desk_id END"
    return (f"SELECT g.grain, {period}, {desk}, dim, value, {sign} * COUNT(*) FROM ({' UNION ALL '.join(parts)}) "
            f"AS x {_BOTH} {_GRAINS} WHERE true GROUP BY g.grain, {period}, {desk}, dim, value {_in_key_order(5)}")


@lru_cache(maxsize=64)
def _folded_statements(dialect: str, where: str, sign: int) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(table, key columns, upsert SQL) per rollup table, built once per dialect, WHERE clause and sign (a
    desk save reuses the same four strings, so SQLAlchemy's statement cache and the driver's prepared
    statements are hit every time)."""
    tables = [(ENQUIRY_TABLE, ("desk_id", "dim", "value"), ("n",), None),
              *((spec.table, spec.keys, spec.counts, spec) for spec in SPECS)]
    out = []
    for table, keys, counts, spec in tables:
        select_sql = (_folded_enquiry_select(dialect, where, sign) if spec is None
                      else _folded_spec_select(dialect, spec, where, sign))
        out.append((table, keys, _upsert_sql(table, keys, counts, select_sql)))
    return tuple(out)


def _apply_where(session: Session, where: str, params: SqlParams, sign: int) -> None:
    dialect = session.get_bind().dialect.name
    for table, keys, sql in _folded_statements(dialect, where, sign):
        if sign > 0:
            session.execute(_statement(sql, params), params)
            continue
        # Taking enquiries out: the upsert reports the rows it touched, and those that fell to zero
        # go, so the rollups equal a GROUP BY over the raw rows exactly (SQLite 3.35+, PostgreSQL).
        key_columns = ("grain", "period_start", *keys)
        touched = session.execute(_statement(f"{sql} RETURNING {', '.join(key_columns)}, {table}.n", params),
                                  params)
        empty = [dict(zip(key_columns, row[:-1], strict=True)) for row in touched if row[-1] == 0]
        if empty:
            match = " AND ".join(f"{column} = :{column}" for column in key_columns)
            session.execute(text(f"DELETE FROM {table} WHERE {match}"), empty)


def add_new_enquiry(session: Session, enquiry_id: int) -> None:
    """Count in one enquiry just written with Core statements (nothing pending in the session, so no
    flush): the desk save's hot path, four statements."""
    _apply_where(session, "e.id = :id", {"id": enquiry_id}, +1)


def add_enquiries(session: Session, enquiry_ids: Sequence[int]) -> None:
    """Count these (flushed) enquiries into the rollups."""
    if enquiry_ids:
        session.flush()
        _apply(session, enquiry_ids, +1)


def remove_enquiries(session: Session, enquiry_ids: Sequence[int]) -> None:
    """Take these enquiries, as they stand in the database now, out of the rollups."""
    if enquiry_ids:
        session.flush()
        _apply(session, enquiry_ids, -1)


def _import_range(batch_id: int, first_id: int, last_id: int) -> tuple[str, SqlParams]:
    # A range of the primary key, not a list of ids: one list of thousands of ids is repeated in every
    # part of every statement (a 2,000-row batch spent over a second in them, holding the write lock).
    return ("e.import_batch_id = :batch AND e.id BETWEEN :first AND :last",
            {"batch": batch_id, "first": first_id, "last": last_id})


def add_imported(session: Session, batch_id: int, first_id: int, last_id: int) -> None:
    """Count in the enquiries of import batch `batch_id` whose ids lie in [first_id, last_id] (flushed)."""
    session.flush()
    _apply_where(session, *_import_range(batch_id, first_id, last_id), +1)


def remove_imported(session: Session, batch_id: int, first_id: int, last_id: int) -> None:
    """Take out the enquiries of import batch `batch_id` whose ids lie in [first_id, last_id]."""
    session.flush()
    _apply_where(session, *_import_range(batch_id, first_id, last_id), -1)


# Above this many enquiries a re-count rebuilds every rollup instead: two passes over a few rows per enquiry
# would cost more than one pass over the whole history.
RECOUNT_REBUILDS_FROM = 50_000


def recount(session: Session, enquiry_ids: Sequence[int], change: Callable[[], None]) -> None:
    """Apply `change` (a merge, a referral target marked expected...) that alters how these enquiries are
    counted, keeping the rollups equal to a GROUP BY over the raw rows: out as they were counted, change,
    back in as they count now."""
    if len(enquiry_ids) > RECOUNT_REBUILDS_FROM:
        change()
        session.flush()
        rebuild(session)
        return
    remove_enquiries(session, enquiry_ids)
    change()
    session.flush()
    add_enquiries(session, enquiry_ids)


def rebuild(session: Session) -> None:
    """Recompute every rollup from the raw enquiry rows: per-desk day rows from the raw rows, then the
    all-desks day rows and every month row from those (small GROUP BYs over the rollups themselves)."""
    session.flush()
    for table in TABLES:
        session.execute(text(f"DELETE FROM {table}"))
    # One GROUP BY per dimension: each walks the (local date, desk) index once, far cheaper than sorting
    # the seven-fold UNION ALL that the incremental path uses for a handful of rows.
    for dim, expr in _DIMS.items():
        session.execute(text(
            f"INSERT INTO {ENQUIRY_TABLE} (grain, period_start, desk_id, dim, value, n) "
            f"SELECT 'd', e.asked_local_date, e.desk_id, '{dim}', {expr}, COUNT(*) FROM enquiries e "
            f"GROUP BY e.asked_local_date, e.desk_id{'' if expr == '0' else ', ' + expr}"))
    for spec in SPECS:
        columns = ", ".join(["grain", "period_start", *spec.keys, *spec.counts])
        session.execute(text(f"INSERT INTO {spec.table} ({columns}) "
                             + _spec_select(session, spec, "d", "true", 1, all_desks=False)))
    month = _month_start(session, "period_start")
    for table, keys, counts in [(ENQUIRY_TABLE, ("desk_id", "dim", "value"), ("n",)),
                                *((s.table, s.keys, s.counts) for s in SPECS)]:
        rest = ", ".join(keys[1:])  # keys[0] is desk_id
        sums = ", ".join(f"SUM({c})" for c in counts)
        count_list = ", ".join(counts)
        session.execute(text(
            f"INSERT INTO {table} (grain, period_start, desk_id, {rest}, {count_list}) "
            f"SELECT 'd', period_start, {ALL_DESKS}, {rest}, {sums} FROM {table} WHERE grain = 'd' "
            f"GROUP BY period_start, {rest}"))
        session.execute(text(
            f"INSERT INTO {table} (grain, period_start, desk_id, {rest}, {count_list}) "
            f"SELECT 'm', {month}, desk_id, {rest}, {sums} FROM {table} WHERE grain = 'd' "
            f"GROUP BY {month}, desk_id, {rest}"))

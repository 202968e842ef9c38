"""Export -> import round trip: what `deskapp export enquiries` writes, the importer reads back unchanged.

Hypothesis generates enquiries with awkward values (formula-like text, quotes, new lines, any Unicode),
exports them as CSV and XLSX, imports each file into an empty database, exports that, and compares.
"""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import insert, select

from deskapp.cli import main
from deskapp.db import Database
from deskapp.db.models import (
    Category,
    Channel,
    Desk,
    DurationBand,
    Enquiry,
    EnquiryGuide,
    EnquirySkill,
    Guide,
    Outcome,
    PatronType,
    ReferralTarget,
    Skill,
    Staff,
)
from deskapp.desk.export import ExportError, export_enquiries, neutralise
from deskapp.importing import FORMATS, import_file
from deskapp.importing.convert import unescape_formula
from deskapp.platform.actor import Actor

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NO_SURROGATES = st.characters(blacklist_categories=("Cs",))
# XLSX (XML 1.0) cannot hold C0 controls other than tab/LF/CR; XML readers also turn a CR into a LF.
XLSX_SAFE = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n")
TRICKY = ["=1+1", "+44 1234", "-5", "@SUM(A1)", "\tTabbed", "'quoted", "''", "'=x", "a,b", 'say "hi"', "é ü ß",
          "line one\nline two", "  padded  "]


def _keys(db: Database, model) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(model.key).order_by(model.key)))


def _moments():
    return st.datetimes(min_value=datetime(2010, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC))


@st.composite
def histories(draw, keys: dict[str, list[str]], alphabet: st.SearchStrategy[str]):
    """A list of enquiries as plain dicts of keys and values."""
    text = st.text(alphabet, max_size=60)
    initials = st.text(st.sampled_from("ABCDEFXYZ=+-@'é"), min_size=1, max_size=8)
    names = st.text(alphabet, min_size=1, max_size=30).map(lambda s: " ".join(s.split())).filter(bool)
    people = draw(st.lists(st.tuples(initials, names), min_size=1, max_size=3, unique_by=lambda p: p[0].casefold()))
    desks = draw(st.lists(names, min_size=1, max_size=2, unique_by=str.casefold))
    notes = st.one_of(st.just(""), st.sampled_from(TRICKY), text)
    maybe = lambda name: st.one_of(st.none(), st.sampled_from(keys[name]))  # noqa: E731
    enquiry = st.fixed_dictionaries({
        "asked_at": _moments(),
        "entered_delay": st.integers(0, 10_000),
        "updated_at": st.one_of(st.none(), _moments()),
        "asked_local_date": st.dates(date(2010, 1, 1), date(2035, 1, 1)),
        "asked_hour_of_week": st.integers(0, 167),
        "staff": st.sampled_from(people),
        "desk": st.sampled_from(desks),
        "category": st.sampled_from(keys["category"]),
        "channel": st.sampled_from(keys["channel"]),
        "patron_type": maybe("patron_type"),
        "read_level": st.one_of(st.none(), st.integers(1, 6)),
        "duration": maybe("duration"),
        "outcome": st.sampled_from(keys["outcome"]),
        "referral_target": maybe("referral_target"),
        "skills": st.lists(st.sampled_from(keys["skills"]), max_size=3, unique=True),
        "guides": st.lists(st.tuples(st.sampled_from(keys["guides"]), st.sampled_from([None, True, False])),
                           max_size=2, unique_by=lambda g: g[0]),
        "notes": notes,
        "notes_purged_at": st.one_of(st.none(), _moments()),
        "import_key": st.one_of(st.none(), st.text("0123456789abcdef", min_size=8, max_size=64)),
    })
    return draw(st.lists(enquiry, min_size=1, max_size=8, unique_by=lambda e: e["import_key"] or id(e)))


def _load(db: Database, history: list[dict]) -> None:
    """Write the generated enquiries straight into the database, as the desk would have."""
    with db.write() as session:
        ids = {model: {k: i for i, k in session.execute(select(model.id, model.key))}
               for model in (Category, Channel, PatronType, DurationBand, Outcome, ReferralTarget, Skill, Guide)}
        staff_ids: dict[str, int] = {}
        desk_ids: dict[str, int] = {}
        for row in history:
            initials, name = row["staff"]
            if initials not in staff_ids:
                person = Staff(name=name, initials=initials)
                session.add(person)
                session.flush()
                staff_ids[initials] = person.id
            if row["desk"] not in desk_ids:
                desk = Desk(name=row["desk"])
                session.add(desk)
                session.flush()
                desk_ids[row["desk"]] = desk.id
            enquiry_id = session.execute(insert(Enquiry).returning(Enquiry.id), [{
                "asked_at": row["asked_at"], "entered_at": row["asked_at"] + timedelta(seconds=row["entered_delay"]),
                "updated_at": row["updated_at"], "asked_local_date": row["asked_local_date"],
                "asked_hour_of_week": row["asked_hour_of_week"], "staff_id": staff_ids[initials],
                "desk_id": desk_ids[row["desk"]], "category_id": ids[Category][row["category"]],
                "channel_id": ids[Channel][row["channel"]],
                "patron_type_id": ids[PatronType].get(row["patron_type"]), "read_level": row["read_level"],
                "duration_band_id": ids[DurationBand].get(row["duration"]), "outcome_id": ids[Outcome][row["outcome"]],
                "referral_target_id": ids[ReferralTarget].get(row["referral_target"]), "notes": row["notes"],
                "notes_purged_at": row["notes_purged_at"], "import_key": row["import_key"]}]).scalar_one()
            for key in row["skills"]:
                session.add(EnquirySkill(enquiry_id=enquiry_id, skill_id=ids[Skill][key]))
            for key, helped in row["guides"]:
                session.add(EnquiryGuide(enquiry_id=enquiry_id, guide_id=ids[Guide][key], helped=helped))


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _comparable(rows: list[dict[str, str]], original: list[dict[str, str]]) -> list[dict[str, str]]:
    """Drop the row id (a new database numbers its own) and import keys the original did not have."""
    out = []
    for row, before in zip(rows, original, strict=True):
        row = {k: v for k, v in row.items() if k != "id"}
        if not before["import_key"]:
            row["import_key"] = ""
        out.append(row)
    return out


@pytest.fixture(scope="module")
def reference_keys(template_sqlite: Path) -> dict[str, list[str]]:
    db = Database(template_sqlite)
    try:
        return {"category": _keys(db, Category), "channel": _keys(db, Channel), "patron_type": _keys(db, PatronType),
                "duration": _keys(db, DurationBand), "outcome": _keys(db, Outcome),
                "referral_target": _keys(db, ReferralTarget), "skills": _keys(db, Skill), "guides": _keys(db, Guide)}
    finally:
        db.dispose()


def _fresh(template: Path, folder: Path, name: str) -> Database:
    path = folder / name
    shutil.copyfile(template, path)
    return Database(path)


def _round_trip(template: Path, folder: Path, history: list[dict], fmt: str) -> None:
    source, target = _fresh(template, folder, "source.sqlite3"), _fresh(template, folder, "target.sqlite3")
    try:
        _load(source, history)
        exported = export_enquiries(source, Actor.cli(), folder / f"out.{fmt}")
        summary = import_file(target, Actor.cli(), exported.path, FORMATS["deskapp"])
        assert summary.imported == len(history)
        again = export_enquiries(target, Actor.cli(), folder / "again.csv")
        first_csv = folder / "first.csv"
        export_enquiries(source, Actor.cli(), first_csv)
        original = _csv_rows(first_csv)
        assert _comparable(_csv_rows(again.path), original) == _comparable(original, original)
        # Import keys survive where the original had one; re-importing the export adds nothing.
        assert import_file(target, Actor.cli(), exported.path, FORMATS["deskapp"]).imported == 0
    finally:
        source.dispose()
        target.dispose()


@SETTINGS
@given(data=st.data())
def test_csv_export_imports_back_into_an_empty_database_unchanged(data, template_sqlite, reference_keys,
                                                                  tmp_path_factory):
    history = data.draw(histories(reference_keys, NO_SURROGATES))
    _round_trip(template_sqlite, tmp_path_factory.mktemp("csv"), history, "csv")


@SETTINGS
@given(data=st.data())
def test_xlsx_export_imports_back_into_an_empty_database_unchanged(data, template_sqlite, reference_keys,
                                                                   tmp_path_factory):
    history = data.draw(histories(reference_keys, XLSX_SAFE))
    _round_trip(template_sqlite, tmp_path_factory.mktemp("xlsx"), history, "xlsx")


@given(st.text(NO_SURROGATES))
def test_the_formula_guard_is_undone_exactly(value):
    assert unescape_formula(neutralise(value)) == value
    assert neutralise(value)[:1] not in ("=", "+", "-", "@", "\t", "\r")


def _one_dangerous_enquiry(db: Database) -> None:
    _load(db, [{
        "asked_at": datetime(2024, 3, 1, 10, tzinfo=UTC), "entered_delay": 5, "updated_at": None,
        "asked_local_date": date(2024, 3, 1), "asked_hour_of_week": 106, "staff": ("=AB", "@Evil name"),
        "desk": "+Desk", "category": "it-wifi", "channel": "in-person", "patron_type": None, "read_level": 2,
        "duration": None, "outcome": "resolved", "referral_target": None, "skills": [], "guides": [],
        "notes": '=HYPERLINK("http://example.invalid","click")', "notes_purged_at": None, "import_key": None}])


def test_csv_export_neutralises_formula_injection(db, tmp_path):
    _one_dangerous_enquiry(db)

    export_enquiries(db, Actor.cli(), tmp_path / "out.csv")

    row = _csv_rows(tmp_path / "out.csv")[0]
    assert row["notes"] == "'=HYPERLINK(\"http://example.invalid\",\"click\")"
    assert (row["staff_initials"], row["staff_name"], row["desk"]) == ("'=AB", "'@Evil name", "'+Desk")


def test_xlsx_export_holds_formula_like_text_as_plain_strings(db, tmp_path):
    _one_dangerous_enquiry(db)

    export_enquiries(db, Actor.cli(), tmp_path / "out.xlsx")

    sheet = load_workbook(tmp_path / "out.xlsx").worksheets[0]
    header = [cell.value for cell in sheet[1]]
    notes = sheet.cell(row=2, column=header.index("notes") + 1)
    assert notes.data_type == "s"
    assert notes.value.startswith("'=HYPERLINK")


def test_export_date_range_uses_desk_local_dates_inclusive(db, tmp_path, capsys, db_path):
    base = {"entered_delay": 5, "updated_at": None, "staff": ("AB", "Ann"), "desk": "Desk", "category": "it-wifi",
            "channel": "in-person", "patron_type": None, "read_level": 2, "duration": None, "outcome": "resolved",
            "referral_target": None, "skills": [], "guides": [], "notes": "", "notes_purged_at": None,
            "import_key": None, "asked_hour_of_week": 10}
    _load(db, [dict(base, asked_at=datetime(2024, 3, day, 10, tzinfo=UTC), asked_local_date=date(2024, 3, day))
               for day in (1, 2, 3, 4)])

    code = main(["--db", str(db_path), "export", "enquiries", "--from", "2024-03-02", "--to", "2024-03-03",
                 "--out", str(tmp_path / "range.xlsx")])

    assert code == 0
    assert "Exported 2 enquiries" in capsys.readouterr().out
    assert not (tmp_path / "range.xlsx.part").exists()
    with pytest.raises(ExportError, match="after the end date"):
        export_enquiries(db, Actor.cli(), tmp_path / "x.csv", date_from=date(2024, 3, 3), date_to=date(2024, 3, 1))


@pytest.mark.postgres
def test_an_export_from_postgresql_imports_into_sqlite_unchanged(pg_db, db, tmp_path):
    import_file(pg_db, Actor.cli(), Path(__file__).parent / "data" / "gimlet_api.csv", FORMATS["gimlet"],
                timezone="Australia/Sydney", include_notes=True)
    exported = export_enquiries(pg_db, Actor.cli(), tmp_path / "from_pg.xlsx")

    assert import_file(db, Actor.cli(), exported.path, FORMATS["deskapp"]).imported == 5

    export_enquiries(db, Actor.cli(), tmp_path / "again.csv")
    export_enquiries(pg_db, Actor.cli(), tmp_path / "original.csv")
    original = _csv_rows(tmp_path / "original.csv")
    assert _comparable(_csv_rows(tmp_path / "again.csv"), original) == _comparable(original, original)

"""Importing Gimlet exports: the API CSV and the web download, told apart by their header."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from deskapp.cli import main
from deskapp.db.models import AuditEvent, ImportBatch, Staff
from deskapp.importing import FORMATS, ImportFileError, import_file
from deskapp.platform.actor import Actor, PermissionDenied
from tests.import_helpers import counts, enquiries, rollup_total, skills_of_first

DATA = Path(__file__).parent / "data"
GIMLET_API = DATA / "gimlet_api.csv"
GIMLET_WEB = DATA / "gimlet_web.csv"
SYDNEY = "Australia/Sydney"


def test_gimlet_api_csv_imports_every_row_in_utc_with_coded_fields(db):
    summary = import_file(db, Actor.cli(), GIMLET_API, FORMATS["gimlet"], timezone=SYDNEY)

    assert summary.mapping_name == "Gimlet API CSV"
    assert (summary.rows_read, summary.imported) == (5, 5)
    rows = enquiries(db)
    first = rows[0]
    # 2021-03-24 10:42:00 AM in Sydney (UTC+11 in March) is 23:42 the evening before in UTC.
    assert first["asked_at"] == datetime(2021, 3, 23, 23, 42, tzinfo=UTC)
    assert first["asked_local_date"] == date(2021, 3, 24)
    assert first["asked_hour_of_week"] == 2 * 24 + 10  # Wednesday 10:00
    assert (first["initials"], first["desk"], first["category"]) == ("AB", "Main Desk", "lib-directional")
    assert (first["channel"], first["patron_type"], first["read_level"]) == ("in-person", "undergraduate", 1)
    assert first["duration"] == "0-5"
    assert first["outcome"] == "resolved"
    technology = rows[1]
    assert technology["category"] == "it-device"  # "Technology" is an IT category
    assert technology["read_level"] == 3  # "difficulty 3"
    assert technology["patron_type"] == "postgraduate"
    assert technology["duration"] == "5-10"


def test_the_category_s_usual_skills_and_mapped_tags_are_recorded(db):
    import_file(db, Actor.cli(), GIMLET_API, FORMATS["gimlet"], timezone=SYDNEY)

    assert skills_of_first(db) == ["wayfinding"]  # the "directions" tag


def test_unknown_values_are_counted_and_land_in_imported_unmapped_not_dropped(db):
    summary = import_file(db, Actor.cli(), GIMLET_API, FORMATS["gimlet"], timezone=SYDNEY)

    unmapped = {(u.field, u.value): u for u in summary.unmapped}
    assert unmapped[("category", "Mystery Shelf")].became == "Imported / unmapped"
    assert unmapped[("category", "Mystery Shelf")].first_line == 5
    assert unmapped[("channel", "Carrier pigeon")].became == "In person"
    assert any("Mystery Shelf" in line for line in summary.lines())
    categories = [row["category"] for row in enquiries(db)]
    assert categories.count("imported-unmapped") == 1
    assert len(categories) == 5


def test_unknown_initials_become_inactive_staff_and_each_is_audited(db):
    summary = import_file(db, Actor.cli(), GIMLET_API, FORMATS["gimlet"], timezone=SYDNEY)

    assert summary.new_staff == ("AB", "CD", "ZZ")
    with db.read() as session:
        people = {s.initials: s for s in session.scalars(select(Staff))}
        created = session.scalars(select(AuditEvent).where(AuditEvent.entity == "staff")).all()
    assert not people["ZZ"].active
    assert {event.changes["initials"] for event in created} >= {"AB", "CD", "ZZ"}


def test_question_text_stays_out_unless_asked_for_and_is_redacted_when_it_comes_in(db, tmp_path):
    import_file(db, Actor.cli(), GIMLET_API, FORMATS["gimlet"], timezone=SYDNEY)
    assert all(row["notes"] == "" for row in enquiries(db))

    source = tmp_path / "with_email.csv"
    text = GIMLET_WEB.read_text(encoding="utf-8").replace("Locked out", "Locked out; mail jo.bloggs@example.com")
    source.write_text(text, encoding="utf-8")
    summary = import_file(db, Actor.cli(), source, FORMATS["gimlet"], timezone=SYDNEY, include_notes=True)

    notes = [row["notes"] for row in enquiries(db) if row["notes"]]
    assert "Where are the toilets?\nGround floor" in notes
    assert not any("jo.bloggs@example.com" in note for note in notes)
    assert summary.notes_redacted == 1


def test_gimlet_web_download_is_recognised_by_its_header(db):
    summary = import_file(db, Actor.cli(), GIMLET_WEB, FORMATS["gimlet"], timezone=SYDNEY)

    assert summary.mapping_name == "Gimlet web download"
    assert summary.imported == 3
    assert any("Difficulty" in missing for missing in summary.missing_columns)
    assert [row["channel"] for row in enquiries(db)] == ["in-person", "email", "phone"]


def test_a_file_that_is_not_gimlet_is_refused_by_header(db, tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("when,who\n2021-01-01 10:00,AB\n", encoding="utf-8")

    with pytest.raises(ImportFileError, match="does not look like Gimlet"):
        import_file(db, Actor.cli(), other, FORMATS["gimlet"])


def test_imported_gimlet_history_feeds_the_reports(db):
    import_file(db, Actor.cli(), GIMLET_API, FORMATS["gimlet"], timezone=SYDNEY)

    assert rollup_total(db) == 5


def test_a_front_line_staff_member_cannot_import(db):
    with pytest.raises(PermissionDenied):
        import_file(db, Actor.staff_member(1, "staff"), GIMLET_API, FORMATS["gimlet"])
    assert counts(db)["enquiries"] == 0


def test_cli_import_gimlet_dry_run_reports_and_changes_nothing(db_path, db, capsys):
    before = counts(db)

    code = main(["--db", str(db_path), "import", "gimlet", str(GIMLET_API), "--dry-run", "--timezone", SYDNEY])

    out = capsys.readouterr().out
    assert code == 0
    assert "Would import 5 of 5 rows" in out
    assert "Mystery Shelf" in out
    assert counts(db) == before


def test_cli_import_gimlet_records_one_batch_and_one_import_audit_event(db_path, db, capsys):
    assert main(["--db", str(db_path), "import", "gimlet", str(GIMLET_API), "--desk", "Ground floor desk"]) == 0
    assert main(["--db", str(db_path), "import", "gimlet", str(GIMLET_API)]) == 0

    out = capsys.readouterr().out
    assert "5 rows were imported before and are skipped" in out
    with db.read() as session:
        batches = session.scalars(select(ImportBatch).order_by(ImportBatch.id)).all()
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
    assert [b.row_count for b in batches] == [5, 0]
    assert batches[0].source == "gimlet-api" and batches[0].actor.startswith("cli:")
    assert len(events) == 2 and events[0].changes["imported"] == 5
    assert {row["desk"] for row in enquiries(db)} == {"Ground floor desk"}


def test_an_empty_asked_at_falls_back_to_question_date_and_time(db, tmp_path):
    lines = GIMLET_API.read_text(encoding="utf-8").splitlines()
    first = lines[1].replace("2021-03-24 10:42:00 AM,2021-03-24", ",2021-03-24", 1)
    path = tmp_path / "no_asked_at.csv"
    path.write_text("\n".join([lines[0], first]) + "\n", encoding="utf-8")

    import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone="UTC")

    assert enquiries(db)[0]["asked_at"] == datetime(2021, 3, 24, 10, 42, tzinfo=UTC)


def test_two_sites_with_the_same_location_name_are_said_to_share_one_desk(db, tmp_path):
    lines = GIMLET_API.read_text(encoding="utf-8").splitlines()
    branch = lines[2].replace("Main Library,University Library", "Science Library,University Library")
    path = tmp_path / "two-sites.csv"
    path.write_text("\n".join([lines[0], lines[1], branch]) + "\n", encoding="utf-8")

    summary = import_file(db, Actor.cli(), path, FORMATS["gimlet"], timezone=SYDNEY, dry_run=True)

    assert summary.shared_desks == (
        "The location 'Main Desk' is used by 2 sites (University Library – Main Library; University Library – "
        "Science Library): their rows all go on one desk 'Main Desk'. To keep them apart, import each site with "
        "--desk, or use a mapping whose desk joins the site and the location (desk = [\"site\", \"location\"]).",)
    assert summary.shared_desks[0] in summary.lines()

"""A later dump updates rows edited at the source, adds only new ones, and keeps sources apart.

Libstats dumps are written as Libstats writes them (tests/libstats_files.py): question_id is its own id.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from deskapp.cli import main
from deskapp.db.models import AuditEvent, Category, Enquiry
from deskapp.desk.enquiries import EnquiryDraft, edit_enquiry
from deskapp.importing import FORMATS, import_file, load_mapping
from deskapp.platform.actor import Actor
from tests.import_helpers import enquiries, rollup_total
from tests.libstats_files import ordinary_rows, write_dump

BUILTIN_LIBSTATS = Path(__file__).parents[1] / "resources" / "import_mappings" / "libstats.toml"


def _import(db, path, **options):
    options.setdefault("timezone", "UTC")
    return import_file(db, Actor.cli(), path, FORMATS["libstats"], **options)


def _categories(db) -> list[str]:
    return [row["category"] for row in enquiries(db)]


def test_a_question_edited_in_libstats_updates_its_enquiry_and_is_audited(any_db, tmp_path):
    rows = ordinary_rows(10)
    rows[3][2] = "Directional"
    _import(any_db, write_dump(tmp_path / "march.csv", rows))
    rows[3][2] = "Reference"  # corrected in Libstats
    rows.append(ordinary_rows(11)[10])  # and one question asked since

    summary = _import(any_db, write_dump(tmp_path / "april.csv", rows))

    assert (summary.imported, summary.updated, summary.already_imported) == (1, 1, 9)
    assert "Updated 1 enquiries edited in the source since they were imported (each change audited)." \
        in summary.lines()
    assert len(enquiries(any_db)) == 11 and rollup_total(any_db) == 11  # no second enquiry for question 503
    with any_db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "import-update")).one()
        reference = session.scalar(select(Category.id).where(Category.key == "lib-reference"))
        directional = session.scalar(select(Category.id).where(Category.key == "lib-directional"))
    assert event.changes["category_id"] == [directional, reference]
    assert event.changes["source_id"] == "503"
    assert _categories(any_db).count("lib-reference") == [r[2] for r in rows].count("Reference")


def test_a_row_also_corrected_in_deskapp_is_reported_and_not_overwritten(db, tmp_path):
    rows = ordinary_rows(6)
    rows[2][2] = "Directional"
    _import(db, write_dump(tmp_path / "march.csv", rows))
    with db.write() as session:
        target = session.scalars(select(Enquiry).order_by(Enquiry.id).offset(2)).first()
        printing = session.scalar(select(Category.id).where(Category.key == "lib-printing"))
        edit_enquiry(session, Actor.cli(), target.id, EnquiryDraft(
            category_id=printing, channel_id=target.channel_id, outcome_id=target.outcome_id,
            asked_at=target.asked_at))
        target_id = target.id
    rows[2][2] = "Reference"

    dry = _import(db, write_dump(tmp_path / "april.csv", rows), dry_run=True)
    summary = _import(db, write_dump(tmp_path / "april.csv", rows))

    assert dry.kept_local_edits == (f"line 4 (enquiry {target_id})",) and dry.updated == 0
    assert (summary.imported, summary.updated) == (0, 0)
    assert f"line 4 (enquiry {target_id})" in " ".join(summary.lines())
    with db.read() as session:
        assert session.get(Enquiry, target_id).category_id == printing  # the desk's correction stands


def test_a_second_library_s_question_ids_are_not_taken_for_the_first_s(db, tmp_path):
    first = ordinary_rows(4)
    second = ordinary_rows(4, seed=99)
    for cells in second:
        cells[5] = "Law Library"  # same question ids 500-503, another Libstats library
    _import(db, write_dump(tmp_path / "main.csv", first))

    summary = _import(db, write_dump(tmp_path / "law.csv", second))

    assert (summary.imported, summary.already_imported) == (4, 0)
    assert len(enquiries(db)) == 8


def test_source_instance_keeps_two_installs_with_the_same_library_name_apart(db_path, db, tmp_path, capsys):
    first = write_dump(tmp_path / "a.csv", ordinary_rows(3))
    second = write_dump(tmp_path / "b.csv", ordinary_rows(3, seed=5))

    assert main(["--db", str(db_path), "import", "libstats", str(first), "--source-instance", "City"]) == 0
    assert main(["--db", str(db_path), "import", "libstats", str(second), "--source-instance", "County"]) == 0

    assert "Imported 3 of 3 rows" in capsys.readouterr().out.split("Done in")[1]
    assert len(enquiries(db)) == 6


def test_rows_imported_before_ids_were_scoped_are_recognised_then_updated_when_edited(db, tmp_path):
    # The mapping as it was: no source id, so rows were keyed by a hash of their cells.
    old_mapping = tmp_path / "libstats-old.toml"
    text = BUILTIN_LIBSTATS.read_text(encoding="utf-8").replace('source_id = "question_id"\n', "")
    old_mapping.write_text(text, encoding="utf-8")
    rows = ordinary_rows(5)
    import_file(db, Actor.cli(), write_dump(tmp_path / "old.csv", rows), load_mapping(old_mapping), timezone="UTC")

    again = _import(db, write_dump(tmp_path / "same.csv", rows))
    rows[1][2] = "Policy/Operational" if rows[1][2] != "Policy/Operational" else "Reference"
    edited = _import(db, write_dump(tmp_path / "edited.csv", rows))

    assert (again.imported, again.already_imported) == (0, 5)  # found by the old key, and re-keyed
    assert (edited.imported, edited.updated) == (0, 1)
    assert len(enquiries(db)) == 5
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Enquiry.import_key.like("id:%"))) == 5


def test_the_same_dump_again_changes_nothing(db, tmp_path):
    path = write_dump(tmp_path / "dump.csv", ordinary_rows(8))
    _import(db, path)

    again = _import(db, path)

    assert (again.imported, again.updated, again.already_imported) == (0, 0, 8)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "import-update")) == 0


def test_a_correction_made_in_deskapp_while_the_rows_are_written_is_not_overwritten(db, tmp_path, monkeypatch):
    """The plan is made outside the write lock and the rows go in batches: a desk correcting the enquiry
    meanwhile still wins, because the updates are checked again in the transaction that writes them."""
    from deskapp.importing import commit

    rows = ordinary_rows(6)
    rows[2][2] = "Directional"
    _import(db, write_dump(tmp_path / "march.csv", rows))
    with db.read() as session:
        target_id = session.scalars(select(Enquiry.id).order_by(Enquiry.id).offset(2)).first()
        printing = session.scalar(select(Category.id).where(Category.key == "lib-printing"))
    rows[2][2] = "Reference"
    rows.append(ordinary_rows(7)[6])
    write_rows = commit.write_rows

    def desk_corrects_meanwhile(*args, **kwargs):
        with db.write() as session:
            target = session.get(Enquiry, target_id)
            edit_enquiry(session, Actor.cli(), target_id, EnquiryDraft(
                category_id=printing, channel_id=target.channel_id, outcome_id=target.outcome_id,
                asked_at=target.asked_at))
        return write_rows(*args, **kwargs)

    monkeypatch.setattr(commit, "write_rows", desk_corrects_meanwhile)
    summary = _import(db, write_dump(tmp_path / "april.csv", rows))

    assert (summary.imported, summary.updated) == (1, 0)
    assert summary.kept_local_edits == (f"line 4 (enquiry {target_id})",)
    with db.read() as session:
        assert session.get(Enquiry, target_id).category_id == printing
        assert session.scalar(select(func.count()).select_from(AuditEvent)
                              .where(AuditEvent.action == "import-update")) == 0


def test_an_import_that_fails_part_way_leaves_the_rows_it_would_have_updated_as_they_were(db, tmp_path, monkeypatch):
    from deskapp.importing import commit

    rows = ordinary_rows(6)
    rows[2][2] = "Directional"
    _import(db, write_dump(tmp_path / "march.csv", rows))
    before = enquiries(db)
    rows[2][2] = "Reference"
    rows.append(ordinary_rows(7)[6])
    write_rows = commit.write_rows

    def fails_after_writing(*args, **kwargs):
        write_rows(*args, **kwargs)
        raise OSError("disk full")

    monkeypatch.setattr(commit, "write_rows", fails_after_writing)
    try:
        _import(db, write_dump(tmp_path / "april.csv", rows))
    except OSError:
        pass
    else:
        raise AssertionError("the import should have failed")

    assert enquiries(db) == before and rollup_total(db) == 6  # the new row taken out, the old one unchanged

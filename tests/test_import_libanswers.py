"""LibAnswers Reference Analytics "Export Transactions": Date, Time, Entered By (a name), Patron Status,
Communication, Question Type, Duration, READ. The file is generated with exactly those columns."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from deskapp.cli import main
from deskapp.db.models import Staff
from deskapp.importing import FORMATS, import_file
from deskapp.platform.actor import Actor
from tests.import_helpers import enquiries

HEADER = "Date,Time,Entered By,Patron Status,Communication,Question Type,Duration,READ"


def _export(tmp_path, *rows: str):
    path = tmp_path / "transactions.csv"
    path.write_text(HEADER + "\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_a_libanswers_export_imports_with_staff_known_by_their_names(db, tmp_path):
    path = _export(tmp_path,
                   "2021-03-24,14:05,Jane Doe,Undergraduate,In-Person,Directional,0-5 minutes,1",
                   "2021-03-24,15:30,John Dunn,Faculty,LibChat,Reference,10-20 minutes,3",
                   "2021-03-25,09:10,Jane Doe,Graduate,Email,Technology,5-10 minutes,2")

    summary = import_file(db, Actor.cli(), path, FORMATS["libanswers"], timezone="UTC")

    assert summary.mapping_name == "LibAnswers Reference Analytics" and summary.imported == 3
    assert summary.desk_fallback == "The file names no desk, so every row goes on Imported desk. Use --desk to " \
        "choose another."
    rows = enquiries(db)
    assert rows[0]["asked_at"] == datetime(2021, 3, 24, 14, 5, tzinfo=UTC)
    assert [r["initials"] for r in rows] == ["JD", "JD2", "JD"]  # two people, not one "JD"
    assert [r["channel"] for r in rows] == ["in-person", "chat", "email"]
    assert [r["patron_type"] for r in rows] == ["undergraduate", "academic-staff", "postgraduate"]
    assert [r["category"] for r in rows] == ["lib-directional", "lib-reference", "it-device"]
    assert [r["read_level"] for r in rows] == [1, 3, 2]
    with db.read() as session:
        names = {s.initials: s.name for s in session.scalars(select(Staff).where(Staff.active.is_(False)))}
    assert names["JD"] == "Jane Doe" and names["JD2"] == "John Dunn"


def test_a_name_that_is_already_a_person_in_deskapp_keeps_their_initials(db_path, db, tmp_path, capsys):
    assert main(["--db", str(db_path), "staff", "add", "Jane Doe", "--initials", "JAD", "--pin", "4821"]) == 0
    path = _export(tmp_path, "2021-03-24,14:05,jane  doe,Undergraduate,In-Person,Directional,0-5 minutes,1")

    assert main(["--db", str(db_path), "import", "libanswers", str(path), "--timezone", "UTC"]) == 0

    assert enquiries(db)[0]["initials"] == "JAD"

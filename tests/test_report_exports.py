"""Exports open and say what they are: CSV neutralised against formula injection, XLSX read back with
openpyxl, JSON rows with the report's keys, PDF with the title; and the `deskapp report` command."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.reports import ReportFilter, ReportResult
from deskapp.reports.exports import neutralise, to_csv, to_json, write_xlsx
from tests import report_data as rd

HOSTILE = ["=HYPERLINK(\"http://x\",\"click\")", "+SUM(1,2)", "-2+3", "@cmd", "\tx", "\rx", "plain"]


def result_with(texts: list[str]) -> ReportResult:
    rows = tuple({"text": text, "number": -3} for text in texts)
    return ReportResult("demo", "Demo report", ("text", "number"), rows, "=A summary that looks like a formula",
                        ReportFilter(date(2026, 3, 1), date(2026, 3, 31), (1,), ("Front desk",)),
                        datetime(2026, 4, 1, 9, 30, tzinfo=UTC))


def test_csv_cells_that_a_spreadsheet_would_run_get_a_leading_apostrophe():
    text = to_csv(result_with(HOSTILE))
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == ["Report", "Demo report"]
    assert lines[1] == ["Period", "2026-03-01 to 2026-03-31"]
    assert lines[2] == ["Desks", "Front desk"]
    assert lines[3][0] == "Generated" and lines[3][1].startswith("2026-04-01")
    assert lines[4] == ["Summary", "'=A summary that looks like a formula"]
    header = lines.index(["text", "number"])
    cells = [line[0] for line in lines[header + 1:]]
    assert cells == ["'" + t for t in HOSTILE[:-1]] + ["plain"]
    assert all(line[1] == "-3" for line in lines[header + 1:])  # numbers stay numbers
    assert neutralise(-3) == -3


def test_xlsx_reads_back_with_title_period_desk_and_rows_and_keeps_formulas_as_text(tmp_path):
    path = write_xlsx(result_with(HOSTILE), tmp_path / "r.xlsx")
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Demo report"
    assert (sheet["A2"].value, sheet["B2"].value) == ("Period", "2026-03-01 to 2026-03-31")
    assert (sheet["A3"].value, sheet["B3"].value) == ("Desks", "Front desk")
    values = [row for row in sheet.iter_rows(values_only=True)]
    header = values.index(("Text", "Number"))  # headers for people; the CSV and JSON keep the keys
    assert values[header + 1] == (HOSTILE[0], -3)
    formula_cell = sheet.cell(row=header + 2, column=1)
    assert formula_cell.data_type == "s"


def test_xlsx_has_human_headers_percentages_points_widths_and_a_frozen_header(tmp_path):
    rows = ({"skill": "Configure eduroam on Android", "referral_rate": 0.345, "change": -0.13,
             "reason": "A long sentence " * 10},)
    result = ReportResult("demo", "Demo", ("skill", "referral_rate", "change", "reason"), rows, "s",
                          ReportFilter(date(2026, 3, 1), date(2026, 3, 31)), datetime(2026, 4, 1, tzinfo=UTC))
    sheet = load_workbook(write_xlsx(result, tmp_path / "r.xlsx")).active
    values = list(sheet.iter_rows(values_only=True))
    header = values.index(("Skill", "Referral rate", "Change", "Reason")) + 1
    rate, change, reason = (sheet.cell(row=header + 1, column=c) for c in (2, 3, 4))
    assert (rate.value, rate.number_format) == (0.345, "0%")
    assert change.value == -13 and "pts" in change.number_format
    assert reason.alignment.wrap_text
    assert sheet.freeze_panes == f"A{header + 1}"
    assert sheet.column_dimensions["A"].width == len("Configure eduroam on Android") + 2
    assert sheet.column_dimensions["D"].width == 60  # sentences wrap in a fixed width


def test_json_is_a_list_of_rows_with_the_reports_keys():
    rows = json.loads(to_json(result_with(["a", "b"])))
    assert rows == [{"text": "a", "number": -3}, {"text": "b", "number": -3}]


def test_pdf_is_a_real_pdf_with_the_title(qapp, tmp_path):
    from deskapp.ui.report_pdf import write_pdf

    path = write_pdf(result_with(["a"] * 50), tmp_path / "r.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "Demo report" in text and "Front desk" in text
    else:
        assert b"Demo report" in data  # the document title in the PDF's information dictionary


@pytest.fixture
def logged_db(db, db_path):
    with db.write() as session:
        ann = rd.staff(session, "Ann Archer", "AA")
        front = rd.desk(session, "Front desk")
        for hour in (10, 11, 11):
            rd.logged(session, day=date(2026, 3, 3), hour=hour, staff_id=ann, desk_id=front, category="it-wifi",
                      outcome="resolved", read=1, skills=("eduroam-android",))
    return db_path


def test_the_report_command_prints_desk_stats_json_with_total_category_and_domain_rows(logged_db, capsys):
    code = main(["--db", str(logged_db), "report", "desk-stats", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--format", "json"])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    counts = {(row["section"], row["key"]): row["count"] for row in rows}
    assert counts[("total", "total")] == 3
    assert counts[("category", "it-wifi")] == 3 and counts[("domain", "it")] == 3
    assert counts[("hour", "11")] == 2


def test_the_report_command_writes_skill_gaps_xlsx_and_pdf_files(logged_db, tmp_path, capsys):
    out = tmp_path / "gaps.xlsx"
    assert main(["--db", str(logged_db), "report", "skill-gaps", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--desk", "Front desk", "--format", "xlsx", "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "Skill gaps" and sheet["B3"].value == "Front desk"
    pdf = tmp_path / "gaps.pdf"
    assert main(["--db", str(logged_db), "report", "skill-gaps", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--format", "pdf", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xlsx"], "--format xlsx writes a file"),
    (["--desk", "Nowhere"], "no desk called 'Nowhere'"),
    (["--to", "2026-02-30"], "is not a date"),
])
def test_the_report_command_explains_bad_input_in_one_sentence(logged_db, capsys, args, message):
    base = {"--from": "2026-03-01", "--to": "2026-03-31"}
    for flag in ("--from", "--to"):
        if flag in args:
            base[flag] = args[args.index(flag) + 1]
    extra = [a for i, a in enumerate(args) if a not in base and (i == 0 or args[i - 1] not in base)]
    argv = ["--db", str(logged_db), "report", "heatmap", "--from", base["--from"], "--to", base["--to"], *extra]
    assert main(argv) == 1
    assert message in capsys.readouterr().err

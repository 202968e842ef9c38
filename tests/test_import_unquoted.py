"""Libstats never quotes (implode(",")): a comma inside a value is put back where only one reading fits,
reported, and refused with the readings where two fit."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from deskapp.importing import FORMATS, import_file
from deskapp.importing.reader import read_csv_text
from deskapp.importing.repair import repair_rows
from deskapp.platform.actor import Actor
from tests.import_helpers import enquiries
from tests.libstats_files import HEADER, LOCATIONS, ordinary_rows, row, write_dump


def test_a_comma_in_a_location_or_in_the_initials_is_read_back_as_one_value(db, tmp_path):
    rows = ordinary_rows(20)
    rows[4][6] = "Help Desk, Level 2"  # location_name
    rows[9][13] = "ELW, JD"  # initials, the last column
    path = write_dump(tmp_path / "dump.csv", rows)

    summary = import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="UTC")

    assert summary.ok and summary.imported == 20
    assert "Repaired line 6: location_name read as 'Help Desk, Level 2' (a value with an unquoted delimiter)." \
        in summary.lines()
    assert "Repaired line 11: initials read as 'ELW, JD' (a value with an unquoted delimiter)." in summary.lines()
    desks = {r["desk"] for r in enquiries(db)}
    assert any(desk.endswith("– Help Desk, Level 2") for desk in desks)
    assert "ELW, JD" in {r["initials"] for r in enquiries(db)}  # initials keep their shape, up to 8 characters


def test_a_small_file_that_cannot_tell_two_readings_apart_is_refused_with_both(db, tmp_path):
    rows = ordinary_rows(2)
    rows[1][6] = "Help Desk, Level 2"
    path = write_dump(tmp_path / "dump.csv", rows)

    summary = import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="UTC", dry_run=True)

    message = str(summary.problems[0])
    assert message.startswith("line 3: the row has 15 fields but the header has 14, and it can be read more "
                              "than one way: ")
    assert "location_name = 'Help Desk, Level 2'" in message and "library_name = '" in message
    assert "double quotes" in message and summary.rows_read == 2


def test_a_row_no_reading_fits_keeps_the_plain_field_count_problem(db, tmp_path):
    rows = ordinary_rows(10)
    rows[3][8] = rows[3][8].replace(" ", ", ", 1)  # a comma inside a date: no column takes it
    path = write_dump(tmp_path / "dump.csv", rows)

    summary = import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="UTC", dry_run=True)

    assert [str(p) for p in summary.problems] == [
        "line 5: the row has 15 fields but the header has 14 (a comma or quote inside a value may be unescaped)."]


def test_a_repaired_file_imported_again_adds_nothing(db, tmp_path):
    rows = ordinary_rows(12)
    rows[2][6] = "Help Desk, Level 2"
    path = write_dump(tmp_path / "dump.csv", rows)
    import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="UTC")

    again = import_file(db, Actor.cli(), path, FORMATS["libstats"], timezone="UTC")

    assert (again.imported, again.already_imported) == (0, 12)


# -- the property: a repair is never a wrong one --------------------------------------------------------

def _known(role: str, value: str, exactly: bool) -> bool:
    return False  # no coded value is known: only the file's own values count


ROLES = {HEADER.index("question_weekday"): ["weekday"]}
text_with_commas = st.lists(st.text(st.characters(whitelist_categories=("L",), max_codepoint=0x24F), min_size=1,
                                    max_size=8), min_size=2, max_size=3).map(", ".join)


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 10_000), count=st.integers(2, 40), broken=st.data())
def test_a_repaired_row_is_always_the_row_that_was_written(seed, count, broken):
    """Every other field uses the values the rest of the file uses (Libstats' own lists); the one value with
    commas is new. Whatever the file, a repair gives back exactly the cells written, or refuses the row."""
    rng = random.Random(seed)
    start = datetime(2020, 1, 1) + timedelta(days=rng.randrange(1500))
    written = [row(n, start + timedelta(hours=7 * n), rng=rng) for n in range(count)]
    picked = broken.draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=3, unique=True))
    column = broken.draw(st.sampled_from([HEADER.index("location_name"), HEADER.index("initials"),
                                          HEADER.index("library_name")]))
    for index in picked:
        value = broken.draw(text_with_commas)
        written[index][column] = value
    text = "".join(",".join(cells) + "\n" for cells in [list(HEADER), *written])

    table, repairs, refused = repair_rows(read_csv_text(text, "dump.csv"), ROLES, _known)

    by_line = {r.line: r.cells for r in table.rows}
    for index in picked:
        line = index + 2
        cells = by_line.get(line)
        if cells is not None and len(cells) == len(HEADER):
            assert list(cells) == written[index]  # repaired: exactly as written
        else:
            assert line in {p.line for p in refused} or (cells is not None and len(cells) > len(HEADER))
    assert all(len(by_line[i + 2]) == len(HEADER) for i in range(count) if i not in picked)
    assert {r.line for r in repairs} <= {i + 2 for i in picked}
    assert set(LOCATIONS)  # the vocabulary the generator draws from

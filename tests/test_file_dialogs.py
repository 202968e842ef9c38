"""A file dialog open on the database's folder never breaks the app's hold on the live SQLite file.

Issue 13 point 1 as it happened: Staff & settings ▸ Import and export ▸ Browse… shows the folder that holds
`desk.db`, a `deskapp … report` runs from a shell, then the desk saves. Two processes, a real Qt dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
from sqlalchemy import text

from deskapp.db import Database
from deskapp.ui import file_dialogs
from tests.test_live_file import count_in_another_process, save


@pytest.fixture
def live(tmp_path: Path):
    db = Database(tmp_path / "desk.db")
    with db.write() as session:
        session.execute(text("CREATE TABLE saves (id INTEGER PRIMARY KEY, value INTEGER NOT NULL)"))
    (tmp_path / "students.csv").write_text("name\nAda\n", encoding="utf-8")
    yield db
    db.dispose()
    file_dialogs._protected.clear()


def browse_folder(qtbot, dialog: QFileDialog, folder: Path) -> list[str]:
    """Show the dialog on `folder` until Qt has listed it and gathered each file's icon and type."""
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        dialog.show()
    qtbot.wait(800)  # the type/icon gathering runs on Qt's own thread after the listing
    view_model = dialog.proxyModel() or model
    root = view_model.mapFromSource(model.index(str(folder))) if dialog.proxyModel() else model.index(str(folder))
    names = [view_model.index(row, 0, root).data() for row in range(view_model.rowCount(root))]
    dialog.close()
    return names


def test_browsing_the_database_folder_keeps_every_save_visible_to_other_processes(qtbot, live: Database,
                                                                                   tmp_path: Path) -> None:
    save(live, 1)
    dialog = file_dialogs.make_dialog(None, "Import a file", str(tmp_path))
    qtbot.addWidget(dialog)
    browse_folder(qtbot, dialog, tmp_path)
    assert count_in_another_process(live.sqlite_path) == 1  # the scheduled report
    save(live, 2)
    save(live, 3)
    assert count_in_another_process(live.sqlite_path) == 3
    assert live.files_problem() is None


def test_qt_s_own_type_guessing_would_have_broken_the_locks(qtbot, live: Database, tmp_path: Path) -> None:
    """Why the dialogs above exist: the stock dialog reads desk.db to guess its type, and the watchdog
    then refuses the save that no other process would see."""
    save(live, 1)
    dialog = QFileDialog(None, "Import a file")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(str(tmp_path))
    qtbot.addWidget(dialog)
    browse_folder(qtbot, dialog, tmp_path)
    count_in_another_process(live.sqlite_path)
    assert live.files_problem() is not None


def test_the_live_database_and_its_journal_are_not_listed(qtbot, live: Database, tmp_path: Path) -> None:
    file_dialogs.protect(live.sqlite_path)
    save(live, 1)
    dialog = file_dialogs.make_dialog(None, "Import a file", str(tmp_path))
    qtbot.addWidget(dialog)
    names = browse_folder(qtbot, dialog, tmp_path)
    assert "students.csv" in names
    assert not {"desk.db", "desk.db-wal", "desk.db-shm"} & set(names)


def test_a_typed_name_of_the_live_database_is_never_handed_back(live: Database) -> None:
    file_dialogs.protect(live.sqlite_path)
    assert file_dialogs.is_protected(live.sqlite_path)
    assert file_dialogs.is_protected(f"{live.sqlite_path}-wal")
    assert not file_dialogs.is_protected(live.sqlite_path.with_name("students.csv"))

"""File dialogs that never read the live database file.

Qt's dialogs (and the platform's native ones) guess each listed file's type by opening it and reading its
first bytes. For the SQLite file this process has open that is fatal: closing any other descriptor of the
file drops all of SQLite's POSIX locks in the process, so the next deskapp command that closes its own
connection thinks it is alone, checkpoints and deletes the -wal, and this app's later saves go into a deleted
file (see deskapp/db/live_file.py). So every dialog here is Qt's own (never the native one), its icon
provider answers from the name alone, and the live database and its -wal/-shm/-journal are not listed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QStyle, QWidget

from deskapp.platform.restore import COMPANIONS

_protected: set[str] = set()


def protect(path: Path | None) -> None:
    """Keep `path` (the live database) and its companions out of every file dialog of the process."""
    if path is not None:
        base = str(Path(path).resolve())
        _protected.update({base, *(base + suffix for suffix in COMPANIONS)})


def is_protected(path: str | Path) -> bool:
    return str(Path(path).resolve()) in _protected if path else False


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the name and stat() alone: never the file's content."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        # Made here, on the GUI thread: Qt asks for icons from its file-information thread.
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        self._computer = style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        self._folder_name = QCoreApplication.translate("FileDialogs", "Folder")
        self._file_name = QCoreApplication.translate("FileDialogs", "File")

    def icon(self, what):
        if isinstance(what, QFileInfo):
            return self._folder if what.isDir() else self._file
        kind = QAbstractFileIconProvider.IconType
        return {kind.Computer: self._computer, kind.Drive: self._drive, kind.Folder: self._folder}.get(
            what, self._file)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._folder_name
        suffix = info.suffix()
        return f"{suffix.upper()} {self._file_name.lower()}" if suffix else self._file_name


class _HideLiveDatabase(QSortFilterProxyModel):
    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, QFileSystemModel):
            return not is_protected(model.filePath(model.index(source_row, 0, source_parent)))
        return True


def make_dialog(parent: QWidget | None, title: str, folder: str = "", filter_text: str = "") -> QFileDialog:
    """A Qt file dialog that cannot sniff the database (shown by the helpers below, or by a test)."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # Set before the folder is listed: the default provider would already have read every file.
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._deskapp_keep = (provider, _HideLiveDatabase(dialog))  # type: ignore[attr-defined]
    dialog.setProxyModel(dialog._deskapp_keep[1])  # type: ignore[attr-defined]
    if filter_text:
        dialog.setNameFilter(filter_text)
    if folder:
        start = Path(folder)
        dialog.setDirectory(str(start if start.is_dir() else start.parent))
        if not start.is_dir():
            dialog.selectFile(start.name)
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    # A typed name can still point at the database: never hand it to a reader or a writer.
    return "" if is_protected(path) else path


def open_file_name(parent: QWidget | None, title: str, folder: str = "", filter_text: str = "") -> str:
    dialog = make_dialog(parent, title, folder, filter_text)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _chosen(dialog)


def save_file_name(parent: QWidget | None, title: str, suggested: str = "", filter_text: str = "") -> str:
    dialog = make_dialog(parent, title, suggested, filter_text)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _chosen(dialog)


def existing_directory(parent: QWidget | None, title: str, folder: str = "") -> str:
    dialog = make_dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(dialog)

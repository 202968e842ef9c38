"""The patron's window for “How did we do?”: one question, three large choices and Skip.

A separate top-level window, so it can be dragged to a second screen turned towards the patron; it remembers
its screen and position (a small file beside the per-user settings). It is shown without taking the keyboard
from the desk form: the desk worker goes straight on with the next enquiry, and the patron answers by mouse
or touch, or by 1, 2, 3 and Esc once the window is active (clicked, or on its own keypad). A newer save
replaces the question; an unanswered one closes by itself after OPEN_FOR_MS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QHideEvent, QKeyEvent, QMoveEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from deskapp.platform.settings import user_config_path

OPEN_FOR_MS = 120_000  # the patron has left by then
THANKS_MS = 2_000
GEOMETRY_KEY = "patron_rating/geometry"
_RATING_KEYS = {Qt.Key.Key_1: "good", Qt.Key.Key_2: "neutral", Qt.Key.Key_3: "poor"}
_KEYS = {*_RATING_KEYS, Qt.Key.Key_Escape}


def geometry_file(user_config: Path | None) -> Path:
    return (user_config or user_config_path()).parent / "windows.ini"


class RatingWindow(QWidget):
    rated = Signal(int, str)  # enquiry id, "good" | "neutral" | "poor"
    skipped = Signal(int)

    def __init__(self, geometry_path: Path, parent: QWidget | None = None) -> None:
        # A window of its own (Qt.Window) although it has a parent: it closes with the desk page.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("patronRatingWindow")
        self.setWindowTitle(self.tr("How did we do?"))
        self.setAccessibleName(self.tr("How did we do? Patron rating"))
        # Shown without taking the keyboard from the desk form.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._settings = QSettings(str(geometry_path), QSettings.Format.IniFormat)
        self._placed = False
        self.enquiry_id: int | None = None
        self.question = QLabel(self.tr("How did we do today?"))
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.question.setFont(big)
        self.thanks = QLabel(self.tr("Thank you!"))
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setFont(big)
        self.thanks.hide()
        self.good = QPushButton(self.tr("😊\nGood (1)"))
        self.good.setAccessibleName(self.tr("Good"))
        self.neutral = QPushButton(self.tr("😐\nOK (2)"))
        self.neutral.setAccessibleName(self.tr("OK"))
        self.poor = QPushButton(self.tr("☹\nNot good (3)"))
        self.poor.setAccessibleName(self.tr("Not good"))
        self.skip = QPushButton(self.tr("Skip (Esc)"))
        self.skip.setAccessibleName(self.tr("Skip the question"))
        self.choices = {"good": self.good, "neutral": self.neutral, "poor": self.poor}
        choice_font = QFont(self.font())
        choice_font.setPointSizeF(choice_font.pointSizeF() * 1.6)
        row = QHBoxLayout()
        for rating, button in self.choices.items():
            button.setFont(choice_font)
            button.setMinimumSize(150, 110)
            button.clicked.connect(lambda _checked=False, r=rating: self.choose(r))
            row.addWidget(button)
        self.skip.clicked.connect(self.skip_question)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.thanks)
        self.setTabOrder(self.good, self.neutral)
        self.setTabOrder(self.neutral, self.poor)
        self.setTabOrder(self.poor, self.skip)
        self._expire = QTimer(self)
        self._expire.setSingleShot(True)
        self._expire.timeout.connect(self.skip_question)
        self._after_thanks = QTimer(self)
        self._after_thanks.setSingleShot(True)
        self._after_thanks.timeout.connect(self.hide)

    # --- asking -----------------------------------------------------------------------------------------------
    def ask(self, enquiry_id: int) -> None:
        """Ask about this enquiry; a question still open for an earlier one is dropped (that patron left)."""
        self.enquiry_id = enquiry_id
        self._after_thanks.stop()
        self._set_asking(True)
        if not self._placed:
            self._placed = True
            saved = self._settings.value(GEOMETRY_KEY)
            if isinstance(saved, QByteArray) and not saved.isEmpty():
                self.restoreGeometry(saved)  # Qt moves it back onto a screen if that screen is gone
            else:
                self._first_place()
        self.show()
        self._expire.start(OPEN_FOR_MS)

    def _first_place(self) -> None:
        """Never moved yet: on a second screen if there is one (the one turned towards the patron, most
        likely), else in the corner of the desk's screen, clear of the form in the middle."""
        self.adjustSize()
        parent = self.parentWidget()
        desk_screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [screen for screen in QGuiApplication.screens() if screen is not desk_screen]
        if others:
            area = others[0].availableGeometry()
            self.move(area.center() - self.rect().center())
        elif desk_screen is not None:
            area = desk_screen.availableGeometry()
            self.move(area.right() - self.width() - 24, area.bottom() - self.height() - 48)

    def choose(self, rating: str) -> None:
        if self.enquiry_id is None:
            return
        enquiry_id, self.enquiry_id = self.enquiry_id, None
        self._expire.stop()
        self.rated.emit(enquiry_id, rating)

    def skip_question(self) -> None:
        self._expire.stop()
        enquiry_id, self.enquiry_id = self.enquiry_id, None
        self.hide()
        if enquiry_id is not None:
            self.skipped.emit(enquiry_id)

    def thank(self) -> None:
        """The rating was saved: say thank you, then get out of the way."""
        self._set_asking(False)
        self._after_thanks.start(THANKS_MS)

    def _set_asking(self, asking: bool) -> None:
        for widget in (self.question, self.good, self.neutral, self.poor, self.skip):
            widget.setVisible(asking)
        self.thanks.setVisible(not asking)

    # --- keys and place ---------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # 1/2/3/Esc are this window's own while it is active: the desk page's shortcuts (Esc clears the form)
        # must not fire from the patron's window.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and Qt.Key(event.key()) in _KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _RATING_KEYS and self.enquiry_id is not None:
            self.choose(_RATING_KEYS[key])
        elif key == Qt.Key.Key_Escape:
            self.skip_question()
        else:
            super().keyPressEvent(event)

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self.isVisible():
            self._remember_place()

    def hideEvent(self, event: QHideEvent) -> None:
        self._remember_place()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing it with the title bar is a skip: the window is the desk's, it comes back at the next save.
        event.ignore()
        self.skip_question()

    def _remember_place(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()

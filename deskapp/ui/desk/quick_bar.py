"""The row of one-keystroke enquiries: F1-F8 each log their category at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from deskapp.desk.quick_buttons import KEY_COUNT, QuickButtonSpec
from deskapp.ui.desk.wrap import narrowest_for, wrap_lines

MAX_LINES = 3  # a key's label wraps onto up to three lines before it is shortened
F_KEYS = [Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7,
          Qt.Key.Key_F8]


class QuickKeyButton(QPushButton):
    """"F1 Wi-Fi / eduroam" on two lines, or three when a label needs them (a scaled screen, a long Danish
    label); every key in the row the same height. Only a label too long for three lines ends in "…"."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = ""
        self.setObjectName("quickButton")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the form; the F-key is the keyboard path
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)
        self.rows = 2  # set by the bar: the most lines any key of the row needs

    def set_label(self, label: str) -> None:
        self.label = label
        self._render()

    def wrapped(self) -> list[str]:
        return wrap_lines(self.fontMetrics(), f"{self.key}  {self.label}", self.width() - 12, MAX_LINES)

    def shortened(self) -> bool:
        """Whether the label shows less than "F1  Wi-Fi / eduroam" in full (tests/layout_checks.py)."""
        return self.text().replace("&&", "&").split() != f"{self.key}  {self.label}".split()

    def _render(self) -> None:
        lines = self.wrapped()
        lines += [""] * (self.rows - len(lines))
        self.setText("\n".join(lines).replace("&", "&&"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        bar = self.parentWidget()
        if isinstance(bar, QuickBar):
            bar.render_labels()
        else:
            self._render()


class QuickBar(QWidget):
    """Buttons labelled "F1 Wi-Fi / eduroam"; the F-keys work anywhere on the desk page (`shortcut_parent`)."""

    triggered = Signal(object)  # QuickButtonSpec

    def __init__(self, shortcut_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickBar")
        self._specs: dict[int, QuickButtonSpec] = {}
        self.title = QLabel(self.tr("One key:"))
        self.title.setObjectName("quickSource")
        self.title.setProperty("role", "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        self.grid.setSpacing(4)
        layout.addLayout(self.grid, 1)
        self._columns = 0
        self.buttons: list[QuickKeyButton] = []
        for position in range(1, KEY_COUNT + 1):
            button = QuickKeyButton(f"F{position}")
            button.clicked.connect(lambda _checked=False, p=position: self.trigger(p))
            self.buttons.append(button)
            shortcut = QShortcut(QKeySequence(F_KEYS[position - 1]), shortcut_parent)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda p=position: self.trigger(p))

    def set_buttons(self, specs: list[QuickButtonSpec]) -> None:
        self._specs = {s.position: s for s in specs}
        # Say where the keys come from, so nobody wonders whether they will move under their fingers.
        if any(s.source == "configured" for s in specs):
            self.title.setText(self.tr("One key\n(set by a leader)"))
            self.title.setToolTip(self.tr("A team leader set these keys for this desk (Staff & settings ▸ "
                                          "Quick buttons)."))
        else:
            self.title.setText(self.tr("One key\n(fixed for today)"))
            self.title.setToolTip(self.tr("No team leader has set these keys yet, so they are this desk's most "
                                          "used categories of the 30 days before today. They do not change "
                                          "until tomorrow; a team leader can fix them for good in Staff & "
                                          "settings ▸ Quick buttons."))
        self.title.setAccessibleName(self.title.text().replace("\n", " "))
        for position, button in enumerate(self.buttons, start=1):
            spec = self._specs.get(position)
            button.setEnabled(spec is not None)
            label = spec.label if spec else self.tr("(empty)")
            button.label = label
            button.setToolTip(self.tr("Log “%1” now (F%2)").replace("%1", label).replace("%2", str(position))
                              if spec else "")
            button.setAccessibleName(self.tr("Quick enquiry F%1: %2").replace("%1", str(position))
                                     .replace("%2", label))
        self._columns = 0  # the labels changed: choose the rows again
        self._arrange()
        self.render_labels()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """One row of eight keys when every label fits them in three lines; else two rows of four (a scaled
        screen, long labels), so no label is cut."""
        room = self.width() - self.title.sizeHint().width() - self.grid.spacing()
        metrics = self.fontMetrics()
        needed = max(narrowest_for(metrics, f"{b.key}  {b.label}", MAX_LINES) + 16 for b in self.buttons)
        columns = KEY_COUNT if not self.isVisible() or room >= KEY_COUNT * (needed + self.grid.spacing()) \
            else KEY_COUNT // 2
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        for column in range(KEY_COUNT):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def render_labels(self) -> None:
        """Every key as many lines high as the longest label needs at the widths the row has now (two at
        least: the row keeps its height when a label changes)."""
        rows = max([2, *(len(button.wrapped()) for button in self.buttons)])
        for button in self.buttons:
            button.rows = rows
            button._render()

    def trigger(self, position: int) -> None:
        spec = self._specs.get(position)
        if spec is not None:
            self.triggered.emit(spec)


"""The row of one-keystroke enquiries: F1-F8 each log their category at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from deskapp.desk.quick_buttons import KEY_COUNT, QuickButtonSpec
from deskapp.ui.desk.widgets import two_lines

F_KEYS = [Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7,
          Qt.Key.Key_F8]


class QuickKeyButton(QPushButton):
    """"F1 Wi-Fi / eduroam" on up to two lines; only a label too long for two lines ends in "…" (tooltip)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.label = ""
        self.setObjectName("quickButton")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the form; the F-key is the keyboard path
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)

    def set_label(self, label: str) -> None:
        self.label = label
        self._render()

    def _render(self) -> None:
        shown = two_lines(self.fontMetrics(), f"{self.key}  {self.label}", self.width() - 12)
        if "\n" not in shown:
            shown += "\n"  # every key the same height, whatever its label
        self.setText(shown.replace("&", "&&"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
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
        self.buttons: list[QuickKeyButton] = []
        for position in range(1, KEY_COUNT + 1):
            button = QuickKeyButton(f"F{position}")
            button.clicked.connect(lambda _checked=False, p=position: self.trigger(p))
            layout.addWidget(button, 1)
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
            button.set_label(label)
            button.setToolTip(self.tr("Log “%1” now (F%2)").replace("%1", label).replace("%2", str(position))
                              if spec else "")
            button.setAccessibleName(self.tr("Quick enquiry F%1: %2").replace("%1", str(position))
                                     .replace("%2", label))

    def trigger(self, position: int) -> None:
        spec = self._specs.get(position)
        if spec is not None:
            self.triggered.emit(spec)


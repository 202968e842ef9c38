"""One step of a guide at a time: answer buttons (keys 1-4) for a branching step, Next (Enter) otherwise,
and Back (Backspace) along the path actually taken."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from deskapp.guides.format import GuideSteps, Step

MAX_ANSWERS = 4


class WrapButton(QPushButton):
    """A push button whose label wraps onto more lines instead of widening the guide reader (a long answer
    such as "A 'Verify Certificate' window appears" would otherwise push the results list aside)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()


class WalkThrough(QWidget):
    step_changed = Signal(int)  # the step now shown (0: the guide has ended)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The reader itself takes the keys (digits, Enter, Backspace): a screen reader names it and reads the
        # step shown as its description, which Qt announces (DescriptionChanged) on every step.
        self.setAccessibleName(self.tr("Step-by-step guide"))
        self.steps: GuideSteps | None = None
        self.path: list[int] = []  # steps shown, in order; Back pops
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Step text"))
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_buttons = [WrapButton() for _ in range(MAX_ANSWERS)]
        answers = QVBoxLayout()  # one answer a line, each wrapping: the reader keeps its width
        for number, button in enumerate(self.answer_buttons, start=1):
            button.clicked.connect(lambda _=False, n=number: self.answer(n))
            answers.addWidget(button)
        self.back_button = QPushButton(self.tr("Back (Backspace)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next (Enter)"))
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.question)
        layout.addLayout(answers)
        layout.addLayout(nav)

    def set_steps(self, steps: GuideSteps | None) -> None:
        self.steps = steps
        self.path = [1] if steps is not None and steps.steps else []
        self._show()

    @property
    def current(self) -> int:
        """The step shown (0 when the guide has no steps or has ended)."""
        return self.path[-1] if self.path else 0

    def _step(self) -> Step | None:
        if self.steps is None or not self.current:
            return None
        return self.steps.step(self.current)

    def _show(self) -> None:
        step = self._step()
        total = len(self.steps.steps) if self.steps else 0
        for button in self.answer_buttons:
            button.hide()
        if step is None:
            if self.steps is None:
                self.heading.clear()
            else:
                self.heading.setText(self.tr("This guide has no numbered steps: see Read all.") if not total
                                     else self.tr("End of the guide. Backspace goes back a step."))
            self.text.clear()
            self.question.hide()
            self.next_button.setEnabled(False)
        else:
            self.heading.setText(self.tr("Step {n} of {total}: {title}").format(n=step.number, total=total,
                                                                              title=step.title))
            self.text.setMarkdown(step.text)
            self.question.setVisible(step.is_branching)
            self.question.setText(step.question or "")
            for number, (button, answer) in enumerate(zip(self.answer_buttons, step.answers, strict=False), 1):
                button.setText(self.tr("{key}. {answer}").format(key=number, answer=answer.text))
                button.setAccessibleName(answer.text)
                button.show()
            last = self.steps is not None and self.steps.next_after(step.number) is None
            self.next_button.setEnabled(not step.is_branching)
            self.next_button.setText(self.tr("Finish (Enter)") if last else self.tr("Next (Enter)"))
        self.back_button.setEnabled(len(self.path) > 1)
        self.setAccessibleDescription(self.heading.text())
        self.step_changed.emit(self.current)

    def answer(self, number: int) -> None:
        step = self._step()
        if step is None or not step.is_branching or not 1 <= number <= len(step.answers):
            return
        self.path.append(step.answers[number - 1].target)
        self._show()

    def next(self) -> None:
        step = self._step()
        if step is None or step.is_branching or self.steps is None:
            return
        following = self.steps.next_after(step.number)
        if following is None:
            self.path.append(0)  # ended; Back returns to the last step
        else:
            self.path.append(following)
        self._show()

    def back(self) -> None:
        if len(self.path) > 1:
            self.path.pop()
            self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.answer(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif key == Qt.Key.Key_Backspace:
            self.back()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

"""The report's picture, drawn with QPainter: horizontal bars, or a heat-map grid (QtCharts is not part of
PySide6-Essentials, and a bar chart and a grid need nothing more)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from deskapp.ui.skills.chart_data import ChartData
from deskapp.ui.skills.formats import number
from deskapp.ui.theme import blend, contrast_ratio, current_theme


class ReportChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        # Until the first run there is nothing to draw yet, which is not the same as "no data".
        self.empty_text = self.tr("Choose a report and a period, then press Enter or Run (Ctrl+R) to see it here.")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Report chart"))
        self._cells: list[tuple[QRectF, str]] = []  # what is drawn where, for the tooltip

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.empty_text = self.tr("Nothing to draw: no enquiries in this period and desk.")
        # The same picture in words: for a screen reader, and as the tooltip away from any bar or cell.
        self.setAccessibleDescription(data.text_equivalent())
        self._cells = []
        self.update()

    def describe_at(self, x: float, y: float) -> str | None:
        """What is drawn at this point (a bar or a heat-map cell), in words; None between them."""
        return next((text for rect, text in self._cells if rect.contains(x, y)), None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # Hovering a bar or a heat-map cell says what it is and its value in full.
            here = self.describe_at(event.pos().x(), event.pos().y())
            QToolTip.showText(event.globalPos(), here or self.data.text_equivalent(limit=12), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(self.palette().text().color())
        painter.drawText(8, line, self.data.caption)
        if self.data.legend:
            painter.drawText(8, self.height() - 6, self.data.legend)
        area = QRectF(8, line + 8, self.width() - 16, self.height() - 2 * line - 20)
        self._cells = []
        if self.data.kind == "grid":
            self._grid(painter, area, metrics)
        elif self.data.bars:
            self._bars(painter, area, metrics)
        else:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()

    def _bars(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        bars = self.data.bars
        theme = current_theme()
        # Room for the longest name (skill names run to ~60 characters): half the width before any "…",
        # and the full name is in the tooltip and the text equivalent whatever the width.
        label_width = min(area.width() * 0.5, max(metrics.horizontalAdvance(label) for label, _v, _h in bars) + 8)
        top = max((value for _l, value, _h in bars), default=0) or 1
        step = area.height() / len(bars)
        height = max(2.0, min(step * 0.75, 22.0))
        for i, (label, value, highlighted) in enumerate(bars):
            y = area.top() + i * step
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 8))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(area.left(), y, label_width - 8, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = (area.width() - label_width - 60) * max(0.0, value) / top
            bar = QRectF(area.left() + label_width, y, width, height)
            if highlighted:
                # Striped as well as orange: the legend's distinction must not rest on colour alone.
                painter.fillRect(bar, QColor(theme.chart_highlight))
                painter.fillRect(bar, QBrush(QColor(theme.base), Qt.BrushStyle.BDiagPattern))
            else:
                painter.fillRect(bar, QColor(theme.chart_bar))
            painter.drawText(QRectF(area.left() + label_width + width + 4, y, 56, height),
                             Qt.AlignmentFlag.AlignVCenter, number(value))
            self._cells.append((QRectF(area.left(), y, area.width(), height), f"{label}: {number(value)}"))

    def _grid(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        rows, columns = self.data.rows, self.data.columns
        theme = current_theme()
        if not rows or not columns:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        label_width = min(area.width() * 0.3, max(metrics.horizontalAdvance(r) for r in rows) + 8)
        header = metrics.height() + 4
        cell_w = (area.width() - label_width) / len(columns)
        cell_h = min(22.0, (area.height() - header) / len(rows))
        for c, name in enumerate(columns):
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(cell_w - 2))
            painter.drawText(QRectF(area.left() + label_width + c * cell_w, area.top(), cell_w, header),
                             Qt.AlignmentFlag.AlignCenter, text)
        for r, name in enumerate(rows):
            y = area.top() + header + r * cell_h
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(area.left(), y, label_width - 6, cell_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            for c in range(len(columns)):
                rect = QRectF(area.left() + label_width + c * cell_w + 1, y + 1, cell_w - 2, cell_h - 2)
                value, flagged = self.data.cells.get((r, c), (None, False))
                self._cells.append((rect, f"{name} · {columns[c]}: {self.data.labels.get((r, c), '–')}"))
                if value is None:
                    painter.fillRect(rect, QColor(theme.chart_empty))
                    continue
                colour = blend(QColor(theme.chart_bar), QColor(theme.base), 0.85 * (1 - max(0.0, min(1.0, value))))
                painter.fillRect(rect, colour)
                label = self.data.labels.get((r, c), "")
                if label and metrics.horizontalAdvance(label) + 4 <= rect.width():
                    # The value in figures as well as shade (pale cells alone were 1.1:1 against the page).
                    readable = max((QColor(theme.text), QColor(theme.base)), key=lambda t: contrast_ratio(t, colour))
                    painter.setPen(readable)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                if flagged:
                    painter.setPen(QPen(QColor(theme.chart_frame), 2))
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))

"""A small page-layout engine for the printed reports: text, images and tables placed on A4 pages with
QPainter, then painted with "page N of M" at each foot once the number of pages is known.

Why not QTextDocument (what the PDF used before): it slices one long document into page-high strips, so a
table row can be cut in two across pages, and its line breaking may split a word at a hyphen or, in a cell
narrower than the word, anywhere. Here every table row is one unit that moves whole to the next page (with
the header repeated), lines break only at spaces, and a column is never narrower than its longest word
(the font gets smaller before that would happen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter, QPen

PAD = 2.5  # inside each table cell, pixels at the writer's resolution
RULE = QColor("#9a9a9a")
HEADER_FILL = QColor("#e6e6e6")
INK = QColor("#1a1a1a")


def font(points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    result = QFont("sans-serif")
    result.setPointSizeF(points)
    result.setBold(bold)
    result.setItalic(italic)
    return result


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Lines of `text` no wider than `width`, broken only at spaces (a word wider than the width stands on
    its own line rather than being cut)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def widest_word(text: str, metrics: QFontMetricsF) -> float:
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)


@dataclass
class Piece:
    """Something placed whole on one page: its height, and how to paint it at (x, top)."""

    height: float
    paint: Callable[[QPainter, float, float], None]
    repeat: Piece | None = None  # a table's header, painted again above this row on a new page
    new_page: bool = False
    keep_with_next: bool = False


@dataclass
class Column:
    header: str
    right: bool = False  # numbers line up on the right
    grow: bool = False  # sentences take the room that is left over


@dataclass
class Cell:
    text: str
    fill: QColor | None = None
    bold: bool = False


@dataclass
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell | str]]
    points: float = 7.5
    new_page: bool = False
    pad: float = PAD  # inside each cell
    widths: list[float] = field(default_factory=list)  # set by the layout


class Page:
    """Where pieces go: the page's paint device (for font metrics) and the usable width and height."""

    def __init__(self, device: QPaintDevice, width: float, height: float) -> None:
        self.device, self.width, self.height = device, width, height

    def metrics(self, of: QFont) -> QFontMetricsF:
        return QFontMetricsF(of, self.device)

    def text(self, text: str, of: QFont, *, space_after: float = 4.0, space_before: float = 0.0,
             new_page: bool = False, keep_with_next: bool = False, color: QColor = INK) -> Piece:
        metrics = self.metrics(of)
        lines = wrap(text, metrics, self.width)
        line_height = metrics.lineSpacing()

        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.setFont(of)
            painter.setPen(color)
            for index, line in enumerate(lines):
                painter.drawText(QRectF(x, y + space_before + index * line_height, self.width, line_height),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        return Piece(space_before + len(lines) * line_height + space_after, paint, new_page=new_page,
                     keep_with_next=keep_with_next)

    def image(self, image: QImage, width: float, height: float, *, space_after: float = 4.0) -> Piece:
        def paint(painter: QPainter, x: float, y: float) -> None:
            painter.drawImage(QRectF(x, y, width, height), image)
        return Piece(height + space_after, paint)

    def table(self, table: Table) -> list[Piece]:
        """The header (kept with the first row) and one piece per row, each whole."""
        points = table.points
        while True:
            body, bold = font(points), font(points, bold=True)
            widths = column_widths(table, self.metrics(body), self.metrics(bold), self.width, table.pad)
            if widths is not None or points <= 5:
                break
            points -= 0.5  # the longest words do not fit side by side: a smaller font before a broken word
        table.widths = widths or [self.width / max(len(table.columns), 1)] * len(table.columns)
        header = self._row(table, [Cell(column.header, HEADER_FILL, True) for column in table.columns], body, bold)
        header.keep_with_next = True
        header.new_page = table.new_page
        rows = [self._row(table, [cell if isinstance(cell, Cell) else Cell(cell) for cell in row], body, bold)
                for row in table.rows]
        for row in rows:
            row.repeat = header
        return [header, *rows]

    def _row(self, table: Table, cells: list[Cell], body: QFont, bold: QFont) -> Piece:
        metrics = {False: self.metrics(body), True: self.metrics(bold)}
        wrapped = [wrap(cell.text, metrics[cell.bold], width - 2 * table.pad)
                   for cell, width in zip(cells, table.widths, strict=True)]
        line_height = metrics[False].lineSpacing()
        height = max(len(lines) for lines in wrapped) * line_height + 2 * table.pad

        def paint(painter: QPainter, x: float, y: float) -> None:
            left = x
            for cell, lines, width, column in zip(cells, wrapped, table.widths, table.columns, strict=True):
                if cell.fill is not None:
                    painter.fillRect(QRectF(left, y, width, height), cell.fill)
                painter.setFont(bold if cell.bold else body)
                painter.setPen(INK)
                align = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
                for index, line in enumerate(lines):
                    top = y + table.pad + index * line_height
                    painter.drawText(QRectF(left + table.pad, top, width - 2 * table.pad, line_height),
                                     int(align | Qt.AlignmentFlag.AlignVCenter), line)
                left += width
            painter.setPen(QPen(RULE, 0.6))
            painter.drawLine(int(x), int(y + height), int(left), int(y + height))
        return Piece(height, paint)


def column_widths(table: Table, body: QFontMetricsF, bold: QFontMetricsF, room: float, pad: float = PAD
                  ) -> list[float] | None:
    """Widths that fit `room`: each column at least its longest word (header words included), numbers and
    short values on one line where the room allows, sentences sharing what is left. None when even the
    longest words do not fit side by side."""
    least, natural = [], []
    for index, column in enumerate(table.columns):
        texts = [row[index] for row in table.rows]
        cells = [cell.text if isinstance(cell, Cell) else cell for cell in texts]
        longest_word = max([widest_word(column.header, bold), *(widest_word(text, body) for text in cells)])
        one_line = max([widest_word(column.header, bold),
                        *(max((body.horizontalAdvance(line) for line in text.split("\n")), default=0.0)
                          for text in cells)])
        least.append(longest_word + 2 * pad + 1)
        natural.append(one_line + 2 * pad + 1)
    if sum(least) > room:
        return None
    if sum(natural) <= room:
        spare = room - sum(natural)
        growing = [i for i, column in enumerate(table.columns) if column.grow]
        if not growing:  # short values only: a narrower table reads better than far-apart columns
            return natural
        return [width + (spare / len(growing) if i in growing else 0) for i, width in enumerate(natural)]
    # Between the two: every column gets its least, and the rest of the room goes to those that want more,
    # in proportion to how much more they want (the usual automatic table layout).
    spare = room - sum(least)
    wants = [n - m for n, m in zip(natural, least, strict=True)]
    total = sum(wants) or 1.0
    return [m + spare * want / total for m, want in zip(least, wants, strict=True)]


def paginate(pieces: Sequence[Piece], height: float) -> list[list[tuple[float, Piece]]]:
    """Pages of (top, piece): a piece that does not fit (with the next one, when it must stay with it) goes
    to a new page, and a table row that starts a page has its header repeated above it."""
    pages: list[list[tuple[float, Piece]]] = [[]]
    y = 0.0
    for index, piece in enumerate(pieces):
        need = piece.height
        if piece.keep_with_next and index + 1 < len(pieces):
            need += pieces[index + 1].height
        if pages[-1] and (piece.new_page or y + need > height):
            pages.append([])
            y = 0.0
            if piece.repeat is not None:
                pages[-1].append((y, piece.repeat))
                y += piece.repeat.height
        pages[-1].append((y, piece))
        y += piece.height
    return pages

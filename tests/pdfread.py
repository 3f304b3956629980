"""Reading PDFs back in tests: the text of each page and pages as images, through QtPdf
(in the PySide6 wheel already), so the tests need no poppler on the machine."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


class Pdf:
    """A PDF held in memory. Needs a QGuiApplication (the `qapp` fixture)."""

    def __init__(self, data: bytes) -> None:
        assert data.startswith(b"%PDF"), "not a PDF"
        self.data = data
        self.document = QPdfDocument()
        self._buffer = QBuffer(self.document)  # goes with the document, never before it
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        assert self.document.status() == QPdfDocument.Status.Ready, self.document.error()

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def text(self, page: int) -> str:
        return self.document.getAllText(page).text()

    def all_text(self) -> str:
        return "\n".join(self.text(page) for page in range(self.pages))

    def size_mm(self, page: int = 0) -> tuple[float, float]:
        size = self.document.pagePointSize(page)
        return size.width() / 72 * 25.4, size.height() / 72 * 25.4

    def image(self, page: int, dpi: int) -> QImage:
        """The page at `dpi`, on white paper."""
        size = self.document.pagePointSize(page)
        pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
        rendered = self.document.render(page, pixels)
        paper = QImage(pixels, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return paper


def read_code128(pdf: Pdf, page: int, left: float, right: float, height: float, dpi: int = 600) -> str:
    """What a scanner reads from the Code 128 barcode crossing the line at `height` (points
    from the page's bottom) between `left` and `right`: render the page, measure the bars along
    one row of pixels, turn their widths into symbols and those into the text they carry."""
    from reportlab.graphics.barcode.code128 import _patterns

    image = pdf.image(page, dpi)
    to_px = dpi / 72
    row = round(image.height() - height * to_px)
    dark = [image.pixelColor(x, row).lightness() < 128 for x in range(round(left * to_px), round(right * to_px))]
    runs, current, length = [], dark[0], 0
    for pixel in dark:
        if pixel == current:
            length += 1
        else:
            runs.append((current, length))
            current, length = pixel, 1
    runs.append((current, length))
    if not runs[0][0]:
        runs = runs[1:]  # the white before the first bar
    if not runs[-1][0]:
        runs = runs[:-1]  # and after the last
    widths = [n for _, n in runs]
    module = sum(widths[:6]) / 11  # the start symbol is 11 modules wide
    # reportlab's table of the standard symbols: upper case a bar, lower case a space, a-d = 1-4 modules
    symbols = {"".join(str(ord(ch.lower()) - 96) for ch in pattern[:6]): value
               for value, pattern in _patterns.items()}
    values = []
    assert (len(widths) - 7) % 6 == 0, "whole symbols and the stop pattern"
    for i in range(0, len(widths) - 7, 6):
        key = "".join(str(max(1, round(w / module))) for w in widths[i:i + 6])
        values.append(symbols[key])
    assert values[0] in (104, 105), "starts in code set B or C"
    checksum = (values[0] + sum(i * v for i, v in enumerate(values[1:-1], start=1))) % 103
    assert checksum == values[-1], "the check symbol matches"
    text, code_set = "", "C" if values[0] == 105 else "B"
    for value in values[1:-1]:
        if code_set == "C" and value == 100:
            code_set = "B"
        elif code_set == "B" and value == 99:
            code_set = "C"
        elif code_set == "C":
            text += f"{value:02d}"
        else:
            text += chr(value + 32)
    return text

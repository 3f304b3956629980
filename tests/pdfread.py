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

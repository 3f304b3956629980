"""Showing, printing and saving a PDF made by `reports/`, for any screen that has one
(the reports screen, and the counter's voucher and points slip).

    from desktop.ui.reports.printing import PdfPreviewDialog
    PdfPreviewDialog(pdf_bytes, title, "voucher.pdf", parent).exec()

The preview is Qt's own PDF viewer (QtPdf); printing goes through the system's print
dialog, page by page, rendered at the printer's resolution. A counter PC with a receipt
printer chosen in Settings (pc_settings.RECEIPT_PRINTER) prints its vouchers and slips
there in one key, without the dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import LoyaltyError
from desktop.services.database import write_file
from desktop.ui.errors import show_error
from desktop.ui.widgets import TOUCH_HEIGHT, grey_with_reason


class PdfPreview(QPdfView):
    """A scrolling view of a PDF held in memory, pages one under the other, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No Qt parent: a QPdfView that deletes its own child document on the way out crashes
        # (PySide6 6.x); owned by Python, the document outlives the view.
        self.document = QPdfDocument()
        self._buffer: QBuffer | None = None
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to the width, a page about as tall as the view needs a scroll bar at one
        # width and none at the next: shown as needed, the bar would come and go forever
        # (the counter froze on an 80 mm voucher). Always there, the width never changes.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pdf = b""

    def show_pdf(self, pdf: bytes) -> int:
        """Show these bytes; returns the number of pages (0 when they are not a PDF)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()
        self.pdf = pdf
        self._buffer = QBuffer(self.document)  # the document reads from it while it is shown
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        self.pdf = b""


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page onto the printer, scaled to fit its printable area, centred."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer cannot be opened")
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            image = document.render(page, size)
            painter.drawImage(QPointF((area.width() - size.width()) / 2, 0), image)
    finally:
        painter.end()


def receipt_printer_choice(current: str) -> QComboBox:
    """The PC's printers as Qt knows them, to choose the receipt printer once."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Printing", "None: ask with the print dialog"), "")
    for name in QPrinterInfo.availablePrinterNames():
        combo.addItem(name, name)
    if current and combo.findData(current) < 0:  # chosen before, not connected now: keep it
        combo.addItem(QCoreApplication.translate("Printing", "{name} (not found)").format(name=current), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def print_on(document: QPdfDocument, printer_name: str) -> None:
    """Print on the named printer at once, no dialog (the counter's receipt printer)."""
    if printer_name not in QPrinterInfo.availablePrinterNames():
        raise OSError(f"printer {printer_name!r} not found")
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    print_document(document, printer)


def print_with_dialog(parent: QWidget, document: QPdfDocument) -> bool:
    """Ask for the printer and its settings; print when the user says so."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_document(document, printer)
    return True


class PdfActions(QWidget):
    """The Print and Save buttons under a preview."""

    def __init__(self, preview: PdfPreview, suggested_name: str = "document.pdf", parent: QWidget | None = None,
                 *, printer_name: str = ""):
        super().__init__(parent)
        self.preview, self.suggested_name, self.printer_name = preview, suggested_name, printer_name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        if printer_name:
            self.print_button = QPushButton(self.tr("&Print on {printer}").format(printer=printer_name))
            self.print_button.setToolTip(self.tr("Print at once on this counter's receipt printer (Ctrl+P)"))
        else:
            self.print_button = QPushButton(self.tr("&Print…"))
            self.print_button.setToolTip(self.tr("Print through the system's print dialog (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the document as a PDF file (Ctrl+S)"))
        for button, key, slot in ((self.print_button, "Ctrl+P", self.print_pdf),
                                  (self.save_button, "Ctrl+S", self.save_pdf)):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setMinimumWidth(150)
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WindowShortcut)
            layout.addWidget(button)
        self.tips = {button: button.toolTip() for button in (self.print_button, self.save_button)}
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        reason = "" if enabled else self.tr("Make the document first: there is nothing to print or save yet.")
        for button, tip in self.tips.items():
            grey_with_reason(button, reason, tip=tip)

    def print_pdf(self) -> None:
        if not self.preview.pdf:
            return
        if not self.printer_name:
            print_with_dialog(self, self.preview.document)
            return
        try:
            print_on(self.preview.document, self.printer_name)
        except OSError:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "The receipt printer {printer} cannot be reached. Is it switched on and connected? "
                "Choose another in Settings → This counter.").format(printer=self.printer_name))

    def save_pdf(self) -> Path | None:
        if not self.preview.pdf:
            return None
        title = self.tr("Save as PDF")
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / self.suggested_name), "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:  # the dialog asked before replacing a file; a database is refused all the same
            write_file(path, self.preview.pdf)
        except LoyaltyError as error:
            show_error(self, error)
            return None
        return path


class PdfPreviewDialog(QDialog):
    """A document to look at, print or save: e.g. the voucher just handed out at the counter."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str = "document.pdf",
                 parent: QWidget | None = None, *, printer_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(self)
        self.actions_row = PdfActions(self.preview, suggested_name, self, printer_name=printer_name)
        close = QPushButton(self.tr("Close"))
        close.setMinimumHeight(TOUCH_HEIGHT)
        close.clicked.connect(self.reject)
        self.actions_row.layout().addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.actions_row)
        self.preview.show_pdf(pdf)
        self.actions_row.set_enabled(True)
        self.resize(640, 700)

"""Printing at the counter: the voucher of a reward just handed out, the points slip of a
purchase, a customer's loyalty card (new, or replacing a lost one).

The slip is made on a worker thread (it reads the database); reportlab and QtPdf load on
the first print, not at start-up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.database import Database
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.pc_settings import ESCPOS_PRINTER, RECEIPT_PRINTER
from desktop.ui.tasks import ProgressDialog

log = logging.getLogger(__name__)


def _off_the_ui_thread(parent: QWidget | None, title: str, work, done, failed) -> ProgressDialog:
    """Run `work` behind a progress dialog of its own, which goes when the work has ended."""
    dialog = ProgressDialog(parent)
    dialog.runner.sig_finished.connect(dialog.deleteLater)
    dialog.run(title, work, done, failed, cancellable=False)  # a slip is quick, and wanted once asked for
    return dialog


def _escpos(parent: QWidget | None, db: Database, title: str, write) -> ProgressDialog | None:
    """Send a slip straight to this PC's ESC/POS printer when one is set (None when there is none)."""
    target = ESCPOS_PRINTER.get(QSettings())
    if not target:
        return None

    def work() -> None:
        from reports import escpos_slips  # loads python-escpos on the first slip, not at start-up

        printer = escpos_slips.open_printer(target)
        try:
            write(escpos_slips, printer, db)
        finally:
            printer.close()

    def failed(error: BaseException) -> None:  # a printer that is off or unplugged: said in a sentence
        log.warning("ESC/POS printer %s: %s", target, error)
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "Slips", "The receipt printer {printer} cannot be reached. Is it switched on and connected?").format(
            printer=target))

    return _off_the_ui_thread(parent, title, work, lambda _none: None, failed)


def show_voucher(parent: QWidget | None, db: Database, formats: Formats, code: str) -> ProgressDialog:
    """Print the voucher on the ESC/POS printer, else make it and show it; returns the work started."""
    from reports.slips import voucher_pdf

    title = QCoreApplication.translate("Slips", "Voucher {code}").format(code=code)
    sent = _escpos(parent, db, title, lambda escpos, printer, db: escpos.print_voucher(
        printer, db, code, formats.language))
    if sent is not None:
        return sent
    return _off_the_ui_thread(parent, QCoreApplication.translate("Slips", "Making the voucher…"),
                              lambda: voucher_pdf(db, code, formats.language, "80mm"),
                              lambda pdf: _preview(parent, pdf, title, f"voucher-{code}.pdf"),
                              lambda error: show_error(parent, error))


def show_points_slip(parent: QWidget | None, db: Database, formats: Formats, purchase_id: int) -> ProgressDialog:
    """Print the points slip on the ESC/POS printer, else make it and show it; returns the work started."""
    from reports.slips import points_slip_pdf

    title = QCoreApplication.translate("Slips", "Points slip")
    sent = _escpos(parent, db, title, lambda escpos, printer, db: escpos.print_points_slip(
        printer, db, purchase_id, formats.language))
    if sent is not None:
        return sent
    return _off_the_ui_thread(parent, QCoreApplication.translate("Slips", "Making the points slip…"),
                              lambda: points_slip_pdf(db, purchase_id, formats.language),
                              lambda pdf: _preview(parent, pdf, title, f"points-{purchase_id}.pdf"),
                              lambda error: show_error(parent, error))


def show_card(parent: QWidget | None, db: Database, formats: Formats, card: str) -> ProgressDialog:
    """The customer's loyalty card on the sheet of cards (A4 card stock, the first place),
    with Ctrl+P printing it on the PC's usual printer; returns the work started."""
    from reports.cards import cards_pdf

    title = QCoreApplication.translate("Slips", "Card {card}").format(card=card)
    return _off_the_ui_thread(parent, QCoreApplication.translate("Slips", "Making the card…"),
                              lambda: cards_pdf(db, formats.language, [card]),
                              lambda pdf: _preview(parent, pdf, title, f"card-{card}.pdf", printer_name=""),
                              lambda error: show_error(parent, error))


def _preview(parent: QWidget | None, pdf: bytes, title: str, file_name: str, *,
             printer_name: str | None = None) -> None:
    """The slip at once, with Ctrl+P printing it on this PC's receipt printer when one is
    chosen (`printer_name`: another printer, "" for the usual one)."""
    from desktop.ui.reports.printing import PdfPreviewDialog

    chosen = RECEIPT_PRINTER.get(QSettings()) if printer_name is None else printer_name
    PdfPreviewDialog(pdf, title, file_name, parent, printer_name=chosen).exec()

"""Printing at the counter: the voucher of a reward just handed out, the points slip of a
purchase, a customer's loyalty card (new, or replacing a lost one).

The slip is made on a worker thread (it reads the database); reportlab and QtPdf load on
the first print, not at start-up.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.storage.engine import Database
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.pc_settings import ESCPOS_PRINTER, RECEIPT_PRINTER
from desktop.ui.tasks import run_with_progress

log = logging.getLogger(__name__)


def _escpos(parent: QWidget, db: Database, title: str, write) -> bool:
    """Send a slip straight to this PC's ESC/POS printer when one is set; True when it was."""
    target = ESCPOS_PRINTER.get(QSettings())
    if not target:
        return False

    def work(_progress) -> None:
        from reports import escpos_slips  # loads python-escpos on the first slip, not at start-up

        printer = escpos_slips.open_printer(target)
        try:
            with db.read() as session:
                write(escpos_slips, printer, session)
        finally:
            printer.close()

    try:
        run_with_progress(parent, title, work)
    except Exception as error:  # noqa: BLE001 (a printer that is off or unplugged: said in a sentence)
        log.warning("ESC/POS printer %s: %s", target, error)
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "Slips", "The receipt printer {printer} cannot be reached. Is it switched on and connected?").format(
            printer=target))
    return True


def show_voucher(parent: QWidget, db: Database, formats: Formats, code: str) -> None:
    from reports.slips import voucher_pdf

    title = QCoreApplication.translate("Slips", "Voucher {code}").format(code=code)
    if _escpos(parent, db, title, lambda escpos, printer, session: escpos.print_voucher(
            printer, session, code, formats.language)):
        return

    def work(_progress) -> bytes:
        with db.read() as session:
            return voucher_pdf(session, code, formats.language, "80mm")

    try:
        pdf = run_with_progress(parent, QCoreApplication.translate("Slips", "Making the voucher…"), work)
    except Exception as error:  # noqa: BLE001 (shown as a sentence, details in the log)
        show_error(parent, error)
        return
    _preview(parent, pdf, title, f"voucher-{code}.pdf")


def show_points_slip(parent: QWidget, db: Database, formats: Formats, purchase_id: int) -> None:
    from reports.slips import points_slip_pdf

    title = QCoreApplication.translate("Slips", "Points slip")
    if _escpos(parent, db, title, lambda escpos, printer, session: escpos.print_points_slip(
            printer, session, purchase_id, formats.language)):
        return

    def work(_progress) -> bytes:
        with db.read() as session:
            return points_slip_pdf(session, purchase_id, formats.language)

    try:
        pdf = run_with_progress(parent, QCoreApplication.translate("Slips", "Making the points slip…"), work)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return
    _preview(parent, pdf, title, f"points-{purchase_id}.pdf")


def show_card(parent: QWidget, db: Database, formats: Formats, card: str) -> None:
    """The customer's loyalty card on the sheet of cards (A4 card stock, the first place),
    with Ctrl+P printing it on the PC's usual printer."""
    from reports.cards import cards_pdf

    def work(_progress) -> bytes:
        with db.read() as session:
            return cards_pdf(session, formats.language, [card])

    try:
        pdf = run_with_progress(parent, QCoreApplication.translate("Slips", "Making the card…"), work)
    except Exception as error:  # noqa: BLE001
        show_error(parent, error)
        return
    _preview(parent, pdf, QCoreApplication.translate("Slips", "Card {card}").format(card=card),
             f"card-{card}.pdf", printer_name="")


def _preview(parent: QWidget, pdf: bytes, title: str, file_name: str, *, printer_name: str | None = None) -> None:
    """The slip at once, with Ctrl+P printing it on this PC's receipt printer when one is
    chosen (`printer_name`: another printer, "" for the usual one)."""
    from desktop.ui.reports.printing import PdfPreviewDialog

    chosen = RECEIPT_PRINTER.get(QSettings()) if printer_name is None else printer_name
    PdfPreviewDialog(pdf, title, file_name, parent, printer_name=chosen).exec()

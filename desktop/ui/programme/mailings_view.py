"""Did the offer work? (a tab of the Retention screen): each mailing's comparison of the
customers mailed with those held back, and sending the reactivation letters with a
control group."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.control_group import HOLD_BACK_PERCENT, WINDOWS
from desktop.core.kinds import Role
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.mailings import MAX_HOLD_BACK, MailingResult, mailing_results, send_reactivation_letters
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.tasks import ProgressDialog
from desktop.ui.widgets import TOUCH_HEIGHT, grey_with_reason, read_only_table


class MailingsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.formats = db, actor, formats
        self.results: list[MailingResult] = []
        self.send = QPushButton(self.tr("&Send reactivation letters…"))
        self.send.setMinimumHeight(TOUCH_HEIGHT)
        grey_with_reason(self.send, "" if actor.role == Role.OWNER else self.tr("Only the owner sends letters."),
                         tip=self.tr("Letters to latent customers with consent; a random share is held back "
                                     "to see whether the letters work"))
        self.send.clicked.connect(self.send_letters)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Who came back after each mailing, mailed against held back")))
        top.addStretch()
        top.addWidget(self.send)
        self.table = read_only_table([self.tr("Mailing"), self.tr("Sent"), self.tr("Within"), self.tr("Mailed"),
                                      self.tr("Held back"), self.tr("Extra revenue"), self.tr("How sure")])
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.loaded = False
        self.work = ProgressDialog(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name): read when first looked at
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        self.loaded = True
        today = clock.today()

        self.work.run(self.tr("Mailings"), lambda: mailing_results(self.db, today), self._show,
                      lambda error: show_error(self, error), latest=True)

    def _show(self, results: list) -> None:
        self.results = results
        from reports.language import Language
        from reports.mailings import verdict

        lang, f = Language(self.formats.language), self.formats
        rows = []
        for result in self.results:
            for days in WINDOWS:
                c = result.windows[days]
                within = self.tr("{n} days").format(n=days) + ("" if result.complete(days) else
                                                                 " " + self.tr("(so far)"))
                first = days == WINDOWS[0]
                rows.append((result.name if first else "", f.day(result.sent_on) if first else "", within,
                             self._share(c.mailed_back, c.mailed), self._share(c.held_back_came, c.held),
                             "" if c.extra_cents is None else f.amount(c.extra_cents), verdict(c, lang)))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(r, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def _share(self, part: int, whole: int) -> str:
        share = f" ({round(100 * part / whole)}%)" if whole else ""
        return self.tr("{part} of {whole}").format(part=part, whole=whole) + share

    def send_letters(self) -> None:
        suggested = self.tr("Reactivation letters {day}").format(day=self.formats.day(clock.today()))
        name, ok = QInputDialog.getText(self, self.tr("Send reactivation letters"), self.tr("Name of the mailing:"),
                                        text=suggested)
        if not ok:
            return
        percent, ok = QInputDialog.getInt(self, self.tr("Send reactivation letters"),
                                          self.tr("Hold back this share of the list, at random, to compare (%):"),
                                          HOLD_BACK_PERCENT, 0, MAX_HOLD_BACK)
        if not ok:
            return
        language = self.formats.language

        def send():
            from reports.letters import letters_pdf

            sent, people = send_reactivation_letters(self.db, self.actor, name, hold_back_percent=percent)
            return sent, letters_pdf(self.db, language, people=people)

        # Not cancellable: once the mailing is recorded, its letters are wanted.
        self.work.run(self.tr("Send reactivation letters"), send, lambda made: self._sent(*made),
                      lambda error: show_error(self, error), cancellable=False)

    def _sent(self, sent, pdf: bytes) -> None:
        self.refresh()
        QMessageBox.information(self, self.tr("Send reactivation letters"),
                                self.tr("{mailed} letters to print; {held} customers held back to compare.")
                                .format(mailed=len(sent.mailed), held=len(sent.held)))
        from desktop.ui.reports.printing import PdfPreviewDialog

        PdfPreviewDialog(pdf, self.tr("Reactivation letters"), f"letters-{clock.today().isoformat()}.pdf", self).exec()

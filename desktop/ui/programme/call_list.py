"""The call list on screen (a tab of the Retention screen): regulars overdue by their own
rhythm before they turn latent, with the owner's factor, and the list on paper."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.services.database import Database
from desktop.services.rhythm import FACTOR_RANGE, MIN_VISITS_RANGE, OverdueCustomer, overdue_customers
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.pc_settings import CALL_LIST_FACTOR, CALL_LIST_VISITS
from desktop.ui.tasks import ProgressDialog
from desktop.ui.widgets import TOUCH_HEIGHT, read_only_table


class CallListPage(QWidget):
    def __init__(self, db: Database, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.formats = db, formats
        self.lines: list[OverdueCustomer] = []
        remembered = QSettings()
        self.factor = QDoubleSpinBox()
        self.factor.setRange(*FACTOR_RANGE)
        self.factor.setSingleStep(0.5)
        self.factor.setDecimals(1)
        self.factor.setSuffix(" ×")
        self.factor.setValue(CALL_LIST_FACTOR.get(remembered))
        self.factor.setToolTip(self.tr("Overdue when away this many times the customer's usual gap between visits"))
        self.visits = QSpinBox()
        self.visits.setRange(*MIN_VISITS_RANGE)
        self.visits.setValue(CALL_LIST_VISITS.get(remembered))
        self.visits.setToolTip(self.tr("Visits in the last year before a customer has a rhythm of their own"))
        self.show_button = QPushButton(self.tr("&Show the list"))
        self.print_button = QPushButton(self.tr("&Paper…"))
        for widget in (self.factor, self.visits, self.show_button, self.print_button):
            widget.setMinimumHeight(TOUCH_HEIGHT)
        self.show_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.on_paper)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Away at least")))
        top.addWidget(self.factor)
        top.addWidget(QLabel(self.tr("usual gaps, with at least")))
        top.addWidget(self.visits)
        top.addWidget(QLabel(self.tr("visits a year")))
        top.addStretch()
        top.addWidget(self.show_button)
        top.addWidget(self.print_button)
        self.table = read_only_table([self.tr("Customer"), self.tr("Card"), self.tr("Phone"), self.tr("Usually every"),
                                      self.tr("Last visit"), self.tr("Expected"), self.tr("Away"), self.tr("Consent")])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.loaded = False
        self.work = ProgressDialog(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name): the list is read when first looked at
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def _remember(self) -> None:
        remembered = QSettings()
        CALL_LIST_FACTOR.put(remembered, float(self.factor.value()))
        CALL_LIST_VISITS.put(remembered, int(self.visits.value()))

    def refresh(self) -> None:
        self.loaded = True
        self._remember()
        today, factor, visits = clock.today(), self.factor.value(), self.visits.value()

        self.work.run(self.tr("Call list"), lambda: overdue_customers(self.db, today, factor=factor, min_visits=visits),
                      lambda lines: self._show(lines, today), lambda error: show_error(self, error), latest=True)

    def _show(self, lines: list, today) -> None:
        self.lines = lines
        f = self.formats
        rows = [(c.name, c.card_number, c.phone, self.tr("{n} days").format(n=c.rhythm.usual_gap_days),
                 f.day(c.rhythm.last_visit), f.day(c.rhythm.expected_next),
                 f"{c.rhythm.overdue_by(today):.1f}×".replace(".", "," if f.language == "nl" else "."),
                 self.tr("yes") if c.consent else self.tr("no")) for c in self.lines]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.summary.setText(self.tr("{n} regular customers are away longer than usual for them and not latent yet: "
                                     "a call or a note now may bring them back.").format(n=len(rows))
                             if rows else self.tr("No regular customer is overdue."))

    def on_paper(self) -> None:
        today, factor, visits, language = clock.today(), self.factor.value(), self.visits.value(), self.formats.language
        self._remember()

        def make() -> bytes:
            from reports.call_list import call_list_pdf

            return call_list_pdf(self.db, today, language, factor=factor, min_visits=visits)

        def preview(pdf: bytes) -> None:
            from desktop.ui.reports.printing import PdfPreviewDialog

            PdfPreviewDialog(pdf, self.tr("Call list"), f"call-list-{today.isoformat()}.pdf", self).exec()

        self.work.run(self.tr("Call list"), make, preview, lambda error: show_error(self, error))

"""The till's totals for the owner: what the till took each day (its Z-report), or in a whole
month when only the books have it, so the dashboard and the monthly report can show the
members' share of revenue. A figure entered again is a correction with a reason."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock, measures, till
from desktop.core.errors import ValidationError
from desktop.core.money import parse_amount
from desktop.services import till_totals
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT, FormErrors, WorkingLabel


class TillTotalsScreen(QWidget):
    def __init__(self, db: Database, actor: Actor, formats: Formats, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor, self.formats = db, actor, formats
        self.shown_month: date | None = None
        self.lines: list[till_totals.TillLine] = []
        self.setWindowTitle(self.tr("Till totals"))
        self.resize(900, 640)
        self.saving = Runner(self)  # the entry waits on the database off the UI thread
        self.reading = Runner(self)  # the month's figures: only the newest month asked is shown

        self.per_day = QRadioButton(self.tr("One day (the till's Z-report)"))
        self.per_month = QRadioButton(self.tr("A whole month (from the books)"))
        self.per_day.setChecked(True)
        for choice in (self.per_day, self.per_month):
            choice.toggled.connect(self._kind_changed)
        kinds = QHBoxLayout()
        kinds.addWidget(self.per_day)
        kinds.addWidget(self.per_month)
        kinds.addStretch()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setMinimumHeight(TOUCH_HEIGHT)
        today = clock.today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.dateChanged.connect(self._load)
        self.day.setMaximumWidth(260)
        self.amount = QLineEdit()
        self.amount.setMinimumHeight(TOUCH_HEIGHT)
        self.amount.setPlaceholderText(self.tr("What the till took, for example 1234,50"))
        self.amount.returnPressed.connect(self.save)
        self.amount.setMaximumWidth(420)
        self.reason = QLineEdit()
        self.reason.setMinimumHeight(TOUCH_HEIGHT)
        self.reason.setPlaceholderText(self.tr("Only when correcting a figure entered before"))
        self.reason.returnPressed.connect(self.save)
        self.errors = FormErrors()
        form = QFormLayout()
        form.addRow(self.tr("Enter"), kinds)
        form.addRow(self.tr("Date"), self.errors.beside("day", self.day))
        form.addRow(self.tr("Till total"), self.errors.beside("amount", self.amount))
        form.addRow(self.tr("Reason for a correction"), self.errors.beside("reason", self.reason))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setMinimumHeight(TOUCH_HEIGHT)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.working = WorkingLabel()
        self.saving.sig_busy.connect(self.working.setVisible)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.working)
        actions.addWidget(self.status, 1)

        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-weight: 600;")
        self.month_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Till total"), self.tr("Entered by"),
                                              self.tr("Correction")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(self._row_chosen)
        note = QLabel(self.tr("The dashboard and the monthly report show the members' share of revenue for a "
                              "month whose till total is entered for every day, or as one month total. A month "
                              "total counts instead of the month's days."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.month_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self._kind_changed()
        self.amount.setFocus()

    # -- the month shown ------------------------------------------------------------------
    def chosen_day(self) -> date:
        day = self.day.date().toPython()
        return day.replace(day=1) if self.per_month.isChecked() else day

    def month_name(self, first: date) -> str:
        locale = QLocale(QLocale.Language.Dutch if self.formats.language == "nl" else QLocale.Language.English)
        return f"{locale.standaloneMonthName(first.month)} {first.year}"

    def _kind_changed(self) -> None:
        self.day.setDisplayFormat("MM-yyyy" if self.per_month.isChecked() else "dd-MM-yyyy")
        self._load()

    def _load(self) -> None:
        first = self.day.date().toPython().replace(day=1)
        db = self.db
        self.reading.run(lambda: (first, till_totals.month_lines(db, first.year, first.month)), self._show_month,
                         lambda error: show_error(self, error), latest=True)

    def _show_month(self, found: tuple[date, list[till_totals.TillLine]]) -> None:
        first, lines = found
        self.shown_month = first
        month = measures.month(first.year, first.month)
        covered = till.coverage(month, {line.day: line.revenue_cents for line in lines if not line.whole_month},
                                {line.day: line.revenue_cents for line in lines if line.whole_month})
        name = self.month_name(first)
        if covered.complete:
            self.month_label.setText(self.tr("{month}: entered for every day; the till took {amount}.").format(
                month=name, amount=self.formats.amount(covered.cents)))
        else:
            self.month_label.setText(self.tr("{month}: entered for {entered} of {days} days.").format(
                month=name, entered=covered.entered_days, days=covered.days))
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            when = self.tr("month {month}").format(month=name) if line.whole_month else self.formats.day(line.day)
            correction = (self.tr("{count}× corrected: {reason}").format(count=line.corrections, reason=line.reason)
                          if line.corrections else "")
            texts = (when, self.formats.amount(line.revenue_cents),
                     f"{line.entered_by or '–'}, {self.formats.moment(line.entered_at)}", correction)
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def _row_chosen(self, row: int) -> None:
        """A figure clicked in the list comes into the form, to correct it."""
        line = self.lines[row]
        (self.per_month if line.whole_month else self.per_day).setChecked(True)
        self.day.setDate(QDate(line.day.year, line.day.month, line.day.day))
        self.amount.setFocus()

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> None:
        day, whole_month = self.chosen_day(), self.per_month.isChecked()
        problems: dict[str, str] = {}
        cents = 0
        try:
            cents = parse_amount(self.amount.text())
        except ValidationError as error:
            problems["amount"] = explain(error)
        for error in till_totals.till_total_problems(day, cents, whole_month=whole_month, today=clock.today()):
            problems.setdefault(error.field, explain(error))
        if self.errors.show_all(problems, "amount"):
            self.status.setText(self.tr("Not saved: see the message beside the field."))
            return
        db, actor, reason = self.db, self.actor, self.reason.text()
        if self.saving.run(lambda: till_totals.enter_till_total(db, actor, day, cents, whole_month=whole_month,
                                                                reason=reason), self._saved, self._refused):
            self._greyed(True)  # a second Enter while it saves enters once; nothing typed is lost
            self.status.setText("")

    def _greyed(self, saving: bool) -> None:
        for widget in (self.per_day, self.per_month, self.day, self.amount, self.reason, self.save_button):
            widget.setEnabled(not saving)

    def _saved(self, entered: till_totals.Entered) -> None:
        self._greyed(False)
        line = entered.line
        what = self.month_name(line.day) if line.whole_month else self.formats.day(line.day)
        if not entered.changed:
            self.status.setText(self.tr("{day} had {amount} already; nothing changed.").format(
                day=what, amount=self.formats.amount(line.revenue_cents)))
        else:
            self.status.setText(self.tr("Saved: {day} {amount}.").format(
                day=what, amount=self.formats.amount(line.revenue_cents)))
        self.amount.clear()
        self.reason.clear()
        if not line.whole_month and line.day < clock.today():  # the next Z-report, as the owner goes through them
            after = line.day + timedelta(days=1)
            self.day.setDate(QDate(after.year, after.month, after.day))
        self._load()
        self.amount.setFocus()

    def _refused(self, error: BaseException) -> None:
        self._greyed(False)
        if isinstance(error, ValidationError):
            self.errors.show_all({error.field: explain(error)}, "amount")
            self.status.setText(self.tr("Not saved: see the message beside the field."))
            if error.field == "reason":
                self.reason.setFocus()
        else:
            show_error(self, error)

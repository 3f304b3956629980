"""The balance between the three levels of retention, for the owner: rewards per level over a
period (a chart), customers reached, a hint when one level dominates, and what is coming up:
birthdays, events, subscriptions due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.clock import local_date
from desktop.core.kinds import RetentionLevel
from desktop.core.retention import MIN_FOR_A_HINT, out_of_ten
from desktop.core.rules import add_months
from desktop.services import retention, subscriptions
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.counter.redeem_dialog import level_label
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.programme.call_list import CallListPage
from desktop.ui.programme.mailings_view import MailingsPage
from desktop.ui.tasks import ProgressDialog, progress
from desktop.ui.widgets import TOUCH_HEIGHT, read_only_table

LEVEL_COLOURS = {RetentionLevel.FINANCIAL: "#4c78a8", RetentionLevel.SOCIAL_EMOTIONAL: "#e45756",
                 RetentionLevel.STRUCTURAL: "#54a24b"}
PERIODS = (1, 3, 12)  # months back from the start of this month's next month


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class RetentionView(QWidget):
    def __init__(self, db: Database, actor: Actor, formats: Formats, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor, self.formats = db, actor, formats
        self.setWindowTitle(self.tr("Customer retention"))
        self.resize(1280, 720)
        self.period = QComboBox()
        self.period.addItem(self.tr("This month"), 1)
        self.period.addItem(self.tr("The last 3 months"), 3)
        self.period.addItem(self.tr("The last 12 months"), 12)
        self.period.setMinimumHeight(TOUCH_HEIGHT)
        self.period.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rewards handed out in:")))
        top.addWidget(self.period)
        top.addStretch()

        from matplotlib.backends.backend_qtagg import (
            FigureCanvasQTAgg,  # heavy: only when the screen opens
        )
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(6, 3.2), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.levels = read_only_table(
            [self.tr("Level"), self.tr("Handed out"), self.tr("Used"), self.tr("Customers reached")]
        )
        self.levels.setMaximumHeight(140)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("background: #fff4cc; border: 1px solid #e0c060; border-radius: 4px; padding: 8px;")
        self.occasion_note = QLabel()
        self.occasion_note.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        left.addWidget(self.levels)
        left.addWidget(self.hint)
        left.addWidget(self.occasion_note)

        self.birthdays = read_only_table([self.tr("Birthday"), self.tr("Customer"), self.tr("Card")])
        self.events = read_only_table([self.tr("Event"), self.tr("When"), self.tr("Said yes"), self.tr("Came"),
                              self.tr("Seats left")])
        self.due = read_only_table(
            [self.tr("Due"), self.tr("Customer"), self.tr("Card"), self.tr("Item"), self.tr("How")]
        )
        self.handed_over = QPushButton(self.tr("&Collected / delivered"))
        self.handed_over.setToolTip(self.tr("Mark the chosen subscription as handed over; it moves to its next date"))
        self.handed_over.setMinimumHeight(TOUCH_HEIGHT)
        self.handed_over.clicked.connect(self._handed_over)
        due_page = QWidget()
        due_layout = QVBoxLayout(due_page)
        due_layout.addWidget(self.due)
        due_layout.addWidget(self.handed_over, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.birthdays, self.tr("Birthdays, next 14 days"))
        self.tabs.addTab(self.events, self.tr("Events"))
        self.tabs.addTab(due_page, self.tr("Subscriptions due"))
        self.call_list = CallListPage(db, formats)
        self.tabs.addTab(self.call_list, self.tr("Call list"))
        self.mailings = MailingsPage(db, actor, formats)
        self.tabs.addTab(self.mailings, self.tr("Mailings"))

        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.tabs, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.due_lines: list = []
        self.work = ProgressDialog(self)
        self.refresh()

    def period_dates(self) -> tuple[date, date]:
        today = local_date(clock.now())
        end = add_months(today.replace(day=1), 1)
        return add_months(end, -self.period.currentData()), end

    def refresh(self) -> None:
        start, end = self.period_dates()
        now = clock.now()
        today = local_date(now)

        def count():  # about a second on a shop with 100,000 customers: off the UI thread
            progress(self.tr("Counting rewards per level…"))
            figures = retention.period_figures(self.db, start, end)
            progress(self.tr("Looking up birthdays, events and subscriptions…"))
            return (figures, retention.upcoming_birthdays(self.db, today), retention.upcoming_events(self.db, now),
                    subscriptions.due_list(self.db, today))

        self.work.run(self.tr("Customer retention"), count, lambda found: self._show(*found),
                      lambda error: show_error(self, error), latest=True)

    def _show(self, figures, birthdays, events, due_lines) -> None:
        self.due_lines = due_lines
        self._chart(figures)
        _fill(self.levels, [(level_label(level), str(f.issued), str(f.used), str(f.customers))
                            for level, f in figures.levels.items()])
        self.hint.setText(self._hint_text(figures))
        self.occasion_note.setText(self._occasion_text(figures.occasions))
        f = self.formats
        _fill(self.birthdays, [(f.day(b.day), b.name, b.card_number) for b in birthdays])
        _fill(self.events, [(e.name, f.moment(e.at), str(e.replied),
                             str(e.attended), "" if e.seats_left is None else str(e.seats_left)) for e in events])
        _fill(self.due, [(f.day(d.due), d.customer, d.card_number, d.item,
                          self.tr("delivered") if d.delivered else self.tr("collected")) for d in self.due_lines])
        self.handed_over.setEnabled(bool(self.due_lines))

    def _chart(self, figures: retention.PeriodFigures) -> None:
        self.figure.clear()
        axes = self.figure.add_subplot()
        months = [m for m, _ in figures.by_month]
        labels = [f"{m.month:02d}-{m.year % 100:02d}" for m in months]
        bottom = [0] * len(months)
        for level in RetentionLevel:
            values = [counts[level] for _, counts in figures.by_month]
            axes.bar(labels, values, bottom=bottom, width=0.6, label=level_label(level), color=LEVEL_COLOURS[level])
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        axes.set_ylabel(self.tr("Rewards handed out"))
        axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, frameon=False, fontsize="small")
        if len(labels) < 6:  # a month or three: keep the bars slim
            axes.set_xlim(-3, len(labels) + 2)
        axes.set_ylim(bottom=0, top=max([*bottom, 1]) * 1.1)  # counts: never below zero, 0-1 when there are none
        axes.yaxis.get_major_locator().set_params(integer=True)
        axes.spines[["top", "right"]].set_visible(False)
        self.canvas.draw_idle()

    def _hint_text(self, figures: retention.PeriodFigures) -> str:
        hint = figures.hint
        if hint is None:
            total = sum(f.issued for f in figures.levels.values())
            if total == 0:
                return self.tr("No rewards were handed out in this period.")
            if total < MIN_FOR_A_HINT:
                return self.tr("Only %n reward(s) handed out in this period: too few to judge the balance.", "",
                               total)
            return self.tr("The three levels are in balance in this period.")
        suggestion = {
            RetentionLevel.SOCIAL_EMOTIONAL: self.tr("consider a social-emotional moment: a birthday surprise, "
                                                     "a thank-you card, an invitation to a tour or a preview evening"),
            RetentionLevel.STRUCTURAL: self.tr("consider a structural service: a subscription, a reservation "
                                               "service or after-sales reminders"),
            RetentionLevel.FINANCIAL: self.tr("consider a financial reward: a stamp card or a member price"),
        }[hint.suggest]
        return self.tr("{n} out of 10 rewards were {level} in this period; {suggestion}.").format(
            n=out_of_ten(hint.count, hint.total), level=level_label(hint.level).lower(), suggestion=suggestion)

    def _occasion_text(self, counts: dict[str, int]) -> str:
        from desktop.ui.counter.labels import occasion_kind_label

        if not counts:
            return ""
        parts = [f"{occasion_kind_label(kind)}: {n}" for kind, n in sorted(counts.items())]
        return self.tr("Occasions marked automatically: {list}").format(list=", ".join(parts))

    def _handed_over(self) -> None:
        row = self.due.currentRow()
        if not 0 <= row < len(self.due_lines):
            return
        try:
            subscriptions.handed_over(self.db, self.actor, self.due_lines[row].subscription_id)
        except Exception as error:
            show_error(self, error)
            return
        self.refresh()

"""The owner's dashboard: the key figures of a period against the period before, charts
over the months, the detractors to follow up, and the customers behind a figure.

The figures come from desktop.services.stats (the same as `loyalty stats` and the monthly
report) and are computed on the thread pool: the window stays responsive meanwhile.
matplotlib loads only when the dashboard opens (main_window imports this module then).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import advice, clock, glossary, measures
from desktop.core import till as till_rules
from desktop.core.formats import sign, signed_amount
from desktop.core.measures import Period
from desktop.core.moments import Segment
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.stats import KEY_FIGURES, Behind, KeyFigure, PeriodStats, key_figures, period_stats
from desktop.ui.dashboard import charts
from desktop.ui.dashboard.customer_list import CustomerListDialog, CustomerPages
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT

MONTH, QUARTER, YEAR, CUSTOM = "month", "quarter", "year", "custom"
SURVEY_FIGURES = {"nps", "cli", "sci", "passives_share"}  # compared only on enough answers (core.advice)
COLOURS = {advice.Tone.GOOD: "#1b7f3b", advice.Tone.BAD: "#b3261e", advice.Tone.NEUTRAL: "#777"}
CLICKABLE = {"active": Behind.ACTIVE, "new_customers": Behind.NEW}
MEASURE_TERMS = {"nps": "nps", "cli": "cli", "sci": "sci"}  # tiles whose tooltip explains the measure


def reason_text(reason: str, language: str) -> str:
    """Why a figure is unknown, in the words the monthly report uses (the documents' catalogue)."""
    from reports.language import Language  # a plain catalogue, but reports load when a screen needs them

    return Language(language).t(reason)


def number(formats: Formats, unit: str, value: float) -> str:
    """A figure as the chosen language writes it."""
    decimal, thousands = (",", ".") if formats.language == "nl" else (".", ",")

    def plain(text: str) -> str:
        return text.replace(",", "\0").replace(".", decimal).replace("\0", thousands)

    if unit == "cents":
        return formats.amount(round(value))
    if unit in ("count", "points"):
        return plain(f"{round(value):,}")
    if unit == "percent":
        return plain(f"{value:.1f}") + " %"
    if unit == "score":
        return f"{value:+.0f}"
    return plain(f"{value:.2f}")


def change_text(formats: Formats, unit: str, change: float) -> str:
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    if unit == "cents":  # the sign first, as on paper (desktop.core.formats)
        return f"{arrow} {signed_amount(round(change), formats.language)}".replace("€ ", "€\u00a0")
    if unit == "percent":
        shown = number(formats, "percent", abs(change)).replace(" %", " pp")
    else:
        shown = number(formats, unit if unit != "score" else "count", abs(change))
    return f"{arrow} {sign(change)}{shown}"


class Tile(QFrame):
    """One key figure: its name, its value (or why it is unknown) and the change."""

    sig_clicked = Signal(str)

    def __init__(self, name: str, label: str, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self.figure: KeyFigure | None = None
        self.setObjectName("tile")
        self.setStyleSheet("#tile { background: #ffffff; border: 1px solid #d0d4da; border-radius: 6px; }")
        self.label = QLabel(label)
        self.label.setStyleSheet("color: #555; font-size: 9pt;")
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.change = QLabel()
        self.change.setStyleSheet("font-size: 9pt;")
        self.change.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.label)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        if name in CLICKABLE:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Click to see these customers"))

    def show_figure(self, figure: KeyFigure, formats: Formats, compared: bool, *, too_few: bool = False) -> None:
        self.figure = figure
        if figure.value.value is None:
            self.value.setText("—")
            self.change.setText(reason_text(figure.value.reason, formats.language))
            self.change.setStyleSheet("font-size: 8pt; color: #777;")
            return
        self.value.setText(number(formats, figure.unit, figure.value.value))
        change = figure.change
        if not compared or change.value is None:
            self.change.setText(self.tr("not compared") if not compared else "")
            self.change.setStyleSheet("font-size: 8pt; color: #777;")
            return
        text = change_text(formats, figure.unit, change.value)
        if too_few:
            self.change.setText(self.tr("{change} (too few answers to compare)").format(change=text))
            self.change.setStyleSheet("font-size: 8pt; color: #777;")
            return
        self.change.setText(text)
        self.change.setStyleSheet(f"font-size: 9pt; color: {COLOURS[advice.tone(self.name, change.value)]};")

    def mousePressEvent(self, event) -> None:
        if self.name in CLICKABLE and self.figure is not None:
            self.sig_clicked.emit(self.name)
        super().mousePressEvent(event)


class Dashboard(QWidget):
    sig_shown = Signal()  # the figures of the chosen period are on the screen

    def __init__(self, db: Database, actor: Actor, formats: Formats, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor, self.formats = db, actor, formats
        self.stats: PeriodStats | None = None
        self.setWindowTitle(self.tr("Dashboard"))
        self.resize(1366, 740)
        self.runner = Runner(self)  # only the newest period's figures are shown

        self.kind = QComboBox()
        for text, kind in ((self.tr("Month"), MONTH), (self.tr("Quarter"), QUARTER), (self.tr("Year"), YEAR),
                           (self.tr("Custom"), CUSTOM)):
            self.kind.addItem(text, kind)
        self.kind.setMinimumHeight(TOUCH_HEIGHT)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.earlier = self._button("◀", self.tr("Previous period (Alt+Left)"), lambda: self._step(-1))
        self.later = self._button("▶", self.tr("Next period (Alt+Right)"), lambda: self._step(1))
        for arrow in (self.earlier, self.later):
            arrow.setFixedWidth(TOUCH_HEIGHT + 16)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self._step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self._step(1))
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setMinimumHeight(TOUCH_HEIGHT)
        self.show_custom = self._button(self.tr("Show"), self.tr("Show the figures of these dates"),
                                        self.refresh)
        self.refresh_button = self._button(self.tr("Refresh"), self.tr("Compute the figures again (F5)"),
                                           self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        to_label = QLabel(self.tr("to"))
        self.custom_widgets = [self.start_edit, to_label, self.end_edit, self.show_custom]
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        for widget in (self.kind, self.earlier, self.period_label, self.later, *self.custom_widgets):
            top.addWidget(widget)
        top.addStretch()
        top.addWidget(self.status)
        top.addWidget(self.refresh_button)

        # Key figures: tiles in three columns.
        labels = self._labels()
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, (name, _label, _unit) in enumerate(KEY_FIGURES):
            tile = self.tiles[name] = Tile(name, labels[name])
            if name in MEASURE_TERMS:
                tile.setToolTip(glossary.explanation(MEASURE_TERMS[name], self.formats.language))
            tile.sig_clicked.connect(self._open_customers)
            grid.addWidget(tile, i // 3, i % 3)
        self.latent_button = self._button("", self.tr("List the latent customers who agreed to be mailed"),
                                          lambda: self._open_customers(Behind.LATENT_WITH_CONSENT.value))
        self.segments_label = QLabel()
        self.segments_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addWidget(self.segments_label)
        left.addWidget(self.latent_button)
        left.addStretch()
        self.charts = charts.Charts(self.formats)
        figures_page = QWidget()
        body = QHBoxLayout(figures_page)
        body.addLayout(left, 4)
        body.addWidget(self.charts.canvas, 5)

        self.detractors = QTableWidget(0, 4)
        self.detractors.setHorizontalHeaderLabels([self.tr("When"), self.tr("Score"), self.tr("Customer"),
                                                   self.tr("Comment")])
        self.detractors.verticalHeader().hide()
        self.detractors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detractors.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detractors.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(figures_page, self.tr("Figures"))
        self.tabs.addTab(self.detractors, self.tr("Detractors to follow up"))
        self.tabs.setTabToolTip(1, glossary.explanation("detractor", self.formats.language))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        today = clock.today()
        self.anchor = today.replace(day=1) - timedelta(days=1)  # last month: the latest whole one
        self.start_edit.setDate(QDate(self.anchor.year, self.anchor.month, 1))
        self.end_edit.setDate(QDate(self.anchor.year, self.anchor.month, self.anchor.day))
        self._kind_changed()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setMinimumHeight(TOUCH_HEIGHT)
        button.clicked.connect(slot)
        return button

    def _labels(self) -> dict[str, str]:
        return {
            "nps": self.tr("NPS"), "cli": self.tr("Customer Loyalty Index"), "sci": self.tr("Secure Customer Index"),
            "passives_share": self.tr("Satisfied but not loyal (7-8)"), "responses": self.tr("Survey answers"),
            "active": self.tr("Active customers"), "new_customers": self.tr("New customers"),
            "repurchase_rate": self.tr("Repurchase rate"), "churn": self.tr("Churn"),
            "retention": self.tr("Retention"), "purchases": self.tr("Purchases"),
            "average_purchase_cents": self.tr("Average purchase"),
            "purchase_frequency": self.tr("Purchases per customer"),
            "revenue_cents": self.tr("Revenue from members"), "members_share": self.tr("Members' share of revenue"),
            "clv_cents": self.tr("Customer lifetime value"),
            "points_issued": self.tr("Points issued"), "points_redeemed": self.tr("Points redeemed"),
            "points_expired": self.tr("Points expired"), "liability_cents": self.tr("Points liability"),
        }

    # -- the period -------------------------------------------------------------------------
    def period(self) -> Period:
        kind, day = self.kind.currentData(), self.anchor
        if kind == MONTH:
            return measures.month(day.year, day.month)
        if kind == QUARTER:
            return measures.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind == YEAR:
            return measures.year(day.year)
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return Period(min(start, end), max(start, end))

    def _kind_changed(self) -> None:
        custom = self.kind.currentData() == CUSTOM
        for widget in self.custom_widgets:
            widget.setVisible(custom)
        for widget in (self.earlier, self.later):
            widget.setVisible(not custom)
        self.refresh()

    def _step(self, direction: int) -> None:
        if self.kind.currentData() == CUSTOM:
            return
        current = self.period()
        self.anchor = current.start - timedelta(days=1) if direction < 0 else current.end + timedelta(days=1)
        self.refresh()

    def set_period(self, kind: str, day: date) -> None:
        """Show the `kind` period holding `day` (for tests and the report screen)."""
        self.anchor = day
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.blockSignals(False)
        self._kind_changed()

    def refresh(self) -> None:
        period = self.period()
        self.period_label.setText(self.tr("{start} to {end}").format(start=self.formats.day(period.start),
                                                                    end=self.formats.day(period.end)))
        self.status.setText(self.tr("Computing…"))
        db = self.db
        self.runner.cancel()
        self.runner.run(lambda: period_stats(db, period), self._show, self._failed, latest=True)

    # -- showing the figures ----------------------------------------------------------------
    def _show(self, stats: PeriodStats) -> None:
        self.stats = stats
        previous = stats.previous.period
        self.status.setText(self.tr("Compared with {start} to {end}").format(
            start=self.formats.day(previous.start), end=self.formats.day(previous.end)))
        thin = not advice.comparable(stats.current.responses, stats.previous.responses)
        for figure in key_figures(stats):
            self.tiles[figure.name].show_figure(figure, self.formats, compared=figure.name != "clv_cents",
                                                too_few=thin and figure.name in SURVEY_FIGURES)
        self._till_reason(stats)
        names = self._segment_names()
        self.segments_label.setText(self.tr("Customers at the end of the period: {list}").format(
            list=", ".join(f"{names[s]} {number(self.formats, 'count', n)}" for s, n in stats.segments.items())))
        self.latent_button.setText(self.tr("Latent customers who may be mailed: {count}").format(
            count=number(self.formats, "count", stats.latent_with_consent)))
        self.latent_button.setEnabled(stats.latent_with_consent > 0)
        self.charts.draw(stats, names, self._chart_texts())
        self.detractors.setRowCount(len(stats.detractors))
        for row, d in enumerate(stats.detractors):
            who = f"{d.name} ({d.card_number})" if d.card_number else self.tr("(no customer)")
            for column, text in enumerate((self.formats.moment(d.at), str(d.score), who, d.comment)):
                self.detractors.setItem(row, column, QTableWidgetItem(text))
        self.tabs.setTabText(1, self.tr("Detractors to follow up ({count})").format(count=len(stats.detractors)))
        self.sig_shown.emit()

    def _till_reason(self, stats: PeriodStats) -> None:
        """Why the members' share is unknown or not compared, in the owner's words: for how many days
        the till total is entered (short: the tile is small)."""
        till, before = stats.current.till, stats.previous.till
        tile = self.tiles["members_share"]
        tile.setToolTip(self.tr("The till's totals are entered under Programme, Till totals."))
        if stats.current.members_share.known:
            if not before.complete:
                tile.change.setText(self.tr("not compared (till total before: {entered} of {days} days)").format(
                    entered=before.entered_days, days=before.days))
            return
        tile.change.setText(self.tr("Till total for {entered} of {days} days entered").format(
            entered=till.entered_days, days=till.days) if not till.complete
            else reason_text(till_rules.NO_TILL_REVENUE, self.formats.language))

    def _segment_names(self) -> dict[Segment, str]:
        return {Segment.NEWCOMER: self.tr("newcomers"), Segment.RETURNING: self.tr("returning"),
                Segment.LATENT: self.tr("latent"), Segment.SILENT_LOYALIST: self.tr("silent loyalists"),
                Segment.ADVOCATE: self.tr("advocates")}

    def _chart_texts(self) -> dict[str, str]:
        return {
            "nps": self.tr("NPS per month"), "customers": self.tr("Customers per month"),
            "active": self.tr("active"), "new": self.tr("new"), "latent": self.tr("latent"),
            "points": self.tr("Points per month"), "issued": self.tr("issued"), "redeemed": self.tr("redeemed"),
            "scores": self.tr("Scores (7-8: satisfied, not yet loyal)"),
            "segments": self.tr("Segments at the period's end"), "no_answers": self.tr("No survey answers"),
        }

    def _failed(self, error: object) -> None:
        self.status.setText(self.tr("The figures could not be computed."))
        show_error(self, error)

    def _open_customers(self, name: str) -> None:
        if self.stats is None:
            return
        figure = Behind(name) if name in {b.value for b in Behind} else CLICKABLE[name]
        titles = {Behind.ACTIVE: self.tr("Active customers"), Behind.NEW: self.tr("New customers"),
                  Behind.LATENT_WITH_CONSENT: self.tr("Latent customers who may be mailed")}
        totals = {Behind.ACTIVE: self.stats.current.active, Behind.NEW: self.stats.current.new_customers,
                  Behind.LATENT_WITH_CONSENT: self.stats.latent_with_consent}
        model = CustomerPages(self.db, figure, self.stats.current.period, self.stats.settings, self.formats)
        self.customer_list = CustomerListDialog(titles[figure], totals[figure], model, self)
        self.customer_list.show()


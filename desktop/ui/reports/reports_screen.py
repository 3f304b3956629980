"""The owner's reports screen: choose a document and its period or customer, make it off
the UI thread with progress, look at it, print it or save it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import LoyaltyError, NotFoundError, ValidationError
from desktop.services import rewards
from desktop.services.database import Database
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.reports.printing import PdfActions, PdfPreview
from desktop.ui.tasks import ProgressDialog, Runner, progress
from desktop.ui.widgets import TOUCH_HEIGHT, field_with_error, scrolling

# Which inputs each document asks for, in the form's order.
FIELDS = ("month", "breakage", "card", "cards", "code", "purchase", "start", "end", "day", "period", "size", "back",
          "offer", "offer_until")


@dataclass(frozen=True)
class Document:
    key: str
    fields: tuple[str, ...]
    sizes: tuple[str, ...] = ()


DOCUMENTS = (
    Document("monthly", ("month",)),
    Document("liability", ("month", "breakage")),
    Document("staff_patterns", ("start", "end")),
    Document("statement", ("card", "start", "end")),
    Document("cards", ("cards", "start", "end", "size", "back"), ("avery-c32011", "card-stock")),
    Document("voucher", ("code", "size"), ("80mm", "a6")),
    Document("slip", ("purchase",)),
    Document("day", ("day", "size"), ("a4", "80mm")),
    Document("birthdays", ("day", "period")),
    Document("letters", ("offer", "offer_until")),
    Document("labels", ("size",), ("avery-3474",)),
)


def _to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def make_pdf(db: Database, key: str, values: dict, language: str) -> bytes:
    """Build one document (on a worker thread): reportlab is imported here, never at start-up."""
    if key == "monthly":
        from reports.monthly import monthly_pdf

        return monthly_pdf(db, *values["month"], language, progress=progress)
    if key == "liability":
        from reports.liability import liability_pdf

        return liability_pdf(db, *values["month"], language, breakage=values["breakage"])
    if key == "staff_patterns":
        from reports.staff_patterns import staff_patterns_pdf

        if values["start"] > values["end"]:
            raise ValidationError("start", "The first day comes after the last day.")
        return staff_patterns_pdf(db, values["start"], values["end"], language)
    if key == "statement":
        from reports.statement import statement_pdf

        if values["start"] > values["end"]:
            raise ValidationError("start", "The first day comes after the last day.")
        return statement_pdf(db, values["card"], values["start"], values["end"], language)
    if key == "cards":
        from reports.cards import cards_pdf

        cards = values["cards"].replace(",", " ").split()
        return cards_pdf(db, language, cards or None,
                         joined_from=None if cards else values["start"],
                         joined_to=None if cards else values["end"], sheet=values["size"], back=values["back"],
                         progress=lambda page, pages: progress(f"{page} / {pages}"))
    if key == "voucher":
        from reports.slips import voucher_pdf

        return voucher_pdf(db, values["code"], language, values["size"])
    if key == "slip":
        from reports.slips import points_slip_pdf

        if not values["purchase"].strip().isdigit():
            raise ValidationError("purchase", "Enter the purchase's number.")
        return points_slip_pdf(db, int(values["purchase"]), language)
    if key == "day":
        from reports.lists import day_pdf

        return day_pdf(db, values["day"], language, values["size"])
    if key == "birthdays":
        from reports.lists import birthdays_pdf

        days = 6 if values["period"] == "week" else 30
        return birthdays_pdf(db, values["day"], values["day"] + timedelta(days=days), language)
    if key == "letters":
        from reports.letters import letters_pdf

        return letters_pdf(db, language, offer=values["offer"], offer_until=values["offer_until"])
    if key == "labels":
        from reports.letters import labels_pdf

        return labels_pdf(db, language, progress=lambda page, pages: progress(f"{page} / {pages}"))
    raise ValueError(key)


class ReportsScreen(QWidget):
    def __init__(self, db: Database, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.formats = db, formats
        self.setWindowTitle(self.tr("Reports"))
        self.titles = {
            "monthly": self.tr("Monthly programme report"),
            "liability": self.tr("Points liability statement"),
            "staff_patterns": self.tr("Staff patterns worth a look"),
            "statement": self.tr("Customer statement"),
            "cards": self.tr("Loyalty cards"),
            "voucher": self.tr("Voucher"),
            "slip": self.tr("Points slip"),
            "day": self.tr("End-of-day summary"),
            "birthdays": self.tr("Birthday list"),
            "letters": self.tr("Reactivation letters"),
            "labels": self.tr("Address labels for the letters"),
        }
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget::item { padding: 9px; }")
        for document in DOCUMENTS:
            item = QListWidgetItem(self.titles[document.key])
            item.setData(Qt.ItemDataRole.UserRole, document.key)
            self.list.addItem(item)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * self.list.count() + 2 * self.list.frameWidth())
        self.form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        self.made: dict[str, bytes] = {}
        self.errors = {}
        self.work = ProgressDialog(self)
        self._build_fields()
        self.generate = QPushButton(self.tr("&Make the document"))
        self.generate.setToolTip(self.tr("Make the chosen document and show it (Ctrl+Enter)"))
        self.generate.setMinimumHeight(TOUCH_HEIGHT)
        self.generate.clicked.connect(self.make)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.make)
        self.status = QLabel()
        self.status.setWordWrap(True)
        choices = QVBoxLayout()
        heading = QLabel(self.tr("Document"))
        heading.setStyleSheet("font-weight: bold;")
        choices.addWidget(heading)
        choices.addWidget(self.list)
        choices.addLayout(self.form)
        choices.addStretch(1)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long field goes below its label
        # The list and a document's fields scroll on a low screen; the button stays in reach below them.
        panel = QWidget()
        left = QVBoxLayout(panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(scrolling(choices), 1)
        left.addWidget(self.generate)
        left.addWidget(self.status)
        panel.setFixedWidth(440)
        self.preview = PdfPreview()
        self.actions_row = PdfActions(self.preview)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.actions_row)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addLayout(right, 1)
        self.list.currentRowChanged.connect(self._show_fields)
        self.list.setCurrentRow(0)
        self.resize(1366, 768)

    # -- the form -------------------------------------------------------------------------
    def _date_edit(self, value: date, month_only: bool = False) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(not month_only)
        nl = self.formats.language == "nl"
        edit.setDisplayFormat(("MM-yyyy" if nl else "MM/yyyy") if month_only else
                              ("dd-MM-yyyy" if nl else "dd/MM/yyyy"))
        edit.setMinimumHeight(TOUCH_HEIGHT)
        return edit

    def _build_fields(self) -> None:
        today = clock.today()
        last_month = today.replace(day=1) - timedelta(days=1)
        labels = {
            "month": self.tr("Month"),
            "breakage": self.tr("Breakage"),
            "card": self.tr("Card number"),
            "cards": self.tr("Card numbers"),
            "code": self.tr("Voucher code"),
            "purchase": self.tr("Purchase number"),
            "start": self.tr("From"),
            "end": self.tr("To"),
            "day": self.tr("Day"),
            "period": self.tr("Period"),
            "size": self.tr("Paper"),
            "back": self.tr("Back side"),
            "offer": self.tr("Offer in the letters"),
            "offer_until": self.tr("Offer valid until"),
        }
        self.editors["month"] = self._date_edit(last_month, month_only=True)
        breakage = QDoubleSpinBox()  # the lowest value stands for "estimate it from the history"
        breakage.setRange(-1, 100)
        breakage.setDecimals(1)
        breakage.setSuffix(" %")
        breakage.setValue(-1)
        breakage.setSpecialValueText(self.tr("from the shop's own history"))
        breakage.setToolTip(self.tr("The share of points expected never to be redeemed (IFRS 15)"))
        self.editors["breakage"] = breakage
        for key in ("card", "cards", "code", "purchase"):
            edit = QLineEdit()
            edit.setMinimumHeight(TOUCH_HEIGHT)
            self.editors[key] = edit
        self.editors["cards"].setPlaceholderText(self.tr("empty: customers who joined in the period"))
        self.editors["start"] = self._date_edit(today - timedelta(days=365))
        self.editors["end"] = self._date_edit(today)
        self.editors["day"] = self._date_edit(today)
        period = QComboBox()
        period.addItem(self.tr("The coming week"), "week")
        period.addItem(self.tr("The coming month"), "month")
        self.editors["period"] = period
        size = self.editors["size"] = QComboBox()
        size.currentIndexChanged.connect(lambda i: size.setToolTip(size.itemData(i, Qt.ItemDataRole.ToolTipRole) or ""))
        self.editors["back"] = QCheckBox(self.tr("&Double-sided"))
        self.editors["back"].setToolTip(self.tr("Each card's back (the shop's details, the programme's rule, where to "
                                                "see the points) on the page after its front, mirrored: print "
                                                "double-sided, flipping on the long edge"))
        offer = QComboBox()
        offer.addItem(self.tr("No offer"), None)
        self.editors["offer"] = offer
        self.offers = Runner(self)  # the catalogue is read off the UI thread; the list fills when it is in
        self.offers.run(lambda: [(reward.name, reward.id) for reward in rewards.active_rewards(self.db)],
                        self._fill_offers, lambda error: self.errors["offer"].show_message(explain(error)))
        self.editors["offer_until"] = self._date_edit(today + timedelta(days=30))
        for key in FIELDS:
            self.editors[key].setMinimumHeight(TOUCH_HEIGHT)
            box, error = field_with_error(self.editors[key])
            self.errors[key] = error
            self.form.addRow(labels[key], box)

    def _fill_offers(self, offers: list[tuple[str, int]]) -> None:
        for name, reward_id in offers:
            self.editors["offer"].addItem(name, reward_id)

    def _size_names(self) -> dict[str, str]:
        return {"a4": self.tr("A4"), "a6": self.tr("A6"), "80mm": self.tr("Receipt, 80 mm"),
                "avery-c32011": self.tr("Avery Zweckform C32011"), "card-stock": self.tr("A4 card, cut by hand"),
                "avery-3474": self.tr("Avery Zweckform 3474")}

    def _size_details(self) -> dict[str, str]:
        """The sheets in full, as each paper choice's tooltip."""
        return {"avery-c32011": self.tr("Pre-cut business cards, 85 x 54 mm, 10 per A4 (also C32010, C32015)"),
                "card-stock": self.tr("Plain A4 card: ISO ID-1 cards (85.60 x 53.98 mm) with bleed and cut marks"),
                "avery-3474": self.tr("Address labels, 70 x 37 mm, 24 per A4")}

    def current(self) -> Document:
        return DOCUMENTS[max(0, self.list.currentRow())]

    def choose(self, key: str) -> None:
        self.list.setCurrentRow([d.key for d in DOCUMENTS].index(key))

    def _show_fields(self) -> None:
        """The inputs of the chosen document, and the last copy made of it this session."""
        document = self.current()
        made = self.made.get(document.key)
        if made:
            self.preview.show_pdf(made)
        else:
            self.preview.clear()
        self.actions_row.set_enabled(bool(made))
        self.status.setText("")
        for row, key in enumerate(FIELDS):
            self.form.setRowVisible(row, key in document.fields)
            self.errors[key].show_message("")
        size = self.editors["size"]
        size.clear()
        names = self._size_names()
        details = self._size_details()
        for key in document.sizes:
            size.addItem(names[key], key)
            size.setItemData(size.count() - 1, details.get(key, names[key]), Qt.ItemDataRole.ToolTipRole)
        size.setToolTip(size.itemData(size.currentIndex(), Qt.ItemDataRole.ToolTipRole) or "")

    def values(self) -> dict:
        e = self.editors
        month = e["month"].date()
        breakage = e["breakage"].value()
        return {
            "month": (month.year(), month.month()),
            "breakage": None if breakage < 0 else breakage,
            "card": e["card"].text().strip(),
            "cards": e["cards"].text(),
            "code": e["code"].text().strip(),
            "purchase": e["purchase"].text(),
            "start": _to_date(e["start"]),
            "end": _to_date(e["end"]),
            "day": _to_date(e["day"]),
            "period": e["period"].currentData(),
            "size": e["size"].currentData(),
            "back": e["back"].isChecked(),
            "offer": e["offer"].currentData(),
            "offer_until": _to_date(e["offer_until"]),
        }

    # -- making the document ----------------------------------------------------------------
    def make(self) -> None:
        """Make the chosen document off the UI thread; it shows in the preview when made."""
        document = self.current()
        for error in self.errors.values():
            error.show_message("")
        values, language = self.values(), self.formats.language
        title = self.titles[document.key]
        self.status.setText("")
        self.work.run(self.tr("Making: {title}").format(title=title),
                      lambda: make_pdf(self.db, document.key, values, language),
                      lambda pdf: self._made(document, title, pdf), lambda error: self._not_made(document, error))

    def _not_made(self, document: Document, error: BaseException) -> None:
        if not isinstance(error, LoyaltyError):
            show_error(self, error)  # a sentence, the details in the log
            return
        self.made.pop(document.key, None)
        self.preview.clear()
        self.actions_row.set_enabled(False)
        field = self._field_for(error, document)
        if field:
            self.errors[field].show_message(explain(error))
        else:
            show_error(self, error)

    def _made(self, document: Document, title: str, pdf: bytes) -> None:
        self.made[document.key] = pdf
        pages = self.preview.show_pdf(pdf)
        self.actions_row.suggested_name = f"{document.key}-{clock.today().isoformat()}.pdf"
        self.actions_row.set_enabled(True)
        self.status.setText(self.tr("{title}: {pages} page(s).").format(title=title, pages=pages))

    @staticmethod
    def _field_for(error: LoyaltyError, document: Document) -> str | None:
        """The input an error belongs to, to show it beside that input."""
        if isinstance(error, ValidationError) and error.field in document.fields:
            return error.field
        if isinstance(error, (ValidationError, NotFoundError)):
            for key in ("card", "cards", "code", "purchase"):
                if key in document.fields:
                    return key
        return None

"""A new customer in one short form (only the name is required), or editing one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.core import clock
from desktop.core.errors import ConflictError, ValidationError
from desktop.core.validation import parse_date
from desktop.services import customers
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.storage.models import Customer
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.widgets import TOUCH_HEIGHT, field_with_error


class CustomerDialog(QDialog):
    """`customer=None` makes a new customer; otherwise edits that one."""

    def __init__(self, db: Database, actor: Actor, formats: Formats, customer: Customer | None = None,
                 referrer_card: str = "", parent=None, *, card: str = "") -> None:
        super().__init__(parent)
        self.db, self.actor, self.formats, self.customer = db, actor, formats, customer
        self.saved: Customer | None = None
        self.setWindowTitle(self.tr("New customer") if customer is None else self.tr("Edit customer"))
        self.setMinimumWidth(520)

        self.edits: dict[str, QLineEdit] = {}
        self.errors = {}
        form = QFormLayout()
        if customer is None:  # a pre-printed card, scanned; empty makes a new number
            self.edits["card"] = QLineEdit(card)
            self.edits["card"].setPlaceholderText(self.tr("Scan a pre-printed card, or leave empty for a new number"))
            self.edits["card"].setMinimumHeight(TOUCH_HEIGHT - 8)
            box, self.errors["card"] = field_with_error(self.edits["card"])
            form.addRow(self.tr("Card"), box)
        for key, label in (("name", self.tr("Name *")), ("phone", self.tr("Phone")), ("email", self.tr("E-mail")),
                           ("street", self.tr("Street and number")), ("postcode", self.tr("Postcode")),
                           ("city", self.tr("City")), ("birthday", self.tr("Birthday")),
                           ("referred_by", self.tr("Referred by (card number)"))):
            edit = QLineEdit()
            edit.setMinimumHeight(TOUCH_HEIGHT - 8)
            self.edits[key] = edit
            box, self.errors[key] = field_with_error(edit)
            form.addRow(label, box)
        self.edits["birthday"].setPlaceholderText(self.tr("dd-mm-yyyy, optional"))
        self.consent = QCheckBox(self.tr("May receive mail from the shop"))
        form.addRow("", self.consent)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        notes_box, self.errors["notes"] = field_with_error(self.notes)
        form.addRow(self.tr("Notes"), notes_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if customer is not None:
            for key in ("name", "phone", "email", "street", "postcode", "city"):
                self.edits[key].setText(getattr(customer, key))
            if customer.birthday:
                self.edits["birthday"].setText(formats.day(customer.birthday).replace("/", "-"))
            self.edits["referred_by"].setText(referrer_card)
            self.consent.setChecked(customer.marketing_consent)
            self.notes.setPlainText(customer.notes)
        if customer is None:
            # A scanned card ends with Enter: go on to the name (Save waits for it).
            self.edits["card"].returnPressed.connect(self.edits["name"].setFocus)
            (self.edits["name"] if card else self.edits["card"]).setFocus()
        self.edits["name"].textChanged.connect(self._name_changed)
        self._name_changed(self.edits["name"].text())
        if card:  # the card is in already: what the assistant types next is the name
            self.edits["name"].setFocus()

    def _name_changed(self, text: str) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(text.strip()))
        save.setToolTip("" if text.strip() else self.tr("Type the customer's name first: it is the one field needed."))

    def _details(self) -> customers.CustomerDetails:
        birthday_text = self.edits["birthday"].text().strip()
        return customers.CustomerDetails(
            name=self.edits["name"].text(), phone=self.edits["phone"].text(), email=self.edits["email"].text(),
            street=self.edits["street"].text(), postcode=self.edits["postcode"].text(),
            city=self.edits["city"].text(),
            birthday=parse_date(birthday_text, field="birthday") if birthday_text else None,
            marketing_consent=self.consent.isChecked(), notes=self.notes.toPlainText(),
            preferences=self.customer.preferences if self.customer else "",
            referred_by_card=self.edits["referred_by"].text(),
        )

    def _problems(self) -> dict[str, str]:
        """Every field's problem at once (a field checked alone, the others left valid)."""
        found: dict[str, str] = {}
        birthday = self.edits["birthday"].text().strip()
        if birthday:
            try:
                parse_date(birthday, field="birthday")
            except ValidationError as error:
                found["birthday"] = explain(error)
        for key in ("name", "phone", "email", "street", "postcode", "city", "referred_by"):
            text = self.edits[key].text()
            alone = customers.CustomerDetails(name=text if key == "name" else "x")
            if key == "referred_by":
                alone.referred_by_card = text
            elif key != "name":
                setattr(alone, key, text)
            try:
                alone.cleaned(clock.today())
            except ValidationError as error:
                found[key] = explain(error)
        return found

    def _save(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        problems = self._problems()
        for key, message in problems.items():
            self.errors[key].show_message(message)
        if problems:
            return
        try:
            details = self._details()
            if self.customer is None:
                self.saved = customers.create_customer(self.db, self.actor, details,
                                                       card_number=self.edits["card"].text())
            else:
                self.saved = customers.update_customer(self.db, self.actor, self.customer.card_number, details)
        except ValidationError as error:
            self.errors.get(error.field, self.errors["name"]).show_message(explain(error))
            return
        except ConflictError as error:
            show_error(self, error)
            return
        if self.customer is None:
            self._show_new_card(self.saved)
        self.accept()

    def _show_new_card(self, customer: Customer) -> None:
        """The new card number, large, with OK below it (Enter closes)."""
        box = QDialog(self)
        box.setWindowTitle(self.tr("New customer"))
        card = QLabel(customer.card_number)
        font = QFont("monospace")
        font.setPointSize(26)
        font.setBold(True)
        card.setFont(font)
        card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ok = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok.accepted.connect(box.accept)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("{name} is now a member. Their card number:").format(name=customer.name)))
        layout.addWidget(card)
        layout.addWidget(ok)
        box.exec()

"""A new customer in one short form (only the name is required), or editing one.

The duplicate check and the save run off the UI thread (desktop/ui/tasks.py): a locked SQLite
file or a slow server shows "Working…" after a moment while the form waits, greyed, and a
second Enter saves nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.validation import parse_date
from desktop.services import customers
from desktop.services.context import Actor, saved_id
from desktop.services.database import Database
from desktop.services.records import Customer
from desktop.ui.counter.scanner import takes_a_card
from desktop.ui.counter.slips import show_card
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.replace_card_dialog import ReplaceCardDialog
from desktop.ui.tasks import Runner
from desktop.ui.widgets import (
    TOUCH_HEIGHT,
    FormErrors,
    WorkingLabel,
    field_with_error,
    grey_with_reason,
    reason_line,
    scrolling,
    whole_placeholder,
)

PRINT_CARD_KEY = "F9"


class CustomerDialog(QDialog):
    """`customer=None` makes a new customer; otherwise edits that one.

    After it closes: `saved` is the customer saved, or `open_instead` the id of the
    existing customer the assistant chose to open when the new one looked like them.
    """

    def __init__(self, db: Database, actor: Actor, formats: Formats, customer: Customer | None = None,
                 referrer_card: str = "", parent=None, *, card: str = "") -> None:
        super().__init__(parent)
        self.db, self.actor, self.formats, self.customer = db, actor, formats, customer
        self.saved: Customer | None = None
        self.open_instead: int | None = None
        self.welcome_given = True  # False: saved although it looked like a customer we have
        self._focus_before: QWidget | None = None  # where the typing was before the form greyed
        self.setWindowTitle(self.tr("New customer") if customer is None else self.tr("Edit customer"))

        self.edits: dict[str, QLineEdit] = {}
        self.errors = FormErrors()
        form = QFormLayout()
        if customer is None:  # a pre-printed card, scanned; empty makes a new number
            self.edits["card"] = takes_a_card(QLineEdit(card))
            self.edits["card"].setPlaceholderText(self.tr("Scan a pre-printed card, or leave empty for a new number"))
            whole_placeholder(self.edits["card"])
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
        takes_a_card(self.edits["referred_by"])
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
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        if customer is not None:
            self.replace_card = QPushButton(self.tr("&Replace lost card…"))
            self.replace_card.setMinimumHeight(TOUCH_HEIGHT)
            self.replace_card.setToolTip(self.tr("A new card for this customer; the lost one is blocked (Alt+R)"))
            self.replace_card.clicked.connect(self._replace_card)
            self.buttons.addButton(self.replace_card, QDialogButtonBox.ButtonRole.ResetRole)
        self.runner = Runner(self)  # the duplicate check and the save wait on the database off the UI thread
        self.working = WorkingLabel()
        self.runner.sig_busy.connect(self.working.setVisible)
        layout = QVBoxLayout(self)
        self.form = scrolling(form)  # every message shown at once may be taller than a low screen
        layout.addWidget(self.form)
        self.save_reason = reason_line()
        layout.addWidget(self.save_reason)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        # Never narrower than the form beside its scroll bar (a size remembered in English is
        # too narrow for the Dutch card hint: the fields would go under the scroll bar).
        self.setMinimumWidth(max(520, layout.minimumSize().width()))

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
        grey_with_reason(self.buttons.button(QDialogButtonBox.StandardButton.Save),
                         "" if text.strip() else self.tr("Type the customer's name first: it is the one field needed."),
                         self.save_reason)

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
        if self.runner.running or self.errors.show_all(self._problems(), "name"):
            return
        try:
            details = self._details()
        except ValidationError as error:
            self._refused(error)
            return
        store, db, customer_id = self._store(details), self.db, saved_id(self.customer) if self.customer else None

        def check_then_store() -> tuple[list[customers.Duplicate], Customer | None]:  # on the worker thread
            values = details.cleaned(clock.today())
            # A few index look-ups (see possible_duplicates); stored at once when nobody looks alike.
            maybe = (customers.possible_duplicates(db, values) if customer_id is None
                     else customers.duplicates_made_by_edit(db, customer_id, values))
            return maybe, None if maybe else store()

        self._start(check_then_store, lambda outcome: self._checked(outcome, store))

    def _store(self, details: customers.CustomerDetails) -> Callable[[], Customer]:
        """The save itself, to run on the worker thread: a create, or an update of the card edited."""
        db, actor, customer = self.db, self.actor, self.customer
        if customer is None:
            card = self.edits["card"].text()
            return lambda: customers.create_customer(db, actor, details, card_number=card)
        return lambda: customers.update_customer(db, actor, customer.card_number, details)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run `work` off the UI thread with the form greyed: it cannot change, nor be saved twice."""
        if self.runner.run(work, done, self._refused):
            self._focus_before = self.focusWidget()
            self._greyed(True)

    def _greyed(self, waiting: bool) -> None:
        self.form.setEnabled(not waiting)
        self.buttons.setEnabled(not waiting)  # Save keeps its own grey (no name) when enabled again
        if not waiting and self._focus_before is not None:
            self._focus_before.setFocus()

    def _checked(self, outcome: tuple[list[customers.Duplicate], Customer | None],
                 store: Callable[[], Customer]) -> None:
        maybe, saved = outcome
        if saved is not None:
            self._saved(saved, welcome=True)
            return
        anyway = self._save_anyway(maybe) if self.customer is None else self._edit_anyway(maybe)
        if anyway:
            self._start(store, lambda saved: self._saved(saved, welcome=False))
        elif self.open_instead is None:
            self._greyed(False)  # back to the form

    def _saved(self, saved: Customer, *, welcome: bool) -> None:
        self.saved = saved
        if self.customer is None:
            self.welcome_given = welcome
            self._show_new_card(saved)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._greyed(False)
        if isinstance(error, ValidationError):
            self.errors.get(error.field, self.errors["name"]).show_message(explain(error))
        else:  # a conflict, or the database busy or out of reach: a sentence, the form kept
            show_error(self, error)

    def reject(self) -> None:
        if not self.runner.running:  # Esc while saving: wait for what the database says
            super().reject()

    def _save_anyway(self, maybe: list[customers.Duplicate]) -> bool:
        """Who the new customer may be already; True to save anyway. Enter opens that
        customer instead (the dialog closes with `open_instead`), Esc goes back to the form."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already a customer?"),
                          self.tr("This may be someone who is a customer already:") + "\n\n"
                          + "\n".join(self._look_alikes(maybe)), parent=self)
        box.setObjectName("duplicateQuestion")
        box.setInformativeText(self.tr("Open that customer, or save a new customer anyway: without a welcome "
                                       "bonus, since one person gets it once."))
        first = maybe[0].hit
        open_it = box.addButton(self.tr("&Open {name}").format(name=first.name), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("&Save as a new customer anyway"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        for button in (open_it, anyway, back):
            button.setMinimumHeight(TOUCH_HEIGHT)
        box.setDefaultButton(open_it)  # a second Enter of a hurried hand makes no duplicate
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is open_it:
            self.open_instead = first.id
            self.accept()
        return box.clickedButton() is anyway

    def _look_alikes(self, maybe: list[customers.Duplicate]) -> list[str]:
        """One line per customer looked like, with what they share."""
        shared = {"phone": self.tr("same phone"), "email": self.tr("same e-mail"),
                  "name_postcode": self.tr("same name and postcode")}
        return [self.tr("{name}, card {card}, {phone} ({shared})").format(
            name=d.hit.name, card=d.hit.card_number, phone=d.hit.phone or "—",
            shared=", ".join(shared[s] for s in d.shared)) for d in maybe]

    def _edit_anyway(self, maybe: list[customers.Duplicate]) -> bool:
        """The edit makes this customer look like another one; True to save anyway. Enter goes
        back to the form: a second Enter of a hurried hand saves no look-alike."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Another customer?"),
                          self.tr("After this change, this customer looks like:") + "\n\n"
                          + "\n".join(self._look_alikes(maybe)), parent=self)
        box.setObjectName("duplicateQuestion")
        box.setInformativeText(self.tr("If they are one person, the owner can merge the two "
                                       "(Customer, Merge duplicates)."))
        anyway = box.addButton(self.tr("&Save the change anyway"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Back to the form"), QMessageBox.ButtonRole.RejectRole)
        for button in (anyway, back):
            button.setMinimumHeight(TOUCH_HEIGHT)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is anyway

    def _replace_card(self) -> None:
        assert self.customer is not None, "only an existing customer's card is replaced"
        dialog = ReplaceCardDialog(self.db, self.actor, self.customer.name, self.customer.card_number, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.replaced is None:
            return
        self.customer = self.saved = dialog.replaced
        self._show_new_card(dialog.replaced)
        self.accept()

    def _show_new_card(self, customer: Customer) -> None:
        NewCardBox(self.db, self.formats, customer, welcome=self.welcome_given,
                   replaced=self.customer is not None, parent=self).exec()


class NewCardBox(QDialog):
    """The new card number, large, with OK below it (Enter closes) and Print card (F9)."""

    def __init__(self, db: Database, formats: Formats, customer: Customer, *, welcome: bool, replaced: bool,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New card") if replaced else self.tr("New customer"))
        card = QLabel(customer.card_number)
        font = QFont("monospace")
        font.setPointSize(26)
        font.setBold(True)
        card.setFont(font)
        card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.print_card = QPushButton(self.tr("&Print card ({key})").format(key=PRINT_CARD_KEY))
        self.print_card.setShortcut(PRINT_CARD_KEY)
        self.print_card.setAutoDefault(False)  # Enter is OK
        self.print_card.clicked.connect(lambda: show_card(self, db, formats, customer.card_number))
        buttons.addButton(self.print_card, QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        layout = QVBoxLayout(self)
        if replaced:
            layout.addWidget(QLabel(self.tr("{name}'s new card number:").format(name=customer.name)))
        else:
            layout.addWidget(QLabel(self.tr("{name} is now a member. Their card number:").format(name=customer.name)))
        layout.addWidget(card)
        if not welcome:
            layout.addWidget(QLabel(self.tr("No welcome bonus: this may be a customer we have already.")))
        layout.addWidget(buttons)

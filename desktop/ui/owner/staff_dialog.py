"""Staff (owner): who can sign in, their role, and a new PIN when someone forgot theirs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core import validation
from desktop.core.errors import LoyaltyError, ValidationError
from desktop.core.kinds import Role
from desktop.services import staff
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import current_formats
from desktop.ui.widgets import TOUCH_HEIGHT, FormErrors, check_each, pin_edit


class StaffDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Staff"))
        self.resize(620, 460)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Can sign in")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.add = QPushButton(self.tr("&Add…"))
        self.pin = QPushButton(self.tr("New &PIN…"))
        self.role = QPushButton(self.tr("Make &owner / staff"))
        self.active = QPushButton(self.tr("&Switch off / on"))
        self.add.clicked.connect(self._add)
        self.pin.clicked.connect(self._new_pin)
        self.role.clicked.connect(self._toggle_role)
        self.active.clicked.connect(self._toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add, self.pin, self.role, self.active):
            button.setMinimumHeight(TOUCH_HEIGHT)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        self.failures = QListWidget()  # wrong PINs at every counter and the command line
        self.failures.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Recent wrong PINs:")))
        layout.addWidget(self.failures)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        members = staff.all_staff(self.db)
        self.members = members
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            role = self.tr("owner") if member.role == Role.OWNER else self.tr("staff")
            cells = (member.name, role, self.tr("yes") if member.active else self.tr("no"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not member.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        if members and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._show_failures()

    def _show_failures(self) -> None:
        self.failures.clear()
        moment = current_formats().moment
        for failure in staff.recent_sign_in_failures(self.db, limit=20):
            line = self.tr("{when}  {name}  at {counter}").format(
                when=moment(failure.at), name=failure.name, counter=failure.counter or self.tr("the command line"))
            if failure.blocked:
                line += "  " + self.tr("(blocked for a while)")
            self.failures.addItem(line)
        if not self.failures.count():
            self.failures.addItem(self.tr("None."))

    def _chosen(self):
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    def _change(self, **changes) -> None:
        member = self._chosen()
        if member is None:
            return
        try:
            staff.update_staff(self.db, self.actor, member.id, **changes)
        except LoyaltyError as error:
            show_error(self, error)
        row = self.table.currentRow()
        self.refresh()
        self.table.selectRow(row)

    def _toggle_role(self) -> None:
        member = self._chosen()
        if member is None:
            return
        if member.role == Role.OWNER:
            self._change(role=Role.STAFF)
            return
        # An owner's PIN is 6 to 8 digits: the promotion comes with a new one.
        dialog = PinDialog(self.tr("Make {name} owner: a new PIN").format(name=member.name), self, Role.OWNER)
        dialog.check = lambda pin: staff.update_staff(self.db, self.actor, member.id, role=Role.OWNER, pin=pin)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            row = self.table.currentRow()
            self.refresh()
            self.table.selectRow(row)

    def _toggle_active(self) -> None:
        if member := self._chosen():
            self._change(active=not member.active)

    def _new_pin(self) -> None:
        member = self._chosen()
        if member is None:
            return
        dialog = PinDialog(self.tr("New PIN for {name}").format(name=member.name), self, Role(member.role))
        dialog.check = lambda pin: staff.update_staff(self.db, self.actor, member.id, pin=pin)
        dialog.exec()

    def _add(self) -> None:
        dialog = NewStaffDialog(self.db, self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


class PinDialog(QDialog):
    """A PIN typed twice; `check(pin)` stores it or raises a ValidationError shown beside the field."""

    def __init__(self, title: str, parent=None, role: Role = Role.STAFF) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)  # room for a title with a person's name in it
        self.check = lambda pin: None
        self.pin_role = role  # an owner's PIN is longer
        self.first, self.again = pin_edit(), pin_edit()
        self.errors = FormErrors()
        form = QFormLayout()
        form.addRow(self.tr("PIN (4-8 digits, an owner's 6-8)"), self.errors.beside("pin", self.first))
        form.addRow(self.tr("PIN again"), self.errors.beside("pin_again", self.again))
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def checks(self) -> dict:
        """Each field's check, run each alone: every mistake is shown at once."""
        def same() -> None:
            if self.first.text() != self.again.text():
                raise ValidationError("pin_again", "The two PINs are not the same.")

        return {"pin": lambda: staff.validate_pin(self.first.text(), self.pin_role), "pin_again": same}

    def _save(self) -> None:
        _values, problems = check_each(self.checks())
        if self.errors.show_all(problems, "pin"):
            return
        try:
            self.check(self.first.text())
        except ValidationError as error:
            self.errors.show_all({error.field: explain(error)}, "pin")
            return
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.accept()


class NewStaffDialog(PinDialog):
    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(self.tr("New staff member"), parent)
        self.name = QLineEdit()
        self.name.setMinimumHeight(TOUCH_HEIGHT)
        self.role = QComboBox()
        self.role.addItem(self.tr("staff"), Role.STAFF)
        self.role.addItem(self.tr("owner"), Role.OWNER)
        self.form.insertRow(0, self.tr("Name"), self.errors.beside("name", self.name))
        self.form.insertRow(1, self.tr("Role"), self.role)
        self.check = lambda pin: staff.create_staff(db, actor, self.name.text(), self.role.currentData(), pin)
        self.name.setFocus()

    def checks(self) -> dict:
        self.pin_role = self.role.currentData()
        return {"name": lambda: validation.name(self.name.text()), **super().checks()}

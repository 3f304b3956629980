"""The first start: the shop's name, the owner's name and PIN, and demo data to look around."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.core import clock, validation
from desktop.core.errors import ValidationError
from desktop.core.kinds import Role
from desktop.services import rewards, staff
from desktop.services.database import Database
from desktop.services.settings import update_settings
from desktop.ui.errors import show_error
from desktop.ui.formatting import current_formats
from desktop.ui.tasks import ProgressDialog, progress
from desktop.ui.widgets import TOUCH_HEIGHT, field_with_error, pin_edit

DEMO_CUSTOMERS = 2000


def demo_step(step) -> str:
    """How far the demo got (a simulator.DemoProgress), in the app's language."""
    if step.stage == "indexes":
        return QCoreApplication.translate("SetupDialog", "Building the indexes…")
    if step.stage == "totals":
        return QCoreApplication.translate("SetupDialog", "Adding up the totals for the dashboard…")
    number = current_formats().number
    return QCoreApplication.translate("SetupDialog", "{done} of {customers} customers, {purchases} purchases").format(
        done=number(step.done), customers=number(step.customers), purchases=number(step.purchases))


class SetupDialog(QDialog):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.owner_actor = None  # the owner made here, signed in at once
        self.setWindowTitle(self.tr("Welcome to Loyalty"))
        self.setMinimumWidth(460)

        self.shop = QLineEdit()
        self.owner = QLineEdit()
        self.pin, self.pin_again = pin_edit(), pin_edit()
        self.demo = QCheckBox(self.tr("Fill the shop with demo customers, so I can look around first"))
        for edit in (self.shop, self.owner):
            edit.setMinimumHeight(TOUCH_HEIGHT)
        form = QFormLayout()
        self.errors = {}
        for key, label, editor in (("shop_name", self.tr("Shop name"), self.shop),
                                   ("name", self.tr("Your name (owner)"), self.owner),
                                   ("pin", self.tr("Choose a PIN (6-8 digits)"), self.pin),
                                   ("pin_again", self.tr("PIN again"), self.pin_again)):
            box, self.errors[key] = field_with_error(editor)
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Set up your shop. You can change all of this later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        self.work = ProgressDialog(self)

    def _save(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        problems = {}
        try:
            shop = validation.name(self.shop.text(), field="shop_name")
        except ValidationError:
            problems["shop_name"] = self.tr("Enter the shop's name.")
        try:
            validation.name(self.owner.text())
        except ValidationError:
            problems["name"] = self.tr("Enter your name.")
        try:
            staff.validate_pin(self.pin.text(), Role.OWNER)
        except ValidationError:
            problems["pin"] = self.tr("An owner's PIN is 6 to 8 digits.")
        if self.pin.text() != self.pin_again.text():
            problems["pin_again"] = self.tr("The two PINs are not the same.")
        for key, message in problems.items():
            self.errors[key].show_message(message)
        if problems:
            return
        member = staff.create_staff(self.db, None, self.owner.text(), Role.OWNER, self.pin.text())
        owner = staff.actor_for(member)
        update_settings(self.db, owner, {"shop_name": shop})
        rewards.seed_example_catalogue(self.db, owner)  # at all three levels; the owner edits it later
        self.owner_actor = owner
        if self.demo.isChecked():
            self._fill_with_demo(owner)
        else:
            self.accept()

    def _fill_with_demo(self, owner) -> None:
        from desktop.demo import simulator  # loaded only when asked for

        def failed(error: BaseException) -> None:  # the shop is set up; only the demo data is missing
            show_error(self, error)
            self.accept()

        self.buttons.setEnabled(False)  # the shop is made: no second one
        # Not cancellable: the demo writes its years of history in several steps.
        def say(step) -> None:  # on the worker thread
            progress(demo_step(step))

        self.work.run(self.tr("Making demo customers…"), lambda: simulator.generate_demo(
            self.db, owner, customers=DEMO_CUSTOMERS, months=24, seed=1, today=clock.today(), progress=say,
            demo_staff=False), lambda _made: self.accept(), failed, cancellable=False)

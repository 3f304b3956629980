"""The main window: the counter, the menus, who is signed in, and locking."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from desktop.core.lockout import PinLockout
from desktop.core.kinds import Role
from desktop.services import customers
from desktop.services.context import Actor
from desktop.storage.engine import Database
from desktop.storage.models import Customer
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.counter.survey_dialog import SurveyDialog
from desktop.ui.customer_dialog import CustomerDialog
from desktop.ui.formatting import Formats
from desktop.ui.i18n import LANGUAGES, SETTING as LANGUAGE_SETTING
from desktop.ui.idle import IdleWatcher
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.sign_in_dialog import SignInDialog

IDLE_SETTING = "ui/lock_after_minutes"
DEFAULT_LOCK_MINUTES = 5.0


class MainWindow(QMainWindow):
    def __init__(self, db: Database, formats: Formats, shop_name: str, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.db, self.formats, self.shop_name, self.settings = db, formats, shop_name, settings
        self.lockout = PinLockout()
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("{shop} — Loyalty").format(shop=shop_name))
        self.counter = CounterPage(db, formats)
        self.setCentralWidget(self.counter)
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self._menus()
        self.idle = IdleWatcher(settings.value(IDLE_SETTING, DEFAULT_LOCK_MINUTES, type=float), self)
        self.idle.sig_idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)

    def _action(self, text: str, shortcut: str | QKeySequence | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        shop = bar.addMenu(self.tr("&Shop"))
        shop.addAction(self._action(self.tr("&Switch user / lock"), "Ctrl+L", self.lock))
        language = shop.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            language.addAction(self._action(name, None, lambda _=False, c=code: self._set_language(c)))
        shop.addSeparator()
        shop.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        customer = bar.addMenu(self.tr("&Customer"))
        customer.addAction(self._action(self.tr("&Find"), "Ctrl+F", self.counter.back_to_search))
        customer.addAction(self._action(self.tr("&New customer…"), "F2", self.new_customer))
        customer.addAction(self._action(self.tr("&Edit customer…"), "F4", self.edit_customer))
        customer.addAction(self._action(self.tr("&Feedback without a customer…"), None, self.anonymous_feedback))
        # Owner screens: hidden from staff; the services refuse staff as well.
        self.owner_actions = [self._action(self.tr("&Merge duplicates…"), None, self.merge_customers)]
        customer.addSeparator()
        for action in self.owner_actions:
            customer.addAction(action)
        self._action(self.tr("Back to the search"), "Esc", self.counter.back_to_search)

    # -- who is signed in ---------------------------------------------------------------
    def sign_in(self) -> bool:
        dialog = SignInDialog(self.db, self.lockout, self.shop_name, self)
        if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.actor = dialog.actor
        self.counter.set_actor(self.actor)
        role = self.tr("owner") if self.actor.role == Role.OWNER else self.tr("staff")
        self.who.setText(self.tr("Signed in: {name} ({role})").format(name=self.actor.name, role=role))
        for action in self.owner_actions:
            action.setVisible(self.actor.role == Role.OWNER)
        self.idle.timer.start()
        return True

    def lock(self) -> None:
        """Hide the customer and ask who is there; the app stays locked until someone signs in."""
        if not self.isVisible():
            return
        self.counter.back_to_search()
        self.centralWidget().setEnabled(False)
        while not self.sign_in():
            if QMessageBox.question(self, self.tr("Quit"), self.tr("Close the app?")) == QMessageBox.StandardButton.Yes:
                self.close()
                return
        self.centralWidget().setEnabled(True)
        self.counter.search.setFocus()

    # -- customers ------------------------------------------------------------------------
    def new_customer(self) -> None:
        dialog = CustomerDialog(self.db, self.actor, self.formats, parent=self)
        if dialog.exec() == CustomerDialog.DialogCode.Accepted and dialog.saved is not None:
            self.counter.open_customer(dialog.saved.id)

    def edit_customer(self) -> None:
        customer_id = self.counter.current_customer_id()
        if customer_id is None:
            return
        with self.db.read() as session:
            customer = session.get(Customer, customer_id)
            details = customers.details_of(session, customer)
        dialog = CustomerDialog(self.db, self.actor, self.formats, customer, details.referred_by_card, parent=self)
        if dialog.exec() == CustomerDialog.DialogCode.Accepted:
            self.counter.open_customer(customer_id)

    def merge_customers(self) -> None:
        if self.actor is None or self.actor.role != Role.OWNER:
            return
        current = self.counter.current_customer_id()
        keep = ""
        if current is not None:
            keep = self.counter.panel.view.customer.card_number
        dialog = MergeDialog(self.db, self.actor, keep, self)
        if dialog.exec() == MergeDialog.DialogCode.Accepted:
            self.counter.open_customer(dialog.kept_id)

    def anonymous_feedback(self) -> None:
        SurveyDialog(self.db, self.actor, parent=self).exec()

    def _set_language(self, code: str) -> None:
        self.settings.setValue(LANGUAGE_SETTING, code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start of the app."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.counter.search.setFocus(Qt.FocusReason.OtherFocusReason)

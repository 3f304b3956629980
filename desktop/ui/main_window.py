"""The main window: the counter, the menus, who is signed in, and locking."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from desktop.core import clock
from desktop.core.kinds import Role
from desktop.services import backups as backup_record
from desktop.services import customers, expiry, staff
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.records import Customer
from desktop.ui.counter.counter_page import CounterPage
from desktop.ui.counter.slips import show_card
from desktop.ui.counter.survey_dialog import SurveyDialog
from desktop.ui.customer_dialog import PRINT_CARD_KEY, CustomerDialog, NewCardBox
from desktop.ui.customer_display.control import DisplayControl
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.i18n import LANGUAGES, chosen_language
from desktop.ui.idle import IdleWatcher
from desktop.ui.live import LiveChanges, refresh_when_visible
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.owner.backup_action import back_up
from desktop.ui.owner.correction_dialog import CorrectionDialog
from desktop.ui.owner.settings_dialog import SettingsDialog
from desktop.ui.owner.staff_dialog import StaffDialog
from desktop.ui.pc_settings import (
    BACKUPS_KEPT,
    DAILY_BACKUP_HERE,
    LANGUAGE,
    LAST_EXPIRY,
    LOCK_AFTER_MINUTES,
    counter_name,
)
from desktop.ui.replace_card_dialog import ReplaceCardDialog
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.startup import current, remembered
from desktop.ui.tasks import ProgressDialog, Runner
from desktop.ui.widgets import WorkingLabel, bring_to_front, closes_with_keys

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    sig_last_backup = Signal(object)  # when the database was last backed up (None: never), read off the UI thread

    def __init__(self, db: Database, formats: Formats, shop_name: str, settings: QSettings,
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.formats, self.shop_name, self.settings = db, formats, shop_name, settings
        self._owner_screens: dict[str, QWidget] = {}
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("{shop} — Loyalty").format(shop=shop_name))
        self.counter = CounterPage(db, formats)
        self.setCentralWidget(self.counter)
        self.live = LiveChanges(db.url, self)  # started when the window shows, stopped when it closes
        self.counter.follow(self.live)
        for button, slot in ((self.counter.new_customer_button, self.new_customer),  # F2, F4, F9 on a touch screen
                             (self.counter.panel.edit_button, self.edit_customer),
                             (self.counter.panel.replace_card_button, self.replace_card),
                             (self.counter.panel.print_card_button, self.print_card)):
            button.clicked.connect(slot)
        # A card scanned while a dialog is open opens when it closes: the status bar says so meanwhile.
        self.counter.scanner.sig_waiting.connect(self.statusBar().showMessage)
        self.counter.scanner.sig_card.connect(lambda _card: self.statusBar().clearMessage())
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self.reading = Runner(self)  # the customer F4 edits, read off the UI thread
        self.working = WorkingLabel()
        self.statusBar().addWidget(self.working)
        self.reading.sig_busy.connect(self.working.setVisible)
        self._menus()
        self.add_owner_screen(self.tr("&Reports…"), "Ctrl+R", "reports", self._reports_screen)
        self.add_owner_screen(self.tr("Re&wards…"), "Ctrl+Shift+W", "rewards", self._rewards_screen)
        self.add_owner_screen(self.tr("R&etention…"), "Ctrl+Shift+E", "retention", self._retention_screen)
        self.add_owner_screen(self.tr("&Dashboard…"), "Ctrl+D", "dashboard", self._dashboard_screen)
        self.add_owner_screen(self.tr("T&ill totals…"), None, "till_totals", self._till_totals_screen)
        self.work = ProgressDialog(self)  # the owner's backup
        self.expiry = Runner(self)  # once a day, in the background
        self.backup_runner = Runner(self)  # the daily backup and when the last one was made
        self.idle = IdleWatcher(LOCK_AFTER_MINUTES.get(settings), self)
        self.idle.sig_idle.connect(self.lock)
        QApplication.instance().installEventFilter(self.idle)

    def _action(self, text: str, shortcut: str | QKeySequence | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                f"{text.replace('&', '')} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        shop = bar.addMenu(self.tr("&Shop"))
        shop.addAction(self._action(self.tr("&Switch user / lock"), "Ctrl+L", self.lock))
        self.customer_display = DisplayControl(self.db, self.formats, self.counter.state, self)
        shop.addAction(self._action(self.tr("Customer &display"), "Ctrl+Shift+D", self.customer_display.toggle))
        shop.addAction(self._action(self.tr("Customer display s&creen…"), None, self.customer_display.choose_screen))
        language = shop.addMenu(self.tr("&Language"))
        chosen = chosen_language(self.settings)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = self._action(name, None, lambda _=False, c=code: self._set_language(c))
            action.setCheckable(True)
            action.setChecked(code == chosen)  # the language in use is ticked
            self.language_actions[code] = action
            language.addAction(action)
        shop.addSeparator()
        self.last_backup = QAction(self.tr("Last backup: none yet"), self)
        self.last_backup.setEnabled(False)
        self.sig_last_backup.connect(self._show_last_backup)
        shop.addAction(self.last_backup)
        backup = self._action(self.tr("&Back up now…"), None, self.back_up)
        shop.addAction(backup)
        database = self._action(self.tr("D&atabase…"), None, self.choose_database)
        shop.addAction(database)
        shop.addSeparator()
        shop.addAction(self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close))
        customer = bar.addMenu(self.tr("&Customer"))
        customer.addAction(self._action(self.tr("&Find"), "Ctrl+F", self.counter.back_to_search))
        customer.addAction(self._action(self.tr("&New customer…"), "F2", self.new_customer))
        customer.addAction(self._action(self.tr("&Edit customer…"), "F4", self.edit_customer))
        customer.addAction(self._action(self.tr("&Print card…"), PRINT_CARD_KEY, self.print_card))
        customer.addAction(self._action(self.tr("&Replace lost card…"), "F3", self.replace_card))
        customer.addAction(self._action(self.tr("Feedback &without a customer…"), None, self.anonymous_feedback))
        # Owner screens: hidden from staff; the services refuse staff as well.
        self.owner_actions = [self._action(self.tr("&Merge duplicates…"), None, self.merge_customers),
                              self._action(self.tr("&Correct points…"), None, self.correct_points), backup,
                              database]
        customer.addSeparator()
        customer.addAction(self.owner_actions[0])
        customer.addAction(self.owner_actions[1])
        self.programme_menu = bar.addMenu(self.tr("&Programme"))
        self.add_owner_screen(self.tr("&Settings…"), "Ctrl+,", "settings", self._settings_screen)
        self.add_owner_screen(self.tr("S&taff…"), None, "staff", lambda: StaffDialog(self.db, self.actor, self))
        self._action(self.tr("Back to the search"), "Esc", self.counter.back_to_search)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Loyalty…"), None, self.about))

    def about(self) -> None:
        from desktop.ui.about_dialog import AboutDialog

        AboutDialog(self.db.url, self).exec()

    def add_owner_screen(self, text: str, shortcut: str | None, key: str, factory) -> QAction:
        """Put an owner screen in the Programme menu; `factory()` builds its window when first opened.

        The factory imports what the screen needs, so heavy modules (matplotlib, reportlab)
        load only when the owner opens the screen, never at start-up.
        """
        action = self._action(text, shortcut, lambda: self.open_owner_screen(key, factory))
        self.programme_menu.addAction(action)
        self.owner_actions.append(action)
        return action

    def open_owner_screen(self, key: str, factory) -> QWidget | None:
        if self.actor is None or self.actor.role != Role.OWNER:
            return None
        window = self._owner_screens.get(key)
        if window is None:
            window = self._owner_screens[key] = factory()
            closes_with_keys(window)
        bring_to_front(window)
        return window

    def _close_owner_screens(self) -> None:
        """Whoever signs in next must not find the owner's screens open."""
        for window in self._owner_screens.values():
            window.close()
            window.deleteLater()
        self._owner_screens.clear()

    def _reports_screen(self) -> QWidget:
        from desktop.ui.reports.reports_screen import ReportsScreen  # reportlab loads only when opened

        return ReportsScreen(self.db, self.formats)

    # -- who is signed in ---------------------------------------------------------------
    def sign_in(self) -> bool:
        known = remembered(self.settings, self.db.url)  # shown at once; read again off the UI thread
        dialog = SignInDialog(known.people if known else (), self.shop_name,
                              lambda staff_id, pin: staff.sign_in(self.db, staff_id, pin,
                                                                 counter=counter_name(self.settings)), self)
        dialog.refresh(lambda: current(self.db).people)
        if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.set_actor(dialog.actor)
        return True

    def set_actor(self, actor: Actor) -> None:
        """Who works now: the counter books in their name (and this PC's) and only the owner sees
        owner screens."""
        actor = dataclasses.replace(actor, counter=counter_name(self.settings))
        self.actor = actor
        self.counter.set_actor(actor)
        is_owner = actor.role == Role.OWNER
        role = self.tr("owner") if is_owner else self.tr("staff")
        self.who.setText(self.tr("Signed in: {name} ({role})").format(name=actor.name, role=role))
        for action in self.owner_actions:
            action.setVisible(is_owner)
        self.programme_menu.menuAction().setVisible(is_owner)
        self.idle.timer.start()

    def lock(self) -> None:
        """Hide the customer and ask who is there; the app stays locked until someone signs in."""
        if not self.isVisible():
            return
        self.counter.back_to_search()
        self._close_owner_screens()
        self.centralWidget().setEnabled(False)
        while not self.sign_in():
            if QMessageBox.question(self, self.tr("Quit"), self.tr("Close the app?")) == QMessageBox.StandardButton.Yes:
                self.close()
                return
        self.centralWidget().setEnabled(True)
        self.counter.search.setFocus()

    # -- customers ------------------------------------------------------------------------
    def new_customer(self) -> None:
        """F2: a new customer; with the card just scanned that nobody had, if there was one."""
        dialog = CustomerDialog(self.db, self.actor, self.formats, parent=self, card=self.counter.unknown_card)
        accepted = dialog.exec() == CustomerDialog.DialogCode.Accepted
        self._take_focus_back()
        if accepted:
            chosen = dialog.saved.id if dialog.saved is not None else dialog.open_instead
            if chosen is not None:
                self.counter.open_customer(chosen)

    def _take_focus_back(self) -> None:
        """After a chain of dialogs (a question, the new card) a window manager may leave the
        focus with the last one closed: the next scan would go nowhere. The counter takes it."""
        self.activateWindow()
        self.raise_()

    def print_card(self) -> None:
        """F9: the open customer's loyalty card, to print on card stock."""
        view = self.counter.state.view
        if view is not None:
            show_card(self, self.db, self.formats, view.customer.card_number)

    def replace_card(self) -> None:
        """A lost card: the open customer gets a new one, the old one is blocked."""
        view = self.counter.state.view
        if view is None or self.actor is None:
            return
        dialog = ReplaceCardDialog(self.db, self.actor, view.customer.name, view.customer.card_number, self)
        if dialog.exec() == ReplaceCardDialog.DialogCode.Accepted and dialog.replaced is not None:
            NewCardBox(self.db, self.formats, dialog.replaced, welcome=True, replaced=True, parent=self).exec()
            self._take_focus_back()
            self.counter.open_customer(dialog.replaced.id)

    def edit_customer(self) -> None:
        """F4: the open customer's form, once their details are read (a second F4 meanwhile reads once)."""
        customer_id = self.counter.current_customer_id()
        if customer_id is None:
            return
        db = self.db
        self.reading.run(lambda: customers.customer_with_details(db, customer_id),
                         lambda read: self._edit(customer_id, *read), lambda error: show_error(self, error))

    def _edit(self, customer_id: int, customer: Customer, details: customers.CustomerDetails) -> None:
        if self.counter.current_customer_id() != customer_id:  # another customer opened meanwhile
            return
        if QApplication.activeModalWidget() is not None:  # another dialog (F6, F7…) opened meanwhile
            return
        dialog = CustomerDialog(self.db, self.actor, self.formats, customer, details.referred_by_card, parent=self)
        accepted = dialog.exec() == CustomerDialog.DialogCode.Accepted
        self._take_focus_back()  # after Replace lost card and its new card box too
        if accepted:
            self.counter.open_customer(customer_id)

    def merge_customers(self) -> None:
        if self.actor is None or self.actor.role != Role.OWNER:
            return
        current = self.counter.current_customer_id()
        keep = ""
        if current is not None:
            keep = self.counter.state.view.customer.card_number
        dialog = MergeDialog(self.db, self.actor, keep, self)
        if dialog.exec() == MergeDialog.DialogCode.Accepted:
            self.counter.open_customer(dialog.kept_id)

    def correct_points(self) -> None:
        if self.actor is None or self.actor.role != Role.OWNER or self.counter.current_customer_id() is None:
            return
        view = self.counter.state.view
        dialog = CorrectionDialog(self.db, self.actor, view.customer, view.points.balance, self)
        if dialog.exec() == CorrectionDialog.DialogCode.Accepted:
            self.counter.open_customer(view.customer.id)

    def choose_database(self) -> None:
        if self.actor is None or self.actor.role != Role.OWNER:
            return
        from desktop.ui.owner.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.settings, self.db.url, self)
        if dialog.exec() == DatabaseDialog.DialogCode.Accepted and dialog.chosen != self.db.url:
            QMessageBox.information(self, self.tr("Database"), self.tr(
                "Loyalty opens the database you chose at its next start on this PC. Close it and start it again "
                "to work on it now."))

    def back_up(self) -> None:
        if self.actor is not None and self.actor.role == Role.OWNER:
            back_up(self, self.work, self.db, lambda made: self.backups(made=made))

    def backups(self, *, made: Path | None = None) -> None:
        """In the background: record a backup just `made`; on the PC the owner chose, make the
        day's backup if none was made today and keep the last N; then show the last one's date."""
        here, keep = DAILY_BACKUP_HERE.get(self.settings), BACKUPS_KEPT.get(self.settings)
        actor = Actor(name="daily backup" if made is None else self.actor.name, role=Role.OWNER,
                      counter=counter_name(self.settings))

        def work():
            if made is not None:
                return backup_record.record_backup(self.db, actor, made)
            if here:
                return backup_record.daily_backup_if_due(self.db, actor, keep=keep)
            return backup_record.last_backup(self.db)

        def failed(error: BaseException) -> None:  # the next start tries again; the counters work on regardless
            log.error("the daily backup failed", exc_info=error)

        self.backup_runner.run(work, self.sig_last_backup.emit, failed, latest=True)

    def _show_last_backup(self, when) -> None:
        if when is not None:
            self.last_backup.setText(self.tr("Last backup: {when}").format(when=self.formats.moment(when)))

    def _settings_screen(self) -> SettingsDialog:
        dialog = SettingsDialog(self.db, self.actor, self.formats, self.settings, self)
        dialog.sig_lock_minutes.connect(self.idle.set_minutes)
        dialog.sig_counter_name.connect(lambda _name: self.set_actor(self.actor))
        return dialog

    def _rewards_screen(self) -> QWidget:
        from desktop.ui.programme.reward_editor import RewardEditor

        return RewardEditor(self.db, self.actor, self.formats, self)

    def _retention_screen(self) -> QWidget:
        from desktop.ui.programme.retention_view import RetentionView  # loads matplotlib: only when opened

        return RetentionView(self.db, self.actor, self.formats, self)

    def _till_totals_screen(self) -> QWidget:
        from desktop.ui.owner.till_totals_screen import TillTotalsScreen

        return TillTotalsScreen(self.db, self.actor, self.formats, self)

    def _dashboard_screen(self) -> QWidget:
        from desktop.ui.dashboard.dashboard import Dashboard  # loads matplotlib: only when opened

        dashboard = Dashboard(self.db, self.actor, self.formats, self)
        refresh_when_visible(self.live, dashboard, dashboard.refresh)
        return dashboard

    def expire_due_points(self) -> bool:
        """Once a day per PC and database, book the points whose date has passed, in the
        background: the history then says so, and balances show what can really be spent.
        False when it was done today already."""
        stamp = f"{self.db.url}|{clock.today().isoformat()}"
        if LAST_EXPIRY.get(self.settings) == stamp:
            return False
        LAST_EXPIRY.put(self.settings, stamp)
        actor = Actor(name="automatic expiry", role=Role.OWNER, counter=counter_name(self.settings))

        def expired(result: expiry.ExpiryResult) -> None:
            log.info("expired %d points of %d customers", result.points, result.customers)

        def failed(error: BaseException) -> None:  # the next start tries again; the counters work on regardless
            log.error("automatic expiry failed", exc_info=error)
            LAST_EXPIRY.forget(self.settings)

        return self.expiry.run(lambda: expiry.expire_points(self.db, actor), expired, failed)

    def anonymous_feedback(self) -> None:
        SurveyDialog(self.db, self.actor, parent=self).exec()

    def _set_language(self, code: str) -> None:
        LANGUAGE.put(self.settings, code)
        for other, action in self.language_actions.items():
            action.setChecked(other == code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start of the app."))

    def closeEvent(self, event) -> None:
        self.live.stop()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.live.start()
        self.counter.search.setFocus(Qt.FocusReason.OtherFocusReason)

"""Settings (owner): the programme's rules, its tiers, when this counter locks itself, and
the shop's details for paper (its own tab, desktop/ui/owner/shop_profile_tab.py).

The language is in the Shop menu instead: it is each person's choice, not the owner's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import LoyaltyError, ValidationError
from desktop.core.money import parse_amount
from desktop.core.rules import REFERRAL_SIDES, ROUNDING_MODES
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.settings import load_settings, update_settings
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.owner.shop_profile_tab import ShopProfileTab
from desktop.ui.pc_settings import COUNTER_NAME, ESCPOS_PRINTER, LOCK_AFTER_MINUTES, RECEIPT_PRINTER, counter_name
from desktop.ui.widgets import FieldError, FormErrors, check_each, scrolling, whole_placeholder

WHOLE_NUMBERS = {  # setting: (lowest, highest), as core/rules.py checks them
    "points_per_euro": (0, 1000), "expiry_months": (0, 120), "pending_days": (0, 365),
    "latent_after_days": (1, 3650), "welcome_bonus": (0, 100_000), "birthday_bonus": (0, 100_000),
    "referral_bonus": (0, 100_000), "referral_limit": (0, 1000), "visit_bonus": (0, 100_000),
    "anniversary_bonus": (0, 100_000), "reactivation_bonus": (0, 100_000), "tier_bonus": (0, 100_000),
    "silent_loyalist_min_visits": (1, 1000), "advocate_min_referrals": (1, 1000),
}
AMOUNTS = ("point_value_cents", "max_purchase_cents")


class SettingsDialog(QDialog):
    sig_lock_minutes = Signal(float)
    sig_counter_name = Signal(str)

    def __init__(self, db: Database, actor: Actor, formats: Formats, counter: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.formats, self.counter = db, actor, formats, counter
        self.setWindowTitle(self.tr("Settings"))
        self.resize(640, 620)
        self.current = load_settings(db)
        self.editors: dict[str, QWidget] = {}
        self.errors = FormErrors()

        self.tabs = tabs = QTabWidget()
        tabs.addTab(self._programme_tab(), self.tr("&Points"))
        tabs.addTab(self._moments_tab(), self.tr("&Bonuses"))
        tabs.addTab(self._tiers_tab(), self.tr("&Tiers"))
        tabs.addTab(self._counter_tab(), self.tr("This &counter"))
        self.shop_tab = ShopProfileTab(db)
        tabs.addTab(self.shop_tab, self.tr("&Shop on paper"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.close)
        self.status = FieldError()  # which tabs hold a message: one may be out of sight
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    # -- the tabs ---------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> None:
        self.editors[key] = editor
        form.addRow(label, self.errors.beside(key, editor))

    def _number(self, key: str) -> QSpinBox:
        low, high = WHOLE_NUMBERS[key]
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(getattr(self.current, key))
        return spin

    def _amount(self, key: str) -> QLineEdit:
        return QLineEdit(self.formats.amount(getattr(self.current, key)).replace("€", "").strip())

    def _choice(self, key: str, choices: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for value, text in choices.items():
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(getattr(self.current, key))))
        return combo

    def _programme_tab(self) -> QWidget:
        form = QFormLayout()
        self._row(form, "shop_name", self.tr("Shop name"), QLineEdit(self.current.shop_name))
        self._row(form, "points_per_euro", self.tr("Points per euro spent"), self._number("points_per_euro"))
        rounding = dict(zip(ROUNDING_MODES, (self.tr("Down (€ 12,90 gives 12)"), self.tr("To the nearest"),
                                             self.tr("Up (€ 12,10 gives 13)")), strict=True))
        self._row(form, "rounding", self.tr("Rounding of points"), self._choice("rounding", rounding))
        self._row(form, "point_value_cents", self.tr("What one point is worth (€)"), self._amount("point_value_cents"))
        expiry = self._number("expiry_months")
        expiry.setSpecialValueText(self.tr("never"))
        expiry.setSuffix(self.tr(" months"))
        self._row(form, "expiry_months", self.tr("Points expire after"), expiry)
        pending = self._number("pending_days")
        pending.setSuffix(self.tr(" days"))
        self._row(form, "pending_days", self.tr("New points can be spent after"), pending)
        self._row(form, "max_purchase_cents", self.tr("Largest purchase (€)"), self._amount("max_purchase_cents"))
        latent = self._number("latent_after_days")
        latent.setSuffix(self.tr(" days"))
        self._row(form, "latent_after_days", self.tr("A customer is latent after no visit for"), latent)
        steady = self._number("silent_loyalist_min_visits")
        steady.setSuffix(self.tr(" visits in a year"))
        self._row(form, "silent_loyalist_min_visits", self.tr("A silent loyalist has at least"), steady)
        self._row(form, "advocate_min_referrals", self.tr("An advocate has referred at least (friends)"),
                  self._number("advocate_min_referrals"))
        return scrolling(form)

    def _moments_tab(self) -> QWidget:
        form = QFormLayout()
        labels = {
            "welcome_bonus": self.tr("Welcome bonus (points)"),
            "birthday_bonus": self.tr("Birthday bonus (points)"),
            "visit_bonus": self.tr("Bonus on the 10th, 25th, 50th… visit"),
            "anniversary_bonus": self.tr("Membership anniversary bonus"),
            "reactivation_bonus": self.tr("Welcome-back bonus for a latent customer"),
            "tier_bonus": self.tr("Bonus for reaching a higher tier"),
            "referral_bonus": self.tr("Referral bonus (points)"),
            "referral_limit": self.tr("Referrals per customer that earn a bonus"),
        }
        for key, label in labels.items():
            self._row(form, key, label, self._number(key))
        sides = dict(zip(REFERRAL_SIDES, (self.tr("the customer who referred"), self.tr("the new customer"),
                                          self.tr("both")), strict=True))
        self._row(form, "referral_bonus_to", self.tr("The referral bonus goes to"),
                  self._choice("referral_bonus_to", sides))
        return scrolling(form)

    def _tiers_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tiers = QTableWidget(0, 3)
        self.tiers.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Spend in 12 months (€)"),
                                              self.tr("Points multiplier (%)")])
        self.tiers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for name, cents in sorted(self.current.tier_thresholds.items(), key=lambda item: item[1]):
            self._add_tier(name, cents, self.current.tier_multipliers.get(name, 100))
        add, remove = QPushButton(self.tr("&Add tier")), QPushButton(self.tr("&Remove tier"))
        add.clicked.connect(lambda: self._add_tier("", 0, 100))
        remove.clicked.connect(lambda: self.tiers.removeRow(self.tiers.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addWidget(self.errors.beside("tier_thresholds", self.tiers))
        self.errors["tier_multipliers"] = self.errors["tier_thresholds"]
        layout.addLayout(row)
        return page

    def _add_tier(self, name: str, cents: int, percent: int) -> None:
        row = self.tiers.rowCount()
        self.tiers.insertRow(row)
        amount = self.formats.amount(cents).replace("€", "").strip()
        for column, text in enumerate((self.formats.tier(name), amount, str(percent))):
            self.tiers.setItem(row, column, QTableWidgetItem(text))
        self.tiers.item(row, 0).setData(Qt.ItemDataRole.UserRole, name)  # shown in Dutch, stored as it was

    def _tier_name(self, row: int) -> str:
        """The name to store: the one typed, or the stored name when its shown form was left as it was."""
        item = self.tiers.item(row, 0)
        if item is None:
            return ""
        stored, typed = item.data(Qt.ItemDataRole.UserRole) or "", item.text().strip()
        return stored if stored and typed == self.formats.tier(stored) else typed

    def _counter_tab(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setValue(round(LOCK_AFTER_MINUTES.get(self.counter)))
        form.addRow(self.tr("Lock when nobody touches it for"), self.lock_minutes)
        from desktop.ui.reports.printing import receipt_printer_choice  # QtPdf loads on the first use, not at start

        self.receipt_printer = receipt_printer_choice(RECEIPT_PRINTER.get(self.counter))
        form.addRow(self.tr("Receipt printer for vouchers and slips"), self.receipt_printer)
        self.escpos = QLineEdit(ESCPOS_PRINTER.get(self.counter))
        self.escpos.setPlaceholderText(self.tr("or ESC/POS: usb:04b8:0202, tcp:192.168.1.50, serial:COM3"))
        whole_placeholder(self.escpos)
        self.escpos.setToolTip(self.tr("A thermal printer spoken to directly: the slip prints at once, cut, "
                                       "with a barcode the printer draws"))
        form.addRow(self.tr("Thermal printer (ESC/POS)"), self.escpos)
        self.counter_name = QLineEdit(counter_name(self.counter))
        self.counter_name.setMaxLength(64)
        self.counter_name.setToolTip(self.tr("Recorded with every purchase, refund and reward booked here, "
                                             "for the end-of-day summary per counter"))
        form.addRow(self.tr("Name of this counter"), self.counter_name)
        return page

    # -- saving -----------------------------------------------------------------------
    def _checks(self) -> dict[str, Callable[[], Any]]:
        """Each setting's reading of its field, to run each alone (widgets.check_each)."""
        checks: dict[str, Callable[[], Any]] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                checks[key] = editor.value
            elif isinstance(editor, QComboBox):
                checks[key] = editor.currentData
            elif isinstance(editor, QLineEdit) and key in AMOUNTS:
                checks[key] = lambda edit=editor, field=key: parse_amount(edit.text(), field=field)
            elif isinstance(editor, QLineEdit):
                checks[key] = editor.text
        checks["tier_thresholds"] = self._thresholds
        checks["tier_multipliers"] = self._multipliers
        return checks

    def _cell(self, row: int, column: int) -> str:
        item = self.tiers.item(row, column)
        return item.text().strip() if item else ""

    def _thresholds(self) -> dict[str, int]:
        thresholds = {}
        for row in range(self.tiers.rowCount()):
            if not self._tier_name(row):
                raise ValidationError("tier_thresholds", "Give every tier a name.")
            thresholds[self._tier_name(row)] = parse_amount(self._cell(row, 1), field="tier_thresholds")
        return thresholds

    def _multipliers(self) -> dict[str, int]:
        multipliers = {}
        for row in range(self.tiers.rowCount()):
            name, percent = self._tier_name(row), self._cell(row, 2)
            if not percent.isdigit():
                raise ValidationError("tier_multipliers", "Tier '{tier}' needs a multiplier from 100 to 1000 percent.",
                                      tier=name)
            if int(percent) != 100:
                multipliers[name] = int(percent)
        return multipliers

    def _show_problems(self, problems: dict[str, str]) -> None:
        """Every message beside its field on every tab; the first such tab comes to the front."""
        self.errors.show_all(problems, "shop_name")
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        wrong = [i for i, page in enumerate(pages)
                 if any(page.isAncestorOf(error) and error.text() for error in self.errors.values())]
        if self.shop_tab.has_problems():
            wrong = sorted({*wrong, self.tabs.indexOf(self.shop_tab)})
        if wrong:
            self.tabs.setCurrentIndex(wrong[0])
        names = ", ".join(self.tabs.tabText(i).replace("&", "") for i in wrong)
        self.status.show_message(self.tr("Not saved: see the messages on {tabs}.").format(tabs=names) if wrong else "")

    def save(self) -> bool:
        values, problems = check_each(self._checks())
        problems.update({error.field: explain(error)
                         for error in dataclasses.replace(self.current, **values).problems()
                         if error.field not in problems})
        shop_ok = self.shop_tab.check()
        if problems or not shop_ok:
            self._show_problems(problems)
            return False
        try:
            changed = {k: v for k, v in values.items() if v != getattr(self.current, k)}
            if changed:
                self.current = update_settings(self.db, self.actor, changed)
        except ValidationError as error:  # found with the stored data: a reward for a tier removed
            if error.field in self.errors:
                self._show_problems({error.field: explain(error)})
            else:
                show_error(self, error)
            return False
        except LoyaltyError as error:
            show_error(self, error)
            return False
        if not self.shop_tab.save(self.actor):
            self._show_problems({})
            return False
        self._show_problems({})  # the dialog is kept for the next time it is opened
        LOCK_AFTER_MINUTES.put(self.counter, float(self.lock_minutes.value()))
        RECEIPT_PRINTER.put(self.counter, self.receipt_printer.currentData())
        ESCPOS_PRINTER.put(self.counter, self.escpos.text().strip())
        self.sig_lock_minutes.emit(float(self.lock_minutes.value()))
        name = self.counter_name.text().strip()
        COUNTER_NAME.put(self.counter, name)
        self.sig_counter_name.emit(counter_name(self.counter))
        self.close()
        return True

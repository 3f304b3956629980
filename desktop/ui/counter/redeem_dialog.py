"""Handing out a reward: what this customer can have, grouped by the three retention levels,
with a few words on why not where they cannot (points, tier, stamps, stock, period)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.core.catalogue import Refusal, stamps_to_fill
from desktop.core.kinds import RetentionLevel
from desktop.services import redemptions, rewards
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.ui.counter.slips import show_voucher
from desktop.ui.errors import show_error
from desktop.ui.formatting import Formats
from desktop.ui.tasks import Runner
from desktop.ui.widgets import TOUCH_HEIGHT, WorkingLabel, touch_buttons, touch_rows


def level_label(level: str) -> str:
    return {
        RetentionLevel.FINANCIAL: QCoreApplication.translate("RedeemDialog", "Financial"),
        RetentionLevel.SOCIAL_EMOTIONAL: QCoreApplication.translate("RedeemDialog", "Social-emotional"),
        RetentionLevel.STRUCTURAL: QCoreApplication.translate("RedeemDialog", "Structural"),
    }.get(level, level)


class RedeemDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, formats: Formats, card: str, name: str, spendable: int,
                 parent=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.formats, self.card, self.spendable = db, actor, formats, card, spendable
        self.redemption = None  # the Redemption handed out
        self._key = uuid.uuid4().hex  # a double click hands out once
        self.setWindowTitle(self.tr("Reward for {name}").format(name=name))
        self.resize(620, 460)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Reward"), self.tr("Points"), ""])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setUniformRowHeights(False)
        touch_rows(self.tree)  # a reward is chosen with a finger on a touch screen
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.hand_out = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.hand_out.setText(self.tr("Hand out"))
        self.hand_out.setEnabled(False)
        touch_buttons(self.buttons)
        self.buttons.accepted.connect(self._redeem)
        self.buttons.rejected.connect(self.reject)
        self.tree.currentItemChanged.connect(
            lambda item, _old: self.hand_out.setEnabled(
                item is not None and item.data(0, Qt.ItemDataRole.UserRole) is not None
            )
        )
        self.tree.itemActivated.connect(lambda _item, _col: self._redeem())
        self.runner = Runner(self)  # reading the offers and handing out wait on the database off the UI thread
        self.working = WorkingLabel()
        self.runner.sig_busy.connect(self.working.setVisible)
        self._handing_out = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{n} points can be spent.").format(n=spendable)))
        layout.addWidget(self.tree)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        self.runner.run(lambda: rewards.offers_for_card(db, card), self._show_offers, self._not_read)

    def _show_offers(self, offers: list[rewards.Offer]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for offer in offers:
            reward = offer.reward
            group = groups.get(reward.level)
            if group is None:
                group = groups[reward.level] = QTreeWidgetItem(self.tree, [level_label(reward.level)])
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
            item = QTreeWidgetItem(group, [self._title(offer), str(reward.cost_points), self._status(offer)])
            item.setData(0, Qt.ItemDataRole.UserRole, reward.id)
            if reward.voucher_text:
                item.setToolTip(0, reward.voucher_text)
            if offer.refused is not None:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.setFocus()

    def _not_read(self, error: BaseException) -> None:
        show_error(self, error)
        self.reject()

    def _title(self, offer: rewards.Offer) -> str:
        reward = offer.reward
        if reward.event_at is not None:
            return self.tr("{name} ({when})").format(name=reward.name, when=self.formats.moment(reward.event_at))
        return reward.name

    def _status(self, offer: rewards.Offer) -> str:
        """Why not, in a few words, or what is left."""
        reward, why = offer.reward, offer.refused
        if why is None:
            if offer.stamps is not None:  # stamps beyond a full card do not make a second free item
                return self.tr("card full")
            if reward.stock is not None:
                return self.tr("{n} left").format(n=reward.stock)
            return self.tr("can be handed out")
        if why == Refusal.POINTS:
            return self.tr("{n} more needed").format(n=reward.cost_points - self.spendable)
        if why == Refusal.STAMPS:
            return self.tr("{have} of {need} stamps").format(have=offer.stamps,
                                                            need=stamps_to_fill(reward.stamps_needed or 0))
        if why == Refusal.TIER:
            return self.tr("for tier {tier} and up").format(tier=self.formats.tier(reward.min_tier))
        if why == Refusal.NO_SUCH_TIER:
            return self.tr("tier {tier} no longer exists").format(tier=self.formats.tier(reward.min_tier))
        if why == Refusal.NOT_YET:
            return self.tr("from {day}").format(day=self.formats.day(reward.offered_from))
        return {
            Refusal.AUTOMATIC: self.tr("double points today"),
            Refusal.SEGMENT: self.tr("for other customers"),
            Refusal.SOLD_OUT: self.tr("all gone"),
            Refusal.NOT_BIRTHDAY: self.tr("in the birthday week"),
            Refusal.ENDED: self.tr("ended"),
            Refusal.RETIRED: self.tr("no longer offered"),
        }[why]

    def _redeem(self) -> None:
        item = self.tree.currentItem()
        reward_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if reward_id is None or not self.hand_out.isEnabled():
            return
        db, actor, card, key = self.db, self.actor, self.card, self._key
        if self.runner.run(lambda: redemptions.redeem(db, actor, card, str(reward_id), client_key=key),
                           self._handed_out, self._refused):
            self._handing_out = True
            self.hand_out.setEnabled(False)  # a second Enter or click while it books does nothing

    def _refused(self, error: BaseException) -> None:
        self._handing_out = False
        self.hand_out.setEnabled(True)
        show_error(self, error)

    def _handed_out(self, redemption) -> None:
        self._handing_out = False
        self.redemption = redemption
        until = self.tr(" Valid until {day}.").format(day=self.formats.day(redemption.valid_until)) \
            if redemption.valid_until else ""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Reward handed out"),
                          self.tr("Voucher code: {code}.{until}").format(code=redemption.code, until=until),
                          QMessageBox.StandardButton.Ok, self)
        print_button = box.addButton(self.tr("Print voucher"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        for button in box.buttons():
            button.setMinimumHeight(TOUCH_HEIGHT)
        box.exec()
        if box.clickedButton() is print_button:
            show_voucher(self, self.db, self.formats, redemption.code)
        self.accept()

    def reject(self) -> None:
        if not self._handing_out:  # Esc while handing out: the reward is being booked, wait for it
            super().reject()

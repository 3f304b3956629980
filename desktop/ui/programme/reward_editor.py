"""The reward catalogue for the owner: create, edit, retire, with messages beside each field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import (
    MAX_COST,
    MAX_DISCOUNT_CENTS,
    MAX_STOCK,
    RewardKind,
    RewardSpec,
    kinds_of,
    parse_moment,
    whole_number,
)
from desktop.core.errors import ConflictError, LoyaltyError, ValidationError
from desktop.core.kinds import RetentionLevel
from desktop.core.moments import Segment
from desktop.core.money import parse_amount
from desktop.core.validation import parse_date
from desktop.services import rewards
from desktop.services.context import Actor
from desktop.services.database import Database
from desktop.services.records import Reward
from desktop.services.settings import load_settings
from desktop.ui.counter.redeem_dialog import level_label
from desktop.ui.errors import explain, show_error
from desktop.ui.formatting import Formats
from desktop.ui.widgets import TOUCH_HEIGHT, FieldError, field_with_error, grey_with_reason


def kind_label(kind: str) -> str:
    return {
        RewardKind.DISCOUNT: QCoreApplication.translate("RewardEditor", "Discount voucher"),
        RewardKind.FREE_PRODUCT: QCoreApplication.translate("RewardEditor", "Free product"),
        RewardKind.STAMP_CARD: QCoreApplication.translate("RewardEditor", "Stamp card"),
        RewardKind.DOUBLE_POINTS: QCoreApplication.translate("RewardEditor", "Double-points day"),
        RewardKind.MEMBER_PRICE: QCoreApplication.translate("RewardEditor", "Member price"),
        RewardKind.BIRTHDAY_SURPRISE: QCoreApplication.translate("RewardEditor", "Birthday surprise"),
        RewardKind.THANK_YOU: QCoreApplication.translate("RewardEditor", "Personal thank-you"),
        RewardKind.EVENT: QCoreApplication.translate("RewardEditor", "Event (tour, demo, preview evening)"),
        RewardKind.REFERRAL_THANKS: QCoreApplication.translate("RewardEditor", "Thank-you for a referral"),
        RewardKind.SUBSCRIPTION: QCoreApplication.translate("RewardEditor", "Subscription (collected or delivered)"),
        RewardKind.RESERVATION: QCoreApplication.translate("RewardEditor", "Reservation or hold service"),
        RewardKind.AFTER_SALES: QCoreApplication.translate("RewardEditor", "After-sales service"),
    }.get(kind, kind)


def segment_label(segment: str) -> str:
    return {
        Segment.NEWCOMER: QCoreApplication.translate("RewardEditor", "Newcomers"),
        Segment.RETURNING: QCoreApplication.translate("RewardEditor", "Returning customers"),
        Segment.LATENT: QCoreApplication.translate("RewardEditor", "Latent customers"),
        "silent_loyalist": QCoreApplication.translate("RewardEditor", "Silent loyalists"),
        "advocate": QCoreApplication.translate("RewardEditor", "Advocates"),
    }.get(segment, segment)


# The text fields, in the order of the form: (key, label); parsed when saving.
TEXT_FIELDS = ("name", "cost_points", "valid_days", "offered_from", "offered_until", "stock", "discount_cents",
               "discount_percent", "stamps_needed", "event_at")


class RewardEditor(QWidget):
    """A top-level owner screen: the catalogue on the left, the chosen reward's form on the right."""

    def __init__(self, db: Database, actor: Actor, formats: Formats, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor, self.formats = db, actor, formats
        self.reward_id: int | None = None
        self.stock_loaded: int | None = None  # the stock shown: seats handed out meanwhile are never put back
        self.setWindowTitle(self.tr("Rewards"))
        self.resize(1280, 720)
        self.tiers = sorted(load_settings(db).tier_thresholds.items(), key=lambda item: item[1])

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reward"), self.tr("Level"), self.tr("Points"), self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._chosen)
        self.new_button = QPushButton(self.tr("&New reward"))
        self.new_button.setToolTip(self.tr("Start a new reward (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.retire_tip = self.tr("Stop offering the chosen reward, or offer it again")
        for button in (self.new_button, self.retire_button):
            button.setMinimumHeight(TOUCH_HEIGHT)
        self.new_button.clicked.connect(self.new_reward)
        self.retire_button.clicked.connect(self._toggle_retired)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.retire_button)
        left_layout.addLayout(row)

        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.errors: dict[str, FieldError] = {}
        self.level = QComboBox()
        for level in RetentionLevel:
            self.level.addItem(level_label(level), level)
        self.kind = QComboBox()
        self.min_tier = QComboBox()
        self.min_tier.addItem(self.tr("Everyone"), "")
        for name, _cents in self.tiers:
            self.min_tier.addItem(self.formats.tier(name), name)
        self.segment = QComboBox()
        self.segment.addItem(self.tr("Everyone"), "")
        for segment in Segment:
            self.segment.addItem(segment_label(segment), segment.value)
        self.voucher = QPlainTextEdit()
        self.voucher.setMaximumHeight(80)
        self.voucher.setPlaceholderText(self.tr("The text printed on the voucher"))
        self.level.currentIndexChanged.connect(self._fill_kinds)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        hints = {
            "cost_points": self.tr("0 for a reward without points"),
            "valid_days": self.tr("empty: no end date on the voucher"),
            "offered_from": self.tr("empty: from now on, like {example}").format(example=self._day_example()),
            "offered_until": self.tr("empty: no end"),
            "stock": self.tr("empty: no limit; for an event, the seats"),
            "discount_cents": self.tr("an amount off, like {example}").format(example=formats.typed_amount_hint()),
            "discount_percent": self.tr("or a percentage off, 1 to 100"),
            "stamps_needed": self.tr("10: the 10th purchase is free"),
            "event_at": self.tr("date and time, like {example} 19:30").format(example=self._day_example()),
        }
        for name, hint in hints.items():
            self.edits[name].setPlaceholderText(hint)
        labels = {
            "name": self.tr("&Name"), "level": self.tr("&Level"), "kind": self.tr("&Kind"),
            "cost_points": self.tr("&Cost in points"), "valid_days": self.tr("&Valid for days"),
            "min_tier": self.tr("Minimum &tier"), "segment": self.tr("For &segment"),
            "offered_from": self.tr("Offered &from"), "offered_until": self.tr("Offered &until"),
            "stock": self.tr("S&tock or seats"), "discount_cents": self.tr("&Discount amount"),
            "discount_percent": self.tr("Discount &percentage"), "stamps_needed": self.tr("Free &purchase number"),
            "event_at": self.tr("&Event starts"), "voucher_text": self.tr("&Voucher text"),
        }
        widgets = {**self.edits, "level": self.level, "kind": self.kind, "min_tier": self.min_tier,
                   "segment": self.segment, "voucher_text": self.voucher}
        form = self.form = QFormLayout()
        self.rows: dict[str, QWidget] = {}
        for name in ("name", "level", "kind", "cost_points", "valid_days", "min_tier", "segment", "offered_from",
                     "offered_until", "stock", "discount_cents", "discount_percent", "stamps_needed", "event_at",
                     "voucher_text"):
            box, error = field_with_error(widgets[name])
            self.errors[name] = error
            self.rows[name] = box
            label = QLabel(labels[name])
            label.setBuddy(widgets[name])
            form.addRow(label, box)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this reward (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setMinimumHeight(TOUCH_HEIGHT)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        form_layout.addWidget(self.heading)
        form_layout.addLayout(form)
        form_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll)
        bottom = QHBoxLayout()  # outside the scrolling form: always in reach
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        right_layout.addLayout(bottom)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._fill_kinds()
        self.refresh()
        self.new_reward()

    def _day_example(self) -> str:
        return "22-11-2026" if self.formats.language == "nl" else "22/11/2026"

    # -- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.catalogue: list[Reward] = rewards.all_rewards(self.db)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.catalogue))
        for row, reward in enumerate(self.catalogue):
            status = self.tr("offered") if reward.active else self.tr("retired")
            if reward.active and reward.stock is not None:
                status = self.tr("{n} left").format(n=reward.stock)
            for column, text in enumerate((reward.name, level_label(reward.level), str(reward.cost_points), status)):
                item = QTableWidgetItem(text)
                if not reward.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.catalogue):
            self.show_reward(self.catalogue[row])

    def _toggle_retired(self) -> None:
        if self.reward_id is None:
            return
        reward = next(r for r in self.catalogue if r.id == self.reward_id)
        try:
            changed = rewards.set_retired(self.db, self.actor, reward.id, retired=reward.active)
        except LoyaltyError as error:
            show_error(self, error)
            return
        self.refresh()
        self.show_reward(changed)

    # -- the form ----------------------------------------------------------------------
    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in kinds_of(RetentionLevel(self.level.currentData())):
            self.kind.addItem(kind_label(kind), kind.value)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self) -> None:
        """Show only the fields that belong to the chosen kind."""
        kind = self.kind.currentData()
        shown = {"discount_cents": kind in (RewardKind.DISCOUNT, RewardKind.MEMBER_PRICE),
                 "discount_percent": kind in (RewardKind.DISCOUNT, RewardKind.MEMBER_PRICE),
                 "stamps_needed": kind == RewardKind.STAMP_CARD, "event_at": kind == RewardKind.EVENT}
        for name, visible in shown.items():
            self.form.setRowVisible(self.rows[name], visible)

    def new_reward(self) -> None:
        self.reward_id = None
        self.table.clearSelection()
        self.heading.setText(self.tr("New reward"))
        for edit in self.edits.values():
            edit.clear()
        self.edits["cost_points"].setText("0")
        self.voucher.clear()
        for combo in (self.min_tier, self.segment):
            combo.setCurrentIndex(0)
        self._show_min_tier("")
        grey_with_reason(self.retire_button, self.tr("Choose a reward in the list first."), tip=self.retire_tip)
        self._clear_errors()
        self.status.setText("")
        self.edits["name"].setFocus()

    def show_reward(self, reward: Reward) -> None:
        f = self.formats
        self.reward_id = reward.id
        self.stock_loaded = reward.stock
        self.heading.setText(reward.name)
        self.level.setCurrentIndex(self.level.findData(reward.level))
        self._fill_kinds()
        self.kind.setCurrentIndex(max(self.kind.findData(reward.kind), 0))
        texts = {
            "name": reward.name, "cost_points": str(reward.cost_points),
            "valid_days": str(reward.valid_days or ""),
            "offered_from": f.day(reward.offered_from) if reward.offered_from else "",
            "offered_until": f.day(reward.offered_until) if reward.offered_until else "",
            "stock": "" if reward.stock is None else str(reward.stock),
            "discount_cents": f.amount(reward.discount_cents).replace("€", "").strip() if reward.discount_cents else "",
            "discount_percent": str(reward.discount_percent or ""),
            "stamps_needed": str(reward.stamps_needed or ""),
            "event_at": f.moment(reward.event_at) if reward.event_at else "",
        }
        for name, text in texts.items():
            self.edits[name].setText(text)
        self.voucher.setPlainText(reward.voucher_text)
        self._show_min_tier(reward.min_tier)
        self.segment.setCurrentIndex(max(self.segment.findData(reward.segment), 0))
        grey_with_reason(self.retire_button, "", tip=self.retire_tip)
        self.retire_button.setText(self.tr("&Retire") if reward.active else self.tr("Offer &again"))
        self._clear_errors()
        self.status.setText("" if reward.active else self.tr("Retired: the counter no longer offers it."))

    def _show_min_tier(self, tier: str) -> None:
        """Choose the reward's minimum tier; one that was renamed or removed is shown as such
        (saving it asks for another), never silently as "Everyone"."""
        known = len(self.tiers) + 1
        while self.min_tier.count() > known:  # the previous reward's tier that no longer exists
            self.min_tier.removeItem(known)
        if tier and self.min_tier.findData(tier) < 0:
            self.min_tier.addItem(self.tr("{tier} (no longer a tier)").format(tier=tier), tier)
        self.min_tier.setCurrentIndex(max(self.min_tier.findData(tier), 0))

    def _show_stock_now(self) -> None:
        """The counters changed the stock meanwhile: show it as it is now, to check and save again."""
        if self.reward_id is None:
            return
        reward = rewards.reward_by_id(self.db, self.reward_id)
        if reward is not None:
            self.stock_loaded = reward.stock
            self.edits["stock"].setText("" if reward.stock is None else str(reward.stock))

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")

    def _spec(self) -> tuple[RewardSpec | None, dict[str, ValidationError]]:
        """The form as a RewardSpec, or the typing mistakes found, one per field."""
        text = {name: edit.text() for name, edit in self.edits.items()}
        problems: dict[str, ValidationError] = {}
        values: dict = {}

        def read(name: str, parse) -> None:
            try:
                values[name] = parse(text[name])
            except ValidationError as error:
                problems[name] = error

        read("cost_points", lambda t: whole_number(t, field="cost_points", low=0, high=MAX_COST) or 0)
        read("valid_days", lambda t: whole_number(t, field="valid_days", low=1, high=3650))
        read("stock", lambda t: whole_number(t, field="stock", low=0, high=MAX_STOCK))
        read("discount_percent", lambda t: whole_number(t, field="discount_percent", low=1, high=100))
        read("stamps_needed", lambda t: whole_number(t, field="stamps_needed", low=2, high=100))
        read("discount_cents", lambda t: parse_amount(t, field="discount_cents", max_cents=MAX_DISCOUNT_CENTS)
             if t.strip() else None)
        read("offered_from", lambda t: parse_date(t, field="offered_from") if t.strip() else None)
        read("offered_until", lambda t: parse_date(t, field="offered_until") if t.strip() else None)
        read("event_at", lambda t: parse_moment(t, field="event_at"))
        if problems:
            return None, problems
        return RewardSpec(name=text["name"], level=self.level.currentData(), kind=self.kind.currentData(),
                          min_tier=self.min_tier.currentData(), segment=self.segment.currentData(),
                          voucher_text=self.voucher.toPlainText(), **values), {}

    def save(self) -> bool:
        self._clear_errors()
        spec, problems = self._spec()
        if spec is not None:
            try:
                saved = rewards.save_reward(self.db, self.actor, spec, reward_id=self.reward_id,
                                            stock_loaded=self.stock_loaded)
            except ValidationError as error:
                problems = {error.field: error}
            except ConflictError as error:
                show_error(self, error)
                self._show_stock_now()
                return False
            except LoyaltyError as error:
                show_error(self, error)
                return False
        for name, error in problems.items():
            self.errors.get(name, self.errors["name"]).show_message(explain(error))
        if problems:
            self.status.setText(self.tr("Not saved: see the message beside the field."))
            return False
        self.refresh()
        self.show_reward(saved)
        self.table.selectRow(next(i for i, r in enumerate(self.catalogue) if r.id == saved.id))
        self.status.setText(self.tr("Saved."))
        return True

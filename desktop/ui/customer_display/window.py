"""The customer's own screen at the counter (Shop -> Customer display): a second window,
for a monitor facing the customer, that follows the counter by its signals. Idle it shows
the shop's logo and one line about the programme; with a customer open, their first name,
points to spend, what the purchase just booked earned, how far the next reward and tier
are, and a birthday greeting in their week (desktop.core.customer_display: nothing private).

It follows the counter's open customer (desktop/ui/counter/open_customer.py) by its
signals and reads only when they say something changed, always off the UI thread; the
counter works the same without it.

What it says is said to the customer, so its words come from the documents' catalogue
(reports/language.py): Dutch in the shop's form of address (u or je), as on paper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core import clock
from desktop.core.customer_display import DisplayFacts
from desktop.services.database import Database
from desktop.ui.counter.open_customer import OpenCustomer
from desktop.ui.formatting import Formats
from desktop.ui.tasks import Runner


class CustomerDisplay(QWidget):
    sig_updated = Signal()  # after what is shown changed (for tests and the real-window check)

    def __init__(self, db: Database, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.formats = db, formats
        self.setWindowTitle(self.tr("Customer display"))
        self.setStyleSheet("QWidget { background: #0f2a44; color: white; }")
        self.logo = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title = self._label(40, bold=True)
        self.lines = [self._label(28) for _ in range(5)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.logo)
        layout.addWidget(self.title)
        for line in self.lines:
            layout.addWidget(line)
        layout.addStretch(2)
        self.facts: DisplayFacts | None = None
        self.state: OpenCustomer | None = None
        self.idle_text = ("", "")
        from reports.language import Language  # reports load when a screen needs them (test_layers)

        self.lang = Language(formats.language)  # u until the shop's profile is read
        self._reader = Runner(self)  # the open customer's facts: only the newest are shown
        self._idle_reader = Runner(self)
        self.resize(800, 450)
        # Opening or updating it never takes the keyboard from the counter.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._load_idle()

    def _label(self, size: int, *, bold: bool = False) -> QLabel:
        label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet(f"font-size: {size}px; {'font-weight: bold;' if bold else ''}")
        return label

    # -- following the counter ---------------------------------------------------------------
    def follow(self, state: OpenCustomer) -> None:
        """Follow the counter's open customer: opened or closed (also when the user switches),
        read again (a booking, Undo, a refund, a reward, a change at another counter)."""
        self.state = state
        state.sig_customer_changed.connect(self.show_open)
        state.sig_refreshed.connect(self.show_open)
        state.sig_booked.connect(self.show_open)

    @Slot()
    def show_open(self, *_ignored) -> None:
        """Show whoever is open at the counter now, or the idle screen."""
        state = self.state
        if state is None or state.view is None:
            self.show_idle()
            return
        booking = state.last_booking  # the purchase just booked, until Undo or another change
        earned = booking.points if booking is not None and booking.customer_id == state.customer_id else None
        self.show_customer(state.customer_id, earned)

    def show_customer(self, customer_id: int, just_earned: int | None = None) -> None:
        from desktop.services.customer_display import display_facts

        self._reader.cancel()  # an answer about an earlier customer is no longer wanted
        self._reader.run(lambda: display_facts(self.db, customer_id, clock.local_date(clock.now()), just_earned),
                         self._arrived, lambda _error: self._arrived(None), latest=True)

    @Slot()
    def show_idle(self) -> None:
        self._reader.cancel()  # an answer still on its way is no longer wanted
        self.facts = None
        self._paint()

    def _load_idle(self) -> None:
        def read():
            from desktop.services.settings import load_settings
            from desktop.services.shop_profile import load_profile

            return load_settings(self.db), load_profile(self.db)

        # Without them the idle screen shows no shop name: it works on regardless.
        self._idle_reader.run(read, lambda found: (self._set_idle(*found), self._paint()), lambda _e: self._paint())

    def _arrived(self, facts: DisplayFacts | None) -> None:  # None: it could not be read; the idle screen shows
        self.facts = facts
        self._paint()

    def _set_idle(self, settings, profile) -> None:
        from reports.language import Language

        self.lang = lang = Language(self.formats.language, informal=profile.address_form == "je")
        worth = self.formats.amount(100 * settings.point_value_cents)
        if settings.points_per_euro == 1:
            line = lang.t("Every euro you spend earns 1 point; 100 points are worth {amount}.", amount=worth)
        else:
            line = lang.t("Every euro you spend earns {n} points; 100 points are worth {amount}.",
                          n=settings.points_per_euro, amount=worth)
        self.idle_text = (settings.shop_name, line)
        if profile.logo_png:
            pixmap = QPixmap()
            if pixmap.loadFromData(profile.logo_png):
                self.logo.setPixmap(pixmap.scaledToHeight(160, Qt.TransformationMode.SmoothTransformation))

    # -- what is shown -------------------------------------------------------------------------
    def texts(self) -> list[str]:
        """The lines shown now, title first (empty lines left out)."""
        return [t for t in [self.title.text(), *(line.text() for line in self.lines)] if t]

    def _paint(self) -> None:
        facts, f = self.facts, self.formats
        self.logo.setVisible(facts is None and self.logo.pixmap() is not None and not self.logo.pixmap().isNull())
        if facts is None:
            rows = [self.idle_text[0], self.idle_text[1]]
        else:
            lang, n = self.lang, self.lang.number
            greeting = (lang.t("Happy birthday, {name}!", name=facts.first_name) if facts.birthday_week
                        else lang.t("Hello {name}!", name=facts.first_name))
            rows = [greeting, lang.t("You have 1 point to spend") if facts.spendable == 1
                    else lang.t("You have {n} points to spend", n=n(facts.spendable))]
            if facts.just_earned:
                rows.append(lang.t("This purchase earned you 1 point") if facts.just_earned == 1
                            else lang.t("This purchase earned you {n} points", n=n(facts.just_earned)))
            if facts.next_reward:
                reward, to_go = facts.next_reward.name, facts.next_reward.to_go
                rows.append(lang.t("1 more point for {reward}", reward=reward) if to_go == 1
                            else lang.t("{n} more points for {reward}", n=n(to_go), reward=reward))
            if facts.next_tier and facts.to_next_tier_cents:
                rows.append(lang.t("{amount} more to spend to reach {tier}",
                                   amount=f.amount(facts.to_next_tier_cents), tier=f.tier(facts.next_tier)))
            elif facts.tier:
                rows.append(lang.t("You are a {tier} member", tier=f.tier(facts.tier)))
        rows += [""] * (1 + len(self.lines) - len(rows))
        self.title.setText(rows[0])
        for label, text in zip(self.lines, rows[1:], strict=True):
            label.setText(text)
            label.setVisible(bool(text))
        self.sig_updated.emit()

    # -- which screen --------------------------------------------------------------------------
    def show_on(self, screen_name: str) -> None:
        """Open on the named screen: full screen on a second monitor, a window on the only one."""
        screens = QGuiApplication.screens()
        screen = next((s for s in screens if s.name() == screen_name), None)
        primary = QGuiApplication.primaryScreen()
        if screen is None or screen is primary or len(screens) < 2:
            self.showNormal()
            return
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()

"""The counter's cards (issue 13): a duplicate is caught before saving, a lost card is
replaced and says so when scanned, and a customer's card prints from the counter."""

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget

from conftest import balance_of, new_customer, settle, worked
from desktop.core import cardnumber
from desktop.core.kinds import Role
from desktop.services import cards, staff
from desktop.services.context import Actor
from desktop.ui.counter.scanner import SCAN_GAP_MS
from desktop.ui.customer_dialog import CustomerDialog, NewCardBox
from desktop.ui.formatting import Formats
from desktop.ui.replace_card_dialog import ReplaceCardDialog
from desktop.ui.reports.printing import PdfPreviewDialog

CLERK = Actor(name="Sven", role=Role.STAFF)


def when_shown(qtbot, kind: type[QWidget], act: Callable[[QWidget], None], seen: list) -> None:
    """Once a modal window of `kind` is up, note it and `act` on it (as the person would)."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            seen.append(modal)
            act(modal)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _new_customer_form(qtbot, db, **typed) -> CustomerDialog:
    dialog = CustomerDialog(db, CLERK, Formats("en"))
    qtbot.addWidget(dialog)
    dialog.show()
    for key, text in typed.items():
        qtbot.keyClicks(dialog.edits[key], text)
    return dialog


def test_the_same_phone_warns_and_enter_opens_the_customer_we_have(qtbot, db, owner):
    ann = new_customer(db, owner, "Ann Jansen", phone="06 12345678")
    dialog = _new_customer_form(qtbot, db, name="Ann J", phone="0612345678")
    seen: list = []
    when_shown(qtbot, QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), seen)
    qtbot.keyClick(dialog.edits["phone"], Qt.Key.Key_Return)  # Save, then a hurried second Enter
    worked(qtbot, dialog)  # the check runs off the UI thread
    question = seen[0]
    assert question.objectName() == "duplicateQuestion"
    assert f"Ann Jansen, card {ann.card_number}, 06 12345678 (same phone)" in question.text()
    assert "without a welcome bonus" in question.informativeText()
    assert dialog.open_instead == ann.id and dialog.saved is None and dialog.result() == dialog.DialogCode.Accepted
    with db.read() as session:
        from sqlmodel import func, select

        from desktop.storage.models import Customer
        assert session.exec(select(func.count()).select_from(Customer)).one() == 1


def test_saving_a_duplicate_anyway_is_a_choice_and_gives_no_welcome_bonus(qtbot, db, owner):
    new_customer(db, owner, "Ann Jansen", email="ann@example.nl")
    dialog = _new_customer_form(qtbot, db, name="Ann Jansen", email="ANN@example.nl")
    seen: list = []

    def save_anyway(box: QMessageBox) -> None:
        anyway = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        assert anyway.height() >= 40
        anyway.click()

    when_shown(qtbot, QMessageBox, save_anyway, seen)
    when_shown(qtbot, NewCardBox, lambda box: box.accept(), seen)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    worked(qtbot, dialog)  # the check, the question, then the save, off the UI thread
    assert dialog.saved is not None and dialog.open_instead is None
    said = " ".join(label.text() for label in seen[1].findChildren(QLabel))
    assert "No welcome bonus" in said
    assert balance_of(db, dialog.saved.id) == 0


def test_esc_on_the_duplicate_question_goes_back_to_the_form(qtbot, db, owner):
    new_customer(db, owner, "Ann", phone="0612345678")
    dialog = _new_customer_form(qtbot, db, name="Ann", phone="0612345678")
    seen: list = []
    when_shown(qtbot, QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape), seen)
    qtbot.keyClick(dialog.edits["name"], Qt.Key.Key_Return)
    worked(qtbot, dialog)
    assert seen and dialog.isVisible() and dialog.saved is None and dialog.open_instead is None
    assert dialog.edits["name"].isEnabled()  # the form is there to change again


@pytest.fixture
def window(qtbot, db, tmp_path):
    from desktop.ui.main_window import MainWindow

    member = staff.create_staff(db, None, "Eigenaar", Role.OWNER, "111111")
    main = MainWindow(db, Formats("en"), "Test", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.set_actor(staff.actor_for(member))
    main.resize(1366, 728)
    main.show()
    return main


def scan(qtbot, widget, card: str) -> None:
    """A scanner: the digits faster than SCAN_GAP_MS apart (the counter's clock is moved), then Enter."""
    counter = widget.window().counter
    now = [counter.scanner.clock() + 1.0]
    counter.scanner.clock = lambda: now[0]
    for digit in card:
        qtbot.keyClick(widget, digit)
        now[0] += SCAN_GAP_MS / 4000
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_scanning_a_replaced_card_says_so_and_opens_its_customer(qtbot, db, owner, window):
    ann = new_customer(db, owner, "Ann")
    new = cards.replace_card(db, owner, ann.card_number).card_number
    counter = window.counter
    scan(qtbot, counter.search, ann.card_number)
    settle(qtbot, counter)
    assert counter.state.customer_id == ann.id and counter.state.view.customer.card_number == new
    message = counter.search_error.text()
    assert f"Card {ann.card_number} was replaced on " in message and f"by card {new}" in message
    counter.panel.amount.setFocus()  # the next scan, of the lost card again, while the amount has the focus
    scan(qtbot, counter.panel.amount, ann.card_number)
    settle(qtbot, counter)
    assert counter.panel.amount.text() == "" and "was replaced on" in counter.search_error.text()


def test_a_replaced_card_is_said_in_dutch_with_a_dutch_date(qtbot, db, owner):
    from datetime import UTC, datetime

    from desktop.core.errors import ReplacedCard
    from desktop.services import customers
    from desktop.ui import i18n
    from desktop.ui.errors import explain
    from desktop.ui.formatting import use_formats

    ann = new_customer(db, owner, "Ann")
    new = cards.replace_card(db, owner, ann.card_number, at=datetime(2026, 11, 3, 12, tzinfo=UTC)).card_number
    with db.read() as session, pytest.raises(ReplacedCard) as found:
        customers.find_by_card(session, ann.card_number)
    app = QApplication.instance()
    translator = i18n.install_translator(app, "nl")
    use_formats(Formats("nl"))
    try:
        assert explain(found.value) == f"Pas {ann.card_number} is op 03-11-2026 vervangen door pas {new}."
    finally:
        use_formats(Formats("en"))
        app.removeTranslator(translator)


def test_the_edit_form_replaces_a_lost_card_with_a_scanned_pre_printed_one(qtbot, db, owner):
    ann = new_customer(db, owner, "Ann")
    printed = "290000077777" + cardnumber.check_digit("290000077777")
    dialog = CustomerDialog(db, CLERK, Formats("en"), ann)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list = []

    def scan_new_card(replace: ReplaceCardDialog) -> None:
        qtbot.keyClicks(replace.new_card, printed)
        qtbot.keyClick(replace.new_card, Qt.Key.Key_Return)

    when_shown(qtbot, ReplaceCardDialog, scan_new_card, seen)
    when_shown(qtbot, NewCardBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return), seen)
    assert dialog.replace_card.height() >= 40
    qtbot.mouseClick(dialog.replace_card, Qt.MouseButton.LeftButton)
    assert [type(w) for w in seen] == [ReplaceCardDialog, NewCardBox]
    assert dialog.saved is not None and dialog.saved.card_number == printed and balance_of(db, ann.id) == 50


def test_f9_prints_the_open_customers_card_and_the_new_card_box_has_the_button(qtbot, db, owner, window):
    ann = new_customer(db, owner, "Ann de Vries")
    window.counter.open_customer(ann.id)
    settle(qtbot, window.counter)
    seen: list = []
    when_shown(qtbot, PdfPreviewDialog, lambda preview: preview.reject(), seen)
    qtbot.keyClick(window.counter.panel.amount, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)  # the card is made off the UI thread
    preview = seen[0]
    assert preview.windowTitle() == f"Card {ann.card_number}" and preview.preview.pdf.startswith(b"%PDF")
    box = NewCardBox(db, Formats("en"), ann, welcome=True, replaced=False)
    qtbot.addWidget(box)
    when_shown(qtbot, PdfPreviewDialog, lambda preview: preview.reject(), seen)

    def print_then_close(shown: NewCardBox) -> None:
        assert shown.print_card.shortcut().toString() == "F9"  # a modal box offscreen is never active: click
        qtbot.mouseClick(shown.print_card, Qt.MouseButton.LeftButton)
        shown.accept()

    when_shown(qtbot, NewCardBox, print_then_close, seen)
    box.exec()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10_000)
    assert [type(w) for w in seen] == [PdfPreviewDialog, NewCardBox, PdfPreviewDialog]
    assert box.print_card.height() >= 40
    layout = [box.layout().itemAt(i).widget() for i in range(box.layout().count())]
    assert layout[1].text() == ann.card_number and layout[-1].buttons()  # the number above the buttons


def test_the_search_list_is_empty_with_the_hint_after_sign_in_and_after_esc(qtbot, db, owner, window):
    """A big shop: listing everyone is useless and costs a query; the list starts empty, with
    the hint beside it, after signing in and after Esc alike."""
    for name in ("Ann", "Anna", "Bert"):
        new_customer(db, owner, name)
    counter = window.counter

    def looks_fresh() -> bool:
        return counter.model.rowCount() == 0 and counter.right.currentWidget() is counter.empty \
            and counter.search.text() == "" and "F2" in counter.empty.text()

    settle(qtbot, counter)
    assert looks_fresh()
    qtbot.keyClicks(counter.search, "an")
    qtbot.waitUntil(lambda: counter.model.rowCount() == 2, timeout=10_000)
    qtbot.keyClick(counter.search, Qt.Key.Key_Return)  # the first of them opens
    settle(qtbot, counter)
    assert counter.right.currentWidget() is counter.panel
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Escape)
    settle(qtbot, counter)
    assert looks_fresh()
    qtbot.keyClicks(counter.search, "b")
    qtbot.waitUntil(lambda: counter.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(counter.search, Qt.Key.Key_Escape)  # Esc with results listed, nobody open
    window.live.sig_changed.emit(None)  # another counter's change, while Esc's empty list is on its way
    settle(qtbot, counter)
    assert looks_fresh()


def test_every_counter_action_is_a_button_of_40_px_on_a_1366_by_768_screen(qtbot, db, owner, window):
    """A touch screen: new customer, edit, reward, feedback, undo and print, each a button at
    least 40 px high and wholly inside the window (1366 x 768 less a 40 px taskbar)."""
    ann = new_customer(db, owner, "Ann de Vries")
    counter = window.counter
    window.resize(1366, 728 - window.frameGeometry().height() + window.height())
    counter.open_customer(ann.id)
    settle(qtbot, counter)
    qtbot.keyClicks(counter.panel.amount, "12,50")
    qtbot.keyClick(counter.panel.amount, Qt.Key.Key_Return)
    settle(qtbot, counter)
    panel = counter.panel
    buttons = {"new customer": counter.new_customer_button, "edit": panel.edit_button,
               "reward": panel.reward_button, "feedback": panel.feedback_button, "undo": panel.undo,
               "print slip": panel.print_slip, "print card": panel.print_card_button}
    inside = window.rect()
    for name, button in buttons.items():
        assert button.isVisible() and button.isEnabled(), name
        assert button.height() >= 40, (name, button.height())
        top_left = button.mapTo(window, button.rect().topLeft())
        assert inside.contains(top_left) and inside.contains(top_left + button.rect().bottomRight()), name
    seen: list = []
    for name, kind in (("edit", CustomerDialog), ("print card", PdfPreviewDialog), ("new customer", CustomerDialog)):
        when_shown(qtbot, kind, lambda shown: shown.reject(), seen)
        shown_before = len(seen)
        qtbot.mouseClick(buttons[name], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=shown_before: len(seen) > n, timeout=10_000)  # the card is made off the UI thread
    assert [type(w) for w in seen] == [CustomerDialog, PdfPreviewDialog, CustomerDialog]
    assert seen[0].customer is not None and seen[2].customer is None  # edit Ann, then a new one


def test_replacing_a_card_waits_on_the_database_off_the_ui_thread_and_shows_why_not(qtbot, db, owner, monkeypatch):
    ann, bob = new_customer(db, owner, "Ann"), new_customer(db, owner, "Bob")
    threads: list[bool] = []
    replace = cards.replace_card

    def on_a_worker(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return replace(*args, **kwargs)

    monkeypatch.setattr(cards, "replace_card", on_a_worker)
    dialog = ReplaceCardDialog(db, CLERK, "Ann", ann.card_number)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new_card, bob.card_number)  # a card in use: refused
    qtbot.keyClick(dialog.new_card, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert threads == [False] and dialog.replaced is None
    assert bob.card_number in dialog.error.text()
    ok, error = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), dialog.error

    def shown_whole() -> bool:  # not under the buttons, not cut
        bottom = error.mapTo(dialog, error.rect().bottomLeft()).y()
        uncut = error.height() >= error.heightForWidth(error.width())
        return bottom < ok.mapTo(dialog, ok.rect().topLeft()).y() and uncut

    qtbot.waitUntil(shown_whole, timeout=2_000)
    dialog.new_card.clear()
    qtbot.keyClick(dialog.new_card, Qt.Key.Key_Return)  # a new number
    qtbot.waitUntil(lambda: dialog.replaced is not None, timeout=10_000)
    assert threads == [False, False] and dialog.replaced.card_number != ann.card_number


def test_the_customer_menu_replaces_the_open_customers_lost_card(qtbot, db, owner, window):
    ann = new_customer(db, owner, "Ann")
    counter = window.counter
    counter.open_customer(ann.id)
    settle(qtbot, counter)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Replace lost card…")
    seen: list = []
    when_shown(qtbot, ReplaceCardDialog, lambda dialog: qtbot.keyClick(dialog.new_card, Qt.Key.Key_Return), seen)
    when_shown(qtbot, NewCardBox, lambda box: box.accept(), seen)
    action.trigger()
    settle(qtbot, counter)
    new = counter.state.view.customer.card_number
    assert [type(w) for w in seen] == [ReplaceCardDialog, NewCardBox] and new != ann.card_number
    assert counter.state.customer_id == ann.id and balance_of(db, ann.id) == 50

"""The owner's reports screen and the PDF preview: make a document off the UI thread, see
its pages, get errors beside the field, print and save."""

from __future__ import annotations

from pdfread import Pdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from conftest import made
from desktop.core.kinds import RetentionLevel, Role
from desktop.services import customers, purchases, redemptions, rewards, staff
from desktop.ui.formatting import Formats
from desktop.ui.reports.printing import PdfPreviewDialog, print_document
from desktop.ui.reports.reports_screen import ReportsScreen


def _shop(db):
    owner = staff.actor_for(staff.create_staff(db, None, "Marieke Jansen", Role.OWNER, "111111"))
    customer = customers.create_customer(db, owner, customers.CustomerDetails(name="Anouk Smit"))
    purchases.register_purchase(db, owner, customer.card_number, 3_000)
    return owner, customer


def test_statement_made_in_the_background_and_previewed(qtbot, db):
    _, customer = _shop(db)
    screen = ReportsScreen(db, Formats("nl"))
    qtbot.addWidget(screen)
    screen.choose("statement")
    assert screen.editors["card"].isVisibleTo(screen) and not screen.editors["code"].isVisibleTo(screen)
    screen.editors["card"].setText(customer.card_number)
    pdf = made(qtbot, screen)
    assert pdf is not None and screen.preview.document.pageCount() == 1
    assert "Anouk Smit" in Pdf(pdf).all_text() and "Puntenoverzicht" in Pdf(pdf).all_text()
    assert screen.actions_row.print_button.isEnabled() and screen.actions_row.save_button.isEnabled()
    assert "1" in screen.status.text()
    screen.choose("voucher")  # another document: nothing to print until it is made
    assert screen.preview.document.pageCount() == 0 and not screen.actions_row.print_button.isEnabled()
    screen.choose("statement")  # the copy made before comes back
    assert screen.preview.document.pageCount() == 1 and screen.actions_row.print_button.isEnabled()


def test_a_wrong_card_is_explained_beside_the_field(qtbot, db):
    _shop(db)
    screen = ReportsScreen(db, Formats("en"))
    qtbot.addWidget(screen)
    screen.show()
    screen.choose("statement")
    screen.editors["card"].setText("2900000000001")
    assert made(qtbot, screen) is None
    assert screen.errors["card"].isVisible() and "2900000000001" in screen.errors["card"].text()
    assert not screen.actions_row.print_button.isEnabled()


def test_voucher_in_receipt_size_and_the_fields_each_document_asks_for(qtbot, db):
    owner, customer = _shop(db)
    rewards.create_reward(db, owner, "Koffie", RetentionLevel.FINANCIAL, "free_product", 10)
    code = redemptions.redeem(db, owner, customer.card_number, "Koffie").code
    screen = ReportsScreen(db, Formats("en"))
    qtbot.addWidget(screen)
    screen.choose("voucher")
    assert [screen.editors["size"].itemData(i) for i in range(screen.editors["size"].count())] == ["80mm", "a6"]
    screen.editors["code"].setText(code)
    pdf = Pdf(made(qtbot, screen))
    assert code in pdf.all_text() and round(pdf.size_mm()[0]) == 80
    screen.choose("day")
    assert screen.editors["day"].isVisibleTo(screen) and not screen.editors["code"].isVisibleTo(screen)
    assert Pdf(made(qtbot, screen)).pages == 1


def test_print_and_save(qtbot, db, tmp_path, monkeypatch):
    _, customer = _shop(db)
    screen = ReportsScreen(db, Formats("en"))
    qtbot.addWidget(screen)
    screen.choose("cards")
    screen.editors["cards"].setText(customer.card_number)
    pdf = made(qtbot, screen)
    target = tmp_path / "cards"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    assert screen.actions_row.save_pdf() == tmp_path / "cards.pdf"
    assert (tmp_path / "cards.pdf").read_bytes() == pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    print_document(screen.preview.document, printer)
    printed = Pdf((tmp_path / "printed.pdf").read_bytes())
    assert printed.pages == 1


def test_preview_dialog_for_the_counter(qtbot, db):
    owner, customer = _shop(db)
    rewards.create_reward(db, owner, "Koffie", RetentionLevel.FINANCIAL, "free_product", 10)
    code = redemptions.redeem(db, owner, customer.card_number, "Koffie").code
    from reports.slips import voucher_pdf

    with db.read() as session:
        pdf = voucher_pdf(session, code, "nl", "80mm")
    dialog = PdfPreviewDialog(pdf, "Voucher", "voucher.pdf")
    qtbot.addWidget(dialog)
    assert dialog.preview.document.pageCount() == 1 and dialog.actions_row.print_button.isEnabled()


def test_the_programme_menu_offers_the_reports_screen(qtbot, db, tmp_path):
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    owner, _ = _shop(db)
    window = MainWindow(db, Formats("en"), "Shop", QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.set_actor(owner)
    reports = next(a for a in window.programme_menu.actions() if a.text() == "&Reports…")
    assert reports.isVisible() and "Ctrl+R" in reports.toolTip()
    reports.trigger()
    screen = window._owner_screens["reports"]
    assert isinstance(screen, ReportsScreen) and screen.isVisible()
    screen.close()


def test_monthly_report_from_the_screen(qtbot, db):
    _shop(db)
    screen = ReportsScreen(db, Formats("nl"))
    qtbot.addWidget(screen)
    screen.choose("monthly")
    assert screen.editors["month"].isVisibleTo(screen) and not screen.editors["card"].isVisibleTo(screen)
    text = Pdf(made(qtbot, screen)).all_text()
    assert "Maandrapport klantenprogramma" in text and "Kerncijfers" in text
    assert screen.preview.document.pageCount() >= 3


def test_cards_on_the_chosen_sheet_with_their_backs(qtbot, db):
    _, customer = _shop(db)
    screen = ReportsScreen(db, Formats("nl"))
    qtbot.addWidget(screen)
    screen.choose("cards")
    size = screen.editors["size"]
    assert [size.itemData(i) for i in range(size.count())] == ["avery-c32011", "card-stock"]
    assert "85 x 54 mm" in size.toolTip()  # the sheet to buy, in full
    screen.editors["cards"].setText(customer.card_number)
    screen.editors["back"].setChecked(True)
    size.setCurrentIndex(1)
    text = Pdf(made(qtbot, screen)).all_text()
    assert "A4-karton om zelf te snijden" in text and "Achterkant van pagina 1" in text
    assert screen.preview.document.pageCount() == 2  # the fronts, then their backs
    screen.choose("labels")
    assert [size.itemText(i) for i in range(size.count())] == ["Avery Zweckform 3474"]


def test_the_offers_for_the_letters_are_read_off_the_ui_thread(qtbot, db, monkeypatch):
    import threading

    from desktop.services import rewards

    owner, _ = _shop(db)
    rewards.seed_example_catalogue(db, owner)
    readers = []
    real = rewards.active_rewards
    monkeypatch.setattr(rewards, "active_rewards", lambda database: readers.append(threading.current_thread())
                        or real(database))
    screen = ReportsScreen(db, Formats("en"))
    qtbot.addWidget(screen)
    offer = screen.editors["offer"]
    qtbot.waitUntil(lambda: offer.count() == 1 + len(real(db)))
    assert readers and threading.main_thread() not in readers
    assert offer.itemText(0) == "No offer" and offer.itemData(1) is not None


def test_print_and_save_greyed_until_a_document_is_made_say_so(qtbot, db):
    _shop(db)
    screen = ReportsScreen(db, Formats("en"))
    qtbot.addWidget(screen)
    for button in (screen.actions_row.print_button, screen.actions_row.save_button):
        assert not button.isEnabled() and "Make the document first" in button.toolTip()
    screen.choose("day")
    assert made(qtbot, screen)
    assert screen.actions_row.save_button.isEnabled() and "Ctrl+S" in screen.actions_row.save_button.toolTip()

"""Render every screen of the counter to PNG at 1366x768 with demo data, to look at.

    uv run python tests/screens/render_screens.py OUT_DIR [--language nl|en]

Builds a 300-customer demo shop in a temporary folder and grabs each screen offscreen.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from desktop.demo import simulator  # noqa: E402
from desktop.services import staff  # noqa: E402
from desktop.services.context import Actor  # noqa: E402
from desktop.storage.migrate import open_database  # noqa: E402
from desktop.ui import (
    i18n,  # noqa: E402
    startup,  # noqa: E402
)
from desktop.ui.counter.redeem_dialog import RedeemDialog  # noqa: E402
from desktop.ui.counter.survey_dialog import SurveyDialog  # noqa: E402
from desktop.ui.customer_dialog import CustomerDialog  # noqa: E402
from desktop.ui.formatting import Formats  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.owner.correction_dialog import CorrectionDialog  # noqa: E402
from desktop.ui.owner.staff_dialog import StaffDialog  # noqa: E402
from desktop.ui.setup_dialog import SetupDialog  # noqa: E402
from desktop.ui.sign_in_dialog import SignInDialog  # noqa: E402

SIZE = (1366, 768)


def grab(widget: QWidget, path: Path, size: tuple[int, int] | None = SIZE) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=sorted(i18n.LANGUAGES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    i18n.install_translator(app, args.language)
    formats = Formats(args.language)
    folder = Path(tempfile.mkdtemp())
    db = open_database(f"sqlite:///{folder / 'shop.db'}", create=True)
    lang = args.language

    grab(SetupDialog(db), args.out / f"{lang}-01-first-start.png", None)
    simulator.generate_demo(db, Actor.set_up(), customers=300, months=18, seed=7, today=date(2026, 11, 22))
    grab(SignInDialog(startup.current(db).people, "Koffie & Thee De Boon", lambda staff_id, pin: None),
         args.out / f"{lang}-02-sign-in.png", None)

    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, formats, "Koffie & Thee De Boon", settings)
    owner = staff.active_staff(db)[0]
    window.set_actor(staff.actor_for(owner))
    grab(window, args.out / f"{lang}-03-counter-empty.png")

    def settle() -> None:  # the counter looks up and books on a worker thread
        while not window.counter.idle:
            app.processEvents()

    window.counter.search.setText("jan")
    window.counter.model.set_query("jan")
    settle()
    window.counter.results.selectRow(1)
    grab(window, args.out / f"{lang}-04-counter-search.png")

    window.counter.open_customer(window.counter.model.customer_id(1))
    settle()
    window.counter.panel.amount.setText("23,80")
    window.counter.panel.book.click()
    settle()
    window.counter.panel.amount.setText("12,5x")
    grab(window, args.out / f"{lang}-05-customer-booked.png")

    window.counter.panel.tabs.setCurrentIndex(1)
    grab(window, args.out / f"{lang}-06-customer-purchases.png")

    view = window.counter.panel.view
    redeem = RedeemDialog(db, window.actor, formats, view.customer.card_number, view.customer.name,
                          view.points.spendable)
    while not redeem.tree.topLevelItemCount():  # the offers are read off the UI thread
        app.processEvents()
    grab(redeem, args.out / f"{lang}-07-redeem.png", None)
    survey = SurveyDialog(db, window.actor, view.customer.card_number)
    survey.groups["recommend"].button(8).setChecked(True)
    grab(survey, args.out / f"{lang}-08-feedback.png", None)

    dialog = CustomerDialog(db, window.actor, formats)
    dialog.edits["name"].setText("Noor van den Berg")
    dialog.edits["email"].setText("noor@")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    grab(dialog, args.out / f"{lang}-09-new-customer-error.png", None)

    settings_screen = window.open_owner_screen("settings", window._settings_screen)
    settings_screen.editors["point_value_cents"].setText("0,0x")
    settings_screen.save()
    grab(settings_screen, args.out / f"{lang}-10-settings.png", None)
    settings_screen.findChild(QTabWidget).setCurrentIndex(1)
    grab(settings_screen, args.out / f"{lang}-11-settings-bonuses.png", None)
    settings_screen.findChild(QTabWidget).setCurrentIndex(2)
    grab(settings_screen, args.out / f"{lang}-12-settings-tiers.png", None)
    grab(StaffDialog(db, window.actor), args.out / f"{lang}-13-staff.png", None)
    grab(CorrectionDialog(db, window.actor, view.customer, view.points.balance), args.out / f"{lang}-14-correct.png",
         None)
    from PySide6.QtTest import QTest  # the preview draws its pages in the background

    reports_screen = window.open_owner_screen("reports", window._reports_screen)
    reports_screen.choose("monthly")  # last month
    reports_screen.make()
    QTest.qWait(500)
    grab(reports_screen, args.out / f"{lang}-20-reports-monthly.png")
    reports_screen.choose("statement")
    reports_screen.editors["card"].setText("2900000000001")
    reports_screen.make()
    grab(reports_screen, args.out / f"{lang}-21-reports-statement-unknown-card.png")

    rewards_screen = window.open_owner_screen("rewards", window._rewards_screen)
    rewards_screen.table.selectRow(2)
    rewards_screen.edits["stock"].setText("-3")
    rewards_screen.save()
    grab(rewards_screen, args.out / f"{lang}-30-rewards-editor-error.png")
    grab(window.open_owner_screen("retention", window._retention_screen), args.out / f"{lang}-31-retention.png")

    dashboard = window.open_owner_screen("dashboard", window._dashboard_screen)
    waiter = QEventLoop()
    dashboard.sig_shown.connect(waiter.quit)
    dashboard.set_period("year", date.today())  # this year so far, against last year
    waiter.exec()
    grab(dashboard, args.out / f"{lang}-40-dashboard.png")
    dashboard.tabs.setCurrentIndex(1)
    grab(dashboard, args.out / f"{lang}-41-dashboard-detractors.png")
    dashboard.latent_button.click()
    grab(dashboard.customer_list, args.out / f"{lang}-42-dashboard-latent-customers.png", None)
    db.dispose()


if __name__ == "__main__":
    main()

"""The Mailings tab: sending the reactivation letters with a control group, and each
mailing's comparison of the mailed with the held back."""

from pdfread import Pdf
from PySide6.QtWidgets import QInputDialog, QMessageBox
from test_mailings import latent_with_address

from conftest import worked
from desktop.core.kinds import Role
from desktop.services.context import Actor
from desktop.ui.formatting import Formats
from desktop.ui.programme.mailings_view import MailingsPage
from desktop.ui.reports import printing


def test_send_the_letters_and_see_the_mailing(qtbot, db, owner, monkeypatch):
    latent_with_address(db, owner, 30)
    page = MailingsPage(db, owner, Formats("en"))
    qtbot.addWidget(page)
    page.show()
    worked(qtbot, page.work)
    assert page.table.rowCount() == 0 and page.send.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Najaar", True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (10, True))
    told, shown = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(printing.PdfPreviewDialog, "exec", lambda dialog: shown.append(Pdf(dialog.preview.pdf)))
    page.send_letters()
    worked(qtbot, page.work)  # sent and made, then the list read again
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)
    assert told == ["27 letters to print; 3 customers held back to compare."]
    assert shown[0].all_text().count("Dear ") == 27
    assert page.table.rowCount() == 3  # 30, 60 and 90 days
    assert page.table.item(0, 0).text() == "Najaar" and page.table.item(0, 3).text() == "0 of 27 (0%)"
    assert page.table.item(0, 4).text() == "0 of 3 (0%)"
    assert "Too few customers" in page.table.item(0, 6).text() and "(so far)" in page.table.item(2, 2).text()


def test_staff_cannot_send_a_mailing(qtbot, db):
    page = MailingsPage(db, Actor(name="Sven", role=Role.STAFF), Formats("en"))
    qtbot.addWidget(page)
    assert not page.send.isEnabled() and "Only the owner" in page.send.toolTip()

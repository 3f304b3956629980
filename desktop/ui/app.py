"""Starting the desktop app: language, database, first-run set-up, sign-in, the main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.services import staff
from desktop.services.settings import load_settings
from desktop.storage.migrate import open_database
from desktop.ui import errors, i18n
from desktop.ui.formatting import Formats
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog

log = logging.getLogger(__name__)


def run(url: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Loyalty")
    app.setApplicationName("Loyalty")
    settings = QSettings()
    language = i18n.chosen_language(settings)
    i18n.install_translator(app, language)
    sys.excepthook = errors.excepthook
    try:
        db = open_database(url)
    except Exception as error:
        errors.show_error(None, error)
        return 1
    if not staff.active_staff(db):
        setup = SetupDialog(db)
        if setup.exec() != SetupDialog.DialogCode.Accepted:
            return 0
    with db.read() as session:
        shop_name = load_settings(session).shop_name
    window = MainWindow(db, Formats(language), shop_name, settings)
    window.resize(1366, 768)
    if not window.sign_in():
        return 0
    window.show()
    log.info("desktop app started on %s", db.url)
    return app.exec()

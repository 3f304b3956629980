"""Help -> About: the version, where this counter keeps its data, and the licences of what the app is built from."""

from __future__ import annotations

import platform

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtCore import __version__ as pyside_version
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
)

from desktop.logs import log_file
from desktop.services.places import data_dir, shown_database
from desktop.version import app_version

# What the app is built from and ships, with each one's licence (the names are not translated).
COMPONENTS = (
    ("Python", "Python Software Foundation License"),
    ("Qt {qt} / PySide6 {pyside}", "GNU LGPL v3"),
    ("SQLAlchemy, SQLModel, Alembic, platformdirs", "MIT"),
    ("psycopg", "GNU LGPL v3"),
    ("matplotlib", "Matplotlib License (BSD style)"),
    ("ReportLab", "BSD"),
    ("DejaVu Sans fonts", "Bitstream Vera / DejaVu licence (free)"),
)


class AboutDialog(QDialog):
    def __init__(self, url: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Loyalty"))
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        self.title = title = QLabel(self.tr("<b>Loyalty</b> {version}").format(version=app_version()))
        title.setStyleSheet("font-size: 16pt")
        tagline = QLabel(self.tr("Loyalty programme for small shops: customers, points, rewards and printed reports."))
        tagline.setWordWrap(True)
        form = QFormLayout()
        self.database = self._value(shown_database(url))
        self.folder = self._value(str(data_dir()))
        self.log = self._value(str(log_file()))
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("Data folder:"), self.folder)
        form.addRow(self.tr("Log file:"), self.log)
        licences = QTextBrowser()
        licences.setOpenExternalLinks(False)
        rows = "".join(f"<tr><td>{name.format(qt=qVersion(), pyside=pyside_version)}</td><td>&nbsp;{licence}</td></tr>"
                       for name, licence in COMPONENTS)
        licences.setHtml(self.tr("Built with:") + f"<table>{rows}</table>"
                         + self.tr("<p>Running on Python {python}.</p>").format(python=platform.python_version()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = buttons.addButton(self.tr("&Open data folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir()))))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addLayout(form)
        layout.addWidget(licences)
        layout.addWidget(buttons)
        self.resize(560, 460)

    @staticmethod
    def _value(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

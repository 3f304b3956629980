"""Shop → Database… (owner): which database this PC works on, a SQLite file or a PostgreSQL server,
and whether this PC makes the shop's daily backup.

The choice is remembered per PC (pc_settings.DATABASE) without the password, which goes
to the driver's password file; the connection is tested off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.services.database import (
    Server,
    check_connection,
    check_openable,
    masked,
    remember_password,
    server_of,
    sqlite_path,
    url_with_password,
)
from desktop.services.places import database_url, default_database_path
from desktop.ui.errors import explain
from desktop.ui.pc_settings import BACKUPS_KEPT, DAILY_BACKUP_HERE, DATABASE, PREVIOUS_DATABASE
from desktop.ui.tasks import Runner
from desktop.ui.widgets import FormErrors, grey_with_reason, reason_line, whole_placeholder


class DatabaseDialog(QDialog):
    def __init__(self, settings: QSettings, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.chosen: str | None = None  # the URL saved, once saved
        self.current_url = current_url
        self.setWindowTitle(self.tr("Database"))
        current = sqlite_path(current_url)
        now = QLabel(self.tr("This PC works on: {where}").format(where=current or masked(current_url)))
        now.setWordWrap(True)

        self.local = QRadioButton(self.tr("A &file on this PC (one counter)"))
        self.path = QLineEdit(str(current or default_database_path()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        file_box = QWidget()
        file_row = QHBoxLayout(file_box)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.errors = FormErrors()
        file_field = self.errors.beside("file", file_box)

        self.server = QRadioButton(self.tr("A PostgreSQL &server (several counters)"))
        known = server_of(current_url) or Server("", 5432, "loyalty", "shop")
        self.host = QLineEdit(known.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(known.port)
        self.database = QLineEdit(known.database)
        self.user = QLineEdit(known.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in this PC's PostgreSQL password file"))
        whole_placeholder(self.password)
        form = QFormLayout()
        for key, label, editor in (("host", self.tr("&Host"), self.host), ("port", self.tr("&Port"), self.port),
                                   ("database", self.tr("&Database"), self.database),
                                   ("user", self.tr("&User"), self.user),
                                   ("password", self.tr("Pass&word"), self.password)):
            form.addRow(label, self.errors.beside(key, editor))
        self.server_fields = QWidget()
        self.server_fields.setLayout(form)
        (self.local if current is not None else self.server).setChecked(True)
        self.local.toggled.connect(self._kind_changed)

        self.daily = QCheckBox(self.tr("Make the daily backup o&n this PC (on one counter of the shop)"))
        self.daily.setChecked(DAILY_BACKUP_HERE.get(settings))
        self.kept = QSpinBox()
        self.kept.setRange(1, 365)
        self.kept.setValue(BACKUPS_KEPT.get(settings))
        self.kept.setSuffix(self.tr(" daily backups"))
        kept_row = QHBoxLayout()
        kept_row.addWidget(QLabel(self.tr("&Keep the last")))
        kept_row.itemAt(0).widget().setBuddy(self.kept)
        kept_row.addWidget(self.kept)
        kept_row.addStretch(1)

        self.test = QPushButton(self.tr("&Test the connection"))
        self.test.clicked.connect(self._test)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        self.saving_line = reason_line()
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addWidget(self.local)
        layout.addWidget(file_field)
        layout.addWidget(self.server)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.daily)
        layout.addLayout(kept_row)
        layout.addWidget(self.test)
        layout.addWidget(self.result)
        layout.addWidget(self.saving_line)
        layout.addWidget(buttons)
        self.checking = Runner(self)
        self.saving = Runner(self)  # a chosen file is looked at before it is remembered
        self._kind_changed()

    def _kind_changed(self) -> None:
        on_server = self.server.isChecked()
        self.server_fields.setEnabled(on_server)
        self.path.setEnabled(not on_server)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path.text(),
                                                self.tr("Databases (*.db)"),
                                                options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)

    def _chosen(self) -> tuple[str, Server | None] | None:
        """The URL to remember (never with the password) and the server, if it is one; None after
        showing beside the field what is wrong."""
        self.errors.show_all({}, "file")
        if self.local.isChecked():
            if not self.path.text().strip():
                self.errors.show_all({"file": self.tr("Choose a database file.")}, "file")
                return None
            return database_url(self.path.text().strip()), None
        server = Server(self.host.text(), self.port.value(), self.database.text(), self.user.text())
        if self.errors.show_all({error.field: explain(error) for error in reversed(server.problems())}, "file"):
            return None
        return server.url(), server.checked()

    def _test(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        url, server = chosen
        if server is not None and self.password.text():  # tried with what was typed, written nowhere
            url = url_with_password(server, self.password.text())
        if self.checking.running:
            return
        self.test.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        # A file is looked at, never opened for writing: another program's file gets its own sentence.
        self.checking.run(lambda: check_openable(url) if server is None else check_connection(url),
                          lambda _none: self._tested(self.tr("The database answers.")),
                          lambda error: self._tested(explain(error)))

    def _tested(self, sentence: str) -> None:
        self.test.setEnabled(True)
        self.result.setText(sentence)

    def _save(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        url, server = chosen
        if server is not None:
            self._store(url, server)
            return
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        grey_with_reason(save, self.tr("Looking at the file…"), self.saving_line)

        def refused(error: BaseException) -> None:
            grey_with_reason(save, "", self.saving_line)
            self.errors.show_all({"file": explain(error)}, "file")

        def fine(_none: None) -> None:
            grey_with_reason(save, "", self.saving_line)
            self._store(url, None)

        self.saving.run(lambda: check_openable(url), fine, refused)

    def _store(self, url: str, server: Server | None) -> None:
        if server is not None and self.password.text():
            try:
                remember_password(server, self.password.text())
            except ValidationError as error:
                self.errors.show_all({"password": explain(error)}, "password")
                return
            except OSError as error:
                self.errors.show_all({"password": self.tr("The password file cannot be written ({error}).").format(
                    error=error.strerror)}, "password")
                return
        if url != self.current_url:  # the way back, should the new one not open at the next start
            PREVIOUS_DATABASE.put(self.settings, self.current_url)
        DATABASE.put(self.settings, url)
        DAILY_BACKUP_HERE.put(self.settings, self.daily.isChecked())
        BACKUPS_KEPT.put(self.settings, self.kept.value())
        self.chosen = url
        self.accept()

"""The real start of the desktop app (desktop.ui.app.run), driven as a person would."""

import sys

from PySide6.QtCore import QSettings, QTimer

from desktop.ui import startup
from desktop.ui.app import run
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.sign_in_dialog import SignInDialog


def drive(qapp, pin: str, seen: list):
    """Every 10 ms: fill in whatever dialog is open; note what the person saw; stop at the counter."""
    def step():
        for widget in qapp.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, SetupDialog):
                seen.append("set-up")
                widget.shop.setText("Bakkerij Brood & Zo")
                widget.owner.setText("Marieke")
                widget.pin.setText(pin)
                widget.pin_again.setText(pin)
                widget._save()
            elif isinstance(widget, SignInDialog) and "sign-in" not in seen:
                seen.append("sign-in")
                seen.append([widget.people.item(i).text() for i in range(widget.people.count())])
                widget.pin.setText(pin)
                widget._try()
            elif isinstance(widget, MainWindow):
                seen.append(f"counter for {widget.actor.name}")
                widget.close()
                qapp.quit()
                return
        QTimer.singleShot(10, step)
    QTimer.singleShot(0, step)


def test_first_and_second_start(qapp, tmp_path, monkeypatch):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    url = f"sqlite:///{tmp_path / 'shop.db'}"

    seen = []
    drive(qapp, "1234", seen)
    assert run(url) == 0
    assert seen == ["set-up", "sign-in", ["Marieke  (owner)"], "counter for Marieke"]

    remembered = startup.remembered(QSettings("Loyalty", "Loyalty"), url)
    assert remembered.shop_name == "Bakkerij Brood & Zo" and [p.name for p in remembered.people] == ["Marieke"]
    seen = []
    drive(qapp, "1234", seen)
    assert run(url) == 0
    assert seen == ["sign-in", ["Marieke  (owner)"], "counter for Marieke"]  # no set-up the second time

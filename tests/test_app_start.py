"""The real start of the desktop app (desktop.ui.app.run), driven as a person would.

Each start runs in its own process, as it does for a user: run() ends with the
application's quit, installs its own excepthook and reads the user's Qt settings, none of
which may leak into the other tests.
"""

import json
import os
import subprocess
import sys
import textwrap

START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    app = QApplication([])
    from desktop.ui.app import run
    from desktop.ui.main_window import MainWindow
    from desktop.ui.setup_dialog import SetupDialog
    from desktop.ui.sign_in_dialog import SignInDialog
    seen = []

    def step():  # every 10 ms: fill in whatever is open; note what the person saw; stop at the counter
        for widget in app.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, SetupDialog):
                seen.append("set-up")
                widget.shop.setText("Bakkerij Brood & Zo")
                widget.owner.setText("Marieke")
                widget.pin.setText("123456")
                widget.pin_again.setText("123456")
                widget.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
            elif isinstance(widget, SignInDialog) and "sign-in" not in seen:
                seen.extend(["sign-in", widget.windowTitle(),
                             [widget.people.item(i).text() for i in range(widget.people.count())]])
                widget.pin.setText("123456")
                widget.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
            elif isinstance(widget, MainWindow):
                seen.append("counter for " + widget.actor.name)
                screen = app.primaryScreen().availableGeometry()
                fits = widget.isMaximized() or screen.contains(widget.frameGeometry())  # the status bar shows
                seen.append("fits" if fits else "off screen")
                app.quit()
                return
        QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)
    code = run(sys.argv[1])
    print(json.dumps([code, seen]))
    """
)


SCREEN = {"screens": [{"name": "shop", "x": 0, "y": 0, "width": 1366, "height": 728,  # 768 less a taskbar
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}], "windowFrameMargins": True}


def start(url: str, config) -> list:
    config.mkdir(parents=True, exist_ok=True)
    screen = config / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run([sys.executable, "-c", START, url], capture_output=True, text=True, env=environment,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_first_start_sets_up_the_shop_and_the_second_signs_in_from_what_it_remembered(tmp_path):
    from desktop.storage.paths import default_database_path

    url = f"sqlite:///{default_database_path()}"  # the first start on a PC: the data folder's own file
    # The owner who just chose a PIN is not asked for it again.
    assert start(url, tmp_path / "config") == [0, ["set-up", "counter for Marieke", "fits"]]
    assert "Bakkerij Brood & Zo" in (tmp_path / "config" / "Loyalty" / "Loyalty.conf").read_text(encoding="utf-8")
    assert start(url, tmp_path / "config") == [
        0, ["sign-in", "Sign in — Bakkerij Brood & Zo", ["Marieke  (owner)"], "counter for Marieke", "fits"]]

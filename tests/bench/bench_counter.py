"""Counter speed on a big shop: keystroke-to-results in the search field, and start-up time.

    uv run python tests/bench/bench_counter.py [DB_FILE]

DB_FILE defaults to $LOYALTY_BENCH_DB or /tmp/loyalty-bench-100k.db, made with
`loyalty demo --customers 100000` if it does not exist. Prints median and p95 beside the
floor: the raw sqlite3 query for the search, an empty PySide6 window for the start-up.
The start-up is timed in a fresh process from the first line to the sign-in ready for the
PIN, to the main window when the PIN is typed at once, and from Enter to the main window
when the person takes TYPING_MS to type; on the second start, when the app remembers who
can sign in (see desktop/ui/startup.py).
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 300
STARTS = 5
TYPING_MS = 1500  # choosing a name and typing a four-digit PIN


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def ensure_shop(path: Path) -> None:
    if not path.exists():
        print(f"building the 100,000-customer demo shop in {path} ...", flush=True)
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "demo", "--customers", "100000",
                        "--months", "24", "--seed", "1"], check=True)


def prefixes(path: Path, count: int) -> list[str]:
    raw = sqlite3.connect(path)
    names = [row[0] for row in raw.execute("SELECT search_name FROM customer WHERE search_name <> '' "
                                           "ORDER BY random() LIMIT ?", (count,))]
    raw.close()
    rng = random.Random(1)
    return [name[: rng.randint(2, 5)] for name in names]


def bench_search(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.core.kinds import Role
    from desktop.services.context import Actor
    from desktop.storage.migrate import open_database
    from desktop.ui.counter.counter_page import CounterPage
    from desktop.ui.formatting import Formats

    app = QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{path}")
    page = CounterPage(db, Formats("nl"))
    page.set_actor(Actor("bench", Role.STAFF))
    page.resize(1366, 768)
    page.show()
    typed = prefixes(path, RUNS)
    screen = []
    for text in typed:
        page.search.setText(text)
        page._last_key = 0.0  # a person's key: long after the last one, so no pause
        started = time.perf_counter()
        page._edited(text)  # what the key does; the search runs on a worker thread
        while not page.idle:
            app.processEvents()
        app.processEvents()  # the table paints the rows
        screen.append((time.perf_counter() - started) * 1000)
    raw = sqlite3.connect(path)
    floor = []
    for text in typed:
        started = time.perf_counter()
        raw.execute("SELECT * FROM customer WHERE search_name >= ? AND search_name < ? AND merged_into_id IS NULL "
                    "ORDER BY search_name, id LIMIT 50", (text, text + "\U0010ffff")).fetchall()
        floor.append((time.perf_counter() - started) * 1000)
    raw.close()
    db.dispose()
    print(f"{'keystroke to results shown':<34}{'median':>9}{'p95':>9}   floor median / p95 (raw sqlite3)")
    (m, p), (fm, fp) = percentiles(screen), percentiles(floor)
    print(f"{'  search, name prefix':<34}{m:>7.2f}ms{p:>7.2f}ms   {fm:.2f}ms / {fp:.2f}ms")


START_APP = """
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.ui import app as desktop_app
from desktop.ui.sign_in_dialog import SignInDialog
marks = {}

def enter(dialog):
    marks["enter"] = time.perf_counter() - started
    dialog._try()

def watch():
    for widget in app.topLevelWidgets():
        if isinstance(widget, SignInDialog) and widget.isVisible() and "sign-in" not in marks:
            marks["sign-in"] = time.perf_counter() - started
            widget.pin.setText(sys.argv[2])
            QTimer.singleShot(int(sys.argv[3]), lambda: enter(widget))  # the person takes this long to type
        elif type(widget).__name__ == "MainWindow" and widget.isVisible():
            app.processEvents()
            shown = time.perf_counter() - started
            print(marks["sign-in"] * 1000, shown * 1000, (shown - marks["enter"]) * 1000)
            app.quit()
            return
    QTimer.singleShot(2, watch)

QTimer.singleShot(0, watch)
desktop_app.run(sys.argv[1])
"""

EMPTY_WINDOW = """
import time
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print((time.perf_counter() - started) * 1000)
"""


def bench_start(path: Path) -> None:
    """The real start (desktop.ui.app.run) in a fresh process, with what the last start remembered."""
    config = tempfile.mkdtemp(prefix="loyalty-bench-config-")
    environment = {**os.environ, "XDG_CONFIG_HOME": config}

    def run(script: str, *args: str) -> list[list[float]]:
        return [[float(x) for x in subprocess.run([sys.executable, "-c", script, *args], check=True, env=environment,
                                                  capture_output=True, text=True).stdout.split()]
                for _ in range(STARTS)]

    url = f"sqlite:///{path}"
    run(START_APP, url, "111111", "0")  # the first start on a PC remembers who can sign in
    at_once, typed = run(START_APP, url, "111111", "0"), run(START_APP, url, "111111", str(TYPING_MS))
    empty = [t[0] for t in run(EMPTY_WINDOW)]
    rows = (("  sign-in ready for the PIN", [t[0] for t in at_once]),
            ("  main window, PIN typed at once", [t[1] for t in at_once]),
            (f"  Enter to main window, PIN in {TYPING_MS / 1000:.1f} s", [t[2] for t in typed]))
    print(f"{'start-up':<38}{'median':>9}{'max':>9}   floor: empty PySide6 window median / max")
    for label, times in rows:
        print(f"{label:<38}{statistics.median(times):>7.0f}ms{max(times):>7.0f}ms   "
              f"{statistics.median(empty):.0f}ms / {max(empty):.0f}ms")


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("LOYALTY_BENCH_DB", "/tmp/loyalty-bench-100k.db"))
    ensure_shop(path)
    bench_search(path)
    bench_start(path)


if __name__ == "__main__":
    main()

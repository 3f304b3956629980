"""Counter speed on a big shop: keystroke-to-results in the search field, and start-up time.

    uv run python tests/bench/bench_counter.py [DB_FILE | --url URL]

DB_FILE defaults to $LOYALTY_BENCH_DB or /tmp/loyalty-bench-100k.db, made with
`loyalty demo --customers 100000` if it does not exist; --url takes a server database that
holds a demo shop. Prints median and p95 beside the floor: for the search the very
statement the search service builds, run raw on the driver (bench_core.Raw), for the
start-up an empty PySide6 window.
The start-up is timed in a fresh process from the first line to the sign-in ready for the
PIN, to the main window when the PIN is typed at once, and from Enter to the main window
when the person takes TYPING_MS to type; on the second start, when the app remembers who
can sign in (see desktop/ui/startup.py).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _keep_none_and_booleans_alive() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing, and to True on every emit (measured: -1 per call); a few thousand calls
    later the process dies with "none_dealloc". Python 3.12 makes these objects immortal; on
    3.11 the benchmark gives them enough references to outlive its loop. The app itself still
    has this problem (reported, not fixed here)."""
    if sys.version_info < (3, 12):
        import ctypes

        for value in (None, True, False):
            ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40

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


def prefixes(raw, count: int) -> list[str]:
    names = sorted(row[0] for row in raw.rows("SELECT search_name FROM customer WHERE search_name <> ''"))
    rng = random.Random(1)
    return [name[: rng.randint(2, 5)] for name in rng.sample(names, count)]


def press(widget, char: str) -> None:
    """A key press and release as the keyboard sends them, through the application's event
    filters (the scanner's, the counter's) to the field's own handling and its textEdited."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def bench_search(url: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.core.kinds import Role
    from desktop.services import customers
    from desktop.services.context import Actor
    from desktop.storage.migrate import open_database
    from desktop.ui.counter.counter_page import CounterPage
    from desktop.ui.counter.scanner import SCAN_GAP_MS
    from desktop.ui.counter.search_model import PAGE
    from desktop.ui.formatting import Formats
    from tests.bench.bench_core import Raw

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    raw = Raw(url)
    page = CounterPage(db, Formats("nl"))
    page.set_actor(Actor("bench", Role.STAFF))
    page.resize(1366, 768)
    page.show()
    typed = prefixes(raw, RUNS)
    with db.read() as session:  # the statement the counter's search runs, compiled once, run raw
        floors = [raw.statement(db.engine, *customers.search_query(session, text, limit=PAGE)) for text in typed]
    screen, floor = [], []
    page.search.setFocus()
    for text, raw_search in zip(typed, floors, strict=True):  # alternating, so load slows both alike
        page.search.setText(text[:-1])  # not a key: searches nothing
        time.sleep(SCAN_GAP_MS * 1.5 / 1000)  # a person's pace, not a scanner's
        started = time.perf_counter()
        press(page.search, text[-1])  # the last letter, as the keyboard sends it
        while not page.idle or page.model.query != text.strip():
            app.processEvents()
        app.processEvents()  # the table paints the rows
        screen.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        raw_search()
        floor.append((time.perf_counter() - started) * 1000)
    raw.close()
    db.dispose()
    print(f"load {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} CPUs")
    print(f"{'key press to results shown':<34}{'median':>9}{'p95':>9}   floor median / p95 (the same statement raw)")
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


def bench_start(url: str) -> None:
    """The real start (desktop.ui.app.run) in a fresh process, with what the last start remembered."""
    config = tempfile.mkdtemp(prefix="loyalty-bench-config-")
    environment = {**os.environ, "XDG_CONFIG_HOME": config}

    def run(script: str, *args: str) -> list[list[float]]:
        return [[float(x) for x in subprocess.run([sys.executable, "-c", script, *args], check=True, env=environment,
                                                  capture_output=True, text=True).stdout.split()]
                for _ in range(STARTS)]

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


def main(argv: list[str] | None = None) -> None:
    _keep_none_and_booleans_alive()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path,
                        default=Path(os.environ.get("LOYALTY_BENCH_DB", "/tmp/loyalty-bench-100k.db")))
    parser.add_argument("--url", help="a server database holding a demo shop, e.g. postgresql+psycopg://...")
    parser.add_argument("--search-only", action="store_true", help="skip the start-up timing")
    args = parser.parse_args(argv)
    if args.url:
        url = args.url
    else:
        ensure_shop(args.db)
        url = f"sqlite:///{args.db}"
    bench_search(url)
    if not args.search_only:
        bench_start(url)
    print(f"load {os.getloadavg()[0]:.1f} (1 min) after the start-ups")


if __name__ == "__main__":
    main()

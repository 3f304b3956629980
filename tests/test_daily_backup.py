"""The daily automatic backup: on the one PC the owner chose, the last N kept, its date in the Shop menu."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QSettings

from conftest import new_customer
from desktop.core.kinds import Role
from desktop.services import backups, staff
from desktop.storage import daily_backup
from desktop.storage.paths import data_dir
from desktop.ui.formatting import Formats
from desktop.ui.main_window import MainWindow
from desktop.ui.pc_settings import BACKUPS_KEPT, DAILY_BACKUP_HERE


def _window(qtbot, db, tmp_path, *, here: bool) -> MainWindow:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    DAILY_BACKUP_HERE.put(settings, here)
    BACKUPS_KEPT.put(settings, 2)
    owner = staff.create_staff(db, None, "Eigenaar", Role.OWNER, "111111")
    window = MainWindow(db, Formats("en"), "Test", settings)
    qtbot.addWidget(window)
    window.set_actor(staff.actor_for(owner))
    return window


def _daily_backups() -> list[str]:
    return sorted(p.name for p in (data_dir() / "backups").glob("shop-*-daily.db"))


def test_the_chosen_pc_backs_up_once_a_day_and_keeps_the_last_n(qtbot, db, tmp_path, owner):
    new_customer(db, owner)
    folder = data_dir() / "backups"
    folder.mkdir(parents=True)
    for day in ("20260101", "20260102", "20260103"):
        (folder / f"shop-{day}-080000-daily.db").write_bytes(b"older")
    (folder / "shop-20260101-090000-backup.db").write_bytes(b"made by hand: kept")
    window = _window(qtbot, db, tmp_path, here=True)
    with qtbot.waitSignal(window.sig_last_backup, timeout=10000):
        window.backups()
    kept = _daily_backups()
    assert len(kept) == 2 and kept[0] == "shop-20260103-080000-daily.db" and (folder / kept[1]).stat().st_size > 1000
    assert (folder / "shop-20260101-090000-backup.db").exists()
    assert window.last_backup.text().startswith("Last backup: ") and "none" not in window.last_backup.text()
    with qtbot.waitSignal(window.sig_last_backup, timeout=10000):
        window.backups()  # the same day again: nothing new
    assert _daily_backups() == kept


def test_another_pc_makes_none_but_shows_when_the_last_one_was_made(qtbot, db, tmp_path, owner):
    window = _window(qtbot, db, tmp_path, here=False)
    assert window.last_backup.text() == "Last backup: none yet"
    backups.record_backup(db, owner, tmp_path / "elsewhere.db", at=datetime(2026, 11, 30, 21, 0, tzinfo=UTC))
    with qtbot.waitSignal(window.sig_last_backup, timeout=10000):
        window.backups()
    assert not (data_dir() / "backups").exists()
    assert (
        window.last_backup.text() == f"Last backup: {Formats('en').moment(datetime(2026, 11, 30, 21, 0, tzinfo=UTC))}"
    )


def test_keep_last_counts_only_this_databases_daily_backups(db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    names = ["shop-20260101-080000-daily.db", "shop-20260102-080000-daily.db", "shop-20260103-080000-daily.db",
             "other-20260101-080000-daily.db", "shop-20260101-080000-before-restore.db"]
    for name in names:
        (folder / name).write_bytes(b"x")
    gone = daily_backup.keep_last(db, folder, 1)
    assert sorted(p.name for p in gone) == names[:2]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names[2:])

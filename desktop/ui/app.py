"""Starting the desktop app: language, sign-in, database, first-run set-up, the main window.

The sign-in shows before the database side is even imported (see startup.py), so this
module imports only Qt and light modules at the top.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.assets import asset
from desktop.core.errors import LoyaltyError
from desktop.services.places import database_url
from desktop.ui import errors, i18n, opening_questions, pc_settings, startup
from desktop.ui.formatting import Formats, current_formats, use_formats
from desktop.ui.pc_settings import DATABASE
from desktop.ui.sign_in_dialog import SignInDialog
from desktop.ui.tasks import UiThreadGarbage
from desktop.ui.window_fit import WindowFit

log = logging.getLogger(__name__)


def run(url: str | None) -> int:
    """The app on `url`; None: the database chosen on this PC (Shop -> Database...), else the data folder's file."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Loyalty")
    app.setApplicationName("Loyalty")
    app.setDesktopFileName("loyalty")  # matches resources/loyalty.desktop, for the taskbar's icon
    app.setWindowIcon(app_icon())
    UiThreadGarbage(app)  # no Qt object is ever freed on a worker thread
    settings = QSettings()
    if url is None:
        url = database_url(DATABASE.get(settings) or None)
    language = i18n.chosen_language(settings)
    i18n.install_translator(app, language)
    sys.excepthook = errors.excepthook
    WindowFit(settings, app).install(app)  # every window fits the screen and keeps its size
    create = opening_questions.may_create(url)
    if create is None:
        return 0
    return _start(app, settings, language, url, create)


def _start(app: QApplication, settings: QSettings, language: str, url: str, create: bool) -> int:
    opening = startup.Startup(url, create=create)
    opening.start()
    seen = startup.remembered(settings, url)
    actor = None
    while actor is None:
        if seen is None or opening.done:  # a first start on this PC has nothing to show until it is open
            try:
                opening.wait()
                seen, actor = _ready_to_sign_in(opening)
            except Exception as error:
                return _not_opened(app, settings, language, url, error)
            if seen is None:
                return 0
            if actor is not None:  # the owner who just set up the shop: no PIN to type again
                break
        dialog = _sign_in_dialog(opening, seen, pc_settings.counter_name(settings))
        QTimer.singleShot(0, lambda: log.info("sign-in shown"))  # the installer's smoke test waits for it
        signed_in = dialog.exec() == SignInDialog.DialogCode.Accepted
        if opening.error is not None:
            return _not_opened(app, settings, language, url, opening.error)
        if signed_in:
            actor = dialog.actor
            break
        if not dialog.stale:
            return 0
        # Stale: the database has nobody who can sign in; the next round sets it up.
    db, seen = opening.db, opening.seen
    assert seen is not None  # read with the opening (or after the set-up)
    startup.remember(settings, url, seen)
    from desktop.services.database import masked
    from desktop.ui.main_window import MainWindow  # imported by the start-up thread already

    use_formats(Formats(language))
    window = MainWindow(db, current_formats(), seen.shop_name, settings)
    window.set_actor(actor)
    if pc_settings.window_geometry("MainWindow").get(settings):
        window.show()  # where it was last time on this PC (WindowFit restores it)
    else:
        window.showMaximized()  # the first time: all of the screen the taskbar leaves
    window.expire_due_points()
    window.backups()
    window.damage_watch = _watch_for_damage(window, db)
    log.info("desktop app started on %s", masked(db.url))
    return app.exec()


def _not_opened(app: QApplication, settings: QSettings, language: str, url: str, error: BaseException) -> int:
    """The database did not open: put a damaged file's backup back, or choose another database
    (or the previous one) and start again on it; 1 when the person quits."""
    if _damaged(error) and opening_questions.offer_restore(None, url, error.params["problem"]):
        return _start(app, settings, language, url, False)  # again, on the backup put back
    if not isinstance(error, LoyaltyError):  # a server that does not answer, or a fault: the details to the log
        log.error("the database did not open", exc_info=error)
    other = opening_questions.another_database(None, settings, url, errors.explain(error))
    if other is None:
        return 1
    create = opening_questions.may_create(other)
    return 1 if create is None else _start(app, settings, language, other, create)


def app_icon() -> QIcon:
    """Every size drawn from resources/icons/loyalty.svg, so Qt picks a sharp one for each place."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(asset(f"icons/loyalty-{size}.png")))
    return icon


def _damaged(error: BaseException) -> bool:
    health = sys.modules.get("desktop.storage.health")  # loaded by the start-up thread when it got this far
    return health is not None and isinstance(error, health.Damaged)


def _watch_for_damage(window, db) -> opening_questions.DamageWatch:
    """The full check runs after signing in; damage found then is refused for writing and offered a restore."""
    watch = opening_questions.DamageWatch(db.url)

    def damaged(problem: str) -> None:
        db.damaged = problem
        if opening_questions.offer_restore(window, db.url, problem):
            db.damaged = None

    watch.sig_damaged.connect(damaged)
    watch.start()
    return watch


def _ready_to_sign_in(opening: startup.Startup):
    """(who can sign in, None), as read with the opening; on a new database the first-run
    set-up makes the owner and signs them in: (who can sign in, the owner), or (None, None)
    if cancelled."""
    if opening.seen is not None and opening.seen.people:
        return opening.seen, None
    from desktop.ui.setup_dialog import SetupDialog

    assert opening.db is not None
    setup = SetupDialog(opening.db)
    if setup.exec() != SetupDialog.DialogCode.Accepted:
        return None, None
    opening.seen = startup.current(opening.db)  # the set-up, on this PC, just made the owner
    return opening.seen, setup.owner_actor


def _sign_in_dialog(opening: startup.Startup, seen: startup.Remembered, counter: str) -> SignInDialog:
    def check(staff_id: int, pin: str):  # on the sign-in's worker thread
        db = opening.opened()
        from desktop.services import staff

        return staff.sign_in(db, staff_id, pin, counter=counter)

    dialog = SignInDialog(seen.people, seen.shop_name, check)
    dialog.follow(opening)
    return dialog

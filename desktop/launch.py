"""The `loyalty` program: without a sub-command it opens the desktop app, with one it runs the
command line (desktop/cli). It lives outside both, so the command line never imports Qt and
the app never imports the command line's modules.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

import desktop.cli as cli
from desktop.logs import setup_logging
from desktop.storage.paths import database_url

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    options, rest = cli.db_option().parse_known_args(arguments)
    if rest:
        return cli.main(arguments)
    # The app: without --db or LOYALTY_DB, the database chosen on this PC in the app.
    return open_desktop(database_url(options.db) if options.db or os.environ.get("LOYALTY_DB") else None)


def open_desktop(url: str | None) -> int:
    """Qt loads only for the window, never for the command line."""
    log_path = setup_logging()
    try:
        from desktop.ui.app import run

        return run(url)
    except Exception:
        log.exception("the desktop app failed")
        print(f"loyalty: something went wrong; the details are in {log_path}", file=sys.stderr)
        return 3


def run() -> None:
    cli.run(main)

"""Output of the command line: local times, points and amounts in one style; files written safely."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.lazy import lazy
from desktop.core.money import format_cents
from desktop.storage import files

if TYPE_CHECKING:
    from desktop.cli.context import CommandContext

engines = lazy("desktop.storage.engine")


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def amount(cents: int) -> str:
    return format_cents(cents)


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace the file if it exists (never a database)")


def check_output(ctx: CommandContext, target: Path, *, force: bool) -> None:
    """Refuse a target before any work whose result it is to hold (the same rules as write_output)."""
    files.check_target(target, database=engines.sqlite_path(ctx.url), replace=force)


def write_output(ctx: CommandContext, target: Path, data: bytes, *, force: bool) -> Path:
    """Every file a command writes goes through storage.files: never over the shop's database."""
    return files.write_bytes(target, data, database=engines.sqlite_path(ctx.url), replace=force)

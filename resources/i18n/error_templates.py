"""Collect the message templates of the errors raised below the UI, for translation.

The core, storage, services and command line raise LoyaltyError subclasses with an
English template (see desktop/core/errors.py). lupdate cannot see those, so update.sh
runs this script to write them as QT_TRANSLATE_NOOP calls into a scratch file that
lupdate reads; the desktop app then translates them in the "CoreMessages" context.
An f-string template cannot be translated: `problems()` names each one, and a test keeps
that list empty.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("desktop/core", "desktop/storage", "desktop/services", "desktop/cli")
ERRORS = {"LoyaltyError", "ValidationError", "NotFoundError", "ConflictError", "PermissionDenied",
          "BackupError", "DatabaseError"}
CONTEXT = "CoreMessages"


def _raised_errors(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ERRORS:
                position = 1 if name == "ValidationError" else 0
                if len(node.args) > position:
                    yield node, node.args[position]


def scan() -> tuple[list[str], list[str]]:
    """(templates, problems): every literal template, and where a template is not a literal."""
    templates: dict[str, None] = {}
    problems = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for call, argument in _raised_errors(tree):
                where = f"{path.relative_to(ROOT)}:{call.lineno}"
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    templates[argument.value] = None
                elif isinstance(argument, ast.JoinedStr):
                    problems.append(f"{where}: f-string message; pass the values as keyword arguments")
    return list(templates), problems


def write_noop_file(target: Path) -> None:
    templates, _ = scan()
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r})" for template in templates]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_noop_file(Path(sys.argv[1]))

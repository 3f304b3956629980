"""Collect the message templates of the errors raised below the UI, for translation.

The core, storage, services and command line raise LoyaltyError subclasses with an
English template (see desktop/core/errors.py). lupdate cannot see those, so update.sh
runs this script to write them as QT_TRANSLATE_NOOP calls into a scratch file that
lupdate reads; the desktop app then translates them in the "CoreMessages" context.
An f-string template cannot be translated, and neither can English words passed as one
of its values (`what=f"card number {card}"` would put English inside a Dutch sentence):
`scan()` names each such place, and a test keeps that list empty.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("desktop/core", "desktop/storage", "desktop/services", "desktop/cli")
ERRORS = {"LoyaltyError", "ValidationError", "NotFoundError", "ConflictError", "PermissionDenied",
          "ReplacedCard", "BackupError", "DatabaseError", "OutputError", "DatabaseProblem", "NoDatabase", "NotOurs", "Damaged",
          "Locked"}
CONTEXT = "CoreMessages"


def _raised_errors(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ERRORS or name == "require_owner":  # require_owner's refusal is a whole template
                position = 1 if name == "ValidationError" else 0
                if len(node.args) > position:
                    yield node, node.args[position]


def _has_words(value: ast.expr) -> bool:
    """A value that carries text of its own: a string literal, or an f-string's literal parts."""
    parts = value.values if isinstance(value, ast.JoinedStr) else [value]
    return any(isinstance(p, ast.Constant) and isinstance(p.value, str) and re.search(r"[A-Za-z]{2}", p.value)
               for p in parts)


def check(tree: ast.AST, name: str) -> tuple[list[str], list[str]]:
    """(templates, problems) of one module's source; `name` says where in the problems."""
    templates, problems = [], []
    for call, argument in _raised_errors(tree):
        where = f"{name}:{call.lineno}"
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            templates.append(argument.value)
        elif isinstance(argument, ast.JoinedStr):
            problems.append(f"{where}: f-string message; pass the values as keyword arguments")
        problems += [f"{where}: words in the value '{k.arg}' stay English in a translated message; "
                     "give the sentence its own template" for k in call.keywords if _has_words(k.value)]
    return templates, problems


def scan() -> tuple[list[str], list[str]]:
    """(templates, problems): every literal template, and where a message cannot be translated."""
    templates: dict[str, None] = {}
    problems = []
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            found, wrong = check(ast.parse(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)))
            templates.update(dict.fromkeys(found))
            problems += wrong
    return list(templates), problems


def write_noop_file(target: Path) -> None:
    templates, _ = scan()
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    lines += [f"QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r})" for template in templates]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_noop_file(Path(sys.argv[1]))

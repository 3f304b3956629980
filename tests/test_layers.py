"""Each layer imports only the layers below it; the core, storage, services and reports import without Qt."""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

LAYERS = [
    "desktop.core.money", "desktop.core.cardnumber", "desktop.core.rules", "desktop.core.ledger",
    "desktop.core.validation", "desktop.storage.models", "desktop.storage.engine", "desktop.storage.migrate",
    "desktop.services.customers", "desktop.services.purchases", "desktop.services.redemptions",
    "desktop.services.check", "desktop.demo.simulator", "desktop.cli", "reports",
    "desktop.services.documents", "desktop.cli.report", "reports.statement", "reports.cards", "reports.slips",
    "reports.lists", "reports.letters", "reports.monthly", "reports.charts",
]


def test_lower_layers_import_without_qt():
    script = textwrap.dedent(
        f"""
        import importlib.abc, sys

        class NoQt(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is not allowed in this layer: " + name)

        sys.meta_path.insert(0, NoQt())
        for module in {LAYERS!r}:
            importlib.import_module(module)
        assert not [m for m in sys.modules if m.startswith("PySide6")]
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_blocker_really_blocks_qt():
    # Guards the test above: if the blocker stopped working, it would pass for nothing.
    script = textwrap.dedent(
        """
        import importlib.abc, sys
        class NoQt(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] == "PySide6":
                    raise ImportError("blocked")
        sys.meta_path.insert(0, NoQt())
        import PySide6.QtCore
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode != 0 and "blocked" in result.stderr


def test_the_desktop_start_loads_no_database_side_before_the_sign_in():
    # The sign-in shows while SQLAlchemy and SQLModel load in the background (desktop/ui/startup.py):
    # importing one of them here again would put a second back on every start.
    script = textwrap.dedent(
        """
        import sys
        import desktop.launch, desktop.cli, desktop.ui.app
        heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "sqlmodel", "pydantic", "alembic",
                                                                 "matplotlib", "reportlab"})
        print(heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_main_window_loads_matplotlib_reportlab_and_qtpdf_only_when_a_screen_needs_them():
    script = textwrap.dedent(
        """
        import sys
        import desktop.ui.main_window
        print(sorted(m for m in sys.modules if m.split(".")[0] in ("matplotlib", "reportlab", "reports")
                     or m.startswith(("PySide6.QtPdf", "PySide6.QtPrintSupport"))))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"



# What each layer may import of the project (every import, also those inside functions).
# desktop.assets (the shipped files) and desktop.version import nothing above them: every layer may use them.
BASE = {"desktop.assets", "desktop.version"}
ALLOWED = {layer: allowed | BASE for layer, allowed in {
    "desktop.core": {"desktop.core"},
    "desktop.storage": {"desktop.core", "desktop.storage"},
    "desktop.services": {"desktop.core", "desktop.storage", "desktop.services", "desktop.logs"},
    "desktop.demo": {"desktop.core", "desktop.storage", "desktop.services", "desktop.demo"},  # staff, rewards
    "reports": {"desktop.core", "desktop.storage", "desktop.services", "reports"},
    "desktop.cli": {"desktop.core", "desktop.storage", "desktop.services", "desktop.demo", "desktop.cli",
                    "desktop.logs", "reports"},
    # The UI reads and writes through services (desktop.services.database is its handle on the database).
    "desktop.ui": {"desktop.core", "desktop.services", "desktop.demo", "desktop.ui", "desktop.logs", "reports"},
    # `loyalty` without a sub-command opens the app, with one it runs the command line.
    "desktop.launch": {"desktop.cli", "desktop.ui.app", "desktop.storage.paths", "desktop.logs"},
}.items()}
ROOT = Path(__file__).resolve().parent.parent


def _wrong_imports(layer: str, path: Path) -> list[str]:
    allowed = ALLOWED[layer]
    wrong = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
        wrong += [name for name in names if name.split(".")[0] in ("desktop", "reports")
                  and not any(name == a or name.startswith(a + ".") for a in allowed)]
    return wrong


def _modules(layer: str) -> list[Path]:
    """The files of a layer: a package's every module, or the one module of that name."""
    package = ROOT.joinpath(*layer.split("."))
    return sorted(package.rglob("*.py")) if package.is_dir() else [package.with_suffix(".py")]


def test_every_layer_imports_only_the_layers_below_it():
    wrong = [f"{path.relative_to(ROOT)} imports {module}"
             for layer in ALLOWED for path in _modules(layer) for module in _wrong_imports(layer, path)]
    assert wrong == []


def test_every_layer_has_its_files():
    # Guards the test above: a layer renamed or moved would be checked over no file at all.
    assert all(path.is_file() for layer in ALLOWED for path in _modules(layer))
    assert all(_modules(layer) for layer in ALLOWED)


def test_the_base_modules_import_nothing_of_the_project_above_them():
    for name in BASE:
        tree = ast.parse(ROOT.joinpath(*name.split(".")).with_suffix(".py").read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert {m for m in imported if m.split(".")[0] in ("desktop", "reports")} <= BASE, name


def test_the_layer_check_finds_an_import_inside_a_function(tmp_path):
    # Guards the test above: an import that breaks the direction is found wherever it is.
    sample = tmp_path / "sample.py"
    sample.write_text("import desktop.core.money\n\ndef later():\n    from desktop.ui.app import run\n",
                      encoding="utf-8")
    assert _wrong_imports("desktop.services", sample) == ["desktop.ui.app"]


def test_the_ui_may_not_import_storage(tmp_path):
    # Guards the table: a screen that opens its own session again is found.
    sample = tmp_path / "screen.py"
    sample.write_text("from desktop.storage.engine import Database\nfrom desktop.services.database import Database\n",
                      encoding="utf-8")
    assert _wrong_imports("desktop.ui", sample) == ["desktop.storage.engine"]

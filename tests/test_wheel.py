"""The wheel (`uv build --wheel`) carries everything the app reads from disk, and runs from its own layout."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if shutil.which("uv") is None:
        pytest.skip("uv is not installed, so no wheel can be built")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(["uv", "build", "--wheel", "--quiet", "-o", str(out)], cwd=ROOT, check=True, timeout=120)
    return next(out.glob("loyalty-*.whl"))


def test_the_wheel_holds_fonts_translations_icons_and_migrations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [p for p in (ROOT / "resources").rglob("*")
               if p.parent.name in ("fonts", "icons") and p.suffix != ".py" or p.suffix == ".qm"]
    assert len(shipped) > 10
    for path in shipped:
        assert f"desktop/resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names
    migrations = ROOT / "desktop" / "storage" / "migrations"
    for path in [*migrations.glob("versions/*.py"), migrations / "env.py", migrations / "script.py.mako"]:
        assert path.relative_to(ROOT).as_posix() in names
    assert not [n for n in names if n.startswith(("tests/", "resources/")) or n.endswith((".ts", ".sh"))]


def test_documents_are_made_from_the_wheel_s_own_files(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    run = [sys.executable, "-c", "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))",
           "--db", str(tmp_path / "shop.db")]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(unpacked), "LOYALTY_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "LOYALTY_PIN": "111111"}
    found = subprocess.run([sys.executable, "-c", "import desktop.assets as a; print(a.resources_dir())"],
                           env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert found.stdout.strip() == str(unpacked / "desktop" / "resources")  # not the checkout's
    cards = tmp_path / "cards.pdf"
    for command in (["init", "--owner", "Joëlle Maës"],
                    ["--as", "Joëlle Maës", "customer", "add", "--name", "Joëlle Maës", "--consent"],
                    ["report", "cards", "--out", str(cards)]):
        done = subprocess.run([*run, *command], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr
    assert b"DejaVuSans" in cards.read_bytes()  # the shipped font, embedded

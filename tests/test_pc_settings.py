"""What a counter PC remembers: one typed table of keys (desktop/ui/pc_settings.py)."""

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.ui import pc_settings

UI = Path(__file__).resolve().parent.parent / "desktop" / "ui"


def test_a_key_gives_its_default_until_set_and_when_the_stored_value_is_unusable(tmp_path):
    settings = QSettings(str(tmp_path / "pc.ini"), QSettings.Format.IniFormat)
    assert pc_settings.LOCK_AFTER_MINUTES.get(settings) == 5.0
    pc_settings.LOCK_AFTER_MINUTES.put(settings, 2.5)
    assert pc_settings.LOCK_AFTER_MINUTES.get(settings) == 2.5
    settings.setValue(pc_settings.LOCK_AFTER_MINUTES.name, "soon")  # edited by hand
    assert pc_settings.LOCK_AFTER_MINUTES.get(settings) == 5.0
    pc_settings.COUNTER_NAME.put(settings, "Kassa 2")
    assert pc_settings.counter_name(settings) == "Kassa 2"
    pc_settings.COUNTER_NAME.forget(settings)
    assert pc_settings.counter_name(settings)  # the computer's name


def test_no_screen_spells_a_settings_key_of_its_own():
    spelled = re.compile(r"""\.(value|setValue|remove|contains)\(\s*f?["'][\w.-]+/""")
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "pc_settings.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if spelled.search(line)
    ]
    assert offenders == []

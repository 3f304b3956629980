"""Tests never see the user's own Qt settings or data folder (see conftest.py)."""

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from desktop.storage.paths import data_dir
from desktop.ui import pc_settings


def _real_config_dir() -> Path:
    return Path.home() / ".config"


def test_settings_made_as_the_app_makes_them_live_in_the_tests_own_folder(tmp_path_factory):
    settings = QSettings()
    where = Path(settings.fileName()).resolve()
    assert where.is_relative_to(tmp_path_factory.getbasetemp().resolve()), where
    assert not where.is_relative_to(_real_config_dir().resolve())
    settings.setValue(pc_settings.LANGUAGE.name, "nl")
    settings.sync()
    assert where.exists()  # the value went there, and nowhere else


def test_a_language_chosen_by_an_earlier_test_does_not_reach_the_next():
    # The test above chose Dutch; each test starts with no settings at all.
    assert QSettings().value(pc_settings.LANGUAGE.name, "") == ""
    assert QSettings().allKeys() == []


def test_the_data_folder_is_the_tests_own(tmp_path_factory):
    folder = data_dir().resolve()
    assert folder.is_relative_to(tmp_path_factory.getbasetemp().resolve())
    assert folder != platformdirs.user_data_path("Loyalty", appauthor=False).resolve()

# Runs first in the bundle (installer/loyalty.spec): matplotlib keeps its font cache in the
# shop's data folder, so it is built once, and never beside the executables or in a new
# temporary folder at every start.
import os

from desktop.storage.paths import data_dir

os.environ.setdefault("MPLCONFIGDIR", str(data_dir() / "matplotlib"))

"""Recognise a folder on a network share, where SQLite's locking cannot be trusted."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p",
    "fuse.sshfs", "sshfs", "davfs", "fuse.rclone",
})


def filesystem_type(path: Path, mounts_text: str) -> str | None:
    """The type of the file system holding `path`, from the text of /proc/mounts."""
    best, best_type = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def is_network_path(path: Path) -> bool:
    """True when `path` (or the folder it will be created in) is on a network file system."""
    resolved = path.expanduser().resolve()
    if sys.platform == "win32":
        text = str(resolved)
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        return ctypes.windll.kernel32.GetDriveTypeW(os.path.splitdrive(text)[0] + "\\") == drive_remote
    try:
        mounts = Path("/proc/mounts").read_text()
    except OSError:
        return False  # macOS and others: no cheap reliable test, so trust the user
    return filesystem_type(resolved, mounts) in NETWORK_FILESYSTEMS

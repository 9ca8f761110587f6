"""Removable drives (USB sticks, memory cards) a batch can be written to.

Linux: mount points under /media/$USER, /run/media/$USER, /media or /mnt whose block device
says it is removable (``/sys/block/<disk>/removable``), read from ``/proc/mounts``.
Windows: drive letters that ``GetDriveTypeW`` calls ``DRIVE_REMOVABLE``.

Both are pure functions over injected inputs, so the tests run on any system; only
``list_removable_drives`` touches the real machine.
"""

from __future__ import annotations

import getpass
import re
import shutil
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2  # winbase.h
_OCTAL = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str  # the volume name people recognise ("KINGSTON"), else the path
    free_bytes: int | None = None  # None when the drive could not be asked


def list_removable_drives() -> list[Drive]:
    """The removable drives mounted right now, with their free space."""
    if sys.platform == "win32":
        found = windows_removable_drives(*_windows_probes())
    else:
        found = linux_removable_drives(_read_text(Path("/proc/mounts")), Path("/sys"), _user_name())
    return [Drive(d.path, d.label, _free_bytes(d.path)) for d in found]


def linux_removable_drives(mounts: str, sys_root: Path, user: str) -> list[Drive]:
    """Drives from the text of ``/proc/mounts``, checked against ``sys_root`` (``/sys``)."""
    roots = _mount_roots(user)
    drives: list[Drive] = []
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 2 or not fields[0].startswith("/dev/"):
            continue  # tmpfs, proc, network shares …
        mount_point = _unescape(fields[1])
        if not _under(mount_point, roots) or not _is_removable(fields[0], sys_root):
            continue
        drives.append(Drive(Path(mount_point), Path(mount_point).name or mount_point))
    return drives


def windows_removable_drives(
    letters_mask: int, drive_type: Callable[[str], int], volume_label: Callable[[str], str]
) -> list[Drive]:
    """Drives from ``GetLogicalDrives()``'s bit mask (bit 0 = A:), keeping the letters whose
    ``drive_type("X:\\")`` is ``DRIVE_REMOVABLE``."""
    drives = []
    for bit, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if letters_mask & (1 << bit) and drive_type(root) == DRIVE_REMOVABLE:
            name = volume_label(root)
            drives.append(Drive(Path(root), f"{name} ({letter}:)" if name else f"{letter}:"))
    return drives


def _mount_roots(user: str) -> list[str]:
    # The desktop mounts sticks in the user's folder; older systems and people use /media, /mnt.
    return [f"/media/{user}", f"/run/media/{user}", "/media", "/mnt"]


def _under(mount_point: str, roots: list[str]) -> bool:
    return any(mount_point.startswith(root + "/") for root in roots)


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a volume name as \\040."""
    return _OCTAL.sub(lambda m: chr(int(m[1], 8)), field)


def _is_removable(device: str, sys_root: Path) -> bool:
    name = Path(device).name
    block = sys_root / "block"
    if (block / name / "removable").exists():  # a whole disk, mounted without partitions
        return _flag(block / name / "removable")
    # A partition (sdb1, mmcblk0p1) has its folder inside its disk's folder.
    for disk in block.glob(f"*/{name}"):
        return _flag(disk.parent / "removable")
    return False


def _flag(path: Path) -> bool:
    return _read_text(path).strip() == "1"


def _read_text(path: Path) -> str:
    try:
        return path.read_text("utf-8", errors="replace")
    except OSError:
        return ""


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid: the shared roots still count
        return ""


def _free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def _windows_probes() -> tuple[int, Callable[[str], int], Callable[[str], str]]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]

    def volume_label(root: str) -> str:
        buffer = ctypes.create_unicode_buffer(261)
        ok = kernel32.GetVolumeInformationW(root, buffer, 261, None, None, None, None, 0)
        return buffer.value if ok else ""

    return int(kernel32.GetLogicalDrives()), kernel32.GetDriveTypeW, volume_label

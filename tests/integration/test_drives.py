"""Removable drives from a fake /proc/mounts and /sys, and from fake Windows probes."""

from __future__ import annotations

from pathlib import Path

from canghien_desktop.services.exchange.drives import (
    DRIVE_REMOVABLE,
    Drive,
    linux_removable_drives,
    list_removable_drives,
    windows_removable_drives,
)

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /run/user/1000 tmpfs rw,nosuid,nodev 0 0
/dev/sdb1 /media/lan/KINGSTON vfat rw,nosuid,nodev,uid=1000 0 0
/dev/sdc1 /run/media/lan/USB\\040TRAM vfat rw,nosuid,nodev 0 0
/dev/sdd /mnt/the-nho exfat rw 0 0
/dev/sda1 /media/lan/Backup ext4 rw 0 0
/dev/sde1 /home/lan/stick vfat rw 0 0
//server/share /mnt/share cifs rw 0 0
"""


def fake_sys(root: Path) -> Path:
    """sdb, sdc, sdd removable; sda (an internal disk under /media) and nvme0n1 fixed."""
    for disk, removable, partitions in (
        ("nvme0n1", "0", ["nvme0n1p1", "nvme0n1p2"]),
        ("sda", "0", ["sda1"]),
        ("sdb", "1", ["sdb1"]),
        ("sdc", "1", ["sdc1"]),
        ("sdd", "1", []),
        ("sde", "1", ["sde1"]),
    ):
        folder = root / "block" / disk
        folder.mkdir(parents=True)
        (folder / "removable").write_text(f"{removable}\n")
        for partition in partitions:
            (folder / partition).mkdir()
    return root


def test_linux_lists_removable_mounts_in_the_usual_places(tmp_path: Path) -> None:
    drives = linux_removable_drives(MOUNTS, fake_sys(tmp_path / "sys"), "lan")
    assert drives == [
        Drive(Path("/media/lan/KINGSTON"), "KINGSTON"),
        Drive(Path("/run/media/lan/USB TRAM"), "USB TRAM"),  # \040 is a space
        Drive(Path("/mnt/the-nho"), "the-nho"),  # a card mounted without partitions
    ]


def test_linux_without_sys_information_lists_nothing(tmp_path: Path) -> None:
    assert linux_removable_drives(MOUNTS, tmp_path / "no-sys", "lan") == []


def test_another_users_folder_still_counts_under_media(tmp_path: Path) -> None:
    drives = linux_removable_drives(MOUNTS, fake_sys(tmp_path / "sys"), "someone-else")
    assert [d.label for d in drives] == ["KINGSTON", "the-nho"]


def test_windows_keeps_removable_letters() -> None:
    types = {"C:\\": 3, "D:\\": 5, "E:\\": DRIVE_REMOVABLE, "F:\\": DRIVE_REMOVABLE}
    labels = {"E:\\": "KINGSTON"}
    mask = 0b111100  # C: D: E: F:
    drives = windows_removable_drives(mask, types.__getitem__, lambda r: labels.get(r, ""))
    assert drives == [Drive(Path("E:\\"), "KINGSTON (E:)"), Drive(Path("F:\\"), "F:")]


def test_this_machine_answers_without_failing() -> None:
    assert all(isinstance(d, Drive) for d in list_removable_drives())

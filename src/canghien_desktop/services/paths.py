"""Where an office keeps its files: one data directory holds one office."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "canghien-desktop"
DATA_DIR_ENV = "CANGHIEN_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "canghien.sqlite"

    @property
    def key_slots(self) -> Path:
        """The database key, wrapped under each user's password and the recovery code."""
        return self.data_dir / "canghien.keyslots.json"

    @property
    def tmp_dir(self) -> Path:
        """Owner-only scratch space: personal data never goes to the system temp folder."""
        return self.data_dir / "tmp"

    @property
    def window_lock(self) -> Path:
        """Held while a window has this data folder open: a second window is refused."""
        return self.data_dir / "window.lock"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def batch_copies_dir(self) -> Path:
        """Encrypted copies of the batches exported, kept to re-send one as it was."""
        return self.data_dir / "batches"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def rulesets_override(self) -> Path:
        """Office-edited rule values (effective-dated law), applied without a code change."""
        return self.data_dir / "rulesets.json"

    @property
    def workday_overrides(self) -> Path:
        """Announced day swaps for the working-day calendar."""
        return self.data_dir / "workday_overrides.json"

    def office_exists(self) -> bool:
        return self.db_path.exists()


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> AppPaths:
    """``--data-dir``, else ``CANGHIEN_DATA_DIR``, else the platform's per-user data dir."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return AppPaths(Path(chosen).expanduser().resolve())
    from platformdirs import user_data_dir

    return AppPaths(Path(user_data_dir(APP_NAME, appauthor=False)))

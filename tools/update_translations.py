"""Refresh the translation files after changing user-visible strings.

    .venv/bin/python tools/update_translations.py

1. pyside6-lupdate collects every tr()/translate() string of ui/ and app.py into
   resources/i18n/canghien_<lang>.ts (source language Vietnamese), keeping translations
   already made; then translate new entries with pyside6-linguist (or by editing the XML).
2. pyside6-lrelease compiles each .ts into src/canghien_desktop/resources/i18n/*.qm, which
   the app loads at run time. Commit both; tests/ui/test_translations.py checks they agree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "canghien_desktop"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = PACKAGE / "resources" / "i18n"
TARGET_LANGUAGES = ("en",)


def tool(name: str) -> str:
    """The Qt tool beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the dev dependencies (PySide6)")
    return found


def source_files() -> list[Path]:
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def ts_path(lang: str) -> Path:
    return TS_DIR / f"canghien_{lang}.ts"


def qm_path(lang: str, folder: Path = QM_DIR) -> Path:
    return folder / f"canghien_{lang}.qm"


def lupdate(ts_file: Path) -> None:
    # No line numbers in the .ts: editing code must not churn the translation files.
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *map(str, source_files()),
            "-source-language",
            "vi",
            "-target-language",
            ts_file.stem.split("_")[-1],
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main() -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in TARGET_LANGUAGES:
        lupdate(ts_path(lang))
        lrelease(ts_path(lang), qm_path(lang))
        print(f"updated {ts_path(lang).relative_to(ROOT)} and {qm_path(lang).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

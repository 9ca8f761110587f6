"""The "Hoạt động kế hoạch" screen at 1366×768, each tab and each "add" dialog, over a
station with demo data (whose plan activities and targets the demo makes), for
docs/screenshots/ and for looking at the layout.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_activities.py \\
        [--lang vi|en] [--out docs/screenshots]

Files: activities_<tab>[_en].png (the whole window) and activities_dialog_<tab>[_en].png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services import auth
from canghien_desktop.services.activities import KINDS
from canghien_desktop.services.i18n import set_language
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.ui import tasks
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 20)  # fixed: the same year and activities each run
SIZE = (1366, 768)
NAMES = ("outreach", "training", "points", "groups", "organisations", "targets")


def save(widget, out: Path, name: str) -> None:
    """A 256-colour PNG, as the other station screens: small enough for the docs."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    widget.show()
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    image.save(str(out / name), "PNG", 0)
    print(out / name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "vi" else "_en"
    set_language(args.lang)
    create_application(sys.argv[:1])
    tasks.set_runner(tasks.InlineRunner())  # finished screens, not "loading…"
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths(Path(tmp) / "office")
        init_office(paths, OfficeKind.STATION, "TYT-BINHPHU", "Trạm Y tế xã Bình Phú",
                    "admin", "password123", "passphrase-123",
                    province_code="86", commune_code="29287")  # fmt: skip
        ctx = sign_in(paths, "admin", "password123", TODAY)[0]
        actor = auth.login(ctx, "admin", "password123")
        try:
            generate_demo(ctx, actor, persons=30, seed=1, as_of=TODAY)
            window = MainWindow(ctx, actor)
            window.resize(*SIZE)
            window.show()
            window.nav.setCurrentRow(window.stack.indexOf(window.activities))
            view = window.activities
            for index, name in enumerate(NAMES):
                view.tabs.setCurrentIndex(index)
                save(window, args.out, f"activities_{name}{suffix}.png")
                dialog = view.open_add(KINDS[index])
                assert dialog is not None
                save(dialog, args.out, f"activities_dialog_{name}{suffix}.png")
                dialog.reject()
            window.close()
        finally:
            ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

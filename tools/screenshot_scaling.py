"""The main screens as a 1366×768 laptop shows them at 100 %, 125 % and 150 % scaling, in
both languages, for docs/screenshots/scaling/ (and for eyeballing what is cut or overlaps):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_scaling.py \
        [--out docs/screenshots/scaling] [--scales 1 1.25 1.5] [--langs vi en] [--every]

The same screens in the dark scheme, at 100 %:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_scaling.py \
        --scheme dark --scales 1 --langs vi --out docs/screenshots/dark

Builds a station and a consolidating office with demo data once, then runs itself once per
scale and language (Qt reads QT_SCALE_FACTOR when it starts). Each window is as large as
the screen less a taskbar and a title bar; a dialog is shown at its own size, and when that
is larger than the screen, the picture is cut where the screen ends and the run says so.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

if os.environ.get("DISPLAY"):  # under xvfb-run: the X server's screen, not offscreen's
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from screenshot import sign_in_as_admin
from screenshot_office import build as build_district

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services.office import init_office
from canghien_desktop.services.paths import AppPaths

PERSONS = 400


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/scaling"))
    parser.add_argument("--scales", nargs="+", default=["1", "1.25", "1.5"])
    parser.add_argument("--langs", nargs="+", choices=("vi", "en"), default=["vi", "en"])
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument("--every", action="store_true", help="every tab and dialog, not the main")
    parser.add_argument("--cache", type=Path, help="keep the offices built here, for reruns")
    parser.add_argument("--offices", type=Path, help=argparse.SUPPRESS)  # a run for one scale
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.offices:
        from scaling_shots import shoot_all

        lang, scale = args.langs[0], args.scales[0]
        return shoot_all(args.offices, args.out, lang, scale, args.scheme, args.every)
    with tempfile.TemporaryDirectory() as tmp:
        offices = args.cache or Path(tmp)
        if not (offices / "station").exists():
            build_offices(offices)
        for scale in args.scales:
            for lang in args.langs:
                run_one(offices, args, scale, lang)
    return 0


def run_one(offices: Path, args: argparse.Namespace, scale: str, lang: str) -> None:
    command = [sys.executable, __file__, "--offices", str(offices), "--out", str(args.out)]
    command += ["--scales", scale, "--langs", lang, "--scheme", args.scheme]
    command += ["--every"] if args.every else []
    subprocess.run(command, env=dict(os.environ, QT_SCALE_FACTOR=scale), check=True)


def build_offices(root: Path) -> None:
    """A station with a few hundred people, and an office that took batches from five."""
    from canghien_desktop.services.station.demo import generate_demo

    paths = AppPaths(root / "station" / "office")
    init_office(paths, OfficeKind.STATION, "TYT-BINHPHU", "Trạm Y tế xã Bình Phú",
                "admin", "password123", "passphrase-123",
                province_code="86", commune_code="29287")  # fmt: skip
    ctx, actor = sign_in_as_admin(paths)
    try:
        generate_demo(ctx, actor, persons=PERSONS, seed=1, as_of=ctx.today())
    finally:
        ctx.close()
    build_district(root / "district-root").close()


if __name__ == "__main__":
    sys.exit(main())

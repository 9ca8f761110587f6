"""The first page of the period reports as pictures, for docs/screenshots/: a station's
Biểu 01-BCN (report_01_bcn.png) and a consolidating office's Biểu 03-BCN (report_03_bcn.png).

    .venv/bin/python tools/screenshot_reports.py [--out docs/screenshots] [--keep DIR]

Builds, in a temporary folder, an office and two stations with demo data that send it their
half-year batches, writes both reports through the services as the Reports screen does, and
renders page 1 of each PDF with pdftoppm (poppler-utils). ``--keep`` leaves the PDFs and
workbooks in DIR to look at.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth
from canghien_desktop.services.commune import set_office_commune
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import write_report
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.demo import generate_demo

PASSWORD, PASSPHRASE, ADMIN = "password123", "passphrase-123", "admin"
TODAY, PERIOD = date(2026, 7, 10), "2026-H1"
OFFICE = ("YT-CANGLONG", "Phòng Văn hóa - Xã hội xã Càng Long")
STATIONS = (
    ("TYT-BINHPHU", "Trạm Y tế xã Bình Phú", "29287", 11),
    ("TYT-ANTR", "Trạm Y tế xã An Trường", "", 12),
)


def _open(folder: Path, kind: OfficeKind, code: str, name: str) -> tuple[OfficeContext, Actor]:
    paths = AppPaths(folder)
    init_office(paths, kind, code, name, ADMIN, PASSWORD, PASSPHRASE)
    ctx = sign_in(paths, ADMIN, PASSWORD, TODAY)[0]
    return ctx, auth.login(ctx, ADMIN, PASSWORD)


def _render(pdf: Path, png: Path) -> None:
    """Page 1 at 110 dpi: legible on screen, small enough for the docs."""
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--keep", default="")
    args = parser.parse_args()
    out = Path(args.out)
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        office, office_admin = _open(root / "office", OfficeKind.CONSOLIDATING, *OFFICE)
        card = batches.export_public_keys(office, office_admin, root / "office-card")
        station_files = None
        for code, name, commune, seed in STATIONS:
            ctx, admin = _open(root / code, OfficeKind.STATION, code, name)
            if commune:
                set_office_commune(ctx, admin, commune)
            batches.trust_files(ctx, admin, card)
            own = batches.export_public_keys(ctx, admin, root / code / "card")
            batches.trust_files(office, office_admin, own, name=name)
            generate_demo(ctx, admin, persons=60, seed=seed, as_of=TODAY)
            export_batch(ctx, admin, root / "usb", PASSPHRASE, period=PERIOD)
            if station_files is None:
                station_files = write_report(ctx, admin, PERIOD, root / "reports" / code)
            ctx.close()
        import_paths(office, office_admin, [root / "usb"], PASSPHRASE)
        office_files = write_report(office, office_admin, PERIOD, root / "reports" / "office")
        office.close()
        assert station_files is not None
        _render(station_files.pdf, out / "report_01_bcn.png")
        _render(office_files.pdf, out / "report_03_bcn.png")
        if args.keep:
            shutil.copytree(root / "reports", Path(args.keep), dirs_exist_ok=True)


if __name__ == "__main__":
    main()

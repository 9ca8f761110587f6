"""Pictures of the printed forms for docs/forms.md (docs/forms/*.png), from real forms.

    .venv/bin/python tools/form_pictures.py [--out docs/forms] [--persons 50] [--seed 1]

Builds a throw-away station (Trạm Y tế xã Bình Phú, tỉnh Vĩnh Long) in a temporary folder,
fills it with the demo data a fixed day, prints each pictured form through the same code as
the print menu and ``canghien form``, and renders its first page with pdftoppm (poppler) at
60 dpi, the size docs/forms.md shows. Run it again whenever a form's layout changes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.forms import applicable_forms
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange import keys
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station import enrolments, forms
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage import keyslots
from canghien_desktop.storage.rows import EnrolmentRow

AS_OF = date(2026, 11, 20)  # the demo's "today": every step of the path has happened by then
PASSWORD, PASSPHRASE = "password123", "passphrase-123"
STATION = ("TYT-BINHPHU", "Trạm Y tế xã Bình Phú", "86", "29287")
DPI = 60  # an A4 page 497 pixels wide, as docs/forms.md shows it


@dataclass(frozen=True)
class Picture:
    file: str  # the PNG's name in docs/forms
    number: str  # the form's number; "" for the person summary
    confidential: bool = False


PICTURES = (
    Picture("mau-20", "20"),
    Picture("mau-22", "22"),
    Picture("mau-23", "23"),
    Picture("mau-24", "24"),
    Picture("mau-26a", "26a"),
    Picture("mau-27", "27"),
    Picture("mau-51", "51", confidential=True),
    Picture("tom-tat", ""),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/forms"))
    parser.add_argument("--persons", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    cheap_keys()
    with tempfile.TemporaryDirectory() as folder:
        ctx, actor = demo_station(Path(folder) / "station", args.persons, args.seed)
        try:
            pdfs = Path(folder) / "pdf"
            for picture in PICTURES:
                pdf = print_picture(ctx, actor, picture, pdfs)
                png = render(pdf, args.out / picture.file)
                print(f"{png}  ({pdf.name})")
        finally:
            ctx.close()
    return 0


def cheap_keys() -> None:
    """The office is thrown away at the end: its keys need not resist anyone, and the real
    costs (1 GiB of memory to make the signing key) would only slow the tool down."""
    keyslots.set_kdf_cost(keyslots.KdfCost(time_cost=1, memory_kib=8 * 1024))
    keys.SIGNING_KDF.update(opslimit=1_048_576, memlimit=33_554_432)


def demo_station(folder: Path, persons: int, seed: int) -> tuple[OfficeContext, Actor]:
    code, name, province, commune = STATION
    paths = AppPaths(folder)
    init_office(
        paths, OfficeKind.STATION, code, name, "admin", PASSWORD, PASSPHRASE,
        province_code=province, commune_code=commune,
    )  # fmt: skip
    ctx, actor = sign_in(paths, "admin", PASSWORD, AS_OF)
    generate_demo(ctx, actor, persons=persons, seed=seed, as_of=AS_OF)
    return ctx, actor


def print_picture(ctx: OfficeContext, actor: Actor, picture: Picture, out: Path) -> Path:
    options = forms.PrintOptions(confidential=picture.confidential)
    if picture.number == "23":  # the register of the year
        return forms.print_for_year(ctx, actor, "23", AS_OF.year, out, options)
    if not picture.number:  # the summary of a whole treatment: follow-ups, tests, its end
        chosen = latest_enrolment(ctx, actor, lambda e: "26a" in applicable_forms(e))
        return forms.person_summary(ctx, actor, chosen.person_id, out, chosen.id, options)
    number = picture.number
    chosen = latest_enrolment(ctx, actor, lambda e: number in applicable_forms(e))
    return forms.print_for_enrolment(ctx, actor, number, chosen.id or "", out, options)


def latest_enrolment(
    ctx: OfficeContext, actor: Actor, fits: Callable[[Enrolment], bool]
) -> Enrolment:
    """The latest enrolment the form fits (under the law in force where one fits), always
    the same one for the same seed."""
    with ctx.db.read() as session:
        ids = session.scalars(
            select(EnrolmentRow.id).order_by(
                EnrolmentRow.assessed_on.desc(), EnrolmentRow.ledger_number.desc()
            )
        ).all()
    for enrolment_id in ids:
        enrolment = enrolments.get_enrolment(ctx, actor, enrolment_id)
        if fits(enrolment):
            return enrolment
    raise SystemExit("no enrolment of the demo fits: try more --persons")


def render(pdf: Path, target: Path) -> Path:
    """The first page, as ``target``.png."""
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile",
         str(pdf), str(target)],
        check=True,
    )  # fmt: skip
    return target.with_suffix(".png")


if __name__ == "__main__":
    sys.exit(main())

"""docs/forms.md lists every printable form with its name, its article, whether it is kept
per person or per year, and whether its layout was checked against the official template,
as the code has them: the list is what an office reads before it trusts a paper."""

from __future__ import annotations

from pathlib import Path

from canghien_desktop.services.reports.heading import OFFICE_FORM, STATION_FORM
from canghien_desktop.services.reports.texts import UNCHECKED
from canghien_desktop.services.station.forms import FORMS, YearForm

DOC = Path(__file__).resolve().parents[2] / "docs" / "forms.md"


def documented() -> dict[str, list[str]]:
    """The rows of the table of forms, by number."""
    rows: dict[str, list[str]] = {}
    for line in DOC.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[0][:2].isdigit():
            rows[cells[0]] = cells
    return rows


def test_every_form_is_documented_as_the_code_has_it() -> None:
    rows = documented()
    assert list(rows) == [form.number for form in FORMS]
    for form in FORMS:
        number, name, _article, per, _fits, _rules, checked = rows[form.number]
        assert name == form.title, number
        assert per == ("year" if isinstance(form, YearForm) else "person"), number
        assert checked == ("yes" if form.checked else "no"), number


def test_the_pictures_the_doc_shows_exist() -> None:
    text = DOC.read_text("utf-8")
    pictures = [part.split(")")[0] for part in text.split("](forms/")[1:]]
    assert pictures and all((DOC.parent / "forms" / p).is_file() for p in pictures)


def test_the_period_reports_are_listed_as_unchecked() -> None:
    """The report forms' layout was made without the official templates: the doc says so,
    as the paper does, and shows the pages it describes."""
    rows = {}
    for line in DOC.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] in (STATION_FORM, OFFICE_FORM):
            rows[cells[0]] = cells
    assert sorted(rows) == [STATION_FORM, OFFICE_FORM]
    assert all(cells[-1] == "no" for cells in rows.values())
    text = " ".join(DOC.read_text("utf-8").split())
    assert UNCHECKED == "bố cục cần đối chiếu với mẫu chính thức (Thông tư 05/2011/TT-BLĐTBXH)"
    assert UNCHECKED in text
    for picture in ("report_01_bcn.png", "report_03_bcn.png"):
        assert f"](screenshots/{picture})" in text
        assert (DOC.parent / "screenshots" / picture).is_file()

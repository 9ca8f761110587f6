"""``canghien forms`` and ``canghien form`` as real processes: the list with the basis in
force, a form printed by the person's ID number, the register by its year, and one line
for each thing that can be wrong."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from canghien_desktop.domain.forms import FORM_NUMBERS
from canghien_desktop.domain.rulesets import default_rulebook
from canghien_desktop.services import auth
from canghien_desktop.services.paths import AppPaths
from tests.conftest import ADMIN, PASSWORD, TODAY, Office, reopen
from tests.integration.test_cli import assert_one_line_error, run
from tests.integration.test_forms import completed, flat, text_of

ID_NUMBER = "086090001234"  # Nguyễn Văn Đức's, of tests.factories.a_person()


@pytest.fixture
def station(station_template: Path, tmp_path: Path) -> Path:
    """A station where Đức completed treatment in 2025 (ledger number 7, in 2025)."""
    folder = tmp_path / "station"
    shutil.copytree(station_template, folder)
    ctx = reopen(AppPaths(folder), today=TODAY)
    try:
        completed(Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(folder)))
    finally:
        ctx.close()
    return folder


def form(station: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = run("--data-dir", str(station), "form", *args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_list_names_every_form_and_the_basis_in_force(station: Path) -> None:
    result = run("--data-dir", str(station), "forms")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    in_force = default_rulebook().for_date(date.today())
    assert lines[0] == f"Mẫu theo: {in_force.form_basis}"
    assert in_force.citation("form_basis").text in lines[1]
    assert "  23   Sổ đăng ký cai nghiện ma túy tự nguyện (Điều 28; theo năm)" in lines
    assert "  54   Giấy chứng nhận hoàn thành thời gian quản lý sau cai nghiện ma túy" in (
        result.stdout
    )
    listed = json.loads(run("--data-dir", str(station), "forms", "--json").stdout)
    assert tuple(f["number"] for f in listed["forms"]) == FORM_NUMBERS
    assert listed["rule_set"] == in_force.code and not any(f["checked"] for f in listed["forms"])


def test_a_form_by_id_number_and_register_entry(station: Path, tmp_path: Path) -> None:
    wanted = tmp_path / "giay-xac-nhan.pdf"
    printed = form(station, "26a", "--person", ID_NUMBER, "--out", str(wanted))
    assert printed == str(wanted)
    assert "GIẤY XÁC NHẬN" in text_of(wanted) and "MẬT" not in text_of(wanted)
    folder = tmp_path / "ky-nay"
    folder.mkdir()
    chosen = ("--person", ID_NUMBER, "--enrolment", "7/2025")
    again = form(station, "24", *chosen, "--out", str(folder), "--confidential")
    assert again == str(folder / "mau-24-7.pdf")
    assert "MẬT" in text_of(Path(again)) and "Số: 2/QĐ-UBND" in flat(text_of(Path(again)))


def test_the_register_by_its_year(station: Path, tmp_path: Path) -> None:
    printed = Path(form(station, "23", "--year", "2025", "--out", str(tmp_path)))
    assert printed.name == "mau-23-2025.pdf"
    assert "SỔ ĐĂNG KÝ CAI NGHIỆN MA TÚY TỰ NGUYỆN" in text_of(printed)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("99", "--person", ID_NUMBER), "Không có biểu mẫu “99”"),
        (("24", "--person", "001099012345"), "Không tìm thấy người có số định danh 001099012345"),
        (("24", "--person", "12345"), "phải gồm đúng 12 chữ số"),
        (
            ("54", "--person", ID_NUMBER),
            "Không lập được Mẫu 54 khi hồ sơ đang ở trạng thái “Hoàn thành”",
        ),
        (("24", "--person", ID_NUMBER, "--enrolment", "8/2025"), "không có lần đăng ký số 8/2025"),
        (
            ("24", "--person", ID_NUMBER, "--enrolment", "tám"),
            "không phải số sổ đăng ký dạng N/YYYY",
        ),
        (("23", "--person", ID_NUMBER), "Mẫu 23 là sổ, danh sách theo năm"),
        (("24", "--year", "2025"), "Mẫu 24 lập cho một người"),
        (("23", "--year", "1999"), "Năm 1999 không hợp lệ"),
    ],
)
def test_what_is_wrong_is_one_line(station: Path, args: tuple[str, ...], expected: str) -> None:
    assert_one_line_error(run("--data-dir", str(station), "form", *args), expected)


def test_a_form_needs_a_person_or_a_year(station: Path) -> None:
    result = run("--data-dir", str(station), "form", "24")
    assert (
        result.returncode == 2 and "--person" in result.stderr and "Traceback" not in result.stderr
    )


def test_in_english_the_errors_translate_and_the_form_stays_vietnamese(
    station: Path, tmp_path: Path
) -> None:
    english = {"CANGHIEN_LANG": "en"}
    refused = run("--data-dir", str(station), "form", "99", "--person", ID_NUMBER, env=english)
    assert_one_line_error(refused, "There is no form “99”")
    printed = form(station, "22", "--person", ID_NUMBER, "--out", str(tmp_path), env=english)
    assert "BẢN ĐĂNG KÝ CAI NGHIỆN MA TÚY TỰ NGUYỆN" in text_of(Path(printed))

"""First-run set-up creates a real office, and refuses bad input inline, in Vietnamese."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from tests.conftest import reopen

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.services.auth import login
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.ui.setup_wizard import SetupWizard


def _wizard(qtbot, paths: AppPaths) -> SetupWizard:
    wizard = SetupWizard(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill(
    qtbot,
    wizard: SetupWizard,
    code: str = "TYT-MOI",
    password2: str = "password123",
    passphrase2: str = "passphrase-123",
) -> None:
    page = wizard.office_page
    if not page.district.isChecked():
        _choose(qtbot, wizard, "binh phu vinh long")
    page.code.setText(code)
    page.name.setText("Trạm Y tế xã Mới")  # keyClicks is ASCII-only
    _next(wizard)
    admin = wizard.admin_page
    qtbot.keyClicks(admin.password, "password123")
    qtbot.keyClicks(admin.repeat, password2)
    _next(wizard)
    if wizard.currentPage() is wizard.passphrase_page:
        qtbot.keyClicks(wizard.passphrase_page.passphrase, "passphrase-123")
        qtbot.keyClicks(wizard.passphrase_page.repeat, passphrase2)


def _choose(qtbot, wizard: SetupWizard, typed: str) -> None:
    """Type into the commune picker and take the highlighted match with Enter."""
    picker = wizard.office_page.commune
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # typing replaces
    qtbot.keyClicks(picker, typed)
    qtbot.keyClick(picker.completer_popup(), Qt.Key.Key_Return)


def _next(wizard: SetupWizard) -> None:
    # Click, not wizard.next(): a click does nothing while Qt thinks the page incomplete.
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next disabled on {wizard.currentPage().title()}"
    button.click()


def _finish(wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_creates_office_that_admin_can_open(qtbot, tmp_path) -> None:
    paths = AppPaths(tmp_path / "data")
    wizard = _wizard(qtbot, paths)
    _fill(qtbot, wizard)
    with qtbot.waitSignal(wizard.accepted, timeout=15000):  # real worker thread
        _finish(wizard)
    assert wizard.created is not None and wizard.created.info.code == "TYT-MOI"
    assert paths.office_exists()
    ctx = reopen(paths)
    try:
        assert (ctx.info.name, ctx.info.kind) == ("Trạm Y tế xã Mới", OfficeKind.STATION)
        assert (ctx.info.province_code, ctx.info.commune_code) == ("86", "29287")
        assert login(ctx, "admin", "password123").username == "admin"
    finally:
        ctx.close()


def test_password_mismatch_stays_on_page(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    _fill(qtbot, wizard, password2="password124")
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.admin_page.error.text() == "Hai lần nhập mật khẩu không khớp: hãy nhập lại."


def test_short_passphrase_is_refused_inline(qtbot, tmp_path, sync_tasks) -> None:
    paths = AppPaths(tmp_path / "data")
    wizard = _wizard(qtbot, paths)
    _fill(qtbot, wizard)
    wizard.passphrase_page.passphrase.setText("short")
    wizard.passphrase_page.repeat.setText("short")
    _finish(wizard)
    assert wizard.isVisible()
    assert wizard.passphrase_page.error.text().startswith("Cụm mật khẩu ký cần ít nhất 10 ký tự")
    assert not paths.office_exists()


def test_a_bad_code_is_refused_on_its_own_page(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    page = wizard.office_page
    _choose(qtbot, wizard, "binh phu vinh long")
    page.code.setText("trạm 1")
    page.name.setText("Trạm Y tế xã Mới")
    _next(wizard)
    assert wizard.currentPage() is page
    assert page.error.text().startswith("Mã đơn vị “TRẠM 1”")
    assert wizard.focusWidget() is page.code
    page.code.setText("TYT-MOI")  # fixed: the error goes at once
    assert not page.error.isVisible()


def test_every_problem_of_a_page_shows_at_once(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    page = wizard.office_page
    page.code.setText("trạm 1")
    _next(wizard)
    lines = page.error.text().splitlines()
    assert [line.split(" ")[0] for line in lines] == ["Chưa", "Mã", "Thiếu"]
    assert wizard.focusWidget() is page.commune  # the first bad field
    _choose(qtbot, wizard, "binh phu vinh long")  # fills the name too
    assert page.error.text().startswith("Mã đơn vị")
    assert len(page.error.text().splitlines()) == 1


def test_back_keeps_the_passwords(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    _fill(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase_page
    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.office_page
    _next(wizard)
    _next(wizard)  # the passwords typed before are still there
    assert wizard.currentPage() is wizard.passphrase_page
    assert wizard.passphrase_page.passphrase.text() == "passphrase-123"


def test_district_choice_creates_consolidating_office(qtbot, tmp_path, sync_tasks) -> None:
    paths = AppPaths(tmp_path / "data")
    wizard = _wizard(qtbot, paths)
    wizard.office_page.district.setChecked(True)
    _fill(qtbot, wizard, code="TONGHOP")
    _finish(wizard)
    assert wizard.created is not None and wizard.created.info.kind is OfficeKind.CONSOLIDATING
    assert paths.office_exists()


def test_a_station_needs_a_commune_from_the_list(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    page = wizard.office_page
    page.code.setText("TYT-MOI")
    page.name.setText("Trạm Y tế xã Mới")
    qtbot.keyClicks(page.commune, "binh p")  # typed, never chosen
    _next(wizard)
    assert wizard.currentPage() is page
    assert page.error.text().startswith("Chưa chọn xã, phường")


def test_choosing_the_commune_suggests_code_and_name(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    _choose(qtbot, wizard, "binh phu vinh long")
    page = wizard.office_page
    assert page.commune.text() == "Xã Bình Phú, tỉnh Vĩnh Long"
    assert (page.code.text(), page.name.text()) == ("TYT-29287", "Trạm Y tế xã Bình Phú")
    page.name.setText("Trạm Y tế Bình Phú")  # what was typed is never overwritten
    _choose(qtbot, wizard, "dong hai vinh long")
    assert (page.code.text(), page.name.text()) == ("TYT-29287", "Trạm Y tế Bình Phú")
    assert page.codes() == ("86", "29536")


def test_a_consolidating_office_is_not_asked_for_a_commune(qtbot, tmp_path) -> None:
    wizard = _wizard(qtbot, AppPaths(tmp_path / "data"))
    page = wizard.office_page
    page.district.setChecked(True)
    assert not page.commune.isVisibleTo(wizard)
    assert page.codes() == ("", "")

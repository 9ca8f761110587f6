"""Every control a user reaches has a name a screen reader can say: its own text (a button),
a label that is its buddy (a form's label), or an accessible name given in the user's
language (a table, a search field with only a placeholder, a list, a spin box beside others).

Each screen of a station's and of an office's window is opened, every tab of it shown, and
the main dialogs are walked page by page (accessible_names.py says how a name is found)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QTableView, QWidget, QWizard
from tests.conftest import ADMIN, PASSWORD, Office, office, reopen
from tests.factories import enrolled, walk_to
from tests.office_fixtures import district, district_template, station
from tests.ui.accessible_names import accessible_name, unnamed, unnamed_in_every_tab
from tests.ui.batch_helpers import wizard_options

from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle_table import Action, Stage, State
from canghien_desktop.services import auth
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station import forms
from canghien_desktop.services.station.people import get_person
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.commune_dialog import CommuneDialog
from canghien_desktop.ui.dialogs.correction_request_dialog import CorrectionRequestDialog
from canghien_desktop.ui.dialogs.export_wizard import ExportWizard
from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog
from canghien_desktop.ui.dialogs.monitoring_dialogs import MonitoringDialog
from canghien_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from canghien_desktop.ui.dialogs.password_dialogs import CURRENT, PasswordDialog
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice
from canghien_desktop.ui.file_dialogs import FileDialog
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.print_preview import Printable, PrintPreview
from canghien_desktop.ui.setup_wizard import SetupWizard

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


@pytest.fixture(autouse=True)
def closing_never_blocks(monkeypatch) -> None:
    """The "unsaved typing" question is modal; closing test windows answers it at once."""
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda parent: UnsavedChoice.DISCARD)


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _every_screen(qtbot, window: MainWindow) -> list[str]:
    found = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        found += unnamed_in_every_tab(window, window.nav.item(row).text())
    return found


def test_every_station_screen(qtbot, station: Office, sync_tasks) -> None:
    window = _shown(qtbot, MainWindow(station.ctx, station.admin))
    found = _every_screen(qtbot, window)
    chart = window.today.chart  # a picture: its name, and each month's count said in words
    assert chart.accessibleName() and chart.accessibleDescription().count(": ") == 12
    window.show_person(window.people.model.summary(0).id)
    found += unnamed_in_every_tab(window, "person page")
    assert not found


def test_every_office_screen(qtbot, district: Office, sync_tasks) -> None:
    window = _shown(qtbot, MainWindow(district.ctx, district.admin))
    assert not _every_screen(qtbot, window)


def test_the_login_and_set_up_windows(qtbot, tmp_path: Path, office: Office) -> None:
    login = _shown(qtbot, LoginDialog("Trạm", lambda u, p: sign_in(office.paths, u, p)))
    found = unnamed(login, "login")
    wizard = _shown(qtbot, SetupWizard(AppPaths(tmp_path / "new")))
    found += _every_page(wizard, "set-up")
    assert not found


def _every_page(wizard: QWizard, where: str) -> list[str]:
    found = unnamed(wizard, f"{where} 1")
    for number in wizard.pageIds()[1:]:
        wizard.setStartId(number)  # each page as it shows, without filling the ones before
        wizard.restart()
        assert wizard.currentId() == number
        found += unnamed(wizard, f"{where} {number}")
    return found


def test_the_person_and_assessment_dialogs(qtbot, office: Office, sync_tasks) -> None:
    ctx, admin = office.ctx, office.admin
    found = unnamed(_shown(qtbot, PersonDialog(ctx, admin)), "new person")
    assessed = enrolled(ctx, admin, date(2026, 6, 1))
    person = get_person(ctx, admin, assessed.person_id)
    found += unnamed(_shown(qtbot, PersonDialog(ctx, admin, person)), "person")
    found += unnamed(_shown(qtbot, AssessmentDialog(ctx, admin, person)), "assessment")
    assert not found


@pytest.mark.parametrize(
    ("state", "action"),
    [
        (State.DA_XAC_DINH_NGHIEN, Action.REGISTER),
        (State.DANG_THAM_DINH, Action.ISSUE_DECISION),
        (State.DANG_CAI_NGHIEN, Action.TRANSFER_OUT),
        (State.DANG_CAI_NGHIEN, Action.REMOVE),
        (State.DANG_CAI_NGHIEN, Action.PAUSE),
        (State.DANG_CAI_NGHIEN, Action.SELF_TERMINATE),
        (State.DANG_CAI_NGHIEN, Action.ADVANCE_STAGE),
    ],
)
def test_the_step_dialogs(qtbot, office: Office, sync_tasks, state, action) -> None:
    enrolment = walk_to(office.ctx, office.admin, state)
    dialog = _shown(qtbot, ActionDialog(office.ctx, office.admin, enrolment, action))
    assert not unnamed(dialog, str(action))


@pytest.mark.parametrize("kind", list(FollowUpKind))
def test_the_follow_up_dialogs(qtbot, office: Office, sync_tasks, kind) -> None:
    treated = walk_to(office.ctx, office.admin, State.DANG_CAI_NGHIEN)
    dialog = _shown(qtbot, FollowUpDialog(office.ctx, office.admin, treated, kind))
    assert not unnamed(dialog, str(kind))


def test_the_monitoring_decision(qtbot, office: Office, sync_tasks) -> None:
    treated = walk_to(office.ctx, office.admin, State.DANG_CAI_NGHIEN)
    office.ctx.close()
    ctx = reopen(office.paths, today=date(2026, 9, 1))  # monitoring exists from July 2026
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        dialog = _shown(qtbot, MonitoringDialog(ctx, actor, treated.id or ""))
        assert not unnamed(dialog, "monitoring")
    finally:
        ctx.close()


def test_the_batch_and_key_dialogs(qtbot, station: Office, tmp_path: Path, sync_tasks) -> None:
    ctx, admin = station.ctx, station.admin
    wizard = _shown(qtbot, ExportWizard(ctx, admin, **wizard_options(tmp_path)))
    found = []
    for number in range(4):  # period, preview, destination, passphrase
        found += unnamed(wizard, f"export {number + 1}")
        wizard.next()
    assert wizard.currentId() == 4
    found += unnamed(_shown(qtbot, TrustDialog(ctx, admin)), "trust")
    found += unnamed(_shown(qtbot, PassphraseDialog(ctx, admin)), "passphrase")
    password = PasswordDialog("Đổi mật khẩu", (CURRENT,), lambda values: None, None)
    found += unnamed(_shown(qtbot, password), "password")
    found += unnamed(_shown(qtbot, CommuneDialog(ctx, admin)), "commune")
    assert not found


def test_the_print_preview_and_the_file_dialog(qtbot, office: Office, tmp_path: Path) -> None:
    on = date(2025, 9, 1)
    treated = walk_to(office.ctx, office.admin, State.HOAN_THANH, assessed_on=on, stage=Stage.E)
    paper = forms.paper_for_enrolment(office.ctx, office.admin, "26a", treated.id or "")
    preview = PrintPreview(Printable(paper.data, paper.name, save=Path), printers=["Máy in"])
    found = unnamed(_shown(qtbot, preview), "print preview")
    folder = FileDialog(None, "Chọn thư mục", tmp_path, QFileDialog.FileMode.Directory)
    found += unnamed(_shown(qtbot, folder), "folder")
    assert not found


def test_the_correction_request(qtbot, district: Office, sync_tasks) -> None:
    dialog = CorrectionRequestDialog(district.ctx, district.admin, "person", "p-1", "Lê Văn Minh")
    assert not unnamed(_shown(qtbot, dialog), "correction")


# --- the walk itself --------------------------------------------------------------------


def test_the_walk_finds_a_control_without_a_name(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    search, table, named = QLineEdit(window), QTableView(window), QLineEdit(window)
    search.setPlaceholderText("Tìm…")  # a placeholder is not a name: it goes as one types
    caption = QLabel("Họ:", window)
    caption.setBuddy(named)
    window.show()
    assert len(unnamed(window)) == 2
    table.setAccessibleName("Danh sách")
    search.setAccessibleName("Tìm người")
    assert not unnamed(window)
    assert accessible_name(named) == "Họ:"

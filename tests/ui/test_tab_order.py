"""Tab goes through every form the way it is read: top to bottom, left to right within a
line, the fields before the buttons under them (tests/ui/tab_order.py says where it breaks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from tests.conftest import reopen
from tests.factories import walk_to
from tests.ui.conftest import ADMIN, PASSWORD
from tests.ui.tab_order import out_of_order, tab_chain

from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.auth import login
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.people import get_person
from canghien_desktop.ui.dialogs.action_dialog import ActionDialog
from canghien_desktop.ui.dialogs.assessment_dialog import AssessmentDialog
from canghien_desktop.ui.dialogs.commune_dialog import CommuneDialog
from canghien_desktop.ui.dialogs.entry_dialog import EntryDialog
from canghien_desktop.ui.dialogs.follow_up_dialog import FollowUpDialog
from canghien_desktop.ui.dialogs.monitoring_dialogs import MonitoringDialog
from canghien_desktop.ui.dialogs.passphrase_dialog import AskPassphraseDialog, PassphraseDialog
from canghien_desktop.ui.dialogs.password_dialogs import CURRENT, USERNAME, PasswordDialog
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.rotate_key_dialog import RotateKeyDialog
from canghien_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.screens.settings_users import AddUserDialog

Make = Callable[[OfficeContext, Actor, Enrolment, Path], QDialog]

DIALOGS: dict[str, Make] = {
    "person": lambda ctx, a, e, _: PersonDialog(ctx, a),
    "assessment": lambda ctx, a, e, _: AssessmentDialog(ctx, a, get_person(ctx, a, e.person_id)),
    "follow-up": lambda ctx, a, e, _: FollowUpDialog(ctx, a, e),
    "transfer in": lambda ctx, a, e, _: EntryDialog(ctx, a, e.person_id, Action.RECEIVE_TRANSFER),
    "after compulsory": lambda ctx, a, e, _: EntryDialog(
        ctx, a, e.person_id, Action.RECEIVE_AFTER_COMPULSORY
    ),
    "monitoring": lambda ctx, a, e, _: MonitoringDialog(ctx, a, e.id or ""),
    "login": lambda ctx, a, e, _: LoginDialog("Trạm", lambda user, password: None),
    "password": lambda ctx, a, e, _: PasswordDialog("Mật khẩu", (USERNAME, CURRENT), print, None),
    "passphrase": lambda ctx, a, e, _: PassphraseDialog(ctx, a),
    "ask passphrase": lambda ctx, a, e, _: AskPassphraseDialog(lambda typed: None, "xuất lô"),
    "commune": lambda ctx, a, e, _: CommuneDialog(ctx, a),
    "trust": lambda ctx, a, e, _: TrustDialog(ctx, a),
    "add user": lambda ctx, a, e, _: AddUserDialog(ctx, a),
    "rotate key": lambda ctx, a, e, folder: RotateKeyDialog(ctx, a, folder, None),
    "shortcuts": lambda ctx, a, e, _: ShortcutsDialog(["Hôm nay"]),
}
# Every step a record in treatment can take, and the ones before it.
STEPS = [Action.REGISTER, Action.ISSUE_DECISION, Action.ADVANCE_STAGE, Action.COMPLETE]
STEPS += [Action.REMOVE, Action.PAUSE, Action.SELF_TERMINATE, Action.TRANSFER_OUT]


@pytest.fixture
def station(office_paths: AppPaths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=date(2026, 8, 3))
    yield ctx
    ctx.close()


@pytest.fixture
def nurse(station: OfficeContext) -> Actor:
    return login(station, ADMIN, PASSWORD)


@pytest.fixture
def in_treatment(station: OfficeContext, nurse: Actor) -> Enrolment:
    return walk_to(station, nurse, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 6, 1))


def check(qtbot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    assert out_of_order(dialog) == []
    chain = tab_chain(dialog)
    boxed = [w for w in chain if isinstance(w.parent(), QDialogButtonBox)]
    assert chain[len(chain) - len(boxed) :] == boxed  # the fields, then Lưu, Hủy …


@pytest.mark.parametrize("which", DIALOGS)
def test_tab_follows_the_form(qtbot, which, station, nurse, in_treatment, tmp_path, sync_tasks):
    check(qtbot, DIALOGS[which](station, nurse, in_treatment, tmp_path))


@pytest.mark.parametrize("action", STEPS, ids=[a.value for a in STEPS])
def test_tab_follows_every_step_form(qtbot, action, station, nurse, in_treatment, sync_tasks):
    check(qtbot, ActionDialog(station, nurse, in_treatment, action))

"""Opening the enrolment of someone who moved here names the commune their file came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.factories import a_person, an_assessment

from canghien_desktop.services.station.enrolments import enrolments_of
from canghien_desktop.services.station.people import record_assessment, register_person
from canghien_desktop.ui.dialogs.enrol_panel import EnrolPanel


def _panel(qtbot, office, admin) -> tuple[EnrolPanel, str]:
    person = register_person(office, admin, a_person())
    assessment = record_assessment(office, admin, an_assessment(person.id))
    panel = EnrolPanel(office, admin)
    qtbot.addWidget(panel)
    panel.offer(assessment.id)
    return panel, person.id or ""


def test_the_former_commune_is_stored(qtbot, office, admin, sync_tasks) -> None:
    panel, person_id = _panel(qtbot, office, admin)
    qtbot.keyClicks(panel.transferred_from, "29536")  # the code, or a part of the name
    qtbot.keyClick(panel.transferred_from.completer_popup(), Qt.Key.Key_Return)
    assert panel.transferred_from.text() == "Xã Đông Hải, tỉnh Vĩnh Long"
    with qtbot.waitSignal(panel.enrolled):
        panel.submit()
    [enrolment] = enrolments_of(office, admin, person_id)
    assert enrolment.transferred_from == "29536"


def test_a_commune_not_chosen_is_refused_in_one_line(qtbot, office, admin, sync_tasks) -> None:
    panel, person_id = _panel(qtbot, office, admin)
    qtbot.keyClicks(panel.transferred_from, "29a")  # typed, not chosen from the list
    panel.submit()
    assert panel.error.text().startswith("Chưa chọn xã, phường")
    assert "\n" not in panel.error.text() and panel.enrol_button.isEnabled()
    assert enrolments_of(office, admin, person_id) == []


def test_a_code_outside_the_2025_list_is_refused(qtbot, office, admin, sync_tasks) -> None:
    """The service checks too: a script, or a code kept from before 2025."""
    panel, person_id = _panel(qtbot, office, admin)
    panel.transferred_from.set_codes("46", "19999")
    panel.submit()
    assert panel.error.text() == (
        "Mã xã “19999” không có trong danh mục đơn vị hành chính 2025: hãy chọn xã, phường "
        "trong danh sách."
    )
    assert enrolments_of(office, admin, person_id) == []

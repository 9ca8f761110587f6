"""Opening the enrolment of someone who moved here names the commune their file came from."""

from __future__ import annotations

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
    qtbot.keyClicks(panel.transferred_from, "295361")  # a sixth digit is not taken
    with qtbot.waitSignal(panel.enrolled):
        panel.submit()
    [enrolment] = enrolments_of(office, admin, person_id)
    assert enrolment.transferred_from == "29536"


def test_a_bad_commune_code_is_refused_in_one_line(qtbot, office, admin, sync_tasks) -> None:
    panel, person_id = _panel(qtbot, office, admin)
    qtbot.keyClicks(panel.transferred_from, "29a")
    panel.submit()
    assert panel.error.text().startswith("Mã xã chuyển đến “29a” không hợp lệ")
    assert "\n" not in panel.error.text() and panel.enrol_button.isEnabled()
    assert enrolments_of(office, admin, person_id) == []

"""The line on a person's page that says what the consolidating office last reported about
them: not sent, sent without an acknowledgement, accepted in version N on a date, changed
since, or the conflict or rejection to look at. On the real station and office of
ack_helpers, the acknowledgement imported through the Batches screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from ack_helpers import (
    PASSPHRASE,
    PERIOD,
    AckScenario,
    latest_outcomes,
    login,
    opened_copy,
    settled_ack,
)
from batch_helpers import wizard_options
from sqlalchemy import select

from canghien_desktop.domain.codes import Sex
from canghien_desktop.domain.dates import BirthDate, format_dmy
from canghien_desktop.domain.person import Person, Residence
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange import sync_status
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station import people
from canghien_desktop.storage.rows import PersonRow
from canghien_desktop.ui.screens.batches_view import BatchesView
from canghien_desktop.ui.screens.person_page import PersonPage


@pytest.fixture
def page(qtbot, station: OfficeContext, nurse: Actor) -> PersonPage:
    """One page showing person after person, as the people screen uses it."""
    shown = PersonPage(station, nurse)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def line(page: PersonPage, person_id: str) -> str:
    page.show_person(person_id)
    assert page.header.sync.isVisibleTo(page)
    return page.header.sync.text()


def import_through_screen(qtbot, ctx, actor, ack: Path, tmp_path, monkeypatch) -> None:
    view = BatchesView(ctx, actor, **wizard_options(tmp_path))
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "choose_ack_files", lambda: [ack])
    view.ack_button.click()
    assert view.ack_results.accepted()


def quiet_people(scenario: AckScenario) -> tuple[str, str]:
    """Two people the office simply accepted: one carried again by the period batch, one
    only by the first batch."""
    said = latest_outcomes(scenario.ack)
    busy = {scenario.conflict_person, scenario.stale_person, scenario.rejected[2]}
    persons = [r for r in said.values() if r["type"] == "persons" and r["id"] not in busy]
    again = next(r["id"] for r in persons if r["outcome"] == "identical")
    once = next(r["id"] for r in persons if r["outcome"] == "imported")
    return again, once


def version_of(ctx: OfficeContext, person_id: str) -> int:
    with ctx.db.read() as session:
        return session.scalars(select(PersonRow.version).where(PersonRow.id == person_id)).one()


def test_before_the_ack_sent_people_wait_and_new_ones_are_not_sent(
    page, station, nurse, scenario, sync_tasks
) -> None:
    again, _ = quiet_people(scenario)
    assert line(page, again) == "Cơ quan tổng hợp: đã gửi, chưa có xác nhận"
    newcomer = Person(
        ho="Đinh",
        chu_dem="Công",
        ten="Mới",
        birth=BirthDate(1992),
        sex=Sex.MALE,
        residence=Residence("01", "00004", village="Thôn 2"),
    )
    new = people.register_person(station, nurse, newcomer)
    assert line(page, new.id) == "Cơ quan tổng hợp: chưa gửi"


def test_after_the_ack_each_person_shows_what_the_office_said(
    qtbot, page, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    import_through_screen(qtbot, station, nurse, scenario.ack, tmp_path, monkeypatch)
    again, _ = quiet_people(scenario)
    today = format_dmy(date.today())  # the acknowledgement was imported just now
    assert line(page, again) == (
        f"Cơ quan tổng hợp: đã nhận phiên bản {version_of(station, again)} (xác nhận ngày {today})"
    )
    said = latest_outcomes(scenario.ack)
    version = said[scenario.conflict_person]["version"]
    assert line(page, scenario.conflict_person) == (
        "Cơ quan tổng hợp: có xung đột cần xem: "
        f"Nhân thân phiên bản {version} (xung đột – cả hai nhánh của trạm đều sửa: tên)"
    )
    _, record_id, owner = scenario.rejected
    assert line(page, owner).startswith(
        "Cơ quan tổng hợp: có bản ghi cần xem: "
        f"Theo dõi phiên bản {said[record_id]['version']} "
        "(bị từ chối – nội dung không khớp mã kiểm tra"
    )
    assert line(page, scenario.stale_person) == (
        "Cơ quan tổng hợp: có bản ghi cần xem: "
        f"Nhân thân phiên bản {said[scenario.stale_person]['version']} "
        "(bản cũ – cơ quan tổng hợp đã có phiên bản mới hơn)"
    )


def test_a_change_after_the_ack_is_unsent_until_a_batch_carries_it(
    qtbot, page, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    import_through_screen(qtbot, station, nurse, scenario.ack, tmp_path, monkeypatch)
    again, once = quiet_people(scenario)
    for person_id in (again, once):
        details = people.get_person(station, nurse, person_id)
        people.update_person(station, nurse, replace(details, notes="gọi lại tuần sau"))
        assert line(page, person_id) == "Cơ quan tổng hợp: có thay đổi chưa gửi"
    # The period batch carries the person it carried before, not the one outside the period.
    export_batch(station, nurse, tmp_path / "usb", PASSPHRASE, period=PERIOD)
    assert line(page, again) == "Cơ quan tổng hợp: đã gửi, chưa có xác nhận"
    assert line(page, once) == "Cơ quan tổng hợp: có thay đổi chưa gửi"
    export_batch(station, nurse, tmp_path / "usb", PASSPHRASE)  # every change since the last
    assert line(page, once) == "Cơ quan tổng hợp: đã gửi, chưa có xác nhận"


def test_a_consolidating_office_shows_no_sync_line(scenario, tmp_path) -> None:
    with opened_copy(scenario.district, tmp_path / "district") as ctx:
        officer = login(ctx)
        assert sync_status.person_sync(ctx, officer, scenario.conflict_person) is None


def test_a_conflict_settled_at_the_office_reads_as_accepted(
    qtbot, page, station, nurse, scenario, tmp_path, monkeypatch, sync_tasks
) -> None:
    later = settled_ack(scenario, tmp_path)
    import_through_screen(qtbot, station, nurse, scenario.ack, tmp_path, monkeypatch)
    assert line(page, scenario.conflict_person).startswith("Cơ quan tổng hợp: có xung đột")
    import_through_screen(qtbot, station, nurse, later, tmp_path, monkeypatch)
    version = version_of(station, scenario.conflict_person)
    assert line(page, scenario.conflict_person).startswith(
        f"Cơ quan tổng hợp: đã nhận phiên bản {version} (xác nhận ngày"
    )

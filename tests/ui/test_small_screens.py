"""A 1366 × 768 laptop at 150 % scaling leaves a window about 911 × 442 pixels: every
screen still fits across (a short one scrolls down, never sideways), the Today lists and
chart stack rather than squeeze, button rows wrap, a long form scrolls with its buttons in
sight, the chart names months without overlap, and a date field shows its whole hint.
tools/screenshot_scaling.py takes the pictures of the same at 100, 125 and 150 %."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton, QWidget
from tests.conftest import Office, office
from tests.factories import a_person
from tests.office_fixtures import district, district_template, station

from canghien_desktop.domain.dates import BirthDate
from canghien_desktop.domain.person import LegalRepresentative
from canghien_desktop.services.station.people import register_person
from canghien_desktop.ui.charts import MonthChart
from canghien_desktop.ui.dialogs import unsaved_prompt
from canghien_desktop.ui.dialogs.person_dialog import PersonDialog
from canghien_desktop.ui.dialogs.unsaved_prompt import UnsavedChoice
from canghien_desktop.ui.main_window import MainWindow, ScreenArea
from canghien_desktop.ui.widgets.date_field import BirthDateField, DateField
from canghien_desktop.ui.widgets.flow_layout import FlowLayout
from canghien_desktop.ui.widgets.screen_fit import FormScroll

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name

AT_150 = (911, 442)  # 1366 × 768 at 150 %, less a taskbar and a title bar
AT_100 = (1366, 698)


@pytest.fixture(autouse=True)
def closing_never_blocks(monkeypatch) -> None:
    """The "unsaved typing" question is modal; closing test windows answers it at once."""
    monkeypatch.setattr(unsaved_prompt, "ask_unsaved", lambda parent: UnsavedChoice.DISCARD)


def _window(qtbot, office: Office, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(office.ctx, office.admin)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def _screens_wider_than_the_window(qtbot, window: MainWindow) -> list[str]:
    area = window.findChild(ScreenArea)
    wide = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(10)  # the layout settles
        if area.horizontalScrollBar().isVisible():
            needed = window.stack.currentWidget().minimumSizeHint().width()
            wide.append(f"{window.nav.item(row).text()}: {needed} > {area.viewport().width()}")
    return wide


def test_every_station_screen_fits_across_at_150_percent(qtbot, station, sync_tasks) -> None:
    window = _window(qtbot, station, AT_150)
    assert not _screens_wider_than_the_window(qtbot, window)
    window.show_person(window.people.model.summary(0).id)
    assert not window.findChild(ScreenArea).horizontalScrollBar().isVisible()


def test_every_office_screen_fits_across_at_150_percent(qtbot, district, sync_tasks) -> None:
    window = _window(qtbot, district, AT_150)
    assert not _screens_wider_than_the_window(qtbot, window)


def test_today_fits_whole_at_100_and_stacks_at_150_percent(qtbot, station, sync_tasks) -> None:
    window = _window(qtbot, station, AT_100)
    window.nav.setCurrentRow(window.stack.indexOf(window.today))
    qtbot.wait(10)
    today, area = window.today, window.findChild(ScreenArea)
    assert not area.verticalScrollBar().isVisible()  # nothing to scroll on a 100 % laptop
    assert _top(today.late_box, today) == _top(today.follow_up_box, today)  # side by side
    window.resize(*AT_150)
    qtbot.wait(10)
    assert _top(today.follow_up_box, today) > _bottom(today.police_box, today)  # under them
    assert _top(today.chart, today) > _bottom(today.counts, today)
    assert area.verticalScrollBar().isVisible()  # the screen scrolls; no list is a sliver
    table = today.soon_table
    assert table.height() >= table.horizontalHeader().height() + 2 * table.rowHeight(0)


def _top(widget: QWidget, screen: QWidget) -> int:
    return widget.mapTo(screen, QPoint(0, 0)).y()


def _bottom(widget: QWidget, screen: QWidget) -> int:
    return _top(widget, screen) + widget.height()


def test_a_row_of_buttons_wraps_when_narrow(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder)
    buttons = [QPushButton(f"Nút số {n}") for n in range(6)]
    for button in buttons:
        row.addWidget(button)
    holder.show()
    one_line = row.sizeHint().width()
    holder.resize(one_line, row.heightForWidth(one_line))
    qtbot.wait(10)
    assert len({b.y() for b in buttons}) == 1
    narrow = one_line // 2
    assert row.heightForWidth(narrow) > row.heightForWidth(one_line)
    holder.resize(narrow, row.heightForWidth(narrow))
    qtbot.wait(10)
    assert len({b.y() for b in buttons}) > 1
    assert all(holder.rect().contains(b.geometry()) for b in buttons)  # none cut
    margins = row.contentsMargins()
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest + margins.left() + margins.right()


def test_a_form_opens_whole_where_the_screen_has_room(qtbot, office, sync_tasks) -> None:
    dialog = PersonDialog(office.ctx, office.admin)
    qtbot.addWidget(dialog)
    dialog.form.birth.setText("05/09/2010")  # a minor, typed before it shows: a taller form
    dialog.show()
    qtbot.wait(10)
    assert dialog.form.rep_group.isVisible()
    assert not dialog.findChild(FormScroll).verticalScrollBar().isVisible()


def test_a_minor_on_the_list_opens_whole(qtbot, office, sync_tasks) -> None:
    minor = a_person(
        birth=BirthDate.of(date(2010, 9, 5)),
        id_number="",
        representative=LegalRepresentative("Nguyễn Văn Hùng", "Cha", "0912000111"),
    )
    person = register_person(office.ctx, office.admin, minor)
    dialog = PersonDialog(office.ctx, office.admin, person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    assert dialog.form.rep_group.isVisible()
    assert not dialog.findChild(FormScroll).verticalScrollBar().isVisible()


def test_a_long_form_scrolls_and_keeps_its_buttons_in_sight(qtbot, office, sync_tasks) -> None:
    dialog = PersonDialog(office.ctx, office.admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.birth.setText("05/09/2010")  # a minor: the representative's fields too
    dialog.resize(*AT_150)
    qtbot.wait(10)
    fields = dialog.findChild(FormScroll)
    assert fields.verticalScrollBar().isVisible()
    assert dialog.rect().contains(dialog.buttons.geometry())
    dialog.form.notes.setFocus()  # the last field: scrolled into sight
    qtbot.wait(10)
    notes = dialog.form.notes
    seen = QRect(notes.mapTo(fields.viewport(), notes.rect().topLeft()), notes.size())
    assert fields.viewport().rect().intersects(seen)


@pytest.mark.parametrize("width", [320, 480, 900])
def test_month_names_never_overlap(qtbot, width: int) -> None:
    chart = MonthChart(show_legend=False)
    qtbot.addWidget(chart)
    chart.resize(width, 220)
    months = [(f"2026-{m:02d}", {"DANG_CAI_NGHIEN": m}) for m in range(1, 13)]
    chart.set_data(months, {"DANG_CAI_NGHIEN": "Đang cai"})
    chart.grab()  # paints
    boxes = chart.label_boxes
    assert boxes and all(not a.intersects(b) for a, b in itertools.pairwise(boxes))
    assert boxes[-1].center().x() > chart._bars[-1][0].left()  # the latest month is named
    if width >= 900:
        assert len(boxes) == 12


def test_a_date_field_shows_its_whole_hint(qtbot) -> None:
    for field in (BirthDateField(), DateField()):
        qtbot.addWidget(field)
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() > hint + 12  # the frame and the text margins
        assert field.toolTip() == field.placeholderText()

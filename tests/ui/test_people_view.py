"""The main window shows the people list; the search box folds case, diacritics and đ."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from canghien_desktop.domain.text import fold
from canghien_desktop.services.station.people import PersonSummary, list_people
from canghien_desktop.ui.main_window import MainWindow
from canghien_desktop.ui.models.person_table_model import (
    PERSON_ROLE,
    Column,
    PersonFilterProxy,
    PersonTableModel,
)


def _window(qtbot, office, admin) -> MainWindow:
    window = MainWindow(office, admin)
    qtbot.addWidget(window)
    window.show()
    return window


def _names(proxy) -> list[str]:
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def test_window_shows_office_user_and_people(qtbot, office, admin, people) -> None:
    window = _window(qtbot, office, admin)
    view = window.people
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)  # loaded off-thread
    assert "Trạm Y tế xã Thử" in window.windowTitle()
    assert window.stack.currentWidget() is view
    assert window.nav.currentItem().text() == "Người cai nghiện"
    status = [w.text() for w in window.statusBar().findChildren(type(view.count_label))]
    assert "Người dùng: admin (Quản trị)" in status
    # The service's order (by tên first), which sorting by the name column keeps.
    assert _names(view.proxy) == [s.full_name for s in list_people(office, admin)]
    assert _names(view.proxy)[-1] == "Trần Thị Hoa"
    assert view.count_label.text() == "3 / 3 người"
    row = _names(view.proxy).index("Trần Thị Hoa")
    assert view.proxy.index(row, Column.SEX).data() == "Nữ"
    assert view.proxy.index(row, Column.BIRTH).data() == "1995"


def test_search_without_diacritics_keeps_only_duc(qtbot, office, admin, people, sync_tasks) -> None:
    window = _window(qtbot, office, admin)  # keep a reference: the view dies with it
    view = window.people
    qtbot.keyClicks(view.search, "nguyen van duc")
    assert _names(view.proxy) == ["Nguyễn Văn Đức"]
    assert view.count_label.text() == "1 / 3 người"


def test_search_with_diacritics_finds_duc(qtbot, office, admin, people, sync_tasks) -> None:
    window = _window(qtbot, office, admin)  # keep a reference: the view dies with it
    view = window.people
    view.search.setText("đức")  # QTest.keyClicks only types ASCII
    assert _names(view.proxy) == ["Nguyễn Văn Đức"]
    view.search.setText("ĐỨC")
    assert _names(view.proxy) == ["Nguyễn Văn Đức"]
    view.search.clear()
    assert view.proxy.rowCount() == 3


def test_every_area_is_a_real_screen(qtbot, office, admin, sync_tasks) -> None:
    window = _window(qtbot, office, admin)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Hôm nay",
        "Người cai nghiện",
        "Theo dõi đến hạn",
        "Hoạt động kế hoạch",
        "Báo cáo",
        "Lô dữ liệu",
        "Cài đặt",
    ]


@pytest.mark.qt_log_level_fail("WARNING")  # the tester reports each failure as a warning
def test_models_pass_qt_model_tester(qapp) -> None:
    model = PersonTableModel()
    proxy = PersonFilterProxy()
    proxy.setSourceModel(model)
    mode = QAbstractItemModelTester.FailureReportingMode.Warning
    testers = [QAbstractItemModelTester(m, mode) for m in (model, proxy)]
    summaries = _summaries(50)
    model.set_people(summaries)
    proxy.set_query("nguyen")
    proxy.sort(Column.BIRTH, Qt.SortOrder.DescendingOrder)
    proxy.set_query("")
    model.set_people(summaries[:10])
    assert proxy.index(0, 0).data(PERSON_ROLE) in summaries
    assert len(testers) == 2  # alive until here, checking every change above


def test_sorting_happens_in_the_model_and_survives_filter_and_reload(qapp) -> None:
    """Speed of filtering and sorting is measured in bench/ui.py; here only the order."""
    model = PersonTableModel()
    proxy = PersonFilterProxy()
    proxy.setSourceModel(model)
    model.set_people(_summaries(60))
    proxy.sort(Column.BIRTH, Qt.SortOrder.DescendingOrder)
    years = [proxy.index(r, Column.BIRTH).data()[-4:] for r in range(proxy.rowCount())]
    assert years == sorted(years, reverse=True)
    proxy.set_query("lan")
    shown = [proxy.index(r, Column.BIRTH).data()[-4:] for r in range(proxy.rowCount())]
    assert shown and shown == sorted(shown, reverse=True)
    assert all("Lan" in proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount()))
    model.set_people(list(reversed(_summaries(60))))  # a reload keeps the chosen order
    years = [model.index(r, Column.BIRTH).data()[-4:] for r in range(model.rowCount())]
    assert years == sorted(years, reverse=True)
    proxy.set_query("")
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, Column.NAME).data().split()[-1] for r in range(proxy.rowCount())]
    # by the summaries' sort key (folded tên first), grouped, not interleaved
    assert list(dict.fromkeys(names)) == ["Đức", "Dũng", "Hoa", "Lan", "Minh", "Tuấn"]


def _summaries(count: int) -> list[PersonSummary]:
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"]
    given = ["Đức", "Dũng", "Hoa", "Lan", "Minh", "Tuấn"]
    out = []
    for i in range(count):
        ho, ten = family[i % len(family)], given[i % len(given)]
        name = f"{ho} Văn {ten}"
        out.append(
            PersonSummary(
                id=f"p{i}",
                full_name=name,
                birth=f"{i % 28 + 1:02d}/01/{1960 + i % 40}",
                sex="nam" if i % 2 else "nu",
                id_number="",
                village=f"Thôn {i % 9}",
                state="DANG_CAI_NGHIEN" if i % 3 else "",
                search_key=fold(name),
                sort_key=(fold(ten), "van", fold(ho)),
            )
        )
    return out


def test_screens_follow_the_data_changed_signal(qtbot, office, admin, people, sync_tasks) -> None:
    """Someone saved a person elsewhere (a dialog, an import): the list, already read, reads
    again at the one app-wide signal; no screen is wired to another."""
    from tests.ui.conftest import person

    from canghien_desktop.services.station.people import register_person
    from canghien_desktop.ui.screens.loaded_screen import announce_change

    window = _window(qtbot, office, admin)
    assert window.people.model.rowCount() == 3
    register_person(office, admin, person("Võ", "Văn", "Tám"))
    assert window.people.model.rowCount() == 3  # nobody said anything yet
    announce_change()
    assert window.people.model.rowCount() == 4
    assert "Võ Văn Tám" in _names(window.people.proxy)
    # Hidden, it reads nothing at a change, and reads when it is shown again.
    window.nav.setCurrentRow(window.stack.indexOf(window.today))
    register_person(office, admin, person("Lý", "Văn", "Chín"))
    announce_change()
    assert window.people.model.rowCount() == 4
    window.nav.setCurrentRow(window.stack.indexOf(window.people))
    assert window.people.model.rowCount() == 5

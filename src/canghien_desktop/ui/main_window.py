"""The main window: menus, the navigation list and the screen stack. No business logic."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSize, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from shiboken6 import isValid

from canghien_desktop import __version__
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.message_box import Icon, show_message
from canghien_desktop.ui.screens.activities_view import ActivitiesView
from canghien_desktop.ui.screens.batches_view import BatchesView
from canghien_desktop.ui.screens.due_view import DueView
from canghien_desktop.ui.screens.loaded_screen import announce_change
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.screens.reports_view import ReportsView
from canghien_desktop.ui.screens.settings_view import SettingsView
from canghien_desktop.ui.screens.today_view import TodayView
from canghien_desktop.ui.shortcuts import LOCK, QUIT
from canghien_desktop.ui.widgets.screen_fit import FRAME
from canghien_desktop.ui.window_keys import WindowKeys
from canghien_desktop.ui.window_memory import remember_geometry

NAV_WIDTH = 190
FIRST_SIZE = (1280, 720)  # until the user sizes it: room on a 1366×768 screen with a taskbar


class MainWindow(QMainWindow):
    """A station's window (its people, follow-ups, batches) or, for a consolidating office,
    the office's (importing, held records, stations, the ledger, people across stations).
    Locking and switching user are the session's (``ui.session``): the window only asks."""

    lock_requested = Signal()
    switch_requested = Signal()
    password_change_requested = Signal()

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("{office} – Hồ sơ cai nghiện tự nguyện").format(office=ctx.info.name)
        )
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Các màn hình"))
        self.nav.setFixedWidth(NAV_WIDTH)
        # Roomy rows: the list is the main way around, often used with a touchpad.
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        self.consolidating = ctx.info.kind is OfficeKind.CONSOLIDATING
        if self.consolidating:
            first = self._add_office_screens(ctx, actor)
        else:
            first = self._add_station_screens(ctx, actor)
        self.keys = WindowKeys(
            self, self.nav, self.stack, None if self.consolidating else self.people
        )
        self._build_menus()
        self._build_status_bar(actor)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(ScreenArea(self.stack), 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(self.stack.indexOf(first))
        self.resize(first_size(self.screen().availableGeometry().size()))
        remember_geometry(self, "main")
        if not self.consolidating:
            self.people.search.setFocus()  # typing a name is the first thing most users do
            self.people.reload()

    def _add(self, screens: list[tuple[str, QWidget]]) -> None:
        for title, screen in screens:
            self.nav.addItem(title)
            self.stack.addWidget(screen)

    def _add_station_screens(self, ctx: OfficeContext, actor: Actor) -> QWidget:
        self.people = PeopleView(ctx, actor)
        self.today = TodayView(ctx, actor)
        self.due = DueView(ctx, actor)
        self.activities = ActivitiesView(ctx, actor)
        self.reports = ReportsView(ctx, actor)
        self.batches = BatchesView(ctx, actor)
        self.settings = SettingsView(ctx, actor)
        self._add(
            [
                (self.tr("Hôm nay"), self.today),
                (self.tr("Người cai nghiện"), self.people),
                (self.tr("Theo dõi đến hạn"), self.due),
                (self.tr("Hoạt động kế hoạch"), self.activities),
                (self.tr("Báo cáo"), self.reports),
                (self.tr("Lô dữ liệu"), self.batches),
                (self.tr("Cài đặt"), self.settings),
            ]
        )
        for screen in (self.today, self.due, self.batches):
            screen.open_person.connect(self.show_person)
        return self.people

    def _add_office_screens(self, ctx: OfficeContext, actor: Actor) -> QWidget:
        # Imported here: a station never loads the office's screens.
        from canghien_desktop.ui.screens.duplicates_view import DuplicatesView
        from canghien_desktop.ui.screens.held_view import HeldView
        from canghien_desktop.ui.screens.import_view import ImportView
        from canghien_desktop.ui.screens.ledger_view import LedgerView
        from canghien_desktop.ui.screens.office_acks_view import OfficeAcksView
        from canghien_desktop.ui.screens.stations_view import StationsView

        self.imports = ImportView(ctx, actor)
        self.held = HeldView(ctx, actor)
        self.stations = StationsView(ctx, actor)
        self.ledger = LedgerView(ctx, actor)
        self.duplicates = DuplicatesView(ctx, actor)
        self.activities = ActivitiesView(ctx, actor)
        self.reports = ReportsView(ctx, actor)
        self.acks = OfficeAcksView(ctx, actor)
        self.settings = SettingsView(ctx, actor)
        self._add(
            [
                (self.tr("Nhập lô"), self.imports),
                (self.tr("Bản ghi chờ xử lý"), self.held),
                (self.tr("Trạm"), self.stations),
                (self.tr("Sổ theo dõi lô"), self.ledger),
                (self.tr("Người trùng"), self.duplicates),
                (self.tr("Hoạt động kế hoạch"), self.activities),
                (self.tr("Báo cáo"), self.reports),
                (self.tr("Xác nhận gửi trạm"), self.acks),
                (self.tr("Cài đặt"), self.settings),
            ]
        )
        # What an import or a station's change does shows everywhere at once, without a
        # manual refresh: every screen follows the one "data changed" signal.
        self.imports.imported.connect(announce_change)
        self.stations.changed.connect(announce_change)
        self.setAcceptDrops(True)  # batches dropped on any screen go to the import screen
        return self.imports

    def _dropped_batches(self, mime: QMimeData) -> list[Path]:
        if not self.consolidating:  # a station's drops are its screens' own (acknowledgements)
            return []
        from canghien_desktop.ui.screens.import_sources import dropped_batch_paths

        return dropped_batch_paths(mime)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_batches(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_batches(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.show_import(paths)

    def show_import(self, paths: list[Path]) -> None:
        """Go to the import screen and check these batch files and folders there."""
        self.nav.setCurrentRow(self.stack.indexOf(self.imports))
        self.imports.add_paths(paths)

    def show_person(self, person_id: str) -> None:
        """Go to the people screen and open this person's page there; leaving the page (Esc)
        comes back here, to the row the person was opened from."""
        row, focus = self.nav.currentRow(), QApplication.focusWidget()

        def come_back() -> None:
            self.nav.setCurrentRow(row)
            if focus is not None and isValid(focus) and focus.isVisible():
                focus.setFocus()

        self.nav.setCurrentRow(self.stack.indexOf(self.people))
        self.people.open_person(person_id)
        if row != self.stack.indexOf(self.people):
            self.people.leave_to(come_back)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        if not self.consolidating:
            self.keys.add_new_person(file_menu)
        lock_action = QAction(self.tr("&Khóa màn hình"), self)
        lock_action.setShortcut(QKeySequence(LOCK))
        lock_action.triggered.connect(self.lock_requested)
        switch_action = QAction(self.tr("Đổi &người dùng…"), self)
        switch_action.triggered.connect(self.switch_requested)
        password_action = QAction(self.tr("Đổi &mật khẩu…"), self)
        password_action.triggered.connect(self.password_change_requested)
        file_menu.addAction(lock_action)
        file_menu.addAction(switch_action)
        file_menu.addAction(password_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Thoát"), self)
        # Ctrl+Q everywhere: Windows has no standard key for quitting, and the list of
        # shortcuts names one key.
        quit_action.setShortcut(QKeySequence(QUIT))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.keys.fill_screens_menu(self.menuBar().addMenu(self.tr("&Xem")))
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self.keys.add_help(help_menu)
        about_action = QAction(self.tr("&Giới thiệu"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self, actor: Actor) -> None:
        text = self.tr("Người dùng: {user} ({role})").format(
            user=actor.username, role=label(actor.role)
        )
        user = QLabel(text)
        user.setContentsMargins(0, 0, 8, 0)
        self.backup_label = QLabel()
        self.backup_label.setContentsMargins(0, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(user)

    def show_last_backup(self, at: datetime | None, failed: bool = False) -> None:
        """The date of the last good backup, so that nobody has to wonder."""
        when = at.astimezone().strftime("%d/%m/%Y %H:%M") if at else self.tr("chưa có")
        text = self.tr("Sao lưu gần nhất: {when}").format(when=when)
        if failed:
            text += " " + self.tr("(lần sao lưu hôm nay không thành công)")
        self.backup_label.setText(text)

    def _show_about(self) -> None:
        text = self.tr(
            "Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.\nPhiên bản {version}."
        ).format(version=__version__)
        show_message(self, text, title=self.tr("Giới thiệu"), icon=Icon.Information)


def first_size(available: QSize) -> QSize:
    """FIRST_SIZE, or the screen less a window's frame where the screen is smaller: a
    1366 × 768 laptop at 125 % or 150 % scaling has only 1093 × 614 or 911 × 512."""
    return QSize(*FIRST_SIZE).boundedTo(available - FRAME)


class ScreenArea(QScrollArea):
    """The screens in a frameless scroll area: at 150 % scaling on a small laptop a screen
    that cannot shrink further scrolls instead of being cut off by the window's edge, and
    only as far as the screen shown needs (not the largest of them)."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(_ShownScreen(stack))


class _ShownScreen(QWidget):
    """Holds the stack and answers for the screen shown. No layout on purpose: the scroll
    area would ask the stack's layout, which answers for its largest screen."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self._stack = stack
        stack.setParent(self)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)  # the scroll area then asks heightForWidth below
        self.setSizePolicy(policy)
        stack.currentChanged.connect(lambda _index: self.updateGeometry())

    def _shown(self) -> QWidget:
        return self._stack.currentWidget() or self._stack

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the screen shown changed its needs
            self.updateGeometry()
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._stack.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return self._shown().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self._shown().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        """The least height the screen shown needs at ``width`` (lines that wrap, panes
        that stack), so the area scrolls that far and no farther."""
        shown = self._shown()
        layout = shown.layout()
        if layout is None or not layout.hasHeightForWidth():
            return shown.minimumSizeHint().height()
        return layout.minimumHeightForWidth(width)

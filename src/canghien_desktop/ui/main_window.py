"""The main window: menus, the navigation list and the screen stack. No business logic."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from canghien_desktop import __version__
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.message_box import Icon, show_message
from canghien_desktop.ui.screens.batches_view import BatchesView
from canghien_desktop.ui.screens.due_view import DueView
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.screens.placeholder_view import PlaceholderView
from canghien_desktop.ui.screens.reports_view import ReportsView
from canghien_desktop.ui.screens.settings_view import SettingsView
from canghien_desktop.ui.screens.today_view import TodayView

NAV_WIDTH = 190


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: OfficeContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("{office} – Hồ sơ cai nghiện tự nguyện").format(office=ctx.info.name)
        )
        self.nav = QListWidget()
        self.nav.setFixedWidth(NAV_WIDTH)
        # Roomy rows: the list is the main way around, often used with a touchpad.
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        self.people = PeopleView(ctx, actor, lang)
        self._add_screens(ctx, actor, lang)
        self._build_menus()
        self._build_status_bar(actor, lang)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(self.stack.indexOf(self.people))
        self.people.search.setFocus()  # typing a name is the first thing most users do
        self.resize(1100, 680)
        self.people.reload()

    def _add_screens(self, ctx: OfficeContext, actor: Actor, lang: str) -> None:
        self.today = TodayView(ctx, actor, lang)
        self.due = DueView(ctx, actor, lang)
        self.reports = ReportsView(ctx, actor, lang)
        self.settings = SettingsView(ctx, actor, lang)
        screens: list[tuple[str, QWidget | None]] = [
            (self.tr("Hôm nay"), self.today),
            (self.tr("Người cai nghiện"), self.people),
            (self.tr("Theo dõi đến hạn"), self.due),
            (self.tr("Báo cáo"), self.reports),
            (self.tr("Lô dữ liệu"), BatchesView(ctx, actor, lang)),
            (self.tr("Cài đặt"), self.settings),
        ]
        for title, screen in screens:
            self.nav.addItem(title)
            self.stack.addWidget(screen or PlaceholderView(title))
        self.today.open_person.connect(self.show_person)
        self.due.open_person.connect(self.show_person)

    def show_person(self, person_id: str) -> None:
        """Go to the people screen and open this person's page there."""
        self.nav.setCurrentRow(self.stack.indexOf(self.people))
        self.people.open_person(person_id)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        quit_action = QAction(self.tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        about_action = QAction(self.tr("&Giới thiệu"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self, actor: Actor, lang: str) -> None:
        text = self.tr("Người dùng: {user} ({role})").format(
            user=actor.username, role=label(actor.role, lang)
        )
        user = QLabel(text)
        user.setContentsMargins(0, 0, 8, 0)
        self.statusBar().addPermanentWidget(user)

    def _show_about(self) -> None:
        text = self.tr(
            "Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.\nPhiên bản {version}."
        ).format(version=__version__)
        show_message(self, text, title=self.tr("Giới thiệu"), icon=Icon.Information)

"""Settings: the office, its accounts, the legal time limits in force and the days off."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.screens.settings_backup import BackupTab
from canghien_desktop.ui.screens.settings_due import ReportDueTab
from canghien_desktop.ui.screens.settings_office import OfficeTab
from canghien_desktop.ui.screens.settings_rules import HolidaysTab, RuleSetsTab
from canghien_desktop.ui.screens.settings_users import UsersTab
from canghien_desktop.ui.widgets import heading_label


class SettingsView(QWidget):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.office_tab = OfficeTab(ctx, actor)
        self.tabs.addTab(self.office_tab, self.tr("Đơn vị"))
        # Accounts are the one tab hidden rather than read-only: a list of colleagues'
        # user names is itself something only managers need to see.
        self.users_tab = UsersTab(ctx, actor) if actor.may(Operation.MANAGE_USERS) else None
        if self.users_tab is not None:
            self.tabs.addTab(self.users_tab, self.tr("Người dùng"))
        self.rules_tab = RuleSetsTab(ctx, actor)
        self.tabs.addTab(self.rules_tab, self.tr("Quy định thời hạn"))
        self.holidays_tab = HolidaysTab(ctx, actor)
        self.tabs.addTab(self.holidays_tab, self.tr("Ngày nghỉ, làm bù"))
        self.backup_tab = BackupTab(ctx, actor)
        self.tabs.addTab(self.backup_tab, self.tr("Sao lưu, bảo mật"))
        # Only a consolidating office waits for reports, so only it says when they are due.
        self.due_tab = (
            ReportDueTab(ctx, actor) if ctx.info.kind is OfficeKind.CONSOLIDATING else None
        )
        if self.due_tab is not None:
            self.tabs.addTab(self.due_tab, self.tr("Hạn nộp báo cáo"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Cài đặt")))
        layout.addWidget(self.tabs, 1)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # every tab at once: switching tabs then shows them ready
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        """Every tab reads again; each then follows changes itself (LoadedScreen)."""
        if self.users_tab is not None:
            self.users_tab.reload()
        self.rules_tab.reload()
        self.holidays_tab.reload()
        self.backup_tab.reload()
        if self.due_tab is not None:
            self.due_tab.reload()

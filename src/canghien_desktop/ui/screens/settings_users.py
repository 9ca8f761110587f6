"""Settings, accounts tab: who may log in, with which role, and adding an account."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services import auth
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.submission import accept_or_cancel, accept_when_done, show_refusal
from canghien_desktop.ui.models.row_table_model import SORT_ROLE
from canghien_desktop.ui.models.settings_models import UserColumn, UserTableModel
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label


class UsersTab(QWidget):
    def __init__(
        self, ctx: OfficeContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._lang = ctx, actor, lang
        self.model = UserTableModel(lang, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.set_widths(
            {UserColumn.USERNAME: 160, UserColumn.FULL_NAME: 240, UserColumn.ROLE: 160},
            UserColumn.ACTIVE,
        )
        self.add_button = QPushButton(self.tr("Thêm người dùng…"))
        self.add_button.clicked.connect(self.add_user)
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def reload(self) -> Task:
        ctx, actor = self._ctx, self._actor
        return (
            Task(lambda: auth.list_users(ctx, actor), parent=self)
            .on_success(self.model.set_users)
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._ctx, self._actor, self._lang, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error, self._lang))
        self.error.show()


class AddUserDialog(QDialog):
    def __init__(
        self, ctx: OfficeContext, actor: Actor, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._lang = ctx, actor, lang
        self.setWindowTitle(self.tr("Thêm người dùng"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        # Only an administrator may create another administrator (services.auth agrees).
        for role in Role:
            if role is not Role.ADMIN or actor.role is Role.ADMIN:
                self.role.addItem(label(role, lang), role)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        self.buttons, self.create_button = accept_or_cancel(
            self, self.tr("Tạo tài khoản"), self._submit
        )
        self._lay_out()
        self.setMinimumWidth(440)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.repeat)
        rules = QLabel(
            self.tr("Tên đăng nhập dùng chữ thường không dấu; mật khẩu ít nhất 8 ký tự.")
        )
        rules.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self._refused(DomainError("auth.mismatch", what=self.tr("mật khẩu")))
            return
        ctx, actor = self._ctx, self._actor
        username, full_name = self.username.text().strip(), self.full_name.text().strip()
        # Qt hands the enum back as its plain string value.
        role, password = Role(self.role.currentData()), self.password.text()
        accept_when_done(  # hashing takes a moment: the buttons wait, one click is one account
            self,
            self.buttons,
            lambda: auth.create_user(ctx, actor, username, full_name, role, password),
            self._refused,
        )

    def _refused(self, error: Exception) -> None:
        show_refusal(self.buttons, self.error, error, self._lang)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()

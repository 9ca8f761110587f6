"""Settings, accounts tab: who may log in, with which role; adding an account, resetting a
forgotten password, deactivating someone who left and unlocking a locked account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role, roles_for
from canghien_desktop.services import auth, user_admin
from canghien_desktop.services.auth import UserInfo
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.confirm_box import ask_to_confirm
from canghien_desktop.ui.dialogs.password_dialogs import NEW, PasswordDialog
from canghien_desktop.ui.dialogs.submission import accept_or_cancel, accept_when_done
from canghien_desktop.ui.models.row_table_model import ROW_ROLE, SORT_ROLE
from canghien_desktop.ui.models.settings_models import UserColumn, UserTableModel
from canghien_desktop.ui.screens.loaded_screen import LoadedScreen
from canghien_desktop.ui.screens.row_table_view import RowTableView
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, secret_field
from canghien_desktop.ui.widgets.form_errors import FormErrors


class UsersTab(LoadedScreen[list[UserInfo]]):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.model = UserTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(self.model)
        self.table = RowTableView(proxy)
        self.table.setAccessibleName(self.tr("Người dùng"))
        self.table.set_widths(
            {UserColumn.USERNAME: 160, UserColumn.FULL_NAME: 240, UserColumn.ROLE: 160},
            UserColumn.ACTIVE,
        )
        self.add_button = QPushButton(self.tr("Thêm người dùng…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button = QPushButton(self.tr("Đặt lại mật khẩu…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.deactivate_button = QPushButton(self.tr("Ngừng hoạt động…"))
        self.deactivate_button.clicked.connect(self.deactivate)
        self.unlock_button = QPushButton(self.tr("Mở khóa"))
        self.unlock_button.clicked.connect(self.unlock)
        self.error = error_label()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.deactivate_button):
            buttons.addWidget(button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def reading(self) -> Callable[[], list[UserInfo]]:
        ctx, actor = self._ctx, self._actor
        return lambda: auth.list_users(ctx, actor)

    def show_data(self, users: list[UserInfo]) -> None:
        self.model.set_users(users)

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self._ctx, self._actor, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def selected_user(self) -> UserInfo | None:
        index = self.table.currentIndex()
        user = index.data(ROW_ROLE) if index.isValid() else None
        return user if isinstance(user, UserInfo) else None

    def reset_password(self) -> PasswordDialog | None:
        user = self._chosen()
        if user is None:
            return None
        ctx, actor = self._ctx, self._actor
        dialog = PasswordDialog(
            self.tr("Đặt lại mật khẩu cho {user}").format(user=user.username),
            (),
            lambda v: user_admin.reset_password(ctx, actor, user.username, v[NEW]),
            self,
        )
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def deactivate(self) -> QMessageBox | None:
        user = self._chosen()
        if user is None:
            return None
        ctx, actor = self._ctx, self._actor
        return ask_to_confirm(
            self,
            self.tr("Ngừng hoạt động tài khoản {user}?").format(user=user.username),
            self.tr("Người này không đăng nhập được nữa; hồ sơ họ đã nhập vẫn giữ nguyên."),
            self.tr("Ngừng hoạt động"),
            lambda: self._run(lambda: user_admin.deactivate(ctx, actor, user.username)),
        )

    def unlock(self) -> Task[object] | None:
        user = self._chosen()
        if user is None:
            return None
        ctx, actor = self._ctx, self._actor
        return self._run(lambda: user_admin.unlock(ctx, actor, user.username))

    def _chosen(self) -> UserInfo | None:
        user = self.selected_user()
        if user is None:
            self.show_error(DomainError("user.choose_first"))
        return user

    def _run(self, work: Callable[[], object]) -> Task[object]:
        self.error.hide()
        return (
            Task(work, parent=self)
            .on_success(lambda _: self.reload())
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()


class AddUserDialog(QDialog):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.setWindowTitle(self.tr("Thêm người dùng"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        # Only the roles of this kind of office, and only an administrator may create another
        # administrator (services.auth agrees on both).
        for role in roles_for(ctx.info.kind.value):
            if role is not Role.ADMIN or actor.role is Role.ADMIN:
                self.role.addItem(label(role), role)
        self.password = secret_field()
        self.repeat = secret_field()
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
        self.errors = FormErrors(form, self.error)

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
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()  # unless the refusal is about another field, focused next
        fields = {"username": self.username, "full_name": self.full_name,
                  "role": self.role, "password": self.password}  # fmt: skip
        self.errors.show(error, render(error), fields)

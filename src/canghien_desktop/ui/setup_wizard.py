"""First run: create the office (station or consolidating office), its first administrator
and its signing passphrase. Creating takes about a second of hashing and key encryption, so
it runs on a worker thread while the wizard stays responsive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.services import accounts
from canghien_desktop.services.exchange import keys
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import NewOffice, checked_identity, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, secret_field
from canghien_desktop.ui.widgets.commune_picker import CommunePicker
from canghien_desktop.ui.widgets.screen_fit import room_on_screen


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


Problem = tuple[QWidget, DomainError]  # the field to fix, and what is wrong with it


class CheckedPage(QWizardPage):
    """A page that checks its own fields before Next and shows every problem at once, clears
    each one as soon as it is fixed, and keeps what was typed when the user goes Back."""

    def __init__(self) -> None:
        super().__init__()
        self.error = error_label()
        self._complaining = False

    # The hook each page defines (declared here, not defined): what is wrong with its
    # fields, first field first.
    problems: Callable[[], list[Problem]]

    def watch(self, *signals: SignalInstance) -> None:
        """Recheck on every change once a problem has been shown, so fixed ones go away."""
        for signal in signals:
            signal.connect(self._recheck)

    def validatePage(self) -> bool:
        found = self.problems()
        self._show(found)
        if found:
            found[0][0].setFocus()
        return not found

    def cleanupPage(self) -> None:
        """Going Back keeps the typing: QWizard would reset the fields to their first values."""

    def _recheck(self) -> None:
        if self._complaining:
            self._show(self.problems())

    def _show(self, found: list[Problem]) -> None:
        self._complaining = bool(found)
        self.error.setText("\n".join(render(error) for _, error in found))
        self.error.setVisible(bool(found))


def _checked(widget: QWidget, check: Callable[[], object]) -> list[Problem]:
    try:
        check()
    except DomainError as error:
        return [(widget, error)]
    return []


class OfficePage(CheckedPage):
    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self.setTitle(self.tr("Đơn vị sử dụng phần mềm"))
        self.setSubTitle(self.tr("Chọn loại đơn vị, xã của trạm, rồi nhập mã và tên đơn vị."))
        self.station = QRadioButton(self.tr("Trạm y tế xã, phường (nhập hồ sơ người cai nghiện)"))
        self.district = QRadioButton(self.tr("Đơn vị tổng hợp (nhận lô dữ liệu từ các trạm)"))
        self.station.setChecked(True)
        self.commune = CommunePicker()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("ví dụ TYT-29287"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ Trạm Y tế xã Bình Phú"))
        self.watch(self.code.textChanged, self.name.textChanged, self.commune.textChanged)
        self.registerField("district", self.district)
        self.registerField("code", self.code)
        self.registerField("name", self.name)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Xã, phường của trạm:"), self.commune)
        self.form.addRow(self.tr("Mã đơn vị:"), self.code)
        self.form.addRow(self.tr("Tên đơn vị:"), self.name)
        self._lay_out(paths)
        self.commune.chosen.connect(self._suggest_identity)
        self.district.toggled.connect(self._kind_changed)

    def _lay_out(self, paths: AppPaths) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.station)
        layout.addWidget(self.district)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        code_rule = self.tr(
            "Mã đơn vị gồm chữ in hoa không dấu, chữ số và gạch ngang, tối đa 20 ký tự."
        )
        layout.addWidget(_note(code_rule))
        layout.addStretch(1)
        where = self.tr("Dữ liệu được lưu tại: {path}").format(path=paths.data_dir)
        layout.addWidget(_note(where))

    def codes(self) -> tuple[str, str]:
        """The station's (province, commune); a consolidating office names none here."""
        return ("", "") if self.district.isChecked() else self.commune.codes()

    def _kind_changed(self, district: bool) -> None:
        self.form.setRowVisible(self.commune, not district)
        self._recheck()

    def _suggest_identity(self) -> None:
        """Fill the code and name from the commune when they are still empty; both stay
        editable (a station may have its own customary name)."""
        commune = self.commune.commune()
        if commune is None:
            return
        if not self.code.text().strip():
            self.code.setText(commune.station_code)
        if not self.name.text().strip():
            self.name.setText(commune.station_name)  # a proper name: Vietnamese in any language

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.district.isChecked() and self.commune.commune() is None:
            found.append((self.commune, ValidationError("commune_code", "places.not_chosen")))
        found += _checked(self.code, lambda: checked_identity(self.code.text(), "-"))
        found += _checked(self.name, lambda: checked_identity("TYT", self.name.text()))
        return found


class AdminPage(CheckedPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Tài khoản quản trị đầu tiên"))
        self.setSubTitle(self.tr("Người quản trị tạo tài khoản cho các cán bộ khác."))
        self.username = QLineEdit("admin")
        self.password = secret_field()
        self.repeat = secret_field()
        self.watch(self.username.textChanged, self.password.textChanged, self.repeat.textChanged)
        # Not mandatory ("*"): Qt counts a mandatory field as empty while it keeps its
        # initial value, so the pre-filled "admin" would block Next. validatePage checks it.
        self.registerField("admin", self.username)
        self.registerField("password", self.password)
        self.registerField("password_repeat", self.repeat)
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        rules = self.tr("Tên đăng nhập dùng chữ thường không dấu; mật khẩu ít nhất 8 ký tự.")
        layout.addWidget(_note(rules))
        layout.addWidget(self.error)
        layout.addStretch(1)

    def problems(self) -> list[Problem]:
        password = self.password.text()
        found = _checked(self.username, lambda: accounts.check_username(self.username.text()))
        found += _checked(self.password, lambda: accounts.check_new_credentials("admin", password))
        if password != self.repeat.text():
            found.append((self.repeat, DomainError("auth.mismatch", what=self.tr("mật khẩu"))))
        return found


class PassphrasePage(CheckedPage):
    """The last page: its Finish button creates the office on a worker thread."""

    def __init__(self) -> None:
        super().__init__()
        self.busy = False
        self.created = False
        self.setTitle(self.tr("Cụm mật khẩu ký"))
        self.setSubTitle(
            self.tr("Dùng để ký các lô dữ liệu gửi đi, chứng minh chúng do đơn vị này lập.")
        )
        self.passphrase = secret_field()
        self.repeat = secret_field()
        self.watch(self.passphrase.textChanged, self.repeat.textChanged)
        self.status = QLabel()
        self.registerField("passphrase", self.passphrase)
        self.registerField("passphrase_repeat", self.repeat)
        form = QFormLayout()
        form.addRow(self.tr("Cụm mật khẩu ký:"), self.passphrase)
        form.addRow(self.tr("Nhập lại:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        advice = self.tr(
            "Ít nhất 10 ký tự. Hãy ghi lại và cất giữ nơi an toàn: "
            "nếu quên, không ai khôi phục được."
        )
        layout.addWidget(_note(advice))
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()

    def problems(self) -> list[Problem]:
        found = _checked(self.passphrase, lambda: keys.check_passphrase(self.passphrase.text()))
        if self.passphrase.text() != self.repeat.text():
            mismatch = DomainError("auth.mismatch", what=self.tr("cụm mật khẩu ký"))
            found.append((self.repeat, mismatch))
        return found

    def validatePage(self) -> bool:
        """True only once the office exists; before that, checks and starts creating it."""
        if self.created:
            return True
        if not self.busy and super().validatePage():
            self._start()
        return False

    def _start(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        wizard.create_office()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.status.setText(self.tr("Đang khởi tạo đơn vị, xin chờ…") if busy else "")
        self.passphrase.setEnabled(not busy)
        self.repeat.setEnabled(not busy)
        self.completeChanged.emit()

    def show_error(self, error: DomainError) -> None:
        self.error.setText(render(error))
        self.error.show()


class SetupWizard(QWizard):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.created: NewOffice | None = None
        self.setWindowTitle(self.tr("Khởi tạo đơn vị"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._translate_buttons()
        self.office_page = OfficePage(paths)
        self.admin_page = AdminPage()
        self.passphrase_page = PassphrasePage()
        for page in (self.office_page, self.admin_page, self.passphrase_page):
            self.addPage(page)
        # Roomy, but never past the screen: at 150 % a laptop leaves about 900 × 470.
        self.setMinimumSize(QSize(640, 480).boundedTo(room_on_screen(self)))

    def _translate_buttons(self) -> None:
        # Qt ships no Vietnamese for its own buttons, so we name them ourselves.
        button = QWizard.WizardButton
        self.setButtonText(button.BackButton, self.tr("< Quay lại"))
        self.setButtonText(button.NextButton, self.tr("Tiếp >"))
        self.setButtonText(button.FinishButton, self.tr("Khởi tạo"))
        self.setButtonText(button.CancelButton, self.tr("Hủy"))

    def create_office(self) -> Task[NewOffice]:
        kind = OfficeKind.CONSOLIDATING if self.field("district") else OfficeKind.STATION
        args = (
            self._paths,
            kind,
            self.field("code"),
            self.field("name"),
            self.field("admin").strip(),
            self.field("password"),
            self.field("passphrase"),
        )
        province, commune = self.office_page.codes()
        self._set_busy(True)
        return (
            Task(
                lambda: init_office(*args, province_code=province, commune_code=commune),
                parent=self,
            )
            .on_success(self._created)
            .on_error(self._failed, catch=DomainError)
            .start()
        )

    def _created(self, created: NewOffice) -> None:
        self.created = created
        self.passphrase_page.created = True
        self._set_busy(False)
        self.accept()

    def _failed(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self._set_busy(False)
        self.passphrase_page.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase_page.set_busy(busy)
        # After completeChanged, which lets QWizard re-enable its buttons.
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def reject(self) -> None:
        if self.passphrase_page.busy:
            return  # the worker is still writing into the data folder: let it finish
        super().reject()

"""Trust another office from its card, only after the user confirmed, over the phone, that the
other office reads out the very same fingerprint.

- A station trusts its consolidating office: its card is ``<CODE>.pub`` and
  ``<CODE>.age.pub``. A swapped file on a stick or in a mail would otherwise let someone else
  read every batch.
- A consolidating office registers a station: its card is ``<CODE>.pub``, with the station's
  name and its commune, chosen from the 2025 list. A swapped file would let someone else's
  batches in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange import batches, trust
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.dialogs.submission import accept_when_done
from canghien_desktop.ui.file_dialogs import choose_files
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label, grow_to_fit
from canghien_desktop.ui.widgets.commune_picker import CommunePicker


def card_files(files: list[Path]) -> tuple[Path | None, Path | None]:
    """(signing key ``.pub``, encryption key ``.age.pub``) among the chosen files."""
    age = next((f for f in files if f.name.endswith(".age.pub")), None)
    pub = next((f for f in files if f.name.endswith(".pub") and f != age), None)
    return pub, age


class TrustDialog(QDialog):
    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        # At a consolidating office the card is a station's: no encryption key, a commune.
        self.registering_station = ctx.info.kind is OfficeKind.CONSOLIDATING
        self.files: list[Path] = []
        self.fingerprint = ""
        self.chosen = QLabel(self.tr("Chưa chọn tệp."))
        self.chosen.setWordWrap(True)
        self.browse_button = QPushButton(self.tr("Chọn tệp…"))
        self.browse_button.clicked.connect(self._browse)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.commune = CommunePicker(near=ctx.info.province_code)
        self.shown = QLabel("–")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.shown.setFont(font)
        self.confirm = QCheckBox()
        self.confirm.setEnabled(False)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.trust_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(self._update_button)
        self._set_texts()
        self._lay_out()
        self._update_button()
        self.setMinimumWidth(560)

    def _set_texts(self) -> None:
        if self.registering_station:
            self.setWindowTitle(self.tr("Đăng ký trạm"))
            self.name.setPlaceholderText(self.tr("ví dụ Trạm Y tế xã Bình Phú"))
            self.confirm.setText(self.tr("Trưởng trạm đã đọc qua điện thoại đúng dấu vân tay này"))
            self.trust_button.setText(self.tr("Đăng ký"))
            return
        self.setWindowTitle(self.tr("Tin cậy đơn vị tổng hợp"))
        self.name.setPlaceholderText(self.tr("ví dụ Sở Y tế tỉnh Vĩnh Long"))
        self.confirm.setText(self.tr("Đơn vị tổng hợp đã đọc qua điện thoại đúng dấu vân tay này"))
        self.trust_button.setText(self.tr("Tin cậy"))

    def _how(self) -> str:
        if self.registering_station:
            return self.tr(
                "Chọn tệp .pub trên thẻ đơn vị của trạm, nhập tên trạm và chọn xã, phường. Rồi gọi "
                "điện cho trưởng trạm, nhờ đọc dấu vân tay trên thẻ và so từng nhóm bốn ký tự. "
                "Chỉ đăng ký khi khớp hoàn toàn. Trạm đã có khóa mà gửi khóa mới (mất cụm mật "
                "khẩu, trưởng trạm mới): chỉ đăng ký sau khi gọi lại số điện thoại đã biết của "
                "trạm hoặc nhận công văn có chữ ký, đóng dấu ghi đúng dấu vân tay này."
            )
        return self.tr(
            "Chọn hai tệp của thẻ đơn vị (.pub và .age.pub). Rồi gọi điện cho đơn vị tổng "
            "hợp, nhờ họ đọc dấu vân tay trên thẻ của họ và so từng nhóm bốn ký tự. Chỉ tin "
            "cậy khi khớp hoàn toàn."
        )

    def _lay_out(self) -> None:
        files_row = QHBoxLayout()
        files_row.addWidget(self.chosen, 1)
        files_row.addWidget(self.browse_button)
        form = QFormLayout()
        if self.registering_station:
            form.addRow(self.tr("Thẻ của trạm:"), files_row)
            form.addRow(self.tr("Mã trạm:"), self.code)
            form.addRow(self.tr("Tên trạm:"), self.name)
            form.addRow(self.tr("Xã, phường:"), self.commune)
        else:
            form.addRow(self.tr("Thẻ đơn vị:"), files_row)
            form.addRow(self.tr("Mã đơn vị:"), self.code)
            form.addRow(self.tr("Tên đơn vị:"), self.name)
        form.addRow(self.tr("Dấu vân tay:"), self.shown)
        how = QLabel(self._how())
        how.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(how)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        chosen = choose_files(self, self.tr("Chọn tệp thẻ đơn vị"), self.tr("Thẻ đơn vị (*.pub)"))
        if chosen:
            self.set_files(chosen)

    def set_files(self, files: list[Path]) -> Task[tuple[str, str]] | None:
        """Show the chosen card's fingerprint; the confirmation starts over for a new card."""
        self.files, self.fingerprint = files, ""
        self.confirm.setChecked(False)
        self.shown.setText("–")
        self.error.hide()
        self.chosen.setText(", ".join(f.name for f in files))
        pub, age = card_files(files)
        if pub is None:
            self._say(self.tr("Hãy chọn tệp .pub trên thẻ đơn vị."))
            self._update_button()
            return None
        if age is None and not self.registering_station:
            self._say(self.tr("Hãy chọn cả hai tệp của thẻ đơn vị: tệp .pub và tệp .age.pub."))
            self._update_button()
            return None
        self.code.setText(pub.name.removesuffix(".pub"))
        return (
            Task(lambda: trust.inspect_card(pub), parent=self)
            .on_success(self._show_fingerprint)
            .on_error(self._refused, catch=DomainError)
            .start()
        )

    def _show_fingerprint(self, card: tuple[str, str]) -> None:
        self.fingerprint = card[1]
        self.shown.setText(self.fingerprint)
        self._update_button()
        grow_to_fit(self)  # the fingerprint is shown large

    def _update_button(self) -> None:
        self.confirm.setEnabled(bool(self.fingerprint))
        self.trust_button.setEnabled(bool(self.fingerprint) and self.confirm.isChecked())

    def _submit(self) -> None:
        if not self.trust_button.isEnabled():
            return
        ctx, actor, files = self._ctx, self._actor, list(self.files)
        code, name, expected = self.code.text().strip(), self.name.text().strip(), self.fingerprint
        try:
            commune = self.commune.chosen_code()  # a commune of the 2025 list, or none
        except DomainError as error:
            self._refused(error)
            return

        def work() -> trust.TrustedOffice:
            # The confirmed fingerprint goes along: were the file swapped since it was read,
            # the service refuses (trust.fingerprint_mismatch) instead of trusting the new one.
            return batches.trust_files(ctx, actor, files, code, name, expected, commune)

        accept_when_done(self, self.buttons, work, self._refused)

    def _refused(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.buttons.setEnabled(True)
        self._say(render(error))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self)  # the fields kept their height only if the dialog grows

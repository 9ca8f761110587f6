"""The keys part of the Batches screen: this office's fingerprint and card, the trusted
consolidating office, and the signing passphrase."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import keys, trust
from canghien_desktop.services.exchange.trust import TrustedOffice
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.office_card import write_office_card
from canghien_desktop.ui.dialogs.passphrase_dialog import PassphraseDialog
from canghien_desktop.ui.dialogs.rotate_key_dialog import RotateKeyDialog
from canghien_desktop.ui.dialogs.trust_dialog import TrustDialog
from canghien_desktop.ui.file_dialogs import choose_folder
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.theme import Tone, set_tone
from canghien_desktop.ui.widgets import error_label


@dataclass(frozen=True)
class KeysState:
    own_fingerprint: str
    district: TrustedOffice | None


def load_keys(ctx: OfficeContext) -> KeysState:
    own = keys.fingerprint(keys.read_key_line(ctx.keys.signing_public))
    try:
        district: TrustedOffice | None = trust.district(ctx)
    except DomainError:
        district = None
    return KeysState(own, district)


class KeysView(QGroupBox):
    trusted = Signal()  # a consolidating office was (re)trusted

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        if ctx.info.kind is OfficeKind.STATION:
            self.setTitle(self.tr("Khóa ký và đơn vị tin cậy"))
        else:
            self.setTitle(self.tr("Khóa ký của đơn vị"))
        self.own = self._fingerprint_label()
        self.district = QLabel()
        self.district.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Xuất thẻ đơn vị…"))
        self.trust_button = QPushButton(self.tr("Tin cậy đơn vị tổng hợp…"))
        self.passphrase_button = QPushButton(self.tr("Đổi cụm mật khẩu…"))
        self.rotate_button = QPushButton(self.tr("Đổi khóa ký…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self._apply_permissions()
        self._lay_out()
        self.card_button.clicked.connect(self.export_card)
        self.trust_button.clicked.connect(self.open_trust)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.rotate_button.clicked.connect(lambda: self.rotate_key())

    def _fingerprint_label(self) -> QLabel:
        shown = QLabel("–")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setBold(True)
        shown.setFont(font)
        # Selectable: people copy it into a message to the other office.
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return shown

    def _apply_permissions(self) -> None:
        # Trusting a consolidating office decides who can read every batch: the station
        # head who exports does it (the service enforces the same rule).
        may_trust = self._actor.may(Operation.EXPORT)
        self.trust_button.setEnabled(may_trust)
        if not may_trust:
            self.trust_button.setToolTip(
                self.tr("Chỉ trưởng trạm hoặc quản trị viên được tin cậy đơn vị khác.")
            )
        may_sign = may_trust or self._actor.may(Operation.EDIT_SETTINGS)
        self.passphrase_button.setEnabled(may_sign)
        self.rotate_button.setEnabled(self._actor.may(Operation.EDIT_SETTINGS))

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Dấu vân tay khóa ký của đơn vị này:")), 0, 0)
        grid.addWidget(self.own, 0, 1)
        grid.addWidget(self.card_button, 0, 2)
        # A consolidating office trusts no office above it: it registers stations instead.
        if self._ctx.info.kind is OfficeKind.STATION:
            grid.addWidget(QLabel(self.tr("Đơn vị tổng hợp được tin cậy:")), 1, 0)
            grid.addWidget(self.district, 1, 1)
            grid.addWidget(self.trust_button, 1, 2)
        grid.addWidget(self.passphrase_button, 2, 2)
        if self._ctx.info.kind is OfficeKind.STATION:  # an office's key is trusted by no one
            grid.addWidget(self.rotate_button, 3, 2)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

    def show_state(self, state: KeysState) -> None:
        self.own.setText(state.own_fingerprint)
        office = state.district
        if office is None:
            set_tone(self.district, Tone.ERROR)
            self.district.setText(self.tr("Chưa có: lô chưa mã hóa được cho ai."))
            return
        set_tone(self.district, None)
        self.district.setText(
            self.tr("{name} ({code}), dấu vân tay {fingerprint}").format(
                name=office.name or office.code, code=office.code, fingerprint=office.fingerprint
            )
        )

    def choose_folder(self) -> Path | None:
        """Where to save the card; None when the user cancels. Tests replace this."""
        return choose_folder(self, self.tr("Chọn nơi lưu thẻ đơn vị"))

    def export_card(self) -> Task[list[Path]] | None:
        folder = self.choose_folder()
        if folder is None:
            return None
        ctx, actor = self._ctx, self._actor
        self._clear_messages()
        return (
            Task(lambda: write_office_card(ctx, actor, folder), parent=self)
            .on_success(lambda paths: self._card_written(folder, paths))
            .on_error(self._show_error, catch=DomainError)
            .start()
        )

    def _card_written(self, folder: Path, paths: list[Path]) -> None:
        self.status.setText(
            self.tr("Đã lưu thẻ đơn vị vào {folder}: {files}. Gửi thẻ cho đơn vị kia.").format(
                folder=folder, files=", ".join(p.name for p in paths)
            )
        )

    def open_trust(self) -> TrustDialog:
        dialog = TrustDialog(self._ctx, self._actor, self)
        dialog.accepted.connect(self._trust_done)
        dialog.open()
        return dialog

    def _trust_done(self) -> None:
        self.status.setText(self.tr("Đã tin cậy đơn vị tổng hợp mới."))
        self.trusted.emit()

    def change_passphrase(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self._ctx, self._actor, self)
        dialog.accepted.connect(
            lambda: self.status.setText(self.tr("Đã đổi cụm mật khẩu ký. Hãy dùng cụm mới."))
        )
        dialog.open()
        return dialog

    def rotate_key(self, folder: Path | None = None) -> RotateKeyDialog | None:
        chosen = folder or choose_folder(self, self.tr("Chọn nơi lưu tệp gửi đơn vị tổng hợp"))
        if chosen is None:
            return None
        dialog = RotateKeyDialog(self._ctx, self._actor, chosen, self)
        dialog.accepted.connect(lambda: self._rotated(dialog))
        dialog.open()
        return dialog

    def _rotated(self, dialog: RotateKeyDialog) -> None:
        self.own.setText(dialog.new_fingerprint())
        self.status.setText(
            self.tr("Đã tạo khóa mới {fingerprint}. Gửi cho đơn vị tổng hợp: {files}.").format(
                fingerprint=dialog.new_fingerprint(),
                files=", ".join(p.name for p in dialog.written),
            )
        )

    def _clear_messages(self) -> None:
        self.status.setText("")
        self.error.hide()

    def _show_error(self, error: Exception) -> None:
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

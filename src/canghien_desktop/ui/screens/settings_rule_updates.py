"""The rules tab's exchange with the office (docs/rules.md): at the consolidating office, a
button that signs its corrections into a rule-set update for its stations; at a station,
where its rules come from and a button that imports the office's update."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.exchange import keys
from canghien_desktop.services.exchange.rule_updates import (
    SUFFIX,
    ImportedRules,
    PublishedRules,
    import_rules,
    publish_rules,
)
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.rules_source import ImportedUpdate
from canghien_desktop.ui.dialogs.passphrase_dialog import AskPassphraseDialog
from canghien_desktop.ui.file_dialogs import choose_file, choose_folder
from canghien_desktop.ui.tasks import Task
from canghien_desktop.ui.widgets import error_label


class RuleUpdateBar(QWidget):
    """Publishing (office) or importing (station) a signed rule-set update."""

    applied = Signal()  # the rules in force changed, or a serial was used up: read again

    def __init__(self, ctx: OfficeContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.at_station = ctx.info.kind is OfficeKind.STATION
        self.origin = QLabel()  # a station's: where its rules come from
        self.origin.setWordWrap(True)
        self.origin.setVisible(self.at_station)
        self.button = QPushButton(
            self.tr("Nhập cập nhật quy định từ văn phòng…")
            if self.at_station
            else self.tr("Xuất bản cập nhật quy định cho các trạm…")
        )
        needed = Operation.EXPORT if self.at_station else Operation.EDIT_SETTINGS
        self.button.setVisible(actor.may(needed))
        self.button.clicked.connect(self.import_file if self.at_station else self.ask_passphrase)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.error = error_label()
        self.dialog: AskPassphraseDialog | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.origin)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(row)

    def show_origin(self, update: ImportedUpdate | None) -> None:
        if update is None:
            self.origin.setText(
                self.tr(
                    "Trạm không tự sửa quy định: văn phòng gửi tệp cập nhật. Chưa nhận cập "
                    "nhật nào từ văn phòng."
                )
            )
            return
        self.origin.setText(
            self.tr(
                "Trạm không tự sửa quy định: cập nhật từ văn phòng {office} số {serial} "
                "ngày {date}."
            ).format(office=update.office, serial=update.serial, date=format_dmy(update.issued_on))
        )

    # --- at a station ---------------------------------------------------------------------

    def choose_update_file(self) -> Path | None:
        """The update file picked; None when the user cancels. Tests replace this."""
        return choose_file(
            self,
            self.tr("Chọn tệp cập nhật quy định của văn phòng"),
            self.tr("Tệp cập nhật quy định (*{suffix})").format(suffix=SUFFIX),
        )

    def import_file(self) -> Task[ImportedRules] | None:
        path = self.choose_update_file()
        if path is None:
            return None
        ctx, actor = self._ctx, self._actor
        self._start()
        return (
            Task(lambda: import_rules(ctx, actor, path), parent=self)
            .on_success(self._imported)
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _imported(self, imported: ImportedRules) -> None:
        self._done(
            self.tr("Đã áp dụng cập nhật quy định số {serial} ngày {date}: {n} thay đổi.").format(
                serial=imported.serial, date=format_dmy(imported.issued_on), n=len(imported.changes)
            )
        )

    # --- at the consolidating office ------------------------------------------------------

    def choose_out_folder(self) -> Path | None:
        """Where to write the update; None when the user cancels. Tests replace this."""
        return choose_folder(self, self.tr("Chọn thư mục lưu tệp cập nhật quy định"))

    def ask_passphrase(self) -> AskPassphraseDialog:
        """The passphrase is tried before anything is written: a typo is said in the dialog."""
        files = self._ctx.keys
        self.dialog = AskPassphraseDialog(
            lambda typed: keys.unlock_signing_key(files, typed),
            self.tr(
                "Tệp cập nhật quy định được ký bằng khóa của đơn vị: hãy nhập cụm mật khẩu ký."
            ),
            self,
        )
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.publish(dialog.passphrase()))
        dialog.open()
        return dialog

    def publish(self, passphrase: str) -> Task[PublishedRules] | None:
        folder = self.choose_out_folder()
        if folder is None:
            return None
        ctx, actor = self._ctx, self._actor
        self._start()
        return (
            Task(lambda: publish_rules(ctx, actor, folder, passphrase), parent=self)
            .on_success(self._published)
            .on_error(self.show_error, catch=DomainError)
            .start()
        )

    def _published(self, published: PublishedRules) -> None:
        self._done(
            self.tr("Đã ghi cập nhật quy định số {serial} vào {path}: hãy gửi tệp cho các trạm.")
            .format(serial=published.serial, path=str(published.path))
        )  # fmt: skip

    # --- both -----------------------------------------------------------------------------

    def _start(self) -> None:
        self.error.hide()
        self.status.hide()
        self.button.setEnabled(False)

    def _done(self, text: str) -> None:
        self.button.setEnabled(True)
        self.status.setText(text)
        self.status.show()
        self.applied.emit()

    def show_error(self, error: Exception) -> None:
        self.button.setEnabled(True)
        assert isinstance(error, DomainError)
        self.error.setText(render(error))
        self.error.show()

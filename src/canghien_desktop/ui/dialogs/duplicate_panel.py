"""Before a new person is saved: people already on the list who may be the same person, with
why they look alike, so the nurse opens the existing record instead of creating a twin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.domain.person import Person
from canghien_desktop.services.consolidation.duplicates import SimilarPerson
from canghien_desktop.services.labels import label
from canghien_desktop.ui.models.row_table_model import ROW_ROLE, ColumnSpec, RowTableModel
from canghien_desktop.ui.widgets import heading_label


class SimilarPeopleTableModel(RowTableModel[SimilarPerson]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def columns(self) -> list[ColumnSpec[SimilarPerson]]:
        return [
            ColumnSpec(self.tr("Họ và tên"), lambda s: s.full_name),
            ColumnSpec(self.tr("Ngày sinh"), lambda s: s.birth),
            ColumnSpec(self.tr("Số giấy tờ"), lambda s: s.id_number),
            ColumnSpec(self.tr("Thôn, tổ"), lambda s: s.village),
            ColumnSpec(self.tr("Giống"), lambda s: f"{round(s.score * 100)}%", align_right=True),
            ColumnSpec(self.tr("Vì sao"), self._reasons),
        ]

    def _reasons(self, similar: SimilarPerson) -> str:
        return ", ".join(label(reason) for reason in similar.reasons)


class DuplicatePanel(QWidget):
    """Shows the look-alikes; the user opens one of them, goes back, or registers anyway."""

    open_existing = Signal(str)  # person id
    register_anyway = Signal(str)  # the reason, for the audit log
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SimilarPeopleTableModel(self)
        self.table = self._build_table()
        self.open_button = QPushButton(self.tr("Mở hồ sơ đã có"))
        self.anyway_button = QPushButton(self.tr("Vẫn đăng ký người mới"))
        self.back_button = QPushButton(self.tr("Quay lại sửa"))
        self.typed = QLabel()  # who is being registered, to compare with the rows below
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Lý do vẫn đăng ký người mới (bắt buộc)"))
        self.reason.setAccessibleName(self.tr("Lý do vẫn đăng ký người mới"))
        self.reason.setMaxLength(200)
        self.reason.textChanged.connect(self._reason_changed)
        self.anyway_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        # Enter reaches the dialog, whose default button is ``open_button`` while this shows.
        self.table.doubleClicked.connect(self._open_selected)
        self.anyway_button.clicked.connect(lambda: self.register_anyway.emit(self.reason.text()))
        self.back_button.clicked.connect(self.back)
        self._lay_out()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.anyway_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading_label(self.tr("Có thể đã đăng ký")))
        layout.addWidget(self.note)
        layout.addWidget(self.typed)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_people(
        self, typed: Person, similar: list[SimilarPerson], same_number: str = ""
    ) -> None:
        """Show the look-alikes of ``typed``, best match selected, so Enter opens it.

        ``same_number`` is the refusal when one of them holds the same 12-digit number: that
        person is the one being registered, so "register anyway" is not offered."""
        self.note.setText(
            same_number
            or self.tr(
                "Những người dưới đây đã có trong danh sách và có thể là cùng một người. "
                "Hãy kiểm tra trước khi đăng ký mới."
            )
        )
        for widget in (self.reason, self.anyway_button):
            widget.setVisible(not same_number)
        self.reason.clear()
        facts = [typed.full_name, typed.birth.display(), typed.id_number, typed.residence.village]
        who = ", ".join(fact for fact in facts if fact)
        self.typed.setText(self.tr("Đang đăng ký: {who}").format(who=who))
        self.model.set_rows(similar)
        self.table.selectRow(0)
        self.open_button.setDefault(True)
        self.table.setFocus()

    def _reason_changed(self, text: str) -> None:
        self.anyway_button.setEnabled(bool(text.strip()))

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            similar: SimilarPerson = rows[0].data(ROW_ROLE)
            self.open_existing.emit(similar.person_id)

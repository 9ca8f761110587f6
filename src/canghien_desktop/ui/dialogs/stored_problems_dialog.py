"""After an upgrade: the records holding a value stored before entry was checked, each with
a button that opens its person's page to correct it (they stay out of batches till then)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.stored_text_check import StoredProblem


class StoredProblemsDialog(QDialog):
    def __init__(
        self,
        problems: list[StoredProblem],
        open_person: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hồ sơ cần sửa"))
        intro = QLabel(
            self.tr(
                "Các hồ sơ dưới đây có nội dung nhập từ phiên bản trước mà nay không được "
                "chấp nhận. Chúng chưa được gửi đi trong lô cho đến khi được sửa."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.open_buttons: list[QPushButton] = []
        for row, problem in enumerate(problems):
            said = self.tr("{kind}: {problem}").format(
                kind=label(problem.record_type), problem=render(problem.refusal)
            )
            what = QLabel(said)
            what.setWordWrap(True)
            grid.addWidget(what, row, 0)
            button = QPushButton(self.tr("Mở hồ sơ"))
            button.setEnabled(bool(problem.person_id))
            button.clicked.connect(lambda _=False, who=problem.person_id: open_person(who))
            grid.addWidget(button, row, 1)
            self.open_buttons.append(button)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(problems), 1)  # rows from the top, not centred in the space
        listing = QWidget()
        listing.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

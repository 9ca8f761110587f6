"""The two people of a possible duplicate side by side, field by field. A field that differs
(ignoring case and diacritics) is shown in bold, so the eye goes to what tells them apart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from canghien_desktop.domain.text import fold
from canghien_desktop.services.consolidation.person_links import (
    PersonBrief,
    ReviewPair,
    reason_words,
)
from canghien_desktop.services.labels import label
from canghien_desktop.ui.models.people_links_models import mask_id, percent
from canghien_desktop.ui.models.person_page_models import sentence_case


class PairCompare(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._fields: list[tuple[str, Callable[[PersonBrief, bool], str]]] = [
            (self.tr("Họ và tên"), lambda p, _: p.full_name),
            (self.tr("Ngày sinh"), lambda p, _: p.birth),
            (self.tr("Giới tính"), lambda p, _: label(p.sex)),
            (self.tr("Số giấy tờ"), lambda p, reveal: mask_id(p.id_number, reveal)),
            (self.tr("Trạm"), lambda p, _: f"{p.station_name} ({p.station})"),
            (self.tr("Mã xã"), lambda p, _: p.commune_code or "—"),
            (self.tr("Thôn/ấp"), lambda p, _: p.village or "—"),
        ]
        self.values: list[tuple[QLabel, QLabel]] = []
        self._lay_out()
        self.show_pair(None, False)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0, 1, 3)
        for column, text in ((1, self.tr("Hồ sơ thứ nhất")), (2, self.tr("Hồ sơ thứ hai"))):
            heading = QLabel(text)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 1, column)
        for row, (name, _) in enumerate(self._fields, start=2):
            grid.addWidget(QLabel(name), row, 0)
            pair = (QLabel(), QLabel())
            for column, value in enumerate(pair, start=1):
                grid.addWidget(value, row, column)
            self.values.append(pair)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def show_pair(self, pair: ReviewPair | None, reveal: bool) -> None:
        if pair is None:
            self.summary.setText(self.tr("Chọn một cặp trong danh sách để so sánh."))
        else:
            self.summary.setText(
                self.tr("<b>Điểm {score}</b>: {reasons}").format(
                    score=percent(pair.duplicate.score),
                    reasons=sentence_case(reason_words(pair.duplicate.reasons)),
                )
            )
        for (_, show), (first, second) in zip(self._fields, self.values, strict=True):
            people = (pair.first, pair.second) if pair else ()
            texts = [show(p, reveal) for p in people] or ["", ""]
            # Compared in full even while masked: two numbers may end in the same digits.
            full = [fold(show(p, True)) for p in people]
            differ = bool(full) and full[0] != full[1]
            for value, text in zip((first, second), texts, strict=True):
                value.setText(text)
                font = value.font()
                font.setBold(differ)
                value.setFont(font)

"""Receiving a person straight into post-rehab management (``domain.entries``): back from a
compulsory facility with its completion certificate, the commune then proposes (Mẫu 50) and
decides (Mẫu 51) their post-rehab management; or transferred in with the post-rehab decision
of the commune they left (Mẫu 53 and the decision), whose term carries on here.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from canghien_desktop.domain.entries import EntryRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.station.enrolments import receive_into_post_rehab
from canghien_desktop.ui.dialogs.action_dialog import capitalised
from canghien_desktop.ui.dialogs.record_form import RecordForm
from canghien_desktop.ui.widgets.date_field import DateField


class EntryDialog(RecordForm):
    """``action``: RECEIVE_AFTER_COMPULSORY or RECEIVE_TRANSFER."""

    def __init__(
        self,
        ctx: OfficeContext,
        actor: Actor,
        person_id: str,
        action: Action,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(capitalised(label(action)), self._work, parent)
        self._ctx, self._actor, self._person_id, self.action = ctx, actor, person_id, action
        self.date = DateField(ctx.today(), "on")
        self.number = QLineEdit()
        self.since = DateField(None, "since")
        self.term = QSpinBox()
        self.term.setRange(1, 60)
        self.term.setSuffix(self.tr(" tháng"))
        self.term.setValue(ctx.lifecycle.rules.for_date(ctx.today()).post_rehab_months)
        self.commune = QLineEdit()
        self.commune.setValidator(QRegularExpressionValidator(r"\d{0,5}"))
        self.commune.setPlaceholderText(self.tr("5 chữ số"))
        self._lay_out()

    @property
    def transfer(self) -> bool:
        return self.action is Action.RECEIVE_TRANSFER

    def _lay_out(self) -> None:
        self.form.addRow(self.tr("Ngày tiếp nhận:"), self.date)
        if self.transfer:
            self.form.addRow(self.tr("Mã xã chuyển đến từ:"), self.commune)
            self.form.addRow(self.tr("Số quyết định quản lý sau cai:"), self.number)
            self.form.addRow(self.tr("Ngày quyết định:"), self.since)
            self.form.addRow(self.tr("Thời hạn quản lý:"), self.term)
            hint = self.tr("Hồ sơ chuyển đến (Mẫu 53 và quyết định): thời hạn tính tiếp tại xã.")
        else:
            self.form.addRow(self.tr("Số giấy chứng nhận chấp hành xong:"), self.number)
            hint = self.tr(
                "Tiếp theo: đề nghị (Mẫu 50) và quyết định quản lý sau cai (Mẫu 51); "
                "2 năm với người từ đủ 18 tuổi."
            )
        note = QLabel(hint)
        note.setWordWrap(True)
        self.form.addRow("", note)
        self.finish_layout()
        if self.transfer:  # Tab in the order of the rows, not of the widgets' making
            order = (self.date, self.commune, self.number, self.since, self.term)
            for first, second in pairwise(order):
                QWidget.setTabOrder(first, second)
        (self.commune if self.transfer else self.number).setFocus()

    def _work(self) -> Callable[[], object]:
        request = EntryRequest(
            self.action,
            self.date.value(),
            self.number.text().strip(),
            since=self.since.value() if self.transfer else None,
            term_months=self.term.value() if self.transfer else None,
            transferred_from=self.commune.text().strip() if self.transfer else "",
        )
        ctx, actor, person_id = self._ctx, self._actor, self._person_id
        return lambda: receive_into_post_rehab(ctx, actor, person_id, request)

    def inputs(self) -> dict[str, QWidget | None]:
        number = "post_rehab_decision_number" if self.transfer else "certificate_number"
        return {
            "on": self.date,
            number: self.number,
            "since": self.since,
            "term_months": self.term,
            "transferred_from": self.commune,
            "birth_date": None,
        }

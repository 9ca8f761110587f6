"""One line on a person's page: their records' sync state as the consolidating office last
reported it (``sync_status.person_sync``), in red when it holds something to look at."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.services.exchange.sync_status import (
    HeldRecord,
    PersonSync,
    SyncState,
    office_reason,
)
from canghien_desktop.services.labels import label
from canghien_desktop.ui.theme import Tone, set_tone

SHOWN_HELD = 2  # records named on the line; the sync tab of the Batches screen lists all


class SyncLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_sync(self, sync: PersonSync | None) -> None:
        """None: nothing to say (a consolidating office sends nothing)."""
        self.setVisible(sync is not None)
        if sync is None:
            return
        self.setText(self.tr("Cơ quan tổng hợp: {state}").format(state=self.state_text(sync)))
        set_tone(self, Tone.ERROR if sync.state is SyncState.HELD else None, strong=True)

    def state_text(self, sync: PersonSync) -> str:
        if sync.state is SyncState.HELD:
            return self._held_text(sync.held)
        if sync.state is SyncState.ACCEPTED and sync.acknowledged_at is not None:
            return self.tr("đã nhận phiên bản {version} (xác nhận ngày {day})").format(
                version=sync.version, day=format_dmy(sync.acknowledged_at.astimezone().date())
            )
        if sync.state is SyncState.AWAITING:
            return self.tr("đã gửi, chưa có xác nhận")
        if sync.state is SyncState.CHANGED:
            return self.tr("có thay đổi chưa gửi")
        return self.tr("chưa gửi")

    def _held_text(self, held: tuple[HeldRecord, ...]) -> str:
        items = "; ".join(self._item(h) for h in held[:SHOWN_HELD])
        if len(held) > SHOWN_HELD:
            more = self.tr("và {n} bản ghi khác").format(n=len(held) - SHOWN_HELD)
            items = f"{items}; {more}"
        if any(h.outcome == "conflict" for h in held):
            return self.tr("có xung đột cần xem: {items}").format(items=items)
        return self.tr("có bản ghi cần xem: {items}").format(items=items)

    def _item(self, held: HeldRecord) -> str:
        return self.tr("{kind} phiên bản {version} ({outcome} – {reason})").format(
            kind=label(f"entity.{held.entity}"),
            version=held.version,
            outcome=label(f"outcome.{held.outcome}").lower(),
            reason=office_reason(held.outcome, held.reason),
        )

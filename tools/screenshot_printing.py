"""Screenshots of the print preview for docs/screenshots/print_preview*.png: a completion
certificate (Mẫu 26a), two copies by default, in a real window.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshot_printing.py \
        [--lang vi|en] [--out docs/screenshots]

The printers listed are sample names: a machine under Xvfb has none installed.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot import start_shots, workflow_enrolment
from screenshot_office import new_office

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, Stage
from canghien_desktop.services.station import forms
from canghien_desktop.ui.print_preview import PrintPreview, paper_printable

PRINTERS = ["Máy in phòng trạm (HP LaserJet)", "Máy in tầng 1"]


def completed_steps() -> tuple[ActionRequest, ...]:
    return (
        ActionRequest(Action.REGISTER, date(2026, 3, 3), number="04/SĐK-2026"),
        ActionRequest(Action.SUBMIT_APPRAISAL, date(2026, 3, 4)),
        ActionRequest(Action.ISSUE_DECISION, date(2026, 3, 5), number="09/QĐ-UBND", term_months=6),
        ActionRequest(Action.START, date(2026, 3, 6)),
        *(
            ActionRequest(Action.ADVANCE_STAGE, date(2026, 3, 9 + i), to_stage=stage)
            for i, stage in enumerate((Stage.B, Stage.C, Stage.E))
        ),
        ActionRequest(Action.COMPLETE, date(2026, 9, 9), number="05/GXN-2026"),
    )


def main() -> None:
    shots = start_shots()
    with tempfile.TemporaryDirectory() as tmp:
        ctx, actor = new_office(
            Path(tmp), OfficeKind.STATION, "TYT-PHUTHUONG", "Trạm Y tế xã Phú Thượng"
        )
        try:
            _, enrolment = workflow_enrolment(ctx, actor, 3, date(2026, 3, 2), *completed_steps())
            paper = forms.paper_for_enrolment(ctx, actor, "26a", enrolment.id or "")
            preview = PrintPreview(paper_printable(ctx, actor, paper), printers=PRINTERS)
            preview.show()
            from PySide6.QtTest import QTest

            QTest.qWait(400)  # the pages are drawn once the window shows
            name = shots.out / f"print_preview{shots.suffix}.png"
            preview.grab().save(str(name))
            print(name)
            preview.close()
        finally:
            ctx.close()


if __name__ == "__main__":
    main()

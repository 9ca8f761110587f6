"""Relapse at any stage (Law 120/2025) counts in the report: row 6.4 holds every relapse of
the period, 6.4.1 those during post-rehab management only (docs/rules.md)."""

from __future__ import annotations

from datetime import date, timedelta

from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, Stage, State
from canghien_desktop.services import auth
from canghien_desktop.services.reports.compute import build_report
from tests.conftest import Office, reopen
from tests.factories import stepped, walk_to

LATER = date(2027, 6, 1)  # a treatment decided under Law 120/2025 has ended by then


def test_a_relapse_after_completion_counts_in_6_4_not_in_6_4_1(office: Office) -> None:
    ctx = reopen(office.paths, today=LATER)
    try:
        actor = auth.login(ctx, "admin", "password123")
        appraised = walk_to(ctx, actor, State.DANG_THAM_DINH, assessed_on=date(2026, 7, 6))
        decided_on = date(2026, 7, 20)
        short = "Quyết định ghi thời hạn 6 tháng"  # a term below the rule set's, with its reason
        decided = stepped(
            ctx,
            actor,
            appraised,
            ActionRequest(Action.ISSUE_DECISION, decided_on, "12/QĐ", term_months=6, notes=short),
            ActionRequest(Action.START, decided_on + timedelta(days=1)),
        )
        stages = [
            ActionRequest(Action.ADVANCE_STAGE, decided_on + timedelta(days=5 + i), to_stage=s)
            for i, s in enumerate((Stage.B, Stage.C, Stage.E))
        ]
        assert decided.planned_end_on is not None
        end = ActionRequest(Action.COMPLETE, decided.planned_end_on + timedelta(days=3), "05/GXN")
        done = stepped(ctx, actor, decided, *stages, end)
        assert done.completed_on is not None
        relapse_on = done.completed_on + timedelta(days=20)
        after = stepped(ctx, actor, done, ActionRequest(Action.RECORD_RELAPSE_AFTER, relapse_on))
        assert after.state is State.TAI_NGHIEN_SAU_CAI
        report = build_report(ctx, actor, str(relapse_on.year))
        assert report.value("relapsed") == 1
        assert report.value("relapsed_post_rehab") == 0
    finally:
        ctx.close()

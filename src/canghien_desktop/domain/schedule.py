"""How often a station sees and tests people. The law asks for regular and unannounced
testing in post-rehab (ND116 Art 79(2)(c)) but sets no interval: these are station practice,
editable in the settings, not legal constants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from canghien_desktop.domain.lifecycle_table import State


@dataclass(frozen=True)
class FollowUpSchedule:
    visit_days_in_treatment: int = 14
    test_days_in_treatment: int = 30
    visit_days_post_rehab: int = 30
    test_days_post_rehab: int = 90

    def intervals(self, state: State) -> dict[str, int]:
        """Days between visits and between drug tests in ``state`` (empty: none due)."""
        if state is State.DANG_CAI_NGHIEN:
            return {"visit": self.visit_days_in_treatment, "test": self.test_days_in_treatment}
        if state is State.QUAN_LY_SAU_CAI:
            return {"visit": self.visit_days_post_rehab, "test": self.test_days_post_rehab}
        return {}


def next_due(last: date | None, since: date, every_days: int) -> date:
    """The next follow-up is due ``every_days`` after the last one (or after ``since``)."""
    return (last or since) + timedelta(days=every_days)

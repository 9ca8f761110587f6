"""docs/input-rules.md says how long each field may be: it must say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.storage.text_rules import text_columns

DOC = Path(__file__).resolve().parents[2] / "docs" / "input-rules.md"
RECORDS = {"person": "persons", "assessment": "assessments", "enrolment": "enrolments",
           "enrolment event": "events", "follow-up": "follow_ups",
           "outreach session": "outreach_sessions", "training": "trainings",
           "counselling point": "counselling_points", "group session": "group_sessions",
           "organisation": "organisations"}  # fmt: skip


def test_every_length_in_the_doc_is_the_column_s() -> None:
    lengths = {t.code: {k: m for k, m, _, _ in text_columns(t.row)} for t in RECORD_TYPES}
    rows = re.findall(r"^\| ([a-z -]+) \| (.+?) \| ([\d,]+)", DOC.read_text("utf-8"), re.M)
    checked = 0
    for record, fields, most in rows:
        if record not in RECORDS:
            continue
        for field in re.findall(r"`(\w+)`", fields):
            assert lengths[RECORDS[record]][field] == int(most.replace(",", "")), field
            checked += 1
    assert checked >= 30

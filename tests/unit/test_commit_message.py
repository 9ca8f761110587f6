"""The commit-msg hook's rule (CONTRIBUTING.md): a short subject, a blank line, the why."""

from __future__ import annotations

import runpy
from pathlib import Path

HOOK = runpy.run_path(str(Path(__file__).resolve().parents[2] / "tools/check_commit_message.py"))
problems = HOOK["problems"]


def test_a_short_subject_with_a_body_passes() -> None:
    assert problems("Read records at newlines only\n\nA note with U+2028 split a record.\n") == []


def test_a_long_subject_a_missing_blank_and_no_body_are_each_said() -> None:
    assert problems("x" * 73 + "\n\nwhy") == ["the subject is 73 characters; keep it to 72"]
    assert problems("Subject\nno blank line\n") == [
        "leave a blank line between the subject and the body"
    ]
    assert problems("Subject only\n# a comment git adds\n") == [
        "add a body that says why the change is made"
    ]
    assert problems("\n\nbody") == ["the subject line is empty"]

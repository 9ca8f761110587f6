"""The commit-msg hook (.pre-commit-config.yaml): a subject of at most 72 characters, then
a blank line and a body that says why (CONTRIBUTING.md).

    .venv/bin/python tools/check_commit_message.py .git/COMMIT_EDITMSG
"""

from __future__ import annotations

import sys
from pathlib import Path

MAX_SUBJECT = 72


def problems(message: str) -> list[str]:
    lines = [line for line in message.splitlines() if not line.startswith("#")]
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or not lines[0].strip():
        return ["the subject line is empty"]
    found = []
    if len(lines[0]) > MAX_SUBJECT:
        found.append(f"the subject is {len(lines[0])} characters; keep it to {MAX_SUBJECT}")
    if len(lines) > 1 and lines[1].strip():
        found.append("leave a blank line between the subject and the body")
    has_body = any(line.strip() for line in lines[1:])
    if not has_body and not lines[0].startswith(("Merge ", "Revert ")):
        found.append("add a body that says why the change is made")
    return found


def main(argv: list[str]) -> int:
    found = problems(Path(argv[1]).read_text("utf-8"))
    for problem in found:
        print(f"commit message: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

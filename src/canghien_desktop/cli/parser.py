"""The command line's parser: a wrong command line is one line on stderr, in the user's
language, naming the help to read, and exit status 2 (docs/input-rules.md).

argparse writes its usage and an English message; the office reads Vietnamese, and a
script reading stderr expects one line.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

from canghien_desktop.services.i18n import language, translate

# argparse's own messages (Python 3.11–3.13), as Vietnamese patterns. argparse speaks
# English, not our catalogue's Vietnamese source, so its words are matched here, as Qt's
# own strings come from Qt's qtbase translations rather than from our catalogue.
_VIETNAMESE = (
    (r"the following arguments are required: (.+)", r"thiếu tham số bắt buộc \1"),
    (r"unrecognized arguments: (.+)", r"không hiểu tham số \1"),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)",
     r"tham số \1 không nhận \2 (chọn một trong \3)"),
    (r"argument (.+?): expected one argument", r"tham số \1 cần một giá trị"),
    (r"argument (.+?): invalid (\w+) value: (.+)", r"tham số \1: \3 không phải giá trị \2 hợp lệ"),
    (r"argument (.+?): not allowed with argument (.+)", r"tham số \1 không dùng cùng \2"),
    (r"one of the arguments (.+) is required", r"cần một trong các tham số \1"),
)  # fmt: skip


def translated(message: str) -> str:
    """argparse's ``message`` in the current language (as it is when there is no pattern)."""
    if language() != "vi":
        return message
    for pattern, replacement in _VIETNAMESE:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        help_hint = translate("cli", "xem “{prog} --help”").format(prog=self.prog)
        print(f"{self.prog}: {translated(message)}: {help_hint}.", file=sys.stderr)
        sys.exit(2)

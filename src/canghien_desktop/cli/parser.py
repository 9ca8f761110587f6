"""The command line's parser: a wrong command line is one line on stderr, in the user's
language, naming the help to read, and exit status 2 (docs/input-rules.md).

argparse writes its usage before its message; a script reading stderr expects one line.
Its words themselves (usage, help headings, messages) come from the catalogue
(cli/argparse_texts.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from canghien_desktop.cli.argparse_texts import speak_argparse
from canghien_desktop.services.i18n import translate


class OneLineParser(argparse.ArgumentParser):
    # Any: the keyword arguments are argparse.ArgumentParser's own, passed on unchanged.
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        speak_argparse()  # before argparse words "-h" and the help's headings
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        help_hint = translate("cli", "xem “{prog} --help”").format(prog=self.prog)
        print(f"{self.prog}: {message}: {help_hint}.", file=sys.stderr)
        sys.exit(2)

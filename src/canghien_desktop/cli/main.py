"""Entry point of ``canghien``. Exit 0 success, 1 refused or failed (one line on stderr in
the user's language), 2 a wrong command line. No traceback for an expected failure."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from canghien_desktop import __version__
from canghien_desktop.cli import commands
from canghien_desktop.cli.argparse_texts import gettext
from canghien_desktop.cli.parser import OneLineParser
from canghien_desktop.cli.verbs import all_verbs
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.services.paths import resolve_data_dir
from canghien_desktop.services.private_temp import owner_only_files, use_private_temp
from canghien_desktop.services.safe_log import private_log_handler

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="canghien",
        description=commands.tr("Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng."),
    )
    # Python 3.11 and 3.12 leave --version's help untranslated unless it is given.
    parser.add_argument(
        "--version",
        action="version",
        version=f"canghien {__version__}",
        help=gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=commands.tr("THƯ_MỤC"),
        help=commands.tr("thư mục dữ liệu (mặc định: CANGHIEN_DATA_DIR, hoặc của người dùng)"),
    )
    parser.add_argument(
        "--user",
        metavar=commands.tr("TÊN"),
        help=commands.tr("tên đăng nhập (mặc định: CANGHIEN_USER)"),
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar=commands.tr("LỆNH"))
    for spec in all_verbs():
        sub = verbs.add_parser(spec.name, help=spec.help)
        spec.configure(sub)
        sub.set_defaults(handler=spec.run)
    return parser


CLI_LOG = "canghien-cli.log"


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen Windows build starts the import's reading process from this executable.
    multiprocessing.freeze_support()
    owner_only_files()
    utf8_streams()
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        _private_scratch(args)
        return handler(args)
    except DomainError as error:
        print(commands.render(error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(commands.tr("Đã hủy."), file=sys.stderr)
        return 1
    except OSError as error:
        print(commands.render(os_failure(error)), file=sys.stderr)
        return 1
    except Exception as error:  # a bug: one line for the user, the traceback in the log
        log = _log_crash(args)
        print(
            commands.render(
                DomainError("internal.error", detail=type(error).__name__, log=str(log))
            ),
            file=sys.stderr,
        )
        return 1


def utf8_streams() -> None:
    """UTF-8 out, whatever the console's code page: a Windows console or pipe is cp1252 or
    cp1258, which cannot write "Đã" and would crash a piped `canghien` mid-way."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _private_scratch(args: argparse.Namespace) -> None:
    """Temporary files of this run go to the office's own folder (services.private_temp),
    and what the services log (codes and counts, never personal data) to its log folder."""
    paths = resolve_data_dir(args.data_dir)
    if paths.office_exists():
        use_private_temp(paths)
        root = logging.getLogger("canghien_desktop")
        root.addHandler(private_log_handler(paths.log_dir / CLI_LOG))
        root.setLevel(logging.INFO)


def _log_crash(args: argparse.Namespace) -> Path:
    """The traceback without any exception's message: it could hold personal data."""
    log = resolve_data_dir(args.data_dir).log_dir / "canghien-cli-errors.log"
    try:
        handler = private_log_handler(log)
        error = sys.exc_info()[1]
        assert error is not None
        exc_info = (type(error), error, error.__traceback__)
        record = logging.LogRecord("canghien", logging.ERROR, "", 0, "Unexpected", None, exc_info)
        handler.emit(record)
        handler.close()
        return log
    except OSError:
        return Path("-")


if __name__ == "__main__":
    sys.exit(main())

"""``canghien-desktop`` and ``python -m canghien_desktop``: parse options, start the app."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence

from canghien_desktop import __version__
from canghien_desktop.cli.argparse_texts import gettext
from canghien_desktop.cli.parser import OneLineParser
from canghien_desktop.services.i18n import (
    LANGUAGES,
    language_from_environment,
    set_language,
    translate,
)


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    """The options, read in ``CANGHIEN_LANG``'s language (``--lang`` is not known yet):
    argparse's own words and ours from the catalogue, as for ``canghien``."""
    parser = OneLineParser(
        prog="canghien-desktop",
        description=translate("cli", "Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=__version__,
        help=gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("cli", "THƯ_MỤC"),
        help=translate("cli", "thư mục dữ liệu (mặc định: CANGHIEN_DATA_DIR, hoặc của người dùng)"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=language_from_environment(),
        help=translate("cli", "ngôn ngữ giao diện (mặc định: CANGHIEN_LANG, hoặc vi)"),
    )
    # Unknown options (e.g. Qt's -platform, -style) are passed on to QApplication.
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen Windows build starts the import's reading process from this executable.
    multiprocessing.freeze_support()
    args, qt_args = parse_args(argv)
    set_language(args.lang)  # the one place the GUI's language is chosen
    from canghien_desktop import app  # Qt is imported only once the options are valid

    return app.main(args.data_dir, qt_args)


if __name__ == "__main__":
    sys.exit(main())

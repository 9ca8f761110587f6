"""``canghien-desktop`` and ``python -m canghien_desktop``: parse options, start the app."""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence

from canghien_desktop import __version__
from canghien_desktop.services.i18n import LANGUAGES, language_from_environment, set_language


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="canghien-desktop",
        description="Hồ sơ cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--data-dir", help="data folder (default: CANGHIEN_DATA_DIR, else per-user)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=language_from_environment(),
        help="interface language (default: CANGHIEN_LANG, else vi)",
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

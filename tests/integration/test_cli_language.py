"""``canghien --help`` and a wrong command line speak one language: argparse's own words
come from the catalogue with ours (cli/argparse_texts.py), not in English amid Vietnamese."""

from __future__ import annotations

import re

import pytest

from canghien_desktop.cli.argparse_texts import TEXTS
from tests.integration.test_cli import run

# argparse's English, as it would show: each msgid's words between its placeholders.
ENGLISH = sorted(
    {
        part.strip()
        for msgid in TEXTS
        for part in re.split(r"%\(\w+\)[sr]|%[sr]", msgid)
        if len(part.strip()) > 4
    }
)


@pytest.mark.parametrize("args", [["--help"], ["report", "--help"]])
def test_help_has_no_english_argparse_words(args: list[str]) -> None:
    helped = run(*args)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("cách dùng: canghien")
    assert "tùy chọn:" in helped.stdout and "in hướng dẫn này rồi thoát" in helped.stdout
    assert [word for word in ENGLISH if word in helped.stdout] == []


def test_help_is_english_in_english() -> None:
    helped = run("--help", env={"CANGHIEN_LANG": "en"})
    assert helped.stdout.startswith("usage: canghien")
    for words in (
        "positional arguments:",
        "options:",
        "show this help message and exit",
        "show program's version number and exit",
        "data folder (default:",
    ):
        assert words in helped.stdout  # fmt: skip
    assert "cách dùng" not in helped.stdout and "tùy chọn" not in helped.stdout


def test_a_missing_argument_is_one_vietnamese_line() -> None:
    done = run("report")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert line.startswith("canghien report: thiếu tham số bắt buộc --period"), line
    assert line.endswith("xem “canghien report --help”.")
    assert [word for word in ENGLISH if word in line] == []


def test_a_missing_argument_in_english() -> None:
    done = run("report", env={"CANGHIEN_LANG": "en"})
    line = done.stderr.strip()
    assert done.returncode == 2 and "\n" not in line
    assert line.startswith("canghien report: the following arguments are required: --period")

"""argparse's own words (its usage, its help headings, its errors), in the catalogue like the
rest of the command line (docs/ARCHITECTURE.md, "One catalogue").

argparse passes each of them through the module-level ``_`` and ``ngettext`` it imports from
gettext; ``speak_argparse`` points those at ``gettext`` and ``ngettext`` here. ``TEXTS`` maps
argparse's msgid (English) to our Vietnamese; tools/update_translations.py files each entry
under the context "argparse" with the msgid as its disambiguation and as its English
translation, so ``translate`` gives the Vietnamese or the msgid, as the user's language asks.
The keys are the msgids of Python 3.11 to 3.13 (tests/unit/test_argparse_texts.py reads them
from the running Python's argparse). A message argparse invokes as an argument's message is
joined as "tham số X <message>", so those are written as predicates ("cần một giá trị").
"""

from __future__ import annotations

import argparse

from canghien_desktop.services.i18n import translate

TEXTS = {
    # usage and --help
    "usage: ": "cách dùng: ",
    "options": "tùy chọn",
    "positional arguments": "tham số vị trí",
    "subcommands": "lệnh con",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (mặc định: %(default)s)",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    # a wrong command line
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: cảnh báo: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không hiểu tham số %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s mơ hồ, có thể là %(matches)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không nhận %(value)r (chọn một trong %(choices)s)",
    "invalid %(type)s value: %(value)r": "không nhận %(value)r (không phải giá trị %(type)s)",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "ignored explicit argument %r": "không nhận giá trị đi kèm %r",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (chọn một trong %(choices)s)",
    "argument '%(argument_name)s' is deprecated": "tham số '%(argument_name)s' sắp bị bỏ",
    "option '%(option)s' is deprecated": "tùy chọn '%(option)s' sắp bị bỏ",
    "command '%(parser_name)s' is deprecated": "lệnh '%(parser_name)s' sắp bị bỏ",
    # mistakes in a parser's definition (a bug of ours, in the crash log's words)
    "unexpected option string: %s": "chuỗi tùy chọn không đúng chỗ: %s",
    'argument "-" with mode %r': 'tham số "-" với chế độ %r',
    "'required' is an invalid argument for positionals":
        "'required' không dùng được cho tham số vị trí",
    "dest= is required for options like %r": "cần dest= cho tùy chọn như %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "chuỗi tùy chọn %(option)r sai: phải bắt đầu bằng một ký tự trong %(prefix_chars)r",
    "invalid conflict_resolution value: %r": "giá trị conflict_resolution sai: %r",
    "conflicting option string: %s": "chuỗi tùy chọn trùng: %s",
    "conflicting option strings: %s": "các chuỗi tùy chọn trùng: %s",
    "mutually exclusive arguments must be optional": "tham số loại trừ nhau phải là tùy chọn",
    "cannot have multiple subparser arguments": "không thể có nhiều nhóm lệnh con",
    "cannot merge actions - two groups are named %r": "không gộp được: hai nhóm cùng tên %r",
    "conflicting subparser: %s": "lệnh con trùng: %s",
    "conflicting subparser alias: %s": "tên khác của lệnh con trùng: %s",
    "%r is not callable": "%r không gọi được",
    ".__call__() not defined": ".__call__() chưa được định nghĩa",
}  # fmt: skip


def gettext(msgid: str) -> str:
    """``msgid`` in the user's language; a msgid of a later Python stays as argparse has it."""
    vietnamese = TEXTS.get(msgid)
    return msgid if vietnamese is None else translate("argparse", vietnamese, msgid)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Vietnamese has one form; English keeps argparse's two, as each is its own msgid."""
    return gettext(singular if count == 1 else plural)


def speak_argparse() -> None:
    """From now on argparse speaks through the catalogue. Before a parser is built: argparse
    fetches the words of ``-h`` and of the help's headings when it builds one."""
    # argparse looks up its module globals ``_`` and ``ngettext`` on each call.
    setattr(argparse, "_", gettext)  # noqa: B010 - typeshed does not declare argparse._
    setattr(argparse, "ngettext", ngettext)  # noqa: B010

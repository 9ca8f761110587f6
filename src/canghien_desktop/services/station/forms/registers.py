"""The commune's books for a year, printed A4 landscape:

- Mẫu 23, Sổ đăng ký cai nghiện ma túy tự nguyện: one row per registration of the year, in
  the order of the ledger numbers given at registration (Decree 116/2021 Art 28), with
  who registered, when, and what became of it;
- Mẫu 52, the list of people under post-rehab management at the place of residence at some
  time in the year, kept by the commune police (the template's exact name and columns were
  not at hand: docs/forms.md).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station import registers
from canghien_desktop.services.station.forms.common import (
    Authority,
    between,
    id_document,
    police_chief,
    residence_text,
)
from canghien_desktop.services.station.forms.spec import YearForm, YearSheet

BOOK_TITLE = "Sổ đăng ký cai nghiện ma túy tự nguyện"
LIST_TITLE = "Danh sách người được quản lý sau cai nghiện ma túy tại nơi cư trú"
_WIDTH = doc.LANDSCAPE_FRAME_WIDTH
_SPARE_ROWS = 3  # the running year's book has room for the next entries, by hand


def _opening(sheet: YearSheet, issuer: Authority, name: str) -> list[Flowable]:
    return [
        *doc.header(issuer.issuer(), width=_WIDTH),
        *doc.title(name, f"Năm {sheet.year}"),
    ]


def _spare(sheet: YearSheet) -> int:
    return _SPARE_ROWS if sheet.year == sheet.ctx.today().year else 0


# --- Mẫu 23 ------------------------------------------------------------------------------

_BOOK_HEAD = (
    "Số thứ tự",
    "Ngày tiếp nhận",
    "Họ và tên",
    "Ngày sinh",
    "Giới tính",
    "Giấy tờ tùy thân",
    "Nơi cư trú",
    "Hình thức đăng ký",
    "Giấy tờ kèm theo",
    "Kết quả giải quyết",
)
_BOOK_WIDTHS = tuple(w * mm for w in (25, 21, 33, 21, 12, 30, 40, 20, 16, 34))


def _book(sheet: YearSheet) -> list[Flowable]:
    rows = [
        (
            e.ledger_number,
            format_dmy(e.registered_on),
            p.full_name,
            p.birth.display(),
            label(p.sex),
            id_document(p),
            residence_text(p),
            label(e.place_type),
            "",  # ticked by the intake officer: the app keeps no list of papers seen
            _outcome(e),
        )
        for e, p in registers.registrations(sheet.ctx, sheet.actor, sheet.year)
    ]
    chair = Authority(sheet.rules.decider, sheet.commune)
    return [
        *_opening(sheet, chair, BOOK_TITLE),
        doc.ruled(_BOOK_HEAD, rows, _BOOK_WIDTHS, centred=(0, 1, 3, 4), blank_rows=_spare(sheet)),
        doc.signatures([doc.Signature(("Người ghi sổ",)), chair.signature()], width=_WIDTH),
    ]


def _outcome(e: Enrolment) -> str:
    """The decision, once taken; until then (or if none came) where the file stands."""
    if e.decision_number:
        return f"Quyết định số {e.decision_number} ngày {format_dmy(e.decision_on)}"
    return label(e.state)


BOOK = YearForm("23", BOOK_TITLE, _book, article="Điều 28")


# --- Mẫu 52 ------------------------------------------------------------------------------

_LIST_HEAD = (
    "STT",
    "Họ và tên",
    "Ngày sinh",
    "Nơi cư trú",
    "Quyết định quản lý",
    "Thời hạn quản lý",
    "Kết quả",
    "Ghi chú",
)
_LIST_WIDTHS = tuple(w * mm for w in (11, 38, 21, 52, 36, 44, 30, 20))


def _list(sheet: YearSheet) -> list[Flowable]:
    entries = registers.under_post_rehab(sheet.ctx, sheet.actor, sheet.year)
    rows = [
        (
            str(n),
            p.full_name,
            p.birth.display(),
            residence_text(p),
            f"Số {e.post_rehab_decision_number} ngày {format_dmy(e.post_rehab_on)}",
            between(e.post_rehab_on, e.post_rehab_end_due),
            _managed(e),
            "",
        )
        for n, (e, p) in enumerate(entries, start=1)
    ]
    police = police_chief(sheet.commune)
    return [
        *_opening(sheet, police, LIST_TITLE),
        doc.ruled(_LIST_HEAD, rows, _LIST_WIDTHS, centred=(0, 2), blank_rows=_spare(sheet)),
        doc.signatures([doc.Signature(("Người lập",)), police.signature()], width=_WIDTH),
    ]


def _managed(e: Enrolment) -> str:
    if e.state is State.KET_THUC_QLSC:
        number = (
            f" (giấy chứng nhận số {e.post_rehab_end_number})" if e.post_rehab_end_number else ""
        )
        return f"Đã kết thúc ngày {format_dmy(e.post_rehab_ended_on)}{number}"
    if e.state is State.QUAN_LY_SAU_CAI:
        return "Đang quản lý"
    return f"{label(e.state)} ngày {format_dmy(e.exit_on)}" if e.exit_on else label(e.state)


LIST = YearForm("52", LIST_TITLE, _list, article="Điều 79")

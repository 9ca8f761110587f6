"""Papers that follow a person who moves away (Decree 116/2021 Art 32(2), Art 79(1)(c); Law
73/2021 Art 43(2)):

- Mẫu 25, during treatment: the commune that decided asks the new commune to go on
  managing and supporting the treatment, and sends the file with it;
- Mẫu 53, during post-rehab management: the commune police tell the new commune's police.

Both are printed once the move has been recorded: its day, number and reason come from
that step. The new commune is not in the records, so it is left to write in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    Dossier,
    between,
    identity,
    months,
    not_applicable,
    police_chief,
)
from canghien_desktop.services.station.forms.parts import lines, stages_begun
from canghien_desktop.services.station.forms.spec import EnrolmentForm, Sheet

TREATMENT_TITLE = "Văn bản đề nghị tiếp tục quản lý, hỗ trợ người cai nghiện ma túy"
POST_REHAB_TITLE = "Thông báo người được quản lý sau cai nghiện ma túy thay đổi nơi cư trú"
NEW_PLACE = "xã, phường …………………… (nơi cư trú mới)"
_TREATMENT_ABOUT = (
    "Tiếp tục quản lý, hỗ trợ người cai nghiện ma túy\ntự nguyện tại gia đình, cộng đồng"
)
_POST_REHAB_ABOUT = "Về việc người được quản lý sau cai nghiện ma túy\nthay đổi nơi cư trú"


@dataclass(frozen=True)
class Move:
    on: date
    number: str
    reason: str


def _move(sheet: Sheet, form: str) -> Move:
    """The recorded move; a file imported without its steps has only its exit date."""
    for event in reversed(sheet.dossier.events):
        if event.action == Action.TRANSFER_OUT.value:
            return Move(event.on, event.number, event.reason)
    e = sheet.enrolment
    if e.exit_on is None:
        raise not_applicable(form, e.state)
    return Move(e.exit_on, "", e.exit_reason)


def _move_on_file(d: Dossier) -> bool:
    """What ``_move`` needs: the recorded move, or at least the exit date."""
    moved = any(event.action == Action.TRANSFER_OUT.value for event in d.events)
    return moved or d.enrolment.exit_on is not None


def _facts(pairs: list[tuple[str, str]]) -> list[Flowable]:
    return [doc.fields(doc.field(name, value)) for name, value in pairs]


# --- Mẫu 25 ------------------------------------------------------------------------------


def _treatment(sheet: Sheet) -> list[Flowable]:
    d, e, authority = sheet.dossier, sheet.enrolment, sheet.authority
    move = _move(sheet, TREATMENT.label)
    head = "Trưởng Công an" if authority.is_police else "Chủ tịch Ủy ban nhân dân"
    addressee = f"{head} {NEW_PLACE}"
    reached = ", ".join(label(stage).split(" ", 1)[0] for stage in stages_begun(d))  # "a), b)"
    return [
        *doc.header(
            authority.issuer(), f"Số: {move.number or '……'}", d.commune.place_date(move.on)
        ),
        *doc.title("Văn bản đề nghị", _TREATMENT_ABOUT),
        doc.paragraph(f"<b>Kính gửi:</b> {doc.esc(addressee)}", doc.styles().centre),
        doc.paragraph(
            doc.esc(
                f"{authority.full_title} đề nghị tiếp tục quản lý, hỗ trợ cai nghiện ma túy "
                "tự nguyện tại gia đình, cộng đồng đối với:"
            )
        ),
        *identity(d.person, "Ông/Bà"),
        *_facts(
            [
                ("Đang cai nghiện theo", sheet.decision_ref()),
                ("Thời hạn", f"{months(e.term_months)}, {between(e.started_on, e.planned_end_on)}"),
                ("Đã cai nghiện đến ngày", f"{format_dmy(move.on)} (đã qua giai đoạn {reached})"),
                ("Lý do chuyển nơi cư trú", move.reason),
            ]
        ),
        *lines("Nơi cư trú mới:"),
        doc.closing(
            ("Như trên", "Người cai nghiện và gia đình", "Lưu: VT, hồ sơ"),
            authority.signature(),
            [
                doc.paragraph(
                    "<i>Hồ sơ gửi kèm: bản sao Quyết định cai nghiện ma túy tự nguyện tại gia "
                    "đình, cộng đồng và hồ sơ cai nghiện của người có tên trên.</i>",
                    doc.styles().plain,
                )
            ],
        ),
    ]


TREATMENT = EnrolmentForm(
    "25", TREATMENT_TITLE, _treatment, article="Điều 32 khoản 2", on_file=_move_on_file
)


# --- Mẫu 53 ------------------------------------------------------------------------------


def _post_rehab(sheet: Sheet) -> list[Flowable]:
    d, e, police = sheet.dossier, sheet.enrolment, police_chief(sheet.commune)
    move = _move(sheet, POST_REHAB.label)
    served = (move.on - e.post_rehab_on).days if e.post_rehab_on else 0
    notice = sheet.rules.transfer_notice_wd
    return [
        *doc.header(police.issuer(), f"Số: {move.number or '……'}", d.commune.place_date(move.on)),
        *doc.title("Thông báo", _POST_REHAB_ABOUT),
        doc.paragraph(f"<b>Kính gửi:</b> Công an {doc.esc(NEW_PLACE)}", doc.styles().centre),
        doc.paragraph(
            doc.esc(
                f"{police.body} thông báo về người được quản lý sau cai nghiện ma túy chuyển "
                "đến nơi cư trú mới:"
            )
        ),
        *identity(d.person, "Ông/Bà"),
        *_facts(
            [
                ("Quyết định quản lý sau cai nghiện", _post_rehab_decision(e)),
                ("Thời hạn quản lý", between(e.post_rehab_on, e.post_rehab_end_due)),
                ("Ngày chuyển đi", f"{format_dmy(move.on)} (đã chấp hành {served} ngày)"),
                ("Lý do chuyển nơi cư trú", move.reason),
            ]
        ),
        *lines("Nơi cư trú mới:"),
        doc.paragraph(
            doc.esc(
                "Đề nghị Công an nơi cư trú mới tiếp tục quản lý người có tên trên trong thời "
                f"gian quản lý còn lại. Thông báo gửi trong {notice:02d} ngày làm việc kể từ "
                "ngày người được quản lý chuyển đi."
            )
        ),
        doc.closing(("Như trên", "Lưu: hồ sơ"), police.signature()),
    ]


def _post_rehab_decision(e: Enrolment) -> str:
    number = e.post_rehab_decision_number or doc.DOTS
    return f"số {number} ngày {format_dmy(e.post_rehab_on) or doc.DOTS}"


def _post_rehab_day(e: Enrolment) -> date | None:
    return e.post_rehab_on


POST_REHAB = EnrolmentForm(
    "53",
    POST_REHAB_TITLE,
    _post_rehab,
    rules_on=_post_rehab_day,
    article="Điều 79 khoản 1",
    on_file=_move_on_file,
)

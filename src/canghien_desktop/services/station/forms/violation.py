"""Mẫu 27: Biên bản vi phạm (Decree 116/2021 Art 33(1)), drawn up by the Chair of the UBND
xã or the commune police chief when a person falls into one of the four cases that lead to a
compulsory-treatment dossier: not registering, not starting, self-terminating, or using drugs
during voluntary treatment. The case is taken from the enrolment's exit event, so the record
can still be printed once the dossier has been opened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import STATE_DEADLINES, State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station import followups
from canghien_desktop.services.station.forms.common import (
    Dossier,
    identity,
    not_applicable,
)
from canghien_desktop.services.station.forms.driver import write_enrolment_form
from canghien_desktop.services.station.forms.spec import EnrolmentForm, PrintOptions, Sheet

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

TITLE = "Biên bản vi phạm"
VIOLATIONS: dict[State, str] = {  # the four cases, in the order the decree lists them
    State.KHONG_DANG_KY: "Không đăng ký cai nghiện ma túy tự nguyện",
    State.KHONG_THUC_HIEN: "Không thực hiện cai nghiện ma túy tự nguyện",
    State.TU_Y_CHAM_DUT: "Tự ý chấm dứt cai nghiện ma túy tự nguyện",
    State.SU_DUNG_TRONG_THOI_GIAN_CAI: (
        "Sử dụng trái phép chất ma túy trong thời gian cai nghiện ma túy tự nguyện"
    ),
}


_BLANK = "…" * 9  # two blanks and their labels fill one line
_PRESENT = (  # filled in by hand: the app does not know who will be in the room
    ("Người lập biên bản", "chức vụ"),
    ("Đại diện Công an {unit}", "chức vụ"),
    ("Người chứng kiến", "địa chỉ"),
)


@dataclass(frozen=True)
class Violation:
    case: State
    on: date
    number: str  # the record number, when one was entered with the event
    reason: str


def find_violation(d: Dossier) -> Violation | None:
    """The latest of the four violation events; the state itself for records whose events
    were not kept (imported from elsewhere)."""
    for event in reversed(d.events):
        if event.to_state in VIOLATIONS:
            return Violation(State(event.to_state), event.on, event.number, event.reason)
    e = d.enrolment
    if e.state in VIOLATIONS:
        return Violation(e.state, e.exit_on or e.last_event_on or e.assessed_on, "", "")
    return None


def _build(sheet: Sheet) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    violation = find_violation(d)
    if violation is None:  # a dossier whose violation was never recorded here
        raise not_applicable(FORM.label, e.state)
    tests = followups.follow_ups_of(sheet.ctx, sheet.actor, e.id or "")
    description = _description(sheet, violation, tests)
    return [
        *doc.header(sheet.authority.issuer(), f"Số: {violation.number or '……/BB-VP'}"),
        *doc.title(TITLE, "Về việc vi phạm quy định về cai nghiện ma túy tự nguyện"),
        *_present(d, violation),
        doc.paragraph("Tiến hành lập biên bản vi phạm đối với:", doc.styles().plain),
        *identity(d.person, "Ông/Bà"),
        *_violation(violation, description),
        doc.paragraph(
            "Biên bản lập xong hồi …… giờ …… phút cùng ngày, đã được đọc lại cho những người có "
            "tên trên nghe, công nhận đúng và cùng ký tên dưới đây."
        ),
        _signatures(d),
    ]


def _decided_or_left(e: Enrolment) -> date | None:
    """The decision's rules; before any decision, those of the day the person left."""
    return e.decision_on or e.exit_on


FORM = EnrolmentForm(
    "27",
    TITLE,
    _build,
    rules_on=_decided_or_left,
    article="Điều 33 khoản 1",
    # A dossier opened for a relapse, or imported without its events, names no violation:
    # the record would have nothing to say.
    on_file=lambda d: find_violation(d) is not None,
)


def violation_record(
    ctx: OfficeContext,
    actor: Actor,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write Mẫu 27 for an enrolment that ended in one of the four violations."""
    return write_enrolment_form(ctx, actor, FORM, enrolment_id, out_dir, options)


def _present(d: Dossier, v: Violation) -> list[Flowable]:
    """When, where, and who drew the record up (names left blank to fill in by hand)."""
    opening = (
        f"Hồi …… giờ …… phút, ngày {format_dmy(v.on)}, tại trụ sở {d.commune.committee}, "
        "chúng tôi gồm:"
    )
    present = [
        doc.esc(f"{who.format(unit=d.commune.unit)}: {_BLANK}, {what}: {_BLANK}")
        for who, what in _PRESENT
    ]
    return [doc.paragraph(doc.esc(opening)), *doc.numbered(present)]


def _violation(v: Violation, description: str) -> list[Flowable]:
    """The four cases as tick boxes, the chosen one ticked, then what happened."""
    return [
        doc.paragraph(
            "<b>Hành vi vi phạm</b> (khoản 1 Điều 33 Nghị định 116/2021/NĐ-CP):",
            doc.styles().plain,
        ),
        *doc.choice([(text, case is v.case) for case, text in VIOLATIONS.items()]),
        doc.fields(doc.field("Mô tả vi phạm", description)),
        doc.fields(doc.field("Ý kiến của người vi phạm", "")),
        doc.dotted_line(),
    ]


def _description(sheet: Sheet, v: Violation, tests: list[FollowUp]) -> str:
    ctx, e = sheet.ctx, sheet.enrolment
    decision = sheet.decision_ref()
    if v.case is State.KHONG_DANG_KY:
        due = ctx.lifecycle.due_date(e, STATE_DEADLINES[State.DA_XAC_DINH_NGHIEN], v.on)
        return (
            f"Có kết quả xác định nghiện ma túy ngày {format_dmy(e.assessed_on)} nhưng không "
            f"đăng ký cai nghiện ma túy tự nguyện trong thời hạn (đến hết ngày {format_dmy(due)})."
        )
    if v.case is State.KHONG_THUC_HIEN:
        due = ctx.lifecycle.due_date(e, STATE_DEADLINES[State.DA_CO_QUYET_DINH], v.on)
        return (
            f"Đã có {decision} nhưng không thực hiện cai nghiện trong thời hạn "
            f"(đến hết ngày {format_dmy(due)})."
        )
    if v.case is State.TU_Y_CHAM_DUT:
        reason = f" Lý do ghi nhận: {v.reason}." if v.reason else ""
        return f"Đang cai nghiện theo {decision} thì tự ý chấm dứt cai nghiện.{reason}"
    return f"Trong thời gian cai nghiện theo {decision}, {_positive_test(tests, v.on)}."


def _positive_test(tests: list[FollowUp], until: date) -> str:
    positive = [
        t for t in tests if t.kind is FollowUpKind.DRUG_TEST and t.positive and t.on <= until
    ]
    if not positive:
        return f"phát hiện sử dụng trái phép chất ma túy ngày {format_dmy(until)}"
    last = positive[-1]
    found = ", ".join(label(s) for s, pos in sorted(last.results.items()) if pos)
    return f"kết quả xét nghiệm ngày {format_dmy(last.on)} dương tính với: {found}"


def _signatures(d: Dossier) -> Flowable:
    return doc.signatures(
        [
            doc.Signature(("Người vi phạm",), name=d.person.full_name),
            doc.Signature(("Người chứng kiến",)),
            doc.Signature(("Người lập biên bản",)),
        ]
    )

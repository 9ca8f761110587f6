"""A one-page summary of a person's record (Tóm tắt hồ sơ), for the competent bodies that
may ask for it: Decree 116 Art 4(2) allows the information to go only to competent persons
and bodies. Not a form of the decree, so it has no "Mẫu số"; stamped "MẬT" on request."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.followups import FollowUp, FollowUpKind
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.i18n import in_vietnamese
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station import enrolments, followups, people
from canghien_desktop.services.station.forms.common import (
    Commune,
    Paper,
    commune_of,
    file_name,
    identity,
    keep_paper,
)
from canghien_desktop.services.station.forms.spec import PrintOptions

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

TITLE = "Tóm tắt hồ sơ"
FOOTER = (
    "Tóm tắt hồ sơ – tài liệu nội bộ, không theo mẫu của Nghị định 116/2021/NĐ-CP; "
    "cần đối chiếu hồ sơ gốc"
)
LAST_TESTS = 5


def person_summary(
    ctx: OfficeContext,
    actor: Actor,
    person_id: str,
    out_dir: Path,
    enrolment_id: str | None = None,
    options: PrintOptions | None = None,
) -> Path:
    """Write the summary of ``person_id`` for ``enrolment_id`` (default: the latest one)."""
    paper = summary_paper(ctx, actor, person_id, enrolment_id, options)
    path = (options.path if options else None) or out_dir / paper.name
    return keep_paper(ctx, actor, paper, path)


@in_vietnamese
def summary_paper(
    ctx: OfficeContext,
    actor: Actor,
    person_id: str,
    enrolment_id: str | None = None,
    options: PrintOptions | None = None,
) -> Paper:
    """The summary of ``person_id`` for ``enrolment_id`` (default: the latest one), rendered."""
    options = options or PrintOptions()
    actor.require(Operation.VIEW_RECORDS)
    person = people.get_person(ctx, actor, person_id)
    enrolment = _chosen(enrolments.enrolments_of(ctx, actor, person_id), enrolment_id)
    tests = followups.follow_ups_of(ctx, actor, enrolment.id or "") if enrolment else []
    commune = commune_of(ctx.info)
    issuer = doc.Issuer((ctx.info.name,), parent=(f"UBND {commune.full}",))
    story: list[Flowable] = [
        *doc.form_top(confidential=options.confidential),
        *doc.header(issuer, place_date=commune.place_date(ctx.today())),
        *doc.title(TITLE, "Người cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"),
        *_station(ctx, commune),
        _section("1. Nhân thân"),
        *identity(person, style=doc.styles().compact),
        _section("2. Tình trạng hiện tại"),
        *_status(ctx, enrolment),
    ]
    if enrolment is not None:
        story += [
            _section("3. Các mốc của đợt cai nghiện"),
            _milestones(enrolment),
            _section("4. Theo dõi, hỗ trợ"),
            _line(_counts(tests)),
            _section(f"5. Xét nghiệm gần nhất (tối đa {LAST_TESTS} lần)"),
            _tests(tests),
        ]
    story.append(doc.signatures([doc.Signature(("Người lập",)), doc.Signature(("Trưởng trạm",))]))
    info = doc.DocumentInfo(TITLE, ctx.info.name, FOOTER)
    ledger = enrolment.ledger_number if enrolment else ""
    name = file_name("tom-tat", ledger, _key(person, enrolment))
    return Paper(doc.render(story, info), name, info.title, person_id)


def _station(ctx: OfficeContext, commune: Commune) -> list[Flowable]:
    """Which station keeps the file, and its commune by official name and code."""
    where = commune.listed or commune.full
    return [_line(doc.field("Đơn vị lập", f"{ctx.info.name} ({ctx.info.code}), {where}"))]


def _chosen(all_enrolments: list[Enrolment], enrolment_id: str | None) -> Enrolment | None:
    if enrolment_id is None:
        return all_enrolments[-1] if all_enrolments else None  # sorted by assessment date
    return next((e for e in all_enrolments if e.id == enrolment_id), None)


def _key(person: Person, enrolment: Enrolment | None) -> str:
    return (enrolment.id if enrolment else None) or person.id or ""


def _section(text: str) -> Flowable:
    return doc.paragraph(doc.esc(text), doc.styles().compact_bold)


def _line(*parts: str) -> Flowable:
    return doc.fields(*parts, style=doc.styles().compact)


def _status(ctx: OfficeContext, e: Enrolment | None) -> list[Flowable]:
    f = doc.field
    if e is None:
        return [_line(f("Trạng thái", "Chưa ghi danh cai nghiện"))]
    deadline = _deadline(ctx, e)
    return [
        _line(
            f("Trạng thái", label(e.state), bold=True),
            f("Giai đoạn", label(e.stage) if e.stage else "—"),
        ),
        _line(
            f("Hình thức", label(e.place_type)),
            f("Lần cai nghiện", "lần thứ hai trở lên" if e.is_repeat else "lần đầu"),
        ),
        _line(f("Hạn tiếp theo", deadline)),
    ]


def _deadline(ctx: OfficeContext, e: Enrolment) -> str:
    upcoming = ctx.lifecycle.next_deadline(e, ctx.today())
    if upcoming is None:
        return "—"
    kind, due = upcoming
    late = " (quá hạn)" if ctx.lifecycle.time_left(kind, due, ctx.today()).overdue else ""
    return f"{label('deadline.' + kind)}: {format_dmy(due)}{late}"


def _milestones(e: Enrolment) -> Flowable:
    rows = [
        ("Có kết quả xác định nghiện", e.assessed_on, ""),
        ("Đăng ký (Mẫu 22, sổ Mẫu 23)", e.registered_on, e.ledger_number),
        ("Quyết định cai nghiện (Mẫu 24)", e.decision_on, e.decision_number),
        ("Bắt đầu cai nghiện", e.started_on, ""),
        # the planned end matters only until the treatment has ended one way or another
        ("Dự kiến kết thúc", _unless_ended(e, e.planned_end_on), months_text(e.term_months)),
        ("Hoàn thành (Mẫu 26a)", e.completed_on, e.certificate_number),
        ("Quản lý sau cai (Mẫu 51)", e.post_rehab_on, e.post_rehab_decision_number),
        ("Kết thúc quản lý sau cai (Mẫu 54)", e.post_rehab_ended_on, e.post_rehab_end_number),
        ("Ra khỏi đợt cai nghiện", e.exit_on, label(e.exit_reason) if e.exit_reason else ""),
    ]
    shown = [(what, format_dmy(on), ref) for what, on, ref in rows if on is not None]
    return doc.ruled(("Mốc", "Ngày", "Số văn bản / ghi chú"), shown, (80 * mm, 28 * mm, 57 * mm))


def _unless_ended(e: Enrolment, day: date | None) -> date | None:
    return None if e.completed_on or e.exit_on else day


def months_text(term: int | None) -> str:
    return f"thời hạn {term} tháng" if term else ""


def _counts(items: list[FollowUp]) -> str:
    by_kind = Counter(item.kind for item in items)
    detail = "; ".join(f"{label(k)}: {n}" for k, n in sorted(by_kind.items()))
    return doc.esc(f"Tổng số lần theo dõi: {len(items)}" + (f" ({detail})" if detail else ""))


def _tests(items: list[FollowUp]) -> Flowable:
    tests = [t for t in items if t.kind is FollowUpKind.DRUG_TEST][-LAST_TESTS:]
    if not tests:
        return doc.paragraph("Chưa có kết quả xét nghiệm.", doc.styles().plain)
    rows = [(format_dmy(t.on), label(t.mode), _result(t)) for t in reversed(tests)]
    return doc.ruled(("Ngày", "Mẫu xét nghiệm", "Kết quả"), rows, (28 * mm, 42 * mm, 95 * mm))


def _result(test: FollowUp) -> str:
    if not test.positive:
        return "Âm tính"
    found = ", ".join(label(s) for s, pos in sorted(test.results.items()) if pos)
    return f"Dương tính: {found}"

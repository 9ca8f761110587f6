"""Mẫu 24: Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng (Decree 116/2021
Art 30), drafted for whoever decides under the rule set in force: the Chair of the UBND xã
(Decree 116), reportedly the commune police chief under Law 120/2025 (docs/rules.md).

Before the decision it is a draft with blanks for the number and date; afterwards it reprints
with the recorded number, date and term. The legal bases, the issuer and the signer are those
of the rule set in force on the decision date (or today, for a draft).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    between,
    identity,
    months,
)
from canghien_desktop.services.station.forms.driver import write_enrolment_form
from canghien_desktop.services.station.forms.spec import EnrolmentForm, PrintOptions, Sheet

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

TITLE = "Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"
NEW_RULES_MARK = " (quy định mới, cần đối chiếu)"

# Citations per rule-set code. A rule set added later by an override file falls back to its
# own name, marked for checking.
LEGAL_BASES: dict[str, tuple[str, ...]] = {
    "ND116_2021": (
        "Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30 tháng 3 năm 2021",
        "Nghị định số 116/2021/NĐ-CP ngày 21 tháng 12 năm 2021 của Chính phủ quy định chi "
        "tiết một số điều của Luật Phòng, chống ma túy, Luật Xử lý vi phạm hành chính về cai "
        "nghiện ma túy và quản lý sau cai nghiện ma túy",
    ),
    "LUAT120_2025": (
        "Luật Phòng, chống ma túy số 120/2025/QH15 ngày 10 tháng 12 năm 2025",
        # Reported by secondary sources only, not yet by an official text we hold: the mark
        # asks for a check.
        "Nghị định số 163/2026/NĐ-CP của Chính phủ quy định chi tiết Luật Phòng, chống ma túy",
    ),
}


def _build(sheet: Sheet) -> list[Flowable]:
    e, authority = sheet.enrolment, sheet.authority
    return [
        *doc.header(
            authority.issuer(),
            f"Số: {e.decision_number or '……/' + authority.symbol}",
            sheet.commune.place_date(e.decision_on),
        ),
        *doc.title("Quyết định", "Về việc cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"),
        doc.paragraph(f"<b>{doc.esc(authority.full_title.upper())}</b>", doc.styles().centre),
        *_bases(sheet),
        doc.paragraph("<b>QUYẾT ĐỊNH:</b>", doc.styles().centre),
        *_article_1(sheet, _term(sheet)),
        _article_2(sheet),
        doc.closing(_RECIPIENTS, authority.signature(), [_article_3(sheet)]),
    ]


FORM = EnrolmentForm("24", TITLE, _build, article="Điều 30")  # rules of the decision date


def decision_draft(
    ctx: OfficeContext,
    actor: Actor,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write Mẫu 24: a draft once registered, the issued decision once recorded."""
    return write_enrolment_form(ctx, actor, FORM, enrolment_id, out_dir, options)


def legal_bases(rules: RuleSet) -> list[str]:
    """ "Căn cứ …;" lines; provisional (new-law) rule sets are marked for checking."""
    texts = LEGAL_BASES.get(rules.code, (rules.name,))
    mark = NEW_RULES_MARK if rules.provisional or rules.code not in LEGAL_BASES else ""
    return [f"Căn cứ {text}{mark};" for text in texts]


def _bases(sheet: Sheet) -> list[Flowable]:
    d, authority = sheet.dossier, sheet.authority
    registered = format_dmy(d.enrolment.registered_on) or "……"
    lines = [
        *legal_bases(sheet.rules),
        f"Xét Bản đăng ký cai nghiện ma túy tự nguyện ngày {registered} "
        f"của {d.person.full_name} và kết quả thẩm định hồ sơ của Công an {d.commune.full};",
    ]
    if not authority.is_police:  # the police appraise; they do not propose to themselves
        lines.append(f"Theo đề nghị của Trưởng Công an {d.commune.full}.")
    return [doc.paragraph(doc.esc(line), doc.styles().italic) for line in lines]


def _term(sheet: Sheet) -> int:
    """The decided term, or for a draft the shortest term the rules allow."""
    e = sheet.enrolment
    if e.term_months:
        return e.term_months
    return sheet.rules.term_range(e.is_repeat)[0]


def _article_1(sheet: Sheet, term: int) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    f = doc.field
    return [
        doc.article(1, f"{doc.esc(PLACE_NAMES[e.place_type])} đối với:"),
        *identity(d.person, "Ông/Bà"),
        doc.fields(
            f"Thời hạn cai nghiện: <b>{months(term)}</b>, "
            f"{doc.esc(between(e.started_on, e.planned_end_on))}."
        ),
        doc.fields(f("Nơi thực hiện", f"{label(e.place_type).lower()}, {d.commune.full}")),
        doc.fields(f("Đơn vị cung cấp dịch vụ cai nghiện", e.provider)),
    ]


def _article_2(sheet: Sheet) -> Flowable:
    d = sheet.dossier
    days = f"{sheet.rules.provider_notice_wd:02d} ngày làm việc"
    manager = (
        f"người được giao quản lý ({d.enrolment.manager})"
        if d.enrolment.manager
        else ("người được giao quản lý")
    )
    return doc.article(
        2,
        doc.esc(
            f"{d.person.full_name} có trách nhiệm thực hiện đầy đủ kế hoạch cai nghiện và các "
            "quy định về cai nghiện ma túy tự nguyện; gia đình có trách nhiệm phối hợp, hỗ trợ. "
            f"Đơn vị cung cấp dịch vụ cai nghiện thông báo cho {d.commune.committee} trong "
            f"thời hạn {days} khi người cai nghiện bắt đầu, tự ý chấm dứt hoặc hoàn thành "
            f"cai nghiện. Công an {d.commune.full} và {manager} theo dõi, quản lý, hỗ trợ "
            "người cai nghiện trong thời gian cai nghiện."
        ),
    )


def _article_3(sheet: Sheet) -> Flowable:
    d = sheet.dossier
    return doc.article(
        3,
        doc.esc(
            f"Quyết định này có hiệu lực kể từ ngày ký. Công an {d.commune.full}, "
            f"{d.office.name}, đơn vị cung cấp dịch vụ cai nghiện, người có tên tại Điều 1 và "
            "gia đình chịu trách nhiệm thi hành Quyết định này."
        ),
    )


_RECIPIENTS = (
    "Như Điều 3",
    "Người cai nghiện và gia đình",
    "Đơn vị cung cấp dịch vụ cai nghiện",
    "Lưu: VT, hồ sơ",
)

"""Mẫu 24: Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng (Decree 116/2021
Art 30), drafted for the Chair of the UBND xã.

Before the decision it is a draft with blanks for the number and date; afterwards it reprints
with the recorded number, date and term. The legal bases are those of the rule set in force
on the decision date (or today, for a draft): the law changed on 1 July 2026.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.i18n import in_vietnamese
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    Dossier,
    between,
    file_name,
    footer,
    identity,
    load_dossier,
    months,
    not_applicable,
    write_form,
)

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

FORM = "Mẫu 24"
TITLE = "Quyết định cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"
DRAFT_STATES = frozenset({State.DA_DANG_KY, State.DANG_THAM_DINH})
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


@in_vietnamese
def decision_draft(ctx: OfficeContext, actor: Actor, enrolment_id: str, out_dir: Path) -> Path:
    """Write Mẫu 24: a draft once registered, the issued decision once recorded."""
    d = load_dossier(ctx, actor, enrolment_id)
    e = d.enrolment
    if e.state not in DRAFT_STATES and e.decision_on is None:
        raise not_applicable(FORM, e.state)
    rules = ctx.lifecycle.rule_set(e, ctx.today())
    chair = f"Chủ tịch {d.commune.committee}"
    story: list[Flowable] = [
        *doc.header(
            d.commune.issuer(),
            f"Số: {e.decision_number or '……/QĐ-UBND'}",
            d.commune.place_date(e.decision_on),
        ),
        *doc.title("Quyết định", "Về việc cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"),
        doc.paragraph(f"<b>{doc.esc(chair.upper())}</b>", doc.styles().centre),
        *_bases(d, rules),
        doc.paragraph("<b>QUYẾT ĐỊNH:</b>", doc.styles().centre),
        *_article_1(d, _term(d, rules)),
        _article_2(d, rules),
        doc.closing(_RECIPIENTS, doc.Signature(("Chủ tịch",), doc.SIGN_AND_SEAL), [_article_3(d)]),
    ]
    info = doc.DocumentInfo(f"{FORM} – {TITLE}", d.office.name, footer(FORM))
    path = out_dir / file_name("mau-24", e.ledger_number, e.id or "")
    return write_form(ctx, actor, path, story, info, e.id or "")


def legal_bases(rules: RuleSet) -> list[str]:
    """ "Căn cứ …;" lines; provisional (new-law) rule sets are marked for checking."""
    texts = LEGAL_BASES.get(rules.code, (rules.name,))
    mark = NEW_RULES_MARK if rules.provisional or rules.code not in LEGAL_BASES else ""
    return [f"Căn cứ {text}{mark};" for text in texts]


def _bases(d: Dossier, rules: RuleSet) -> list[Flowable]:
    registered = format_dmy(d.enrolment.registered_on) or "……"
    lines = [
        *legal_bases(rules),
        f"Xét Bản đăng ký cai nghiện ma túy tự nguyện ngày {registered} "
        f"của {d.person.full_name} và kết quả thẩm định hồ sơ của Công an {d.commune.full};",
        f"Theo đề nghị của Trưởng Công an {d.commune.full}.",
    ]
    return [doc.paragraph(doc.esc(line), doc.styles().italic) for line in lines]


def _term(d: Dossier, rules: RuleSet) -> int:
    """The decided term, or for a draft the shortest term the rules allow."""
    e = d.enrolment
    if e.term_months:
        return e.term_months
    return rules.repeat_term_months_min if e.is_repeat else rules.term_months_min


def _article_1(d: Dossier, term: int) -> list[Flowable]:
    e = d.enrolment
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


def _article_2(d: Dossier, rules: RuleSet) -> Flowable:
    days = f"{rules.provider_notice_wd:02d} ngày làm việc"
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


def _article_3(d: Dossier) -> Flowable:
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

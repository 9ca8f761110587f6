"""Mẫu 26a: Giấy xác nhận hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng
(Decree 116/2021 Art 32(3)), issued at the end of the term by the commune's decider (the
Chair of the UBND xã under Decree 116; ``RuleSet.decider``): one copy to the person (or the
family, for ages 12 to under 18), one to the commune police for post-rehab management."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.lifecycle_table import STAGE_ORDER
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    Dossier,
    between,
    identity,
    months,
)
from canghien_desktop.services.station.forms.driver import write_enrolment_form
from canghien_desktop.services.station.forms.spec import EnrolmentForm, PrintOptions, Sheet

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

TITLE = "Giấy xác nhận hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"


def _build(sheet: Sheet) -> list[Flowable]:
    d, e, authority = sheet.dossier, sheet.enrolment, sheet.authority
    return [
        *doc.header(
            authority.issuer(),
            f"Số: {e.certificate_number or '……'}",
            d.commune.place_date(e.completed_on),
        ),
        *doc.title(
            "Giấy xác nhận",
            "Hoàn thành cai nghiện ma túy tự nguyện\ntại gia đình, cộng đồng",
        ),
        doc.paragraph(
            f"<b>{doc.esc(authority.full_title.upper())}</b> xác nhận:", doc.styles().plain
        ),
        *identity(d.person, "Ông/Bà"),
        *_course(sheet),
        doc.closing(_recipients(d), authority.signature(), [_copies(d)]),
    ]


# The decision's rules. Two copies go out (Art 32(3)): one to the person, or the family of
# someone aged 12 to under 18, one to the commune police for post-rehab management.
FORM = EnrolmentForm("26a", TITLE, _build, article="Điều 32 khoản 3", copies=2)


def completion_certificate(
    ctx: OfficeContext,
    actor: Actor,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write Mẫu 26a; only once completion has been recorded."""
    return write_enrolment_form(ctx, actor, FORM, enrolment_id, out_dir, options)


def _course(sheet: Sheet) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    # From the events, not Enrolment.stages_done: after completion that claims all five
    # stages, including the optional one and any the person never reached.
    reached = {event.stage for event in d.events if event.stage}
    stages = [label(s) for s in STAGE_ORDER if s.value in reached]
    return [
        doc.paragraph(
            doc.esc(
                f"Đã thực hiện {sheet.decision_ref()}, "
                f"hình thức: {PLACE_NAMES[e.place_type].lower()}."
            ),
            doc.styles().plain,
        ),
        doc.fields(doc.field("Đơn vị cung cấp dịch vụ cai nghiện", e.provider)),
        doc.fields(
            f"Thời gian cai nghiện: <b>{doc.esc(between(e.started_on, e.completed_on))}</b> "
            f"(thời hạn theo quyết định: {months(e.term_months)})."
        ),
        doc.fields(
            "Kết quả: <b>Đã hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.</b>"
        ),
        doc.fields(doc.field("Các giai đoạn đã hoàn thành", "; ".join(stages) + ".")),
    ]


def _copies(d: Dossier) -> Flowable:
    """Who gets a copy (Decree 116 Art 32(3))."""
    return doc.paragraph(
        doc.esc(
            "Giấy xác nhận này được cấp 01 bản cho người cai nghiện (hoặc gia đình đối với "
            f"người từ đủ 12 đến dưới 18 tuổi) và 01 bản cho Công an {d.commune.full} để quản "
            "lý sau cai nghiện ma túy."
        )
    )


def _recipients(d: Dossier) -> tuple[str, ...]:
    return (
        "Người cai nghiện (gia đình)",
        f"Công an {d.commune.full}",
        "Đơn vị cung cấp dịch vụ cai nghiện",
        "Lưu: VT, hồ sơ",
    )

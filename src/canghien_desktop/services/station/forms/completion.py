"""Mẫu 26a: Giấy xác nhận hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng
(Decree 116/2021 Art 32(3)), issued by the Chair of the UBND xã at the end of the term: one
copy to the person (or the family, for ages 12 to under 18), one to the commune police for
post-rehab management."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.lifecycle_table import STAGE_ORDER
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.i18n import in_vietnamese
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    Dossier,
    between,
    decision_ref,
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

FORM = "Mẫu 26a"
TITLE = "Giấy xác nhận hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng"


@in_vietnamese
def completion_certificate(
    ctx: OfficeContext, actor: Actor, enrolment_id: str, out_dir: Path
) -> Path:
    """Write Mẫu 26a; only once completion has been recorded."""
    d = load_dossier(ctx, actor, enrolment_id)
    e = d.enrolment
    if e.completed_on is None:
        raise not_applicable(FORM, e.state)
    chair = f"Chủ tịch {d.commune.committee}"
    story: list[Flowable] = [
        *doc.header(
            d.commune.issuer(),
            f"Số: {e.certificate_number or '……'}",
            d.commune.place_date(e.completed_on),
        ),
        *doc.title(
            "Giấy xác nhận",
            "Hoàn thành cai nghiện ma túy tự nguyện\ntại gia đình, cộng đồng",
        ),
        doc.paragraph(f"<b>{doc.esc(chair.upper())}</b> xác nhận:", doc.styles().plain),
        *identity(d.person, "Ông/Bà"),
        *_course(d),
        doc.closing(_recipients(d), doc.Signature(("Chủ tịch",), doc.SIGN_AND_SEAL), [_copies(d)]),
    ]
    info = doc.DocumentInfo(f"{FORM} – {TITLE}", d.office.name, footer(FORM))
    path = out_dir / file_name("mau-26a", e.ledger_number, e.id or "")
    return write_form(ctx, actor, path, story, info, e.id or "")


def _course(d: Dossier) -> list[Flowable]:
    e = d.enrolment
    # From the events, not Enrolment.stages_done: after completion that claims all five
    # stages, including the optional one and any the person never reached.
    reached = {event.stage for event in d.events if event.stage}
    stages = [label(s) for s in STAGE_ORDER if s.value in reached]
    return [
        doc.paragraph(
            doc.esc(
                f"Đã thực hiện {decision_ref(e, d.commune)}, "
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

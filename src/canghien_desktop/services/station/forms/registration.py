"""Mẫu 22: Bản đăng ký cai nghiện ma túy tự nguyện (Decree 116/2021 Art 28).

Lodged at the UBND xã of residence within 5 working days of the addiction result, by the
person or, for ages 12 to under 18, by the legal representative. Printed before registration
as a form to sign, and after it with the ledger number (Mẫu 23) filled in.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from canghien_desktop.domain.codes import PlaceType
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    Dossier,
    identity,
    substances_text,
)
from canghien_desktop.services.station.forms.driver import write_enrolment_form
from canghien_desktop.services.station.forms.spec import EnrolmentForm, PrintOptions, Sheet

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

TITLE = "Bản đăng ký cai nghiện ma túy tự nguyện"


def _build(sheet: Sheet) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    minor = d.person.is_minor_on(e.registered_on or sheet.ctx.today())
    return [
        *doc.header(place_date=d.commune.place_date(e.registered_on)),
        *doc.title(TITLE),
        doc.paragraph(f"<b>Kính gửi:</b> {doc.esc(d.commune.committee)}", doc.styles().centre),
        *_sections(d, minor),
        doc.paragraph(
            "Tôi cam kết thực hiện đầy đủ các quy định về cai nghiện ma túy tự nguyện và "
            "chịu trách nhiệm trước pháp luật về nội dung đăng ký trên."
        ),
        doc.paragraph(
            "<i>Giấy tờ kèm theo: bản sao Phiếu kết quả xác định tình trạng nghiện ma túy; "
            "bản sao giấy tờ tùy thân.</i>",
            doc.styles().plain,
        ),
        _signatures(d, minor),
        _receipt(d),
    ]


def _registered_on(e: Enrolment) -> date | None:
    return e.registered_on


FORM = EnrolmentForm("22", TITLE, _build, rules_on=_registered_on, article="Điều 28")


def registration_form(
    ctx: OfficeContext,
    actor: Actor,
    enrolment_id: str,
    out_dir: Path,
    options: PrintOptions | None = None,
) -> Path:
    """Write Mẫu 22 for an enrolment that is awaiting registration or has been registered."""
    return write_enrolment_form(ctx, actor, FORM, enrolment_id, out_dir, options)


def _sections(d: Dossier, minor: bool) -> list[Flowable]:
    """Numbered parts; the representative's only for ages 12 to under 18."""
    parts = [("Người cai nghiện ma túy", identity(d.person))]
    if minor:
        parts.append(("Người đại diện hợp pháp (người từ đủ 12 đến dưới 18 tuổi)", _rep(d)))
    parts += [("Kết quả xác định tình trạng nghiện", _result(d)), ("Hình thức đăng ký", _choice(d))]
    out: list[Flowable] = []
    for number, (heading, body) in enumerate(parts, start=1):
        out += [doc.paragraph(f"{number}. {doc.esc(heading)}", doc.styles().heading), *body]
    return out


def _rep(d: Dossier) -> list[Flowable]:
    rep = d.person.representative
    f = doc.field
    return [
        doc.fields(
            f("Họ và tên", rep.full_name if rep else "", bold=True),
            f("Quan hệ", rep.relationship if rep else ""),
        ),
        doc.fields(
            f("Số giấy tờ", rep.id_number if rep else ""),
            f("Số điện thoại", rep.phone if rep else ""),
        ),
    ]


def _result(d: Dossier) -> list[Flowable]:
    a = d.assessment
    text = (
        doc.esc(
            f"Phiếu kết quả xác định tình trạng nghiện ma túy ngày {format_dmy(a.result_on)} "
            f"của {a.facility}; kết luận: có nghiện ma túy ({substances_text(a)})."
        )
        if a
        else doc.field("Phiếu kết quả xác định tình trạng nghiện ma túy", "")
    )
    return [doc.paragraph(text, doc.styles().plain)]


def _choice(d: Dossier) -> list[Flowable]:
    chosen = d.enrolment.place_type
    options = [(PLACE_NAMES[p], p is chosen) for p in (PlaceType.HOME, PlaceType.COMMUNITY)]
    return [
        *doc.choice(options),
        doc.fields(doc.field("Đơn vị cung cấp dịch vụ cai nghiện", d.enrolment.provider)),
    ]


def _signatures(d: Dossier, minor: bool) -> Flowable:
    rep = d.person.representative
    if minor:
        registrant = doc.Signature(("Người đại diện hợp pháp",), name=rep.full_name if rep else "")
    else:
        registrant = doc.Signature(("Người đăng ký",), name=d.person.full_name)
    return doc.signatures([doc.Signature(("Cán bộ tiếp nhận",)), registrant])


def _receipt(d: Dossier) -> Flowable:
    """The intake officer's part: where the form went in the ledger (Mẫu 23)."""
    e = d.enrolment
    ledger = "Số thứ tự trong Sổ đăng ký cai nghiện ma túy tự nguyện (Mẫu 23)"
    line = (
        f"{doc.field(ledger, e.ledger_number, bold=True)}&nbsp;&nbsp;&nbsp; "
        f"{doc.field('Ngày tiếp nhận', format_dmy(e.registered_on))}"
    )
    return doc.boxed(
        [
            doc.paragraph("<b>PHẦN GHI CỦA NƠI TIẾP NHẬN</b>", doc.styles().cell),
            doc.paragraph(line, doc.styles().cell),
        ]
    )

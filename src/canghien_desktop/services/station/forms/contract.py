"""Mẫu 28: Hợp đồng dịch vụ cai nghiện ma túy, between the provider and the person (or the
legal representative, for ages 12 to under 18). Decree 116/2021 Art 36(1) names what it
holds: the parties; the service's kind, form, time and place; the price and payment; the
rights and duties of each; liability, compensation, price reductions and unilateral
termination; the dates it takes effect and ends. Art 31(1)(c) asks for a contract in home
and community treatment too.

The parties, the service and its dates come from the records; the price and the terms the
parties agree are left to write in."""

from __future__ import annotations

from reportlab.platypus import Flowable

from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    between,
    id_document,
    months,
    residence_text,
)
from canghien_desktop.services.station.forms.decision import legal_bases
from canghien_desktop.services.station.forms.parts import lines, person_signature
from canghien_desktop.services.station.forms.spec import EnrolmentForm, Sheet

TITLE = "Hợp đồng dịch vụ cai nghiện ma túy"
# The services a provider may offer (Decree 116 Art 15), ticked by hand: which of them a
# contract covers is the parties' choice.
SERVICES = (
    "Tư vấn, xây dựng kế hoạch cai nghiện",
    "Điều trị cắt cơn, giải độc, điều trị rối loạn tâm thần và các bệnh lý khác",
    "Giáo dục, tư vấn, phục hồi hành vi, nhân cách",
    "Lao động trị liệu, học nghề, hỗ trợ tái hòa nhập cộng đồng",
)
_CLAUSES = (
    "Giá dịch vụ và phương thức thanh toán",
    "Quyền và nghĩa vụ của Bên A",
    "Quyền và nghĩa vụ của Bên B",
    "Trách nhiệm do vi phạm hợp đồng, bồi thường thiệt hại, giảm giá dịch vụ",
    "Đơn phương chấm dứt hợp đồng",
)


def _build(sheet: Sheet) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    bases = [*legal_bases(sheet.rules), f"Căn cứ {sheet.decision_ref()}."]
    return [
        *doc.header(),
        *doc.title(TITLE),
        doc.paragraph("Số: ……/HĐ-DVCN", doc.styles().centre),
        *(doc.paragraph(doc.esc(line), doc.styles().italic) for line in bases),
        doc.paragraph(
            doc.esc(f"Hôm nay, {doc.vn_date(e.started_on)}, tại {d.commune.full}, chúng tôi gồm:")
        ),
        *_provider(sheet),
        *_client(sheet),
        doc.paragraph("Hai bên thỏa thuận ký hợp đồng với các điều khoản sau:"),
        *_service(sheet),
        *_blank_clauses(),
        _effect(sheet),
        doc.signatures(
            [
                doc.Signature(("Bên B",), name=person_signature(d, e.started_on).name),
                doc.Signature(("Đại diện Bên A",), doc.SIGN_AND_SEAL),
            ]
        ),
    ]


def _provider(sheet: Sheet) -> list[Flowable]:
    f = doc.field
    name = sheet.enrolment.provider or sheet.dossier.office.name
    return [
        doc.paragraph(
            f"<b>Bên A (đơn vị cung cấp dịch vụ):</b> {doc.esc(name)}", doc.styles().plain
        ),
        doc.fields(f("Địa chỉ", ""), f("Điện thoại", "")),
        doc.fields(f("Người đại diện", ""), f("Chức vụ", "")),
    ]


def _client(sheet: Sheet) -> list[Flowable]:
    """Bên B: the person, or for a minor the representative acting for them."""
    d, f = sheet.dossier, doc.field
    person, rep = d.person, d.person.representative
    head = "<b>Bên B (người cai nghiện ma túy):</b>"
    out = [
        doc.paragraph(f"{head} {doc.esc(person.full_name)}", doc.styles().plain),
        doc.fields(f("Ngày sinh", person.birth.display()), f("Giới tính", label(person.sex))),
        doc.fields(f("Giấy tờ tùy thân", id_document(person)), f("Điện thoại", person.phone)),
        doc.fields(f("Nơi cư trú", residence_text(person))),
    ]
    if rep is not None and person.is_minor_on(sheet.enrolment.started_on or sheet.ctx.today()):
        out.append(
            doc.fields(
                f("Người đại diện hợp pháp", rep.full_name, bold=True),
                f("Quan hệ", rep.relationship),
                f("Số giấy tờ", rep.id_number),
            )
        )
    return out


def _service(sheet: Sheet) -> list[Flowable]:
    e, f = sheet.enrolment, doc.field
    term = e.term_months or sheet.rules.term_range(e.is_repeat)[0]
    when = f"{months(term)}, {between(e.started_on, e.planned_end_on)}"
    return [
        doc.article(1, "Dịch vụ cai nghiện ma túy"),
        doc.paragraph("Loại dịch vụ:", doc.styles().plain),
        *doc.choice([(service, False) for service in SERVICES]),
        doc.fields(f("Hình thức", PLACE_NAMES[e.place_type])),
        doc.fields(f("Thời gian", when)),
        doc.fields(f("Địa điểm", f"{label(e.place_type).lower()}, {sheet.commune.full}")),
    ]


def _blank_clauses() -> list[Flowable]:
    out: list[Flowable] = []
    for number, clause in enumerate(_CLAUSES, start=2):
        out += [doc.article(number, doc.esc(clause)), *lines(count=2)]
    return out


def _effect(sheet: Sheet) -> Flowable:
    e = sheet.enrolment
    text = (
        f"Hợp đồng có hiệu lực {between(e.started_on, e.planned_end_on)}; được lập thành 02 "
        "bản có giá trị như nhau, mỗi bên giữ 01 bản."
    )
    return doc.article(len(_CLAUSES) + 2, doc.esc("Hiệu lực của hợp đồng. " + text))


FORM = EnrolmentForm("28", TITLE, _build, article="Điều 36 khoản 1; Điều 31 khoản 1")

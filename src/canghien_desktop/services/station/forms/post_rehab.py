"""The papers of post-rehab management at the place of residence (Decree 116/2021 Arts 77–81;
Law 73/2021 Art 40):

- Mẫu 50, the commune police's proposal to manage a person who completed treatment;
- Mẫu 51, the decision to manage them (Art 78(2) names its fields: the day signed, the
  signer, the person's name, birth, occupation and residence, the term, where and by whom
  it is carried out);
- Mẫu 54, the certificate that the management has ended (Art 81).

They follow the rule set in force on the day of the post-rehab decision (before it, of the
completion): a person who completed under Decree 116 may be managed under the later law.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station import followups
from canghien_desktop.services.station.forms.common import between, identity, police_chief
from canghien_desktop.services.station.forms.decision import legal_bases
from canghien_desktop.services.station.forms.spec import EnrolmentForm, Sheet

PROPOSAL_TITLE = "Văn bản đề nghị quản lý sau cai nghiện ma túy"
DECISION_TITLE = "Quyết định quản lý sau cai nghiện ma túy"
END_TITLE = "Giấy chứng nhận hoàn thành thời gian quản lý sau cai nghiện ma túy"
ABOUT = "Về việc quản lý sau cai nghiện ma túy tại nơi cư trú"


def _post_rehab_day(e: Enrolment) -> date | None:
    return e.post_rehab_on or e.completed_on


def _certificate(sheet: Sheet) -> str:
    e = sheet.enrolment
    number = e.certificate_number or doc.DOTS
    return (
        "Giấy xác nhận hoàn thành cai nghiện ma túy tự nguyện tại gia đình, cộng đồng "
        f"số {number} ngày {format_dmy(e.completed_on)}"
    )


def _term(sheet: Sheet) -> str:
    e = sheet.enrolment
    span = between(e.post_rehab_on, e.post_rehab_end_due)
    return f"{sheet.rules.post_rehab_months:02d} tháng, {span}"


# --- Mẫu 50 ------------------------------------------------------------------------------


def _proposal(sheet: Sheet) -> list[Flowable]:
    d, police, decider = sheet.dossier, police_chief(sheet.commune), sheet.authority
    body = (
        f"Căn cứ {_certificate(sheet)}, {police.body} đề nghị {decider.full_title} quyết "
        "định quản lý sau cai nghiện ma túy tại nơi cư trú đối với:"
    )
    return [
        *doc.header(police.issuer(), "Số: ……/ĐN-CAX", d.commune.place_date(None)),
        *doc.title("Văn bản đề nghị", ABOUT),
        doc.paragraph(f"<b>Kính gửi:</b> {doc.esc(decider.full_title)}", doc.styles().centre),
        doc.paragraph(doc.esc(body)),
        *identity(d.person, "Ông/Bà"),
        doc.paragraph(
            doc.esc(f"Đã hoàn thành cai nghiện ma túy theo {sheet.decision_ref()}."),
            doc.styles().plain,
        ),
        doc.fields(
            doc.field(
                "Thời hạn quản lý đề nghị",
                f"{sheet.rules.post_rehab_months:02d} tháng kể từ ngày có quyết định",
            )
        ),
        doc.closing(
            ("Như trên", "Lưu: hồ sơ"),
            police.signature(),
            [
                doc.paragraph(
                    "<i>Hồ sơ kèm theo: bản tóm tắt lý lịch (Mẫu 30); bản sao Giấy xác nhận "
                    "hoàn thành cai nghiện ma túy.</i>",
                    doc.styles().plain,
                )
            ],
        ),
    ]


PROPOSAL = EnrolmentForm(
    "50", PROPOSAL_TITLE, _proposal, rules_on=_post_rehab_day, article="Điều 77"
)


# --- Mẫu 51 ------------------------------------------------------------------------------


def _decision(sheet: Sheet) -> list[Flowable]:
    e, authority = sheet.enrolment, sheet.authority
    number = e.post_rehab_decision_number or f"……/{authority.symbol}"
    return [
        *doc.header(authority.issuer(), f"Số: {number}", sheet.commune.place_date(e.post_rehab_on)),
        *doc.title("Quyết định", ABOUT),
        doc.paragraph(f"<b>{doc.esc(authority.full_title.upper())}</b>", doc.styles().centre),
        *_bases(sheet),
        doc.paragraph("<b>QUYẾT ĐỊNH:</b>", doc.styles().centre),
        *_managed(sheet),
        _duties(sheet),
        doc.closing(_DECISION_RECIPIENTS, authority.signature(), [_effect(sheet)]),
    ]


def _bases(sheet: Sheet) -> list[Flowable]:
    police = police_chief(sheet.commune)
    proposal = "" if sheet.authority.is_police else f"Văn bản đề nghị của {police.body} và "
    lines = [*legal_bases(sheet.rules), f"Xét {proposal}{_certificate(sheet)}."]
    return [doc.paragraph(doc.esc(line), doc.styles().italic) for line in lines]


def _managed(sheet: Sheet) -> list[Flowable]:
    d, f = sheet.dossier, doc.field
    return [
        doc.article(1, "Quản lý sau cai nghiện ma túy tại nơi cư trú đối với:"),
        *identity(d.person, "Ông/Bà"),
        doc.fields(f"Thời hạn quản lý: <b>{doc.esc(_term(sheet))}</b>."),
        doc.fields(f("Nơi thực hiện", sheet.commune.full)),
    ]


def _duties(sheet: Sheet) -> Flowable:
    d = sheet.dossier
    police = police_chief(sheet.commune).body
    manager = f" và người được giao quản lý ({d.enrolment.manager})" if d.enrolment.manager else ""
    return doc.article(
        2,
        doc.esc(
            f"{police}{manager} quản lý, hỗ trợ {d.person.full_name} trong thời hạn quản lý. "
            f"{d.person.full_name} có trách nhiệm chấp hành quy định về quản lý sau cai nghiện "
            f"ma túy; khi vắng mặt khỏi nơi cư trú phải báo {police}: thời gian vắng mặt không "
            "báo không được tính vào thời hạn quản lý."
        ),
    )


def _effect(sheet: Sheet) -> Flowable:
    police = police_chief(sheet.commune).body
    return doc.article(
        3,
        doc.esc(
            f"Quyết định này có hiệu lực kể từ ngày ký. {police}, công chức Lao động - Thương "
            f"binh và Xã hội {sheet.commune.full}, người có tên tại Điều 1 và gia đình chịu "
            "trách nhiệm thi hành Quyết định này."
        ),
    )


_DECISION_RECIPIENTS = (
    "Như Điều 3",
    "Người được quản lý và gia đình",
    "Lưu: VT, hồ sơ",
)
# Sent to the person or family, the commune police chief and the commune's labour, war
# invalids and social affairs officer (Art 78, docs/forms.md): three copies.
DECISION = EnrolmentForm(
    "51", DECISION_TITLE, _decision, rules_on=_post_rehab_day, article="Điều 78", copies=3
)


# --- Mẫu 54 ------------------------------------------------------------------------------


def _end(sheet: Sheet) -> list[Flowable]:
    d, e, authority = sheet.dossier, sheet.enrolment, sheet.authority
    decision = (
        f"Quyết định quản lý sau cai nghiện ma túy số {e.post_rehab_decision_number or doc.DOTS}"
        f" ngày {format_dmy(e.post_rehab_on) or doc.DOTS}"
    )
    served = "Đã chấp hành xong thời gian quản lý sau cai nghiện ma túy tại nơi cư trú theo "
    served += f"{decision}, {between(e.post_rehab_on, e.post_rehab_ended_on)}."
    return [
        *doc.header(
            authority.issuer(),
            f"Số: {e.post_rehab_end_number or '……'}",
            sheet.commune.place_date(e.post_rehab_ended_on),
        ),
        *doc.title("Giấy chứng nhận", "Hoàn thành thời gian quản lý sau cai nghiện ma túy"),
        doc.paragraph(
            f"<b>{doc.esc(authority.full_title.upper())}</b> chứng nhận:", doc.styles().plain
        ),
        *identity(d.person, "Ông/Bà"),
        doc.paragraph(doc.esc(served), doc.styles().plain),
        *_absences(sheet),
        doc.closing(
            ("Người được quản lý", police_chief(sheet.commune).body, "Lưu: VT, hồ sơ"),
            authority.signature(),
        ),
    ]


def _absences(sheet: Sheet) -> list[Flowable]:
    """Unreported absence does not count toward the term (Decree 116 Art 79(1)(b)): the
    days it added are stated, so the later end date reads as it should."""
    e = sheet.enrolment
    start = e.post_rehab_on or date.max
    days = sum(
        (f.until - f.on).days + 1
        for f in followups.follow_ups_of(sheet.ctx, sheet.actor, e.id or "")
        if f.kind is FollowUpKind.ABSENCE and not f.reported and f.until and f.on >= start
    )
    if not days:
        return []
    text = f"Thời gian vắng mặt không báo, không tính vào thời hạn quản lý: {days} ngày."
    return [doc.paragraph(doc.esc(text), doc.styles().plain)]


END = EnrolmentForm("54", END_TITLE, _end, rules_on=_post_rehab_day, article="Điều 81")

"""Mẫu 19 and Mẫu 20: the provider's intake papers, stage a) of the treatment (Decree
116/2021 Art 22).

- Mẫu 19, Phiếu thu thập thông tin: what Art 22(2) names (age, sex, health, the drug used
  and how much, education, occupation, other personal and family matters).
- Mẫu 20, Phiếu phân loại và kế hoạch cai nghiện: the classification and the individual
  plan of Art 22(4).

The official templates were not at hand: the fields the article names are laid out, filled
from the records where the app holds them, with lines to fill in by hand for the rest.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from canghien_desktop.domain.codes import Substance
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle_table import OPTIONAL_STAGES, STAGE_ORDER
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    PLACE_NAMES,
    Dossier,
    between,
    identity,
    months,
    substances_text,
)
from canghien_desktop.services.station.forms.parts import (
    ROW_FOR_HAND,
    heading,
    lines,
    person_signature,
    provider_issuer,
    provider_signature,
    short_identity,
    stages_begun,
)
from canghien_desktop.services.station.forms.spec import EnrolmentForm, Sheet

INFO_TITLE = "Phiếu thu thập thông tin của người cai nghiện ma túy"
PLAN_TITLE = "Phiếu phân loại và kế hoạch cai nghiện ma túy"


# --- Mẫu 19 ------------------------------------------------------------------------------


def _information(sheet: Sheet) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    return [
        *doc.header(provider_issuer(sheet), place_date=d.commune.place_date(e.started_on)),
        *doc.title("Phiếu thu thập thông tin", "Người cai nghiện ma túy tự nguyện"),
        heading("I. Thông tin cá nhân"),
        *identity(d.person),
        _age_and_schooling(sheet),
        *lines("Tình trạng hôn nhân, gia đình:"),
        heading("II. Tình trạng sử dụng ma túy"),
        *_drug_use(d),
        heading("III. Tình trạng sức khỏe"),
        *lines("Sức khỏe hiện tại, bệnh lý kèm theo (tâm thần, truyền nhiễm, khác):", 2),
        heading("IV. Các vấn đề khác của cá nhân, gia đình"),
        *lines(count=2),
        doc.signatures([_informant(d, e.started_on), doc.Signature(("Người thu thập thông tin",))]),
    ]


def _informant(d: Dossier, on: date | None) -> doc.Signature:
    """Whoever answers: the person, or for a minor the representative (who signs)."""
    return doc.Signature(("Người cung cấp thông tin",), name=person_signature(d, on).name)


def _age_and_schooling(sheet: Sheet) -> Flowable:
    person, e = sheet.person, sheet.enrolment
    age = person.birth.age_on(e.started_on or sheet.ctx.today())
    schooling = label(person.education) if person.education else ""
    f = doc.field
    return doc.fields(f("Tuổi", str(age)), f("Trình độ học vấn", schooling))


def _drug_use(d: Dossier) -> list[Flowable]:
    a, f = d.assessment, doc.field
    found = (
        f"Phiếu kết quả ngày {format_dmy(a.result_on)} của {a.facility}: có nghiện ma túy"
        if a
        else ""
    )
    before = [("Chưa", not d.enrolment.is_repeat), ("Đã từng", d.enrolment.is_repeat)]
    return [
        doc.fields(f("Loại ma túy sử dụng", substances_text(a) if a else "")),
        doc.fields(f("Kết quả xác định tình trạng nghiện", found)),
        *lines("Mức độ sử dụng (số lần trong ngày, lượng mỗi lần, cách sử dụng):"),
        doc.fields(f("Thời gian đã sử dụng", "")),
        doc.choice_line("Đã cai nghiện ma túy trước đây:", before),
    ]


INFORMATION = EnrolmentForm("19", INFO_TITLE, _information, article="Điều 22 khoản 2")


# --- Mẫu 20 ------------------------------------------------------------------------------


def _plan(sheet: Sheet) -> list[Flowable]:
    d, e = sheet.dossier, sheet.enrolment
    return [
        *doc.header(provider_issuer(sheet), place_date=d.commune.place_date(e.started_on)),
        *doc.title(PLAN_TITLE),
        *short_identity(d),
        heading("I. Phân loại"),
        *_classification(d),
        heading("II. Kế hoạch cai nghiện"),
        *_terms(sheet),
        _stages(d),
        doc.signatures([person_signature(d, e.started_on), provider_signature()]),
    ]


def _classification(d: Dossier) -> list[Flowable]:
    used = d.assessment.substances if d.assessment else frozenset()
    other = d.assessment.other_substance if d.assessment else ""
    kinds = [
        (label(s) + (f" ({other})" if s is Substance.OTHER and other else ""), s in used)
        for s in Substance
    ]
    times = [("Lần đầu", not d.enrolment.is_repeat), ("Lần thứ hai trở lên", d.enrolment.is_repeat)]
    return [
        doc.choice_line("Chất ma túy sử dụng:", kinds),
        doc.choice_line("Cai nghiện ma túy:", times),
        *lines("Mức độ nghiện, nhu cầu hỗ trợ và kết quả phân loại:"),
    ]


def _terms(sheet: Sheet) -> list[Flowable]:
    e, f = sheet.enrolment, doc.field
    term = e.term_months or sheet.rules.term_range(e.is_repeat)[0]
    span = between(e.started_on, e.planned_end_on)
    return [
        doc.fields(f"Thời hạn cai nghiện: <b>{months(term)}</b>, {doc.esc(span)}."),
        doc.fields(f("Hình thức", PLACE_NAMES[e.place_type])),
        doc.fields(f("Đơn vị cung cấp dịch vụ cai nghiện", e.provider)),
        doc.paragraph("Các giai đoạn và hoạt động:", doc.styles().plain),
    ]


def _stages(d: Dossier) -> Flowable:
    """A row per stage: what will be done and when, written by hand; the day it began,
    from the records."""
    begun = stages_begun(d)
    rows = [
        (
            label(stage) + (" (không bắt buộc)" if stage in OPTIONAL_STAGES else ""),
            "",
            "",
            format_dmy(begun.get(stage)),
        )
        for stage in STAGE_ORDER
    ]
    head = ("Giai đoạn", "Nội dung, hoạt động", "Thời gian dự kiến", "Ngày bắt đầu")
    widths = (70 * mm, 45 * mm, 25 * mm, 25 * mm)
    return doc.ruled(head, rows, widths, centred=(3,), room=ROW_FOR_HAND)


PLAN = EnrolmentForm("20", PLAN_TITLE, _plan, article="Điều 22 khoản 4")

"""Mẫu 21: Kế hoạch tái hòa nhập cộng đồng, made by the person with the provider in stage
đ) of the treatment (Decree 116/2021 Art 26(5)): goals, wishes, circumstances, the support
at hand, the person's own abilities, a suitable job. The support already given is filled
from the follow-ups; the rest is the person's to write."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.followups import SUPPORT_KINDS, FollowUp
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station import followups
from canghien_desktop.services.station.forms.parts import (
    ROW_FOR_HAND,
    course,
    heading,
    lines,
    person_signature,
    provider_issuer,
    provider_signature,
    short_identity,
)
from canghien_desktop.services.station.forms.spec import EnrolmentForm, Sheet

TITLE = "Kế hoạch tái hòa nhập cộng đồng"
_ACTIVITY_ROWS = 4


def _build(sheet: Sheet) -> list[Flowable]:
    d, person = sheet.dossier, sheet.person
    f = doc.field
    schooling = label(person.education) if person.education else ""
    return [
        *doc.header(provider_issuer(sheet), place_date=d.commune.place_date(None)),
        *doc.title(TITLE),
        *short_identity(d),
        course(sheet),
        heading("1. Hoàn cảnh hiện tại"),
        doc.fields(f("Nghề nghiệp", person.occupation), f("Trình độ học vấn", schooling)),
        *lines("Gia đình, nơi ở, quan hệ xã hội:", 1),
        heading("2. Mục tiêu"),
        *lines(count=2),
        heading("3. Mong muốn, nguyện vọng"),
        *lines(count=1),
        heading("4. Nguồn lực hỗ trợ"),
        *_support(sheet),
        heading("5. Khả năng của bản thân"),
        *lines(count=1),
        heading("6. Công việc phù hợp"),
        *lines(count=1),
        heading("7. Các hoạt động và thời gian thực hiện"),
        _activities(),
        doc.signatures([person_signature(d, sheet.ctx.today()), provider_signature()]),
    ]


def _support(sheet: Sheet) -> list[Flowable]:
    """The support received so far (training, jobs, loans, schooling, the one-time
    support), then room for what the family and the commune can still offer."""
    given = [
        f
        for f in followups.follow_ups_of(sheet.ctx, sheet.actor, sheet.enrolment.id or "")
        if f.kind in SUPPORT_KINDS
    ]
    listed = [doc.esc(_support_line(f)) for f in given]
    return [
        *(doc.numbered(listed) if listed else []),
        *lines("Gia đình, cộng đồng, tổ chức có thể hỗ trợ:", 1),
    ]


def _support_line(f: FollowUp) -> str:
    amount = f", {_vnd(f.amount_vnd)}" if f.amount_vnd else ""
    notes = f": {f.notes}" if f.notes else ""
    return f"{label(f.kind)}, ngày {format_dmy(f.on)}{amount}{notes}"


def _vnd(amount: int) -> str:
    """Vietnamese groups thousands with dots: "1.490.000 đồng"."""
    return f"{amount:,}".replace(",", ".") + " đồng"


def _activities() -> Flowable:
    rows = [(str(n), "", "", "") for n in range(1, _ACTIVITY_ROWS + 1)]
    head = ("STT", "Hoạt động", "Thời gian thực hiện", "Người, tổ chức hỗ trợ")
    widths = (12 * mm, 73 * mm, 35 * mm, 45 * mm)
    return doc.ruled(head, rows, widths, centred=(0,), room=ROW_FOR_HAND)


FORM = EnrolmentForm("21", TITLE, _build, article="Điều 26 khoản 5")

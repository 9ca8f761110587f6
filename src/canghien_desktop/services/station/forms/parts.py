"""Pieces the provider's papers and the post-rehab papers share: the provider as issuer,
part headings, lines to fill in by hand, the person's short identity, the stages reached,
and who signs for the person."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.lifecycle_table import STAGE_ORDER, Stage
from canghien_desktop.services.labels import label
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station.forms.common import (
    Dossier,
    between,
    residence_text,
)
from canghien_desktop.services.station.forms.spec import Sheet


def provider_issuer(sheet: Sheet) -> doc.Issuer:
    """The provider heads its papers. A station providing the service itself answers to
    the commune's People's Committee (a public unit under the UBND xã since 2025)."""
    provider, office = sheet.enrolment.provider.strip(), sheet.dossier.office.name
    if provider and provider != office:
        return doc.Issuer((provider,))
    return doc.Issuer((office,), parent=(f"UBND {sheet.commune.full}",))


def heading(text: str) -> Flowable:
    """A part heading: "I. Thông tin cá nhân"."""
    return doc.paragraph(doc.esc(text), doc.styles().heading)


def lines(label_text: str = "", count: int = 1) -> list[Flowable]:
    """``label_text`` (if any) then ``count`` dotted lines to write on by hand."""
    head = [doc.paragraph(doc.esc(label_text), doc.styles().plain)] if label_text else []
    return [*head, *(doc.dotted_line() for _ in range(count))]


def short_identity(d: Dossier, name_label: str = "Họ và tên") -> list[Flowable]:
    """Name, birth, sex and residence: enough to tell the person, on papers that follow
    a fuller one (the intake sheet, the decision)."""
    p, f = d.person, doc.field
    return [
        doc.fields(
            f(name_label, p.full_name, bold=True),
            f("Ngày sinh", p.birth.display()),
            f("Giới tính", label(p.sex)),
        ),
        doc.fields(f("Nơi cư trú", residence_text(p))),
    ]


def stages_begun(d: Dossier) -> dict[Stage, date]:
    """The day each stage began, from the enrolment's events (a start enters stage a)."""
    begun: dict[Stage, date] = {}
    for event in d.events:
        if event.stage and Stage(event.stage) not in begun:
            begun[Stage(event.stage)] = event.on
    return {stage: begun[stage] for stage in STAGE_ORDER if stage in begun}


def course(sheet: Sheet) -> Flowable:
    """ "Cai nghiện theo Quyết định số … , từ ngày … đến ngày …" for running text."""
    e = sheet.enrolment
    end = e.completed_on or e.exit_on or e.planned_end_on
    text = f"Cai nghiện theo {sheet.decision_ref()}, {between(e.started_on, end)}."
    return doc.paragraph(doc.esc(text), doc.styles().plain)


def person_signature(d: Dossier, on: date | None) -> doc.Signature:
    """The person signs; for ages 12 to under 18 the legal representative does."""
    rep = d.person.representative
    if rep is not None and d.person.is_minor_on(on or d.enrolment.assessed_on):
        return doc.Signature(("Người đại diện hợp pháp",), name=rep.full_name)
    return doc.Signature(("Người cai nghiện",), name=d.person.full_name)


def provider_signature() -> doc.Signature:
    return doc.Signature(("Đại diện đơn vị", "cung cấp dịch vụ"), doc.SIGN_AND_SEAL)


def dated(day: date | None) -> str:
    return format_dmy(day) or "…/…/……"


ROW_FOR_HAND = 5 * mm  # room under a ruled row's text to write a line in

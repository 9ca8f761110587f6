"""What every form needs: the records behind it, the commune's name and header, identity
lines, file names, and writing the PDF together with an audit note."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from canghien_desktop.domain import places
from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import DocType, PlaceType, Substance
from canghien_desktop.domain.dates import format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import Enrolment
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.domain.person import Person
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.text import fold
from canghien_desktop.services.commune import commune_in_name
from canghien_desktop.services.file_replace import write_replacing
from canghien_desktop.services.labels import label
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.services.pdf import document as doc
from canghien_desktop.services.station import enrolments, people
from canghien_desktop.services.station.enrolments import EnrolmentEvent
from canghien_desktop.storage.files import private_folder

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.office import OfficeContext, OfficeInfo

PRIVATE_MODE = 0o600  # health data: readable by the station account only
AUDIT_ACTION = "print_form"
# Not a table name: the export selection follows audit entries by entity, and printing a
# form must not make an unchanged record look changed.
AUDIT_ENTITY = "form"

# labels.py has no names for ID documents; these read as the law names them.
DOC_NAMES = {
    DocType.CAN_CUOC: "Thẻ căn cước",
    DocType.CCCD: "Căn cước công dân",
    DocType.CMND: "Chứng minh nhân dân",
    DocType.PASSPORT: "Hộ chiếu",
    DocType.BIRTH_CERTIFICATE: "Giấy khai sinh",
}
PLACE_NAMES = {
    PlaceType.HOME: "Cai nghiện ma túy tự nguyện tại gia đình",
    PlaceType.COMMUNITY: "Cai nghiện ma túy tự nguyện tại cộng đồng",
}


@dataclass(frozen=True)
class Dossier:
    """The records one enrolment's forms are drawn from."""

    office: OfficeInfo
    person: Person
    enrolment: Enrolment
    assessment: Assessment | None
    events: tuple[EnrolmentEvent, ...]

    @property
    def commune(self) -> Commune:
        return commune_of(self.office)


def load_dossier(ctx: OfficeContext, actor: Actor, enrolment_id: str) -> Dossier:
    actor.require(Operation.VIEW_RECORDS)
    enrolment = enrolments.get_enrolment(ctx, actor, enrolment_id)
    person = people.get_person(ctx, actor, enrolment.person_id)
    assessment = next(
        (
            a
            for a in people.assessments_of(ctx, actor, enrolment.person_id)
            if a.id == enrolment.assessment_id
        ),
        None,
    )
    events = tuple(enrolments.events_of(ctx, actor, enrolment_id))
    return Dossier(ctx.info, person, enrolment, assessment, events)


def not_applicable(form: str, state: State) -> DomainError:
    return DomainError("form.not_applicable", form=form, state=state)


# --- the commune ------------------------------------------------------------------------


@dataclass(frozen=True)
class Commune:
    """The commune the station serves: from its code and the 2025 list when the station has
    chosen it, else read from the office name ("Trạm Y tế xã Bình Phú"). ``name`` is ""
    when neither says, and forms then leave a blank to fill in by hand rather than guess."""

    unit: str  # xã / phường / thị trấn / đặc khu
    name: str
    code: str = ""  # the 5 digits of QĐ 19/2025, when the station has chosen its commune
    official: str = ""  # "Xã Bình Phú, tỉnh Vĩnh Long", from the 2025 list

    @property
    def full(self) -> str:
        return f"{self.unit} {self.name or doc.DOTS}"

    @property
    def place(self) -> str:
        return self.name or doc.DOTS

    @property
    def committee(self) -> str:
        return f"Ủy ban nhân dân {self.full}"

    @property
    def listed(self) -> str:
        """ "Xã Bình Phú, tỉnh Vĩnh Long (mã xã 29287)", or "" when not from the list."""
        return f"{self.official} (mã xã {self.code})" if self.code else ""

    def issuer(self) -> doc.Issuer:
        return doc.Issuer(("Ủy ban nhân dân", self.full))

    def place_date(self, day: date | None) -> str:
        return f"{self.place}, {doc.vn_date(day)}"


def commune_of(info: OfficeInfo) -> Commune:
    listed = places.commune(info.commune_code)
    if listed is not None and listed.province.code == info.province_code:
        return Commune(listed.kind.lower(), listed.name, listed.code, listed.full_name)
    named = commune_in_name(info.name)
    return Commune(*named) if named else Commune("xã", "")


POLICE_CHIEF = "truong_cong_an_xa"  # a signer code of domain.rulesets.SIGNERS


@dataclass(frozen=True)
class Authority:
    """Who decides and signs for the commune: the Chair of its People's Committee (Decree
    116), or its police chief (reportedly, under Law 120/2025), as the rule set says."""

    code: str  # domain.rulesets.SIGNERS
    commune: Commune

    @property
    def is_police(self) -> bool:
        return self.code == POLICE_CHIEF

    @property
    def body(self) -> str:
        """The body that issues: "Ủy ban nhân dân xã X" or "Công an xã X"."""
        return f"Công an {self.commune.full}" if self.is_police else self.commune.committee

    @property
    def full_title(self) -> str:
        """ "Chủ tịch Ủy ban nhân dân xã X" or "Trưởng Công an xã X", for running text."""
        return f"Trưởng {self.body}" if self.is_police else f"Chủ tịch {self.body}"

    @property
    def symbol(self) -> str:
        """The issuer's part of a decision number: "……/QĐ-UBND"."""
        return "QĐ-CAX" if self.is_police else "QĐ-UBND"

    def issuer(self) -> doc.Issuer:
        if self.is_police:
            return doc.Issuer(("Công an", self.commune.full))
        return self.commune.issuer()

    def signature(self) -> doc.Signature:
        """ "CHỦ TỊCH" under the committee's name; the police chief by the signer's label."""
        title = label(self.code) if self.is_police else "Chủ tịch"
        return doc.Signature((title,), doc.SIGN_AND_SEAL)


def police_chief(commune: Commune) -> Authority:
    """The commune police chief, who signs the police's own papers (Mẫu 50, 52, 53)."""
    return Authority(POLICE_CHIEF, commune)


# --- people ---------------------------------------------------------------------------


def residence_text(person: Person) -> str:
    """Address, village and commune: its official name and code, or, for a code the 2025
    list does not hold (kept from before the mergers), the codes said to be unknown."""
    r = person.residence
    found = places.commune(r.commune_code)
    if found is not None and found.province.code == r.province_code:
        where = f"{found.full_name} (mã xã {r.commune_code})"
    else:
        where = (
            f"xã mã {r.commune_code}, tỉnh mã {r.province_code} "
            "(mã không có trong danh mục đơn vị hành chính 2025)"
        )
    return ", ".join(part for part in (r.address_detail, r.village, where) if part)


def id_document(person: Person) -> str:
    if not person.id_number:
        return ""
    return f"{DOC_NAMES.get(person.doc_type, person.doc_type.value)} số {person.id_number}"


def identity(
    person: Person,
    name_label: str = "Họ và tên",
    style: ParagraphStyle | None = None,
) -> list[Flowable]:
    """The identity lines shared by every form."""
    f = doc.field
    lines = [
        (
            f(name_label, person.full_name, bold=True),
            f("Giới tính", label(person.sex)),
            f("Ngày sinh", person.birth.display()),
        ),
        (
            f("Dân tộc", person.ethnicity),
            f("Nghề nghiệp", person.occupation),
            f("Số điện thoại", person.phone),
        ),
        (f("Giấy tờ tùy thân", id_document(person)),),
        (f("Nơi cư trú", residence_text(person)),),
    ]
    return [doc.fields(*line, style=style) for line in lines]


def substances_text(assessment: Assessment) -> str:
    names = [label(s) for s in sorted(assessment.substances) if s is not Substance.OTHER]
    if Substance.OTHER in assessment.substances:
        names.append(assessment.other_substance or label(Substance.OTHER))
    return ", ".join(names)


def decision_ref(e: Enrolment, decider: Authority) -> str:
    """ "Quyết định số 20/QĐ-UBND ngày 08/05/2026 của Chủ tịch Ủy ban nhân dân xã …"."""
    number = e.decision_number or doc.DOTS
    when = format_dmy(e.decision_on) or doc.DOTS
    return f"Quyết định số {number} ngày {when} của {decider.full_title}"


def months(n: int | None) -> str:
    return f"{n:02d} tháng" if n else f"{doc.DOTS} tháng"


def between(start: date | None, end: date | None) -> str:
    blank = "…/…/……"
    return f"từ ngày {format_dmy(start) or blank} đến ngày {format_dmy(end) or blank}"


# --- files ------------------------------------------------------------------------------


def file_name(form_slug: str, ledger_number: str, record_id: str) -> str:
    """``mau-22-15.pdf``: the ledger number, else the first 8 characters of the record id.
    Never a person's name: these files travel in folders and e-mails."""
    key = re.sub(r"[^a-z0-9]+", "-", fold(ledger_number)).strip("-")
    return f"{form_slug}-{key or record_id[:8]}.pdf"


@dataclass(frozen=True)
class Paper:
    """One form or summary rendered, not yet saved or printed: what the print preview shows,
    prints and saves."""

    data: bytes  # the PDF
    name: str  # its file name: the form's number and the ledger number, never a name
    title: str  # "Mẫu 26a – Giấy xác nhận …", for the audit note
    record_id: str  # the enrolment, person or year it is about, for the audit note
    copies: int = 1  # how many the law sends out (spec.EnrolmentForm.copies)


def keep_paper(ctx: OfficeContext, actor: Actor, paper: Paper, path: Path) -> Path:
    """Note the print in the audit log and write the file in one transaction: who printed
    whose record is part of the confidentiality duty (Decree 116 Art 4(2)). The file
    replaces an older one unless a PDF viewer holds that open (``file.in_use``)."""
    destination = {"file": path.name, "destination": str(path.parent)}
    try:
        with ctx.db.write() as session:
            _note(ctx, session, actor, paper, destination)
            private_folder(path.parent)
            write_replacing(path, paper.data, PRIVATE_MODE)
    except OSError as exc:  # full or pulled USB stick, read-only folder: say so, log nothing
        raise os_failure(exc, path=path) from exc
    return path


def note_printed(ctx: OfficeContext, actor: Actor, paper: Paper, printer: str, copies: int) -> None:
    """A paper sent to a printer is noted as a saved file is: which printer, how many."""
    with ctx.db.write() as session:
        _note(ctx, session, actor, paper, {"printer": printer, "copies": copies})


def _note(
    ctx: OfficeContext, session: Session, actor: Actor, paper: Paper, where: Mapping[str, object]
) -> None:
    ctx.writer(session, actor.username).note(
        AUDIT_ACTION, AUDIT_ENTITY, paper.record_id, {"form": paper.title, **where}
    )

"""Who a period report is from, to whom it goes and who signs it: the top and the foot of
Biểu 01-BCN (a commune's report) and Biểu 03-BCN (a consolidating office's), after
Thông tư 05/2011/TT-BLĐTBXH. The official templates were not at hand, so the layout is
unchecked (docs/forms.md, "The period reports") and says so on the paper.

The station reports for its commune: the People's Committee (or, under the rule set, the
commune police) is the reporting unit and its head signs, as the rule ``report_signer``
says; the receiving unit is the rule ``report_recipient`` (``office_report_recipient`` for
an office), which an office sets in its override file where the law no longer names one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.domain.rulesets import RuleSet
from canghien_desktop.services.commune import commune_in_name, office_commune
from canghien_desktop.services.pdf.styles import vn_date
from canghien_desktop.storage.rows import UserRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

STATION_FORM, OFFICE_FORM = "01-BCN", "03-BCN"
FORM_BASIS = "Thông tư số 05/2011/TT-BLĐTBXH"
POLICE_CHIEF = "truong_cong_an_xa"  # a signer code of domain.rulesets.SIGNERS
OFFICE_HEAD = ("THỦ TRƯỞNG ĐƠN VỊ",)


@dataclass(frozen=True)
class Heading:
    """The words around a report's tables; "" where nothing is known (printed as dots to
    fill in by hand rather than guessed)."""

    form: str = STATION_FORM  # "01-BCN" or "03-BCN"
    reporting_unit: str = ""  # "Ủy ban nhân dân xã Bình Phú"
    recipient: str = ""  # "Phòng Lao động - Thương binh và Xã hội"
    signer: tuple[str, ...] = OFFICE_HEAD  # the signing block's title lines
    place: str = ""  # the place of the date line: "Bình Phú"
    preparer: str = ""  # the full name of the account that made the report

    @property
    def label(self) -> str:
        return f"Biểu số {self.form}"


def heading_of(ctx: OfficeContext, actor: Actor, rules: RuleSet) -> Heading:
    """The heading of this office's report under ``rules`` (the set in force at the
    period's end, or today for a running period)."""
    preparer = _full_name(ctx, actor)
    if ctx.info.kind is OfficeKind.CONSOLIDATING:
        return Heading(
            OFFICE_FORM, ctx.info.name, rules.office_report_recipient, OFFICE_HEAD, "", preparer
        )
    unit, name = _commune(ctx)
    place = f"{unit} {name}" if name else f"{unit} …………"
    signer: tuple[str, ...]
    if rules.report_signer == POLICE_CHIEF:
        body, signer = f"Công an {place}", ("TRƯỞNG CÔNG AN XÃ",)
    else:
        body, signer = f"Ủy ban nhân dân {place}", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return Heading(STATION_FORM, body, rules.report_recipient, signer, name, preparer)


def _commune(ctx: OfficeContext) -> tuple[str, str]:
    """(unit, name) of the station's commune: from the 2025 list when chosen, else read
    from the office's name, else ("xã", "")."""
    listed = office_commune(ctx.info)
    if listed is not None:
        return listed.kind.lower(), listed.name
    return commune_in_name(ctx.info.name) or ("xã", "")


def _full_name(ctx: OfficeContext, actor: Actor) -> str:
    with ctx.db.read() as session:
        name = session.scalar(select(UserRow.full_name).where(UserRow.username == actor.username))
    return name or ""


def date_line(place: str, day: date) -> str:
    """ "Bình Phú, ngày 05 tháng 02 năm 2026", the place dotted when unknown."""
    return f"{place or '…………'}, {vn_date(day)}"

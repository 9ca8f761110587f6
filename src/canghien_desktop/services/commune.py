"""The commune a station serves, chosen from the 2025 list (``domain.places``), and how a
stored pair of codes is named for people.

Offices made before the list was in the app have no commune, or one typed as any five
digits; an admin or the head of such a station is asked for it once after the upgrade
(``commune_question_due``), and may set it any time in the settings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from canghien_desktop.domain import places
from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import ValidationError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.i18n import translate
from canghien_desktop.storage.rows import OfficeRow, SettingRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext, OfficeInfo

ASKED = "commune_asked"  # setting: the question after the upgrade was put, and answered
_UNIT = re.compile(r"(?:^|\s)(xã|phường|thị trấn|đặc khu)\s+(\S.*)$", re.IGNORECASE)


def place_name(province_code: str, commune_code: str) -> str:
    """ "Xã Bình Phú, tỉnh Vĩnh Long"; for a code the 2025 list does not hold (a record
    from before the mergers, a typing mistake kept as stored) the code, marked as unknown;
    "" when there is no code at all."""
    if not commune_code:
        return ""
    found = places.commune(commune_code)
    if found is not None and province_code in ("", found.province.code):
        return found.full_name
    return translate("places", "mã {code} (không có trong danh mục 2025)").format(code=commune_code)


def is_listed(province_code: str, commune_code: str) -> bool:
    """Whether both codes name one commune of the 2025 list."""
    found = places.commune(commune_code)
    return found is not None and found.province.code == province_code


def office_commune(info: OfficeInfo) -> places.Commune | None:
    """The station's commune, when its code is in the 2025 list."""
    found = places.commune(info.commune_code)
    return found if found is not None and is_listed(info.province_code, found.code) else None


def commune_in_name(office_name: str) -> tuple[str, str] | None:
    """("xã", "Bình Phú") read from an office named "Trạm Y tế xã Bình Phú", for a station
    that has not chosen its commune from the list; None when the name does not say."""
    match = _UNIT.search(office_name.strip())
    return (match.group(1).lower(), match.group(2).strip()) if match else None


def set_office_commune(ctx: OfficeContext, actor: Actor, commune_code: str) -> OfficeInfo:
    """Make ``commune_code`` (and its province) the office's, audited. The office's name is
    left as typed: forms take the commune's official name from the code."""
    actor.require(Operation.SET_COMMUNE)
    found = places.commune(commune_code)
    if found is None:
        raise ValidationError("commune_code", "places.unknown_commune", value=commune_code[:12])
    with ctx.db.write() as session:
        row = session.query(OfficeRow).one()
        before = {"province_code": row.province_code, "commune_code": row.commune_code}
        row.province_code, row.commune_code = found.province.code, found.code
        after = {"province_code": found.province.code, "commune_code": found.code}
        ctx.writer(session, actor.username).note(
            "set_commune", "office", row.code, {**after, "before": before}
        )
        _mark_asked(session)
    ctx.info = replace(ctx.info, province_code=found.province.code, commune_code=found.code)
    return ctx.info


def commune_question_due(ctx: OfficeContext, actor: Actor) -> bool:
    """Whether to ask this user for the station's commune now: a station whose commune is
    not in the 2025 list, a user who may set it, and not asked before."""
    if ctx.info.kind is not OfficeKind.STATION or office_commune(ctx.info) is not None:
        return False
    if not actor.may(Operation.SET_COMMUNE):
        return False
    with ctx.db.read() as session:
        return session.get(SettingRow, ASKED) is None


def postpone_commune_question(ctx: OfficeContext, actor: Actor) -> None:
    """The user chose "later": do not ask again at each login; the settings keep the way."""
    actor.require(Operation.SET_COMMUNE)
    with ctx.db.write() as session:
        _mark_asked(session)
        ctx.writer(session, actor.username).note("setting", "setting", ASKED, {"value": "later"})


def _mark_asked(session: Session) -> None:
    row = session.get(SettingRow, ASKED) or SettingRow(key=ASKED)
    row.value = "1"
    session.add(row)

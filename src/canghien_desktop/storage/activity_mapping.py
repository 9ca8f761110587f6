"""Between the plan's activities (``domain.activities``) and their rows: the columns carry
the fields' names, so each kind maps field by field; coded fields are stored as their
values."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import StrEnum
from types import SimpleNamespace
from typing import Any

from canghien_desktop.domain.activities import (
    Activity,
    CounsellingPoint,
    GroupSession,
    MobilisedOrganisation,
    OrganisationKind,
    OutreachSession,
    PlanIndicator,
    PlanTarget,
    StaffTraining,
)
from canghien_desktop.storage.activity_rows import (
    CounsellingPointRow,
    GroupSessionRow,
    MobilisedOrganisationRow,
    OutreachSessionRow,
    PlanTargetRow,
    StaffTrainingRow,
)
from canghien_desktop.storage.base import ColumnValue, SyncedRecord

ROW_OF: dict[type[Activity], type[SyncedRecord]] = {
    OutreachSession: OutreachSessionRow,
    StaffTraining: StaffTrainingRow,
    CounsellingPoint: CounsellingPointRow,
    GroupSession: GroupSessionRow,
    MobilisedOrganisation: MobilisedOrganisationRow,
    PlanTarget: PlanTargetRow,
}
KIND_OF: dict[type[SyncedRecord], type[Activity]] = {row: kind for kind, row in ROW_OF.items()}
_CODED: dict[str, type[StrEnum]] = {"org_kind": OrganisationKind, "indicator": PlanIndicator}
_FIELDS = {
    kind: tuple(f.name for f in dataclasses.fields(kind) if f.name != "id") for kind in ROW_OF
}


def activity_fields(record: Activity) -> dict[str, ColumnValue]:
    """The row's business columns for ``record``."""
    out: dict[str, ColumnValue] = {}
    for name in _FIELDS[type(record)]:
        value = getattr(record, name)
        out[name] = value.value if isinstance(value, StrEnum) else value
    return out


def row_to_activity(row: SyncedRecord | SimpleNamespace, kind: type[Activity]) -> Activity:
    """The record a row (or an incoming batch record's fields, as a namespace) holds; a
    code the domain does not know raises ValueError."""
    values: dict[str, Any] = {}  # Any: each field has its own type
    for name in _FIELDS[kind]:
        value = getattr(row, name)
        values[name] = _CODED[name](value) if name in _CODED else value
    return kind(**values, id=getattr(row, "id", None))


def fields_to_activity(kind: type[Activity], fields: Mapping[str, object]) -> Activity:
    """``row_to_activity`` of a batch record's typed fields."""
    return row_to_activity(SimpleNamespace(**fields), kind)

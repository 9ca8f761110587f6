"""Roles and what each may do. Enforced in the services, so the command line obeys them too."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from canghien_desktop.domain.errors import PermissionDenied


class Role(StrEnum):
    DATA_ENTRY = "nhap_lieu"
    STATION_HEAD = "truong_tram"
    CONSOLIDATING_OFFICER = "can_bo_tong_hop"
    ADMIN = "quan_tri"


class Operation(StrEnum):
    VIEW_RECORDS = "view_records"
    EDIT_RECORDS = "edit_records"
    EXPORT = "export"
    IMPORT = "import"
    REPORT = "report"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    EDIT_SETTINGS = "edit_settings"
    LOAD_DEMO = "load_demo"
    RESTORE = "restore"  # replaces every record with a backup's: the head's decision
    SET_COMMUNE = "set_commune"  # which commune the station serves: the head knows it
    # The plan's activities (sessions, training, targets …): a station's staff record
    # theirs, an office's officers the office's own (domain.activities).
    RECORD_ACTIVITIES = "record_activities"


_ALLOWED: dict[Role, frozenset[Operation]] = {
    Role.DATA_ENTRY: frozenset(
        {
            Operation.VIEW_RECORDS,
            Operation.EDIT_RECORDS,
            Operation.REPORT,
            Operation.RECORD_ACTIVITIES,
        }
    ),
    Role.STATION_HEAD: frozenset(
        {
            Operation.VIEW_RECORDS,
            Operation.EDIT_RECORDS,
            Operation.REPORT,
            Operation.EXPORT,
            Operation.MANAGE_USERS,
            Operation.VIEW_AUDIT,
            Operation.RESTORE,
            Operation.SET_COMMUNE,
            Operation.RECORD_ACTIVITIES,
        }
    ),
    Role.CONSOLIDATING_OFFICER: frozenset(
        {
            Operation.VIEW_RECORDS,
            Operation.IMPORT,
            Operation.REPORT,
            Operation.VIEW_AUDIT,
            Operation.RECORD_ACTIVITIES,
        }
    ),
    Role.ADMIN: frozenset(Operation),
}


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service acts."""

    username: str
    role: Role
    office_code: str

    def may(self, operation: Operation) -> bool:
        return operation in _ALLOWED[self.role]

    def require(self, operation: Operation) -> None:
        if not self.may(operation):
            raise PermissionDenied("permission.denied", role=self.role, operation=operation)


# A station has nurses, a head and an administrator; an office above the stations has its
# officers and an administrator. A role from the other kind would grant nothing useful.
_ROLES_BY_KIND: dict[str, tuple[Role, ...]] = {
    "station": (Role.DATA_ENTRY, Role.STATION_HEAD, Role.ADMIN),
    "district": (Role.CONSOLIDATING_OFFICER, Role.ADMIN),
}


def roles_for(office_kind: str) -> tuple[Role, ...]:
    """The roles a user of an office of ``office_kind`` (an ``OfficeKind`` value) may hold."""
    return _ROLES_BY_KIND[office_kind]

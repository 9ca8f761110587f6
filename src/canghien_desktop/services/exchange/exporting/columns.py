"""One column specification per record type, shared by the workbook and the machine copy.

Columns come from the ORM rows themselves, so a new field is exported (and a test fails
until it has a Vietnamese header) without anyone remembering to add it here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import inspect

from canghien_desktop.storage.activity_rows import (
    CounsellingPointRow,
    GroupSessionRow,
    MobilisedOrganisationRow,
    OutreachSessionRow,
    PlanTargetRow,
    StaffTrainingRow,
)
from canghien_desktop.storage.base import ColumnValue, SyncedRecord, UTCDateTime, table_name
from canghien_desktop.storage.rows import (
    AssessmentRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    MonitoringEventRow,
    MonitoringRow,
    PersonRow,
)

HEADERS: dict[str, str] = {
    # bookkeeping carried by every record
    "id": "Mã bản ghi",
    "version": "Phiên bản",
    "base_version": "Phiên bản gốc",
    "origin_office": "Đơn vị tạo",
    "changed_by": "Người sửa cuối",
    "changed_at": "Thời điểm sửa (UTC)",
    "content_hash": "Mã băm nội dung",
    "deleted": "Đã xóa",
    "history": "Các phiên bản trước",
    # person
    "ho": "Họ",
    "chu_dem": "Chữ đệm",
    "ten": "Tên",
    "other_names": "Tên khác",
    "birth_year": "Năm sinh",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "ethnicity": "Dân tộc",
    "doc_type": "Loại giấy tờ",
    "id_number": "Số giấy tờ",
    "phone": "Điện thoại",
    "education": "Trình độ học vấn",
    "occupation": "Nghề nghiệp",
    "province_code": "Mã tỉnh",
    "commune_code": "Mã xã",
    "village": "Thôn/tổ",
    "address_detail": "Địa chỉ",
    "rep_name": "Người đại diện",
    "rep_relationship": "Quan hệ",
    "rep_phone": "ĐT người đại diện",
    "rep_id_number": "Giấy tờ người đại diện",
    "notes": "Ghi chú",
    "search_key": "Khóa tìm kiếm",
    # assessment
    "person_id": "Mã người",
    "facility": "Cơ sở xác định",
    "doctor": "Bác sĩ",
    "received_on": "Ngày tiếp nhận",
    "result_on": "Ngày có kết quả",
    "addicted": "Có nghiện",
    "criteria": "Tiêu chí",
    "substances": "Chất sử dụng",
    "other_substance": "Chất khác",
    "referral": "Nguồn",
    "referral_ref": "Văn bản giới thiệu",
    # enrolment
    "assessment_id": "Mã xác định nghiện",
    "assessed_on": "Ngày xác định nghiện",
    "place_type": "Hình thức",
    "state": "Trạng thái",
    "stage": "Giai đoạn",
    "opioid": "Nghiện CDTP",
    "is_repeat": "Cai lần 2 trở lên",
    "rule_set_code": "Bộ quy định",
    "provider": "Đơn vị cung cấp dịch vụ",
    "manager": "Người quản lý",
    "registered_on": "Ngày đăng ký",
    "ledger_number": "Số sổ đăng ký",
    "appraised_on": "Ngày thẩm định",
    "decision_on": "Ngày quyết định",
    "decision_number": "Số quyết định",
    "term_months": "Thời hạn (tháng)",
    "started_on": "Ngày bắt đầu",
    "planned_end_on": "Ngày kết thúc dự kiến",
    "completed_on": "Ngày hoàn thành",
    "certificate_number": "Số giấy xác nhận",
    "post_rehab_on": "Ngày QĐ quản lý sau cai",
    "post_rehab_decision_number": "Số QĐ quản lý sau cai",
    "post_rehab_end_due": "Hạn kết thúc QLSC",
    "post_rehab_ended_on": "Ngày kết thúc QLSC",
    "post_rehab_end_number": "Số giấy chứng nhận kết thúc",
    "exit_on": "Ngày ra khỏi",
    "exit_reason": "Lý do",
    "last_event_on": "Ngày sự kiện cuối",
    "transferred_from": "Chuyển từ xã",
    "entry": "Tiếp nhận từ",
    "pauses": "Tạm dừng do bất khả kháng",
    # lifecycle event
    "enrolment_id": "Mã ghi danh",
    "action": "Việc",
    "occurred_on": "Ngày",
    "from_state": "Từ trạng thái",
    "to_state": "Sang trạng thái",
    "number": "Số văn bản",
    "reason": "Lý do",
    "due_on": "Hạn",
    "late_by": "Muộn (ngày làm việc)",
    # follow-up
    "kind": "Loại",
    "mode": "Hình thức",
    "staff": "Cán bộ",
    "results": "Kết quả xét nghiệm",
    "until": "Đến ngày",
    "reported": "Có báo",
    "amount_vnd": "Số tiền (đồng)",
    # electronic monitoring and its events
    "decider_name": "Người quyết định",
    "decider_title": "Chức vụ người quyết định",
    "start_on": "Ngày bắt đầu giám sát",
    "end_on": "Ngày kết thúc theo quyết định",
    "device_type": "Loại thiết bị",
    "device_serial": "Số thiết bị",
    "ended_on": "Ngày kết thúc thực tế",
    "end_reason": "Lý do kết thúc",
    "monitoring_id": "Mã giám sát",
    # the plan's other activities (storage.activity_rows)
    "held_on": "Ngày tổ chức",
    "place": "Địa điểm",
    "topic": "Chủ đề",
    "audience": "Đối tượng",
    "attendance": "Số người tham dự",
    "trainees": "Cán bộ được tập huấn",
    "hours": "Số giờ",
    "certified": "Có chứng chỉ",
    "cert_number": "Số chứng chỉ",
    "point_name": "Tên điểm tư vấn",
    "address": "Địa chỉ điểm tư vấn",
    "opened_on": "Ngày mở",
    "closed_on": "Ngày đóng",
    "org_name": "Tên tổ chức",
    "org_kind": "Loại tổ chức",
    "contribution": "Nội dung tham gia, hỗ trợ",
    "joined_on": "Tham gia từ ngày",
    "left_on": "Tham gia đến ngày",
    "year": "Năm",
    "indicator": "Chỉ tiêu",
    "target": "Số chỉ tiêu",
}


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # text / date / datetime / int / bool
    width: float
    nullable: bool  # an empty cell reads back as None here, as "" otherwise

    def from_cell(self, value: ColumnValue) -> ColumnValue:
        """The stored value of a workbook cell (the inverse of what the writer wrote)."""
        if value is None or value == "":
            return None if self.nullable else ("" if self.kind == "text" else value)
        if self.kind == "date":
            return value.date() if isinstance(value, datetime) else value
        if self.kind == "datetime" and isinstance(value, str):  # written as ISO text
            return datetime.fromisoformat(value)
        return value


@dataclass(frozen=True)
class RecordType:
    code: str  # stable name in the manifest and the machine copy
    sheet: str  # Vietnamese sheet title
    row: type[SyncedRecord]
    columns: tuple[Column, ...]


def _kind(python_type: type) -> str:
    if python_type is datetime:
        return "datetime"
    if python_type is date:
        return "date"
    if python_type is bool:
        return "bool"
    return "int" if python_type is int else "text"


def _columns(row: type[SyncedRecord]) -> tuple[Column, ...]:
    out = []
    for attr in inspect(row).column_attrs:
        column = attr.columns[0]
        kind = (
            "datetime" if isinstance(column.type, UTCDateTime) else _kind(column.type.python_type)
        )
        width = {"date": 12, "datetime": 26, "bool": 9, "int": 10}.get(kind, 22)
        out.append(Column(attr.key, HEADERS[attr.key], kind, width, bool(column.nullable)))
    return tuple(out)


# The plan's activities (storage.activity_rows) by record type code: (sheet, row). They
# belong to no person: screens that list records by person say so instead of a name.
ACTIVITY_TYPES: dict[str, tuple[str, type[SyncedRecord]]] = {
    "outreach_sessions": ("Truyền thông", OutreachSessionRow),
    "trainings": ("Tập huấn cán bộ", StaffTrainingRow),
    "counselling_points": ("Điểm tư vấn", CounsellingPointRow),
    "group_sessions": ("Sinh hoạt nhóm", GroupSessionRow),
    "organisations": ("Tổ chức tham gia", MobilisedOrganisationRow),
    "plan_targets": ("Chỉ tiêu kế hoạch", PlanTargetRow),
}

_PERSON_TYPES: tuple[tuple[str, str, type[SyncedRecord]], ...] = (
    ("persons", "Người", PersonRow),
    ("assessments", "Xác định nghiện", AssessmentRow),
    ("enrolments", "Ghi danh", EnrolmentRow),
    ("events", "Sự kiện", EnrolmentEventRow),
    ("follow_ups", "Theo dõi", FollowUpRow),
    # Law 120/2025, batch format 3: after their parents, so an import meets them last
    ("monitorings", "Giám sát điện tử", MonitoringRow),
    ("monitoring_events", "Sự kiện giám sát", MonitoringEventRow),
)
RECORD_TYPES: tuple[RecordType, ...] = tuple(
    RecordType(code, sheet, row, _columns(row))
    for code, sheet, row in (
        *_PERSON_TYPES,
        # the plan's other activities, batch format 4: under no person, so in any order
        *((code, sheet, row) for code, (sheet, row) in ACTIVITY_TYPES.items()),
    )
)
# Record type code -> its table, the record's name (labels "entity.<table>").
ENTITIES: dict[str, str] = {t.code: table_name(t.row) for t in RECORD_TYPES}

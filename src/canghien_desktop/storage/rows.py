"""ORM rows of the station's records (suffix *Row). Business fields only; sync columns come
from ``SyncedRecord``. Types stay portable: no SQLite-only constructs (PostgreSQL later)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from canghien_desktop.storage import derived  # its tables register with the rest
from canghien_desktop.storage.activity_rows import ACTIVITY_ROWS
from canghien_desktop.storage.base import Base, SyncedRecord, UTCDateTime


class OfficeRow(Base):
    """This office: one row. ``level`` names the consolidating level (xã, huyện, tỉnh)."""

    __tablename__ = "office"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(20), default="")
    province_code: Mapped[str] = mapped_column(String(2), default="")
    commune_code: Mapped[str] = mapped_column(String(5), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class UserRow(Base):
    __tablename__ = "app_user"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    # The password is not here: it unwraps the user's key slot beside the database.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SettingRow(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditRow(Base):
    """Append-only, hash-chained log of every change (``services.audit`` verifies it)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    office_code: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    record_version: Mapped[int] = mapped_column(Integer, default=0)
    before_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    after_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class PersonRow(SyncedRecord, Base):
    __tablename__ = "person"
    ho: Mapped[str] = mapped_column(String(60))
    chu_dem: Mapped[str] = mapped_column(String(60), default="")
    ten: Mapped[str] = mapped_column(String(60))
    other_names: Mapped[str] = mapped_column(String(200), default="")
    birth_year: Mapped[int] = mapped_column(Integer)
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    sex: Mapped[str] = mapped_column(String(5))
    ethnicity: Mapped[str] = mapped_column(String(40), default="Kinh")
    doc_type: Mapped[str] = mapped_column(String(20))
    id_number: Mapped[str] = mapped_column(String(30), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    education: Mapped[str] = mapped_column(String(20), default="")
    occupation: Mapped[str] = mapped_column(String(100), default="")
    province_code: Mapped[str] = mapped_column(String(2))
    commune_code: Mapped[str] = mapped_column(String(5))
    village: Mapped[str] = mapped_column(String(100), default="")
    address_detail: Mapped[str] = mapped_column(String(200), default="")
    rep_name: Mapped[str] = mapped_column(String(200), default="")
    rep_relationship: Mapped[str] = mapped_column(String(50), default="")
    rep_phone: Mapped[str] = mapped_column(String(20), default="")
    rep_id_number: Mapped[str] = mapped_column(String(30), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(400), index=True)


class AssessmentRow(SyncedRecord, Base):
    __tablename__ = "assessment"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    facility: Mapped[str] = mapped_column(String(200))
    doctor: Mapped[str] = mapped_column(String(200))
    received_on: Mapped[date] = mapped_column(Date)
    result_on: Mapped[date] = mapped_column(Date)
    addicted: Mapped[bool] = mapped_column(Boolean)
    criteria: Mapped[str] = mapped_column(String(20))  # "1,3,5"
    substances: Mapped[str] = mapped_column(String(100))  # "thuoc_phien,ats"
    other_substance: Mapped[str] = mapped_column(String(100), default="")
    referral: Mapped[str] = mapped_column(String(20))
    referral_ref: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class EnrolmentRow(SyncedRecord, Base):
    """The current snapshot; ``EnrolmentEventRow`` keeps every step that led to it."""

    __tablename__ = "enrolment"
    __table_args__ = (Index("ix_enrolment_today", *derived.TODAY_COLUMNS),)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"), nullable=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    place_type: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(40), index=True)
    stage: Mapped[str | None] = mapped_column(String(2), nullable=True)
    opioid: Mapped[bool] = mapped_column(Boolean, default=False)
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    rule_set_code: Mapped[str] = mapped_column(String(40), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    manager: Mapped[str] = mapped_column(String(200), default="")
    registered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ledger_number: Mapped[str] = mapped_column(String(40), default="")
    appraised_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    decision_number: Mapped[str] = mapped_column(String(40), default="")
    term_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_end_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    certificate_number: Mapped[str] = mapped_column(String(40), default="")
    post_rehab_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    post_rehab_decision_number: Mapped[str] = mapped_column(String(40), default="")
    post_rehab_end_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    post_rehab_ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    post_rehab_end_number: Mapped[str] = mapped_column(String(40), default="")
    exit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    exit_reason: Mapped[str] = mapped_column(String(200), default="")
    last_event_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    transferred_from: Mapped[str] = mapped_column(String(5), default="")
    # Added in batch format 3: hashed only when not blank (``storage.canonical``), so the
    # records stored before them keep their content hashes.
    entry: Mapped[str] = mapped_column(String(20), default="")  # lifecycle_table.Entry
    pauses: Mapped[str] = mapped_column(String(400), default="")  # "2026-07-08/2026-07-10;…"


class EnrolmentEventRow(SyncedRecord, Base):
    __tablename__ = "enrolment_event"
    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[date] = mapped_column(Date)
    from_state: Mapped[str] = mapped_column(String(40))
    to_state: Mapped[str] = mapped_column(String(40))
    stage: Mapped[str | None] = mapped_column(String(2), nullable=True)
    number: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(String(200), default="")
    term_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    late_by: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class FollowUpRow(SyncedRecord, Base):
    __tablename__ = "follow_up"
    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    mode: Mapped[str] = mapped_column(String(20), default="")
    staff: Mapped[str] = mapped_column(String(200), default="")
    results: Mapped[str] = mapped_column(String(200), default="")  # "thuoc_phien:+,ats:-"
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    reported: Mapped[bool] = mapped_column(Boolean, default=True)
    amount_vnd: Mapped[int | None] = mapped_column(Integer, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class MonitoringRow(SyncedRecord, Base):
    """An electronic-monitoring decision of the commune police chief (Law 120/2025)."""

    __tablename__ = "monitoring"
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    enrolment_id: Mapped[str] = mapped_column(ForeignKey("enrolment.id"), index=True)
    decision_number: Mapped[str] = mapped_column(String(40))
    decision_on: Mapped[date] = mapped_column(Date)
    decider_name: Mapped[str] = mapped_column(String(200))
    decider_title: Mapped[str] = mapped_column(String(100))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    device_type: Mapped[str] = mapped_column(String(100))
    device_serial: Mapped[str] = mapped_column(String(60), default="")
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    end_reason: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class MonitoringEventRow(SyncedRecord, Base):
    """Something that happened while a monitoring ran (device removed, signal lost …)."""

    __tablename__ = "monitoring_event"
    monitoring_id: Mapped[str] = mapped_column(ForeignKey("monitoring.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


SYNCED_ROWS: tuple[type[SyncedRecord], ...] = (
    PersonRow,
    AssessmentRow,
    EnrolmentRow,
    EnrolmentEventRow,
    FollowUpRow,
    MonitoringRow,
    MonitoringEventRow,
    *ACTIVITY_ROWS,  # the plan's other activities (storage.activity_rows)
)


class DraftRow(Base):
    """Unfinished form input, saved as the user types so a crash or power cut loses nothing.

    Drafts are per user and per form; they never travel in batches and are never reports."""

    __tablename__ = "draft"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    form: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(64), default="")  # person/enrolment it is for
    payload_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("username", "form", "subject_id"),)


class TrustedKeyRow(Base):
    """A public key this office trusts: a station's district (signing key and age recipient),
    or, at a district, each station's signing key. Replaced keys stay, inactive, so old
    batches still verify."""

    __tablename__ = "trusted_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)  # minisign key id, hex
    office_code: Mapped[str] = mapped_column(String(20), index=True)
    office_name: Mapped[str] = mapped_column(String(200), default="")
    commune_code: Mapped[str] = mapped_column(String(5), default="")  # a station's commune
    role: Mapped[str] = mapped_column(String(20))  # district / backup / station
    signing_key: Mapped[str] = mapped_column(String(100), default="")  # minisign base64 line
    age_recipient: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    trusted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    trusted_by: Mapped[str] = mapped_column(String(64))
    # A revoked key (lost PC, stolen stick) verifies nothing that has not been imported yet.
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_by: Mapped[str] = mapped_column(String(64), default="")
    revoked_reason: Mapped[str] = mapped_column(String(200), default="")


class BatchRow(Base):
    """A batch this station exported. ``seq`` only exists once the file was written and
    verified, so a failed export leaves no gap and can simply be redone."""

    __tablename__ = "batch"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # period / since
    period_code: Mapped[str] = mapped_column(String(10), default="")
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    prev_sha256: Mapped[str] = mapped_column(String(64), default="")
    audit_seq_high: Mapped[int] = mapped_column(Integer)  # changes up to here are in it
    encrypted: Mapped[bool] = mapped_column(Boolean, default=True)
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    state: Mapped[str] = mapped_column(String(20), default="exported")
    audit_head: Mapped[str] = mapped_column(String(64), default="")  # anchored in its manifest


class ReceivedBatchRow(Base):
    """At a consolidating office: a batch that passed every check and was imported."""

    __tablename__ = "received_batch"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the station's batch id
    station_code: Mapped[str] = mapped_column(String(20), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    prev_sha256: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(10))
    period_code: Mapped[str] = mapped_column(String(10), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # by the station's clock
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_by: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    outcomes_json: Mapped[str] = mapped_column(Text, default="{}")
    ack_number: Mapped[int | None] = mapped_column(Integer, nullable=True)  # acknowledged in
    format_version: Mapped[int] = mapped_column(Integer, default=1)  # of the batch file


class ImportOutcomeRow(Base):
    """What happened to one record version of a received batch; conflicts and rejections
    wait here (quarantine) for a person, and acknowledgements report every outcome."""

    __tablename__ = "import_outcome"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("received_batch.id"), index=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(12))  # imported/identical/stale/conflict/rejected
    reason: Mapped[str] = mapped_column(String(200), default="")
    incoming_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # kept when held
    local_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(64), default="")
    # how a person settled it: merged (field by field), ours, theirs, retried, dismissed
    resolution: Mapped[str] = mapped_column(String(20), default="")
    settled_ack: Mapped[int | None] = mapped_column(Integer, nullable=True)  # told the station in


class RecordSyncRow(Base):
    """At a station: what the consolidating office said about a record version it received
    (from its signed acknowledgement): imported, identical, stale, conflict or rejected."""

    __tablename__ = "record_sync"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_type: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(12), index=True)
    reason: Mapped[str] = mapped_column(String(200), default="")
    batch_id: Mapped[str] = mapped_column(String(36))
    ack_office: Mapped[str] = mapped_column(String(20))
    ack_number: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PersonLinkRow(Base):
    """A reviewed pair of person records at the consolidating office: "same" merges them
    (the second counts as the first everywhere), "distinct" stops it being proposed again.
    Nothing is deleted, so a merge is undone by marking the link undone."""

    __tablename__ = "person_link"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kept_id: Mapped[str] = mapped_column(String(36), index=True)
    other_id: Mapped[str] = mapped_column(String(36), index=True)
    decision: Mapped[str] = mapped_column(String(10))  # same / distinct
    score: Mapped[int] = mapped_column(Integer, default=0)  # percent, as shown when decided
    reasons: Mapped[str] = mapped_column(String(200), default="")
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AuditAnchorRow(Base):
    """The head of another office's audit log as it signed it: at a consolidating office, the
    anchor in each station batch's manifest; at a station, the one in each acknowledgement.
    A later anchor that disagrees about an entry an earlier one covered shows that the
    other office's log was rewritten or cut (``services.exchange.anchors``)."""

    __tablename__ = "audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    peer: Mapped[str] = mapped_column(String(20), index=True)  # the office whose log it is
    kind: Mapped[str] = mapped_column(String(10))  # batch / ack
    number: Mapped[int] = mapped_column(Integer)  # the batch's seq or the ack's number
    audit_seq: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    previous_seq: Mapped[int] = mapped_column(Integer, default=0)
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CorrectionRequestRow(Base):
    """A correction the consolidating office asks of a station, which alone may edit its
    records. At the office: one it made, and the acknowledgement that carried it
    (``ack_number``, empty until sent). At the station: one received, the acknowledgement it
    came in, and what a person made of it: open, done or declined (with a short reason)."""

    __tablename__ = "correction_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(36), unique=True)  # made at the office
    office_code: Mapped[str] = mapped_column(String(20))  # the office that asks
    station_code: Mapped[str] = mapped_column(String(20), index=True)  # the record's owner
    record_type: Mapped[str] = mapped_column(String(20))  # persons, assessments …
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    record_version: Mapped[int] = mapped_column(Integer)  # the office's, when asked
    field: Mapped[str] = mapped_column(String(40))
    value_json: Mapped[str] = mapped_column(Text)  # the proposed value, as batches carry it
    note: Mapped[str] = mapped_column(String(500), default="")
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ack_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decline_reason: Mapped[str] = mapped_column(String(200), default="")

"""The shape of what arrives signed: a batch's manifest and an acknowledgement's body.

A signature says who wrote a file, not that it was written right: a buggy exporter, an
older or newer version, or whoever holds a station's key can sign anything. Every field
the import or the station reads is checked here, by type and range, before anything reads
it, so that a malformed file is one refusal naming the field, never a crash halfway
(``tests/integration/test_fuzz_exchange.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import NotRequired, TypedDict, cast

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonObject, JsonValue

Check = Callable[[JsonValue], bool]


class StationEntry(TypedDict):
    code: str
    name: NotRequired[str]
    commune_code: NotRequired[str]
    commune_name: NotRequired[str]  # the official 2025 name, for people; since format 2.x


class PeriodEntry(TypedDict):
    code: str
    start: str  # yyyy-mm-dd
    end: str


class MemberEntry(TypedDict):
    name: str
    size: int
    sha256: str
    encrypted: NotRequired[bool]


class Manifest(TypedDict):
    """A batch's manifest as the exporter writes it, and as the import reads it once
    ``check_manifest`` (with ``verify``'s checks before it) has passed it."""

    counts: dict[str, int]
    audit_seq_high: NotRequired[int]
    format: str
    format_version: int
    batch_id: str
    station: StationEntry
    key_id: NotRequired[JsonValue]  # written for people; never checked, never read
    seq: int
    prev_sha256: str
    kind: str  # "period" or "since"
    period: PeriodEntry | None
    since_seq: NotRequired[int]
    created_at: str  # ISO time with its zone
    app_version: NotRequired[JsonValue]  # written for people; never checked, never read
    schema_version: NotRequired[JsonValue]
    audit_anchor: NotRequired[JsonObject | None]  # parsed where read: exchange.anchors
    members: list[MemberEntry]


def period_code(manifest: Manifest) -> str:
    """The period a batch carries, "" for a "since" batch (which has none)."""
    period = manifest.get("period")
    return period["code"] if period else ""


class OutcomeEntry(TypedDict):
    type: str
    id: str
    version: int
    outcome: str
    reason: str
    settled_at: NotRequired[JsonValue]  # for people; never read


class AckBatch(TypedDict):
    batch_id: str
    seq: int
    received_at: str
    records: list[OutcomeEntry]


class AdoptEntry(TypedDict):
    type: str
    fields: JsonObject  # parsed where used: exchange.adoption


class RequestEntry(TypedDict):
    id: str
    type: str
    record_id: str
    version: int
    field: str
    value: JsonValue  # text, a number, true/false or null: checked by _REQUEST
    requested_at: str
    note: NotRequired[JsonValue]  # made text where read
    requested_by: NotRequired[JsonValue]


class Ack(TypedDict):
    """An acknowledgement's body once ``check_ack`` has passed it."""

    format: NotRequired[JsonValue]  # compared where read: exchange.acks
    format_version: int
    office: str
    station: str
    number: int
    created_at: str
    batches: list[AckBatch]
    settled: NotRequired[list[OutcomeEntry]]
    missing: NotRequired[list[int]]
    forks: NotRequired[list[int]]
    audit_anchor: NotRequired[JsonObject | None]  # parsed where read: exchange.anchors
    adopt: NotRequired[list[AdoptEntry]]
    requests: NotRequired[list[RequestEntry]]


def count(value: JsonValue, minimum: int = 0) -> bool:
    """A whole number of at least ``minimum``; ``True`` and ``2.0`` are not numbers here."""
    return type(value) is int and value >= minimum


def text(value: JsonValue) -> bool:
    return isinstance(value, str)


def moment(value: JsonValue) -> bool:
    """An ISO date and time with its zone, as ``datetime.isoformat`` writes it in UTC."""
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def day(value: JsonValue) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def list_of(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def record_of(fields: dict[str, Check], optional: frozenset[str] = frozenset()) -> Check:
    """A JSON object whose ``fields`` pass their checks (``optional`` ones may be absent)."""

    def check(value: JsonValue) -> bool:
        if not isinstance(value, dict):
            return False
        return all(
            (name in optional and name not in value) or (name in value and rule(value[name]))
            for name, rule in fields.items()
        )

    return check


def require(
    body: JsonValue, fields: dict[str, Check], optional: frozenset[str], code: str, whole: str
) -> JsonObject:
    """Refuse ``body`` with ``code`` naming the first field that is missing or wrong
    (``whole``, the file's name, when it is not even a JSON object); else ``body``."""
    if not isinstance(body, dict):
        raise DomainError(code, field=whole)
    for name, rule in fields.items():
        if name in optional and name not in body:
            continue
        if name not in body or not rule(body[name]):
            raise DomainError(code, field=name)
    return body


def _sha256(value: JsonValue) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in _HEX for c in value)


_HEX = frozenset("0123456789abcdef")


_MEMBER = record_of(
    {"name": text, "size": count, "sha256": _sha256, "encrypted": lambda v: isinstance(v, bool)},
    optional=frozenset({"encrypted"}),
)
_PERIOD = record_of({"code": text, "start": day, "end": day})
_STATION = record_of(
    {"code": text, "name": text, "commune_code": text, "commune_name": text},
    optional=frozenset({"name", "commune_code", "commune_name"}),  # older stations lack some
)
MANIFEST_FIELDS: dict[str, Check] = {
    "station": _STATION,
    "kind": lambda v: v in ("period", "since"),
    "period": lambda v: v is None or _PERIOD(v),
    "created_at": moment,
    "counts": lambda v: isinstance(v, dict) and all(text(k) and count(n) for k, n in v.items()),
    "members": list_of(_MEMBER),
    "since_seq": count,
    "audit_seq_high": count,
    "audit_anchor": lambda v: v is None or isinstance(v, dict),
}
# Format 1 batches, from stations not yet upgraded, carried no anchor.
MANIFEST_OPTIONAL = frozenset({"since_seq", "audit_seq_high", "audit_anchor"})


def check_manifest(manifest: JsonValue) -> Manifest:
    """``manifest`` as a ``Manifest``, once ``verify``'s checks of the fields it keys by
    (format, seq, prev_sha256, batch_id, station code) have passed it too."""
    body = require(manifest, MANIFEST_FIELDS, MANIFEST_OPTIONAL, "batch.bad_field", "manifest.json")
    if (body["kind"] == "period") != (body["period"] is not None):
        raise DomainError("batch.bad_field", field="period")
    # The checks above and verify's are the Manifest's shape, field by field.
    return cast(Manifest, body)


_OUTCOME = record_of({"type": text, "id": text, "version": count, "outcome": text, "reason": text})
_ACK_BATCH = record_of(
    {
        "batch_id": text,
        "seq": lambda v: count(v, 1),
        "received_at": moment,
        "records": list_of(_OUTCOME),
    }
)
_ADOPTED: dict[str, Check] = {"type": text, "fields": lambda v: isinstance(v, dict)}
_REQUEST: dict[str, Check] = {
    "id": text,
    "type": text,
    "record_id": text,
    "version": count,
    "field": text,
    "value": lambda v: v is None or isinstance(v, str | int | float | bool),
    "requested_at": moment,
}
ACK_FIELDS: dict[str, Check] = {
    "format_version": lambda v: count(v, 1),
    "office": text,
    "station": text,
    "number": lambda v: count(v, 1),
    "created_at": moment,
    "batches": list_of(_ACK_BATCH),
    "settled": list_of(_OUTCOME),
    "missing": list_of(lambda v: count(v, 1)),
    "forks": list_of(lambda v: count(v, 1)),
    "audit_anchor": lambda v: v is None or isinstance(v, dict),
    # Each adopted version and request is parsed again where it is used, and one this
    # version cannot read is skipped there; here, the keys every one must have.
    "adopt": list_of(record_of(_ADOPTED)),
    "requests": list_of(record_of(_REQUEST)),
}
# Fields an older office did not write yet.
ACK_OPTIONAL = frozenset({"settled", "missing", "forks", "audit_anchor", "adopt", "requests"})


def check_ack(body: JsonValue) -> Ack:
    checked = require(body, ACK_FIELDS, ACK_OPTIONAL, "ack.bad_field", "ack.json")
    return cast(Ack, checked)  # the checks of ACK_FIELDS are the Ack's shape, field by field

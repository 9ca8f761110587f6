"""Siblings: two versions of one record that its owner made on two lines, as when a PC is
restored from a backup and edited again. They meet at the office, which compares both
with their last common version (the base): a field only one line changed takes that
line's value, a field both changed to different values waits for a person. The office
never types a value of its own: every field of the result comes from one of the owner's
versions, and the acknowledgement asks the station to adopt it (``services.exchange.adoption``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.json_types import JsonObject, json_object, parse_json
from canghien_desktop.domain.versions import Version, common_ancestors, joined_history
from canghien_desktop.storage.base import RowFields, SyncedRecord
from canghien_desktop.storage.canonical import (
    business_fields,
    canonical_json,
    is_hashed,
    jsonable,
    sha256_hex,
    split_history,
    version_token,
)
from canghien_desktop.storage.rows import AuditRow, ImportOutcomeRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from canghien_desktop.services.exchange.importing.records import Incoming


@dataclass(frozen=True)
class SiblingMerge:
    outcome: str  # imported (merged) / conflict
    reason: str
    fields: RowFields | None = None  # the merged version, when imported


def merge(
    session: Session, incoming: Incoming, local: SyncedRecord, theirs: Version, held: Version
) -> SiblingMerge:
    base = base_content(session, incoming.id, theirs, held)
    if base is None:
        return SiblingMerge("conflict", "no common version known")
    if bool(incoming.fields["deleted"]) != bool(local.deleted):
        return SiblingMerge("conflict", "deleted on one side")
    arriving, holding = business_values(incoming.fields), business_values(local)
    both = sorted(
        key
        for key, value in arriving.items()
        if value != base.get(key) and holding[key] != base.get(key) and value != holding[key]
    )
    if both:
        return SiblingMerge("conflict", "both changed " + ", ".join(both))
    chosen = {
        key: incoming.fields[key] if value != base.get(key) else getattr(local, key)
        for key, value in arriving.items()
    }
    return SiblingMerge("imported", "merged", built_on_both(incoming, local, chosen))


def base_content(
    session: Session, record_id: str, theirs: Version, held: Version
) -> JsonObject | None:
    """The newest version both lines descend from whose content this office has seen."""
    contents = seen_contents(session, record_id)
    for token in common_ancestors(theirs, held):
        if token in contents:
            return contents[token]
    return None


def seen_contents(session: Session, record_id: str) -> dict[str, JsonObject]:
    """Token → business content (as JSON values) of every version of the record this office
    has seen: written or received (its audit entries), and held back (import outcomes)."""
    out: dict[str, JsonObject] = {}
    audited = session.execute(
        select(AuditRow.content_hash, AuditRow.after_json).where(
            AuditRow.record_id == record_id, AuditRow.after_json.is_not(None)
        )
    )
    for content_hash, after in audited:
        _remember(out, content_hash, json_object(parse_json(after or "{}")))
    held_back = session.scalars(
        select(ImportOutcomeRow.incoming_json).where(
            ImportOutcomeRow.record_id == record_id, ImportOutcomeRow.incoming_json.is_not(None)
        )
    )
    for text in held_back:
        fields = json_object(parse_json(text or "{}"))
        _remember(out, str(fields["content_hash"]), business_values(fields))
    return out


def _remember(out: dict[str, JsonObject], content_hash: str, content: JsonObject) -> None:
    for deleted in (False, True):  # a tombstone keeps the content it had
        out.setdefault(version_token(content_hash, deleted), content)


def business_values(source: RowFields | SyncedRecord) -> JsonObject:
    """Business fields as JSON values, from incoming fields or a row."""
    if isinstance(source, dict):
        return {
            k: jsonable(v)
            for k, v in source.items()
            if k not in SyncedRecord.SYNC_COLUMNS and is_hashed(k, v)
        }
    # business_fields gives JSON values already.
    return {k: v for k, v in business_fields(source).items() if k not in SyncedRecord.SYNC_COLUMNS}


def built_on_both(incoming: Incoming, local: SyncedRecord, chosen: RowFields) -> RowFields:
    """A new version of the owner's record descending from both lines, with the business
    values ``chosen`` (typed, each taken from one of the two versions)."""
    newest = max(local.version, incoming.version)
    fields = {**incoming.fields, **chosen}
    fields["content_hash"] = sha256_hex(canonical_json(business_values(chosen)))
    fields["history"] = ",".join(joined_history(held_version(local), incoming_version(incoming)))
    fields["version"], fields["base_version"] = newest + 1, newest
    fields["changed_at"] = max(local.changed_at, incoming.fields["changed_at"])
    return fields


def incoming_version(incoming: Incoming) -> Version:
    fields = incoming.fields
    return Version(
        version_token(fields["content_hash"], fields["deleted"]),
        tuple(split_history(fields["history"])),
        incoming.version,
        fields["base_version"],
    )


def held_version(local: SyncedRecord) -> Version:
    return Version(
        version_token(local.content_hash, local.deleted),
        tuple(split_history(local.history)),
        local.version,
        local.base_version,
    )

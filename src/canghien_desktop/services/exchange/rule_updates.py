"""Rule-set updates (docs/FORMAT.md, "The rule-set update"): a correction to the legal rules
reaches the stations from their consolidating office, in a file the office signs, rather
than by each station editing its own copy. The office publishes its override file with an
issue date and a serial number; a station imports it like an acknowledgement, refusing a
file signed by another key, changed after signing, or older than the one it applies."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonObject, JsonValue, json_int, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.domain.rulesets import RuleBook, RuleSet, load_rulebook, shipped_rules
from canghien_desktop.services import settings
from canghien_desktop.services.exchange import trust
from canghien_desktop.services.exchange.keys import unlock_signing_key
from canghien_desktop.services.exchange.signed_files import (
    SignedKind,
    verified_from_office,
    write_signed,
)
from canghien_desktop.services.exchange.wire_shapes import (
    count,
    day,
    list_of,
    moment,
    require,
    text,
)
from canghien_desktop.services.rules_source import (
    IMPORTED_SETTING,
    PUBLISHED_SETTING,
    ImportedUpdate,
    imported_update,
)
from canghien_desktop.storage.rows import SettingRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

log = logging.getLogger(__name__)  # codes and numbers only (docs/SECURITY.md)
FORMAT = "canghien-rules"
RULES = "rules.json"
SUFFIX = ".cnrules.zip"
RULES_FILE = SignedKind(
    RULES, 4 * 1024 * 1024, "rules_update.unknown_key", "rules_update.bad_signature",
    "rules_update.bad_member", "rules_update.corrupt",
)  # fmt: skip
_FIELDS = {
    "format": lambda v: v == FORMAT,
    "format_version": lambda v: count(v, 1),
    "office": text,
    "serial": lambda v: count(v, 1),
    "issued_on": day,
    "created_at": moment,
    "rule_sets": list_of(lambda v: isinstance(v, dict)),
}


@dataclass(frozen=True)
class PublishedRules:
    path: Path
    serial: int
    issued_on: date


@dataclass(frozen=True)
class RuleChange:
    rule: str  # "<rule set code>.<rule>", or the code alone for a set added or dropped
    before: JsonValue  # None: the set did not exist
    after: JsonValue  # None: the set no longer exists

    def as_json(self) -> JsonObject:
        return {"rule": self.rule, "from": self.before, "to": self.after}


@dataclass(frozen=True)
class ImportedRules:
    office: str
    serial: int
    issued_on: date
    changes: tuple[RuleChange, ...]


def file_name(office: str, serial: int) -> str:
    return f"{office}-rules-{serial}{SUFFIX}"


def publish_rules(ctx: OfficeContext, actor: Actor, out: Path, passphrase: str) -> PublishedRules:
    """At the consolidating office: its override file, signed, with the next serial and
    today's date, written at ``out`` (or under its usual name in ``out``, a folder)."""
    actor.require(Operation.EDIT_SETTINGS)
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    rule_sets = _office_corrections(ctx)
    secret = unlock_signing_key(ctx.keys, passphrase)
    office, issued = ctx.info.code, ctx.today()
    with ctx.db.write() as session:
        serial = last_published(session) + 1
        target = out / file_name(office, serial) if out.is_dir() else out
        body = {
            "format": FORMAT,
            "format_version": 1,
            "office": office,
            "serial": serial,
            "issued_on": issued.isoformat(),
            "created_at": datetime.now(UTC).isoformat(),
            "rule_sets": rule_sets,
        }
        said: JsonObject = {"serial": serial, "issued_on": issued.isoformat(), "file": target.name}
        _set(session, PUBLISHED_SETTING, said)
        ctx.writer(session, actor.username).note(
            "rules_publish", "rules_update", str(serial), {**said, "rule_sets": rule_sets}
        )
        # Written inside the transaction: a file that cannot be written uses up no serial.
        data = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
        comment = f"{FORMAT} office={office} serial={serial} issued={issued.isoformat()}"
        write_signed(RULES_FILE, target, data, secret, comment)
    log.info("rule-set update %d published", serial)
    return PublishedRules(target, serial, issued)


def _office_corrections(ctx: OfficeContext) -> list[JsonValue]:
    """The override file's rule sets, checked against the shipped rules as a station will."""
    data = settings.rulesets_override_data(ctx)
    load_rulebook(shipped_rules(), data)  # rulesets.invalid names what to correct first
    assert isinstance(data, dict)  # load_rulebook refuses anything else
    rule_sets = data.get("rule_sets")
    assert isinstance(rule_sets, list)
    return rule_sets


def last_published(session: Session) -> int:
    row = session.get(SettingRow, PUBLISHED_SETTING)
    if row is None or not row.value:
        return 0
    published = parse_json(row.value)
    assert isinstance(published, dict)
    return json_int(published["serial"])


def import_rules(ctx: OfficeContext, actor: Actor, path: Path) -> ImportedRules:
    """At a station: verify the update with its office's key, refuse one it applies already
    or an older one, then apply it and say in the audit log which rules changed."""
    # The head deals with the office (exports, trusts its key): the same hands take its rules.
    actor.require(Operation.EXPORT)
    if ctx.info.kind is not OfficeKind.STATION:
        raise DomainError("office.wrong_kind", expected="station", actual=ctx.info.kind.value)
    body = _checked(verified_from_office(ctx, RULES_FILE, path), trust.district(ctx).code)
    serial, issued = json_int(body["serial"]), date.fromisoformat(str(body["issued_on"]))
    rule_sets = body["rule_sets"]
    assert isinstance(rule_sets, list)  # checked by _FIELDS
    after = _book(rule_sets)
    before = _rules_now(ctx)
    with ctx.db.write() as session:
        _refuse_replay(imported_update(session), str(body["office"]), serial)
        update = ImportedUpdate(
            str(body["office"]), serial, issued, datetime.now(UTC), actor.username, rule_sets
        )
        changes = changed_rules(before, after)
        _set(session, IMPORTED_SETTING, _stored(update))
        ctx.writer(session, actor.username).note(
            "rules_import",
            "rules_update",
            str(serial),
            {
                "office": update.office,
                "serial": serial,
                "issued_on": issued.isoformat(),
                "changed": [c.as_json() for c in changes],
            },
        )
    ctx.__dict__.pop("lifecycle", None)  # the next deadline is counted under the new rules
    log.info("rule-set update %d imported: %d rules changed", serial, len(changes))
    return ImportedRules(update.office, serial, issued, changes)


def _rules_now(ctx: OfficeContext) -> RuleBook:
    """The rules the station applies; a broken override file of its own (from before
    updates) is what the update replaces, so it must not stop the update."""
    try:
        return ctx.lifecycle.rules
    except DomainError:
        return load_rulebook(shipped_rules())


def _checked(body: bytes, office: str) -> JsonObject:
    try:
        parsed = parse_json(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DomainError("rules_update.bad_field", field=RULES) from None
    checked = require(parsed, _FIELDS, frozenset(), "rules_update.bad_field", RULES)
    if checked["office"] != office:  # signed by our office's key, yet naming another
        raise DomainError("rules_update.bad_field", field="office")
    return checked


def _book(rule_sets: list[JsonValue]) -> RuleBook:
    try:
        return load_rulebook(shipped_rules(), {"rule_sets": rule_sets})
    except DomainError as error:  # a rule this version does not know, or a wrong value
        raise DomainError("rules_update.invalid", value=error.params.get("value", "")) from None


def _refuse_replay(known: ImportedUpdate | None, office: str, serial: int) -> None:
    """Serials count per office: a new office (after a change of office) starts again."""
    if known is None or known.office != office:
        return
    if serial == known.serial:
        on = known.imported_at.astimezone().date().isoformat()
        raise DomainError("rules_update.replayed", serial=serial, on=on)
    if serial < known.serial:
        raise DomainError("rules_update.older", serial=serial, current=known.serial)


def changed_rules(before: RuleBook, after: RuleBook) -> tuple[RuleChange, ...]:
    """Every rule whose value or citation differs, set by set, in the order of the sets."""
    old = {r.code: r for r in before.all()}
    new = {r.code: r for r in after.all()}
    changes: list[RuleChange] = []
    for code in [*old, *(c for c in new if c not in old)]:
        if code not in new or code not in old:
            was, now = old.get(code), new.get(code)
            changes.append(RuleChange(code, _start(was), _start(now)))
            continue
        changes.extend(_set_changes(old[code], new[code]))
    return tuple(changes)


def _set_changes(old: RuleSet, new: RuleSet) -> list[RuleChange]:
    out = []
    for f in fields(RuleSet):
        if f.name in ("code", "citations"):  # the set's name, and compared rule by rule
            continue
        was, now = _shown(getattr(old, f.name)), _shown(getattr(new, f.name))
        if was != now or old.citation(f.name) != new.citation(f.name):
            out.append(RuleChange(f"{old.code}.{f.name}", was, now))
    return out


def _start(rule_set: RuleSet | None) -> JsonValue:
    return rule_set.effective_from.isoformat() if rule_set else None


def _shown(value: object) -> JsonValue:
    if isinstance(value, date):
        return value.isoformat()
    assert isinstance(value, bool | int | str)
    return value


def _stored(update: ImportedUpdate) -> JsonObject:
    return {
        "office": update.office,
        "serial": update.serial,
        "issued_on": update.issued_on.isoformat(),
        "imported_at": update.imported_at.isoformat(),
        "imported_by": update.imported_by,
        "rule_sets": update.rule_sets,
    }


def _set(session: Session, key: str, value: JsonObject) -> None:
    row = session.get(SettingRow, key) or SettingRow(key=key)
    row.value = json.dumps(value, ensure_ascii=False)
    session.add(row)


def current_update(ctx: OfficeContext) -> ImportedUpdate | None:
    """The update a station applies (None: none received yet)."""
    with ctx.db.read() as session:
        return imported_update(session)

"""Use cases around batches that the command line and the window share: publishing this
office's keys, trusting another office's card, verifying batch files, listing batches."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services import messages
from canghien_desktop.services.exchange import trust
from canghien_desktop.services.exchange.exporting.verify import VerifiedBatch, verify_batch
from canghien_desktop.services.exchange.keys import own_signing_keys, unlock_age_identity
from canghien_desktop.storage.files import write_atomic
from canghien_desktop.storage.rows import BatchRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

render = messages.render


@dataclass(frozen=True)
class BatchInfo:
    seq: int
    batch_id: str
    kind: str
    period_code: str
    created_at: datetime
    created_by: str
    file_name: str
    encrypted: bool
    counts: dict[str, int]
    state: str  # exported / acknowledged / conflicts / not_received / writing
    kept: bool = False  # a copy is kept to send again (services.exchange.exporting.kept_copies)


def export_public_keys(ctx: OfficeContext, actor: Actor, out_dir: Path) -> list[Path]:
    """``<CODE>.pub`` (and ``<CODE>.age.pub`` for a consolidating office), copied as is."""
    actor.require(Operation.VIEW_RECORDS)
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = [ctx.keys.signing_public]
    if ctx.info.kind is OfficeKind.CONSOLIDATING:
        sources.append(ctx.keys.age_recipient)
    written = []
    for source in sources:
        written.append(write_atomic(out_dir / source.name, source.read_bytes()))
    return written


def export_secret_identity(
    ctx: OfficeContext, actor: Actor, out_dir: Path, passphrase: str
) -> list[Path]:
    """Key escrow for a consolidating office: the age identity in clear, mode 0600."""
    actor.require(Operation.EDIT_SETTINGS)
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        raise DomainError("office.wrong_kind", expected="district", actual=ctx.info.kind.value)
    identity = unlock_age_identity(ctx.keys, passphrase)
    target = write_atomic(out_dir / f"{ctx.info.code}.age.key", (identity + "\n").encode(), 0o600)
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note(
            "key_escrow", "office", ctx.info.code, {"file": str(target)}
        )
    return [target]


def trust_files(
    ctx: OfficeContext,
    actor: Actor,
    files: list[Path],
    code: str = "",
    name: str = "",
    expected_fingerprint: str = "",
    commune_code: str = "",
) -> trust.TrustedOffice:
    """A station trusts its district (``.pub`` + ``.age.pub``); a district trusts a station
    (``.pub``). The office code defaults to the file name (``<CODE>.pub``)."""
    pub = next(
        (f for f in files if f.name.endswith(".pub") and not f.name.endswith(".age.pub")), None
    )
    if pub is None:
        raise DomainError("keys.bad_file", path=", ".join(str(f) for f in files))
    age_pub = next((f for f in files if f.name.endswith(".age.pub")), None)
    role = "station" if ctx.info.kind is OfficeKind.CONSOLIDATING else "district"
    return trust.trust_office(
        ctx,
        actor,
        pub,
        code or pub.name.removesuffix(".pub"),
        name,
        role,
        age_pub,
        expected_fingerprint or None,
        commune_code,
    )


def trusted_signing_keys(ctx: OfficeContext) -> dict[str, str]:
    """Key id → public key line: this office's own key and every office it trusts."""
    keys = own_signing_keys(ctx.keys)
    with ctx.db.read() as session:
        from canghien_desktop.storage.rows import TrustedKeyRow

        for row in session.scalars(select(TrustedKeyRow)):
            if row.signing_key:
                keys[row.key_id] = row.signing_key
    return keys


def verify_files(
    ctx: OfficeContext, paths: list[Path]
) -> list[tuple[Path, VerifiedBatch | DomainError]]:
    """Verify each file; then check that files of one station chain by ``prev_sha256``."""
    keys = trusted_signing_keys(ctx)
    results: list[tuple[Path, VerifiedBatch | DomainError]] = []
    for path in expand(paths):
        try:
            results.append((path, verify_batch(path, keys)))
        except DomainError as error:
            results.append((path, error))
    return check_chains(results)


def expand(paths: list[Path]) -> list[Path]:
    """The batch files named, and those in the folders named; a folder without any is
    refused, so that an empty stick is not taken for a finished import."""
    out: list[Path] = []
    for path in paths:
        found = sorted(path.glob("*.cnb.zip")) if path.is_dir() else [path]
        if path.is_dir() and not found:
            raise DomainError("import.no_batches", path=str(path))
        out.extend(found)
    return out


def check_chains(
    results: list[tuple[Path, VerifiedBatch | DomainError]],
) -> list[tuple[Path, VerifiedBatch | DomainError]]:
    good = sorted(
        (r for _, r in results if isinstance(r, VerifiedBatch)),
        key=lambda b: (b.manifest["station"]["code"], b.seq),
    )
    broken: dict[Path, DomainError] = {}
    for before, after in itertools.pairwise(good):
        same_station = before.manifest["station"]["code"] == after.manifest["station"]["code"]
        if (
            same_station
            and after.seq == before.seq + 1
            and after.manifest["prev_sha256"] != before.manifest_sha256
        ):
            broken[after.path] = DomainError("batch.chain_broken", seq=after.seq)
    return [(path, broken.get(path, outcome)) for path, outcome in results]


def list_batches(ctx: OfficeContext, actor: Actor) -> list[BatchInfo]:
    actor.require(Operation.VIEW_RECORDS)
    with ctx.db.read() as session:
        rows = session.scalars(select(BatchRow).order_by(BatchRow.seq.desc())).all()
    return [
        BatchInfo(
            r.seq,
            r.id,
            r.kind,
            r.period_code,
            r.created_at,
            r.created_by,
            r.file_name,
            r.encrypted,
            json.loads(r.counts_json),
            r.state,
            r.encrypted and (ctx.paths.batch_copies_dir / r.file_name).is_file(),
        )
        for r in rows
    ]


def change_office_passphrase(ctx: OfficeContext, actor: Actor, old: str, new: str) -> None:
    """Re-encrypt the office's secret keys under a new passphrase, and say so in the log."""
    from canghien_desktop.services.exchange.keys import change_passphrase

    if not (actor.may(Operation.EXPORT) or actor.may(Operation.EDIT_SETTINGS)):
        actor.require(Operation.EXPORT)
    change_passphrase(ctx.keys, old, new)
    with ctx.db.write() as session:
        ctx.writer(session, actor.username).note("passphrase_change", "office", ctx.info.code, {})

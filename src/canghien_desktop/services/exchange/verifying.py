"""``canghien verify``: checking batch files without importing them.

In a consolidating office's data folder it applies every check the import applies that
needs no writing, by running the import's own preview: the signer bound to the station
the manifest names (and not revoked), the member list and hashes, the sequence and chain
against the batches already held, the audit anchor, decryption, the two copies of the
records, and the ownership of every record against what the office holds. In a station's
folder it checks the station's own batches with its keys. Outside any data folder it
checks what the files alone allow, the signature only when the station's public key is at
hand, and says what it could not check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.exporting.verify import (
    VerifiedBatch,
    verify_batch,
    verify_unsigned,
)
from canghien_desktop.services.exchange.keys import key_id, read_key_line

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

# What a check outside an office cannot cover (message codes, in verify's output).
NEEDS_OFFICE = ("verify.unchecked_station", "verify.unchecked_records")


@dataclass(frozen=True)
class Verdict:
    path: Path
    station: str = ""
    seq: int = 0
    error: DomainError | None = None
    unchecked: tuple[str, ...] = ()  # message codes of what could not be checked
    missing_before: tuple[int, ...] = ()  # this station's seqs neither held nor given

    @property
    def ok(self) -> bool:
        return self.error is None


def verify_at_office(
    ctx: OfficeContext, actor: Actor, paths: list[Path], passphrase: str
) -> list[Verdict]:
    if ctx.info.kind is not OfficeKind.CONSOLIDATING:
        return [_verdict(path, outcome) for path, outcome in batches.verify_files(ctx, paths)]
    from canghien_desktop.services.exchange.importing.preview import preview_paths

    return [
        Verdict(
            p.path,
            p.station,
            p.seq,
            p.reason,
            missing_before=tuple(p.missing_before),
        )
        for p in preview_paths(ctx, actor, paths, passphrase)
    ]


def verify_alone(paths: list[Path], key_files: list[Path]) -> list[Verdict]:
    """Without an office: keys from ``key_files`` and any ``.pub`` beside the batches."""
    files = batches.expand(paths)
    keys = _keys([*key_files, *(pub for f in files for pub in f.parent.glob("*.pub"))])
    results: list[tuple[Path, VerifiedBatch | DomainError]] = []
    unsigned: set[Path] = set()
    for path in files:
        try:
            checked = verify_unsigned(path)
            if checked.key_id in keys:
                checked = verify_batch(path, keys)
            else:
                unsigned.add(path)
            results.append((path, checked))
        except DomainError as error:
            results.append((path, error))
    return [
        _verdict(path, outcome, (*_signature(path in unsigned), *NEEDS_OFFICE))
        for path, outcome in batches.check_chains(results)
    ]


def _signature(unchecked: bool) -> tuple[str, ...]:
    return ("verify.unchecked_signature",) if unchecked else ()


def _keys(files: list[Path]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for path in files:
        if path.name.endswith(".age.pub"):
            continue
        try:
            line = read_key_line(path)
            keys[key_id(line)] = line
        except (DomainError, OSError, ValueError):
            continue  # not a minisign public key: nothing to verify with
    return keys


def _verdict(
    path: Path, outcome: VerifiedBatch | DomainError, unchecked: tuple[str, ...] = ()
) -> Verdict:
    if isinstance(outcome, DomainError):
        return Verdict(path, error=outcome)
    return Verdict(path, outcome.station, outcome.seq, unchecked=unchecked)

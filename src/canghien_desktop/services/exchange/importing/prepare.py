"""Reading a checked batch's records: decrypt both copies, check them as untrusted bytes,
parse the machine copy, compare it with the workbook, and check every record by the rules
of a station's entry. None of this needs the database.

An import of several batches does this for the next batch in a second process while the
current one is written (the writing uses one core; this is about a third of a batch's
time), so the checks the ownership issue added cost no wall time. A preview, a single
batch, or a machine where a process cannot start reads in this process."""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from multiprocessing import get_context

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.exporting.verify import VerifiedBatch
from canghien_desktop.services.exchange.importing import safety
from canghien_desktop.services.exchange.importing.cross_check import compare_copies
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming, read_lines
from canghien_desktop.services.exchange.importing.validation import record_problem
from canghien_desktop.services.exchange.wire_shapes import Manifest

Records = list[Incoming | BadRecord]


@dataclass(frozen=True)
class Prepared:
    """The records, or why the batch is refused (code and params: a DomainError subclass
    need not survive pickling between processes)."""

    records: Records | None
    refusal: tuple[str, dict[str, object]] | None = None

    def unwrap(self) -> Records:
        if self.refusal is not None:
            code, params = self.refusal
            raise DomainError(code, **params)
        assert self.records is not None
        return self.records


def prepare(verified: VerifiedBatch, identity: str) -> Prepared:
    """Module-level, so a spawned process can run it (Windows has no fork)."""
    try:
        records = decrypt_records(verified, identity)
    except DomainError as refused:
        return Prepared(None, (refused.code, dict(refused.params)))
    return Prepared([_checked(r) for r in records])


def _checked(record: Incoming | BadRecord) -> Incoming | BadRecord:
    if isinstance(record, BadRecord):
        return record
    return replace(record, problem=record_problem(record))


def prepared_in_order(
    batches: Sequence[VerifiedBatch], identity: str, parallel: bool
) -> Iterator[Prepared]:
    """Each batch's records, in order; with ``parallel``, the next batch is read in a
    second process while the caller writes the one it was given."""
    pool = _pool() if parallel and len(batches) > 1 else None
    if pool is None:
        for verified in batches:
            yield prepare(verified, identity)
        return
    with pool:
        pending: Future[Prepared] = pool.submit(prepare, batches[0], identity)
        for following in [*batches[1:], None]:
            ready = pending.result()
            if following is not None:
                pending = pool.submit(prepare, following, identity)
            yield ready


def _pool() -> ProcessPoolExecutor | None:
    try:
        return ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
    except (OSError, RuntimeError, ValueError):  # no second process here: read in this one
        return None


def decrypt_records(verified: VerifiedBatch, identity: str) -> Records:
    import pyrage

    with zipfile.ZipFile(verified.path) as archive:
        names = set(archive.namelist())
        if "records.jsonl.age" not in names or "records.xlsx.age" not in names:
            raise DomainError("import.not_encrypted")
        sealed_book, sealed_lines = (
            archive.read("records.xlsx.age"),
            archive.read("records.jsonl.age"),
        )
    for sealed in (sealed_book, sealed_lines):
        safety.check_age_header(sealed)
    key = pyrage.x25519.Identity.from_str(identity)
    try:
        book = pyrage.decrypt(sealed_book, [key])
        plain_lines = pyrage.decrypt(sealed_lines, [key])
    except pyrage.DecryptError:
        raise DomainError("import.cannot_decrypt") from None
    try:
        lines = plain_lines.decode("utf-8")
    except UnicodeDecodeError:  # it did decrypt: the station's program wrote it wrong
        raise DomainError("import.not_utf8", member="records.jsonl") from None
    safety.check_workbook(bytes(book))
    records = list(read_lines(lines))
    _check_declared(verified.manifest, records)
    compare_copies(bytes(book), records)  # people read the workbook: it must say the same
    return records


def _check_declared(manifest: Manifest, records: Records) -> None:
    counted = Counter(r.record_type.code for r in records if isinstance(r, Incoming))
    declared = {k: v for k, v in manifest["counts"].items() if v}
    bad = sum(isinstance(r, BadRecord) for r in records)
    if sum(declared.values()) != sum(counted.values()) + bad:
        raise DomainError("import.counts_differ")

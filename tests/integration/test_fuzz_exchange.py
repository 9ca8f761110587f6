"""Mutated exchange files (issue #12, fuzzing): batches a station exports and acknowledgements
an office signs, changed by the operators of ``tests/fuzz_mutations.py`` and run through the
real imports. Whatever was changed is refused with a clear one-line Vietnamese message and
changes nothing; no exception but DomainError escapes; a file whose signed content is the
genuine one (members reordered, junk before the zip) is taken as that file; a genuine batch
imported again is counted as imported already, not refused.

About 470 mutants: the office's age identity and the signing keys are unlocked once
per test (argon2id, scrypt) and every mutant goes through the same office or station.
``bench/fuzz_bench.py`` runs ten thousand."""

from __future__ import annotations

import random
import struct
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.acks import import_acks, sync_states, write_acks
from canghien_desktop.services.exchange.keys import unlock_age_identity, unlock_signing_key
from canghien_desktop.services.exchange.records_dump import write_records
from tests.conftest import PASSPHRASE, Office
from tests.fuzz_mutations import (
    ACK_RESIGNED,
    ALREADY,
    GENUINE,
    MEMBER_CHANGES,
    REFUSED,
    RESIGNED,
    STORED,
    UNSIGNED,
    Entry,
    Kit,
    Mutant,
    Operator,
    ack_kit,
    batch_kit,
    flipped,
    members,
    packed,
    regions,
    signed_again,
    unpacked,
)
from tests.fuzz_outcomes import (
    AckStation,
    BatchOffice,
    Outcome,
    fingerprint,
)
from tests.integration.test_import import first_person
from tests.office_fixtures import (
    district,
    district_template,
    edit,
    export,
    register,
    restored_copy,
    station,
)

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

# Derandomized: the same examples on every run (the bench explores). No shrinking: a
# failure's note names the bytes changed already.
PROPERTY = settings(
    max_examples=50,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Exchange:
    """A genuine file and the side that imports it. Not a dataclass: hypothesis prints a
    failing example's arguments, and would print the file and the signing key."""

    def __init__(self, kit: Kit, target: BatchOffice | AckStation) -> None:
        self.kit, self.target = kit, target

    def __repr__(self) -> str:
        return f"Exchange({self.kit.body})"

    def classify(self, mutant: Mutant) -> Outcome:
        return self.target.classify(mutant, self.kit.content)


@pytest.fixture
def batch_exchange(station: Office, district: Office, tmp_path: Path) -> Exchange:
    """The station's first batch, and the office that has not imported it yet."""
    register(district, station, tmp_path)
    genuine = export(station, tmp_path / "usb")
    kit = batch_kit(genuine, unlock_signing_key(station.ctx.keys, PASSPHRASE))
    identity = unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    (tmp_path / "in").mkdir()
    office = BatchOffice(district.ctx, district.admin, identity, tmp_path / "in" / genuine.name)
    return Exchange(kit, office)


@pytest.fixture
def ack_exchange(station: Office, district: Office, tmp_path: Path) -> Exchange:
    """The office's second acknowledgement (of one edited record: importing it stays cheap),
    and the station that imported the first and not this one yet."""
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    import_acks(station.ctx, station.admin, write_acks(district.ctx, district.admin,
                                                       tmp_path / "acks", PASSPHRASE))  # fmt: skip
    edit(station, first_person(station), ten="Hai")
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "b", None)], PASSPHRASE)
    (genuine,) = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    kit = ack_kit(genuine, unlock_signing_key(district.ctx.keys, PASSPHRASE))
    (tmp_path / "in").mkdir()
    return Exchange(kit, AckStation(station.ctx, station.admin, tmp_path / "in" / genuine.name))


def run(exchange: Exchange, operators: dict[str, Operator], each: int) -> Counter[str]:
    """``each`` mutants per operator, then the crafted ones; asserts there was no failure,
    listing every one with what made it."""
    mutants = [op(exchange.kit, random.Random(f"12:{name}:{n}"))
               for name, op in operators.items() for n in range(each)]  # fmt: skip
    return judged(exchange, [*mutants, *crafted(exchange.kit)])


def judged(exchange: Exchange, mutants: Iterable[Mutant]) -> Counter[str]:
    seen: Counter[str] = Counter()
    failures: list[str] = []
    for mutant in mutants:
        outcome = exchange.classify(mutant)
        seen[f"{mutant.operator} {outcome.verdict}"] += 1
        if outcome.failed:
            failures.append(described(mutant, outcome))
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])
    return seen


def described(mutant: Mutant, outcome: Outcome) -> str:
    made = f"{mutant.operator} [{mutant.note[:120]}]"
    return f"{made} -> {outcome.verdict} {outcome.code}: {outcome.message[:200]}"


def crafted(kit: Kit) -> list[Mutant]:
    """Changes the random operators were seen to break the import with, made to do it on
    every run (the genuine file's bytes differ from run to run: a random flip that breaks
    one run's file may not break the next)."""
    data, body = kit.genuine, kit.body
    start = next(r[1] for r in regions(data) if r[0] == f"data {body}")
    entries = kit.entries()

    def directory(offset: int, value: int) -> bytes:
        """A field of the body's entry in the central directory (the body comes first)."""
        at = next(r[1] for r in regions(data) if r[0] == "directory") + offset
        return data[:at] + struct.pack("<H", value) + data[at + 2 :]

    made = [
        ("deflate", flipped(data, [(start, (data[start] | 0x06) ^ data[start])]),
         f"{body}'s deflate stream: first block of the reserved type"),
        ("zip flags", directory(8, 1), f"{body} marked encrypted in the directory"),
        ("zip method", directory(10, 99), f"{body} compressed by method 99"),
        ("zip version", directory(6, 0xC0), "version needed to extract 19.2"),
        ("rename", packed([Entry("bad\nname.txt", b"x"), *entries]), "a member named with \\n"),
        ("double", packed([Entry(body, b"{}"), *entries]), f"a stray {body} before the real one"),
        ("signature", packed([Entry(e.name, b"x\n!!\nx\n!!" if e.name == kit.signature else e.data,
                                    e.method) for e in entries]), "a signature not base64"),
    ]  # fmt: skip
    if kit.is_batch:
        nested = with_stored(signed_again(kit, body=lambda c: b"[" * 100_000), body)
        made.append(("re-signed raw", nested, "a manifest of 100,000 '[', stored, signed again"))
    return [Mutant(f"crafted {name}", mutated, note) for name, mutated, note in made]


def with_stored(data: bytes, name: str) -> bytes:
    """The zip again with ``name`` stored (not compressed): past the zip bomb ratio check."""
    return packed(Entry(e.name, e.data, STORED if e.name == name else e.method)
                  for e in unpacked(data))  # fmt: skip


def test_a_batch_changed_is_refused_and_changes_nothing(batch_exchange: Exchange) -> None:
    """Under its signature, or edited and signed again with the station's key (what whoever
    holds it, or a buggy exporter, could send)."""
    seen = run(batch_exchange, {**UNSIGNED, **RESIGNED}, 20)
    for operator in ("flip", "truncate", "junk", "edit unsigned", "foreign key", *RESIGNED):
        assert seen[f"{operator} {REFUSED}"] > 0, operator
    assert sum(seen[f"{operator} {REFUSED}"] for operator in RESIGNED) == 20 * len(RESIGNED)
    # Zipped again in another order or with other compression, it is still the batch.
    assert seen[f"reorder {REFUSED}"] == seen[f"recompress {REFUSED}"] == 0
    assert seen[f"reorder {GENUINE}"] > 0 and seen[f"recompress {GENUINE}"] > 0


def test_an_acknowledgement_changed_changes_nothing_at_the_station(
    ack_exchange: Exchange,
) -> None:
    """Under its signature, or signed again by the office itself over a malformed body
    (what a buggy office could send)."""
    seen = run(ack_exchange, {**UNSIGNED, **ACK_RESIGNED}, 10)
    for operator in ("flip", "truncate", "edit unsigned", "foreign key", "re-signed field"):
        assert seen[f"{operator} {REFUSED}"] > 0, operator


@PROPERTY
@given(data=st.data())
def test_any_bytes_flipped_or_cut_off_a_batch(
    batch_exchange: Exchange, data: st.DataObject
) -> None:
    """Bytes flipped in any part of the zip (a part drawn first: the small headers and the
    manifest as often as the big encrypted members), or the file cut short at either end."""
    genuine = batch_exchange.kit.genuine
    where, start, end = data.draw(st.sampled_from(regions(genuine)), label="region")
    changes = data.draw(st.lists(st.tuples(st.integers(start, end - 1), st.integers(1, 255)),
                                 min_size=1, max_size=3), label="changes")  # fmt: skip
    mutant = Mutant("flip", flipped(genuine, changes), f"xor {changes} ({where})")
    outcome = batch_exchange.classify(mutant)
    assert not outcome.failed, described(mutant, outcome)
    keep = data.draw(st.integers(0, len(genuine) - 1), label="bytes kept")
    head = data.draw(st.booleans(), label="the head cut off")
    cut = genuine[len(genuine) - keep :] if head else genuine[:keep]
    mutant = Mutant("truncate", cut, f"{'last' if head else 'first'} {keep} bytes")
    outcome = batch_exchange.classify(mutant)
    assert outcome.verdict == REFUSED, described(mutant, outcome)


@PROPERTY
@given(data=st.data())
def test_any_bytes_flipped_in_an_acknowledgement(
    ack_exchange: Exchange, data: st.DataObject
) -> None:
    genuine = ack_exchange.kit.genuine
    at = data.draw(st.integers(0, len(genuine) - 1), label="offset")
    mask = data.draw(st.integers(1, 255), label="mask")
    mutant = Mutant("flip", flipped(genuine, [(at, mask)]), f"xor [({at}, {mask})]")
    outcome = ack_exchange.classify(mutant)
    assert not outcome.failed, described(mutant, outcome)


def test_a_genuine_batch_again_is_counted_not_refused(batch_exchange: Exchange) -> None:
    """A replay is no tampering: the batch the office holds, as it was or zipped again, is
    "imported already" and writes nothing; a changed copy of it is still refused."""
    kit, office = batch_exchange.kit, batch_exchange.target
    assert isinstance(office, BatchOffice)
    first = batch_exchange.classify(Mutant("genuine", kit.genuine, ""))
    assert (first.verdict, first.code) == (GENUINE, "preview")
    imported = import_paths(office.ctx, office.actor, [office.path], PASSPHRASE)[0]
    assert imported.status == "imported"
    office.holds_genuine, office.known = True, ""  # changed behind the harness's back
    held = fingerprint(office.ctx)
    again = [Mutant("genuine", kit.genuine, "")] + [
        members(kit, random.Random(n), how) for n, how in enumerate(MEMBER_CHANGES * 2)
    ]
    outcomes = [batch_exchange.classify(m) for m in again]
    assert all(o.verdict in (ALREADY, REFUSED) for o in outcomes), outcomes
    replayed = {m.operator for m, o in zip(again, outcomes, strict=True) if o.verdict == ALREADY}
    assert replayed == {"genuine", "reorder", "recompress"}, outcomes
    sealed = [Entry(e.name, flipped(e.data, [(100, 1)]) if e.name == "records.jsonl.age"
                    else e.data, e.method) for e in kit.entries()]  # fmt: skip
    changed = Mutant("tampered", packed(sealed), "a byte of records.jsonl.age, CRC made good")
    assert batch_exchange.classify(changed).code == "batch.tampered"
    assert fingerprint(office.ctx) == held


def test_batches_out_of_order_and_again(station: Office, district: Office, tmp_path: Path) -> None:
    """Batch 2 before batch 1, then both again: each imported once, then counted as
    imported already; the office holds exactly the station's records."""
    register(district, station, tmp_path)
    first = export(station, tmp_path / "usb", None)
    edit(station, first_person(station), ten="Hai")
    second = export(station, tmp_path / "usb", None)
    statuses = [
        [r.status for r in import_paths(district.ctx, district.admin, [path], PASSPHRASE)]
        for path in (second, first, second, first)
    ]
    assert statuses == [["imported"], ["imported"], ["already"], ["already"]]
    write_records(station.ctx, station.admin, tmp_path / "station.jsonl")
    write_records(district.ctx, district.admin, tmp_path / "office.jsonl", "TYT-TEST")
    assert (tmp_path / "office.jsonl").read_bytes() == (tmp_path / "station.jsonl").read_bytes()


def test_acknowledgements_out_of_order_and_again(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """Acknowledgement 2 before 1, and each again: the station ends where it would had they
    come in order, once each."""
    register(district, station, tmp_path)
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "a", None)], PASSPHRASE)
    (ack1,) = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    edit(station, first_person(station), ten="Hai")
    import_paths(district.ctx, district.admin, [export(station, tmp_path / "b", None)], PASSPHRASE)
    (ack2,) = write_acks(district.ctx, district.admin, tmp_path / "acks", PASSPHRASE)
    in_order = restored_copy(station, tmp_path / "in-order")
    try:
        import_acks(in_order.ctx, in_order.admin, [ack1, ack2])
        expected = states(in_order)
    finally:
        in_order.ctx.close()
    summaries = import_acks(station.ctx, station.admin, [ack2, ack1, ack2, ack1])
    assert [s.number for s in summaries] == [2, 1, 2, 1]
    assert states(station) == expected


def states(office: Office) -> tuple[object, ...]:
    synced = sync_states(office.ctx, office.admin)
    sent = [(b.seq, b.state) for b in batches.list_batches(office.ctx, office.admin)]
    return tuple(synced), tuple(sent)

"""Mutations of the exchange files, and what the receiving side makes of each (issue #12).

A station's batch (.cnb.zip) and an office's acknowledgement (.cnack.zip) are zips of a
signed JSON (manifest.json / ack.json), its .minisig and, in a batch, the members the
manifest lists. The operators change one file as a damaged stick, a careless copy or an
attacker could; the re-signed ones sign the change with the real key (the station's, for a
batch: what whoever holds it, or a buggy exporter, could send). ``BatchOffice`` and
``AckStation`` (tests/fuzz_outcomes.py) run one mutated file through the real import and
classify what came of it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import minisign

from canghien_desktop.services.exchange.exporting.verify import trusted_comment

Content = tuple[tuple[str, bytes], ...] | None
REFUSED, GENUINE, ALREADY = "refused", "genuine", "already"
ACCEPTED, CRASHED, UNCLEAR, CHANGED = "ACCEPTED", "CRASHED", "UNCLEAR", "CHANGED"
FAILURES = frozenset({ACCEPTED, CRASHED, UNCLEAR, CHANGED})
DELETE = "<removed>"  # a hostile "value" that removes the field
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED


@dataclass(frozen=True)
class Entry:
    name: str
    data: bytes
    method: int = DEFLATED


def unpacked(data: bytes) -> list[Entry]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [Entry(i.filename, archive.read(i), i.compress_type) for i in archive.infolist()]


def packed(entries: Iterable[Entry]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # a member twice is one of the mutations
        for entry in entries:
            archive.writestr(zipfile.ZipInfo(entry.name), entry.data, entry.method)
    return buffer.getvalue()


def signed_content(data: bytes, signature: str) -> Content:
    """What the signature vouches for: every member but the .minisig (whose untrusted comment
    anyone may change), in name order; None when the zip does not read."""
    try:
        return tuple(sorted((e.name, e.data) for e in unpacked(data) if e.name != signature))
    except Exception:  # whatever a broken zip raises, it is not the genuine content
        return None


def regions(data: bytes) -> list[tuple[str, int, int]]:
    """The zip's parts as byte ranges: flips reach the small structures as often as the big
    encrypted members."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos, start_dir = archive.infolist(), archive.start_dir
    out = []
    for info in infos:
        start = info.header_offset
        name_len, extra_len = struct.unpack("<HH", data[start + 26 : start + 30])
        body = start + 30 + name_len + extra_len
        out += [(f"header {info.filename}", start, body),
                (f"data {info.filename}", body, body + info.compress_size)]  # fmt: skip
    end = data.rfind(b"PK\x05\x06")
    out += [("directory", start_dir, end), ("end record", end, len(data))]
    return [r for r in out if r[2] > r[1]]


def flipped(data: bytes, changes: Iterable[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for offset, mask in changes:
        out[offset] ^= mask
    return bytes(out)


# --- operators ---------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)  # its repr would be the whole file and the secret key
class Kit:
    """A genuine file and what it takes to make others like it."""

    genuine: bytes
    body: str  # manifest.json / ack.json
    signature: str
    secret: Any  # the real signer's minisign secret key, unlocked
    comment: Callable[[dict[str, Any]], str]  # the trusted comment that signer writes
    fields: dict[str, list[Any]]  # hostile values per field of the signed JSON

    @cached_property
    def content(self) -> Content:
        return signed_content(self.genuine, self.signature)

    @property
    def is_batch(self) -> bool:
        return self.body == "manifest.json"

    def entries(self) -> list[Entry]:
        return unpacked(self.genuine)

    def __repr__(self) -> str:
        return f"Kit({self.body}, {len(self.genuine)} bytes)"


@dataclass(frozen=True)
class Mutant:
    operator: str
    data: bytes
    note: str  # enough to make it again


Operator = Callable[[Kit, random.Random], Mutant]
BATCH_FIELDS: dict[str, list[Any]] = {
    "format": ["canghien-ack", "", None, DELETE],
    "format_version": [0, 5, "3", None, [3], 3.0, True],
    "seq": [0, -1, "1", 1.5, None, True, 2],
    "prev_sha256": ["ab" * 32, None, 7],
    "batch_id": ["", "lot-1", None, 7, "0F8FAD5B-D9CB-469F-A165-70867728950E"],
    "station": ["TYT-TEST", None, {}, {"code": " "}, {"code": "TYT-KHAC", "name": "Trạm khác"}],
    "members": [None, "x", [], [{}], [{"name": "report.pdf"}], 5, DELETE],
    "counts": [None, "x", [], {"persons": -1}, {"persons": 10**12}, {"bogus": 1}, DELETE],
    "kind": [DELETE, None, 5, ["period"]],
    "created_at": [DELETE, None, "hôm qua", 5, ""],
    "period": ["2026-H1", 5, ["2026-H1"], {"code": ["x"]}],
    "audit_anchor": ["x", 5, {}, {"seq": -1, "head": "", "previous": {}}, []],
}
ACK_FIELDS: dict[str, list[Any]] = {
    "format": ["canghien-batch", None, DELETE],
    "station": ["TYT-KHAC", None, 5, DELETE],
    "office": [DELETE, None, ["PC04-86"]],
    "number": [DELETE, "x", None, -1, 1.5],
    "batches": [DELETE, None, "x", [{}], [5], [{"batch_id": "x", "seq": 1, "records": [{}]}]],
    "settled": ["x", [{}], 5, [{"id": 5}]],
    "missing": ["x", [None], 5, ["1"]],
    "audit_anchor": ["x", 5, {}, []],
    "adopt": ["x", [{}], 5],
    "requests": ["x", [{}], 5],
}
MEMBER_CHANGES = ["reorder", "rename", "drop", "double", "swap", "recompress"]
NAMES = ["records.jsonl", "records.xlsx", "report.pdf", "manifest.json", "ack.json", "",
         "../evil.txt", "a/report.pdf", "REPORT.PDF", "report.pdf\nthêm dòng", "evil\r.txt",
         "x" * 300, "ack.json.minisig", "manifest.json.minisig", "records.xlsx.age"]  # fmt: skip


def flip(kit: Kit, rng: random.Random) -> Mutant:
    where, start, end = rng.choice(regions(kit.genuine))
    changes = [(rng.randrange(start, end), rng.randrange(1, 256)) for _ in range(rng.randint(1, 3))]
    return Mutant("flip", flipped(kit.genuine, changes), f"xor {changes} ({where})")


def truncate(kit: Kit, rng: random.Random) -> Mutant:
    size = len(kit.genuine)
    if rng.random() < 0.5:  # the tail: the directory and end record are the last bytes
        keep = rng.randrange(max(0, size - 4096), size)
        return Mutant("truncate", kit.genuine[:keep], f"first {keep} bytes")
    cut = rng.randrange(1, size)
    return Mutant("truncate", kit.genuine[cut:], f"bytes from {cut} on")


def junk(kit: Kit, rng: random.Random) -> Mutant:
    at = rng.choice([0, len(kit.genuine), rng.randrange(len(kit.genuine))])
    extra = rng.randbytes(rng.randint(1, 64))
    return Mutant("junk", kit.genuine[:at] + extra + kit.genuine[at:], f"{extra!r} at {at}")


def members(kit: Kit, rng: random.Random, how: str = "") -> Mutant:
    """One change to the zip's members (``how``, else one at random); the signed JSON and
    its signature left as they are."""
    entries, how = kit.entries(), how or rng.choice(MEMBER_CHANGES)
    at = rng.randrange(len(entries))
    one, two = entries[at], rng.choice(entries[:at] + entries[at + 1 :])
    if how == "reorder":
        entries.insert(rng.choice([i for i in range(len(entries)) if i != at]), entries.pop(at))
    elif how == "rename":
        entries[at] = Entry(rng.choice(NAMES), one.data, one.method)
    elif how == "drop":
        del entries[at]
    elif how == "double":
        entries.insert(rng.randint(0, len(entries)), Entry(one.name, two.data))
    elif how == "swap":
        entries[at], entries[entries.index(two)] = (
            Entry(one.name, two.data, one.method),
            Entry(two.name, one.data, two.method),
        )
    else:  # recompress
        entries[at] = Entry(one.name, one.data, STORED if one.method == DEFLATED else DEFLATED)
    return Mutant(how, packed(entries), f"{how} {one.name}: {[e.name for e in entries]}")


def edit_unsigned(kit: Kit, rng: random.Random) -> Mutant:
    name, value = _pick(kit, rng)
    body = _with(json.loads(_body(kit)), name, value)
    entries = [Entry(e.name, body, e.method) if e.name == kit.body else e for e in kit.entries()]
    return Mutant("edit unsigned", packed(entries), f"{name}={repr(value)[:60]}, old signature")


def foreign_key(kit: Kit, rng: random.Random) -> Mutant:
    """Signed by a key nobody registered; or its signature line claims the real key's id."""
    body = _body(kit)
    signature = bytes(_foreign().sign(body, trusted_comment=kit.comment(json.loads(body))))
    lines, note = signature.splitlines(), "signed by an unknown key"
    if rng.random() < 0.5:
        real = next(e.data for e in kit.entries() if e.name == kit.signature).splitlines()[1]
        forged = bytearray(base64.b64decode(lines[1]))
        forged[2:10] = base64.b64decode(real)[2:10]
        lines[1], note = base64.b64encode(bytes(forged)), note + " under the real key's id"
    entries = [Entry(e.name, b"\n".join(lines), e.method) if e.name == kit.signature else e
               for e in kit.entries()]  # fmt: skip
    return Mutant("foreign key", packed(entries), note)


def resign_field(kit: Kit, rng: random.Random) -> Mutant:
    name, value = _pick(kit, rng)
    data = signed_again(kit, body=lambda content: _with(content, name, value))
    return Mutant("re-signed field", data, f"{name}={repr(value)[:60]}, signed again")


def resign_member(kit: Kit, rng: random.Random) -> Mutant:
    """An encrypted member changed and the manifest's list with it, signed again."""
    how = rng.choice(["flip", "truncate", "swap", "drop", "plain", "garbage"])
    age, other = rng.sample(["records.jsonl.age", "records.xlsx.age"], 2)
    made: dict[str, Callable[[bytes], dict[str, bytes]]] = {
        "flip": lambda d: {age: flipped(d, [(rng.randrange(len(d)), rng.randrange(1, 256))])},
        "truncate": lambda d: {age: d[: rng.randrange(len(d))]},
        "swap": lambda d: {age: held[other], other: d},
        "drop": lambda d: {},
        "plain": lambda d: {age.removesuffix(".age"): d},  # sealed, under a format-1 name
        "garbage": lambda d: {age: b"age-encryption.org/v1\n" + rng.randbytes(200)},
    }
    held: dict[str, bytes] = {}

    def change(members: dict[str, bytes]) -> None:
        held.update(members)
        members.update(made[how](members.pop(age)))

    return Mutant("re-signed member", signed_again(kit, members=change), f"{how} {age}")


def resign_raw(kit: Kit, rng: random.Random) -> Mutant:
    """The signed JSON replaced by other bytes, signed again: not JSON, or not an object."""
    raw = rng.choice([b"[]", b"null", b'"x"', b"{", b"\xff\xfe{}", b"[" * 100_000,
                      b'{"format": "canghien-batch", "format_version": 2}', b"{}"])  # fmt: skip
    data = signed_again(kit, body=lambda content: raw)
    return Mutant("re-signed raw", data, f"body {raw[:40]!r}, signed again")


def resign_comment(kit: Kit, rng: random.Random) -> Mutant:
    comment = rng.choice(["", "canghien station=TYT-KHAC batch=x seq=9", "x" * 100])
    return Mutant("re-signed comment", signed_again(kit, comment=comment), repr(comment))


UNSIGNED: dict[str, Operator] = {"flip": flip, "truncate": truncate, "junk": junk,
                                 "members": members, "edit unsigned": edit_unsigned,
                                 "foreign key": foreign_key}  # fmt: skip
RESIGNED: dict[str, Operator] = {"re-signed field": resign_field, "re-signed raw": resign_raw,
                                 "re-signed comment": resign_comment,
                                 "re-signed member": resign_member}  # fmt: skip
# An acknowledgement has no member but its JSON and signature.
ACK_RESIGNED = {k: v for k, v in RESIGNED.items() if k != "re-signed member"}


def signed_again(
    kit: Kit,
    members: Callable[[dict[str, bytes]], None] | None = None,
    body: Callable[[dict[str, Any]], bytes] | None = None,
    comment: str | None = None,
) -> bytes:
    """The file with its members, then its JSON, changed (a batch's member list made to
    match its members first), signed by the real key over the new JSON."""
    entries = kit.entries()
    methods = {e.name: e.method for e in entries}
    data = {e.name: e.data for e in entries}
    content = json.loads(data[kit.body])
    if members:
        members(data)
    if kit.is_batch:
        content["members"] = [_listed(name, value) for name, value in data.items()
                              if name not in (kit.body, kit.signature)]  # fmt: skip
    if body:
        raw = body(content)
    elif members:
        raw = json.dumps(content, ensure_ascii=False).encode()
    else:  # only signed again: the very bytes, so the signed content is the genuine one
        raw = data[kit.body]
    try:
        signed_comment = comment if comment is not None else kit.comment(json.loads(raw))
    except (ValueError, LookupError, TypeError, AttributeError, RecursionError):
        signed_comment = kit.comment(json.loads(_body(kit)))
    data[kit.body] = raw
    data[kit.signature] = bytes(kit.secret.sign(raw, trusted_comment=signed_comment))
    return packed(Entry(n, v, methods.get(n, DEFLATED)) for n, v in data.items())


def _listed(name: str, data: bytes) -> dict[str, Any]:
    sha = hashlib.sha256(data).hexdigest()
    return {"name": name, "size": len(data), "sha256": sha, "encrypted": name.endswith(".age")}


def _body(kit: Kit) -> bytes:
    return next(e.data for e in kit.entries() if e.name == kit.body)


def _pick(kit: Kit, rng: random.Random) -> tuple[str, Any]:
    name = rng.choice(sorted(kit.fields))
    return name, rng.choice(kit.fields[name])


def _with(content: dict[str, Any], name: str, value: Any) -> bytes:
    edited = {k: v for k, v in content.items() if k != name}
    if value != DELETE:
        edited[name] = value
    return json.dumps(edited, ensure_ascii=False).encode()


@cache
def _foreign() -> Any:
    return minisign.KeyPair.generate().secret_key


def batch_kit(path: Path, secret: Any) -> Kit:
    return Kit(path.read_bytes(), "manifest.json", "manifest.json.minisig", secret,
               trusted_comment, BATCH_FIELDS)  # fmt: skip


def ack_kit(path: Path, secret: Any) -> Kit:
    def comment(ack: dict[str, Any]) -> str:
        return (
            f"canghien-ack office={ack['office']} station={ack['station']} number={ack['number']}"
        )

    return Kit(path.read_bytes(), "ack.json", "ack.json.minisig", secret, comment, ACK_FIELDS)

"""Checking a batch file before anything trusts it: a safe ZIP, a good signature from a known
key, and every member exactly as the manifest says. Nothing is extracted to disk."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.json_types import JsonObject, parse_json
from canghien_desktop.services.exchange.wire_shapes import Manifest, check_manifest

FORMAT = "canghien-batch"
# 2: records carry their version history. An office still reads format 1, from stations
# not yet upgraded (they are judged by version numbers, and named by the import).
# 3: electronic monitoring and its events (two record types); enrolments carry how they
# began and their force-majeure pauses (blank in older batches, which read as before).
# 4: the plan's other activities and targets (six record types, under no person). A
# reader of 3 refuses a format-4 batch whole, as a newer format (``batch.newer_format``),
# rather than as a manifest that counts record types it does not know.
FORMAT_VERSION = 4
READABLE_VERSIONS = frozenset({1, 2, 3, 4})
MANIFEST, SIGNATURE = "manifest.json", "manifest.json.minisig"
ALLOWED = frozenset(
    {
        MANIFEST,
        SIGNATURE,
        "report.pdf",
        "records.xlsx.age",
        "records.xlsx",
        "records.jsonl.age",
        "records.jsonl",
    }
)
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_RATIO = 200  # a real batch compresses far less; a zip bomb far more
# What a damaged zip raises from the standard library beyond BadZipFile: a flipped bit in
# a deflate stream (zlib.error), a name that is not UTF-8 (UnicodeDecodeError), and, while
# the central directory is read, a version number no zip reader knows: zipfile reports that
# as NotImplementedError (it means "not a zip we can read", not unfinished code here).
# Members that claim encryption or an unknown method are refused by name before reading.
DAMAGED_ZIP = (
    zipfile.BadZipFile,
    EOFError,
    OSError,
    zlib.error,
    NotImplementedError,
    UnicodeDecodeError,
    ValueError,
)
_UNREADABLE_FLAGS = 0x1 | 0x20 | 0x40  # encrypted, patched data, strong encryption


@dataclass(frozen=True)
class VerifiedBatch:
    path: Path
    manifest: Manifest
    manifest_sha256: str
    key_id: str
    trusted_comment: str

    @property
    def seq(self) -> int:
        return int(self.manifest["seq"])

    @property
    def station(self) -> str:
        return str(self.manifest["station"]["code"])

    @property
    def format_version(self) -> int:
        return int(self.manifest["format_version"])


def verify_batch(path: Path, trusted_keys: dict[str, str]) -> VerifiedBatch:
    """``trusted_keys``: key id → minisign public key line. Raises a one-line DomainError."""
    return _verified(path, trusted_keys)


def verify_unsigned(path: Path) -> VerifiedBatch:
    """Every check the file allows without the signer's public key: a safe ZIP, a sane
    manifest, every member as it says. The signature itself is NOT checked (the caller
    says so): only for a batch whose station's key is not at hand."""
    return _verified(path, None)


def _verified(path: Path, trusted_keys: dict[str, str] | None) -> VerifiedBatch:
    try:
        with zipfile.ZipFile(path) as archive:
            _check_entries(archive)
            manifest_bytes = _read(archive, MANIFEST, MAX_MANIFEST_BYTES)
            signature_bytes = _read(archive, SIGNATURE, 64 * 1024)
            if trusted_keys is None:
                kid, comment = unchecked_signer(signature_bytes), ""
            else:
                kid, comment = _signed_by_known(manifest_bytes, signature_bytes, trusted_keys)
            parsed = _parse_manifest(manifest_bytes)
            _check_sequence(parsed)
            manifest = check_manifest(parsed)
            _check_members(archive, manifest)
    except DAMAGED_ZIP as error:
        raise DomainError("batch.corrupt", path=path.name, detail=shown(str(error))) from None
    if trusted_keys is not None:
        _check_comment(comment, manifest)
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    return VerifiedBatch(path, manifest, digest, kid, comment)


def _signed_by_known(
    manifest: bytes, signature: bytes, trusted_keys: dict[str, str]
) -> tuple[str, str]:
    """``_check_signature``, with a key nobody registered named as people know it: by the
    station the (still unproven) manifest claims, its code and name, not a key id alone."""
    try:
        return _check_signature(manifest, signature, trusted_keys)
    except DomainError as error:
        claimed = _claimed_station(manifest) if error.code == "batch.unknown_key" else None
        if claimed is None:
            raise
        code, name = claimed
        raise DomainError(
            "batch.unknown_station", station=code, name=name or code, **error.params
        ) from None


def _claimed_station(manifest: bytes) -> tuple[str, str] | None:
    """The station code and name a manifest states, if it can be read at all."""
    try:
        station = json.loads(manifest.decode("utf-8"))["station"]
        code, name = str(station["code"]), str(station.get("name", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return (shown(code), shown(name)) if code else None


def unchecked_signer(signature: bytes) -> str:
    """The key id a signature names, before checking it; a garbled file is refused."""
    try:
        return signature_key_id(signature)
    except (ValueError, IndexError, UnicodeDecodeError):  # binascii.Error is a ValueError
        raise DomainError("batch.bad_signature") from None


def _check_entries(archive: zipfile.ZipFile) -> None:
    seen: set[str] = set()
    for info in archive.infolist():
        name = info.filename
        if name not in ALLOWED or "/" in name or "\\" in name or name.startswith(".."):
            raise DomainError("batch.bad_member", name=shown(name))
        check_readable(info)
        # Reading by name gives the last copy, hashing another: which one is the batch?
        if name in seen:
            raise DomainError("batch.duplicate_member", name=shown(name))
        seen.add(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise DomainError("batch.too_large", name=shown(name))
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise DomainError("batch.too_large", name=shown(name))


def check_readable(info: zipfile.ZipInfo) -> None:
    """Only what our writer makes: stored or deflated, never encrypted. zipfile would
    otherwise stop later with a RuntimeError or NotImplementedError while reading it."""
    stored_or_deflated = info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
    if info.flag_bits & _UNREADABLE_FLAGS or not stored_or_deflated:
        raise DomainError("batch.bad_member", name=shown(info.filename))


def _read(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        with archive.open(name) as member:
            data = member.read(limit + 1)
    except KeyError:
        raise DomainError("batch.missing_member", name=name) from None
    if len(data) > limit:
        raise DomainError("batch.too_large", name=name)
    return data


def _check_signature(
    data: bytes, signature: bytes, trusted_keys: dict[str, str]
) -> tuple[str, str]:
    import minisign

    try:
        parsed = minisign.Signature.from_bytes(signature)
        kid = signature_key_id(signature)
    except (minisign.Error, ValueError, IndexError):
        raise DomainError("batch.bad_signature") from None
    if kid not in trusted_keys:
        raise DomainError("batch.unknown_key", key=kid)
    try:
        minisign.PublicKey.from_base64(trusted_keys[kid]).verify(data, parsed)
    except minisign.Error:
        raise DomainError("batch.bad_signature") from None
    return kid, str(parsed.trusted_comment)


def signature_key_id(signature: bytes) -> str:
    """The signer's key id from a .minisig file's second line (algorithm ‖ key id ‖ sig)."""
    line = signature.decode("ascii").splitlines()[1]
    raw = base64.b64decode(line, validate=True)
    return f"{int.from_bytes(raw[2:10], 'little'):016X}"


def _parse_manifest(data: bytes) -> JsonObject:
    try:
        manifest = parse_json(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # deep nesting: RecursionError
        raise DomainError("batch.bad_manifest") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DomainError("batch.bad_manifest")
    version = manifest.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise DomainError("batch.newer_format", version=shown(str(version)))
    return manifest


def shown(text: str, limit: int = 60) -> str:
    """A name or detail from a file, safe in a one-line message: control characters (a
    newline in a zip member's name) become "?", and it is cut to ``limit``."""
    return "".join("?" if ord(c) < 32 or ord(c) == 127 else c for c in text[:limit])


def _check_sequence(manifest: JsonObject) -> None:
    """The fields the ledger, the chain and the office's tables are keyed by, checked
    before anything reads them: a signed manifest can still be written by a buggy exporter
    or by whoever holds a station key."""
    seq = manifest.get("seq")
    if type(seq) is not int or seq < 1:  # bool is an int too, and True would be seq 1
        raise DomainError("batch.bad_sequence", value=str(seq)[:20])
    prev = manifest.get("prev_sha256")
    chained = prev == "" if seq == 1 else isinstance(prev, str) and is_sha256(prev)
    if not chained:
        raise DomainError("batch.bad_prev", seq=seq)
    batch_id = manifest.get("batch_id")
    if not isinstance(batch_id, str) or not _is_uuid(batch_id):
        raise DomainError("batch.bad_batch_id", value=str(batch_id)[:40])
    station = manifest.get("station")
    code = station.get("code") if isinstance(station, dict) else None
    if not isinstance(code, str) or not code.strip():
        raise DomainError("batch.bad_station_code")


def is_sha256(text: str) -> bool:
    """64 lowercase hex digits, as hashlib's hexdigest writes a SHA-256."""
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def _is_uuid(text: str) -> bool:
    """In its usual written form only (36 characters, lowercase), as the export writes it:
    ``uuid.UUID`` alone also takes braces, "urn:uuid:" and no hyphens, each a different
    key for the same batch."""
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def _check_members(archive: zipfile.ZipFile, manifest: Manifest) -> None:
    listed = {m["name"]: m for m in manifest.get("members", [])}
    present = set(archive.namelist()) - {MANIFEST, SIGNATURE}
    if set(listed) != present:
        raise DomainError("batch.members_differ")
    for name, member in listed.items():
        digest, size = hashlib.sha256(), 0
        with archive.open(name) as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
                if size > member["size"]:
                    break
        if size != member["size"] or digest.hexdigest() != member["sha256"]:
            raise DomainError("batch.tampered", name=name)


def _check_comment(comment: str, manifest: Manifest) -> None:
    """The trusted comment is signed too: it must name this very batch."""
    expected = trusted_comment(manifest)
    if comment != expected:
        raise DomainError("batch.bad_signature")


def trusted_comment(manifest: Manifest) -> str:
    return (
        f"canghien station={manifest['station']['code']} batch={manifest['batch_id']} "
        f"seq={manifest['seq']}"
    )

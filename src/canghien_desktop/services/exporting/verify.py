"""Checking a batch file before anything trusts it: a safe ZIP, a good signature from a known
key, and every member exactly as the manifest says. Nothing is extracted to disk."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from canghien_desktop.domain.errors import DomainError

FORMAT = "canghien-batch"
FORMAT_VERSION = 1
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


@dataclass(frozen=True)
class VerifiedBatch:
    path: Path
    manifest: dict[str, Any]
    manifest_sha256: str
    key_id: str
    trusted_comment: str

    @property
    def seq(self) -> int:
        return int(self.manifest["seq"])


def verify_batch(path: Path, trusted_keys: dict[str, str]) -> VerifiedBatch:
    """``trusted_keys``: key id → minisign public key line. Raises a one-line DomainError."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_entries(archive)
            manifest_bytes = _read(archive, MANIFEST, MAX_MANIFEST_BYTES)
            signature_bytes = _read(archive, SIGNATURE, 64 * 1024)
            kid, comment = _check_signature(manifest_bytes, signature_bytes, trusted_keys)
            manifest = _parse_manifest(manifest_bytes)
            _check_members(archive, manifest)
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise DomainError("batch.corrupt", path=path.name, detail=str(error)[:80]) from None
    _check_comment(comment, manifest)
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    return VerifiedBatch(path, manifest, digest, kid, comment)


def _check_entries(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        name = info.filename
        if name not in ALLOWED or "/" in name or "\\" in name or name.startswith(".."):
            raise DomainError("batch.bad_member", name=name[:60])
        if info.file_size > MAX_MEMBER_BYTES:
            raise DomainError("batch.too_large", name=name)
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise DomainError("batch.too_large", name=name)


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


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DomainError("batch.bad_manifest") from None
    if manifest.get("format") != FORMAT:
        raise DomainError("batch.bad_manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise DomainError("batch.newer_format", version=manifest.get("format_version"))
    return manifest


def _check_members(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> None:
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


def _check_comment(comment: str, manifest: dict[str, Any]) -> None:
    """The trusted comment is signed too: it must name this very batch."""
    expected = trusted_comment(manifest)
    if comment != expected:
        raise DomainError("batch.bad_signature")


def trusted_comment(manifest: dict[str, Any]) -> str:
    return (
        f"canghien station={manifest['station']['code']} batch={manifest['batch_id']} "
        f"seq={manifest['seq']}"
    )

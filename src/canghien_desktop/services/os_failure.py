"""A failure of the disk or the system, said so that the user can act on it: "the disk is
full", "the stick is read-only", rather than the system's own words, which are in English
on a Vietnamese Windows as often as not.

    except OSError as error:
        raise os_failure(error, "report.write_failed", path=out_dir) from error
"""

from __future__ import annotations

import errno

from canghien_desktop.domain.errors import DomainError

# Windows reports a file held open by another program (Excel) as "access denied" (EACCES);
# only its own error numbers tell the two apart.
_WINDOWS_IN_USE = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION

_REASONS = {
    errno.ENOSPC: "os.disk_full",
    errno.EFBIG: "os.disk_full",  # a FAT32 stick's 4 GB file limit, or a quota
    getattr(errno, "EDQUOT", errno.ENOSPC): "os.disk_full",
    errno.EROFS: "os.read_only",
    errno.EACCES: "os.no_permission",
    errno.EPERM: "os.no_permission",
    errno.ENOENT: "os.not_found",
    errno.ENOTDIR: "os.not_a_folder",
    errno.EIO: "os.device_error",
    errno.ENXIO: "os.device_error",
    errno.ENODEV: "os.device_error",
}


def os_reason(error: OSError) -> str:
    """A reason code that ``services.labels`` names in the user's language, or the system's
    own words when the failure is none of the usual ones."""
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return "os.in_use"
    return _REASONS.get(error.errno or 0, error.strerror or type(error).__name__)


def os_failure(error: OSError, code: str = "os.error", path: object = None) -> DomainError:
    """``code``'s message about ``path`` (by default the file the error names)."""
    where = path if path is not None else (error.filename or "")
    return DomainError(code, path=str(where), detail=os_reason(error))

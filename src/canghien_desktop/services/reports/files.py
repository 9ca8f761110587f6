"""Write the period report's two files into a folder, both or neither: a station's commune
report, or at a consolidating office the consolidated report (every station and the total).

Each file is built under a hidden temporary name in the destination folder, synced to disk,
and renamed into place only once both exist: a crash, a full stick or a Cancel leaves no
half-written report and no stray temporary file.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.file_replace import replace_unless_open, write_replacing
from canghien_desktop.services.i18n import in_vietnamese
from canghien_desktop.services.os_failure import os_failure
from canghien_desktop.services.reports.compute import (
    BUILD_STEPS,
    Cancelled,
    PeriodReport,
    Progress,
    Steps,
    compute,
)
from canghien_desktop.services.reports.consolidated import ConsolidatedReport, consolidate
from canghien_desktop.services.reports.consolidated_pdf import write_consolidated_pdf
from canghien_desktop.services.reports.consolidated_xlsx import write_consolidated_xlsx
from canghien_desktop.services.reports.pdf import write_pdf
from canghien_desktop.services.reports.xlsx import write_xlsx
from canghien_desktop.storage.files import fsync_dir

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


log = logging.getLogger(__name__)  # no personal data: codes, numbers, counts (docs/SECURITY.md)
WRITE_STEPS = 3  # workbook, PDF, moving both into place
REPORT_MODE = 0o644  # aggregates only: as readable as any document the user saves
R = TypeVar("R", PeriodReport, ConsolidatedReport)
Writers = tuple[tuple[str, Callable[[R, Path], None]], ...]
_WRITERS: Writers[PeriodReport] = ((".xlsx", write_xlsx), (".pdf", write_pdf))
_CONSOLIDATED_WRITERS: Writers[ConsolidatedReport] = (
    (".xlsx", write_consolidated_xlsx),
    (".pdf", write_consolidated_pdf),
)


@dataclass(frozen=True)
class ReportFiles:
    xlsx: Path
    pdf: Path
    report: PeriodReport | ConsolidatedReport  # consolidated at a consolidating office

    @property
    def paths(self) -> tuple[Path, Path]:
        return (self.xlsx, self.pdf)


def report_stem(office_code: str, period_code: str, consolidated: bool = False) -> str:
    return f"{office_code}-bao-cao-{'tong-hop-' if consolidated else ''}{period_code}"


@in_vietnamese
def write_report(
    ctx: OfficeContext,
    actor: Actor,
    period: str,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportFiles:
    """Compute ``period``'s report and write ``<CODE>-bao-cao-<PERIOD>.xlsx`` and ``.pdf``
    into ``out_dir`` (replacing an earlier report of the same period); at a consolidating
    office the consolidated report, ``<CODE>-bao-cao-tong-hop-<PERIOD>``. Cancelling raises
    ``DomainError("cancelled")`` and leaves no file."""
    steps = Steps(BUILD_STEPS + WRITE_STEPS, progress, cancelled)
    if ctx.info.kind is OfficeKind.CONSOLIDATING:
        whole = consolidate(ctx, actor, period, steps)
        stem = report_stem(whole.office_code, whole.period.code, consolidated=True)
        files = ReportFiles(*_write_into(out_dir, stem, whole, _CONSOLIDATED_WRITERS, steps), whole)
    else:
        report = compute(ctx, actor, period, steps)
        stem = report_stem(report.office_code, report.period.code)
        files = ReportFiles(*_write_into(out_dir, stem, report, _WRITERS, steps), report)
    log.info("report %s written", stem)
    return files


def save_copy(data: bytes, path: Path) -> Path:
    """A report's PDF saved once more elsewhere (the print preview's "Lưu PDF"), whole or
    not at all, unless a PDF viewer holds the older copy open (``file.in_use``)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return write_replacing(path, data, REPORT_MODE)
    except OSError as error:
        raise os_failure(error, "report.write_failed", path.parent) from error


def _write_into(
    out_dir: Path, stem: str, report: R, writers: Writers[R], steps: Steps
) -> tuple[Path, Path]:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        return _write_both(report, writers, out_dir, stem, steps)
    except OSError as error:
        # The folder, not the hidden temporary name the error may carry.
        raise os_failure(error, "report.write_failed", out_dir) from error


def _write_both(
    report: R, writers: Writers[R], folder: Path, stem: str, steps: Steps
) -> tuple[Path, Path]:
    temporary: list[Path] = []
    finals = [folder / (stem + suffix) for suffix, _ in writers]
    try:
        for suffix, writer in writers:
            temporary.append(_temp_path(folder, stem + suffix))
            writer(report, temporary[-1])
            _fsync_file(temporary[-1])
            steps.tick()
        steps.check()  # the last moment a Cancel is honoured: after it both files appear
        _put_in_place(temporary, finals)
    finally:
        for temp in temporary:
            temp.unlink(missing_ok=True)  # already renamed on success
    fsync_dir(folder)
    steps.tick()
    return finals[0], finals[1]


def _put_in_place(temporary: list[Path], finals: list[Path]) -> None:
    """Both new files, or the old ones as they were. The old files first step aside: a file
    another program holds open (Excel locks the workbooks it shows) cannot, and then nothing
    has changed and the message names it; a workbook without its PDF would look whole."""
    aside: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        for final in finals:
            if final.exists():
                kept = final.with_name(f".{final.name}.old")
                replace_unless_open(final, kept, final)
                aside.append((final, kept))
        for temp, final in zip(temporary, finals, strict=True):
            replace_unless_open(temp, final, final)
            placed.append(final)
    except BaseException:
        for final in placed:
            final.unlink(missing_ok=True)
        for final, kept in aside:
            os.replace(kept, final)
        raise
    for _, kept in aside:
        kept.unlink(missing_ok=True)


def _temp_path(folder: Path, name: str) -> Path:
    handle, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".partial", dir=folder)
    os.close(handle)
    os.chmod(temp, REPORT_MODE)
    return Path(temp)


def _fsync_file(path: Path) -> None:
    """The writers close their files without syncing; Windows needs a writable handle."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())

"""The period indicator report as ``.xlsx`` and ``.pdf`` (docs/GLOSSARY.md, "Reports and
indicators").

    write_report(ctx, actor, "2026-H1", out_dir, progress=..., cancelled=...) -> ReportFiles
    build_report(ctx, actor, "2026-H1") -> PeriodReport   (the figures only, for a preview)
    build_consolidated(ctx, actor, "2026-H1") -> ConsolidatedReport

At a station ``write_report`` writes the commune's report; at a consolidating office
(``OfficeKind.CONSOLIDATING``) the consolidated report: a row per station and the total, with
how many stations sent the period's report and which did not (``consolidated``).

``indicators`` and ``breakdowns`` define the rows and columns once; ``xlsx`` and ``pdf``
print the same ``PeriodReport``, and ``pdf_parts`` holds the tables every PDF shares.
"""

from canghien_desktop.services.reports.compute import PeriodReport, build_report
from canghien_desktop.services.reports.consolidated import (
    ConsolidatedReport,
    StationStatus,
    build_consolidated,
)
from canghien_desktop.services.reports.files import (
    ReportFiles,
    report_stem,
    save_copy,
    write_report,
)

__all__ = [
    "ConsolidatedReport",
    "PeriodReport",
    "ReportFiles",
    "StationStatus",
    "build_consolidated",
    "build_report",
    "report_stem",
    "save_copy",
    "write_report",
]

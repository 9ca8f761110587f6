"""The commune's period indicator report (DOMAIN.md 5.3) as ``.xlsx`` and ``.pdf``.

    write_report(ctx, actor, "2026-H1", out_dir, progress=..., cancelled=...) -> ReportFiles
    build_report(ctx, actor, "2026-H1") -> PeriodReport   (the figures only, for a preview)

``indicators`` and ``breakdowns`` define the rows and columns once; ``xlsx`` and ``pdf``
print the same ``PeriodReport``.
"""

from canghien_desktop.services.reports.compute import PeriodReport, build_report
from canghien_desktop.services.reports.files import ReportFiles, report_stem, write_report

__all__ = ["PeriodReport", "ReportFiles", "build_report", "report_stem", "write_report"]

"""The Today screen's computation at station scale: ``today_dashboard`` on demo stations of
5,000 and 20,000 people (budgets < 200 ms and < 400 ms), beside the bare queries it runs
(the same SQL, with none of the Python that turns rows into deadlines), measured in the same
run. Also the follow-ups-due list, without a budget.

Each demo is built once into ``--cache`` (about 40 s per 5,000 people) and reused while its
date is today. Budgets are reported, never asserted. Usage:

    .venv/bin/python bench/today.py [--cache DIR] [--repeats 9] [--sizes 5000,20000] [--write]

``--write`` replaces the Today block of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from measure import DEMO_PASSWORD, DEMO_USER, demo_station, machine_line, write_section
from sqlalchemy import func, select

from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.dashboard import (
    DEFAULT_SCHEDULE,
    LOOKAHEAD_WORKING_DAYS,
    due_follow_ups,
    today_dashboard,
)
from canghien_desktop.services.station.dashboard_queries import (
    deadline_candidates,
    follow_up_candidates,
    open_absences,
)
from canghien_desktop.storage.rows import EnrolmentRow, FollowUpRow

START, END = "<!-- today-results:start -->", "<!-- today-results:end -->"
FIRST_TIME = "\n## Today at station scale (bench/today.py)\n\n{block}\n"
USER, PASSWORD = DEMO_USER, DEMO_PASSWORD
BUDGET_MS = {5000: 200.0, 20000: 400.0}


def timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def bare_queries(ctx: OfficeContext) -> None:
    """The SQL of ``today_dashboard`` alone: the rows it fetches, nothing made of them."""
    today = ctx.today()
    horizon = ctx.lifecycle.calendar.add_working_days(today, LOOKAHEAD_WORKING_DAYS)
    with ctx.db.read() as session:
        limits = deadline_candidates(session, ctx.lifecycle, horizon)
        open_absences(session, (c.row.id for c in limits if c.row.state == "DANG_CAI_NGHIEN"))
        follow_up_candidates(session, DEFAULT_SCHEDULE, today)
        session.execute(
            select(EnrolmentRow.state, func.count())
            .where(EnrolmentRow.deleted.is_(False))
            .group_by(EnrolmentRow.state)
        ).all()


def sizes_of(ctx: OfficeContext) -> tuple[int, int]:
    with ctx.db.read() as session:
        enrolments = session.scalar(select(func.count()).select_from(EnrolmentRow)) or 0
        follow_ups = session.scalar(select(func.count()).select_from(FollowUpRow)) or 0
    return enrolments, follow_ups


def measure(paths: AppPaths, repeats: int) -> dict[str, Any]:
    ctx, actor = sign_in(paths, USER, PASSWORD)
    try:
        boards: list[Any] = []
        # The first call of a fresh sign-in: pages read and decrypted for the first time.
        first = timed(lambda: boards.append(today_dashboard(ctx, actor)))
        board = boards[0]
        listed = len(board.overdue) + len(board.due_soon) + len(board.police)
        return {
            "dashboard": [timed(lambda: today_dashboard(ctx, actor)) for _ in range(repeats)],
            "bare": [timed(lambda: bare_queries(ctx)) for _ in range(repeats)],
            "due": [timed(lambda: due_follow_ups(ctx, actor, 7)) for _ in range(repeats)],
            "first": first,
            "listed": listed,
            "late": len(board.overdue_follow_ups),
            "sizes": sizes_of(ctx),
        }
    finally:
        ctx.close()


def report(results: dict[int, dict[str, Any]]) -> str:
    med = statistics.median
    lines = [
        START,
        f"{machine_line()} Load average at the end: {os.getloadavg()[0]:.1f}.",
        "",
        "| people | enrolments | follow-ups | `today_dashboard`, median | budget | within "
        "| bare queries, median | first call after sign-in | `due_follow_ups(7)`, median "
        "| deadlines listed | late follow-ups |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for persons, m in sorted(results.items()):
        value, budget = med(m["dashboard"]), BUDGET_MS.get(persons, 0.0)
        within = "yes" if value < budget else "**no**"
        enrolments, follow_ups = m["sizes"]
        lines.append(
            f"| {persons:,} | {enrolments:,} | {follow_ups:,} | {value:.1f} ms "
            f"| < {budget:.0f} ms | {within} | {med(m['bare']):.1f} ms | {m['first']:.1f} ms "
            f"| {med(m['due']):.1f} ms | {m['listed']} | {m['late']} |"
        )
    return "\n".join([*lines, END])


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "cn-bench")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--sizes", default="5000,20000")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    results = {}
    for persons in (int(n) for n in args.sizes.split(",")):
        results[persons] = measure(AppPaths(demo_station(args.cache, persons)), args.repeats)
    block = report(results)
    print(block)
    if args.write:
        write_section(block, START, END, FIRST_TIME.format(block=block))


if __name__ == "__main__":
    main(sys.argv[1:])

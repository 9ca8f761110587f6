"""UI budgets on a 5,000-person demo office: the numbers a nurse feels.

* People list opens: ``list_people`` + filling the table model + the first paint of the
  screen at 1366×768 (budget < 300 ms);
* filtering per keystroke: the proxy filter + count label + repaint, for each prefix of
  "nguyen van duc" (budget < 30 ms);
* Today dashboard computes: ``services.station.dashboard.today_dashboard`` (budget < 200 ms);
* saving a follow-up: ``services.station.followups.record_follow_up`` of one visit (budget < 50 ms).

Also reported, without a budget: the follow-ups-due list and the Today screen's fill+paint.

The demo office is built once (about 40 s) into ``--cache`` and reused while its date is
today; the measures run on a copy, since saving follow-ups writes to it. Budgets are
reported, never asserted. Usage:

    .venv/bin/python bench/ui.py [--cache DIR] [--repeats 7] [--write]

``--write`` replaces the UI block of ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import demo_station

from canghien_desktop.domain.followups import FollowUp, FollowUpKind, VisitMode
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.services.station.dashboard import due_follow_ups, today_dashboard
from canghien_desktop.services.station.followups import record_follow_up
from canghien_desktop.services.station.people import list_people
from canghien_desktop.ui import tasks
from canghien_desktop.ui.application import create_application
from canghien_desktop.ui.screens.people_view import PeopleView
from canghien_desktop.ui.screens.today_view import TodayView

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
START, END = "<!-- ui-results:start -->", "<!-- ui-results:end -->"
PERSONS = 5000
QUERY = "nguyen van duc"
SCREEN = (1366 - 190 - 30, 768 - 90)  # the screen area beside the navigation list
USER, PASSWORD = "admin", "password123"
BUDGETS_MS = {"open": 300.0, "keystroke": 30.0, "dashboard": 200.0, "save": 50.0}


def demo_office(cache: Path) -> AppPaths:
    """Today's 5,000-person demo in ``cache``, built on first use (``measure.demo_station``)."""
    return AppPaths(demo_station(cache, PERSONS))


def timed(fn: Callable[[], Any]) -> float:
    """Milliseconds of one call."""
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def people_open(ctx: OfficeContext, actor: Actor) -> dict[str, float]:
    """One opening of the people screen, split into its parts."""
    view = PeopleView(ctx, actor)
    view.resize(*SCREEN)
    view.show()
    parts: dict[str, float] = {}
    people: list[Any] = []
    parts["list_people"] = timed(lambda: people.extend(list_people(ctx, actor)))
    parts["model"] = timed(lambda: view.show_data(people))
    parts["paint"] = timed(view.grab)  # QWidget.grab paints the whole screen, synchronously
    parts["total"] = parts["list_people"] + parts["model"] + parts["paint"]
    view.close()
    view.deleteLater()
    return parts


def keystrokes(ctx: OfficeContext, actor: Actor, repeats: int) -> list[tuple[str, float, int]]:
    """(prefix, median ms, rows shown) per keystroke: filter, count label and repaint."""
    view = PeopleView(ctx, actor)
    view.resize(*SCREEN)
    view.show()
    view.show_data(list_people(ctx, actor))
    view.grab()
    out = []
    for end in range(1, len(QUERY) + 1):
        prefix = QUERY[:end]
        samples = []
        for _ in range(repeats):
            view.search.setText(QUERY[: end - 1])
            view.grab()
            samples.append(timed(lambda p=prefix: (view.search.setText(p), view.table.grab())))
        out.append((prefix, statistics.median(samples), view.proxy.rowCount()))
    view.close()
    return out


def save_visit(ctx: OfficeContext, actor: Actor, enrolment_id: str) -> float:
    visit = FollowUp(enrolment_id, FollowUpKind.VISIT, ctx.today(), VisitMode.HOME.value, "Bench")
    return timed(lambda: record_follow_up(ctx, actor, visit))


def today_screen(ctx: OfficeContext, actor: Actor) -> float:
    """Filling the Today screen with a computed dashboard and painting it."""
    dashboard = today_dashboard(ctx, actor)
    view = TodayView(ctx, actor, load=lambda c, a: dashboard)
    view.resize(*SCREEN)
    elapsed = timed(lambda: (view.show(), view.grab()))  # show() loads (inline), grab paints
    view.close()
    return elapsed


def measure(paths: AppPaths, repeats: int) -> dict[str, Any]:
    ctx, actor = sign_in(paths, USER, PASSWORD)
    try:
        people_open(ctx, actor)  # warm-up: imports, fonts, SQLite page cache
        opens = [people_open(ctx, actor) for _ in range(repeats)]
        keys = keystrokes(ctx, actor, repeats)
        today_dashboard(ctx, actor)
        dashboards = [timed(lambda: today_dashboard(ctx, actor)) for _ in range(repeats)]
        due = [timed(lambda: due_follow_ups(ctx, actor, 7)) for _ in range(repeats)]
        screens = [today_screen(ctx, actor) for _ in range(repeats)]
        followed = [d.enrolment_id for d in due_follow_ups(ctx, actor, 30)]
        saves = [save_visit(ctx, actor, e) for e in followed[: max(repeats * 3, 20)]]
        return {
            "opens": opens,
            "keys": keys,
            "dashboard": dashboards,
            "due": due,
            "today_screen": screens,
            "saves": saves,
        }
    finally:
        ctx.close()


def report(m: dict[str, Any]) -> str:
    med = statistics.median
    open_total = med(p["total"] for p in m["opens"])
    per_key = [ms for _, ms, _ in m["keys"]]
    rows = [
        ("People list opens (list + model + first paint), median", open_total, "open"),
        ("filtering per keystroke, median", med(per_key), "keystroke"),
        ("filtering per keystroke, max", max(per_key), "keystroke"),
        ("`today_dashboard`, median", med(m["dashboard"]), "dashboard"),
        ("`record_follow_up` (one visit), median", med(m["saves"]), "save"),
        ("`record_follow_up` (one visit), max", max(m["saves"]), "save"),
    ]
    parts = {k: med(p[k] for p in m["opens"]) for k in ("list_people", "model", "paint")}
    lines = [
        START,
        f"Run on {date.today().isoformat()}; machine: {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
        f"Qt platform `{os.environ['QT_QPA_PLATFORM']}`, screen area {SCREEN[0]}×{SCREEN[1]}.",
        "",
        "| measure | result | budget | within |",
        "| --- | --- | --- | --- |",
        *(
            f"| {name} | {value:.1f} ms | < {BUDGETS_MS[key]:.0f} ms | "
            f"{'yes' if value < BUDGETS_MS[key] else '**no**'} |"
            for name, value, key in rows
        ),
        "",
        "People list opening, medians: "
        + ", ".join(f"{k} {v:.1f} ms" for k, v in parts.items())
        + f" (over {len(m['opens'])} openings).",
        "",
        f'Per keystroke of "{QUERY}" (median ms, rows shown): '
        + ", ".join(f"`{p}` {ms:.1f} ({n})" for p, ms, n in m["keys"])
        + ".",
        "",
        f"Without a budget: `due_follow_ups(7)` median {med(m['due']):.0f} ms; the Today "
        f"screen filled and painted from a computed dashboard, median "
        f"{med(m['today_screen']):.0f} ms; {len(m['saves'])} visits saved.",
        END,
    ]
    return "\n".join(lines)


def write(block: str) -> None:
    text = RESULTS.read_text(encoding="utf-8")
    if START not in text:
        RESULTS.write_text(text.rstrip("\n") + "\n\n" + block + "\n", encoding="utf-8")
        return
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    RESULTS.write_text(head + block + tail, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "canghien-cache"
    )
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    create_application(sys.argv[:1])
    tasks.set_runner(tasks.InlineRunner())  # measure the work, not the thread hop
    source = demo_office(args.cache)
    with tempfile.TemporaryDirectory(prefix="canghien-ui-bench-") as tmp:
        copy = AppPaths(Path(tmp) / "office")
        shutil.copytree(source.data_dir, copy.data_dir)
        block = report(measure(copy, args.repeats))
    print(block)
    if args.write:
        write(block)


if __name__ == "__main__":
    main()

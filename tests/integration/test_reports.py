"""The period indicator report: numbers equal independent counts straight from the database,
breakdowns add up, the PDF says what the workbook says, no personal identifier appears,
bad periods and Cancel leave nothing behind, and the CLI verb writes both files."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from canghien_desktop.domain.dates import BirthDate, format_dmy
from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.followups import FollowUpKind
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.periods import Period, age_band, parse_period
from canghien_desktop.services import auth, messages
from canghien_desktop.services.commune import set_office_commune
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.reports import ReportFiles, build_report, write_report
from canghien_desktop.services.reports import files as report_files
from canghien_desktop.services.reports.breakdowns import COLUMNS
from canghien_desktop.services.reports.compute import BUILD_STEPS
from canghien_desktop.services.reports.files import WRITE_STEPS
from canghien_desktop.services.reports.indicators import BY_CODE, INDICATORS
from canghien_desktop.services.reports.pdf import number_text
from canghien_desktop.services.reports.texts import TITLE
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.storage.rows import (
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    PersonRow,
)
from tests.conftest import ADMIN, PASSWORD, TODAY, Office, reopen

PERSONS, SEED = 300, 20260615
PERIODS = ("2026-H1", "2025")
FIXED = ("Mã chỉ tiêu", "STT", "Chỉ tiêu", "Đơn vị tính")
Table = dict[str, dict[str, Any]]  # indicator code -> column code -> value


# --- fixtures --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_dir(station_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station filled with demo data as of 15/06/2026, closed so tests can copy it."""
    folder = tmp_path_factory.mktemp("reports") / "station"
    shutil.copytree(station_template, folder)
    ctx = reopen(AppPaths(folder), today=TODAY)
    try:
        generate_demo(ctx, auth.login(ctx, ADMIN, PASSWORD), PERSONS, SEED, as_of=TODAY)
    finally:
        ctx.close()
    return folder


@pytest.fixture(scope="module")
def demo(demo_dir: Path) -> Iterator[Office]:
    ctx = reopen(AppPaths(demo_dir), today=TODAY)
    try:
        yield Office(ctx, auth.login(ctx, ADMIN, PASSWORD), AppPaths(demo_dir))
    finally:
        ctx.close()


@pytest.fixture(scope="module")
def written(demo: Office, tmp_path_factory: pytest.TempPathFactory) -> dict[str, ReportFiles]:
    out = tmp_path_factory.mktemp("out")
    return {p: write_report(demo.ctx, demo.admin, p, out) for p in PERIODS}


def read_table(path: Path) -> Table:
    """The "Chỉ tiêu" sheet as {code: {column code: value}}, found by its header row."""
    sheet = load_workbook(path)["Chỉ tiêu"]
    rows = list(sheet.iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if tuple(row[:4]) == FIXED)
    titles = rows[head + 1][len(FIXED) :]
    assert list(titles[1:]) == [c.title() for c in COLUMNS[1:]]  # the columns, in order
    table: Table = {}
    for row in rows[head + 2 :]:
        if row[0] in BY_CODE:
            table[str(row[0])] = dict(
                zip((c.code for c in COLUMNS), row[len(FIXED) :], strict=True)
            )
    return table


@pytest.fixture(scope="module")
def tables(written: dict[str, ReportFiles]) -> dict[str, Table]:
    return {p: read_table(files.xlsx) for p, files in written.items()}


# --- independent counts, straight from the rows -----------------------------------------------
def _live_events(session: Session) -> list[Any]:
    return list(
        session.execute(
            select(EnrolmentEventRow, PersonRow.sex)
            .join(EnrolmentRow, EnrolmentRow.id == EnrolmentEventRow.enrolment_id)
            .join(PersonRow, PersonRow.id == EnrolmentRow.person_id)
            .where(
                EnrolmentEventRow.deleted.is_(False),
                EnrolmentRow.deleted.is_(False),
                PersonRow.deleted.is_(False),
            )
        ).all()
    )


def events_by_sex(office: Office, action: Action, period: Period, reason: str = "") -> Counter[str]:
    with office.ctx.db.read() as session:
        return Counter(
            sex
            for event, sex in _live_events(session)
            if event.action == action.value
            and period.start <= event.occurred_on <= period.end
            and (not reason or event.reason == reason)
        )


def states_at(office: Office, day: date) -> dict[str, tuple[str, str | None]]:
    """Enrolment id -> (state, stage) after its last event on or before ``day``."""
    with office.ctx.db.read() as session:
        enrolments = session.scalars(
            select(EnrolmentRow)
            .join(PersonRow, PersonRow.id == EnrolmentRow.person_id)
            .where(EnrolmentRow.deleted.is_(False), PersonRow.deleted.is_(False))
        ).all()
        last: dict[str, EnrolmentEventRow] = {}
        for event, _sex in _live_events(session):
            seen = last.get(event.enrolment_id)
            if event.occurred_on <= day and (seen is None or event.occurred_on > seen.occurred_on):
                last[event.enrolment_id] = event
    out = {}
    for e in enrolments:
        if e.assessed_on <= day:
            event = last.get(e.id)
            out[e.id] = (event.to_state, event.stage) if event else ("DA_XAC_DINH_NGHIEN", None)
    return out


def follow_ups(office: Office, kind: FollowUpKind, period: Period) -> list[FollowUpRow]:
    with office.ctx.db.read() as session:
        return list(
            session.scalars(
                select(FollowUpRow)
                .join(EnrolmentRow, EnrolmentRow.id == FollowUpRow.enrolment_id)
                .join(PersonRow, PersonRow.id == FollowUpRow.person_id)
                .where(
                    FollowUpRow.deleted.is_(False),
                    EnrolmentRow.deleted.is_(False),
                    PersonRow.deleted.is_(False),
                    FollowUpRow.kind == kind.value,
                    FollowUpRow.occurred_on.between(period.start, period.end),
                )
            ).all()
        )


# --- the numbers -----------------------------------------------------------------------------
def test_indicator_codes_are_unique() -> None:
    assert len(BY_CODE) == len(INDICATORS)


EVENT_INDICATORS = [
    ("registered", Action.REGISTER, ""),
    ("decided", Action.ISSUE_DECISION, ""),
    ("completed", Action.COMPLETE, ""),
    ("self_terminated", Action.SELF_TERMINATE, ""),
    ("used_in_treatment", Action.RECORD_USE, ""),
    ("compulsory_dossier", Action.OPEN_COMPULSORY_DOSSIER, ""),
    ("ost_switch", Action.SWITCH_TO_OST, ""),
    ("post_rehab_decided", Action.OPEN_POST_REHAB, ""),
    ("post_rehab_ended", Action.END_POST_REHAB, ""),
    ("relapsed_post_rehab", Action.RECORD_RELAPSE, ""),
    ("removed_chet", Action.REMOVE, "chet"),
]


@pytest.mark.parametrize("period", PERIODS)
@pytest.mark.parametrize(("code", "action", "reason"), EVENT_INDICATORS)
def test_event_counts_by_sex_equal_the_event_rows(
    demo: Office, tables: dict[str, Table], period: str, code: str, action: Action, reason: str
) -> None:
    expected = events_by_sex(demo, action, parse_period(period), reason)
    row = tables[period][code]
    assert (row["sex:nam"], row["sex:nu"]) == (expected["nam"], expected["nu"])
    assert row["total"] == sum(expected.values())


def test_registrations_are_not_trivially_zero(tables: dict[str, Table]) -> None:
    assert all(tables[p]["registered"]["total"] > 10 for p in PERIODS)


@pytest.mark.parametrize("period", PERIODS)
def test_states_at_period_end_are_replayed_from_events(
    demo: Office, tables: dict[str, Table], period: str
) -> None:
    states = states_at(demo, parse_period(period).end)
    table = tables[period]
    in_treatment = [s for s in states.values() if s[0] == State.DANG_CAI_NGHIEN]
    assert table["in_treatment"]["total"] == len(in_treatment)
    for stage in "abcde":
        expected = sum(1 for _, st in in_treatment if st == stage)
        assert table[f"in_treatment_stage_{stage}"]["total"] == expected
    managed = sum(1 for s, _ in states.values() if s == State.QUAN_LY_SAU_CAI)
    assert table["post_rehab_managed"]["total"] == managed


def test_a_past_period_does_not_read_the_current_state(
    demo: Office, tables: dict[str, Table]
) -> None:
    with demo.ctx.db.read() as session:
        now = session.scalars(
            select(EnrolmentRow.id).where(EnrolmentRow.state == State.DANG_CAI_NGHIEN.value)
        ).all()
    assert tables["2025"]["in_treatment"]["total"] != len(now)
    assert tables["2026-H1"]["in_treatment"]["total"] == len(now)  # today is in 2026-H1


def test_breakdowns_add_up(tables: dict[str, Table]) -> None:
    def total(row: dict[str, Any], prefix: str) -> Any:
        return sum(v for k, v in row.items() if k.startswith(prefix))

    for table in tables.values():
        for code, row in table.items():
            if BY_CODE[code].by_hand:  # not in the records: every cell left to fill in
                assert set(row.values()) == {None}, code
                continue
            if not BY_CODE[code].breakdown:  # the total only; "x" where a split does not apply
                assert isinstance(row["total"], int) and set(list(row.values())[1:]) == {"x"}
                continue
            assert total(row, "sex:") == row["total"], code
            assert total(row, "age:") == row["total"], code
            assert total(row, "place:") == row["total"], code
            assert total(row, "substance:") >= row["total"], code  # several substances each


@pytest.mark.parametrize("period", PERIODS)
def test_support_and_social_help_equal_the_follow_up_rows(
    demo: Office, tables: dict[str, Table], period: str
) -> None:
    chosen, table = parse_period(period), tables[period]
    paid = follow_ups(demo, FollowUpKind.SUPPORT_PAYMENT, chosen)
    assert table["support_paid"]["total"] == len(paid) > 0
    assert table["support_amount"]["total"] * 1000 == sum(f.amount_vnd or 0 for f in paid)
    loans = follow_ups(demo, FollowUpKind.LOAN_SUPPORT, chosen)
    assert table["loans"]["total"] == len(loans)
    assert table["loan_amount"]["total"] * 1000 == sum(f.amount_vnd or 0 for f in loans)
    assert table["vocational"]["total"] == len(
        follow_ups(demo, FollowUpKind.VOCATIONAL_TRAINING, chosen)
    )
    assert table["jobs"]["total"] == len(follow_ups(demo, FollowUpKind.JOB_SUPPORT, chosen))


@pytest.mark.parametrize("period", PERIODS)
def test_people_helped_count_each_person_once(
    demo: Office, tables: dict[str, Table], period: str
) -> None:
    chosen, table = parse_period(period), tables[period]
    kinds = {
        "vocational": FollowUpKind.VOCATIONAL_TRAINING,
        "jobs": FollowUpKind.JOB_SUPPORT,
        "loans": FollowUpKind.LOAN_SUPPORT,
    }
    for code, kind in kinds.items():
        rows = follow_ups(demo, kind, chosen)
        assert table[f"{code}_people"]["total"] == len({r.person_id for r in rows}), code
        assert table[f"{code}_people"]["total"] <= table[code]["total"], code
    assert sum(table[f"{c}_people"]["total"] for c in kinds) > 0


# Section VIII: each cost row is its count times the unit cost of the rules (in thousands).
COSTS = [
    ("cost_registration", Action.REGISTER, 30),
    ("cost_appraisal", Action.SUBMIT_APPRAISAL, 50),
    ("cost_post_rehab", Action.OPEN_POST_REHAB, 30),
]


@pytest.mark.parametrize("period", PERIODS)
def test_cost_rows_are_counts_times_the_unit_costs(
    demo: Office, tables: dict[str, Table], period: str
) -> None:
    table, chosen = tables[period], parse_period(period)
    for code, action, rate in COSTS:
        expected = events_by_sex(demo, action, chosen)
        assert table[code]["total"] == rate * sum(expected.values()) > 0, code
        assert (table[code]["sex:nam"], table[code]["sex:nu"]) == (
            rate * expected["nam"],
            rate * expected["nu"],
        )
    assert table["cost_total"]["total"] == sum(table[c]["total"] for c, _, _ in COSTS)


@pytest.mark.parametrize("period", PERIODS)
def test_staff_are_the_managers_of_files_held_in_the_period(
    demo: Office, tables: dict[str, Table], period: str
) -> None:
    chosen = parse_period(period)
    held = {State.DANG_CAI_NGHIEN.value, State.QUAN_LY_SAU_CAI.value}
    with demo.ctx.db.read() as session:
        managers = dict(session.execute(select(EnrolmentRow.id, EnrolmentRow.manager)).all())
        history: dict[str, list[EnrolmentEventRow]] = {}
        for event, _sex in _live_events(session):
            history.setdefault(event.enrolment_id, []).append(event)
    names = set()
    for enrolment_id, events in history.items():
        events.sort(key=lambda e: e.occurred_on)
        before = [e.to_state for e in events if e.occurred_on < chosen.start]
        states = {before[-1] if before else "DA_XAC_DINH_NGHIEN"}
        states |= {e.to_state for e in events if chosen.contains(e.occurred_on)}
        if states & held and managers[enrolment_id].strip():
            names.add(managers[enrolment_id].strip().casefold())
    assert tables[period]["staff"]["total"] == len(names) > 0


def test_drug_tests_split_by_the_state_on_the_day(demo: Office, tables: dict[str, Table]) -> None:
    """A test counts under a state the enrolment was in at some moment of its day."""
    with demo.ctx.db.read() as session:
        history: dict[str, list[EnrolmentEventRow]] = {}
        for event, _sex in _live_events(session):
            history.setdefault(event.enrolment_id, []).append(event)
    during: Counter[str] = Counter()
    for test in follow_ups(demo, FollowUpKind.DRUG_TEST, parse_period("2026-H1")):
        events = sorted(history.get(test.enrolment_id, []), key=lambda e: e.occurred_on)
        earlier = [e.to_state for e in events if e.occurred_on < test.occurred_on]
        held = {earlier[-1] if earlier else State.DA_XAC_DINH_NGHIEN.value}
        for e in events:
            if e.occurred_on == test.occurred_on:
                held |= {e.from_state, e.to_state}
        for state in held & {State.DANG_CAI_NGHIEN.value, State.QUAN_LY_SAU_CAI.value}:
            during[state] += 1
            during[state + "+"] += "+" in test.results
    table = tables["2026-H1"]
    assert table["treatment_tests"]["total"] == during["DANG_CAI_NGHIEN"] > 0
    assert table["treatment_positive"]["total"] == during["DANG_CAI_NGHIEN+"]
    assert table["post_rehab_tests"]["total"] == during["QUAN_LY_SAU_CAI"] > 0
    assert table["post_rehab_positive"]["total"] == during["QUAN_LY_SAU_CAI+"]


def test_age_bands_use_the_age_at_period_end(demo: Office, tables: dict[str, Table]) -> None:
    period = parse_period("2025")
    with demo.ctx.db.read() as session:
        rows = session.execute(
            select(PersonRow.birth_year, PersonRow.birth_date, EnrolmentEventRow.occurred_on)
            .join(EnrolmentRow, EnrolmentRow.person_id == PersonRow.id)
            .join(EnrolmentEventRow, EnrolmentEventRow.enrolment_id == EnrolmentRow.id)
            .where(EnrolmentEventRow.action == Action.REGISTER.value)
        ).all()
    bands = Counter(
        age_band(BirthDate(year, exact).age_on(period.end))
        for year, exact, on in rows
        if period.contains(on)
    )
    row = tables["2025"]["registered"]
    assert {k: row[f"age:{k}"] for k in bands} == dict(bands)


# --- the files -------------------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return unicodedata.normalize("NFC", done.stdout)


@pytest.mark.parametrize("period", PERIODS)
def test_pdf_says_what_the_workbook_says(
    written: dict[str, ReportFiles], tables: dict[str, Table], period: str
) -> None:
    files, table = written[period], tables[period]
    text = pdf_text(files.pdf)
    chosen = parse_period(period)
    assert TITLE in text and f"Nơi lập: {files.report.office_name} (mã TYT-TEST)" in text
    assert f"{format_dmy(chosen.start)} đến ngày {format_dmy(chosen.end)}" in text
    assert "Trang 1/" in text
    lines = text.splitlines()
    for code in ("registered", "in_treatment", "completed", "support_amount", "cost_total"):
        number = BY_CODE[code].number
        found = [line.split() for line in lines if line.split()[:1] == [number]]
        assert len(found) == 2, code  # once in each table
        for tokens, columns in zip(found, (COLUMNS[:8], (COLUMNS[0], *COLUMNS[8:])), strict=True):
            assert tokens[-8:] == [number_text(table[code][c.code]) for c in columns], code


def test_files_are_named_by_office_and_period(written: dict[str, ReportFiles]) -> None:
    files = written["2026-H1"]
    assert files.xlsx.name == "TYT-TEST-bao-cao-2026-H1.xlsx"
    assert files.pdf.name == "TYT-TEST-bao-cao-2026-H1.pdf"
    assert not [p for p in files.xlsx.parent.iterdir() if p.name.startswith(".")]
    sheets = load_workbook(files.xlsx).sheetnames
    assert sheets == ["Chỉ tiêu", "Thông tin", "Cách tính"]


def _identifiers(office: Office) -> set[str]:
    with office.ctx.db.read() as session:
        people = session.scalars(select(PersonRow)).all()
    found: set[str] = set()
    for p in people:
        found |= {
            " ".join(x for x in (p.ho, p.chu_dem, p.ten) if x),
            p.id_number,
            p.phone,
            p.rep_name,
            p.rep_id_number,
            p.rep_phone,
            p.address_detail,
            format_dmy(p.birth_date) if p.birth_date else "",
        }
    return {unicodedata.normalize("NFC", x) for x in found if len(x) >= 6}


def _workbook_text(path: Path) -> str:
    cells = [
        str(value)
        for sheet in load_workbook(path).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    with zipfile.ZipFile(path) as archive:  # and every part, properties included
        parts = [archive.read(name).decode("utf-8", "replace") for name in archive.namelist()]
    return unicodedata.normalize("NFC", "\n".join(cells + parts))


def test_no_personal_identifier_appears(demo: Office, written: dict[str, ReportFiles]) -> None:
    identifiers = _identifiers(demo)
    assert len(identifiers) > 3 * PERSONS
    for files in written.values():
        for text in (pdf_text(files.pdf), _workbook_text(files.xlsx)):
            leaked = [x for x in identifiers if x in text]
            assert not leaked, leaked[:5]


# --- refusals, Cancel, deleted rows ----------------------------------------------------------
@pytest.mark.parametrize(("period", "code"), [("2026-H3", "period.invalid"), ("2027", None)])
def test_a_wrong_period_is_refused_in_one_line(
    demo: Office, tmp_path: Path, period: str, code: str | None
) -> None:
    with pytest.raises(DomainError) as caught:
        write_report(demo.ctx, demo.admin, period, tmp_path / "out")
    assert caught.value.code == (code or "report.period_not_started")
    line = messages.render(caught.value)
    assert period in line and "\n" not in line and line.endswith(".")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("cancel_at", [1, BUILD_STEPS + 1, BUILD_STEPS + 2])
def test_cancel_leaves_no_file(demo: Office, tmp_path: Path, cancel_at: int) -> None:
    seen: list[int] = []
    with pytest.raises(DomainError) as caught:
        write_report(
            demo.ctx,
            demo.admin,
            "2026-H1",
            tmp_path,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= cancel_at,
        )
    assert caught.value.code == "cancelled"
    assert list(tmp_path.iterdir()) == []


def test_progress_runs_to_the_end(demo: Office, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_report(
        demo.ctx, demo.admin, "2026-Q1", tmp_path, progress=lambda d, t: seen.append((d, t))
    )
    total = BUILD_STEPS + WRITE_STEPS
    assert [d for d, _ in seen] == list(range(1, total + 1)) and {t for _, t in seen} == {total}
    again = write_report(demo.ctx, demo.admin, "2026-Q1", tmp_path)  # replaces, no leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in again.paths)


@pytest.mark.parametrize("failing", ["pdf_writer", "second_rename"])
def test_a_failed_write_leaves_neither_file(
    demo: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    def full_disk(*args: Any) -> None:
        raise OSError(28, "No space left on device", str(args[-1]))

    if failing == "pdf_writer":
        xlsx = report_files._WRITERS[0]
        monkeypatch.setattr(report_files, "_WRITERS", (xlsx, (".pdf", full_disk)))
    else:
        real_replace = os.replace

        def replace(source: Any, target: Any) -> None:
            if str(target).endswith(".pdf"):
                full_disk(target)
            real_replace(source, target)

        monkeypatch.setattr(report_files.os, "replace", replace)
    with pytest.raises(DomainError) as caught:
        write_report(demo.ctx, demo.admin, "2026-H1", tmp_path)
    assert caught.value.code == "report.write_failed"
    line = messages.render(caught.value)
    assert str(tmp_path) in line and "ổ đĩa đã đầy" in line and "\n" not in line
    assert list(tmp_path.iterdir()) == []


def test_deleted_rows_are_skipped(demo_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(demo_dir, copy)
    ctx = reopen(AppPaths(copy), today=TODAY)
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        before = build_report(ctx, actor, "2026-H1").value("registered")
        period = parse_period("2026-H1")
        with ctx.db.write() as session:
            registrations = [
                e
                for e, _sex in _live_events(session)
                if e.action == Action.REGISTER.value and period.contains(e.occurred_on)
            ]
            person = session.scalar(
                select(EnrolmentRow.person_id).where(
                    EnrolmentRow.id == registrations[-1].enrolment_id
                )
            )
            of_person = set(
                session.scalars(select(EnrolmentRow.id).where(EnrolmentRow.person_id == person))
            )
            gone = {registrations[0].id} | {
                e.id for e in registrations if e.enrolment_id in of_person
            }
            session.execute(
                update(EnrolmentEventRow)
                .where(EnrolmentEventRow.id == registrations[0].id)
                .values(deleted=True)
            )
            session.execute(update(PersonRow).where(PersonRow.id == person).values(deleted=True))
        after = build_report(ctx, actor, "2026-H1").value("registered")
    finally:
        ctx.close()
    assert len(gone) >= 2 and after == before - len(gone)


# --- the command line ------------------------------------------------------------------------
@pytest.mark.parametrize("held", [".xlsx", ".pdf"])
def test_a_report_open_in_another_program_keeps_the_old_files(
    demo: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held: str
) -> None:
    """Windows refuses to rename over a file Excel (or a PDF viewer) holds open: nothing
    changes, the message names the file to close, and once closed the report goes in."""
    first = write_report(demo.ctx, demo.admin, "2026-H1", tmp_path)
    before = {p.name: p.read_bytes() for p in first.paths}
    locked = next(p for p in first.paths if p.suffix == held)
    real_replace = os.replace

    def replace(source: Any, target: Any) -> None:
        if locked in (Path(source), Path(target)):
            raise PermissionError(13, "The process cannot access the file", str(locked))
        real_replace(source, target)

    monkeypatch.setattr(report_files.os, "replace", replace)
    with pytest.raises(DomainError) as caught:
        write_report(demo.ctx, demo.admin, "2026-H1", tmp_path)
    assert caught.value.code == "file.in_use" and str(locked) in messages.render(caught.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    monkeypatch.setattr(report_files.os, "replace", real_replace)  # the user closed it
    again = write_report(demo.ctx, demo.admin, "2026-H1", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in again.paths)


def test_report_verb_writes_both_files(
    demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from canghien_desktop.cli.report_verb import REPORT_VERB

    monkeypatch.setenv("CANGHIEN_USER", ADMIN)
    monkeypatch.setenv("CANGHIEN_PASSWORD", PASSWORD)
    parser = argparse.ArgumentParser()
    REPORT_VERB.configure(parser)
    args = parser.parse_args(["--period", "2026-H1", "--out", str(tmp_path)])
    args.data_dir, args.user = str(demo_dir), None
    assert REPORT_VERB.name == "report" and REPORT_VERB.run(args) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == [
        "TYT-TEST-bao-cao-2026-H1.xlsx",
        "TYT-TEST-bao-cao-2026-H1.pdf",
    ]
    assert all(Path(p).stat().st_size > 1000 for p in printed)


def test_report_command_as_a_process(demo_dir: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CANGHIEN_LANG": "vi",
        "CANGHIEN_USER": ADMIN,
        "CANGHIEN_PASSWORD": PASSWORD,
    }
    base = [sys.executable, "-m", "canghien_desktop.cli.main", "--data-dir", str(demo_dir)]
    done = subprocess.run(
        [*base, "report", "--period", "2026-H1", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(Path(p).name for p in done.stdout.split()) == [
        "TYT-TEST-bao-cao-2026-H1.pdf",
        "TYT-TEST-bao-cao-2026-H1.xlsx",
    ]
    wrong = subprocess.run(
        [*base, "report", "--period", "2026-H3", "--out", str(tmp_path / "no")],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert wrong.stderr.strip().count("\n") == 0 and "2026-H3" in wrong.stderr
    assert not (tmp_path / "no").exists()


# --- the batch summary (report.pdf inside a period batch) ------------------------------------
def _manifest(period: Period | None) -> dict[str, Any]:
    return {
        "station": {"code": "TYT-TEST", "name": "Trạm Y tế xã Thử"},
        "seq": 3,
        "batch_id": "00000000-0000-4000-8000-000000000003",
        "period": (
            {"code": period.code, "start": period.start.isoformat(), "end": period.end.isoformat()}
            if period
            else None
        ),
        "created_at": "2026-06-15T08:00:00+00:00",
        "counts": {"persons": PERSONS},
        "members": [{"name": "records.xlsx.age", "sha256": "ab" * 32}],
    }


def _page_sizes(path: Path) -> list[str]:
    done = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True, check=True
    )
    return [
        line.split(":", 1)[1].split("pts")[0].strip()
        for line in done.stdout.splitlines()
        if line.startswith("Page") and "size" in line
    ]


def test_batch_summary_prints_the_period_tables(
    demo: Office, tables: dict[str, Table], tmp_path: Path
) -> None:
    from canghien_desktop.services.exchange.exporting.summary_pdf import write_summary

    period = parse_period("2026-H1")
    report = build_report(demo.ctx, demo.admin, period.code)
    write_summary(tmp_path / "period.pdf", _manifest(period), "FP", report=report)
    write_summary(tmp_path / "since.pdf", _manifest(None), "FP")
    text = pdf_text(tmp_path / "period.pdf")
    assert "00000000-0000-4000-8000-000000000003" in text and TITLE in text
    lines = text.splitlines()
    for code in ("registered", "in_treatment", "support_amount"):
        number = BY_CODE[code].number
        found = [line.split() for line in lines if line.split()[:1] == [number]]
        assert [tokens[-8] for tokens in found] == [
            number_text(tables["2026-H1"][code]["total"])
        ] * 2
    sizes = _page_sizes(tmp_path / "period.pdf")
    assert sizes[0].startswith("595") and all(s.startswith("841") for s in sizes[1:])
    assert len(sizes) >= 3
    assert _page_sizes(tmp_path / "since.pdf") == [sizes[0]]  # counts only
    assert "Bảng 1" not in pdf_text(tmp_path / "since.pdf")
    identifiers = _identifiers(demo)
    assert not [x for x in identifiers if x in text]


def test_a_report_is_vietnamese_whatever_the_window_speaks(
    demo: Office, english: None, tmp_path: Path
) -> None:
    """An administrative document: rows, units and labels in Vietnamese even when the user
    works in English; the rules sheet says each rule in both languages."""
    files = write_report(demo.ctx, demo.admin, "2026-H1", tmp_path)
    text = pdf_text(files.pdf)
    assert TITLE in text and "Trong đó: giai đoạn a) Tiếp nhận, phân loại" in text
    assert "Of which" not in text and "In treatment" not in text
    rules = list(load_workbook(files.xlsx)["Cách tính"].iter_rows(values_only=True))
    started = next(row for row in rules if row[0] == "started")
    assert started[2:] == (
        "Số người bắt đầu cai nghiện",
        "người",
        "Số sự kiện “bắt đầu cai nghiện” có ngày trong kỳ",
        "People who started treatment",
        "Events “start treatment” dated within the period",
    )


def test_a_station_report_names_its_commune_with_the_code(office: Office, tmp_path: Path) -> None:
    before = write_report(office.ctx, office.admin, "2026-H1", tmp_path / "before")
    assert before.report.commune_text == ""  # no commune chosen: nothing made up
    set_office_commune(office.ctx, office.admin, "29287")
    files = write_report(office.ctx, office.admin, "2026-H1", tmp_path / "after")
    named = "Xã Bình Phú, tỉnh Vĩnh Long (mã xã 29287)"
    assert named in " ".join(pdf_text(files.pdf).split())
    info = dict(load_workbook(files.xlsx)["Thông tin"].iter_rows(values_only=True))
    assert (info["Xã, phường"], info["Mã xã"]) == ("Xã Bình Phú, tỉnh Vĩnh Long", "29287")
    first_rows = load_workbook(files.xlsx)["Chỉ tiêu"].iter_rows(max_row=8, values_only=True)
    assert any(named in str(cell) for row in first_rows for cell in row if cell)

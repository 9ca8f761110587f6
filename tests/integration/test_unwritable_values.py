"""A value a spreadsheet cannot hold, already in the database (stored before entry was
checked, or by hand): the export leaves that one record out and names it, and every other
record still goes out and imports (issue #13)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.station import people
from tests.conftest import PASSPHRASE, Office, office, raw_database
from tests.integration.test_cli import run
from tests.office_fixtures import district, district_template, station

__all__ = ["district", "district_template", "office", "station"]  # fixtures, used by name


def spoil(office: Office, person_id: str, column: str, value: str) -> None:
    with raw_database(office.paths.data_dir) as db:
        db.execute(f"UPDATE person SET {column} = ? WHERE id = ?", (value, person_id))


def test_one_bad_value_leaves_one_record_out_and_the_rest_goes(station: Office, tmp_path: Path):
    listed = people.list_people(station.ctx, station.admin)
    bell, huge, odd = listed[0].id, listed[1].id, listed[2].id
    spoil(station, bell, "ten", "An\x07")
    spoil(station, huge, "notes", "x" * 40_000)
    spoil(station, odd, "village", "Thôn\uffff")  # not allowed in XML: the workbook would break
    result = export_batch(station.ctx, station.admin, tmp_path / "usb", PASSPHRASE, encrypt=False)
    left_out = {(s.record_id, s.field) for s in result.skipped}
    assert left_out == {(bell, "ten"), (huge, "notes"), (odd, "village")}
    assert result.counts["persons"] == len(listed) - 3
    sheet = load_workbook(read_member(result.path, "records.xlsx"), read_only=True)["Người"]
    rows = list(sheet.iter_rows(values_only=True))
    at = rows[0].index("id")  # row 1: the field keys an import reads
    ids = {row[at] for row in rows[2:]}
    assert not {bell, huge, odd} & ids and len(ids) == len(listed) - 3


def read_member(batch: Path, name: str) -> Path:
    import zipfile

    target = batch.parent / name
    with zipfile.ZipFile(batch) as archive:
        target.write_bytes(archive.read(name))
    return target


def test_the_command_line_exports_and_names_the_record(station: Office, tmp_path: Path):
    person = people.list_people(station.ctx, station.admin)[0]
    spoil(station, person.id, "ho", "Nguy\x00ễn")
    done = run("--data-dir", str(station.paths.data_dir), "export", "--out", str(tmp_path / "usb"),
               "--since-last", "--no-encrypt")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and person.id in done.stderr
    assert "U+0000" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_machine_copy_that_is_not_utf8_says_so(
    station: Office, district: Office, tmp_path: Path
) -> None:
    """It decrypts: "cannot decrypt" would send the office after the wrong key."""
    import pyrage

    from canghien_desktop.services.consolidation.intake import import_paths
    from tests.integration.test_import import rebuilt, recipients_of
    from tests.office_fixtures import export, register

    register(district, station, tmp_path)
    batch = export(station, tmp_path / "usb")

    def latin1(manifest: dict, members: dict[str, bytes]) -> None:
        lines = b"\xff\xfe not utf-8\n"
        members["records.jsonl.age"] = pyrage.encrypt(lines, recipients_of(district))

    bad = rebuilt(station, batch, tmp_path / batch.name, latin1)
    (result,) = import_paths(district.ctx, district.admin, [bad], PASSPHRASE)
    assert result.status == "rejected" and result.reason is not None
    assert result.reason.code == "import.not_utf8"


def test_values_stored_before_the_checks_are_listed_for_correction(station: Office) -> None:
    from canghien_desktop.services.stored_text_check import stored_problems

    assert stored_problems(station.ctx, station.admin) == []
    person = people.list_people(station.ctx, station.admin)[0]
    spoil(station, person.id, "ten", "An\x07")
    (found,) = stored_problems(station.ctx, station.admin)
    assert (found.record_type, found.record_id) == ("persons", person.id)
    assert found.person_id == person.id  # whose page to open
    assert (found.refusal.field, found.refusal.code) == ("ten", "text.control_char")
    listed = run("--data-dir", str(station.paths.data_dir), "audit", "check")
    assert f"persons {person.id}: " in listed.stdout and "U+0007" in listed.stdout


def test_an_enrolment_step_is_listed_with_the_person_it_belongs_to(station: Office) -> None:
    from canghien_desktop.services.stored_text_check import stored_problems

    with raw_database(station.paths.data_dir) as db:
        event_id, person_id = db.execute(
            "SELECT e.id, n.person_id FROM enrolment_event e JOIN enrolment n"
            " ON n.id = e.enrolment_id ORDER BY e.id LIMIT 1"
        ).fetchone()
        # A Chinese character: stored before the rule that printed forms must draw it.
        db.execute("UPDATE enrolment_event SET notes = ? WHERE id = ?", ("Đã báo 中", event_id))
    (found,) = stored_problems(station.ctx, station.admin)
    assert (found.record_type, found.record_id) == ("events", event_id)
    assert found.person_id == person_id  # the step has no person of its own: its enrolment's
    assert (found.refusal.field, found.refusal.code) == ("notes", "text.undrawable")

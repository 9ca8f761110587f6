"""The consolidating office on the command line, as real processes: registering a station
with its commune, a per-record preview that writes nothing, the import, the re-import."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ADMIN, new_district, raw_database
from tests.integration.test_cli import assert_one_line_error, run, station

__all__ = ["station"]  # fixture, used by name


def test_preview_lists_every_record_then_import_and_reimport(station: Path, tmp_path: Path) -> None:
    office = str(tmp_path / "office")
    new_district(office)
    run("--data-dir", office, "keys", "export", "--out", str(tmp_path / "card"))
    card = [str(tmp_path / "card" / "PC04.pub"), str(tmp_path / "card" / "PC04.age.pub")]
    assert run("--data-dir", str(station), "trust", "add", *card).returncode == 0
    assert run("--data-dir", str(station), "demo", "--persons", "12", "--seed", "3").returncode == 0
    exported = run("--data-dir", str(station), "export", "--out", str(tmp_path / "usb"),
                   "--since-last")  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    run("--data-dir", str(station), "keys", "export", "--out", str(tmp_path / "scard"))
    station_card = str(tmp_path / "scard" / "TYT-TEST.pub")
    bad = run("--data-dir", office, "trust", "add", station_card, "--commune", "12")
    assert_one_line_error(bad, "Mã xã “12” không hợp lệ")
    unknown = run("--data-dir", office, "trust", "add", station_card, "--commune", "12345")
    assert_one_line_error(unknown, "Mã xã “12345” không có trong danh mục đơn vị hành chính 2025")
    good = run("--data-dir", office, "trust", "add", station_card, "--commune", "29536")
    assert good.returncode == 0, good.stderr

    preview = run("--data-dir", office, "import", "--preview", str(tmp_path / "usb"))
    assert preview.returncode == 0, preview.stderr
    head, *records = preview.stdout.splitlines()
    assert "TYT-TEST #1" in head and "imported=" in head
    persons = [line.split("\t") for line in records if line.split("\t")[1] == "persons"]
    assert len(persons) == 12 and all(p[4] == "imported" and p[6] for p in persons)
    with raw_database(office) as db:
        assert db.execute("SELECT count(*) FROM person").fetchone() == (0,)  # wrote nothing
        assert db.execute(
            "SELECT commune_code FROM trusted_key WHERE role='station'"
        ).fetchone() == ("29536",)
    first = run("--data-dir", office, "import", str(tmp_path / "usb"))
    assert first.returncode == 0 and "imported=" in first.stdout
    again = run("--data-dir", office, "import", "--preview", str(tmp_path / "usb"))
    assert again.returncode == 0 and "đã nhập trước đây" in again.stdout


def test_an_office_above_the_communes_may_name_only_its_province(tmp_path: Path) -> None:
    made = run("--data-dir", str(tmp_path / "tinh"), "init", "district", "--code", "PC04",
               "--name", "Tỉnh", "--admin", ADMIN, "--province", "25")  # fmt: skip
    assert made.returncode == 0, made.stderr
    wrong = run("--data-dir", str(tmp_path / "khac"), "init", "district", "--code", "PC05",
                "--name", "Tỉnh", "--admin", ADMIN, "--province", "2")  # fmt: skip
    assert_one_line_error(wrong, "“2”")
    assert not (tmp_path / "khac" / "canghien.sqlite").exists()

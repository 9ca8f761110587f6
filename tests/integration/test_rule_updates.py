"""Rule-set updates (docs/FORMAT.md, "The rule-set update"): the office signs its rule
corrections, a station applies them only from its office's key, never an older or replayed
serial, and says in its audit log who applied which change."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.services import auth, settings
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.rule_updates import import_rules, publish_rules
from canghien_desktop.services.messages import render
from canghien_desktop.storage.rows import AuditRow
from tests.conftest import ADMIN, PASSPHRASE, PASSWORD, TODAY, Office, new_district, reopen
from tests.integration.test_cli import assert_one_line_error, run
from tests.office_fixtures import district, district_template  # noqa: F401 (fixtures)

MINISIGN = shutil.which("minisign")
AUGUST = date(2026, 8, 3)  # under LUAT120_2025
TERM = {"value": 12, "cite": "Nghị định 163/2026/NĐ-CP Điều 10", "verified": True}
CORRECTION = {"rule_sets": [{"code": "LUAT120_2025", "term_months_min": TERM, "start_wd": 7}]}


@pytest.fixture
def station(office: Office, district: Office, tmp_path: Path) -> Office:  # noqa: F811
    card = batches.export_public_keys(district.ctx, district.admin, tmp_path / "dcard")
    batches.trust_files(office.ctx, office.admin, card)
    return office


def publish(district: Office, out: Path, correction: object = CORRECTION) -> Path:  # noqa: F811
    text = json.dumps(correction, ensure_ascii=False)
    settings.save_rulesets_override(district.ctx, district.admin, text)
    return publish_rules(district.ctx, district.admin, out, PASSPHRASE).path


def rewritten(source: Path, target: Path, change: dict[str, object]) -> Path:
    """``source`` with fields of rules.json changed and its signature kept: a tampered file."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "rules.json":
                data = json.dumps({**json.loads(data), **change}).encode()
            dst.writestr(info, data)
    return target


def test_the_update_is_signed_by_the_office_key(district: Office, tmp_path: Path) -> None:  # noqa: F811
    path = publish(district, tmp_path)
    assert path.name == "PC04-86-rules-1.cnrules.zip"
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["rules.json", "rules.json.minisig"]
        archive.extractall(tmp_path / "open")
    body = json.loads((tmp_path / "open" / "rules.json").read_text("utf-8"))
    assert (body["format"], body["office"], body["serial"]) == ("canghien-rules", "PC04-86", 1)
    assert body["issued_on"] == TODAY.isoformat()
    assert body["rule_sets"] == CORRECTION["rule_sets"]
    assert MINISIGN, "Debian's minisign is needed (see README)"
    checked = subprocess.run(
        [MINISIGN, "-Vm", str(tmp_path / "open" / "rules.json"), "-p",
         str(district.ctx.keys.signing_public)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert "canghien-rules office=PC04-86 serial=1" in checked.stdout
    assert publish(district, tmp_path / "second.cnrules.zip").name == "second.cnrules.zip"
    with zipfile.ZipFile(tmp_path / "second.cnrules.zip") as archive:
        assert json.loads(archive.read("rules.json"))["serial"] == 2


def test_a_station_applies_it_and_says_so_in_its_log(
    station: Office,
    district: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    before = station.ctx.lifecycle.rules.for_date(AUGUST)
    with pytest.raises(ValidationError) as unverified:
        before.check_term(False, 12, "")
    assert unverified.value.code == "transition.term_unverified"
    imported = import_rules(station.ctx, station.admin, publish(district, tmp_path))
    assert (imported.office, imported.serial, imported.issued_on) == ("PC04-86", 1, TODAY)
    assert [(c.rule, c.before, c.after) for c in imported.changes] == [
        ("LUAT120_2025.term_months_min", 24, 12),
        ("LUAT120_2025.start_wd", 5, 7),
    ]
    after = station.ctx.lifecycle.rules.for_date(AUGUST)
    after.check_term(False, 12, "")  # the office's checked range takes a 12-month term
    with pytest.raises(ValidationError) as refused:
        after.check_term(False, 6, "reason")
    assert refused.value.code == "transition.term_out_of_range"
    with station.ctx.db.read() as session:
        entry = session.scalars(select(AuditRow).where(AuditRow.action == "rules_import")).one()
    detail = json.loads(entry.after_json)
    assert (entry.username, entry.record_id) == (ADMIN, "1")
    assert detail["office"] == "PC04-86" and detail["issued_on"] == "2026-06-15"
    assert detail["changed"][1] == {"rule": "LUAT120_2025.start_wd", "from": 5, "to": 7}
    # Opened again, the station still applies them: they live in its database.
    again = reopen(station.paths, today=AUGUST)
    try:
        assert again.lifecycle.rules.for_date(AUGUST).start_wd == 7
    finally:
        again.close()


def test_an_older_or_replayed_serial_is_refused(
    station: Office,
    district: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    first = publish(district, tmp_path / "1.cnrules.zip")
    second = publish(district, tmp_path / "2.cnrules.zip", {"rule_sets": []})
    import_rules(station.ctx, station.admin, second)
    with pytest.raises(DomainError) as replayed:
        import_rules(station.ctx, station.admin, second)
    assert replayed.value.code == "rules_update.replayed"
    assert "số 2 đã được nhập ngày" in render(replayed.value)
    with pytest.raises(DomainError) as older:
        import_rules(station.ctx, station.admin, first)
    assert render(older.value) == (
        "Tệp cập nhật quy định số 1 cũ hơn bản số 2 trạm đang áp dụng: không nhập; "
        "hãy dùng tệp mới nhất của văn phòng."
    )
    assert station.ctx.lifecycle.rules.for_date(AUGUST).start_wd == 5  # the shipped value


def test_another_key_or_a_changed_file_is_refused(
    station: Office,
    district: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    genuine = publish(district, tmp_path / "genuine.cnrules.zip")
    tampered = rewritten(genuine, tmp_path / "tampered.cnrules.zip", {"serial": 9})
    with pytest.raises(DomainError) as changed:
        import_rules(station.ctx, station.admin, tampered)
    assert changed.value.code == "rules_update.bad_signature"
    assert "đã bị sửa sau khi ký" in render(changed.value)
    other_paths = new_district(tmp_path / "other")  # another office, its own key
    other = reopen(other_paths, today=TODAY)
    try:
        impostor = Office(other, auth.login(other, ADMIN, PASSWORD), other_paths)
        forged = publish(impostor, tmp_path / "forged.cnrules.zip")
    finally:
        other.close()
    with pytest.raises(DomainError) as foreign:
        import_rules(station.ctx, station.admin, forged)
    assert foreign.value.code == "rules_update.unknown_key"
    assert "không phải khóa của văn phòng PC04-86" in render(foreign.value)
    (tmp_path / "junk.cnrules.zip").write_bytes(b"not a zip")
    with pytest.raises(DomainError) as junk:
        import_rules(station.ctx, station.admin, tmp_path / "junk.cnrules.zip")
    assert junk.value.code == "rules_update.corrupt"
    with station.ctx.db.read() as session:  # nothing applied, nothing logged
        assert (
            session.scalars(select(AuditRow).where(AuditRow.action == "rules_import")).all() == []
        )
    assert station.ctx.lifecycle.rules.for_date(AUGUST).start_wd == 5


def test_a_station_does_not_edit_its_own_rules(station: Office) -> None:
    with pytest.raises(DomainError) as refused:
        settings.save_rulesets_override(station.ctx, station.admin, json.dumps(CORRECTION))
    assert refused.value.code == "rules.from_office"
    assert not station.paths.rulesets_override.exists()


def test_the_update_replaces_a_stations_old_override_file(
    station: Office,
    district: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A station's own file from before updates existed is read until the first update,
    then ignored: only the office's corrections hold."""
    station.paths.rulesets_override.write_text(
        json.dumps({"rule_sets": [{"code": "LUAT120_2025", "dossier_wd": 9}]}), "utf-8"
    )
    station.ctx.__dict__.pop("lifecycle", None)
    assert station.ctx.lifecycle.rules.for_date(AUGUST).dossier_wd == 9
    changes = import_rules(station.ctx, station.admin, publish(district, tmp_path)).changes
    assert "LUAT120_2025.dossier_wd" in [c.rule for c in changes]
    assert station.ctx.lifecycle.rules.for_date(AUGUST).dossier_wd != 9


# --- the command line -------------------------------------------------------------------


def _close(*offices: Office) -> tuple[Path, Path]:
    for office in offices:
        office.ctx.close()
    return offices[0].paths.data_dir, offices[1].paths.data_dir


def test_publish_and_import_on_the_command_line(
    station: Office,
    district: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    # A yes-or-no rule too: the change reads in words, not True/False.
    entry = {**CORRECTION["rule_sets"][0], "electronic_monitoring": False}
    settings.save_rulesets_override(
        district.ctx, district.admin, json.dumps({"rule_sets": [entry]})
    )
    office_dir, station_dir = _close(district, station)
    refused = run("--data-dir", str(station_dir), "rules", "publish", "--out", str(tmp_path))
    assert_one_line_error(refused, "Việc này chỉ dành cho đơn vị tổng hợp")
    out = tmp_path / "update.cnrules.zip"
    published = run("--data-dir", str(office_dir), "rules", "publish", "--out", str(out))
    assert published.returncode == 0, published.stderr
    assert published.stdout.strip() == str(out)
    assert "Cập nhật quy định số 1 ngày " in published.stderr
    imported = run("--data-dir", str(station_dir), "rules", "import", str(out))
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()
    assert lines[0].startswith("Đã áp dụng cập nhật quy định số 1 của PC04-86 ngày ")
    assert lines[0].endswith(": 3 thay đổi.")
    assert "  LUAT120_2025 Bắt đầu sau quyết định (ngày làm việc): 5 → 7" in lines
    assert "  LUAT120_2025 Áp dụng giám sát điện tử: Có → Không" in lines
    again = run("--data-dir", str(station_dir), "rules", "import", str(out))
    assert_one_line_error(again, "Cập nhật quy định số 1 đã được nhập ngày")
    shown = run("--data-dir", str(station_dir), "rules", "--json", "--at", "2026-08-03")
    assert json.loads(shown.stdout)["update"]["serial"] == 1
    assert json.loads(shown.stdout)["rules"]["start_wd"]["value"] == 7
    text = run("--data-dir", str(station_dir), "rules", "--at", "2026-08-03").stdout
    assert "Cập nhật từ văn phòng PC04-86 số 1 ngày " in text


def test_a_broken_file_of_its_own_does_not_stop_the_update(
    station: Office,
    district: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    station.paths.rulesets_override.write_text("{not json", "utf-8")
    station.ctx.__dict__.pop("lifecycle", None)
    with pytest.raises(DomainError):
        station.ctx.lifecycle  # noqa: B018 (the file alone no longer reads)
    import_rules(station.ctx, station.admin, publish(district, tmp_path))
    assert station.ctx.lifecycle.rules.for_date(AUGUST).start_wd == 7

"""The export wizard end to end over a real office trusting a real consolidating office:
period, counts, destination, passphrase, the written batch; and every way it refuses."""

from __future__ import annotations

import email
import time
import zipfile
from email import policy
from pathlib import Path
from typing import Any

import pytest
from batch_helpers import (
    PASSPHRASE,
    Opened,
    export_with,
    make_district_card,
    make_wizard,
    populate,
    to_passphrase,
    trust_district,
)
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtWidgets import QLabel, QWizard

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor, Role
from canghien_desktop.services.consolidation.collection import ended_half
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.exchange.drives import Drive
from canghien_desktop.services.exchange.exporting.batch import export_batch
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.exporting.preview import preview_counts
from canghien_desktop.services.i18n import speaking
from canghien_desktop.services.labels import label
from canghien_desktop.services.messages import render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui import tasks


@pytest.fixture(scope="session")
def district_card(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return make_district_card(tmp_path_factory.mktemp("district"))


@pytest.fixture
def populated(office: OfficeContext, admin: Actor) -> OfficeContext:
    return populate(office, admin)


@pytest.fixture
def station(populated: OfficeContext, admin: Actor, district_card: list[Path]) -> OfficeContext:
    return trust_district(populated, admin, district_card)


def test_exports_a_period_batch_into_a_folder(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    wizard = make_wizard(qtbot, station, admin, tmp_path)
    period = wizard.period_page.period_code()
    assert period == ended_half(station.today())  # the half-year just ended, preselected
    with qtbot.waitSignal(wizard.exported) as exported:
        to_passphrase(wizard, tmp_path / "out")
        shown = wizard.preview_page.preview
        assert shown is not None and shown.counts["persons"] > 0
        assert shown.district is not None and shown.district.code == "PC04-86"
        export_with(qtbot, wizard)
    assert wizard.currentPage() is wizard.result_page
    result = exported.args[0].result
    assert result.path.exists() and result.path.parent == tmp_path / "out"
    assert result.counts == shown.counts  # the preview told the truth
    assert [b.seq for b in batches.list_batches(station, admin)] == [1]
    assert str(result.path) in _texts(wizard.result_page)
    wizard.result_page.open_folder.click()
    assert wizard.result_page._open_url.urls == [QUrl.fromLocalFile(str(tmp_path / "out"))]


def test_wrong_passphrase_goes_back_and_writes_nothing(
    qtbot, station, admin, tmp_path, sync_tasks
) -> None:
    wizard = make_wizard(qtbot, station, admin, tmp_path)
    to_passphrase(wizard, tmp_path / "out")
    export_with(qtbot, wizard, "not-the-passphrase")
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.passphrase_page)
    page = wizard.passphrase_page
    assert page.error.text() == render(DomainError("keys.wrong_passphrase"))
    assert page.passphrase.text() == ""
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert batches.list_batches(station, admin) == []
    export_with(qtbot, wizard)  # typed again: now it works
    assert wizard.currentPage() is wizard.result_page


def test_no_trusted_district_says_how_to_trust_one(
    qtbot, populated, admin, tmp_path, sync_tasks
) -> None:
    wizard = make_wizard(qtbot, populated, admin, tmp_path)
    to_passphrase(wizard, tmp_path / "out")
    assert "Tin cậy đơn vị tổng hợp" in wizard.preview_page.district.text()  # warned early
    export_with(qtbot, wizard)
    page = wizard.write_page
    assert page.error.text() == render(DomainError("trust.no_district"))
    assert "Tin cậy đơn vị tổng hợp…" in page.hint.text()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    wizard.back()  # allowed: the user can choose to export unencrypted instead
    assert wizard.currentPage() is wizard.passphrase_page


def test_unencrypted_is_an_explicit_choice(qtbot, populated, admin, tmp_path, sync_tasks) -> None:
    wizard = make_wizard(qtbot, populated, admin, tmp_path)
    page = wizard.passphrase_page
    assert not page.unencrypted.isChecked()
    to_passphrase(wizard, tmp_path / "out")
    assert not page.warning.isVisibleTo(wizard)
    page.unencrypted.setChecked(True)
    assert page.warning.isVisibleTo(wizard)
    export_with(qtbot, wizard)
    written = wizard.result_page.written
    assert written is not None and not written.result.encrypted
    assert "records.xlsx" in zipfile.ZipFile(written.result.path).namelist()


def test_email_writes_an_eml_with_the_batch_attached(
    qtbot, station, admin, tmp_path, sync_tasks
) -> None:
    wizard = make_wizard(qtbot, station, admin, tmp_path)
    to_passphrase(wizard)
    wizard.back()
    destination = wizard.destination_page
    destination.to_email.setChecked(True)
    destination.email_to.setText("tonghop@example.vn")
    wizard.next()
    export_with(qtbot, wizard)
    written = wizard.result_page.written
    assert written is not None and written.eml is not None
    assert written.result.path.parent == tmp_path / "mail" == written.eml.parent
    message = email.message_from_bytes(written.eml.read_bytes(), policy=policy.default)
    assert message["To"] == "tonghop@example.vn"
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == written.result.path.name
    assert attachment.get_content() == written.result.path.read_bytes()
    wizard.result_page.open_mail.click()
    assert wizard.result_page._open_url.urls == [QUrl.fromLocalFile(str(written.eml))]
    assert not wizard.result_page.open_error.isVisibleTo(wizard)


def test_a_mail_nothing_can_open_says_where_it_is(
    qtbot, station, admin, tmp_path, sync_tasks
) -> None:
    wizard = make_wizard(qtbot, station, admin, tmp_path, open_url=Opened(opens=False))
    to_passphrase(wizard)
    wizard.back()
    wizard.destination_page.to_email.setChecked(True)
    wizard.next()
    export_with(qtbot, wizard)
    written = wizard.result_page.written
    assert written is not None and written.eml is not None
    wizard.result_page.open_mail.click()
    assert wizard.result_page.open_error.isVisibleTo(wizard)
    assert wizard.result_page.open_error.text() == (
        f"Không mở được tệp {written.eml.name}: máy chưa có chương trình mở loại tệp này. "
        f"Tệp nằm ở {written.eml.parent}."
    )


def test_a_usb_stick_is_preselected(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    stick = tmp_path / "media" / "KINGSTON"
    stick.mkdir(parents=True)
    drives = [Drive(stick, "KINGSTON", 8_000_000_000)]
    wizard = make_wizard(qtbot, station, admin, tmp_path, list_drives=lambda: drives)
    to_passphrase(wizard)
    assert wizard.destination_page.destination().folder == stick
    free = QLocale().toString(8.0, "f", 1)  # 8,0 in Vietnamese
    assert f"còn trống {free} GB" in wizard.destination_page.drives[0][0].text()
    export_with(qtbot, wizard)
    period = wizard.period_page.period_code()
    assert [p.name for p in stick.iterdir()] == [f"TYT-TEST-000001-{period}.cnb.zip"]


def test_changes_since_the_last_batch(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    wizard = make_wizard(qtbot, station, admin, tmp_path)
    wizard.period_page.since.setChecked(True)
    assert wizard.period_page.period_code() is None
    to_passphrase(wizard, tmp_path / "out")
    export_with(qtbot, wizard)
    written = wizard.result_page.written
    assert written is not None and written.result.path.name.endswith("-since.cnb.zip")
    assert written.result.counts["persons"] == 30
    # Nothing changed since: the preview says so and the wizard does not go on.
    again = make_wizard(qtbot, station, admin, tmp_path)
    again.period_page.since.setChecked(True)
    again.next()
    assert not again.preview_page.isComplete()
    assert again.preview_page.error.text() == render(DomainError("export.nothing_new"))


def test_preview_counts_match_the_batch(station, admin, tmp_path) -> None:
    counts = preview_counts(station, admin, "2026-H2")
    result = export_batch(station, admin, tmp_path, PASSPHRASE, period="2026-H2")
    assert counts == result.counts and list(counts) == [t.code for t in RECORD_TYPES]
    since = export_batch(station, admin, tmp_path, PASSPHRASE)
    assert preview_counts(station, admin, None) == dict.fromkeys(since.counts, 0)


def test_record_type_labels_are_the_sheet_titles() -> None:
    assert [label(t.code) for t in RECORD_TYPES] == [t.sheet for t in RECORD_TYPES]
    with speaking("en"):
        assert all(label(t.code) != t.code for t in RECORD_TYPES)


def test_only_who_may_export_gets_past_the_first_page(qtbot, office, tmp_path) -> None:
    clerk = Actor("nhaplieu", Role.DATA_ENTRY, office.info.code)
    wizard = make_wizard(qtbot, office, clerk, tmp_path)
    assert not wizard.period_page.isComplete()
    assert wizard.period_page.refusal.isVisibleTo(wizard)
    assert "không được phép" in wizard.period_page.refusal.text()


def test_stop_cancels_the_export(qtbot, station, admin, tmp_path, sync_tasks) -> None:
    def slow_export(*args: Any, progress, cancelled, **kwargs: Any) -> Any:
        progress(1, 10)
        deadline = time.monotonic() + 10
        while not cancelled():
            assert time.monotonic() < deadline, "Stop never reached the worker"
            time.sleep(0.01)
        raise DomainError("cancelled")

    wizard = make_wizard(qtbot, station, admin, tmp_path, export=slow_export)
    to_passphrase(wizard, tmp_path / "out")
    tasks.set_runner(None)  # a real worker thread, so Stop can be pressed meanwhile
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.next()
    page = wizard.write_page
    qtbot.waitUntil(lambda: page.running() and page.bar.maximum() == 10)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not back.isEnabled()  # Stop is the one way out while writing
    page.stop_button.click()
    qtbot.waitUntil(lambda: page.error.isVisibleTo(wizard))
    assert page.error.text() == render(DomainError("cancelled"))
    assert back.isEnabled()
    assert wizard.currentPage() is page and batches.list_batches(station, admin) == []


def _texts(widget) -> str:
    return "\n".join(shown.text() for shown in widget.findChildren(QLabel))


def test_the_result_page_names_the_records_left_out(qtbot, tmp_path) -> None:
    from canghien_desktop.services.exchange.exporting.batch import ExportResult
    from canghien_desktop.services.exchange.exporting.writers import Unwritable
    from canghien_desktop.ui.dialogs.export_write_pages import ResultPage, Written

    left = Unwritable("persons", "p-123", "ten", "U+0007")
    result = ExportResult(tmp_path / "b.cnb.zip", 3, "id", {"persons": 9}, True, (left,))
    page = ResultPage(lambda url: True)
    qtbot.addWidget(page)
    page.show_written(Written(result))
    shown = [w.text() for w in page.findChildren(QLabel)]
    assert any("p-123" in text and "U+0007" in text and "Người" in text for text in shown)

"""The print preview: a real form's PDF drawn by PDFium onto a printer (a PDF printer here,
read back), the copies the law asks for, the printer and folder remembered between
sessions, Save PDF through the safe writer, and a menu that offers only what prints."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolBar, QToolButton
from sqlalchemy import select
from tests.conftest import raw_database, reopen
from tests.factories import stepped, walk_to

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action, Stage, State
from canghien_desktop.services import auth
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.services.pdf.raster import page_sizes, render_pages
from canghien_desktop.services.station import enrolments, forms
from canghien_desktop.storage.rows import AuditRow
from canghien_desktop.ui import preferences
from canghien_desktop.ui.pdf_pages import lay_out, paint_pages
from canghien_desktop.ui.print_preview import Printable, PrintPreview, paper_printable
from canghien_desktop.ui.screens.person_page import PersonPage

TODAY = date(2026, 12, 1)
A4 = (595, 842)  # points
NAME = "Nguyễn Văn Đức"  # walk_to's person, whose name no file may carry


@pytest.fixture
def station(office_paths) -> Iterator[OfficeContext]:
    ctx = reopen(office_paths, today=TODAY)
    yield ctx
    ctx.close()


@pytest.fixture
def nurse(station):
    return auth.login(station, "admin", "password123")


@pytest.fixture
def completed(station, nurse) -> forms.Paper:
    """Mẫu 26a of a finished treatment: two pages' worth of law, two copies to send."""
    e = walk_to(station, nurse, State.HOAN_THANH, assessed_on=date(2026, 1, 5), stage=Stage.E)
    return forms.paper_for_enrolment(station, nurse, "26a", e.id or "")


def text_of(pdf: Path) -> str:
    run = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return run.stdout


def ink(page: pypdfium2.PdfPage) -> int:
    """How many bytes of the page, drawn at 30 dpi, are not white."""
    bitmap = page.render(scale=30 / 72)
    return sum(1 for byte in bytes(bitmap.buffer) if byte < 200)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # enough to read back, light enough for a test
    return printer


def buttons(preview: PrintPreview) -> set[str]:
    """The words of the toolbar's buttons that show (or would, on a wider screen)."""
    found = preview.findChild(QToolBar).findChildren(QToolButton)
    actions = [b.defaultAction() for b in found if b.defaultAction() is not None]
    return {a.text() for a in actions if a.isVisible()}


def test_a_real_form_renders_page_by_page_at_a4(completed: forms.Paper) -> None:
    sizes = page_sizes(completed.data)
    assert completed.name.startswith("mau-26a-") and NAME.split()[-1] not in completed.name
    assert len(sizes) >= 1
    assert all((round(s.width), round(s.height)) == A4 for s in sizes)
    pages = list(render_pages(completed.data, 72))  # one pixel per point
    assert len(pages) == len(sizes)
    assert all(abs(p.width - A4[0]) <= 1 and abs(p.height - A4[1]) <= 1 for p in pages)
    assert all(p.stride >= 4 * p.width for p in pages)
    assert all(len(p.pixels) == p.stride * p.height for p in pages)
    assert any(p.pixels.count(0xFF) < len(p.pixels) for p in pages)  # not all white


def test_painting_on_a_pdf_printer_keeps_every_page_and_its_ink(
    qapp, completed: forms.Paper, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    lay_out(printer, completed.data)
    assert paint_pages(printer, completed.data) == len(page_sizes(completed.data))
    printed = pypdfium2.PdfDocument(str(out))
    original = pypdfium2.PdfDocument(completed.data)
    assert len(printed) == len(original)
    for index in range(len(printed)):
        width, height = printed[index].get_size()
        assert (round(width), round(height)) == A4
        assert ink(printed[index]) > 0.5 * ink(original[index])  # drawn, not a blank sheet
    assert text_of(out).strip() == ""  # pictures of pages: the words are in the image


def test_a_landscape_book_prints_landscape(qapp, station, nurse, tmp_path: Path) -> None:
    walk_to(station, nurse, State.DA_DANG_KY, assessed_on=date(2026, 3, 2))
    book = forms.paper_for_year(station, nurse, "23", 2026)
    printer = pdf_printer(tmp_path / "book.pdf")
    lay_out(printer, book.data)
    paint_pages(printer, book.data)
    (size,) = page_sizes((tmp_path / "book.pdf").read_bytes())
    assert (round(size.width), round(size.height)) == (A4[1], A4[0])


def test_the_completion_certificate_defaults_to_two_copies(
    qtbot, station, nurse, completed: forms.Paper
) -> None:
    assert completed.copies == 2  # the person (or family), the commune police
    preview = PrintPreview(paper_printable(station, nurse, completed), printers=[])
    qtbot.addWidget(preview)
    assert preview.copies.value() == 2
    preview.copies.setValue(3)  # the user may ask for more
    assert preview.copies.value() == 3
    decision = forms.paper_for_enrolment(station, nurse, "24", completed.record_id)
    assert decision.copies == 1


def test_the_toolbar_speaks_the_users_language(qtbot, completed) -> None:
    preview = PrintPreview(Printable(completed.data, completed.name, save=Path), printers=[])
    qtbot.addWidget(preview)
    shown = buttons(preview)
    assert {"Phóng to", "Trang sau", "In", "Lưu PDF…"} <= set(shown)
    assert not {"Print", "Page setup", "Zoom in", "Portrait"} & set(shown)
    assert preview.windowTitle() == f"Xem trước khi in – {completed.name}"
    assert not preview.print_action.isEnabled()  # no printer installed here


def test_the_toolbar_in_english(qtbot, english, completed) -> None:
    preview = PrintPreview(Printable(completed.data, completed.name, save=Path), printers=[])
    qtbot.addWidget(preview)
    shown = buttons(preview)
    assert {"Zoom in", "Next page", "Print", "Save PDF…"} <= shown
    assert "Portrait" not in shown


def test_the_printer_used_last_is_remembered_and_chosen_again(
    qtbot, station, nurse, completed, tmp_path: Path
) -> None:
    printers = ["Máy in tầng 1", "Máy in phòng trạm"]
    preview = PrintPreview(paper_printable(station, nurse, completed), printers=printers)
    qtbot.addWidget(preview)
    preview.printer_box.setCurrentText("Máy in phòng trạm")
    # No such printer on this machine: Qt keeps the PDF output, which is read back here.
    preview.printer().setOutputFileName(str(tmp_path / "paper.pdf"))
    assert preview.print_now()
    pages = len(page_sizes(completed.data))
    assert len(page_sizes((tmp_path / "paper.pdf").read_bytes())) == 2 * pages  # 2 copies
    stored = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "canghien", "canghien-desktop"
    )
    assert stored.value(preferences.LAST_PRINTER) == "Máy in phòng trạm"
    again = PrintPreview(paper_printable(station, nurse, completed), printers=printers)
    qtbot.addWidget(again)
    assert again.printer_box.currentText() == "Máy in phòng trạm"
    with station.db.read() as session:
        notes = session.scalars(select(AuditRow).where(AuditRow.action == "print_form")).all()
    assert [n.record_id for n in notes] == [completed.record_id]
    note = json.loads(notes[0].after_json or "{}")
    assert (note["printer"], note["copies"]) == ("Máy in phòng trạm", 2)
    assert NAME not in notes[0].after_json


def test_save_pdf_writes_safely_and_remembers_the_folder(
    qtbot, station, nurse, completed, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "Tài liệu in"
    folder.mkdir()
    saved: list[Path] = []
    preview = PrintPreview(paper_printable(station, nurse, completed), printers=[])
    qtbot.addWidget(preview)
    monkeypatch.setattr(preview, "choose_folder", lambda: folder)
    monkeypatch.setattr(preview, "saved", saved.append)
    path = preview.save_pdf()
    assert path == folder / completed.name and saved == [path]
    assert path.read_bytes() == completed.data
    assert [p.name for p in folder.iterdir()] == [completed.name]  # no temporary left
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600  # health data: owner only
    assert preferences.last_folder() == folder
    assert "Mẫu số 26a" in text_of(path) or "Mẫu 26a" in text_of(path)


def test_save_pdf_refused_names_the_file_and_keeps_the_folder(
    qtbot, completed, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []

    def held_open(folder: Path) -> Path:  # Windows, with the old copy open in a viewer
        raise DomainError("file.in_use", path=str(folder / completed.name))

    preview = PrintPreview(Printable(completed.data, completed.name, save=held_open), printers=[])
    qtbot.addWidget(preview)
    monkeypatch.setattr(preview, "choose_folder", lambda: tmp_path)
    monkeypatch.setattr(
        "canghien_desktop.ui.print_preview.show_message", lambda _p, t: shown.append(t)
    )
    assert preview.save_pdf() is None
    assert len(shown) == 1 and completed.name in shown[0]
    assert preferences.last_folder() is None


def _dossier_without_its_violation(station, nurse) -> str:
    """A compulsory-treatment dossier whose violation is not on file, as a record brought
    in without its steps: the state says Mẫu 27, but the record would have no case."""
    missed = ActionRequest(Action.MISS_REGISTRATION, date(2026, 5, 12))
    e = stepped(
        station,
        nurse,
        walk_to(station, nurse, State.DA_XAC_DINH_NGHIEN, assessed_on=date(2026, 5, 4)),
        missed,
    )
    dossier = ActionRequest(Action.OPEN_COMPULSORY_DOSSIER, date(2026, 5, 14), number="9")
    e = stepped(station, nurse, e, dossier)
    with raw_database(station.paths.data_dir) as db:
        db.execute("DELETE FROM enrolment_event WHERE enrolment_id = ?", (e.id,))
    return e.id or ""


def offered(qtbot, station, nurse, person_id: str) -> list[str]:
    """The forms the person page's print menu offers, read as the page reads them."""
    page = PersonPage(station, nurse)
    qtbot.addWidget(page)
    page.show_person(person_id)
    qtbot.waitUntil(lambda: page.data is not None)
    return [a.text().split(" – ")[0] for a in page.print_menu.enrolment_forms]


def test_mau_27_is_offered_only_when_it_would_print(qtbot, station, nurse, sync_tasks) -> None:
    refused = _dossier_without_its_violation(station, nurse)
    with pytest.raises(DomainError) as printing:
        forms.paper_for_enrolment(station, nurse, "27", refused)
    assert printing.value.code == "form.not_applicable"
    person_id = enrolments.get_enrolment(station, nurse, refused).person_id
    assert "Mẫu 27" not in offered(qtbot, station, nurse, person_id)
    missed = ActionRequest(Action.MISS_REGISTRATION, date(2026, 5, 12))
    assessed = walk_to(station, nurse, State.DA_XAC_DINH_NGHIEN, assessed_on=date(2026, 5, 4))
    on_file = stepped(station, nurse, assessed, missed)
    assert offered(qtbot, station, nurse, on_file.person_id) == ["Mẫu 27"]

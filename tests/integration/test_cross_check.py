"""The workbook and the machine copy of a real exported batch are compared row by row: they
agree as exported, and any edit of the workbook (or of the lines) is refused by place."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyrage
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.exchange.exporting.columns import RECORD_TYPES
from canghien_desktop.services.exchange.importing.cross_check import (
    compare_copies,
    compare_counting,
)
from canghien_desktop.services.exchange.importing.records import BadRecord, Incoming, read_lines
from canghien_desktop.services.exchange.keys import unlock_age_identity
from canghien_desktop.storage.rows import FollowUpRow, PersonRow
from tests.conftest import ADMIN, PASSPHRASE, Office
from tests.office_fixtures import district, district_template, export, register, station

__all__ = ["district", "district_template", "station"]  # fixtures, used by name

Lines = list[Incoming | BadRecord]


def copies(station: Office, district: Office, tmp_path: Path) -> tuple[bytes, Lines]:
    """Export every record of the station and decrypt both copies as the office does."""
    register(district, station, tmp_path)
    path = export(station, tmp_path / "usb", period=None)
    identity = pyrage.x25519.Identity.from_str(
        unlock_age_identity(district.ctx.keys, PASSPHRASE).strip()
    )
    with zipfile.ZipFile(path) as archive:
        book = pyrage.decrypt(archive.read("records.xlsx.age"), [identity])
        text = pyrage.decrypt(archive.read("records.jsonl.age"), [identity]).decode("utf-8")
    return bytes(book), list(read_lines(text))


def edited(book: bytes, edit: Callable[[Workbook], None]) -> bytes:
    workbook = load_workbook(io.BytesIO(book))
    edit(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def column_of(workbook: Workbook, sheet: str, key: str) -> int:
    return [cell.value for cell in workbook[sheet][1]].index(key) + 1


def of_type(lines: Lines, code: str) -> list[int]:
    """Where the lines of one record type are."""
    return [
        i
        for i, line in enumerate(lines)
        if isinstance(line, Incoming) and line.record_type.code == code
    ]


def refused(book: bytes, lines: Lines) -> dict[str, object]:
    with pytest.raises(DomainError) as caught:
        compare_copies(book, lines)
    assert caught.value.code == "import.copies_differ"
    return caught.value.params


@pytest.fixture
def batch(station: Office, district: Office, tmp_path: Path) -> tuple[bytes, Lines]:
    return copies(station, district, tmp_path)


def test_the_exported_copies_agree_row_for_row(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch
    assert len(lines) > 1000 and not any(isinstance(line, BadRecord) for line in lines)
    # Every row is exactly what the writer writes: none had to be read as XML (if openpyxl
    # ever writes rows otherwise, this fails before the import gets slow).
    assert compare_counting(book, lines) == 0
    # Saved again by a spreadsheet program (shared strings, other styles): still the same.
    assert compare_counting(edited(book, lambda wb: None), lines) == len(lines)


def test_a_changed_name_is_refused_at_its_cell(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch
    persons = [line for line in lines if isinstance(line, Incoming)][:3]
    assert all(line.record_type.code == "persons" for line in persons)

    def rename(workbook: Workbook) -> None:
        workbook["Người"].cell(5, column_of(workbook, "Người", "ten")).value = "Tên Khác"

    column = get_column_letter(column_of(load_workbook(io.BytesIO(book)), "Người", "ten"))
    assert persons[2].fields["ten"] != "Tên Khác"
    assert refused(edited(book, rename), lines) == {
        "sheet": "Người",
        "row": 5,
        "column": f"{column} (Tên)",
    }


def test_a_deleted_row_is_refused_where_the_rows_part(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch
    params = refused(edited(book, lambda wb: wb["Theo dõi"].delete_rows(7)), lines)
    assert (params["sheet"], params["row"]) == ("Theo dõi", 7)
    # The last row deleted instead: the sheet is a row short, at the row after its last.
    last = len(of_type(lines, "follow_ups")) + 2
    params = refused(edited(book, lambda wb: wb["Theo dõi"].delete_rows(last)), lines)
    assert params == {"sheet": "Theo dõi", "row": last, "column": "A:T"}


def test_a_changed_or_reformatted_date_is_refused(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch

    def redate(workbook: Workbook) -> None:
        cell = workbook["Theo dõi"].cell(4, column_of(workbook, "Theo dõi", "occurred_on"))
        cell.value = cell.value.replace(day=1 if cell.value.day != 1 else 2)

    def as_number(workbook: Workbook) -> None:  # same serial, shown as 46188: not a date
        workbook["Theo dõi"].cell(
            9, column_of(workbook, "Theo dõi", "occurred_on")
        ).number_format = "General"

    for edit, row in ((redate, 4), (as_number, 9)):
        params = refused(edited(book, edit), lines)
        assert (params["sheet"], params["row"]) == ("Theo dõi", row)
        assert str(params["column"]).endswith("(Ngày)")


def test_rows_and_sheets_too_many_or_too_few_are_refused(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch
    events = of_type(lines, "events")
    # The machine copy lacks a record type the workbook holds.
    without = [line for i, line in enumerate(lines) if i not in set(events)]
    assert refused(book, without) == {"sheet": "Sự kiện", "row": 3, "column": "A:U"}
    # The workbook lacks a sheet the machine copy has.
    params = refused(edited(book, lambda wb: wb.remove(wb["Sự kiện"])), lines)
    assert (params["sheet"], params["row"]) == ("Sự kiện", 1)
    # One line too few, or two lines swapped: refused at the first row that differs.
    first = events[0]
    assert refused(book, lines[: first + 4] + lines[first + 5 :])["row"] == 7
    swapped = [*lines[: first + 1], lines[first + 2], lines[first + 1], *lines[first + 3 :]]
    assert refused(book, swapped)["row"] == 4

    # A row appended to the workbook.
    def append_copy(workbook: Workbook) -> None:
        sheet = workbook["Xác định nghiện"]
        sheet.append([cell.value for cell in sheet[sheet.max_row]])

    appended = refused(edited(book, append_copy), lines)
    rows = len(of_type(lines, "assessments")) + 3
    assert appended == {"sheet": "Xác định nghiện", "row": rows, "column": "A:U"}


def test_unreadable_lines_keep_their_rows_unchecked(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch
    middle = len(lines) // 2
    bad = BadRecord("line 1: not JSON")
    # The line stands for its row, whatever the row says: the rest still lines up.
    assert compare_copies(book, [*lines[:middle], bad, *lines[middle + 1 :]]) is None
    assert compare_copies(book, [*lines[:-1], bad]) is None
    # An unreadable line more than there are rows is one row too few in the workbook.
    params = refused(book, [*lines, bad])
    assert params["sheet"] == RECORD_TYPES[-1].sheet  # the last sheet


def test_an_unknown_or_missing_key_column_is_refused(batch: tuple[bytes, Lines]) -> None:
    book, lines = batch

    def rekey(workbook: Workbook) -> None:
        workbook["Ghi danh"].cell(1, column_of(workbook, "Ghi danh", "stage")).value = "stage2"

    letter = get_column_letter(column_of(load_workbook(io.BytesIO(book)), "Ghi danh", "stage"))
    assert refused(edited(book, rekey), lines) == {"sheet": "Ghi danh", "row": 1, "column": letter}


@pytest.mark.parametrize(
    "fake",
    ['{name}</t></is></c><c r="AZ3" t="inlineStr"><is><t>x', "{name}&amp;x"],
    ids=["fake cells", "escape written raw"],
)
def test_bytes_that_read_otherwise_are_read_as_xml(batch: tuple[bytes, Lines], fake: str) -> None:
    """Someone holding the station's key puts a name in the machine copy and the very same
    characters, raw, in the workbook's XML, where they read as another name (and a cell of
    their own, or an unescaped "&"). The bytes are what the renderer writes for that line, so
    only its guards stop them."""
    book, lines = batch
    first = lines[0]
    assert isinstance(first, Incoming) and first.record_type.code == "persons"
    name = first.fields["ten"]
    fake = fake.format(name=name)
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    original = f'<c r="C3" t="inlineStr"><is><t>{name}</t>'.encode()
    assert sheet.count(original) == 1
    members["xl/worksheets/sheet1.xml"] = sheet.replace(
        original, f'<c r="C3" t="inlineStr"><is><t>{fake}</t>'.encode()
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    lied = Incoming(first.record_type, {**first.fields, "ten": fake})
    assert refused(out.getvalue(), [lied, *lines[1:]]) == {
        "sheet": "Người",
        "row": 3,
        "column": "C (Tên)",
    }


def test_awkward_values_agree_after_the_round_trip(
    station: Office, district: Office, tmp_path: Path
) -> None:
    person_changes = {
        "ho": "Nguyễn <Văn> & \"Bé\" 'Tí' ]]>",
        "chu_dem": '=HYPERLINK("http://x")',
        "other_names": "+84 912 345 678",
        "occupation": "-Thợ hồ",
        "address_detail": "@Số 5 ngõ 7",  # a tab is no longer storable in a one-line field
        "village": "Ấp Phú Hòa ỷ ễ ữ Đ",
        "notes": " dòng một\r\ndòng\thai\n",
        "birth_date": None,
    }
    with station.ctx.db.write() as session:
        writer = station.ctx.writer(session, ADMIN)
        person = session.scalars(select(PersonRow).order_by(PersonRow.id).limit(1)).one()
        writer.update(person, person_changes)
        visits = session.scalars(select(FollowUpRow).order_by(FollowUpRow.id).limit(2)).all()
        writer.update(visits[0], {"amount_vnd": 2**53 - 1, "notes": "=1+1", "until": None})
        writer.update(visits[1], {"amount_vnd": 1_500_000_000_000, "reported": False})
        writer.delete(visits[1])
        ids = (person.id, visits[0].id, visits[1].id)
    book, lines = copies(station, district, tmp_path)
    found = {
        line.fields["id"]: line.fields
        for line in lines
        if isinstance(line, Incoming) and line.fields["id"] in ids
    }
    assert {k: found[ids[0]][k] for k in person_changes} == person_changes
    assert found[ids[1]]["amount_vnd"] == 2**53 - 1 and found[ids[1]]["until"] is None
    assert found[ids[2]]["deleted"] is True and found[ids[2]]["reported"] is False
    assert found[ids[0]]["history"]  # an edited record carries its earlier version
    # Equal, the escaped rows read as XML and the others matched as bytes...
    assert 0 < compare_counting(book, lines) < 10
    # ...and equal again after a spreadsheet program saved the workbook.
    assert compare_counting(edited(book, lambda wb: None), lines) == len(lines)

    # A date where the record has none is a difference, not an empty cell misread.
    def dated(workbook: Workbook) -> None:
        sheet = workbook["Người"]
        column = column_of(workbook, "Người", "birth_date")
        row = next(
            r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value == person_changes["ho"]
        )
        sheet.cell(row, column).value = date(1990, 1, 1)
        sheet.cell(row, column).number_format = "DD/MM/YYYY"

    params = refused(edited(book, dated), lines)
    assert params["sheet"] == "Người" and str(params["column"]).endswith("(Ngày sinh)")

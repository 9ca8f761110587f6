"""Storage of what Law 120/2025 adds: the enrolment's entry and pauses round-trip, and the
records stored before them keep their content hashes (docs/FORMAT.md, format 3)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from canghien_desktop.domain.lifecycle import ActionRequest
from canghien_desktop.domain.lifecycle_table import Action
from canghien_desktop.domain.pauses import Pause
from canghien_desktop.storage.canonical import canonical_json, content_hash, sha256_hex
from canghien_desktop.storage.mapping import decode_pauses, encode_pauses
from canghien_desktop.storage.rows import EnrolmentRow
from tests.conftest import Office
from tests.factories import enrolled, stepped


def test_pauses_read_back_as_written() -> None:
    pauses = (Pause(date(2026, 7, 8), date(2026, 7, 10)), Pause(date(2026, 8, 3)))
    assert encode_pauses(pauses) == "2026-07-08/2026-07-10;2026-08-03/"
    assert decode_pauses(encode_pauses(pauses)) == pauses
    assert decode_pauses("") == ()


def test_a_blank_entry_and_no_pause_leave_the_content_hash_as_before(office: Office) -> None:
    plain = enrolled(office.ctx, office.admin, date(2026, 6, 8))
    paused = stepped(
        office.ctx,
        office.admin,
        enrolled(office.ctx, office.admin, date(2026, 6, 8), name="B"),
        ActionRequest(Action.PAUSE, date(2026, 6, 10), reason="bão lũ"),
    )
    assert paused.pauses == (Pause(date(2026, 6, 10)),)
    with office.ctx.db.read() as session:
        rows = {r.id: r for r in session.scalars(select(EnrolmentRow))}
        before_format_3 = {
            column.key: getattr(rows[plain.id or ""], column.key)
            for column in EnrolmentRow.__table__.columns
            if column.key not in EnrolmentRow.SYNC_COLUMNS | {"entry", "pauses"}
        }
        jsonable = {
            k: v.isoformat() if isinstance(v, date) else v for k, v in before_format_3.items()
        }
        assert content_hash(rows[plain.id or ""]) == sha256_hex(canonical_json(jsonable))
        assert rows[plain.id or ""].content_hash == content_hash(rows[plain.id or ""])
        assert rows[paused.id or ""].pauses == "2026-06-10/"

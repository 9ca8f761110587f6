"""``follow_up_last`` (storage/derived.py) is kept by SQLite triggers: after every kind of
write (a new follow-up, an edit of its day, a deletion, a tombstone, a bulk insert) it
equals the latest visit and test recomputed from the follow-ups themselves."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update

from canghien_desktop.domain.followups import FollowUp, FollowUpKind, VisitMode
from canghien_desktop.domain.lifecycle_table import State
from canghien_desktop.services.station.followups import record_follow_up
from canghien_desktop.storage.derived import FollowUpLastRow
from canghien_desktop.storage.rows import FollowUpRow
from tests.conftest import Office
from tests.factories import walk_to

KINDS = (FollowUpKind.VISIT.value, FollowUpKind.DRUG_TEST.value)


def kept(office: Office) -> dict[tuple[str, str], date]:
    with office.ctx.db.read() as session:
        rows = session.execute(select(FollowUpLastRow)).scalars()
        return {(r.enrolment_id, r.kind): r.last_on for r in rows}


def recomputed(office: Office) -> dict[tuple[str, str], date]:
    with office.ctx.db.read() as session:
        rows = session.execute(
            select(FollowUpRow.enrolment_id, FollowUpRow.kind, func.max(FollowUpRow.occurred_on))
            .where(FollowUpRow.deleted.is_(False), FollowUpRow.kind.in_(KINDS))
            .group_by(FollowUpRow.enrolment_id, FollowUpRow.kind)
        ).all()
    return {(e, k): d for e, k, d in rows}


def visit(office: Office, enrolment_id: str, day: date) -> FollowUp:
    return record_follow_up(
        office.ctx,
        office.admin,
        FollowUp(enrolment_id, FollowUpKind.VISIT, day, VisitMode.HOME.value, "YS. Lan"),
    )


def test_the_last_visit_follows_every_write(office: Office) -> None:
    enrolment = walk_to(
        office.ctx, office.admin, State.DANG_CAI_NGHIEN, assessed_on=date(2026, 5, 4)
    )
    eid = enrolment.id or ""
    visit(office, eid, date(2026, 6, 1))
    later = visit(office, eid, date(2026, 6, 10))
    assert kept(office) == recomputed(office) == {(eid, "tham_gap"): date(2026, 6, 10)}
    with office.ctx.db.write() as session:  # an edit moves the last day back
        row = session.get(FollowUpRow, later.id)
        assert row is not None
        office.ctx.writer(session, "admin").update(row, {"occurred_on": date(2026, 5, 28)})
    assert kept(office) == recomputed(office) == {(eid, "tham_gap"): date(2026, 6, 1)}
    with office.ctx.db.write() as session:  # a tombstone: the other visit is the last
        for row in session.scalars(select(FollowUpRow).where(FollowUpRow.id != later.id)):
            office.ctx.writer(session, "admin").delete(row)
    assert kept(office) == recomputed(office) == {(eid, "tham_gap"): date(2026, 5, 28)}
    with office.ctx.db.write() as session:  # a bulk statement, as an import makes
        session.execute(update(FollowUpRow).values(deleted=True))
    assert kept(office) == recomputed(office) == {}

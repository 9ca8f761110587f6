"""Reviewing people across stations at the consolidating office: the pairs with both people
described, the decisions taken (undone ones too), and a merged person's history across
stations, on real station batches imported into a real office."""

from __future__ import annotations

from datetime import date

import pytest

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.services.consolidation import person_links
from canghien_desktop.services.consolidation.person_links import (
    TRANSFER,
    decide,
    decisions,
    person_across_stations,
    reason_words,
    review_pairs,
    undo,
)
from canghien_desktop.services.i18n import speaking
from tests.conftest import Office
from tests.people_across import TWICE_ID, Across, across_office, across_template

__all__ = ["across_office", "across_template"]  # fixtures, used by name


def _pair(office: Office, first: str, second: str) -> person_links.ReviewPair:
    wanted = {first, second}
    (found,) = [
        p
        for p in review_pairs(office.ctx, office.admin)
        if {p.duplicate.first_id, p.duplicate.second_id} == wanted
    ]
    return found


def test_pairs_come_best_first_with_both_people_and_their_stations(
    across_office: Office, across_template: Across
) -> None:
    ids = across_template.ids
    pairs = review_pairs(across_office.ctx, across_office.admin)
    assert [round(p.duplicate.score, 2) for p in pairs] == [1.0, 0.8, 0.65]
    twice = pairs[0]  # the transfer was linked by the office: not up for review
    assert {twice.first.id, twice.second.id} == {ids["twice_a"], ids["twice_b"]}
    assert twice.duplicate.reasons == ("same_id",)
    by_station = {b.station: b for b in (twice.first, twice.second)}
    assert by_station["TYT-A"].full_name == "Bùi Văn Thắng"
    assert by_station["TYT-B"].full_name == "Bui Van Thang"
    assert by_station["TYT-A"].station_name == "Trạm Y tế xã Bình Phú"
    assert by_station["TYT-B"].commune_code == "29830"
    assert {b.id_number for b in by_station.values()} == {TWICE_ID}
    assert {b.birth for b in by_station.values()} == {"1985"}
    hoa = pairs[1]
    assert hoa.duplicate.reasons == ("same_name", "same_birth_year")
    assert (hoa.first.birth, hoa.first.sex) == ("1988", "nu")
    assert reason_words(hoa.duplicate.reasons) == "trùng họ tên, trùng năm sinh"
    with speaking("en"):
        assert reason_words(pairs[2].duplicate.reasons) == "same name, birth year off by one"


def test_decisions_list_current_and_undone_with_who_and_why(
    across_office: Office, across_template: Across
) -> None:
    ctx, actor, ids = across_office.ctx, across_office.admin, across_template.ids
    (transfer,) = decisions(ctx, actor)
    hoa = _pair(across_office, ids["hoa_a"], ids["hoa_b"]).duplicate
    merged = decide(ctx, actor, hoa.first_id, hoa.second_id, True, hoa.score, hoa.reasons)
    apart = decide(ctx, actor, ids["hung_a"], ids["hung_b"], False, 0.65, ("same_name",))
    undo(ctx, actor, merged)
    listed = {d.id: d for d in decisions(ctx, actor)}
    assert list(listed) == [apart, merged, transfer.id]  # newest first
    first, second = listed[merged], listed[apart]
    assert first.same and not first.current and first.undone_at is not None
    assert first.score == pytest.approx(0.8) and first.reasons == hoa.reasons
    assert first.decided_by == "admin" and first.decided_at.tzinfo is not None
    assert {first.kept.station, first.other.station} == {"TYT-A", "TYT-B"}
    assert {first.kept.full_name, first.other.full_name} == {"Trần Thị Hoa", "Tran Thi Hoa"}
    assert not second.same and second.current and not second.by_transfer
    # the undone merge is up for review again; the "distinct" pair is not
    left = {frozenset((p.first.id, p.second.id)) for p in review_pairs(ctx, actor)}
    assert frozenset((ids["hoa_a"], ids["hoa_b"])) in left
    assert frozenset((ids["hung_a"], ids["hung_b"])) not in left
    with pytest.raises(DomainError) as twice:
        undo(ctx, actor, merged)
    assert twice.value.code == "record.not_found"


def test_a_transfer_link_is_listed_as_a_decision_and_undone_like_one(
    across_office: Office, across_template: Across
) -> None:
    ctx, actor, ids = across_office.ctx, across_office.admin, across_template.ids
    (listed,) = decisions(ctx, actor)  # services.consolidation.transfers linked the move by itself
    assert listed.by_transfer and listed.same and listed.current
    assert (listed.kept.id, listed.other.id) == (ids["moved_a"], ids["moved_b"])
    assert listed.reasons == (TRANSFER, "same_id")
    assert reason_words(listed.reasons) == "chuyển nơi cư trú, liên kết tự động, trùng số giấy tờ"
    undo(ctx, actor, listed.id)
    (listed,) = decisions(ctx, actor)
    assert not listed.current
    back = {frozenset((p.first.id, p.second.id)) for p in review_pairs(ctx, actor)}
    assert frozenset((ids["moved_a"], ids["moved_b"])) in back


def test_a_merged_person_has_both_stations_records_and_one_timeline(
    across_office: Office, across_template: Across
) -> None:
    ctx, actor, ids = across_office.ctx, across_office.admin, across_template.ids
    for asked in (ids["moved_a"], ids["moved_b"]):  # from either record, the same person
        person = person_across_stations(ctx, actor, asked)
        assert person.canonical_id == ids["moved_a"] and person.merged
        assert person.stations == ("TYT-A", "TYT-B")
    first, second = person.records
    assert (first.person.id, second.person.id) == (ids["moved_a"], ids["moved_b"])
    (left,) = first.enrolments
    assert left.state == "CHUYEN_NOI_CU_TRU" and left.started_on == date(2026, 1, 13)
    (now,) = second.enrolments
    assert now.state == "DANG_CAI_NGHIEN" and now.assessed_on == date(2026, 3, 20)
    assert (first.follow_ups, first.drug_tests) == (2, 1)
    assert first.last_drug_test is not None and first.last_drug_test.positive
    assert first.last_drug_test.on == date(2026, 2, 10)
    assert dict(first.last_drug_test.results) == {"thuoc_phien": True, "ats": False}
    assert second.last_drug_test is not None and not second.last_drug_test.positive
    days = [e.entry.on for e in person.timeline]
    assert days == sorted(days)  # date order across both stations
    steps = [(e.station, e.entry.code) for e in person.timeline]
    assert steps[0] == ("TYT-A", "addicted") and ("TYT-A", "chuyen_di") in steps
    assert steps.index(("TYT-A", "chuyen_di")) < steps.index(("TYT-B", "addicted"))
    assert steps[-1] == ("TYT-B", "bat_dau")
    assert {e.station_name for e in person.timeline} == {
        "Trạm Y tế xã Bình Phú",
        "Trạm Y tế xã Hòa Bình",
    }
    assert all(e.entry.kind != "follow_up" for e in person.timeline)


def test_a_pair_under_review_is_shown_together_but_not_as_one(
    across_office: Office, across_template: Across
) -> None:
    ctx, actor, ids = across_office.ctx, across_office.admin, across_template.ids
    alone = person_across_stations(ctx, actor, ids["twice_b"])
    assert alone.merged and [r.person.id for r in alone.records] == [ids["twice_b"]]
    both = person_across_stations(ctx, actor, ids["twice_b"], together_with=ids["twice_a"])
    assert not both.merged and both.stations == ("TYT-B", "TYT-A")
    assert [e.station for e in both.timeline][:1] == ["TYT-A"]  # A's 2025 steps come first
    decision = decide(ctx, actor, ids["twice_a"], ids["twice_b"], True, 1.0, ("same_id",))
    merged = person_across_stations(ctx, actor, ids["twice_b"])
    assert merged.merged and merged.canonical_id == ids["twice_a"] and len(merged.records) == 2
    undo(ctx, actor, decision)
    unmerged = person_across_stations(ctx, actor, ids["twice_a"])
    assert [r.person.id for r in unmerged.records] == [ids["twice_a"]]
    with pytest.raises(DomainError) as unknown:
        person_across_stations(ctx, actor, "no-such-person")
    assert unknown.value.code == "record.not_found"

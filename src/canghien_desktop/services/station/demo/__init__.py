"""Demo data for a new station: believable people, assessments, enrolments walked through
the real lifecycle, follow-up histories, and the plan's activities and targets.
Deterministic for a seed and an ``as_of`` day.

Written through the ``RecordWriter`` (so every record is audited), a chunk of people per
transaction rather than one transaction per record as the per-record services do.
"""

from __future__ import annotations

import gc
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from faker import Faker
from sqlalchemy import select

from canghien_desktop.domain.assessment import Assessment, validate_assessment
from canghien_desktop.domain.codes import PlaceType, Sex, Substance
from canghien_desktop.domain.errors import DomainError, ValidationError
from canghien_desktop.domain.followups import validate_follow_up
from canghien_desktop.domain.lifecycle import ActionRequest, Enrolment, extend_post_rehab
from canghien_desktop.domain.lifecycle_table import Action, State
from canghien_desktop.domain.person import ADULT_AGE, Person, validate_person
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.services.station.demo.activities import plan_activities, write_activities
from canghien_desktop.services.station.demo.history import HistoryMaker, Staff, post_absence
from canghien_desktop.services.station.demo.people import PeopleMaker
from canghien_desktop.services.station.demo.plan import (
    EARLIEST,
    HISTORY_YEARS,
    Plan,
    build_plan,
    was_treated,
)
from canghien_desktop.services.station.demo.schedule import Timeline, assign_numbers, solve
from canghien_desktop.services.station.demo.weights import (
    COMEBACK_DAYS,
    FALLBACKS,
    REPEAT_WEIGHTS,
    TARGET_WEIGHTS,
)
from canghien_desktop.storage.mapping import (
    assessment_fields,
    enrolment_fields,
    event_fields,
    follow_up_fields,
    person_fields,
)
from canghien_desktop.storage.rows import (
    AssessmentRow,
    EnrolmentEventRow,
    EnrolmentRow,
    FollowUpRow,
    OfficeRow,
    PersonRow,
)
from canghien_desktop.storage.writer import RecordWriter

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext

__all__ = ["DEFAULT_PERSONS", "DEMO_COMMUNE", "DEMO_PROVINCE", "generate_demo"]

# A commune's station follows some 30 to 80 people: the demo looks like one unless asked
# for more (the benches ask for 5,000).
DEFAULT_PERSONS = 50

# Used when the office has no codes of its own: Xã Bình Phú, tỉnh Vĩnh Long (QĐ 19/2025).
DEMO_PROVINCE = "86"
DEMO_COMMUNE = "29287"
CHUNK = 500  # people per transaction
NOT_ADDICTED_SHARE = 0.03  # assessed, found not addicted, never enrolled
REPEAT_SHARE = 0.4  # of those who may come back, the share who do
# Plans drawn for a target before falling back: an exit still waiting for its dossier on
# ``as_of`` fits only a few days, which some drawn terms never reach.
ATTEMPTS = 12


@dataclass
class _DemoEnrolment:
    plan: Plan
    assessment: Assessment
    place_type: PlaceType
    manager: str
    id: str
    absence: tuple[int, int] | None = None  # unreported post-rehab absence on record


@dataclass
class _DemoPerson:
    person: Person
    assessments: list[Assessment] = field(default_factory=list)  # not addicted
    enrolments: list[_DemoEnrolment] = field(default_factory=list)


def generate_demo(
    ctx: OfficeContext,
    actor: Actor,
    persons: int = DEFAULT_PERSONS,
    seed: int = 1,
    as_of: date | None = None,
) -> dict[str, object]:
    """Fill an empty station with ``persons`` people; the counts of what was written."""
    actor.require(Operation.LOAD_DEMO)
    if persons < 1:
        raise ValidationError("persons", "required")
    today = as_of or ctx.today()
    with ctx.db.read() as session:
        if session.scalar(select(PersonRow.id).limit(1)) is not None:
            raise DomainError("demo.not_empty")
        office = session.scalars(select(OfficeRow)).first()
    province = (office.province_code if office else "") or DEMO_PROVINCE
    commune = (office.commune_code if office else "") or DEMO_COMMUNE
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived objects, no cycles worth chasing meanwhile
    try:
        return _Generator(ctx, actor, seed, today, province, commune).run(persons)
    finally:
        if collecting:
            gc.enable()


class _Generator:
    def __init__(
        self, ctx: OfficeContext, actor: Actor, seed: int, today: date, province: str, commune: str
    ) -> None:
        self.ctx = ctx
        self.actor = actor
        self.seed = seed
        self.today = today
        self.as_of = today.toordinal()
        self.rng = random.Random(seed)
        self.ids = random.Random(f"demo-ids-{seed}")
        fake = Faker("vi_VN")
        fake.seed_instance(seed)
        self.fake = fake
        self.lifecycle = ctx.lifecycle
        self.timeline = Timeline(
            self.lifecycle.calendar,
            self.lifecycle.rules,
            date(today.year - HISTORY_YEARS - 2, 1, 1),
            date(today.year + 8, 12, 31),
        )
        self.people = PeopleMaker(self.rng, fake, province, commune)
        self.staff = Staff(
            station=[
                f"{title} {self.people.full_name(sex)}"
                for title, sex in (
                    ("BS.", Sex.MALE),
                    ("YS.", Sex.MALE),
                    ("ĐD.", Sex.FEMALE),
                    ("YS.", Sex.FEMALE),
                )
            ],
            police=[f"CA xã: {self.people.full_name(Sex.MALE)}" for _ in range(2)],
        )
        self.managers = [
            f"{self.people.full_name(Sex.MALE)} (Công an xã)",
            f"{self.people.full_name(Sex.FEMALE)} (Công chức Văn hóa - Xã hội)",
            f"{self.people.full_name(Sex.MALE)} (Phó Chủ tịch UBND xã)",
        ]
        self.history = HistoryMaker(self.rng, self.timeline, self.staff, self.as_of)
        self.lowest = max(EARLIEST, _years_before(today, HISTORY_YEARS)).toordinal()
        self.lowest_any = _years_before(today, HISTORY_YEARS).toordinal()

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4))

    # --- planning ---------------------------------------------------------------------------
    def run(self, persons: int) -> dict[str, object]:
        planned = self._plan_people(persons)
        assign_numbers([e.plan for p in planned for e in p.enrolments], self.as_of, self.rng)
        counts: Counter[str] = Counter()
        by_state: Counter[str] = Counter()
        for first in range(0, len(planned), CHUNK):
            with self.ctx.db.write() as session:
                writer = self.ctx.writer(session, self.actor.username)
                if first == 0:
                    writer.note(
                        "load_demo",
                        "office",
                        self.ctx.info.code,
                        {"persons": persons, "seed": self.seed, "as_of": self.today.isoformat()},
                    )
                self._write_chunk(writer, planned[first : first + CHUNK], counts, by_state)
            gc.collect()
        staff = [entry.split(" ", 1)[1] for entry in self.staff.station]  # without "BS."
        with self.ctx.db.write() as session:  # the plan's activities, for the report
            writer = self.ctx.writer(session, self.actor.username)
            done = plan_activities(self.seed, self.today, staff)
            counts["activities"] = write_activities(writer, done, self.new_id, self.today)
        return {
            "persons": counts["persons"],
            "assessments": counts["assessments"],
            "enrolments": counts["enrolments"],
            "events": counts["events"],
            "follow_ups": counts["follow_ups"],
            "activities": counts["activities"],
            "by_state": dict(sorted(by_state.items())),
            "seed": self.seed,
            "as_of": self.today.isoformat(),
        }

    def _plan_people(self, persons: int) -> list[_DemoPerson]:
        rng = self.rng
        not_addicted = round(persons * NOT_ADDICTED_SHARE) if persons >= 2 * len(State) else 0
        targets = _quota(persons - not_addicted, TARGET_WEIGHTS, rng)
        kinds: list[State | None] = [*targets, *([None] * not_addicted)]
        rng.shuffle(kinds)
        return [self._plan_person(target) for target in kinds]

    def _plan_person(self, target: State | None) -> _DemoPerson:
        rng = self.rng
        person_id = self.new_id()
        if target is None:
            result_on = self.timeline.workday(rng.randint(self.as_of - 3 * 365, self.as_of - 5))
            result_on = min(result_on, self.as_of)
            person = self.people.person(date.fromordinal(result_on), self.today, person_id)
            substances, other = self.people.substances(False)
            assessment = self.people.assessment(
                person_id, date.fromordinal(result_on), False, substances, other, self.new_id()
            )
            return _DemoPerson(person, assessments=[assessment])
        plan = self._solved_plan(target, False, self.lowest)
        assert plan is not None  # the last fallback is always reachable
        person = self.people.person(date.fromordinal(plan.assessed_on), self.today, person_id)
        substances, other = self.people.substances(target is State.CHUYEN_DIEU_TRI_THAY_THE)
        demo = _DemoPerson(person)
        demo.enrolments.append(self._enrolment(person_id, plan, substances, other))
        comeback = COMEBACK_DAYS.get(plan.target)
        if comeback and rng.random() < REPEAT_SHARE:
            lowest = plan.dates[-1] + rng.randint(*comeback)
            second = _weighted_state(rng, REPEAT_WEIGHTS)
            if lowest < self.as_of - 10:
                again = self._solved_plan(second, was_treated(plan), lowest)
                if again is not None:
                    if (
                        again.target is State.CHUYEN_DIEU_TRI_THAY_THE
                        and Substance.OPIOID not in substances
                    ):
                        substances, other = self.people.substances(True)
                    demo.enrolments.append(self._enrolment(person_id, again, substances, other))
        return demo

    def _solved_plan(self, target: State, is_repeat: bool, lowest: int) -> Plan | None:
        rng = self.rng
        for candidate in (*[target] * ATTEMPTS, *FALLBACKS):
            plan = build_plan(rng, candidate, is_repeat, self._destination())
            if solve(plan, self.timeline, self.as_of, lowest, rng):
                return plan
            if lowest == self.lowest and solve(
                plan, self.timeline, self.as_of, self.lowest_any, rng
            ):
                return plan
        return None

    def _destination(self) -> str:
        return self.people.destination()

    def _enrolment(
        self, person_id: str, plan: Plan, substances: frozenset[Substance], other: str
    ) -> _DemoEnrolment:
        rng = self.rng
        assessment = self.people.assessment(
            person_id, date.fromordinal(plan.assessed_on), True, substances, other, self.new_id()
        )
        place = PlaceType.HOME if rng.random() < 0.72 else PlaceType.COMMUNITY
        return _DemoEnrolment(plan, assessment, place, rng.choice(self.managers), self.new_id())

    # --- writing ----------------------------------------------------------------------------
    def _write_chunk(
        self,
        writer: RecordWriter,
        chunk: list[_DemoPerson],
        counts: Counter[str],
        by_state: Counter[str],
    ) -> None:
        """Rows go in foreign-key order, one flush per table group: the unit of work does
        not order inserts of rows that have no ORM relationship between them."""
        session = writer.session
        people: list[Person] = []
        for demo in chunk:
            person = validate_person(demo.person, self.today)
            assert person.id is not None
            row = PersonRow(**person_fields(person))
            row.id = person.id
            writer.add(row)
            people.append(person)
        counts["persons"] += len(people)
        session.flush()
        for demo in chunk:
            for assessment in [*demo.assessments, *(e.assessment for e in demo.enrolments)]:
                clean = validate_assessment(assessment, self.today)
                assert assessment.id is not None
                a_row = AssessmentRow(**assessment_fields(clean))
                a_row.id = assessment.id
                writer.add(a_row)
                counts["assessments"] += 1
        session.flush()
        later: list[tuple[Person, _DemoEnrolment, list[EnrolmentEventRow]]] = []
        for person, demo in zip(people, chunk, strict=True):
            for enrolment in demo.enrolments:
                state, events = self._write_enrolment(writer, person, enrolment)
                later.append((person, enrolment, events))
                by_state[state.value] += 1
        counts["enrolments"] += len(later)
        session.flush()
        for person, enrolment, events in later:
            for event in events:
                event.id = self.new_id()
                writer.add(event)
            counts["events"] += len(events)
            counts["follow_ups"] += self._write_follow_ups(writer, person, enrolment)

    def _write_enrolment(
        self, writer: RecordWriter, person: Person, demo: _DemoEnrolment
    ) -> tuple[State, list[EnrolmentEventRow]]:
        """Walk the enrolment through the real lifecycle; its events are written later."""
        plan, assessment = demo.plan, demo.assessment
        assert person.id is not None and assessment.id is not None
        enrolment = Enrolment(
            person_id=person.id,
            assessment_id=assessment.id,
            assessed_on=assessment.result_on,
            place_type=demo.place_type,
            opioid=Substance.OPIOID in assessment.substances,
            is_repeat=plan.is_repeat,
            provider=self.ctx.info.name,
            manager=demo.manager,
            last_event_on=assessment.result_on,
        )
        absence = post_absence(plan, self.timeline, self.as_of)
        events: list[EnrolmentEventRow] = []
        for i, (step, day) in enumerate(plan.done(self.as_of)):
            request = ActionRequest(
                action=step.action,
                on=date.fromordinal(day),
                number=plan.numbers[i],
                term_months=self.timeline.term(plan, day)
                if step.action is Action.ISSUE_DECISION
                else None,
                reason=step.reason,
                to_stage=step.to_stage,
                notes=step.notes,
            )
            outcome = self.lifecycle.apply(enrolment, request, self.today)
            after = outcome.enrolment
            events.append(EnrolmentEventRow(**event_fields(demo.id, enrolment, outcome, request)))
            enrolment = after
            if step.action is Action.OPEN_POST_REHAB and absence is not None:
                # Recorded later as a follow-up; unreported absence extends the term.
                enrolment = extend_post_rehab(enrolment, absence[1] - absence[0] + 1)
        demo.absence = absence
        row = EnrolmentRow(**enrolment_fields(enrolment))
        row.id = demo.id
        writer.add(row)
        return enrolment.state, events

    def _write_follow_ups(self, writer: RecordWriter, person: Person, demo: _DemoEnrolment) -> int:
        assert person.id is not None
        assessment = demo.assessment
        minor = person.birth.age_on(assessment.result_on) < ADULT_AGE
        follow_ups = self.history.follow_ups(
            demo.id, demo.plan, assessment.substances, minor, demo.absence
        )
        for follow_up in follow_ups:
            clean = validate_follow_up(follow_up, self.today)
            row = FollowUpRow(**follow_up_fields(clean, person.id))
            row.id = self.new_id()
            writer.add(row)
        return len(follow_ups)


def _quota(n: int, weights: dict[State, float], rng: random.Random) -> list[State]:
    """``n`` states in proportion to ``weights``, each at least once when ``n`` allows."""
    total = sum(weights.values())
    exact = {s: n * w / total for s, w in weights.items()}
    counts = {s: int(x) for s, x in exact.items()}
    if n >= len(weights):
        counts = {s: max(c, 1) for s, c in counts.items()}
    order = list(weights)
    while sum(counts.values()) > n:
        largest = max(order, key=lambda s: counts[s])
        counts[largest] -= 1
    by_remainder = sorted(order, key=lambda s: -(exact[s] - int(exact[s])))
    i = 0
    while sum(counts.values()) < n:
        counts[by_remainder[i % len(by_remainder)]] += 1
        i += 1
    out = [s for s in order for _ in range(counts[s])]
    rng.shuffle(out)
    return out


def _weighted_state(rng: random.Random, weights: dict[State, float]) -> State:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)

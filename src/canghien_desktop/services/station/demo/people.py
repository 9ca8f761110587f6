"""Demo people and assessments: Vietnamese names, IDs, phones, villages and substances.

Faker's ``vi_VN`` locale supplies the pools it has (family names, middle and given names,
street and place names); they are widened with the names and occupations common in a rural
southern commune, where most people on a drug-rehab list are young men.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from canghien_desktop.domain import places
from canghien_desktop.domain.assessment import Assessment
from canghien_desktop.domain.codes import DocType, Education, Referral, Sex, Substance
from canghien_desktop.domain.dates import BirthDate, format_dmy
from canghien_desktop.domain.ids import make_id_number
from canghien_desktop.domain.person import ADULT_AGE, LegalRepresentative, Person, Residence
from canghien_desktop.services.station.demo.vocabulary import (
    ADULT_AGES,
    FACILITIES,
    FAKER_JOBS,
    FAMILY,
    FEMALE_GIVEN,
    FEMALE_MIDDLE,
    ID_PREFIXES,
    KHMER_FAMILY,
    KHMER_GIVEN,
    MALE_GIVEN,
    MALE_MIDDLE,
    MINOR_AGES,
    NICKNAMES,
    OCCUPATIONS,
    OTHER_SUBSTANCES,
    PHONE_PREFIXES,
    RELATIONSHIPS,
    SUBSTANCES,
    VILLAGES,
)

if TYPE_CHECKING:
    from faker import Faker

# A few people on a commune's list live in another commune of the province (a rented
# room, a spouse's home): their addresses name real communes of that province.
OTHER_COMMUNE_SHARE = 0.06
# Where movers from a Mekong-delta commune go, by province code (QĐ 19/2025): Hồ Chí Minh,
# Cần Thơ, Đồng Tháp, An Giang, Đồng Nai, Tây Ninh, Cà Mau.
DESTINATION_PROVINCES = ("79", "92", "82", "91", "75", "80", "96")


T = TypeVar("T")


def _weighted(rng: random.Random, pairs: Sequence[tuple[T, float]]) -> T:
    values = [value for value, _ in pairs]
    weights = [weight for _, weight in pairs]
    return rng.choices(values, weights=weights)[0]


class PeopleMaker:
    """Makes people, their IDs and their assessments from one seeded ``Random`` and Faker."""

    def __init__(self, rng: random.Random, fake: Faker, province: str, commune: str) -> None:
        self.rng = rng
        self.fake = fake
        self.province = province
        self.commune = commune
        self._neighbours = tuple(c for c in places.communes_of(province) if c.code != commune)
        # A stream of its own, so that the people drawn from ``rng`` stay the same.
        self._places = random.Random(f"demo-places-{province}-{commune}")
        self._used_ids: set[str] = set()
        self._family = tuple(FAMILY.items())
        self.doctors = {
            f: [
                f"BS. {self.full_name(Sex.MALE if rng.random() < 0.6 else Sex.FEMALE)}"
                for _ in range(3)
            ]
            for f in FACILITIES
        }

    # --- names ------------------------------------------------------------------------------
    def name(self, sex: Sex, khmer: bool = False) -> tuple[str, str, str]:
        rng, fake = self.rng, self.fake
        if khmer:
            return (rng.choice(KHMER_FAMILY), "", rng.choice(KHMER_GIVEN))
        # One family name in four straight from Faker's list, the rest by frequency.
        ho = fake.last_name() if rng.random() < 0.25 else _weighted(rng, self._family)
        if sex is Sex.MALE:
            middle = fake.middle_name() if rng.random() < 0.15 else rng.choice(MALE_MIDDLE)
            if middle in ("Thị", "Mai", "Mai Bảo"):
                middle = "Văn"
            given = fake.first_name_male() if rng.random() < 0.3 else rng.choice(MALE_GIVEN)
        else:
            middle = rng.choice(FEMALE_MIDDLE)
            given = fake.first_name_female() if rng.random() < 0.3 else rng.choice(FEMALE_GIVEN)
        return ho, middle, given

    def full_name(self, sex: Sex) -> str:
        return " ".join(part for part in self.name(sex) if part)

    def phone(self) -> str:
        return self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10**7):07d}"

    def id_number(self, sex: Sex, birth_year: int) -> str:
        prefix = _weighted(self.rng, ID_PREFIXES)
        while True:
            number = make_id_number(prefix, sex, birth_year, self.rng.randrange(1_000_000))
            if number not in self._used_ids:
                self._used_ids.add(number)
                return number

    # --- people -----------------------------------------------------------------------------
    def person(self, assessed_on: date, as_of: date, person_id: str) -> Person:
        """Someone aged 12–55 on ``assessed_on``; 12–17 year olds get a representative."""
        rng = self.rng
        minor = rng.random() < 0.05
        if minor:
            age = _weighted(rng, MINOR_AGES)
        else:
            low, high, _ = rng.choices(ADULT_AGES, weights=[w for *_, w in ADULT_AGES])[0]
            age = rng.randint(low, high)
        sex = Sex.MALE if rng.random() < 0.93 else Sex.FEMALE
        born = _birthday(assessed_on, age, rng)
        birth = BirthDate(born.year) if age >= 25 and rng.random() < 0.04 else BirthDate.of(born)
        ethnicity = _weighted(rng, (("Kinh", 91), ("Khmer", 7), ("Hoa", 2)))
        ho, chu_dem, ten = self.name(sex, khmer=ethnicity == "Khmer")
        doc_type, number = self._document(sex, birth, as_of)
        rep = self._representative(ho, born) if age < ADULT_AGE else None
        return Person(
            ho=ho,
            chu_dem=chu_dem,
            ten=ten,
            birth=birth,
            sex=sex,
            residence=self._residence(),
            ethnicity=ethnicity,
            doc_type=doc_type,
            id_number=number,
            phone=self.phone() if rng.random() < 0.9 else "",
            education=self._education(age),
            occupation=self._occupation(age),
            other_names=rng.choice(NICKNAMES) if rng.random() < 0.08 else "",
            representative=rep,
            notes="Đã bị xử phạt vi phạm hành chính về sử dụng trái phép chất ma túy"
            if rng.random() < 0.15
            else "",
            id=person_id,
        )

    def _document(self, sex: Sex, birth: BirthDate, as_of: date) -> tuple[DocType, str]:
        rng = self.rng
        if birth.age_on(as_of) < 14:
            return (
                DocType.BIRTH_CERTIFICATE,
                f"Số {rng.randint(1, 350)}, Quyển {rng.randint(1, 3):02d}/{birth.year}",
            )
        if rng.random() < 0.02 and birth.age_on(as_of) >= 25:
            return DocType.CMND, f"{rng.choice(('33', '36', '38'))}{rng.randrange(10**7):07d}"
        doc = DocType.CCCD if rng.random() < 0.6 else DocType.CAN_CUOC
        return doc, self.id_number(sex, birth.year)

    def _residence(self) -> Residence:
        rng = self.rng
        village = _weighted(rng, VILLAGES)
        roll = rng.random()
        if roll < 0.65:
            detail = f"Số {rng.randint(1, 250)}, tổ {rng.randint(1, 12)}"
        elif roll < 0.85:
            detail = f"Số {rng.randint(1, 400)}, đường {self.fake.street_name()}"
        else:
            detail = ""
        return Residence(self.province, self._home_commune(), village, detail)

    def _home_commune(self) -> str:
        if self._neighbours and self._places.random() < OTHER_COMMUNE_SHARE:
            return self._places.choice(self._neighbours).code
        return self.commune

    def destination(self) -> str:
        """A real commune a mover goes to: "Xã Tân Hòa, tỉnh Đồng Tháp"."""
        province = self.rng.choice(DESTINATION_PROVINCES)
        return self._places.choice(places.communes_of(province)).full_name

    def _representative(self, ho: str, child_born: date) -> LegalRepresentative:
        rng = self.rng
        relationship = _weighted(rng, RELATIONSHIPS)
        sex = Sex.FEMALE if relationship in ("Mẹ", "Bà") else Sex.MALE
        _, middle, given = self.name(sex)
        family = ho if relationship in ("Cha", "Ông", "Anh ruột") else _weighted(rng, self._family)
        gap = {"Ông": (45, 60), "Bà": (45, 60), "Anh ruột": (-12, -4)}.get(relationship, (20, 40))
        year = child_born.year - rng.randint(*gap)
        return LegalRepresentative(
            full_name=" ".join(p for p in (family, middle, given) if p),
            relationship=relationship,
            phone=self.phone(),
            id_number=self.id_number(sex, year),
        )

    def _education(self, age: int) -> Education:
        if age < 15:
            return Education.PRIMARY if age < 12 else Education.LOWER_SECONDARY
        chosen: Education = _weighted(
            self.rng,
            (
                (Education.NONE, 5),
                (Education.PRIMARY, 25),
                (Education.LOWER_SECONDARY, 40),
                (Education.UPPER_SECONDARY, 22),
                (Education.VOCATIONAL, 6),
                (Education.HIGHER, 2),
            ),
        )
        return chosen

    def _occupation(self, age: int) -> str:
        rng = self.rng
        if age < ADULT_AGE:
            return "Học sinh" if rng.random() < 0.6 else "Bỏ học, ở nhà"
        if rng.random() < 0.1:
            return str(self.fake.random_element(FAKER_JOBS))
        return str(_weighted(rng, OCCUPATIONS))

    # --- assessments ------------------------------------------------------------------------
    def substances(self, opioid: bool) -> tuple[frozenset[Substance], str]:
        """Substances of an addicted person; ``opioid`` forces an opioid among them."""
        rng = self.rng
        main = Substance.OPIOID if opioid else _weighted(rng, SUBSTANCES)
        found = {main}
        if rng.random() < 0.12:
            found.add(_weighted(rng, SUBSTANCES))
        other = rng.choice(OTHER_SUBSTANCES) if Substance.OTHER in found else ""
        return frozenset(found), other

    def assessment(
        self,
        person_id: str,
        result_on: date,
        addicted: bool,
        substances: frozenset[Substance],
        other: str,
        assessment_id: str,
    ) -> Assessment:
        rng = self.rng
        facility = rng.choice(FACILITIES)
        if addicted:
            count = _weighted(rng, ((3, 25), (4, 35), (5, 25), (6, 15)))
            # Withdrawal (criterion 6) is the rule for opioids, less common otherwise.
            if count == 6 or Substance.OPIOID in substances or rng.random() < 0.5:
                criteria = {6, *rng.sample(range(1, 6), count - 1)}
            else:
                criteria = set(rng.sample(range(1, 6), count))
        else:
            criteria = set(rng.sample(range(1, 6), rng.randint(1, 2)))
        police = rng.random() < 0.62
        received = result_on - timedelta(days=rng.randint(0, 4))
        return Assessment(
            person_id=person_id,
            facility=facility,
            doctor=rng.choice(self.doctors[facility]),
            received_on=received,
            result_on=result_on,
            addicted=addicted,
            criteria=frozenset(criteria),
            substances=substances,
            referral=Referral.POLICE if police else Referral.VOLUNTARY,
            other_substance=other,
            referral_ref=f"Văn bản số {rng.randint(5, 180)}/CAX ngày {format_dmy(received)}"
            if police
            else "",
            notes="" if addicted else "Không đủ tiêu chuẩn chẩn đoán nghiện (TT 18/2021)",
            id=assessment_id,
        )


def _birthday(on: date, age: int, rng: random.Random) -> date:
    """A birth date making the person exactly ``age`` on ``on``."""
    latest = _years_before(on, age)
    earliest = _years_before(on, age + 1) + timedelta(days=1)
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)

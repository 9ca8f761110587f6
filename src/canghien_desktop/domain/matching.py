"""Explainable similarity between two people, for duplicate checks at registration (and, at
the consolidating office, across stations). Names are compared folded: no case, no marks."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from canghien_desktop.domain.text import fold

STRONG = 0.9  # same ID number, or same name and birth date
POSSIBLE = 0.6


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of a person."""

    full_name: str
    ten: str
    birth_year: int
    birth_exact: str  # ISO date or ""
    id_number: str
    phone: str = ""


@dataclass(frozen=True)
class Match:
    score: float  # 0..1
    reasons: tuple[str, ...]  # codes: same_id, same_name, similar_name, same_birth, …


def similarity(a: Candidate, b: Candidate) -> Match:
    if a.id_number and a.id_number == b.id_number:
        return Match(1.0, ("same_id",))
    name_a, name_b = fold(a.full_name), fold(b.full_name)
    name = 1.0 if name_a == name_b else SequenceMatcher(None, name_a, name_b).ratio()
    reasons: list[str] = []
    if name == 1.0:
        reasons.append("same_name")
    elif name >= 0.85 and fold(a.ten) == fold(b.ten):
        reasons.append("similar_name")
    else:
        return Match(round(name * 0.5, 2), ())
    score = 0.55 if reasons[0] == "same_name" else 0.45
    if a.birth_exact and a.birth_exact == b.birth_exact:
        reasons.append("same_birth")
        score += 0.4
    elif a.birth_year == b.birth_year:
        reasons.append("same_birth_year")
        score += 0.25
    elif abs(a.birth_year - b.birth_year) == 1:
        reasons.append("birth_year_off_by_one")
        score += 0.1
    if a.phone and a.phone == b.phone:
        reasons.append("same_phone")
        score += 0.1
    return Match(round(min(score, 0.99), 2), tuple(reasons))

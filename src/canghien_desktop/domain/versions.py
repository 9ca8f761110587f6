"""How an arriving version of a record relates to the version an office holds.

Every record has one owner, the station that created it, and only the owner's batches
change it, so its versions form a line, which forks only when the owner's PC is restored
from a backup and edited again. Each version carries its history: the tokens (a short hash
of the content and the deletion mark) of every version it was built on, oldest first.

Why a chain of content tokens rather than a version vector: a vector counts edits per
writer, and with one writer per record it is just a counter, which cannot see a fork (a
restored PC numbers its edits again from the backup's numbers). Tokens name the content
itself, so the office can tell, from the two versions alone:

- the same version;
- a newer one (what it holds is in the arriving version's history): take it;
- an older one (the arriving version is in the history of what it holds): stale, never
  applied, so batches can be imported in any order;
- siblings (neither is in the other's history): the owner forked; fields only one side
  changed since their last common version merge, a field both changed waits for a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Relation(StrEnum):
    SAME = "same"
    NEWER = "newer"  # the arriving version descends from the one held
    OLDER = "older"  # the arriving version is an ancestor of the one held, or has its content
    SIBLING = "sibling"  # both descend from a common version, neither from the other


@dataclass(frozen=True)
class Version:
    token: str
    history: tuple[str, ...]  # oldest first
    number: int = 0  # the owner's edit count: only format-1 batches are judged by it
    base_number: int = 0

    @property
    def lineage(self) -> tuple[str, ...]:
        """This version's history and itself, oldest first."""
        return (*self.history, self.token)


def relation(arriving: Version, held: Version) -> Relation:
    if arriving.token == held.token and arriving.history == held.history:
        return Relation.SAME
    if held.token in arriving.history:
        return Relation.NEWER
    if arriving.token == held.token or arriving.token in held.history:
        return Relation.OLDER
    return Relation.SIBLING


def legacy_relation(arriving: Version, held: Version) -> Relation:
    """A version from a format-1 batch carries no history: its owner's edit numbers decide.
    With one writer per record a lower number is older; an equal number with other content,
    or an edit made from a version older than the one held, is a fork."""
    if arriving.token == held.token:
        return Relation.SAME
    if arriving.token in held.history or arriving.number < held.number:
        return Relation.OLDER
    if arriving.number > held.number and arriving.base_number >= held.number:
        return Relation.NEWER
    return Relation.SIBLING


def common_ancestors(first: Version, second: Version) -> list[str]:
    """Versions both descend from (or are), newest first: the base of a three-way merge is
    the first of them whose content the office knows."""
    other = set(second.lineage)
    return [token for token in reversed(first.lineage) if token in other]


def joined_history(first: Version, second: Version) -> tuple[str, ...]:
    """The history of a version built on both: every version of either line, each once.
    Versions of the other line stay known, so a late batch of it is recognised as older."""
    seen = set(first.lineage)
    return (*first.lineage, *(token for token in second.lineage if token not in seen))


def adopted_history(arriving: Version, held: Version) -> tuple[str, ...]:
    """The history to store when taking a newer version: the arriving one's, unless what
    was held knew versions it does not (a settled fork), which stay known, oldest first."""
    known = set(arriving.history)
    extra = tuple(token for token in held.lineage if token not in known)
    return (*extra, *arriving.history) if extra else arriving.history

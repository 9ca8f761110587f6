"""What the receiving side makes of one mutated exchange file (tests/fuzz_mutations.py):
refused with a clear message and nothing written, taken as the genuine file, a replay, or
a failure (accepted though changed, crashed, unclear, or something written)."""

from __future__ import annotations

import hashlib
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from unittest.mock import patch

from canghien_desktop.domain.errors import DomainError
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation import intake
from canghien_desktop.services.exchange.acks import import_acks
from canghien_desktop.services.exchange.importing import batch_import
from canghien_desktop.services.messages import MESSAGES, render
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.storage.base import Base
from tests.fuzz_mutations import (
    ACCEPTED,
    ALREADY,
    CHANGED,
    CRASHED,
    FAILURES,
    GENUINE,
    REFUSED,
    UNCLEAR,
    Content,
    Mutant,
    signed_content,
)

# --- the classifier ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    verdict: str  # REFUSED / GENUINE / ALREADY, or one of FAILURES
    code: str  # the refusal's code, the exception's type or the import's status
    message: str  # the rendered refusal, or what went wrong

    @property
    def failed(self) -> bool:
        return self.verdict in FAILURES


_VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                         re.IGNORECASE)  # fmt: skip


def message_problem(error: DomainError) -> str:
    """ "" when ``render(error)`` is clear: the code's own sentence (not the generic internal
    error), one non-empty line, Vietnamese by default, its placeholders filled."""
    shown, pair = render(error), MESSAGES.get(error.code)
    if pair is None or error.code == "internal.error":
        return f"no message of its own: {shown!r}"
    if shown != render(error) or not _VIETNAMESE.search(shown):
        return f"not Vietnamese by default: {shown!r}"
    if len(shown.splitlines()) != 1 or not shown.strip():
        return f"not one line: {shown!r}"
    if "{" in pair[0] and shown == pair[0]:
        return f"placeholders left: {shown!r}"
    return ""


def refused(error: DomainError, changed: bool) -> Outcome:
    problem = message_problem(error)
    verdict = CHANGED if changed else UNCLEAR if problem else REFUSED
    return Outcome(verdict, error.code, problem or render(error))


def crashed(error: BaseException, changed: bool) -> Outcome:
    """Named by where it escaped from: the deepest frame of the app's own code."""
    tb = traceback.extract_tb(error.__traceback__)
    frames = [f for f in tb if "canghien_desktop" in f.filename]
    where = f" at {frames[-1].filename.split('canghien_desktop/')[-1]}:{frames[-1].lineno}"
    wrote = ", and something was written" if changed else ""
    return Outcome(CRASHED, type(error).__name__,
                   f"{error!r}"[:150] + (where if frames else "") + wrote)  # fmt: skip


def fingerprint(ctx: OfficeContext) -> str:
    """Every row of every table, the audit log included: what "nothing changed" means. Read
    through the driver's cursor: the ORM's overhead per statement would double the time."""
    digest = hashlib.sha256()
    with ctx.db.read() as session:
        cursor = session.connection().connection.cursor()
        for table in Base.metadata.sorted_tables:
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
            for row in cursor.execute(f'SELECT * FROM "{table.name}" ORDER BY {order}'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@dataclass(repr=False)  # not the age identity in a failing test's report
class BatchOffice:
    """The office importing one mutated batch at a time, its age identity unlocked once
    (``import_paths`` unlocks it from the passphrase each time: argon2id, 0.2 s)."""

    ctx: OfficeContext
    actor: Actor
    identity: str
    path: Path
    holds_genuine: bool = False  # then the genuine content is a replay, imported for real
    known: str = ""  # the fingerprint after the last mutant: see ``_before``

    def classify(self, mutant: Mutant, genuine: Content) -> Outcome:
        """Through ``import_paths``; a mutant whose signed content is the genuine batch's is
        only previewed while the office does not hold that batch (importing it would change
        the office for the mutants after it)."""
        self.path.write_bytes(mutant.data)
        same = signed_content(mutant.data, "manifest.json.minisig") == genuine
        before = _before(self)
        try:
            with patch.object(batch_import, "_identity", lambda *_: self.identity):
                result = intake.import_paths(
                    self.ctx, self.actor, [self.path], "", commit=self.holds_genuine or not same
                )[0]
        except DomainError as error:
            return refused(error, _after(self) != before)
        except Exception as error:
            return crashed(error, _after(self) != before)
        changed = _after(self) != before
        if result.status == "rejected" and result.reason is not None:
            return refused(result.reason, changed)
        if not same or changed:
            return Outcome(ACCEPTED if not same else CHANGED, result.status, mutant.note)
        return Outcome(ALREADY if result.status == "already" else GENUINE, result.status, "")


@dataclass
class AckStation:
    """A station importing one mutated acknowledgement at a time, written to ``path``."""

    ctx: OfficeContext
    actor: Actor
    path: Path
    known: str = ""  # the fingerprint after the last mutant: see ``_before``

    def classify(self, mutant: Mutant, genuine: Content) -> Outcome:
        self.path.write_bytes(mutant.data)
        same = signed_content(mutant.data, "ack.json.minisig") == genuine
        before = _before(self)
        try:
            import_acks(self.ctx, self.actor, [self.path])
        except DomainError as error:
            return refused(error, _after(self) != before)
        except Exception as error:
            return crashed(error, _after(self) != before)
        _after(self)
        return Outcome(GENUINE if same else ACCEPTED, "imported", "" if same else mutant.note)


def _before(target: BatchOffice | AckStation) -> str:
    """The fingerprint before a mutant: the one taken after the last, when there was one (a
    fingerprint is a third of a refusal's time). Whoever changes the office between two
    mutants resets ``known``; one who forgets gets a false CHANGED, never a missed one."""
    return target.known or fingerprint(target.ctx)


def _after(target: BatchOffice | AckStation) -> str:
    target.known = fingerprint(target.ctx)
    return target.known

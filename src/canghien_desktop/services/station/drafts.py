"""Drafts: what a user has typed into a form but not saved, kept per user and form so that a
crash or a power cut loses nothing. A draft is never exported and never counts as a record."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from canghien_desktop.domain.json_types import JsonValue, parse_json
from canghien_desktop.domain.roles import Actor, Operation
from canghien_desktop.storage.rows import DraftRow

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


def save_draft(
    ctx: OfficeContext, actor: Actor, form: str, subject_id: str, values: Mapping[str, object]
) -> None:
    """Upsert the draft; called as the user types, so it must stay cheap."""
    actor.require(Operation.EDIT_RECORDS)
    payload = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    with ctx.db.write() as session:
        row = _find(session, actor.username, form, subject_id)
        if row is None:
            session.add(
                DraftRow(
                    username=actor.username,
                    form=form,
                    subject_id=subject_id,
                    payload_json=payload,
                    updated_at=datetime.now(UTC),
                )
            )
        elif row.payload_json != payload:
            row.payload_json, row.updated_at = payload, datetime.now(UTC)


def load_draft(ctx: OfficeContext, actor: Actor, form: str, subject_id: str) -> JsonValue:
    """The values as saved (a JSON object), None when there is no draft."""
    with ctx.db.read() as session:
        row = _find(session, actor.username, form, subject_id)
        return parse_json(row.payload_json) if row else None


def discard_draft(ctx: OfficeContext, actor: Actor, form: str, subject_id: str) -> None:
    """Called once the form is saved for real (or the user throws the draft away)."""
    with ctx.db.write() as session:
        session.execute(
            delete(DraftRow).where(
                DraftRow.username == actor.username,
                DraftRow.form == form,
                DraftRow.subject_id == subject_id,
            )
        )


def list_drafts(ctx: OfficeContext, actor: Actor) -> list[tuple[str, str, datetime]]:
    """(form, subject_id, updated_at) of the user's drafts, newest first."""
    with ctx.db.read() as session:
        rows = session.execute(
            select(DraftRow.form, DraftRow.subject_id, DraftRow.updated_at)
            .where(DraftRow.username == actor.username)
            .order_by(DraftRow.updated_at.desc())
        ).all()
    return [(r.form, r.subject_id, r.updated_at) for r in rows]


def _find(session: Session, username: str, form: str, subject_id: str) -> DraftRow | None:
    row: DraftRow | None = session.scalars(
        select(DraftRow).where(
            DraftRow.username == username, DraftRow.form == form, DraftRow.subject_id == subject_id
        )
    ).one_or_none()
    return row

"""The import screen's work off the GUI thread: the preview's progress that also stops on
Cancel, and the import taken one batch at a time so Cancel can stop between two batches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.intake import import_paths
from canghien_desktop.services.exchange.importing.batch_import import BatchImport
from canghien_desktop.services.office import OfficeContext
from canghien_desktop.ui.tasks import TaskCancelled, TaskControl


def stoppable(control: TaskControl) -> Callable[[int, int], None]:
    """A progress callback that also leaves the work when Cancel was pressed."""

    def progress(done: int, total: int) -> None:
        control.token.raise_if_cancelled()
        control.progress(done, total)

    return progress


def import_one_by_one(
    ctx: OfficeContext,
    actor: Actor,
    paths: list[Path],
    passphrase: str,
    control: TaskControl,
    done: list[BatchImport],
) -> list[BatchImport]:
    """Import ``paths`` in order, one batch per call, appending each result to ``done`` (the
    screen reads it also after Cancel); stops before the next batch once cancelled."""
    for number, path in enumerate(paths):
        if control.cancelled():
            raise TaskCancelled
        done.extend(import_paths(ctx, actor, [path], passphrase))
        control.progress(number + 1, len(paths))
    return done

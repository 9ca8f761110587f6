"""The consolidating office's import: the exchange receives the batches
(exchange/importing), then the office links the people who moved commune across its
stations (transfers.py). Callers import through here, so no step is forgotten."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from canghien_desktop.domain.roles import Actor
from canghien_desktop.services.consolidation.transfers import link_transfers
from canghien_desktop.services.exchange.importing.batch_import import BatchImport, receive_batches

if TYPE_CHECKING:
    from canghien_desktop.services.office import OfficeContext


def import_paths(
    ctx: OfficeContext, actor: Actor, paths: list[Path], passphrase: str, commit: bool = True
) -> list[BatchImport]:
    """Every ``*.cnb.zip`` in the given files and folders, in station and sequence order;
    then people who moved commune are linked across stations. ``commit=False`` previews."""
    return receive_batches(ctx, actor, paths, passphrase, commit, after=(link_transfers,))

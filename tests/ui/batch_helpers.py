"""Helpers for the batch tests: a consolidating office's card, and driving the export wizard
page by page the way a user clicks through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from tests.conftest import reopen

from canghien_desktop.domain.codes import OfficeKind
from canghien_desktop.domain.roles import Actor
from canghien_desktop.services import auth
from canghien_desktop.services.exchange import batches
from canghien_desktop.services.office import OfficeContext, init_office
from canghien_desktop.services.paths import AppPaths
from canghien_desktop.services.station.demo import generate_demo
from canghien_desktop.ui.dialogs.export_wizard import ExportWizard

ADMIN, PASSWORD, PASSPHRASE = "admin", "password123", "passphrase-123"  # see conftest
DISTRICT_CODE, DISTRICT_NAME = "PC04-86", "Công an tỉnh"


def make_district_card(folder: Path) -> list[Path]:
    """The public card (.pub, .age.pub) of a new consolidating office in ``folder``."""
    paths = AppPaths(folder / "office")
    init_office(
        paths, OfficeKind.CONSOLIDATING, DISTRICT_CODE, DISTRICT_NAME, ADMIN, PASSWORD, PASSPHRASE
    )
    ctx = reopen(paths)
    try:
        actor = auth.login(ctx, ADMIN, PASSWORD)
        return batches.export_public_keys(ctx, actor, folder / "card")
    finally:
        ctx.close()


def populate(ctx: OfficeContext, actor: Actor) -> OfficeContext:
    generate_demo(ctx, actor, persons=30, seed=1, as_of=ctx.today())
    return ctx


def trust_district(ctx: OfficeContext, actor: Actor, card: list[Path]) -> OfficeContext:
    batches.trust_files(ctx, actor, card, name=DISTRICT_NAME)
    return ctx


class Opened:
    """Stands in for QDesktopServices.openUrl: records what would have been opened, and
    answers as openUrl does (False: no program on this computer opens it)."""

    def __init__(self, opens: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.opens = opens

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.opens


def wizard_options(tmp_path: Path, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("list_drives", lambda: [])
    kwargs.setdefault("email_folder", tmp_path / "mail")
    kwargs.setdefault("open_url", Opened())
    return kwargs


def make_wizard(qtbot, ctx, actor, tmp_path, **kwargs: Any) -> ExportWizard:
    wizard = ExportWizard(ctx, actor, **wizard_options(tmp_path, **kwargs))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_passphrase(wizard: ExportWizard, folder: Path | None = None) -> None:
    """Period (as preselected) → counts → destination → the passphrase page."""
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    wizard.next()
    assert wizard.currentPage() is wizard.destination_page
    if folder is not None:
        wizard.destination_page.to_folder.setChecked(True)
        wizard.destination_page.folder.setText(str(folder))
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page


def export_with(qtbot, wizard: ExportWizard, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase, export, and wait until the batch is written or refused."""
    wizard.passphrase_page.passphrase.setText(passphrase)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is not wizard.write_page or _refused(wizard))


def _refused(wizard: ExportWizard) -> bool:
    return not wizard.write_page.running() and wizard.write_page.error.isVisibleTo(wizard)

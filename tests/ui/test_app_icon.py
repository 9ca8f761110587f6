"""The app's icon: every size Windows and Linux ask for, in the package and in the .ico."""

from __future__ import annotations

from importlib import resources

from PIL import Image
from PySide6.QtCore import QSize

from canghien_desktop.ui.application import ICON_SIZES, app_icon, create_application


def test_every_window_gets_the_icon_in_every_size(qapp) -> None:
    app = create_application([])
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}
    small = app_icon().pixmap(QSize(16, 16)).toImage()
    assert small.pixelColor(8, 8).alpha() == 255  # drawn, not an empty frame


def test_the_windows_ico_holds_every_size() -> None:
    ico = resources.files("canghien_desktop.resources").joinpath("icons/canghien.ico")
    with ico.open("rb") as stream, Image.open(stream) as image:
        assert image.format == "ICO"
        assert set(image.info["sizes"]) == {(n, n) for n in ICON_SIZES}

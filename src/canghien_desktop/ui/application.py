"""The QApplication: translators, the bundled font, the theme and application identity."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from canghien_desktop import __version__
from canghien_desktop.services.i18n import language
from canghien_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)

# Station PCs often lack a font with every stacked Vietnamese diacritic; we ship one.
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 10.0  # the floor: stacked diacritics blur at the 8-9 pt of some systems
_RESOURCES = "canghien_desktop.resources"


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, speaking the language chosen at start-up (``services.i18n``)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("canghien-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("canghien")
    # Each of these re-polishes every live widget when it changes something, so each leaves
    # alone what is already so (an application made before this call, as in tests).
    if _installed_language != language():
        install_translators(app)
    use_bundled_font(app)
    apply_theme(app)  # the system's light or dark scheme, and its changes
    app.setWindowIcon(app_icon())
    return app


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # tools/make_icon.py draws each one


def app_icon() -> QIcon:
    """The icon of every window, in each size drawn, so the taskbar (16–32 px) and the
    Alt+Tab switcher (48–256 px) each get a sharp one rather than a scaled one."""
    icon = QIcon()
    for size in ICON_SIZES:
        data = resources.files(_RESOURCES).joinpath(f"icons/canghien-{size}.png").read_bytes()
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's words and ours in the language chosen at start-up (``services.i18n``). Ours are
    written in Vietnamese, so Vietnamese needs only Qt's own, from our qt_vi.qm (Qt ships
    none); another language needs Qt's qtbase_<lang>, where Qt ships it, and ours. A second
    call replaces what the first installed, so the language can be switched (tests do)."""
    global _installed_language
    remove_translators(app, list(_keep_alive))
    lang = language()
    _installed_language = lang
    qt_language = QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English
    QLocale.setDefault(QLocale(qt_language))
    wanted = (
        [_bundled_translator("qt_vi")]
        if lang == "vi"
        else [_qt_translator(lang), _bundled_translator(f"canghien_{lang}")]
    )
    installed = []
    for translator in wanted:
        if translator is not None and app.installTranslator(translator):
            installed.append(translator)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    global _installed_language
    _installed_language = None
    for translator in translators:
        app.removeTranslator(translator)
        _keep_alive.pop(translator, None)


# Qt neither owns installed translators nor copies the .qm bytes it reads; both must
# outlive their installation, so they are kept here.
_keep_alive: dict[QTranslator, bytes] = {}
_installed_language: str | None = None  # of the translators installed last


def _bundled_translator(name: str) -> QTranslator | None:
    """A .qm of ours: ``canghien_<lang>`` (our words) or ``qt_vi`` (Qt's, in Vietnamese)."""
    # Reading bytes (rather than a path) also works inside a zipped or frozen bundle.
    data = resources.files(_RESOURCES).joinpath(f"i18n/{name}.qm").read_bytes()
    translator = QTranslator()
    if not translator.load(data):
        log.warning("No usable translation %s", name)
        return None
    _keep_alive[translator] = data
    return translator


def _qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, line-edit menus), when Qt ships them."""
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{lang}", folder):
        return None
    _keep_alive[translator] = b""
    return translator


def use_bundled_font(app: QApplication) -> None:
    family = _bundled_family()
    if family is None:
        log.warning("Bundled font could not be loaded; using the system font")
        return
    font = QFont(family)
    font.setPointSizeF(max(FONT_POINT_SIZE, app.font().pointSizeF()))
    if app.font() != font:
        app.setFont(font)


@functools.cache
def _bundled_family() -> str | None:
    """Register DejaVu Sans once: each registration tells every live widget that the fonts
    changed, and a second one would re-lay out the whole application for nothing."""
    family = None
    for name in FONT_FILES:
        data = resources.files(_RESOURCES).joinpath(f"fonts/{name}").read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family

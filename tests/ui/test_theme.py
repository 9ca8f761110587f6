"""The look: both schemes readable (WCAG contrast), the dark one really used for what shows
an error, the system's switch followed, and no colour named outside ui/theme/."""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QLabel

from canghien_desktop.services.sign_in import sign_in
from canghien_desktop.ui.login_dialog import LoginDialog
from canghien_desktop.ui.models.ledger_grid_model import BEFORE, OVERDUE, PENDING, RECEIVED
from canghien_desktop.ui.theme import Tone, apply_theme, colours, set_tone
from canghien_desktop.ui.theme.colours import DARK, LIGHT, SERIES_ORDER, graphic_pairs, text_pairs
from canghien_desktop.ui.theme.contrast import (
    GRAPHIC_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    relative_luminance,
)
from canghien_desktop.ui.widgets import error_label

UI = Path(__file__).parents[2] / "src" / "canghien_desktop" / "ui"
APP = UI.parent / "app.py"


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    """The dark scheme for this test, as a dark system makes it; light again after."""
    apply_theme(qapp, Qt.ColorScheme.Dark)
    try:
        yield
    finally:
        apply_theme(qapp, Qt.ColorScheme.Light)


def test_contrast_follows_the_wcag_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#b00020", "#b00020") == pytest.approx(1.0)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
    # The grey WebAIM gives as just passing, and the one just failing, on white.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < TEXT_CONTRAST


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=lambda s: s.name)
def test_every_text_colour_reads_on_its_background(scheme) -> None:
    weak = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in text_pairs(scheme)
        if contrast_ratio(fg, bg) < TEXT_CONTRAST
    ]
    assert not weak
    tones = {what.split(" on ")[0] for what, _, _ in text_pairs(scheme)}
    assert {"error", "warning", "ok", "muted"} <= tones  # every tone is checked


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=lambda s: s.name)
def test_every_chart_series_stands_out_from_the_chart(scheme) -> None:
    weak = [
        f"{what}: {colour} is {contrast_ratio(colour, bg):.2f}:1"
        for what, colour, bg in graphic_pairs(scheme)
        if contrast_ratio(colour, bg) < GRAPHIC_CONTRAST
    ]
    assert not weak


@pytest.mark.parametrize("scheme", [LIGHT, DARK], ids=lambda s: s.name)
def test_every_state_and_ledger_cell_has_its_own_colour(scheme) -> None:
    states = [state for group in SERIES_ORDER for state in group]
    assert set(scheme.chart_series) == {str(s) for s in states}
    assert len(set(scheme.chart_series.values())) == len(states)  # no two states alike
    assert set(scheme.ledger) == {RECEIVED, OVERDUE, PENDING, BEFORE}


def test_the_dark_scheme_is_dark_and_the_light_one_light() -> None:
    assert relative_luminance(DARK.window) < 0.05 < 0.8 < relative_luminance(LIGHT.window)


def test_an_error_shows_in_the_dark_schemes_red(qtbot, office_paths, sync_tasks, dark) -> None:
    dialog = LoginDialog("Trạm Y tế xã Thử", lambda user, pw: sign_in(office_paths, user, pw))
    qtbot.addWidget(dialog)
    dialog.show()
    assert colours() is DARK
    assert dialog.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    dialog.username.setText("admin")
    dialog.password.setText("not-the-password")
    dialog.login_button.click()
    assert dialog.error.isVisible() and dialog.error.text()
    assert _text_colour(dialog.error) == QColor(DARK.error)
    assert _painted_near(dialog.error, DARK.error)
    assert not _painted_near(dialog.error, LIGHT.error)


def test_a_switch_of_the_system_scheme_is_followed(qtbot, qapp) -> None:
    label = error_label()
    qtbot.addWidget(label)
    label.setText("Thiếu số quyết định")
    label.show()
    apply_theme(qapp)  # following the system, as the app does
    hints = QGuiApplication.styleHints()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the user turned the PC dark
        assert colours() is DARK
        assert _text_colour(label) == QColor(DARK.error)
        assert qapp.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert _text_colour(label) == QColor(LIGHT.error)
    finally:
        apply_theme(qapp, Qt.ColorScheme.Light)


def test_a_scheme_asked_for_ignores_the_system(qtbot, qapp, dark) -> None:
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert colours() is DARK  # tests and screenshots pin a scheme


def test_a_tone_comes_and_goes(qtbot) -> None:
    label = QLabel("Quá hạn")
    qtbot.addWidget(label)
    label.show()
    normal = _text_colour(label)
    set_tone(label, Tone.WARNING, strong=True)
    assert _text_colour(label) == QColor(LIGHT.warning) and label.font().bold()
    set_tone(label, None, strong=True)  # no tone: neither colour nor bold stays
    assert _text_colour(label) == normal and not label.font().bold()


def _text_colour(label: QLabel) -> QColor:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText)


def _painted_near(label: QLabel, colour: str, tolerance: int = 24) -> bool:
    """Whether some pixel of the painted label is (nearly) ``colour``: the glyphs' stems."""
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    want = QColor(colour)
    for y in range(image.height()):
        for x in range(image.width()):
            got = image.pixelColor(x, y)
            if (
                abs(got.red() - want.red())
                + abs(got.green() - want.green())
                + abs(got.blue() - want.blue())
                <= tolerance
            ):
                return True
    return False


# A colour written out: "#b00020", "#fff", rgb(…)/rgba(…), or a named colour in a style sheet.
_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
_CSS = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-[a-z]+)*)\s*:[^;]*?"
    r"(?:\brgba?\(|\bhsla?\(|\b(?:red|green|blue|yellow|orange|gr[ae]y|black|white)\b)"
)
_CODE = re.compile(r"\bQColor\(\s*[\"'\d]|\bQt\.(?:GlobalColor\.)?(?:red|green|blue|yellow|gray|"
                   r"darkRed|darkGreen|black|white)\b")  # fmt: skip


def test_no_colour_is_written_outside_the_theme() -> None:
    sources = [p for p in UI.rglob("*.py") if "theme" not in p.relative_to(UI).parts]
    found = [
        f"{path.relative_to(UI.parent)}:{line}: {text.strip()}"
        for path in [*sources, APP]
        for line, text in _colours_written(path.read_text(encoding="utf-8"))
    ]
    assert len(sources) > 50  # the walk found the screens
    assert not found


def test_the_colour_check_finds_what_it_looks_for() -> None:
    samples = [
        'label.setStyleSheet("color: #b00020;")',
        "brush = QBrush(QColor('#dcefdc'))",
        'style = f"background: {x}; border: 1px solid red;"',
        "painter.setPen(QColor(200, 0, 0))",
        "painter.setPen(Qt.GlobalColor.red)",
        'cell.setStyleSheet("background-color: rgb(255, 243, 205);")',
    ]
    for sample in samples:
        assert _colours_written(sample), sample
    clean = (
        'self.setObjectName("draftBanner")\n'
        'row.setStyleSheet("border-bottom: 1px solid palette(dark);")'
    )
    assert not _colours_written(clean)


def _colours_written(source: str) -> list[tuple[int, str]]:
    """(line, text) of each colour written in ``source``: in its strings, or in its code."""
    found = []
    lines = source.splitlines()
    strings = (tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", -1))  # 3.12 splits f"…"
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type in strings and (_HEX.search(token.string) or _CSS.search(token.string)):
            found.append((token.start[0], lines[token.start[0] - 1]))
    for number, text in enumerate(lines, 1):
        if _CODE.search(text):
            found.append((number, text))
    return found

"""The look of the window: Qt's Fusion style in a light or a dark palette, following the
system's colour scheme, and the few meanings ("tones") widgets ask for instead of colours.

    apply_theme(app)                      # at start-up: the system's scheme, and its changes
    set_tone(label, Tone.ERROR)           # a red line, in the red of the scheme in use
    set_tone(label, None)                 # back to the normal colour
    mark_refused(field, True)             # a red frame round a refused field
    colours().error                       # for what is painted by hand (tables, the chart)

A tone is a property of the widget; one application style sheet, rebuilt when the scheme
changes, colours every widget with that property. So a line that turned red in a light
theme is the dark theme's red after the user switches, without the screen knowing.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from canghien_desktop.ui.theme.colours import DARK, LIGHT, Scheme

__all__ = [
    "Tone",
    "apply_theme",
    "colours",
    "is_refused",
    "mark_refused",
    "palette_of",
    "scheme_for",
    "set_tone",
    "tone_of",
]

STYLE = "Fusion"  # drawn by Qt the same on every system, and follows the palette fully


class Tone(StrEnum):
    ERROR = "error"  # red text: a refusal, a late step, a positive test
    WARNING = "warning"  # amber text: worth seeing, not an error
    OK = "ok"  # green text
    MUTED = "muted"  # grey text: a hint, a value nobody changed
    ATTENTION = "attention"  # a pale yellow background: a choice is needed here
    KEPT = "kept"  # a pale green background, bold: the value that will stay
    NOTE = "note"  # a pale yellow framed strip: the draft typed last time was put back


class _Current:
    scheme: Scheme = LIGHT
    pinned = False  # a scheme asked for explicitly (tests, screenshots) ignores the system
    following = False  # connected to the system's changes
    applied = False  # a palette and style sheet were set on the application
    styled = False  # Fusion was set on the application


def colours() -> Scheme:
    """The scheme in use."""
    return _Current.scheme


def scheme_for(color_scheme: Qt.ColorScheme) -> Scheme:
    """Dark for a dark system; light for a light one and for a system that does not say."""
    return DARK if color_scheme == Qt.ColorScheme.Dark else LIGHT


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Fusion in ``scheme``, or, when None, in the system's scheme, following it when the
    user switches (Qt 6.5+ tells; an older Qt or a silent platform keeps the light one)."""
    # Once only: under a style sheet, app.style() is a proxy whose name() is empty, so a
    # name check would set Fusion again on every call, and re-polish every live widget.
    if not _Current.styled:
        app.setStyle(STYLE)
        _Current.styled = True
    _Current.pinned = scheme is not None
    hints = QGuiApplication.styleHints()
    if not _Current.following:
        hints.colorSchemeChanged.connect(_system_switched)
        _Current.following = True
    _use(app, scheme_for(hints.colorScheme() if scheme is None else scheme))


def _system_switched(color_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if not _Current.pinned and isinstance(app, QApplication):
        _use(app, scheme_for(color_scheme))


def _use(app: QApplication, scheme: Scheme) -> None:
    _Current.scheme = scheme
    sheet = style_sheet(scheme)
    if app.styleSheet() == sheet and _Current.applied:
        return  # already in this scheme: re-polishing every widget would change nothing
    palette = palette_of(scheme)
    app.setPalette(palette)
    QToolTip.setPalette(palette)
    app.setStyleSheet(sheet)  # re-polishes every widget: tones follow
    _Current.applied = True


def palette_of(scheme: Scheme) -> QPalette:
    """Qt's palette roles in the scheme's colours; disabled text greyed."""
    role = QPalette.ColorRole
    by_role = {
        role.Window: scheme.window,
        role.WindowText: scheme.window_text,
        role.Base: scheme.base,
        role.AlternateBase: scheme.alternate_base,
        role.Text: scheme.text,
        role.Button: scheme.button,
        role.ButtonText: scheme.button_text,
        role.BrightText: scheme.highlighted_text,
        role.Highlight: scheme.highlight,
        role.HighlightedText: scheme.highlighted_text,
        role.Accent: scheme.highlight,
        role.ToolTipBase: scheme.tooltip_base,
        role.ToolTipText: scheme.tooltip_text,
        role.Link: scheme.link,
        role.LinkVisited: scheme.link,
        role.PlaceholderText: scheme.hint_text,
        role.Light: scheme.light,
        role.Midlight: scheme.midlight,
        role.Mid: scheme.mid,
        role.Dark: scheme.dark,
        role.Shadow: scheme.shadow,
    }
    palette = QPalette()
    for which, colour in by_role.items():
        palette.setColor(which, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, which, QColor(scheme.disabled_text))
    palette.setColor(disabled, role.Highlight, QColor(scheme.mid))
    return palette


def style_sheet(scheme: Scheme) -> str:
    """The application's style sheet: only tones and refused fields, nothing else, so the
    rest of every widget is Fusion's, drawn in the palette."""
    rules = [f'*[tone="{tone}"] {{ color: {colour}; }}' for tone, colour in scheme.tones.items()]
    rules += [
        f'*[tone="attention"] {{ background: {scheme.attention_background}; }}',
        f'*[tone="kept"] {{ background: {scheme.kept_background}; font-weight: bold; }}',
        f'*[tone="note"] {{ background: {scheme.attention_background};'
        f" border: 1px solid {scheme.attention_border}; border-radius: 3px; }}",
        '*[toneStrong="true"] { font-weight: bold; }',
        f'*[fieldRefused="true"] {{ border: 1px solid {scheme.error}; padding: 2px; }}',
    ]
    return "\n".join(rules)


def set_tone(widget: QWidget, tone: Tone | None, strong: bool = False) -> None:
    """Show ``widget`` in ``tone``, in bold when ``strong``; None: the normal colour and
    weight, whatever ``strong`` says."""
    strong = strong and tone is not None
    if tone_of(widget) == tone and bool(widget.property("toneStrong")) == strong:
        return
    widget.setProperty("tone", str(tone) if tone else "")
    widget.setProperty("toneStrong", strong)
    _repolish(widget)


def tone_of(widget: QWidget) -> Tone | None:
    value = widget.property("tone")
    return Tone(value) if value else None


def mark_refused(field: QWidget, refused: bool) -> None:
    """A frame in the error colour round a field whose value was refused, or not."""
    if is_refused(field) == refused:
        return
    field.setProperty("fieldRefused", refused)
    _repolish(field)


def is_refused(field: QWidget) -> bool:
    return bool(field.property("fieldRefused"))


def _repolish(widget: QWidget) -> None:
    """A style sheet reads properties when a widget is polished: polish it again."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()

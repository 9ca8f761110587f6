"""WCAG 2 contrast between two colours, so the schemes can be checked against the 4.5:1 the
guidelines ask of body text (3:1 of graphics such as chart bars).

Plain Python on "#rrggbb" strings: the numbers are the guidelines' own formulas
(https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
"""

from __future__ import annotations

TEXT_CONTRAST = 4.5  # WCAG 1.4.3, normal-size text
GRAPHIC_CONTRAST = 3.0  # WCAG 1.4.11, parts of a chart


def relative_luminance(colour: str) -> float:
    """0 for black to 1 for white, as the eye weighs red, green and blue."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * _linear(red) + 0.7152 * _linear(green) + 0.0722 * _linear(blue)


def _linear(channel: float) -> float:
    """Undo the sRGB gamma curve."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white); the order of the two does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)

"""Every colour the window shows, once for a light and once for a dark system theme.

Widgets never name a colour: they ask for a meaning (an error, a warning, a muted line, a
ledger cell, a chart series) and get the current scheme's. Each text colour is chosen to
read at WCAG's 4.5:1 on the background it sits on, and each chart series at 3:1 on the
chart (``text_pairs``, ``graphic_pairs``; tests/ui/test_theme.py checks both schemes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from canghien_desktop.domain.lifecycle_table import State


@dataclass(frozen=True)
class Cell:
    """A table cell painted in a colour of its own: its background and its text."""

    background: str
    text: str


@dataclass(frozen=True)
class Scheme:
    """One scheme: Qt's palette roles first, then what the app's own widgets mean."""

    name: str
    # Qt's palette
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    link: str
    hint_text: str  # the grey hint inside an empty field (Qt: PlaceholderText)
    disabled_text: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    # what the app means
    error: str  # a refusal, a late step, a positive test: red
    warning: str  # worth seeing, not an error: amber
    ok: str  # done, received: green
    muted: str  # a hint, a value nobody changed
    attention_background: str  # a choice is needed; the note that a draft came back
    attention_border: str
    kept_background: str  # the value that will stay
    ledger: Mapping[str, Cell]  # "received" / "overdue" / "pending" / "before"
    chart_series: Mapping[str, str]  # lifecycle state → its bars' colour
    chart_unknown: str  # a state the table does not know (a newer record)
    chart_grid: str
    tones: Mapping[str, str] = field(init=False)

    def __post_init__(self) -> None:
        tones = {"error": self.error, "warning": self.warning, "ok": self.ok, "muted": self.muted}
        object.__setattr__(self, "tones", tones)


# Related states share a hue, so eighteen colours still read as four groups: blue while
# the papers are processed, green in treatment and after, orange to red for exits towards
# compulsory treatment, grey for records that left the station. Within a group the first
# state is the nearest to the background, the last the farthest.
SERIES_ORDER = (
    (State.DA_XAC_DINH_NGHIEN, State.DA_DANG_KY, State.DANG_THAM_DINH, State.DA_CO_QUYET_DINH),
    (State.DANG_CAI_NGHIEN, State.HOAN_THANH, State.QUAN_LY_SAU_CAI, State.KET_THUC_QLSC),
    (
        State.KHONG_DANG_KY,
        State.KHONG_THUC_HIEN,
        State.TU_Y_CHAM_DUT,
        State.SU_DUNG_TRONG_THOI_GIAN_CAI,
        State.LAP_HO_SO_CAI_NGHIEN_BAT_BUOC,
        State.TAI_NGHIEN_TRONG_QLSC,
        State.TAI_NGHIEN_SAU_CAI,
    ),
    (State.CHUYEN_NOI_CU_TRU, State.CHUYEN_DIEU_TRI_THAY_THE, State.RA_KHOI_DANH_SACH),
)


def _series(colours: str) -> dict[str, str]:
    """The states of ``SERIES_ORDER``, group after group, each with the next colour."""
    states = [str(state) for group in SERIES_ORDER for state in group]
    return dict(zip(states, colours.split(), strict=True))


LIGHT = Scheme(
    name="light",
    window="#efefef",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f5f5f5",
    text="#000000",
    button="#efefef",
    button_text="#000000",
    highlight="#2b6cb0",
    highlighted_text="#ffffff",
    tooltip_base="#ffffdc",
    tooltip_text="#000000",
    link="#0b57d0",
    hint_text="#6b6b6b",
    disabled_text="#9a9a9a",
    light="#ffffff",
    midlight="#cacaca",
    mid="#b8b8b8",
    dark="#9f9f9f",
    shadow="#767676",
    error="#b00020",
    warning="#8a4b00",
    ok="#1b5e20",
    muted="#5f5f5f",
    attention_background="#fff3cd",
    attention_border="#d4b04a",
    kept_background="#d9f2d9",
    ledger={
        "received": Cell("#dcefdc", "#1b5e20"),
        "overdue": Cell("#f6d5d8", "#8e0016"),
        "pending": Cell("#ececec", "#424242"),
        "before": Cell("#f7f7f7", "#666666"),
    },
    chart_series=_series(
        "#4294d0 #2d7fc1 #2363a4 #143c6f"
        " #3da04d #2f8c36 #20703b #29421c"
        " #cc7b0b #d7630b #d64c11 #d5271e #c11524 #9c2204 #6c1f3f"
        " #8e8e8e #6e6e6e #3b3b3b"
    ),
    chart_unknown="#858585",
    chart_grid="#e0e0e0",
)

DARK = Scheme(
    name="dark",
    window="#2d2d2d",
    window_text="#e8e8e8",
    base="#1e1e1e",
    alternate_base="#262626",
    text="#e8e8e8",
    button="#353535",
    button_text="#e8e8e8",
    highlight="#2f65a0",
    highlighted_text="#ffffff",
    tooltip_base="#3a3a3a",
    tooltip_text="#e8e8e8",
    link="#8ab4f8",
    hint_text="#9a9a9a",
    disabled_text="#6e6e6e",
    light="#4a4a4a",
    midlight="#3e3e3e",
    mid="#5a5a5a",
    dark="#1a1a1a",
    shadow="#0f0f0f",
    error="#ff8a80",
    warning="#ffb74d",
    ok="#81c784",
    muted="#a8a8a8",
    attention_background="#4d3d00",
    attention_border="#8a7020",
    kept_background="#1e4620",
    ledger={
        "received": Cell("#1f3d22", "#a5d6a7"),
        "overdue": Cell("#4a1c22", "#ffb3ba"),
        "pending": Cell("#333333", "#d0d0d0"),
        "before": Cell("#262626", "#9e9e9e"),
    },
    chart_series=_series(
        "#2b78ae #5aa0d8 #8ebbe7 #b6d1f2"
        " #32833f #3bb044 #53cd7c #b6d8a5"
        " #a46409 #db650c #f07643 #ee8f89 #f49fa7 #fcb09d #edc3d5"
        " #727272 #a9a9a9 #cfcfcf"
    ),
    chart_unknown="#7a7a7a",
    chart_grid="#3a3a3a",
)


def text_pairs(scheme: Scheme) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every text the scheme puts on a background."""
    s = scheme
    pairs = [
        ("window text", s.window_text, s.window),
        ("text", s.text, s.base),
        ("text on alternate rows", s.text, s.alternate_base),
        ("button text", s.button_text, s.button),
        ("selected text", s.highlighted_text, s.highlight),
        ("tooltip", s.tooltip_text, s.tooltip_base),
        ("link", s.link, s.base),
        ("hint text", s.hint_text, s.base),
        ("text needing a choice", s.text, s.attention_background),
        ("draft note", s.window_text, s.attention_background),
        ("kept value", s.text, s.kept_background),
    ]
    for tone, colour in s.tones.items():
        for where, background in (
            ("window", s.window),
            ("field", s.base),
            ("alternate row", s.alternate_base),
        ):
            pairs.append((f"{tone} on {where}", colour, background))
    pairs += [(f"ledger {state}", c.text, c.background) for state, c in s.ledger.items()]
    return pairs


def graphic_pairs(scheme: Scheme) -> list[tuple[str, str, str]]:
    """(what, colour, background) for each chart series on the chart's background."""
    series = [(f"chart {state}", colour) for state, colour in scheme.chart_series.items()]
    return [
        (what, colour, scheme.base)
        for what, colour in [*series, ("chart unknown", scheme.chart_unknown)]
    ]

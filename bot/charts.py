"""The sleep chart for /summary and the weekly summary: one bar per night, from falling
asleep to the final wake, with awakenings marked. Returns PNG bytes.

Drawn with Pillow rather than a plotting library: the chart is a few rectangles and labels,
and matplotlib would add ~60 MB to the resident size of the long-running bot.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import NamedTuple

from PIL import Image, ImageDraw, ImageFont

from bot.entry import DiaryEntry
from bot.metrics import clock_minutes
from bot.texts import patient as texts

# Hours are drawn on a 6 pm -> 6 pm axis so a night is one unbroken bar.
_AXIS_START = 18 * 60
_AXIS_MINUTES = 24 * 60
_TICK_HOURS = 3

_BAR_COLOUR = "#5b7db1"
_MARKER_COLOUR = "#e07a5f"
_BACKGROUND = "#ffffff"
_TEXT = "#333333"
_GRID = "#e3e3e3"
_FRAME = "#b8b8b8"

# Layout in pixels. 700 px wide with 16 px text stays readable once a phone shrinks the photo
# to the width of the chat.
_WIDTH = 700
_PLOT_LEFT = 76
_PLOT_WIDTH = 600  # 25 px an hour
_PLOT_TOP = 56
_ROW_HEIGHT = 34
_BAR_HEIGHT = 20
_AXIS_BAND = 36  # under the plot, for the hour labels
_MARKER_HALF_WIDTH = 7
_MARKER_HALF_HEIGHT = 6
_LABEL_SIZE = 16
_TITLE_SIZE = 21

_Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


class _Fonts(NamedTuple):
    label: _Font
    title: _Font


def _load_font(size: int) -> _Font:
    try:
        return ImageFont.load_default(size=size)
    except ImportError:
        # Pillow built without FreeType: its small bitmap font still labels the chart.
        return ImageFont.load_default()


def _load_fonts() -> _Fonts:
    return _Fonts(label=_load_font(_LABEL_SIZE), title=_load_font(_TITLE_SIZE))


# Loaded once and shared: Pillow keeps the GIL while it renders text, so threads drawing
# charts at the same time cannot interleave inside FreeType.
_FONTS = _load_fonts()


def _axis_minutes(value: dt.time) -> int:
    return (value.hour * 60 + value.minute - _AXIS_START) % _AXIS_MINUTES


def _x_at(axis_minutes: float) -> int:
    """The pixel column of a point `axis_minutes` after the 6 pm start of the axis."""
    return _PLOT_LEFT + round(axis_minutes * _PLOT_WIDTH / _AXIS_MINUTES)


def _row_middle(row: int) -> int:
    """The pixel line through the middle of row `row` (0 is the first day)."""
    return _PLOT_TOP + row * _ROW_HEIGHT + _ROW_HEIGHT // 2


def _chart_height(rows: int) -> int:
    return _PLOT_TOP + rows * _ROW_HEIGHT + _AXIS_BAND


def sleep_chart(entries: Sequence[DiaryEntry], *, days: Sequence[dt.date]) -> bytes:
    """A PNG with one row per day in `days`; a night without both ends drawn is left blank."""
    return _render(entries, days, _FONTS)


def _render(entries: Sequence[DiaryEntry], days: Sequence[dt.date], fonts: _Fonts) -> bytes:
    image = Image.new("RGB", (_WIDTH, _chart_height(len(days))), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    plot_bottom = _PLOT_TOP + len(days) * _ROW_HEIGHT
    _draw_grid(draw, plot_bottom, fonts.label)
    by_date = {e.diary_date: e for e in entries}
    for row, day in enumerate(days):
        label = day.strftime("%a %d")
        _draw_text(draw, (_PLOT_LEFT - 10, _row_middle(row)), label, fonts.label, "r")
        entry = by_date.get(day)
        if entry is not None:
            _draw_night(draw, row, entry)
    draw.rectangle((_PLOT_LEFT, _PLOT_TOP, _PLOT_LEFT + _PLOT_WIDTH, plot_bottom), outline=_FRAME)
    _draw_heading(draw, fonts)
    out = io.BytesIO()
    # The fastest zlib level halves the encoding time for a few KB more on a ~15 KB photo.
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _draw_grid(draw: ImageDraw.ImageDraw, plot_bottom: int, font: _Font) -> None:
    for hours in range(0, 25, _TICK_HOURS):
        x = _x_at(hours * 60)
        draw.line((x, _PLOT_TOP, x, plot_bottom), fill=_GRID)
        draw.line((x, plot_bottom, x, plot_bottom + 4), fill=_FRAME)
        label = _hour_label((_AXIS_START // 60 + hours) % 24)
        _draw_text(draw, (x, plot_bottom + 8), label, font, "t")


def _draw_night(draw: ImageDraw.ImageDraw, row: int, entry: DiaryEntry) -> None:
    start = entry.sleep_onset or entry.lights_out or entry.bedtime
    end = entry.final_wake
    if start is None or end is None:
        return
    left = _axis_minutes(start)
    width = clock_minutes(start, end)
    # A night running past the 6 pm end of the axis is cut there, not wrapped to the start.
    right = min(left + width, _AXIS_MINUTES)
    middle = _row_middle(row)
    top = middle - _BAR_HEIGHT // 2
    draw.rectangle((_x_at(left), top, _x_at(right), top + _BAR_HEIGHT - 1), fill=_BAR_COLOUR)
    count = entry.awakenings or 0
    spots = (left + width * (i + 1) / (count + 1) for i in range(count))
    for spot in spots:
        if spot <= right:
            _draw_marker(draw, _x_at(spot), middle)


def _draw_marker(draw: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """A downward triangle centred on (x, y); a polygon, so no font needs a ▼ glyph."""
    draw.polygon(
        [
            (x - _MARKER_HALF_WIDTH, y - _MARKER_HALF_HEIGHT),
            (x + _MARKER_HALF_WIDTH, y - _MARKER_HALF_HEIGHT),
            (x, y + _MARKER_HALF_HEIGHT),
        ],
        fill=_MARKER_COLOUR,
    )


def _draw_heading(draw: ImageDraw.ImageDraw, fonts: _Fonts) -> None:
    middle = _PLOT_TOP // 2
    _draw_text(draw, (_PLOT_LEFT, middle), texts.CHART_TITLE, fonts.title, "l")
    legend = texts.CHART_WOKE_UP
    text_left = _PLOT_LEFT + _PLOT_WIDTH - _text_width(draw, legend, fonts.label)
    _draw_marker(draw, text_left - _MARKER_HALF_WIDTH - 6, middle)
    _draw_text(draw, (text_left, middle), legend, fonts.label, "l")


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: _Font) -> int:
    left, _, right, _ = draw.textbbox((0, 0), text, font=font)
    return int(right - left)


def _draw_text(
    draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, font: _Font, anchor: str
) -> None:
    """Draw `text` with its ink box left of ("r"), right of ("l") or under ("t") `at`,
    centred on it the other way. Measured by hand because Pillow's bitmap fallback font
    takes no anchors."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x, y = at
    if anchor == "r":
        x -= right
    elif anchor == "t":
        x -= (left + right) // 2
    else:
        x -= left
    y = y - top if anchor == "t" else y - (top + bottom) // 2
    draw.text((x, y), text, fill=_TEXT, font=font)


def _hour_label(hour: int) -> str:
    if hour == 0:
        return "12am"
    if hour == 12:
        return "12pm"
    return f"{hour % 12}{'am' if hour < 12 else 'pm'}"

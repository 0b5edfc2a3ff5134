"""The weekly sleep chart, read back pixel by pixel through the real drawing code."""

from __future__ import annotations

import datetime as dt
import io
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image, ImageColor, ImageFont
from PIL._util import DeferredError

from bot import charts
from bot.charts import _axis_minutes, _row_middle, _x_at
from bot.entry import DiaryEntry

MONDAY = dt.date(2025, 6, 16)
WEEK = [MONDAY + dt.timedelta(days=n) for n in range(7)]
BAR = ImageColor.getrgb(charts._BAR_COLOUR)
MARKER = ImageColor.getrgb(charts._MARKER_COLOUR)


def night(day: dt.date, **fields: object) -> DiaryEntry:
    return DiaryEntry(diary_date=day, **fields)  # type: ignore[arg-type]


def draw(entries: list[DiaryEntry], days: list[dt.date] = WEEK) -> Image.Image:
    png = charts.sleep_chart(entries, days=days)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGB")


def x_of(clock: dt.time) -> int:
    return _x_at(_axis_minutes(clock))


def row_colours(image: Image.Image, row: int) -> set[tuple[int, int, int]]:
    """Every colour inside the plot on row `row`, left edge to right edge."""
    y = _row_middle(row)
    box = (charts._PLOT_LEFT + 1, y - charts._ROW_HEIGHT // 2 + 1)
    box += (charts._PLOT_LEFT + charts._PLOT_WIDTH, y + charts._ROW_HEIGHT // 2)
    return {colour for _, colour in image.crop(box).getcolors(maxcolors=100_000)}


def test_the_bytes_are_a_png_of_phone_width() -> None:
    png = charts.sleep_chart([], days=WEEK)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert Image.open(io.BytesIO(png)).width == charts._WIDTH


@pytest.mark.parametrize("count", [0, 1, 7, 14, 31])
def test_the_height_grows_with_the_number_of_days(count: int) -> None:
    days = [MONDAY + dt.timedelta(days=n) for n in range(count)]
    image = draw([], days)
    assert image.height == charts._chart_height(count)
    assert charts._chart_height(count + 1) > charts._chart_height(count)


def hours_after_6pm(hours: float) -> int:
    """Placed by the plot's own edges alone, so a shifted axis cannot hide from the tests."""
    return charts._PLOT_LEFT + round(charts._PLOT_WIDTH * hours / 24)


@pytest.mark.parametrize(
    ("clock", "hours"), [(dt.time(18), 0), (dt.time(23), 5), (dt.time(2), 8), (dt.time(16), 22)]
)
def test_the_axis_runs_from_6pm_to_6pm(clock: dt.time, hours: int) -> None:
    assert x_of(clock) == hours_after_6pm(hours)


def test_a_night_is_one_bar_from_falling_asleep_to_the_final_wake() -> None:
    image = draw([night(WEEK[0], sleep_onset=dt.time(23), final_wake=dt.time(6, 45))])
    y = _row_middle(0)
    assert image.getpixel((hours_after_6pm(8), y)) == BAR  # 2 am: not broken at midnight
    assert image.getpixel((hours_after_6pm(22), y)) != BAR  # 4 pm
    assert image.getpixel((x_of(dt.time(23)) + 1, y)) == BAR
    assert image.getpixel((x_of(dt.time(6, 45)) - 1, y)) == BAR
    for outside in (dt.time(16), dt.time(22, 50), dt.time(7)):
        assert image.getpixel((x_of(outside), y)) != BAR
    assert all(BAR not in row_colours(image, row) for row in range(1, 7))


@pytest.mark.parametrize(
    ("fields", "starts_at"),
    [
        ({"bedtime": dt.time(22), "lights_out": dt.time(23), "sleep_onset": dt.time(0)}, 0),
        ({"bedtime": dt.time(22), "lights_out": dt.time(23)}, 23),
        ({"bedtime": dt.time(22)}, 22),
    ],
    ids=["sleep onset", "lights out", "bedtime"],
)
def test_the_bar_starts_at_the_first_of_onset_lights_out_bedtime(
    fields: dict[str, dt.time], starts_at: int
) -> None:
    image = draw([night(WEEK[2], final_wake=dt.time(7), **fields)])
    y = _row_middle(2)
    start = x_of(dt.time(starts_at))
    assert image.getpixel((start + 1, y)) == BAR
    assert image.getpixel((start - 3, y)) != BAR


@pytest.mark.parametrize(
    "entries",
    [
        [],
        [night(WEEK[3])],
        [night(WEEK[3], bedtime=dt.time(23))],
        [night(WEEK[3], sleep_onset=dt.time(23), awakenings=2)],
        [night(WEEK[3], final_wake=dt.time(7), awakenings=2)],
    ],
    ids=["nothing logged", "empty night", "only a bedtime", "no final wake", "no start"],
)
def test_a_night_without_both_ends_is_left_blank(entries: list[DiaryEntry]) -> None:
    image = draw(entries)
    assert BAR not in row_colours(image, 3)
    assert MARKER not in row_colours(image, 3)


@pytest.mark.parametrize("awakenings", [1, 2, 4])
def test_awakenings_are_markers_spread_evenly_along_the_bar(awakenings: int) -> None:
    start, end = dt.time(22), dt.time(6)  # 8 hours
    image = draw([night(WEEK[1], bedtime=start, final_wake=end, awakenings=awakenings)])
    y = _row_middle(1)
    left, width = _axis_minutes(start), 8 * 60
    for i in range(awakenings):
        spot = left + width * (i + 1) / (awakenings + 1)
        assert image.getpixel((_x_at(spot), y)) == MARKER
    between = left + width / (awakenings + 1) / 2  # halfway from the start to the first marker
    assert image.getpixel((_x_at(between), y)) == BAR


@pytest.mark.parametrize("awakenings", [None, 0])
def test_a_night_without_awakenings_has_no_markers(awakenings: int | None) -> None:
    entry = night(WEEK[1], bedtime=dt.time(22), final_wake=dt.time(6), awakenings=awakenings)
    assert MARKER not in row_colours(draw([entry]), 1)


def test_a_night_past_the_end_of_the_axis_is_cut_there() -> None:
    entry = night(WEEK[0], sleep_onset=dt.time(17), final_wake=dt.time(11), awakenings=1)
    image = draw([entry])
    y = _row_middle(0)
    assert image.getpixel((x_of(dt.time(17, 30)), y)) == BAR
    assert image.getpixel((charts._PLOT_LEFT + 2, y)) != BAR  # not wrapped to 6 pm
    assert MARKER not in row_colours(image, 0)  # its awakening falls beyond the axis


def test_the_legend_shows_the_marker() -> None:
    image = draw([])
    legend = image.crop((0, 0, charts._WIDTH, charts._PLOT_TOP))
    assert MARKER in {colour for _, colour in legend.getcolors(maxcolors=100_000)}


def test_entries_outside_the_days_are_ignored() -> None:
    outside = [
        night(WEEK[0] - dt.timedelta(days=1), bedtime=dt.time(23), final_wake=dt.time(7)),
        night(WEEK[-1] + dt.timedelta(days=1), bedtime=dt.time(23), final_wake=dt.time(7)),
        night(None, bedtime=dt.time(23), final_wake=dt.time(7), awakenings=1),
    ]
    image = draw(outside)
    assert all(BAR not in row_colours(image, row) for row in range(7))
    assert charts.sleep_chart(outside, days=WEEK) == charts.sleep_chart([], days=WEEK)


def test_rows_follow_the_order_of_the_days() -> None:
    days = list(reversed(WEEK))
    image = draw([night(WEEK[0], bedtime=dt.time(23), final_wake=dt.time(7))], days)
    assert BAR in row_colours(image, 6)
    assert all(BAR not in row_colours(image, row) for row in range(6))


def test_charts_drawn_at_once_on_threads_match_one_drawn_alone() -> None:
    entries = [
        night(day, bedtime=dt.time(22, n * 7), final_wake=dt.time(6, n), awakenings=n % 3)
        for n, day in enumerate(WEEK)
    ]
    alone = charts.sleep_chart(entries, days=WEEK)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: charts.sleep_chart(entries, days=WEEK), range(32)))
    assert all(result == alone for result in results)


def test_without_freetype_the_bitmap_font_still_labels_the_chart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ImageFont, "core", DeferredError.new(ImportError("no FreeType")))
    fonts = charts._load_fonts()
    assert not isinstance(fonts.label, ImageFont.FreeTypeFont)
    entry = night(WEEK[0], bedtime=dt.time(23), final_wake=dt.time(7), awakenings=1)
    image = Image.open(io.BytesIO(charts._render([entry], WEEK, fonts))).convert("RGB")
    assert image.getpixel((x_of(dt.time(2)), _row_middle(0))) == BAR

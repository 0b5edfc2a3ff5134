"""A shared location's time zone: right at borders, looked up outside the bot's own process."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot import timezones

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("latitude", "longitude", "expected"),
    [
        (42.65, -73.75, "America/New_York"),  # Albany
        (33.45, -112.07, "America/Phoenix"),  # no daylight saving time
        (36.13, -111.24, "America/Denver"),  # Tuba City: Navajo Nation, inside Arizona
        (41.59, -87.35, "America/Chicago"),  # Gary, Indiana: on Chicago time
        (51.5, -0.13, "Europe/London"),
        (1.87, -157.4, "Pacific/Kiritimati"),  # UTC+14, across the date line from Hawaii
        (0.0, -140.0, "Etc/GMT+9"),  # mid-Pacific: the nautical zone, as before
    ],
)
async def test_a_location_gets_the_zone_it_is_in(
    latitude: float, longitude: float, expected: str
) -> None:
    assert await timezones.timezone_at(latitude, longitude) == expected


async def test_indiana_gets_one_of_its_own_zones() -> None:
    zone = await timezones.timezone_at(38.68, -87.53)  # Vincennes
    assert zone is not None and zone.startswith("America/Indiana/")


@pytest.mark.parametrize(("latitude", "longitude"), [(91.0, 0.0), (0.0, 181.0), (float("nan"), 0)])
async def test_an_impossible_location_has_no_zone(latitude: float, longitude: float) -> None:
    assert await timezones.timezone_at(latitude, longitude) is None


async def test_a_lookup_that_takes_too_long_gives_no_zone_soon() -> None:
    started = time.monotonic()
    assert await timezones.timezone_at(51.5, -0.13, timeout=0.001) is None
    assert time.monotonic() - started < 5


def test_a_zone_this_machine_cannot_load_is_not_offered() -> None:
    # Scheduling in it would fail later, so the patient is asked to type their city instead.
    assert timezones._known_zone("America/Atlantis") is None
    assert timezones._known_zone("") is None
    assert timezones._known_zone("America/Phoenix") == "America/Phoenix"


def test_a_bad_request_makes_the_lookup_fail() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.timezone_lookup", "north", "west"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode != 0


_BOT = """
import asyncio, json, sys
from bot import timezones

zone = asyncio.run(timezones.timezone_at(42.65, -73.75))
print(json.dumps({"zone": zone, "tzfpy": "tzfpy" in sys.modules}))
"""


def test_the_bot_process_never_loads_the_map() -> None:
    """In a fresh interpreter (this one may have imported tzfpy through another test)."""
    result = subprocess.run(
        [sys.executable, "-c", _BOT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == {"zone": "America/New_York", "tzfpy": False}

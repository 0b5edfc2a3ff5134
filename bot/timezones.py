"""Turning what a patient types ("Chicago", "pacific", "Europe/London") into an IANA zone."""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

log = logging.getLogger(__name__)

LOOKUP_TIMEOUT_SECONDS = 10.0
# The child runs `-m bot.timezone_lookup`: from the folder that holds the bot package, it finds
# this same code whatever the bot's own working directory.
_PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Common ways people name their zone. IANA names work as well (any case, spaces for _).
_NAMES: dict[str, str] = {
    # United States, by zone name
    "eastern": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "central": "America/Chicago",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mountain": "America/Denver",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "arizona": "America/Phoenix",
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    # United States and Canada, by city
    "albany": "America/New_York",
    "new york": "America/New_York",
    "nyc": "America/New_York",
    "new york city": "America/New_York",
    "boston": "America/New_York",
    "buffalo": "America/New_York",
    "rochester": "America/New_York",
    "syracuse": "America/New_York",
    "philadelphia": "America/New_York",
    "washington": "America/New_York",
    "washington dc": "America/New_York",
    "dc": "America/New_York",
    "baltimore": "America/New_York",
    "pittsburgh": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "orlando": "America/New_York",
    "tampa": "America/New_York",
    "charlotte": "America/New_York",
    "raleigh": "America/New_York",
    "detroit": "America/Detroit",
    "cleveland": "America/New_York",
    "columbus": "America/New_York",
    "indianapolis": "America/Indiana/Indianapolis",
    "hartford": "America/New_York",
    "burlington": "America/New_York",
    "toronto": "America/Toronto",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "chicago": "America/Chicago",
    "houston": "America/Chicago",
    "dallas": "America/Chicago",
    "austin": "America/Chicago",
    "san antonio": "America/Chicago",
    "minneapolis": "America/Chicago",
    "st louis": "America/Chicago",
    "saint louis": "America/Chicago",
    "kansas city": "America/Chicago",
    "nashville": "America/Chicago",
    "new orleans": "America/Chicago",
    "milwaukee": "America/Chicago",
    "winnipeg": "America/Winnipeg",
    "denver": "America/Denver",
    "salt lake city": "America/Denver",
    "albuquerque": "America/Denver",
    "boise": "America/Boise",
    "calgary": "America/Edmonton",
    "edmonton": "America/Edmonton",
    "phoenix": "America/Phoenix",
    "tucson": "America/Phoenix",
    "los angeles": "America/Los_Angeles",
    "la": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "sf": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "san jose": "America/Los_Angeles",
    "sacramento": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles",
    "vancouver": "America/Vancouver",
    "anchorage": "America/Anchorage",
    "honolulu": "Pacific/Honolulu",
    "san juan": "America/Puerto_Rico",
    "puerto rico": "America/Puerto_Rico",
    # Elsewhere
    "london": "Europe/London",
    "uk": "Europe/London",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "rome": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam",
    "lisbon": "Europe/Lisbon",
    "athens": "Europe/Athens",
    "istanbul": "Europe/Istanbul",
    "moscow": "Europe/Moscow",
    "tel aviv": "Asia/Jerusalem",
    "jerusalem": "Asia/Jerusalem",
    "dubai": "Asia/Dubai",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong",
    "beijing": "Asia/Shanghai",
    "shanghai": "Asia/Shanghai",
    "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "manila": "Asia/Manila",
    "sydney": "Australia/Sydney",
    "melbourne": "Australia/Melbourne",
    "brisbane": "Australia/Brisbane",
    "perth": "Australia/Perth",
    "auckland": "Pacific/Auckland",
    "mexico city": "America/Mexico_City",
    "bogota": "America/Bogota",
    "lima": "America/Lima",
    "sao paulo": "America/Sao_Paulo",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "johannesburg": "Africa/Johannesburg",
    "cairo": "Africa/Cairo",
    "lagos": "Africa/Lagos",
    "nairobi": "Africa/Nairobi",
}


@cache
def _iana_by_folded_name() -> dict[str, str]:
    names = {}
    for name in available_timezones():
        names[_fold(name)] = name
        # "Chicago" alone finds America/Chicago: the last part of a zone name is a city.
        names.setdefault(_fold(name.rsplit("/", 1)[-1]), name)
    return names


def _fold(text: str) -> str:
    return re.sub(r"[\s_.\-']+", " ", text.strip().lower()).strip()


def find_timezone(text: str) -> str | None:
    """The IANA zone a patient means, or None when we cannot tell."""
    folded = _fold(text).removesuffix(" time").removesuffix(" timezone").strip()
    if not folded:
        return None
    name = _NAMES.get(folded) or _iana_by_folded_name().get(folded)
    if name is None:
        return None
    ZoneInfo(name)  # every entry above is a real zone; fail loudly in tests if not
    return name


async def timezone_at(
    latitude: float, longitude: float, *, timeout: float = LOOKUP_TIMEOUT_SECONDS
) -> str | None:
    """The IANA zone of a shared location (offline; the location itself is not kept), or None
    when no zone covers it or the lookup fails.

    Looked up in a child process that exits straight after: the map it loads would otherwise
    stay resident in the bot for good, for a lookup a patient makes once or twice."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot.timezone_lookup",
            repr(latitude),
            repr(longitude),
            cwd=_PROJECT_ROOT,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
    except OSError as error:  # no memory or processes left to start it: the patient can type
        log.warning("timezone_lookup.failed", extra={"error": type(error).__name__})
        return None
    try:
        stdout, stderr = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError:
        log.warning("timezone_lookup.timed_out", extra={"seconds": timeout})
        return None
    finally:
        if process.returncode is None:  # timed out, or the bot is shutting down
            process.kill()
            await process.wait()
    if process.returncode != 0:
        # Only the exception's name: its message could quote the coordinates.
        last = (stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
        log.warning(
            "timezone_lookup.failed",
            extra={"returncode": process.returncode, "error": last.partition(":")[0]},
        )
        return None
    return _known_zone(stdout.decode().strip())


def _known_zone(name: str) -> str | None:
    """The name, if this machine's zone database has it: the boundary data may name a zone
    newer than our tzdata, and scheduling in a zone we cannot load would fail later."""
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("timezone_lookup.unknown_zone", extra={"timezone": name})
        return None
    return name

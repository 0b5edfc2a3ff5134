"""`python -m bot.timezone_lookup LATITUDE LONGITUDE` prints the IANA zone there.

The bot runs this as a short-lived child process (bot.timezones.timezone_at) instead of
calling tzfpy itself: tzfpy's map of the world's zones, built on first use, keeps about 33 MB
resident until the process ends, and the bot needs it only when a patient shares a location.
Prints an empty line where no zone covers the point.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    latitude, longitude = (float(value) for value in argv)
    # Imported here, not at the top: only this child process may ever load it.
    from tzfpy import get_tz

    print(get_tz(longitude, latitude))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

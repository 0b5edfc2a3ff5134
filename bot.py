"""Entry point: `python bot.py ARGS` is the same command line as `sleepdiary ARGS`."""

from sleepdiary.cli import main

if __name__ == "__main__":
    raise SystemExit(main())

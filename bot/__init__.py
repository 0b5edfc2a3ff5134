"""The sleep diary's domain: plain functions and dataclasses, no Telegram, no database."""

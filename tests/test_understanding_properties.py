"""Properties: whatever a patient (or a cat on the keyboard) sends, understand() answers."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.entry import DIARY_FIELDS, SIDE_EFFECT_NAMES
from bot.understanding import understand

WHEN = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 12, 31))
EXPECTING = st.sampled_from(
    [None, "awakenings", "bedtime", "final_wake", "sleep_onset", "quality", "side_effects",
     "out_of_bed", "nap_min", "lights_out", "not-a-field"]
)  # fmt: skip
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid(text: str, when: dt.datetime, expecting: str | None = None) -> None:
    result = understand(text, when, "Europe/Berlin", expecting=expecting)
    assert result.intent in ("diary", "question", "other")
    assert result.safety.level in ("none", "urgent", "crisis")
    out = result.to_json()
    if result.intent == "diary":
        assert result.entry is not None
        entry = out["entry"]
        assert set(entry) == set(DIARY_FIELDS)
        assert entry["diary_date"] is not None
        for name in ("bedtime", "lights_out", "sleep_onset", "final_wake", "out_of_bed"):
            if entry[name] is not None:
                dt.time.fromisoformat(entry[name])
        for name in ("sol_min", "waso_min", "nap_min", "awakenings"):
            assert entry[name] is None or (isinstance(entry[name], int) and entry[name] >= 0)
        assert entry["quality"] in (None, 1, 2, 3, 4, 5)
        for se in entry["side_effects"] or []:
            assert se["name"] in SIDE_EFFECT_NAMES
            assert se["severity"] in (None, "mild", "moderate", "severe")
        assert all(isinstance(v, str) for v in out["evidence"].values())
    else:
        assert result.entry is None and result.missing == []
    if result.intent == "question":
        assert result.faq is not None


@SETTINGS
@given(st.text(max_size=300), WHEN, EXPECTING)
def test_any_unicode(text: str, when: dt.datetime, expecting: str | None) -> None:
    _valid(text, when, expecting)


@settings(max_examples=10, deadline=None)
@given(st.text(min_size=1, max_size=300).map(lambda t: (t * (10_000 // len(t) + 1))[:10_000]), WHEN)
def test_very_long_texts(text: str, when: dt.datetime) -> None:
    _valid(text, when)


LETTERS = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz0123456789 :.,/-~@'?!x"))
WORDS = st.sampled_from(
    [
        "bed",
        "woke",
        "up",
        "at",
        "to",
        "till",
        "twice",
        "once",
        "half",
        "past",
        "quarter",
        "11",
        "6:30",
        "12",
        "am",
        "pm",
        "slept",
        "nap",
        "min",
        "hour",
        "asleep",
        "no",
        "not",
        "actually",
        "from",
        "-",
        "and",
        "again",
        "back",
        "sleep",
        "couldn't",
        "dizzy",
        "7/10",
        "night",
        "before",
        "last",
        "saturday",
        "for",
        "monday",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(WORDS, st.text(LETTERS, max_size=6)), max_size=40), WHEN, EXPECTING)
def test_diary_like_word_soup(words: list[str], when: dt.datetime, expecting: str | None) -> None:
    _valid(" ".join(words), when, expecting)


EMOJI = st.text(st.sampled_from(list("😴😂👍🙏❤️💤🌙✨🤢🤕😵‍💫 ")), min_size=1, max_size=40)
DIGITS = st.text(st.sampled_from(list("0123456789 ")), min_size=1, max_size=40)
CONTROL = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"]), min_size=1, max_size=40)
RTL = st.text(st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), min_size=1, max_size=60)


@SETTINGS
@given(st.one_of(EMOJI, DIGITS, CONTROL, RTL), WHEN)
def test_no_night_from_text_that_describes_none(text: str, when: dt.datetime) -> None:
    result = understand(text, when, "Asia/Jerusalem")
    assert result.intent != "diary", text
    assert result.entry is None


@SETTINGS
@given(DIGITS, WHEN)
def test_a_bare_number_only_counts_when_asked(text: str, when: dt.datetime) -> None:
    assert understand(text, when, "UTC").intent != "diary"
    _valid(text, when, "awakenings")

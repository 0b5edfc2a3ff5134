"""Diary clock times, counts and durations: each value read in the role its words give it.

A clock time takes the role of the nearest cue before it in its sentence ("bed at 11",
"woke at 1 and again at 4"), or of a cue right after it at the start of a clause
("11p to bed"). Counts attach to waking words ("woke 3x", "up twice"), durations to
falling asleep ("took 20 min to fall asleep"), naps or time awake.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TypeVar

from bot.safety.vocabulary import passed_out_asleep
from bot.understanding import cues as C
from bot.understanding.intent import Reading
from bot.understanding.numbers import HOUR_WORD, NUMBER_WORD, value, word_value
from bot.understanding.other_times import belongs_elsewhere
from bot.understanding.prefilter import Gate
from bot.understanding.text import Text
from bot.understanding.times import (
    COUNT_WORDS,
    Clock,
    Count,
    Duration,
    Mentions,
    in_the_night,
    to_24h,
    with_hour,
)

_F = re.ASCII

_CLOCK_LIMIT = 6  # words between a cue and its time
_WEAK_LIMIT = 2  # ... when the time is a bare number or number word
_PREP_BEFORE = re.compile(
    r"(?:\b(?:at|by|around|round|about|abt|till|until|til|from|to|after|before|since|approx"
    r"|approximately|roughly|like|maybe|nearly|almost|gone|past|and|or|again|was|it's|its)|[@~-])"
    r"\s*$",
    _F,
)
_FILLER_ONLY = re.compile(
    r"^[\s,;:~@.-]*(?:(?:and|then|about|around|abt|at|by|like|maybe|approx|approximately"
    r"|roughly|~|@|i|went|was|got|finally|only|probably|prob|ish|oh|so|ok|okay|fine|um|also"
    r"|gave\s+up(?:\s+(?:on\s+(?:sleep|sleeping|the\s+night)|trying))?)"
    r"[\s,;:~@.-]*)*$",
    _F,
)
_AGAIN_BEFORE = re.compile(
    r"\bagain\s+(?:at|around|about|abt|by|round|~|@)?\s*(?:(?:about|around|like|maybe)\s+)?$", _F
)
# ("at 5:30 I gave up and got out of bed": giving up on sleep is the getting up)
_AFTER_CUE_GAP = re.compile(
    r"^[\s,]*(?:(?:i|then|went|got|and|just|gave\s+up(?:\s+(?:on\s+sleep|trying))?"
    r"|(?<=i\s)was\s+[a-z]+ing)\s+)*$",
    _F,
)
# An evening spent doing something "until" a time, "then" to bed or lights out.
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til|'til)\s+(?:about\s+|around\s+|like\s+)?$", _F)
_UNTIL_MY_BEFORE = re.compile(r"\b(?:until|till|til|'til)\s+(?:my|the)\s+$", _F)
_ITS_ALARM_AFTER = re.compile(r"\s*(?:am|pm|a\.m\.|p\.m\.)?\s*alarm\b", _F)
_THEN_GAP = re.compile(r"^[\s,]*(?:[a-z']+\s+){0,2}?(?:and\s+)?then\s+(?:i\s+)?$", _F)
# "read until 10:30 and turned off the lamp": "and" alone joins the lights to the time
# ("worked until 6 and went to bed early" does not join bed to it)
_AND_LIGHTS_GAP = re.compile(
    # ("read until 10:45 before I put the light out": the reading ended at the light)
    r"^[\s,]*(?:[a-z']+\s+){0,2}?(?:and|before|when)\s+(?:i\s+)?(?:finally\s+)?$",
    _F,
)
_LAY_THERE = re.compile(r"(?:lay|laid|lying|lie|stayed)\s+(?:there|awake|in\s+bed)\b", _F)
_BEFORE_ASLEEP_GAP = re.compile(
    r"^[\s,]*(?:or\s+so\s+)?(?:and\s+)?(?:then|before|when|til|till|until)\s+(?:i\s+)?"
    r"(?:finally\s+|eventually\s+|actually\s+)?$",
    _F,
)
_AT_OR_UNTIL_BEFORE = re.compile(r"\b(?:at|by|around|about|abt|till|until|til)\s*$|[@~]\s*$", _F)
_FINAL_LABEL = re.compile(r"final\s+(?:wake(?:[- ]?up)?|awakening)\b", _F)
_NEXT_OPENS = re.compile(r"[\s.;!,]*(?:(?:and|then|but|so|i|finally)\s+)*", _F)
_THEN_ASLEEP_AFTER = re.compile(
    r"[\s,;-]*(?:and\s+)?then\s+(?:i\s+)?(?:was\s+)?(?:out(?:\s+cold|\s+like\s+a\s+light)?|asleep"
    r"|crashed|conked\s+out|dropped\s+off|drifted\s+off|fell\s+asleep|dozed\s+off)\b"
    r"(?!\s+again)",
    _F,
)
_BRACKET_CLOSES = re.compile(r"\s*(?:or\s+so\s*)?\)", _F)
_RANGE_THEN_BRACKET = re.compile(
    r"[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm)?\s*(?:-|to|until|till|til)\s*[0-9]{1,2}(?::[0-9]{2})?"
    r"\s*(?:am|pm)?\s*\(\s*(?:approx\w*\s*|about\s+|around\s+|~\s*|so\s+)?$",
    _F,
)
_RANGE_GOES_ON = re.compile(r"\s*(?:until|till|til|to|-)\b|\s*-", _F)
_FROM_BEFORE = re.compile(r"\b(?:from|of|out\s+of)\s+$", _F)
_A_DREAM = re.compile(r"\b(?:nightmares?|dreams?|night\s+terrors?)\b", _F)
_ANOTHER_TIME_AFTER = re.compile(r"\s+(?:at|around|about|@)\s*~?\s*[0-9]", _F)
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*", _F)
_THEN_CLOSES = re.compile(r"\s+(?:at\s+that\s+point|then|at\s+that\s+time)\s*[)\]]", _F)
_AFTER_CUE_EXPLICIT = re.compile(r"^[\s,]*(?:when|and\s+then|then)\s+i\s+$", _F)
# Between two lengths in a list, only the first one's hour and a joining word: "25 min at
# 1pm and 20 min at 4pm" (not "a 20 min nap, slept 7 hrs": a word of its own between).
_NEXT_IN_A_LIST = re.compile(
    r"(?:\s*(?:at|@|around|about|~)\s*(?:noon|midday|[0-9]{1,2}(?::[0-9]{2})?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.)?))?"
    r"\s*(?:,|;|&|\+|\band\b)\s*(?:then\s+)?",
    _F,
)
# "it's 4:30 now", "now 5:30 and wide awake": the time they write, not a time of the night
# "sol 45min -> 15min": a figure then and now; the later one counts
_CHANGED_TO = re.compile(r"\s*(?:->|-->|=>|→|➡️?)\s*", _F)
# "napped 40 min, no, 35 per watch": a bare figure corrects the one before, in its unit
_BARE_FIX = re.compile(
    r"(?:\s+(?:yesterday|today|last\s+night|this\s+(?:afternoon|morning)|earlier))?"
    r"[\s,;]*(?:no|nope|sorry|wait|actually|i\s+mean|correction|make\s+that|or\s+rather)\b"
    r"[\s,.!-]*(?:(?:no\s+)?wait|actually|more\s+like|like|it\s+was|prob(?:ably)?|maybe|closer\s+to)?"
    r"[\s,]*(?P<n>[0-9]{1,3})\b(?![:./]?[0-9]|\s*(?:am|pm|a\.m|p\.m|h|hrs?|hours?|mins?|minutes"
    r"|m|x|times|%|/)\b)(?=\s*(?:[,.;!?)]|$|per\b|by\b|on\b|according\b|i\s+think|tops\b"
    r"|or\s+so\b|if\s+that\b|really\b))",
    _F,
)
_IN_MINUTES = re.compile(r"[0-9]\s*(?:m|mins?|minutes?)\b", _F)
# "within an hour of leaving", "within 20 min of the infusion ending": a length measured from
# the day's event, not from bed
_OF_AN_EVENT_AFTER = re.compile(
    r"\s+of\s+(?:leaving|getting\s+(?:home|back|in)|coming\s+home|arriving|walking\s+out"
    r"|the\s+(?:infusion|session|treatment|appointment|visit)|my\s+(?:infusion|session|treatment"
    r"|appointment|visit|dose))\b",
    _F,
)
_ONCE_THEN_RANGE = re.compile(
    r"(?:\s+up)?\s*(?:1\s*x|x\s*1|once|one\s+time|1\s+time)?[\s,:(-]*(?:at\s+|from\s+)?~?\s*",
    _F,
)
# "threw up once": the stomach's count, not a waking's
_THREW_UP_BEFORE = re.compile(
    r"\b(?:(?:threw|through|thru|thrown|throw|throwing)\s+up|vomited|puked|been\s+sick)\s+$", _F
)
# "after a 1 hour nap, slept 9 hrs last night": the night's sleep, not the nap's
_THE_NIGHT_AFTER = re.compile(r"\s*(?:of\s+sleep\s+)?(?:last\s+night|overnight|that\s+night)\b", _F)
# "out like a light til 4:30", "dead asleep til 2pm": asleep until a waking
_OUT_UNTIL = re.compile(
    r"(?:(?:went|was|were)\s+)?out\s+like\s+a\s+(?:light|lamp)|dead\s+to\s+the\s+world|out\s+cold"
    r"|(?:dead|fast|sound)\s+asleep|asleep(?:(?<=dead\sasleep)|(?<=fast\sasleep)|(?<=sound\sasleep))"
    r"|(?:sparked|spark|conked|zonked|passed|crashed)\s+out",
    _F,
)
_AFTER_CUE_BY_THEN = re.compile(
    r"^[\s,]*(?:or\s+so\s+|at\s+least\s+)?(?:before|by\s+the\s+time)\s+i\s+"
    r"(?:finally\s+|eventually\s+|actually\s+|even\s+)?$",
    _F,
)
_NO_NAP = re.compile(
    r"\b(?:no\s+naps?|didn'?t\s+nap|did\s+not\s+nap|didn'?t\s+(?:have|take)\s+a\s+nap"
    r"|no\s+napping|never\s+napped|zero\s+naps?)\b",
    _F,
)
_RANGE_JOIN = re.compile(
    # ("from 2 until about 3:30", "from two until a quarter past three")
    r"^\s*(?:-+|to|till|until|til|and|through|thru)"
    r"(?:\s+(?:about|around|roughly|approx\.?|like|maybe))?(?:\s+a(?=\s*$))?\s*~?\s*$",
    _F,
)
_AGAIN_FOR_BEFORE = re.compile(
    r"\b(?:and\s+)?(?:then\s+)?again\s+(?:later\s+)?"
    # ("and again around 3 for 40 min": the nap's time, then its length)
    r"(?:(?:at|around|about|~)\s*[0-9][0-9:.]*\s*(?:am|pm)?\s+)?"
    r"for\s+(?:about\s+|around\s+|like\s+|~\s*)?$",
    _F,
)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s*(?:(?:about|around|approx\.?)\s+|~\s*)?$", _F)
_APPROX_JOIN = re.compile(r"^\s*(?:-+|or|to|/)\s*$", _F)

_SOL_AFTER = re.compile(
    # "a 45-minute latency", as clinicians say it
    r"^\s*(?:sleep\s+(?:onset\s+)?)?latency\b(?!\s+to\s+(?:deep|rem|stage|light|n[1-3]))|"
    # ("awake 45 min then back to sleep": the way back, not the first falling asleep)
    r"^\s*(?:(?!back\b)\w+\s+){0,2}?(?:to|before|till|until|til)\s+(?:i\s+|we\s+)?(?:finally\s+|actually\s+)?"
    r"(?:(?:fall|fell|falling|get|got|getting|drift|drifted|drifting|drop|dropped|dropping|doze"
    r"|dozed|dozing|nod|nodded|nodding)\s+(?:off|asleep|to\s+sleep)|sleep\b|asleep\b|nod\s+off"
    r"|pass\s+out|conk\s+out|knock\s+out|zonk\s+out|crash|settle\s+(?:into|down\s+to)\s+sleep)"
    r"(?!\s+again\b)",  # "awake an hour before I dropped off again": back to sleep, not onset
    _F,
)
# "I lay awake a good while before sleep came, an hour and a half" (at the start of the night)
_LAY_AWAKE_BEFORE_SLEEP = re.compile(
    r"\b(?:lay|laid|lying|was)\s+awake\s+(?:[a-z]+\s+){0,4}?before\s+(?:sleep\s+came|i\s+(?:fell"
    r"\s+asleep|dropped\s+off|drifted\s+off|slept))[\s,]*(?:about|around|like|maybe|~)?\s*$",
    _F,
)
_SOL_BEFORE = re.compile(
    r"(?:(?:fell|fall|falling|was|got|get|getting|drifted|dozed)\s+(?:asleep|to\s+sleep|off)\s+"
    r"(?:with)?in|\basleep\s+(?:with)?in|asleep\s+after|(?:falling|fall|getting)\s+asleep\s+took(?:\s+me)?"
    r"|(?:sleep\s+|\b)latency(?:\s+was|\s+of|\s*:)?"
    # "asleep fast, maybe 5 min"
    r"|asleep\s+(?:fast|quick(?:ly)?|right\s+away|easily|straight\s+away"
    r"|(?:almost\s+|nearly\s+)?(?:immediately|immediatly|instantly|straight\s+off))[\s,]*"
    r"|sleep\s+onset\s+(?:was\s+)?delayed\s+by|\bsol\s*(?:was|of|:|=|-)?|\b(?:gone|out|off|under)\s+within"
    # "lights out 10:45, was out in maybe 10 min"
    r"|(?:lights?\s+(?:out|off)|\bbed)[^.;!?]{0,24}?\b(?:was|i\s+was|went)\s+out\s+in\s+"
    r"(?:maybe\s+|about\s+|like\s+|~\s*)?"
    # "sleep came quickly, perhaps ten minutes", "sleep came after roughly 20 minutes"
    r"|\bsleep\s+(?:came|come|comes)(?:\s+(?:quick(?:ly)?|fast|easily|soon))?[\s,]*"
    r"(?:(?:after|in|within|perhaps|maybe)\s+)?"
    # "took a while to drop off, 40 min maybe"
    r"|took\s+(?:a\s+(?:while|bit|long\s+time)|ages|forever)\s+to\s+(?:drop|fall|get|drift|nod)\s+"
    r"(?:off|asleep|to\s+sleep)[\s,]*"
    r"|(?:falling|fall|getting|get|dropping|drifting|nodding)\s+(?:to\s+)?(?:asleep|sleep|off)"
    r"[\s,:-]*(?:(?:it\s+)?(?:was|took|took\s+me|took\s+about|probably|maybe|about|like|around"
    r"|prob|i\s+think|i'd\s+say|say|roughly)\s+){0,2}|(?:it\s+)?took\s+me(?=\s+\S+\s+\S+\s+to\s+(?:fall|get)))"
    r"\s*(?:about|around|like|maybe|roughly|approx|approximately|~|only|just|over|under|nearly"
    r"|almost|probably|perhaps|a\s+good|(?:no\s+(?:more|less)|less|not\s+more)\s+than)?\s*$",
    _F,
)
# "couldnt fall asleep for an hour" at the start of the night (after a waking it is time awake)
_COULDNT_FALL_ASLEEP_FOR = re.compile(
    r"\b(?:couldn'?t|could\s+not|cldnt|didn'?t|did\s+not|unable\s+to|wasn'?t\s+able\s+to)"
    r"\s+(?:fall\s+asleep|get\s+to\s+sleep|drop\s+off|drift\s+off|nod\s+off)\s+for"
    r"\s+(?:about|around|like|maybe|roughly|almost|nearly|over|a\s+good|~)?\s*$",
    _F,
)
# "fell asleep an hour after going to bed", "drifted off 20 min after lights out"
_AFTER_BED = re.compile(
    r"^\s*(?:or\s+so\s+|later\s+)?after\s+(?:i\s+)?(?:(?:going|went|got|getting|get|climbing|climbed)"
    r"\s+(?:in)?to\s+bed|(?:hitting|i\s+hit|hit)\s+the\s+(?:sack|hay|pillow)|bed(?:time)?\b"
    r"|lights?\s+(?:out|off)|(?:turning|turned|switching|switched)\s+(?:off\s+)?the\s+lights?"
    r"|(?:lying|lay|laying)\s+down|i\s+lay\s+down|my\s+head\s+hit)",
    _F,
)
# "bed 11, took 20 min": a bare "took" right after bedtime or lights out is the time to sleep.
# "dropped off fast, maybe 10 mins", "nodded off (about 20 min)": how long it took, hedged
_SOL_HEDGED_BEFORE = re.compile(
    r"\b(?:fell|fall|falling|got|get|getting|dropped|drop|dropping|drifted|drift|drifting|nodded"
    r"|nod|nodding|dozed|doze|dozing)\s+(?:to\s+)?(?:asleep|sleep|off)\s*"
    r"(?:(?:(?:pretty|really|quite|fairly|very|so|super)\s+)?(?:quick(?:ly)?|fast|easily|ok|okay"
    r"|fine|slowly|eventually|straight\s+away|right\s+away|no\s+problem)\b)?[\s,(-]*"
    r"(?:(?:tho|though)\s+)?"
    r"(?:maybe|probably|prob|about|around|roughly|like|approx(?:imately)?|i\s+think|i\s+reckon"
    r"|i'?d\s+say|in|within|after)\s*~?\s*$",
    _F,
)
_TOOK_BEFORE = re.compile(
    r"\btook\s*[:-]?\s*(?:me\s+)?(?:about|around|like|maybe|roughly|approx|approximately|~|only"
    r"|just|over|under|nearly|almost|probably|prob|a\s+good|at\s+least)?\s*$",
    _F,
)
_TOOK_AFTER_END = re.compile(
    r"^[ \t]*(?:or\s+so[ \t]*)?\n|^\s*(?:or\s+so\s*)?(?:[.,;!/|]|$|and\b|then\b|but\b"
    # "took me maybe 20 min after lights out"
    r"|(?:after|from)\s+(?:the\s+)?(?:lights?\s+(?:out|off)|(?:going\s+to\s+)?bed\b|lying\s+down))",
    _F,
)
_BACK_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:to|before|till|until)\s+(?:i\s+)?(?:get|got|getting|fall|fell|falling"
    r"|go|went|drift|drifted|drop|dropped|doze|dozed|nod|nodded)\s+back",
    _F,
)
# "woke 0130 ..., took ~30 min to settle": back to sleep, when a waking came before it in the
# sentence ("bed at 11, took 30 min to settle" is how long falling asleep took)
_TO_SETTLE_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,1}?to\s+settle(?:\s+(?:back|down|again))?\b(?!\s+(?:into|in\s+to)\b)", _F
)
_BACK_BEFORE = re.compile(
    r"(?:n't|\bnot|\bcouldnt|\bcant|\bdidnt|\bunable\s+to|\bfailed\s+to)\s+(?:get|go|fall|drift"
    r"|drop|nod)\s+back\s+(?:to\s+sleep|asleep|off|under)\s+(?:for\s+)?(?:(?:about|around|like|maybe"
    r"|roughly|nearly|almost|over|at\s+least|a\s+good|another|~)\s+)*$"
    # "back asleep after ~25 min": the time awake
    r"|\bback\s+(?:to\s+sleep|asleep|off)\s+(?:in|after|within)"
    r"\s+(?:(?:about|around|like|maybe|roughly|~)\s*)*$"
    # a carer's "I got him settled again in 20 minutes" after a waking
    r"|\b(?:got|get)\s+(?:him|her|them)\s+(?:settled|resettled|back\s+(?:to\s+sleep|down|asleep))"
    r"(?:\s+again)?\s+(?:in|after|within)\s+(?:(?:about|around|like|maybe|roughly|~)\s*)*$",
    _F,
)
_EACH_AFTER = re.compile(
    # ("15 min or so each time": a hedge, then the each)
    r"^\s*(?:(?:or\s+so|or\s+less|-?ish|give\s+or\s+take|roughly|maybe|tops)\s+)?(?:each|ea\b\.?|apiece|per\s+time|every\s+time|each\s+time|both\s+times|each\s+of\s+them"
    r"|both\s+of\s+them|on\s+each\s+occasion)\b",
    _F,
)
# "woke 3x, each about 10 mins", "twice, each time for 20 min", "each awake 30 min" (said
# without a verb)
_EACH_BEFORE = re.compile(
    r"\b(?:each|every\s+time|each\s+time|each\s+one|both\s+times|both|each\s+of\s+them"
    r"|each\s+occasion"
    r"|both\s+of\s+them)\s*(?:(?:i\s+was\s+(?:up|awake)|i\s+was|was|were"
    # ("each awake 30 min"; but "we were both up for an hour" is two people's one hour)
    r"|(?<!both\s)(?:awake|up)|lasting|lasted|for|about"
    r"|(?:it\s+|they\s+)?took(?:\s+(?:me|them|us))?"
    r"|around|like|maybe|perhaps|probably|roughly|approx|approximately|~|only|just)\s*)*$",
    _F,
)
# "fell asleep about half an hour later"
_WOKE_NEXT = re.compile(
    r"[\s,]*(?:i\s+|i'?m\s+|i\s+am\s+)?(?:wake|woke|woken|awoke|was\s+(?:wide\s+)?(?:awake|up)"
    r"|up\b|(?:wide\s+)?awake\b|my\s+eyes\s+(?:open|opened|pop|popped)\b)",
    _F,
)
_LATER_AFTER = re.compile(r"^\s*(?:or\s+so\s+)?(?:later|after\s+that|afterwards?)\b", _F)
# "10, 20 and 30 mins": numbers listed before the one that carries the unit
# (in words too: "awake twice, for ten and fifteen minutes")
_LISTED_ITEM = rf"(?:[0-9]{{1,3}}|\b{NUMBER_WORD}\b)"
_LISTED_BEFORE = re.compile(
    # ("(~10 and ~20 min)": each length hedged)
    # (not a time: "awake 20 min at 2 and 25 min at 4")
    r"(?<![\w:./])(?<!\bat\s)(?<!\bby\s)(?<!@)(?<!@\s)(?<!\baround\s)(?<!\btill\s)(?<!\buntil\s)"
    rf"(?P<list>(?:~?\s*{_LISTED_ITEM}\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*|\+\s*)"
    r"(?:~\s*)?)+)$",
    _F,
)
_LISTED_NUMBER = re.compile(_LISTED_ITEM, _F)
_LEADING_NUMBER = re.compile(rf"[0-9]+(?:\.[0-9]+)?|{NUMBER_WORD}\b", _F)
# "SOL 15", "WASO: 20": minutes under a tracker's or a chart's label, written without a unit
_LABELLED_MINUTES = re.compile(
    r"\b(?P<label>sol|waso)\s*[:=-]?\s*~?\s*(?:(?:maybe|about|around|approx\w*|roughly"
    r"|prob(?:ably)?)\s*~?\s*)?(?P<n>[0-9]{1,3})\b"
    r"(?!\s*(?:[:.+][0-9]|am\b|pm\b|h\b|hrs?\b|hours?\b|x\b|times\b))",
    _F,
)
# "WASO maybe 40 min", "waso: ~25 minutes": the chart's name for time awake in the night
_WASO_LABEL_BEFORE = re.compile(
    r"\bwaso(?:\s+total)?\s*(?:was|of|is|:|=|-)?\s*"
    r"(?:(?:about|around|maybe|approx\w*|roughly|like|probably|prob|~)\s*)?$",
    _F,
)
# "lightheaded standing up, resolved <5 min": how long a symptom took to pass
_SYMPTOM_PASSED_BEFORE = re.compile(
    r"\b(?:resolved|cleared|passed|eased|gone|went\s+away|subsided)\s*"
    r"(?:in|within|after|<|under|over|about|around|~)?\s*$",
    _F,
)
# "the room was spinning, really bad for about ten minutes", "woke at 6 with a headache that
# lasted about an hour": how long a symptom lasted
_SYMPTOM_LASTED_BEFORE = re.compile(
    r"\b(?:bad|worse|awful|terrible|horrible|intense|spinning|dizzy|pounding|racing|throbbing|bpm"
    r"|(?:headache|migraine|nause\w*|queasy|lightheaded|light-headed|woozy)"
    # (a waking that lasted was awake: "woke twice, both lasting an hour")
    r"(?:\s+(?:that\s+|which\s+)?(?:lasted|lasting))?)"
    r"\s+(?:for\s+)?(?:about|like|maybe|around|roughly|~)?\s*$",
    _F,
)
_IN_TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|total|altogether|all\s+together)\b", _F)
_TOTAL_NEAR = re.compile(r"\b(?:total|in\s+total|altogether|all\s+together|overall|combined)\b", _F)
_AWAKE_AFTER = re.compile(r"^\s*(?:total\s+)?(?:of\s+)?(?:being\s+)?(?:awake|up)\b", _F)
_NOT_WASO_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:sleep|asleep|in\s+bed|naps?|since|ago|later|before\s+(?:my|the)\s+alarm"
    r"|earlier|early|late|after\s+(?:the|my)|before\s+i\s+(?:had|have)\s+to"
    # "got up at 0445 for my 12 hr shift": the length of the day's work, not time awake
    r"|shifts?|workdays?|work\s+days?)\b",
    _F,
)
_NOT_WASO_BEFORE = re.compile(
    # ("total sleep ~6h": the night's length, hedged)
    r"\b(?:after|slept|sleep|only|extra|got)\s*(?:about|like|maybe|around|roughly|~)?\s*$"
    # "then slept another 2 hours": more sleep, not time awake
    r"|\b(?:slept|sleep|dozed|snoozed|dozing|sleeping)\s+(?:for\s+)?(?:another|a\s+further"
    r"|an\s+extra|a\s+good)\s*(?:about|like|maybe)?\s*$"
    # "I've been up, off and on, for almost 2 hours": awake now, not a waking that ended
    r"|\b(?:i'?ve|i\s+have)\s+been\s+(?:up|awake)\b(?:[\s,]+[a-z]+){0,4}?[\s,]+for\s+"
    r"(?:(?:more\s+than|almost|nearly|about|over|like|maybe|around)\s+)?$",
    _F,
)
_BARE_FOR_NUMBER = re.compile(
    r"(?:\bfor|\bactually|\bmore\s+like|\bi\s+mean|\bor\s+rather|\bmake\s+that|\bsorry|\bwait)"
    r"\s+(?:like\s+|about\s+|maybe\s+|around\s+|roughly\s+|more\s+like\s+|it\s+was\s+|~\s*)*"
    r"(?P<n>[0-9]{1,3})\b"
    r"(?!\s*(?:[:.][0-9]|am\b|pm\b|x\b|times|/))",
    _F,
)

_SLEPT_AMOUNT_AFTER = re.compile(
    r"^\s*(?:tops|max|maximum|at\s+(?:most|best)|of\s+(?:actual\s+|broken\s+|real\s+)?sleep"
    r"|sleep\b|total\b|in\s+total|if\s+that|all\s+night|altogether)",
    _F,
)
_SLEPT_AMOUNT_BEFORE = re.compile(
    r"\b(?:slept|sleep|got|managed|only|barely)\s+(?:maybe\s+|about\s+|around\s+|like\s+"
    r"|only\s+|just\s+|a\s+solid\s+|a\s+good\s+|~\s*)*$",
    _F,
)
_TILL_GAP = re.compile(r"\s+(?:till|until|til|'til)\s+(?:about\s+|around\s+|like\s+|~\s*)?$", _F)
_SLEPT_TILL = re.compile(
    r"(?:(?:went\s+|got\s+|go\s+|fell\s+)?back\s+(?:to\s+sleep|asleep|off|down)|(?:slept|sleep)\s+again"
    r"|dozed\s+again|slept|dozed|(?<=then\s)sleep"
    r"|(?<=then\s)(?:dozed|nodded|drifted)\s+off"
    r"|(?:dozed|nodded|drifted|dropped)\s+(?:back\s+off|off\s+again))"
    r"\s+(?:till|until|til|'til)\s+(?:about\s+|around\s+|like\s+|~\s*)?$",
    _F,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+)?$", _F)
_NOT_WAKE_UNTIL = re.compile(
    r"(?:n't|\bnot|\bnever|\bdidnt)\s+(?:wake|woke|waking)(?:\s+up)?(?:\s+(?:once|at\s+all|even\s+once"
    r"|properly|fully))?\s+(?:until|till|til|before)\s+(?:about\s+|around\s+|like\s+|~\s*)?$",
    _F,
)
_NEGATED_WAKE = re.compile(
    r"(?:n't|\bnot|\bnever|\bdidnt|\bdont|\bwithout)\s+(?:wake|woke|waking)(?:\s+up)?"
    # ("woke up not one time", "don't wake up not once": the count said with "not")
    r"(?:\s+even|\s+not)?\s*$"
    r"|\b(?:wake|woke|waking)(?:\s+up)?\s+not\s*$",
    _F,
)
_MISTAKE_OWNED = (
    r"i\s+am\s+mistaken|i'?m\s+mistaken|i\s+was\s+(?:mistaken|wrong)|my\s+mistake|i\s+misremember"
    r"|i\s+misspoke|(?:i\s+must|i\s+should|let\s+me)\s+correct\s+myself"
)
_BARE_COUNT_FIX = re.compile(
    # ("woke 3 times with the girls no wait 4", "three times last night, no wait, it was only
    # two", "four times in the night, no, I tell a lie, three", "3 // correction: 2", "four
    # times, no, I am mistaken, it was three")
    r"(?:\s+(?:with|in|last|the|night|girls|boys|kids|baby|dog|me|overnight|i\s+think"
    r"|awakenings|wakings|wake[- ]?ups|times)\b){0,3}"
    r"[\s,.;?!(/-]*(?:no\s+actually|actually|no\s+wait|wait|i\s+mean|or\s+rather|make\s+that|sorry"
    r"|more\s+like|correction|corrected|scratch\s+that|no|nah|naw)[\s,:.]+(?:i\s+recount(?:ed)?\s+)?"
    # ("wait no 3", "or rather, on reflection, three")
    r"(?:(?:no|nope|nah|on\s+reflection|on\s+second\s+thought|come\s+to\s+think\s+of\s+it"
    r"|thinking\s+about\s+it|now\s+that\s+i\s+think\s+about\s+it"
    r"|i\s+mean|it\s+was(?:\s+only)?|only|just|more\s+like|maybe|like|i\s+tell\s+a\s+lie"
    r"|make\s+(?:that|it)|scratch\s+that"  # ("4 times no make that 3")
    r"|actually|i\s+(?:believe|think|guess)(?:\s+it\s+was)?"
    # ("no wait, he's saying it was 4", "no wait, my wife says 4")
    r"|(?:he|she|they|my\s+\w+|[a-z]+)(?:'s|\s+is)?\s+(?:says|said|saying|thinks|reckons|tells\s+me"
    r"|corrects\s+me|corrected\s+me|reminds\s+me|reminded\s+me)"
    r"(?:\s+it\s+was)?"
    rf"|{_MISTAKE_OWNED})[\s,]+)*"
    rf"(?P<n>[0-9]{{1,2}}|{NUMBER_WORD}|once|twice|thrice)\b(?!\s*(?:[:.][0-9]|am|pm|min|hour|hr))"
    # ("woke 4 times, nah 2 of those were the dog": part of them, not a correction)
    r"(?!\s+(?:of\b|were\b|was\b))",
    _F,
)


def _count_told_again(count: Count, said: re.Match[str]) -> Count:
    """`count`, as the later words `said` tell it (their group "n"), if that is a count."""
    n_said = said.group("n")
    n = int(n_said) if n_said.isdigit() else COUNT_WORDS.get(n_said) or word_value(n_said)
    return Count(count.start, said.end(), n) if n is not None and n <= 30 else count


_ONLY_TRIED_BEFORE = re.compile(
    r"\b(?:tried|try|trying|wanted|want|wanting|wished|wish|hoped|hoping|attempted|needed|need"
    r"|meant)\s+(?:so\s+bad\s+)?(?:to\s+)?(?:\w+\s+)?$",
    _F,
)
_WOKE_WORD = re.compile(r"(?:woke|woken|awoke|wake|waking)\b", _F)
_WOKE_THEN_LENGTH = re.compile(
    r"(?:\s+up)?\s+(?:(?:about|around|like|maybe|roughly|almost|nearly|~)\s*)?", _F
)
_ONE_DOES_IT = re.compile(r"\s+(?:woke|wakes|kept|made|had)\b", _F)
_FOR_SOMEONE_ELSE_AFTER = re.compile(
    r"\s*(?:x|times?)?\s*(?:(?:wake[- ]?ups?|wakeups?|wakings?|awakenings?)\s+)?for\s+"
    r"(?:him|her|them|the\s+(?:baby|kids?|twins|dog|toddler)|my\s+(?:son|daughter|husband|wife|partner))\b",
    _F,
)
_MY_COUNT = re.compile(
    r"\b(?:only\s+|just\s+)?(?P<n>[0-9]{1,2}|one|two|three|four|five|once|twice|none|zero)"
    r"\s+(?:(?:times?|x)\s+)?for\s+me\b",
    _F,
)
# "Total awake in the night: 1 hr 45"
_TOTAL_AWAKE_LABEL = re.compile(
    r"\btotal\s+(?:time\s+)?awake(?:\s+(?:in\s+the\s+night|overnight|at\s+night))?\s*[:=-]?\s*$"
    # "Total wake time after sleep onset is therefore 45 minutes"
    r"|\btotal\s+(?:wake|awake|waking)\s+time\b(?:\s+\w+){0,5}?\s*(?:is|was|came\s+to|of|:|=|-)"
    r"\s*(?:therefore|then|about|around|roughly|approximately|approx\.?|~)?\s*$",
    _F,
)
_SO_DID_I = re.compile(
    r"\b(?:so\s+did\s+i|i\s+did\s+too|and\s+so\s+did\s+i|me\s+too|as\s+did\s+i)\b", _F
)
_EXCEPT_AFTER = re.compile(r"[\s,]*(?:except|but\s+for|apart\s+from|other\s+than|besides)\b", _F)
_FOR_THE_DAY = re.compile(r"\bfor\s+(?:the\s+day|good)\b", _F)
_UP_WITH = re.compile(r"up\s+(?:with|w/?)\s", _F)
_LOG_LINE_OPENS = re.compile(r"[\s*>•-]*(?:~\s*)?", _F)
# The strong words of C.FINAL: the night ended ("this morning" and "finally" tell less)
_NIGHT_ENDED = re.compile(
    r"\bfor\s+(?:good|the\s+day)\b|\bno\s+more\s+sleep\b|\bstayed\s+(?:awake|up)\b"
    r"|(?:n'?t|\bnot|\bcannot|\bcant|\bcouldnt|\bdidnt|\bdont|\bnever)\s+(?:\w+\s+)?(?:sleep"
    r"|fall\s+asleep|get\s+(?:back\s+)?to\s+sleep)\s+(?:again|anymore|any\s+more|after\s+that)\b"
    # ("didnt sleep again for a long time": then they did)
    r"(?!\s+(?:until|till|til|for)\b)",
    _F,
)
_A_BOUND_BEFORE = re.compile(r"\b(?:after|past|gone)\s+$", _F)
# "alarm was set for 5:45", "my alarm's set for 6": when it was to ring, not that it did
_ALARM_SET_FOR = re.compile(
    r"alarms?(?:'s|\s+(?:is|was|were)|,?\s+which\s+(?:is|was))?\s+(?:set|due)\s+(?:for|at)\s+"
    r"(?:about\s+|around\s+)?",
    _F,
)
# An onset cue read from being awake until a time ("awake till 12", "tossed and turned until 2")
_UNTIL_AHEAD = re.compile(r"\s*(?:till|until|til)\b", _F)
_THE_TIME_ITSELF = re.compile(
    r"\s*[,;(-]\s*(?:like|maybe|about|around|prob(?:ably)?|roughly|more\s+like|closer\s+to"
    r"|i\s+think|~)[\s,]*(?:at\s+)?~?\s*",
    _F,
)
_WOKE_SOMEONE = re.compile(
    r"(?:\s+up)?\s+(?:my|the|him|her|them|us|everyone|early|late|at\s+\d)\b", _F
)
_A_HABIT = re.compile(
    r"\b(?:weekends?|weekdays?|this\s+week|usually|sometimes|often|every|most\s+(?:nights|days)"
    r"|lately|a\s+(?:week|month)|per\s+(?:week|month))\b",
    _F,
)
_I_THEN_THE_CUE = re.compile(r"\s*,?\s*(?:i|we)\s+(?:(?:have|had|would|did|must|always)\s+)?", _F)
_A_DETERMINER_BEFORE = re.compile(r"\b(?:the|my|those|these|all|his|her|our|their)\s+$", _F)
_AT_THE_BEFORE = re.compile(
    r"\b(?:at|by|around|about|after|before|during|till|until|til|since|for|from|watching|over)"
    r"\s+the\s+$",
    _F,
)
_THINGS_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:hours|hrs|mins|minutes|nights|days|weeks|times|wakes|thanks|mornings|news"
    r"|headlines|obs|vitals|checks|rounds|feeds|feedings|meds|bells|chimes|shows|alarms)\b)"
    r"[a-z]{2,}s\b",
    _F,
)
_A_COMMA_ONLY = re.compile(r"\s*[,;(-]\s*", _F)
_BY_THE_CLOCK = re.compile(
    r"\s*(?:\)|(?:by|on|per|according\s+to)\s+(?:the|my)\s+(?:[a-z]+\s+)?(?:clock|watch|phone"
    r"|fitbit|app|tracker|ring|oura|garmin))",
    _F,
)
# "an hour before my 6am alarm", "20 min before the alarm at 6:30"
_BEFORE_THE_ALARM = re.compile(
    r"\s+(?:early\s+)?before\s+(?:my|the)\s+(?:[0-9:.]+\s*(?:am|a\.m\.)?\s+alarm"
    r"|alarm\s+(?:at|for)\s+[0-9:.]+\s*(?:am|a\.m\.)?)",
    _F,
)
# A sentence that is only a count and a word that sums: "So twice total.", "3x altogether"
_A_TOTAL_ALONE = re.compile(
    r"\W*(?:so|thats|that'?s|that\s+makes|makes\s+it|=)?\s*(?:about\s+|like\s+)?"
    r"(?:once|twice|thrice|[0-9]+\s*(?:x|times)|(?:one|two|three|four|five|six)\s+times)\s*"
    r"(?:total|in\s+total|altogether|all\s+together|all\s+told|overall)\W*",
    _F,
)
_TOTAL_TOLD = re.compile(
    r"[\s,;]*(?:so|that'?s|thats|=|making(?:\s+it)?)\s+(?:a\s+total\s+of\s+)?"
    rf"(?P<n>[0-9]{{1,2}}|{NUMBER_WORD}|once|twice|thrice)\s+(?:times|wake[- ]?ups|awakenings"
    r"|wakings)(?:\s+(?:in\s+)?total)?\b"
    # (not "thats 3 times this week", "12 wakings over the last 4 nights")
    r"(?!\s+(?:this|that|a|per|over|in\s+the\s+last|in\s+\w+\s+nights|these|so\s+far|since"
    r"|every|each|lately|all\s+week|now|less|more|fewer|better|worse|than))",
    _F,
)
# "once for 10 min and once for an hour": each length told as its own episode is one waking
_EPISODE_BEFORE = re.compile(
    r"\b(?:once|one\s+time|another\s+time|another|the\s+other(?:\s+time)?|again|second\s+time"
    r"|first\s+time|the\s+(?:first|second|third|next|last)(?:\s+(?:time|one))?)"
    r"[\s,]*(?:(?:for|was|lasting|lasted|about|around|like|maybe|roughly|only|just|~)\s*)*$",
    _F,
)
# "woke at 3, (was) awake till 4:15": the time awake joins the waking into a range
_AWAKE_TILL_GAP = re.compile(
    # (an aside or two between: "woke at 4 heart pounding, lay there till 5", "woke up at
    # 5 with my heart racing, pretty bad, was awake till like 6")
    r"^[\s,;]*(?:(?:\(?[a-z']+\)?\s+){0,4}\(?[a-z']+\)?\s*[,;]\s*){0,2}"
    r"(?:and\s+|then\s+|but\s+|&\s*)?(?:i\s+)?(?:was\s+|stayed\s+|lay\s+|laid\s+|lying\s+"
    r"|layed\s+|just\s+|then\s+|remained\s+|kept\s+)*(?:wide\s+)?(?:awake"
    r"|there(?:\s+(?:wide\s+)?awake)?|tossing\s+and\s+turning"
    r"|up\s+(?:with|w/?)\s+(?:him|her|them|the\s+\w+|my\s+\w+|our\s+\w+)"
    r"|(?<=was\s)up|(?<=stayed\s)up"  # "woke up once around 3 and was up till 4"
    # what they did awake: "lay there listening to the wind till 3"
    r"|tossed\s+and\s+turned)" + C.AWAKE_ACTIVITY + r"\s+(?:till|until|til|'til|to)\s+"
    r"(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+|~\s*)?(?:a\s+)?$",  # ("a quarter past")
    _F,
)
# ... after someone else's waking, said with the writer's own "I"
_A_WAKING_CUE = re.compile(r"(?:woke|wake|waking|up)\b", _F)
_I_AWAKE_TILL_GAP = re.compile(
    r"^[\s,;]*(?:and\s+|then\s+|so\s+)?(?:i\s+|i'?m\s+)(?:was\s+|stayed\s+|lay\s+|laid\s+|then\s+"
    r"|just\s+)*(?:wide\s+)?(?:awake|up)\s+(?:till|until|til|'til|to)\s+"
    r"(?:about\s+|around\s+|like\s+|maybe\s+|~\s*)?$",
    _F,
)
_AWAKE_TILL_ALARM = re.compile(
    r"^[\s,;]*(?:and\s+|then\s+|&\s*)?(?:i\s+)?(?:just\s+)?(?:lay|laid|lying|layed|stayed"
    r"|was|been)\s+(?:there\s+|in\s+bed\s+)?(?:wide\s+)?(?:awake\s+)?(?:till|until|til|'til)\s+"
    r"(?:the\s+|my\s+)?alarm(?:\s+went\s+off)?\s*(?:at|@)?\s*$",
    _F,
)
_ALARM_AFTER = re.compile(
    r"\s*[,;]?\s*(?:when|as|and|then|till|until|before)?\s*(?:the|my)\s+alarm\b", _F
)
_SLEPT_AGAIN_AFTER = re.compile(
    r"\s*[,;]?\s*(?:and\s+|then\s+|&\s*)*(?:i\s+)?(?:finally\s+|eventually\s+)?"
    r"(?:slept|dozed|drifted|nodded|dropped|fell\s+asleep|went\s+to\s+sleep|got\s+to\s+sleep"
    r"|(?:was\s+)?out\s+again)\b",
    _F,
)
# "awake at 6 till 6:30 then got up": the time awake ended the night, not a mid-night waking
_ENDS_NIGHT_AFTER = re.compile(
    r"^\s*(?:or\s+so\s*)?[,;.]?\s*(?:and\s+|then\s+|&\s*|so\s+)*(?:i\s+)?(?:just\s+|finally\s+)?"
    r"(?:(?:got|get|getting|gave)\s+up|(?:got|get|getting|rolled|dragged\s+myself)\s+out\s+of\s+bed"
    r"|up\s+for\s+(?:good|the\s+day)|out\s+of\s+bed|up(?=\s*(?:[.,;!]|$)))\b"
    r"(?!\s+(?:to|for)\s+(?:pee|wee|use|the|a|go|get|some)\b)"
    # its own time ("Out of bed: 0545", "up for the day at six")
    r"(?!(?:\s+for\s+(?:good|the\s+day))?\s*[:=-]?\s*(?:at|around|about|by|@|~)?\s*"
    rf"(?:[0-9]|{HOUR_WORD}\b|half\b|quarter\b|noon\b|midnight\b))",
    _F,
)
# "awakenings: 2", "wake-ups - 3": a diary-form label with its count, not a clock time
_LABELLED_COUNT = re.compile(
    # plural labels only: a singular "wake up 6" / "awakening: 6" is most often the time
    r"(?:(?:\b(?:number|no\.?)\s*of\s+|#\s*(?:of\s+)?)(?:night\s+)?(?:awakenings?|wake[- ]?ups?"
    r"|wakings?)"
    r"|\b(?:night\s+)?(?:awakenings|wake[- ]?ups|wakings|wakes"
    r"|times\s+(?:i\s+)?(?:woke|woken|awake)(?:\s+up)?)(?:\s+(?:last\s+night|overnight))?)"
    r"\s*(?:[:=-]\s*|(?:was|were)\s+(?=[0-9]{1,2}\b)|(?=[0-9]{1,2}(?:\s*(?:[,;.|(]|[,;.|]?$)"
    # (or the next label of a row: "SOL 30 wakes 2 final wake 06:00")
    r"|\s+(?:final|bed|sol|waso|qual\w*|out|asleep|lights|nap|tst|se)\b)))"
    rf"(?P<n>[0-9]{{1,2}}|{NUMBER_WORD})\b(?!\s*(?:[:.][0-9]|am\b|pm\b|a\.m|p\.m|min|hour|hr))",
    _F,
)

# Gates (prefilter.py) for the searches over the whole message.
_LABELLED_GATE = Gate(_LABELLED_COUNT)
_COUNT_CUE_GATE = Gate(C.COUNT_CUE)
_NO_NAP_GATE = Gate(_NO_NAP)
_SLEPT_THROUGH_GATE = Gate(C.SLEPT_THROUGH)
_STRAIGHT_UP_GATE = Gate(C.STRAIGHT_UP)

_STOP_ROLES = frozenset({C.BED, C.LIGHTS, C.ONSET, C.WAKE, C.OUT, C.NAP, C.SLEPT})
# Patterns used inside the readers below, compiled once (no flags, as they always were).
_FOR_A_TIME_NEXT = re.compile(
    r"\s+for\s+(?:(?:about|around|like|maybe|roughly|over|nearly|almost|at\s+least|a\s+good"
    r"|another|~)\s+)*(?:[0-9]|an?\s+(?:hour|hr|while|bit|few)|half|ages|hours|"
    + NUMBER_WORD
    + r")",
    _F,
)
_UNTIL_NEXT = re.compile(r"\s*(?:until|till|til)\b")
_UP_WORD = re.compile(r"up\b")
_OUT_OF_BED_WORDS = re.compile(r"out\s+of\s+bed|left\b")
_AWAKE_FOR_BEFORE = re.compile(r"\b(?:for|awake|up)\b(?:\s+\S+){0,3}\s*$")
_TIMES_OR_X = re.compile(r"times?|x")
_BACK_REST = re.compile(r"\S*(?:\s+(?:to\s+)?sleep|\s+asleep|\s+off)?")
# "woke up soaked. that was 3:10": a time told after its event, in a sentence of its own
_THAT_WAS = re.compile(
    # (not "it": "I said plenty. It was four." is a count; nor "would have been": "that
    # would have been 7 otherwise" is a time that did not happen)
    r"\s*(?:and\s+)?(?:that|this)\s+(?:was|happened)\s+"
    r"(?:(?:at|around|about|like|maybe|roughly|~)\s*)*",
    _F,
)
# ... and not one of several ("that was at 3, 4 and 5") nor a measure ("that was 9 on the
# pain scale", "that was 9 hours")
_MORE_OR_A_MEASURE_AFTER = re.compile(
    r"\s*(?:am|pm)?\s*(?:(?:,|and|&|or|then|,\s*then)\s*(?:again\s+)?(?:at\s+)?[0-9]|on\s+the\b"
    r"|out\s+of\b|/|x\b|times?\b|hours?\b|hrs?\b|mins?\b|minutes?\b|days?\b|nights?\b"
    r"|weeks?\b|%)",
    _F,
)
_EVENT_ROLES = frozenset({C.WAKE, C.BED, C.LIGHTS, C.ONSET, C.OUT})
# "Fitbit logged 35 minutes", "watch says 40 min": a tracker's figure, told as its own clause
_A_TRACKER_LOGGED = re.compile(
    r"\s*(?:(?:my|the|per|according\s+to)\s+)?(?:fitbit|watch|apple\s+watch|garmin|oura|ring"
    r"|tracker|app|phone)\s+(?:logged|said|says|recorded|showed|shows|counted|tracked|clocked"
    r"|had\s+it\s+(?:at|as))\s*(?:it\s+(?:at|as)\s+)?(?:(?:about|around|~)\s*)?",
    _F,
)
_THE_FIGURE_ENDS = re.compile(r"\s*(?:[.,;!)]|$|and\b|but\b|(?:of\s+)?(?:nap|napping)\b)", _F)
_ANOTHER_THING_DONE = re.compile(r"\b(?:then|and|before|after\s+that|followed\s+by)\b", _F)
# "02:30 (20 min)", "3 (about 20 min)": a length in brackets right after a time
_BRACKETED_LENGTH = re.compile(
    r"\s*(?:am|pm)?\s*\(\s*(?:(?:about|around|maybe|approx\.?|roughly|~)\s*)?", _F
)
# "once for 10 min", "again at 4:15 for 15 min": the length of one waking
_EPISODE_FOR_BEFORE = re.compile(
    r"\b(?:once|twice|other|another|again|(?:other|another|first|second|third|next)\s+time)"
    r"(?:\s+(?:at|around|about|abt|by|~|@)\s*[0-9][0-9:.]*\s*(?:am|pm|a|p)?)?"
    r"\s+for\s*(?:\S+\s*)?$"
    # "woke 3x: at 1 for 10 min, at 3 for 20": each waking by its time, then its length
    r"|(?:^|[,;:]|\band)\s*(?:then\s+)?(?:at|around|about|~|@)\s*[0-9][0-9:.]*\s*(?:am|pm|a|p)?"
    r"\s+for\s*(?:\S+\s*)?$"
)
_FIELD_FOR_EXPECTING = {
    "bedtime": C.BED,
    "lights_out": C.LIGHTS,
    "sleep_onset": C.ONSET,
    "final_wake": C.WAKE,
    "out_of_bed": C.OUT,
}


@dataclass
class Fields:
    values: dict[str, object] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    mentioned: bool = False  # a report with no value: "took ages to fall asleep"
    slept_hours: bool = False  # how long they slept, which no field holds ("4 hours tops")

    def put(self, name: str, value: object, *spans: tuple[int, int]) -> None:
        self.values[name] = value
        self.spans[name] = [sp for sp in spans if sp[1] > sp[0]]

    def has(self, name: str) -> bool:
        return self.values.get(name) is not None


# How far after a bedtime's words its time stands: "went to bed at ten o'clock"
_OWN_TIME_GAP = 15
# "lay awake until 3 after waking at 1:30", "till 4 after the baby woke me at 2"
_AFTER_A_WAKING = re.compile(
    r"[\s,]*(?:after|since|from)\s+(?:(?:the\s+|my\s+)?\w+\s+)?(?:wak\w*|woke)\b"
)


@dataclass
class _Timed:
    clock: Clock
    role: str | None
    cue: C.Cue | None
    end: Clock | None = None  # the end of a range ("from 3 to 4:30")


def _after_a_bedtime(c: Clock, bed: Clock | None) -> tuple[int, int] | None:
    """A bare time soon after a bedtime told with its am or pm, read on the same half of the
    day: "in bed 8:30am, lights off 8:45" is a day sleeper's 08:45, not 20:45."""
    # (a morning bedtime only: "bed 12pm" is as often midnight as noon, and an evening one
    # already reads its bare times as the evening's)
    if bed is None or bed.meridiem != "am" or bed.hour in (None, 12) or c.meridiem or c.h24:
        return None
    if c.hour is None or c.hour > 12:
        return None
    at_bed = to_24h(bed, evening=True)
    by_role = to_24h(c, evening=True)
    for half in ("am", "pm"):  # ("bed 11:30am, asleep 12:15": across noon)
        t = to_24h(Clock(c.start, c.end, c.hour, c.minute, half), evening=True)
        if t is None or at_bed is None or t == by_role:
            continue
        if (t[0] * 60 + t[1] - at_bed[0] * 60 - at_bed[1]) % (24 * 60) <= 180:
            return t
    return None


def _in_written_order(
    candidates: list[tuple[int, _Timed, tuple[int, int]]],
) -> list[tuple[int, _Timed, tuple[int, int]]]:
    """ "woke 11:45, 2:10, 4:40": wakings listed in the order they came, so a bare 7-11
    listed before an earlier-looking time is that evening's (23:45), not the morning's."""
    out = list(candidates)
    for i, (key, item, t) in enumerate(out):
        c = item.clock
        if c.meridiem or c.h24 or not 7 <= t[0] <= 12:
            continue
        if any(later_key < key for later_key, _, _ in out[i + 1 :]):
            evening = ((t[0] + 12) % 24, t[1])  # 12:40 listed first is 00:40
            out[i] = (_night_key(evening), item, evening)
    return out


def _night_key(t: tuple[int, int]) -> int:
    """Minutes since 18:00, so a night's times sort in the order they happen."""
    return (t[0] * 60 + t[1] - 18 * 60) % (24 * 60)


# "did not sleep until well after midnight": a bound, not a time
_ONLY_A_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|til)\s+(?:well|long|way)\s+(?:after|past)\s+$", _F
)
_ONLY_THE_HOUR = re.compile(
    r"[\s,;:.-]*(?:(?:it|was|it'?s|is|and|but|so|then|till|until|til|about|around|nearly|almost"
    r"|gone|past|after|like|already|probably|prob|maybe|well|at|least|by|the|time|o'?clock)\s*)*",
    _F,
)
_WISHED_BEFORE = re.compile(
    r"\b(?:make\s+sure|hope|hoping|wish|want|wanna|so\s+that)\s+(?:i\s+)?(?:just\s+)?$", _F
)
_LENGTH_LEAD_IN = re.compile(
    r"[\s,;:.-]*(?:(?:from|about|around|abt|approx\w*|roughly|maybe|like|for|only|just|~)\s*)*", _F
)
_HEDGE_ONLY = re.compile(r"\s+(?:(?:about|around|maybe|like|roughly|only|just|~)\s*)?", _F)
_DAY_SLEEP = re.compile(
    r"\b(?:in\s+the\s+afternoon|(?:yesterday|this)\s+afternoon|after\s+lunch|during\s+the\s+day)\b",
    _F,
)
_SLEEP_WORD = re.compile(r"\b(?:sleep|slept|sleeping|asleep|dozed|dozing|conked|crashed)\b", _F)
_WOKE_ME = re.compile(r"\s+me\b", _F)
_AND_GAP = re.compile(r"[\s,]*and\s+(?:it\s+|that\s+)?", _F)
# ("palpitations around 01:00, they woke me": what woke the patient, and when)
_FELT_BEFORE = re.compile(
    r"\b(?:palpitations?|pain|heart|cramps?|cough\w*|hot\s+flash\w*|sweats?|nightmares?|dreams?"
    r"|headache|nausea|itch\w*|racing|pounding)\b",
    _F,
)
_THEY_WOKE_GAP = re.compile(r"\s*,\s*(?:they|it|that|which|this|those)\s+", _F)
_MEANT_TO = re.compile(
    r"\b(?:(?:supposed|meant|planned|planning|wanted|hoping|hoped|intended|intending)\s+to"
    r"|(?:should|could|would)(?:\s+have|'?ve)?)\s+(?:sleep|slept|wake|woken|get\s+up|got\s+up"
    r"|be\s+up|been\s+up|sleep\s+in|lie\s+in|stay\s+in\s+bed)\b(?:\s+\w+){0,3}?\s*"
    r"(?:til|till|until|to|at|by|around|about)?\s*$",
    _F,
)
_WITH_SOMEONE = re.compile(r"(?:with|w/?)\s+.*", _F)
# ... and the errands that may be the morning's: "up at 5 feeding the baby then started the
# day", "got up at 6:30 to feed the cat" (at 2 they are the night's)
_ERRAND_ANY_HOUR = re.compile(r"(?:to\s+feed|feeding|nursing|pumping|rocking|settling)\s+.*", _F)
# "after listening to the radio": what filled a while, named before it
_DOING_BEFORE = re.compile(r"\b(?:after|before|while)\s+[a-z]+ing\b", _F)
# Time awake (C.ONSET's "awake till") ended by a waking, or by something that woke them told
# just before its time: "hot flash at 2, awake till 2:40" (not "got home at 1am, awake till
# 3:30": the wait to fall asleep)
_A_NIGHT_EVENT_BEFORE = re.compile(
    # (not pain: "back pain at midnight, awake till 3" kept sleep from coming)
    r"\b(?:hot\s+flash\w*|flush\w*|sweat\w*|cramp\w*|nightmare|bad\s+dream|pager|paged|page"
    r"|alarm|baby|kids?|toddler|dog|cat|noise|bang|cough\w*|woke|wake|up|startled|jolted"
    r"|screaming|crying|cried|barking|storm|thunder)\b"
    r"[^.!?;]{0,20}?(?:at|around|about|by|~|@)?\s*$",
    _F,
)
# "alarm 2:45, in the kitchen by 3:30": where the writer was by then
_A_PLACE_BY = re.compile(
    r"\W*(?:and\s+|then\s+)?(?:in|at|on)\s+(?:the|my|work)\b[^,;.]*\b(?:by|at|around|about)\s*$", _F
)
_SOMEONE_UP = re.compile(r"(?:baby|kids?|toddler|son|daughter|twins)\s+(?:was\s+|were\s+)?up", _F)
_WAKING_NOUN = re.compile(
    r"(?:awakenings?|wake-ups?|wakeups?|wake\s+ups|(?:night\s+)?wakings?)\b", _F
)
# "awake 20 min at 2", "up for 40 mins around 3": how long, then when
_AN_AWAKE_LENGTH_AT = re.compile(
    r"(?:awake|up|woke(?:\s+up)?)\s+(?:for\s+)?(?:about\s+|around\s+|~\s*)?[0-9]+\s*"
    r"(?:min(?:ute)?s?|m|hrs?|hours?)\s+(?:at|around|about|@|~)\s*",
    _F,
)
_ONE_OF_THEM_AFTER = re.compile(
    r"\s+(?:for\s+)?(?:the\s+)?(?:first|second|third|last|other)\s+(?:time|one|waking)\b", _F
)
_WAKING_AS_A_VERB = re.compile(r"\s+waking\s+(?:up|at|to|with|around|about)\b", _F)
_A_CLOCK_WORD_BEFORE = re.compile(
    r"\b(?:by|till|til|until|from|to|at|around|about|bed|asleep|@|~)\s*$", _F
)
_ONE_BEFORE = re.compile(
    r"\b(?:one|1|an?|another|single|only|first|second|third|brief|short|quick)\s+$", _F
)


def _said_again(a: Clock, b: Clock) -> bool:
    return (a.hour, a.minute, a.meridiem) == (b.hour, b.minute, b.meridiem) and a.hour is not None


def _is_symptom_length(before: str) -> bool:
    """Whether the duration after `before` is how long a symptom lasted or took to pass."""
    return bool(_SYMPTOM_PASSED_BEFORE.search(before) or _SYMPTOM_LASTED_BEFORE.search(before))


def _time(t: tuple[int, int]) -> dt.time:
    return dt.time(t[0], t[1])


def _minutes_between(a: tuple[int, int], b: tuple[int, int]) -> int:
    return (b[0] * 60 + b[1] - a[0] * 60 - a[1]) % (24 * 60)


_LIVING_ALARM_BEFORE = re.compile(r"\b(?:baby|toddler|kids?|twins?|dog|cat|puppy)\s+$", _F)
# "the dog woke me at 3", "woke everyone at 5": the patient's waking too
_ON_ME_AFTER = re.compile(
    r"\s+(?:me|us|everyone|everybody|the\s+whole\s+house|all\s+of\s+us)\b", _F
)


_CAME_TO = re.compile(
    r"[\s.!]*(?:i\s+)?(?:came|come)\s+(?:to|round|around)\b"
    # (not "came to bed at 1", "come to think of it")
    r"(?!\s+(?:bed|the|my|a|an|think|see|terms|mind|realise|realize|know|me|him|her|us)\b)",
    _F,
)


def _fainted(text: Text, cue: C.Cue) -> bool:
    """ "passed out in the boiler room around 5, came to on the floor": a faint, not sleep."""
    if not text.s.startswith("passed", cue.start):
        return False
    a, b = text.sentence_at(cue.start)
    # ("... wife found me. Came to after about a minute": the next sentence tells it too)
    return not passed_out_asleep(text.s[a:b]) or bool(_CAME_TO.match(text.s, b))


def _someone_elses(text: Text, cue: C.Cue, for_the_patient: bool = False) -> C.Cue:
    if cue.role == C.SINK or text.s.startswith("me ", cue.start):  # "the baby had me up"
        return cue
    if text.s.startswith("alarm", cue.start) and _LIVING_ALARM_BEFORE.search(
        text.s, max(0, cue.start - 12), cue.start
    ):
        return cue  # "baby alarm at 6:30": the baby is the alarm, and it woke the patient
    ca, _ = text.clause_at(cue.start)
    if not C.of_someone_else(text.s, cue.start, ca, for_the_patient) or _ON_ME_AFTER.match(
        text.s, cue.end
    ):
        return cue
    return C.Cue(cue.start, cue.end, C.SINK)


# "napped after lunch yesterday, from 1:30 to 2:15", "dozed after the infusion from 2": what
# the nap came after says when it was, and claims no time of its own
_NAP_AFTER_BEFORE = re.compile(
    r"\b(?:nap\w*|dozed|snoozed|siesta)\s+(?:\w+\s+){0,3}?(?:after|before)\s+(?:the\s+|my\s+|our\s+)?$",
    _F,
)


# "Bad headache. Onset 3am", "chest pain, onset 04:50": a symptom's onset, not sleep's
_SYMPTOM_BEFORE_ONSET = re.compile(
    r"\b(?:head\w*|migraine|pain|ache|aching|nause\w*|dizz\w*|symptoms?|rash|hives|chest|fever"
    r"|vomit\w*|cramp\w*|itch\w*|tingl\w*|numb\w*|palpitations?|racing|pounding|confus\w*"
    r"|blurr\w*|vision|anxi\w*|panic\w*|sweat\w*|chills)\b[^\n]{0,30}$",
    _F,
)


def _a_symptoms_onset(text: Text, cue: C.Cue) -> bool:
    if cue.role != C.ONSET or not text.s.startswith("onset", cue.start):
        return False
    return _SYMPTOM_BEFORE_ONSET.search(text.s, max(0, cue.start - 40), cue.start) is not None


def _when_the_nap_was(text: Text, cue: C.Cue) -> bool:
    return cue.role == C.SINK and bool(
        _NAP_AFTER_BEFORE.search(text.s, max(0, cue.start - 50), cue.start)
    )


# "he woke at 2 and was awake until 3": a clause with no subject of its own goes on with the
# subject before it. Only "awake until" is carried over, which would otherwise be read as the
# patient falling asleep; a waking or a bedtime is left as it is read.
_NO_NEW_SUBJECT = re.compile(
    r"^[^.;!?\n]{0,30}?\b(?:and|then)\s+(?:(?:was|stayed|lay|laid|then|just|still)\s+)*$", _F
)
_AWAKE_UNTIL_CUE = re.compile(r"(?:awake|up|tossed|tossing|lay|laid|lying)\b", _F)
_A_SUBJECT = re.compile(r"\b(?:i|i'?m|i'?ve|we|me|my|you|she|he|they|it)\b", _F)


def _subject_carried(text: Text, cues: list[C.Cue], for_the_patient: bool) -> list[C.Cue]:
    """Each cue, or a SINK for one whose subject is someone else's (_someone_elses); a cue
    that only goes on with the clause before it keeps that clause's subject."""
    out: list[C.Cue] = []
    theirs: C.Cue | None = None  # the last cue found to be someone else's
    for cue in cues:
        mine = _someone_elses(text, cue, for_the_patient)
        if mine.role == C.SINK and cue.role != C.SINK:
            theirs = mine
        elif (
            mine.role == C.ONSET  # (only "was awake until 3", which would be a falling asleep)
            and _AWAKE_UNTIL_CUE.match(text.s, cue.start)
            and out
            and out[-1] is theirs
            and text.same_sentence(out[-1].start, cue.start)
        ):
            gap = text.s[out[-1].end : cue.start]
            if _NO_NEW_SUBJECT.match(gap) and not _A_SUBJECT.search(gap):
                mine = theirs = C.Cue(cue.start, cue.end, C.SINK)
        out.append(mine)
    return out


_TIME_TAKEN_BACK = re.compile(
    r"[\s.,;:!-]*(?:no|nope|nah|naw|sorry|wait|no\s+wait|actually|i\s+mean|make\s+that|correction"
    r"|or\s+rather|scratch\s+that)[\s,.:;!-]+(?:(?:more\s+like|it\s+was|was)\s+)?(?:at\s+)?",
    _F,
)
# ... and nothing said of the new time ("no, 6 is my alarm not bedtime" is not a correction)
_THE_TIME_ALONE_AFTER = re.compile(
    r"\s*(?:am|pm)?\s*(?:[.,;!)]|$|\n|and\b|then\b|tho\b|i\s+think\b)", _F
)
_OWNED_MISTAKE = re.compile(
    rf"\b(?:{_MISTAKE_OWNED}|let\s+me\s+correct\s+(?:that|myself)|correction)\b", _F
)
_NOT_GAP = re.compile(
    r"\s*(?:(?:awakenings?|wake[- ]?ups?|times|x)\b)?\s*,?\s*(?:and\s+|but\s+)?not\s+"
    r"(?:at\s+|about\s+)?$",
    _F,
)
_M = TypeVar("_M", Clock, Duration, Count)


def _without_retracted(s: str, mentions: Mentions) -> Mentions:
    """ "the nap was 30 min not 3 hrs", "woke at 6:15 not 5:15": the value after "not" is
    the one taken back."""
    if "not" not in s:
        return mentions

    ends = sorted(m.end for m in (*mentions.durations, *mentions.counts, *mentions.clocks))

    def kept(items: list[_M]) -> list[_M]:
        out = []
        for item in items:
            i = bisect.bisect_right(ends, item.start) - 1
            if i < 0 or not _NOT_GAP.fullmatch(s, ends[i], item.start):
                out.append(item)
        return out

    return dataclasses.replace(
        mentions,
        durations=kept(mentions.durations),
        counts=kept(mentions.counts),
        clocks=kept(mentions.clocks),
    )


class _Reader:
    def __init__(
        self,
        text: Text,
        mentions: Mentions,
        cues: list[C.Cue],
        reading: Reading,
        expecting: str | None,
    ) -> None:
        self.t = text
        self.s = text.s
        self.m = _without_retracted(text.s, mentions)
        self.reading = reading
        for_the_patient = C.writes_for_the_patient(text.s)
        self.cues = _subject_carried(
            text,
            [
                c
                for c in cues
                if reading.span_active(c.start, c.end)
                and not _fainted(text, c)
                and not _when_the_nap_was(text, c)
                and not _a_symptoms_onset(text, c)
            ],
            for_the_patient,
        )
        self.cue_starts = [c.start for c in self.cues]
        self.cue_ends = [c.end for c in self.cues]
        self.expecting = expecting
        self.out = Fields()
        self.middle_events: list[tuple[int, int]] = []
        self.waso_ranges: list[tuple[int, tuple[int, int]]] = []
        self.waso_range_starts: set[tuple[int, int]] = set()
        self.waso_extra: list[tuple[int, tuple[int, int]]] = []  # minutes, no extra waking
        self.back_clocks: list[_Timed] = []
        self.nap_ranges: list[tuple[int, int]] = []  # naps told by their times ("1-3pm")
        self.labelled = [
            m
            for m in _LABELLED_GATE.finditer(_LABELLED_COUNT, text.probe)
            if reading.span_active(m.start(), m.end())
        ]

    # --- helpers --------------------------------------------------------------------------
    def cue_before(self, pos: int) -> C.Cue | None:
        sa, _ = self.t.sentence_at(pos)
        i = bisect.bisect_right(self.cue_ends, pos) - 1
        if i >= 0 and self.cues[i].start >= sa:
            return self.cues[i]
        return None

    def cue_after(self, pos: int, roles: frozenset[str]) -> C.Cue | None:
        _, sb = self.t.sentence_at(pos)
        j = bisect.bisect_left(self.cue_starts, pos)
        if j < len(self.cues) and self.cues[j].start <= sb and self.cues[j].role in roles:
            return self.cues[j]
        return None

    def cues_from(self, a: int, b: int) -> list[C.Cue]:
        """The cues starting in [a, b)."""
        return self.cues[
            bisect.bisect_left(self.cue_starts, a) : bisect.bisect_left(self.cue_starts, b)
        ]

    def clock_words(self, a: int, b: int, clocks: list[Clock]) -> int:
        words = self.t.words_between(a, b)
        i = bisect.bisect_left(self._clock_starts, a)
        while i < len(clocks) and clocks[i].start < b:
            if clocks[i].end <= b:
                words -= self.t.words_between(clocks[i].start, clocks[i].end)
            i += 1
        return max(words, 0)

    def corrected(self, a: int, b: int) -> bool:
        """A correction between two values ("3 times no actually twice"); only close by."""
        return 0 <= b - a <= 80 and bool(C.CORRECTION.search(self.s, a, b))

    # --- clock times ----------------------------------------------------------------------
    def labelled_minutes(self) -> list[re.Match[str]]:
        """A tracker's or a chart's columns: "SOL 15 | WASO 20" (minutes, with no unit)."""
        if "sol" not in self.t.probe.s and "waso" not in self.t.probe.s:
            return []
        return list(_LABELLED_MINUTES.finditer(self.s))

    def timed_clocks(self) -> list[_Timed]:
        labelled = self.labelled
        listed = self.listed_spans() if self.m.durations else []
        minutes = [m.span("n") for m in self.labelled_minutes()]  # never clock times
        clocks = [
            c
            for c in self.m.clocks
            if self.reading.span_active(c.start, c.end)
            and not (
                labelled and any(m.start("n") < c.end and c.start < m.end("n") for m in labelled)
            )
            and not (c.weak and any(a <= c.start and c.end <= b for a, b in listed))
            and not any(a <= c.start and c.end <= b for a, b in minutes)
        ]
        # "asleep by half past": the hour of the time before
        resolved: list[Clock] = []
        for c in clocks:
            if c.hour is None:
                prev = next((p for p in reversed(resolved) if p.hour is not None), None)
                if prev is None or prev.hour is None:
                    continue
                c = with_hour(c, prev.hour, prev.h24)
            resolved.append(c)
        clocks = resolved

        self._clock_starts = [c.start for c in clocks]
        virtual = _FIELD_FOR_EXPECTING.get(self.expecting or "")
        timed: list[_Timed] = []
        for c in clocks:
            role, cue = self.role_of(c, clocks)
            if (
                role is None
                and timed
                and timed[-1].role not in (None, C.SINK)
                and _TIME_TAKEN_BACK.fullmatch(self.s, timed[-1].clock.end, c.start)
                and _THE_TIME_ALONE_AFTER.match(self.s, c.end)
            ):
                # "bed 9. no, 9:30": the time said again, corrected, with no cue of its own
                role, cue = timed[-1].role, timed[-1].cue
            if role is None and virtual and not any(x.role == virtual for x in timed):
                role = virtual
            timed.append(_Timed(c, role, cue))

        # join ranges ("from 3 to 4:30", "1pm-2pm") and drop approximate second times
        joined: list[_Timed] = []
        i = 0
        while i < len(timed):
            cur = timed[i]
            nxt = timed[i + 1] if i + 1 < len(timed) else None
            if nxt is not None and self.t.same_sentence(cur.clock.start, nxt.clock.start):
                gap = self.s[cur.clock.end : nxt.clock.start]
                if (
                    cur.role == C.SINK
                    and cur.cue is not None
                    and _A_WAKING_CUE.match(self.s, cur.cue.start)
                    and nxt.role == C.ONSET
                    and _I_AWAKE_TILL_GAP.match(gap)
                ):
                    # "the baby woke at 2 and I was awake until 3": the patient's time awake
                    cur.role = C.WAKE
                if (
                    cur.role is None
                    and nxt.role == C.ONSET
                    and any(
                        k.role == C.WAKE for k in self.cues_from(cur.clock.end, nxt.clock.start)
                    )
                    and _AWAKE_TILL_GAP.match(gap)
                ):
                    # "dog barked at 2 and i woke up, was awake til 2:40": the waking's time
                    cur.role = C.WAKE
                opened = bool(
                    _RANGE_OPEN.search(self.s, max(0, cur.clock.start - 12), cur.clock.start)
                )
                if (
                    cur.role == C.WAKE
                    and cur.end is None
                    and _AWAKE_TILL_GAP.match(gap)
                    and (
                        nxt.role in (C.ONSET, None)
                        or (nxt.role == C.WAKE and nxt.cue is cur.cue)  # borrowed its cue
                        or (nxt.role == C.OUT and self.slept_again(cur, nxt))
                    )
                ):
                    cur.end = nxt.clock
                    prev = joined[-1] if joined else None
                    if (
                        prev is not None
                        and prev.role == C.WAKE
                        and prev.end is None
                        and self.corrected(prev.clock.end, cur.clock.start)
                    ):
                        # "woke at 3, no wait, 3:30 ... and was awake till 4:15": one waking
                        joined.pop()
                    joined.append(cur)
                    i += 2
                    continue
                if cur.role == C.WAKE and nxt.role == C.WAKE and _AWAKE_TILL_ALARM.match(gap):
                    # "woke at 4:45 and lay awake till the alarm at 6": 4:45 ended the night;
                    # the alarm only rang on a waking that had already come
                    joined.append(cur)
                    i += 2
                    continue
                if (
                    cur.role is None
                    and nxt.role == C.NAP
                    and nxt.cue is not None
                    and nxt.cue.end <= cur.clock.start
                    and _RANGE_JOIN.match(gap)
                ):
                    # "nap w baby yesterday 1-2:30": the nap before the range names both ends
                    cur.role, cur.cue = nxt.role, nxt.cue
                if (
                    cur.role is None
                    and nxt.role is None
                    and _RANGE_JOIN.match(gap)
                    and self.nap_just_told(cur.clock.start, nxt.clock.end)
                ):
                    cur.role = C.NAP  # "I took a nap after lunch. From 1:30 to 2:15."
                if _RANGE_JOIN.match(gap) and nxt.role in (cur.role, None, C.SINK):
                    if self.is_range(cur, gap, opened):
                        cur.end = nxt.clock
                        joined.append(cur)
                        i += 2
                        continue
                    if _APPROX_JOIN.match(gap) and cur.role is not None:
                        joined.append(cur)  # "woke 6-6:30": the first time, not two wakings
                        i += 2
                        continue
            joined.append(cur)
            i += 1
        return joined

    def slept_again(self, woke: _Timed, item: _Timed) -> bool:
        """ "lay there till 4 then drifted off again": sleep resumed after the time in bed, or
        the waking came so deep in the night (before 4) that it cannot have ended it."""
        _, sb = self.t.sentence_at(item.clock.end)
        start = to_24h(woke.clock, evening=True)  # "12:30" here is half past midnight
        if (
            start is not None
            and start[0] < 4
            and not _ENDS_NIGHT_AFTER.match(self.s[item.clock.end : item.clock.end + 60])
        ):
            return True
        after = self.s[item.clock.end : sb]
        return bool(
            any(c.role == C.BACK for c in self.cues_from(item.clock.end, sb))
            or _SLEPT_AGAIN_AFTER.match(after)
        )

    def is_range(self, cur: _Timed, gap: str, opened: bool) -> bool:
        conn = gap.strip(" \t~")  # ("(~02:10 and ~04:30)": two times, not a range)
        if conn == "and" and not opened:
            return False
        if cur.role in (C.NAP, C.SLEPT, C.ONSET, C.BACK):
            return True
        if cur.role in (C.WAKE, C.OUT):
            cue_text = self.s[cur.cue.start : cur.cue.end] if cur.cue else ""
            # ("one wake-up, 3:00-3:20", "up with him 12:30-2:00": how long it lasted)
            if _FOR_THE_DAY.search(cue_text):
                return False  # ("awake for the day 5-5:30 ish": the morning, roughly)
            named = cur.cue is not None and (
                self.named_a_waking(cur.cue)
                or (_UP_WITH.match(cue_text) is not None and in_the_night(cur.clock))
            )
            # ("woke 1x, 02:00-02:35", "woke 02:10-02:40": a night waking's stretch by the
            # clock, to the minute)
            counted = cur.cue is not None and (
                _ONCE_THEN_RANGE.fullmatch(self.s, cur.cue.end, cur.clock.start) is not None
            )
            by_the_minute = (
                in_the_night(cur.clock) and counted and (cur.clock.h24 or cur.clock.minute)
            )
            return (
                opened or named or by_the_minute or "awake" in cue_text or cue_text.endswith("up")
            )
        if cur.role == C.BED:
            return opened
        return False

    def logged_as(self, c: Clock, clocks: list[Clock]) -> C.Cue | None:
        """A log of lines that each open with a time ("23:05 phone down, lights off"): the
        line's first cue is its time's, wherever it stands in the line."""
        line_start = self.s.rfind("\n", 0, c.start) + 1
        if not _LOG_LINE_OPENS.fullmatch(self.s, line_start, c.start):
            return None
        line_end = self.s.find("\n", c.end)
        line_end = len(self.s) if line_end < 0 else line_end
        if any(c.end <= k.start < line_end for k in clocks):
            return None
        opened = sum(
            1
            for k in clocks
            if _LOG_LINE_OPENS.fullmatch(self.s, self.s.rfind("\n", 0, k.start) + 1, k.start)
        )
        if opened < 3:
            return None  # (a log, not one line that happens to open with a time)
        return next((k for k in self.cues_from(c.end, line_end) if k.role in _STOP_ROLES), None)

    def role_of(self, c: Clock, clocks: list[Clock]) -> tuple[str | None, C.Cue | None]:
        if (
            c.weak
            and self.s.startswith("one", c.start)
            and _FROM_BEFORE.search(self.s, max(0, c.start - 8), c.start)
            and _A_DREAM.search(self.s, max(0, c.start - 80), c.start)
            and not _RANGE_GOES_ON.match(self.s, c.end)  # ("awake from one until three")
        ):
            return None, None  # "nightmares again. woke at 3 from one": a dream, not a time
        if (
            c.weak
            and _ANOTHER_TIME_AFTER.match(self.s, c.end)
            and not _AT_OR_UNTIL_BEFORE.search(self.s, max(0, c.start - 10), c.start)
        ):
            return None, None  # "woke from one at 3:15": "one" is a dream, not a time
        if (
            c.weak
            and self.s.startswith("one", c.start)
            and _ONE_DOES_IT.match(self.s, c.end)
            and not _AT_OR_UNTIL_BEFORE.search(self.s, max(0, c.start - 10), c.start)
        ):
            return None, None  # "and one woke him at 4": a dream, not an hour
        if (
            c.weak
            and _A_DETERMINER_BEFORE.search(self.s, max(0, c.start - 8), c.start)
            and not _AT_THE_BEFORE.search(self.s, max(0, c.start - 16), c.start)
            and _THINGS_COUNTED_AFTER.match(self.s, c.end)
        ):
            return None, None  # "probably the 4 coffees": a number of things, not an hour
        if belongs_elsewhere(self.s, c, self.cues, clocks):
            return C.SINK, None
        before = self.cue_before(c.start)
        after = self.cue_after(c.end, _STOP_ROLES)
        if (
            before is not None
            and before.role == C.ONSET
            and _OUT_UNTIL.match(self.s, before.start)
            and (
                _UNTIL_BEFORE.search(self.s, max(0, c.start - 12), c.start)
                # "dead to the world till my 4:20 alarm"
                or (
                    _UNTIL_MY_BEFORE.search(self.s, max(0, c.start - 12), c.start)
                    and _ITS_ALARM_AFTER.match(self.s, c.end)
                )
            )
        ):
            return C.WAKE, before  # "out like a light til 4:30": asleep until that waking
        if after is not None and _AFTER_CUE_EXPLICIT.match(self.s[c.end : after.start]):
            return after.role, after  # "until 6:30 when I got up"
        if (
            after is not None
            and after.role in (C.LIGHTS, C.BED, C.ONSET, C.OUT)
            and _BRACKET_OPEN.fullmatch(self.s, c.end, after.start)
            and _THEN_CLOSES.match(self.s, after.end)
        ):
            return after.role, after  # "on my phone till like 1:15 (lights off then)"
        if (
            after is not None
            and after.role == C.ONSET
            and before is not None
            and before.role == C.OUT
            and _LAY_THERE.match(self.s, before.start, before.end)
            and _BEFORE_ASLEEP_GAP.match(self.s[c.end : after.start])
            # ("lay awake until 1, then fell asleep around 2": sleep has a time of its own)
            and not self.has_own_time(after, clocks)
        ):
            return C.ONSET, after  # "lay there till 1:30 before I finally dropped off"
        if (
            after is not None
            and after.role in (C.BED, C.LIGHTS, C.ONSET)
            and _UNTIL_BEFORE.search(self.s, max(0, c.start - 12), c.start)
            and (
                _THEN_GAP.match(self.s[c.end : after.start])
                or (after.role == C.LIGHTS and _AND_LIGHTS_GAP.match(self.s[c.end : after.start]))
            )
            # ("didn't wake till 4, then bed at 11": that cue has a time of its own)
            and not self.has_own_time(after, clocks)
        ):
            return after.role, after  # "read till 11:40 then lights off"
        if (
            after is not None
            and _AFTER_CUE_BY_THEN.match(self.s[c.end : after.start])
            and not self.cues_from(self.t.clause_at(c.start)[0], c.start)
            # ("vomited twice around 2, before i even went to bed": 2 is the vomiting's)
            and _ONLY_THE_HOUR.fullmatch(self.s, self.t.clause_at(c.start)[0], c.start)
        ):
            return after.role, after  # "it was 3am before I fell asleep"
        logged = self.logged_as(c, clocks)
        if logged is not None:
            return logged.role, logged
        if (
            after is not None
            and after.role == C.WAKE
            and _WOKE_ME.match(self.s, after.end)
            and _THEY_WOKE_GAP.fullmatch(self.s, c.end, after.start)
            and (before is None or before.end <= self.t.clause_at(c.start)[0])
            # (something the patient felt; "the dog barked at 3, it woke me" is read as before)
            and _FELT_BEFORE.search(self.s, self.t.clause_at(c.start)[0], c.start) is not None
        ):
            return C.WAKE, after  # "palpitations around 01:00, they woke me"
        if after is not None and (
            not _AFTER_CUE_GAP.match(self.s[c.end : after.start])
            or (
                self.t.clause_at(after.start) != self.t.clause_at(c.start)
                and not self.fronted(c, after)
            )
        ):
            after = None
        ca, _ = self.t.clause_at(c.start)
        if _ONLY_A_BOUND_BEFORE.search(self.s, max(0, c.start - 24), c.start):
            return None, None
        if _MEANT_TO.search(self.s, ca, c.start):
            return C.SINK, None  # "was supposed to sleep til 8": what did not happen
        at_clause_start = bool(_FILLER_ONLY.match(self.s[ca : c.start]))
        if after is not None and at_clause_start:
            return after.role, after
        if (
            after is not None
            and (before is None or before.end <= ca)  # ("my wife came to bed at 1 and woke me")
            and after.role == C.WAKE
            and _WOKE_ME.match(self.s, after.end)
            and _AND_GAP.fullmatch(self.s, c.end, after.start)
        ):
            return C.WAKE, after  # "dispatch called at 6 and woke me"
        if before is None:
            told = self.the_event_told_before(c, clocks)
            return (told.role, told) if told is not None else (None, None)
        dist = self.clock_words(before.end, c.start, clocks)
        limit = _CLOCK_LIMIT
        if c.weak and not _PREP_BEFORE.search(self.s, max(0, c.start - 16), c.start):
            limit = _WEAK_LIMIT
        if (
            before.role == C.BACK
            and _TILL_GAP.match(self.s[before.end : c.start])
            and not C.NEGATION_BEFORE.search(
                self.s[max(self.t.clause_at(before.start)[0], before.start - 40) : before.start]
            )
        ):
            return C.WAKE, before  # "back to sleep till 6:45": slept again until that waking
        if (
            before.role == C.OUT
            and _LAY_THERE.match(self.s, before.start, before.end)
            and in_the_night(c)  # ("till after midnight, maybe 12:15")
            and not self.woke_earlier_in_sentence(before.start)  # ("woke at 3, lay awake...")
        ):
            # "bed at ten and lay awake until about one": the night went on, no getting up
            if self.sleep_came_then(before, c, clocks):
                return C.ONSET, before
            return C.SINK, None
        if dist > limit:
            # "i said bed at 11 earlier but it was def more like 11:40": the cue's own time,
            # corrected farther on
            told = [k for k in clocks if before.end <= k.start and k.end <= c.start]
            if (
                len(told) == 1
                and not (c.weak and told[0].weak)  # ("3 calls, no wait 2": counts, not times)
                and self.clock_words(before.end, told[0].start, clocks) <= limit
                and self.t.same_sentence(told[0].start, c.start)
                and self.corrected(told[0].end, c.start)
            ):
                return before.role, before
            # "woke at 3 needing the loo and again at 5": the same kind of event once more
            if (
                before.role in (C.WAKE, C.OUT)
                and self.t.same_sentence(before.start, c.start)
                and _AGAIN_BEFORE.search(self.s, max(0, c.start - 24), c.start)
            ):
                return before.role, before
            return None, None
        if self.somewhere_else_at(before, c, clocks):
            return None, None
        return before.role, before

    def the_naps_length(self, nap: C.Cue, d: Duration, ca: int) -> bool:
        """Whether the clause at `ca`, which only gives a length, tells the nap's: close to it,
        or a tracker's figure a little farther on ("Nap in the recliner after lunch, Fitbit
        logged 35 minutes") -- not a stage of sleep ("app logged 20 min of deep sleep") nor
        what was done after the nap ("a nap then a walk, fitbit logged 40 min")."""
        apart = self.t.words_between(nap.end, d.start)
        if _A_TRACKER_LOGGED.fullmatch(self.s, ca, d.start) is None:
            return apart <= 5
        return (
            apart <= 9
            and _THE_FIGURE_ENDS.match(self.s, d.end) is not None
            and not _ANOTHER_THING_DONE.search(self.s, nap.end, ca)
        )

    def the_event_told_before(self, c: Clock, clocks: list[Clock]) -> C.Cue | None:
        """ "woke up soaked. that was 3:10": the time of the one event the sentence before
        told without a time of its own."""
        ca, _ = self.t.clause_at(c.start)
        sa, _ = self.t.sentence_at(c.start)
        if (
            sa == 0
            or not _THAT_WAS.fullmatch(self.s, ca, c.start)
            or _MORE_OR_A_MEASURE_AFTER.match(self.s, c.end)
        ):
            return None
        pa, _ = self.t.sentence_at(sa - 1)
        told = [k for k in self.cues_from(pa, sa) if k.role in _EVENT_ROLES]
        # ("terrible one, woke up soaked": "one" there is no time of its own)
        if len(told) != 1 or any(
            pa <= k.start < sa and self.s[k.start : k.end] != "one" for k in clocks
        ):
            return None
        return told[0]

    def has_own_time(self, cue: C.Cue, clocks: list[Clock]) -> bool:
        """A time told after the cue, in its own clause ("then fell asleep around 2")."""
        end = self.t.clause_at(cue.start)[1]
        return any(cue.end <= k.start < end for k in clocks)

    def somewhere_else_at(self, cue: C.Cue, c: Clock, clocks: list[Clock]) -> bool:
        """ "alarm 2:45, in the kitchen by 3:30": the cue's own time is told, and the next
        time is where the writer was then, in a clause of its own."""
        if not any(cue.end <= k.start and k.end <= c.start for k in clocks):
            return False
        ca, _ = self.t.clause_at(c.start)
        return ca > cue.end and bool(_A_PLACE_BY.match(self.s, ca, c.start))

    def night_errand(self, a: int, b: int) -> bool:
        """A word of the night in s[a:b] (C.MIDDLE) -- but "kids were up at 6 anyway" and
        "out of bed 6:40 with her" tell a morning, not a waking of the night."""
        for m in C.MIDDLE.finditer(self.s, a, b):
            said = m.group(0)
            if said.endswith("while") and _DOING_BEFORE.search(self.s, a, m.start()):
                continue  # "rose at 6:45 after listening to the radio for a while": its while
            if not (
                _SOMEONE_UP.fullmatch(said)
                or _WITH_SOMEONE.fullmatch(said)
                or _ERRAND_ANY_HOUR.fullmatch(said)
            ):
                return True
            later = next(
                (
                    c
                    for c in self.m.clocks
                    if m.end() <= c.start <= m.end() + 6 or a <= c.start < m.start()
                ),
                None,
            )
            if later is None or in_the_night(later):
                return True
        return False

    def nap_just_told(self, a: int, b: int) -> bool:
        """s[a:b] is a sentence of its own that only gives a length or a range ("About 20
        minutes.", "From 1:30 to 2:15."), right after a sentence that ends on a nap."""
        sa, sb = self.t.sentence_at(a)
        if sa == 0 or not _LENGTH_LEAD_IN.fullmatch(self.s, sa, a) or self.s[b:sb].strip(" .!,;"):
            return False
        pa, _ = self.t.sentence_at(sa - 1)
        last = [c for c in self.cues if pa <= c.start < sa and c.role != C.SINK]
        return bool(last) and last[-1].role == C.NAP

    def named_a_waking(self, cue: C.Cue) -> bool:
        """ "one awakening around 4", "1 wake-up (3:02)": a waking of the night by name (a
        form's singular "wake-up: 6" is the morning's)."""
        noun = _WAKING_NOUN.match(self.s, cue.start)
        if noun is None:
            return False
        if noun.group(0).endswith("s"):
            return True
        one = _ONE_BEFORE.search(self.s, max(0, cue.start - 12), cue.start)
        # (not a clock before "waking": "asleep by 1 waking at 8")
        return one is not None and not (
            noun.group(0).startswith("waking")
            and _A_CLOCK_WORD_BEFORE.search(self.s, max(0, one.start() - 12), one.start())
        )

    def back_opening_next(self, end: int) -> int:
        """`end`, or the end of a "back to sleep" that opens the next sentence ("woke at 3
        from one. back asleep by 3:30."), which is the waking's too."""
        if end >= len(self.s) or end != self.t.sentence_at(max(0, end - 1))[1]:
            return end
        m = _NEXT_OPENS.match(self.s, end)  # (it always matches, maybe nothing)
        opens = m.end() if m else end
        nxt = self.cue_after(opens, _STOP_ROLES | {C.BACK})
        if nxt is not None and nxt.role == C.BACK and nxt.start == opens:
            return nxt.end
        return end

    def sleep_resumes_after(self, pos: int) -> bool:
        """Sleep told again after `pos`: another waking, back to sleep, dozing off again."""
        return any(
            c.role in (C.WAKE, C.BACK, C.ONSET, C.SLEPT) and c.start >= pos for c in self.cues
        )

    def waking_before_was_mid_night(self, d: Duration) -> bool:
        """A waking earlier in the sentence of `d` that was not the night's last: at a night
        hour ("woke at 3, felt awful for about 40 minutes"), or with sleep told again after
        `d` ("... then nodded off till 8"). Then how long a symptom lasted was time awake;
        after the last waking ("woke at 6, headache for about an hour") it was not."""
        sa, _ = self.t.sentence_at(d.start)
        if not any(c.role in (C.WAKE, C.BACK) and sa <= c.start < d.start for c in self.cues):
            return False
        return any(
            in_the_night(c) for c in self.m.clocks if sa <= c.start < d.start
        ) or self.sleep_resumes_after(d.end)

    def sleep_came_then(self, lay: C.Cue, until: Clock, clocks: list[Clock]) -> bool:
        """Whether lying awake until `until` ended in sleep ("I lay awake until 2:00 and then
        woke for good at 4:30"): only a bedtime, lights out or nap is told before it, with
        their own times ("bed at 10, the baby cried at 2 and i lay awake until 4" ended a
        waking), nothing after it tells when sleep came ("Once asleep, I slept through until
        6:40" tells that it came, not when), and no waking follows its time
        ("...until 3 after waking at 1")."""
        told_before = self.cues_from(0, lay.start)
        return (
            all(k.role in (C.BED, C.LIGHTS, C.NAP) for k in told_before)
            and all(
                any(0 <= k.start - cue.end <= _OWN_TIME_GAP for cue in told_before)
                for k in clocks
                if k.end <= lay.start
            )
            and not any(
                k.role in (C.ONSET, C.BACK)
                and any(0 <= c.start - k.end <= _OWN_TIME_GAP for c in clocks)
                for k in self.cues_from(until.end, len(self.s))
            )
            and not _AFTER_A_WAKING.match(self.s, until.end)
        )

    def woke_earlier_in_sentence(self, pos: int) -> bool:
        sa, _ = self.t.sentence_at(pos)
        return any(c.role == C.WAKE and sa <= c.start < pos for c in self.cues)

    def nap_cue_before(self, pos: int) -> bool:
        """A nap named earlier in the sentence, within 60 characters of `pos`."""
        lo = max(self.t.sentence_at(pos)[0], pos - 60)
        return any(c.role == C.NAP and lo <= c.start < pos for c in self.cues)

    def fronted(self, c: Clock, after: C.Cue) -> bool:
        """ "At about 5:40 am, I got out of bed": a clause that is only the time, then the
        clause it belongs to (no cue before it in the sentence to claim it)."""
        ca, cb = self.t.clause_at(c.start)
        sa, _ = self.t.sentence_at(c.start)
        after_start, after_end = self.t.clause_at(after.start)
        return (
            bool(_FILLER_ONLY.match(self.s[ca : c.start]))
            and not self.s[c.end : cb].strip(" \t,.;:")
            and after_start >= cb
            and not self.cues_from(sa, c.start)
            # ("11, asleep by 11:30": the cue has a time of its own)
            and not any(after.end <= k.start < after_end for k in self.m.clocks)
        )

    def scope_end(self, pos: int) -> int:
        _, sb = self.t.sentence_at(pos)
        for cue in self.cues_from(pos, sb):
            if cue.role in _STOP_ROLES:
                return cue.start
        return sb

    def back_positive(self, a: int, b: int) -> bool | None:
        """True: they got back to sleep; False: they could not; None: not said."""
        found: bool | None = None
        for cue in self.cues_from(a, b):
            if cue.role == C.BACK:
                ca, _ = self.t.clause_at(cue.start)
                negated = bool(
                    C.NEGATION_BEFORE.search(self.s[max(ca, cue.start - 40) : cue.start])
                )
                if negated and (
                    _UNTIL_NEXT.match(self.s[cue.end : cue.end + 8])
                    or _FOR_A_TIME_NEXT.match(self.s[cue.end : cue.end + 40])
                ):
                    # "couldn't get back to sleep until 3 / for an hour": they did, later
                    negated = False
                if negated:
                    return False
                found = True
        return found

    def read_clocks(self) -> None:
        if not self.m.clocks:  # nothing below has anything to read
            self._clock_starts = []
            return
        timed = self.timed_clocks()
        single: dict[str, list[_Timed]] = {C.BED: [], C.LIGHTS: [], C.ONSET: [], C.OUT: []}
        wakes: list[_Timed] = []
        nap_start: _Timed | None = None
        for item in timed:
            role = item.role
            if role == C.NAP and item.end is None:
                nap_start = item
                continue
            if nap_start is not None and role == C.WAKE and item.end is None:
                start, nap_start = nap_start, None
                if self.nap_until_woken(start, item):
                    continue
            elif role is not None:
                nap_start = None
            if item.end is not None:
                self.read_range(item)
            elif role in (C.BED, C.LIGHTS, C.ONSET):
                single[role].append(item)
            elif role == C.SLEPT:
                single[C.ONSET].append(item)
            elif role == C.WAKE:
                wakes.append(item)
            elif role == C.OUT:
                single[C.OUT].append(item)
            elif role == C.BACK:
                self.back_clocks.append(item)

        bed: Clock | None = None
        for role, name in ((C.BED, "bedtime"), (C.LIGHTS, "lights_out"), (C.ONSET, "sleep_onset")):
            chosen = self.first_or_corrected(single[role])
            if role == C.ONSET:
                chosen = self.asleep_after_awake(chosen, single[role])
            if chosen is not None and not self.out.has(name):
                t = _after_a_bedtime(chosen.clock, bed) or to_24h(chosen.clock, evening=True)
                if t is not None:
                    self.out.put(name, _time(t), self.span_of(chosen))
                    if role == C.BED:
                        bed = chosen.clock

        self._up_then_out_of_bed(single[C.OUT], wakes)
        self.read_wakes(self.without_alarms_only_set(wakes))

        outs = []
        for item in single[C.OUT]:
            if self.is_middle(item, final_markers=False) and not C.FINAL.search(
                self.s, item.clock.end, self.scope_end(item.clock.end)
            ):
                self.middle_events.append((item.clock.start, item.clock.end))
                self.awake_until_back(item)
            else:
                outs.append(item)
        chosen = self.first_or_corrected(outs)
        if chosen is not None and not self.out.has("out_of_bed"):
            t = to_24h(chosen.clock, evening=False)
            if t is not None:
                self.out.put("out_of_bed", _time(t), self.span_of(chosen))

    def times_beside(self, d: Duration, a: int, b: int) -> bool:
        """A range in s[a:b] whose first time stands just after the length `d`: "20 min
        (3:10-3:30 pm)"."""
        return any(0 <= c.start - d.end <= 3 and a <= c.start < b for c in self.m.clocks)

    def nap_until_woken(self, start: _Timed, woke: _Timed) -> bool:
        """ "Took a nap at 2 and didn't wake till 4": the nap's length, told by when it began
        and when it ended, in one sentence; its waking is not the night's."""
        if not self.t.same_sentence(start.clock.start, woke.clock.start):
            return False
        a, b = to_24h(start.clock, evening=False), to_24h(woke.clock, evening=False)
        if a is None or b is None:
            return False
        a = (a[0] + 12, a[1]) if a[0] < 7 and start.clock.meridiem is None else a  # "at 2"
        b = (b[0] + 12, b[1]) if b[0] < 8 and woke.clock.meridiem is None else b
        length = _minutes_between(a, b)
        if not 0 < length <= 6 * 60:
            return False
        span = (start.clock.start, woke.clock.end)
        self.nap_parts.append((length, span))
        self.nap_ranges.append(span)
        return True

    def _up_then_out_of_bed(self, outs: list[_Timed], wakes: list[_Timed]) -> None:
        """ "Up for good at 5:40, out of bed at 6": told apart from getting out of bed, a
        bare "up" is the final awakening."""
        if wakes or len(outs) < 2:
            return
        first, later = outs[0], outs[1:]

        def said(item: _Timed) -> str:
            return self.s[item.cue.start : item.cue.end] if item.cue else ""

        if _UP_WORD.match(said(first)) and any(
            _OUT_OF_BED_WORDS.search(said(item)) for item in later
        ):
            outs.remove(first)
            wakes.append(first)

    def span_of(self, item: _Timed) -> tuple[int, int]:
        end = item.end.end if item.end else item.clock.end
        if item.cue is None:
            return (item.clock.start, end)
        return (min(item.cue.start, item.clock.start), max(item.cue.end, end))

    def first_or_corrected(self, items: list[_Timed]) -> _Timed | None:
        if not items:
            return None
        chosen = items[0]
        for item in items[1:]:
            if self.corrected(chosen.clock.end, item.clock.start) or (
                # "till after 12, like 12:15": a bound, then the time itself
                _A_BOUND_BEFORE.search(self.s, max(0, chosen.clock.start - 8), chosen.clock.start)
                and (
                    _THE_TIME_ITSELF.fullmatch(self.s, chosen.clock.end, item.clock.start)
                    # ("a little after ten, 10:10 by the bedside clock": the time itself, with
                    # no hedge, where nothing else happens at it)
                    or (
                        _A_COMMA_ONLY.fullmatch(self.s, chosen.clock.end, item.clock.start)
                        and _BY_THE_CLOCK.match(self.s, item.clock.end) is not None
                    )
                )
                and self.within_the_hour_after(chosen.clock, item.clock)
            ):
                chosen = item
        return chosen

    def without_alarms_only_set(self, wakes: list[_Timed]) -> list[_Timed]:
        """ "Woke at 5:15 even though the alarm was set for 5:45", "alarm set for 6, slept
        right through it till 7": where another waking is told, the time an alarm was set
        for is only a plan."""
        set_for = [
            item
            for item in wakes
            if item.cue is not None
            and item.cue.start < item.clock.start
            and _ALARM_SET_FOR.fullmatch(self.s, item.cue.start, item.clock.start)
        ]
        if not set_for or len(set_for) == len(wakes):
            return wakes
        return [item for item in wakes if item not in set_for]

    def asleep_after_awake(self, chosen: _Timed | None, items: list[_Timed]) -> _Timed | None:
        """ "awake till 12 and asleep by 1": being awake until a time only bounds falling
        asleep; a falling asleep told with its own time, soon after, is the onset."""
        if chosen is None or chosen.cue is None or not _UNTIL_AHEAD.match(self.s, chosen.cue.end):
            return chosen
        for item in items:
            if (
                item.clock.start > chosen.clock.end
                and item.cue is not None
                and item.cue.start > chosen.clock.end
                and not _UNTIL_AHEAD.match(self.s, item.cue.end)
                and 0 < (self.minutes_after(chosen.clock, item.clock) or 0) <= 3 * 60
            ):
                return item
        return chosen

    @staticmethod
    def minutes_after(bound: Clock, told: Clock) -> int | None:
        """How long after `bound` the time `told` is, both read as evening-side times."""
        a, b = to_24h(bound, evening=True), to_24h(told, evening=True)
        return None if a is None or b is None else _minutes_between(a, b)

    @classmethod
    def within_the_hour_after(cls, bound: Clock, told: Clock) -> bool:
        minutes = cls.minutes_after(bound, told)
        return minutes is not None and 0 <= minutes <= 60

    def is_middle(self, item: _Timed, final_markers: bool) -> bool | None:
        """True for a mid-night waking, False for a final one, None when nothing says."""
        a = (
            item.cue.start
            if item.cue is not None and item.cue.start < item.clock.start
            else item.clock.start
        )
        # ("the dog barked at 2am and woke me, took 25 min to get back to sleep": the cue
        # after its time is in the waking's scope)
        b = self.scope_end(max(item.clock.end, item.cue.end if item.cue else 0))
        b = self.back_opening_next(b)
        if item.cue is not None and _SLEPT_TILL.match(self.s, item.cue.start, item.clock.start):
            return False  # "slept again till 7", "back to sleep till 6:45": the last waking
        if item.cue is not None and self.s.endswith("since", item.cue.start, item.cue.end):
            return False  # "up since 6 with the kids": awake ever since, so the last waking
        if (
            item.cue is not None
            and item.cue.start < item.clock.start
            and _NOT_WAKE_UNTIL.search(self.s, max(0, item.cue.start - 12), item.clock.start)
        ):
            return False  # "didn't wake once until 6:20": the one waking ended the night
        back = self.back_positive(a, b)
        if back is False:
            return False
        if final_markers and C.FINAL.search(self.s, a, b):
            return False
        if (
            item.cue is not None
            and in_the_night(item.clock)
            and any(item.cue.end <= d.start and d.end <= item.clock.start for d in self.m.durations)
            and _AN_AWAKE_LENGTH_AT.fullmatch(self.s, item.cue.start, item.clock.start)
        ):
            return True  # "awake 20 min at 2": a waking that lasted, told before its time
        if item.cue is not None and (
            self.named_a_waking(item.cue)
            or any(m.start() <= item.cue.start < m.end() for m in self.labelled)
        ):
            # "one awakening around 4", "1 wake-up (3:02 AM)", "wakes 1 (03:10-03:40)": a
            # waking of the night, by name
            return True
        # "woke at 3 and got up for a wee": getting up with a night-time errand, no time of
        # its own, is part of that waking
        nxt = self.cue_after(b, _STOP_ROLES)
        if (
            nxt is not None
            and nxt.start == b
            and nxt.role == C.OUT
            and not C.STRAIGHT_UP.match(self.s, nxt.start)
            and in_the_night(item.clock)
            # (the getting up has no time of its own: none in its clause)
            and not any(b <= c.start < self.t.clause_at(b)[1] for c in self.m.clocks)
            and C.MIDDLE.match(self.s, nxt.end + 1, nxt.end + 40)
        ):
            return True
        # "woke at 5:30 with the kids and got up right away": getting up ends the night
        _, sb = self.t.sentence_at(item.clock.end)
        up = C.STRAIGHT_UP.search(self.s, item.clock.end, sb)
        if final_markers and up is not None and self.t.words_between(b, up.start()) <= 2:
            return False
        if final_markers and back is None and self.night_ends_next(item):
            return False  # "Woke 0300 from nightmares. Stayed awake."
        if back or self.night_errand(a, b):
            return True
        for count in self.m.counts:
            # ("woke at 5:30 nauseous, vomited once": the stomach's count; "woke at 6, with one
            # brief waking in between": the count of a waking named after it)
            if (
                a <= count.start < b
                and not _THREW_UP_BEFORE.search(self.s, max(0, count.start - 20), count.start)
                and not (
                    C.COUNT_AFTER.match(self.s, count.end)
                    and not _WAKING_AS_A_VERB.match(self.s, count.end)
                )
            ):
                return True
        _, sb = self.t.sentence_at(item.clock.end)
        for d in self.m.durations:
            between_clocks = any(item.clock.end <= c.start < d.start for c in self.m.clocks)
            if (
                item.clock.end <= d.start < sb
                and not between_clocks
                and _AWAKE_FOR_BEFORE.search(self.s[item.clock.end : d.start])
                and not _NOT_WASO_AFTER.match(self.s[d.end : d.end + 40])  # "12 hr shift"
                # ("woke at 6, headache for about an hour": the symptom's length; at 3 it
                # would be how long the waking lasted)
                and (
                    in_the_night(item.clock)
                    or self.sleep_resumes_after(d.end)
                    or (
                        not _is_symptom_length(self.s[item.clock.end : d.start])
                        # ("rose at 6:45 after listening to the radio for a while": up in the
                        # morning, and what filled the while was not a waking)
                        and item.role != C.OUT
                    )
                )
            ):
                return True
        return None

    def night_ends_next(self, item: _Timed) -> bool:
        """The sentence after the waking's, with no time or waking of its own, says the night
        ended there: "Stayed awake.", "Never got back to sleep." """
        _, sb = self.t.sentence_at(item.clock.end)
        nxt = next((c for c in self.t.sentences if c[0] >= sb), None)
        if nxt is None or any(nxt[0] <= c.start < nxt[1] for c in self.m.clocks):
            return False
        final = _NIGHT_ENDED.search(self.s, *nxt)
        if any(
            c.role == C.WAKE
            and nxt[0] <= c.start < nxt[1]
            and not (final and final.start() <= c.start < final.end())  # ("stayed awake")
            for c in self.cues
        ):
            return False
        back = self.back_positive(*nxt)
        if back is False:
            return True
        if any(c.role in (C.BACK, C.ONSET) and nxt[0] <= c.start < nxt[1] for c in self.cues):
            return False  # "stayed awake a good while, then dropped off"
        return final is not None and not _FINAL_LABEL.search(self.s, *nxt)

    def read_wakes(self, wakes: list[_Timed]) -> None:
        kept: list[_Timed] = []
        for item in wakes:
            if kept and self.corrected(kept[-1].clock.end, item.clock.start):
                kept[-1] = item
            elif any(_said_again(k.clock, item.clock) for k in kept):
                continue  # "woke at 6. Woke at 6.": said twice, one waking
            else:
                kept.append(item)
        candidates: list[tuple[int, _Timed, tuple[int, int]]] = []
        untold: set[int] = set()  # wakings nothing near them calls mid-night or final
        for item in kept:
            t = to_24h(item.clock, evening=False)
            if t is None:
                continue
            # (a waking that opens a stretch awake told as a range, "woke at 2, awake from 2
            # to 3:30", was in the night: the range ends before the night does)
            middle = (
                t in self.waso_range_starts
                or self.each_lasted(item, kept)
                or self.its_length_beside(item.clock)
                or self.is_middle(item, final_markers=True)
            )
            if middle is None:
                untold.add(item.clock.start)
            if middle:
                self.middle_events.append((item.clock.start, item.clock.end))
                self.awake_until_back(item)
            else:
                candidates.append((_night_key(t), item, t))
        if not candidates:
            return
        candidates = _in_written_order(candidates)
        candidates.sort(key=lambda c: c[0])
        named = [c for c in candidates if c[1].cue and _FINAL_LABEL.match(self.s, c[1].cue.start)]
        if named and named[-1] is not candidates[-1]:
            # "Final wake 06:30 (alarm was set for 06:45...)", "HR on waking 102 bpm at
            # 06:03 ... Final wake 06:01": the time the patient names final is the final one,
            # and a time after it was no waking of the night
            candidates = candidates[: candidates.index(named[-1]) + 1]
        *earlier, (_, final, t) = candidates
        for _, item, _ in earlier:
            self.middle_events.append((item.clock.start, item.clock.end))
        if final.clock.start in untold and self.back_to_sleep_later(final, kept):
            self.middle_events.append((final.clock.start, final.clock.end))
            return
        if not self.out.has("final_wake"):
            self.out.put("final_wake", _time(t), self.span_of(final))

    def its_length_beside(self, c: Clock) -> Duration | None:
        """ "woke at 1 (10 min) and 3 (20 min)", "00:40 (5 min), 02:30 (20 min)": a waking
        with how long it lasted in brackets beside it was in the night."""
        if not self.s.startswith("(", c.end) and not self.s.startswith(" (", c.end):
            return None
        return next(
            (
                d
                for d in self.m.durations
                if d.minutes is not None
                and _BRACKETED_LENGTH.fullmatch(self.s, c.end, d.start)
                # ("05:00 (~5 min each)": every waking's)
                and not _EACH_AFTER.match(self.s[d.end : d.end + 40])
            ),
            None,
        )

    def each_lasted(self, item: _Timed, wakes: list[_Timed]) -> bool:
        """ "Woke at 12:10 and 3:40, about an hour each time": wakings told together, then
        how long each lasted, were all in the night."""
        sa, sb = self.t.sentence_at(item.clock.start)
        told = [w.clock for w in wakes if sa <= w.clock.start < sb]
        if len(told) < 2:
            return False
        last = max(c.end for c in told)
        return any(
            last < d.start < sb
            and self.clock_words(last, d.start, self.m.clocks) <= 4
            and (
                _EACH_AFTER.match(self.s[d.end : d.end + 40]) is not None
                or _EACH_BEFORE.search(self.s, max(sa, d.start - 30), d.start) is not None
            )
            for d in self.m.durations
        )

    def back_to_sleep_later(self, item: _Timed, wakes: list[_Timed]) -> bool:
        """ "My youngest woke me at 2 ... Went back to sleep quick both times.": a waking in
        the small hours, with a return to sleep told later (before any other waking) and no
        word that the night ended, was in the night."""
        if not in_the_night(item.clock):
            return False
        end = min(
            (w.clock.start for w in wakes if w.clock.start > item.clock.end), default=len(self.s)
        )
        back = any(
            c.role == C.BACK
            and item.clock.end <= c.start < end
            # ("could not get back to sleep", "never got back down": no return to sleep)
            and not C.NEGATION_BEFORE.search(
                self.s, max(self.t.clause_at(c.start)[0], c.start - 25), c.start
            )
            # ("tried to get back to sleep but no luck", "wanted to go back to sleep")
            and not _ONLY_TRIED_BEFORE.search(self.s, max(0, c.start - 25), c.start)
            for c in self.cues
        )
        return back and not C.FINAL.search(self.s, item.clock.end, end)

    def wakings_told_twice(self) -> int:
        """Wakings told once by their time and again as a range from it ("03:00 woke up and
        threw up / awake 03:00-03:30"): one waking each, not two."""
        at = {
            (c.hour, c.minute)
            for c in self.m.clocks
            for a, b in self.middle_events
            if (c.start, c.end) == (a, b)
        }
        twice = 0
        for _, (a, b) in self.waso_ranges:
            # The range's own start is the clock before its end: in "woke at 1, then again
            # at 3 and was awake till 4" the range is 3 to 4, and the waking at 1 is another.
            inside = [c for c in self.m.clocks if a <= c.start and c.end <= b]
            start = inside[-2] if len(inside) >= 2 else (inside or [None])[0]
            if start is not None and (start.hour, start.minute) in at:
                twice += 1
        return twice

    def awake_until_back(self, item: _Timed) -> None:
        """ "woke at 2 ... back to sleep at 2:30": a stated clock range of 30 minutes awake."""
        opening_next = self.back_opening_next(self.t.sentence_at(item.clock.start)[1])
        for back in self.back_clocks:
            if back.clock.start > item.clock.end and (
                self.t.same_sentence(item.clock.start, back.clock.start)
                or (back.cue is not None and back.cue.end == opening_next)
            ):
                a, b = item.clock, back.clock
                if a.hour is None or b.hour is None:
                    return
                length = ((b.hour % 12) * 60 + b.minute - (a.hour % 12) * 60 - a.minute) % 720
                if 0 < length <= 360:
                    self.waso_extra.append((length, (a.start, b.end)))
                return

    def read_range(self, item: _Timed) -> None:
        assert item.end is not None
        a, b = item.clock, item.end
        evening = item.role in (C.BED, C.SLEPT, C.ONSET)
        if a.meridiem is None and not a.h24 and b.meridiem in ("am", "pm") and a.hour is not None:
            a = Clock(a.start, a.end, a.hour, a.minute, b.meridiem, False, False)
        ta, tb = to_24h(a, evening), to_24h(b, evening=False)
        if ta is None or tb is None:
            return
        plain = a.meridiem is None and b.meridiem is None and not a.h24 and not b.h24
        if plain and a.hour is not None and b.hour is not None:
            length = ((b.hour % 12) * 60 + b.minute - (a.hour % 12) * 60 - a.minute) % 720
        else:
            length = _minutes_between(ta, tb)
        span = self.span_of(item)
        after = self.s[b.end : b.end + 60]
        if item.role == C.WAKE and _ALARM_AFTER.match(after):
            # "awake from 6 till 7 when the alarm went": the night ended at 6
            if not self.out.has("final_wake"):
                self.out.put("final_wake", _time(to_24h(a, evening=False) or ta), span)
            return
        if item.role == C.WAKE and _ENDS_NIGHT_AFTER.match(after):
            if not self.out.has("final_wake"):
                self.out.put("final_wake", _time(to_24h(a, evening=False) or ta), span)
            if not self.out.has("out_of_bed"):
                self.out.put("out_of_bed", _time(tb), span)
            return
        # (up to the next time told: "..., awake for good at 0600" is another waking's)
        sentence_end = self.t.sentence_at(b.start)[1]
        told_next = min((c.start for c in self.m.clocks if c.start >= b.end), default=len(self.s))
        told_next = min(told_next, sentence_end)
        if item.role == C.WAKE and self.back_positive(b.end, told_next) is False:
            # "woke from about 3 to 4 and never got back to sleep": the night ended at 3
            if not self.out.has("final_wake"):
                self.out.put("final_wake", _time(to_24h(a, evening=False) or ta), span)
            return
        if item.role in (C.WAKE, C.OUT, C.BACK):
            if 0 < length <= 720:
                self.waso_ranges.append((length, span))
                self.waso_range_starts.add(ta)
        elif item.role == C.NAP:
            if 0 < length <= 720:
                self.nap_parts.append((length, span))
                self.nap_ranges.append(span)
        elif item.role in (C.SLEPT, C.ONSET):
            if not self.out.has("sleep_onset"):
                self.out.put("sleep_onset", _time(to_24h(a, evening=True) or ta), span)
            # "slept 11 till 7" ends at the waking; "asleep somewhere between 12 and 1" is
            # one moment not known more closely, and says nothing of the morning
            unsure = _BETWEEN_BEFORE.search(self.s, max(0, a.start - 12), a.start)
            if not unsure and not self.out.has("final_wake"):
                self.out.put("final_wake", _time(tb), span)
        elif item.role == C.BED:
            if not self.out.has("bedtime"):
                self.out.put("bedtime", _time(to_24h(a, evening=True) or ta), span)
            unsure = _BETWEEN_BEFORE.search(self.s, max(0, a.start - 12), a.start)
            if not unsure and not self.out.has("out_of_bed"):  # "bed between 10:30 and 11"
                self.out.put("out_of_bed", _time(tb), span)

    # --- counts ---------------------------------------------------------------------------
    def read_counts(self) -> None:
        if not self.m.counts and not self.labelled:  # nothing below has anything to read
            return
        cue_spans = [
            (m.start(), m.end())
            for m in _COUNT_CUE_GATE.finditer(C.COUNT_CUE, self.t.probe)
            if self.reading.span_active(m.start(), m.end())
        ]
        chosen: Count | None = None
        for count in self.m.counts:
            if not self.reading.span_active(count.start, count.end):
                continue
            # "woke up 3 times no actually twice": the correction needs no cue of its own
            fixes = (
                chosen is not None
                and self.corrected(chosen.end, count.start)
                # ("three times, no, I am mistaken, it was twice": a longer way to say so)
                and self.t.words_between(chosen.end, count.start)
                <= (8 if _OWNED_MISTAKE.search(self.s, chosen.end, count.start) else 4)
            )
            if not fixes and not (
                self.count_attached(count, cue_spans) or self.total_of_wakings(count)
            ):
                continue
            if _NEGATED_WAKE.search(self.s, max(0, count.start - 30), count.start):
                continue  # "didn't wake up once"
            if _THREW_UP_BEFORE.search(self.s, max(0, count.start - 20), count.start):
                continue  # "threw up once": the stomach, not a waking
            theirs = _FOR_SOMEONE_ELSE_AFTER.match(self.s, count.end)
            mine = (
                _MY_COUNT.search(self.s, theirs.end(), self.t.sentence_at(count.start)[1])
                if theirs
                else None
            )
            if mine is not None:
                # "4 wake ups for him, only one for me": his count, then hers
                n = mine.group("n")
                value_n = int(n) if n.isdigit() else COUNT_WORDS.get(n) or word_value(n)
                if value_n is not None:
                    chosen = Count(mine.start(), mine.end(), value_n)
                continue
            if chosen is None or self.corrected(chosen.end, count.start):
                chosen = count
        if chosen is None and self.labelled:
            m = self.labelled[-1]
            n = m.group("n")
            chosen = Count(m.start(), m.end(), int(n) if n.isdigit() else word_value(n))
        if chosen is not None:
            # "twice for the bathroom and once for the cat, so 3 times": the total told after
            total = _TOTAL_TOLD.search(self.s, chosen.end, min(len(self.s), chosen.end + 80))
            if total is not None and self.t.same_sentence(chosen.start, total.start()):
                chosen = _count_told_again(chosen, total)
            # "3 times, no actually 2", "Awakenings: 3 (correction: 2)"
            fix = _BARE_COUNT_FIX.match(self.s, chosen.end)
            if fix and fix.end() - chosen.end < 64:
                chosen = _count_told_again(chosen, fix)
        if chosen is None:
            if self.expecting == "awakenings":
                chosen = next(
                    (c for c in self.m.counts if self.reading.span_active(c.start, c.end)), None
                )
            if chosen is None:
                return
        self.out.mentioned = True
        if chosen.value is not None:
            self.out.put("awakenings", chosen.value, self.count_span(chosen, cue_spans))

    def total_of_wakings(self, count: Count) -> bool:
        """ "woke me at 2 ..., then the dog at 4. So twice total.": a sentence that only adds
        up the wakings told before it."""
        sa, sb = self.t.sentence_at(count.start)
        if _A_TOTAL_ALONE.fullmatch(self.s, sa, sb) is None or sa == 0:
            return False
        if _SLEPT_THROUGH_GATE.search(C.SLEPT_THROUGH, self.t.probe) is not None:
            return False  # ("slept through ... napped at 1 and again at 4. so twice total.")
        pa, _ = self.t.sentence_at(sa - 1)  # the wakings it adds up, in the sentence before
        return any(
            c.role == C.WAKE
            and pa <= c.start < sa
            and not C.NEGATION_BEFORE.search(self.s, max(pa, c.start - 25), c.start)
            for c in self.cues
        )

    @staticmethod
    def cue_span_before(pos: int, cue_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        i = bisect.bisect_right(cue_spans, (pos, pos)) - 1
        while i >= 0 and cue_spans[i][1] > pos:
            i -= 1
        return cue_spans[i] if i >= 0 else None

    def count_attached(self, count: Count, cue_spans: list[tuple[int, int]]) -> bool:
        if C.COUNT_AFTER.match(self.s, count.end):
            return True
        sa, sb = self.t.sentence_at(count.start)
        strong = _TIMES_OR_X.search(self.s[count.start : count.end]) is not None
        if strong:
            # "A couple of times I wake up because of the car alarm": the count, then its cue
            i = bisect.bisect_left(cue_spans, (count.end, count.end))
            if (
                i < len(cue_spans)
                and cue_spans[i][0] < sb
                and _I_THEN_THE_CUE.fullmatch(self.s, count.end, cue_spans[i][0])
                and not _WOKE_SOMEONE.match(self.s, cue_spans[i][1])
                and not _A_HABIT.search(self.s, sa, sb)
            ):
                return True
        prev = self.cue_span_before(count.start, cue_spans)
        if prev is None or prev[0] < sa:
            return False
        cue_end = prev[1]
        words = self.t.words_between(cue_end, count.start)
        return words <= (7 if strong else 3)

    def count_span(self, count: Count, cue_spans: list[tuple[int, int]]) -> tuple[int, int]:
        prev = self.cue_span_before(count.start, cue_spans)
        start = prev[0] if prev and count.start - prev[0] < 60 else count.start
        return (start, count.end)

    # --- durations ------------------------------------------------------------------------
    nap_parts: list[tuple[int, tuple[int, int]]]

    def durations(self) -> list[Duration]:
        found = [d for d in self.m.durations if self.reading.span_active(d.start, d.end)]
        # "once for 5 min, once for like 40": a bare number after "for" takes the unit before
        taken = [(d.start, d.end) for d in found]
        extra: list[Duration] = []
        # only a number after a duration in its sentence counts, so without one, none does
        for mt in _BARE_FOR_NUMBER.finditer(self.s) if found else ():
            a, b = mt.start("n"), mt.end("n")
            if any(x < b and a < y for x, y in taken) or not self.reading.span_active(a, b):
                continue
            sa, _ = self.t.sentence_at(a)
            earlier = [d for d in found if sa <= d.start < a and d.minutes is not None]
            if earlier and (earlier[-1].minutes or 0) < 60:
                extra.append(Duration(a, b, int(mt.group("n"))))
        extra.extend(self.listed_durations(found, taken))
        return sorted(found + extra, key=lambda d: d.start)

    def listed_spans(self) -> list[tuple[int, int]]:
        """Where numbers are listed before a duration ("awake 10, 15 and 20 mins"): lengths,
        so never clock times."""
        spans = []
        for d in self.m.durations:
            listed = _LISTED_BEFORE.search(self.s, max(0, d.start - 40), d.start)
            if listed is not None and d.minutes is not None:
                numbers = _LISTED_NUMBER.findall(self.s, listed.start(), listed.end())
                if len(numbers) > 1 or "," not in listed.group("list"):
                    spans.append(listed.span())
        return spans

    def listed_durations(
        self, found: list[Duration], taken: list[tuple[int, int]]
    ) -> list[Duration]:
        """The numbers listed before a duration take its unit: "10, 20 and 30 mins"."""
        extra: list[Duration] = []
        for d in found:
            lead = _LEADING_NUMBER.match(self.s, d.start)
            if d.minutes is None or lead is None or not value(lead.group(0)):
                continue
            per = d.minutes / (value(lead.group(0)) or 1.0)
            listed = _LISTED_BEFORE.search(self.s, max(0, d.start - 40), d.start)
            if listed is None:
                continue
            numbers = list(_LISTED_NUMBER.finditer(self.s, listed.start(), listed.end()))
            # a lone number before a comma is most often another field ("bed 11, 30 min")
            if len(numbers) == 1 and "," in listed.group("list"):
                continue
            for n in numbers:
                a, b = n.start(), n.end()
                if any(x < b and a < y for x, y in taken) or not self.reading.span_active(a, b):
                    continue
                extra.append(Duration(a, b, round((value(n.group(0)) or 0) * per)))
        return extra

    def woke_before_the_alarm(self, d: Duration) -> bool:
        """ "woke up an hour before my 6am alarm": the waking's time, the alarm's less the
        length (not a length awake)."""
        m = _BEFORE_THE_ALARM.match(self.s, d.end)
        if m is None or d.minutes is None:
            return False
        cue = self.cue_before(d.start)
        if (
            cue is None
            or cue.role != C.WAKE
            or not _WOKE_WORD.match(self.s, cue.start)
            or not _WOKE_THEN_LENGTH.fullmatch(self.s, cue.end, d.start)
        ):
            return False  # ("lay awake for an hour before the alarm": a length awake)
        alarm = next((c for c in self.m.clocks if m.start() <= c.start < m.end()), None)
        if alarm is None:
            return False
        t = to_24h(alarm, evening=False)
        if t is None:
            return False
        told = self.out.spans.get("final_wake", [])
        if any(a <= alarm.start < b for a, b in told):
            del self.out.values["final_wake"]  # the alarm's own time, read as the waking's
            del self.out.spans["final_wake"]
        if not self.out.has("final_wake"):
            at = (t[0] * 60 + t[1] - d.minutes) % 1440
            self.out.put("final_wake", dt.time(at // 60, at % 60), (cue.start, m.end()))
        return True

    def read_durations(self) -> None:
        self.nap_parts = getattr(self, "nap_parts", [])
        sol: list[tuple[Duration, tuple[int, int]]] = []
        waso: list[tuple[Duration, tuple[int, int], str]] = []  # kind: "one", "each", "total"
        last_role: tuple[str, int] | None = None
        nap_cues = [c for c in self.cues if c.role == C.NAP]
        all_durations = self.durations()
        for d in all_durations:
            if self.woke_before_the_alarm(d):
                continue
            role, span, kind = self.duration_role(d, nap_cues)
            if (
                role is None
                and d.minutes is not None
                and d.minutes <= 180
                and not self.sleep_amount(d)
                and last_role is not None
                and last_role[0] == "nap"
                and _NEXT_IN_A_LIST.fullmatch(self.s, last_role[1], d.start)
            ):
                # "Napped 2 times: 25 min at 1pm and 20 min at 4pm": the second nap
                role, span, kind = "nap", (d.start, d.end), "again"
            # (a length told again as a correction keeps the role of the one it corrects:
            # "awake for 20 minutes, sorry, 25 minutes")
            if last_role is not None and role in (None, last_role[0]) and kind != "total":
                # "napped 40 min, no wait it was more like an hour"
                prev_role, prev_end = last_role
                close = (
                    self.t.same_sentence(prev_end, d.start)
                    or self.t.words_between(prev_end, d.start) < 8
                )
                changed = _CHANGED_TO.fullmatch(self.s, prev_end, d.start)
                # (not a part corrected: "20 min each, no actually 30 min the second time")
                partial = _ONE_OF_THEM_AFTER.match(self.s, d.end) is not None
                if close and not partial and (changed or self.corrected(prev_end, d.start)):
                    # ("sol 45min -> 15min": then and now, the figure is the later one)
                    role, span, kind = prev_role, (d.start, d.end), "fix"
            if role in ("nap", "sol", "waso") and d.minutes is not None:
                fix = _BARE_FIX.match(self.s, d.end)
                if fix and _IN_MINUTES.search(self.s, d.start, d.end):
                    d = Duration(d.start, fix.end(), int(fix.group("n")))
                    span = (span[0], fix.end())
            if role is None:
                if self.sleep_amount(d):
                    self.out.mentioned = True
                    self.out.slept_hours = True
                continue
            if role == "nap":
                if kind == "fix" and self.nap_parts:
                    self.nap_parts.pop()
                clause = self.t.clause_at(d.start)
                if kind != "again" and any(
                    self.t.clause_at(a) == clause
                    # ("nap: 20 min (3:10-3:30 pm)": its length, then its times beside it)
                    or (length == d.minutes and self.times_beside(d, a, e))
                    for length, (a, e) in self.nap_parts
                    if (a, e) in self.nap_ranges
                ):
                    continue  # "a 2hr nap 1-3pm": the same nap told twice, by its times too
                if d.minutes is not None:
                    self.nap_parts.append((d.minutes, span))
                else:
                    self.out.mentioned = True
            elif role == "sol":
                # corrected, or "took ages to drop off, maybe 40 min": the figure, not "ages"
                refines = bool(sol) and sol[-1][0].minutes is None and d.minutes is not None
                if sol and (kind == "fix" or refines):
                    sol.pop()
                sol.append((d, span))
            elif role == "waso":
                if kind == "fix" and waso:
                    waso.pop()
                    kind = "one"
                waso.append((d, span, kind))
            last_role = (role, d.end)

        if self.expecting == "sleep_onset" and not sol and not self.out.has("sleep_onset"):
            free = [d for d in all_durations if self.duration_role(d, nap_cues)[0] is None]
            if free:
                sol.append((free[0], (free[0].start, free[0].end)))
        if self.expecting in ("nap_min", "waso_min") and all_durations:
            d = all_durations[0]
            if d.minutes is not None and not self.nap_parts and not waso:
                if self.expecting == "nap_min":
                    self.nap_parts.append((d.minutes, (d.start, d.end)))
                else:
                    waso.append((d, (d.start, d.end), "one"))

        if sol:
            d, span = sol[0]
            self.out.mentioned = True
            if d.minutes is not None:
                self.out.put("sol_min", d.minutes, span)
        if not self.nap_parts:
            for m in _NO_NAP_GATE.finditer(_NO_NAP, self.t.probe):
                if self.reading.span_active(m.start(), m.end()):
                    self.nap_parts.append((0, (m.start(), m.end())))
                    break
        if self.nap_parts:
            self.out.put(
                "nap_min", sum(m for m, _ in self.nap_parts), *[sp for _, sp in self.nap_parts]
            )
        self.waso_parts = waso

    def sleep_amount(self, d: Duration) -> bool:
        """ "4 hours tops", "slept maybe 5 hrs", "3 hours of sleep total": the night's length."""
        if d.minutes is None or d.minutes < 60 or d.minutes > 16 * 60:
            return False
        after = self.s[d.end : d.end + 30]
        sa, _ = self.t.sentence_at(d.start)
        before = self.s[max(sa, d.start - 30) : d.start]
        return bool(_SLEPT_AMOUNT_AFTER.match(after) or _SLEPT_AMOUNT_BEFORE.search(before))

    def duration_role(
        self, d: Duration, nap_cues: list[C.Cue]
    ) -> tuple[str | None, tuple[int, int], str]:
        s = self.s
        after = s[d.end : d.end + 60]
        sa, sb = self.t.sentence_at(d.start)
        before = s[max(sa, d.start - 60) : d.start]
        if _OF_AN_EVENT_AFTER.match(after):
            return None, (d.start, d.end), ""  # "gone within an hour of leaving": not the night's
        middle = {a for a, _ in self.middle_events}
        if any(
            k.start in middle
            and k.start < d.start
            and self.its_length_beside(k) == d
            # (not "awake 2:10-2:55 (45 min)": the range's own length, below)
            and not any(x <= k.start < y for _, (x, y) in self.waso_ranges)
            for k in self.m.clocks
        ):
            return "waso", (d.start, d.end), "one"  # "02:30 (20 min)": that waking's length
        if _RANGE_THEN_BRACKET.search(before) and _BRACKET_CLOSES.match(after):
            return None, (d.start, d.end), ""  # "13:10-13:55 (45 min)": the range's length again
        back = _BACK_AFTER.match(after) or (
            _TO_SETTLE_AFTER.match(after) if self.woke_earlier_in_sentence(d.start) else None
        )
        if back:
            # "20 min to get back to sleep each time": the length of every waking
            rest = _BACK_REST.match(after[back.end() :])
            tail = after[back.end() + (rest.end() if rest else 0) :]
            kind = "each" if _EACH_AFTER.match(tail) or _EACH_BEFORE.search(before) else "back"
            return "waso", (d.start, min(sb, d.end + 40)), kind
        back_before = _BACK_BEFORE.search(before)
        if back_before:
            # "couldn't get back to sleep for 2 hours": awake that long, then slept again
            # ("back to sleep within 10 min each time": every waking's)
            kind = "each" if _EACH_AFTER.match(after) else "back"
            return "waso", (d.start - len(before) + back_before.start(), d.end), kind
        m = _SOL_AFTER.match(after)
        if m:
            return "sol", (d.start, d.end + m.end()), "one"
        then_out = _THEN_ASLEEP_AFTER.match(after)
        if then_out and _TOOK_BEFORE.search(before) and not self.woke_earlier_in_sentence(d.start):
            # "lights off 10:45 - took like 30 min - then out cold": what it took to fall asleep
            return "sol", (d.start, d.end + then_out.end()), "one"
        later = _LATER_AFTER.match(after)  # "fell asleep fast, 2 hours later woke": not how long
        lay_awake = _LAY_AWAKE_BEFORE_SLEEP.search(before)
        if not later and (
            _SOL_BEFORE.search(before)
            or (
                lay_awake is not None
                and not self.woke_earlier_in_sentence(d.start - len(before) + lay_awake.start())
            )
        ):
            return "sol", (max(sa, d.start - 30), d.end), "one"
        couldnt = _COULDNT_FALL_ASLEEP_FOR.search(before)
        if (
            couldnt is not None
            and not later
            # (after a waking, a trip to the bathroom or the dog, it is time awake)
            and not any(c.role in (C.WAKE, C.OUT, C.BACK) and c.start < d.start for c in self.cues)
            and not C.MIDDLE.search(self.s, 0, d.start)
            and not any(k.end <= d.start and in_the_night(k) for k in self.m.clocks)
        ):
            return "sol", (d.start - len(before) + couldnt.start(), d.end), "one"
        if d.minutes is not None and d.minutes <= 180 and not later:
            hedged = _SOL_HEDGED_BEFORE.search(before)
            if hedged:
                return "sol", (d.start - len(before) + hedged.start(), d.end), "one"
        prev = self.cue_before(d.start)
        if (
            prev is not None
            and prev.role == C.ONSET
            and _AFTER_BED.match(after)
            and self.t.words_between(prev.end, d.start) <= 3
        ):
            return "sol", (prev.start, d.end + _AFTER_BED.match(after).end()), "one"  # type: ignore[union-attr]
        if (
            prev is not None
            and prev.role == C.ONSET
            and later
            and (
                not _WOKE_NEXT.match(after, later.end())  # "asleep fast, 2 hours later woke up"
                # ("fell asleep about 20 minutes later woke up at 6": a run-on, the length
                # right after falling asleep)
                or _HEDGE_ONLY.fullmatch(self.s, prev.end, d.start) is not None
            )
            and self.t.words_between(prev.end, d.start) <= 3
        ):
            return "sol", (prev.start, d.end + _LATER_AFTER.match(after).end()), "one"  # type: ignore[union-attr]
        if _TOOK_BEFORE.search(before) and _TOOK_AFTER_END.match(after):
            took = _TOOK_BEFORE.search(before)
            took_at = d.start - len(before) + took.start()  # type: ignore[union-attr]
            ref = self.cue_before(took_at)
            sa, _ = self.t.sentence_at(took_at)
            if (ref is None or ref.start == took_at) and not s[sa:took_at].strip() and sa > 0:
                ref = self.cue_before(sa - 1)  # a form, a line each: "Lights out - 10 / Took - 40"
            # "fell asleep around 11:15, took me 20 min": the asleep it follows counts too
            if ref is not None and ref.role in (C.BED, C.LIGHTS, C.ONSET):
                return "sol", (took_at, d.end), "one"
        ca0, cb0 = self.t.clause_at(d.start)
        if (
            _DAY_SLEEP.search(self.s, ca0, cb0)
            and _SLEEP_WORD.search(self.s, ca0, d.start)
            and (d.minutes or 0) <= 4 * 60
        ):
            # "fell asleep in the chair for 2 hours in the afternoon": sleep by day is a nap
            return "nap", (ca0, cb0), "one"
        # "napped 2 to 3:30 and again for 40 min after dinner": the nap once more
        again = _AGAIN_FOR_BEFORE.search(before)
        if again and nap_cues:
            last = self.cue_before(d.start)
            if last is not None and last.role == C.NAP:
                return "nap", (d.start - len(before) + again.start(), d.end), "again"
        ca, cb = self.t.clause_at(d.start)
        for cue in nap_cues:
            if (
                cue.end <= d.start
                and self.nap_parts
                and (self.sleep_amount(d) or _THE_NIGHT_AFTER.match(after))
            ):
                continue  # "napped 20 min at 2pm, slept 7 hrs": the night's length after it
            if ca <= cue.start < cb:
                gap = (
                    self.t.words_between(d.end, cue.start)
                    if cue.start >= d.end
                    else self.t.words_between(cue.end, d.start)
                )
                # "dozed off in front of the telly for about 20 mins": up to 7 words apart
                # when no other event's word stands between them
                lo, hi = (d.end, cue.start) if cue.start >= d.end else (cue.end, d.start)
                between = [c for c in self.cues_from(lo, hi) if c.role != C.SINK]
                if gap <= 5 or (gap <= 7 and not between):
                    return "nap", (min(cue.start, d.start), max(cue.end, d.end)), "one"
        # "had a little doze, about 20 min": a clause of its own that only gives the length
        # ("a nap on the train home, 25 min": where it was is not another event)
        prev = self.cue_before(d.start)
        if prev is not None and prev.role == C.SINK and prev.end <= ca:
            prev = self.cue_before(prev.start)
        if (
            prev is not None
            and prev.role == C.NAP
            and prev.end <= ca
            and not self.cues_from(ca, cb)
            and self.the_naps_length(prev, d, ca)
            and not _NOT_WASO_AFTER.match(after)
            and not self.corrected(prev.end, d.start)
            and not _THE_NIGHT_AFTER.match(after)  # "a nap, slept 9 hrs last night"
            # ("napped 20 min at 2pm, slept 7 hrs": the nap had its length, then the night's)
            and not (self.nap_parts and self.sleep_amount(d))
        ):
            return "nap", (prev.start, d.end), "one"
        if _NOT_WASO_AFTER.match(after) or _NOT_WASO_BEFORE.search(before):
            return None, (d.start, d.end), ""
        if _is_symptom_length(before) and not self.waking_before_was_mid_night(d):
            return None, (d.start, d.end), ""
        near = s[max(sa, d.start - 25) : min(sb, d.end + 25)]
        total = _TOTAL_NEAR.search(near) or _TOTAL_AWAKE_LABEL.search(before)
        kind = "total" if total else "one"
        each_before = _EACH_BEFORE.search(before)
        # ("each awake maybe 30 min in total": the total, told as such)
        if each_before and not _IN_TOTAL_AFTER.match(after):
            return "waso", (d.start - len(before) + each_before.start(), d.end), "each"
        if _EACH_AFTER.match(after):
            return "waso", (d.start, d.end + _EACH_AFTER.match(after).end()), "each"  # type: ignore[union-attr]
        if _AWAKE_AFTER.match(after):
            return "waso", (d.start, d.end + _AWAKE_AFTER.match(after).end()), kind  # type: ignore[union-attr]
        labelled = _WASO_LABEL_BEFORE.search(before)
        if labelled:  # "WASO maybe 40 min total": time awake after sleep came, all of it
            return "waso", (d.start - len(before) + labelled.start(), d.end), "total"
        for mt in C.COUNT_CUE.finditer(s, sa, d.start):
            if self.t.words_between(mt.end(), d.start) <= 8:
                return "waso", (mt.start(), d.end), kind
        if _EPISODE_FOR_BEFORE.search(before):
            return "waso", (d.start, d.end), kind
        if _EPISODE_BEFORE.search(before) and C.COUNT_CUE.search(s, sa, d.start):
            # "woke 2 times, first time 15 minutes, second time 30": each waking's length
            return "waso", (d.start, d.end), "one"
        if self.nap_just_told(d.start, d.end):
            return "nap", (d.start, d.end), "one"  # "I took a short nap. About 20 minutes."
        return None, (d.start, d.end), ""

    # --- everything -----------------------------------------------------------------------
    def read(self) -> Fields:
        self.nap_parts = []
        self.read_clocks()
        self.read_counts()
        self.read_durations()
        self.read_labelled_minutes()
        self.read_awake_summary()
        self.back_to_sleep()
        self.awake_till_after_a_waking()
        self.derive()
        return self.out

    def awake_till_after_a_waking(self) -> None:
        """ "woke 2:10 w baby. awake til 3:30. back to sleep", "hot flash at 2, awake till
        2:40": being awake until a time, told after a time of the night, ends a waking, not
        the time it took to fall asleep at bedtime."""
        out = self.out
        onset, onset_at = out.values.get("sleep_onset"), out.spans.get("sleep_onset")
        if not isinstance(onset, dt.time) or not onset_at:
            return
        pos = onset_at[-1][0]
        told = next((c for c in self.cues if c.role == C.ONSET and c.start == pos), None)
        if told is None or "awake" not in self.s[told.start : told.end]:
            return  # (the onset's own cue: "awake til 3:30", "lay awake till 2:40")
        taken = [span for name in ("bedtime", "lights_out") for span in out.spans.get(name, [])]
        sa, _ = self.t.sentence_at(pos)
        middle = {a for a, _ in self.middle_events}
        earlier = [
            k
            for k in self.m.clocks
            if k.end <= pos
            and k.hour is not None
            and (
                k.start in middle
                or (
                    sa <= k.start
                    and in_the_night(k)
                    and bool(_A_NIGHT_EVENT_BEFORE.search(self.s, max(sa, k.start - 40), k.start))
                )
            )
            and not any(a <= k.start < b for a, b in taken)
            # ("1am still awake, awake till 3": C.SINK, the wait to fall asleep)
            and not any(
                c.role == C.SINK and k.start - 20 <= c.start <= k.end + 20 for c in self.cues
            )
        ]
        if not earlier:
            return
        k = earlier[-1]
        t = to_24h(k, evening=False)
        if t is None:
            return
        awake = _night_key((onset.hour, onset.minute)) - _night_key(t)
        if not 0 < awake <= 360:
            return
        spans = [(k.start, k.end), *onset_at]
        del out.values["sleep_onset"]
        del out.spans["sleep_onset"]
        if not out.has("awakenings"):
            out.put("awakenings", 1, *spans)
        if not out.has("waso_min"):
            out.put("waso_min", awake, *spans)

    def back_to_sleep(self) -> None:
        """ "Went to bed at 2. Woke at 2:42, wide awake... eventually fell asleep about 5:30":
        a waking told before a falling asleep that came after it in the night is no final
        wake, and the falling asleep is a return to sleep. The night's waking is the time
        between them; when it ended for good, and when sleep first came, are not told."""
        out = self.out
        wake, onset = out.values.get("final_wake"), out.values.get("sleep_onset")
        onset_at = out.spans.get("sleep_onset")
        if isinstance(onset, dt.time) and onset_at and not out.has("bedtime"):
            sa, sb = self.t.sentence_at(onset_at[-1][0])
            if _AFTER_A_TRIP.search(self.s, sa, sb):
                # "fell asleep at 2:30 after a trip to the restroom": asleep again, not first
                del out.values["sleep_onset"]
                del out.spans["sleep_onset"]
                return
        if not (isinstance(wake, dt.time) and isinstance(onset, dt.time)):
            return
        wake_at, onset_at = out.spans.get("final_wake"), out.spans.get("sleep_onset")
        if not wake_at or not onset_at or wake_at[0][0] >= onset_at[0][0]:
            return
        if (
            _night_key((wake.hour, wake.minute)) >= _night_key((onset.hour, onset.minute))
            or onset.hour >= 6
        ):
            return  # (asleep again after 6, a snooze or a tracker's guess, says too little)
        awake = _night_key((onset.hour, onset.minute)) - _night_key((wake.hour, wake.minute))
        spans = [*wake_at, *onset_at]
        for name in ("final_wake", "sleep_onset"):
            del out.values[name]
            del out.spans[name]
        if not out.has("awakenings"):
            out.put("awakenings", 1, *spans)
        if not out.has("waso_min"):
            out.put("waso_min", awake, *spans)

    def read_labelled_minutes(self) -> None:
        for m in self.labelled_minutes():
            if not self.reading.span_active(m.start(), m.end()):
                continue
            name = "waso_min" if m.group("label") == "waso" else "sol_min"
            if not self.out.has(name):
                self.out.put(name, int(m.group("n")), (m.start(), m.end()))

    def read_awake_summary(self) -> None:
        s = self.s
        out = self.out
        through = None
        for m in _SLEPT_THROUGH_GATE.finditer(C.SLEPT_THROUGH, self.t.probe):
            if not self.reading.span_active(m.start(), m.end()):
                continue
            if m.group(0).startswith(("slept", "stayed")):
                ca, _ = self.t.clause_at(m.start())
                if C.NEGATION_BEFORE.search(s[max(ca, m.start() - 30) : m.start()]):
                    continue
            if not m.group(0).startswith("slept") and self.nap_cue_before(m.start()):
                continue  # "lay down for a nap at 1 and didn't wake till 4": the nap's sleep
            if not m.group(0).startswith("slept") and _WISHED_BEFORE.search(
                s, max(0, m.start() - 30), m.start()
            ):
                continue  # "how to make sure i just dont wake up": a wish, not a night
            if C.of_someone_else(
                s, m.start(), self.t.clause_at(m.start())[0]
            ) and not _SO_DID_I.search(s, m.end(), m.end() + 40):
                continue  # "my husband slept from 10 to 6 straight through" (not "so did i")
            if _EXCEPT_AFTER.match(s, m.end()):
                continue  # "straight through except once at 3 to pee"
            through = m
            break
        waso_parts = getattr(self, "waso_parts", [])
        episodes = [
            span
            for d, span, kind in waso_parts
            if kind == "one"
            and _EPISODE_BEFORE.search(
                s, max(self.t.sentence_at(d.start)[0], d.start - 30), d.start
            )
        ]
        told = out.values.get("awakenings")
        if told == 1 and len(episodes) >= 2 and not self.labelled:
            del out.values["awakenings"]  # "once for 15 min, the other time for 40": two wakings
        if not out.has("awakenings"):
            events = len(self.middle_events) + len(self.waso_ranges) - self.wakings_told_twice()
            if len(episodes) >= 2 and not events:
                out.put("awakenings", len(episodes), *episodes)
            elif not events and [k for _, _, k in waso_parts] == ["back"]:
                # "took 20 min to get back to sleep": one waking, told by its length
                out.put("awakenings", 1, waso_parts[0][1])
            elif events:
                spans = self.middle_events + [sp for _, sp in self.waso_ranges]
                out.put("awakenings", events, *spans)
            elif through is not None:
                out.put("awakenings", 0, (through.start(), through.end()))
        total = [p for p in waso_parts if p[2] == "total" and p[0].minutes is not None]
        if total:
            d, span, _ = total[-1]
            out.put("waso_min", d.minutes, span)
        elif waso_parts or self.waso_ranges or self.waso_extra:
            minutes = 0
            spans: list[tuple[int, int]] = []
            known = True
            for d, span, kind in waso_parts:
                if d.minutes is None:
                    known = False
                    continue
                if kind == "each":
                    n = out.values.get("awakenings")
                    if not isinstance(n, int) or n <= 0:
                        known = False
                        continue
                    minutes += d.minutes * n
                else:
                    minutes += d.minutes
                spans.append(span)
            for length, span in self.waso_ranges + self.waso_extra:
                minutes += length
                spans.append(span)
            self.out.mentioned = True
            if known and spans:
                out.put("waso_min", minutes, *spans)
        if through is not None and out.values.get("awakenings") == 0 and not out.has("waso_min"):
            out.put("waso_min", 0, (through.start(), through.end()))
        if out.values.get("awakenings") == 0 and not out.has("waso_min"):
            # "0 awakenings", "didn't wake once": no waking, so no time awake (as the spec
            # says of sleeping through)
            out.put("waso_min", 0, *out.spans["awakenings"])

    def derive(self) -> None:
        out = self.out
        v = out.values
        ref_name = "lights_out" if out.has("lights_out") else "bedtime"
        ref = v.get(ref_name)
        if isinstance(ref, dt.time):
            ref_t = (ref.hour, ref.minute)
            sol = v.get("sol_min")
            onset = v.get("sleep_onset")
            if isinstance(sol, int) and onset is None:
                total = ref_t[0] * 60 + ref_t[1] + sol
                out.put(
                    "sleep_onset",
                    dt.time((total // 60) % 24, total % 60),
                    *out.spans.get(ref_name, []),
                    *out.spans.get("sol_min", []),
                )
            elif isinstance(onset, dt.time) and sol is None:
                gap = _minutes_between(ref_t, (onset.hour, onset.minute))
                if gap < 12 * 60:
                    out.put(
                        "sol_min",
                        gap,
                        *out.spans.get(ref_name, []),
                        *out.spans.get("sleep_onset", []),
                    )
        if out.has("out_of_bed") and not out.has("final_wake"):
            # "up at 6:40 and straight out of bed": that "up" was the waking
            spans = out.spans["out_of_bed"]
            a, b = spans[0][0], spans[-1][1]
            if _BARE_UP.match(self.s, a) and _STRAIGHT_OUT_AFTER.match(self.s, b):
                out.put("final_wake", v["out_of_bed"], *spans)
        if out.has("final_wake") and not out.has("out_of_bed"):
            # "woke at 6 and got up for work", "... and got up w the boys": getting up told
            # right after the last waking, with no time of its own, is at that time
            end = out.spans["final_wake"][-1][1]
            then_up = _AND_GOT_UP.match(self.s, end)
            if then_up is not None and self.reading.span_active(
                then_up.end() - 6,
                then_up.end(),  # (the words, not the comma before them)
            ):
                out.put("out_of_bed", v["final_wake"], *out.spans["final_wake"], then_up.span())
                return
            for m in _STRAIGHT_UP_GATE.finditer(C.STRAIGHT_UP, self.t.probe):
                said = len(m.group(0).rstrip(".,;!? "))
                if self.reading.span_active(m.start(), m.start() + said):
                    out.put(
                        "out_of_bed",
                        v["final_wake"],
                        *out.spans["final_wake"],
                        (m.start(), m.end()),
                    )
                    break


_BARE_UP = re.compile(r"up\b", _F)
_AND_GOT_UP = re.compile(
    # (an errand "to" do is read by C.STRAIGHT_UP, which knows the ones that end the night)
    # ("woke before alarm, got up": the comma joins them too)
    # ("woke 4:45 got up": a note's bare run-on)
    r"\s*(?:(?:,?\s*(?:and|then|so|n|&)|,)\s+)?(?:then\s+)?(?:i\s+)?(?:just\s+)?(?:got|get)\s+up\b"
    r"(?!\s+to\b|\s+for\s+(?:a\s+)?(?:pee|wee|drink|water|the\s+(?:bathroom|loo|toilet))\b)"
    r"(?!\s*(?:at|around|about|by|@|~)?\s*[0-9])",
    _F,
)
_STRAIGHT_OUT_AFTER = re.compile(
    r"[\s,]*(?:and\s+)?(?:then\s+)?(?:(?:got|get|rolled|jumped|hopped)\s+)?(?:straight|right)\s+"
    r"out\s+of\s+bed\b",
    _F,
)
_AFTER_A_TRIP = re.compile(
    r"\bafter\s+(?:a\s+(?:quick\s+)?(?:trip|visit|run)\s+to|going\s+to|using|peeing\s+in)\s+the\s+"
    r"(?:rest\s*room|bathroom|loo|toilet|washroom|john)\b",
    _F,
)


def read_fields(
    text: Text,
    mentions: Mentions,
    cues: list[C.Cue],
    reading: Reading,
    expecting: str | None = None,
) -> Fields:
    probe = text.probe
    if not (
        mentions.clocks
        or mentions.counts
        or mentions.durations
        or _LABELLED_GATE.search(_LABELLED_COUNT, probe)
        or _NO_NAP_GATE.search(_NO_NAP, probe)
        or _SLEPT_THROUGH_GATE.search(C.SLEPT_THROUGH, probe)
    ):
        # Every value below is read from a time, count or length, a labelled count, "no
        # nap" or "slept through": with none of them (most questions, greetings and
        # symptom reports) nothing is found, so the reader need not be set up.
        return Fields()
    return _Reader(text, mentions, cues, reading, expecting).read()

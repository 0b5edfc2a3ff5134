"""The words that give a time, count or duration its role: "bed", "asleep", "woke", "nap"...

One alternation per role, tried in a fixed order at each position, so "out of bed" is
never read as "bed", and "fell back asleep" never as "asleep".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.understanding.numbers import HOUR_WORD
from bot.understanding.prefilter import Gate
from bot.understanding.text import Text

_F = re.ASCII

# Roles a clock time can take. "back" (back to sleep), "nap" and "sink" (dinner, the
# infusion...) take times that must not be read as any diary clock field.
BED, LIGHTS, ONSET, WAKE, OUT, BACK, NAP, SINK, SLEPT = (
    "bed",
    "lights",
    "onset",
    "wake",
    "out",
    "back",
    "nap",
    "sink",
    "slept",
)

_TIME_AHEAD = (  # ("up: 6.50", "up - 7" in a diary written as a form)
    r"(?=\s*(?:[:-]\s*)?(?:at\b|by\b|from\b|between\b|around\b|about\b|abt\b|@|~|approx|like\b"
    r"|maybe\s+[0-9]|[0-9]"
    rf"|{HOUR_WORD}\b|midnight|noon|half\b|quarter\b))"
)
_NOT_UP_AFTER = [
    "catching",
    "catch",
    "caught",
    "follow",
    "followed",
    "following",
    "signed",
    "made",
    "make",
    "making",
    "gave",
    "give",
    "giving",
    "turned",
    "turn",
    "screwed",
    "backed",
    "lit",
    "light",
    "lighting",
    "sped",
    "speeding",
    "clean",
    "cleaned",
    "cleaning",
    "tidied",
    "tidy",
    "locked",
    "lock",
    "cover",
    "covered",
    "pay",
    "paid",
    "sum",
    "went",
    "go",
    "going",
    "headed",
    "threw",
    "throw",
    "throws",
    "thrown",
    "sign",
    "set",
    "messed",
    "looked",
    "look",
    "looking",
    "showed",
    # someone arriving: "pickers show up at 6"
    "show",
    "shows",
    "showing",
    "turns",
    "turning",
    "brought",
    "bring",
    "picked",
    "swelling",
    "swelled",
    "hooked",
    "end",
    "ended",
    "cheer",
    "fed",
    # hoarding, building and using things up
    "save",
    "saving",
    "saved",
    "stock",
    "stocking",
    "stocked",
    "build",
    "building",
    "built",
    "fill",
    "filling",
    "filled",
    "use",
    "using",
    "used",
    "stack",
    "stacking",
    "stacked",
    "mix",
    "mixed",
    "pick",
    "picking",
    "shut",
    "warm",
    "warmed",
    # a tally, not a waking: "racked up 3 loads"
    "racked",
    "racking",
    "rack",
    # a reading went up, not the patient: "bp up for an hour", "HR was up for a couple hours"
    # (a bare "hr" is as often an hour: "napped 1 hr up by 3")
    "bp",
    "pulse",
    "my hr",
    "the hr",
    "resting hr",
    "showed hr",
    "shows hr",
    *(
        f"{reading} {verb}"
        for reading in ("hr", "bp", "pulse", "heart rate", "pressure")
        for verb in ("was", "is", "went", "shot", "stayed")
    ),
]
# "up" as in waking ("up twice", "up at 6"), not "threw up" or "set up". The look-behinds
# sit after the literal so they only run where "up" matched.
_UP = r"\bup\b(?<!-up)" + "".join(rf"(?<!\b{w}\sup)" for w in _NOT_UP_AFTER)

# "went up about half 11" (up the stairs), "went down at 9:45": to bed, said of oneself (a
# message's first words, or after "i", "and", "then", "so", "finally"), not of a heart rate
# or a price
_WENT_UP = (
    "(?:"
    + "|".join(
        verb
        + "(?:"
        + "|".join(
            [rf"(?<![a-z']\s{verb})"]
            + [
                rf"(?<=\b{before}\s{verb})"
                for before in ("i", "and", "then", "so", "finally", "having")
            ]
        )
        + ")"
        for verb in ("went", "go", "going", "gone", "headed")
    )
    + rf")\s+(?:up(?:stairs)?|down){_TIME_AHEAD}"
)

_WENT_DOWN_TO_BED = (
    # (the name opens its sentence: not "my sats", "the app", "the wind")
    r"(?:(?<=^)|(?<=[.!?;\n]\s)|(?<=[.!?;\n]))(?!(?:it|that|this|power|sats?|o2|temp|fever|pain"
    r"|bp|hr|pulse|sun|wind|rain|snow|price|app|wifi|internet|server|phone|battery|swelling"
    r"|score|level|sugar|numbers?|weight|heating|lights?|headache|nausea|dizziness|monitor"
    r"|system|site|network|tv|cable)\b)[a-z]+\s+went\s+down" + _TIME_AHEAD
)

_PLAIN_SLEEP = (
    r"sleep(?<!\bto\ssleep)(?<!\bcan\ssleep)(?<!'ll\ssleep)(?<!\bwill\ssleep)(?<!\bme\ssleep)"
    r"(?<!\bcould\ssleep)(?<!\bwould\ssleep)(?<!\bshould\ssleep)(?<!\bi\ssleep)"
    r"(?<!\byou\ssleep)(?<!\bwe\ssleep)(?<!\bthey\ssleep)(?<!\bnot\ssleep)(?<!n't\ssleep)"
)
_NAP_PLACE = (
    r"(?:(?:on|in)\s+(?:the|my|a)\s+(?:couch|sofa|settee|chair|armchair|recliner|train|bus|car"
    r"|plane|flight|afternoon|sun|garden|hammock|lounge)"
    r"|in\s+front\s+of\s+the\s+(?:telly|tv|television|fire|box|football|news))\b"
)
_ONSET_NEGATED = (
    r"(?:couldn'?t|could\s+not|didn'?t|did\s+not|can'?t|cannot|wasn'?t|was\s+not|never|no)"
    r"(?:\s+(?:actually|really|even|properly|finally))?\s+(?:get\s+to\s+|go\s+to\s+|fall\s+)?(?:sleep|asleep|drop\s+off|nod\s+off|drift\s+off"
    r"|get\s+off(?:\s+to\s+sleep)?)"
)

# What someone did while awake, before its end: "awake reading till 3", "lay there
# listening to the wind until 4"
AWAKE_ACTIVITY = (
    r"(?:\s+[a-z]+ing(?:\s+(?:to|at|about|on|over|with)\s+(?:the\s+|my\s+|a\s+)?[a-z']+)?)?"
)

_ROLE_PATTERNS: list[tuple[str, str]] = [
    # Dozing that the words place in the day ("dozed 10 min on the couch", "a quick doze")
    # is a nap, before "dozed off" can be read as falling asleep for the night.
    (
        NAP,
        r"(?:dozed|dozing|dozes|doze|nodded|nodding|dropped|kipped|kipping|snoozed|snoozing"
        r"|crashed|conked|zonked)"
        rf"(?:\s+(?:off|out))?(?=(?:\s+[a-z0-9'~]+){{0,5}}?\s+{_NAP_PLACE})"
        # "fell asleep in my chair for an hour and a half": asleep somewhere, for a length
        rf"|(?:fell|falling)\s+asleep(?=\s+(?:{_NAP_PLACE}|at\s+(?:my|the)\s+(?:desk|table"
        rf"|computer))"
        r"(?:\s+[a-z]+){0,3}?\s+(?:for|about|around|maybe|like)\s)"
        r"|(?:an?|quick|little|short|small|brief|tiny|wee|hour'?s|hours'?|min(?:ute)?s?)"
        r"\s+(?:doze|kip|snooze|lie[- ]down|power\s+nap)\b|(?:forty|40)\s+winks"
        # "lay down at 2 for a nap": lying down that the words make a nap, not bedtime
        r"|(?:lay|laid|lie|lying|went|go|got)\s+(?:down|(?:in|into|to)\s+bed)"
        r"(?=(?:\s+[a-z0-9':~]+){0,3}?\s+(?:for|to)\s+(?:an?\s+|have\s+an?\s+)?"
        r"(?:quick\s+|short\s+|little\s+|wee\s+)?(?:nap|snooze|doze|kip)\b)",
    ),
    # "still awake at 2": a moment of a sleepless night, neither waking nor falling asleep.
    (SINK, r"still\s+(?:wide\s+)?(?:awake|up)(?!\s+(?:till|until|til)\b)"),
    (
        BACK,
        r"(?:went|go|going|gone|got|get|getting|fell|fall|falling|drifted|dozed|nodded|crawled"
        r"|climbed|crept|headed|managed\s+to\s+get|managed\s+to\s+go)\s+back\s+"
        r"(?:to\s+(?:bed|sleep)|asleep|down|off)"
        r"|back\s+to\s+(?:bed|sleep)|back\s+asleep|asleep\s+again|(?:fell|went)\s+to\s+sleep\s+again"
        # "paged 0230 ..., back in bed and asleep by 0310"
        r"|back\s+in\s+bed\s+(?:and\s+)?(?:asleep|out|sleeping)"
        # "Back down both times", as soldiers say back to sleep
        r"|back\s+down(?=\s+(?:both|each|every|again|by|at|after|within|quick(?:ly)?|fast|till"
        r"|until|til)\b)"
        r"|bk\s+(?:to\s+|2\s+)?(?:bed|sleep|asleep)"  # typed short: "bk asleep by 4"
        # a formal hand: "lay awake until about 3:15 before sleep returned"
        r"|sleep\s+(?:returned|came\s+back|came\s+again|found\s+me\s+again|took\s+me\s+again)"
        # "cannot sleep again until 4" (said without a "not", sleep again ends the night)
        r"|sleep(?:(?<=not\ssleep)|(?<=n't\ssleep)|(?<=cant\ssleep)|(?<=couldnt\ssleep))"
        r"\s+again(?=\s+(?:till|until|til)\b)",
    ),
    (
        OUT,
        r"(?:got|get|getting|gotten|climbed|rolled|dragged\s+myself|crawled|hopped|jumped"
        r"|stumbled|hauled\s+myself)\s+out\s+of\s+(?:the\s+)?bed"
        r"|(?:out\s+of|outa|outta)\s+(?:the\s+|my\s+)?(?:bed"
        # a trucker's bed is the sleeper (berth) behind the cab
        r"|rack|bunk|sleeper|berth)"
        r"|(?:stayed|lay|laid|lie|lying|lazed|stayed\s+lying)\s+in\s+(?:bed|(?:the|my)\s+(?:rack|bunk))\s+"
        r"(?:(?:[a-z]+ing|with)\s+(?:(?:on\s+|my\s+|the\s+|a\s+)?[a-z']+\s+){0,2}?)?(?=till|until|til|to\b)"
        r"|(?:lay|laid|lying|lazed|lie)\s+in\s+(?=till|until|til\b)"
        r"|(?:a\s+)?lie[- ]in\s+(?:(?:till|until|til)\b|(?=to\s+[0-9]))"
        # ("wasn't in bed till 11:30" is when they went to bed)
        r"|in\s+bed(?<!n't\sin\sbed)(?<!nt\sin\sbed)(?<!not\sin\sbed)\s+(?=till|until|til\b)"
        r"|(?:lay|laid|lied|lying|stayed|stayed\s+lying)\s+(?:there|around|awake)\s+"
        r"(?=till|until|til\b)"
        # ("lay there listening to the wind till 3"; not "stayed around chatting till 11")
        rf"|(?:lay|laid|lied|lying|stayed\s+lying)\s+(?:there|awake){AWAKE_ACTIVITY}\s+"
        r"(?=till|until|til\b)"
        r"|(?:got|get|getting|gotten)\s+up(?:\s+for\s+(?:the\s+day|good|real|work))?"
        r"|up\s+for\s+(?:the\s+day|good|work|school|my\s+shift|the\s+school\s+run)"
        r"|left\s+(?:the\s+|my\s+)?bed(?:room)?|oob\b"
        # "rose from bed at ten to eight"; a sailor's "feet on deck 0505"
        r"|(?:rose|arose|got|climbed)\s+from\s+(?:the\s+|my\s+)?bed"
        r"|feet\s+on\s+(?:the\s+)?(?:deck|floor|ground)"
        # "on my feet 0515" (with its time right after: not "dead on my feet")
        r"|(?<!dead\s)on\s+my\s+feet(?=\s+(?:at\s+|by\s+|around\s+|about\s+)?~?\s*[0-9])"
        # a diary form's "out 6:35" (a field of its own: after a slash or a line break)
        r"|out\b(?:(?<=/\sout)|(?<=/out)|(?<=\nout))(?=\s*[:=-]?\s*[0-9])"
        # "up with the baby from 1 to 2:30"
        # (not "up with the alarm at 5:50": the alarm is the waking's, read as alarm)
        # ("up with a sick calf at 11", "up with a heifer calving from 1 to 2:30"; not "ended
        # up with a nap at 2", "caught up with a friend at 7")
        r"|(?<!\bended\s)(?<!\bend\s)(?<!\bcame\s)(?<!\bcome\s)(?<!\bcaught\s)(?<!\bcatch\s)"
        r"(?<!\bwound\s)(?<!\bkeep\s)(?<!\bkept\s)(?<!\bput\s)(?<!\bfed\s)(?<!\bmet\s)"
        r"(?<!\bmade\s)(?<!\bteamed\s)(?<!\bfollowed\s)(?<!\bshowed\s)(?<!\bmixed\s)"
        rf"up\s+(?:with|w/?)\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+)?(?:(?!alarms?\b)[a-z]+\s+)?"
        rf"(?!alarms?\b)[a-z]+{_TIME_AHEAD}"
        # a night's "feeds at 1 and 4" (their times follow)
        rf"|(?:night\s+)?(?:feeds|feedings)(?=\s+(?:at|around|about)\s+[0-9]){_TIME_AHEAD}"
        # "up for feeds at 12 and 3", "up to pee at 2"
        r"|up\s+(?:for|to)\s+(?:a\s+|the\s+|her\s+|his\s+)?(?:feeds?|feeding|feed\s+(?:her|him|the\s+baby)"
        rf"|bottles?|nursing|nurse|pump|pumping|pee|wee|the\s+(?:bathroom|loo|toilet)|water"
        rf"|a\s+drink){_TIME_AHEAD}"
        rf"|(?:rose(?<=\bi\srose)|rose(?<=\band\srose)|rose(?<=\bthen\srose)|rose(?<=,\srose)"
        r"|rose(?<=\.\srose)|arose(?<=\bi\sarose)|rose(?<=\bi\sfinally\srose)"
        r"|rose(?<=\band\sfinally\srose)|rose(?<=\bi\seventually\srose))"
        # "and rose gently at 6"
        r"(?:\s+(?:gently|slowly|quietly|early|promptly|reluctantly))?"
        # ("i rose for lauds at a quarter to six": what for, then when)
        rf"(?:{_TIME_AHEAD}|(?=\s+for\s+(?:[a-z]+\s+){{1,2}}(?:at|by|around|about)\b))"
        # (not "stood up from the table around 9pm": up from a chair)
        rf"|{_UP}(?!\s+to\b)(?!\s+from\s+(?:the|a|my|his|her)\s+(?:chair|table|couch|sofa|desk"
        rf"|toilet|bench|seat|recliner|armchair|floor)\b){_TIME_AHEAD}"
        # "up and rollin by 4", "up and at it by 6": up for the day, then its time
        r"|up\s+and\s+(?:at\s+(?:it|'?em|them)|about|out|going|moving|running|rolling|rollin'?)"
        # (its time at once: "up and moving about the house till 4" is no getting up)
        rf"(?=\s*(?:by|at|around|@|~)?\s*(?:[0-9]|(?:{HOUR_WORD}|half|quarter|midnight|noon)\b))"
        # "12 bed, 7:30 up": the time first, "up" closing the clause (the look-behinds sit
        # after the literal, so the pre-filter can still skip to where "up" is)
        r"|up\b(?:(?<=[0-9]\sup)|(?<=[0-9]am\sup)|(?<=[0-9]pm\sup))(?=\s*(?:[,.;!]|$|and\b|then\b))",
    ),
    (
        WAKE,
        r"(?:slept|dozed|snoozed|stayed\s+asleep|slept\s+in|sleep\s+in"
        # "and sleep till 6", as the past is said in some Englishes (not "want to sleep till")
        rf"|{_PLAIN_SLEEP}"
        r"|dozing|snoozing)(?:\s+(?:right\s+|straight\s+)?(?:through|thru|in|on|again"
        r"|like\s+a\s+(?:log|baby|rock|stone|top))){0,2}"
        r"\s+(?:till|until|til|to|'til)\b"
        # "slept soundly for a change, straight through until six": the sleep told before
        r"|(?:(?<=,\s)|(?<=^))(?:straight|right)\s+(?:through|thru)\s+(?=till\b|until\b|til\b)"
        # ("i sleep like a baby until 6:45", the past told in the present)
        r"|sleep\s+like\s+a\s+(?:log|baby|rock|stone|top)\s+(?:till|until|til|'til)\b"
        # "then nodded off till 8", "drifted back off again until 7": asleep until that waking
        # (not "i don't think i dropped off till 11", which is falling asleep)
        r"|(?:(?<=then\s)(?:dozed|nodded|drifted)\s+off|(?:dozed|nodded|drifted|dropped)\s+(?:back"
        r"\s+off|off\s+again))\s+(?:till|until|til|'til)\b"
        r"|(?:woken|woke|wake|waking|wakes|awoken|awoke|awakened)(?:\s+(?:me\s+|myself\s+)?up)?"
        # "I've been up since 3" (written before the night was over)
        rf"|(?:up|awake)\s+since{_TIME_AHEAD}"
        # "the toddler had me up at 2 and 4:30"
        rf"|me\s+up(?:(?<=\bhad\sme\sup)|(?<=\bkept\sme\sup)){_TIME_AHEAD}"
        r"|awakening"
        # "Awake for the day 0530": the last waking, with its time
        rf"|awake\s+for\s+(?:the\s+day|good){_TIME_AHEAD}"
        rf"|awake(?!{AWAKE_ACTIVITY}\s+(?:till|until|til)\b)"
        # ("a 3 alarm fire": how big the fire was)
        r"|alarm(?!\s+fire\b)(?:\s+(?:went\s+off|rang|clock|at))?"
        r"|opened\s+my\s+eyes|eyes\s+open|reveille"
        # "sat up in bed at 2:30 from a nightmare": woken upright, by something (not "sat up
        # in bed at 10 reading")
        r"|sat\s+(?:bolt\s+)?(?:straight\s+)?up(?:right)?\s+in\s+bed(?=\s+(?:at\s+|around\s+"
        r"|about\s+)?[0-9][0-9:.]*\s*(?:am|pm)?,?\s+(?:from|because|cause|gasping|startled"
        r"|sweating|screaming|shaking|in\s+a\s+(?:panic|sweat)|with\s+a\s+(?:start|jolt|scream)"
        r"|with\s+my\s+heart)\b)"
        # "surfaced at 8"; "a nightmare around 4" (it woke them)
        rf"|surfaced{_TIME_AHEAD}|(?:nightmare|bad\s+dream)s?{_TIME_AHEAD}"
        # an on-call page at night: "paged at 2:15", "a sev2 page at 3:10"
        r"|(?:got\s+)?paged|page(?=\s+(?:at|@)\s*[0-9])"
        r"|final(?:\s+(?:wake(?:[- ]?up)?|awakening))?(?=\s*[:=-]?\s*(?:at\s+)?[0-9])"
        r"|final\s+(?:wake(?:[- ]?up)?|awakening)\b",
    ),
    (
        ONSET,
        r"(?:fell|fel|fall|falls|falling|fallen)\s+asleep|sleep\s+onset"
        # a diary form's "onset ~00:30" opening its line or a bullet (after a comma, a colon
        # or a full stop it is as often a symptom's: "chest pain, onset 04:50", "Headache:
        # onset 2:15", "Bad headache. Onset 3am")
        # (and in a log's run of labels, "Bed 21:00, lights out 21:45, onset 22:05": a
        # symptom's onset is told apart in fields._a_symptoms_onset)
        r"|onset(?:(?<=^onset)|(?<=\nonset)|(?<=[-*/]\sonset)|(?<=\n-onset)|(?<=[,.;]\sonset))"
        r"(?=\s*[:=-]?\s*(?:at\s+|by\s+|around\s+|about\s+|~\s*)?[0-9])"
        r"|(?:dozed|dozing|doze|drifted|drifting|drift|nodded|nodding|nod|dropped|dropping"
        # ("school drop off is at 8:15": the school run)
        r"|drop(?<!school\sdrop)(?<!daycare\sdrop)(?<!the\sdrop)"
        r"|conked|zonked|knocked|crashed|passed)\s+(?:off|out)"
        # ("time asleep 7:05", a watch's length, is no clock of falling asleep)
        r"|(?:went|go|going|gone|got|get|getting)\s+(?:off\s+)?to\s+sleep"
        r"|asleep(?<!time\sasleep)(?<!total\sasleep)(?<!hours\sasleep)(?<!hrs\sasleep)"
        rf"|(?:awake{AWAKE_ACTIVITY}|tossed\s+and\s+turned|tossing\s+and\s+turning)\s+"
        r"(?=till|until|til)"
        rf"|{_ONSET_NEGATED}\s+(?=till|until|til\b)"
        r"|sleep\s+(?:did\s+not|didn'?t|would\s+not|wouldn'?t)\s+come\s+(?=till|until|til\b)"
        r"|(?:(?:went|was|were)\s+)?out\s+like\s+a\s+(?:light|lamp)|dead\s+to\s+the\s+world"
        r"|(?:sparked|spark|conked|zonked|passed|crashed)\s+out|out\s+cold"
        r"|(?:was|were)\s+out(?=\s+(?:by|at|around|before)\b)"
        # ("I was out at 8:30 walking the dog": out doing something, not asleep)
        r"(?!\s+\w+\s+[0-9:.]+\s*(?:am|pm)?\s+(?!(?:snoring|sleeping|dreaming|nothing|something"
        r"|anything|everything|morning|evening|during|according|lightning)\b)[a-z]+ing\b)"
        r"|out(?:(?<=,\sout)|(?<=\band\sout))(?=\s+by\b)"  # "bed at 12, out by 12:20"
        r"|sleep\s+(?:finally\s+)?(?:came|come(?=\s+(?:at|around|about|by|near|~|[0-9]))|arrived|took\s+me|took\s+over)"
        # "till 5 when my brain finally shut off": the mind stopping is falling asleep
        r"|(?:brain|mind|head)\s+(?:finally\s+|eventually\s+)?(?:shut|switched|turned|shuts"
        r"|switches|turns)\s+off"
        r"|(?:crashed|zonked|conked|flaked|sparko|zzz+)(?=\s+(?:at|around|by|about|before)\b)"
        # "up til 2:30 gaming then crashed": asleep when the time awake ended
        r"|crashed(?:(?<=then\scrashed)|(?<=finally\scrashed))(?=\s*(?:[,.;!]|$|and\b|hard\b))"
        # ("a seizure in my sleep around 3": something that happened while asleep)
        rf"|sleep\b(?<!\bin\smy\ssleep)(?<!\bin\shis\ssleep)(?<!\bin\sher\ssleep)"
        # ("seizure in sleep around 4am"; but "fell in sleep around 12" fell asleep)
        r"(?<!seizure\sin\ssleep)(?<!seizures\sin\ssleep)(?<!fit\sin\ssleep)"
        r"(?<!talking\sin\ssleep)(?<!talked\sin\ssleep)(?<!shaking\sin\ssleep)"
        rf"{_TIME_AHEAD}",
    ),
    (
        SLEPT,
        # ("slept 2030 to 0500": a 24-hour range written without colons)
        r"slept(?=\s+(?:from|between|(?:[0-9]{1,2}(?:[:.][0-9]{2})?|(?:1[89]|2[0-3]|0[0-3])[0-5][0-9])\s*"
        r"(?:am|pm|a|p)?\s*(?:-|to|till|until|til)\s*[0-9]))"
        r"|slept\b(?=\s*(?:at|by|around|about|@|~)\b)",
    ),
    (
        LIGHTS,
        # "the light was out by half past": said of the light, not of the sleeper
        r"(?:lights?|lites?)\s+(?:went\s+)?(?:out|off)"
        # ("lamp off at 10:45"; not "the cat knocked a lamp off the dresser")
        r"|lamps?\s+(?:went\s+)?(?:out|off)(?!\s+(?:the|a|my|of|his|her)\b)"
        # ("lights were out till 4" after a storm: only "by" or "at" a time is the sleeper's)
        r"|(?:lights?|lites?)\s+(?:was|were|got)\s+(?:out|off)(?=\s+(?:by|at|around|about)\b)"
        r"|(?:lights?"
        r"|lites?)(?=\s*[:=-]?\s*[0-9])"
        # ("didnt turn the light off till 10:30", "lights out wasnt until like 12:15": then)
        r"|(?:didnt|did\s+not|didn't)\s+(?:turn|switch|put)\s+(?:off\s+|out\s+)?(?:the\s+|my\s+)?"
        r"(?:lights?|lamp)(?:\s+(?:off|out))?(?=\s+(?:till|until|til)\b)"
        r"|(?:lights?|lites?)\s+(?:out|off)\s+(?:wasnt|was\s+not|wasn't)(?=\s+(?:till|until|til)\b)"
        r"|(?:turned|switched|turn|switch|shut|put|turning|switching|shutting|putting)\s+"
        r"(?:off\s+|out\s+)?(?:the\s+|my\s+)?"
        # ("turned off the TV and the light at 11")
        r"(?:(?:tv|telly|television|radio)\s+and\s+(?:the\s+|my\s+)?)?"
        r"(?:lights?|lamp)(?:\s+(?:off|out))?"
        # a formal hand: "extinguished the light at 11:05", "lights extinguished at 10:15"
        r"|(?:extinguished|doused)\s+(?:the\s+|my\s+)?(?:lights?|lamp)"
        r"|(?:lights?|lamp)\s+(?:were\s+|was\s+)?(?:extinguished|doused)"
        r"|(?:tried|try|trying|started\s+trying|began\s+trying|started\s+to\s+try)\s+to\s+"
        r"(?:go\s+to\s+)?sleep|closed\s+my\s+eyes|put\s+(?:my\s+|the\s+)?(?:phone|book|kindle)"
        r"\s+(?:down|away)",
    ),
    (
        BED,
        r"(?:went|go|going|gone|got|get|getting|climbed|crawled|hopped|jumped|headed)\s+"
        # ("8pm bedtimes are brutal": the habit, not a night's bedtime)
        r"(?:up\s+)?(?:in|into|to)\s+bed|(?:in|into|to)\s+bed|bed\s*time(?!s)|bedtime(?!s)|bed(?!\s*times)"
        r"|(?:in|into|to)\s+(?:my\s+|the\s+)?(?:bunk|cot|rack)\b|hit\s+the\s+rack"
        # "HS 2330": a chart's hour of sleep (hora somni)
        r"|hs(?=\s*[:=-]?\s*(?:at\s+|~\s*)?[0-9])"
        # "Rack 2100", as soldiers say bed
        r"|(?:rack|bunk)(?=\s*[:=-]?\s*(?:was\s+|at\s+|by\s+|~\s*)?[0-9])|racked\s+out"
        # "bunked at 9", "sacked out around 10": the bunk or sack as a verb, a time after
        # ("got sacked at 4": fired, so sacked needs its "out")
        rf"|(?:(?:bunked|racked)(?:\s+(?:down|out))?|sacked\s+(?:down|out)){_TIME_AHEAD}"
        # "2230 rack.": the time first
        r"|(?:rack|bunk)\b(?:(?<=[0-9]\srack)|(?<=[0-9]\sbunk))(?=\s*(?:[,.;!]|$))"
        r"|hit\s+the\s+(?:sack|hay|pillow)|(?:in|into)\s+the\s+(?:sack|hay)|turned\s+in|lay\s+down"
        r"|laid\s+down|lie\s+down|retired"
        # "after retiring at 10:00" (a time after it: retiring from work is not a bedtime)
        rf"|retiring(?:\s+(?:to\s+bed|for\s+the\s+night))?{_TIME_AHEAD}"
        r"|(?:got|get|put)\s+my\s+head\s+down"
        # "went up about half 11": up the stairs, to bed (a time follows)
        # (said of oneself: "my heart rate went up at 3" is not bedtime)
        rf"|{_WENT_UP}"
        # a carer's "Sam went down at 9:45" (not a heart rate, a fever or the power)
        rf"|{_WENT_DOWN_TO_BED}",
    ),
    (
        NAP,
        r"(?:power\s+|cat\s*)?naps?|napped|napping|siesta|snooze|snoozed|catnap"
        r"|dozed\s+(?:off\s+)?on\s+the\s+(?:couch|sofa)"
        # "I dozed yesterday afternoon, from 2 until about 2:40": sleep by day
        r"|dozed(?=\s+(?:off\s+)?(?:yesterday\s+afternoon|in\s+the\s+afternoon|after\s+lunch))",
    ),
    (
        SINK,
        r"infusions?|sessions?|appointments?|treatments?|clinic|dinner|lunch|breakfast|meds"
        r"|medications?|melatonin|pills?|work|shift|gym|coffee|ate|took|seizure|home|school"
        r"|dose|ambien|zolpidem|trazodone",
    ),
]

# Every alternative starts a word; the look-ahead rejects other positions fast.
_ROLE_RE = re.compile(
    r"\b(?=[a-z0-9])(?:"
    + "|".join(rf"(?P<r{i}>\b(?:{p}))" for i, (_, p) in enumerate(_ROLE_PATTERNS))
    + ")",
    _F,
)
_ROLE_BY_GROUP = {f"r{i}": role for i, (role, _) in enumerate(_ROLE_PATTERNS)}

_ROLE_GATE = Gate(_ROLE_RE)  # many messages (questions, greetings) hold no cue word at all


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    role: str


def find_cues(text: Text) -> list[Cue]:
    cues: list[Cue] = []
    for m in _ROLE_GATE.finditer(_ROLE_RE, text.probe):
        group = m.lastgroup
        if group is not None:
            cues.append(Cue(m.start(), m.end(), _ROLE_BY_GROUP[group]))
    return cues


# --- markers ------------------------------------------------------------------------------

# Words that make a waking a mid-night one (not the final awakening).
MIDDLE = re.compile(
    r"\bagain\b|\bto\s+(?:pee|wee|urinate|use\s+the\s+(?:bathroom|toilet|loo|restroom)"
    r"|the\s+(?:bathroom|toilet|loo|restroom)|go\s+to\s+the\s+(?:bathroom|toilet|loo)|drink"
    # (a baby's feed; an animal's is a chore, read with its time: fields.night_errand)
    r"|pump\b|get\s+(?:some\s+|a\s+)?(?:water|drink)|feed(?!\s+(?:the\s+|my\s+)?(?:cats?|dogs?|chickens"
    r"|hens|animals|horses|fish|goats|pigs|cattle|pets?|birds|livestock|stock))"
    r"|let\s+the\s+dog|check\s+on)"
    r"|\bto\s+feed\s+(?:the\s+|my\s+)?(?:cats?|dogs?|chickens|hens|animals|horses|fish|goats"
    r"|pigs|cattle|pets?|birds|livestock|stock)\b"
    r"|\bfor\s+(?:a\s+|the\s+|her\s+|his\s+)?(?:feeds?|feedings?|bottles?|nursing)\b"
    r"|\b(?:feeds|feedings)\b|\bme\s+up\b(?:(?<=\bhad\sme\sup)|(?<=\bkept\sme\sup))"
    # "up at 1:30 and 4:30 feeding her" (read with its time: fields.night_errand)
    r"|\b(?:feeding|nursing|pumping|rocking|settling)\s+(?:her|him|them|the\s+(?:baby|twins)"
    r"|baby)\b"
    r"|\bfor\s+(?:the\s+|some\s+)?(?:bathroom|toilet|loo|a\s+wee|a\s+pee|water|a\s+drink|a\s+bit"
    r"|a\s+while"
    r"|a\s+few\s+min)|\b(?:bathroom|toilet|loo|pee|wee|restroom)\b"
    r"|\b(?:with|w/?)\s+(?:the\s+|my\s+)?(?:dog|baby|kids?|cat|son|daughter|puppy|him|her|them)\b"
    # ("woke briefly at 3"; not "on waking at 6, briefly disoriented": the symptom was brief)
    r"|\bbriefly\b(?!\s+(?:disoriented|confused|dizzy|lightheaded|nauseous|foggy|groggy|unsure"
    r"|panicked|anxious|spacey|detached|forgot|lost))|\b(?:baby|kids?|toddler|son|daughter"
    r"|twins)\s+(?:was\s+|were\s+)?up\b"
    r"|\bthen\s+(?:slept|dozed|went\s+back)|\bin\s+the\s+(?:night|middle\s+of\s+the\s+night)\b"
    r"|\bduring\s+the\s+night\b|\bmiddle\s+of\s+the\s+night\b|\bnightmares?\b"
    # "woke at 3 with my heart racing, took a while to settle down": settled, then slept on
    r"|\b(?:took|take|takes|taking)\s+(?:me\s+)?(?:a\s+(?:while|bit|long\s+time|good\s+while)|ages"
    r"|forever|an?\s+hour|[0-9]+\s*(?:min\w*|mins))\s+to\s+settle\b(?!\s+(?:into|in)\b)"
    r"|\bsettled?\s+back\s+down\b",
    _F,
)
# Words that make a waking the final one.
FINAL = re.compile(
    r"\bfor\s+(?:good|the\s+day)\b|\bno\s+more\s+sleep\b|\bstayed\s+(?:awake|up)\b"
    r"|\bfor\s+work\b|\bthis\s+morning\b|\bready\s+for\s+the\s+day\b"
    r"|\bfinal(?:ly)?\b"
    # "I wake at 3 and I don't sleep again": no more sleep that night
    r"|(?:n'?t|\bnot|\bcannot|\bcant|\bcouldnt|\bdidnt|\bdont|\bnever)\s+(?:\w+\s+)?(?:sleep"
    r"|fall\s+asleep|get\s+(?:back\s+)?to\s+sleep)\s+(?:again|anymore|any\s+more|after\s+that)\b"
    r"(?!\s+(?:until|till|til)\b)",  # ("could not sleep again until 3:30": then they did)
    _F,
)
NEGATION_BEFORE = re.compile(
    r"(?:n't|\bnot|\bnever|\bunable\s+to|\bno|\bcannot|\bcant|\bcouldnt|\bdidnt|\bwasnt"
    r"|\bcldnt|\bcudnt|\bcouldn|\bcnt)"
    r"(?:\s+\w+){0,2}\s*$",
    _F,
)
CORRECTION = re.compile(
    r"\b(?:no\s+actually|actually|no\s+wait|wait|i\s+mean|or\s+rather|make\s+that|scratch\s+that"
    r"|let'?s\s+say|i'?ll\s+(?:go\s+with|say)|call\s+it|or\s+(?:maybe\s+)?closer\s+to"
    r"|correction|sorry|more\s+like|nope|nah|naw|no|(?:it\s+)?must\s+have\s+been)\b|[-,]\s*well\b",
    _F,
)
# "baby was up at 1", "kids in bed by 9", "my husband went to bed at 11": another person's
# night in the patient's message. Their cue only keeps its time from being the patient's,
# their sleep's quality from being the patient's.
SOMEONE_ELSE_BEFORE = re.compile(
    r"\b(?:baby|babies|toddler|kids?|kiddos?|children|child|son|daughter|boys|girls|twins|newborn|grandkids"
    r"|grandson|granddaughter|husband|hubby|wife"
    r"|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|other\s+half|dog|cat|puppy|little\s+one"
    r"|he|she|they|mum|mom|dad|flatmate|roommate|housemate)"
    r"(?:\s+(?:was|were|is|are|had|has|got|went|came|come|comes|finally|also|then|eventually"
    # ("she had a bad dream at 3")
    r"|only|a|an|in\s+(?:our|my|the|his|her|their)))*\s+$",
    _F,
)
# "Dad says he went to bed at 9", "typing for my husband", "this is his daughter": someone
# writes for the patient, so "he" and "Dad" are the patient. A baby or a dog still is not.
# Who introduces themselves as the patient's: "Eli's mom", "Sam's carer"
_RELATION = r"(?:mom|mum|mother|dad|father|wife|husband|partner|daughter|son|carer|caregiver)"
WRITING_FOR_THE_PATIENT = re.compile(
    r"\b(?:(?:mum|mom|dad|father|mother|husband|hubby|wife|partner|grandma|grandpa|he|she"
    r"|abuela|abuelo|nana|granny|grandmother|grandfather)"
    r"\s+(?:says|said|tells\s+me|told\s+me|reports|asks|is\s+asking|wants\s+to\s+know)"
    r"|(?:typing|writing|texting|answering|messaging)\s+(?:this\s+)?for\s+(?:my|him|her)"
    # "This is Marge typing for Walt.": for someone named, and nothing after the name
    r"|(?:typing|writing|texting|answering|messaging)\s+(?:this\s+)?for\s+(?!(?:hours|ages|work"
    r"|fun|school|now|you|myself|me|real|a\s+while)\b)[a-z]+(?=\s*[.,;:!]|$)"
    # "the clinic said I could log for him", "I'll fill it in for her"
    r"|(?:log|logging|logged|report|reporting|fill(?:ing)?\s+(?:it\s+|this\s+)?in|enter|entering)"
    r"\s+(?:(?:it|this|the\s+diary|his\s+diary|her\s+diary)\s+)?for\s+(?:him|her)"
    # ("keeping the diary for her"; not "i had to do it for him")
    r"|(?:keep|keeping|kept|do|doing)\s+(?:the|his|her)\s+(?:diary|log|entries|check[- ]?ins?)"
    r"\s+for\s+(?:him|her)"
    r"|on\s+(?:his|her|my\s+\w+'?s)\s+behalf|this\s+is\s+(?:his|her)\s+\w+"
    # "Dad's last night: bed at 11": whose night the report is
    r"|(?<!\bmy\s)(?:mum|mom|dad|father|mother|husband|hubby|wife|grandma|grandpa)'?s\s+"
    r"(?:last\s+night|night|sleep|diary|entry|update|report)(?=\s*[:-]))\b"
    # "this is Lisa, Eli's mom", "Eli's dad here": an introduction, opening the message
    r"|^\W*(?:(?:hi|hello|hey|good\s+morning|morning)\W+)?(?:(?:i'?m|i\s+am|this\s+is"
    rf"(?:\s+\w+,?)?)\s+(?<!\bmy\s)\w+'s\s+{_RELATION}\b|(?<!\bmy\s)\w+'s\s+{_RELATION}\s+here\b"
    r")",
    _F,
)
# A message opened by the writer naming themself for the patient ("Carol for Frank."), or by
# the patient's name and what they say or want ("Walt says: bed at 10", "Walt asked me to ask
# whether..."): after it, "he" and "she" are the patient
_A_CARER_NAMES_THEM = re.compile(
    r"^\W*(?:(?:hi|hello|hey|good\s+morning|morning)\W+)?(?:"
    # "Carol for Frank.": the writer, then the patient, as a message's first words
    r"(?:this\s+is\s+)?(?!(?:thanks|thank|sorry|ready|good|time|looking|asking|waiting|just|not|all|same|up|out"
    r"|off|bed|nap|napped|slept|great|ok|okay|fine|stayed|went|home|late|early|back|down|headed"
    r"|heading|left|came|here|there|sat|waited|worked|working|shopping|paid|update|entry|report"
    r"|notes?|log|data|diary|numbers|stats|results|summary|recap)\b)[a-z]+\s+"
    r"(?:(?:here\s+|writing\s+|typing\s+)?for|on\s+behalf\s+of)\s+"
    r"(?!(?:dinner|lunch|breakfast|brunch|walks?|work|school|church|coffee|drinks|groceries|gas"
    r"|help|now|ever|real|sure|once|free|sale|rent|hours|ages|days|weeks|a|an|the|my|it|that"
    r"|this|me|you|us|them|bed|sleep|naps?|tea|supper|mass|practice|class)\b)[a-z]+\s*[.!:,-]"
    # "Walt says: bed at 10", "Walt asked me to ask whether...": a name opens the message
    r"|(?!(?:doctor|dr|nurse|therapist|clinic|pharmacist|google|everyone|everybody|someone|it|that"
    r"|this|who|what|which|one|app|article|study|research|he|she|they|fitbit|oura|ring|watch"
    r"|garmin|whoop|tracker|apple|phone|alexa|siri|chart|scale|machine|monitor|cuff|cpap"
    r"|sensor|band|gadget|device|wearable)\b)[a-z]+\s+(?:says|said"
    r"|tells\s+me|told\s+me|reports|wants\s+to\s+know|is\s+asking"
    r"|asked\s+me\s+to\s+(?:ask|tell\s+you|write|say|let\s+you\s+know)|had\s+me\s+(?:ask|write))\b"
    # (not "Roommate says I snored ... I was in bed by 11": the writer speaks for themself)
    r"(?![^\n]*\b(?:i|i'?m|i'?ve|i'?d|my)\b)"
    r")",
    _F,
)
_ALSO_SOMEONE_ELSE = re.compile(
    r"\b(?:baby|babies|toddler|kids?|kiddos?|children|child|son|daughter|boys|girls|twins|newborn"
    r"|grandkids|grandson|granddaughter|dog|cat|puppy|little\s+one)\b",
    _F,
)


# A report told of "he" or "she" by someone who says nothing of their own night: "He went to
# bed at 9:15 and woke at 5", "His BP was high when I checked it. He went to bed at 9". The
# writer may look on ("when I checked it", "I gave him his pills"), but not sleep or wake.
# (or a parent a grown child looks after: "Mom went to bed at 9, was up a couple of times")
_A_PRONOUN = re.compile(r"\b(?:he|she|he's|she's|hes|shes)\b", _F)
_HE_OR_SHE = re.compile(
    _A_PRONOUN.pattern + r"|(?:^|(?<=[.!?:;)]\s)|(?<=[.!?:;)]))(?:my\s+)?(?:mom|mum"
    r"|dad|mother|father|grandma|grandpa|nana|papa)\s+(?:was|went|slept|woke|had|got|is|did)\b"
    r"|:\s+(?:my\s+)?(?:mom|mum|dad|mother|father|grandma|grandpa)\s+(?:was|went|slept|woke|had"
    r"|got)\b",
    _F,
)
_A_CARER_LOOKS_ON = re.compile(
    r"\b(?:i|we)\s+(?:\w+ly\s+)?(?:checked|check|noticed|notice|heard|saw|see|gave|give|took"
    r"|drove|think|thought|made|make|helped|help|found|asked|ask|told|tell|reminded|remind"
    r"|measured|wrote|write|put|called|call|watched|watch|sat|stayed\s+with|am\s+(?:worried"
    r"|scared)|was\s+(?:worried|scared))\b"
    # "Hank wanted me to tell you", "after dinner (our noon meal)": the writer passes on or
    # shares the household, no night of their own
    r"|\b(?:wanted|wants|asked|had|told)\s+me\s+to\s+(?:tell|let|say|write|send|pass)\b"
    # "No side effects she can tell me about", "I forgot to send it", "I woke her at 7"
    r"|\b(?:tell|tells|told|telling|show|shows|showed)\s+me\b|\bi\s+(?:forgot|didn'?t\s+get"
    r"\s+to|missed)\s+(?:to\s+)?(?:send|sending|write|writing|log|logging|it|this|yesterday)\b"
    r"|\b(?:i|we)\s+woke\s+(?:him|her)\b"
    r"|\b(?:our|my)\s+(?:\w+\s+)?(?:meal|dinner|supper|lunch|breakfast)\b"
    # "He slept well, I'd say", "I had to hold his arm", "I got him settled again"
    r"|\bi(?:'?d|\s+would)\s+say\b|\b(?:i|we)\s+had\s+to\s+(?:hold|help|get|settle|walk|take"
    r"|give|wake|calm|lift|steady|sit|change)\b|\b(?:i|we)\s+(?:got|settled|tucked|turned)"
    r"\s+(?:him|her)\b"
    r"|\b(?:for|with|to|told|asked|gave)\s+me\b|\bmy\s+(?:dad|mom|mum|father|mother|husband|wife"
    r"|partner|grandma|grandpa|brother|sister|son|daughter)\b",
    _F,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|id|me|my|mine|myself|we|us|our)\b", _F)


# ... and no one else it could be: a husband, a child, a pet named, or a night told with no
# subject at all ("slept 11 to 6. hubby got up at 4, he was loud")
_ANOTHER_NAMED = re.compile(
    r"\b(?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|roommate"
    r"|flatmate|housemate|baby|babies|toddler|kids?|children|child|son|daughter|boys|girls|twins"
    r"|newborn|grandkids|grandson|granddaughter|dog|cat|puppy|brother|sister|neighbou?rs?"
    r"|coworker|colleague|friend)\s+(?:\w+\s+)?(?:was|were|got|woke|slept|went|had|has|is|snored"
    r"|kept|came)\b",
    _F,
)
# (a message that opens on a night with no subject is the writer's own: "asleep 11 til 6, he
# was up with the baby")
_OPENS_WITHOUT_SUBJECT = re.compile(
    r"\W*(?:slept|sleep|bed|in\s+bed|woke|up|asleep|napped|lights|alarm|fell|went\s+to\s+bed"
    r"|got\s+up)\b",
    _F,
)


def _told_of_the_patient(s: str) -> bool:
    told = _HE_OR_SHE.search(s)
    return (
        told is not None
        and not _FIRST_PERSON.search(_A_CARER_LOOKS_ON.sub(" ", s))
        and not _ANOTHER_NAMED.search(s)
        and not _OPENS_WITHOUT_SUBJECT.match(s)
        and not _MY_OWN_NIGHT.search(s)
        # (a parent named, beside a sentence of a night with no subject: the writer's own,
        # "Mom went to bed at 9. Bed 11 asleep by 12")
        and (_A_PRONOUN.search(s) is not None or not _A_SUBJECTLESS_NIGHT.search(s))
    )


# "Bed 10:30 for me", "for me, bed at 11": the writer's own night beside someone else's
_MY_OWN_NIGHT = re.compile(
    r"\b(?:bed|up|asleep|woke|slept|sleep)\b[^.!?\n]{0,12}\bfor\s+me\b"
    r"|\bfor\s+me\b[^.!?\n]{0,6}\b(?:bed|up|asleep|woke|slept)\b",
    _F,
)
_A_SUBJECTLESS_NIGHT = re.compile(
    r"(?:[.!?\n]\s*|^\s*)(?:bed|slept|asleep|woke|up|in\s+bed|lights)\b(?!\s+(?:he|she)\b)", _F
)


@lru_cache(maxsize=256)  # asked of the same message by fields, quality and side effects
def writes_for_the_patient(s: str) -> bool:
    return bool(
        WRITING_FOR_THE_PATIENT.search(s) or _A_CARER_NAMES_THEM.match(s) or _told_of_the_patient(s)
    )


def of_someone_else(s: str, start: int, lo: int, for_the_patient: bool | None = None) -> bool:
    """Whether the words just before `start` (from `lo` on) make another person its subject:
    "the baby slept well", "he went to bed at 10". When someone writes for the patient, he or
    she is the patient (`for_the_patient`, else looked up)."""
    found = SOMEONE_ELSE_BEFORE.search(s, max(lo, start - 40), start)
    if not found:
        # "woke once when rick got up at 5 for work": a name in a "when" clause, his (but
        # for a carer, the name may be the patient's)
        if (
            _A_VERB_OF_THEIRS.match(s, start) is None
            or _WHEN_SOMEONE_NAMED.search(s, max(lo, start - 30), start) is None
        ):
            return False
        return not (writes_for_the_patient(s) if for_the_patient is None else for_the_patient)
    return _theirs_unless_the_patient(s, found, for_the_patient)


# "when rick got up", "after jo came to bed": someone named in a clause of time (not "when i",
# "when the alarm", "when finally")
_A_VERB_OF_THEIRS = re.compile(
    r"(?:got|gets|woke|wakes|came|comes|went|goes|left|leaves|climbed|crawled|rolled|snuck)\b", _F
)
_WHEN_SOMEONE_NAMED = re.compile(
    r"\b(?:when|after|before|as|once|until|till)\s+(?!(?:i|we|i'?d|the|my|our|a|an|it|then"
    r"|finally|eventually|just|both|everyone|everybody|they|you|u|he|she|id|that|this|again"
    r"|still|also|only|already|alarm|alarms|work|dinner|lunch|breakfast|school|church|midnight"
    r"|noon|home|bed|sleep|waking|lying|everything|dawn|sunrise|sunup|daylight|close|closing"
    r"|late|dark)\b)(?![a-z]+ing\s)[a-z]+\s+$",
    _F,
)


def _theirs_unless_the_patient(s: str, found: re.Match[str], for_the_patient: bool | None) -> bool:
    if for_the_patient is None:
        for_the_patient = writes_for_the_patient(s)
    return not for_the_patient or bool(_ALSO_SOMEONE_ELSE.match(found.group()))


STRAIGHT_UP = re.compile(
    r"\b(?:got|get|getting)\s+(?:straight\s+)?(?:up|out\s+of\s+bed)\s+"
    r"(?:straight\s+away|(?:right|rite|strait)\s+away|immediately|straightaway|at\s+once"
    r"|right\s+then|straight\s+up"
    r"|right\s+after|straight\s+after|then\s+and\s+there|instantly|too)\b"
    r"|\b(?:got|get|getting)\s+(?:straight|right)\s+(?:up|out\s+of\s+bed)\b"
    r"|\bup\s+(?:straight\s+away|(?:right|rite)\s+away|immediately|straightaway|at\s+once)\b"
    r"|\brolled\s+(?:right\s+|straight\s+)out\s+of\s+bed\b"
    # "awoke at six and rose at once"
    r"|\b(?:rose|arose)\s+(?:straight\s+away|(?:right|rite)\s+away|immediately|straightaway"
    r"|at\s+once|directly)\b"
    r"|\boob\s+(?:immediately|(?:right|straight)\s+away|at\s+once)\b"
    r"|\bout\s+of\s+(?:the\s+)?(?:rack|bunk|sack)\s+(?:immediately|(?:right|straight)\s+away"
    r"|at\s+once|straightaway)\b"
    r"|\bout\s+of\s+bed\s+(?:immediately|(?:right|straight)\s+away|at\s+once|straightaway)\b"
    r"|(?:\b(?:and|then|so)|&)\s+(?:i\s+)?(?:just\s+)?(?:got|get)\s+up\s+to\s+(?!pee\b|wee\b|use\b"
    r"|feed\b|check\b|let\b|go\s+to\s+the\b|get\s+(?:some\s+|a\s+)?(?:water|drink)|settle\b|change\b)"
    r"(?:make|get|start|walk|shower|let|go|take|do|cook|pack|drive|catch|fix)\b"
    r"|(?:\b(?:and|then|so|n)|&)\s+(?:i\s+)?(?:just\s+)?(?:got|get)\s+(?:straight\s+)?(?:up|out\s+of\s+bed)"
    r"\s*(?:[.,;!]|$)",
    _F,
)
SLEPT_THROUGH = re.compile(
    r"\bslept\s+(?:like\s+a\s+(?:log|baby|rock|stone|top)\s+"
    r"|(?:deeply|soundly|well|solidly|hard|peacefully)\s+(?:and\s+)?)?(?:straight\s+|right\s+"
    r"|all\s+the\s+way\s+|soundly\s+)?(?:through|thru)\b"
    rf"|\b{_PLAIN_SLEEP}\s+(?:straight|right)\s+(?:through|thru)\b(?!\s+the\s+night\s+(?:again|for))"
    r"|\bslept\s+(?:(?:about|around|like|maybe|a\s+solid|a\s+good)\s+)?[0-9a-z.]+\s*"
    r"(?:hours?|hrs?|h)\s+(?:(?:straight|right)\s+(?:through|thru)|straight|solid"
    r"|uninterrupted|unbroken|without\s+waking)\b"
    r"(?!\s+(?:my|the|an?)\s+alarms?)"
    # "slept from 9pm to 7am straight through", "8 hrs straight thru"
    r"|\bslept\s+(?:from\s+)?[0-9:.]+\s*(?:am|pm)?\s*(?:-|to|till|until|til)\s*[0-9:.]+\s*(?:am|pm)?"
    r"\s+(?:straight|right)\s+(?:through|thru)\b"
    r"|\b[0-9]{1,2}\s*(?:hours?|hrs?)\s+(?:straight|right)\s+(?:through|thru)\b"
    r"|\b(?:(?:didn'?t|did\s+not|never|dont|don't)\s+wake|never\s+woke)(?:\s+up)?\b"
    # ("didn't wake till 6", "until something like 10:30": slept through to then)
    r"(?!\s+(?:(?:until|till|til)\b(?!\s+(?:the|my)\s+alarm|\s+(?:(?:about|around|like|nearly"
    r"|almost|something\s+like|gone)\s+)?[0-9]"
    # ("didn't wake till the rooster at 5:15": what woke them, then when)
    r"|\s+(?:the|my|our)\s+(?:[a-z]+\s+){1,3}?(?:at|around|about)\s+[0-9])"
    r"|before|at(?!\s+all\b)|up\s+until"
    r"|feeling|rested|refreshed|tired"
    r"|early|late"
    r"|me\b))"  # "the dog didn't wake me": one event slept through, not the whole night
    r"|\bno\s+(?:wake[- ]?ups|awakenings|waking|wakes|night\s+wakings)\b"
    r"|\b(?:without|not)\s+(?:a\s+single|any|one|a)\s+(?:awakening|wake[- ]?up|waking)\b"
    r"(?!\s+(?:hours?|moments?|minutes?|days?|thoughts?|life)\b)"
    r"|\bno\s+wak(?:e|ing)\s+(?:up\s+)?in\s+the\s+night\b"
    r"|\bwoke\s+(?:up\s+)?(?:0|zero)\s+times\b"
    r"|\b(?:woke|wake)\s+(?:up\s+)?not\s+(?:once|one\s+time|a\s+single\s+time|even\s+once)\b"
    r"|\bslept\s+(?:the\s+)?(?:whole|entire)\s+night\b|\bslept\s+all\s+night\b"
    # "Sleep through whole night" in a diary's shorthand (not "can't", "to", "never" sleep)
    r"|(?:(?<=^)|(?<=[.!?\n]\s)|(?<=[.!?\n]))sleep\s+(?:through|thru)"
    r"\s+(?:the\s+)?(?:whole|entire)\s+night\b"
    r"|\bstayed\s+asleep\s+(?:all\s+night|the\s+whole\s+night)\b|\b(?:uninterrupted|unbroken)\s+sleep\b"
    r"|\bwithout\s+waking(?:\s+up)?\b"
    # "slept like a rock, straight thru": the phrase on its own after a break
    r"|(?:^|(?<=[,.;!-])|(?<=[,.;!-]\s))(?:right|straight)\s+(?:through|thru)\b",
    _F,
)
# Waking cues a count can attach to ("woke 3x", "up twice", "got up to pee twice").
COUNT_CUE = re.compile(
    r"\b(?:woke|woken|wake|waking|wakes|awoke|awoken|awakened|awake|awakenings?|wake[- ]?ups?"
    r"|got\s+up|get\s+up|getting\s+up|bathroom|toilet|loo|pee|peed|peeing|wee|restroom"
    r"|(?:night\s+)?(?:feeds|feedings)(?=\s*x\s*[0-9]))\b"  # "feeds x2"
    rf"|{_UP}",
    _F,
)
COUNT_AFTER = re.compile(
    # ("one brief waking", "two short wake-ups")
    r"\s*(?:(?:brief|short|quick|long|small|little|minor|real)\s+)?"
    r"(?:awakenings?|wake[- ]?ups?|wakings?|wakes|wake(?=\s+(?:at|around|about|~|@))"
    r"|(?:night\s+)?feeds|feedings|occasions|pages"
    r"|interruptions|disturbances"
    r"|times?\s+(?:i\s+)?(?:woke|awake)|bathroom\s+trips?"
    r"|trips?\s+to\s+the\s+(?:bathroom|toilet|loo))\b"
    # "twice I woke from them" (not "once I woke up, I couldn't...")
    r"|(?<!once)\s+i\s+(?:woke|awoke|was\s+woken)\b"
    # "nightmares x2, both woke me", "x2, woke both times": each of them a waking
    r"|[\s,]*(?:and\s+)?(?:(?:both|all\s+(?:of\s+them|\w+))\s+(?:of\s+them\s+)?woke\s+me"
    r"|woke\s+(?:me\s+)?(?:up\s+)?(?:both|all\s+\w+)\s+times)\b",
    _F,
)

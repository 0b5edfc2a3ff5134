"""Which parts of a message report a night, which ask something, and which plan ahead.

Diary fields are read only from the "reporting" parts: a sentence that asks something
("will it help me fall asleep faster") or a clause about the future ("bed by 10 tonight")
never fills in a night.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.understanding.numbers import NUMBER_WORD
from bot.understanding.prefilter import Gate, Probe, met_each
from bot.understanding.text import Text

_F = re.ASCII

# How a carer passes on the patient's question, as it is asked now ("asked" tells a story)
_RELAYS_A_QUESTION = (
    r"(?:asks|is\s+asking|wants\s+to\s+know|would\s+like\s+to\s+know|wonders|is\s+wondering)"
)
_LEAD_IN = (
    r"^[\s\"'*]*(?:(?:ok|okay|so|also|and|but|hey|hi|hello|um+|uh+|er+|quick\s+question|question"
    r"|q|btw|oh|hmm+|ps|random\s+question|bottom\s+line|one\s+more\s+thing|sorry|doc|doctor"
    r"|nurse|guys|real\s+quick|just\s+curious|honestly|seriously|anyway|anyways|then|lol|haha"
    r"|quick\s+q|quick\s+qn"
    r"|in\s+a\s+nutshell|in\s+short|long\s+story\s+short|basically|out\s+of\s+curiosity"
    r"|just\s+wondering|in\s+brief|simply\s+put|put\s+simply|tl;?dr|wait|yo|real\s+question"
    r"|serious\s+question|genuine\s+question|dumb\s+question|silly\s+question|big\s+picture"
    r"|real\s+talk|for\s+real|fr|another\s+question|one\s+more\s+question|side\s+question|qn"
    r"|overall|in\s+general|generally|all\s+in\s+all|bottom\s+line|straight\s+up|be\s+honest"
    r"|(?:i'?m\s+|im\s+)?dying\s+to\s+know|i\s+(?:want|wanna|need)\s+to\s+know|i'?d\s+like\s+to\s+know"
    r"|i\s+was\s+wondering|(?:i'?m\s+|im\s+)?curious"
    # a carer asking for the patient: "she wants to know how often...", "he asks can the..."
    # (asking now: "my client asked what app..." tells a story)
    r"|(?:he|she|they|mom|mum|dad|my\s+[a-z]+)\s+(?:" + _RELAYS_A_QUESTION + r"|says)"
    # ... named: "walt wants to know how...", "walt asked me to ask whether..."
    r"|[a-z]+\s+(?:wants\s+to\s+know|would\s+like\s+to\s+know|is\s+wondering|wonders"
    r"|asked\s+me\s+to\s+ask(?:\s+you)?|wanted\s+me\s+to\s+ask(?:\s+you)?))"
    r"\s*[,:!.-]?\s+)*"
)
_FIRST_WORDS = re.compile(_LEAD_IN + r"(?P<w>[a-z']+)(?:\W+(?P<n>[a-z']+))?", _F)

_WH = frozenset(
    [
        "what",
        "whats",
        "what's",
        "wat",
        "wut",
        "how",
        "hows",
        "how's",
        "why",
        "whys",
        "when",
        "whens",
        "when's",
        "where",
        "wheres",
        "where's",
        "which",
        "who",
        "whos",
        "who's",
        "whose",
        "whom",
    ]
)
# Auxiliaries that open a question unless the next word shows a statement ("is feeling
# woozy normal" asks; "did ok last night" reports).
_AUX_OPEN = frozenset(["is", "are", "does", "do"])
_AUX_MODAL = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "did",
        "wont",
        "won't",
    ]
)
_AUX_SUBJECT = frozenset(
    ["was", "were", "has", "have", "had", "am", "isnt", "isn't", "arent", "aren't"]
)
_SUBJECTS = frozenset(
    [
        "i",
        "you",
        "u",
        "ya",
        "y'all",
        "it",
        "he",
        "she",
        "we",
        "they",
        "there",
        "this",
        "that",
        "these",
        "those",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "people",
        "ppl",
        "ketamine",
        "everyone",
        "others",
        "patients",
    ]
)
_STATEMENT_NEXT = frozenset(
    [
        "not",
        "n't",
        "up",
        "ok",
        "okay",
        "fine",
        "well",
        "good",
        "great",
        "bad",
        "awake",
        "asleep",
        "out",
        "in",
        "really",
        "so",
        "pretty",
        "very",
        "also",
        "still",
        "just",
        "barely",
        "hardly",
        "finally",
        "able",
        "alright",
        "gonna",
        "going",
    ]
)
# After "is" with its subject dropped, as in a second language: "is hard to swallow", "is
# worse today", "hello is me Rosa" (not "will better sleep carry over": a modal asks)
_DROPPED_SUBJECT_NEXT = frozenset(
    [
        "hard",
        "difficult",
        "impossible",
        "painful",
        "sore",
        "swollen",
        "worse",
        "me",
    ]
)
# ... and after "will" alone, a note to self: "will bring my notes to the next visit", "will ask
# the nurse" (after "can" they ask: "can bring my husband to the session")
_WILL_VERBS = frozenset(["bring", "ask", "mention", "show", "raise", "discuss", "email"])
# Verbs that follow a modal when the subject is dropped ("will fill it in later").
_BASE_VERBS = frozenset(
    [
        "fill",
        "do",
        "send",
        "try",
        "get",
        "be",
        "let",
        "update",
        "answer",
        "check",
        "text",
        "write",
        "call",
        "see",
        "go",
        "tell",
        "reply",
        "respond",
        "message",
        "take",
        "keep",
        "add",
        "finish",
        "log",
        "report",
        "sleep",
        "need",
        "make",
        "come",
        "look",
        "love",
        "like",
        "hate",
        "probably",
        "definitely",
        "totally",
        # a note to self: "Will recheck 1200."
        "recheck",
        "retake",
        "repeat",
        "monitor",
        "watch",
        "follow",
        # picking the diary back up: "will start logging again tomorrow"
        "start",
        "resume",
        "restart",
        "continue",
        "carry",
        "catch",
        "pick",
        "jot",
        "note",
        "record",
        "track",
        "enter",
        "share",
        "stick",
        # what a body did, told without its subject: "could feel it pounding in my neck"
        # (verbs a question without its subject seldom opens with: "can eat before the
        # infusion", "can stay on the med" ask)
        "feel",
        "hear",
        "sense",
        "notice",
        "remember",
        "swear",
        "kill",
        # catching up on the diary: "will submit after my huddle", "will backfill entries"
        "submit",
        "backfill",
        "complete",
        "upload",
        "redo",
    ]
)
_QUESTION_PHRASE = re.compile(
    r"\b(?:i\s+wonder|i\s+was\s+wondering|wondering\s+(?:if|whether|about|what|how|why|when)"
    r"|do\s+you\s+know|can\s+you\s+tell|could\s+you\s+tell|tell\s+me\s+(?:about|more|what|how|why|if)"
    r"|(?:can|could)\s+you\s+explain|please\s+explain|explain\s+(?:to\s+me\s+)?(?:what|how|why)"
    # a question by its label: "Query: effect of ketamine on slow-wave sleep."
    r"|^\W*(?:quick\s+|one\s+more\s+|a\s+)?(?:question|query|qn)\s*[:=-]+\s*(?=[a-z])"
    r"|^\W*q\s*[:=-]+\s*(?=(?:what|how|why|when|where|who|which|is|are|does|do|can|could"
    r"|should|will|would|effects?)\b)"  # (not a quality's label: "Q: good")
    # "ok to have a few beers the night after a session or no"
    r"|^\W*(?:is\s+it\s+|it'?s\s+)?(?:ok|okay|alright|safe|fine|normal|bad|good)\s+(?:to|if)\s+[^?]*"
    r"\bor\s+(?:no|not|nah|nope)\W*$"
    # "Summarize the sleep benefits, bullet points preferred."
    r"|^\W*(?:please\s+)?(?:summari[sz]e|outline)\s+(?:the|what|how|for\s+me)\b"
    r"|i(?:'d|\s+would)\s+like\s+to\s+ask\s+(?:what|how|why|if|whether|about|when)"
    r"|i(?:'d|\s+would)\s+like\s+to\s+know|i\s+want\s+to\s+know|wants?\s+to\s+know\s+(?:if|whether|what|how|why)"
    # "i wanted to ask whether...", "walt asked me to ask if...": a question told as asked
    r"|(?:(?:wanted|want|meant|need|needed)\s+to|(?:asked|wants|wanted|told)\s+me\s+to)\s+ask"
    r"\s+(?:you\s+)?(?:if|whether|what|how|why|when|about)"
    r"|(?:he|she|they|mom|mum|dad)(?:'?s|\s+is|\s+are|'?re)\s+asking\s+(?:if|whether|what|how|why|when)"
    r"|curious\s+(?:about|if|whether|what|how|why)|any\s+(?:idea|ideas|advice|tips|info)\s+(?:on|about|if|why|how)"
    r"|is\s+(?:it|that|this)\s+(?:normal|ok|okay|safe|common|bad|true|possible|usual|expected)"
    r"|should\s+i\s+(?:be|worry|call|take|stop|skip|go)|is\s+there\s+(?:a|any)\s+way"
    r"|any\s+(?:tips|advice|ideas|suggestions|thoughts)"
    # ("not sure if its the treatment or just me" only hedges what caused what it tells)
    r"|not\s+sure\s+(?:if|whether)\s+(?:(?:it'?s|its|it\s+is|this\s+is|that'?s|thats)"
    r"(?!\s+(?:the|from|due|because|related|caused|my|just|a\s+side))|i\s+should"
    r"|i\s+can|i'?m\s+allowed)|(?:love|like|dying)\s+to\s+know|need\s+to\s+know\s+(?:if|whether"
    r"|what|how)"
    r"|let\s+me\s+know\s+(?:if|whether|what|how|when)|does\s+anyone\s+know"
    r"|(?:can|could)\s+(?:someone|somebody)\s+(?:tell|explain|let)"
    # a request for help that opens its sentence: "Help me shift my sleep cycle"
    r"|^\W*(?:please\s+)?help\s+me|(?:can|could|would)\s+(?:you|someone|anyone)\s+help"
    # a request for the clinic's details: "Need the clinic address", "Please send me the
    # clinic's phone number", "Please provide a telephone number at which I may reach..."
    r"|(?:^\W*(?:i\s+)?need|please\s+(?:send|give|provide|share|text|tell|confirm|verify)"
    r"|send\s+me|give\s+me|^\W*(?:i\s+)?(?:request|requesting|would\s+like)"
    r"|(?:can|could|may)\s+i\s+(?:get|have)|looking\s+for)\s+(?:me\s+)?(?:the\s+|your\s+|an?\s+)?"
    r"(?:clinic'?s?\s+|office'?s?\s+)?(?:street\s+|mailing\s+|full\s+|exact\s+)?(?:address"
    r"|phone(?:\s+number)?|telephone(?:\s+number)?"
    r"|number\s+(?:for|to\s+call|at\s+which)|opening\s+hours|hours|location|directions|email"
    r"|fax|contact))\b"
    # "address pls", "phone number please"
    r"|^\W*(?:the\s+|your\s+|clinic'?s?\s+)?(?:address|phone(?:\s+number)?|number|hours)\s+"
    r"(?:pls|plz|please)\b"
    # "Clinic phone number."
    r"|^\W*(?:the\s+|your\s+)?clinic'?s?\s+(?:address|phone(?:\s+number)?|number|hours"
    r"|email)\W*$",
    _F,
)
# The look-behinds sit after the word they guard ("tomorrow(?<!about\stomorrow)" is
# "(?<!about\s)tomorrow"): every alternative then opens with a letter, which the engine
# checks at a glance, instead of running the look-behinds at every word.
_TO_REPORT = r"(?:say|report|tell|let|note|mention|record|add|log|share|update|flag)\b"
_FUTURE = re.compile(
    # ("gonna be honest, ...", "not gonna lie": a way of speaking, no plan)
    r"\b(?:tomorrow(?<!about\stomorrow)(?<!before\stomorrow)(?!'s)|gonna(?!\s+(?:be\s+honest|lie)\b)"
    r"|going(?<!was\sgoing)(?<!were\sgoing)(?<!of\sgoing)(?<!after\sgoing)(?<!before\sgoing)"
    r"(?<!since\sgoing)\s+to\s+(?!bed\s+at\b|be\s+honest\b|lie\b)|will(?!\s+be\s+honest\b)"
    # ("my heart won't stop racing": going on now, no plan)
    r"|(?:wont|won't)(?!\s+(?:stop|go\s+away|settle|quit|calm|shut|let\s+up|slow|ease))"
    r"|plan(?:ning)?\s+(?:to|on)"
    r"|hop(?:e|ing)\b|aim(?:ing)?\s+(?:to|for)|shooting\s+for|intend(?:ing)?\s+to"
    # "I want to say three times" hedges a memory, "I want to report that..." frames a
    # report: neither plans anything
    r"|wanna(?!\s+say\b)|want\s+to(?!\s+" + _TO_REPORT + r")|need\s+to(?!\s+" + _TO_REPORT + r")"
    # "I have to be up at 4:30 for work": a duty ahead, not when they got up
    r"|(?:have|has)\s+to\s+(?:be\s+up|get\s+up|wake)|gotta\s+(?:be\s+up|get\s+up|wake)"
    # what someone else wants of the patient: "doctor says he wants me in bed by 10"
    r"|(?:wants?|wanted|told|asked|advised)\s+me\s+(?:to\s+(?:be|go|get|stay)\s+)?(?:in|to)\s+bed\s+by"
    r"|next(?<!about\smy\snext)(?<!about\sthe\snext)(?<!about\snext)"
    r"\s+(?:time|week|session|infusion))\b|'ll\b|^\s*if\b|\b(?<!as\s)if\s+i\b",
    _F,
)
_HABITUAL = re.compile(
    # ("woke at 6:15 like always", "as I always do": last night, as it usually goes)
    r"\b(?:usually|normally|typically|generally|most\s+nights|every\s+night|tend\s+to"
    # ("so groggy every morning this week": lately, and so still today)
    r"|(?:most\s+mornings|every\s+(?:single\s+)?morning|night\s+after\s+night)(?!\s+(?:this|last)\s+week|\s+lately|\s+recently|\s+since)"
    r"|alarm\s+goes\s+off"
    r"|(?<!\blike\s)(?<!\bas\s)(?<!\bas\si\s)(?<!\bas\sit\s)always"
    r"|on\s+average|these\s+days"
    # a rate, not a night: "I wake 4 times a night", "gone from 4 a night to 1"
    r"|(?:times?|\d+\s*x|x|\d+|once|twice)\s+(?:a|per|each)\s+night|per\s+night)\b",
    _F,
)
_TONIGHT = re.compile(r"\btonight\b|\bthis\s+evening\b|\blater\s+today\b", _F)
# Something felt tonight or this evening, told as it happened: "my eyes were blurry when I tried
# to read to her this evening", "threw up twice tonight after the infusion" (not "I was told to
# go to bed by 10 tonight", "had a coffee so bed at 11 tonight", "was worried I'd be dizzy")
_PAST_THIS_EVENING = re.compile(
    r"\b(?:was|were|felt|got|had|went|been)\s+(?:(?:so|really|very|pretty|a\s+bit|kind\s+of"
    r"|kinda|super|quite|all|a\s+little)\s+)?(?:dizzy|nauseous|nauseated|sick|queasy|blurry|foggy"
    r"|confused|anxious|shaky|lightheaded|light\s+headed|racing|pounding|double|detached|floaty"
    r"|spacey|panicky|on\s+edge|woozy|sweaty|(?:an?\s+)?(?:bad\s+|terrible\s+|awful\s+"
    r"|splitting\s+|pounding\s+)?(?:headache|migraine))\b"
    r"|\b(?:threw\s+up|vomited|puked|thrown\s+up)\b",
    _F,
)
_FAREWELL = re.compile(
    r"^\W*(?:good\s*night|night\s+night|nite|gn|sweet\s+dreams|sleep\s+well|sleep\s+tight)"
    r"(?:\s+(?:all|everyone|guys|x+|team))?\W*$",
    _F,
)
# Reports of a night that give no value ("couldn't sleep at all", "took ages to fall asleep").
DIARY_VERB = re.compile(
    # ("keeps asking how i slept": the bot's question quoted, not a night told)
    r"\b(?:slept(?<!how\si\sslept)(?<!how\sive\sslept)(?<!how\swe\sslept)|overslept|woke|woken|awoke|napped|fell\s+asleep|(?:had|i'?d)\s+fallen\s+asleep"
    r"|went\s+to\s+bed|couldn'?t\s+sleep|(?:haven'?t|have\s+not)\s+(?:fallen\s+asleep|slept)"
    r"|(?:i'?ve|i\s+have)\s+been\s+(?:up|awake)(?:,?\s+\w+){0,4}?,?\s+(?:since|for)\b"
    r"|got\s+up\s+(?:in\s+the\s+night|during\s+the\s+night|to\s+(?:pee|wee|use\s+the))"
    r"|could\s+not\s+sleep|can'?t\s+sleep|cannot\s+sleep|didn'?t\s+sleep|did\s+not\s+sleep"
    r"|no\s+sleep|(?:0|zero)\s+(?:hours?\s+|hrs?\s+|mins?\s+)?(?:of\s+)?sleep|all[- ]?nighter"
    r"|tossed\s+and\s+turned|up\s+all\s+night|awake\s+all\s+night|lay\s+awake"
    r"|insomnia\s+(?:last\s+night|again)|(?:had|took)\s+an?\s+(?:\w+\s+)?nap|(?:my\s+)?sleep\s+was"
    r"|(?:last\s+)?night\s+was|(?:to|get|getting)\s+(?:fall\s+)?asleep|falling\s+asleep|sleepless"
    r"|wide\s+awake|kept\s+waking|waking\s+up|still\s+awake"
    r"|(?:kept|keep)\s+getting\s+up\s+(?:to|in|during|for)"
    r"|did(?<=i\sdid)\s+(?:(?:finally|eventually|actually)\s+)?fall\s+asleep"
    r"|(?:could\s+not|couldn'?t|can'?t|cannot|didn'?t|did\s+not)\s+(?:fall|get)\s+(?:back\s+)?"
    r"(?:to\s+)?(?:sleep|asleep)"
    r"|got\s+(?:zero|no|little|barely\s+any|hardly\s+any)\s+(?:\w+\s+){0,5}?(?:of\s+)?sleep)\b",
    _F,
)


@dataclass
class Reading:
    """Which spans of the message report (the rest asks or plans)."""

    active: list[tuple[int, int]]
    has_question: bool
    farewell: bool
    # Clauses of a question that tell before they ask ("my heart was pounding after the
    # infusion, is that normal?"): what they report happened, though no night is read there.
    told: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        self._starts = [a for a, _ in self.active]

    def span_told(self, a: int, b: int) -> bool:
        return any(start <= a and b <= end for start, end in self.told)

    def is_active(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self.active[i][0] <= pos < self.active[i][1]

    def span_active(self, a: int, b: int) -> bool:
        """Both ends of [a, b) lie in reporting parts (asked for every value found)."""
        i = bisect.bisect_right(self._starts, a) - 1
        if i < 0:
            return False
        start, end = self.active[i]
        if not start <= a < end:
            return False
        last = max(a, b - 1)
        return last < end or self.is_active(last)  # most often both ends are in one part


# Modals that report a guess or a regret, not a question ("must have been 9 hours").
_MODAL_PERFECT = frozenset(["have", "of", "ve", "'ve", "been", "just"])
_ANY_OPENERS = frozenset(["any", "anyone", "anybody", "anything"])
_ANYONE_NEXT = frozenset(
    [
        *("else", "ever", "know", "have", "had", "get", "got", "found", "tried", "experience"),
        "here",
        # "anybody still doing research on ketamine for sleep or nah"
        *("still", "doing", "working", "studying", "looking"),
    ]
)
# "anything new on ...", "anything i should know": asking, when it opens the sentence.
_ANYTHING_NEXT = frozenset(
    [
        "new",
        "else",
        "i",
        "we",
        "to",
        "known",
        "on",
        "about",
        "worth",
        "special",
        "recent",
        "coming",
        "promising",
        "better",
        "planned",
        "happening",
        "changed",
        "different",
    ]
)


# Chat spellings of question openers ("r u open sundays", "cn i call", "hw long").
_CHAT_OPENERS = {
    "r": "are",
    "cn": "can",
    "cud": "could",
    "wud": "would",
    "shud": "should",
    "shld": "should",
    "hw": "how",
    "wht": "what",
    "wen": "when",
    "wer": "where",
}
_WHY_Y_NEXT = frozenset(
    ["do", "does", "did", "is", "am", "are", "would", "should", "cant", "can't", "dont", "don't"]
)


# "did it again tonight": a report with its subject dropped, not "did it help?"
_DID_AGAIN = re.compile(
    _LEAD_IN + r"did\s+(?:it|that|this|the\s+same)\s+(?:again|anyway|anyways|too|as\s+well"
    r"|tonight|today|yesterday|last\s+night|this\s+morning|once\s+more"
    # "did it twice", "did it 3 times": the count of what was done
    r"|twice|once|(?:[0-9]+|two|three|four|five|several|a\s+few)\s*(?:times|x)"
    r"|[0-9]+\s*x)\b",
    _F,
)


# ", which is a first", ", which frightens me", ", which I suspect is why": a remark on
# what came before
_WHICH_REMARKS = frozenset(
    """is was isn't wasn't has had made makes meant means seems seemed sounds sounded
    frightens frightened scares scared worries worried bothers bothered helps helped hurts
    happens happened gives gave keeps kept leaves left surprised surprises explains
    explained woke woken startled jolted took brought put sent stopped started
    i we he she they probably might may""".split()  # noqa: SIM905 -- a word list reads better as text
)
# ... and, after a comma, a remark that opens on a preposition or an aside: "asleep by
# midnight, which for me is a small mercy" (a question opens its sentence: "which in your
# experience works better?")
_WHICH_ASIDE_NEXT = frozenset(
    "for to in at by as honestly frankly thankfully luckily sadly apparently".split()  # noqa: SIM905
)
_WHICH_COMPARES = re.compile(
    r"\W*which\s+(?:is|was|are|were|would\s+be)\s+(?:the\s+)?(?:better|best|worse|worst|safer"
    r"|safest|more|most|less|least|right|correct|preferred|recommended|faster|easier|stronger"
    r"|quicker|cheaper|one|ones|kind|type)\b",
    _F,
)
# "(so did she!!)", "and so was i": agreeing with what came before, not asking
_SO_DID_I = re.compile(
    r"\W*(?:and\s+)?(?:so|neither|nor)\s+(?:did|do|does|was|were|is|am|are|have|has|had|can|could"
    r"|will|would)\s+(?:i|he|she|they|we|you|it|the\s+\w+|my\s+\w+)\W*$",
    _F,
)


_BOT_TOLD_TO_STOP = re.compile(
    r"\W*(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|just\s+)?"
    r"(?:chill|relax|calm\s+down|leave\s+me|back\s+off|ease\s+up|give\s+it\s+a\s+rest"
    r"|shut\s+up|knock\s+it\s+off|cool\s+it"
    # ("can you stop ketamine suddenly" asks about the treatment)
    r"|(?:stop|quit)\s+(?:messaging|texting|asking|sending|pinging|bugging|nagging|me|it\b|that"
    r"|this\s+bot|the\s+(?:reminders|messages|texts))"
    # "can you not ping me at 6am on weekends pls"
    r"|not\s+(?:ping|message|text|remind|bug|nag|bother|wake|buzz)\w*\s+me)\b",
    _F,
)


# A night handed over to be written down: "Would you record this for Sunday night: bed at
# eleven...", "can you log that i slept 6 hrs" (asking the bot to note it, not a question)
_PLEASE_RECORD = re.compile(
    r"\W*(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+|just\s+)?"
    r"(?:record|log|note|put\s+down|jot\s+down|write\s+down|enter|add|mark\s+down|save)"
    r"\s+(?:this|that|these|the\s+following)(?:\s+(?:down|in))?(?:\s+(?:for|as)\s+(?:me\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:night|nite|morning|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|yesterday|today|me))?(?:\s+(?:please|pls|plz|thanks))?\s*(?:[,:;-]|$)"
    # "Would you put down for Sunday night: bed at ten"
    r"|\W*(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?(?:record|log|note|put\s+down"
    r"|write\s+down|jot\s+down|enter)\s+for\s+(?:[a-z]+\s+)?(?:night|nite|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)(?:\s+night)?\s*(?:[,:;-]|$)"
    # "can you record that i slept 6 hrs"
    r"|\W*(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+)?(?:record|log|note|put\s+down"
    r"|write\s+down)\s+that\s+(?:i|my|we)\b",
    _F,
)


_LEAD_IN_ONLY = re.compile(_LEAD_IN + r"$", _F)  # "ok big picture — is ketamine worth it..."
# what was done, then the night told: "did a short body scan and drifted off around 10"
# ("did a late coffee keep me up" asks)
_DID_AND_THEN_SLEPT = re.compile(
    r"\band\s+(?:then\s+)?(?:i\s+)?(?:drifted|fell|went|slept|dozed|nodded|dropped|got|was)\b", _F
)
# "when stress too much I cut my arm": a plain "I" and its verb after the condition
_I_DID_AFTER_WHEN = re.compile(
    r"\s(?:i|i'?ve|i'?m|we)\s+(?!(?:should|can|could|will|would|do|does|did|am|is|was|have|had"
    r"|need|must|shall|might|may)\b)[a-z]+",
    _F,
)
# An exclamation in a question's first word: "how easy it would be", "how quick it was"
_HOW_EXCLAIMED = re.compile(
    r"\W*how\s+(?:(?:very|so|really)\s+)?(?:easy|easily|quick|quickly|simple|nice|good|peaceful"
    r"|great|lovely|sad|hard|bad|weird|strange|funny|crazy|amazing|awful|fast|wonderful"
    r"|terrible|tired|lucky|silly|stupid|much\s+better|much\s+worse)\s+(?:it|that|this|i|we"
    r"|he|she|they|things|life|everything|you)\s+(?:(?:would|could|might)\s+(?:be|feel|have\s+been)"
    r"|was|were|felt|got|seemed)\W*$",
    _F,
)
_ASKS_AFTER_WHEN = re.compile(
    r"\s(?:will|would|can|could|should|does|do|is|are)\s+(?:i|you|it|the|my|this|that|they|we"
    r"|ketamine|there)\b",
    _F,
)


def _opens_question(clause: str, anywhere: bool, did_again: bool = True) -> bool:
    """`did_again`: False when _DID_AGAIN cannot match anywhere in the message."""
    if did_again and _DID_AGAIN.match(clause):
        return False
    if anywhere and _SO_DID_I.match(clause):
        return False
    if _BOT_TOLD_TO_STOP.match(clause):
        return False  # "can u chill", "could you stop messaging me": a complaint
    if _PLEASE_RECORD.match(clause):
        return False  # "would you record this for Sunday night:" hands a night over
    m = _FIRST_WORDS.match(clause)
    if m is None:
        return False
    w, n = m.group("w"), m.group("n") or ""
    w = _CHAT_OPENERS.get(w, w)
    if w == "y" and n in _WHY_Y_NEXT:
        w = "why"
    if w in _ANY_OPENERS:
        # "any studies on sleep", "anyone else get vivid dreams" (a clause that opens a
        # message's sentence; mid-sentence "any" is usually part of a report)
        if w in ("anyone", "anybody"):
            return n in _ANYONE_NEXT
        if w == "anything":
            return not anywhere and n in _ANYTHING_NEXT
        return not anywhere and w == "any" and n not in ("", "more", "longer")
    if w == "must" or (w in _AUX_MODAL and n in _MODAL_PERFECT):
        return False
    if w in _WH:
        if w.startswith("when") and n in ("i", "we", "my", "he", "she", "they"):
            return False
        if w == "when" and n in ("the", "our", "his", "her", "their", "your"):
            # "when the twins wont stop screaming i get...": a condition, unless a question
            # follows it ("when the infusion wears off will the insomnia come back")
            return bool(_ASKS_AFTER_WHEN.search(clause))
        if (
            w == "when"
            and n not in _AUX_OPEN | _AUX_MODAL | _AUX_SUBJECT
            and _I_DID_AFTER_WHEN.search(clause)
            and not _ASKS_AFTER_WHEN.search(clause)
        ):
            return False  # "When stress too much I cut my arm": a habit told
        if w == "how" and _HOW_EXCLAIMED.match(clause):
            return False  # "How easy it would be.": said, not asked
        if w == "which" and anywhere and n in _WHICH_ASIDE_NEXT:
            return False
        if w == "which" and n in _WHICH_REMARKS and not _WHICH_COMPARES.match(clause):
            # ", which is a first", "...which was a mistake", "Which means I've been up for
            # hours.": a remark on what came before (with a "?", the caller has decided);
            # "which is better for sleep" compares, and asks
            return False
        return not (w == "what" and n in ("a", "an"))
    if w in _AUX_OPEN:
        if w in ("is", "was") and n in _DROPPED_SUBJECT_NEXT and " or " not in clause:
            return False  # ("is hard to sleep after it or is just me" still asks)
        return n not in _STATEMENT_NEXT and n != ""
    if w == "did" and n in ("a", "an", "some") and _DID_AND_THEN_SLEPT.search(clause):
        return False  # "did a short body scan meditation and drifted off around 10"
    if w in _AUX_MODAL:
        return (
            n != ""
            and n not in _STATEMENT_NEXT
            and n not in _BASE_VERBS
            and not (w == "will" and n in _WILL_VERBS)
        )
    if w in _AUX_SUBJECT:
        if w == "had":
            return n in ("you", "anyone", "anybody", "people", "ppl")
        return n in _SUBJECTS
    return False


_SMALL_TALK = re.compile(
    r"^\W*(?:(?:hi+|hello+|hey+|yo|morning|good\s+morning|evening|lol|haha)\W+)*"
    r"(?:ho?w\s+(?:are|r)\s+(?:you|u|things)"
    r"|how'?s\s+it\s+going|how\s+is\s+it\s+going|what'?s\s+up|what'?s\s+good|wh?assup|sup"
    r"|how\s+have\s+you\s+been|(?:(?:are|r)\s+)?(?:you|u)\s+there|anyone\s+there"
    r"|is\s+this\s+(?:thing\s+)?(?:working|on)"
    r"|you\s+ok|how\s+was\s+your\s+(?:day|weekend))\W*(?:today|doing|tonight|bot|guys|y'?all)?\W*$",
    _F,
)


# A bare greeting, even with a question mark ("hello?", "anyone there??") is not a question.
_GREETING_ONLY = re.compile(
    r"^\W*(?:(?:h+e+l+o+|h+i+|h+e+y+|hiya|yo|oi|howdy|hallo|helo|test(?:ing)?|ping|anyone|anybody"
    r"|someone|(?:good\s+)?(?:morning|afternoon|evening)|there|you|bot|doc|nurse)\W*)+$",
    _F,
)
# Despair asked as a question ("what's the point of anything anymore") asks nothing the
# knowledge base could answer; safety reads it.
_RHETORICAL = re.compile(
    r"^\W*(?:(?:so|and|but|honestly|really)\s+)*(?:what'?s|whats|what\s+is)\s+(?:even\s+)?the"
    r"\s+point(?:\s*$|\s+(?:of|in)\s+(?:anything|it\s+all|living|life|going\s+on|being\s+alive"
    r"|staying\s+alive|trying|carrying\s+on|any\s+of\s+(?:it|this)|me|even\s+trying)\b"
    r"|.*\banymore\b|.*\b(?:when|if|since|because|cause|cos)\s+(?:i|i'?m|im)\s+(?:won'?t|wont"
    r"|will\s+not|not\s+going\s+to|am\s+not\s+going\s+to|not\s+gonna|gonna\s+be\s+gone"
    r"|not\s+(?:even\s+)?(?:be\s+)?(?:here|around)))"
    r"|^\W*why\s+(?:do\s+i\s+|should\s+i\s+)?(?:even\s+)?(?:bother|try)\b",
    _F,
)
# A carer passing on the patient's question, in its reported form: "Mom asks if her dose can
# be lowered", "grandma asks can she still take her pill", "Walt wonders whether it is
# normal..." (asking now; "asked" tells a story, and "asks if i'm ok" is about the writer)
_ASKS_FOR_THEM = re.compile(
    # (a name, not "everyone asks..."; and never about the writer: "my daughter asks when i
    # went to bed")
    r"^\W*(?:(?:he|she|they|mom|mum|dad|mother|father|grandma|grandpa|granny|nana|abuela"
    r"|abuelo|my\s+[a-z]+|(?!(?:everyone|everybody|nobody|noone|someone|somebody|people|anyone"
    r"|anybody|i|we|you)\b)[a-z]+)\s+(?:" + _RELAYS_A_QUESTION + r"|was\s+wondering)"
    r"(?:\s+(?:you|u))?\s*[,:]?\s+"
    r"(?:if|whether|why|how|what|when|where|which|who|can|could|should|is|are|does|do|will"
    r"|would)\b(?!\s+(?:i\s+(?:went|slept|woke|got|was|did|am|feel|look)|im|i'm)\b))",
    _F,
)
# Wonder, not a question: "slept straight through, can you believe it"
_MARVELS = re.compile(
    r"\b(?:can|could|would|can'?t)\s+(?:you|u|ya)\s+believe\s+(?:it|that|this)\W*$", _F
)
_ASKS_FIRST = re.compile(
    r"\W*(?:how|what|why|when|where|who|which|is|are|does|do|did|can|could|should|will|would)\b",
    _F,
)
# A "why?" the writer answers with a shrug: "anxious all evening, why? I don't know"
_WHY_CLOSING = re.compile(r"(?:^|[,;:]|\s-)\W*(?:why|how\s+come)\s*$", _F)
_SHRUG_AFTER = re.compile(
    r"[?\s]*(?:(?:me|i)\s+(?:don'?t|dont|do\s+not|no)\s+know|no\s+idea|who\s+knows|dunno|idk"
    # (the shrug ends its sentence: "why? i don't know what to do" still asks)
    r"|(?:i'?m\s+)?not\s+sure)\b(?=\s*(?:[.!,;]|lol|haha|$))",
    _F,
)
# A question after a leading clause with no comma: "if it helps will i feel better".
_LEADING_CLAUSE_INVERSION = re.compile(
    r"^\W*(?:if|when|once|after|since|now\s+that|given\s+that|say)\s+(?:[a-z0-9']+\s+){1,10}?"
    r"(?P<prev>[a-z0-9']+)\s+(?:will|would|can|could|should|does|do|is|are|am|shall)"
    r"\s+(?:i|you|u|it|this|that|there|they|we|he|she|ketamine|the\s+infusions?)\b",
    _F,
)
_PRONOUNS = frozenset(["i", "you", "u", "it", "we", "they", "he", "she", "that", "this"])


def _clauses_in(text: Text, a: int, b: int) -> list[tuple[int, int]]:
    lo = bisect.bisect_left(text._clause_starts, a)
    hi = bisect.bisect_left(text._clause_starts, b)
    return text.clauses[lo:hi]


# Gates (prefilter.py) for the searches over a sentence or a clause, which are cut at word
# boundaries, so the whole message's probe answers for them.
_QUESTION_PHRASE_GATE = Gate(_QUESTION_PHRASE)
# a run-on that ends asking, with no question mark: "...what day it is what should I do"
_QUESTION_TAIL = re.compile(
    r"(?<!\bsure\s)(?<!\bknow\s)(?<!\bidea\s)\b(?:what|who|when|where|how)\s+(?:should|do|can|could"
    r"|shall)\s+(?:i|we)(?:\s+\w+){0,3}\W*$"
    r"|\bshould\s+(?:i|we)\s+(?:\w+\s+){0,3}?(?:do|take|stop|call|go|worry|keep|start|try)"
    r"(?:\s+(?:that|this|it|them|anything|something))?\W*$"
    r"|\b(?:please\s+)?advise\W*$",
    _F,
)
_QUESTION_TAIL_GATE = Gate(_QUESTION_TAIL)
_FUTURE_GATE = Gate(_FUTURE)
_HABITUAL_GATE = Gate(_HABITUAL)
_TONIGHT_GATE = Gate(_TONIGHT)
# ... and for the matches at the start of the message, a sentence or a clause, which only
# look at its first words but still cost a call each
_SMALL_TALK_GATE = Gate(_SMALL_TALK)
_RHETORICAL_GATE = Gate(_RHETORICAL)
_INVERSION_GATE = Gate(_LEADING_CLAUSE_INVERSION)
_DID_AGAIN_GATE = Gate(_DID_AGAIN)
_FAREWELL_GATE = Gate(_FAREWELL)


class _Possible(NamedTuple):
    """Which of the sentence tests can match anywhere in the message (their gates),
    found once for all its sentences."""

    small_talk: bool
    rhetorical: bool
    question_phrase: bool
    inversion: bool
    did_again: bool
    question_tail: bool

    @classmethod
    def of(cls, probe: Probe) -> _Possible:
        return cls._make(_POSSIBLE_MET(probe))


# read() asks these gates about every message: all in one call
_POSSIBLE_GATES = [
    _SMALL_TALK_GATE,
    _RHETORICAL_GATE,
    _QUESTION_PHRASE_GATE,
    _INVERSION_GATE,
    _DID_AGAIN_GATE,
    _QUESTION_TAIL_GATE,
]
_POSSIBLE_MET = met_each(_POSSIBLE_GATES)
_READ_MET = met_each(
    [*_POSSIBLE_GATES, _FUTURE_GATE, _HABITUAL_GATE, _TONIGHT_GATE, _FAREWELL_GATE]
)


def _chat(text: Text, possible: _Possible) -> bool:
    """The whole message is small talk or a bare greeting."""
    s = text.s
    return bool((possible.small_talk and _SMALL_TALK.match(s)) or _GREETING_ONLY.match(s))


def is_question_sentence(text: Text, a: int, b: int) -> bool:
    possible = _Possible.of(text.probe)
    return _is_question(text, a, b, _chat(text, possible), possible)


# "bed 10:30, fell asleep quickly, maybe 10 mins?": a report whose "?" is a shrug, not a
# question: a hedge beside a number, and nothing in the sentence that opens a question.
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|prob|possibly|i\s+think|i\s+guess|i\s+reckon|i\s+believe"
    r"|i'?d\s+say|not\s+sure|roughly|approx(?:imately)?|or\s+so|ish|around|about|give\s+or\s+take"
    r"|something\s+like|like(?=\s+[0-9])|or(?=\s+(?:maybe\s+)?[0-9]+\W*$))\b",
    _F,
)
_AMOUNT = re.compile(r"[0-9]|\b(?:" + NUMBER_WORD + r"|half|quarter|midnight|an?\s+hour)\b", _F)
_HEDGE_GATE = Gate(_HEDGE)
# How one felt, told in the first person (a question mark after it only doubts it)
_FELT_REPORT = re.compile(r"\W*(?:also\s+|and\s+|but\s+)?(?:i\s+)?(?:felt|was\s+feeling)\b", _F)
# A bare report of a time or count: "bed 9pm", "woke 5x", "asleep by 12"
_TIMED_REPORT = re.compile(
    r"\W*(?:(?:bed|woke(?:\s+up)?|awake|asleep|slept|alarm|up|nap|napped|lights?\s+(?:out|off)"
    r"|out\s+of\s+bed)"
    r"\s+(?:at\s+|by\s+|around\s+|like\s+|~\s*)?)"
    r"[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:am|pm|a|p|x|times)?\W*",
    _F,
)
# "ok to have about 2 coffees?", "safe to nap for maybe 20 min?": a question with "is it" left out
_ELLIPTIC_QUESTION = re.compile(
    r"\W*(?:is\s+it\s+)?(?:ok|okay|alright|fine|safe|normal|bad|good|worth|possible|better|wise"
    r"|dangerous|common|usual|too\s+(?:much|many|long|late|early))\b",
    _F,
)


def _hedged_report(text: Text, a: int, b: int, possible: _Possible) -> bool:
    sentence = text.s[a:b]
    clauses = _clauses_in(text, a, b)
    if not clauses:
        return False
    hedged = _HEDGE_GATE.met(text.probe) and _HEDGE.search(text.s[clauses[-1][0] : clauses[-1][1]])
    # "bed 9pm??": a time told with a doubt needs no hedge word
    if not hedged and not _TIMED_REPORT.fullmatch(sentence):
        return False
    if not _AMOUNT.search(sentence) or _ELLIPTIC_QUESTION.match(sentence):
        return False
    if possible.question_phrase and _QUESTION_PHRASE.search(sentence):
        return False
    return not any(
        _opens_question(text.s[ca:cb], anywhere=i > 0, did_again=possible.did_again)
        for i, (ca, cb) in enumerate(clauses)
    )


_READING_TOLD = re.compile(
    r"\s*(?:and\s+|also\s+|now\s+)?(?:my\s+)?(?:bp|blood\s+pressure|pressure|heart\s+rate|hr|pulse"
    r"|temp|temperature|sugar|oxygen|o2|sats?)\s+(?:is|was|reads?|said|at|of|=|:|-)?\s*"
    r"(?:still\s+|like\s+|about\s+)?[0-9][0-9./ ]*\s*$",
    _F,
)
_MARVEL = re.compile(
    r"\bfor\s+(?:once|a\s+change)\b"
    # "slept thru??", "slept right through?!": the night told in surprise
    r"|^\W*(?:i\s+)?(?:actually\s+)?slept\s+(?:right\s+|straight\s+)?(?:thru|through)"
    r"(?:\s+the\s+night)?\W*$"
    # "best sleep ive had in months??": a night graded, in surprise
    r"|^\W*(?:the\s+)?(?:best|worst)\s+(?:night|nights|sleep|night's\s+sleep)\s+(?:i'?ve|ive|i\s+have"
    r"|i|in)\b",
    _F,
)
# ... "?? not for me", "?? or is something wrong", "?? what counts as one": taken back or asked
_TAKEN_BACK_OR_ASKED = re.compile(
    r"[?!\s]*(?:not|no|nope|nah|lol\s+no|or|what|how|why|is|are|does|do|can|should|would)\b", _F
)
# "honestly a decent night??": the night graded in surprise (two marks, not one that asks)
_GRADED_IN_SURPRISE = re.compile(
    r"^\W*(?:(?:honestly|actually|surprisingly|finally|wow|so|ok|okay)\s+)*(?:a|an)\s+(?:\w+\s+)?"
    r"(?:decent|good|great|ok|okay|solid|better|nice|rough|bad|terrible|awful|weird|strange|normal)"
    r"\s+(?:night|nite|sleep)\W*$",
    _F,
)
_ENDS_ON_A_FIGURE = re.compile(
    r"(?:\b(?:at|by|around|about|maybe|like|til|till|until|approx|prob(?:ably)?)\s+|~\s*)"
    r"[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:ish|am|pm|a|p)?\s*$",
    _F,
)
_TOLD_OF_THE_NIGHT = re.compile(
    r"\b(?:bed|asleep|slept|woke|awake|up|lights?|lites?|out|nap|napped|alarm|dozed|crashed)\b", _F
)
_WEIGHS_IT = re.compile(
    r"\b(?:if|whether|should|ok|okay|fine|safe|normal|alright|bad|too)\b(?<!\bslept\sok)", _F
)
_OPENING_OK_SO = re.compile(r"\W*(?:ok|okay)\s+so\b", _F)
_TO_DO = re.compile(r"\bto\s+(?:go|sleep|take|have|be|get|do|try|start|stop|eat|nap)\b", _F)
_FORM_LABEL_END = re.compile(r"\b[a-z]+\s*:\s*$", _F)


def _a_clause_asks(text: Text, a: int, b: int, possible: _Possible) -> bool:
    return any(
        _opens_question(text.s[ca:cb], anywhere=i > 0, did_again=possible.did_again)
        for i, (ca, cb) in enumerate(_clauses_in(text, a, b))
    )


def _opening_ok_so_end(sentence: str) -> int:
    m = _OPENING_OK_SO.match(sentence)
    return m.end() if m else 0


def _doubted_figure(sentence: str) -> bool:
    """A time of the night closing a sentence that asks nothing of its own ("asleep maybe
    1ish??"), not one asked about ("fine if im up at 5?", "ok to take it at 9?")."""
    return bool(
        _ENDS_ON_A_FIGURE.search(sentence)
        and _TOLD_OF_THE_NIGHT.search(sentence)
        and not _TO_DO.search(sentence)
        # ("ok so — bed at 12:30 — asleep maybe 2:15??" opens with its "ok")
        and not _WEIGHS_IT.search(sentence, _opening_ok_so_end(sentence))
    )


def _is_question(text: Text, a: int, b: int, chat: bool, possible: _Possible) -> bool:
    s = text.s
    sentence = s[a:b]
    if possible.small_talk and _SMALL_TALK.match(sentence):
        return False
    if chat:
        return False
    if possible.rhetorical and _RHETORICAL.match(sentence):
        return False
    if "believe" in sentence and _MARVELS.search(sentence) and not _ASKS_FIRST.match(sentence):
        return False  # "Slept straight through, can you believe it."
    if "?" in s[b : b + 3]:
        if _WHY_CLOSING.search(sentence) and _SHRUG_AFTER.match(s, b):
            return False  # "nervous, why? me don't know": asked of no one, answered
        if _FORM_LABEL_END.search(sentence):
            return False  # "Bed: 11 / Asleep: ???": a form's field left unknown
        if _READING_TOLD.match(sentence):
            return False  # "my bp is 196/122??": a reading told in alarm, not a question
        # "also felt kinda floaty and detached??": told with a doubt; "no wake-ups at all for
        # once??", "slept till 7?!": marvelled at; "bed 12:30, asleep maybe 1ish??": a figure
        # told with a doubt -- unless a clause of it asks
        felt = bool(_FELT_REPORT.match(sentence))
        marvel = (
            bool(_MARVEL.search(sentence))
            or "!" in s[b : b + 3]
            or (
                s.startswith("??", b)
                and bool(_GRADED_IN_SURPRISE.match(sentence))
                and "?" not in s[b + 2 :].lstrip("?!")
                and not _TAKEN_BACK_OR_ASKED.match(s, b + 2)
            )
        )
        doubted = _doubted_figure(sentence) and not (
            possible.question_phrase and _QUESTION_PHRASE.search(sentence)
        )
        if (felt or marvel or doubted) and not _a_clause_asks(text, a, b, possible):
            return False
        return not _hedged_report(text, a, b, possible)
    if possible.question_phrase and _QUESTION_PHRASE.search(sentence):
        return True
    if possible.question_tail and _QUESTION_TAIL.search(sentence):
        return True  # a run-on that ends asking: "...what day it is what should I do"
    inverted = possible.inversion and _LEADING_CLAUSE_INVERSION.match(sentence)
    if inverted and inverted.group("prev") not in _PRONOUNS:
        return True
    if _ASKS_FOR_THEM.match(sentence):
        return True
    clauses = _clauses_in(text, a, b)
    if not clauses:
        return False
    first = s[clauses[0][0] : clauses[0][1]]
    if _opens_question(first, anywhere=False, did_again=possible.did_again):
        return True
    if len(clauses) > 1 and _LEAD_IN_ONLY.fullmatch(first + " "):
        # "random question but does ketamine actually help...": the question after its name
        second = s[clauses[1][0] : clauses[1][1]]
        if _opens_question(second, anywhere=False, did_again=possible.did_again):
            return True
    if len(clauses) > 1:
        last = s[clauses[-1][0] : clauses[-1][1]]
        return _opens_question(last, anywhere=True, did_again=possible.did_again)
    return False


# What ties a report to one night: the night named, or sleep told in the past tense. A
# message that asks and tells only how things go ("I fall asleep fine but wake at 3 every
# night. Why?", "I have nightmares. How do you get rid of them?") is a question.
_ONE_NIGHT = re.compile(
    r"\b(?:last\s+night|this\s+morning|yesterday|today|tonight|this\s+evening|right\s+now"
    r"|the\s+night\s+before|(?<!\bevery\s)(?<!\beach\s)(?<!\bmost\s)(?<!\bsome\s)(?<!\bat\s)night"
    r"|(?<!\bnever\s)(?:slept|woke|woken|awoke|napped|dozed|overslept|fell\s+(?:asleep|back)"
    r"|went\s+(?:to\s+bed|to\s+sleep|down|back)|got\s+(?:up|to\s+sleep|in(?:to)?\s+bed|\d)"
    r"|was\s+(?:up|awake|asleep|in\s+bed)|lay\s+awake|tossed|passed\s+out"
    r"|(?:couldn'?t|could\s+not|didn'?t|did\s+not)\s+(?:sleep|fall|get|wake|stay))"
    r"|(?:am|i'?m|is|was|been)\s+(?:still\s+)?(?:up|awake)\b"
    r"|[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm)?\s*(?:now|right\s+now)"
    r"|(?:tired|exhausted|groggy|dizzy|nauseous|queasy|sick)\s+(?:this|today))\b",
    _F,
)


# How nights go, not one night: "I have not slept properly in years"
_HOW_NIGHTS_GO = re.compile(
    # (not "slept through for the first time in months": that night, at last)
    r"\b(?:(?<!\btime\s)(?:in|for)\s+(?:years|months|weeks|ages|decades|a\s+long\s+time|so\s+long)|lately"
    r"|these\s+days|usually|always|ever\s+since|anymore|any\s+more|most\s+nights"
    r"|every\s+night|since\s+(?:i\s+was|childhood|forever))\b",
    _F,
)
# "to have a more restful night": a night in general
_A_NIGHT_IN_GENERAL = re.compile(
    r"\b(?:to\s+(?:have|get)|help\s+(?:me\s+)?(?:have|get)|need|want|wish\s+for|hope\s+for)"
    r"\s+an?\s+(?:[a-z]+\s+){0,2}$",
    _F,
)


def tells_one_night(text: Text) -> bool:
    """Whether the message ties what it tells to one night (_ONE_NIGHT), in any of its
    sentences ("slept thru the whole night for once??" tells it while it marvels); not in a
    sentence of how nights go ("haven't slept properly in years"), nor "a restful night"."""
    s = text.s
    for m in _ONE_NIGHT.finditer(s):
        sa, sb = text.sentence_at(m.start())
        if _HOW_NIGHTS_GO.search(s, sa, sb):
            continue
        if m.group(0) == "night" and _A_NIGHT_IN_GENERAL.search(
            s, max(sa, m.start() - 30), m.start()
        ):
            continue
        return True
    return False


# a time, count or grade (not a length: "slept about 5 hours, is that enough?" asks)
_A_FIGURE = re.compile(
    r"[0-9](?![0-9]|\.[0-9]|\s*(?:hours?|hrs?|h\b|minutes?|mins?|years?|days?|weeks?|months?|mg))",
    _F,
)
# A question's own gloss, the sentence after it: "(I mean the can't-fall-asleep kind)"
_SAYS_WHAT_IT_MEANT = re.compile(
    r"\W*(?:i\s+mean(?!,?\s+(?:i|i'?ve|i'?d|we|my|last)\b)|i'?m\s+asking|as\s+in|meaning"
    r"|specifically|e\.?g\.?|like\s+if)\b",
    _F,
)
_ASKS_ANEW = re.compile(r"\b(?:question|q|btw|by\s+the\s+way|also|anyway|unrelated)\b", _F)
# A run-on's next thought, told of last night: "...my eyes are usually fine went to bed at 11"
_RUN_ON_CONJUNCTION = re.compile(r"\s(?:and|but|so|then)\s", _F)
_RUN_ON_NIGHT_VERB = re.compile(
    r"\b(?:went|woke|slept|got|fell|lay|laid|napped|dozed|was\s+(?:up|awake|asleep))\b", _F
)
_RUN_ON_WORDS = 14
# ... and where a plan in one begins: "because my phone buzzed ... which I really need to stop"
_RUN_ON_CLAUSE_OPENS = re.compile(r"\s(?:and|but|so|then|which|because|cause|bc|cuz)\s", _F)
_RUN_ON_PAST_NIGHT_VERB = re.compile(
    r"\b(?:woke|slept|fell\s+asleep|dozed|napped|was\s+(?:up|awake|asleep))\b", _F
)
_TONIGHT_AHEAD = re.compile(r"\b(?:tonight|tomorrow|from\s+now\s+on|next\s+time)\b", _F)


def _around_a_run_on_aside(
    text: Text,
    ca: int,
    cb: int,
    usual: re.Match[str],
    conjunction: re.Pattern[str] = _RUN_ON_CONJUNCTION,
    night_verb: re.Pattern[str] | None = _RUN_ON_NIGHT_VERB,
) -> list[tuple[int, int]]:
    """What is told of last night around a habit in a long unpunctuated clause: the words
    from the conjunction before the habit to the next night verb after it are the habit's;
    a short clause is the habit's whole. With no `night_verb`, nothing after the aside is
    last night's (a plan for tonight)."""
    if text.words_between(ca, cb) <= _RUN_ON_WORDS:
        return []
    lo = ca
    for m in conjunction.finditer(text.s, ca, usual.start()):
        lo = m.start()
    after = night_verb.search(text.s, usual.end(), cb) if night_verb else None
    hi = after.start() if after else cb
    return [span for span in ((ca, lo), (hi, cb)) if text.s[span[0] : span[1]].strip()]


def read(text: Text, night_in_progress: bool) -> Reading:
    s = text.s
    met = _READ_MET(text.probe)
    possible = _Possible._make(met[:6])
    chat = _chat(text, possible)
    future, habitual, tonight, farewell_met = met[6:]
    # whether any clause might plan ahead, tell what usually happens, or speak of tonight
    tonight = tonight and not night_in_progress
    active: list[tuple[int, int]] = []
    told: list[tuple[int, int]] = []
    has_question = False

    def last_night(clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return _last_night(text, clauses, future, habitual, tonight)

    asked_last = False
    for a, b in text.sentences:
        if not s[a:b].strip():
            continue
        if asked_last and _SAYS_WHAT_IT_MEANT.match(s, a, b):
            continue  # "...help with insomnia? (I mean the waking-at-4am kind)": still asking
        asked_last = False
        if _is_question(text, a, b, chat, possible):
            has_question = asked_last = True
            opened = s.rfind("(", a, b)
            if opened > a and ")" not in s[opened:b]:
                # "bed 11, lights out 11:40 (they have THREE hearts??)": only the aside asks
                active.extend(last_night(_clauses_in(text, a, opened)))
                continue
            leading = _told_before_asking(text, a, b, possible)
            # "I woke up at 5:45 and got out of bed at 6, I wasn't sure if you needed both
            # times?", "I'd rate last night a 4 out of 10, is that how the scale works?":
            # figures told before a doubt are a report ("bed 11 woke 6, real question: how
            # long..." turns to something else)
            report = bool(leading) and not _ASKS_ANEW.search(s, a, b)
            figures = [c for c in leading if report and _A_FIGURE.search(s, *c)]
            active.extend(last_night(figures))
            told.extend(c for c in leading if c not in figures)
            continue
        active.extend(last_night(_clauses_in(text, a, b)))
    farewell = bool(farewell_met and _FAREWELL.match(s))
    return Reading(active, has_question, farewell, tuple(told))


def _last_night(
    text: Text, clauses: list[tuple[int, int]], future: bool, habitual: bool, tonight: bool
) -> list[tuple[int, int]]:
    """The clauses (or parts of them) that tell of last night: not plans, not how nights
    usually go ("I wake 4 times a night"), not tonight. `future`, `habitual` and `tonight`
    say whether the message might hold any such words at all."""
    if not (future or habitual or tonight):
        return clauses
    s = text.s
    kept: list[tuple[int, int]] = []
    for ca, cb in clauses:
        clause = s[ca:cb]
        plan = _FUTURE.search(s, ca, cb) if future else None
        if plan is not None:
            # (a run-on's plan is its own words: "...a client text which I really need to stop
            # doing woke up for the day at 6:10")
            # (after a plan for tonight, nothing more is of last night: "asleep around 1 woke
            # at 7 and tonight im going to lay down at 9 and get up at 5")
            ahead = _TONIGHT_AHEAD.search(s, ca, cb) is not None
            kept.extend(
                _around_a_run_on_aside(
                    text,
                    ca,
                    cb,
                    plan,
                    _RUN_ON_CLAUSE_OPENS,
                    None if ahead else _RUN_ON_PAST_NIGHT_VERB,
                )
            )
            continue
        usual = _HABITUAL.search(s, ca, cb) if habitual else None
        if usual is not None:
            kept.extend(_around_a_run_on_aside(text, ca, cb, usual))
            continue
        if tonight and _TONIGHT.search(clause) and not _PAST_THIS_EVENING.search(clause):
            continue  # (but "my eyes were blurry this evening" has happened)
        kept.append((ca, cb))
    return kept


# A clause that sets a condition or a hypothesis tells nothing that happened.
_SUPPOSING = re.compile(r"\W*(?:if|when|whenever|in\s+case|what\s+if|unless|suppose|say)\b", _F)


def _told_before_asking(text: Text, a: int, b: int, possible: _Possible) -> list[tuple[int, int]]:
    """The clauses before the last of a question sentence, when none of them asks."""
    clauses = _clauses_in(text, a, b)
    if len(clauses) < 2:
        return []
    leading = clauses[:-1]
    for i, (ca, cb) in enumerate(leading):
        clause = text.s[ca:cb]
        if _SUPPOSING.match(clause) or _opens_question(
            clause, anywhere=i > 0, did_again=possible.did_again
        ):
            return []
    return leading

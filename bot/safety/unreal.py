"""Something not real, told as going on: read over the whole message, not a sentence.

Hallucinations and severe confusion that have not stopped are urgent (the spec), but writers
tell them in words no list of things seen can hold: a cassowary in the hall, the lane lines
peeling off the road, a choir in a room the flat does not have. What stays the same is the
frame around them, and its parts are often in different sentences:

- a reality check beside something seen or believed: the thing is not there or cannot be so
  ("there is no next room", "my wife says it never moved", "the TV isn't on", "my buddy
  walked right through it"), or one's own world not known ("keeps asking who we are");
- going on now ("still", "since supper", "for two hours", "it won't stop", "keeps").

Both together, with no everyday reading (a dream, a film, a pet at nothing, a cause found,
something that passed, a question in general), read urgent (`not_real_and_going_on`). Each
alone is everyday talk, which is why neither alarms without the other. The treatment need
not be named: every writer here is a patient of the clinic or close to one.

Where no reality check is in words ("its snowing in my kitchen"), a learned screen reads the
messages told as going on (`seen_as_unreal`, tentative). Voices or a figure telling someone
to die or harm (`told_to_harm`), and a threat made from a belief that cannot be so
(`threatened_from_a_belief`), are crises. bot/safety/judge.py places each among the layers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.context import _OTHERS_MADE_SAFE, _OTHERS_STILL_AT_RISK
from bot.safety.levels import LEARNED_MARK, SafetyAssessment
from bot.safety.model import shipped_unreal

# An illness that brings such things, unless this is unlike the person, as the rules read it.
from bot.safety.rules import _A_KNOWN_CAUSE, _UNLIKE_THEM
from bot.safety.vocabulary import _FIRST_PERSON

# Where something seen would be: "theres nothing on his hands" (not "in the fridge").
_A_PLACE = (
    r"(?:room|house|flat|hall|hallway|kitchen|bedroom|lounge|corner|garden|yard|walls?|floor"
    r"|ceiling|bed|window|door|doorway|car|loft|attic|wardrobe|closet|chair|mirror|hands?"
    r"|arms?|skin|face|legs?|table|stairs|landing|garage|basement|porch|bathroom)"
)
# What a household lacks, not what someone sees: "there is no hot water", "no parking".
_NOT_SEEN_THINGS = (
    r"(?:point|way|reason|need|change|difference|improvement|sign|pattern|rush|hurry|doubt"
    r"|telling|question|sleep|rest|end|time|chance|pain|problem|issue|word|news|milk|food"
    r"|coffee|wifi|signal|service|bus|train|appointment|session|infusion|side effects?|hot"
    r"|water|parking|pills?|tablets|medicine|heating|power|electricity|money|space|one|help"
    r"|cure|answer|guarantee|record|reply|update|internet|reception|bread|food)\b"
)
_BUT = r"(?!,? (?:but|except|apart from|other than|besides)\b)"

# Someone who would see it too, not the writer ("my husband cant see it", not "i cant hear
# it", which is a snore or an alarm slept through).
_A_WITNESS = (
    r"(?:he|she|they|wife|husband|partner|son|daughter|mum|mom|dad|brother|sister|friend|nurse"
    r"|carer|roommate|flatmate|bf|gf|boyfriend|girlfriend|neighbou?r|everyone|anyone)"
)

# The thing is not there, or not so: a reality check in words. (Normalised text: lower case,
# no apostrophes.)
_NOT_THERE = re.compile(
    # "there is no patrol.", "there are no cassowaries in ohio", "there is no next room"
    rf"\bthere (?:is|are)(?: really| actually| definitely)? no (?!{_NOT_SEEN_THINGS})"
    rf"(?:\w+ )?(?!{_NOT_SEEN_THINGS})\w+"
    r"(?=\s*(?:[.,;!]|$| (?:in|on|at|here|there|anywhere|upstairs|downstairs|outside|inside"
    r"|next door|and|just)\b))"
    + _BUT
    + r"|\b(?:theres|there is) (?:really |actually )?no(?:thing| one|body|one)? (?:there|here"
    r"|(?:in|on|at|behind|under) (?:the|my|his|her|our|their) "
    + _A_PLACE
    + r")\b(?=\s*(?:[.,;!]|$| (?:and|but|at all|though|either)\b))"
    + r"|\b(?:nothing|no one|nobody|noone|nobodys|theres nobody|theres no one) (?:is )?"
    r"(?:there|in the room)\b(?=\s*(?:[.,;!]|$| (?:and|but|at all|though)\b))"
    + _BUT
    # a witness perceives nothing: "my wife cant see or hear it", "none of us can see",
    # "hasnt heard it once", "the lookout sees nothing", "cameras show nobody"
    + r"|\b"
    + _A_WITNESS
    + r" (?:\w+ )?(?:cant|cannot|couldnt|doesnt|dont|hasnt|havent)"
    r" (?:see|hear|smell|seen|heard|smelled|smelt)(?: or (?:see|hear|smell))? (?:it|them|him"
    r"|her|anything|a thing|a sound)(?: at all| once)?(?=\s*(?:[.,;!]|$| (?:and|but)\b))"
    r"|\b(?:none of us|no one else|nobody else|noone else) (?:can|could) (?:see|hear|smell)\b"
    r"|\b(?:cameras?|footage|monitor|lookout|dispatch|he|she|they|wife|husband|partner|son"
    r"|daughter|nurse|everyone) (?:sees|hears|shows) (?:nothing|nobody|no one)"
    r"(?=\s*(?:[.,;!]|$| (?:and|but|there)\b))"
    # a witness says it is not so: "says it never moved an inch", "says theyre just my legs",
    # "keeps saying the floor is dry", "partner keeps telling me there are none"
    r"|\b(?:says?|said|swears?|insists?|keeps? saying|kept saying|tells? me|told me)"
    r"(?: that)?(?: \w+){0,2} never (?:moved|rang|called|came)\b"
    r"|\b(?:says?|said|swears?|insists?|keeps? saying|kept saying)(?: that)? (?:theyre|its|they"
    r" are|it is) just (?:my|his|her|their) (?:legs|arms|hands|feet|skin|face|body|eyes)\b"
    r"|\b(?:says?|said|swears?|insists?|keeps? saying|kept saying)(?: that)? (?:the|its|it"
    r"|theyre|they)(?: \w+)? (?:is |are )?(?:bone |completely |totally )?(?:dry|empty|silent"
    r"|(?:isnt|arent|is not|are not|not) (?:there|here|real|on|moving|ringing))"
    r"(?=\s*(?:[.,;!]|$| (?:and|but)\b))"
    r"|\b(?:says?|said|swears?|insists?|keeps? saying|kept saying|keeps? telling me|tells? me"
    r"|told me)(?: that)? (?:there (?:is|are)|theres) (?:none|nothing|no one|nobody)"
    r"(?: there| here)?(?=\s*(?:[.,;!]|$| (?:and|but)\b))"
    + _BUT
    # looked for and not found: "i checked, nobody", "got up and checked, no phone in there",
    # "none found on inspection", "gas company came, no leak"
    + r"|\b(?:checked|looked|searched|inspected)(?: (?:every \w+|everywhere|all (?:over|round"
    r"|around)|around|under|behind|outside|the (?:house|flat|room|rooms|kitchen|garden|yard"
    r"|wardrobe|closet|cupboards?|loft|attic|street|hall|hallway|bed|window|door|corner)"
    r"|with a (?:torch|flashlight))|(?=[,.;:]))(?: \w+){0,3}[,.;:]? (?:and )?(?:there (?:is"
    r"|are|was|were) |theres )?(?:no (?:one|body|\w+ (?:there|in there|anywhere|found))"
    r"|nobody|no one|nothing|none)(?=\s*(?:[.,;!]|$| (?:and|but|there|anywhere)\b))"
    r"|\b(?:none|nobody|no one) (?:was |were )?found\b"
    r"|\b(?:came|checked|tested|inspected)(?: \w+){0,3}[,.;:]? no (?:leak|smoke|fire|gas)\b"
    r"|\bno (?:leak|smoke|fire|gas|birds?|bugs|insects|spiders|snakes|pets?|dogs?|cats?"
    r"|children|kids|people|music) (?:there|anywhere|in there|on site)\b"
    # known not to be so: "i know theyre not real", "i am fully aware this is impossible"
    r"|\bi know (?:its|it is|theyre|they are|thats|that is|hes|shes|he is|she is|they|it|he"
    r"|she) (?:not|isnt|arent|cant be) (?:real|really there|there|possible|happening)\b"
    r"(?! (?:to|for|that|with|at|on|in)\b)"
    r"|\bi know (?:she|he|they) (?:cant|couldnt|cannot) (?:possibly )?be(?: there| here)?"
    r"(?=\s*(?:[.,;!]|$| (?:but|and)\b))"
    r"|\b(?:aware|know|realise|realize|understand) (?:that )?(?:this|it|that|they)"
    r" (?:is|are|must be|cant be) (?:impossible|not real|not possible)\b(?! (?:to|for)\b)"
    r"|\b(?:theyre|they are|its|it is|hes|shes|he is|she is) not (?:really )?real\b"
    # the world says otherwise: "the tv isnt on", "its not ringing", "pockets are empty",
    # "the screenshots are blank", "the bed is bone dry", "walked right through it"
    r"|\bthe (?:tv|telly|television|radio|phone|stereo|speaker) (?:isnt|is not|s not)"
    r" (?:even )?(?:on|ringing|plugged in|switched on)(?=\s*(?:[.,;!]|$| (?:and|but)\b))"
    r"|\b(?:its|it is|phone is|phones) not (?:even )?ringing\b"
    r"|\b(?:pockets?|screen|screenshots?|photos|footage|camera|bed|floor|floors|carpet|chair"
    r"|seat|socks|feet|clothes|sheets|ceiling|walls?)(?: \w+)? (?:is|are) (?:completely"
    r" |totally |bone |stone |still )?(?:empty|blank|dry)\b(?! (?:for the first|again|at last"
    r"|finally))"
    r"|\b(?:bed|floor|carpet|socks|feet|clothes|sheets|ceiling|walls?)(?: \w+)? (?:isnt|arent"
    r"|is not|are not) (?:even |at all )?wet\b"
    r"|\b(?:walked|walks|walking|reached|put (?:his|her|my) hand) (?:right |straight )?"
    r"(?:through|thru) (?:it|him|her|them)\b"
)

# One's own world not known, which needs no witness: "doesnt know our kids names", "keeps
# asking who we are", "doesnt know what day it is".
_NOT_KNOWN = re.compile(
    r"\b(?:doesnt|didnt|does not|did not|wont|cant|couldnt) (?:know|recogni[sz]e)"
    r" (?:(?:us|me)(?=\s*(?:[.,;!]|$| (?:and|but|anymore|at all)\b))|our (?:kids|children"
    r"|names|house|home|faces|bedroom)|(?:his|her|their) own (?:house|home|kids|children"
    r"|husband|wife|son|daughter|name|bedroom|family)|where (?:she|he|they) (?:is|are)"
    r"(?=\s*(?:[.,;!]|$| (?:and|but|anymore|now)\b))|what (?:day|year|month) it is)"
    r"|\b(?:keeps? asking|kept asking|asks|asking)(?: me| us)? (?:who (?:we|they|i|you) (?:are"
    r"|am)|where (?:we|they|i) (?:are|am))(?=\s*(?:[.,;!?]|$| (?:and|but|now)\b))"
)

# ... said of the patient, beside the treatment or a confusion told ("our toddler doesnt
# know what day it is", "the new pharmacist doesnt know us" are everyday).
_A_MIND_ASTRAY = re.compile(
    r"\b(?:infusions?|treatments?|ketamine|ket|session|clinic|drip|confus\w*|disorient\w*"
    r"|muddl\w*|not (?:himself|herself|myself|themselves)|never (?:been|seen \w+) like this)\b"
)

# A fact against what is seen or believed: weaker, so it counts only beside the seeing or
# believing itself ("someone knocking on the window, im on the 9th floor", "i keep seeing a
# dog. we dont have a dog", not "we dont have a dog but the neighbours does").
_A_FACT_AGAINST_IT = re.compile(
    r"\b(?:im|i am|were|we are|shes|hes|she is|he is|its|it is) on the \d+(?:st|nd|rd|th)"
    r" floor\b(?=.*\b(?:window|balcony|ledge)\b)|\b(?:window|balcony|ledge)\b.*\b(?:im|i am|were"
    r"|we are|shes|hes|she is|he is|its|it is) on the \d+(?:st|nd|rd|th) floor\b"
    r"|\b(?:we|i) (?:dont|do not|dont even|no longer) (?:have|own) (?:an? |any )?(?:dogs?|cats?"
    r"|pets?|birds?|doorbell|baby|children|kids|loft|attic|basement|balcony|garden|(?:\w+ )?room"
    r" next door|(?:an? )?upstairs|neighbou?rs)\b"
    # the dead, present: "texts from my brother who died in 2019", "she passed 2019"
    r"|\b(?:who|that|she|he) (?:died|passed)(?: away)?(?: in)? (?:19|20)\d\d\b"
)
# Something seen, heard or smelled, or a belief: what the learned screen reads for.
_PERCEIVED = re.compile(
    r"\b(?:see|sees|seeing|saw|hear|hears|hearing|heard|smell|smells|smelling|thinks"
    r"|convinced|insists?|believes|keeps? (?:asking|saying|talking|calling)|talking to|voices?"
    r"|someone|somebody|people|man|woman|faces?|bugs|spiders|insects|snakes)\b"
)
# ... and, beside a reality check, also what is said, looked at, there or sounding.
_SEEN_OR_BELIEVED = re.compile(
    _PERCEIVED.pattern + r"|\b(?:i think|saying|(?:is|am|are) (?:sure|certain)|swears?"
    r"|speaking|knocking|calling|texting|singing|feel (?:it|them|someone|something|the \w+"
    r"|\w+ (?:on|in|under|crawling))"
    r"|staring|watching|pointing|swatting|a man|a woman|ringing|buzzing|playing|theres an?"
    r"|sitting|standing|walking|crawling|moving|texts from)\b"
)

# Going on now.
_AMOUNT = r"(?:\d+|an?|one|two|three|four|five|six|ten|twenty|thirty|forty|several|a few)"
_GOING_ON = re.compile(
    # (not a feeling left behind: "still creeped out", "still thinking about it")
    r"\b(?:still(?! (?:creeped|freaked|shaken|spooked|rattled|upset|laughing|thinking about"
    r"|in shock|tired|exhausted|groggy|sore|waiting|hoping|miss|missing|feeling|feel|awake|up"
    r"|cant sleep|not sleeping|a bit|sleepy|nauseous|queasy|dizzy)\b)|keeps? (?:\w+ing|on|coming"
    r"|going)|kept (?:\w+ing|on)|wont (?:stop|go away"
    r"|leave|fade|end|go|quit)|(?:not|isnt|hasnt|havent) (?:stopped|stopping|gone away|going away"
    r"|fading|faded|wearing off|worn off|letting up|let up|eased|easing|quit|ended)"
    r"|getting (?:worse|stronger|closer)|every time|all (?:evening|afternoon|night|day)"
    rf"|for the (?:last|past) {_AMOUNT}? ?(?:hours?|hrs?|h|minutes|mins?)\b"
    rf"|(?:been|going on|for over|over) (?:\w+ ){{0,4}}?{_AMOUNT} ?(?:hours?|hrs?|h)\b"
    rf"|been \w+ing (?:\w+ ){{0,3}}?for {_AMOUNT} ?(?:minutes|mins?)\b|{_AMOUNT} (?:hours?|hrs"
    rf"|mins?|minutes) now|continu(?:es|ing)"
    r"|persist(?:s|ing|ed)|(?:is|are|keeps? coming|came) back\b(?! (?:normal|negative"
    r"|clear|fine|to|from|home))|wont snap out|cant (?:make|get) (?:it|them|him|her) (?:to )?"
    r"(?:stop|quit|go)|since (?:\w+ ){0,3}?(?:\d|dinner|supper|lunch|tea|teatime|breakfast"
    r"|midnight|noon|vespers|this (?:morning|afternoon|evening)|evening|morning|afternoon"
    r"|yesterday|earlier|(?:i|we|she|he|they) (?:got|came|woke|left|returned)|getting|coming"
    r"|returning|(?:the|my|her|his|their) (?:infusion|treatment|session|clinic|drip|ketamine"
    r"|appointment))|(?:been|its been) like (?:this|that)|(?:its|it is) (?:now |nearly |almost"
    r" |past |gone )?\d|ongoing|constantly|right now|rn|at the moment|currently"
    r"|every (?:few )?(?:minutes?|mins?)|every minute or so)\b"
)

# An everyday reading of the whole: a screen or a story, an illness that brings such things,
# a pet at nothing, a cause found.
_EVERYDAY = re.compile(
    r"\b(?:movie|film|netflix|tv show|video game|the game|vr|virtual reality|novel|a book"
    r"|the book|audiobook|story|stories|rehears\w*|imaginary|pretend\w*|make believe|santa"
    r"|tooth fairy|halloween|costume|prank\w*|magic trick|migraine aura)\b"
    # a pet at nothing: "the dog keeps barking at nothing" (not a dog no one has)
    r"|\b(?:barks?|barking|growl\w*|hiss\w*|woof\w*|meow\w*)\b"
    # a cause found: "spam calls", "turned out to be the fridge", "the smoke alarm chirping"
    r"|\b(?:turned out|it was (?:just|only)|was just (?:the|a|my|our)|must have been"
    r"|spam|scam|robocalls?|wrong number|telemarket\w*|pocket dial\w*|smoke alarm|fire alarm"
    r"|detector|chirp\w*|neighbou?rs? (?:tv|telly|radio|music|dog|kids|party))\b"
    r"|\b(?:it was|turned out to be|was just) (?:just |only )?(?:the|a|my|our) (?:radio|tv|telly"
    r"|television|neighbou?rs?|cat|dog|wind|heating|boiler|fridge|pipes|kids|phone|alarm)\b"
    # a child's imagining, and real people's voices: "my toddler keeps saying theres a man in
    # his closet", "the voices of my kids are back in the house"
    r"|\b(?:toddler|kids lol|voices? of (?:my|our|his|her|their) (?:kids|children|grandkids"
    r"|grandchildren|family|friends|sons?|daughters?))\b"
    # people one sees, as one sees them: "still seeing the grandkids this weekend"
    r"|\b(?:still|keeps?|kept) seeing (?:(?:my|a|an|the|his|her|their|our) )?(?:\w+ )?"
    r"(?:counsell?or|therapist|doctor|psychiatrist|psychologist|nurse|gp|specialist|grandkids|grandchildren|kids"
    r"|family|friends?|boyfriend|girlfriend|someone|results|improvement|benefits?|progress"
    r"|changes|difference)s?\b"
    # an opinion of a cause: "thinks its the ketamine making me sleepy"
    r"|\bthinks? (?:its|it is|thats|that is) (?:the|my|his|her) (?:ketamine|infusions?"
    r"|treatment|meds?|medicine|tablets)\b"
    # the bot, asking again: "this thing keeps asking me the same thing"
    r"|\b(?:bot|app|machine|thing|system|program|form|it) (?:\w+ )?keeps? asking\b"
)
_A_DREAM = re.compile(
    r"\b(?:dream\w*|dreamt|nightmares?|half asleep|sleep ?(?:walk|talk)\w*|in (?:her|his|my"
    r"|their) sleep)\b"
)
_A_DREAM_DENIED = re.compile(
    r"\b(?:not|wasnt|isnt|no|im awake|i am awake|wide awake)(?: a| just a)? (?:dream\w*"
    r"|nightmare)\b|\b(?:im|i am|wide) awake\b"
)
# A dog no one has, which is the thing seen: its barking is no cause.
_BARKS = frozenset(("bark", "barks", "barking"))
_NO_PET = re.compile(
    r"\b(?:dont|do not|dont even|no longer) (?:have|own) (?:an? |any )?(?:dogs?"
    r"|cats?|pets?)\b"
)
_PASSED = re.compile(
    # (another complaint's passing is not this one's: "headache better now tho")
    r"\b(?<!not )(?<!isnt )(?<!never )(?<!headache )(?<!nausea )(?<!sickness )(?<!dizziness )"
    r"(?<!pain )(?<!stomach )(?<!head )(?:(?:better|gone|passed|cleared|fine|ok|okay|normal"
    r"|over) now|went away|wore off|has passed|had passed|passed after|cleared up|settled"
    r" (?:down )?(?:after|by|once|now)"
    r"|(?:it|they|that|this|which) (?:finally )?(?:stopped|ended|passed|faded)\b(?! \w+ing)"
    r"|back to normal|back to (?:herself|himself|myself"
    r"|themselves)|stopped after|stopped once|(?:was|were|all|totally|completely) (?:gone|over"
    r"|fine)(?: by| after| once| now))\b"
)
# The thing back, said after its passing: "it went away, now its back" is going on.
_BACK_AGAIN = re.compile(r"\b(?:back again|came back|come back|is back|are back|started again)\b")
# Seen in the chair, as expected ("saw bugs during the infusion, nobody else could"), unless
# something after says it goes on ("saw them during her infusion ... still seeing them now").
_IN_THE_INFUSION = re.compile(
    r"\b(?:during|in) (?:the|my|her|his|todays) (?:infusion|session|treatment)\b"
)
# Asked in general: "is it normal to see things after ketamine?"
_IN_GENERAL = re.compile(
    r"\b(?:can ketamine|does ketamine|can the infusion"
    r"|(?:does|can|will|would) (?:this|the|it) (?:treatment|infusion|help|work)"
    r"|what happens if|do people|do patients|should i worry if)\b|(?:^|[.!?] )what if\b"
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


def not_real_and_going_on(norm: str) -> SafetyAssessment | None:
    """Urgent when `norm` (normalised text) holds a reality check beside something seen or
    believed (in its sentence or the next or last one), or one's own world not known, says
    it is going on now, and no everyday reading explains it."""
    if not _going_on(norm):  # (the rarest part first: most messages stop here)
        return None
    checks = (*_NOT_THERE.finditer(norm), *_A_FACT_AGAINST_IT.finditer(norm))
    found = next((m for m in checks if _seen_beside(norm, m)), None)
    if found is None and _A_MIND_ASTRAY.search(norm):
        found = _NOT_KNOWN.search(norm)
    if found is None or _explained_or_over(norm):
        return None
    return SafetyAssessment("urgent", f"not real, going on: {found.group(0)}")


@lru_cache(maxsize=8)
def _clause_ends(norm: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _CLAUSE_END.finditer(norm))


def _seen_beside(norm: str, found: re.Match[str]) -> bool:
    """Whether something seen or believed is told near `found`, in words other than its own
    (not "didnt hear it" alone)."""
    ends = _clause_ends(norm)  # (asked for each reality check in the message: cut once)
    before = [end for end in ends if end <= found.start()]
    after = [end for end in ends if end >= found.end()]
    start = before[-2] if len(before) >= 2 else 0
    stop = after[1] if len(after) >= 2 else len(norm)
    near = norm[start : found.start()] + " " * len(found.group(0)) + norm[found.end() : stop]
    return _SEEN_OR_BELIEVED.search(near) is not None


def perceived_and_going_on(norm: str) -> bool:
    """Whether `norm` tells of something seen, heard or believed as going on now, with no
    everyday reading: the only messages the learned screen for what is not real reads
    (`seen_as_unreal`), and the only ones whose words its table holds."""
    return _going_on(norm) and _PERCEIVED.search(norm) is not None and not _explained_or_over(norm)


@lru_cache(maxsize=8)
def _going_on(norm: str) -> bool:
    # (asked by both readings of the same message: read once)
    return _GOING_ON.search(norm) is not None


def seen_as_unreal(norm: str, text: str) -> SafetyAssessment | None:
    """Urgent when the learned screen for what is not real (bot/safety/model.py,
    `shipped_unreal`) is sure enough of `text`, told as going on (`perceived_and_going_on`).
    The rules above need a reality check in words; writers often leave it to the thing
    itself ("its snowing in my kitchen"), which only a reader of many such messages
    knows. Like the main screen's, its alarm is tentative (LEARNED_MARK)."""
    if not perceived_and_going_on(norm):
        return None
    screen = shipped_unreal()
    if screen.probabilities(text)["urgent"] < screen.threshold:
        return None
    reasons = ", ".join(screen.reasons(text, "urgent"))
    return SafetyAssessment("urgent", f"{LEARNED_MARK}: {reasons}" if reasons else LEARNED_MARK)


@lru_cache(maxsize=8)
def _explained_or_over(norm: str) -> bool:
    """A screen, a story, a pet at nothing, a cause found, a dream (not denied), an illness
    that brings such things (unless unlike the person); a passing with nothing going on after
    it; the infusion with nothing after it; a question in general. (Asked by both readings
    of the same message: read once.)"""
    if _A_DREAM.search(norm) and not _A_DREAM_DENIED.search(norm):
        return True
    if _A_KNOWN_CAUSE.search(norm) and not _UNLIKE_THEM.search(norm):
        return True
    everyday = _EVERYDAY.search(norm)
    if everyday and not (everyday.group(0) in _BARKS and _NO_PET.search(norm)):
        return True
    for ended in (_PASSED, _IN_THE_INFUSION):
        last = max(ended.finditer(norm), key=lambda m: m.start(), default=None)
        if (
            last is not None
            and not _GOING_ON.search(norm, last.end())
            and not _BACK_AGAIN.search(norm, last.end())
        ):
            return True
    return _IN_GENERAL.search(norm) is not None


# Told to die or to harm by what is not there: voices, or a figure where no one stands
# ("the voices say to stop eating until she dies", "the man in the corner says id be better
# off dead", "the voice told him to hurt the baby"). The words are another's, which the crisis
# rules set aside as reported speech; from a hallucination they are a danger all the same.
_A_VOICE = (
    r"(?:voices(?! (?:next door|upstairs|downstairs|outside|in the (?:hall|street|corridor)))"
    r"|the whisper(?:s|ing)(?= (?:says?|tells?|told|keeps?|wants?))"
    r"|(?:the|a|this|that) voice(?! (?:message|mail|note|memo|typing|assistant|app|search|call"
    r"|over|actor|coach|of (?:the|my|reason)))|whispers|shadow (?:people|man|men|figures?)"
    r"|demons|(?:the|a|an|this|that) (?:man|woman|men|women|figure|thing|person|people|girl|boy"
    r"|presence|creature|face|lady|guy) (?:(?:standing|sitting|who stands|who sits) )?(?:in|at"
    r"|on|behind|under) (?:the|my|her|his) (?:corner(?! of)|foot of|mirror|ceiling|walls?"
    r"|wardrobe|closet|loft|attic|shadows?))"
)
# ... an instruction, not news: "tells me to", "says i should", "wants him to", "says id be
# better off dead" (not "told me her husband is dying")
_INSTRUCTED_TO_HARM = (
    r"(?: \w+){0,6}? (?:tells?|telling|told|says?|saying|said|orders?|ordering|command\w*"
    r"|urg(?:es|ing|ed)|wants?|keeps? (?:telling|saying))(?: \w+){0,3}? (?:to|should|must|has to"
    r"|have to|needs? to|ought to|deserves? to)(?: \w+){0,5}? (?:die|kill\w*|hurt\w*|harm\w*"
    r"|cut (?:myself|herself|himself|themselves|my wrists?|her wrists?|his wrists?)|jump (?:off"
    r"|from|out)|end (?:it all|my life|her life|his life|their lives|things)|stop (?:eating and"
    r" drinking|breathing)|drown\w*|overdose|poison\w*|stab\w*|strangl\w*|smother\w*"
    r"|burn (?:the house|myself|herself|himself|us|it all|\w+ down))\b"
)
_TOLD_TO_HARM = re.compile(
    rf"\b{_A_VOICE}{_INSTRUCTED_TO_HARM}"
    rf"|\b{_A_VOICE}(?: \w+){{0,6}}? (?:tells?|telling|told|says?|saying|said|keeps? (?:telling"
    r"|saying))(?: \w+){0,4}? better off dead\b"
)
# A figure seen or heard anywhere, telling the same, in a message told as going on beside
# the treatment or a confusion ("since the clinic yesterday shes been seeing a woman in black
# in her flat who tells her she has to die tonight"); a man met at the bus stop is a man.
_SEEN_TELLING_TO_HARM = re.compile(
    r"\b(?:seeing|sees|saw|hearing|hears|heard) (?:a|an|the|this) (?:\w+ ){0,3}?(?:man|woman"
    r"|figure|person|girl|boy|lady|guy|child|presence|voice)(?: \w+){0,6}? (?:who|that)"
    + _INSTRUCTED_TO_HARM
)
_NOT_TOLD = re.compile(
    r"\b(?:no|not|never|any|without|nor|dont|doesnt|didnt|havent|hasnt|cant|asked (?:me )?(?:if"
    r"|whether))\b(?: \w+){0,3}\s*$"
)
# A story told first: "watched a film where the voices tell him to kill"
_A_STORY = re.compile(
    r"\b(?:film|movie|series|episode|book|novel|story|audiobook|podcast|video game)\b"
)
_FROM_A_SCREEN = re.compile(
    r"\b(?:on|from|in) (?:the |a )?(?:tv|telly|radio|film|movie|podcast|book|audiobook|novel"
    r"|story|song)\b|\bnarrator\b"
)


def told_to_harm(norm: str) -> SafetyAssessment | None:
    """Crisis when voices, or a figure where no one stands, tell someone to die or harm in
    `norm` (normalised text), unless it is denied ("no voices telling me to harm anyone"),
    from a screen, story or dream told first, or someone else's, met and made safe ("one of
    my patients hears voices telling him to hurt people. we handled it, he's safe")."""
    told = _TOLD_TO_HARM.search(norm)
    if told is None and _going_on(norm) and _A_MIND_ASTRAY.search(norm):
        told = _SEEN_TELLING_TO_HARM.search(norm)
    if told is None or _NOT_TOLD.search(norm, 0, told.start()):
        return None
    if _A_STORY.search(norm, 0, told.start()) or _FROM_A_SCREEN.search(norm, 0, told.end()):
        return None
    if _A_DREAM.search(norm) and not _A_DREAM_DENIED.search(norm):
        return None
    after = norm[told.end() :]
    if (
        not _FIRST_PERSON.search(told.group(0))
        and _OTHERS_MADE_SAFE.search(after)
        and not _OTHERS_STILL_AT_RISK.search(after)
    ):
        return None
    return SafetyAssessment("crisis", f"told to harm: {told.group(0)}")


# A threat made from a belief that is not so: "thinks her carer is the devil and keeps saying
# she'll stab her", "says im not his wife and hell get rid of the impostor". Thoughts of
# harming others, told by the one they are aimed at or a witness.
_A_BELIEF_NOT_SO = re.compile(
    r"\b(?:thinks|convinced|believes|insists?|says|saying|sure)(?: that)?(?: (?:im|i am|youre"
    r"|you are|were|we are|hes|shes|he is|she is|theyre|they are)|(?: \w+){1,4}? (?:is|are))"
    r" (?:an? |the )?(?:devil|demons?|satan|impost[oe]rs?|aliens?|spy|spies|spying on"
    r"|poisoning|out to get)\b"
    r"|\b(?:im|i am|shes|hes|she is|he is) not (?:my|his|her|their) (?:real )?(?:wife|husband"
    r"|mum|mom|mother|dad|father|son|daughter|sister|brother)\b"
    r"|\bthe impost[oe]r\b|\b(?:seeing|sees|saw) (?:the )?(?:devil|demons?|horns)\b"
)
_THREAT = re.compile(
    r"\b(?:hes|shes|theyre|he|she|they)(?:ll| will| is going to| are going to| going to"
    r"| gonna| wants to| needs to| has to| keeps? (?:saying|threatening) (?:hell|shell|theyll"
    r"|he will|she will|to))? (?:kill|stab|hurt|harm|get rid of|attack|strangle|shoot|burn"
    r"|smother|poison|choke|deal with)\b(?! (?:time|the (?:time|mood|vibe)|off|for)\b)"
)
_NEVER_WOULD = re.compile(r"\b(?:never|wouldnt|would never|not|doesnt|didnt)\b(?: \w+){0,2}\s*$")
# (not vocabulary._LAUGH: "he laughs and says hell stab the devil" is no joke)
_A_LAUGH = re.compile(r"\b(?:lol|lmao|haha\w*|jk|joking|kidding)\b|😂|🤣")


def threatened_from_a_belief(norm: str) -> SafetyAssessment | None:
    """Crisis when someone threatens harm in `norm` (normalised text) beside a belief that
    cannot be so, or beside a reality check about what is seen ("she says she will kill the
    man in the garden. there is no man"), unless it is a story, a joke, or denied ("hes
    never hurt anyone")."""
    threats = list(_THREAT.finditer(norm))
    if not threats or _A_LAUGH.search(norm):
        return None
    belief = _A_BELIEF_NOT_SO.search(norm) or next(
        (m for m in _NOT_THERE.finditer(norm) if _seen_beside(norm, m)), None
    )
    if belief is None or _A_STORY.search(norm) or _FROM_A_SCREEN.search(norm):
        return None
    for threat in threats:
        if not _NEVER_WOULD.search(norm, 0, threat.start() + len(threat.group(0).split()[0])):
            return SafetyAssessment("crisis", f"threat from a belief: {threat.group(0)}")
    return None

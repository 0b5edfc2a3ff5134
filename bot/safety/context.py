"""Context vetoes, read after every match of both layers: a story, a dream, a death long
ago, someone else's crisis that is over."""

from __future__ import annotations

import datetime
import re

from bot.safety.guards import _LONG_AGO, _after, _is_question, _prefix
from bot.safety.needed import _fast
from bot.safety.vocabulary import _PEOPLE, _SELF_IN_MATCH, NOW_BETTER_SECOND_LANGUAGE

# --------------------------------------------------------------------------------------------
# Context vetoes, shared by both layers. Each drops a match only when the words around it show
# it is not about the writer now: a news story or a film, a death long ago, a joke about a
# noisy grandson. They are deliberately narrow; a missed crisis costs more than an alert.

# Someone else's story: a match in a sentence about the news, a film or a book is not the
# writer's own, unless the writer speaks of themselves in that sentence too.
_MEDIA = re.compile(
    r"\b(?:news|story|stories|article|headline|show(?! (?:up|off|me|you|them|him|her|us)\b)"
    r"|movie|film|book|novel|podcast|documentary"
    r"|series|(?<!syncopal )(?<!seizure )(?<!fainting )(?<!manic )(?<!psychotic )(?<!panic )"
    r"(?<!presyncopal )episode|character|youtube|tiktok|reddit|netflix|tv|on the radio|true crime"
    r"|the guy in|the woman in|the man in|the girl in|in the game|video game|trials?|studies"
    r"|lit review|literature review|research paper|thesis|dissertation|essay|for (?:a |my )?class"
    r"|textbook|lecture|journal|for my (?:\w+ )?(?:paper|essay|course)|academically"
    r"|purely academic|(?:my )?clients? (?:matter|case|file)|the research|evidence (?:that|for"
    r"|on|about)|academic|(?:the |primary |scientific |medical )+literature"
    r"|grant proposal|theme (?:song|tune)|\w+ theme slaps"
    r"|band (?:is )?(?:called|named)|opening for (?:a |the )?band|scene|audition\w*"
    # (a rehearsal is a play's, but "cant stop rehearsing hurting him" is the writer's mind)
    r"|rehears\w*(?! (?:\w+ ){0,4}(?:hurt|kill|harm|stab|shoot|strangl|beat|attack|chok"
    r"|smother)\w*| what (?:i|id) (?:would|will|could) do)"
    r"|the play|a play|script|on stage|teaching|seminar|a paper (?:on|about)"
    # "rereading an unquiet mind, the part about her overdose" (a chapter of someone else's)
    r"|memoir|(?:the part|the chapter|a chapter) (?:about|where|when) (?:her|his|their|the"
    r" author))\b"
)
# The tv or the radio speaking to the writer, or heard when it is off, is no story
# and no visitor: it is the writer's own experience.
_SPEAKS_TO_ME = re.compile(
    r"\b(?:tv|radio|television|telly|news)\b[^.!?]{0,40}\b(?:talking|speaking|sending)"
    r"[^.!?]{0,30}\b(?:specifically|directly|personally|about my life|about me|messages|signals"
    r"|even when)\b|\bwhen (?:its|it is|the (?:tv|radio) is) (?:off|turned off|unplugged)\b"
)
_SELF_SUBJECT = re.compile(r"\b(?:i|im|ive|id|ill|me|myself)\b")


# "I fainted in the studio this morning while teaching": the writer's own, whatever else
# the sentence names
_WRITER_BEFORE = re.compile(r"\b(?:i|ive|id|im)(?: (?:just|nearly|almost|actually|then|had))?\s*$")


def _media_story(sentence: str, m: re.Match[str]) -> bool:
    if not _MEDIA.search(sentence) or _SELF_IN_MATCH.search(m.group(0)):
        return False
    if _WRITER_BEFORE.search(sentence, 0, m.start()):
        return False
    if _SPEAKS_TO_ME.search(sentence):
        return False
    # "saw a news story about an overdose" is a story; "i keep thinking about the overdose
    # in that show and about doing it" still has the writer in it.
    return not _WRITER_WANTS.search(sentence)


_WRITER_WANTS = re.compile(
    r"\b(?:i|im|ive|id)\b(?: \w+){0,3} (?:want|wanna|thinking|think|keep"
    r"|going to|gonna|might|could|should|will|feel|felt)\b"
    # ("made me want to do the same", "exactly what i have planned")
    r"|\b(?:me|myself) (?:want|wanna|think about)\b|\bdo the same\b|\bi (?:have )?planned\b"
)


# A death that happened to someone else: "my friend's brother died of an overdose".
_REPORTED_DEATH = re.compile(
    r"\b(?:died|passed away|passed|lost(?: \w+)?) (?:of|from|to) (?:an? )?(?:overdose|od|suicide)\b"
    r"|\b(?:men|women|people|friends|guys|soldiers|brothers|sisters|others|those) who (?:took"
    r"|had taken) their own lives\b"
    # "the funeral of a young man who took his own life"
    r"|\b(?:man|woman|boy|girl|person|kid|teen|teenager|friend|veteran|student|soldier|guy"
    r"|lady|someone|brother|sister|son|daughter|mother|father) who (?:took|had taken)"
    r" (?:his|her|their) (?:own )?life\b"
    r"|\b(?:my|our|his|her|their) \w+s (?:overdose|suicide) (?:was|happened)\b"
    r"|\bwhose (?:\w+ )?(?:kid|son|daughter|brother|sister|husband|wife|friend|mom|dad|mother"
    r"|father|child) (?:overdosed|died|killed (?:himself|herself))\b"
    r"|\b(?:a|my|our) (?:friend|brother|sister|cousin|son|daughter|husband|wife|mom|dad|uncle"
    # ("my husband overdosed on purpose" is no death reported)
    r"|aunt|neighbou?r|coworker)(?: from \w+)? (?:overdosed|died of an overdose) (?:last"
    r"|on(?! purpose)|this|yesterday)\b"
)


# Hyperbole about a person the writer is fond of: "honestly i could strangle him 🙄" over
# video games. It needs "could"/"would" and a joke marker or an everyday cause; "i could
# strangle him" alone stays flagged.
_JOKE_MARKER = re.compile(
    r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|joking|kidding|ugh|argh|ffs|smh|omg)\b"
    r"|[\U0001f644\U0001f602\U0001f923\U0001f605\U0001f606\U0001f624\U0001f926\U0001f612"
    r"\U0001f620\U0001f621\U0001f92c\U0001f611\U0001f610\U0001f60f\U0001f62b\U0001f629"
    r"\U0001f480]"
)
_TRIVIAL_CAUSE = re.compile(
    r"\b(?:snor\w*|games?|gaming|video games|playstation|xbox|fortnite|noise|noisy|loud"
    r"|music|drums|tv|telly|remote|through the wall|ate|eaten|eating|eats|cookie|cookies"
    r"|leftovers|snacks?|chocolate|milk|dishes|socks|mess|messy|laundry|forgot|forgets"
    r"|left the|leaving the|toilet seat|chew\w*|alarm|woke me|wake me|waking me|late"
    r"|knocked over|spilled|spilt|broke my|ruined|spoiler\w*|texting|phone|hogging|blanket"
    r"|duvet|covers|nagging|moaning|whining|puns?|jokes?|football|vacuum\w*|hoover\w*|lost my"
    r"|queue|parking|traffic|tailgat\w*|cut me off)\b"
)
_HYPERBOLE_HARM = re.compile(
    r"\b(?:could|couldve|coulda|could have|would|wouldve|wanted to|want to|wanna|nearly|almost)"
    r" (?:\w+ )?(?:kill|killed|murder\w*|strangl\w*|throttl\w*|smother\w*"
    r"|choke|choked|wring|wrung|kick|punch|slap|shake|shook|clobber|brain|kill)\b"
)
_FOND_TARGET = re.compile(
    r"\b(?:him|her|them|you|somebody|someone|everyone|everybody|(?:my|the|our|that) (?:\w+ )?"
    r"(?:husband|wife|partner|son"
    r"|daughter|kids?|boys?|girls?|grandson|granddaughter|grandkids|brother|sister|dad|mom"
    r"|mum|cat|dog|puppy|kitten|boss|teenager|teen|toddler|hubby|other half|neighbou?rs?"
    r"|roommate|flatmate|colleague|coworker|printer|laptop|computer|phone"
    # the strangers of an errand: "the lady at the pharmacy", "the guy in the next lane"
    r"|lady|woman|guy|man|dude|cashier|clerk|receptionist|pharmacist|customer|driver))\b"
)


# "gonna kill my neighbour lol": a threat said laughing, aimed at someone else. Harm to the
# self stays a crisis whatever the laugh.
_JOKE_THREAT = re.compile(
    r"\b(?:going to|will|ill|id|about to|literally|actually|swear) (?:\w+ )?(?:kill|murder"
    r"|strangl\w*|throttl\w*|smother|choke|wring|punch|slap|clobber|brain|throw) "
    + _FOND_TARGET.pattern[2:]
)


def _harm_hyperbole(sentence: str) -> bool:
    if _SELF_HARM_WORDS.search(sentence) or _NO_JOKE.search(sentence):
        return False  # harm to the self stays a crisis whatever the laugh; so does "no joke"
    if _JOKE_THREAT.search(sentence) and _JOKE_MARKER.search(sentence):
        return True
    return bool(
        _HYPERBOLE_HARM.search(sentence)
        and _FOND_TARGET.search(sentence)
        and (_JOKE_MARKER.search(sentence) or _fast(_TRIVIAL_CAUSE).search(sentence))
    )


# "earl joked hed jump off the roof if she doesnt sleep": someone else's joke, retold.
_OTHERS_JOKE = re.compile(
    r"\b(?:he|she|they|\w+) (?:\w+ )?(?:joked|jokes|joking|kidded|teased|laughed)(?: that)?"
    r" (?:hed|shed|theyd|he would|she would|they would|hes|shes|theyre|he|she|they)\b"
    # "my husband said hed jump off a bridge before he goes to another thanksgiving"
    r"|\b(?:he|she|they|\w+) said (?:hed|shed|theyd|he would|she would|they would) (?:rather )?"
    r"[^.!?]{0,40}\bbefore (?:he|she|they) (?:goes|go|went|sits|eats|watches|does|sees)\b"
    # said every time a team loses, and laughed at: a habit of speech
    r"|\b(?:he|she|they|\w+) (?:says|said|always says|keeps saying) (?:hes|shes|theyre|hed"
    r"|shed|theyd|he is|she is|they are)\b(?=[^.!?]*\b(?:every (?:time|sunday|week|game|day)"
    r"|whenever)\b[^.!?]*\b(?:lol|lmao|haha\w*|joke|kidding)\b)"
)


def _others_joke(sentence: str, m: re.Match[str]) -> bool:
    # The sentence is searched (the habit's "every time... lol" comes after the match), for a
    # joke that opens before the match.
    joke = _OTHERS_JOKE.search(sentence)
    return bool(joke and joke.start() < m.start()) and not _SELF_SUBJECT.search(m.group(0))


# "my cat tried to murder me at 4am by sitting on my face. attempted homicide": a pet or a
# baby cannot mean it, and the writer is the one attacked.
_PET_ATTACK = re.compile(
    r"\b(?:cats?|dogs?|kittens?|pupp(?:y|ies)|parrots?|birds?|hamsters?|baby|toddler|newborn"
    r"|infant)(?: \w+){0,3} (?:tried|trying|tries|wants|wanted|attempted|attempting|is out)"
    r" to (?:kill|murder|smother|suffocate|strangle|end|get) me\b"
)
_SELF_INTENT = re.compile(r"\b(?:myself|i (?:want|wanna|will|might|could|am going)|im going to)\b")


def _pet_attack(sentence: str, text: str) -> bool:
    return bool(_PET_ATTACK.search(text)) and not _SELF_INTENT.search(sentence)


# "the old me would have said i wanted to die": what the writer no longer says.
_OLD_ME = re.compile(
    r"\b(?:the old me|old version of me|(?:a year|years|months) ago(?: i)?|before (?:ketamine"
    r"|treatment|the infusions|this treatment)(?: i)?) (?:would|wouldve|would have|might have"
    r"|id have|id) (?:said|told you|thought|written)\b"
)


def _old_me(sentence: str, m: re.Match[str]) -> bool:
    return bool(_OLD_ME.search(_prefix(sentence, m)))


# "what should i do if i ever feel suicidal between appointments? im doing fine, my
# therapist wants me to have the plan written down": a safety plan asked for while well.
_IF_EVER = re.compile(
    r"\bif (?:i (?:ever )?(?:(?:start|begin|get|am) )?(?:feel\w*|get|getting|have|having|start\w*"
    r"|am|becom\w*|find myself)|(?:a patient|someone|anyone|a person|people) (?:reports?|says?"
    r"|tells?|mentions?))\b[^.!?]*\?"
)
# Said as a whole clause: "im fine physically but..." is not well.
_WELL_NOW = re.compile(
    r"\b(?:im|i am) (?:doing )?(?:fine|ok|okay|well|good|great|alright)(?: right now| now"
    r"| at the moment)?\s*(?:[.,!;]|$)|\bnot now\s*(?:[.,!;]|$)|\bno concerns (?:currently"
    r"|right now|now|at the moment)\b"
)


def _plan_asked_while_well(text: str) -> bool:
    return bool(_IF_EVER.search(text) and _WELL_NOW.search(text))


# "my old antidepressant listed suicidal thoughts as a side effect": a label read aloud.
_LABEL = re.compile(
    r"\b(?:listed|lists|warns? (?:of|about)|warning|label|leaflet|package insert|black box)\b"
)
_LABEL_SUBJECT = re.compile(
    r"\b(?:side effects?|something to watch|watch (?:out )?for|risks?|possible|warnings?|label"
    r"|leaflet|insert|black box)\b"
)
_HAD_IT = re.compile(
    r"\b(?:gave me|giving me|gives me|i (?:have|had|get|got|am|was|feel|felt|started|keep)"
    r"|ive been|im (?:having|getting|feeling))\b"
)


def _label_read(sentence: str) -> bool:
    return bool(
        _LABEL.search(sentence) and _LABEL_SUBJECT.search(sentence) and not _HAD_IT.search(sentence)
    )


# "harold told the nurse i was trying to poison him. its the dementia": an accusation
# reported, not the writer's intent.
_ACCUSED = re.compile(
    r"\b(?:he|she|they|\w+) (?:\w+ )?(?:told|tells|telling|says|said|accused|accuses|thinks"
    r"|insists|claims?) (?:\w+ ){0,4}?(?:that )?i (?:was|am|m|were|had been) (?:trying to |going"
    r" to |gonna |out to )?$"
)


def _accused(sentence: str, m: re.Match[str]) -> bool:
    prefix = _prefix(sentence, m)
    return bool(_ACCUSED.search(prefix)) and not re.search(r"\bi (?:told|said)\b", prefix)


# Exasperation memes said laughing: "walk into the sea if this patch nerfs my main again 💀".
_JOKE_SELF_IDIOM = re.compile(
    r"\b(?:walk(?:ing)? into the (?:sea|ocean)|yeet myself|launch myself into the sun|fling"
    r" myself into the sun|throw myself into the (?:sea|ocean|sun))\b"
)


def _joke_self_idiom(sentence: str, m: re.Match[str]) -> bool:
    idiom = _JOKE_SELF_IDIOM.search(sentence)
    return bool(
        idiom
        and idiom.start() <= m.end()
        and m.start() <= idiom.end()
        and _JOKE_MARKER.search(sentence)
        and re.search(r"\bif\b", sentence)
    )


# "ate so much at the buffet i wanted to die lmao": too much of a meal, said laughing.
_EXCESS = re.compile(
    r"\b(?:ate|eaten|eating|drank|drunk) (?:so|too) much|so full|stuffed|food coma"
    r"|so embarrass\w*|cringe\w*"
)


# "id rather die than do another 6am infusion slot lol".
_RATHER_DIE_LAUGHING = re.compile(
    r"\brather die than\b(?=.*(?:\b(?:lol|lmao|haha\w*|jk)\b|[\U0001f602\U0001f923\U0001f480]))"
)
# "... he'd rather die than answer it. He was laughing."
_LAUGHED_IT_OFF = re.compile(
    r"\W*(?:he|she|they|i|we)\s+(?:was|were|said it|says it)\s+(?:\w+\s+)?(?:laughing|joking"
    r"|kidding|grinning)\b"
)


def _ate_too_much(sentence: str, m: re.Match[str]) -> bool:
    return bool(
        m.group(0).endswith("die") and _EXCESS.search(sentence) and _JOKE_MARKER.search(sentence)
    )


# "ready to jump out a window, figuratively speaking".
_FIGURATIVE = re.compile(
    r"\b(?:(?<!not )(?:figuratively|metaphorically)|not literally|(?:just )?a figure of speech)\b"
)
_NO_JOKE = re.compile(
    r"\b(?:not (?:joking|kidding)|(?:dont|do not) mean (?:it|this|that) as a joke|i mean it"
    r"|seriously|for real|no joke)\b"
)
_SELF_HARM_WORDS = re.compile(r"\b(?:myself|my self|suicid\w*|kms|self harm\w*)\b")


# Urgent words about a habit, a past event or someone now fine.
_URGENT_NOT_NOW = re.compile(
    r"\b(?:sometimes|occasionally|now and then|every now|history of|used to|years ago"
    r"|as an? (?:(?:little |young |small )?(?:kid|child|boy|girl)|teen|teenager|baby"
    r"|toddler|infant|newborn|student)|when (?:i|she|he) was (?:a |young|little|\d)"
    r"|when (?:we|they) were (?:kids|young|little|babies|\d))\b"
    r"|\bbut (?:shes|hes|im|were|its|theyre|she is|he is) (?:\w+ )?(?:fine|ok|okay|alright"
    r"|well|recovering|home)\b"
    r"|\b(?:but|and) (?:\w+ )?fine (?:after|afterwards|now|later|again)\b"
    r"|\bin (?:high school|middle school|grade school|college)\b"
    r"|\bi (?:get|always get|usually get) (?:hives|a rash|rashes|welts) (?:from|with|if|when)\b"
    r"|\b(?:have|has) for years\b|\bkeeps an eye on it\b|\bbefore every\b|\bnot having any"
    r" (?:\w+ )?now\b|\bjust planning ahead\b"
    r"|\bpassed (?:after|in|within) (?:about |around )?(?:\d+|a few|a couple of|ten|twenty|fifteen)"
    r" (?:min|mins|minutes|seconds|secs)\b"
    r"|\b(?:fine|ok|okay|normal|better) (?:again )?(?:in|within|after) (?:a|one|a few|a couple"
    r" of|\d+) (?:minutes?|mins?|seconds?|secs?|moments?)\b"
    r"|\bback in (?:the )?(?:spring|summer|fall|autumn|winter|january|february|march|april"
    r"|june|july|august|september|october|\d{4})\b"
    r"|\b(?:doctor|dr|doc|er|they) (?:said|says|told me) (?:i was|it was|im|its|i am) (?:fine"
    r"|ok|okay|nothing|normal)\b"
    r"|\bambulances? (?:\w+ )?(?:went|go|going|goes|drove|driving|raced|racing|speeding|flew"
    r"|passed|passing) ?(?:past|by)\b|\bsirens?\b"
)
# Out of breath after the stairs is fitness, not an emergency, unless it goes on.
_EXERTION = re.compile(
    r"\b(?:stairs|steps|running|ran|run|jog\w*|climb\w*|hike|hiking|chasing|chased|gym"
    r"|workout|work out|exercis\w*|cycling|bike|swim\w*|sprint\w*|hill|dancing|unfit"
    r"|out of shape|laugh\w*|spin|cardio|peloton|race|zumba|hiit)\b"
)
_AT_REST = re.compile(
    r"\b(?:still|since|wont|keeps?|keep|even (?:sitting|resting|lying|at rest)|at rest"
    r"|sitting down|lying down|right now|all day|hours)\b"
)


# A symptom long ago that has since been settled: "chest pain last year turned out to be
# reflux, all good now", "years ago my bp was 185/115, fine now on meds". Both the time and
# the ending must be said; anything that brings it back to now keeps the alert.
_SETTLED = re.compile(
    r"\b(?:(?:all |totally |completely )?(?:better|gone|passed|cleared|fine|ok|okay|normal"
    r"|good|sorted|resolved|under control|controlled) now|turned out (?:to be )?\w+"
    r"|went away|cleared up|resolved|all clear|nothing serious|(?:was|were) (?:just|only|nothing)"
    r"|got (?:it )?(?:sorted|treated|fixed)|all cleared|cleared me|ruled out \w+"
    r"|said (?:it was )?(?:just |only )?(?:dehydration|the heat|heat exhaustion|low (?:blood )?"
    r"sugar|vasovagal)|said it was (?:just |only )?"
    r"(?:muscle|muscular|reflux|anxiety|nothing|a pulled \w+|heartburn))\b"
)
# "used to faint, and it happened again today": a habit or a past that has come back.
# "but its fine now" says it is over: that "now" does not bring it back.
_BACK_AGAIN = re.compile(
    r"\b(?:(?<!fine )(?<!okay )(?<!ok )(?<!better )(?<!gone )(?<!good )(?<!well )(?<!home )now"
    r"|still"
    r"|(?<!never )again)\b"
)
_BACK_NOW = re.compile(
    r"\b(?:still|again|keeps?|today|tonight|this morning|right now"
    r"|back(?! (?:in|then|when|during|at|before)))\b"
)


# Someone unnamed, told after the event: "watched a show, someone had a seizure", "a guy at
# the gym passed out". A stranger's emergency is not the writer's, unless it is happening
# beside them now.
_STRANGER = re.compile(
    r"\b(?:someone|somebody|a (?:guy|man|woman|girl|boy|kid|child|lady|stranger|passenger|patient"
    r"|person|customer|student|character|bloke|dude|runner|contestant)|the (?:guy|man|woman"
    r"|lady|character|actor|actress|contestant|patient))(?: \w+){0,4} $"
)
_HAPPENING_HERE = re.compile(
    r"\b(?:now|right now|rn|still|is|isnt|are|keeps?|next to me|beside me|here|help|call"
    r"|what do i do|what should i do|my|me)\b"
)


def _strangers_event(sentence: str, m: re.Match[str]) -> bool:
    return bool(_STRANGER.search(_prefix(sentence, m))) and not _HAPPENING_HERE.search(sentence)


# A symptom the message goes on to say has passed, often in the next sentence: "chest got
# tight during the infusion. it eased after ten minutes and i feel fine now", "bp was 182/110
# during the infusion. back to 130s before i left". Anything said to go on or come back
# after that keeps the alert, and so does a faint or a fit: one today is for a clinician
# even when it is over ("passed out this morning, feel alright now").
# An hour said after "its gone" ("its gone 11pm"): a time of day, not a symptom gone.
_AN_HOUR = (
    r"(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?|midnight|noon|half|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve)\b"
)
_PASSED_SINCE = re.compile(
    r"\b(?<!havent )(?<!hasnt )(?<!hadnt )(?<!not )(?<!wont )(?<!never )(?:passed|went away"
    r"|wore off|eased(?: off| up)?|settled(?: down)?|subsided|calmed down|cleared(?: up)?"
    rf"|stopped|faded|resolved|gone now|(?:its|it is|it was|was) gone(?! {_AN_HOUR})"
    r"|no (?:more )?(?:symptoms"
    r"|pain|episodes|trouble|problems) (?:since|today|now)|attributed (?:it )?to|turned out"
    r" (?:to be )?|(?:all|its all) good\b(?! (?:but|except|until))"
    r"|gone (?:in|within|after) (?:\d+|a few|a couple of) (?:min|mins|minutes|seconds|secs)"
    r"|ended when|stopped when|(?:fine|ok|okay) (?:\d+|ten|a few) (?:seconds|secs|minutes|mins)"
    r" later|ok na"
    r"|none since|no changes needed|now no pain|no pain now|(?:say|said|says) no problem"
    # in a second language: "but now is better", "it is passing, now i am normal"
    rf"|{NOW_BETTER_SECOND_LANGUAGE}"
    r"|(?:cardiologist|doctor|doc|dr|er|they) (?:said|says)"
    r" (?:its|it is|it was) (?:just |only |her |his |my )?(?:stable|reflux|anxiety|muscular"
    r"|nothing|benign|heartburn|a pulled|dehydration|the heat)"
    r"|(?:ekg|ecg|tests?|bloods|scan|x ?ray|troponin)s?,? (?:\w+ ){0,2}(?:normal|clear|fine|neg"
    r"|negative)|(?:all|everything|it was all) normal|(?:just|only|it was) (?:anxiety|panic"
    r"|a panic attack))\b"
    r"|\ball clear(?: now)?\b"
    r"|\b(?:it|swelling|pressure|bp|numbers?|readings?|rate|pulse|temperature|fever)"
    r" (?:\w+ )?(?:went|came|has gone|had gone|has come) (?:back )?down\b"
    r"|\b(?:back to (?:normal|\d{2,3}s?\b)|(?:feels?|feeling|felt|im|i am|all|totally|completely"
    r"|was|been)"
    r" (?:\w+ )?(?:fine|ok|okay|normal|good|better|great) (?:now|today|again|after|afterwards|since"
    r"|ever since|the rest of the (?:day|night)))"
)
_GOES_ON = re.compile(
    # ("hasnt happened again", "has not recurred": the episode over, not going on)
    r"\b(?:still|(?<!hasnt happened )(?<!havent happened )(?<!never happened )(?<!not happened )"
    r"again(?! (?:yesterday|last (?:night|week)|on \w+day))|keeps?|kept|came back"
    r"|comes back|coming back"
    r"|(?:its|is|was) back(?! to (?:normal|\d))|worse|worsening|on and off"
    # ("the builders are off, they are back tomorrow" is not a symptom)
    r"|now (?:theyre|they are) back|(?:theyre|they are) back (?:again|now)"
    r"|comes and goes"
    r"|come and go|(?:hasnt|havent)(?! (?:\w+ )?(?:happened|recurred|repeated))|isnt|not (?:gone"
    r"|passed|stopped|settled|eased|better|fine|ok"
    r"|okay|sure)|since (?:last|this|yesterday|the|my|\d|\w+day|morning|lunch|dinner|breakfast"
    r"|bed\w*|i (?:woke|got|came|left|started))|(?<!fine )(?<!ok )(?<!good )(?<!great )all"
    r" (?:day|night)|for (?:\w+ )?(?:hours|days)"
    r"|(?:hours|days) now|(?:its|it has|its now) been(?! (?:fine|ok|okay|good|better|normal"
    r"|gone|clear))|every time|each time|whenever)\b"
)
_EPISODE = re.compile(
    r"\b(?<!nearly )(?<!almost )(?<!near )(?<!close to )(?:"
    # (not "i never actually fainted": the faint that did not happen; but "i didnt come to
    # until my son shook me" is one)
    r"(?<!never )(?<!never actually )(?<!didnt )(?<!did not )(?<!didnt actually )"
    r"(?:passed out|fainted|blacked out)"
    # ("ive never fainted before in my life": this was the first)
    r"|(?:never|didnt|did not) (?:fainted|passed out|blacked out) (?:before|in my life)"
    r"|pass out|passing out|black out|collaps\w*|seiz\w*|fits?|convuls\w*|unconscious"
    r"|unresponsive|came to|come to|hit my head|hit (?:the|my) (?:floor|ground))\b"
)
# Taken to the er or the hospital is an episode too, unless they cleared it: "er ruled out
# cardiac, it was reflux", "er gave me a neb and steroids and i been fine since".
_SENT_IN = re.compile(r"\b(?:ambulance|911|er|hospital)\b")
_CLEARED = re.compile(
    r"\b(?:ruled out|cleared (?:me|him|her)|checked (?:me|him|her|it) out|(?:gave|treated) (?:me"
    r"|him|her)|sent (?:me|him|her) home|discharged|released|all normal|said (?:it was|its)"
    r"|it was (?:just |only )?(?:anxiety|a panic attack|panic|reflux|muscular|nothing)"
    r"|(?:they|doc\w*|er) said (?:it was |its )?(?:just |a |only )?(?:pulled|strained|muscle"
    r"|muscular|reflux|anxiety)"
    r"|(?:ekg|ecg|tests?|bloods|scan|x ?ray|troponin)s?,? (?:\w+ ){0,2}(?:normal|clear|fine"
    r"|negative)|pulled (?:a |my )?muscle)\b"
)
# "chest pain right now. the one last week passed": now, before the passing, is not over.
_NOW_BEFORE = re.compile(
    r"\b(?:right now|rn|now|at the moment|atm|currently|since \d|since (?:this|last) \w+"
    r"|tonight|feels different)\b"
)


_GONE_AN_HOUR = re.compile(rf"\b(?:its|it is|it was|was) gone {_AN_HOUR}")


def over_by_the_end(text: str, start: int, *, episodes: bool = False) -> re.Match[str] | None:
    """Where `text`, read from `start` (just after a symptom), says the symptom passed, with
    nothing after `start` saying it goes on or is back, and no faint or fit in `text` (unless
    `episodes`: a blackout from a choke in sport is the very thing that passed)."""
    passed = None
    told_to = start  # where the last word of passing is: "now" before it tells of now
    for found in _fast(_PASSED_SINCE).finditer(text, start):
        told_to = found.start()
        if not _anothers_passing(text, start, found.start()):
            passed = found  # the last one is wanted
    for hour in _GONE_AN_HOUR.finditer(text, told_to):
        told_to = hour.start()  # ("its gone 11": an hour, yet "now" before it still counts)
    if (
        passed is None
        or _fast(_GOES_ON).search(text, start)
        or (not episodes and _fast(_EPISODE).search(text))
        or (_SENT_IN.search(text) and not _CLEARED.search(text))
        or _NOW_BEFORE.search(text, start, max(passed.start(), told_to))
    ):
        return None
    return passed


# "the clinic checked him and said vasovagal": an episode a clinician has already seen.
_CHECKED_AND_NAMED = re.compile(
    r"\b(?:clinic|doctor|doc|dr|er|nurses?|they|cardiologist) (?:checked|examined|saw|looked at)"
    r" (?:him|her|me|it|them)(?: out)?,? (?:and )?(?:said|says|called it)\b"
)


# What passed, named just before it: another complaint than the one it would resolve ("i dont
# know where i am. the headache is gone now"), unless that one is named the same way.
_ANOTHER_COMPLAINT = re.compile(
    r"\b(?:head ?aches?|migraines?|nausea|queasiness|sickness|vomiting|throwing up|dizziness"
    r"|dizzy spells?|light ?headedness|pain|aches?|cramps?|fever|temperature|rash|itch\w*|hives"
    r"|cough\w*|sweats?|sweating|chills|drowsiness|tiredness|fatigue|grogginess|tingling"
    r"|numbness|jaw|stomach|tummy|hiccups?|blurr\w*|vision)\b"
)
_CLAUSE_OPENS = re.compile(r".*(?:[.,;!?]|\b(?:but|though|although|while|now))\s", re.DOTALL)


def _anothers_passing(text: str, start: int, at: int) -> bool:
    """Whether what passes at `at` is another complaint than the words just before `start`
    name: "mom doesnt know what year it is. her nausea passed", "my chest is crushing. all
    the other side effects went away"."""
    if at - start > 400:
        return False
    opened = _CLAUSE_OPENS.match(text, start, at)
    subject = text[opened.end() if opened else start : at]
    if _THE_OTHERS.search(subject):
        return True
    named = [m.group(0) for m in _ANOTHER_COMPLAINT.finditer(subject)]
    if not named:
        return False  # "it passed", "both settled": what was told before
    before = text[max(0, start - 80) : start]
    return not any(_kin(noun).search(before) for noun in named)


# "everything else settled", "the other side effects went away", "the rest passed"
_THE_OTHERS = re.compile(r"\b(?:else|other|others|rest)\b")
# Words for one complaint: a pain is what hurt, a nausea what made one sick.
_KIN = tuple(
    re.compile(rf"\b(?:{words})\b")
    for words in (
        r"pain|ache|aching|hurt\w*|sore\w*|tight\w*|pressure|jaw|stomach|tummy|cramp\w*",
        r"nause\w*|sick\w*|queas\w*|vomit\w*|throw\w* up|threw up",
        r"dizz\w*|light ?head\w*|faint\w*|spinning",
        r"head ?aches?|migraines?|head",
        r"blurr\w*|vision|see\w*",
    )
)


def _kin(noun: str) -> re.Pattern[str]:
    """The words that name the same complaint as `noun` (its first letters, if none)."""
    for words in _KIN:
        if words.fullmatch(noun):
            return words
    return re.compile(rf"\b{re.escape(noun.rstrip('s')[:5])}")


def _passed_since(sentence: str, m: re.Match[str], text: str) -> bool:
    start = text.find(sentence)
    episodes = bool(_CHECKED_AND_NAMED.search(text))
    return start >= 0 and over_by_the_end(text, start + m.end(), episodes=episodes) is not None


def _past_and_settled(sentence: str) -> bool:
    return bool(
        _LONG_AGO.search(sentence)
        and _fast(_SETTLED).search(sentence)
        and not _BACK_NOW.search(sentence)
    )


# A sleep diary is full of dreams: "dreamt i died and watched my own funeral" tells a dream.
# "i keep dreaming about dying" (the habit, not one dream) and a wish that it were real stay.
_DREAM = re.compile(
    r"\b(?:dreamt|dreamed|dreampt|had (?:a|this|that|the|another|one) (?:\w+ ){0,2}(?:dream"
    r"|nightmare)"
    r"|(?:a|the|weird|strange|vivid|bad|crazy|wild|awful|horrible|scary) (?:\w+ )?(?:dream"
    r"|nightmare)s? (?:where|that|about|of|in which|last night)|(?:dream|nightmare) last night"
    r"|in (?:my|the|this|that|one) (?:\w+ )?(?:dream|nightmare)s?|nightmares? (?:about|where|that"
    r"|of)|(?:dream|nightmare) (?:i|we) (?:was|were|had|got|kept))\b"
)
_DREAM_WISH = re.compile(
    r"\b(?:wish\w*|want\w*|hope\w*|disappointed|sad|upset|gutted|real|true) (?:\w+ ){0,3}"
    r"(?:it (?:was|were|had been|would come) (?:real|true)|woke|wake|waking|come true)"
    r"|\bwish (?:\w+ ){0,2}(?:real|true)\b|\b(?:didnt|dont) want to wake\b"
)


# "had a dream i died and i wish i was dead for real": the writer's own wish is no dream.
_OWN_WISH = re.compile(r"\b(?:i|id|im|i am) (?:\w+ )?(?:wish|want|hope|rather|pray)\w*\b")


def _dream_told(sentence: str, m: re.Match[str]) -> bool:
    dream = _fast(_DREAM).search(sentence)
    if not dream or dream.start() >= m.start() or _DREAM_WISH.search(sentence):
        return False
    return not _OWN_WISH.search(sentence, dream.end(), m.end())


# "the ketamine doesnt make me want to die": a cause denied, not a wish.
_NOT_CAUSED = re.compile(
    r"\b(?:doesnt|didnt|dont|wont|never|not|hasnt|havent|wouldnt|isnt) (?:\w+ ){0,2}?(?:make"
    r"|made|makes|making|get|got|leave|left|turn|turned) me (?:feel )?(?:\w+ ){0,3}$"
)
# "therapist asked if i have suicidal thoughts and i said no": a screening answered no. A
# ketamine clinic screens for suicide at every visit, so patients tell of it often: the
# question may come from a form, and the answer may follow in the next sentence.
_ASKED_IF = re.compile(
    r"\b(?:(?:ask|asks|asked|asking)(?: me| us| you)?(?: (?:again|the usual|the same|that)"
    r"(?: question)?)? (?:if|whether|about)|(?:ask|asks|asked|asking)(?: me| us)?(?: again"
    r"| every time| each time| the usual)? (?:do|did|are|have|any) (?:you|u|i)|(?:questions?|form"
    r"|questionnaire|survey|phq\w*|screening|checklist) (?:\w+ ){0,2}?(?:asks?|asking|asked"
    r"|about|on|if|whether)"
    # "asked me the standard questions", "asked all the screening stuff again"
    # "this bot asks any thoughts of harming yourself", "the pamphlet says to tell you about"
    r"|(?:ask|asks|asked|asking)(?: me| us)?(?: \w+){0,2}? any(?= (?:thoughts|urges|feelings)|\s*$)"
    r"|(?:pamphlet|leaflet|handout|brochure|paperwork|discharge papers|info sheet|instructions)"
    r" (?:\w+ ){0,5}?(?:about|if|whether)"
    r"|(?:ask|asks|asked|asking)(?: me| us)? (?:all )?(?:the|those|these|his|her|some|a few)"
    r"(?: \w+){0,2}? (?:questions?|stuff)|(?:ask|asks|asked|asking)(?: me| us)? the usual"
    # the question named by its topic: "asked the suicide question" (the topic is the match)
    r"|(?:ask|asks|asked|asking)(?: me| us)? (?:the|that)(?= ?$))\b"
)
_ANSWERED_NO = re.compile(
    r"^\W*(?:and )?(?:no|nope|none|never)\W+(?:not at all|not once|never|none)\b"
    r"|\banswer (?:is|was) (?:honestly |truthfully |finally )?(?:no|none|never)\b"
    # the answer, a sentence of its own: "asked do i have thoughts of hurting myself. no."
    r"|^\W*(?:no|nope|none|never)\W*$"
    # ... or a sentence that says it has not: "I have not, and I am feeling more hopeful" (not
    # "I haven't yet", "I didn't answer", "I don't know", "I didn't, at first")
    r"|^\W*(?:(?:no|nope)\W+)?i (?:honestly )?(?:have not|havent|have never|do not|dont|did not"
    r"|didnt)(?: (?:had|been|thought|felt|ever|had any|had them|had those))?"
    r"(?=\s*(?:[.;!]|$)(?!\s*(?:i do|now|but|then|except|until|till)\b)|\s*,\s*(?:and|thank|so"
    r"|im|i am|honestly|truly)\b|\s+(?:and|at all|once|thank)\b)"
    # ... said to someone, or said again: "no sir.", "no no and no", "i was like nah im good"
    r"|^\W*(?:no|nope|nah)\W+(?:sir|maam|ma am|honey|dear|doc|doctor)\b"
    r"|^\W*(?:no|nope|nah)\W+(?:thank you|thanks)\W*$"
    r"|^\W*no\W+no\W+(?:and\W+)?no\b|\b(?:i was like|i went|i was all)\s+(?:nah|no|nope)\b"
    # ... or a form's field filled in: "form asks about self harm thoughts: no"
    r"|^\W*(?:\w+ ){0,2}?\w*\s*[:=]\s*(?:no|nope|none|never|zero|0|n)\b(?![\s,.]*(?:but|yes|some"
    r"|sometimes|occasional\w*|lately|recently|a (?:few|little|bit)|kind of|kinda|sort of|not sure"
    r"|maybe|passive\w*))"
    # the truth told, and it is no: "told her the truth, no"; a laugh, then "no."
    r"|\b(?:told|gave) (?:her|him|them|the \w+) the (?:honest )?truth\W+(?:no|nope|none|never)"
    r"(?=\s*(?:[.,;!]|$))"
    r"|[^\w\s.,!?'\"-]\s*(?:no|nope|nah)"
    r"(?=\s*(?:[.;!]|$)|\s+(?:im|i am) (?:fine|good|ok|okay|alright)\b)"
    # "just so u know im good, no thoughts like that"
    r"|\bno (?:such |suicidal |dark |bad )?thoughts? (?:like (?:that|this|those|these)|of (?:that"
    r"|the sort|that kind))\b"
    r"|^\W*(?:and )?(?:honestly|truthfully|to be honest|tbh|honest answer)\W+(?:no|nope|none"
    r"|never)\b"
    r"|\b(?:said|answered|told(?: \w+)?|replied|say|ticked|checked|circled|marked|put"
    r"|wrote)(?: honestly| truthfully)? (?:no|nope|none|never|zero|i dont|i wasnt|im not"
    r"|i am not|i havent|not really)\b|\bi (?:have not|havent|have never|never|dont|do not)"
    r" (?:had|have|get|got|felt|thought) (?:\w+ )?(?:those|these|them|that|any|such|it)\b"
)
# "said no to the question about being better off dead": the answer before the topic.
_NO_TO_THE_QUESTION = re.compile(
    r"\b(?:said|answered|ticked|checked|circled|marked|put) (?:no|none|never|zero|0) (?:to|for"
    r"|on) (?:the|a|that|their|every|each|all the) (?:\w+ )?questions?(?: (?:about|on|of"
    r"|asking|that asks))?\b"
)
# Whatever follows the "no" may take it back ("i said no. i lied", "told him no because i
# dont want to be admitted", "...no. going to do it tonight anyway"): any of these words
# after the answer keeps the alarm.
_BUT_YES = re.compile(
    r"\b(?:but (?!(?:honestly |to be honest |tbh )?(?:i dont|i really dont|no|not|i havent"
    # ("things are hard but im hanging in")
    r"|fine|ok|okay|im (?:hanging|managing|coping|getting by|doing|ok|okay|fine|safe))\b)"
    # ("i answered no to all of them, truthfully": the no, said truly)
    # ("i said no and it was actually true for once": the no, true)
    r"|lied|lying|lie|actually(?! (?:true|the truth|honest))|really(?! (?:true|the truth))"
    # ("that wasnt honest. i have, most nights", "i say no bc i dont want to lose my infusions")
    r"|(?:wasnt|was not|not being|not) (?:honest|true)|dishonest|bc|b/c|coz|took it back"
    r"|most (?:nights|days)|every night|no more than (?:usual|normal|always)|not (?:ok|okay)"
    r"|seriously|decided"
    r"|(?<!was the )(?<!its the )truth|truthfully(?!\s*[.!])|because|cause|cos|cuz"
    r"|(?:until|till|til) (?:last night|yesterday|recently|today|this week|tonight|lately)"
    r"|(?:almost|nearly) (?:did|went through|acted)|did it"
    r"|so (?:they|he|she|i)|admit\w*|hospital|ward|lock\w*|section\w*|sectioned|anyway"
    # ("i said no and that is still true": the no, still)
    r"|still(?! (?:true|the case|the answer|stands|holds|correct|accurate))"
    r"|tonight|going to|gonna|will|ill|plan\w*|ready|pills|do it|end it|die|dead|kill\w*"
    r"|suicid\w*|hurt\w*|harm\w*|cut\w*|yes|yeah|yep|sometimes|every day|a lot|often"
    # ("... no. too ashamed to tell her", "no. i told her what she wanted to hear")
    r"|ashamed|couldnt (?:say|tell)|didnt (?:tell|want)|worry|wanted to hear|wish i|had them"
    r"|think about it|at night|all week|only (?:think|feel|at|when)|hid|hide|hiding|pretend\w*"
    # ("no sir. the blades are in my bag")
    r"|blades?|razors?|rope|noose|guns?|rifle|pistol|shotgun|stash\w*|saved up|in my bag"
    r"|bridge|tonight|saturday|sunday|friday)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# Someone else dying of an illness: "my mom says she wants to die at home, hospice talk".
_TERMINAL = re.compile(
    r"\b(?:hospice|terminal\w*|palliative|end of life|cancer|dementia|alzheimers|dnr"
    r"|comfort care|stage (?:4|four|iv)|dying of|hospital bed|last weeks"
    # (not "her last infusion": the end of her treatment is no end of life)
    r"|(?:her|his) last(?! (?:infusion|session|treatment|appointment|check ?in|dose)))\b"
)


def _denied_crisis(sentence: str, m: re.Match[str], text: str) -> bool:
    if _NOT_CAUSED.search(_prefix(sentence, m)):
        return True
    return _screened_no(sentence, m, text)


# A message that is only a form: items asked ("Chest pain?"), answers, and the form's name.
_FORM_ANSWER = re.compile(
    r"\W*(?:no|nope|none|n/?a|nil|yes|y|n|not really|never)\W*"
    r"|\W*(?:form|intake|checklist|completed|submitted|done|filled (?:it )?(?:in|out)|sent)\b.*",
)


_FORM_PIECE = re.compile(r"[^.!?\n]+[.!?]*")


def only_a_form(text: str) -> bool:
    """Whether every sentence of `text` is a form's item, its answer, or the form named."""
    sentences = [x.strip() for x in _FORM_PIECE.findall(text) if x.strip(" .!?")]
    return len(sentences) >= 2 and all(
        _CHECKLIST_ITEM.fullmatch(x) or _FORM_ANSWER.fullmatch(x) for x in sentences
    )


_CHECKLIST_ITEM = re.compile(r"\W*(?:\w+(?:\s+\w+)?\s*:\s*)?(?:\w+\s+){0,3}\w+\s*\?+\s*")


# "asked if id go inpatient for the thoughts. i was like nah", "asked if i wanted an
# ambulance for the chest pain. no thanks": help offered and refused, not a screening's "no"
OFFER_OF_HELP = re.compile(
    r"\b(?:if|whether) (?:i|id|i'?d) (?:wanted|want|would like|would|like|could|should|need|needed)"
    r"\b|\b(?:go|going|be|being) (?:inpatient|admitted|to the (?:hospital|er|ward))\b"
    r"|\b(?:wanted|want|offered|offer) (?:me )?(?:an? )?(?:ambulance|counsel\w*|referral|bed"
    r"|admission|to (?:see|talk|speak|go|call))\b|\btalk about\b"
    r"|\bsee (?:the|a) (?:crisis|counsel\w*)"
)


# The true answer given before the no that was said: "honestly yes but i told him no".
_YES_FIRST = re.compile(
    r"\b(?:(?:honestly|actually|truthfully|really|tbh|truth is|to be honest|in truth),?"
    r"|i (?:said|told (?:her|him|them)|answered)) (?:yes|yeah)"
    # (a yes that stands as the answer, not one to another question: "yes to the blanket",
    # "yes she asked twice")
    r"(?=\s*(?:[.!;]|,?\s*(?:but|then|at first)\b|$))"
)


def _screened_no(sentence: str, m: re.Match[str], text: str) -> bool:
    """'nurse asked if i have chest pain, i said no': a screening question answered no, in
    the same sentence or the next; nothing after the answer may take it back."""
    prefix = _prefix(sentence, m)
    if OFFER_OF_HELP.search(prefix):
        return False
    if _CHECKLIST_ITEM.fullmatch(sentence) and only_a_form(text):
        # a form's item, answered in the next sentence: "Chest pain? No. Fainting? No."
        rest = _rest_of(text, sentence)
        answer_then = _SENTENCE_END.split(rest.lstrip(" .!?\n"), maxsplit=1)[0]
        if _ANSWERED_NO.search(answer_then):
            return not _fast(_BUT_YES).search(rest)
    if _NO_TO_THE_QUESTION.search(prefix):
        return not _fast(_BUT_YES).search(_after(sentence, m) + " " + _rest_of(text, sentence))
    if not _ASKED_IF.search(prefix):
        return False
    rest = _rest_of(text, sentence)
    after = _after(sentence, m)
    answer = _ANSWERED_NO.search(after)
    if answer is not None:
        if _YES_FIRST.search(after, 0, answer.start()):
            return False
        return not _fast(_BUT_YES).search(after[answer.end() :] + " " + rest)
    after = _SENTENCE_END.split(rest.lstrip(" .!?\n"), maxsplit=1)[0]
    answer = _ANSWERED_NO.search(after)
    if answer is None or _YES_FIRST.search(after, 0, answer.start()):
        return False
    at = rest.find(after)
    return not _fast(_BUT_YES).search(rest[at + answer.end() :] if at >= 0 else rest)


def _rest_of(text: str, sentence: str) -> str:
    """What `text` says after `sentence`."""
    at = text.find(sentence)
    return text[at + len(sentence) :] if at >= 0 else ""


# Someone else's plan told, with its means: "my husband has terminal cancer. he said he is
# going to overdose tonight" is no death of illness.
_ANOTHERS_PLAN_TOLD = re.compile(
    r"\b(?:going to|gonna|will|plans? to|planning to|wants? to) (?:overdose|take (?:all|every|the"
    r" whole|(?:his|her|their) own life)|jump|shoot|hang|end it|end (?:his|her|their) (?:own )?life"
    r"|kill|use (?:his|her|their) (?:gun|rifle|pistol|pills))"
)


def _others_terminal(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _TERMINAL.search(text)
        and not _ANOTHERS_PLAN_TOLD.search(sentence)
        and not _SELF_IN_MATCH.search(m.group(0))
        and _other_subject(sentence, m)
    )


# Crisis words in an everyday sense the sentence spells out: the chores are the burden, a gun
# dog or a rifle cleaned and put away, letters to pen pals, "my last message" corrected, a
# lie-in that will last "forever" this weekend.
_CHORE_BURDEN = re.compile(
    r"\b(?:dishes|laundry|washing|housework|chores|cleaning|cooking|ironing|bills|paperwork"
    r"|admin|commute|homework|emails?|taxes|debt|mortgage|shopping|errands|job|work|cost|costs"
    r"|price|bill|expenses?|fees?|copays?|payments?|insurance|money|travel|drive|schedule"
    r"|spreadsheets?|diary|tracking|logging)\b"
    r"(?: and (?:the )?\w+)?(?: \w+){0,3}? (?:feel|feels|felt|is|are|was|were|has been|have been"
    r"|becom\w*|seem|seems) (?:like )?(?:such |a |an |real |huge |massive |total |bit of a )*burden"
)
_GUN_KEPT = re.compile(
    r"\bgun ?dogs?\b|\b(?:clean\w*|oil\w*|servic\w*|stor\w*|lock\w* (?:up|away)) (?:my |the |his"
    r" |her |dads |grandads )?(?:rifle|shotgun|gun|air rifle)s?\b"
    # "rifle's back in the safe", "rifles in the safe till october"
    r"|\b(?:rifle|shotgun|gun|pistol|handgun)s? (?:is |are |s )?"
    r"(?:(?!not |isnt |arent |never |no longer )\w+ )?(?:back )?in (?:the|my|its|a) (?:gun )?"
    r"(?:safe|cabinet|case|locker)\b"
)
_INTENT_NEAR_GUN = re.compile(
    r"\b(?:use|using|used|end|myself|thinking|think|want|tonight|barrel|mouth|head|loaded|load"
    r"|bullet|trigger)\b"
)
_ORDINARY_LETTERS = re.compile(
    r"\b(?:letters?|notes?|cards?) (?:to|for) (?:my |the |our )?(?:pen ?pals?|the council|my mp"
    r"|the bank|the editor|santa|the school|school|work|my landlord|the landlord|customers?"
    r"|clients?)\b|\b(?:thank you|thankyou|christmas|birthday|cover|complaint|application)"
    r" (?:letters?|notes?|cards?)\b"
)
_MESSAGE_CORRECTED = re.compile(
    r"\b(?:last|previous|earlier) (?:message|text|entry|post) (?:was|had|has|is) (?:wrong|a typo"
    r"|incorrect|a mistake|off|missing)\b|\b(?:last|previous) (?:message|text|entry)"
    r"[ ,]+(?:i meant|should (?:have )?(?:said|say|be)|correction|sorry)\b"
)
_SLEEP_IN_FOR_DAYS = re.compile(
    r"\bsleep (?:forever|for ever|for days|for a week)\b(?=[^.!?;]{0,30}\b(?:this weekend"
    r"|tomorrow|on (?:saturday|sunday|my day off|holiday)|no alarms?|lie[- ]?in|day off"
    r"|after (?:this|the) (?:week|shift|exam|exams|trip)))"
)


# "the thoughts of suicide i had before treatment are completely gone now", "i used to
# feel like a burden but since the treatment i dont anymore", "two years ago today i tried
# to end my life. today im celebrating being here": a crisis told as over, with nothing
# after it that says it is coming back.
_RECOVERED = re.compile(
    r"\b(?:thoughts?|urges?|feelings?|ideas?|cravings?)\b[^.!?]{0,60}\b(?:are|is|have|has)"
    r" (?:now |all |completely |totally |long )?(?:gone|stopped|disappeared)\b"
    r"|\bused to\b[^.!?]{0,60}\b(?:but|and) (?:since|now|these days)\b[^.!?]{0,40}"
    r"\b(?:dont|do not|not|no longer|never)\b"
)
_CELEBRATED = re.compile(
    r"\b(?:celebrat\w* (?:being (?:here|alive)|my|\d+|two|three|four|five|ten)|glad (?:to be"
    r"|im|i am) (?:still )?(?:alive|here)|grateful to be (?:alive|here)|proud to be here)\b"
)
_COMING_BACK = re.compile(
    r"\b(?:again|back|returning|returned|lately|recently|creeping|but now|these days i|tonight"
    r"|right now|rn|plan|planning)\b"
)


_LONG_OVER = re.compile(r"\b(?:ago|anniversary|back in|in (?:19|20)\d\d)\b")


def _recovered_since(sentence: str, text: str) -> bool:
    told_over = _RECOVERED.search(sentence) or (
        _LONG_OVER.search(sentence) and _CELEBRATED.search(text)
    )
    if not told_over:
        return False
    return not _COMING_BACK.search(
        text[text.find(sentence) + told_over.end() :] if sentence in text else ""
    )


# The words of a match that an everyday setting can explain (compiled once: asked of every
# crisis match).
_GUN_WORD = re.compile(r"\b(?:gun|rifle|shotgun)s?\b")
_LETTER_WORD = re.compile(r"\b(?:letters?|notes?)\b")
_LAST_MESSAGE_WORDS = re.compile(r"\b(?:last|final) (?:message|text|entry)\b")


def _everyday_crisis_word(sentence: str, m: re.Match[str]) -> bool:
    word = m.group(0)
    if "burden" in word and _CHORE_BURDEN.search(sentence):
        return True
    if _GUN_WORD.search(word) and _GUN_KEPT.search(sentence):
        return not _INTENT_NEAR_GUN.search(sentence)
    if _LETTER_WORD.search(word) and _ORDINARY_LETTERS.search(sentence):
        return True
    if _LAST_MESSAGE_WORDS.search(word):
        return bool(_MESSAGE_CORRECTED.search(sentence))
    return "forever" in word and bool(_SLEEP_IN_FOR_DAYS.search(sentence))


# Someone other than the writer is the subject just before the match: "my dog died",
# "her grandma is dying". "my" alone is not the writer: "my phone died".
_PET_OR_THING = (
    r"(?:dog|cat|pup|puppy|kitten|pet|hamster|fish|bird|rabbit|horse|plants?|phone|battery"
    r"|laptop|car|tv|wifi|internet|computer|fridge|boiler|heater|printer|garden|tree"
    r"|flowers?|goldfish|tortoise|parrot)"
)
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|his|her|their|someone|somebody|people|everyone"
    r"|anyone|nobody|no one|(?:my|our|the|a|an|his|her|their|friends?|\w+s|older|old|young"
    r"|elderly) (?:\w+ )?(?:"
    + _PEOPLE[3:-1]
    + r"|"
    + _PET_OR_THING[3:-1]
    # The people a nurse, a medic or a guard looks after, and the people next door.
    + r")|(?:mr|mrs|ms|miss) \w+|(?:patients?|inmates?|residents?|clients?|customers?"
    r"|passengers?|coworkers?|co workers?|colleagues?|neighbou?rs?|pts?|operators?|workers?"
    r"|drivers?|foreman|laborers?|employees?|crew|teammates?|classmates?|bandmates?"
    r"|parishioners?|congregants?)"
    # "my oldest fainted getting her blood drawn"
    r"|(?:my|our) (?:oldest|eldest|youngest|middle one|little one)"
    r"|mi (?:\w+ )?(?:cu[nñ]ad[oa]|herman[oa]"
    r"|mam[aá]|pap[aá]|abuel[oa]|hij[oa]|t[ií][oa]|prim[oa]|espos[oa]|suegr[oa]|sobrin[oa]"
    r"|niet[oa]|amig[oa]|novi[oa])"
    # "partner on shift had chest pains": a sentence opened by the person, with no "my"
    r"|^(?:partner|husband|hubby|wife|boyfriend|girlfriend|son|daughter|mom|mum|dad|brother"
    r"|sister|roommate|coworker|neighbou?r))\b"
)
_SELF_PRONOUN = re.compile(r"\b(?:i|im|ive|id|ill|me|myself|my own|my life|mine)\b")


# A match that opens with the writer has the writer as its subject, whoever came before:
# "theyd be better off with someone else raising them, im not going to be around much longer".
_OPENS_WITH_SELF = re.compile(r"\s*(?:i|im|ive|id|ill|myself)\b")
_OPENS_WITH_ANOTHER = re.compile(r"\s*(?:he|she|they|hes|shes|theyre)\b")


# "a parishioner collapsed during the service": a person named by a role, right before
_A_ROLE_RIGHT_BEFORE = re.compile(
    r"\b(?:a|an|the|one of (?:the|my|our)|our|my)\s+(?:\w+\s+)?(?:parishioner|congregant|guest"
    r"|visitor|student|stranger|tenant|camper|shopper|spectator|gentleman)s?\s+$"
)


def _other_subject(sentence: str, m: re.Match[str]) -> bool:
    """The nearest subject before the match is someone or something else."""
    if _OPENS_WITH_SELF.match(m.group(0)):
        return False
    if _A_ROLE_RIGHT_BEFORE.search(sentence, 0, m.start()):
        return True
    prefix = " ".join(_prefix(sentence, m).split()[-8:])
    others = list(_OTHER_SUBJECT.finditer(prefix))
    if not others:
        return False
    last_self = None
    for s in _SELF_PRONOUN.finditer(prefix):
        last_self = s
    return last_self is None or last_self.start() < others[-1].start()


# "does ketamine even work on someone who doesnt plan to be around much longer?": a question
# about a person no one names is how many first say it of themselves.
_ANYONE_WHO = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|a person|people like me|someone like me)"
    r" (?:who|that|whos)(?: (?:has|had|is|was|really|just|truly|honestly))?\s*$"
)


def _anyone_asked_about(sentence: str, m: re.Match[str]) -> bool:
    """The match tells of an unnamed 'someone who', in a sentence that asks."""
    return _is_question(sentence) and _ANYONE_WHO.search(_prefix(sentence, m)) is not None


# Figures of speech that cancel a match only when the match lies inside them.
_IDIOMS = re.compile(
    r"\b(?:(?:phone|battery|laptop|tablet|kindle|watch|fitbit|car|charger|torch|flashlight)"
    r" (?:\w+ ){0,2}(?:about to|going to|gonna|is going to|was going to|might|will|would) die"
    r"|(?:never|not) (?:\w+ )?liv(?:e|ing) (?:it|this|that) down"
    r"|(?:its|it is|thats|that is|this is|which is|its been|its really|traffic is|work is)"
    r" (?:\w+ )?killing (?:me|her|him|them|us)|dying (?:to|for)"
    r"|(?:died|dying|dead|die|died of) (?:of |from |with )?(?:laugh\w*"
    r"|embarrassment|shame|boredom|cringe|cuteness)|(?:bored|scared|frightened|freezing"
    r"|worried|sick|tired|done) to death|death warmed up|death by|death of me"
    r"|be the death|half dead|(?:going to|gonna|will|would) be dead (?:tired|beat|on my feet"
    r"|to the world)|dead (?:tired|beat|on my feet|to the world|end|battery|zone|serious"
    r"|quiet|heat|ringer|weight|set|center|centre|easy|good|cute)|(?:slept|sleep|sleeping)"
    r" like the dead|(?:im|i am|literally|totally|so) dead(?: \w+)? (?:lol|lmao|haha\w*)"
    r"|killing (?:me|it|time)|killed it|kill(?:ed)? (?:time|a spider|the mood|two hours|an hour)"
    r"|killer (?:headache|workout|class|leg day|session|hike|hill|view|song|outfit|deal)"
    r"|(?:id|would|could) kill for|could murder an? \w+|(?:could|would|can) sleep (?:forever"
    r"|for (?:a week|days|a year|ever))|(?:my )?(?:phone|battery|laptop|car|wifi|tv|plants?"
    r"|flowers|tomatoes|fridge|heater|boiler|printer) (?:\w+ )?(?:died|dead|dying|is dead"
    r"|was dead)|(?:party|wind|noise|conversation|music|storm) (?:\w+ )?died (?:down|off)"
    r"|die down|died down|dies down|to die for|never say die|do or die|dice|diet\w*"
    r"|dead ?line\w*|dead ?lift\w*|drop (?:off|in|me|by|of)|drop ?off|dropped (?:off|my|the)"
    r"|(?:could|would|can) eat a horse|end of (?:the|my) (?:day|week|shift|rope)"
    r"|(?:can|could|should|may|go|tell \w+ to) (?:go )?(?:jump|take a (?:long )?walk) off (?:a|the)"
    r" (?:\w+ )?(?:bridge|cliff|pier)|go jump in (?:a|the) (?:lake|river|sea)"
    r"|(?:want|wanted) (?:the ground|a hole) to swallow me|sink into the floor"
    r"|(?:riding|ride|rode|rides|called|call) shotgun"
    r"|(?:sleep|rest|relax|retire) when (?:im|i am|youre|were) dead|fainting goats?"
    r"|punish\w* my ?self with (?:a|an|another|extra|more|\d)|hurt my ?self laughing"
    r"|cant (?:go on|take|keep) (?:\w+ ){0,3}with (?:the|this|that|these|all the) (?:noise"
    r"|heat|builders|cold|weather|traffic|neighbou?rs?|snoring|barking|rain|kids)"
    # (ninth session) laughing, a figure of speech, or falling asleep
    r"|(?:going to|gonna|about to) die(?: of \w+)? (?:lol|lmao|haha\w*|\U0001f480|\U0001f602"
    r"|\U0001f923)|set the night down|(?:nearly|almost) (?:\w+ )?faint(?:ed)? (?:with|from)"
    r" (?:joy|laughter|laughing|shock|surprise|happiness|excitement)|(?:nearly|almost)"
    r" (?:make|made|makes) me faint(?= (?:lol|haha|\U0001f602|\U0001f923))"
    r"|(?:may|might|will|wont|will not) (?:\w+ )?not respond (?:promptly|right away|quickly"
    r"|immediately|to (?:messages|texts|emails))|passed out \(?asleep)"
    r"(?!\w)"
)


def _idiom(sentence: str, m: re.Match[str]) -> bool:
    for idiom in _fast(_IDIOMS).finditer(sentence):  # asked of every match: see needed.py
        if idiom.start() <= m.start() and m.end() <= idiom.end():
            return True
    return False


# A pet's seizure at the vet is not the patient's.
_ANIMAL = re.compile(
    r"\b(?:cats?|dogs?|pupp(?:y|ies)|kittens?|pets?|hamsters?|rabbits?|bunny|horses?|pony"
    r"|parrots?|budgie|birds?|guinea pigs?|ferrets?|tortoise|lizard|snake|goats?|chickens?"
    r"|gerbils?|rats?|mice|fish|cows?|calf|calves|heifers?|bulls?|steers?|pigs?|hogs?|sheep"
    r"|ewes?|lambs?|mares?|foals?)\b"
)
_HUMAN_SUBJECT = re.compile(
    r"\b(?:i|im|ive|id|ill|me|we|were|he|she|hes|shes|they|theyre|" + _PEOPLE[3:-1] + r")\b"
)


def _animal_subject(sentence: str, m: re.Match[str]) -> bool:
    """The symptom's subject is an animal just before it: 'my dog had a seizure'. A comma or a
    new clause between them leaves the patient as the subject ('at the vet with the dog,
    started having chest pain')."""
    prefix = " ".join(_prefix(sentence, m).split()[-8:])
    animals = list(_ANIMAL.finditer(prefix))
    if not animals:
        return False
    between = prefix[animals[-1].end() :]
    return (
        len(between.split()) <= 4
        and not _CLAUSE_AFTER_ANIMAL.search(between)
        and not _fast(_HUMAN_SUBJECT).search(between)
    )


_CLAUSE_AFTER_ANIMAL = re.compile(r"[,;:]|\b(?:and|then|but|so|while|when|because)\b")


# "nearly passed out when i saw the repair bill lol": shock at a price, not a faint.
_REACTION_FIGURE = re.compile(
    r"\b(?:nearly|almost|about to|could have|couldve|practically|literally|basically|id|i would"
    r"|would|always)"
    r" (?:\w+ )?(?:pass\w* out|faint\w*|fell over|collaps\w*|had a heart attack|keel\w* over"
    r"|black\w* out|had a seizure)\b(?=[^.!?;\n]{0,50}?\b(?:bill|price|prices|cost|quote"
    r"|receipt|invoice|total|rent|balance|fine|ticket|score|news|results?|text|message|email"
    r"|boredom|embarrassment|excitement|laugh\w*|cringe)\b)"
)
# Someone else's crisis that is over: "my coworker tried to overdose last year and shes
# doing great now". The writer's own words of risk in the sentence keep it.
_OTHERS_DONE = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|fall)|(?:years?|months?) ago"
    r"|back in (?:(?:19|20)?\d\d|the day|high school|college|school|uni|the \d0s|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)|in (?:19|20)\d\d"
    r"|when (?:he|she|they) (?:was|were)|when i was (?:a|an|young|little|in|\d+)"
    r"|(?:doing|is|s|are|theyre"
    r"|seems?) (?:really |so |much |a lot |way )?(?:great|well|fine|better|ok|okay|good|happy"
    r"|amazing|brilliant) now|recovered|in recovery|survived|pulled through|got help)\b"
)
_OTHERS_LONG_AGO = re.compile(
    r"\b(?:last (?:year|month|summer|winter|spring|autumn|fall)|(?:years?|months?) ago|back in"
    r"|(?<!died )(?<!passed )(?<!away )in (?:19|20)\d\d|when (?:he|she|they) (?:was|were)"
    r" (?:a |young|little|\d))\b"
)
_NOW_AGAIN = re.compile(
    r"\b(?:(?<!never )again|still|right now|today|tonight|this morning|just now)\b"
)
_OWN_RISK = re.compile(
    r"\b(?:i|im|ive|id|ill)\b(?: \w+){0,3} (?:want|wanna|(?:thinking|think)(?! (?:about|of)"
    r" (?:him|her|them|his|their)\b)|keep|going to|might"
    r"|could|should|will|feel|felt|tried|try|wish|do the same|too)\b"
)


def _others_past(sentence: str, m: re.Match[str]) -> bool:
    if _SELF_IN_MATCH.search(m.group(0)) or not _OTHERS_DONE.search(sentence):
        return False
    # "killed himself": whoever is named before, it is someone else's act
    others = _other_subject(sentence, m) or bool(_OTHER_IN_MATCH.search(m.group(0)))
    return others and not _OWN_RISK.search(sentence)


# A milestone of recovery: "got my 1 year clean from self harm chip".
_MILESTONE_CLEAN = re.compile(
    r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few"
    r"|several|many|half a) (?:full |whole )?(?:days?|weeks?|months?|years?|yrs?) (?:clean"
    r"|free|sober|without)\b|\b(?:clean|free) (?:from|of) (?:self harm\w*|sh|cutting|self"
    r" injury) (?:for|since)\b|\b\d+ (?:days?|weeks?|months?|years?|yrs?) since (?:i )?(?:last"
    r"|my last) (?:self harm\w*|cut|cutting|attempt|relapse)\b"
    r"|\b(?:clean|recovery) (?:chip|coin|medal|badge|milestone"
    r"|anniversary|streak)\b"
)
_RELAPSE = re.compile(
    r"\b(?:blew it|blown it|relaps\w*|slip\w*|again|(?<!no )urges?|tempt\w*|want\w*|crav\w*"
    r"|struggl\w*"
    r"|close to|almost|nearly|but|until|till|broke|broken|ruined|lost|reset|back to|started"
    r"|still|think\w*|thoughts?|miss\w*|hard|tonight i|last night i|today i)\b"
)


def _recovery_milestone(sentence: str, text: str) -> bool:
    return bool(_MILESTONE_CLEAN.search(sentence)) and not _fast(_RELAPSE).search(text)


_LEISURE_LEAP = re.compile(
    r"\b(?:high dive|diving board|springboard|trampoline|swing|bungee|zip ?line|parachut\w*"
    r"|skydiv\w*|rope swing|monkey bars|the couch|the sofa|the bed|the stairs|the step|the"
    r" dock|the boat|the pier into|into the pool|pool|hurdles?|the plane|first time since)\b"
)
# A dose warning heeded: "the pharmacist said i could overdose, so i took 1".
_DOSE_WARNING = re.compile(
    r"\b(?:(?:dont|not to|never|do not) take more than|or (?:you|i|u) (?:could|might|would|can"
    r"|will)|(?:could|might|can) overdose if|warned|pharmacist|label|leaflet|doctor said"
    r"|nurse said|instructions)\b"
)
_DOSE_HEEDED = re.compile(
    r"\b(?:so i (?:only |just )?(?:took|take|had|stuck to|stopped|didnt|skipped|went with)"
    r"|so i (?:only|just)|i only took|stuck to the dose)\b"
)
# A wish that is over: "used to want to die ... havent had that thought in 3 weeks".
_USED_TO = re.compile(r"\bused to\b")
_SINCE_CHANGED = re.compile(
    r"\b(?:havent (?:had|felt|thought)|hasnt (?:come|been)|not any ?more|no longer|gone now"
    r"|not since|in (?:\d+|a|two|three|four|five|six|several|a few) (?:days|weeks|months|years)"
    r"|for (?:\d+|a|two|three|four|five|six|several|a few) (?:weeks|months|years))\b"
)


_JUMP_WORD = re.compile(r"\b(?:jump|leap)")
_OVERDOSE_WORD = re.compile(r"\b(?:overdos\w*|od)\b")
_WISH_BACK = re.compile(r"\b(?:again|back|still|came back|returned|lately|tonight)\b")


def _leisure_leap(sentence: str, m: re.Match[str]) -> bool:
    """'jumped off the high dive at the Y' is a feat, not a fall."""
    return bool(_JUMP_WORD.search(m.group(0)) and _fast(_LEISURE_LEAP).search(sentence))


def _dose_heeded(sentence: str, m: re.Match[str], text: str) -> bool:
    """A warning about overdose passed on and followed is a careful patient."""
    if not _OVERDOSE_WORD.search(m.group(0)):
        return False
    return bool(_DOSE_WARNING.search(sentence) and _DOSE_HEEDED.search(text))


def _wish_outgrown(sentence: str, m: re.Match[str], text: str) -> bool:
    """A wish told in the past with a clear change since, and no sign it is back."""
    return bool(
        _USED_TO.search(_prefix(sentence, m)[-40:])
        and _SINCE_CHANGED.search(text)
        and not _WISH_BACK.search(text)
    )


# "i had suicidal thoughts years ago but therapy helped": a past named and a change since.
_PAST_OVER = re.compile(
    r"\b(?:(?:therapy|treatment|ketamine|meds|medication|counselling|counseling|it|that|dbt"
    r"|cbt|support|help|(?:the )?infusions?|sessions|treatments|group) (?:really )?helped"
    r"|(?:well|better|fine|ok|okay|good|great|stable|happy) (?:now|these days|since)|recovered"
    r"|in recovery|got (?:through|past|help|better)|turned (?:that|it|things|me) around"
    r"|not any ?more(?= *[,.;!])|(?:\d+|two|three|six|nine|twelve) (?:months|years|weeks) into"
    r" (?:treatment|recovery|therapy)"
    r"|(?:theyre|they are|its|it is|those are|thats|that is|that has|theyve) (?:all |long )?gone"
    r"(?: now)?|(?:\d+|a few|two|three|four|five|six|ten) (?:yrs?|years|months) clean"
    r"|now (?:i am|im|i feel|i m) (?:\w+ )?(?:better"
    r"|well|fine|ok|okay|good|happy)"
    r"|behind me|long gone|havent (?:had|felt|thought) (?:that|it|them|those|a single one"
    r"|one|any)|(?:havent|have not|hadnt|not) felt (?:like )?(?:that|this) (?:way )?"
    r"(?:in|for|since) (?:\w+ )?(?:years|decades|ages|a long time|a long while|months)"
    r"|(?:has|have|its|it has) (?:really |truly )?helped|been (?:fine"
    r"|well|ok|okay|good|clean|free|solid|steady|stable|safe|sober) (?:for|since|ever since)"
    # "i have had no such thoughts in many years"
    r"|(?:i )?(?:have|ive|had) had no (?:such |more |suicidal |those |these"
    r" |dark )?thoughts (?:like (?:that|this) )?(?:in|for|since)"
    # An anniversary told with thanks: "10 years ago today i tried ... grateful to be here".
    r"|grateful|thankful|in a (?:good|better|great|much better|safe) place|proud of (?:how far"
    r"|myself|where)|glad (?:to be|im|i am) (?:alive|here"
    r"|still)|(?:much|so much|a lot|way|feeling|doing) better|no (?:more )?thoughts like"
    r" (?:this|that|these|those) since|(?:have|has|had) resolved|resolved (?:entirely|completely"
    r"|fully)|remain (?:well|stable|fine|safe)|doing (?:ok|okay|well|good|alright|fine)"
    r"|(?:im|i am) not there (?:now|anymore|any more|no more)|changed that|got me (?:through|here"
    r"|in here|help)|feel\w* alive|at peace (?:now|these days)"
    # "i am not having those thoughts now"
    r"|(?:im|i am) not having (?:those|these|any|such) (?:\w+ )?thoughts"
    # "i dont have these thoughts", "it has nothing to do with now", "not like that at all now",
    # "that was before treatment", "i have job and i want to live." (the twentieth session's
    # sets; not "now is different", which as often says worse)
    r"|(?:i )?(?:dont|do not|no longer) have (?:these|those|such|them|any|that kind of|the)"
    r" (?:\w+ )?thoughts(?! (?:\w+ )?(?:often|every|all the time|as much|as often|much))"
    r"|(?:(?<=[.,;!] )|(?<=^)|(?<=and )|(?<=now ))i (?:really )?want to live(?=\s*(?:[.,;!]|$"
    r"| for | and ))"
    r"|(?:has|have|had) nothing to do with"
    r" (?:now|today|how i am|where i am|the present|me now)|not like that(?: at all)?(?: now"
    r"| anymore| any more| these days)|that was (?:all )?before (?:treatment|ketamine|therapy"
    r"|(?:the|my) (?:treatment|infusions?|meds|medication|diagnosis))"
    r"|ahora estoy (?:bien|mejor)(?=\s*(?:[.;!]|$|,? gracias|,? no tengo|y no tengo))"
    r"|no tengo (?:esos|estos|esas|estas|ese tipo de)"
    r" (?:\w+ )?pensamientos"
    # None of it now: "nothing like that now", "currently none", "no suicidal ideation since
    # 2012, and none at present", "no talk of anything like that", "no thoughts like that
    # now", "i aint had them thoughts in years"
    r"|(?:nothing (?:like (?:that|this|it) )?(?:now|since|anymore|any more|these days"
    r"|at present|currently)|(?:currently|presently|at present) none|none (?:now|at present"
    r"|currently|since|these days)|no (?:bad |more |such |dark )?thoughts?(?: like (?:this"
    r"|that|these|those))?(?: (?:about|of) (?:it|that|this|them))?(?: (?:now(?! that)|anymore"
    r"|any more|these"
    r" days|today)|(?=\s*(?:[.!]|$)))"
    r"|(?:aint|havent|have not"
    r"|hadnt|not) had (?:them|those|these|any|such|the) (?:\w+ )?thoughts (?:in|for) (?:\w+ )?"
    r"(?:years|ages|decades|a long time|a long while|a while|months)"
    # "havent had thoughts like that in months"
    r"|(?:aint|havent|have not|hadnt|not) had (?:any )?thoughts like (?:that|this|those|these)"
    r" (?:in|for) (?:\w+ )?(?:years|ages|decades|a long time|a long while|a while|months|weeks)"
    r"|no (?:talk|thoughts?|mention"
    r"|sign|signs) of"
    r" (?:anything like that|that|it|those|them)|no (?:\w+ ){0,2}(?:ideation|thoughts"
    # (not the subject of what follows: "nothing now matters", "nothing since has changed")
    r"|attempts?|urges) since(?: (?:19|20)\d\d)?)\b(?! (?:\w+ )?(?:matters?|feels?|is|has|have"
    r"|was|seems?|makes?|helps?|changed|different|worth)\b))"
)
_PAST_BACK = re.compile(
    # ("when i got back", from a war or a trip, is no wish come back; "got back into it" is)
    r"\b(?:again|(?<!got )back(?! (?:in|then|when|during|at|before|surgery|pain|injury|problems?"
    r"|issues?|brace|spasms?|operation))|got back(?!\s*(?:[.,;!]|$)| (?:from|home|stateside)\b)"
    r"|still(?! (?:be |being )?(?:here|alive|around|standing)| asks?\b| has me| have to"
    r"| (?:ugly|kicking|breathing|me\b|going strong|grumpy|stubborn|old))"
    r"|came back|coming back|returned"
    r"|returning|lately|recently|(?<!ago )tonight"
    r"|(?<!ago )today(?! (?:im|i am|ive|i have|i slept|is my|marks|makes|i (?:lead|run|teach|help"
    r"|coach|mentor|volunteer|work|speak|got|finished|passed|graduated|started)|was the first"
    r"|is the first))"
    r"|(?<!peace )these days(?! (?:im|i am|i feel) (?:well|better|fine|good|ok|okay))|this week"
    r"|same way|(?:feel|felt|feeling|am|im|is|its) like that now|creeping"
    r"|until|till|yesterday|last night|last week)\b"
)
# Said after the change: "therapy helped but i want to die" is the wish back.
_PAST_THEN_NOW = re.compile(
    # "wanted to share that", "wanted the team to know": telling, not wishing.
    # ("doc wanted it on record": another's wish, for the chart; "wanted the record straight")
    r"\b(?:(?<!doc )(?<!dr )(?<!doctor )(?<!therapist )(?<!nurse )(?<!counselor )"
    r"want\w*(?! (?:it|this|that) (?:on (?:the )?record|noted|documented|in (?:my|the) (?:chart"
    r"|file|notes))\b| (?:to )?(?:set |get |put )?the record straight\b)"
    r"(?! (?:\w+ ){0,2}(?:to (?:share|say|tell|let|thank|update|know|see|live|keep"
    r"|get better|have|note|mention|add|be here|be around|be there|see (?:\w+ )?grow"
    r"|get up|wake up|get out of bed"
    r"|sleep(?! forever| for ever| and not| and never| for good)"
    r"|rest(?! in peace| forever)|move on(?! from (?:this|life|the world|here))|feel better|fix"
    r"|improve|work on)|know|(?:better|more|good|decent|some) (?:sleep|nights?)))"
    r"|wanna|wish\w*(?! to (?:note|say|add|mention|report|inform|let|thank|update))|think\w*"
    r"|thought about|going to|gonna|plan\w*|cant(?! sleep| get (?:back )?to sleep| stay asleep)"
    r"|feel like"
    r"|feeling like|urges?|tempt\w*|struggl\w*|scared|worried|afraid|relaps\w*|slipp\w*"
    r"|but (?!(?:im|i am|ive been|its|theyre|they are) (?:\w+ )?(?:well|fine|ok|okay|good"
    r"|better|gone|over|great|happy)))\b"
    # the writer's hopelessness told after it: "i overdosed in 2020. doing much better now.
    # honestly whats the point anymore" (not "the printer is hopeless")
    r"|\b(?:whats|what is)(?: even)? the point(?: anymore| any more)?(?=\s*(?:[.!?]|$))"
    r"|\b(?:whats|what is)(?: even)? the point of (?:living|it all|going on|anything)\b"
    r"|\bno point (?:in )?(?:living|going on)\b"
    # a want denied is the wish ("i dont want to wake up"); a "now" that is worse ("now i know
    # how to do it right", "treatment quit working"); and the same in Spanish
    r"|\b(?:dont|do not|no longer|never|not) (?:really |even )?want\w* to (?:wake|be here|be around"
    r"|be there|get up|live|exist|keep going|go on)\b"
    r"|\b(?:know how to (?:do it|end|kill|hang|make it)|this time (?:i|ill|it will|for real)"
    r"|nobody would stop|no one would stop|wont fail|do it right|(?:treatment|meds|medication"
    r"|infusions?|ketamine|therapy|it) (?:quit|stopped|isnt|is not|not|doesnt|does not) work\w*)\b"
    # ("no pienso en eso", "no tengo ganas de morir": the thought denied)
    r"|\b(?<!no )(?<!ya no )(?:pero|quiero|plan\w*|decid\w*|otra vez|de nuevo|volv\w*|pienso"
    r"|pensando|sigo|siguen|sigue|ganas|morir\w*|matar\w*|suicid\w*)\b"
    r"|\b(?:i feel|i am|im|feeling)(?: so| really| completely| totally| just)? (?:hopeless"
    r"|worthless)\b(?! (?:with|at|about|in|when)\b)|\btired of (?:living|being alive)\b"
    r"|\bbetter off (?:without me|dead)\b"
)


# "90 days no betting today": a count of days kept, not the wish back today.
_MILESTONE_TODAY = re.compile(r"\b\d+ (?:days|weeks|months|years)(?: \w+){0,3} today\b")


# "hes even planning the garden": someone else's plans, a future looked forward to
_THEIR_PLANS = re.compile(
    r"\b(?:(?:hes|shes|he is|she is|theyre|they are) (?:even |already )?|even |already )planning"
    r" (?:the|a|his|her"
    r"|their) (?:garden|trip|wedding|party|holiday|vacation|move|weekend|birthday|visit|meals?"
    r"|menu|future)(?=\s*(?:[.,;!]|$))"
)


# "the ketamine is helping": a change going on, which says the history is over only when the
# history is years back ("tried to hang myself last month ... the infusions are helping" is
# not)
_PAST_HELPING = re.compile(
    r"\b(?:ketamine|infusions?|treatments?|therapy|meds|medication|sessions|it) (?:is|s|are"
    r"|has been|have been|been) (?:really )?helping\b"
)
_YEARS_BACK = re.compile(
    r"\b(?:(?:19|20)\d\d|(?:years|decades) ago|back in|as a (?:kid|teen|teenager|child)|in (?:high"
    r" school|college)|when i was (?:young|a kid|a teen|\d+))\b"
)
_SECRET_KEPT = re.compile(r"\b(?:havent|have not|didnt|never) told (?:anyone|anybody|a soul)\b")
# "no plans to try that again", "would never do it again": an "again" denied
_AGAIN_DENIED = re.compile(
    r"\b(?:no (?:plans?|intention|intent|desire|wish)|not (?:going|planning|gonna)|never (?:going"
    r"|gonna)|would never|will never|wont ever|dont plan|do not plan)(?: \w+){0,3} (?:that|it)"
    r" again\b"
)


# "got my kids back", "got her back in my life": someone returned, not the wish
_GOT_SOMEONE_BACK = re.compile(
    r"\b(?:got|brought) (?:my|her|his|our|the) (?:\w+ )?(?:kids?|children|daughter|son|wife"
    r"|husband|family|job|licen[cs]e|dog|cat|life|health|custody|friends?|parents|house|truck"
    r"|car|smile|appetite|energy) back\b"
)


# Last night's sleep told beside the history, ending its clause: "... been solid since. slept 6
# hrs last night" is no sign the history is back ("slept at 2 last night after writing my note"
# and "tried again last night" still are).
_LAST_NIGHTS_SLEEP = re.compile(
    r"\b(?:slept|woke|asleep|napped)(?: (?:at|around|about|by|till|until|only|maybe|ok|okay|well"
    r"|badly|poorly|fine|good|bad|great|through|thru|\d+(?::\d\d)?|hrs?|hours?|am|pm|ish|a|few))*"
    r" last night(?=\s*(?:[.,;!]|$))"
    # ... or its hours alone: "... no thoughts like that. slept 6."
    r"|\b(?:slept|asleep) (?:about |around |maybe |only |like )?\d+(?:\.\d)?"
    r"(?: ?(?:hrs?|hours?|h))?"
    r"(?=\s*(?:[.,;!]|$))"
)


# Asking whether it could return is no sign it has: "only asking, can ketamine bring those
# feelings back?"
_ASKS_IF_IT_COULD_RETURN = re.compile(
    r"\b(?:can|could|will|would|might|may|does|do|is it possible)\b(?: \w+){0,5}? (?:bring|brings"
    r"|come|comes|coming|make)(?: \w+){0,3}? back\b[^.!?]*\?"
)


def history_resolved(text: str) -> bool:
    """The whole message a crisis told as history with a change since (_past_resolved)."""
    return _past_resolved(text, None, text)


def _past_resolved(sentence: str, m: re.Match[str] | None, text: str) -> bool:
    """A crisis told as history with a change since, and no sign it is back."""
    text = _AGAIN_DENIED.sub(" ", _THEIR_PLANS.sub(" ", _MILESTONE_TODAY.sub(" ", text)))
    text = _LAST_NIGHTS_SLEEP.sub(" ", _GOT_SOMEONE_BACK.sub(" ", text))
    text = _ASKS_IF_IT_COULD_RETURN.sub(" ", text)
    over = _PAST_OVER.search(text)
    if over is None and _YEARS_BACK.search(text) and not _SECRET_KEPT.search(text):
        over = _PAST_HELPING.search(text)
    return bool(
        over
        and _LONG_AGO.search(sentence)
        and not _fast(_PAST_BACK).search(text)
        and not _PAST_THEN_NOW.search(text, over.end())
    )


# (Not the year someone died: "talking to his brother who died in 2010" is now.)
_FEW_YEARS_AGO = re.compile(r"\b(?<!died )(?<!passed )(?<!away )in (?:19\d\d|20\d\d)\b")


def _year_before_now(sentence: str) -> bool:
    """'fainted at the sight of the needle in 2019': a year already over."""
    this_year = datetime.date.today().year
    return any(
        int(y.group(0)[3:]) < this_year for y in _FEW_YEARS_AGO.finditer(sentence)
    ) and not _fast(_BACK_AGAIN).search(sentence)


# "she was looked after and is home now": help given, and how they are after it
_LOOKED_AFTER_AND_WELL = (
    r"\b(?:she|he|they) (?:was|were) (?:looked after|seen|treated|checked (?:out|over)|patched"
    r" up|seen to)(?: \w+){0,3}? and (?:is|are|s) (?:now )?(?:home|back home|fine|ok|okay"
    r"|alright|better|doing well|stable)\b"
)
_OTHER_NOW_FINE = re.compile(
    r"\b(?:she|he|they|shes|hes|theyre|him|(?:the|that|this) (?:boy|girl|kid|child|baby|man|woman"
    r"|guy|lady|poor (?:kid|boy|girl|guy|thing)))(?: is| are| s)? (?!was |were |not )(?:\w+ )?"
    r"(?:home"
    r"|back home|fine|ok|okay"
    r"|alright|all right|better|doing well|stable|comfortable)(?: now)?\b(?! (?:but|except)\b)"
    r"|" + _LOOKED_AFTER_AND_WELL
)


_BREATH_WORD = re.compile(r"\b(?:breath\w*|breathe|air)\b")
# Someone else's emergency already in a clinician's hands, or met at work: "had a call at
# 0200, older guy with chest pain, we got him to albany med", "inmate had a seizure on my
# tier, medics handled it", "my mom is in the hospital with chest pain, theyre running
# tests". Someone in danger now, with no one yet helping, stays urgent.
_OTHERS_CARED_FOR = re.compile(
    r"\b(?:stable|medics|paramedics|ems|(?:in|at|to) (?:the )?(?:hospital|er|icu|a&e)"
    r"|(?:got|took|rushed|drove) (?:him|her|them) (?:in|to)|running tests|admitted|triage"
    r"|codes?|handled|(?:my|the|a|end of|after|on|during) (?:\w+ )?shift|on call (?:doc\w*|nurse)"
    r"|(?:had|ran|got|took|worked) (?:a|the|my|two|three|\w+) calls?|tier|handled it|took over"
    r"|ambulance bay|rotation|cath lab|protocol|stemi)\b"
)
# Help on its way is not help given: "my dad collapsed, ems on the way" stays urgent.
_STILL_IN_DANGER = re.compile(
    r"\b(?:(?:wont|cant|not|isnt|wasnt|hasnt|still not) (?:wake|waking|woken|answer\w*"
    r"|respond\w*|breath\w*)|unresponsive|still (?:seizing|fitting|shaking|jerking)"
    r"|what do i do|help|hurry|right now|on (?:the|its|their) way|waiting for|coming"
    r"|(?:ems|ambulance|medics|paramedics|911|fire department)(?: is| are| s)?"
    r" (?:en ?route|inbound)"
    # help still to be decided on ("do i take her to the er or call you?"), and a body not
    # yet come back ("now shes very drowsy")
    r"|(?:do|should|can) (?:i|we) (?:\w+ )?(?:take|bring|drive|rush) (?:him|her|them) (?:to|in)"
    r"|(?:do|should) (?:i|we) call (?:911|an ambulance|you|the clinic|someone)"
    r"|now (?:shes|hes|she is|he is|theyre|they are) (?:very |really |so |still )?(?:drowsy"
    r"|confused|out of it|groggy|not right|limp|floppy|unresponsive|not making sense)"
    r"|on the phone with|with 911|keeps asking|(?:its been|been) like this|since (?:he|she|they)"
    r" woke"
    # ("she is home now. she fainted again just now", "looks grey and sweaty again")
    r"|again|just now|(?:getting|got|is|now) worse|looks? (?:grey|gray|pale|blue|bad|awful)"
    r"|(?:is|s|went|gone|looks?|turning|turned) (?:\w+ )?(?:grey|gray|pale|white) as a"
    r" (?:sheet|ghost)|what do we do(?: now)?(?=\s*\??\s*$)"
    r"|sweaty|clammy|no pulse|(?:doing|giving|started|starting|on|still) cpr"
    r"|(?:barely|not) conscious|unconscious|(?:lips|face) (?:\w+ )?blue"
    r"|(?:hasnt|has not|havent) (?:come round|come to|woken|woke)"
    r"|(?:not|isnt|arent) doing (?:well|good|great)"
    r"|critical|intubated|ventilator|(?:driving|taking|rushing) (?:him|her|them) to"
    r"|not (?:ok|okay|fine|right|breathing|waking))\b"
)


# Help called for someone else, who has it now: "ambulance came and he is stable now in
# hospital", "i called 911 ... the medics took him, hes gonna be fine". (The writer's own
# symptoms are other rules' matches, and stay.)
_HELP_CALLED = re.compile(
    r"\b(?:ambulance|911|999|paramedics?|medics|ems)\b"
    # "we went to the ER and he is fine now"
    r"|\b(?:went|we went|took (?:him|her|them)|rushed (?:him|her|them)|drove (?:him|her|them)"
    r"|brought (?:him|her|them)) to (?:the )?(?:er|emergency room|hospital|urgent care|a&e)\b"
)
_HELP_REACHED_ANOTHER = re.compile(
    r"\b(?:took|takes|taking|got|brought|carried|transported|airlifted) (?:him|her) (?:in|to"
    r"|away|off)\b|\b(?:he|she)(?:s| is| was)? (?:\w+ ){0,2}(?:stable|fine|okay|ok|alright"
    r"|in (?:the )?hospital"
    r"|(?:gonna|going to) be (?:fine|ok|okay|alright)|home now|back home"
    r"|home from (?:the )?hospital|doing (?:alright|ok|okay|well|fine|better)|in good spirits"
    r"|recovering)\b"
    r"|"
    + _LOOKED_AFTER_AND_WELL
    # a stranger's crash with help already there
    + r"|\b(?:ambulances?|ems|medics|paramedics|cops|police|troopers|fire (?:trucks?|crews?))"
    r" (?:(?:and|&) \w+ )?(?:(?:was|were|is|are) )?already (?:there|on (?:the )?scene)\b"
    # "the ambulance came ... both are fine and home now" (a mother and her baby)
    r"|\b(?:both|they|all|everyone|mom and baby)(?: are| were|re)? (?:(?!not |never )\w+ )?"
    r"(?:fine|ok|okay|well|home now|doing (?:well|fine|great))\b"
)
# ... and the writer's own trouble beside it: "the kids are fine. i called the ambulance for
# me", "ambulance took my dad, hes stable. my left arm is numb"
_HELP_FOR_ME = re.compile(
    r"\b(?:for me|for myself|taking me|took me|im calling|i need|my (?:heart|chest|arm|face"
    r"|head|breath\w*|pulse|left|right)|i (?:feel|have|dont feel|think im|am having)"
    # (not the night after it: "i could not sleep well that night thinking about it")
    r"|i (?:cant|couldnt|could not|can not)(?! (?:\w+ )?(?:sleep|get (?:back )?to sleep|stop"
    r" thinking|settle))"
    r"|im (?:having|not ok|not okay|not alright|scared|shaking)"
    # ("he is fine now. crushing chest pain here since", "meanwhile had a seizure")
    r"|here since|since (?:this morning|last night|then|yesterday)|meanwhile"
    r"|i had (?:a|chest|trouble|my own|an)\b"
    r"|short of breath|trouble breathing|crushing)\b"
)


# The match is the other person, where the help took them: "hes in the hospital and stable"
_THEY_ARE_IN_CARE = re.compile(r"(?:hes|shes|he is|she is|theyre|they are)\b")


def help_came_for_another(text: str) -> bool:
    """An ambulance or 911 told for someone else, who has the help now ("ambulance came and
    he is stable now in hospital"), and nothing of the writer's own trouble."""
    return bool(
        _HELP_CALLED.search(text)
        and _HELP_REACHED_ANOTHER.search(text)
        and not _STILL_IN_DANGER.search(text)
        and not _HELP_FOR_ME.search(text)
    )


def where_help_came_for_another(text: str) -> list[tuple[int, int]]:
    """Where `text` tells of the help called and of the other person who has it now."""
    return [
        m.span()
        for pattern in (_HELP_CALLED, _HELP_REACHED_ANOTHER, _OTHER_NOW_FINE)
        for m in pattern.finditer(text)
    ]


# Someone else's crisis, met and made safe: "had a pt tonight who said he wanted to kill
# himself, got him to the er and hes safe", "my friend said she wanted to die... shes with
# her mom now, safe". Someone still in danger, or not yet reached, stays a crisis.
_OTHERS_MADE_SAFE = re.compile(
    r"\b(?:(?:he|she|they)(?:s| is| are| was| were)? (?:\w+ )?(?:safe|stable|okay|ok|alright"
    r"|in good hands)|safe now|now,? safe\s*(?:[.!,;]|$)|got (?:him|her|them) (?:to|into)"
    r" (?:the )?(?:er|hospital|help|a bed|crisis)|got (?:him|her|them) (?:straight )?(?:back )?to"
    r" (?:the )?(?:psych|crisis|er|hospital|help)|psych (?:came|saw|evaluated|consulted|team)"
    r"|(?:saw|seen|evaluated|assessed) (?:him|her|them)|cut (?:him|her|them) down"
    r"|cut down (?:an? |the |my )?(?:inmate|patient|pt|resident|guy|man|woman|kid)\b"
    r"|(?:medical|medics|ems|ambulance|nurses?) (?:took|has|have|got) (?:him|her|them)"
    r"|(?:and|now|hes|shes|theyre|he is|she is|they are) (?:\w+ )?stable"
    r"|narcan (?:\w+ )?brought (?:him|her|them) back|brought (?:him|her|them) back"
    r"|(?:shes|hes|theyre|she is|he is|they are) (?:\w+ )?(?:inpatient|in treatment|doing"
    r" (?:way |much |a lot )?better)"
    # "he is in hospital and safe"
    r"|(?:shes|hes|theyre|she is|he is|they are) (?:in (?:the )?(?:hospital|er|icu|psych|ward)"
    r"|admitted|with (?:his|her|their) (?:family|mom|dad|parents|wife|husband)),? and (?:\w+ )?"
    r"(?:safe|stable))"
)
_OTHERS_STILL_AT_RISK = re.compile(
    r"\b(?:still(?! shook| shaken| rattled| thinking about it| on my mind)|again|keeps?|wont"
    r"|isnt (?:answering|picking up|safe)|not (?:answering|safe)"
    r"|cant (?:reach|find|get hold)|has (?:a|the|his|her) (?:gun|knife|pills|rope)|right now"
    r"|tonight|what do i do|what should i do|help|worried|scared)\b"
)
# A question someone else put to the writer, who passed it on: "pt asked me how much tylenol
# it takes to kill someone. referred her to her doctor and the crisis line".
_ASKED_BY_OTHER = re.compile(
    r"\b(?:(?:(?:a|the|my|one|our) (?:\w+ )?)?(?:pts?|patients?|customers?|clients?|residents?"
    r"|regulars?|guy|man|woman|lady|kid|student|caller)|someone|somebody|he|she|they)"
    r" (?:\w+ )?asked (?:me|us)(?: today| tonight| earlier| again| once)?\b"
)
_QUESTION_PASSED_ON = re.compile(
    r"\b(?:referred|sent|pointed|directed|gave) (?:him|her|them) (?:to|on|the)|called (?:the )?"
    r"(?:crisis|poison|988)|(?:told|asked) (?:him|her|them) to (?:call|see|ask|talk)\b"
)


def _question_passed_on(sentence: str, m: re.Match[str], text: str) -> bool:
    return bool(
        _ASKED_BY_OTHER.search(_prefix(sentence, m))
        and _fast(_QUESTION_PASSED_ON).search(text)
        and not _SELF_IN_MATCH.search(m.group(0))
    )


_OTHER_IN_MATCH = re.compile(
    r"\b(?:himself|herself|themselves|themself|(?:his|her|their) own li(?:fe|ves))\b"
)


def _others_crisis_made_safe(sentence: str, m: re.Match[str], text: str) -> bool:
    if _SELF_IN_MATCH.search(m.group(0)):
        return False
    if not (_OTHER_IN_MATCH.search(m.group(0)) or _other_subject(sentence, m)):
        return False
    start = text.find(sentence)
    told = text[start + m.start() :] if start >= 0 else text  # what is said from the match on
    return bool(_OTHERS_MADE_SAFE.search(told) and not _OTHERS_STILL_AT_RISK.search(told))


# A song on repeat in the head: "johnny cash hurt, i hurt myself today on loop, terrible
# earworm". Words of one's own beside it ("i want to", "tonight") keep the alert.
_ON_LOOP = re.compile(
    r"\b(?:on (?:loop|repeat)|earworm|stuck in my head|lyrics?|the (?:line|chorus|verse)"
    r" (?:from|in|of)|singing along|sang along|karaoke)\b"
)
_OWN_WORDS_TOO = re.compile(
    r"\b(?:i (?:want|wanna|will|might|am going|keep thinking|mean it)|im going to|tonight"
    r"|for real|not (?:joking|kidding)|actually|relate)\b"
)


_SUNG = re.compile(
    r"\b(?:says?|sings?|sang|goes|went|singing|line|lyrics?|chorus)\s+(?:\w+\s+){0,3}$"
)
_SAME_HERE = re.compile(r"\b(?:same|relate|me too|mood|felt that|honestly)\b")


def _everyday_word_crisis(sentence: str, m: re.Match[str]) -> bool:
    """Crisis words that the sentence shows are everyday: an overdose of meetings, a chore
    threatened, a wish to live, someone else's "if", a case at work, a sprint drill, a fright
    or a game lived through."""
    prefix = _prefix(sentence, m)
    if _SPRINT_DRILL.search(sentence) and "suicide" in m.group(0):
        return True
    if _EVERYONE_DIES.search(sentence) and _JOKE_MARKER.search(sentence):
        return True
    if _MISTYPED.search(sentence):
        return True
    if "overdos" in m.group(0) and _NOT_BY_ACCIDENT.search(prefix):
        return True
    if _LIVED_THROUGH.search(sentence):
        return True
    if _ONE_MORE_THEN_DIE.search(sentence) and _JOKE_MARKER.search(sentence):
        return True
    if _EVERYDAY_OVERDOSE.search(sentence) and "overdos" in m.group(0):
        return True
    if _CHORE_THREAT.search(sentence) and not _SELF_IN_MATCH.search(m.group(0)):
        return True
    wished = m.group(0).startswith("want") and _NOT_WISHED.search(prefix)
    if wished or (m.group(0) in ("die", "be dead") and _NOT_WISHED_TO.search(prefix)):
        return not _WISH_BUT.search(sentence[m.end() :])
    if _fast(_QUOTED_IF).search(prefix):
        return True
    return bool(
        _CASE_AT_WORK.search(sentence)
        and not _SELF_IN_MATCH.search(m.group(0))
        and not _CASE_OWN.search(sentence)
    )


def _lyric_on_loop(sentence: str, m: re.Match[str]) -> bool:
    if not _ON_LOOP.search(sentence):
        return False
    if _SUNG.search(_prefix(sentence, m)):  # the song's words, whatever their person
        return not _SAME_HERE.search(sentence)
    return not _OWN_WORDS_TOO.search(sentence)


# "ocd decided every headache is a brain tumor and im dying": a fear of illness, not a wish.
_ILLNESS_FEARED = re.compile(
    r"\b(?:tumou?r|cancer|aneurysm|heart attack|stroke|disease|als|ms|leukemia)\b"
)
_WORRY_SOURCE = re.compile(
    r"\b(?:ocd|health anxiety|hypochondri\w*|googl\w*|webmd|dr google|convinced|worr\w*"
    r"|anxiety|symptom checker)\b"
)


def _health_worry(sentence: str, m: re.Match[str]) -> bool:
    return (
        "dying" in m.group(0)
        and bool(_ILLNESS_FEARED.search(sentence))
        and bool(_WORRY_SOURCE.search(sentence))
    )


# "hes been yelling everyone is going to DIE with the lava lol": a game, a child's shout.
_EVERYONE_DIES = re.compile(r"\beveryone (?:is |s )?(?:going to|gonna) die\b")
# "my phone typed i want to die when i said i want to dye my hair": a word misheard.
_MISTYPED = re.compile(
    r"\b(?:my phone (?:typed|wrote|changed)|autocorrect\w*|voice to text|dictation)\b[^.!?]*"
    r"\b(?:when i (?:said|meant)|i meant|meant to (?:say|type))\b"
)
# "i dont want to accidentally overdose or anything": a caution.
_NOT_BY_ACCIDENT = re.compile(r"\b(?:dont|do not|wouldnt) want to (?:accidentally )?$")
# "ran suicides with the jv team": a sprint drill.
_SPRINT_DRILL = re.compile(
    r"\b(?:ran|run|running|runs|do|did|doing|made us do|coach \w+) suicides\b"
    r"|\bsuicides? (?:drills?|sprints?|runs?|at practice)\b"
)
# "thought i was gonna die on that last climb", "i wanted to die watching it lol": a fright or
# a game lived through, not a wish.
_LIVED_THROUGH = re.compile(
    r"\bthought i was (?:gonna|going to|about to) die\b|\b(?:wanted|want) to die (?:watching"
    r"|reading|hearing|seeing|listening)\b(?=[^.!?]*\b(?:lol|lmao|haha\w*|😂|🤣)|[^.!?]*"
    r"\b(?:game|team|defen[cs]e|match|score|lost|show|episode)\b)"
)
# "if i have to fill out one more consent form im gonna die lol"
_ONE_MORE_THEN_DIE = re.compile(
    r"\bif i (?:have to|hear|see|get|do|read) (?:\w+ ){0,3}(?:one more|another)\b[^.!?]*\b(?:gonna"
    r"|going to|will|ill) die\b"
)
# "killed myself with my own grenade 3 times 💀": a death in a game.
_GAME_SELF_KILL = re.compile(
    r"\b(?:killed|kill|killing) myself (?:with|by|on|in) (?:my own |a |an |the )?(?:grenade|rocket"
    r"|c4|tnt|fall damage|lava|creeper|bomb|spell|trap|explosive)s?\b"
)
# "the traffic will kill him", "i could kill someone with a hug", "a suicide mission":
# figures with kill and suicide in them.
_KILL_FIGURE = re.compile(
    r"\bsuicide grip\b"
    # a workout: "absolutely killed myself on the intervals today"
    r"|\bkilled myself (?:on|at|in|during|with) (?:the |my |those |these |that |this )?"
    r"(?:\w+ )?(?:intervals|workout|run|ride|gym|hills?|climbs?|sprints?|training|track|bike"
    r"|squats|leg day|reps|sets?|spin class|class|treadmill|rowing|erg|stairs|laps)\b"
    r"|\b(?:the )?(?:traffic|heat|commute|boss|job|work|wait|line|kids|cold|humidity|stairs|rent"
    r"|prices?|drive|hill) (?:will|is going to|gonna|would|could) kill (?:me|him|her|us|them)\b"
    r"|\bkill (?:\w+ ){0,2}with (?:a hug|hugs|kindness|love|a smile|joy)\b"
    r"|\bsuicide (?:mission|run|squeeze|doors?|kings?|knob|lane|seat|drills?)\b"
)
# "had to kill them myself" of lobsters: food, pests and plants.
_KILL_FOOD = re.compile(
    r"\b(?:lobsters?|crabs?|chickens?|fish|turkeys?|trout|mice|bugs|spiders|wasps|weeds|plants"
    r"|recipe|dinner)\b"
)
# "the overdose scare with my daughter was back in august. shes been safe since"
_OTHERS_SCARE = re.compile(
    r"\b(?:overdose|suicide|od)s? (?:scare|attempt|episode) (?:with|of|by) (?:my|our|his|her) \w+"
)
# "my brother in law says newborn life makes him want to walk into the sea lol"
_DESPAIR_NEAR_THE_JOKE = re.compile(
    r"\b(?:pointless|hopeless|no point|worthless|cant go on|cant do this|give up|giving up"
    r"|burden|better off|no reason|nothing matters|want it to end|over it all)\b"
)
_THE_BOT_ONE_MORE_TIME = re.compile(
    r"\bif (?:this|the|that|you|u) (?:stupid |dumb |damn |darn )?(?:bot|app|thing|reminder|robot"
    r"|diary)\b[^.!?]{0,60}\b(?:one more time|again|once more|another time)\b"
)
_MAKES_OTHER_WANT = re.compile(r"\bmakes? (?:him|her|them) want to $")
# "an overdose of meetings today lol": too much of an ordinary thing.
_EVERYDAY_OVERDOSE = re.compile(
    r"\boverdos\w* (?:of|on) (?:\w+ )?(?:meetings?|work|emails?|sugar|candy|chocolate|caffeine"
    r"|coffee|tv|netflix|love|fun|drama|cuteness|sun|news|cheese|carbs|screen time|zoom|calls"
    r"|paperwork|kids|family|holiday|christmas|turkey|pie|sleep|naps?|exercise|cardio|homework"
    r"|studying|exams?)\b"
)
# "i told my grandson if he doesnt clean his room ill kill him": a chore, threatened.
_CHORE_THREAT = re.compile(
    r"\bif (?:he|she|they|you|u) (?:doesnt|dont|do not|does not|wont|will not|doesn t|dont)"
    r" (?:\w+ ){0,2}?(?:clean|tidy|do|finish|stop|eat|pick up|put|take out|get|wash|turn off"
    r"|feed|walk|make|empty|mow|call)\b"
)
# "i dont want to die yet, i want to see my great grandson graduate": a wish to live.
_NOT_WISHING = r"\b(?:i )?(?:dont|do not|never|no longer|didnt) (?:really |ever )?"
_NOT_WISHED = re.compile(_NOT_WISHING + "$")  # before "want to die"
_NOT_WISHED_TO = re.compile(_NOT_WISHING + "want(?:ed)? to $")  # before "die"
_WISH_BUT = re.compile(
    r"\b(?:but|just want (?:it|the pain|this|everything) to (?:stop|end)|cant (?:go on|keep"
    r"|take|do this)|tired|anymore|any more)\b"
)
# Someone else's words with an "if": "my client literally said if this balayage comes out
# orange im gonna kill myself".
_QUOTED_IF = re.compile(
    r"\b(?:(?:my |a |the |this )?(?:clients?|customers?|patients?|pts?|coworkers?|boss|friends?"
    r"|sister|brother|mom|mum|dad|wife|husband|kids?|son|daughter|guy|lady|girl|woman|man)"
    r"|he|she|they)(?: \w+){0,3} (?:literally )?(?:said|says|goes|went|was like|texted|told me)"
    r"(?: \w+){0,2} if\b[^.!?]*$"
    r"|\b(?:my |a |the )?(?:bestie|bff|friend|buddy|sister|brother|roommate|coworker|wife|husband"
    r"|boyfriend|girlfriend|bf|gf|kid|son|daughter)(?: \w+){0,2} (?:literally )?(?:said|says"
    r"|goes|went|texted)(?: i(?: \w+){0,3})?\s*$"
)
# "blacked out for like a sec during a choke in practice yesterday, the trainer checked me
# out": a choke in sport, over.
_SPORT_CHOKE = re.compile(
    r"\b(?:choke|choked|chokehold|sparring|rolling|bjj|jiu ?jitsu|wrestl\w*|judo|mma|tapped)\b"
)
# "we had a suicide case come in today": someone else's, met at work.
_CASE_AT_WORK = re.compile(
    r"\b(?:suicide|overdose|od|self harm|attempt)s? (?:case|call|patient|pt|victim|admission)s?"
    r"\b|\ban? (?:suicide|overdose|od) (?:came|come|coming|brought) (?:in|thru|through)\b"
    r"|\bsuicide watch\b"
)


# "ive run enough overdose calls to know how to do one right": the work, turned on oneself.
_CASE_OWN = re.compile(
    r"\b(?:know how|how to do|do (?:it|one|that) right|myself|i (?:want|wanna|could|would|might"
    r"|will|keep))\b"
)


# "i passed out!!! i mean i PASSED my organic chem final"
_PASSED_AN_EXAM = re.compile(
    r"\bi mean i passed (?:my |the |an? )?(?:\w+ ){0,3}(?:exam|final|test|class|course|quiz"
    r"|boards|midterm)s?\b"
)
# "ran 14 calls, 2 ods, 1 chest pain, 1 seizure": a tally of a shift's calls.
_CALL_TALLY = re.compile(
    r"\b(?:ran|had|took|did|worked|answered) \d+ (?:calls|runs|jobs)\b|\b(?:worked|pulled|did)"
    r" (?:a|my|another) (?:double|shift|overnight)\b"
)
_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|several|a couple of) $")


def _on_a_call_tally(sentence: str, m: re.Match[str]) -> bool:
    return bool(_CALL_TALLY.search(sentence) and _COUNTED.search(_prefix(sentence, m)))


# "grief can feel like drowning... my head is above water today"
_DROWNING_FIGURE = re.compile(
    r"\b(?:grief|it|this|work|life|everything|sadness|depression) (?:can |could )?feels? like"
    r" drowning\b|\bdrowning in (?:work|paperwork|laundry|emails?|debt|grief|homework|bills"
    r"|deadlines)\b"
)


# "heard more chest pain pages than i ever want to", "chest pain guy, stroke lady": calls and
# patients named by what brought them in.
_PAGED = re.compile(
    r"\s*(?:pages?|alerts?|codes? called|overhead|guy|lady|man|woman|patient|pt|kid|dude|call"
    r"|case)s?\b"
)


# A reading taken of someone else: "bp was 184/118 on the pt i transported, not me lol".
_READING_OF_OTHER = re.compile(
    r"^\W*(?:on|of|for|from) (?:the|a|an|my|one|our|this|that) (?:\w+ )?(?:pts?|patients?"
    r"|clients?|residents?|inmates?|guy|man|woman|lady|gentleman|person|customer|passenger)\b"
)


# "teammate from high school passed last week, overdose": the cause told after the death
_DEATH_THEN_ITS_CAUSE = re.compile(
    r"\b(?<!\bi )(?<!almost )(?<!nearly )(?:died|passed(?: away)?)"
    r"(?: (?:last|this) \w+| (?:on )?\w+day| yesterday| in \w+)?[,:-]+ (?:an? )?$"
)
_A_CAUSE_OF_DEATH = re.compile(r"(?:an? )?(?:overdose|od|suicide)$")


def _cause_of_anothers_death(sentence: str, m: re.Match[str]) -> bool:
    return bool(
        _A_CAUSE_OF_DEATH.match(m.group(0)) and _DEATH_THEN_ITS_CAUSE.search(sentence, 0, m.start())
    )


# "paged 0230 for a chest pain admit (the pt's, not mine lol)": a clinician's case
_CASE_OF_BEFORE = re.compile(r"\b(?:for|with|re|about|saw|had|got) an? (?:\w+ )?$")
_CASE_AFTER = re.compile(
    r"\s*(?:admit\w*|admission|consult|pt|patient|case)\b"
    # ("chest pain that is not mine to ignore" is the writer's)
    r"|\W*(?:\w+\W+){0,3}(?:not mine|isnt mine|wasnt mine)(?=\s*(?:[).,;!]|lol\b|$))"
)


def _a_clinicians_case(sentence: str, m: re.Match[str]) -> bool:
    return bool(_CASE_AFTER.match(sentence, m.end())) and (
        _CASE_OF_BEFORE.search(sentence, 0, m.start()) is not None
        or "mine" in sentence[m.end() : m.end() + 40]
    )


# A history told for the file, with nothing of it now: "For the record: one suicide attempt,
# 2015. No ideation since.", "allergic reaction to shellfish last year, just updating her file.
# No issues after any of her infusions", "chest pain sunday ... ekg clean, pulled muscle. just
# so its on file"
_ON_RECORD = re.compile(
    r"\b(?:for the record|on file|for (?:your|the|her|his|my) (?:file|files|records?|chart)"
    r"|updating (?:her|his|my|the|your) (?:file|records?|chart|history)|(?:in|on) my (?:history"
    r"|chart|records?|file)|intake (?:form )?(?:lists|says|has|shows)|(?:medical|past) history"
    r"|history of)\b"
)
_NOTHING_OF_IT_NOW = re.compile(
    r"\b(?:no (?:ideation|thoughts|urges|issues|problems|episodes|symptoms|trouble|attempts"
    r"|recurrence)(?: \w+){0,4}? (?:since|now|after|with)|nothing (?:current|since|now|recent)"
    r"|old news|all clear|cleared me|(?:ekg|ecg|tests?|scans?|bloods?|workup) (?:\w+ )?(?:clean"
    r"|clear|normal|fine)|long (?:ago|behind me)|back to (?:normal|herself|himself|myself))\b"
)

_GOING_ON_NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|rn|this morning|this evening|since last night)\b"
)


def _told_for_the_record(text: str) -> bool:
    """The message tells a history for the file, with nothing of it now or back again."""
    return bool(
        _ON_RECORD.search(text)
        and _NOTHING_OF_IT_NOW.search(text)
        and not _fast(_PAST_BACK).search(text)
        and not _GOING_ON_NOW.search(text)
    )


# Someone who frets while the writer is out: "he gets anxious when im gone" (not "everyone
# will be fine when im gone")
_FRETS_WHILE_AWAY = re.compile(
    r"\b(?:anxious|nervous|worried|upset|lonely|cries|cry|whines|barks|misses me|panics?"
    r"|freaks? out|clingy|stressed|scared|acts up|bored)(?: \w+){0,2}? (?:when|while|whenever)? ?$"
)


def _context_veto(level: str, sentence: str, m: re.Match[str], text: str) -> bool:
    """True when the words around a match show it is not the writer's danger now."""
    # This runs for every candidate match of both layers; its long patterns are asked
    # through _fast (needed.py), which finds the same matches without trying the whole
    # alternation at every word.
    if _media_story(sentence, m) or _idiom(sentence, m) or _dream_told(sentence, m):
        return True
    if _a_clinicians_case(sentence, m):
        return True
    if _told_for_the_record(text):
        return True
    if level == "crisis":
        if _fast(_REPORTED_DEATH).search(sentence) or _recovery_milestone(sentence, text):
            return True
        if m.group(0).endswith("im gone") and _FRETS_WHILE_AWAY.search(_prefix(sentence, m)):
            return True  # "he gets anxious when im gone": the writer out, not dead
        if _cause_of_anothers_death(sentence, m):
            return True
        if _leisure_leap(sentence, m) or _dose_heeded(sentence, m, text):
            return True
        if _wish_outgrown(sentence, m, text) or _past_resolved(sentence, m, text):
            return True
        if _denied_crisis(sentence, m, text) or _others_terminal(sentence, m, text):
            return True
        if _everyday_crisis_word(sentence, m) or _recovered_since(sentence, text):
            return True
        if _others_joke(sentence, m) or _pet_attack(sentence, text):
            return True
        if _old_me(sentence, m) or _plan_asked_while_well(text):
            return True
        if _others_crisis_made_safe(sentence, m, text) or _lyric_on_loop(sentence, m):
            return True
        if _question_passed_on(sentence, m, text) or _health_worry(sentence, m):
            return True
        if _everyday_word_crisis(sentence, m):
            return True
        if _DROWNING_FIGURE.search(sentence) and "drown" in m.group(0):
            return True
        if _GAME_SELF_KILL.search(sentence) or _fast(_KILL_FIGURE).search(sentence):
            return True
        if _on_a_call_tally(sentence, m):
            return True
        if _KILL_FOOD.search(sentence) and re.search(r"\bkill (?:them|it)\b", m.group(0)):
            return True
        if _OTHERS_SCARE.search(sentence) and _fast(_OTHERS_MADE_SAFE).search(text):
            return True
        if _MAKES_OTHER_WANT.search(_prefix(sentence, m)) and _JOKE_MARKER.search(sentence):
            return True
        if (
            _THE_BOT_ONE_MORE_TIME.search(_prefix(sentence, m))
            and _JOKE_MARKER.search(text)
            and not _DESPAIR_NEAR_THE_JOKE.search(text)
        ):
            return True  # "if this bot asks me one more time im walking into the sea. jk"
        if _label_read(sentence) or _accused(sentence, m):
            return True
        if _joke_self_idiom(sentence, m) or _ate_too_much(sentence, m):
            return True
        if (
            _RATHER_DIE_LAUGHING.search(sentence)
            or ("rather die" in sentence and _LAUGHED_IT_OFF.match(_rest_of(text, sentence)))
        ) and not _NO_JOKE.search(text):
            return True
        if _fast(_FIGURATIVE).search(sentence) and not _SELF_HARM_WORDS.search(sentence):
            return True
        return _others_past(sentence, m) or _harm_hyperbole(sentence)
    if _animal_subject(sentence, m) or _REACTION_FIGURE.search(sentence):
        return True
    if _screened_no(sentence, m, text) or _year_before_now(sentence):
        return True
    if _READING_OF_OTHER.search(_after(sentence, m)):
        return True
    if _PASSED_AN_EXAM.search(text) or _on_a_call_tally(sentence, m):
        return True
    if _PAGED.match(_after(sentence, m)):
        return True
    if _SPORT_CHOKE.search(sentence) and over_by_the_end(text, 0, episodes=True):
        return True
    if _OTHERS_LONG_AGO.search(sentence) and _other_subject(sentence, m):
        return not _NOW_AGAIN.search(sentence)
    if _fast(_URGENT_NOT_NOW).search(sentence) and not _fast(_BACK_AGAIN).search(sentence):
        return True
    if _past_and_settled(sentence) or _strangers_event(sentence, m):
        return True
    if _passed_since(sentence, m, text):
        return True
    if _other_subject(sentence, m) and _OTHER_NOW_FINE.search(text):
        # "my mom fainted at church yesterday ... she's home now and fine" (not "... she
        # fainted again just now")
        return not _STILL_IN_DANGER.search(text)
    if (_other_subject(sentence, m) or _OPENS_WITH_ANOTHER.match(m.group(0))) and _fast(
        _OTHERS_CARED_FOR
    ).search(text):
        # (a match that opens with the other person: "he is in hospital and safe")
        return not _STILL_IN_DANGER.search(text)
    if (
        _HELP_CALLED.search(m.group(0))
        or _THEY_ARE_IN_CARE.match(m.group(0))
        # ("dishwasher passed out from the heat, we called 911, hes ok now": whoever it was,
        # it was not the writer, in the sentence that tells of the help)
        or (not _SELF_PRONOUN.search(_prefix(sentence, m)) and _HELP_CALLED.search(sentence))
    ) and help_came_for_another(text):
        return True
    return bool(
        _BREATH_WORD.search(m.group(0))
        and _fast(_EXERTION).search(sentence)
        and not _AT_REST.search(sentence)
    )

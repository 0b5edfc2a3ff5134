"""Side effects: which ones (bot.entry.SIDE_EFFECT_NAMES), how bad, or explicitly none.

Severity follows PRO-CTCAE words: "a bit dizzy" mild, "quite dizzy" moderate, "severe
nausea" / "couldn't function" severe; null when the patient does not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.entry import SIDE_EFFECT_NAMES
from bot.safety.vocabulary import passed_out_asleep
from bot.understanding.cues import writes_for_the_patient
from bot.understanding.intent import Reading
from bot.understanding.prefilter import Gate, Probe, met_among
from bot.understanding.text import Text
from bot.understanding.times import Mentions

_F = re.ASCII

# Order matters: an earlier name keeps the words it matched ("felt like throwing up" is
# nausea, not vomiting; "trippy dreams" vivid dreams, not dissociation).
_LEXICON: list[tuple[str, str]] = [
    (
        "vivid_dreams",
        # "dreams SO weird like a movie": the dream was like a film, not the waking world
        # (a comma only just before "like": "dreams were fine, the evening felt like a movie")
        r"(?:(?!(?:no|not|never)\b)\w+\s+)?(?<!\bno\s)(?<!\bnot\s)dreams?,?\s+"
        r"(?:[^\s.!?;,]+\s+){0,6}?(?:[^\s.!?;,]+,\s+)?like\s+(?:in\s+)?an?\s+(?:movie|film)\b"
        r"|(?:vivid|strange|weird|crazy|intense|bizarre|odd|wild|bad|scary|disturbing|trippy"
        r"|horrible|terrible|awful|freaky|realistic|lucid|messed[- ]up|insane|unsettling"
        r"|interesting|nightmarish|creepy|dark|weirdest|craziest|strangest|mad|mental|wacky|vivid\w*)"
        r"\s+(?:\w+\s+)?dreams?\b"
        r"|\bdreams?\s+(?:(?!(?:not|never|no|nothing)\b|\w+n'?t\b)[^\s.!?;,]+\s+){0,4}?(?:vivid"
        r"|strange"
        r"|weird|crazy|intense|bizarre|odd|wild"
        r"|scary|disturbing|trippy|so\s+real|lucid|bad|awful|horrible|terrible|unsettling"
        r"|creepy|freaky|realistic)\b|nightmares?|night\s+terrors?|vivid\s+af"
        r"|dreaming\s+(?:a\s+lot|loads|heaps|all\s+night|like\s+crazy)|(?:lots|loads)\s+of\s+dreams"
        r"|vivid\w*"
        r"|dream(?:t|ed)\s+(?:[\w',]+\s+){0,10}?(?:(?:so|super|really|very|pretty)\s+)?"
        r"(?:weird|strange|crazy|bizarre|vivid|intense|scary|disturbing|freaky|creepy|so\s+real"
        r"|realistic|messed[- ]up|wild|unsettling)\b",
    ),
    (
        "blurred_vision",
        r"blurr?(?:y|ed|iness|ing)\b|double\s+vision|diplopia|(?:see|seeing|sees|saw|seen)\s+double"
        # (not "seen double the wakings", "double digits", "double rainbows")
        r"(?!\s+(?:the\s+(?:number|amount|wakings|dose|price)|digits?|rainbows?|figures|numbers"
        r"|shifts?)\b)"
        r"|vision\s+(?:\w+\s+){0,2}?"
        r"(?:blurry|blur|fuzzy|off|weird|funny|strange|hazy|wonky|doubled|went\s+\w+)"
        r"|(?:fuzzy|hazy|wonky|weird|funny|strange)\s+vision"
        r"|(?:couldn'?t|could\s+not|can'?t|cannot)\s+see\s+(?:straight|properly|clearly)"
        r"|eyes\s+(?:\w+\s+){0,2}?(?:blurry|unfocused|wouldn'?t\s+focus|couldn'?t\s+focus|not\s+focusing)"
        r"|(?<=out\sof\s)focus\b|unfocused\b|seeing\s+(?:two\s+of\s+everything|everything\s+twice)"
        r"|(?<=looked\s)doubled?\b|vision\s+(?:was\s+|is\s+)?(?:not\s+clear|unclear|cloudy|clouded)"
        r"|vision\s+(?:was\s+|is\s+|went\s+)?(?:(?:kind|sort)\s+of\s+|kinda\s+|a\s+bit\s+)?double\b"
        # "the numbers are double, I see two of each"
        r"|(?:see|saw|seeing|sees)\s+two\s+of\s+(?:each|everything|them)"
        r"|(?:numbers|letters|words|lines|things|everything)\s+(?:were|are|was|is|look(?:ed)?)"
        r"\s+double\b",
    ),
    (
        "elevated_heart_rate",
        r"heart\s+felt\s+(?:as\s+(?:though|if)|like)\s+it\s+(?:was|were)\s+(?:racing|pounding)"
        # "heart felt kinda racing during warmup"
        r"|heart\s+felt\s+(?:\w+\s+)?(?:racing|pounding|fast|fluttery|jumpy)"
        # ("the ol ticker poundin": the heart by its nickname)
        r"|(?:heart|ticker)(?:'?s)?\s+(?:was\s+|is\s+|kept\s+|started\s+|has\s+been\s+|been\s+"
        r"|won'?t\s+stop\s+|wouldn'?t\s+stop\s+|keeps\s+)?(?:\w+\s+)?"
        r"(?:racing|raced|racin'?|pounding|pounded|poundin'?"
        r"|(?:it\s+)?(?:beating|beat|beats)\s+(?:really\s+|so\s+|very\s+)?(?:fast|hard|quickly)"
        r"|thumping|thudding|flutter(?:ing|ed|s)"
        # ("heart fast", "ticker so fast"; not "heart calmed fast", "heart wasnt fast")
        r"|fast\b(?:(?<=heart\sfast)|(?<=ticker\sfast)|(?<=hearts\sfast)|(?<=was\sfast)"
        r"|(?<=is\sfast)|(?<=so\sfast)|(?<=too\sfast)|(?<=very\sfast)|(?<=really\sfast))"
        r"(?!\s+asleep)"
        r"|going\s+(?:crazy|mad|a\s+mile\s+a\s+minute|(?:a\s+(?:little|bit)\s+)?fast)|hammering"
        r"|skipping\s+beats|going\s+nuts)"
        r"|(?:racing|pounding|rapid|fast|flutter(?:ing|y)?|thumping|hammering|skippy)\s+(?:heart"
        r"|heartbeat"
        r"|heart\s*beat|pulse)|palpitations?|tachycardi\w*"
        # "a little chest flutter during the session", "fluttering in my chest"
        r"|(?:chest|heart)\s+flutter\w*|flutter\w*\s+in\s+(?:my\s+|the\s+)?chest"
        # a log's "hr: 104 bpm at 21:30, racing"
        r"|(?<![a-z])hr\s*:\s*[0-9]{2,3}\b[^.;\n]{0,30}?\bracing"
        r"|(?:heart\s*rate|pulse)\s+(?:\w+,?\s+){0,2}?(?:high|up|elevated|fast|racing"
        r"|through\s+the\s+roof|over\s+1[0-9]{2})|\bhr\s+(?:was\s+|is\s+|been\s+|went\s+"
        r"|stayed\s+)?(?:(?:slightly|a\s+bit|a\s+little|mildly|very|really|quite|somewhat)\s+)?"
        r"(?:high|elevated|racing)\b"
        r"|\bhr\s+(?:was|been|went|stayed|shot)\s+up\b"
        # "HR spiked to ~110", "pulse jumped to 120"
        r"|(?:heart\s*rate|pulse|\bhr)\s+(?:spiked|spiking|jumped|shot\s+up|climbed|went\s+up)\b"
        r"|(?:heart\s*rate|pulse|\bhr)\s+(?:\w+\s+){0,3}?(?:at\s+|of\s+|was\s+|is\s+)?"
        # ("HR 110s for ~1 hr": a decade of readings)
        r"1[0-9]{2}s?\b(?!\s*/)"
        r"|(?:high|elevated|fast|raised)\s+(?:heart\s*rate|pulse|hr\b)"
        # "HR 96 on my watch at 0300 which is high for me"
        r"|(?:heart\s*rate|pulse|\bhr)\s+[0-9]{2,3}\b(?=[^.;!?]{0,40}?\b(?<!not\s)(?<!n't\s)"
        r"(?<!nt\s)(?:high|fast|elevated)\s+for\s+me)",
    ),
    (
        "elevated_blood_pressure",
        r"(?:high|elevated|raised|increased|spiked?|higher)\s+(?:blood\s+pressure|bp)"
        r"|(?:blood\s+pressure|\bbp)\s+(?:\w+\s+){0,5}?(?:high|elevated|up|raised|through\s+the\s+roof"
        r"|spiked|sky\s*high|went\s+up|shot\s+up|higher|crazy)\b|hypertensi\w+"
        # "my pressure was quite high": said of oneself, pressure is blood pressure
        r"|(?<=my\s)pressure\s+(?:was\s+|is\s+|went\s+|ran\s+|been\s+|got\s+)?"
        r"(?:\w+\s+){0,2}?(?:high|elevated|up|raised|higher|through\s+the\s+roof)\b",
    ),
    (
        "nausea",
        r"nause\w*|queas\w*|sick\s+(?:to|in)\s+(?:my\s+|the\s+|his\s+|her\s+|their\s+)?stomach"
        r"|(?:felt|feel|feeling|feels|bit|little|slightly|kinda|pretty|quite|very|really|so)"
        r"\s+sick\b(?!\s+of)|(?<=feel\sthe\s)stomach\s+sick|stomach\s+(?:is\s+|was\s+)?still\s+sick"
        # (a second language: "my stomach sick")
        r"|(?:(?<=my\s)|(?<=the\s)|(?<=^)|(?<=[.,;!]\s))stomach\s+sick\b(?!\s+(?:of|and\s+tired))"
        r"|upset\s+stomach|stomach\s+(?:(?:was|is|felt|feels|been|has\s+been)\s+)?(?:(?:a\s+bit|a\s+little|really|so|very|quite|kinda|kind\s+of|pretty)\s+)?(?:upset|turning|churning|off)"
        r"|(?:felt|feel|feeling)\s+like\s+(?:i\s+was\s+going\s+to\s+|i\s+would\s+|i'?d\s+|i\s+might\s+)?"
        r"(?:throw(?:ing)?\s+up|vomit\w*|puk(?:e|ing)|be(?:ing)?\s+sick)"
        r"|(?:wanted|want)\s+to\s+(?:throw\s+up|vomit|puke)|urge\s+to\s+vomit|sicky",
    ),
    (
        "vomiting",
        r"vomit\w*|threw\s+up|throw(?:ing)?\s+up|thrown\s+up|puk(?:e|ed|ing)\b|retch\w*|barf\w*"
        r"|emesis"
        # ("being sick for so long", "been sick for years": ill, not vomiting)
        # ("I'm so done with being sick": ill, not vomiting)
        r"|(?:was|been|got|being(?<!done\swith\sbeing)(?<!tired\sof\sbeing)(?<!of\sbeing))\s+sick\b"
        r"(?!\s+(?:of|to|with|and\s+tired|for\s+(?:so\s+long|years"
        r"|months|a\s+long\s+time|ages|most\s+of\s+my\s+life)|all\s+(?:my\s+life|these\s+years)))",
    ),
    (
        "headache",
        # ("migraine free day 3" is no migraine)
        r"head\s*ach(?:es?|y|iness)(?![- ]free)|h(?:ea?)?dd?ache?s?\b(?![- ]free)"
        r"|migraines?\b(?![- ]free)"
        r"|head\s+pain|headpain"
        # clinical shorthand: "c/o mild HA on waking"
        r"|(?<=c/o\s)(?:\w+\s+)?ha\b|(?<=mild\s)ha\b|(?<=slight\s)ha\b|(?<=severe\s)ha\b"
        r"|ha(?=\s+(?:mild|moderate|mod|severe|sev|slight|since|on\s+waking|x\s*[0-9]"
        r"|[0-9]{1,2}\s*/\s*10))"
        # "pounding HA", "throbbing ha"
        r"|(?<=pounding\s)ha\b|(?<=throbbing\s)ha\b|(?<=splitting\s)ha\b"
        # (the "g" dropped as said: "head poundin pretty bad")
        r"|pain\s+in\s+my\s+head|heads?\s+(?:was\s+|is\s+)?(?:pounding|poundin'?|throbbing"
        r"|throbbin'?|hurt\w*|paining|killing\s+me|killin'?\s+me"
        r"|splitting|sore|aching)|(?:pounding|throbbing|splitting|sore|achy|aching)\s+head\b"
        r"|my\s+head\s+hurts?|head\s+it\s+hurts?",
    ),
    (
        "dizziness",
        r"dizz\w*|(?:light|lite)[- ]?headed\w*|room\s+(?:was\s+)?spinn(?:ing|in'?)\b"
        r"|spinning\s+room"
        r"|head\s+(?:was\s+)?spinning|vertigo|unstead(?:y|iness)|wobbl(?:y|iness|ing)|woozy|wooziness"
        r"|off[- ]balance"
        r"|lost\s+(?:my\s+)?balance|giddy"
        # "felt a little faint when I stood up": near fainting, not a faint ("fainted" is)
        r"|faint\b(?:(?<=felt\sfaint)|(?<=feel\sfaint)|(?<=feeling\sfaint)|(?<=feels\sfaint)"
        r"|(?<=went\sfaint)|(?<=got\sfaint)|(?<=felt\sa\slittle\sfaint)"
        r"|(?<=felt\sa\sbit\sfaint)|(?<=felt\sslightly\sfaint)|(?<=feel\sa\slittle\sfaint)"
        r"|(?<=feeling\sa\sbit\sfaint)|(?<=feeling\sa\slittle\sfaint))",
    ),
    (
        "fatigue",
        r"(?<!sick\sand\s)\btired\b(?!\s+of\b)|tiredness|drowsy|drowsiness|groggy|grogginess"
        r"|exhausted|exhaustion|fatigue\w*|sleepy|lethargic|lethargy|wiped\s+out|worn\s+out"
        r"|knackered|drained|draining|hung[- ]?over|hangover"
        # ("WORE OUT ALL DAY", "the infusion wore me out"; not "the battery wore out")
        r"|(?:(?<=^)|(?<=[.,;!]\s)|(?<=\bi\s)|(?<=\bwas\s)|(?<=\bso\s)|(?<=\btotally\s)"
        r"|(?<=\bcompletely\s)|(?<=\bjust\s)|(?<=\ball\s)|(?<=\bfelt\s)|(?<=\bfeel\s))wore\s+out"
        r"(?!\s+(?:my|the|his|her|a|an|its|their|our|your)\b)|wore\s+me\s+out"
        r"|(?:trouble|difficulty|hard\s+time|struggl\w+)\s+(?:\w+\s+)?staying\s+awake"
        r"|can(?:'?t|not)\s+keep\s+my\s+eyes\s+open"
        r"|no\s+energy|low\s+energy|zero\s+energy|sluggish|like\s+a\s+zombie"
        r"|shattered|run\s+down|dead\s+tired|dead\s+on\s+my\s+feet|could\s+barely\s+keep\s+my\s+eyes\s+open"
        r"|(?:pooped|bushed)\b|bone[- ]tired|running\s+on\s+empty|yawn(?:ing|ed|s)?\b"
        r"|weariness|(?:(?<=felt\s)|(?<=feel\s)|(?<=so\s)|(?<=very\s))weary\b(?!\s+of\b)"
        r"|(?<=hit\sby\sa\s)(?:truck|bus|train)\b|(?<=run\sover\sby\sa\s)(?:truck|bus|train)\b"
        r"|heavy[- ]eyed"
        r"|eyes\s+(?:felt\s+|were\s+|feel\s+|are\s+)?(?:so\s+|really\s+)?heavy\b|(?<=kept\s)nodding\s+off\b|(?<=keep\s)nodding\s+off\b"
        r"|wiped\b(?!\s+(?:the|my|it|down|off|up|away|clean|that|this|them|his|her))"
        r"|(?<=out\sof\s)(?:gas|steam)\b",
    ),
    (
        "anxiety",
        r"anxious|anxiety|nervous|nervy|on\s+edge|panick?y|panic(?:\s+attacks?)?|panicked"
        r"|jittery|jitters|jumpy|uneasy|restless(?!\s+(?:night|sleep|legs?))|wound\s+up|agitated"
        r"|freaking\s+out|freaked\s+out|keyed\s+up|edgy"
        r"|(?:bag|bundle|wreck)\s+of\s+nerves|dread(?:ing)?\b|nerves\s+(?:were\s+|are\s+)?(?:shot"
        r"|frayed|jangling|on\s+edge)|tense\b(?!\s+(?:muscles|shoulders|neck|jaw))|(?:scared|frightened)\b",
    ),
    (
        "dissociation",
        r"dissociat\w*|detach(?:ed|ment)|unreal|out\s+of\s+(?:my\s+)?body|out-of-body|floaty|floating"
        r"|trippy|tripping|tripped\s+out|spaced\s+out|spacey|spacy|disconnected|dereali[sz]ation"
        r"|depersonali[sz]ation|not\s+(?:really\s+)?in\s+my\s+body|outside\s+(?:of\s+)?my\s+body"
        r"|like\s+i\s+was(?:n'?t)?\s+(?:real|there|in\s+a\s+dream)|dream-?like|k[- ]hole"
        # "feel little strange, like not real", as said in few words
        r"|(?<=like\s)not\s+real(?=\s*(?:[,.;!]|$))"
        r"|zoned\s+out|surreal"
        r"|float(?:ed|s)\b|watching\s+myself(?!\s+(?:on|in)\b)|(?<=like\si\s)watch(?:ed)?\s+myself"
        r"|not\s+inside\s+my\s+body|(?<=like\sa\s)(?:movie|film)\b"
        # "feel weird, like I float", as said in few words
        r"|(?<=like\si\s)float\b"
        # "body float, me far away from self", as said in few words
        r"|(?<=body\s)float\b|far\s+away\s+from\s+(?:my\s*)?(?:self|body)\b"
        # "watching everything from outside of myself"
        r"|(?:watching|watched|seeing|saw)\s+(?:everything|it\s+all|things|the\s+room)\s+from"
        r"\s+(?:the\s+)?outside|outside\s+(?:of\s+)?myself"
        r"|(?<=like\sin\sa\s)(?:movie|film)\b|(?<=felt\s)(?:fake|distant|far\s+away)\b"
        r"|(?<=seemed\s)(?:fake|distant|far\s+away)\b|(?<=felt\s)high\b|(?<=feeling\s)high\b"
        # (not "my phone buzzed with a client text")
        r"|(?:stoned|loopy)\b|buzzed\b(?<!phone\sbuzzed)(?<!watch\sbuzzed)(?<!alarm\sbuzzed)"
        r"(?<!\bit\sbuzzed)(?<!door\sbuzzed)(?!\s+(?:me|at|with|in|again|twice|once))|(?:body|hands|legs|arms)\s+(?:\w+\s+){0,2}?(?:not|wasn'?t|isn'?t"
        r"|didn'?t\s+feel\s+like|don'?t\s+feel\s+like)\s+(?:mine|my\s+own)\b",
    ),
    (
        "confusion",
        r"confus\w*|disorient\w*|fogg?y|fogginess|brain\s+fog|\bfog\b|fogged(?:\s+up)?|muddled"
        r"|muddle[- ]headed"
        r"|befuddled|in\s+a\s+daze|dazed"
        r"|fuzzy(?:[- ]headed)?"
        r"|(?:hard|difficult|trouble|struggl\w*)\s+(?:to\s+)?(?:focus\w*\b(?!\s+(?:my\s+)?eyes)"
        r"|concentrat\w*|think(?:ing)?(?:\s+straight|\s+clearly)?)|(?:couldn'?t|could\s+not|can'?t"
        r"|cannot)\s+(?:think|concentrate|focus(?!\s+(?:my\s+)?eyes))(?:\s+straight|\s+clearly)?|not\s+thinking\s+(?:clearly|straight)|forgetful"
        r"|(?:thinking|thoughts|brain|mind)\s+(?:(?:was|is|felt|feels|feeling|been|were|has\s+been)\s+)?"
        r"(?:(?:kind\s+of|kinda|a\s+bit|a\s+little|really|so|very|all|pretty|quite|bit|slightly)\s+)?"
        r"(?:slow(?:ed)?|cloudy|clouded|mushy|mush|sluggish|scrambled|jumbled|fuzzy|foggy|hazy|muddy"
        r"|scattered|not\s+working)\b|(?:cloudy|foggy|woolly|wooly)[- ]headed|mixed\s+up",
    ),
    (
        "other",
        r"dry\s+mouth|mouth\s+(?:\w+\s+){0,3}?dry\b|cotton\s+mouth|parched|brain\s+zaps?"
        r"|metallic\s+taste|tast(?:ed|es|ing)\s+(?:\w+\s+)?metal(?:lic)?"
        # ("weird taste in my mouth", "a metal taste since the infusion")
        r"|(?:weird|strange|funny|odd|bitter|nasty|horrible|gross|chemical|metal)\s+taste\b"
        r"(?!\s+(?:in\s+(?:music|films|men|women|clothes)))"
        r"|tast(?:ed|es|ing)\s+like\s+(?:pennies|a\s+penny|coins|copper|tin\s*foil|a\s+battery)|\brash\b|hives|itch(?:y|ing|iness)?"
        r"|swell(?:ing|ed|s)?|swollen"
        # the chest: "chest feels tight", "tight chest", "pressure on my chest"
        r"|chest\s+(?:(?:feels?|felt|feeling|is|was|has\s+been|been|gets?|got|getting|went|keeps"
        r"(?:\s+getting)?)\s+)?(?:(?:so|really|very|a\s+bit|a\s+little|kind\s+of|kinda|all|super"
        r"|quite|pretty|weirdly)\s+)?(?:pains?|painful|hurts?|hurting|tight\w*|pressure|heavy"
        r"|heaviness|crush\w*|squeez\w*|sore|ach\w*|burn\w*|constrict\w*)"
        r"|(?:tight|heavy|crushing|sore|painful|achy|aching|burning|squeezing|squeezy)\s+"
        r"(?:feeling\s+in\s+(?:my\s+|the\s+)?)?chest"
        r"|(?:pain|pains|tightness|pressure|heaviness|weight|ache|burning)\s+(?:in|on|across)\s+"
        r"(?:the\s+(?:middle|centre|center|left\s+side|right\s+side)\s+of\s+)?(?:my\s+|the\s+)?chest"
        # breathing: "can't catch my breath", "out of breath", "breathing feels heavy"
        r"|(?:can'?t|couldn'?t|could\s+not|cannot|trouble|hard|difficult|struggl\w*|difficulty"
        r"|unable)\s+(?:to\s+)?breath(?:e|ing)?"
        r"|(?:can'?t|cant|couldn'?t|could\s+not|cannot|hard\s+to|trouble|struggl\w*(?:\s+to)?"
        r"|unable\s+to|difficulty|(?:a\s+)?hard\s+time)\s+(?:catch|get|take|catching|getting|taking)\s+(?:my\s+|a\s+(?:deep\s+|full\s+|proper\s+)?)?"
        r"breaths?|out\s+of\s+breath|(?:gasping|struggling|fighting)\s+for\s+(?:breath|air)"
        r"|(?:can'?t|cant|couldn'?t|cannot)\s+get\s+enough\s+air|wheez\w+|(?<!long-)(?<!long\s)winded\b"
        r"|breathing\s+(?:(?:is|was|felt|feels|has\s+been|been|got|gets|went)\s+)?(?:(?:so|really"
        r"|very|a\s+bit|a\s+little|kind\s+of|kinda|all)\s+)?(?:hard|difficult|laboured|labored"
        r"|heavy|shallow|weird|funny|strained|tight|ragged)"
        r"|short(?:ness)?\s+of\s+breath|breathless|faint(?:ed|ing)|passed\s+out|blacked\s+out|seizures?|convuls\w+"
        r"|hallucinat\w*|seeing\s+things|hearing\s+(?:things|voices)|numb(?:ness)?\b|tingl\w+"
        r"|pins\s+and\s+needles|trembl\w+|tremors?|shak(?:y|ey|ing|es)\b"
        r"(?!\s+(?:her|him|them|it|the|my|his|their|a|an|you|me|off|out|up|hands)\b)|sweat(?:y|ing|s|ed)?\b"
        r"|(?:soaked|drenched)\s+(?:\w+\s+){0,2}?(?:sheets|pillow|pyjamas|pajamas|sweat)"
        r"|chills|fever\w*|stomach\s+(?:ache|pain|cramps?)|stomachache|cramp(?:s|ing)?\b"
        r"|(?:pain|burning|stinging|hurts?)\s+(?:when|while)\s+(?:i\s+)?(?:pee|peeing|urinat\w+)"
        r"|bladder\s+(?:pain|issues?|problems?)|blood\s+in\s+(?:my\s+)?(?:pee|urine)"
        r"|jaw\s+(?:pain|ache|clench\w*)|muscle\s+(?:aches?|pain|cramps?)|slurred\s+speech"
        r"|ringing\s+in\s+(?:my\s+|the\s+|both\s+)?ears"
        r"|ears\s+(?:were\s+|are\s+|was\s+|kept\s+|have\s+been\s+|had\s+been\s+|been\s+|started\s+|keep\s+|still\s+)?ringing(?!\s+with\s+(?:the\s+)?(?:baby|kids|music|noise|alarm|crying|shouting))|tinnitus|(?:lost\s+(?:my\s+)?|no\s+|zero\s+|poor\s+)appetite"
        r"|hot\s+flash\w*|lost\s+consciousness|loss\s+of\s+consciousness"
        # (the hit stops before "light", which would read as a grade: "a light headache")
        r"|sensitive(?=\s+to\s+(?:the\s+)?(?:light|brightness))|photophobi\w*"
        r"|(?:light|sound|noise)\s+sensitivity|sensitivity(?=\s+to\s+(?:the\s+)?(?:light|sound"
        r"|noise))"
        r"|sore\s+(?:arm|throat|muscles)|bruis\w+"
        # new symptoms patients tie to a session: fits, swelling, things that are not there
        r"|(?:had|having|have|has|had\s+another|had\s+like)\s+(?:a\s+|another\s+|some\s+)?fits?\b"
        r"|fitting\b(?=\s+(?:again|this|last|after|since))|puff(?:y|iness|ed\s+up)"
        r"|(?:throat|tongue|lips?|face|eyes?|mouth)\s+(?:\w+\s+){0,3}?(?:closing|tight(?:ening)?"
        r"|swell\w*|puff\w*|tingl\w*|numb|itch\w*|burning)"
        r"|closing\s+up|allergic\s+reaction|anaphyla\w+|twitch\w*|spasms?|jerking"
        r"|seeing\s+(?:faces|people|shapes|figures|bugs|insects|spiders|shadows|stuff|lights"
        r"|colou?rs|patterns|things)|hearing\s+(?:music|whispers|someone|people)"
        r"|heard\s+(?:voices|things|music|whispers|someone\s+(?:talking|calling))"
        r"|(?:saw|see|seen)\s+(?:\w+\s+)?(?:faces|bugs|insects|spiders|shapes|figures|shadows)"
        r"\s+(?:crawling|moving|in\s+the|on\s+the|that|which|everywhere)"
        # "saw crazy colors and shapes during the infusion": told of the session itself
        r"|(?:saw|see|seen|seeing)\s+(?:\w+\s+)?(?:colou?rs|shapes|patterns|lights)(?:\s+and\s+"
        r"(?:\w+\s+)?(?:colou?rs|shapes|patterns|lights))?(?=\s+(?:during|after|since|in)\s+"
        r"(?:the|my|that)\s+(?:infusion|treatment|session|drip)\b(?!\s+(?:room|chair|centre|center)))"
        r"|(?:things|stuff|people|faces|someone|shapes|colou?rs|lights|figures|shadows|bugs"
        r"|animals|patterns)\s+(?:that|who|which)?\s*(?:are|is|were|was)"
        r"(?:\s*n'?t|\s+not)\s+(?:really\s+)?there|(?:things|stuff|people"
        r"|faces)\s+(?:that\s+)?(?:arent|werent)"
        r"\s+(?:really\s+)?there|faces\s+in\s+the\s+(?:walls?|ceiling|curtains|dark)"
        r"|flush(?:ed|ing)\b|nose\s*bleeds?|dry\s+eyes|low\s+(?:blood\s+pressure|bp)|slurr(?:ed|ing)"
        r"|jaw\s+(?:felt\s+|was\s+|is\s+|feels\s+)?(?:tight|sore|stiff|locked)|diarrh?o?e?a|constipat\w*",
    ),
]
# More words for the names above, in one pattern (each name a group) read before the
# lexicon: kept apart so the lexicon's own gates stay as telling as they were.
_EXTRA_LEXICON: list[tuple[str, str]] = [
    (
        "vivid_dreams",
        # "many dreams, strange ones", "dreamt non-stop", "technicolor dreams"
        r"\bdreams?,\s+(?:\w+\s+){0,3}?(?:vivid|strange|weird|crazy|intense|bizarre|odd|wild|scary"
        r"|disturbing|trippy|lucid)\b|(?:dreamt|dreamed)\s+(?:a\s+lot|loads|all\s+night"
        r"|non[- ]?stop)|dreaming\s+non[- ]?stop|(?:tons|heaps)\s+of\s+dreams|(?<=many\s)dreams\b"
        r"|(?<=lot\sof\s)dreams\b"
        r"|(?:technicolou?r|movie[- ]like|cinematic|hyper[- ]?real\w*)\s+dreams"
        # "the dreams keep getting stranger"
        r"|\bdreams?\s+(?:\w+\s+){0,3}?(?:stranger|weirder|wilder|crazier|more\s+(?:vivid|intense"
        r"|real|bizarre|disturbing))\b",
    ),
    (
        "elevated_heart_rate",
        r"heart\s+(?:was\s+|is\s+|kept\s+|started\s+)?(?:\w+\s+)?(?:go(?:es|ing)?\s+(?:(?:really"
        r"|so|very"
        r"|super)\s+)?(?:fast|quick|wild|like\s+(?:crazy|mad|the\s+clappers|a\s+drum))|galloping"
        r"|jumping|banging|flipping|fluttery|flip[- ]?flopping|skipping"
        r"|doing\s+(?:flips|somersaults))"
        # "heart doing that fluttery pounding thing", "woke with my heart going"
        r"|heart\s+doing\s+(?:that|this|the|a|its)\s+(?:\w+\s+){0,2}?(?:flutter\w*|pound\w*|fast"
        r"|rac\w+|thump\w*|hammer\w*|skipp\w*|flip\w*|gallop\w*|bang\w*|jump\w*)"
        r"|(?<=with\smy\s)heart\s+(?:still\s+)?going\b"
        r"|(?:heart\s+beat|heartbeat\b)\s+(?:was\s+|is\s+)?(?:(?:really|so|very|super)\s+)?(?:fast"
        r"|racing|rapid|quick|irregular|all\s+over|through\s+the\s+roof)",
    ),
    (
        "nausea",
        # chat spellings, the tummy, retching that brings nothing up
        r"naus\w*|(?:nasea|quesy)\b|queez\w*|sick\s+to\s+(?:my|the)\s+tummy|upset\s+tummy|sick\s+feeling"
        r"|green\s+around\s+the\s+gills|dry[- ]?heav\w*|gagging\b",
    ),
    (
        "nausea",
        r"(?:stomach|tummy|belly|gut)\s+(?:(?:was|is|felt|feels|feeling|been|has\s+been|kept|started)"
        r"\s+)?(?:(?:a\s+bit|a\s+little|really|so|very|quite|kinda|kind\s+of|pretty|all)\s+)?(?:upset"
        r"|unsettled|turn(?:ed|ing)|churn(?:ed|ing)|flipp(?:ed|ing)|roll(?:ed|ing)|lurch(?:ed|ing)"
        r"|off|funny|dodgy|iffy|queasy|uneasy|not\s+(?:right|great|good)"
        r"|doing\s+(?:back\s*flips|flips|somersaults|cartwheels|loops))"
        # "my stomach felt fluttery and sick"
        r"|(?:stomach|tummy|belly|gut)\s+(?:felt|feels|feeling|was|is|got|been)\s+"
        r"(?:(?!(?:not|never|no)\b)\w+\s+){0,3}?(?:sick(?!\s+(?:of|and\s+tired))|queasy|sickly)\b"
        # nearly sick is nausea: "almost threw up"
        r"|(?<=almost\s)(?:threw\s+up|vomited|puked)|(?<=nearly\s)(?:threw\s+up|vomited|puked)"
        r"|(?<=want\sto\sbe\s)sick\b|(?<=wanted\sto\sbe\s)sick\b",
    ),
    (
        "vomiting",
        r"hurl(?:ed|ing)\b|brought\s+up\s+(?:my\s+)?(?:supper|dinner|lunch|breakfast|food|tea)|(?<=\bi\s)(?:through|thru)\s+up\b|(?<=\band\s)(?:through|thru)\s+up\b|chuck(?:ed|ing)\s+up|upchuck(?:ed|ing)?\b|lost\s+my\s+(?:lunch|dinner|breakfast|supper)",
    ),
    (
        "headache",
        # typed fast ("headace"), and more ways a head pounds
        r"(?:headaces?|headakes?|headach|hedaches?|haedaches?|headahces?|migranes?)\b|head\s+(?:was\s+|is\s+|felt\s+|kept\s+)?"
        r"(?:banging|thumping|hammering)|head\s+(?:felt|kept)\s+(?:pounding|throbbing|hurting|aching)"
        r"|(?:banging|thumping)\s+head\b|pressure\s+in\s+my\s+head"
        # "head is still killing me", "HA pounding"
        r"|head\s+(?:is|was|has\s+been|been|s)\s+(?:still\s+|really\s+|just\s+|so\s+)?killing\s+me"
        r"|ha(?=\s+(?:pounding|throbbing|splitting)\b)",
    ),
    # clinical shorthand for nausea and vomiting together: "N/V after infusion"
    ("nausea", r"n(?=/v\b)"),
    ("vomiting", r"(?<=n/)v\b"),
    (
        "dizziness",
        # ("the world keeps spinning without me" is a saying, not vertigo)
        r"(?:room|world(?!\s+keeps\s+spinning)|ceiling)\s+(?:\w+\s+){0,2}?(?:spinning|spun|tilting"
        r"|swaying)|(?:spinny|spins)\b"
        r"|head\s+rush(?:es)?\b|headrush(?:es)?\b|(?<=off\s)kilter\b|(?<=off-)kilter\b|unbalanced\b"
        r"|balance\s+(?:was\s+|is\s+)?(?:off|bad|gone|shot)|walking\s+not\s+straight"
        r"|(?<=like\s)drunk\b|(?<=felt\s)drunk\b",
    ),
]
# Symptoms told by what the patient could not do ("couldn't see clearly", "couldn't walk
# straight", "didn't know where i was"): they count only after a "not" or "hard to".
_CANNOT_LEXICON: list[tuple[str, str]] = [
    (
        "blurred_vision",
        r"(?<=see\s)(?:straight|properly|clearly|clear)\b|(?<=focus\smy\s)eyes\b"
        r"|(?<=focusing\smy\s)eyes\b",
    ),
    (
        "dizziness",
        r"(?<=walk\s)straight\b|(?<=walking\s)straight\b|(?<=keep\smy\s)balance\b"
        r"|(?<=stand\sup\s)straight\b",
    ),
    ("fatigue", r"(?<=keep\smy\s)eyes\s+open\b"),
    (
        "confusion",
        r"(?<=know\s)where\s+i\s+was\b|(?<=think\s)(?:straight|clearly|properly)\b"
        r"|(?<=find\smy\s)words\b|(?<=find\sthe\s)words\b",
    ),
]
_CANNOT_BEFORE = re.compile(
    r"(?:\b(?:could|can|did|do|does|would|was|were|is|ca|wo)n'?t|\bcannot|\bnot|\bbarely|\bhardly"
    r"|\bunable\s+to|\btrouble|\bhard\s+to|\bstruggl\w*\s+to|\bdifficult\w*(?:\s+to)?)\s+"
    r"(?:\w+\s+){1,2}$",
    _F,
)
assert all(name in SIDE_EFFECT_NAMES for name, _ in _LEXICON + _EXTRA_LEXICON + _CANNOT_LEXICON)


def _named(lexicon: list[tuple[str, str]]) -> str:
    """One alternation of a lexicon, each name a group (m.lastgroup tells which)."""
    bodies: dict[str, list[str]] = {}
    for name, p in lexicon:
        bodies.setdefault(name, []).append(p)
    return "|".join(f"(?P<{name}>{'|'.join(ps)})" for name, ps in bodies.items())


# Every alternative starts a word; the look-ahead rejects other positions fast.
_PATTERNS = [(name, re.compile(rf"\b(?=[a-z])(?:{p})", _F)) for name, p in _LEXICON]
# Most messages name no symptom: each pattern's gate (prefilter.py) skips it without a pass
# over the message.
_GATED: list[tuple[str | None, re.Pattern[str], Gate]] = [
    (name, pattern, Gate(pattern)) for name, pattern in _PATTERNS
]
# the extra words first (None: the name is the group that matched)
_CANNOT_GROUP = "cannot_"  # a group of _CANNOT_LEXICON in _EXTRA
_EXTRA = re.compile(
    rf"\b(?=[a-z])(?:{_named(_EXTRA_LEXICON)}"
    rf"|{_named([(_CANNOT_GROUP + n, p) for n, p in _CANNOT_LEXICON])})",
    _F,
)
_GATED.insert(0, (None, _EXTRA, Gate(_EXTRA)))
# one pattern for them all (each name a group), so a message pays for one gate

_TREATMENT = re.compile(
    r"\b(?:infusions?|treatments?|sessions?|ketamine|iv\b|drip|since\s+the)", _F
)
# "the back pain kept me up, not the treatment": the treatment named to rule it out
_NOT_BEFORE_TREATMENT = re.compile(
    r"(?:\bnot|n't|\bno|\bnothing\s+to\s+do\s+with|\bunrelated\s+to|\bno(?:t)?\s+because\s+of)"
    # ("I don't think that's from the treatment")
    r"\s+(?:[\w']+\s+){0,3}?(?:the\s+|my\s+)?$",
    _F,
)


def _tied_to_treatment(s: str, a: int, b: int, treatment: re.Pattern[str] = _TREATMENT) -> bool:
    """Whether s[a:b] names the treatment other than to rule it out."""
    return any(
        not _NOT_BEFORE_TREATMENT.search(s, max(a, m.start() - 30), m.start())
        for m in treatment.finditer(s, a, b)
    )


_GENERIC_COMPLAINT = re.compile(
    # ("the stiffness in my neck which began after the infusion": tied to it, so "other")
    r"\b(?:pain|painful|aches?|aching|sore(?:ness)?|hurts?|hurting|burning|weak|weakness"
    r"|stiffness|stiff(?!\s+(?:drinks?|upper\s+lip|breeze|competition|price|fine|penalty))"
    # "my jaw felt really tight after the infusion"
    r"|(?:jaw|neck|shoulders?|muscles?)\s+(?:\w+\s+){0,2}?tight|tight(?:ness)?\s+(?:in\s+(?:my\s+)?)?"
    r"(?:jaw|neck|shoulders?|muscles?)|(?:jaw|teeth)\s+clench\w*|clench\w*\s+(?:my\s+)?(?:jaw|teeth))\b",
    _F,
)

_SEVERITY_WORDS = (
    r"(?P<severe>severe(?:ly)?|terrible|terribly|awful|awfully|horrible|horribly|horrendous"
    r"|horrific|horrid|dreadful|excruciating|unbearabl[ey]|intolerable|extreme(?:ly)?"
    r"|(?:really|real|very|so|super|incredibly)\s+(?:bad(?:ly)?|strong|intense|severe)"
    r"|worst(?!\s+(?:part|thing|bit|of\s+it|of\s+all))"
    r"|intense|couldn'?t\s+function|could\s+not\s+function|can'?t\s+function|debilitating"
    r"|crippling|agoni[sz]ing|brutal|blinding|through\s+the\s+roof)"
    r"|(?P<moderate>moderate(?:ly)?|mod\b|(?:pretty|quite|fairly)\s+bad(?:ly)?|fairly\s+strong"
    r"|quite\s+a\s+(?:bit|lot)(?!\s+(?:less|better|more|worse|lower|higher|easier|improved)\b)"
    r"|pretty\s+strong|quite\s+strong|quite|fairly|pretty|considerabl[ey]|noticeabl[ey]"
    r"|medium|somewhat\s+bad|strong)"
    r"|(?P<mild>mild(?:ly)?|slight(?:ly)?|a\s+little(?:\s+bit)?|a\s+(?:tiny\s+)?bit(?:\s+of)?"
    r"|bit(?:\s+of)?|little(?:\s+bit)?|a\s+lil(?:\s+bit)?|lil(?:\s+bit)?|a\s+touch(?:\s+of)?"
    r"|a\s+tad|minor|minimal|small|light(?![- ]?head|\s+sensitiv)|not\s+too\s+bad|not\s+bad"
    r"|not\s+(?:that|so)\s+bad|hint\s+of|low[- ]grade"
    # ("felt faint" is the symptom, not its grade)
    r"|faint(?!ed|ing)(?<!felt\sfaint)(?<!feel\sfaint)(?<!feeling\sfaint)(?<!feels\sfaint)"
    r"(?<!went\sfaint))"
)
_SEVERITY = re.compile(rf"\b(?:{_SEVERITY_WORDS})\b", _F)
# A clause or sentence that only grades the symptom told just before it: "Was nauseous.
# Moderate I'd say." / "headache now, a mild one" / "dizzy - not too bad tho".
_SEVERITY_ALONE = re.compile(
    r"\W*(?:(?:it\s+was|it'?s|it\s+is|was|is|and|but|though|just|only|prob(?:ably)?|maybe"
    r"|i'?d\s+say|so(?!\s+(?:bad|badly|strong|intense|severe))"
    # "I'd grade it mild", "I'd rate that moderate"
    r"|(?:i'?d|i\s+would|i)\s+(?:grade|rate|call|say|score|class)\s+(?:it|that|them|this)(?:\s+as)?"
    r"|i\s+think|like|more\s+like|about|that(?:\s+part)?\s+was|that'?s|which\s+was|honestly"
    r"|tbh|seriously|truly|absolutely|still)\s+)*(?:an?\s+|the\s+)?"
    rf"(?:{_SEVERITY_WORDS})"
    r"(?:,?\s+(?:ones?|case|kind|version|level|bout|though|tho|i'?d\s+say|i\s+think|i\s+guess"
    r"|maybe|probably|really|tbh|honestly|ish|at\s+(?:worst|most)|overall|lol|a\s+bit|a\s+lot"
    r"|but\s+(?:strange|weird|odd|manageable|bearable|annoying)"
    # "it was fairly strong for an hour or so", "really bad for about ten minutes"
    r"|for\s+(?:a\s+(?:while|bit|few\s+\w+)|an\s+hour|a\s+couple\s+of\s+\w+|\w+\s+\w+"
    r"|about\s+\w+\s+\w+)(?:\s+or\s+so)?"
    r"|and\s+then\s+(?:it\s+)?(?:passed|went\s+away|eased|settled|stopped|cleared(?:\s+up)?)))*"
    r"[\W_]*",
    _F,
)
_GRADED_TOGETHER = re.compile(
    r"\W*(?:both|all|each|the\s+two|both\s+of\s+them|all\s+of\s+them)\s+(?:were\s+|was\s+)?"
    rf"(?:{_SEVERITY_WORDS})[\W_]*",
    _F,
)
_TOGETHER_WORD = re.compile(r"\b(?:both|all|each|two)\b", _F)
_JOINED_BEFORE = re.compile(r"\band\b|\+|&", _F)
_SLEEP_GRADED = re.compile(r"\b(?:slept|sleep(?:\s+was)?|night\s+was|night)\s+$", _F)
# Intensifiers that modify the word after them, so they never describe a symptom before.
_PREFIX_ONLY = re.compile(
    r"^(?:quite|fairly|rather|pretty|a\s+little(?:\s+bit)?|a\s+(?:tiny\s+)?bit(?:\s+of)?|bit(?:\s+of)?"
    r"|little(?:\s+bit)?|a\s+lil(?:\s+bit)?|lil(?:\s+bit)?|a\s+touch(?:\s+of)?|a\s+tad|hint\s+of"
    r"|extreme(?:ly)?|considerabl[ey]|noticeabl[ey]|slightly|faint|somewhat|low[- ]grade|small"
    r"|light)$",
    _F,
)
# Losing the day to a symptom is severe wherever it stands beside it.
_IMPAIRED = re.compile(
    # ("could not hardly function", as it is said too)
    r"\b(?:(?:couldn'?t|could\s+not|can'?t|cannot|unable\s+to)\s+(?:even\s+|hardly\s+|barely\s+)?"
    r"|could\s+(?:hardly|barely)\s+)(?:function"
    r"|get\s+out\s+of\s+bed|do\s+anything|work)\b|\bbed[- ]?ridden\b|\bwiped\s+me\s+out\b"
    r"|\bbarely\s+(?:functioning|function|able\s+to\s+function)\b"
    r"|\btoo\s+\w+\s+to\s+(?:function|work|get\s+out\s+of\s+bed|do\s+anything)\b",
    _F,
)
# An intensifier opening a clause that restates the symptom: "142/91, a bit higher than usual".
_RESTATED = re.compile(
    r"\s+(?:higher|high|up|elevated|raised|faster|fast|worse|stronger|more|off|on\s+the\s+high"
    # "vivid dreams, quite intense", "jittery all evening, quite a lot"
    r"|intense|strong|strongly|a\s+lot|a\s+bit"
    # "dizzy in the shower, quite noticeable"
    r"|noticeabl[ey]|significant|obvious|rough|uncomfortable|unsettling|unpleasant|scary"
    r"|distressing|disturbing|frightening)\b",
    _F,
)
# What may follow an intensifier that closes a symptom ("pounding a bit and ...").
_ENDS_PHRASE = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:and|but|though|tho|too|today|now|this|tonight|last|after|since|all"
    r"|at|on|in|during|while|when|before|again|still|lol|x+|[a-z]+ing|yesterday|earlier|overnight"
    # ("heart was racing a little around bedtime", "dizzy a bit for an hour")
    r"|around|about|for|from|through|till|until|throughout)\b)",
    _F,
)
_NEGATION = re.compile(
    r"(?:\bno|\bnot|\bnor|\bwithout|\bzero|\bnever|n't|\bnt|\bfree\s+of|\bno\s+longer|\bany\s+more"
    # a clinician's "denies N/V", "negative for nausea"
    r"|\bden(?:ies|ied)|\bnegative\s+for"
    # chat spellings without the apostrophe: "didnt", "dont", "wasnt"
    r"|\b(?:did|do|does|was|were|is|are|have|has|had|wo|ai)nt)"
    # ("denies N/V": the V is negated with the N)
    r"\s+(?P<gap>(?:[a-z']+\s+){0,3}(?:n/)?)$",
    _F,
)
_NEGATION_GAP_BLOCK = re.compile(
    r"\b(?:sleep|slept|sleeping|because|since|but|when|until|till|due|from|stop|help|bed)\b", _F
)
_NONE_STRONG = re.compile(
    # (up to two words of kind between: "no weird side effects", "no new odd symptoms")
    r"\b(?:no|zero|nil|0)\s+(?:(?:real|new|bad|other|major|noticeable|weird|strange|odd|unusual"
    r"|funny|significant|serious|obvious|big|notable|particular|lasting|lingering|further"
    r"|additional|extra|infusion|ketamine|treatment|med|medication)\s+){0,2}"
    r"(?:side[- ]?effects?|side[- ]?(?:fx|efx|effx|effs)|side\s+ef+ects?|side\s+affects?"
    r"|s/?e'?s?|issues|problems"
    r"|complaints|symptoms|reactions?"
    r"|after[- ]?effects|ill\s+effects|adverse\s+effects|bad\s+effects|aes?|adverse\s+events?)\b"
    # ("no problems falling asleep" is about the night, not the treatment's effects)
    r"(?!\s+(?:with\s+(?:my\s+)?)?(?:sleep\w*|falling|getting|going|staying|drifting|dropping"
    r"|nodding)\b)"
    r"|\bside[- ]?effects?\s*(?::|-|=|were|was)?\s*(?:none|no|nil|nothing|n/?a|zero)\b"
    r"|\b(?:didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:have|notice|get|experience|had|noticed)\s+"
    r"any\s+(?:side[- ]?effects?|issues|problems|symptoms)\b"
    r"|\bwithout\s+(?:any\s+)?(?:side[- ]?effects?|issues|problems)\b"
    r"|\bdenies\s+(?:any\s+)?(?:side[- ]?effects?|complaints|symptoms|issues)\b"
    r"|\b(?:side[- ]?effect|symptom)[- ]free\b|\bnothing\s+to\s+report\b"
    # "all good on the side effects front", "side effects wise, fine"
    r"|\b(?:all\s+(?:good|fine|quiet|clear)|nothing|quiet|fine|ok|okay|no\s+(?:issues|problems))"
    r"\s+on\s+the\s+(?:side[- ]?effects?|symptoms?)\s+front\b"
    r"|\b(?:side[- ]?effects?|symptoms?)(?:\s*[- ]?wise)?\s*[:,-]?\s*(?:all\s+good|all\s+fine"
    r"|all\s+clear|fine|ok|okay|no\s+issues|no\s+problems)\b",
    _F,
)
# A bare "nothing" just after trying to sleep says of the night that no sleep came.
_NO_SLEEP_CAME = re.compile(
    r"\b(?:bed|lights?\s+(?:off|out)|(?:tried|trying)(?:\s+to\s+sleep)?|eyes\s+(?:closed|shut))"
    r"(?:\s+(?:at|by|around|about|~))?\s*[0-9][0-9:.]*\s*(?:am|pm)?\s*[,:-]?\s*(?:and\s+)?$",
    _F,
)
_NONE_WEAK = re.compile(
    r"\b(?:nothing\s+(?:else|new|unusual|major|different|much)|no\s+other|otherwise\s+"
    r"(?:fine|good|ok|okay|great|normal|alright|all\s+right|well)|(?:fine|good|ok|okay|normal)\s+otherwise"
    r"|(?:felt|feel|feeling|feels)\s+(?:totally\s+|completely\s+|pretty\s+|perfectly\s+)?"
    r"(?:fine|good|ok|okay|great|normal|alright|all\s+right|well|grand)|all\s+good|no\s+complaints"
    # ("nothing special" says the night was plain; a bare "nope" answers some other question)
    # ("in bed at 11:45 and nothing": no sleep came, said of the night)
    r"|none|nothing(?<!and\snothing)(?!\s+(?:special|exciting|interesting|remarkable|works|worked"
    r"|helps|helped|seems\s+to\s+(?:work|help)"
    r"|to\s+write\s+home))|nada)\b",
    _F,
)
# Someone else's symptoms ("my son threw up at 2", "she had a migraine") are not the
# patient's side effects -- unless the patient comes back into the clause between the two
# ("my husband says i had a seizure", "my wife said my bp was high").
_PRONOUNS = frozenset(["he", "she", "he's", "she's"])
_OTHER_PERSON = re.compile(
    r"\b(?:(?:my|our|his|her|their)\s+(?:son|daughter|husband|wife|partner|kid|kids|child|children"
    r"|mum|mom|mother|dad|father|friend|boyfriend|girlfriend|roommate|flatmate|sister|brother|baby"
    r"|dog|cat|hubby|spouse|colleague|coworker|boss|neighbou?r|grandson|granddaughter|toddler"
    r"|teenager|fiance|fiancee|other\s+half)(?:'s)?|he|she|they|he's|she's|they're"
    r"|one\s+of\s+(?:them|the\s+(?:kids|girls|boys|twins|babies))"
    # "my 9 yr old threw up at 2", "our six-year-old had a bad dream" (not "the past year")
    r"|(?:my|our|the)\s+(?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]?"
    r"(?:(?:yr|year)s?[- ]?old|yo)"
    # ("the dogs were restless around 3")
    r"|the\s+(?:dogs?|cats?|puppy|puppies|kitten|kids|baby|twins|toddler|neighbou?rs?)"
    r"|(?:la\s+|el\s+|my\s+)?(?:nena|nene|mija|mijo|hija|hijo|beb[eé]))\b",
    _F,
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|we|we're|us|both)\b", _F)
_A_SLEEPER_NAMED = re.compile(
    r"\b(?:he|she|dad|mom|mum|father|mother|husband|wife|grandma|grandpa)\s+(?:\w+\s+)?(?:slept"
    r"|woke|went\s+to\s+bed|was\s+up|napped|dozed|fell\s+asleep|got\s+up|had\s+a\s+\w+\s+night)\b",
    _F,
)
# Said of the writer, who, when a carer writes, is not the patient: "I'm scared"
_THE_WRITERS_OWN = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+was|i\s+feel|i\s+felt|i\s+got|i'?ve\s+been|made\s+me|i\s+get)"
    r"\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+|a\s+little\s+|pretty\s+|quite\s+)?$",
    _F,
)
# Someone who woke the patient "with a bad dream" had the dream
_WAKER_DREAMED = re.compile(
    r"\b(?:woke|wakes|waking|got|had)\s+me\s+(?:up\s+)?(?:[\w:~]+\s+){0,4}?(?:with|from|after)"
    r"\s+(?:a|an|her|his|their)\s+(?:\w+\s+)?$"
    r"|\b(?:youngest|oldest|eldest|baby|toddler|kid|son|daughter|little\s+one|twins?)\s+"
    r"(?:had|has|was\s+having|woke\s+(?:up\s+)?(?:with|from))\s+(?:a|an|another)\s+(?:\w+\s+)?$",
    _F,
)
# A symptom told of an earlier occasion ("last time i got a massive headache but today
# nothing", "after last week's infusion I had nightmares") is not this night's.
_PAST_OCCASION = re.compile(
    r"\b(?:last\s+(?:time|week'?s?|month'?s?|session|infusion|treatment|round)"
    r"|(?:previous|prior|earlier|other)\s+(?:infusions?|sessions?|treatments?|times?|rounds?)"
    r"|(?:the\s+)?time\s+before|used\s+to|in\s+the\s+past|(?:a|one|two|three|few|couple\s+of)"
    r"\s+(?:weeks?|months?)\s+ago"
    # a numbered infusion is earlier only when the patient contrasts it with now
    r"|(?P<numbered>(?:first|1st|second|2nd|third|3rd)\s+(?:infusions?|sessions?|treatments?"
    r"|rounds?|time)))\b",
    _F,
)
_CONTRAST = re.compile(r"\b(?:this\s+(?:time|week|round)|today|now)\b", _F)
_PRESENT = re.compile(
    r"\b(?:this\s+(?:time|week|morning|evening|afternoon|round)|today|tonight|now|again|still"
    r"|last\s+night|since|yesterday)\b",
    _F,
)
# A symptom that has passed ("headache gone too", "nausea has cleared") or is reported as
# absent ("nausea: none", "dizziness - nil").
_RESOLVED_AFTER = re.compile(
    # ("since 0400" is a time: its digits hold no "0" for none)
    r"(?:\s+(?:from|since)\s+[a-z]+\b)?\s*(?:(?::|-|=|was|were|is|are)\s*)?(?:(?:none|nil|no|zero"
    r"|n/?a"
    r"|nope"
    r"|neg|negative|0)\b|(?:(?:is|has|'s|was|had|have)\s+)?(?:(?:all|completely|totally|finally|now)\s+)?(?:gone"
    r"|went\s+away|cleared(?:\s+up)?|disappeared|subsided|vanished|lifted|passed|stopped))"
    r"(?:\s+(?:now|too|as\s+well|already|completely|entirely|thankfully|today|at\s+last))*"
    r"(?:\s*/\s*10|\s+out\s+of\s+10)?"  # "Nausea 0/10"
    r"\s*(?:$|[,.;:!?)/\n]|(?:and|but|though|tho|so|lol)\b)",
    _F,
)
# "that movie was a nightmare", "parking is a nightmare": a figure of speech, not a dream.
_NIGHTMARE_FIGURE_BEFORE = re.compile(
    r"(?:\b(?:was|is|been|be|what|such|'s|its|it's|it\s+was|proper|utter|total|absolute|complete"
    r"|real|living)\s+)(?:an?\s+)?(?:(?:total|absolute|complete|real|utter|bit\s+of\s+a|living"
    r"|logistical)\s+)?$",
    _F,
)
_NIGHTMARE_FIGURE_AFTER = re.compile(r"\s+(?:to\s+\w+|of\s+a\b)", _F)
_NIGHTMARE_DREAM_AFTER = re.compile(r"\s+(?:about|where|that|in\s+which|with)\b", _F)
_OPENERS = re.compile(r"\W*(?:(?:and|so|then|but|well|oh|also|plus|ugh|lol)\W+)*", _F)
_SUBJECT_CHANGE = re.compile(
    r"\b(?:and|then|so|after|before|when|while|because|cause|until|till|with)\b", _F
)
_RANK = {None: 0, "mild": 1, "moderate": 2, "severe": 3}


@dataclass
class SideEffectsFound:
    effects: dict[str, str | None] = field(default_factory=dict)  # name -> severity
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    none_strong: tuple[int, int] | None = None
    none_weak: tuple[int, int] | None = None
    negated: tuple[int, int] | None = None
    # Names told only in a question's leading clauses ("my heart raced, is that normal?"):
    # they never make the message a report by themselves (the chat records them beside the
    # question all the same).
    told_only: set[str] = field(default_factory=set)


def _negated(s: str, clause_start: int, pos: int) -> bool:
    m = _NEGATION.search(s, max(clause_start, pos - 50), pos)
    return bool(m) and not _NEGATION_GAP_BLOCK.search(m.group("gap"))


def _severity(text: Text, a: int, b: int, lo: int, hi: int) -> str | None:
    """Severity words just before the symptom (or inside it: "bp a bit high"), else a
    predicate after it in its clause or opening the next ("exhausted, couldn't function")."""
    s = text.s
    ca, cb = text.clause_at(a)
    start = max(ca, lo, a - 40)
    before = [
        m
        for m in _SEVERITY.finditer(s, start, a)
        if text.words_between(m.end(), a) <= 3
        # "headache was pretty bad this morning and lightheaded": the grade of the symptom
        # before it, ending at "and" ("a bit teary and floaty" grades both)
        and not (lo > ca and _JOINED_BEFORE.search(s, m.end(), a))
    ]
    if before:
        return before[-1].lastgroup
    # "couldn't function yesterday, I was so exhausted": what the symptom stopped them doing
    # grades it from anywhere close in its sentence.
    sa, sb = text.sentence_at(a)
    if s.startswith(";", sb):  # "Exhausted yesterday; could not function at my shift"
        sb = text.sentence_at(sb + 1)[1]
    for m in _IMPAIRED.finditer(s, max(sa, lo, a - 60), min(sb, hi, b + 60)):
        if text.words_between(m.end(), a) <= 8 or text.words_between(b, m.start()) <= 8:
            return "severe"
    inside = _SEVERITY.search(s, a, b)
    if inside:
        return inside.lastgroup
    _, sb = text.sentence_at(a)
    for m in _SEVERITY.finditer(s, b, min(cb, hi)):
        if hi < len(s) and text.words_between(m.end(), hi) == 0 and text.clause_at(hi)[0] == ca:
            break  # "vomited once and had a severe headache": the headache's grade
        if _SLEEP_GRADED.search(s, max(b, m.start() - 16), m.start()):
            continue  # "slept terribly" grades the night, not the symptom
        if not _PREFIX_ONLY.match(m.group(0)) or (
            text.words_between(b, m.start()) == 0 and _ENDS_PHRASE.match(s, m.end())
        ):
            return m.lastgroup
    # the next clause, when no other symptom stands in it ("headache, mild nausea" grades
    # the nausea only)
    nxt = [c for c in text.clauses if c[0] >= cb and c[0] < min(sb, hi)]
    if nxt and nxt[0][1] <= hi:
        na, nb = nxt[0]
        na += len(s[na:nb]) - len(
            s[na:nb].lstrip(" '\"\u2018\u2019\u201c\u201d")
        )  # ("'pounding,' fairly strong")
        it = _IT_IS.match(s, na, nb)  # "headache since the infusion, it's pretty bad ngl"
        m = _SEVERITY.match(s, it.end() if it else na, nb)
        if m and (
            not _PREFIX_ONLY.match(m.group(0))
            or _RESTATED.match(s, m.end())
            # "it's only a little today": the grade, and nothing after it to grade
            or (it is not None and _ENDS_PHRASE.match(s, m.end()))
        ):
            return m.lastgroup
    return _graded_next(text, cb, sb, hi)


_IT_IS = re.compile(
    r"(?:it'?s|it\s+is|it\s+was|it'?s\s+been|which\s+is|which\s+was)\s+(?:(?:only|just|still)\s+)?",
    _F,
)
_SCORE_ONLY = re.compile(
    r"\W*(?:pain\s+|intensity\s+)?(?:10|[0-9])(?:\.[0-9])?\s*(?:/|out\s+of)\s*10\W*", _F
)
_SIMILE = re.compile(r"\W*(?:like|as\s+if|as\s+though)\b", _F)


def _graded_next(text: Text, cb: int, sb: int, hi: int) -> str | None:
    """A clause, or else a sentence, that does nothing but grade the symptom just told:
    "Was nauseous. Moderate I'd say." / "Headache now, a mild one." """
    clauses = (c for c in text.clauses if c[0] >= cb)
    clause = next(clauses, None)
    # "so dizzy, like the pool was tilting, pretty bad": the picture, then the grade; "heart
    # pounding around 1am, 4/10, slight": the score, then the grade
    after_aside = (
        next(clauses, None)
        if clause and (_SIMILE.match(text.s, *clause) or _SCORE_ONLY.fullmatch(text.s, *clause))
        else None
    )
    # "Confused for a while, couldn't remember where I parked, mild.": the grade closes the
    # sentence after what the symptom did
    rest = [c for c in clauses if c[1] <= sb]
    last_clause = rest[-1] if rest else None
    sentence = next((c for c in text.sentences if c[0] >= sb), None)
    # "Mild, he says, and gone by dinner.": the grade opens the next sentence
    next_opens = next((c for c in text.clauses if c[0] >= sentence[0]), None) if sentence else None
    for span in (clause, after_aside, last_clause, sentence, next_opens):
        if span is None or span[1] > hi:
            continue
        m = _SEVERITY_ALONE.fullmatch(text.s, *span)
        if m:
            return next(k for k in ("severe", "moderate", "mild") if m.group(k))
    return None


def _graded_together(text: Text, a: int, later: list[tuple[int, int, str]]) -> str | None:
    """ "nausea and dizziness after, both mild": one grade for the symptoms just listed, in
    the first clause after them that names none."""
    _, sb = text.sentence_at(a)
    starts = [x for x, _, _ in later if x < sb]
    _, cb = text.clause_at(a)
    for clause in (c for c in text.clauses if cb <= c[0] < sb):
        if any(clause[0] <= x < clause[1] for x in starts):
            continue  # another symptom of the list
        m = _GRADED_TOGETHER.fullmatch(text.s, *clause)
        return next(k for k in ("severe", "moderate", "mild") if m.group(k)) if m else None
    return None


# Causes other than the treatment a patient names for a complaint ("the usual menopause hot
# flashes", "night sweats again, thank you menopause").
_OTHER_CAUSE = re.compile(
    r"\b(?:(?:peri)?menopaus\w*|my\s+period|pms|(?:a|my|the)\s+(?:cold|flu)|allerg(?:y|ies)"
    r"|hay\s+fever|arthritis|the\s+heat|hot\s+weather|heatwave|teething|(?:long\s+)?covid"
    r"|asthma|copd|meno|hormones?|hormonal|fibro\w*|heat\s+wave"
    # "hot flashes, but those are just me": the patient's own, always
    r"|(?:that'?s|those\s+are|they'?re|its|it'?s)\s+just\s+me)\b",
    _F,
)


# "dreading how exhausted I would be the next day": a symptom expected, not felt yet.
_STILL_TO_COME = re.compile(
    r"\s+(?:i|we)\s+(?:would|will|might|could|am\s+going\s+to|was\s+going\s+to|'ll|'d)\s+"
    r"(?:be|feel|get)\b",
    _F,
)


# Sweats and hot flashes come with heat, hormones and nightmares as often as with the
# treatment: they are "any other complaint the patient relates to treatment" only when the
# message relates them ("sweating buckets since the infusion").
_NIGHT_SWEATS = re.compile(r"sweat|hot\s+fl[au]sh|soaked|drenched|clammy", _F)
# The treatment itself, not any session or anything since: "sweating buckets since the
# infusion" (not "after my spin session", "since the AC broke")
_THE_INFUSION = re.compile(
    r"\b(?:infusions?|ketamine|treatments?|(?:my|the|this|last|tuesday'?s|\w+day'?s)\s+session"
    r"|the\s+drip|k\s+session|the\s+clinic|(?:meds|medication|medicine)\s+(?:\w+\s+){0,4}?"
    r"(?:at|from)\s+the\s+clinic)\b(?!\s+(?:is|was)\s+not)",
    _F,
)


def _owned_by_another_cause(text: Text, a: int, said: str) -> bool:
    sa, sb = text.sentence_at(a)
    cause_from = sa
    if sa > 0 and said.startswith(("sweat", "hot flash", "chills")):
        # "This heat wave is killing me. Woke up 3 times sweating": the cause told just before
        cause_from = text.sentence_at(sa - 1)[0]
    # (the treatment named in either sentence, other than to rule it out, may be the cause)
    # ("night sweats (perimenopause, not the infusion)": the treatment named to rule it out)
    return bool(_OTHER_CAUSE.search(text.s, cause_from, sb)) and not _tied_to_treatment(
        text.s, cause_from, sb
    )


def _someone_else(s: str, ca: int, a: int) -> bool:
    """Another person is the subject of the symptom: "my son threw up", "she had a migraine"."""
    last = None
    for m in _OTHER_PERSON.finditer(s, ca, a):
        last = m
    if last is None:
        return False
    if last.group(0) in _PRONOUNS and writes_for_the_patient(s):
        return False  # "she says she was a little lightheaded": the carer writes for her
    between = s[last.end() : a]
    if _FIRST_PERSON.search(between):
        return False
    # "my husband's got the flu and was throwing up": the clause's subject goes on; "i hugged
    # my son and felt dizzy": the son is not the subject, the patient is
    if _OPENERS.fullmatch(s, ca, last.start()) is not None:
        return len(between.split()) <= 8
    return len(between.split()) <= 4 and not _SUBJECT_CHANGE.search(between)


def _earlier_occasion(s: str, sentence: tuple[int, int], ca: int, cb: int, a: int) -> bool:
    """The symptom is told of an earlier infusion or time, and nothing in its clause brings
    it to the present ("last time i got a headache" but not "headache again, like last time")."""
    sa, sb = sentence
    past = _PAST_OCCASION.search(s, sa, a)
    if past is None or _PRESENT.search(s, min(ca, past.start()), cb):
        return False
    return not past.group("numbered") or bool(_CONTRAST.search(s, cb, sb))


def _figure_nightmare(s: str, a: int, b: int) -> bool:
    """ "the drive was a nightmare": a singular nightmare that is a verdict, not a dream."""
    if s[b : b + 1] == "s" or not s.startswith("nightmare", a):
        return False
    if _NIGHTMARE_DREAM_AFTER.match(s, b):
        return False
    return bool(
        _NIGHTMARE_FIGURE_BEFORE.search(s, max(0, a - 30), a) or _NIGHTMARE_FIGURE_AFTER.match(s, b)
    )


def _passed(s: str, b: int) -> bool:
    """ "headache gone too", "nausea: none": the symptom is told as over or absent."""
    return _RESOLVED_AFTER.match(s, b) is not None


# "heart's pounding", "head's killing me": the contracted verb reads as a space (same
# length, so spans still point at the patient's words).
_CONTRACTED_IS = re.compile(r"(?<=[a-z])'s(?=\s)", _F)
# Patterns used inside the reader, compiled once (no flags, as they always were).
_NOT_OR_NORMAL = re.compile(r"\bnot\b|n't|\bnormal\b")
_DEGREE = (
    r"(?:a\s+)?(?:bit|little|tad|touch|slightly|quite|very|really|pretty|way|super|somewhat"
    r"|rather|kinda|kind\s+of|little\s+bit)\s+"
)
_HIGH_WORDS = (
    # ("a bit up for me": "up" only with its degree, not "up at 6")
    rf"(?:(?:{_DEGREE})?(?:high|elevated|raised|higher)|{_DEGREE}up)\b"
    # (the word ends its phrase: not "high anxiety", "High hopes", "higher than his")
    r"(?=\s*(?:[,.;:!?)]|$|for\s+me\b|than\s+(?:usual|normal|my|i\b)|today|this|again|and\b"
    r"|but\b|though|tho\b|still|now|post|after))"
)
_SAID_HIGH = re.compile(
    r"(?:(?!\b(?:pulse|hr|heart|sugar|glucose|temp|temperature|fever|anxiety|stress|pain|mood"
    r"|hopes?|spirits|energy)\b)[^.;!?\n]){0,50}?(?<![a-z])(?<!not\s)(?<!n't\s)(?<!nt\s)"
    r"(?<!isn't\s)" + _HIGH_WORDS,
    _F,
)
_SAID_HIGH_NEXT = re.compile(r"[\s.;!]{1,4}" + _HIGH_WORDS, _F)
_EXCEPT = re.compile(
    r"\b(?:except|but|apart\s+from|other\s+than|besides|aside\s+from|save|though|tho|still"
    r"|however|only|just)\b",
    _F,
)
# "pain 4/10": the pain rated, as a chronic-pain patient tracks it
_A_PAIN_RATED = re.compile(r"pain\s*[:=-]?\s*(?:10|[0-9](?:\.5)?)\s*(?:/|out\s+of)\s*10\b", _F)
_A_TREATMENT_SITE = re.compile(r"\b(?:iv|arm|site|injection|needle|vein|hand|cannula|drip)\b", _F)
_PRESSURE_WORDS = re.compile(
    r"\b(?:bp|blood\s+pressure|pressure|cuff|presi[oó]n|monitor|machine|readings?|mmhg|systolic)\b"
)
_GENERIC_GATE = Gate(_GENERIC_COMPLAINT)
_NONE_STRONG_GATE = Gate(_NONE_STRONG)
_NONE_WEAK_GATE = Gate(_NONE_WEAK)
_PAST_OCCASION_GATE = Gate(_PAST_OCCASION)
_GATED_MET = met_among([gate for _, _, gate in _GATED])  # one call for all the names' gates


def read_side_effects(text: Text, mentions: Mentions, reading: Reading) -> SideEffectsFound:
    s = text.s
    probe = text.probe
    if "'s" in s:  # the symptoms are read in the text with "'s" as spaces
        probe = Probe(_CONTRACTED_IS.sub("  ", s))
    named_met = _GATED_MET(probe)  # most messages: none
    if not (
        named_met
        or mentions.readings
        or _GENERIC_GATE.met(text.probe)
        or _NONE_STRONG_GATE.met(text.probe)
        or _NONE_WEAK_GATE.met(text.probe)
    ):
        return SideEffectsFound()  # none of the searches below can find anything
    found = SideEffectsFound()
    # (a carer who names the patient asleep: "Dad slept badly ... I'm scared" is the carer's)
    carer = writes_for_the_patient(s) and _A_SLEEPER_NAMED.search(s) is not None
    hits: list[tuple[int, int, str]] = []
    reported: set[str] = set()
    told: set[str] = set()
    taken: list[tuple[int, int]] = []
    earlier: tuple[int, int] | None = None  # a symptom of an earlier occasion
    for i in named_met:
        named, pattern, gate = _GATED[i]
        for m in gate.finditer(pattern, probe, met=True):
            a, b = m.start(), m.end()
            name = named or m.lastgroup or "other"
            active = reading.span_active(a, b)
            if not (active or reading.span_told(a, b)) or any(x < b and a < y for x, y in taken):
                continue
            if name.startswith(_CANNOT_GROUP):
                name = name[len(_CANNOT_GROUP) :]
                ca, _ = text.clause_at(a)
                if _CANNOT_BEFORE.search(s, max(ca, a - 30), a) and not _someone_else(s, ca, a):
                    taken.append((a, b))
                    hits.append((a, b, name))
                continue
            if name == "elevated_blood_pressure" and _NOT_OR_NORMAL.search(m.group(0)):
                continue
            taken.append((a, b))
            ca, cb = text.clause_at(a)
            if _someone_else(s, ca, a):
                continue
            if carer and _THE_WRITERS_OWN.search(s, max(ca, a - 24), a):
                continue  # a carer's own "I'm scared": not the patient's anxiety
            if name == "vivid_dreams" and (
                _figure_nightmare(s, a, b) or _WAKER_DREAMED.search(s, max(ca, a - 60), a)
            ):
                continue  # ("the baby woke me at 2 with a bad dream": the baby's dream)
            if _negated(s, ca, a) or _passed(s, b):
                if active:  # "no chest pain, but is it normal..." asks; it reports no "none"
                    found.negated = found.negated or (a, b)
                continue
            if name == "other" and _owned_by_another_cause(text, a, m.group(0)):
                continue  # "menopause hot flashes": the patient names what causes it
            if (
                name == "other"
                and _NIGHT_SWEATS.match(m.group(0))
                and not _tied_to_treatment(s, 0, len(s), _THE_INFUSION)
            ):
                continue  # sweats are a side effect when the patient ties them to treatment
            if _STILL_TO_COME.match(s, b):
                continue  # "dreading how exhausted I would be tomorrow": not felt yet
            if m.group(0).startswith("passed") and passed_out_asleep(
                s[slice(*text.sentence_at(a))]
            ):
                continue  # "passed out and overslept my alarm": asleep, not a faint
            if _PAST_OCCASION_GATE.met(probe) and _earlier_occasion(
                s, text.sentence_at(a), ca, cb, a
            ):
                earlier = earlier or (a, b)
                continue
            hits.append((a, b, name))
            (reported if active else told).add(name)

    # A blood pressure reading above 140/90 counts when the sentence says it is blood pressure.
    for r in mentions.readings:
        if not reading.span_active(r.start, r.end):
            continue
        sa, _ = text.sentence_at(r.start)
        if not _PRESSURE_WORDS.search(s[sa : r.start]):
            continue
        # "138/88 ..., a little elevated", "150/95 this am. bit high for me": the writer's
        # word on the reading counts, and carries its grade
        said = _SAID_HIGH.match(s, r.end)
        if said is None:
            _, sb = text.sentence_at(r.start)
            said = _SAID_HIGH_NEXT.match(s, sb) if sb - r.end <= 24 else None
        if said is not None or r.systolic >= 140 or r.diastolic >= 90:
            hits.append((r.start, said.end() if said else r.end, "elevated_blood_pressure"))

    # Pain the patient ties to the treatment ("arm sore since the infusion").
    for m in _GENERIC_GATE.finditer(_GENERIC_COMPLAINT, text.probe):
        a, b = m.start(), m.end()
        if not reading.span_active(a, b) or any(x < b and a < y for x, y in taken):
            continue
        sa, sb = text.sentence_at(a)
        if _tied_to_treatment(s, sa, sb) and not _negated(s, text.clause_at(a)[0], a):
            # ("no side effects from tuesday's infusion, nada. pain 4/10": the pain treated,
            # told beside a plain no, unless the no makes an exception)
            said_none = _NONE_STRONG.search(s, sa, a)
            if (
                said_none is not None
                and not _EXCEPT.search(s, said_none.end(), sb)
                and _A_PAIN_RATED.match(s, a)
                and not _A_TREATMENT_SITE.search(s, sa, sb)
            ):
                continue
            hits.append((a, b, "other"))

    hits.sort()
    together = len(hits) > 1 and _TOGETHER_WORD.search(s) is not None  # "both mild"
    for i, (a, b, name) in enumerate(hits):
        lo = hits[i - 1][1] if i > 0 else 0
        hi = hits[i + 1][0] if i + 1 < len(hits) else len(s)
        severity = _severity(text, a, b, lo, hi)
        if severity is None and together:
            severity = _graded_together(text, a, hits[i + 1 :])
        if name not in found.effects or _RANK[severity] > _RANK[found.effects[name]]:
            found.effects[name] = severity
        found.spans.setdefault(name, []).append((a, b))

    for m in _NONE_STRONG_GATE.finditer(_NONE_STRONG, text.probe):
        if reading.span_active(m.start(), m.end()):
            found.none_strong = (m.start(), m.end())
            break
    for m in _NONE_WEAK_GATE.finditer(_NONE_WEAK, text.probe):
        if m.group(0).lower() == "nothing" and _NO_SLEEP_CAME.search(
            s, text.sentence_at(m.start())[0], m.start()
        ):
            continue  # "got in bed at 11, lights off 11:30, nothing. ugh": no sleep came
        if reading.span_active(m.start(), m.end()):
            found.none_weak = (m.start(), m.end())
            break
    found.told_only = told - reported
    # "last time a massive headache, today nothing": the earlier symptom makes the "nothing"
    # an answer about side effects
    if earlier and not hits and found.none_weak:
        found.negated = found.negated or earlier
    return found

"""Lexicons shared by the rules, the concept net and the vetoes: people, the writer,
persistence, time, and everyday settings that explain a crisis word away."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------
# Shared vocabulary.

_PEOPLE = (
    r"(?:husband|wife|partner|spouse|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|roommate"
    r"|roomie|flatmate|housemate|mom|mum|mother|dad|father|parents?|son|daughter|kids?"
    r"|children|child|baby|babies|brother|sister|siblings?|boss|manager|supervisor|foreman"
    r"|teammates?|classmates?|stepfather|stepmother|tenant|coworkers?"
    r"|co workers?|colleagues?|neighbou?rs?|family|friends?|stepdad|stepmom|stepson"
    r"|stepdaughter|grandma|grandpa|grandmother|grandfather|uncle|aunt|cousin|teacher"
    r"|landlord|therapist|doctor|nurse|in laws?|mother in law|father in law|girl|guy|man"
    r"|woman|lady|ladies|gentleman|gentlemen|boys|girls|toddlers?|infants?|newborns?|teens?"
    r"|teenagers?|buddy|buddies)"
)
_OTHERS = (
    rf"(?:him|her(?!\s+(?:feelings|pride|chances|ego|back|knee|leg|arm))|them|someone|somebody"
    rf"|anyone|anybody|people|everyone|everybody|others|(?:my|the|that|this|our) {_PEOPLE}\b"
    rf"(?!s?\s+(?:feelings|pride|chances|ego|plans|plants|car|phone|vibe)))\b"
)
_HARM_VERBS = (
    r"(?:kill|killing|murder|murdering|stab|stabbing|shoot|shooting|strangle|strangling"
    r"|choke|choking|smother|smothering|suffocate|suffocating|poison|poisoning|hurt|hurting"
    r"|harm|harming|beat up|beating up|attack|attacking|punch|punching|drown|drowning"
    r"|run over|strangl\w*|slit|torture|torturing)"
)
_PERSISTS = re.compile(
    r"\b(?:still|hasnt|havent|wont (?:stop|go|leave|go away|pass)|not (?:stopp\w*|going away"
    r"|gone|passing|passed|better|improving|getting better)|keeps?|kept|getting worse|worse"
    r"|for (?:\d+|a few|several|many|hours|two|three|four|five|six) ?(?:hours?|hrs?|days?)"
    r"|(?:its|it has|has it|its now|been) (?:been )?(?:like |about |almost |over )?(?:\d+|an?"
    r"|a few|several|many|two|three|four|five|six) ?(?:hours?|hrs?|days?)"
    r"|since|all day|all night|right now|now|ongoing|wont stop|constant\w*|continu\w*|nonstop"
    r"|persist\w*"
    r"|non stop|cant stop|rn|for (?:hours|days|ages)|(?:been|its been) like (?:this|that))\b"
)
# A symptom over, said in a second language: "but now is better", "now i am normal".
NOW_BETTER_SECOND_LANGUAGE = (
    r"now (?:is|it is|its) (?:better|fine|ok|okay|normal|gone)"
    r"|now (?:i am|im) (?:normal|fine|ok|okay|better)"
)
_RESOLVED = re.compile(
    r"\b(?:(?:better|gone|passed|cleared|fine|ok|okay|normal|over) now|went away|wore off"
    r"|has passed|cleared up|resolved|stopped after|stopped once|settled|back to normal"
    r"|(?:completely |totally )?back to (?:herself|himself|myself|themselves)"
    rf"|{NOW_BETTER_SECOND_LANGUAGE})\b"
)
_LAUGH = re.compile(r"\b(?:laugh\w*|lol|lmao|lmfao|rofl|haha\w*|jk|joking|kidding)\b|😂|🤣")
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine)\b")
_PERSONAL = re.compile(
    r"\b(?:i|im|ive|id|ill|me|my|myself|mine|we|our|us|he|she|hes|shes|him|her|his|they"
    r"|them|their|theyre|wife|husband|partner|son|daughter|mom|mum|dad|kid|friend)\b"
)
_NOW_MARKERS = re.compile(
    r"\b(?:now|still|currently|today|tonight|since|this morning|last night|keeps?|again"
    r"|right now|rn|yesterday|after my|after the|after todays)\b"
)
# Texting drops the subject ("can hardly breathe"), so a question word alone is not enough.
_QUESTION_START = re.compile(
    # "q: can...", "question: is...": a question labelled as one
    r"^\s*(?:(?:please|pls|plz|hi|hey|hello|sorry|ok|okay|so|um|hmm)[,!.]?\s+)?"
    r"(?:(?:q|question|quick question|qq)\s*:?\s*|(?:a |quick |general |genuine )?question(?: \w+)"
    r"{0,6}:\s*)?"
    r"(?:(?:can|could)(?! (?:hardly|barely|not|only|feel|tell|see|hear|just)\b)"
    r"|does|do|is|are|will|would|should|might|may|what|whats|how|hows|why|when|which"
    r"|anyone|does anyone)\b"
)
_TREATMENT = re.compile(
    r"\b(?:ketamine|infusions?|treatments?|therapy|spravato|esketamine|drugs?|meds?"
    r"|medication|medicine|it|this)\b"
)


# --------------------------------------------------------------------------------------------
# Vocabulary for the broader crisis categories below (after the C-SSRS: wish to be dead,
# active thoughts, method, intent, plan, preparatory acts; non-suicidal self-injury;
# thoughts of harming others).

_BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hands?|face|head|hips?|ankles?"
    r"|chest|body|shoulders?|forearms?|knuckles|fingers?|feet|foot|neck|ribs)"
)
_NSSI_VERB = (
    r"(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|hit|hits|hitting|punch\w*"
    r"|scratch\w*|bang\w*|slam\w*|bit|bite|biting|carv\w*|stab\w*|pinch\w*|bruis\w*|slap\w*"
    r"|whip\w*|beat|beating|pick\w*|goug\w*|scald\w*|smash\w*|slash\w*)"
)
_NSSI_TOOL = (
    r"(?:lighter|cigarettes?|cig|razors?|blades?|knife|knives|scissors|match|matches|compass"
    r"|broken glass|safety pin|needles?|pencil sharpener|sharpener|hot iron|boiling water"
    # what is at hand at work or school: "scratched my arms up w a paperclip in the breakroom"
    r"|paper ?clips?|thumbtacks?|push ?pins?|staples?|protractor|nail file|can lid|bobby pins?)"
)
_NSSI_CUE = (
    r"(?:on purpose|deliberately|intentionally|to feel (?:something|anything|real|alive|in"
    r" control|the pain)|to (?:punish|hurt) (?:my ?self|me)|as (?:a )?punishment|(?:until|till|til)"
    r" (?:it|i|they|the skin|my \w+) (?:bled|bleed|bleeds|was bleeding|were bleeding|bruised"
    r"|blistered|went numb|broke)|(?:because|cause|coz|cuz) i deserved? it|to (?:cope|numb"
    r" (?:it|the pain|myself)|calm (?:myself )?down|release (?:it|the pain|the pressure))"
    r"|so i (?:could|would|can) feel)"
)
_PILLS = (
    r"(?:pills|meds|medications?|medicines?|tablets|sleeping pills|sleepers|painkillers"
    r"|opioids|oxy\w*|benzos|xanax|valium|ambien|zopiclone|zolpidem|trazodone|seroquel"
    r"|quetiapine|lithium|insulin|prescriptions?|tylenol|paracetamol|acetaminophen"
    r"|ibuprofen|advil|antidepressants)"
)


_POSSESSIONS = (
    r"(?:stuff|things|belongings|possessions|clothes|books|jewel\w*|guitar|records|vinyl"
    r"|collection|savings|pets?|cat|cats|dog|dogs|plants|art|games|furniture|paintings|photos"
    r"|watch|ring|tools)"
)
_SELF_IN_MATCH = re.compile(r"\b(?:i|im|ive|id|ill|me|my|myself|mine)\b")


_TIME_AFTER = re.compile(
    r"^\s*(?:(?:so |too )?early|at \d|at (?:six|five|four|seven)|for (?:work|school|my|the"
    r"|an?)|before|in time|on time|till|until|til|when|during|in the (?:morning|night)"
    r"|during|once|twice|\d|with|to (?:pee|the)|from|because|cause|cuz|coz|after|again (?:at"
    r"|in|tonight at|around|before))\b"
)


# "the kids will be fine without me for one night": a night out, not an absence for good.
_SHORT_ABSENCE = re.compile(
    r"\bfor (?:one|a|an|the|\d+|two|three|a few|a couple of) (?:\w+ )?(?:nights?|days?"
    r"|evenings?|weekends?|weeks?|hours?|while|trip)\b|\bdate night\b|\blost without me\b"
)
_GARAGE_BENIGN = re.compile(
    r"\b(?:forgot|by mistake|accident\w*|warm\w* (?:\w+ )?up|defrost\w*|de ice|charg\w*"
    r"|jump ?start\w*|battery|mechanic|fix\w*|repair\w*|test\w*|oil|leak\w*|service\w*|mot"
    r"|to the garage|garage said|at the garage|engine light|door (?:was |is )?"
    r"(?:open|up)|open door)\b"
)
# "dead tired", "dead asleep", "dead on her feet": the figure, not a death
DEAD_AS_A_FIGURE = (
    r"(?:tired|asleep|wrong|set|serious|center|centre|to the world|on (?:his|her|their|my)"
    r" feet)"
)
# "nobody would miss me at the party", "no one would notice if i skipped the gym".
_MISSED_AT = re.compile(
    # a place or a gathering, not "this world" or "my life"
    r"^\s*(?:me )?(?:at|in|on|from) (?!(?:this|the) (?:world|earth|planet)\b|my (?:life|family)\b)"
    r"(?:the|my|work|school|a|an|this|that|\w+ (?:club|group|night|party|class|practice"
    r"|meeting))\b|^\s*(?:me )?if i"
    r" (?:skip\w*|miss\w*|didnt (?:go|show|turn up|come)|(?:left|leave) (?:(?:(?:the|my|this"
    r"|that|our) )?(?:\w+ )?(?:party|reunion|work|school|class|dinner|event|meeting|game"
    r"|office|gym|wedding|shift|practice|show|concert|church|service|bbq|barbecue) )?early"
    r"|stayed home"
    r"|stay home|went home)\b"
)


# "Passed out" in a sleep diary: fell asleep, or fainted. The safety rules and the side-effect
# reader must agree on it.
_SLEEP_CONTEXT = re.compile(
    r"\b(?:tired|exhausted|sleepy|early|tonight|asleep|in bed|into bed|on the (?:couch|sofa)"
    r"|watching|reading|til|until|till|for \d+ ?(?:hours|hrs)"
    r"|like a (?:log|rock|baby)|hard|as soon as|the second|the moment|straight away"
    r"|immediately|right away|after dinner|in front of the tv|on the train|pm|am|zzz"
    r"|overslept|slept (?:through|in|till|until|for)|snor\w*|my alarm)\b"
    r"|\b(?:by|at|around|about|before|after) \d+"
    r"|\b(?:within|in) (?:\d+|an?|half an) ?(?:minutes?|mins?|hours?|hrs?)\b"
    # what a sleeping pill does: "ambien makes me pass out", "the trazodone knocks me out"
    r"|\b(?:sleeping (?:pills?|tablets?|meds?)|sleep aids?|ambien|zolpidem|trazodone|seroquel"
    r"|quetiapine|mirtazapine|remeron|melatonin|benadryl|unisom|zzzquil|nyquil|doxylamine"
    r"|diphenhydramine|lunesta|belsomra|restoril|temazepam|gummies|edibles?)\b"
)
_FAINT_ALARM = re.compile(
    r"\b(?:floor|hit my head|bathroom|latrine|restroom|loo|infusion|came to|come to"
    r"|woke up on|dizzy|lightheaded"
    r"|light headed|ambulance|fell|collapsed|shower|toilet|standing|stood up|chest|faint\w*"
    r"|heart|racing|pounding|palpitat\w*|pulse|bpm|\d{3}\+?"
    # "passed out on the jobsite about 15 min ago": at work, minutes ago, seen by others
    r"|(?:minutes?|mins?|seconds?|secs?) ago|jobsite|job site|worksite|at work|on site"
    r"|hit the (?:ground|deck|pavement)|on the ground|coworkers?)\b"
)


# "the memory of the dream is a little faint": a thing faint to the senses, said with a
# linking verb (not "bad dream then felt faint", nor "light headed and a bit faint")
FAINT_THING = re.compile(
    r"\b(?:memory|memories|dream|sound|music|smell|line|mark|scar|voice|writing|print|signal)"
    r"\b(?: \w+){0,3}? (?:is|was|are|were|seems?|seemed|grew|got|getting|went) (?:a little |a bit "
    r"|quite |very |so |still )?faint\b(?!ed|ing)"
)


def passed_out_asleep(sentence: str) -> bool:
    """Whether 'passed out' in this sentence (lower case) means fell asleep: 'passed out at
    10 on the couch', 'ambien makes me pass out', not 'passed out in the shower'."""
    return bool(_SLEEP_CONTEXT.search(sentence)) and not _FAINT_ALARM.search(sentence)

"""The rule layer: crisis and urgent rules, each a pattern with its guards, tried in order."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from bot.safety.context import _context_veto
from bot.safety.guards import (
    _LIE_IN,
    Guard,
    _a_small_child_does_not_know,
    _accidental,
    _after,
    _allergy_benign,
    _as_prescribed,
    _blacked_out_thing,
    _bp_words_resolved,
    _breathing_benign,
    _burden_asking,
    _chest_idiom,
    _collapse_into_bed,
    _confusion_not_serious,
    _crisis_general_question,
    _crisis_negated,
    _crisis_resolved,
    _crisis_topic,
    _cut_struck,
    _die_figure,
    _die_idiom,
    _emergency_work,
    _end_early,
    _end_it_breakup,
    _explained_away,
    _explained_or_not_going_on,
    _faint_figure,
    _farewell_benign,
    _fine_since,
    _first_person_waking,
    _foaming_with_rage,
    _general_question,
    _giving_benign,
    _goodbye_seen_off,
    _goodbye_to_a_thing,
    _goodbye_until_later,
    _habitual_faint,
    _harm_idiom,
    _harmless_after,
    _heart_attack_idiom,
    _hypothetical,
    _laughing,
    _long_ago,
    _means_benign,
    _milestone,
    _momentary_or_drink,
    _murder_joke,
    _needs_agent,
    _needs_persistence,
    _newcomer,
    _no_death_context,
    _no_reason_to_know_me,
    _not_a_person,
    _not_about_pills,
    _other_then_well,
    _overdose_question,
    _passed_out_asleep,
    _patients_overdose,
    _power_cut,
    _refill_context,
    _said_by_other,
    _seeing_clearly,
    _seen_off,
    _seized_goods,
    _seizure_history,
    _signs_asked,
    _skin_condition,
    _slept_on_the_floor,
    _symptom_resolved,
    _tech_unresponsive,
    _treatment_ending,
    _urgent_negated,
    _wake_up_benign,
    _waking_at_time,
    _worn_out_by_a_thing,
)
from bot.safety.levels import SafetyLevel
from bot.safety.needed import _fast, _Screen
from bot.safety.vocabulary import (
    _BODY,
    _GARAGE_BENIGN,
    _HARM_VERBS,
    _MISSED_AT,
    _NSSI_CUE,
    _NSSI_TOOL,
    _NSSI_VERB,
    _OTHERS,
    _PEOPLE,
    _PILLS,
    _POSSESSIONS,
    _SHORT_ABSENCE,
    DEAD_AS_A_FIGURE,
)


@dataclass(frozen=True)
class _Rule:
    level: SafetyLevel
    kind: str
    pattern: re.Pattern[str]
    negatable: bool = False
    guards: tuple[Guard, ...] = ()


# Lighters and blades pressed to the skin; razors alone are too often shaving.
_BURN_TOOL = (
    r"(?:lighter|cigarettes?|cig|match|matches|hot iron|boiling water|blade|blades|razor blade"
    r"|broken glass|compass|safety pin|hot (?:spoon|knife|metal|coin|key))"
)
_NOT_NEG_WORD = (
    r"(?!(?:didnt|wasnt|hadnt|never|wouldnt|doesnt|dont|isnt|arent|not|wont|cant|shouldnt"
    r"|hasnt|havent|werent)\b)\w+"
)


def _rule(
    level: SafetyLevel,
    kind: str,
    pattern: str,
    *guards: Guard,
    negatable: bool = False,
) -> _Rule:
    return _Rule(level, kind, re.compile(pattern), negatable, guards)


# What keeps something seen or believed, told as going on, from alarming: an ordinary cause,
# its end, a question in general, a supposition, a denial.
_NOT_SO_AFTER_ALL = (
    _explained_away,
    _symptom_resolved,
    _general_question,
    _hypothetical,
    _urgent_negated,
)
# Someone or something perceived: "children laughing", "singing", "can see them".
_SOMETHING_PERCEIVED = re.compile(
    r"\b(?:see|sees|seeing|saw|hear|hears|hearing|heard|staring|talking to|talks to|watching"
    r"|pointing at|screaming at|swatting|crawling|someone|somebody|people|children|kids|man|men"
    r"|woman|women|girl|boy|baby|voice|voices|singing|knocking|laughing|crying|whisper\w*"
    r"|moving|shapes|faces|figures?|bugs|spiders|insects|snakes|animals?|dog|cat"
    r"|who (?:died|passed))\b"
)


# A pet at nothing: "the dog keeps barking at the corner", "the cat stares at the wall".
_A_PET_AT_NOTHING = re.compile(
    r"\b(?:dogs?|cats?|puppy|kitten)\b(?: \w+){0,3}? (?:barks?|barking|growl\w*|hiss\w*"
    r"|stares?|staring)\b"
)


# Going on now: "still there", "been 3 hours", "since dinner", "it's 10pm now", "all night".
_GOING_ON_NOW = re.compile(
    r"\b(?:still|(?:been|its been|it has been|going on|happening|at it) (?:for |since |over )?"
    r"(?:\d+|an?|one|two|three|four|five|six|several|a few|hours|over an) ?(?:hours?|hrs?|h)\b"
    r"|since (?:dinner|supper|lunch|tea|breakfast|this (?:afternoon|morning|evening)|\d|she got"
    r"|he got|i got|returning|coming home|the infusion|her infusion|his infusion|my infusion"
    r"|treatment)|all (?:night|evening)|(?:its|it is) (?:now )?(?:\d|gone \d)|(?:\d+|two|three"
    r"|four|five|six) (?:hours?|hrs) now|for hours|keeps? (?:\w+ing|on))"
)


# Still so, and saying so: "not letting up", "its been 8 hours", "still at it".
_STILL_GOING = re.compile(
    _GOING_ON_NOW.pattern
    + r"|\b(?:not (?:letting up|going away|easing|stopping|wearing off|fading)|wont (?:go|stop"
    r"|leave|fade)|no reduction|getting worse|hasnt (?:stopped|eased|faded)|continuing|till now"
    r"|for the last (?:hour|\d+))\b"
)
# The treatment named, or since it: the frame in which what is seen is its effect.
_SINCE_TREATMENT = re.compile(
    r"\b(?:infusions?|treatment|ketamine|session|the drip|the clinic|the medicine|tx)\b"
)
# An illness that brings such things: "her neurologist says its the lewy body".
_A_KNOWN_CAUSE = re.compile(r"\b(?:lewy|parkinson\w*|dementia|alzheimer\w*)\b")
# Unlike the person: "she's never been like this", "not like her at all".
_UNLIKE_THEM = re.compile(
    r"\b(?:never (?:been|done|had|seen|acted) (?:\w+ ){0,3}?(?:like this|this before|before)"
    r"|not like (?:her|him|me|them)|not (?:himself|herself|myself)|none of this is normal"
    r"|no dementia|(?:doesnt|does not|dont) have dementia|no memory problems|sharp as a tack)\b"
)


# What one might let be: a fire, smoke, gas, a flood (not an alarm clock).
_A_DANGER = re.compile(
    r"\b(?:fire(?! alarm)|smoke(?! alarm| detector)|gas|flood\w*|flames?|burning)\b"
)


# Someone found down, or not waking, not making sense, barely breathing.
_A_PERSON_DOWN = re.compile(
    r"\b(?:found (?:\w+ ){0,2}?(?:on the floor|in (?:bed|the bath|the car)|passed out|unconscious"
    r"|collapsed|him|her|them|mum|mom|dad|my \w+)|unconscious|(?:wont|cant|couldnt|not) (?:wake"
    r"|rouse|respond)\w*|not making sense|barely breathing"
    r"|(?:he|she|hes|shes|they|theyre) (?:is |are )?(?:\w+ )?(?:drowsy|slurring|out cold"
    r"|on the floor))\b"
)


# "throwing my laptop off a bridge" is temper at a thing, not a threat to a person.
_THINGS = (
    r"(?:phone|laptop|computer|pc|tv|telly|printer|alarm|clock|alarm clock|car|bike|keys|bag"
    r"|tablet|ipad|kindle|headphones|router|modem|monitor|screen|scales?|charger|remote"
    r"|controller|console|xbox|playstation|stuff|things|books?|work|mug|cup|glass|plate"
    r"|pillow|desk|chair|fan|kettle|toaster|microwave|fridge|washing machine|mattress|bed"
    r"|vase|bin|lamp|mouse|keyboard|wifi|cpap|mask|machine|watch|fitbit|diary)"
)
_NOT_A_THING = r"(?!" + _THINGS + r"\b)\w+"

_C: SafetyLevel = "crisis"
_U: SafetyLevel = "urgent"

_CRISIS_RULES: tuple[_Rule, ...] = (
    # Suicide named outright, with texting spellings and algospeak.
    _rule(
        _C,
        "suicide_word",
        r"\b(?:su+[i1!*]?c+[i1!*]?d\w*|suisid\w*|suiside\w*|sucid\w*|suicdal|sewer ?slide\w*"
        r"|unaliv\w*|homicid\w*|self ?harm\w*|self ?injur\w*|self ?mutilat\w*"
        r"|kms|kys|ctb|catch the bus)\b",
        _said_by_other,
        _crisis_general_question,
        _crisis_topic,
        _crisis_resolved,
        _crisis_negated,
    ),
    _rule(
        _C,
        "kill_self",
        r"\b(?:k[i1!*]ll(?:ing|ed|s)?|off(?:ing)?|end(?:ing)?|hang(?:ing)?|shoot(?:ing)?"
        r"|drown(?:ing)?|poison(?:ing)?|starv\w*|hurt(?:ing|s)?|harm(?:ing|ed|s)?|cut(?:ting|s)?"
        r"|burn(?:ing|ed|t)?|punish(?:ing)?|suffocat\w*|injur\w*|hit(?:ting)?|punch(?:ing|ed)?"
        r"|scratch(?:ing|ed)?|bit|bite|biting|slap(?:ping|ped)?|bruis\w*|carv\w*|bang(?:ing|ed)?"
        r"|strangl\w*|chok(?:e|ing|ed)|smother\w*|stab(?:bing|bed)?|mutilat\w*)"
        r" (?:my ?self|themselves|himself|herself)\b",
        _accidental,
        _other_then_well,
        _crisis_negated,
        _crisis_resolved,
    ),
    _rule(
        _C,
        "end_life",
        r"\b(?:end(?:ing)?|take|taking|took) (?:my|his|her|their) (?:own )?li(?:fe|ves)\b"
        r"|\bend(?:ing)? it all\b|\b(?:want|wanted|going|ready|plan|planning|planned|decided"
        r"|thinking|thought|need|about|time|try(?:ing)?) (?:about |of )?(?:to )?end(?:ing)?"
        r" (?:it|things|everything)\b",
        _end_it_breakup,
        _end_early,
        _crisis_negated,
    ),
    _rule(
        _C,
        "want_to_die",
        r"\b(?:want(?:ed)? to|wanting to|ready to|deserve to|going to|should|wish i (?:could|would"
        r"|was going to)?|hope i|like to|rather) (?:just )?(?:die|be dead|not exist|not be alive"
        r"|not be here|disappear forever|stop existing|never wake up)\b"
        r"|\bwish (?:i|id) (?:was|were|had been) (?:dead|never born|gone)\b"
        r"|\bwish (?:i|id|i had) never been born\b"
        r"|\bwant (?:to )?(?:live|be alive|be here|exist|go on|keep going)(?: \w+)? anymore\b"
        r"|\b(?:not sure|dont know if|dont know whether|unsure if|not sure if|doubt) (?:i )?"
        r"(?:want|wanna|can) (?:to )?(?:live|be alive|go on|keep going|keep living)\b"
        r"|\b(?:rather be|better off|be better) dead\b"
        r"|\b(?:dont|didnt|do not|no longer|never) (?:really )?want(?:ed)? to (?:be alive|live"
        r"(?! forever| to (?:be )?(?:\d+|a hundred))|exist|be here(?: anymore)?|go on|keep going"
        r"|keep living|carry on|continue)\b"
        r"|\b(?:dont|no longer) want (?:to be|my) (?:alive|life)\b"
        r"|\b(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing(?! on\b)|it all)\b"
        r"(?! for (?:today|tonight|the (?:day|night|week|weekend)|now|this week))"
        r"|\bdone living\b|\b(?:life|living) (?:isnt|is not|aint|not) worth\b|\bnot worth living\b"
        r"|\b(?:no|whats the|what is the|dont see the|lost the) (?:point|reason) (?:in |of |to )?"
        r"(?:living|live|going on|being alive|being here|life|anything anymore|it all|carry on)\b"
        r"|\bnothing (?:left )?to live for\b|\bno (?:will|reason|desire) to live\b"
        # "no wish to carry on", "lost all will to go on", "i not want to live more"
        r"|\b(?:no|not any|not much|lost (?:the|my|all)|lost all|zero) (?:real |more |longer )?"
        r"(?:wish|desire|will|want|reason|intention|interest) (?:left )?to (?:live|carry on|go"
        r" on|keep going|continue|keep living|be alive|wake up|be here|exist|keep fighting)\b"
        r"(?! (?:a|an|the|to|at|with|holiday|vacation|walks?|my|our|this|that|working|trying))"
        r"|\bi (?:not|no) (?:want|wanna|wish|like) (?:to )?(?:live|be alive|exist|go on|carry on"
        r"|continue|wake up)\b"
        r"|\b(?:i (?:\w+ )?(?:want|wanna|going to|will|think to|wish to|need to|try to|tried to)"
        r"|ill|im going to|id like to) (?:to )?(?:kill|hurt|end|harm|cut) me\b"
        r"|\b(?:wont|not going to|dont plan to|dont intend to) (?:be )?(?:trouble|bother|burden"
        r"|troubling|bothering|burdening|a (?:trouble|bother|burden) to) (?:\w+ )?(?:much|for"
        r" much|for) longer\b"
        r"|\b(?:no|any) (?:point|reason) (?:in |to )?(?:keep|keeping) (?:living|going|on)\b"
        r"|\bno point (?:anymore|any more|in anything)\b"
        r"|\b(?:no|whats the|what is the|dont see the|lost the) point (?:in |of |to )?(?:any of"
        r" (?:it|this)|anything|any of this anymore)\b"
        r"|\b(?:im|i am|so) done with (?:everything|it all|life|living)\b(?! for)"
        r"|\bcant (?:go on(?! (?:the|a|an|my|that|this|holiday|vacation|trips?|rides?|tour|line"
        r"|about|with (?:the|my|this)|social|twitter|facebook|leave|strike)\b)|keep going"
        r"|do this anymore|take (?:it|this) anymore|live like this|keep living)\b"
        r"|\bgiv(?:e|ing|en) up on (?:life|living|everything)\b"
        r"|\b(?:hope|wish|pray) (?:i|that i) (?:dont|wont|never|didnt) wake up\b"
        r"|\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) wake up\b"
        r"|\bnever wake up again\b|\bwant to disappear\b"
        r"|\b(?:think|thinking|thoughts?) (?:a lot |constantly |all the time )?(?:about|of)"
        r" (?:dying|death|being dead|not being here|not waking up|not existing)\b"
        r"|\b(?:wouldnt|would not|dont|do not|wont) mind (?:if i (?:didnt|dont|never|did not)"
        r" wak\w* up|not waking up|dying|being dead|if i died)\b"
        r"|\b(?:ok|okay|fine|happy) (?:if i|to) (?:didnt|never|not) wak\w* up\b"
        r"|\bgoodbye (?:everyone|everybody|world|cruel world|all)\b"
        r"|\btell my (?:kids|family|wife|husband|mom|mum|dad|children|son|daughter|parents)"
        r" (?:that )?i love (?:them|her|him)\b|\bwant (?:it all|everything|it) to"
        r" (?:end|be over|stop)\b(?! (?:so|soon|with|already|before|by|quickly|because|cause|cuz"
        r"|for (?:the|today|tonight|now)))"
        r"|\b(?:wish|want)(?: i could| to)? (?:just )?(?:go to )?sleep forever\b"
        r"|\bnot be around (?:much longer|for long|anymore)\b|\bwont be (?:around|here)"
        r" (?:much longer|for long|tomorrow|anymore|by)\b",
        _die_idiom,
        _die_figure,
        _waking_at_time,
        _goodbye_seen_off,
        _goodbye_until_later,
        _worn_out_by_a_thing,
    ),
    # Sleep that is death, a danger let be (the review24c probes): "I'll be sleeping forever
    # soon enough", "when the smoke went through the house I thought, just stay in bed and
    # let it happen"
    _rule(
        _C,
        "sleep_forever_or_a_danger_let_be",
        r"\b(?:ill|i will|im going to|im gonna|soon ill|i shall) be (?:sleeping|asleep)"
        r" (?:forever|permanently)\b(?! tonight| lol| haha| till| until)"
        r"|\b(?:stay|stayed|lie|lay|sit|sat|stay put) (?:in bed |there |here )?and let it"
        r" (?:happen|take me|burn|come)\b(?! till| until)",
        lambda s, m, t: "let it" in m.group(0) and not _A_DANGER.search(t),
        _crisis_negated,
    ),
    _rule(
        _C,
        "dont_want_to_wake",
        r"\b(?:dont|never) want to wake up(?: again| ever| anymore| tomorrow)?\b",
        _wake_up_benign,
    ),
    _rule(
        _C,
        "burden",
        r"\b(?:better off|be better|happier|be happier|be fine|easier|be easier)"
        r" (?:off )?without me\b"
        # "when i was 12" is a memory: was/were need what follows.
        r"|\b(?:if|when|once|after) (?:i|im) (?:(?:was|were|am) (?:\w+ )?(?:gone|dead|not here"
        r"|not around|no longer here|no longer around)|(?:wasnt|werent) (?:here|around)|died"
        r"|dead|gone|disappeared|not here|not around|no longer here)(?: anymore)?\b"
        r"|\b(?:no ?one|nobody|noone) (?:would|will|will even|would even) (?:miss|notice|care"
        r" if|care when)\b"
        # "nobody'd miss an old bastard like me"
        r"|\b(?:no ?oned|nobodyd|nooned) (?:even )?(?:miss|notice) (?:me|(?:an? |this )?"
        r"(?:\w+ ){0,3}?like me)\b"
        r"|\b(?:im|i feel|feel like|feel like im|being|am|such|just) (?:such |a |just |so )*"
        r"(?:a )?(?:huge |big |total )?burden\b",
        _burden_asking,
        lambda s, m, t: bool(_SHORT_ABSENCE.search(s) or _MISSED_AT.match(_after(s, m))),
        _crisis_negated,
    ),
    # Pills emptied beside someone in danger: "found mum on the floor with empty pill bottles
    # and a letter, shes breathing but wont wake" (an empty bottle alone is a refill)
    _rule(
        _C,
        "emptied_pills_beside_a_person_down",
        r"\bempty (?:\w+ ){0,2}?(?:pill|medicine|meds?|tablet|prescription|blister|sleeping pill"
        r"|painkiller)s? ?(?:bottles?|packs?|packets?|boxes?|containers?|strips?)?"
        r"|\bempty (?:bottles?|packets?|packs?|boxes?) of (?:\w+ ){0,2}?(?:pills|meds|tablets"
        r"|sleeping pills|painkillers|sleepers|(?:his|her|their|my) (?:\w+ )?(?:pills|meds))\b",
        lambda s, m, t: not _A_PERSON_DOWN.search(t),
    ),
    _rule(
        _C,
        "means",
        r"\b(?:overdos\w*|over dos\w*|noose|slit (?:my|his|her) wrists?|wrists? slit"
        r"|gun to my head|jump(?:ing)? (?:off|from|in front of) (?:a|the|my) (?:bridge|building"
        r"|roof|balcony|cliff|train|bus|car|truck|tower|window|overpass)"
        r"|(?:step|walk|throw myself) in front of (?:a|the) (?:train|bus|car|truck)"
        r"|(?:driv\w*|crash\w*|drove) (?:my car )?(?:off|into) (?:a|the) (?:bridge|cliff|tree|wall"
        r"|river|lake)|(?:stockpil|hoard|sav|collect)(?:e|ed|ing) (?:up )?(?:my |all my |the )?"
        r"(?:pills|meds|medications?|tablets|sleeping pills)"
        r"|(?:take|taking|took|swallow\w*) (?:all|every one|the whole bottle|a whole bottle"
        r"|a bottle|a bunch|a handful|handfuls|too many) (?:of )?(?:my |the |of my )?(?:pills"
        r"|meds|tablets|sleeping pills|medication)"
        r"|(?:going to|want to|thinking (?:of|about)|try(?:ing)? to|could|might|plan to"
        r"|planning to) od\b|\bod(?:ing|d|ed)? on (?:my |all my |the )?(?:pills|meds|sleeping"
        r"|tablets|insulin|ketamine|tylenol|\w+)"
        r"|ways? to (?:die|kill myself|end it|end my life|overdose|do it)"
        r"|(?:pills|meds|tablets) (?:\w+ )?(?:saved|stashed|hidden|hoarded) (?:up|away)?"
        r"|for when im ready|(?:driv\w*|drove|walk\w*|step\w*) (?:\w+ )?into (?:oncoming )?traffic"
        r"|(?:want to|going to|thinking (?:of|about)|plan to|planning to|urge to) crash(?:ing)?"
        r" (?:my|the) car|crash my car on purpose"
        r"|how to (?:kill myself|end it|end my life|die|hang myself)"
        r"|(?:would|does|will|did) it take to (?:kill|die|end)|enough (?:\w+ )?to (?:kill me"
        r"|kill myself|die|end it|not wake up)"
        r"|(?:how|which|what) (?:many|much) (?:\w+ ){0,5}(?:to|would) (?:kill|be (?:lethal"
        r"|fatal|enough to die))|lethal dose|fatal dose|bought (?:a )?(?:gun|rope) (?:to|for)"
        r"|plan(?:ned|ning)? (?:how|when|where) (?:to|ill|i will) (?:die|do it|end))",
        _overdose_question,
        _patients_overdose,
        _means_benign,
        _as_prescribed,
        _harmless_after,
        _crisis_negated,
    ),
    _rule(
        _C,
        "goodbye",
        r"\b(?:this is (?:my )?(?:final |last )?goodbye|goodbye forever|final goodbye"
        r"|last goodbye|say(?:ing)? (?:my )?goodbyes?(?: to (?:everyone|everybody|my|you all"
        r"|all))?|wanted to say goodbye|my goodbyes|giv(?:e|ing|en) (?:away )?(?:all )?"
        r"(?:of )?my (?:stuff|things|belongings|possessions|stuff away|things away)|gave away"
        r"(?: all)? (?:of )?my (?:stuff|things|belongings|possessions)|(?:put|putting|got|get"
        r"|getting) my affairs in order|(?:wrote|writing|write|written|left) (?:a|my)"
        r" (?:goodbye |farewell |last |final )(?:note|letter|message)|(?:wont|will not"
        r"|dont think ill|dont think i will|wont be) need(?:ing)? (?:it|them|this|these|that"
        r"|(?:my|this|these|that|the) ?\w*|anything|any of (?:it|this|them)|either(?: one)?)"
        r" (?:much longer|for (?:much )?longer"
        r"|for long|where im going|after (?:tonight|tomorrow|this week))|last time you(?:ll)?"
        r" hear from me|you wont hear from me again)\b",
        _treatment_ending,
        _goodbye_to_a_thing,
        _seen_off,
        _crisis_negated,
    ),
    _rule(
        _C,
        "self_harm",
        r"\b(?:cutting (?:again|myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))"
        r"|cut (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))|(?:started|been|keep|kept"
        r"|back to|went back to|relapsed?(?: on| into)?) (?:cutting|burning myself|self"
        r" harming)|(?:want|wanted|urge|urges|tempted|thinking about|thoughts? (?:of|about))"
        r" (?:to )?(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|punish|punishing)"
        r" (?:myself|me|my (?:arms?|wrists?|legs?))|razor blades? (?:to|on) my|"
        r"(?:urges?|urge|tempted|want|wanted|wanting|need) to (?:cut|self harm|burn myself)\b"
        r"(?! (?:back|down|out|off|the|my hair|carbs|sugar|caffeine|ties|loose|it|them|in|a |some"
        r"|costs|corners|class|work|school))|(?:use|using|turn|turning|point|pointing) (?:it|the"
        r" gun|a gun|the knife|a knife) on myself|"
        r"voices? (?:\w+ )?(?:telling|told|tell|tells) me to (?:hurt|kill|harm|die|end|cut)"
        # a heat or a blade held to the skin: "I keep pressing the hot lighter into my arm"
        r"|(?:press\w*|push\w*|held|hold\w*) (?:a |the |my )?(?:hot |lit )?(?:lighter"
        r"|cigarette|ciggie|cig|knife|blade|razor|match) (?:\w+ )?(?:into|onto|on|against)"
        r" my (?:arms?|wrists?|skin|legs?|thighs?|hands?|stomach)"
        # a go at the wrists: "had a go at my wrists in the bath but chickened out"
        r"|(?<!cat )(?<!dog )(?<!physio )(?<!nurse )(?<!doctor )(?:had|have|having|took|take)"
        r" a (?:go|slash) at my (?:wrists?|throat)"
        r"|(?:went|go|going|gone) at my wrists? with (?:a|the|my) (?:knife|blade|razor|scissors"
        r"|glass)|put (?:a |the |my )?(?:lit )?(?:cigarette|ciggie|cig) out on my)\b",
        _crisis_negated,
        _cut_struck,
    ),
    _rule(
        _C,
        "harm_others",
        rf"\b{_HARM_VERBS} {_OTHERS}",
        _needs_agent,
        _harm_idiom,
        _murder_joke,
        _crisis_negated,
    ),
    _rule(
        _C,
        "harm_others_thoughts",
        r"\b(?:thoughts?|urges?|urge|fantas\w*|images?|visions?|intrusive thoughts?)"
        # ("fantasize about going back and hurting my old manager")
        r" (?:of|about|to)(?: (?:going|driving|walking|heading) (?:back|over|there|up|down)"
        r"(?: there)? and)? (?:hurt|hurting|harm|harming|kill|killing|stab|stabbing|shoot"
        r"|shooting|strangl\w*|smother\w*|drown\w*) (?:\w+ )?\w+\b"
        r"|\bviolent (?:thoughts|urges|fantasies)\b",
        _crisis_negated,
        _crisis_resolved,
    ),
    _rule(
        _C,
        "die_passive",
        r"\b(?:(?:want|wanted|wanting|going|deserve|ready) to (?:die|be dead)|wish i (?:could )?"
        r"die|(?:wanna|want|wants) (?:to )?die)\b",
        _die_idiom,
    ),
    # ---- Wish to be dead, said without the word "die" (C-SSRS item 1).
    _rule(
        _C,
        "wish_not_exist",
        r"\b(?:if|when|once) i (?:just |simply |finally |quietly |could just |could )?"
        r"(?:(?:didnt|did not|wasnt|werent|was not|were not|no longer|stopped|never|dont|cease"
        r" to) (?:exist\w*|alive|breathing|born|wake up|woke up|waking up|in the picture"
        r"|in (?:this|the) world|on this earth|be here|here anymore|around anymore)"
        r"|(?:died|disappeared|vanished|passed away|ended it|killed myself|stopped existing"
        r"|stopped breathing|went to sleep forever|never woke up))\b"
        r"|\b(?:wouldnt|would not|dont|do not|didnt) (?:really |even |honestly )?mind if i"
        r" (?:just )?(?:never|didnt|did not|dont|wouldnt) (?:wake|woke|waking)\b"
        r"|\b(?:dont|do not|didnt|never|wouldnt|would not|no longer) (?:really |even |honestly )?"
        r"(?:care|mind) (?:if|whether|that|about) (?:i )?(?:live or die|live|die|died|dying"
        r"|being dead|survive|(?:dont|didnt|never|wouldnt) wake up|get hit|got hit"
        r"|not waking up)\b(?! (?:down|off|out|of (?:laughter|embarrassment|boredom|shame)))"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying|hopefully|maybe) (?:that )?(?:i|something"
        r"|someone|somebody|a (?:car|bus|truck|train)|god|the (?:cancer|plane|car|illness"
        r"|disease|universe)) (?:(?:gets? |got )?(?:hit by|run over|killed)|(?:just |would"
        r" |will |could )?(?:kill|kills|take|takes|hit|hits) me(?! home| to| out| back| with"
        r"| for| away| up| off| down| through| there)|(?:just |would |will |finally )?"
        r"(?:die|dies|died)(?! down| off| out| of (?:laughter|embarrassment|boredom|shame"
        r"|cringe|cuteness))|crash\w*|gets? cancer|(?:dont|wont|never|doesnt) (?:wake|make it"
        r" through the night|survive|come back))\b"
        # an illness or a symptom wished fatal: "i hope it kills me", "honestly i hope it's a
        # heart attack so it's all over" (not "hope it's not a heart attack")
        r"|\b(?:hope|hoping|wish|pray|praying|hopefully) (?:that )?(?:it|this|that) (?:just "
        r"|finally |actually )?(?:kills|finishes) me(?: off)?+(?! to| with| for| up| so| lol"
        r"| haha| till| until| quick)\b"
        r"|\b(?:hope|hoping|wish|pray|praying|hopefully) (?:that )?(?:its|it is|this is|its just)"
        r" (?:a heart attack|cancer|a stroke|fatal|terminal)\b"
        r"|\b(?:dont|do not|cant|cannot|can no longer|no longer|really dont) (?:see|picture"
        r"|imagine|envision) (?:myself|me) (?:\w+ ){0,2}(?:being (?:around|alive)|being here"
        r"(?! in| at| with| for)|around (?:much|for|next|by|anymore|in a)|alive|surviv\w*"
        r"|lasting (?:much|long|another)|growing old|getting old|here (?:much|for long|next"
        r"|anymore)|living (?:much longer|for much|past|anymore|another))\b"
        r"|\b(?:wont|will not|not going to|dont think ill|dont think i will|probably wont"
        r"|might not) be alive\b"
        r"|\b(?:dying|death|being dead|not waking up|not being here|not existing|never waking"
        r" up|if i died|if i was dead|ending it all|an end to (?:it all|my life|everything))"
        r" (?:would|will|could|might|seems|sounds|feels|is|would just)? ?(?:honestly |really |just"
        r" |probably |actually |truly )?(?:be |feel |feel like"
        r" |sound like |seem like |look like )?(?:such |so |a |the |like a )*(?:relief|mercy"
        r"|blessing|release|peaceful|peace|welcome|easier|easy way out|bliss|freedom|escape"
        r"|answer|only way out|way out|best option|only option)\b"
        r"|\b(?:welcome|welcoming|long for|longing for|crave|craving|wish for|wishing for"
        r"|pray for|praying for|look forward to|looking forward to|cant wait for|envy|jealous"
        r" of|fantasi[sz]\w* about|romantici[sz]\w*) (?:the )?(?:death|dying|being dead|the dead"
        r"|people who (?:die|died|are dead)|sweet release|eternal sleep|my (?:own )?death"
        r"|my (?:own )?funeral|not waking up|not existing|not being here)\b"
        r"|\b(?:whats|what is|wheres|where is|is there|theres|there is|no|zero|dont see|cant"
        r" see|lost|dont see any|dont know the|what even is the) (?:even )?(?:the |any |a |even a"
        r" |real )?"
        r"(?:point|reason|purpose|use|sense) (?:in |of |to |for )?(?:me )?(?:(?:staying|stay"
        r"|being|be|remaining) (?:alive|here anymore|on this earth|in this world)|keep(?:ing)?"
        r" (?:going|living|trying|fighting|on|breathing|existing)(?! with| to| the| at| for)"
        r"|go(?:ing)? on(?! with| to| the| at| for| about| holiday| vacation| a)"
        r"|carry(?:ing)? on(?! with| to| the| at| for)|continu\w* (?:living|on|anymore)"
        r"|exist|existing|waking up(?! early| at| before| for| so| in)|wake up(?! early| at"
        r"| before| for| so| in)|(?:even )?trying anymore|fighting anymore|surviving|breathing"
        r"|any of (?:it|this) anymore|my life|life anymore|living anymore)\b"
        r"|\bwhy (?:should i |do i |would i |even |do i even |should i even )?(?:bother"
        r" )?(?:with )?(?:living|staying alive|stay alive|being alive|go on|going on|keep going"
        r"|keep living|exist|existing|keep breathing)\b(?! to| with| for| at| back| the| there"
        r"| out| in| about)"
        r"|\bwhy am i (?:even )?still (?:alive|breathing|on this earth|in this world)\b"
        r"|\b(?:no|zero|not a single|not one|not any) (?:reason|reasons|point|will|desire)"
        r" (?:left )?(?:to|for|in) (?:me to )?(?:live|living|go on|going on|stay alive|staying"
        r" alive|keep going|keep living|carry on|carrying on|continue living|exist|existing"
        r"|be alive|being alive|stay around|keep fighting|keep breathing|wake up|waking up)\b"
        # "no desire to go on a diet", "no reason to carry on with the course"
        r"(?! (?:early|at|before|for|with|to|in the|a|an|the|holiday|vacation|walks?|my|our"
        r"|this|that|working|trying|about))"
        r"|\b(?:want|wants|wanted|wanting|wish|need|needed|ready|just want|id like|would like"
        r"|longing|long|begging) (?:for )?(?:it all|everything|all of this|all this|life|my life"
        r"|this life) (?:to )?(?:end|stop|be over)(?: for good| forever| permanently| once and"
        r" for all)?\b(?! (?:soon|with|at|on|early|by|so|before|after|when|quickly|already"
        r"|being|getting|feeling|hurting|spinning))"
        r"|\b(?:make|want|need) (?:it|the pain|everything|this|it all|my pain) (?:all )?(?:to )?"
        r"(?:stop|end|go away) (?:for good|forever|permanently|once and for all)\b"
        r"|\b(?:disappear|vanish|fade away|cease to exist|stop existing|not exist)(?: \w+)?"
        r" (?:forever|for good|permanently|and never come back|off the face of the earth)\b"
        r"|\b(?:fall|drift|go|going|went) (?:asleep|to sleep) (?:and (?:stay asleep forever"
        r"|not wake|never wake|not come back)|permanently)\b"
        # "i want to sleep for good" (not "sleep for good stretches", "sleep forever in this bed")
        r"|\b(?:want|wanted|wish|hope|hoping|would love|rather|longing) (?:to )?(?:just )?"
        r"(?:go to )?sleep (?:for good|forever|permanently)\b(?! (?:stretches|chunks|blocks|long"
        r"|hours?|nights?|quality|tonight|in|on|this|[0-9]))"
        r"|\b(?:want|wanted|like|prefer|rather|hope|wish|praying|pray|would love)(?: to| that i"
        r"| i could| i would| i| i just)? (?:just )?(?:not|never|dont|wouldnt) (?:to )?"
        r"wake(?: up)?(?: again| ever| anymore| tomorrow)?\b(?! (?:up|early|at|before|for|until"
        r"|till|til|so|too|when|in time|on time|the|my|him|her|them|anyone|everyone|late|with"
        r"|during|if|in the|every|at night|tired|groggy|feeling))"
        r"|\bto (?:never wake up|not wake up (?:again|ever))\b"
        r"|\b(?:world|everyone|everybody|family|kids|they|people|all|life) (?:\w+ )?(?:would|will"
        r"|d) (?:all )?be (?:so much |much |a lot |way )?(?:better|better off|happier|easier"
        r"|fine|lighter) (?:off )?(?:if|when|once|with) (?:i|im|me) (?:was |were |am )?"
        r"(?:gone|dead|not here|not around|out of the (?:way|picture)|disappeared|died|never"
        r" born|didnt exist|wasnt here|wasnt around)\b"
        r"|\b(?:be|are|is) better off (?:if|when|once|after) (?:i|im) (?:just )?(?:die|died"
        r"|dead|gone|left for good|wasnt|werent|was gone|disappear|didnt|never)\b"
        r"|\b(?:my|their|everyones) li(?:fe|ves) would be (?:\w+ )?(?:better|easier) without"
        r" me\b"
        r"|\b(?:join|be with) (?:\w+ ){0,2}(?:in heaven|on the other side)\b"
        r"|\b(?:(?:see|is|theres|there is|no|the only|only) (?:no |one )?way out(?! is through"
        r"| of (?:bed|here|the|my|it|town|there))|(?:dont|cant|do not|cannot) see (?:a|any) way"
        r" out(?! of (?:bed|here|the|my|it|town|there)))\b"
        r"|\b(?:tired|sick|exhausted|weary) (?:of|from) (?:being alive|existing(?! on\b)|breathing"
        r"|waking up every day|fighting to stay alive|fighting to live|staying alive|being here)\b"
        r"|\b(?:thinking|thought|think|thoughts?) (?:a lot |constantly |all the time |often"
        r" |sometimes |again )?(?:about|of) (?:my (?:own )?funeral|not being alive|no longer"
        r" being here|not existing|disappearing forever|ending it all|ending (?:things"
        r"|everything|my life)|how (?:\w+ ){0,3}(?:better|easier) (?:it would be|things would"
        r" be|everyone would be) without me)\b",
        _die_idiom,
        _end_it_breakup,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
        _waking_at_time,
    ),
    # ---- Active thoughts and intent in words that avoid "suicide" (items 2 and 4).
    _rule(
        _C,
        "active_ideation",
        r"\b(?:end|ending|ended|off|offing|offed|delete|deleting|erase|erasing|top|topping"
        r"|topped|unalive|unaliving) my ?self\b(?! up| off)"
        r"|\b(?:do|doing|did) my ?self in\b"
        r"|\b(?:take|taking|took) myself out of (?:the|this) (?:world|equation|picture)\b"
        r"|\b(?:should|could|might|will|ill|im going to|going to|just|wanna|want to|may|would"
        r"|gonna|id|i could|i should|i might|i will|to) (?:just )?(?:finally )?(?:end|stop)"
        r" (?:it|it all|things|everything|my life) (?:for good|forever|permanently|once and for"
        r" all|tonight|today|this weekend)\b"
        r"|\b(?:end|stop) (?:the|my) (?:pain|suffering) (?:for good|forever|permanently|once"
        r" and for all)\b"
        r"|\b(?:should|could|might|may|will|i could|i should|i might|ill|going to|gonna"
        r"|plan to|planning to|want to|wanna|decided to|thinking of|thinking about)"
        r" (?:just )?(?:finally )?end (?:it|it all|things|everything)\b(?! (?:here|there|early"
        r"|on a|with|between|at|for the|for today|for now|off|up|now thanks|soon with))"
        r"|\b(?:act|acting|acted|go|going|went) (?:on|through with) (?:the thoughts|these"
        r" thoughts|my thoughts|the urges|my urges|the suicidal \w+|what ive planned)\b",
        _end_it_breakup,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # Words that are a plan or a farewell only when the message is about dying.
    _rule(
        _C,
        "intent_in_context",
        r"\b(?:act|acting|acted|go|going|went) (?:on|through with) (?:it|them|the plan|my plan)\b"
        r"|\b(?:tonight|today|tomorrow|this weekend|this)(?: is| will be|s) (?:the|my) (?:night"
        r"|day|end|time)\b(?! (?:of|for|to|off|out|with|before|after|i|we|in|at))"
        r"|\b(?:made up my mind|my mind is made up|no going back now|ive made my decision"
        r"|i have made my decision|ive made my choice|i have made my choice|at peace with"
        r" (?:my|the|this) (?:decision|choice)|decided its time)\b"
        r"|\b(?:going to|gonna|about to|ready to|plan to|planning to|decided to|will|ill"
        r"|finally going to) (?:finally )?do it (?:tonight|today|tomorrow|this weekend|soon"
        r"|when|after|before|once|while|for real|this time)\b"
        r"|\b(?:have|got|made|making|came up with|figured out|worked out|thought out|thought"
        r" through|settled on|decided on|picked|chose|chosen|set|know|researched) (?:a |the |my"
        r" |out )?(?:plan|method|date|how ill|how i will|how i would|how id|how to do it|when ill"
        r"|where ill|exactly how|how and when|when and how|where and when)\b(?! (?:for|to get"
        r"|to go|to see|to visit|to fix|with))"
        r"|\b(?:wrote|writing|write|made|making|updated|updating|finished|finishing|sorted"
        r"|sorting|signed|signing) (?:out )?(?:my |a )(?:will|living will)\b"
        r"|\b(?:im )?sorry for everything\b(?! (?:yesterday|last night|earlier|i said|ive said))",
        _no_death_context,
        _milestone,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Method, means and preparatory acts (items 3 and 6).
    _rule(
        _C,
        "means_wide",
        r"\b(?:bought|buy|buying|got|get|getting|ordered|order|ordering|picked out|pick out"
        r"|tied|tying|tie|tested|testing|hid|hidden|hiding|stashed|loaded|loading|load|purchased"
        r"|researched) (?:myself )?(?:a |the |some |my |a length of |a bit of |enough )?"
        r"(?:rope|noose|gun|pistol|handgun|firearm|rifle|shotgun|bullets?|ammo|ammunition"
        r"|charcoal|helium|exit bag|tank of helium|nitrogen|cyanide|poison|rat poison"
        # (a gun safe or a trigger lock keeps a gun from harm)
        r"|antifreeze)\b(?! (?:safe|locks?|cabinet|case|cable))"
        r"|\bexit bag\b|\brope (?:\w+ ){0,3}(?:beam|ceiling|rafters?|banister|bannister|closet"
        r" rod|door frame|doorframe|hook|loft hatch|tree branch)\b"
        r"|\b(?:load\w*|cock\w*|hold\w*|held|put|putting|point\w*|press\w*|aim\w*) (?:the |a |my"
        r" |his |dads |a loaded )?(?:gun|pistol|barrel|rifle) (?:to|at|against|in|into) (?:my )?"
        r"(?:head|mouth|temple|chest|chin|myself)\b"
        r"|\b(?:jump|jumping|jumped|leap|leaping|leapt|throw(?:ing)? myself|threw myself"
        r"|step|stepping|stepped|walk|walking|walked|fall|falling) (?:off|from) (?:\w+ ){0,3}"
        r"(?:(?:foot|rail|road|river)?bridge|building|roof|rooftop|balcony|cliff|ledge|overpass"
        r"|tower|top floor|car park"
        r"|parking garage|multi ?storey|window)\b"
        r"|\b(?:jump|jumping|jumped|leap|leaping|leapt|throw(?:ing)? myself|threw myself"
        r"|step|stepping|stepped|walk|walking|walked|lie|lying|lay|lay down|run|running) (?:in"
        r" front of|onto|down on|into) (?:\w+ ){0,2}(?:train|bus|truck|lorry|car|traffic|tracks"
        r"|railway|subway|tube|oncoming|motorway|highway|freeway)\b"
        r"|\b(?:stood|standing|stand|sat|sitting|climbed|climbing) (?:\w+ )?(?:on|at|over|onto)"
        r" (?:the |a )?(?:edge|ledge|railing|railings|parapet) (?:of )?(?:the |a |my )?(?:bridge"
        r"|roof|building|cliff|balcony|platform|car park|overpass)\b"
        r"|\b(?:carbon monoxide|exhaust (?:pipe |fumes |hose )?(?:into|in) (?:the |my )?car"
        r"|(?:car|engine) running in the garage|hose (?:from|to) the exhaust)\b(?! (?:detector"
        r"|alarm|monitor|sensor|leak))"
        r"|\b(?:slash\w*|open\w*|cut\w*|slit\w*|carv\w*) (?:open )?(?:my |both )?(?:wrists?"
        r"|veins?)\b(?! (?:on|with|in|while|when) (?:a |the )?(?:glass|tin|can|paper|kitchen"
        r"|box))"
        r"|\b(?:how|what|which) (?:many|much|amount|dose|dosage) (?:of )?(?:\w+ ){0,5}(?:would"
        r"|does|will|do|is|to|should|could) (?:it )?(?:take|i need|i have to take|need|be"
        r" needed)? ?(?:to )?(?:kill (?:me|myself|a person|someone|you|an adult|a human)|die"
        r"|not wake up|never wake up|stop (?:my|your|a|the) heart|stop breathing|be (?:lethal"
        r"|fatal|deadly|enough to (?:die|kill|not wake|od|overdose|end it))|od|overdose|end it"
        r"|end things|end my life|do the job|sleep forever|make sure i dont wake)\b"
        # ("what dosage of melatonin should i take to not wake up every hour": to sleep on)
        r"(?! (?:down|off|out|tired|groggy|early|at|in|so|feeling|with|during|every|all|before"
        r"|until|till|til|as|too)\b)"
        r"|\b(?:would|does|will|did|could|might) it take (?:for me )?to (?:not wake up|never"
        r" wake up|stop (?:my|your|the) heart|stop breathing|be (?:lethal|fatal|deadly)|od"
        r"|overdose|end it|do the job|end things|end my life|die|kill (?:me|myself|a person"
        r"|someone|you))\b(?! (?:down|off|out|tired|groggy|early|at|in|so|feeling|with|during))"
        r"|\benough (?:\w+ ){0,3}to (?:not wake up|never wake up|kill (?:me|myself|a person"
        r"|someone|an adult)|die|end it|end things|end my life|do the job|od|overdose|be"
        r" (?:fatal|lethal|deadly)|stop my heart|sleep forever)\b"
        r"(?! (?:down|off|out|tired|groggy|early|at|in|so|feeling|with|during))"
        r"|\b(?:lethal|fatal|deadly) (?:dose|amount|dosage|quantity)\b"
        r"|\b(?:mix\w*|combin\w*) (?:\w+ ){0,4}to (?:die|not wake up|never wake up|end it"
        r"|make sure i dont wake)\b"
        r"|\b(?:sav\w*|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|hid\w*|setting aside|set"
        r" aside|putting aside|put aside|collect\w* up) (?:up |away |aside )?"
        r"(?:all |some |a few |a bunch of |my |the |all my |extra |old |leftover |spare"
        r" |of my |all the |every one of my |a stash of |a supply of )*" + _PILLS + r"\b"
        r"(?! (?:for (?:the|a|my) (?:trip|holiday|vacation|week|weekend|emergencies?|flight)"
        r"|in (?:the|my) (?:bag|car|drawer|cabinet|bathroom|kitchen|purse)|from (?:the|my)"
        r" (?:kids|children|dog|cat|toddler|grandkids)))"
        r"|\b" + _PILLS + r" (?:\w+ ){0,2}(?:stockpiled|hoarded|stashed|saved up|set aside"
        r"|put aside|hidden away)\b"
        r"|\b(?:took|take|taken|taking|swallowed|swallow|swallowing|downed|necked|popped"
        r"|chugged) (?:like |about |around |maybe |over |at least |almost |nearly )?(?:\d{2,}"
        r"|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|loads|heaps"
        r"|the rest|a fistful|fistfuls|a packet|two packets|a whole pack|the whole"
        r" pack|the whole box|a box)(?: of)? (?:(?:my|the|of|her|his|their|(?!mg|ml|mcg"
        r"|milligrams|minutes|mins|hours|days|weeks)[a-z]+s) ){0,2}" + _PILLS + r"\b"
        r"|\b(?:took|swallowed|downed|necked|taking|swallowing) (?:all|every one) (?:of )?(?:my"
        r" |the )?(?:\w+ )?" + _PILLS + r" (?:at once|in one go|together|with (?:vodka|wine"
        r"|alcohol|booze|whisky|whiskey|gin|beer)|to (?:die|sleep forever|not wake up))\b",
        _means_benign,
        _overdose_question,
        _as_prescribed,
        _harmless_after,
        _refill_context,
        lambda s, m, t: "garage" in m.group(0) and bool(_GARAGE_BENIGN.search(s)),
        _crisis_resolved,
        _crisis_negated,
    ),
    _rule(
        _C,
        "pills_enough",
        r"\b(?:have|got|saved|collected|stockpiled|gathered|hoarded|stashed|counted|now have"
        r"|finally have|should have|there are) (?:\w+ )?enough\b(?! (?:sleep|rest|time|money"
        r"|food|energy|for|to eat|left for|refills?|until|till|to last|to get through|of"
        r"|water|exercise|coffee))"
        r"|\benough (?:\w+ ){0,2}(?:saved|stashed|hidden|put away|set aside)\b",
        _not_about_pills,
        _crisis_negated,
    ),
    _rule(
        _C,
        "final_acts",
        r"\b(?:wrote|write|writes|writing|written|left|leave|leaving|drafted|drafting|finished"
        r"|finishing|recorded|recording|started|typed|typing|prepared|preparing|penned|made"
        r"|making|sealed|hid|hidden) (?:\w+ ){0,3}(?:goodbye|farewell|suicide) (?:notes?|letters?"
        r"|messages?|videos?|texts?|emails?|posts?)\b"
        r"|\b(?:wrote|write|writing|written|left|leave|leaving|drafted|recorded|finished)"
        r" (?:my |a |the |some )?(?:last|final) (?:notes?|letters?|words|wishes)\b(?! (?:for"
        r" (?:the|my) (?:boss|team|landlord|teacher|school|office|client|job)))"
        r"|\b(?:notes?|letters?|messages?|videos?) (?:for|to) (?:\w+ ){0,3}(?:to (?:read|find"
        r"|open|watch) )?(?:when|after|for when|once|if) (?:im|i am|i) (?:gone|dead|die|no longer"
        r" here|not here)\b"
        r"|\b(?:said|say|saying|says|sent|sending|send) (?:my |our |all my |a final |one last"
        r" |a last |final |last )?goodbyes?\b(?! (?:to (?:\w+ ){0,2}(?:insomnia|nights|sleep|habit"
        r"|alarm|coffee|caffeine|pain|headaches?|summer|winter|the old|my old|bad|naps?"
        r"|sleepless))| and (?:goodnight|good night|see you))"
        r"|\b(?:giv(?:e|es|ing|en)|gave|handing|handed|hand) (?:away (?:all )?(?:of )?my"
        r" (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r"|(?:all )?(?:of )?my (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r" away|all (?:of )?my (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r"|my (?:\w+ ){0,2}"
        + _POSSESSIONS
        + r" to (?:my |\w+ )?(?:\w+ )?(?:friends?|sister|brother|family|people"
        r"|everyone|kids|mum|mom|dad|neighbou?rs?|niece|nephew|cousin|best friend))\b"
        r"|\b(?:found|finding|find|looking for|arranged|arranging) (?:a )?(?:new )?(?:homes?"
        r"|someone|somebody|people) (?:to (?:take|look after|care for) |for )(?:my )?(?:cat|cats"
        r"|dog|dogs|pets?|rabbit|bird|animals)\b"
        r"|\brehom\w* (?:my )?(?:cat|cats|dog|dogs|pets?|animals)\b"
        r"|\b(?:wrote|writing|write|made|making|planned|planning|sorted|sorting) (?:out )?"
        r"(?:my )?funeral(?: plans?| arrangements| playlist| songs)?\b"
        r"|\b(?:cancel\w*|closed|closing|delet\w*) (?:all )?(?:my )?(?:\w+ )?(?:accounts?"
        r"|subscriptions?|social media|plans) (?:because|cause|since|as) i (?:wont|will not"
        r"|dont) (?:need|be)\b"
        r"|\b(?:last|final) (?:day|night|week|hours?|sunrise|sunset) (?:\w+ ){0,2}(?:on (?:this"
        r" )?earth|alive|of my life|before i (?:go|die|end))\b"
        r"|\bthis (?:is|will be) (?:my|the) (?:last|final) (?:message|text|post|entry)"
        r" (?:ever|youll (?:ever )?get|from me ever|to (?:you all|everyone))\b"
        r"|\b(?:thank you|thanks) for (?:everything|all youve done|trying)(?:,| and| -)? ?"
        r"(?:goodbye|bye forever|farewell|i love you all|sorry for everything)\b"
        r"|\bsorry for (?:what im about to do|what im going to do|what ill do|leaving (?:you"
        r" )?like this)\b"
        r"|\b(?:take care of|look after|love) (?:\w+ ){0,3}for me (?:when|after|once|if)"
        r" (?:im|i am|i) (?:gone|dead|not here)\b",
        _farewell_benign,
        _goodbye_to_a_thing,
        _giving_benign,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Self-injury by any method (NSSI), not only cutting.
    _rule(
        _C,
        "self_injury",
        r"\b" + _NSSI_VERB + r" (?:up )?(?:my ?self|(?:my|me on (?:my|the)|me in (?:my|the))"
        r" (?:own )?(?:\w+ )?"
        + _BODY
        + r")\b(?=[^.!?;\n]{0,80}?(?:\b"
        + _NSSI_TOOL
        + r"\b|"
        + _NSSI_CUE
        + r"))"
        r"|\b(?:punch\w*|hit|hitting|bang\w*|slam\w*|smash\w*) (?:my (?:fists?|head|hands?)"
        r" (?:on|into|against) )?(?:the |a )?(?:wall|walls|door|floor|mirror)\b"
        r"(?=[^.!?;\n]{0,80}?(?:" + _NSSI_CUE + r"))"
        r"|\b" + _BURN_TOOL + r" (?:on|to|against|into|across|over) (?:my ?self|my (?:own )?"
        r"(?:\w+ )?" + _BODY + r"|me)\b(?! (?:while|when|by accident|accidentally|cooking))"
        r"|\b(?:took|take|taking|used|use|using|held|hold|holding|pressed|pressing|put|putting)"
        r" (?:a |the |my )?(?:" + _BURN_TOOL + r"|razor|knife|scissors) (?:to|on|against)"
        r" (?:my ?self|my (?:own )?(?:\w+ )?" + _BODY + r")\b"
        r"|\b(?:" + _NSSI_VERB + r"|hurt\w*|harm\w*) (?:[^.!?;\n]{0,50}?\b)?(?:to feel"
        r" (?:something|anything|real|alive|the pain)|to punish (?:my ?self|me)|because i"
        r" deserved? (?:it|the pain|to hurt|to suffer))\b"
        r"|\bi (?:really |honestly |just |totally |probably )?deserve (?:to )?(?:the pain"
        r"|to hurt|to suffer|to bleed|to be hurt|pain|the scars)\b"
        r"|\b(?:urges?|urging|cravings?|craving|tempted|temptation|impulse|impulses"
        r"|compulsion) (?:again )?to (?:cut|burn|hurt|harm|hit|punch|scratch|bite|punish"
        r"|starve|bruise|carve|self harm|sh|use the (?:blade|razor|lighter))\b(?! (?:back"
        r"|down|out|off|the|it|them|in|a |some|corners|costs|carbs|sugar|caffeine|my hair|ties"
        r"|loose|class|work|school|my losses|him|her|people|someone|things|fat|calories"
        r"|the grass|the cord|into|through|across|bread|cake|wood|my nails|my fringe))"
        r"|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)"
        r" (?:days?|weeks?|months?|years?) (?:clean|free|without) (?:from |of )?(?:cutting"
        r"|self harm\w*|sh|burning|hurting myself|harming myself)\b"
        r"|\b(?:relapse|relapsed|relapsing|slip|slipped|slip up|slipped up) (?:on |with |into"
        r" |again |and )?(?:cutting|burning|sh|self harm\w*|hurting myself|harming myself"
        r"|the blade|the razor)\b"
        r"|\b(?:fresh|new|more|deep|deeper) (?:cuts|burns|wounds|gashes) on my (?:\w+ )?"
        + _BODY
        + r"\b"
        r"|\b(?:hid\w*|cover\w*|conceal\w*) (?:up )?(?:the |my )?(?:fresh |new )?(?:cuts|burns"
        r"|self harm)\b(?! from (?:surgery|the operation|the accident|cooking|the oven))"
        r"|\b(?:long sleeves|a hoodie|bracelets|plasters|bandages) to (?:hide|cover) (?:the |my )?"
        r"(?:cuts|burns|marks)\b"
        r"|\b(?:sh|s h|s/h) (?:urges?|again|relapse|thoughts)\b"
        r"|\b(?:starv\w*|purg\w*|punish\w*) (?:my ?self|my body)\b",
        _accidental,
        _skin_condition,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Wishing harm or death on someone else (homicidal ideation).
    _rule(
        _C,
        "harm_wish",
        r"\b(?:want|wanted|wish|wishing|wished|hope|hoping|like to see|want to see|pray)"
        r" (?:that )?(?:him|her|them|(?:my|that|the|this|his|her) "
        + _PEOPLE
        + r"(?: "
        + _NOT_NEG_WORD
        + r")?|he|she|they) (?:was |were |to be |would be |would |would just"
        r" |to |gets? |got |would get )?(?:dead|die|dies|died|to die|gone for good|killed|shot"
        r"|murdered|suffer|suffered)\b(?! (?:down|off|out|of (?:laughter|embarrassment)|"
        + DEAD_AS_A_FIGURE
        + r")\b)"
        r"|\b(?:he|she|they|" + _OTHERS + r") (?:" + _NOT_NEG_WORD + r" )?(?:deserves?|needs?"
        r"|ought|should) (?:to )?(?:die|be dead|be killed|be shot|suffer|pay with (?:his|her"
        r"|their) li(?:fe|ves))\b",
        _not_a_person,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
    # ---- Plans and urges to harm others beyond "kill him".
    _rule(
        _C,
        "harm_others_wide",
        r"\b(?:shoot|shooting|shot|bomb|bombing|blow|blowing|burn|burning) (?:up|down) (?:the"
        r" |my |a |that |his |her )?(?:school|office|work|workplace|place|building|church"
        r"|mosque|synagogue|mall|clinic|store|house|home|classroom)\b"
        r"|\b(?:bomb|bombing) (?:the |my |a |that )?(?:school|office|workplace|building|church"
        r"|mosque|synagogue|mall|clinic|store|classroom)\b"
        r"|\b(?:run|running|ran|knock|knocking|mow|mowing|mowed) (?:him|her|them|(?:my|that|the) "
        + _NOT_A_THING
        + r") (?:over|down)\b(?! (?:the|a|on|at|to|with|later|tomorrow|about))"
        r"|\b(?:push|pushing|pushed|shove|shoving|shoved|throw|throwing|threw) (?:him|her|them"
        r"|someone|somebody|people|(?:my|that) "
        + _NOT_A_THING
        + r"|the baby|a stranger|strangers) (?:down (?:the"
        r" )?stairs|off (?:the|a) (?:\w+ )?(?:bridge|balcony|roof|platform|cliff)|in front of"
        r" (?:a|the) (?:train|bus|car|truck|traffic)|onto the (?:tracks|road)|into (?:the )?"
        r"traffic)\b"
        r"|\b(?:put|putting|slip|slipping|spike|spiking|spiked|lace|lacing|laced|mix|mixing)"
        r" (?:\w+ )?(?:poison|bleach|antifreeze|rat poison|pills|something|drugs|crushed \w+)"
        r" (?:in|into) (?:his|her|their|my \w+s|the kids|the babys) (?:food|drink|coffee|tea"
        r"|dinner|meal|water|bottle|milk|lunch)\b"
        r"|\b(?:spike|spiking|poison|poisoning|poisoned) (?:his|her|their|my \w+s) (?:food|drink"
        r"|coffee|tea|dinner|meal|water|bottle|milk|lunch)\b"
        r"|\b(?:make|making) (?:him|her|them|my \w+|that \w+) (?:suffer|bleed|pay for what (?:he"
        r"|she|they) did|regret being born)\b"
        r"|\b(?:thoughts?|urges?|urge|fantas\w*|images?|visions?|impulses?|intrusive thoughts?"
        r"|tempted|scared ill|afraid ill|scared i will|afraid i will|scared i might|afraid i"
        r" might|worried ill|worried i might) (?:of |about |to )?(?:pushing|push|throwing|throw"
        r"|dropping|drop|shaking|shake|hitting|hit|suffocating|suffocate|smother\w*|drown\w*"
        r"|stabbing|stab|strangl\w*|hurting|hurt|harm\w*|kill\w*|poison\w*) (?:\w+ ){0,3}?(?:him"
        r"|her|them|someone|somebody|people|the baby|my baby|my kids?|my son|my daughter|my"
        r" \w+|a stranger|strangers|the kids|my children|my partner)\b"
        r"(?! (?:up|a text|a message|back))"
        r"|\b(?:get|got|getting|bought|buy|buying) (?:a )?(?:gun|knife|weapon) (?:for|to use on"
        r"|to (?:kill|hurt|shoot|deal with)) (?:him|her|them|my \w+|that \w+)\b",
        _needs_agent,
        _harm_idiom,
        _murder_joke,
        _crisis_general_question,
        _crisis_resolved,
        _crisis_negated,
    ),
)

_URGENT_RULES: tuple[_Rule, ...] = (
    _rule(
        _U,
        "chest_pain",
        r"\b(?:chest|chst) (?:\w+ ){0,2}(?:pain|pains|pian|hurt\w*|ache|aches|aching"
        r"|tight|tightness|tightening|pressure|heavy|heaviness|burning|squeezing|sore|crushing"
        r"|stabbing|discomfort|painful|killing me)\b"
        r"|\b(?:pain|pains|ache|tightness|pressure|heaviness|squeezing|crushing|stabbing"
        r"|sharp pain|burning|weight) (?:\w+ )?(?:in|on|across|around|through|behind)"
        r" (?:(?:my|the|his|her|their) )?(?:\w+ ){0,4}chest\b"
        # (burning behind the breastbone is heartburn's own description)
        r"|\b(?:pain|pains|ache|tightness|pressure|heaviness|squeezing|crushing|stabbing"
        r"|sharp pain|weight) (?:\w+ )?(?:in|on|across|around|through|behind)"
        r" (?:(?:my|the|his|her|their) )?(?:\w+ ){0,4}(?:breastbone|sternum)\b"
        r"|\b(?:sitting|pressing|pushing|sat|standing) on (?:my|his|her) chest\b"
        r"|\bheart (?:\w+ ){0,4}(?:squeez\w*|crush\w*|being (?:squeezed|crushed))\b"
        r"|\bchestpain\b|\bangina\b|\bpain (?:down|in|going down) (?:my|his|her) left arm\b",
        _chest_idiom,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "heart_attack",
        r"\b(?:having|think (?:im|i am|its|it is|i had|i might be|she is|shes|hes|he is"
        r"|theyre)(?: having)?|feels? like (?:im having |i am having )?|felt like (?:i was having"
        r" )?|am i having|is (?:this|it|she|he) (?:having )?|could be|might be|signs of|symptoms of"
        r") (?:an? )?(?:heart attack|stroke|cardiac arrest)\b",
        _heart_attack_idiom,
        _signs_asked,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    _rule(
        _U,
        "fainting",
        r"\b(?:faint(?:ed|ing|s)|fainting spells?|feinted|fanted|faintd|syncop\w*"
        r"|(?:feel|felt|feeling|went|got|going|nearly|almost|about to|gonna|going to|so|very"
        r"|really|bit|little) (?:\w+ )?faint\b(?!\s+(?:headache|pain|ache|taste|smell|memory"
        r"|nausea|ringing|buzzing|feeling|sense|glow|light|line|sound|hint|trace|rash|mark))"
        r"|(?:lost|lose|losing|loose|loosing|loss of) (?:my )?conscious\w*|went unconscious"
        r"|knocked out cold|(?:was|went|been) out cold for (?:a |about |about a |like |like a "
        r"|a good |a few |\d+(?: ?- ?\d+)? )?(?:good )?(?:minute|min|sec|second|moment)s?"
        r"(?![^.]{0,12}\b(?:after|once|when) (?:i |he |she )?(?:hit the pillow|lay down"
        r"|got into bed|went to bed|got in bed))(?: or (?:so|two))?"
        r"|fell (?:over|down)(?: (?!(?:in|into|onto|on)\b)\w+){0,5},? (?:and )?(?:was |went )?out"
        r" cold(?! (?:till|until|all night|for (?:hours|the night)))"
        r"|(?:woke|came to|found (?:myself|him|her|them)) (?:up )?on the (?:\w+ )?floor"
        r"|(?:no idea|dont know|dont remember|cant remember) how i got (?:there|on the floor)"
        r"|keeled over|(?:black|blacked|blacking|blackin) out\b(?! (?:the |my )?(?:windows?|room"
        r"|curtains|screen|blinds))|(?:had|have|having|get|getting) (?:a )?blackouts?"
        r"|collaps(?:ed|ing|e)\b)",
        _power_cut,
        _collapse_into_bed,
        _slept_on_the_floor,
        _blacked_out_thing,
        _habitual_faint,
        _faint_figure,
        _long_ago,
        _fine_since,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "passed_out",
        r"\b(?:pass(?:ed|t|ing|in)?|past|pased) out\b",
        _passed_out_asleep,
        _habitual_faint,
        _faint_figure,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "breathing",
        r"\b(?:(?:cant|couldnt|unable to|hard to|hard time|trouble|troubles|difficulty|difficult"
        r"|struggling to|struggle to|struggled to|barely|problems?|issues?|hardly) (?:\w+ )?"
        r"(?:breath\w*|breth\w*|brea?the?\w*|get (?:enough |any )?air|catch (?:my|his|her)"
        r" breath|get a (?:full|deep|proper) breath)"
        r"|short(?:ness)? (?:of|o) breath|breathless\w*|gasping|wheez\w*|air hunger|suffocat\w*"
        r"|(?:struggling|fighting|struggle|fight) for (?:breath|air)"
        r"|breathing (?:is |was )?(?:really |so |very )?(?:bad|awful|terrible|wrong)"
        r"(?! (?:habit|dream))"
        r"|breathing (?:is |was |feels |felt )?(?:\w+ ){0,2}(?:difficult|hard|labou?red|shallow"
        r"|weird|funny|strange|off|fast and shallow|heavy|noisy|rattly|raspy)"
        r"|labou?red breathing|shallow breathing|(?:stopped|stops|isnt|wasnt|not|no longer)"
        r" breathing|throat (?:is |was |feels |felt )?(?:\w+ )?(?:closing|tight|tightening|swell\w*"
        r"|swollen|closing up)|choking|turning blue|lips (?:are |were |went )?(?:turning )?blue"
        # a rescue inhaler that fails, and breath too short to talk (said with the breath)
        r"|inhaler (?:is |was )?(?:not|isnt|wasnt|aint) (?:doing anything|doing a thing|working"
        r"|helping)|(?:inhaler|breath\w*|gasp\w*|wheez\w*|asthma)\b[^.!?]{0,60}?\b(?:can (?:only"
        r"|barely) get (?:a few |two |three )?words out|(?:cant|cannot|couldnt) (?:finish|get out"
        r"|say) (?:a |my )?(?:full )?sentences?)|(?:can (?:only|barely) get (?:a few |two |three )?"
        r"words out|(?:cant|cannot|couldnt) (?:finish|get out|say) (?:a |my )?(?:full )?sentences?)"
        r"[^.!?]{0,60}?\b(?:breath\w*|gasp\w*|wheez\w*|asthma|air)\b)",
        _laughing,
        _breathing_benign,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "seizure",
        r"\b(?:seizures?|siezures?|seizur|seziures?|seisures?|seizing(?! the| an?| on| up)|siezing"
        r"|seized(?! up)|convuls\w*|epileptic (?:fit|attack|episode)|having a fit(?! of)"
        r"|had a fit(?! about| over| of)"
        r"|(?:had|having|has) (?:some (?:kind|sort) of|what looked like an?|like an?) (?:a )?fit"
        r"(?! about| over| of)(?=[^.!?]*\b(?:shak|jerk|twitch|stiff|foam|rolled|unresponsive"
        r"|drowsy|confused|collaps|floor|seconds|minute|convuls)\w*)"
        r"|fitting(?! in| into| the| a| for| (?:me|us|you|him|her|them|it|this|that) in)"
        r"|shaking uncontrollably|uncontrollabl[ey] shaking"
        r"|jerking uncontrollably|twitching uncontrollably|body (?:was |is |started )?jerking"
        r"|(?:foam|froth)\w* at the mouth|eyes (?:rolled|rolling|rolled right) (?:back|up)"
        # in a second language: "I shake all over, eyes go back, I don't answer her" (beside
        # the shaking or the silence, in one sentence)
        r"|(?:shak\w*|shook|jerk\w*|twitch\w*|foam\w*|stiff|rigid|convuls\w*)[^.!?]{0,60}?eyes"
        r" (?:go|goes|went|going) back(?! to| and forth)"
        r"|eyes (?:go|goes|went|going) back(?! to| and forth)[^.!?]{0,60}?(?:shak\w*|shook"
        r"|jerk\w*|twitch\w*|foam\w*|stiff|rigid|convuls\w*|(?:dont|didnt|not|no) (?:answer"
        r"|respond)\w*))\b",
        _seizure_history,
        _foaming_with_rage,
        _seized_goods,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "confusion",
        r"\b(?:confused|confuse|confusion|disorient\w*|delirious|delirium|out of it|muddled"
        r"|befuddled|bewildered|dazed|in a daze)\b",
        _confusion_not_serious,
        _symptom_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "confusion_signs",
        r"\b(?:dont|doesnt|cant|didnt) (?:know|recogni[sz]e|remember) (?:where (?:i|she|he|they)"
        # (not "where he is going for college")
        r" (?:am|is|are)(?! (?:going|headed|heading|staying|moving|working|living|studying"
        r"|parked|off to|meant to|supposed to)\b)|who (?:i|she|he|they) (?:am|is|are)"
        r"|(?:me|us|anyone|my (?:own )?(?:name|kids|husband|wife|family))|what (?:year|day) it"
        r" is)\b"
        # in a second language: "now 6 hours later he still not know where he is"
        r"|\b(he|she|they|i) (?:still )?(?:not|no) know where \1 (?:am|is|are)"
        r"(?=\s*(?:[,.!?;]|$|(?:since|after|now|and|anymore|still)\b))"
        r"|\b(?:slurr\w* (?:my |his |her )?(?:words|speech)|speech (?:is |was )?slurr\w*"
        r"|(?:is|s|started|keeps?|been|was|suddenly) slurring"
        r"|(?:face|smile|mouth) (?:\w+ ){0,2}(?:lopsided|droop\w*|crooked|uneven|sagging|fallen"
        r" on one side)"
        r"|(?:lopsided|droopy|drooping|crooked) (?:face|smile|mouth)"
        r"|face (?:is |was )?droop\w*|droop\w* (?:on one side|face)|one side of (?:my|his|her)"
        r" face|numb(?:ness)? (?:on|down) one side|cant move (?:my|his|her) (?:left |right )?"
        r"(?:arm|leg|hand|face)|sudden (?:weakness|numbness)|worst headache (?:of my life|ive"
        r" ever had)|thunderclap)\b",
        _newcomer,
        _no_reason_to_know_me,
        _a_small_child_does_not_know,
        _momentary_or_drink,
        _symptom_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    _rule(
        _U,
        "hallucination",
        r"\b(?:(?:seeing|see|saw|hearing|hear|heard) (?:\w+ ){0,5}(?:that|who) (?:arent|isnt"
        r"|werent|wasnt|are not|is not) (?:really )?there|h?all?ucinat\w*|halucinat\w*"
        r"|hallusinat\w*|seeing (?:\w+ ){0,2}things|(?:seeing|see|saw) (?:\w+ ){0,2}(?:bugs"
        r"|spiders|insects|snakes|shadows|figures|ghosts|creatures|faces|shapes)"
        r"|(?:seeing|see|saw) (?:\w+ ){0,2}(?:people|someone|somebody|a man|a woman|kids|children"
        r"|men|women|animals) (?:standing |sitting |hiding |watching )?(?:in|at|by|on) the"
        r" (?:corners?|room|hallway|doorway|window|ceiling|wall|foot of (?:my|the) bed|end of"
        r" (?:my|the) bed)"
        r"|shadow (?:people|person|man|men|figures?|beings?|creatures?)"
        # (a clinician's shorthand: "persistent VH/AH since infusion")
        r"|vh ?/ ?ah|ah ?/ ?vh|a ?/ ?vh|v ?/ ?ah|avh"
        r"|(?:persistent|persisting|ongoing|continued|new|still|having|c/o|reports?|\+ ?)"
        r" ?(?:vh|avh)s?"
        # ("ah" alone is a sigh: "still ah not sure", so only a chart's words lead it)
        r"|(?:persistent|persisting|ongoing|continued|c/o|reports?|\+ ?) ?ahs?"
        r"|(?:new|still|having) ahs?(?= (?:since|this am|overnight|post|persist\w*)\b|\s*$)"
        r"|(?:vh|avh)(?:s| s)? (?:still|ongoing|persist\w*|since|continu\w*"
        r"|this am|not resolv\w*)"
        r"|hearing (?:\w+ ){0,2}(?:things|voices)|hear(?:s|d)? voices|voices (?:in my head"
        r"|talking to me)|(?:things|people|stuff|bugs|spiders|shadows|faces|someone|somebody"
        r"|animals) (?:that|who) (?:arent|isnt|werent|wasnt|are not|is not) (?:really )?there)\b",
        _needs_persistence,
        _symptom_resolved,
        _seeing_clearly,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    # Told by family, and going on: "woke up not knowing where he is. been 2 hours and no
    # better"; "speaking to people who are not in the room ... it has not stopped"; "hearing
    # music and a woman's voice in the next room, though I live alone"; "a man standing in
    # the corner whom I know is not there ... since I got home ... he will not go".
    _rule(
        _U,
        "muddle_or_voices_going_on",
        r"\b(?:woke|wakes|waking|woken|came to|comes to)(?: up)? (?:\w+ ){0,2}?(?:not knowing"
        r"|without knowing|with no idea) where (?:i|she|he|they) (?:am|is|are|was|were)\b"
        r"|\bhearing (?:\w+ ){0,4}voice (?:\w+ ){0,3}(?:in|from) the (?:next|other|empty) room\b"
        r"|\b(?:talking|talks|talked|speaking|speaks|spoke) to (?:\w+ ){0,2}?(?:people|someone"
        r"|somebody|a man|a woman|men|women|kids|children|ghosts|faces) (?:that|who)"
        r" (?:arent|isnt|werent|wasnt|are not|is not|were not|was not) (?:really )?(?:there"
        r"|in the room|here)\b"
        # "a man standing in the corner of the bedroom whom I know is not there"
        # "i know perfectly well that he cannot be there, but he has been there since"
        # (the normaliser has made "cannot" "cant" and "is not" "isnt")
        r"|\b(?:he|she|it|they) (?:cant|couldnt|isnt|arent) (?:possibly |really )?(?:be )?there"
        r"(?:,? but|, yet|,? and yet) (?:he|she|it|they)"
        r"(?:s| is| are| has been| have been| keeps?| kept| wont| will not| wouldnt| would not)"
        r" (?:still )?(?:there|here|standing|sitting|staring|watching|leave|go|move)\b"
        r"|\b(?:a man|a woman|a person|someone|somebody|a figure|a child|a kid|a girl|a boy)"
        r" (?:\w+ ){0,8}?(?:who|whom|that) (?:i know |i know hes |i know shes"
        # "whom my wife assures me is not there"
        r" |(?:my \w+|everyone|the nurse|the doctor) (?:assures|tells|swears to|promises) me"
        r" |(?:my \w+|everyone) (?:says|swears) )?(?:isnt|is not"
        r"|arent|are not) (?:really )?there\b"
        r"(?! (?:to|for|because|anymore|yet|when|since|at|any)\b)",
        _explained_or_not_going_on,
        _momentary_or_drink,
        _symptom_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    # What was seen or heard with no one there, back again: "the voices are back", "the
    # shadow man came back" (back is going on: not a figure that passed)
    _rule(
        _U,
        "hallucination_back",
        # (not "my vision came back", "sales figures", "the familiar faces are back")
        r"\b(?:the )?(?:voices|hallucinations?|shadow (?:people|person|man|men"
        r"|figures?)|(?:man|woman|men|people|person|kids?|children|girl|boy)"
        r" (?:standing |sitting )?in the (?:corner|hallway|doorway|window))"
        r" (?:(?!of |in |from )\w+ ){0,2}?(?:are|is|r|came|come|have come|has come|keep coming"
        r"|kept coming|coming|were|was) back"
        r"\b(?! (?:to normal|to me|to mind|to haunt|from|home|in stock|on sale|at work)\b)",
        *_NOT_SO_AFTER_ALL,
    ),
    # Something there that is not, or a belief that cannot be, told as going on: "spiders
    # coming out of the light switch ... my husband cant see them. its been over an hour",
    # "children laughing in the hallway. I live alone ... Still hearing them", "talking to my
    # dad who passed in 2019 ... it's 10pm now"
    _rule(
        _U,
        "unreal_and_going_on",
        r"\b(?:there is|theres|there was|there are) (?:no|nobody|no one|noone|nothing)"
        r"(?: \w+)?(?: in| on| at)? (?:there|here|the (?:room|house|building|kitchen|hallway"
        r"|garden|wall|walls|flat|apartment|floor|window|door|bed|table|ceiling))\b"
        # ("says there's nothing there but the ceiling fan": a cause named)
        r"(?!,? (?:but|except|apart from|other than|besides)\b)"
        r"|\bthere is no (?:water|baby|man|woman|child|children|kids|dog|cat|birds?|bugs|spiders"
        r"|snakes|fire|smoke|people|person|one)\b"
        r"|\btheres no (?:water|baby|man|woman|child|children|kids|dog|cat|birds?|bugs|spiders"
        r"|snakes|fire|smoke|people|person)\b"
        r"|\b(?:i|she|he|we|they) (?:live|lives) alone\b"
        r"|\b(?:nobody|no one|noone) (?:else )?(?:is home|home|can (?:see|hear) (?:it|them|him"
        r"|her))\b|\bthat nobody else can (?:see|hear)\b"
        r"|\b(?:husband|wife|partner|son|daughter|mum|mom|dad|brother|sister|friend|nurse|they)"
        r" (?:cant|cannot|couldnt|doesnt|does not|dont) see (?:them|it|him|her)\b"
        r"|\b(?:talking|talks|talked|chatting|speaking|arguing) to (?:\w+ ){1,4}?(?:who|that)"
        r" (?:died|passed(?: away)?|is dead|has been dead)\b",
        # (with someone or something perceived: not "I live alone and still cant sleep"; not a
        # pet at nothing: "the dog keeps barking at the corner, theres nothing there")
        lambda s, m, t: (
            not (_GOING_ON_NOW.search(t) and _SOMETHING_PERCEIVED.search(t))
            or bool(_A_PET_AT_NOTHING.search(t))
        ),
        *_NOT_SO_AFTER_ALL,
    ),
    # Something seen or heard, a belief, a home not known, going on since the treatment or
    # unlike the person: "wife had her infusion at 3. now 9pm and she thinks I'm an intruder
    # ... it's not letting up", "flashing lights and faces in the curtains still ... its been
    # 8 hours" (the words of what is seen vary without end; these are their frame)
    _rule(
        _U,
        "perceived_since_the_treatment",
        # (another's belief, not "i think i napped", "do you think")
        # (a place, a year, a person one is not: not "thinks its the ketamine making me
        # sleepy", "thinks im lazy")
        r"\b(?:thinks|insists?|insisting|convinced|believes|reckons) (?:that )?(?:(?:it'?s|its)"
        r" (?:19|20)\d\d|(?:she'?s|he'?s|i'?m|im|we'?re|were|they'?re|theyre|she is|he is|we are"
        r"|i am) (?:still )?(?:an? |in |at |on |back (?:in|at|on) |someone|somebody"
        r"|(?:her|his|their|my) (?:sister|brother|mother|mum|mom|father|dad|husband|wife|son"
        r"|daughter|boss)))"
        # (kept at it, not a counsellor kept seeing, a hearing aid, good things heard)
        r"|\b(?:keeps? seeing|still seeing|keeps? hearing|still hearing|perceive\w*)\b"
        r"(?! (?:(?:my|a|an|the|his|her|their|our|your|\w+s) )?(?:\w+ )?(?:counsell?ors?"
        r"|therapists?|doctors?|psychiatrists?|psychologists?|nurses?|gps?|specialists?"
        r"|dentists?|friends?|family|boyfriend|girlfriend|someone new|anyone|aids?|tests?"
        r"|loss|appointments?|results|improvements?|benefits?|changes|progress|difference"
        r"|good|things about|birds?|traffic|rain|wind|tv|telly|radio|music|alarm|snor\w*"
        r"|neighbou?rs?)\b)"
        r"|\b(?:talking|chatting|speaking|waving|shouting|arguing|screaming) (?:to|at|with)"
        r" (?:the (?:ceiling|wall|mirror|corner|curtains?|radiator|microwave|empty chair)|nobody"
        r"|no one|things that|(?:people|someone|somebody) (?:on|in|at) the (?:ceiling|walls?"
        r"|window|corner|garden|yard|mirror))\b"
        r"|\b(?:doesnt|didnt|does not|did not|cant|couldnt) (?:know|recogni[sz]e|find)"
        r" (?:\w+ ){0,3}?(?:us|where (?:she|he|they|i|we) (?:is|are|am|was|were)|who|her own"
        r"|his own|our|the toilet|the bathroom|the way)\b"
        # known not to be real: "i know they arent real", "i know thats not possible"
        r"|\bi know (?:its|thats|that is|theyre|they are|they|it|hes|shes|he|she)"
        r" (?:is |are )?(?:not|isnt|arent|cant be) (?:real|possible|there|really there)\b(?! to)"
        # a witness who finds nothing: "says theres nothing", "swears nothing has moved"
        r"|\b(?:says?|swears?|insists?) (?:that )?the (?:room|yard|garden|floor|house|walls?)"
        r" (?:is|are) (?:empty|silent|dry)\b"
        r"|\b(?:says?|swears?|insists?) (?:that )?(?:theres |there is )?"
        r"(?:nothing|no one|nobody|silent|empty|blank|dry)\b(?! (?:has |had |is |was )?(?:changed"
        r"|different|wrong|happened|new|much|to worry|to report|else))"
        # not believed, not known: "she wont believe this is her house"
        r"|\b(?:doesnt|does not|didnt|did not|wont|will not|cant) (?:believe|recogni[sz]e)"
        r" (?:us|me|her|him|them|this is|its|it is|that|where)\b"
        # the still moving: "the wallpaper is moving like water", "furniture rearranges itself"
        r"|\b(?:wallpaper|walls?|floors?|carpet|ceiling|furniture|curtains?|clock|road|pattern"
        r"|tattoos?|bookshelf|mirror|pictures?|photos?) (?:\w+ ){0,2}?(?:is |are |keeps? )?"
        r"(?:moving|crawling|breathing|melting|swimming|rearrang\w*|running backwards"
        r"|going backwards|heaving|rippling|marching|following me)\b"
        # hands busy with nothing: "folding laundry that isnt there", "reaching at the air"
        r"|\b(?:folding|picking|brushing|swatting|scrubbing|stroking|grabbing|reaching|waving)"
        r" (?:\w+ ){0,3}?(?:that (?:isnt|arent|is not|are not) there|at (?:nothing|the air)"
        r"|the air|in the air)\b",
        lambda s, m, t: (
            not (_STILL_GOING.search(t) and (_SINCE_TREATMENT.search(t) or _UNLIKE_THEM.search(t)))
            # (an illness that brings such things, unless this is unlike the person)
            or bool(_A_KNOWN_CAUSE.search(t) and not _UNLIKE_THEM.search(t))
        ),
        *_NOT_SO_AFTER_ALL,
    ),
    _rule(
        _U,
        "allergy",
        r"\b(?:anaphyla\w*|allergic reaction|epi ?pen|hives|welts|rash (?:all over|everywhere"
        r"|spreading|is spreading|on my (?:whole|entire) body|over my (?:whole|entire) body)"
        r"|(?:covered|broke out|breaking out|broken out) in (?:a |an )?(?:\w+ )?(?:rash|hives"
        r"|welts|spots)|(?:swelling|swollen|swelled|swells|puff(?:ing|ed|y) up|blowing up"
        r"|blew up|puffy) (?:\w+ ){0,3}(?:face|throat|lips?|tongue|mouth|eyelids)"
        r"|(?:face|throat|lips?|tongue|mouth|eyelids) (?:\w+ ){0,3}(?:swelling|swollen|swelled"
        r"|swell|puff(?:ing|ed|y)(?: up)?|blew up|blowing up|tingling and swell\w*)"
        r"|eyes? (?:\w+ )?swollen shut|tongue (?:feels |is )?(?:thick|huge)"
        r"|eyes? (?:are |is )?swell(?:ing|ed)(?: up)?)\b",
        _allergy_benign,
        _general_question,
        _hypothetical,
        _urgent_negated,
        negatable=True,
    ),
    _rule(
        _U,
        "unresponsive",
        r"\b(?:unresponsive|non ?responsive|not responsive|not respond\w*|isnt respond\w*"
        r"|wasnt respond\w*|stopped respond\w*|not reacting|wont respond|doesnt respond"
        r"|didnt respond|cant be woken|unrousable|(?:cant|couldnt) (?:wake|rouse) (?:him|her"
        r"|them|(?:my|our|the) (?:\w+ )?" + _PEOPLE + r")(?: up)?(?! early| on time| for| in time)"
        r"|(?:cant|couldnt) get (?:him|her|them|(?:my|our|the) (?:\w+ )?" + _PEOPLE + r")"
        r" (?:to wake|to respond|to open (?:his|her|their) eyes|to come round)"
        r"|not waking up|wont wake up|not waking"
        r"|(?:isnt|wasnt|arent|werent) waking(?: up)?+(?! (?:for|early|on time|in time|till"
        r"|until)\b| at \d)"
        r"|(?:is|was|went|became|knocked|found(?: \w+)?|lying|lay|laying) unconscious"
        r"|unconscious (?:on|in|and)|limp and)\b",
        _tech_unresponsive,
        _first_person_waking,
        lambda s, m, t: "wak" in m.group(0) and bool(_LIE_IN.match(_after(s, m))),
        _general_question,
        _urgent_negated,
    ),
    _rule(
        _U,
        "bp_words",
        r"\b(?:bp|blood pressure|my pressure) (?:\w+ ){0,4}(?:through the roof|sky ?high"
        r"|skyrocket\w*|off the charts?|dangerously high|extremely high|very high"
        r"|really high|super high"
        r"|crazy high|insanely high|way too high|stupid high|so high|scary high|at stroke level"
        r"|crazy|\w+ing through the roof)"
        r"|\b(?:very|really|extremely|dangerously|super|crazy|scary|insanely) high (?:bp"
        r"|blood pressure)\b|\bhypertensive (?:crisis|emergency|urgency)\b",
        _bp_words_resolved,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
    _rule(
        _U,
        "emergency",
        r"\b(?:call(?:ed|ing)?|dial(?:l?ed|l?ing)?|phone(?:d)?|ring|rang|should i call|get"
        r") (?:an? )?(?:911|999|112|ambulance|paramedics?|ems)\b"
        r"|\b(?:ambulance|paramedics?)\b"
        r"|\b(?:going|go|went|gone|heading|headed|on (?:our|my|the) way|taking (?:him|her|me)"
        r"|took (?:him|her|me)|rushing|rushed|driving (?:him|her|me)|drove (?:him|her|me)"
        r"|need to go|taken|admitted|ended up) (?:back )?(?:to|in) (?:the )?(?:er|emergency"
        r"|emergency room|emergency department|ed)\b"
        r"|\b(?:im|we are|were|she is|shes|hes|he is|currently) (?:\w+ )?(?:at|in) (?:the )?"
        r"(?:er|emergency room|hospital)\b"
        r"|\b(?:vomit\w*|throwing up|threw up|coughing up|cough(?:ed|ing) up) (?:\w+ )?blood\b"
        r"|\bblood in (?:my|his|her) (?:vomit|puke)\b",
        _emergency_work,
        _long_ago,
        _general_question,
        _hypothetical,
        _urgent_negated,
    ),
)


_RULES: dict[SafetyLevel, tuple[_Rule, ...]] = {"crisis": _CRISIS_RULES, "urgent": _URGENT_RULES}


# Built on first use: reading every rule takes a while, and most messages need neither.
@functools.cache
def _screen(level: SafetyLevel) -> _Screen:
    return _Screen([rule.pattern for rule in _RULES[level]])


def _first_match(level: SafetyLevel, sentences: list[str], text: str) -> str | None:
    if not sentences:
        return None  # the usual case: no anchor of this level in the message
    screen = _screen(level)
    candidates = [screen.candidates(sentence) for sentence in sentences]
    rules_of_level = _RULES[level]
    left = 0  # the rules that could match some sentence: most messages have one or two
    for rules in candidates:
        left |= rules
    while left:
        bit = (left & -left).bit_length() - 1  # the lowest: rules are tried in order
        left &= left - 1
        rule = rules_of_level[bit]
        for sentence, rules in zip(sentences, candidates, strict=True):
            if not rules >> bit & 1:
                continue  # this rule cannot match this sentence
            for m in _fast(rule.pattern).finditer(sentence):
                if any(guard(sentence, m, text) for guard in rule.guards):
                    continue
                if _context_veto(rule.level, sentence, m, text):
                    continue
                return m.group(0).strip()
    return None

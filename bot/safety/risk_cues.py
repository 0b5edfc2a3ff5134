"""The risk-cue score: the third layer, read when the rules and the concept net find nothing."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from bot.safety.context import _MEDIA, _context_veto
from bot.safety.guards import _after, _prefix
from bot.safety.levels import SafetyAssessment
from bot.safety.needed import _gate
from bot.safety.negation import _CRISIS_NEG_RE, _negated
from bot.safety.normalise import _sentence_pattern

# --------------------------------------------------------------------------------------------
# Third layer: a weighted risk-cue score, read only when the rules and the concept net both
# say "none". New writers keep putting a crisis in words no phrase foresaw ("baling twine and
# a beam in the loft, that's all i think about", "my plan and my date"): the danger is in
# the company the words keep, not in one phrase. So the words are scored by kind -- a means,
# an intent (plan, time, readiness, farewell, rehearsal, preoccupation), despair and
# finality, an act turned on the self, secrecy ("don't call anyone") -- and three sentences
# together alert only when two kinds add up to the threshold, the writer is the one
# speaking, and no everyday setting (a farm chore, a hunt, a game, a party, a work deadline,
# a prescription) explains the words of that kind. Negations and the shared context vetoes
# (a film, a dream, someone else's death) drop a cue as they drop a rule's match.

_CueKind = Literal["means", "intent", "despair", "act", "secrecy"]


class _Cue(NamedTuple):
    kind: _CueKind
    weight: int
    heads: frozenset[str]  # one of these words is in every match: the cheap gate
    pattern: re.Pattern[str]


_CLAUSE_END = r"\s*(?:[.,!;?\n]|$)"


def _cue(
    kind: _CueKind, weight: int, heads: str, after: str = "", before: str = "", gate: str = ""
) -> _Cue:
    """`gate`: rarer words, one of which every match holds, when the heads are common words."""
    words = frozenset((gate or heads).split("|"))
    return _Cue(kind, weight, words, re.compile(rf"{before}\b(?:{heads})\b{after}"))


# fmt: off
_CUES: tuple[_Cue, ...] = (
    # Means. Weights say how far a word points at a way to die by itself.
    _cue("means", 2, "rope|ropes|noose|nooses|twine|ligature|rafter|rafters"),
    _cue("means", 1, "cord|cable|belt|banister|bannister|beam|beams|loft|hook|ladder"),
    _cue("means", 2, "gun|guns|revolver|pistol|rifle|shotgun|handgun|firearm|firearms|trigger"),
    _cue("means", 2, "chamber"),
    _cue("means", 1, "crossing"),
    _cue("means", 1, "extension", r" (?:lead|cord|cable)"),
    _cue("means", 2, "highest|tallest", r"(?: \w+){0,3} (?:floor|storey|story|deck|building"
                     r"|bridge|car park|tower|block)"),
    _cue("means", 2, "highest|tallest", "", r"\b(?:floor|building|bridge|car park|tower|block)"
                     r"(?: \w+){0,4} (?:is |is the |the )?"),
    _cue("means", 1, "barrel|bullet|bullets|ammo|ammunition|cartridge|cartridges"),
    _cue("means", 1, "pills|tablets|meds|medication|medications|capsules|painkillers|insulin"
                     "|paracetamol|tylenol|ibuprofen|aspirin|antidepressants|opioids|morphine"
                     "|codeine|lithium|seroquel|diazepam|valium|xanax|zopiclone|sertraline"
                     "|pastillas"),
    _cue("means", 2, "bleach|antifreeze|weedkiller|poison|pesticide|paraquat|monoxide"),
    _cue("means", 3, "everything|all", r" (?:in|from) (?:the|my) (?:medicine )?"
                     r"(?:cupboard|cabinet|drawer|box|bottle|packet|bathroom)(?: cabinet)?",
         gate="cupboard|cabinet|drawer|box|bottle|packet|bathroom"),
    _cue("means", 2, "medicine", r" (?:cabinet|cupboard|box|drawer|chest)"),
    _cue("means", 2, "whole", r" (?:bottle|packet|pack|box|strip|tub|blister)"),
    _cue("means", 2, "bridge|bridges|ledge|ledges|cliff|cliffs|overpass|viaduct|parapet"),
    _cue("means", 2, "highest|top", r" (?:floor|storey|story|deck)"),
    _cue("means", 1, "roof|rooftop|balcony|tower|window"),
    # (not "go off the rails", "stopped in my tracks")
    _cue("means", 2, "tracks|railway|rails", "", r"(?<!\boff the )(?<!\bin my )(?<!\bin its )"),
    _cue("means", 1, "train|trains|platform|lorry|lorries|truck|trucks|traffic|motorway|highway"
                     "|interstate|freeway"),
    _cue("means", 2, "exhaust|charcoal|hosepipe"),
    _cue("means", 2, "engine", r" (?:running|on)"),
    _cue("means", 2, "blade|blades|razor|razors|razorblade|razorblades|wrist|wrists|veins"),
    _cue("means", 1, "knife|knives|scissors"),
    _cue("means", 2, "eating|eaten|drinking|eat|drink",
         r"(?! (?:meat|sugar|dairy|gluten|bread|carbs|junk|after|late|before|coffee|alcohol"
         r"|caffeine|fizzy|as much|so much|out|takeaway|fast food)\b)",
         r"\b(?:stopped|not|havent|quit|refusing to|refuse to|stop) (?:been )?"),
    _cue("means", 1, "river|sea|lake|reservoir|canal|quarry|pond|ocean"),
    # Intent: a plan, a time, readiness, a farewell, secrecy, rehearsal, a mind fixed on it.
    _cue("intent", 2, "plan", r"(?! (?:for (?!(?:it|them|that|tonight)\b)|to|is to|b|with|of"
                      r"|on|works|worked|working|went|didnt|failed|changed|fell)\b)",
         r"\b(?:my|the|a) "),
    _cue("intent", 3, "plan", r" (?:is )?(?:in place|set|ready|made|and (?:my|a|the) date)"),
    _cue("intent", 3, "planned|worked|figured", r" (?:it all|out how|out when|out where"
                     r"|everything|how|when)(?! to\b)"),
    _cue("intent", 2, "timing|timed|watching|counting", r" (?:the |when the )?(?:trains?"
                      r"|lorries|trucks|traffic|express)"),
    _cue("intent", 2, "when", r" (?:it gets too much|im ready|the time comes|i need (?:it|them)"
                      r"|i decide|i finally)", r"\bfor "),
    _cue("intent", 2, "when", r" (?:everyone|everyones|the house|theyre|they are|the kids are"
                      r"|hes|shes|nobody|no ones) (?:is |are )?(?:asleep|out|gone|quiet|at work"
                      r"|away|home)"),
    _cue("intent", 2, "sorted|organised|arranged|settled|tied", r" (?:up )?(?:everything|it all"
                      r"|all my|my affairs|loose ends)"),
    _cue("intent", 2, "hold|take|bear", r" (?:me|my weight)\b",
         r"\b(?:would|will|could|can|to|it|itll|should|must) "),
    _cue("intent", 1, "date", r"(?! (?:night|with|was|is (?:on|at|going))\b)", r"\bmy "),
    _cue("intent", 3, "set|picked|chose|chosen|fixed|decided", r"(?: on)? (?:a|the|my) (?:date|day"
                      r"|spot|place|time|method)"),
    _cue("intent", 1, "tonight"),
    _cue("intent", 2, "it", _CLAUSE_END, r"\bthis is ", gate="this"),
    _cue("intent", 2, "need|ready|sorted|place|planned",
         r"(?! (?:for|to|by|when|before)\b)", r"\b(?:everything|all) (?:i |is |is all )?"),
    _cue("intent", 1, "ready", r"(?! (?:for|to|when|by|before|now for)\b)",
         r"\b(?:im|i am|i feel|feel|its|i think im|ive got (?:it|them)|have (?:it|them)) "),
    _cue("intent", 1, "lined|laid", r" (?:up|out)"),
    _cue("intent", 2, "decided|mind",
         r"(?! (?:to (?:stop|start|go|get|try|take|quit|cut|move|skip|have|book|switch|buy"
         r"|sell|change|sleep|leave (?:my|the) job|do (?:the|a|my|some))|on|against|that (?:the"
         r"|it))\b)", r"\b(?:ive|i have|i|im|finally|now|made up my|my) (?:\w+ )?"),
    _cue("intent", 2, "made", r" (?:up )?my (?:mind|choice|decision|peace)(?! (?:to|about|on)\b)"),
    _cue("intent", 3, "through", r" with it", r"\bgo(?:ing|ne)? "),
    _cue("intent", 3, "nerve|courage", "", r"\b(?:work\w* up|find|found|finding|get|getting"
                      r"|got|have|had|lack|lacked|muster\w*|need) (?:up )?(?:the |my )?"),
    _cue("intent", 2, "note|notes|letter|letters", r" (?:to|for) (?:my|the) (?:\w+ )?(?:kids"
                      r"|children|family|wife|husband|partner|son|daughter|parents|mum|mom|dad"
                      r"|sister|brother|everyone|loved ones)"),
    _cue("intent", 2, "note", _CLAUSE_END, r"\b(?:the|a|my) "),
    _cue("intent", 1, "goodbye|goodbyes|farewell|farewells"),
    _cue("intent", 3, "last|final", r" (?:message|text|entry|goodbye|words|night alive"
                      r"|time (?:you|anyone|youll))(?! (?:was|is|had|i sent|in which)\b)",
         r"\b(?:this is|these are|heres|here is|consider this) (?:my |the )?"),
    _cue("intent", 3, "gone", r"(?! (?:on|to|for|away|out|home|back|shopping|a)\b)",
         r"\b(?:when|once|after|before) (?:im|i am|ive) "),
    _cue("despair", 2, "around|here|needing|continuing",
         r"(?! (?:this|next|until|till|tomorrow|on|for (?:a"
                      r"|the (?:next|rest|weekend)))\b)", r"\b(?:wont|not going to|dont plan to"
                      r"|dont expect to|dont think ill|dont think im) (?:be )?"),
    _cue("secrecy", 2, "stop", r" me\b", r"\b(?:dont|no one can|nobody can|cant) (?:try (?:to"
                      r"|and) )?"),
    _cue("secrecy", 2, "told|tell|telling", r" (?:anyone|anybody|a soul|(?:my|the) (?:wife|husband"
                       r"|family|partner|kids|doctor|therapist|nurse))",
         r"\b(?:havent|not|wont|didnt|never|im not) (?:\w+ )?"),
    _cue("secrecy", 2, "call|tell|send|ring|contact|phone", r" (?:anyone|anybody|an ambulance"
                      r"|the police|999|911|for help|my (?:wife|husband|mum|mom|dad|family"
                      r"|partner))", r"\b(?:dont|please dont|no need to) "),
    _cue("secrecy", 2, "look", r" for me", r"\b(?:dont|no need to) "),
    _cue("intent", 3, "time", r" (?:you|anyone|someone|somebody|they|he|she) (?:reads?|sees?"
                      r"|gets?|finds?|opens?|hears?)", r"\bby the "),
    _cue("intent", 1, "tested|testing|checked|practised|practiced|practising|practicing"
                      r"|rehearsed|rehearsing|rehearse|timing|timed"),
    _cue("intent", 2, "weight", "", r"\b(?:hold|take|bear|holds|takes) my "),
    _cue("intent", 2, "enough", "", r"\b(?:strong|high|deep|sharp|tall|fast|lethal) "),
    _cue("intent", 2, "enough", r" (?:now|to (?:do it|be sure|kill|end it|finish it|not wake"
                      r"))", r"\b(?:have|got|saved|collected|stored|theres) "),
    _cue("intent", 2, "saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting"
                      r"|collected|stashing|stashed|counting|counted|keeping",
         r" (?:up )?(?:all )?(?:of )?(?:my |the |them|some |her |his )?(?:\w+ )?(?:pills"
         r"|tablets|meds|medication|doses|insulin|painkillers)"),
    _cue("intent", 1, "reading|read|looking|looked|googling|googled|searching|searched"
                      r"|researching|researched", r" (?:up |about |into |online )?(?:how|which"
                      r"|what|where|ways|the best way|methods?)"),
    _cue("intent", 2, "asking", r" for (?:reasons|a friend|no reason|research)"),
    _cue("intent", 2, "think|thinking|thought", r"(?: of| about)?",
         r"\ball i (?:can |ever |do |seem to )?"),
    _cue("intent", 1, "thinking|looking|staring", "", r"\b(?:cant stop|keep|kept) "),
    _cue("intent", 2, "differently", "",
         r"\b(?:look\w*|see\w*|eye\w*|star\w*) (?:at )?(?:\w+ ){0,4}"),
    _cue("intent", 1, "peaceful"),
    _cue("intent", 2, "nets|net|barriers|barrier|railings|railing|fence|fences",
         "", r"\b(?:no|without|dont have|doesnt have|dont have any) (?:safety )?"),
    _cue("intent", 1, "purpose|deliberately|intentionally", "", r"\b(?:on )?"),
    _cue("intent", 2, "wake", r" up\b(?! (?:at|till|until|before|early|late)\b)",
         r"\b(?:to not|so i (?:wont|dont|would not|wouldnt)|never|not to|and not) "),
    _cue("intent", 2, "ill|im", r" (?:going to |just |gonna )?",
         r"\bif\b[^,.;!?]{3,60}?,? (?:then )?"),
    _cue("intent", 2, "feel|felt|feels", "", r"\bto see (?:how|what) (?:it|that) (?:would )?"),
    _cue("intent", 1, "hoping|hope|hoped|praying|wish|wishing"),
    # "holding the whole bottle... don't know what i'm going to do"
    _cue("intent", 2, "do", "", r"\b(?:dont know|do not know|not sure|no idea) what (?:im going"
                      r" to|i am going to|ill|i will|i might|im gonna|i could) ",
         gate="know|sure|idea"),
    _cue("intent", 2, "affairs", "", r"\bmy "),
    _cue("intent", 1, "away", "", r"\b(?:gave|giving|give|given) (?:\w+ )?(?:\w+ )?"),
    # Despair: no point, no way out, a burden, nothing left.
    _cue("despair", 2, "point", r"(?: (?:in )?(?:anything|anymore|any more|living|going on"
                       r"|carrying on|being here|any of (?:it|this)|to (?:it|anything|any of"
                       r" (?:it|this)|life|me|going on))|\s*(?:[.,!;?\n]|$))",
         r"\b(?:no|whats the|see the|any) "),
    _cue("despair", 3, "on", r"(?! (?:the|a|holiday|my|with|at|to|that)\b)",
         r"\b(?:cant|couldnt|dont want to|unable to) (?:go|carry|keep going|live) ",
         gate="cant|couldnt|dont|unable"),
    _cue("despair", 2, "anymore|more",
         "", r"\b(?:cant|couldnt|dont want to) (?:do|take|keep doing|cope with|handle"
             r"|live like) (?:this|it|life) (?:any ?)?"),
    _cue("despair", 2, "doing", r" (?:this|it)", r"\bcant keep "),
    _cue("despair", 2, "another", r" (?:winter|year|day|week|month)(?! shift)",
         r"\bcant (?:do|face|survive|take|stand) "),
    _cue("despair", 2, "burden|burdens|burdening"),
    _cue("despair", 2, "weight", r" on (?:everyone|my|them|you|people|others)", r"\ba "),
    _cue("despair", 3, "off", r" (?:without me|if i (?:was|were|wasnt|werent|didnt|died|left)"
                       r"|if im|with me gone)", r"\bbetter ", gate="better"),
    _cue("despair", 2, "left", r"(?: (?:for me|to live for|to give|in me|inside)|"
                       rf"{_CLAUSE_END})", r"\bnothing "),
    _cue("despair", 2, "tired|sick|exhausted|weary",
         r" of (?:everything|it all|living|life|being (?:alive|here|me|a)|fighting|existing)"),
    _cue("despair", 3, "out", rf"(?:{_CLAUSE_END}| for me| of this| of it all)",
         r"\bno (?:way|escape|exit) ", gate="way|escape|exit"),
    _cue("despair", 2, "hopeless|worthless|helpless"),
    _cue("despair", 1, "pointless|useless|trapped"),
    _cue("despair", 2, "help", r"(?: me)?\b(?! (?:with|to|you|it)\b)",
         r"\b(?:nobody|no one|noone|nothing) (?:can |could |will |would )"),
    _cue("despair", 2, "help", r" me\b(?! (?:with|to)\b)", r"\bcant "),
    _cue("despair", 3, "miss|notice", r" (?:me|if i)",
         r"\b(?:nobody|no one|noone|nobody would|no one would|nobody will|no one will)"
         r" (?:would |will |even )?"),
    _cue("despair", 2, "done", rf"(?:{_CLAUSE_END}| with (?:it all|everything|life|living"
                       r"|this life|this world|being alive))",
         r"\b(?:im|im just|im so|im really) "),
    _cue("despair", 1, "up", r"(?! (?:on (?:the|this|my) (?:diary|naps?|napping|coffee|job|gym)"
                       r"|coffee|caffeine|alcohol|smoking|sugar|trying to (?:nap|sleep)|napping"
                       r"|and went|at)\b)", r"\b(?:give|giving|gave|given) ",
         gate="give|giving|gave|given"),
    _cue("despair", 2, "myself|life", "", r"\bhate (?:my )?"),
    _cue("despair", 1, "forever", "", r"\b(?:sleep|rest|gone|away|go|disappear|over) "),
    _cue("despair", 1, "good", "", r"\bfor "),
    _cue("despair", 2, "enough", rf"(?:{_CLAUSE_END}| of (?:everything|it all|life|living|this))",
         r"\b(?:had|ive had|ive just had) "),
    _cue("despair", 2, "road", "", r"\bend of the "),
    _cue("despair", 1, "thank|thanks", r" (?:you )?for (?:trying|everything|all you(?:ve)? done)"),
    _cue("despair", 2, "gone", r"(?! (?:for|on|to|till|until|away|all|from|\w+ing)\b)",
         r"\b(?:ill|i will|im going to|ill soon|ill already) be "),
    _cue("despair", 2, "sorry", r" (?:for everything(?! (?:i|ive|that) )|to be a bother"
                       r"|for being (?:a burden|such a|like this)|for all of it|about everything)"),
    _cue("despair", 2, "everything", "", r"\b(?:lost|lose|losing|take|takes|taking) "),
    _cue("despair", 2, "life|living", "",
         r"\b(?:continu\w*|carry\w* on|go\w* on)\b[^.!?;]{0,40}?\b(?:with|or) "),
    _cue("despair", 1, "bankrupt|bankruptcy|foreclosure|repossessed|repossession|evicted"),
    # Acts turned on the self.
    _cue("act", 3, "finish|finishes|finished|finishing", r" me(?: off)?\b(?! (?:off )?(?:with"
                   r"|the|a)\b)"),
    _cue("act", 3, "out", r" (?:with (?:it|them|him|her)|of the (?:picture|equation)|permanently"
                   r"|for good)", r"\b(?:take|taking|took|takes) (?:myself|me) ",
         gate="myself|me"),
    _cue("act", 1, "out", r"(?! (?:for|to|on|of the house|with (?:a|my|the|friends))\b)",
         r"\b(?:take|taking|took|takes) myself ", gate="myself"),
    _cue("act", 1, "in", "", r"\bdo me ", gate="do"),
    _cue("act", 2, "misery", "", r"\bout of my "),
    _cue("act", 1, "it", rf"(?: tonight| today| this weekend| soon| now| when|{_CLAUSE_END})",
         r"\b(?:going to|will|ill|finally|just|gonna) do ", gate="do"),
    _cue("act", 2, "along", "", r"\bspeed (?:things|it|this) "),
    _cue("act", 3, "along", r" myself", r"\bspeed (?:things|it|this) "),
    _cue("act", 3, "fade|slip|waste|wither", r" away", r"\b(?:let|letting) (?:myself|me) "),
    _cue("act", 2, "fade|slip|waste|wither", r" away",
         r"\b(?:want to|going to|wish i could|hoping to|hope to|could just|id like to) (?:just )?"),
    _cue("act", 2, "all|everything|whole|lot|rest|every|entire",
         r"(?! (?:day|night|week|the time|of (?:my|the) (?:work|stuff|things))\b)",
         r"\b(?:swallow|swallowed|swallowing|take|took|taking|down|downed) (?:the )?",
         gate="swallow|swallowed|swallowing|take|took|taking|down|downed"),
    _cue("act", 2, "off|front|into|onto|under",
         r" (?:of )?(?:the |a |an )?(?:\w+ )?(?:bridge|ledge|edge|roof|platform|train|traffic"
         r"|lorry|truck|bus|car|river|sea|water|tracks|cliff|balcony|window|motorway|road"
         r"|oncoming|ice|lake|path)",
         r"\b(?:step|stepped|stepping|jump|jumped|jumping|walk|walked|walking|drive|drove"
         r"|driving|swerve|swerved|steer|steered|lie|lying|lay|throw|threw|fall|fell) (?:out )?"
         r"(?:in )?", gate="step|stepped|stepping|jump|jumped|jumping|walk|walked|walking|drive"
         "|drove|driving|swerve|swerved|steer|steered|lie|lying|lay|throw|threw|fall|fell"),
    _cue("act", 2, "cut|cutting|burn|burning", r" (?:again|deeper|myself|my (?:arms?|wrists?"
                   r"|legs?|thighs?|skin))"),
    _cue("act", 2, "many|lots|loads|handful|bunch|load|heap|stack",
         r"(?: of)? (?:\w+ )?(?:pills|tablets|meds|pastillas|painkillers|capsules)",
         r"\b(?:took|take|taking|swallowed|swallow|downed|had) (?:a |so |too )?"),
    _cue("act", 1, "trigger", "", r"\b(?:pulled|pull|pulling|squeezed) the "),
    _cue("act", 1, "it", "", r"\b(?:not|stop|stopped|no more|wont be|wont|im not)"
         r" (?:fight|fighting|fought) ", gate="fight|fighting|fought"),
)
# fmt: on

# Everyday settings that explain the words of one kind in a sentence: rope on a farm, a gun
# at the range, pills as prescribed, a plan for the weekend, a burden of chores.
_CUE_SETTING: dict[str, re.Pattern[str]] = {
    "means": re.compile(
        r"\b(?:diy|conversion|renovat\w*|install\w*|fitted|fitting|shel(?:f|ves)|plaster\w*"
        r"|joists?|builders?|carpent\w*|joiner|decorat\w*|putting up|put up|hung (?:a|the|up)"
        r"|swing|hammock|washing line|clothes line|tarp|tents?|camping|climb\w*|abseil\w*"
        r"|sail\w*|boat|yacht|bales?|calves|calf|cattle|cows?|sheep|lamb\w*|fenc\w*|feeding"
        r"|milking|harvest\w*|tractor|herd|stables?|horses?|hunt\w*|deer|pheasants?|ducks?"
        r"|tree ?stand|duck blind|opening day|buck"
        r"|grouse|clays?|range|targets?|season|rabbits?|pests?|vermin|fox|foxes|licen[cs]e"
        r"|cleaned|cleaning|paintball|airsoft|nerf|laser tag|water gun|glue gun|nail gun"
        r"|staple gun|heat gun|spray gun|starting gun|games?|gaming|playstation|xbox"
        r"|fortnite|call of duty|controller|chopp\w*|cook\w*|recipe|onions?|veg\w*|carrots?"
        r"|dinner|lunch|breakfast|bread|butter|kitchen|shav\w*|beard|as prescribed"
        r"|prescri\w*|pharmac\w*|chemist|refill\w*|gp|doctor|dose|dosage|with food"
        r"|vitamins?|supplements?|organi[sz]er|dosette|reorder|walk\w* (?:over|across|along"
        r"|by|past|under)|hik\w*|views?|scenery|holiday|trip|touris\w*|sightseeing|photos?"
        r"|commut\w*|cathedral|castle|museum|swim\w*|paddl\w*|kayak\w*|fishing|fished|surf\w*"
        r"|beach|picnic|ferry|cruise|ski|skiing|skat\w*|sledg\w*|rowing|bungee|diving"
        r"|cleared|tidied|tidy|clean|emptied|donated|charity|recycl\w*"
        r"|(?:took|take|taken|had) my (?:usual |normal |evening |morning |night |nightly )?"
        r"(?:pills?|meds|tablets?|medication|dose)(?! (?:all|at once)\b)"
        r"|for (?:the|my|our) (?:lorry|van|caravan|truck|bus|trailer|boat|lorries))\b"
        + r"|"
        + _MEDIA.pattern
    ),
    "intent": re.compile(
        r"\b(?:party|parties|wedding|birthday|celebrat\w*|gig|concert|festival|club\w*|drinks"
        r"|night out|pub|restaurant|cinema|theatre|date night|first date|second date"
        r"|dinner date|on a date|a date with|holiday|trip|flight|travel\w*|packing|packed"
        r"|suitcase|bags"
        r"|camping|colleagues?|coworkers?|office|job|boss|shift|deadline|project|meeting"
        r"|presentation|interview|exams?|school|class|essay|assignment|treatment plan"
        r"|care plan|meal plan|sleep plan|diet|gym|workout|training|race|marathon|match"
        r"|game|weekend plans?|moving|shopping|christmas|thanksgiving|easter|new year"
        r"|recipe|bed by|in bed|to bed|for bed|sleep schedule|routine|alarm|nap|school run"
        r"|bak\w*|cake|pen pals?|solicitor|lawyer|paperwork|admin|netflix|episode|series"
        r"|film|movie|book|novel|show)\b"
    ),
    "despair": re.compile(
        r"\b(?:chores?|dishes|laundry|housework|ironing|hoover\w*|cleaning|paperwork|admin"
        r"|emails?|inbox|homework|asking|ask|question|appointment|reschedul\w*|insomnia"
        r"|sleep\w*|nap|naps|napping|bed|coffee|caffeine|diet|gym|job|work|boss|shift|commute"
        r"|traffic|noise|neighbou?rs?|weather|rain|heat|game|match|team|season|exams?|diary"
        r"|app|bot|form|wifi|internet|phone|printer|computer|laptop|fridge|car park|parking)\b"
    ),
    "act": re.compile(
        r"\b(?:(?:this|that|the) week|job|work|kids|boss|commute|heat|weather|exams?|schedule"
        r"|workload"
        r"|insomnia|stairs|hill|gym|workout|hike|holiday|beach|pool|swim\w*|dive|diving"
        r"|bungee|skydiv\w*|trampoline|lol|haha\w*|jk|dinner|lunch|meal|drink|pizza|cake"
        r"|diary|washing|ironing|homework|chores?)\b"
    ),
}


def _cues_by_head() -> dict[str, tuple[int, ...]]:
    by_head: dict[str, tuple[int, ...]] = {}
    for i, cue in enumerate(_CUES):
        for head in cue.heads:
            by_head[head] = (*by_head.get(head, ()), i)
    return by_head


# Which cues (indexes into _CUES) a word in a sentence calls for.
_CUES_BY_HEAD = _cues_by_head()


def _cues_called(heads: set[str]) -> set[int]:
    return {i for head in heads for i in _CUES_BY_HEAD[head]}


# Every byte but an ASCII letter or digit turned to a space: a head bounded by \b is then a
# whole word of what is left. Bytes translate far faster than str; other text takes a regex.
_NOT_WORD = bytes(c if c in b"abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256))
_NOT_WORD_RE = re.compile(r"[^a-z0-9]")


def _words(text: str) -> list[str]:
    if text.isascii():
        return text.encode().translate(_NOT_WORD).decode().split()
    return _NOT_WORD_RE.sub(" ", text).split()


_CUE_SELF = frozenset({"i", "im", "ive", "id", "ill", "me", "my", "myself", "mine"})
# A chat message often drops the "i": "took everything in the cupboard", "tested the beam".
_SUBJECTLESS = re.compile(
    r"(?:^|[,:] |\band )\s*(?:\w+ed|asking|took|tested|tied|bought|got|wrote|written|filled"
    r"|sat|stood|drove|checked|counted"
    r"|saved|stashed|gave|sorted|made|picked|put|left|went|been|going to|planning|done|have"
    r"|had|cant|wont|just|thinking|looking|hoping|started|starting|keep|kept|walked|tried"
    r"|trying|spent|ready|nearly|almost|finally)\b"
)
_CUE_THRESHOLD = 4  # the kinds' scores added up, each kind capped at _KIND_CAP
_KIND_CAP = 3
_CUE_WINDOW = 3  # sentences read together


class _CueHit(NamedTuple):
    kind: _CueKind
    weight: int
    words: str


class _Read(NamedTuple):
    """One sentence as the score sees it."""

    sentence: str
    found: list[tuple[_Cue, list[re.Match[str]]]]  # each cue whose pattern matches, in order
    words: set[str]


# Each cue's gate (needed.py), looked up once: a cue's head word is often a common one
# ("do", "last", "whole"), and the gate finds that the rest of its words are not there far
# sooner than the pattern would.
_UNREAD = re.compile("")  # stands for a gate not looked up yet
_CUE_GATES: list[re.Pattern[str] | None] = [_UNREAD] * len(_CUES)


def _cue_may_match(i: int, text: str) -> bool:
    """False only when cue i's pattern cannot match anywhere in `text`."""
    gate = _CUE_GATES[i]
    if gate is _UNREAD:
        gate = _CUE_GATES[i] = _gate(_CUES[i].pattern)
    return gate is None or gate.search(text) is not None


def _read(sentence: str) -> _Read:
    words = set(_words(sentence))
    found = []
    # In the order of _CUES, so the same message always names the same words.
    for i in sorted(_cues_called(words & _CUES_BY_HEAD.keys())):
        if not _cue_may_match(i, sentence):
            continue
        cue = _CUES[i]
        matches = list(cue.pattern.finditer(sentence))
        if matches:
            found.append((cue, matches))
    return _Read(sentence, found, words)


def _speaks(read: _Read) -> bool:
    return not read.words.isdisjoint(_CUE_SELF) or bool(_SUBJECTLESS.search(read.sentence))


def _cue_hits(read: _Read, text: str) -> list[_CueHit]:
    hits: list[_CueHit] = []
    for cue, matches in read.found:
        for m in matches:
            if not _cue_dropped(cue, read.sentence, m, text):
                hits.append(_CueHit(cue.kind, cue.weight, m.group(0).strip()))
                break
    return hits


def _cue_dropped(cue: _Cue, sentence: str, m: re.Match[str], text: str) -> bool:
    setting = _CUE_SETTING.get(cue.kind)
    if setting is not None and setting.search(sentence):
        return True
    if _negated(_prefix(sentence, m), _after(sentence, m), _CRISIS_NEG_RE, window=5):
        return True
    return _context_veto("crisis", sentence, m, text)


def _score(weights: list[tuple[str, int]]) -> tuple[int, int]:
    """The kinds' weights added up, each kind capped; and how many kinds there are."""
    by_kind: dict[str, int] = {}
    for kind, weight in weights:
        by_kind[kind] = by_kind.get(kind, 0) + weight
    score = 0
    for weight in by_kind.values():
        score += weight if weight < _KIND_CAP else _KIND_CAP
    return score, len(by_kind)


def _passes(weights: list[tuple[str, int]]) -> bool:
    score, kinds = _score(weights)
    return score >= _CUE_THRESHOLD and kinds >= 2


def _risk_cues(norm: str, sentences: list[str] | None = None) -> SafetyAssessment | None:
    """Crisis when cues of two kinds add up within a few sentences, the writer speaking.
    `sentences`: those of `norm`, stripped, blank ones left out, if found already."""
    heads = _CUES_BY_HEAD.keys() & set(_words(norm))
    if len(heads) < 2:
        return None
    # Every cue its words could call for, at full weight: most messages cannot reach the
    # threshold even so, and are passed over without reading a sentence.
    called = _cues_called(heads)
    if not _passes([(_CUES[i].kind, _CUES[i].weight) for i in called]):
        return None
    if sentences is None:
        found = _sentence_pattern(norm).finditer(norm)
        sentences = [s for s in (m.group(0).strip() for m in found) if s]
    # Closer still: only a cue whose gate holds somewhere in the message can be found, in
    # at most every sentence of a window. Where even that cannot reach the threshold, no
    # window can (the common question with a "take" and a "tonight" in it).
    repeats = min(len(sentences), _CUE_WINDOW)
    possible = [i for i in called if _cue_may_match(i, norm)]
    if not _passes([(_CUES[i].kind, _CUES[i].weight * repeats) for i in possible]):
        return None
    reads: dict[str, _Read] = {}  # a repeated sentence is read once
    kept: dict[str, list[_CueHit]] = {}  # ... and its cues weighed against the vetoes once
    window: list[_Read] = []
    for sentence in sentences:
        if sentence not in reads:
            reads[sentence] = _read(sentence)
        window = [*window[1 - _CUE_WINDOW :], reads[sentence]]
        hit = _window_crisis(window, norm, kept)
        if hit is not None:
            return hit
    return None


def _window_crisis(
    window: list[_Read], text: str, kept: dict[str, list[_CueHit]]
) -> SafetyAssessment | None:
    """The last few sentences together; the everyday settings, negations and vetoes are read
    only where the words alone could reach the threshold, which is seldom."""
    if not window[-1].found:
        return None
    # Each cue counted at its full weight: an upper bound on the score after the vetoes.
    if not _passes([(cue.kind, cue.weight) for read in window for cue, _ in read.found]):
        return None
    if not any(_speaks(read) for read in window):
        return None
    for read in window:
        if read.sentence not in kept:
            kept[read.sentence] = _cue_hits(read, text)
    hits = list({(h.kind, h.words): h for read in window for h in kept[read.sentence]}.values())
    if not _passes([(h.kind, h.weight) for h in hits]):
        return None
    strongest = sorted(hits, key=lambda h: -h.weight)[:3]
    return SafetyAssessment("crisis", " + ".join(h.words for h in strongest))

"""How the layers make one answer, and `assess`, which never raises."""

from __future__ import annotations

import logging
import re

from bot.safety.blood_pressure import (
    _BP_CONTEXT,
    _BP_READING,
    _BP_SINGLE,
    _BP_WORDY,
    _bp_not_now,
    _bp_urgent,
    _may_hold_bp,
)
from bot.safety.concepts import (
    _ES_FAREWELL,
    _ES_NOT_NEEDED_FOR_A_REASON,
    ES_NOT_NEEDED,
    _emoji_crisis,
    _second_layer,
)
from bot.safety.context import _ANSWERED_NO as _SCREEN_ANSWER_NO
from bot.safety.context import (
    _ASKED_IF,
    _BUT_YES,
    _IDIOMS,
    OFFER_OF_HELP,
    help_came_for_another,
    history_resolved,
    only_a_form,
    over_by_the_end,
    where_help_came_for_another,
)
from bot.safety.guards import _OWN_SYMPTOM, _is_general_question
from bot.safety.levels import _NO_RISK, SafetyAssessment
from bot.safety.model import _URGENT_SUBJECT, names_an_urgent_subject, second_opinion
from bot.safety.normalise import _normalise, _sentence_pattern
from bot.safety.other_scripts import crisis_in_another_script
from bot.safety.prefilter import _hints
from bot.safety.risk_cues import _risk_cues
from bot.safety.rules import _first_match
from bot.safety.unreal import (
    not_real_and_going_on,
    seen_as_unreal,
    threatened_from_a_belief,
    told_to_harm,
)

log = logging.getLogger(__name__)

# A message written in fragments ("chest. pain. left side. arm numb.", "pills counted. 40.
# tonight.") is one clause cut by full stops, so the words a family needs together fall in
# different sentences. When such a message reads as none it is read once more with those
# stops as commas.
_FRAGMENT_STOP = re.compile(r"[.!;\n]+(?=\s|$)")
_FRAGMENT_WORDS = 3


def _joined_fragments(norm: str, pieces: list[str] | None = None) -> str | None:
    """`pieces`: the sentences of `norm` (_sentences), if they have been found already."""
    if pieces is None:
        pieces = _sentences(norm)[1]
    if len(pieces) < 2 or only_a_form(norm):
        return None  # (a form's items answered one by one are no fragments of one report)
    short = sum(1 for p in pieces if len(p.split()) <= _FRAGMENT_WORDS)
    if short < 2 or 2 * short < len(pieces):
        return None
    return _FRAGMENT_STOP.sub("", norm)


def _assess(text: object, *, prefilter: bool = True, learned: bool = True) -> SafetyAssessment:
    norm = _normalise(text)
    if not norm.strip():
        return _NO_RISK
    # Cut into sentences once: every layer reads the same ones.
    spans, sentences = _sentences(norm)
    verdict = _judge(text, norm, prefilter=prefilter, cut=(spans, sentences))
    if verdict.level == "none":
        joined = _joined_fragments(norm, sentences)
        if joined is not None:
            verdict = _judge(text, joined, prefilter=prefilter)
    if verdict.level == "none":
        # The third layer, only where everything before it found nothing.
        verdict = _risk_cues(norm, sentences) or verdict
    if verdict.level != "crisis":
        # Voices, or a belief that is not so, telling of death or harm (bot/safety/unreal.py).
        verdict = told_to_harm(norm) or threatened_from_a_belief(norm) or verdict
    if verdict.level == "urgent":
        raised = _raised_to_crisis(text, norm, sentences, prefilter=prefilter, learned=learned)
        return raised or verdict
    if verdict.level != "none":
        return verdict
    # Something not real, told as going on, over the whole message (bot/safety/unreal.py):
    # in the rules' words first, a firm alarm.
    unreal = not_real_and_going_on(norm)
    if learned:
        # Then the learned screen: it can add an alarm the rules missed, never remove one. Its
        # crisis comes before the urgent above (an urgent is not raised by the accident-wary
        # _raised_to_crisis here); its urgent, tentative, only where the rules found none.
        opinion = second_opinion(str(text))
        if (
            opinion is not None
            and (opinion.level == "crisis" or unreal is None)
            and not _screen_set_aside(opinion, norm)
        ):
            return opinion
        # Last, the screen for what is not real, as it reads it.
        unreal = unreal or seen_as_unreal(norm, str(text))
    return unreal or verdict


def _screen_set_aside(opinion: SafetyAssessment, norm: str) -> bool:
    """Whether an everyday reading explains the learned screen's alarm: a reading that
    decides, a checklist answered no, a symptom told as passed or graded mild, a headache
    "killing" someone, someone else's emergency in a clinician's hands; or, for a crisis,
    one of the everyday readings (`_an_everyday_reading`)."""
    if opinion.level == "crisis":
        return _an_everyday_reading(norm)
    return (
        _reading_decides(norm)
        or _checklist_denied(norm)
        or _told_as_passed(norm)
        or _graded_mild(norm)
        or _a_headache_said_as_killing(norm)
        # (someone else's emergency, in a clinician's hands, as the rules read it)
        or (help_came_for_another(norm) and not _OWN_SYMPTOM.search(norm))
    )


def _raised_to_crisis(
    text: object, norm: str, sentences: list[str], *, prefilter: bool, learned: bool
) -> SafetyAssessment | None:
    """An emergency the rules found that is a crisis too, or None: first as the layers that
    otherwise read only a "none" find it ("The shadow people came back. by the time anyone
    reads this I'll be gone", a read-through's probe), then as the learned screen does ("The
    voices are back. They say ... I need to deal with her before she deals with me"; over
    the labelled sets it raised 12 such, all crises, and no other). It never lowers one."""
    joined = _joined_fragments(norm, sentences)
    raised = _judge(text, joined, prefilter=prefilter) if joined is not None else None
    if raised is None or raised.level != "crisis":
        raised = _risk_cues(norm, sentences)
    if raised is not None and raised.level == "crisis":
        return raised
    if not learned:
        return None
    opinion = second_opinion(str(text))
    if (
        opinion is not None
        and opinion.level == "crisis"
        and not _BY_ACCIDENT.search(norm)
        and not _an_everyday_reading(norm)
    ):
        return opinion
    return None


def _an_everyday_reading(norm: str) -> bool:
    """Whether an everyday reading explains words the learned screen took for a crisis."""
    return any(explains(norm) for explains in _EVERYDAY_READINGS)


# An overdose by mistake is an emergency, no crisis: "my son accidentally swallowed some of
# my tablets and wont wake up" (the screen may not raise it).
_BY_ACCIDENT = re.compile(
    r"\b(?<!wasnt an )(?<!not an )(?<!no )accident\w*|\b(?:by mistake|mistakenly|didnt mean to"
    r"|not on purpose)\b"
)


# "cant do this rn im on a delivery, later": a check-in put off, told in the words of despair
_PUT_OFF = re.compile(
    r"\b(?:cant|cannot|can not) (?:do|talk|chat|answer|reply to|deal with|fill in|fill out)"
    r" (?:this|that|it|now)(?! (?:anymore|any more|any longer|no more|much longer))"
    r"(?: (?:rn|right now|now|atm|at the moment))?\b"
)
_BUSY_WITH = re.compile(
    r"\b(?:im|i am) (?:on|at|in|driving|working|busy|out|with|mid|in the middle of)\b"
)
_COMING_BACK = re.compile(
    r"\b(?:later|tonight|after work|after my shift|in a bit|tmrw|tomorrow|ttyl|brb"
    r"|when i get (?:home|back"
    r"|a (?:sec|minute|chance)))\b"
)


# "whats the point of that", "what is the point of this diary": doubt about a thing
_POINT_OF_A_THING = re.compile(
    r"\bwhat(?:s| is| was)(?: even)? the point (?:of|in) (?:doing )?(?:that|this|these|those|the"
    r"|therapy|counsel\w*|an? )\b(?! (?:point|next|rest|world|end|future|way i)\b)"
)


def _screen_quiet_without(norm: str, words: re.Match[str] | None) -> bool:
    """Whether the learned screen finds nothing in `norm` once `words` are taken out: the
    words an everyday reading explains were all that alarmed it."""
    return words is not None and _screen_quiet_without_all(norm, [words])


def _screen_quiet_without_all(norm: str, found: list[re.Match[str]]) -> bool:
    """_screen_quiet_without for several stretches of words."""
    return _screen_quiet_without_spans(norm, [m.span() for m in found])


def _screen_quiet_without_spans(norm: str, spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return False
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(norm[at:start])
        at = max(at, end)
    kept.append(norm[at:])
    return second_opinion(" ".join(kept)) is None


def _someone_elses_emergency(norm: str) -> bool:
    """Help came for someone else, who has it now ("his mom found him and called 911. hes in
    the hospital and stable"), nothing of the writer's own trouble is told, and the screen
    finds nothing once the sentences that tell it are out."""
    if not help_came_for_another(norm) or _OWN_SYMPTOM.search(norm):
        return False
    spans, _ = _sentences(norm)
    told = where_help_came_for_another(norm)
    return _screen_quiet_without_spans(
        norm, [(a, b) for a, b in spans if any(a <= start < b for start, _ in told)]
    )


def _point_of_a_thing(norm: str) -> bool:
    """The message doubts a thing is worth doing (therapy, the diary, an app)."""
    return _screen_quiet_without(norm, _POINT_OF_A_THING.search(norm))


# "sorry, im not sure im doing this right, ill try again later": the diary, not a life
_UNSURE_OF_THE_DIARY = re.compile(
    r"\b(?:not sure (?:im|i am|if im|if i am) (?:doing|using|filling in|answering) (?:this|it)"
    r" right|(?:dont|do not) know how (?:this|the (?:bot|app|diary)) works)\b"
)


def _unsure_of_the_diary(norm: str) -> bool:
    """The message doubts its use of the diary and will come back to it."""
    return bool(_COMING_BACK.search(norm)) and _screen_quiet_without(
        norm, _UNSURE_OF_THE_DIARY.search(norm)
    )


def _busy_for_now(norm: str) -> bool:
    """The message puts the check-in off because the patient is busy and will come back."""
    return bool(_BUSY_WITH.search(norm) and _COMING_BACK.search(norm)) and _screen_quiet_without(
        norm, _PUT_OFF.search(norm)
    )


# "sorry i keep messaging so much, i know you're just a bot": about writing to the bot
_TO_THE_BOT = re.compile(
    r"\bsorry (?:i keep|for|about) (?:messaging|texting|writing|bugging|bothering|spamming"
    r"|all the messages)\b(?:.*\b(?:youre|you are|its|it is) (?:just|only) a (?:bot|robot|machine"
    r"|program|app)\b)?"
)


def _sorry_to_the_bot(norm: str) -> bool:
    """The message apologises for writing so much to the bot."""
    return _screen_quiet_without(norm, _TO_THE_BOT.search(norm))


# Letters to this bot, and letters on its screen: "writing letters to a machine", "I can
# barely read the letters". (The screen only: the rules keep their own reading of letters.)
_LETTERS_OF_THE_DEVICE = re.compile(
    r"\b(?:letters?|notes?|messages?) (?:to|for) (?:a |the |this )(?:machine|computer|bot|robot"
    r"|app|screen|chatbot|program)\b"
    r"|\bread (?:the |these |those |its |your )?(?:tiny |small |little )?letters\b"
    r"|\bletters (?:are|were|is) (?:too |so |very )?(?:small|tiny|faint)\b"
)
# "I do not much care for this contraption": a dislike of the device, not of living
_DISLIKES_THE_DEVICE = re.compile(
    r"\b(?:dont|do not|didnt|did not) (?:much |really )?(?:care for|like|get on with)"
    r" (?:this|that|the|these) (?:contraption|app|bot|gadget|phone|device|machine|diary|program"
    r"|computer|technology|tablet)\b"
)


def _about_the_device(norm: str) -> bool:
    """The message is about the bot and its screen ("writing letters to a machine", "I can
    barely read the letters", "I do not much care for this contraption"), and the screen
    finds nothing once those words are out."""
    found = [*_LETTERS_OF_THE_DEVICE.finditer(norm), *_DISLIKES_THE_DEVICE.finditer(norm)]
    return _screen_quiet_without_all(norm, found)


# The clinic's screening question, told up to the end of its sentence: "the nurse asked do i
# have thoughts of hurting myself."
_SCREENING_ASKED = re.compile(_ASKED_IF.pattern + r"[^.!?\n]*[.!?\n]*")
_SENTENCE_AFTER = re.compile(r"\s*([^.!?\n]*)")


_CLAUSE_MARK_AFTER = re.compile(r"[,.;!?\n]")


def _screening_answered_no(norm: str) -> bool:
    """The message tells a screening question answered no ("asked do i have thoughts of
    hurting myself. no. i told her no"), nothing after takes it back, and the screen finds
    nothing once the question is out (the rules read it so: context._screened_no)."""
    asked = _SCREENING_ASKED.search(norm)
    if asked is None or OFFER_OF_HELP.search(asked.group(0)):
        return False
    next_sentence = _SENTENCE_AFTER.match(norm, asked.end())
    answer = _SCREEN_ANSWER_NO.search(asked.group(0))
    answered_at = asked.start() + answer.end() if answer else asked.end()
    if answer is None and next_sentence is not None:
        answer = _SCREEN_ANSWER_NO.search(next_sentence.group(1))
        # (what takes the no back is in the answer's sentence or after it, not in the
        # question's: "asked if i was suicidal bc the other side will bring it up. told him no
        # and i meant it"; "... honestly yes but i told him no")
        answered_at = next_sentence.start(1)
    if answer is None or _BUT_YES.search(norm, answered_at):
        return False
    # the question and its answer's clause ("told him no and i meant it") taken out
    clause_end = _CLAUSE_MARK_AFTER.search(norm, answered_at)
    answer_clause = (answered_at, clause_end.start() if clause_end else len(norm))
    return _screen_quiet_without(norm, asked) or _screen_quiet_without_spans(
        norm, [asked.span(), answer_clause]
    )


# "hoping for a good night tonight": a good night wished for (the screen hears "for good")
_A_GOOD_NIGHT_WISHED = re.compile(
    r"\b(?:hoping|hope|wish(?:ing)?|praying|pray|heres to|fingers crossed)\s+(?:for\s+)?(?:a\s+)?"
    r"(?:good|better|decent|restful|proper|full)\s+(?:nights?(?:\s+sleep)?|sleep|rest)"
    r"(?:\s+tonight)?\b"
)


# ... unless the rest says it is the last: "hoping for a good night tonight, my last one"
_FINAL_WORDS = re.compile(
    r"\b(?:last|peace|goodbye|bye|forever|for good|never|anymore|any more|end|over|tomorrow)\b"
)


def _a_good_night_wished(norm: str) -> bool:
    wished = _A_GOOD_NIGHT_WISHED.search(norm)
    if wished is None or _FINAL_WORDS.search(norm[: wished.start()] + " " + norm[wished.end() :]):
        return False
    return _screen_quiet_without(norm, wished)


def _a_figure_of_speech(norm: str) -> bool:
    """The screen's alarm rests on a figure of speech the rules know ("never living it down",
    "my phone was about to die"): without it, nothing."""
    return _screen_quiet_without_all(norm, list(_IDIOMS.finditer(norm)))


# A carer says who writes from now on: "this is karen, franks daughter. he doesnt text so ill
# be answering for him from now on"
_A_CARER_INTRODUCED = re.compile(
    r"\b(?:this is|its|it is|im|i am) \w+(?: \w+)?,? (?:\w+s |his |her |their )?(?:daughter"
    r"|son|wife|husband|partner|sister|brother|mother|mom|father|dad|niece|nephew|grandson"
    r"|granddaughter|carer|caregiver|caretaker|aide)\b"
    r"|\b(?:he|she|they) (?:doesnt|does not|dont|do not|cant|cannot|wont|will not)"
    r" (?:text|do texts|use (?:the |a )?phone|type|do (?:this|phones|computers))\b"
    r"|\b(?:answering|texting|writing|replying|typing|filling (?:this|it|these) (?:in|out)"
    r"|doing (?:this|these|the diary|his|hers|her diary|his diary)) for (?:him|her|them"
    r"|my \w+)(?: (?:from now on|for now|going forward|this week|now))?\b"
)


_A_FEW_WORDS_MORE = 6
_A_WORD = re.compile(r"[a-z]{2,}")


def _a_carer_introduced(norm: str) -> bool:
    """A carer introduces themself and says little else ("hi! ... so ill be ... from now
    on"), and the screen finds nothing once those words are out. (Whatever else a carer
    tells, the screen still hears.)"""
    found = list(_A_CARER_INTRODUCED.finditer(norm))
    if not found:
        return False
    rest = _A_CARER_INTRODUCED.sub(" ", norm)
    if len(_A_WORD.findall(rest)) > _A_FEW_WORDS_MORE:
        return False
    return _screen_quiet_without_all(norm, found)


# "out of bed 0430. couldnt lie there anymore": a night given up on, not a life
_GAVE_UP_ON_BED = re.compile(
    r"\b(?:couldnt|could not|cant|cannot|couldn t) (?:lie|lay|stay|be) (?:there|in bed|in the"
    r" bed|awake|down)(?: (?:\w+ )?(?:anymore|any more|any longer|no more|another minute))?\b"
)
_GOT_UP = re.compile(r"\b(?:out of bed|got up|get up|up at|up for|gave up|up and|left the bed)\b")


_DESPAIR_BESIDE = re.compile(
    r"\b(?:over|end|ending|done|die|dying|dead|point|gone|pills|gun|tired of|cant take|cant do)\b"
)


def _gave_up_on_bed(norm: str) -> bool:
    gave_up = _GAVE_UP_ON_BED.search(norm)
    if gave_up is None or not _GOT_UP.search(norm):
        return False
    rest = norm[: gave_up.start()] + " " + norm[gave_up.end() :]
    return not _DESPAIR_BESIDE.search(rest) and _screen_quiet_without(norm, gave_up)


_DESPAIR_AFTER_A_HISTORY = re.compile(
    r"\b(?:point|anymore|any more|tired of|fighting|notice|miss me|burden|better off|hopeless"
    r"|worthless|alone|cant (?:take|do|go on|keep)|give up|giving up|end it|over it|done)\b"
)


def _a_history_resolved(norm: str) -> bool:
    """ "back in 2021 ... i tried to hang myself. im not there no more": a history the rules
    read as over, and nothing of it back (the screen hears its words as now)."""
    return history_resolved(norm) and not _DESPAIR_AFTER_A_HISTORY.search(norm)


# "le deje las llaves a mi vecina, ya no las voy a necesitar mas porque me mudo": a thing
# not needed, for a reason, and no goodbye beside it (the screen learned "ya no ... voy a
# necesitar" as a life handed on).
_NOT_NEEDED_IN_SPANISH = re.compile(r"\b" + ES_NOT_NEEDED + r"(?: m[aá]s)?\b")


def _a_thing_not_needed_for_a_reason(norm: str) -> bool:
    not_needed = _NOT_NEEDED_IN_SPANISH.search(norm)
    return (
        not_needed is not None
        and bool(_ES_NOT_NEEDED_FOR_A_REASON.search(norm))
        and not _ES_FAREWELL.search(norm)
        and _screen_quiet_without(norm, not_needed)
    )


# Everyday readings of words the learned screen takes for despair (it is consulted only
# where the rules found nothing, so these only ever quiet the screen).
_EVERYDAY_READINGS = (
    _busy_for_now,
    _point_of_a_thing,
    _unsure_of_the_diary,
    _sorry_to_the_bot,
    _about_the_device,
    _screening_answered_no,
    _a_figure_of_speech,
    _a_good_night_wished,
    _someone_elses_emergency,
    _a_carer_introduced,
    _gave_up_on_bed,
    _a_history_resolved,
    _a_thing_not_needed_for_a_reason,
)


_BP_TALK = re.compile(r"\b(?:bp|blood pressure|pressure|blood|readings?|high|headache|head)\b")


# Readings this far under a crisis (180/120) are plainly not one. Nearer it ("174/116 and a
# headache tylenol won't touch", six weeks after a birth), the screen's reading of the words
# around the numbers stands.
_CLEARLY_BELOW = (160, 100)


def _reading_decides(norm: str) -> bool:
    """The message's only urgent subject is a blood-pressure reading well below a crisis
    ("bit of a headache and my bp was high, 148/96"): the numbers decide, not the words
    around them, so the learned screen does not overrule them."""
    if not _BP_CONTEXT.search(norm):
        return False
    readings = [(int(m.group(1)), int(m.group(2))) for m in _BP_READING.finditer(norm)]
    if not readings or any(
        high >= _CLEARLY_BELOW[0] or low >= _CLEARLY_BELOW[1] for high, low in readings
    ):
        return False
    return not names_an_urgent_subject(_BP_READING.sub(" ", _BP_TALK.sub(" ", norm)))


# "shortness of breath: no. chest pain: no.": a checklist answered no.
_CHECKLIST_ITEM_NO = re.compile(r"[\w ]{2,40}?:\s*(?:no|none|nope|negative|denies)\b")


def _checklist_denied(norm: str) -> bool:
    """The message answers a checklist of urgent symptoms "no", and without those items the
    learned screen (which reads "chest pain" either way) would raise nothing at all."""
    items = _CHECKLIST_ITEM_NO.findall(norm)
    if not any(names_an_urgent_subject(item) for item in items):
        return False
    return second_opinion(_CHECKLIST_ITEM_NO.sub(" ", norm)) is None


# "numbness in my lips since the infusion, mild": the writer grades it mild
_GRADED_MILD = re.compile(
    r"(?:(?:^|[,:(-] *)|\b(?:was|is|its|it was) (?:very |just |only |pretty )?)(?:mild|mildly"
    r"|slight|slightly|minor|very mild|just mild)(?: one| only)? *(?:[.!)]|$)"
)
# ... never of a fall, a faint, the airway or the chest
_NOT_MILD_WHATEVER_SAID = re.compile(
    r"\b(?:floor|faint\w*|collaps\w*|passed out|black\w* out|grey|gray|sit down|tongue|throat"
    r"|swell\w*|swollen|breath\w*|chest|seiz\w*|cant see|(?:lost|losing) (?:my )?vision"
    r"|heart|arm|jaw|neck|pressure|skipp\w*|flutter\w*|double vision|hasnt gone|not gone"
    r"|vision (?:went|going|goes|turned) (?:grey|gray|black|dark|white|dim))\b"
)


def _graded_mild(norm: str) -> bool:
    """The urgent-sounding sentences are graded mild by the writer, and the learned screen
    finds nothing once they are out. (The rules, which know the real emergencies by name,
    are not asked to agree: this quiets only the screen.)"""
    spans, sentences = _sentences(norm)
    mild = [
        span
        for span, sentence in zip(spans, sentences, strict=True)
        if _GRADED_MILD.search(sentence) and not _NOT_MILD_WHATEVER_SAID.search(sentence)
    ]
    return len(mild) < len(spans) and _screen_quiet_without_spans(norm, mild)


# "my head is still killing me": a headache said as a figure ("my chest is killing me" is not
# one: the chest is an urgent subject)
_HEAD_KILLING_ME = re.compile(
    r"\b(?:my )?head(?:ache)? (?:is |was |has been |been |s )?(?:still |really |just |so )?"
    r"killing me\b"
)


def _a_headache_said_as_killing(norm: str) -> bool:
    return _screen_quiet_without(norm, _HEAD_KILLING_ME.search(norm))


# What is left after a fit or a faint "stopped": "she stopped now but shes sleepy and mixed up"
_LEFT_AFTER_IT = re.compile(
    r"\bbut (?:\w+ ){0,4}?(?:mixed up|confused|muddled|not making sense|out of it|disoriented"
    r"|not (?:herself|himself|themselves|right)|cant (?:talk|speak|walk|stand)|wont wake"
    r"|not waking|not answering|not responding|doesnt know (?:me|where))\b"
)


def _told_as_passed(norm: str) -> bool:
    """The message goes on to say its symptoms passed ("chest got tight during the infusion.
    it passed after ten minutes and i feel fine now"), as the rules read it
    (context.over_by_the_end), and the learned screen finds nothing in what follows, nor
    does it say what the symptom left behind."""
    subject = _URGENT_SUBJECT.search(norm)
    passed = over_by_the_end(norm, subject.end()) if subject else None
    return (
        passed is not None
        and second_opinion(norm[passed.end() :]) is None
        and not _LEFT_AFTER_IT.search(norm, passed.start())
    )


def _sentences(norm: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Where each sentence of `norm` is, and its text stripped (blank ones left out)."""
    spans: list[tuple[int, int]] = []
    sentences: list[str] = []
    for m in _sentence_pattern(norm).finditer(norm):
        stripped = m.group(0).strip()
        if stripped:
            spans.append(m.span())
            sentences.append(stripped)
    return spans, sentences


def _judge(
    text: object,
    norm: str,
    *,
    prefilter: bool,
    cut: tuple[list[tuple[int, int]], list[str]] | None = None,
) -> SafetyAssessment:
    """`cut`: _sentences(norm), if found already."""
    spans, sentences = cut or _sentences(norm)
    crisis_sentences = sentences
    urgent_sentences = sentences
    concept_hints: dict[int, list[int]] | None = None
    if prefilter:
        hints = _hints(norm, spans)
        crisis_sentences = [sentences[i] for i in hints.crisis]
        urgent_sentences = [sentences[i] for i in hints.urgent]
        concept_hints = hints.concepts
    # A rule gives the same answer for the same sentence: each is judged once, in order.
    if len(crisis_sentences) > 1:
        crisis_sentences = list(dict.fromkeys(crisis_sentences))
    if len(urgent_sentences) > 1:
        urgent_sentences = list(dict.fromkeys(urgent_sentences))
    hit = (
        _first_match("crisis", crisis_sentences, norm)
        or _emoji_crisis(str(text))
        or crisis_in_another_script(norm)
    )
    if hit:
        return SafetyAssessment("crisis", hit)
    # The second layer runs when no crisis rule fired: a crisis it finds outranks an urgent
    # rule, and an urgent concept it finds stands in for the rules' "none".
    net = _second_layer(norm, spans, concept_hints)
    if net is not None and net.level == "crisis":
        return net
    hit = _first_match("urgent", urgent_sentences, norm)
    if hit:
        return SafetyAssessment("urgent", hit)
    if not prefilter or (
        _may_hold_bp(norm)
        and (_BP_READING.search(norm) or _BP_SINGLE.search(norm) or _BP_WORDY.search(norm))
    ):
        for sentence in sentences:
            reading = _bp_urgent(sentence)
            # "is 188/121 bad? thats mine right now": a question, then the reading owned
            asked = _is_general_question(sentence) and not _OWN_SYMPTOM.search(norm)
            if reading and not asked and not _bp_not_now(sentence, norm):
                return SafetyAssessment("urgent", reading)
    return net or _NO_RISK


_NOT_PLAIN = re.compile(r"[^a-z0-9 /?.,]")


def assess(text: str) -> SafetyAssessment:
    return _never_raising(text, learned=True)


def assess_by_rules(text: str) -> SafetyAssessment:
    """The rules alone, without the learned screen (to measure each on its own)."""
    return _never_raising(text, learned=False)


def _never_raising(text: str, *, learned: bool) -> SafetyAssessment:
    try:
        return _assess(text, learned=learned)
    except Exception:
        # A bug here must not silence the patient's message: assess the plain ASCII letters
        # again, and if the rules still fail, ask the learned screen, which shares none of
        # their code. (Logged without the text: logs carry no message words.)
        log.exception("safety rules failed on a message; reading it again")
        try:
            return _assess(_NOT_PLAIN.sub(" ", str(text).lower()), learned=learned)
        except Exception:
            if not learned:
                return _NO_RISK
            try:
                return second_opinion(str(text)) or _NO_RISK
            except Exception:
                return _NO_RISK

"""Safety detection: crisis, urgent and the many ways ordinary messages must stay quiet."""

from __future__ import annotations

import time

import pytest

from bot.clinic import Clinic
from bot.safety import SafetyAssessment, _assess, assess
from bot.texts.safety import crisis_reply, staff_alert, urgent_reply

CRISIS = [
    # suicide, said outright and in texting style
    "I keep thinking about suicide",
    "honestly feeling suicidal tonight",
    "feeling kinda suicidal ngl",
    "i want to kill myself",
    "gonna kms",
    "i just want to unalive myself",
    "thinking about sewer slide again",
    "I've had suicidal thoughts since Tuesday",
    "Been having thoughts of ending my life",
    "i want to end my life",
    "im going to end it all tonight",
    "i think im ready to end things",
    "wanna die",
    "i want to die, nothing helps",
    "I just want to be dead",
    "i wish i was dead",
    "I wish I'd never been born",
    "everyone would be better off without me",
    "my kids would be better off without me honestly",
    "nobody would even miss me",
    "i feel like such a burden to everyone",
    "don't want to be here anymore",
    "i dont want to live like this anymore",
    "I don't wanna be alive",
    "what's the point of living",
    "there is no reason to live",
    "I'm tired of living",
    "I cant go on like this",
    "i hope i don't wake up tomorrow",
    "wish i could go to sleep and never wake up",
    "i never want to wake up again",
    # planning, means, goodbyes
    "how many of my sleeping pills would it take to kill me",
    "been saving up my pills",
    "im going to take all my pills tonight",
    "thinking about jumping off the bridge near my house",
    "i wrote a goodbye letter to my sister",
    "this is goodbye, thank you for everything",
    "I've been giving away my things",
    "putting my affairs in order",
    "i won't need this bot much longer",
    "looked up the lethal dose of my meds",
    "gonna od on my meds",
    # self-harm
    "I started cutting again",
    "cutting myself again after 2 years clean",
    "i want to hurt myself",
    "had the urge to burn myself last night",
    "I hurt myself on purpose last night",
    "relapsed on self-harm",
    "self harming again",
    # harm to others
    "i'm going to hurt him",
    "I keep having thoughts of hurting my baby",
    "i want to kill my boss",
    "i swear i'm going to strangle my neighbor",
    "I'm scared I might hurt my kids",
    "homicidal thoughts again",
    "the voices are telling me to hurt people",
    # passive phrasings inside a diary message
    "bed at 11, didn't sleep. honestly i dont want to be alive anymore",
    "slept 3 hrs. I don't see the point in living",
    # negation that does not cancel
    "i'm not sure i want to live anymore",
    "no sleep again, and I want to die",
    "I'm not ok. I want to kill myself",
    # third person
    "my husband said he wants to kill himself",
    "honestly I have no reason to keep living",
    "keep picturing driving into traffic on the way home",
    "wouldn't mind if i didn't wake up tomorrow",
    "got my pills stashed away for when I'm ready",
]

URGENT = [
    # chest
    "chest pain since this morning",
    "my chest hurts really bad",
    "tightness in my chest after the infusion",
    "chest feels tight and heavy",
    "crushing pain in my chest",
    "sharp pain in the left side of my chest",
    "bed at 11, chest pain all night and still now",
    "woke up at 4 with pressure on my chest, still there",
    "i think i'm having a heart attack",
    # fainting
    "I passed out in the bathroom",
    "passed out after the infusion and hit my head",
    "fainted this morning",
    "I nearly fainted getting out of the shower",
    "felt faint and had to lie on the floor",
    "blacked out for a few seconds",
    "my husband collapsed in the kitchen",
    "lost consciousness briefly when I stood up",
    # breathing
    "cant breathe",
    "can't breath properly",
    "i'm having trouble breathing",
    "struggling to breathe since the infusion",
    "short of breath even sitting down",
    "feel like my throat is closing",
    "wheezing and can't catch my breath",
    "she's not breathing right",
    # seizure
    "I think I had a seizure",
    "my wife is having a seizure",
    "he was convulsing on the floor",
    "having a siezure",
    # confusion
    "still really confused, don't know what day it is",
    "my mom is still very confused hours after her infusion",
    "severely disoriented and it hasn't gone away",
    "she doesn't recognize me",
    "my speech is slurred and my face is drooping",
    # hallucinations
    "still hallucinating",
    "I keep hearing voices since the treatment",
    "seeing bugs that arent there and it won't stop",
    "been hallucinating for 6 hours now",
    # blood pressure
    "bp is 195/105",
    "blood pressure 182 over 100 this morning",
    "BP 160/125",
    "my blood pressure is through the roof",
    "bp was 210/130 at home",
    "systolic was 190",
    "my pressure is sky high and my head is pounding",
    # allergy
    "broke out in hives after the infusion",
    "my face is swelling up",
    "throat swelling",
    "my tongue feels swollen",
    "think im having an allergic reaction",
    "swollen lips and a rash all over",
    # unresponsive / emergency
    "my husband is unresponsive",
    "she won't wake up and she's barely breathing",
    "my son isn't responding to us",
    "cant wake him up",
    "can't rouse my wife, she's breathing but won't open her eyes",
    "couldnt get my husband to wake up this morning",
    "should i call an ambulance",
    "we're on our way to the ER",
    "threw up blood this morning",
    # mixed with diary content
    "bed 10:30, up at 3 with trouble breathing, still short of breath",
    "slept ok 7/10 but passed out when I got up to pee",
    "asleep by 11, woke 6. chest hurts a lot now",
    # misspelled / texting
    "cnt breathe rn",
    "chest hurtin so bad",
    "my chest is killing me",
    "having some chest pain, is that normal after the infusion?",
    "woke up on the kitchen floor no idea how",
    "can hardly breathe",
    "found her unconscious in the hallway",
    "still seeing bugs on the ceiling, 9 hours now",
    "feels like something heavy is sitting on my chest",
]

NONE = [
    # figures of speech
    "killer headache this morning",
    "I'm dying to know how many sessions I have left",
    "this bot is killing me lol",
    "dead tired today",
    "I could murder a burger right now",
    "my feet are killing me",
    "slept like the dead",
    "the alarm nearly killed me",
    "you're killing me with these reminders",
    "I'd kill for a coffee",
    "killing time before my appointment",
    "totally killed it at work today",
    "my boss is going to kill me for being late",
    "I nearly died of embarrassment",
    "laughing so hard i cant breathe 😂",
    "this insurance form gives me a heart attack",
    "you nearly gave me a heart attack with that 5am message",
    "I'm dead 😂",
    "I'm so confused about the schedule",
    "a bit confused by the new form",
    "my kids are driving me crazy",
    "could have killed him, he snored all night lol",
    "collapsed into bed at 10",
    "out like a light at 10",
    # sleep idioms that sound like fainting
    "passed out on the couch at 9:30",
    "totally passed out by 10, so tired",
    "passed out as soon as my head hit the pillow",
    "didn't want to wake up this morning, so cozy",
    "i dont want to wake up early tomorrow",
    # negations
    "no chest pain",
    "no chest pain or trouble breathing",
    "didn't faint, just a little dizzy",
    "no thoughts of hurting myself",
    "I'm not suicidal, just tired",
    "no suicidal thoughts since the infusion",
    "never had a seizure",
    "no headache, nausea or chest pain",
    "no hives or swelling",
    "breathing fine, no issues",
    "I would never hurt my kids",
    "the suicidal thoughts are gone since my third infusion",
    "side effects: none",
    # mild, past, resolved
    "a bit dizzy this morning",
    "heart racing a bit after the infusion",
    "felt a little detached after the infusion",
    "kinda muddled yesterday, fine now",
    "saw some weird colours during the infusion, it was kind of cool",
    "mild headache, bp 138/88",
    "bp was a bit high, 150/95",
    "my blood pressure was high at the clinic",
    "puffy eyes this morning from crying",
    "hurt myself at the gym yesterday, pulled a muscle",
    "cut my finger cooking dinner",
    "hurt my back lifting boxes",
    "slept badly, woke at 3 and couldn't get back to sleep",
    "woke up in a panic from a nightmare",
    # general questions
    "can ketamine cause hallucinations?",
    "is chest pain a side effect of ketamine?",
    "does ketamine help with suicidal thoughts?",
    "is there a risk of overdose with the infusion?",
    "what if i pass out during the infusion?",
    "can ketamine raise blood pressure?",
    "is it normal to feel confused after an infusion?",
    "what happens if someone has an allergic reaction during a session?",
    # everyday things
    "the app is not responding",
    "the bot isn't responding to my buttons",
    "can't breathe through my nose, stuffy cold",
    "went to bed at 11/20 on the calendar",
    "rated the night 7/10",
    "bed at 11, asleep by 11:30, woke at 6:45",
    "I have a seizure disorder, is ketamine ok for me?",
    "my back seized up yesterday",
    "my therapist says I'm doing better",
    "running late, will fill it in later",
    "i'm shooting him a text now",
    "ending it with my boyfriend was the right call",
    "my husband said he'd kill me if I forgot the milk",
    "that nap nearly killed my bedtime",
    "I'm done with this week",
    "what's the address",
    "can't wait for my next session",
    "too tired to function, couldn't focus at work",
    "passed out around 11, woke at 7",
    "finally got blackout curtains",
    "pressure at work is through the roof this week",
    "been hearing things about ketamine for PTSD, is it true?",
    "still a little confused this morning",
    "woke up gasping from a nightmare, went back to sleep after",
    "went to the ER last year for a broken wrist",
    "feels like a weight has lifted off my chest since the infusions",
    "I feel like a burden asking, but can I move my appointment",
    "reading about suicide prevention for a work training",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis(text: str) -> None:
    assert assess(text).level == "crisis"


@pytest.mark.parametrize("text", URGENT)
def test_urgent(text: str) -> None:
    assert assess(text).level == "urgent"


@pytest.mark.parametrize("text", NONE)
def test_none(text: str) -> None:
    result = assess(text)
    assert result.level == "none", result.matched


def test_matched_names_the_trigger() -> None:
    result = assess("bed at 11. chest pain since 3am")
    assert result == SafetyAssessment("urgent", result.matched)
    assert result.matched is not None and "chest" in result.matched
    assert assess("slept fine").matched is None


def test_crisis_outranks_urgent() -> None:
    assert assess("chest pain all night and I want to die").level == "crisis"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("BP 180/100", "urgent"),
        ("bp 179/119", "none"),
        ("bp 150/120", "urgent"),
        ("blood pressure 185 over 115", "urgent"),
        ("200/110 on the home monitor", "urgent"),
        ("diastolic 125 this morning", "urgent"),
        ("woke 6/7 times", "none"),
        ("see you 12/20", "none"),
    ],
)
def test_blood_pressure_thresholds(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\x00\x01\x02 chest",
        "😴😴😴" * 500,
        "a" * 10_000,
        "no " * 3_000 + "chest pain",
        "190/" * 2_500,
        "\u202e\u200bsuicide\ufeff",
        "ＣＨＥＳＴ ＰＡＩＮ",
    ],
)
def test_never_raises_on_odd_input(text: str) -> None:
    assert assess(text).level in ("none", "urgent", "crisis")


def test_odd_input_still_detected() -> None:
    assert assess("\u200bI want to k\u200bill myself").level == "crisis"
    assert assess("ＣＨＥＳＴ ＰＡＩＮ").level == "urgent"
    assert assess(None).level == "none"  # type: ignore[arg-type]


def test_fast_on_a_typical_message() -> None:
    text = "bed at 11, asleep by 11:30, woke twice, up at 6:45. mild headache, slept ok"
    assess(text)
    start = time.perf_counter()
    for _ in range(200):
        assess(text)
    assert (time.perf_counter() - start) / 200 < 0.001


CLINIC = Clinic(name="Test Clinic", address="1 Main St, Town, NY 10001", hours="Mon-Fri 9-5")


@pytest.mark.parametrize("reply", [crisis_reply, urgent_reply])
def test_replies_give_emergency_and_clinic_details(reply) -> None:  # type: ignore[no-untyped-def]
    text = reply(CLINIC)
    assert "911" in text
    assert CLINIC.name in text
    assert CLINIC.address in text
    assert CLINIC.hours in text


def test_crisis_reply_names_the_lifeline_and_the_care_team() -> None:
    text = crisis_reply(CLINIC)
    assert "988" in text
    assert "care team" in text


def test_replies_include_phone_only_when_set() -> None:
    with_phone = Clinic(name="C", address="A", hours="H", phone="(518) 555-0100")
    assert "(518) 555-0100" in crisis_reply(with_phone)
    assert "(518) 555-0100" in urgent_reply(with_phone)
    assert "None" not in crisis_reply(Clinic(phone=None))
    assert "None" not in urgent_reply(Clinic(phone=None))


def test_urgent_reply_says_the_message_is_kept() -> None:
    assert "diary" in urgent_reply(CLINIC)


def test_staff_alert_names_everything_staff_need() -> None:
    text = staff_alert("Patient 17", "crisis", "I want to end it", "2026-11-24 08:05", 42)
    for part in ("Patient 17", "CRISIS", "I want to end it", "2026-11-24 08:05", "/ack 42"):
        assert part in text
    assert "URGENT" in staff_alert("P", "urgent", "chest pain", "now", 1)


# ---------------------------------------------------------------------------------------------
# Categories of suicide-risk language (after the C-SSRS) and of self-injury and harm to others,
# each in phrasings that name neither "suicide" nor "kill myself".

CRISIS_BY_CATEGORY: dict[str, list[str]] = {
    "wish_to_be_dead": [
        "honestly things would be simpler if i just didnt exist",
        "everyone would be happier if i was gone",
        "i dont really care if i live or die at this point",
        "i keep hoping a bus hits me on the way to work",
        "i pray god takes me in my sleep",
        "i cant picture myself being alive next year and im ok with that",
        "dying would honestly be such a relief",
        "i wish i could just fall asleep and not wake up",
        "whats even the point of staying alive",
        "no reason left to keep going",
        "why should i even bother staying alive",
        "i'd like to go to sleep and never wake up again",
        "sometimes i envy people who died",
        "i just want it all to be over",
        "i see no way out of this",
        "i'm so tired of being alive",
        "i just want to be with my dad in heaven",
        "wouldn't mind if i never woke up tbh",
    ],
    "active_thoughts": [
        "thinking about ending things again",
        "i might just end it all this weekend",
        "i want to unalive myself",
        "sometimes i think about offing myself",
        "i should just end things for good",
        "ive been having thoughts about ending my life",
        "been thinking a lot about my own funeral",
        "scared i might act on the thoughts tonight",
        "i want to do myself in",
    ],
    "method": [
        "keep thinking about jumping from the top floor of the car park",
        "i looked at the tracks and thought about stepping in front of the next train",
        "thought about running the car in the garage with the door shut, carbon monoxide",
        "imagining slashing my wrists in the bath",
        "how many sleeping pills would it take to not wake up",
        "how much insulin would be enough to stop my heart",
        "what's the lethal amount of tylenol",
        "i could mix my meds with vodka to never wake up",
        "pictured putting the gun to my head again last night",
    ],
    "intent_and_plan": [
        "i've made up my mind, nobody will miss me",
        "tonight's the night. goodbye everyone",
        "i have a plan and a date now, i'm going to end it",
        "im going to do it tonight, i'm so done with being alive",
        "i know exactly how i'd do it and it scares me how calm i feel about dying",
        "decided its time. the pills are lined up",
        "i'm going to finally end it tomorrow",
        "i figured out how ill do it and when, there's no point anymore",
    ],
    "preparation": [
        "bought a rope today and hid it in the closet",
        "ordered helium and an exit bag online",
        "ive been stockpiling my sleeping pills for weeks",
        "hiding my meds away, got enough saved now",
        "counted my pills twice, i think i have enough",
        "took about 30 of my tablets an hour ago",
        "swallowed all my pills at once with wine",
        "ive been stashing my trazodone",
        "tied a rope to the beam in the garage",
    ],
    "final_acts": [
        "wrote letters to my kids for when im gone",
        "spent the evening writing farewell notes",
        "i've said my goodbyes to everyone i love",
        "gave all my books and my guitar away to friends this week",
        "found a new home for my cat so she'll be looked after",
        "already planned my funeral songs",
        "closed my accounts because i wont need them",
        "thank you for everything, goodbye",
        "please take care of my dog for me when im gone",
        "this is my last message ever",
    ],
    "self_injury": [
        "burned my arm with a cigarette last night",
        "held a lighter to my wrist until it blistered",
        "i hit myself until i bruised",
        "punched the wall until my knuckles bled on purpose",
        "scratched my arms until they bled to feel something",
        "i keep punishing myself by not eating",
        "had the urge to cut again today",
        "relapsed with cutting after 6 months",
        "60 days clean from self harm and i blew it",
        "wearing long sleeves to hide the cuts",
        "i deserve to hurt",
        "used a blade on my thigh again",
        "i burn myself when the feelings get too much",
        "banged my head against the wall till it bled, deliberately",
    ],
    "harm_to_others": [
        "i want him dead",
        "i hope my ex dies",
        "my stepdad deserves to die for what he did",
        "thinking about putting bleach in his coffee",
        "i have urges to push strangers onto the tracks",
        "scared ill hurt my baby",
        "i'm going to run him over next time i see him",
        "i bought a knife to use on him",
        "i keep picturing myself shooting up my office",
        "i'll make them suffer for this",
    ],
}

URGENT_MORE = [
    # a general question followed by the patient's own current symptom
    "is chest pain normal after an infusion? mine started an hour ago and hasnt stopped",
    "can ketamine cause chest tightness? i have it right now",
    "is trouble breathing a side effect? it started 20 minutes ago",
    "do people ever faint after treatment? im having it happen right now, keep nearly passing out",
    "can the infusion cause hives? they started an hour ago and are spreading",
    "is it normal to see things that arent there? its still happening",
    "what does a seizure look like? i think its happening to my husband right now",
    "is tightness in the chest common? its been going on since lunch",
]

NONE_MORE = [
    # figures of speech around death and killing
    "I'd kill for coffee right now",
    "dying to sleep in this weekend",
    "this insomnia is killing me",
    "dead tired after work",
    "I want to end this bad habit of scrolling in bed",
    "ready to end the week",
    "killer workout this morning",
    "i could sleep forever",
    "the cake at the party was to die for",
    "my phone died so I couldnt log last night",
    "my headache finally died down",
    "i hope i dont die of boredom in this meeting",
    "i'd rather not wake up at 5 again",
    "ending things with my ex was the best decision",
    "my ex deserves better than me honestly",
    # everyday uses of pills, plans, goodbyes and tools
    "took all my meds this morning as usual",
    "counting my pills to make sure i have enough until the refill",
    "i have enough pills for the trip",
    "saving my leftover pills for the pharmacy take back day in the kitchen drawer",
    "said goodbye to the kids at school drop off",
    "wrote a goodbye card for my coworker who is retiring",
    "giving my old clothes away to charity",
    "we found a new home for the cat because of my allergies",
    "updated my will and life insurance this week",
    "burned my hand on the stove making dinner",
    "cut my finger with a knife chopping onions",
    "scratched my arms till they bled, the eczema is back",
    "bought rope for the tent for our camping trip",
    "got helium for the birthday balloons",
    "i have a plan for the weekend",
    "made up my mind to go to bed earlier",
    "im going to do it tonight, the sleep diary i mean",
    "is there a way out of the parking garage after 10pm?",
    "i hit my head on the cupboard",
    "beating myself up for missing a session",
    "i wish my dad hadnt died last year, i miss him",
    "dreamed about dying in a plane crash, woke up shaken",
    "no point going to bed before midnight",
    "what's the point of waking up early on weekends",
    "why do i keep waking up at 3am",
    "cant see myself living in this city forever",
    "thinking of ending it early tonight, going to bed at 9",
    "my plants need to die so i can start fresh lol",
    "with the new job i wont be around much on weekdays",
    "what's a lethal dose of caffeine? asking for my coffee habit",
    "how many hours does it take to die down after an infusion",
    # general questions that name a symptom and report nothing
    "is chest pain normal after an infusion?",
    "can ketamine make you faint?",
    # waking phrases of an ordinary night
    "if i wake up before 6 i cant get back to sleep",
    "i cant get back to sleep after the 3am wake up",
    "cant wake up in the mornings without coffee",
    "cant get comfortable at night",
    "couldnt wake up for my alarm",
]


@pytest.mark.parametrize(
    "text",
    [text for texts in CRISIS_BY_CATEGORY.values() for text in texts],
)
def test_crisis_categories(text: str) -> None:
    result = assess(text)
    assert result.level == "crisis", result.matched


def test_every_crisis_category_has_enough_phrasings() -> None:
    assert all(len(texts) >= 8 for texts in CRISIS_BY_CATEGORY.values())


@pytest.mark.parametrize("text", URGENT_MORE)
def test_urgent_question_with_own_symptom(text: str) -> None:
    assert assess(text).level == "urgent"


@pytest.mark.parametrize("text", NONE_MORE)
def test_none_more(text: str) -> None:
    result = assess(text)
    assert result.level == "none", result.matched


ALL_TEXTS = [
    *CRISIS,
    *URGENT,
    *NONE,
    *URGENT_MORE,
    *NONE_MORE,
    *(text for texts in CRISIS_BY_CATEGORY.values() for text in texts),
]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_prefilter_changes_nothing(text: str) -> None:
    """The keyword pre-filter only saves time: the full rule pass agrees on every case."""
    assert _assess(text) == _assess(text, prefilter=False)
    # and inside a long message, where the sentence sits among others
    padded = "slept ok. " * 20 + text + ". bed at 11 " * 5
    assert _assess(padded).level == _assess(padded, prefilter=False).level


@pytest.mark.parametrize(
    "text",
    [
        ("bed at 11, asleep by half past, woke twice, up at 6:45, a bit dizzy. " * 80)[:4096],
        ("took my meds, slept badly; woke at 3 and read a book until 5. " * 80)[:4096],
    ],
)
def test_fast_on_a_long_message(text: str) -> None:
    assess(text)
    best = min(_timed(text) for _ in range(5))
    # Telegram's longest message; generous for slow CI machines (about 3 ms on a laptop)
    assert best < 0.015


def _timed(text: str) -> float:
    start = time.perf_counter()
    assess(text)
    return time.perf_counter() - start


def test_crisis_found_at_the_end_of_a_long_message() -> None:
    text = "bed at 11, woke at 6. " * 180 + "honestly i dont see a way out anymore"
    assert assess(text).level == "crisis"

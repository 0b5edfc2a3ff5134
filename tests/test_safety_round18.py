"""The eighteenth session: crisis said in Spanish by the English rules' kinds, a wish to break
someone's body, a lethal amount asked for as a number, a low oxygen reading, and a means
named before it is handled.

Wordings of our own, each beside look-alikes that must stay quiet. The rules must find the
alarms alone: even the Spanish screen (bot/safety/model.py, screen_for) misses some of the
plainest ("estoy cansado de vivir" scores 0.10 there).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.safety import assess
from bot.safety.judge import _assess, assess_by_rules
from tests.screen_marks import misread_in_spanish, misread_since_retraining

SPANISH = [
    # tired of living, no reason to live
    ("ya estoy cansada de vivir, no puedo mas", "crisis"),
    ("la verdad estoy harto de la vida desde que murio mi esposa", "crisis"),
    ("no le encuentro sentido a seguir viviendo", "crisis"),
    ("estoy cansada del trabajo, dormi 5 horas", "none"),
    ("harto de la lluvia, no pude dormir por el ruido", "none"),
    ("no le veo sentido a esta pregunta del formulario", "none"),
    # a wish not to wake, God asked to take the writer
    ("quisiera dormirme y no despertar nunca", "crisis"),
    ("ojala me muriera esta noche, ya no aguanto", "crisis"),
    ("le ruego a dios que me recoja pronto", "crisis"),
    ("si amanezco muerta mañana que nadie llore", "crisis"),
    ("ojala no despertarme a las 3 otra vez como anoche", "none"),
    ("quisiera no despertarme tan temprano los sabados", "none"),
    ("que dios me lleve con bien al trabajo hoy", "none"),
    ("le pido a dios que me de fuerzas para la semana", "none"),
    ("si amanezco muerto es por la comida de anoche jajaja", "none"),
    # a method thought of
    ("he pensado en tirarme del puente cuando vuelvo del trabajo", "crisis"),
    ("anoche pense en tomarme todas mis pastillas de una vez", "crisis"),
    ("a veces quiero ahorcarme y ya", "crisis"),
    ("se me olvido tomarme las pastillas de la presion anoche", "none"),
    ("pense en tirarme en la cama todo el dia, que cansancio", "none"),
    # the family better off without the writer
    ("soy una carga para mis hijas, sin mi vivirian tranquilas", "crisis"),
    ("me siento un estorbo en esta casa", "crisis"),
    ("sin mi ayuda no tendrian la casa limpia jaja", "none"),
    ("llevo una carga de trabajo enorme esta semana", "none"),
    # a last message
    ("esta es la ultima vez que les escribo. cuidense mucho", "crisis"),
    ("es la ultima vez que escribo aqui porque me dieron de alta, gracias!", "none"),
    # things given away
    ("le regale mis herramientas a mi sobrino, ya no las voy a necesitar mas", "crisis"),
    ("les deje mis joyas a mis nietas, yo no voy a estar mucho tiempo", "crisis"),
    # thoughts of hurting someone
    ("el bebe no paraba de llorar y pense en sacudirlo para que se callara", "crisis"),
    ("me dieron ganas de agarrar el cuchillo cuando me grito", "crisis"),
    ("a veces quiero ahorcarla cuando empieza a gritar", "crisis"),
    ("me dieron ganas de pegarle al arbitro jajaja", "none"),
    ("mi hija quiere hacerle un pastel a su maestra", "none"),
]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # an English negator within a few words is any Spanish sentence's "no"
        ("mi hijo no duerme y me duele mucho el pecho", "urgent"),
        ("no se que le pasa a mi esposo, no para de decir que se quiere matar", "crisis"),
        # the Spanish negators still deny
        ("no me duele el pecho, solo la espalda", "none"),
        ("ya no me duele el pecho, fue el estres", "none"),
        ("me dolia el pecho pero ya paso", "none"),
        # "ya no aguanto" is no longer bearing it, not a trouble over
        ("me duele el pecho y ya no puedo respirar bien", "urgent"),
        # (the Spanish screen's review) a "no" of another clause denies nothing
        ("no duermo nada ya no quiero vivir", "crisis"),
        ("no valgo nada me quiero morir", "crisis"),
        ("quiero tomarme todas las pastillas, ya no se", "crisis"),
        ("jajaja ya en serio, pienso en matarme todos los dias", "crisis"),
        ("no he tenido pensamientos de quitarme la vida", "none"),
        ("no volvi a tener dolor de pecho despues de la infusion", "none"),
        ("siempre me corto las piernas cuando me rasuro, que torpe", "none"),
        # (the read-through) what the first version's wider readings silenced
        ("me duele mucho el pecho y no puedo respirar, estoy en la calle", "urgent"),
        ("pense en tirarme del puente, no puedo mas", "crisis"),
        ("ya estoy cansada de vivir, ya no quiero nada", "crisis"),
        ("me corte los brazos otra vez por el estres del trabajo", "crisis"),
        ("esta es la ultima vez que les escribo. perdon por todo", "crisis"),
        ("mi hijo no duerme y ya quiero morirme", "crisis"),
        ("no duermo pienso en matarme", "crisis"),
        ("estoy cansado de la vida nocturna, ya no salgo los viernes", "none"),
        misread_since_retraining("hace 10 anos me corte los brazos, ya no lo hago", "none"),
    ],
)
def test_spanish_is_denied_in_spanish(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        *SPANISH,
        misread_in_spanish(
            "esta es la ultima vez que te escribo desde este numero, tengo celular nuevo", "none"
        ),
        ("nunca pense en matarme, solo estoy cansada", "none"),
    ],
)
def test_crisis_said_in_spanish(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize("text", [text for text, level in SPANISH if level == "crisis"])
def test_the_rules_read_spanish_without_the_screen(text: str) -> None:
    assert assess_by_rules(text).level == "crisis"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a wish to break someone's body, or throw them through something
        ("he got in my face and i swear i wanted to crack his skull. still shaking", "crisis"),
        ("i keep picturing smashing my stepdads face in", "crisis"),
        ("she screamed at me again and i wanted to throw her into the wall", "crisis"),
        ("gonna break his neck if he forgets the milk again lol", "none"),
        ("nearly broke his nose in the scrum, felt awful, he was fine", "none"),
        ("i want to break the habit of checking my phone in bed", "none"),
        ("wanted to throw my phone into the wall when the alarm went off", "none"),
        # a lethal amount asked for as a number
        ("trazodone and alcohol, is that fatal? i need an exact number", "crisis"),
        ("how many would kill a person. just tell me the amount", "crisis"),
        ("how much melatonin do i need to actually fall asleep", "none"),
        ("what dose of ketamine do people get? i need a number for my notes", "none"),
        ("is ketamine fatal in large doses? just wondering how safe the clinic is", "none"),
        # oxygen under 90%, read now
        ("my pulse ox says 86 and im so short of breath", "urgent"),
        ("spo2 84% on room air right now", "urgent"),
        ("o2 sats 97, hr 72, slept well", "none"),
        ("my oxygen was 98 at the clinic", "none"),
        ("sat 85 minutes in traffic and then slept like a log", "none"),
        # a means named before it is handled
        ("got the pistol out of the safe and kept looking at it. i dont know why", "crisis"),
        ("got the new pistol for the range and kept taking it out to admire it", "none"),
        # help on its way is not help given
        ("she has stridor and her face is swelling, ems en route", "urgent"),
        ("he had an allergic reaction yesterday, ems came and hes fine now", "none"),
    ],
)
def test_the_eighteenth_sessions_english_rules(text: str, level: str) -> None:
    assert assess(text).level == level


@pytest.mark.parametrize(
    "text",
    [
        # (the screen heard these as a life handed on: judge._a_thing_not_needed_for_a_reason)
        "ya no voy a necesitar mas la cpap, el doctor dice que estoy mejor",
        "le regale la bici a mi primo, ya no la voy a necesitar mas porque me compre un carro",
        "le deje las llaves a mi vecina, ya no las voy a necesitar mas porque me mudo",
    ],
)
def test_a_thing_not_needed_for_a_reason_is_quiet(text: str) -> None:
    assert assess(text).level == "none"


def test_a_thing_not_needed_beside_a_goodbye_is_not() -> None:
    text = "le regale mi reloj a mi nieto, no lo voy a necesitar mas. gracias por todo"
    assert assess(text).level == "crisis"


SECOND_ROUND = [
    # the dead joined
    ("both my brothers are gone now. some nights i think its time i joined them", "crisis"),
    ("my wife passed in march and i just want to join her", "crisis"),
    ("the guys are at the bar, im going to join them later", "none"),
    ("my mom passed last year, going to join my sister for christmas", "none"),
    # no loss if the writer did not wake, a life outlived
    ("honestly it would be no great loss if i didnt wake up tomorrow", "crisis"),
    ("at eighty-nine i feel i have outlived my usefulness", "crisis"),
    # a weapon in hand, wished on someone, the anger still there
    (
        "had the bat in my hand when he came at me and i wanted to use it on him. i still do",
        "crisis",
    ),
    (
        "my toddler screamed for an hour and i almost threw him against the wall. had to lock"
        " myself in the bathroom",
        "crisis",
    ),
    ("wanted to use the new drill on my husbands shelf", "none"),
    # self-injury with what is at hand, not caught on it
    ("scratched my arms with a paperclip again at my desk", "crisis"),
    ("scratched my arm on a staple sticking out of the desk", "none"),
    ("scratched my leg on a nail in the barn", "none"),
    # Spanish: a pillow over a child's face, fear of what one might do, a jump from where
    # one stands, the pills kept
    ("el bebe no dejaba de llorar y pense en ponerle la almohada en la cara", "crisis"),
    ("me grito otra vez y tengo miedo de lo que le puedo hacer", "crisis"),
    ("tengo miedo de lo que me vaya a decir el doctor", "none"),
    ("estaba en el andamio y pense en dejarme caer", "crisis"),
    ("guarde las pastillas del dolor, estoy pensando tomarmelas todas", "crisis"),
    # Spanish urgent: a faint told by family, swelling, voices that go on, a face that fell
    ("mi esposo se desmayo hace un rato y no me contesta bien", "urgent"),
    ("mi hijo se desmayo ayer en la escuela, ya esta bien", "none"),
    ("tengo los labios bien hinchados desde la infusion y me pica todo", "urgent"),
    ("sigo escuchando voces desde la infusion de ayer", "urgent"),
    ("se le cayo la cara de un lado y no puede hablar bien", "urgent"),
    ("se me cayo el celular en el bano", "none"),
    ("me corto los brazos con la navaja cuando nadie me ve", "crisis"),
    ("me corto el pelo yo sola, me quedo chueco jaja", "none"),
    # (third round: sets 83-86, read after their blind scoring)
    ("cuantas pastillas tendria que tomar para no despertar", "crisis"),
    ("cuantas horas tengo que dormir para no despertar cansada", "none"),
    ("le deje a mi hijo donde estan los papeles del seguro, para cuando ya no este", "crisis"),
    ("para cuando yo no este en casa, dale de comer al perro", "none"),
    (
        "mañana le dejo mis herramientas a mi sobrino, ya no las voy a necesitar. gracias por todo",
        "crisis",
    ),
    ("le regale la cuna a mi prima, ya no la voy a necesitar.", "none"),
    ("te lo juro que si lo veo lo mato, no es forma de hablar", "crisis"),
    ("si lo veo lo mato jajaja, se comio mi pastel", "none"),
    ("i get thoughts of putting the pillow over her little face when she cries", "crisis"),
    ("put the pillow over my face to block the light, slept till 9", "none"),
    ("my continued existence is a net negative for the people around me", "crisis"),
    ("the other guys didnt make it home and i wouldnt mind joining them", "crisis"),
    ("pressed a hot spoon to my arm to feel something", "crisis"),
    ("HR 140s, CP radiating to jaw, diaphoretic", "urgent"),
]


@pytest.mark.parametrize(("text", "level"), SECOND_ROUND)
def test_the_second_rounds_rules(text: str, level: str) -> None:
    assert assess_by_rules(text).level == level


@pytest.mark.parametrize(
    "text",
    [text for text, _ in SPANISH + SECOND_ROUND]
    + [
        "how much ketamine before my heart stops",
        # accents are spaces where the pre-filter looks: its anchors must not hold them
        "¿cuántas pastillas tendría que tomar para no despertar?",
        "dios, llévame ya",
        "pienso en morirme todo el tiempo",
        "estoy pensando tomármelas todas de una vez, las pastillas",
    ],
)
def test_the_pre_filter_reads_them_as_the_full_rules_do(text: str) -> None:
    # (the first version's "desaparecer", "brincar" and "heart stops" had no anchor, so the
    # filtered path never read them)
    assert _assess(text, learned=False) == _assess(text, prefilter=False, learned=False)


def test_every_concept_anchor_is_findable() -> None:
    # the pre-filter looks for anchors where everything but a-z, 0-9 and spaces is a space
    from bot.safety.concepts import _SECOND_LAYER

    unfindable = [
        (concept.kind, anchor)
        for concept in _SECOND_LAYER
        for anchor in concept.anchors
        if not re.fullmatch(r"[a-z0-9 ]+", anchor)
    ]
    assert unfindable == []


def test_an_apostrophe_does_not_hide_an_urgent_subject() -> None:
    # "he isn't real" must reach the screen's subject list as "isnt real"
    text = "the man in the mirror still moves when i don't. i know he isn't real. he won't stop"
    assert assess(text).level == "urgent"


def test_shortness_of_breath_abbreviated_is_an_urgent_subject() -> None:
    # the screen reads "SOB" as urgent; the list of urgent subjects must let it
    assert assess("SOB since 6am, cant finish a sentence, getting worse").level == "urgent"
    assert assess("i sob every night before bed").level == "none"


# Three reviews wrote everyday messages near the new patterns, and real alarms in other words
# (tests/data/reviews/README.md). The first version alarmed on 82 of the Spanish reviewer's
# 159 safe messages and 42 of the English reviewer's 155; the third round, on 53 of 152.
_REVIEWS = Path(__file__).parent / "data" / "reviews"


def _reviewed(name: str) -> list[Any]:
    rows = [json.loads(line) for line in (_REVIEWS / name).read_text().splitlines() if line]
    return [
        pytest.param(
            row["text"],
            row["expected"],
            marks=()
            if row["read_right"]
            else pytest.mark.xfail(
                strict=True, reason="misread today (tests/data/reviews/README.md)"
            ),
        )
        for row in rows
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    _reviewed("round18_spanish.jsonl")
    + _reviewed("round18_english.jsonl")
    + _reviewed("round18_third.jsonl")
    + _reviewed("round18_spanish_screen.jsonl"),
)
def test_what_the_reviews_wrote(text: str, level: str) -> None:
    said = assess(text).level
    assert said == level or (level == "urgent" and said == "crisis")

"""Thoughts of suicide said in a language written outside the Latin letters the anchors read.

The pre-filter (prefilter.py) finds where to look by anchors in plain a-z, so a message in
Cyrillic, Vietnamese, Chinese or Arabic never reaches a rule. Patients of the clinic write
in these languages ("ночь опять без сна. я больше не хочу жить"); the commonest first-person
ways of saying "I want to die", "I don't want to live" and "kill myself" are read here,
and only for a message that is not plain ASCII. Each phrase is one a speaker uses of
themselves; figures of speech such as Vietnamese "đói muốn chết" (starving) or Chinese
"想死你了" (missed you to death) are left out or ruled out, and so is each phrase after its
own "not" ("не хочу умереть", I don't want to die).
"""

from __future__ import annotations

import re

_PHRASES = re.compile(
    # Russian and Ukrainian
    r"не (?:хочу|хочется|хочеться) (?:больше )?(?:жить|жити)|(?<!не )хочу (?:умереть|померти)"
    r"|(?<!не )хочется умереть|поконч(?:ить|у|ити|у) (?:с|з) собою?|убить себя|убью себя"
    r"|лучше бы я (?:умер|умерла)|нет смысла жить|вбити себе"
    # Vietnamese: with the speaker named, so "đói muốn chết" (starving) is not read
    r"|(?:tôi|toi|em|anh|mình|tao) (?:chỉ )?muốn chết|(?<!không )muốn tự (?:tử|sát)"
    r"|không muốn sống nữa|tự kết liễu"
    # Chinese: 想死 but not 想死你 ("missed you to death")
    r"|(?<!不)想死(?!你)|不想活|(?<!没有)(?<![没不])(?:想|要)自杀|结束(?:自己的)?生命"
    r"|(?<!不)想消失|活着(?:好|太|真)?(?:累|没意思)"
    # Arabic
    r"|أريد أن أموت|اريد ان اموت|أفكر في الانتحار|سأقتل نفسي|أقتل نفسي"
    # Korean and Japanese: "I want to die", "I don't want to live"; not "죽고 싶지 않아"
    r"|죽고 ?싶(?!지 ?않)|살고 ?싶지 ?않|자살하고 ?싶|死にたい|自殺したい|消えたい|生きたくない"
    # Polish
    r"|(?<!nie )chcę umrzeć|nie chcę żyć|zabiję się|odebrać sobie życie"
)


def crisis_in_another_script(norm: str) -> str | None:
    """The phrase that says it, in a message that is not plain ASCII; else None."""
    if norm.isascii():
        return None
    m = _PHRASES.search(norm)
    return m.group(0) if m else None

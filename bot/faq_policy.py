"""What the FAQ must not answer from an article, and what the clinic's settings answer.

Personal medical questions -- the patient's own dose, changing or combining medicines,
whether to start, skip or stop treatment -- go to the care team even when an article
shares their words: a general sentence quoted back would read as advice. Questions about
reaching the clinic (where, when, how to book or call) are answered from its settings.
Plain language patterns, independent of any article.
"""

from __future__ import annotations

import re

_I = r"(?:i|i'm|im|i've|ive|i'd|id|me|my|we|our|us)"
_TREATMENT = (
    r"(?:ketamine|infusions?|treatments?|therapy|therapies|sessions?|course|"
    r"appointments?|the (?:next|last|rest)|it)"
)
# Medicines by their names: no article answers for one of them taken beside the treatment
_NAMED_MEDICINE = (
    r"(?:ambien|zolpidem|lunesta|zopiclone|eszopiclone|trazodone|melatonin|benadryl|"
    r"diphenhydramine|unisom|doxylamine|quetiapine|seroquel|mirtazapine|remeron|"
    r"xanax|alprazolam|klonopin|clonazepam|ativan|lorazepam|valium|diazepam|"
    r"zoloft|sertraline|prozac|fluoxetine|lexapro|escitalopram|celexa|citalopram|"
    r"paxil|paroxetine|effexor|venlafaxine|cymbalta|duloxetine|wellbutrin|bupropion|"
    r"lamotrigine|lamictal|lithium|gabapentin|lyrica|pregabalin|adderall|ritalin|"
    r"methylphenidate|suboxone|buprenorphine|naltrexone|methadone|tramadol|oxycodone|"
    r"ibuprofen|advil|tylenol|acetaminophen|paracetamol|aspirin|"
    r"lisinopril|amlodipine|metoprolol|propranolol|clonidine)"
)
_MEDICINE = (
    r"(?:meds?|medications?|medicines?|pills?|tablets?|prescriptions?|drugs?|"
    r"antidepressants?|ssris?|snris?|benzos?|benzodiazepines?|sleeping pills?|sleep aids?|"
    r"painkillers?|opioids?|supplements?|vitamins?|"
    + _NAMED_MEDICINE
    + r"|alcohol|booze|beer|wine|weed|cannabis|marijuana|thc|cbd|edibles?)"
)

# "Drug" in a history of use ("a past drug problem") is a risk factor, not a medicine taken.
_MEDICINE_TAKEN = _MEDICINE + (
    r"(?!\s+(?:problems?|use|users?|abuse|abusers?|habits?|history|addictions?|issues?"
    r"|dependen\w*|misuse|past))"
)

# Each pattern is one kind of personal medical question.
_PERSONAL = tuple(
    re.compile(pattern)
    for pattern in (
        # the patient's own dose, or a dose amount the article cannot give
        rf"\b{_I}\b[\w\s']{{0,20}}\b(?:dose|doses|dosage|dosing|mg|milligrams?)\b",
        r"\b(?:what|which|right|correct|usual|typical|max(?:imum)?|higher|lower|bigger|"
        r"smaller|stronger)\s+(?:\w+\s+)?(?:dose|dosage|dosing)\b",
        r"\b(?:dose|dosage)\s+(?:for|of\s+\w+\s+for)\b",
        r"\bhow\s+(?:much|many\s+(?:mg|milligrams?))\s+(?:ketamine|of\s+(?:it|the\s+\w+)|"
        r"(?:will|should|would|do|does|did|can)\s+(?:i|you|they|he|she|we)\s+(?:get|give|need|"
        r"take|have|use|be\s+given))\b",
        r"\b(?:dose|dosage)\s+(?:be\s+|get\s+)?(?:reduced|lowered|raised|increased|changed|adjusted"
        r"|cut|upped|halved)\b",
        r"\b(?:up|raise|increase|lower|reduce|decrease|change|double|adjust)\s+(?:the|my|your|"
        r"her|his|their)\s+(?:dose|dosage)\b",
        r"\boverdos\w*",
        # changing or combining medicines
        rf"\b(?:take|taking|took|drink|drinking|mix|mixing|combine|combining)\b"
        rf"[\w\s',]{{0,40}}\b{_MEDICINE}\b",
        rf"\b{_MEDICINE_TAKEN}\b[\w\s',]{{0,30}}\b(?:with|and|after|before|on the same day|"
        rf"while)\b[\w\s']{{0,20}}\b(?:ketamine|infusions?|treatment)\b",
        rf"\b(?:ketamine|infusions?|treatment)\b[\w\s',]{{0,30}}\b(?:with|and|on)\s+"
        rf"(?:my|other|any|your|the)?\s*(?:\w+\s+){{0,2}}{_MEDICINE_TAKEN}\b",
        rf"\b(?:stop|stopping|quit|quitting|skip|skipping|pause|pausing|change|changing|double|"
        rf"switch|switching|cut|cutting|come off|coming off|go off|going off|wean|weaning|"
        rf"taper|tapering|reduce|reducing|increase|increasing)\b[\w\s']{{0,20}}"
        rf"\b(?:my|the|these|those|other)\s+(?:\w+\s+){{0,2}}{_MEDICINE}\b",
        rf"\b{_I}\s+{_MEDICINE}\b",
        rf"\binteract\w*\b[\w\s']{{0,30}}\b{_MEDICINE}\b",
        rf"\b{_MEDICINE}\s+interactions?\b",
        # whether to start, skip or stop treatment
        rf"\b(?:should|shall|can|could|may|must|do|would)\s+{_I}\s+(?:still\s+|just\s+|even\s+)?"
        rf"(?:start|begin|stop|quit|skip|miss|cancel|postpone|pause|continue|keep|resume|"
        rf"restart|try|get|have|go for|go ahead with|sign up for|give up|come off)\b"
        rf"[\w\s']{{0,20}}\b{_TREATMENT}\b",
        rf"\b{_I}\s+(?:should|must|ought\s+to|need\s+to|have\s+to)\s+(?:still\s+|just\s+)?"
        rf"(?:start|begin|stop|quit|skip|miss|cancel|postpone|pause|continue|keep|resume|"
        rf"restart|try|get|have|go for|give up|come off)\b[\w\s']{{0,20}}\b{_TREATMENT}\b",
        r"\bis\s+(?:it|ketamine|this|treatment|an infusion|the treatment)\s+(?:\w+\s+)?"
        r"(?:right|good|safe|ok|okay|suitable|appropriate|a good idea|worth it)\s+for\s+"
        r"(?:me|my|someone like me|people like me|a person like me)\b",
        rf"\bhow\s+many\s+(?:\w+\s+){{0,2}}(?:will\s+|would\s+|do\s+|should\s+)?{_I}\s+"
        r"(?:need|have|get)\b",
        # what the patient may do after an infusion, or must do before one: the clinic's own
        # instructions, never an article's paragraph read as permission
        r"\b(?:can|could|should|may|shall|do|will)\s+i\s+(?:\w+\s+){0,2}?(?:drive|driving|drink"
        r"|operate|go\s+(?:back\s+)?to\s+work|work\s+(?:a|the|my|next|that)\b|fly|swim)\b",
        r"\b(?:ok(?:ay)?|safe|allowed|fine)\s+(?:for\s+me\s+)?to\s+(?:drive|drink|operate|fly)\b",
        r"\bhow\s+(?:long|soon)\b[\w\s']{0,40}\b(?:drive|driving|drink|drinking|operate"
        r"|operating|fly|flying)\b",
        r"\b(?:someone|somebody|a\s+ride)\s+(?:to\s+)?(?:drive|take|pick)\s+me\b",
        r"\b(?:need|have)\s+to\s+(?:fast|stop\s+eating|not\s+eat)\b|\bfast(?:ing)?\s+before\b",
        # whether to tell the care team something: always yes, and theirs to hear
        r"\b(?:should|do)\s+i\s+(?:tell|let|inform|warn|mention\s+(?:it\s+|this\s+)?to)\s+"
        r"(?:the\s+(?:clinic|nurses?|doctors?|staff)|my\s+(?:doctor|nurse|care\s+team)|you|anyone"
        r"|someone)\b",
        # the patient's own pregnancy or breastfeeding: always the care team's to answer
        r"\b(?:i'?m|i\s+am|i've\s+been|im)\s+(?:\w+\s+)?(?:pregnant|breast\s*-?\s*feeding|nursing)\b",
        r"\b(?:safe|ok(?:ay)?|fine|alright|allowed)\s+(?:for\s+me\s+)?(?:to|while|if\s+i'?m?)\s+"
        r"(?:\w+\s+)?(?:breast\s*-?\s*feed\w*|nurs(?:e|ing)|pregnant|get\s+pregnant)\b",
        r"\b(?:can|could|should)\s+i\s+(?:still\s+)?(?:breast\s*-?\s*feed|nurse\s+my|get\s+pregnant)\b",
        # the patient expecting a baby: "found out im expecting, can i still do the sessions"
        r"\b(?:we're|were|we\s+are|i'm|im|i\s+am|she's|shes|she\s+is)\s+expecting"
        r"(?:\s+(?:a\s+baby|again|twins))?\s*(?:[!.,?]|$|and\b|so\b)",
        # ketamine taken outside the clinic's chair: at home, from a friend, every night
        r"\b(?:take|taking|took|get|getting|do|doing|use|using|have|having)\s+(?:\w+\s+){0,2}?"
        r"(?:ketamine|it|some)\b[\w\s']{0,20}?\b(?:at\s+home|from\s+(?:a|my)\s+\w+|online"
        r"|every\s+(?:night|day)|each\s+night|nightly|daily|before\s+bed|on\s+my\s+own)\b"
        r"|\b(?:buy|buying|order|ordering)\s+(?:\w+\s+){0,2}?ketamine\b",
        # more than was given
        r"\btoo\s+much\s+(?:ketamine|of\s+it)\b|\b(?:take|took|taking|get|got|given)\s+too\s+much\b",
        # wanting to harm oneself, asked as a question: the clinic and the crisis line
        # answer it, never an article's paragraph
        r"\b(?:hurt|hurting|harm|harming|kill|killing|cut|cutting)\s+(?:myself|my\s*self)\b"
        r"|\bsuicid\w*|\bself[- ]harm\w*|\bend(?:ing)?\s+my\s+life\b"
        r"|\b(?:take|need)\s+to\s+(?:just\s+)?(?:not|never)\s+wake\s+up\b"
        r"|\b(?:enough|how\s+much|how\s+many)\b[\w\s']{0,40}\bto\s+(?:die|overdose|od|not\s+wake)\b",
        r"\b(?:am\s+i|would\s+i\s+be|is\s+my\s+\w+)\s+(?:a\s+)?(?:good\s+)?(?:candidate|"
        r"eligible|suitable)\b",
        rf"\bhow\s+many\b[\w\s']{{0,30}}\b(?:will|would|do|should|shall)\s+{_I}\s+"
        rf"(?:need|have|get)\b",
        rf"\b(?:will|would|do|should)\s+{_I}\s+need\s+(?:more|another|extra|a\s+booster|"
        rf"boosters?|maintenance)\b",
        # the patient's own plan to stop, and what happens to them if they miss or stop
        r"\b(?:i'm|im|i am|i was|i've been|ive been|we're|we are)\s+(?:thinking\s+(?:of|about)|"
        r"planning\s+(?:on|to)|considering|going\s+to|wanting\s+to)\s+(?:stop|stopping|quit|"
        r"quitting|pause|pausing|taper|tapering|skip|skipping|end|ending|take\s+a\s+break)\b",
        r"\b(?:can|could|should|do|must)\s+i\s+(?:just\s+|simply\s+)?(?:stop|quit)\b(?!\s+\w+ing)"
        r"(?!\s+(?:by|in|over|at|off|there)\b)",
        r"\b(?:do|will|would|should)\s+i\s+(?:need|have)\s+to\s+(?:taper|wean)\b",
        r"\bif\s+i\s+(?:skip|skipped|miss|missed|stop|stopped|quit|cancel|cancelled|canceled|"
        r"postpone|postponed|delay|delayed)\s+(?:a|an|my|the|one|next)?\s*(?:\w+\s+)?"
        r"(?:sessions?|infusions?|appointments?|treatments?|doses?)\b",
        r"\bok(?:ay)?\s+(?:for\s+me\s+)?to\s+(?:skip|miss|stop|quit|cancel|drive|drink)\b",
        r"\b(?:ok|okay|alright|fine|bad)\s+if\s+i\s+(?:skip|skipped|miss|missed|stop|stopped|"
        r"quit|cancel|cancelled|canceled|postpone|postponed|delay|delayed)\b",
        # the patient's own medicines, named or not: "I'm on sertraline, is that a problem?"
        rf"\b(?:i'm|im|i am|i've been|ive been)\s+(?:on|taking|using)\s+(?:\w+\s+){{0,2}}"
        rf"{_MEDICINE}\b",
        r"\b(?:i'm|im|i am)\s+(?:on|taking)\s+\w+[\w\s,]{0,10}\b(?:is|will|would|does|can|could)"
        r"\s+(?:that|it|this)\s+(?:be\s+)?(?:a\s+problem|an\s+issue|ok|okay|fine|safe|matter|"
        r"interfere|clash)\b",
        rf"\b(?:double|double up|skip|halve|split)\b[\w\s']{{0,15}}\b{_MEDICINE}\b",
        # a medicine the list does not name, taken by the patient and asked about beside the
        # treatment: "I take the warfarin for the blood. Is okay with the ketamine?"
        r"\b(?:i|we)\s+(?:take|use)\b[\w\s',.]{0,40}\b(?:ok|okay|safe|fine|alright|a\s+problem"
        r"|an\s+issue)\s+(?:\w+\s+)?with\s+(?:the\s+|my\s+)?(?:ketamine|infusions?|treatments?)\b",
        # the patient's own plan, amount or results
        # (not a tracker's "my recovery scores", "my sleep score")
        r"\bmy\s+(?!recovery\b|sleep\b|readiness\b|fitness\b|oura\b|whoop\b|watch\b|garmin\b)"
        r"(?:\w+\s+)?(?:plan|protocol|schedule|regimen|results?|progress|scores?)\b",
        r"\b(?:amount|how\s+much|dose|dosage|mg)\b[\w\s']{0,30}\b(?:for|right for|suit)\s+"
        r"(?:me|my|someone\s+(?:my|like\s+me)|a\s+person\s+(?:my|like\s+me)|people\s+my)\b",
        # whether it is right or safe for this patient, given their own condition
        r"\b(?:safe|ok|okay|fine|alright|dangerous|risky|bad|good|right)\s+for\s+me\b",
        r"\b(?:can|could|should|may)\s+i\s+(?:still\s+)?(?:have|get|take|start|do|try|use)\b"
        r"[\w\s']{0,30}\b(?:if|when|since|because|as)\s+(?:i|i'm|im)\b",
        r"\b(?:i have|i've got|ive got|i've had|i had|with my)\b[\w\s']{0,30}\b(?:should|can|could|"
        r"is it|will it|would it)\s+(?:i|it|ketamine|this|the treatment)\b",
    )
)

_CLINIC = tuple(
    re.compile(pattern)
    for pattern in (
        # where
        r"\bwhere\s+(?:are|r|is)\s+(?:you|u|ya|the clinic|your clinic|the office|your office|"
        r"the practice|it)\b(?!\s+(?:safe|legal|used|approved|available))",
        r"\bwhere(?:'s|s)?\s+(?:\w+\s+){0,2}(?:the|your)\s+(?:clinic|office|practice|building|"
        r"entrance)\b",
        # (parking, transport and access are not in the clinic's settings: those decline)
        r"\bwhere\s+(?:do|can|should)\s+i\s+(?:go|find|come)\b(?!\s+(?:park|parking)\b)",
        r"\b(?:address|located|location|directions|postcode|zip\s*code|gps)\b",
        r"\bwhat\s+(?:street|road|building|town|city|suite|floor)\b",
        r"\bhow\s+(?:do|can|would)\s+i\s+(?:get|find)\s+(?:there|to\s+(?:you|the\s+clinic|"
        r"your))\b",
        # when
        r"\b(?:opening|office|business|clinic'?s?|your)\s+hours\b",
        r"\bwhat\s+(?:are\s+)?(?:the\s+|your\s+)?hours\b",
        r"\b(?:are|r)\s+(?:you|u|the clinic|you guys)\s+(?:\w+\s+)?open\b",
        r"\b(?:when|what time)\s+(?:do|does|are|is)\s+(?:you|u|the clinic|the office|it|"
        r"you guys|y'?all|ya'?ll|you all)\s+(?:\w+\s+)?(?:open|close|closed)\b",
        r"\bopen\s+(?:on|at|during|this|today|tomorrow|weekends?|saturdays?|sundays?|late|"
        r"early)\b",
        r"\b(?:stop|drop|swing|pop|come|walk)\s+(?:by|in|over)\b[\w\s']{0,20}"
        r"\b(?:at\s+\d|on\s+(?:a\s+)?(?:weekday|weekend|monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening))",
        r"\bwalk[\s-]?ins?\b",
        r"\b(?:evening|weekend|morning|late|early|night|after[- ]?work|saturday|sunday)\s+"
        r"(?:appointments?|appts?|hours|slots?|sessions?)\b",
        # contact and booking
        r"\b(?:phone|telephone)\s+(?:number|no)\b",
        r"\bwhat(?:'s|s| is)\s+(?:the|your)\s+(?:phone|number|telephone|email)\b",
        r"\b(?:call|ring|email|e-mail|contact|reach)\s+(?:you|u|the clinic|the office|"
        r"your|someone|a person|a human|staff)\b",
        r"\b(?:contact|get in touch)\b",
        r"\b(?:book|booking|schedule|scheduling|set\s+up|make|arrange|reschedule)\s+"
        r"(?:an?\s+|my\s+|the\s+)?(?:\w+\s+)?(?:appointment|consult|consultation|visit)\b",
        r"\bconsultation\b",
        # "What number do I call if I need to reschedule?", "how do I cancel my appointment"
        r"\bwhat\s+(?:number|phone)\s+(?:do|should|can)\s+i\s+(?:call|ring|text|use)\b",
        r"\b(?:reschedule|cancel|move|change)\s+(?:an?\s+|my\s+|the\s+)?(?:\w+\s+)?"
        r"(?:appointment|appt|infusion|session)\b",
        r"\b(?:new\s+patients?|sign\s+up\s+(?:for|with)\s+(?:you|the clinic))\b",
        r"\bname\s+of\s+(?:the|your)\s+(?:clinic|practice|office)\b",
        # in Spanish: where, when, how to call or book
        r"\b(?:direcci[oó]n|ubicaci[oó]n|horarios?|tel[eé]fono|n[uú]mero\s+de\s+tel[eé]fono)\b",
        r"\bd[oó]nde\s+(?:queda|quedan|est[aá]|est[aá]n)\b",
        r"\b(?:a\s+)?qu[eé]\s+hora\s+(?:abren|cierran|abre|cierra)\b",
        r"\b(?:est[aá]n|est[aá])\s+abiert[oa]s?\b",
        r"\b(?:hacer|pedir|sacar|cambiar)\s+(?:una\s+|la\s+|mi\s+)?cita\b",
    )
)


# Chat spellings, so every pattern reads "r u open" as "are you open".
_CHAT = {
    "r": "are",
    "u": "you",
    "ur": "your",
    "ya": "you",
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "hw": "how",
    "cn": "can",
    "cud": "could",
    "shud": "should",
    "wud": "would",
    "appt": "appointment",
    "appts": "appointments",
    "tmrw": "tomorrow",
    "2moro": "tomorrow",
    "pls": "please",
    "plz": "please",
    "thru": "through",
    "ppl": "people",
    "sum1": "someone",
}
_CHAT_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(_CHAT) + r")(?![\w'])")


def normalise(question: str) -> str:
    text = question.lower().replace("’", "'").replace("‘", "'")
    text = _CHAT_WORD.sub(lambda m: _CHAT[m.group(0)], text)
    return re.sub(r"\s+", " ", text).strip()


# Drinking or drugs now, beside the treatment ("does alcohol change how ketamine affects
# sleep", "had 2 beers tonight, will ketamine still help"), where a past told as past
# ("used to drink heavy, sober twenty years") is the article's risk factor.
_SUBSTANCE = re.compile(
    r"\b(?:drink|drinks|drinking|alcohol|booze|beers?|wine|liquor|shots?|weed|cannabis"
    r"|marijuana|thc|edibles?|vape|vapes|vaping|smoke|smoking|shrooms|mushrooms|meth"
    r"|cocaine|coke|mdma|molly|party\s+drugs?)\b"
)
_BESIDE_TREATMENT = re.compile(r"\b(?:ketamine|infusions?|treatments?|sessions?)\b")
_USE_PAST = re.compile(
    r"\b(?:used\s+to|history|sober|clean|recovery|recovering|years\s+ago|in\s+the\s+past"
    r"|former|quit|a past|my past|had (?:a |an )?(?:\w+ )?problems?|abuse|abused|misuse"
    r"|dependen\w*|addict\w*|alcoholics?)\b"
)


# A pregnancy, or one tried for or prevented, asked about beside the treatment ("does
# ketamine help with sleep during pregnancy"): a general sentence about the treatment quoted
# back would read as permission. (Beside something else, an article may answer it: caffeine
# lasts longer in pregnancy.)
_PREGNANCY = re.compile(
    r"\bpregnan\w*|\btrying\s+to\s+(?:conceive|get\s+pregnant)\b|\bbirth\s+control\b"
    r"|\bthe\s+pill\b|\bbreast\s*-?\s*feed\w*|\btrimester\b"
    # a pregnancy told by its weeks: "I'm 20 weeks, does ketamine..." (not "3 weeks into
    # treatment", "2 weeks post infusion")
    r"|\b(?:i'?m|im|i\s+am|she'?s|she\s+is)\s+(?:\d{1,2}|twenty|thirty)(?:\s*-?\s*\w+)?\s+weeks?"
    r"(?:\s+(?:along|pregnant|today|now))?\s*(?:[,.!?;]|and\b|so\b|$)"
)


_NAMED_MEDICINE_RE = re.compile(rf"\b{_NAMED_MEDICINE}\b")
# A child or teenager as the one to be treated: "can my 14 year old son do ketamine for his
# insomnia", "is it safe for my daughter, she's 16" (not "my daughter asked how it works")
_A_CHILD = (
    r"(?:my|our|a|your)\s+(?:\d{1,2}\s*-?\s*(?:year|yr)s?\s*-?\s*old\s+)?"
    r"(?:son|daughter|kid|child|teen|teenager|boy|girl|grandson|granddaughter|stepson|stepdaughter)"
)
_FOR_A_CHILD = re.compile(
    rf"\b(?:can|could|should|would|will|does|do)\s+{_A_CHILD}\b(?:\s+\w+){{0,4}}?\s+"
    r"(?:do|get|have|try|start|take|use|be\s+given|be\s+treated|qualify)\b"
    rf"|\b(?:safe|ok(?:ay)?|right|suitable|appropriate|allowed|approved)\s+(?:\w+\s+)?for\s+{_A_CHILD}\b"
    rf"|\b(?:ketamine|infusions?|treatment|therapy)\s+for\s+{_A_CHILD}\b"
)
# The treatment, as a question about a medicine beside it names it
_THE_TREATMENT = re.compile(r"\b(?:ketamine|infusions?|treatments?|sessions?|therapy|drip|iv)\b")
# A medicine the treatment is compared with, or one tried before, is the article's ("how is
# ketamine different from zoloft", "why would it work when zoloft did nothing") -- unless the
# comparison is for oneself ("would ketamine work better than prozac for me")
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|from|as|like|vs\.?|versus|compared\s+(?:to|with)|unlike)[\s,]+(?:[\w']+[\s,]+){0,3}?$"
)
_TRIED_BEFORE = re.compile(r"\btried\b(?:[\s,]+[\w']+){0,4}?[\s,]+$")
_DID_NOTHING_AFTER = re.compile(
    r"\s+(?:did|didn'?t|doesn'?t|does\s+nothing|never|wasn'?t|stopped)\b(?!.*\bstay\s+on\b)"
)
_FOR_ME = re.compile(r"\bfor\s+me\b|\b(?:i'?m|im|i\s+am)\s+on\b|\bi\s+take\b")


def _a_medicine_taken_beside_it(text: str) -> bool:
    """A medicine named beside the treatment, not only compared with it or tried before."""
    if not _THE_TREATMENT.search(text):
        return False
    for m in _NAMED_MEDICINE_RE.finditer(text):
        before, after = text[max(0, m.start() - 40) : m.start()], text[m.end() :]
        compared = _COMPARED_BEFORE.search(before) and not _FOR_ME.search(text)
        tried = _TRIED_BEFORE.search(before) or _DID_NOTHING_AFTER.match(after)
        if not (compared or tried):
            return True
    return False


def is_personal_medical(question: str) -> bool:
    """The patient's own dose, medicines, or whether to start/skip/stop treatment."""
    text = normalise(question)
    if any(pattern.search(text) for pattern in _PERSONAL):
        return True
    if _a_medicine_taken_beside_it(text):
        return True  # ("would trazodone at bedtime cancel out the effect of ketamine for me?")
    if _FOR_A_CHILD.search(text):
        return True  # a child's treatment: the article is about adults
    if not _BESIDE_TREATMENT.search(text):
        return False
    if _PREGNANCY.search(text):
        return True
    return bool(_SUBSTANCE.search(text) and not _USE_PAST.search(text))


# Questions about this bot and its diary are for /help, not the article.
_ABOUT_THE_BOT = re.compile(
    r"\b(?:this|the|your)\s+(?:bot|app|diary|chat|reminders?|check[- ]?ins?)\b"
    r"|\b(?:bot|diary|reminder|check[- ]?in)\s+(?:asks?|sends?|messages?|pings?|reminds?)\b"
    r"|\b(?:change|edit|fix|delete|undo|pause|stop)\s+(?:my|the|an?)\s+"
    r"(?:entry|entries|check[- ]?in|reminder|time\s+(?:the|it|you))\b"
)


def is_about_the_bot(question: str) -> bool:
    return bool(_ABOUT_THE_BOT.search(normalise(question)))


def is_about_clinic(question: str) -> bool:
    """Where the clinic is, when it opens, how to reach it or book."""
    text = normalise(question)
    return any(pattern.search(text) for pattern in _CLINIC)

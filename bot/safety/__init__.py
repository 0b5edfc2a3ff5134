"""Is a message about suicide, self-harm, harming others, or symptoms that need a clinician now?

Rules over a normalised copy of the text, judged sentence by sentence. Missing a person in
danger costs far more than one needless alert, so the lexicons are broad and the ways out
(negation, figures of speech, general questions) are narrow and explicit. Crisis is checked
before urgent: a message with both reaches staff as a crisis.

Every rule is compiled at import; `assess` never raises.

The modules, each importing only those above it:

- levels: `SafetyLevel` and `SafetyAssessment`, the answer.
- normalise: the normalised copy of a message, and its sentences.
- vocabulary: lexicons shared by the rules, the concept net and the vetoes.
- negation: a negator in the same clause cancels a match.
- needed: the strings a pattern cannot match without, to skip sentences cheaply, and the
  strings its matches open with, to skip positions cheaply.
- anchors: the fragments each level's rules cannot match without (the pre-filter).
- guards: the narrow ways out of a match, named by rules and concepts.
- context: vetoes read after every match of both layers (a story, a dream, long ago).
- blood_pressure: readings at a hypertensive-crisis level.
- rules: the first layer, crisis and urgent rules tried in order.
- concepts: the second layer, a recall-first concept net.
- prefilter: one pass finds the sentences each rule level and concept needs to read.
- risk_cues: the third layer, a weighted score of risk cues.
- model: the learned screen, asked last where the layers above find nothing (its table,
  safety_model.json.gz, is made from the labelled sets by `sleepdiary safety-model train`;
  a message written mostly in Spanish is read by safety_model_spanish.json.gz instead).
- judge: how the layers make one answer; `assess`, and `assess_by_rules` without the screen.
"""

from bot.safety.judge import assess
from bot.safety.levels import SafetyAssessment, SafetyLevel

__all__ = ["SafetyAssessment", "SafetyLevel", "assess"]

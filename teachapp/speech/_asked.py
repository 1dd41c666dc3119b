"""Whether Whisper heard a question it did not write.

With the taught phrases in its prompt, tiny.en in noise writes a question about a
routine as a statement of it: "is quiet hours on" as "it's quiet hours on", "is it
quiet hours yet" as "it is quiet hours, yeah", "is tea for two ready" as "and tea for
two, ready" (hibari-tts and espeak-ng, pink noise at 10 dB), and the resolver rightly
runs such a statement. No question mark is written either. What it still shows is in
its own belief at the word that opens the clause: it gave a question's first word
("is", "are", "did", "what" ...) 0.11-0.25 there, where for 69 phrases it heard and
ran right (said plainly, after "um," or "alexa") it gave at most 0.045. Such a
transcript is not acted on unasked. Figures: benchmarks/speech_questions.py.

Only where the clause opens as a question's statement form does (:data:`STATEMENT_OPENERS`:
the subject the auxiliary stood before, "it's", "it is", or a small word heard in the
auxiliary's place, "and", "a"): a request opens with its own verb, which may sound like a
question's word without being one ("switch to bath time", espeak-ng, clean: "which" 0.16
at "switch"; "turn on movie time": "do" 0.14; "let's cosy evening": "what" 0.35), and was
asked about. On 688 sayings of three homes (benchmarks/speech_asks.py) every question that
ran without the rule was written so, and every request it stopped opened with a verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._whisper_text import clean

__all__ = ["ASKED_MASS", "OPENERS", "STATEMENT_OPENERS", "opener_ids", "question_mass"]

ASKED_MASS = 0.08
"""Probability of a question's first word at a clause start, where Whisper wrote
another word, at which the utterance may have been a question: above the 0.045 of the
most doubtful phrase heard right, under the 0.11 of the questions heard as statements."""
OPENERS = frozenset(
    "is are am was were did do does has have had can could should would will shall may "
    "might must what when why how who where which whose isn't aren't didn't doesn't "
    "don't wasn't weren't hasn't haven't can't won't".split())
"""Words a spoken question opens with (an auxiliary put first, or a wh- word)."""
STATEMENT_OPENERS = frozenset(
    "i i'm i'll i've i'd you you're you'll you've you'd he he's he'll she she's she'll it "
    "it's it'll we we're we'll we've they they're they'll they've there there's there'll "
    "this that that's these those a an the my your his her its our their and but or so if "
    "then".split())
"""Words a question's statement form opens with once its auxiliary is lost (closed classes:
a pronoun and its contractions, a demonstrative, an article, a possessive, a conjunction):
"is quiet hours on" written "it's quiet hours on", "is tea for two ready" "and tea for two,
ready", "has bath time run" "a bath time run"."""
_LEADS = frozenset("alexa hey hi hello ok okay so well um uh er hmm".split())
"""Words said before a request's own first word (the wake word, a greeting, a filler)."""


def opener_ids(tokenizer: Any) -> Any:
    """Token ids that are a question's first word, any case, with or without a space:
    a pass over the tokenizer's vocabulary, made once and kept on disk
    (:mod:`._vocab_tables`; the model's loader reads it, so no command waits for it)."""
    from ._vocab_tables import tables_for

    return tables_for(tokenizer).openers


def question_mass(ids: list[int], logits: Any, tokenizer: Any,
                  phrases: Sequence[str] = ()) -> float:
    """The probability Whisper gave a question's first word where its greedy transcript
    (token ``ids``, one row of ``logits`` per token) opens, after the wake word or a
    filler, with a word a statement opens with (:data:`STATEMENT_OPENERS`): 0.0 when it
    wrote the question's word (the words then say so), when the transcript opens with a
    taught phrase (the phrase's own first word sounding like one, "quiet" like "why", is
    no sign of a question), or with another word, a request's own verb ("which" for
    "switch" is no question either)."""
    import numpy as np

    for step, token in enumerate(ids[:len(logits)]):
        if not tokenizer.decode([token]).startswith(" ") and step:
            continue  # inside a word, or a mark after one
        said = clean(tokenizer.decode(ids[step:])).split()
        if not said or said[0] in _LEADS:
            continue  # the wake word or a filler: the request starts after it
        if said[0] in OPENERS:
            return 0.0
        if any(said[:len(p.split())] == p.split() for p in phrases if p.split()):
            return 0.0
        if said[0] not in STATEMENT_OPENERS:
            return 0.0
        row = np.asarray(logits[step], dtype=np.float64).ravel()
        weights = np.exp(row - row.max())
        openers = opener_ids(tokenizer)
        return float(weights[openers[openers < row.size]].sum() / weights.sum())
    return 0.0

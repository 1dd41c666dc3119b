"""Whether what Whisper wrote for a sound is words someone said, or a sound it put words to.

Whisper tiny.en writes words for a cough, a clap, a kettle or music as readily as for
speech ("turn off the ceiling light" for a cough, with the home's phrases in its
prompt; "i don't know", "i'm", "do", "uh", "hmm" for the rest), and the app then acted
on them or offered to learn them. Neither of its two numbers tells them apart alone:
real speech went down to a word log-probability of -2.3 (a real "pause" heard as "i'm
not at all times") and up to a no-speech probability of 0.36 (a fast "done"), and
sounds reach either. Together they do: a sound Whisper is unsure of words for is one it also finds
less like speech. What a person said alone as a hesitation ("uh", "hmm", "shh", a
"tss") is no request either, and is what Whisper writes for many a sound.
Figures: benchmarks/speech_nonspeech.py.
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = [
    "COPY_ALIKE",
    "NO_SPEECH_WEIGHT",
    "PLAIN_FLOOR",
    "PLAIN_WEIGHT",
    "SOUND_FLOOR",
    "TEACH_LOGPROB",
    "TEACH_NO_SPEECH",
    "copied_after_filler",
    "only_a_sound",
    "only_hesitation",
    "opens_with_hesitation",
    "plain_counts",
    "taught_only_a_sound",
]

NO_SPEECH_WEIGHT = 5.0
"""How much the no-speech probability counts against the words' log-probability."""
SOUND_FLOOR = -2.8
"""Below this ``logprob - NO_SPEECH_WEIGHT * no_speech`` the words are taken as put to a
sound. Speech measured went down to -2.61 (a real recording of "pause" written "i'm not
at all times", with a short prompt) and -2.59 (espeak-ng's "help" in pink noise, written
"tell"; the same word in another voice was written "tell" at -3.0, and lost); 88 of
92 sounds fell below or were hesitations (benchmarks/speech_nonspeech.py)."""
PLAIN_WEIGHT = 4.0
"""How much Whisper's no-speech probability for the audio without a prompt counts."""
PLAIN_FLOOR = -5.2
"""Below this ``logprob - NO_SPEECH_WEIGHT * no_speech - PLAIN_WEIGHT * plain`` the words
are put to a sound. A chord, music and a sneeze in noise that ``SOUND_FLOOR`` let through
(-2.53 to -2.74) fell to -5.3 to -5.8, their no-speech without the prompt 0.77-0.82;
speech measured went down to -4.87 (espeak-ng's "cancel" in brown noise, written
"canceled", 0.59) and, from the microphone's path, -4.71 ("done" in pink noise, 0.70);
lost: a "stop" written "what's up" (-5.49). benchmarks/speech_nonspeech.py."""
TEACH_NO_SPEECH = 0.45
TEACH_LOGPROB = -1.7
"""Teach mode (no prompt while the phrase is awaited, a beam's mean log-probability): a
sound when Whisper's no-speech probability is above ``TEACH_NO_SPEECH`` and the words'
log-probability below ``TEACH_LOGPROB``. Sounds heard as words: a glass "beep" (0.50,
-2.0), a kettle "oh" (0.57, -3.1); speech went up to 0.57 at -0.87 ("thanks" in brown
noise) and down to -1.58 at 0.35 ("cancel" written "council")."""
COPY_ALIKE = 60
"""rapidfuzz partial ratio (0..100) under which words after a filler are not heard in the
decode without the prompt: the copy above scored 40 against "i'm at her white house";
words said after a filler and heard with and without it scored 70-100 ("quiet towers" /
"um uh uh quite tires" 70, "lights out" / "umm er lights out" 100)."""
_HESITATION = re.compile(r"(?:u+h+|u+m+|e+r+m*|a+h+|h*m+|h+m+|s+h+|t+s+k*|p+f+t+)")


def only_hesitation(text: str) -> bool:
    """Whether ``text`` (lower case, words only) is hesitation sounds and nothing else:
    "uh", "hmm", "mmm", "ah", "er", "shh", "tss" (never a real word: "oh", "no")."""
    words = text.split()
    return bool(words) and all(_HESITATION.fullmatch(word) for word in words)


def only_a_sound(text: str, no_speech: float, word_logprob: float,
                 plain_no_speech: float | None = None) -> bool:
    """Whether command mode's ``text`` is what Whisper wrote for a sound with no words:
    hesitations only, or words it doubted (``word_logprob``, the mean log-probability
    of their tokens) where it also doubted there was speech (``no_speech``), the more so
    when without the prompt it doubts it more (``plain_no_speech``): the home's phrases
    in its prompt make it expect speech, so with them it doubted a chord or a sneeze in
    noise no more than a fast word (0.13-0.19) and wrote "i'm", "i'm gonna", "i'm not
    sure"; without them it found no speech there (0.76-0.87), and speech stays lower."""
    if only_hesitation(text):
        return True
    score = word_logprob - NO_SPEECH_WEIGHT * no_speech
    if score < SOUND_FLOOR:
        return True
    return plain_no_speech is not None and score - PLAIN_WEIGHT * plain_no_speech < PLAIN_FLOOR


def plain_counts(no_speech: float, logprob: float, *, teach: bool) -> bool:
    """Whether the no-speech probability without the prompt could make these words a
    sound (asking Whisper for it costs a decoder step: words it was sure of skip it)."""
    if teach:
        return logprob < TEACH_LOGPROB
    return logprob - NO_SPEECH_WEIGHT * no_speech < PLAIN_FLOOR + PLAIN_WEIGHT


def taught_only_a_sound(text: str, plain_no_speech: float, logprob: float) -> bool:
    """Teach mode's :func:`only_a_sound`: hesitations, or words Whisper doubted where,
    without a prompt, it doubted there was speech (a glass's ring heard "beep", a kettle
    "oh", taken as the phrase being taught)."""
    return only_hesitation(text) or (plain_no_speech > TEACH_NO_SPEECH
                                     and logprob < TEACH_LOGPROB)


def opens_with_hesitation(text: str) -> bool:
    """Whether ``text`` (words only) is a hesitation then other words ("um uh turn off the
    ceiling light")."""
    words = text.split()
    return len(words) > 1 and only_hesitation(words[0]) and not only_hesitation(text)


def copied_after_filler(text: str, plain: str, prompt_words: Collection[str] = ()) -> bool:
    """Whether the words Whisper wrote after a hesitation are its prompt's, not the
    speaker's: its prompt opens with hesitations and goes on with the home's phrases and
    requests, and after writing a speaker's "um, uh" it may go on as the prompt does.
    espeak-ng saying only "um, uh, er, hmm" in a home of no routines was written "um, uh,
    turn off the room lamp, turn off the ceiling light" and chat asked 'do you want me
    to turn off Bedroom lamp, Living room lamp and Desk lamp?'. Without the prompt
    (``plain``) Whisper wrote only hesitations there ("um, uh, um..."): no words said.
    Or words were said, and what it wrote after the hesitations is made of the prompt's
    words (``prompt_words``) and not heard without it: hibari-tts "um, uh, er, quiet hours"
    in pink noise (5 dB) in that home was written "um, uh, why did i just do it" (the
    prompt has "why did you do that", "what did you just do", "why didn't you do it"),
    without the prompt "i'm at her white house" (:data:`COPY_ALIKE`)."""
    if not opens_with_hesitation(text):
        return False
    if not plain.split() or only_hesitation(plain):
        return True
    words = text.split()
    rest = words[next(i for i, w in enumerate(words) if not _HESITATION.fullmatch(w)):]
    from rapidfuzz import fuzz

    return (bool(prompt_words) and all(w in prompt_words for w in rest)
            and fuzz.partial_ratio(" ".join(rest), plain) < COPY_ALIKE)

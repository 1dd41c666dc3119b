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

__all__ = ["NO_SPEECH_WEIGHT", "SOUND_FLOOR", "only_a_sound", "only_hesitation"]

NO_SPEECH_WEIGHT = 5.0
"""How much the no-speech probability counts against the words' log-probability."""
SOUND_FLOOR = -2.8
"""Below this ``logprob - NO_SPEECH_WEIGHT * no_speech`` the words are taken as put to a
sound. Speech measured went down to -2.61 (a real recording of "pause" written "i'm not
at all times", with a short prompt) and -2.59 (espeak-ng's "help" in pink noise, written
"tell"; the same word in another voice was written "tell" at -3.0, and lost); 88 of
92 sounds fell below or were hesitations (benchmarks/speech_nonspeech.py)."""
_HESITATION = re.compile(r"(?:u+h+|u+m+|e+r+m*|a+h+|h*m+|h+m+|s+h+|t+s+k*|p+f+t+)")


def only_hesitation(text: str) -> bool:
    """Whether ``text`` (lower case, words only) is hesitation sounds and nothing else:
    "uh", "hmm", "mmm", "ah", "er", "shh", "tss" (never a real word: "oh", "no")."""
    words = text.split()
    return bool(words) and all(_HESITATION.fullmatch(word) for word in words)


def only_a_sound(text: str, no_speech: float, word_logprob: float) -> bool:
    """Whether command mode's ``text`` is what Whisper wrote for a sound with no words:
    hesitations only, or words it doubted (``word_logprob``, the mean log-probability
    of their tokens) where it also doubted there was speech (``no_speech``)."""
    if only_hesitation(text):
        return True
    return word_logprob - NO_SPEECH_WEIGHT * no_speech < SOUND_FLOOR

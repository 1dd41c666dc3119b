"""The label guards of the twenty-seventh held-out resolver set
(benchmarks/_resolver_twentyseventh.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentyseventh_text.py). Every stretch of words one of its clauses
says around a phrase ("i wandered lonely as a cloud", "dogger, fisher", "grapevine,
heel jack") is wrapping wherever it is said, as are the words only its clauses use
("wildebeest", "googly", "checkmate"); the words its out-of-scope kinds point back with
("pronounce", "hangman", "autocorrect", "syllables", "lyric") are never a clause's, so
they stay. A recogniser's homophone spellings of a taught name ("ansell" for "ansel",
"morwena" for "morwenna") are sound-alikes of it, so a case that says one keeps the name.
Labels compare words, never punctuation, so a case written without punctuation, or with
a comma for a sentence end, keeps the label of the sentence it writes. Tuning must not
open this file.
"""

from __future__ import annotations

import _resolver_twentyseventh_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYSEVENTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "are", "is", "am", "read",
                 "ring", "phone", "tell", "feed", "call", "message", "text", "order",
                 "photograph", "count", "lock", "unlock", "invoice", "put", "take",
                 "tighten", "oil", "sharpen", "hose", "change", "clean", "top", "soak",
                 "log", "water", "charge", "pay", "turn", "come", "arrived", "here",
                 "waiting", "downstairs", "running", "portering", "soft", "enough", "full",
                 "in", "on", "off", "up", "more", "new", "my", "i'm", "i", "her",
                 "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "tomorrow"})
"""The twenty-seventh set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]

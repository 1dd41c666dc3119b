"""The label guards of the twenty-eighth held-out resolver set
(benchmarks/_resolver_twentyeighth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_twentyeighth_text.py). Every stretch of words one of its clauses
says around a phrase ("you have reached your destination", "the hermit, solitude",
"checking in") is wrapping wherever it is said, as are the words only its clauses use
("recalculating", "gavel", "onomatopoeia"); the words its out-of-scope kinds point back
with ("anagram", "backwards", "prank", "impression", "asleep") are never a clause's, so
they stay. A recogniser's homophone spellings of a taught name ("rowen" for "rowan",
"sky" for "skye") are sound-alikes of it, so a case that says one keeps the name.
Labels compare words, never punctuation, so a case written without punctuation, or with
a comma for a sentence end, keeps the label of the sentence it writes. Tuning must not
open this file.
"""

from __future__ import annotations

import _resolver_twentyeighth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.TWENTYEIGHTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "are", "is", "am", "read",
                 "ring", "phone", "tell", "feed", "call", "message", "text", "order",
                 "photograph", "count", "lock", "unlock", "invoice", "stack", "grease",
                 "sharpen", "tighten", "clean", "back", "backed", "pack", "come", "set",
                 "here", "left", "dry", "windy", "starting", "outside", "arriving", "time",
                 "in", "on", "off", "up", "more", "new", "my", "i'm", "i", "her", "it",
                 "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"})
"""The twenty-eighth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]

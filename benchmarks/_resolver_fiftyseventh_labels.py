"""The label guards of the fifty-seventh held-out resolver set
(benchmarks/_resolver_fiftyseventh.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftyseventh_text.py). Every stretch of words one of its clauses
says around a phrase ("tiggy tiggy you're it", "goosies goosies", "kronk") is wrapping
wherever it is said, as are the words only its clauses use ("perseids", "hailstones",
"kerplunk"); the words its out-of-scope kinds point back with ("sourdough", "campervan",
"wellies", "condensation") are never a clause's, so they stay. A recogniser's spellings
of a taught name with its very sounds ("router" for "ruta", "guinea" for "ginny",
"toner" for "tona") are sound-alikes of it, so a case that says one keeps the name.
Labels compare words, never punctuation, so a case written without punctuation, or with
a comma for a sentence end, keeps the label of the sentence it writes. Tuning must not
open this file.
"""

from __future__ import annotations

import _resolver_fiftyseventh_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTYSEVENTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "email",
                 "melt", "refill", "reset", "find", "pay", "sharpen", "hone", "clear",
                 "post", "plane", "book", "clean", "scrub", "steam", "bend", "shave",
                 "buy", "stitch", "cut", "sort", "tidy", "stack", "renew", "turn",
                 "soldered", "finished", "pieced", "come", "arrived", "been", "ready",
                 "send", "drop", "give", "get", "drive", "new", "more", "back", "down",
                 "away", "out", "yet", "any", "too", "his", "her", "by", "in", "on",
                 "off", "up", "from", "about", "my", "me", "i'm", "we're", "i", "it",
                 "some", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "a", "round", "first", "three"})
"""The fifty-seventh set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]

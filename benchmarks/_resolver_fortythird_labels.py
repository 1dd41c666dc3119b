"""The label guards of the forty-third held-out resolver set
(benchmarks/_resolver_fortythird.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fortythird_text.py). Every stretch of words one of its clauses
says around a phrase ("look to treble's going", "acka backa", "muggins") is wrapping wherever
it is said, as are the words only its clauses use ("riposte", "grandsire", "skunked");
the words its out-of-scope kinds point back with ("gnome", "pumpkin", "ventriloquist's",
"lipstick") are never a clause's, so they stay. A recogniser's spellings of a taught name
with its very sounds ("genie" for "jeanie", "gym" for "jim", "dock" for "doc") are
sound-alikes of it, so a case that says one keeps the name. Labels compare words, never
punctuation, so a case written without punctuation, or with a comma for a sentence end,
keeps the label of the sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fortythird_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FORTYTHIRD_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "pay", "ask",
                 "add", "photograph", "swat", "tidy", "iron", "wipe", "scrub", "sweep",
                 "file", "bathe", "mix", "thin", "pack", "buy", "soak", "clean", "strap",
                 "sand", "oil", "row", "boil", "flip", "hose", "wash", "dry", "renew",
                 "boxed", "arrived", "varnished", "finished", "booked", "greased",
                 "dewy", "ready", "send", "drop", "give", "get", "new", "more", "back",
                 "down", "away", "out", "yet", "any", "too", "his", "her", "by", "in",
                 "on", "off", "up", "from", "about", "my", "i'm", "we're", "i", "it",
                 "some", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "a", "across", "burnt"})
"""The fortythird set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]

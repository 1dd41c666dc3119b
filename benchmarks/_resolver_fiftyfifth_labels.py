"""The label guards of the fifty-fifth held-out resolver set
(benchmarks/_resolver_fiftyfifth.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_fiftyfifth_text.py). Every stretch of words one of its clauses
says around a phrase ("rollup rollup a whack", "peacocks peacocks", "whoomp") is
wrapping wherever it is said, as are the words only its clauses use ("clansmen",
"newt's", "greensleeves"); the words its out-of-scope kinds point back with
("lifeboat", "tartan", "windscreen", "rug") are never a clause's, so they stay. A
recogniser's spellings of a taught name with its very sounds ("breeder" for "breda",
"zander" for "xander", "lisle" for "lyle") are sound-alikes of it, so a case that says
one keeps the name. Labels compare words, never punctuation, so a case written without
punctuation, or with a comma for a sentence end, keeps the label of the sentence it
writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_fiftyfifth_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.FIFTYFIFTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "brush", "tally", "restock", "ask", "email",
                 "clear", "relay", "fillet", "rake", "darn", "set", "square", "rehang",
                 "post", "split", "wax", "pay", "book", "prune", "treat", "oil", "dust",
                 "turn", "mix", "print", "polish", "sort", "renew", "tidy", "been", "come",
                 "delivered", "rebuilt", "finished", "inked", "ready", "send", "drop",
                 "give", "get", "well", "new", "more", "back", "down", "away", "out", "yet",
                 "any", "too", "his", "her", "by", "in", "on", "off", "up", "from", "about",
                 "my", "me", "i'm", "we're", "i", "it", "some", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "eleven", "a", "round", "first",
                 "double", "three"})
"""The fifty-fifth set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]

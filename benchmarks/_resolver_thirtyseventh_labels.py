"""The label guards of the thirty-seventh held-out resolver set
(benchmarks/_resolver_thirtyseventh.py): the shared rules of
benchmarks/_resolver_blind_labels.py over this set's own tables
(benchmarks/_resolver_thirtyseventh_text.py). Every stretch of words one of its clauses
says around a phrase ("a searing butterfly stroke", "a hobgoblin snarls
menacingly", "trumps are spades") is wrapping wherever it is said, as are the words only
its clauses use ("betelgeuse", "wyvern", "mitochondria"); the words its out-of-scope
kinds point back with ("diary", "tea towel", "morse", "yoga") are never a clause's, so
they stay. A recogniser's spellings of a taught name with its very sounds ("lawn" for
"lorne", "honour" for "honor", "rose mary" for "rosemary") are sound-alikes of it, so a
case that says one keeps the name. Labels compare words, never punctuation, so a case
written without punctuation, or with a comma for a sentence end, keeps the label of the
sentence it writes. Tuning must not open this file.
"""

from __future__ import annotations

import _resolver_thirtyseventh_text as text
from _resolver_made_here import set_labels

LABELS = set_labels(
    text, text.THIRTYSEVENTH_SOUND_ALIKE, synonyms=text.SYNONYMS, numbers=text.NUMBERS,
    not_a_thing={"what", "what's", "where's", "where", "when's", "when", "which", "how",
                 "many", "much", "does", "did", "do", "has", "have", "are", "is", "am",
                 "there", "ring", "call", "tell", "feed", "message", "text", "phone",
                 "order", "count", "lock", "padlock", "rinse", "towel", "flip", "turn",
                 "pay", "check",
                 "clear", "prune", "dry", "sharpen", "renew", "tally", "restock", "pick",
                 "muck", "oil", "put", "get", "arrived", "come", "flooded", "settled",
                 "booked", "waterlogged", "choppy", "loose", "crushed", "indoor", "new",
                 "back", "down", "been", "yet", "any", "too", "his", "her", "by", "in",
                 "on", "off", "out", "up", "from", "about", "more", "my", "i'm", "we're",
                 "i", "it", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "a"})
"""The thirty-seventh set's labels (its guards are this object's methods)."""

__all__ = ["LABELS"]

"""Whether a word said right after a taught phrase may be the head of a noun compound the
phrase's last word modifies.

A phrase heard with errors in bare text, one word said last after it, is kept a question
(:func:`_heard_beside.heard_spans`): "start vacuum bot" may ask for a device, "lunch brek
board" for a thing, where the phrase's last word is the modifier of a compound ("vacuum
bot", "break board"). An English compound's modifier is a noun in its base form, an
adjective or a verb's -ing form ("swimming pool"; Quirk et al. 1985, 17.108-17.109 and
I.57: "toothbrush", not "teethbrush"; plural modifiers are the marked exception). A
phrase ending in an adverb particle ("sprinklers on", "lights out") or in a plural form
("feed the chickens", "order more tin rivets") leaves nothing for the word after it to
head: that word is said beside the request ("sprinkles on buckaroo"). A word the lexicon
does not list may be a noun (a name, a taught coinage: "tinnery"), so it may modify;
without the lexicon installed every word may.
"""

from __future__ import annotations

from teachapp.understanding._ending_object import PARTICLES
from teachapp.understanding._word_classes import adjective, listed, singular_noun, verb

__all__ = ["may_modify"]


def may_modify(word: str) -> bool:
    """Whether ``word`` (lower case), a taught phrase's last word, may modify a noun said
    right after it: not an adverb particle ("on", "out"), and a noun's base form, an
    adjective, a verb's -ing form ("walling", as "swimming" of "swimming pool"), or a word
    the lexicon does not list ("vacuum", "break", "tinnery"; not "chickens", "rivets",
    "lights")."""
    if word in PARTICLES:
        return False
    return (not listed(word) or singular_noun(word) or adjective(word)
            or (word.endswith("ing") and verb(word)))

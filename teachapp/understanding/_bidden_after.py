"""An imperative of the speaker's own right after a taught phrase said first, with no
pause written between them: "holiday mode *look at that* gemstone glint", "date night
*notice the* coolness at your nostrils", "we are away *sense your* limbs becoming heavier".

:mod:`_unmarked` finds where a clause may end beside a phrase; the edge after it is
sure only where a new clause plainly opens. A clause that opens with a verb and no
subject is an imperative (Quirk et al. 1985, 11.24-11.25): its verb is in the base form
and is followed by its object or complement. The resolver has no verb lexicon, so the
verb is read from its form and from the word after it:

- the word right after the phrase is a content word with no inflection (no -s of a
  third person or a plural, no -ed, -ing or -ly, no irregular past, 3.11-3.17): a
  subject the phrase would be takes "bath time *keeps* ...", "... *woke* the baby",
  "... *let* me down", never the bare base;
- the word after that opens a noun phrase or is a personal pronoun of the object case
  ("look *a* goldfinch", "mail *us*"): a noun after the phrase that it modifies ("movie
  night *ticket*") would be followed by its verb or a preposition, not by a determiner;
- no word of the home's requests, places or things is in it, no word a home taught, no
  time and no noun of relation (those may bear on the request: "lights off *dim* the
  lamp", "nap time *skip* it tonight"), and the phrase does not end in a plural, whose
  verb takes no -s ("fairy lights *annoy* the neighbours").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import PLACE_ADVERBS, names_home, relational
from teachapp.understanding._command_vocab import default_vocabulary
from teachapp.understanding._irregular_past import SAME_PAST, past_forms
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["PREPOSITIONS", "SAME_PAST", "home_words", "imperative_after", "past_forms"]

Taught = Callable[[str], bool]

PREPOSITIONS = frozenset({"during", "except", "despite", "via", "upon", "among", "amongst",
                          "between", "beneath", "below", "above", "across", "beyond",
                          "within", "throughout", "past", "per", "plus", "minus",
                          "versus", "unlike", "amid", "opposite", "alongside",
                          "underneath", "near", "next", "round", "toward", "besides",
                          "pending", "outside", "inside", "ahead", "instead", "save",
                          "bar", "whilst", "because"})
"""Prepositions and adverbs of relation the clause readers do not list (Quirk et al.
1985, 9.7-9.10): the phrase's clause goes on after one ("nap time *during* the week")."""


CALENDAR = frozenset({"week", "weeks", "fortnight", "fortnights", "month", "months", "year",
                      "years", "term", "terms", "season", "seasons", "days", "nights"})
"""Nouns of the calendar the schedules' time words leave out: one after the phrase may
say when it should run ("... *week* the baby's christening": Quirk et al. 1985, 8.51)."""


@lru_cache(maxsize=1)
def home_words() -> frozenset[str]:
    """The built-in commands' words of a home: rooms, places ("back", "upstairs"),
    things and settings ("switch", "gate", "whole house", "lowest"), singular and plural,
    less the determiners: a noun phrase with one after a particle may be where or what
    it switches ("lights off the landing", "heating up the whole house")."""
    vocab = default_vocabulary()
    words = (vocab.room_nouns | vocab.place_adjectives | vocab.names_of_their_own
             | PLACE_ADVERBS | {w for said in vocab.phrases for w in said}
             | {w for said in vocab.kind_words.values() for w in said} | set(vocab.kind_words))
    return frozenset(words | {w + "s" for w in words}) - shape.NP_DETERMINERS


def imperative_after(said: Sequence[str], aside: Sequence[str], lexicon: Lexicon,
                     taught: Taught) -> bool:
    """Whether ``aside``, the speaker's words after the phrase that ends ``said`` and
    opens its clause, opens with an imperative of its own (see the module docstring)."""
    if len(aside) < 2 or not said:
        return False
    verb, then = aside[0], aside[1]
    last = said[-1]
    if last.endswith("s") and len(last) > 3 and not last.endswith("ss"):
        return False  # (a plural subject takes the base: "fairy lights annoy ...")
    if not shape.content_word(verb, lexicon, taught) or verb in lexicon.courtesy:
        return False
    if (verb.endswith(("s", "ly")) or shape.verb_form(verb) or verb in past_forms()
            or verb in PREPOSITIONS):
        return False
    if not ((then in shape.NP_DETERMINERS and len(aside) > 2)
            or then in shape.OBJECT_PRONOUNS):
        return False
    homes, times = home_words(), time_words()
    content = [w for w in aside if w not in lexicon.function_words
               and w not in shape.PREPOSITIONS and w not in shape.OBJECT_PRONOUNS]
    return not (names_home(aside) or any(
        w in homes or w in times or w in CALENDAR or relational(w) or w in PREPOSITIONS or taught(w)
        for w in content))

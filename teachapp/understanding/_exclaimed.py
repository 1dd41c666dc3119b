"""A verbless exclamative, "what" and a noun phrase of its own with no article ("what
iridescent plumes", "what glorious weather"), said in a clause of its own beside a request:
an exclamation at something, no question.

"What" opens both a wh-question and an exclamative (Quirk et al. 1985, "A Comprehensive
Grammar of the English Language", 11.31-11.32). The exclamative's "what" is the
determiner of a noun phrase, with "a"/"an" before a singular count noun ("what a day",
read already) and none before a plural or a mass noun ("what lovely flowers", "what
nonsense"); it is often verbless (11.41-11.42, on verbless exclamations). A question with
"what" and a noun asks about that noun and has an operator and a subject after it ("what
colour are the lights", "what time is it"); said without one it is elliptical, the noun
alone ("what colour?", "what time?": 11.14). So "what" is exclamative here when

- two or three words follow it in its clause, a modifier and its head at least (an
  elliptical question has the wh-phrase alone, one noun), and nothing else is said there;
- each is a content word of the clause's own (no function word, operator, pronoun or
  pro-form, no word a home taught: "what kitchen lights?" may echo a request), and none is
  an -ed form (a past verb, "what happened next") nor, last, an -ing form ("what needs
  doing").

The clause must be said apart, beside the request (after a pause): :mod:`_formula_aside`
reads it so, with the words a formula may not hold ruled out there (a device, a room, a
time, a number, a cue whose scope is the whole utterance).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._degree_adjective import noun_after

__all__ = ["verbless_exclamative"]


def verbless_exclamative(said: Sequence[str], content: Callable[[str], bool]) -> bool:
    """Whether the clause ``said`` is "what" and a noun phrase of two or three content
    words of its own (``content``: whether a word is one) with no article and no verb (see
    the module docstring)."""
    if not 3 <= len(said) <= 4 or said[0] != "what":
        return False
    rest = said[1:]
    if not all(content(w) and len(w) > 2 for w in rest):
        return False
    if any(w.endswith("ed") and not (k + 1 < len(rest) and noun_after(rest[k + 1]))
           for k, w in enumerate(rest)) or rest[-1].endswith("ing"):
        # (an -ed word before its noun is an adjective, "what lacquered wingcases":
        # :mod:`_degree_adjective`)
        return False
    return True

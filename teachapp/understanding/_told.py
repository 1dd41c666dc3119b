"""A request said first and then told on, in a clause of the speaker's own beside it:
"movie night, and it woke the baby again", "tv time, the neighbours want it, tough luck".

Two shapes say the phrase beside them is no request of the speaker's:

- **the next event of a story** (:func:`narrated`): a clause after the phrase joined by
  "and", whose subject points back at it ("it", "that", "this": Quirk et al. 1985, 12.8
  on pro-forms) and whose verb is in the past, an -ed form or an irregular one (the
  lexicon's ``told.past_forms``; Quirk et al. 1985, 3.11-3.17): "..., and it woke the baby
  again", "..., and it's gone wrong again". "and" between two clauses of which the second
  is in the past tells what followed (Quirk et al. 1985, 13.23 on "and" of chronological
  sequence and of consequence; Labov & Waletzky 1967 on narrative clauses): the phrase is
  what was said or done then, a complaint about it, no request now. After "and then",
  which says the sequence outright, the subject may be anyone ("..., and then the cat went
  mad", "... then we lost power"). Left alone: the
  present ("..., and it's freezing"), a clause with no verb ("..., and then a cuppa for
  me"), another subject ("..., and the kids are in bed"), and the prop "it" of time
  ("..., and it's gone midnight": Quirk et al. 1985, 10.26).
- **someone else's wish, turned down** (:func:`dismissed_wish`): a clause whose subject is
  another person and whose verb is one of wanting with a pro-form after it (the lexicon's
  ``told.volition``: "the neighbours want it", "she wants that"), and another clause that
  is a refusal (``told.refusals``: "tough luck", "no way"). The wish is theirs and the
  speaker turns it down (Beebe, Takahashi & Uliss-Weltz 1990 on refusals; a refusal is
  the dispreferred answer to a request, Levinson 1983, 6.3). Someone else's wish said
  alone is left to run ("..., the kids want it" relays it), and so is a refusal alone
  ("lights off, tough luck": whom the speaker turns down is not said).
- **told back** (:func:`told_back`): a clause after the phrase that points back at it
  and says it is no request of the speaker's now:

  - someone else's wish the speaker does not share, said by the ellipsis after "but"
    (Quirk et al. 1985, ch. 12 on post-operator ellipsis): "my sister's keen but
    i'm not", "the kids want it but we don't", "they're keen, but not me";
  - done already by the speaker, "it" the object of a prepositional or phrasal verb
    (Quirk et al. 1985, 16.3-16.13): "i saw to it already", "i've dealt with it", "we
    took care of it", "i sorted it out";
  - the words someone says, "that" pointing back at them and a noun of sayings (the
    lexicon's ``told.sayings``): "that's his favourite line", "that's her motto".

  Left alone: a wish shared ("my sister's keen and so am i"), a thing other than the
  phrase seen to ("i saw to the dog already"), a "that" said of a thing ("that's his
  favourite mug").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from teachapp.understanding.normalize import bundled_section, tokens

__all__ = ["dismissed_wish", "narrated", "told_back"]

POINTING = frozenset({"it", "that", "this"})
"""Subjects that point back at the phrase said before (Quirk et al. 1985, 12.8)."""
OPERATORS = frozenset({"is", "has", "had", "have", "was", "just", "then", "now", "really",
                       "only", "again", "completely", "totally"})
"""Words between the subject and the past form: its operator ("it's gone", "it has
broken", "'s" heard as "is") and adverbs of time or degree."""
COORDINATORS = frozenset({"and"})
AFTER_AND = frozenset({"then", "now", "so", "yet"})
"""Adverbs said after "and" before the clause's subject ("and then it broke")."""
PERSONS = frozenset({"i", "we", "you", "he", "she", "they"})
DETERMINERS = frozenset({"the", "my", "our", "your", "his", "her", "their", "a", "an"})
"""Subjects of the next event told after "and then", whatever it is about: "and then the
cat went mad", "and then we lost power" (the event after the phrase in a story's
sequence, Labov & Waletzky 1967; Quirk et al. 1985, 13.23 on "and then")."""
TIMES = frozenset({"midnight", "noon", "midday", "ten", "eleven", "twelve", "nine", "eight",
                   "seven", "six", "five", "four", "three", "two", "one", "half", "quarter",
                   "bedtime", "teatime", "lunchtime"})
"""What the prop "it" of time is said to have "gone" ("it's gone midnight")."""
OTHERS = frozenset({"he", "she", "they", "him", "her", "them"})
"""Third persons: whoever the wish is of, not the speaker nor the listener."""
SPEAKER = frozenset({"i", "we", "you", "me", "us"})


class _Told:
    """The lexicon's ``told`` section."""

    def __init__(self, raw: Mapping[str, list[str]]) -> None:
        def words(name: str) -> frozenset[str]:
            return frozenset(t for w in raw.get(name) or () for t in tokens(str(w)))

        self.past = words("past_forms")
        self.volition = words("volition")
        self.refusals = frozenset(tuple(tokens(str(w))) for w in raw.get("refusals") or ())
        self.eagerness = words("eagerness")
        self.seen_to = words("seen_to")
        self.seen_to_links = words("seen_to_links")
        self.seen_to_after = words("seen_to_after")
        self.sayings = words("sayings")


@lru_cache(maxsize=1)
def _told() -> _Told:
    return _Told(bundled_section("told") or {})


def _then_subject(words: Sequence[str], k: int) -> int:
    """Where a subject said at ``words[k]`` after "and then" ends: a personal pronoun, or
    a determiner and a noun ("the cat", "my sister"); or 0."""
    if words[k] in PERSONS:
        return k + 1
    if words[k] in DETERMINERS and k + 2 < len(words) and words[k + 1].isalpha():
        return k + 2
    return 0


def narrated(words: Sequence[str]) -> bool:
    """Whether a clause said after the phrase tells the next event of a story about it:
    "and", a subject pointing back and a past form ("and it woke the baby again", "and
    that's gone wrong", "and then it broke"); after "and then", any subject ("and then the
    cat went mad": :data:`PERSONS`)."""
    if len(words) < 3 or (words[0] not in COORDINATORS and words[0] != "then"):
        return False
    k = 1 if words[0] in COORDINATORS else 0  # (split at "and": "then the cat went mad")
    while k < len(words) and words[k] in AFTER_AND:
        k += 1
    if k >= len(words) - 1:
        return False
    if words[k] in POINTING:
        k += 1
    elif "then" in words[:k]:
        k = _then_subject(words, k)  # ("and then the cat went mad")
        if not k:
            return False
    else:
        return False
    while k < len(words) and words[k] in OPERATORS:
        k += 1
    if k >= len(words):
        return False
    verb = words[k]
    past = verb in _told().past or (len(verb) >= 5 and verb.endswith("ed"))
    # (the prop "it" of time: "and it's gone midnight", "and it's gone ten")
    of_time = k + 1 < len(words) and (words[k + 1] in TIMES or words[k + 1].isdigit())
    return past and not of_time


def _wish(words: Sequence[str]) -> bool:
    """Whether a clause says someone else wants the phrase: a verb of wanting, a pro-form
    after it, and before it a subject that is neither the speaker nor the listener ("the
    neighbours want it", "my daughter wants it", "it's him who wants that")."""
    volition = _told().volition
    for k in range(1, len(words) - 1):
        if words[k] in volition and words[k + 1] in POINTING:
            before = words[:k]
            return SPEAKER.isdisjoint(before) and any(
                w in OTHERS or (w.isalpha() and len(w) > 2 and w not in POINTING)
                for w in before)
    return False


def dismissed_wish(clauses: Sequence[Sequence[str]]) -> bool:
    """Whether, of the clauses said beside the phrase, one says someone else wants it and
    another turns that down ("..., the neighbours want it, tough luck")."""
    if len(clauses) < 2:
        return False
    refusals = _told().refusals
    wished = refused = False
    for words in clauses:
        if _wish(words):
            wished = True
        elif tuple(words) in refusals:
            refused = True
    return wished and refused


SPEAKING = frozenset({"i", "we"})
"""Subjects that are the speaker."""
NOT_SHARED = frozenset({"am", "are", "is", "do", "does", "did", "have", "has", "will",
                        "would", "really", "so", "that", "too", "much", "very", "at",
                        "all", "bothered", "fussed", "sure", "it", "this", "not"})
"""What the ellipsis after "but" holds beside its subject and "not": operators,
adverbs of degree and words of caring ("but i'm not really", "but we're not fussed")."""
COPULA = frozenset({"is", "was", "has", "been"})
DETERMINERS = frozenset({"his", "her", "their", "my", "our", "your", "the", "a", "an",
                         "its", "mums", "dads"})
"""What opens the noun phrase of a saying ("his favourite line", "the family motto")."""


def _not_shared(words: Sequence[str]) -> bool:
    """Someone else's wish, then "but" and the speaker's elliptical negation of it."""
    if "but" not in words:
        return False
    k = words.index("but")
    before, after = words[:k], [w for w in words[k + 1:] if w]
    told = _told()
    wish = next((j for j, w in enumerate(before)
                 if w in told.eagerness or w in told.volition), None)
    if wish is None or wish == 0 or not SPEAKER.isdisjoint(before[:wish]):
        return False
    if after[:1] == ["not"]:  # ("..., but not me")
        return after[1:] in (["me"], ["us"], ["for", "me"], ["for", "us"])
    return (len(after) >= 2 and after[0] in SPEAKING and "not" in after
            and all(w in NOT_SHARED or w in told.eagerness or w in told.volition
                    for w in after[1:]))


def _seen_to(words: Sequence[str]) -> bool:
    """Done already by the speaker: "i", operators, a past verb, and "it" as the object
    of a prepositional verb or with a particle or adverb after it."""
    if len(words) < 3 or words[0] not in SPEAKING:
        return False
    told = _told()
    k = 1
    while k < len(words) and words[k] in OPERATORS | {"already", "all", "been"}:
        k += 1
    if k >= len(words):
        return False
    verb = words[k]
    if not (verb in told.seen_to or verb in told.past
            or (len(verb) >= 5 and verb.endswith("ed"))):
        return False
    k += 1
    links = 0
    while k < len(words) and words[k] in told.seen_to_links:
        k, links = k + 1, links + 1
    if k >= len(words) or words[k] not in POINTING:
        return False
    rest = words[k + 1:]
    return (links > 0 or bool(rest)) and all(w in told.seen_to_after for w in rest)


def _saying(words: Sequence[str]) -> bool:
    """Someone's words: "that"/"this"/"it", a copula, a noun phrase that ends in a noun
    of sayings ("that's his favourite line", "that's the family motto")."""
    if len(words) < 4 or words[0] not in POINTING or words[1] not in COPULA:
        return False
    k = 2
    if words[k] in ("just", "only", "always", "still"):
        k += 1
    if k >= len(words) or words[k] not in DETERMINERS:
        return False
    tail = words[k + 1:]
    sayings = _told().sayings
    return 1 <= len(tail) <= 3 and tail[-1] in sayings


def told_back(words: Sequence[str]) -> bool:
    """Whether a clause said after the phrase points back at it and says it is no
    request of the speaker's now (see the module docstring)."""
    return _not_shared(words) or _seen_to(words) or _saying(words)

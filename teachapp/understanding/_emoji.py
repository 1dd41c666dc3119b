"""A taught phrase said with an emoji read aloud beside it: "fan on grinning emoji",
"thumbs up emoji, lights off", "movie night party popper emoji".

People who dictate their messages say an emoji by its name and the word "emoji" (the
voice typing of phones inserts one so: "smiley face emoji", "thumbs up emoji"; the names
are Unicode's CLDR short names, of one to three words), and say them out of habit to an
assistant too. The name is a picture, not a request: none of its words says which routine
or what to do with it ("thumbs *up*", "*fire* emoji"). Its shape: a noun of
``emoji_nouns`` (lexicon), last or before a pause, after at most three words that name
the picture; with the name taken away, what is said is a taught phrase said exactly, free
words aside. Said straight after the phrase, without a pause, the name is one word and no
-s form, which may be a verb with the phrase for its subject ("game night always breaks
winky emoji", "movie night rocks emoji"). The name holds no cue and no number ("not happy
emoji, ..."), and only the first words said or the last may be a name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from teachapp.understanding._carriers import has_cue
from teachapp.understanding.normalize import Lexicon, bundled_section, tokens

__all__ = ["emoji_phrase"]

LONGEST_NAME = 3
"""Most words of an emoji's name before the noun (CLDR short names: "party popper",
"face with tears of joy" aside)."""

Found = tuple[int, list[int]]


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(t for w in bundled_section("emoji_nouns") or () for t in tokens(str(w)))


def emoji_phrase(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
                 lexicon: Lexicon,
                 exact: Callable[[list[str], list[bool]], Found | None]) -> Found | None:
    """(phrase id, routines) of the taught phrase said with an emoji's name at the start
    or the end of what is said (see the module docstring); None when there is none.
    ``exact``: the resolver's reading of a phrase said exactly, free words aside."""
    nouns = _nouns()
    if nouns.isdisjoint(toks):
        return None  # (most utterances)
    said = [k for k, f in enumerate(free) if not f]
    if len(said) < 3:
        return None
    for e in said:
        if toks[e] not in nouns or not (e == said[-1] or e in breaks):
            continue
        for size in range(1, LONGEST_NAME + 1):
            start = e - size
            if start < 0:
                break
            name = list(toks[start:e])
            if (not all(w.isalpha() and w not in lexicon.number_words for w in name)
                    or any(b in breaks for b in range(start, e))
                    or has_cue(name, [False] * len(name), lexicon, False)):
                break
            # (a name first or last: with it, everything before or after it is free)
            if start > said[0] and e < said[-1]:
                continue
            if start > said[0] and start - 1 not in breaks and (
                    size > 1 or name[0].endswith("s")):
                # (run on after the phrase, a name of one word, and no verb's -s form:
                # "game night always breaks winky emoji" says the phrase broke)
                break
            out = list(free)
            out[start:e + 1] = [True] * (e + 1 - start)
            found = exact(list(toks), out)
            if found is not None:
                return found
    return None

"""A taught phrase said last after someone else's talk and a discourse marker, written with
no punctuation (issue 14): "whee whee she's skating oh and make coffee". The talk's last
word may take the phrase in ("skating ...") and "and" may join a second request, so the
request was refused; an interjection and "and", or "anyway", closes what was said and
opens a new request, so it runs when the talk before it is no request of its own and
links to it in no way."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._marker_before import marker_before, marker_start
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("movie night", "Movie"), ("oil the bench saw", "Saw"),
    ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    ("whee whee she's skating oh and make coffee", "Coffee"),
    ("they're winning ah and movie night", "Movie"),
    ("yoicks we're trotting anyway oil the bench saw", "Saw"),
    ("we are racing oh and also ring grandad", "Grandad"),
])
def test_a_phrase_after_talk_and_a_discourse_marker_runs(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # "and" alone may join the phrase to the talk
    "she's skating and make coffee",
    # a word that bears on a request in the talk or after the marker
    "she never skates oh and movie night",
    "she's skating tomorrow oh and movie night",
    "she's skating oh and never movie night",
    # a verb of naming or a liking in the talk: the phrase may be its object
    "he loves cake oh and movie night",
    # words after the phrase: not said last
    "she's skating oh and movie night was brilliant",
])
def test_talk_that_may_link_to_it_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_marker_and_the_talk_are_read() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"make", "coffee", "movie", "night"}

    def unlike(word: str) -> bool:
        return word != "moovie"

    def before(said: str, phrase: str = "movie night", after: str = "") -> bool:
        words = tokens(said, lexicon)
        return marker_before(words, [False] * len(words), tokens(phrase, lexicon),
                             tokens(after, lexicon), lexicon, taught, unlike)

    assert marker_start(["she", "is", "off", "oh", "and"]) == 3
    assert marker_start(["she", "is", "off", "um", "ah", "and", "also"]) == 3
    assert marker_start(["she", "is", "off", "and", "anyway"]) == 3
    assert marker_start(["she", "is", "off", "and"]) is None
    assert marker_start(["oh", "and"]) == 0
    assert before("she's skating oh and") and before("hup hup ah and")
    assert not before("oh and")  # (no talk before the marker)
    assert not before("polish the brass oh and")  # (a request of its own)
    assert not before("she's seeing moovie oh and")  # (a word like a taught one)
    assert not before("she's skating oh and", after="gloop")  # (not said last)

"""A taught phrase said last after one call word, written with no punctuation (issue 14):
"hup make coffee", "kyow oil the croze". A single word before a phrase may be a part of
it, so the request was asked about; a word no dictionary lists, no closed-class word and
no word of the home, is a call or an interjection and links to the phrase in no way."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._call_before import call_before
from teachapp.understanding._call_word import call
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

pytestmark = pytest.mark.skipif(not classes.loaded(), reason="LemmInflect is not installed")

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("movie night", "Movie"), ("oil the bench saw", "Saw"),
    ("lights off", "Lights"), ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    ("hup make coffee", "Coffee"),
    ("hup oil the bench saw", "Saw"),
    ("hallo ring grandad", "Grandad"),
    ("hallo movie night", "Movie"),
])
def test_a_phrase_after_one_call_word_runs(resolver: Resolver, text: str,
                                           routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a word of the dictionary: it may modify the phrase or take it as its object
    "school movie night",
    "hums make coffee",
    "adore movie night",
    # a negator, a time
    "never make coffee",
    "tomorrow make coffee",
    # a word like a taught one: the phrase may be a longer one misheard
    "moovie movie night",
    # before a kind of device: it may say which one
    "hup lights off",
    # a cue or a routine's command misspelt, or held past its spelling
    "cancle make coffee",
    "forgett movie night",
    "neverrr make coffee",
    # words after it: not said last
    "hup make coffee gloop",
])
def test_a_word_that_may_link_to_it_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_word_before_is_read() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"make", "coffee", "movie", "night"}

    def unlike(word: str) -> bool:
        return word != "moovie"

    def before(said: str, phrase: str = "make coffee", after: str = "",
               freed: tuple[str, ...] = ()) -> bool:
        return call_before(tokens(said, lexicon), tokens(phrase, lexicon),
                           tokens(after, lexicon), lexicon, taught, unlike, freed)

    assert call("hup", lexicon) and not call("the", lexicon) and not call("bench", lexicon)
    assert not before("the")  # (a closed-class word that waits for it)
    assert before("hup") and before("hup hup")
    assert not before("hup hip")  # (two words: the readers of talk before judge them)
    assert not before("")
    assert not before("hup", after="gloop")  # (not said last)
    assert not before("moovie", phrase="movie night")  # (like a taught word)
    assert not before("hup", freed=("then",))  # (a second request joined)
    assert not before("hup", phrase="lights off")  # (a kind of device)

"""The text a pattern's every match holds: a word without it is passed over unread."""

import random
import re

from teachapp.understanding._required import needed, needing, required


def test_a_plain_pattern_needs_its_letters() -> None:
    assert required(re.compile("ough")) == "ough"


def test_look_arounds_and_anchors_are_not_needed_text() -> None:
    assert required(re.compile(r"(?<=[^aeiou])le$")) == "le"
    assert required(re.compile(r"c(?=[eiy])")) == "c"


def test_alternatives_share_only_their_common_start() -> None:
    assert required(re.compile("oi|oy")) == "o"
    assert required(re.compile("tch|ch|sh")) == ""


def test_a_word_without_the_text_is_left_as_the_pattern_leaves_it() -> None:
    for pattern in (r"^(k|tr)ough", r"al(?=k)|all|al$", r"t?ion", r"(.)\1+"):
        rx = re.compile(pattern)
        for word in ("though", "trough", "walk", "ball", "nation", "ion", "bell", "cat"):
            if required(rx) not in word:
                assert rx.sub("#", word) == word


def test_alternatives_need_one_of_their_texts() -> None:
    assert needed(re.compile("tch|ch|sh")) == ("tch", "ch", "sh")
    assert needed(re.compile(r"^(?:kn|gn)")) == ("kn", "gn")
    assert needed(re.compile(r"[iy](?=[^aeiou]es?$)")) == ("i", "y")
    assert needed(re.compile(r"(?<=^[^aeiou])ie$|(?<=^[^aeiou]{2})ie$")) == ("ie",)
    assert needed(re.compile("ough")) == ("ough",)


def test_an_alternative_with_no_text_needs_nothing() -> None:
    assert needed(re.compile(r"ch|[^aeiou]")) == ()
    assert needed(re.compile(r"(?i)ch|sh")) == ()
    assert needing(re.compile(r"ch|.")) == ("", None)


def test_needing_is_one_text_or_several() -> None:
    assert needing(re.compile("ough")) == ("ough", None)
    assert needing(re.compile("tch|ch|sh")) == ("", ("tch", "ch", "sh"))


def test_a_word_holding_none_of_the_texts_is_left_as_the_pattern_leaves_it() -> None:
    letters = "abcehiknorstuwy"
    rng = random.Random(5)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 7)))
             for _ in range(3000)]
    for pattern in (r"tch|ch|sh", r"^(?:kn|gn|wr)", r"ou|ow(?=n|er)|(?<=^[hk])ow(?=s?$)",
                    r"[eiu]r(?=[^aeiou]|$)|ear(?=[^aeiou])", r"(?<=[aeiou][^aeiou])y$|y(?=s)",
                    r"t?ion|sion", r"(?:ab|cd)e|x[yz]"):
        rx = re.compile(pattern)
        texts = needed(rx)
        assert texts, pattern
        for word in words:
            if not any(text in word for text in texts):
                assert rx.search(word) is None, (pattern, word)

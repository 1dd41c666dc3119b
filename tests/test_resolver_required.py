"""The text a pattern's every match holds: a word without it is passed over unread."""

import re

from teachapp.understanding._required import required


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

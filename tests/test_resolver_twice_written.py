"""A number word of a taught phrase said twice ("at seven seven") is read once, as any word
of the phrase said twice is: the copy is compared with the phrase as written, not only as
read ("seven" reads as "7")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

resolver = taught_resolver(("toastie's chess at seven", "Chess"),
                           ("soapie's tennis at six", "Tennis"), ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("toastie's chess at seven seven", "Chess"),
    ("donkeys, donkeys! soapie's tennis at six six", "Tennis"),
])
def test_a_number_word_said_twice_runs_the_phrase(resolver, text, routine):
    assert runs(resolver, text) == routine


def test_another_number_after_it_is_still_another_request(resolver):
    assert runs(resolver, "toastie's chess at seven seven eight") is None

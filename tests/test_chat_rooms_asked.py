""""what rooms are there?" names this home's rooms. It was "This home has no what rooms.
Its rooms are …" (the question word read as a room's name)."""

import pytest
from _assistant_helpers import make_assistant, said

ROOMS = "Bedroom, Hallway, Kitchen, Living room and Office"


@pytest.mark.parametrize("question", ["what rooms are there?", "which rooms do you know?",
                                      "what rooms do you have"])
def test_the_rooms_are_named(store, question):
    assistant, _events = make_assistant(store)
    assert said(assistant, question) == [f"This home's rooms are {ROOMS}."]


def test_how_many_rooms_counts_them(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "how many rooms are there?") == [f"This home has 5 rooms: {ROOMS}."]

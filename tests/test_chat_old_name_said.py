"""A routine's name before a rename, said out of habit the next evening: the person is
told its name now and asked, not offered to teach it ("I don't know "bedtime". Shall I
learn it?", which would have made a second routine of the same words)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def _renamed(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "bedtime", "turn off the tv", "bedroom lamp to 10 percent",
         "done", "yes", "rename bedtime to lights out")
    return assistant


def test_the_old_name_asks_for_the_routine_by_its_name_now(store):
    assistant = _renamed(store)
    assert said(assistant, "bedtime") == ["Bedtime is called lights out now.",
                                          "Did you mean lights out?"]
    assert said(assistant, "why?")[1] == (
        "\"bedtime\" was the name of lights out until you renamed it, so I asked if you "
        "meant it.")
    assert said(assistant, "yes") == ["Lights out: set Bedroom lamp on at 10 %; the rest was already so."]
    assert store.device("light.bedroom_lamp").state["brightness"] == 10


def test_no_is_remembered_and_a_forgotten_routine_is_not_offered(store):
    assistant = _renamed(store)
    said(assistant, "bedtime", "no")
    assert said(assistant, "bedtime")[0].startswith("I don't know \"bedtime\"")
    said(assistant, "cancel", "forget lights out", "yes")
    assert said(assistant, "bedtime")[0].startswith("I don't know \"bedtime\"")


def test_only_the_renamed_routine_is_asked_about(store):
    """Another routine sharing a word of the old name ("good night" beside "good
    morning") was named beside it: "Did you mean rise and shine or good night?"."""
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "good morning", "bedroom lamp to 80 percent", "done", "yes",
         "teach", "good night", "turn off the bedroom lamp", "done", "yes",
         "rename good morning to rise and shine")
    assert said(assistant, "good morning") == ["Good morning is called rise and shine now.",
                                               "Did you mean rise and shine?"]

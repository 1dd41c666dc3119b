""""what did you do?" asks what the app last did: the newest turn that ran or changed
something, past the questions answered since. Right after "is the tv on?" it was 'You
typed "is the tv on?". That was part of our conversation (answered); it changed no
device.'"""

from _assistant_helpers import make_assistant, said


def test_the_newest_turn_that_did_something_past_the_questions(store):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv", "is the tv on?", "what time is it?", "is anything unusual")
    lines = said(assistant, "what did you do?")
    assert lines[0] == "You typed \"turn on the tv\"."
    assert lines[1].startswith("I read it as the device command \"turn on TV\"")
    said(assistant, "undo", "is the tv on?")
    assert said(assistant, "what have you done")[0] == "You typed \"undo\"."
    # "why did you do that?" stays the last turn (a question answered)
    assert said(assistant, "why did you do that?")[0] == "You typed \"is the tv on?\"."


def test_only_questions_asked(store):
    assistant, _ = make_assistant(store)
    said(assistant, "is the tv on?")
    assert said(assistant, "what did you just do") == [
        "I haven't changed anything lately: I have only answered questions."]


def test_a_command_asked_about_first_is_told_as_answered(store):
    """"turn on the lamp" (three lamps: asked), "the desk one", "why?": it said "66 %
    sure (I act on my own from 70 %)", as if it had acted below its own bar; "yes" to
    the question read "100 % sure"."""
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the lamp", "the desk one")
    assert said(assistant, "why?")[1] == (
        "I read it as the device command \"turn on Desk lamp\"; I asked which you meant, "
        "and you chose.")
    said(assistant, "turn on the lamp", "yes")
    assert said(assistant, "why did you do that?")[1].endswith(
        "; I asked first, and you said yes.")

"""An undo says which run it took back: "Undid movie night: Living room lamp and TV put
back.", 'Undid "turn on the tv": TV put back.'. It said "Undone: Living room lamp and TV
put back." whatever had run (and the window's status bar "Undid “Movie night”.", a line
of its own): now chat, ``teachapp undo`` (``undone_said``, as
``test_conversation_undo_renames`` shows) and the window's ``Undone`` say one line."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation import Undone


def test_undo_names_the_routine_or_the_command_it_took_back(store):
    seed_routines(store)
    assistant, events = make_assistant(store)
    said(assistant, "movie mode")
    assert said(assistant, "undo") == ["Undid movie mode: Living room lamp and TV put back."]
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "undo") == ['Undid "turn on the desk lamp": Desk lamp put back.']
    assert [e.said for e in events if isinstance(e, Undone)] == [
        "Undid movie mode: Living room lamp and TV put back.",
        'Undid "turn on the desk lamp": Desk lamp put back.']

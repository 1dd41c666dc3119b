"""The offer to learn words is asked once a session for the same words (``offers_asked``).

'I don't know "flibber". Shall I learn it?' answered "no" was asked again each time the
same words came back, as 'Shall "U" do that from now on?' was before it became once a
session: one rule now for both (a command after a miss is a showing only while the offer
is open). A request joined by a conjunct ("movie night, also renew my passport") named and
offered the part with it ("also renew my passport").
"""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation import PendingKind, TurnInput
from teachapp.domain import Device
from teachapp.store import Store


@pytest.mark.parametrize("answer", ["no", "what time is it"])
def test_shall_i_learn_it_is_asked_once_for_the_same_words(store, answer):
    assistant, _events = make_assistant(store)
    assert said(assistant, "flibber the gonk") == [
        "I don't know \"flibber the gonk\". Shall I learn it?"]
    said(assistant, answer)
    assert said(assistant, "flibber the gonk") == [
        "I don't know \"flibber the gonk\". Say \"teach flibber the gonk\" to teach it to me."]
    # nothing open: "yes" teaches nothing, a command is no showing
    assert said(assistant, "yes")[0].startswith("There's nothing to answer right now.")
    assert said(assistant, "turn on the desk lamp") == ["Desk lamp: on."]
    assert said(assistant, "blorp") == ["I don't know \"blorp\". Shall I learn it?"]
    assert said(assistant, "teach flibber the gonk")[0].startswith(
        "What should \"flibber the gonk\" do?")  # (the way it names)


def test_a_thing_nothing_can_do_is_offered_once(tmp_path):
    with Store.open(tmp_path / "flat.sqlite3") as flat:
        flat.save_devices([Device("light.desk_lamp", "Desk lamp", "Office",
                                  {"on": False, "brightness": 100})])
        assistant, _events = make_assistant(flat)
        assert said(assistant, "open the garage door", "no", "open the garage door") == [
            'This home has no garage door, and nothing I can open. Shall I learn "open the '
            'garage door" as a phrase of your own?', "OK.",
            "This home has no garage door, and nothing I can open. Say \"teach open the "
            "garage door\" to teach it to me."]
        assert assistant.handle(TurnInput("yes")).awaiting != PendingKind.TEACHING


@pytest.mark.parametrize("text", ["movie mode, also renew my passport",
                                  "movie mode, besides renew my passport",
                                  "movie mode, and renew my passport too",
                                  "movie mode, renew my passport as well"])
def test_a_joined_part_is_offered_without_its_joining_words(store, text):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, text) == [
        "Nothing was done. I understood \"movie mode\", but I don't know \"renew my "
        "passport\". Shall I learn it?"]
    assert said(assistant, "yes")[0].startswith("What should \"renew my passport\" do?")

""""it" in a list of things is the device last spoken of, as "it" alone is: "set it and
the ceiling light to 40 percent" right after "dim the desk lamp" set only the ceiling
light ("set it" was taken for a courtesy, as "can you do it" is); now both
(``SentenceReader.says_nothing`` and ``_names_alone`` read "set it" as a thing named,
so ``change_said_once`` gives it the change)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def _level(store, device_id: str, attribute: str) -> int:
    return store.device(device_id).state[attribute]


def test_it_beside_other_things_takes_the_change(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the desk lamp", "dim the desk lamp")
    assert said(assistant, "set it and the ceiling light to 40 percent") == [
        "Desk lamp: on, brightness 40 %.", "Ceiling light: on, brightness 40 %."]
    assert (_level(store, "light.desk_lamp", "brightness"),
            _level(store, "light.ceiling_light", "brightness")) == (40, 40)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn it and the speaker up") == [
        "TV: volume 40 %.", "Office speaker: volume 40 %."]
    assert (_level(store, "media_player.tv", "volume"),
            _level(store, "media_player.office_speaker", "volume")) == (40, 40)
    said(assistant, "turn on the bedroom fan")
    assert said(assistant, "switch it and the tv off") == [
        "Bedroom fan: off.", "TV: off."]
    assert not store.device("fan.bedroom_fan").state["on"]


def test_do_it_still_asks_for_the_part_before(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn on the desk lamp, can you do it") == ["Desk lamp: on."]

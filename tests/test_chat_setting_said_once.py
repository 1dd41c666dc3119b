"""A setting named once before several things reaches each: "turn the volume of the tv
and the speaker down to 10" said "Nothing was done. I understood "the speaker down to
10", but I don't know "turn the volume of the tv"."; now each thing's volume takes the
change (``SentenceReader.change_said_once``, whose ``_verb_before_names`` takes a
setting said before the things, as it takes "dim" or "turn up")."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said


def _volumes(store) -> tuple[int, int]:
    return (store.device("media_player.tv").state["volume"],
            store.device("media_player.office_speaker").state["volume"])


def test_the_volume_of_the_tv_and_the_speaker(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv and the speaker")
    assert said(assistant, "set the volume of the tv and the speaker to 35 percent") == [
        "TV: volume 35 %.", "Office speaker: volume 35 %."]
    assert _volumes(store) == (35, 35)
    said(assistant, "turn the volume of the tv and the office speaker up")
    assert _volumes(store) == (45, 45)
    # "to 10" may be 10 or 100 %: each part asked first, as "turn the tv down to 10" is
    assert said(assistant, "turn the volume of the tv and the speaker down to 10", "yes",
                "yes")[-1] == "Office speaker: volume 10 %."
    assert _volumes(store) == (10, 10)


def test_a_thing_without_the_setting_is_said_so(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn the volume of the tv and the desk lamp down") == [
        "TV: volume 20 %.", "Desk lamp has no volume. I can turn down TV and Office speaker."]


def test_a_setting_named_after_the_first_thing(store):
    """"turn the tv volume and the speaker down to 10" said "Nothing was done. I
    understood "the speaker down to 10", but I don't know "turn the tv volume"."."""
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the tv and the speaker")
    assert said(assistant, "set the tv's volume and the speaker's to 20") == [
        "TV: volume 20 %.", "Office speaker: volume 20 %."]
    assert _volumes(store) == (20, 20)
    assert said(assistant, "turn the tv volume and the speaker down to 10", "yes",
                "yes")[-1] == "Office speaker: volume 10 %."
    assert _volumes(store) == (10, 10)
    assert said(assistant, "turn the desk lamp brightness and the ceiling light up to 60"
                ) == ["Desk lamp: on, brightness 60 %.", "Ceiling light: on, brightness 60 %."]
    assert said(assistant, "the tv volume and the desk lamp down") == [
        "TV: volume 0 %.", "Desk lamp has no volume. I can turn down Office speaker."]

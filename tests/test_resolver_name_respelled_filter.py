"""The letter test that passes over a heard word before its sounds are read changes no
respelling: every word a taught name's keys could meet still reaches the sound test."""

from teachapp.understanding._name_respelled import NameSpellings
from teachapp.understanding._name_sounds import consonant_frames
from teachapp.understanding.phonetic import phonetic_key

NAMES = ("kirsty", "corrie", "catriona", "siobhan", "alexa", "ghyll", "quentin", "xander")


def _spellings() -> NameSpellings:
    return NameSpellings(NAMES, ["ring", "call"], frozenset(), frozenset({"the", "to"}))


def test_a_name_spelled_otherwise_is_still_respelled() -> None:
    spellings = _spellings()
    assert spellings.respell("ring kirsti") == "ring kirsty"
    assert spellings.respell("call Corey's phone") == "call corrie's phone"
    assert spellings.respell("ring katrina") == "ring catriona"


def test_a_word_no_key_can_meet_is_passed_over_unchanged() -> None:
    spellings = _spellings()
    assert spellings.respell("ring the plumber") == "ring the plumber"
    assert spellings.taught_as("plumber") is None


def test_every_word_whose_key_meets_a_name_passes_the_letter_test() -> None:
    spellings = _spellings()
    heard = ("kirsti", "kersty", "corey", "katrina", "shivaun", "aleksa", "gill", "kwentin",
             "zander", "ksander", "jill", "phoebe", "tchaikovsky", "nation", "judge")
    for word in heard:
        keys = {*consonant_frames(word), phonetic_key(word)}
        if any(key in spellings._near for key in keys):
            assert spellings._may_sound(word), word


def test_a_word_with_a_names_letters_out_of_order_is_passed_over_before_its_sounds(
        monkeypatch) -> None:
    # ("tusk" has letters for each sound of "kirsty"'s key "kst", but not one after another)
    spellings = _spellings()

    def unread(word: str) -> frozenset[str]:
        raise AssertionError(f"the sounds of {word!r} were read")

    monkeypatch.setattr("teachapp.understanding._name_respelled.consonant_frames", unread)
    assert not spellings._may_sound("tusk")
    assert spellings.taught_as("tusk") is None
    assert spellings.respell("ring tusk") == "ring tusk"


def test_an_x_spells_both_sounds_it_says() -> None:
    # ("xander" is taught: "zander" and "ksander" say it; "alexa" of "aleksa" too)
    spellings = _spellings()
    assert spellings._may_sound("aleksa")
    assert spellings._may_sound("alexa")
    assert spellings.taught_as("aleksa") == "alexa"


def test_pieces_heard_before_are_passed_over_and_a_name_among_them_is_still_respelled() -> None:
    spellings = _spellings()
    assert spellings.respell("ring the plumber") == "ring the plumber"
    assert spellings.respell("ring the plumber") == "ring the plumber"  # (passed over)
    for _ in range(2):  # (a piece that spells a name otherwise is never kept as plain)
        assert spellings.respell("ring kirsti, the plumber") == "ring kirsty, the plumber"
        assert spellings.respell("the plumber kirsti") == "the plumber kirsty"

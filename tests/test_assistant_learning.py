"""Learning from rephrasing, corrections and explicit choices, through the engine."""

from __future__ import annotations

import re

import pytest
from _assistant_helpers import STRICT, Clock, make_assistant, said, seed_routines

from teachapp.conversation.events import AliasLearned
from teachapp.errors import NotFoundError
from teachapp.settings import Settings

DAY = 86400.0


@pytest.fixture
def home(store):
    seed_routines(store)
    clock = Clock()
    assistant, events = make_assistant(store, clock=clock, wall_clock=clock,
                                       resolver_settings=STRICT)
    return assistant, events, clock, store


def _restart(home):
    """A new assistant on the same database (the app was closed and opened again)."""
    assistant, _, clock, store = home
    assistant.close()
    fresh, events = make_assistant(store, clock=clock, wall_clock=clock,
                                   resolver_settings=STRICT)
    return fresh, events, clock, store


def _pair(store, utterance, routine):
    return next(e for e in store.evidence(utterance) if e.routine == routine)


def _learned(assistant):
    return [(p, r) for p, r, _o in assistant.learned_aliases()]


# ------------------------------------------------------------ strong pairs


def test_a_misheard_phrase_seen_twice_is_learned_across_a_restart(home):
    assistant, _, clock, store = home
    assert said(assistant, "breeding road")[0].startswith("I don't know")
    clock.advance(4)
    assert said(assistant, "reading mode") == ["Reading mode: set Living room lamp on at 100 %."]   # one sighting: not yet
    evidence = _pair(store, "breeding road", "Reading mode")
    assert (evidence.strength, evidence.sightings, evidence.promoted) == ("strong", 1, False)
    home = _restart(home)
    assistant, events, clock, store = home
    clock.advance(DAY)
    said(assistant, "breeding road")
    clock.advance(5)
    lines = said(assistant, "reading mode")
    assert lines[0] == "Reading mode: everything was already so."
    assert lines[1].startswith('I\'ll take "breeding road" to mean reading mode from now on.')
    assert AliasLearned("breeding road", "Reading mode") in events
    assert _learned(assistant) == [("breeding road", "Reading mode")]
    assert said(assistant, "breeding road") == ["Reading mode: everything was already so."]


def test_a_routine_the_resolver_had_near_run_at_once_is_learned_after_two_days(home):
    # "film night" does not sound like "movie mode", but the resolver had movie mode
    # near: the same miss followed by it on two days teaches it, with no question.
    assistant, _, clock, store = home
    said(assistant, "film night")
    clock.advance(4)
    assert said(assistant, "movie mode") == ["Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."]
    evidence = _pair(store, "film night", "Movie mode")
    assert (evidence.strength, evidence.sightings) == ("strong", 1)
    assert evidence.reason.startswith("near to the resolver")
    assistant, _, clock, store = _restart(home)
    clock.advance(DAY)
    said(assistant, "film night")
    clock.advance(4)
    assert said(assistant, "movie mode")[-1].startswith(
        'I\'ll take "film night" to mean movie mode')
    assert _learned(assistant) == [("film night", "Movie mode")]


def test_a_strong_pair_is_not_asked_about(home):
    assistant, _, clock, store = home
    said(assistant, "breeding road")
    clock.advance(3)
    assert said(assistant, "reading mode") == ["Reading mode: set Living room lamp on at 100 %."]
    assert _pair(store, "breeding road", "Reading mode").asked_at is None


def test_the_choice_in_did_you_mean_is_strong_evidence(home):
    assistant, _, _clock, store = home
    assert said(assistant, "moving mode") == ["Did you mean movie mode?"]
    assert said(assistant, "yes") == ["Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."]
    lines = said(assistant, "reading mode")
    assert lines[0].startswith('I\'ll take "moving mode" to mean movie mode')
    assert _pair(store, "moving mode", "Movie mode").how == 'chosen in "did you mean"'


def test_a_choice_left_when_the_app_closed_is_learned_at_the_next_start(home):
    assistant, _, _clock, _store = home
    said(assistant, "moving mode", "yes")
    assistant, *_ = _restart(home)
    assert _learned(assistant) == [("moving mode", "Movie mode")]


def test_a_careless_yes_then_no_teaches_nothing(home):
    assistant, _, _clock, store = home
    said(assistant, "moving mode", "yes")
    assert said(assistant, "no")[0].startswith("Undone")
    said(assistant, "reading mode")
    assert _learned(assistant) == []
    assert _pair(store, "moving mode", "Movie mode").blocked


# ----------------------------------------------------------- plausible pairs


def test_own_words_are_asked_about_once_and_learned_only_on_a_second_yes(home):
    assistant, _, clock, store = home
    said(assistant, "rise and shine")
    clock.advance(4)
    assert said(assistant, "wake up") == ["Wake up: opened Living room blinds and then turned on Coffee maker."]            # first sighting: no question
    assert _pair(store, "rise and shine", "Wake up").strength == "plausible"
    clock.advance(DAY)
    said(assistant, "rise and shine")
    clock.advance(4)
    assert said(assistant, "wake up") == ["Wake up: everything was already so."]            # twice: not yet
    clock.advance(DAY)
    said(assistant, "rise and shine")
    clock.advance(4)
    assert said(assistant, "wake up") == ["Wake up: everything was already so.",
                                          'Should "rise and shine" also mean wake up?']
    # One "yes" to words that do not sound alike (it may be a thoughtless one) does
    # not make an alias: the next time, the words are answered "did you mean".
    assert said(assistant, "yes") == [
        'OK. The next time I hear "rise and shine", I\'ll ask if you mean wake up.']
    assert _learned(assistant) == []
    clock.advance(DAY)
    assert said(assistant, "rise and shine") == ["Did you mean wake up?"]
    assert said(assistant, "yes") == ["Wake up: everything was already so."]
    assert said(assistant, "movie mode")[0].startswith('I\'ll take "rise and shine"')
    assert _learned(assistant) == [("rise and shine", "Wake up")]


def test_own_words_are_never_learned_from_sightings_alone(home):
    assistant, _, clock, store = home
    for _ in range(6):
        clock.advance(DAY)
        said(assistant, "rise and shine")
        clock.advance(4)
        said(assistant, "wake up", "movie mode")                 # the question goes unanswered
    assert _learned(assistant) == []
    evidence = _pair(store, "rise and shine", "Wake up")
    assert evidence.sightings == 6 and evidence.asked_at is not None


def test_the_answer_no_is_remembered_and_never_asked_again(home):
    assistant, _, clock, store = home
    for _ in range(3):
        clock.advance(DAY)
        said(assistant, "rise and shine")
        clock.advance(4)
        lines = said(assistant, "wake up")
    assert lines[-1] == 'Should "rise and shine" also mean wake up?'
    assert said(assistant, "no") == ["OK, I won't."]
    assert store.device("cover.living_room_blinds").state["position"] == 100  # not undone
    asked = []
    for _ in range(3):
        clock.advance(30 * DAY)
        said(assistant, "rise and shine")
        clock.advance(4)
        asked += [line for line in said(assistant, "wake up") if line.startswith("Should")]
    assert asked == [] and _learned(assistant) == []
    evidence = _pair(store, "rise and shine", "Wake up")
    assert (evidence.answer, evidence.blocked) == ("no", True)


def test_at_most_one_learning_question_a_week(home):
    assistant, _, clock, _store = home
    questions = []
    for utterance, routine in [("rise and shine", "wake up"), ("cinema time", "movie mode")] * 3:
        clock.advance(DAY)
        said(assistant, utterance)
        clock.advance(4)
        questions += [line for line in said(assistant, routine) if line.startswith("Should")]
    assert questions == ['Should "rise and shine" also mean wake up?']
    clock.advance(8 * DAY)
    said(assistant, "cinema time")
    clock.advance(4)
    assert said(assistant, "movie mode")[-1] == 'Should "cinema time" also mean movie mode?'


def test_own_words_said_again_and_again_on_one_day_are_not_asked_about(home):
    # A burst on one day is as likely someone who gave up and asked for something
    # else: the question waits until the pair comes back on another day.
    assistant, _, clock, _store = home
    for _ in range(4):
        clock.advance(600)
        said(assistant, "rise and shine")
        clock.advance(4)
        assert not [line for line in said(assistant, "wake up") if line.startswith("Should")]
    clock.advance(DAY)
    said(assistant, "rise and shine")
    clock.advance(4)
    assert said(assistant, "wake up")[-1] == 'Should "rise and shine" also mean wake up?'


def test_an_utterance_followed_by_this_and_that_routine_is_not_asked_about(home):
    assistant, _, clock, store = home
    for routine in ("wake up", "movie mode", "reading mode", "wake up"):
        clock.advance(DAY)
        said(assistant, "start the hoover")
        clock.advance(4)
        assert not [line for line in said(assistant, routine) if line.startswith("Should")]
    assert _pair(store, "the hoover", "Wake up").sightings == 2


# ------------------------------------------- "did you mean" from the ledger


def _seen(assistant, clock, utterance, routine, times=2):
    for _ in range(times):
        clock.advance(DAY)
        said(assistant, utterance)
        clock.advance(4)
        said(assistant, routine)


def test_words_seen_before_a_routine_are_answered_did_you_mean(home):
    assistant, events, clock, store = home
    _seen(assistant, clock, "rise and shine", "wake up")
    clock.advance(DAY)
    assert said(assistant, "rise and shine") == ["Did you mean wake up?"]
    assert [(e.utterance, e.routine) for e in events if type(e).__name__ == "AliasOffered"
            ] == [("rise and shine", "Wake up")]
    assert said(assistant, "why did you ask") == [
        "You typed \"rise and shine\".",
        "No taught phrase came close, but you have followed \"rise and shine\" with wake up "
        "before, so I asked if you meant it.", "Did you mean wake up?"]  # (still open)
    assert said(assistant, "rise and shine") == ["Did you mean wake up?"]
    assert said(assistant, "yes") == ["Wake up: everything was already so."]               # the person's own choice
    assert said(assistant, "reading mode")[0].startswith('I\'ll take "rise and shine"')
    assert _pair(store, "rise and shine", "Wake up").offered == 2


def test_a_no_to_did_you_mean_from_the_ledger_blocks_the_pair(home):
    assistant, _, clock, store = home
    _seen(assistant, clock, "rise and shine", "wake up")
    clock.advance(DAY)
    assert said(assistant, "rise and shine") == ["Did you mean wake up?"]
    said(assistant, "no")
    assert _pair(store, "rise and shine", "Wake up").blocked
    clock.advance(DAY)
    assert said(assistant, "rise and shine")[0].startswith("I don't know")


def test_did_you_mean_from_the_ledger_is_offered_twice_at_most(home):
    # Words said before a routine out of habit, never meant for it ("start the
    # hoover", then the usual routine): passed over twice, never offered again.
    assistant, _, clock, _store = home
    _seen(assistant, clock, "start the hoover", "wake up")
    offers = []
    for _ in range(4):
        clock.advance(DAY)
        offers += said(assistant, "start the hoover")
        clock.advance(4)
        said(assistant, "wake up")
    assert offers.count("Did you mean wake up?") == 2
    # (then the plain answer: the home has no hoover, and what it can switch on)
    assert offers[-1].startswith("This home has no hoover.")
    assert _learned(assistant) == []


def test_did_you_mean_from_the_ledger_offers_the_leading_routine_only(home):
    # Someone who gives up asks for this and that: no routine leads, nothing is offered.
    assistant, _, clock, _store = home
    _seen(assistant, clock, "rise and shine", "wake up", times=1)
    _seen(assistant, clock, "rise and shine", "movie mode", times=1)
    clock.advance(DAY)
    assert said(assistant, "rise and shine")[0].startswith("I don't know")
    clock.advance(4)
    said(assistant, "wake up")                                   # now wake up leads
    clock.advance(DAY)
    assert said(assistant, "rise and shine") == ["Did you mean wake up?"]


def test_did_you_mean_answered_no_is_not_asked_again(home):
    assistant, _, clock, store = home
    assert said(assistant, "moving mode") == ["Did you mean movie mode?"]
    said(assistant, "no")
    assert _pair(store, "moving mode", "Movie mode").blocked
    for _ in range(2):
        clock.advance(DAY)
        assert said(assistant, "moving mode")[0].startswith("I don't know")
        clock.advance(4)
        said(assistant, "reading mode")                 # what the person meant after all
    clock.advance(DAY)
    assert said(assistant, "moving mode") == ["Did you mean reading mode?"]


def test_the_words_of_another_request_are_never_offered(home):
    assistant, _, clock, _store = home
    for first in ("turn on the roomba", "what is the weather like"):
        _seen(assistant, clock, first, "wake up", times=3)
        clock.advance(DAY)
        assert said(assistant, first)[0].startswith(
            ("This home has no roomba.", "I can't answer"))


# ----------------------------------------------------------- unrelated pairs


def test_a_question_followed_by_a_routine_is_never_learned_nor_asked(home):
    assistant, _, clock, store = home
    lines = []
    for _ in range(5):                                            # in a row, and over days
        said(assistant, "what is the weather like")
        clock.advance(3)
        lines += said(assistant, "movie mode")
        clock.advance(20)
        said(assistant, "what is the weather like")
        clock.advance(4)
        lines += said(assistant, "movie mode")
        clock.advance(DAY)
    assert not [line for line in lines if "Should" in line or "I'll take" in line]
    assert _learned(assistant) == []
    # ("like" is kept: a recogniser writes it for "light", so it is no filler)
    evidence = _pair(store, "what is the weather like", "Movie mode")
    assert (evidence.strength, evidence.weight, evidence.reason) == (
        "unrelated", 0.0, "it was a question")


@pytest.mark.parametrize("first", ["why did you do that", "call mom", "order a pizza",
                                   "play some jazz", "set an alarm for seven"])
def test_requests_of_another_kind_are_never_rephrases(home, first):
    assistant, _, clock, _store = home
    for time in range(3):
        said(assistant, first)
        clock.advance(3)
        assert said(assistant, "reading mode") == [
            "Reading mode: set Living room lamp on at 100 %." if time == 0
            else "Reading mode: everything was already so."]
        clock.advance(3600)
    assert _learned(assistant) == []


def test_a_miss_with_another_request_between_is_not_a_rephrase(home):
    assistant, _, clock, store = home
    said(assistant, "rise and shine")
    clock.advance(3)
    said(assistant, "lovely weather")                              # another miss in between
    clock.advance(3)
    said(assistant, "wake up")
    assert _pair(store, "rise and shine", "Wake up").strength == "unrelated"


def test_a_success_long_after_the_miss_is_no_evidence(home):
    assistant, _, clock, store = home
    said(assistant, "breeding road")
    clock.advance(120)
    assert said(assistant, "reading mode") == ["Reading mode: set Living room lamp on at 100 %."]
    assert store.evidence("breeding road") == []


def test_a_device_command_in_between_consumes_the_miss(home):
    assistant, _, clock, store = home
    said(assistant, "breeding road")
    clock.advance(2)
    said(assistant, "turn on the desk lamp")
    clock.advance(2)
    said(assistant, "reading mode")
    assert store.evidence("breeding road") == []


# -------------------------------------------------------- negative evidence


def _learn_breeding_road(assistant, clock):
    for _ in range(2):
        said(assistant, "breeding road")
        clock.advance(3)
        said(assistant, "reading mode", "movie mode")
        clock.advance(3600)
    assert _learned(assistant) == [("breeding road", "Reading mode")]


@pytest.mark.parametrize("complaint", ["no", "undo", "that's not what I meant"])
def test_a_complaint_after_a_learned_alias_ran_undoes_and_unlearns_it(home, complaint):
    assistant, _, clock, store = home
    _learn_breeding_road(assistant, clock)
    said(assistant, "wake up")                           # blinds at 100
    store_lamp = store.device("light.living_room_lamp").state
    assert said(assistant, "breeding road") == ["Reading mode: set Living room lamp on at 100 %."]
    lines = said(assistant, complaint)
    assert lines[0].startswith("Undone")
    assert 'I won\'t take "breeding road" to mean reading mode any more.' in lines
    assert store.device("light.living_room_lamp").state == store_lamp
    assert _learned(assistant) == []
    assert _pair(store, "breeding road", "Reading mode").blocked
    for _ in range(3):
        clock.advance(DAY)
        said(assistant, "breeding road")
        clock.advance(3)
        said(assistant, "reading mode", "yes")
    assert _learned(assistant) == []


def test_no_right_after_learning_takes_the_new_alias_away(home):
    assistant, _, clock, store = home
    said(assistant, "breeding road")
    clock.advance(3)
    said(assistant, "reading mode", "movie mode")
    said(assistant, "breeding road")
    clock.advance(3)
    assert "I'll take" in said(assistant, "reading mode")[1]
    lines = said(assistant, "no")
    assert lines[0].startswith("Undone")
    assert _learned(assistant) == [] and _pair(store, "breeding road", "Reading mode").blocked


def test_forget_that_alias_by_voice(home):
    assistant, _, clock, store = home
    _learn_breeding_road(assistant, clock)
    assert said(assistant, "forget that alias") == [
        'I won\'t take "breeding road" to mean reading mode any more.']
    assert _learned(assistant) == [] and _pair(store, "breeding road", "Reading mode").blocked


def test_what_have_you_learned_by_voice(home):
    assistant, _, clock, _store = home
    assert said(assistant, "what have you learned") == [
        "I haven't learned any phrases of my own yet."]
    _learn_breeding_road(assistant, clock)
    assert said(assistant, "what have you learned")[0].startswith(
        'I learned: "breeding road" for reading mode (heard 2 times)')


def test_what_have_you_learned_tells_phrases_added_by_hand_apart(home):
    """A phrase added by hand was listed as learned: 'I learned: "rise and shine" for
    wake up (added by hand)'."""
    assistant, _, clock, _store = home
    _learn_breeding_road(assistant, clock)
    said(assistant, "call wake up rise and shine too")
    assert said(assistant, "what have you learned") == [
        'I learned: "breeding road" for reading mode (heard 2 times). Added by you: '
        '"rise and shine" for wake up. Say "forget" and one of them, e.g. "forget '
        'breeding road", to take it away.']
    said(assistant, "forget breeding road")
    assert said(assistant, "what have you learned") == [
        "I haven't learned any phrases of my own yet. Added by you: \"rise and shine\" "
        "for wake up. Say \"forget that alias\" to take it away."]


def test_a_removed_alias_is_not_learned_again(home):
    assistant, _, clock, store = home
    _learn_breeding_road(assistant, clock)
    assistant.remove_alias("Reading mode", "breeding road")
    assert _learned(assistant) == []
    assert _pair(store, "breeding road", "Reading mode").how == "removed in the window"
    for _ in range(3):
        clock.advance(3600)
        said(assistant, "breeding road")
        clock.advance(3)
        said(assistant, "reading mode", "movie mode")
    assert _learned(assistant) == []


def test_a_learned_phrase_removed_any_other_way_is_not_learned_again(home):
    assistant, _, clock, store = home
    _learn_breeding_road(assistant, clock)
    store.remove_phrase("Reading mode", "breeding road")     # the routine editor, a voice command
    for _ in range(3):
        clock.advance(3600)
        said(assistant, "breeding road")
        clock.advance(3)
        said(assistant, "reading mode", "movie mode")
    assert _learned(assistant) == []
    assert _pair(store, "breeding road", "Reading mode").blocked


# ----------------------------------------------------- explicit assignments


def test_assign_from_the_history_adds_the_alias_at_once(home):
    assistant, events, _clock, store = home
    said(assistant, "bath time")
    turn = next(t for t in store.interactions() if t.heard == "bath time")
    assistant.assign(turn.id, "reading mode")
    assert AliasLearned("bath time", "Reading mode") in events
    assert ("bath time", "Reading mode", "alias") in assistant.learned_aliases()
    assert next(t for t in store.interactions() if t.id == turn.id).feedback == (
        "meant Reading mode")
    (detail,) = assistant.learned_alias_details()
    assert (detail.phrase, detail.how, detail.reason) == (
        "bath time", "assigned in the history", "assigned in the history")
    with pytest.raises(NotFoundError):
        assistant.assign(99999, "Reading mode")


def test_learned_aliases_say_where_they_came_from(home):
    assistant, _, clock, _store = home
    _learn_breeding_road(assistant, clock)
    (alias,) = assistant.learned_alias_details()
    assert (alias.phrase, alias.routine, alias.how, alias.sightings) == (
        "breeding road", "Reading mode", "heard 2 times", 2)
    assert alias.reason == 'sounds like "reading mode", the nearest match'
    assert alias.learned_at is not None
    assert re.match(r'learned \d{4}-\d\d-\d\d: heard 2 times; sounds like "reading mode"',
                    alias.origin)


def test_learning_can_be_turned_off(store, tmp_path):
    seed_routines(store)
    settings = Settings(tmp_path / "settings.json")
    settings.update("learning", enabled=False)
    assistant, _ = make_assistant(store, settings=settings, resolver_settings=STRICT)
    for _ in range(3):
        said(assistant, "breeding road", "reading mode", "movie mode")
    assert store.evidence() == [] and assistant.learned_aliases() == []
    # Nor from a "did you mean" choice, in this session or at the next start.
    said(assistant, "moving mode", "yes", "reading mode")
    assistant.close()
    assistant, _ = make_assistant(store, settings=settings, resolver_settings=STRICT)
    assert assistant.learned_aliases() == []


def test_a_choice_in_the_window_after_a_miss_is_a_sighting(home):
    assistant, _, _clock, store = home
    said(assistant, "breeding road")
    assistant.run_routine("Reading mode")
    evidence = _pair(store, "breeding road", "Reading mode")
    assert (evidence.sightings, evidence.strength) == (1, "strong")


def test_sightings_for_other_routines_weigh_against_a_strong_pair(home):
    assistant, _, clock, store = home
    for routine in ("wake up", "wake up", "movie mode", "movie mode"):
        clock.advance(3600)
        said(assistant, "moving mood")
        clock.advance(3)
        said(assistant, routine)
    strong = _pair(store, "moving mood", "Movie mode")
    assert (strong.strength, strong.sightings, strong.weight) == ("strong", 2, 2.0)
    # Two strong sightings, but not two thirds of all that was seen: not learned.
    assert _learned(assistant) == []
    clock.advance(3600)
    said(assistant, "moving mood")
    clock.advance(3)
    said(assistant, "movie mode")                # 3 of 5 sightings: still not
    assert _learned(assistant) == []
    for _ in range(3):
        clock.advance(3600)
        said(assistant, "moving mood")
        clock.advance(3)
        said(assistant, "movie mode")
    assert _learned(assistant) == [("moving mood", "Movie mode")]


def test_a_run_from_a_button_is_in_the_history(home):
    assistant, _events, _clock, store = home
    assistant.run_routine("reading mode")
    turn = store.interactions()[0]
    assert (turn.heard, turn.source, turn.routine) == ("Reading mode", "button", "Reading mode")
    assert turn.outcome and turn.outcome != "running"
    assert assistant.learned_aliases() == []




@pytest.mark.parametrize("rephrase", ["no, reading mode", "nope reading mode",
                                      "no, i meant reading mode"])
def test_no_and_the_phrase_meant_at_shall_i_learn_it_runs_it_and_counts(home, rephrase):
    """"breeding road" -> "Shall I learn it?" -> "no, reading mode" said "OK, I won't
    run reading mode.": the "no" to learning was read as a "no" to the routine meant,
    so nothing ran and the rephrase taught nothing."""
    assistant, _, clock, store = home
    assert said(assistant, "breeding road")[0].startswith("I don't know \"breeding road\"")
    clock.advance(4)
    assert said(assistant, rephrase) == ["Reading mode: set Living room lamp on at 100 %."]
    assert store.device("light.living_room_lamp").state["brightness"] == 100
    assert _pair(store, "breeding road", "Reading mode").sightings == 1
    assistant, _, clock, store = _restart(home)
    clock.advance(DAY)
    said(assistant, "breeding road")
    clock.advance(5)
    assert said(assistant, "reading mode")[1].startswith(
        'I\'ll take "breeding road" to mean reading mode from now on.')
    assert said(assistant, "flurp", "no, turn on the desk lamp") == [
        "I don't know \"flurp\". Shall I learn it?", "Desk lamp: on."]


def test_forget_that_right_after_what_have_you_learned_forgets_the_one_said(home):
    """"what have you learned?" -> 'I learned: "breeding road" for reading mode …' ->
    "forget that" said "There is no learned phrase to forget right now. …"."""
    assistant, _, clock, store = home
    _learn_breeding_road(assistant, clock)
    assert said(assistant, "what have you learned?")[0].endswith(
        'Say "forget that alias" to take it away.')
    assert said(assistant, "forget that") == [
        'I won\'t take "breeding road" to mean reading mode any more.']
    assert _learned(assistant) == [] and _pair(store, "breeding road", "Reading mode").blocked
    assert store.routine("Reading mode").phrases[0].text == "reading mode"


def test_forget_a_learned_phrase_takes_it_off_and_keeps_the_routine(home):
    """"forget breeding road" (a learned alias of Reading mode) asked "Forget Reading mode
    (…; phrases "reading mode" and "breeding road")? Say yes to delete it": the whole
    routine, for the words a person heard it had learned."""
    assistant, _, clock, store = home
    _learn_breeding_road(assistant, clock)
    said(assistant, "call wake up rise and shine too")
    listed = said(assistant, "what have you learned")[0]
    assert listed.endswith('Say "forget" and one of them, e.g. "forget breeding road", to '
                           'take it away.') or listed.endswith('"forget rise and shine", to '
                                                                'take it away.')
    assert said(assistant, "forget that")[0].startswith("Which one? Say \"forget\"")
    assert said(assistant, "forget breeding road") == [
        'OK, "breeding road" no longer starts reading mode. It was an alias I had learned; '
        "I won't learn it again."]
    assert said(assistant, "forget the phrase rise and shine") == [
        'OK, "rise and shine" no longer starts wake up.']
    assert [r.name for r in store.routines()] == ["Movie mode", "Reading mode", "Wake up"]
    assert _learned(assistant) == []
    assert said(assistant, "forget reading mode")[0].endswith("Shall I forget it?")


def test_undo_right_after_forgetting_a_learned_phrase_puts_it_back(home):
    """"forget breeding road" then "undo" put back the newest run, however old ("Undone:
    Living room lamp put back."), and the phrase stayed gone."""
    assistant, _, clock, _store = home
    _learn_breeding_road(assistant, clock)
    said(assistant, "forget breeding road")
    assert said(assistant, "undo") == ['Undone: "breeding road" starts reading mode again.']
    assert _learned(assistant) == [("breeding road", "Reading mode")]
    assert said(assistant, "why did you undo that?")[-1] == (
        'You asked me to undo taking "breeding road" off reading mode, so it starts '
        "reading mode again.")
    assert said(assistant, "what have you learned?")[0].startswith(
        'I learned: "breeding road" for reading mode (put back by undo).')
    assert said(assistant, "breeding road") == ["Reading mode: set Living room lamp on at 100 %."]
    said(assistant, "stop calling it breeding road")
    clock.advance(1)  # (the run is newer: undo takes back the newest first)
    said(assistant, "turn off the tv")
    assert said(assistant, "undo") == ["Undone: TV put back."]  # (the newest: the run)
    assert _learned(assistant) == []


def test_a_phrase_taken_off_is_put_back_by_undo_after_a_restart(home):
    """After a restart "undo" took back the newest run instead ("Undone: Living room
    lamp put back."), and "breeding road" stayed gone: the removal was kept in memory.
    Now kept in the store (``removed_phrase``), newest first among runs and edits."""
    assistant, _, clock, _store = home
    _learn_breeding_road(assistant, clock)
    said(assistant, "forget breeding road")
    assistant, *_ = _restart(home)
    assert said(assistant, "undo") == ['Undone: "breeding road" starts reading mode again.']
    assert _learned(assistant) == [("breeding road", "Reading mode")]
    said(assistant, "forget the phrase breeding road")
    clock.advance(1)
    said(assistant, "turn off the tv")
    assistant, *_ = _restart((assistant, None, clock, _store))
    assert said(assistant, "undo") == ["Undone: TV put back."]  # (the newest: the run)
    assert said(assistant, "undo") == ['Undone: "breeding road" starts reading mode again.']


def test_stopping_a_phrase_a_routine_has_not_names_the_routine(home):
    """"stop calling movie mode cinema" (no such phrase) said 'No routine answers to
    "mode cinema", …': the routine's name cut in two."""
    assistant, *_ = home
    assert said(assistant, "stop calling movie mode cinema") == [
        'Movie mode has no phrase "cinema", so there is nothing to stop.']
    assert said(assistant, "stop calling it banana") == [
        'No routine answers to "banana", so there is nothing to stop.']


def test_why_after_what_have_you_learned_explains_the_turn_before(home):
    """"what have you learned?" only asks, as "what's scheduled?" does: "why?" after it
    said "You typed "what have you learned?". That was part of our conversation (list
    aliases); it changed no device."."""
    assistant, _, _clock, _store = home
    said(assistant, "movie mode", "what have you learned?")
    lines = said(assistant, "why?")
    assert lines[0] == 'You typed "movie mode".'
    assert any(line.startswith("Steps: ") for line in lines)
    said(assistant, "what have you learned?", "what's scheduled?")
    assert said(assistant, "what did you just do?")[0] == 'You typed "movie mode".'

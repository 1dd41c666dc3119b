"""Managing routines by voice in ``teachapp chat`` (a child process), as a household
would. Before: "what's in movie night" was "That sounded like talk about movie night,
not a request, …"; "which routines use the lamp" said "None of them is on: all 3 are
off."; "stop reading mode from turning on the fan" was "Reading mode isn't running, so
there is nothing to cancel. …"; "forget the last step" (after "what does bedtime do?")
was 'I don't know a routine called "last step". …'; "undo" after a step edit was "There
is nothing to undo."; "add dim the hall light to movie night" asked "What should movie
night do with it?" of a light this home has not; "make bedtime like movie night but with
the lamp at 20 %" was 'I don't know "…". Shall I learn it?'."""

from __future__ import annotations

from conftest import chat_lines, run_teachapp

_NOW = {"TEACHAPP_NOW": "2026-12-07T21:00:00+00:00", "TZ": "UTC"}


def _home(db_path) -> None:
    for phrase, *sets in (
            ("movie night", "media_player.tv.on=true", "light.living_room_lamp.brightness=30"),
            ("reading mode", "light.desk_lamp.brightness=80", "fan.bedroom_fan.on=true"),
            ("bedtime", "light.ceiling_light.on=false", "lock.front_door.locked=true")):
        args = [a for s in sets for a in ("--set", s)]
        proc = run_teachapp("--db", str(db_path), "teach", phrase, *args, env=_NOW)
        assert proc.returncode == 0, proc.stderr


def _after(lines: list[str], said: str, at: int = 0) -> list[str]:
    """The replies to the ``at``-th time ``said`` was said."""
    starts = [i for i, line in enumerate(lines) if line == f"> {said}"]
    start = starts[at] + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("> ")), len(lines))
    return lines[start:end]


def test_what_is_in_a_routine_and_which_use_a_device(db_path):
    _home(db_path)
    lines = chat_lines(db_path, "what's in movie night", "what does bedtime have in it",
                       "which routines use the lamp", "which routines use the desk lamp?",
                       "which routines use the coffee maker", echo=True, env=_NOW)
    assert _after(lines, "what's in movie night")[0] == (
        "Movie night will turn on TV and then set Living room lamp on at 30 %.")
    assert _after(lines, "what does bedtime have in it")[0] == (
        "Bedtime will turn off Ceiling light and then lock Front door.")
    assert _after(lines, "which routines use the lamp") == [  # (a name inside a sentence)
        "Movie night uses Living room lamp; reading mode uses Desk lamp."]
    assert _after(lines, "which routines use the desk lamp?") == ["Reading mode uses Desk lamp."]
    assert _after(lines, "which routines use the coffee maker") == [
        "No routine uses Coffee maker."]


def test_a_step_taken_out_by_voice_is_shown_and_undone(db_path):
    _home(db_path)
    lines = chat_lines(db_path, "stop reading mode from turning on the fan", "yes", "undo",
                       "what does bedtime do?", "forget the last step", "yes", "undo",
                       "reading mode shouldn't turn on the fan", "no", echo=True, env=_NOW)
    assert _after(lines, "stop reading mode from turning on the fan") == [
        "Take Bedroom fan out of reading mode? Say yes to change it."]
    assert _after(lines, "yes") == ["Changed reading mode: it will set Desk lamp on at 80 %."]
    assert _after(lines, "undo") == [
        "Undone: reading mode will set Desk lamp on at 80 % and then turn on Bedroom fan "
        "again."]
    assert _after(lines, "forget the last step") == [
        "Take the last step, lock Front door, out of bedtime? Say yes to change it."]
    assert _after(lines, "yes", 1) == ["Changed bedtime: it will turn off Ceiling light."]
    assert _after(lines, "undo", 1) == [
        "Undone: bedtime will turn off Ceiling light and then lock Front door again."]
    assert _after(lines, "reading mode shouldn't turn on the fan") == [
        "Take Bedroom fan out of reading mode? Say yes to change it."]


def test_a_step_for_a_thing_the_home_has_not_is_said_and_nothing_changes(db_path):
    _home(db_path)
    lines = chat_lines(db_path, "add dim the hall light to movie night", "what's in movie night",
                       echo=True, env=_NOW)
    reply = _after(lines, "add dim the hall light to movie night")
    assert len(reply) == 1 and reply[0].startswith("This home has no hall light.")
    assert reply[0].endswith("Movie night stays as it is.")
    assert _after(lines, "what's in movie night")[0] == (
        "Movie night will turn on TV and then set Living room lamp on at 30 %.")


def test_a_routine_made_like_another_with_a_change(db_path):
    _home(db_path)
    lines = chat_lines(db_path, "make bedtime like movie night but with the lamp at 20 %", "yes",
                       "undo", "copy movie night as film club", "yes",
                       "make story time like reading mode but with the toaster on",
                       "what routines do I have", echo=True, env=_NOW)
    assert _after(lines, "make bedtime like movie night but with the lamp at 20 %") == [
        "Bedtime will turn on TV and then set Living room lamp on at 20 % instead. Shall I "
        "change it?"]
    assert _after(lines, "yes") == [
        "Changed bedtime: it will turn on TV and then set Living room lamp on at 20 %."]
    assert _after(lines, "undo") == [
        "Undone: bedtime will turn off Ceiling light and then lock Front door again."]
    assert _after(lines, "copy movie night as film club") == [
        "A new routine, film club, will turn on TV and then set Living room lamp on at "
        "30 %. Shall I save it?"]
    assert _after(lines, "yes", 1) == ["Saved film club. Say \"film club\" to start it."]
    assert _after(lines, "make story time like reading mode but with the toaster on") == [
        "I understood \"like reading mode\", but not \"the toaster on\", so I changed "
        "nothing. Say the change like \"but with the lamp at 20 %\"."]
    listed = "\n".join(_after(lines, "what routines do I have"))
    assert "You taught me 4 routines:" in listed and "Story time" not in listed


def test_two_step_edits_are_undone_newest_first(db_path):
    _home(db_path)
    lines = chat_lines(db_path, "movie night should also close the blinds", "yes",
                       "take the TV out of movie night", "yes", "undo", "undo", "undo",
                       echo=True, env=_NOW)
    assert _after(lines, "undo") == [
        "Undone: movie night will turn on TV, set Living room lamp on at 30 % and then close "
        "Living room blinds again."]
    assert _after(lines, "undo", 1) == [
        "Undone: movie night will turn on TV and then set Living room lamp on at 30 % again."]
    assert _after(lines, "undo", 2) == ["There is nothing to undo."]


def test_other_words_for_the_same_edits(db_path):
    """Said otherwise: 'This home has no last step. …', 'I don't know "make a copy of …".
    Shall I learn it?' and "Bedroom fan is off." before."""
    _home(db_path)
    lines = chat_lines(db_path, "take out the last step of bedtime", "no",
                       "make a copy of movie night called film club", "no",
                       "which routines have the fan in them", echo=True, env=_NOW)
    assert _after(lines, "take out the last step of bedtime") == [
        "Take the last step, lock Front door, out of bedtime? Say yes to change it."]
    assert _after(lines, "make a copy of movie night called film club") == [
        "A new routine, film club, will turn on TV and then set Living room lamp on at "
        "30 %. Shall I save it?"]
    assert _after(lines, "no", 1) == ["OK, I won't make film club."]
    assert _after(lines, "which routines have the fan in them") == [
        "Reading mode uses Bedroom fan."]


def test_a_step_not_understood_is_said_and_nothing_changes(db_path):
    """They were "What should movie night do with it? Say it like …" (of nothing named)."""
    _home(db_path)
    lines = chat_lines(db_path, "add the toaster to movie night", "add frobnicate to movie night",
                       echo=True, env=_NOW)
    assert _after(lines, "add the toaster to movie night") == [
        "This home has no toaster. Movie night stays as it is."]
    assert _after(lines, "add frobnicate to movie night") == [
        "I don't know \"frobnicate\" as a step, so movie night stays as it is. Say it like "
        "\"add turn off the lamp to movie night\"."]



def test_teachapp_undo_puts_back_a_phrase_taken_off_in_chat(db_path):
    """``teachapp undo`` after "forget film night" in chat took back the newest run, or
    said there was nothing to undo, and the phrase stayed gone (it was kept in the chat's
    memory); now it is kept (``store.phrase_removals``) and put back."""
    assert run_teachapp("--db", str(db_path), "teach", "movie night", "--set",
                        "media_player.tv.on=true", env=_NOW).returncode == 0
    lines = chat_lines(db_path, "also call movie night film night", "forget film night",
                       echo=True, env=_NOW)
    assert _after(lines, "forget film night") == [
        'OK, "film night" no longer starts movie night.']
    proc = run_teachapp("--db", str(db_path), "undo", env=_NOW)
    assert proc.stdout.strip() == "Put back 'film night' on 'movie night'."
    listed = run_teachapp("--db", str(db_path), "list", env=_NOW).stdout
    assert "phrases: movie night, film night" in listed

"""Issue 16 from the command line: ``delete``/``rename``/``undo`` (exit codes 0, 1, 2)
and one ``chat`` session per kind of dialogue, in child processes on a real file."""

from __future__ import annotations

from conftest import chat_lines

from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


def _seed(db_path) -> None:
    with Store.open(db_path) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Movie mode", phrases=[Phrase("movie mode")], steps=[
            SetStep("media_player.tv", {"on": True, "volume": 40})]))
        store.save_routine(Routine(name="Reading mode", phrases=[
            Phrase("reading mode"), Phrase("book time", origin="learned")], steps=[
            SetStep("light.desk_lamp", {"on": True, "brightness": 100})]))


def test_delete_rename_and_undo_on_the_command_line(teachapp_cli, db_path):
    _seed(db_path)
    db = ("--db", str(db_path), "--no-speech")
    proc = teachapp_cli(*db, "delete", "reading mode")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(
        "Deleted 'Reading mode' (phrases: 'reading mode' and 'book time')")
    proc = teachapp_cli(*db, "delete", "reading mode")
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert "There is no routine called 'reading mode'" in proc.stderr
    # A later process undoes the deletion: phrases and the learned alias come back.
    proc = teachapp_cli(*db, "undo")
    assert proc.returncode == 0 and proc.stdout == "Restored routine 'Reading mode'.\n"
    with Store.open(db_path) as store:
        phrases = {p.text: str(p.origin) for p in store.routine("Reading mode").phrases}
    assert phrases == {"reading mode": "taught", "book time": "learned"}
    proc = teachapp_cli(*db, "rename", "movie mode", "Reading mode")
    assert proc.returncode == 1 and "already a routine called Reading mode" in proc.stderr
    proc = teachapp_cli(*db, "rename", "movie mode", "Cinema")
    assert proc.returncode == 0 and proc.stdout == (
        "Renamed 'Movie mode' to 'Cinema'. 'teachapp undo' renames it back.\n")
    assert teachapp_cli(*db, "rename", "Cinema").returncode == 2
    assert teachapp_cli(*db, "delete").returncode == 2
    proc = teachapp_cli(*db, "run", "cinema")
    assert proc.returncode == 0 and "media_player.tv" in proc.stdout
    assert proc.stdout.startswith("Cinema:\n")
    # Several parts: the heading names every part, not only the routine.
    proc = teachapp_cli(*db, "run", "cinema and close the blinds")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Cinema and close Living room blinds:\n")
    assert "media_player.tv" in proc.stdout and "cover.living_room_blinds" in proc.stdout


def test_chat_explains_and_describes(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "movie mood", "why did you do that?",
                       "what did I teach you?", "what does reading mode do?",
                       "how do I start reading mode?", echo=True)
    text = "\n".join(lines)
    assert "mood → mode" in text and "0.84" in text and "set TV on at 40 %" in text
    assert "You taught me 2 routines:" in text
    assert 'Say "reading mode" or "book time" (learned) to start reading mode.' in lines


def test_chat_forget_and_undo_in_a_later_session(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "forget movie mode", "yes", echo=True)
    assert lines[-1] == 'Forgot movie mode. Say "undo" to bring it back.'
    lines = chat_lines(db_path, "undo", "movie mode", echo=True)
    assert 'Movie mode is back, with its phrase "movie mode".' in lines
    assert lines[-1] == "Movie mode: set TV on at 40 %."


def test_chat_rename_phrases_and_a_clash(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "rename movie mode to cinema",
                       "also call it film night", "stop calling it book time",
                       "rename cinema to reading mode", "keep both", echo=True)
    assert 'Renamed movie mode to cinema. Say "cinema" to start it.' in lines
    assert 'OK, "film night" will start cinema too.' in lines
    assert any(line.startswith('OK, "book time" no longer starts reading mode.') for line in lines)
    assert any("There is already a routine called Reading mode" in line for line in lines)
    assert lines[-1] == 'Renamed cinema to reading mode 2. Say "reading mode 2" to start it.'


def test_chat_several_things_in_one_sentence(teachapp_cli, db_path):
    _seed(db_path)
    lines = chat_lines(db_path, "movie mode and close the blinds", "undo", echo=True)
    assert lines[-1] == "Undone: TV put back."  # (the blinds were closed already)


def test_listen_reports_a_conversation_command_as_running_nothing(db_path, capsys):
    import json

    from _assistant_helpers import make_assistant

    from teachapp.cli.speech import _report
    from teachapp.speech.transcript import Transcript

    _seed(db_path)
    with Store.open(db_path) as store:
        assistant, _events = make_assistant(store)  # (listen decides by chat's engine)
        _report(Transcript("forget movie mode", 0.9, engine="vosk"), assistant, "command", True)
        _report(Transcript("movie mode", 0.9, engine="vosk"), assistant, "command", True)
    forget, run = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (forget["decision"], forget["routine"], forget["talk"]) == ("reject", None, "forget")
    assert (run["decision"], run["routine"]) == ("run", "Movie mode") and "talk" not in run


def test_the_grammar_holds_the_conversation_sentences(store):
    from _assistant_helpers import make_assistant, seed_routines

    seed_routines(store)
    assistant, _events = make_assistant(store)
    words = assistant.vocabulary("command")
    assert {"why did you do that", "what does movie mode do", "forget movie mode",
            "how do i start wake up", "movie mode"} <= set(words)


def test_the_phrases_listened_for_end_with_the_routines_used_last(store):
    """Whisper's prompt keeps the end of this list; sorted by name, a large home never
    had its early-alphabet phrases in it, however often they were said."""
    from _assistant_helpers import add_routine, make_assistant, seed_routines

    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert assistant.vocabulary("command")[-1] == "wake up"  # the last changed
    assistant.handle_text("movie mode")
    assert assistant.vocabulary("command")[-1] == "movie mode"
    add_routine(store, "Amber evening", ["amber evening", "amber glow"], [
        SetStep("light.living_room_lamp", {"on": True, "brightness": 40})])
    assert assistant.vocabulary("command")[-3:] == ["movie mode", "amber evening",
                                                    "amber glow"]


def test_it_means_the_last_run_devices_in_a_later_process(teachapp_cli, db_path):
    """``teachapp run`` is one process per request: "turn it down" follows the run
    before it, from the database, as it does inside one ``chat``."""
    _seed(db_path)
    db = ("--db", str(db_path), "--no-speech")
    proc = teachapp_cli(*db, "run", "desk lamp to 60 percent")
    assert proc.returncode == 0, proc.stderr
    proc = teachapp_cli(*db, "run", "turn it down a bit")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Desk lamp (light.desk_lamp): on, brightness ")
    assert "brightness 60 %" not in proc.stdout
    proc = teachapp_cli(*db, "undo")
    assert proc.returncode == 0 and "brightness 60 %" in proc.stdout


def test_run_prints_the_engine_question_for_an_unsure_part(teachapp_cli, db_path):
    """A sentence with an unsure part runs nothing, prints the engine's question about
    that part (never "Did you mean None?") and exits 1."""
    _seed(db_path)
    db = ("--db", str(db_path), "--no-speech")
    proc = teachapp_cli(*db, "run", "movie mode and lamp to 30 percent")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "None" not in proc.stderr and proc.stderr.count("\n") == 1
    assert '"lamp to 30 percent"' in proc.stderr and "?" in proc.stderr


def test_listen_and_chat_agree_on_what_is_an_edit_of_a_routine(db_path, store, capsys):
    """One rule (``manage.answered_talk``): "add the tv to movie mode" is talk in both;
    "put the desk lamp on in the office" names a room, not a routine, in both."""
    import json

    from _assistant_helpers import make_assistant

    from teachapp.cli.speech import _report
    from teachapp.speech.transcript import Transcript

    _seed(db_path)
    said = ("add the tv to movie mode", "put the desk lamp on in the office")
    assistant, _events = make_assistant(store)
    for text in said:
        _report(Transcript(text, 0.9, engine="vosk"), assistant, "command", True)
    heard = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [h.get("talk") for h in heard] == ["add_step", None]
    assert [assistant.handle_text(t) for t in said] == [
        ["Movie mode already sets TV on at 40 %."], ["Desk lamp: on."]]


def test_whisper_hears_with_the_taught_phrases_in_its_prompt_in_every_front_end(store, db_path):
    """With the simulated home's twelve devices listed last, the taught phrases were cut
    from Whisper's 600-character prompt in the window and chat (and ``listen`` listened
    for another list): "alexa morning tea please" was heard "alexa morning t please"."""
    import argparse

    from _assistant_helpers import make_assistant, seed_routines

    from teachapp.cli.speech import _engine
    from teachapp.settings import Settings
    from teachapp.speech._whisper_text import prompt_text

    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert len(assistant.backend.devices()) >= 12
    words = assistant.vocabulary("command")
    prompt = prompt_text(words)
    taught = [text for text, _routine, _origin in store.phrase_index()]
    assert taught and all(phrase in prompt for phrase in taught)
    assert "turn on the desk lamp" in words and "yes" in words
    engine, heard_by_listen = _engine(argparse.Namespace(db=str(db_path), mode="command"),
                                      Settings())
    engine.close()
    assert heard_by_listen == words


def test_listen_says_when_chat_would_offer_to_learn_the_words(db_path, capsys):
    """``listen`` said "Decision: reject" and nothing more of words chat offers to learn
    ("I don't know "blorp the flux". Shall I learn it?"), as if nothing would be said;
    a question chat cannot answer is no offer."""
    from _assistant_helpers import make_assistant

    from teachapp.cli.speech import _report
    from teachapp.speech.transcript import Transcript

    _seed(db_path)
    with Store.open(db_path) as store:
        assistant, _events = make_assistant(store)
        for text in ("blorp the flux", "why is the sky blue"):
            _report(Transcript(text, 0.9, engine="vosk"), assistant, "command", False)
        assert assistant.handle_text("blorp the flux") == [
            "I don't know \"blorp the flux\". Shall I learn it?"]
    lines = capsys.readouterr().out.splitlines()
    assert "Chat offers to learn it: I don't know \"blorp the flux\". Shall I learn it?" \
        in lines
    assert sum("offers to learn" in line for line in lines) == 1

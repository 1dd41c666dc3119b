"""Explanations: what each turn recorded, and "why did you do that?" answered from it.

``record`` writes, once per turn, what a later explanation needs and the
interaction log does not hold: which engine heard it and whether the sound check
confirmed it, the phrase that matched and how (exactly, misheard words, an alias
learned on a date), the score against the thresholds, the nearest routines, and
what each step did. ``describe`` turns an interaction and that record back into
sentences, so the answer is the same in a later session and in the window's
history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any

from ..domain import PhraseOrigin, name_in_sentence, names_singular, phrase_quoted, spoken_list
from ..errors import TeachappError
from ..store import (
    Interaction,
    Store,
    TurnDetail,
    aware,
    log_interaction_with_detail,
    phrase_key,
    phrase_origin,
    record_turn_detail,
    turn_details,
)
from ..understanding.normalize import default_lexicon
from . import social
from .decision import lets_people_in
from .models import Action, TurnInput
from .run_steps import steps_done, steps_words

if TYPE_CHECKING:
    from ..home.executor import RunResult
    from .config import AppConfig
    from .turns import TurnReplies

__all__ = ["NOTHING_ASKED", "RAN_AGAIN", "Recorder", "describe", "did_something",
           "explain_last", "explained_history", "how_matched", "record", "steps_done"]

_FILLERS = {"please", "um", "uh", "er", "the", "a", "now", "hey", "ok", "okay", "alexa",
            "switch", "to", "it's", "its", "turn", "on", "start", "time", "for"}
_TALK = {"explain"}
"""Outcomes of turns that only explained: "why?" twice explains the same turn."""
_SMALL_TALK = {"thanks", "greeting", social.OUTCOME}
"""Outcomes of a thank-you, a hello or a goodbye: "movie mode", "thanks", "why did you do
that?" asks about movie mode (it said "You typed "thanks". That was part of our
conversation (thanks); it changed no device.")."""
NOTHING_ASKED = "nothing asked"
"""The outcome of a dialogue word said with no question open ("yes", "done"): it
answered nothing and changed nothing, so "why did that happen?", "what did you just
do?" explain the turn before it (they said "You typed "yes". That was part of our
conversation (yes); it changed no device.")."""


def how_matched(utterance: str, phrase: str) -> dict[str, Any]:
    """How the words said line up with a taught phrase: exact, extra words around it,
    or words misheard ("mood" for "mode"), by a word-level alignment."""
    said, taught = phrase_key(utterance).split(), phrase_key(phrase).split()
    if said == taught:
        return {"how": "exact"}
    pairs: list[list[str]] = []
    extra: list[str] = []
    missing: list[str] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, taught, said,
                                              autojunk=False).get_opcodes():
        if op == "replace":
            pairs.append([" ".join(said[b1:b2]), " ".join(taught[a1:a2])])
        elif op == "insert":
            extra += said[b1:b2]
        elif op == "delete":
            missing += taught[a1:a2]
    if pairs:
        return {"how": "misheard", "pairs": pairs, "extra": extra, "missing": missing}
    return {"how": "extra words" if extra else "partial", "extra": extra, "missing": missing}


def record(store: Store, interaction_id: int, turn: TurnInput, replies: TurnReplies,
           config: AppConfig, origin_of: Callable[[str, str], str | None]) -> TurnDetail:
    """What ``describe`` will need to explain this turn later (not saved yet)."""
    detail: dict[str, Any] = {"action": str(replies.action)}
    resolution = replies.resolution
    if resolution is not None:
        detail.update(score=round(float(resolution.score), 4), routine=resolution.routine,
                      decision=str(resolution.decision),
                      alternatives=[[a.routine, round(float(a.score), 4)]
                                    for a in resolution.alternatives[:3]])
        if resolution.phrase and resolution.routine:
            match = how_matched(turn.text, resolution.phrase)
            match["origin"] = (origin_of(resolution.routine, resolution.phrase)
                               or PhraseOrigin.TAUGHT.value)
            if match["origin"] != PhraseOrigin.TAUGHT:  # only then the date is worth a query
                found = phrase_origin(store, resolution.routine, resolution.phrase)
                if found is not None:
                    match["since"] = found[1].isoformat()
            detail.update(phrase=resolution.phrase, match=match)
        r = config.resolver
        detail["thresholds"] = {"run": r.run_threshold, "clarify": r.clarify_threshold,
                                "margin": r.margin}
    if replies.command is not None:
        c = config.conversation
        detail["command"] = {"text": str(getattr(replies.command, "text", "")),
                             "confidence": round(float(replies.command.confidence), 4),
                             "sure": c.sure_command, "min_audio": c.min_audio_confidence,
                             "lets_in": lets_people_in(replies.command)}
    if replies.run is not None:
        detail["steps"] = steps_done(replies.run, lambda d: _device_name(store, d))
        detail["undoable"] = _changed_any(replies.run)
    detail.update(replies.detail)
    return TurnDetail(interaction_id, turn.engine, turn.verified, detail)


def _changed_any(run: Any) -> bool:
    """Whether a run changed a device, so "undo" has something to put back ("bedtime"
    with every light already off was told "Say "no" or "undo" to put things back.")."""
    return any(run.before.get(device) != after for device, after in run.after.items())


def _device_name(store: Store, device_id: str) -> str:
    """The device's name in the store; its id when it is gone."""
    try:
        return store.device(device_id).name
    except TeachappError:
        return device_id


class Recorder:
    """Keeps the newest turn's record until the next turn is logged, and saves it in
    that turn's transaction (or on ``flush`` when the session ends), so recording
    adds no commit to a turn."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.unsaved: TurnDetail | None = None

    def log(self, turn: Interaction) -> int:
        unsaved, self.unsaved = self.unsaved, None
        return log_interaction_with_detail(self.store, turn, unsaved)

    def keep(self, detail: TurnDetail) -> None:
        if self.unsaved is not None and self.unsaved.interaction_id != detail.interaction_id:
            self.flush()
        self.unsaved = detail

    def flush(self) -> None:
        unsaved, self.unsaved = self.unsaved, None
        if unsaved is not None:
            record_turn_detail(self.store, unsaved.interaction_id, engine=unsaved.engine,
                               verified=unsaved.verified, detail=unsaved.detail)

    def rest_done(self, interaction_id: int, result: RunResult) -> None:
        """The rest of a run that paused is over: its steps replace those recorded at
        the pause, so "what did you do?" tells how they went (it said "paused there;
        the rest went on by itself" of a rest whose steps failed)."""
        found = self.details([interaction_id]).get(interaction_id)
        if found is None or "steps" not in found.detail:
            return
        found.detail["steps"] = steps_done(result, lambda d: _device_name(self.store, d))
        found.detail["undoable"] = _changed_any(result)
        if found is not self.unsaved:
            record_turn_detail(self.store, interaction_id, engine=found.engine,
                               verified=found.verified, detail=found.detail)

    def details(self, ids: list[int]) -> dict[int, TurnDetail]:
        found = turn_details(self.store, ids)
        if self.unsaved is not None and self.unsaved.interaction_id in ids:
            found[self.unsaved.interaction_id] = self.unsaved
        return found


# ------------------------------------------------------------------ telling


def _pct(value: float) -> str:
    return f"{round(float(value) * 100)} %"


def _date(iso: str | None) -> str:
    if not iso:
        return "some time ago"
    return aware(datetime.fromisoformat(iso)).astimezone().strftime("%d %b %Y").lstrip("0")


def _heard(turn: Interaction, engine: str | None) -> str:
    if turn.source == "audio":
        by = f" by {engine}" if engine else ""
        conf = (f", {_pct(turn.confidence)} sure" if turn.confidence is not None else "")
        return f"I heard \"{turn.heard}\"{by}{conf}."
    if turn.source == "gui":
        return f"You chose \"{turn.heard}\" in the window."
    if turn.source == "button":  # no words were said: name the button pressed
        if turn.heard == "undo":
            return "You pressed Undo in the window."
        return f"You pressed Run for {name_in_sentence(turn.heard)} in the window."
    return f"You typed \"{turn.heard}\"."


def _match_words(detail: dict[str, Any]) -> str:
    match = detail.get("match") or {}
    phrase, routine = detail.get("phrase"), name_in_sentence(str(detail.get("routine")))
    how = match.get("how")
    origin = match.get("origin")
    # (said of the routine as a person would: "a phrase you taught for Movie night", not
    # "a phrase you taught, of Movie night"; no routine named when it is the phrase)
    same = str(phrase).casefold() == str(routine).casefold()
    if origin == PhraseOrigin.LEARNED:
        kind = f"an alias I learned for {routine} from a rephrase on " \
            f"{_date(match.get('since'))}"
    elif origin == PhraseOrigin.ALIAS:
        kind = f"a phrase you added to {routine} on {_date(match.get('since'))}"
    else:
        kind = "the phrase you taught" if same else f"a phrase you taught for {routine}"
    head = f"It matched \"{phrase_quoted(str(phrase))}\", {kind}"
    if how == "exact":
        return head + ", word for word."
    if how == "misheard":
        pairs = match.get("pairs", [])
        alike = [(a, b) for a, b in pairs if _same_meaning(a, b)]
        heard = [(a, b) for a, b in pairs if (a, b) not in alike]
        parts = []
        if alike:
            parts.append("words of like meaning as the taught ones ("
                         + spoken_list(f"{a} for {b}" for a, b in alike) + ")")
        if heard:
            parts.append("misheard words as the taught ones ("
                         + spoken_list(f"{a} → {b}" for a, b in heard) + ")")
        return head + ", taking " + spoken_list(parts) + "."
    if how == "extra words":
        return head + ", leaving out the extra words \"" + " ".join(match.get("extra", [])) + "\"."
    return head + ", with words missing (\"" + " ".join(match.get("missing", [])) + "\")."


def _same_meaning(said: str, taught: str) -> bool:
    """Whether the resolver's lexicon groups the words as one meaning ("cinema", "film"):
    then the word was chosen, not misheard."""
    concepts = default_lexicon().concepts.values()
    return any(said in group and taught in group for group in concepts)


def _score_words(detail: dict[str, Any], *, ran: bool) -> str:
    t = detail.get("thresholds") or {}
    score = float(detail.get("score", 0.0))
    if ran:
        return (f"It scored {score:.2f}; {t.get('run', 0):.2f} is enough to run without "
                "asking, so I ran it.")
    return ""


def _nearest(detail: dict[str, Any]) -> list[tuple[str, float]]:
    near: list[tuple[str, float]] = []
    if detail.get("routine"):
        near.append((detail["routine"], float(detail.get("score", 0.0))))
    near += [(n, float(s)) for n, s in detail.get("alternatives", [])]
    return near


def _why_unsure(turn: Interaction, engine_verified: bool, detail: dict[str, Any]) -> str:
    t = detail.get("thresholds") or {}
    command = detail.get("command")
    if not engine_verified:
        return ("the recogniser could only pick among taught phrases and the sound check "
                "did not confirm it, so I never act on that without asking.")
    if command is not None and command.get("lets_in"):
        return (f"I read it as \"{command.get('text')}\", which lets people in: I ask before "
                "unlocking a lock or opening a door or gate, however sure I am.")
    if command is not None:
        if turn.source == "audio" and turn.confidence is not None \
                and turn.confidence < command.get("min_audio", 0.5):
            return (f"the recogniser was only {_pct(turn.confidence)} sure of what it heard; "
                    f"I act on my own from {_pct(command.get('min_audio', 0.5))}.")
        return (f"I read it as \"{command.get('text')}\" but was only "
                f"{_pct(command.get('confidence', 0))} sure; I act on my own from "
                f"{_pct(command.get('sure', 0.7))}.")
    near = _nearest(detail)
    if not near or near[0][1] <= 0.0:
        return "no taught phrase came close, and it is not a device command I know."
    best, score = near[0]
    run, clarify = float(t.get("run", 0.84)), float(t.get("clarify", 0.63))
    if len(near) > 1 and score >= run and score - near[1][1] < float(t.get("margin", 0.05)):
        return (f"{best} ({score:.2f}) and {near[1][0]} ({near[1][1]:.2f}) were too close "
                "to tell apart.")
    if score >= clarify:
        return f"{best} scored {score:.2f}; it takes {run:.2f} to run without asking."
    return f"the nearest, {best}, scored {score:.2f}, below the {clarify:.2f} needed even to ask."


RAN_AGAIN = "ran_again"
"""Set in a turn's detail by "run the last routine", "do that again": the routine run
last ran again."""
OFFERED = "offered from what was learned"
"""The outcome of a miss answered "did you mean R?" from the ledger, not the resolver."""
RENAMED = "offered by its name before a rename"
"""The outcome of a miss that was a routine's name before it was renamed."""


_ASKED_FIRST = {"confirmed": "I asked first, and you said yes.",
                "picked": "I asked which you meant, and you chose."}
"""How a device command asked about came to run (``detail["asked_first"]``, set by the
answer that ran it)."""


def describe(turn: Interaction, record_: Any | None) -> list[str]:
    """The explanation of one logged turn, from the log and its record (if any)."""
    detail: dict[str, Any] = dict(record_.detail) if record_ is not None else {}
    engine = record_.engine if record_ is not None else None
    verified = record_.verified if record_ is not None else True
    lines = [_heard(turn, engine)] if turn.heard else ["I heard nothing I could use."]
    action = detail.get("action") or {"run": "run_routine", "command": "run_command",
                                      "clarify": "ask", "reject": "reject"}.get(
        turn.decision, "dialogue")
    parts = detail.get("parts")
    if parts:
        lines += _parts_words(parts, ran=action in ("run_routine", "run_command"))
    elif action == Action.RUN_ROUTINE and detail.get("phrase"):
        lines += [_match_words(detail), _score_words(detail, ran=True)]
    elif action == Action.RUN_ROUTINE:
        why = "you asked for the routine I ran last" if detail.get(RAN_AGAIN) else {
            "confirmed": "you said yes when I asked", "chosen": "you chose it"}.get(
            turn.outcome, "you confirmed it")
        lines.append(f"I ran {name_in_sentence(turn.routine or '')} because {why}.")
    elif action == Action.RUN_COMMAND and detail.get("asked_first") in _ASKED_FIRST:
        # (it said "66 % sure (I act on my own from 70 %)" of a command it asked about)
        c = detail.get("command") or {}
        lines.append(f"I read it as the device command \"{c.get('text', turn.heard)}\"; "
                     f"{_ASKED_FIRST[detail['asked_first']]}")
    elif action == Action.RUN_COMMAND:
        c = detail.get("command") or {}
        lines.append(f"I read it as the device command \"{c.get('text', turn.heard)}\", "
                     f"{_pct(c.get('confidence', turn.score))} sure (I act on my own from "
                     f"{_pct(c.get('sure', 0.7))}).")
    elif action == Action.ASK and turn.outcome == RENAMED:
        lines.append(f"\"{turn.heard}\" was the name of {name_in_sentence(turn.routine or '')} "
                     "until you renamed it, so I asked if you meant it.")
    elif action == Action.ASK and turn.outcome == OFFERED:
        lines.append(f"No taught phrase came close, but you have followed \"{turn.heard}\" "
                     f"with {name_in_sentence(turn.routine or '')} before, so I asked if you "
                     "meant it.")
    elif action in (Action.ASK, Action.REJECT):
        near = _nearest(detail)
        if near and near[0][1] > 0 and not detail.get("command"):
            lines.append("The nearest routines: " + spoken_list(
                f"{n} ({s:.2f})" for n, s in near[:3]) + ".")
        what = "I asked rather than acted" if action == Action.ASK else "I did nothing"
        lines.append(f"{what} because {_why_unsure(turn, verified, detail)}")
    else:
        lines.append(_dialogue_words(turn, detail))
    lines += steps_words(detail)
    lines += _fix_words(turn, detail, action)
    return [line for line in lines if line]


_DIALOGUE = {
    "undo": "You asked me to undo the last thing.",  # (what it put back: ``_undone_words``)
    "forgotten": "You asked me to forget {routine}, and said yes; \"undo\" brings it back.",
    "forget asked": "You asked me to forget {routine}; I asked first.",
    "kept": "You chose to keep {routine} as it was.",
    "renamed": "You asked me to rename {routine}, and I did.",
    "switched": "You asked me to switch {routine} on or off, and I did.",
    "switch kept": "You asked me to switch {routine} on or off; it already was.",
    "rename asked": "You asked me to rename {routine}, so I asked for the new name.",
    "which routine": "You asked me to change a routine without naming it, so I asked "
                     "which.",
    "phrase added": "You gave {routine} another phrase.",
    "phrase removed": "You took a phrase off {routine}.",
    "name taken": "The name you asked for was taken, so I asked what to do.",
    "teach": "You started teaching me something.",
    "confirmed": "You said yes to my question.",
    "declined": "You said no to my question, so I did nothing.",
    # while teaching (it was "That was part of our conversation (target); …")
    "target": "That was a step of the routine you were teaching me: nothing moved; it "
              "happens when the routine runs.",
    "say": "That was a step of the routine you were teaching me: words it will say.",
    "wait": "That was a step of the routine you were teaching me: a wait between its "
            "steps.",
    "phrase": "You gave me the phrase of the routine you were teaching me.",
    "removed": "You took a step out of the routine you were teaching me.",
    "saved": "You said yes, so I saved {routine}.",
}


_AWARE = {
    "schedule": "You asked me to change a routine's schedule, and I did; it changed no "
                "device then. Say \"what's scheduled?\" to hear the schedules.",
    "timer": "You asked me to set or cancel a timer, and I did; it changed no device "
             "then. Say \"what's scheduled?\" to hear the timers.",
    "hunch": "You answered my hunch about a device.",
}
"""A schedule, timer or hunch turn (outcome "awareness"), by what it was about."""


def _dialogue_words(turn: Interaction, detail: dict[str, Any]) -> str:
    undone = detail.get("undone")
    if turn.outcome == "undo" and undone:
        return _undone_words(undone)
    redone = detail.get("redone")
    if turn.outcome == "redo" and redone:
        return _redone_words(redone)
    if turn.outcome == "renamed" and detail.get("renamed to"):
        return (f"You asked me to rename {name_in_sentence(turn.routine or 'a routine')}; it "
                f"is now called {name_in_sentence(detail['renamed to'])}.")  # (was "it is now"
        # and the old name)
    known = _DIALOGUE.get(turn.outcome)
    if known is not None:
        return known.format(routine=name_in_sentence(turn.routine or "the routine"))
    if turn.outcome == "awareness" and detail.get("unset"):
        return str(detail["unset"])  # (a question asked back, a time refused: none set)
    if turn.outcome == "awareness":
        return _AWARE.get(detail.get("talk", ""), "That was about schedules, timers or "
                          "hunches; it changed no device.")
    # (no inner word in brackets: "(dialogue)", "(uses_device)" named nothing a person
    # said or could say)
    return "That was part of our conversation; it changed no device."


def _undone_words(undone: dict[str, Any]) -> str:
    """What the last undo put back and why ("You asked me to undo movie night, so I
    put back TV as it was before it ran.", "… so I brought back movie night (forgotten
    by "forget movie night")."; a rename undone: its names)."""
    if undone.get("nothing"):
        return "You asked me to undo the last thing, but there was nothing to undo."
    if undone.get("renamed"):
        back = (f", and brought back {name_in_sentence(undone['restored'])}"
                if undone.get("restored") else "")
        return (f"You asked me to undo the rename, so {name_in_sentence(undone['was'])} is "
                f"called {name_in_sentence(undone['renamed'])} again{back}.")
    if undone.get("phrase"):  # ("forget breeding road", then "undo")
        return (f"You asked me to undo taking \"{undone['phrase']}\" off "
                f"{name_in_sentence(str(undone.get('routine')))}, so it starts "
                f"{name_in_sentence(str(undone.get('routine')))} again.")
    if undone.get("restored"):
        by = f" (forgotten by \"{undone['by']}\")" if undone.get("by") else ""
        return f"You asked me to undo the last thing, so I brought back {undone['restored']}{by}."
    names = list(undone.get("devices") or [])
    ran = undone.get("what")  # (a routine's name, or a command as said)
    what = f"undo {ran}" if ran else "undo the last thing"
    # devices it could not put back: never heard before the run, or never confirmed the
    # change (it said "it had changed nothing" of a run that had turned a lamp on)
    left = [(n, "teachapp had not heard its state before the run")
            for n in undone.get("left") or []]
    left += [(n, "it never confirmed the change") for n in undone.get("unconfirmed") or []]
    unsaid = " ".join(f"I sent nothing to {n}: {why}, so there was nothing to put back."
                      for n, why in left)
    if not names:
        if left:
            return f"You asked me to {what}. {unsaid}"
        return f"You asked me to {what}; it had changed nothing, so nothing needed putting back."
    they = "it was" if names_singular(names) else "they were"  # ("Kitchen lights": they)
    return (f"You asked me to {what}, so I put back {spoken_list(names)} as {they} "
            f"before it ran.{' ' + unsaid if unsaid else ''}")


def _redone_words(redone: dict[str, Any]) -> str:
    """What a redo set again: "You asked me to redo what "undo" had put back, so I set
    TV again as "turn on the tv" had."."""
    names = list(redone.get("devices") or [])
    ran = redone.get("what")  # (a routine's name, or a command as said)
    if not names:
        return "You asked me to redo what \"undo\" had put back; it changed nothing."
    return (f"You asked me to redo what \"undo\" had put back, so I set "
            f"{spoken_list(names)} again{f' as {ran} had' if ran else ''}.")


def _parts_words(parts: list[dict[str, Any]], *, ran: bool) -> list[str]:
    said = []
    for part in parts:
        state = part.get("state", "")
        what = part.get("meaning") or "not understood"
        if state == "remark":  # (what is said beside a request: its reason)
            said.append(f"\"{part.get('text')}\" → the reason, nothing to do")
        elif state in ("question", "skipped"):
            said.append(f"\"{part.get('text')}\" → {state}: {what.rstrip('.')}")
        else:
            said.append(f"\"{part.get('text')}\" → {what} ({state})")
    if len(parts) == 1:  # one part: "turn it off", its "it" the devices last acted on
        head = ("I read \"it\" as the devices I last changed: " if ran else
                "I read \"it\" as the devices I last changed, and asked first: ")
    elif ran:
        head = "I split it into parts and ran them together: "
    else:
        why = ("one was not understood" if any(
            p.get("state") == "not understood" for p in parts) else "one was unsure")
        head = f"I split it into parts and ran none of them, because {why}: "
    return [head + "; ".join(said) + "."]


def _fix_words(turn: Interaction, detail: dict[str, Any], action: str) -> list[str]:
    if turn.feedback == "wrong":
        return ["You said it was wrong and I put things back."]
    if action in (Action.RUN_ROUTINE, Action.RUN_COMMAND) and detail.get("steps"):
        fixes = []
        if detail.get("undoable", True):  # nothing changed (every step failed, or all
            # was already so): nothing to put back
            fixes.append("say \"no\" or \"undo\" to put things back")
        origin = (detail.get("match") or {}).get("origin")
        if origin == PhraseOrigin.LEARNED:
            fixes.append(f"say \"that's not what I meant\" and I'll unlearn the alias "
                         f"\"{detail.get('phrase')}\"")
        fix = "; ".join(fixes)
        return [fix[:1].upper() + fix[1:] + "."] if fix else []
    if action == Action.REJECT and turn.heard:
        return [f"Say \"teach\" to teach me \"{turn.heard}\", or say it another way."]
    return []


_DID = frozenset({"undo", "redo", "forgotten", "renamed", "switched", "phrase added",
                  "phrase removed", "stopped", "awareness", "saved"})
"""Outcomes of turns that changed something besides a run or a device command: an undo,
a routine saved, forgotten, renamed or switched, a phrase given or taken, a wait
stopped, a schedule, timer or hunch answer (a routine just taught and saved was passed
over for the timer set before it)."""


def did_something(turn: Interaction) -> bool:
    """Whether ``turn`` ran a routine or a command or changed a routine (``_DID``): what
    "what did you do?" tells, past the questions answered since."""
    return turn.decision in ("run", "command") or turn.outcome in _DID


def explain_last(store: Store, *, missed: bool = False, ran: bool = False,
                 undone: bool = False, did: bool = False,
                 recorder: Recorder | None = None) -> list[str]:
    """The explanation of the newest turn that was not itself an explanation (of the
    newest ask or reject for "why didn't you…?", of the newest run for "what ran
    last?", of the newest undo for "why did you undo that?", of the newest turn that
    did something for "what did you do?"), from the database."""
    for turn in store.interactions(limit=50):
        if did and not did_something(turn):
            continue
        if turn.outcome in _TALK or turn.outcome in _SMALL_TALK \
                or turn.outcome == NOTHING_ASKED:
            continue
        if undone and turn.outcome != "undo":
            continue
        if ran and turn.decision not in ("run", "command"):
            continue
        if missed and turn.decision not in ("clarify", "reject") \
                and turn.outcome not in ("declined",):
            continue
        assert turn.id is not None
        details = recorder.details([turn.id]) if recorder is not None \
            else turn_details(store, [turn.id])
        return describe(turn, details.get(turn.id))
    if missed:
        return explain_last(store, recorder=recorder) if store.interactions(limit=1) else [
            "I haven't turned anything down yet."]
    if ran:
        return ["Nothing has run lately." if store.interactions(limit=1)
                else "Nothing has run yet."]
    if undone:
        return ["I haven't undone anything lately: I only put things back when someone "
                "says \"undo\" or \"that's wrong\"."]
    if did and store.interactions(limit=1):
        return ["I haven't changed anything lately: I have only answered questions."]
    return ["I haven't done anything yet."]


def explained_history(store: Store, *, limit: int = 300, before: int | None = None,
                      recorder: Recorder | None = None
                      ) -> list[tuple[Interaction, list[str]]]:
    """The newest turns (older than turn ``before``, when given), each with its
    explanation (the window's history, a page at a time)."""
    turns = store.interactions(limit=limit, before=before)
    ids = [t.id for t in turns if t.id is not None]
    records = recorder.details(ids) if recorder is not None else turn_details(store, ids)
    return [(t, describe(t, records.get(t.id or 0))) for t in turns]

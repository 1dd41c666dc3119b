"""``teachapp listen`` and ``teachapp models``: the speech layer from the terminal."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from typing import Any

from ..errors import AudioError, ModelError, TeachappError
from ..settings import Settings
from .support import emit_json, open_store, say_line

__all__ = ["register"]

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    listen = subparsers.add_parser(
        "listen", help="recognise speech from a WAV file or the microphone",
        description="Recognise one WAV file (--wav) or listen to the microphone until "
                    "Ctrl-C; in command mode each utterance is resolved like `resolve`.")
    listen.add_argument("--wav", metavar="FILE", help="a WAV file (any rate, any channels)")
    listen.add_argument("--mode", choices=("command", "teach"), default="command",
                        help="command: only taught phrases (default); teach: any words")
    listen.add_argument("--json", action="store_true",
                        help="print the resolve object plus transcript and timings")
    listen.set_defaults(func=cmd_listen)

    models = subparsers.add_parser("models",
                                   help="list, install or choose speech models (Vosk, Whisper)")
    actions = models.add_subparsers(dest="models_command", metavar="{list,install,use}")
    actions.required = True
    show = actions.add_parser("list", help="the installed models and the official small ones")
    show.add_argument("--json", action="store_true", help="one JSON object per model")
    show.set_defaults(func=cmd_models_list)
    install = actions.add_parser("install", help="download the official small Vosk model "
                                 "for LANG, or whisper-tiny.en")
    install.add_argument("lang", metavar="LANG", help="a language code, e.g. en, de, ko (see "
                         "'models list'), or whisper-tiny.en")
    install.add_argument("--url", help="download from this address instead (a zip)")
    install.add_argument("--sha256", metavar="HEX", help="the zip's expected SHA-256")
    install.set_defaults(func=cmd_models_install)
    use = actions.add_parser("use", help="use the Vosk or Whisper model in folder PATH")
    use.add_argument("path", metavar="PATH", nargs="?",
                     help="an unpacked model folder (not the zip)")
    use.add_argument("--lang", help="its language, when the folder name does not say")
    use.add_argument("--default", action="store_true",
                     help="forget the folder chosen before and use the models teachapp "
                          "finds itself (for English, the Whisper model it comes with)")
    use.set_defaults(func=cmd_models_use)


# -- listen -------------------------------------------------------------------------
def _engine(args: argparse.Namespace, settings: Settings) -> tuple[Any, list[str]]:
    """The engine chat and the window decide with (its resolver's thresholds from
    settings) and what the recogniser listens for: the list the window and chat use
    (``talk.listening_vocabulary``)."""
    from ..conversation import load_engine
    from ..conversation.talk import listening_vocabulary
    from ..home import CollectingSpeaker

    engine = load_engine(args, settings=settings, speaker=CollectingSpeaker())
    engine.assistant.prepare_resolver()
    store = engine.store
    return engine, listening_vocabulary(store.phrases_by_use(),
                                        [d.name for d in store.devices()])


def _report(transcript: Any, assistant: Any, mode: str, as_json: bool) -> None:
    from ..conversation import Action, TurnInput

    timings = {k: round(v, 1) for k, v in transcript.timings.items()}
    out: dict[str, Any] = {}
    # What the conversation reads: the words with the pauses between clauses kept.
    turn = TurnInput.from_transcript(transcript)
    choice = None
    if mode == "command" and assistant is not None:
        started = time.perf_counter()
        # chat's own decision (``Assistant.preview``): the resolver after the closed-set
        # rule (a grammar's unverified guess is asked about, never run) and the device
        # commands ("turn on the lamp" was "Decision: reject", though chat runs it)
        choice = assistant.preview(turn)
        resolve_ms = (time.perf_counter() - started) * 1000
        timings["resolve"] = round(resolve_ms, 1)
        timings["end_of_speech_to_decision"] = round(
            transcript.timings.get("end_of_speech_to_final", 0.0) + resolve_ms, 1)
        out = choice.resolution.to_dict()
        out["utterance"] = transcript.text  # (the contract's: the transcript's words)
        out["action"] = str(choice.action)
        if choice.command is not None:
            out["command"] = choice.command.text
        # what chat does with it before the resolver, read by chat's own list of readers:
        # a timer, schedule talk, talk about routines, a device question answered
        talk = assistant.preview_reader(turn, choice)
        if talk is not None:  # chat would run nothing now
            out.update(decision="reject", routine=None, talk=talk, action="talk")
            out.pop("command", None)
        else:  # words chat offers to learn ("Shall I learn it?"), said as such
            offered = assistant.preview_offer(turn, choice)
            if offered is not None:
                out["offer_teach"] = offered
    out.update({"transcript": transcript.text,
                "transcript_punctuated": turn.text,
                "confidence": None if transcript.confidence is None
                else round(transcript.confidence, 4),
                "engine": transcript.engine, "timings": timings,
                "verified": transcript.verified,
                "verification": None if transcript.verification is None
                else round(transcript.verification, 4)})
    if mode == "teach":
        out["transcript_alternatives"] = list(transcript.alternatives)
    if as_json:
        emit_json(out)
        return
    shown = transcript.text or "(nothing recognised)"
    conf = "" if transcript.confidence is None else f" (confidence {transcript.confidence:.2f})"
    say_line(f"Heard: {shown}{conf} [{transcript.engine}]")
    for alt in transcript.alternatives:
        say_line(f"  or: {alt}")
    if "decision" in out:
        target = f" {out['routine']}" if out["routine"] else ""
        say_line(f"Decision: {out['decision']}{target} (score {out['score']:.2f})")
        if out.get("talk"):  # (said only by --json's "talk": a timer heard read "reject")
            say_line(f"Chat answers it itself ({out['talk']}); no routine runs.")
        elif choice is not None and choice.command is not None:
            # (a device command: the resolver's "reject" alone read as "nothing done")
            done = "runs" if choice.action == Action.RUN_COMMAND else "asks before it runs"
            say_line(f"Chat {done} the device command \"{choice.command.text}\" "
                     f"(confidence {choice.command.confidence:.2f}); no routine runs.")
        elif out.get("offer_teach"):  # (a "reject" alone read as nothing said back)
            say_line(f"Chat offers to learn it: I don't know \"{out['offer_teach']}\". "
                     "Shall I learn it?")


def cmd_listen(args: argparse.Namespace) -> int:
    from ..speech import recognize_wav

    settings = Settings()
    engine: Any = None
    phrases: list[str] = []
    if args.mode != "command":  # (any words: no phrases, no decision)
        open_store(args).close()  # (the database still made or upgraded first)
    else:
        engine, phrases = _engine(args, settings)
    assistant = engine.assistant if engine is not None else None
    try:
        if args.wav:
            # recognize_wav reads the file first: a bad file fails before a model loads.
            transcript = recognize_wav(args.wav, mode=args.mode, phrases=phrases,
                                       settings=settings)
            _report(transcript, assistant, args.mode, args.json)
            return 0
        return _listen_live(args, settings, phrases, assistant)
    finally:
        if engine is not None:
            engine.close()


def _listen_live(args: argparse.Namespace, settings: Settings, phrases: list[str],
                 assistant: Any) -> int:
    from ..speech import Listener, list_input_devices

    if not list_input_devices():
        raise AudioError("No microphone found, so `listen` cannot hear anything; plug one "
                         "in, use `teachapp listen --wav FILE`, or type in `teachapp chat`.")
    failure: list[TeachappError] = []
    done = threading.Event()

    def on_error(exc: TeachappError) -> None:
        failure.append(exc)
        done.set()

    def on_partial(text: str) -> None:
        if not args.json and text:
            sys.stderr.write(f"\r… {text[-70:]:<72}")
            sys.stderr.flush()

    def on_final(transcript: Any) -> None:
        if not args.json:
            sys.stderr.write("\r" + " " * 76 + "\r")
        if transcript.text:
            _report(transcript, assistant, args.mode, args.json)

    listener = Listener(mode=args.mode, phrases=phrases, settings=settings,
                        on_partial=on_partial, on_final=on_final, on_error=on_error,
                        on_ready=lambda rec: print(
                            f"Listening with {rec.description}; Ctrl-C stops.",
                            file=sys.stderr))
    listener.start()
    try:
        while not done.wait(0.2) and listener.running:
            pass
    except KeyboardInterrupt:
        pass
    finally:
        listener.stop()
    if failure:
        raise failure[0]
    return 0


# -- models -------------------------------------------------------------------------
def cmd_models_list(args: argparse.Namespace) -> int:
    from ..speech.models import OFFICIAL_SMALL_MODELS, ModelManager

    manager = ModelManager(Settings())
    installed = manager.installed()
    configured = manager.configured()
    whisper = manager.find_whisper()

    def selected(info: Any) -> bool:
        chosen = whisper if info.engine == "whisper" else configured
        return chosen is not None and info.path == chosen.path

    if args.json:
        for info in installed:
            emit_json({"name": info.name, "lang": info.lang, "path": str(info.path),
                       "source": info.source, "ok": info.ok, "problem": info.problem,
                       "engine": info.engine,
                       "selected": selected(info)})
        return 0
    if not installed:
        say_line("No Vosk model is installed. English commands use PocketSphinx's built-in "
                 "model; a Vosk model recognises far better: `teachapp models install en`.")
    for info in installed:
        mark = "*" if selected(info) else " "
        state = "ok" if info.ok else f"BROKEN: {info.problem}"
        say_line(f"{mark} {info.name:<32} {info.engine:<8} {info.lang or '?':<6} "
                 f"{info.source:<22} {state}")
        say_line(f"    {info.path}")
    say_line("Official small models (`teachapp models install LANG`): "
             + ", ".join(f"{m.lang} (~{m.size_mb} MB)" for m in OFFICIAL_SMALL_MODELS.values()))
    say_line("Whisper for English (commands and teaching; comes with teachapp): "
             "`teachapp models install whisper-tiny.en` fetches it again (~75 MB).")
    return 0


class _ProgressBar:
    """A one-line progress bar on stderr (tqdm when present, else plain text)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._bar: Any = None
        self._last = 0.0
        self._shown = False
        """A plain line was written: ``close`` ends it (and writes nothing else: an
        error before any figure, offline say, was printed after an empty line)."""
        try:  # looked up once: a failed import searches the disk on every call
            from tqdm import tqdm
        except ImportError:
            tqdm = None
        self._tqdm: Any = tqdm

    def __call__(self, done: int, total: int | None) -> None:
        if self._tqdm is not None:
            if self._bar is None:
                self._bar = self._tqdm(total=total, initial=done, unit="B", unit_scale=True,
                                       unit_divisor=1024, desc=self.label, file=sys.stderr)
            self._bar.update(done - self._bar.n)
            return
        now = time.monotonic()
        if now - self._last >= 0.5 or (total and done >= total):
            self._last = now
            share = f"{100 * done / total:5.1f} %" if total else ""
            sys.stderr.write(f"\r{self.label}: {done / 2**20:7.1f} MB {share}")
            sys.stderr.flush()
            self._shown = True

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._shown:
            sys.stderr.write("\n")
            self._shown = False


def cmd_models_install(args: argparse.Namespace) -> int:
    from ..speech.models import ModelManager

    manager = ModelManager(Settings())
    bar = _ProgressBar(f"model {args.lang}")
    cancel = threading.Event()
    try:
        info = manager.install(args.lang, progress=bar, cancel=cancel, url=args.url,
                               sha256=args.sha256)
    except KeyboardInterrupt:
        raise ModelError("Download interrupted; what arrived is kept, and running the same "
                         "install command again resumes it.") from None
    finally:
        bar.close()
    say_line(f"Installed the {info.lang} model in {info.path}.")
    return 0


def cmd_models_use(args: argparse.Namespace) -> int:
    from ..speech.models import ModelManager

    if args.default == bool(args.path):  # bad usage, as argparse says it: exit 2
        sys.stderr.write("teachapp models use: give a model folder (PATH), or --default "
                         "for the models teachapp finds itself.\nTry 'teachapp models use "
                         "--help'.\n")
        return 2
    if args.default:
        ModelManager(Settings()).use_default()
        say_line("teachapp will now recognise speech with the models it finds itself "
                 "(`teachapp models list` marks them).")
        return 0
    info = ModelManager(Settings()).use(args.path, lang=args.lang)
    say_line(f"teachapp will now recognise speech with the model in {info.path}"
             f" ({info.lang or 'language unknown'}).")
    return 0

"""``teachapp gui``: the window, or a PNG of it (``--screenshot``)."""

from __future__ import annotations

import argparse

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the window (or render it to a PNG)")
    p.add_argument("--screenshot", metavar="FILE",
                   help="render the window with the current database to a PNG and exit "
                        "(works without a display)")
    p.add_argument("--view", choices=("main", "teach", "editor", "history"), default="main",
                   help="what the screenshot shows (default: main)")
    p.add_argument("--routine", metavar="NAME", help="the routine the editor view opens")
    p.add_argument("--say", action="append", metavar="TEXT",
                   help="a typed turn before the screenshot (repeatable), e.g. "
                        "--say teach --say 'movie night'")
    p.add_argument("--size", type=_size, metavar="WxH", default=(1280, 820),
                   help="the screenshot's window size (default: 1280x820), e.g. 1024x768")
    p.set_defaults(func=cmd_gui)


def _size(text: str) -> tuple[int, int]:
    """"1024x768" -> (1024, 768); the window goes no smaller than 900x600."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size; write it as WIDTHxHEIGHT, "
                                         "e.g. 1024x768") from None
    return width, height


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt is imported only here, so every other command starts without it.
    from ..gui.app import run_gui, screenshot

    if args.screenshot:
        path = screenshot(args, args.screenshot)
        print(path)
        return 0
    return run_gui(args)

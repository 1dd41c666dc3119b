"""A word a recogniser writes without its apostrophe where the word without it is
another: "were freezing" for "we're freezing". Said first, "were" asks a question
("were the lights on?"), so the parser read "were freezing" as one and the app offered
to learn it; with a subject left out the question is no question, and "we are" is what
was said."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["were_as_we_are"]


def were_as_we_are(text: str, complains: Callable[[str], bool]) -> str | None:
    """``text`` with its first word "were" read as "we are", when that makes it say how
    the people feel (``complains``: "were freezing", "were so cold") and as written it
    does not; else None ("were the lights on" stays a question)."""
    words = text.split()
    if len(words) < 2 or words[0].casefold() != "were":
        return None
    said = " ".join(["we", "are", *words[1:]])
    return said if complains(said) and not complains(text) else None

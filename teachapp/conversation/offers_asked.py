"""The one rule for offering to learn words: asked once a session for the same words.

'I don't know "U". Shall I learn it?' (or, of a thing the home lacks, 'Shall I learn "U"
as a phrase of your own?') may be answered "yes", "no", or by showing what U means with a
command, which asks 'Shall "U" do that from now on?'. Declined, or passed over, the offer
was asked again every time the same words came back, and so, after a command, was the
second question ("flibber", "no", "flibber": "… Shall I learn it?" again). A person who
declined or passed over it has heard it: the same words are now said not known, with how
to teach them after all and nothing left open; with no offer open, a command next is no
showing either, so one rule covers both questions. Kept for the session, not the store: a
later session may ask once more.
"""

from __future__ import annotations

from ..store import phrase_key

__all__ = ["OffersAsked", "teach_later"]


class OffersAsked:
    """The words offered to be learned in this session (``phrase_key``)."""

    def __init__(self) -> None:
        self._asked: set[str] = set()

    def first(self, words: str) -> bool:
        """Whether the offer to learn ``words`` may be asked now: True the first time
        this session (and it is noted as asked), False after, answered or not."""
        key = phrase_key(words)
        if key in self._asked:
            return False
        self._asked.add(key)
        return True


def teach_later(words: str) -> str:
    """What is said in place of an offer made before: how to teach ``words`` after all."""
    return f"Say \"teach {words}\" to teach it to me."

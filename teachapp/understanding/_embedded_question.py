"""A wh-clause that is the object of "see" or "look", said by the speaker in a clause of their
own: "see how smart it is, lights on", "lights on, and after that we'll see how it goes",
"office mode, look how gauzy it is".

A wh-word opens a question when it opens its sentence ("how is it"). After a verb it may
open a subordinate clause instead, the verb's object (Quirk et al. 1985, "A Comprehensive
Grammar of the English Language", 15.5 on subordinate wh-interrogative clauses; Huddleston
& Pullum 2002, 11.5 on embedded questions): "we'll see how it goes" states what the
speakers will find out, "see how smart it is" bids someone watch; neither is put to the
listener, who is asked nothing. The matrix verb read here is "see" alone, bare (the
imperative, or after "let's") or after the speaker's own future ("we'll see", "i'll
see"): "did you see how ...", "can you see what ..." ask the listener, and keep their own
question cue ("did you", "can you"). The wh-clause must have its own subject and finite
verb ("how it goes", "how smart it is", "what happens"), so the wh-word is the clause's and
no word of a request; a clause beside the request that says a taught word is still read
by the other rules of :mod:`_clauses`.

"Look" takes a wh-clause too, only in the imperative that bids someone attend ("look how
gauzy it is", "look how fast they go"): an exclamative or interrogative clause as
the complement of a verb of perception (Huddleston & Pullum 2002, ch. 11 on exclamative
content clauses after "look" and "see"; Quirk et al. 1985, 15.5). Its wh-word opens no
question put to the listener, who is bid to look, not asked; "did you look how ..." keeps
the question of its own operator, as "see" does.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["embedded_wh"]

WH = frozenset({"how", "what", "whether", "where", "when", "who", "which", "if"})
"""Words that open a subordinate interrogative clause (15.5; "if" and "whether" of a
yes-no one)."""
SPEAKERS_FUTURE = (("we", "will"), ("i", "will"), ("let", "us"), ("we", "shall"),
                   ("i", "shall"))
"""The speaker's own future or the first-person imperative before "see" (contractions
expanded: "we'll" is "we will", "let's" "let us")."""
SUBJECTS = frozenset({"it", "that", "this", "they", "he", "she", "we", "you", "i",
                      "things", "everything"})
"""Pronoun subjects of the wh-clause (and the vague "things", "everything": "see how
things go")."""
FINITE = frozenset({"is", "are", "was", "were", "goes", "went", "does", "did", "works",
                    "looks", "turns", "happens", "happened", "comes", "pans", "go", "do",
                    "work", "look", "turn", "come", "pan", "will", "can", "gets", "get"})
"""Finite verbs a wh-clause after "see" says of its subject ("how it goes", "how smart it
is", "what happens", "how things pan out")."""


BIDDING = frozenset({"look"})
"""Verbs of perception that take a wh-clause in the bare imperative only ("look how gauzy it
is"; "we'll look how it goes" is no English)."""


def embedded_wh(words: Sequence[str]) -> int | None:
    """Where the wh-word stands that opens the object clause of "see" or "look" in
    ``words`` (a clause's words, contractions expanded), when "see" is bare or the
    speaker's own future, or "look" bare, and the wh-clause has its own subject and finite
    verb; else None (see the module docstring)."""
    for k in range(len(words) - 2):
        if (words[k] != "see" and words[k] not in BIDDING) or words[k + 1] not in WH:
            continue
        before = tuple(words[max(0, k - 2):k])
        bare = not k or (k == 1 and words[0] in ("and", "so"))
        if not bare and (words[k] in BIDDING or before not in SPEAKERS_FUTURE):
            continue
        rest = list(words[k + 2:])
        if rest and rest[0] in FINITE and words[k + 1] == "what":
            return k + 1  # ("what happens": the wh-word its subject)
        for m in range(min(2, len(rest))):
            # (a subject, maybe after one word the wh-word modifies: "how smart it is")
            if rest[m] in SUBJECTS and m + 1 < len(rest) and rest[m + 1] in FINITE:
                return k + 1
    return None

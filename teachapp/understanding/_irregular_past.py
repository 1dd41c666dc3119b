"""The past forms of irregular verbs, which end in no -ed: "the jockey's *fallen* off",
"movie night *made* my day", "..., and it *woke* the baby again".

A reader of a clause knows a verb in the past by its -ed; an irregular verb has a past or
a participle of its own (Quirk et al. 1985, "A Comprehensive Grammar of the English
Language", 3.11-3.17 and Appendix I), so the readers that must know the past read these
forms here: one list, the lexicon's ``told.past_forms`` and ``told.seen_to`` with the
verbs whose past is their base.
"""

from __future__ import annotations

from functools import lru_cache

from teachapp.understanding.normalize import bundled_section, tokens

__all__ = ["SAME_PAST", "past_forms"]

SAME_PAST = frozenset({"bet", "burst", "cast", "cost", "cut", "hit", "hurt", "let", "put",
                       "quit", "read", "set", "shed", "shut", "split", "spread", "upset",
                       "beat", "bit", "fed", "led", "lit", "hid", "had", "heard", "held",
                       "felt", "meant", "found", "told", "said", "sold", "paid", "laid",
                       "built", "sent", "bought", "brought", "thought", "taught",
                       "fought", "sought", "drove", "rode", "wrote", "spoke", "stole",
                       "chose", "flew", "grew", "drew", "knew", "rang", "sang", "sank",
                       "drank", "swam", "won", "wore", "stood", "sat", "slept", "kept",
                       "left", "lost", "made", "saw", "came", "ran", "gave", "took",
                       "got", "woke", "went", "broke", "fell", "froze", "threw",
                       "blew", "shook", "caught", "spent", "struck", "stuck", "swore",
                       "tore", "understood", "became", "began", "forgot", "forgave"})
"""Past forms of irregular verbs that end in neither -ed nor -s, those whose past is
their base among them ("let", "cost": Quirk et al. 1985, Appendix I): after the phrase
they make it a subject ("movie night *made* my day")."""


@lru_cache(maxsize=1)
def past_forms() -> frozenset[str]:
    """:data:`SAME_PAST` and the lexicon's irregular pasts of :mod:`_told`."""
    told = bundled_section("told") or {}
    words = {w for kind in ("past_forms", "seen_to") for said in told.get(kind) or ()
             for w in tokens(str(said))}
    return SAME_PAST | words

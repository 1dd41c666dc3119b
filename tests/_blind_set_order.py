"""The held-out resolver splits in the order they were made, and what each set was
written not to repeat of the sets before it: read from the earlier sets' own modules, so
no data test writes out (and keeps growing) a list of every earlier set's words.

A later set is added once, to :data:`SPLITS` (and to :data:`SAME_TIME` if it was made
beside another); every function here then works for it by name."""

from __future__ import annotations

import importlib
from types import ModuleType

SPLITS = (("dev", 0), ("held", 1), ("fresh", 7), ("third", 20), ("fourth", 30),
          ("fifth", 40), ("sixth", 50), ("seventh", 60), ("eighth", 70), ("ninth", 80),
          ("tenth", 90), ("eleventh", 110), ("twelfth", 120), ("thirteenth", 130),
          ("fourteenth", 140), ("fifteenth", 150), ("sixteenth", 160),
          ("seventeenth", 170), ("eighteenth", 180), ("nineteenth", 190),
          ("twentieth", 200), ("twentyfirst", 210), ("twentysecond", 220),
          ("twentythird", 230), ("twentyfourth", 240),
          ("twentyfifth", 250), ("twentysixth", 260), ("twentyseventh", 270),
          ("twentyeighth", 280), ("twentyninth", 290), ("thirtieth", 300),
          ("thirtyfirst", 310), ("thirtysecond", 320),
          ("thirtythird", 330), ("thirtyfourth", 340),
          ("thirtyfifth", 350), ("thirtysixth", 360),
          ("thirtyseventh", 370), ("thirtyeighth", 380),
          ("thirtyninth", 390), ("fortieth", 400),
          ("fortyfirst", 410), ("fortysecond", 420),
          ("fortythird", 430), ("fortyfourth", 440),
          ("fortyfifth", 450), ("fortysixth", 460),
          ("fortyseventh", 470), ("fortyeighth", 480),
          ("fortyninth", 490), ("fiftieth", 500),
          ("fiftyfirst", 510), ("fiftysecond", 520),
          ("fiftythird", 530), ("fiftyfourth", 540),
          ("fiftyfifth", 550), ("fiftysixth", 560),
          ("fiftyseventh", 570), ("fiftyeighth", 580),
          ("fiftyninth", 590), ("sixtieth", 600),
          ("sixtyfirst", 610), ("sixtysecond", 620))
"""Every split in the order it was made, with its first seed."""
SAME_TIME = {"sixteenth": "fifteenth", "twentieth": "nineteenth"}
"""Sets made beside another (neither saw the other's sentences when it was made)."""
WRITTEN_WITHOUT = {**{name: (other,) for name, other in SAME_TIME.items()},
                   "seventeenth": ("sixteenth",)}
"""Earlier sets whose words a set was written without: the one made beside it, and for
the seventeenth the sixteenth (made an hour before it, but its kinds and wrappers were
checked against the sixth to fifteenth only). The seventeenth's sentences are still
checked against the sixteenth's homes (that is :data:`SAME_TIME`'s)."""
FIRST_WITH_WORDS = "sixth"
"""The first held-out set with words of its own (a ``_resolver_<set>_text`` module)."""
FIRST_WITH_KINDS = "seventh"
"""The first set whose in-scope wrappers have kinds (the sixth has one list of
carriers)."""


def text_module(name: str) -> ModuleType:
    """The set's words: benchmarks/_resolver_<name>_text.py."""
    return importlib.import_module(f"_resolver_{name}_text")


def earlier_sets(name: str, since: str = FIRST_WITH_WORDS) -> tuple[str, ...]:
    """The held-out sets from ``since`` on made before ``name``, in order, those it was
    written without aside (:data:`WRITTEN_WITHOUT`): the ones whose words it was written
    not to repeat."""
    order = [split for split, _ in SPLITS]
    if name not in order:
        raise ValueError(f"{name!r} is no split of tests/_blind_set_order.py's SPLITS "
                         "(add a new set there)")
    before = order[order.index(since):order.index(name)]
    return tuple(n for n in before if n not in WRITTEN_WITHOUT.get(name, ()))


def earlier_wrapper_kinds(name: str) -> set[str]:
    """Every in-scope wrapper kind of the sets before ``name`` (:func:`earlier_sets`).

    Read, not written out: the earlier sets are frozen (tests/test_resolver_sets_unchanged.py
    hashes every home, and each case carries its kind), so a kind renamed or dropped
    there fails that test rather than hiding a repeat here."""
    return {kind for n in earlier_sets(name, FIRST_WITH_KINDS)
            for kind in text_module(n).WRAPPERS}

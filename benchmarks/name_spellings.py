"""How the resolver reads a name said in another spelling or another name said in its place.

    .venv/bin/python benchmarks/name_spellings.py [--list]

Reads benchmarks/data/name_spellings.yaml (pairs written before the rule they measure,
from name lists, not from the benchmark sets): for each pair, a home is taught "ring
TAUGHT", "feed TAUGHT", "message TAUGHT and dad" and a few routines of other shapes, and
"ring HEARD", "feed HEARD" and "message HEARD and dad" are said. Printed: the share of the
"same" pairs' utterances that run the taught routine, and of the "other" pairs' utterances
that run it (false accepts); ``--list`` names every utterance on the wrong side.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

PAIRS = Path(__file__).resolve().parent / "data" / "name_spellings.yaml"
SHAPES = ("ring {}", "feed {}", "message {} and dad")
OTHERS = (("lights off", "Lights off"), ("movie night", "Movie night"),
          ("lock all doors", "Lock up"), ("ring the bell for break", "Bell"))


def outcomes(heard: str, taught: str) -> list[tuple[str, bool]]:
    """Each utterance of ``heard`` in the place of ``taught``, and whether it ran
    ``taught``'s routine."""
    entries = [PhraseEntry(s.format(taught), f"{i} {taught}") for i, s in enumerate(SHAPES)]
    resolver = Resolver(entries + [PhraseEntry(p, r) for p, r in OTHERS])
    out = []
    for i, shape in enumerate(SHAPES):
        said = shape.format(heard)
        res = resolver.resolve(said)
        out.append((said, res.decision == "run" and res.routine == f"{i} {taught}"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="name the utterances missed")
    args = parser.parse_args()
    pairs = yaml.safe_load(PAIRS.read_text())
    for side, want in (("same", True), ("other", False)):
        results = [(h, t, said, ran) for h, t in pairs[side] for said, ran in outcomes(h, t)]
        runs = sum(ran for *_, ran in results)
        print(f"{side:5s} pairs {len(pairs[side])}: {runs}/{len(results)} utterances ran the "
              f"taught routine ({100 * runs / len(results):.1f} %)")
        if args.list:
            for _heard, t, said, ran in results:
                if ran != want:
                    print(f"    {said!r} (taught {t!r}) {'ran' if ran else 'did not run'}")


if __name__ == "__main__":
    main()

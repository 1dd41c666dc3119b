"""Every case of the held-out sets resolved with its punctuation removed, as a recogniser
or a typist with no pause marks would write it (the unmarked-boundary probe):

    J=1 python benchmarks/resolver_bare_dump.py OUT.json SPLIT[,SPLIT...]

Rows have the shape of /work/wt/tools/dump.py's ([split, seed, index, bare utterance,
kind, routine, decision, routine decided, reason]), so cmp.py and stats.py read them."""
import json
import os
import re
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "benchmarks"))
sys.path.insert(0, str(Path.cwd()))
SPLITS = {"dev": [0, *range(100, 110)], "held": [1, 2, 3], "fresh": [7, 8, 9]}
for _i, _name in enumerate(["third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                            "tenth"]):
    SPLITS[_name] = [20 + 10 * _i, 21 + 10 * _i, 22 + 10 * _i]
for _i, _name in enumerate(["eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                            "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
                            "twentyfifth"]):
    SPLITS[_name] = [110 + 10 * _i + k for k in range(3)]
MARKS = re.compile(r"[.,?!:;]")


def bare(utterance: str) -> str:
    """``utterance`` lower case with its punctuation gone and its spaces single."""
    return re.sub(r"\s+", " ", MARKS.sub(" ", utterance)).strip().lower()


def job(arg):
    split, seed = arg
    from _resolver_data import build_home

    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver
    home = build_home(seed, split=split)
    r = Resolver([PhraseEntry(text=p, routine=rt) for p, rt in home.phrases])
    rows = []
    for i, c in enumerate(home.cases):
        said = bare(c.utterance)
        res = r.resolve(said)
        rows.append([split, seed, i, said, c.kind, c.routine, res.decision, res.routine,
                     res.reason])
    return rows


if __name__ == "__main__":
    jobs = [(s, seed) for s in sys.argv[2].split(",") for seed in SPLITS[s]]
    with Pool(int(os.environ.get("J", "1"))) as p:
        rows = [r for rs in p.map(job, jobs, chunksize=1) for r in rs]
    with open(sys.argv[1], "w") as f:
        json.dump(rows, f)
    print(len(rows), "rows")

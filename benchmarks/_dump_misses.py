import sys, collections, random
sys.path.insert(0, "benchmarks")
from _resolver_data import build_home
from resolver import _entries
from teachapp.understanding import Resolver
split = sys.argv[1]; seeds = [int(s) for s in sys.argv[2].split(",")]
kinds = sys.argv[3].split("|") if len(sys.argv) > 3 else None
out = collections.defaultdict(list)
for seed in seeds:
    home = build_home(seed, split=split)
    r = Resolver(_entries(home.phrases))
    for c in home.cases:
        if c.routine is None: continue
        if kinds and c.kind not in kinds: continue
        res = r.resolve(c.utterance)
        if res.decision == "run" and res.routine == c.routine: continue
        out[c.kind].append((c.utterance, c.routine, res.decision, res.routine, res.reason))
for k, v in out.items():
    print("==", k, len(v))
    random.Random(0).shuffle(v)
    for x in v[:25]: print("  ", x)

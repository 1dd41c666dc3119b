"""Run every benchmark in this folder, one after another (``make bench``).

Each benchmark prints its own figures and writes benchmarks/results/<name>.json;
this runner adds a summary of which ones ran and how long each took. Pass
``--quick`` to run the short versions.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["resolver", "commands", "learning", "speech", "mqtt", "postgres", "gui", "crash", "soak"]


def main(argv: list[str]) -> int:
    extra = [a for a in argv if a.startswith("--")]
    only = [a for a in argv if not a.startswith("--")]
    names = [n for n in ORDER if (HERE / f"{n}.py").exists()]
    # (build_*.py rebuild a section of the lexicon from word lists: tools, not benchmarks)
    names += sorted(p.stem for p in HERE.glob("*.py")
                    if p.stem not in ORDER and p.stem != "run_all"
                    and not p.stem.startswith(("_", "build_")))
    if only:
        names = [n for n in names if n in only]
    summary = []
    for name in names:
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        script = HERE / f"{name}.py"
        # (--quick goes to the benchmarks that have a short version; the rest run whole)
        given = [a for a in extra if a != "--quick" or "--quick" in script.read_text()]
        status = subprocess.call([sys.executable, str(script), *given])
        summary.append((name, status, time.perf_counter() - start))
    print("\n=== summary ===")
    for name, status, seconds in summary:
        print(f"{name:<10} {'ok' if status == 0 else f'FAILED ({status})':<12} {seconds:7.1f} s")
    return 0 if all(status == 0 for _, status, _ in summary) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

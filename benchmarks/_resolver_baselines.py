"""The open-source matchers teachapp is compared with, reimplemented on rapidfuzz.

Each takes taught (phrase, routine) pairs and returns, for an utterance, the
decision ("run" or "reject"), the best routine and its score; none of them asks.

- ha_vosk: Home Assistant's Vosk add-on sentence correction: the taught sentence
  at the smallest weighted edit distance (insert 1, delete 1, substitute 3) wins,
  and with the default settings it is always used (forced match).
- rhasspy_fuzzywuzzy: Rhasspy's fuzzywuzzy recogniser: best ``fuzz.ratio``,
  accepted at 0.7 and above.
- closest_intent: hass-closest-intent style: best ``token_sort_ratio``, accepted
  at 70 and above.

And teachapp's own resolver as it was before issue 14 (``OLD_COMMIT``), loaded from
git history into a private package, so old and new are measured on the same data.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

Matcher = Callable[[str], tuple[str, str | None, float]]


def _clean(text: str) -> str:
    return " ".join("".join(c if c.isalnum() or c.isspace() else " " for c in text.lower()).split())


def ha_vosk(phrases: Sequence[tuple[str, str]]) -> Matcher:
    texts = [_clean(p) for p, _ in phrases]
    routines = [r for _, r in phrases]

    def match(utterance: str) -> tuple[str, str | None, float]:
        best = process.extractOne(_clean(utterance), texts, scorer=Levenshtein.distance,
                                  scorer_kwargs={"weights": (1, 1, 3)})
        if best is None:
            return "reject", None, 0.0
        return "run", routines[best[2]], float(best[1])

    return match


def _ratio_matcher(phrases: Sequence[tuple[str, str]], scorer, cutoff: float) -> Matcher:
    texts = [_clean(p) for p, _ in phrases]
    routines = [r for _, r in phrases]

    def match(utterance: str) -> tuple[str, str | None, float]:
        best = process.extractOne(_clean(utterance), texts, scorer=scorer)
        if best is None:
            return "reject", None, 0.0
        score = best[1] / 100.0
        return ("run" if score >= cutoff else "reject"), routines[best[2]], score

    return match


def rhasspy_fuzzywuzzy(phrases: Sequence[tuple[str, str]]) -> Matcher:
    return _ratio_matcher(phrases, fuzz.ratio, 0.70)


def closest_intent(phrases: Sequence[tuple[str, str]]) -> Matcher:
    return _ratio_matcher(phrases, fuzz.token_sort_ratio, 0.70)


BASELINES: dict[str, Callable[[Sequence[tuple[str, str]]], Matcher]] = {
    "ha-vosk (weighted edit, forced)": ha_vosk,
    "rhasspy fuzzywuzzy (ratio>=0.7)": rhasspy_fuzzywuzzy,
    "closest-intent (token_sort>=70)": closest_intent,
}


OLD_COMMIT = "f55702397eb2f7255543c1580b0b034c616b0df3"
"""main before issue 14: the resolver the issue measured."""
_OLD_FILES = ("normalize.py", "phonetic.py", "resolution.py", "scoring.py", "resolver.py",
              "data/lexicon.yaml")
_OLD_PACKAGE = "_teachapp_resolver_old"


def old_resolver_class() -> type | None:
    """The ``Resolver`` class of ``OLD_COMMIT``, or None when git or the commit is missing."""
    if _OLD_PACKAGE in sys.modules:
        return sys.modules[f"{_OLD_PACKAGE}.resolver"].Resolver
    repo = Path(__file__).resolve().parents[1]
    root = Path(tempfile.mkdtemp(prefix="teachapp-old-resolver-"))
    package = root / _OLD_PACKAGE
    (package / "data").mkdir(parents=True)
    try:
        for name in _OLD_FILES:
            text = subprocess.run(
                ["git", "-C", str(repo), "show", f"{OLD_COMMIT}:teachapp/understanding/{name}"],
                check=True, capture_output=True, text=True).stdout
            (package / name).write_text(text.replace("teachapp.understanding.", f"{_OLD_PACKAGE}."))
    except (OSError, subprocess.CalledProcessError):
        return None
    (package / "__init__.py").write_text("")
    sys.path.insert(0, str(root))
    return importlib.import_module(f"{_OLD_PACKAGE}.resolver").Resolver

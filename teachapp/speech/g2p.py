"""Letter-to-sound for words PocketSphinx's dictionary lacks, through espeak-ng.

espeak-ng's English rules give IPA (``--ipa=3`` ties multi-letter phonemes with a
zero-width joiner); this maps them onto the ARPAbet phones of the CMU model.
Without espeak-ng the caller reports the word instead of guessing.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from functools import lru_cache

__all__ = ["arpabet"]

log = logging.getLogger(__name__)

_TIE = "\u200d"
_DROP = set("ˈˌː.ˑ|‖-\u0329\u0361'ʔ ")
_IPA = {
    "i": "IY", "iː": "IY", "ɪ": "IH", "ᵻ": "IH", "e": "EH", "ɛ": "EH", "æ": "AE",
    "a": "AE", "ɑ": "AA", "ɒ": "AA", "ɔ": "AO", "o": "OW", "ʊ": "UH", "u": "UW",
    "ʌ": "AH", "ə": "AH", "ɐ": "AH", "ɚ": "ER", "ɜ": "ER", "ɝ": "ER",
    "eɪ": "EY", "aɪ": "AY", "ɔɪ": "OY", "aʊ": "AW", "oʊ": "OW", "əʊ": "OW",
    "ɪə": "IH R", "eə": "EH R", "ʊə": "UH R", "iə": "IY AH",
    "p": "P", "b": "B", "t": "T", "d": "D", "k": "K", "g": "G", "ɡ": "G", "f": "F",
    "v": "V", "θ": "TH", "ð": "DH", "s": "S", "z": "Z", "ʃ": "SH", "ʒ": "ZH", "h": "HH",
    "x": "HH", "m": "M", "n": "N", "ŋ": "NG", "l": "L", "ɫ": "L", "ɬ": "L", "ɹ": "R",
    "r": "R", "ɾ": "T", "w": "W", "j": "Y", "tʃ": "CH", "dʒ": "JH", "ɡʲ": "G",
}


def _tokens(ipa: str) -> list[str]:
    """IPA phonemes: characters tied by a zero-width joiner stay together."""
    out: list[str] = []
    tie = False
    for ch in ipa:
        if ch == _TIE:
            tie = True
            continue
        if ch in _DROP or ch.isspace():
            tie = False
            continue
        if tie and out:
            out[-1] += ch
        else:
            out.append(ch)
        tie = False
    return out


@lru_cache(maxsize=512)
def arpabet(word: str) -> str | None:
    """ARPAbet phones for an English word (``"ecobee"`` -> ``"EH K OW B IY"``), or None."""
    exe = shutil.which("espeak-ng") or shutil.which("espeak")
    if exe is None:
        return None
    try:
        done = subprocess.run([exe, "-q", "--ipa=3", "-v", "en-us", word],
                              capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("espeak-ng failed for %r: %s", word, exc)
        return None
    phones: list[str] = []
    for token in _tokens(done.stdout.strip()):
        mapped = _IPA.get(token) or _IPA.get(token.rstrip("ʲ"))
        if mapped is None and len(token) > 1:  # an unknown tie: map its letters one by one
            parts = [_IPA.get(c) for c in token]
            mapped = " ".join(p for p in parts if p) or None
        if mapped is None:
            log.info("no ARPAbet phone for %r in %r", token, word)
            return None
        phones.append(mapped)
    return " ".join(phones) or None

"""Spoken numbers to digits: "twenty one point five" -> "21.5", "one hundred" -> "100".

Recognisers write numbers as words; device commands need them as values. Pure
functions over token lists, so a caller can keep its own tokenisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["number_value", "ungrouped", "words_to_numbers"]

_GROUPED = re.compile(r"(?<!\d)(?<!\d,)\d{1,3}(?:,\d{3})+(?!\d)(?!,\d)")


def ungrouped(text: str) -> str:
    """``text`` with each number whose thousands are grouped written as one: "2,700 K" ->
    "2700 K", as recognisers write a number said ("two thousand seven hundred"). "1,2"
    and "7, 30" stay two numbers."""
    return _GROUPED.sub(lambda m: m.group(0).replace(",", ""), text) if "," in text else text

_UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_DIGITS = re.compile(r"^\d+(\.\d+)?$")


def number_value(token: str) -> float | None:
    """The value of a digit token ("80", "20.5"), or None."""
    if _DIGITS.match(token):
        return float(token)
    return None


def _format(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(round(value, 4))


def _read_integer(toks: Sequence[str], start: int) -> tuple[int, int] | None:
    """Read a spoken whole number at ``start``; (value, tokens used) or None."""
    total = 0
    current = 0
    i = start
    used_any = False
    last = ""  # "unit", "teen", "tens", "scale"
    while i < len(toks):
        tok = toks[i]
        if tok == "a" and i + 1 < len(toks) and toks[i + 1] in _SCALES and not used_any:
            current = 1
            used_any = True
            last = "unit"
            i += 1
            continue
        if tok == "and" and used_any and last == "scale" and i + 1 < len(toks) and (
                toks[i + 1] in _UNITS or toks[i + 1] in _TENS):
            i += 1
            continue
        if tok in _TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += _TENS[tok]
            last = "tens"
        elif tok in _UNITS:
            if tok == "oh" and not used_any:
                break
            value = _UNITS[tok]
            if last in ("unit", "teen") or (last == "tens" and value >= 10):
                break
            current += value
            last = "teen" if value >= 10 else "unit"
        elif tok in _SCALES and used_any:
            scale = _SCALES[tok]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            last = "scale"
        else:
            break
        used_any = True
        i += 1
    if not used_any:
        return None
    return total + current, i - start


def words_to_numbers(toks: Sequence[str]) -> list[str]:
    """Replace runs of number words with digit tokens; other tokens stay as they are.

    Handles "nineteen", "twenty one", "one hundred", "a hundred and five",
    "twenty one point five", "point five" and "20 point 5".
    """
    out: list[str] = []
    i = 0
    while i < len(toks):
        read = _read_integer(toks, i)
        whole: float | None = None
        if read is not None:
            whole, used = float(read[0]), read[1]
            i += used
        elif number_value(toks[i]) is not None:
            whole = number_value(toks[i])
            i += 1
        if whole is None:
            if toks[i] == "point" and i + 1 < len(toks) and (
                    toks[i + 1] in _UNITS or toks[i + 1].isdigit()):
                whole = 0.0  # "point five"
            else:
                out.append(toks[i])
                i += 1
                continue
        if i < len(toks) and toks[i] == "point" and float(whole).is_integer():
            digits: list[str] = []
            j = i + 1
            while j < len(toks):
                if toks[j] in _UNITS and _UNITS[toks[j]] < 10:
                    digits.append(str(_UNITS[toks[j]]))
                elif toks[j].isdigit():
                    digits.append(toks[j])
                else:
                    break
                j += 1
            if digits:
                whole = float(f"{int(whole)}.{''.join(digits)}")
                i = j
        out.append(_format(whole))
    return out

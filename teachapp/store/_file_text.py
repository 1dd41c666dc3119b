"""A routine file's bytes as text: UTF-8, or UTF-16/32 with a byte-order mark.

Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; the mark makes it
unambiguous, so such a file is read as it is. Any other bytes that are not UTF-8 (an
editor saving in Latin-1 or Windows-1252) are refused with the line they are on, shown
as such an editor meant it: guessing the encoding could change a name silently. A
file that is no text at all (a picture, an archive, a database) is named as such, not
taken for text in another encoding, and none of its bytes are echoed to the terminal.
"""

from __future__ import annotations

import codecs

from ..domain import shorten
from ..errors import RoutineFileError

__all__ = ["file_text"]

_MARKS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
          (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
          (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
"""Byte-order marks, longest first (UTF-32 LE's starts with UTF-16 LE's)."""
_SAVE = "save it as UTF-8 (in most editors: Save As, Encoding: UTF-8) and import it again"


def file_text(raw: bytes, name: str) -> str:
    """``raw`` decoded; RoutineFileError naming the line and the fix when it cannot be."""
    for mark, codec, label in _MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise RoutineFileError(name, f"it starts as {label} text but is not whole "
                                       f"{label} (at byte {exc.start:,}): it may be cut "
                                       f"short or damaged; {_SAVE}.") from exc
    if _bare_utf16(raw[:4096]):
        raise RoutineFileError(name, "it is UTF-16 text without a byte-order mark, which "
                               f"cannot be read safely; {_SAVE}.")
    binary = _binary(raw[:4096])
    if binary:
        raise RoutineFileError(name, binary)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RoutineFileError(name, _not_utf8(raw, exc.start)) from exc


def _bare_utf16(head: bytes) -> bool:
    """Mostly text of the Latin alphabet in UTF-16 without its mark: every other byte
    zero, on one side (not a photo or other binary file, whose zeros fall anywhere)."""
    head = head[:len(head) // 2 * 2]
    for zeros, letters, codec in ((head[1::2], head[0::2], "utf-16-le"),
                                  (head[0::2], head[1::2], "utf-16-be")):
        if zeros and zeros.count(0) > 0.7 * len(zeros) and letters.count(0) < len(letters) / 2:
            try:
                head.decode(codec)
            except UnicodeDecodeError:
                return False
            return True
    return False


_EXPORT = "give the .yaml or .json file that 'teachapp export' writes"
_ARCHIVES = (b"\x1f\x8b", b"PK\x03\x04", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf", b"Rar!",
             b"\x28\xb5\x2f\xfd")
"""The starts of gzip, zip, bzip2, xz, 7-Zip, RAR and zstd files."""
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")


def _binary(head: bytes) -> str | None:
    """Why ``head`` (a file's first bytes) is no text file, with the fix; None when it
    may be text. A NUL byte, or more than one byte in ten a control character, is what
    no text editor writes (UTF-16 and UTF-32 are caught before this)."""
    if head.startswith(b"SQLite format 3\x00"):
        return ("it is an SQLite database (a teachapp database or backup?), not a routine "
                "file. To put a backup in place: 'teachapp backup restore FILE'; to take "
                "its routines: 'teachapp --db FILE export routines.yaml', then import "
                "routines.yaml.")
    if head.startswith(_ARCHIVES):
        return ("it is a compressed archive, not a routine file; unpack it and import the "
                ".yaml or .json file inside.")
    controls = sum(1 for byte in head if byte < 0x20 and byte not in _TEXT_CONTROLS)
    if b"\x00" in head or controls * 10 > len(head):
        return f"it is not a text file (binary data, such as a picture or a program); {_EXPORT}."
    return None


def _not_utf8(raw: bytes, at: int) -> str:
    line = raw.count(b"\n", 0, at) + 1
    begin = raw.rfind(b"\n", 0, at) + 1
    end = raw.find(b"\n", at)
    shown = raw[begin:end if end >= 0 else len(raw)].decode("cp1252", "replace").strip()
    return (f"it is not UTF-8 text: line {line} (“{shorten(shown, 60)}”) was saved in "
            f"another encoding, such as Latin-1 or Windows-1252; {_SAVE}.")

"""The readers that take back a run are one table of rows (cue, reader, reason), asked in
order; a reader is asked only when its cue is heard, over one read of the utterance."""

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._taken_back import READERS, Row, taken_back
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver


def _taught(word: str) -> bool:
    return word in {"lock", "up", "tv", "time"}


def _taken_back(text: str, phrase: str = "lock up", readers: tuple[Row, ...] = READERS):
    return taken_back(text, default_lexicon(), phrase, _taught, readers)


def test_the_first_reader_that_finds_its_shape_gives_its_reason() -> None:
    asked: list[str] = []

    def never(read: RunRead) -> bool:
        asked.append("never")
        return False

    def always(read: RunRead) -> bool:
        asked.append("always")
        return True

    def heard(low: str) -> bool:
        return True

    readers = (Row(heard, never, "opinion"), Row(heard, always, "hypothetical"),
               Row(heard, always, "question"))
    assert _taken_back("lock up", readers=readers) == "hypothetical"
    assert asked == ["never", "always"]  # (none after the first that finds it)


def test_a_reader_whose_cue_is_not_heard_is_not_asked_and_nothing_is_read() -> None:
    def unasked(read: RunRead) -> bool:
        raise AssertionError("asked without its cue")

    readers = (Row(lambda low: "?" in low, unasked, "opinion"),)
    assert _taken_back("lock up please", readers=readers) is None


def test_the_readers_share_one_read() -> None:
    reads: list[RunRead] = []

    def keep(read: RunRead) -> bool:
        reads.append(read)
        return False

    readers = (Row(lambda low: True, keep, "opinion"), Row(lambda low: True, keep, "opinion"))
    assert _taken_back("Would you like me to LOCK UP", readers=readers) is None
    first, second = reads
    assert first is second
    assert first.lower == "would you like me to lock up"
    assert first.words is second.words
    assert first.first_word == first.words.index("lock")
    assert first.phrase_stems == ("lock", "up")


def test_a_reader_may_give_a_reason_of_its_own() -> None:
    readers = (Row(lambda low: True, lambda read: "question", "opinion"),)
    assert _taken_back("lock up, or not?", readers=readers) == "question"


def test_each_reader_of_the_table_reads_its_own_shape() -> None:
    said = {"tv time again? you're joking": ("tv time", "opinion"),
            "tv time again, you're joking": ("tv time", "opinion"),
            "lock up, should we?": ("lock up", "question"),
            "lock up should we": ("lock up", "question"),
            "picture me asking you to lock up": ("lock up", "hypothetical"),
            "i'll caption this photo lock up": ("lock up", "hypothetical"),
            "my back hurts after that yoga pose lock up": ("lock up", "hypothetical"),
            "shall i lock up for you?": ("lock up", "different_request"),
            "lock up, er, something else": ("lock up", "different_request"),
            "la la la, lock up, that's the chorus": ("lock up", "hypothetical"),
            "jobs for next week, lock up, then the hedges": ("lock up", "hypothetical"),
            "the parrot keeps muttering, lock up": ("lock up", "reported"),
            "the caretaker's saying, lock up": ("lock up", "reported"),
            "trade places, lock and up": ("lock up", "word_order"),
            "lock up, at midnight": ("lock up", "conditional"),
            "lock up please": ("lock up", None)}
    for text, (phrase, reason) in said.items():
        assert _taken_back(text, phrase) == reason, text
    assert [row.reason for row in READERS] == [
        "opinion", "opinion", "opinion", "opinion", "hypothetical", "hypothetical", "hypothetical",
        "hypothetical", "reported", "reported",
        "different_request", "different_request", "hypothetical", "word_order", "conditional"]


def test_only_the_echo_is_read_of_a_run_with_no_phrase_named() -> None:
    assert _taken_back("lock up again? seriously", "") == "opinion"
    assert _taken_back("shall i lock up for you?", "") is None


def test_the_resolver_takes_a_run_back_by_the_table() -> None:
    resolver = Resolver([PhraseEntry("lock up", "Lock up"), PhraseEntry("tv time", "TV")])
    assert resolver.resolve("lock up").decision == "run"
    for text, reason in (("shall i lock up for you?", "different_request"),
                         ("tv time again? you're joking", "opinion")):
        found = resolver.resolve(text)
        assert (found.decision, found.reason) == ("reject", reason), text
        assert found.taken_back, text


def test_only_a_run_taken_back_says_so() -> None:
    """A front end reads the whole of an utterance whose run was taken back as one (its
    other clauses speak of the phrase); any other answer says nothing of the kind."""
    resolver = Resolver([PhraseEntry("lock up", "Lock up")])
    for text in ("lock up", "don't lock up", "lock up and make tea", "bake a cake"):
        assert not resolver.resolve(text).taken_back, text
    assert resolver.resolve("lock up, so it's already locked").taken_back

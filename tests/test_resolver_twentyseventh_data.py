"""The twenty-seventh held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentyseventh.py) is well formed, and its labels hold: every kind
is in every home, no utterance carries two labels, in-scope cases keep every content
word of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of everyday household speech
whose kind, frame and distinctive words no earlier set has and none of whose words is a
word of a routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a
request for the same thing), the new out-of-scope kinds say the phrase in words the
labels keep, and its dataset sentences are rows said for someone else that no other
split uses. Half of the cases said beside a clause are there again as a recogniser
without punctuation writes them, and a quarter of the in-scope ones whose clause ends a
sentence again with that sentence end written as a comma, under kinds of their own,
with the very same words. Only the data is checked here: the set is run once, by the
lead, on the final resolver, and no test here asks the resolver anything. The earlier
sets' kinds, homes and words are read from their own modules
(tests/_blind_set_order.py), never written out here.

Checks every held-out set shares, and those of the sets made with
benchmarks/_resolver_made_here.py (every kind in every home, clauses said exactly beside
a phrase and about no routine, the new kinds' templates, misheard phrases and names
spelt otherwise, reasons, the snapshot), are one test over the sets in
tests/test_resolver_blind_sets.py (``MADE_HERE``, with this set's thresholds in
``MADE_HERE_AT_LEAST``); this file keeps the set's own."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _blind_set_checks as checks  # noqa: E402
import _blind_set_order as order  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_data import DATASETS  # noqa: E402
from _resolver_twentyseventh import (  # noqa: E402
    ASKING,
    CLAUSES,
    FOR_WHOM,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    for_someone,
    for_whom,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_twentyseventh_labels import LABELS  # noqa: E402
from _resolver_twentyseventh_text import (  # noqa: E402
    MULTI_WRAPPING,
    TWENTYSEVENTH_ROUTINES,
    WRAPPERS,
)

NAME = "twentyseventh"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-sixth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentyseventh set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "after", "as", "how", "into", "by", "can", "ever", "every", "get", "goes", "much",
    "never", "no", "then", "there's", "those", "who", "us", "she", "look", "ooh", "thanks",
    "thank", "two", "three", "twelve", "forty", "twenty", "once",
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "until",
    "till", "all", "this", "there", "one", "dear", "stuff", "easy", "fancy", "cheers",
    "from", "stop", "we", "shall", "like", "less", "going", "everybody",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words
("after", "by", "into", "once", "then"), pronouns and their contractions, number words,
forms of "be", "have", "do" and "say", the commonest verbs ("go", "got", "know", "see",
"stop"), fillers and mild interjections ("hmm", "honestly", "cheers", "dear"), and the
joins ("and", "so", "till")."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a misheard phrase beside everyday household speech", "pet in the room",
            "a tongue twister practised, said first", "a caption for a photo",
            "a recipe step read aloud, said first", "asking how it is spelt",
            "a password that says it", "asking for a rhyme for it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_line_of_a_forecast():
    # (the phrase breaks into a line of the forecast, which goes on after it; the
    # stretch before it is no whole line of the forecast kind said first)
    lines = {t.split("{}")[0].rstrip(". ").removesuffix(", then").removesuffix(", oh and")
             for t in WRAPPERS["a shipping forecast heard on the radio, said first"]}
    for template in WRAPPERS["in the middle of a shipping forecast heard"]:
        before, behind = template.split("{}")
        assert before.endswith(", ") and behind.startswith((", ", " and, ", " so, ")), template
        assert before.rstrip(", ") not in lines, template
        assert any(line.startswith(before.rstrip(", ")) for line in lines), template


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    assert all(re.search(r"\b(once upon|princess|giant|goldilocks|mermaid|wolf|cinderella"
                         r"|rapunzel)\b", s)
               for s in said["a bedtime story read to a child, said first"])
    assert all(re.search(r"\b(utsire|dogger|rockall|humber|lundy|biscay|cromarty|portland)\b",
                         s)
               for s in said["a shipping forecast heard on the radio, said first"])
    assert all(re.search(r"\b(spy|is it)\b|it was the", s)
               for s in said["a game of i-spy, said first"])
    assert all(re.search(r"\b(knight|castling|passant|rook|checkmate|bishop|stalemate"
                         r"|queen)\b", s)
               for s in said["a chess move announced, said after"])
    assert all(re.search(r"\b(bowled|googly|gully|stumped|maiden|edged|rain stops|umpire)\b",
                         s)
               for s in said["a cricket commentary heard on the radio, said after"])
    assert all(re.search(r"\b(wildebeest|cheetah|beetle|puffins|meerkats|orca|salmon"
                         r"|gorillas)\b", s)
               for s in said["a nature documentary heard on the telly, said after"])
    assert all(re.search(r"\b(grapevine|shuffle|turn|sashay|pivot|coaster|jazz|stomp)\b", s)
               for s in said["a line dance step called, said after"])
    # (the between kind says a poem of its own kind first and a chess move after)
    first = {t.split("{}")[0].rstrip(". ,").removesuffix(", then").removesuffix(", oh and")
             for t in kinds["a poem recited from memory, said first"]}
    after = {re.sub(r"^( and| so)?, ", "", t.split("{}")[1])
             for t in kinds["a chess move announced, said after"]}
    for template in kinds["between a poem recited and a chess move"]:
        before, behind = template.split("{}")
        assert before.rstrip(". ") in first, template
        assert re.sub(r"^( and| so)?, ", "", behind) in after, template
    # (several names, several shapes: no one sentence reads the kind)
    for kind, texts in said.items():
        assert len(set(texts)) == len(texts) >= 8, kind
        assert len({s.split()[0] for s in texts}) >= 4 or kind.startswith(
            "in the middle"), kind


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring ansel", "spray booth varnish lamp on",
                   "which ward am i portering tomorrow", "whittling",
                   "quartet rehearsal at seven", "cathedral meeting at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "asking how to pronounce it": r"\bpron(oun|un)c",
        "singing it as a lyric": r"\b(la la|lyric|sings|song|sing|jingle)\b",
        "a chore planned for next week": r"\bnext (week|monday)\b",
        "naming something new after it": r"\b(naming|call|name|called|named|christened)\b",
        "counting its syllables or letters": r"\b(syllables|letters|vowels|consonants)\b",
        "handwriting practice with it": r"\b(writing|cursive|trace|handwriting|write)\b",
        "a web search for it, reported": r"\b(googled|searched|search|looked)\b",
        "a hangman puzzle of it": r"\bhang(man|ed)\b",
        "autocorrect changing it": r"\b(autocorrect|autocorrected|predictive)\b",
        "grammar homework about it": r"\b(verb|noun|grammar|preposition|subject)\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, TWENTYSEVENTH_ROUTINES, ("on", "rabbit", "pony", "hamster"),
        hours="four|six|seven|nine|ten")


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed tansy", "Tansy"), ("ring ansel", "Ansel"),
                     ("whittling", "Whittling"), ("purifier on", "Purifier"),
                     ("utility cupboard purifier on", "Cupboard"),
                     ("quartet rehearsal at seven", "Quartet")])
    for text in ("and the wolf huffed and puffed. ring ansel",
                 "whittling, castling kingside",
                 "i wandered lonely as a cloud. purifier on",
                 "is it the ceiling? frosty. whittling",
                 "utility cupboard purifier on, maiden over, yawn",
                 "rockall, malin, hebrides, gale warning. quartet rehearsal at 7",
                 "ring ansel, grapevine, heel jack",
                 "dogger, fisher, ring ansel, german bight, moderate",
                 "mistress mine, where are you roaming. whittling, bishop skewers the "
                 "knight, hmm",
                 "dogger fisher ring ansel german bight moderate",
                 "i wandered lonely as a cloud, purifier on",
                 "whittling the orca pod circles majestic"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring ansell", "ring ansel", "Ansel", taught.phrases)
    assert not LABELS.noisy_ok("ring angela", "ring ansel", "Ansel", taught.phrases)
    for text in ("how do you pronounce feed tansy", "la la la, whittling, that's the chorus",
                 "next week's jobs include purifier on",
                 "we're naming the new kitten ring ansel",
                 "how many syllables are in whittling",
                 "write feed tansy ten times in cursive",
                 "i googled purifier on and got nothing useful",
                 "my hangman answer was ring ansel",
                 "my phone autocorrected whittling again", "underline the verb in feed tansy",
                 "i wandered lonely as a cloud. my hangman answer was feed tansy",
                 "i wandered lonely as a cloud my hangman answer was feed tansy",
                 "purifier off", "quartet rehearsal at eight"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring morwenna") == ["ring morwena", "ring morwenner"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text cosima about the cello sale", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "{}, the cheetah stalks its prey", "feed tansy")
    assert not blind.fits(SET, "{}, castling kingside", "message morwenna")
    assert not blind.fits(SET, "{}, caught in the gully, astonishing",
                          "is the lime putty soft enough")
    assert not blind.fits(SET, "{}, monterey turn, clap", "gospel choir at seven")
    assert not blind.fits(SET, "rockall, malin, hebrides, gale warning. {}",
                          "boot room heater on")
    assert not blind.fits(SET, "and the wolf huffed and puffed. {}", "feed truffle")
    assert not blind.fits(SET, "i wandered lonely as a cloud. {}", "bedtime story")
    assert not blind.fits(SET, "goldilocks tasted the porridge. {}", "make breakfast")
    assert blind.fits(SET, "and the wolf huffed and puffed. {}", "ring ansel")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Dogger, fisher, feed tansy, german bight, moderate.") == \
        "dogger fisher feed tansy german bight moderate"
    assert unpunctuated("is it the ceiling? frosty. tansy's rug on") == \
        "is it the ceiling frosty tansy's rug on"
    assert unpunctuated("is it the ceiling? nuh-uh: la-di-da!") == \
        "is it the ceiling nuh uh la di da"
    assert unpunctuated("ring ansel") == "ring ansel"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("i wandered lonely as a cloud. ring ansel") == \
        "i wandered lonely as a cloud, ring ansel"
    assert paused("is it a teapot? no. is it a teaspoon? yes! feed tansy") == \
        "is it a teapot, no, is it a teaspoon, yes, feed tansy"
    assert paused("ozymandias, colossal wreck. ring ansel, castling kingside") == \
        "ozymandias, colossal wreck, ring ansel, castling kingside"
    assert paused("ring ansel, castling kingside") == "ring ansel, castling kingside"
    assert paused("is the lift working?") == "is the lift working?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_for_someone_else(homes):
    from _resolver_ninth import dataset_rows

    rows = {checks.words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    whom = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in checks.REAL:
                said = checks.words(case.utterance)
                assert for_whom(said) and could_say(said), case
                who = next(w for w in FOR_WHOM if said.endswith(f" {checks.words(w)}"))
                row = said[: -len(checks.words(who)) - 1]
                assert row in rows and row.split()[0] not in ASKING, case
                whom[who] += 1
    assert len(whom) == len(FOR_WHOM), whom


def test_a_row_is_said_for_someone():
    rows = [("Turn on the {}", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} like", ("place",), ("garden",), "slurp", "query"),
            ("set the {} for seven", ("device",), ("alarm",), "slurp", "set")]
    said = [t for t, _ in zip(for_someone(rows, random.Random(1)), range(60), strict=False)]
    assert all(t.startswith("turn on the lamp") for t in said)
    assert {t[len("turn on the lamp"):].lstrip(", ") for t in said} == set(FOR_WHOM)
    assert {t[len("turn on the lamp")] for t in said} == {",", " "}
    assert all(for_whom(checks.words(t)) for t in said)
    assert not for_whom("turn on the lamp") and not for_whom("for nan")
    assert list(for_someone([], random.Random(1))) == []


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the compressor off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off for nan")


def test_the_benchmark_reports_the_twentyseventh_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Tansy", ("a chess move announced, said after",
                                                  "in the middle of a shipping forecast "
                                                  "heard"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Tansy", "a hangman puzzle of it",
                                    "autocorrect changing it")

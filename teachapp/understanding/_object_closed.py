"""A clause of the speaker's own closed by its object right before a taught phrase, with no
pause written: "goldilocks tasted the porridge warm up the living room", "cromwell
dissolved the monasteries movie night", "an ogre bars the drawbridge wake up the house".

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a noun there may instead modify the phrase ("the kids want the bedroom | lights
off": a compound, Quirk et al. 1985, 17.104-17.108). One noun after an article or a
possessive that itself follows the clause's finite verb is that verb's object, a noun
phrase closed by its head: a verb takes one direct object (10.2 on complementation), so
after it the clause is over and the phrase is no part of it. Sure only when all of

- the words are a statement of the speaker's own (:func:`_own_clause.own_statement`,
  :func:`_said_before.own_sentence`: a subject and a finite verb of their own, no thing of
  the home, no time, no cue whose scope is the utterance);
- they end in a verb with the form of a finite one (-s, -ed, an irregular past), then a
  determiner, then one content word (its head, nothing left open);
- the verb takes no second object, nor a clause after its object ("i told the kids ...",
  "we owe the kids ...", "i'll bet a quid ...", "gave the dog ...": ditransitive verbs and
  verbs of telling, 16.55-16.58), and is no naming or routine-command verb ("named
  their wifi", "rechristen");
- the object is no person (who may be told or given the phrase), no noun of words or
  names (which the phrase may be in apposition to: "the phrase", "the subject", "the
  reg": 17.65-17.72) and no word that premodifies more often than it heads ("the whole
  ...": the phrase may be the head, 17.2).

A noun phrase after a preposition of place, direction or accompaniment closes its clause
as an object does ("arsenic was laced into the sherry", "trolleys must be returned to
the bays": an adjunct, 9.15-9.29), when nothing before it is a thing words are written
on or said in ("there's a sign on the door ...") nor a verb of two objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._bidden_after import SAME_PAST
from teachapp.understanding._cue_scope import people
from teachapp.understanding._own_clause import own_statement
from teachapp.understanding._said_before import own_sentence
from teachapp.understanding.normalize import Lexicon

__all__ = ["closed_by_object", "finite_form"]

Taught = Callable[[str], bool]

TWO_OBJECTS = frozenset({
    "give", "gives", "gave", "given", "owe", "owes", "owed", "bet", "bets", "tell", "tells",
    "told", "ask", "asks", "asked", "show", "shows", "showed", "shown", "teach", "teaches",
    "taught", "remind", "reminds", "reminded", "warn", "warns", "warned", "offer", "offers",
    "offered", "promise", "promises", "promised", "send", "sends", "sent", "bring",
    "brings", "brought", "buy", "buys", "bought", "lend", "lends", "lent", "hand", "hands",
    "handed", "pass", "passes", "passed", "wish", "wishes", "wished", "grant", "grants",
    "granted", "allow", "allows", "allowed", "let", "lets", "make", "makes", "made", "get",
    "gets", "got", "read", "reads", "sing", "sings", "sang", "write", "writes", "wrote",
    "leave", "leaves", "left", "cost", "costs", "save", "saves", "saved", "charge",
    "charges", "charged", "pay", "pays", "paid", "sell", "sells", "sold", "assure",
    "assures", "assured", "inform", "informs", "informed", "order", "orders", "ordered",
    "bid", "bids", "feed", "feeds", "fed", "keep", "keeps", "kept", "call", "calls",
    "called", "name", "names", "named", "want", "wants", "wanted", "need", "needs",
    "needed", "find", "finds", "found", "deny", "denies", "denied", "award", "awards",
    "awarded", "throw", "throws", "threw", "cook", "cooks", "cooked", "play", "plays",
    "played", "text", "texts", "texted", "message", "messages", "messaged", "email",
    "emails", "emailed", "wager", "wagers", "wagered", "say", "says", "said", "spell",
    "spells", "spelled", "spelt", "use", "uses", "used", "include", "includes", "included",
    "mention", "mentions", "mentioned", "type", "types", "typed", "label", "labels",
    "labelled", "labeled", "title", "titles", "titled", "dub", "dubs", "dubbed",
    "caption", "captions", "captioned", "tag", "tags", "tagged", "hashtag", "hashtags",
    "hashtagged", "post", "posts", "posted", "tweet", "tweets", "tweeted", "print",
    "prints", "printed", "sign", "signs", "signed", "paint", "paints", "painted", "carve",
    "carves", "carved", "engrave", "engraves", "engraved", "etch", "etches", "etched",
    "stitch", "stitches", "stitched", "embroider", "embroiders", "embroidered", "inscribe",
    "inscribes", "inscribed", "stamp", "stamps", "stamped", "chalk", "chalks", "chalked",
    "scrawl", "scrawls", "scrawled", "scribble", "scribbles", "scribbled", "christen",
    "christens", "christened", "nickname", "nicknames", "nicknamed", "rename", "renames",
    "renamed", "brand", "brands", "branded", "learn", "learns", "learned",
    "learnt", "practise", "practises", "practised", "practice", "practiced", "shout",
    "shouts", "shouted", "yell", "yells", "yelled", "whisper", "whispers", "whispered"})
"""Verbs that may take a second object or a clause after their first (Quirk et al. 1985,
16.55-16.58 on ditransitive and complex-transitive verbs; 16.63 on a clause after an
indirect object), and verbs whose object may be words or a name that the phrase says or
that words are put on ("captioned her photo ...", "painted the boat ...")."""
WORDING = frozenset({"phrase", "word", "words", "subject", "title", "name", "names", "line",
                     "lines", "caption", "password", "reg", "slogan", "motto", "sign",
                     "label", "tag", "wifi", "network", "message", "text", "note", "answer",
                     "question", "clue", "code", "command", "quote", "saying", "song",
                     "chant", "verb", "noun", "letters", "spelling", "joke", "punchline",
                     "headline", "tattoo", "plate", "menu", "list", "card", "chorus"})
"""Nouns of words, names and the things that carry them: the phrase after one may be
what it says, in apposition ("we learnt the phrase ...", "named their wifi ...")."""
CARRYING = WORDING | {"letter", "email", "poster", "sticker", "postcard", "banner", "cushion",
                      "mug", "shirt", "notice", "board", "screen", "book", "story", "film",
                      "advert", "sermon", "speech", "van"}
""":data:`WORDING` and the things words are written on or said in: said anywhere before an
adjunct, the phrase may be what they carry ("there's a sign on the door ...")."""
PLACING = frozenset({"in", "at", "by", "with", "from", "for", "to", "into", "onto",
                     "outside", "inside", "under", "behind", "through", "around", "near",
                     "beside", "against", "towards", "toward"})
"""Prepositions of place, direction and accompaniment that open an adjunct (Quirk et al.
1985, 9.15-9.29): a noun phrase after one is their object, closed by its head. Not the
particles of phrasal verbs ("turn off the ..."), nor those of time ("after the ...", which
may say when to run it), of topic or likeness ("about", "of", "like")."""
PREMODIFIERS = frozenset({"whole", "entire", "new", "old", "first", "last", "next", "same",
                          "other", "usual", "big", "little", "long", "short", "early",
                          "late", "weekly", "nightly", "daily", "annual", "proper", "real",
                          "full", "special", "extra", "best", "worst", "favourite",
                          "favorite", "main", "final", "second", "third",
                          "great", "good", "bad", "nice", "lovely", "quick", "quiet",
                          "regular", "normal", "monthly", "yearly", "family"})
"""Adjectives and nouns that premodify more often than they head ("the whole ...", "our
usual ...", "the family ..."): after one the phrase may be the head of its noun phrase
("we moved the whole movie night": Quirk et al. 1985, 17.2 on premodification), as it may
after an adjective in -ful, -ous, -less, -able or -ible."""


def finite_form(word: str) -> bool:
    """Whether ``word`` has the form of a finite verb: -ed, an irregular past, or the -s
    of a third person (not -ss, -us or -is: "glass", "chorus", "axis").
    Public: :mod:`_object_phrase` reads a finite verb so."""
    return (shape.verb_form(word, "ed") or word in SAME_PAST
            or (len(word) > 3 and word.endswith("s")
                and not word.endswith(("ss", "us", "is", "ous"))))


def closed_by_object(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words ``said`` before a phrase end in a clause closed by its
    object (see the module docstring)."""
    if len(said) < 4:
        return False
    verb, article, head = said[-3], said[-2], said[-1]
    if article not in shape.NP_DETERMINERS:
        return False
    if verb in PLACING:
        # (an adjunct closes it: "arsenic was laced into the sherry"; no verb of two
        # objects nor a noun of words anywhere, "a sign on the door ...")
        if not (CARRYING.isdisjoint(said) and TWO_OBJECTS.isdisjoint(said)):
            return False
    elif not finite_form(verb) or verb in TWO_OBJECTS:
        return False
    if not shape.content_word(head, lexicon, taught) or head in WORDING or relational(head):
        return False
    if head in PREMODIFIERS or head.endswith(("ful", "ous", "less", "able", "ible")):
        return False
    if head in people(lexicon) or (head.endswith("s") and head[:-1] in people(lexicon)):
        return False
    return own_statement(said, lexicon, taught) and own_sentence(said, lexicon, taught)

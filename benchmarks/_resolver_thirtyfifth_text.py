"""The words of the thirty-fifth held-out resolver set
(benchmarks/_resolver_thirtyfifth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a pigeon fancier's terrace with
a loft in the yard, where Miles races pigeons, with his wife Fern, their daughter Robin,
their son Dale, a whippet Barley and Ray from the pigeon club (seed 350); a handloom
weaver's cottage with a loom room, where Wynn weaves, with her husband Clay, their
daughter Skye, their son Reid, a tabby Bobbin and Pierce from the weavers' guild (351);
and a cobbler's flat over a shoe repair shop, where Buck mends shoes, with his wife
Hope, their daughter Holly, their son Mark, a dachshund Tacks and Kay who minds the
counter (352). Its people and pets are named with common words or with words that sound
like others ("ring miles", "message fern", "feed barley" beside "soak the barley", "feed
bobbin" beside "wind the bobbin", "feed tacks" beside "top up the tacks tin", "robin" in
a home of birds, "miles" as "myles", "reid" as "reed", "wynn" as "win", "skye" as "sky",
"kay" as "kaye", "tacks" as "tax", "mark" as "marc", "pierce" as "pearce"). Each teaches 22
of its own routines with the generic pool; the rest of its own pool, and the siblings in
``UNTAUGHT`` ("robin's swimming at seven" beside "robin's swimming at six", "heel grinder
off" beside "heel grinder on"), are never taught there. Phrases come in every shape: one
word ("basketing", "tapestry", "resoling"), two nouns ("nest bowls", "lease sticks",
"shoe trees", and "feed hoppers", whose first word is a verb elsewhere), nested ("loft
lights on" inside "pigeon loft lights on", "loom lamp on" inside "big loom lamp on",
"bench lamp on" inside "cobbling bench lamp on"), words shared across phrases ("lock the
loft door" and "loft extractor on", "lock the loom room" and "how dusty is the loom
room"), numbers and times ("robin's swimming at six", "mark's trumpet at nine"), places
("scullery radiator on", "conservatory radiator on", "cellar heater on"), verbs first ("soak
the barley", "card the fleece") and nouns first ("treats for the whippet"), questions
("how damp is the loft", "is the contact glue dry"), and a chore of several clauses
("we're off to the pigeon show so feed barley and ring ray and lock the loft door").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("pearce" for "pierce", "reed" for "reid", "tax" for "tacks"): the same person or pet,
so "feed tax" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a darts commentator on the telly first ("oche nerves
creeping in. X"), a soap opera on the telly first ("you're no son of mine. X"), a
sheepdog trial on the telly first ("a neat outrun. X"), wedding vows rehearsed first
("for richer, for poorer. X"), a motor racing commentator on the telly after ("X, into
the chicane"), a ballroom dancing judge on the telly after ("X, the foxtrot lacked
sparkle"), a fishing programme on the telly after ("X, the float's dipping"), a
gardening programme on the radio after ("X, deadhead the dahlias"); the phrase between a
darts call and a motor racing commentary, and the phrase said in the middle of a vow
being rehearsed, which goes on after it ("in sickness, X, in health"). Some are joined
with "and", "so", "then" or "oh and". No word of a clause but its function words is a
word of this set's pools or the generic pool, and its distinctive words are no earlier
set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a crossword answer, a band's name, a boat's name
painted on it, a film's last line, written on a doormat, a gift tag, a line of a
picture book, a typing test, a ouija board spelling it out, and a banner towed by a
plane.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {350: "pigeon fancier's terrace with a loft in the yard",
                         351: "handloom weaver's cottage with a loom room",
                         352: "cobbler's flat over a shoe repair shop"}

THIRTYFIFTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "pigeon fancier's terrace with a loft in the yard": {
        "Barley": ["feed barley", "treats for the whippet"],
        "Barley coat": ["brush barley's coat"],
        "Miles": ["ring miles", "call the pigeon fancier"],
        "Fern": ["message fern", "text fern"],
        "Fern and Robin": ["message fern and robin"],
        "Dale": ["tell dale his kit bag is packed"],
        "Ray": ["text ray about the race results"],
        "Ray ring": ["ring ray", "phone ray"],
        "Loft lights": ["loft lights on"],
        "Pigeon loft lights": ["pigeon loft lights on"],
        "Loft extractor": ["loft extractor on"],
        "Corn": ["has the corn been delivered"],
        "Birds home": ["are the birds home yet"],
        "Loft damp": ["how damp is the loft"],
        "Swimming": ["robin's swimming at six"],
        "Scouts": ["dale's scouts at seven"],
        "Race clock": ["where's my race clock"],
        "Soak barley": ["soak the barley", "put the barley to soak"],
        "Pigeon grit": ["order more pigeon grit"],
        "Leg rings": ["count the leg rings", "tally the leg rings"],
        "Perches": ["scrape the perches"],
        "Race basket": ["pack the race basket"],
        "Basketing": ["basketing", "basketing evening"],
        "Loft door": ["lock the loft door"],
        "Club fees": ["pay the pigeon club fees"],
        "Scullery radiator": ["scullery radiator on"],
        "Nest bowls": ["nest bowls"],
        "Feed hoppers": ["feed hoppers"],
        # long
        "Pigeon show": ["we're off to the pigeon show so feed barley and ring ray and lock "
                        "the loft door"],
    },
    "handloom weaver's cottage with a loom room": {
        "Bobbin": ["feed bobbin", "sachets for the tabby"],
        "Bobbin claws": ["clip bobbin's claws"],
        "Wynn": ["ring wynn", "call the weaver"],
        "Clay": ["message clay", "text clay"],
        "Clay and Skye": ["message clay and skye"],
        "Reid": ["tell reid his blazer is in the wardrobe"],
        "Pierce": ["text pierce about the guild exhibition"],
        "Pierce ring": ["ring pierce", "phone pierce"],
        "Loom lamp": ["loom lamp on"],
        "Big loom lamp": ["big loom lamp on"],
        "Dehumidifier": ["loom room dehumidifier on"],
        "Yarn": ["has the yarn order shipped"],
        "Dye pots": ["are the dye pots simmering"],
        "Loom room dusty": ["how dusty is the loom room"],
        "Ballet": ["skye's ballet at four"],
        "Chess": ["reid's chess at eight"],
        "Shuttle": ["where's my spare shuttle"],
        "Wind bobbin": ["wind the bobbin"],
        "Warp thread": ["order more warp thread"],
        "Heddles": ["count the heddles", "tally the heddles"],
        "Fleece": ["card the fleece", "get the fleece carded"],
        "Skeins": ["rinse the skeins"],
        "Tapestry": ["tapestry", "tapestry hour"],
        "Loom room": ["lock the loom room"],
        "Guild dues": ["pay the guild dues"],
        "Conservatory radiator": ["conservatory radiator on"],
        "Lease sticks": ["lease sticks"],
        "Tension weights": ["tension weights"],
        # long
        "Wool fair": ["we're going to the wool fair so feed bobbin and ring pierce and lock "
                      "the loom room"],
    },
    "cobbler's flat over a shoe repair shop": {
        "Tacks": ["feed tacks", "kibble for the dachshund"],
        "Tacks worm": ["worm tacks"],
        "Buck": ["ring buck", "call the cobbler"],
        "Hope": ["message hope", "text hope"],
        "Hope and Holly": ["message hope and holly"],
        "Mark": ["tell mark his school shoes are resoled"],
        "Kay": ["text kay about the saturday opening"],
        "Kay ring": ["ring kay", "phone kay"],
        "Bench lamp": ["bench lamp on"],
        "Cobbling bench lamp": ["cobbling bench lamp on"],
        "Heel grinder": ["heel grinder on"],
        "Leather": ["has the leather delivery come"],
        "Glue": ["is the contact glue dry"],
        "Shop chilly": ["how chilly is the shop"],
        "Gymnastics": ["holly's gymnastics at five"],
        "Trumpet": ["mark's trumpet at nine"],
        "Shoe last": ["where's my shoe last"],
        "Tacks tin": ["top up the tacks tin"],
        "Bootlaces": ["order more bootlaces", "restock the bootlaces"],
        "Key blanks": ["count the key blanks", "tally the key blanks"],
        "Stitching thread": ["wax the stitching thread"],
        "Resoling": ["resoling", "resoling session"],
        "Shop shutter": ["lock the shop shutter"],
        "Business rates": ["pay the business rates"],
        "Cellar heater": ["cellar heater on"],
        "Heel plates": ["heel plates"],
        "Shoe trees": ["shoe trees"],
        # long
        "Trade fair": ["we're heading to the trade fair so feed tacks and ring kay and lock "
                       "the shop shutter"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "pigeon fancier's terrace with a loft in the yard": {
        "Swimming seven": ["robin's swimming at seven"],
        "Scouts eight": ["dale's scouts at eight"],
        "Loft lights off": ["loft lights off"],
        "Pigeon loft lights off": ["pigeon loft lights off"],
        "Loft extractor off": ["loft extractor off"],
        "Unlock loft door": ["unlock the loft door"],
        "Ray entries": ["text ray about the race entries"],
        "Barley ears": ["brush barley's ears"],
        "Pigeon corn": ["order more pigeon corn"],
        "Leg bands": ["count the leg bands"],
        "Ledges": ["scrape the ledges"],
        "Scullery radiator off": ["scullery radiator off"],
    },
    "handloom weaver's cottage with a loom room": {
        "Ballet five": ["skye's ballet at five"],
        "Chess nine": ["reid's chess at nine"],
        "Loom lamp off": ["loom lamp off"],
        "Big loom lamp off": ["big loom lamp off"],
        "Dehumidifier off": ["loom room dehumidifier off"],
        "Unlock loom room": ["unlock the loom room"],
        "Pierce outing": ["text pierce about the guild outing"],
        "Bobbin whiskers": ["clip bobbin's whiskers"],
        "Weft thread": ["order more weft thread"],
        "Shuttles": ["count the shuttles"],
        "Rinse fleece": ["rinse the fleece"],
        "Conservatory radiator off": ["conservatory radiator off"],
    },
    "cobbler's flat over a shoe repair shop": {
        "Gymnastics six": ["holly's gymnastics at six"],
        "Trumpet ten": ["mark's trumpet at ten"],
        "Bench lamp off": ["bench lamp off"],
        "Cobbling bench lamp off": ["cobbling bench lamp off"],
        "Heel grinder off": ["heel grinder off"],
        "Unlock shop shutter": ["unlock the shop shutter"],
        "Kay sunday": ["text kay about the sunday opening"],
        "Tacks fleas": ["flea tacks"],
        "Insoles": ["order more insoles"],
        "Key tags": ["count the key tags"],
        "Stitching awl": ["wax the stitching awl"],
        "Cellar heater off": ["cellar heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the pigeon fancier's terrace
    {"we're off to the pigeon show so feed barley and ring ray and lock the loft door",
     "i'm leaving", "goodbye house", "feed barley", "ring ray", "lock the loft door"},
    {"feed barley", "treats for the whippet", "feed the whippet"},
    {"ring miles", "call the pigeon fancier", "ring the pigeon fancier"},
    # the weaver's cottage
    {"we're going to the wool fair so feed bobbin and ring pierce and lock the loom room",
     "i'm leaving", "goodbye house", "feed bobbin", "ring pierce", "lock the loom room"},
    {"feed bobbin", "sachets for the tabby", "feed the tabby"},
    {"ring wynn", "call the weaver", "ring the weaver"},
    # the cobbler's flat
    {"we're heading to the trade fair so feed tacks and ring kay and lock the shop shutter",
     "i'm leaving", "goodbye house", "feed tacks", "ring kay", "lock the shop shutter"},
    {"feed tacks", "kibble for the dachshund", "feed the dachshund"},
    {"ring buck", "call the cobbler", "ring the cobbler"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
whippet" where the whippet is Barley). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"miles", "fern", "robin", "robin's", "dale", "dale's", "barley", "barley's", "ray",
         "wynn", "clay", "skye", "skye's", "reid", "reid's", "bobbin", "bobbin's", "pierce",
         "buck", "hope", "holly", "holly's", "mark", "mark's", "tacks", "kay"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "miles": ("myles",), "fern": ("ferne",), "robin": ("robyn",), "robin's": ("robyn's",),
    "dale": ("dail", "dayle"), "dale's": ("dayle's",), "ray": ("rae", "rey"),
    "wynn": ("win", "wyn"), "skye": ("sky",), "skye's": ("sky's",), "reid": ("reed",),
    "reid's": ("reed's",), "pierce": ("pearce", "peirce"), "holly": ("hollie",),
    "holly's": ("hollie's",), "mark": ("marc",), "mark's": ("marc's",),
    "kay": ("kaye", "cay"), "tacks": ("tax",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: "pearce" is how a
recogniser writes the sounds of "pierce", "tax" those of "tacks"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",), "nine": ("quarter to nine",),
    # things and places
    "biscuits": ("chews",), "whippet": ("lurcher",), "brush": ("towel",), "coat": ("tail",),
    "pigeon": ("canary",), "fancier": ("breeder",), "kit": ("sports",), "bag": ("holdall",),
    "packed": ("unpacked",), "race": ("training",), "results": ("times",),
    "loft": ("aviary",), "extractor": ("radiator",), "corn": ("maize",),
    "delivered": ("ordered",), "birds": ("hens",), "home": ("inside",),
    "damp": ("draughty",), "swimming": ("diving",), "scouts": ("cubs",),
    "clock": ("timer",), "soak": ("sieve",), "grit": ("peas",), "leg": ("wing",),
    "rings": ("tags",), "scrape": ("sweep",), "perches": ("ledges",), "pack": ("empty",),
    "basket": ("crate",), "basketing": ("ringing",), "door": ("hatch",),
    "club": ("league",), "fees": ("raffle",), "scullery": ("pantry",), "nest": ("water",),
    "bowls": ("boxes",), "hoppers": ("troughs",), "show": ("auction",),
    "sachets": ("pouches",), "tabby": ("kitten",), "clip": ("file",), "claws": ("whiskers",),
    "weaver": ("spinner",), "blazer": ("tracksuit",), "wardrobe": ("airing cupboard",),
    "guild": ("craft",), "exhibition": ("outing",), "loom": ("sewing",),
    "big": ("small",), "dehumidifier": ("humidifier",), "yarn": ("needle",),
    "order": ("parcel",), "shipped": ("arrived",), "dye": ("stock",), "pots": ("vats",),
    "simmering": ("cooling",), "dusty": ("stuffy",), "ballet": ("tap",),
    "chess": ("judo",), "spare": ("best",), "shuttle": ("scissors",), "wind": ("unwind",),
    "warp": ("weft",), "thread": ("wool",), "heddles": ("shuttles",), "card": ("spin",),
    "fleece": ("mohair",), "rinse": ("dry",), "skeins": ("cones",),
    "tapestry": ("embroidery",), "dues": ("raffle",), "conservatory": ("summerhouse",),
    "lease": ("warping",), "sticks": ("pegs",), "tension": ("loom",),
    "weights": ("springs",), "wool": ("craft",), "fair": ("market",),
    "kibble": ("chews",), "dachshund": ("pug",), "worm": ("flea",), "cobbler": ("locksmith",),
    "school": ("work",), "shoes": ("boots",), "resoled": ("reheeled",),
    "saturday": ("monday",), "opening": ("closing",), "bench": ("desk",),
    "cobbling": ("sewing",), "heel": ("sole",), "grinder": ("buffer",),
    "leather": ("rubber",), "delivery": ("invoice",), "contact": ("super",),
    "glue": ("paint",), "dry": ("tacky",), "chilly": ("stuffy",), "shop": ("flat",),
    "gymnastics": ("trampolining",), "trumpet": ("violin",), "last": ("stretcher",),
    "tin": ("jar",), "bootlaces": ("insoles",), "key": ("padlock",),
    "blanks": ("fobs",), "wax": ("twist",), "stitching": ("tacking",),
    "resoling": ("stitching",), "shutter": ("till",), "business": ("water",),
    "rates": ("bill",), "cellar": ("attic",), "plates": ("grips",), "trees": ("horns",),
    "trade": ("craft",), "tally": ("weigh",), "hour": ("class",),
    "carded": ("spun",), "session": ("lesson",), "restock": ("sort",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("outhouse",), "sauna": ("jacuzzi",),
    "coffee": ("herbal tea",), "kettle": ("teasmade",), "movie": ("musical",),
    "barbecue": ("garden party",), "birthday": ("anniversary",), "vacuum": ("duster",),
    "christmas": ("easter",), "yoga": ("stretching",), "hallway": ("stairwell",),
    "fireplace": ("wood stove",), "porch": ("doorstep",), "office": ("study",),
    "sunset": ("twilight",), "bedside": ("reading",), "laundry": ("ironing",),
    "baby": ("grandbaby",), "homework": ("coursework",), "washing": ("tumble",),
    "bedroom": ("attic room",), "podcast": ("audiobook",), "story": ("rhyme",),
    "bath": ("shower",), "pool": ("lido",), "spa": ("pamper",),
    "study": ("exam",), "focus": ("quiet reading",), "relax": ("lie in",),
    "vacation": ("staycation",), "news": ("traffic",), "guests": ("grandparents",),
    "alarm": ("doorbell",), "quiet": ("lively",), "read": ("draw",),
    "reading": ("drawing",), "morning": ("midday",), "evening": ("teatime",),
    "bedtime": ("naptime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("robin's
swimming at ten to six" for "robin's swimming at six", "feed the lurcher"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_DARTS = [
    "oche nerves creeping in", "a shanghai looming", "treble after treble",
    "tungsten singing sweetly", "arrows huddled cosily", "bullseye, stupendous",
    "clinical, gobsmacking", "chalk it, marker",
]
_RACING = [
    "into the chicane", "the pitstop's botched", "slipstreaming the frontrunner",
    "a lockup at the hairpin", "the marshals are scrambling", "the undercut's worked",
    "the tyres are blistering", "the chequered flag flutters",
]
_VOWS = [
    ("to comfort and sustain", "whatsoever befalls us"),
    ("for richer", "for poorer"),
    ("in sickness", "in health"),
    ("to adore", "to cherish"),
    ("forsaking all others", "faithful evermore"),
    ("i solemnly vow", "to be thy lawful wedded spouse"),
    ("with this bangle", "i plight my troth"),
    ("till death parts us", "as scripture ordains"),
]

WRAPPERS: dict[str, list[str]] = {
    "a darts commentator on the telly, said first": [
        f"{d}. {{}}" for d in _DARTS[:5]
    ] + [f"{_DARTS[5]}! {{}}", f"{_DARTS[6]}, then {{}}", f"{_DARTS[7]}, oh and {{}}"],
    "a soap opera on the telly, said first": [
        "you're no son of mine! {}", "i know about the affair. {}",
        "that child isn't his. {}", "you've betrayed this family. {}",
        "get behind my bar, now. {}", "the inheritance is mine. {}",
        "how could you, with my bridesmaid, then {}",
        "this engagement is over, oh and {}",
    ],
    "a sheepdog trial on the telly, said first": [
        "a neat outrun. {}", "she's penned the flock. {}", "the gather is wavering. {}",
        "a stubborn ewe bolts. {}", "the crossdrive's ragged. {}",
        "crisp flanking commands. {}", "the shepherd's whistle carries, then {}",
        "the judges deduct for wide turns, oh and {}",
    ],
    "wedding vows rehearsed, said first": [
        f"{a}, {b}. {{}}" for a, b in _VOWS[:6]
    ] + [f"{_VOWS[6][0]}, {_VOWS[6][1]}, then {{}}",
         f"{_VOWS[7][0]}, {_VOWS[7][1]}, oh and {{}}"],
    "a motor racing commentator on the telly, said after": [
        f"{{}}, {r}" for r in _RACING[:6]
    ] + [f"{{}} and, {_RACING[6]}", f"{{}} so, {_RACING[7]}"],
    "a ballroom dancing judge on the telly, said after": [
        "{}, the foxtrot lacked pizzazz", "{}, impeccable footwork, encore",
        "{}, your rumba was divine", "{}, the tango's torso slumped",
        "{}, a sizzling cha cha", "{}, the quickstep's topline drooped",
        "{} and, glittering rhinestones", "{} so, a paso doble to savour",
    ],
    "a fishing programme on the telly, said after": [
        "{}, the float's dipping", "{}, a whopping carp", "{}, he's hooked a tench",
        "{}, the bream are shoaling", "{}, groundbait's working",
        "{}, the keepnet's filling", "{} and, a plump roach",
        "{} so, the maggots are wriggling",
    ],
    "a gardening programme on the radio, said after": [
        "{}, mulch the borders thickly", "{}, deadhead the dahlias",
        "{}, repot the seedlings", "{}, divide congested clumps",
        "{}, stake the delphiniums", "{}, aphids adore tender shoots",
        "{} and, harvest the tubers before frost", "{} so, the wormery loves cardboard",
    ],
    "between a darts call and a motor racing commentary": [
        f"{d}. {{}}, {r}" for d, r in zip(_DARTS[:5], _RACING[:5], strict=True)
    ] + [f"{_DARTS[5]}! {{}}, {_RACING[5]}",
         f"{_DARTS[6]}. {{}} and, {_RACING[6]}",
         f"{_DARTS[7]}. {{}} so, {_RACING[7]}"],
    "in the middle of wedding vows rehearsed": [
        f"{a}, {{}}, {b}" for a, b in _VOWS[:6]
    ] + [f"{_VOWS[6][0]}, {{}} and, {_VOWS[6][1]}",
         f"{_VOWS[7][0]}, {{}} so, {_VOWS[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYFIFTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("corn", "damp",
"glue"; not "loft", which "loft lights on" says too): a commentator's, a judge's or a
presenter's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_OCHE = _TELLY | {"game", "gaming", "count", "rings", "blanks", "heddles", "clock",
                  "pay", "fees", "dues", "rates", "club", "pub", "four", "five", "six",
                  "seven", "eight", "nine", "ten", "eleven", "chess"}
"""Requests darts on the telly could bear on (the telly, a score counted, a number
called, a club's money, a game)."""
_SOAP = _TELLY | {"message", "text", "tell", "ring", "phone", "call", "baby",
                  "fern", "hope", "clay", "holly", "robin", "skye", "dale", "reid",
                  "mark", "lock", "door", "shutter"}
"""Requests a soap opera could bear on (the telly, a family's messages and calls, a
door shut on someone)."""
_FLOCK = _TELLY | {"feed", "biscuits", "sachets", "kibble", "whippet", "tabby",
                   "dachshund", "dog", "cat", "barley", "bobbin", "tacks", "worm", "coat",
                   "claws", "birds", "pigeon", "loft", "door", "lock", "fleece", "card",
                   "wool", "home", "basket", "show"}
"""Requests a sheepdog trial could bear on (the telly, a dog or flock, a pen shut,
wool)."""
_VOWED = {"ring", "phone", "call", "message", "text", "tell", "rings", "fern", "hope",
          "clay", "holly", "miles", "buck", "wynn", "blazer", "wardrobe", "shoes",
          "trade", "show", "fair"}
"""Requests wedding vows could bear on (a partner rung or told, rings, what is worn)."""
_TRACK = _TELLY | {"race", "results", "clock", "basket", "basketing", "grinder",
                   "extractor", "heel", "show", "fair", "leaving", "goodbye", "away"}
"""Requests motor racing on the telly could bear on (the telly, a race and its clock,
a machine, a trip set off on)."""
_FLOOR = _TELLY | {"ballet", "gymnastics", "shoes", "heel", "bootlaces", "plates",
                   "blazer", "wardrobe", "skye", "holly", "trumpet", "shuttle", "show"}
"""Requests ballroom dancing on the telly could bear on (the telly, dancing and its
shoes, a dancer's daughter, a show)."""
_RIVER = _TELLY | {"feed", "biscuits", "sachets", "kibble", "worm", "hoppers", "corn",
                   "grit", "barley", "soak", "rinse", "dye", "basket", "swimming",
                   "bowls", "weights", "tension"}
"""Requests a fishing programme could bear on (the telly, feeding and bait, water, a
basket, weights)."""
_BORDER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
           "soak", "barley", "corn", "grit", "damp", "conservatory", "scullery",
           "cellar", "heater", "dehumidifier", "grow", "garden", "water", "sprinklers",
           "fleece", "trees", "sticks", "dusty", "delivered", "delivery"}
"""Requests a gardening programme on the radio could bear on (the radio, the garden and
its weather, what grows, the damp)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a darts commentator bears on the telly, a score and a number)
    **{oche: _OCHE for oche in ("oche", "shanghai", "treble", "tungsten", "arrows",
                                "bullseye", "clinical", "chalk it")},
    # (a soap opera bears on the telly and a family's calls and messages)
    **{soap: _SOAP for soap in ("son of mine", "affair", "child isn't", "betrayed",
                                "my bar", "inheritance", "bridesmaid", "engagement")},
    # (a sheepdog trial bears on the telly, dogs, a flock and a pen)
    **{trial: _FLOCK for trial in ("outrun", "penned", "gather", "ewe", "crossdrive",
                                   "flanking", "whistle", "wide turns")},
    # (wedding vows bear on a partner, rings and what is worn)
    **{vow: _VOWED for vow in ("befalls", "richer", "sickness", "cherish", "forsaking",
                               "solemnly", "troth", "scripture")},
    # (a commentator's, a judge's or a presenter's line after a request could be what
    # it is about or the words of a message; said after a question, an answer)
    **{track: _TRACK | _SAID_TO | _ASKED for track in (
        "chicane", "pitstop's", "slipstreaming", "hairpin", "marshals", "undercut's",
        "blistering", "chequered")},
    **{judge: _FLOOR | _SAID_TO | _ASKED for judge in (
        "foxtrot", "footwork", "rumba", "tango's", "cha cha", "quickstep's", "rhinestones",
        "paso doble")},
    **{angler: _RIVER | _SAID_TO | _ASKED for angler in (
        "float's", "carp", "tench", "bream", "groundbait's", "keepnet's", "roach",
        "maggots")},
    **{border: _BORDER | _SAID_TO | _ASKED for border in (
        "mulch", "dahlias", "seedlings", "clumps", "delphiniums", "aphids", "tubers",
        "wormery")},
}
"""Clauses that would bear on a phrase with one of these words ("ring miles" after a
vow may be ringing the one vowed to; "skye's ballet at four" after a darts call may be
the number called): never said around it, so the clause stays beside the request and
says nothing of it."""

OOS_WRAPPERS = [
    "oche nerves creeping in. {}", "{}, into the chicane",
    "i know about the affair. {}", "{}, the foxtrot lacked pizzazz",
    "a neat outrun. {}", "{}, the float's dipping",
    "for richer, for poorer. {}", "{}, deadhead the dahlias",
    "treble after treble. {}", "{}, the undercut's worked",
    "the gather is wavering. {}", "{}, a whopping carp",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "arrows huddled cosily. {}", "{}, the pitstop's botched",
    "you've betrayed this family. {}", "{}, your rumba was divine",
    "a stubborn ewe bolts. {}", "{}, groundbait's working",
    "to adore, to cherish. {}", "{}, stake the delphiniums",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("into the chicane"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("crossword", "doormat", "ouija",
"banner") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we", "what", "you", "your",
    "this", "then", "with", "its", "one", "no", "like", "as", "from", "hi", "hey",
    "us", "near", "i've", "there's", "their", "by", "just", "or", "will", "must",
    "should", "when", "our", "more", "under", "behind", "before", "after", "next",
    "get", "own", "we'll", "through", "take", "bring", "another", "see", "soon", "sorry",
    "thank", "yourself", "can", "any", "each", "every", "may", "these", "only", "but",
    "he", "he's", "she", "she's", "here's", "isn't", "you're", "would", "shall", "now",
    "where's", "some", "has", "how", "say", "than", "who", "i'm", "we're", "here",
    "there", "too", "doesn't", "you've", "far", "again", "give", "want", "onto", "round",
    "since", "once", "old", "left", "look", "till", "all", "up", "let", "we've", "few",
    "back", "top", "fancy", "first", "everybody", "into", "those", "they're", "which",
    "second", "go", "o", "yourselves", "himself", "his", "beyond", "could", "mine",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtyfifth_data.py none of an
out-of-scope template)."""

THIRTYFIFTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("fancier", "fancy er"), ("whippet", "whipit"), ("scullery", "scullary"),
    ("extractor", "extracter"), ("basketing", "basket ing"), ("perches", "purches"),
    ("hoppers", "hopers"), ("delivered", "deliverd"), ("swimming", "swiming"),
    ("dehumidifier", "de humidifier"), ("tapestry", "tapestree"), ("heddles", "headles"),
    ("skeins", "skanes"), ("conservatory", "conservatry"), ("exhibition", "exibition"),
    ("simmering", "simmring"), ("wardrobe", "wardrope"), ("ballet", "ballay"),
    ("dachshund", "dash hound"), ("cobbler", "cobler"), ("resoling", "re soling"),
    ("resoled", "re soled"), ("gymnastics", "jimnastics"), ("bootlaces", "boot laces"),
    ("grinder", "grinda"), ("stitching", "stiching"), ("leather", "lether"),
    ("trumpet", "trumpit"), ("chilly", "chilli"), ("cellar", "seller"),
]
"""The thirty-fifth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("pigeon loft", "pigeonloft"), ("loft lights", "loftlights"),
         ("kit bag", "kitbag"), ("race results", "raceresults"),
         ("race clock", "raceclock"), ("pigeon grit", "pigeongrit"),
         ("leg rings", "legrings"), ("race basket", "racebasket"),
         ("loft door", "loftdoor"), ("nest bowls", "nestbowls"),
         ("feed hoppers", "feedhoppers"), ("pigeon club", "pigeonclub"),
         ("loom lamp", "loomlamp"), ("loom room", "loomroom"), ("yarn order", "yarnorder"),
         ("dye pots", "dyepots"), ("warp thread", "warpthread"),
         ("lease sticks", "leasesticks"), ("tension weights", "tensionweights"),
         ("wool fair", "woolfair"), ("bench lamp", "benchlamp"),
         ("heel grinder", "heelgrinder"), ("contact glue", "contactglue"),
         ("shoe last", "shoelast"), ("tacks tin", "tackstin"), ("key blanks", "keyblanks"),
         ("shop shutter", "shopshutter"), ("business rates", "businessrates"),
         ("heel plates", "heelplates"), ("shoe trees", "shoetrees"),
         ("school shoes", "schoolshoes"), ("trade fair", "tradefair")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"dehumidifier": "de-humidifier", "whippet": "whipet", "dachshund": "daschund",
             "bootlaces": "boot-laces", "resoling": "re-soling", "resoled": "re-soled",
             "extractor": "extracter", "heddles": "heddels"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtyfifth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "embroider a {w} onto a hanky", "what's {w} in esperanto",
        "paint me a watercolour of a {w}", "do they call it a {w} in yorkshire too",
        "who sells a second hand {w} near here", "what did a {w} cost in nineteen fifty",
        "hum a nursery rhyme about a {w}", "write {w} in morse code",
    ],
    "routine command": [
        "wipe {p} off your memory for good", "talk me through what {p} involves",
        "think up a snappier handle for {p}", "make a copy of {p} for the allotment",
        "limit {p} to sunday afternoons", "add a beep before {p} starts",
        "when was {p} last altered", "tone {p} down a notch",
    ],
    "word order": [
        "first {b}, afterwards {a}", "{b} leads and {a} follows",
        "switch round {a} and {b}", "scrap {a}, loads of {b}",
        "shouldn't {a} precede {b}", "heaps of {b}, a pinch of {a}",
    ],
    "negation": [
        "let's not bother with {p}, cheers", "i'd rather we didn't {p} while grandad naps",
        "no chance of {p}, sunshine", "skip {p} while i'm at the chiropodist",
        "nope, no {p} tonight thanks", "leave it, no {p} at all today",
    ],
    "cancellation": [
        "park {p} till i say otherwise", "{p} can wait till after the wake",
        "scrap {p} for the rest of lent", "pause {p} till the plasterers go",
        "we'll manage without {p} just this once", "put {p} on hold till the bank holiday",
    ],
    "state question": [
        "is {p} going at this very moment", "has {p} got cracking yet or not",
        "did {p} go like clockwork", "is {p} done with or still chugging along",
        "has someone already taken care of {p} today", "did {p} honestly happen on tuesday",
    ],
    "past or story": [
        "the winter the pipes burst {p} packed up", "during the heatwave {p} went wonky twice",
        "my grandad used to {p} every new year's day", "at the wedding {p} went on for ages",
        "that whitsun {p} misbehaved all evening",
        "before the loft conversion we used to {p} by hand",
    ],
    "someone else's words": [
        "the milkman sang {p} down the path", "a lad on the tram bawled {p}",
        "my aunt ends every email with {p}", "a fella at the car wash mumbled {p}",
        "the crossing patrol man yelled {p} at the pupils",
        "our paperboy whistles {p} on his round",
    ],
    "contrast": [
        "{p} is only for bonfire night", "we only {p} when auntie visits",
        "{p} is a rare treat, not a weekly thing", "{p} is strictly a bank holiday thing",
        "we {p} solely on the first monday of the month", "{p} is saved for silver weddings",
    ],
    "hypothetical": [
        "suppose i begged and pleaded for you to {p}",
        "if i ever fancied {p}, could you manage it",
        "might you {p}, purely in theory", "if {p} started in the small hours "
        "would it wake the baby", "picture {p} happening at midnight",
        "what would you do if a burglar asked for {p}",
    ],
    "complaint": [
        "{p} is driving me barmy", "{p} failed us again on saturday",
        "{p} has been rubbish since the last update",
        "honestly i'm fed up to the back teeth with {p}",
        "{p} is a proper nuisance", "{p} keeps packing in halfway",
    ],
    "opinion": [
        "{p} is a real little treasure", "i'm dead pleased with {p}, truly",
        "{p} is a godsend, honestly", "{p} has made rainy weekends bearable",
        "{p} is your smartest trick by far", "{p} is brilliant, no word of a lie",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the vet",
        "poke me about {p} after tea",
        "make sure i don't forget to {p} on sunday", "give me a nudge to {p} in a bit",
        "stick {p} on the jobs list for thursday", "remind me about {p} around elevenses",
    ],
    "permission question": [
        "is my daughter's boyfriend allowed to {p}", "can the dog walker {p} by herself",
        "would the plumber be allowed to {p} by himself",
        "is my father-in-law allowed to {p} when he stays at christmas",
        "can the house sitter {p} without asking", "is our au pair allowed to {p}",
    ],
    # the thirty-fifth's own
    "a crossword answer": [
        "the crossword answer to fourteen across was {p}",
        "i'd never have guessed {p} for the crossword",
        "the cryptic crossword answer today is {p}",
        "does {p} fit the crossword grid",
        "grandma finished the crossword with {p}",
        "{p} was the last crossword answer i filled in",
    ],
    "a band's name": [
        "my nephew's ska band is called {p}",
        "there's a folk band named {p} playing at the pub",
        "they've renamed their band {p}, can you believe it",
        "{p} would be a brilliant name for a band",
        "the band on the festival poster was {p}",
        "have you heard of a band called {p}",
    ],
    "a boat's name painted on it": [
        "the narrowboat moored outside is called {p}",
        "someone painted {p} on the side of their boat",
        "there's a fishing boat in the harbour named {p}",
        "he's calling his new dinghy {p}",
        "the boat's stern said {p} in gold letters",
        "{p} is painted on the hull of that rowing boat",
    ],
    "a film's last line": [
        "the last line of the film was {p}",
        "the film ended with the hero saying {p}",
        "who knew a film would finish on {p}",
        "the final line of that old film is {p}",
        "{p} was the last thing said in the film before the credits",
        "the whole film builds up to the line {p}",
    ],
    "written on a doormat": [
        "our doormat says {p}",
        "the neighbours have a doormat that reads {p}",
        "who puts {p} on a doormat",
        "she bought a doormat with {p} written on it",
        "{p} is printed on the doormat at the back",
        "the new doormat just says {p} in big letters",
    ],
    "a gift tag": [
        "the gift tag on the present said {p}",
        "grandad wrote {p} on the gift tag",
        "why does this gift tag say {p}",
        "the tag on my parcel from santa read {p}",
        "{p} was scribbled on the gift tag",
        "she always writes {p} on her gift tags",
    ],
    "a line of a picture book": [
        "the picture book ends with the words {p}",
        "every page of that picture book says {p}",
        "the little one's picture book has a fox saying {p}",
        "i've read {p} in that picture book a hundred times",
        "{p} is her favourite line in the picture book",
        "the picture book from the library repeats {p}",
    ],
    "a typing test": [
        "my typing test made me type {p} over and over",
        "the typing tutor's practice sentence is {p}",
        "in my typing test i got {p} down at sixty words a minute",
        "the typing test kept showing {p}",
        "{p} was the sentence in my typing test",
        "for typing practice she keeps keying in {p}",
    ],
    "a ouija board spelling it out": [
        "the ouija board spelled out {p}",
        "at the seance the ouija board said {p}",
        "did the ouija board really spell {p}",
        "the kids swear the ouija board went {p}",
        "{p} came up on the ouija board at halloween",
        "my cousin moved the ouija board to spell {p}",
    ],
    "a banner towed by a plane": [
        "a plane flew over the beach towing a banner saying {p}",
        "the banner behind that little plane says {p}",
        "someone paid for a plane to trail a banner reading {p}",
        "did you see the plane with the {p} banner",
        "{p} was on the banner the plane dragged over the fair",
        "the aeroplane banner over the stadium read {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} nutmeg grater", "{} hostess trolley", "{} butter churn", "{} gravy jug",
    "{} welly rack", "{} toby jug", "{} sock drawer", "{} laundry basket",
    "{} key hook", "{} crumb tray",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the forty-eighth held-out resolver set
(benchmarks/_resolver_fortyeighth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a saddler's cottage with the
saddlery behind the stables, where Dandi makes saddles, with her wife Comfi, their son
Bendi, their daughter Cuddli, a cat Stirrup and a terrier Buckle (seed 480); a
chocolatier's flat above the chocolate shop, where Nutti makes chocolates, with her
husband Milki, their son Fruiti, their daughter Fizzi, a cat Praline and a whippet
Fondant (481); and a bell founder's house beside the casthouse, where Tinni casts bells,
with his wife Smoki, their daughters Shini and Chunki, a cat Clapper and a spaniel
Bronze (482). Its people and pets are named in ways no earlier set names them: after a
saddle's fitting ("feed stirrup" beside "polish the stirrup irons", "brush buckle" beside
"mend the brass buckle"), a chocolate's filling or icing ("feed praline" beside "pipe
the praline filling", "brush fondant" beside "ice the fondant fancies") or a bell's part
or metal ("feed clapper" beside "fit the new clapper", "brush bronze" beside "stack the
bronze ingots"); and with names a recogniser writes as another word in new ways: as a
smart grooming brush ("dandi" as "dandy", beside "clean the dandy brush"), as snug
("comfi" as "comfy", beside "plump the comfy cushions"), as pliable ("bendi" as "bendy",
beside "buy more bendy straws"), as soft to hug ("cuddli" as "cuddly", beside "wash the
cuddly toys"), as full of nuts ("nutti" as "nutty", beside "roast the nutty granola"), as
made with milk ("milki" as "milky", beside "temper the milky couverture"), as tasting of
fruit ("fruiti" as "fruity", beside "box the fruity truffles"), as sparkling ("fizzi" as
"fizzy", beside "chill the fizzy water"), as thin in sound ("tinni" as "tinny", beside
"hang the tinny wind chimes"), as smoked ("smoki" as "smoky", beside "buy the smoky
bacon crisps"), as gleaming ("shini" as "shiny", beside "polish the shiny brasses") and
as thick ("chunki" as "chunky", beside "knit the chunky jumper"). A name that is also a
word of another phrase of its home ("stirrup", "buckle", "praline", "fondant",
"clapper", "bronze") has no other spelling, so the word is never respelt as the name.
Each teaches 22 of its own routines with the generic pool; the rest of its own pool, and
the siblings in ``UNTAUGHT`` ("bendi's cricket at five" beside "bendi's cricket at
four", "stitcher off" beside "stitcher on"), are never taught there. Phrases come in
every shape: one word ("stitching", "tempering", "fettling"), two nouns ("saddle soap",
"piping bags", "loam bricks"), nested ("stitcher on" inside "harness stitcher on",
"conche on" inside "cocoa conche on", "crucible on" inside "casting crucible on"), words
shared across phrases ("lock the saddlery" and "saddlery light on", "feed stirrup" and
"polish the stirrup irons"), numbers and times ("bendi's cricket at four", "shini's
fencing at six"), places ("saddlery fan on", "mouldroom heater on", "casthouse fan on"),
verbs first ("temper the milky couverture", "knit the chunky jumper") and nouns first
("sardines for the siamese"), questions ("how many saddles are stitched", "how many bars
are wrapped", "how many bells are tuned"), and a chore of several clauses ("we're off to
the food fair so feed praline and give fizzi a ring and lock the mouldroom").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("dandy" for "dandi", "nutty" for "nutti", "tinny" for "tinni"): the same person, so
"phone nutty" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a rally co-driver's pace notes on the telly first
("acute left, over crest. X"), a beatboxer practising first, one word no dictionary of
the speaker's has ("bmtsskat! X"), calling the rabbits back into their hutch first
("bunnykins, bunnykins! X"), a toastmaster at a dinner first ("be upstanding, your
excellencies! X"), a discus commentator on the telly after ("X, the discus sails"), a
game of tiddlywinks at the table after ("X, squopped"), a remark on a squirrel at the bird
table after ("X, ooh, a squirrel on the birdfeeder"), a game of quoits at the fete after
("X, a leaner"); the phrase between a toastmaster's call and a quoits call ("be
upstanding, your excellencies! X, a leaner"), and the phrase said in the middle of a
rally co-driver's pace notes, which go on after it ("acute left, X, over crest"). Some
are joined with "and", "so", "then" or "oh and". No word of a clause but its function
words is a word of this set's pools or the generic pool, and its distinctive words are no
earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a goldfish named it, a square dance called it, a
carnival float named it, written on a luggage label, sprayed on a builder's skip,
printed on a raffle ticket, asking a park ranger about a trail called it, the retiring
postmaster's farewell speech quoting it, forbidden by the tenancy agreement, and the
phrase with an untaught request joined by "as well as".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

SADDLER = "saddler's cottage with the saddlery behind the stables"
CHOCOLATIER = "chocolatier's flat above the chocolate shop"
FOUNDER = "bell founder's house beside the casthouse"
HOMES: dict[int, str] = {480: SADDLER, 481: CHOCOLATIER, 482: FOUNDER}

FORTYEIGHTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    SADDLER: {
        "Stirrup": ["feed stirrup", "sardines for the siamese"],
        "Buckle": ["brush buckle"],
        "Dandi": ["ring dandi", "call the saddler", "phone dandi"],
        "Comfi": ["drop comfi a line", "send comfi a text"],
        "Comfi and Cuddli": ["message comfi and cuddli"],
        "Cuddli": ["give cuddli a ring", "give cuddli a bell", "call cuddli back"],
        "Bendi": ["tell bendi his cricket whites are in the airing cupboard"],
        "Bendi ring": ["give bendi a ring", "phone bendi"],
        "Bendi lift": ["ask bendi for a lift to the showground"],
        "Cuddli lasagne": ["tell cuddli her lasagne is ready"],
        "Cuddli lift": ["ask cuddli for a lift to the livery yard"],
        "Dandi entries": ["text dandi about the point to point entries"],
        "Comfi tickets": ["text comfi about the county show tickets"],
        "Comfi ring": ["give comfi a ring", "ring comfi back"],
        "Dandi keys": ["ask dandi for the horsebox keys"],
        "Stitcher": ["stitcher on"],
        "Harness stitcher": ["harness stitcher on"],
        "Saddlery fan": ["saddlery fan on"],
        "Stirrup irons": ["polish the stirrup irons"],
        "Brass buckle": ["mend the brass buckle"],
        "Dandy": ["clean the dandy brush"],
        "Comfy": ["plump the comfy cushions"],
        "Bendy": ["buy more bendy straws"],
        "Cuddly": ["wash the cuddly toys"],
        "Saddles": ["how many saddles are stitched"],
        "Leather": ["has the leather delivery arrived"],
        "Cricket": ["bendi's cricket at four"],
        "Netball": ["cuddli's netball at seven"],
        "Harness room": ["mop the harness room", "scrub the harness room"],
        "Saddle trees": ["count the saddle trees", "tally the saddle trees"],
        "Waxed thread": ["order more waxed thread", "restock the waxed thread"],
        "Stitching": ["stitching", "stitching night"],
        "Saddlery": ["lock the saddlery"],
        "Saddlery light": ["saddlery light on"],
        "Awl": ["sharpen the saddler's awl"],
        "Order book": ["file the order book"],
        "Saddle soap": ["saddle soap"],
        "Curry combs": ["curry combs"],
        # long
        "County show": ["we're off to the county show so feed stirrup and give cuddli a "
                        "ring and lock the saddlery"],
    },
    CHOCOLATIER: {
        "Praline": ["feed praline", "prawns for the mouser"],
        "Fondant": ["brush fondant"],
        "Nutti": ["ring nutti", "call the chocolatier", "phone nutti"],
        "Milki": ["drop milki a line", "send milki a text"],
        "Milki and Fruiti": ["message milki and fruiti"],
        "Fruiti": ["give fruiti a ring", "phone fruiti"],
        "Fizzi": ["tell fizzi her hockey stick is in the cloakroom"],
        "Fizzi ring": ["give fizzi a bell", "phone fizzi"],
        "Fizzi lift": ["ask fizzi for a lift to the wholesaler"],
        "Fruiti stew": ["tell fruiti his toad in the hole is ready"],
        "Nutti and Fizzi": ["message nutti and fizzi"],
        "Nutti lift": ["ask nutti for a lift to the farmers market"],
        "Milki card": ["send milki a congratulations card"],
        "Nutti beans": ["text nutti about the cocoa bean order"],
        "Milki hunt": ["text milki about the easter egg hunt"],
        "Milki ring": ["give milki a ring", "phone milki back"],
        "Conche": ["conche on"],
        "Cocoa conche": ["cocoa conche on"],
        "Mouldroom heater": ["mouldroom heater on"],
        "Bars": ["how many bars are wrapped"],
        "Cream": ["has the cream delivery arrived"],
        "Chess": ["fruiti's chess club at four"],
        "Hockey": ["fizzi's hockey at six"],
        "Praline filling": ["pipe the praline filling"],
        "Fondant fancies": ["ice the fondant fancies"],
        "Nutty": ["roast the nutty granola"],
        "Milky": ["temper the milky couverture"],
        "Fruity": ["box the fruity truffles"],
        "Fizzy": ["chill the fizzy water"],
        "Cocoa butter": ["stir the cocoa butter", "melt the cocoa butter"],
        "Gift boxes": ["count the gift boxes", "tally the gift boxes"],
        "Gold foil": ["order more gold foil", "restock the gold foil"],
        "Tempering": ["tempering", "tempering day"],
        "Mouldroom": ["lock the mouldroom"],
        "Mouldroom light": ["mouldroom light on"],
        "Packing room": ["sweep the packing room"],
        "Piping bags": ["piping bags"],
        "Cocoa nibs": ["cocoa nibs"],
        # long
        "Food fair": ["we're off to the food fair so feed praline and give fizzi a ring "
                      "and lock the mouldroom"],
    },
    FOUNDER: {
        "Clapper": ["feed clapper", "haddock for the calico"],
        "Bronze": ["brush bronze"],
        "Tinni": ["ring tinni", "call the bell founder", "phone tinni"],
        "Smoki": ["drop smoki a line", "send smoki a text"],
        "Smoki and Shini": ["message smoki and shini"],
        "Shini": ["give shini a ring", "phone shini"],
        "Chunki wellies": ["tell chunki her wellies are in the boot room"],
        "Tinni fork": ["text tinni about the tuning fork"],
        "Chunki": ["text chunki about the orchestra trip"],
        "Chunki ring": ["give chunki a ring", "phone chunki"],
        "Chunki lift": ["ask chunki for a lift to the cathedral"],
        "Smoki and Chunki": ["message smoki and chunki"],
        "Crucible": ["crucible on"],
        "Casting crucible": ["casting crucible on"],
        "Casthouse fan": ["casthouse fan on"],
        "New clapper": ["fit the new clapper"],
        "Bronze ingots": ["stack the bronze ingots"],
        "Tinny": ["hang the tinny wind chimes"],
        "Smoky": ["buy the smoky bacon crisps"],
        "Shiny": ["polish the shiny brasses"],
        "Chunky": ["knit the chunky jumper"],
        "Bells": ["how many bells are tuned"],
        "Loam": ["has the loam been delivered"],
        "Fencing": ["shini's fencing at six"],
        "Rugby": ["chunki's rugby at seven"],
        "Bell frames": ["dust the bell frames", "wipe the bell frames"],
        "Tuning forks": ["count the tuning forks", "tally the tuning forks"],
        "Casting sand": ["order more casting sand", "restock the casting sand"],
        "Fettling": ["fettling", "fettling evening"],
        "Casthouse": ["lock the casthouse"],
        "Casthouse light": ["casthouse light on"],
        "Pattern shelves": ["label the pattern shelves"],
        "Insurance": ["renew tinni's insurance policy"],
        "Loam bricks": ["loam bricks"],
        "Bell wheels": ["bell wheels"],
        # long
        "Steam rally": ["we're off to the steam rally so feed clapper and give shini a ring "
                        "and lock the casthouse"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    SADDLER: {
        "Cricket five": ["bendi's cricket at five"],
        "Netball eight": ["cuddli's netball at eight"],
        "Stitcher off": ["stitcher off"],
        "Harness stitcher off": ["harness stitcher off"],
        "Saddlery light off": ["saddlery light off"],
        "Unlock saddlery": ["unlock the saddlery"],
        "Dandi dressage": ["text dandi about the dressage entries"],
        "Linen thread": ["order more linen thread"],
        "Saddle flaps": ["count the saddle flaps"],
        "Stirrup treads": ["polish the stirrup treads"],
        "Sofa cushions": ["plump the sofa cushions"],
        "Saddlery fan off": ["saddlery fan off"],
    },
    CHOCOLATIER: {
        "Chess five": ["fruiti's chess club at five"],
        "Hockey seven": ["fizzi's hockey at seven"],
        "Conche off": ["conche off"],
        "Cocoa conche off": ["cocoa conche off"],
        "Mouldroom light off": ["mouldroom light off"],
        "Unlock mouldroom": ["unlock the mouldroom"],
        "Nutti vanilla": ["text nutti about the vanilla pod order"],
        "Silver foil": ["order more silver foil"],
        "Gift bags": ["count the gift bags"],
        "Hazelnut filling": ["pipe the hazelnut filling"],
        "Sparkling water": ["chill the sparkling water"],
        "Mouldroom heater off": ["mouldroom heater off"],
    },
    FOUNDER: {
        "Fencing seven": ["shini's fencing at seven"],
        "Rugby eight": ["chunki's rugby at eight"],
        "Crucible off": ["crucible off"],
        "Casting crucible off": ["casting crucible off"],
        "Casthouse light off": ["casthouse light off"],
        "Unlock casthouse": ["unlock the casthouse"],
        "Chunki choir": ["text chunki about the choir trip"],
        "Moulding clay": ["order more moulding clay"],
        "Copper ingots": ["stack the copper ingots"],
        "Brass chimes": ["hang the brass wind chimes"],
        "Tuning weights": ["count the tuning weights"],
        "Casthouse fan off": ["casthouse fan off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the saddler's cottage
    {"we're off to the county show so feed stirrup and give cuddli a ring and lock the "
     "saddlery", "i'm leaving", "goodbye house", "feed stirrup", "give cuddli a ring",
     "lock the saddlery"},
    {"feed stirrup", "sardines for the siamese", "feed the siamese"},
    {"ring dandi", "call the saddler", "ring the saddler", "phone dandi"},
    # the chocolatier's flat
    {"we're off to the food fair so feed praline and give fizzi a ring and lock the "
     "mouldroom", "i'm leaving", "goodbye house", "feed praline", "give fizzi a ring",
     "lock the mouldroom"},
    {"feed praline", "prawns for the mouser", "feed the mouser"},
    {"ring nutti", "call the chocolatier", "ring the chocolatier", "phone nutti"},
    # the bell founder's house
    {"we're off to the steam rally so feed clapper and give shini a ring and lock the "
     "casthouse", "i'm leaving", "goodbye house", "feed clapper", "give shini a ring",
     "lock the casthouse"},
    {"feed clapper", "haddock for the calico", "feed the calico"},
    {"ring tinni", "call the bell founder", "ring the bell founder", "phone tinni"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the siamese" where the siamese is Stirrup). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"stirrup", "buckle", "dandi", "comfi", "bendi", "bendi's", "cuddli", "cuddli's",
         "praline", "fondant", "nutti", "milki", "fruiti", "fruiti's", "fizzi", "fizzi's",
         "clapper", "bronze", "tinni", "tinni's", "smoki", "shini", "shini's", "chunki",
         "chunki's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a grooming brush, snug, pliable, soft to hug
    "dandi": ("dandy",), "comfi": ("comfy",), "bendi": ("bendy",), "bendi's": ("bendy's",),
    "cuddli": ("cuddly",), "cuddli's": ("cuddly's",),
    # written as full of nuts, made with milk, tasting of fruit, sparkling
    "nutti": ("nutty",), "milki": ("milky",), "fruiti": ("fruity",),
    "fruiti's": ("fruity's",), "fizzi": ("fizzy",), "fizzi's": ("fizzy's",),
    # written as thin in sound, smoked, gleaming, thick
    "tinni": ("tinny",), "tinni's": ("tinny's",), "smoki": ("smoky",),
    "shini": ("shiny",), "shini's": ("shiny's",), "chunki": ("chunky",),
    "chunki's": ("chunky's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "dandi" and "dandy", "comfi" and "comfy", "bendi" and
"bendy", "cuddli" and "cuddly", "nutti" and "nutty", "milki" and "milky", "fruiti" and
"fruity", "fizzi" and "fizzy", "tinni" and "tinny", "smoki" and "smoky", "shini" and
"shiny", "chunki" and "chunky" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter to five",), "five": ("twenty five past five",), "six": ("quarter to seven",),
    "seven": ("half past seven",), "eight": ("ten past eight",),
    # things and places
    "sardines": ("anchovies",), "siamese": ("burmese",), "brush": ("towel",),
    "lock": ("latch",), "saddler": ("tanner",), "text": ("fax",),
    "cricket": ("tennis",), "whites": ("pads",), "airing": ("linen",),
    "cupboard": ("basket",), "showground": ("racecourse",), "lasagne": ("moussaka",),
    "livery": ("riding",), "yard": ("school",), "entries": ("results",),
    "county": ("pony",), "tickets": ("passes",), "horsebox": ("trailer",),
    "keys": ("papers",), "stitcher": ("skiver",), "harness": ("bridle",),
    "saddlery": ("feed store",), "fan": ("vent",), "polish": ("buff",),
    "irons": ("bars",), "mend": ("swap",), "brass": ("steel",), "clean": ("soak",),
    "dandy": ("body",), "plump": ("beat",), "comfy": ("lumpy",), "cushions": ("pillows",),
    "buy": ("return",), "bendy": ("paper",), "straws": ("cups",), "wash": ("sort",),
    "cuddly": ("wooden",), "toys": ("blocks",), "saddles": ("bridles",),
    "stitched": ("oiled",), "leather": ("hay",), "netball": ("rounders",),
    "mop": ("hoover",), "scrub": ("paint",), "count": ("sort",), "tally": ("stack",),
    "saddle": ("hay",), "trees": ("racks",), "waxed": ("nylon",), "thread": ("twist",),
    "stitching": ("dyeing",), "sharpen": ("hone",), "awl": ("knife",), "file": ("check",),
    "book": ("ledger",), "soap": ("oil",), "curry": ("rubber",), "combs": ("brushes",),
    "prawns": ("cockles",), "mouser": ("ratter",), "chocolatier": ("baker",),
    "hockey": ("lacrosse",), "stick": ("bag",), "cloakroom": ("shed",),
    "wholesaler": ("printers",), "toad": ("shepherd's",), "hole": ("pie",),
    "farmers": ("flea",), "market": ("auction",), "congratulations": ("sympathy",),
    "card": ("note",), "cocoa": ("coffee",), "bean": ("sugar",), "easter": ("treasure",),
    "egg": ("map",), "hunt": ("trail",), "conche": ("mixer",), "mouldroom": ("dispatch",),
    "heater": ("radio",), "bars": ("boxes",), "wrapped": ("weighed",),
    "cream": ("milk",), "chess": ("drama",), "club": ("group",), "pipe": ("spread",),
    "filling": ("topping",), "ice": ("glaze",), "fancies": ("tarts",),
    "roast": ("weigh",), "nutty": ("oaty",), "granola": ("muesli",), "temper": ("grate",),
    "milky": ("bitter",), "couverture": ("compound",), "box": ("tray",),
    "fruity": ("minted",), "truffles": ("fudges",), "chill": ("pour",),
    "fizzy": ("still",), "stir": ("sift",), "melt": ("weigh",), "butter": ("powder",),
    "gift": ("shoe",), "boxes": ("tins",), "gold": ("copper",), "foil": ("ribbon",),
    "tempering": ("enrobing",), "sweep": ("mop",), "packing": ("sorting",),
    "piping": ("freezer",), "bags": ("nozzles",), "nibs": ("shells",),
    "food": ("craft",), "fair": ("festival",), "haddock": ("pollock",),
    "calico": ("bengal",), "founder": ("ringer",), "wellies": ("trainers",),
    "boot": ("utility",), "tuning": ("toasting",), "fork": ("rack",),
    "orchestra": ("geography",), "trip": ("concert",), "cathedral": ("abbey",),
    "crucible": ("blower",), "casting": ("melting",), "casthouse": ("pattern shop",),
    "fit": ("grease",), "stack": ("weigh",), "ingots": ("offcuts",), "hang": ("take down",),
    "tinny": ("bamboo",), "wind": ("door",), "chimes": ("bells",), "smoky": ("salted",),
    "bacon": ("cheese",), "crisps": ("nuts",), "shiny": ("dull",), "brasses": ("spoons",),
    "knit": ("darn",), "chunky": ("cotton",), "jumper": ("scarf",), "bells": ("clocks",),
    "tuned": ("sold",), "loam": ("coke",), "delivered": ("weighed",),
    "fencing": ("archery",), "rugby": ("badminton",), "dust": ("mend",),
    "frames": ("ropes",), "wipe": ("paint",), "forks": ("weights",), "sand": ("clay",),
    "fettling": ("grinding",), "evening": ("morning",), "label": ("empty",),
    "pattern": ("spare",), "shelves": ("drawers",), "renew": ("cancel",),
    "insurance": ("broadband",), "policy": ("contract",), "bricks": ("tiles",),
    "wheels": ("stays",), "steam": ("vintage",), "rally": ("fair",),
    # the generic pool's
    "dog": ("hamster",), "garage": ("loft",), "sauna": ("hot tub",),
    "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("quiz show",),
    "barbecue": ("bonfire",), "vacuum": ("dusting",),
    "yoga": ("stretching",), "hallway": ("stairwell",),
    "fireplace": ("stove",), "office": ("box room",),
    "sunset": ("sunrise",), "bedside": ("reading",), "laundry": ("ironing",),
    "baby": ("twins",), "homework": ("spelling",), "washing": ("ironing",),
    "bedroom": ("playroom",), "podcast": ("radio play",), "story": ("poem",),
    "pool": ("paddling pool",), "spa": ("salon",),
    "study": ("craft",), "focus": ("revision",), "relax": ("chill out",),
    "vacation": ("long weekend",), "news": ("traffic",), "guests": ("neighbours",),
    "quiet": ("lively",),
    "reading": ("drawing",),
    "bedtime": ("teatime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("bendi's
cricket at quarter to five" for "bendi's cricket at four", "feed the burmese"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_PACE_NOTES = [
    ("acute left", "over crest"),
    ("unwinds", "no fishtailing"),
    ("esses narrows", "into yump"),
    ("bumpy braking", "hug ditchside"),
    ("tightens", "cambered right"),
    ("kinks left", "caution ruts"),
    ("into yump", "acute left"),
    ("no fishtailing", "esses narrows"),
]
_BEATBOX = [
    "bmtsskat", "kachunkatss", "tktkpuhtss", "bmmpakah", "psshkaboom",
    "boomtsss, boomtsss", "kpfftbm", "dumtschak", "brrrtskitt",
]
_RABBITS = [
    "bunnykins, bunnykins", "flopsies, flopsies", "nibblers, nibblers",
    "hoppers, hoppers", "lopsies, lopsies", "thumpers, bunnykins", "rabbity, rabbity",
    "dutchies, flopsies", "lopsies, thumpers",
]
_TOASTMASTER = [
    "be upstanding, your excellencies", "distinguished diners, your goblets",
    "your worships, be upstanding", "esteemed diners, goblets upraised",
    "your excellencies, esteemed diners", "distinguished diners, be upstanding",
    "your worships, your goblets", "esteemed diners, be upstanding",
]
_QUOITS = [
    "a leaner", "that quoit's astray", "a leaner, jiggling", "the quoit's trundled",
    "a wobbler, leaning", "a clanger, metres from the peg", "a quoit flung askew",
    "the quoits clanked",
]

WRAPPERS: dict[str, list[str]] = {
    "a rally co-driver's pace notes on the telly, said first": [
        f"{a}, {b}. {{}}" for a, b in _PACE_NOTES[:6]
    ] + [f"{_PACE_NOTES[6][0]}, {_PACE_NOTES[6][1]}, then {{}}",
         f"{_PACE_NOTES[7][0]}, {_PACE_NOTES[7][1]}, oh and {{}}"],
    "a beatboxer practising, said first": [
        f"{_BEATBOX[0]}! {{}}", f"{_BEATBOX[1]}! {{}}", f"{_BEATBOX[2]}. {{}}",
        f"{_BEATBOX[3]}! {{}}", f"{_BEATBOX[4]}. {{}}", f"{_BEATBOX[5]}! {{}}",
        f"{_BEATBOX[6]}, then {{}}", f"{_BEATBOX[7]}, oh and {{}}", f"{_BEATBOX[8]}! {{}}",
    ],
    "calling the rabbits back into their hutch, said first": [
        f"{_RABBITS[0]}! {{}}", f"{_RABBITS[1]}. {{}}", f"{_RABBITS[2]}! {{}}",
        f"{_RABBITS[3]}. {{}}", f"{_RABBITS[4]}! {{}}", f"{_RABBITS[5]}. {{}}",
        f"{_RABBITS[6]}, then {{}}", f"{_RABBITS[7]}, oh and {{}}", f"{_RABBITS[8]}! {{}}",
    ],
    "a toastmaster at a dinner, said first": [
        f"{_TOASTMASTER[0]}! {{}}", f"{_TOASTMASTER[1]}! {{}}", f"{_TOASTMASTER[2]}! {{}}",
        f"{_TOASTMASTER[3]}. {{}}", f"{_TOASTMASTER[4]}. {{}}", f"{_TOASTMASTER[5]}! {{}}",
        f"{_TOASTMASTER[6]}, then {{}}", f"{_TOASTMASTER[7]}, oh and {{}}",
    ],
    "a discus commentator on the telly, said after": [
        "{}, the discus sails", "{}, the discus clatters, overstepped",
        "{}, the discus thrower spins", "{}, a herculean hurl, measured",
        "{}, the discus wobbles", "{}, wayward, into the netting",
        "{} and, the discus thrower roars", "{} so, the discus thuds into turf",
    ],
    "a game of tiddlywinks at the table, said after": [
        "{}, squopped", "{}, a squidge, potted",
        "{}, a squop, scrunged", "{}, a boondock",
        "{}, squidged, skewed", "{}, a nurdle",
        "{} and, squopped again", "{} so, that wink's potted",
    ],
    "a remark on a squirrel at the bird feeder, said after": [
        "{}, ooh, a squirrel on the birdfeeder", "{}, look, he's dangling from the pergola",
        "{}, what an acrobat", "{}, he's burying acorns",
        "{}, the squirrel's tail's so bushy", "{}, he's pilfering suet",
        "{} and, the squirrel's scarpered", "{} so, he's nibbling a beechnut",
    ],
    "a game of quoits at the fete, said after": [
        f"{{}}, {d}" for d in _QUOITS[:6]
    ] + [f"{{}} and, {_QUOITS[6]}", f"{{}} so, {_QUOITS[7]}"],
    "between a toastmaster's call and a quoits call": [
        f"{s}! {{}}, {d}" for s, d in zip(_TOASTMASTER[:3], _QUOITS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_TOASTMASTER[3:5], _QUOITS[3:5], strict=True)]
      + [f"{_TOASTMASTER[5]}! {{}}, {_QUOITS[5]}",
         f"{_TOASTMASTER[6]}. {{}} and, {_QUOITS[6]}",
         f"{_TOASTMASTER[7]}. {{}} so, {_QUOITS[7]}"],
    "in the middle of a rally co-driver's pace notes": [
        f"{a}, {{}}, {b}" for a, b in _PACE_NOTES[:6]
    ] + [f"{_PACE_NOTES[6][0]}, {{}} and, {_PACE_NOTES[6][1]}",
         f"{_PACE_NOTES[7][0]}, {{}} so, {_PACE_NOTES[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYEIGHTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("stitched",
"wrapped", "tuned"): a commentator's line or a call at the fete said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids", "play", "concert", "piano",
            "bell", "bells", "chimes", "wind", "tinny", "orchestra", "tuning", "fork",
            "forks", "tuned", "wheels", "frames", "rally", "fair", "show"}
"""Requests anything sung, played, drummed or called could bear on (its sound, music,
bells)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"cricket", "whites", "netball", "hockey", "stick", "chess", "club", "fencing",
          "rugby", "county", "show", "showground", "tickets", "entries", "point",
          "livery", "yard", "horsebox", "wholesaler", "farmers", "market", "easter",
          "egg", "hunt", "food", "fair", "orchestra", "trip", "cathedral", "steam",
          "rally", "wellies", "cricket's"}
_RALLY = _SPORT | {"light", "lights", "lamp", "fan", "heater", "radio", "count", "tally",
                   "lift", "keys", "lock", "unlock", "stitcher", "conche", "crucible",
                   "wheels", "horsebox", "delivery", "delivered", "arrived", *_NUMBERS}
"""Requests a co-driver's pace notes could bear on (switches and lights, a count, a lift,
a trip, a drive, wheels, a delivery on the road)."""
_BEATBOXING = _SPEAKER | _SPORT | _ASKED | _CALLED | {*_NUMBERS}
"""Requests a beatboxer could bear on (music, a sound, a call)."""
_HUTCH = {"quiet", "loud", "noise", "sounds", "feed", "sardines", "prawns", "haddock",
          "siamese", "mouser", "calico", "stirrup", "buckle", "praline", "fondant",
          "clapper", "bronze", "brush", "lock", "unlock", "night", "evening", "cuddly",
          "toys", "straws", "granola", "roast", "curry", "combs", "wash", "water", "fizzy",
          "chill", "clean", "dandy", "mop", "scrub", "sweep"}
"""Requests calling the rabbits in could bear on (animals and their food, brushing and
cleaning them out, locking up for the night)."""
_DINNER = _SPEAKER | _CALLED | _ASKED | _SPORT | {"lift", "keys", "count", "tally",
                                                  *_NUMBERS, "chill", "fizzy", "water",
                                                  "roast", "nutty", "granola", "ice",
                                                  "fondant", "fancies", "truffles", "box",
                                                  "fruity", "pipe", "filling", "praline",
                                                  "crisps", "bacon", "smoky", "lasagne",
                                                  "toad", "hole", "card", "congratulations",
                                                  "ready"}
"""Requests a toastmaster's call could bear on (a dinner and its drink, a speech, a
start or a seat, a card, a lift home)."""
_FIELD = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "lift",
                                                "stack", "hang", "fit", "sweep", "brush",
                                                "box", "polish", "ingots", "bronze",
                                                "wheels", "frames", "fettling", "casting",
                                                "chill", "delivered", "arrived"}
"""Requests a discus commentary could bear on (the telly, a score, a sport, a throw, a
weight)."""
_WINKS = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "gift", "boxes", "box",
                              "bars", "cocoa", "nibs", "bags", "piping", "pipe",
                              "truffles", "toys", "cuddly", "straws", "bendy", "buttons",
                              "forks", "tuning"}
"""Requests a game of tiddlywinks could bear on (a count, a score, a game on the table,
what is on the table)."""
_BIRD_FEEDER = _SAID_TO | _ASKED | {"feed", "sardines", "prawns", "haddock", "siamese",
                                   "mouser", "calico", "stirrup", "buckle", "praline",
                                   "fondant", "clapper", "bronze", "brush", "granola",
                                   "nutty", "roast", "lock", "unlock", "light", "quiet",
                                   "loud", "noise", "wind", "chimes", "tinny", "hang",
                                   "crisps", "bacon", "smoky", "cocoa", "nibs", "wellies",
                                   "boot"}
"""Requests a remark on a squirrel at the bird feeder could bear on (the garden and the
animals in it, food a squirrel might take, the doors, the lights, what hangs outside)."""
_FETE = _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "irons", "stirrup",
                                      "polish", "horseshoe", "curry", "combs", "brass",
                                      "buckle", "ingots", "bronze", "stack", "wheels",
                                      "bells", "chimes", "hang", "fit", "box", "gift",
                                      "boxes", "toys", "cuddly", "crisps", "fizzy",
                                      "chill", "water", "roast", "fancies", "ice"}
"""Requests a game of quoits could bear on (a count, a score, throwing irons and rings,
the fete's stalls and prizes)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a co-driver's pace notes bear on switches, lights, a count, a lift, a drive)
    **{note: _RALLY for note in ("acute", "crest", "unwinds", "esses", "narrows", "yump",
                                 "bumpy", "braking", "ditchside", "tightens", "cambered",
                                 "kinks", "caution", "ruts", "fishtailing")},
    # (a beatboxer bears on music, sounds and calls)
    **{beat: _BEATBOXING for beat in ("bmtsskat", "kachunkatss", "tktkpuhtss",
                                      "bmmpakah", "psshkaboom", "boomtsss", "kpfftbm",
                                      "dumtschak", "brrrtskitt")},
    # (calling the rabbits bears on animals, their food, cleaning out and locking up)
    **{bunny: _HUTCH for bunny in ("bunnykins", "flopsies", "nibblers", "hoppers",
                                   "lopsies", "thumpers", "rabbity", "dutchies")},
    # (a toastmaster's call bears on a dinner, its drink, a speech, a start or a seat)
    **{cue: _DINNER for cue in ("upstanding", "excellencies", "distinguished", "diners",
                                "goblets", "worships", "esteemed")},
    # (a commentator's line, a tiddlywinks call, a remark on a squirrel or a quoits
    # call after a request could be what it is about or the words of a message; said
    # after a question, an answer)
    **{throw: _FIELD for throw in ("discus", "sails", "clatters", "overstepped",
                                   "thrower", "spins", "herculean", "hurl", "measured",
                                   "wobbles", "wayward", "netting", "roars", "thuds", "turf")},
    **{wink: _WINKS for wink in ("squopped", "squidge", "potted", "squop", "scrunged",
                                 "boondock", "squidged", "skewed", "nurdle", "wink's")},
    **{nut: _BIRD_FEEDER for nut in ("squirrel", "birdfeeder", "dangling", "acrobat",
                                    "acorns", "squirrel's", "bushy", "pilfering",
                                    "suet", "pergola", "scarpered", "beechnut")},
    **{ring: _FETE for ring in ("leaner", "quoit's", "quoit", "quoits", "wobbler",
                                "jiggling", "clanger", "metres", "peg", "clanked", "trundled",
                                "astray", "askew")},
}
"""Clauses that would bear on a phrase with one of these words ("give cuddli a ring"
before a beatboxer may be a call to her; "bendi's cricket at four" before a co-driver's
pace notes may be about a drive to it): never said around it, so the clause stays beside
the request and says nothing of it."""

OOS_WRAPPERS = [
    "acute left, over crest. {}", "{}, a nurdle",
    "bmtsskat! {}", "{}, the discus sails",
    "bunnykins, bunnykins! {}", "{}, ooh, a squirrel on the birdfeeder",
    "be upstanding, your excellencies! {}", "{}, a leaner",
    "kinks left, caution ruts. {}", "{}, squopped",
    "esteemed diners, goblets upraised. {}", "{} so, the discus thuds into turf",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "hoppers, hoppers! {}", "{}, what an acrobat",
    "kachunkatss! {}", "{}, the discus clatters, overstepped",
    "your worships, be upstanding! {}", "{}, a leaner, jiggling",
    "unwinds, no fishtailing. {}", "{}, a boondock",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("acute left"), struck
(longest first) wherever it is said, before single words. Only whole stretches are
struck: the out-of-scope kinds' own words ("goldfish", "skip", "raffle", "tenancy") are
never a wrapper's, so they stay."""
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
    "been", "against", "way", "most", "him", "beneath", "right", "had", "amid", "am",
    "yes", "says", "goes", "what's",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""


WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_fortyeighth_data.py none of an
out-of-scope template)."""


FORTYEIGHTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("saddlery", "saddle ry"), ("showground", "show ground"), ("cupboard", "cubbard"),
    ("lasagne", "lazanya"), ("horsebox", "horse box"), ("livery", "livry"),
    ("congratulations", "congratulashuns"), ("sardines", "sardeens"),
    ("stitching", "stiching"), ("netball", "net ball"), ("awl", "all"),
    ("chocolatier", "chocolateer"), ("mouldroom", "mould room"), ("cloakroom", "cloak room"),
    ("wholesaler", "whole saler"), ("couverture", "cooverture"), ("granola", "granolla"),
    ("truffles", "truffels"), ("tempering", "temprin"), ("fancies", "fancys"),
    ("praline", "prayleen"), ("casthouse", "cast house"), ("crucible", "crucibel"),
    ("cathedral", "cathedrel"), ("orchestra", "orkestra"), ("ingots", "ingits"),
    ("brasses", "brassis"), ("insurance", "insurence"), ("haddock", "haddack"),
    ("calico", "calicoe"), ("founder", "foundre"),
]
"""The forty-eighth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("harness stitcher", "harnessstitcher"), ("cricket whites", "cricketwhites"),
         ("airing cupboard", "airingcupboard"), ("livery yard", "liveryyard"),
         ("county show", "countyshow"), ("stirrup irons", "stirrupirons"),
         ("brass buckle", "brassbuckle"), ("dandy brush", "dandybrush"),
         ("bendy straws", "bendystraws"), ("cuddly toys", "cuddlytoys"),
         ("harness room", "harnessroom"), ("saddle trees", "saddletrees"),
         ("waxed thread", "waxedthread"), ("order book", "orderbook"),
         ("saddle soap", "saddlesoap"), ("curry combs", "currycombs"),
         ("hockey stick", "hockeystick"), ("farmers market", "farmersmarket"),
         ("cocoa bean", "cocoabean"), ("easter egg", "easteregg"),
         ("cocoa conche", "cocoaconche"), ("chess club", "chessclub"),
         ("cocoa butter", "cocoabutter"), ("gift boxes", "giftboxes"),
         ("gold foil", "goldfoil"), ("tempering day", "temperingday"),
         ("packing room", "packingroom"), ("piping bags", "pipingbags"),
         ("cocoa nibs", "cocoanibs"), ("boot room", "bootroom"),
         ("tuning fork", "tuningfork"), ("casting crucible", "castingcrucible"),
         ("wind chimes", "windchimes"), ("bacon crisps", "baconcrisps"),
         ("bell frames", "bellframes"), ("casting sand", "castingsand"),
         ("fettling evening", "fettlingevening"), ("loam bricks", "loambricks"),
         ("bell wheels", "bellwheels"), ("insurance policy", "insurancepolicy")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"saddlery": "saddle-ry", "mouldroom": "mould-room", "casthouse": "cast-house",
             "horsebox": "horse-box", "cloakroom": "cloak-room"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortyeighth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "stencil a {w} on the shed door", "what's {w} in hungarian, give or take",
        "doodle a {w} in the margin of the parish magazine",
        "are {w} pricier at the garden centre in ripon",
        "hunt down a secondhand {w} at the auction in hexham",
        "how heavy is an average {w} in stone and pounds",
        "compose a soppy ballad about a {w}", "pronounce {w} in cornish, slowly",
    ],
    "routine command": [
        "erase {p} from the schedule entirely", "describe {p} to me bit by bit",
        "dream up a catchier nickname for {p}, something punny",
        "duplicate {p} for the granny flat",
        "confine {p} to bank holidays", "beep twice whenever {p} begins",
        "who's been meddling with {p} behind grandad's back",
        "could {p} be a smidge gentler on my ears",
    ],
    "word order": [
        "{b} trumps {a} every single time, hands down", "{b} pips {a} by a nose, honestly",
        "flip {a} and {b} round, cheers me dears", "ditch the {a}, triple the {b}",
        "{a} before {b}, or the reverse maybe", "a mountain of {b}, the merest pinch of {a}",
    ],
    "negation": [
        "give {p} a miss tonight, duck",
        "i'd prefer it if you didn't {p} while nan naps in the sun lounge",
        "on no account {p}, love", "don't start {p} while i'm at the podiatrist's",
        "nah, park {p} for a good while", "steady on, no {p} before elevenses",
    ],
    "cancellation": [
        "postpone {p} until the cousins from hull have gone home",
        "{p} can hold off until the tiler's finished",
        "skip {p} for the week of the ploughing match",
        "pause {p} until the roofers pack up their ladders",
        "we'll abandon {p} over the may bank holiday",
        "put {p} on hold until pancake day is over",
    ],
    "state question": [
        "is {p} chugging along at the moment", "is {p} halfway done or finished outright",
        "did {p} go off without a hitch before supper",
        "has {p} given up or is it still trundling on",
        "has anybody seen to {p} since the bin men came",
        "did {p} happen the thursday after the jumble sale",
    ],
    "past or story": [
        "the winter the boiler burst {p} conked out as well",
        "during the heatwave of the jubilee {p} went haywire",
        "my great uncle in falmouth swore by {p} every candlemas",
        "at the ruby wedding in goole {p} carried on till dawn",
        "that whole lambing season {p} was on the blink",
        "when we lodged in whitby we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the milkman grumbled {p} by the gate", "a busker on the promenade crooned {p}",
        "my godmother signs off every letter with {p}",
        "a chap on the night bus mumbled {p}",
        "the crossing warden outside the infants hollered {p}",
        "our window fitter whistles {p} while he measures up",
    ],
    "contrast": [
        "{p} is only for when my sister drives the twins down from oban",
        "we only {p} when grandpa visits from stornoway",
        "{p} is a once in a blue moon treat in this family", "{p} is strictly a pancake day ritual",
        "we only {p} when the scarecrow festival is on in the village",
        "{p} is saved for when the archdeacon pops round",
    ],
    "hypothetical": [
        "suppose i sang you a serenade pleading with you to {p}",
        "if i ever got keen on {p}, could you cope",
        "purely hypothetically, could you {p} for a dare",
        "if {p} started at four in the morning would the cul de sac complain",
        "imagine {p} happening during a blackout",
        "what would you do if the vicar's nephew asked you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my wick since the gas man came",
        "{p} let us down again at the baptism in whitby",
        "{p} has been hopeless since the plumber called",
        "i'm sick and tired of {p} since whitsun",
        "{p} is a proper nuisance this week", "{p} keeps conking out halfway through the archers",
    ],
    "opinion": [
        "{p} is the cream of the crop and then some", "i'm chuffed to bits with {p}, honest",
        "{p} is a godsend for my knees, hand on heart",
        "{p} has made soggy tuesdays tolerable",
        "{p} is the smartest gadget north of the humber", "{p} is first rate, no kidding",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from salsa class",
        "pester me about {p} once the darts finishes",
        "make sure i remember to {p} on saturday after the car wash",
        "prod me to {p} after the quiz show",
        "add {p} to wednesday's jobs", "give me a shout about {p} at the interval",
    ],
    "permission question": [
        "is my stepsister's fiance allowed to {p}",
        "is the allotment neighbour's nephew permitted to {p}",
        "would the decorator be allowed to {p} on his own",
        "is my goddaughter allowed to {p} when she sleeps over",
        "can the au pair's boyfriend {p} without checking first",
        "is the paper boy allowed to {p}",
    ],
    # the forty-eighth's own
    "a goldfish named it": [
        "the goldfish in the school pond is called {p}",
        "our goldfish is named {p}",
        "{p} is the goldfish with the fantail",
        "my niece named her goldfish {p}",
        "there's a goldfish at the pet shop named {p}",
        "who'd call a goldfish {p}",
    ],
    "a square dance called it": [
        "the caller taught us a square dance called {p}",
        "there's a square dance named {p}",
        "{p} is the square dance they end the hoedown with",
        "the dance club made up a square dance and called it {p}",
        "our barn club is learning a square dance called {p}",
        "who'd call a square dance {p}",
    ],
    "a carnival float named it": [
        "the carnival float from the rugby club is called {p}",
        "the brownies named their carnival float {p}",
        "{p} is the carnival float with the giant teapot",
        "they called the winning carnival float {p}",
        "there's a carnival float in the procession named {p}",
        "why would anyone name a carnival float {p}",
    ],
    "written on a luggage label": [
        "{p} is written on the luggage label",
        "someone wrote {p} on a luggage label",
        "the suitcase has a luggage label with {p} written on it",
        "they wrote {p} on every luggage label for the coach trip",
        "there's a luggage label on the carousel with {p} written on it",
        "why write {p} on a luggage label",
    ],
    "sprayed on a builder's skip": [
        "{p} is sprayed on the builder's skip",
        "some lads sprayed {p} on a builder's skip",
        "the skip outside number nine has {p} sprayed down the side",
        "they sprayed {p} on every builder's skip in the street",
        "there's a builder's skip by the chippy with {p} sprayed on it",
        "why spray {p} on a builder's skip",
    ],
    "printed on a raffle ticket": [
        "{p} is printed on the raffle ticket",
        "the printers put {p} on every raffle ticket",
        "my raffle ticket has {p} printed on the stub",
        "they printed {p} on the raffle tickets for the tombola",
        "there's a raffle ticket on the mantelpiece with {p} printed on it",
        "why print {p} on a raffle ticket",
    ],
    "asking a park ranger about a trail called it": [
        "excuse me, ranger, where does the trail called {p} start",
        "we asked the park ranger about a trail called {p}",
        "the park ranger had never heard of a trail called {p}",
        "can the park ranger point us to the trail called {p}",
        "i'll ask the park ranger about that trail called {p}",
        "does the park ranger know a trail called {p}",
    ],
    "the retiring postmaster's farewell speech quoting it": [
        "the retiring postmaster kept saying {p} in his farewell speech",
        "in his farewell speech the retiring postmaster quoted {p}",
        "{p}, said the retiring postmaster in his speech, and the whole hall chuckled",
        "the retiring postmaster finished his farewell speech with {p}",
        "the retiring postmaster's farewell speech was mostly {p}",
        "why did the retiring postmaster say {p} in his farewell speech",
    ],
    "forbidden by the tenancy agreement": [
        "the tenancy agreement says no {p}",
        "under the tenancy agreement i'm not allowed to {p}",
        "{p} is banned by our tenancy agreement",
        "the tenancy agreement forbids tenants to {p}",
        "according to the tenancy agreement nobody here may {p}",
        "why would a tenancy agreement forbid {p}",
    ],
    "an untaught request joined to it by as well as": [
        "{p} as well as descale the shower head",
        "{p}, as well as hire a chimney sweep",
        "defrost the chest freezer as well as {p}",
        "{p} as well as regrout the tiles",
        "clear the gutters, as well as {p}",
        "{p} as well as reset the router",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} colander", "{} hot water bottle", "{} biscuit cutter", "{} pot scourer",
    "{} draining rack", "{} cork mat", "{} magnifying glass", "{} thermos flask",
    "{} sandwich toaster", "{} picnic hamper",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

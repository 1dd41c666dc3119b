"""The words of the forty-ninth held-out resolver set
(benchmarks/_resolver_fortyninth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a lacemaker's cottage with the
laceroom over the porch, where Breezie makes lace, with her wife Peachie, their son
Woollie, their daughter Frillie, a cat Picot and a terrier Spangle (seed 490); a wood
turner's bungalow beside the turnery, where Zestie turns bowls, with her husband Snappie,
their son Tuftie, their daughter Twirlie, a cat Gouge and a whippet Spindle (491); and a
sailmaker's house beside the sailshed, where Stripie makes sails, with his wife Crispie,
their son Fuzzie, their daughter Spottie, a cat Cringle and a spaniel Grommet (492). Its
people and pets are named in ways no earlier set names them: after a lace's edging or
trimming ("feed picot" beside "finish the picot edging", "brush spangle" beside "thread
the spangle beads"), a lathe's tool or work ("feed gouge" beside "sharpen the bowl
gouge", "brush spindle" beside "sand the oak spindle") or a sail's eyelet or ring ("feed
cringle" beside "sew the cringle patches", "brush grommet" beside "punch the brass
grommets"); and with names a recogniser writes as another word in new ways: as windy
("breezie" as "breezy", beside "air the breezy attic"), as fine ("peachie" as "peachy",
beside "eat the peachy yoghurts"), as made of wool ("woollie" as "woolly", beside "darn
the woolly socks"), as ruffled ("frillie" as "frilly", beside "iron the frilly
collars"), as tangy ("zestie" as "zesty", beside "grate the zesty lemons"), as smart
("snappie" as "snappy", beside "press the snappy blazer"), as in tufts ("tuftie" as
"tufty", beside "shake the tufty rug"), as curling round ("twirlie" as "twirly", beside
"hang the twirly mobiles"), as striped ("stripie" as "stripy", beside "fold the stripy
deckchairs"), as fried crisp ("crispie" as "crispy", beside "fry the crispy shallots"),
as soft and downy ("fuzzie" as "fuzzy", beside "dry the fuzzy towels") and as spotted
("spottie" as "spotty", beside "wash the spotty bandanas"). A name that is also a word
of another phrase of its home ("picot", "spangle", "gouge", "spindle", "cringle",
"grommet") has no other spelling, so the word is never respelt as the name. Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("woollie's swimming at five" beside "woollie's swimming at
four", "starcher off" beside "starcher on"), are never taught there. Phrases come in
every shape: one word ("lacemaking", "woodturning", "hemming"), two nouns ("pin
cushions", "chisel rolls", "bolt ropes"), nested ("starcher on" inside "lace starcher
on", "sander on" inside "drum sander on", "plotter on" inside "sail plotter on"), words
shared across phrases ("lock the laceroom" and "laceroom light on", "feed picot" and
"finish the picot edging"), numbers and times ("woollie's swimming at four", "spottie's
sailing at six"), places ("laceroom fan on", "turnery heater on", "sailshed fan on"),
verbs first ("grate the zesty lemons", "fold the stripy deckchairs") and nouns first
("pilchards for the persian"), questions ("how many collars are pinned", "how many bowls
are turned", "how many sails are hemmed"), and a chore of several clauses ("we're off to
the woodland show so feed gouge and give twirlie a ring and lock the turnery").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("breezy" for "breezie", "zesty" for "zestie", "stripy" for "stripie"): the same person,
so "phone zesty" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a ringmaster at the circus on the telly first
("mesdames, messieurs, the tightrope teeters. X"), a baby babbling in the high chair
first, one word no dictionary of the speaker's has ("bababoo! X"), calling the goats in
from the paddock first ("nannies, nannies! X"), a drum major leading the band at the
gala first ("bandsmen, by the left, countermarching! X"), a hurling commentator after
("X, the sliotar's over the crossbar"), a game of jenga at the table after ("X, the
jenga tower's swaying"), a remark on a kingfisher by the brook after ("X, a kingfisher
on the willow"), a game of marbles on the carpet after ("X, a steelie, knuckled"); the
phrase between a drum major's call and a marbles call ("bandsmen, by the left,
countermarching! X, a steelie, knuckled"), and the phrase said in the middle of a
ringmaster's patter, which goes on after it ("mesdames, messieurs, X, the tightrope
teeters"). Some are joined with "and", "so", "then" or "oh and". No word of a clause
but its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a prize marrow named it, a racing snail named it,
burnt into a wooden spoon, stencilled on a tea chest, on a road sign at the crossroads,
asking a florist about a rose called it, the harbour pilot's tale about it, the school
caretaker's saying, banned by the allotment committee, and the phrase with an untaught
request joined by "along with".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

LACEMAKER = "lacemaker's cottage with the laceroom over the porch"
TURNER = "wood turner's bungalow beside the turnery"
SAILMAKER = "sailmaker's house beside the sailshed"
HOMES: dict[int, str] = {490: LACEMAKER, 491: TURNER, 492: SAILMAKER}

FORTYNINTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    LACEMAKER: {
        "Picot": ["feed picot", "pilchards for the persian"],
        "Spangle": ["brush spangle"],
        "Breezie": ["ring breezie", "call the lacemaker", "phone breezie"],
        "Peachie": ["drop peachie a line", "send peachie a text"],
        "Peachie and Frillie": ["message peachie and frillie"],
        "Frillie": ["give frillie a ring", "give frillie a bell", "call frillie back"],
        "Woollie": ["tell woollie his swimming kit is in the tumble dryer"],
        "Woollie ring": ["give woollie a ring", "phone woollie"],
        "Woollie lift": ["ask woollie for a lift to the haberdashery"],
        "Frillie pie": ["tell frillie her shepherd's pie is ready"],
        "Frillie lift": ["ask frillie for a lift to the craft fair"],
        "Breezie guild": ["text breezie about the lace guild meeting"],
        "Peachie tickets": ["text peachie about the village panto tickets"],
        "Peachie ring": ["give peachie a ring", "ring peachie back"],
        "Breezie keys": ["ask breezie for the campervan keys"],
        "Starcher": ["starcher on"],
        "Lace starcher": ["lace starcher on"],
        "Laceroom fan": ["laceroom fan on"],
        "Picot edging": ["finish the picot edging"],
        "Spangle beads": ["thread the spangle beads"],
        "Breezy": ["air the breezy attic"],
        "Peachy": ["eat the peachy yoghurts"],
        "Woolly": ["darn the woolly socks"],
        "Frilly": ["iron the frilly collars"],
        "Collars": ["how many collars are pinned"],
        "Organza": ["has the organza delivery arrived"],
        "Swimming": ["woollie's swimming at four"],
        "Ballet": ["frillie's ballet at seven"],
        "Sewing room": ["mop the sewing room", "scrub the sewing room"],
        "Lace pillows": ["count the lace pillows", "tally the lace pillows"],
        "Silk thread": ["order more silk thread", "restock the silk thread"],
        "Lacemaking": ["lacemaking", "lacemaking night"],
        "Laceroom": ["lock the laceroom"],
        "Laceroom light": ["laceroom light on"],
        "Scissors": ["sharpen the lacemaker's scissors"],
        "Pattern book": ["file the pattern book"],
        "Bobbin box": ["bobbin box"],
        "Pin cushions": ["pin cushions"],
        # long
        "Church fete": ["we're off to the church fete so feed picot and give frillie a "
                        "ring and lock the laceroom"],
    },
    TURNER: {
        "Gouge": ["feed gouge", "kippers for the tabby"],
        "Spindle": ["brush spindle"],
        "Zestie": ["ring zestie", "call the wood turner", "phone zestie"],
        "Snappie": ["drop snappie a line", "send snappie a text"],
        "Snappie and Tuftie": ["message snappie and tuftie"],
        "Tuftie": ["give tuftie a ring", "phone tuftie"],
        "Twirlie": ["tell twirlie her riding hat is in the conservatory"],
        "Twirlie ring": ["give twirlie a bell", "phone twirlie"],
        "Twirlie lift": ["ask twirlie for a lift to the timber yard"],
        "Tuftie pie": ["tell tuftie his cottage pie is ready"],
        "Zestie and Twirlie": ["message zestie and twirlie"],
        "Zestie lift": ["ask zestie for a lift to the antiques fair"],
        "Snappie card": ["send snappie a get well card"],
        "Zestie blanks": ["text zestie about the walnut blanks order"],
        "Snappie fireworks": ["text snappie about the bonfire fireworks"],
        "Snappie ring": ["give snappie a ring", "phone snappie back"],
        "Sander": ["sander on"],
        "Drum sander": ["drum sander on"],
        "Turnery heater": ["turnery heater on"],
        "Bowls": ["how many bowls are turned"],
        "Timber": ["has the timber delivery arrived"],
        "Judo": ["tuftie's judo at four"],
        "Gymnastics": ["twirlie's gymnastics at six"],
        "Bowl gouge": ["sharpen the bowl gouge"],
        "Oak spindle": ["sand the oak spindle"],
        "Zesty": ["grate the zesty lemons"],
        "Snappy": ["press the snappy blazer"],
        "Tufty": ["shake the tufty rug"],
        "Twirly": ["hang the twirly mobiles"],
        "Sanding sealer": ["stir the sanding sealer", "decant the sanding sealer"],
        "Pen blanks": ["count the pen blanks", "tally the pen blanks"],
        "Sanding discs": ["order more sanding discs", "restock the sanding discs"],
        "Woodturning": ["woodturning", "woodturning day"],
        "Turnery": ["lock the turnery"],
        "Turnery light": ["turnery light on"],
        "Shavings": ["bag the wood shavings"],
        "Chisel rolls": ["chisel rolls"],
        "Burr elm": ["burr elm"],
        # long
        "Woodland show": ["we're off to the woodland show so feed gouge and give twirlie a "
                          "ring and lock the turnery"],
    },
    SAILMAKER: {
        "Cringle": ["feed cringle", "mackerel for the ragdoll"],
        "Grommet": ["brush grommet"],
        "Stripie": ["ring stripie", "call the sailmaker", "phone stripie"],
        "Crispie": ["drop crispie a line", "send crispie a text"],
        "Crispie and Spottie": ["message crispie and spottie"],
        "Spottie": ["give spottie a ring", "phone spottie"],
        "Fuzzie jacket": ["tell fuzzie his sailing jacket is in the utility room"],
        "Stripie regatta": ["text stripie about the regatta entries"],
        "Fuzzie": ["text fuzzie about the school ski trip"],
        "Fuzzie ring": ["give fuzzie a ring", "phone fuzzie"],
        "Fuzzie lift": ["ask fuzzie for a lift to the marina"],
        "Crispie and Fuzzie": ["message crispie and fuzzie"],
        "Plotter": ["plotter on"],
        "Sail plotter": ["sail plotter on"],
        "Sailshed fan": ["sailshed fan on"],
        "Cringle patches": ["sew the cringle patches"],
        "Brass grommets": ["punch the brass grommets"],
        "Stripy": ["fold the stripy deckchairs"],
        "Crispy": ["fry the crispy shallots"],
        "Fuzzy": ["dry the fuzzy towels"],
        "Spotty": ["wash the spotty bandanas"],
        "Sails": ["how many sails are hemmed"],
        "Canvas": ["has the canvas been delivered"],
        "Sailing": ["spottie's sailing at six"],
        "Rowing": ["fuzzie's rowing at seven"],
        "Sail bags": ["empty the sail bags", "unpack the sail bags"],
        "Battens": ["count the battens", "tally the battens"],
        "Sailcloth": ["order more sailcloth", "restock the sailcloth"],
        "Hemming": ["hemming", "hemming evening"],
        "Sailshed": ["lock the sailshed"],
        "Sailshed light": ["sailshed light on"],
        "Rope locker": ["label the rope locker"],
        "Insurance": ["renew stripie's boat insurance"],
        "Bolt ropes": ["bolt ropes"],
        "Sail needles": ["sail needles"],
        # long
        "Regatta": ["we're off to the regatta so feed cringle and give spottie a ring "
                    "and lock the sailshed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    LACEMAKER: {
        "Swimming five": ["woollie's swimming at five"],
        "Ballet eight": ["frillie's ballet at eight"],
        "Starcher off": ["starcher off"],
        "Lace starcher off": ["lace starcher off"],
        "Laceroom light off": ["laceroom light off"],
        "Unlock laceroom": ["unlock the laceroom"],
        "Breezie quilting": ["text breezie about the quilting guild meeting"],
        "Cotton thread": ["order more cotton thread"],
        "Lace bobbins": ["count the lace bobbins"],
        "Picot hem": ["finish the picot hem"],
        "School socks": ["darn the school socks"],
        "Laceroom fan off": ["laceroom fan off"],
    },
    TURNER: {
        "Judo five": ["tuftie's judo at five"],
        "Gymnastics seven": ["twirlie's gymnastics at seven"],
        "Sander off": ["sander off"],
        "Drum sander off": ["drum sander off"],
        "Turnery light off": ["turnery light off"],
        "Unlock turnery": ["unlock the turnery"],
        "Zestie cherry": ["text zestie about the cherry blanks order"],
        "Sanding belts": ["order more sanding belts"],
        "Pen kits": ["count the pen kits"],
        "Ash spindle": ["sand the ash spindle"],
        "Juicy lemons": ["grate the juicy lemons"],
        "Turnery heater off": ["turnery heater off"],
    },
    SAILMAKER: {
        "Sailing seven": ["spottie's sailing at seven"],
        "Rowing eight": ["fuzzie's rowing at eight"],
        "Plotter off": ["plotter off"],
        "Sail plotter off": ["sail plotter off"],
        "Sailshed light off": ["sailshed light off"],
        "Unlock sailshed": ["unlock the sailshed"],
        "Fuzzie rugby": ["text fuzzie about the school rugby trip"],
        "Nylon webbing": ["order more nylon webbing"],
        "Steel grommets": ["punch the steel grommets"],
        "Cotton patches": ["sew the cotton patches"],
        "Tent pegs": ["count the tent pegs"],
        "Sailshed fan off": ["sailshed fan off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the lacemaker's cottage
    {"we're off to the church fete so feed picot and give frillie a ring and lock the "
     "laceroom", "i'm leaving", "goodbye house", "feed picot", "give frillie a ring",
     "lock the laceroom"},
    {"feed picot", "pilchards for the persian", "feed the persian"},
    {"ring breezie", "call the lacemaker", "ring the lacemaker", "phone breezie"},
    # the wood turner's bungalow
    {"we're off to the woodland show so feed gouge and give twirlie a ring and lock the "
     "turnery", "i'm leaving", "goodbye house", "feed gouge", "give twirlie a ring",
     "lock the turnery"},
    {"feed gouge", "kippers for the tabby", "feed the tabby"},
    {"ring zestie", "call the wood turner", "ring the wood turner", "phone zestie"},
    # the sailmaker's house
    {"we're off to the regatta so feed cringle and give spottie a ring and lock the "
     "sailshed", "i'm leaving", "goodbye house", "feed cringle", "give spottie a ring",
     "lock the sailshed"},
    {"feed cringle", "mackerel for the ragdoll", "feed the ragdoll"},
    {"ring stripie", "call the sailmaker", "ring the sailmaker", "phone stripie"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the persian" where the persian is Picot). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"picot", "spangle", "breezie", "peachie", "woollie", "woollie's", "frillie",
         "frillie's", "gouge", "spindle", "zestie", "snappie", "tuftie", "tuftie's",
         "twirlie", "twirlie's", "cringle", "grommet", "stripie", "stripie's", "crispie",
         "fuzzie", "fuzzie's", "spottie", "spottie's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as windy, fine, made of wool, ruffled
    "breezie": ("breezy",), "peachie": ("peachy",), "woollie": ("woolly",),
    "woollie's": ("woolly's",), "frillie": ("frilly",), "frillie's": ("frilly's",),
    # written as tangy, smart, in tufts, curling round
    "zestie": ("zesty",), "snappie": ("snappy",), "tuftie": ("tufty",),
    "tuftie's": ("tufty's",), "twirlie": ("twirly",), "twirlie's": ("twirly's",),
    # written as striped, fried crisp, soft and downy, spotted
    "stripie": ("stripy",), "stripie's": ("stripy's",), "crispie": ("crispy",),
    "fuzzie": ("fuzzy",), "fuzzie's": ("fuzzy's",), "spottie": ("spotty",),
    "spottie's": ("spotty's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "breezie" and "breezy", "peachie" and "peachy",
"woollie" and "woolly", "frillie" and "frilly", "zestie" and "zesty", "snappie" and
"snappy", "tuftie" and "tufty", "twirlie" and "twirly", "stripie" and "stripy",
"crispie" and "crispy", "fuzzie" and "fuzzy", "spottie" and "spotty" are each one
sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter to five",), "five": ("twenty five past five",), "six": ("quarter to seven",),
    "seven": ("half past seven",), "eight": ("ten past eight",),
    # things and places
    "pilchards": ("whitebait",), "persian": ("manx",), "brush": ("comb",),
    "lock": ("bolt",), "lacemaker": ("knitter",), "text": ("page",),
    "swimming": ("diving",), "kit": ("goggles",), "tumble": ("spin",),
    "dryer": ("drawer",), "haberdashery": ("launderette",), "shepherd's": ("fish",),
    "pie": ("finger",), "craft": ("book",), "fair": ("sale",), "lace": ("knitting",),
    "guild": ("society",), "meeting": ("outing",), "village": ("county",),
    "panto": ("carol",), "tickets": ("programmes",), "campervan": ("caravan",),
    "keys": ("papers",), "starcher": ("presser",), "laceroom": ("box room",),
    "fan": ("vent",), "finish": ("unpick",), "picot": ("scalloped",),
    "edging": ("border",), "thread": ("sort",), "spangle": ("glass",),
    "beads": ("buttons",), "air": ("paint",), "breezy": ("stuffy",), "attic": ("cellar",),
    "eat": ("bin",), "peachy": ("creamy",), "yoghurts": ("custards",), "darn": ("fold",),
    "woolly": ("cotton",), "socks": ("mittens",), "iron": ("starch",), "frilly": ("plain",),
    "collars": ("cuffs",), "pinned": ("tacked",), "linen": ("felt",),
    "ballet": ("tap",), "mop": ("hoover",), "scrub": ("paint",), "sewing": ("drying",),
    "count": ("stack",), "tally": ("sort",), "pillows": ("frames",), "silk": ("nylon",),
    "lacemaking": ("quilting",), "sharpen": ("oil",), "scissors": ("shears",),
    "file": ("check",), "pattern": ("address",), "book": ("ledger",),
    "bobbin": ("button",), "box": ("tin",), "pin": ("needle",), "cushions": ("cases",),
    "church": ("school",), "fete": ("disco",),
    "kippers": ("sprats",), "tabby": ("tortoiseshell",), "wood": ("stone",),
    "turner": ("carver",), "riding": ("cycling",), "hat": ("helmet",),
    "conservatory": ("shed",), "timber": ("builders",), "yard": ("merchant",),
    "cottage": ("pork",), "antiques": ("toy",), "get": ("good",), "well": ("luck",),
    "card": ("note",), "walnut": ("cherry",), "blanks": ("rounds",),
    "bonfire": ("sparkler",), "fireworks": ("tickets",), "sander": ("grinder",),
    "drum": ("belt",), "turnery": ("joinery",), "heater": ("radio",), "bowls": ("pens",),
    "turned": ("oiled",), "judo": ("karate",), "gymnastics": ("trampolining",),
    "bowl": ("spindle",), "gouge": ("skew",), "sand": ("wax",), "oak": ("ash",),
    "spindle": ("finial",), "grate": ("squeeze",), "zesty": ("juicy",),
    "lemons": ("limes",), "press": ("hang",), "snappy": ("shabby",),
    "blazer": ("waistcoat",), "shake": ("beat",), "tufty": ("rag",), "rug": ("mat",),
    "hang": ("take down",), "twirly": ("paper",), "mobiles": ("lanterns",),
    "stir": ("thin",), "decant": ("strain",), "sanding": ("finishing",),
    "sealer": ("oil",), "pen": ("lamp",), "discs": ("belts",),
    "woodturning": ("carving",), "bag": ("burn",), "shavings": ("offcuts",),
    "chisel": ("tool",), "rolls": ("racks",), "burr": ("spalted",), "elm": ("beech",),
    "woodland": ("steam",), "show": ("rally",),
    "mackerel": ("herring",), "ragdoll": ("bengal",), "sailmaker": ("rigger",),
    "sailing": ("fencing",), "jacket": ("boots",), "utility": ("boot",),
    "regatta": ("carnival",), "entries": ("results",), "school": ("youth",),
    "ski": ("camping",), "trip": ("week",), "marina": ("ferry",),
    "plotter": ("cutter",), "sail": ("canvas",), "sailshed": ("boathouse",),
    "sew": ("glue",), "cringle": ("corner",), "patches": ("panels",),
    "punch": ("polish",), "brass": ("steel",), "grommets": ("rivets",),
    "fold": ("stack",), "stripy": ("green",), "deckchairs": ("windbreaks",),
    "fry": ("pickle",), "crispy": ("sticky",), "shallots": ("onions",),
    "dry": ("fold",), "fuzzy": ("beach",), "towels": ("flannels",), "wash": ("dye",),
    "spotty": ("plain",), "bandanas": ("scarves",), "sails": ("covers",),
    "hemmed": ("patched",), "canvas": ("rope",), "delivered": ("unloaded",),
    "rowing": ("canoeing",), "bags": ("ties",), "empty": ("mend",),
    "unpack": ("sort",), "battens": ("shackles",), "sailcloth": ("webbing",),
    "hemming": ("splicing",), "evening": ("morning",), "label": ("tidy",),
    "rope": ("paint",), "locker": ("store",), "renew": ("cancel",),
    "boat": ("van",), "insurance": ("licence",), "bolt": ("sheet",),
    "ropes": ("lines",), "needles": ("palms",),
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
"""A word of a taught phrase and what a near-sibling request says in its place
("woollie's swimming at quarter to five" for "woollie's swimming at four", "feed the
manx"): never taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_RINGMASTER = [
    ("mesdames, messieurs", "the tightrope teeters"),
    ("marvel, mesdames", "the stiltwalkers astound"),
    ("feast your senses", "the lion tamer approaches"),
    ("fantabulous, wondrous", "the cannonball launches"),
    ("awestruck, messieurs", "the trapezists soar"),
    ("sawdust and spectacle", "the unicyclists circle"),
    ("the tightrope teeters", "mesdames, messieurs"),
    ("the stiltwalkers astound", "marvel, mesdames"),
]
_BABBLE = [
    "bababoo", "gagagoo", "dadadoo", "mamamumum", "blublublub",
    "aboogaboo, aboogaboo", "nyanyanya", "bwabwabwa", "gagaboo",
]
_GOATS = [
    "nannies, nannies", "billies, billies", "kidlings, kidlings", "maa maa, nannies",
    "goatlings, goatlings", "nannykins, billykins", "goaty goaty, goatlings",
    "billies, kidlings", "goatlings, nannies",
]
_DRUM_MAJOR = [
    "bandsmen, by the left, countermarching", "drummers, paradiddles",
    "bandsmen, mace up", "pipers, skirl", "ranks dressed, bandsmen",
    "drummers, tattoo", "countermarching, bandsmen", "pipers, skirling",
]
_MARBLES = [
    "a steelie, knuckled", "my taw's skedaddled", "a keepsies, cannoned",
    "knuckle in", "a blood alley", "an oxblood, clinked", "a glassie, ricocheted",
    "the aggie's skittered",
]

WRAPPERS: dict[str, list[str]] = {
    "a ringmaster at the circus on the telly, said first": [
        f"{a}, {b}. {{}}" for a, b in _RINGMASTER[:6]
    ] + [f"{_RINGMASTER[6][0]}, {_RINGMASTER[6][1]}, then {{}}",
         f"{_RINGMASTER[7][0]}, {_RINGMASTER[7][1]}, oh and {{}}"],
    "a baby babbling in the high chair, said first": [
        f"{_BABBLE[0]}! {{}}", f"{_BABBLE[1]}! {{}}", f"{_BABBLE[2]}. {{}}",
        f"{_BABBLE[3]}! {{}}", f"{_BABBLE[4]}. {{}}", f"{_BABBLE[5]}! {{}}",
        f"{_BABBLE[6]}, then {{}}", f"{_BABBLE[7]}, oh and {{}}", f"{_BABBLE[8]}! {{}}",
    ],
    "calling the goats in from the paddock, said first": [
        f"{_GOATS[0]}! {{}}", f"{_GOATS[1]}. {{}}", f"{_GOATS[2]}! {{}}",
        f"{_GOATS[3]}. {{}}", f"{_GOATS[4]}! {{}}", f"{_GOATS[5]}. {{}}",
        f"{_GOATS[6]}, then {{}}", f"{_GOATS[7]}, oh and {{}}", f"{_GOATS[8]}! {{}}",
    ],
    "a drum major leading the band at the gala, said first": [
        f"{_DRUM_MAJOR[0]}! {{}}", f"{_DRUM_MAJOR[1]}! {{}}", f"{_DRUM_MAJOR[2]}! {{}}",
        f"{_DRUM_MAJOR[3]}. {{}}", f"{_DRUM_MAJOR[4]}. {{}}", f"{_DRUM_MAJOR[5]}! {{}}",
        f"{_DRUM_MAJOR[6]}, then {{}}", f"{_DRUM_MAJOR[7]}, oh and {{}}",
    ],
    "a hurling commentator on the telly, said after": [
        "{}, the sliotar's over the crossbar", "{}, a mighty puckout",
        "{}, the hurley's splintered", "{}, he's soloed it goalwards",
        "{}, a sideline, lofted over", "{}, the hurlers clash",
        "{} and, the sliotar's in the goalmouth", "{} so, a puckout from the hurley",
    ],
    "a game of jenga at the table, said after": [
        "{}, the jenga tower's swaying", "{}, a crafty prod",
        "{}, gingerly, it's listing", "{}, the jenga tower's crashed",
        "{}, a prod, it's clinging on", "{}, jenga",
        "{} and, the jenga pieces strewn", "{} so, my prod's jostled it",
    ],
    "a remark on a kingfisher by the brook, said after": [
        "{}, a kingfisher on the willow", "{}, look, a blur of azure",
        "{}, he's dived for a minnow", "{}, what iridescent plumes",
        "{}, the kingfisher's alighted again", "{}, he's gulped a stickleback",
        "{} and, the kingfisher's darted downstream", "{} so, he's preening on the bough",
    ],
    "a game of marbles on the carpet, said after": [
        f"{{}}, {d}" for d in _MARBLES[:6]
    ] + [f"{{}} and, {_MARBLES[6]}", f"{{}} so, {_MARBLES[7]}"],
    "between a drum major's call and a marbles call": [
        f"{s}! {{}}, {d}" for s, d in zip(_DRUM_MAJOR[:3], _MARBLES[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_DRUM_MAJOR[3:5], _MARBLES[3:5], strict=True)]
      + [f"{_DRUM_MAJOR[5]}! {{}}, {_MARBLES[5]}",
         f"{_DRUM_MAJOR[6]}. {{}} and, {_MARBLES[6]}",
         f"{_DRUM_MAJOR[7]}. {{}} so, {_MARBLES[7]}"],
    "in the middle of a ringmaster's patter": [
        f"{a}, {{}}, {b}" for a, b in _RINGMASTER[:6]
    ] + [f"{_RINGMASTER[6][0]}, {{}} and, {_RINGMASTER[6][1]}",
         f"{_RINGMASTER[7][0]}, {{}} so, {_RINGMASTER[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYNINTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("pinned",
"turned", "hemmed"): a commentator's line or a call at a game said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids", "play", "concert", "piano",
            "bell", "panto", "tickets", "drum", "show", "fair", "fete", "regatta",
            "fireworks", "bonfire", "ballet", "gymnastics"}
"""Requests anything sung, played, drummed or called could bear on (its sound, music,
a show)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"swimming", "kit", "ballet", "judo", "gymnastics", "sailing", "rowing",
          "regatta", "entries", "ski", "trip", "school", "fair", "craft", "antiques",
          "woodland", "show", "church", "fete", "panto", "village", "tickets", "guild",
          "meeting", "riding", "hat", "haberdashery", "marina",
          "bonfire", "fireworks", "campervan", "keys", "lift"}
_CIRCUS = _TELLY | _CALLED | {
    "light", "lights", "lamp", "hang", "mobiles", "twirly", "show", "fair", "fete", "panto",
    "tickets", "regatta", "gymnastics", "ballet", "drum", "sander", "count", "tally"}
"""Requests a ringmaster's patter could bear on (the telly, a show, a trick, a swing,
lights, a count, what is hung up or shaken out)."""
_BABY = _SPEAKER | _CALLED | _ASKED | {"quiet", "loud", "eat", "peachy", "yoghurts",
                                      "feed", "pilchards", "kippers", "mackerel", "fry",
                                      "crispy", "shallots", "grate", "lemons", "zesty",
                                      "bedtime", "nap", "sleep", "socks", "woolly",
                                      "towels", "fuzzy", "dry", "wash", "mobiles",
                                      "twirly", "hang", *_NUMBERS}
"""Requests a baby's babble could bear on (its food, its sleep and things, a call)."""
_GOATYARD = {"quiet", "loud", "noise", "sounds", "feed", "pilchards", "kippers",
             "mackerel", "persian", "tabby", "ragdoll", "picot", "spangle", "gouge",
             "spindle", "cringle", "grommet", "brush", "lock", "unlock", "night",
             "evening", "air", "attic", "rug", "shake", "tufty", "wash", "socks",
             "woolly", "shavings", "bag", "yard", "timber", "eat", "yoghurts", "peachy",
             "lemons", "zesty", "grate", "mop", "scrub", "empty", "sail", "bags"}
"""Requests calling the goats in could bear on (animals and their food, what a goat
eats or chews, brushing them, locking up for the night)."""
_PARADE = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
           "concert", "piano", "play", "bell", "drum", "sander", "show", "fair", "fete",
           "regatta", "panto", "press", "snappy", "blazer", "hat", "fold", "lock", "unlock"}
"""Requests a drum major's call could bear on (a band and a parade, its drums, its
uniform, a start, a stop, a count)."""
_HURLING = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "lift",
                                                  "sharpen", "gouge", "sand", "spindle",
                                                  "oak", "ash", "wood", "shavings",
                                                  "bowl", "bowls", "chisel", "rolls",
                                                  "burr", "elm", "blanks", "stir",
                                                  "punch", "battens", "delivered",
                                                  "arrived", "bag"}
"""Requests a hurling commentary could bear on (the telly, a score, a sport, an ash
hurley and its turning, a strike, a bag of balls)."""
_JENGA = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "blanks", "pen", "bobbin",
                              "box", "battens", "lace", "pillows", "chisel", "rolls",
                              "burr", "elm", "wood", "shavings", "bag", "stack",
                              "pin", "cushions", "press", "shake", "empty", "bags"}
"""Requests a game of jenga could bear on (a count, a score, wooden blocks and what is
stacked on the table)."""
_BROOK = _SAID_TO | _ASKED | {"feed", "pilchards", "kippers", "mackerel", "persian",
                              "tabby", "ragdoll", "picot", "spangle", "gouge", "spindle",
                              "cringle", "grommet", "brush", "lock", "unlock", "light",
                              "quiet", "loud", "noise", "air", "breezy", "sailing",
                              "rowing", "swimming", "regatta", "marina", "sail",
                              "sails", "towels", "fuzzy", "dry", "wash", "fry"}
"""Requests a remark on a kingfisher could bear on (fish and the animals after them,
the water, a boat, the doors and lights, washing hung by the brook)."""
_CARPET = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "beads", "spangle",
                                        "thread", "bobbin", "box", "pin", "cushions",
                                        "rug", "shake", "tufty", "mop", "scrub", "sewing",
                                        "room", "grommets", "punch", "brass", "bag",
                                        "bags", "empty", "unpack", "blanks", "pen"}
"""Requests a game of marbles could bear on (a count, a score, beads, pins and things
that roll, the carpet and the floor)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a ringmaster's patter bears on the telly, a show, lights, a count, a swing)
    **{cue: _CIRCUS for cue in ("mesdames", "messieurs", "tightrope", "teeters", "marvel",
                                "stiltwalkers", "astound", "feast", "senses", "lion",
                                "tamer", "approaches", "fantabulous", "wondrous",
                                "cannonball", "launches", "awestruck", "trapezists",
                                "soar", "sawdust", "spectacle", "unicyclists", "circle")},
    # (a baby's babble bears on its food, its sleep, its things and calls)
    **{babble: _BABY for babble in ("bababoo", "gagagoo", "dadadoo", "mamamumum",
                                    "blublublub", "aboogaboo", "nyanyanya", "bwabwabwa",
                                    "gagaboo")},
    # (calling the goats in bears on animals, their food, brushing and locking up)
    **{goat: _GOATYARD for goat in ("nannies", "billies", "kidlings", "maa", "goatlings",
                                    "nannykins", "billykins", "goaty")},
    # (a drum major's call bears on a band, a parade, its drums, a start or a stop)
    **{cue: _PARADE for cue in ("bandsmen", "countermarching", "drummers", "paradiddles",
                                "mace", "pipers", "skirl", "ranks", "dressed", "tattoo",
                                "skirling")},
    # (a hurling commentary, a jenga call, a remark on a kingfisher or a marbles call
    # after a request could be what it is about or the words of a message; said after a
    # question, an answer)
    **{puck: _HURLING for puck in ("sliotar's", "crossbar", "mighty", "puckout",
                                   "hurley's", "splintered", "soloed", "goalwards",
                                   "sideline", "lofted", "hurlers", "clash", "goalmouth",
                                   "hurley")},
    **{block: _JENGA for block in ("jenga", "tower's", "swaying", "crafty", "prod",
                                   "gingerly", "listing", "crashed", "clinging", "pieces",
                                   "strewn", "prod's", "jostled")},
    **{bird: _BROOK for bird in ("kingfisher", "willow", "blur", "azure", "dived",
                                 "minnow", "iridescent", "plumes", "kingfisher's",
                                 "alighted", "gulped", "stickleback", "darted",
                                 "downstream", "preening", "bough")},
    **{marble: _CARPET for marble in ("steelie", "knuckled", "taw's", "skedaddled",
                                      "keepsies", "cannoned", "knuckle", "blood", "alley",
                                      "oxblood", "clinked", "glassie", "ricocheted",
                                      "aggie's", "skittered")},
}
"""Clauses that would bear on a phrase with one of these words ("give frillie a ring"
before a baby's babble may be a call to her; "woollie's swimming at four" before a drum
major's call may be about a parade): never said around it, so the clause stays beside
the request and says nothing of it."""

OOS_WRAPPERS = [
    "mesdames, messieurs, the tightrope teeters. {}", "{}, jenga",
    "bababoo! {}", "{}, the hurlers clash",
    "nannies, nannies! {}", "{}, a kingfisher on the willow",
    "bandsmen, by the left, countermarching! {}", "{}, a steelie, knuckled",
    "feast your senses, the lion tamer approaches. {}", "{}, a crafty prod",
    "drummers, tattoo. {}", "{} so, a puckout from the hurley",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "kidlings, kidlings! {}", "{}, what iridescent plumes",
    "gagagoo! {}", "{}, the hurley's splintered",
    "pipers, skirl! {}", "{}, knuckle in",
    "marvel, mesdames, the stiltwalkers astound. {}", "{}, a prod, it's clinging on",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("mesdames, messieurs"), struck
(longest first) wherever it is said, before single words. Only whole stretches are
struck: the out-of-scope kinds' own words ("marrow", "snail", "spoon", "allotment") are
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
none is a word of a pool phrase, tests/test_resolver_fortyninth_data.py none of an
out-of-scope template)."""


FORTYNINTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("laceroom", "lace room"), ("haberdashery", "haberdashry"), ("yoghurts", "yogurts"),
    ("campervan", "camper van"), ("lacemaker", "lace maker"), ("pilchards", "pilchers"),
    ("lacemaking", "lace making"), ("scissors", "sizzers"), ("collars", "collers"),
    ("conservatory", "conservatry"), ("turnery", "turnry"), ("woodturning", "wood turning"),
    ("gymnastics", "jimnastics"), ("fireworks", "fire works"), ("mobiles", "mobeels"),
    ("blazer", "blazor"), ("antiques", "antikes"), ("sealer", "seeler"),
    ("sailmaker", "sail maker"), ("sailshed", "sail shed"), ("regatta", "regata"),
    ("deckchairs", "deck chairs"), ("shallots", "shallows"), ("bandanas", "bandannas"),
    ("sailcloth", "sail cloth"), ("marina", "mareena"), ("battens", "battons"),
    ("insurance", "insurence"), ("mackerel", "mackrel"), ("ragdoll", "rag doll"),
    ("utility", "utillity"),
]
"""The forty-ninth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("lace starcher", "lacestarcher"), ("swimming kit", "swimmingkit"),
         ("tumble dryer", "tumbledryer"), ("craft fair", "craftfair"),
         ("lace guild", "laceguild"), ("village panto", "villagepanto"),
         ("picot edging", "picotedging"), ("spangle beads", "spanglebeads"),
         ("breezy attic", "breezyattic"), ("woolly socks", "woollysocks"),
         ("frilly collars", "frillycollars"), ("sewing room", "sewingroom"),
         ("lace pillows", "lacepillows"), ("silk thread", "silkthread"),
         ("pattern book", "patternbook"), ("bobbin box", "bobbinbox"),
         ("pin cushions", "pincushions"), ("riding hat", "ridinghat"),
         ("timber yard", "timberyard"), ("cottage pie", "cottagepie"),
         ("antiques fair", "antiquesfair"), ("walnut blanks", "walnutblanks"),
         ("drum sander", "drumsander"), ("bowl gouge", "bowlgouge"),
         ("oak spindle", "oakspindle"), ("tufty rug", "tuftyrug"),
         ("sanding sealer", "sandingsealer"), ("pen blanks", "penblanks"),
         ("sanding discs", "sandingdiscs"), ("wood shavings", "woodshavings"),
         ("chisel rolls", "chiselrolls"), ("burr elm", "burrelm"),
         ("sailing jacket", "sailingjacket"), ("utility room", "utilityroom"),
         ("ski trip", "skitrip"), ("sail plotter", "sailplotter"),
         ("cringle patches", "cringlepatches"), ("brass grommets", "brassgrommets"),
         ("fuzzy towels", "fuzzytowels"), ("sail bags", "sailbags"),
         ("rope locker", "ropelocker"), ("bolt ropes", "boltropes"),
         ("sail needles", "sailneedles"), ("hemming evening", "hemmingevening")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"laceroom": "lace-room", "turnery": "turn-ery", "sailshed": "sail-shed",
             "campervan": "camper-van", "woodturning": "wood-turning"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortyninth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a {w} out of driftwood", "what's {w} in estonian, roughly",
        "sketch a {w} on the back of the gas bill",
        "are {w} dearer at the cash and carry in barnsley",
        "track down a vintage {w} at the car boot in settle",
        "how much does a typical {w} weigh in ounces",
        "write a daft sonnet about a {w}", "spell {w} in welsh, letter by letter",
    ],
    "routine command": [
        "wipe {p} off the rota for good", "walk me through {p} one step at a time",
        "think up a sillier title for {p}, something rhyming",
        "copy {p} over for the annexe",
        "limit {p} to the half term fortnight", "chirp thrice whenever {p} kicks off",
        "who's been fiddling with {p} behind auntie's back",
        "could {p} be a tad softer on my nerves",
    ],
    "word order": [
        "{b} outclasses {a} every blessed time", "{b} edges {a} by a whisker, truly",
        "swap {a} and {b} about, ta very much", "scrap the {a}, quadruple the {b}",
        "{a} ahead of {b}, or vice versa perhaps", "a heap of {b}, a smidgen of {a}",
    ],
    "negation": [
        "let's skip {p} this evening, pet",
        "i'd rather you didn't {p} while grandpa dozes in the recliner",
        "under no circumstances {p}, sweetheart",
        "don't kick off {p} while i'm at the optician's",
        "nope, shelve {p} for ages", "hold your horses, no {p} before brunch",
    ],
    "cancellation": [
        "defer {p} until the in-laws from wigan have left",
        "{p} can wait until the glazier's done",
        "drop {p} for the week of the sheep fair",
        "halt {p} until the scaffolders take the poles down",
        "we'll scrap {p} over the august bank holiday",
        "put {p} on ice until shrove tuesday has been and gone",
    ],
    "state question": [
        "is {p} puttering along this very minute", "is {p} partway through or all wrapped up",
        "did {p} go smoothly before elevenses",
        "has {p} packed in or is it plodding on",
        "has anyone dealt with {p} since the postie came",
        "did {p} happen the friday after the coffee morning",
    ],
    "past or story": [
        "the winter the pipes froze {p} packed up as well",
        "during the drought of the centenary {p} went doolally",
        "my great aunt in padstow swore by {p} every michaelmas",
        "at the golden wedding in selby {p} went on till sunrise",
        "that whole harvest {p} was on the fritz",
        "when we lodged above the chippy in bridlington we had to {p} by lantern light",
    ],
    "someone else's words": [
        "the coalman muttered {p} by the back gate",
        "a street performer on the pier warbled {p}",
        "my godfather ends every phone call with {p}",
        "a lad on the last train muttered {p}",
        "the dinner lady at the juniors bellowed {p}",
        "our chimney sweep hums {p} while he brushes",
    ],
    "contrast": [
        "{p} is only for when my brother ferries the nephews over from penzance",
        "we only {p} when great granny sails down from kirkwall",
        "{p} is a once a year treat in this house", "{p} is strictly a boxing day habit",
        "we only {p} when the well dressing is on in the village",
        "{p} is saved for when the rural dean calls in",
    ],
    "hypothetical": [
        "suppose i knitted you a scarf to coax you to {p}",
        "if i ever took up {p}, would you manage",
        "just supposing, could you {p} for a bet",
        "if {p} kicked off at three in the morning would the close complain",
        "picture {p} going on during a power cut",
        "what would you do if the churchwarden's niece asked you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since the electrician came",
        "{p} failed us again at the silver jubilee do in skegness",
        "{p} has been useless since the joiner called",
        "i've had it up to here with {p} since the clocks changed",
        "{p} is a right pain this fortnight",
        "{p} keeps packing up halfway through gardeners' question time",
    ],
    "opinion": [
        "{p} is the bee's knees and no mistake", "i'm over the moon about {p}, hand on my heart",
        "{p} is a lifesaver for my back, cross my heart",
        "{p} has made sleety wednesdays almost cheerful",
        "{p} is the cleverest contraption this side of the pennines",
        "{p} is top notch, no word of a lie",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the osteopath's",
        "nag me about {p} once the snooker's over",
        "make sure i remember to {p} on sunday after the boot fair",
        "nudge me to {p} after the news quiz",
        "add {p} to thursday's chores", "give me a nudge about {p} at half time",
    ],
    "permission question": [
        "is my stepbrother's fiancee's cousin allowed to {p}",
        "is the next door neighbour's grandson permitted to {p}",
        "would the window cleaner be allowed to {p} unsupervised",
        "is my godson permitted to {p} on sleepover nights",
        "can the childminder's husband {p} without asking first",
        "is the milk lady allowed to {p}",
    ],
    # the forty-ninth's own
    "a prize marrow named it": [
        "the prize marrow at the flower show is called {p}",
        "our prize marrow is named {p}",
        "{p} is the prize marrow with the rosette",
        "grandpa named his prize marrow {p}",
        "there's a prize marrow in the produce tent named {p}",
        "who'd call a prize marrow {p}",
    ],
    "a racing snail named it": [
        "the racing snail that won the derby is called {p}",
        "our racing snail is named {p}",
        "{p} is the racing snail with the painted shell",
        "my nephew named his racing snail {p}",
        "there's a racing snail at the village fete named {p}",
        "who'd name a racing snail {p}",
    ],
    "burnt into a wooden spoon": [
        "{p} is burnt into the wooden spoon",
        "someone burnt {p} into a wooden spoon",
        "the wooden spoon from the craft stall has {p} burnt into the handle",
        "they burnt {p} into every wooden spoon for the tombola",
        "there's a wooden spoon in the drawer with {p} burnt into it",
        "why burn {p} into a wooden spoon",
    ],
    "stencilled on a tea chest": [
        "{p} is stencilled on the tea chest",
        "my grandad stencilled {p} on a tea chest",
        "the tea chest in the loft has {p} stencilled on the lid",
        "they stencilled {p} on every tea chest for the removal",
        "there's a tea chest at the auction with {p} stencilled on it",
        "why stencil {p} on a tea chest",
    ],
    "on a road sign at the crossroads": [
        "the road sign at the crossroads says {p}",
        "someone's changed the road sign at the crossroads to {p}",
        "{p} is what the road sign at the crossroads reads",
        "the council put {p} on the road sign at the crossroads",
        "there's a road sign at the crossroads pointing to {p}",
        "why does the road sign at the crossroads say {p}",
    ],
    "asking a florist about a rose called it": [
        "excuse me, do you sell the rose called {p}",
        "we asked the florist about a rose called {p}",
        "the florist had never heard of a rose called {p}",
        "can the florist order in the rose called {p}",
        "i'll ask the florist about that rose called {p}",
        "does the florist stock a rose called {p}",
    ],
    "the harbour pilot's tale about it": [
        "the harbour pilot told us a tale about {p}",
        "in the harbour pilot's tale {p} saved the trawler",
        "{p}, said the harbour pilot, was how the old tale began",
        "the harbour pilot's tale ended with {p}",
        "the harbour pilot spun a long tale about {p}",
        "why does the harbour pilot always tell that tale about {p}",
    ],
    "the school caretaker's saying": [
        "our school caretaker always says {p}",
        "{p} is the school caretaker's favourite saying",
        "the school caretaker says {p} whenever he mops up",
        "the kids copy the school caretaker's saying, {p}",
        "the school caretaker shouted his saying {p} across the yard",
        "why is {p} the school caretaker's saying",
    ],
    "banned by the allotment committee": [
        "the allotment committee says no {p}",
        "under the allotment committee's rules we can't {p}",
        "{p} is banned by the allotment committee",
        "the allotment committee forbids plot holders to {p}",
        "according to the allotment committee nobody may {p}",
        "why would the allotment committee ban {p}",
    ],
    "an untaught request joined to it by along with": [
        "{p} along with descale the iron",
        "{p}, along with hire a piano tuner",
        "bleed the radiators along with {p}",
        "{p} along with reseal the bath",
        "unblock the drain, along with {p}",
        "{p} along with reboot the printer",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} spurtle", "{} salad tongs", "{} sock darner", "{} button hook",
    "{} bicycle pump", "{} fly swatter", "{} bird bath", "{} hot cross bun",
    "{} ear trumpet", "{} washboard",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the sixty-first held-out resolver set
(benchmarks/_resolver_sixtyfirst.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a harp maker's townhouse with
the harproom over the coach arch, where Minda builds harps, with her husband Borda,
their daughters Binda and Finda, a cat Spruce and a whippet Bray (seed 610); a felt
maker's cottage with the feltshed by the mill leat, where Venda felts hats and scarves,
with her husband Morta, their daughters Hoppa and Wenna, a cat Merino and a collie
Roving (611); and a spoon carver's cabin with the spoonshed in the birchwood, where
Pruna carves spoons and ladles, with her husband Zippa, their daughters Dippa and
Senara, a cat Sloyd and a beagle Kuksa (612). Its people and pets are named in ways no
earlier set names them: after what a harp maker planes a soundboard from or pins its
strings with ("feed spruce" beside "plane the spruce soundboard", "walk bray" beside
"fit the bray pins"), what a felt maker cards or dyes ("feed merino" beside "card the
merino fleece", "walk roving" beside "dye the wool roving") or what a spoon carver
hones or waxes ("feed sloyd" beside "hone the sloyd knife", "walk kuksa" beside "wax
the kuksa cup"); and with names a recogniser writes as the word they sound like, as a
speaker who sounds no "r" after a vowel says both: one who minds a cat ("minda" as
"minder", beside "pay the cat minder"), what edges a lawn ("borda" as "border", beside
"weed the flower border"), what holds papers ("binda" as "binder", beside "label the
blue binder"), what finds a stud ("finda" as "finder", beside "charge the stud
finder"), one who sells fish ("venda" as "vendor", beside "pay the fish vendor"), what
binds bricks ("morta" as "mortar", beside "mix the lime mortar"), what feeds seed
("hoppa" as "hopper", beside "fill the seed hopper"), what prunes a rose ("pruna" as
"pruner", beside "sharpen the rose pruner"), what fastens a coat ("zippa" as "zipper",
beside "mend the coat zipper") and a bird on the weir ("dippa" as "dipper", beside
"film the dipper on the weir"). A name that is also a word of another phrase of its
home ("spruce", "bray", "merino", "roving", "sloyd", "kuksa") has no other spelling, so
the word is never respelt as the name; Wenna's and Senara's names sound like no word
of their home. Each teaches 22 of its own routines with the generic pool; the rest of
its own pool, and the siblings in ``UNTAUGHT`` ("binda's netball at five" beside
"binda's netball at four", "thicknesser off" beside "thicknesser on"), are never taught
there. Phrases come in every shape: one word ("harpmaking", "feltmaking",
"spooncarving"), two nouns ("sycamore necks", "alpaca batts", "walnut ladles"), nested
("thicknesser on" inside "drum thicknesser on", "needler on" inside "bench needler on",
"hollower on" inside "bowl hollower on"), words shared across phrases ("lock the
harproom" and "harproom light on", "feed spruce" and "plane the spruce soundboard"),
numbers and times ("binda's netball at four", "senara's guitar at nine"), places
("harproom heater on", "feltshed boiler on", "spoonshed fan on"), verbs first ("mix the
lime mortar", "fill the seed hopper") and nouns first ("tuna for the donskoy"),
questions ("how many harps are strung", "how many hats are felted", "how many spoons
are whittled"), and a chore of several clauses ("we're off to the green wood fair so
feed sloyd and give senara a ring and lock the spoonshed").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("minder" for "minda", "mortar" for "morta", "zipper" for "zippa"): the same person,
so "text borda about the folk festival tickets" written "text border about the folk
festival tickets" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a capoeira class in the community centre first
("ginga, esquiva. X"), a curlew calling over the mudflats first, one word no dictionary
of the speaker's has ("coorlee! X"), a kabaddi raider chanting at the sports centre
first ("kabaddi kabaddi! X"), a cock pheasant crowing in the stubble first ("kok kok!
X"), a remark on the smirr drifting in off the moor after ("X, smirr"), a remark on
siskins in the alders after ("X, siskins"), a game of bezique at the table after ("X,
bezique"), a remark on aconites under the hornbeams after ("X, aconites"); the phrase
between a curlew's call and a smirr remark ("coorlee! X, smirr"), and the phrase said
in the middle of a capoeira class's calls, which go on after it ("ginga, X, esquiva").
Some are joined with "and", "so", "then" or "oh and". No word of a clause but its
function words is a word of this set's pools or the generic pool, and its distinctive
words are no earlier set's wrappers' nor any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a seaside donkey named it, a treehouse named it, a
pedalo named it, a double decker bus named it, a hamster named it, stamped on a dog
tag, scratched into a school desk, written on a luggage label, cut into a topiary
hedge and painted on a weather vane.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HARPMAKER = "harp maker's townhouse with the harproom over the coach arch"
FELTMAKER = "felt maker's cottage with the feltshed by the mill leat"
SPOONCARVER = "spoon carver's cabin with the spoonshed in the birchwood"
HOMES: dict[int, str] = {610: HARPMAKER, 611: FELTMAKER, 612: SPOONCARVER}

SIXTYFIRST_ROUTINES: dict[str, dict[str, list[str]]] = {
    HARPMAKER: {
        "Spruce": ["feed spruce", "tuna for the donskoy"],
        "Bray": ["walk bray"],
        "Minda": ["ring minda", "call the harp maker", "phone minda"],
        "Borda": ["drop borda a line", "send borda a text"],
        "Borda and Binda": ["message borda and binda"],
        "Binda": ["give binda a ring", "give binda a bell", "call binda back"],
        "Finda": ["tell finda her recorder is on the stairs"],
        "Finda ring": ["give finda a ring", "phone finda"],
        "Finda lift": ["ask finda for a lift to the ice rink"],
        "Binda supper": ["tell binda her goulash is ready"],
        "Binda lift": ["ask binda for a lift to the trampoline park"],
        "Minda strings": ["text minda about the gut string delivery"],
        "Borda tickets": ["text borda about the folk festival tickets"],
        "Borda ring": ["give borda a ring", "ring borda back"],
        "Minda keys": ["ask minda for the workshop keys"],
        "Thicknesser": ["thicknesser on"],
        "Drum thicknesser": ["drum thicknesser on"],
        "Harproom heater": ["harproom heater on"],
        "Spruce soundboard": ["plane the spruce soundboard"],
        "Bray pins": ["fit the bray pins"],
        "Minder": ["pay the cat minder"],
        "Border": ["weed the flower border"],
        "Binder": ["label the blue binder"],
        "Finder": ["charge the stud finder"],
        "Harps": ["how many harps are strung"],
        "Maple": ["has the maple parcel come"],
        "Netball": ["binda's netball at four"],
        "Ballet": ["finda's ballet at seven"],
        "Harp chisels": ["oil the harp chisels", "hone the harp chisels"],
        "Harp orders": ["count the harp orders", "tally the harp orders"],
        "Gut strings": ["order more gut strings", "restock the gut strings"],
        "Harpmaking": ["harpmaking", "harpmaking evening"],
        "Harproom": ["lock the harproom"],
        "Harproom light": ["harproom light on"],
        "Workshop windows": ["wash the workshop windows"],
        "Harp invoices": ["file the harp invoices"],
        "Sycamore necks": ["sycamore necks"],
        "Cherry pillars": ["cherry pillars"],
        # long
        "Harp festival": ["we're off to the harp festival so feed spruce and give binda "
                          "a ring and lock the harproom"],
    },
    FELTMAKER: {
        "Merino": ["feed merino", "kibble for the levkoy"],
        "Roving": ["walk roving"],
        "Venda": ["ring venda", "call the felt maker", "phone venda"],
        "Morta": ["drop morta a line", "send morta a text"],
        "Morta and Hoppa": ["message morta and hoppa"],
        "Hoppa": ["give hoppa a ring", "phone hoppa", "ring hoppa back"],
        "Wenna boots": ["tell wenna her football boots are in the porch"],
        "Wenna ring": ["give wenna a bell", "phone wenna", "ring wenna back"],
        "Hoppa lift": ["ask hoppa for a lift to the leisure centre",
                       "ask hoppa to drive me to the leisure centre"],
        "Hoppa supper": ["tell hoppa her cottage pie is ready"],
        "Venda and Wenna": ["message venda and wenna"],
        "Venda lift": ["ask venda for a lift to the garden centre"],
        "Morta card": ["send morta a get well card", "post morta a get well card"],
        "Venda fleece": ["text venda about the shetland fleece order",
                         "email venda about the shetland fleece order"],
        "Morta quiz": ["text morta about the pub quiz"],
        "Morta ring": ["give morta a ring", "phone morta back"],
        "Needler": ["needler on"],
        "Bench needler": ["bench needler on"],
        "Feltshed boiler": ["feltshed boiler on"],
        "Hats": ["how many hats are felted"],
        "Olive soap": ["has the olive soap parcel come"],
        "Brownies": ["hoppa's brownies at five"],
        "Violin": ["wenna's violin at eight"],
        "Merino fleece": ["card the merino fleece"],
        "Wool roving": ["dye the wool roving"],
        "Vendor": ["pay the fish vendor"],
        "Mortar": ["mix the lime mortar"],
        "Hopper": ["fill the seed hopper"],
        "Hand carders": ["oil the hand carders", "brush the hand carders"],
        "Felt orders": ["count the felt orders", "tally the felt orders"],
        "Feltmaking": ["feltmaking", "feltmaking morning"],
        "Feltshed": ["lock the feltshed"],
        "Feltshed light": ["feltshed light on"],
        "Bubble wrap": ["order more bubble wrap", "restock the bubble wrap"],
        "Leat grating": ["clear the leat grating"],
        "Alpaca batts": ["alpaca batts"],
        "Silk scarves": ["silk scarves"],
        # long
        "Wool fair": ["we're off to the wool fair so feed merino and give hoppa a ring "
                      "and lock the feltshed"],
    },
    SPOONCARVER: {
        "Sloyd": ["feed sloyd", "chicken for the dwelf"],
        "Kuksa": ["walk kuksa"],
        "Pruna": ["ring pruna", "call the spoon carver", "phone pruna"],
        "Zippa": ["drop zippa a line", "send zippa a text", "write zippa a note"],
        "Zippa and Senara": ["message zippa and senara"],
        "Senara": ["give senara a ring", "phone senara"],
        "Dippa wellies": ["tell dippa her wellies are in the log store"],
        "Pruna birch": ["text pruna about the green birch order",
                        "email pruna about the green birch order"],
        "Dippa trip": ["text dippa about the aquarium trip",
                       "email dippa about the aquarium trip"],
        "Zippa ring": ["give zippa a ring", "phone zippa"],
        "Zippa lift": ["ask zippa for a lift to the sailing club",
                       "ask zippa to drive me to the sailing club"],
        "Pruna and Senara": ["message pruna and senara"],
        "Hollower": ["hollower on"],
        "Bowl hollower": ["bowl hollower on"],
        "Spoonshed fan": ["spoonshed fan on"],
        "Sloyd knife": ["hone the sloyd knife"],
        "Kuksa cup": ["wax the kuksa cup"],
        "Pruner": ["sharpen the rose pruner"],
        "Zipper": ["mend the coat zipper"],
        "Dipper": ["film the dipper on the weir"],
        "Dippa": ["give dippa a bell", "ring dippa back"],
        "Spoons": ["how many spoons are whittled"],
        "Cherry blanks": ["have the cherry blanks arrived"],
        "Hockey": ["dippa's hockey at six"],
        "Guitar": ["senara's guitar at nine"],
        "Hook knives": ["hone the hook knives", "oil the hook knives"],
        "Spoon orders": ["count the spoon orders", "tally the spoon orders"],
        "Danish oil": ["order more danish oil", "restock the danish oil"],
        "Spooncarving": ["spooncarving", "spooncarving weekend"],
        "Spoonshed": ["lock the spoonshed"],
        "Spoonshed light": ["spoonshed light on"],
        "Birch logs": ["stack the birch logs"],
        "Boat licence": ["renew zippa's boat licence"],
        "Walnut ladles": ["walnut ladles"],
        "Yew spatulas": ["yew spatulas"],
        # long
        "Green wood fair": ["we're off to the green wood fair so feed sloyd and give "
                            "senara a ring and lock the spoonshed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    HARPMAKER: {
        "Netball five": ["binda's netball at five"],
        "Ballet eight": ["finda's ballet at eight"],
        "Thicknesser off": ["thicknesser off"],
        "Drum thicknesser off": ["drum thicknesser off"],
        "Harproom light off": ["harproom light off"],
        "Unlock harproom": ["unlock the harproom"],
        "Minda nylon": ["text minda about the nylon string delivery"],
        "Nylon strings": ["order more nylon strings"],
        "Harp returns": ["count the harp returns"],
        "Dog minder": ["pay the dog minder"],
        "Vegetable border": ["weed the vegetable border"],
        "Harproom heater off": ["harproom heater off"],
    },
    FELTMAKER: {
        "Brownies six": ["hoppa's brownies at six"],
        "Violin nine": ["wenna's violin at nine"],
        "Needler off": ["needler off"],
        "Bench needler off": ["bench needler off"],
        "Feltshed light off": ["feltshed light off"],
        "Unlock feltshed": ["unlock the feltshed"],
        "Venda jacob": ["text venda about the jacob fleece order"],
        "Packing tape": ["order more packing tape"],
        "Scarf orders": ["count the scarf orders"],
        "Cement mortar": ["mix the cement mortar"],
        "Grain hopper": ["fill the grain hopper"],
        "Feltshed boiler off": ["feltshed boiler off"],
    },
    SPOONCARVER: {
        "Hockey seven": ["dippa's hockey at seven"],
        "Guitar ten": ["senara's guitar at ten"],
        "Hollower off": ["hollower off"],
        "Bowl hollower off": ["bowl hollower off"],
        "Spoonshed light off": ["spoonshed light off"],
        "Unlock spoonshed": ["unlock the spoonshed"],
        "Pruna ash": ["text pruna about the green ash order"],
        "Tung oil": ["order more tung oil"],
        "Ladle orders": ["count the ladle orders"],
        "Bag zipper": ["mend the bag zipper"],
        "Hedge pruner": ["sharpen the hedge pruner"],
        "Spoonshed fan off": ["spoonshed fan off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the harp maker's townhouse
    {"we're off to the harp festival so feed spruce and give binda a ring and lock the "
     "harproom", "i'm leaving", "goodbye house", "feed spruce", "give binda a ring",
     "lock the harproom"},
    {"feed spruce", "tuna for the donskoy", "feed the donskoy"},
    {"ring minda", "call the harp maker", "ring the harp maker", "phone minda"},
    # the felt maker's cottage
    {"we're off to the wool fair so feed merino and give hoppa a ring and lock the "
     "feltshed", "i'm leaving", "goodbye house", "feed merino", "give hoppa a ring",
     "lock the feltshed"},
    {"feed merino", "kibble for the levkoy", "feed the levkoy"},
    {"ring venda", "call the felt maker", "ring the felt maker", "phone venda"},
    # the spoon carver's cabin
    {"we're off to the green wood fair so feed sloyd and give senara a ring and lock "
     "the spoonshed", "i'm leaving", "goodbye house", "feed sloyd", "give senara a ring",
     "lock the spoonshed"},
    {"feed sloyd", "chicken for the dwelf", "feed the dwelf"},
    {"ring pruna", "call the spoon carver", "ring the spoon carver", "phone pruna"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the donskoy" where the donskoy is Spruce). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"spruce", "bray", "minda", "borda", "binda", "binda's", "finda", "finda's",
         "merino", "roving", "venda", "morta", "hoppa", "hoppa's", "wenna", "wenna's",
         "sloyd", "kuksa", "pruna", "zippa", "zippa's", "dippa", "dippa's", "senara",
         "senara's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as one who minds a cat, what edges a lawn, what holds papers, what finds
    # a stud
    "minda": ("minder",), "borda": ("border",), "binda": ("binder",),
    "binda's": ("binder's",), "finda": ("finder",), "finda's": ("finder's",),
    # written as one who sells fish, what binds bricks, what feeds seed
    "venda": ("vendor",), "morta": ("mortar",), "hoppa": ("hopper",),
    "hoppa's": ("hopper's",),
    # written as what prunes a rose, what fastens a coat, a bird on the weir
    "pruna": ("pruner",), "zippa": ("zipper",), "zippa's": ("zipper's",),
    "dippa": ("dipper",), "dippa's": ("dipper's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er" or "-or" or "-ar" are one sound, so "minda" and "minder",
"borda" and "border", "binda" and "binder", "finda" and "finder", "venda" and "vendor",
"morta" and "mortar", "hoppa" and "hopper", "pruna" and "pruner", "zippa" and "zipper",
"dippa" and "dipper" are each one sound. Wenna's and Senara's names have no other
writing."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "tuna": ("sardines",), "donskoy": ("persian",), "walk": ("brush",),
    "lock": ("sweep",), "harp": ("piano",), "maker": ("tuner",),
    "text": ("visit",), "recorder": ("clarinet",), "stairs": ("landing",),
    "ice": ("roller",), "rink": ("disco",), "goulash": ("curry",),
    "trampoline": ("adventure",), "park": ("playground",),
    "gut": ("wire",), "string": ("bracket",), "delivery": ("invoice",),
    "folk": ("jazz",), "festival": ("club",), "tickets": ("programmes",),
    "workshop": ("garage",), "keys": ("papers",),
    "thicknesser": ("router",), "drum": ("disc",), "harproom": ("attic",),
    "heater": ("fan",), "plane": ("varnish",), "spruce": ("oak",),
    "soundboard": ("tabletop",), "fit": ("straighten",), "bray": ("tuning",),
    "pins": ("pegs",), "pay": ("thank",), "cat": ("house",), "minder": ("sitter",),
    "weed": ("edge",), "flower": ("herb",), "border": ("bed",),
    "label": ("empty",), "blue": ("red",), "binder": ("folder",),
    "charge": ("clean",), "stud": ("metal",), "finder": ("detector",),
    "harps": ("pianos",), "strung": ("tuned",), "maple": ("walnut",),
    "parcel": ("letter",), "netball": ("rounders",), "ballet": ("tap",),
    "oil": ("sharpen",), "hone": ("sharpen",), "chisels": ("gouges",),
    "count": ("sort",), "tally": ("sort",), "orders": ("repairs",),
    "strings": ("pegs",), "harpmaking": ("clockmaking",), "evening": ("morning",),
    "wash": ("dust",), "windows": ("shutters",), "file": ("shred",),
    "invoices": ("receipts",), "sycamore": ("beech",), "necks": ("legs",),
    "cherry": ("ash",), "pillars": ("columns",),
    "merino": ("mohair",), "kibble": ("mince",), "levkoy": ("siamese",),
    "roving": ("yarn",), "felt": ("lace",), "football": ("rugby",),
    "boots": ("socks",), "porch": ("attic",), "leisure": ("community",),
    "centre": ("hall",), "cottage": ("fish",), "pie": ("cakes",),
    "garden": ("sports",), "get": ("good",), "well": ("luck",), "card": ("balloon",),
    "shetland": ("herdwick",), "fleece": ("yarn",), "pub": ("charity",),
    "quiz": ("raffle",), "needler": ("steamer",), "bench": ("floor",),
    "feltshed": ("boathouse",), "boiler": ("radio",), "hats": ("scarves",),
    "felted": ("sold",), "olive": ("lavender",), "soap": ("wax",),
    "brownies": ("cubs",), "violin": ("flute",), "dye": ("spin",), "wool": ("cotton",),
    "fish": ("flower",), "vendor": ("stall",), "mix": ("lay",), "lime": ("sand",),
    "mortar": ("grout",), "fill": ("empty",), "seed": ("corn",),
    "hopper": ("tray",), "hand": ("drum",), "carders": ("combs",),
    "brush": ("wash",), "feltmaking": ("weaving",), "morning": ("afternoon",),
    "bubble": ("cling",), "wrap": ("film",), "clear": ("check",),
    "leat": ("ditch",), "grating": ("sluice",), "alpaca": ("camel",),
    "batts": ("fibres",), "silk": ("linen",), "scarves": ("shawls",),
    "chicken": ("turkey",), "dwelf": ("sphynx",), "spoon": ("bowl",),
    "carver": ("turner",), "wellies": ("trainers",), "log": ("coal",),
    "store": ("bunker",), "green": ("seasoned",), "birch": ("oak",),
    "aquarium": ("zoo",), "trip": ("sleepover",), "sailing": ("tennis",),
    "club": ("lesson",), "hollower": ("sander",), "bowl": ("plate",),
    "spoonshed": ("kitchen",), "fan": ("radio",), "sloyd": ("bread",),
    "knife": ("saw",), "wax": ("oil",), "kuksa": ("coffee",), "cup": ("mug",),
    "sharpen": ("oil",), "rose": ("bypass",), "pruner": ("shears",),
    "mend": ("wash",), "coat": ("boot",), "zipper": ("button",),
    "film": ("sketch",), "dipper": ("heron",), "weir": ("bridge",),
    "spoons": ("bowls",), "whittled": ("sold",), "blanks": ("logs",),
    "arrived": ("gone",), "hockey": ("rugby",), "guitar": ("drums",),
    "hook": ("carving",), "knives": ("axes",), "danish": ("teak",),
    "spooncarving": ("bowlturning",), "weekend": ("fortnight",),
    "stack": ("count",), "logs": ("planks",), "renew": ("cancel",),
    "boat": ("fishing",), "licence": ("permit",), "walnut": ("cherry",),
    "ladles": ("bowls",), "yew": ("box",), "spatulas": ("scoops",),
    "wood": ("craft",),
    # the generic pool's
    "dog": ("hamster",), "sauna": ("hot tub",),
    "coffee": ("cocoa",), "movie": ("quiz show",),
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
("binda's netball at quarter past four" for "binda's netball at four", "feed the
persian"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_CAPOEIRA = [
    ("ginga", "esquiva"),
    ("meia lua", "esquiva"),
    ("camara", "ginga"),
    ("parana", "aruanda"),
    ("ginga, ginga", "meia lua"),
    ("esquiva", "parana"),
    ("aruanda", "ginga, camara"),
    ("meia lua, meia lua", "esquiva"),
]
_CURLEW = [
    "coorlee", "coorleee", "cour leee", "whaup", "curleee",
    "coorlee, coorlee", "courr leee", "leeyoo", "coorlee, whaup",
]
_KABADDI = [
    "kabaddi kabaddi", "hututu", "chedugudu, chedugudu", "kabaddi, hututu",
    "sadugudu", "kabaddi, kabaddi, kabaddi", "hututu, kabaddi", "chedugudu",
]
_PHEASANT = [
    "kok kok", "korrk kok", "kutuk kutuk", "korrk", "kok, kok, kok",
    "kutuk", "korrk, kutuk", "kokok",
]
_SMIRR = [
    "smirr", "the smirr's in", "smirry", "that's smirr", "mirk and smirr",
    "the smirr", "more smirr", "smirr again",
]
_SISKINS = [
    "siskins", "the siskins are here", "siskins again", "siskins in the alders",
    "the siskins", "a siskin", "more siskins", "the siskins are here",
]

WRAPPERS: dict[str, list[str]] = {
    "a capoeira class in the community centre, said first": [
        f"{a}, {b}. {{}}" for a, b in _CAPOEIRA[:6]
    ] + [f"{_CAPOEIRA[6][0]}, {_CAPOEIRA[6][1]}, then {{}}",
         f"{_CAPOEIRA[7][0]}, {_CAPOEIRA[7][1]}, oh and {{}}"],
    "a curlew calling over the mudflats, said first": [
        f"{_CURLEW[0]}! {{}}", f"{_CURLEW[1]}! {{}}", f"{_CURLEW[2]}. {{}}",
        f"{_CURLEW[3]}! {{}}", f"{_CURLEW[4]}. {{}}", f"{_CURLEW[5]}! {{}}",
        f"{_CURLEW[6]}, then {{}}", f"{_CURLEW[7]}, oh and {{}}",
        f"{_CURLEW[8]}! {{}}",
    ],
    "a kabaddi raider chanting at the sports centre, said first": [
        f"{_KABADDI[0]}! {{}}", f"{_KABADDI[1]}! {{}}", f"{_KABADDI[2]}. {{}}",
        f"{_KABADDI[3]}! {{}}", f"{_KABADDI[4]}. {{}}", f"{_KABADDI[5]}! {{}}",
        f"{_KABADDI[6]}, then {{}}", f"{_KABADDI[7]}, oh and {{}}",
    ],
    "a cock pheasant crowing in the stubble, said first": [
        f"{_PHEASANT[0]}! {{}}", f"{_PHEASANT[1]}! {{}}", f"{_PHEASANT[2]}! {{}}",
        f"{_PHEASANT[3]}. {{}}", f"{_PHEASANT[4]}. {{}}", f"{_PHEASANT[5]}! {{}}",
        f"{_PHEASANT[6]}, then {{}}", f"{_PHEASANT[7]}, oh and {{}}",
    ],
    "a remark on the smirr drifting in off the moor, said after": [
        f"{{}}, {d}" for d in _SMIRR[:6]
    ] + [f"{{}} and, {_SMIRR[6]}", f"{{}} so, {_SMIRR[7]}"],
    "a remark on siskins in the alders, said after": [
        f"{{}}, {d}" for d in _SISKINS[:6]
    ] + [f"{{}} and, {_SISKINS[6]}", f"{{}} so, {_SISKINS[7]}"],
    "a game of bezique at the table, said after": [
        "{}, bezique", "{}, that's a bezique", "{}, brisque", "{}, bezique, bezique",
        "{}, a bezique", "{}, no brisque", "{} and, another bezique",
        "{} so, bezique again",
    ],
    "a remark on aconites under the hornbeams, said after": [
        "{}, aconites", "{}, the aconites are up", "{}, an aconite",
        "{}, aconites under the hornbeams", "{}, the aconites", "{}, aconites, aconites",
        "{} and, more aconites", "{} so, the aconites are up",
    ],
    "between a curlew's call and a smirr remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_CURLEW[:1], _SMIRR[:1], strict=True)
    ] + [f"{_CURLEW[1]}! {{}}, {_SMIRR[1]}", f"{_CURLEW[2]}. {{}}, {_SMIRR[2]}",
         f"{_CURLEW[3]}! {{}}, {_SMIRR[3]}", f"{_CURLEW[4]}. {{}}, {_SMIRR[4]}",
         f"{_CURLEW[5]}! {{}}, {_SMIRR[5]}",
         f"{_CURLEW[8]}! {{}} and, {_SMIRR[6]}",
         f"{_CURLEW[6]}. {{}} so, {_SMIRR[7]}"],
    "in the middle of a capoeira class's calls": [
        f"{a}, {{}}, {b}" for a, b in _CAPOEIRA[:6]
    ] + [f"{_CAPOEIRA[6][0]}, {{}} and, {_CAPOEIRA[6][1]}",
         f"{_CAPOEIRA[7][0]}, {{}} so, {_CAPOEIRA[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in SIXTYFIRST_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("strung",
"felted", "whittled"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three",
            "two"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_NOISE = {"quiet", "loud", "noise", "sounds"}
_OUTINGS = {"netball", "ballet", "brownies", "violin", "hockey", "guitar", "ice", "rink",
            "trampoline", "park", "folk", "festival", "tickets", "leisure", "centre",
            "garden", "sailing", "club", "aquarium", "trip", "harp", "wool", "fair",
            "green", "wood", "pub", "quiz", "football", "lift", "recorder"}
"""Requests about a child's club or lesson, a show, a fair or an outing and a lift to
it: a class, a game or a call said beside them could be about the same outing."""
_PETS = {"feed", "tuna", "kibble", "chicken", "donskoy", "levkoy", "dwelf", "spruce",
         "bray", "merino", "roving", "sloyd", "kuksa", "walk", "cat", "dog", "walking",
         "minder"}
"""Requests about the cats and dogs (what a bird in the alders or the stubble is wary
of, what may run out on the mudflats)."""
_COLD = {"heater", "heat", "fire", "fireplace", "boiler", "fan", "morning",
         "afternoon", "night", "evening", "bedtime", "curtains", "blinds", "window",
         "windows", "washing", "laundry", "outside", "porch"}
"""Requests about the cold, the damp, the time of day or what dries or warms the house
(what a remark on the smirr could bear on)."""
_CLASS = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "workout", "gym", "yoga",
                              "practice", "session", "ready", "kit", "music", "drum"}
"""Requests a capoeira class's calls could bear on (a class and its count, a workout,
music, a club and the lift to it)."""
_MUDFLATS = _NOISE | {"weir", "dipper", "film", "fish", "tuna", "walk", "walking", "bray",
                      "roving", "kuksa", "dog", "seed", "boat", "sailing", "aquarium",
                      "leat", "grating"}
"""Requests a curlew calling could bear on (the water and the birds on it, what is
filmed, the dogs walked along the shore, a boat)."""
_RAID = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "game", "party", "drive",
                             "sports", "gaming"}
"""Requests a kabaddi raider's chant could bear on (a game and its count, a sports
centre, an outing and a lift)."""
_STUBBLE = _NOISE | _PETS | {"seed", "hopper", "garden", "border", "weed", "flower",
                             "film", "morning", "grain"}
"""Requests a cock pheasant crowing could bear on (the seed it is after, the garden and
its borders, the pets that chase it, what is filmed, the morning)."""
_MOOR = _SAID_TO | _ASKED | _COLD | {"weir", "dipper", "film", "drive", "car", "lift",
                                     "garden", "border", "weed", "flower", "wash",
                                     "leat", "grating", "sailing", "boat", "walk"}
"""Requests a remark on the smirr could bear on (the cold and the damp, the washing,
the garden, the water and what is filmed on it, a drive or a walk in it), and a message
or a question."""
_ALDERS = _SAID_TO | _ASKED | _PETS | {"garden", "window", "windows", "film", "weir",
                                       "dipper", "seed", "hopper", "birch", "flower",
                                       "border"}
"""Requests a remark on siskins could bear on (the garden and the window they are seen
from, the seed put out for them, what is filmed, the cats that stalk them)."""
_TABLE = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "pie", "goulash",
                                                  "ready", "card", "cards", "music",
                                                  "radio", "quiz", "stack"}
"""Requests a game of bezique could bear on (a game and its count, supper at the table,
a party, a quiz or a card)."""
_HORNBEAMS = _SAID_TO | _ASKED | _COLD | {"garden", "flower", "border", "weed", "rose",
                                      "pruner", "birch", "logs", "log", "walnut",
                                      "sycamore", "cherry", "maple", "yew", "spruce",
                                      "film", "seed"}
"""Requests a remark on aconites could bear on (the garden, its borders and its trees,
the cold of late winter), and a message or a question."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a capoeira class bears on a class, its count, its music, a club and the lift)
    **{call: _CLASS for call in ("ginga", "esquiva", "meia", "lua", "camara", "parana",
                                 "aruanda")},
    # (a curlew calling bears on the water, what is filmed, the dogs on the shore)
    **{bird: _MUDFLATS for bird in ("coorlee", "coorleee", "cour", "leee", "whaup",
                                    "curleee", "courr", "leeyoo")},
    # (a kabaddi raider's chant bears on a game, its count, an outing and a lift)
    **{chant: _RAID for chant in ("kabaddi", "hututu", "chedugudu", "sadugudu")},
    # (a cock pheasant bears on seed, the garden, the pets and the morning)
    **{bird: _STUBBLE for bird in ("kok", "korrk", "kutuk", "kokok")},
    # (a smirr remark, a bezique call, a siskin or an aconite remark after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{damp: _MOOR for damp in ("smirr", "smirr's", "smirry", "mirk")},
    **{bird: _ALDERS for bird in ("siskins", "siskin", "alders")},
    **{game: _TABLE for game in ("bezique", "brisque")},
    **{flower: _HORNBEAMS for flower in ("aconites", "aconite", "hornbeams")},
}
"""Clauses that would bear on a phrase with one of these words ("give binda a ring"
before a capoeira class's calls may be about her class; "film the dipper on the weir"
beside a remark on the smirr is about the weather on the water): never said around it,
so the clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "ginga, esquiva. {}", "{}, bezique",
    "coorlee! {}", "{}, smirr",
    "kabaddi kabaddi! {}", "{}, siskins",
    "kok kok! {}", "{}, aconites",
    "camara, ginga. {}", "{}, that's a bezique",
    "hututu! {}", "{} so, the smirr's in",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "sadugudu. {}", "{}, smirry",
    "curleee. {}", "{}, the aconites are up",
    "korrk kok! {}", "{}, siskins in the alders",
    "parana, aruanda. {}", "{}, brisque",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("ginga esquiva",
"kabaddi kabaddi"), struck (longest first) wherever it is said, before single words.
Only whole stretches are struck: the out-of-scope kinds' own words are never a
clause's, so they stay."""

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
    "back", "top", "fancy", "first", "everybody", "into", "those", "which",
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
none is a word of a pool phrase, tests/test_resolver_sixtyfirst_data.py none of an
out-of-scope template)."""


SIXTYFIRST_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("harproom", "harp room"), ("donskoy", "don skoy"), ("recorder", "recorda"),
    ("goulash", "goolash"), ("trampoline", "trampolene"), ("thicknesser", "thickness er"),
    ("soundboard", "sound board"), ("spruce", "sproose"), ("sycamore", "sickamore"),
    ("harpmaking", "harp making"), ("festival", "festivul"), ("chisels", "chizzles"),
    ("levkoy", "lev koy"), ("feltshed", "felt shed"), ("needler", "needla"),
    ("merino", "marino"), ("roving", "rovin"), ("shetland", "shetlund"),
    ("feltmaking", "felt making"), ("carders", "cardas"), ("leisure", "lezure"),
    ("alpaca", "alpacka"), ("violin", "vyolin"), ("dwelf", "dwelph"),
    ("spoonshed", "spoon shed"), ("hollower", "hollowa"), ("kuksa", "kooksa"),
    ("sloyd", "sloid"), ("aquarium", "aquarim"), ("spooncarving", "spoon carving"),
    ("spatulas", "spatchulas"), ("whittled", "wittled"),
    ("wellies", "welly's"),
]
"""The sixty-first set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("drum thicknesser", "drumthicknesser"), ("ice rink", "icerink"),
         ("trampoline park", "trampolinepark"), ("gut string", "gutstring"),
         ("string delivery", "stringdelivery"), ("folk festival", "folkfestival"),
         ("festival tickets", "festivaltickets"), ("workshop keys", "workshopkeys"),
         ("spruce soundboard", "sprucesoundboard"), ("bray pins", "braypins"),
         ("cat minder", "catminder"), ("flower border", "flowerborder"),
         ("blue binder", "bluebinder"), ("stud finder", "studfinder"),
         ("maple parcel", "mapleparcel"), ("harp chisels", "harpchisels"),
         ("harp orders", "harporders"), ("gut strings", "gutstrings"),
         ("workshop windows", "workshopwindows"), ("harp invoices", "harpinvoices"),
         ("sycamore necks", "sycamorenecks"), ("cherry pillars", "cherrypillars"),
         ("harp festival", "harpfestival"), ("harp maker", "harpmaker"),
         ("felt maker", "feltmaker"), ("football boots", "footballboots"),
         ("leisure centre", "leisurecentre"), ("cottage pie", "cottagepie"),
         ("garden centre", "gardencentre"), ("shetland fleece", "shetlandfleece"),
         ("fleece order", "fleeceorder"), ("pub quiz", "pubquiz"),
         ("bench needler", "benchneedler"), ("olive soap", "olivesoap"),
         ("merino fleece", "merinofleece"), ("wool roving", "woolroving"),
         ("fish vendor", "fishvendor"), ("lime mortar", "limemortar"),
         ("seed hopper", "seedhopper"), ("hand carders", "handcarders"),
         ("felt orders", "feltorders"), ("bubble wrap", "bubblewrap"),
         ("leat grating", "leatgrating"), ("alpaca batts", "alpacabatts"),
         ("silk scarves", "silkscarves"), ("wool fair", "woolfair"),
         ("spoon carver", "spooncarver"), ("log store", "logstore"),
         ("birch order", "birchorder"), ("aquarium trip", "aquariumtrip"),
         ("sailing club", "sailingclub"), ("bowl hollower", "bowlhollower"),
         ("sloyd knife", "sloydknife"), ("kuksa cup", "kuksacup"),
         ("rose pruner", "rosepruner"), ("coat zipper", "coatzipper"),
         ("cherry blanks", "cherryblanks"), ("hook knives", "hookknives"),
         ("spoon orders", "spoonorders"), ("danish oil", "danishoil"),
         ("birch logs", "birchlogs"), ("boat licence", "boatlicence"),
         ("walnut ladles", "walnutladles"), ("yew spatulas", "yewspatulas"),
         ("green wood", "greenwood"), ("spooncarving weekend", "spooncarvingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"harproom": "harp-room", "feltshed": "felt-shed",
             "spoonshed": "spoon-shed", "soundboard": "sound-board",
             "harpmaking": "harp-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_sixtyfirst.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "fold a {w} out of an old bus ticket for the harvest supper",
        "what's the scots gaelic for {w}, roughly speaking",
        "scribble a {w} on the back of the gas bill envelope",
        "is a {w} any cheaper at the ironmonger's in keswick",
        "track down a battered second hand {w} at the car boot in ilfracombe",
        "about how many years does a {w} keep going, at a rough guess",
        "make up a clerihew about a {w} for the parish magazine",
        "how would somebody from the black country pronounce {w}",
    ],
    "routine command": [
        "scrap {p} for keeps, no going back",
        "walk me slowly through {p} bit by bit",
        "dream up a snappier name for {p}, something that rhymes",
        "make a second copy of {p} for the static caravan at porthcawl",
        "keep {p} to the ten days before lammas",
        "play a short fanfare whenever {p} starts up",
        "who's been meddling with {p} while grandad was dozing",
        "can {p} be turned down a touch after countryfile",
    ],
    "word order": [
        "{b} wipes the floor with {a}, no contest", "{b} edges {a}, if you want my view",
        "trade the {a} for a {b}, ta", "chuck the {a} but keep hold of the {b}, duck",
        "{a} to start and {b} to finish, or the other way about",
        "a dollop of {b}, a dash of {a}",
    ],
    "negation": [
        "let's skip {p} this soggy thursday, flower",
        "i'd sooner you didn't {p} while nan's napping on the settee",
        "under no circumstances {p} until i give the nod, petal",
        "don't start {p} while i'm at the chiropodist's in truro",
        "nope, let {p} be for the time being",
        "steady on, no {p} until the churchwarden's left, chuck",
    ],
    "cancellation": [
        "shelve {p} until the in laws from abergele have headed home",
        "{p} can bide its time until the chimney sweep's packed his brushes",
        "drop {p} for the week of the sheepdog show in bala",
        "put the kibosh on {p} until the electrician's been",
        "we'll do without {p} over the august bank holiday",
        "put {p} on ice until the boxing day kerfuffle has died down",
    ],
    "state question": [
        "is {p} chugging along right now",
        "is {p} half done or all finished",
        "did {p} go without a hitch before the glazier came",
        "has {p} packed in or is it limping along",
        "has anyone had a look at {p} since the meter reader called",
        "was {p} sorted the friday after the whist drive at the parish hall",
    ],
    "past or story": [
        "the year the river burst its banks {p} packed up too",
        "in the baking summer of the millennium {p} played up no end",
        "my great aunt in mablethorpe swore blind by {p} every candlemas",
        "at the golden wedding bash in the wigan rugby club {p} ran till sunrise",
        "that whole rained off week in saundersfoot {p} was on the fritz",
        "when we lived over the bakery in goole we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the coalman bellowed {p} up the entry",
        "a street singer by the buttercross in ludlow warbled {p}",
        "my pen pal from kirkwall signs off every postcard with {p}",
        "a bloke on the last train to preston muttered {p}",
        "the crossing patrol lady yelled {p} at the school gates",
        "our plasterer from dewsbury hums {p} up his ladder",
    ],
    "contrast": [
        "{p} is only for when my half brother visits from stromness",
        "we only {p} when my godmother sails in from guernsey",
        "{p} is a red letter day thing in our semi",
        "{p} is strictly a hogmanay tradition in our maisonette",
        "we only {p} when the silver band parades past the chippy",
        "{p} is saved for when the bishop drives over from hereford",
    ],
    "hypothetical": [
        "supposing i'd sweet talked you with a bakewell tart, would you have agreed to {p}",
        "if i ever went totally overboard with {p}, would you still bear with me",
        "imagine if {p} started at the crack of dawn, would the close grumble",
        "if {p} kicked in during a power cut, would the fuse box trip",
        "picture {p} carrying on right through the great storm of that year",
        "what would you do if the bellringer's granddaughter badgered you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my wick since the joiner's lad left",
        "{p} let us down again at the jubilee street party in heysham",
        "{p} has been a dead loss since the chap from the electricity board came",
        "i'm sick and tired of {p} since shrove tuesday",
        "{p} is a proper nuisance since bonfire night",
        "{p} keeps packing up halfway through the darts on telly",
    ],
    "opinion": [
        "{p} is the bee's knees if you want my honest opinion",
        "i'm as pleased as punch with {p}, cross my heart and hope to die",
        "{p} is a godsend for my bad back, in fairness",
        "{p} has made rainy mondays almost bearable",
        "{p} is the handiest gadget this side of the pennines",
        "{p} is top notch, says our bernadette and she's choosy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the physio's in buxton",
        "nag me about {p} once the grand national is over",
        "make certain i remember to {p} on sunday after the car boot",
        "nudge me to {p} after the antiques roadshow",
        "jot {p} on thursday's to do list by the back door",
        "give me a nudge about {p} once the rushbearing is done",
    ],
    "permission question": [
        "is my sister in law's stepson's girlfriend from falmouth allowed to {p}",
        "is the lodger's stepbrother from grimsby permitted to {p}",
        "would the chimney sweep's apprentice be allowed to {p} by himself",
        "is my step grandson from bridlington allowed to {p} when he stops over at half term",
        "can the babysitter's niece {p} without checking first",
        "is the milkman's daughter from the close allowed to {p}",
    ],
    # the sixty-first's own
    "a seaside donkey named it": [
        "the seaside donkey at weston is called {p}",
        "{p} is the seaside donkey with the straw hat",
        "the donkey man named his seaside donkey {p}",
        "a seaside donkey called {p} trotted off with my sandwich",
        "there's a seaside donkey on the sands named {p}",
        "who'd name a seaside donkey {p}",
    ],
    "a treehouse named it": [
        "the kids' treehouse in the oak is called {p}",
        "{p} is the treehouse at the bottom of the orchard",
        "my nephews named their treehouse {p}",
        "a treehouse called {p} blew down in the gale",
        "there's a treehouse at the adventure farm named {p}",
        "who'd name a treehouse {p}",
    ],
    "a pedalo named it": [
        "the swan pedalo on the boating lake is called {p}",
        "{p} is the pedalo with the leaky seat",
        "the boatman named his newest pedalo {p}",
        "a pedalo called {p} drifted into the reeds",
        "there's a pedalo at the lido named {p}",
        "who'd name a pedalo {p}",
    ],
    "a double decker bus named it": [
        "the vintage double decker bus is called {p}",
        "{p} is the double decker bus that does the seafront route",
        "the bus company named its new double decker bus {p}",
        "a double decker bus called {p} broke down on the bridge",
        "there's a double decker bus at the transport museum named {p}",
        "who'd name a double decker bus {p}",
    ],
    "a hamster named it": [
        "my nephew's hamster is called {p}",
        "{p} is the hamster that escaped behind the skirting",
        "the twins named their hamster {p}",
        "a hamster called {p} won a rosette at the pet show",
        "there's a hamster at the pet shop named {p}",
        "who'd name a hamster {p}",
    ],
    "stamped on a dog tag": [
        "the locksmith stamped {p} on a dog tag",
        "{p} is stamped on the back of our old dog tag",
        "the dog tag on the collar hook has {p} stamped on it",
        "my uncle had {p} stamped on a dog tag for his terrier",
        "there's a dog tag at the flea market with {p} stamped on it",
        "why stamp {p} on a dog tag",
    ],
    "scratched into a school desk": [
        "some lad scratched {p} into a school desk",
        "{p} is scratched into my old school desk",
        "the school desk in the attic has {p} scratched into it",
        "my dad scratched {p} into a school desk in nineteen seventy",
        "there's a school desk at the auction with {p} scratched into it",
        "why scratch {p} into a school desk",
    ],
    "written on a luggage tag": [
        "the porter wrote {p} on a luggage tag",
        "{p} is written on the luggage tag of grandad's trunk",
        "the suitcase in the hall has {p} written on its luggage tag",
        "my aunt wrote {p} on a luggage tag for her cruise",
        "there's a luggage tag at the lost property office with {p} written on it",
        "why write {p} on a luggage tag",
    ],
    "cut into a topiary hedge": [
        "the gardener cut {p} into a topiary hedge",
        "{p} is cut into the topiary hedge at the manor",
        "the topiary hedge by the lodge has {p} cut into it",
        "my grandpa cut {p} into a topiary hedge for the village show",
        "there's a topiary hedge at the stately home with {p} cut into it",
        "why cut {p} into a topiary hedge",
    ],
    "painted on a weather vane": [
        "the signwriter painted {p} on a weather vane",
        "{p} is painted on the weather vane on the stable roof",
        "the weather vane on the church has {p} painted on it",
        "my brother painted {p} on a weather vane for the allotment shed",
        "there's a weather vane at the salvage yard with {p} painted on it",
        "why paint {p} on a weather vane",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} bird box", "{} sticker", "{} plant pot", "{} jigsaw", "{} calendar",
    "{} apron", "{} mouse mat", "{} pin badge", "{} trinket box", "{} glasses case",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

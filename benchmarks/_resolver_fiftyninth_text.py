"""The words of the fifty-ninth held-out resolver set
(benchmarks/_resolver_fiftyninth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a pewterer's cottage with the
pewtery behind the almshouses, where Welda casts and spins pewter, with her wife Rida,
their daughters Bola and Seda, a cat Flagon and a lurcher Sprue (seed 590); a hatter's
house with the blockroom above the haberdashery, where Rola blocks hats, with her
husband Thor, their daughters Naila and Lowri, a cat Buckram and a terrier Sisal (591);
and a shipwright's house with the caulkshed above the slipway, where Paul builds boats,
with his wife Winta, their daughters Otta and Seren, a cat Oakum and a spaniel Marline
(592). Its people and pets are named in ways no earlier set names them: after what a
pewterer casts or pours ("feed flagon" beside "polish the flagon lids", "brush sprue"
beside "trim the sprue ends"), what a hatter stiffens or braids a hat with ("feed
buckram" beside "cut the buckram linings", "brush sisal" beside "soak the sisal braid")
or what a shipwright caulks or whips with ("feed oakum" beside "tease the oakum
strands", "brush marline" beside "whip the marline ends"); and with names a recogniser
writes as the word they sound like, most as a speaker who sounds no "r" after a vowel
says both: what joins metal by melting it ("welda" as "welder", beside "service the arc
welder"), what an ebook is read on ("rida" as "reader", beside "charge the ebook
reader"), a round felt hat ("bola" as "bowler", beside "brush the bowler hat"), what
sows a lawn ("seda" as "seeder", beside "fill the lawn seeder"), what paints a wall
("rola" as "roller", beside "wash the paint roller"), what frozen food is left to do
("thor" as "thaw", beside "thaw the chest freezer"), a nail gun ("naila" as "nailer",
beside "oil the framing nailer"), the cold season ("winta" as "winter", beside "pack
away the winter duvets") and a river animal ("otta" as "otter", beside "film the otter
under the jetty"); and, in any accent, a capstan's catch ("paul" as "pawl", beside
"grease the capstan pawl"). A name that is also a word of another phrase of its home
("flagon", "sprue", "buckram", "sisal", "oakum", "marline") has no other spelling, so
the word is never respelt as the name; Lowri's and Seren's names sound like no word of
their home. Each teaches 22 of its own routines with the generic pool; the rest of its
own pool, and the siblings in ``UNTAUGHT`` ("bola's swimming at five" beside "bola's
swimming at four", "planisher off" beside "planisher on"), are never taught there.
Phrases come in every shape: one word ("pewtering", "millinery", "planking"), two
nouns ("pewter plates", "straw boaters", "pine tar"), nested ("planisher on" inside
"tankard planisher on", "conformer on" inside "brim conformer on", "caulker on" inside
"seam caulker on"), words shared across phrases ("lock the pewtery" and "pewtery light
on", "feed flagon" and "polish the flagon lids"), numbers and times ("bola's swimming at
four", "seren's ballet at nine"), places ("pewtery heater on", "blockroom fan on",
"caulkshed blower on"), verbs first ("charge the ebook reader", "thaw the chest
freezer") and nouns first ("sachets for the minskin"), questions ("how many tankards are
spun", "how many hats are blocked", "how many boats are launched"), and a chore of
several clauses ("we're off to the regatta so feed oakum and give seren a ring and lock
the caulkshed").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("welder" for "welda", "pawl" for "paul", "otter" for "otta"): the same person, so
"text rida about the panto tickets" written "text reader about the panto tickets" is in
scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a cricket appeal at the village match first ("howzat,
howzat, lbw. X"), a lapwing calling over the ploughland first, one word no dictionary of
the speaker's has ("peewit! X"), calling the cat in for the night first ("puss, puss!
X"), wassailers in the orchard first ("waes hael! X"), a remark on goldfinches at the
teasels after ("X, goldfinches"), a remark on hoarfrost on the hedges after ("X,
hoarfrost"), a game of yahtzee at the table after ("X, yahtzee"), a remark on waxwings
in the hawthorn after ("X, the waxwings are trilling"); the phrase between a call to the
cat and a hoarfrost remark ("puss, puss! X, hoarfrost"), and the phrase said in the
middle of a cricket appeal, which goes on after it ("howzat, howzat, X, lbw"). Some are
joined with "and", "so", "then" or "oh and". No word of a clause but its function words
is a word of this set's pools or the generic pool, and its distinctive words are no
earlier set's wrappers' nor any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a grandfather clock named it, a vintage motorbike
named it, a carthorse named it, a beehive named it, a greenhouse named it, written with
a sparkler, painted on a boat's stern, written on a paper lantern, carved into a piece
of driftwood and tooled into a leather belt.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

PEWTERER = "pewterer's cottage with the pewtery behind the almshouses"
HATTER = "hatter's house with the blockroom above the haberdashery"
SHIPWRIGHT = "shipwright's house with the caulkshed above the slipway"
HOMES: dict[int, str] = {590: PEWTERER, 591: HATTER, 592: SHIPWRIGHT}

FIFTYNINTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    PEWTERER: {
        "Flagon": ["feed flagon", "sachets for the minskin"],
        "Sprue": ["brush sprue"],
        "Welda": ["ring welda", "call the tankard maker", "phone welda"],
        "Rida": ["drop rida a line", "send rida a text"],
        "Rida and Bola": ["message rida and bola"],
        "Bola": ["give bola a ring", "give bola a bell", "call bola back"],
        "Seda": ["tell seda her clarinet is in the porch"],
        "Seda ring": ["give seda a ring", "phone seda"],
        "Seda lift": ["ask seda for a lift to the ice rink"],
        "Bola supper": ["tell bola her shepherd's pie is ready"],
        "Bola lift": ["ask bola for a lift to the leisure centre"],
        "Welda tin": ["text welda about the cornish tin delivery"],
        "Rida tickets": ["text rida about the panto tickets"],
        "Rida ring": ["give rida a ring", "ring rida back"],
        "Welda keys": ["ask welda for the van keys"],
        "Planisher": ["planisher on"],
        "Tankard planisher": ["tankard planisher on"],
        "Pewtery heater": ["pewtery heater on"],
        "Flagon lids": ["polish the flagon lids"],
        "Sprue ends": ["trim the sprue ends"],
        "Welder": ["service the arc welder"],
        "Reader": ["charge the ebook reader"],
        "Bowler": ["brush the bowler hat"],
        "Seeder": ["fill the lawn seeder"],
        "Tankards": ["how many tankards are spun"],
        "Antimony": ["has the antimony parcel come"],
        "Swimming": ["bola's swimming at four"],
        "Brass band": ["seda's brass band at seven"],
        "Graver": ["oil the graver", "hone the graver"],
        "Tankard orders": ["count the tankard orders", "tally the tankard orders"],
        "Tin solder": ["order more tin solder", "restock the tin solder"],
        "Pewtering": ["pewtering", "pewtering morning"],
        "Pewtery": ["lock the pewtery"],
        "Pewtery light": ["pewtery light on"],
        "Almshouses gutter": ["clear the almshouses gutter"],
        "Tankard invoices": ["post the tankard invoices"],
        "Pewter plates": ["pewter plates"],
        "Casting sand": ["casting sand"],
        # long
        "Craft fair": ["we're off to the craft fair so feed flagon and give bola a ring "
                       "and lock the pewtery"],
    },
    HATTER: {
        "Buckram": ["feed buckram", "pouches for the cymric"],
        "Sisal": ["brush sisal"],
        "Rola": ["ring rola", "call the hat maker", "phone rola"],
        "Thor": ["drop thor a line", "send thor a text"],
        "Thor and Naila": ["message thor and naila"],
        "Naila": ["give naila a ring", "phone naila", "ring naila back"],
        "Lowri kit": ["tell lowri her netball kit is in the conservatory"],
        "Lowri ring": ["give lowri a bell", "phone lowri", "ring lowri back"],
        "Lowri lift": ["ask lowri for a lift to the trampoline park",
                       "ask lowri to drive me to the trampoline park"],
        "Naila supper": ["tell naila her cottage pie is ready"],
        "Rola and Lowri": ["message rola and lowri"],
        "Rola lift": ["ask rola for a lift to the garden centre"],
        "Thor card": ["send thor an anniversary card", "post thor an anniversary card"],
        "Rola felt": ["text rola about the rabbit felt order",
                      "email rola about the rabbit felt order"],
        "Thor quiz": ["text thor about the pub quiz"],
        "Thor ring": ["give thor a ring", "phone thor back"],
        "Conformer": ["conformer on"],
        "Brim conformer": ["brim conformer on"],
        "Blockroom fan": ["blockroom fan on"],
        "Hats": ["how many hats are blocked"],
        "Felt": ["has the felt parcel come"],
        "Judo": ["naila's judo at five"],
        "Violin": ["lowri's violin at eight"],
        "Buckram linings": ["cut the buckram linings"],
        "Sisal braid": ["soak the sisal braid"],
        "Roller": ["wash the paint roller"],
        "Thaw": ["thaw the chest freezer"],
        "Nailer": ["oil the framing nailer"],
        "Steamer": ["descale the hat steamer", "clean the hat steamer"],
        "Hat orders": ["count the hat orders", "tally the hat orders"],
        "Millinery": ["millinery", "millinery afternoon"],
        "Blockroom": ["lock the blockroom"],
        "Blockroom light": ["blockroom light on"],
        "Hat pins": ["order more hat pins", "restock the hat pins"],
        "Haberdashery rent": ["pay the haberdashery rent"],
        "Straw boaters": ["straw boaters"],
        "Petersham ribbon": ["petersham ribbon"],
        # long
        "Races": ["we're off to the races so feed buckram and give naila a ring "
                  "and lock the blockroom"],
    },
    SHIPWRIGHT: {
        "Oakum": ["feed oakum", "biscuits for the snowshoe"],
        "Marline": ["brush marline"],
        "Paul": ["ring paul", "call the boat builder", "phone paul"],
        "Winta": ["drop winta a line", "send winta a text"],
        "Winta and Seren": ["message winta and seren"],
        "Seren": ["give seren a ring", "phone seren"],
        "Otta boots": ["tell otta her football boots are in the hall"],
        "Paul larch": ["text paul about the larch plank order"],
        "Otta trip": ["text otta about the museum trip"],
        "Winta ring": ["give winta a ring", "phone winta"],
        "Winta lift": ["ask winta for a lift to the sailing club"],
        "Paul and Seren": ["message paul and seren"],
        "Caulker": ["caulker on"],
        "Seam caulker": ["seam caulker on"],
        "Caulkshed blower": ["caulkshed blower on"],
        "Oakum strands": ["tease the oakum strands"],
        "Marline ends": ["whip the marline ends"],
        "Pawl": ["grease the capstan pawl"],
        "Winter": ["pack away the winter duvets"],
        "Otter": ["film the otter under the jetty"],
        "Otta": ["give otta a bell", "ring otta back"],
        "Boats": ["how many boats are launched"],
        "Larch": ["have the larch planks arrived"],
        "Karate": ["otta's karate at six"],
        "Ballet": ["seren's ballet at nine"],
        "Caulking irons": ["hone the caulking irons", "oil the caulking irons"],
        "Boat orders": ["count the boat orders", "tally the boat orders"],
        "Copper roves": ["order more copper roves", "restock the copper roves"],
        "Planking": ["planking", "planking weekend"],
        "Caulkshed": ["lock the caulkshed"],
        "Caulkshed light": ["caulkshed light on"],
        "Bending timbers": ["stack the bending timbers"],
        "Mooring licence": ["renew paul's mooring licence"],
        "Pine tar": ["pine tar"],
        "Deck cleats": ["deck cleats"],
        # long
        "Regatta": ["we're off to the regatta so feed oakum and give seren a ring "
                    "and lock the caulkshed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    PEWTERER: {
        "Swimming five": ["bola's swimming at five"],
        "Brass band eight": ["seda's brass band at eight"],
        "Planisher off": ["planisher off"],
        "Tankard planisher off": ["tankard planisher off"],
        "Pewtery light off": ["pewtery light off"],
        "Unlock pewtery": ["unlock the pewtery"],
        "Welda bolivian": ["text welda about the bolivian tin delivery"],
        "Lead solder": ["order more lead solder"],
        "Tankard returns": ["count the tankard returns"],
        "Spot welder": ["service the spot welder"],
        "Seed spreader": ["fill the lawn spreader"],
        "Pewtery heater off": ["pewtery heater off"],
    },
    HATTER: {
        "Judo six": ["naila's judo at six"],
        "Violin nine": ["lowri's violin at nine"],
        "Conformer off": ["conformer off"],
        "Brim conformer off": ["brim conformer off"],
        "Blockroom light off": ["blockroom light off"],
        "Unlock blockroom": ["unlock the blockroom"],
        "Rola beaver": ["text rola about the beaver felt order"],
        "Veil pins": ["order more veil pins"],
        "Cap orders": ["count the cap orders"],
        "Chest fridge": ["thaw the chest fridge"],
        "Paint tray": ["wash the paint tray"],
        "Blockroom fan off": ["blockroom fan off"],
    },
    SHIPWRIGHT: {
        "Karate seven": ["otta's karate at seven"],
        "Ballet ten": ["seren's ballet at ten"],
        "Caulker off": ["caulker off"],
        "Seam caulker off": ["seam caulker off"],
        "Caulkshed light off": ["caulkshed light off"],
        "Unlock caulkshed": ["unlock the caulkshed"],
        "Paul oak": ["text paul about the oak plank order"],
        "Brass roves": ["order more brass roves"],
        "Mast orders": ["count the mast orders"],
        "Winch pawl": ["grease the winch pawl"],
        "Summer duvets": ["pack away the summer duvets"],
        "Caulkshed blower off": ["caulkshed blower off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the pewterer's cottage
    {"we're off to the craft fair so feed flagon and give bola a ring and lock the "
     "pewtery", "i'm leaving", "goodbye house", "feed flagon", "give bola a ring",
     "lock the pewtery"},
    {"feed flagon", "sachets for the minskin", "feed the minskin"},
    {"ring welda", "call the tankard maker", "ring the tankard maker", "phone welda"},
    # the hatter's house
    {"we're off to the races so feed buckram and give naila a ring and lock the "
     "blockroom", "i'm leaving", "goodbye house", "feed buckram", "give naila a ring",
     "lock the blockroom"},
    {"feed buckram", "pouches for the cymric", "feed the cymric"},
    {"ring rola", "call the hat maker", "ring the hat maker", "phone rola"},
    # the shipwright's house
    {"we're off to the regatta so feed oakum and give seren a ring and lock the "
     "caulkshed", "i'm leaving", "goodbye house", "feed oakum", "give seren a ring",
     "lock the caulkshed"},
    {"feed oakum", "biscuits for the snowshoe", "feed the snowshoe"},
    {"ring paul", "call the boat builder", "ring the boat builder", "phone paul"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the minskin" where the minskin is Flagon). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"flagon", "sprue", "welda", "rida", "bola", "bola's", "seda", "seda's",
         "buckram", "sisal", "rola", "thor", "naila", "naila's", "lowri", "lowri's",
         "oakum", "marline", "paul", "paul's", "winta", "otta", "otta's", "seren",
         "seren's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as what joins metal, what an ebook is read on, a round hat, what sows a
    # lawn
    "welda": ("welder",), "rida": ("reader",), "bola": ("bowler",),
    "bola's": ("bowler's",), "seda": ("seeder",), "seda's": ("seeder's",),
    # written as what paints a wall, what frozen food does, a nail gun, the cold
    # season, a river animal
    "rola": ("roller",), "thor": ("thaw",), "naila": ("nailer",),
    "naila's": ("nailer's",), "winta": ("winter",), "otta": ("otter",),
    "otta's": ("otter's",),
    # written as a capstan's catch
    "paul": ("pawl",), "paul's": ("pawl's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er" or "-or" are one sound, and "-or" and "-aw" too, so
"welda" and "welder", "rida" and "reader", "bola" and "bowler", "seda" and "seeder",
"rola" and "roller", "naila" and "nailer", "winta" and "winter", "otta" and "otter",
"thor" and "thaw" are each one sound; "paul" and "pawl" are one sound in any accent.
Lowri's and Seren's names have no other writing."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "sachets": ("kibble",), "minskin": ("burmese",), "brush": ("bath",),
    "lock": ("sweep",), "maker": ("mender",), "text": ("visit",),
    "clarinet": ("recorder",), "porch": ("doormat",), "ice": ("roller",),
    "rink": ("disco",), "shepherd's": ("cheese",), "pie": ("flan",),
    "leisure": ("health",), "centre": ("club",), "cornish": ("welsh",),
    "tin": ("copper",), "delivery": ("invoice",), "panto": ("circus",),
    "tickets": ("programmes",), "van": ("garage",), "keys": ("papers",),
    "planisher": ("polisher",), "tankard": ("teapot",), "pewtery": ("stable",),
    "heater": ("fan",), "polish": ("wipe",), "flagon": ("jug",), "lids": ("handles",),
    "trim": ("file",), "sprue": ("rough",), "ends": ("edges",),
    "service": ("paint",), "arc": ("spot",), "welder": ("grinder",),
    "charge": ("update",), "ebook": ("kindle",), "reader": ("tablet",),
    "bowler": ("trilby",), "hat": ("cap",), "fill": ("empty",),
    "lawn": ("grass",), "seeder": ("spreader",), "tankards": ("goblets",),
    "spun": ("boxed",), "antimony": ("bismuth",), "parcel": ("letter",),
    "swimming": ("diving",), "brass": ("steel",), "band": ("drums",),
    "oil": ("sharpen",), "hone": ("sharpen",), "graver": ("chisel",),
    "count": ("sort",), "tally": ("sort",), "orders": ("returns",),
    "solder": ("wire",), "pewtering": ("blacksmithing",), "morning": ("evening",),
    "clear": ("paint",), "almshouses": ("chapel",), "gutter": ("porch",),
    "post": ("shred",), "invoices": ("receipts",), "pewter": ("china",),
    "plates": ("mugs",), "casting": ("builder's",), "sand": ("gravel",),
    "craft": ("antiques",), "fair": ("auction",),
    "pouches": ("mince",), "cymric": ("siamese",), "buckram": ("canvas",),
    "netball": ("hockey",), "kit": ("bag",), "conservatory": ("attic",),
    "trampoline": ("bowling",), "park": ("alley",), "cottage": ("fish",),
    "garden": ("farm",), "anniversary": ("christmas",), "card": ("balloon",),
    "rabbit": ("wool",), "felt": ("straw",), "pub": ("church",), "quiz": ("raffle",),
    "conformer": ("stretcher",), "brim": ("crown",), "blockroom": ("boathouse",),
    "fan": ("radio",), "hats": ("caps",), "blocked": ("stitched",),
    "judo": ("chess",), "violin": ("harp",), "cut": ("press",), "linings": ("bands",),
    "soak": ("dry",), "sisal": ("raffia",), "braid": ("cord",),
    "wash": ("dry",), "paint": ("lint",), "roller": ("brush",),
    "thaw": ("defrost",), "chest": ("upright",), "freezer": ("fridge",),
    "framing": ("roofing",), "nailer": ("stapler",), "descale": ("empty",),
    "steamer": ("press",), "clean": ("mend",), "millinery": ("dressmaking",),
    "afternoon": ("evening",), "pins": ("clips",), "pay": ("check",),
    "haberdashery": ("bakery",), "rent": ("rates",), "straw": ("paper",),
    "boaters": ("bonnets",), "petersham": ("satin",), "ribbon": ("tape",),
    "races": ("carnival",),
    "biscuits": ("tuna",), "snowshoe": ("sphinx",), "oakum": ("putty",),
    "football": ("rugby",), "boots": ("socks",), "hall": ("loft",),
    "larch": ("cedar",), "plank": ("beam",), "museum": ("zoo",), "trip": ("sleepover",),
    "sailing": ("tennis",), "club": ("lesson",), "caulker": ("sander",),
    "seam": ("deck",), "caulkshed": ("kitchen",), "blower": ("radio",),
    "tease": ("coil",), "strands": ("bales",), "whip": ("splice",),
    "marline": ("twine",), "grease": ("paint",), "capstan": ("winch",),
    "pawl": ("drum",), "winter": ("summer",), "duvets": ("blankets",),
    "film": ("sketch",), "otter": ("heron",), "jetty": ("bridge",),
    "boats": ("sheds",), "launched": ("painted",), "planks": ("poles",),
    "arrived": ("gone",), "karate": ("chess",), "ballet": ("netball",),
    "caulking": ("carving",), "irons": ("knives",), "boat": ("fence",),
    "copper": ("brass",), "roves": ("washers",), "planking": ("knitting",),
    "weekend": ("fortnight",), "stack": ("count",), "bending": ("firewood",),
    "timbers": ("logs",), "renew": ("cancel",), "mooring": ("taxi",),
    "licence": ("insurance",), "pine": ("coal",), "tar": ("resin",),
    "deck": ("door",), "cleats": ("hinges",), "regatta": ("carnival",),
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
("bola's swimming at quarter past four" for "bola's swimming at four", "feed the
burmese"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_APPEAL = [
    ("howzat, howzat", "lbw"),
    ("owzat", "snicked it"),
    ("appeal, appeal", "that's lbw"),
    ("padded up", "howzat"),
    ("owzat, owzat", "feathered it"),
    ("howzat, owzat", "inswinger"),
    ("appeal", "yorker, lbw"),
    ("howzat, howzat, howzat", "snicked"),
]
_LAPWING = [
    "peewit", "pewit", "peeweet", "pweet", "weeip",
    "peewit, peewit", "peeweep", "wheeoo", "peeoowit",
]
_CAT = [
    "puss, puss", "pss, pss", "minou, minou", "pspsps", "puss, pss",
    "pussums, pussums", "minou, puss", "pss, pspsps", "puss, puss, puss",
]
_WASSAIL = [
    "waes hael", "drinc hael", "hatfuls, capfuls", "waes hael, waes hael",
    "bushel bagfuls", "drinc hael, waes hael", "capfuls, hatfuls", "hatfuls and capfuls",
]
_FROST = [
    "hoarfrost", "the hedges are rimed", "rime", "that's hoarfrost",
    "sparkly hoarfrost", "the hoarfrost's sparkly", "more rime", "rimed hedges",
]
_GOLDFINCHES = [
    "goldfinches", "the goldfinches are twittering", "goldfinches again",
    "goldfinches at the teasels", "the goldfinches", "twittering goldfinches",
    "more goldfinches", "the goldfinches are twittering",
]

WRAPPERS: dict[str, list[str]] = {
    "a cricket appeal at the village match, said first": [
        f"{a}, {b}. {{}}" for a, b in _APPEAL[:6]
    ] + [f"{_APPEAL[6][0]}, {_APPEAL[6][1]}, then {{}}",
         f"{_APPEAL[7][0]}, {_APPEAL[7][1]}, oh and {{}}"],
    "a lapwing calling over the ploughland, said first": [
        f"{_LAPWING[0]}! {{}}", f"{_LAPWING[1]}! {{}}", f"{_LAPWING[2]}. {{}}",
        f"{_LAPWING[3]}! {{}}", f"{_LAPWING[4]}. {{}}", f"{_LAPWING[5]}! {{}}",
        f"{_LAPWING[6]}, then {{}}", f"{_LAPWING[7]}, oh and {{}}", f"{_LAPWING[8]}! {{}}",
    ],
    "calling the cat in for the night, said first": [
        f"{_CAT[0]}! {{}}", f"{_CAT[1]}. {{}}", f"{_CAT[2]}! {{}}",
        f"{_CAT[3]}. {{}}", f"{_CAT[4]}! {{}}", f"{_CAT[5]}. {{}}",
        f"{_CAT[6]}, then {{}}", f"{_CAT[7]}, oh and {{}}", f"{_CAT[8]}! {{}}",
    ],
    "wassailers in the orchard, said first": [
        f"{_WASSAIL[0]}! {{}}", f"{_WASSAIL[1]}! {{}}", f"{_WASSAIL[2]}! {{}}",
        f"{_WASSAIL[3]}. {{}}", f"{_WASSAIL[4]}. {{}}", f"{_WASSAIL[5]}! {{}}",
        f"{_WASSAIL[6]}, then {{}}", f"{_WASSAIL[7]}, oh and {{}}",
    ],
    "a remark on hoarfrost on the hedges, said after": [
        f"{{}}, {d}" for d in _FROST[:6]
    ] + [f"{{}} and, {_FROST[6]}", f"{{}} so, {_FROST[7]}"],
    "a remark on goldfinches at the teasels, said after": [
        f"{{}}, {d}" for d in _GOLDFINCHES[:6]
    ] + [f"{{}} and, {_GOLDFINCHES[6]}", f"{{}} so, {_GOLDFINCHES[7]}"],
    "a game of yahtzee at the table, said after": [
        "{}, yahtzee", "{}, that's yahtzee", "{}, a yahtzee", "{}, yahtzee, yahtzee",
        "{}, yahtzees", "{}, no yahtzee", "{} and, another yahtzee",
        "{} so, yahtzee again",
    ],
    "a remark on waxwings in the hawthorn, said after": [
        "{}, the waxwings are trilling", "{}, waxwings", "{}, a waxwing's trilling",
        "{}, waxwings in the hawthorn", "{}, the waxwings", "{}, a waxwing, trilling",
        "{} and, more waxwings", "{} so, the waxwings are trilling",
    ],
    "between a call to the cat and a hoarfrost remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_CAT[:1], _FROST[:1], strict=True)
    ] + [f"{_CAT[1]}. {{}}, {_FROST[1]}", f"{_CAT[2]}! {{}}, {_FROST[2]}",
         f"{_CAT[3]}. {{}}, {_FROST[3]}", f"{_CAT[4]}! {{}}, {_FROST[4]}",
         f"{_CAT[5]}. {{}}, {_FROST[5]}",
         f"{_CAT[8]}! {{}} and, {_FROST[6]}",
         f"{_CAT[7]}. {{}} so, {_FROST[7]}"],
    "in the middle of a cricket appeal": [
        f"{a}, {{}}, {b}" for a, b in _APPEAL[:6]
    ] + [f"{_APPEAL[6][0]}, {{}} and, {_APPEAL[6][1]}",
         f"{_APPEAL[7][0]}, {{}} so, {_APPEAL[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYNINTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("spun", "blocked",
"launched"): a remark or a call at a game said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three",
            "two"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_NOISE = {"quiet", "loud", "noise", "sounds"}
_OUTINGS = {"swimming", "brass", "band", "judo", "violin", "karate", "ballet", "ice",
            "rink", "leisure", "centre", "panto", "tickets", "trampoline", "park",
            "garden", "pub", "quiz", "races", "regatta", "craft", "fair", "sailing",
            "club", "museum", "trip", "netball", "kit", "football", "boots", "lift"}
"""Requests about a child's club or lesson, a show, a fair or an outing and a lift to
it: a game or a call said beside them could be about the same outing."""
_PETS = {"feed", "sachets", "pouches", "biscuits", "minskin", "cymric", "snowshoe",
         "flagon", "sprue", "buckram", "sisal", "oakum", "marline", "brush", "cat",
         "dog", "walk", "walking"}
"""Requests about the cats and dogs (what is called in for the night, what a lapwing
or a finch is wary of, what a bird on the hedge is watched by)."""
_COLD = {"heater", "heat", "fire", "fireplace", "thaw", "freezer", "chest", "winter",
         "duvets", "blower", "morning", "afternoon", "night", "evening", "bedtime",
         "curtains", "blinds", "lawn", "seeder", "garden", "outside", "window",
         "windows"}
"""Requests about the cold, the frost, the morning or the lawn and garden it lies on
(what a remark on the hoarfrost could bear on)."""
_FIELD = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "bowler", "hat", "lawn",
                              "seeder", "fill", "grass", "roller", "paint", "pads",
                              "ready", "tea", "pie", "supper"}
"""Requests a cricket appeal could bear on (a match, its count and its tea, the bowler,
the pitch and what rolls it)."""
_PLOUGH = _NOISE | _PETS | {"lawn", "seeder", "fill", "garden", "grass", "field",
                            "plough", "sand", "casting", "straw", "boaters",
                            "winter", "morning"}
"""Requests a lapwing calling could bear on (the fields and the ground it nests on, what
sows or ploughs them, the cats and dogs it is wary of)."""
_CALLED_IN = _PETS | _NOISE | _SAID_TO | {"lock", "unlock", "door", "porch", "hall",
                                           "night", "bedtime", "evening", "pewtery",
                                           "blockroom", "caulkshed", "supper", "otter",
                                           "otta", "otta's"}
"""Requests calling the cat in could bear on (the door and the rooms it is shut out
of, the night, the cats and dogs, its supper, a name it could be), and a message its
words could be."""
_ORCHARD = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "tankard", "tankards",
                                "flagon", "pewter", "plates", "fill",
                                "hat", "hats", "bowler", "straw", "boaters", "buy",
                                "order", "orders", "invoices", "pay", "rent",
                                "winter", "night", "evening", "supper", "pie"}
"""Requests wassailers could bear on (the cider and what it is poured into or drunk
from, the hats and caps they sing of, a count, a night out)."""
_HEDGE = _SAID_TO | _ASKED | _COLD | {"hedge", "trim", "garden", "windscreen", "van",
                                      "car", "drive", "lift"}
"""Requests a remark on hoarfrost could bear on (the cold and what warms the house, the
lawn and hedges, the car to be scraped), and a message or a question."""
_TEASELS = _SAID_TO | _ASKED | _PETS | {"garden", "lawn", "seeder", "fill", "seed",
                                        "sisal", "braid", "trim", "window", "film",
                                        "otter", "camera", "photos", "pins", "ribbon",
                                        "petersham"}
"""Requests a remark on goldfinches could bear on (the garden and its seed, what is
filmed or snapped, the cats that stalk them)."""
_TABLE = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "pie", "supper",
                                                  "ready", "plates", "stack",
                                                  "music", "radio", "quiz"}
"""Requests a game of yahtzee could bear on (a game and its count, supper at the table,
a party or a quiz)."""
_HAWTHORN = _SAID_TO | _ASKED | _PETS | _COLD | {"hedge", "trim", "film", "otter",
                                                 "camera", "photos", "window"}
"""Requests a remark on waxwings could bear on (the hedge and its berries in the cold,
what is filmed, the cats that stalk them)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a cricket appeal bears on a match, its count, the bowler, the pitch)
    **{call: _FIELD for call in ("howzat", "owzat", "appeal", "lbw", "snicked",
                                 "padded", "feathered", "inswinger", "yorker")},
    # (a lapwing calling bears on the fields, the ground and what sows it, the pets)
    **{bird: _PLOUGH for bird in ("peewit", "pewit", "peeweet", "pweet", "weeip",
                                  "peeweep", "wheeoo", "peeoowit")},
    # (calling the cat in bears on the door, the dark, the pets, a message)
    **{call: _CALLED_IN for call in ("puss", "pss", "minou", "pspsps", "pussums")},
    # (wassailers bear on the cider and its tankards, the hats, a count, a night out)
    **{song: _ORCHARD for song in ("waes", "hael", "drinc", "hatfuls", "capfuls",
                                   "bushel", "bagfuls")},
    # (a frost remark, a goldfinch remark, a call at yahtzee or a waxwing remark after
    # a request could be what it is about or the words of a message; said after a
    # question, an answer)
    **{frost: _HEDGE for frost in ("hoarfrost", "hedges", "rimed", "rime", "sparkly",
                                   "hoarfrost's")},
    **{bird: _TEASELS for bird in ("goldfinches", "twittering",
                                   "teasels")},
    **{game: _TABLE for game in ("yahtzee", "yahtzees")},
    **{bird: _HAWTHORN for bird in ("waxwings", "trilling", "waxwing's", "hawthorn",
                                    "waxwing")},
}
"""Clauses that would bear on a phrase with one of these words ("give bola a ring"
before a cricket appeal may be about the match; "thaw the chest freezer" beside a
remark on the hoarfrost is about the cold): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "howzat, howzat, lbw. {}", "{}, yahtzee",
    "peewit! {}", "{}, hoarfrost",
    "puss, puss! {}", "{}, goldfinches",
    "waes hael! {}", "{}, the waxwings are trilling",
    "owzat, snicked it. {}", "{}, that's yahtzee",
    "drinc hael! {}", "{} so, the hoarfrost's sparkly",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "minou, minou! {}", "{}, rime",
    "pewit! {}", "{}, the hedges are rimed",
    "hatfuls, capfuls! {}", "{}, waxwings in the hawthorn",
    "appeal, appeal, that's lbw. {}", "{}, a yahtzee",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("howzat howzat lbw",
"waes hael"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words are never a clause's, so
they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftyninth_data.py none of an
out-of-scope template)."""


FIFTYNINTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("pewtery", "pewter ee"), ("minskin", "min skin"), ("clarinet", "clarinette"),
    ("porch", "poarch"), ("tankard", "tankerd"), ("planisher", "planishor"),
    ("almshouses", "arms houses"), ("antimony", "antimoney"), ("graver", "grayver"),
    ("solder", "sodder"), ("pewtering", "pewter ing"), ("shepherd's", "sheppards"),
    ("ebook", "e book"), ("cymric", "kimrick"), ("blockroom", "block room"),
    ("conformer", "conformor"), ("netball", "net ball"), ("conservatory", "conservatry"),
    ("trampoline", "trampolene"), ("buckram", "buckrum"), ("sisal", "sizal"),
    ("millinery", "millinary"), ("haberdashery", "haberdashry"),
    ("petersham", "peter sham"), ("anniversary", "anniversery"),
    ("caulkshed", "cork shed"), ("caulker", "corker"), ("oakum", "okum"),
    ("marline", "marlin"), ("capstan", "capstand"), ("snowshoe", "snow shoe"),
    ("planking", "plank king"), ("regatta", "regata"), ("licence", "lisence"),
]
"""The fifty-ninth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("tankard planisher", "tankardplanisher"), ("shepherd's pie", "shepherdspie"),
         ("ice rink", "icerink"), ("leisure centre", "leisurecentre"),
         ("cornish tin", "cornishtin"), ("tin delivery", "tindelivery"),
         ("panto tickets", "pantotickets"), ("van keys", "vankeys"),
         ("flagon lids", "flagonlids"), ("sprue ends", "sprueends"),
         ("arc welder", "arcwelder"), ("ebook reader", "ebookreader"),
         ("bowler hat", "bowlerhat"), ("lawn seeder", "lawnseeder"),
         ("antimony parcel", "antimonyparcel"), ("brass band", "brassband"),
         ("tankard orders", "tankardorders"), ("tin solder", "tinsolder"),
         ("almshouses gutter", "almshousesgutter"), ("tankard invoices", "tankardinvoices"),
         ("pewter plates", "pewterplates"), ("casting sand", "castingsand"),
         ("craft fair", "craftfair"), ("netball kit", "netballkit"),
         ("trampoline park", "trampolinepark"), ("cottage pie", "cottagepie"),
         ("garden centre", "gardencentre"), ("anniversary card", "anniversarycard"),
         ("rabbit felt", "rabbitfelt"), ("felt order", "feltorder"),
         ("pub quiz", "pubquiz"), ("brim conformer", "brimconformer"),
         ("felt parcel", "feltparcel"), ("buckram linings", "buckramlinings"),
         ("sisal braid", "sisalbraid"), ("paint roller", "paintroller"),
         ("chest freezer", "chestfreezer"), ("framing nailer", "framingnailer"),
         ("hat steamer", "hatsteamer"), ("hat orders", "hatorders"),
         ("hat pins", "hatpins"), ("haberdashery rent", "haberdasheryrent"),
         ("straw boaters", "strawboaters"), ("petersham ribbon", "petershamribbon"),
         ("boat builder", "boatbuilder"), ("football boots", "footballboots"),
         ("larch plank", "larchplank"), ("plank order", "plankorder"),
         ("museum trip", "museumtrip"), ("sailing club", "sailingclub"),
         ("seam caulker", "seamcaulker"), ("oakum strands", "oakumstrands"),
         ("marline ends", "marlineends"), ("capstan pawl", "capstanpawl"),
         ("winter duvets", "winterduvets"), ("larch planks", "larchplanks"),
         ("caulking irons", "caulkingirons"), ("boat orders", "boatorders"),
         ("copper roves", "copperroves"), ("bending timbers", "bendingtimbers"),
         ("mooring licence", "mooringlicence"), ("pine tar", "pinetar"),
         ("deck cleats", "deckcleats"), ("tankard maker", "tankardmaker"),
         ("hat maker", "hatmaker"), ("planking weekend", "plankingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"pewtery": "pewter-y", "blockroom": "block-room", "caulkshed": "caulk-shed",
             "ebook": "e-book",
             "almshouses": "alms-houses"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftyninth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knock up a {w} from offcuts for the tombola at the lifeboat day",
        "what's the gaelic for {w}, roughly speaking",
        "scribble a {w} on the back of a bus ticket for the grandchildren",
        "is a {w} any cheaper at the ironmonger's in ludlow",
        "track down a secondhand {w} at the flea market in tavistock",
        "roughly how heavy is a {w}, would you say",
        "make up a clerihew about a {w} for the village newsletter",
        "how would a geordie pronounce {w}",
    ],
    "routine command": [
        "scrap {p} once and for all",
        "walk me through {p} one bit at a time",
        "come up with a snappier nickname for {p}, something rhyming",
        "make a second copy of {p} for the static caravan at padstow",
        "restrict {p} to the fortnight before lammas",
        "give a little chime whenever {p} kicks off",
        "who's been fiddling about with {p} while grandad was dozing",
        "can {p} be dialled back a touch after the farming programme",
    ],
    "word order": [
        "{b} beats {a} hollow", "{b} edges out {a}, to my mind",
        "trade the {a} for a {b}, ta very much", "lose the {a}, keep hold of the {b}",
        "{a} then {b}, or vice versa", "a dollop of {b}, a smidge of {a}",
    ],
    "negation": [
        "let's not bother with {p} this soggy thursday, duck",
        "i'd sooner you didn't {p} while aunty's dozing on the settee",
        "under no circumstances {p} until i give the nod, poppet",
        "don't go starting {p} while i'm at the chiropodist's in truro",
        "nope, let {p} be for now",
        "steady on, no {p} until the curate's gone, petal",
    ],
    "cancellation": [
        "shelve {p} until the in laws from rhyl have headed off",
        "{p} can bide its time until the chimney sweep's done",
        "drop {p} for the week of the agricultural show in builth",
        "ease off {p} until the gas engineer's been round",
        "we'll go without {p} over the lantern procession weekend",
        "put {p} on ice until the boxing day kerfuffle has calmed down",
    ],
    "state question": [
        "is {p} chugging away right now",
        "is {p} halfway done or all finished",
        "did {p} go off without a hitch before the glazier turned up",
        "has {p} packed up for good or is it limping along",
        "has anyone looked in on {p} since the meter reader came",
        "was {p} seen to the friday after the harvest supper",
    ],
    "past or story": [
        "the year the harbour froze {p} packed in as well",
        "in the scorching summer of the moon landing {p} played up no end",
        "my great aunt in cleethorpes swore by {p} every candlemas",
        "at the golden wedding do in the wigan miners' institute {p} ran till sunrise",
        "that whole rained off week in rothesay {p} was on the fritz",
        "when we lived over the chip shop in hartlepool we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the coalman bellowed {p} up the ginnel",
        "a street singer outside the market hall warbled {p}",
        "my pen pal from portree signs off every email with {p}",
        "a bloke on the last train to penrith muttered {p}",
        "the dinner lady yelled {p} across the school hall",
        "our window fitter from ossett hums {p} on his ladder",
    ],
    "contrast": [
        "{p} is only for when my half brother visits from thurso",
        "we only {p} when my godmother sails in from alderney",
        "{p} is a red letter day thing in our flat",
        "{p} is strictly a twelfth night custom in our semi",
        "we only {p} when the carnival floats go past the chippy",
        "{p} is saved for when the bishop comes over from hereford",
    ],
    "hypothetical": [
        "supposing i'd sweetened you up with a lardy cake, would you have agreed to {p}",
        "if i ever got hopelessly hooked on {p}, would you still tolerate me",
        "imagine if {p} began at the crack of dawn, would the close complain",
        "if {p} began during a power cut, would the fuse box trip",
        "picture {p} keeping going through the big freeze",
        "what would you do if the churchwarden's nephew nagged you to {p}",
    ],
    "complaint": [
        "{p} has been doing my head in since the plasterer's lad left",
        "{p} let us down yet again at the jubilee street party in morecambe",
        "{p} has been a waste of space since the satellite man came",
        "i'm sick to the back teeth of {p} since easter",
        "{p} is a proper pain in the neck since shrove tuesday",
        "{p} keeps giving up halfway through the darts on telly",
    ],
    "opinion": [
        "{p} is the bee's knees if you want my view",
        "i'm chuffed to bits with {p}, genuinely",
        "{p} is a godsend for my creaky hip, if i'm honest",
        "{p} has made grey mondays nearly bearable",
        "{p} is the smartest gadget this side of the tamar",
        "{p} is top notch, reckons our maureen and she's fussy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the podiatrist's in buxton",
        "nag me about {p} once the grand national is done",
        "make sure i remember to {p} on sunday after the car boot sale",
        "nudge me to {p} after countryfile",
        "stick {p} on monday's chores list by the kettle",
        "give me a nudge about {p} once the rushbearing is over",
    ],
    "permission question": [
        "is my sister in law's stepson's girlfriend from camborne allowed to {p}",
        "is the tenant's half brother permitted to {p}",
        "would the chimney sweep be allowed to {p} by himself",
        "is my step grandson allowed to {p} when he stays over at half term",
        "can the babysitter's niece {p} without asking first",
        "is the postman's daughter from the close allowed to {p}",
    ],
    # the fifty-ninth's own
    "a grandfather clock named it": [
        "our grandfather clock is called {p}",
        "{p} is the grandfather clock on the landing",
        "my uncle named his grandfather clock {p}",
        "a grandfather clock called {p} chimed at the auction",
        "there's a grandfather clock at the antiques shop named {p}",
        "who'd call a grandfather clock {p}",
    ],
    "a vintage motorbike named it": [
        "my vintage motorbike is called {p}",
        "{p} is the vintage motorbike under the tarpaulin",
        "grandpa named his vintage motorbike {p}",
        "a vintage motorbike called {p} won the concours",
        "there's a vintage motorbike at the rally named {p}",
        "who'd name a vintage motorbike {p}",
    ],
    "a carthorse named it": [
        "the carthorse at the farm park is called {p}",
        "{p} is the carthorse with the shaggy hooves",
        "the ploughman named his carthorse {p}",
        "a carthorse called {p} pulled the brewery dray",
        "there's a carthorse at the heavy horse centre named {p}",
        "who'd name a carthorse {p}",
    ],
    "a beehive named it": [
        "our beehive is called {p}",
        "{p} is the beehive at the bottom of the orchard",
        "my neighbour named her beehive {p}",
        "a beehive called {p} swarmed in june",
        "there's a beehive at the apiary named {p}",
        "who'd name a beehive {p}",
    ],
    "a greenhouse named it": [
        "our greenhouse is called {p}",
        "{p} is the greenhouse with the cracked pane",
        "my dad named his greenhouse {p}",
        "a greenhouse called {p} blew over in the gale",
        "there's a greenhouse at the nursery named {p}",
        "who'd name a greenhouse {p}",
    ],
    "written with a sparkler": [
        "the kids wrote {p} in the air with a sparkler",
        "{p} was written with a sparkler in the photo",
        "she wrote {p} with a sparkler on bonfire night",
        "my nephew tried writing {p} with a sparkler",
        "there's a video of {p} being written with a sparkler",
        "why write {p} with a sparkler",
    ],
    "painted on a boat's stern": [
        "the fisherman painted {p} on his boat's stern",
        "{p} is painted on the stern of the trawler",
        "the dinghy has {p} painted on its stern",
        "my brother painted {p} on the stern of his boat",
        "there's a boat in the harbour with {p} painted on the stern",
        "why paint {p} on a boat's stern",
    ],
    "written on a paper lantern": [
        "we wrote {p} on a paper lantern",
        "{p} is written on the paper lantern in the window",
        "the paper lantern has {p} written on it",
        "my niece wrote {p} on a paper lantern for the festival",
        "there's a paper lantern at the gift shop with {p} written on it",
        "why write {p} on a paper lantern",
    ],
    "carved into a piece of driftwood": [
        "grandad carved {p} into a piece of driftwood",
        "{p} is carved into the driftwood on the mantelpiece",
        "the driftwood by the door has {p} carved into it",
        "my son carved {p} into a piece of driftwood at the beach",
        "there's a piece of driftwood at the craft stall with {p} carved into it",
        "why carve {p} into a piece of driftwood",
    ],
    "tooled into a leather belt": [
        "the saddler tooled {p} into a leather belt",
        "{p} is tooled into my leather belt",
        "the leather belt on the hook has {p} tooled into it",
        "my cousin had {p} tooled into a leather belt",
        "there's a leather belt at the market with {p} tooled into it",
        "why have {p} tooled into a leather belt",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} coat peg", "{} jam jar", "{} teapot stand", "{} salt cellar",
    "{} tealight holder", "{} pin cushion", "{} jewellery box", "{} trinket dish",
    "{} wind chime", "{} ramekin",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

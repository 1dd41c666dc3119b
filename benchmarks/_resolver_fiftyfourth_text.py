"""The words of the fifty-fourth held-out resolver set
(benchmarks/_resolver_fiftyfourth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a windmiller's house with the
millroom under the sails, where Emma mills flour, with her wife Donna, their daughters
Sanda and Sila, a cat Millet and a spaniel Bran (seed 540); a leatherworker's barn with
the tanyard behind the orchard, where Parker works leather, with his husband Lester,
their children Posie and Sidney, a cat Rivet and a lurcher Suede (541); and a stained
glass maker's house with the leadroom over the garage, where Hila leads glass, with her
wife Rima, their children Sita and Clark, a cat Opal and a poodle Patina (542). Its
people and pets are named in ways no earlier set names them: after what a mill grinds
or sifts out ("feed millet" beside "buy the millet sprays", "brush bran" beside "sack
the wheat bran"), what a leatherworker sets or works ("feed rivet" beside "press the
rivet caps", "brush suede" beside "spray the suede boots") or what a glass maker cuts
or brushes on ("feed opal" beside "cut the opal glass", "brush patina" beside "apply
the copper patina"); and with names a recogniser writes as the word they sound like,
most as a speaker who sounds no "r" after a vowel says both: as an old wheat ("emma" as
"emmer", beside "sieve the emmer flour"), a kebab ("donna" as "doner", beside "order a
doner kebab"), a machine that smooths a floor ("sanda" as "sander", beside "empty the
sander bag"), what seals grout ("sila" as "sealer", beside "buy the grout sealer"), a
coat ("parker" as "parka", beside "reproof the parka"), one who heals ("hila" as
"healer", beside "book the reiki healer"), a tool that widens a hole ("rima" as
"reamer", beside "sharpen the reamer") and a sofa ("sita" as "seater", beside "hoover
the three seater"); and, in any accent, as a cheese ("lester" as "leicester", beside
"grate the red leicester"), a little bunch of flowers ("posie" as "posy", beside "pick
a posy of sweet peas"), a city ("sidney" as "sydney", beside "post the sydney parcel")
and, as the British say it, a parish officer ("clark" as "clerk", beside "pay the
parish clerk"). A name that is also a word of another phrase of its home ("millet",
"bran", "rivet", "suede", "opal", "patina") has no other spelling, so the word is never
respelt as the name. Each teaches 22 of its own routines with the generic pool; the
rest of its own pool, and the siblings in ``UNTAUGHT`` ("sanda's netball at five"
beside "sanda's netball at four", "bolter off" beside "bolter on"), are never taught
there. Phrases come in every shape: one word ("milling", "leatherwork",
"leadlighting"), two nouns ("meal sacks", "hide racks", "grozing pliers"), nested
("bolter on" inside "flour bolter on", "skiver on" inside "bell skiver on", "lightbox
on" inside "tracing lightbox on"), words shared across phrases ("lock the millroom" and
"millroom light on", "feed millet" and "buy the millet sprays"), numbers and times
("sanda's netball at four", "sita's hockey at nine"), places ("millroom radiator on",
"tanyard dehumidifier on", "leadroom heater on"), verbs first ("sieve the emmer flour",
"pick a posy of sweet peas") and nouns first ("sachets for the tonkinese"), questions
("how many sacks are milled", "how many satchels are stitched", "how many panels are
leaded"), and a chore of several clauses ("we're off to the vintage fair so feed opal
and give clark a ring and lock the leadroom").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("emmer" for "emma", "parka" for "parker", "clerk" for "clark"): the same person, so
"phone sander" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a dwile flonking referee at the village fete first
("dwiles sodden, girters, a wanton, flonkers. X"), a corncrake rasping in the hay
meadow first, one word no dictionary of the speaker's has ("crexcrex! X"), calling the
turkeys into the barn first ("gobblers, gobblers! X"), a rag and bone man crying from
his cart first ("ragabone, ragabone! X"), a shin kicking bout on the telly after ("X,
the shinkickers are hobbling"), a remark on a slowworm on the compost heap after ("X, a
slowworm's sunning"), a remark on a starling murmuration at dusk after ("X, what a
murmuration"), a game of shove ha'penny in the snug after ("X, shoved it"); the phrase
between a turkey call and a slowworm remark ("gobblers, gobblers! X, a slowworm's
sunning"), and the phrase said in the middle of a dwile flonking referee's calls, which
go on after it ("dwiles sodden, girters, X, a wanton, flonkers"). Some are joined with
"and", "so", "then" or "oh and". No word of a clause but its function words is a word
of this set's pools or the generic pool, and its distinctive words are no earlier
set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a bonsai tree named it, a stick insect named
it, a pantomime horse named it, a prize ram named it, a rescue hen named it, spelt out
in fairy lights, painted on a pebble, mown into a lawn, written on a kite and sprayed
on a railway bridge.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

MILLER = "windmiller's house with the millroom under the sails"
LEATHERWORKER = "leatherworker's barn with the tanyard behind the orchard"
GLASSMAKER = "stained glass maker's house with the leadroom over the garage"
HOMES: dict[int, str] = {540: MILLER, 541: LEATHERWORKER, 542: GLASSMAKER}

FIFTYFOURTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    MILLER: {
        "Millet": ["feed millet", "sachets for the balinese"],
        "Bran": ["brush bran"],
        "Emma": ["ring emma", "call the miller", "phone emma"],
        "Donna": ["drop donna a line", "send donna a text"],
        "Donna and Sanda": ["message donna and sanda"],
        "Sanda": ["give sanda a ring", "give sanda a bell", "call sanda back"],
        "Sila": ["tell sila her clarinet is on the dresser"],
        "Sila ring": ["give sila a ring", "phone sila"],
        "Sila lift": ["ask sila for a lift to the garden centre"],
        "Sanda supper": ["tell sanda her cottage pie is ready"],
        "Sanda lift": ["ask sanda for a lift to the ferry terminal"],
        "Emma grain": ["text emma about the rye grain order"],
        "Donna tickets": ["text donna about the panto tickets"],
        "Donna ring": ["give donna a ring", "ring donna back"],
        "Emma keys": ["ask emma for the tractor keys"],
        "Bolter": ["bolter on"],
        "Flour bolter": ["flour bolter on"],
        "Millroom radiator": ["millroom radiator on"],
        "Millet sprays": ["buy the millet sprays"],
        "Wheat bran": ["sack the wheat bran"],
        "Emmer": ["sieve the emmer flour"],
        "Doner": ["order a doner kebab"],
        "Sander": ["empty the sander bag"],
        "Sealer": ["buy the grout sealer"],
        "Sacks": ["how many sacks are milled"],
        "Grain lorry": ["has the grain lorry arrived"],
        "Netball": ["sanda's netball at four"],
        "Gymnastics": ["sila's gymnastics at seven"],
        "Sail stocks": ["grease the sail stocks", "oil the sail stocks"],
        "Flour bags": ["count the flour bags", "tally the flour bags"],
        "Dressing picks": ["order more dressing picks", "restock the dressing picks"],
        "Milling": ["milling", "milling afternoon"],
        "Millroom": ["lock the millroom"],
        "Millroom light": ["millroom light on"],
        "Hopper": ["unblock the grain hopper"],
        "Bakery invoices": ["post the bakery invoices"],
        "Meal sacks": ["meal sacks"],
        "Sail cloths": ["sail cloths"],
        # long
        "Ploughing match": ["we're off to the ploughing match so feed millet and give sanda "
                            "a ring and lock the millroom"],
    },
    LEATHERWORKER: {
        "Rivet": ["feed rivet", "sardines for the somali"],
        "Suede": ["brush suede"],
        "Parker": ["ring parker", "call the leatherworker", "phone parker"],
        "Lester": ["drop lester a line", "send lester a text"],
        "Lester and Posie": ["message lester and posie"],
        "Posie": ["give posie a ring", "phone posie", "ring posie back"],
        "Sidney": ["tell sidney his cricket whites are in the airing cupboard"],
        "Sidney ring": ["give sidney a bell", "phone sidney", "ring sidney back"],
        "Sidney lift": ["ask sidney for a lift to the leisure centre",
                        "ask sidney to drive me to the leisure centre"],
        "Posie supper": ["tell posie her fish pie is ready"],
        "Parker and Sidney": ["message parker and sidney"],
        "Parker lift": ["ask parker for a lift to the park and ride"],
        "Lester card": ["send lester a birthday card", "post lester a birthday card"],
        "Parker hides": ["text parker about the cowhide order",
                         "email parker about the cowhide order"],
        "Lester class": ["text lester about the salsa class"],
        "Lester ring": ["give lester a ring", "phone lester back"],
        "Skiver": ["skiver on"],
        "Bell skiver": ["bell skiver on"],
        "Tanyard dehumidifier": ["tanyard dehumidifier on"],
        "Satchels": ["how many satchels are stitched"],
        "Neatsfoot": ["has the neatsfoot oil arrived"],
        "Rugby": ["sidney's rugby at five"],
        "Violin": ["posie's violin at eight"],
        "Rivet caps": ["press the rivet caps"],
        "Suede boots": ["spray the suede boots"],
        "Parka": ["reproof the parka"],
        "Leicester": ["grate the red leicester"],
        "Posy": ["pick a posy of sweet peas"],
        "Sydney": ["post the sydney parcel"],
        "Stitching ponies": ["wax the stitching ponies", "dust the stitching ponies"],
        "Belt orders": ["count the belt orders", "tally the belt orders"],
        "Edge paint": ["order more edge paint", "restock the edge paint"],
        "Leatherwork": ["leatherwork", "leatherwork evening"],
        "Tanyard": ["lock the tanyard"],
        "Tanyard light": ["tanyard light on"],
        "Belt blanks": ["stamp the belt blanks"],
        "Show fee": ["pay the county show fee"],
        "Hide racks": ["hide racks"],
        "Awl hafts": ["awl hafts"],
        # long
        "Horse trials": ["we're off to the horse trials so feed rivet and give posie a ring "
                         "and lock the tanyard"],
    },
    GLASSMAKER: {
        "Opal": ["feed opal", "salmon for the tonkinese"],
        "Patina": ["brush patina"],
        "Hila": ["ring hila", "call the glassmaker", "phone hila"],
        "Rima": ["drop rima a line", "send rima a text"],
        "Rima and Clark": ["message rima and clark"],
        "Clark": ["give clark a ring", "phone clark"],
        "Sita boots": ["tell sita her riding boots are in the utility"],
        "Hila lead": ["text hila about the lead came order"],
        "Sita": ["text sita about the brownie camp"],
        "Sita ring": ["give sita a ring", "phone sita"],
        "Sita lift": ["ask sita for a lift to the tennis club"],
        "Rima and Sita": ["message rima and sita"],
        "Lightbox": ["lightbox on"],
        "Tracing lightbox": ["tracing lightbox on"],
        "Leadroom heater": ["leadroom heater on"],
        "Opal glass": ["cut the opal glass"],
        "Copper patina": ["apply the copper patina"],
        "Healer": ["book the reiki healer"],
        "Reamer": ["sharpen the reamer"],
        "Seater": ["hoover the three seater"],
        "Clerk": ["pay the parish clerk"],
        "Panels": ["how many panels are leaded"],
        "Cathedral glass": ["has the cathedral glass been delivered"],
        "Karate": ["clark's karate at six"],
        "Hockey": ["sita's hockey at nine"],
        "Lead cames": ["stretch the lead cames", "straighten the lead cames"],
        "Quarries": ["count the glass quarries", "tally the glass quarries"],
        "Tallow flux": ["order more tallow flux", "restock the tallow flux"],
        "Leadlighting": ["leadlighting", "leadlighting weekend"],
        "Leadroom": ["lock the leadroom"],
        "Leadroom light": ["leadroom light on"],
        "Glass cutters": ["sort the glass cutters"],
        "Kiln insurance": ["renew hila's kiln insurance"],
        "Glass nuggets": ["glass nuggets"],
        "Grozing pliers": ["grozing pliers"],
        # long
        "Vintage fair": ["we're off to the vintage fair so feed opal and give clark a ring "
                         "and lock the leadroom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    MILLER: {
        "Netball five": ["sanda's netball at five"],
        "Gymnastics eight": ["sila's gymnastics at eight"],
        "Bolter off": ["bolter off"],
        "Flour bolter off": ["flour bolter off"],
        "Millroom light off": ["millroom light off"],
        "Unlock millroom": ["unlock the millroom"],
        "Emma oat": ["text emma about the oat grain order"],
        "Dressing chisels": ["order more dressing chisels"],
        "Meal bags": ["count the meal bags"],
        "Spelt flour": ["sieve the spelt flour"],
        "Chicken kebab": ["order a chicken kebab"],
        "Millroom radiator off": ["millroom radiator off"],
    },
    LEATHERWORKER: {
        "Rugby six": ["sidney's rugby at six"],
        "Violin nine": ["posie's violin at nine"],
        "Skiver off": ["skiver off"],
        "Bell skiver off": ["bell skiver off"],
        "Tanyard light off": ["tanyard light off"],
        "Unlock tanyard": ["unlock the tanyard"],
        "Parker pigskin": ["text parker about the pigskin order"],
        "Saddle soap": ["order more saddle soap"],
        "Strap orders": ["count the strap orders"],
        "Snap caps": ["press the snap caps"],
        "Stilton": ["grate the blue stilton"],
        "Tanyard dehumidifier off": ["tanyard dehumidifier off"],
    },
    GLASSMAKER: {
        "Karate seven": ["clark's karate at seven"],
        "Hockey ten": ["sita's hockey at ten"],
        "Lightbox off": ["lightbox off"],
        "Tracing lightbox off": ["tracing lightbox off"],
        "Leadroom light off": ["leadroom light off"],
        "Unlock leadroom": ["unlock the leadroom"],
        "Hila foil": ["text hila about the copper foil order"],
        "Glass paint": ["order more glass paint"],
        "Glass roundels": ["count the glass roundels"],
        "Amber glass": ["cut the amber glass"],
        "Reflexologist": ["book the reiki reflexologist"],
        "Leadroom heater off": ["leadroom heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the windmiller's house
    {"we're off to the ploughing match so feed millet and give sanda a ring and lock the "
     "millroom", "i'm leaving", "goodbye house", "feed millet", "give sanda a ring",
     "lock the millroom"},
    {"feed millet", "sachets for the balinese", "feed the balinese"},
    {"ring emma", "call the miller", "ring the miller", "phone emma"},
    # the leatherworker's barn
    {"we're off to the horse trials so feed rivet and give posie a ring and lock the "
     "tanyard", "i'm leaving", "goodbye house", "feed rivet", "give posie a ring",
     "lock the tanyard"},
    {"feed rivet", "sardines for the somali", "feed the somali"},
    {"ring parker", "call the leatherworker", "ring the leatherworker", "phone parker"},
    # the stained glass maker's house
    {"we're off to the vintage fair so feed opal and give clark a ring and lock the "
     "leadroom", "i'm leaving", "goodbye house", "feed opal", "give clark a ring",
     "lock the leadroom"},
    {"feed opal", "salmon for the tonkinese", "feed the tonkinese"},
    {"ring hila", "call the glassmaker", "ring the glassmaker", "phone hila"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the balinese" where the balinese is Millet).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"millet", "bran", "emma", "donna", "sanda", "sanda's", "sila", "sila's",
         "rivet", "suede", "parker", "lester", "posie", "posie's", "sidney", "sidney's",
         "opal", "patina", "hila", "hila's", "rima", "sita", "sita's", "clark", "clark's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as an old wheat, a kebab, a floor machine, what seals grout
    "emma": ("emmer",), "donna": ("doner",), "sanda": ("sander",),
    "sanda's": ("sander's",), "sila": ("sealer",), "sila's": ("sealer's",),
    # written as a coat, one who heals, a tool that widens a hole, a sofa
    "parker": ("parka",), "hila": ("healer",), "hila's": ("healer's",),
    "rima": ("reamer",), "sita": ("seater",), "sita's": ("seater's",),
    # written as a cheese, a little bunch of flowers, a city, a parish officer
    "lester": ("leicester",), "posie": ("posy",), "posie's": ("posy's",),
    "sidney": ("sydney",), "sidney's": ("sydney's",), "clark": ("clerk",),
    "clark's": ("clerk's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er" are one sound, so "emma" and "emmer", "donna" and "doner",
"sanda" and "sander", "sila" and "sealer", "parker" and "parka", "hila" and "healer",
"rima" and "reamer", "sita" and "seater" are each one sound; "lester" and "leicester",
"posie" and "posy", "sidney" and "sydney" are one sound in any accent, and "clark" and
"clerk" in any British one."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "sachets": ("biscuits",), "balinese": ("persian",), "brush": ("comb",),
    "lock": ("bolt",), "miller": ("baker",), "text": ("page",),
    "clarinet": ("flute",), "dresser": ("piano",), "garden": ("shopping",),
    "centre": ("village",), "cottage": ("fish",), "pie": ("cake",),
    "ferry": ("bus",), "terminal": ("stop",), "rye": ("barley",), "grain": ("seed",),
    "order": ("invoice",), "panto": ("circus",), "tickets": ("programmes",),
    "tractor": ("quad bike",), "keys": ("papers",), "bolter": ("sifter",),
    "flour": ("semolina",), "millroom": ("granary",), "radiator": ("dehumidifier",),
    "buy": ("store",), "millet": ("nyjer",), "sprays": ("balls",), "sack": ("bag",),
    "wheat": ("oat",), "bran": ("husks",), "sieve": ("weigh",), "emmer": ("spelt",),
    "doner": ("chicken",), "kebab": ("wrap",), "empty": ("clean",), "sander": ("hoover",),
    "bag": ("filter",), "grout": ("tile",), "sealer": ("cleaner",),
    "sacks": ("bags",), "milled": ("sold",), "lorry": ("trailer",),
    "arrived": ("left",), "netball": ("swimming",), "gymnastics": ("trampolining",),
    "grease": ("paint",), "oil": ("paint",), "sail": ("brake",), "stocks": ("shutters",),
    "count": ("stack",), "tally": ("sort",), "bags": ("tins",), "dressing": ("carving",),
    "picks": ("chisels",), "milling": ("baking",), "afternoon": ("morning",),
    "unblock": ("empty",), "hopper": ("chute",), "post": ("shred",),
    "bakery": ("butcher",), "invoices": ("receipts",), "meal": ("seed",),
    "cloths": ("covers",), "ploughing": ("sheepdog",), "match": ("trials",),
    "sardines": ("mackerel",), "somali": ("siamese",), "leatherworker": ("upholsterer",),
    "cricket": ("tennis",), "whites": ("shoes",), "airing": ("hall",),
    "cupboard": ("drawer",), "leisure": ("sports",), "fish": ("shepherd's",),
    "park": ("car",), "ride": ("wash",), "birthday": ("thank you",), "card": ("note",),
    "cowhide": ("pigskin",), "salsa": ("tango",), "class": ("lesson",),
    "skiver": ("splitter",), "bell": ("band",), "tanyard": ("workshop",),
    "dehumidifier": ("fan",), "satchels": ("purses",), "stitched": ("sold",),
    "neatsfoot": ("mink",), "rugby": ("hockey",), "violin": ("cello",),
    "press": ("set",), "rivet": ("snap",), "caps": ("studs",), "spray": ("polish",),
    "suede": ("patent",), "boots": ("shoes",), "reproof": ("wash",), "parka": ("fleece",),
    "grate": ("slice",), "red": ("white",), "leicester": ("cheddar",), "pick": ("buy",),
    "posy": ("bunch",), "sweet": ("garden",), "peas": ("roses",), "sydney": ("dublin",),
    "parcel": ("letters",), "wax": ("oil",), "dust": ("clamp",), "stitching": ("sewing",),
    "ponies": ("horses",), "belt": ("strap",), "orders": ("returns",),
    "edge": ("saddle",), "paint": ("soap",), "leatherwork": ("woodwork",),
    "evening": ("morning",), "stamp": ("punch",), "blanks": ("straps",),
    "pay": ("query",), "county": ("village",), "show": ("fete",), "fee": ("rent",),
    "hide": ("saddle",), "racks": ("rails",), "awl": ("knife",), "hafts": ("blades",),
    "horse": ("dog",), "trials": ("show",),
    "salmon": ("trout",), "tonkinese": ("bengal",), "glassmaker": ("potter",),
    "riding": ("wellington",), "utility": ("porch",), "lead": ("zinc",),
    "came": ("strip",), "brownie": ("guide",), "camp": ("trip",),
    "tennis": ("squash",), "club": ("courts",), "lightbox": ("grinder",),
    "tracing": ("drawing",), "leadroom": ("studio",), "heater": ("fan",),
    "cut": ("clean",), "opal": ("ruby",), "glass": ("mirror",), "apply": ("clean",),
    "copper": ("black",), "patina": ("polish",), "book": ("cancel",), "reiki": ("massage",),
    "healer": ("therapist",), "sharpen": ("oil",), "reamer": ("drill",),
    "hoover": ("plump",), "three": ("two",), "seater": ("chair",),
    "parish": ("school",), "clerk": ("bursar",), "panels": ("windows",),
    "leaded": ("glazed",), "cathedral": ("float",), "delivered": ("collected",),
    "karate": ("judo",), "hockey": ("netball",), "stretch": ("bend",),
    "straighten": ("bend",), "quarries": ("roundels",), "tallow": ("paste",),
    "flux": ("solder",), "leadlighting": ("glass painting",), "weekend": ("fortnight",),
    "sort": ("bag",), "cutters": ("pliers",), "renew": ("cancel",), "kiln": ("van",),
    "insurance": ("tax",), "nuggets": ("beads",), "grozing": ("running",),
    "pliers": ("tongs",), "vintage": ("steam",), "fair": ("rally",),
    # the generic pool's
    "dog": ("hamster",), "sauna": ("hot tub",),
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
("sanda's netball at quarter past four" for "sanda's netball at four", "feed the
persian"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_REFEREE = [
    ("dwiles sodden, girters", "a wanton, flonkers"),
    ("a morther, drivellers", "girters round, flonk"),
    ("girters round, flonk", "a ripple, drivellers"),
    ("drivellers up, girters", "a morther, flonkers"),
    ("flonkers, a wanton", "drivellers up, dwiles"),
    ("a ripple, drivellers", "flonk, girters"),
    ("dwiles sodden, flonkers", "a wanton, girters"),
    ("flonk again, girters", "a morther, drivellers"),
]
_CRAKES = [
    "crexcrex", "krekkrek", "craik", "rrrerrp", "crakecrake",
    "kreks, kreks", "craakcraak", "krrrek", "craikcraik",
]
_TURKEYS = [
    "gobblers, gobblers", "poults, poults", "gobblers, poults", "turks, turks",
    "gobblies, gobblies", "poulties, poulties", "gobblers, poults, turks", "turks, gobblies",
    "poulties, turks",
]
_RAGBONE = [
    "ragabone, ragabone", "any ole lumber", "ole clobber, scrap", "ragabone, any scrap",
    "lumber, clobber, scrap", "ragbone, ole lumber", "scrapmetal, ragabone",
    "any ole clobber",
]
_SLOWWORMS = [
    "a slowworm's sunning", "the slowworms are coiled", "that slowworm's bronzy",
    "a slowworm's slithered", "the slowworms are legless", "it's sunning",
    "another slowworm", "the slowworms are slinking",
]
_MURMURATION = [
    "what a murmuration", "the murmuration's swirling", "a starling's swooshing",
    "the murmuration's thickening", "that murmuration's billowing",
    "the starling's swirling", "another murmuration", "the murmurations are swooshing",
]

WRAPPERS: dict[str, list[str]] = {
    "a dwile flonking referee at the village fete, said first": [
        f"{a}, {b}. {{}}" for a, b in _REFEREE[:6]
    ] + [f"{_REFEREE[6][0]}, {_REFEREE[6][1]}, then {{}}",
         f"{_REFEREE[7][0]}, {_REFEREE[7][1]}, oh and {{}}"],
    "a corncrake rasping in the hay meadow, said first": [
        f"{_CRAKES[0]}! {{}}", f"{_CRAKES[1]}! {{}}", f"{_CRAKES[2]}. {{}}",
        f"{_CRAKES[3]}! {{}}", f"{_CRAKES[4]}. {{}}", f"{_CRAKES[5]}! {{}}",
        f"{_CRAKES[6]}, then {{}}", f"{_CRAKES[7]}, oh and {{}}", f"{_CRAKES[8]}! {{}}",
    ],
    "calling the turkeys into the barn, said first": [
        f"{_TURKEYS[0]}! {{}}", f"{_TURKEYS[1]}. {{}}", f"{_TURKEYS[2]}! {{}}",
        f"{_TURKEYS[3]}. {{}}", f"{_TURKEYS[4]}! {{}}", f"{_TURKEYS[5]}. {{}}",
        f"{_TURKEYS[6]}, then {{}}", f"{_TURKEYS[7]}, oh and {{}}", f"{_TURKEYS[8]}! {{}}",
    ],
    "a rag and bone man crying from his cart, said first": [
        f"{_RAGBONE[0]}! {{}}", f"{_RAGBONE[1]}! {{}}", f"{_RAGBONE[2]}! {{}}",
        f"{_RAGBONE[3]}. {{}}", f"{_RAGBONE[4]}. {{}}", f"{_RAGBONE[5]}! {{}}",
        f"{_RAGBONE[6]}, then {{}}", f"{_RAGBONE[7]}, oh and {{}}",
    ],
    "a shin kicking bout on the telly, said after": [
        "{}, the shinkickers are hobbling", "{}, that shinkicker's limping",
        "{}, he's walloped a shin", "{}, the sticklers are adjudicating",
        "{}, a shinkicker's keeling", "{}, his shins are purpling",
        "{} and, another shinkicker", "{} so, the sticklers adjudicated",
    ],
    "a remark on a slowworm on the compost heap, said after": [
        f"{{}}, {d}" for d in _SLOWWORMS[:6]
    ] + [f"{{}} and, {_SLOWWORMS[6]}", f"{{}} so, {_SLOWWORMS[7]}"],
    "a remark on a starling murmuration at dusk, said after": [
        f"{{}}, {d}" for d in _MURMURATION[:6]
    ] + [f"{{}} and, {_MURMURATION[6]}", f"{{}} so, {_MURMURATION[7]}"],
    "a game of shove ha'penny in the snug, said after": [
        "{}, shoved it", "{}, a ha'penny's bedded", "{}, that ha'penny's overshot",
        "{}, the ha'pennies are clinking", "{}, my ha'penny's lodged", "{}, bedded again",
        "{} and, shoved again", "{} so, the ha'pennies jangled",
    ],
    "between a turkey call and a slowworm remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_TURKEYS[:3], _SLOWWORMS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_TURKEYS[3:5], _SLOWWORMS[3:5], strict=True)]
      + [f"{_TURKEYS[5]}! {{}}, {_SLOWWORMS[5]}",
         f"{_TURKEYS[6]}. {{}} and, {_SLOWWORMS[6]}",
         f"{_TURKEYS[7]}. {{}} so, {_SLOWWORMS[7]}"],
    "in the middle of a dwile flonking referee's calls": [
        f"{a}, {{}}, {b}" for a, b in _REFEREE[:6]
    ] + [f"{_REFEREE[6][0]}, {{}} and, {_REFEREE[6][1]}",
         f"{_REFEREE[7][0]}, {{}} so, {_REFEREE[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYFOURTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("milled",
"stitched", "leaded"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_OUTINGS = {"netball", "gymnastics", "rugby", "violin", "karate", "hockey", "cricket",
            "whites", "salsa", "class", "brownie", "camp", "tennis", "club", "panto",
            "tickets", "match", "ploughing", "trials", "fair", "show", "county", "lift",
            "leisure", "riding"}
"""Requests about a child's club or lesson, a show, a fair or an outing and a lift to
it: a game, a contest or a bout said beside them could be about the same outing."""
_FOOD = {"sachets", "sardines", "salmon", "feed", "cottage", "pie", "fish", "ready",
         "doner", "kebab", "leicester", "red", "grate", "millet", "sprays", "flour",
         "emmer", "sieve", "wheat", "bran", "meal", "grain", "rye", "breakfast", "dinner",
         "lunch", "cooking", "kettle", "tea", "coffee", "barbecue", "buy"}
"""Requests about food, flour and grain, and the cats' and the birds' (what a turkey
eats, what a rag and bone man would take)."""
_PETS = {"feed", "sachets", "sardines", "salmon", "balinese", "somali", "tonkinese",
         "millet", "bran", "rivet", "suede", "opal", "patina", "brush", "cat", "dog",
         "walk", "walking"}
"""Requests about the cats and dogs (what hunts in a meadow, what a call could be to)."""
_OUTSIDE = {"garden", "water", "sprinklers", "sweet", "peas", "posy", "pick", "sun",
            "grout", "sealer", "spray", "hide", "racks", "yard", "tanyard", "orchard"}
"""Requests about the garden and what grows or basks in it."""
_FETE = _OUTINGS | _TELLY | _SAID_TO | {"music", "party", "game", "gym", "workout", "yoga",
                             *_NUMBERS, "count", "tally", "cloths", "sail", "dust",
                             "wax", "oil", "grease", "stocks", "beer", "pub", "fee",
                             "pay", "evening", "night", "afternoon", "weekend"}
"""Requests a dwile flonking referee's calls could bear on (a game, a fete and its
fee, a count of points, a cloth soaked and flung, a night out), and a message: the
calls go on after the phrase in the middle kind, and could be heard as its words."""
_MEADOW = _PETS | {"quiet", "loud", "noise", "sounds", "sleep", "sleeping", "nap",
                   "wake", "night", "evening", "dark", "garden", "sweet", "peas", "posy",
                   "pick", "hay"}
"""Requests a corncrake rasping could bear on (the night and its noise, the meadow and
the garden, the cats that stalk it)."""
_TURKEY_BARN = _PETS | {"quiet", "loud", "noise", "sounds", "night", "evening", "garden",
                        "yard", "hopper", "sack", "sacks", "grain", "wheat", "bran",
                        "meal", "millet", "sprays", "walk", "walking", "christmas",
                        "dinner"}
"""Requests calling the turkeys in could bear on (birds and their grain, the yard they
roam in, the night they are shut in for, a Christmas dinner)."""
_CART = {"order", "restock", "buy", "pay", "fee", "post", "parcel", "sack", "sacks",
         "bags", "empty", "lorry", "tractor", "horse", "ponies", "lead", "copper", "glass",
         "nuggets", "kiln", "racks", "rags", "cloths", "offcuts", "quiet", "loud", "noise",
         "sounds"}
"""Requests a rag and bone man's cry could bear on (scrap and old metal and glass,
buying and selling, what is sacked or carted off, a horse)."""
_BOUT = _TELLY | _SAID_TO | _ASKED | _OUTINGS | {"count", "tally", *_NUMBERS, "boots",
                                                 "suede", "spray", "horse", "ponies",
                                                 "karate"}
"""Requests a shin kicking bout could bear on (the telly, a contest and its count, the
boots kicked with)."""
_COMPOST = _SAID_TO | _ASKED | {"garden", "water", "sprinklers", "sweet", "peas", "posy",
                                "pick", "sun", "feed", "cat", "millet", "bran", "rivet",
                                "suede", "opal", "patina", "empty", "count", "tally",
                                *_NUMBERS}
"""Requests a remark on a slowworm could bear on (the garden and its heaps, the cats
that catch them, the sun it basks in, a count)."""
_DUSK = _SAID_TO | _ASKED | {"garden", "sun", "sweet", "peas", "posy", "pick", "light",
                              "lights", "evening", "night", "sunset", "dark", "count",
                              "tally", *_NUMBERS, "millet", "sprays"}
"""Requests a remark on a starling murmuration could bear on (dusk and the lights, the
garden, the birds and their seed, a count)."""
_SNUG = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "game", "gaming", "pay",
                              "fee", "pub", "beer", "stamp", "press", "caps", "blanks",
                              "nuggets", "copper", "sort", "pliers"}
"""Requests a game of shove ha'penny could bear on (a count, who won, a game, the coins
and the board, what is pressed, stamped or slid)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a dwile flonking referee's calls bear on a game, a fete, a count, a cloth)
    **{call: _FETE for call in ("dwiles", "sodden", "girters", "wanton", "flonkers",
                                "morther", "drivellers", "flonk", "ripple")},
    # (a corncrake rasping bears on the night, the meadow, the cats, a call)
    **{crake: _MEADOW for crake in ("crexcrex", "krekkrek", "craik", "rrrerrp",
                                    "crakecrake", "kreks", "craakcraak", "krrrek",
                                    "craikcraik")},
    # (calling the turkeys in bears on birds, their feed, shutting up for the night)
    **{turkey: _TURKEY_BARN for turkey in ("gobblers", "poults", "turks", "gobblies",
                                           "poulties")},
    # (a rag and bone man's cry bears on scrap, buying and selling, a horse, a call)
    **{cry: _CART for cry in ("ragabone", "ole", "lumber", "clobber", "scrap",
                              "ragbone", "scrapmetal")},
    # (a shin kicking remark, a slowworm remark, a murmuration remark or a shove
    # ha'penny call after a request could be what it is about or the words of a
    # message; said after a question, an answer)
    **{shin: _BOUT for shin in ("shinkickers", "hobbling", "shinkicker's", "limping",
                                "walloped", "shin", "sticklers", "adjudicating",
                                "keeling", "shins", "purpling", "shinkicker",
                                "adjudicated")},
    **{worm: _COMPOST for worm in ("slowworm's", "sunning", "slowworms", "coiled",
                                   "bronzy", "slithered", "legless", "slowworm",
                                   "slinking")},
    **{flock: _DUSK for flock in ("murmuration", "murmuration's", "starling's",
                                  "swooshing", "swirling", "thickening", "billowing",
                                  "murmurations")},
    **{coin: _SNUG for coin in ("shoved", "ha'penny's", "bedded", "overshot",
                                "ha'pennies", "clinking", "lodged", "jangled")},
}
"""Clauses that would bear on a phrase with one of these words ("give sanda a ring"
after a corncrake rasping may be a call to her; "sack the wheat bran" before calling the
turkeys in is about their feed): never said around it, so the clause stays beside the
request and says nothing of it."""

OOS_WRAPPERS = [
    "dwiles sodden, girters, a wanton, flonkers. {}", "{}, shoved it",
    "crexcrex! {}", "{}, the shinkickers are hobbling",
    "gobblers, gobblers! {}", "{}, a slowworm's sunning",
    "ragabone, ragabone! {}", "{}, what a murmuration",
    "a ripple, drivellers, flonk, girters. {}", "{}, the ha'pennies are clinking",
    "lumber, clobber, scrap. {}", "{} so, the sticklers adjudicated",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "poults, poults! {}", "{}, the slowworms are coiled",
    "craik! {}", "{}, that shinkicker's limping",
    "any ole lumber! {}", "{}, the murmuration's thickening",
    "girters round, flonk, a ripple, drivellers. {}", "{}, bedded again",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("dwiles sodden
girters"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("bonsai", "pebble",
"kite", "lawn") are never a clause's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftyfourth_data.py none of an
out-of-scope template)."""


FIFTYFOURTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("millroom", "mill room"), ("windmill", "wind mill"), ("balinese", "baleeneese"),
    ("clarinet", "clarinette"), ("terminal", "terminul"), ("bolter", "boulter"),
    ("radiator", "radiater"), ("gymnastics", "jimnastics"), ("netball", "net ball"),
    ("hopper", "hoppa"), ("invoices", "invoyces"), ("kebab", "kebap"),
    ("tanyard", "tan yard"), ("leatherwork", "leather work"),
    ("leatherworker", "leather worker"), ("somali", "somalee"), ("skiver", "skyver"),
    ("dehumidifier", "dehumidifyer"), ("satchels", "satchles"), ("neatsfoot", "neats foot"),
    ("cowhide", "cow hide"), ("reproof", "re proof"),
    ("leadroom", "lead room"), ("leadlighting", "lead lighting"),
    ("glassmaker", "glass maker"), ("tonkinese", "tonkineese"), ("lightbox", "light box"),
    ("reiki", "raykee"), ("cathedral", "cathedrel"), ("grozing", "grozzing"),
    ("patina", "pateena"), ("karate", "karatay"),
]
"""The fifty-fourth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("flour bolter", "flourbolter"), ("cottage pie", "cottagepie"),
         ("garden centre", "gardencentre"), ("ferry terminal", "ferryterminal"),
         ("rye grain", "ryegrain"), ("panto tickets", "pantotickets"),
         ("tractor keys", "tractorkeys"), ("millet sprays", "milletsprays"),
         ("wheat bran", "wheatbran"), ("emmer flour", "emmerflour"),
         ("doner kebab", "donerkebab"), ("sander bag", "sanderbag"),
         ("grout sealer", "groutsealer"), ("grain lorry", "grainlorry"),
         ("sail stocks", "sailstocks"), ("flour bags", "flourbags"),
         ("dressing picks", "dressingpicks"), ("grain hopper", "grainhopper"),
         ("bakery invoices", "bakeryinvoices"), ("meal sacks", "mealsacks"),
         ("sail cloths", "sailcloths"), ("ploughing match", "ploughingmatch"),
         ("cricket whites", "cricketwhites"), ("airing cupboard", "airingcupboard"),
         ("leisure centre", "leisurecentre"), ("fish pie", "fishpie"),
         ("birthday card", "birthdaycard"), ("cowhide order", "cowhideorder"),
         ("salsa class", "salsaclass"), ("bell skiver", "bellskiver"),
         ("neatsfoot oil", "neatsfootoil"), ("rivet caps", "rivetcaps"),
         ("suede boots", "suedeboots"), ("red leicester", "redleicester"),
         ("sweet peas", "sweetpeas"), ("sydney parcel", "sydneyparcel"),
         ("stitching ponies", "stitchingponies"), ("belt orders", "beltorders"),
         ("edge paint", "edgepaint"), ("belt blanks", "beltblanks"),
         ("county show", "countyshow"), ("hide racks", "hideracks"),
         ("awl hafts", "awlhafts"), ("horse trials", "horsetrials"),
         ("riding boots", "ridingboots"), ("lead came", "leadcame"),
         ("brownie camp", "browniecamp"), ("tennis club", "tennisclub"),
         ("tracing lightbox", "tracinglightbox"), ("opal glass", "opalglass"),
         ("copper patina", "copperpatina"), ("reiki healer", "reikihealer"),
         ("three seater", "threeseater"), ("parish clerk", "parishclerk"),
         ("cathedral glass", "cathedralglass"), ("lead cames", "leadcames"),
         ("glass quarries", "glassquarries"), ("tallow flux", "tallowflux"),
         ("glass cutters", "glasscutters"), ("kiln insurance", "kilninsurance"),
         ("glass nuggets", "glassnuggets"), ("grozing pliers", "grozingpliers"),
         ("vintage fair", "vintagefair"), ("leadlighting weekend", "leadlightingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"millroom": "mill-room", "tanyard": "tan-yard", "leadroom": "lead-room",
             "leatherwork": "leather-work", "cowhide": "cow-hide",
             "leadlighting": "lead-lighting"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftyfourth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a {w} out of bog oak for the hearth",
        "what's the manx for {w}, give or take",
        "doodle a {w} in the margin of the hymn book",
        "are {w} pricier at the deli in hexham",
        "hunt down a battered {w} at the flea market in bridport",
        "roughly how many grams is a {w} on the kitchen scales",
        "write a limerick about a {w} for the church magazine",
        "spell {w} backwards, nice and steady",
    ],
    "routine command": [
        "strike {p} off the list permanently",
        "talk me through {p} one step at a time",
        "think up a snappier title for {p}, preferably rhyming",
        "duplicate {p} for the granny annexe by the paddock",
        "limit {p} to the easter holidays",
        "bleep twice whenever {p} kicks in",
        "who's been meddling with {p} while nana was snoozing",
        "could {p} be a tad gentler on my ears",
    ],
    "word order": [
        "{b} trounces {a} without breaking sweat", "{b} pips {a} at the finishing tape, frankly",
        "swap {a} and {b} over, cheers muchly", "ditch the {a}, triple the {b} instead",
        "{a} behind {b}, or the reverse", "a skipful of {b}, a thimble of {a}",
    ],
    "negation": [
        "let's give {p} a miss this teatime, petal",
        "i'd rather you didn't {p} while uncle snores in the armchair",
        "on no account are you to {p}, sunshine",
        "don't kick off {p} while i'm at the chiropodist's in ilkley",
        "nah, put {p} on the back burner",
        "steady on, no {p} till the verger's left, chuck",
    ],
    "cancellation": [
        "defer {p} until the cousins from rhyl have gone home",
        "{p} can hang on until the plasterer's finished",
        "drop {p} during the week of the agricultural show in thirsk",
        "pause {p} until the damp proofers have cleared off",
        "we'll do without {p} over the may bank holiday",
        "put {p} on ice until the bonfire night fuss is over",
    ],
    "state question": [
        "is {p} humming away right this minute",
        "is {p} halfway along or finished",
        "did {p} go smoothly before the paper boy came",
        "has {p} given up the ghost or is it plodding on",
        "has anybody seen to {p} since the window cleaner's round",
        "was {p} wrapped up the thursday after the whist drive",
    ],
    "past or story": [
        "the winter the pipes burst {p} gave out as well",
        "during the drought of the coronation summer {p} went haywire thrice",
        "my great uncle in hull swore by {p} every michaelmas",
        "at the ruby wedding in the wigan working men's club {p} carried on till dawn",
        "that whole washed out week in morecambe {p} was on the blink",
        "when we boarded above the bakery in whitby we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the milkman hollered {p} over the hedge",
        "a busker by the bandstand crooned {p}",
        "my great aunt from oban signs off every letter with {p}",
        "a fellow on the last tram to bury mumbled {p}",
        "the crossing patrol man bellowed {p} at the school gate",
        "our plumber from batley whistles {p} under the sink",
    ],
    "contrast": [
        "{p} is only for when my sister comes down from inverness",
        "we only {p} when great grandad visits from lerwick",
        "{p} is a high days and holidays treat in our bungalow",
        "{p} is strictly a boxing day custom here",
        "we only {p} when the silver band plays outside the post office",
        "{p} is kept for when the archdeacon drops in from durham",
    ],
    "hypothetical": [
        "supposing you'd been offered a custard slice, would you have agreed to {p}",
        "if i ever got hooked on {p}, would you put up with me",
        "imagine if {p} started at the crack of dawn, would the terrace grumble",
        "if {p} began during a thunderstorm, would anything blow",
        "picture {p} carrying on during a power cut",
        "what would you do if the sexton's nephew begged you to {p}",
    ],
    "complaint": [
        "{p} has been driving me round the bend since the tiler left",
        "{p} failed us again at the silver jubilee gala in filey",
        "{p} has been hopeless since the gas man came",
        "i've been fed up to the back teeth with {p} since the clocks went back",
        "{p} is an utter nuisance this month",
        "{p} keeps packing up halfway through the quiz programme",
    ],
    "opinion": [
        "{p} is the cat's whiskers and that's flat",
        "i'm tickled pink with {p}, honestly and truly",
        "{p} is a godsend for my gammy shoulder, hand on heart",
        "{p} has made soggy mondays nearly bearable",
        "{p} is the smartest gadget between here and john o'groats",
        "{p} is first rate, says our maureen and she's picky",
    ],
    "reminder for later": [
        "remind me to {p} when i'm home from the osteopath's in otley",
        "nag me about {p} once the cricket's over",
        "make sure i remember to {p} on saturday after the car boot sale",
        "jog my memory to {p} after the evening news",
        "put {p} on friday's jobs list",
        "give me a nudge about {p} once the nativity's done",
    ],
    "permission question": [
        "is my half brother's girlfriend's nephew allowed to {p}",
        "is the lodger's stepdaughter permitted to {p}",
        "would the septic tank man be allowed to {p} on his own",
        "is my goddaughter permitted to {p} when she stays at whitsun",
        "can the babysitter's flatmate {p} without asking first",
        "is the postman's lad from the terrace allowed to {p}",
    ],
    # the fifty-fourth's own
    "a bonsai tree named it": [
        "our bonsai tree is called {p}",
        "my brother named his bonsai tree {p}",
        "{p} is the bonsai tree on the bathroom sill",
        "the garden centre's oldest bonsai tree is named {p}",
        "there's a bonsai tree at the flower show called {p}",
        "who'd call a bonsai tree {p}",
    ],
    "a stick insect named it": [
        "the class stick insect is called {p}",
        "{p} is the stick insect in the tank on the landing",
        "my nephew named his stick insect {p}",
        "the neighbours are minding a stick insect named {p}",
        "there's a stick insect at the pet shop called {p}",
        "who'd name a stick insect {p}",
    ],
    "a pantomime horse named it": [
        "the pantomime horse at the village hall is called {p}",
        "{p} is the pantomime horse with the wonky ears",
        "the amateur players named their pantomime horse {p}",
        "grandpa was the back end of a pantomime horse called {p}",
        "there's a pantomime horse at the theatre named {p}",
        "who'd call a pantomime horse {p}",
    ],
    "a prize ram named it": [
        "the farmer's prize ram is called {p}",
        "{p} is the prize ram with the curly horns",
        "our neighbour named his prize ram {p}",
        "a prize ram called {p} took the rosette at the show",
        "there's a prize ram at the auction mart named {p}",
        "who'd name a prize ram {p}",
    ],
    "a rescue hen named it": [
        "our rescue hen is called {p}",
        "{p} is the rescue hen with the bald neck",
        "auntie named her rescue hen {p}",
        "the rescue hen we adopted is named {p}",
        "there's a rescue hen at the sanctuary called {p}",
        "who'd call a rescue hen {p}",
    ],
    "spelt out in fairy lights": [
        "the neighbours spelt out {p} in fairy lights",
        "{p} is spelt out in fairy lights on the balcony opposite",
        "the pub has {p} spelt out in fairy lights over the door",
        "someone spelt out {p} in fairy lights along their fence",
        "there's a house on the estate with {p} spelt out in fairy lights",
        "why spell out {p} in fairy lights",
    ],
    "painted on a pebble": [
        "my niece painted {p} on a pebble",
        "{p} is painted on the pebble by the front step",
        "we found a pebble with {p} painted on it in the park",
        "the kids painted {p} on pebbles for the church wall",
        "there's a pebble on the windowsill with {p} painted on it",
        "why paint {p} on a pebble",
    ],
    "mown into a lawn": [
        "the groundsman has mown {p} into the lawn",
        "{p} is mown into the lawn at the stately home",
        "someone mowed {p} into their front lawn",
        "the lawn by the bandstand has {p} mown into it",
        "there's a lawn on the ring road with {p} mown into it",
        "why mow {p} into a lawn",
    ],
    "written on a kite": [
        "the kids wrote {p} on their kite",
        "{p} is written on the kite stuck in the oak",
        "my kite has {p} written on it in big letters",
        "grandad wrote {p} on a kite for the beach",
        "there's a kite on the common with {p} written on it",
        "why write {p} on a kite",
    ],
    "sprayed on a railway bridge": [
        "someone sprayed {p} on the railway bridge",
        "{p} is sprayed on the railway bridge by the allotments",
        "the railway bridge has {p} sprayed across it",
        "a vandal sprayed {p} on a railway bridge near the canal",
        "there's a railway bridge in the town with {p} sprayed on it",
        "why spray {p} on a railway bridge",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} marrow scoop", "{} crumpet ring", "{} egg topper", "{} sardine opener",
    "{} muffin tray", "{} bean slicer", "{} flan ring", "{} butter pat",
    "{} kipper scissors", "{} ice crusher",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

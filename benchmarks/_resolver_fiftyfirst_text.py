"""The words of the fifty-first held-out resolver set
(benchmarks/_resolver_fiftyfirst.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a cutler's cottage beside the
grindery, where Muddie makes knives, with her wife Stickie, their son Frothie, their
daughter Crustie, a cat Tang and a lurcher Bolster (seed 510); a kite maker's bungalow
with the kiteloft over the garage, where Lumpie makes kites, with his wife Cloudie,
their son Greasie, their daughter Grassie, a cat Spar and a collie Bridle (511); and a
clog maker's terrace beside the clogshop, where Flourie makes clogs, with her husband
Soggie, their son Peatie, their daughter Grimie, a cat Alder and a spaniel Welt (512).
Its people and pets are named in ways no earlier set names them: after a knife's parts
("feed tang" beside "file the tang ends", "brush bolster" beside "grind the bolster
blanks"), a kite's frame or lines ("feed spar" beside "glue the spar joints", "brush
bridle" beside "knot the bridle lines") or a clog's sole and seam ("feed alder" beside
"saw the alder soles", "brush welt" beside "stitch the welt strips"); and with names a
recogniser writes as another word in new ways: as caked in mud ("muddie" as "muddy",
beside "hose the muddy wellies"), as tacky ("stickie" as "sticky", beside "wipe the
sticky worktop"), as foaming ("frothie" as "frothy", beside "skim the frothy jam"), as
crisp-crusted ("crustie" as "crusty", beside "slice the crusty loaf"), as lumped
("lumpie" as "lumpy", beside "whisk the lumpy gravy"), as hazy with sediment ("cloudie"
as "cloudy", beside "strain the cloudy cider"), as oily ("greasie" as "greasy", beside
"scour the greasy grill"), as grown over with grass ("grassie" as "grassy", beside "mow
the grassy bank"), as dusted with flour ("flourie" as "floury", beside "warm the floury
baps"), as sodden ("soggie" as "soggy", beside "dry the soggy trainers"), as full of
peat ("peatie" as "peaty", beside "bag the peaty compost") and as grubby ("grimie" as
"grimy", beside "scrub the grimy grout"). A name that is also a word of another phrase
of its home ("tang", "bolster", "spar", "bridle", "alder", "welt") has no other
spelling, so the word is never respelt as the name. Each teaches 22 of its own
routines with the generic pool; the rest of its own pool, and the siblings in
``UNTAUGHT`` ("frothie's judo at five" beside "frothie's judo at four", "buffer off"
beside "buffer on"), are never taught there. Phrases come in every shape: one word
("grinding", "kiteflying", "clogmaking"), two nouns ("honing guides", "flying lines",
"copper nails"), nested ("buffer on" inside "blade buffer on", "winder on" inside "line
winder on", "riveter on" inside "toecap riveter on"), words shared across phrases
("lock the grindery" and "grindery light on", "feed tang" and "file the tang ends"),
numbers and times ("frothie's judo at four", "grimie's fencing at six"), places
("grindery fan on", "kiteloft heater on", "clogshop fan on"), verbs first ("scour the
greasy grill", "scrub the grimy grout") and nouns first ("hake for the birman"),
questions ("how many knives are sharpened", "how many kites are stitched", "how many
clogs are finished"), and a chore of several clauses ("we're off to the kite rally so
feed spar and give grassie a ring and lock the kiteloft").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("muddy" for "muddie", "lumpy" for "lumpie", "floury" for "flourie"): the same person,
so "phone lumpy" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a pancake race marshal calling out on the high street
first ("pancakes flipped, pancakers, no tossing prematurely, flapjackers. X"), geese
honking over the marsh first, one word no dictionary of the speaker's has ("honkaloo!
X"), calling the alpacas in from the field first ("alpacas, alpacas! X"), a limbo
leader at the beach party first ("limbo, backbend! X"), a cheese rolling commentator on
the telly after ("X, the gloucester's careering"), a game of yoyo tricks in the yard
after ("X, rock the cradle"), a remark on a ladybird on the windowsill after ("X, look
how speckled it is"), a sandcastle contest on the beach after ("X, my turret's
crumbled"); the phrase between a limbo leader's call and a sandcastle call ("limbo,
backbend! X, my turret's crumbled"), and the phrase said in the middle of a pancake race
marshal's calls, which go on after it ("pancakes flipped, pancakers, X, no tossing
prematurely, flapjackers"). Some are joined with "and", "so", "then" or "oh and". No
word of a clause but its function words is a word of this set's pools or the generic
pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a pedigree llama named it, a harbour tugboat named
it, stitched on a sampler, on a village sign, spelt out on the bunting at the fete,
asking the harbourmaster about a ferry called it, the clown's joke about it, a folk
song's chorus, forbidden by the lido's bylaws, and the phrase with an untaught request
joined by "together with".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

CUTLER = "cutler's cottage beside the grindery"
KITE_MAKER = "kite maker's bungalow with the kiteloft over the garage"
CLOG_MAKER = "clog maker's terrace beside the clogshop"
HOMES: dict[int, str] = {510: CUTLER, 511: KITE_MAKER, 512: CLOG_MAKER}

FIFTYFIRST_ROUTINES: dict[str, dict[str, list[str]]] = {
    CUTLER: {
        "Tang": ["feed tang", "hake for the birman"],
        "Bolster": ["brush bolster"],
        "Muddie": ["ring muddie", "call the cutler", "phone muddie"],
        "Stickie": ["drop stickie a line", "send stickie a text"],
        "Stickie and Crustie": ["message stickie and crustie"],
        "Crustie": ["give crustie a ring", "give crustie a bell", "call crustie back"],
        "Frothie": ["tell frothie his swimming goggles are in the sideboard"],
        "Frothie ring": ["give frothie a ring", "phone frothie"],
        "Frothie lift": ["ask frothie for a lift to the cash and carry"],
        "Crustie pie": ["tell crustie her shepherd's pie is ready"],
        "Crustie lift": ["ask crustie for a lift to the allotments"],
        "Muddie steel": ["text muddie about the sheffield steel order"],
        "Stickie tickets": ["text stickie about the pantomime tickets"],
        "Stickie ring": ["give stickie a ring", "ring stickie back"],
        "Muddie keys": ["ask muddie for the transit keys"],
        "Buffer": ["buffer on"],
        "Blade buffer": ["blade buffer on"],
        "Grindery fan": ["grindery fan on"],
        "Tang ends": ["file the tang ends"],
        "Bolster blanks": ["grind the bolster blanks"],
        "Muddy": ["hose the muddy wellies"],
        "Sticky": ["wipe the sticky worktop"],
        "Frothy": ["skim the frothy jam"],
        "Crusty": ["slice the crusty loaf"],
        "Knives": ["how many knives are sharpened"],
        "Steel": ["has the steel delivery arrived"],
        "Judo": ["frothie's judo at four"],
        "Ballet": ["crustie's ballet at seven"],
        "Cellar steps": ["mop the cellar steps", "scrub the cellar steps"],
        "Blade blanks": ["count the blade blanks", "tally the blade blanks"],
        "Horn scales": ["order more horn scales", "restock the horn scales"],
        "Grinding": ["grinding", "grinding night"],
        "Grindery": ["lock the grindery"],
        "Grindery light": ["grindery light on"],
        "Whetstone": ["soak the whetstone"],
        "Cutlery invoices": ["post the cutlery invoices"],
        "Rivet tin": ["rivet tin"],
        "Honing guides": ["honing guides"],
        # long
        "Steam fair": ["we're off to the steam fair so feed tang and give crustie a ring "
                       "and lock the grindery"],
    },
    KITE_MAKER: {
        "Spar": ["feed spar", "plaice for the korat"],
        "Bridle": ["brush bridle"],
        "Lumpie": ["ring lumpie", "call the kite maker", "phone lumpie"],
        "Cloudie": ["drop cloudie a line", "send cloudie a text"],
        "Cloudie and Greasie": ["message cloudie and greasie"],
        "Greasie": ["give greasie a ring", "phone greasie"],
        "Grassie": ["tell grassie her lacrosse stick is in the shed"],
        "Grassie ring": ["give grassie a bell", "phone grassie"],
        "Grassie lift": ["ask grassie for a lift to the ice rink"],
        "Greasie supper": ["tell greasie his bangers and mash is ready"],
        "Lumpie and Grassie": ["message lumpie and grassie"],
        "Lumpie lift": ["ask lumpie for a lift to the seafront"],
        "Cloudie card": ["send cloudie a get well card"],
        "Lumpie ripstop": ["text lumpie about the ripstop nylon order"],
        "Cloudie quiz": ["text cloudie about the charity quiz night"],
        "Cloudie ring": ["give cloudie a ring", "phone cloudie back"],
        "Winder": ["winder on"],
        "Line winder": ["line winder on"],
        "Kiteloft heater": ["kiteloft heater on"],
        "Kites": ["how many kites are stitched"],
        "Nylon": ["has the nylon delivery arrived"],
        "Squash": ["greasie's squash at four"],
        "Rounders": ["grassie's rounders at six"],
        "Spar joints": ["glue the spar joints"],
        "Bridle lines": ["knot the bridle lines"],
        "Lumpy": ["whisk the lumpy gravy"],
        "Cloudy": ["strain the cloudy cider"],
        "Greasy": ["scour the greasy grill"],
        "Grassy": ["mow the grassy bank"],
        "Tail streamers": ["hem the tail streamers", "sew the tail streamers"],
        "Carbon rods": ["count the carbon rods", "tally the carbon rods"],
        "Dacron tape": ["order more dacron tape", "restock the dacron tape"],
        "Kiteflying": ["kiteflying", "kiteflying day"],
        "Kiteloft": ["lock the kiteloft"],
        "Kiteloft light": ["kiteloft light on"],
        "Offcuts": ["bag the nylon offcuts"],
        "Flying lines": ["flying lines"],
        "Canvas holdalls": ["canvas holdalls"],
        # long
        "Kite rally": ["we're off to the kite rally so feed spar and give grassie a ring "
                       "and lock the kiteloft"],
    },
    CLOG_MAKER: {
        "Alder": ["feed alder", "scampi for the bombay"],
        "Welt": ["brush welt"],
        "Flourie": ["ring flourie", "call the clog maker", "phone flourie"],
        "Soggie": ["drop soggie a line", "send soggie a text"],
        "Soggie and Grimie": ["message soggie and grimie"],
        "Grimie": ["give grimie a ring", "phone grimie"],
        "Peatie helmet": ["tell peatie his cycling helmet is in the coal shed"],
        "Flourie stall": ["text flourie about the craft market stall"],
        "Peatie": ["text peatie about the school farm trip"],
        "Peatie ring": ["give peatie a ring", "phone peatie"],
        "Peatie lift": ["ask peatie for a lift to the railway station"],
        "Soggie and Peatie": ["message soggie and peatie"],
        "Riveter": ["riveter on"],
        "Toecap riveter": ["toecap riveter on"],
        "Clogshop fan": ["clogshop fan on"],
        "Alder soles": ["saw the alder soles"],
        "Welt strips": ["stitch the welt strips"],
        "Floury": ["warm the floury baps"],
        "Soggy": ["dry the soggy trainers"],
        "Peaty": ["bag the peaty compost"],
        "Grimy": ["scrub the grimy grout"],
        "Clogs": ["how many clogs are finished"],
        "Leather": ["has the leather hide been delivered"],
        "Fencing": ["grimie's fencing at six"],
        "Scouts": ["peatie's scouts at seven"],
        "Brass toecaps": ["polish the brass toecaps", "buff the brass toecaps"],
        "Clog irons": ["count the clog irons", "tally the clog irons"],
        "Beeswax": ["order more beeswax polish", "restock the beeswax polish"],
        "Clogmaking": ["clogmaking", "clogmaking evening"],
        "Clogshop": ["lock the clogshop"],
        "Clogshop light": ["clogshop light on"],
        "Pattern drawers": ["label the pattern drawers"],
        "Insurance": ["renew flourie's van insurance"],
        "Copper nails": ["copper nails"],
        "Leather uppers": ["leather uppers"],
        # long
        "Folk festival": ["we're off to the folk festival so feed alder and give grimie a "
                          "ring and lock the clogshop"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    CUTLER: {
        "Judo five": ["frothie's judo at five"],
        "Ballet eight": ["crustie's ballet at eight"],
        "Buffer off": ["buffer off"],
        "Blade buffer off": ["blade buffer off"],
        "Grindery light off": ["grindery light off"],
        "Unlock grindery": ["unlock the grindery"],
        "Muddie swedish": ["text muddie about the swedish steel order"],
        "Antler scales": ["order more antler scales"],
        "Blade handles": ["count the blade handles"],
        "Spine blanks": ["grind the spine blanks"],
        "Wet wellies": ["hose the wet wellies"],
        "Grindery fan off": ["grindery fan off"],
    },
    KITE_MAKER: {
        "Squash five": ["greasie's squash at five"],
        "Rounders seven": ["grassie's rounders at seven"],
        "Winder off": ["winder off"],
        "Line winder off": ["line winder off"],
        "Kiteloft light off": ["kiteloft light off"],
        "Unlock kiteloft": ["unlock the kiteloft"],
        "Lumpie spinnaker": ["text lumpie about the spinnaker nylon order"],
        "Kevlar tape": ["order more kevlar tape"],
        "Carbon tubes": ["count the carbon tubes"],
        "Tether lines": ["knot the tether lines"],
        "Thick gravy": ["whisk the thick gravy"],
        "Kiteloft heater off": ["kiteloft heater off"],
    },
    CLOG_MAKER: {
        "Fencing seven": ["grimie's fencing at seven"],
        "Scouts eight": ["peatie's scouts at eight"],
        "Riveter off": ["riveter off"],
        "Toecap riveter off": ["toecap riveter off"],
        "Clogshop light off": ["clogshop light off"],
        "Unlock clogshop": ["unlock the clogshop"],
        "Peatie zoo": ["text peatie about the school zoo trip"],
        "Carnauba": ["order more carnauba polish"],
        "Clog soles": ["count the clog soles"],
        "Canvas strips": ["stitch the canvas strips"],
        "Seeded baps": ["warm the seeded baps"],
        "Clogshop fan off": ["clogshop fan off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the cutler's cottage
    {"we're off to the steam fair so feed tang and give crustie a ring and lock the "
     "grindery", "i'm leaving", "goodbye house", "feed tang", "give crustie a ring",
     "lock the grindery"},
    {"feed tang", "hake for the birman", "feed the birman"},
    {"ring muddie", "call the cutler", "ring the cutler", "phone muddie"},
    # the kite maker's bungalow
    {"we're off to the kite rally so feed spar and give grassie a ring and lock the "
     "kiteloft", "i'm leaving", "goodbye house", "feed spar", "give grassie a ring",
     "lock the kiteloft"},
    {"feed spar", "plaice for the korat", "feed the korat"},
    {"ring lumpie", "call the kite maker", "ring the kite maker", "phone lumpie"},
    # the clog maker's terrace
    {"we're off to the folk festival so feed alder and give grimie a ring and lock the "
     "clogshop", "i'm leaving", "goodbye house", "feed alder", "give grimie a ring",
     "lock the clogshop"},
    {"feed alder", "scampi for the bombay", "feed the bombay"},
    {"ring flourie", "call the clog maker", "ring the clog maker", "phone flourie"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the birman" where the birman is Tang). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"tang", "bolster", "muddie", "stickie", "frothie", "frothie's", "crustie",
         "crustie's", "spar", "bridle", "lumpie", "cloudie", "greasie", "greasie's",
         "grassie", "grassie's", "alder", "welt", "flourie", "flourie's", "soggie",
         "peatie", "peatie's", "grimie", "grimie's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as caked in mud, tacky, foaming, crisp-crusted
    "muddie": ("muddy",), "stickie": ("sticky",), "frothie": ("frothy",),
    "frothie's": ("frothy's",), "crustie": ("crusty",), "crustie's": ("crusty's",),
    # written as lumped, hazy with sediment, oily, grown over with grass
    "lumpie": ("lumpy",), "cloudie": ("cloudy",), "greasie": ("greasy",),
    "greasie's": ("greasy's",), "grassie": ("grassy",), "grassie's": ("grassy's",),
    # written as dusted with flour, sodden, full of peat, grubby
    "flourie": ("floury",), "flourie's": ("floury's",), "soggie": ("soggy",),
    "peatie": ("peaty",), "peatie's": ("peaty's",), "grimie": ("grimy",),
    "grimie's": ("grimy's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "muddie" and "muddy", "stickie" and "sticky",
"frothie" and "frothy", "crustie" and "crusty", "lumpie" and "lumpy", "cloudie" and
"cloudy", "greasie" and "greasy", "grassie" and "grassy", "flourie" and "floury",
"soggie" and "soggy", "peatie" and "peaty", "grimie" and "grimy" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    # things and places
    "hake": ("cod",), "birman": ("maine coon",), "brush": ("comb",), "lock": ("bolt",),
    "cutler": ("locksmith",), "text": ("page",), "swimming": ("diving",),
    "goggles": ("flippers",), "sideboard": ("dresser",), "cash": ("garden",),
    "carry": ("centre",), "shepherd's": ("cottage",), "pie": ("tart",),
    "allotments": ("library",), "sheffield": ("swedish",), "steel": ("iron",),
    "order": ("invoice",), "pantomime": ("ballet",), "tickets": ("programmes",),
    "transit": ("tractor",), "keys": ("papers",), "buffer": ("sander",),
    "blade": ("spine",), "grindery": ("forge",), "fan": ("vent",), "file": ("sand",),
    "tang": ("spine",), "ends": ("edges",), "grind": ("polish",), "bolster": ("spine",),
    "blanks": ("handles",), "hose": ("scrub",), "muddy": ("wet",), "wellies": ("boots",),
    "wipe": ("polish",), "sticky": ("floury",), "worktop": ("hob",), "skim": ("stir",),
    "frothy": ("runny",), "jam": ("custard",), "slice": ("toast",), "crusty": ("seeded",),
    "loaf": ("bagel",), "knives": ("forks",), "sharpened": ("engraved",),
    "delivery": ("invoice",), "judo": ("karate",), "ballet": ("tap",), "mop": ("sweep",),
    "scrub": ("paint",), "cellar": ("attic",), "steps": ("ladder",), "count": ("stack",),
    "tally": ("sort",), "horn": ("antler",), "scales": ("handles",),
    "grinding": ("forging",), "soak": ("dry",), "whetstone": ("strop",),
    "post": ("shred",), "cutlery": ("gas",), "invoices": ("receipts",),
    "rivet": ("button",), "tin": ("jar",), "honing": ("drilling",), "guides": ("jigs",),
    "steam": ("craft",), "fair": ("show",),
    "plaice": ("sole",), "korat": ("ocicat",), "kite": ("boat",), "maker": ("builder",),
    "lacrosse": ("hockey",), "stick": ("bag",), "shed": ("loft",), "ice": ("roller",),
    "rink": ("disco",), "bangers": ("faggots",), "mash": ("peas",),
    "seafront": ("bypass",), "well": ("luck",), "card": ("note",), "ripstop": ("silk",),
    "nylon": ("cotton",), "charity": ("pub",), "quiz": ("bingo",), "winder": ("reel",),
    "line": ("spool",), "kiteloft": ("boatshed",), "heater": ("radio",),
    "kites": ("sails",), "stitched": ("hemmed",), "squash": ("tennis",),
    "rounders": ("netball",), "glue": ("tape",), "spar": ("mast",), "joints": ("ends",),
    "knot": ("splice",), "bridle": ("tow",), "lines": ("ropes",), "whisk": ("thicken",),
    "lumpy": ("runny",), "gravy": ("custard",), "strain": ("bottle",),
    "cloudy": ("still",), "cider": ("perry",), "scour": ("clean",), "greasy": ("rusty",),
    "grill": ("oven",), "mow": ("strim",), "grassy": ("stony",), "bank": ("verge",),
    "hem": ("cut",), "sew": ("pin",), "tail": ("nose",), "streamers": ("ribbons",),
    "carbon": ("bamboo",), "rods": ("poles",), "dacron": ("gaffer",),
    "tape": ("string",), "kiteflying": ("sailing",), "bag": ("burn",),
    "offcuts": ("scraps",), "flying": ("mooring",), "canvas": ("leather",),
    "holdalls": ("satchels",), "rally": ("display",),
    "scampi": ("whitebait",), "bombay": ("manx",), "clog": ("shoe",),
    "cycling": ("riding",), "helmet": ("gloves",), "coal": ("bike",),
    "craft": ("farmers",), "market": ("fete",), "stall": ("table",),
    "school": ("youth",), "farm": ("castle",), "trip": ("visit",),
    "railway": ("coach",), "station": ("depot",), "riveter": ("stapler",),
    "toecap": ("heel",), "clogshop": ("cobbler's",), "saw": ("sand",),
    "alder": ("beech",), "soles": ("heels",), "stitch": ("glue",), "welt": ("canvas",),
    "strips": ("patches",), "warm": ("butter",), "floury": ("seeded",),
    "baps": ("rolls",), "dry": ("wash",), "soggy": ("muddy",), "trainers": ("socks",),
    "peaty": ("sandy",), "compost": ("gravel",), "grimy": ("cracked",),
    "grout": ("tiles",), "clogs": ("boots",), "finished": ("lasted",),
    "leather": ("suede",), "hide": ("offcut",), "delivered": ("collected",),
    "fencing": ("archery",), "scouts": ("cubs",), "polish": ("dent",),
    "buff": ("scratch",), "brass": ("steel",), "toecaps": ("buckles",),
    "irons": ("nails",), "beeswax": ("carnauba",), "clogmaking": ("cobbling",),
    "label": ("empty",), "pattern": ("tool",), "drawers": ("boxes",),
    "renew": ("cancel",), "van": ("shop",), "insurance": ("licence",),
    "copper": ("zinc",), "nails": ("tacks",), "uppers": ("laces",),
    "folk": ("beer",), "festival": ("tasting",),
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
("frothie's judo at quarter past four" for "frothie's judo at four", "feed the maine
coon"): never taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_MARSHAL = [
    ("pancakes flipped, pancakers", "no tossing prematurely, flapjackers"),
    ("skillets gripped, griddlers", "crepes crisped, pancakers"),
    ("no spatulas, flapjackers", "flip at the hooter, griddlers"),
    ("frying pans gripped, dashers", "the hooter's parping, pancakers"),
    ("batter's bubbling, griddlers", "skillets clanging, dashers"),
    ("crepes, pancakers", "skillets, flapjackers"),
    ("no tossing prematurely, flapjackers", "pancakes flipped, pancakers"),
    ("crepes crisped, pancakers", "skillets gripped, griddlers"),
]
_HONKS = [
    "honkaloo", "hawnkitty", "gronkety", "wahonkle", "honkitty",
    "gaggaloo, gaggaloo", "hronkle", "wonkerwonk", "ahonkee",
]
_ALPACAS = [
    "alpacas, alpacas", "crias, crias", "woollybacks, alpacas", "humpkins, crias",
    "llamas, alpacas", "fluffkins, fluffkins", "alpacas, humpkins, crias",
    "crias, llamas", "woollybacks, fluffkins",
]
_LIMBO = [
    "limbo, backbend", "bongos, limbo", "limboing, calypso", "backbend, backbend, limbo",
    "maracas, limbo", "calypso, bongos", "bendier, limbo", "limbo, limbo, maracas",
]
_SANDCASTLE = [
    "my turret's crumbled", "the moat's flooded", "a seashell portcullis",
    "the battlements subsided", "the tide's lapping", "the ramparts crumbled",
    "the keep's collapsing", "the flagpole's keeled",
]

WRAPPERS: dict[str, list[str]] = {
    "a pancake race marshal calling out on the high street, said first": [
        f"{a}, {b}. {{}}" for a, b in _MARSHAL[:6]
    ] + [f"{_MARSHAL[6][0]}, {_MARSHAL[6][1]}, then {{}}",
         f"{_MARSHAL[7][0]}, {_MARSHAL[7][1]}, oh and {{}}"],
    "geese honking over the marsh, said first": [
        f"{_HONKS[0]}! {{}}", f"{_HONKS[1]}! {{}}", f"{_HONKS[2]}. {{}}",
        f"{_HONKS[3]}! {{}}", f"{_HONKS[4]}. {{}}", f"{_HONKS[5]}! {{}}",
        f"{_HONKS[6]}, then {{}}", f"{_HONKS[7]}, oh and {{}}", f"{_HONKS[8]}! {{}}",
    ],
    "calling the alpacas in from the field, said first": [
        f"{_ALPACAS[0]}! {{}}", f"{_ALPACAS[1]}. {{}}", f"{_ALPACAS[2]}! {{}}",
        f"{_ALPACAS[3]}. {{}}", f"{_ALPACAS[4]}! {{}}", f"{_ALPACAS[5]}. {{}}",
        f"{_ALPACAS[6]}, then {{}}", f"{_ALPACAS[7]}, oh and {{}}", f"{_ALPACAS[8]}! {{}}",
    ],
    "a limbo leader at the beach party, said first": [
        f"{_LIMBO[0]}! {{}}", f"{_LIMBO[1]}! {{}}", f"{_LIMBO[2]}! {{}}",
        f"{_LIMBO[3]}. {{}}", f"{_LIMBO[4]}. {{}}", f"{_LIMBO[5]}! {{}}",
        f"{_LIMBO[6]}, then {{}}", f"{_LIMBO[7]}, oh and {{}}",
    ],
    "a cheese rolling commentator on the telly, said after": [
        "{}, the gloucester's careering", "{}, a chaser's somersaulted",
        "{}, the cheese's outpaced the chasers", "{}, the cheeserollers are sprawled",
        "{}, the gloucester's bounding", "{}, a cheeseroller's unbeaten",
        "{} and, a chaser's bruised", "{} so, the gloucester's triumphed",
    ],
    "a game of yoyo tricks in the yard, said after": [
        "{}, rock the cradle", "{}, my yoyo's unspooled", "{}, the string's snarled",
        "{}, round the loop", "{}, a whizzer", "{}, the yoyo's spun",
        "{} and, it's unwound", "{} so, my yoyo's bobbling",
    ],
    "a remark on a ladybird on the windowsill, said after": [
        "{}, a ladybird's crawling", "{}, look how speckled it is",
        "{}, it's clambering the windowsill", "{}, what lacquered wingcases",
        "{}, it's unfurling its wingcases", "{}, it's trundling after greenfly",
        "{} and, another ladybird", "{} so, the ladybird's flown",
    ],
    "a sandcastle contest on the beach, said after": [
        f"{{}}, {d}" for d in _SANDCASTLE[:6]
    ] + [f"{{}} and, {_SANDCASTLE[6]}", f"{{}} so, {_SANDCASTLE[7]}"],
    "between a limbo leader's call and a sandcastle call": [
        f"{s}! {{}}, {d}" for s, d in zip(_LIMBO[:3], _SANDCASTLE[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_LIMBO[3:5], _SANDCASTLE[3:5], strict=True)]
      + [f"{_LIMBO[5]}! {{}}, {_SANDCASTLE[5]}",
         f"{_LIMBO[6]}. {{}} and, {_SANDCASTLE[6]}",
         f"{_LIMBO[7]}. {{}} so, {_SANDCASTLE[7]}"],
    "in the middle of a pancake race marshal's calls": [
        f"{a}, {{}}, {b}" for a, b in _MARSHAL[:6]
    ] + [f"{_MARSHAL[6][0]}, {{}} and, {_MARSHAL[6][1]}",
         f"{_MARSHAL[7][0]}, {{}} so, {_MARSHAL[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYFIRST_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("sharpened",
"stitched", "finished"): a commentator's line or a call at a game said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"judo", "ballet", "squash", "rounders", "fencing", "scouts", "swimming",
          "goggles", "lacrosse", "stick", "cycling", "helmet", "ice", "rink", "steam",
          "fair", "rally", "festival", "folk", "pantomime", "tickets", "charity", "quiz",
          "market", "stall", "craft", "school", "farm", "trip", "railway", "station",
          "seafront", "allotments", "cash", "carry", "lift", "well", "card", "transit",
          "keys"}
_FOOD = {"skim", "frothy", "jam", "slice", "crusty", "loaf", "whisk", "lumpy", "gravy",
         "strain", "cloudy", "cider", "scour", "greasy", "grill", "warm", "floury", "baps",
         "shepherd's", "pie", "bangers", "mash", "ready", "hake", "plaice", "scampi",
         "breakfast", "dinner", "lunch", "cooking", "kettle", "tea", "coffee", "barbecue",
         "worktop", "sticky", "wipe"}
_RACE = _TELLY | _CALLED | _FOOD | _SPORT | {*_NUMBERS, "count", "tally", "sharpened",
                                             "knives", "blade", "cutlery"}
"""Requests a pancake race marshal's calls could bear on (pans and what is cooked in
them, a race, a hooter's start, a count)."""
_MARSH = _CALLED | _ASKED | {"quiet", "loud", "noise", "sounds", "feed", "hake", "plaice",
                             "scampi", "birman", "korat", "bombay", "tang", "bolster",
                             "spar", "bridle", "alder", "welt", "brush", "mow", "grassy",
                             "bank", "peaty", "compost", "soggy", "muddy", "wellies",
                             "hose", "soak", "flying", "kites", "kiteflying", "sleep",
                             "sleeping", "nap", "wake", "cat", "dog", "walk", "walking",
                             *_NUMBERS}
"""Requests geese honking over the marsh could bear on (birds and the cats that eye
them, their food, the wet ground, what flies, a call)."""
_FIELD = {"quiet", "loud", "noise", "sounds", "feed", "hake", "plaice", "scampi",
          "birman", "korat", "bombay", "tang", "bolster", "spar", "bridle", "alder",
          "welt", "brush", "lock", "unlock", "night", "evening", "mow", "grassy", "bank",
          "hose", "muddy", "wellies", "bag", "peaty", "compost", "soggy", "dry",
          "trainers", "fair", "rally", "festival", "farm", "trip", "lift", "fetch",
          "walk", "walking", "dog", "cat", "garden", "sun", "holiday", "vacation",
          "sprinklers", "water", "sew", "stitch", "canvas", "hide", "leather"}
"""Requests calling the alpacas in could bear on (animals and their food, the grass and
the mud, brushing and shearing them, locking up for the night, an outing to see
them)."""
_BEACH = {"quiet", "loud", "noise", "sounds", "music", "party", "rally", "festival",
          "fair", "seafront", "folk", "dog", "walk", "walking", "gym", "workout", "game",
          "garden", "bank", "mow", "grassy", "dry", "soggy", "trainers", "hose", "muddy",
          "wellies", "pool", "water", "holiday", "vacation", "sun", "bend", "rods",
          "carbon", "bolster", "spar", "bridle", "brush"}
"""Requests a limbo leader's call could bear on (the music and the party, a dance, a
bar bent under, the sand and the sea)."""
_CHEESE = _TELLY | _SAID_TO | _ASKED | _SPORT | _FOOD | {"count", "tally", *_NUMBERS,
                                                         "bank", "grassy", "mow",
                                                         "muddy", "wellies", "hose"}
"""Requests a cheese rolling commentary could bear on (the telly, a race, the cheese
and what is eaten with it, the slope and the mud)."""
_YOYO = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "line", "lines", "winder",
                             "flying", "knot", "bridle", "spar", "tail", "streamers",
                             "sew", "hem", "stitch", "welt", "strips", "game", "gaming",
                             "kids", "rivet", "tin", "rods", "carbon", "nylon",
                             "ripstop", "tape", "dacron"}
"""Requests a game of yoyo tricks could bear on (a count, a score, strings and lines
and knots, a game)."""
_SILL = _SAID_TO | _ASKED | {"feed", "hake", "plaice", "scampi", "birman", "korat",
                             "bombay", "tang", "bolster", "spar", "bridle", "alder",
                             "welt", "brush", "lock", "unlock", "light", "quiet", "loud",
                             "noise", "garden", "mow", "grassy", "bank", "grow",
                             "sprinklers", "compost", "peaty", "wipe", "sticky",
                             "worktop", "polish", "buff", "cat", "count",
                             "tally", *_NUMBERS}
"""Requests a remark on a ladybird could bear on (the garden and what grows in it, the
cats that watch it, the sill and the light, what is wiped or polished, a count of its
spots)."""
_SAND = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "hose", "muddy", "wellies",
                             "soggy", "dry", "trainers", "bag", "peaty", "compost",
                             "seafront", "pool", "water", "bath", "bathroom", "shower",
                             "soak", "game", "gaming", "kids", "cleaning", "vacuum",
                             "mop", "scrub", "steps", "cellar", "grout", "grimy", "lock",
                             "unlock", "holiday", "vacation", "sun"}
"""Requests a sandcastle contest could bear on (a count, a score, the sand and the sea,
the wet and the mess, what is locked or kept)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a pancake race marshal's calls bear on pans and food, a race, a start, a count)
    **{cue: _RACE for cue in ("pancakes", "flipped", "pancakers", "tossing", "prematurely",
                              "flapjackers", "skillets", "gripped", "griddlers", "crepes",
                              "crisped", "spatulas", "flip", "hooter", "frying", "pans",
                              "dashers", "hooter's", "parping", "batter's", "bubbling",
                              "clanging")},
    # (geese honking bear on birds, the cats that eye them, the marsh, what flies)
    **{honk: _MARSH for honk in ("honkaloo", "hawnkitty", "gronkety", "wahonkle",
                                 "honkitty", "gaggaloo", "hronkle", "wonkerwonk",
                                 "ahonkee")},
    # (calling the alpacas in bears on animals, their food, the grass, brushing them)
    **{alpaca: _FIELD for alpaca in ("alpacas", "crias", "woollybacks", "humpkins",
                                     "llamas", "fluffkins")},
    # (a limbo leader's call bears on the music, the party, a dance, the beach)
    **{cue: _BEACH for cue in ("limbo", "backbend", "bongos", "limboing", "calypso",
                               "maracas", "bendier")},
    # (a cheese rolling commentary, a yoyo trick, a remark on a ladybird or a sandcastle
    # call after a request could be what it is about or the words of a message; said
    # after a question, an answer)
    **{roll: _CHEESE for roll in ("gloucester's", "careering", "chaser's", "somersaulted",
                                  "cheese's", "outpaced", "chasers", "cheeserollers",
                                  "sprawled", "bounding", "cheeseroller's", "unbeaten",
                                  "bruised", "triumphed")},
    **{trick: _YOYO for trick in ("rock", "cradle", "yoyo's", "unspooled", "string's",
                                  "snarled", "loop", "whizzer", "spun", "unwound",
                                  "bobbling")},
    **{bug: _SILL for bug in ("ladybird's", "crawling", "speckled", "clambering",
                              "windowsill", "lacquered", "wingcases", "unfurling",
                              "trundling", "greenfly", "ladybird", "flown")},
    **{castle: _SAND for castle in ("turret's", "crumbled", "moat's", "flooded",
                                    "seashell", "portcullis", "battlements", "subsided",
                                    "tide's", "lapping", "ramparts", "keep's",
                                    "collapsing", "flagpole's", "keeled")},
}
"""Clauses that would bear on a phrase with one of these words ("give grassie a ring"
before geese honking may be a call to her; "whisk the lumpy gravy" before a pancake race
marshal's call may be about the batter): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "pancakes flipped, pancakers, no tossing prematurely, flapjackers. {}", "{}, a whizzer",
    "honkaloo! {}", "{}, a cheeseroller's unbeaten",
    "alpacas, alpacas! {}", "{}, a ladybird's crawling",
    "limbo, backbend! {}", "{}, my turret's crumbled",
    "no spatulas, flapjackers, flip at the hooter, griddlers. {}", "{}, round the loop",
    "maracas, limbo. {}", "{} so, the gloucester's triumphed",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "crias, crias! {}", "{}, what lacquered wingcases",
    "hawnkitty! {}", "{}, the cheese's outpaced the chasers",
    "bongos, limbo! {}", "{}, the tide's lapping",
    "skillets gripped, griddlers, crepes crisped, pancakers. {}", "{}, the string's snarled",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("pancakes flipped
pancakers"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("llama", "sampler",
"harbourmaster", "bylaws") are never a clause's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftyfirst_data.py none of an
out-of-scope template)."""




FIFTYFIRST_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("grindery", "grindry"), ("cutler", "cuttler"), ("birman", "burman"),
    ("sideboard", "side board"), ("pantomime", "pantomine"), ("sheffield", "shefield"),
    ("whetstone", "wet stone"), ("cutlery", "cutlry"), ("worktop", "work top"),
    ("allotments", "alotments"), ("shepherd's", "shepperd's"), ("goggles", "gogles"),
    ("kiteloft", "kite loft"), ("korat", "korrat"), ("lacrosse", "la crosse"),
    ("ripstop", "rip stop"), ("dacron", "daycron"), ("seafront", "sea front"),
    ("kiteflying", "kite flying"), ("holdalls", "hold alls"), ("streamers", "streemers"),
    ("clogshop", "clog shop"), ("bombay", "bombey"), ("scampi", "scampy"),
    ("riveter", "rivetter"), ("toecap", "toe cap"), ("beeswax", "bees wax"),
    ("clogmaking", "clog making"), ("insurance", "insurence"), ("railway", "rail way"),
    ("helmet", "helmut"),
]
"""The fifty-first set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("blade buffer", "bladebuffer"), ("swimming goggles", "swimminggoggles"),
         ("cash and", "cashand"), ("shepherd's pie", "shepherdspie"),
         ("sheffield steel", "sheffieldsteel"), ("pantomime tickets", "pantomimetickets"),
         ("transit keys", "transitkeys"), ("tang ends", "tangends"),
         ("bolster blanks", "bolsterblanks"), ("muddy wellies", "muddywellies"),
         ("sticky worktop", "stickyworktop"), ("frothy jam", "frothyjam"),
         ("crusty loaf", "crustyloaf"), ("cellar steps", "cellarsteps"),
         ("blade blanks", "bladeblanks"), ("horn scales", "hornscales"),
         ("cutlery invoices", "cutleryinvoices"), ("rivet tin", "rivettin"),
         ("honing guides", "honingguides"), ("lacrosse stick", "lacrossestick"),
         ("ice rink", "icerink"), ("bangers and", "bangersand"),
         ("ripstop nylon", "ripstopnylon"), ("quiz night", "quiznight"),
         ("line winder", "linewinder"), ("spar joints", "sparjoints"),
         ("bridle lines", "bridlelines"), ("lumpy gravy", "lumpygravy"),
         ("cloudy cider", "cloudycider"), ("greasy grill", "greasygrill"),
         ("grassy bank", "grassybank"), ("tail streamers", "tailstreamers"),
         ("carbon rods", "carbonrods"), ("dacron tape", "dacrontape"),
         ("nylon offcuts", "nylonoffcuts"), ("flying lines", "flyinglines"),
         ("canvas holdalls", "canvasholdalls"), ("cycling helmet", "cyclinghelmet"),
         ("coal shed", "coalshed"), ("craft market", "craftmarket"),
         ("railway station", "railwaystation"), ("toecap riveter", "toecapriveter"),
         ("alder soles", "aldersoles"), ("welt strips", "weltstrips"),
         ("floury baps", "flourybaps"), ("soggy trainers", "soggytrainers"),
         ("peaty compost", "peatycompost"), ("grimy grout", "grimygrout"),
         ("brass toecaps", "brasstoecaps"), ("clog irons", "clogirons"),
         ("beeswax polish", "beeswaxpolish"), ("pattern drawers", "patterndrawers"),
         ("copper nails", "coppernails"), ("leather uppers", "leatheruppers"),
         ("clogmaking evening", "clogmakingevening")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"grindery": "grind-ery", "kiteloft": "kite-loft", "clogshop": "clog-shop",
             "kiteflying": "kite-flying", "clogmaking": "clog-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftyfirst.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a {w} cosy for the teapot stand", "what's {w} in manx gaelic, roughly",
        "sketch a {w} on the back of the raffle ticket",
        "are {w} dearer at the wholesaler's in doncaster",
        "track down a secondhand {w} at the bric-a-brac stall in settle",
        "how many ounces does a middling {w} weigh on grandma's scales",
        "write a sentimental sonnet about a {w}", "spell {w} in manx, letter by letter",
    ],
    "routine command": [
        "scrap {p} from the rota for good", "walk me through {p} stage by stage",
        "dream up a catchier title for {p}, something punny",
        "duplicate {p} for the granny flat over the stables",
        "limit {p} to the october half term", "chirp thrice whenever {p} gets underway",
        "who's been fiddling with {p} behind grandpa's back",
        "could {p} be a tad softer on my eardrums",
    ],
    "word order": [
        "{b} thrashes {a} every single time", "{b} edges {a} by a nose, truthfully",
        "swap {a} and {b} about, ta muchly", "ditch the {a}, quadruple the {b} instead",
        "{a} after {b}, or vice versa perhaps", "a barrowload of {b}, a pinch of {a}",
    ],
    "negation": [
        "let's skip {p} this once, flower",
        "i'd sooner you didn't {p} while grandpa dozes in the recliner",
        "under no circumstances {p}, poppet",
        "don't start {p} while i'm at the optician's in todmorden",
        "nope, mothball {p} for ages", "steady on, no {p} till the vicar's gone, chuck",
    ],
    "cancellation": [
        "postpone {p} until the in-laws from stockport have left",
        "{p} can wait until the electrician's done",
        "skip {p} for the week of the agricultural show in builth",
        "suspend {p} until the scaffolders have packed away",
        "we'll drop {p} over the august bank holiday",
        "put {p} on hold until bonfire night has been and gone",
    ],
    "state question": [
        "is {p} ticking over at this very moment", "is {p} partway through or wrapped up",
        "did {p} go without a hitch before the pools coupon came",
        "has {p} packed in or is it chuntering along regardless",
        "has anyone bothered with {p} since the postie came",
        "did {p} get sorted the wednesday after the village fete",
    ],
    "past or story": [
        "the year of the great flood {p} packed up as well",
        "during the heatwave of the jubilee summer {p} went doolally",
        "my great aunt in grimsby swore by {p} every michaelmas",
        "at the golden wedding in the barnsley miners' welfare {p} carried on till sunrise",
        "that whole soggy harvest {p} was on its last knockings",
        "when we lodged above the butcher's in morecambe we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the coalman bellowed {p} across the yard",
        "a street performer outside the arcade warbled {p}",
        "my godmother ends every postcard with {p}",
        "a chap on the last train muttered {p}",
        "the school caretaker yelled {p} across the playground",
        "our chimney sweep from ossett hums {p} up the flue",
    ],
    "contrast": [
        "{p} is only for when my brother brings the nephews down from carlisle",
        "we only {p} when great granny visits from stornoway",
        "{p} is a once in a blue moon treat in this household",
        "{p} is strictly an easter monday tradition round here",
        "we only {p} when the silver band parades past the chemist's",
        "{p} is saved for when the rural dean calls in from ripon",
    ],
    "hypothetical": [
        "suppose i made you a bakewell tart to persuade you to {p}",
        "if i ever got hooked on {p}, would you manage",
        "just between us, could you {p} for a bet",
        "if {p} began at five in the morning would the close complain",
        "picture {p} happening in the middle of a hailstorm",
        "what would you do if the churchwarden's grandson pleaded with you to {p}",
    ],
    "complaint": [
        "{p} has been driving me round the bend since the joiner left",
        "{p} failed us again at the diamond jubilee knees-up in skegness",
        "{p} has been useless since the glazier called",
        "i'm fed up to the back teeth with {p} since the clocks sprang forward",
        "{p} is a right pain in the neck this fortnight",
        "{p} keeps packing up halfway through the football results",
    ],
    "opinion": [
        "{p} is the bee's knees and the wasp's elbows",
        "i'm chuffed to little mint balls with {p}, honestly",
        "{p} is a blessing for my back, cross my heart",
        "{p} has made wet wednesdays nearly tolerable",
        "{p} is the cleverest contraption between here and the kyle of lochalsh",
        "{p} is top notch, says our wilf and he's fussy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the dentist's",
        "nag me about {p} once the snooker's finished",
        "make sure i remember to {p} on sunday after the boot sale",
        "nudge me to {p} after the teatime bulletin",
        "pop {p} on thursday's list of jobs", "give me a shout about {p} once the matinee ends",
    ],
    "permission question": [
        "is my stepbrother's girlfriend's cousin allowed to {p}",
        "is the au pair's nephew permitted to {p}",
        "would the meter reader be allowed to {p} by himself",
        "is my godson permitted to {p} when he stops over at whitsun",
        "can the childminder's sister {p} without asking first",
        "is the milk round lad from number nine allowed to {p}",
    ],
    # the fifty-first's own
    "a pedigree llama named it": [
        "the pedigree llama at the county show is called {p}",
        "our pedigree llama is named {p}",
        "{p} is the pedigree llama with the brown fleece",
        "grandad named his pedigree llama {p}",
        "there's a pedigree llama in the petting barn named {p}",
        "who'd call a pedigree llama {p}",
    ],
    "a harbour tugboat named it": [
        "the harbour tugboat by the quay is called {p}",
        "our harbour tugboat is named {p}",
        "{p} is the harbour tugboat with the red funnel",
        "my uncle named his harbour tugboat {p}",
        "there's a harbour tugboat at the breakwater named {p}",
        "who'd name a harbour tugboat {p}",
    ],
    "stitched on a sampler": [
        "{p} is stitched on a sampler in the hall",
        "great grandma stitched {p} on a sampler",
        "the sampler over the mantelpiece has {p} stitched on it",
        "the girls stitched {p} on a sampler at the sewing bee",
        "there's a sampler at the museum with {p} stitched in cross stitch",
        "why stitch {p} on a sampler",
    ],
    "on a village sign": [
        "the village sign says {p}",
        "someone painted {p} on the village sign overnight",
        "{p} is what the village sign reads",
        "the village sign by the duck pond says {p} now",
        "there's a village sign near the crossroads with {p} on it",
        "why does the village sign say {p}",
    ],
    "spelt out on the bunting at the fete": [
        "{p} is spelt out on the bunting at the fete",
        "the committee spelt out {p} on the bunting at the fete",
        "the bunting at the fete by the cricket pavilion spells out {p}",
        "they spelt out {p} on the bunting at the fete, letter by letter",
        "there's bunting at the fete with {p} spelt out on it",
        "why spell out {p} on the bunting at the fete",
    ],
    "asking the harbourmaster about a ferry called it": [
        "excuse me, when does the ferry called {p} sail",
        "we asked the harbourmaster about a ferry called {p}",
        "the harbourmaster had never heard of a ferry called {p}",
        "can the harbourmaster tell us about the ferry called {p}",
        "i'll ask the harbourmaster about that ferry called {p}",
        "does the harbourmaster know a ferry called {p}",
    ],
    "the clown's joke about it": [
        "the clown at the circus told a joke about {p}",
        "in the clown's joke {p} fell in the custard",
        "{p}, said the clown, was the punchline of the joke",
        "the clown's joke ended with {p}",
        "the clown cracked a daft joke about {p}",
        "why does the clown always tell that joke about {p}",
    ],
    "a folk song's chorus": [
        "the chorus of that old folk song is {p}",
        "{p} is the chorus of the folk song",
        "the folk club sang the chorus {p} over and over",
        "everyone joined in the folk song's chorus, {p}",
        "the fiddler led the folk song's chorus {p} at the ceilidh",
        "why is {p} the chorus of a folk song",
    ],
    "forbidden by the lido's bylaws": [
        "the lido's bylaws say no {p}",
        "under the lido's bylaws we can't {p}",
        "{p} is forbidden by the lido's bylaws",
        "the lido's bylaws forbid swimmers to {p}",
        "according to the lido's bylaws nobody may {p}",
        "why would the lido's bylaws forbid {p}",
    ],
    "an untaught request joined to it by together with": [
        "{p} together with descale the showerhead",
        "{p}, together with book a window cleaner",
        "bleed the radiators together with {p}",
        "{p} together with reseal the skylight",
        "unblock the sink, together with {p}",
        "{p} together with defragment the computer",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} thimble", "{} inkwell", "{} hatbox", "{} pomander",
    "{} sherry glass", "{} sauce boat", "{} bed warmer", "{} pen wiper",
    "{} posy vase", "{} powder compact",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

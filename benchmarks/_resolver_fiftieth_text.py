"""The words of the fiftieth held-out resolver set
(benchmarks/_resolver_fiftieth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a basket weaver's cottage beside
the willowshed, where Mistie weaves baskets, with her wife Sandie, their son Mossie,
their daughter Leafie, a cat Withy and a terrier Osier (seed 500); a fletcher's cottage
beside the fletchery, where Inkie makes arrows, with her husband Glossie, their son
Rustie, their daughter Chalkie, a cat Nock and a whippet Vane (501); and a perfumer's
house with the stillroom behind the kitchen, where Spicie blends scents, with his wife
Saltie, their son Toastie, their daughter Soapie, a cat Musk and a spaniel Neroli (502).
Its people and pets are named in ways no earlier set names them: after a basket's
willow ("feed withy" beside "soak the withy bundles", "brush osier" beside "cut the
osier rods"), an arrow's notch or feather ("feed nock" beside "cut the nock grooves",
"brush vane" beside "trim the feather vanes") or a scent's oil ("feed musk" beside
"decant the musk oil", "brush neroli" beside "bottle the neroli water"); and with names
a recogniser writes as another word in new ways: as hazy ("mistie" as "misty", beside
"wipe the misty windows"), as gritty ("sandie" as "sandy", beside "sweep the sandy
porch"), as overgrown ("mossie" as "mossy", beside "scrape the mossy path"), as full of
leaves ("leafie" as "leafy", beside "rake the leafy lawn"), as smudged ("inkie" as
"inky", beside "blot the inky pages"), as shiny-papered ("glossie" as "glossy", beside
"stack the glossy magazines"), as corroded ("rustie" as "rusty", beside "oil the rusty
hinges"), as dusted white ("chalkie" as "chalky", beside "wipe the chalky blackboard"),
as hot with spice ("spicie" as "spicy", beside "reheat the spicy curry"), as briny
("saltie" as "salty", beside "rinse the salty wetsuits"), as warm ("toastie" as
"toasty", beside "fetch the toasty slippers") and as full of suds ("soapie" as "soapy",
beside "drain the soapy bucket"). A name that is also a word of another phrase of its
home ("withy", "osier", "nock", "vane", "musk", "neroli") has no other spelling, so the
word is never respelt as the name. Each teaches 22 of its own routines with the generic
pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("mossie's cricket at
five" beside "mossie's cricket at four", "soaker off" beside "soaker on"), are never
taught there. Phrases come in every shape: one word ("basketmaking", "fletching",
"blending"), two nouns ("rapping irons", "bow strings", "glass stoppers"), nested
("soaker on" inside "rod soaker on", "crester on" inside "arrow crester on",
"atomiser on" inside "scent atomiser on"), words shared across phrases ("lock the
willowshed" and "willowshed light on", "feed withy" and "soak the withy bundles"),
numbers and times ("mossie's cricket at four", "soapie's tennis at six"), places
("willowshed fan on", "fletchery heater on", "stillroom fan on"), verbs first ("oil
the rusty hinges", "drain the soapy bucket") and nouns first ("sprats for the
siamese"), questions ("how many baskets are woven", "how many arrows are fletched",
"how many bottles are labelled"), and a chore of several clauses ("we're off to the
archery contest so feed nock and give chalkie a ring and lock the fletchery").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("misty" for "mistie", "inky" for "inkie", "spicy" for "spicie"): the same person, so
"phone inky" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a lifeguard calling out at the swimming baths first
("no bombing in the shallows, no divebombing, youngsters. X"), a budgie chirping in its cage first,
one word no dictionary of the speaker's has ("tweetaloo! X"), calling the donkeys in off
the beach first ("neddies, neddies! X"), a dog agility handler at the show first
("slalom, weave, yip! X"), a bobsleigh commentator after ("X, the brakeman's clambered
in"), a game of battleships on the landing after ("X, you've sunk my destroyer"), a
remark on a dragonfly by the pond after ("X, look how gauzy it is"), a game of
spillikins on the rug after ("X, the spillikin's teetering"); the phrase between a dog
agility handler's call and a spillikins call ("slalom, weave, yip! X, the spillikin's
teetering"), and the phrase said in the middle of a lifeguard's calls, which go on after
it ("no bombing in the shallows, X, no divebombing, youngsters"). Some are joined with "and", "so",
"then" or "oh and". No word of a clause but its function words is a word of this set's
pools or the generic pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a prize cockerel named it, a canal narrowboat
cat named it, written in the sand on the beach, on a bus's destination blind, knitted
into a tea cosy, asking a nurseryman about an apple tree called it, the night
watchman's tale about it, the tram conductor's catchphrase, forbidden by the caravan
site rules, and the phrase with an untaught request joined by "not to mention".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

WEAVER = "basket weaver's cottage beside the willowshed"
FLETCHER = "fletcher's cottage beside the fletchery"
PERFUMER = "perfumer's house with the stillroom behind the kitchen"
HOMES: dict[int, str] = {500: WEAVER, 501: FLETCHER, 502: PERFUMER}

FIFTIETH_ROUTINES: dict[str, dict[str, list[str]]] = {
    WEAVER: {
        "Withy": ["feed withy", "sprats for the siamese"],
        "Osier": ["brush osier"],
        "Mistie": ["ring mistie", "call the basket weaver", "phone mistie"],
        "Sandie": ["drop sandie a line", "send sandie a text"],
        "Sandie and Leafie": ["message sandie and leafie"],
        "Leafie": ["give leafie a ring", "give leafie a bell", "call leafie back"],
        "Mossie": ["tell mossie his cricket whites are in the airing cupboard"],
        "Mossie ring": ["give mossie a ring", "phone mossie"],
        "Mossie lift": ["ask mossie for a lift to the garden centre"],
        "Leafie lasagne": ["tell leafie her lasagne is ready"],
        "Leafie lift": ["ask leafie for a lift to the farmers market"],
        "Mistie growers": ["text mistie about the willow growers meeting"],
        "Sandie tickets": ["text sandie about the brass band concert tickets"],
        "Sandie ring": ["give sandie a ring", "ring sandie back"],
        "Mistie keys": ["ask mistie for the pickup keys"],
        "Soaker": ["soaker on"],
        "Rod soaker": ["rod soaker on"],
        "Willowshed fan": ["willowshed fan on"],
        "Withy bundles": ["soak the withy bundles"],
        "Osier rods": ["cut the osier rods"],
        "Misty": ["wipe the misty windows"],
        "Sandy": ["sweep the sandy porch"],
        "Mossy": ["scrape the mossy path"],
        "Leafy": ["rake the leafy lawn"],
        "Baskets": ["how many baskets are woven"],
        "Willow": ["has the willow delivery arrived"],
        "Cricket": ["mossie's cricket at four"],
        "Brownies": ["leafie's brownies at seven"],
        "Boot room": ["mop the boot room", "scrub the boot room"],
        "Basket bases": ["count the basket bases", "tally the basket bases"],
        "Rattan cane": ["order more rattan cane", "restock the rattan cane"],
        "Basketmaking": ["basketmaking", "basketmaking night"],
        "Willowshed": ["lock the willowshed"],
        "Willowshed light": ["willowshed light on"],
        "Picking knife": ["sharpen the picking knife"],
        "Willow invoices": ["file the willow invoices"],
        "Bodkin tin": ["bodkin tin"],
        "Rapping irons": ["rapping irons"],
        # long
        "Country show": ["we're off to the country show so feed withy and give leafie a "
                         "ring and lock the willowshed"],
    },
    FLETCHER: {
        "Nock": ["feed nock", "tuna for the burmese"],
        "Vane": ["brush vane"],
        "Inkie": ["ring inkie", "call the fletcher", "phone inkie"],
        "Glossie": ["drop glossie a line", "send glossie a text"],
        "Glossie and Rustie": ["message glossie and rustie"],
        "Rustie": ["give rustie a ring", "phone rustie"],
        "Chalkie": ["tell chalkie her hockey stick is in the log store"],
        "Chalkie ring": ["give chalkie a bell", "phone chalkie"],
        "Chalkie lift": ["ask chalkie for a lift to the archery club"],
        "Rustie supper": ["tell rustie his toad in the hole is ready"],
        "Inkie and Chalkie": ["message inkie and chalkie"],
        "Inkie lift": ["ask inkie for a lift to the medieval fair"],
        "Glossie card": ["send glossie a good luck card"],
        "Inkie shafts": ["text inkie about the cedar shafts order"],
        "Glossie tournament": ["text glossie about the longbow tournament"],
        "Glossie ring": ["give glossie a ring", "phone glossie back"],
        "Crester": ["crester on"],
        "Arrow crester": ["arrow crester on"],
        "Fletchery heater": ["fletchery heater on"],
        "Arrows": ["how many arrows are fletched"],
        "Cedar": ["has the cedar delivery arrived"],
        "Badminton": ["rustie's badminton at four"],
        "Netball": ["chalkie's netball at six"],
        "Nock grooves": ["cut the nock grooves"],
        "Feather vanes": ["trim the feather vanes"],
        "Inky": ["blot the inky pages"],
        "Glossy": ["stack the glossy magazines"],
        "Rusty": ["oil the rusty hinges"],
        "Chalky": ["wipe the chalky blackboard"],
        "Fletching glue": ["stir the fletching glue", "warm the fletching glue"],
        "Arrow points": ["count the arrow points", "tally the arrow points"],
        "Goose feathers": ["order more goose feathers", "restock the goose feathers"],
        "Fletching": ["fletching", "fletching day"],
        "Fletchery": ["lock the fletchery"],
        "Fletchery light": ["fletchery light on"],
        "Offcuts": ["bag the cedar offcuts"],
        "Bow strings": ["bow strings"],
        "Leather quivers": ["leather quivers"],
        # long
        "Archery contest": ["we're off to the archery contest so feed nock and give chalkie "
                            "a ring and lock the fletchery"],
    },
    PERFUMER: {
        "Musk": ["feed musk", "whitebait for the sphynx"],
        "Neroli": ["brush neroli"],
        "Spicie": ["ring spicie", "call the perfumer", "phone spicie"],
        "Saltie": ["drop saltie a line", "send saltie a text"],
        "Saltie and Soapie": ["message saltie and soapie"],
        "Soapie": ["give soapie a ring", "phone soapie"],
        "Toastie boots": ["tell toastie his rugby boots are in the scullery"],
        "Spicie stand": ["text spicie about the perfume fair stand"],
        "Toastie": ["text toastie about the school museum trip"],
        "Toastie ring": ["give toastie a ring", "phone toastie"],
        "Toastie lift": ["ask toastie for a lift to the bus station"],
        "Saltie and Toastie": ["message saltie and toastie"],
        "Atomiser": ["atomiser on"],
        "Scent atomiser": ["scent atomiser on"],
        "Stillroom fan": ["stillroom fan on"],
        "Musk oil": ["decant the musk oil"],
        "Neroli water": ["bottle the neroli water"],
        "Spicy": ["reheat the spicy curry"],
        "Salty": ["rinse the salty wetsuits"],
        "Toasty": ["fetch the toasty slippers"],
        "Soapy": ["drain the soapy bucket"],
        "Bottles": ["how many bottles are labelled"],
        "Rose absolute": ["has the rose absolute been delivered"],
        "Tennis": ["soapie's tennis at six"],
        "Chess": ["toastie's chess at seven"],
        "Sample vials": ["empty the sample vials", "unpack the sample vials"],
        "Blotters": ["count the scent blotters", "tally the scent blotters"],
        "Bergamot": ["order more bergamot oil", "restock the bergamot oil"],
        "Blending": ["blending", "blending evening"],
        "Stillroom": ["lock the stillroom"],
        "Stillroom light": ["stillroom light on"],
        "Formula cabinet": ["label the formula cabinet"],
        "Insurance": ["renew spicie's shop insurance"],
        "Glass stoppers": ["glass stoppers"],
        "Amber flacons": ["amber flacons"],
        # long
        "Flower festival": ["we're off to the flower festival so feed musk and give soapie "
                            "a ring and lock the stillroom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    WEAVER: {
        "Cricket five": ["mossie's cricket at five"],
        "Brownies eight": ["leafie's brownies at eight"],
        "Soaker off": ["soaker off"],
        "Rod soaker off": ["rod soaker off"],
        "Willowshed light off": ["willowshed light off"],
        "Unlock willowshed": ["unlock the willowshed"],
        "Mistie hedgers": ["text mistie about the hedge layers meeting"],
        "Seagrass": ["order more seagrass cane"],
        "Basket lids": ["count the basket lids"],
        "Hazel rods": ["cut the hazel rods"],
        "Steamy windows": ["wipe the steamy windows"],
        "Willowshed fan off": ["willowshed fan off"],
    },
    FLETCHER: {
        "Badminton five": ["rustie's badminton at five"],
        "Netball seven": ["chalkie's netball at seven"],
        "Crester off": ["crester off"],
        "Arrow crester off": ["arrow crester off"],
        "Fletchery light off": ["fletchery light off"],
        "Unlock fletchery": ["unlock the fletchery"],
        "Inkie pine": ["text inkie about the pine shafts order"],
        "Turkey feathers": ["order more turkey feathers"],
        "Arrow nocks": ["count the arrow nocks"],
        "Plastic vanes": ["trim the plastic vanes"],
        "Creaky hinges": ["oil the creaky hinges"],
        "Fletchery heater off": ["fletchery heater off"],
    },
    PERFUMER: {
        "Tennis seven": ["soapie's tennis at seven"],
        "Chess eight": ["toastie's chess at eight"],
        "Atomiser off": ["atomiser off"],
        "Scent atomiser off": ["scent atomiser off"],
        "Stillroom light off": ["stillroom light off"],
        "Unlock stillroom": ["unlock the stillroom"],
        "Toastie castle": ["text toastie about the school castle trip"],
        "Lavender oil": ["order more lavender oil"],
        "Scent strips": ["count the scent strips"],
        "Jasmine water": ["bottle the jasmine water"],
        "Mild curry": ["reheat the mild curry"],
        "Stillroom fan off": ["stillroom fan off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the basket weaver's cottage
    {"we're off to the country show so feed withy and give leafie a ring and lock the "
     "willowshed", "i'm leaving", "goodbye house", "feed withy", "give leafie a ring",
     "lock the willowshed"},
    {"feed withy", "sprats for the siamese", "feed the siamese"},
    {"ring mistie", "call the basket weaver", "ring the basket weaver", "phone mistie"},
    # the fletcher's cottage
    {"we're off to the archery contest so feed nock and give chalkie a ring and lock the "
     "fletchery", "i'm leaving", "goodbye house", "feed nock", "give chalkie a ring",
     "lock the fletchery"},
    {"feed nock", "tuna for the burmese", "feed the burmese"},
    {"ring inkie", "call the fletcher", "ring the fletcher", "phone inkie"},
    # the perfumer's house
    {"we're off to the flower festival so feed musk and give soapie a ring and lock the "
     "stillroom", "i'm leaving", "goodbye house", "feed musk", "give soapie a ring",
     "lock the stillroom"},
    {"feed musk", "whitebait for the sphynx", "feed the sphynx"},
    {"ring spicie", "call the perfumer", "ring the perfumer", "phone spicie"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the siamese" where the siamese is Withy). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"withy", "osier", "mistie", "sandie", "mossie", "mossie's", "leafie", "leafie's",
         "nock", "vane", "inkie", "glossie", "rustie", "rustie's", "chalkie", "chalkie's",
         "musk", "neroli", "spicie", "spicie's", "saltie", "toastie", "toastie's",
         "soapie", "soapie's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as hazy, gritty, overgrown, full of leaves
    "mistie": ("misty",), "sandie": ("sandy",), "mossie": ("mossy",),
    "mossie's": ("mossy's",), "leafie": ("leafy",), "leafie's": ("leafy's",),
    # written as smudged, shiny-papered, corroded, dusted white
    "inkie": ("inky",), "glossie": ("glossy",), "rustie": ("rusty",),
    "rustie's": ("rusty's",), "chalkie": ("chalky",), "chalkie's": ("chalky's",),
    # written as hot with spice, briny, warm, full of suds
    "spicie": ("spicy",), "spicie's": ("spicy's",), "saltie": ("salty",),
    "toastie": ("toasty",), "toastie's": ("toasty's",), "soapie": ("soapy",),
    "soapie's": ("soapy's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "mistie" and "misty", "sandie" and "sandy", "mossie"
and "mossy", "leafie" and "leafy", "inkie" and "inky", "glossie" and "glossy", "rustie"
and "rusty", "chalkie" and "chalky", "spicie" and "spicy", "saltie" and "salty",
"toastie" and "toasty", "soapie" and "soapy" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter to five",), "five": ("twenty five past five",), "six": ("quarter to seven",),
    "seven": ("half past seven",), "eight": ("ten past eight",),
    # things and places
    "sprats": ("pilchards",), "invoices": ("receipts",), "siamese": ("bengal",), "brush": ("comb",),
    "lock": ("bolt",), "basket": ("fence",), "weaver": ("builder",), "text": ("page",),
    "cricket": ("rounders",), "whites": ("pads",), "airing": ("hall",),
    "cupboard": ("closet",), "garden": ("tile",), "centre": ("warehouse",),
    "lasagne": ("risotto",), "farmers": ("flea",), "market": ("fair",),
    "willow": ("hazel",), "growers": ("hedgers",), "meeting": ("outing",),
    "brass": ("silver",), "band": ("choir",), "concert": ("recital",),
    "tickets": ("programmes",), "pickup": ("trailer",), "keys": ("papers",),
    "soaker": ("dryer",), "rod": ("hazel",), "willowshed": ("woodshed",), "fan": ("vent",),
    "soak": ("bleach",), "withy": ("hazel",), "bundles": ("sheaves",), "cut": ("split",),
    "osier": ("birch",), "rods": ("canes",), "wipe": ("paint",), "misty": ("grubby",),
    "windows": ("mirrors",), "sweep": ("hose",), "sandy": ("muddy",), "porch": ("steps",),
    "scrape": ("salt",), "mossy": ("icy",), "path": ("drive",), "rake": ("mow",),
    "leafy": ("soggy",), "lawn": ("verge",), "baskets": ("hampers",), "woven": ("lined",),
    "brownies": ("guides",), "mop": ("hoover",), "scrub": ("paint",), "boot": ("sun",),
    "room": ("lounge",), "count": ("stack",), "tally": ("sort",), "bases": ("handles",),
    "rattan": ("wicker",), "cane": ("strips",), "basketmaking": ("rushwork",),
    "sharpen": ("oil",), "picking": ("carving",), "knife": ("saw",), "file": ("check",),
    "order": ("address",), "book": ("ledger",), "bodkin": ("needle",), "tin": ("jar",),
    "rapping": ("cleaving",), "irons": ("blocks",), "country": ("steam",),
    "show": ("rally",),
    "tuna": ("salmon",), "burmese": ("abyssinian",), "fletcher": ("bowyer",),
    "hockey": ("lacrosse",), "stick": ("bag",), "log": ("coal",), "store": ("bunker",),
    "archery": ("fencing",), "club": ("range",), "toad": ("sausage",),
    "hole": ("gravy",), "medieval": ("tudor",), "good": ("bon",), "luck": ("voyage",),
    "card": ("note",), "cedar": ("pine",), "shafts": ("dowels",), "longbow": ("crossbow",),
    "tournament": ("open day",), "crester": ("painter",), "arrow": ("bolt",),
    "fletchery": ("joinery",), "heater": ("radio",), "arrows": ("darts",),
    "fletched": ("painted",), "badminton": ("squash",), "netball": ("hockey",),
    "nock": ("notch",), "grooves": ("slots",), "trim": ("glue",), "feather": ("plastic",),
    "vanes": ("tips",), "blot": ("tear",), "inky": ("blank",), "pages": ("envelopes",),
    "stack": ("bin",), "glossy": ("old",), "magazines": ("catalogues",),
    "oil": ("paint",), "rusty": ("creaky",), "hinges": ("bolts",), "chalky": ("dusty",),
    "blackboard": ("whiteboard",), "stir": ("thin",), "warm": ("cool",),
    "fletching": ("gluing",), "glue": ("wax",), "points": ("shafts",),
    "goose": ("turkey",), "feathers": ("quills",), "day": ("week",), "bag": ("burn",),
    "offcuts": ("shavings",), "bow": ("guitar",), "strings": ("cases",),
    "leather": ("canvas",), "quivers": ("belts",), "contest": ("display",),
    "whitebait": ("sprats",), "sphynx": ("manx",), "perfumer": ("chemist",),
    "rugby": ("football",), "boots": ("socks",), "scullery": ("pantry",),
    "perfume": ("craft",), "fair": ("sale",), "stand": ("stall",), "school": ("youth",),
    "museum": ("zoo",), "trip": ("visit",), "bus": ("train",), "station": ("depot",),
    "atomiser": ("diffuser",), "scent": ("room",), "stillroom": ("boxroom",),
    "decant": ("strain",), "musk": ("cedar",), "bottle": ("freeze",),
    "neroli": ("orange",), "water": ("syrup",), "reheat": ("freeze",),
    "spicy": ("mild",), "curry": ("chilli",), "rinse": ("dry",), "salty": ("sandy",),
    "wetsuits": ("flippers",), "fetch": ("hide",), "toasty": ("fluffy",),
    "slippers": ("mittens",), "drain": ("fill",), "soapy": ("mop",),
    "bucket": ("basin",), "bottles": ("jars",), "labelled": ("corked",),
    "rose": ("iris",), "absolute": ("petals",), "delivered": ("unloaded",),
    "tennis": ("judo",), "chess": ("drama",), "empty": ("mend",), "unpack": ("sort",),
    "sample": ("spare",), "vials": ("tubes",), "blotters": ("cards",),
    "bergamot": ("lavender",), "blending": ("bottling",), "evening": ("morning",),
    "label": ("tidy",), "formula": ("spice",), "cabinet": ("rack",),
    "renew": ("cancel",), "shop": ("van",), "insurance": ("licence",),
    "glass": ("cork",), "stoppers": ("funnels",), "amber": ("frosted",),
    "flacons": ("decanters",), "flower": ("beer",), "festival": ("tasting",),
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
("mossie's cricket at quarter to five" for "mossie's cricket at four", "feed the
bengal"): never taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_LIFEGUARD = [
    ("no bombing in the shallows", "no divebombing, youngsters"),
    ("flume's closed, youngsters", "armbands for the kiddies"),
    ("no ducking your pals", "no horseplay, splashers"),
    ("verruca plasters on, nippers", "whistle's peeped, splashers"),
    ("inflatable's inflating, splashers", "no shoving at the flume"),
    ("armbands, kiddies", "no bombing, nippers"),
    ("no divebombing, youngsters", "no bombing in the shallows"),
    ("armbands for the kiddies", "flume's closed, youngsters"),
]
_BUDGIE = [
    "tweetaloo", "chirrupee", "peepitty", "twitterwit", "cheepity",
    "tweedlee, tweedlee", "chirrupoo", "pipipeep", "twirrup",
]
_DONKEYS = [
    "neddies, neddies", "jennies, jennies", "donkeys, donkeys", "eeyores, neddies",
    "jennets, jennies", "neddykins, jennykins", "donks, donks, neddies",
    "jennies, neddies", "donkeys, jennies",
]
_AGILITY = [
    "slalom, weave, yip", "seesaw, wishbone", "chute, yip", "contacts, yip yip",
    "weave, weave, yip", "wishbone, slalom", "tabletop, yip", "seesaw, contacts",
]
_SPILLIKINS = [
    "the spillikin's teetering", "flicked it with the hook",
    "a spillikin prised up", "the heap's caved", "it quivered", "nimbly, nimbly",
    "the spillikins shifted", "my spillikin's twitched",
]

WRAPPERS: dict[str, list[str]] = {
    "a lifeguard calling out at the swimming baths, said first": [
        f"{a}, {b}. {{}}" for a, b in _LIFEGUARD[:6]
    ] + [f"{_LIFEGUARD[6][0]}, {_LIFEGUARD[6][1]}, then {{}}",
         f"{_LIFEGUARD[7][0]}, {_LIFEGUARD[7][1]}, oh and {{}}"],
    "a budgie chirping in its cage, said first": [
        f"{_BUDGIE[0]}! {{}}", f"{_BUDGIE[1]}! {{}}", f"{_BUDGIE[2]}. {{}}",
        f"{_BUDGIE[3]}! {{}}", f"{_BUDGIE[4]}. {{}}", f"{_BUDGIE[5]}! {{}}",
        f"{_BUDGIE[6]}, then {{}}", f"{_BUDGIE[7]}, oh and {{}}", f"{_BUDGIE[8]}! {{}}",
    ],
    "calling the donkeys in off the beach, said first": [
        f"{_DONKEYS[0]}! {{}}", f"{_DONKEYS[1]}. {{}}", f"{_DONKEYS[2]}! {{}}",
        f"{_DONKEYS[3]}. {{}}", f"{_DONKEYS[4]}! {{}}", f"{_DONKEYS[5]}. {{}}",
        f"{_DONKEYS[6]}, then {{}}", f"{_DONKEYS[7]}, oh and {{}}", f"{_DONKEYS[8]}! {{}}",
    ],
    "a dog agility handler at the show, said first": [
        f"{_AGILITY[0]}! {{}}", f"{_AGILITY[1]}! {{}}", f"{_AGILITY[2]}! {{}}",
        f"{_AGILITY[3]}. {{}}", f"{_AGILITY[4]}. {{}}", f"{_AGILITY[5]}! {{}}",
        f"{_AGILITY[6]}, then {{}}", f"{_AGILITY[7]}, oh and {{}}",
    ],
    "a bobsleigh commentator on the telly, said after": [
        "{}, the brakeman's clambered in", "{}, a scorching getaway",
        "{}, through the horseshoe curve", "{}, the bobsleigh's grazed the banking",
        "{}, the bobsleigh's juddering", "{}, a whisker behind the fastest",
        "{} and, the brakeman's hauled the brake", "{} so, the bobsleigh's skidded",
    ],
    "a game of battleships on the landing, said after": [
        "{}, you've sunk my destroyer", "{}, a splash, a dud",
        "{}, my frigate's torpedoed", "{}, kaboom, amidships",
        "{}, my submarine's scuppered", "{}, battleships",
        "{} and, my minesweeper's sunk", "{} so, your cruiser's sunk",
    ],
    "a remark on a dragonfly by the pond, said after": [
        "{}, a dragonfly's skimming", "{}, look how gauzy it is",
        "{}, it's skimming the waterlilies", "{}, what shimmering emerald",
        "{}, the dragonfly's perching on a reed", "{}, it's whizzed heavenward",
        "{} and, a damselfly too", "{} so, it's darting among the bulrushes",
    ],
    "a game of spillikins on the rug, said after": [
        f"{{}}, {d}" for d in _SPILLIKINS[:6]
    ] + [f"{{}} and, {_SPILLIKINS[6]}", f"{{}} so, {_SPILLIKINS[7]}"],
    "between a dog agility handler's call and a spillikins call": [
        f"{s}! {{}}, {d}" for s, d in zip(_AGILITY[:3], _SPILLIKINS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_AGILITY[3:5], _SPILLIKINS[3:5], strict=True)]
      + [f"{_AGILITY[5]}! {{}}, {_SPILLIKINS[5]}",
         f"{_AGILITY[6]}. {{}} and, {_SPILLIKINS[6]}",
         f"{_AGILITY[7]}. {{}} so, {_SPILLIKINS[7]}"],
    "in the middle of a lifeguard's calls": [
        f"{a}, {{}}, {b}" for a, b in _LIFEGUARD[:6]
    ] + [f"{_LIFEGUARD[6][0]}, {{}} and, {_LIFEGUARD[6][1]}",
         f"{_LIFEGUARD[7][0]}, {{}} so, {_LIFEGUARD[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTIETH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("woven",
"fletched", "labelled"): a commentator's line or a call at a game said after a question
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
_SPORT = {"cricket", "whites", "brownies", "badminton", "netball", "tennis", "chess",
          "rugby", "boots", "hockey", "stick", "archery", "club", "contest", "tournament",
          "longbow", "show", "country", "fair", "medieval", "festival", "flower",
          "concert", "tickets", "band", "brass", "market", "farmers", "garden", "centre",
          "museum", "trip", "school", "bus", "station", "lift", "good", "luck", "stand",
          "pickup", "keys"}
_BATHS = _TELLY | _CALLED | {
    "wetsuits", "rinse", "salty", "drain", "soapy", "bucket", "soak", "bundles",
    "water", "neroli", "bottle", "towels", "mop", "scrub", "wipe", "windows", "misty",
    "soaker", "tennis", "cricket", "netball", "badminton", "pool", "spa", "sauna", "bath",
    "bathroom", "shower", "gym", "workout", "sprinklers"}
"""Requests a lifeguard's calls could bear on (water, swimming things, wet floors,
what is soaked or drained, a whistle's stop and start, a count)."""
_CAGE = _CALLED | _ASKED | {"quiet", "loud", "noise", "sounds", "feed", "sprats",
                            "tuna", "whitebait", "siamese", "burmese", "sphynx", "withy",
                            "osier", "nock", "vane", "musk", "neroli", "brush",
                            "feather", "feathers", "goose", "vanes", "trim", "sweep",
                            "sandy", "porch", "cut", "rods", "seed", "cat", "sleep",
                            "sleeping", "nap", "wake", *_NUMBERS}
"""Requests a budgie's chirping could bear on (a bird, feathers, its food and the
cats that eye it, a call)."""
_BEACH = {"quiet", "loud", "noise", "sounds", "feed", "sprats", "tuna", "whitebait",
          "siamese", "burmese", "sphynx", "withy", "osier", "nock", "vane", "musk",
          "neroli", "brush", "lock", "unlock", "night", "evening", "sweep", "sandy",
          "porch", "rake", "leafy", "lawn", "scrape", "mossy", "path", "wetsuits",
          "rinse", "salty", "bucket", "drain", "soapy", "cut", "rods", "soak", "bundles",
          "country", "show", "lift", "fetch", "walk", "walking", "dog", "garden", "sun",
          "holiday", "vacation", "pool", "water", "sprinklers"}
"""Requests calling the donkeys in could bear on (animals and their food, what a donkey
eats, the sand, the beach things, brushing them, locking up for the night)."""
_RING = {"quiet", "loud", "noise", "sounds", "show", "country", "fair", "festival",
         "contest", "tournament", "club", "hoop", "feed", "brush", "withy", "osier",
         "nock", "vane", "musk", "neroli", "siamese", "burmese", "sphynx", "fetch",
         "slippers", "wait", "lock", "unlock", "rake", "lawn", "path", "cut", "rods",
         "dog", "walk", "walking", "gym", "workout", "game", "garden"}
"""Requests a dog agility handler's call could bear on (a dog, a show, a jump, a
fetch, a wait, the grass and the course)."""
_SLED = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "brush",
                                               "sweep", "heater", "warm", "toasty",
                                               "slippers", "misty", "windows", "rusty",
                                               "hinges", "oil", "wipe"}
"""Requests a bobsleigh commentary could bear on (the telly, a time, a sport, a
brake, the cold and the ice)."""
_SHIPS = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "arrow", "arrows", "points",
                              "shafts", "crester", "bow", "strings", "quivers",
                              "longbow", "tournament", "contest", "archery",
                              "wetsuits", "salty", "water", "drain", "bucket",
                              "bottles", "bottle", "pool", "bath", "game", "gaming"}
"""Requests a game of battleships could bear on (a count, a score, weapons, the sea and
the water)."""
_POND = _SAID_TO | _ASKED | {"feed", "sprats", "tuna", "whitebait", "siamese",
                             "burmese", "sphynx", "withy", "osier", "nock", "vane",
                             "musk", "neroli", "brush", "lock", "unlock", "light",
                             "quiet", "loud", "noise", "water", "soak", "bundles",
                             "rods", "cut", "willow", "leafy", "lawn", "rake",
                             "mossy", "path", "scrape", "wetsuits", "rinse", "drain",
                             "bucket", "feather", "vanes", "trim", "rose", "flower",
                             "pool", "garden", "sprinklers", "grow", "cat"}
"""Requests a remark on a dragonfly could bear on (the water and the animals by it,
reeds and rods, the garden, the doors and lights, wings and feathers)."""
_RUG = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "rods", "cut", "osier",
                            "withy", "bundles", "bases", "basket", "baskets", "cane",
                            "rattan", "arrow", "arrows", "points", "shafts", "offcuts",
                            "bag", "stack", "sweep", "mop", "scrub", "bodkin", "tin",
                            "rapping", "irons", "vials", "sample", "blotters",
                            "empty", "unpack", "nock", "grooves", "game", "gaming",
                            "cleaning", "vacuum", "kids"}
"""Requests a game of spillikins could bear on (a count, a score, sticks and rods and
shafts, what is picked up from the floor)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a lifeguard's calls bear on water, swimming things, wet floors, a count)
    **{cue: _BATHS for cue in ("bombing", "shallows", "divebombing", "youngsters", "flume's",
                               "closed", "armbands", "kiddies", "ducking", "pals",
                               "horseplay", "splashers", "verruca", "plasters", "nippers",
                               "whistle's", "peeped", "inflatable's", "inflating",
                               "shoving", "flume")},
    # (a budgie's chirping bears on a bird, feathers, its food and calls)
    **{chirp: _CAGE for chirp in ("tweetaloo", "chirrupee", "peepitty", "twitterwit",
                                  "cheepity", "tweedlee", "chirrupoo", "pipipeep",
                                  "twirrup")},
    # (calling the donkeys in bears on animals, their food, the sand, brushing them)
    **{donkey: _BEACH for donkey in ("neddies", "jennies", "donkeys", "eeyores", "jennets",
                                     "neddykins", "jennykins", "donks")},
    # (a dog agility handler's call bears on a dog, a show, a jump, a wait)
    **{cue: _RING for cue in ("slalom", "weave", "seesaw", "wishbone", "chute",
                              "contacts", "tabletop")},
    # (a bobsleigh commentary, a battleships call, a remark on a dragonfly or a
    # spillikins call after a request could be what it is about or the words of a
    # message; said after a question, an answer)
    **{sled: _SLED for sled in ("brakeman's", "clambered", "scorching", "getaway",
                                "horseshoe", "curve", "bobsleigh's", "grazed", "banking",
                                "juddering", "whisker", "fastest", "hauled", "brake",
                                "skidded")},
    **{ship: _SHIPS for ship in ("destroyer", "splash", "frigate's",
                                 "torpedoed", "kaboom", "amidships", "submarine's",
                                 "scuppered", "battleships", "minesweeper's", "cruiser's")},
    **{fly: _POND for fly in ("dragonfly's", "skimming", "gauzy", "waterlilies",
                              "shimmering", "emerald", "perching", "whizzed",
                              "heavenward", "damselfly", "darting", "bulrushes")},
    **{stick: _RUG for stick in ("spillikin's", "teetering", "flicked",
                                 "spillikin", "prised", "heap's", "caved", "quivered",
                                 "nimbly", "spillikins", "shifted", "twitched")},
}
"""Clauses that would bear on a phrase with one of these words ("give leafie a ring"
before a budgie's chirping may be a call to her; "rinse the salty wetsuits" before a
lifeguard's call may be about the baths): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "no bombing in the shallows, no divebombing, youngsters. {}", "{}, battleships",
    "tweetaloo! {}", "{}, a whisker behind the fastest",
    "neddies, neddies! {}", "{}, a dragonfly's skimming",
    "slalom, weave, yip! {}", "{}, the spillikin's teetering",
    "no ducking your pals, no horseplay, splashers. {}", "{}, a splash, a dud",
    "contacts, yip yip. {}", "{} so, the bobsleigh's skidded",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "jennies, jennies! {}", "{}, what shimmering emerald",
    "chirrupee! {}", "{}, through the horseshoe curve",
    "chute, yip! {}", "{}, it quivered",
    "flume's closed, youngsters, armbands for the kiddies. {}", "{}, my frigate's torpedoed",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("no bombing in the
shallows"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("cockerel", "roundabout",
"nurseryman", "caravan") are never a clause's, so they stay."""

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


"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""


WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_fiftieth_data.py none of an
out-of-scope template)."""


FIFTIETH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("willowshed", "willow shed"), ("cupboard", "cubbard"), ("lasagne", "lazanya"),
    ("pickup", "pick up"), ("basketmaking", "basket making"), ("invoices", "invoyces"),
    ("siamese", "siameez"), ("osier", "ozier"), ("brownies", "brownys"),
    ("fletchery", "fletchry"), ("fletcher", "flecher"), ("badminton", "badmington"),
    ("medieval", "mediaeval"), ("longbow", "long bow"), ("tournament", "turnament"),
    ("magazines", "magazeens"), ("blackboard", "black board"), ("burmese", "burmeez"),
    ("perfumer", "perfumier"), ("stillroom", "still room"), ("atomiser", "atomizer"),
    ("scullery", "scullry"), ("bergamot", "bergamo"), ("neroli", "nerolly"),
    ("wetsuits", "wet suits"), ("whitebait", "white bait"), ("flacons", "flagons"),
    ("insurance", "insurence"), ("museum", "musem"), ("cabinet", "cabnet"),
    ("sphynx", "sphinx"),
]
"""The fiftieth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("rod soaker", "rodsoaker"), ("cricket whites", "cricketwhites"),
         ("airing cupboard", "airingcupboard"), ("garden centre", "gardencentre"),
         ("farmers market", "farmersmarket"), ("willow growers", "willowgrowers"),
         ("brass band", "brassband"), ("withy bundles", "withybundles"),
         ("osier rods", "osierrods"), ("misty windows", "mistywindows"),
         ("sandy porch", "sandyporch"), ("mossy path", "mossypath"),
         ("leafy lawn", "leafylawn"), ("boot room", "bootroom"),
         ("basket bases", "basketbases"), ("rattan cane", "rattancane"),
         ("picking knife", "pickingknife"), ("willow invoices", "willowinvoices"),
         ("bodkin tin", "bodkintin"), ("rapping irons", "rappingirons"),
         ("hockey stick", "hockeystick"), ("log store", "logstore"),
         ("archery club", "archeryclub"), ("medieval fair", "medievalfair"),
         ("cedar shafts", "cedarshafts"), ("arrow crester", "arrowcrester"),
         ("nock grooves", "nockgrooves"), ("feather vanes", "feathervanes"),
         ("inky pages", "inkypages"), ("rusty hinges", "rustyhinges"),
         ("fletching glue", "fletchingglue"), ("arrow points", "arrowpoints"),
         ("goose feathers", "goosefeathers"), ("cedar offcuts", "cedaroffcuts"),
         ("bow strings", "bowstrings"), ("leather quivers", "leatherquivers"),
         ("rugby boots", "rugbyboots"), ("perfume fair", "perfumefair"),
         ("bus station", "busstation"), ("scent atomiser", "scentatomiser"),
         ("musk oil", "muskoil"), ("neroli water", "neroliwater"),
         ("soapy bucket", "soapybucket"), ("sample vials", "samplevials"),
         ("scent blotters", "scentblotters"), ("bergamot oil", "bergamotoil"),
         ("formula cabinet", "formulacabinet"), ("glass stoppers", "glassstoppers"),
         ("amber flacons", "amberflacons"), ("blending evening", "blendingevening")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"willowshed": "willow-shed", "fletchery": "fletch-ery",
             "stillroom": "still-room", "pickup": "pick-up", "basketmaking": "basket-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftieth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit a {w} cover for the doorstop", "what's {w} in faroese, give or take",
        "doodle a {w} on the margin of the parish newsletter",
        "are {w} cheaper at the wholesaler's in rotherham",
        "hunt down a second hand {w} at the jumble sale in kendal",
        "how heavy is an average {w} in stones",
        "compose a soppy limerick about a {w}", "spell {w} in cornish, slowly",
    ],
    "routine command": [
        "strike {p} off the schedule forever", "talk me through {p} bit by bit",
        "cook up a snappier moniker for {p}, something alliterative",
        "clone {p} for the garden annexe by the greenhouse",
        "restrict {p} to the whitsun holidays", "trill twice whenever {p} gets going",
        "who's been meddling with {p} behind uncle's back",
        "might {p} be a smidge gentler on my ears",
    ],
    "word order": [
        "{b} trounces {a} each and every time", "{b} pips {a} by a short head, honestly",
        "flip {a} and {b} round, cheers ever so", "bin the {a}, treble the {b} instead",
        "{a} before {b}, or the other way round maybe", "a cartload of {b}, a thimbleful of {a}",
    ],
    "negation": [
        "let's give {p} a miss tonight, duck",
        "i'd prefer you didn't {p} while nana naps in the armchair",
        "on no account {p}, petal",
        "don't get going with {p} while i'm at the chiropodist's in hebden bridge",
        "nah, park {p} for yonks", "hang about, no {p} before elevenses, love",
    ],
    "cancellation": [
        "postpone {p} until the cousins from wolverhampton have gone",
        "{p} can hang fire until the plasterer's finished",
        "skip {p} for the week of the sheepdog trials in bala",
        "pause {p} until the roofers have packed up",
        "we'll ditch {p} over the may day weekend",
        "shelve {p} until pancake day has come and gone",
    ],
    "state question": [
        "is {p} chugging along right this second", "is {p} halfway done or all sorted",
        "did {p} go to plan before lunchtime",
        "has {p} given up or is it soldiering on",
        "has anybody seen to {p} since the milkman called",
        "did {p} get done the tuesday after the jumble sale",
    ],
    "past or story": [
        "the winter of the big snow {p} conked out too",
        "during the hosepipe ban of the coronation summer {p} went haywire",
        "my great uncle in whitby swore by {p} every lammas",
        "at the ruby wedding in the goole working men's club {p} carried on till dawn",
        "that whole damp haymaking season {p} was on its last legs",
        "when we rented above the bakery in scarborough we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the rag and bone man hollered {p} down the street",
        "a busker in the underpass crooned {p}",
        "my aunt signs off every letter with {p}",
        "a bloke on the night bus mumbled {p}",
        "the crossing warden at the infants shouted {p}",
        "our window fitter whistles {p} while he works",
    ],
    "contrast": [
        "{p} is only for when my sister drives the grandkids up from truro",
        "we only {p} when great grandad flies down from lerwick",
        "{p} is a twice a year luxury in this house",
        "{p} is strictly a shrove tuesday ritual round here",
        "we only {p} when the carnival procession comes through the village",
        "{p} is kept for when the archdeacon pops round",
    ],
    "hypothetical": [
        "suppose i baked you a flapjack to tempt you to {p}",
        "if i ever got into {p}, would you cope",
        "strictly between ourselves, could you {p} for a wager",
        "if {p} started at four in the morning would the cul-de-sac grumble",
        "imagine {p} going on during a thunderstorm",
        "what would you do if the verger's nephew begged you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my wick since the plumber left",
        "{p} let us down again at the golden jubilee party in cleethorpes",
        "{p} has been hopeless since the roofer called",
        "i'm sick to the back teeth of {p} since the frost came",
        "{p} is a proper thorn in my side this week",
        "{p} keeps conking out halfway through the shipping forecast",
    ],
    "opinion": [
        "{p} is the cat's whiskers and then some", "i'm tickled pink about {p}, honest to god",
        "{p} is a godsend for my knees, scout's honour",
        "{p} has made drizzly mondays almost bearable",
        "{p} is the smartest gadget this side of the humber",
        "{p} is first rate, hand on my heart",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the podiatrist's",
        "pester me about {p} once the darts is over",
        "make sure i don't forget to {p} on saturday after the car boot",
        "prod me to {p} after the weather forecast",
        "put {p} on friday's to do list", "jog my memory about {p} at the interval",
    ],
    "permission question": [
        "is my half sister's boyfriend's nephew allowed to {p}",
        "is the lodger's granddaughter permitted to {p}",
        "would the gas man be allowed to {p} on his own",
        "is my goddaughter permitted to {p} on pyjama party nights",
        "can the babysitter's brother {p} without checking first",
        "is the paper round lad from number twelve allowed to {p}",
    ],
    # the fiftieth's own
    "a prize cockerel named it": [
        "the prize cockerel at the poultry show is called {p}",
        "our prize cockerel is named {p}",
        "{p} is the prize cockerel with the red comb",
        "grandma named her prize cockerel {p}",
        "there's a prize cockerel in the poultry tent named {p}",
        "who'd call a prize cockerel {p}",
    ],
    "a canal boat cat named it": [
        "the canal boat cat at the wharf is called {p}",
        "our canal boat cat is named {p}",
        "{p} is the canal boat cat with the white paws",
        "my cousin named her canal boat cat {p}",
        "there's a canal boat cat at the moorings named {p}",
        "who'd name a canal boat cat {p}",
    ],
    "written in the sand on the beach": [
        "{p} is written in the sand on the beach",
        "someone wrote {p} in the sand on the beach",
        "the sand on the beach by the pier has {p} written in it",
        "the kids wrote {p} in the sand on the beach with a stick",
        "there's {p} written in the sand on the beach below the prom",
        "why write {p} in the sand on the beach",
    ],
    "on a bus's destination blind": [
        "the destination blind on the bus says {p}",
        "the number nineteen's destination blind just said {p}",
        "{p} is what the bus's destination blind reads",
        "the driver wound the destination blind round to {p}",
        "there's a bus in the depot with {p} on its destination blind",
        "why does the bus's destination blind say {p}",
    ],
    "spelt in flowers on a roundabout": [
        "{p} is spelt in flowers on the roundabout",
        "the council spelt {p} in flowers on the roundabout",
        "the roundabout by the bypass has {p} spelt in marigolds",
        "they planted {p} in flowers on every roundabout for the bloom contest",
        "there's a roundabout near the retail park with {p} spelt in begonias",
        "why spell {p} in flowers on a roundabout",
    ],
    "asking a nurseryman about an apple tree called it": [
        "excuse me, do you grow the apple tree called {p}",
        "we asked the nurseryman about an apple tree called {p}",
        "the nurseryman had never heard of an apple tree called {p}",
        "can the nurseryman get hold of the apple tree called {p}",
        "i'll ask the nurseryman about that apple tree called {p}",
        "does the nurseryman stock an apple tree called {p}",
    ],
    "the night watchman's tale about it": [
        "the night watchman told us a tale about {p}",
        "in the night watchman's tale {p} scared off the burglars",
        "{p}, said the night watchman, was how the old tale went",
        "the night watchman's tale finished with {p}",
        "the night watchman spun a long tale about {p}",
        "why does the night watchman always tell that tale about {p}",
    ],
    "the tram conductor's catchphrase": [
        "our old tram conductor's catchphrase was {p}",
        "{p} is the tram conductor's catchphrase",
        "the tram conductor shouts his catchphrase {p} whenever the tram lurches",
        "the passengers copy the tram conductor's catchphrase, {p}",
        "the tram conductor called out his catchphrase {p} at every stop",
        "why is {p} the tram conductor's catchphrase",
    ],
    "forbidden by the caravan site rules": [
        "the caravan site rules say no {p}",
        "under the caravan site rules we can't {p}",
        "{p} is forbidden by the caravan site rules",
        "the caravan site rules forbid pitch holders to {p}",
        "according to the caravan site rules nobody may {p}",
        "why would the caravan site rules forbid {p}",
    ],
    "an untaught request joined to it by not to mention": [
        "{p} not to mention defrost the freezer",
        "{p}, not to mention arrange a chimney sweep",
        "repoint the brickwork not to mention {p}",
        "{p} not to mention regrout the shower",
        "clear the gutters, not to mention {p}",
        "{p} not to mention update the laptop",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} sugar nips", "{} grape scissors", "{} spoon warmer", "{} muffin dish",
    "{} crumb scoop", "{} bread crock", "{} glove stretcher", "{} spill vase",
    "{} tobacco jar", "{} stirrup cup",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

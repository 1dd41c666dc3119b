"""The words of the fifty-sixth held-out resolver set
(benchmarks/_resolver_fiftysixth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a charcoal burner's hut in the
coppice with the kilnyard by the clearing, where Blaise burns charcoal, with his wife
Nita, their daughters Masha and Salva, a cat Charcoal and a lurcher Brash (seed 560); a
coracle maker's cottage with the lathhouse by the weir, where Dona builds coracles,
with her wife Milla, their daughters Lona and Pola, a cat Pitch and a terrier Calico
(561); and a glover's terrace with the glovery above the shop, where Sima makes gloves,
with her wife Sola, their daughters Bita and Holda, a cat Nappa and a spaniel Gusset
(562). Its people and pets are named in ways no earlier set names them: after what a
charcoal burner makes or clears ("feed charcoal" beside "stack the charcoal sacks",
"brush brash" beside "burn the brash pile"), what a coracle is sealed or covered with
("feed pitch" beside "heat the pitch kettle", "brush calico" beside "stretch the calico
covers") or the leather and the piece a glover cuts ("feed nappa" beside "cut the nappa
panels", "brush gusset" beside "stitch the gusset strips"); and with names a recogniser
writes as the word they sound like, most as a speaker who sounds no "r" after a vowel
says both: tidier ("nita" as "neater", beside "make the log stacks
neater"), a thing that mashes ("masha" as "masher", beside "wash the potato masher"), a
tray ("salva" as "salver", beside "polish the silver salver"), one who gives blood
("dona" as "donor", beside "book the blood donor session"), one who mills ("milla" as
"miller", beside "ring the corn miller"), a thing lent ("lona" as "loaner", beside
"return the loaner bike"), of the poles ("pola" as "polar", beside "wash the polar
fleece"), a machine that seams ("sima" as "seamer", beside "oil the glove seamer"), of
the sun ("sola" as "solar", beside "clean the solar panels"), a whisk ("bita" as
"beater", beside "wash the egg beater") and a stand ("holda" as "holder", beside
"refill the candle holder"); and, in any accent, a fire ("blaise" as "blaze", beside
"damp down the bonfire blaze"). A name that is also a word of another phrase of its
home ("charcoal", "brash", "pitch", "calico", "nappa", "gusset") has no other spelling,
so the word is never respelt as the name. Each teaches 22 of its own routines with the
generic pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("masha's
netball at five" beside "masha's netball at four", "bagger off" beside "bagger on"), are
never taught there. Phrases come in every shape: one word ("coppicing", "coracling",
"glovemaking"), two nouns ("riddle screens", "seat boards", "thumb patterns"), nested
("bagger on" inside "charcoal bagger on", "bender on" inside "lath bender on", "clicker
on" inside "leather clicker on"), words shared across phrases ("lock the kilnyard" and
"kilnyard light on", "feed charcoal" and "stack the charcoal sacks"), numbers and times
("masha's netball at four", "holda's chess at nine"), places ("kilnyard heater on",
"lathhouse dryer on", "glovery humidifier on"), verbs first ("wash the potato masher",
"wash the polar fleece") and nouns first ("sachets for the lykoi"), questions ("how
many kilns are lit", "how many coracles are tarred", "how many pairs are stitched"),
and a chore of several clauses ("we're off to the craft fair so feed nappa and give
bita a ring and lock the glovery").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("neater" for "nita", "blaze" for "blaise", "holder" for "holda"): the same person, so
"text neater about the folk club tickets" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a chestnut seller on the high street first
("chestnuts, roasting chestnuts, a bagful for sixpence. X"), a nightjar churring on the
heath first, one word no dictionary of the speaker's has ("churrrr! X"), calling the
sheep in off the common first ("yowes, yowes! X"), a punch and judy professor at the
seaside first ("that's the way to do it, judy! X"), a remark on a hot air balloon drifting
over after ("X, the balloonists are waving"), a remark on the swifts round the chimneys
after ("X, the swifts are here"), a game of buckaroo at the table after ("X,
buckaroo"), a remark on the northern lights over the hill after ("X, the aurora's
flickering"); the phrase between a call to the sheep and a swifts remark ("yowes,
yowes! X, the swifts are here"), and the phrase said in the middle of a chestnut
seller's cry, which goes on after it ("chestnuts, roasting chestnuts, X, a bagful for
sixpence"). Some are joined with "and", "so", "then" or "oh and". No word of a clause
but its function words is a word of this set's pools or the generic pool, and its
distinctive words are no earlier set's wrappers' nor any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a church bell named it, a guinea pig named it, a
cheese named it, a sheepdog named it, a climbing route named it, a gin named it,
scrawled in the dust on a van, knitted into a jumper, carved on a walking stick and
painted on a garden shed.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

BURNER = "charcoal burner's hut in the coppice with the kilnyard by the clearing"
CORACLE = "coracle maker's cottage with the lathhouse by the weir"
GLOVER = "glover's terrace with the glovery above the shop"
HOMES: dict[int, str] = {560: BURNER, 561: CORACLE, 562: GLOVER}

FIFTYSIXTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    BURNER: {
        "Charcoal": ["feed charcoal", "sachets for the lykoi"],
        "Brash": ["brush brash"],
        "Blaise": ["ring blaise", "call the charcoal burner", "phone blaise"],
        "Nita": ["drop nita a line", "send nita a text"],
        "Nita and Masha": ["message nita and masha"],
        "Masha": ["give masha a ring", "give masha a bell", "call masha back"],
        "Salva": ["tell salva her euphonium is on the dresser"],
        "Salva ring": ["give salva a ring", "phone salva"],
        "Salva lift": ["ask salva for a lift to the county show"],
        "Masha supper": ["tell masha her toad in the hole is ready"],
        "Masha lift": ["ask masha for a lift to the village hall"],
        "Blaise wood": ["text blaise about the cordwood delivery"],
        "Nita tickets": ["text nita about the folk club tickets"],
        "Nita ring": ["give nita a ring", "ring nita back"],
        "Blaise keys": ["ask blaise for the landrover keys"],
        "Bagger": ["bagger on"],
        "Charcoal bagger": ["charcoal bagger on"],
        "Kilnyard heater": ["kilnyard heater on"],
        "Brash pile": ["burn the brash pile"],
        "Charcoal sacks": ["stack the charcoal sacks"],
        "Blaze": ["damp down the bonfire blaze"],
        "Neater": ["make the log stacks neater"],
        "Masher": ["wash the potato masher"],
        "Salver": ["polish the silver salver"],
        "Kilns": ["how many kilns are lit"],
        "Log lorry": ["has the log lorry come"],
        "Netball": ["masha's netball at four"],
        "Guides": ["salva's guides at seven"],
        "Kiln lids": ["seal the kiln lids", "clamp the kiln lids"],
        "Cordwood": ["count the cordwood stacks", "tally the cordwood stacks"],
        "Billhooks": ["order more billhooks", "restock the billhooks"],
        "Coppicing": ["coppicing", "coppicing morning"],
        "Kilnyard": ["lock the kilnyard"],
        "Kilnyard light": ["kilnyard light on"],
        "Deer fence": ["mend the deer fence"],
        "Forestry invoices": ["post the forestry invoices"],
        "Riddle screens": ["riddle screens"],
        "Tarpaulin covers": ["tarpaulin covers"],
        # long
        "Steam fair": ["we're off to the steam fair so feed charcoal and give masha a ring "
                       "and lock the kilnyard"],
    },
    CORACLE: {
        "Pitch": ["feed pitch", "tuna for the toyger"],
        "Calico": ["brush calico"],
        "Dona": ["ring dona", "call the coracle maker", "phone dona"],
        "Milla": ["drop milla a line", "send milla a text"],
        "Milla and Lona": ["message milla and lona"],
        "Lona": ["give lona a ring", "phone lona", "ring lona back"],
        "Pola": ["tell pola her hockey stick is by the back door"],
        "Pola ring": ["give pola a bell", "phone pola", "ring pola back"],
        "Pola lift": ["ask pola for a lift to the leisure centre",
                      "ask pola to drive me to the leisure centre"],
        "Lona supper": ["tell lona her fish pie is ready"],
        "Dona and Pola": ["message dona and pola"],
        "Dona lift": ["ask dona for a lift to the ferry slipway"],
        "Milla card": ["send milla a birthday card", "post milla a birthday card"],
        "Dona laths": ["text dona about the ash lath order",
                       "email dona about the ash lath order"],
        "Milla choir": ["text milla about the choir practice"],
        "Milla ring": ["give milla a ring", "phone milla back"],
        "Bender": ["bender on"],
        "Lath bender": ["lath bender on"],
        "Lathhouse dryer": ["lathhouse dryer on"],
        "Coracles": ["how many coracles are tarred"],
        "Bitumen": ["has the bitumen tin come"],
        "Hockey": ["pola's hockey at five"],
        "Cello": ["lona's cello at eight"],
        "Pitch kettle": ["heat the pitch kettle"],
        "Calico covers": ["stretch the calico covers"],
        "Miller": ["ring the corn miller"],
        "Donor": ["book the blood donor session"],
        "Loaner": ["return the loaner bike"],
        "Polar": ["wash the polar fleece"],
        "Ash paddles": ["oil the ash paddles", "sand the ash paddles"],
        "Coracle orders": ["count the coracle orders", "tally the coracle orders"],
        "Willow rods": ["order more willow rods", "restock the willow rods"],
        "Coracling": ["coracling", "coracling afternoon"],
        "Lathhouse": ["lock the lathhouse"],
        "Lathhouse light": ["lathhouse light on"],
        "Gunwales": ["weave the hazel gunwales"],
        "River fee": ["pay the river licence fee"],
        "Seat boards": ["seat boards"],
        "Carrying straps": ["carrying straps"],
        # long
        "Regatta": ["we're off to the coracle regatta so feed pitch and give lona a ring "
                    "and lock the lathhouse"],
    },
    GLOVER: {
        "Nappa": ["feed nappa", "salmon for the sokoke"],
        "Gusset": ["brush gusset"],
        "Sima": ["ring sima", "call the glover", "phone sima"],
        "Sola": ["drop sola a line", "send sola a text"],
        "Sola and Bita": ["message sola and bita"],
        "Bita": ["give bita a ring", "phone bita"],
        "Holda shoes": ["tell holda her tap shoes are under the stairs"],
        "Sima kidskin": ["text sima about the kidskin order"],
        "Holda": ["text holda about the geography field trip"],
        "Holda ring": ["give holda a ring", "phone holda"],
        "Holda lift": ["ask holda for a lift to the bowling green"],
        "Sola and Holda": ["message sola and holda"],
        "Clicker": ["clicker on"],
        "Leather clicker": ["leather clicker on"],
        "Glovery humidifier": ["glovery humidifier on"],
        "Nappa panels": ["cut the nappa panels"],
        "Gusset strips": ["stitch the gusset strips"],
        "Seamer": ["oil the glove seamer"],
        "Solar": ["clean the solar panels"],
        "Beater": ["wash the egg beater"],
        "Holder": ["refill the candle holder"],
        "Pairs": ["how many pairs are stitched"],
        "Deerskin": ["have the deerskin hides been delivered"],
        "Tap": ["bita's tap at six"],
        "Chess": ["holda's chess at nine"],
        "Glove forms": ["dust the glove forms", "tidy the glove forms"],
        "Glove orders": ["count the glove orders", "tally the glove orders"],
        "Press studs": ["order more press studs", "restock the press studs"],
        "Glovemaking": ["glovemaking", "glovemaking weekend"],
        "Glovery": ["lock the glovery"],
        "Glovery light": ["glovery light on"],
        "Pearl buttons": ["sort the pearl buttons"],
        "Market licence": ["renew sima's market licence"],
        "Thumb patterns": ["thumb patterns"],
        "Cuff linings": ["cuff linings"],
        # long
        "Craft fair": ["we're off to the craft fair so feed nappa and give bita a ring "
                       "and lock the glovery"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    BURNER: {
        "Netball five": ["masha's netball at five"],
        "Guides eight": ["salva's guides at eight"],
        "Bagger off": ["bagger off"],
        "Charcoal bagger off": ["charcoal bagger off"],
        "Kilnyard light off": ["kilnyard light off"],
        "Unlock kilnyard": ["unlock the kilnyard"],
        "Blaise firewood": ["text blaise about the firewood delivery"],
        "Loppers": ["order more loppers"],
        "Kindling bundles": ["count the kindling bundles"],
        "Potato peeler": ["wash the potato peeler"],
        "Pewter salver": ["polish the pewter salver"],
        "Kilnyard heater off": ["kilnyard heater off"],
    },
    CORACLE: {
        "Hockey six": ["pola's hockey at six"],
        "Cello nine": ["lona's cello at nine"],
        "Bender off": ["bender off"],
        "Lath bender off": ["lath bender off"],
        "Lathhouse light off": ["lathhouse light off"],
        "Unlock lathhouse": ["unlock the lathhouse"],
        "Dona willow": ["text dona about the willow rod order"],
        "Tarred twine": ["order more tarred twine"],
        "Paddle orders": ["count the paddle orders"],
        "Canvas covers": ["stretch the canvas covers"],
        "Flour miller": ["ring the flour miller"],
        "Lathhouse dryer off": ["lathhouse dryer off"],
    },
    GLOVER: {
        "Tap seven": ["bita's tap at seven"],
        "Chess ten": ["holda's chess at ten"],
        "Clicker off": ["clicker off"],
        "Leather clicker off": ["leather clicker off"],
        "Glovery light off": ["glovery light off"],
        "Unlock glovery": ["unlock the glovery"],
        "Sima pigskin": ["text sima about the pigskin order"],
        "Snap fasteners": ["order more snap fasteners"],
        "Mitten orders": ["count the mitten orders"],
        "Suede panels": ["cut the suede panels"],
        "Soap holder": ["refill the soap holder"],
        "Glovery humidifier off": ["glovery humidifier off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the charcoal burner's hut
    {"we're off to the steam fair so feed charcoal and give masha a ring and lock the "
     "kilnyard", "i'm leaving", "goodbye house", "feed charcoal", "give masha a ring",
     "lock the kilnyard"},
    {"feed charcoal", "sachets for the lykoi", "feed the lykoi"},
    {"ring blaise", "call the charcoal burner", "ring the charcoal burner", "phone blaise"},
    # the coracle maker's cottage
    {"we're off to the coracle regatta so feed pitch and give lona a ring and lock the "
     "lathhouse", "i'm leaving", "goodbye house", "feed pitch", "give lona a ring",
     "lock the lathhouse"},
    {"feed pitch", "tuna for the toyger", "feed the toyger"},
    {"ring dona", "call the coracle maker", "ring the coracle maker", "phone dona"},
    # the glover's terrace
    {"we're off to the craft fair so feed nappa and give bita a ring and lock the "
     "glovery", "i'm leaving", "goodbye house", "feed nappa", "give bita a ring",
     "lock the glovery"},
    {"feed nappa", "salmon for the sokoke", "feed the sokoke"},
    {"ring sima", "call the glover", "ring the glover", "phone sima"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the lykoi" where the lykoi is Charcoal).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"charcoal", "brash", "blaise", "nita", "masha", "masha's", "salva", "salva's",
         "pitch", "calico", "dona", "milla", "lona", "lona's", "pola", "pola's",
         "nappa", "gusset", "sima", "sima's", "sola", "bita", "bita's", "holda",
         "holda's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as tidier, a thing that mashes, a tray
    "nita": ("neater",), "masha": ("masher",), "masha's": ("masher's",),
    "salva": ("salver",), "salva's": ("salver's",),
    # written as one who gives blood, one who mills, a thing lent, of the poles
    "dona": ("donor",), "milla": ("miller",), "lona": ("loaner",),
    "lona's": ("loaner's",), "pola": ("polar",), "pola's": ("polar's",),
    # written as a machine that seams, of the sun, a whisk, a stand
    "sima": ("seamer",), "sima's": ("seamer's",), "sola": ("solar",),
    "bita": ("beater",), "bita's": ("beater's",), "holda": ("holder",),
    "holda's": ("holder's",),
    # written as a fire
    "blaise": ("blaze",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-ar", "-er" or "-or" are one sound, so "nita" and "neater",
"masha" and "masher", "salva" and "salver", "dona" and "donor", "milla" and "miller",
"lona" and "loaner", "pola" and "polar", "sima" and "seamer", "sola" and "solar",
"bita" and "beater", "holda" and "holder" are each one sound; "blaise" and "blaze" are
one sound in any accent."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "sachets": ("biscuits",), "lykoi": ("persian",), "brush": ("bath",),
    "lock": ("sweep",), "burner": ("sweep",), "text": ("visit",),
    "euphonium": ("trombone",), "dresser": ("piano",), "county": ("flower",),
    "village": ("church",), "hall": ("porch",), "cordwood": ("sawdust",),
    "delivery": ("invoice",), "folk": ("jazz",),
    "tickets": ("programmes",), "landrover": ("tractor",), "keys": ("papers",),
    "bagger": ("roller",), "kilnyard": ("barn",), "heater": ("fan",),
    "burn": ("shift",), "brash": ("bracken",),
    "stack": ("weigh",), "sacks": ("crates",), "damp": ("stoke",),
    "bonfire": ("barbecue",),
    "neater": ("higher",),
    "masher": ("sieve",), "polish": ("wash",),
    "silver": ("copper",), "salver": ("jug",), "kilns": ("stoves",),
    "lit": ("cold",), "log": ("milk",), "netball": ("rounders",),
    "guides": ("brownies",), "seal": ("check",), "clamp": ("vent",),
    "kiln": ("stove",), "lids": ("doors",), "count": ("sort",), "tally": ("sort",),
    "stacks": ("invoices",), "billhooks": ("axes",), "coppicing": ("hedging",),
    "morning": ("evening",), "mend": ("paint",), "deer": ("rabbit",),
    "fence": ("gate",), "forestry": ("council",), "invoices": ("receipts",),
    "riddle": ("window",), "tarpaulin": ("plastic",),
    "covers": ("curtains",), "steam": ("flower",), "fair": ("market",),
    "tuna": ("prawns",), "toyger": ("siamese",), "coracle": ("canoe",),
    "hockey": ("lacrosse",), "stick": ("bag",),
    "door": ("gate",), "centre": ("pool",),
    "fish": ("cottage",), "pie": ("pasty",),
    "slipway": ("cafe",), "birthday": ("thank you",), "card": ("note",),
    "ash": ("oak",), "lath": ("plank",), "choir": ("band",), "practice": ("concert",),
    "bender": ("planer",), "lathhouse": ("workshop",), "dryer": ("dehumidifier",),
    "coracles": ("canoes",), "tarred": ("sold",), "bitumen": ("varnish",),
    "cello": ("oboe",), "heat": ("empty",), "pitch": ("glue",),
    "stretch": ("trim",), "calico": ("canvas",),
    "corn": ("oat",), "miller": ("baker",), "book": ("cancel",), "blood": ("bone marrow",),
    "donor": ("test",), "session": ("talk",), "return": ("collect",),
    "loaner": ("tandem",), "bike": ("car",), "wash": ("mend",), "polar": ("picnic",),
    "fleece": ("bear",), "oil": ("paint",), "sand": ("varnish",),
    "paddles": ("oars",), "orders": ("returns",), "willow": ("hazel",),
    "coracling": ("canoeing",), "afternoon": ("evening",),
    "weave": ("trim",), "hazel": ("birch",), "gunwales": ("seats",),
    "river": ("fishing",), "fee": ("rent",),
    "seat": ("floor",),
    "straps": ("handles",),
    "salmon": ("chicken",), "sokoke": ("bengal",), "glover": ("cobbler",),
    "tap": ("ballet",), "shoes": ("tights",), "stairs": ("bed",),
    "kidskin": ("calfskin",), "geography": ("history",),
    "trip": ("concert",), "bowling": ("putting",),
    "clicker": ("splitter",), "leather": ("card",), "glovery": ("studio",),
    "humidifier": ("fan",), "cut": ("dye",), "nappa": ("suede",),
    "panels": ("patches",), "stitch": ("glue",), "gusset": ("cuff",),
    "strips": ("tabs",), "glove": ("sewing",),
    "clean": ("check",), "solar": ("fence",), "egg": ("cake",), "beater": ("tin",),
    "refill": ("empty",), "candle": ("pen",), "holder": ("pot",),
    "pairs": ("mittens",), "stitched": ("lined",), "deerskin": ("goatskin",),
    "delivered": ("collected",), "chess": ("drama",),
    "dust": ("pack",), "tidy": ("empty",),
    "studs": ("hooks",), "glovemaking": ("weaving",),
    "weekend": ("fortnight",), "sort": ("bag",), "pearl": ("brass",),
    "buttons": ("poppers",), "renew": ("cancel",), "market": ("street",),
    "thumb": ("palm",), "cuff": ("collar",),
    "linings": ("trims",), "craft": ("book",),
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
("masha's netball at quarter past four" for "masha's netball at four", "feed the
persian"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_SELLER = [
    ("chestnuts, roasting chestnuts", "a bagful for sixpence"),
    ("roasties, roasties", "chestnutty and charred"),
    ("hotties for tuppence", "roasted, a scoopful"),
    ("a scoopful, a bagful", "chestnuts, roasting"),
    ("roasted chestnuts, tuppence", "charred, blistered"),
    ("chestnutty roasties", "hotties, twopence"),
    ("chestnuts, hotties", "a bagful, roasted"),
    ("twopence a scoopful", "roasties, blistered"),
]
_CHURRS = [
    "churrrr", "chirrrr", "jurrrr", "churrrk", "vrrrrr",
    "kooik, kooik", "whirrrr", "chrrrr", "urrrrr",
]
_SHEEP = [
    "yowes, yowes", "hoggs, hoggs", "ewies, ewies", "sheepies, sheepies",
    "lambkins, lambkins", "yowes, hoggets", "shearlings, shearlings", "lambies, yowes",
    "hoggies, hoggies",
]
_BOOTH = [
    "that's the way to do it, judy", "judy, judy", "the crocodile's snapping",
    "punchinello, punchinello", "slapstick, slapstick", "the crocodile's sneaking",
    "judy and the crocodile", "swazzle, punchinello",
]
_SWIFTS = [
    "the swifts are here", "swifts, scything", "a swift's nesting",
    "the screamers are zipping", "dozens of swifts", "a screamer's diving",
    "more swifts", "the swifts are screeching",
]
_BALLOON = [
    "the balloonists are waving", "that gasbag's sinking", "a montgolfier, descending",
    "its gondola's grazing the rooftops", "ballast overboard", "the montgolfier's descending",
    "another montgolfier", "the gasbag's descending",
]

WRAPPERS: dict[str, list[str]] = {
    "a chestnut seller on the high street, said first": [
        f"{a}, {b}. {{}}" for a, b in _SELLER[:6]
    ] + [f"{_SELLER[6][0]}, {_SELLER[6][1]}, then {{}}",
         f"{_SELLER[7][0]}, {_SELLER[7][1]}, oh and {{}}"],
    "a nightjar churring on the heath, said first": [
        f"{_CHURRS[0]}! {{}}", f"{_CHURRS[1]}! {{}}", f"{_CHURRS[2]}. {{}}",
        f"{_CHURRS[3]}! {{}}", f"{_CHURRS[4]}. {{}}", f"{_CHURRS[5]}! {{}}",
        f"{_CHURRS[6]}, then {{}}", f"{_CHURRS[7]}, oh and {{}}", f"{_CHURRS[8]}! {{}}",
    ],
    "calling the sheep in off the common, said first": [
        f"{_SHEEP[0]}! {{}}", f"{_SHEEP[1]}. {{}}", f"{_SHEEP[2]}! {{}}",
        f"{_SHEEP[3]}. {{}}", f"{_SHEEP[4]}! {{}}", f"{_SHEEP[5]}. {{}}",
        f"{_SHEEP[6]}, then {{}}", f"{_SHEEP[7]}, oh and {{}}",
        f"{_SHEEP[8]}! {{}}",
    ],
    "a punch and judy professor at the seaside, said first": [
        f"{_BOOTH[0]}! {{}}", f"{_BOOTH[1]}! {{}}", f"{_BOOTH[2]}! {{}}",
        f"{_BOOTH[3]}. {{}}", f"{_BOOTH[4]}. {{}}", f"{_BOOTH[5]}! {{}}",
        f"{_BOOTH[6]}, then {{}}", f"{_BOOTH[7]}, oh and {{}}",
    ],
    "a remark on a hot air balloon drifting over, said after": [
        f"{{}}, {d}" for d in _BALLOON[:6]
    ] + [f"{{}} and, {_BALLOON[6]}", f"{{}} so, {_BALLOON[7]}"],
    "a remark on the swifts round the chimneys, said after": [
        f"{{}}, {d}" for d in _SWIFTS[:6]
    ] + [f"{{}} and, {_SWIFTS[6]}", f"{{}} so, {_SWIFTS[7]}"],
    "a game of buckaroo at the table, said after": [
        "{}, buckaroo", "{}, he's bucked", "{}, the mule's kicked",
        "{}, the bedroll's catapulted", "{}, bucked again", "{}, buckaroo's bucked it",
        "{} and, another buckaroo", "{} so, the mule bucked",
    ],
    "a remark on the northern lights over the hill, said after": [
        "{}, the aurora's flickering", "{}, the aurora's greenish", "{}, borealis, pinkish",
        "{}, streaks, rippling", "{}, the skyline's glimmering", "{}, flickering pinkish",
        "{} and, another aurora", "{} so, the aurora's rippling",
    ],
    "between a call to the sheep and a swifts remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_SHEEP[:3], _SWIFTS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_SHEEP[3:5], _SWIFTS[3:5], strict=True)]
      + [f"{_SHEEP[5]}! {{}}, {_SWIFTS[5]}",
         f"{_SHEEP[6]}. {{}} and, {_SWIFTS[6]}",
         f"{_SHEEP[7]}. {{}} so, {_SWIFTS[7]}"],
    "in the middle of a chestnut seller's cry": [
        f"{a}, {{}}, {b}" for a, b in _SELLER[:6]
    ] + [f"{_SELLER[6][0]}, {{}} and, {_SELLER[6][1]}",
         f"{_SELLER[7][0]}, {{}} so, {_SELLER[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYSIXTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("lit", "tarred",
"stitched"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_OUTINGS = {"netball", "guides", "hockey", "cello", "tap", "chess", "choir", "practice",
            "folk", "club", "tickets", "county", "show", "steam", "fair", "regatta",
            "craft", "lift", "village", "hall", "leisure", "centre", "slipway", "ferry",
            "bowling", "green", "geography", "field", "trip", "shoes", "stick"}
"""Requests about a child's club or lesson, a show, a fair, a regatta or an outing and a
lift to it: a game, a show or a cry said beside them could be about the same outing."""
_PETS = {"feed", "sachets", "tuna", "salmon", "lykoi", "toyger", "sokoke", "charcoal",
         "brash", "pitch", "calico", "nappa", "gusset", "brush", "cat", "dog", "walk",
         "walking"}
"""Requests about the cats and dogs (what hunts on a heath, what chases sheep, what a
call could be to)."""
_FIRE = {"burn", "blaze", "bonfire", "damp", "heat", "heater", "kiln", "kilns", "lit",
         "fire", "fireplace", "coal", "candle", "kettle", "charcoal", "bagger"}
"""Requests about a fire, a flame or heat (a roasting brazier, a balloon's burner)."""
_STREET = _SAID_TO | _FIRE | {
    "quiet", "loud", "noise", "sounds", "fair", "show", "market", "street", "licence",
    "steam", "craft", "county", "regatta", "village", "hall", "music", "party", "game",
    *_NUMBERS, "count", "tally", "pay", "fee", "order", "restock", "ready", "supper",
    "dinner", "lunch", "food", "toad", "hole", "fish", "pie", "tuna", "salmon", "sachets",
    "sacks", "stack", "coffee", "cook", "cooking", "oven", "shopping", "buy"}
"""Requests a chestnut seller's cry could bear on (a street, a market, a fair or a show,
food and its price, a count, a fire to roast on, a bag of something, its noise), and a
message: the cry goes on after the phrase in the middle kind, and could
be heard as its words."""
_HEATH = _PETS | {"quiet", "loud", "noise", "sounds", "sleep", "sleeping", "nap", "wake",
                  "night", "evening", "dark", "garden", "brash", "burn", "blaze",
                  "bonfire", "fire", "coppicing", "hazel", "deer", "fence", "light",
                  "lights", "kilnyard"}
"""Requests a nightjar churring could bear on (the night and its noise, the heath and
the woods it nests by, fires on it, the cats that stalk it)."""
_COMMON = _PETS | {"quiet", "loud", "noise", "sounds", "night", "evening", "garden",
                   "field", "gate", "fence", "deer", "fleece", "polar", "wash", "county",
                   "show", "village", "green", "lorry", "lock", "unlock", "count", "tally",
                   *_NUMBERS}
"""Requests calling the sheep in could bear on (the flock and their fleece, the fields,
the green, gates and fences, their being shut in, a count of them, a show or a lorry
they go to, the dogs that chase them)."""
_PUPPETS = _TELLY | _OUTINGS | {"party", "game", "music", "baby", "stick", "beater",
                                "egg", "hockey", "show", "fish",
                                "pie", "supper", "ready", "dinner", "lunch", "food",
                                "toad", "hole", "count", "tally", *_NUMBERS}
"""Requests a punch and judy professor could bear on (a show and its telly, an outing,
a stick and what is beaten, the food of the show, a count)."""
_SKY = _SAID_TO | _ASKED | _FIRE | {"roof", "solar", "panels", "clean", "weather",
                                    "lift", "drive", "trip", "fair", "show", "regatta",
                                    "count", "tally", *_NUMBERS, "sacks", "stack",
                                    "garden", "field", "light", "lights"}
"""Requests a remark on a hot air balloon could bear on (the sky and the roofs it
skims, the fire that lifts it, a show or a trip, its ballast sacks, a count)."""
_CHIMNEYS = _SAID_TO | _ASKED | _PETS | {"roof", "solar", "panels", "clean", "sweep",
                                         "garden", "quiet", "loud",
                                         "noise", "sounds", "evening", "night", "count",
                                         "tally", *_NUMBERS, "fireplace", "fire"}
"""Requests a remark on the swifts could bear on (the roofs and chimneys they nest in,
their noise, the evening they fly in, the cats, a count)."""
_GAMES = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "stack", "sacks", "pile",
                                                  "bagger", "lorry", "straps",
                                                  "carrying", "music", "radio"}
"""Requests a game of buckaroo could bear on (a game and its count, a load stacked and
carried, a party)."""
_AURORA = _SAID_TO | _ASKED | _FIRE | {"light", "lights", "lamp", "night", "evening",
                                       "dark", "solar", "panels", "sky", "weather",
                                       "curtains", "blinds", "photos", "camera",
                                       "garden", "quiet", "bedtime", "sunset"}
"""Requests a remark on the northern lights could bear on (lights, the night sky and
its dark, the sun, a glow, a photograph)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a chestnut seller's cry bears on a street, food and its price, a fire)
    **{cry: _STREET for cry in ("chestnuts", "roasting", "roasties", "bagful", "sixpence",
                                "chestnutty", "charred", "hotties", "tuppence", "roasted",
                                "scoopful", "blistered", "twopence")},
    # (a nightjar churring bears on the night, the heath, its fires, the cats)
    **{churr: _HEATH for churr in ("churrrr", "chirrrr", "jurrrr", "churrrk", "vrrrrr",
                                   "kooik", "whirrrr", "chrrrr", "urrrrr")},
    # (calling the sheep in bears on the flock, the fields, their folds, the dogs)
    **{call: _COMMON for call in ("yowes", "hoggs", "ewies", "sheepies", "lambkins",
                                  "hoggets", "shearlings", "lambies", "hoggies")},
    # (a punch and judy professor bears on a show, an outing, a stick, its food)
    **{line: _PUPPETS for line in ("judy", "crocodile's", "snapping",
                                   "punchinello", "slapstick", "sneaking", "crocodile",
                                   "swazzle")},
    # (a balloon remark, a swifts remark, a buckaroo call or an aurora remark after a
    # request could be what it is about or the words of a message; said after a
    # question, an answer)
    **{balloon: _SKY for balloon in ("balloonists", "waving", "gasbag's", "sinking",
                                     "montgolfier", "montgolfier's", "descending",
                                     "gondola's", "grazing", "rooftops", "overboard",
                                     "ballast")},
    **{swift: _CHIMNEYS for swift in ("swifts", "scything", "swift's", "nesting",
                                      "screamers", "zipping", "dozens", "screeching",
                                      "screamer's", "diving")},
    **{game: _GAMES for game in ("buckaroo", "bucked", "mule's", "kicked", "bedroll's",
                                 "catapulted", "buckaroo's", "mule")},
    **{sky: _AURORA for sky in ("aurora's", "flickering", "greenish", "borealis",
                                "pinkish", "streaks", "rippling", "skyline's",
                                "glimmering", "aurora")},
}
"""Clauses that would bear on a phrase with one of these words ("give masha a ring"
after a buckaroo call may be the call; "burn the brash pile" before a nightjar churrs
is about the heath it nests on): never said around it, so the clause stays beside the
request and says nothing of it."""

OOS_WRAPPERS = [
    "chestnuts, roasting chestnuts, a bagful for sixpence. {}", "{}, buckaroo",
    "churrrr! {}", "{}, the balloonists are waving",
    "yowes, yowes! {}", "{}, the swifts are here",
    "that's the way to do it, judy! {}", "{}, the aurora's flickering",
    "a scoopful, a bagful, chestnuts, roasting. {}", "{}, the bedroll's catapulted",
    "punchinello, punchinello. {}", "{} so, the gasbag's descending",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "hoggs, hoggs! {}", "{}, swifts, scything",
    "chirrrr! {}", "{}, that gasbag's sinking",
    "judy, judy! {}", "{}, the aurora's greenish",
    "roasties, roasties, chestnutty and charred. {}", "{}, bucked again",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("chestnuts roasting
chestnuts", "that's the way to do it judy"), struck (longest first) wherever it is said,
before single words. Only whole stretches are struck: the out-of-scope kinds' own words
("bell", "gin", "jumper", "shed") are never a clause's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftysixth_data.py none of an
out-of-scope template)."""


FIFTYSIXTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("kilnyard", "kiln yard"), ("lykoi", "likoy"), ("euphonium", "euphonyum"),
    ("dresser", "dressa"), ("cordwood", "cord wood"), ("landrover", "land rover"),
    ("bagger", "baga"), ("bonfire", "bon fire"),
    ("billhooks", "bill hooks"), ("coppicing", "coppising"), ("forestry", "forrestry"),
    ("tarpaulin", "tarpolin"), ("netball", "net ball"), ("toyger", "toiger"),
    ("coracle", "corracle"), ("lathhouse", "lath house"), ("leisure", "lezure"),
    ("slipway", "slip way"), ("bitumen", "bitchumen"), ("gunwales", "gunnels"),
    ("coracling", "corracling"), ("regatta", "regata"), ("cello", "chello"),
    ("sokoke", "sokokee"), ("glovery", "glovary"), ("kidskin", "kid skin"),
    ("humidifier", "humidifyer"), ("gusset", "gussit"), ("deerskin", "deer skin"),
    ("glovemaking", "glove making"), ("geography", "jography"), ("linings", "linnings"),
    ("clicker", "clicka"),
]
"""The fifty-sixth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("charcoal bagger", "charcoalbagger"), ("toad in", "toadin"),
         ("county show", "countyshow"), ("village hall", "villagehall"),
         ("folk club", "folkclub"), ("club tickets", "clubtickets"),
         ("landrover keys", "landroverkeys"), ("brash pile", "brashpile"),
         ("charcoal sacks", "charcoalsacks"), ("bonfire blaze", "bonfireblaze"),
         ("log stacks", "logstacks"), ("potato masher", "potatomasher"),
         ("silver salver", "silversalver"), ("log lorry", "loglorry"),
         ("kiln lids", "kilnlids"), ("cordwood stacks", "cordwoodstacks"),
         ("deer fence", "deerfence"), ("forestry invoices", "forestryinvoices"),
         ("riddle screens", "riddlescreens"), ("tarpaulin covers", "tarpaulincovers"),
         ("steam fair", "steamfair"), ("hockey stick", "hockeystick"),
         ("back door", "backdoor"), ("leisure centre", "leisurecentre"),
         ("fish pie", "fishpie"), ("ferry slipway", "ferryslipway"),
         ("birthday card", "birthdaycard"), ("ash lath", "ashlath"),
         ("choir practice", "choirpractice"), ("lath bender", "lathbender"),
         ("bitumen tin", "bitumentin"), ("pitch kettle", "pitchkettle"),
         ("calico covers", "calicocovers"), ("corn miller", "cornmiller"),
         ("blood donor", "blooddonor"), ("donor session", "donorsession"),
         ("loaner bike", "loanerbike"), ("polar fleece", "polarfleece"),
         ("ash paddles", "ashpaddles"), ("coracle orders", "coracleorders"),
         ("willow rods", "willowrods"), ("hazel gunwales", "hazelgunwales"),
         ("seat boards", "seatboards"), ("carrying straps", "carryingstraps"),
         ("coracle regatta", "coracleregatta"), ("tap shoes", "tapshoes"),
         ("kidskin order", "kidskinorder"), ("field trip", "fieldtrip"),
         ("bowling green", "bowlinggreen"), ("leather clicker", "leatherclicker"),
         ("nappa panels", "nappapanels"), ("gusset strips", "gussetstrips"),
         ("glove seamer", "gloveseamer"), ("solar panels", "solarpanels"),
         ("egg beater", "eggbeater"), ("candle holder", "candleholder"),
         ("deerskin hides", "deerskinhides"), ("glove forms", "gloveforms"),
         ("glove orders", "gloveorders"), ("press studs", "pressstuds"),
         ("pearl buttons", "pearlbuttons"), ("market licence", "marketlicence"),
         ("thumb patterns", "thumbpatterns"), ("cuff linings", "cufflinings"),
         ("craft fair", "craftfair"), ("glovemaking weekend", "glovemakingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"kilnyard": "kiln-yard", "lathhouse": "lath-house", "glovery": "glove-ry",
             "cordwood": "cord-wood", "landrover": "land-rover",
             "glovemaking": "glove-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftysixth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a {w} out of lime wood for the mantelpiece",
        "what's the cornish for {w}, more or less",
        "doodle a {w} on the back of the bus timetable",
        "are {w} dearer at the hardware shop in kendal",
        "hunt down a battered {w} at the flea market in lewes",
        "about how many grams is a {w} on the kitchen scales",
        "write a limerick about a {w} for the parish magazine",
        "how many syllables has {w} got, roughly",
    ],
    "routine command": [
        "ditch {p} for ever and a day",
        "explain {p} to me step by step, nice and gently",
        "think up a snappier title for {p}, something punny",
        "duplicate {p} for the holiday cottage in tenby",
        "confine {p} to the may half term",
        "play a little chime whenever {p} begins",
        "who's been meddling with {p} while grandad was snoozing",
        "could {p} be a bit gentler on my ears after dark",
    ],
    "word order": [
        "{b} trumps {a}, no contest", "{b} pips {a} at the post, honestly",
        "swap {a} for {b}, cheers love", "drop the {a}, double the {b}",
        "{a} then {b}, or the other way about", "a shovelful of {b}, a smidgen of {a}",
    ],
    "negation": [
        "let's give {p} a miss this teatime, pet",
        "i'd rather you didn't {p} while grandad's snoozing in the armchair",
        "on no account are you to {p}, sweetheart",
        "don't kick off {p} while i'm at the optician's in kendal",
        "nah, leave {p} alone for the moment",
        "steady on, no {p} till the vicar's left, petal",
    ],
    "cancellation": [
        "delay {p} until the cousins from rhyl have gone home",
        "{p} can hang on until the glazier's finished",
        "skip {p} during the week of the agricultural show in builth",
        "hold back {p} until the piano tuner's been",
        "we'll do without {p} over the whitsun bank holiday",
        "put {p} on ice until the shrove tuesday chaos is over",
    ],
    "state question": [
        "is {p} ticking over right this instant",
        "is {p} halfway done or finished",
        "did {p} go smoothly before the window cleaner came",
        "has {p} given up the ghost or is it chugging on",
        "has anybody checked on {p} since the boiler man's visit",
        "was {p} dealt with the friday after the whist drive",
    ],
    "past or story": [
        "the winter the canal froze {p} gave up too",
        "during the drought of the coronation summer {p} misbehaved twice",
        "my great grandad in whitby swore by {p} every lammas",
        "at the ruby wedding do in the barnsley miners' welfare {p} ran till dawn",
        "that whole washed out week in rhyl {p} was on the blink",
        "when we lived above the bakery in morecambe we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the milkman bellowed {p} across the cul de sac",
        "a busker outside the cathedral crooned {p}",
        "my great uncle from lerwick signs off every letter with {p}",
        "a fellow on the night bus to gateshead mumbled {p}",
        "the crossing patrol man hollered {p} at the pelican crossing",
        "our plasterer from batley whistles {p} up the stepladder",
    ],
    "contrast": [
        "{p} is only for when my sister visits from wick",
        "we only {p} when my godfather sails in from orkney",
        "{p} is a high days and holidays treat in our maisonette",
        "{p} is strictly a boxing day tradition here",
        "we only {p} when the silver band parades past the post office",
        "{p} is kept for when the archdeacon calls from durham",
    ],
    "hypothetical": [
        "supposing you'd been offered an eccles cake, would you have agreed to {p}",
        "if i ever got addicted to {p}, would you stand by me",
        "imagine if {p} started in the small hours, would the street grumble",
        "if {p} started in a thunderstorm, would anything trip",
        "picture {p} carrying on through a power cut",
        "what would you do if the sexton's granddaughter begged you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since the decorator's apprentice left",
        "{p} let us down again at the jubilee street party in morecambe",
        "{p} has been next to useless since the aerial man came",
        "i'm fed up to the back teeth with {p} since the clocks went back",
        "{p} is a right royal nuisance this fortnight",
        "{p} keeps packing up halfway through the darts",
    ],
    "opinion": [
        "{p} is simply the cat's pyjamas as far as i'm concerned",
        "i'm tickled to death with {p}, no word of a lie",
        "{p} is a godsend for my bad back, truth be told",
        "{p} has made drizzly thursdays nearly tolerable",
        "{p} is the cleverest gadget this side of the humber",
        "{p} is first rate, says our doreen and she's choosy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the osteopath's in ilkley",
        "badger me about {p} once the test match is over",
        "make sure i don't forget to {p} on saturday after the car boot sale",
        "nudge me to {p} after the archers",
        "put {p} on tuesday's list of jobs",
        "give me a shout about {p} once the nativity play is over",
    ],
    "permission question": [
        "is my brother in law's stepdaughter's boyfriend allowed to {p}",
        "is the lodger's grandson permitted to {p}",
        "would the meter man be allowed to {p} on his tod",
        "is my great niece allowed to {p} when she stays at whitsun",
        "can the childminder's flatmate {p} without a by your leave",
        "is the milkman's nephew from the estate allowed to {p}",
    ],
    # the fifty-sixth's own
    "a church bell named it": [
        "the new tenor bell is called {p}",
        "{p} is the bell that tolls for evensong at st mary's",
        "the ringers named their treble bell {p}",
        "a bell called {p} was hung in the tower last spring",
        "there's a bell in the belfry named {p}",
        "who'd call a church bell {p}",
    ],
    "a guinea pig named it": [
        "our guinea pig is called {p}",
        "{p} is the guinea pig in the hutch by the shed",
        "my grandson named his guinea pig {p}",
        "a guinea pig called {p} won best in show",
        "there's a guinea pig at the pet shop named {p}",
        "who'd name a guinea pig {p}",
    ],
    "a cheese named it": [
        "the dairy's new cheese is called {p}",
        "{p} is the cheese with the crumbly rind",
        "the cheesemonger named his new cheese {p}",
        "a cheese called {p} took gold at the cheese awards",
        "there's a cheese at the farm shop named {p}",
        "who'd call a cheese {p}",
    ],
    "a sheepdog named it": [
        "the farmer's sheepdog is called {p}",
        "{p} is the sheepdog at the top farm",
        "my uncle named his sheepdog {p}",
        "a sheepdog called {p} won the trial at bala",
        "there's a sheepdog at the rescue named {p}",
        "who'd name a sheepdog {p}",
    ],
    "a climbing route named it": [
        "the new route on the crag is called {p}",
        "{p} is the climbing route up the north face",
        "the climbers named their route {p}",
        "a route called {p} was bolted last summer",
        "there's a climbing route at stanage named {p}",
        "who'd name a climbing route {p}",
    ],
    "a gin named it": [
        "the distillery's new gin is called {p}",
        "{p} is the gin with the blue bottle",
        "the distiller named his gin {p}",
        "a gin called {p} won a medal at the awards",
        "there's a gin at the off licence named {p}",
        "who'd call a gin {p}",
    ],
    "scrawled in the dust on a van": [
        "someone scrawled {p} in the dust on my van",
        "{p} is scrawled in the dust on the builder's van",
        "the lads scrawled {p} in the dust on the van's doors",
        "my van had {p} scrawled in the dust this morning",
        "there's a van in the lay-by with {p} scrawled in the dust",
        "why scrawl {p} in the dust on a van",
    ],
    "knitted into a jumper": [
        "nana knitted {p} into a jumper",
        "{p} is knitted into my christmas jumper",
        "the jumper on the rail has {p} knitted into it",
        "my aunt knitted {p} into a jumper for the vicar",
        "there's a jumper at the charity shop with {p} knitted into it",
        "why knit {p} into a jumper",
    ],
    "carved on a walking stick": [
        "grandad carved {p} on his walking stick",
        "{p} is carved on the blackthorn walking stick",
        "the walking stick by the coat pegs has {p} carved on it",
        "they had {p} carved on a walking stick for his retirement",
        "there's a walking stick at the antiques fair with {p} carved on it",
        "why carve {p} on a walking stick",
    ],
    "painted on a garden shed": [
        "dad painted {p} on the garden shed",
        "{p} is painted on next door's garden shed",
        "the allotment's garden shed has {p} painted on it",
        "someone painted {p} on every garden shed on the allotments",
        "there's a garden shed by the railway with {p} painted on it",
        "why paint {p} on a garden shed",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} soup tureen", "{} cheese plane", "{} clothes horse", "{} mixing bowl",
    "{} pincushion", "{} bain marie", "{} ice bucket", "{} footstool",
    "{} crochet hook", "{} bread board",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

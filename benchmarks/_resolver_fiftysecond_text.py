"""The words of the fifty-second held-out resolver set
(benchmarks/_resolver_fiftysecond.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a broom squire's cottage with
the besomshed in the orchard, where Greta makes besoms, with her wife Ida, their
daughters Lena and Mira, a cat Birch and a terrier Heather (seed 520); a soap maker's
semi with the soaproom behind the scullery, where Gerda makes soap, with her wife
Hedda, their daughters Letta and Sela, a cat Tallow and a whippet Castile (521); and a
drum maker's bungalow beside the drumshop, where Saida makes drums, with her wife
Meeta, their daughters Tilla and Anka, a cat Lug and a beagle Snare (522). Its people
and pets are named in ways no earlier set names them: after what a besom is bound from
("feed birch" beside "trim the birch twigs", "brush heather" beside "dry the heather
bundles"), what a soap is made of ("feed tallow" beside "render the tallow blocks",
"brush castile" beside "cut the castile bars") or a drum's fittings ("feed lug" beside
"tighten the lug bolts", "brush snare" beside "tune the snare wires"); and with names a
recogniser writes as a word ending in "-er", the trailing sound of a name ending in
"-a" as a speaker without a sounded "r" says both: as a kitchen grater ("greta" as
"grater", beside "wash the cheese grater"), as eiderdown ("ida" as "eider", beside "air
the eider quilt"), as less fatty ("lena" as "leaner", beside "buy the leaner mince"),
as a looking glass ("mira" as "mirror", beside "polish the hall mirror"), as a steel
beam ("gerda" as "girder", beside "paint the garage girder"), as a loft tank ("hedda"
as "header", beside "bleed the header tank"), as post ("letta" as "letter", beside
"sign the council letter"), as a room below ground ("sela" as "cellar", beside "sweep
the coal cellar"), as a drink of apples or pears ("saida" as "cider", beside "bottle
the pear cider"), as a gauge ("meeta" as "meter", beside "photograph the gas meter"), as a
garden machine ("tilla" as "tiller", beside "oil the garden tiller") and as what holds
a boat ("anka" as "anchor", beside "stow the dinghy anchor"). A name that is also a
word of another phrase of its home ("birch", "heather", "tallow", "castile", "lug",
"snare") has no other spelling, so the word is never respelt as the name. Each teaches
22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("lena's netball at five" beside "lena's netball at four",
"bundler off" beside "bundler on"), are never taught there. Phrases come in every
shape: one word ("broommaking", "soapmaking", "drummaking"), two nouns ("chestnut
stakes", "drying racks", "maple shells"), nested ("bundler on" inside "twig bundler
on", "stamper on" inside "bar stamper on", "tensioner on" inside "hoop tensioner on"),
words shared across phrases ("lock the besomshed" and "besomshed light on", "feed
birch" and "trim the birch twigs"), numbers and times ("lena's netball at four",
"anka's drama at eight"), places ("besomshed heater on", "soaproom fan on", "drumshop
dehumidifier on"), verbs first ("bleed the header tank", "stow the dinghy anchor") and
nouns first ("sardines for the ragdoll"), questions ("how many besoms are bound", "how
many soap bars are cured", "how many drums are tuned"), and a chore of several clauses
("we're off to the carnival so feed lug and give anka a ring and lock the drumshop").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("grater" for "greta", "cellar" for "sela", "anchor" for "anka"): the same person, so
"phone mirror" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a welly wanging referee at the country show first
("welly up, wangers, no overstepping, flingers. X"), frogs croaking in the garden pond
first, one word no dictionary of the speaker's has ("ribbitoo! X"), calling the ponies
in from the paddock first ("ponies, ponies! X"), a maypole dance caller on the village
green first ("maypole, plait! X"), a bog snorkelling commentator on the telly after
("X, the snorkeller's flailing"), a game of poohsticks on the footbridge after ("X, plop
it over the footbridge"), a remark on a snail on the patio door after ("X, look at its
glistening trail"), a scarecrow competition in the village after ("X, our scarecrow's
rosetted"); the phrase between a maypole dance caller's call and a scarecrow remark
("maypole, plait! X, our scarecrow's rosetted"), and the phrase said in the middle of
a welly wanging referee's calls, which go on after it ("welly up, wangers, X, no
overstepping, flingers"). Some are joined with "and", "so", "then" or "oh and". No word
of a clause but its function words is a word of this set's pools or the generic pool,
and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a morris side named it, a ship in a bottle named
it, written in a wedding guestbook, engraved on a horse brass, printed on a beer mat, a
telegram in a period drama, set in a mosaic at the town hall, the last line of a
lullaby, a model railway station named it, and the phrase with an untaught request
joined by "on top of that".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

BROOM_SQUIRE = "broom squire's cottage with the besomshed in the orchard"
SOAP_MAKER = "soap maker's semi with the soaproom behind the scullery"
DRUM_MAKER = "drum maker's bungalow beside the drumshop"
HOMES: dict[int, str] = {520: BROOM_SQUIRE, 521: SOAP_MAKER, 522: DRUM_MAKER}

FIFTYSECOND_ROUTINES: dict[str, dict[str, list[str]]] = {
    BROOM_SQUIRE: {
        "Birch": ["feed birch", "sardines for the ragdoll"],
        "Heather": ["brush heather"],
        "Greta": ["ring greta", "call the broom squire", "phone greta"],
        "Ida": ["drop ida a line", "send ida a text"],
        "Ida and Mira": ["message ida and mira"],
        "Mira": ["give mira a ring", "give mira a bell", "call mira back"],
        "Lena": ["tell lena her pencil case is under the settee"],
        "Lena ring": ["give lena a ring", "phone lena"],
        "Lena lift": ["ask lena for a lift to the garden centre"],
        "Mira supper": ["tell mira her toad in the hole is ready"],
        "Mira lift": ["ask mira for a lift to the farm shop"],
        "Greta hazel": ["text greta about the hazel handle order"],
        "Ida tickets": ["text ida about the brass band tickets"],
        "Ida ring": ["give ida a ring", "ring ida back"],
        "Greta keys": ["ask greta for the pickup keys"],
        "Bundler": ["bundler on"],
        "Twig bundler": ["twig bundler on"],
        "Besomshed heater": ["besomshed heater on"],
        "Birch twigs": ["trim the birch twigs"],
        "Heather bundles": ["dry the heather bundles"],
        "Grater": ["wash the cheese grater"],
        "Eider": ["air the eider quilt"],
        "Leaner": ["buy the leaner mince"],
        "Mirror": ["polish the hall mirror"],
        "Besoms": ["how many besoms are bound"],
        "Hazel": ["has the hazel delivery arrived"],
        "Netball": ["lena's netball at four"],
        "Brownies": ["mira's brownies at seven"],
        "Porch tiles": ["mop the porch tiles", "sweep the porch tiles"],
        "Broom heads": ["count the broom heads", "tally the broom heads"],
        "Binding wire": ["order more binding wire", "restock the binding wire"],
        "Broommaking": ["broommaking", "broommaking night"],
        "Besomshed": ["lock the besomshed"],
        "Besomshed light": ["besomshed light on"],
        "Billhook": ["sharpen the billhook"],
        "Fair invoices": ["post the craft fair invoices"],
        "Twine spool": ["twine spool"],
        "Chestnut stakes": ["chestnut stakes"],
        # long
        "County show": ["we're off to the county show so feed birch and give mira a ring "
                        "and lock the besomshed"],
    },
    SOAP_MAKER: {
        "Tallow": ["feed tallow", "pilchards for the burmilla"],
        "Castile": ["brush castile"],
        "Gerda": ["ring gerda", "call the soap maker", "phone gerda"],
        "Hedda": ["drop hedda a line", "send hedda a text"],
        "Hedda and Letta": ["message hedda and letta"],
        "Letta": ["give letta a ring", "phone letta"],
        "Sela": ["tell sela her leotard is in the airing cupboard"],
        "Sela ring": ["give sela a bell", "phone sela"],
        "Sela lift": ["ask sela for a lift to the leisure centre"],
        "Letta supper": ["tell letta her fish pie is ready"],
        "Gerda and Sela": ["message gerda and sela"],
        "Gerda lift": ["ask gerda for a lift to the bus station"],
        "Hedda card": ["send hedda a birthday card"],
        "Gerda oil": ["text gerda about the olive oil order"],
        "Hedda club": ["text hedda about the book club meeting"],
        "Hedda ring": ["give hedda a ring", "phone hedda back"],
        "Stamper": ["stamper on"],
        "Bar stamper": ["bar stamper on"],
        "Soaproom fan": ["soaproom fan on"],
        "Soap bars": ["how many soap bars are cured"],
        "Lye": ["has the lye delivery arrived"],
        "Karate": ["letta's karate at six"],
        "Orchestra": ["sela's orchestra at five"],
        "Tallow blocks": ["render the tallow blocks"],
        "Castile bars": ["cut the castile bars"],
        "Girder": ["paint the garage girder"],
        "Header": ["bleed the header tank"],
        "Letter": ["sign the council letter"],
        "Cellar": ["sweep the coal cellar"],
        "Moulds": ["grease the soap moulds", "wipe the soap moulds"],
        "Gift hampers": ["count the gift hampers", "tally the gift hampers"],
        "Patchouli oil": ["order more patchouli oil", "restock the patchouli oil"],
        "Soapmaking": ["soapmaking", "soapmaking afternoon"],
        "Soaproom": ["lock the soaproom"],
        "Soaproom light": ["soaproom light on"],
        "Ingredient labels": ["print the ingredient labels"],
        "Stall fee": ["pay the market stall fee"],
        "Drying racks": ["drying racks"],
        "Oatmeal sacks": ["oatmeal sacks"],
        # long
        "Christmas market": ["we're off to the christmas market so feed tallow and give "
                             "letta a ring and lock the soaproom"],
    },
    DRUM_MAKER: {
        "Lug": ["feed lug", "mackerel for the abyssinian"],
        "Snare": ["brush snare"],
        "Saida": ["ring saida", "call the drum maker", "phone saida"],
        "Meeta": ["drop meeta a line", "send meeta a text"],
        "Meeta and Anka": ["message meeta and anka"],
        "Anka": ["give anka a ring", "phone anka"],
        "Tilla boots": ["tell tilla her riding boots are in the utility room"],
        "Saida goatskin": ["text saida about the goatskin order"],
        "Tilla": ["text tilla about the school ski trip"],
        "Tilla ring": ["give tilla a ring", "phone tilla"],
        "Tilla lift": ["ask tilla for a lift to the ferry terminal"],
        "Meeta and Tilla": ["message meeta and tilla"],
        "Tensioner": ["tensioner on"],
        "Hoop tensioner": ["hoop tensioner on"],
        "Drumshop dehumidifier": ["drumshop dehumidifier on"],
        "Lug bolts": ["tighten the lug bolts"],
        "Snare wires": ["tune the snare wires"],
        "Cider": ["bottle the pear cider"],
        "Meter": ["photograph the gas meter"],
        "Tiller": ["oil the garden tiller"],
        "Anchor": ["stow the dinghy anchor"],
        "Drums": ["how many drums are tuned"],
        "Goatskin": ["has the goatskin been delivered"],
        "Gymnastics": ["tilla's gymnastics at four"],
        "Drama": ["anka's drama at eight"],
        "Ash hoops": ["steam the ash hoops", "bend the ash hoops"],
        "Drum keys": ["count the drum keys", "tally the drum keys"],
        "Shellac": ["order more shellac varnish", "restock the shellac varnish"],
        "Drummaking": ["drummaking", "drummaking weekend"],
        "Drumshop": ["lock the drumshop"],
        "Drumshop light": ["drumshop light on"],
        "Drumsticks": ["sort the spare drumsticks"],
        "Breakdown cover": ["renew saida's breakdown cover"],
        "Maple shells": ["maple shells"],
        "Calf heads": ["calfskin heads"],
        # long
        "Carnival": ["we're off to the carnival so feed lug and give anka a ring and lock "
                     "the drumshop"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    BROOM_SQUIRE: {
        "Netball five": ["lena's netball at five"],
        "Brownies eight": ["mira's brownies at eight"],
        "Bundler off": ["bundler off"],
        "Twig bundler off": ["twig bundler off"],
        "Besomshed light off": ["besomshed light off"],
        "Unlock besomshed": ["unlock the besomshed"],
        "Greta ash": ["text greta about the ash handle order"],
        "Copper wire": ["order more copper wire"],
        "Broom handles": ["count the broom handles"],
        "Hazel twigs": ["trim the hazel twigs"],
        "Butter grater": ["wash the nutmeg grater"],
        "Besomshed heater off": ["besomshed heater off"],
    },
    SOAP_MAKER: {
        "Karate seven": ["letta's karate at seven"],
        "Orchestra six": ["sela's orchestra at six"],
        "Stamper off": ["stamper off"],
        "Bar stamper off": ["bar stamper off"],
        "Soaproom light off": ["soaproom light off"],
        "Unlock soaproom": ["unlock the soaproom"],
        "Gerda coconut": ["text gerda about the coconut oil order"],
        "Rosemary oil": ["order more rosemary oil"],
        "Gift baskets": ["count the gift baskets"],
        "Glycerine bars": ["cut the glycerine bars"],
        "Wine cellar": ["sweep the wine cellar"],
        "Soaproom fan off": ["soaproom fan off"],
    },
    DRUM_MAKER: {
        "Gymnastics five": ["tilla's gymnastics at five"],
        "Drama nine": ["anka's drama at nine"],
        "Tensioner off": ["tensioner off"],
        "Hoop tensioner off": ["hoop tensioner off"],
        "Drumshop light off": ["drumshop light off"],
        "Unlock drumshop": ["unlock the drumshop"],
        "Saida calfskin": ["text saida about the calfskin order"],
        "Beeswax varnish": ["order more danish varnish"],
        "Drum pedals": ["count the drum pedals"],
        "Tom wires": ["tune the tom wires"],
        "Apple cider": ["bottle the apple cider"],
        "Drumshop dehumidifier off": ["drumshop dehumidifier off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the broom squire's cottage
    {"we're off to the county show so feed birch and give mira a ring and lock the "
     "besomshed", "i'm leaving", "goodbye house", "feed birch", "give mira a ring",
     "lock the besomshed"},
    {"feed birch", "sardines for the ragdoll", "feed the ragdoll"},
    {"ring greta", "call the broom squire", "ring the broom squire", "phone greta"},
    # the soap maker's semi
    {"we're off to the christmas market so feed tallow and give letta a ring and lock "
     "the soaproom", "i'm leaving", "goodbye house", "feed tallow", "give letta a ring",
     "lock the soaproom"},
    {"feed tallow", "pilchards for the burmilla", "feed the burmilla"},
    {"ring gerda", "call the soap maker", "ring the soap maker", "phone gerda"},
    # the drum maker's bungalow
    {"we're off to the carnival so feed lug and give anka a ring and lock the drumshop",
     "i'm leaving", "goodbye house", "feed lug", "give anka a ring", "lock the drumshop"},
    {"feed lug", "mackerel for the abyssinian", "feed the abyssinian"},
    {"ring saida", "call the drum maker", "ring the drum maker", "phone saida"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the ragdoll" where the ragdoll is Birch). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"birch", "heather", "greta", "ida", "lena", "lena's", "mira", "mira's",
         "tallow", "castile", "gerda", "hedda", "letta", "letta's", "sela", "sela's",
         "lug", "snare", "saida", "saida's", "meeta", "tilla", "tilla's", "anka", "anka's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a kitchen grater, eiderdown, less fatty, a looking glass
    "greta": ("grater",), "ida": ("eider",), "lena": ("leaner",), "lena's": ("leaner's",),
    "mira": ("mirror",), "mira's": ("mirror's",),
    # written as a steel beam, a loft tank, post, a room below ground
    "gerda": ("girder",), "hedda": ("header",), "letta": ("letter",),
    "letta's": ("letter's",), "sela": ("cellar",), "sela's": ("cellar's",),
    # written as a drink of apples or pears, a gauge, a garden machine, what holds a boat
    "saida": ("cider",), "saida's": ("cider's",), "meeta": ("meter",),
    "tilla": ("tiller",), "tilla's": ("tiller's",), "anka": ("anchor",),
    "anka's": ("anchor's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones, as a speaker who sounds no "r" after a vowel says them: a
final "-a" and a final "-er" are one sound there, so "greta" and "grater", "ida" and
"eider", "lena" and "leaner", "mira" and "mirror", "gerda" and "girder", "hedda" and
"header", "letta" and "letter", "sela" and "cellar", "saida" and "cider", "meeta" and
"meter", "tilla" and "tiller", "anka" and "anchor" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    # things and places
    "sardines": ("anchovies",), "ragdoll": ("persian",), "brush": ("comb",),
    "lock": ("bolt",), "broom": ("chimney",), "squire": ("sweep",), "text": ("page",),
    "pencil": ("lunch",), "case": ("box",), "settee": ("bed",), "garden": ("sports",),
    "centre": ("hall",), "toad": ("sausage",), "hole": ("batter",), "farm": ("corner",),
    "shop": ("stall",), "hazel": ("ash",), "handle": ("shaft",), "order": ("invoice",),
    "brass": ("jazz",), "band": ("club",), "tickets": ("programmes",),
    "pickup": ("tractor",), "keys": ("papers",), "bundler": ("shredder",),
    "twig": ("leaf",), "besomshed": ("woodshed",), "heater": ("radio",),
    "trim": ("split",), "birch": ("hazel",), "twigs": ("rods",), "dry": ("soak",),
    "heather": ("bracken",), "bundles": ("bales",), "wash": ("dry",),
    "cheese": ("nutmeg",), "grater": ("slicer",), "air": ("press",), "eider": ("wool",),
    "quilt": ("blanket",), "buy": ("freeze",), "leaner": ("cheaper",),
    "mince": ("sausages",), "polish": ("dust",), "hall": ("bathroom",),
    "mirror": ("clock",), "besoms": ("rakes",), "bound": ("sold",),
    "delivery": ("invoice",), "netball": ("hockey",), "brownies": ("guides",),
    "mop": ("scrub",), "sweep": ("hose",), "porch": ("patio",), "tiles": ("steps",),
    "count": ("stack",), "tally": ("sort",), "heads": ("handles",),
    "binding": ("fencing",), "wire": ("string",), "broommaking": ("basketmaking",),
    "sharpen": ("oil",), "billhook": ("axe",), "post": ("shred",), "craft": ("food",),
    "fair": ("festival",), "invoices": ("receipts",), "twine": ("cotton",),
    "spool": ("ball",), "chestnut": ("oak",), "stakes": ("posts",), "county": ("dog",),
    "show": ("trials",),
    "pilchards": ("prawns",), "burmilla": ("siamese",), "soap": ("candle",),
    "maker": ("seller",), "leotard": ("swimsuit",), "airing": ("boot",),
    "cupboard": ("room",), "leisure": ("health",), "fish": ("cottage",),
    "pie": ("tart",), "bus": ("coach",), "station": ("depot",),
    "birthday": ("thank you",), "card": ("note",), "olive": ("coconut",),
    "oil": ("butter",), "book": ("film",), "club": ("society",),
    "meeting": ("dinner",), "stamper": ("cutter",), "bar": ("block",),
    "soaproom": ("stillroom",), "fan": ("vent",), "bars": ("slabs",),
    "cured": ("wrapped",), "lye": ("glycerine",), "karate": ("judo",),
    "orchestra": ("choir",), "render": ("melt",), "tallow": ("lard",),
    "blocks": ("chunks",), "cut": ("wrap",), "castile": ("glycerine",),
    "paint": ("sand",), "garage": ("barn",), "girder": ("beam",), "bleed": ("drain",),
    "header": ("water",), "tank": ("butt",), "sign": ("file",), "council": ("bank",),
    "letter": ("form",), "coal": ("wine",), "cellar": ("bunker",),
    "grease": ("scrub",), "wipe": ("rinse",), "moulds": ("trays",),
    "gift": ("shoe",), "hampers": ("baskets",), "patchouli": ("rosemary",),
    "soapmaking": ("candlemaking",), "print": ("laminate",),
    "ingredient": ("price",), "labels": ("tags",), "pay": ("query",),
    "market": ("car boot",), "stall": ("pitch",), "fee": ("rent",),
    "drying": ("cooling",), "racks": ("shelves",), "oatmeal": ("bran",),
    "sacks": ("tubs",), "christmas": ("farmers",),
    "mackerel": ("tuna",), "abyssinian": ("bengal",), "drum": ("guitar",),
    "riding": ("walking",), "boots": ("gloves",), "utility": ("boot",),
    "room": ("cupboard",), "goatskin": ("calfskin",), "school": ("youth club",),
    "ski": ("canoe",), "trip": ("weekend",), "ferry": ("airport",),
    "terminal": ("car park",), "tensioner": ("sander",), "hoop": ("shell",),
    "drumshop": ("woodshop",), "dehumidifier": ("extractor",),
    "tighten": ("loosen",), "lug": ("hinge",), "bolts": ("screws",), "tune": ("fit",),
    "snare": ("tom",), "wires": ("skins",), "bottle": ("mull",), "pear": ("apple",),
    "cider": ("perry",), "photograph": ("check",), "gas": ("water",), "meter": ("tap",),
    "tiller": ("mower",), "stow": ("clean",), "dinghy": ("kayak",),
    "anchor": ("paddles",), "drums": ("banjos",), "tuned": ("varnished",),
    "delivered": ("collected",), "gymnastics": ("trampolining",), "drama": ("dance",),
    "steam": ("plane",), "ash": ("beech",), "hoops": ("rims",), "bend": ("glue",),
    "shellac": ("danish",), "varnish": ("wax",), "drummaking": ("woodturning",),
    "sort": ("bag",), "spare": ("broken",), "drumsticks": ("mallets",),
    "renew": ("cancel",), "breakdown": ("home",), "cover": ("insurance",),
    "maple": ("walnut",), "shells": ("rims",), "calfskin": ("plastic",),
    "carnival": ("regatta",),
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
("lena's netball at quarter past four" for "lena's netball at four", "feed the persian"):
never taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_REFEREE = [
    ("welly up, wangers", "no overstepping, flingers"),
    ("wanging commences, chuckers", "flags up, wangers"),
    ("no overarm, flingers", "the welly's lobbed, chuckers"),
    ("wellyfling, wangers", "dodge the marquee, flingers"),
    ("clasping the welly, chuckers", "soles on the toeline, wangers"),
    ("welly, wangers", "overstepping, flingers"),
    ("no overstepping, flingers", "welly up, wangers"),
    ("flags up, wangers", "wanging commences, chuckers"),
]
_CROAKS = [
    "ribbitoo", "gribbock", "croakalee", "brekkekex", "quarrumph",
    "grawk, grawk", "krrroak", "ribbaribba", "bworp",
]
_PONIES = [
    "ponies, ponies", "dobbins, dobbins", "shetlands, ponies", "foals, foals",
    "nags, dobbins", "ponykins, ponykins", "ponies, foals, dobbins", "shetlands, nags",
    "dobbins, ponykins",
]
_MAYPOLE = [
    "maypole, plait", "ribbons, maypolers", "plait, unplait, maypole",
    "maypolers, ribbons", "unplait, maypolers", "interlace, plait",
    "maypole, maypole, ribbons", "ribbons, interlace",
]
_SCARECROW = [
    "our scarecrow's rosetted", "the scarecrow's turnip's toppling",
    "a scarecrow in dungarees", "the scarecrows are judged", "the scarecrows are strawless",
    "that scarecrow's hatless", "the scarecrow's slumping", "the scarecrow's bedraggled",
]

WRAPPERS: dict[str, list[str]] = {
    "a welly wanging referee at the country show, said first": [
        f"{a}, {b}. {{}}" for a, b in _REFEREE[:6]
    ] + [f"{_REFEREE[6][0]}, {_REFEREE[6][1]}, then {{}}",
         f"{_REFEREE[7][0]}, {_REFEREE[7][1]}, oh and {{}}"],
    "frogs croaking in the garden pond, said first": [
        f"{_CROAKS[0]}! {{}}", f"{_CROAKS[1]}! {{}}", f"{_CROAKS[2]}. {{}}",
        f"{_CROAKS[3]}! {{}}", f"{_CROAKS[4]}. {{}}", f"{_CROAKS[5]}! {{}}",
        f"{_CROAKS[6]}, then {{}}", f"{_CROAKS[7]}, oh and {{}}", f"{_CROAKS[8]}! {{}}",
    ],
    "calling the ponies in from the paddock, said first": [
        f"{_PONIES[0]}! {{}}", f"{_PONIES[1]}. {{}}", f"{_PONIES[2]}! {{}}",
        f"{_PONIES[3]}. {{}}", f"{_PONIES[4]}! {{}}", f"{_PONIES[5]}. {{}}",
        f"{_PONIES[6]}, then {{}}", f"{_PONIES[7]}, oh and {{}}", f"{_PONIES[8]}! {{}}",
    ],
    "a maypole dance caller on the village green, said first": [
        f"{_MAYPOLE[0]}! {{}}", f"{_MAYPOLE[1]}! {{}}", f"{_MAYPOLE[2]}! {{}}",
        f"{_MAYPOLE[3]}. {{}}", f"{_MAYPOLE[4]}. {{}}", f"{_MAYPOLE[5]}! {{}}",
        f"{_MAYPOLE[6]}, then {{}}", f"{_MAYPOLE[7]}, oh and {{}}",
    ],
    "a bog snorkelling commentator on the telly, said after": [
        "{}, the snorkeller's flailing", "{}, a flipper's adrift",
        "{}, the bog's churned", "{}, the snorkellers are splattered",
        "{}, she's snorkelled a stonker", "{}, the snorkeller's triumphant",
        "{} and, a flipper's unbuckled", "{} so, the bogsnorkeller's triumphant",
    ],
    "a game of poohsticks on the footbridge, said after": [
        "{}, plop it over the footbridge", "{}, poohsticks", "{}, it's bobbing merrily",
        "{}, the parapet's slippy", "{}, mine overtook", "{}, the brook's eddying",
        "{} and, it's eddied", "{} so, my poohstick's victorious",
    ],
    "a remark on a snail on the patio door, said after": [
        "{}, look at its glistening trail", "{}, a snail's glued on",
        "{}, its whorl's gleaming", "{}, its feelers are waggling",
        "{}, it's inching skywards", "{}, what a slimy trail",
        "{} and, another snail", "{} so, the snail's retreated",
    ],
    "a scarecrow competition in the village, said after": [
        f"{{}}, {d}" for d in _SCARECROW[:6]
    ] + [f"{{}} and, {_SCARECROW[6]}", f"{{}} so, {_SCARECROW[7]}"],
    "between a maypole dance caller's call and a scarecrow remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_MAYPOLE[:3], _SCARECROW[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_MAYPOLE[3:5], _SCARECROW[3:5], strict=True)]
      + [f"{_MAYPOLE[5]}! {{}}, {_SCARECROW[5]}",
         f"{_MAYPOLE[6]}. {{}} and, {_SCARECROW[6]}",
         f"{_MAYPOLE[7]}. {{}} so, {_SCARECROW[7]}"],
    "in the middle of a welly wanging referee's calls": [
        f"{a}, {{}}, {b}" for a, b in _REFEREE[:6]
    ] + [f"{_REFEREE[6][0]}, {{}} and, {_REFEREE[6][1]}",
         f"{_REFEREE[7][0]}, {{}} so, {_REFEREE[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYSECOND_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("bound", "cured",
"tuned"): a commentator's line or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"netball", "brownies", "karate", "orchestra", "gymnastics", "drama", "riding",
          "boots", "leotard", "ski", "trip", "school", "county", "show", "christmas",
          "market", "carnival", "fair", "craft", "band", "brass", "tickets", "book",
          "club", "meeting", "leisure", "centre", "garden", "farm", "shop", "bus",
          "station", "ferry", "terminal", "lift", "birthday", "card", "pickup", "keys",
          "stall", "fee"}
_FOOD = {"sardines", "pilchards", "mackerel", "feed", "toad", "hole", "fish", "pie",
         "ready", "mince", "leaner", "cheese", "grater", "cider", "pear", "bottle",
         "oatmeal", "olive", "oil", "breakfast", "dinner", "lunch", "cooking", "kettle",
         "tea", "coffee", "barbecue"}
_WATER = {"bleed", "header", "tank", "dinghy", "anchor", "stow", "steam", "wash", "mop",
          "sweep", "wipe", "grease", "pool", "water", "bath", "bathroom", "shower",
          "sprinklers", "dry", "drying", "air", "quilt", "eider"}
_SHOW = _TELLY | _CALLED | _SPORT | {*_NUMBERS, "count", "tally", "boots", "riding",
                                     "besoms", "drums", "bars", "soap", "cured", "bound",
                                     "tuned", "heather", "bundles"}
"""Requests a welly wanging referee's calls could bear on (boots and what is thrown, a
show and its entries, a contest and its count, flags and a start)."""
_POND = _CALLED | _ASKED | {"quiet", "loud", "noise", "sounds", "feed", "sardines",
                            "pilchards", "mackerel", "ragdoll", "burmilla", "abyssinian",
                            "birch", "heather", "tallow", "castile", "lug", "snare",
                            "garden", "tiller", "dinghy", "anchor", "stow", "sleep",
                            "sleeping", "nap",
                            "wake", "cat", "dog", "walk", "walking", *_NUMBERS,
                            "pool", "water", "sprinklers"}
"""Requests frogs croaking in the pond could bear on (the pond and its water, the cats
that stalk it, their food, a call, a noise at night)."""
_PADDOCK = {"quiet", "loud", "noise", "sounds", "feed", "sardines", "pilchards",
            "mackerel", "ragdoll", "burmilla", "abyssinian", "birch", "heather", "tallow",
            "castile", "lug", "snare", "brush", "lock", "unlock", "night", "evening",
            "riding", "boots", "oatmeal", "sacks", "dry", "bundles", "trim", "tiller",
            "garden", "county", "show", "fair", "carnival", "farm", "shop", "trip",
            "lift", "fetch", "walk", "walking", "dog", "cat", "sun", "holiday",
            "vacation", "sprinklers", "water", "calfskin", "goatskin", "hazel", "twigs",
            "porch", "tiles", "mop", "sweep", "stakes", "chestnut"}
"""Requests calling the ponies in could bear on (animals and their feed, grooming them,
riding, the paddock's fences and gates, locking up for the night, an outing)."""
_GREEN = {"quiet", "loud", "noise", "sounds", "music", "party", "county", "show",
          "fair", "carnival", "christmas", "market", "band", "brass", "tickets",
          "orchestra", "drama", "gymnastics", "netball", "brownies", "karate", "dog",
          "walk", "walking", "gym", "workout", "game", "garden", "sun", "holiday",
          "vacation", "twine", "spool", "binding", "wire", "bundles", "twig", "bundler",
          "hoop", "hoops", "bend", "ash", "heather", "birch", "drums", "drum", "snare",
          "tune", "tuned", "wires", "drumsticks", "leotard", "gift", "boxes"}
"""Requests a maypole dance caller's call could bear on (the music and the dancing,
the ribbons plaited round the pole and what is wound or bound, a fete on the green)."""
_BOG = _TELLY | _SAID_TO | _ASKED | _SPORT | _WATER | {"count", "tally", *_NUMBERS,
                                                       "garden", "tiller", "oil",
                                                       "riding", "boots"}
"""Requests a bog snorkelling commentary could bear on (the telly, a race and its time,
the water and the mud, what is worn)."""
_STICKS = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "twigs", "twig",
                               "bundler", "hazel", "chestnut", "stakes", "drumsticks",
                               "spare", "sort", "dinghy", "anchor", "stow", "game",
                               "gaming", "kids", "bound", "besoms", "broom", "heads",
                               "trim", "billhook", "sharpen", "ash", "hoops", "maple",
                               "water", "pool"}
"""Requests a game of poohsticks could bear on (a count, who won, sticks and twigs and
what is cut from them, the stream and what floats on it, a game)."""
_PATIO = _SAID_TO | _ASKED | {"feed", "sardines", "pilchards", "mackerel", "ragdoll",
                              "burmilla", "abyssinian", "birch", "heather", "tallow",
                              "castile", "lug", "snare", "brush", "lock", "unlock",
                              "light", "quiet", "loud", "noise", "garden", "tiller",
                              "grow", "sprinklers", "porch", "tiles", "mop", "sweep",
                              "wipe", "polish", "mirror", "hall", "grease", "moulds",
                              "cat", "count", "tally", *_NUMBERS}
"""Requests a remark on a snail could bear on (the garden and what it eats, the cats
that watch it, the door and the glass it crawls on, what is wiped or mopped, a count)."""
_VILLAGE = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "garden", "tiller", "oil",
                                "heather", "bundles", "dry", "twigs", "birch", "trim",
                                "broom", "heads", "besoms", "bound", "chestnut", "stakes",
                                "county", "show", "fair", "carnival", "christmas",
                                "market", "farm", "shop", "riding", "boots", "leotard",
                                "quilt", "air", "eider", "sacks", "oatmeal", "game",
                                "kids", "brownies"}
"""Requests a scarecrow competition could bear on (a count and a prize, the straw and
the sticks a scarecrow is made of and the clothes it wears, the garden it stands in, a
show in the village)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a welly wanging referee's calls bear on boots, a contest, a show, a start, a count)
    **{cue: _SHOW for cue in ("welly", "wangers", "overstepping", "flingers", "wanging",
                              "commences", "chuckers", "flags", "overarm", "welly's",
                              "lobbed", "wellyfling", "dodge", "marquee", "clasping",
                              "soles", "toeline")},
    # (frogs croaking bear on the pond, the cats that stalk it, a call, a noise)
    **{croak: _POND for croak in ("ribbitoo", "gribbock", "croakalee", "brekkekex",
                                  "quarrumph", "grawk", "krrroak", "ribbaribba", "bworp")},
    # (calling the ponies in bears on animals, their feed, riding, locking up)
    **{pony: _PADDOCK for pony in ("ponies", "dobbins", "shetlands", "foals", "nags",
                                   "ponykins")},
    # (a maypole dance caller's call bears on the music, the dance, the ribbons, a fete)
    **{cue: _GREEN for cue in ("maypole", "plait", "ribbons", "maypolers", "unplait",
                               "interlace")},
    # (a bog snorkelling commentary, a poohsticks call, a remark on a snail or a
    # scarecrow remark after a request could be what it is about or the words of a
    # message; said after a question, an answer)
    **{bog: _BOG for bog in ("snorkeller's", "flailing", "flipper's", "adrift", "bog's",
                             "churned", "snorkellers", "splattered", "snorkelled",
                             "stonker", "triumphant", "unbuckled", "bogsnorkeller's")},
    **{stick: _STICKS for stick in ("plop", "footbridge", "poohsticks", "bobbing",
                                    "merrily", "parapet's", "slippy", "overtook",
                                    "brook's", "eddying", "eddied", "poohstick's",
                                    "victorious")},
    **{snail: _PATIO for snail in ("glistening", "trail", "snail's", "glued", "whorl's",
                                   "gleaming", "feelers", "waggling", "inching",
                                   "skywards", "slimy", "snail", "retreated")},
    **{crow: _VILLAGE for crow in ("scarecrow's", "rosetted", "turnip's", "toppling",
                                   "scarecrow", "dungarees", "scarecrows", "judged",
                                   "strawless", "hatless", "slumping", "bedraggled")},
}
"""Clauses that would bear on a phrase with one of these words ("give mira a ring"
before frogs croaking may be a call to her; "dry the heather bundles" before a
scarecrow remark may be about the scarecrow's straw): never said around it, so the
clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "welly up, wangers, no overstepping, flingers. {}", "{}, poohsticks",
    "ribbitoo! {}", "{}, the snorkeller's triumphant",
    "ponies, ponies! {}", "{}, a snail's glued on",
    "maypole, plait! {}", "{}, our scarecrow's rosetted",
    "no overarm, flingers, the welly's lobbed, chuckers. {}", "{}, mine overtook",
    "unplait, maypolers. {}", "{} so, the bogsnorkeller's triumphant",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "dobbins, dobbins! {}", "{}, what a slimy trail",
    "gribbock! {}", "{}, the bog's churned",
    "ribbons, maypolers! {}", "{}, the scarecrows are judged",
    "wanging commences, chuckers, flags up, wangers. {}", "{}, the parapet's slippy",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("welly up wangers"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("morris", "guestbook", "lullaby",
"mosaic") are never a clause's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftysecond_data.py none of an
out-of-scope template)."""


FIFTYSECOND_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("besomshed", "besom shed"), ("broommaking", "broom making"), ("ragdoll", "rag doll"),
    ("settee", "setee"), ("billhook", "bill hook"), ("squire", "squier"),
    ("eider", "eyeder"), ("netball", "net ball"), ("brownies", "brownys"),
    ("chestnut", "chesnut"), ("pickup", "pick up"), ("invoices", "invoises"),
    ("soaproom", "soap room"), ("soapmaking", "soap making"), ("burmilla", "bermilla"),
    ("leotard", "leotord"), ("orchestra", "orkestra"), ("patchouli", "patchooli"),
    ("oatmeal", "oat meal"), ("ingredient", "ingrediant"), ("birthday", "birth day"),
    ("drumshop", "drum shop"), ("drummaking", "drum making"),
    ("abyssinian", "abysinian"), ("dehumidifier", "dehumidifyer"),
    ("goatskin", "goat skin"), ("calfskin", "calf skin"), ("shellac", "shelac"),
    ("gymnastics", "jimnastics"), ("dinghy", "dingy"), ("drumsticks", "drum sticks"),
    ("tensioner", "tensionor"),
]
"""The fifty-second set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("twig bundler", "twigbundler"), ("pencil case", "pencilcase"),
         ("garden centre", "gardencentre"), ("toad in", "toadin"),
         ("farm shop", "farmshop"), ("hazel handle", "hazelhandle"),
         ("brass band", "brassband"), ("pickup keys", "pickupkeys"),
         ("birch twigs", "birchtwigs"), ("heather bundles", "heatherbundles"),
         ("cheese grater", "cheesegrater"), ("eider quilt", "eiderquilt"),
         ("leaner mince", "leanermince"), ("hall mirror", "hallmirror"),
         ("porch tiles", "porchtiles"), ("broom heads", "broomheads"),
         ("binding wire", "bindingwire"), ("craft fair", "craftfair"),
         ("twine spool", "twinespool"), ("chestnut stakes", "chestnutstakes"),
         ("airing cupboard", "airingcupboard"), ("leisure centre", "leisurecentre"),
         ("fish pie", "fishpie"), ("bus station", "busstation"),
         ("birthday card", "birthdaycard"), ("olive oil", "oliveoil"),
         ("book club", "bookclub"), ("bar stamper", "barstamper"),
         ("soap bars", "soapbars"), ("tallow blocks", "tallowblocks"),
         ("castile bars", "castilebars"), ("garage girder", "garagegirder"),
         ("header tank", "headertank"), ("council letter", "councilletter"),
         ("coal cellar", "coalcellar"), ("soap moulds", "soapmoulds"),
         ("gift hampers", "gifthampers"), ("patchouli oil", "patchoulioil"),
         ("ingredient labels", "ingredientlabels"), ("stall fee", "stallfee"),
         ("drying racks", "dryingracks"), ("oatmeal sacks", "oatmealsacks"),
         ("riding boots", "ridingboots"), ("utility room", "utilityroom"),
         ("ski trip", "skitrip"), ("ferry terminal", "ferryterminal"),
         ("hoop tensioner", "hooptensioner"), ("lug bolts", "lugbolts"),
         ("snare wires", "snarewires"), ("pear cider", "pearcider"),
         ("gas meter", "gasmeter"), ("garden tiller", "gardentiller"),
         ("dinghy anchor", "dinghyanchor"), ("ash hoops", "ashhoops"),
         ("drum keys", "drumkeys"), ("shellac varnish", "shellacvarnish"),
         ("spare drumsticks", "sparedrumsticks"), ("breakdown cover", "breakdowncover"),
         ("maple shells", "mapleshells"), ("calfskin heads", "calfskinheads"),
         ("drummaking weekend", "drummakingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"besomshed": "besom-shed", "soaproom": "soap-room", "drumshop": "drum-shop",
             "broommaking": "broom-making", "soapmaking": "soap-making",
             "drummaking": "drum-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftysecond.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a {w} out of driftwood for the mantelpiece",
        "what's {w} in old norse, more or less",
        "doodle a {w} in the margin of the hymn sheet",
        "are {w} cheaper at the cash and carry in rotherham",
        "hunt out a vintage {w} at the flea market in hexham",
        "roughly how many grams does a {w} weigh on the kitchen scales",
        "compose a mournful ballad about a {w}", "spell {w} backwards, one letter at a time",
    ],
    "routine command": [
        "strike {p} off the chore chart permanently",
        "talk me through {p} one step after another",
        "think up a snappier nickname for {p}, preferably rhyming",
        "clone {p} for the annexe above the workshop",
        "confine {p} to the easter holidays",
        "bleep twice whenever {p} kicks off",
        "who's been meddling with {p} while nana was napping",
        "could {p} be a touch gentler on my ears",
    ],
    "word order": [
        "{b} trounces {a} hands down", "{b} pips {a} at the post, frankly",
        "turn {a} and {b} round, cheers", "scrap the {a}, treble the {b} instead",
        "{a} following {b}, or the other way about", "a cartload of {b}, a smidgen of {a}",
    ],
    "negation": [
        "let's not bother with {p} tonight, duck",
        "i'd rather you didn't {p} while uncle snoozes in the armchair",
        "on no account are you to {p}, pet",
        "don't start {p} while i'm at the chiropodist's in halifax",
        "nah, shelve {p} for the foreseeable", "hang fire, no {p} till the bishop's left, love",
    ],
    "cancellation": [
        "defer {p} until the cousins from wigan have gone home",
        "{p} can hold off until the plasterer's finished",
        "leave out {p} during the week of the ploughing match in bakewell",
        "pause {p} until the roofers have cleared off",
        "we'll give {p} a miss over the whitsun weekend",
        "put {p} on ice until guy fawkes has come and gone",
    ],
    "state question": [
        "is {p} chugging away at this precise minute", "is {p} halfway through or finished",
        "did {p} go smoothly before the coal lorry came",
        "has {p} conked out or is it plodding on regardless",
        "has anybody seen to {p} since the window cleaner's visit",
        "did {p} get done the tuesday after the whist drive",
    ],
    "past or story": [
        "the winter of the big freeze {p} gave up the ghost too",
        "during the drought of the coronation summer {p} went haywire",
        "my great uncle in scunthorpe swore by {p} every candlemas",
        "at the ruby wedding in the wakefield working men's club {p} went on till dawn",
        "that whole sodden fortnight in filey {p} was on its last legs",
        "when we rented above the bakery in cleethorpes we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the rag and bone man hollered {p} down the ginnel",
        "a busker outside the precinct crooned {p}",
        "my auntie ends every voicemail with {p}",
        "a fellow on the night bus mumbled {p}",
        "the dinner lady shouted {p} across the canteen",
        "our window fitter from batley whistles {p} up his ladder",
    ],
    "contrast": [
        "{p} is only for when my sister brings the grandkids up from exeter",
        "we only {p} when grandpa visits from lerwick",
        "{p} is a high days and holidays treat in this house",
        "{p} is strictly a boxing day ritual round here",
        "we only {p} when the pipers march past the newsagent's",
        "{p} is kept for when the archdeacon drops in from lichfield",
    ],
    "hypothetical": [
        "supposing you'd been bribed with a victoria sponge, would you have agreed to {p}",
        "if i ever got obsessed with {p}, would you cope",
        "imagine if {p} started at four in the morning, would the street grumble",
        "if {p} began during a thunderstorm, would anything go wrong",
        "picture {p} happening in the middle of a power cut",
        "what would you say if the verger's granddaughter begged you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since the tiler left",
        "{p} let us down again at the golden jubilee street party in whitby",
        "{p} has been hopeless since the locksmith called",
        "i've been sick and tired of {p} ever since the clocks went back",
        "{p} is a right nuisance this week",
        "{p} keeps giving up halfway through the shipping news",
    ],
    "opinion": [
        "{p} is the cat's pyjamas and no mistake",
        "i'm tickled pink with {p}, honest",
        "{p} is a godsend for my dodgy hip, hand on heart",
        "{p} has made soggy mondays almost bearable",
        "{p} is the handiest gadget between here and john o' groats",
        "{p} is first rate, says our stan and he's picky",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the optician's",
        "pester me about {p} once the cricket's over",
        "make sure i don't forget to {p} on saturday after the jumble sale",
        "jog my memory to {p} after the evening headlines",
        "stick {p} on friday's list of chores",
        "give me a nudge about {p} once the panto's finished",
    ],
    "permission question": [
        "is my half brother's fiancée's nephew allowed to {p}",
        "is the lodger's cousin permitted to {p}",
        "would the gas fitter be allowed to {p} on his own",
        "is my goddaughter permitted to {p} when she stays over at half term",
        "can the babysitter's brother {p} without asking first",
        "is the paper boy from the end house allowed to {p}",
    ],
    # the fifty-second's own
    "a morris side named it": [
        "the morris side at the folk weekend is called {p}",
        "our local morris side is named {p}",
        "{p} is the morris side with the green baldricks",
        "grandad danced for a morris side called {p}",
        "there's a morris side from the next valley named {p}",
        "who'd call a morris side {p}",
    ],
    "a ship in a bottle named it": [
        "the ship in a bottle on the windowsill is called {p}",
        "grandpa's ship in a bottle is named {p}",
        "{p} is the ship in a bottle with the paper sails",
        "my uncle named his ship in a bottle {p}",
        "there's a ship in a bottle at the maritime museum named {p}",
        "who'd name a ship in a bottle {p}",
    ],
    "written in a wedding guestbook": [
        "someone wrote {p} in the wedding guestbook",
        "{p} is written in the wedding guestbook in green ink",
        "the best man wrote {p} in the wedding guestbook in felt tip",
        "there's a page of the wedding guestbook where someone wrote {p}",
        "auntie wrote {p} in the wedding guestbook by mistake",
        "why would anyone write {p} in a wedding guestbook",
    ],
    "engraved on a horse brass": [
        "{p} is engraved on a horse brass above the inglenook",
        "the old horse brass by the hearth has {p} engraved on it",
        "the farrier engraved {p} on a horse brass",
        "there's a horse brass at the antiques fair engraved with {p}",
        "they engraved {p} on a horse brass for the ploughing match",
        "why engrave {p} on a horse brass",
    ],
    "printed on a beer mat": [
        "{p} is printed on a beer mat at the local",
        "the beer mat under my pint has {p} printed on it",
        "the brewery printed {p} on a beer mat",
        "there's a beer mat in the collection with {p} printed on it",
        "they printed {p} on the beer mats for the darts final",
        "why print {p} on a beer mat",
    ],
    "a telegram in a period drama": [
        "in the period drama the telegram just said {p}",
        "the telegram in last night's period drama read {p}",
        "a period drama where a telegram says {p} made me laugh",
        "the butler in the period drama read out a telegram saying {p}",
        "in that period drama the telegram said {p} and the duchess fainted",
        "why would a telegram in a period drama say {p}",
    ],
    "set in a mosaic at the town hall": [
        "{p} is set in a mosaic at the town hall",
        "the mosaic in the town hall foyer spells out {p}",
        "the tilers set {p} in a mosaic at the town hall",
        "there's a mosaic at the town hall with {p} set in it",
        "the town hall mosaic says {p} in gold tesserae",
        "why set {p} in a mosaic at the town hall",
    ],
    "the last line of a lullaby": [
        "the last line of grandma's lullaby is {p}",
        "{p} is how the lullaby ends",
        "she hummed the lullaby right through to its last line, {p} included",
        "the lullaby from the old country ends on {p}",
        "we sing a lullaby whose last line is {p}",
        "why does the lullaby end with the line {p}",
    ],
    "a model railway station named it": [
        "the model railway station in the loft is called {p}",
        "our model railway station is named {p}",
        "{p} is the model railway station with the tiny signal box",
        "dad named his model railway station {p}",
        "there's a model railway station at the exhibition named {p}",
        "who'd call a model railway station {p}",
    ],
    "an untaught request joined to it by on top of that": [
        "{p} and on top of that reupholster the footstool",
        "{p}, on top of that revarnish the banisters",
        "rehang the wardrobe door and on top of that {p}",
        "{p} and on top of that degrease the extractor hood",
        "repoint the chimney stack, on top of that {p}",
        "{p} and on top of that recaulk the bath",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} string bag", "{} darning egg", "{} marmalade pot", "{} egg poacher",
    "{} muffin dome", "{} crumpet rack", "{} soda siphon", "{} hatpin",
    "{} button tin", "{} thimble case",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

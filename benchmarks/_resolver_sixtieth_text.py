"""The words of the sixtieth held-out resolver set
(benchmarks/_resolver_sixtieth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a picture framer's flat with
the frameroom above the gallery, where Fenda mounts and frames pictures, with her
husband Kola, their daughters Lina and Leva, a cat Gesso and a whippet Mitre (seed
600); a hurdle maker's cabin with the hurdleshed by the hazel coppice, where Riva weaves
hurdles, with her husband Raza, their daughters Pilla and Eira, a cat Wattle and a
collie Froe (601); and a stick maker's cottage with the hornshed behind the sheepfold,
where Tinda carves crooks and walking sticks, with her husband Colla, their daughters
Renda and Briony, a cat Ferrule and a beagle Shank (602). Its people and pets are named
in ways no earlier set names them: after what a framer primes or cuts a frame with
("feed gesso" beside "sand the gesso layers", "walk mitre" beside "set the mitre
clamps"), what a hurdle maker weaves or splits with ("feed wattle" beside "stack the
wattle panels", "walk froe" beside "sharpen the froe blade") or what a stick maker tips
or straightens ("feed ferrule" beside "fit the rubber ferrule", "walk shank" beside
"straighten the hazel shank"); and with names a recogniser writes as the word they sound
like, most as a speaker who sounds no "r" after a vowel says both: what guards a
hearth ("fenda" as "fender", beside "polish the brass fender"), what lines a pond
("lina" as "liner", beside "change the pond liner"), what works a flush ("leva" as
"lever", beside "mend the flush lever"), what runs past the cabin ("riva" as "river",
beside "film the river from the footbridge"), what shaves a chin ("raza" as "razor",
beside "charge the electric razor"), what holds up a porch ("pilla" as "pillar", beside
"paint the porch pillar"), what lights a fire ("tinda" as "tinder", beside "fill the
tinder box"), what a shirt is starched at ("colla" as "collar", beside "starch the
shirt collar") and what coats a wall ("renda" as "render", beside "patch the cracked
render"); and, in any accent, a fizzy drink ("kola" as "cola", beside "buy a crate of
cola"). A name that is also a word of another phrase of its home ("gesso", "mitre",
"wattle", "froe", "ferrule", "shank") has no other spelling, so the word is never
respelt as the name; Eira's and Briony's names sound like no word of their home. Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and
the siblings in ``UNTAUGHT`` ("lina's gymnastics at five" beside "lina's gymnastics at
four", "underpinner off" beside "underpinner on"), are never taught there. Phrases come
in every shape: one word ("glazing", "hurdlemaking", "stickmaking"), two nouns ("oak
mouldings", "hazel stakes", "antler tips"), nested ("underpinner on" inside "corner
underpinner on", "debarker on" inside "pole debarker on", "linisher on" inside "belt
linisher on"), words shared across phrases ("lock the frameroom" and "frameroom light
on", "feed gesso" and "sand the gesso layers"), numbers and times ("lina's gymnastics
at four", "briony's drama at nine"), places ("frameroom heater on", "hurdleshed stove
on", "hornshed extractor on"), verbs first ("charge the electric razor", "fill the
tinder box") and nouns first ("tuna for the toybob"), questions ("how many frames are
glazed", "how many hurdles are woven", "how many crooks are carved"), and a chore of
several clauses ("we're off to the sheepdog trials so feed ferrule and give briony a
ring and lock the hornshed").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("fender" for "fenda", "cola" for "kola", "render" for "renda"): the same person, so
"text kola about the gig tickets" written "text cola about the gig tickets" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a karate sensei calling the class at the dojo first
("kamae, kiai. X"), a kittiwake calling off the sea cliffs first, one word no dictionary
of the speaker's has ("kittiwaak! X"), a skateboarder calling tricks at the skate park
first ("kickflip! X"), a bhangra class in the village hall first ("balle balle! X"), a
remark on the haar rolling in off the sea after ("X, haar"), a game of canasta at the
table after ("X, canasta"), a remark on bramblings at the bird table after ("X,
bramblings"), a remark on snowdrops under the beeches after ("X, snowdrops"); the phrase
between a kittiwake's call and a haar remark ("kittiwaak! X, haar"), and the phrase
said in the middle of a karate sensei's calls, which go on after it ("kamae, X, kiai").
Some are joined with "and", "so", "then" or "oh and". No word of a clause but its
function words is a word of this set's pools or the generic pool, and its distinctive
words are no earlier set's wrappers' nor any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a ferry named it, a windmill named it, a gritter
lorry named it, a combine harvester named it, a dolls' house named it, engraved on a
locket, welded into a garden gate, embossed on a leather notebook, spelt out in fridge
magnets and painted on the side of a van.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

FRAMER = "picture framer's flat with the frameroom above the gallery"
HURDLER = "hurdle maker's cabin with the hurdleshed by the hazel coppice"
STICKMAKER = "stick maker's cottage with the hornshed behind the sheepfold"
HOMES: dict[int, str] = {600: FRAMER, 601: HURDLER, 602: STICKMAKER}

SIXTIETH_ROUTINES: dict[str, dict[str, list[str]]] = {
    FRAMER: {
        "Gesso": ["feed gesso", "tuna for the toybob"],
        "Mitre": ["walk mitre"],
        "Fenda": ["ring fenda", "call the picture framer", "phone fenda"],
        "Kola": ["drop kola a line", "send kola a text"],
        "Kola and Lina": ["message kola and lina"],
        "Lina": ["give lina a ring", "give lina a bell", "call lina back"],
        "Leva": ["tell leva her trumpet is on the landing"],
        "Leva ring": ["give leva a ring", "phone leva"],
        "Leva lift": ["ask leva for a lift to the bowling alley"],
        "Lina supper": ["tell lina her lasagne is ready"],
        "Lina lift": ["ask lina for a lift to the climbing wall"],
        "Fenda glass": ["text fenda about the museum glass delivery"],
        "Kola tickets": ["text kola about the gig tickets"],
        "Kola ring": ["give kola a ring", "ring kola back"],
        "Fenda keys": ["ask fenda for the gallery keys"],
        "Underpinner": ["underpinner on"],
        "Corner underpinner": ["corner underpinner on"],
        "Frameroom heater": ["frameroom heater on"],
        "Gesso layers": ["sand the gesso layers"],
        "Mitre clamps": ["set the mitre clamps"],
        "Fender": ["polish the brass fender"],
        "Cola": ["buy a crate of cola"],
        "Liner": ["change the pond liner"],
        "Lever": ["mend the flush lever"],
        "Frames": ["how many frames are glazed"],
        "Mountboard": ["has the mountboard parcel come"],
        "Gymnastics": ["lina's gymnastics at four"],
        "Choir": ["leva's choir at seven"],
        "Glass cutter": ["oil the glass cutter", "hone the glass cutter"],
        "Frame orders": ["count the frame orders", "tally the frame orders"],
        "Framing points": ["order more framing points", "restock the framing points"],
        "Glazing": ["glazing", "glazing evening"],
        "Frameroom": ["lock the frameroom"],
        "Frameroom light": ["frameroom light on"],
        "Gallery windows": ["wash the gallery windows"],
        "Framing invoices": ["file the framing invoices"],
        "Oak mouldings": ["oak mouldings"],
        "Gold leaf": ["gold leaf"],
        # long
        "Art fair": ["we're off to the art fair so feed gesso and give lina a ring "
                     "and lock the frameroom"],
    },
    HURDLER: {
        "Wattle": ["feed wattle", "kibble for the serengeti"],
        "Froe": ["walk froe"],
        "Riva": ["ring riva", "call the hurdle maker", "phone riva"],
        "Raza": ["drop raza a line", "send raza a text"],
        "Raza and Pilla": ["message raza and pilla"],
        "Pilla": ["give pilla a ring", "phone pilla", "ring pilla back"],
        "Eira stick": ["tell eira her hockey stick is in the boot room"],
        "Eira ring": ["give eira a bell", "phone eira", "ring eira back"],
        "Eira lift": ["ask eira for a lift to the cinema",
                      "ask eira to drive me to the cinema"],
        "Pilla supper": ["tell pilla her fish pie is ready"],
        "Riva and Eira": ["message riva and eira"],
        "Riva lift": ["ask riva for a lift to the farm shop"],
        "Raza card": ["send raza a birthday card", "post raza a birthday card"],
        "Riva rods": ["text riva about the hazel rod order",
                      "email riva about the hazel rod order"],
        "Raza darts": ["text raza about the darts league"],
        "Raza ring": ["give raza a ring", "phone raza back"],
        "Debarker": ["debarker on"],
        "Pole debarker": ["pole debarker on"],
        "Hurdleshed stove": ["hurdleshed stove on"],
        "Hurdles": ["how many hurdles are woven"],
        "Twine": ["has the twine parcel come"],
        "Rugby": ["pilla's rugby at five"],
        "Cello": ["eira's cello at eight"],
        "Wattle panels": ["stack the wattle panels"],
        "Froe blade": ["sharpen the froe blade"],
        "River": ["film the river from the footbridge"],
        "Razor": ["charge the electric razor"],
        "Pillar": ["paint the porch pillar"],
        "Billhook": ["hone the billhook", "oil the billhook"],
        "Hurdle orders": ["count the hurdle orders", "tally the hurdle orders"],
        "Hurdlemaking": ["hurdlemaking", "hurdlemaking afternoon"],
        "Hurdleshed": ["lock the hurdleshed"],
        "Hurdleshed light": ["hurdleshed light on"],
        "Binding twine": ["order more binding twine", "restock the binding twine"],
        "Coppice rent": ["pay the coppice rent"],
        "Hazel stakes": ["hazel stakes"],
        "Willow binders": ["willow binders"],
        # long
        "County show": ["we're off to the county show so feed wattle and give pilla a "
                        "ring and lock the hurdleshed"],
    },
    STICKMAKER: {
        "Ferrule": ["feed ferrule", "chicken for the kurilian"],
        "Shank": ["walk shank"],
        "Tinda": ["ring tinda", "call the stick maker", "phone tinda"],
        "Colla": ["drop colla a line", "send colla a text"],
        "Colla and Briony": ["message colla and briony"],
        "Briony": ["give briony a ring", "phone briony"],
        "Renda boots": ["tell renda her riding boots are in the scullery"],
        "Tinda horn": ["text tinda about the buffalo horn order"],
        "Renda trip": ["text renda about the castle trip"],
        "Colla ring": ["give colla a ring", "phone colla"],
        "Colla lift": ["ask colla for a lift to the rowing club"],
        "Tinda and Briony": ["message tinda and briony"],
        "Linisher": ["linisher on"],
        "Belt linisher": ["belt linisher on"],
        "Hornshed extractor": ["hornshed extractor on"],
        "Ferrule fitting": ["fit the rubber ferrule"],
        "Hazel shank": ["straighten the hazel shank"],
        "Tinder": ["fill the tinder box"],
        "Collar": ["starch the shirt collar"],
        "Render": ["patch the cracked render"],
        "Renda": ["give renda a bell", "ring renda back"],
        "Crooks": ["how many crooks are carved"],
        "Horn blanks": ["have the horn blanks arrived"],
        "Archery": ["renda's archery at six"],
        "Drama": ["briony's drama at nine"],
        "Carving rasps": ["hone the carving rasps", "oil the carving rasps"],
        "Stick orders": ["count the stick orders", "tally the stick orders"],
        "Horn spacers": ["order more horn spacers", "restock the horn spacers"],
        "Stickmaking": ["stickmaking", "stickmaking weekend"],
        "Hornshed": ["lock the hornshed"],
        "Hornshed light": ["hornshed light on"],
        "Ash billets": ["stack the ash billets"],
        "Fishing permit": ["renew colla's fishing permit"],
        "Antler tips": ["antler tips"],
        "Thumb sticks": ["thumb sticks"],
        # long
        "Sheepdog trials": ["we're off to the sheepdog trials so feed ferrule and give "
                            "briony a ring and lock the hornshed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    FRAMER: {
        "Gymnastics five": ["lina's gymnastics at five"],
        "Choir eight": ["leva's choir at eight"],
        "Underpinner off": ["underpinner off"],
        "Corner underpinner off": ["corner underpinner off"],
        "Frameroom light off": ["frameroom light off"],
        "Unlock frameroom": ["unlock the frameroom"],
        "Fenda acrylic": ["text fenda about the museum acrylic delivery"],
        "Framing pins": ["order more framing pins"],
        "Frame returns": ["count the frame returns"],
        "Copper fender": ["polish the copper fender"],
        "Pond pump": ["change the pond pump"],
        "Frameroom heater off": ["frameroom heater off"],
    },
    HURDLER: {
        "Rugby six": ["pilla's rugby at six"],
        "Cello nine": ["eira's cello at nine"],
        "Debarker off": ["debarker off"],
        "Pole debarker off": ["pole debarker off"],
        "Hurdleshed light off": ["hurdleshed light off"],
        "Unlock hurdleshed": ["unlock the hurdleshed"],
        "Riva chestnut": ["text riva about the chestnut rod order"],
        "Baling twine": ["order more baling twine"],
        "Gate orders": ["count the gate orders"],
        "Manual razor": ["charge the manual razor"],
        "Porch door": ["paint the porch door"],
        "Hurdleshed stove off": ["hurdleshed stove off"],
    },
    STICKMAKER: {
        "Archery seven": ["renda's archery at seven"],
        "Drama ten": ["briony's drama at ten"],
        "Linisher off": ["linisher off"],
        "Belt linisher off": ["belt linisher off"],
        "Hornshed light off": ["hornshed light off"],
        "Unlock hornshed": ["unlock the hornshed"],
        "Tinda ram": ["text tinda about the sheep horn order"],
        "Brass spacers": ["order more brass spacers"],
        "Crook orders": ["count the crook orders"],
        "Blouse collar": ["starch the blouse collar"],
        "Matchbox": ["fill the tinder tin"],
        "Hornshed extractor off": ["hornshed extractor off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the picture framer's flat
    {"we're off to the art fair so feed gesso and give lina a ring and lock the "
     "frameroom", "i'm leaving", "goodbye house", "feed gesso", "give lina a ring",
     "lock the frameroom"},
    {"feed gesso", "tuna for the toybob", "feed the toybob"},
    {"ring fenda", "call the picture framer", "ring the picture framer", "phone fenda"},
    # the hurdle maker's cabin
    {"we're off to the county show so feed wattle and give pilla a ring and lock the "
     "hurdleshed", "i'm leaving", "goodbye house", "feed wattle", "give pilla a ring",
     "lock the hurdleshed"},
    {"feed wattle", "kibble for the serengeti", "feed the serengeti"},
    {"ring riva", "call the hurdle maker", "ring the hurdle maker", "phone riva"},
    # the stick maker's cottage
    {"we're off to the sheepdog trials so feed ferrule and give briony a ring and lock "
     "the hornshed", "i'm leaving", "goodbye house", "feed ferrule", "give briony a ring",
     "lock the hornshed"},
    {"feed ferrule", "chicken for the kurilian", "feed the kurilian"},
    {"ring tinda", "call the stick maker", "ring the stick maker", "phone tinda"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the toybob" where the toybob is Gesso). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"gesso", "mitre", "fenda", "kola", "lina", "lina's", "leva", "leva's",
         "wattle", "froe", "riva", "raza", "pilla", "pilla's", "eira", "eira's",
         "ferrule", "shank", "tinda", "colla", "colla's", "renda", "renda's", "briony",
         "briony's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as what guards a hearth, what lines a pond, what works a flush
    "fenda": ("fender",), "lina": ("liner",), "lina's": ("liner's",),
    "leva": ("lever",), "leva's": ("lever's",),
    # written as what runs past the cabin, what shaves a chin, what holds up a porch
    "riva": ("river",), "raza": ("razor",), "pilla": ("pillar",),
    "pilla's": ("pillar's",),
    # written as what lights a fire, what a shirt is starched at, what coats a wall
    "tinda": ("tinder",), "colla": ("collar",), "colla's": ("collar's",),
    "renda": ("render",), "renda's": ("render's",),
    # written as a fizzy drink
    "kola": ("cola",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er" or "-or" or "-ar" are one sound, so "fenda" and "fender",
"lina" and "liner", "leva" and "lever", "riva" and "river", "raza" and "razor", "pilla"
and "pillar", "tinda" and "tinder", "colla" and "collar", "renda" and "render" are each
one sound; "kola" and "cola" are one sound in any accent. Eira's and Briony's names have
no other writing."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "tuna": ("salmon",), "toybob": ("ragdoll",), "walk": ("bath",),
    "lock": ("sweep",), "picture": ("window",), "framer": ("cleaner",),
    "text": ("visit",), "trumpet": ("trombone",), "landing": ("stairs",),
    "bowling": ("snooker",), "alley": ("hall",), "lasagne": ("risotto",),
    "climbing": ("squash",), "wall": ("court",), "museum": ("shop",),
    "glass": ("mirror",), "delivery": ("invoice",), "gig": ("opera",),
    "tickets": ("programmes",), "gallery": ("garage",), "keys": ("papers",),
    "underpinner": ("stapler",), "corner": ("edge",), "frameroom": ("stable",),
    "heater": ("fan",), "sand": ("paint",), "gesso": ("varnish",),
    "layers": ("edges",), "set": ("loosen",), "mitre": ("bench",), "clamps": ("vices",),
    "polish": ("dust",), "brass": ("steel",), "fender": ("grate",),
    "buy": ("return",), "crate": ("bottle",), "cola": ("lemonade",),
    "change": ("clean",), "pond": ("bath",), "liner": ("filter",),
    "mend": ("jiggle",), "flush": ("window",), "lever": ("handle",),
    "frames": ("mirrors",), "glazed": ("boxed",), "mountboard": ("canvas",),
    "parcel": ("letter",), "gymnastics": ("diving",), "choir": ("orchestra",),
    "oil": ("sharpen",), "hone": ("sharpen",), "cutter": ("scraper",),
    "count": ("sort",), "tally": ("sort",), "orders": ("returns",),
    "framing": ("roofing",), "points": ("tacks",), "glazing": ("upholstering",),
    "evening": ("morning",), "wash": ("dust",), "windows": ("shutters",),
    "file": ("shred",), "invoices": ("receipts",), "oak": ("pine",),
    "mouldings": ("skirtings",), "gold": ("silver",), "leaf": ("foil",),
    "art": ("antiques",), "fair": ("auction",),
    "kibble": ("mince",), "serengeti": ("siamese",), "hurdle": ("fence",),
    "maker": ("mender",), "hockey": ("lacrosse",), "stick": ("bag",),
    "boot": ("utility",), "room": ("cupboard",), "cinema": ("bowls club",),
    "fish": ("cottage",), "pie": ("flan",), "farm": ("garden",), "shop": ("centre",),
    "birthday": ("christmas",), "card": ("balloon",), "hazel": ("chestnut",),
    "rod": ("pole",), "darts": ("pool",), "league": ("night",),
    "debarker": ("chipper",), "pole": ("log",), "hurdleshed": ("boathouse",),
    "stove": ("radio",), "hurdles": ("gates",), "woven": ("stitched",),
    "twine": ("wire",), "rugby": ("netball",), "cello": ("harp",),
    "stack": ("count",), "wattle": ("fence",), "panels": ("posts",),
    "sharpen": ("polish",), "froe": ("axe",), "blade": ("handle",),
    "film": ("sketch",), "river": ("weir",), "footbridge": ("towpath",),
    "charge": ("clean",), "electric": ("travel",), "razor": ("toothbrush",),
    "paint": ("sweep",), "porch": ("garden",), "pillar": ("gate",),
    "billhook": ("sickle",), "hurdlemaking": ("hedgelaying",), "afternoon": ("evening",),
    "binding": ("garden",), "pay": ("check",), "coppice": ("paddock",),
    "rent": ("rates",), "stakes": ("poles",), "willow": ("bramble",),
    "binders": ("ties",), "county": ("flower",), "show": ("market",),
    "chicken": ("turkey",), "kurilian": ("sphynx",), "riding": ("wellington",),
    "boots": ("socks",), "scullery": ("attic",), "buffalo": ("cow",),
    "horn": ("bone",), "castle": ("zoo",), "trip": ("sleepover",),
    "rowing": ("tennis",), "club": ("lesson",), "linisher": ("sander",),
    "belt": ("disc",), "hornshed": ("kitchen",), "extractor": ("radio",),
    "fit": ("glue",), "rubber": ("steel",), "ferrule": ("handle",),
    "straighten": ("varnish",), "shank": ("handle",), "fill": ("empty",),
    "tinder": ("button",), "box": ("tin",), "starch": ("iron",), "shirt": ("coat",),
    "collar": ("cuffs",), "patch": ("paint",), "cracked": ("crumbling",),
    "render": ("plaster",), "crooks": ("sticks",), "carved": ("sold",),
    "blanks": ("tips",), "arrived": ("gone",), "archery": ("fencing",),
    "drama": ("ballet",), "carving": ("wood",), "rasps": ("knives",),
    "spacers": ("washers",), "stickmaking": ("knitting",), "weekend": ("fortnight",),
    "ash": ("beech",), "billets": ("logs",), "renew": ("cancel",),
    "fishing": ("parking",), "permit": ("badge",), "antler": ("walnut",),
    "tips": ("knobs",), "thumb": ("walking",), "sticks": ("poles",),
    "sheepdog": ("horse",), "trials": ("races",),
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
("lina's gymnastics at quarter past four" for "lina's gymnastics at four", "feed the
ragdoll"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_SENSEI = [
    ("kamae", "kiai"),
    ("rei", "mokuso"),
    ("seiza", "rei"),
    ("yame", "oss"),
    ("kamae, kamae", "kiai"),
    ("mokuso", "yame"),
    ("osu", "kamae, kiai"),
    ("kiai, kiai", "yame"),
]
_KITTIWAKE = [
    "kittiwaak", "kittiwaaak", "keeti waak", "ayik", "kittiwayk",
    "kittiwaak, kittiwaak", "kitti waak", "waak", "kittiwaak, waak",
]
_TRICKS = [
    "kickflip", "heelflip, heelflip", "nollie fakie", "shuvit, sick", "varial kickflip",
    "fakie, rad", "sick heelflip", "kickflip, kickflip, kickflip",
]
_BHANGRA = [
    "balle balle", "shava shava", "burrah", "hoye hoye", "balle, shava",
    "burrah, balle balle", "shava, hoye", "balle balle, shava",
]
_HAAR = [
    "haar", "the haar's in", "haary", "that's haar", "socked in with haar",
    "the haar", "more haar", "haar again",
]
_BRAMBLINGS = [
    "bramblings", "the bramblings are here", "bramblings again",
    "bramblings on the beechmast", "the bramblings", "a brambling",
    "more bramblings", "the bramblings are here",
]

WRAPPERS: dict[str, list[str]] = {
    "a karate sensei calling the class at the dojo, said first": [
        f"{a}, {b}. {{}}" for a, b in _SENSEI[:6]
    ] + [f"{_SENSEI[6][0]}, {_SENSEI[6][1]}, then {{}}",
         f"{_SENSEI[7][0]}, {_SENSEI[7][1]}, oh and {{}}"],
    "a kittiwake calling off the sea cliffs, said first": [
        f"{_KITTIWAKE[0]}! {{}}", f"{_KITTIWAKE[1]}! {{}}", f"{_KITTIWAKE[2]}. {{}}",
        f"{_KITTIWAKE[3]}! {{}}", f"{_KITTIWAKE[4]}. {{}}", f"{_KITTIWAKE[5]}! {{}}",
        f"{_KITTIWAKE[6]}, then {{}}", f"{_KITTIWAKE[7]}, oh and {{}}",
        f"{_KITTIWAKE[8]}! {{}}",
    ],
    "a skateboarder calling tricks at the skate park, said first": [
        f"{_TRICKS[0]}! {{}}", f"{_TRICKS[1]}! {{}}", f"{_TRICKS[2]}. {{}}",
        f"{_TRICKS[3]}! {{}}", f"{_TRICKS[4]}. {{}}", f"{_TRICKS[5]}! {{}}",
        f"{_TRICKS[6]}, then {{}}", f"{_TRICKS[7]}, oh and {{}}",
    ],
    "a bhangra class in the village hall, said first": [
        f"{_BHANGRA[0]}! {{}}", f"{_BHANGRA[1]}! {{}}", f"{_BHANGRA[2]}! {{}}",
        f"{_BHANGRA[3]}. {{}}", f"{_BHANGRA[4]}. {{}}", f"{_BHANGRA[5]}! {{}}",
        f"{_BHANGRA[6]}, then {{}}", f"{_BHANGRA[7]}, oh and {{}}",
    ],
    "a remark on the haar rolling in off the sea, said after": [
        f"{{}}, {d}" for d in _HAAR[:6]
    ] + [f"{{}} and, {_HAAR[6]}", f"{{}} so, {_HAAR[7]}"],
    "a remark on bramblings at the bird table, said after": [
        f"{{}}, {d}" for d in _BRAMBLINGS[:6]
    ] + [f"{{}} and, {_BRAMBLINGS[6]}", f"{{}} so, {_BRAMBLINGS[7]}"],
    "a game of canasta at the table, said after": [
        "{}, canasta", "{}, that's a canasta", "{}, meld", "{}, canasta, canasta",
        "{}, wildcards", "{}, no meld", "{} and, another canasta",
        "{} so, canasta again",
    ],
    "a remark on snowdrops under the beeches, said after": [
        "{}, snowdrops", "{}, the snowdrops are up", "{}, a snowdrop",
        "{}, snowdrops under the beeches", "{}, the snowdrops", "{}, snowdrops, snowdrops",
        "{} and, more snowdrops", "{} so, the snowdrops are up",
    ],
    "between a kittiwake's call and a haar remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_KITTIWAKE[:1], _HAAR[:1], strict=True)
    ] + [f"{_KITTIWAKE[1]}! {{}}, {_HAAR[1]}", f"{_KITTIWAKE[2]}. {{}}, {_HAAR[2]}",
         f"{_KITTIWAKE[3]}! {{}}, {_HAAR[3]}", f"{_KITTIWAKE[4]}. {{}}, {_HAAR[4]}",
         f"{_KITTIWAKE[5]}! {{}}, {_HAAR[5]}",
         f"{_KITTIWAKE[8]}! {{}} and, {_HAAR[6]}",
         f"{_KITTIWAKE[6]}. {{}} so, {_HAAR[7]}"],
    "in the middle of a karate sensei's calls": [
        f"{a}, {{}}, {b}" for a, b in _SENSEI[:6]
    ] + [f"{_SENSEI[6][0]}, {{}} and, {_SENSEI[6][1]}",
         f"{_SENSEI[7][0]}, {{}} so, {_SENSEI[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in SIXTIETH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("glazed", "woven",
"carved"): a remark or a call at a game said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three",
            "two"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_NOISE = {"quiet", "loud", "noise", "sounds"}
_OUTINGS = {"gymnastics", "choir", "rugby", "cello", "archery", "drama", "bowling",
            "alley", "climbing", "wall", "gig", "tickets", "cinema", "farm", "shop",
            "rowing", "club", "castle", "trip", "art", "fair", "county", "show",
            "sheepdog", "trials", "darts", "league", "hockey", "lift", "riding"}
"""Requests about a child's club or lesson, a show, a fair or an outing and a lift to
it: a class, a game or a call said beside them could be about the same outing."""
_PETS = {"feed", "tuna", "kibble", "chicken", "toybob", "serengeti", "kurilian",
         "gesso", "mitre", "wattle", "froe", "ferrule", "shank", "walk", "cat", "dog",
         "walking"}
"""Requests about the cats and dogs (what a bird at the table is wary of, what may run
out on the sea cliffs)."""
_COLD = {"heater", "heat", "fire", "fireplace", "stove", "tinder", "morning",
         "afternoon", "night", "evening", "bedtime", "curtains", "blinds", "window",
         "windows", "washing", "laundry", "outside"}
"""Requests about the cold, the damp, the time of day or what dries or warms the house
(what a remark on the haar could bear on)."""
_DOJO = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "workout", "gym", "yoga",
                             "practice", "session", "ready", "kit"}
"""Requests a karate sensei's calls could bear on (a class and its count, a workout, a
club and the lift to it)."""
_CLIFFS = _NOISE | {"river", "film", "footbridge", "pond", "liner", "fish", "tuna",
                    "walk", "walking", "mitre", "froe", "shank", "dog"}
"""Requests a kittiwake calling could bear on (the water and the birds on it, what is
filmed, the dogs walked along the cliff)."""
_SKATE = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "belt", "pole", "sand",
                              "wax", "board", "park", "game", "gaming", "party"}
"""Requests a skateboarder's tricks could bear on (a park, a game, an outing and a lift,
what a board is waxed or sanded with)."""
_HALL = _OUTINGS | _NOISE | {"music", "radio", "party", "count", "tally", *_NUMBERS,
                             "practice", "workout", "concert"}
"""Requests a bhangra class could bear on (music and a party, a class and its count, an
outing)."""
_SEA = _SAID_TO | _ASKED | _COLD | {"river", "film", "footbridge", "pond", "liner",
                                    "drive", "car", "lift", "porch", "windows"}
"""Requests a remark on the haar could bear on (the cold and the damp, the washing, the
water and what is filmed on it, a drive in it), and a message or a question."""
_BIRDTABLE = _SAID_TO | _ASKED | _PETS | {"garden", "window", "windows", "film",
                                          "river", "pond", "crate"}
"""Requests a remark on bramblings could bear on (the garden and the window it is seen
from, what is filmed, the cats that stalk them)."""
_TABLE = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "pie", "lasagne",
                                                  "ready", "card", "cards", "music",
                                                  "radio", "stack", "crate", "cola"}
"""Requests a game of canasta could bear on (a game and its count, supper at the table,
a party or a card)."""
_BEECHES = _SAID_TO | _ASKED | _COLD | {"garden", "hazel", "coppice", "hurdlemaking",
                                        "stakes", "billets", "ash", "oak", "willow",
                                        "porch", "film", "pond"}
"""Requests a remark on snowdrops could bear on (the garden and the wood they come up
in, the cold of late winter), and a message or a question."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a karate sensei bears on a class, its count, a club and the lift to it)
    **{call: _DOJO for call in ("kamae", "kiai", "rei", "mokuso", "seiza", "yame",
                                "oss", "osu")},
    # (a kittiwake calling bears on the water, what is filmed, the dogs on the cliff)
    **{bird: _CLIFFS for bird in ("kittiwaak", "kittiwaaak", "keeti", "waak", "ayik",
                                  "kittiwayk", "kitti")},
    # (a skateboarder's tricks bear on a park, a game, an outing, a board)
    **{trick: _SKATE for trick in ("kickflip", "heelflip", "nollie", "fakie", "shuvit",
                                   "sick", "varial", "rad")},
    # (a bhangra class bears on music, a party, a class and its count)
    **{call: _HALL for call in ("balle", "shava", "burrah", "hoye")},
    # (a haar remark, a canasta call, a brambling or a snowdrop remark after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{sea: _SEA for sea in ("haar", "haar's", "haary", "socked")},
    **{bird: _BIRDTABLE for bird in ("bramblings", "brambling", "beechmast")},
    **{game: _TABLE for game in ("canasta", "meld", "wildcards")},
    **{flower: _BEECHES for flower in ("snowdrops", "snowdrop", "beeches")},
}
"""Clauses that would bear on a phrase with one of these words ("give lina a ring"
before a karate sensei's calls may be about her class; "film the river from the
footbridge" beside a remark on the haar is about the weather on the water): never said
around it, so the clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "kamae, kiai. {}", "{}, canasta",
    "kittiwaak! {}", "{}, haar",
    "kickflip! {}", "{}, bramblings",
    "balle balle! {}", "{}, snowdrops",
    "rei, mokuso. {}", "{}, that's a canasta",
    "shava shava! {}", "{} so, the haar's in",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "burrah! {}", "{}, haary",
    "kittiwayk! {}", "{}, the snowdrops are up",
    "heelflip, heelflip! {}", "{}, bramblings on the beechmast",
    "seiza, rei. {}", "{}, meld",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("kamae kiai", "balle
balle"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words are never a clause's, so they
stay."""

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
none is a word of a pool phrase, tests/test_resolver_sixtieth_data.py none of an
out-of-scope template)."""


SIXTIETH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("frameroom", "frame room"), ("toybob", "toy bob"), ("trumpet", "trumpit"),
    ("lasagne", "lazanya"), ("gallery", "galery"), ("underpinner", "under pinner"),
    ("gesso", "jesso"), ("mitre", "miter"), ("mountboard", "mount board"),
    ("gymnastics", "jimnastics"), ("mouldings", "moldings"), ("glazing", "glaze ing"),
    ("serengeti", "seren getti"), ("hurdleshed", "hurdle shed"), ("debarker", "de barker"),
    ("wattle", "wottle"), ("billhook", "bill hook"), ("hurdlemaking", "hurdle making"),
    ("coppice", "coppis"), ("footbridge", "foot bridge"), ("cello", "chello"),
    ("kurilian", "curilian"), ("hornshed", "horn shed"), ("linisher", "linnisher"),
    ("ferrule", "ferrel"), ("scullery", "sculery"), ("stickmaking", "stick making"),
    ("archery", "archry"), ("extractor", "extracter"), ("billets", "billits"),
    ("sheepdog", "sheep dog"), ("buffalo", "bufalo"),
]
"""The sixtieth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("corner underpinner", "cornerunderpinner"), ("climbing wall", "climbingwall"),
         ("bowling alley", "bowlingalley"), ("museum glass", "museumglass"),
         ("glass delivery", "glassdelivery"), ("gig tickets", "gigtickets"),
         ("gallery keys", "gallerykeys"), ("gesso layers", "gessolayers"),
         ("mitre clamps", "mitreclamps"), ("brass fender", "brassfender"),
         ("pond liner", "pondliner"), ("flush lever", "flushlever"),
         ("mountboard parcel", "mountboardparcel"), ("glass cutter", "glasscutter"),
         ("frame orders", "frameorders"), ("framing points", "framingpoints"),
         ("gallery windows", "gallerywindows"), ("framing invoices", "framinginvoices"),
         ("oak mouldings", "oakmouldings"), ("gold leaf", "goldleaf"),
         ("art fair", "artfair"), ("picture framer", "pictureframer"),
         ("hurdle maker", "hurdlemaker"), ("hockey stick", "hockeystick"),
         ("boot room", "bootroom"), ("fish pie", "fishpie"), ("farm shop", "farmshop"),
         ("birthday card", "birthdaycard"), ("hazel rod", "hazelrod"),
         ("rod order", "rodorder"), ("darts league", "dartsleague"),
         ("pole debarker", "poledebarker"), ("twine parcel", "twineparcel"),
         ("wattle panels", "wattlepanels"), ("froe blade", "froeblade"),
         ("electric razor", "electricrazor"), ("porch pillar", "porchpillar"),
         ("hurdle orders", "hurdleorders"), ("binding twine", "bindingtwine"),
         ("coppice rent", "coppicerent"), ("hazel stakes", "hazelstakes"),
         ("willow binders", "willowbinders"), ("county show", "countyshow"),
         ("stick maker", "stickmaker"), ("riding boots", "ridingboots"),
         ("buffalo horn", "buffalohorn"), ("horn order", "hornorder"),
         ("castle trip", "castletrip"), ("rowing club", "rowingclub"),
         ("belt linisher", "beltlinisher"), ("rubber ferrule", "rubberferrule"),
         ("hazel shank", "hazelshank"), ("tinder box", "tinderbox"),
         ("shirt collar", "shirtcollar"), ("horn blanks", "hornblanks"),
         ("carving rasps", "carvingrasps"), ("stick orders", "stickorders"),
         ("horn spacers", "hornspacers"), ("ash billets", "ashbillets"),
         ("fishing permit", "fishingpermit"), ("antler tips", "antlertips"),
         ("thumb sticks", "thumbsticks"), ("sheepdog trials", "sheepdogtrials"),
         ("stickmaking weekend", "stickmakingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"frameroom": "frame-room", "hurdleshed": "hurdle-shed",
             "hornshed": "horn-shed", "mountboard": "mount-board",
             "footbridge": "foot-bridge"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_sixtieth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "whittle a {w} out of a cotton reel for the nativity play",
        "what's the manx word for {w}, near enough",
        "doodle a {w} on the back of the raffle envelope",
        "is a {w} any dearer at the hardware shop in kendal",
        "hunt down a tatty old {w} at the jumble sale in bideford",
        "roughly how long does a {w} last, at a guess",
        "make up a limerick about a {w} for the women's institute",
        "how would a scouser say {w}",
    ],
    "routine command": [
        "get rid of {p} for good and all",
        "talk me through {p} a step at a time",
        "think up a catchier title for {p}, something alliterative",
        "make a spare copy of {p} for the holiday cottage at mevagissey",
        "limit {p} to the week before whitsun",
        "play a little jingle whenever {p} gets going",
        "who's been tinkering about with {p} while nana was snoozing",
        "can {p} be toned down a smidge after gardeners' world",
    ],
    "word order": [
        "{b} knocks {a} into a cocked hat", "{b} pips {a}, if you ask me",
        "swap the {a} for a {b}, cheers", "bin the {a} but hang onto the {b}, love",
        "{a} first and {b} after, or t'other way round",
        "a splodge of {b}, a pinch of {a}",
    ],
    "negation": [
        "let's give {p} a miss this drizzly wednesday, pet",
        "i'd rather you didn't {p} while grandpa's snoozing in the armchair",
        "on no account {p} until i say so, sweetheart",
        "don't go doing {p} while i'm at the optician's in redruth",
        "nah, leave {p} alone for now",
        "hold your horses, no {p} until the verger's gone, lovey",
    ],
    "cancellation": [
        "park {p} until the cousins from prestatyn have gone home",
        "{p} can wait its turn until the window cleaner's finished",
        "skip {p} for the week of the ploughing match in ruthin",
        "knock {p} on the head until the plumber's been",
        "we'll manage without {p} over the bonfire weekend",
        "put {p} on hold until the new year's day palaver has settled",
    ],
    "state question": [
        "is {p} ticking over at the moment",
        "is {p} part way through or over and done with",
        "did {p} go off smoothly before the roofer arrived",
        "has {p} given up the ghost or is it hobbling on",
        "has anybody checked on {p} since the gas man called",
        "was {p} seen to the wednesday after the beetle drive at the scout hut",
    ],
    "past or story": [
        "the winter the canal froze {p} gave up as well",
        "in the sweltering summer of the silver jubilee {p} misbehaved something rotten",
        "my great uncle in skegness swore by {p} every martinmas",
        "at the ruby wedding do in the barnsley cricket club {p} went on till dawn",
        "that whole washed out week in tenby {p} was on the blink",
        "when we lived above the launderette in grimsby we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the milkman hollered {p} down the alleyway",
        "a busker by the corn exchange in wisbech crooned {p}",
        "my pen friend from stornoway ends every letter with {p}",
        "a fella on the night bus to carlisle mumbled {p}",
        "the lollipop lady shouted {p} across the crossing",
        "our roofer from batley whistles {p} on his scaffold",
    ],
    "contrast": [
        "{p} is only for when my stepsister visits from lerwick",
        "we only {p} when my godfather flies in from jersey",
        "{p} is a high days and holidays thing in our end terrace",
        "{p} is strictly a burns night custom in our bungalow",
        "we only {p} when the brass band marches past the post office",
        "{p} is kept for when the archdeacon comes over from lichfield",
    ],
    "hypothetical": [
        "supposing i'd buttered you up with an eccles cake, would you have agreed to {p}",
        "if i ever got completely obsessed with {p}, would you still put up with me",
        "imagine if {p} kicked off at the crack of sparrows, would the cul de sac moan",
        "if {p} started during a blackout, would the trip switch go",
        "picture {p} keeping on right through the big snow of that winter",
        "what would you do if the organist's grandson pestered you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since the tiler's apprentice left",
        "{p} let us down again at the coronation tea party in blackpool",
        "{p} has been neither use nor ornament since the man from the water board came",
        "i'm fed up to the back teeth with {p} since whitsun",
        "{p} is a right royal pain since pancake day",
        "{p} keeps conking out halfway through the snooker on telly",
    ],
    "opinion": [
        "{p} is the cat's pyjamas if you want my two penn'orth",
        "i'm tickled pink with {p}, honest to goodness",
        "{p} is a lifesaver for my dodgy knee, to be fair",
        "{p} has made wet sundays almost tolerable",
        "{p} is the cleverest contraption this side of the severn",
        "{p} is first rate, reckons our doreen and she's picky",
    ],
    "reminder for later": [
        "remind me to {p} when i'm home from the osteopath's in bakewell",
        "pester me about {p} once the boat race is done",
        "make sure i don't forget to {p} on saturday after the bring and buy",
        "prod me to {p} after songs of praise",
        "pop {p} on tuesday's jobs list on the fridge door",
        "give me a prod about {p} once the well dressing is over",
    ],
    "permission question": [
        "is my brother in law's stepdaughter's boyfriend from penzance allowed to {p}",
        "is the lodger's half sister from hull permitted to {p}",
        "would the window cleaner's apprentice be allowed to {p} on his own",
        "is my step granddaughter allowed to {p} when she stays over at easter",
        "can the childminder's nephew {p} without asking first",
        "is the paperboy's sister from the cul de sac allowed to {p}",
    ],
    # the sixtieth's own
    "a ferry named it": [
        "the ferry to the island is called {p}",
        "{p} is the ferry that does the crossing at noon",
        "the harbour board named their new ferry {p}",
        "a ferry called {p} ran aground in the fog",
        "there's a ferry on the estuary named {p}",
        "who'd name a ferry {p}",
    ],
    "a windmill named it": [
        "the windmill on the ridge is called {p}",
        "{p} is the windmill with the white sails",
        "the millers named their windmill {p}",
        "a windmill called {p} lost a sail in the gale",
        "there's a windmill on the fens named {p}",
        "who'd name a windmill {p}",
    ],
    "a gritter lorry named it": [
        "the council's gritter lorry is called {p}",
        "{p} is the gritter lorry that does our lane",
        "the schoolchildren named the gritter lorry {p}",
        "a gritter lorry called {p} got stuck on the hill",
        "there's a gritter lorry at the depot named {p}",
        "who'd name a gritter lorry {p}",
    ],
    "a combine harvester named it": [
        "the farmer's combine harvester is called {p}",
        "{p} is the combine harvester in the top field",
        "our neighbour named his combine harvester {p}",
        "a combine harvester called {p} blocked the lane for an hour",
        "there's a combine harvester at the ploughing match named {p}",
        "who'd name a combine harvester {p}",
    ],
    "a dolls' house named it": [
        "my niece's dolls' house is called {p}",
        "{p} is the dolls' house on the top shelf",
        "grandma named the old dolls' house {p}",
        "a dolls' house called {p} sold at the auction",
        "there's a dolls' house at the toy museum named {p}",
        "who'd name a dolls' house {p}",
    ],
    "engraved on a locket": [
        "the jeweller engraved {p} on a silver locket",
        "{p} is engraved on the back of nan's locket",
        "the locket in the drawer has {p} engraved on it",
        "my aunt had {p} engraved on a locket for her wedding",
        "there's a locket at the antiques fair with {p} engraved on it",
        "why engrave {p} on a locket",
    ],
    "welded into a garden gate": [
        "the blacksmith welded {p} into a garden gate",
        "{p} is welded into the garden gate at the allotments",
        "the garden gate next door has {p} welded into it",
        "my brother welded {p} into a garden gate for mum",
        "there's a garden gate at the reclamation yard with {p} welded into it",
        "why weld {p} into a garden gate",
    ],
    "embossed on a leather notebook": [
        "the stationer embossed {p} on a leather notebook",
        "{p} is embossed on my leather notebook",
        "the leather notebook on the desk has {p} embossed on it",
        "my aunt had {p} embossed on a leather notebook for her graduation",
        "there's a leather notebook at the gift shop with {p} embossed on it",
        "why emboss {p} on a leather notebook",
    ],
    "spelt out in fridge magnets": [
        "the toddler spelt out {p} in fridge magnets",
        "{p} is spelt out in fridge magnets in the kitchen",
        "the fridge has {p} spelt out in magnets on it",
        "my nephew spelt out {p} in fridge magnets",
        "there's a photo of {p} spelt out in fridge magnets",
        "why spell out {p} in fridge magnets",
    ],
    "painted on the side of a van": [
        "the decorator painted {p} on the side of his van",
        "{p} is painted on the side of the builder's van",
        "the van outside has {p} painted on its side",
        "my cousin painted {p} on the side of her van",
        "there's a van at the market with {p} painted on the side",
        "why paint {p} on the side of a van",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} coaster", "{} letterbox", "{} pencil pot", "{} tissue box", "{} money box",
    "{} nail brush", "{} sponge bag", "{} pot holder", "{} cookie jar", "{} flower press",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

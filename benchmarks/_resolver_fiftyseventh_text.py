"""The words of the fifty-seventh held-out resolver set
(benchmarks/_resolver_fiftyseventh.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a tinsmith's cottage with the
tinnery behind the chapel, where Ruta works tin, with her wife Rula, their daughters
Sella and Liva, a cat Solder and a whippet Flux (seed 570); a trug maker's cabin with the
trugshed by the hammer pond, where Tella makes trugs, with her wife Nida, their
daughters Ginny and Dasha, a cat Copper and a collie Slat (571); and a quilter's flat
with the quiltroom above the post office, where Mita quilts, with her wife Nila, their
daughters Tona and Tyla, a cat Thimble and a dachshund Gingham (572). Its people and
pets are named in ways no earlier set names them: after what a tinsmith joins tin with
("feed solder" beside "melt the solder sticks", "brush flux" beside "refill the flux
pot"), what a trug is nailed with or cut into ("feed copper" beside "order more copper
brads", "brush slat" beside "plane the slat blanks") or what a quilter sews with and
cuts ("feed thimble" beside "find the silver thimble", "brush gingham" beside "cut the
gingham squares"); and with names a recogniser writes as the word they sound like, most
as a speaker who sounds no "r" after a vowel says both: a box for the internet ("ruta"
as "router", beside "reset the wifi router"), a thing to measure with ("rula" as
"ruler", beside "find the steel ruler"), one who sells ("sella" as "seller", beside "pay
the log seller"), one leaving school ("liva" as "leaver", beside "buy a card for the
school leaver"), one who tells fortunes ("tella" as "teller", beside "book the fortune
teller"), a machine for dough ("nida" as "kneader", beside "clean the dough kneader"), a
churn's plunger ("dasha" as "dasher", beside "scrub the churn dasher"), a measure of
cloth ("mita" as "metre", beside "buy a metre of wadding"), a church cushion ("nila" as
"kneeler", beside "stitch the church kneeler") and a printer's powder ("tona" as "toner",
beside "order more printer toner"); and, in any accent, a fowl ("ginny" as "guinea",
beside "feed the guinea fowl"). A name that is also a word of another phrase of its home ("solder",
"flux", "copper", "slat", "thimble", "gingham") has no other spelling, so the word is
never respelt as the name; Tyla's name sounds like no word of her home. Each teaches 22
of its own routines with the generic pool; the rest of its own pool, and the siblings in
``UNTAUGHT`` ("sella's swimming at five" beside "sella's swimming at four", "beader off"
beside "beader on"), are never taught there. Phrases come in every shape: one word
("tinsmithing", "trugmaking", "quiltmaking"), two nouns ("watering cans", "cleft
boards", "hexagon templates"), nested ("beader on" inside "tin beader on", "shaver on"
inside "slat shaver on", "tufter on" inside "rug tufter on"), words shared across
phrases ("lock the tinnery" and "tinnery light on", "feed solder" and "melt the solder
sticks"), numbers and times ("sella's swimming at four", "tona's badminton at nine"),
places ("tinnery heater on", "trugshed fan on", "quiltroom dehumidifier on"), verbs
first ("find the steel ruler", "scrub the churn dasher") and nouns first ("sachets for
the laperm"), questions ("how many tankards are soldered", "how many trugs are
finished", "how many quilts are pieced"), and a chore of several clauses ("we're off to
the quilt show so feed thimble and give tona a ring and lock the quiltroom").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("router" for "ruta", "guinea" for "ginny", "toner" for "tona"): the same person, so
"text rula about the brass band tickets" written "text ruler about the brass band
tickets" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a raven kronking over the quarry first, one word no
dictionary of the speaker's has ("kronk! X"), a child playing tig on the lawn first
("tiggy, tiggy, you're it. X"), calling the geese in off the pond first ("goosies,
goosies! X"), a bosun on a tall ship at the harbour festival first ("belay there,
shipmates! X"), a remark on a meteor shower after ("X, the perseids are streaking"), a
remark on hailstones on the conservatory roof after ("X, the hailstones are pelting"),
a game of kerplunk at the table after ("X, kerplunk"), a remark on tadpoles in the
water butt after ("X, the tadpoles have sprouted"); the phrase between a call to the
geese and a meteor remark ("goosies, goosies! X, the perseids are streaking"), and the
phrase said in the middle of a child's game of tig, which goes on after it ("tiggy,
tiggy, X, you're it"). Some are joined with "and", "so", "then" or "oh and". No word of
a clause but its function words is a word of this set's pools or the generic pool, and
its distinctive words are no earlier set's wrappers' nor any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a sourdough starter named it, a robot mower named
it, a houseplant named it, a rocking horse named it, a campervan named it, burnt into a
chopping board, written in the condensation on a window, embroidered on a tea cosy,
written on a paper aeroplane and painted on a pair of wellies.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

TINSMITH = "tinsmith's cottage with the tinnery behind the chapel"
TRUG = "trug maker's cabin with the trugshed by the hammer pond"
QUILTER = "quilter's flat with the quiltroom above the post office"
HOMES: dict[int, str] = {570: TINSMITH, 571: TRUG, 572: QUILTER}

FIFTYSEVENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    TINSMITH: {
        "Solder": ["feed solder", "sachets for the laperm"],
        "Flux": ["brush flux"],
        "Ruta": ["ring ruta", "call the tinsmith", "phone ruta"],
        "Rula": ["drop rula a line", "send rula a text"],
        "Rula and Sella": ["message rula and sella"],
        "Sella": ["give sella a ring", "give sella a bell", "call sella back"],
        "Liva": ["tell liva her clarinet is on the windowsill"],
        "Liva ring": ["give liva a ring", "phone liva"],
        "Liva lift": ["ask liva for a lift to the garden centre"],
        "Sella supper": ["tell sella her shepherd's pie is ready"],
        "Sella lift": ["ask sella for a lift to the swimming baths"],
        "Ruta tinplate": ["text ruta about the tinplate delivery"],
        "Rula tickets": ["text rula about the brass band tickets"],
        "Rula ring": ["give rula a ring", "ring rula back"],
        "Ruta keys": ["ask ruta for the van keys"],
        "Beader": ["beader on"],
        "Tin beader": ["tin beader on"],
        "Tinnery heater": ["tinnery heater on"],
        "Solder sticks": ["melt the solder sticks"],
        "Flux pot": ["refill the flux pot"],
        "Router": ["reset the wifi router"],
        "Ruler": ["find the steel ruler"],
        "Seller": ["pay the log seller"],
        "Leaver": ["buy a card for the school leaver"],
        "Tankards": ["how many tankards are soldered"],
        "Tinplate": ["has the tinplate sheet come"],
        "Swimming": ["sella's swimming at four"],
        "Orchestra": ["liva's orchestra at seven"],
        "Tin snips": ["sharpen the tin snips", "hone the tin snips"],
        "Lantern orders": ["count the lantern orders", "tally the lantern orders"],
        "Tin rivets": ["order more tin rivets", "restock the tin rivets"],
        "Tinsmithing": ["tinsmithing", "tinsmithing morning"],
        "Tinnery": ["lock the tinnery"],
        "Tinnery light": ["tinnery light on"],
        "Chapel gutter": ["clear the chapel gutter"],
        "Lantern invoices": ["post the lantern invoices"],
        "Watering cans": ["watering cans"],
        "Candle sconces": ["candle sconces"],
        # long
        "Flower show": ["we're off to the flower show so feed solder and give sella a ring "
                        "and lock the tinnery"],
    },
    TRUG: {
        "Copper": ["feed copper", "pilchards for the chausie"],
        "Slat": ["brush slat"],
        "Tella": ["ring tella", "call the trug maker", "phone tella"],
        "Nida": ["drop nida a line", "send nida a text"],
        "Nida and Ginny": ["message nida and ginny"],
        "Ginny": ["give ginny a ring", "phone ginny", "ring ginny back"],
        "Dasha": ["tell dasha her lacrosse stick is in the porch"],
        "Dasha ring": ["give dasha a bell", "phone dasha", "ring dasha back"],
        "Dasha lift": ["ask dasha for a lift to the ice rink",
                       "ask dasha to drive me to the ice rink"],
        "Ginny supper": ["tell ginny her cottage pie is ready"],
        "Tella and Dasha": ["message tella and dasha"],
        "Tella lift": ["ask tella for a lift to the railway halt"],
        "Nida card": ["send nida a get well card", "post nida a get well card"],
        "Tella boards": ["text tella about the willow board order",
                         "email tella about the willow board order"],
        "Nida quiz": ["text nida about the quiz night"],
        "Nida ring": ["give nida a ring", "phone nida back"],
        "Shaver": ["shaver on"],
        "Slat shaver": ["slat shaver on"],
        "Trugshed fan": ["trugshed fan on"],
        "Trugs": ["how many trugs are finished"],
        "Timber": ["has the timber lorry come"],
        "Riding": ["dasha's riding at five"],
        "Flute": ["ginny's flute at eight"],
        "Copper brads": ["order more copper brads", "restock the copper brads"],
        "Slat blanks": ["plane the slat blanks"],
        "Guinea": ["feed the guinea fowl"],
        "Teller": ["book the fortune teller"],
        "Kneader": ["clean the dough kneader"],
        "Dasher": ["scrub the churn dasher"],
        "Trug handles": ["steam the trug handles", "bend the trug handles"],
        "Trug orders": ["count the trug orders", "tally the trug orders"],
        "Trugmaking": ["trugmaking", "trugmaking afternoon"],
        "Trugshed": ["lock the trugshed"],
        "Trugshed light": ["trugshed light on"],
        "Willow rims": ["shave the willow rims"],
        "Woodland rent": ["pay the woodland rent"],
        "Cleft boards": ["cleft boards"],
        "Display stands": ["display stands"],
        # long
        "Ploughing match": ["we're off to the ploughing match so feed copper and give ginny "
                            "a ring and lock the trugshed"],
    },
    QUILTER: {
        "Thimble": ["feed thimble", "prawns for the selkirk"],
        "Gingham": ["brush gingham"],
        "Mita": ["ring mita", "call the quilter", "phone mita"],
        "Nila": ["drop nila a line", "send nila a text"],
        "Nila and Tona": ["message nila and tona"],
        "Tona": ["give tona a ring", "phone tona"],
        "Tyla shoes": ["tell tyla her ballet shoes are in the hall"],
        "Mita wadding": ["text mita about the wadding order"],
        "Tona museum": ["text tona about the museum trip"],
        "Tyla": ["give tyla a ring", "phone tyla"],
        "Tyla lift": ["ask tyla for a lift to the cricket club"],
        "Nila and Tyla": ["message nila and tyla"],
        "Tufter": ["tufter on"],
        "Rug tufter": ["rug tufter on"],
        "Quiltroom dehumidifier": ["quiltroom dehumidifier on"],
        "Silver thimble": ["find the silver thimble"],
        "Gingham squares": ["cut the gingham squares"],
        "Metre": ["buy a metre of wadding"],
        "Kneeler": ["stitch the church kneeler"],
        "Toner": ["order more printer toner"],
        "Quilts": ["how many quilts are pieced"],
        "Fabric": ["have the fabric bolts arrived"],
        "Judo": ["tyla's judo at six"],
        "Badminton": ["tona's badminton at nine"],
        "Quilting pins": ["sort the quilting pins", "tidy the quilting pins"],
        "Quilt orders": ["count the quilt orders", "tally the quilt orders"],
        "Bias binding": ["order more bias binding", "restock the bias binding"],
        "Quiltmaking": ["quiltmaking", "quiltmaking weekend"],
        "Quiltroom": ["lock the quiltroom"],
        "Quiltroom light": ["quiltroom light on"],
        "Cotton reels": ["stack the cotton reels"],
        "Stall licence": ["renew mita's stall licence"],
        "Hexagon templates": ["hexagon templates"],
        "Backing fabric": ["backing fabric"],
        # long
        "Quilt show": ["we're off to the quilt show so feed thimble and give tona a ring "
                       "and lock the quiltroom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    TINSMITH: {
        "Swimming five": ["sella's swimming at five"],
        "Orchestra eight": ["liva's orchestra at eight"],
        "Beader off": ["beader off"],
        "Tin beader off": ["tin beader off"],
        "Tinnery light off": ["tinnery light off"],
        "Unlock tinnery": ["unlock the tinnery"],
        "Ruta zinc": ["text ruta about the zinc sheet delivery"],
        "Tin clips": ["order more tin clips"],
        "Lantern returns": ["count the lantern returns"],
        "Wooden ruler": ["find the wooden ruler"],
        "Hay seller": ["pay the hay seller"],
        "Tinnery heater off": ["tinnery heater off"],
    },
    TRUG: {
        "Riding six": ["dasha's riding at six"],
        "Flute nine": ["ginny's flute at nine"],
        "Shaver off": ["shaver off"],
        "Slat shaver off": ["slat shaver off"],
        "Trugshed light off": ["trugshed light off"],
        "Unlock trugshed": ["unlock the trugshed"],
        "Tella hazel": ["text tella about the hazel board order"],
        "Brass screws": ["order more brass screws"],
        "Basket orders": ["count the basket orders"],
        "Bread kneader": ["clean the bread kneader"],
        "Face painter": ["book the face painter"],
        "Trugshed fan off": ["trugshed fan off"],
    },
    QUILTER: {
        "Judo seven": ["tyla's judo at seven"],
        "Badminton ten": ["tona's badminton at ten"],
        "Tufter off": ["tufter off"],
        "Rug tufter off": ["rug tufter off"],
        "Quiltroom light off": ["quiltroom light off"],
        "Unlock quiltroom": ["unlock the quiltroom"],
        "Mita felt": ["text mita about the felt order"],
        "Satin ribbon": ["order more satin ribbon"],
        "Cushion orders": ["count the cushion orders"],
        "Tartan squares": ["cut the tartan squares"],
        "Chapel kneeler": ["stitch the chapel kneeler"],
        "Quiltroom dehumidifier off": ["quiltroom dehumidifier off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the tinsmith's cottage
    {"we're off to the flower show so feed solder and give sella a ring and lock the "
     "tinnery", "i'm leaving", "goodbye house", "feed solder", "give sella a ring",
     "lock the tinnery"},
    {"feed solder", "sachets for the laperm", "feed the laperm"},
    {"ring ruta", "call the tinsmith", "ring the tinsmith", "phone ruta"},
    # the trug maker's cabin
    {"we're off to the ploughing match so feed copper and give ginny a ring and lock the "
     "trugshed", "i'm leaving", "goodbye house", "feed copper", "give ginny a ring",
     "lock the trugshed"},
    {"feed copper", "pilchards for the chausie", "feed the chausie"},
    {"ring tella", "call the trug maker", "ring the trug maker", "phone tella"},
    # the quilter's flat
    {"we're off to the quilt show so feed thimble and give tona a ring and lock the "
     "quiltroom", "i'm leaving", "goodbye house", "feed thimble", "give tona a ring",
     "lock the quiltroom"},
    {"feed thimble", "prawns for the selkirk", "feed the selkirk"},
    {"ring mita", "call the quilter", "ring the quilter", "phone mita"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the laperm" where the laperm is Solder).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"solder", "flux", "ruta", "rula", "sella", "sella's", "liva", "liva's",
         "copper", "slat", "tella", "nida", "ginny", "ginny's", "dasha", "dasha's",
         "thimble", "gingham", "mita", "mita's", "nila", "tona", "tona's", "tyla",
         "tyla's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a box for the internet, a thing to measure with, one who sells, one
    # leaving school
    "ruta": ("router",), "rula": ("ruler",), "sella": ("seller",),
    "sella's": ("seller's",), "liva": ("leaver",), "liva's": ("leaver's",),
    # written as one who tells fortunes, a machine for dough, a churn's plunger
    "tella": ("teller",), "nida": ("kneader",), "dasha": ("dasher",),
    "dasha's": ("dasher's",),
    # written as a measure of cloth, a church cushion, a printer's powder
    "mita": ("metre",), "mita's": ("metre's",), "nila": ("kneeler",),
    "tona": ("toner",), "tona's": ("toner's",),
    # written as a fowl
    "ginny": ("guinea",), "ginny's": ("guinea's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er", "-ar", "-or" or "-re" are one sound, so "ruta" and
"router", "rula" and "ruler", "sella" and "seller", "liva" and "leaver", "tella" and
"teller", "nida" and "kneader", "dasha" and "dasher", "mita" and "metre", "nila" and
"kneeler", "tona" and "toner" are each one sound; "ginny" and "guinea" are one sound in
any accent. Tyla's name has no other writing."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "sachets": ("kibble",), "laperm": ("ragdoll",), "brush": ("bath",),
    "lock": ("sweep",), "tinsmith": ("farrier",), "text": ("visit",),
    "clarinet": ("violin",), "windowsill": ("mantelpiece",), "garden": ("leisure",),
    "centre": ("party",), "shepherd's": ("pork",), "swimming": ("diving",),
    "baths": ("caves",), "tinplate": ("scaffold",), "delivery": ("invoice",),
    "brass": ("steel",), "band": ("quartet",), "tickets": ("programmes",),
    "van": ("garage",), "keys": ("papers",), "beader": ("folder",),
    "tinnery": ("stable",), "heater": ("fan",), "melt": ("weigh",),
    "solder": ("lead",), "sticks": ("bars",), "refill": ("empty",), "flux": ("glue",),
    "pot": ("tube",), "reset": ("unplug",), "wifi": ("cable",), "router": ("camera",),
    "steel": ("plastic",), "ruler": ("set square",), "pay": ("thank",),
    "log": ("coal",), "seller": ("carver",), "leaver": ("teacher",),
    "tankards": ("kettles",), "soldered": ("polished",),
    "sheet": ("roll",), "orchestra": ("karate",), "sharpen": ("oil",),
    "snips": ("chisels",), "count": ("sort",), "tally": ("sort",), "lantern": ("bucket",),
    "orders": ("returns",), "rivets": ("washers",), "tinsmithing": ("blacksmithing",),
    "morning": ("evening",), "clear": ("paint",), "chapel": ("barn",),
    "gutter": ("porch",), "invoices": ("receipts",), "watering": ("milk",),
    "sconces": ("snuffers",), "flower": ("dog",),
    "pilchards": ("mince",), "chausie": ("bengal",), "trug": ("cart",),
    "maker": ("painter",), "lacrosse": ("rounders",), "stick": ("bib",),
    "porch": ("attic",), "ice": ("roller",), "rink": ("disco",),
    "cottage": ("fish",), "railway": ("bus",), "halt": ("depot",),
    "card": ("balloon",), "willow": ("oak",), "board": ("paddle",), "quiz": ("bingo",),
    "night": ("lunch",),
    "shaver": ("sander",), "trugshed": ("boathouse",), "fan": ("radio",),
    "trugs": ("crates",), "finished": ("varnished",), "timber": ("gravel",),
    "lorry": ("van",), "riding": ("archery",), "flute": ("harp",),
    "copper": ("zinc",), "brads": ("pins",), "plane": ("paint",), "blanks": ("offcuts",),
    "guinea": ("pea",), "fowl": ("pig",), "book": ("cancel",), "clean": ("mend",),
    "dough": ("pasta",), "kneader": ("roller",), "scrub": ("oil",), "dasher": ("lid",),
    "steam": ("sand",), "bend": ("varnish",),
    "handles": ("feet",), "trugmaking": ("caning",), "afternoon": ("evening",),
    "shave": ("paint",), "rims": ("legs",), "woodland": ("grazing",),
    "rent": ("tax",), "cleft": ("sawn",), "boards": ("logs",),
    "display": ("market",), "stands": ("chairs",), "ploughing": ("hedging",),
    "prawns": ("cod",), "selkirk": ("siamese",), "quilter": ("upholsterer",),
    "ballet": ("football",), "shoes": ("socks",), "hall": ("loft",),
    "wadding": ("lace",), "museum": ("zoo",), "trip": ("sleepover",),
    "cricket": ("tennis",), "club": ("courts",), "tufter": ("mangle",),
    "quiltroom": ("kitchen",), "dehumidifier": ("radio",),
    "silver": ("brass",), "thimble": ("teaspoon",), "cut": ("dye",),
    "gingham": ("denim",), "squares": ("strips",), "buy": ("return",),
    "metre": ("reel",), "stitch": ("wash",), "church": ("garden",),
    "kneeler": ("banner",), "printer": ("hair",), "toner": ("paper",),
    "quilts": ("cushions",), "pieced": ("sold",), "fabric": ("wool",),
    "bolts": ("bales",), "arrived": ("gone",), "judo": ("chess",),
    "badminton": ("netball",), "sort": ("bag",), "quilting": ("dressmaking",),
    "pins": ("buttons",), "quilt": ("curtain",), "bias": ("lace",),
    "binding": ("edging",), "quiltmaking": ("knitting",), "weekend": ("fortnight",),
    "cotton": ("film",), "reels": ("skeins",), "stack": ("count",),
    "renew": ("cancel",), "stall": ("taxi",), "licence": ("insurance",),
    "hexagon": ("star",), "templates": ("stencils",), "backing": ("curtain",),
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
("sella's swimming at quarter past four" for "sella's swimming at four", "feed the
ragdoll"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_TIG = [
    ("tiggy, tiggy", "you're it"),
    ("tig, tig", "tigged you"),
    ("kingy, kingy", "tiggy touchwood"),
    ("tiggy touchwood", "scarper"),
    ("tig, you're it", "scarper, scarper"),
    ("tigged you, tiggy", "kingy"),
    ("tiggy, tigs", "tigged"),
    ("tig, tig, tiggy", "you're it"),
]
_KRONKS = [
    "kronk", "gronk", "krawk", "prruk", "kraak",
    "kronk, kronk", "quork", "klonk", "tokk",
]
_GEESE = [
    "goosies, goosies", "ganders, ganders", "goslings, goslings", "greylags, greylags",
    "honkers, honkers", "ganders, goslings", "waddlers, waddlers", "goosie, goosies",
    "greylags, honkers",
]
_BOSUN = [
    "belay there, shipmates", "starboard, helmsman", "the topsail's furled",
    "reef the mainsail, handsomely", "landlubbers, to the foredeck", "larboard, larboard",
    "swabbies and lubbers", "jib and mainsheet, shipmates",
]
_METEORS = [
    "the perseids are streaking", "a fireball, streaking", "meteors, streaking",
    "a perseid's streaked over", "the meteors are blazing", "a fireball's blazed",
    "another perseid", "the perseids are blazing",
]
_HAIL = [
    "the hailstones are pelting", "hailstones, pinging", "a hailstone's bounced",
    "hailstones peppering", "the hailstones are clattering", "pelting hailstones",
    "more hailstones", "the hailstones are pinging",
]

WRAPPERS: dict[str, list[str]] = {
    "a child playing tig on the lawn, said first": [
        f"{a}, {b}. {{}}" for a, b in _TIG[:6]
    ] + [f"{_TIG[6][0]}, {_TIG[6][1]}, then {{}}",
         f"{_TIG[7][0]}, {_TIG[7][1]}, oh and {{}}"],
    "a raven kronking over the quarry, said first": [
        f"{_KRONKS[0]}! {{}}", f"{_KRONKS[1]}! {{}}", f"{_KRONKS[2]}. {{}}",
        f"{_KRONKS[3]}! {{}}", f"{_KRONKS[4]}. {{}}", f"{_KRONKS[5]}! {{}}",
        f"{_KRONKS[6]}, then {{}}", f"{_KRONKS[7]}, oh and {{}}", f"{_KRONKS[8]}! {{}}",
    ],
    "calling the geese in off the pond, said first": [
        f"{_GEESE[0]}! {{}}", f"{_GEESE[1]}. {{}}", f"{_GEESE[2]}! {{}}",
        f"{_GEESE[3]}. {{}}", f"{_GEESE[4]}! {{}}", f"{_GEESE[5]}. {{}}",
        f"{_GEESE[6]}, then {{}}", f"{_GEESE[7]}, oh and {{}}",
        f"{_GEESE[8]}! {{}}",
    ],
    "a bosun on a tall ship at the harbour festival, said first": [
        f"{_BOSUN[0]}! {{}}", f"{_BOSUN[1]}! {{}}", f"{_BOSUN[2]}! {{}}",
        f"{_BOSUN[3]}. {{}}", f"{_BOSUN[4]}. {{}}", f"{_BOSUN[5]}! {{}}",
        f"{_BOSUN[6]}, then {{}}", f"{_BOSUN[7]}, oh and {{}}",
    ],
    "a remark on a meteor shower over the fells, said after": [
        f"{{}}, {d}" for d in _METEORS[:6]
    ] + [f"{{}} and, {_METEORS[6]}", f"{{}} so, {_METEORS[7]}"],
    "a remark on hailstones on the conservatory roof, said after": [
        f"{{}}, {d}" for d in _HAIL[:6]
    ] + [f"{{}} and, {_HAIL[6]}", f"{{}} so, {_HAIL[7]}"],
    "a game of kerplunk at the table, said after": [
        "{}, kerplunk", "{}, plunked", "{}, kerplunked", "{}, plunk, plunk",
        "{}, kerplunk again", "{}, that's kerplunk",
        "{} and, another kerplunk", "{} so, kerplunked it",
    ],
    "a remark on tadpoles in the water butt, said after": [
        "{}, the tadpoles have sprouted", "{}, froglets, wriggly", "{}, frogspawn, squiggly",
        "{}, tadpoles, wrigglers", "{}, a froglet's sprouted", "{}, the frogspawn's squiggly",
        "{} and, more tadpoles", "{} so, the tadpoles are wriggly",
    ],
    "between a call to the geese and a meteor remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_GEESE[:3], _METEORS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_GEESE[3:5], _METEORS[3:5], strict=True)]
      + [f"{_GEESE[5]}! {{}}, {_METEORS[5]}",
         f"{_GEESE[6]}. {{}} and, {_METEORS[6]}",
         f"{_GEESE[7]}. {{}} so, {_METEORS[7]}"],
    "in the middle of a child's game of tig": [
        f"{a}, {{}}, {b}" for a, b in _TIG[:6]
    ] + [f"{_TIG[6][0]}, {{}} and, {_TIG[6][1]}",
         f"{_TIG[7][0]}, {{}} so, {_TIG[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYSEVENTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("soldered",
"finished", "pieced"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_NOISE = {"quiet", "loud", "noise", "sounds"}
_OUTINGS = {"swimming", "baths", "orchestra", "riding", "flute", "judo", "badminton",
            "ballet", "shoes", "lacrosse", "stick", "cricket", "club", "museum", "trip",
            "quiz", "night", "centre", "ice", "rink", "railway", "halt",
            "flower", "show", "ploughing", "match", "quilt", "brass", "band", "tickets",
            "lift", "drive"}
"""Requests about a child's club or lesson, a show, a match or an outing and a lift to
it: a game or a call said beside them could be about the same outing."""
_PETS = {"feed", "sachets", "pilchards", "prawns", "laperm", "chausie", "selkirk",
         "solder", "flux", "copper", "slat", "thimble", "gingham", "brush", "cat", "dog",
         "walk", "walking"}
"""Requests about the cats and dogs (what a raven robs, what chases geese, what a call
could be to)."""
_FIRE = {"melt", "heater", "heat", "candle", "sconces", "lantern", "fire", "fireplace",
         "bonfire", "barbecue", "steam", "solder", "light", "lights", "lamp"}
"""Requests about a flame, a glow or heat (a fireball, a blaze in the sky)."""
_LAWN = _SAID_TO | _PETS | _OUTINGS | _NOISE | {
    "game", "party", "lawn", "run", "play", "count", "tally", *_NUMBERS, "ready",
    "supper", "dinner", "lunch", "tea", "pie", "shepherd's", "cottage", "bedtime"}
"""Requests a child's game of tig could bear on (a game, the lawn it is played on, the
children's clubs and their tea, a count, the pets that join in), and a message: in the
middle kind the game goes on after the phrase and could be heard as its words."""
_QUARRY = _NOISE | {"guinea", "fowl", "chapel", "gutter", "roof", "bins", "woodland",
                    "pilchards", "prawns", "sachets"}
"""Requests a raven kronking could bear on (the fowl it robs and the food it steals, the
roofs and gutters it perches on, its noise, the woods)."""
_POND = _PETS | _NOISE | {"guinea", "fowl", "pond", "lock", "unlock", "gate", "fence",
                          "field", "lawn", "count", "tally", "evening", "bread",
                          "dough", "kneader"}
"""Requests calling the geese in could bear on (the fowl, the pond and the pen they are
shut in, a count of them, the bread they are thrown, the dogs that chase them)."""
_DECK = _OUTINGS | _NOISE | {"boat", "sail", "rope", "ropes", "harbour", "festival",
                             "ferry", "stand", "stands", "display", "scrub", "clean",
                             "wash", "bolts", "rivets", "brads", "sheet", "pins",
                             "lock", "unlock", "count", "tally", *_NUMBERS}
"""Requests a bosun's call could bear on (a festival or a trip, a deck scrubbed, what
is made fast, a count of hands)."""
_SKY = _SAID_TO | _ASKED | _FIRE | {"night", "evening", "dark", "sky", "curtains",
                                    "blinds", "camera", "photos", "bedtime"}
"""Requests a remark on a meteor shower could bear on (lights and the dark, the sky
and what looks at it, a glow or a flame), and a message or a question."""
_ROOF = _SAID_TO | _ASKED | _NOISE | {"roof", "gutter", "conservatory", "weather",
                                      "garden", "car", "van", "window", "windows",
                                      "washing", "laundry", "lift", "drive", "walk",
                                      "cold", "heater", "heating", "heat", "fan",
                                      "dehumidifier", "lorry", "timber", "flower",
                                      "show", "match", "watering", "cans", "ice", "rink",
                                      "display", "stands", "lawn", "field", "chapel",
                                      "tinplate", "sheet", "copper", "brads"}
"""Requests a remark on hailstones could bear on (the roof, gutters and windows they
hit, the weather, a drive or a walk out in it, what is left outside, its din)."""
_TABLE = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "stack", "sticks", "pins",
                                                  "music", "radio", "reels"}
"""Requests a game of kerplunk could bear on (a game and its count, sticks and what is
stacked, a party or a quiz)."""
_BUTT = _SAID_TO | _ASKED | _PETS | {"pond", "water", "watering", "cans", "garden",
                                     "fish", "fowl", "guinea", "clean", "scrub", "wash",
                                     "refill", "pot", "swimming", "baths", "gutter"}
"""Requests a remark on tadpoles could bear on (the water and the pond, what eats
them, what fills or empties the butt)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a child's game of tig bears on a game, the lawn, the children's clubs, the pets)
    **{tig: _LAWN for tig in ("tiggy", "tig", "tigged", "touchwood", "kingy", "scarper",
                              "tigs")},
    # (a raven kronking bears on the pets and fowl, the roofs, its noise)
    **{kronk: _QUARRY for kronk in ("kronk", "gronk", "krawk", "prruk", "kraak", "quork",
                                    "klonk", "tokk")},
    # (calling the geese in bears on the fowl, the pond, their pen, the dogs)
    **{call: _POND for call in ("goosies", "ganders", "goslings", "greylags", "honkers",
                                "waddlers", "goosie")},
    # (a bosun bears on a festival, a deck, what is made fast)
    **{line: _DECK for line in ("belay", "shipmates", "starboard", "helmsman",
                                "topsail's", "furled", "reef", "mainsail", "handsomely",
                                "landlubbers", "foredeck", "larboard", "swabbies",
                                "lubbers", "jib", "mainsheet")},
    # (a meteor remark, a hail remark, a kerplunk call or a tadpole remark after a
    # request could be what it is about or the words of a message; said after a
    # question, an answer)
    **{sky: _SKY for sky in ("perseids", "streaking", "fireball", "meteors", "perseid's",
                             "streaked", "blazing", "fireball's", "blazed", "perseid")},
    **{hail: _ROOF for hail in ("hailstones", "pelting", "pinging", "hailstone's",
                                "bounced", "peppering", "clattering")},
    **{game: _TABLE for game in ("kerplunk", "plunked", "kerplunked", "plunk")},
    **{pond: _BUTT for pond in ("tadpoles", "sprouted", "froglets", "wriggly",
                                "frogspawn", "squiggly", "wrigglers", "froglet's",
                                "frogspawn's")},
}
"""Clauses that would bear on a phrase with one of these words ("give sella a ring"
before a child's "you're it" may be the game; "feed the guinea fowl" after a raven
kronks is about what it robs): never said around it, so the clause stays beside the
request and says nothing of it."""

OOS_WRAPPERS = [
    "tiggy, tiggy, you're it. {}", "{}, kerplunk",
    "kronk! {}", "{}, the perseids are streaking",
    "goosies, goosies! {}", "{}, the hailstones are pelting",
    "belay there, shipmates! {}", "{}, the tadpoles have sprouted",
    "kingy, kingy, tiggy touchwood. {}", "{}, that's kerplunk",
    "larboard, larboard! {}", "{} so, the perseids are blazing",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "ganders, ganders! {}", "{}, hailstones, pinging",
    "gronk! {}", "{}, a fireball, streaking",
    "starboard, helmsman! {}", "{}, froglets, wriggly",
    "tig, tig, tigged you. {}", "{}, kerplunked",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("tiggy tiggy you're
it", "belay there shipmates"), struck (longest first) wherever it is said, before single
words. Only whole stretches are struck: the out-of-scope kinds' own words ("sourdough",
"campervan", "wellies", "condensation") are never a clause's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftyseventh_data.py none of an
out-of-scope template)."""




FIFTYSEVENTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("tinnery", "tin nery"), ("laperm", "la perm"), ("clarinet", "clarinette"),
    ("windowsill", "window sill"), ("tinplate", "tin plate"), ("tinsmith", "tin smith"),
    ("beader", "beeder"), ("tankards", "tankers"), ("soldered", "sodered"),
    ("tinsmithing", "tin smithing"), ("lantern", "lanthorn"), ("sconces", "sconses"),
    ("orchestra", "orkestra"), ("chausie", "chowsie"), ("trugshed", "trug shed"),
    ("trugs", "trugz"), ("lacrosse", "la crosse"), ("pilchards", "pilchers"),
    ("trugmaking", "trug making"), ("ploughing", "plowing"), ("woodland", "wood land"),
    ("selkirk", "sellkirk"), ("quiltroom", "quilt room"), ("dehumidifier", "dehumidifyer"),
    ("tufter", "tuffter"), ("badminton", "badmington"), ("quiltmaking", "quilt making"),
    ("hexagon", "hexagonn"), ("gingham", "gingam"), ("museum", "musuem"),
    ("wadding", "waddin"), ("licence", "lisence"),
]
"""The fifty-seventh set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("tin beader", "tinbeader"), ("shepherd's pie", "shepherdspie"),
         ("garden centre", "gardencentre"), ("swimming baths", "swimmingbaths"),
         ("brass band", "brassband"), ("band tickets", "bandtickets"),
         ("van keys", "vankeys"), ("solder sticks", "soldersticks"),
         ("flux pot", "fluxpot"), ("wifi router", "wifirouter"),
         ("steel ruler", "steelruler"), ("log seller", "logseller"),
         ("school leaver", "schoolleaver"), ("tinplate sheet", "tinplatesheet"),
         ("tin snips", "tinsnips"), ("lantern orders", "lanternorders"),
         ("tin rivets", "tinrivets"), ("chapel gutter", "chapelgutter"),
         ("lantern invoices", "lanterninvoices"), ("watering cans", "wateringcans"),
         ("candle sconces", "candlesconces"), ("flower show", "flowershow"),
         ("lacrosse stick", "lacrossestick"), ("ice rink", "icerink"),
         ("cottage pie", "cottagepie"), ("railway halt", "railwayhalt"),
         ("get well", "getwell"), ("willow board", "willowboard"),
         ("quiz night", "quiznight"), ("slat shaver", "slatshaver"),
         ("timber lorry", "timberlorry"), ("copper brads", "copperbrads"),
         ("slat blanks", "slatblanks"), ("guinea fowl", "guineafowl"),
         ("fortune teller", "fortuneteller"), ("dough kneader", "doughkneader"),
         ("churn dasher", "churndasher"), ("trug handles", "trughandles"),
         ("trug orders", "trugorders"), ("willow rims", "willowrims"),
         ("woodland rent", "woodlandrent"), ("cleft boards", "cleftboards"),
         ("display stands", "displaystands"), ("ploughing match", "ploughingmatch"),
         ("ballet shoes", "balletshoes"), ("wadding order", "waddingorder"),
         ("museum trip", "museumtrip"), ("cricket club", "cricketclub"),
         ("rug tufter", "rugtufter"), ("silver thimble", "silverthimble"),
         ("gingham squares", "ginghamsquares"), ("church kneeler", "churchkneeler"),
         ("printer toner", "printertoner"), ("fabric bolts", "fabricbolts"),
         ("quilting pins", "quiltingpins"), ("quilt orders", "quiltorders"),
         ("bias binding", "biasbinding"), ("cotton reels", "cottonreels"),
         ("stall licence", "stalllicence"), ("hexagon templates", "hexagontemplates"),
         ("backing fabric", "backingfabric"), ("quilt show", "quiltshow"),
         ("quiltmaking weekend", "quiltmakingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"tinnery": "tin-nery", "trugshed": "trug-shed", "quiltroom": "quilt-room",
             "tinplate": "tin-plate", "windowsill": "window-sill",
             "quiltmaking": "quilt-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftyseventh.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "carve a {w} out of soap for the school fete",
        "what's the welsh for {w}, roughly",
        "sketch a {w} on the back of the raffle ticket stub",
        "are {w} cheaper at the ironmonger's in ludlow",
        "track down a secondhand {w} at the auction rooms in hexham",
        "roughly how heavy is a {w} on the bathroom scales",
        "compose a haiku about a {w} for the village newsletter",
        "how would a scot pronounce {w}",
    ],
    "routine command": [
        "get shot of {p} once and for keeps",
        "talk me through {p} bit by bit, slowly",
        "dream up a catchier name for {p}, something rhyming",
        "copy {p} over for the static caravan in abersoch",
        "keep {p} to the fortnight before lent",
        "ping a soft chime whenever {p} kicks off",
        "who's been fiddling with {p} while nana was dozing",
        "could {p} be a touch quieter after the watershed",
    ],
    "word order": [
        "{b} wipes the floor with {a}", "{b} edges out {a}, if you ask me",
        "trade {a} for {b}, ta very much", "lose the {a}, keep the {b}",
        "{a} first then {b}, or vice versa", "a ladleful of {b}, a dash of {a}",
    ],
    "negation": [
        "let's not bother with {p} this suppertime, duck",
        "i'd sooner you didn't {p} while grandma's dozing on the settee",
        "under no circumstances are you to {p}, my lamb",
        "don't start {p} while i'm at the chiropodist's in ludlow",
        "nope, don't touch {p} for now",
        "hang fire, no {p} till the curate's gone, chuck",
    ],
    "cancellation": [
        "put off {p} until the in-laws from prestatyn have driven home",
        "{p} can wait until the chimney sweep's done",
        "leave out {p} the week of the eisteddfod in llangollen",
        "hold off {p} until the gas fitter's been",
        "we'll rub along without {p} over the late may bank holiday",
        "shelve {p} until the pancake day mayhem is over",
    ],
    "state question": [
        "is {p} chuntering away at this very moment",
        "is {p} half finished or done and dusted",
        "did {p} go off without a hitch before the plumber turned up",
        "has {p} conked out or is it still plodding on",
        "has anyone looked in on {p} since the electrician's visit",
        "was {p} sorted the monday after the beetle drive",
    ],
    "past or story": [
        "the winter the reservoir froze {p} packed in as well",
        "during the heatwave of the jubilee summer {p} played up something rotten",
        "my great aunt in scarborough swore by {p} every michaelmas",
        "at the golden wedding do in the wigan legion {p} ran until the small hours",
        "that whole soggy week in skegness {p} was on the fritz",
        "when we lived over the chip shop in blyth we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the postman bawled {p} across the close",
        "a street singer outside the minster warbled {p}",
        "my second cousin from stornoway ends every postcard with {p}",
        "a bloke on the last train to darlington muttered {p}",
        "the lollipop man yelled {p} at the zebra crossing",
        "our roofer from dewsbury hums {p} up the ladder",
    ],
    "contrast": [
        "{p} is only for when my half brother comes down from thurso",
        "we only {p} when my goddaughter flies in from jersey",
        "{p} is a once in a blue moon treat in our bedsit",
        "{p} is strictly a hogmanay custom in this house",
        "we only {p} when the carnival procession goes past the library",
        "{p} is saved for when the bishop visits from ripon",
    ],
    "hypothetical": [
        "supposing you'd been bribed with a bakewell slice, would you have agreed to {p}",
        "if i ever got hopelessly hooked on {p}, would you stand by me still",
        "imagine if {p} kicked off at dawn, would the neighbours moan",
        "if {p} kicked off in a gale, would the fuse blow",
        "picture {p} keeping going through a blackout",
        "what would you do if the verger's grandson pleaded with you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my wick since the plasterer's lad left",
        "{p} let us down again at the coronation fete in scarborough",
        "{p} has been worse than useless since the satellite man came",
        "i'm sick to death of {p} since the clocks went forward",
        "{p} is a proper pain in the neck this month",
        "{p} keeps conking out halfway through the bowls on telly",
    ],
    "opinion": [
        "{p} is the bee's knees as far as i'm concerned",
        "i'm chuffed to bits with {p}, hand on heart",
        "{p} is a lifesaver for my dodgy knee, to be honest",
        "{p} has made wet mondays almost bearable",
        "{p} is the smartest gizmo this side of the pennines",
        "{p} is top notch, says our maureen and she's fussy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the chiropractor's in buxton",
        "nag me about {p} once the grand prix is over",
        "make sure i remember to {p} on sunday after the bric a brac sale",
        "prod me to {p} after countdown",
        "put {p} on thursday's list of chores",
        "give me a nudge about {p} once the harvest festival is over",
    ],
    "permission question": [
        "is my sister in law's stepson's girlfriend allowed to {p}",
        "is the au pair's stepbrother permitted to {p}",
        "would the tree surgeon be allowed to {p} by himself",
        "is my great nephew allowed to {p} when he stays at easter",
        "can the babysitter's cousin {p} without asking first",
        "is the paperboy's brother from the flats allowed to {p}",
    ],
    # the fifty-seventh's own
    "a sourdough starter named it": [
        "my sourdough starter is called {p}",
        "{p} is the sourdough starter in the jar by the bread bin",
        "the baker named her sourdough starter {p}",
        "a sourdough starter called {p} is older than i am",
        "there's a sourdough starter at the bakery named {p}",
        "who'd call a sourdough starter {p}",
    ],
    "a robot mower named it": [
        "our robot mower is called {p}",
        "{p} is the robot mower on next door's lawn",
        "grandad named his robot mower {p}",
        "a robot mower called {p} got stuck in the pond",
        "there's a robot mower at the garden show named {p}",
        "who'd name a robot mower {p}",
    ],
    "a houseplant named it": [
        "my houseplant is called {p}",
        "{p} is the houseplant on the landing",
        "my niece named her houseplant {p}",
        "a houseplant called {p} has taken over the bathroom",
        "there's a houseplant at the florist's named {p}",
        "who'd name a houseplant {p}",
    ],
    "a rocking horse named it": [
        "the rocking horse in the nursery is called {p}",
        "{p} is the rocking horse in the toy museum",
        "great grandpa named the rocking horse {p}",
        "a rocking horse called {p} sold at auction",
        "there's a rocking horse at the antiques centre named {p}",
        "who'd name a rocking horse {p}",
    ],
    "a campervan named it": [
        "our campervan is called {p}",
        "{p} is the campervan parked on the drive",
        "my uncle named his campervan {p}",
        "a campervan called {p} broke down near kendal",
        "there's a campervan at the campsite named {p}",
        "who'd name a campervan {p}",
    ],
    "burnt into a chopping board": [
        "grandpa burnt {p} into a chopping board",
        "{p} is burnt into the oak chopping board",
        "the chopping board by the hob has {p} burnt into it",
        "she had {p} burnt into a chopping board as a wedding present",
        "there's a chopping board at the craft stall with {p} burnt into it",
        "why burn {p} into a chopping board",
    ],
    "written in the condensation on a window": [
        "the kids wrote {p} in the condensation on the window",
        "{p} is written in the condensation on the bus window",
        "the kitchen window has {p} written in the condensation",
        "someone wrote {p} in the condensation on the car window",
        "there's a window at the launderette with {p} written in the condensation",
        "why write {p} in the condensation on a window",
    ],
    "embroidered on a tea cosy": [
        "auntie embroidered {p} on a tea cosy",
        "{p} is embroidered on our tea cosy",
        "the tea cosy on the tray has {p} embroidered on it",
        "my sister embroidered {p} on a tea cosy for the raffle",
        "there's a tea cosy at the jumble sale with {p} embroidered on it",
        "why embroider {p} on a tea cosy",
    ],
    "written on a paper aeroplane": [
        "my nephew wrote {p} on a paper aeroplane",
        "{p} is written on the paper aeroplane stuck in the hedge",
        "the paper aeroplane on the stairs has {p} written on it",
        "the kids wrote {p} on a paper aeroplane and threw it over the fence",
        "there's a paper aeroplane in the playground with {p} written on it",
        "why write {p} on a paper aeroplane",
    ],
    "painted on a pair of wellies": [
        "my daughter painted {p} on a pair of wellies",
        "{p} is painted on my wellies",
        "the wellies by the back door have {p} painted on them",
        "she painted {p} on her wellies for the festival",
        "there's a pair of wellies at the car boot with {p} painted on them",
        "why paint {p} on a pair of wellies",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} coal scuttle", "{} fire guard", "{} milk jug", "{} shoe rack",
    "{} clothes brush", "{} piping bag", "{} ice cream scoop", "{} cheese knife",
    "{} hand mirror", "{} peg bag",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

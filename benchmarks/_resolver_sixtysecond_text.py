"""The words of the sixty-second held-out resolver set
(benchmarks/_resolver_sixtysecond.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a globe maker's mews flat with
the globeroom over the archway, where Banna makes globes, with her husband Benda, their
daughters Flicka and Lenda, a cat Cartouche and a lurcher Meridian (seed 620); a wig
maker's maisonette with the wigroom over the old dairy, where Manna makes wigs for the
theatre, with her husband Molda, their daughters Shelta and Rhian, a cat Marabou and a
terrier Hackle (621); and a mead maker's farmhouse with the meadery behind the hives,
where Kanta makes mead, with her husband Roka, their daughters Halta and Mali, a cat
Pyment and a spaniel Braggot (622). Its people and pets are named in ways no earlier
set names them: after what a globe maker gilds or polishes ("feed cartouche" beside
"gild the cartouche panel", "walk meridian" beside "polish the meridian ring"), what a
wig maker dyes or combs hair on ("feed marabou" beside "dye the marabou trim", "walk
hackle" beside "clean the steel hackle") or what a mead maker bottles or brews ("feed
pyment" beside "bottle the grape pyment", "walk braggot" beside "brew the malt
braggot"); and with names a recogniser writes as the word they sound like, as a speaker
who sounds no "r" after a vowel says both: what a shop hangs out ("banna" as "banner",
beside "hang the shop banner"), what bends pipes ("benda" as "bender", beside "find the
pipe bender"), what a screen does when it fails ("flicka" as "flicker", beside "fix the
screen flicker"), one who lends money ("lenda" as "lender", beside "pay the money
lender"), a great house ("manna" as "manor", beside "sweep the manor drive"), what
shapes wood on a spindle ("molda" as "moulder", beside "oil the spindle moulder"), what
keeps bikes dry ("shelta" as "shelter", beside "paint the bike shelter"), a horse's
easy gallop ("kanta" as "canter", beside "book the beach canter"), a rocking chair
("roka" as "rocker", beside "sand the oak rocker") and what a pony is led by ("halta"
as "halter", beside "buckle the pony halter"). A name that is also a word of another
phrase of its home ("cartouche", "meridian", "marabou", "hackle", "pyment", "braggot")
has no other spelling, so the word is never respelt as the name; Rhian's and Mali's
names sound like no word of their home. Each teaches 22 of its own routines with the
generic pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("flicka's
darts at five" beside "flicka's darts at four", "orrery off" beside "orrery on"), are
never taught there. Phrases come in every shape: one word ("globemaking",
"wigmaking", "meadmaking"), two nouns ("mahogany bases", "crepe beards", "glass
carboys"), nested ("orrery on" inside "brass orrery on", "wefter on" inside "hair
wefter on", "degasser on" inside "wand degasser on"), words shared across phrases
("lock the globeroom" and "globeroom light on", "feed cartouche" and "gild the
cartouche panel"), numbers and times ("flicka's darts at four", "mali's piano at
nine"), places ("globeroom heater on", "wigroom boiler on", "meadery pump on"), verbs
first ("sweep the manor drive", "buckle the pony halter") and nouns first ("salmon for
the bambino"), questions ("how many globes are varnished", "how many wigs are dressed",
"how many meads are racked"), and a chore of several clauses ("we're off to the honey
show so feed pyment and give mali a ring and lock the meadery").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("banner" for "banna", "moulder" for "molda", "rocker" for "roka"): the same person,
so "text benda about the brass band tickets" written "text bender about the brass band
tickets" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a taekwondo class in the church hall first
("charyeot, kyungrye. X"), a green woodpecker yaffling in the orchard first, one word
no dictionary of the speaker's has ("yaffle! X"), a taiko drum group practising in the
scout hut first ("yoisho, yoisho! X"), an oystercatcher piping on the shingle first
("kleep kleep! X"), a remark on the graupel pattering on the skylight after ("X,
graupel"), a remark on redwings at the windfalls after ("X, redwings"), a game of
piquet at the table after ("X, repique"), a remark on celandines on the hedgebank
after ("X, celandines"); the phrase between a green woodpecker's yaffle and a graupel
remark ("yaffle! X, graupel"), and the phrase said in the middle of a taekwondo class's
calls, which go on after it ("charyeot, X, kyungrye"). Some are joined with "and",
"so", "then" or "oh and". No word of a clause but its function words is a word of this
set's pools or the generic pool, and its distinctive words are no earlier set's
wrappers' nor any earlier pool's.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a koi carp named it, a robot lawnmower named it, a
bouncy castle named it, a paddle steamer named it, a rag doll named it, engraved on a
pocket watch, printed on a seed packet, chiselled on a foundation stone, doodled on a
paper napkin and burnt into a cricket bat.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

GLOBEMAKER = "globe maker's mews flat with the globeroom over the archway"
WIGMAKER = "wig maker's maisonette with the wigroom over the old dairy"
MEADMAKER = "mead maker's farmhouse with the meadery behind the hives"
HOMES: dict[int, str] = {620: GLOBEMAKER, 621: WIGMAKER, 622: MEADMAKER}

SIXTYSECOND_ROUTINES: dict[str, dict[str, list[str]]] = {
    GLOBEMAKER: {
        "Cartouche": ["feed cartouche", "salmon for the bambino"],
        "Meridian": ["walk meridian"],
        "Banna": ["ring banna", "call the globe maker", "phone banna"],
        "Benda": ["drop benda a line", "send benda a text"],
        "Benda and Flicka": ["message benda and flicka"],
        "Flicka": ["give flicka a ring", "give flicka a bell", "call flicka back"],
        "Lenda": ["tell lenda her clarinet is on the landing"],
        "Lenda ring": ["give lenda a ring", "phone lenda"],
        "Lenda lift": ["ask lenda for a lift to the bowling alley"],
        "Flicka supper": ["tell flicka her lasagne is ready"],
        "Flicka lift": ["ask flicka for a lift to the climbing wall"],
        "Banna gores": ["text banna about the paper gore delivery"],
        "Benda tickets": ["text benda about the brass band tickets"],
        "Benda ring": ["give benda a ring", "ring benda back"],
        "Banna keys": ["ask banna for the studio keys"],
        "Orrery": ["orrery on"],
        "Brass orrery": ["brass orrery on"],
        "Globeroom heater": ["globeroom heater on"],
        "Cartouche panel": ["gild the cartouche panel"],
        "Meridian ring": ["polish the meridian ring"],
        "Banner": ["hang the shop banner"],
        "Bender": ["find the pipe bender"],
        "Flicker": ["fix the screen flicker"],
        "Lender": ["pay the money lender"],
        "Globes": ["how many globes are varnished"],
        "Plaster": ["has the plaster delivery come"],
        "Darts": ["flicka's darts at four"],
        "Judo": ["lenda's judo at seven"],
        "Globe brushes": ["clean the globe brushes", "rinse the globe brushes"],
        "Globe orders": ["count the globe orders", "tally the globe orders"],
        "Paper gores": ["order more paper gores", "restock the paper gores"],
        "Globemaking": ["globemaking", "globemaking afternoon"],
        "Globeroom": ["lock the globeroom"],
        "Globeroom light": ["globeroom light on"],
        "Archway lantern": ["dust the archway lantern"],
        "Globe invoices": ["post the globe invoices"],
        "Mahogany bases": ["mahogany bases"],
        "Oak cradles": ["oak cradles"],
        # long
        "Map fair": ["we're off to the map fair so feed cartouche and give flicka a ring "
                     "and lock the globeroom"],
    },
    WIGMAKER: {
        "Marabou": ["feed marabou", "mince for the cheetoh"],
        "Hackle": ["walk hackle"],
        "Manna": ["ring manna", "call the wig maker", "phone manna"],
        "Molda": ["drop molda a line", "send molda a text"],
        "Molda and Shelta": ["message molda and shelta"],
        "Shelta": ["give shelta a ring", "phone shelta", "ring shelta back"],
        "Rhian bag": ["tell rhian her swimming bag is in the porch"],
        "Rhian ring": ["give rhian a bell", "phone rhian", "ring rhian back"],
        "Shelta lift": ["ask shelta for a lift to the skate park",
                        "ask shelta to drive me to the skate park"],
        "Shelta supper": ["tell shelta her fish pie is ready"],
        "Manna and Rhian": ["message manna and rhian"],
        "Manna lift": ["ask manna for a lift to the farm shop"],
        "Molda card": ["send molda a birthday card", "post molda a birthday card"],
        "Manna yak": ["text manna about the yak hair order",
                      "email manna about the yak hair order"],
        "Molda match": ["text molda about the darts match"],
        "Molda ring": ["give molda a ring", "phone molda back"],
        "Wefter": ["wefter on"],
        "Hair wefter": ["hair wefter on"],
        "Wigroom boiler": ["wigroom boiler on"],
        "Wigs": ["how many wigs are dressed"],
        "Hairnet box": ["has the hairnet box come"],
        "Cubs": ["shelta's cubs at five"],
        "Cello": ["rhian's cello at eight"],
        "Marabou trim": ["dye the marabou trim"],
        "Steel hackle": ["clean the steel hackle"],
        "Manor": ["sweep the manor drive"],
        "Moulder": ["oil the spindle moulder"],
        "Shelter": ["paint the bike shelter"],
        "Wig blocks": ["sand the wig blocks", "brush the wig blocks"],
        "Wig orders": ["count the wig orders", "tally the wig orders"],
        "Wigmaking": ["wigmaking", "wigmaking evening"],
        "Wigroom": ["lock the wigroom"],
        "Wigroom light": ["wigroom light on"],
        "Hairnets": ["order more hairnet packs", "restock the hairnet packs"],
        "Dairy drain": ["clear the dairy drain"],
        "Crepe beards": ["crepe beards"],
        "Lace fronts": ["lace fronts"],
        # long
        "Panto": ["we're off to the panto matinee so feed marabou and give shelta a ring "
                  "and lock the wigroom"],
    },
    MEADMAKER: {
        "Pyment": ["feed pyment", "sardines for the skookum"],
        "Braggot": ["walk braggot"],
        "Kanta": ["ring kanta", "call the mead maker", "phone kanta"],
        "Roka": ["drop roka a line", "send roka a text", "write roka a note"],
        "Roka and Mali": ["message roka and mali"],
        "Mali": ["give mali a ring", "phone mali"],
        "Halta raincoat": ["tell halta her raincoat is in the boot room"],
        "Kanta honey": ["text kanta about the borage honey order",
                        "email kanta about the borage honey order"],
        "Halta trip": ["text halta about the museum trip",
                       "email halta about the museum trip"],
        "Roka ring": ["give roka a ring", "phone roka"],
        "Roka lift": ["ask roka for a lift to the rowing club",
                      "ask roka to drive me to the rowing club"],
        "Kanta and Mali": ["message kanta and mali"],
        "Degasser": ["degasser on"],
        "Wand degasser": ["wand degasser on"],
        "Meadery pump": ["meadery pump on"],
        "Grape pyment": ["bottle the grape pyment"],
        "Malt braggot": ["brew the malt braggot"],
        "Canter": ["book the beach canter"],
        "Rocker": ["sand the oak rocker"],
        "Halter": ["buckle the pony halter"],
        "Halta": ["give halta a bell", "ring halta back"],
        "Meads": ["how many meads are racked"],
        "Demijohns": ["have the demijohns arrived"],
        "Swimming": ["halta's swimming at six"],
        "Piano": ["mali's piano at nine"],
        "Airlocks": ["rinse the airlocks", "sterilise the airlocks"],
        "Mead orders": ["count the mead orders", "tally the mead orders"],
        "Swing tops": ["order more swing tops", "restock the swing tops"],
        "Meadmaking": ["meadmaking", "meadmaking weekend"],
        "Meadery": ["lock the meadery"],
        "Meadery light": ["meadery light on"],
        "Hive roofs": ["paint the hive roofs"],
        "Allotment lease": ["renew roka's allotment lease"],
        "Oak firkins": ["oak firkins"],
        "Glass carboys": ["glass carboys"],
        # long
        "Honey show": ["we're off to the honey show so feed pyment and give mali a ring "
                       "and lock the meadery"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    GLOBEMAKER: {
        "Darts five": ["flicka's darts at five"],
        "Judo eight": ["lenda's judo at eight"],
        "Orrery off": ["orrery off"],
        "Brass orrery off": ["brass orrery off"],
        "Globeroom light off": ["globeroom light off"],
        "Unlock globeroom": ["unlock the globeroom"],
        "Banna vellum": ["text banna about the vellum gore delivery"],
        "Varnish": ["order more amber varnish"],
        "Globe repairs": ["count the globe repairs"],
        "Tube bender": ["find the tube bender"],
        "Shop awning": ["hang the shop awning"],
        "Globeroom heater off": ["globeroom heater off"],
    },
    WIGMAKER: {
        "Cubs six": ["shelta's cubs at six"],
        "Cello nine": ["rhian's cello at nine"],
        "Wefter off": ["wefter off"],
        "Hair wefter off": ["hair wefter off"],
        "Wigroom light off": ["wigroom light off"],
        "Unlock wigroom": ["unlock the wigroom"],
        "Manna mohair": ["text manna about the mohair order"],
        "Hair grips": ["order more hair grips"],
        "Beard orders": ["count the beard orders"],
        "Table moulder": ["oil the table moulder"],
        "Bus shelter": ["paint the bus shelter"],
        "Wigroom boiler off": ["wigroom boiler off"],
    },
    MEADMAKER: {
        "Swimming seven": ["halta's swimming at seven"],
        "Piano ten": ["mali's piano at ten"],
        "Degasser off": ["degasser off"],
        "Wand degasser off": ["wand degasser off"],
        "Meadery light off": ["meadery light off"],
        "Unlock meadery": ["unlock the meadery"],
        "Kanta heather": ["text kanta about the ling honey order"],
        "Corks": ["order more cork stoppers"],
        "Cider orders": ["count the cider orders"],
        "Pony bridle": ["buckle the pony bridle"],
        "Pine rocker": ["sand the pine rocker"],
        "Meadery pump off": ["meadery pump off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the globe maker's mews flat
    {"we're off to the map fair so feed cartouche and give flicka a ring and lock the "
     "globeroom", "i'm leaving", "goodbye house", "feed cartouche", "give flicka a ring",
     "lock the globeroom"},
    {"feed cartouche", "salmon for the bambino", "feed the bambino"},
    {"ring banna", "call the globe maker", "ring the globe maker", "phone banna"},
    # the wig maker's maisonette
    {"we're off to the panto matinee so feed marabou and give shelta a ring and lock the "
     "wigroom", "i'm leaving", "goodbye house", "feed marabou", "give shelta a ring",
     "lock the wigroom"},
    {"feed marabou", "mince for the cheetoh", "feed the cheetoh"},
    {"ring manna", "call the wig maker", "ring the wig maker", "phone manna"},
    # the mead maker's farmhouse
    {"we're off to the honey show so feed pyment and give mali a ring and lock the "
     "meadery", "i'm leaving", "goodbye house", "feed pyment", "give mali a ring",
     "lock the meadery"},
    {"feed pyment", "sardines for the skookum", "feed the skookum"},
    {"ring kanta", "call the mead maker", "ring the mead maker", "phone kanta"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the bambino" where the bambino is Cartouche).
The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"cartouche", "meridian", "banna", "benda", "flicka", "flicka's", "lenda",
         "lenda's", "marabou", "hackle", "manna", "molda", "shelta", "shelta's", "rhian",
         "rhian's", "pyment", "braggot", "kanta", "roka", "roka's", "halta", "halta's",
         "mali", "mali's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as what a shop hangs out, what bends pipes, what a failing screen does,
    # one who lends money
    "banna": ("banner",), "benda": ("bender",), "flicka": ("flicker",),
    "flicka's": ("flicker's",), "lenda": ("lender",), "lenda's": ("lender's",),
    # written as a great house, what shapes wood on a spindle, what keeps bikes dry
    "manna": ("manor",), "molda": ("moulder",), "shelta": ("shelter",),
    "shelta's": ("shelter's",),
    # written as a horse's easy gallop, a rocking chair, what a pony is led by
    "kanta": ("canter",), "roka": ("rocker",), "roka's": ("rocker's",),
    "halta": ("halter",), "halta's": ("halter's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er" or "-or" are one sound, so "banna" and "banner", "benda"
and "bender", "flicka" and "flicker", "lenda" and "lender", "manna" and "manor",
"molda" and "moulder", "shelta" and "shelter", "kanta" and "canter", "roka" and
"rocker", "halta" and "halter" are each one sound. Rhian's and Mali's names have no
other writing."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    "nine": ("quarter to ten",),
    # things and places
    "salmon": ("pilchards",), "bambino": ("burmese",), "walk": ("bath",),
    "lock": ("tidy",), "globe": ("clock",), "maker": ("mender",),
    "text": ("visit",), "clarinet": ("oboe",), "landing": ("patio",),
    "bowling": ("snooker",), "alley": ("hall",), "lasagne": ("risotto",),
    "climbing": ("squash",), "wall": ("court",), "paper": ("linen",),
    "gore": ("label",), "delivery": ("invoice",), "brass": ("steel",),
    "band": ("choir",), "tickets": ("programmes",), "studio": ("garage",),
    "keys": ("papers",), "orrery": ("projector",), "globeroom": ("attic",),
    "heater": ("fan",), "gild": ("varnish",), "cartouche": ("compass",),
    "panel": ("rose",), "polish": ("straighten",), "meridian": ("horizon",),
    "ring": ("stand",), "hang": ("roll",), "shop": ("market",), "banner": ("blind",),
    "find": ("mend",), "pipe": ("wire",), "bender": ("cutter",), "fix": ("film",),
    "screen": ("bulb",), "flicker": ("crack",), "pay": ("thank",),
    "money": ("cash",), "lender": ("changer",), "globes": ("maps",),
    "varnished": ("sold",), "plaster": ("timber",), "darts": ("chess",),
    "judo": ("karate",), "clean": ("dry",), "rinse": ("dry",), "brushes": ("rollers",),
    "count": ("sort",), "tally": ("sort",), "orders": ("repairs",), "gores": ("labels",),
    "globemaking": ("clockmending",), "afternoon": ("morning",), "dust": ("mend",),
    "archway": ("gate",), "lantern": ("sign",), "post": ("shred",),
    "invoices": ("receipts",), "mahogany": ("teak",), "bases": ("stands",),
    "oak": ("ash",), "cradles": ("frames",), "map": ("book",), "fair": ("sale",),
    "mince": ("tuna",), "cheetoh": ("bengal",), "marabou": ("ostrich",),
    "hackle": ("comb",), "wig": ("hat",), "swimming": ("rugby",), "bag": ("kit",),
    "porch": ("car",), "skate": ("water",), "park": ("slide",), "fish": ("shepherd's",),
    "pie": ("cakes",), "farm": ("corner",), "birthday": ("thank you",),
    "card": ("present",), "yak": ("goat",), "hair": ("fleece",), "match": ("league",),
    "wefter": ("dryer",), "wigroom": ("cellar",), "boiler": ("radio",),
    "wigs": ("hats",), "dressed": ("sold",), "hairnet": ("ribbon",), "box": ("roll",),
    "cubs": ("scouts",), "cello": ("harp",), "dye": ("iron",), "trim": ("ruffle",),
    "steel": ("brass",), "sweep": ("gravel",), "manor": ("church",),
    "drive": ("path",), "oil": ("sharpen",), "spindle": ("bench",),
    "moulder": ("planer",), "paint": ("fix",), "bike": ("tool",),
    "shelter": ("rack",), "sand": ("wax",), "blocks": ("stands",),
    "brush": ("wash",), "wigmaking": ("hatmaking",), "evening": ("morning",),
    "hairnets": ("hairpins",), "packs": ("rolls",), "clear": ("check",),
    "dairy": ("yard",),
    "drain": ("gutter",), "crepe": ("wool",), "beards": ("moustaches",),
    "lace": ("mesh",), "fronts": ("caps",), "panto": ("circus",),
    "matinee": ("rehearsal",),
    "sardines": ("mackerel",), "skookum": ("sphynx",), "pyment": ("cyser",),
    "braggot": ("porter",), "mead": ("cider",), "raincoat": ("scarf",),
    "boot": ("utility",), "room": ("cupboard",), "borage": ("clover",),
    "honey": ("wax",), "museum": ("zoo",), "trip": ("sleepover",),
    "rowing": ("tennis",), "club": ("lesson",), "degasser": ("pump",),
    "wand": ("paddle",), "meadery": ("kitchen",), "pump": ("lamp",),
    "bottle": ("label",), "grape": ("apple",), "brew": ("taste",), "malt": ("barley",),
    "book": ("cancel",), "beach": ("forest",), "canter": ("trek",),
    "rocker": ("stool",), "buckle": ("wash",), "pony": ("donkey",),
    "halter": ("saddle",), "meads": ("ciders",), "racked": ("sold",),
    "demijohns": ("funnels",), "arrived": ("gone",), "piano": ("drums",),
    "airlocks": ("bungs",), "sterilise": ("count",), "swing": ("screw",),
    "tops": ("caps",), "meadmaking": ("winemaking",), "weekend": ("fortnight",),
    "hive": ("shed",), "roofs": ("doors",), "renew": ("cancel",),
    "allotment": ("parking",), "lease": ("permit",), "firkins": ("casks",),
    "glass": ("plastic",), "carboys": ("buckets",), "show": ("market",),
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
("flicka's darts at quarter past four" for "flicka's darts at four", "feed the
burmese"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_TAEKWONDO = [
    ("charyeot", "kyungrye"),
    ("junbi", "sijak"),
    ("kyungrye", "junbi"),
    ("baro", "keuman"),
    ("charyeot, charyeot", "junbi"),
    ("sijak", "kalyeo"),
    ("keuman", "baro, kyungrye"),
    ("junbi, junbi", "sijak"),
]
_YAFFLE = [
    "yaffle", "yafflee", "kyu kyu", "klyoo", "yaffle, yaffle",
    "plewk", "kleu kleu", "kyuuu", "yaffle, klyoo",
]
_TAIKO = [
    "yoisho, yoisho", "dokkoi", "sorya, sorya", "yoisho, dokkoi",
    "wasshoi", "soiya, soiya, soiya", "dokkoi, sorya", "soiya",
]
_OYSTERCATCHER = [
    "kleep kleep", "pleep kleep", "kubeek kubeek", "pleep", "kleep, kleep, kleep",
    "kubeek", "pleep, kubeek", "kleeep",
]
_GRAUPEL = [
    "graupel", "the graupel's on", "graupel pattering", "that's graupel",
    "graupel, graupel", "the graupel", "more graupel", "graupel again",
]
_REDWINGS = [
    "redwings", "the redwings are in", "redwings again", "redwings at the windfalls",
    "the redwings", "a redwing", "more redwings", "the redwings are in",
]

WRAPPERS: dict[str, list[str]] = {
    "a taekwondo class in the church hall, said first": [
        f"{a}, {b}. {{}}" for a, b in _TAEKWONDO[:6]
    ] + [f"{_TAEKWONDO[6][0]}, {_TAEKWONDO[6][1]}, then {{}}",
         f"{_TAEKWONDO[7][0]}, {_TAEKWONDO[7][1]}, oh and {{}}"],
    "a green woodpecker yaffling in the orchard, said first": [
        f"{_YAFFLE[0]}! {{}}", f"{_YAFFLE[1]}! {{}}", f"{_YAFFLE[2]}. {{}}",
        f"{_YAFFLE[3]}! {{}}", f"{_YAFFLE[4]}. {{}}", f"{_YAFFLE[5]}! {{}}",
        f"{_YAFFLE[6]}, then {{}}", f"{_YAFFLE[7]}, oh and {{}}",
        f"{_YAFFLE[8]}! {{}}",
    ],
    "a taiko drum group practising in the scout hut, said first": [
        f"{_TAIKO[0]}! {{}}", f"{_TAIKO[1]}! {{}}", f"{_TAIKO[2]}. {{}}",
        f"{_TAIKO[3]}! {{}}", f"{_TAIKO[4]}. {{}}", f"{_TAIKO[5]}! {{}}",
        f"{_TAIKO[6]}, then {{}}", f"{_TAIKO[7]}, oh and {{}}",
    ],
    "an oystercatcher piping on the shingle, said first": [
        f"{_OYSTERCATCHER[0]}! {{}}", f"{_OYSTERCATCHER[1]}! {{}}",
        f"{_OYSTERCATCHER[2]}! {{}}", f"{_OYSTERCATCHER[3]}. {{}}",
        f"{_OYSTERCATCHER[4]}. {{}}", f"{_OYSTERCATCHER[5]}! {{}}",
        f"{_OYSTERCATCHER[6]}, then {{}}", f"{_OYSTERCATCHER[7]}, oh and {{}}",
    ],
    "a remark on the graupel pattering on the skylight, said after": [
        f"{{}}, {d}" for d in _GRAUPEL[:6]
    ] + [f"{{}} and, {_GRAUPEL[6]}", f"{{}} so, {_GRAUPEL[7]}"],
    "a remark on redwings at the windfalls, said after": [
        f"{{}}, {d}" for d in _REDWINGS[:6]
    ] + [f"{{}} and, {_REDWINGS[6]}", f"{{}} so, {_REDWINGS[7]}"],
    "a game of piquet at the table, said after": [
        "{}, repique", "{}, that's a repique", "{}, pique", "{}, repique, repique",
        "{}, a pique", "{}, no capot", "{} and, another repique",
        "{} so, capot again",
    ],
    "a remark on celandines on the hedgebank, said after": [
        "{}, celandines", "{}, the celandines are up", "{}, a celandine",
        "{}, celandines on the hedgebank", "{}, the celandines",
        "{}, celandines, celandines", "{} and, more celandines",
        "{} so, the celandines are up",
    ],
    "between a green woodpecker's yaffle and a graupel remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_YAFFLE[:1], _GRAUPEL[:1], strict=True)
    ] + [f"{_YAFFLE[1]}! {{}}, {_GRAUPEL[1]}", f"{_YAFFLE[2]}. {{}}, {_GRAUPEL[2]}",
         f"{_YAFFLE[3]}! {{}}, {_GRAUPEL[3]}", f"{_YAFFLE[4]}. {{}}, {_GRAUPEL[4]}",
         f"{_YAFFLE[5]}! {{}}, {_GRAUPEL[5]}",
         f"{_YAFFLE[8]}! {{}} and, {_GRAUPEL[6]}",
         f"{_YAFFLE[6]}. {{}} so, {_GRAUPEL[7]}"],
    "in the middle of a taekwondo class's calls": [
        f"{a}, {{}}, {b}" for a, b in _TAEKWONDO[:6]
    ] + [f"{_TAEKWONDO[6][0]}, {{}} and, {_TAEKWONDO[6][1]}",
         f"{_TAEKWONDO[7][0]}, {{}} so, {_TAEKWONDO[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in SIXTYSECOND_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("varnished",
"dressed", "racked"): a remark or a call at a game said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card",
            "note"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "three",
            "two"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds",
          "screen", "flicker"}
"""Requests anything said on the telly could bear on (the telly itself, its screen, its
sound)."""
_NOISE = {"quiet", "loud", "noise", "sounds"}
_OUTINGS = {"darts", "judo", "cubs", "cello", "swimming", "piano", "bowling", "alley",
            "climbing", "wall", "brass", "band", "tickets", "skate", "park", "farm",
            "shop", "rowing", "club", "museum", "trip", "map", "fair", "panto",
            "matinee", "honey", "show", "match", "lift", "clarinet", "bag", "studio",
            "beach", "canter"}
"""Requests about a child's club or lesson, a show, a fair or an outing and a lift to
it: a class, a game or a call said beside them could be about the same outing."""
_PETS = {"feed", "salmon", "mince", "sardines", "bambino", "cheetoh", "skookum",
         "cartouche", "meridian", "marabou", "hackle", "pyment", "braggot", "walk", "cat",
         "dog", "walking", "pony", "halter"}
"""Requests about the cats, the dogs and the pony (what a bird in the orchard or on the
shingle is wary of, what may run out after it)."""
_COLD = {"heater", "heat", "fire", "fireplace", "boiler", "fan", "pump", "morning",
         "afternoon", "night", "evening", "bedtime", "curtains", "blinds", "window",
         "windows", "washing", "laundry", "outside", "porch", "raincoat", "lantern"}
"""Requests about the cold, the wet, the time of day or what dries or warms the house
(what a remark on the graupel could bear on)."""
_CLASS = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "workout", "gym", "yoga",
                              "practice", "session", "ready", "kit", "music", "drum"}
"""Requests a taekwondo class's calls could bear on (a class and its count, a workout,
music, a club and the lift to it)."""
_ORCHARD = _NOISE | _PETS | {"oak", "rocker", "film", "hive", "hives", "roofs",
                             "mahogany", "cradles", "bases", "garden", "tree", "apple",
                             "morning", "grape"}
"""Requests a green woodpecker yaffling could bear on (the orchard, its trees and the
wood cut from them, the hives, the pets that chase it, the morning)."""
_DRUMS = _OUTINGS | _NOISE | {"count", "tally", *_NUMBERS, "game", "party", "drive",
                              "drum", "music", "practice"}
"""Requests a taiko drum group could bear on (a band, music and its count, a show, an
outing and a lift)."""
_SHORE = _NOISE | _PETS | {"beach", "canter", "rowing", "boat", "sea", "swimming",
                           "film", "fish", "sardines", "salmon", "drive"}
"""Requests an oystercatcher piping could bear on (the shore and the water, what swims
or is caught in it, the dogs and the pony on the sands)."""
_SKY = _SAID_TO | _ASKED | _COLD | {"drive", "car", "lift", "garden", "paint", "shelter",
                                    "bike", "roofs", "hive", "walk", "beach", "canter",
                                    "drain", "dairy", "sweep", "archway", "skate"}
"""Requests a remark on the graupel could bear on (the cold and the wet, what is
painted or swept outside, a drive, a ride or a walk in it), and a message or a
question."""
_WINDFALLS = _SAID_TO | _ASKED | _PETS | {"garden", "window", "windows", "film", "oak",
                                          "apple", "grape", "tree", "hive"}
"""Requests a remark on redwings could bear on (the garden and the window they are seen
from, the fruit they eat, the cats that stalk them)."""
_TABLE = _SAID_TO | _ASKED | _TELLY | _OUTINGS | {"game", "party", "count", "tally",
                                                  *_NUMBERS, "pie", "lasagne",
                                                  "ready", "card", "cards", "music",
                                                  "radio", "quiz", "money", "pay"}
"""Requests a game of piquet could bear on (a game and its count, its stakes, supper at
the table, a party or a card)."""
_HEDGEBANK = _SAID_TO | _ASKED | _COLD | {"garden", "hedge", "flower", "weed", "tree",
                                          "oak", "mahogany", "hive", "hives", "pony",
                                          "walk", "drive", "manor", "sweep", "borage",
                                          "beach"}
"""Requests a remark on celandines could bear on (the garden, the hedges and lanes, the
cold of early spring), and a message or a question."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a taekwondo class bears on a class, its count, its music, a club and the lift)
    **{call: _CLASS for call in ("charyeot", "kyungrye", "junbi", "sijak", "baro",
                                 "keuman", "kalyeo")},
    # (a woodpecker yaffling bears on the orchard, its trees, the hives and the pets)
    **{bird: _ORCHARD for bird in ("yaffle", "yafflee", "kyu", "klyoo", "plewk", "kleu",
                                   "kyuuu")},
    # (a taiko group's calls bear on a band, its count, an outing and a lift)
    **{call: _DRUMS for call in ("yoisho", "dokkoi", "sorya", "wasshoi", "soiya")},
    # (an oystercatcher bears on the shore, the water and the pets on the sands)
    **{bird: _SHORE for bird in ("kleep", "pleep", "kubeek", "kleeep")},
    # (a graupel remark, a redwing, a piquet call or a celandine remark after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{sky: _SKY for sky in ("graupel", "graupel's", "pattering")},
    **{bird: _WINDFALLS for bird in ("redwings", "redwing", "windfalls")},
    **{game: _TABLE for game in ("repique", "pique", "capot")},
    **{flower: _HEDGEBANK for flower in ("celandines", "celandine", "hedgebank")},
}
"""Clauses that would bear on a phrase with one of these words ("give flicka a ring"
before a taekwondo class's calls may be about her class; "paint the bike shelter"
beside a remark on the graupel is about the weather on the paint): never said around
it, so the clause stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "charyeot, kyungrye. {}", "{}, repique",
    "yaffle! {}", "{}, graupel",
    "yoisho, yoisho! {}", "{}, redwings",
    "kleep kleep! {}", "{}, celandines",
    "junbi, sijak. {}", "{}, that's a repique",
    "dokkoi! {}", "{} so, the graupel's on",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "wasshoi. {}", "{}, graupel pattering",
    "kyuuu. {}", "{}, the celandines are up",
    "pleep kleep! {}", "{}, redwings at the windfalls",
    "baro, keuman. {}", "{}, pique",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("charyeot kyungrye",
"yoisho yoisho"), struck (longest first) wherever it is said, before single words.
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
none is a word of a pool phrase, tests/test_resolver_sixtysecond_data.py none of an
out-of-scope template)."""


SIXTYSECOND_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("globeroom", "globe room"), ("bambino", "bam beeno"), ("clarinet", "clarinett"),
    ("lasagne", "lazanya"), ("bowling", "bolling"), ("orrery", "orary"),
    ("cartouche", "car toosh"), ("meridian", "merridian"), ("mahogany", "mahoggany"),
    ("globemaking", "globe making"), ("varnished", "varnisht"), ("gores", "gorse"),
    ("cheetoh", "cheeto"), ("wigroom", "wig room"), ("wefter", "wefta"),
    ("marabou", "marraboo"), ("hackle", "hackel"), ("moulder", "molder"),
    ("wigmaking", "wig making"), ("hairnets", "hair nets"), ("matinee", "mattinay"),
    ("cello", "chello"), ("crepe", "crape"), ("skookum", "skoo come"),
    ("meadery", "mead ery"), ("degasser", "de gasser"), ("pyment", "piment"),
    ("braggot", "bragget"), ("demijohns", "demi johns"), ("meadmaking", "mead making"),
    ("airlocks", "air locks"), ("carboys", "car boys"), ("firkins", "furkins"),
    ("sterilise", "sterlise"), ("allotment", "alotment"),
]
"""The sixty-second set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("brass orrery", "brassorrery"), ("bowling alley", "bowlingalley"),
         ("climbing wall", "climbingwall"), ("paper gore", "papergore"),
         ("gore delivery", "goredelivery"), ("brass band", "brassband"),
         ("band tickets", "bandtickets"), ("studio keys", "studiokeys"),
         ("cartouche panel", "cartouchepanel"), ("meridian ring", "meridianring"),
         ("shop banner", "shopbanner"), ("pipe bender", "pipebender"),
         ("screen flicker", "screenflicker"), ("money lender", "moneylender"),
         ("plaster delivery", "plasterdelivery"), ("globe brushes", "globebrushes"),
         ("globe orders", "globeorders"), ("paper gores", "papergores"),
         ("archway lantern", "archwaylantern"), ("globe invoices", "globeinvoices"),
         ("mahogany bases", "mahoganybases"), ("oak cradles", "oakcradles"),
         ("map fair", "mapfair"), ("globe maker", "globemaker"),
         ("wig maker", "wigmaker"), ("swimming bag", "swimmingbag"),
         ("skate park", "skatepark"), ("fish pie", "fishpie"),
         ("farm shop", "farmshop"), ("birthday card", "birthdaycard"),
         ("yak hair", "yakhair"), ("hair order", "hairorder"), ("darts match", "dartsmatch"),
         ("hair wefter", "hairwefter"), ("hairnet box", "hairnetbox"),
         ("marabou trim", "maraboutrim"), ("steel hackle", "steelhackle"),
         ("manor drive", "manordrive"), ("spindle moulder", "spindlemoulder"),
         ("bike shelter", "bikeshelter"), ("wig blocks", "wigblocks"),
         ("wig orders", "wigorders"), ("dairy drain", "dairydrain"),
         ("crepe beards", "crepebeards"), ("lace fronts", "lacefronts"),
         ("panto matinee", "pantomatinee"), ("mead maker", "meadmaker"),
         ("boot room", "bootroom"), ("borage honey", "boragehoney"),
         ("honey order", "honeyorder"), ("museum trip", "museumtrip"),
         ("rowing club", "rowingclub"), ("wand degasser", "wanddegasser"),
         ("grape pyment", "grapepyment"), ("malt braggot", "maltbraggot"),
         ("beach canter", "beachcanter"), ("oak rocker", "oakrocker"),
         ("pony halter", "ponyhalter"), ("mead orders", "meadorders"),
         ("swing tops", "swingtops"), ("hive roofs", "hiveroofs"),
         ("allotment lease", "allotmentlease"), ("oak firkins", "oakfirkins"),
         ("glass carboys", "glasscarboys"), ("honey show", "honeyshow"),
         ("meadmaking weekend", "meadmakingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"globeroom": "globe-room", "wigroom": "wig-room",
             "meadery": "mead-ery", "globemaking": "globe-making",
             "wigmaking": "wig-making"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_sixtysecond.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit a tiny {w} for the tombola at the church fete",
        "what's the cornish for {w}, near enough",
        "sketch a {w} on the back of the council tax letter",
        "would a {w} be cheaper at the agricultural merchant in hexham",
        "hunt out a dented old {w} at the flea market in leek",
        "roughly how long does a {w} last in a damp lean to",
        "compose a limerick about a {w} for the allotment newsletter",
        "how would somebody from the potteries say {w}, out of interest",
    ],
    "routine command": [
        "bin {p} for good and all",
        "talk me through {p} one step at a time, nice and slow",
        "think up a jazzier title for {p}, ideally alliterative",
        "copy {p} over to the holiday chalet at borth",
        "limit {p} to the week after michaelmas",
        "sound a little chime each time {p} kicks off",
        "who's been fiddling about with {p} while aunty was at the bingo",
        "could {p} be toned down a smidge after the archers",
    ],
    "word order": [
        "{b} knocks spots off {a}, no question", "{b} pips {a}, to my mind",
        "swap the {a} for a {b} when you get a sec, cheers",
        "ditch the {a} but keep the {b} handy, my love",
        "{a} first and {b} last, or vice versa",
        "a smidgen of {b}, a splash of {a}",
    ],
    "negation": [
        "let's not bother with {p} this blustery saturday, sunshine",
        "i'd rather you didn't {p} while grandpa's snoozing in the recliner",
        "on no account {p} until i've given the thumbs up, sweetheart",
        "don't kick off {p} while i'm at the optician's in bodmin",
        "nah, leave {p} well alone for the minute",
        "hold your horses, no {p} till the curate's gone, my lovely",
    ],
    "cancellation": [
        "park {p} until the cousins from prestatyn have gone back",
        "{p} can wait until the window fitter's finished up",
        "scrap {p} for the week of the ploughing match in usk",
        "knock {p} on the head until the plumber's been round",
        "we'll manage without {p} over whitsun",
        "put {p} on the back burner till the new year palaver blows over",
    ],
    "state question": [
        "is {p} quietly ticking over as we speak",
        "is {p} halfway there or all wrapped up now",
        "did {p} go off smoothly before the roofer turned up",
        "has {p} conked out or is it struggling on",
        "has anybody peeked at {p} since the chimney was swept",
        "was {p} seen to the tuesday after the beetle drive at the village hall",
    ],
    "past or story": [
        "the winter the canal froze over {p} gave up the ghost as well",
        "in the scorching summer of seventy six {p} misbehaved something rotten",
        "my great uncle in skegness swore by {p} every lady day",
        "at the ruby anniversary do in the barnsley miners' welfare {p} ran till dawn",
        "that whole washed out fortnight in criccieth {p} was on the blink",
        "when we lived above the butcher's in selby we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the rag man hollered {p} down the ginnel",
        "a busker by the market cross in devizes crooned {p}",
        "my pen friend from lerwick ends every letter with {p}",
        "a fella on the night bus to bolton mumbled {p}",
        "the lollipop man shouted {p} at the zebra crossing",
        "our tiler from batley whistles {p} on his knees",
    ],
    "contrast": [
        "{p} is only for when my stepsister drives up from penzance",
        "we only {p} when my godfather flies in from alderney",
        "{p} is a high days and holidays thing in our bungalow",
        "{p} is strictly a burns night ritual in our tenement",
        "we only {p} when the morris men dance past the co op",
        "{p} is kept for when the mayor pops over from ripon",
    ],
    "hypothetical": [
        "supposing i'd bribed you with an eccles cake, would you have agreed to {p}",
        "if i ever got carried away with {p}, would you still put up with me",
        "imagine if {p} went off at first cockcrow, would the street moan",
        "if {p} came on during a thunderstorm, would the breaker go",
        "picture {p} running right through the big freeze of that winter",
        "what would you do if the churchwarden's grandson pestered you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since the lodger moved out",
        "{p} let us down again at the coronation party in morecambe",
        "{p} has been a waste of space since the bloke from the gas board came",
        "i'm fed up to the back teeth of {p} since ash wednesday",
        "{p} is a right pain since halloween",
        "{p} keeps cutting out halfway through the snooker on telly",
    ],
    "opinion": [
        "{p} is the bee's whiskers if you ask me honestly",
        "i'm tickled pink with {p}, no word of a lie",
        "{p} is a lifesaver for my gammy hip, to be fair",
        "{p} has made wet tuesdays almost tolerable",
        "{p} is the cleverest gizmo this side of the humber",
        "{p} is first rate, says our maureen and she's fussy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm home from the podiatrist's in ashbourne",
        "pester me about {p} once the tour de france has finished",
        "make sure i remember to {p} on saturday after the jumble sale",
        "prod me to {p} after gardeners' question time",
        "scribble {p} on monday's chore chart by the fridge",
        "give me a shout about {p} once the well dressing is done",
    ],
    "permission question": [
        "is my brother in law's stepdaughter's boyfriend from redruth allowed to {p}",
        "is the tenant's half sister from cleethorpes permitted to {p}",
        "would the window cleaner's nephew be allowed to {p} on his own",
        "is my step granddaughter from whitby allowed to {p} when she stays over at easter",
        "can the childminder's cousin {p} without asking first",
        "is the postman's son from the terrace allowed to {p}",
    ],
    # the sixty-second's own
    "a koi carp named it": [
        "the biggest koi carp in the garden centre pond is called {p}",
        "{p} is the koi carp with the orange blotch",
        "my neighbour named his prize koi carp {p}",
        "a koi carp called {p} sulked at the bottom of the pond",
        "there's a koi carp at the aquatic centre named {p}",
        "who'd name a koi carp {p}",
    ],
    "a robot lawnmower named it": [
        "the robot lawnmower next door is called {p}",
        "{p} is the robot lawnmower that keeps getting stuck",
        "my dad named his new robot lawnmower {p}",
        "a robot lawnmower called {p} chewed up the hosepipe",
        "there's a robot lawnmower at the county show named {p}",
        "who'd name a robot lawnmower {p}",
    ],
    "a bouncy castle named it": [
        "the hired bouncy castle for the party is called {p}",
        "{p} is the bouncy castle with the wonky turrets",
        "the hire firm named their biggest bouncy castle {p}",
        "a bouncy castle called {p} went flat halfway through the gala",
        "there's a bouncy castle at the carnival named {p}",
        "who'd name a bouncy castle {p}",
    ],
    "a paddle steamer named it": [
        "the old paddle steamer on the loch is called {p}",
        "{p} is the paddle steamer that does trips round the bay",
        "the preservation society named the paddle steamer {p}",
        "a paddle steamer called {p} ran aground off the pier",
        "there's a paddle steamer at the quay named {p}",
        "who'd name a paddle steamer {p}",
    ],
    "a rag doll named it": [
        "my niece's rag doll is called {p}",
        "{p} is the rag doll with the button eyes",
        "granny named the rag doll she sewed {p}",
        "a rag doll called {p} got left on the bus",
        "there's a rag doll at the church bazaar named {p}",
        "who'd name a rag doll {p}",
    ],
    "engraved on a pocket watch": [
        "the jeweller engraved {p} on a pocket watch",
        "{p} is engraved on the back of grandpa's pocket watch",
        "the pocket watch in the bureau has {p} engraved on it",
        "my uncle had {p} engraved on a pocket watch for his retirement",
        "there's a pocket watch at the antiques fair with {p} engraved on it",
        "why engrave {p} on a pocket watch",
    ],
    "printed on a seed packet": [
        "the nursery printed {p} on a seed packet",
        "{p} is printed on the seed packet in the potting shed",
        "the seed packet on the windowsill has {p} printed on it",
        "my aunt had {p} printed on a seed packet as a wedding favour",
        "there's a seed packet at the horticultural show with {p} printed on it",
        "why print {p} on a seed packet",
    ],
    "chiselled on a foundation stone": [
        "the mason chiselled {p} on a foundation stone",
        "{p} is chiselled on the foundation stone of the methodist chapel",
        "the foundation stone of the library has {p} chiselled on it",
        "my great grandad chiselled {p} on a foundation stone in nineteen twelve",
        "there's a foundation stone by the station with {p} chiselled on it",
        "why chisel {p} on a foundation stone",
    ],
    "doodled on a paper napkin": [
        "the waiter doodled {p} on a paper napkin",
        "{p} is doodled on the paper napkin by the till",
        "the paper napkin from the cafe has {p} doodled on it",
        "my cousin doodled {p} on a paper napkin at the reception",
        "there's a paper napkin in the diner with {p} doodled on it",
        "why doodle {p} on a paper napkin",
    ],
    "burnt into a cricket bat": [
        "the groundsman burnt {p} into a cricket bat",
        "{p} is burnt into the handle of my old cricket bat",
        "the cricket bat in the pavilion has {p} burnt into it",
        "my brother burnt {p} into a cricket bat with a soldering iron",
        "there's a cricket bat at the club auction with {p} burnt into it",
        "why burn {p} into a cricket bat",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} sock puppet", "{} bath plug", "{} rain gauge", "{} tie pin", "{} door wedge",
    "{} hair clip", "{} ice cube tray", "{} tank top", "{} welly boot", "{} plant label",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

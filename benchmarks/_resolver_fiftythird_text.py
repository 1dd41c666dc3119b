"""The words of the fifty-third held-out resolver set
(benchmarks/_resolver_fiftythird.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a papermaker's cottage with the
vatroom behind the mill race, where Leia makes paper, with her wife Pia, their
daughters Tia and Ria, a cat Mulberry and a terrier Deckle (seed 530); a dyer's terrace
with the dyehouse across the yard, where Hadi dyes yarn, with his wife Koula, their
daughters Fida and Lita, a cat Madder and a whippet Woad (531); and a silversmith's flat
above the silvershop, where Leif works silver, with his husband Per, their children
Bryar and Jett, a cat Bezel and a beagle Ingot (532). Its people and pets are named in
ways no earlier set names them: after what paper is made from or how its sheet is
edged ("feed mulberry" beside "strip the mulberry bark", "brush deckle" beside "tear the
deckle edges"), what a dyer dyes with ("feed madder" beside "grind the madder roots",
"brush woad" beside "stir the woad vat") or what a silversmith sets and casts ("feed
bezel" beside "solder the bezel cups", "brush ingot" beside "pour the ingot moulds");
and with names a recogniser writes as the word they sound like, most as a speaker who
sounds no "r" after a vowel says both: as hens' feed ("leia" as "layer", beside "buy
the layer pellets"), a cake's storey ("tia" as "tier", beside "ice the bottom tier"), a
gatepost ("pia" as "pier", beside "paint the gate pier"), the back ("ria" as "rear",
beside "check the rear tyre"), a plant that lives through frost ("hadi" as "hardy",
beside "deadhead the hardy fuchsias"), what chills wine ("koula" as "cooler", beside
"fill the wine cooler"), what birds eat from ("fida" as "feeder", beside "refill the
bird feeder") and a measure of milk ("lita" as "litre", beside "rinse the litre
jugs"); and, in any accent, as what falls in autumn ("leif" as "leaf", beside "bag the
leaf mould"), a fruit ("per" as "pear", beside "prune the pear tree"), a spray ("jett"
as "jet", beside "jet wash the patio") and a thorny stem ("bryar" as "briar", beside
"clip the briar hedge"). A name that is also a word of another phrase of its home
("mulberry", "deckle", "madder", "woad", "bezel", "ingot") has no other spelling, so the
word is never respelt as the name. Each teaches 22 of its own routines with the generic
pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("ria's swimming at
five" beside "ria's swimming at four", "hollander off" beside "hollander on"), are never
taught there. Phrases come in every shape: one word ("papermaking", "dyeing",
"silversmithing"), two nouns ("linen rags", "drying poles", "ring mandrels"), nested
("hollander on" inside "pulp hollander on", "agitator on" inside "vat agitator on",
"burnisher on" inside "barrel burnisher on"), words shared across phrases ("lock the
vatroom" and "vatroom light on", "feed mulberry" and "strip the mulberry bark"), numbers
and times ("ria's swimming at four", "bryar's fencing at eight"), places ("vatroom
radiator on", "dyehouse extractor on", "silvershop heater on"), verbs first ("ice the
bottom tier", "clip the briar hedge") and nouns first ("kibble for the ocicat"),
questions ("how many sheets are pressed", "how many skeins are dyed", "how many rings
are polished"), and a chore of several clauses ("we're off to the steam rally so feed
bezel and give bryar a ring and lock the silvershop").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("layer" for "leia", "cooler" for "koula", "briar" for "bryar"): the same person, so
"phone pier" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a square dance caller at the barn dance first
("allemande left, dosidos, promenade, hoedowners. X"), owls hooting in the spinney
first, one word no dictionary of the speaker's has ("twoowhit! X"), calling the guinea
fowl in to roost first ("guineas, guineas! X"), a fishmonger crying his wares on the
market first ("whelks, winkles! X"), a worm charming contest on the allotments after
("X, the wormcharmers are twanging"), a gurning championship on the telly after ("X,
what a gurn"), a remark on a pipistrelle flitting at dusk after ("X, a pipistrelle's
flitting"), a game of knucklebones on the doorstep after ("X, knucklebones"); the phrase
between a guinea fowl call and a worm charming remark ("guineas, guineas! X, the
wormcharmers are twanging"), and the phrase said in the middle of a square dance caller's
calls, which go on after it ("allemande left, dosidos, X, promenade, hoedowners"). Some
are joined with "and", "so", "then" or "oh and". No word of a clause but its function
words is a word of this set's pools or the generic pool, and its distinctive words are
no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a carousel horse named it, a heritage tram named
it, a tortoise named it, painted on a beach hut, written on a sandwich board outside a
cafe, in neon over a chip shop, a song on the jukebox, chalked on the playground, sewn
on a name tape and scratched on a school desk.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

PAPERMAKER = "papermaker's cottage with the vatroom behind the mill race"
DYER = "dyer's terrace with the dyehouse across the yard"
SILVERSMITH = "silversmith's flat above the silvershop"
HOMES: dict[int, str] = {530: PAPERMAKER, 531: DYER, 532: SILVERSMITH}

FIFTYTHIRD_ROUTINES: dict[str, dict[str, list[str]]] = {
    PAPERMAKER: {
        "Mulberry": ["feed mulberry", "kibble for the ocicat"],
        "Deckle": ["brush deckle"],
        "Leia": ["ring leia", "call the papermaker", "phone leia"],
        "Pia": ["drop pia a line", "send pia a text"],
        "Pia and Tia": ["message pia and tia"],
        "Tia": ["give tia a ring", "give tia a bell", "call tia back"],
        "Ria": ["tell ria her recorder is on the piano"],
        "Ria ring": ["give ria a ring", "phone ria"],
        "Ria lift": ["ask ria for a lift to the retail park"],
        "Tia supper": ["tell tia her shepherd's pie is ready"],
        "Tia lift": ["ask tia for a lift to the railway station"],
        "Leia rags": ["text leia about the cotton rag order"],
        "Pia tickets": ["text pia about the carol concert tickets"],
        "Pia ring": ["give pia a ring", "ring pia back"],
        "Leia keys": ["ask leia for the transit van keys"],
        "Hollander": ["hollander on"],
        "Pulp hollander": ["pulp hollander on"],
        "Vatroom radiator": ["vatroom radiator on"],
        "Mulberry bark": ["strip the mulberry bark"],
        "Deckle edges": ["tear the deckle edges"],
        "Layer": ["buy the layer pellets"],
        "Tier": ["ice the bottom tier"],
        "Pier": ["paint the gate pier"],
        "Rear": ["check the rear tyre"],
        "Sheets": ["how many sheets are pressed"],
        "Flax": ["has the flax delivery arrived"],
        "Swimming": ["ria's swimming at four"],
        "Rainbows": ["tia's rainbows at seven"],
        "Felts": ["rinse the couching felts", "scrub the couching felts"],
        "Reams": ["count the paper reams", "tally the paper reams"],
        "Gelatine": ["order more gelatine size", "restock the gelatine size"],
        "Papermaking": ["papermaking", "papermaking evening"],
        "Vatroom": ["lock the vatroom"],
        "Vatroom light": ["vatroom light on"],
        "Guillotine": ["sharpen the guillotine blade"],
        "Gallery invoices": ["post the gallery invoices"],
        "Mould frames": ["mould frames"],
        "Linen rags": ["linen rags"],
        # long
        "Book fair": ["we're off to the book fair so feed mulberry and give tia a ring "
                      "and lock the vatroom"],
    },
    DYER: {
        "Madder": ["feed madder", "pouches for the chartreux"],
        "Woad": ["brush woad"],
        "Hadi": ["ring hadi", "call the dyer", "phone hadi"],
        "Koula": ["drop koula a line", "send koula a text"],
        "Koula and Fida": ["message koula and fida"],
        "Fida": ["give fida a ring", "phone fida"],
        "Lita": ["tell lita her ballet shoes are in the hall cupboard"],
        "Lita ring": ["give lita a bell", "phone lita"],
        "Lita lift": ["ask lita for a lift to the bowling alley"],
        "Fida supper": ["tell fida her jacket potato is ready"],
        "Hadi and Lita": ["message hadi and lita"],
        "Hadi lift": ["ask hadi for a lift to the coach station"],
        "Koula card": ["send koula a get well card"],
        "Hadi fleece": ["text hadi about the merino fleece order"],
        "Koula class": ["text koula about the pilates class"],
        "Koula ring": ["give koula a ring", "phone koula back"],
        "Agitator": ["agitator on"],
        "Vat agitator": ["vat agitator on"],
        "Dyehouse extractor": ["dyehouse extractor on"],
        "Skeins": ["how many skeins are dyed"],
        "Alum": ["has the alum delivery arrived"],
        "Judo": ["fida's judo at six"],
        "Choir": ["lita's choir at five"],
        "Madder roots": ["grind the madder roots"],
        "Woad vat": ["stir the woad vat"],
        "Hardy": ["deadhead the hardy fuchsias"],
        "Cooler": ["fill the wine cooler"],
        "Feeder": ["refill the bird feeder"],
        "Litre": ["rinse the litre jugs"],
        "Mordant pots": ["scour the mordant pots", "scrub the mordant pots"],
        "Yarn orders": ["count the yarn orders", "tally the yarn orders"],
        "Logwood": ["order more logwood chips", "restock the logwood chips"],
        "Dyeing": ["dyeing", "dyeing morning"],
        "Dyehouse": ["lock the dyehouse"],
        "Dyehouse light": ["dyehouse light on"],
        "Colour cards": ["print the colour cards"],
        "Show fee": ["pay the wool show fee"],
        "Drying poles": ["drying poles"],
        "Fleece bags": ["fleece bags"],
        # long
        "Wool festival": ["we're off to the wool festival so feed madder and give fida a "
                          "ring and lock the dyehouse"],
    },
    SILVERSMITH: {
        "Bezel": ["feed bezel", "tuna for the korat"],
        "Ingot": ["brush ingot"],
        "Leif": ["ring leif", "call the silversmith", "phone leif"],
        "Per": ["drop per a line", "send per a text"],
        "Per and Bryar": ["message per and bryar"],
        "Bryar": ["give bryar a ring", "phone bryar"],
        "Jett boots": ["tell jett his football boots are in the porch"],
        "Leif hallmarking": ["text leif about the hallmarking order"],
        "Jett": ["text jett about the scout camp"],
        "Jett ring": ["give jett a ring", "phone jett"],
        "Jett lift": ["ask jett for a lift to the cricket club"],
        "Per and Jett": ["message per and jett"],
        "Burnisher": ["burnisher on"],
        "Barrel burnisher": ["barrel burnisher on"],
        "Silvershop heater": ["silvershop heater on"],
        "Bezel cups": ["solder the bezel cups"],
        "Ingot moulds": ["pour the ingot moulds"],
        "Leaf": ["bag the leaf mould"],
        "Pear": ["prune the pear tree"],
        "Jet": ["jet wash the patio"],
        "Briar": ["clip the briar hedge"],
        "Rings": ["how many rings are polished"],
        "Sheet silver": ["has the sheet silver been delivered"],
        "Cubs": ["jett's cubs at four"],
        "Fencing": ["bryar's fencing at eight"],
        "Spoons": ["anneal the silver spoons", "planish the silver spoons"],
        "Ring blanks": ["count the ring blanks", "tally the ring blanks"],
        "Borax": ["order more borax flux", "restock the borax flux"],
        "Silversmithing": ["silversmithing", "silversmithing weekend"],
        "Silvershop": ["lock the silvershop"],
        "Silvershop light": ["silvershop light on"],
        "Needle files": ["sort the needle files"],
        "Van insurance": ["renew leif's van insurance"],
        "Silver offcuts": ["silver offcuts"],
        "Ring mandrels": ["ring mandrels"],
        # long
        "Steam rally": ["we're off to the steam rally so feed bezel and give bryar a ring "
                        "and lock the silvershop"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    PAPERMAKER: {
        "Swimming five": ["ria's swimming at five"],
        "Rainbows eight": ["tia's rainbows at eight"],
        "Hollander off": ["hollander off"],
        "Pulp hollander off": ["pulp hollander off"],
        "Vatroom light off": ["vatroom light off"],
        "Unlock vatroom": ["unlock the vatroom"],
        "Leia hemp": ["text leia about the hemp rag order"],
        "Starch size": ["order more starch size"],
        "Paper bales": ["count the paper bales"],
        "Willow bark": ["strip the willow bark"],
        "Top tier": ["ice the top tier"],
        "Vatroom radiator off": ["vatroom radiator off"],
    },
    DYER: {
        "Judo seven": ["fida's judo at seven"],
        "Choir six": ["lita's choir at six"],
        "Agitator off": ["agitator off"],
        "Vat agitator off": ["vat agitator off"],
        "Dyehouse light off": ["dyehouse light off"],
        "Unlock dyehouse": ["unlock the dyehouse"],
        "Hadi alpaca": ["text hadi about the alpaca fleece order"],
        "Cutch chips": ["order more cutch chips"],
        "Yarn parcels": ["count the yarn parcels"],
        "Weld roots": ["grind the weld roots"],
        "Beer cooler": ["fill the beer cooler"],
        "Dyehouse extractor off": ["dyehouse extractor off"],
    },
    SILVERSMITH: {
        "Cubs five": ["jett's cubs at five"],
        "Fencing nine": ["bryar's fencing at nine"],
        "Burnisher off": ["burnisher off"],
        "Barrel burnisher off": ["barrel burnisher off"],
        "Silvershop light off": ["silvershop light off"],
        "Unlock silvershop": ["unlock the silvershop"],
        "Leif assay": ["text leif about the assay order"],
        "Silver solder": ["order more silver solder"],
        "Ring sizers": ["count the ring sizers"],
        "Bezel settings": ["solder the bezel settings"],
        "Apple tree": ["prune the apple tree"],
        "Silvershop heater off": ["silvershop heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the papermaker's cottage
    {"we're off to the book fair so feed mulberry and give tia a ring and lock the "
     "vatroom", "i'm leaving", "goodbye house", "feed mulberry", "give tia a ring",
     "lock the vatroom"},
    {"feed mulberry", "kibble for the ocicat", "feed the ocicat"},
    {"ring leia", "call the papermaker", "ring the papermaker", "phone leia"},
    # the dyer's terrace
    {"we're off to the wool festival so feed madder and give fida a ring and lock the "
     "dyehouse", "i'm leaving", "goodbye house", "feed madder", "give fida a ring",
     "lock the dyehouse"},
    {"feed madder", "pouches for the chartreux", "feed the chartreux"},
    {"ring hadi", "call the dyer", "ring the dyer", "phone hadi"},
    # the silversmith's flat
    {"we're off to the steam rally so feed bezel and give bryar a ring and lock the "
     "silvershop", "i'm leaving", "goodbye house", "feed bezel", "give bryar a ring",
     "lock the silvershop"},
    {"feed bezel", "tuna for the korat", "feed the korat"},
    {"ring leif", "call the silversmith", "ring the silversmith", "phone leif"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the ocicat" where the ocicat is Mulberry). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"mulberry", "deckle", "leia", "pia", "tia", "ria", "ria's", "tia's",
         "madder", "woad", "hadi", "koula", "fida", "fida's", "lita", "lita's",
         "bezel", "ingot", "leif", "leif's", "per", "bryar", "bryar's", "jett", "jett's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as hens' feed, a cake's storey, a gatepost, the back
    "leia": ("layer",), "tia": ("tier",), "tia's": ("tier's",), "pia": ("pier",),
    "ria": ("rear",), "ria's": ("rear's",),
    # written as a plant that lives through frost, what chills wine, what birds eat
    # from, a measure of milk
    "hadi": ("hardy",), "koula": ("cooler",), "fida": ("feeder",), "fida's": ("feeder's",),
    "lita": ("litre",), "lita's": ("litre's",),
    # written as what falls in autumn, a fruit, a spray, a thorny stem
    "leif": ("leaf",), "leif's": ("leaf's",), "per": ("pear",), "jett": ("jet",),
    "jett's": ("jet's",), "bryar": ("briar",), "bryar's": ("briar's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person:
in scope). Only homophones: as a speaker who sounds no "r" after a vowel says them, a
final "-a" and a final "-er", "-ear" or "-re" are one sound, so "leia" and "layer",
"tia" and "tier", "pia" and "pier", "ria" and "rear", "hadi" and "hardy", "koula" and
"cooler", "fida" and "feeder", "lita" and "litre" are each one sound; "leif" and
"leaf", "per" and "pear", "jett" and "jet", "bryar" and "briar" are one sound in any
accent."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty to six",), "six": ("ten to seven",),
    "seven": ("twenty past seven",), "eight": ("half past eight",),
    # things and places
    "kibble": ("biscuits",), "ocicat": ("siamese",), "brush": ("comb",),
    "lock": ("bolt",), "papermaker": ("printer",), "text": ("page",),
    "recorder": ("violin",), "piano": ("sideboard",), "retail": ("business",),
    "park": ("estate",), "shepherd's": ("cottage",), "pie": ("tart",),
    "railway": ("bus",), "station": ("depot",), "cotton": ("hemp",), "rag": ("pulp",),
    "order": ("invoice",), "carol": ("brass band",), "concert": ("recital",),
    "tickets": ("programmes",), "transit": ("pickup",), "van": ("tractor",),
    "keys": ("papers",), "hollander": ("shredder",), "pulp": ("rag",),
    "vatroom": ("drying loft",), "radiator": ("dehumidifier",), "strip": ("soak",),
    "mulberry": ("willow",), "bark": ("fibre",), "tear": ("trim",),
    "deckle": ("rough",), "edges": ("fringes",), "buy": ("store",),
    "layer": ("grower",), "pellets": ("mash",), "ice": ("fill",),
    "bottom": ("middle",), "tier": ("sponge",), "paint": ("render",), "gate": ("yard",),
    "pier": ("wall",), "check": ("pump",), "rear": ("front",), "tyre": ("brake",),
    "sheets": ("posters",), "pressed": ("sold",), "flax": ("linen",),
    "delivery": ("invoice",), "swimming": ("diving",), "rainbows": ("brownies",),
    "rinse": ("dry",), "scrub": ("fold",), "couching": ("pressing",), "felts": ("boards",),
    "count": ("stack",), "tally": ("sort",), "paper": ("card",), "reams": ("pads",),
    "gelatine": ("starch",), "size": ("glue",), "papermaking": ("bookbinding",),
    "sharpen": ("oil",), "guillotine": ("bread knife",), "blade": ("handle",),
    "post": ("shred",), "gallery": ("shop",), "invoices": ("receipts",),
    "mould": ("press",), "frames": ("boards",), "linen": ("denim",), "rags": ("scraps",),
    "book": ("craft",), "fair": ("festival",),
    "pouches": ("biscuits",), "chartreux": ("bengal",), "dyer": ("weaver",),
    "ballet": ("tap",), "shoes": ("tights",), "hall": ("landing",),
    "cupboard": ("drawer",), "bowling": ("skating",), "alley": ("rink",),
    "jacket": ("roast",), "potato": ("chicken",), "coach": ("train",), "card": ("note",),
    "merino": ("alpaca",), "fleece": ("yarn",),
    "pilates": ("zumba",), "class": ("retreat",), "agitator": ("pump",),
    "vat": ("tub",), "dyehouse": ("washhouse",), "extractor": ("boiler",),
    "skeins": ("hanks",), "dyed": ("wound",), "alum": ("soda",), "judo": ("karate",),
    "choir": ("orchestra",), "grind": ("chop",), "madder": ("weld",),
    "roots": ("leaves",), "stir": ("drain",), "woad": ("indigo",),
    "deadhead": ("water",), "hardy": ("tender",), "fuchsias": ("geraniums",),
    "fill": ("empty",), "wine": ("beer",), "cooler": ("rack",), "refill": ("clean",),
    "bird": ("squirrel",), "feeder": ("table",), "litre": ("pint",), "jugs": ("bottles",),
    "scour": ("stack",), "mordant": ("dye",), "pots": ("pans",), "yarn": ("fleece",),
    "orders": ("returns",), "logwood": ("cutch",), "chips": ("powder",),
    "dyeing": ("spinning",), "print": ("laminate",), "colour": ("price",),
    "cards": ("tags",), "pay": ("query",), "wool": ("craft",), "show": ("market",),
    "fee": ("rent",), "drying": ("airing",), "poles": ("racks",), "bags": ("sacks",),
    "festival": ("fair",),
    "tuna": ("salmon",), "korat": ("burmese",), "silversmith": ("goldsmith",),
    "football": ("rugby",), "boots": ("socks",), "porch": ("garage",),
    "hallmarking": ("engraving",), "scout": ("school",), "camp": ("trip",),
    "cricket": ("tennis",), "club": ("courts",), "burnisher": ("polisher",),
    "barrel": ("bench",), "silvershop": ("goldshop",), "heater": ("fan",),
    "solder": ("file",), "bezel": ("claw",), "cups": ("settings",), "pour": ("clean",),
    "ingot": ("casting",), "moulds": ("flasks",), "bag": ("spread",),
    "leaf": ("bark",), "prune": ("spray",), "pear": ("plum",), "tree": ("bush",),
    "jet": ("pressure",), "wash": ("clean",), "patio": ("drive",), "clip": ("lay",),
    "briar": ("holly",), "hedge": ("border",), "rings": ("bangles",),
    "polished": ("sized",), "sheet": ("scrap",), "silver": ("copper",),
    "delivered": ("collected",), "cubs": ("beavers",), "fencing": ("archery",),
    "anneal": ("engrave",), "planish": ("buff",), "spoons": ("forks",),
    "ring": ("bangle",), "blanks": ("boxes",), "borax": ("paste",),
    "flux": ("pickle",), "silversmithing": ("enamelling",), "sort": ("bag",),
    "needle": ("riffler",), "files": ("saws",), "renew": ("cancel",),
    "insurance": ("tax",), "offcuts": ("filings",), "mandrels": ("triblets",),
    "steam": ("vintage",), "rally": ("fair",),
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
("ria's swimming at quarter past four" for "ria's swimming at four", "feed the
siamese"): never taught, so such a request is a different one. Names are never
swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_CALLER = [
    ("allemande left, dosidos", "promenade, hoedowners"),
    ("circulate, hoedowners", "allemande left, squares"),
    ("dosido, squares", "circulate, sashayers"),
    ("greet your corners, hoedowners", "promenade, sashayers"),
    ("promenade, squares", "dosido, hoedowners"),
    ("allemande, sashayers", "dosido, squares"),
    ("dosidos, sashayers", "promenade, squares"),
    ("circulate, squares", "allemande left, hoedowners"),
]
_HOOTS = [
    "twoowhit", "hoohoooo", "kewick", "hoowhoo", "kwikwik",
    "oohoo, oohoo", "tuwhitt", "hoooot", "whoohoo",
]
_GUINEAS = [
    "guineas, guineas", "keets, keets", "guineas, fowlies", "pintades, pintades",
    "fowlies, fowlies", "keetsies, keetsies", "guineas, keets, fowlies", "pintades, guineas",
    "fowlies, keetsies",
]
_FISHMONGER = [
    "whelks, winkles", "jellied eels", "bloaters, sprats", "winkles, whelks, crabsticks",
    "scallops, shrimps", "kippers, bloaters", "sprats, sprats, whelks",
    "crabsticks, jellied eels",
]
_WORMS = [
    "the wormcharmers are twanging", "a lobworm's surfacing", "that plot's wormless",
    "he's charmed a lobworm", "the wormcharmers are jubilant", "lobworms abound",
    "another lobworm", "the lobworms are surfacing",
]
_BATS = [
    "a pipistrelle's flitting", "the pipistrelles are zigzagging",
    "a pipistrelle's echolocating", "it's flitting round the eaves",
    "the pipistrelles are roosting", "that pipistrelle's minuscule",
    "another pipistrelle", "the pipistrelles are emerging",
]

WRAPPERS: dict[str, list[str]] = {
    "a square dance caller at the barn dance, said first": [
        f"{a}, {b}. {{}}" for a, b in _CALLER[:6]
    ] + [f"{_CALLER[6][0]}, {_CALLER[6][1]}, then {{}}",
         f"{_CALLER[7][0]}, {_CALLER[7][1]}, oh and {{}}"],
    "owls hooting in the spinney, said first": [
        f"{_HOOTS[0]}! {{}}", f"{_HOOTS[1]}! {{}}", f"{_HOOTS[2]}. {{}}",
        f"{_HOOTS[3]}! {{}}", f"{_HOOTS[4]}. {{}}", f"{_HOOTS[5]}! {{}}",
        f"{_HOOTS[6]}, then {{}}", f"{_HOOTS[7]}, oh and {{}}", f"{_HOOTS[8]}! {{}}",
    ],
    "calling the guinea fowl in to roost, said first": [
        f"{_GUINEAS[0]}! {{}}", f"{_GUINEAS[1]}. {{}}", f"{_GUINEAS[2]}! {{}}",
        f"{_GUINEAS[3]}. {{}}", f"{_GUINEAS[4]}! {{}}", f"{_GUINEAS[5]}. {{}}",
        f"{_GUINEAS[6]}, then {{}}", f"{_GUINEAS[7]}, oh and {{}}", f"{_GUINEAS[8]}! {{}}",
    ],
    "a fishmonger crying his wares on the market, said first": [
        f"{_FISHMONGER[0]}! {{}}", f"{_FISHMONGER[1]}! {{}}", f"{_FISHMONGER[2]}! {{}}",
        f"{_FISHMONGER[3]}. {{}}", f"{_FISHMONGER[4]}. {{}}", f"{_FISHMONGER[5]}! {{}}",
        f"{_FISHMONGER[6]}, then {{}}", f"{_FISHMONGER[7]}, oh and {{}}",
    ],
    "a worm charming contest on the allotments, said after": [
        f"{{}}, {d}" for d in _WORMS[:6]
    ] + [f"{{}} and, {_WORMS[6]}", f"{{}} so, {_WORMS[7]}"],
    "a gurning championship on the telly, said after": [
        "{}, what a gurn", "{}, that gurner's toothless",
        "{}, he's gurned through the braffin", "{}, the gurners are gruesome",
        "{}, the braffin's skewwhiff", "{}, the gurner's contorted",
        "{} and, another gurner", "{} so, that gurn's unbeatable",
    ],
    "a remark on a pipistrelle flitting at dusk, said after": [
        f"{{}}, {d}" for d in _BATS[:6]
    ] + [f"{{}} and, {_BATS[6]}", f"{{}} so, {_BATS[7]}"],
    "a game of knucklebones on the doorstep, said after": [
        "{}, knucklebones", "{}, i've scooped onesies", "{}, the knucklebones clacked",
        "{}, a knucklebone's bolted", "{}, clattered again", "{}, my knucklebones are unbeatable",
        "{} and, knucklebones", "{} so, the knucklebones clattered",
    ],
    "between a guinea fowl call and a worm charming remark": [
        f"{s}! {{}}, {d}" for s, d in zip(_GUINEAS[:3], _WORMS[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_GUINEAS[3:5], _WORMS[3:5], strict=True)]
      + [f"{_GUINEAS[5]}! {{}}, {_WORMS[5]}",
         f"{_GUINEAS[6]}. {{}} and, {_WORMS[6]}",
         f"{_GUINEAS[7]}. {{}} so, {_WORMS[7]}"],
    "in the middle of a square dance caller's calls": [
        f"{a}, {{}}, {b}" for a, b in _CALLER[:6]
    ] + [f"{_CALLER[6][0]}, {{}} and, {_CALLER[6][1]}",
         f"{_CALLER[7][0]}, {{}} so, {_CALLER[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FIFTYTHIRD_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("pressed", "dyed",
"polished"): a commentator's line or a call at a game said after a question could be its
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
_OUTINGS = {"swimming", "rainbows", "judo", "choir", "cubs", "fencing", "football",
            "boots", "scout", "camp", "cricket", "club", "pilates", "class", "carol",
            "concert", "tickets", "fair", "festival", "show", "rally", "lift", "bowling",
            "alley"}
"""Requests about a child's club or lesson, a show, a fair or an outing and a lift to
it: a game, a contest or a dance said beside them could be about the same outing."""
_FOOD = {"kibble", "pouches", "tuna", "feed", "shepherd's", "pie", "ready", "jacket",
         "potato", "layer", "pellets", "wine", "cooler", "bird", "feeder", "litre",
         "jugs", "ice", "tier", "bottom", "buy", "breakfast", "dinner", "lunch",
         "cooking", "kettle", "tea", "coffee", "barbecue"}
"""Requests about food and drink, and the cats' and the birds' (a fishmonger's wares
bear on them)."""
_PETS = {"feed", "kibble", "pouches", "tuna", "ocicat", "chartreux", "korat",
         "mulberry", "deckle", "madder", "woad", "bezel", "ingot", "brush", "cat", "dog",
         "walk", "walking"}
"""Requests about the cats and dogs (what hunts at night, what a call could be to)."""
_OUTSIDE = {"garden", "water", "sprinklers", "hardy", "fuchsias", "deadhead", "bird",
            "feeder", "refill", "leaf", "mould", "bag", "pear", "tree", "prune", "briar",
            "hedge", "clip", "patio", "jet", "wash", "gate", "pier", "paint", "mulberry",
            "bark", "strip", "sun"}
"""Requests about the garden and what grows or feeds in it."""
_BARN = _OUTINGS | _TELLY | {"music", "party", "dance", "ballet", "game",
                                       "gym", "workout", "yoga", "evening", "night",
                                       *_NUMBERS, "count", "tally", "edges",
                                       "rings", "ring", "fan", "extractor",
                                       "radiator", "heater", "agitator", "stir"}
"""Requests a square dance caller's calls could bear on (the music and the dancing, a
dance night out, a count of steps, what goes round and round)."""
_SPINNEY = _CALLED | _ASKED | _PETS | {"quiet", "loud", "noise", "sounds", "sleep",
                                       "sleeping", "nap", "wake", "night", "evening",
                                       "dark", "tree", "pear", "mulberry", "bark",
                                       "leaf", "hedge", "briar", "bird", "feeder",
                                       *_NUMBERS}
"""Requests owls hooting could bear on (the night and its noise, the trees they sit in,
the cats and small birds, a call)."""
_ROOST = _PETS | {"quiet", "loud", "noise", "sounds", "lock", "unlock", "night",
                  "evening", "layer", "pellets", "bird", "feeder", "refill", "buy",
                  "garden", "gate", "pier", "hedge", "briar", "tree", "pear", "mulberry",
                  "bark", "patio", "water", "sprinklers", "walk", "walking"}
"""Requests calling the guinea fowl in could bear on (birds and their feed, the
garden they roost in, shutting up for the night)."""
_MARKET = _CALLED | _FOOD | {"order", "restock", "buy", "pay", "fee", "show",
                                     "fair", "festival", "invoices", "post", "count",
                                     "tally", *_NUMBERS, "quiet", "loud", "noise",
                                     "sounds", "delivery", "delivered", "arrived"}
"""Requests a fishmonger's cry could bear on (food and the cats' food, buying and
paying, a market, prices, a call)."""
_ALLOTMENTS = _SAID_TO | _ASKED | _OUTSIDE | {"count", "tally", *_NUMBERS, "layer",
                                              "pellets", "roots", "grind", "game",
                                              "kids", "feed", "kibble", "pouches",
                                              "tuna"}
"""Requests a worm charming contest could bear on (the garden and the soil, what
grows in it and the birds and hens that eat worms, feeding an animal, a contest's
count)."""
_GURNS = _TELLY | _SAID_TO | _ASKED | _OUTINGS | {"count", "tally", *_NUMBERS, "check",
                                                  "tear", "edges", "brush"}
"""Requests a gurning championship could bear on (the telly, a contest and its count,
the faces pulled)."""
_DUSK = _SAID_TO | _ASKED | {"garden", "tree", "pear", "hedge", "briar", "mulberry",
                              "bark", "leaf", "bird", "feeder", "sun", "cat", "light",
                              "lights", "evening", "night", "sunset", "dark", "lock",
                              "unlock", "quiet", "loud", "noise", "count", "tally",
                              *_NUMBERS, "porch"}
"""Requests a remark on a pipistrelle could bear on (dusk and the lights, the trees and
hedges it flits round, the birds, a count)."""
_DOORSTEP = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "game", "gaming", "kids",
                                 "porch", "patio", "jet", "wash", "gate", "pier", "paint",
                                 "sort", "blanks", "bones"}
"""Requests a game of knucklebones could bear on (a count, who won, a game, the
doorstep and the path it is played on, what is sorted into piles)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a square dance caller's calls bear on music, a dance, a night out, a count)
    **{cue: _BARN for cue in ("allemande", "dosidos", "promenade", "hoedowners",
                              "circulate", "squares", "dosido", "sashayers", "greet",
                              "corners")},
    # (owls hooting bear on the night, the trees, the cats and birds, a call)
    **{hoot: _SPINNEY for hoot in ("twoowhit", "hoohoooo", "kewick", "hoowhoo",
                                   "kwikwik", "oohoo", "tuwhitt", "hoooot", "whoohoo")},
    # (calling the guinea fowl in bears on birds, their feed, shutting up for the night)
    **{fowl: _ROOST for fowl in ("guineas", "keets", "fowlies", "pintades", "keetsies")},
    # (a fishmonger's cry bears on food, the cats, buying, a market, a call)
    **{fish: _MARKET for fish in ("whelks", "winkles", "jellied", "eels", "bloaters",
                                  "sprats", "crabsticks", "scallops", "shrimps",
                                  "kippers")},
    # (a worm charming remark, a gurning remark, a remark on a pipistrelle or a
    # knucklebones call after a request could be what it is about or the words of a
    # message; said after a question, an answer)
    **{worm: _ALLOTMENTS for worm in ("wormcharmers", "twanging", "lobworm's",
                                      "surfacing", "plot's", "wormless", "charmed",
                                      "lobworm", "jubilant", "lobworms", "abound")},
    **{gurn: _GURNS for gurn in ("gurn", "gurner's", "toothless", "gurned", "braffin",
                                 "gurners", "gruesome", "braffin's", "skewwhiff",
                                 "contorted", "gurner", "gurn's", "unbeatable")},
    **{bat: _DUSK for bat in ("pipistrelle's", "flitting", "pipistrelles",
                              "zigzagging", "echolocating", "eaves", "roosting",
                              "minuscule", "pipistrelle", "emerging")},
    **{bone: _DOORSTEP for bone in ("knucklebones", "scooped", "onesies", "clacked",
                                    "knucklebone's", "bolted", "clattered")},
}
"""Clauses that would bear on a phrase with one of these words ("give tia a ring" after
owls hooting may be a call to her; "buy the layer pellets" before calling the guinea
fowl in is about their feed): never said around it, so the clause stays beside the
request and says nothing of it."""

OOS_WRAPPERS = [
    "allemande left, dosidos, promenade, hoedowners. {}", "{}, knucklebones",
    "twoowhit! {}", "{}, what a gurn",
    "guineas, guineas! {}", "{}, a pipistrelle's flitting",
    "whelks, winkles! {}", "{}, the wormcharmers are twanging",
    "dosido, squares, circulate, sashayers. {}", "{}, the knucklebones clacked",
    "scallops, shrimps. {}", "{} so, that gurn's unbeatable",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "keets, keets! {}", "{}, the pipistrelles are roosting",
    "kewick! {}", "{}, that gurner's toothless",
    "bloaters, sprats! {}", "{}, that plot's wormless",
    "promenade, squares, dosido, hoedowners. {}", "{}, clattered again",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("allemande left
dosidos"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("carousel", "jukebox",
"tortoise", "neon") are never a clause's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fiftythird_data.py none of an
out-of-scope template)."""




FIFTYTHIRD_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("vatroom", "vat room"), ("papermaking", "paper making"), ("papermaker", "paper maker"),
    ("ocicat", "ossicat"), ("recorder", "recorda"), ("guillotine", "gillotine"),
    ("hollander", "holander"), ("gelatine", "jelatine"), ("couching", "cooching"),
    ("rainbows", "rain bows"), ("invoices", "invoises"), ("shepherd's", "shepards"),
    ("dyehouse", "dye house"), ("chartreux", "shartroo"), ("agitator", "agitater"),
    ("fuchsias", "fuschias"), ("deadhead", "dead head"), ("mordant", "mordent"),
    ("logwood", "log wood"), ("pilates", "pilatees"), ("merino", "marino"),
    ("skeins", "skanes"),
    ("silvershop", "silver shop"), ("silversmith", "silver smith"),
    ("silversmithing", "silver smithing"), ("korat", "corat"), ("burnisher", "burnishor"),
    ("hallmarking", "hall marking"), ("anneal", "aneal"), ("mandrels", "mandrils"),
    ("offcuts", "off cuts"), ("borax", "boracks"),
]
"""The fifty-third set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("pulp hollander", "pulphollander"), ("shepherd's pie", "shepherdspie"),
         ("retail park", "retailpark"), ("railway station", "railwaystation"),
         ("cotton rag", "cottonrag"), ("carol concert", "carolconcert"),
         ("transit van", "transitvan"), ("mulberry bark", "mulberrybark"),
         ("deckle edges", "deckleedges"), ("layer pellets", "layerpellets"),
         ("bottom tier", "bottomtier"), ("gate pier", "gatepier"),
         ("rear tyre", "reartyre"), ("couching felts", "couchingfelts"),
         ("paper reams", "paperreams"), ("gelatine size", "gelatinesize"),
         ("guillotine blade", "guillotineblade"), ("gallery invoices", "galleryinvoices"),
         ("mould frames", "mouldframes"), ("linen rags", "linenrags"),
         ("book fair", "bookfair"), ("ballet shoes", "balletshoes"),
         ("hall cupboard", "hallcupboard"), ("bowling alley", "bowlingalley"),
         ("jacket potato", "jacketpotato"), ("coach station", "coachstation"),
         ("get well", "getwell"), ("merino fleece", "merinofleece"),
         ("pilates class", "pilatesclass"), ("vat agitator", "vatagitator"),
         ("madder roots", "madderroots"), ("woad vat", "woadvat"),
         ("hardy fuchsias", "hardyfuchsias"), ("wine cooler", "winecooler"),
         ("bird feeder", "birdfeeder"), ("litre jugs", "litrejugs"),
         ("mordant pots", "mordantpots"), ("yarn orders", "yarnorders"),
         ("logwood chips", "logwoodchips"), ("colour cards", "colourcards"),
         ("show fee", "showfee"), ("drying poles", "dryingpoles"),
         ("fleece bags", "fleecebags"), ("wool festival", "woolfestival"),
         ("football boots", "footballboots"), ("scout camp", "scoutcamp"),
         ("cricket club", "cricketclub"), ("barrel burnisher", "barrelburnisher"),
         ("bezel cups", "bezelcups"), ("ingot moulds", "ingotmoulds"),
         ("leaf mould", "leafmould"), ("pear tree", "peartree"),
         ("briar hedge", "briarhedge"), ("sheet silver", "sheetsilver"),
         ("silver spoons", "silverspoons"), ("ring blanks", "ringblanks"),
         ("borax flux", "boraxflux"), ("needle files", "needlefiles"),
         ("van insurance", "vaninsurance"), ("silver offcuts", "silveroffcuts"),
         ("ring mandrels", "ringmandrels"), ("steam rally", "steamrally"),
         ("silversmithing weekend", "silversmithingweekend")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"vatroom": "vat-room", "dyehouse": "dye-house", "silvershop": "silver-shop",
             "papermaking": "paper-making", "deadhead": "dead-head",
             "silversmithing": "silver-smithing"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fiftythird.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "carve a {w} out of soapstone for the windowsill",
        "what's {w} in old icelandic, roughly speaking",
        "sketch a {w} on the parish newsletter",
        "are {w} dearer at the farm shop in penrith",
        "track down a secondhand {w} at the auction rooms in ludlow",
        "about how many ounces does a {w} weigh on the scales",
        "compose a jaunty sea song about a {w}", "spell {w} letter by letter, slowly",
    ],
    "routine command": [
        "cross {p} off the rota for good",
        "walk me through {p} bit by bit",
        "dream up a catchier nickname for {p}, ideally alliterative",
        "replicate {p} for the summerhouse by the orchard",
        "restrict {p} to the summer half term",
        "chirp thrice whenever {p} gets going",
        "who's been fiddling with {p} while grandad was dozing",
        "could {p} be a smidge softer on my nerves",
    ],
    "word order": [
        "{b} thrashes {a} easily", "{b} beats {a} by a whisker, honestly",
        "switch {a} and {b} round, ta muchly", "drop the {a}, quadruple the {b} instead",
        "{a} trailing {b}, or vice versa", "a wheelbarrow of {b}, a pinch of {a}",
    ],
    "negation": [
        "let's skip {p} this afternoon, pet",
        "i'd prefer you didn't {p} while auntie dozes on the sofa",
        "under no circumstances are you to {p}, duckie",
        "don't begin {p} while i'm at the podiatrist's in keighley",
        "nope, mothball {p} indefinitely", "hold your horses, no {p} till the curate's gone, lovey",
    ],
    "cancellation": [
        "postpone {p} until the in-laws from wrexham have left",
        "{p} can wait until the electrician's packed up",
        "skip {p} during the week of the sheepdog trials in hawes",
        "suspend {p} until the scaffolders have gone",
        "we'll forgo {p} over the august bank holiday",
        "shelve {p} until the fireworks are over",
    ],
    "state question": [
        "is {p} whirring along as we speak", "is {p} partway through or done",
        "did {p} go off without a hitch before the milk float came",
        "has {p} packed up or is it soldiering on",
        "has anyone attended to {p} since the meter reader's visit",
        "was {p} finished the wednesday after the beetle drive",
    ],
    "past or story": [
        "the winter the canal froze {p} packed in as well",
        "during the heatwave of the jubilee summer {p} went haywire twice over",
        "my great aunt in grimsby swore by {p} every lammas",
        "at the golden wedding in the barnsley miners' welfare {p} went on till sunrise",
        "that whole soggy week in skegness {p} was on its last legs",
        "when we rented over the launderette in fleetwood we had to {p} in the pitch dark",
    ],
    "someone else's words": [
        "the coalman bellowed {p} down the snicket",
        "a street singer outside the arcade warbled {p}",
        "my godmother closes every postcard with {p}",
        "a bloke on the last train muttered {p}",
        "the lollipop lady yelled {p} across the crossing",
        "our roofer from dewsbury hums {p} on the scaffolding",
    ],
    "contrast": [
        "{p} is only for when my brother drives up from plymouth",
        "we only {p} when great granny visits from kirkwall",
        "{p} is a red letter day treat in this house",
        "{p} is strictly a new year's day ritual here",
        "we only {p} when the brass band marches past the chemist's",
        "{p} is saved for when the bishop calls in from ripon",
    ],
    "hypothetical": [
        "supposing you'd been bribed with a bakewell tart, would you have agreed to {p}",
        "if i ever went potty over {p}, would you put up with it",
        "imagine if {p} kicked off at three in the morning, would the close complain",
        "if {p} started during a hailstorm, would anything break",
        "picture {p} going on in the middle of a blackout",
        "what would you say if the churchwarden's grandson pleaded with you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my wick since the glazier left",
        "{p} let us down again at the diamond jubilee fete in scarborough",
        "{p} has been useless since the chimney sweep came",
        "i've been sick to death of {p} since the clocks went forward",
        "{p} is a proper pain this fortnight",
        "{p} keeps conking out halfway through the farming programme",
    ],
    "opinion": [
        "{p} is the bee's knees and no two ways about it",
        "i'm chuffed to bits with {p}, truly",
        "{p} is a lifesaver for my creaky knees, cross my heart",
        "{p} has made drizzly tuesdays almost tolerable",
        "{p} is the cleverest contraption between here and land's end",
        "{p} is top notch, says our doreen and she's fussy",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the audiologist's",
        "badger me about {p} once the bowls has finished",
        "make sure i remember to {p} on sunday after the craft market",
        "prod my memory to {p} after the late news",
        "add {p} to saturday's jobs list",
        "give me a prod about {p} once the pantomime's over",
    ],
    "permission question": [
        "is my stepsister's fiancé's niece allowed to {p}",
        "is the au pair's cousin permitted to {p}",
        "would the boiler engineer be allowed to {p} by himself",
        "is my godson permitted to {p} when he stays at easter",
        "can the childminder's sister {p} without checking first",
        "is the milkman's lad from the corner allowed to {p}",
    ],
    # the fifty-third's own
    "a carousel horse named it": [
        "the carousel horse at the fairground is called {p}",
        "my favourite carousel horse on the prom is named {p}",
        "{p} is the carousel horse with the gilded mane",
        "grandma rode a carousel horse called {p}",
        "there's a carousel horse at the steam fair named {p}",
        "who'd call a carousel horse {p}",
    ],
    "a heritage tram named it": [
        "the heritage tram at the museum is named {p}",
        "{p} is the heritage tram in green livery",
        "the volunteers named their heritage tram {p}",
        "we rode a heritage tram called {p} along the front",
        "there's a heritage tram in blackpool named {p}",
        "who'd name a heritage tram {p}",
    ],
    "a tortoise named it": [
        "our neighbour's tortoise is called {p}",
        "{p} is the tortoise that lives under the rhubarb",
        "auntie named her tortoise {p}",
        "there's a tortoise at the pet shop named {p}",
        "the tortoise we're minding is named {p}",
        "who'd name a tortoise {p}",
    ],
    "painted on a beach hut": [
        "{p} is painted on the beach hut door",
        "someone painted {p} on their beach hut",
        "the beach hut with {p} painted on it is for sale",
        "there's a beach hut at southwold with {p} painted on the side",
        "grandpa painted {p} on our beach hut",
        "why paint {p} on a beach hut",
    ],
    "written on a sandwich board outside a cafe": [
        "the sandwich board outside the cafe says {p}",
        "someone wrote {p} on the sandwich board outside the cafe",
        "{p} is written on a sandwich board outside the corner cafe",
        "the cafe's sandwich board has {p} written on it today",
        "there's a sandwich board outside a cafe on the high street reading {p}",
        "why would a sandwich board outside a cafe say {p}",
    ],
    "in neon over a chip shop": [
        "{p} is up in neon over the chip shop",
        "the chip shop on the corner has {p} in neon above its window",
        "the neon over the chip shop spells out {p}",
        "they've put {p} in pink neon over the chip shop",
        "there's a chip shop in grimsby with {p} in neon over it",
        "why put {p} in neon over a chip shop",
    ],
    "a song on the jukebox": [
        "the jukebox at the transport cafe plays a song called {p}",
        "{p} is a song on the pub jukebox",
        "someone keeps putting {p} on the jukebox",
        "there's a song called {p} on the jukebox at the legion",
        "the jukebox's last song was {p}",
        "why is there a song called {p} on the jukebox",
    ],
    "chalked on the playground": [
        "the kids chalked {p} on the playground",
        "{p} is chalked on the playground by the slide",
        "someone chalked {p} across the playground",
        "there's {p} chalked on the playground in big letters",
        "the infants chalked {p} on the playground at break",
        "why chalk {p} on the playground",
    ],
    "sewn on a name tape": [
        "{p} is sewn on the name tape in his blazer",
        "her name tape says {p} by mistake",
        "the name tapes came back from the sewing shop saying {p}",
        "someone sewed a name tape reading {p} into the jumper",
        "there's a jumper in lost property with {p} on its name tape",
        "why would a name tape say {p}",
    ],
    "scratched on a school desk": [
        "someone scratched {p} on my old school desk",
        "{p} is scratched into the lid of the school desk",
        "the school desk in the attic has {p} scratched on it",
        "there's a school desk at the museum with {p} scratched in it",
        "grandad scratched {p} on his school desk in the fifties",
        "why scratch {p} on a school desk",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} candle snuffer", "{} knife block", "{} corkscrew", "{} cookie cutter",
    "{} oyster knife", "{} tart tin", "{} vinegar cruet", "{} trifle bowl",
    "{} pudding basin", "{} dripping pot",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

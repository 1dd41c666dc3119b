"""The words of the forty-first held-out resolver set
(benchmarks/_resolver_fortyfirst.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: an upholsterer's terrace with a
workshop in the yard, where Brad re-covers chairs, with his wife Cherry, their daughter
Lettice, their son Rufus, a tabby Velvet and Bree the fabric supplier (seed 410); a
dentist's house with the surgery downstairs, where Eve sees patients, with her husband
Rod, their daughter Minnie, their son Ali, a labrador Boots and Mona the receptionist
(411); and a window cleaner's bungalow with the van on the drive, where Mike does the
rounds, with his wife Belle, their daughter Gerry, their son Teddy, a bulldog Tank and
Mack his round partner (412). Its people and pets are named in ways no earlier set
names them: after a small nail ("ring brad" beside "is the brad nailer charged"), a
timber ("drop cherry a line" beside "wax the cherry sideboard"), a cloth ("feed velvet"
beside "steam the velvet"), the day before a feast ("ring eve" beside "book christmas
eve off"), a pole ("drop rod a line" beside "put up the curtain rod"), footwear ("feed
boots" beside "polish the school boots"), a soft toy ("give teddy a ring" beside "mend
the teddy bear") or a container ("feed tank" beside "top up the water tank"); and with
names a recogniser writes as another word in new ways: as a salad leaf ("lettice" as
"lettuce", beside "wash the lettuce"), as tradesmen ("rufus" as "roofers", beside "pay
the roofers"), as a cheese ("bree" as "brie", beside "is the brie ripe"), as a small car
("minnie" as "mini", beside "is the mini taxed"), as a back lane ("ali" as "alley",
beside "sweep the back alley"), as a grumbler ("mona" as "moaner"), as a microphone
("mike" as "mic", beside "test the karaoke mic"), as a bell ("belle" as "bell", beside
"fix the bike bell"), as a fuel can ("gerry" as "jerry", beside "fill the jerry cans")
and as a raincoat ("mack" as "mac", beside "is my mac dry"). A name that is also a word
of another phrase of its home ("brad", "cherry", "velvet", "eve", "rod", "boots",
"teddy", "tank") has no other spelling, so the word is never respelt as the name. Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("rufus's swimming at six" beside "rufus's swimming at five",
"foam saw off" beside "foam saw on"), are never taught there. Phrases come in every shape:
one word ("reupholstering", "sterilising", "guttering"), two nouns ("foam blocks",
"nitrile gloves", "pole brushes"), nested ("foam saw on" inside "electric foam saw on",
"scaler on" inside "surgery scaler on", "deioniser on" inside "water deioniser on"), words
shared across phrases ("lock the workroom" and "workroom light on", "ring brad" and "is
the brad nailer charged"), numbers and times ("rufus's swimming at five", "teddy's cubs
at seven"), places ("workroom fan on", "surgery heater on", "lockup heater on"), verbs
first ("wax the cherry sideboard", "sweep the back alley") and nouns first ("tuna for
the tabby"), questions ("is the brad nailer charged", "is the mini taxed", "how many
squeegee blades are left"), and a chore of several clauses ("we're off to the trade show
so feed tank and give mack a ring and lock the lockup").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("lettuce" for "lettice", "mini" for "minnie", "mic" for "mike", "jerry" for "gerry"):
the same person or pet, so "phone mic" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a singer's vocal warm-up first ("mee may mah moh moo.
X"), a teenager talking to teammates on a gaming headset first ("flank left, flank
left! X"), grace said before a meal first ("almighty provider, sanctify these victuals.
X"), a takeaway order phoned through first ("large pepperoni, stuffed crust. X"), a ski
jumping commentator on the telly after ("X, a gargantuan distance"), a gymnastics
commentator on the telly after ("X, an unblemished dismount"), a mahjong game at the
table after ("X, pung of dragons"), a tai chi video on the telly after ("X, repulse the
monkey"); the phrase between a takeaway order and a mahjong call ("a poppadom and mango
chutney! X, chow with bamboos"), and the phrase said in the middle of grace said before
a meal, which goes on after it ("benedictus benedicat, X, benedicto benedicatur").
Some are joined with "and", "so", "then" or "oh and". No word of a clause but its
function words is a word of this set's pools or the generic pool, and its distinctive
words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a letter to santa, a snowman named it, a crisp
flavour named it, a caravan named it, a gamer tag, engraved inside a wedding band, a
memorial bench plaque, a classified ad in the newspaper, a speech bubble in a comic, and a
superhero a child made up.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

UPHOLSTERER = "upholsterer's terrace with a workshop in the yard"
DENTIST = "dentist's house with the surgery downstairs"
WINDOW_CLEANER = "window cleaner's bungalow with the van on the drive"
HOMES: dict[int, str] = {410: UPHOLSTERER, 411: DENTIST, 412: WINDOW_CLEANER}

FORTYFIRST_ROUTINES: dict[str, dict[str, list[str]]] = {
    UPHOLSTERER: {
        "Velvet": ["feed velvet", "tuna for the tabby"],
        "Velvet brush": ["brush velvet"],
        "Brad": ["ring brad", "call the upholsterer", "phone brad"],
        "Cherry": ["drop cherry a line", "send cherry a text"],
        "Cherry and Lettice": ["message cherry and lettice"],
        "Lettice": ["give lettice a ring", "give lettice a bell", "call lettice back"],
        "Rufus": ["tell rufus his swimming bag is by the stairs"],
        "Rufus ring": ["give rufus a ring", "phone rufus"],
        "Rufus lift": ["ask rufus for a lift to the timber yard"],
        "Lettice tea": ["tell lettice her tea is ready"],
        "Lettice lift": ["ask lettice for a lift to the fabric warehouse"],
        "Brad orders": ["text brad about the sofa orders"],
        "Bree": ["text bree about the fabric samples"],
        "Bree ring": ["give bree a ring", "ring bree back"],
        "Bree swatch": ["ask bree for the swatch book"],
        "Foam saw": ["foam saw on"],
        "Electric foam saw": ["electric foam saw on"],
        "Workroom fan": ["workroom fan on"],
        "Brad nailer": ["is the brad nailer charged"],
        "Brie": ["is the brie ripe"],
        "Wingbacks": ["how many wingback chairs are finished"],
        "Foam delivery": ["has the foam delivery arrived"],
        "Swimming": ["rufus's swimming at five"],
        "Gymnastics": ["lettice's gymnastics at seven"],
        "Cherry sideboard": ["wax the cherry sideboard"],
        "Steam velvet": ["steam the velvet"],
        "Lettuce": ["wash the lettuce"],
        "Roofers": ["pay the roofers"],
        "Staple gun": ["oil the staple gun", "clean the staple gun"],
        "Webbing": ["count the webbing rolls", "tally the webbing rolls"],
        "Wadding": ["order more wadding", "restock the wadding"],
        "Reupholstering": ["reupholstering", "reupholstering day"],
        "Workroom": ["lock the workroom"],
        "Workroom light": ["workroom light on"],
        "Hessian": ["bag up the hessian offcuts"],
        "Foam invoice": ["file the foam invoice"],
        "Button thread": ["button thread"],
        "Foam blocks": ["foam blocks"],
        # long
        "Furniture show": ["we're off to the furniture show so feed velvet and give bree a "
                           "ring and lock the workroom"],
    },
    DENTIST: {
        "Boots": ["feed boots", "biscuits for the labrador"],
        "Boots brush": ["brush boots"],
        "Eve": ["ring eve", "call the dentist", "phone eve"],
        "Rod": ["drop rod a line", "send rod a text"],
        "Rod and Minnie": ["message rod and minnie"],
        "Minnie": ["give minnie a ring", "phone minnie"],
        "Ali": ["tell ali his gum shield is on the windowsill"],
        "Ali ring": ["give ali a bell", "phone ali"],
        "Ali lift": ["ask ali for a lift to the tip"],
        "Minnie tea": ["tell minnie her tea is ready"],
        "Eve and Ali": ["message eve and ali"],
        "Eve lift": ["ask eve for a lift to the station"],
        "Mona card": ["send mona a leaving card"],
        "Eve rota": ["text eve about the hygienist rota"],
        "Mona": ["text mona about the appointment book"],
        "Mona ring": ["give mona a ring", "phone mona back"],
        "Scaler": ["scaler on"],
        "Surgery scaler": ["surgery scaler on"],
        "Surgery heater": ["surgery heater on"],
        "Fillings": ["how many fillings are booked"],
        "Mini": ["is the mini taxed"],
        "Lab parcel": ["has the dental lab parcel arrived"],
        "Netball": ["minnie's netball at four"],
        "Judo": ["ali's judo at six"],
        "Christmas eve": ["book christmas eve off"],
        "Curtain rod": ["put up the curtain rod"],
        "School boots": ["polish the school boots"],
        "Alley": ["sweep the back alley"],
        "Mouthwash": ["order more mouthwash", "restock the mouthwash"],
        "Floss": ["count the floss boxes", "tally the floss boxes"],
        "Sterilising": ["sterilising", "sterilising day"],
        "Surgery": ["lock the surgery"],
        "Surgery light": ["surgery light on"],
        "Suction": ["flush the suction lines", "rinse the suction lines"],
        "Dental lab": ["pay the dental lab"],
        "Nitrile gloves": ["nitrile gloves"],
        "Paper bibs": ["paper bibs"],
        # long
        "Conference": ["we're off to the dental conference so feed boots and give mona a "
                       "ring and lock the surgery"],
    },
    WINDOW_CLEANER: {
        "Tank": ["feed tank", "chews for the bulldog"],
        "Tank brush": ["brush tank"],
        "Mike": ["ring mike", "call the window cleaner", "phone mike"],
        "Belle": ["drop belle a line", "send belle a text"],
        "Belle and Teddy": ["message belle and teddy"],
        "Teddy": ["give teddy a ring", "phone teddy"],
        "Gerry": ["tell gerry her hockey stick is in the shed"],
        "Mike contract": ["text mike about the school contract"],
        "Mack": ["text mack about the cash book"],
        "Mack ring": ["give mack a ring", "phone mack"],
        "Mack lift": ["ask mack for a lift to the depot"],
        "Gerry ring": ["give gerry a ring", "phone gerry"],
        "Deioniser": ["deioniser on"],
        "Water deioniser": ["water deioniser on"],
        "Lockup heater": ["lockup heater on"],
        "Mac": ["is my mac dry"],
        "Squeegee": ["how many squeegee blades are left"],
        "Ladders": ["are the ladders tied on"],
        "Hockey": ["gerry's hockey at six"],
        "Cubs": ["teddy's cubs at seven"],
        "Karaoke mic": ["test the karaoke mic"],
        "Bike bell": ["fix the bike bell"],
        "Jerry cans": ["fill the jerry cans"],
        "Teddy bear": ["mend the teddy bear"],
        "Water tank": ["top up the water tank"],
        "Scrims": ["wash the scrims", "rinse the scrims"],
        "Chamois": ["count the chamois leathers", "tally the chamois leathers"],
        "Resin filters": ["order more resin filters", "restock the resin filters"],
        "Guttering": ["guttering", "guttering day"],
        "Lockup": ["lock the lockup"],
        "Lockup light": ["lockup light on"],
        "Van insurance": ["renew the van insurance"],
        "Pole brushes": ["pole brushes"],
        "Ladder mitts": ["ladder mitts"],
        # long
        "Trade show": ["we're off to the trade show so feed tank and give mack a ring and "
                       "lock the lockup"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    UPHOLSTERER: {
        "Swimming six": ["rufus's swimming at six"],
        "Gymnastics eight": ["lettice's gymnastics at eight"],
        "Foam saw off": ["foam saw off"],
        "Electric foam saw off": ["electric foam saw off"],
        "Workroom light off": ["workroom light off"],
        "Unlock workroom": ["unlock the workroom"],
        "Bree swatches": ["text bree about the fabric swatches"],
        "Oak sideboard": ["wax the oak sideboard"],
        "Piping": ["order more piping cord"],
        "Castors": ["count the castors"],
        "Cabbage": ["wash the cabbage"],
        "Workroom fan off": ["workroom fan off"],
    },
    DENTIST: {
        "Netball five": ["minnie's netball at five"],
        "Judo seven": ["ali's judo at seven"],
        "Scaler off": ["scaler off"],
        "Surgery scaler off": ["surgery scaler off"],
        "Surgery light off": ["surgery light off"],
        "Unlock surgery": ["unlock the surgery"],
        "Mona diary": ["text mona about the holiday diary"],
        "Toothbrushes": ["order more toothbrushes"],
        "Crowns": ["count the crowns"],
        "Shower rail": ["put up the shower rail"],
        "New year's eve": ["book new year's eve off"],
        "Surgery heater off": ["surgery heater off"],
    },
    WINDOW_CLEANER: {
        "Hockey seven": ["gerry's hockey at seven"],
        "Cubs eight": ["teddy's cubs at eight"],
        "Deioniser off": ["deioniser off"],
        "Water deioniser off": ["water deioniser off"],
        "Lockup light off": ["lockup light off"],
        "Unlock lockup": ["unlock the lockup"],
        "Mack receipts": ["text mack about the receipt book"],
        "Bucket": ["order more bucket liners"],
        "Sponges": ["count the sponges"],
        "Door bell": ["fix the door bell"],
        "Oil tank": ["top up the oil tank"],
        "Lockup heater off": ["lockup heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the upholsterer's terrace
    {"we're off to the furniture show so feed velvet and give bree a ring and lock the "
     "workroom", "i'm leaving", "goodbye house", "feed velvet", "give bree a ring",
     "lock the workroom"},
    {"feed velvet", "tuna for the tabby", "feed the tabby"},
    {"ring brad", "call the upholsterer", "ring the upholsterer", "phone brad"},
    # the dentist's house
    {"we're off to the dental conference so feed boots and give mona a ring and lock the "
     "surgery", "i'm leaving", "goodbye house", "feed boots", "give mona a ring",
     "lock the surgery"},
    {"feed boots", "biscuits for the labrador", "feed the labrador"},
    {"ring eve", "call the dentist", "ring the dentist", "phone eve"},
    # the window cleaner's bungalow
    {"we're off to the trade show so feed tank and give mack a ring and lock the lockup",
     "i'm leaving", "goodbye house", "feed tank", "give mack a ring", "lock the lockup"},
    {"feed tank", "chews for the bulldog", "feed the bulldog"},
    {"ring mike", "call the window cleaner", "ring the window cleaner", "phone mike"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the tabby" where the tabby is Velvet). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"velvet", "brad", "cherry", "lettice", "lettice's", "rufus", "rufus's", "bree",
         "boots", "eve", "rod", "minnie", "minnie's", "ali", "ali's", "mona",
         "tank", "mike", "belle", "teddy", "teddy's", "gerry", "gerry's", "mack"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a salad leaf, as tradesmen, as a cheese
    "lettice": ("lettuce",), "lettice's": ("lettuce's",), "rufus": ("roofers",),
    "bree": ("brie",),
    # written as a small car, a back lane, a grumbler
    "minnie": ("mini",), "minnie's": ("mini's",), "ali": ("alley", "ally"),
    "ali's": ("alley's", "ally's"),
    "mona": ("moaner",),
    # written as a microphone, a bell, a fuel can, a raincoat
    "mike": ("mic",), "belle": ("bell",), "gerry": ("jerry",), "gerry's": ("jerry's",),
    "mack": ("mac",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "lettice" and "lettuce", "bree" and "brie", "minnie"
and "mini", "ali" and "alley", "mike" and "mic", "belle" and "bell", "gerry" and "jerry",
"mack" and "mac" are each one sound ("rufus" and "roofers", "mona" and "moaner" in a
speech without the r)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "tuna": ("salmon",), "tabby": ("kitten",), "brush": ("bathe",),
    "upholsterer": ("carpenter",), "text": ("email",), "swimming": ("football",),
    "bag": ("towel",), "stairs": ("radiator",), "sofa": ("curtain",), "orders": ("quotes",),
    "fabric": ("leather",), "samples": ("prices",), "saw": ("drill",), "electric": ("cordless",),
    "workroom": ("cellar",), "fan": ("vent",), "nailer": ("sander",), "charged": ("oiled",),
    "brie": ("stilton",), "ripe": ("sliced",), "wingback": ("dining",), "chairs": ("stools",),
    "finished": ("stripped",), "foam": ("spring",), "delivery": ("order",),
    "arrived": ("shipped",), "gymnastics": ("drama",), "wax": ("sand",),
    "cherry": ("walnut",), "sideboard": ("dresser",), "steam": ("press",),
    "velvet": ("linen",), "wash": ("chop",), "lettuce": ("spinach",),
    "roofers": ("plasterers",), "oil": ("empty",), "staple": ("glue",), "gun": ("pot",),
    "clean": ("load",), "count": ("stack",), "tally": ("sort",), "webbing": ("braid",),
    "rolls": ("reels",), "order": ("price",), "restock": ("weigh",), "wadding": ("feathers",),
    "reupholstering": ("varnishing",), "hessian": ("calico",), "offcuts": ("scraps",),
    "file": ("query",), "invoice": ("receipt",), "button": ("tacking",),
    "thread": ("needles",), "blocks": ("cushions",), "furniture": ("antiques",),
    "show": ("auction",),
    "biscuits": ("kibble",), "labrador": ("collie",), "dentist": ("optician",),
    "gum": ("mouth",), "shield": ("guard",), "windowsill": ("mantelpiece",),
    "lift": ("ride",), "station": ("airport",), "leaving": ("thank you",),
    "card": ("present",), "hygienist": ("nurse",), "rota": ("timetable",),
    "appointment": ("visitors",), "book": ("cancel",), "scaler": ("polisher",),
    "surgery": ("waiting room",), "heater": ("radio",), "fillings": ("extractions",),
    "booked": ("cancelled",), "mini": ("van",), "taxed": ("insured",),
    "dental": ("dairy",), "lab": ("denture",), "parcel": ("invoice",),
    "netball": ("hockey",), "judo": ("chess",), "christmas": ("boxing day",),
    "eve": ("morning",), "curtain": ("towel",), "rod": ("rail",), "polish": ("lace",),
    "school": ("rugby",), "boots": ("shoes",), "sweep": ("jetwash",), "alley": ("yard",),
    "mouthwash": ("toothpaste",), "floss": ("glove",), "boxes": ("packets",),
    "sterilising": ("stocktaking",), "flush": ("drain",), "suction": ("air",),
    "lines": ("pipes",), "rinse": ("descale",), "pay": ("ring",), "nitrile": ("latex",),
    "gloves": ("masks",), "paper": ("cotton",), "bibs": ("towels",),
    "conference": ("dinner dance",),
    "chews": ("treats",), "bulldog": ("boxer",), "window": ("gutter",),
    "cleaner": ("fitter",), "hockey": ("tennis",), "stick": ("racket",), "shed": ("attic",),
    "contract": ("fete",), "cash": ("order",), "deioniser": ("softener",), "water": ("rain",),
    "lockup": ("garage",), "mac": ("coat",), "dry": ("ironed",), "squeegee": ("wiper",),
    "blades": ("rubbers",), "left": ("spare",), "ladders": ("poles",), "tied": ("strapped",),
    "cubs": ("scouts",), "test": ("tune",), "karaoke": ("guitar",), "mic": ("amp",),
    "fix": ("oil",), "bike": ("door",), "bell": ("lock",), "fill": ("empty",),
    "jerry": ("petrol",), "cans": ("drums",), "mend": ("wash",), "teddy": ("rag doll",),
    "bear": ("rabbit",), "top": ("drain",), "tank": ("butt",), "scrims": ("cloths",),
    "chamois": ("microfibre",), "leathers": ("cloths",), "resin": ("carbon",),
    "filters": ("cartridges",), "guttering": ("conservatory",), "renew": ("cancel",),
    "van": ("car",), "insurance": ("tax",), "pole": ("hand",), "brushes": ("scrapers",),
    "ladder": ("safety",), "mitts": ("feet",), "trade": ("boat",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "birthday": ("christening",), "vacuum": ("mop",),
    "yoga": ("pilates",), "hallway": ("landing",),
    "fireplace": ("log burner",), "office": ("den",),
    "sunset": ("dusk",), "bedside": ("desk",), "laundry": ("mending",),
    "baby": ("toddler",), "homework": ("revision",), "washing": ("drying",),
    "bedroom": ("nursery",), "podcast": ("audiobook",), "story": ("lullaby",),
    "bath": ("paddling",), "pool": ("pond",), "spa": ("beauty",),
    "study": ("sewing",), "focus": ("concentration",), "relax": ("unwind",),
    "vacation": ("half term",), "news": ("weather",), "guests": ("in-laws",),
    "quiet": ("noisy",), "read": ("knit",),
    "reading": ("knitting",), "morning": ("lunchtime",), "evening": ("suppertime",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("rufus's
swimming at twenty past five" for "rufus's swimming at five", "feed the kitten"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_WARM_UP = [
    "mee may mah moh moo", "zing zang zong", "lip trills, brrrrr",
    "nay nay nay nay nay", "sirens upwards, wheee", "octave glissando, nnnng",
    "yah yeh yee yah", "trilled scales, rrrrr",
]
_MAHJONG = [
    "pung of dragons", "that's a kong", "chow with bamboos", "discarding a character",
    "that's my wind tile", "i'm hoarding dots", "vermilion dragon discarded",
    "seasons and chrysanthemum",
]
_GRACE = [
    ("benedictus benedicat", "benedicto benedicatur"),
    ("almighty provider", "sanctify these victuals"),
    ("for fellowship and nourishment", "we're gratified"),
    ("oh provider of loaves and fishes", "replenish our larder"),
    ("for the farmers and the fishermen", "and whoever kneaded the crusts"),
    ("hallowed be this repast", "hosanna hosanna"),
    ("we give thanks", "for sustenance and kin"),
    ("praise be for pudding", "and seconds for all"),
]
_ORDER = [
    "large pepperoni, stuffed crust", "a goan korma and pilau rice",
    "a poppadom and mango chutney", "garlic sauce on the shish kebab",
    "a hawaiian with jalapenos", "calamari and halloumi bites",
    "szechuan noodles and seaweed", "a doner with chilli sauce",
]

WRAPPERS: dict[str, list[str]] = {
    "a singer's vocal warm-up, said first": [
        f"{_WARM_UP[0]}. {{}}", f"{_WARM_UP[1]}! {{}}",
    ] + [f"{s}. {{}}" for s in _WARM_UP[2:6]]
      + [f"{_WARM_UP[6]}! {{}}", f"{_WARM_UP[7]}, oh and {{}}"],
    "a teenager talking to teammates on a gaming headset, said first": [
        "flank left, flank left! {}",
        "revive me, homie. {}",
        "enemy sniper on the ridge. {}",
        "he's on a sliver, dogpile him! {}",
        "loot the supply crate? {}",
        "rejoining the lobby, fellas. {}",
        "blud, your ping's atrocious. {}",
        "teamwiped, gg, oh and {}",
    ],
    "grace said before a meal, said first": [
        f"{a}, {b}. {{}}" for a, b in _GRACE[:6]
    ] + [f"{_GRACE[6][0]}, {_GRACE[6][1]}, then {{}}",
         f"{_GRACE[7][0]}, {_GRACE[7][1]}, oh and {{}}"],
    "a takeaway order phoned through, said first": [
        f"{_ORDER[0]}. {{}}", f"{_ORDER[1]}? {{}}",
    ] + [f"{s}. {{}}" for s in _ORDER[2:6]]
      + [f"{_ORDER[6]}, then {{}}", f"{_ORDER[7]}, oh and {{}}"],
    "a ski jumping commentator on the telly, said after": [
        "{}, a gargantuan distance", "{}, the slovenian's hurtling",
        "{}, a model telemark", "{}, skis splayed in a vee",
        "{}, the crosswind's gusting", "{}, crouched on the inrun",
        "{} and, the norwegian's airborne", "{} so, a shaky touchdown",
    ],
    "a gymnastics commentator on the telly, said after": [
        "{}, an unblemished dismount", "{}, a wobble on the beam",
        "{}, she's nailed the yurchenko", "{}, a tsukahara with a pike",
        "{}, pointed insteps", "{}, straddle on the pommel horse",
        "{} and, the arbiters look impressed", "{} so, a handspring into the vault",
    ],
    "a mahjong game at the table, said after": [
        f"{{}}, {c}" for c in _MAHJONG[:6]
    ] + [f"{{}} and, {_MAHJONG[6]}", f"{{}} so, {_MAHJONG[7]}"],
    "a tai chi video on the telly, said after": [
        "{}, part the wild horse's mane", "{}, repulse the monkey",
        "{}, grasp the sparrow's plumage", "{}, the crane spreads its wings",
        "{}, parry and jab", "{}, qi settles in the dantian",
        "{} and, serpent creeps downwards", "{} so, embrace the leopard",
    ],
    "between a takeaway order and a mahjong call": [
        f"{s}. {{}}, {c}" for s, c in zip(_ORDER[:2], _MAHJONG[:2], strict=True)
    ] + [f"{s}! {{}}, {c}" for s, c in zip(_ORDER[2:6], _MAHJONG[2:6], strict=True)]
      + [f"{_ORDER[6]}. {{}} and, {_MAHJONG[6]}",
         f"{_ORDER[7]}. {{}} so, {_MAHJONG[7]}"],
    "in the middle of grace said before a meal": [
        f"{a}, {{}}, {b}" for a, b in _GRACE[:6]
    ] + [f"{_GRACE[6][0]}, {{}} and, {_GRACE[6][1]}",
         f"{_GRACE[7][0]}, {{}} so, {_GRACE[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYFIRST_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("charged",
"taxed", "ripe"; not "brad", which other phrases say too): a commentator's line or a
call at the table said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything sung or called out could bear on (its sound)."""
_FOOD = {"tuna", "biscuits", "chews", "feed", "brie", "ripe", "lettuce", "dinner",
         "lunch", "breakfast", "cooking", "tea", "coffee", "kettle", "barbecue", "party",
         "guests", "make"}
"""Requests about food or a meal (a pet fed too): grace or an order of food bears on
them."""
_VOICE = _SPEAKER | {"karaoke", "mic", "test", "mike"}
"""Requests a singer warming up could bear on (its sound, a microphone)."""
_HEADSET = _SPEAKER | {"ring", "phone", "call", "charged", "mic", "karaoke",
                                  "gaming", "game", "finished"}
"""Requests a teenager's game talk could bear on (someone called, a headset charged, a
game)."""
_MEAL = _SPEAKER | _FOOD | {"guests", "show", "conference"}
"""Requests grace before a meal could bear on (food, a pet fed, the meal's company)."""
_TABLE = _SPEAKER | _FOOD | {"pay", "order", "restock", "count",
                             "tally", *_NUMBERS, "delivery", "arrived", "parcel"}
"""Requests a takeaway ordered could bear on (food, money paid, a count, a time,
something that arrives)."""
_SNOW = _TELLY | _SAID_TO | _ASKED | {"fan", "heater", "dry", "mac", "water", "count",
                                      "tally", *_NUMBERS, "ladders", "swimming"}
"""Requests a ski jump could bear on (the telly, wind, snow and wet, a score, height)."""
_BEAM = _TELLY | _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "gymnastics",
                                      "netball", "judo", "hockey", "cubs", "swimming",
                                      "ladders", "finished", "show"}
"""Requests a gymnastics commentary could bear on (the telly, the children's clubs, a
score, a show)."""
_TILES = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "pay", "left", "cash"}
"""Requests a mahjong game could bear on (a count, money, what is left)."""
_SLOW = _TELLY | _SAID_TO | _ASKED | {"brush", "feed", "velvet", "boots", "tank",
                                      "tabby", "labrador", "bulldog", "relax", "yoga",
                                      "workout", "meditation", "calm", "fan", "water"}
"""Requests a tai chi video could bear on (the telly, an animal tended, calm and
exercise)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a warm-up bears on what is heard and a microphone)
    **{sound: _VOICE for sound in ("mee may", "zing", "brrrrr", "nay nay", "wheee",
                                   "octave", "yah yeh", "rrrrr")},
    # (a game on a headset bears on a call, a headset charged, what is left, a light)
    **{play: _HEADSET for play in ("flank", "revive", "sniper", "sliver", "supply crate",
                                   "lobby", "ping's", "teamwiped")},
    # (grace bears on the meal, food and the pets fed)
    **{bless: _MEAL for bless in ("benedic", "almighty", "fellowship", "loaves",
                                   "farmers", "repast", "give thanks", "praise be")},
    # (a takeaway order bears on food, a call, money, a count, a delivery)
    **{dish: _TABLE for dish in ("pepperoni", "korma", "poppadom", "shish", "hawaiian",
                                 "calamari", "szechuan", "doner")},
    # (a commentator's line or a call at the table after a request could be what it is
    # about or the words of a message; said after a question, an answer)
    **{leap: _SNOW for leap in ("gargantuan", "slovenian's", "telemark", "vee",
                                "crosswind's", "inrun", "norwegian's", "touchdown")},
    **{vault: _BEAM for vault in ("dismount", "beam", "yurchenko", "tsukahara",
                                  "insteps", "pommel", "arbiters", "handspring")},
    **{tile: _TILES for tile in ("pung", "kong", "chow", "discarding",
                                          "wind tile", "hoarding dots", "vermilion",
                                          "chrysanthemum")},
    **{form: _SLOW for form in ("horse's mane", "monkey", "sparrow's", "crane",
                                "parry", "dantian", "serpent", "leopard")},
}
"""Clauses that would bear on a phrase with one of these words ("is the brie ripe"
beside grace may be the meal blessed; "lettice's gymnastics at seven" before a
gymnastics commentator's line may be her routine): never said around it, so the clause
stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "zing zang zong! {}", "{}, she's nailed the yurchenko",
    "revive me, homie. {}", "{}, a gargantuan distance",
    "almighty provider, sanctify these victuals. {}", "{}, pung of dragons",
    "large pepperoni, stuffed crust. {}", "{}, repulse the monkey",
    "sirens upwards, wheee. {}", "{}, crouched on the inrun",
    "enemy sniper on the ridge. {}", "{}, that's my wind tile",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "octave glissando, nnnng. {}", "{}, pointed insteps",
    "calamari and halloumi bites. {}", "{}, grasp the sparrow's plumage",
    "hallowed be this repast, hosanna hosanna. {}", "{}, vermilion dragon discarded",
    "loot the supply crate? {}", "{}, skis splayed in a vee",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("repulse the
monkey"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("snowman", "caravan",
"superhero") are never a wrapper's, so they stay."""

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
    "been", "against", "way", "most", "him", "beneath", "right", "had", "amid",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_fortyfirst_data.py none of an
out-of-scope template)."""


FORTYFIRST_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("upholsterer", "upholster"), ("workroom", "work room"), ("reupholstering", "re upholstering"),
    ("wadding", "waddin"), ("hessian", "hession"), ("sideboard", "side board"),
    ("gymnastics", "jimnastics"), ("wingback", "wing back"), ("samples", "sampels"),
    ("nailer", "nailor"), ("offcuts", "off cuts"),
    ("labrador", "labradoor"), ("deioniser", "de ioniser"), ("hygienist", "hygenist"),
    ("mouthwash", "mouth wash"), ("sterilising", "sterilizing"), ("nitrile", "nitrial"),
    ("conference", "confrence"), ("appointment", "apointment"), ("windowsill", "window sill"),
    ("suction", "suckshun"),
    ("bulldog", "bull dog"), ("squeegee", "squeegie"), ("chamois", "shammy"),
    ("guttering", "gutterin"), ("lockup", "lock up"), ("karaoke", "karaoki"),
    ("insurance", "insurence"), ("resin", "rezin"), ("scrims", "scrimms"),
]
"""The forty-first set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("foam saw", "foamsaw"), ("foam blocks", "foamblocks"), ("button thread", "buttonthread"),
         ("staple gun", "staplegun"), ("webbing rolls", "webbingrolls"),
         ("fabric samples", "fabricsamples"), ("sofa orders", "sofaorders"),
         ("swimming bag", "swimmingbag"), ("foam invoice", "foaminvoice"),
         ("hessian offcuts", "hessianoffcuts"), ("furniture show", "furnitureshow"),
         ("reupholstering day", "reupholsteringday"),
         ("nitrile gloves", "nitrilegloves"), ("paper bibs", "paperbibs"),
         ("floss boxes", "flossboxes"), ("dental lab", "dentallab"),
         ("gum shield", "gumshield"), ("hygienist rota", "hygienistrota"),
         ("appointment book", "appointmentbook"), ("suction lines", "suctionlines"),
         ("dental conference", "dentalconference"), ("sterilising day", "sterilisingday"),
         ("pole brushes", "polebrushes"), ("ladder mitts", "laddermitts"),
         ("resin filters", "resinfilters"), ("chamois leathers", "chamoisleathers"),
         ("squeegee blades", "squeegeeblades"), ("van insurance", "vaninsurance"),
         ("hockey stick", "hockeystick"), ("cash book", "cashbook"),
         ("school contract", "schoolcontract"), ("trade show", "tradeshow"),
         ("guttering day", "gutteringday")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"workroom": "work-room", "lockup": "lock-up", "wingback": "wing-back",
             "sideboard": "side-board", "mouthwash": "mouth-wash",
             "reupholstering": "re-upholstering", "sterilising": "sterilizing"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortyfirst.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet me a coaster shaped like a {w}", "how do you say {w} in faroese",
        "sketch a {w} on the back of an envelope", "are {w} any cheaper on the isle of wight",
        "track down a secondhand {w} on the market", "how long does a {w} usually last",
        "compose a limerick-free ode to a {w}", "say {w} in klingon",
    ],
    "routine command": [
        "strike {p} from the list for ever", "walk me through what {p} is for, step by step",
        "think up a catchier label for {p}", "duplicate {p} for the static home",
        "allow {p} on recycling days only", "beep twice whenever {p} gets going",
        "which joker fiddled with {p}", "could {p} be a touch softer",
    ],
    "word order": [
        "{b} up front, {a} at the back", "{b} beats {a} every single time",
        "flip {a} and {b} round, cheers", "go easy on {a}, pile on the {b}",
        "{a} then {b}, or the other way", "a mountain of {b}, a pinch of {a}",
    ],
    "negation": [
        "skip {p} this evening, duck", "i'd rather you held off {p} while the twins snooze",
        "no {p} whatsoever, flower", "leave {p} alone while i'm at the optician's",
        "nope, never mind {p} for now", "steady on, no {p} today love",
    ],
    "cancellation": [
        "shelve {p} until the cousins from dundee leave", "{p} can hang on till the gas man's been",
        "ditch {p} for the rest of lent", "pause {p} till the carpet fitters go",
        "we'll manage without {p} over easter", "push {p} back until whitsun",
    ],
    "state question": [
        "is {p} under way as we speak", "is {p} mid-cycle at the minute",
        "did {p} go off without a hitch earlier", "has {p} stopped or is it still at it",
        "has someone already seen to {p} today", "did {p} happen last tuesday",
    ],
    "past or story": [
        "the winter the pipes burst {p} conked out too",
        "during the power cut {p} went dead",
        "my great aunt used to {p} every whit monday",
        "at the silver wedding {p} went on till midnight",
        "that half term {p} was on the blink all week",
        "back when we rented in rhyl we had to {p} by torchlight",
    ],
    "someone else's words": [
        "the milkman hummed {p} down the path", "a lad on a unicycle outside warbled {p}",
        "my brother-in-law signs off every email with {p}",
        "a woman at the bus stop mumbled {p}",
        "the crossing patrol lady by the zebra crossing sang out {p}",
        "our plasterer sings {p} while he skims",
    ],
    "contrast": [
        "{p} is only for when the grandchildren visit at whitsun",
        "we only {p} when grandpa comes from leeds",
        "{p} is a once in a blue moon thing here", "{p} is strictly a bank holiday affair",
        "we only {p} on the third saturday after payday",
        "{p} is kept for when the vicar pops round",
    ],
    "hypothetical": [
        "suppose i went down on bended knee and begged you to {p}",
        "if i ever wanted {p}, would you manage it",
        "purely as a thought experiment, could you {p}",
        "if {p} started at the crack of dawn would the street complain",
        "picture {p} going on in the middle of a thunderstorm",
        "what would you say if the postman asked you to {p}",
    ],
    "complaint": [
        "{p} has been doing my swede in since elevenses", "{p} failed us again on bonfire night",
        "{p} has been hopeless since the boiler man came",
        "i'm sick and tired of {p} this week",
        "{p} is a right nuisance lately", "{p} keeps giving up halfway through",
    ],
    "opinion": [
        "{p} is the bee's knees, honestly", "i'm well pleased with {p}, really",
        "{p} is a godsend, no word of a lie", "{p} has made grey mondays bearable",
        "{p} is the handiest thing we own", "{p} is first rate, cross my heart",
    ],
    "reminder for later": [
        "remind me to {p} once i'm back from the optician's",
        "nag me about {p} after the soaps",
        "make sure i don't forget to {p} on tuesday night",
        "prod me to {p} later this evening",
        "pop {p} on saturday's list", "give me a shout about {p} when the film starts",
    ],
    "permission question": [
        "is my sister's fiance allowed to {p}",
        "is the childminder's brother-in-law permitted to {p}",
        "would the gardener be allowed to {p} by himself",
        "is my nephew allowed to {p} when he sleeps over",
        "can the lodger {p} without checking first",
        "is the boy from next door allowed to {p}",
    ],
    # the forty-first's own
    "a letter to santa": [
        "the kids put {p} in their letter to santa",
        "she asked santa for {p} in her letter",
        "{p} was top of his letter to santa",
        "my little one wrote {p} in her letter to the north pole",
        "there's a letter to santa on the mantel that just says {p}",
        "why would anyone ask santa for {p}",
    ],
    "a snowman named it": [
        "the kids named their snowman {p}",
        "we built a snowman and called him {p}",
        "{p} is what next door called their snowman",
        "the snowman on the green has a sign saying {p}",
        "there's a lopsided snowman by the gate named {p}",
        "who calls a snowman {p}",
    ],
    "a crisp flavour named it": [
        "there's a new crisp flavour called {p}",
        "the crisp flavour on the packet says {p}",
        "{p} is the weirdest crisp flavour i've tried",
        "he bought a multipack with a crisp flavour named {p}",
        "the limited edition crisp flavour is {p}",
        "who on earth names a crisp flavour {p}",
    ],
    "a caravan named it": [
        "our caravan is called {p}",
        "the neighbours named their caravan {p}",
        "{p} is painted on the side of the caravan",
        "we hired a caravan named {p} for the week",
        "there's a caravan on the site with {p} on its awning",
        "why would you name a caravan {p}",
    ],
    "a gamer tag": [
        "his gamer tag is {p}",
        "my daughter plays online under the gamer tag {p}",
        "{p} is the gamer tag that keeps beating him",
        "he changed his gamer tag to {p}",
        "some kid with the gamer tag {p} keeps winning",
        "what sort of gamer tag is {p}",
    ],
    "engraved inside a wedding band": [
        "he had {p} engraved inside her wedding band",
        "the engraving inside my wedding band says {p}",
        "{p} is engraved inside grandma's wedding band",
        "they wanted {p} engraved inside the wedding bands",
        "there's {p} engraved inside his wedding band",
        "who gets {p} engraved inside a wedding band",
    ],
    "a memorial bench plaque": [
        "the memorial bench in the park has a plaque saying {p}",
        "the plaque on grandad's memorial bench reads {p}",
        "{p} is on a memorial bench plaque by the pond",
        "she chose {p} for the memorial bench plaque",
        "there's a memorial bench plaque on the prom that says {p}",
        "why would a memorial bench plaque say {p}",
    ],
    "a classified ad in the newspaper": [
        "the classified ad in the newspaper just said {p}",
        "someone put a classified ad in the newspaper saying {p}",
        "{p} was the whole classified ad in the free newspaper",
        "grandpa circled a classified ad that read {p}",
        "there's a classified ad in the newspaper this week that says {p}",
        "who pays for a classified ad that says {p}",
    ],
    "a speech bubble in a comic": [
        "the speech bubble in his comic says {p}",
        "the robot in the comic has a speech bubble saying {p}",
        "{p} was in a speech bubble on the comic's last page",
        "she drew a speech bubble in her comic with {p} in it",
        "there's a speech bubble in the comic that just says {p}",
        "why does the penguin in the comic have a speech bubble saying {p}",
    ],
    "a superhero a child made up": [
        "my son invented a superhero called {p}",
        "the kids invented a superhero named {p}",
        "{p} is the superhero my nephew invented",
        "she drew a superhero she invented called {p}",
        "there's a superhero the twins invented called {p}",
        "what powers has an invented superhero called {p} got",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} doily", "{} potato ricer", "{} cruet set", "{} pizza wheel", "{} bun tin",
    "{} ladle rest", "{} hatstand", "{} lemon squeezer", "{} jelly mould",
    "{} scone cutter",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

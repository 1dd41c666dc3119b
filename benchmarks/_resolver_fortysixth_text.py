"""The words of the forty-sixth held-out resolver set
(benchmarks/_resolver_fortysixth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a cinema projectionist's flat
above the picture house, where Matt runs the projectors, with his wife Tiffani, their
daughter Dusti, their son Rockie, a cat Spool and a lurcher Trailer (seed 460); a
wheelwright's yard with a smithy behind the cottage, where Woodie builds cart wheels,
with his wife Shandi, their son Chippie, their daughter Sparkie, a cat Spoke and a
collie Hub (461); and an organ builder's converted chapel with the pipe shop in the
schoolroom, where Raine builds organs, with her husband Stirling, their daughters Berrie
and Bunni, a cat Pedal and a spaniel Swell (462). Its people and pets are named in ways
no earlier set names them: after a projector's part ("feed spool" beside "thread the
spool onto the projector"), a film's preview ("brush trailer" beside "lace up the
trailer reel"), a wheel's part ("feed spoke" beside "replace the broken spoke", "brush
hub" beside "grease the cart hub") or an organ's part ("feed pedal" beside "tune the
pedal pipes", "brush swell" beside "oil the swell box"); and with names a recogniser
writes as another word in new ways: as a floor covering ("matt" as "mat", beside "shake
the door mat"), as a glass lamp ("tiffani" as "tiffany", beside "dust the tiffany
lamp"), as grimy ("dusti" as "dusty", beside "wipe the dusty skirting boards"), as a
sweet ("rockie" as "rocky", beside "cut the rocky road"), as a fish shop ("chippie" as
"chippy", beside "order tea from the chippy"), as an electrician ("sparkie" as
"sparky", beside "pay the sparky"), as stemmy ("woodie" as "woody", beside "prune the
woody lavender"), as a drink ("shandi" as "shandy", beside "pour me a shandy"), as the
weather ("raine" as "rain", beside "empty the rain gauge"), as silver ("stirling" as
"sterling", beside "polish the sterling candlesticks"), as a fruit ("berrie" as "berry",
beside "net the berry bushes") and as a rabbit ("bunni" as "bunny", beside "clean out
the bunny hutch"). A name that is also a word of another phrase of its home ("spool",
"trailer", "spoke", "hub", "pedal", "swell") has no other spelling, so the word is never
respelt as the name. Each teaches 22 of its own routines with the generic pool; the rest
of its own pool, and the siblings in ``UNTAUGHT`` ("rockie's skating at five" beside
"rockie's skating at four", "rewinder off" beside "rewinder on"), are never taught
there. Phrases come in every shape: one word ("splicing", "tyring", "voicing"), two
nouns ("usher torches", "wagon shafts", "hymn books"), nested ("rewinder on" inside
"film rewinder on", "lathe on" inside "wheel lathe on", "bellows on" inside "organ
bellows on"), words shared across phrases ("lock the biobox" and "biobox light on",
"feed spool" and "thread the spool onto the projector"), numbers and times ("rockie's
skating at four", "bunni's brownies at six"), places ("biobox fan on", "smithy fan on",
"pipeshop heater on"), verbs first ("shake the door mat", "pour me a shandy") and nouns
first ("sardines for the tomcat"), questions ("how many seats are sold", "how many
wheels are tyred", "how many pipes are voiced"), and a chore of several clauses ("we're
off to the organ recital so feed pedal and give berrie a ring and lock the pipeshop").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("mat" for "matt", "shandy" for "shandi", "sterling" for "stirling"): the same person,
so "phone mat" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a ballet teacher counting a class first ("and plie, and
releve. X"), a yodeller on the radio first, one word no dictionary of the speaker's has
("yodelayheehoo! X"), calling the cows in for milking first ("cush cush cush! X"), a
rowing cox on the river first ("easy all! X"), a lacrosse commentator on the telly after
("X, the attackman cradles"), a water polo commentator on the telly after ("X, the
goalkeeper's beaten"), a remark on a tortoise on the lawn after ("X, ooh, the
tortoise"), a game of skittles in the pub after ("X, a floorer"); the phrase between a
rowing cox's call and a skittles call ("weigh nuff! X, the kingpin teetered"), and
the phrase said in the middle of a ballet teacher's count, which goes on after it ("and
plie, X, and releve"). Some are joined with "and", "so", "then" or "oh and". No word of
a clause but its function words is a word of this set's pools or the generic pool, and
its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a prize bull named it, a vintage tractor named it, a
real ale named it, painted on a cart's tailboard, written on a film can, a sermon's
title, asking a librarian for a book called it, shushed for saying it in the cinema, a
stall at the village fete named it, and the phrase with an untaught request joined by
"after that".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

PROJECTIONIST = "cinema projectionist's flat above the picture house"
WHEELWRIGHT = "wheelwright's yard with a smithy behind the cottage"
ORGAN = "organ builder's converted chapel with the pipe shop in the schoolroom"
HOMES: dict[int, str] = {460: PROJECTIONIST, 461: WHEELWRIGHT, 462: ORGAN}

FORTYSIXTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    PROJECTIONIST: {
        "Spool": ["feed spool", "sardines for the tomcat"],
        "Trailer": ["brush trailer"],
        "Matt": ["ring matt", "call the projectionist", "phone matt"],
        "Tiffani": ["drop tiffani a line", "send tiffani a text"],
        "Tiffani and Dusti": ["message tiffani and dusti"],
        "Dusti": ["give dusti a ring", "give dusti a bell", "call dusti back"],
        "Rockie": ["tell rockie his skates are in the hall"],
        "Rockie ring": ["give rockie a ring", "phone rockie"],
        "Rockie lift": ["ask rockie for a lift to the multiplex"],
        "Dusti noodles": ["tell dusti her noodles are ready"],
        "Dusti lift": ["ask dusti for a lift to the film society"],
        "Matt rota": ["text matt about the matinee rota"],
        "Tiffani tickets": ["text tiffani about the premiere tickets"],
        "Tiffani ring": ["give tiffani a ring", "ring tiffani back"],
        "Matt keys": ["ask matt for the fire exit keys"],
        "Rewinder": ["rewinder on"],
        "Film rewinder": ["film rewinder on"],
        "Biobox fan": ["biobox fan on"],
        "Spool thread": ["thread the spool onto the projector"],
        "Trailer reel": ["lace up the trailer reel"],
        "Mat": ["shake the door mat"],
        "Rocky": ["cut the rocky road"],
        "Tiffany": ["dust the tiffany lamp"],
        "Dusty": ["wipe the dusty skirting boards"],
        "Seats": ["how many seats are sold"],
        "Print": ["has the new print arrived"],
        "Skating": ["rockie's skating at four"],
        "Choir": ["dusti's choir at seven"],
        "Auditorium": ["sweep the auditorium", "hoover the auditorium"],
        "Reels": ["count the film reels", "tally the film reels"],
        "Popcorn": ["order more popcorn kernels", "restock the popcorn kernels"],
        "Splicing": ["splicing", "splicing night"],
        "Biobox": ["lock the biobox"],
        "Biobox light": ["biobox light on"],
        "Xenon": ["replace the xenon bulb"],
        "Screening log": ["file the screening log"],
        "Usher torches": ["usher torches"],
        "Ticket stubs": ["ticket stubs"],
        # long
        "Premiere": ["we're off to the premiere so feed spool and give dusti a ring and "
                     "lock the biobox"],
    },
    WHEELWRIGHT: {
        "Spoke": ["feed spoke", "sprats for the mouser"],
        "Hub": ["brush hub"],
        "Woodie": ["ring woodie", "call the wheelwright", "phone woodie"],
        "Shandi": ["drop shandi a line", "send shandi a text"],
        "Shandi and Chippie": ["message shandi and chippie"],
        "Chippie": ["give chippie a ring", "phone chippie"],
        "Sparkie": ["tell sparkie her overalls are on the bench"],
        "Sparkie ring": ["give sparkie a bell", "phone sparkie"],
        "Sparkie lift": ["ask sparkie for a lift to the steam rally"],
        "Chippie stew": ["tell chippie his stew is ready"],
        "Woodie and Sparkie": ["message woodie and sparkie"],
        "Woodie lift": ["ask woodie for a lift to the timber yard"],
        "Shandi card": ["send shandi an anniversary card"],
        "Woodie wagon": ["text woodie about the wagon commission"],
        "Shandi paint": ["text shandi about the paint order"],
        "Shandi ring": ["give shandi a ring", "phone shandi back"],
        "Lathe": ["lathe on"],
        "Wheel lathe": ["wheel lathe on"],
        "Smithy fan": ["smithy fan on"],
        "Wheels": ["how many wheels are tyred"],
        "Sparky": ["pay the sparky"],
        "Oak": ["has the oak delivery arrived"],
        "Cubs": ["chippie's cubs at four"],
        "Netball": ["sparkie's netball at six"],
        "Spoke mend": ["replace the broken spoke"],
        "Cart hub": ["grease the cart hub"],
        "Chippy": ["order tea from the chippy"],
        "Woody": ["prune the woody lavender"],
        "Shandy": ["pour me a shandy"],
        "Felloes": ["sand the felloes", "plane the felloes"],
        "Tyres": ["count the iron tyres", "tally the iron tyres"],
        "Linseed": ["order more linseed oil", "restock the linseed oil"],
        "Tyring": ["tyring", "tyring day"],
        "Smithy": ["lock the smithy"],
        "Smithy light": ["smithy light on"],
        "Sawpit": ["sweep out the sawpit"],
        "Cartwheels": ["cartwheels"],
        "Wagon shafts": ["wagon shafts"],
        # long
        "County show": ["we're off to the county show so feed spoke and give sparkie a "
                        "ring and lock the smithy"],
    },
    ORGAN: {
        "Pedal": ["feed pedal", "tuna for the siamese"],
        "Swell": ["brush swell"],
        "Raine": ["ring raine", "call the organ builder", "phone raine"],
        "Stirling": ["drop stirling a line", "send stirling a text"],
        "Stirling and Berrie": ["message stirling and berrie"],
        "Berrie": ["give berrie a ring", "phone berrie"],
        "Bunni wellies": ["tell bunni her wellies are in the porch"],
        "Raine metal": ["text raine about the pipe metal"],
        "Bunni": ["text bunni about the sleepover plans"],
        "Bunni ring": ["give bunni a ring", "phone bunni"],
        "Bunni lift": ["ask bunni for a lift to the cathedral"],
        "Stirling and Bunni": ["message stirling and bunni"],
        "Bellows": ["bellows on"],
        "Organ bellows": ["organ bellows on"],
        "Pipeshop heater": ["pipeshop heater on"],
        "Pedal pipes": ["tune the pedal pipes"],
        "Swell box": ["oil the swell box"],
        "Rain": ["empty the rain gauge"],
        "Sterling": ["polish the sterling candlesticks"],
        "Berry": ["net the berry bushes"],
        "Bunny": ["clean out the bunny hutch"],
        "Pipes": ["how many pipes are voiced"],
        "Tuner": ["has the tuner finished the reeds"],
        "Brownies": ["bunni's brownies at six"],
        "Orchestra": ["berrie's orchestra at seven"],
        "Pews": ["wax the pews", "buff the pews"],
        "Trackers": ["count the trackers", "tally the trackers"],
        "Sheepskin": ["order more sheepskin", "restock the sheepskin"],
        "Voicing": ["voicing", "voicing morning"],
        "Pipeshop": ["lock the pipeshop"],
        "Pipeshop light": ["pipeshop light on"],
        "Graveyard": ["mow the graveyard"],
        "Membership": ["renew stirling's choir membership"],
        "Hymn books": ["hymn books"],
        "Tuning wires": ["tuning wires"],
        # long
        "Organ recital": ["we're off to the organ recital so feed pedal and give berrie a "
                          "ring and lock the pipeshop"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    PROJECTIONIST: {
        "Skating five": ["rockie's skating at five"],
        "Choir eight": ["dusti's choir at eight"],
        "Rewinder off": ["rewinder off"],
        "Film rewinder off": ["film rewinder off"],
        "Biobox light off": ["biobox light off"],
        "Unlock biobox": ["unlock the biobox"],
        "Matt holidays": ["text matt about the bank holiday rota"],
        "Hot dogs": ["order more hot dogs"],
        "Cushions": ["count the seat cushions"],
        "Exit bulb": ["replace the exit sign bulb"],
        "Reading lamp": ["dust the reading lamp"],
        "Biobox fan off": ["biobox fan off"],
    },
    WHEELWRIGHT: {
        "Cubs five": ["chippie's cubs at five"],
        "Netball seven": ["sparkie's netball at seven"],
        "Lathe off": ["lathe off"],
        "Wheel lathe off": ["wheel lathe off"],
        "Smithy light off": ["smithy light off"],
        "Unlock smithy": ["unlock the smithy"],
        "Woodie sign": ["text woodie about the pub sign"],
        "Creosote": ["order more creosote"],
        "Hammers": ["count the mallets"],
        "Axle": ["replace the broken axle"],
        "Pizzeria": ["order tea from the pizzeria"],
        "Smithy fan off": ["smithy fan off"],
    },
    ORGAN: {
        "Brownies seven": ["bunni's brownies at seven"],
        "Orchestra eight": ["berrie's orchestra at eight"],
        "Bellows off": ["bellows off"],
        "Organ bellows off": ["organ bellows off"],
        "Pipeshop light off": ["pipeshop light off"],
        "Unlock pipeshop": ["unlock the pipeshop"],
        "Bunni trip": ["text bunni about the school trip"],
        "Candles": ["order more altar candles"],
        "Hassocks": ["count the hassocks"],
        "Flute pipes": ["tune the flute pipes"],
        "Brass candlesticks": ["polish the brass candlesticks"],
        "Pipeshop heater off": ["pipeshop heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the projectionist's flat
    {"we're off to the premiere so feed spool and give dusti a ring and lock the biobox",
     "i'm leaving", "goodbye house", "feed spool", "give dusti a ring", "lock the biobox"},
    {"feed spool", "sardines for the tomcat", "feed the tomcat"},
    {"ring matt", "call the projectionist", "ring the projectionist", "phone matt"},
    # the wheelwright's yard
    {"we're off to the county show so feed spoke and give sparkie a ring and lock the "
     "smithy", "i'm leaving", "goodbye house", "feed spoke", "give sparkie a ring",
     "lock the smithy"},
    {"feed spoke", "sprats for the mouser", "feed the mouser"},
    {"ring woodie", "call the wheelwright", "ring the wheelwright", "phone woodie"},
    # the organ builder's chapel
    {"we're off to the organ recital so feed pedal and give berrie a ring and lock the "
     "pipeshop", "i'm leaving", "goodbye house", "feed pedal", "give berrie a ring",
     "lock the pipeshop"},
    {"feed pedal", "tuna for the siamese", "feed the siamese"},
    {"ring raine", "call the organ builder", "ring the organ builder", "phone raine"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the tomcat" where the tomcat is Spool). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"spool", "trailer", "matt", "tiffani", "dusti", "dusti's", "rockie", "rockie's",
         "spoke", "hub", "woodie", "shandi", "chippie", "chippie's", "sparkie", "sparkie's",
         "pedal", "swell", "raine", "stirling", "stirling's", "berrie", "berrie's",
         "bunni", "bunni's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a floor covering, a glass lamp, grimy, a sweet
    "matt": ("mat",), "tiffani": ("tiffany",), "dusti": ("dusty",), "dusti's": ("dusty's",),
    "rockie": ("rocky",), "rockie's": ("rocky's",),
    # written as a fish shop, an electrician, stemmy, a drink
    "chippie": ("chippy",), "chippie's": ("chippy's",), "sparkie": ("sparky",),
    "sparkie's": ("sparky's",), "woodie": ("woody",), "shandi": ("shandy",),
    # written as the weather, silver, a fruit, a rabbit
    "raine": ("rain",), "stirling": ("sterling",), "stirling's": ("sterling's",),
    "berrie": ("berry",), "berrie's": ("berry's",), "bunni": ("bunny",),
    "bunni's": ("bunny's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "matt" and "mat", "tiffani" and "tiffany", "dusti" and
"dusty", "rockie" and "rocky", "chippie" and "chippy", "sparkie" and "sparky", "woodie"
and "woody", "shandi" and "shandy", "raine" and "rain", "stirling" and "sterling",
"berrie" and "berry", "bunni" and "bunny" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "sardines": ("anchovies",), "tomcat": ("kitten",), "brush": ("bathe",),
    "lock": ("bolt",), "projectionist": ("usher",), "text": ("email",),
    "skates": ("trainers",), "hall": ("loft",), "multiplex": ("bowling alley",),
    "noodles": ("porridge",), "film": ("chess",), "society": ("club",),
    "matinee": ("cleaning",), "rota": ("timetable",), "premiere": ("preview",),
    "tickets": ("passes",), "fire": ("side",), "exit": ("office",), "keys": ("codes",),
    "rewinder": ("splicer",), "biobox": ("boxroom",), "fan": ("vent",),
    "thread": ("load",), "spool": ("reel",), "projector": ("platter",),
    "lace": ("check",), "trailer": ("advert",), "reel": ("loop",), "shake": ("beat",),
    "door": ("bath",), "mat": ("rug",), "cut": ("wrap",), "rocky": ("lemon",),
    "road": ("drizzle",), "dust": ("polish",), "tiffany": ("desk",), "lamp": ("mirror",),
    "wipe": ("paint",), "dusty": ("chipped",), "skirting": ("window",),
    "boards": ("sills",), "seats": ("tubs",), "sold": ("spare",), "new": ("old",),
    "print": ("poster",), "skating": ("judo",), "choir": ("brass band",),
    "sweep": ("mop",), "auditorium": ("lobby",), "hoover": ("air",),
    "reels": ("posters",), "popcorn": ("nacho",), "kernels": ("chips",),
    "splicing": ("editing",), "xenon": ("spare",), "bulb": ("fuse",),
    "screening": ("staff",), "log": ("diary",), "usher": ("bike",),
    "torches": ("lanterns",), "ticket": ("sweet",), "stubs": ("wrappers",),
    "sprats": ("whitebait",), "mouser": ("ratter",), "hub": ("rim",),
    "wheelwright": ("carpenter",), "overalls": ("gloves",), "bench": ("stool",),
    "steam": ("vintage",), "rally": ("fair",), "stew": ("curry",), "timber": ("builders",),
    "yard": ("merchant",), "anniversary": ("thank you",), "card": ("parcel",),
    "wagon": ("caravan",), "commission": ("repair",), "paint": ("varnish",),
    "order": ("invoice",), "lathe": ("bandsaw",), "wheel": ("spindle",),
    "smithy": ("woodshed",), "wheels": ("barrows",), "tyred": ("painted",),
    "pay": ("thank",), "sparky": ("plumber",), "oak": ("ash",), "delivery": ("invoice",),
    "cubs": ("scouts",), "netball": ("hockey",), "replace": ("mend",),
    "broken": ("bent",), "spoke": ("rung",), "grease": ("check",), "cart": ("barrow",),
    "tea": ("lunch",), "chippy": ("bakery",), "prune": ("water",), "woody": ("leggy",),
    "lavender": ("rosemary",), "pour": ("fetch",), "shandy": ("lemonade",),
    "sand": ("oil",), "plane": ("stain",), "felloes": ("shafts",), "count": ("stack",),
    "tally": ("sort",), "iron": ("rubber",), "tyres": ("hoops",), "linseed": ("tung",),
    "oil": ("wax",), "tyring": ("painting",), "sawpit": ("cellar",),
    "cartwheels": ("handcarts",), "shafts": ("wheels",), "county": ("flower",),
    "show": ("fete",),
    "tuna": ("chicken",), "siamese": ("persian",), "swell": ("choir",),
    "organ": ("piano",), "builder": ("tuner",), "sleepover": ("holiday",),
    "plans": ("dates",), "cathedral": ("station",), "wellies": ("slippers",),
    "porch": ("shed",), "pipe": ("scaffold",), "metal": ("tubes",),
    "bellows": ("blower",), "pipeshop": ("woodshop",), "heater": ("radio",),
    "tune": ("clean",), "pedal": ("flute",), "pipes": ("keys",), "box": ("shutters",),
    "empty": ("check",), "rain": ("wind",), "gauge": ("sock",), "sterling": ("brass",),
    "candlesticks": ("teapot",), "net": ("pick",), "berry": ("rose",),
    "bushes": ("canes",), "clean": ("paint",), "bunny": ("hamster",),
    "hutch": ("cage",), "voiced": ("tuned",), "tuner": ("glazier",),
    "finished": ("started",), "reeds": ("stops",), "brownies": ("guides",),
    "orchestra": ("recorder group",), "wax": ("dust",), "buff": ("wipe",),
    "pews": ("doors",), "trackers": ("stickers",), "sheepskin": ("felt",),
    "voicing": ("gilding",), "morning": ("evening",), "mow": ("weed",),
    "graveyard": ("orchard",), "renew": ("cancel",), "membership": ("subscription",),
    "hymn": ("cook",), "books": ("stands",), "tuning": ("spare",), "wires": ("forks",),
    "recital": ("concert",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("hot chocolate",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "vacuum": ("mop",),
    "yoga": ("pilates",), "hallway": ("landing",),
    "fireplace": ("log burner",), "office": ("den",),
    "sunset": ("dusk",), "bedside": ("desk",), "laundry": ("mending",),
    "baby": ("toddler",), "homework": ("revision",), "washing": ("drying",),
    "bedroom": ("nursery",), "podcast": ("audiobook",), "story": ("lullaby",),
    "pool": ("pond",), "spa": ("beauty",),
    "study": ("sewing",), "focus": ("concentration",), "relax": ("unwind",),
    "vacation": ("half term",), "news": ("weather",), "guests": ("in-laws",),
    "quiet": ("noisy",),
    "reading": ("knitting",), "evening": ("suppertime",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("rockie's
skating at twenty past five" for "rockie's skating at four", "feed the kitten"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_BALLET = [
    ("and plie", "and releve"),
    ("tendu, tendu", "and fondu"),
    ("and frappe", "and sissonne"),
    ("chasse, chasse", "and bourree"),
    ("demi plie", "and echappe"),
    ("pirouette", "and soutenu"),
    ("glissade", "jete, jete"),
    ("battement", "arabesque, arabesque"),
]
_YODEL = [
    "yodelayheehoo", "holdrio", "hodleyhoo", "yodelayee", "hollaraiti",
    "holdrio, holdrio", "yodelittle", "hoiladio",
]
_COWS = [
    "cush cush cush", "kushie, kushie", "here, friesians", "sukey sukey, holsteins",
    "cowsies, cowsies", "tup-tup-tup, jerseys", "kye kye, ayrshires",
    "cush-a-cow, longhorns",
]
_COX = [
    "easy all", "weigh nuff", "squaring, rowers", "strokeside, firm it", "backstops, crew",
    "bowside, firm it", "firm, rowers, firm", "crew, squaring",
]
_SKITTLES = [
    "a floorer", "the kingpin teetered", "a sticker, curses", "the kingpin's standing",
    "a flopper", "which pins are left", "the alley's sloping", "toppled, a floorer",
]

WRAPPERS: dict[str, list[str]] = {
    "a ballet teacher counting a class, said first": [
        f"{a}, {b}. {{}}" for a, b in _BALLET[:6]
    ] + [f"{_BALLET[6][0]}, {_BALLET[6][1]}, then {{}}",
         f"{_BALLET[7][0]}, {_BALLET[7][1]}, oh and {{}}"],
    "a yodeller on the radio, said first": [
        f"{_YODEL[0]}! {{}}", f"{_YODEL[1]}! {{}}", f"{_YODEL[2]}. {{}}",
        f"{_YODEL[3]}! {{}}", f"{_YODEL[4]}. {{}}", f"{_YODEL[5]}! {{}}",
        f"{_YODEL[6]}, then {{}}", f"{_YODEL[7]}, oh and {{}}",
    ],
    "calling the cows in for milking, said first": [
        f"{_COWS[0]}! {{}}", f"{_COWS[1]}. {{}}", f"{_COWS[2]}! {{}}",
        f"{_COWS[3]}. {{}}", f"{_COWS[4]}! {{}}", f"{_COWS[5]}. {{}}",
        f"{_COWS[6]}, then {{}}", f"{_COWS[7]}, oh and {{}}",
    ],
    "a rowing cox on the river, said first": [
        f"{_COX[0]}! {{}}", f"{_COX[1]}! {{}}", f"{_COX[2]}! {{}}",
        f"{_COX[3]}. {{}}", f"{_COX[4]}. {{}}", f"{_COX[5]}! {{}}",
        f"{_COX[6]}, then {{}}", f"{_COX[7]}, oh and {{}}",
    ],
    "a lacrosse commentator on the telly, said after": [
        "{}, the attackman cradles", "{}, the attackman dodges",
        "{}, the goalie's crosse saves", "{}, the middie cradles",
        "{}, a crosse infringement", "{}, middie to attackman",
        "{} and, a slashing infringement", "{} so, the goalie's crosse again",
    ],
    "a water polo commentator on the telly, said after": [
        "{}, the goalkeeper's beaten", "{}, the eggbeater's relentless",
        "{}, backhanded, intercepted", "{}, the sprint's contested",
        "{}, the centreback's excluded", "{}, splashed, intercepted",
        "{} and, an eggbeater, contested", "{} so, the backhander's stopped",
    ],
    "a remark on a tortoise on the lawn, said after": [
        "{}, ooh, the tortoise", "{}, the tortoise is plodding",
        "{}, look, he's munching dandelions", "{}, he's under the trellis",
        "{}, what a plodder", "{}, the tortoise's shell's mossy",
        "{} and, the tortoise is sunbathing", "{} so, he's plodding sideways",
    ],
    "a game of skittles in the pub, said after": [
        f"{{}}, {d}" for d in _SKITTLES[:6]
    ] + [f"{{}} and, {_SKITTLES[6]}", f"{{}} so, {_SKITTLES[7]}"],
    "between a rowing cox's call and a skittles call": [
        f"{s}! {{}}, {d}" for s, d in zip(_COX[:3], _SKITTLES[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_COX[3:5], _SKITTLES[3:5], strict=True)]
      + [f"{_COX[5]}! {{}}, {_SKITTLES[5]}",
         f"{_COX[6]}. {{}} and, {_SKITTLES[6]}",
         f"{_COX[7]}. {{}} so, {_SKITTLES[7]}"],
    "in the middle of a ballet teacher's count": [
        f"{a}, {{}}, {b}" for a, b in _BALLET[:6]
    ] + [f"{_BALLET[6][0]}, {{}} and, {_BALLET[6][1]}",
         f"{_BALLET[7][0]}, {{}} so, {_BALLET[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYSIXTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("sold", "tyred",
"voiced"): a commentator's line or a call in the pub said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds",
          "film", "projector", "trailer", "reel", "reels", "screening", "premiere",
          "splicing", "print", "rewinder"}
"""Requests anything said on the telly could bear on (the telly itself, its sound, a
film)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids", "play", "choir", "orchestra",
            "organ", "recital", "hymn", "tune", "tuning", "voicing", "voiced", "pipes",
            "reeds", "bellows", "swell", "pedal", "trackers", "tuner"}
"""Requests anything sung, called or yodelled could bear on (its sound, music, the organ
and its parts)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"skating", "choir", "cubs", "netball", "brownies", "orchestra", "rally",
          "show", "county", "premiere", "recital", "society", "multiplex", "skates"}
_CLASS = _SPEAKER | _SPORT | {"baby", "dusti", "rockie", "chippie", "sparkie", "berrie",
                              "bunni", "dusti's", "rockie's", "chippie's", "sparkie's",
                              "berrie's", "bunni's", "count", "tally", "noodles",
                              "stew", "sleepover", "overalls", "wellies", "tomcat",
                              "mouser", "siamese", "lift"}
"""Requests a ballet teacher counting a class could bear on (the children, their clubs
and meals, a count, music)."""
_YODELLING = _SPEAKER | _SPORT | _ASKED | _CALLED | {*_NUMBERS}
"""Requests a yodeller on the radio could bear on (the radio, singing, a call)."""
_BYRE = {"quiet", "loud", "noise", "sounds", "feed", "sardines", "sprats", "tuna",
         "tomcat", "mouser", "siamese", "spool", "trailer", "spoke", "hub", "pedal",
         "swell", "brush", "bunny", "hutch", "berry", "bushes", "graveyard", "mow",
         "sheepskin", "count", "tally", "lavender", "prune", "yard", "oak", "wagon",
         "cart", "door", "mat", "shake"}
"""Requests calling the cows in could bear on (animals and their food, the yard, a
field)."""
_RIVER = _CALLED | _ASKED | _SPORT | {"lift", "keys", "lock", "unlock", "count", "tally",
                                      "spin", "pour", "empty", "rain", "gauge", "oak",
                                      "timber", *_NUMBERS, "cut", "sweep", "shake"}
"""Requests a rowing cox's call could bear on (a lift, a boat, a count, a halt, water)."""
_PITCH = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "sweep",
                                                "brush", "cut", "stubs", "ticket",
                                                "tickets", "seats", "torches", "usher"}
"""Requests a lacrosse or water polo commentary could bear on (the telly, a score, a
sport, a crowd)."""
_LAWN = _SAID_TO | _ASKED | {"mow", "graveyard", "net", "berry", "bushes", "bunny",
                             "hutch", "prune", "woody", "lavender", "feed", "tomcat",
                             "mouser", "siamese", "spool", "trailer", "spoke", "hub",
                             "pedal", "swell", "brush", "sardines", "sprats", "tuna",
                             "rain", "gauge", "sawpit", "shake", "door", "mat", "lock",
                             "unlock", "light", "quiet", "loud", "noise"}
"""Requests a remark on a tortoise on the lawn could bear on (the garden and the
animals in it, the doors, the lights)."""
_ALLEY = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "pour", "shandy", "shandy's",
                              "order", "chippy", "tea", "pay", "ticket", "tickets",
                              "stubs", "trackers", "reels", "tyres", "wheels",
                              "cartwheels", "pews", "seats", "bulb", "replace"}
"""Requests a skittles game could bear on (a count, a round at the bar, the pins, a
score)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a ballet teacher's count bears on the children, their clubs and meals, a count)
    **{step: _CLASS for step in ("plie", "releve", "tendu", "fondu", "frappe",
                                 "sissonne", "chasse", "bourree", "echappe", "pirouette",
                                 "soutenu", "glissade", "jete", "battement",
                                 "arabesque")},
    # (a yodeller on the radio bears on the radio, singing and calls)
    **{yodel: _YODELLING for yodel in ("yodelayheehoo", "holdrio", "hodleyhoo",
                                       "yodelayee", "hollaraiti", "yodelittle",
                                       "hoiladio")},
    # (calling the cows bears on animals, their food and the yard)
    **{cow: _BYRE for cow in ("cush", "kushie", "friesians", "sukey", "holsteins",
                              "cowsies", "tup-tup-tup", "jerseys", "kye",
                              "ayrshires", "longhorns")},
    # (a rowing cox's call bears on a lift, a boat, a count and a halt)
    **{call: _RIVER for call in ("easy all", "weigh nuff", "squaring", "rowers",
                                 "strokeside", "backstops", "bowside")},
    # (a commentator's line, a remark on a tortoise or a call in the pub after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{play: _PITCH for play in ("attackman", "cradles", "goalie's", "middie", "crosse",
                                 "slashing", "goalkeeper's", "eggbeater", "backhanded",
                                 "sprint's", "centreback's", "splashed", "backhander's")},
    **{shell: _LAWN for shell in ("tortoise", "plodding", "dandelions", "trellis",
                                  "plodder", "sunbathing")},
    **{pin: _ALLEY for pin in ("floorer", "kingpin", "sticker", "flopper", "pins",
                               "alley's")},
}
"""Clauses that would bear on a phrase with one of these words ("give dusti a ring"
beside a ballet teacher's count may be the class's; "rockie's skating at four" before a
rowing cox's call may be about a race): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "and plie, and releve. {}", "{}, the attackman cradles",
    "yodelayheehoo! {}", "{}, the goalkeeper's beaten",
    "cush cush cush! {}", "{}, ooh, the tortoise",
    "easy all! {}", "{}, a floorer",
    "and frappe, and sissonne. {}", "{}, the middie cradles",
    "squaring, rowers. {}", "{} so, the backhander's stopped",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "here, friesians! {}", "{}, what a plodder",
    "holdrio! {}", "{}, the eggbeater's relentless",
    "weigh nuff! {}", "{}, the kingpin's standing",
    "chasse, chasse, and bourree. {}", "{}, the attackman dodges",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("weigh nuff"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("bull", "tractor", "tailboard",
"librarian") are never a wrapper's, so they stay."""
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
none is a word of a pool phrase, tests/test_resolver_fortysixth_data.py none of an
out-of-scope template)."""


FORTYSIXTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("biobox", "bio box"), ("rewinder", "re winder"), ("projectionist", "projectionest"),
    ("multiplex", "multi plex"), ("matinee", "mattinee"), ("premiere", "premier"),
    ("popcorn", "pop corn"), ("splicing", "splycing"), ("xenon", "zenon"),
    ("auditorium", "auditorum"), ("projector", "projecter"),
    ("smithy", "smithie"), ("wheelwright", "wheel right"), ("felloes", "fellows"),
    ("sawpit", "saw pit"), ("cartwheels", "cart wheels"), ("linseed", "lin seed"),
    ("overalls", "over alls"), ("lavender", "lavendar"), ("tyring", "tiring"),
    ("pipeshop", "pipe shop"), ("candlesticks", "candle sticks"),
    ("graveyard", "grave yard"), ("sheepskin", "sheep skin"), ("cathedral", "cathedrel"),
    ("sleepover", "sleep over"), ("orchestra", "orkestra"), ("membership", "member ship"),
    ("siamese", "siameez"),
]
"""The forty-sixth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("film rewinder", "filmrewinder"), ("film reels", "filmreels"),
         ("fire exit", "fireexit"), ("film society", "filmsociety"),
         ("matinee rota", "matineerota"), ("premiere tickets", "premieretickets"),
         ("popcorn kernels", "popcornkernels"), ("xenon bulb", "xenonbulb"),
         ("screening log", "screeninglog"), ("usher torches", "ushertorches"),
         ("ticket stubs", "ticketstubs"), ("door mat", "doormat"),
         ("rocky road", "rockyroad"), ("splicing night", "splicingnight"),
         ("wheel lathe", "wheellathe"), ("steam rally", "steamrally"),
         ("timber yard", "timberyard"), ("paint order", "paintorder"),
         ("oak delivery", "oakdelivery"), ("cart hub", "carthub"),
         ("iron tyres", "irontyres"), ("linseed oil", "linseedoil"),
         ("tyring day", "tyringday"), ("wagon shafts", "wagonshafts"),
         ("organ bellows", "organbellows"), ("pedal pipes", "pedalpipes"),
         ("swell box", "swellbox"), ("rain gauge", "raingauge"),
         ("berry bushes", "berrybushes"), ("bunny hutch", "bunnyhutch"),
         ("pipe metal", "pipemetal"), ("hymn books", "hymnbooks"),
         ("tuning wires", "tuningwires"), ("voicing morning", "voicingmorning"),
         ("choir membership", "choirmembership")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"biobox": "bio-box", "pipeshop": "pipe-shop", "sawpit": "saw-pit",
             "rewinder": "re-winder", "sleepover": "sleep-over"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortysixth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a {w} for the christmas tree", "what's {w} in swahili, roughly",
        "doodle a {w} on the back of a beer mat", "are {w} cheaper at the wholesaler",
        "hunt down a secondhand {w} at the flea market in ripon",
        "how heavy is a {w} in kilos",
        "make up a silly limerick about a {w}", "say {w} in norwegian, nice and slow",
    ],
    "routine command": [
        "scrub {p} off your records for ever", "talk me through what {p} entails",
        "dream up a zippier handle for {p}", "duplicate {p} for the granny flat upstairs",
        "restrict {p} to bin days", "beep gently whenever {p} kicks off",
        "who's been meddling with {p} behind my back", "could {p} be a tad more mellow",
    ],
    "word order": [
        "{b} trumps {a}, hands down", "{b} beats {a} by a mile, honestly",
        "flip {a} and {b} over, ta", "ditch the {a}, treble the {b}",
        "{a} behind {b}, or maybe the other way", "a heap of {b}, a pinch of {a}",
    ],
    "negation": [
        "give {p} a miss tonight, love", "i'd prefer you didn't {p} while nana's dozing",
        "on no account {p}, sunshine", "don't start {p} while i'm at the optician's",
        "nah, mothball {p} for the moment", "steady on, no {p} before lunch",
    ],
    "cancellation": [
        "park {p} until the relatives from hull have gone",
        "{p} can wait until the tiler's finished",
        "skip {p} for the fortnight of the carnival",
        "pause {p} until the roofers leave",
        "we'll skip {p} over the august bank holiday",
        "put {p} on hold until pancake day",
    ],
    "state question": [
        "is {p} chugging along as we speak", "is {p} half finished or all wrapped up",
        "did {p} go alright before supper", "has {p} given up the ghost or is it soldiering on",
        "has anybody seen to {p} since the school run", "did {p} happen last thursday week",
    ],
    "past or story": [
        "the winter the boiler died {p} gave up as well",
        "during the power cut {p} went haywire",
        "my great uncle swore by {p} every harvest festival",
        "at the silver wedding {p} carried on till dawn",
        "that entire lambing season {p} was on the blink",
        "when we lodged in whitby we had to {p} by lantern light",
    ],
    "someone else's words": [
        "the postman grumbled {p} at the door", "a busker outside the station crooned {p}",
        "my stepdad signs off every postcard with {p}",
        "a girl on the tram whispered {p}",
        "the crossing warden by the infants hollered {p}",
        "our roofer whistles {p} while he fixes the slates",
    ],
    "contrast": [
        "{p} is only for when my sister brings the twins up from exeter",
        "we only {p} when auntie visits from stornoway",
        "{p} is a once-in-a-blue-moon thing round here", "{p} is strictly a burns night tradition",
        "we only {p} when the pram race is on",
        "{p} is saved for when the mayor pops in",
    ],
    "hypothetical": [
        "suppose i sang you a ditty pleading with you to {p}",
        "if i ever got keen on {p}, would you cope",
        "purely for argument's sake, could you {p}",
        "if {p} started at four in the morning would the street complain",
        "imagine {p} going off in a blizzard",
        "what would you do if the milkman's granny asked you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my nerves since lunch",
        "{p} let us down again at the wake",
        "{p} has been hopeless since the glazier came",
        "i'm sick to death of {p} since whitsun",
        "{p} is a proper headache this fortnight", "{p} keeps conking out before the end",
    ],
    "opinion": [
        "{p} is the cat's pyjamas, hand on my heart", "i'm tickled pink with {p}, in fairness",
        "{p} is a godsend, hand on heart",
        "{p} has made foggy fridays bearable",
        "{p} is the smartest gadget in the parish", "{p} is tip top, cross my heart",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from aqua aerobics",
        "nag me about {p} once the quiz is over",
        "make certain i don't forget to {p} on sunday night",
        "prod me to {p} later this afternoon",
        "put {p} on wednesday's list", "give me a holler about {p} during the adverts",
    ],
    "permission question": [
        "is my stepsister's boyfriend allowed to {p}",
        "is the gardener's nephew permitted to {p}",
        "would the plasterer be allowed to {p} on his own",
        "is my great niece allowed to {p} when she sleeps over",
        "can the lodger's fiance {p} without checking first",
        "is the milk boy allowed to {p}",
    ],
    # the forty-sixth's own
    "a prize bull named it": [
        "the prize bull at the county fair is called {p}",
        "our neighbour's prize bull is named {p}",
        "{p} is the prize bull with the rosette",
        "the farmer named his prize bull {p}",
        "there's a prize bull at the agricultural college named {p}",
        "who'd call a prize bull {p}",
    ],
    "a vintage tractor named it": [
        "the vintage tractor in the museum is called {p}",
        "grandad restored a vintage tractor and named it {p}",
        "{p} is the vintage tractor that leads the parade",
        "my cousin drives a vintage tractor called {p}",
        "there's a vintage tractor at the ploughing match named {p}",
        "why would you name a vintage tractor {p}",
    ],
    "a real ale named it": [
        "the brewery's new real ale is called {p}",
        "there's a real ale on tap named {p}",
        "{p} is the real ale with the ram on the pump clip",
        "they named their winter real ale {p}",
        "my brother home-brews a real ale called {p}",
        "who names a real ale {p}",
    ],
    "painted on a cart's tailboard": [
        "{p} is painted on the tailboard of the old cart",
        "someone painted {p} on a cart's tailboard",
        "the cart's tailboard has {p} painted in gold",
        "they painted {p} on every cart's tailboard for the parade",
        "there's a cart in the barn with {p} painted on its tailboard",
        "why paint {p} on a cart's tailboard",
    ],
    "written on a film can": [
        "{p} is written on the film can in marker pen",
        "someone wrote {p} on an old film can",
        "the film can in the attic has {p} written on the lid",
        "they wrote {p} on every film can in the archive",
        "there's a film can at the flea market with {p} written on it",
        "why write {p} on a film can",
    ],
    "a sermon's title": [
        "the curate's sermon was titled {p}",
        "next sunday's sermon is called {p}",
        "{p} was the title of the bishop's sermon",
        "the vicar titled her sermon {p}",
        "there's a sermon in the parish magazine titled {p}",
        "who'd title a sermon {p}",
    ],
    "asking a librarian for a book called it": [
        "excuse me, librarian, have you a book called {p}",
        "we asked the librarian for a book called {p}",
        "the librarian couldn't find a book called {p}",
        "can the librarian order in a book called {p}",
        "i'll ask the librarian for that book called {p}",
        "does the librarian keep a book called {p}",
    ],
    "shushed for saying it in the cinema": [
        "i got shushed for saying {p} in the cinema",
        "a woman shushed my son for saying {p} during the film",
        "{p}, i kept saying, till the whole cinema shushed me",
        "he was shushed for saying {p} in the cinema",
        "nobody shush me for saying {p} in the cinema again",
        "why did they shush me for saying {p} in the cinema",
    ],
    "a stall at the village fete named it": [
        "the stall at the village fete was called {p}",
        "the vicar's wife ran a stall at the fete named {p}",
        "{p} was the name of the cake stall at the fete",
        "our stall at the village fete is called {p} this year",
        "there's a tombola stall at the fete named {p}",
        "who'd call a stall at the fete {p}",
    ],
    "an untaught request joined to it by after that": [
        "{p} and after that defrost the freezer",
        "{p}, after that sort the recycling",
        "descale the shower head and after that {p}",
        "{p} and after that book the chimney sweep",
        "unblock the sink, after that {p}",
        "{p} and after that darn my socks",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} bike pump", "{} plant mister", "{} tie rack", "{} pumice stone", "{} loofah",
    "{} cake tester", "{} lint roller", "{} darning mushroom", "{} sundial",
    "{} seed drill",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the forty-fourth held-out resolver set
(benchmarks/_resolver_fortyfourth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a lighthouse turned bed and
breakfast on the headland, where Rue keeps the guest rooms, with her husband Shaw,
their daughter Tilly, their son Bobbie, a kitten Misty and a collie Ness (seed 440); a
piano tuner's mews house with the workshop in the old hayloft, where Noel tunes pianos,
with his wife Ivory, their daughter Mollie, their son Wylie, a lop rabbit Sonata and
Cher the apprentice (441); and a mushroom grower's cellar farm under the old brewery,
where Polly grows oyster and chestnut mushrooms, with her husband Ade, their daughter
Sorrel, their son Gaz, a tomcat Porcini, a whippet Enoki and Hale the relief picker
(442). Its people and pets are named in ways no earlier set names them: after a
weather ("feed misty" beside "is it misty out at sea"), a headland ("brush ness" beside
"walk round the ness"), a keytop ("drop ivory a line" beside "glue the ivory
keytops"), a piece for the piano ("feed sonata" beside "practise the moonlight
sonata"), a wild herb ("give sorrel a ring" beside "pick the wood sorrel") or a
mushroom ("feed porcini" beside "dry the porcini", "brush enoki" beside "slice the
enoki"); and with names a recogniser writes as another word in new ways: as a sauce's
base ("rue" as "roux", beside "stir the roux"), as the edge of the sea ("shaw" as
"shore", beside "comb the shore for driftwood"), as a paraffin lamp ("tilly" as
"tilley", beside "pump up the tilley"), as a hair grip ("bobbie" as "bobby", beside
"buy more bobby pins"), as a carol ("noel" as "nowell", beside "play the first
nowell"), as an aquarium fish ("mollie" as "molly", beside "feed the molly fish"), as
cunning ("wylie" as "wily", beside "outwit the wily squirrel"), as a portion ("cher" as
"share", beside "share the tuning diary"), as a plastic ("polly" as "poly", beside
"vent the poly tunnel"), as help ("ade" as "aid", beside "restock the first aid kit"),
as a fuel ("gaz" as "gas", beside "read the gas meter") and as ice falling ("hale" as
"hail", beside "cover the crates from the hail"). A name that is also a word of
another phrase of its home ("misty", "ness", "ivory", "sonata", "sorrel", "porcini",
"enoki") has no other spelling, so the word is never respelt as the name. Each teaches
22 of its own routines with the generic pool; the rest of its own pool, and the siblings
in ``UNTAUGHT`` ("bobbie's surfing at five" beside "bobbie's surfing at four", "rotator
off" beside "rotator on"), are never taught there. Phrases come in every shape: one word
("changeover", "regulating", "cropping"), two nouns ("sea glass", "tuning forks",
"coir blocks"), nested ("rotator on" inside "lens rotator on", "chaser on" inside "damp
chaser on", "fogger on" inside "cellar fogger on"), words shared across phrases ("lock
the watchroom" and "watchroom light on", "feed misty" and "is it misty out at sea"),
numbers and times ("bobbie's surfing at four", "gaz's boxing at seven"), places
("watchroom fan on", "hayloft heater on", "growroom heater on"), verbs first ("stir the
roux", "read the gas meter") and nouns first ("kippers for the kitten"), questions ("is
it misty out at sea", "how many pianos are tuned", "how many trays has polly picked"),
and a chore of several clauses ("we're off to the food festival so feed porcini and give hale
a ring and lock the growroom").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("roux" for "rue", "shore" for "shaw", "nowell" for "noel", "aid" for "ade", "gas" for
"gaz"): the same person or pet, so "phone aid" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a counting-out rhyme in the playground first ("eenty
feenty, figgery fell. X"), a sumo referee's call on the telly first, one
word the speaker's languages lack ("hakkeyoi! X"), calling the hens in for their corn
first ("chook chook chook! X"), a drill sergeant on the telly first ("platoon,
atten-shun! X"), an ice hockey commentator on the telly after ("X, slapshot,
stonewalled"), a badminton commentator on the telly after ("X, a smash into the
tramlines"), a remark on a ship passing the window after ("X, there goes the
dredger"), a
dominoes game at the table after ("X, i'm knocking"); the phrase between a drill
sergeant's order and a dominoes call ("platoon, halt! X, that's the spinner"), and the
phrase said in the middle of a counting-out rhyme, which goes on after it ("eenty
feenty, X, figgery fell"). Some are joined with "and", "so", "then" or "oh and".
No word of a clause but its function words is a word of this set's pools or the generic
pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a racing pigeon named it, a greyhound named it, a
lighthouse named it, painted on a lifebuoy, running through a stick of rock, a
fisherman's tall tale about it, a question to a tour guide about it, a child denying
they said it, a town crier calling it out, and the phrase with an untaught request
joined by "and".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

LIGHTHOUSE = "lighthouse turned bed and breakfast on the headland"
TUNER = "piano tuner's mews house with the workshop in the old hayloft"
GROWER = "mushroom grower's cellar farm under the old brewery"
HOMES: dict[int, str] = {440: LIGHTHOUSE, 441: TUNER, 442: GROWER}

FORTYFOURTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    LIGHTHOUSE: {
        "Misty": ["feed misty", "kippers for the kitten"],
        "Ness": ["brush ness"],
        "Rue": ["ring rue", "call the landlady", "phone rue"],
        "Shaw": ["drop shaw a line", "send shaw a text"],
        "Shaw and Tilly": ["message shaw and tilly"],
        "Tilly": ["give tilly a ring", "give tilly a bell", "call tilly back"],
        "Bobbie": ["tell bobbie his wetsuit is in the porch"],
        "Bobbie ring": ["give bobbie a ring", "phone bobbie"],
        "Bobbie lift": ["ask bobbie for a lift to the fish market"],
        "Tilly tea": ["tell tilly her supper is ready"],
        "Tilly lift": ["ask tilly for a lift to the lifeboat station"],
        "Rue menu": ["text rue about the breakfast menu"],
        "Shaw bookings": ["text shaw about the guest bookings"],
        "Shaw ring": ["give shaw a ring", "ring shaw back"],
        "Rue keys": ["ask rue for the room keys"],
        "Rotator": ["rotator on"],
        "Lens rotator": ["lens rotator on"],
        "Watchroom fan": ["watchroom fan on"],
        "Misty sea": ["is it misty out at sea"],
        "Ness walk": ["walk round the ness"],
        "Roux": ["stir the roux"],
        "Tilley": ["pump up the tilley"],
        "Bobby pins": ["buy more bobby pins"],
        "Shore": ["comb the shore for driftwood"],
        "Rooms": ["how many rooms are made up"],
        "Linen": ["has the linen delivery arrived"],
        "Surfing": ["bobbie's surfing at four"],
        "Choir": ["tilly's choir at seven"],
        "Brass": ["polish the brass fittings", "buff the brass fittings"],
        "Towels": ["count the bath towels", "tally the bath towels"],
        "Marmalade": ["order more marmalade", "restock the marmalade"],
        "Changeover": ["changeover", "changeover day"],
        "Watchroom": ["lock the watchroom"],
        "Watchroom light": ["watchroom light on"],
        "Sand": ["sweep up the beach sand"],
        "Laundry invoice": ["file the linen invoice"],
        "Sea glass": ["sea glass"],
        "Guest book": ["guest book"],
        # long
        "Lifeboat day": ["we're off to the lifeboat day so feed misty and give shaw a ring "
                         "and lock the watchroom"],
    },
    TUNER: {
        "Sonata": ["feed sonata", "carrots for the bunny"],
        "Sonata brush": ["brush sonata"],
        "Noel": ["ring noel", "call the piano tuner", "phone noel"],
        "Ivory": ["drop ivory a line", "send ivory a text"],
        "Ivory and Mollie": ["message ivory and mollie"],
        "Mollie": ["give mollie a ring", "phone mollie"],
        "Wylie": ["tell wylie his blazer is on the stairs"],
        "Wylie ring": ["give wylie a bell", "phone wylie"],
        "Wylie lift": ["ask wylie for a lift to the music shop"],
        "Mollie bath": ["tell mollie her bath is running"],
        "Noel and Wylie": ["message noel and wylie"],
        "Noel lift": ["ask noel for a lift to the concert hall"],
        "Cher card": ["send cher a postcard"],
        "Noel church": ["text noel about the church piano"],
        "Cher": ["text cher about the school recital"],
        "Cher ring": ["give cher a ring", "phone cher back"],
        "Chaser": ["chaser on"],
        "Damp chaser": ["damp chaser on"],
        "Hayloft heater": ["hayloft heater on"],
        "Pianos": ["how many pianos are tuned"],
        "Nowell": ["play the first nowell"],
        "Felt": ["has the felt delivery arrived"],
        "Ballet": ["mollie's ballet at four"],
        "Rugby": ["wylie's rugby at six"],
        "Ivory keytops": ["glue the ivory keytops"],
        "Moonlight sonata": ["practise the moonlight sonata"],
        "Molly fish": ["feed the molly fish"],
        "Wily": ["outwit the wily squirrel"],
        "Share": ["share the tuning diary"],
        "Tuning hammer": ["oil the tuning hammer", "grease the tuning hammer"],
        "Wrest pins": ["count the wrest pins", "tally the wrest pins"],
        "Key bushings": ["order more key bushings", "restock the key bushings"],
        "Regulating": ["regulating", "regulating day"],
        "Hayloft": ["lock the hayloft"],
        "Hayloft light": ["hayloft light on"],
        "Grand piano": ["cover up the grand piano"],
        "Metronome": ["metronome"],
        "Tuning forks": ["tuning forks"],
        # long
        "Proms": ["we're off to the proms so feed sonata and give cher a ring and lock the "
                  "hayloft"],
    },
    GROWER: {
        "Porcini": ["feed porcini", "sprats for the tomcat"],
        "Enoki": ["brush enoki"],
        "Polly": ["ring polly", "call the mushroom grower", "phone polly"],
        "Ade": ["drop ade a line", "send ade a text"],
        "Ade and Sorrel": ["message ade and sorrel"],
        "Sorrel": ["give sorrel a ring", "phone sorrel"],
        "Gaz": ["tell gaz his overalls are on the hook"],
        "Polly spawn": ["text polly about the spawn order"],
        "Hale": ["text hale about the night shift"],
        "Hale ring": ["give hale a ring", "phone hale"],
        "Hale lift": ["ask hale for a lift to the farmers market"],
        "Gaz ring": ["give gaz a ring", "phone gaz"],
        "Fogger": ["fogger on"],
        "Cellar fogger": ["cellar fogger on"],
        "Growroom heater": ["growroom heater on"],
        "Wood sorrel": ["pick the wood sorrel"],
        "Dry porcini": ["dry the porcini"],
        "Slice enoki": ["slice the enoki"],
        "Poly tunnel": ["vent the poly tunnel"],
        "Gas meter": ["read the gas meter"],
        "First aid": ["restock the first aid kit"],
        "Hail": ["cover the crates from the hail"],
        "Trays": ["how many trays has polly picked"],
        "Shelves": ["has ade disinfected the shelves"],
        "Netball": ["sorrel's netball at six"],
        "Boxing": ["gaz's boxing at seven"],
        "Hairnets": ["wash gaz's hairnets", "rinse gaz's hairnets"],
        "Spawn bags": ["count the spawn bags", "tally the spawn bags"],
        "Straw pellets": ["order more straw pellets", "restock the straw pellets"],
        "Cropping": ["cropping", "cropping day"],
        "Growroom": ["lock the growroom"],
        "Growroom light": ["growroom light on"],
        "Certificate": ["renew polly's organic certificate"],
        "Coir blocks": ["coir blocks"],
        "Casing soil": ["casing soil"],
        # long
        "Food festival": ["we're off to the food festival so feed porcini and give hale a "
                          "ring and lock the growroom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    LIGHTHOUSE: {
        "Surfing five": ["bobbie's surfing at five"],
        "Choir eight": ["tilly's choir at eight"],
        "Rotator off": ["rotator off"],
        "Lens rotator off": ["lens rotator off"],
        "Watchroom light off": ["watchroom light off"],
        "Unlock watchroom": ["unlock the watchroom"],
        "Rue lunch": ["text rue about the packed lunches"],
        "Honey": ["order more honey"],
        "Pillows": ["count the pillows"],
        "Gravy": ["stir the gravy"],
        "Shells": ["comb the shore for shells"],
        "Watchroom fan off": ["watchroom fan off"],
    },
    TUNER: {
        "Ballet five": ["mollie's ballet at five"],
        "Rugby seven": ["wylie's rugby at seven"],
        "Chaser off": ["chaser off"],
        "Damp chaser off": ["damp chaser off"],
        "Hayloft light off": ["hayloft light off"],
        "Unlock hayloft": ["unlock the hayloft"],
        "Cher exams": ["text cher about the exam dates"],
        "Strings": ["order more bass strings"],
        "Hammers": ["count the hammers"],
        "Pathetique": ["practise the pathetique sonata"],
        "Guppy": ["feed the guppy fish"],
        "Hayloft heater off": ["hayloft heater off"],
    },
    GROWER: {
        "Netball seven": ["sorrel's netball at seven"],
        "Boxing eight": ["gaz's boxing at eight"],
        "Fogger off": ["fogger off"],
        "Cellar fogger off": ["cellar fogger off"],
        "Growroom light off": ["growroom light off"],
        "Unlock growroom": ["unlock the growroom"],
        "Hale rota": ["text hale about the bank holiday rota"],
        "Oak chippings": ["order more oak chippings"],
        "Punnets": ["count the punnets"],
        "Water meter": ["read the water meter"],
        "Shiitake": ["slice the shiitake"],
        "Growroom heater off": ["growroom heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the lighthouse
    {"we're off to the lifeboat day so feed misty and give shaw a ring and lock the "
     "watchroom", "i'm leaving", "goodbye house", "feed misty", "give shaw a ring",
     "lock the watchroom"},
    {"feed misty", "kippers for the kitten", "feed the kitten"},
    {"ring rue", "call the landlady", "ring the landlady", "phone rue"},
    # the piano tuner's mews house
    {"we're off to the proms so feed sonata and give cher a ring and lock the hayloft",
     "i'm leaving", "goodbye house", "feed sonata", "give cher a ring", "lock the hayloft"},
    {"feed sonata", "carrots for the bunny", "feed the bunny"},
    {"ring noel", "call the piano tuner", "ring the piano tuner", "phone noel"},
    # the mushroom grower's cellar farm
    {"we're off to the food festival so feed porcini and give hale a ring and lock the "
     "growroom", "i'm leaving", "goodbye house", "feed porcini", "give hale a ring",
     "lock the growroom"},
    {"feed porcini", "sprats for the tomcat", "feed the tomcat"},
    {"ring polly", "call the mushroom grower", "ring the mushroom grower", "phone polly"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the kitten" where the kitten is Misty). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"misty", "ness", "rue", "shaw", "tilly", "tilly's", "bobbie", "bobbie's",
         "sonata", "noel", "ivory", "mollie", "mollie's", "wylie", "wylie's", "cher",
         "porcini", "enoki", "polly", "polly's", "ade", "sorrel", "sorrel's", "gaz", "gaz's",
         "hale"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a sauce's base, the edge of the sea, a paraffin lamp, a hair grip
    "rue": ("roux",), "shaw": ("shore",), "tilly": ("tilley",), "tilly's": ("tilley's",),
    "bobbie": ("bobby",), "bobbie's": ("bobby's",),
    # written as a carol, an aquarium fish, cunning, a portion
    "noel": ("nowell",), "mollie": ("molly",), "mollie's": ("molly's",),
    "wylie": ("wily",), "wylie's": ("wily's",), "cher": ("share",),
    # written as a plastic, help, a fuel, ice falling
    "polly": ("poly",), "polly's": ("poly's",),
    "ade": ("aid",), "gaz": ("gas",), "gaz's": ("gas's",),
    "hale": ("hail",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "rue" and "roux", "shaw" and "shore" (as a southern
English speaker says them), "tilly" and "tilley", "bobbie" and "bobby", "noel" and
"nowell", "mollie" and "molly", "wylie" and "wily", "cher" and "share", "polly" and
"poly", "ade" and "aid", "gaz" and "gas", "hale" and "hail" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "kippers": ("pilchards",), "kitten": ("puppy",), "brush": ("bathe",),
    "landlady": ("chambermaid",), "text": ("email",), "wetsuit": ("flippers",),
    "porch": ("boot room",), "fish": ("flower",), "market": ("stall",),
    "supper": ("cocoa",), "lifeboat": ("coastguard",), "station": ("hut",),
    "breakfast": ("afternoon tea",), "menu": ("prices",), "guest": ("staff",),
    "bookings": ("reviews",), "room": ("locker",), "keys": ("passes",),
    "rotator": ("shutter",), "lens": ("mirror",), "watchroom": ("boathouse",),
    "fan": ("vent",), "sea": ("land",), "walk": ("jog",), "stir": ("whisk",),
    "roux": ("custard",), "pump": ("light",), "tilley": ("storm lantern",),
    "buy": ("find",), "bobby": ("safety",), "pins": ("clips",), "comb": ("search",),
    "shore": ("dunes",), "driftwood": ("pebbles",), "rooms": ("beds",),
    "made": ("aired",), "linen": ("soap",), "delivery": ("order",),
    "arrived": ("shipped",), "surfing": ("sailing",), "choir": ("orchestra",),
    "polish": ("clean",), "buff": ("dust",), "brass": ("chrome",),
    "fittings": ("handles",), "count": ("stack",), "tally": ("sort",),
    "bath": ("tea",), "towels": ("flannels",), "marmalade": ("jam",),
    "changeover": ("checkout",), "sweep": ("hoover",), "beach": ("doormat",),
    "sand": ("grit",), "file": ("query",), "invoice": ("receipt",),
    "bunny": ("hamster",), "carrots": ("lettuce",), "piano": ("organ",),
    "tuner": ("teacher",), "blazer": ("tie",), "stairs": ("landing",),
    "music": ("sheet music",), "shop": ("library",), "running": ("cold",),
    "concert": ("village",), "hall": ("green",), "postcard": ("parcel",),
    "church": ("chapel",), "school": ("summer",), "recital": ("concert",),
    "chaser": ("blower",), "damp": ("dust",), "hayloft": ("cellar",),
    "heater": ("radio",), "pianos": ("organs",), "tuned": ("sold",),
    "play": ("sing",), "first": ("last",), "nowell": ("carol",), "felt": ("leather",),
    "ballet": ("tap",), "rugby": ("cricket",), "glue": ("clean",), "ivory": ("ebony",),
    "keytops": ("pedals",), "practise": ("record",), "moonlight": ("pathetique",),
    "sonata": ("nocturne",), "molly": ("guppy",), "outwit": ("shoo",),
    "wily": ("cheeky",), "squirrel": ("magpie",), "share": ("print",),
    "tuning": ("lesson",), "diary": ("calendar",), "oil": ("wipe",),
    "grease": ("wipe",), "hammer": ("lever",), "wrest": ("bridge",),
    "bushings": ("washers",), "key": ("pedal",), "regulating": ("voicing",), "cover": ("dust",),
    "grand": ("upright",), "metronome": ("music stand",), "forks": ("mutes",),
    "proms": ("eisteddfod",),
    "sprats": ("sardines",), "tomcat": ("kitten",), "mushroom": ("rhubarb",),
    "grower": ("picker",), "spawn": ("compost",), "order": ("delivery",),
    "night": ("early",), "shift": ("round",), "farmers": ("flea",),
    "fogger": ("sprinkler",), "cellar": ("loft",), "growroom": ("packroom",),
    "pick": ("pot",), "wood": ("french",), "sorrel": ("tarragon",), "dry": ("soak",),
    "porcini": ("morels",), "slice": ("trim",), "enoki": ("shiitake",),
    "vent": ("water",), "poly": ("glass",), "tunnel": ("house",), "read": ("check",),
    "gas": ("water",), "meter": ("tank",), "restock": ("check",), "aid": ("sewing",),
    "kit": ("tin",), "crates": ("trays",), "hail": ("frost",), "trays": ("boxes",),
    "picked": ("packed",), "shelves": ("racks",), "disinfected": ("scrubbed",),
    "netball": ("hockey",), "boxing": ("judo",), "wash": ("dry",), "rinse": ("air",),
    "hairnets": ("aprons",), "bags": ("jars",), "straw": ("oat",),
    "pellets": ("bales",), "cropping": ("bottling",), "renew": ("cancel",),
    "organic": ("hygiene",), "certificate": ("licence",), "coir": ("peat",),
    "blocks": ("sacks",), "casing": ("potting",), "soil": ("grit",),
    "food": ("beer",), "festival": ("fair",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("hot chocolate",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "birthday": ("christening",), "vacuum": ("mop",),
    "yoga": ("pilates",), "hallway": ("landing",),
    "fireplace": ("log burner",), "office": ("den",),
    "sunset": ("dusk",), "bedside": ("desk",), "laundry": ("mending",),
    "baby": ("toddler",), "homework": ("revision",), "washing": ("drying",),
    "bedroom": ("nursery",), "podcast": ("audiobook",), "story": ("lullaby",),
    "pool": ("pond",), "spa": ("beauty",),
    "study": ("sewing",), "focus": ("concentration",), "relax": ("unwind",),
    "vacation": ("half term",), "news": ("weather",), "guests": ("in-laws",),
    "quiet": ("noisy",),
    "reading": ("knitting",), "morning": ("lunchtime",), "evening": ("suppertime",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("bobbie's
surfing at twenty past five" for "bobbie's surfing at four", "feed the puppy"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_COUNTING = [
    ("eenty feenty", "figgery fell"),
    ("ickle ockle", "bluebottle"),
    ("ibble obble", "bibble bobble"),
    ("eena deena", "dina dass"),
    ("scinty tinty", "tethera methera"),
    ("hinty minty", "cuttery quee"),
    ("oozy woozy", "wibbly wubbly"),
    ("zeenty teenty", "heathery bethery"),
]
_SUMO = [
    "hakkeyoi", "nokotta", "matta", "mattanashi", "kamaete",
    "yoi, hakkeyoi", "nokotta, nokotta", "shobu ari",
]
_HENS = [
    "chook chook chook", "chuckie chuckie, my beauties", "here, henny wenny",
    "tchook tchook, biddies", "bawk bawk, here chickies", "coop coop coop",
    "cluckity, speckledy", "bantams, bantams, chookity",
]
_DRILL = [
    "platoon, atten-shun", "platoon, halt", "fix bayonets", "hup, hup, hup",
    "you miserable specimen", "corporal, parade's dismissed", "bayonets sheathed, platoon",
    "salute, sah",
]
_DOMINOES = [
    "i'm knocking", "that's the spinner", "tot that, muggsy", "she's chapping",
    "a blank doublet", "my bones are laid", "you've stymied me", "jumble the boneyard",
]

WRAPPERS: dict[str, list[str]] = {
    "a counting-out rhyme in the playground, said first": [
        f"{a}, {b}. {{}}" for a, b in _COUNTING[:6]
    ] + [f"{_COUNTING[6][0]}, {_COUNTING[6][1]}, then {{}}",
         f"{_COUNTING[7][0]}, {_COUNTING[7][1]}, oh and {{}}"],
    "a sumo referee's call on the telly, said first": [
        f"{_SUMO[0]}! {{}}", f"{_SUMO[1]}! {{}}", f"{_SUMO[2]}. {{}}",
        f"{_SUMO[3]}! {{}}", f"{_SUMO[4]}. {{}}", f"{_SUMO[5]}! {{}}",
        f"{_SUMO[6]}, then {{}}", f"{_SUMO[7]}, oh and {{}}",
    ],
    "calling the hens in for their corn, said first": [
        f"{_HENS[0]}! {{}}", f"{_HENS[1]}. {{}}", f"{_HENS[2]}! {{}}",
        f"{_HENS[3]}. {{}}", f"{_HENS[4]}! {{}}", f"{_HENS[5]}. {{}}",
        f"{_HENS[6]}, then {{}}", f"{_HENS[7]}, oh and {{}}",
    ],
    "a drill sergeant on the telly, said first": [
        f"{_DRILL[0]}! {{}}", f"{_DRILL[1]}! {{}}", f"{_DRILL[2]}! {{}}",
        f"{_DRILL[3]}. {{}}", f"{_DRILL[4]}. {{}}", f"{_DRILL[5]}! {{}}",
        f"{_DRILL[6]}, then {{}}", f"{_DRILL[7]}, oh and {{}}",
    ],
    "an ice hockey commentator on the telly, said after": [
        "{}, slapshot, stonewalled", "{}, the puck's loose in the crease",
        "{}, faceoff in their zone", "{}, a deke round the defenceman",
        "{}, a wrister, roofed", "{}, the goalie smothers it",
        "{} and, the enforcer's benched", "{} so, the zamboni's on",
    ],
    "a badminton commentator on the telly, said after": [
        "{}, a smash into the tramlines", "{}, shuttle's in", "{}, a feathery netshot",
        "{}, the danish shuttler falters", "{}, a lob to the baseline",
        "{}, the shuttlecock's feathers fray", "{} and, a springing smash",
        "{} so, a netshot from the indonesian",
    ],
    "a remark on a ship passing the window, said after": [
        "{}, there goes the dredger", "{}, look, a container ship",
        "{}, that trawler's steaming in", "{}, a tanker way offshore",
        "{}, ooh, a schooner", "{}, a bulk freighter, slowly",
        "{} and, a cruise liner", "{} so, the coaster's moored",
    ],
    "a dominoes game at the table, said after": [
        f"{{}}, {d}" for d in _DOMINOES[:6]
    ] + [f"{{}} and, {_DOMINOES[6]}", f"{{}} so, {_DOMINOES[7]}"],
    "between a drill sergeant's order and a dominoes call": [
        f"{s}! {{}}, {d}" for s, d in zip(_DRILL[:3], _DOMINOES[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_DRILL[3:5], _DOMINOES[3:5], strict=True)]
      + [f"{_DRILL[5]}! {{}}, {_DOMINOES[5]}",
         f"{_DRILL[6]}. {{}} and, {_DOMINOES[6]}",
         f"{_DRILL[7]}. {{}} so, {_DOMINOES[7]}"],
    "in the middle of a counting-out rhyme": [
        f"{a}, {{}}, {b}" for a, b in _COUNTING[:6]
    ] + [f"{_COUNTING[6][0]}, {{}} and, {_COUNTING[6][1]}",
         f"{_COUNTING[7][0]}, {{}} so, {_COUNTING[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYFOURTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("tuned",
"picked", "disinfected"; not "sea" where other phrases say it): a commentator's line
or a call at the table said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line",
            "postcard"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids", "play", "choir", "recital",
            "proms", "concert", "nowell", "sonata", "practise", "metronome"}
"""Requests anything chanted, called or shouted could bear on (its sound, music)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"surfing", "choir", "ballet", "rugby", "netball", "boxing", "proms"}
_RHYME = _SPEAKER | _SPORT | {"garden", "tilly", "bobbie", "mollie", "wylie", "sorrel",
                              "gaz", "tilly's", "bobbie's", "mollie's", "wylie's",
                              "sorrel's", "gaz's", "supper", "bath", "count", "tally",
                              "bunny", "kitten"}
"""Requests a child's counting-out rhyme could bear on (the children, their clubs and
play, a count, pets)."""
_REFEREE = _TELLY | _ASKED | _SPORT | {*_NUMBERS}
"""Requests a sumo referee's call could bear on (the telly, a bout, an answer)."""
_COOP = {"quiet", "loud", "noise", "sounds", "feed", "kippers", "carrots", "sprats",
         "kitten", "bunny", "tomcat", "misty", "ness", "sonata", "porcini", "enoki", "brush",
         "garden", "straw", "pellets", "fish", "molly", "squirrel", "wily", "wylie", "count",
         "tally", "crates", "hail", "pick", "supper"}
"""Requests calling hens in could bear on (animals and their food, the yard)."""
_PARADE = _TELLY | _CALLED | _ASKED | {"walk", "stairs", "polish", "buff", "brass",
                                       "fittings", "blazer", "lift", "keys", "lock",
                                       "unlock", "boxing", "rugby"}
"""Requests a drill sergeant's order could bear on (the telly, a march, kit to polish,
a halt)."""
_RINK = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "shelves",
                                               "blocks", "fish", "market", "hammer",
                                               "grease", "oil"}
"""Requests an ice hockey commentary could bear on (the telly, a score, a sport)."""
_COURT = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "glass",
                                                "sand", "beach", "pick", "cover", "fish"}
"""Requests a badminton commentary could bear on (the telly, a score, a sport)."""
_HARBOUR = _SAID_TO | _ASKED | {"sea", "misty", "shore", "shaw", "driftwood", "lifeboat",
                                "fish", "market", "beach", "sand", "rotator", "lens",
                                "watchroom", "tilley", "tilly", "kippers", "sprats",
                                "walk", "ness", "glass", "surfing", "wetsuit", "comb",
                                "pilot", "day"}
"""Requests a remark on a passing ship could bear on (the sea, the lighthouse's lamp,
what a boat brings in)."""
_BOARD = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "pins", "wrest", "keys",
                              "keytops", "ivory", "blocks", "book", "share", "diary",
                              "trays", "crates", "shelves"}
"""Requests a dominoes game could bear on (a count, the pieces, a score book)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a counting-out rhyme bears on the children, their play and a count)
    **{rhyme: _RHYME for rhyme in ("eenty", "ickle", "ibble", "eena", "scinty", "hinty",
                                   "oozy", "zeenty")},
    # (a sumo referee's call bears on the telly and the bout)
    **{call: _REFEREE for call in ("hakkeyoi", "nokotta", "matta", "mattanashi",
                                   "kamaete", "shobu")},
    # (calling the hens bears on animals, their food and the yard)
    **{hen: _COOP for hen in ("chook", "beauties", "henny", "tchook", "bawk", "coop",
                              "speckledy", "bantams")},
    # (a drill sergeant's order bears on the telly, marching and kit)
    **{order: _PARADE for order in ("atten", "platoon", "bayonets", "hup", "specimen",
                                    "corporal", "sah")},
    # (a commentator's line, a remark on a ship or a call at the table after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{puck: _RINK for puck in ("slapshot", "puck's", "faceoff", "deke", "wrister",
                                "goalie", "enforcer's", "zamboni's")},
    **{rally: _COURT for rally in ("tramlines", "shuttle's", "netshot", "shuttler",
                                   "baseline", "shuttlecock's", "springing smash")},
    **{ship: _HARBOUR for ship in ("dredger", "container ship", "trawler's", "tanker",
                                   "schooner", "bulk freighter", "cruise liner",
                                   "coaster's")},
    **{bone: _BOARD for bone in ("knocking", "spinner", "muggsy", "chapping", "doublet",
                                 "bones", "stymied", "boneyard")},
}
"""Clauses that would bear on a phrase with one of these words ("give tilly a ring"
beside a drill sergeant's order may be the telly's; "bobbie's surfing at four" before
a remark on a ship may be about the sea): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "eenty feenty, figgery fell. {}", "{}, slapshot, stonewalled",
    "hakkeyoi! {}", "{}, a smash into the tramlines",
    "chook chook chook! {}", "{}, there goes the dredger",
    "platoon, atten-shun! {}", "{}, i'm knocking",
    "ickle ockle, bluebottle. {}", "{}, the goalie smothers it",
    "hup, hup, hup. {}", "{} so, you've stymied me",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "here, henny wenny! {}", "{}, a tanker way offshore",
    "nokotta! {}", "{}, shuttle's in",
    "platoon, halt! {}", "{}, tot that, muggsy",
    "ibble obble, bibble bobble. {}", "{}, faceoff in their zone",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("fix bayonets"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("pigeon", "greyhound", "lifebuoy",
"crier") are never a wrapper's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_fortyfourth_data.py none of an
out-of-scope template)."""



FORTYFOURTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("watchroom", "watch room"), ("rotator", "rotater"), ("driftwood", "drift wood"),
    ("marmalade", "marmalaid"), ("changeover", "change over"), ("kippers", "kipers"),
    ("wetsuit", "wet suit"), ("lifeboat", "life boat"), ("landlady", "land lady"),
    ("fittings", "fittins"),
    ("hayloft", "hay loft"), ("metronome", "metranome"), ("keytops", "key tops"),
    ("regulating", "regulatin"), ("recital", "recitle"), ("squirrel", "squirell"),
    ("postcard", "post card"), ("sonata", "sonarta"), ("practise", "practice"),
    ("growroom", "grow room"), ("fogger", "foggar"), ("porcini", "porchini"),
    ("cropping", "croppin"), ("disinfected", "disinfectid"),
    ("hairnets", "hair nets"), ("certificate", "certifikit"), ("overalls", "over alls"),
    ("netball", "net ball"),
]
"""The forty-fourth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("lens rotator", "lensrotator"), ("bath towels", "bathtowels"),
         ("brass fittings", "brassfittings"), ("fish market", "fishmarket"),
         ("guest bookings", "guestbookings"), ("room keys", "roomkeys"),
         ("breakfast menu", "breakfastmenu"), ("beach sand", "beachsand"),
         ("linen invoice", "lineninvoice"), ("sea glass", "seaglass"),
         ("guest book", "guestbook"), ("changeover day", "changeoverday"),
         ("damp chaser", "dampchaser"), ("tuning forks", "tuningforks"),
         ("tuning hammer", "tuninghammer"), ("wrest pins", "wrestpins"),
         ("key bushings", "keybushings"), ("music shop", "musicshop"),
         ("concert hall", "concerthall"), ("grand piano", "grandpiano"),
         ("regulating day", "regulatingday"), ("tuning diary", "tuningdiary"),
         ("molly fish", "mollyfish"),
         ("cellar fogger", "cellarfogger"), ("spawn bags", "spawnbags"),
         ("straw pellets", "strawpellets"), ("coir blocks", "coirblocks"),
         ("casing soil", "casingsoil"), ("night shift", "nightshift"),
         ("spawn order", "spawnorder"), ("farmers market", "farmersmarket"),
         ("gas meter", "gasmeter"), ("poly tunnel", "polytunnel"),
         ("cropping day", "croppingday"), ("food festival", "foodfestival")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"watchroom": "watch-room", "hayloft": "hay-loft", "growroom": "grow-room",
             "wetsuit": "wet-suit", "keytops": "key-tops", "practise": "practice"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortyfourth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a coaster shaped like a {w}", "what's {w} in scots gaelic, roughly",
        "doodle a {w} on the back of an envelope", "are {w} cheaper at the cash and carry",
        "hunt down a secondhand {w} at the car boot",
        "how heavy is a {w} in kilograms",
        "make up a daft limerick about a {w}", "spell {w} backwards in german",
    ],
    "routine command": [
        "wipe {p} from your list for good", "talk me through what {p} does",
        "think up a zippier nickname for {p}", "copy {p} over to the allotment shed",
        "limit {p} to bin days", "give a little jingle each time {p} starts",
        "who's been fiddling with {p}", "could {p} be a smidge gentler",
    ],
    "word order": [
        "{b} before {a}, back to front", "{b} leaves {a} standing, no contest",
        "turn {a} and {b} about, ta", "forget the {a}, double the {b}",
        "{a} in front of {b}, or maybe not", "a skipful of {b}, a pinch of {a}",
    ],
    "negation": [
        "give {p} a rest tonight, pet", "i'd sooner you didn't {p} while nana's dozing",
        "absolutely no {p}, my love", "don't start {p} while i'm at the chiropodist's",
        "nah, park {p} for now", "hold your horses, no {p} before elevenses",
    ],
    "cancellation": [
        "park {p} till the cousins from hull have gone",
        "{p} can wait till the chimney sweep's finished",
        "scrap {p} for the fortnight of the eisteddfod", "hold off {p} until the roofers leave",
        "we'll skip {p} over the whitsun weekend", "put {p} on hold until candlemas",
    ],
    "state question": [
        "is {p} going as we speak", "is {p} halfway through or done",
        "did {p} go without a hitch before lunch", "has {p} packed in or is it still going",
        "has anybody done {p} since breakfast", "did {p} happen the tuesday before last",
    ],
    "past or story": [
        "the winter the boiler froze {p} gave up as well",
        "in the drought {p} went haywire",
        "my godmother swore by {p} every lammas",
        "at the ruby wedding {p} went on past two in the morning",
        "that whole autumn {p} was on the blink",
        "when we lodged in whitby we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the postie muttered {p} at the gate", "a busker by the station crooned {p}",
        "my stepdad signs off every text with {p}",
        "a girl on the ferry whispered {p}",
        "the dinner lady at the infants hollered {p}",
        "our roofer sings {p} while he nails the slates",
    ],
    "contrast": [
        "{p} is only for when my sister brings the twins up from devon",
        "we only {p} when auntie visits from truro",
        "{p} is a once-a-year thing round here", "{p} is strictly a boxing day tradition",
        "we only {p} when the pancake race is on",
        "{p} is saved for when the vicar drops by",
    ],
    "hypothetical": [
        "say i wrote you a sonnet pleading with you to {p}",
        "should i ever hanker after {p}, could you manage it",
        "just in theory, could you {p}",
        "if {p} kicked off at four in the morning would the lodgers grumble",
        "imagine {p} starting up in a gale",
        "what would you do if the milkman's grandma asked you to {p}",
    ],
    "complaint": [
        "{p} has been driving me round the bend since dawn",
        "{p} let us down again at the street party",
        "{p} has been hopeless since the electrician came",
        "i'm sick and tired of {p} since the clocks went back",
        "{p} is a right pain lately", "{p} keeps fizzling out halfway",
    ],
    "opinion": [
        "{p} is the cat's pyjamas, hand on heart", "i'm dead pleased with {p}, truth be told",
        "{p} is a lifesaver, cross my heart and hope to die",
        "{p} has made drizzly mondays tolerable",
        "{p} is the niftiest gadget on our street", "{p} is top notch, no kidding",
    ],
    "reminder for later": [
        "remind me to {p} when i'm home from aqua aerobics",
        "nag me about {p} after the quiz",
        "make sure i remember to {p} on friday night",
        "jog my memory to {p} later tonight",
        "put {p} on sunday's list", "give me a prod about {p} during the adverts",
    ],
    "permission question": [
        "is my niece's boyfriend allowed to {p}",
        "is the cleaner's daughter permitted to {p}",
        "would the plumber be allowed to {p} on his own",
        "is my godson allowed to {p} when he visits",
        "can the lodger's girlfriend {p} without asking",
        "is the lass from over the road allowed to {p}",
    ],
    # the forty-fourth's own
    "a racing pigeon named it": [
        "our racing pigeon is called {p}",
        "grandad's best racing pigeon was named {p}",
        "{p} is the racing pigeon that flew home from france",
        "she bred a racing pigeon and named it {p}",
        "there's a racing pigeon at the club named {p}",
        "who'd call a racing pigeon {p}",
    ],
    "a greyhound named it": [
        "the greyhound in the red jacket is called {p}",
        "we adopted a retired greyhound named {p}",
        "{p} is the greyhound that won at romford",
        "my uncle owned a greyhound called {p}",
        "there's a greyhound at the rescue centre named {p}",
        "why would you name a greyhound {p}",
    ],
    "a lighthouse named it": [
        "the lighthouse on the point is called {p}",
        "they named the new lighthouse {p}",
        "{p} is the name of the lighthouse off the island",
        "the lighthouse in the painting was called {p}",
        "there's a lighthouse up the coast named {p}",
        "who names a lighthouse {p}",
    ],
    "painted on a lifebuoy": [
        "{p} is painted on the lifebuoy by the harbour steps",
        "someone painted {p} on the lifebuoy",
        "the lifebuoy on the pier has {p} painted on it",
        "they painted {p} on every lifebuoy along the prom",
        "there's a lifebuoy in the boathouse with {p} painted on it",
        "why paint {p} on a lifebuoy",
    ],
    "running through a stick of rock": [
        "the stick of rock from blackpool says {p} all the way through",
        "they make a stick of rock with {p} running through it",
        "{p} runs right through the stick of rock she brought back",
        "my nan bought a stick of rock that says {p}",
        "there's a stick of rock in the sweet shop with {p} through the middle",
        "who'd put {p} through a stick of rock",
    ],
    "a fisherman's tall tale about it": [
        "the old fisherman swears {p} saved him from a whale",
        "a fisherman down the quay tells a tall tale about {p} and a giant eel",
        "{p} is in every tall tale the fisherman tells at the pub",
        "the fisherman's tall tale had {p} fighting off a shark",
        "there's a fisherman at the bar with a tall tale about {p}",
        "did you believe the fisherman's tall tale about {p}",
    ],
    "a question to a tour guide about it": [
        "excuse me, guide, did the victorians have {p}",
        "we asked the tour guide whether {p} was original",
        "the tour guide got asked what {p} meant",
        "can the tour guide tell us who started {p}",
        "i'll ask the tour guide about {p} at the end",
        "is {p} something the tour guide would know about",
    ],
    "a child denying they said it": [
        "i never said {p}, it was my sister",
        "it wasn't me who said {p}, honest",
        "{p}? i didn't say that, mum",
        "my son swears he never said {p}",
        "no i did not say {p}, that was him",
        "she's adamant she never said {p}",
    ],
    "a town crier calling it out": [
        "the town crier shouted {p} in the square",
        "oyez, oyez, the town crier called {p}",
        "{p} was what the town crier bellowed at the carnival",
        "the town crier at the fete cried {p}",
        "there's a town crier on the high street calling {p}",
        "why is the town crier yelling {p}",
    ],
    "an untaught request joined to it by and": [
        "{p} and sharpen the carving knives",
        "{p} and defrost the chest freezer",
        "descale the shower head and {p}",
        "{p} and cancel the milk",
        "unblock the sink and {p}",
        "{p} and iron my good shirt",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} tortilla press", "{} spaetzle maker", "{} muffin tin", "{} gravy separator",
    "{} olive pitter", "{} crab cracker", "{} herb mezzaluna", "{} raclette grill",
    "{} swizzle stick", "{} cherry stoner",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the forty-seventh held-out resolver set
(benchmarks/_resolver_fortyseventh.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a cooper's cottage with the
cask shed in the brewery yard, where Minti makes casks, with her wife Lilli, their son
Frosti, their daughter Daisie, a cat Stave and a terrier Bung (seed 470); a rope maker's
cottage beside the ropewalk, where Sallie makes rope, with her husband Jazzi, their son
Sooti, their daughter Silki, a cat Hawser and a whippet Twine (471); and a taxidermist's
flat above the natural history shop, where Luckie mounts specimens, with his wife Fluffi,
their daughters Scruffi and Bubbli, a cat Plinth and a spaniel Dome (472). Its people
and pets are named in ways no earlier set names them: after a cask's part ("feed stave"
beside "shave the warped stave", "brush bung" beside "knock in the cask bung"), a rope's
kind or a cord ("feed hawser" beside "coil the mooring hawser", "brush twine" beside
"buy more garden twine") or a mount's part ("feed plinth" beside "varnish the walnut
plinth", "brush dome" beside "polish the glass dome"); and with names a recogniser
writes as another word in new ways: as a flavour ("minti" as "minty", beside "buy the
minty toothpaste"), as a flower of the pond ("lilli" as "lily", beside "water the lily
pond"), as icy ("frosti" as "frosty", beside "scrape the frosty windscreen"), as a flower
of the lawn ("daisie" as "daisy", beside "weed the daisy patch"), as a bun ("sallie" as
"sally", beside "toast the sally lunn buns"), as loud in pattern ("jazzi" as "jazzy",
beside "iron the jazzy waistcoat"), as grimy with soot ("sooti" as "sooty", beside "scrub
the sooty grate"), as smooth ("silki" as "silky", beside "hand wash the silky scarf"),
as fortunate ("luckie" as "lucky", beside "hang the lucky horseshoe"), as soft ("fluffi"
as "fluffy", beside "wash the fluffy towels"), as unkempt ("scruffi" as "scruffy",
beside "trim the scruffy hedge") and as fizzy wine ("bubbli" as "bubbly", beside "chill
the bubbly"). A name that is also a word of another phrase of its home ("stave", "bung",
"hawser", "twine", "plinth", "dome") has no other spelling, so the word is never respelt
as the name. Each teaches 22 of its own routines with the generic pool; the rest of its
own pool, and the siblings in ``UNTAUGHT`` ("frosti's football at five" beside "frosti's
football at four", "brazier off" beside "brazier on"), are never taught there. Phrases
come in every shape: one word ("charring", "laying", "mounting"), two nouns ("croze
blades", "bell ropes", "wood wool"), nested ("brazier on" inside "cask brazier on",
"spinner on" inside "rope spinner on", "tumbler on" inside "hide tumbler on"), words
shared across phrases ("lock the caskshed" and "caskshed light on", "feed stave" and
"shave the warped stave"), numbers and times ("frosti's football at four", "bubbli's
swimming at six"), places ("caskshed fan on", "ropewalk heater on", "preproom fan on"),
verbs first ("scrub the sooty grate", "chill the bubbly") and nouns first ("coley
for the tabby"), questions ("how many casks are hooped", "how many coils are spliced",
"how many specimens are mounted"), and a chore of several clauses ("we're off to the
regatta so feed hawser and give silki a ring and lock the ropewalk").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("minty" for "minti", "sally" for "sallie", "lucky" for "luckie"): the same person, so
"phone minty" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a pilot's pre-flight checklist read aloud first
("mixture rich, magnetos checked. X"), a scat singer on the radio first, one word no
dictionary of the speaker's has ("shoobeedoowop! X"), calling the ducks in for the night
first ("quackies, quackies! X"), a conductor at band practice first ("tutti,
fortissimo! X"), a weightlifting commentator on the telly after ("X, the snatch
stands"), a baseball commentator on the telly after ("X, a curveball"), a remark on a
fox cub in the garden after ("X, oh look, a fox cub"), a croquet game on the lawn after
("X, through the hoop"); the phrase between a conductor's call and a croquet call
("tutti, fortissimo! X, through the hoop"), and the phrase said in the middle of a
pilot's pre-flight checklist, which goes on after it ("mixture rich, X, magnetos
checked"). Some are joined with "and", "so", "then" or "oh and". No word of a clause but
its function words is a word of this set's pools or the
generic pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a yacht named it, a ferret named it, a brass band
march called it, embroidered on a quilt, stamped on a parcel, chalked on a pub
blackboard, asking a gallery attendant about a painting called it, the father of the
bride's speech quoting it, forbidden by the doctor's orders, and the phrase with an
untaught request joined by "plus".
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

COOPER = "cooper's cottage with the cask shed in the brewery yard"
ROPEMAKER = "rope maker's cottage beside the ropewalk"
TAXIDERMIST = "taxidermist's flat above the natural history shop"
HOMES: dict[int, str] = {470: COOPER, 471: ROPEMAKER, 472: TAXIDERMIST}

FORTYSEVENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    COOPER: {
        "Stave": ["feed stave", "coley for the tabby"],
        "Bung": ["brush bung"],
        "Minti": ["ring minti", "call the cooper", "phone minti"],
        "Lilli": ["drop lilli a line", "send lilli a text"],
        "Lilli and Daisie": ["message lilli and daisie"],
        "Daisie": ["give daisie a ring", "give daisie a bell", "call daisie back"],
        "Frosti": ["tell frosti his football boots are in the scullery"],
        "Frosti ring": ["give frosti a ring", "phone frosti"],
        "Frosti lift": ["ask frosti for a lift to the maltings"],
        "Daisie pasta": ["tell daisie her pasta bake is ready"],
        "Daisie lift": ["ask daisie for a lift to the hop farm"],
        "Minti rota": ["text minti about the dray rota"],
        "Lilli tickets": ["text lilli about the beer festival tickets"],
        "Lilli ring": ["give lilli a ring", "ring lilli back"],
        "Minti keys": ["ask minti for the bonded store keys"],
        "Brazier": ["brazier on"],
        "Cask brazier": ["cask brazier on"],
        "Caskshed fan": ["caskshed fan on"],
        "Stave shave": ["shave the warped stave"],
        "Cask bung": ["knock in the cask bung"],
        "Minty": ["buy the minty toothpaste"],
        "Lily": ["water the lily pond"],
        "Frosty": ["scrape the frosty windscreen"],
        "Daisy": ["weed the daisy patch"],
        "Casks": ["how many casks are hooped"],
        "Dray": ["has the brewer's dray arrived"],
        "Football": ["frosti's football at four"],
        "Guides": ["daisie's guides at seven"],
        "Cooperage": ["sweep the cooperage", "hose the cooperage"],
        "Hoops": ["count the barrel heads", "tally the barrel heads"],
        "Rivets": ["order more barrel rivets", "restock the barrel rivets"],
        "Charring": ["charring", "charring night"],
        "Caskshed": ["lock the caskshed"],
        "Caskshed light": ["caskshed light on"],
        "Adze": ["sharpen the cooper's adze"],
        "Cask register": ["file the cask register"],
        "Croze blades": ["croze blades"],
        "Flag rushes": ["flag rushes"],
        # long
        "Beer festival": ["we're off to the beer festival so feed stave and give daisie a "
                          "ring and lock the caskshed"],
    },
    ROPEMAKER: {
        "Hawser": ["feed hawser", "kippers for the moggy"],
        "Twine": ["brush twine"],
        "Sallie": ["ring sallie", "call the rope maker", "phone sallie"],
        "Jazzi": ["drop jazzi a line", "send jazzi a text"],
        "Jazzi and Sooti": ["message jazzi and sooti"],
        "Sooti": ["give sooti a ring", "phone sooti"],
        "Silki": ["tell silki her leotard is in her kitbag"],
        "Silki ring": ["give silki a bell", "phone silki"],
        "Silki lift": ["ask silki for a lift to the harbour"],
        "Sooti pie": ["tell sooti his shepherd's pie is ready"],
        "Sallie and Silki": ["message sallie and silki"],
        "Sallie lift": ["ask sallie for a lift to the chandlery"],
        "Jazzi card": ["send jazzi a get well card"],
        "Sallie hemp": ["text sallie about the hemp order"],
        "Jazzi fundraiser": ["text jazzi about the lifeboat fundraiser"],
        "Jazzi ring": ["give jazzi a ring", "phone jazzi back"],
        "Spinner": ["spinner on"],
        "Rope spinner": ["rope spinner on"],
        "Ropewalk heater": ["ropewalk heater on"],
        "Coils": ["how many coils are spliced"],
        "Hemp bale": ["has the hemp bale arrived"],
        "Scouts": ["sooti's sea scouts at four"],
        "Gymnastics": ["silki's gymnastics at six"],
        "Hawser coil": ["coil the mooring hawser"],
        "Garden twine": ["buy more garden twine"],
        "Sally": ["toast the sally lunn buns"],
        "Jazzy": ["iron the jazzy waistcoat"],
        "Sooty": ["scrub the sooty grate"],
        "Silky": ["hand wash the silky scarf"],
        "Tar": ["stir the stockholm tar", "heat the stockholm tar"],
        "Strands": ["count the yarn strands", "tally the yarn strands"],
        "Whipping": ["order more whipping cord", "restock the whipping cord"],
        "Laying": ["laying", "laying day"],
        "Ropewalk": ["lock the ropewalk"],
        "Ropewalk light": ["ropewalk light on"],
        "Tar shed": ["sweep the tar loft"],
        "Splicing fids": ["splicing fids"],
        "Bell ropes": ["bell ropes"],
        # long
        "Regatta": ["we're off to the regatta so feed hawser and give silki a ring and "
                    "lock the ropewalk"],
    },
    TAXIDERMIST: {
        "Plinth": ["feed plinth", "mackerel for the tortoiseshell"],
        "Dome": ["brush dome"],
        "Luckie": ["ring luckie", "call the taxidermist", "phone luckie"],
        "Fluffi": ["drop fluffi a line", "send fluffi a text"],
        "Fluffi and Scruffi": ["message fluffi and scruffi"],
        "Scruffi": ["give scruffi a ring", "phone scruffi"],
        "Bubbli anorak": ["tell bubbli her anorak is under the stairs"],
        "Luckie eyes": ["text luckie about the glass eyes"],
        "Bubbli": ["text bubbli about the swimming gala"],
        "Bubbli ring": ["give bubbli a ring", "phone bubbli"],
        "Bubbli lift": ["ask bubbli for a lift to the museum"],
        "Fluffi and Bubbli": ["message fluffi and bubbli"],
        "Tumbler": ["tumbler on"],
        "Hide tumbler": ["hide tumbler on"],
        "Preproom fan": ["preproom fan on"],
        "Walnut plinth": ["varnish the walnut plinth"],
        "Glass dome": ["polish the glass dome"],
        "Lucky": ["hang the lucky horseshoe"],
        "Fluffy": ["wash the fluffy towels"],
        "Scruffy": ["trim the scruffy hedge"],
        "Bubbly": ["chill the bubbly"],
        "Specimens": ["how many specimens are mounted"],
        "Pheasant": ["has the pheasant been collected"],
        "Swimming": ["bubbli's swimming at six"],
        "Judo": ["scruffi's judo at seven"],
        "Display cases": ["dust the display cases", "wipe the display cases"],
        "Eyes": ["count the glass eyes", "tally the glass eyes"],
        "Borax": ["order more borax", "restock the borax"],
        "Mounting": ["mounting", "mounting evening"],
        "Preproom": ["lock the preproom"],
        "Preproom light": ["preproom light on"],
        "Specimen freezer": ["label the specimen freezer"],
        "Guild": ["renew luckie's guild membership"],
        "Wood wool": ["wood wool"],
        "Ear liners": ["ear liners"],
        # long
        "Antiques fair": ["we're off to the antiques fair so feed plinth and give scruffi a "
                          "ring and lock the preproom"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    COOPER: {
        "Football five": ["frosti's football at five"],
        "Guides eight": ["daisie's guides at eight"],
        "Brazier off": ["brazier off"],
        "Cask brazier off": ["cask brazier off"],
        "Caskshed light off": ["caskshed light off"],
        "Unlock caskshed": ["unlock the caskshed"],
        "Minti holidays": ["text minti about the cellar rota"],
        "Nails": ["order more copper nails"],
        "Heads": ["count the barrel lids"],
        "Chime": ["shave the warped chime"],
        "Rose patch": ["weed the rose patch"],
        "Caskshed fan off": ["caskshed fan off"],
    },
    ROPEMAKER: {
        "Scouts five": ["sooti's sea scouts at five"],
        "Gymnastics seven": ["silki's gymnastics at seven"],
        "Spinner off": ["spinner off"],
        "Rope spinner off": ["rope spinner off"],
        "Ropewalk light off": ["ropewalk light off"],
        "Unlock ropewalk": ["unlock the ropewalk"],
        "Sallie flax": ["text sallie about the flax order"],
        "Marline": ["order more marline"],
        "Thimbles": ["count the rope thimbles"],
        "Cheese scones": ["toast the cheese scones"],
        "Tweed": ["iron the tweed waistcoat"],
        "Ropewalk heater off": ["ropewalk heater off"],
    },
    TAXIDERMIST: {
        "Swimming seven": ["bubbli's swimming at seven"],
        "Judo eight": ["scruffi's judo at eight"],
        "Tumbler off": ["tumbler off"],
        "Hide tumbler off": ["hide tumbler off"],
        "Preproom light off": ["preproom light off"],
        "Unlock preproom": ["unlock the preproom"],
        "Bubbli trip": ["text bubbli about the geography trip"],
        "Arsenic soap": ["order more tanning salt"],
        "Antlers": ["count the antler mounts"],
        "Oak plinth": ["varnish the oak plinth"],
        "Hand towels": ["wash the hand towels"],
        "Preproom fan off": ["preproom fan off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the cooper's cottage
    {"we're off to the beer festival so feed stave and give daisie a ring and lock the "
     "caskshed", "i'm leaving", "goodbye house", "feed stave", "give daisie a ring",
     "lock the caskshed"},
    {"feed stave", "coley for the tabby", "feed the tabby"},
    {"ring minti", "call the cooper", "ring the cooper", "phone minti"},
    # the rope maker's cottage
    {"we're off to the regatta so feed hawser and give silki a ring and lock the "
     "ropewalk", "i'm leaving", "goodbye house", "feed hawser", "give silki a ring",
     "lock the ropewalk"},
    {"feed hawser", "kippers for the moggy", "feed the moggy"},
    {"ring sallie", "call the rope maker", "ring the rope maker", "phone sallie"},
    # the taxidermist's flat
    {"we're off to the antiques fair so feed plinth and give scruffi a ring and lock the "
     "preproom", "i'm leaving", "goodbye house", "feed plinth", "give scruffi a ring",
     "lock the preproom"},
    {"feed plinth", "mackerel for the tortoiseshell", "feed the tortoiseshell"},
    {"ring luckie", "call the taxidermist", "ring the taxidermist", "phone luckie"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the tabby" where the tabby is Stave). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"stave", "bung", "minti", "lilli", "frosti", "frosti's", "daisie", "daisie's",
         "hawser", "twine", "sallie", "jazzi", "sooti", "sooti's", "silki", "silki's",
         "plinth", "dome", "luckie", "luckie's", "fluffi", "scruffi", "scruffi's",
         "bubbli", "bubbli's"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a flavour, a flower of the pond, icy, a flower of the lawn
    "minti": ("minty",), "lilli": ("lily",), "frosti": ("frosty",),
    "frosti's": ("frosty's",), "daisie": ("daisy",), "daisie's": ("daisy's",),
    # written as a bun, loud in pattern, grimy with soot, smooth
    "sallie": ("sally",), "jazzi": ("jazzy",), "sooti": ("sooty",), "sooti's": ("sooty's",),
    "silki": ("silky",), "silki's": ("silky's",),
    # written as fortunate, soft, unkempt, fizzy wine
    "luckie": ("lucky",), "luckie's": ("lucky's",), "fluffi": ("fluffy",),
    "scruffi": ("scruffy",), "scruffi's": ("scruffy's",), "bubbli": ("bubbly",),
    "bubbli's": ("bubbly's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "minti" and "minty", "lilli" and "lily", "frosti" and
"frosty", "daisie" and "daisy", "sallie" and "sally", "jazzi" and "jazzy", "sooti" and
"sooty", "silki" and "silky", "luckie" and "lucky", "fluffi" and "fluffy", "scruffi" and
"scruffy", "bubbli" and "bubbly" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "coley": ("mussels",), "tabby": ("kitten",), "brush": ("bathe",),
    "lock": ("bolt",), "cooper": ("brewer",), "text": ("email",),
    "football": ("rugby",), "boots": ("socks",), "scullery": ("attic",),
    "maltings": ("bowling green",), "pasta": ("fish pie",), "bake": ("salad",),
    "hop": ("fruit",), "farm": ("market",), "dray": ("bottling",), "rota": ("timetable",),
    "beer": ("folk",), "festival": ("night",), "tickets": ("wristbands",),
    "bonded": ("bottle",), "store": ("cellar",), "keys": ("codes",),
    "brazier": ("burner",), "cask": ("vat",), "caskshed": ("bottle store",),
    "fan": ("vent",), "shave": ("plane",), "warped": ("split",), "stave": ("lid",),
    "knock": ("ease",), "bung": ("tap",), "buy": ("return",), "minty": ("fennel",),
    "toothpaste": ("mouthwash",), "lily": ("fish",), "pond": ("trough",),
    "scrape": ("wipe",), "frosty": ("muddy",), "windscreen": ("mirror",),
    "weed": ("mow",), "daisy": ("clover",), "patch": ("verge",), "casks": ("kegs",),
    "hooped": ("charred",), "brewer's": ("milkman's",), "guides": ("brownies",),
    "sweep": ("mop",), "cooperage": ("brewhouse",), "hose": ("scrub",),
    "count": ("stack",), "tally": ("sort",), "barrel": ("tub",), "heads": ("lids",),
    "copper": ("brass",),
    "rivets": ("washers",), "charring": ("bottling",), "sharpen": ("oil",),
    "adze": ("drawknife",), "file": ("check",), "register": ("ledger",),
    "croze": ("chisel",), "blades": ("handles",), "flag": ("bull",),
    "rushes": ("reeds",), "hawser": ("anchor",),
    "kippers": ("whitebait",), "moggy": ("ratter",), "twine": ("wire",),
    "rope": ("net",), "maker": ("mender",), "leotard": ("tracksuit",),
    "kitbag": ("locker",), "harbour": ("lido",), "shepherd's": ("cottage",),
    "pie": ("stew",), "chandlery": ("boatyard",), "get": ("thank",),
    "well": ("you",), "card": ("parcel",), "hemp": ("sisal",), "order": ("invoice",),
    "lifeboat": ("hospice",), "fundraiser": ("quiz",), "spinner": ("winder",),
    "ropewalk": ("net loft",), "heater": ("radio",), "coils": ("hanks",),
    "spliced": ("whipped",), "bale": ("sack",), "sea": ("air",), "scouts": ("cadets",),
    "gymnastics": ("trampolining",), "coil": ("stow",), "mooring": ("towing",),
    "garden": ("parcel",), "toast": ("butter",), "sally": ("bath",), "lunn": ("oliver",),
    "buns": ("biscuits",), "iron": ("press",), "jazzy": ("tweed",),
    "waistcoat": ("cardigan",), "scrub": ("blacklead",), "sooty": ("greasy",),
    "grate": ("hob",), "hand": ("machine",), "wash": ("dry",), "silky": ("woolly",),
    "scarf": ("gloves",), "stir": ("skim",), "heat": ("cool",), "stockholm": ("pine",),
    "tar": ("resin",), "yarn": ("flax",), "strands": ("bobbins",),
    "whipping": ("sail",), "cord": ("thread",), "laying": ("tarring",),
    "day": ("week",), "loft": ("cellar",), "splicing": ("sewing",), "fids": ("needles",),
    "bell": ("flag",), "ropes": ("halyards",), "regatta": ("carnival",),
    "mackerel": ("sprats",), "tortoiseshell": ("persian",), "dome": ("case",),
    "taxidermist": ("framer",), "anorak": ("satchel",), "stairs": ("sink",),
    "glass": ("enamel",), "eyes": ("claws",), "swimming": ("diving",), "gala": ("trials",),
    "museum": ("aquarium",), "tumbler": ("drum",), "hide": ("fur",), "preproom": ("darkroom",),
    "varnish": ("sand",), "walnut": ("ebony",), "plinth": ("frame",),
    "polish": ("dust",), "hang": ("oil",), "lucky": ("rusty",), "horseshoe": ("lantern",),
    "fluffy": ("tea",), "towels": ("flannels",), "trim": ("lay",), "scruffy": ("beech",),
    "hedge": ("lawn",), "chill": ("pour",), "bubbly": ("lemonade",),
    "specimens": ("birds",), "mounted": ("boxed",), "pheasant": ("badger",),
    "collected": ("delivered",), "judo": ("karate",), "dust": ("wipe",),
    "display": ("shop",), "cases": ("shelves",), "borax": ("alum",),
    "mounting": ("skinning",), "evening": ("morning",), "label": ("empty",),
    "specimen": ("chest",), "freezer": ("fridge",), "renew": ("cancel",),
    "guild": ("union",), "membership": ("subscription",), "wood": ("steel",),
    "wool": ("wire",), "ear": ("nose",), "liners": ("clamps",),
    "antiques": ("craft",), "fair": ("market",),
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
    "reading": ("knitting",),
    "bedtime": ("bathtime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("frosti's
football at twenty past five" for "frosti's football at four", "feed the kitten"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_CHECKLIST = [
    ("mixture rich", "magnetos checked"),
    ("altimeter zeroed", "transponder squawking"),
    ("harnesses fastened", "gyro aligned"),
    ("ailerons checked", "rudder checked"),
    ("compass swung", "yoke checked"),
    ("throttle primed", "avionics powered"),
    ("strobes flashing", "mixture rich"),
    ("magnetos checked", "harnesses fastened"),
]
_SCAT = [
    "shoobeedoowop", "skeedeedat", "bopshebam", "doobeedoobee", "zabadabadoo",
    "skiddlydat, skiddlydat", "oobopshebam", "shabadoo",
]
_DUCKS = [
    "quackies, quackies", "muscovy, muscovy", "drakes, dabblers", "duckies, duckies",
    "pekins, pekins", "mallards, mallards", "aylesburys, quackies",
    "khaki campbells, duckies",
]
_CONDUCTOR = [
    "tutti, fortissimo", "upbeat, oboes", "sforzando, strings", "cellos, rallentando",
    "timpani, diminuendo", "staccato, bassoons", "accelerando, trombones", "legato, violas",
]
_CROQUET = [
    "through the hoop", "a roquet", "croqueted, thwack", "a peel, clonk", "in the jaws",
    "a bisque", "the rover's peeled", "mallet clonk",
]

WRAPPERS: dict[str, list[str]] = {
    "a pilot's pre-flight checklist read aloud, said first": [
        f"{a}, {b}. {{}}" for a, b in _CHECKLIST[:6]
    ] + [f"{_CHECKLIST[6][0]}, {_CHECKLIST[6][1]}, then {{}}",
         f"{_CHECKLIST[7][0]}, {_CHECKLIST[7][1]}, oh and {{}}"],
    "a scat singer on the radio, said first": [
        f"{_SCAT[0]}! {{}}", f"{_SCAT[1]}! {{}}", f"{_SCAT[2]}. {{}}",
        f"{_SCAT[3]}! {{}}", f"{_SCAT[4]}. {{}}", f"{_SCAT[5]}! {{}}",
        f"{_SCAT[6]}, then {{}}", f"{_SCAT[7]}, oh and {{}}",
    ],
    "calling the ducks in for the night, said first": [
        f"{_DUCKS[0]}! {{}}", f"{_DUCKS[1]}. {{}}", f"{_DUCKS[2]}! {{}}",
        f"{_DUCKS[3]}. {{}}", f"{_DUCKS[4]}! {{}}", f"{_DUCKS[5]}. {{}}",
        f"{_DUCKS[6]}, then {{}}", f"{_DUCKS[7]}, oh and {{}}",
    ],
    "a conductor at band practice, said first": [
        f"{_CONDUCTOR[0]}! {{}}", f"{_CONDUCTOR[1]}! {{}}", f"{_CONDUCTOR[2]}! {{}}",
        f"{_CONDUCTOR[3]}. {{}}", f"{_CONDUCTOR[4]}. {{}}", f"{_CONDUCTOR[5]}! {{}}",
        f"{_CONDUCTOR[6]}, then {{}}", f"{_CONDUCTOR[7]}, oh and {{}}",
    ],
    "a weightlifting commentator on the telly, said after": [
        "{}, the snatch stands", "{}, a jerk, lockout",
        "{}, jerked, disallowed", "{}, the barbell's sagging",
        "{}, a pressout, disallowed", "{}, the lifter's snatched",
        "{} and, the lifter's grimacing", "{} so, the lifter's grunting",
    ],
    "a baseball commentator on the telly, said after": [
        "{}, a curveball", "{}, the shortstop fumbles",
        "{}, a fastball, fouled", "{}, a slider, fielded",
        "{}, a homer", "{}, the pitcher's stretching",
        "{} and, a bunt, fielded", "{} so, the outfield's shifting",
    ],
    "a remark on a fox cub in the garden, said after": [
        "{}, oh look, a fox cub", "{}, the vixen's sniffing",
        "{}, look, he's pouncing on beetles", "{}, the cubs are tussling",
        "{}, what a scamp", "{}, the vixen's gnawing a slipper",
        "{} and, the cub's yawning", "{} so, he's nosing for earthworms",
    ],
    "a croquet game on the lawn, said after": [
        f"{{}}, {d}" for d in _CROQUET[:6]
    ] + [f"{{}} and, {_CROQUET[6]}", f"{{}} so, {_CROQUET[7]}"],
    "between a conductor's call and a croquet call": [
        f"{s}! {{}}, {d}" for s, d in zip(_CONDUCTOR[:3], _CROQUET[:3], strict=True)
    ] + [f"{s}. {{}}, {d}" for s, d in zip(_CONDUCTOR[3:5], _CROQUET[3:5], strict=True)]
      + [f"{_CONDUCTOR[5]}! {{}}, {_CROQUET[5]}",
         f"{_CONDUCTOR[6]}. {{}} and, {_CROQUET[6]}",
         f"{_CONDUCTOR[7]}. {{}} so, {_CROQUET[7]}"],
    "in the middle of a pilot's pre-flight checklist": [
        f"{a}, {{}}, {b}" for a, b in _CHECKLIST[:6]
    ] + [f"{_CHECKLIST[6][0]}, {{}} and, {_CHECKLIST[6][1]}",
         f"{_CHECKLIST[7][0]}, {{}} so, {_CHECKLIST[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYSEVENTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("hooped",
"spliced", "mounted"): a commentator's line or a call on the lawn said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line", "card"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids", "play", "concert", "piano",
            "bell", "ropes", "festival", "fundraiser", "gala"}
"""Requests anything sung, played or called could bear on (its sound, music, bells)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything called out bears on them."""
_SPORT = {"football", "guides", "scouts", "sea", "gymnastics", "swimming", "gala", "judo",
          "festival", "regatta", "fair", "antiques", "harbour", "museum", "maltings",
          "farm", "hop", "chandlery", "boots", "leotard", "kitbag", "lifeboat",
          "fundraiser", "football's"}
_COCKPIT = _SPORT | {"light", "lights", "lamp", "fan", "heater", "radio",
                              "count", "tally", "lift", "keys", "lock", "unlock",
                              "brazier", "spinner", "tumbler", "boots", "windscreen",
                              "scrape", "frosty", "eyes", "glass", *_NUMBERS}
"""Requests a pilot's checklist could bear on (switches and lights, a count, a lift, a
trip, the windscreen)."""
_SCATTING = _SPEAKER | _SPORT | _ASKED | _CALLED | {*_NUMBERS}
"""Requests a scat singer on the radio could bear on (the radio, singing, a call)."""
_POND = {"quiet", "loud", "noise", "sounds", "feed", "coley", "kippers", "mackerel",
         "tabby", "moggy", "tortoiseshell", "stave", "bung", "hawser", "twine", "plinth",
         "dome", "brush", "water", "lily", "pond", "weed", "daisy", "patch", "hedge",
         "trim", "scruffy", "garden", "hose", "count", "tally", "lock", "unlock",
         "charring", "night", "scrape", "frosty"}
"""Requests calling the ducks in could bear on (animals and their food, the pond, the
garden, locking up for the night)."""
_BAND = _SPEAKER | _CALLED | _ASKED | _SPORT | {"lift", "keys", "count", "tally",
                                                *_NUMBERS, "cord", "whipping", "ropes",
                                                "bell", "strands", "yarn"}
"""Requests a conductor's call could bear on (music, a count, a start or a stop,
strings)."""
_PITCH = _TELLY | _SAID_TO | _ASKED | _SPORT | {"count", "tally", *_NUMBERS, "lift",
                                                "iron", "hang", "knock", "sweep", "brush",
                                                "scrape", "trim", "eyes", "glass", "chill",
                                                "stolen"}
"""Requests a weightlifting or baseball commentary could bear on (the telly, a score, a
sport, a lift, a throw)."""
_LAWN = _SAID_TO | _ASKED | {"water", "lily", "pond", "weed", "daisy", "patch", "trim",
                             "scruffy", "hedge", "garden", "twine", "feed", "tabby",
                             "moggy", "tortoiseshell", "stave", "bung", "hawser",
                             "plinth", "dome", "brush", "coley", "kippers",
                             "mackerel", "pheasant", "lock",
                             "unlock", "light", "quiet", "loud", "noise", "scrape",
                             "frosty", "windscreen", "hose", "boots"}
"""Requests a remark on a fox cub in the garden could bear on (the garden and the
animals in it, the doors, the lights, what a cub might carry off)."""
_CROQUET_LAWN = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "heads", "hooped",
                                     "barrel", "trim", "hedge", "weed", "daisy", "patch",
                                     "water", "lily", "pond", "garden", "twine", "knock",
                                     "bung", "chill", "bubbly", "toast", "buns", "sally",
                                     "lunn", "lucky", "horseshoe", "hang"}
"""Requests a croquet game could bear on (a count, a score, the lawn and what is round
it, tea on the lawn)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a pilot's checklist bears on switches, lights, a count, a lift or a trip)
    **{item: _COCKPIT for item in ("mixture", "magnetos", "altimeter", "transponder",
                                   "harnesses", "gyro", "ailerons", "rudder", "compass",
                                   "yoke", "throttle", "avionics", "strobes")},
    # (a scat singer on the radio bears on the radio, singing and calls)
    **{scat: _SCATTING for scat in ("shoobeedoowop", "skeedeedat", "bopshebam",
                                    "doobeedoobee", "zabadabadoo", "skiddlydat",
                                    "oobopshebam", "shabadoo")},
    # (calling the ducks bears on animals, their food, the pond and locking up)
    **{duck: _POND for duck in ("quackies", "muscovy", "drakes", "dabblers", "duckies",
                                "pekins", "mallards", "aylesburys", "khaki campbells")},
    # (a conductor's call bears on music, a count, a start or a stop)
    **{cue: _BAND for cue in ("tutti", "fortissimo", "upbeat", "oboes", "sforzando",
                              "strings", "cellos", "rallentando", "timpani", "diminuendo",
                              "staccato", "bassoons", "accelerando", "trombones", "legato",
                              "violas")},
    # (a commentator's line, a remark on a fox cub or a croquet call after a request
    # could be what it is about or the words of a message; said after a question, an
    # answer)
    **{play: _PITCH for play in ("snatch", "jerk", "barbell", "pressout", "lockout",
                                 "lifter's", "curveball", "shortstop", "fastball",
                                 "slider", "homer", "pitcher's", "bunt", "outfield's")},
    **{cub: _LAWN for cub in ("fox cub", "vixen's", "beetles", "cubs", "scamp",
                              "earthworms", "cub's", "slipper")},
    **{shot: _CROQUET_LAWN for shot in ("through the hoop", "roquet", "croqueted", "peel",
                                        "jaws", "bisque", "rover's", "mallet")},
}
"""Clauses that would bear on a phrase with one of these words ("give daisie a ring"
before a scat singer may be a call to her; "sooti's sea scouts at four" before a
conductor's call may be about a concert): never said around it, so the clause stays
beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "mixture rich, magnetos checked. {}", "{}, a curveball",
    "shoobeedoowop! {}", "{}, the snatch stands",
    "quackies, quackies! {}", "{}, oh look, a fox cub",
    "tutti, fortissimo! {}", "{}, through the hoop",
    "compass swung, yoke checked. {}", "{}, the shortstop fumbles",
    "sforzando, strings. {}", "{} so, the lifter's grunting",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "pekins, pekins! {}", "{}, what a scamp",
    "bopshebam! {}", "{}, jerked, disallowed",
    "upbeat, oboes! {}", "{}, a peel, clonk",
    "ailerons checked, rudder checked. {}", "{}, the pitcher's stretching",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("mixture rich"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("yacht", "ferret", "quilt", "doctor's")
are never a wrapper's, so they stay."""
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
none is a word of a pool phrase, tests/test_resolver_fortyseventh_data.py none of an
out-of-scope template)."""


FORTYSEVENTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("caskshed", "cask shed"), ("cooperage", "cooper age"), ("toothpaste", "tooth paste"),
    ("windscreen", "wind screen"), ("maltings", "maultings"), ("scullery", "scullary"),
    ("festival", "festeval"), ("coley", "pilchers"), ("charring", "charing"),
    ("register", "registar"), ("rushes", "rushers"),
    ("ropewalk", "rope walk"), ("chandlery", "chandlary"), ("leotard", "leeotard"),
    ("kitbag", "kit bag"), ("fundraiser", "fund raiser"), ("gymnastics", "jimnastics"),
    ("waistcoat", "waist coat"), ("stockholm", "stock holm"), ("lifeboat", "life boat"),
    ("regatta", "regata"), ("shepherd's", "sheppard's"),
    ("preproom", "prep room"), ("taxidermist", "taxidermest"), ("horseshoe", "horse shoe"),
    ("tortoiseshell", "tortoise shell"), ("specimens", "specimins"),
    ("pheasant", "pheasent"), ("membership", "member ship"), ("mackerel", "mackrel"),
    ("antiques", "antiks"),
]
"""The forty-seventh set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("cask brazier", "caskbrazier"), ("football boots", "footballboots"),
         ("pasta bake", "pastabake"), ("hop farm", "hopfarm"), ("dray rota", "drayrota"),
         ("beer festival", "beerfestival"), ("bonded store", "bondedstore"),
         ("cask bung", "caskbung"), ("lily pond", "lilypond"),
         ("daisy patch", "daisypatch"), ("barrel heads", "barrelheads"),
         ("barrel rivets", "barrelrivets"), ("charring night", "charringnight"),
         ("cask register", "caskregister"), ("croze blades", "crozeblades"),
         ("flag rushes", "flagrushes"), ("rope spinner", "ropespinner"),
         ("hemp order", "hemporder"), ("hemp bale", "hempbale"), ("sea scouts", "seascouts"),
         ("garden twine", "gardentwine"), ("sally lunn", "sallylunn"),
         ("whipping cord", "whippingcord"), ("yarn strands", "yarnstrands"),
         ("laying day", "layingday"), ("tar loft", "tarloft"), ("bell ropes", "bellropes"),
         ("splicing fids", "splicingfids"), ("hide tumbler", "hidetumbler"),
         ("glass dome", "glassdome"), ("glass eyes", "glasseyes"),
         ("swimming gala", "swimminggala"), ("display cases", "displaycases"),
         ("mounting evening", "mountingevening"), ("wood wool", "woodwool"),
         ("ear liners", "earliners"), ("guild membership", "guildmembership")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"caskshed": "cask-shed", "ropewalk": "rope-walk", "preproom": "prep-room",
             "kitbag": "kit-bag", "horseshoe": "horse-shoe"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortyseventh.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "embroider a {w} on a pillowcase", "what's {w} in icelandic, more or less",
        "sketch a {w} on the steamed mirror", "are {w} dearer at the cash and carry",
        "track down a used {w} at the car boot in skipton",
        "how long does a {w} last, roughly",
        "invent a cheeky rhyme about a {w}", "say {w} in welsh, nice and clear",
    ],
    "routine command": [
        "wipe {p} from your memory completely", "explain what {p} involves, step by step",
        "think up a snappier label for {p}", "copy {p} for the annexe",
        "limit {p} to the school holidays", "chime softly whenever {p} starts",
        "who's been tinkering with {p} without asking", "could {p} be a wee bit daintier",
    ],
    "word order": [
        "{b} outranks {a}, no contest", "{b} edges {a} by a whisker, frankly",
        "switch {a} and {b} about, ta muchly", "scrap the {a}, double the {b}",
        "{a} after {b}, or perhaps vice versa", "a heap of {b}, a thimbleful of {a}",
    ],
    "negation": [
        "leave {p} alone this evening, pet",
        "i'd rather you didn't {p} while grandad snoozes in the conservatory",
        "under no circumstances {p}, chuck", "don't begin {p} while i'm at the chiropodist",
        "nope, mothball {p} for the foreseeable", "whoa there, no {p} before the second cuppa",
    ],
    "cancellation": [
        "shelve {p} until the cousins from leeds have left",
        "{p} can wait until the plasterer's done",
        "drop {p} for the week of the agricultural show",
        "suspend {p} until the scaffolders go",
        "we'll forget {p} over the whitsun weekend",
        "put {p} on ice until shrove tuesday is over",
    ],
    "state question": [
        "is {p} ticking over right now", "is {p} midway through or completely done",
        "did {p} go smoothly before teatime", "has {p} packed up or is it still plodding on",
        "has somebody sorted {p} since the nursery run",
        "did {p} take place last tuesday fortnight",
    ],
    "past or story": [
        "the year the pipes froze {p} packed up too",
        "during the floods {p} went berserk",
        "my great aunt in penzance swore by {p} every michaelmas",
        "at the golden wedding {p} ran until sunrise",
        "that whole hay season {p} was on the fritz",
        "when we rented in scarborough we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the paperboy muttered {p} at the gate", "a chimney sweep on the canal towpath warbled {p}",
        "my stepmum ends every birthday card with {p}",
        "a lad on the ferry murmured {p}",
        "the lollipop lady by the juniors bellowed {p}",
        "our chimney man hums {p} while he sweeps the flue",
    ],
    "contrast": [
        "{p} is only for when my brother drives the kids up from truro",
        "we only {p} when granny visits from lerwick",
        "{p} is a high days and holidays thing here", "{p} is strictly a bonfire night ritual",
        "we only {p} when the duck race is on at the mill",
        "{p} is kept for when the bishop drops by",
    ],
    "hypothetical": [
        "suppose i wrote you a sonnet begging you to {p}",
        "if i ever took a shine to {p}, would you manage",
        "strictly hypothetically, could you {p} for a bet",
        "if {p} kicked off at three in the morning would the neighbours moan",
        "picture {p} going off during a power cut",
        "what would you do if the postman's uncle asked you to {p}",
    ],
    "complaint": [
        "{p} has been driving me round the bend since the boiler man left",
        "{p} let us down again at the christening in filey",
        "{p} has been useless since the electrician visited",
        "i'm fed up to the back teeth with {p} since easter",
        "{p} is a right pain this month", "{p} keeps flaking out halfway through",
    ],
    "opinion": [
        "{p} is the bee's knees and the cat's whiskers", "i'm tickled to bits with {p}, fair play",
        "{p} is a lifesaver, no word of a lie",
        "{p} has made drizzly mondays bearable",
        "{p} is the cleverest gizmo this side of the pennines", "{p} is top notch, swear down",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from tap dancing",
        "badger me about {p} once the snooker ends",
        "make sure i remember to {p} on friday after bingo",
        "nudge me to {p} after countdown",
        "put {p} on thursday's list", "shout me about {p} during the half time break",
    ],
    "permission question": [
        "is my stepbrother's girlfriend allowed to {p}",
        "is the window cleaner's niece permitted to {p}",
        "would the joiner be allowed to {p} by himself",
        "is my great nephew allowed to {p} when he stays over",
        "can the lodger's girlfriend {p} without asking first",
        "is the paper girl allowed to {p}",
    ],
    # the forty-seventh's own
    "a yacht named it": [
        "the yacht in the marina is called {p}",
        "our neighbour's yacht is named {p}",
        "{p} is the yacht with the blue spinnaker",
        "the skipper named his yacht {p}",
        "there's a yacht moored at the quay named {p}",
        "who'd call a yacht {p}",
    ],
    "a ferret named it": [
        "my nephew's ferret is called {p}",
        "the gamekeeper has a ferret named {p}",
        "{p} is the ferret that escaped at the show",
        "they named their new ferret {p}",
        "there's a ferret at the rescue centre named {p}",
        "why would anyone name a ferret {p}",
    ],
    "a brass band march called it": [
        "the colliery band played a march called {p}",
        "there's a brass band march named {p}",
        "{p} is the march the brass band opens with",
        "the bandmaster wrote a march and called it {p}",
        "our brass band is rehearsing a march called {p}",
        "who'd call a brass band march {p}",
    ],
    "embroidered on a quilt": [
        "{p} is embroidered on the patchwork quilt",
        "grandma embroidered {p} on a quilt",
        "the quilt on the spare bed has {p} embroidered in red",
        "they embroidered {p} on every quilt for the raffle",
        "there's a quilt at the jumble sale with {p} embroidered on it",
        "why embroider {p} on a quilt",
    ],
    "stamped on a parcel": [
        "{p} is stamped on the parcel in red ink",
        "someone stamped {p} on a parcel",
        "the parcel from the depot has {p} stamped on the flap",
        "they stamped {p} on every parcel in the sorting office",
        "there's a parcel on the step with {p} stamped on it",
        "why stamp {p} on a parcel",
    ],
    "chalked on a pub blackboard": [
        "{p} is chalked on the pub blackboard",
        "the landlord chalked {p} on the blackboard",
        "the blackboard outside the pub has {p} chalked on it",
        "they chalked {p} on the pub blackboard for quiz night",
        "there's a pub blackboard on the high street with {p} chalked up",
        "why chalk {p} on a pub blackboard",
    ],
    "asking a gallery attendant about a painting called it": [
        "excuse me, attendant, where's the painting called {p}",
        "we asked the gallery attendant about a painting called {p}",
        "the gallery attendant had never heard of a painting called {p}",
        "can the gallery attendant show us the painting called {p}",
        "i'll ask the gallery attendant about that painting called {p}",
        "does the gallery attendant know a painting called {p}",
    ],
    "the father of the bride's speech quoting it": [
        "the father of the bride kept saying {p} in his speech",
        "in his speech the father of the bride quoted {p}",
        "{p}, said the father of the bride, and everyone groaned",
        "the father of the bride ended his speech with {p}",
        "the father of the bride's speech was mostly {p}",
        "why did the father of the bride say {p} in his speech",
    ],
    "forbidden by the doctor's orders": [
        "the doctor's orders are no {p}",
        "doctor's orders, i'm not to {p} this month",
        "{p} is off limits on doctor's orders",
        "the doctor ordered me not to {p} till my stitches heal",
        "on doctor's orders nobody here may {p}",
        "why would the doctor's orders forbid {p}",
    ],
    "an untaught request joined to it by plus": [
        "{p} plus bleed the radiators",
        "{p}, plus book a window cleaner",
        "unblock the gutter plus {p}",
        "{p} plus reseal the bath",
        "fumigate the attic, plus {p}",
        "{p} plus empty the dehumidifier",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} shoe tree", "{} tin opener", "{} jar opener", "{} cheese wire", "{} sink plunger",
    "{} bread knife", "{} skirt hanger", "{} dustpan", "{} potato peeler",
    "{} clothes peg",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

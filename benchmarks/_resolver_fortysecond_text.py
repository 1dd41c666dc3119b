"""The words of the forty-second held-out resolver set
(benchmarks/_resolver_fortysecond.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a letterpress printer's cottage
with the press in the shed, where Flint prints wedding invitations, with his wife Dinah,
their daughter Lacey, their son Taylor, a moggy Domino and Russell the paper merchant
(seed 420); a pharmacist's flat above the chemist's, where Cara dispenses, with her
husband Perry, their daughter Clementine, their son Marshall, a hamster Pip, Wanda the
dispenser and Cora who drives the delivery van (421); and a scaffolder's semi with the
lorry on the verge, where Axel puts up scaffolding, with his wife Jem, their daughter
Coco, their son Ace, a whippet Trilby and Finn his partner (422). Its people and pets
are named in ways no earlier set names them: after a stone that strikes a spark ("ring
flint" beside "put a new flint in the lighter"), a game tile ("feed domino" beside "put
the domino set away"), a pear cider ("drop perry a line" beside "is the perry chilled"),
a small citrus fruit ("give clementine a ring" beside "peel a clementine for the
lunchbox"), a fruit seed ("feed pip" beside "plant the avocado pip"), a playing card
("give ace a ring" beside "find the ace of spades") or a hat ("feed trilby" beside
"steam my trilby"); and with names a recogniser writes as another word in new ways: as a
roadside cafe ("dinah" as "diner", beside "book a table at the diner"), as a kind of
fabric edge ("lacey" as "lacy", beside "hand wash the lacy blouse"), as a maker of suits
("taylor" as "tailor", beside "take the suit to the tailor"), as a crackle of leaves
("russell" as "rustle", beside "rustle up some sandwiches"), as a helper at home ("cara"
as "carer", beside "has the carer been"), as a fighting art ("marshall" as "martial",
beside "wash the martial arts kit"), as a stroll ("wanda" as "wander", beside "time for
a wander"), as a kitchen tool ("cora" as "corer", beside "find the apple corer"), as a
wheel's shaft ("axel" as "axle", beside "grease the trailer axle"), as a jewel ("jem" as
"gem", beside "take the gem to the jeweller"), as a hot drink ("coco" as "cocoa", beside
"pour the cocoa") and as a surfboard's keel ("finn" as "fin", beside "glue the surfboard
fin"). A name that is also a word of another phrase of its home ("flint", "domino",
"perry", "clementine", "pip", "ace", "trilby") has no other spelling, so the word is
never respelt as the name. Each teaches 22 of its own routines with the generic pool;
the rest of its own pool, and the siblings in ``UNTAUGHT`` ("taylor's rugby at six"
beside "taylor's rugby at five", "guillotine off" beside "guillotine on"), are never
taught there. Phrases come in every shape: one word ("typesetting", "stocktaking",
"dismantling"), two nouns ("lead spacers", "amber bottles", "ratchet straps"), nested
("guillotine on" inside "electric guillotine on", "sealer on" inside "blister sealer
on", "hoist on" inside "lorry hoist on"), words shared across phrases ("lock the
pressroom" and "pressroom light on", "ring flint" and "put a new flint in the lighter"),
numbers and times ("taylor's rugby at five", "ace's boxing at seven"), places
("pressroom fan on", "pharmacy heater on", "cabin heater on"), verbs first ("grease the
trailer axle", "plant the avocado pip") and nouns first ("sardines for the moggy"),
questions ("is the perry chilled", "has the carer been", "how many scaffold tubes are
left"), and a chore of several clauses ("we're off to the builders merchant so feed
trilby and give finn a ring and lock the cabin").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("diner" for "dinah", "tailor" for "taylor", "corer" for "cora", "gem" for "jem", "fin"
for "finn"): the
same person or pet, so "phone fin" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: an opera aria sung along first ("nessun dorma! X"), a
child chanting latin verbs for homework first ("amo, amas, amat, amamus. X"), a
toddler's animal noises game first ("the turkey says gobble gobble. X"), an affirmation said in the
mirror first ("i radiate confidence! X"), an archery commentator on the telly after
("X, nocked and aimed"), a bowls commentator on the telly after ("X, resting on the
kitty"), a show jumping commentator on the telly after ("X, a refusal at the
oxer"), a backgammon game at the table after ("X, that's a blot"); the phrase between an
opera aria and a backgammon call ("una furtiva lagrima! X, i'm redoubling"), and the
phrase said in the middle of a child chanting latin verbs, which goes on after it
("amo, amas, X, amat, amamus"). Some are joined with "and", "so", "then" or "oh and". No
word of a clause but its function words is a word of this set's pools or the generic
pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a word search puzzle hiding it, written on a plaster
cast, a pub named it, a baby name shortlisted, a bus's destination board showing it, a
scout badge named it, printed on a party balloon, printed on the back of a football
shirt, a scarecrow named it, and a steam locomotive named it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

PRINTER = "letterpress printer's cottage with the press in the shed"
PHARMACIST = "pharmacist's flat above the chemist's"
SCAFFOLDER = "scaffolder's semi with the lorry on the verge"
HOMES: dict[int, str] = {420: PRINTER, 421: PHARMACIST, 422: SCAFFOLDER}

FORTYSECOND_ROUTINES: dict[str, dict[str, list[str]]] = {
    PRINTER: {
        "Domino": ["feed domino", "sardines for the moggy"],
        "Domino brush": ["brush domino"],
        "Flint": ["ring flint", "call the printer", "phone flint"],
        "Dinah": ["drop dinah a line", "send dinah a text"],
        "Dinah and Lacey": ["message dinah and lacey"],
        "Lacey": ["give lacey a ring", "give lacey a bell", "call lacey back"],
        "Taylor": ["tell taylor his rugby kit is in the dryer"],
        "Taylor ring": ["give taylor a ring", "phone taylor"],
        "Taylor lift": ["ask taylor for a lift to the paper mill"],
        "Lacey tea": ["tell lacey her tea is ready"],
        "Lacey lift": ["ask lacey for a lift to the craft fair"],
        "Flint invitations": ["text flint about the wedding invitations"],
        "Russell": ["text russell about the card stock"],
        "Russell ring": ["give russell a ring", "ring russell back"],
        "Russell swatches": ["ask russell for the paper swatches"],
        "Guillotine": ["guillotine on"],
        "Electric guillotine": ["electric guillotine on"],
        "Pressroom fan": ["pressroom fan on"],
        "Lighter flint": ["put a new flint in the lighter"],
        "Domino set": ["put the domino set away"],
        "Diner": ["book a table at the diner"],
        "Lacy blouse": ["hand wash the lacy blouse"],
        "Tailor": ["take the suit to the tailor"],
        "Rustle": ["rustle up some sandwiches"],
        "Invitations": ["how many invitations are printed"],
        "Ink delivery": ["has the ink delivery arrived"],
        "Rugby": ["taylor's rugby at five"],
        "Ballet": ["lacey's ballet at seven"],
        "Ink rollers": ["oil the ink rollers", "clean the ink rollers"],
        "Type trays": ["count the type trays", "tally the type trays"],
        "Card stock": ["order more card stock", "restock the card stock"],
        "Typesetting": ["typesetting", "typesetting day"],
        "Pressroom": ["lock the pressroom"],
        "Pressroom light": ["pressroom light on"],
        "Paper offcuts": ["bag up the paper offcuts"],
        "Ink invoice": ["file the ink invoice"],
        "Composing stick": ["composing stick"],
        "Lead spacers": ["lead spacers"],
        # long
        "Craft fair": ["we're off to the craft fair so feed domino and give russell a "
                       "ring and lock the pressroom"],
    },
    PHARMACIST: {
        "Pip": ["feed pip", "seeds for the hamster"],
        "Pip clean": ["clean out pip"],
        "Cara": ["ring cara", "call the pharmacist", "phone cara"],
        "Perry": ["drop perry a line", "send perry a text"],
        "Perry and Clementine": ["message perry and clementine"],
        "Clementine": ["give clementine a ring", "phone clementine"],
        "Marshall": ["tell marshall his blazer is on the banister"],
        "Marshall ring": ["give marshall a bell", "phone marshall"],
        "Marshall lift": ["ask marshall for a lift to the wholesaler"],
        "Clementine tea": ["tell clementine her tea is ready"],
        "Cara and Marshall": ["message cara and marshall"],
        "Cara lift": ["ask cara for a lift to the retail park"],
        "Wanda card": ["send wanda a retirement card"],
        "Cara rota": ["text cara about the locum rota"],
        "Wanda": ["text wanda about the prescription book"],
        "Wanda ring": ["give wanda a ring", "phone wanda back"],
        "Cora": ["text cora about the delivery van"],
        "Cora ring": ["give cora a ring", "phone cora"],
        "Sealer": ["sealer on"],
        "Blister sealer": ["blister sealer on"],
        "Pharmacy heater": ["pharmacy heater on"],
        "Prescriptions": ["how many prescriptions are waiting"],
        "Perry chilled": ["is the perry chilled"],
        "Insulin": ["has the insulin delivery arrived"],
        "Swimming": ["clementine's swimming at four"],
        "Chess": ["marshall's chess at six"],
        "Clementine peel": ["peel a clementine for the lunchbox"],
        "Avocado pip": ["plant the avocado pip"],
        "Carer": ["has the carer been"],
        "Martial arts": ["wash the martial arts kit"],
        "Wander": ["time for a wander"],
        "Apple corer": ["find the apple corer"],
        "Gauze": ["order more gauze", "restock the gauze"],
        "Pill trays": ["count the pill trays", "tally the pill trays"],
        "Stocktaking": ["stocktaking", "stocktaking day"],
        "Pharmacy": ["lock the pharmacy"],
        "Pharmacy light": ["pharmacy light on"],
        "Vaccine fridge": ["log the vaccine fridge", "check the vaccine fridge"],
        "Wholesaler": ["pay the wholesaler"],
        "Amber bottles": ["amber bottles"],
        "Pill pouches": ["pill pouches"],
        # long
        "Awards dinner": ["we're off to the awards dinner so feed pip and give wanda a "
                            "ring and lock the pharmacy"],
    },
    SCAFFOLDER: {
        "Trilby": ["feed trilby", "kibble for the whippet"],
        "Trilby brush": ["brush trilby"],
        "Axel": ["ring axel", "call the scaffolder", "phone axel"],
        "Jem": ["drop jem a line", "send jem a text"],
        "Jem and Ace": ["message jem and ace"],
        "Ace": ["give ace a ring", "phone ace"],
        "Coco": ["tell coco her riding hat is in the porch"],
        "Axel permit": ["text axel about the council permit"],
        "Finn": ["text finn about the tube order"],
        "Finn ring": ["give finn a ring", "phone finn"],
        "Finn lift": ["ask finn for a lift to the depot"],
        "Coco ring": ["give coco a ring", "phone coco"],
        "Hoist": ["hoist on"],
        "Lorry hoist": ["lorry hoist on"],
        "Cabin heater": ["cabin heater on"],
        "Trilby hat": ["steam my trilby"],
        "Ace of spades": ["find the ace of spades"],
        "Axle": ["grease the trailer axle"],
        "Gem": ["take the gem to the jeweller"],
        "Cocoa": ["pour the cocoa"],
        "Fin": ["glue the surfboard fin"],
        "Tubes": ["how many scaffold tubes are left"],
        "Boards": ["are the boards stacked"],
        "Riding": ["coco's riding at six"],
        "Boxing": ["ace's boxing at seven"],
        "Overalls": ["wash the overalls", "rinse the overalls"],
        "Clips": ["count the scaffold clips", "tally the scaffold clips"],
        "Harnesses": ["order more harnesses", "restock the harnesses"],
        "Dismantling": ["dismantling", "dismantling day"],
        "Cabin": ["lock the cabin"],
        "Cabin light": ["cabin light on"],
        "Lorry tax": ["renew the lorry tax"],
        "Ratchet straps": ["ratchet straps"],
        "Safety netting": ["safety netting"],
        # long
        "Builders merchant": ["we're off to the builders merchant so feed trilby and give "
                              "finn a ring and lock the cabin"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    PRINTER: {
        "Rugby six": ["taylor's rugby at six"],
        "Ballet eight": ["lacey's ballet at eight"],
        "Guillotine off": ["guillotine off"],
        "Electric guillotine off": ["electric guillotine off"],
        "Pressroom light off": ["pressroom light off"],
        "Unlock pressroom": ["unlock the pressroom"],
        "Russell envelopes": ["text russell about the envelopes"],
        "Chess set": ["put the chess set away"],
        "Ink cartridges": ["order more ink cartridges"],
        "Quoins": ["count the quoins"],
        "Cotton blouse": ["hand wash the cotton blouse"],
        "Pressroom fan off": ["pressroom fan off"],
    },
    PHARMACIST: {
        "Swimming five": ["clementine's swimming at five"],
        "Chess seven": ["marshall's chess at seven"],
        "Sealer off": ["sealer off"],
        "Blister sealer off": ["blister sealer off"],
        "Pharmacy light off": ["pharmacy light off"],
        "Unlock pharmacy": ["unlock the pharmacy"],
        "Wanda diary": ["text wanda about the holiday diary"],
        "Plasters": ["order more plasters"],
        "Syringes": ["count the syringes"],
        "Mango stone": ["plant the mango stone"],
        "Cider chilled": ["is the cider chilled"],
        "Pharmacy heater off": ["pharmacy heater off"],
    },
    SCAFFOLDER: {
        "Riding seven": ["coco's riding at seven"],
        "Boxing eight": ["ace's boxing at eight"],
        "Hoist off": ["hoist off"],
        "Lorry hoist off": ["lorry hoist off"],
        "Cabin light off": ["cabin light off"],
        "Unlock cabin": ["unlock the cabin"],
        "Finn invoice": ["text finn about the board invoice"],
        "Helmets": ["order more helmets"],
        "Ladders": ["count the ladders"],
        "Queen of hearts": ["find the queen of hearts"],
        "Trailer hitch": ["grease the trailer hitch"],
        "Cabin heater off": ["cabin heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the printer's cottage
    {"we're off to the craft fair so feed domino and give russell a ring and lock the "
     "pressroom", "i'm leaving", "goodbye house", "feed domino", "give russell a ring",
     "lock the pressroom"},
    {"feed domino", "sardines for the moggy", "feed the moggy"},
    {"ring flint", "call the printer", "ring the printer", "phone flint"},
    # the pharmacist's flat
    {"we're off to the awards dinner so feed pip and give wanda a ring and lock the "
     "pharmacy", "i'm leaving", "goodbye house", "feed pip", "give wanda a ring",
     "lock the pharmacy"},
    {"feed pip", "seeds for the hamster", "feed the hamster"},
    {"ring cara", "call the pharmacist", "ring the pharmacist", "phone cara"},
    # the scaffolder's semi
    {"we're off to the builders merchant so feed trilby and give finn a ring and lock the "
     "cabin", "i'm leaving", "goodbye house", "feed trilby", "give finn a ring",
     "lock the cabin"},
    {"feed trilby", "kibble for the whippet", "feed the whippet"},
    {"ring axel", "call the scaffolder", "ring the scaffolder", "phone axel"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the moggy" where the moggy is Domino). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"domino", "flint", "dinah", "lacey", "lacey's", "taylor", "taylor's", "russell",
         "pip", "cara", "perry", "clementine", "clementine's", "marshall", "marshall's",
         "wanda", "cora", "trilby", "axel", "jem", "ace", "ace's", "coco", "coco's", "finn"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a roadside cafe, a fabric edge, a maker of suits, a crackle of leaves
    "dinah": ("diner",), "lacey": ("lacy",), "lacey's": ("lacy's",),
    "taylor": ("tailor",), "taylor's": ("tailor's",), "russell": ("rustle",),
    # written as a helper at home, a fighting art, a stroll, a kitchen tool
    "cara": ("carer",), "marshall": ("martial",), "marshall's": ("martial's",),
    "wanda": ("wander",), "cora": ("corer",),
    # written as a wheel's shaft, a jewel, a hot drink, a surfboard's keel
    "axel": ("axle",), "jem": ("gem",), "coco": ("cocoa",), "coco's": ("cocoa's",),
    "finn": ("fin",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "lacey" and "lacy", "taylor" and "tailor", "marshall"
and "martial", "axel" and "axle", "jem" and "gem", "finn" and "fin" are each one sound
("dinah" and "diner", "cara" and "carer", "wanda" and "wander", "cora" and "corer" in a
speech without the r; "russell" and "rustle", "coco" and "cocoa" as most say them)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "sardines": ("pilchards",), "moggy": ("kitten",), "brush": ("bathe",),
    "printer": ("bookbinder",), "text": ("email",), "rugby": ("cricket",),
    "kit": ("boots",), "dryer": ("airing cupboard",), "paper": ("cardboard",),
    "mill": ("warehouse",), "craft": ("antiques",), "fair": ("market",),
    "wedding": ("christening",), "invitations": ("menus",), "card": ("tissue",),
    "stock": ("samples",), "swatches": ("prices",), "guillotine": ("laminator",),
    "electric": ("manual",), "pressroom": ("darkroom",), "fan": ("vent",),
    "flint": ("wick",), "lighter": ("torch",), "set": ("tin",),
    "table": ("booth",), "diner": ("bistro",), "hand": ("machine",),
    "lacy": ("woolly",), "blouse": ("cardigan",), "suit": ("coat",),
    "tailor": ("cobbler",), "rustle": ("whip",), "sandwiches": ("scones",),
    "printed": ("folded",), "ink": ("toner",), "delivery": ("order",),
    "arrived": ("shipped",), "ballet": ("tap",), "oil": ("dust",),
    "rollers": ("plates",), "clean": ("wipe",), "count": ("stack",), "tally": ("sort",),
    "type": ("print",), "trays": ("cases",), "typesetting": ("binding",),
    "offcuts": ("scraps",), "file": ("query",), "invoice": ("receipt",),
    "composing": ("setting",), "stick": ("rule",), "lead": ("brass",),
    "spacers": ("rules",),
    "seeds": ("pellets",), "hamster": ("gerbil",), "pharmacist": ("optician",),
    "blazer": ("tie",), "banister": ("hatstand",), "lift": ("ride",),
    "wholesaler": ("warehouse",), "retail": ("business",), "park": ("estate",),
    "retirement": ("get well",), "locum": ("holiday",), "rota": ("timetable",),
    "van": ("rota",), "apple": ("cherry",), "corer": ("peeler",),
    "prescription": ("appointment",), "book": ("cancel",), "sealer": ("labeller",),
    "blister": ("bag",), "pharmacy": ("stockroom",), "heater": ("radio",),
    "prescriptions": ("repeats",), "waiting": ("collected",), "perry": ("cider",),
    "chilled": ("opened",), "insulin": ("vaccine",), "swimming": ("drama",),
    "chess": ("debating",), "peel": ("slice",), "clementine": ("apple",),
    "lunchbox": ("picnic",), "plant": ("soak",), "avocado": ("peach",),
    "pip": ("stone",), "carer": ("nurse",), "martial": ("performing",),
    "wander": ("paddle",), "gauze": ("bandages",),
    "pill": ("sample",), "stocktaking": ("labelling",), "log": ("defrost",),
    "vaccine": ("drinks",), "fridge": ("freezer",), "pay": ("ring",),
    "amber": ("plastic",), "bottles": ("tubs",), "pouches": ("pots",),
    "awards": ("charity",),
    "kibble": ("biscuits",), "whippet": ("lurcher",), "scaffolder": ("roofer",),
    "riding": ("climbing",), "hat": ("helmet",), "porch": ("utility",),
    "council": ("parking",), "permit": ("fine",), "tube": ("board",),
    "order": ("price",), "depot": ("tip",), "hoist": ("winch",), "lorry": ("van",),
    "cabin": ("shed",), "steam": ("block",), "trilby": ("bowler",),
    "ace": ("king",), "spades": ("clubs",), "grease": ("jack up",),
    "trailer": ("lorry",), "axle": ("hitch",), "gem": ("watch",),
    "jeweller": ("pawnbroker",), "cocoa": ("soup",), "glue": ("wax",),
    "surfboard": ("bodyboard",), "fin": ("leash",), "scaffold": ("ladder",),
    "tubes": ("poles",), "left": ("spare",), "boards": ("poles",),
    "stacked": ("strapped",), "boxing": ("karate",), "overalls": ("gloves",),
    "rinse": ("dry",), "clips": ("fittings",), "harnesses": ("lanyards",),
    "dismantling": ("erecting",), "renew": ("cancel",), "tax": ("mot",),
    "ratchet": ("bungee",), "straps": ("cords",), "safety": ("debris",),
    "netting": ("sheeting",), "builders": ("timber",), "merchant": ("yard",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("hot chocolate",), "kettle": ("samovar",), "movie": ("cartoon",),
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
"""A word of a taught phrase and what a near-sibling request says in its place ("taylor's
rugby at twenty past five" for "taylor's rugby at five", "feed the kitten"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_ARIA = [
    "figaro, figaro, figaro", "nessun dorma", "una furtiva lagrima", "ridi, pagliaccio",
    "questa o quella", "largo al factotum", "o mio babbino caro", "toreador, toreador",
]
_BACKGAMMON = [
    "that's a blot", "you've clobbered my runner", "i'm redoubling", "you're stranded",
    "doublets again", "a backgammon, get in", "gammoned again", "my checkers are trapped",
]
_VERBS = [
    ("amo, amas", "amat, amamus"),
    ("habeo, habes", "habet, habemus"),
    ("porto, portas", "portat, portamus"),
    ("laudo, laudas", "laudat, laudamus"),
    ("moneo, mones", "monet, monemus"),
    ("audio, audis", "audit, audimus"),
    ("voco, vocas", "vocat, vocamus"),
    ("specto, spectas", "spectat, spectamus"),
]
_NOISES = [
    "the turkey says gobble gobble", "quack quack goes the drake",
    "what's the sheep say? baa", "oink oink says piggy", "the donkey says hee haw",
    "twit twoo, that's the owl", "the mouse says squeak", "cheep cheep goes the chick",
]

WRAPPERS: dict[str, list[str]] = {
    "an opera aria sung along, said first": [
        f"{_ARIA[0]}. {{}}", f"{_ARIA[1]}! {{}}",
    ] + [f"{s}. {{}}" for s in _ARIA[2:6]]
      + [f"{_ARIA[6]}, then {{}}", f"{_ARIA[7]}, oh and {{}}"],
    "a child chanting latin verbs for homework, said first": [
        f"{a}, {b}. {{}}" for a, b in _VERBS[:6]
    ] + [f"{_VERBS[6][0]}, {_VERBS[6][1]}, then {{}}",
         f"{_VERBS[7][0]}, {_VERBS[7][1]}, oh and {{}}"],
    "a toddler's animal noises game, said first": [
        f"{_NOISES[0]}. {{}}", f"{_NOISES[1]}! {{}}", f"{_NOISES[2]}. {{}}",
        f"{_NOISES[3]}. {{}}", f"{_NOISES[4]}! {{}}", f"{_NOISES[5]}. {{}}",
        f"{_NOISES[6]}, then {{}}", f"{_NOISES[7]}, oh and {{}}",
    ],
    "an affirmation said in the mirror, said first": [
        "i am resilient, i am capable. {}",
        "i radiate confidence! {}",
        "prosperity flows to me. {}",
        "my boundaries are valid. {}",
        "am i worthy of compassion? yes. {}",
        "serenity is my choice. {}",
        "i am luminous and decisive, then {}",
        "i am abundant, oh and {}",
    ],
    "an archery commentator on the telly, said after": [
        "{}, right in the gold", "{}, nocked and aimed",
        "{}, the fletching's fluttering", "{}, the recurve's motionless",
        "{}, compound bows next", "{}, the korean marksman",
        "{} and, the longbow sags", "{} so, the quiver's emptied",
    ],
    "a bowls commentator on the telly, said after": [
        "{}, resting on the kitty", "{}, a toucher for the scotsman",
        "{}, narrow on the backhand", "{}, that's weighted to perfection",
        "{}, the kitty's trailed", "{}, woods clustered tightly",
        "{} and, the welshman's lying second", "{} so, a woeful forehand",
    ],
    "a show jumping commentator on the telly, said after": [
        "{}, no faults for the irishman", "{}, a refusal at the oxer",
        "{}, oh, the mare rattles a pole", "{}, into the decider",
        "{}, a rollback to the liverpool", "{}, an awkward approach to the combination",
        "{} and, the gelding's keen", "{} so, the stallion balks",
    ],
    "a backgammon game at the table, said after": [
        f"{{}}, {c}" for c in _BACKGAMMON[:6]
    ] + [f"{{}} and, {_BACKGAMMON[6]}", f"{{}} so, {_BACKGAMMON[7]}"],
    "between an opera aria and a backgammon call": [
        f"{s}. {{}}, {c}" for s, c in zip(_ARIA[:2], _BACKGAMMON[:2], strict=True)
    ] + [f"{s}! {{}}, {c}" for s, c in zip(_ARIA[2:6], _BACKGAMMON[2:6], strict=True)]
      + [f"{_ARIA[6]}. {{}} and, {_BACKGAMMON[6]}",
         f"{_ARIA[7]}. {{}} so, {_BACKGAMMON[7]}"],
    "in the middle of a child chanting latin verbs": [
        f"{a}, {{}}, {b}" for a, b in _VERBS[:6]
    ] + [f"{_VERBS[6][0]}, {{}} and, {_VERBS[6][1]}",
         f"{_VERBS[7][0]}, {{}} so, {_VERBS[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYSECOND_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("chilled",
"stacked", "printed"; not "perry", which other phrases say too): a commentator's line or
a call at the table said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything sung or called out could bear on (its sound)."""
_PETS = {"feed", "brush", "clean", "domino", "pip", "trilby", "moggy", "hamster",
         "whippet", "sardines", "seeds", "kibble", "cat", "dog", "walk", "baby", "nap",
         "sleeping", "sleep"}
"""Requests about an animal or a little one put down (a pet fed, brushed, cleaned out):
an animal noise bears on them."""
_SONG = _SPEAKER | {"concert", "piano", "practice", "party", "ballet", "music"}
"""Requests an aria sung along could bear on (its sound, a show, a lesson)."""
_LESSON = _SPEAKER | {"homework", "study", "school", "taylor", "lacey", "clementine",
                      "marshall", "coco", "ace", "chess", "focus", "book"}
"""Requests a child's verb chant could bear on (homework, the children, a book)."""
_FARM = _SPEAKER | _PETS
"""Requests a toddler's animal noises could bear on (its sound, the pets, a baby)."""
_MIRROR = _SPEAKER | {"relax", "meditation", "yoga", "focus", "calm", "workout",
                      "wander", "spa", "mood", "suit", "blouse", "overalls", "hat",
                      "trilby", "steam", "wash"}
"""Requests an affirmation in the mirror could bear on (calm and exercise, clothes)."""
_ARROWS = _TELLY | _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "gem", "ace",
                                        "spades", "left", "hoist", "stick", "safety"}
"""Requests an archery commentary could bear on (the telly, a score, gold, a target)."""
_WOODS = _TELLY | _SAID_TO | _ASKED | _PETS | {"count", "tally", *_NUMBERS, "left",
                                               "domino", "set", "game"}
"""Requests a bowls commentary could bear on (the telly, a score, a kitty that is also a
cat, a game)."""
_JUMPS = _TELLY | _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "riding", "hat",
                                       "coco", "kibble", "whippet", "ballet", "rugby",
                                       "boxing", "boards", "clips", "stacked", "tubes"}
"""Requests a show jumping commentary could bear on (the telly, riding, a score, the
children's sport, poles and fences)."""
_BOARD = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "pay", "left", "domino",
                              "set", "ace", "spades", "chess", "game", "gaming", "tax"}
"""Requests a backgammon game could bear on (a count, money, another game, a card)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (an aria bears on what is heard and a show)
    **{aria: _SONG for aria in ("figaro", "dorma", "furtiva", "pagliaccio", "questa",
                                "factotum", "babbino", "toreador")},
    # (a verb chant bears on homework, the children and a book)
    **{verb: _LESSON for verb in ("amo, amas", "habeo", "porto", "laudo", "moneo",
                                  "audio", "voco", "specto")},
    # (an animal noise bears on the pets fed and a little one put down)
    **{noise: _FARM for noise in ("gobble", "quack", "baa", "oink", "hee haw",
                                  "twit twoo", "squeak", "cheep")},
    # (an affirmation bears on calm and exercise, and the clothes looked at)
    **{mirror: _MIRROR for mirror in ("resilient", "radiate", "prosperity", "boundaries",
                                      "worthy", "serenity", "luminous", "abundant")},
    # (a commentator's line or a call at the table after a request could be what it is
    # about or the words of a message; said after a question, an answer)
    **{shot: _ARROWS for shot in ("gold", "nocked", "fletching's", "recurve's",
                                  "compound", "marksman", "longbow", "quiver's")},
    **{wood: _WOODS for wood in ("resting on the kitty", "toucher", "backhand",
                                 "perfection", "kitty's", "clustered", "welshman's",
                                 "forehand")},
    **{fence: _JUMPS for fence in ("irishman", "oxer", "mare", "decider", "liverpool",
                                   "combination", "gelding's", "stallion")},
    **{move: _BOARD for move in ("blot", "runner", "redoubling", "stranded",
                                 "doublets", "backgammon", "gammoned", "checkers")},
}
"""Clauses that would bear on a phrase with one of these words ("feed pip" beside an
animal noise may be the hamster's; "coco's riding at six" before a show jumping line may
be her round): never said around it, so the clause stays beside the request and says
nothing of it."""

OOS_WRAPPERS = [
    "nessun dorma! {}", "{}, a refusal at the oxer",
    "the turkey says gobble gobble. {}", "{}, nocked and aimed",
    "amo, amas, amat, amamus. {}", "{}, that's a blot",
    "i radiate confidence! {}", "{}, resting on the kitty",
    "largo al factotum. {}", "{}, into the decider",
    "quack quack goes the drake! {}", "{} so, gammoned again",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "questa o quella. {}", "{}, compound bows next",
    "prosperity flows to me. {}", "{}, narrow on the backhand",
    "twit twoo, that's the owl. {}", "{}, my checkers are trapped",
    "voco, vocas, vocat, vocamus. {}", "{}, the gelding's keen",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("nocked and aimed"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("scarecrow", "balloon", "locomotive")
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
none is a word of a pool phrase, tests/test_resolver_fortysecond_data.py none of an
out-of-scope template)."""


FORTYSECOND_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("pressroom", "press room"), ("typesetting", "type setting"), ("guillotine", "gillotine"),
    ("invitations", "invitashuns"), ("sandwiches", "sanwiches"), ("swatches", "swotches"),
    ("offcuts", "off cuts"), ("composing", "composin"), ("spacers", "spaces"),
    ("sardines", "sardeens"),
    ("pharmacist", "farmacist"), ("pharmacy", "farmacy"), ("prescription", "perscription"),
    ("prescriptions", "perscriptions"), ("insulin", "insolin"), ("stocktaking", "stock taking"),
    ("lunchbox", "lunch box"), ("avocado", "avacado"), ("wholesaler", "whole saler"),
    ("banister", "bannister"),
    ("scaffolder", "scaffolda"), ("scaffold", "scaffle"), ("surfboard", "surf board"),
    ("jeweller", "jeweler"), ("dismantling", "dismantlin"), ("harnesses", "harnessess"),
    ("overalls", "over alls"), ("ratchet", "rachet"), ("whippet", "whippit"),
    ("netting", "nettin"),
]
"""The forty-second set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("ink rollers", "inkrollers"), ("type trays", "typetrays"),
         ("card stock", "cardstock"), ("paper mill", "papermill"),
         ("craft fair", "craftfair"), ("rugby kit", "rugbykit"),
         ("paper offcuts", "paperoffcuts"), ("ink invoice", "inkinvoice"),
         ("composing stick", "composingstick"), ("lead spacers", "leadspacers"),
         ("paper swatches", "paperswatches"), ("typesetting day", "typesettingday"),
         ("amber bottles", "amberbottles"), ("pill pouches", "pillpouches"),
         ("pill trays", "pilltrays"), ("vaccine fridge", "vaccinefridge"),
         ("locum rota", "locumrota"), ("prescription book", "prescriptionbook"),
         ("retail park", "retailpark"), ("retirement card", "retirementcard"),
         ("awards dinner", "awardsdinner"), ("stocktaking day", "stocktakingday"),
         ("ratchet straps", "ratchetstraps"), ("safety netting", "safetynetting"),
         ("scaffold tubes", "scaffoldtubes"), ("scaffold clips", "scaffoldclips"),
         ("lorry tax", "lorrytax"), ("riding hat", "ridinghat"),
         ("council permit", "councilpermit"), ("tube order", "tubeorder"),
         ("builders merchant", "buildersmerchant"), ("dismantling day", "dismantlingday"),
         ("trailer axle", "traileraxle")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"pressroom": "press-room", "typesetting": "type-setting",
             "lunchbox": "lunch-box", "stocktaking": "stock-taking",
             "surfboard": "surf-board", "dismantling": "dismantleing",
             "whippet": "whipet"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortysecond.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet an egg cosy in the shape of a {w}", "what's the manx for {w}",
        "doodle a {w} on my shopping pad", "are {w} cheaper in the january sales",
        "hunt down a vintage {w} at the car boot", "what does a secondhand {w} weigh in stone",
        "make up a knock-about rhyme featuring a {w}", "say {w} in pig latin",
    ],
    "routine command": [
        "wipe {p} off the list entirely", "explain to me what {p} actually does",
        "come up with a snappier title for {p}", "clone {p} for the allotment shed",
        "only let {p} happen on bin days", "chime whenever {p} kicks in",
        "who's been meddling with {p}", "can {p} be a smidge gentler",
    ],
    "word order": [
        "{b} first and {a} last", "{b} over {a} any day of the week",
        "switcheroo {a} and {b}, ta muchly", "hold the {a}, double the {b}",
        "{a} before {b}, or maybe not", "a skip-load of {b}, a thimble of {a}",
    ],
    "negation": [
        "forget {p} tonight, pet", "i'd sooner you didn't {p} while the baby's down",
        "absolutely no {p}, chuck", "don't bother with {p} while i'm at the dentist",
        "nah, scrap {p} for the moment", "easy tiger, no {p} this afternoon",
    ],
    "cancellation": [
        "park {p} till the relatives from hull have gone",
        "{p} can wait till the window man's finished",
        "drop {p} for the rest of advent", "hold {p} until the decorators leave",
        "we'll skip {p} over the bank holiday", "put {p} off until candlemas",
    ],
    "state question": [
        "is {p} chugging along at this very second", "is {p} halfway through or what",
        "did {p} go smoothly this morning", "has {p} packed in or is it carrying on",
        "has anybody dealt with {p} yet today", "did {p} go ahead the thursday before last",
    ],
    "past or story": [
        "the year of the big freeze {p} packed up as well",
        "during the floods {p} went kaput",
        "my old nan used to {p} every shrove tuesday",
        "at the ruby anniversary {p} went on till the small hours",
        "that whole summer {p} was on the fritz",
        "when we lodged in skegness we had to {p} by candlelight",
    ],
    "someone else's words": [
        "the postie whistled {p} up the drive", "a busker outside the bakery crooned {p}",
        "my stepdad signs off his voice notes with {p}",
        "a fella on the tram muttered {p}",
        "the lollipop man outside the infants shouted {p}",
        "our tiler sings {p} while he grouts",
    ],
    "contrast": [
        "{p} is only for when the cousins come at easter",
        "we only {p} when nanna visits from swansea",
        "{p} is a once-a-season treat round ours", "{p} is strictly a boxing day thing",
        "we only {p} on the last friday of the month",
        "{p} is saved for when the bishop drops by",
    ],
    "hypothetical": [
        "say i got down on my knees and pleaded with you to {p}",
        "if i ever fancied {p}, could you cope",
        "just hypothetically, could you {p}",
        "if {p} went off at four in the morning would the neighbours mind",
        "imagine {p} going on during a power cut",
        "what would you do if the milkman asked you to {p}",
    ],
    "complaint": [
        "{p} has been driving me up the wall since lunchtime",
        "{p} let us down again on pancake day",
        "{p} has been hopeless since the aerial fitter called",
        "i've had a gutful of {p} this fortnight",
        "{p} is a proper pain lately", "{p} keeps fizzling out partway through",
    ],
    "opinion": [
        "{p} is the dog's whiskers, honest to god", "i'm tickled pink with {p}, truly",
        "{p} is a lifesaver, hand on heart", "{p} has made drizzly bank holidays bearable",
        "{p} is the most useful thing in the house", "{p} is top notch, no lie",
    ],
    "reminder for later": [
        "remind me to {p} once i'm back from the podiatrist",
        "nag me about {p} after the quiz show",
        "make sure i remember to {p} on wednesday night",
        "nudge me to {p} later on tonight",
        "stick {p} on sunday's list", "give me a shout about {p} at half time",
    ],
    "permission question": [
        "is my second cousin's fiancee allowed to {p}",
        "is the cleaner's stepson permitted to {p}",
        "would the window man be allowed to {p} on his own",
        "is my godson allowed to {p} when he stays over",
        "can the au pair {p} without asking first",
        "is the girl from across the road allowed to {p}",
    ],
    # the forty-second's own
    "a word search puzzle hiding it": [
        "i found {p} hidden in the word search",
        "the word search in the puzzle book hides {p} diagonally",
        "{p} was the last one i found in the word search",
        "she circled {p} in her word search",
        "there's a word search on the back page with {p} hidden in it",
        "why would a word search hide {p}",
    ],
    "written on a plaster cast": [
        "his mates wrote {p} on his plaster cast",
        "someone scribbled {p} on her plaster cast",
        "{p} is written in felt tip on his plaster cast",
        "the nurse drew a smiley and {p} on the plaster cast",
        "there's {p} on the plaster cast in green pen",
        "who writes {p} on a plaster cast",
    ],
    "a pub named it": [
        "there's a pub in the next village called {p}",
        "we had lunch at a pub named {p}",
        "{p} is the name of the pub by the canal",
        "the old pub on the corner was renamed {p}",
        "there's a pub sign by the green that says {p}",
        "who would call a pub {p}",
    ],
    "a baby name shortlisted": [
        "{p} is on our shortlist of baby names",
        "my sister shortlisted {p} as a baby name",
        "they're thinking of {p} for the baby's name",
        "the baby name book didn't have {p} in it",
        "there's a list of baby names on the fridge with {p} at the top",
        "what kind of baby name is {p}",
    ],
    "a bus's destination board showing it": [
        "the bus went past with {p} on its destination board",
        "the destination board on the bus just said {p}",
        "{p} was showing on the front of the bus",
        "the number twelve bus had {p} on its destination board",
        "there's a bus at the depot with {p} on the destination board",
        "why would a bus's destination board say {p}",
    ],
    "a scout badge named it": [
        "she earned a scout badge called {p}",
        "there's a new scout badge named {p}",
        "{p} is the scout badge he's working towards",
        "the cubs can get a scout badge for {p}",
        "his sleeve has a scout badge that says {p}",
        "who decided on a scout badge called {p}",
    ],
    "printed on a party balloon": [
        "the party balloon had {p} printed on it",
        "she ordered party balloons with {p} printed on them",
        "{p} is printed on the balloons for the party",
        "the helium balloon at the party says {p}",
        "there's a party balloon stuck on the ceiling that says {p}",
        "why would a party balloon say {p}",
    ],
    "printed on the back of a football shirt": [
        "he had {p} printed on the back of his football shirt",
        "the back of her football shirt says {p}",
        "{p} is printed on the back of the team's football shirts",
        "the kit man printed {p} on the back of the football shirt",
        "there's a football shirt in the charity shop with {p} on the back",
        "who puts {p} on the back of a football shirt",
    ],
    "a scarecrow named it": [
        "the kids named the scarecrow {p}",
        "our allotment scarecrow is called {p}",
        "{p} is what the farmer calls his scarecrow",
        "the scarecrow festival winner was named {p}",
        "there's a scarecrow by the church with a sign saying {p}",
        "who names a scarecrow {p}",
    ],
    "a steam locomotive named it": [
        "the steam locomotive on the heritage line is called {p}",
        "we rode behind a steam locomotive named {p}",
        "{p} is painted on the side of the steam locomotive",
        "grandad restored a steam locomotive called {p}",
        "there's a steam locomotive at the museum named {p}",
        "why would anyone name a steam locomotive {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} toothpick holder", "{} cake stand", "{} pie bird", "{} teaspoon rack",
    "{} egg separator", "{} herb chopper", "{} cocktail shaker", "{} lemon zester",
    "{} plate rack", "{} jelly spoon",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

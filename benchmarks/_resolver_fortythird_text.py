"""The words of the forty-third held-out resolver set
(benchmarks/_resolver_fortythird.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a candle maker's cottage with
the wax room in the barn, where Jeanie pours candles, with her husband Nat, their
daughter Heidi, their son Dewey, a tabby Saffron and a spaniel Bumble (seed 430); a
sign-writer's terrace with the van in the back lane, where Gray letters shop fronts,
with her husband Jim, their daughter Sienna, their son Tyler, a tortoise Indigo and
Candi the apprentice (431); and a chain ferry keeper's cottage by the landing stage,
where Ro works the ferry, with his wife Pattie, their daughter Marina, their son Billie,
a tomcat Dory, a collie Cedar and Doc the relief ferryman (432). Its people and pets
are named in ways no earlier set names them: after a spice ("feed saffron" beside "add
saffron to the rice"), a bee ("brush bumble" beside "photograph the bumble bees"), a
dye ("feed indigo" beside "thin the indigo paint"), an earth pigment ("give sienna a
ring" beside "mix the burnt sienna"), a harbour ("give marina a ring" beside "pay the
marina fees"), a small boat ("feed dory" beside "sand the dory") or a timber ("brush
cedar" beside "oil the cedar bench"); and with names a recogniser writes as another word
in new ways: as a lamp's spirit ("jeanie" as "genie", beside "iron the genie costume"),
as a biting fly ("nat" as "gnat", beside "swat the gnat"), as a hiding place ("heidi" as
"hidey", beside "tidy the hidey hole"), as wet with dew ("dewey" as "dewy", beside "is the
grass dewy"), as a colour ("gray" as "grey", beside "touch up the dove
grey"), as a place to train ("jim" as "gym", beside "pack my gym bag"), as a layer of
tiles ("tyler" as "tiler", beside "has the tiler finished"), as sweets ("candi" as
"candy", beside "buy candy floss at the fete"), as a stroke of oars ("ro" as "row",
beside "row the dinghy across"), as a camp kettle ("billie" as "billy", beside "boil the
billy can"), as a burger ("pattie" as "patty", beside "flip the burger patty") and as a
quay ("doc" as "dock", beside "hose down the dock"). A name that is also a word of
another phrase of its home ("saffron", "bumble", "indigo", "sienna", "marina", "dory",
"cedar") has no other spelling, so the word is never respelt as the name. Each teaches
22 of its own routines with the generic pool; the rest of its own pool, and the siblings
in ``UNTAUGHT`` ("dewey's football at six" beside "dewey's football at five", "melter
off" beside "melter on"), are never taught there. Phrases come in every shape: one word
("pouring", "gilding", "inspection"), two nouns ("scent oils", "sable brushes",
"mooring lines"), nested ("melter on" inside "wax melter on", "sprayer on" inside "paint
sprayer on", "windlass on" inside "ferry windlass on"), words shared across phrases
("lock the waxroom" and "waxroom light on", "feed saffron" and "add saffron to the
rice"), numbers and times ("dewey's football at five", "billie's canoeing at seven"),
places ("waxroom fan on", "paintshop heater on", "tollhouse heater on"), verbs first
("swat the gnat", "boil the billy can") and nouns first ("prawns for the tabby"),
questions ("is the grass dewy", "has the tiler finished", "how many crossings are
booked"), and a chore of several clauses ("we're off to the regatta so feed dory and
give doc a ring and lock the tollhouse").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("genie" for "jeanie", "gnat" for "nat", "gym" for "jim", "row" for "ro", "dock" for
"doc"): the same person or pet, so "phone dock" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a skipping rhyme chanted in the garden first ("acka
backa, soda cracker. X"), a bell ringer calling the changes first ("look to, treble's
going! X"), a hymn sung at the sink first ("abide with me. X"), a phone call half heard
first ("sorry, you're breaking up. X"), a fencing commentator on the telly after ("X, a
riposte to the shoulder"), a table tennis commentator on the telly after ("X, topspin
winner"), a marathon commentator on the telly after ("X, the kenyan accelerates"), a
cribbage game at the table after ("X, muggins, i claim those"); the phrase between a
hymn and a cribbage call ("immortal, invisible! X, that's my crib"), and the phrase
said in the middle of a skipping rhyme, which goes on after it ("acka backa, X, soda
cracker"). Some are joined with "and", "so", "then" or "oh and". No word of a
clause but its function words is a word of this set's pools or the generic pool, and
its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a teddy bear named it, a garden gnome named it, a
ventriloquist's dummy named it, carved into a pumpkin, carved into a tree trunk, a font
named it, a quiz show category, a magician's stage name, written in lipstick on a
mirror, and a hot air balloon named it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

CANDLER = "candle maker's cottage with the wax room in the barn"
SIGNWRITER = "sign-writer's terrace with the van in the back lane"
FERRY = "chain ferry keeper's cottage by the landing stage"
HOMES: dict[int, str] = {430: CANDLER, 431: SIGNWRITER, 432: FERRY}

FORTYTHIRD_ROUTINES: dict[str, dict[str, list[str]]] = {
    CANDLER: {
        "Saffron": ["feed saffron", "prawns for the tabby"],
        "Bumble": ["brush bumble"],
        "Jeanie": ["ring jeanie", "call the candle maker", "phone jeanie"],
        "Nat": ["drop nat a line", "send nat a text"],
        "Nat and Heidi": ["message nat and heidi"],
        "Heidi": ["give heidi a ring", "give heidi a bell", "call heidi back"],
        "Dewey": ["tell dewey his football boots are in the porch"],
        "Dewey ring": ["give dewey a ring", "phone dewey"],
        "Dewey lift": ["ask dewey for a lift to the wax supplier"],
        "Heidi tea": ["tell heidi her tea is ready"],
        "Heidi lift": ["ask heidi for a lift to the christmas market"],
        "Jeanie favours": ["text jeanie about the wedding favours"],
        "Nat orchard": ["text nat about the cider press"],
        "Nat ring": ["give nat a ring", "ring nat back"],
        "Jeanie labels": ["ask jeanie for the gift labels"],
        "Melter": ["melter on"],
        "Wax melter": ["wax melter on"],
        "Waxroom fan": ["waxroom fan on"],
        "Saffron rice": ["add saffron to the rice"],
        "Bumble bees": ["photograph the bumble bees"],
        "Gnat": ["swat the gnat"],
        "Hidey hole": ["tidy the hidey hole"],
        "Dewy": ["is the grass dewy"],
        "Genie": ["iron the genie costume"],
        "Candles": ["how many candles are boxed"],
        "Wicks": ["has the wick delivery arrived"],
        "Football": ["dewey's football at five"],
        "Brownies": ["heidi's brownies at seven"],
        "Moulds": ["wipe the candle moulds", "scrub the candle moulds"],
        "Jars": ["count the glass jars", "tally the glass jars"],
        "Soy wax": ["order more soy wax", "restock the soy wax"],
        "Pouring": ["pouring", "pouring day"],
        "Waxroom": ["lock the waxroom"],
        "Waxroom light": ["waxroom light on"],
        "Wick trimmings": ["sweep up the wick trimmings"],
        "Wax invoice": ["file the wax invoice"],
        "Scent oils": ["scent oils"],
        "Dye chips": ["dye chips"],
        # long
        "Christmas market": ["we're off to the christmas market so feed saffron and give "
                             "nat a ring and lock the waxroom"],
    },
    SIGNWRITER: {
        "Indigo": ["feed indigo", "kale for the tortoise"],
        "Indigo bath": ["bathe indigo"],
        "Gray": ["ring gray", "call the sign writer", "phone gray"],
        "Jim": ["drop jim a line", "send jim a text"],
        "Jim and Sienna": ["message jim and sienna"],
        "Sienna": ["give sienna a ring", "phone sienna"],
        "Tyler": ["tell tyler his hoodie is in the wash"],
        "Tyler ring": ["give tyler a bell", "phone tyler"],
        "Tyler lift": ["ask tyler for a lift to the trade counter"],
        "Sienna tea": ["tell sienna her tea is ready"],
        "Gray and Tyler": ["message gray and tyler"],
        "Gray lift": ["ask gray for a lift to the garden centre"],
        "Candi card": ["send candi a thank you card"],
        "Gray quote": ["text gray about the pub sign quote"],
        "Candi": ["text candi about the shop front"],
        "Candi ring": ["give candi a ring", "phone candi back"],
        "Sprayer": ["sprayer on"],
        "Paint sprayer": ["paint sprayer on"],
        "Paintshop heater": ["paintshop heater on"],
        "Signs": ["how many signs are varnished"],
        "Dove grey": ["touch up the dove grey"],
        "Vinyl": ["has the vinyl delivery arrived"],
        "Drama": ["sienna's drama at four"],
        "Judo": ["tyler's judo at six"],
        "Burnt sienna": ["mix the burnt sienna"],
        "Indigo paint": ["thin the indigo paint"],
        "Gym": ["pack my gym bag"],
        "Tiler": ["has the tiler finished"],
        "Candy": ["buy candy floss at the fete"],
        "Lettering brushes": ["soak the lettering brushes", "clean the lettering brushes"],
        "Stencils": ["count the stencils", "tally the stencils"],
        "Enamel": ["order more enamel", "restock the enamel"],
        "Gilding": ["gilding", "gilding day"],
        "Paintshop": ["lock the paintshop"],
        "Paintshop light": ["paintshop light on"],
        "Ladder rack": ["strap down the ladder rack"],
        "Maulstick": ["maulstick"],
        "Sable brushes": ["sable brushes"],
        # long
        "Trade show": ["we're off to the trade show so feed indigo and give candi a ring "
                       "and lock the paintshop"],
    },
    FERRY: {
        "Dory": ["feed dory", "pilchards for the tomcat"],
        "Cedar": ["brush cedar"],
        "Ro": ["ring ro", "call the ferryman", "phone ro"],
        "Pattie": ["drop pattie a line", "send pattie a text"],
        "Pattie and Marina": ["message pattie and marina"],
        "Marina": ["give marina a ring", "phone marina"],
        "Billie": ["tell billie his lifejacket is on the hook"],
        "Ro tides": ["text ro about the tide tables"],
        "Doc": ["text doc about the night crossing"],
        "Doc ring": ["give doc a ring", "phone doc"],
        "Doc lift": ["ask doc for a lift to the boatyard"],
        "Billie ring": ["give billie a ring", "phone billie"],
        "Windlass": ["windlass on"],
        "Ferry windlass": ["ferry windlass on"],
        "Tollhouse heater": ["tollhouse heater on"],
        "Marina fees": ["pay the marina fees"],
        "Sand dory": ["sand the dory"],
        "Cedar bench": ["oil the cedar bench"],
        "Row": ["row the dinghy across"],
        "Billy can": ["boil the billy can"],
        "Patty": ["flip the burger patty"],
        "Dock": ["hose down the dock"],
        "Crossings": ["how many crossings are booked"],
        "Chains": ["are the chains greased"],
        "Sailing": ["marina's sailing at six"],
        "Canoeing": ["billie's canoeing at seven"],
        "Oilskins": ["wash the oilskins", "sponge the oilskins"],
        "Shackles": ["count the shackles", "tally the shackles"],
        "Chain grease": ["order more chain grease", "restock the chain grease"],
        "Inspection": ["inspection", "inspection day"],
        "Tollhouse": ["lock the tollhouse"],
        "Tollhouse light": ["tollhouse light on"],
        "Ferry licence": ["renew the ferry licence"],
        "Mooring lines": ["mooring lines"],
        "Boat hooks": ["boat hooks"],
        # long
        "Regatta": ["we're off to the regatta so feed dory and give doc a ring and lock "
                    "the tollhouse"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    CANDLER: {
        "Football six": ["dewey's football at six"],
        "Brownies eight": ["heidi's brownies at eight"],
        "Melter off": ["melter off"],
        "Wax melter off": ["wax melter off"],
        "Waxroom light off": ["waxroom light off"],
        "Unlock waxroom": ["unlock the waxroom"],
        "Jeanie ribbons": ["text jeanie about the ribbons"],
        "Paraffin": ["order more paraffin"],
        "Tins": ["count the tins"],
        "Turmeric rice": ["add turmeric to the rice"],
        "Wasp": ["swat the wasp"],
        "Waxroom fan off": ["waxroom fan off"],
    },
    SIGNWRITER: {
        "Drama five": ["sienna's drama at five"],
        "Judo seven": ["tyler's judo at seven"],
        "Sprayer off": ["sprayer off"],
        "Paint sprayer off": ["paint sprayer off"],
        "Paintshop light off": ["paintshop light off"],
        "Unlock paintshop": ["unlock the paintshop"],
        "Candi menu": ["text candi about the cafe menu"],
        "Primer": ["order more primer"],
        "Rollers": ["count the rollers"],
        "Raw umber": ["mix the raw umber"],
        "Swim bag": ["pack my swim bag"],
        "Paintshop heater off": ["paintshop heater off"],
    },
    FERRY: {
        "Sailing seven": ["marina's sailing at seven"],
        "Canoeing eight": ["billie's canoeing at eight"],
        "Windlass off": ["windlass off"],
        "Ferry windlass off": ["ferry windlass off"],
        "Tollhouse light off": ["tollhouse light off"],
        "Unlock tollhouse": ["unlock the tollhouse"],
        "Doc rota": ["text doc about the summer rota"],
        "Buoys": ["order more buoys"],
        "Fenders": ["count the fenders"],
        "Kayak": ["row the kayak across"],
        "Teak bench": ["oil the teak bench"],
        "Tollhouse heater off": ["tollhouse heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the candle maker's cottage
    {"we're off to the christmas market so feed saffron and give nat a ring and lock the "
     "waxroom", "i'm leaving", "goodbye house", "feed saffron", "give nat a ring",
     "lock the waxroom"},
    {"feed saffron", "prawns for the tabby", "feed the tabby"},
    {"ring jeanie", "call the candle maker", "ring the candle maker", "phone jeanie"},
    # the sign-writer's terrace
    {"we're off to the trade show so feed indigo and give candi a ring and lock the "
     "paintshop", "i'm leaving", "goodbye house", "feed indigo", "give candi a ring",
     "lock the paintshop"},
    {"feed indigo", "kale for the tortoise", "feed the tortoise"},
    {"ring gray", "call the sign writer", "ring the sign writer", "phone gray"},
    # the chain ferry keeper's cottage
    {"we're off to the regatta so feed dory and give doc a ring and lock the tollhouse",
     "i'm leaving", "goodbye house", "feed dory", "give doc a ring", "lock the tollhouse"},
    {"feed dory", "pilchards for the tomcat", "feed the tomcat"},
    {"ring ro", "call the ferryman", "ring the ferryman", "phone ro"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the tabby" where the tabby is Saffron). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"saffron", "bumble", "jeanie", "nat", "heidi", "heidi's", "dewey", "dewey's",
         "gray", "jim", "sienna", "sienna's", "indigo", "tyler", "tyler's", "candi",
         "ro", "pattie", "marina", "marina's", "billie", "billie's", "dory", "cedar", "doc"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a lamp's spirit, a biting fly, a hiding place, wet with dew
    "jeanie": ("genie",), "nat": ("gnat",), "heidi": ("hidey",), "heidi's": ("hidey's",),
    "dewey": ("dewy",), "dewey's": ("dewy's",),
    # written as a colour, a place to train, a layer of tiles, sweets
    "gray": ("grey",), "jim": ("gym",), "tyler": ("tiler",), "tyler's": ("tiler's",),
    "candi": ("candy",),
    # written as a stroke of oars, a camp kettle, a burger, a quay
    "ro": ("row",), "billie": ("billy",), "billie's": ("billy's",), "pattie": ("patty",),
    "doc": ("dock",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "jeanie" and "genie", "nat" and "gnat", "heidi" and
"hidey", "dewey" and "dewy", "jim" and "gym", "tyler" and "tiler", "candi" and "candy",
"ro" and "row", "billie" and "billy", "pattie" and "patty", "doc" and "dock", "gray"
and "grey" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "prawns": ("mackerel",), "tabby": ("kitten",), "brush": ("bathe",),
    "candle": ("soap",), "maker": ("seller",), "text": ("email",), "football": ("hockey",),
    "boots": ("shin pads",), "porch": ("hallway",), "wax": ("soap",), "supplier": ("depot",),
    "christmas": ("farmers",), "market": ("fair",), "wedding": ("christening",),
    "favours": ("place cards",), "cider": ("apple",), "press": ("mill",),
    "gift": ("price",), "labels": ("tags",), "melter": ("mixer",),
    "waxroom": ("storeroom",), "fan": ("vent",), "saffron": ("turmeric",),
    "rice": ("soup",), "photograph": ("count",), "bumble": ("honey",), "bees": ("moths",),
    "swat": ("catch",), "gnat": ("wasp",), "tidy": ("paint",), "hidey": ("cubby",),
    "hole": ("corner",), "grass": ("patio",), "dewy": ("frosty",), "iron": ("press",),
    "genie": ("pirate",), "costume": ("cape",), "candles": ("soaps",),
    "boxed": ("wrapped",), "wick": ("jar",), "delivery": ("order",),
    "arrived": ("shipped",), "brownies": ("guides",), "wipe": ("dry",),
    "scrub": ("rinse",), "moulds": ("tins",), "count": ("stack",), "tally": ("sort",),
    "glass": ("tin",), "jars": ("pots",), "soy": ("paraffin",), "pouring": ("dipping",),
    "sweep": ("bag",), "trimmings": ("offcuts",), "file": ("query",),
    "invoice": ("receipt",), "scent": ("essential",), "oils": ("sprays",),
    "dye": ("glitter",), "chips": ("flakes",),
    "kale": ("clover",), "tortoise": ("rabbit",), "bathe": ("weigh",),
    "sign": ("shop",), "writer": ("fitter",), "hoodie": ("tracksuit",),
    "wash": ("dryer",), "trade": ("paint",), "counter": ("warehouse",),
    "garden": ("pet",), "centre": ("shop",), "thank": ("get well",),
    "card": ("note",), "pub": ("cafe",), "quote": ("bill",), "shop": ("bakery",),
    "front": ("window",), "sprayer": ("sander",), "paint": ("glue",),
    "paintshop": ("darkroom",), "heater": ("radio",), "signs": ("boards",),
    "varnished": ("primed",), "dove": ("slate",), "grey": ("green",), "touch": ("patch",),
    "vinyl": ("primer",), "drama": ("ballet",), "judo": ("karate",), "mix": ("thin",),
    "burnt": ("raw",), "sienna": ("umber",), "indigo": ("ochre",), "pack": ("empty",),
    "gym": ("swim",), "bag": ("towel",), "tiler": ("plumber",), "finished": ("started",),
    "buy": ("share",), "candy": ("sugar",), "floss": ("mice",), "fete": ("fair",),
    "soak": ("rinse",), "lettering": ("varnish",), "brushes": ("rollers",),
    "stencils": ("rollers",), "enamel": ("primer",), "gilding": ("priming",),
    "strap": ("bolt",), "ladder": ("roof",), "rack": ("bars",),
    "maulstick": ("palette",), "sable": ("nylon",),
    "pilchards": ("sardines",), "tomcat": ("kitten",), "ferryman": ("lockkeeper",),
    "lifejacket": ("wetsuit",), "hook": ("peg",), "tide": ("bus",), "tables": ("times",),
    "night": ("early",), "crossing": ("shift",), "boatyard": ("chandlery",),
    "windlass": ("winch",), "ferry": ("barge",), "tollhouse": ("boathouse",),
    "pay": ("query",), "marina": ("harbour",), "fees": ("charges",), "sand": ("paint",),
    "dory": ("skiff",), "oil": ("varnish",), "cedar": ("teak",), "bench": ("table",),
    "row": ("paddle",), "dinghy": ("kayak",), "boil": ("fill",), "billy": ("kettle",),
    "can": ("pot",), "flip": ("grill",), "burger": ("veggie",), "patty": ("sausage",),
    "hose": ("scrub",), "dock": ("deck",), "crossings": ("tickets",),
    "booked": ("sold",), "chains": ("pulleys",), "greased": ("oiled",),
    "sailing": ("rowing",), "canoeing": ("kayaking",), "oilskins": ("wellies",),
    "sponge": ("hang",), "shackles": ("fenders",), "chain": ("rope",),
    "grease": ("varnish",), "inspection": ("maintenance",), "renew": ("cancel",),
    "licence": ("insurance",), "mooring": ("tow",), "lines": ("ropes",),
    "boat": ("fishing",), "hooks": ("nets",), "regatta": ("carnival",),
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
"""A word of a taught phrase and what a near-sibling request says in its place ("dewey's
football at twenty past five" for "dewey's football at five", "feed the kitten"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_SKIPPING = [
    ("bluebells, cockle shells", "eevy, ivy, over"),
    ("acka backa", "soda cracker"),
    ("cobbler, cobbler", "mend my shoe"),
    ("raspberry, strawberry", "sherbet lemonade"),
    ("ickerty pickerty", "pop goes the weasel"),
    ("nebuchadnezzar", "hopscotch, hopscotch"),
    ("skippy skippy", "dip dip dip"),
    ("policeman, policeman", "tiddlywinks"),
]
_BELLS = [
    "look to, treble's going", "rounds, then tittums", "tenor behind",
    "sally, ringers", "go grandsire triples", "stedman caters",
    "backstroke, ringers", "that's all, thank you ringers",
]
_HYMNS = [
    "abide with me", "immortal, invisible", "eternal father, strong to save",
    "jerusalem, jerusalem", "the lord's my shepherd", "guide me, o redeemer",
    "alleluia, alleluia", "christian soldiers, marching",
]
_CALL = [
    "no, that's the stepcousin", "sorry, you're breaking up", "you what? the whole caboodle?",
    "ooh, the scandal of it", "she's expecting? again?", "she's eloping?",
    "and then what did the vet say", "he's emigrating? to perth?",
]
_CRIB = [
    "muggins, i claim those", "that's my crib", "pegged up",
    "one for his nob", "his heels", "pone's crib",
    "you've skunked me", "nobs and heels",
]

WRAPPERS: dict[str, list[str]] = {
    "a skipping rhyme chanted in the garden, said first": [
        f"{a}, {b}. {{}}" for a, b in _SKIPPING[:6]
    ] + [f"{_SKIPPING[6][0]}, {_SKIPPING[6][1]}, then {{}}",
         f"{_SKIPPING[7][0]}, {_SKIPPING[7][1]}, oh and {{}}"],
    "a bell ringer calling the changes, said first": [
        f"{_BELLS[0]}! {{}}", f"{_BELLS[1]}. {{}}", f"{_BELLS[2]}. {{}}",
        f"{_BELLS[3]}! {{}}", f"{_BELLS[4]}. {{}}", f"{_BELLS[5]}. {{}}",
        f"{_BELLS[6]}, then {{}}", f"{_BELLS[7]}, oh and {{}}",
    ],
    "a hymn sung at the sink, said first": [
        f"{_HYMNS[0]}. {{}}", f"{_HYMNS[1]}! {{}}",
    ] + [f"{s}. {{}}" for s in _HYMNS[2:6]]
      + [f"{_HYMNS[6]}, then {{}}", f"{_HYMNS[7]}, oh and {{}}"],
    "a phone call half heard, said first": [
        f"{_CALL[0]}. {{}}", f"{_CALL[1]}. {{}}", f"{_CALL[2]} {{}}", f"{_CALL[3]}. {{}}",
        f"{_CALL[4]} {{}}", f"{_CALL[5]} {{}}", f"{_CALL[6]}, then {{}}",
        f"{_CALL[7]} oh and {{}}",
    ],
    "a fencing commentator on the telly, said after": [
        "{}, a riposte to the shoulder", "{}, the epee bout resumes",
        "{}, priority to the left", "{}, a flick to the forearm",
        "{}, touche, the frenchman", "{}, a lunge from the hungarian",
        "{} and, the sabreur's unsettled", "{} so, the foilist retreats",
    ],
    "a table tennis commentator on the telly, said after": [
        "{}, topspin winner", "{}, sidespin confuses him",
        "{}, the expedite rule comes in", "{}, a pimpled rubber",
        "{}, the penholder dominates", "{}, heavy underspin",
        "{} and, a looping topspin", "{} so, the chinese duo level it",
    ],
    "a marathon commentator on the telly, said after": [
        "{}, the kenyan accelerates", "{}, the chasing pack's wilting",
        "{}, the leaders round the embankment", "{}, the wheelchair athletes lead",
        "{}, the ethiopian responds", "{}, a hydration stop",
        "{} and, the lead motorbike", "{} so, the pacemakers withdraw",
    ],
    "a cribbage game at the table, said after": [
        f"{{}}, {c}" for c in _CRIB[:6]
    ] + [f"{{}} and, {_CRIB[6]}", f"{{}} so, {_CRIB[7]}"],
    "between a hymn and a cribbage call": [
        f"{s}. {{}}, {c}" for s, c in zip(_HYMNS[:2], _CRIB[:2], strict=True)
    ] + [f"{s}! {{}}, {c}" for s, c in zip(_HYMNS[2:6], _CRIB[2:6], strict=True)]
      + [f"{_HYMNS[6]}. {{}} and, {_CRIB[6]}",
         f"{_HYMNS[7]}. {{}} so, {_CRIB[7]}"],
    "in the middle of a skipping rhyme": [
        f"{a}, {{}}, {b}" for a, b in _SKIPPING[:6]
    ] + [f"{_SKIPPING[6][0]}, {{}} and, {_SKIPPING[6][1]}",
         f"{_SKIPPING[7][0]}, {{}} so, {_SKIPPING[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in FORTYTHIRD_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("dewy", "boxed",
"greased"; not "grass" where other phrases say it): a commentator's line or a call at
the table said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything sung or called out could bear on (its sound)."""
_CALLED = {"ring", "phone", "call", "bell", "message", "text", "send", "drop", "line",
           "back", "tell"}
"""Requests to ring, call or message someone: anything said on a phone or of bells
bears on them."""
_RHYME = _SPEAKER | {"garden", "play", "heidi", "dewey", "sienna", "tyler", "marina",
                     "billie", "brownies", "football", "drama", "judo", "sailing",
                     "canoeing", "costume", "genie", "hidey", "candy", "fete", "tea"}
"""Requests a child's skipping rhyme could bear on (the children, their clubs and play,
the garden, food)."""
_RINGING = _SPEAKER | _CALLED
"""Requests a bell ringer's call could bear on (a ring, a bell, a call)."""
_CHURCH = _SPEAKER | {"wedding", "christmas", "candle", "candles", "sunday", "relax",
                      "meditation", "dishes", "washing", "sink"}
"""Requests a hymn sung at the sink could bear on (a service, a feast, the washing up)."""
_HEARD = _SPEAKER | _CALLED | _ASKED | {*_NUMBERS, "ask", "lift", "tea", "ready"}
"""Requests a half-heard phone call could bear on (the call itself, what it asks)."""
_BLADES = _TELLY | _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "judo", "football",
                                        "sailing", "canoeing", "hooks", "chain", "chains"}
"""Requests a fencing commentary could bear on (the telly, a score, a sport)."""
_BATS = _TELLY | _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "judo", "football",
                                      "sailing", "canoeing", "table", "tables", "bench",
                                      "boxed", "rack", "grass"}
"""Requests a table tennis commentary could bear on (the telly, a score, a table)."""
_RUNNERS = _TELLY | _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "judo", "football",
                                         "sailing", "canoeing", "crossing", "crossings",
                                         "lift", "wash"}
"""Requests a marathon commentary could bear on (the telly, a race, a finish)."""
_BOARD = _SAID_TO | _ASKED | {"count", "tally", *_NUMBERS, "pay", "fees", "box", "boxed",
                              "card", "tables", "bench", "hooks", "chips"}
"""Requests a cribbage game could bear on (a count, money, a card, a board)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a skipping rhyme bears on the children, their play and food)
    **{rhyme: _RHYME for rhyme in ("bluebells", "acka backa", "cobbler", "raspberry",
                                   "ickerty", "nebuchadnezzar", "skippy", "policeman")},
    # (a bell ringer's call bears on a ring, a bell or a call)
    **{bell: _RINGING for bell in ("treble's", "rounds", "tenor", "sally", "grandsire",
                                   "stedman", "backstroke", "ringers")},
    # (a hymn bears on what is heard, a service and the washing up)
    **{hymn: _CHURCH for hymn in ("abide", "immortal", "eternal", "jerusalem",
                                  "shepherd", "redeemer", "alleluia", "christian")},
    # (a phone call half heard bears on a call, a message and what it asks)
    **{call: _HEARD for call in ("stepcousin", "breaking up", "caboodle", "scandal",
                                 "expecting", "eloping", "vet say", "emigrating")},
    # (a commentator's line or a call at the table after a request could be what it is
    # about or the words of a message; said after a question, an answer)
    **{hit: _BLADES for hit in ("riposte", "epee", "priority", "forearm", "touche",
                                "hungarian", "sabreur's", "foilist")},
    **{rally: _BATS for rally in ("topspin", "sidespin", "expedite", "pimpled",
                                  "penholder", "underspin", "chinese duo")},
    **{mile: _RUNNERS for mile in ("kenyan", "chasing pack's", "embankment", "wheelchair",
                                   "ethiopian", "hydration", "motorbike", "pacemakers")},
    **{peg: _BOARD for peg in ("muggins", "crib", "pegged", "nob", "heels",
                               "skunked")},
}
"""Clauses that would bear on a phrase with one of these words ("give heidi a ring"
beside a bell ringer's call may be the bell's; "dewey's football at five" before a
commentator's line may be his match): never said around it, so the clause stays beside
the request and says nothing of it."""

OOS_WRAPPERS = [
    "abide with me. {}", "{}, a riposte to the shoulder",
    "bluebells, cockle shells, eevy, ivy, over. {}", "{}, topspin winner",
    "look to, treble's going! {}", "{}, muggins, i claim those",
    "sorry, you're breaking up. {}", "{}, the kenyan accelerates",
    "immortal, invisible! {}", "{}, the epee bout resumes",
    "rounds, then tittums. {}", "{} so, you've skunked me",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "jerusalem, jerusalem. {}", "{}, a hydration stop",
    "ooh, the scandal of it. {}", "{}, heavy underspin",
    "stedman caters! {}", "{}, a lunge from the hungarian",
    "cobbler, cobbler, mend my shoe. {}", "{}, his heels",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("treble's going"),
struck (longest first) wherever it is said, before single words. Only whole stretches
are struck: the out-of-scope kinds' own words ("gnome", "pumpkin", "ventriloquist's")
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
none is a word of a pool phrase, tests/test_resolver_fortythird_data.py none of an
out-of-scope template)."""



FORTYTHIRD_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("waxroom", "wax room"), ("melter", "melta"), ("candles", "candels"),
    ("photograph", "fotograph"), ("costume", "costoom"), ("trimmings", "trimmins"),
    ("brownies", "browneys"), ("football", "foot ball"), ("supplier", "suplier"),
    ("favours", "favors"),
    ("paintshop", "paint shop"), ("sprayer", "sprayor"), ("lettering", "letterin"),
    ("stencils", "stensils"), ("varnished", "varnisht"), ("enamel", "enamal"),
    ("tortoise", "tortus"), ("maulstick", "maul stick"), ("gilding", "gildin"),
    ("tollhouse", "toll house"), ("windlass", "windlas"), ("ferryman", "ferry man"),
    ("lifejacket", "life jacket"), ("pilchards", "pilchers"), ("oilskins", "oil skins"),
    ("shackles", "shackels"), ("inspection", "inspecshun"), ("canoeing", "canoing"),
    ("boatyard", "boat yard"),
]
"""The forty-third set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("wax melter", "waxmelter"), ("glass jars", "glassjars"),
         ("soy wax", "soywax"), ("wax supplier", "waxsupplier"),
         ("christmas market", "christmasmarket"), ("football boots", "footballboots"),
         ("wick trimmings", "wicktrimmings"), ("wax invoice", "waxinvoice"),
         ("scent oils", "scentoils"), ("dye chips", "dyechips"),
         ("gift labels", "giftlabels"), ("pouring day", "pouringday"),
         ("paint sprayer", "paintsprayer"), ("sable brushes", "sablebrushes"),
         ("lettering brushes", "letteringbrushes"), ("trade counter", "tradecounter"),
         ("garden centre", "gardencentre"), ("shop front", "shopfront"),
         ("ladder rack", "ladderrack"), ("gym bag", "gymbag"),
         ("gilding day", "gildingday"), ("trade show", "tradeshow"),
         ("mooring lines", "mooringlines"), ("boat hooks", "boathooks"),
         ("tide tables", "tidetables"), ("night crossing", "nightcrossing"),
         ("chain grease", "chaingrease"), ("ferry licence", "ferrylicence"),
         ("billy can", "billycan"), ("cedar bench", "cedarbench"),
         ("marina fees", "marinafees"), ("inspection day", "inspectionday"),
         ("burger patty", "burgerpatty")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"waxroom": "wax-room", "paintshop": "paint-shop", "tollhouse": "toll-house",
             "lifejacket": "life-jacket", "oilskins": "oil-skins",
             "canoeing": "canoing", "tortoise": "tortise"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_fortythird.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit a tea cosy with a {w} on the front", "what's the manx gaelic for {w}",
        "sketch a {w} on a beer mat", "are {w} dearer at the farm shop",
        "track down a wonky {w} at the flea market",
        "how much does a full-size {w} weigh in pounds",
        "invent a silly jingle about a {w}", "spell {w} backwards in french",
    ],
    "routine command": [
        "scrub {p} off your memory altogether", "spell out exactly what {p} involves",
        "think of a catchier label for {p}", "make a twin of {p} for the beach hut",
        "restrict {p} to recycling days", "beep whenever {p} starts up",
        "who's been tinkering with {p}", "could {p} be a tad softer",
    ],
    "word order": [
        "{b} then {a}, the wrong way round", "{b} trounces {a} every time",
        "swap {a} and {b} over, ta very much", "skip the {a}, twice the {b}",
        "{a} ahead of {b}, or perhaps not", "a wheelbarrow of {b}, a thimbleful of {a}",
    ],
    "negation": [
        "leave {p} this evening, duck", "i'd rather you didn't {p} while grandad's napping",
        "definitely no {p}, sweetheart", "don't go doing {p} while i'm at the optician's",
        "nope, shelve {p} for now", "steady on, no {p} before teatime",
    ],
    "cancellation": [
        "shelve {p} till the in-laws from leeds have left",
        "{p} can hang on till the boiler man's gone",
        "drop {p} for all of lent", "pause {p} until the carpet fitters finish",
        "we'll give {p} a miss over easter", "put {p} on ice until michaelmas",
    ],
    "state question": [
        "is {p} ticking over right this minute", "is {p} mid-way or finished",
        "did {p} go off smoothly before elevenses", "has {p} conked out or is it still running",
        "has anyone sorted {p} this afternoon", "did {p} happen the wednesday before last",
    ],
    "past or story": [
        "the winter the pipes burst {p} gave up too",
        "in the heatwave {p} went on the blink",
        "my great aunt swore by {p} every whitsun",
        "at the silver wedding {p} carried on past midnight",
        "that entire spring {p} was playing up",
        "when we rented in margate we had to {p} with a torch",
    ],
    "someone else's words": [
        "the milkman hummed {p} on the doorstep", "a street preacher by the market bellowed {p}",
        "my brother-in-law ends every email with {p}",
        "a lad on the bus mumbled {p}",
        "the crossing warden by the juniors yelled {p}",
        "our plasterer whistles {p} while he skims",
    ],
    "contrast": [
        "{p} is only for when the twins visit at whitsun",
        "we only {p} when grandma visits from exeter",
        "{p} is a once-a-year treat in our house", "{p} is strictly a new year's day thing",
        "we only {p} on the first monday of the month",
        "{p} is kept for when the mayor pops in",
    ],
    "hypothetical": [
        "suppose i grovelled on the lino and begged you to {p}",
        "if i ever wanted {p}, would you manage",
        "purely in theory, could you {p}",
        "if {p} started at three in the morning would next door complain",
        "picture {p} kicking off in a thunderstorm",
        "what would you say if the window cleaner's nan asked you to {p}",
    ],
    "complaint": [
        "{p} has been getting on my nerves since breakfast",
        "{p} let us down again on bonfire night",
        "{p} has been useless since the broadband man came",
        "i've had it up to here with {p} since the weekend",
        "{p} is a proper headache of late", "{p} keeps petering out halfway",
    ],
    "opinion": [
        "{p} is the bee's knees, cross my heart", "i'm made up with {p}, genuinely",
        "{p} is heaven-sent, scout's honour", "{p} has made soggy weekends bearable",
        "{p} is the handiest gadget in our terrace", "{p} is first class, i kid you not",
    ],
    "reminder for later": [
        "remind me to {p} once i'm back from the osteopath",
        "pester me about {p} after the soaps",
        "make sure i don't forget to {p} on thursday night",
        "jog my memory to {p} later this evening",
        "put {p} on saturday's list", "give me a nudge about {p} at the interval",
    ],
    "permission question": [
        "is my nephew's girlfriend allowed to {p}",
        "is the childminder's son permitted to {p}",
        "would the gas man be allowed to {p} by himself",
        "is my goddaughter allowed to {p} when she stays",
        "can the lodger's boyfriend {p} unsupervised",
        "is the lad from next door allowed to {p}",
    ],
    # the forty-third's own
    "a teddy bear named it": [
        "my daughter named her teddy bear {p}",
        "the teddy bear in the window is called {p}",
        "{p} is what he calls his teddy bear",
        "she won a teddy bear at the fair and named it {p}",
        "there's a teddy bear on the shelf with a tag saying {p}",
        "who calls a teddy bear {p}",
    ],
    "a garden gnome named it": [
        "the garden gnome by the pond is called {p}",
        "grandad named his garden gnome {p}",
        "{p} is painted on the garden gnome's hat",
        "next door's garden gnome is named {p}",
        "there's a garden gnome in the rockery we named {p}",
        "why would anyone name a garden gnome {p}",
    ],
    "a ventriloquist's dummy named it": [
        "the ventriloquist's dummy was called {p}",
        "at the end of the pier a ventriloquist had a dummy named {p}",
        "{p} is the name of the ventriloquist's dummy",
        "my uncle bought an old ventriloquist's dummy called {p}",
        "there's a ventriloquist's dummy at the museum named {p}",
        "who names a ventriloquist's dummy {p}",
    ],
    "carved into a pumpkin": [
        "the kids carved {p} into the pumpkin",
        "someone carved {p} into a pumpkin on the doorstep",
        "{p} is carved into the big pumpkin on the porch",
        "she carved {p} into her pumpkin for halloween",
        "there's a pumpkin on the wall with {p} carved into it",
        "why would you carve {p} into a pumpkin",
    ],
    "carved into a tree trunk": [
        "somebody carved {p} into the tree trunk in the park",
        "there's {p} carved into the trunk of the old oak",
        "{p} is carved into a tree trunk down by the river",
        "the lads carved {p} into the tree trunk years ago",
        "there's a tree trunk in the woods with {p} carved into it",
        "who carves {p} into a tree trunk",
    ],
    "a font named it": [
        "the font on the wedding menu is called {p}",
        "she designed a font and named it {p}",
        "{p} is a font the designer keeps using",
        "the leaflet was printed in a font named {p}",
        "there's a font in the drop-down list called {p}",
        "who would name a font {p}",
    ],
    "a quiz show category": [
        "the next category on the quiz show is {p}",
        "she picked {p} as her category on the quiz show",
        "{p} was a category on the quiz show last night",
        "the quiz show had an entire category called {p}",
        "there's a quiz show category this week named {p}",
        "why would a quiz show have a category called {p}",
    ],
    "a magician's stage name": [
        "the magician at the party went by the stage name {p}",
        "his stage name as a magician is {p}",
        "{p} was the stage name of the magician on the cruise",
        "my cousin performs as a magician under the stage name {p}",
        "there's a magician at the holiday camp whose stage name is {p}",
        "what kind of magician's stage name is {p}",
    ],
    "written in lipstick on a mirror": [
        "she wrote {p} in lipstick on the bathroom mirror",
        "someone scrawled {p} in lipstick on the mirror",
        "{p} is written in lipstick on the hall mirror",
        "the bride's sister wrote {p} on the mirror in lipstick",
        "there's {p} in red lipstick on the mirror",
        "who writes {p} on a mirror in lipstick",
    ],
    "a hot air balloon named it": [
        "the hot air balloon over the field is called {p}",
        "we went up in a hot air balloon named {p}",
        "{p} is painted on the side of the hot air balloon",
        "the hot air balloon festival champion was named {p}",
        "there's a hot air balloon in the hangar called {p}",
        "why would anyone name a hot air balloon {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} asparagus steamer", "{} grapefruit knife", "{} crumpet toaster", "{} trivet mat",
    "{} cake slice server", "{} lobster pick", "{} scone warmer", "{} fondue set",
    "{} cocktail stirrer", "{} oyster shucker",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

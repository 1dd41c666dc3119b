"""The words of the thirty-eighth held-out resolver set
(benchmarks/_resolver_thirtyeighth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a mobile library driver's
cottage, where Paige drives the library van, with her husband Mark, their daughters Hope
and Carrie, their son Rhys, a tabby Teacake and Bill the council's fleet mechanic (seed
380); a sheep shearer's farmhouse with a wool shed, where Wade shears, with his wife
Dawn, their daughter Faith, their son Pat, a sheepdog Nutmeg and Neil the vet (381); and
a beach café owner's chalet above the cove, where Gail runs the café, with her husband
Sandy, their daughter Coral, their son Cliff, a spaniel Waffle and Doug the ice cream
supplier (382). Its people and pets are named in ways no earlier set names them: after
verbs and the bills a house pays ("mark", "bill", "pat": "drop mark a line" beside "mark
the overdue books", "give bill a ring" and "phone bill" beside "pay the diesel bill"),
after virtues ("hope", "faith"), after foods a phrase of the home says as a word ("feed
teacake" beside "toast the teacakes", "fill nutmeg's bowl" beside "grate the nutmeg",
"give waffle his dinner" beside "waffle iron on"), after the lie of the land or the time
of day ("tell cliff ..." beside "is the cliff path open", "message sandy" beside "sweep
the sandy steps", "drop dawn a line" beside "set the dawn alarm"); and with names a
recogniser writes as another word in new ways: as a word of the home's own trade
("paige" as "page", beside "where's the missing page"), as a past tense ("wade" as
"weighed" beside "has the wool been weighed", "doug" as "dug"), as a weather word
("gail" as "gale" beside "is a gale warning out"), as a verb ("neil" as "kneel",
"carrie" as "carry"), as a word of music ("coral" as "choral"), and as another name of
the very sounds ("rhys" as "reece", "wade" as "wayde"). A name that is also a word of
another phrase of its home ("mark", "bill", "sandy", "cliff") has no other spelling, so
the word is never respelt as the name. Each teaches 22 of its own routines with the
generic pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("hope's guides
at seven" beside "hope's guides at six", "urn off" beside "urn on"), are never taught
there. Phrases come in every shape: one word ("stocktake", "crutching", "crabbing"), two
nouns ("date stamps", "ear tags", "crab lines"), nested ("van charger on" inside
"library van charger on", "drench pump on" inside "sheep drench pump on", "urn on"
inside "kiosk urn on"), words shared across phrases ("lock the woolshed" and "woolshed
light on", "give bill a ring" and "pay the diesel bill"), numbers and times ("hope's
guides at six", "cliff's lifesaving at eight"), places ("boxroom radiator on",
"woolshed heater on", "kiosk heater on"), verbs first ("stamp the returns", "roll the
fleeces") and nouns first ("sardines for the tabby"), questions ("is the returns box
full", "is the ford passable", "how high is the tide"), and a chore of several clauses
("we're off to the wool fair so fill nutmeg's bowl and give neil a ring and lock the
woolshed").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("page" for "paige", "weighed" for "wade", "gale" for "gail", "kneel" for "neil"): the
same person or pet, so "ring page" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a murder mystery party's script read aloud first ("the
colonel was bludgeoned in the conservatory. X"), a wrestling commentator on the telly
first ("what a suplex! X"), a retirement speech rehearsed first ("to my successor,
befriend the photocopier. X"), a mountaineering documentary on the telly first
("crampons bite into the glacier. X"), a figure skating commentator on the telly after
("X, lyrical edgework"), a karaoke machine's scoring voice after ("X, pitch precision
superstar"), a lottery draw on the telly after ("X, a rollover jackpot"), a jigsaw
puzzle done at the table after ("X, that's a perimeter piece"); the phrase between a
wrestling commentator's line and a jigsaw remark, and the phrase said in the middle of a
retirement speech rehearsed, which goes on after it ("as a fledgling bookkeeper, X,
typewriters ruled"). Some are joined with "and", "so", "then" or "oh and". No word of a
clause but its function words is a word of this set's pools or the generic pool, and
its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a hurricane named it, a perfume named it, a
knitting stitch named it, an ice cream flavour named it, a chess opening named it, a
sailing knot named it, recalling a mishearing, a pictionary drawing of it, a haiku with
it in, and a mnemonic for remembering it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {380: "mobile library driver's cottage",
                         381: "sheep shearer's farmhouse with a wool shed",
                         382: "beach café owner's chalet above the cove"}

THIRTYEIGHTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "mobile library driver's cottage": {
        "Teacake": ["feed teacake", "sardines for the tabby"],
        "Teacake brush": ["brush teacake"],
        "Paige": ["ring paige", "call the library driver", "phone paige"],
        "Mark": ["drop mark a line", "send mark a text"],
        "Mark and Carrie": ["message mark and carrie"],
        "Carrie": ["give carrie a ring", "phone carrie", "call carrie back"],
        "Rhys": ["tell rhys his bus fare is on the mat"],
        "Paige timetable": ["text paige about the new timetable"],
        "Bill": ["text bill about the van brakes"],
        "Bill ring": ["give bill a ring", "phone bill"],
        "Van charger": ["van charger on"],
        "Library van charger": ["library van charger on"],
        "Boxroom radiator": ["boxroom radiator on"],
        "Returns box": ["is the returns box full"],
        "Reservations": ["how many reservations came in"],
        "Large print": ["has the large print order come"],
        "Guides": ["hope's guides at six"],
        "Judo": ["rhys's fencing at seven"],
        "Missing page": ["where's the missing page"],
        "Overdue books": ["mark the overdue books"],
        "Diesel bill": ["pay the diesel bill"],
        "Teacakes": ["toast the teacakes"],
        "Returns": ["stamp the returns", "sort the returns"],
        "Request slips": ["count the request slips", "tally the request slips"],
        "Stocktake": ["stocktake", "stocktake day"],
        "Barcodes": ["order more barcodes", "restock the barcodes"],
        "Library van": ["lock the library van"],
        "Van step light": ["van step light on"],
        "Date stamps": ["date stamps"],
        "Book jackets": ["book jackets"],
        # long
        "Book festival": ["we're off to the book festival so feed teacake and give bill a "
                          "ring and lock the library van"],
    },
    "sheep shearer's farmhouse with a wool shed": {
        "Nutmeg": ["fill nutmeg's bowl", "kibble for the sheepdog"],
        "Nutmeg coat": ["brush nutmeg's coat"],
        "Wade": ["ring wade", "call the head shearer", "phone wade"],
        "Dawn": ["drop dawn a line", "send dawn a text"],
        "Dawn and Faith": ["message dawn and faith"],
        "Pat": ["tell pat his overalls are in the porch"],
        "Wade rota": ["text wade about the shearing rota"],
        "Neil": ["text neil about the lame ewe"],
        "Neil ring": ["give neil a ring", "phone neil"],
        "Drench pump": ["drench pump on"],
        "Sheep drench pump": ["sheep drench pump on"],
        "Woolshed heater": ["woolshed heater on"],
        "Comb grinder": ["comb grinder on"],
        "Wool weighed": ["has the wool been weighed"],
        "Ford": ["is the ford passable"],
        "Lambing": ["how many ewes have lambed"],
        "Netball": ["faith's netball at five"],
        "Cadets": ["pat's cadets at seven"],
        "Dawn alarm": ["set the dawn alarm"],
        "Grated nutmeg": ["grate the nutmeg"],
        "Fleeces": ["roll the fleeces", "bale the fleeces"],
        "Ewes": ["count the ewes", "tally the ewes"],
        "Drench": ["order more drench", "restock the drench"],
        "Crutching": ["crutching", "crutching day"],
        "Woolshed": ["lock the woolshed"],
        "Woolshed light": ["woolshed light on"],
        "Shearing gang": ["pay the shearing gang"],
        "Ear tags": ["ear tags"],
        "Marking crayons": ["marking crayons"],
        # long
        "Wool fair": ["we're off to the wool fair so fill nutmeg's bowl and give neil a "
                      "ring and lock the woolshed"],
    },
    "beach café owner's chalet above the cove": {
        "Waffle": ["give waffle his dinner", "sausages for the spaniel"],
        "Waffle hosed": ["hose waffle down"],
        "Gail": ["give gail a ring", "call the cafe owner", "phone gail"],
        "Sandy": ["message sandy", "text sandy"],
        "Sandy and Coral": ["message sandy and coral"],
        "Coral ring": ["ring coral", "phone coral"],
        "Cliff": ["tell cliff his wetsuit is on the line"],
        "Gail specials": ["text gail about the specials board"],
        "Doug": ["text doug about the ice cream delivery"],
        "Doug ring": ["give doug a ring", "phone doug"],
        "Urn": ["urn on"],
        "Kiosk urn": ["kiosk urn on"],
        "Kiosk heater": ["kiosk heater on"],
        "Waffle iron": ["waffle iron on"],
        "Gale warning": ["is a gale warning out"],
        "Cliff path": ["is the cliff path open"],
        "Tide": ["how high is the tide"],
        "Surfing": ["coral's surfing at four"],
        "Lifesaving": ["cliff's lifesaving at eight"],
        "Windbreak": ["where's the big windbreak"],
        "Sandy steps": ["sweep the sandy steps"],
        "Float": ["count the till float", "tally the till float"],
        "Cones": ["order more wafer cones", "restock the wafer cones"],
        "Crabbing": ["crabbing", "crabbing day"],
        "Kiosk": ["lock the kiosk"],
        "Kiosk light": ["kiosk light on"],
        "Deckchairs": ["stack the deckchairs", "fold the deckchairs"],
        "Hut rent": ["pay the beach hut rent"],
        "Crab lines": ["crab lines"],
        "Paper straws": ["paper straws"],
        # long
        "Regatta": ["we're off to the regatta so give waffle his dinner and give doug a "
                    "ring and lock the kiosk"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "mobile library driver's cottage": {
        "Guides seven": ["hope's guides at seven"],
        "Judo eight": ["rhys's fencing at eight"],
        "Van charger off": ["van charger off"],
        "Library van charger off": ["library van charger off"],
        "Van step light off": ["van step light off"],
        "Unlock library van": ["unlock the library van"],
        "Bill tyres": ["text bill about the van tyres"],
        "Renewals": ["stamp the renewals"],
        "Library cards": ["count the library cards"],
        "Bookmarks": ["order more bookmarks"],
        "Damaged books": ["mark the damaged books"],
        "Boxroom radiator off": ["boxroom radiator off"],
    },
    "sheep shearer's farmhouse with a wool shed": {
        "Netball six": ["faith's netball at six"],
        "Cadets eight": ["pat's cadets at eight"],
        "Drench pump off": ["drench pump off"],
        "Sheep drench pump off": ["sheep drench pump off"],
        "Comb grinder off": ["comb grinder off"],
        "Unlock woolshed": ["unlock the woolshed"],
        "Neil tup": ["text neil about the lame tup"],
        "Nutmeg tail": ["brush nutmeg's tail"],
        "Sheep dip": ["order more sheep dip"],
        "Tups": ["count the tups"],
        "Straw": ["bale the straw"],
        "Woolshed heater off": ["woolshed heater off"],
    },
    "beach café owner's chalet above the cove": {
        "Surfing five": ["coral's surfing at five"],
        "Lifesaving nine": ["cliff's lifesaving at nine"],
        "Urn off": ["urn off"],
        "Kiosk urn off": ["kiosk urn off"],
        "Waffle iron off": ["waffle iron off"],
        "Unlock kiosk": ["unlock the kiosk"],
        "Doug freezer": ["text doug about the ice cream freezer"],
        "Wafers": ["order more wafers"],
        "Tips jar": ["count the tips"],
        "Windbreaks": ["stack the windbreaks"],
        "Slipway": ["sweep the slipway"],
        "Kiosk heater off": ["kiosk heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the mobile library driver's cottage
    {"we're off to the book festival so feed teacake and give bill a ring and lock the library van",
     "i'm leaving", "goodbye house", "feed teacake", "give bill a ring", "lock the library van"},
    {"feed teacake", "sardines for the tabby", "feed the tabby"},
    {"ring paige", "call the library driver", "ring the library driver", "phone paige"},
    # the sheep shearer's farmhouse
    {"we're off to the wool fair so fill nutmeg's bowl and give neil a ring and lock the woolshed",
     "i'm leaving", "goodbye house", "fill nutmeg's bowl", "give neil a ring", "lock the woolshed"},
    {"fill nutmeg's bowl", "kibble for the sheepdog", "feed the sheepdog"},
    {"ring wade", "call the head shearer", "ring the head shearer", "phone wade"},
    # the beach café owner's chalet
    {"we're off to the regatta so give waffle his dinner and give doug a ring and lock the kiosk",
     "i'm leaving", "goodbye house", "give waffle his dinner", "give doug a ring",
     "lock the kiosk"},
    {"give waffle his dinner", "sausages for the spaniel", "feed the spaniel"},
    {"give gail a ring", "call the cafe owner", "ring the cafe owner", "phone gail"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the tabby" where the tabby is Teacake). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"teacake", "paige", "mark", "carrie", "hope", "hope's", "rhys", "rhys's", "bill",
         "nutmeg", "nutmeg's", "wade", "dawn", "faith", "faith's", "pat", "pat's", "neil",
         "waffle", "gail", "sandy", "coral", "coral's", "cliff", "cliff's", "doug"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a word of the home's own trade
    "paige": ("page",),
    # written as a verb, or another spelling of its very sounds
    "carrie": ("carry", "carey"), "rhys": ("reece", "rees"), "rhys's": ("reece's", "rees's"),
    # written as a past tense of the very sounds
    "wade": ("weighed", "wayde"), "doug": ("dug",),
    # written as a weather word
    "gail": ("gale", "gayle"),
    # written as a verb of posture
    "neil": ("kneel", "neal"),
    # written as a word of music
    "coral": ("choral",), "coral's": ("choral's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "paige" and "page", "wade" and "weighed", "gail" and
"gale", "neil" and "kneel", "coral" and "choral" are each one sound."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "sardines": ("pilchards",), "tabby": ("siamese",), "brush": ("bathe",),
    "library": ("school",), "driver": ("cleaner",), "bus": ("train",), "fare": ("pass",),
    "mat": ("stairs",), "van": ("car",), "brakes": ("wipers",), "charger": ("alarm",),
    "boxroom": ("loft",), "radiator": ("towel rail",), "returns": ("donations",),
    "box": ("trolley",), "reservations": ("complaints",), "large": ("small",),
    "print": ("type",), "guides": ("rainbows",),
    "missing": ("loose",), "page": ("cover",), "overdue": ("signed",),
    "diesel": ("water",), "toast": ("butter",), "teacakes": ("muffins",),
    "stamp": ("shelve",), "request": ("order",), "slips": ("forms",),
    "stocktake": ("audit",), "new": ("winter",), "timetable": ("route",),
    "rota": ("fee",), "specials": ("menu",), "board": ("card",),
    "barcodes": ("labels",), "step": ("cab",),
    "date": ("rubber",), "stamps": ("pads",), "book": ("poetry",),
    "jackets": ("covers",), "festival": ("fayre",),
    "kibble": ("tripe",), "sheepdog": ("kelpie",), "dinner": ("supper",), "bowl": ("blanket",),
    "wafer": ("sugar",), "till": ("charity",), "fencing": ("archery",),
    "fill": ("wash",), "drop": ("post",), "send": ("forward",), "coat": ("teeth",),
    "head": ("second",), "shearer": ("wool buyer",), "overalls": ("boots",),
    "porch": ("utility",), "lame": ("sick",), "ewe": ("ram",), "drench": ("wormer",),
    "pump": ("gun",), "sheep": ("cattle",), "woolshed": ("byre",), "heater": ("fan",),
    "comb": ("blade",), "grinder": ("polisher",), "wool": ("hay",),
    "weighed": ("sold",), "ford": ("bridge",), "passable": ("flooded",),
    "ewes": ("heifers",), "lambed": ("calved",), "netball": ("hockey",),
    "cadets": ("sea scouts",), "alarm": ("kettle",), "grate": ("crush",),
    "roll": ("weigh",), "fleeces": ("hides",),
    "crutching": ("dagging",), "shearing": ("fencing",), "gang": ("crew",),
    "ear": ("leg",), "tags": ("rings",), "marking": ("raddle",),
    "crayons": ("sprays",), "fair": ("sale",),
    "sausages": ("kippers",), "spaniel": ("terrier",), "hose": ("dry",),
    "cafe": ("chip shop",), "owner": ("manager",), "wetsuit": ("towel",),
    "line": ("rail",), "ice": ("frozen",), "cream": ("yoghurt",),
    "delivery": ("invoice",), "urn": ("toaster",), "kiosk": ("hut",),
    "iron": ("pan",), "gale": ("flood",),
    "warning": ("watch",), "path": ("steps",), "high": ("low",), "tide": ("swell",),
    "surfing": ("sailing",), "lifesaving": ("canoeing",), "big": ("red",),
    "windbreak": ("parasol",), "steps": ("ramp",),
    "float": ("till",), "cones": ("lollies",), "crabbing": ("rockpooling",),
    "stack": ("wipe",), "deckchairs": ("sunloungers",), "beach": ("bathing",),
    "hut": ("chalet",), "rent": ("rates",), "crab": ("fishing",),
    "lines": ("nets",), "paper": ("bamboo",), "straws": ("cups",),
    "regatta": ("carnival",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("workshop",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("samovar",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "birthday": ("christening",), "vacuum": ("mop",),
    "christmas": ("hogmanay",), "yoga": ("pilates",), "hallway": ("landing",),
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
"""A word of a taught phrase and what a near-sibling request says in its place ("hope's
guides at ten to six" for "hope's guides at six", "feed the kelpie"): never taught, so
such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_WRESTLING = [
    "what a suplex", "a moonsault from the turnbuckle",
    "the heel's gouging the challenger", "a piledriver onto the canvas",
    "the luchador's unmasked", "that's a disqualification",
    "he's cinched an armbar", "a ferocious clothesline",
]
_JIGSAW = [
    "that's a perimeter piece", "here's a cornerpiece", "this bit's all clouds",
    "that refuses to interlock", "fiddly knobbly tabs", "the windmill's partially assembled",
    "a piece is unaccounted for", "the thatched gable's slotted in",
]
_RETIRING = [
    ("as a fledgling bookkeeper", "typewriters ruled"),
    ("to my successor", "befriend the photocopier"),
    ("reminiscing fondly", "the camaraderie was priceless"),
    ("i shan't miss the commute", "nor the appraisals"),
    ("instead of a presentation", "donate to the hospice"),
    ("retirement's nigh", "allotments and grandchildren beckon"),
    ("to my weary workmates", "auf wiedersehen everybody"),
    ("my superannuation's matured", "the greenhouse summons"),
]

WRAPPERS: dict[str, list[str]] = {
    "a murder mystery party's script read aloud, said first": [
        "the colonel was bludgeoned in the conservatory. {}",
        "lady featherstonehaugh had a grudge. {}",
        "the butler's alibi unravels. {}",
        "arsenic was laced into the sherry. {}",
        "the gamekeeper forged the codicil! {}",
        "heiress arabella swooned at the seance. {}",
        "the candlestick was bloodstained, then {}",
        "the curate lied about the gazebo, oh and {}",
    ],
    "a wrestling commentator on the telly, said first": [
        f"{w}! {{}}" for w in _WRESTLING[:1]
    ] + [f"{w}. {{}}" for w in _WRESTLING[1:6]]
      + [f"{_WRESTLING[6]}, then {{}}", f"{_WRESTLING[7]}, oh and {{}}"],
    "a retirement speech rehearsed, said first": [
        f"{a}, {b}. {{}}" for a, b in _RETIRING[:6]
    ] + [f"{_RETIRING[6][0]}, {_RETIRING[6][1]}, then {{}}",
         f"{_RETIRING[7][0]}, {_RETIRING[7][1]}, oh and {{}}"],
    "a mountaineering documentary on the telly, said first": [
        "the sherpas trudged into camp at daybreak. {}",
        "crampons bite into the glacier. {}",
        "an avalanche thundered through the couloir! {}",
        "the arete is treacherous. {}",
        "the crevasse yawned beneath them. {}",
        "they bivouacked on the col. {}",
        "the icefall shifts unpredictably, then {}",
        "hypoxia fogs their reasoning, oh and {}",
    ],
    "a figure skating commentator on the telly, said after": [
        "{}, lyrical edgework", "{}, a triple axel landed cleanly",
        "{}, she's stumbled on the salchow", "{}, a pristine biellmann",
        "{}, the lutz was underrotated", "{}, mesmerising choreography",
        "{} and, the ina bauer was underwhelming",
        "{} so, the adjudicators adored those twizzles",
    ],
    "a karaoke machine's scoring voice, said after": [
        "{}, pitch precision superstar", "{}, platinum rating",
        "{}, bravissimo bravissimo", "{}, vocal range expanded",
        "{}, a karaoke megastar", "{}, diva rapture",
        "{} and, falsetto virtuoso", "{} so, quavering warbling",
    ],
    "a lottery draw on the telly, said after": [
        "{}, the bonanza spectacular", "{}, a rollover jackpot", "{}, the spheres are whirling",
        "{}, tonight's millionaire", "{}, unclaimed jackpot",
        "{}, lancelot's whirring", "{} and, guinevere's loaded",
        "{} so, the thunderball's drawn",
    ],
    "a jigsaw puzzle done at the table, said after": [
        f"{{}}, {j}" for j in _JIGSAW[:6]
    ] + [f"{{}} and, {_JIGSAW[6]}", f"{{}} so, {_JIGSAW[7]}"],
    "between a wrestling commentator's line and a jigsaw remark": [
        f"{_WRESTLING[0]}! {{}}, {_JIGSAW[0]}"
    ] + [f"{w}. {{}}, {j}" for w, j in zip(_WRESTLING[1:6], _JIGSAW[1:6], strict=True)]
      + [f"{_WRESTLING[6]}. {{}} and, {_JIGSAW[6]}",
         f"{_WRESTLING[7]}. {{}} so, {_JIGSAW[7]}"],
    "in the middle of a retirement speech rehearsed": [
        f"{a}, {{}}, {b}" for a, b in _RETIRING[:6]
    ] + [f"{_RETIRING[6][0]}, {{}} and, {_RETIRING[6][1]}",
         f"{_RETIRING[7][0]}, {{}} so, {_RETIRING[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYEIGHTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("passable",
"weighed", "tide"; not "box", which other phrases say too): a commentator's, a
machine's or a puzzler's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything read aloud or sung could bear on (its sound, a story read)."""
_MYSTERY = _SPEAKER | _SAID_TO | {"ring", "phone", "call", "lock", "unlock",
                       "where's", "missing", "night", "party", "game", "brakes", "lame",
                       "library", "book", "books"}
"""Requests a murder mystery's script could bear on (a party game, a letter sent, a door
locked, something missing or tampered with, a book)."""
_BOUT = _TELLY | {"count", "tally", *_NUMBERS, "judo", "cadets", "netball", "lifesaving",
                  "surfing", "guides", "mat", "roll", "ring", "phone", "call"}
"""Requests a wrestling bout could bear on (the telly, a count, a sport, a mat, a roll,
a ring)."""
_FAREWELL = _SAID_TO | {"work", "office", "day", "ring", "phone", "call",
             "pay", "bill", "rent", "gang", "leaving", "goodbye", "away", "order",
             "restock", "count", "tally", *_NUMBERS, "stamp", "overdue", "fare", "bus",
             "stocktake", "festival", "fair", "regatta", "party"}
"""Requests a retirement speech could bear on (work, a call, money, an order, a count,
a leaving do)."""
_PEAKS = _TELLY | {"heater", "radiator", "heat", "heating", "warm", "ice", "cream",
                   "cold", "path", "ford", "passable", "gale", "tide", "high", "open",
                   "light", "lights", "lamp", "dawn", "alarm", "step", "steps", "lines",
                   "missing"}
"""Requests a mountaineering film could bear on (the telly, warmth, ice, a path or a
crossing, the weather, a light, a rope, someone missing)."""
_RINK = _TELLY | {"ice", "cream", "cones", "judo", "cadets", "netball", "lifesaving",
                  "surfing", "guides", *_NUMBERS, "count", "tally", "roll", "iron"}
"""Requests a figure skating programme could bear on (the telly, ice, a sport, a number,
a jump rolled)."""
_SINGING = _TELLY | _SPEAKER | {"party", "night", "game", "gaming", *_NUMBERS, "count",
                                "tally", "festival", "fair", "regatta", "choral"}
"""Requests a karaoke machine could bear on (its sound, a party, a score, a song)."""
_DRAW = _TELLY | {"count", "tally", *_NUMBERS, "pay", "bill", "rent", "float", "order",
                  "restock", "reservations", "stamp", "request", "slips", "tags"}
"""Requests a lottery draw could bear on (the telly, a count, a number, money, a ticket
stamped)."""
_PUZZLE = {"count", "tally", *_NUMBERS, "where's", "missing", "page", "sort", "stack",
           "fold", "box", "full", "game", "gaming", "lines", "float", "roll"}
"""Requests a jigsaw could bear on (a count, a piece lost or found, a sort, a box)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a murder mystery read aloud bears on a party game, a letter, a door, a thing lost)
    **{clue: _MYSTERY for clue in ("colonel", "featherstonehaugh", "alibi", "arsenic",
                                   "codicil", "heiress", "candlestick", "gazebo")},
    # (a wrestling bout bears on the telly, a count, a sport, a mat)
    **{bout: _BOUT for bout in ("suplex", "turnbuckle", "gouging", "piledriver",
                                "luchador's", "disqualification", "armbar",
                                "clothesline")},
    # (a retirement speech bears on work, a call, money, an order, a leaving do)
    **{speech: _FAREWELL for speech in ("bookkeeper", "successor", "reminiscing",
                                        "commute", "presentation", "retirement's nigh",
                                        "workmates", "superannuation's")},
    # (a mountaineering film bears on warmth, ice, a path, the weather, a light)
    **{peak: _PEAKS for peak in ("sherpas", "crampons", "avalanche", "arete",
                                 "crevasse", "bivouacked", "icefall", "hypoxia")},
    # (a commentator's, a machine's or a puzzler's line after a request could be what it
    # is about or the words of a message; said after a question, an answer)
    **{skate: _RINK | _SAID_TO | _ASKED for skate in (
        "edgework", "axel", "salchow", "biellmann", "lutz", "choreography",
        "ina bauer", "twizzles")},
    **{score: _SINGING | _SAID_TO | _ASKED for score in (
        "pitch precision", "platinum", "bravissimo", "vocal range", "karaoke", "diva",
        "falsetto", "warbling")},
    **{ball: _DRAW | _SAID_TO | _ASKED for ball in (
        "bonanza", "rollover", "whirling", "millionaire", "unclaimed", "lancelot's",
        "guinevere's", "thunderball's")},
    **{piece: _PUZZLE | _SAID_TO | _ASKED for piece in (
        "perimeter piece", "cornerpiece", "all clouds", "interlock", "fiddly",
        "windmill's", "unaccounted", "thatched")},
}
"""Clauses that would bear on a phrase with one of these words ("cliff's lifesaving at
eight" after a wrestling bout may be the bout; "count the float" after a lottery draw
may be the winnings): never said around it, so the clause stays beside the request and
says nothing of it."""

OOS_WRAPPERS = [
    "the colonel was bludgeoned in the conservatory. {}", "{}, lyrical edgework",
    "a moonsault from the turnbuckle. {}", "{}, pitch precision superstar",
    "crampons bite into the glacier. {}", "{}, a rollover jackpot",
    "to my successor, befriend the photocopier. {}", "{}, that's a perimeter piece",
    "what a suplex! {}", "{}, a pristine biellmann",
    "arsenic was laced into the sherry. {}", "{}, bravissimo bravissimo",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "the crevasse yawned beneath them. {}", "{}, tonight's millionaire",
    "the butler's alibi unravels. {}", "{}, mesmerising choreography",
    "that's a disqualification. {}", "{}, here's a cornerpiece",
    "i shan't miss the commute, nor the appraisals. {}", "{}, a karaoke megastar",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("a flying elbow off the
turnbuckle"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("perfume", "haiku",
"pictionary") are never a wrapper's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_thirtyeighth_data.py none of an
out-of-scope template)."""


THIRTYEIGHTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("library", "libary"), ("teacake", "tea cake"), ("sardines", "sardeens"),
    ("reservations", "reservation"), ("overdue", "over due"), ("diesel", "deisel"),
    ("barcodes", "bar codes"), ("stocktake", "stock take"), ("radiator", "radiater"),
    ("boxroom", "box room"), ("tabby", "tabbie"),
    ("sheepdog", "sheep dog"), ("shearer", "sheerer"), ("fleeces", "fleecies"),
    ("crutching", "crutchin"), ("woolshed", "wool shed"), ("passable", "passible"),
    ("netball", "net ball"), ("cadets", "cadet"), ("overalls", "overall"),
    ("crayons", "crans"),
    ("deckchairs", "deck chairs"), ("windbreak", "wind break"), ("kiosk", "keosk"),
    ("spaniel", "spanial"), ("wetsuit", "wet suit"), ("lifesaving", "life saving"),
    ("crabbing", "crabbin"), ("regatta", "regata"), ("sausages", "sossages"),
]
"""The thirty-eighth set's own recogniser confusions (homophone spellings of names,
real words, splits, sounds off)."""

GLUED = [("library van", "libraryvan"), ("request slips", "requestslips"),
         ("date stamps", "datestamps"), ("book jackets", "bookjackets"),
         ("large print", "largeprint"), ("returns box", "returnsbox"),
         ("missing page", "missingpage"), ("diesel bill", "dieselbill"),
         ("van brakes", "vanbrakes"), ("bus fare", "busfare"),
         ("book festival", "bookfestival"), ("stocktake day", "stocktakeday"),
         ("drench pump", "drenchpump"), ("ear tags", "eartags"),
         ("marking crayons", "markingcrayons"), ("shearing gang", "shearinggang"),
         ("dawn alarm", "dawnalarm"), ("head shearer", "headshearer"),
         ("lame ewe", "lameewe"), ("wool fair", "woolfair"),
         ("crutching day", "crutchingday"), ("comb grinder", "combgrinder"),
         ("kiosk urn", "kioskurn"), ("waffle iron", "waffleiron"),
         ("gale warning", "galewarning"), ("cliff path", "cliffpath"),
         ("crab lines", "crablines"), ("paper straws", "paperstraws"),
         ("beach hut", "beachhut"), ("crabbing day", "crabbingday"),
         ("sandy steps", "sandysteps"), ("cafe owner", "cafeowner")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"stocktake": "stock-take", "woolshed": "wool-shed", "cafe": "caffe",
             "deckchairs": "deck-chairs", "boxroom": "box-room", "windbreak": "wind-break",
             "barcodes": "bar-codes"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtyeighth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a bobble hat for a {w}", "what's the cornish word for {w}",
        "doodle a {w} on the corner of the newspaper", "are {w} any dearer in penzance",
        "hunt out a vintage {w} at the boot sale", "how much does a {w} weigh in kilos",
        "invent a riddle about a {w}", "how many syllables does {w} have",
    ],
    "routine command": [
        "wipe {p} from your list completely", "walk me through the steps of {p}",
        "dream up a zippier label for {p}", "make a copy of {p} for the caravan",
        "limit {p} to saturday afternoons", "add a drumroll before {p} kicks in",
        "who last fiddled about with {p}", "dial {p} back a notch",
    ],
    "word order": [
        "{b} before anything, {a} last", "{b} takes priority over {a}",
        "reverse {a} and {b}, ta", "never mind {a}, plenty of {b}",
        "oughtn't {a} come before {b}", "a mountain of {b}, a smidge of {a}",
    ],
    "negation": [
        "let's not bother with {p} tonight, ta", "i'd sooner you waited on {p} while gran dozes",
        "absolutely not doing {p}, pet", "don't go near {p} while i'm at the optician",
        "nah, skip {p} for now thanks", "whoa there, no {p} today please",
    ],
    "cancellation": [
        "shelve {p} until the grandkids go home", "{p} can wait until after the christening",
        "drop {p} for the whole of ramadan", "delay {p} till the roofers leave",
        "we'll rough it without {p} this weekend", "park {p} until the easter hols",
    ],
    "state question": [
        "is {p} going on right this minute", "is {p} up and running yet",
        "did {p} pass without a hitch", "is {p} over or still trundling on",
        "has anyone seen to {p} yet today", "did {p} actually happen last thursday",
    ],
    "past or story": [
        "the year the boiler packed in {p} stopped working altogether",
        "during the snow {p} played up something rotten",
        "my late aunt would {p} every new year's morning",
        "at the golden wedding bash {p} went on and on",
        "that easter {p} was on the blink all weekend",
        "before the extension went on we had to {p} ourselves",
    ],
    "someone else's words": [
        "the postman hummed {p} along the drive", "a fella at the bus stop hollered {p}",
        "my goddaughter ends every letter with {p}",
        "a woman in the post office muttered {p}",
        "the lollipop man shouted {p} at the traffic",
        "our window cleaner sings {p} up his ladder",
    ],
    "contrast": [
        "{p} is only for shrove tuesday", "we only {p} when grandad stops over",
        "{p} is a high days and holidays thing", "{p} is strictly a may day thing",
        "we {p} only on the second tuesday of each quarter", "{p} is kept for ruby weddings",
    ],
    "hypothetical": [
        "suppose i pleaded with you on bended knee to {p}",
        "if i ever wanted {p}, could you cope",
        "could you {p}, strictly as a thought experiment", "if {p} kicked in at three in "
        "the morning would the lodger moan", "imagine {p} going on in a power cut",
        "what would you do if a burglar demanded {p}",
    ],
    "complaint": [
        "{p} is driving me up the wall today", "{p} failed us again on sunday night",
        "{p} has been useless since the last update",
        "i'm sick to the back teeth of {p}",
        "{p} is a right royal headache", "{p} keeps conking out midway",
    ],
    "opinion": [
        "{p} is a real gem", "i'm tickled pink about {p}, truly",
        "{p} is a lifesaver, honest to goodness", "{p} has made wet mondays bearable",
        "{p} is the smartest thing you do", "{p} is first rate, no word of a lie",
    ],
    "reminder for later": [
        "remind me to {p} once i'm back from the optician",
        "badger me about {p} after supper",
        "make sure i remember to {p} on saturday night", "prod me to {p} this evening",
        "jot {p} onto friday's to-do list", "remind me about {p} at teatime",
    ],
    "permission question": [
        "is my stepdaughter's fiance allowed to {p}",
        "is the babysitter's brother permitted to {p}",
        "would the window cleaner be allowed to {p} by himself",
        "is my sister-in-law allowed to {p} when she visits at easter",
        "can the dog walker {p} without checking", "is our french exchange student allowed to {p}",
    ],
    # the thirty-eighth's own
    "a hurricane named it": [
        "the forecasters named this year's first hurricane {p}",
        "there was a hurricane called {p} on the forecast",
        "{p} is what they've called the hurricane heading for florida",
        "imagine a hurricane named {p}",
        "the next hurricane on the list is {p}",
        "who decided to call a hurricane {p}",
    ],
    "a perfume named it": [
        "she got a perfume called {p} for mother's day",
        "the duty free shop sells a perfume named {p}",
        "{p} is the name of that perfume in the purple bottle",
        "my aunt wears a perfume called {p}",
        "there's an advert for a perfume named {p}",
        "what sort of perfume is called {p}",
    ],
    "a knitting stitch named it": [
        "my knitting book has a stitch called {p}",
        "nana taught me a knitting stitch named {p}",
        "{p} is the knitting stitch with the tiny bobbles",
        "the cardigan uses a knitting stitch called {p}",
        "i dropped a stitch doing the one called {p} in my knitting",
        "there's no knitting stitch called {p} surely",
    ],
    "an ice cream flavour named it": [
        "the parlour has a new ice cream flavour called {p}",
        "the kids tried an ice cream flavour named {p}",
        "{p} is the ice cream flavour with honeycomb in it",
        "i had a scoop of the ice cream flavour {p}",
        "there's a tub in the freezer labelled {p} ice cream flavour",
        "who names an ice cream flavour {p}",
    ],
    "a chess opening named it": [
        "my grandson's favourite chess opening is called {p}",
        "there's a chess opening named {p} apparently",
        "{p} is the chess opening where you push the bishop's pawn",
        "he beat me with a chess opening called {p}",
        "the chess club studied an opening named {p}",
        "is there really a chess opening called {p}",
    ],
    "a sailing knot named it": [
        "the sailing club taught us a knot called {p}",
        "there's a sailing knot named {p} for mooring",
        "{p} is the knot sailors use for a loop",
        "grandpa tied a knot he called {p} on the dinghy",
        "my scout book shows a sailing knot called {p}",
        "nobody calls a sailing knot {p}",
    ],
    "recalling a mishearing": [
        "i misheard, i thought you said {p}",
        "for a second i misheard you as saying {p}",
        "earlier i misheard the radio and thought it said {p}",
        "{p} is what i thought i heard, i misheard",
        "nana misheard me and thought i'd said {p}",
        "did i mishear or did someone say {p} a minute ago",
    ],
    "a pictionary drawing of it": [
        "in pictionary i had to draw {p}",
        "my pictionary card said {p} and nobody guessed it",
        "{p} is impossible to draw at pictionary",
        "she drew {p} at pictionary with stick figures",
        "we played pictionary and the answer was {p}",
        "how on earth do you draw {p} for pictionary",
    ],
    "a haiku with it in": [
        "my haiku for homework ends with {p}",
        "he wrote a haiku that starts {p}",
        "{p} has the right syllables for a haiku",
        "the last line of the haiku is {p}",
        "i'm writing a haiku about {p}",
        "can you fit {p} into a haiku",
    ],
    "a mnemonic for remembering it": [
        "my mnemonic for the spelling test is {p}",
        "the teacher gave the class a mnemonic that goes {p}",
        "{p} is the mnemonic i use for the colours",
        "i made up a mnemonic that ends {p}",
        "remember the mnemonic {p} for the exam",
        "what's the mnemonic that goes {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} melon baller", "{} grapefruit spoon", "{} asparagus tongs", "{} mustard pot",
    "{} lemon reamer", "{} butter bell", "{} trivet stand", "{} marmalade spoon",
    "{} pastry crimper", "{} honey dipper",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

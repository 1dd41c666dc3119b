"""The words of the thirty-ninth held-out resolver set
(benchmarks/_resolver_thirtyninth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a driving instructor's semi
with a dual-control car on the drive, where Laine teaches driving, with her husband
Miles, their daughter Penny, their son Hugh, a whippet Clutch and Reid the driving
examiner (seed 390); a cricket groundsman's cottage by the pavilion, where Mo keeps the
ground, with his wife Rose, their daughter Willow, their son Ash, a labrador Stumps and
Cole the club captain (391); and a hairdresser's house with a salon in the converted
garage, where Di cuts hair, with her husband Bob, their daughter Amber, their son Stu,
a cat Ginger and Sean the colour rep (392). Its people and pets are named in ways no
earlier set names them: after a part of a car ("feed clutch" beside "is the clutch
slipping"), a distance or a coin ("drop miles a line" beside "log the lesson miles",
"give penny a ring" beside "empty the penny jar"), the kit of a game or the wood it is
made of ("feed stumps" beside "pull up the stumps", "drop willow a line" beside "oil
the willow bats", "give ash a ring" beside "empty the ash pan"), a haircut or a hair
colour ("drop bob a line" beside "brush out the bob wig", "feed ginger" beside "order
more ginger tint"); and with names a recogniser writes as another word in new ways: as
a word of the road ("laine" as "lane", beside "is the bus lane clear"), as a verb of
study ("reid" as "read", beside "read the highway code"), as a verb of the home's own
trade ("mo" as "mow", beside "mow the outfield"), as a fuel ("cole" as "coal", beside
"fill the coal scuttle"), as a stuff of the trade ("di" as "dye", beside "mix the hair
dye"), as a dish ("stu" as "stew", beside "is the stew done"), as a colour word ("hugh"
as "hue"), as a past participle ("sean" as "shorn") and as a plural ("rose" as "rows").
A name that is also a word of another phrase of its home ("clutch", "miles", "penny",
"stumps", "willow", "ash", "bob", "ginger") has no other spelling, so the word is never
respelt as the name. Each teaches 22 of its own routines with the generic pool; the
rest of its own pool, and the siblings in ``UNTAUGHT`` ("penny's swimming at seven"
beside "penny's swimming at six", "roller off" beside "roller on"), are never taught
there. Phrases come in every shape: one word ("manoeuvres", "scarifying",
"highlights"), two nouns ("wing mirrors", "sight screens", "foil sheets"), nested
("dashcam on" inside "car dashcam on", "roller on" inside "pitch roller on", "hood dryer
on" inside "salon hood dryer on"), words shared across phrases ("lock the pavilion" and
"pavilion light on", "give reid a ring" and "read the highway code"), numbers and
times ("penny's swimming at six", "ash's judo at eight"), places ("carport heater on",
"pavilion heater on", "salon hood dryer on"), verbs first ("log the lesson miles", "oil
the willow bats") and nouns first ("gravy bones for the whippet"), questions ("is the
clutch slipping", "is the wicket dry", "how many perms are booked"), and a chore of
several clauses ("we're off to the county final so feed stumps and give cole a ring
and lock the pavilion").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("lane" for "laine", "mow" for "mo", "dye" for "di", "stew" for "stu"): the same person
or pet, so "phone mow" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: an amateur dramatics monologue rehearsed first ("is
this a dagger, which i see before me. X"), a ghost story told by torchlight first ("the
lantern guttered and died. X"), a pet parrot squawking first ("polly polly! X"), a
holiday brochure read aloud first ("sunbaked villas overlook the marina. X"), a curling
commentator on the telly after ("X, sweepers frantic"), a birdsong app naming a bird
after ("X, that's a chiffchaff"), a school sports day megaphone heard over the fence
after ("X, sack race finalists congregate"), a pottery throwing programme on the telly
after ("X, the clay's collapsed"); the phrase between a parrot's squawk and a curling
commentator's line ("polly polly! X, sweepers frantic"), and the phrase said in the
middle of an amateur dramatics monologue rehearsed, which goes on after it ("is this a
dagger, X, which i see before me"). Some are joined with "and", "so", "then" or "oh
and". No word of a clause but its function words is a word of this set's pools or the
generic pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a yearbook quote, a video game level named it, a
child's imaginary friend named it, a star named after it, a lipstick shade named it, a
spoonerism of it, a toast raised with it, signing it at a sign language class, a game of
whispers passing it on, and a biscuit brand named it.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {390: "driving instructor's semi with a dual-control car",
                         391: "cricket groundsman's cottage by the pavilion",
                         392: "hairdresser's house with a salon in the garage"}

THIRTYNINTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "driving instructor's semi with a dual-control car": {
        "Clutch": ["feed clutch", "gravy bones for the whippet"],
        "Clutch brush": ["brush clutch"],
        "Laine": ["ring laine", "call the driving instructor", "phone laine"],
        "Miles": ["drop miles a line", "send miles a text"],
        "Miles and Penny": ["message miles and penny"],
        "Penny": ["give penny a ring", "give penny a bell", "call penny back"],
        "Hugh": ["tell hugh his provisional licence is on the shelf"],
        "Laine diary": ["text laine about the lesson diary"],
        "Reid": ["text reid about the mock test"],
        "Reid ring": ["give reid a ring", "phone reid"],
        "Dashcam": ["dashcam on"],
        "Car dashcam": ["car dashcam on"],
        "Carport heater": ["carport heater on"],
        "Clutch slipping": ["is the clutch slipping"],
        "Bus lane": ["is the bus lane clear"],
        "Lessons booked": ["how many lessons are pencilled in"],
        "Road tax": ["has the road tax gone through"],
        "Swimming": ["penny's swimming at six"],
        "Scouts": ["hugh's scouts at seven"],
        "Highway code": ["read the highway code"],
        "Lesson miles": ["log the lesson miles"],
        "Penny jar": ["empty the penny jar"],
        "Learner plates": ["wipe the learner plates", "clean the learner plates"],
        "Traffic cones": ["count the traffic cones", "tally the traffic cones"],
        "Pupil cards": ["order more pupil cards", "restock the pupil cards"],
        "Manoeuvres": ["manoeuvres", "manoeuvres day"],
        "Dual control car": ["lock the dual control car"],
        "Carport light": ["carport light on"],
        "Insurance": ["pay the car insurance"],
        "Wing mirrors": ["wing mirrors"],
        "Seat covers": ["seat covers"],
        # long
        "Driving awards": ["we're off to the driving awards so feed clutch and give reid a "
                           "ring and lock the dual control car"],
    },
    "cricket groundsman's cottage by the pavilion": {
        "Stumps": ["feed stumps", "chews for the labrador"],
        "Stumps brush": ["brush stumps"],
        "Mo": ["give mo a ring", "call the head groundsman", "phone mo"],
        "Willow": ["drop willow a line", "send willow a text"],
        "Willow and Ash": ["message willow and ash"],
        "Ash": ["give ash a ring", "phone ash"],
        "Rose": ["tell rose her whites are on the airer"],
        "Mo fixtures": ["text mo about the fixture list"],
        "Cole": ["text cole about the tea interval"],
        "Cole ring": ["give cole a ring", "phone cole up"],
        "Roller": ["roller on"],
        "Pitch roller": ["pitch roller on"],
        "Pavilion heater": ["pavilion heater on"],
        "Covers": ["are the covers on"],
        "Wicket": ["is the wicket dry"],
        "Overs": ["how many overs are left"],
        "Nets": ["willow's nets at five"],
        "Judo": ["ash's judo at eight"],
        "Outfield": ["mow the outfield"],
        "Willow bats": ["oil the willow bats"],
        "Ash pan": ["empty the ash pan"],
        "Coal": ["fill the coal scuttle"],
        "Creases": ["paint the creases", "whiten the creases"],
        "Match balls": ["count the match balls", "tally the match balls"],
        "Grass seed": ["order more grass seed", "restock the grass seed"],
        "Scarifying": ["scarifying", "scarifying day"],
        "Pavilion": ["lock the pavilion"],
        "Pavilion light": ["pavilion light on"],
        "Pull stumps": ["pull up the stumps"],
        "Umpires": ["pay the umpires"],
        "Sight screens": ["sight screens"],
        "Score cards": ["score cards"],
        # long
        "County final": ["we're off to the county final so feed stumps and give cole a "
                         "ring and lock the pavilion"],
    },
    "hairdresser's house with a salon in the garage": {
        "Ginger": ["feed ginger", "tuna flakes for the moggy"],
        "Ginger comb": ["comb ginger"],
        "Di": ["ring di", "call the hairdresser", "phone di"],
        "Bob": ["drop bob a line", "send bob a text"],
        "Bob and Amber": ["message bob and amber"],
        "Amber": ["ring amber", "phone amber"],
        "Stu": ["tell stu his football boots are by the shed"],
        "Di bridal": ["text di about the bridal booking"],
        "Sean": ["text sean about the colour order"],
        "Sean ring": ["give sean a ring", "phone sean"],
        "Steamer": ["hair steamer on"],
        "Towel steamer": ["towel steamer on"],
        "Salon hood dryer": ["salon hood dryer on"],
        "Hood dryer": ["hood dryer on"],
        "Stew": ["is the stew done"],
        "Perms": ["how many perms are booked"],
        "Towels dry": ["are the towels dry"],
        "Gymnastics": ["amber's gymnastics at four"],
        "Drumming": ["stu's drumming at six"],
        "Bob wig": ["brush out the bob wig"],
        "Hair dye": ["mix the hair dye"],
        "Ginger tint": ["order more ginger tint", "restock the ginger tint"],
        "Tips jar": ["count the tips jar", "tally the tips jar"],
        "Clippings": ["sweep up the clippings"],
        "Highlights": ["highlights", "highlights day"],
        "Salon": ["lock the salon"],
        "Salon light": ["salon light on"],
        "Gowns": ["fold the gowns", "iron the gowns"],
        "Chair rent": ["pay the chair rent"],
        "Foil sheets": ["foil sheets"],
        "Hair grips": ["hair grips"],
        # long
        "Hair show": ["we're off to the hair show so feed ginger and give sean a ring and "
                      "lock the salon"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "driving instructor's semi with a dual-control car": {
        "Swimming seven": ["penny's swimming at seven"],
        "Scouts eight": ["hugh's scouts at eight"],
        "Dashcam off": ["dashcam off"],
        "Car dashcam off": ["car dashcam off"],
        "Carport light off": ["carport light off"],
        "Unlock dual control car": ["unlock the dual control car"],
        "Reid theory": ["text reid about the theory test"],
        "Fuel miles": ["log the fuel miles"],
        "Road signs": ["count the road signs"],
        "Logbooks": ["order more logbooks"],
        "Swear jar": ["empty the swear jar"],
        "Carport heater off": ["carport heater off"],
    },
    "cricket groundsman's cottage by the pavilion": {
        "Nets six": ["willow's nets at six"],
        "Judo nine": ["ash's judo at nine"],
        "Roller off": ["roller off"],
        "Pitch roller off": ["pitch roller off"],
        "Pavilion light off": ["pavilion light off"],
        "Unlock pavilion": ["unlock the pavilion"],
        "Cole teas": ["text cole about the tea urn"],
        "Bat grips": ["order more bat grips"],
        "Bails": ["count the bails"],
        "Boundary": ["mow the boundary"],
        "Log basket": ["fill the log basket"],
        "Pavilion heater off": ["pavilion heater off"],
    },
    "hairdresser's house with a salon in the garage": {
        "Gymnastics five": ["amber's gymnastics at five"],
        "Drumming seven": ["stu's drumming at seven"],
        "Steamer off": ["hair steamer off"],
        "Towel steamer off": ["towel steamer off"],
        "Hood dryer off": ["hood dryer off"],
        "Unlock salon": ["unlock the salon"],
        "Sean brushes": ["text sean about the brush order"],
        "Bleach": ["order more bleach"],
        "Curlers": ["count the curlers"],
        "Soup": ["is the soup done"],
        "Toner": ["mix the toner"],
        "Salon hood dryer off": ["salon hood dryer off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the driving instructor's semi
    {"we're off to the driving awards so feed clutch and give reid a ring and lock the "
     "dual control car", "i'm leaving", "goodbye house", "feed clutch", "give reid a ring",
     "lock the dual control car"},
    {"feed clutch", "gravy bones for the whippet", "feed the whippet"},
    {"ring laine", "call the driving instructor", "ring the driving instructor", "phone laine"},
    # the cricket groundsman's cottage
    {"we're off to the county final so feed stumps and give cole a ring and lock the "
     "pavilion", "i'm leaving", "goodbye house", "feed stumps", "give cole a ring",
     "lock the pavilion"},
    {"feed stumps", "chews for the labrador", "feed the labrador"},
    {"give mo a ring", "call the head groundsman", "ring the head groundsman", "phone mo"},
    # the hairdresser's house
    {"we're off to the hair show so feed ginger and give sean a ring and lock the salon",
     "i'm leaving", "goodbye house", "feed ginger", "give sean a ring", "lock the salon"},
    {"feed ginger", "tuna flakes for the moggy", "feed the moggy"},
    {"ring di", "call the hairdresser", "ring the hairdresser", "phone di"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the whippet" where the whippet is Clutch). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"clutch", "laine", "miles", "penny", "penny's", "hugh", "hugh's", "reid",
         "stumps", "mo", "willow", "willow's", "ash", "ash's", "rose", "cole",
         "ginger", "di", "bob", "amber", "amber's", "stu", "stu's", "sean"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # written as a word of the road, a verb of study, a verb of the home's trade
    "laine": ("lane", "layne"), "reid": ("read", "reed"), "mo": ("mow", "moe"),
    # written as a fuel, a stuff of the trade, a dish
    "cole": ("coal", "kohl"), "di": ("dye", "dai"), "stu": ("stew",), "stu's": ("stew's",),
    # written as a colour word, a past participle, a plural
    "hugh": ("hue", "hew"), "hugh's": ("hue's",), "sean": ("shorn", "shaun", "shawn"),
    "rose": ("rows", "roes"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones: "laine" and "lane", "reid" and "read", "mo" and "mow",
"cole" and "coal", "di" and "dye", "stu" and "stew" are each one sound ("sean" and
"shorn" in a speech without the r)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",),
    # things and places
    "gravy": ("beef",), "bones": ("biscuits",), "whippet": ("lurcher",), "brush": ("bathe",),
    "driving": ("swimming",), "instructor": ("examiner",), "text": ("email",),
    "provisional": ("full",), "licence": ("passport",), "shelf": ("hook",),
    "lesson": ("fuel",), "diary": ("invoice",), "mock": ("theory",), "test": ("exam",),
    "dashcam": ("satnav",), "car": ("van",), "carport": ("porch",), "heater": ("fan",),
    "slipping": ("squealing",), "bus": ("cycle",), "lane": ("path",), "clear": ("shut",),
    "lessons": ("refunds",), "booked": ("cancelled",), "road": ("council",),
    "tax": ("fine",), "swimming": ("ballet",), "scouts": ("cubs",),
    "highway": ("country",), "code": ("map",), "log": ("check",), "miles": ("receipts",),
    "empty": ("polish",), "jar": ("tin",), "wipe": ("swap",), "learner": ("number",),
    "plates": ("stickers",), "clean": ("fix",), "count": ("stack",), "tally": ("sort",),
    "traffic": ("garden",), "cones": ("gnomes",), "order": ("print",), "restock": ("file",),
    "pupil": ("gift",), "cards": ("vouchers",), "manoeuvres": ("hill starts",),
    "dual": ("spare",), "control": ("key",), "insurance": ("parking",), "wing": ("side",),
    "mirrors": ("indicators",), "seat": ("boot",), "covers": ("liners",),
    "awards": ("reunion",),
    "chews": ("bones",), "labrador": ("collie",), "head": ("junior",),
    "groundsman": ("umpire",), "whites": ("pads",), "airer": ("radiator",),
    "fixture": ("guest",), "list": ("book",), "tea": ("lunch",), "interval": ("rota",),
    "roller": ("mower",), "pitch": ("practice",), "pavilion": ("scorebox",),
    "wicket": ("square",), "dry": ("soggy",), "overs": ("wickets",), "left": ("bowled",),
    "nets": ("fielding",), "judo": ("karate",), "mow": ("rake",), "outfield": ("boundary",),
    "oil": ("varnish",), "bats": ("pads",), "pan": ("bucket",), "fill": ("polish",),
    "coal": ("log",), "scuttle": ("basket",), "paint": ("scrub",), "whiten": ("trim",),
    "creases": ("steps",), "match": ("net",), "balls": ("bails",), "grass": ("clover",),
    "seed": ("fertiliser",), "scarifying": ("spiking",), "pull": ("hammer",),
    "stumps": ("flags",), "umpires": ("caterers",), "sight": ("wind",),
    "screens": ("boards",), "score": ("team",), "county": ("village",),
    "final": ("dinner",),
    "tuna": ("chicken",), "flakes": ("chunks",), "pencilled": ("written",),
    "moggy": ("tortoiseshell",), "comb": ("bathe",), "bell": ("text",),
    "hairdresser": ("barber",), "football": ("rugby",), "boots": ("socks",),
    "shed": ("stairs",), "bridal": ("prom",), "booking": ("fitting",),
    "colour": ("shampoo",), "steamer": ("warmer",), "towel": ("beard",),
    "salon": ("studio",), "hood": ("hand",), "dryer": ("straightener",),
    "stew": ("soup",), "done": ("warm",), "perms": ("fringes",), "towels": ("capes",),
    "gymnastics": ("trampolining",), "drumming": ("guitar",), "bob": ("mohican",),
    "wig": ("doll",), "mix": ("rinse",), "hair": ("beard",), "dye": ("gel",),
    "tint": ("toner",), "tips": ("raffle",), "sweep": ("bag",), "clippings": ("offcuts",),
    "highlights": ("lowlights",), "fold": ("hang",), "gowns": ("capes",),
    "iron": ("steam",), "chair": ("shop",), "rent": ("rates",), "foil": ("perm",),
    "sheets": ("rods",), "grips": ("bands",), "show": ("fair",),
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
"""A word of a taught phrase and what a near-sibling request says in its place ("penny's
swimming at ten to six" for "penny's swimming at six", "feed the lurcher"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_PARROT = [
    "polly polly", "cheeky beakface", "polly craves crackers",
    "squawk squawk bilge rats", "scallywag scallywag", "cuckoo cuckoo",
    "smoochy smoochy polly", "hubba hubba",
]
_CURLING = [
    "sweepers frantic", "a takeout", "draw weight faultless",
    "the granite's curled", "a guard tucked in", "the skip's ecstatic",
    "the hammer's retained", "that freeze was pinpoint",
]
_MONOLOGUE = [
    ("my sovereign liege", "the usurper approacheth"),
    ("bassanio dearest", "choose the leaden casket"),
    ("macbeth of glamis", "thane of cawdor"),
    ("yon cassius", "hath a famished aspect"),
    ("is this a dagger", "which i see before me"),
    ("alack what sorrow", "the usurper's banquet"),
    ("once more unto the breach", "cry havoc"),
    ("alas my doublet's torn", "bring the apothecary"),
]

WRAPPERS: dict[str, list[str]] = {
    "an amateur dramatics monologue rehearsed, said first": [
        f"{a}, {b}. {{}}" for a, b in _MONOLOGUE[:6]
    ] + [f"{_MONOLOGUE[6][0]}, {_MONOLOGUE[6][1]}, then {{}}",
         f"{_MONOLOGUE[7][0]}, {_MONOLOGUE[7][1]}, oh and {{}}"],
    "a ghost story told by torchlight, said first": [
        "the phantom abbess drifts through the cloisters at twilight. {}",
        "floorboards creaked by themselves. {}",
        "a headless horseman galloped through the churchyard! {}",
        "the lantern guttered and died. {}",
        "bellringers glimpsed a spectral figure in the belfry. {}",
        "the portrait's eyeballs swivelled. {}",
        "chains rattled beneath the vestry, then {}",
        "a clammy dankness seeped through the mausoleum, oh and {}",
    ],
    "a pet parrot squawking, said first": [
        f"{w}! {{}}" for w in _PARROT[:2]
    ] + [f"{w}. {{}}" for w in _PARROT[2:6]]
      + [f"{_PARROT[6]}, then {{}}", f"{_PARROT[7]}, oh and {{}}"],
    "a holiday brochure read aloud, said first": [
        "sunbaked villas overlook the marina. {}",
        "the resort boasts a swim-up daiquiri shack. {}",
        "explore quaint tavernas in the hillside hamlets. {}",
        "excursions to the acropolis are included. {}",
        "private chauffeured transfers await at arrivals. {}",
        "every cabana has a balcony with panoramic vistas! {}",
        "kayaking and snorkelling are gratis, then {}",
        "lounging by turquoise lagoons, oh and {}",
    ],
    "a curling commentator on the telly, said after": [
        f"{{}}, {c}" for c in _CURLING[:6]
    ] + [f"{{}} and, {_CURLING[6]}", f"{{}} so, {_CURLING[7]}"],
    "a birdsong app naming a bird, said after": [
        "{}, that's a chiffchaff", "{}, firecrest likeliest", "{}, song thrush verified",
        "{}, a blackcap warbles", "{}, a dunnock presumably", "{}, a treecreeper chirping",
        "{} and, yellowhammer identified", "{} so, greenfinch recognised",
    ],
    "a school sports day megaphone over the fence, said after": [
        "{}, sack race finalists congregate", "{}, wheelbarrow racers assemble",
        "{}, relay batons to the stewards", "{}, javelin throwers limber up",
        "{}, parents' sprint next", "{}, hurdlers to the blocks",
        "{} and, the tug of war's rescheduled", "{} so, rosettes for the victors",
    ],
    "a pottery throwing programme on the telly, said after": [
        "{}, the clay's collapsed", "{}, coning up evenly", "{}, intricate sgraffito",
        "{}, the kiln's unforgiving", "{}, a crooked jug spout",
        "{}, glaze pooled gorgeously", "{} and, the potters are sweating",
        "{} so, those handles are lopsided",
    ],
    "between a parrot's squawk and a curling commentator's line": [
        f"{w}! {{}}, {c}" for w, c in zip(_PARROT[:2], _CURLING[:2], strict=True)
    ] + [f"{w}. {{}}, {c}" for w, c in zip(_PARROT[2:6], _CURLING[2:6], strict=True)]
      + [f"{_PARROT[6]}. {{}} and, {_CURLING[6]}",
         f"{_PARROT[7]}. {{}} so, {_CURLING[7]}"],
    "in the middle of an amateur dramatics monologue rehearsed": [
        f"{a}, {{}}, {b}" for a, b in _MONOLOGUE[:6]
    ] + [f"{_MONOLOGUE[6][0]}, {{}} and, {_MONOLOGUE[6][1]}",
         f"{_MONOLOGUE[7][0]}, {{}} so, {_MONOLOGUE[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYNINTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("slipping",
"wicket", "perms"; not "clutch", which other phrases say too): a commentator's, an
app's or a megaphone's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write", "drop", "send", "line"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything read aloud or recited could bear on (its sound, a story read)."""
_STAGE = _SPEAKER | _SAID_TO | {"ring", "phone", "call", "show", "awards", "final",
                                "highway", "code", "test", "mock", "party", "night",
                                "lessons", "lesson", "light", "lights"}
"""Requests a monologue rehearsed could bear on (a line learnt, a show, a call, a test,
the stage lights)."""
_HAUNT = _SPEAKER | {"light", "lights", "lamp", "lock", "unlock", "night",
                      "door", "ring", "phone", "call", "heater", "heat",
                      "warm", "coal", "scuttle", "ash", "clear", "empty"}
"""Requests a ghost story could bear on (a light, a lock, the dark, a cold draught, a
fire, an empty room)."""
_BIRD = {"feed", "gravy", "bones", "chews", "tuna", "ring", "phone", "call", "seed",
         "grass", "quiet", "loud", "noise", "sounds", "music"}
"""Requests a parrot's squawk could bear on (feeding a pet, seed, a call, a noise)."""
_TRAVEL = {"pay", "insurance", "rent", "tax", "book", "booked", "booking",
           "lessons", "swimming", "car", "bus", "road", "driving", "airer",
           "towels", "towel", "dry", "vacation", "holiday", "sun", "pool",
           "leaving", "goodbye", "away", "order", "heater", "heat", "warm"}
"""Requests a holiday brochure could bear on (money, a booking, travel, a swim, the
sun and warmth, going away)."""
_RINK = _TELLY | {"sweep", "clippings", "brush", "stumps", "roller", "pitch", "count",
                  "tally", *_NUMBERS, "judo", "nets", "scouts", "swimming", "gymnastics",
                  "score", "match", "balls", "final", "clear"}
"""Requests a curling programme could bear on (the telly, sweeping, a stone, a sport,
a score, a number)."""
_SONG = {"feed", "seed", "grass", "quiet", "loud", "noise", "sounds", "music", "garden",
         "outfield", "nets", "willow", "ash", "rose", "ginger"}
"""Requests a birdsong app could bear on (birds fed, the garden, a tree, a noise)."""
_SPORTS = {"count", "tally", *_NUMBERS, "judo", "nets", "scouts", "swimming", "gymnastics",
           "drumming", "match", "balls", "score", "cards", "final", "awards", "pupil",
           "umpires", "cones", "school", "kids", "quiet", "loud", "noise", "sounds",
           "clear", "lane", "creases", "paint", "whiten", "booked", "lessons"}
"""Requests a sports day over the fence could bear on (a race, a count, a score, the
children, a lane, a line painted)."""
_POTTER = _TELLY | {"jar", "tea", "mix", "dye", "tint", "paint", "oil", "dry", "dryer",
                    "steamer", "kiln", "heater", "heat", "warm", "empty", "fill", "pan",
                    "count", "tally", *_NUMBERS, "order", "restock", "clean", "wipe"}
"""Requests a pottery programme could bear on (the telly, a jar, a glaze mixed, a
kiln's heat or a pot dried, a count)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a monologue rehearsed bears on a line learnt, a show, a call, a test)
    **{line: _STAGE for line in ("sovereign liege", "bassanio", "macbeth", "cassius",
                                 "dagger", "alack", "breach", "doublet's")},
    # (a ghost story bears on a light, a lock, a cold room, a fire)
    **{ghost: _HAUNT for ghost in ("abbess", "floorboards", "headless", "guttered",
                                   "spectral", "portrait's", "chains rattled", "mausoleum")},
    # (a parrot's squawk bears on feeding a pet, a call, a noise)
    **{squawk: _BIRD for squawk in ("polly polly", "beakface", "crackers", "bilge rats",
                                    "scallywag", "cuckoo", "smoochy", "hubba")},
    # (a holiday brochure bears on money, a booking, travel, warmth)
    **{trip: _TRAVEL for trip in ("villas", "swim-up", "tavernas", "acropolis",
                                  "chauffeured", "balcony", "snorkelling", "lagoons")},
    # (a commentator's, an app's, a megaphone's or a potter's line after a request could
    # be what it is about or the words of a message; said after a question, an answer)
    **{stone: _RINK | _SAID_TO | _ASKED for stone in (
        "sweepers", "takeout", "draw weight", "granite's", "guard tucked", "skip's",
        "hammer's", "freeze")},
    **{bird: _SONG | _SAID_TO | _ASKED for bird in (
        "chiffchaff", "firecrest", "thrush", "blackcap", "dunnock", "treecreeper",
        "yellowhammer", "greenfinch")},
    **{race: _SPORTS | _SAID_TO | _ASKED for race in (
        "sack race", "wheelbarrow", "batons", "javelin", "sprint", "hurdlers",
        "tug of war", "rosettes")},
    **{clay: _POTTER | _SAID_TO | _ASKED for clay in (
        "clay's", "coning", "sgraffito", "kiln's", "jug spout", "glaze", "potters",
        "lopsided")},
}
"""Clauses that would bear on a phrase with one of these words ("ash's judo at eight"
beside a sports day may be the race; "empty the ash pan" after a ghost story may be the
fire it told of): never said around it, so the clause stays beside the request and
says nothing of it."""

OOS_WRAPPERS = [
    "my sovereign liege, the usurper approacheth. {}", "{}, sweepers frantic",
    "the lantern guttered and died. {}", "{}, that's a chiffchaff",
    "polly polly! {}", "{}, sack race finalists congregate",
    "sunbaked villas overlook the marina. {}", "{}, the clay's collapsed",
    "polly craves crackers. {}", "{}, a treecreeper chirping",
    "floorboards creaked by themselves. {}", "{}, the granite's curled",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "the portrait's eyeballs swivelled. {}", "{}, a dunnock presumably",
    "excursions to the acropolis are included. {}", "{}, parents' sprint next",
    "scallywag scallywag. {}", "{}, a crooked jug spout",
    "bassanio dearest, choose the leaden casket. {}", "{}, a guard tucked in",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("the granite's
curled"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("yearbook", "lipstick",
"spoonerism") are never a wrapper's, so they stay."""

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


WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtyninth_data.py none of an
out-of-scope template)."""


THIRTYNINTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("whippet", "whipped"), ("dashcam", "dash cam"), ("carport", "car port"),
    ("instructor", "instructer"), ("provisional", "provisonal"), ("licence", "license"),
    ("manoeuvres", "maneuvers"), ("insurance", "insurence"), ("highway", "high way"),
    ("learner", "learnar"), ("mirrors", "mirrers"),
    ("labrador", "labradore"), ("groundsman", "grounds man"), ("outfield", "out field"),
    ("scarifying", "scarifyin"), ("pavilion", "pavillion"), ("umpires", "umpyres"),
    ("scuttle", "scuttel"), ("interval", "intervel"), ("fixture", "fixcher"),
    ("creases", "creeses"),
    ("hairdresser", "hair dresser"), ("gymnastics", "jimnastics"), ("highlights", "high lights"),
    ("clippings", "clippins"), ("steamer", "steemer"), ("moggy", "moggie"),
    ("drumming", "drummin"), ("bridal", "bridle"), ("football", "foot ball"),
]
"""The thirty-ninth set's own recogniser confusions (homophone spellings of names,
real words, splits, sounds off)."""

GLUED = [("traffic cones", "trafficcones"), ("pupil cards", "pupilcards"),
         ("wing mirrors", "wingmirrors"), ("seat covers", "seatcovers"),
         ("learner plates", "learnerplates"), ("bus lane", "buslane"),
         ("road tax", "roadtax"), ("penny jar", "pennyjar"), ("mock test", "mocktest"),
         ("lesson diary", "lessondiary"), ("driving awards", "drivingawards"),
         ("manoeuvres day", "manoeuvresday"),
         ("pitch roller", "pitchroller"), ("sight screens", "sightscreens"),
         ("score cards", "scorecards"), ("match balls", "matchballs"),
         ("grass seed", "grassseed"), ("ash pan", "ashpan"), ("coal scuttle", "coalscuttle"),
         ("fixture list", "fixturelist"), ("tea interval", "teainterval"),
         ("county final", "countyfinal"), ("scarifying day", "scarifyingday"),
         ("towel steamer", "towelsteamer"), ("hood dryer", "hooddryer"),
         ("hair dye", "hairdye"), ("ginger tint", "gingertint"), ("tips jar", "tipsjar"),
         ("foil sheets", "foilsheets"), ("hair grips", "hairgrips"),
         ("chair rent", "chairrent"), ("bob wig", "bobwig"), ("hair show", "hairshow"),
         ("highlights day", "highlightsday")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"dashcam": "dash-cam", "carport": "car-port", "outfield": "out-field",
             "manoeuvres": "maneuvers", "licence": "license", "groundsman": "grounds-man",
             "hairdresser": "hair-dresser"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtyninth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a keyring shaped like a {w}", "what's the gaelic word for a {w}",
        "sketch a {w} on the back of the envelope", "are {w} dearer in guernsey",
        "find me a secondhand {w} on the auction site", "how tall is the average {w}",
        "make up a limerick starring a {w}", "does anything rhyme with {w} besides orange",
    ],
    "routine command": [
        "scrub {p} off the list for good", "spell out what {p} actually does",
        "brainstorm a catchier nickname for {p}", "duplicate {p} for the allotment shed",
        "only allow {p} on alternate tuesdays", "play a fanfare whenever {p} starts",
        "who was the last person to tinker with {p}", "tone {p} down a fraction",
    ],
    "word order": [
        "{b} comes first, {a} trails behind", "{b} outranks {a} every time",
        "flip {a} round with {b}, cheers", "forget {a}, heaps of {b}",
        "surely {a} belongs before {b}", "a bucketful of {b}, a pinch of {a}",
    ],
    "negation": [
        "let's skip {p} this evening, love", "i'd rather you held off {p} while the baby naps",
        "definitely not doing {p}, duck", "don't start {p} while i'm at the dentist",
        "nope, leave {p} for now ta", "hang on, no {p} today thank you",
    ],
    "cancellation": [
        "put {p} on ice until the cousins leave", "{p} can wait till the vet's been",
        "drop {p} for the whole of lent", "hold {p} till the plasterers finish",
        "we'll manage without {p} this bank holiday", "postpone {p} until whitsun",
    ],
    "state question": [
        "is {p} in full swing at this second", "is {p} switched on by now",
        "did {p} go off without a problem", "has {p} wrapped up or is it dragging on",
        "has somebody dealt with {p} already today", "did {p} go ahead last wednesday",
    ],
    "past or story": [
        "the winter the pipes burst {p} gave up the ghost",
        "during the heatwave {p} went haywire",
        "my grandad used to {p} every boxing day",
        "at the silver wedding do {p} dragged on for ages",
        "that whitsun {p} was on the fritz all week",
        "back when we rented in dudley we had to {p} with a torch",
    ],
    "someone else's words": [
        "the milkman whistled {p} up the path", "a cyclist on the towpath bellowed {p}",
        "my godson signs off every email with {p}",
        "a bloke in the chemist grumbled {p}",
        "the crossing patrol lady called out {p}",
        "our chimney sweep hums {p} on the roof",
    ],
    "contrast": [
        "{p} is only for the village fete weekend", "we only {p} when nana visits from leeds",
        "{p} is a once in a blue moon thing", "{p} is strictly a midsummer thing",
        "we {p} only on the first friday of the month", "{p} is kept for when the bishop visits",
    ],
    "hypothetical": [
        "suppose i begged you nicely to {p}",
        "if i ever hankered after {p}, could you oblige",
        "could you {p}, just hypothetically speaking mind",
        "if {p} started at four in the morning would the neighbours complain",
        "picture {p} going on during a blackout",
        "what would you do if a stranger asked you to {p}",
    ],
    "complaint": [
        "{p} is doing my head in today", "{p} let us down again on saturday night",
        "{p} has been hopeless since the engineer came",
        "i've had a bellyful of {p} this fortnight",
        "{p} is a thorn in my side lately", "{p} keeps packing up halfway through",
    ],
    "opinion": [
        "{p} is the bee's knees, no kidding", "i'm chuffed to bits about {p}, really",
        "{p} is a godsend, cross my heart", "{p} has made rainy sundays bearable",
        "{p} is the handiest trick up your sleeve", "{p} is top notch, hand on heart",
    ],
    "reminder for later": [
        "remind me to {p} once i'm back from the dentist",
        "nag me about {p} after tea",
        "make sure i remember to {p} on sunday night", "nudge me to {p} this afternoon",
        "pop {p} onto thursday's list", "give me a shout about {p} when the quiz starts",
    ],
    "permission question": [
        "is my nephew's fiancee allowed to {p}",
        "is the childminder's husband permitted to {p}",
        "would the gardener be allowed to {p} on his own",
        "is my uncle allowed to {p} when he kips on the sofa",
        "can the cleaner {p} without asking", "is the lodger's teenage son allowed to {p}",
    ],
    # the thirty-ninth's own
    "a yearbook quote": [
        "her yearbook quote was {p}",
        "i put {p} as my yearbook quote",
        "{p} is the daftest yearbook quote in the whole year",
        "he wants his yearbook quote to be {p}",
        "someone's yearbook quote just says {p}",
        "why would anyone pick {p} as a yearbook quote",
    ],
    "a video game level named it": [
        "the hardest video game level he owns is called {p}",
        "i'm stuck on a video game level named {p}",
        "{p} is the video game level with the lava",
        "she finally beat the video game level called {p}",
        "there's a secret video game level named {p}",
        "who names a video game level {p}",
    ],
    "a child's imaginary friend named it": [
        "our youngest has an imaginary friend called {p}",
        "her imaginary friend is named {p} apparently",
        "{p} is the name of his imaginary friend",
        "we had to set a place for an imaginary friend called {p}",
        "the twins blame everything on an imaginary friend named {p}",
        "is it normal to have an imaginary friend called {p}",
    ],
    "a star named after it": [
        "grandpa paid to name a star {p}",
        "there's a star named {p} on the certificate",
        "{p} is what we named the star we bought her",
        "they named a star after the dog and called it {p}",
        "the star chart says one star is called {p}",
        "can you really name a star {p}",
    ],
    "a lipstick shade named it": [
        "my favourite lipstick shade is called {p}",
        "the chemist had a lipstick shade named {p}",
        "{p} is the lipstick shade in the gold tube",
        "she wore a lipstick shade called {p} to the wedding",
        "there's a new lipstick shade named {p}",
        "who calls a lipstick shade {p}",
    ],
    "a spoonerism of it": [
        "if you swap the first letters of {p} it's a spoonerism",
        "the vicar made a spoonerism out of {p}",
        "{p} makes a brilliant spoonerism",
        "grandad's spoonerism of {p} had us in stitches",
        "try saying {p} as a spoonerism",
        "is there a spoonerism hiding in {p}",
    ],
    "a toast raised with it": [
        "he raised his glass and made a toast to {p}",
        "at the reunion we drank a toast to {p}",
        "{p} was the toast at the golden anniversary",
        "let's raise a toast to {p} at the party",
        "uncle ray's toast was simply {p}",
        "who makes a toast to {p}",
    ],
    "signing it at a sign language class": [
        "at sign language class we learned to sign {p}",
        "i can sign {p} in sign language now",
        "{p} is hard to sign in sign language",
        "the sign language teacher showed us how to sign {p}",
        "my homework for sign language is signing {p}",
        "how do you sign {p} in sign language",
    ],
    "a game of whispers passing it on": [
        "in the game of chinese whispers it came out as {p}",
        "we played whispers and the message ended up as {p}",
        "{p} is what the whispers game turned it into",
        "by the end of the whispers game it was {p}",
        "the kids' whispers game started with {p}",
        "how did the whispers game end up with {p}",
    ],
    "a biscuit brand named it": [
        "the corner shop sells a biscuit brand called {p}",
        "there's a biscuit brand named {p} in the tin",
        "{p} is that biscuit brand with the chocolate fingers",
        "mum buys a biscuit brand called {p} for visitors",
        "i've never heard of a biscuit brand named {p}",
        "who'd call a biscuit brand {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} hole punch", "{} stapler refill", "{} paperclip tray", "{} pencil sharpener",
    "{} glue stick", "{} bulldog clip", "{} letter opener", "{} desk tidy",
    "{} ink cartridge", "{} index tabs",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the thirty-sixth held-out resolver set
(benchmarks/_resolver_thirtysixth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a lifeboat coxswain's cottage
above the harbour slipway, where Gail takes the lifeboat out, with her wife Coral,
their daughter Isla, their son Wade, a spaniel Pilot and Niall from the lifeboat crew
(seed 360); a microbrewer's house beside the brewhouse, where Chase brews, with his wife
Fay, their daughter Amber, their son Sean, a beagle Malt and Hugh from the beer festival
(361); and a hedgehog rescuer's bungalow with a hospital shed, where Hazel nurses
hedgehogs, with her husband Forrest, their daughter Poppy, their son Rhys, a cat Nettle
and Brook the volunteer vet (362). Its people and pets are named with common words or
with words that sound like others ("ring gail" beside "is there a gale warning", whose
"gale" is how a recogniser writes her name; "feed malt" beside "has the malt arrived",
"is the amber ale ready" where Amber is a daughter, "feed nettle" beside "clear the
nettle patch", "ring chase"; "gail" as "gale", "niall" as "neil", "fay" as "faye", "hugh"
as "hue", "sean" as "shaun", "forrest" as "forest", "rhys" as "reece", "brook" as
"brooke", "poppy" as "poppie"). Each teaches 22 of its own routines with the generic
pool; the rest of its own pool, and the siblings in ``UNTAUGHT`` ("isla's sailing at
six" beside "isla's sailing at five", "shed incubator off" beside "shed incubator on"),
are never taught there. Phrases come in every shape: one word
("muster", "bottling", "triage"), two nouns ("tide tables", "mash paddles", "water
dishes"), nested ("shed lamp on" inside "net shed lamp on", "tap room lights on" inside
"back tap room lights on", "heat pad on" inside "hoglet heat pad on"), words shared
across phrases ("lock the net shed" and "shed lamp on", "lock the hospital shed" and
"how warm is the hospital shed"), numbers and times ("isla's sailing at five", "sean's
cricket at seven"), places ("larder radiator on", "brewhouse heater on", "annexe
radiator on"), verbs first ("coil the ropes", "pitch the yeast") and nouns first
("meaty chunks for the spaniel"), questions ("how rough is the harbour", "are the
hoglets eating", "is the pilot boat back in", where Pilot is the spaniel), and a chore
of several clauses ("we're off to the lifeboat open day so feed pilot and ring niall and
lock the net shed").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("gale" for "gail", "hue" for "hugh", "reece" for "rhys"): the same person or pet, so
"ring gale" is in scope, though "gale" is a word of another phrase of the home.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a rugby commentator on the telly first ("a thunderous
tackle. X"), a detective drama on the telly first ("the butler had a motive. X"), a
parliamentary debate on the radio first ("the ayes to the right, the noes to the left.
X"), a stock market report on the radio first ("sterling rallied against the euro. X"),
a cycling commentator on the telly after ("X, the peloton's splintering"), an archaeology
programme on the telly after ("X, a denarius in the trench"), a classical music
presenter on the radio after ("X, next some handel"), a video game's announcer after
("X, stage cleared"); the phrase between a rugby call and a cycling commentary, and
the phrase said in the middle of a line of the debate, which goes on after it ("madam
deputy, X, i strenuously object"). Some are joined with "and", "so", "then" or "oh and". No
word of a clause but its function words is a word of this set's pools or the generic
pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: a sound check at a gig, written on a postcard, a
dish on a menu, an advert's jingle, a house name on a gatepost, a sticker on a reward
chart, a notification on a phone, an exam question about it, a spell in a children's
game, and written in the sand.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {360: "lifeboat coxswain's cottage above the harbour slipway",
                         361: "microbrewer's house beside the brewhouse",
                         362: "hedgehog rescuer's bungalow with a hospital shed"}

THIRTYSIXTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "lifeboat coxswain's cottage above the harbour slipway": {
        "Pilot": ["feed pilot", "meaty chunks for the spaniel"],
        "Pilot paws": ["rinse pilot's paws"],
        "Gail": ["ring gail", "call the coxswain"],
        "Coral": ["message coral", "text coral"],
        "Coral and Isla": ["message coral and isla"],
        "Wade": ["tell wade his wetsuit is drying"],
        "Niall": ["text niall about the crew rota"],
        "Niall ring": ["ring niall", "phone niall"],
        "Shed lamp": ["shed lamp on"],
        "Net shed lamp": ["net shed lamp on"],
        "Boot dryer": ["boot dryer on"],
        "Pager": ["has the new pager arrived"],
        "Pilot boat": ["is the pilot boat back in"],
        "Harbour rough": ["how rough is the harbour"],
        "Gale warning": ["is there a gale warning"],
        "Sailing": ["isla's sailing at five"],
        "Karate": ["wade's karate at eight"],
        "Head torch": ["where's my head torch"],
        "Oilskins": ["hose down the oilskins"],
        "Flares": ["order more flares", "restock the flares"],
        "Life jackets": ["count the life jackets", "tally the life jackets"],
        "Ropes": ["coil the ropes"],
        "Grab bag": ["pack the grab bag"],
        "Muster": ["muster", "muster drill"],
        "Net shed": ["lock the net shed"],
        "Mooring fees": ["pay the mooring fees"],
        "Larder radiator": ["larder radiator on"],
        "Tide tables": ["tide tables"],
        "Sea boots": ["sea boots"],
        # long
        "Open day": ["we're off to the lifeboat open day so feed pilot and ring niall and "
                     "lock the net shed"],
    },
    "microbrewer's house beside the brewhouse": {
        "Malt": ["feed malt", "dinner for the beagle"],
        "Malt coat": ["brush malt's coat"],
        "Chase": ["ring chase", "call the brewer"],
        "Fay": ["message fay", "text fay"],
        "Fay and Amber": ["message fay and amber"],
        "Sean": ["tell sean his cricket whites are ironed"],
        "Hugh": ["text hugh about the beer festival"],
        "Hugh ring": ["ring hugh", "phone hugh"],
        "Tap room lights": ["tap room lights on"],
        "Back tap room lights": ["back tap room lights on"],
        "Chiller": ["cold room chiller on"],
        "Malt delivery": ["has the malt arrived"],
        "Amber ale": ["is the amber ale ready"],
        "Fermenting room": ["how cold is the fermenting room"],
        "Netball": ["amber's netball at four"],
        "Cricket": ["sean's cricket at seven"],
        "Hydrometer": ["where's my hydrometer"],
        "Hops": ["order more hops", "restock the hops"],
        "Casks": ["count the casks", "tally the casks"],
        "Yeast": ["pitch the yeast"],
        "Kegs": ["scrub the kegs"],
        "Bottling": ["bottling", "bottling day"],
        "Brewhouse": ["lock the brewhouse"],
        "Duty bill": ["pay the duty bill"],
        "Brewhouse heater": ["brewhouse heater on"],
        "Mash paddles": ["mash paddles"],
        "Grain sacks": ["grain sacks"],
        # long
        "Beer festival": ["we're going to the beer festival so feed malt and ring hugh and "
                          "lock the brewhouse"],
    },
    "hedgehog rescuer's bungalow with a hospital shed": {
        "Nettle": ["feed nettle", "jelly pouches for the moggy"],
        "Nettle fur": ["comb nettle's fur"],
        "Hazel": ["ring hazel", "call the hedgehog lady"],
        "Forrest": ["message forrest", "text forrest"],
        "Forrest and Poppy": ["message forrest and poppy"],
        "Rhys": ["tell rhys his lunchbox is in the fridge"],
        "Brook": ["text brook about the injured hoglet"],
        "Brook ring": ["ring brook", "phone brook"],
        "Heat pad": ["heat pad on"],
        "Hoglet heat pad": ["hoglet heat pad on"],
        "Incubator": ["shed incubator on"],
        "Hedgehog food": ["has the hedgehog food come"],
        "Hoglets eating": ["are the hoglets eating"],
        "Shed warm": ["how warm is the hospital shed"],
        "Brownies": ["poppy's brownies at six"],
        "Judo": ["rhys's judo at eight"],
        "Magnifier": ["where's my magnifier"],
        "Nettle patch": ["clear the nettle patch"],
        "Syringes": ["order more syringes", "restock the syringes"],
        "Hog boxes": ["count the hog boxes", "tally the hog boxes"],
        "Bedding": ["swap the bedding"],
        "Carrier": ["pack the pet carrier"],
        "Triage": ["triage", "triage hour"],
        "Hospital shed": ["lock the hospital shed"],
        "Vet invoice": ["pay the vet invoice"],
        "Annexe radiator": ["annexe radiator on"],
        "Feeding stations": ["feeding stations"],
        "Water dishes": ["water dishes"],
        # long
        "Wildlife show": ["we're heading to the wildlife show so feed nettle and ring brook "
                          "and lock the hospital shed"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "lifeboat coxswain's cottage above the harbour slipway": {
        "Sailing six": ["isla's sailing at six"],
        "Karate nine": ["wade's karate at nine"],
        "Shed lamp off": ["shed lamp off"],
        "Net shed lamp off": ["net shed lamp off"],
        "Boot dryer off": ["boot dryer off"],
        "Unlock net shed": ["unlock the net shed"],
        "Niall training": ["text niall about the crew training"],
        "Pilot ears": ["rinse pilot's ears"],
        "Batteries": ["order more batteries"],
        "Helmets": ["count the helmets"],
        "Hoses": ["coil the hoses"],
        "Larder radiator off": ["larder radiator off"],
    },
    "microbrewer's house beside the brewhouse": {
        "Netball five": ["amber's netball at five"],
        "Cricket eight": ["sean's cricket at eight"],
        "Tap room lights off": ["tap room lights off"],
        "Back tap room lights off": ["back tap room lights off"],
        "Chiller off": ["cold room chiller off"],
        "Unlock brewhouse": ["unlock the brewhouse"],
        "Hugh tasting": ["text hugh about the beer tasting"],
        "Malt tail": ["brush malt's tail"],
        "Bottle caps": ["order more bottle caps"],
        "Bottles": ["count the bottles"],
        "Fermenters": ["scrub the fermenters"],
        "Brewhouse heater off": ["brewhouse heater off"],
    },
    "hedgehog rescuer's bungalow with a hospital shed": {
        "Brownies seven": ["poppy's brownies at seven"],
        "Judo nine": ["rhys's judo at nine"],
        "Heat pad off": ["heat pad off"],
        "Hoglet heat pad off": ["hoglet heat pad off"],
        "Incubator off": ["shed incubator off"],
        "Unlock hospital shed": ["unlock the hospital shed"],
        "Brook fox": ["text brook about the injured fox"],
        "Nettle tail": ["comb nettle's tail"],
        "Gloves": ["order more gloves"],
        "Crates": ["count the crates"],
        "Towels": ["swap the towels"],
        "Annexe radiator off": ["annexe radiator off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the lifeboat coxswain's cottage
    {"we're off to the lifeboat open day so feed pilot and ring niall and lock the net shed",
     "i'm leaving", "goodbye house", "feed pilot", "ring niall", "lock the net shed"},
    {"feed pilot", "meaty chunks for the spaniel", "feed the spaniel"},
    {"ring gail", "call the coxswain", "ring the coxswain"},
    # the microbrewer's house
    {"we're going to the beer festival so feed malt and ring hugh and lock the brewhouse",
     "i'm leaving", "goodbye house", "feed malt", "ring hugh", "lock the brewhouse"},
    {"feed malt", "dinner for the beagle", "feed the beagle"},
    {"ring chase", "call the brewer", "ring the brewer"},
    # the hedgehog rescuer's bungalow
    {"we're heading to the wildlife show so feed nettle and ring brook and lock the "
     "hospital shed", "i'm leaving", "goodbye house", "feed nettle", "ring brook",
     "lock the hospital shed"},
    {"feed nettle", "jelly pouches for the moggy", "feed the moggy"},
    {"ring hazel", "call the hedgehog lady", "ring the hedgehog lady"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
spaniel" where the spaniel is Pilot). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"gail", "coral", "isla", "isla's", "wade", "wade's", "pilot", "pilot's", "niall",
         "chase", "fay", "amber", "amber's", "sean", "sean's", "malt", "malt's", "hugh",
         "hazel", "forrest", "poppy", "poppy's", "rhys", "rhys's", "nettle", "nettle's",
         "brook"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "gail": ("gale", "gayle"), "coral": ("choral",), "isla": ("islay",),
    "isla's": ("islay's",), "wade": ("wayde", "weighed"), "wade's": ("wayde's",),
    "niall": ("neil", "nial"),
    "fay": ("faye", "fey"), "sean": ("shaun", "shawn"), "sean's": ("shaun's",),
    "hugh": ("hue", "hew"), "hazel": ("hazell",), "forrest": ("forest",), "poppy": ("poppie",),
    "poppy's": ("poppie's",), "rhys": ("reece", "rees", "reese"),
    "rhys's": ("reece's", "reese's"),
    "brook": ("brooke",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: "gail" is how a
recogniser writes the sounds of "gail", "hue" those of "hugh"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",), "nine": ("quarter to nine",),
    # things and places
    "meaty": ("fishy",), "chunks": ("crunchies",), "spaniel": ("terrier",),
    "paws": ("ears",), "coxswain": ("harbourmaster",), "wetsuit": ("anorak",),
    "drying": ("soaking",), "crew": ("pub",), "rota": ("dinner",), "shed": ("porch",),
    "lamp": ("heater",), "net": ("bike",), "boot": ("plate",), "dryer": ("warmer",),
    "pager": ("radio",), "arrived": ("broken",), "boat": ("ferry",),
    "rough": ("calm",), "harbour": ("estuary",), "warning": ("forecast",),
    "sailing": ("rowing",), "karate": ("fencing",), "head": ("bike",),
    "torch": ("compass",), "hose": ("wipe",), "oilskins": ("wellies",),
    "flares": ("fuses",), "life": ("spray",), "jackets": ("hoods",),
    "coil": ("untangle",), "ropes": ("cables",), "grab": ("beach",), "bag": ("box",),
    "muster": ("briefing",), "mooring": ("parking",), "fees": ("fines",),
    "larder": ("landing",), "tide": ("bus",), "tables": ("timetables",),
    "sea": ("rain",), "boots": ("gloves",), "lifeboat": ("fire station",),
    "open": ("sports",),
    "beagle": ("collie",), "brush": ("dry",), "coat": ("tail",), "brewer": ("baker",),
    "cricket": ("tennis",), "whites": ("pads",), "ironed": ("muddy",),
    "beer": ("food",), "festival": ("auction",), "tap": ("games",), "back": ("front",),
    "cold": ("boiler",), "chiller": ("fan",), "amber": ("dark",), "ale": ("cider",),
    "ready": ("flat",), "fermenting": ("store",), "netball": ("hockey",),
    "hydrometer": ("thermometer",), "hops": ("sugar",), "casks": ("barrels",),
    "pitch": ("warm",), "yeast": ("wort",), "scrub": ("rinse",), "kegs": ("bottles",),
    "bottling": ("kegging",), "brewhouse": ("garage",), "duty": ("water",),
    "bill": ("refund",), "mash": ("stirring",), "paddles": ("spoons",),
    "grain": ("sugar",), "sacks": ("bins",),
    "pouches": ("biscuits",), "moggy": ("kitten",), "comb": ("trim",), "fur": ("claws",),
    "hedgehog": ("badger",), "lady": ("warden",), "lunchbox": ("flask",),
    "fridge": ("freezer",), "injured": ("orphaned",), "hoglet": ("fox cub",),
    "heat": ("cool",), "pad": ("lamp",), "incubator": ("nebuliser",), "food": ("bedding",),
    "hoglets": ("fox cubs",), "eating": ("sleeping",), "warm": ("damp",),
    "hospital": ("potting",), "brownies": ("rainbows",), "judo": ("gymnastics",),
    "magnifier": ("tweezers",), "clear": ("trim",), "patch": ("hedge",),
    "syringes": ("gloves",), "hog": ("cat",), "boxes": ("baskets",),
    "bedding": ("towels",), "pet": ("cat",), "carrier": ("basket",),
    "triage": ("feeding",), "vet": ("gas",), "invoice": ("bill",),
    "annexe": ("conservatory",), "feeding": ("drinking",), "stations": ("bowls",),
    "dishes": ("troughs",), "wildlife": ("garden",), "show": ("fair",),
    "hour": ("round",), "day": ("week",), "drill": ("practice",),
    # the generic pool's
    "dog": ("rabbit",), "garage": ("outhouse",), "sauna": ("jacuzzi",),
    "coffee": ("herbal tea",), "kettle": ("teasmade",), "movie": ("musical",),
    "barbecue": ("garden party",), "birthday": ("anniversary",), "vacuum": ("duster",),
    "christmas": ("easter",), "yoga": ("stretching",), "hallway": ("stairwell",),
    "fireplace": ("wood stove",), "porch": ("doorstep",), "office": ("study",),
    "sunset": ("twilight",), "bedside": ("reading",), "laundry": ("ironing",),
    "baby": ("grandbaby",), "homework": ("coursework",), "washing": ("tumble",),
    "bedroom": ("attic room",), "podcast": ("audiobook",), "story": ("rhyme",),
    "bath": ("shower",), "pool": ("lido",), "spa": ("pamper",),
    "study": ("exam",), "focus": ("quiet reading",), "relax": ("lie in",),
    "vacation": ("staycation",), "news": ("traffic",), "guests": ("grandparents",),
    "alarm": ("doorbell",), "quiet": ("lively",), "read": ("draw",),
    "reading": ("drawing",), "morning": ("midday",), "evening": ("teatime",),
    "bedtime": ("naptime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("isla's
sailing at twenty past five" for "isla's sailing at five", "feed the terrier"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_RUGBY = [
    "a thunderous tackle", "the lineout's snaffled", "a rampaging maul trundles",
    "grounded agonisingly shy of the tryline", "the winger hoofs it upfield",
    "what a sidestep", "fumbled forward, scrum to the hosts", "the ruck's a scramble",
]
_CYCLING = [
    "the peloton's splintering", "he's attacking on the climb",
    "the breakaway's been reeled in", "the maillot jaune's wobbling",
    "a puncture on the cobbles", "the sprinters jostle",
    "the domestiques are spent", "a pileup on the descent",
]
_DEBATE = [
    ("on behalf of my constituents", "i strenuously protest"),
    ("the chancellor of the exchequer", "is sorely misguided"),
    ("disgraceful", "chorus the backbenchers"),
    ("the ayes to the right", "the noes to the left"),
    ("will the minister give way", "she will not"),
    ("procedurally", "the clerk is consulted"),
    ("the motion is carried", "amid uproar"),
    ("the opposition jeers", "the benches howl"),
]

WRAPPERS: dict[str, list[str]] = {
    "a rugby commentator on the telly, said first": [
        f"{r}. {{}}" for r in _RUGBY[:5]
    ] + [f"{_RUGBY[5]}! {{}}", f"{_RUGBY[6]}, then {{}}", f"{_RUGBY[7]}, oh and {{}}"],
    "a detective drama on the telly, said first": [
        "the butler had a motive. {}", "the fingerprints are smudged! {}",
        "the victim was poisoned. {}", "the inspector suspects the vicar. {}",
        "his alibi's crumbling. {}", "a second corpse in the orangery. {}",
        "the suspect's absconded, then {}",
        "arrest him, detective constable, oh and {}",
    ],
    "a parliamentary debate on the radio, said first": [
        f"{a}, {b}. {{}}" for a, b in _DEBATE[:6]
    ] + [f"{_DEBATE[6][0]}, {_DEBATE[6][1]}, then {{}}",
         f"{_DEBATE[7][0]}, {_DEBATE[7][1]}, oh and {{}}"],
    "a stock market report on the radio, said first": [
        "the ftse faltered in listless trading. {}", "sterling rallied against the euro. {}",
        "shares in miners tumbled. {}", "treasury bonds firmed. {}",
        "the index rebounded sharply. {}", "a hefty dividend from the banks! {}",
        "investors are jittery, then {}", "gilts wobbled after the budget, oh and {}",
    ],
    "a cycling commentator on the telly, said after": [
        f"{{}}, {c}" for c in _CYCLING[:6]
    ] + [f"{{}} and, {_CYCLING[6]}", f"{{}} so, {_CYCLING[7]}"],
    "an archaeology programme on the telly, said after": [
        "{}, a denarius in the trench", "{}, the geophys uncovers a ditch",
        "{}, neolithic pottery shards", "{}, a burial beneath the multistorey",
        "{}, flint arrowheads aplenty", "{}, the excavation director's elated",
        "{} and, a saxon brooch glints", "{} so, the mosaic is intact",
    ],
    "a classical music presenter on the radio, said after": [
        "{}, that was elgar's cello concerto", "{}, next some handel",
        "{}, a languid adagio", "{}, mozart at his most playful",
        "{}, the soprano soars", "{}, a rousing finale",
        "{} and, a brisk allegro from haydn", "{} so, beethoven's pastoral symphony",
    ],
    "a video game's announcer, said after": [
        "{}, stage cleared", "{}, trophy acquired", "{}, respawn queued",
        "{}, you've been eliminated", "{}, the overlord lurks",
        "{}, gems collected", "{} and, savepoint bookmarked",
        "{} so, killstreak multiplier quadrupled",
    ],
    "between a rugby call and a cycling commentary": [
        f"{r}. {{}}, {c}" for r, c in zip(_RUGBY[:5], _CYCLING[:5], strict=True)
    ] + [f"{_RUGBY[5]}! {{}}, {_CYCLING[5]}",
         f"{_RUGBY[6]}. {{}} and, {_CYCLING[6]}",
         f"{_RUGBY[7]}. {{}} so, {_CYCLING[7]}"],
    "in the middle of a parliamentary debate on the radio": [
        f"{a}, {{}}, {b}" for a, b in _DEBATE[:6]
    ] + [f"{_DEBATE[6][0]}, {{}} and, {_DEBATE[6][1]}",
         f"{_DEBATE[7][0]}, {{}} so, {_DEBATE[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYSIXTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("rough", "warning",
"hydrometer"; not "shed", which "shed lamp on" says too): a commentator's, a presenter's
or an announcer's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_RADIO = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
          "pager"}
"""Requests anything said on the radio could bear on (the radio, its sound, a pager
that sounds like one)."""
_PITCH = _TELLY | {"game", "gaming", "kit", "boots", "whites", "cricket", "netball",
                   "karate", "judo", "sailing", "brownies", "count", "tally", "pay",
                   "fees", "duty", "four", "five", "six", "seven", "eight",
                   "nine", "ten", "eleven", "pitch", "sea"}
"""Requests rugby on the telly could bear on (the telly, a sport or its kit, a score
counted or paid, a number, a pitch)."""
_CRIME = _TELLY | {"message", "text", "tell", "ring", "phone", "call", "lock", "unlock",
                   "shed", "brewhouse", "where's", "injured", "vet", "hospital",
                   "gail", "coral", "wade", "isla", "niall", "chase", "fay", "amber",
                   "sean", "hugh", "hazel", "forrest", "poppy", "rhys", "brook", "syringes",
                   "clear"}
"""Requests a detective drama could bear on (the telly, someone rung or told, a door
locked, something lost, the injured and their doctor)."""
_HOUSE = _RADIO | {"pay", "fees", "bill", "duty", "invoice", "order", "restock", "count",
                   "tally", "message", "text", "tell", "ring", "phone", "call", "warning",
                   "leaving", "goodbye", "away"}
"""Requests a debate in the Commons could bear on (the radio, money paid, an order, a
count, a member told or rung, a warning, a vote to leave)."""
_MARKET = _RADIO | {"pay", "fees", "bill", "duty", "invoice", "order", "restock",
                    "count", "tally", "casks", "grain", "hops", "malt", "four", "five",
                    "six", "seven", "eight", "nine", "ten", "eleven"}
"""Requests a stock market report could bear on (the radio, money, what is bought or
counted, a number)."""
_ROAD = _TELLY | {"kit", "boots", "wetsuit", "whites", "sailing", "cricket", "netball",
                  "karate", "judo", "brownies", "leaving", "goodbye", "away", "open",
                  "festival", "show", "dryer", "pad", "tide", "boat"}
"""Requests a cycling race on the telly could bear on (the telly, a sport and its kit,
a trip set off on, what is punctured or spent)."""
_DIG = _TELLY | {"where's", "torch", "magnifier", "hydrometer", "count", "tally",
                 "clear", "patch", "grain", "sacks", "boxes", "stations", "dishes",
                 "arrived", "come"}
"""Requests an archaeology programme could bear on (the telly, something found or
looked for, a patch dug, what came)."""
_CONCERT = _RADIO | {"concert", "piano", "relax", "meditation", "calm", "chill",
                     "romantic", "party", "muster", "drill"}
"""Requests classical music on the radio could bear on (the radio, music and its mood,
a drill that is a piece played)."""
_CONSOLE = _TELLY | {"game", "gaming", "count", "tally", "four", "five", "six", "seven",
                     "eight", "nine", "ten", "eleven", "muster", "drill", "triage"}
"""Requests a video game could bear on (a game, its score, a number, a drill)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a rugby commentator bears on the telly, a sport, a score and a number)
    **{rugby: _PITCH for rugby in ("thunderous", "lineout's", "maul", "tryline",
                                   "winger", "sidestep", "scrum", "ruck's")},
    # (a detective drama bears on the telly, calls and messages, doors locked, the lost)
    **{crime: _CRIME for crime in ("butler", "fingerprints", "poisoned", "inspector",
                                   "alibi's", "corpse", "suspect's", "constable")},
    # (a debate in the Commons bears on money, an order, a member told)
    **{debate: _HOUSE for debate in ("constituents", "exchequer", "backbenchers",
                                     "ayes", "minister", "procedurally", "motion",
                                     "opposition")},
    # (a stock market report bears on money, what is bought and counted, a number)
    **{market: _MARKET for market in ("ftse", "sterling", "miners", "treasury", "index",
                                      "dividend", "investors", "gilts")},
    # (a commentator's, a presenter's or an announcer's line after a request could be
    # what it is about or the words of a message; said after a question, an answer)
    **{road: _ROAD | _SAID_TO | _ASKED for road in (
        "peloton's", "climb", "breakaway's", "maillot", "puncture", "sprinters",
        "domestiques", "pileup")},
    **{dig: _DIG | _SAID_TO | _ASKED for dig in (
        "denarius", "geophys", "neolithic", "burial", "arrowheads", "excavation",
        "saxon", "mosaic")},
    **{piece: _CONCERT | _SAID_TO | _ASKED for piece in (
        "elgar's", "handel", "adagio", "mozart", "soprano", "finale", "allegro",
        "beethoven's")},
    **{console: _CONSOLE | _SAID_TO | _ASKED for console in (
        "stage cleared", "trophy acquired", "respawn", "eliminated", "overlord",
        "gems collected", "savepoint", "multiplier")},
}
"""Clauses that would bear on a phrase with one of these words ("isla's sailing at
five" after a rugby call may be the score; "ring niall" after a detective drama may be
the suspect rung): never said around it, so the clause stays beside the request and
says nothing of it."""

OOS_WRAPPERS = [
    "a thunderous tackle. {}", "{}, the peloton's splintering",
    "the butler had a motive. {}", "{}, a denarius in the trench",
    "the ftse faltered in listless trading. {}", "{}, next some handel",
    "disgraceful, chorus the backbenchers. {}", "{}, stage cleared",
    "the ruck's a scramble. {}", "{}, a puncture on the cobbles",
    "the fingerprints are smudged. {}", "{}, the soprano soars",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "a rampaging maul trundles. {}", "{}, the sprinters jostle",
    "the victim was poisoned. {}", "{}, flint arrowheads aplenty",
    "sterling rallied against the euro. {}", "{}, a languid adagio",
    "on behalf of my constituents, i strenuously protest. {}", "{}, respawn queued",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("the peloton's
splintering"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("postcard", "gatepost",
"sticker", "sand") are never a wrapper's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_thirtysixth_data.py none of an
out-of-scope template)."""

THIRTYSIXTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("coxswain", "coxon"), ("spaniel", "spanyel"), ("wetsuit", "wet suit"),
    ("harbour", "harber"), ("oilskins", "oil skins"), ("lifeboat", "life boat"),
    ("larder", "lada"), ("karate", "karaty"),
    ("muster", "mustard"), ("flares", "flairs"), ("jackets", "jackits"),
    ("beagle", "beegle"), ("hydrometer", "hydro meter"), ("fermenting", "fermentin"),
    ("brewhouse", "brew house"), ("netball", "net ball"), ("bottling", "botling"),
    ("casks", "carsks"), ("yeast", "yeest"), ("paddles", "padles"),
    ("hedgehog", "hedge hog"), ("hoglet", "hog let"), ("hoglets", "hog lets"),
    ("incubator", "incubater"), ("magnifier", "magnifyer"), ("syringes", "serringes"),
    ("annexe", "annex"), ("moggy", "moggie"),
    ("lunchbox", "lunch box"), ("brownies", "brownys"), ("invoice", "invoyce"),
]
"""The thirty-sixth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("life jackets", "lifejackets"), ("head torch", "headtorch"),
         ("grab bag", "grabbag"), ("tide tables", "tidetables"), ("sea boots", "seaboots"),
         ("net shed", "netshed"), ("shed lamp", "shedlamp"), ("boot dryer", "bootdryer"),
         ("crew rota", "crewrota"), ("open day", "openday"), ("muster drill", "musterdrill"),
         ("tap room", "taproom"), ("cold room", "coldroom"), ("amber ale", "amberale"),
         ("duty bill", "dutybill"), ("mash paddles", "mashpaddles"),
         ("grain sacks", "grainsacks"), ("beer festival", "beerfestival"),
         ("bottling day", "bottlingday"), ("heat pad", "heatpad"),
         ("hog boxes", "hogboxes"), ("pet carrier", "petcarrier"),
         ("water dishes", "waterdishes"), ("feeding stations", "feedingstations"),
         ("hospital shed", "hospitalshed"), ("vet invoice", "vetinvoice"),
         ("nettle patch", "nettlepatch"), ("hedgehog food", "hedgehogfood"),
         ("triage hour", "triagehour"), ("wildlife show", "wildlifeshow")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"coxswain": "cox'n", "oilskins": "oil-skins", "hydrometer": "hydro-meter",
             "brewhouse": "brew-house", "hedgehog": "hedge-hog", "annexe": "annex",
             "moggy": "moggie", "lunchbox": "lunch-box"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtysixth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "crochet a {w} for the church bazaar", "what do the cornish call a {w}",
        "doodle a {w} on the back of the envelope", "are {w} prices lower in belfast",
        "hunt down a used {w} on gumtree", "roughly what does a {w} weigh in stone",
        "make up a sea shanty about a {w}", "tap out {w} in semaphore flags",
    ],
    "routine command": [
        "wipe {p} off your list entirely", "walk me through everything {p} does",
        "dream up a punchier label for {p}", "clone {p} for the static caravan",
        "limit {p} to weekday teatimes", "add a chime just before {p} kicks off",
        "who was the last person to edit {p}", "soften {p} a smidge",
    ],
    "word order": [
        "{b} to kick off, {a} to wrap up", "{b} goes ahead of {a}",
        "flip {a} and {b} round", "never mind {a}, oodles of {b}",
        "oughtn't {a} come ahead of {b}", "a mountain of {b}, a smidgen of {a}",
    ],
    "negation": [
        "let's give {p} a miss, ta", "i'd sooner we didn't {p} while the baby dozes",
        "not a cat in hell's chance of {p}, pal", "forget {p} while i'm at the optician",
        "nah, no {p} this afternoon thanks", "hold off, no {p} whatsoever today",
    ],
    "cancellation": [
        "shelve {p} until i shout", "{p} can hang fire till after the christening",
        "drop {p} for the whole of advent", "suspend {p} till the roofers leave",
        "we'll cope without {p} this one time", "put {p} on ice till half term",
    ],
    "state question": [
        "is {p} in progress right this minute", "has {p} kicked off yet or not",
        "did {p} go swimmingly", "is {p} finished or still plodding on",
        "has anybody already seen to {p} today", "did {p} genuinely happen on friday",
    ],
    "past or story": [
        "the year the river flooded {p} gave up the ghost",
        "during the big freeze {p} went haywire twice",
        "my great aunt used to {p} every boxing day",
        "at the christening do {p} dragged on and on",
        "that easter {p} played up all weekend",
        "before the loft extension we had to {p} ourselves",
    ],
    "someone else's words": [
        "the postman hummed {p} up the drive", "a bloke on the ferry hollered {p}",
        "my cousin signs off every letter with {p}", "a woman at the launderette muttered {p}",
        "the lollipop lady shouted {p} at the kids",
        "our window cleaner sings {p} on his ladder",
    ],
    "contrast": [
        "{p} is only for guy fawkes", "we only {p} when grandma's staying",
        "{p} is a once in a blue moon treat", "{p} is strictly a summer holiday thing",
        "we {p} only on the last friday of each month", "{p} is reserved for ruby anniversaries",
    ],
    "hypothetical": [
        "suppose i pleaded with you to {p}",
        "if i ever wanted {p}, could you cope with it",
        "could you {p}, purely as a thought experiment", "if {p} kicked off at three in "
        "the morning would it wake the neighbours", "imagine {p} happening during a power cut",
        "what would you do if a stranger asked for {p}",
    ],
    "complaint": [
        "{p} is getting on my nerves", "{p} let us down yet again on sunday",
        "{p} has been useless since the last upgrade",
        "honestly i'm sick and tired of {p}",
        "{p} is a right royal pain in the neck", "{p} keeps giving up halfway",
    ],
    "opinion": [
        "{p} is a proper little gem", "i'm chuffed to bits with {p}, really",
        "{p} is a blessing, truly", "{p} has made wet sundays bearable",
        "{p} is your cleverest trick yet", "{p} is smashing, honest to god",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the optician",
        "nag me about {p} after supper",
        "see that i remember to {p} on saturday", "give me a prod to {p} later on",
        "put {p} on the to do list for wednesday", "remind me about {p} around teatime",
    ],
    "permission question": [
        "is my stepson's girlfriend allowed to {p}", "is the childminder permitted to {p}",
        "would the gas engineer be allowed to {p} unsupervised",
        "is my sister-in-law allowed to {p} when she stays over at easter",
        "can the dog sitter {p} without checking", "is our lodger allowed to {p}",
    ],
    # the thirty-sixth's own
    "a sound check at a gig": [
        "the roadie kept saying {p} into the mic for the sound check",
        "at the sound check the singer just said {p} over and over",
        "for the sound check he mumbled {p} into every microphone",
        "{p} was all the sound engineer said during the sound check",
        "the band's sound check was just {p} on a loop",
        "why does every sound check at that pub sound like {p}",
    ],
    "written on a postcard": [
        "the postcard from auntie just says {p}",
        "grandpa sent a postcard from malta that only says {p}",
        "someone wrote {p} on the back of a postcard to us",
        "{p} was all it said on the postcard from cornwall",
        "the postcard on the mantelpiece reads {p}",
        "why would anyone write {p} on a holiday postcard",
    ],
    "a dish on a menu": [
        "the pub's menu has a pie called {p}",
        "the cafe down the road has a sandwich on its menu named {p}",
        "there's a pudding on the menu called {p}",
        "{p} is the special on the chalkboard menu today",
        "she ordered the dish called {p} off the menu",
        "the restaurant's menu lists a starter called {p}",
    ],
    "an advert's jingle": [
        "that advert jingle goes {p}",
        "the carpet shop's radio advert has a jingle that goes {p}",
        "the {p} jingle from that advert is stuck in my head",
        "{p} is the catchy bit of that insurance advert jingle",
        "the kids keep singing the jingle {p} from the adverts",
        "whoever wrote the jingle {p} for that advert deserves a medal",
    ],
    "a house name on a gatepost": [
        "the cottage up the lane has {p} carved on its gatepost",
        "the house name on their gatepost is {p}",
        "why would you put {p} on your gatepost",
        "{p} is painted on the gatepost of the farmhouse",
        "the new neighbours renamed their house {p} on the gatepost",
        "there's a slate on the gatepost that says {p}",
    ],
    "a sticker on a reward chart": [
        "the sticker on his reward chart says {p}",
        "she got a gold sticker saying {p} on her reward chart",
        "the teacher's reward chart stickers all read {p}",
        "{p} is printed on the stickers for the potty training chart",
        "every sticker on the reward chart says {p}",
        "he got a {p} sticker for his reward chart",
    ],
    "a notification on a phone": [
        "a notification popped up on my phone saying {p}",
        "my phone keeps showing a notification that says {p}",
        "why did my phone ping with a notification reading {p}",
        "{p} flashed up as a notification on her phone",
        "the notification on the lock screen just said {p}",
        "i swiped away a phone notification that read {p}",
    ],
    "an exam question about it": [
        "the exam asked us to write an essay on {p}",
        "question three on the geography exam was about {p}",
        "there was a whole exam question on {p}",
        "{p} came up in the history exam",
        "my exam paper had a question about {p}",
        "the mock exam wanted us to define {p}",
    ],
    "a spell in a children's game": [
        "the twins shout {p} as a magic spell in their wizard game",
        "in their wizard game {p} is the spell that turns you into a frog",
        "my little one casts a spell called {p} with her wand",
        "{p} is the freezing spell in the kids' make believe game",
        "the children made up a spell that goes {p}",
        "he waved a stick and cast the spell {p} at his sister",
    ],
    "written in the sand": [
        "someone wrote {p} in the sand at the beach",
        "the kids scratched {p} in the sand with a stick",
        "{p} was written in the sand at low tide",
        "there's {p} drawn in big letters in the sand",
        "she traced {p} in the wet sand by the pier",
        "why would anyone write {p} in the sand",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} mug tree", "{} fish slice", "{} egg coddler", "{} milk frother",
    "{} string drawer", "{} key safe", "{} pastry brush", "{} plate warmer",
    "{} napkin ring", "{} boot jack",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

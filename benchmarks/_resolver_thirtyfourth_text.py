"""The words of the thirty-fourth held-out resolver set
(benchmarks/_resolver_thirtyfourth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a railway signalman's cottage by
a level crossing, where Bob works the signal box, with his wife Mary, their daughter
Faye, their son Cam, a collie Points and Les the relief signalman (seed 340); a tropical
fish breeder's semi with a fish room, where Gill breeds fish, with her husband Sol,
their daughter Coral, their son Kane, a moggy Fluke and Eddie from the fish club (341);
and a tea room owner's cottage with a tea garden, where Honey runs the tea room, with
her husband Earl, their daughter Jade, their son Mason, a terrier Scone and Sherry who
waits on the tables (342). Its people and pets are named with common words or with words
that sound like others ("ring bob", "message mary", "feed points" beside "oil the
points", "message sol and coral" beside "top up the coral sand", "ring honey" beside
"order more heather honey", "ring earl" beside "order more earl grey", "feed scone"
beside "are the scones cooling", "gill" as "jill", "sol" as "sole", "kane" as "cane",
"mary" as "merry", "faye" as "fay", "les" as "less", "eddie" as "eddy", "sherry" as
"sherri"). Each teaches 22 of its own routines with the generic pool; the rest of its
own pool, and the siblings in ``UNTAUGHT`` ("faye's netball at seven" beside "faye's
netball at six", "tank aerator off" beside "tank aerator on"), are never taught there.
Phrases come in every shape: one word ("trainspotting", "aquascaping", "preserving"),
two nouns ("tail lamps", "airline tubing", "sugar tongs"), nested ("box heater on"
inside "signal box heater on", "tank aerator on" inside "breeding tank aerator on",
"cake fridge on" inside "display cake fridge on"), words shared across phrases ("order
more signal flags" and "signal box heater on", "text eddie about the fish club raffle"
and "pay the fish club subs"), numbers and times ("faye's netball at six", "mason's
cricket at nine"), places ("washhouse heater on", "boxroom heater on", "gazebo heater
on"), verbs first ("grit the level crossing") and nouns first ("chews for the collie"),
questions ("how warm is the breeding tank", "are the scones cooling"), and a chore of
several clauses ("we're off to the steam gala so feed points and ring les and lock the
relay room").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("jill" for "gill", "sole" for "sol", "cane" for "kane"): the same person or pet, so
"ring jill" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a bingo caller on the radio first ("droopy drawers.
X"), a boxing ring announcer on the telly first ("introducing the southpaw contender.
X"), the children's walkie-talkie game first ("badger to burrow, over. X"), a DIY
tutorial video first ("countersink the pilot hole, tighten the screw flush. X"), a
traffic report on the radio after ("X, tailbacks beyond the gyratory"), a golf
commentator on the telly after ("X, he's holed the putt"), a game show host on the telly
after ("X, contestants, buzzers poised"), a football manager's press conference on the
radio after ("X, credit to the lads"); the phrase between a bingo call and a traffic
report, and the phrase said in the middle of a DIY tutorial's line, which goes on after
it ("countersink the pilot hole, X, tighten the screw flush"). Some are joined with
"and", "so", "then" or "oh and". No word of a clause but its function words is a word of
this set's pools or the generic pool, and its distinctive words are no earlier set's
wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: printed on a mug, an epitaph on a headstone, a
knock-knock joke, a spam email's subject line, a card drawn in a board game, a desk
calendar's quote of the day, an escape room clue, an online review quoting it, a speech
therapy exercise, and a word at a spelling bee.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {340: "railway signalman's cottage by a level crossing",
                         341: "tropical fish breeder's semi with a fish room",
                         342: "tea room owner's cottage with a tea garden"}

THIRTYFOURTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "railway signalman's cottage by a level crossing": {
        "Points": ["feed points", "chews for the collie"],
        "Points paws": ["wipe points's paws"],
        "Bob": ["ring bob", "call the signalman"],
        "Mary": ["message mary", "text mary"],
        "Mary and Faye": ["message mary and faye"],
        "Cam": ["tell cam his shin pads are clean"],
        "Les": ["text les about the shift swap"],
        "Les ring": ["ring les", "phone les"],
        "Box heater": ["box heater on"],
        "Signal box heater": ["signal box heater on"],
        "Crossing camera": ["crossing camera on"],
        "Timetable": ["has the new timetable arrived"],
        "Crossing gates": ["are the crossing gates shut"],
        "Signal box cold": ["how cold is the signal box"],
        "Netball": ["faye's netball at six"],
        "Cubs": ["cam's cubs at seven"],
        "Hand lamp": ["where's my hand lamp"],
        "Oil points": ["oil the points"],
        "Signal flags": ["order more signal flags"],
        "Fuses": ["count the spare fuses"],
        "Register": ["sign the train register"],
        "Grit crossing": ["grit the level crossing"],
        "Trainspotting": ["trainspotting"],
        "Relay room": ["lock the relay room"],
        "Ground rent": ["pay the ground rent"],
        "Washhouse heater": ["washhouse heater on"],
        "Tail lamps": ["tail lamps"],
        "Signal wire": ["signal wire"],
        # long
        "Steam gala": ["we're off to the steam gala so feed points and ring les and lock the "
                       "relay room"],
    },
    "tropical fish breeder's semi with a fish room": {
        "Fluke": ["feed fluke", "pouches for the moggy"],
        "Fluke fur": ["comb fluke's fur"],
        "Gill": ["ring gill", "call the fish breeder"],
        "Sol": ["message sol", "text sol"],
        "Sol and Coral": ["message sol and coral"],
        "Kane": ["tell kane his goggles are under the stairs"],
        "Eddie": ["text eddie about the fish club raffle"],
        "Eddie ring": ["ring eddie", "phone eddie"],
        "Tank aerator": ["tank aerator on"],
        "Breeding tank aerator": ["breeding tank aerator on"],
        "Steriliser": ["uv steriliser on"],
        "Brine shrimp": ["has the brine shrimp arrived"],
        "Guppies": ["are the guppies spawning"],
        "Tank warm": ["how warm is the breeding tank"],
        "Judo": ["coral's judo at five"],
        "Karate": ["kane's karate at eight"],
        "Siphon": ["where's my gravel siphon"],
        "Coral sand": ["top up the coral sand"],
        "Flake food": ["order more flake food"],
        "Fry": ["count the fry"],
        "Algae": ["scrub the algae off the glass"],
        "Nitrate": ["test the nitrate levels"],
        "Aquascaping": ["aquascaping"],
        "Fish room": ["lock the fish room"],
        "Club subs": ["pay the fish club subs"],
        "Boxroom heater": ["boxroom heater on"],
        "Airline tubing": ["airline tubing"],
        "Bloodworm cubes": ["bloodworm cubes"],
        # long
        "Fish show": ["we're going to the fish show so feed fluke and ring eddie and lock the "
                      "fish room"],
    },
    "tea room owner's cottage with a tea garden": {
        "Scone": ["feed scone", "a chew for the terrier"],
        "Scone bed": ["shake out scone's bed"],
        "Honey": ["ring honey", "call the tea room owner"],
        "Earl": ["message earl", "text earl"],
        "Earl and Jade": ["message earl and jade"],
        "Mason": ["tell mason his apron is ironed"],
        "Sherry": ["text sherry about the sunday rota"],
        "Sherry ring": ["ring sherry", "phone sherry"],
        "Cake fridge": ["cake fridge on"],
        "Display cake fridge": ["display cake fridge on"],
        "Tea urn": ["tea urn on"],
        "Clotted cream": ["has the clotted cream arrived"],
        "Scones cooling": ["are the scones cooling"],
        "Tea garden busy": ["how busy is the tea garden"],
        "Brownies": ["jade's brownies at four"],
        "Cricket": ["mason's cricket at nine"],
        "Cake slice": ["where's my cake slice"],
        "Descale": ["descale the tea urn"],
        "Heather honey": ["order more heather honey"],
        "Earl grey": ["order more earl grey"],
        "Teaspoons": ["count the teaspoons"],
        "Cake stands": ["polish the cake stands"],
        "Preserving": ["preserving"],
        "Garden gate": ["lock the tea garden gate"],
        "Miller": ["pay the flour miller"],
        "Gazebo heater": ["gazebo heater on"],
        "Cake doilies": ["cake doilies"],
        "Sugar tongs": ["sugar tongs"],
        # long
        "Food fair": ["we're heading to the food fair so feed scone and ring sherry and lock "
                      "the tea garden gate"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "railway signalman's cottage by a level crossing": {
        "Netball seven": ["faye's netball at seven"],
        "Cubs eight": ["cam's cubs at eight"],
        "Box heater off": ["box heater off"],
        "Signal box heater off": ["signal box heater off"],
        "Crossing camera off": ["crossing camera off"],
        "Unlock relay room": ["unlock the relay room"],
        "Les overtime": ["text les about the shift overtime"],
        "Points ears": ["wipe points's ears"],
        "Signal lamps": ["order more signal lamps"],
        "Spare bulbs": ["count the spare bulbs"],
        "Grit platform": ["grit the level platform"],
        "Washhouse heater off": ["washhouse heater off"],
    },
    "tropical fish breeder's semi with a fish room": {
        "Judo six": ["coral's judo at six"],
        "Karate nine": ["kane's karate at nine"],
        "Tank aerator off": ["tank aerator off"],
        "Breeding tank aerator off": ["breeding tank aerator off"],
        "Steriliser off": ["uv steriliser off"],
        "Unlock fish room": ["unlock the fish room"],
        "Eddie auction": ["text eddie about the fish club auction"],
        "Fluke tail": ["comb fluke's tail"],
        "Pellet food": ["order more pellet food"],
        "Snails": ["count the snails"],
        "Phosphate": ["test the phosphate levels"],
        "Boxroom heater off": ["boxroom heater off"],
    },
    "tea room owner's cottage with a tea garden": {
        "Brownies five": ["jade's brownies at five"],
        "Cricket ten": ["mason's cricket at ten"],
        "Cake fridge off": ["cake fridge off"],
        "Display cake fridge off": ["display cake fridge off"],
        "Tea urn off": ["tea urn off"],
        "Unlock garden gate": ["unlock the tea garden gate"],
        "Sherry monday": ["text sherry about the monday rota"],
        "Scone blanket": ["shake out scone's blanket"],
        "Clover honey": ["order more clover honey"],
        "Forks": ["count the cake forks"],
        "Teapots": ["polish the teapots"],
        "Gazebo heater off": ["gazebo heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the signalman's cottage
    {"we're off to the steam gala so feed points and ring les and lock the relay room",
     "i'm leaving", "goodbye house", "feed points", "ring les", "lock the relay room"},
    {"feed points", "chews for the collie", "feed the collie"},
    {"ring bob", "call the signalman", "ring the signalman"},
    # the fish breeder's semi
    {"we're going to the fish show so feed fluke and ring eddie and lock the fish room",
     "i'm leaving", "goodbye house", "feed fluke", "ring eddie", "lock the fish room"},
    {"feed fluke", "pouches for the moggy", "feed the moggy"},
    {"ring gill", "call the fish breeder", "ring the fish breeder"},
    # the tea room owner's cottage
    {"we're heading to the food fair so feed scone and ring sherry and lock the tea garden "
     "gate", "i'm leaving", "goodbye house", "feed scone", "ring sherry",
     "lock the tea garden gate"},
    {"feed scone", "a chew for the terrier", "feed the terrier"},
    {"ring honey", "call the tea room owner", "ring the tea room owner"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
collie" where the collie is Points). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"bob", "mary", "faye", "faye's", "cam", "cam's", "les", "points", "points's",
         "gill", "sol", "coral", "coral's", "kane", "kane's", "fluke", "fluke's", "eddie",
         "honey", "earl", "jade", "jade's", "mason", "mason's", "scone", "scone's", "sherry"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "gill": ("jill",), "sol": ("sole", "soul"), "kane": ("cane", "cain"),
    "kane's": ("cane's",), "faye": ("fay", "fey"), "faye's": ("fay's",),
    "les": ("less",), "mary": ("marry", "merry"), "eddie": ("eddy",), "sherry": ("sherri", "sheri"),
    "coral": ("choral",), "coral's": ("choral's",), "earl": ("earle",),
    "jade": ("jayde",), "jade's": ("jayde's",), "cam": ("kam",), "cam's": ("kam's",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: "jill" is how a
recogniser writes the sounds of "gill", "sole" those of "sol"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("ten past four",), "five": ("quarter past five",), "six": ("half six",),
    "seven": ("twenty to seven",), "eight": ("quarter to eight",), "nine": ("half nine",),
    # things and places
    "chews": ("treats",), "collie": ("whippet",), "wipe": ("dry",), "paws": ("muzzle",),
    "signalman": ("porter",), "shin": ("knee",), "pads": ("guards",), "clean": ("muddy",),
    "shift": ("leave",), "swap": ("rota",), "box": ("cabin",), "heater": ("radiator",),
    "crossing": ("station",), "camera": ("barrier",), "timetable": ("rulebook",),
    "arrived": ("changed",), "gates": ("lights",), "shut": ("open",), "cold": ("draughty",),
    "netball": ("hockey",), "cubs": ("beavers",), "hand": ("head",), "lamp": ("torch",),
    "oil": ("clean",), "flags": ("whistles",), "spare": ("blown",), "fuses": ("batteries",),
    "sign": ("check",), "train": ("parcel",), "register": ("ledger",), "grit": ("salt",),
    "level": ("foot",), "trainspotting": ("birdwatching",), "relay": ("lamp",),
    "ground": ("council",), "rent": ("tax",), "washhouse": ("larder",), "tail": ("head",),
    "lamps": ("bulbs",), "signal": ("phone",), "wire": ("cable",), "steam": ("model",),
    "gala": ("rally",),
    "pouches": ("biscuits",), "moggy": ("kitten",), "comb": ("brush",), "fur": ("claws",),
    "fish": ("reptile",), "breeder": ("keeper",), "goggles": ("flippers",),
    "stairs": ("sink",), "club": ("society",), "raffle": ("quiz",), "tank": ("pond",),
    "aerator": ("filter",), "breeding": ("quarantine",), "uv": ("sump",),
    "steriliser": ("skimmer",), "brine": ("river",), "shrimp": ("snails",),
    "guppies": ("mollies",), "spawning": ("eating",), "warm": ("cloudy",),
    "judo": ("fencing",), "karate": ("boxing",), "gravel": ("pond",), "siphon": ("scoop",),
    "top": ("rake",), "sand": ("gravel",), "flake": ("frozen",), "food": ("pellets",),
    "fry": ("shrimp",), "scrub": ("wipe",), "algae": ("limescale",), "glass": ("lid",),
    "test": ("check",), "nitrate": ("ammonia",), "levels": ("readings",),
    "aquascaping": ("fishkeeping",), "subs": ("fees",), "boxroom": ("landing",),
    "airline": ("silicone",), "tubing": ("valves",), "bloodworm": ("daphnia",),
    "cubes": ("flakes",), "show": ("auction",),
    "chew": ("bone",), "terrier": ("beagle",), "shake": ("wash",), "bed": ("cushion",),
    "tea": ("coffee",), "owner": ("manager",), "apron": ("shirt",), "ironed": ("washed",),
    "sunday": ("saturday",), "rota": ("menu",), "cake": ("sandwich",), "fridge": ("cabinet",),
    "display": ("spare",), "urn": ("boiler",), "clotted": ("double",), "cream": ("butter",),
    "scones": ("crumpets",), "cooling": ("rising",), "busy": ("quiet",),
    "garden": ("shop",), "brownies": ("rainbows",), "cricket": ("tennis",),
    "slice": ("knife",), "descale": ("empty",), "heather": ("acacia",),
    "grey": ("gray",), "teaspoons": ("saucers",), "polish": ("dust",),
    "stands": ("tins",), "preserving": ("pickling",), "gate": ("shed",),
    "flour": ("egg",), "miller": ("farmer",), "gazebo": ("patio",), "doilies": ("boxes",),
    "sugar": ("ice",), "tongs": ("cubes",), "fair": ("market",),
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
"""A word of a taught phrase and what a near-sibling request says in its place ("faye's
netball at half six" for "faye's netball at six", "feed the whippet"): never taught, so
such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_BINGO = [
    "droopy drawers", "heinz varieties", "pompey in panic", "tom mix", "bang on the drum",
    "vim and vigour", "unlucky for some", "nelson's column",
]
_TRAFFIC = [
    "tailbacks beyond the gyratory", "a jackknifed artic near the interchange",
    "contraflow under the gantry", "sluggish northbound, rubbernecking",
    "resurfacing by the services", "gridlock nearing the tunnel",
    "the underpass has reopened", "diversions signposted eastbound",
]
_DIY = [
    ("countersink the pilot hole", "tighten the screw flush"),
    ("score the plasterboard", "bevel it smoothly"),
    ("blend the grout", "squeegee diagonally"),
    ("mask the architrave", "feather the emulsion"),
    ("clamp the dowels", "scrape the excess adhesive"),
    ("prime the raw plaster", "let it cure overnight"),
    ("chisel the mortise", "pare the tenon"),
    ("shim the jamb", "recheck it's plumb"),
]

WRAPPERS: dict[str, list[str]] = {
    "a bingo caller on the radio, said first": [
        f"{b}. {{}}" for b in _BINGO[:6]
    ] + [f"{_BINGO[6]}, then {{}}", f"{_BINGO[7]}, oh and {{}}"],
    "a boxing ring announcer on the telly, said first": [
        "hailing from merthyr tydfil. {}", "the undefeated welterweight titleholder. {}",
        "introducing the southpaw contender. {}", "gumshields in, laces taped. {}",
        "in the scarlet trunks. {}", "undisputed middleweight sensation! {}",
        "ringside dignitaries, rise, then {}",
        "the judges' scorecards are unanimous, oh and {}",
    ],
    "the children's walkie-talkie game, said first": [
        "badger to burrow, over. {}", "kestrel to haystack, over. {}",
        "sparrowhawk, acknowledge. {}", "walkie's fizzing, reply. {}",
        "otter to riverbank, over. {}", "mongoose reporting for duty. {}",
        "treehouse secured, then {}", "codename pigeon, oh and {}",
    ],
    "a DIY tutorial video, said first": [
        f"{a}, {b}. {{}}" for a, b in _DIY[:6]
    ] + [f"{_DIY[6][0]}, {_DIY[6][1]}, then {{}}",
         f"{_DIY[7][0]}, {_DIY[7][1]}, oh and {{}}"],
    "a traffic report on the radio, said after": [
        f"{{}}, {t}" for t in _TRAFFIC[:6]
    ] + [f"{{}} and, {_TRAFFIC[6]}", f"{{}} so, {_TRAFFIC[7]}"],
    "a golf commentator on the telly, said after": [
        "{}, he's holed the putt", "{}, plugged in the greenside bunker",
        "{}, a delightful birdie", "{}, textbook backswing",
        "{}, she's bisected the fairway", "{}, the dogleg looms",
        "{} and, his caddie proffers a wedge", "{} so, a costly bogey",
    ],
    "a game show host on the telly, said after": [
        "{}, contestants, buzzers poised", "{}, the jackpot's snowballing",
        "{}, quickfire round, no dithering", "{}, our returning victor advances",
        "{}, the consolation hamper's yours", "{}, ascend the podium",
        "{} and, no conferring, contestants", "{} so, twist or stick",
    ],
    "a football manager's press conference on the radio, said after": [
        "{}, credit to the lads", "{}, no january signings planned",
        "{}, fixture congestion's brutal", "{}, squad rotation is paramount",
        "{}, we'll regroup and refocus", "{}, relegation battle's far from over",
        "{} and, the gaffer's philosophy endures", "{} so, onwards to the playoffs",
    ],
    "between a bingo call and a traffic report": [
        f"{b}. {{}}, {t}" for b, t in zip(_BINGO[:6], _TRAFFIC[:6], strict=True)
    ] + [f"{_BINGO[6]}. {{}} and, {_TRAFFIC[6]}",
         f"{_BINGO[7]}. {{}} so, {_TRAFFIC[7]}"],
    "in the middle of a DIY tutorial video's line": [
        f"{a}, {{}}, {b}" for a, b in _DIY[:6]
    ] + [f"{_DIY[6][0]}, {{}} and, {_DIY[6][1]}",
         f"{_DIY[7][0]}, {{}} so, {_DIY[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYFOURTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("timetable",
"guppies", "busy"; not "tank", which "tank aerator on" says too): a report's, a
commentator's, a host's or a manager's line said after a question could be its
answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_HALL = {"radio", "news", "podcast", "loud", "quiet", "noise", "sounds", "music",
         "count", "pay", "rent", "subs", "raffle", "fair", "gala", "show", "miller",
         "fuses", "teaspoons", "fry", "points", "six", "seven", "four", "five", "eight",
         "nine", "eleven", "ten"}
"""Requests a bingo caller on the radio could bear on (the radio, money and prizes, a
count, a number called)."""
_RING = {"tv", "television", "watch", "movie", "ring", "phone", "call", "bob", "quiet",
         "loud", "noise", "sounds", "judo", "karate", "netball", "cricket", "cubs",
         "shin", "pads", "gloves", "scales", "bed"}
"""Requests a boxing match on the telly could bear on (the telly, a ring, a fight or a
sport, its kit)."""
_WALKIE = {"ring", "phone", "call", "message", "text", "tell", "signal", "wire", "camera",
           "crossing", "gates", "kids", "cam", "faye", "coral", "kane", "jade", "mason",
           "cubs", "brownies", "stairs", "goggles", "apron"}
"""Requests the children's walkie-talkie game could bear on (calls and signals, the
children and their things)."""
_TOOLS = {"tv", "television", "watch", "movie", "oil", "grit", "scrub", "polish",
          "descale", "wipe", "fuses", "wire", "glass", "sand", "register", "gate", "gates",
          "lock", "relay", "lamp", "lamps", "hand", "tubing", "airline", "slice", "tongs"}
"""Requests a DIY video could bear on (the screen it is on, a job with tools, the
things a job fixes)."""
_ROAD = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "crossing",
         "gates", "level", "train", "timetable", "camera", "steam", "gala", "fish",
         "show", "food", "fair", "away", "leaving", "goodbye", "grit"}
"""Requests a traffic report could bear on (the radio, a road, a crossing and its
camera, a trip set off on, a road gritted)."""
_GREEN = {"tv", "television", "watch", "movie", "game", "gaming", "quiet", "noise",
          "sounds", "club", "sand", "flags", "cricket", "count", "grey", "tea", "cart"}
"""Requests golf on the telly could bear on (the telly, a club, a bunker's sand, a flag,
a score counted, a tee)."""
_STUDIO = {"tv", "television", "watch", "movie", "game", "gaming", "quiet", "loud",
           "noise", "sounds", "pay", "rent", "subs", "miller", "raffle", "count", "test",
           "display", "stands", "sign"}
"""Requests a game show on the telly could bear on (the telly, money or a prize, a
count, a test, a display)."""
_PRESS = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
          "netball", "cubs", "judo", "karate", "cricket", "brownies", "shin", "pads",
          "goggles", "register", "sign", "signalman", "owner", "breeder", "rota", "swap"}
"""Requests a football manager on the radio could bear on (the radio, sport and its
kit, a signing, a team sheet or a rota)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a bingo caller bears on the radio, prizes and numbers)
    **{call: _HALL for call in ("droopy", "heinz", "pompey", "tom mix", "drum", "vim",
                                "unlucky", "nelson's")},
    # (a boxing announcer bears on the telly, a ring and sport)
    **{bout: _RING for bout in ("merthyr", "welterweight", "southpaw", "gumshields",
                                "scarlet trunks", "middleweight", "ringside", "scorecards")},
    # (the walkie-talkie game bears on calls, signals and the children)
    **{walkie: _WALKIE for walkie in ("burrow", "haystack", "sparrowhawk", "fizzing",
                                      "riverbank", "mongoose", "treehouse", "codename")},
    # (a DIY video bears on the telly and jobs with tools)
    **{tool: _TOOLS for tool in ("countersink", "plasterboard", "grout", "architrave",
                                 "dowels", "plaster", "mortise", "jamb")},
    # (a report's, a commentator's, a host's or a manager's line after a request could
    # be what it is about or the words of a message; said after a question, an answer)
    **{road: _ROAD | _SAID_TO | _ASKED for road in (
        "gyratory", "jackknifed", "contraflow", "northbound", "resurfacing", "tunnel",
        "underpass", "eastbound")},
    **{golf: _GREEN | _SAID_TO | _ASKED for golf in (
        "putt", "bunker", "birdie", "backswing", "fairway", "dogleg", "caddie", "bogey")},
    **{host: _STUDIO | _SAID_TO | _ASKED for host in (
        "buzzers", "jackpot's", "quickfire", "victor", "consolation", "podium",
        "conferring", "twist or stick")},
    **{gaffer: _PRESS | _SAID_TO | _ASKED for gaffer in (
        "lads", "signings", "fixture", "rotation", "regroup", "relegation", "gaffer's",
        "playoffs")},
}
"""Clauses that would bear on a phrase with one of these words ("ring bob" after a
boxing announcer may be about the ring; "faye's netball at six" after a bingo call may
be the number called): never said around it, so the clause stays beside the request
and says nothing of it."""

OOS_WRAPPERS = [
    "droopy drawers. {}", "{}, tailbacks beyond the gyratory",
    "hailing from merthyr tydfil. {}", "{}, he's holed the putt",
    "badger to burrow, over. {}", "{}, contestants, buzzers poised",
    "countersink the pilot hole, tighten the screw flush. {}", "{}, credit to the lads",
    "heinz varieties. {}", "{}, the dogleg looms",
    "kestrel to haystack, over. {}", "{}, fixture congestion's brutal",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "pompey in panic. {}", "{}, gridlock nearing the tunnel",
    "introducing the southpaw contender. {}", "{}, a delightful birdie",
    "otter to riverbank, over. {}", "{}, the jackpot's snowballing",
    "blend the grout, squeegee diagonally. {}", "{}, we'll regroup and refocus",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("tailbacks beyond the
gyratory"), struck (longest first) wherever it is said, before single words. Only whole
stretches are struck: the out-of-scope kinds' own words ("mug", "headstone", "spam",
"calendar") are never a wrapper's, so they stay."""

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
    "second", "go", "o", "yourselves", "himself", "his", "beyond",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_thirtyfourth_data.py none of an
out-of-scope template)."""

THIRTYFOURTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("signalman", "signal man"), ("collie", "colly"), ("netball", "net ball"),
    ("timetable", "time table"), ("trainspotting", "train spotting"),
    ("washhouse", "wash house"), ("register", "regester"), ("fuses", "fewzes"),
    ("aerator", "airator"), ("steriliser", "sterilizer"), ("guppies", "guppys"),
    ("spawning", "sporning"), ("siphon", "syphon"), ("aquascaping", "aqua scaping"),
    ("boxroom", "box room"), ("bloodworm", "blood worm"), ("algae", "algy"),
    ("nitrate", "nitrite"), ("karate", "karati"), ("moggy", "moggie"),
    ("clotted", "clotid"), ("doilies", "doylies"), ("gazebo", "gazeebo"),
    ("descale", "de scale"), ("teaspoons", "tea spoons"), ("preserving", "preservin"),
    ("brownies", "brownys"), ("cricket", "crikit"), ("terrier", "terier"),
    ("heather", "hether"),
]
"""The thirty-fourth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("box heater", "boxheater"), ("signal box", "signalbox"),
         ("crossing camera", "crossingcamera"), ("crossing gates", "crossinggates"),
         ("hand lamp", "handlamp"), ("signal flags", "signalflags"),
         ("spare fuses", "sparefuses"), ("train register", "trainregister"),
         ("level crossing", "levelcrossing"), ("relay room", "relayroom"),
         ("ground rent", "groundrent"), ("tail lamps", "taillamps"),
         ("signal wire", "signalwire"), ("shin pads", "shinpads"),
         ("tank aerator", "tankaerator"), ("brine shrimp", "brineshrimp"),
         ("breeding tank", "breedingtank"), ("gravel siphon", "gravelsiphon"),
         ("coral sand", "coralsand"), ("flake food", "flakefood"),
         ("fish room", "fishroom"), ("fish club", "fishclub"),
         ("airline tubing", "airlinetubing"), ("cake fridge", "cakefridge"),
         ("tea urn", "teaurn"), ("clotted cream", "clottedcream"),
         ("tea garden", "teagarden"), ("cake slice", "cakeslice"),
         ("earl grey", "earlgrey"), ("cake stands", "cakestands"),
         ("sugar tongs", "sugartongs"), ("cake doilies", "cakedoilies")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"steriliser": "sterilizer", "siphon": "syphon", "moggy": "moggie",
             "trainspotting": "train-spotting", "aquascaping": "aqua-scaping",
             "signalman": "signal-man", "teaspoons": "tea-spoons", "gazebo": "gazeebo"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtyfourth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit a scarf the colour of a {w}", "translate {w} into manx",
        "sketch a {w} in charcoal for me", "how do people in cornwall say {w}",
        "which museum has the oldest {w}", "is a {w} dearer online or in town",
        "find a sea shanty that mentions a {w}", "spell {w} in semaphore",
    ],
    "routine command": [
        "scrub {p} from your list entirely", "list the steps behind {p}",
        "think of a snappier name for {p}", "duplicate {p} for the caravan",
        "restrict {p} to weekday mornings", "put a chime in front of {p}",
        "who edited {p} most recently", "make {p} a bit less fierce",
    ],
    "word order": [
        "{b} goes first and {a} comes second", "start with {b}, finish with {a}",
        "trade places, {a} and {b}", "nil {a}, lashings of {b}",
        "oughtn't {a} go before {b}", "mountains of {b}, a smidgen of {a}",
    ],
    "negation": [
        "hold off on {p}, ta", "i'd sooner we skipped {p} while nan's asleep",
        "not a hope of {p}, pal", "give {p} a miss while i'm at the optician",
        "nah, no {p} this evening ta", "forget it, absolutely zero {p} today",
    ],
    "cancellation": [
        "shelve {p} till further notice", "{p} can hang on till after the funeral",
        "drop {p} for the rest of the half term", "hold {p} till the roofers leave",
        "we'll do without {p} this one time", "put {p} in the deep freeze for a month",
    ],
    "state question": [
        "is {p} actually running as we speak", "has {p} kicked in yet or what",
        "did {p} go off without a hitch", "has {p} wrapped up or still going",
        "has somebody already dealt with {p}", "did {p} actually go ahead on monday",
    ],
    "past or story": [
        "the year the river flooded {p} stopped working", "during the snow {p} went haywire twice",
        "my nan used to {p} every boxing day", "at the christening {p} dragged on forever",
        "that bank holiday {p} played up all afternoon",
        "before the extension we used to {p} ourselves",
    ],
    "someone else's words": [
        "the postman whistled {p} up the drive", "a kid on the school bus shouted {p}",
        "my cousin signs off every text with {p}", "a bloke at the garden centre muttered {p}",
        "the lollipop lady bellowed {p} at the kids",
        "our window cleaner hums {p} up his ladder",
    ],
    "contrast": [
        "{p} is only for halloween", "we only {p} when grandad stays over",
        "{p} is a special treat, not an everyday thing", "{p} is strictly a half term affair",
        "we {p} solely on the last sunday of each quarter", "{p} is kept for golden weddings",
    ],
    "hypothetical": [
        "suppose i pleaded and grovelled for you to {p}",
        "if i had a hankering for {p}, could you cope with it",
        "could you {p}, just hypothetically", "if {p} kicked off at three in the morning "
        "would the neighbours hear", "imagine {p} going off at dawn",
        "what would you do if a stranger wanted {p}",
    ],
    "complaint": [
        "{p} has me tearing my hair out", "{p} let us down again on sunday",
        "{p} has been a shambles since the firmware update",
        "honestly i'm sick to death of {p}",
        "{p} is a right royal pain", "{p} keeps giving up the ghost midway",
    ],
    "opinion": [
        "{p} is a proper little gem of a thing", "i'm chuffed to bits with {p}, honestly",
        "{p} is a lifesaver, really", "{p} has made our wet sundays bearable",
        "{p} is your cleverest trick by a mile", "{p} is ace, hand on heart",
    ],
    "reminder for later": [
        "nudge me to {p} when i'm back from the shops",
        "jog my memory about {p} once supper's done",
        "make sure i remember to {p} on saturday", "give me a prod to {p} later",
        "write {p} on the to do list for friday", "remind me about {p} around eight-ish",
    ],
    "permission question": [
        "is my son's girlfriend allowed to {p}", "can the childminder {p} on her own",
        "would the electrician be allowed to {p} on his own",
        "is my mother-in-law allowed to {p} when she visits at easter",
        "can the cat sitter {p} without checking", "is our exchange student allowed to {p}",
    ],
    # the thirty-fourth's own
    "printed on a mug": [
        "my mug from the seaside has {p} printed on it",
        "who buys a mug that says {p}",
        "the mug grandad drinks from says {p} in big letters",
        "she got me a mug printed with {p} for secret santa",
        "there's a chipped mug in the cupboard that reads {p}",
        "{p} is printed round the rim of my new mug",
    ],
    "an epitaph on a headstone": [
        "the old headstone in the churchyard reads {p}",
        "great uncle albert's headstone just says {p}",
        "fancy having {p} carved on your headstone",
        "i want {p} on my headstone, honestly",
        "why would anyone put {p} on a headstone",
        "the epitaph on the mossy headstone said {p}",
    ],
    "a knock-knock joke": [
        "knock knock, who's there, {p}",
        "the kids keep telling a knock knock joke that ends {p}",
        "what's the knock knock joke with {p} in it",
        "his knock knock joke finished with {p} and we all groaned",
        "{p} is the worst knock knock answer ever",
        "my nephew made up a knock knock joke about {p}",
    ],
    "a spam email's subject line": [
        "a spam email came in with the subject {p}",
        "the junk folder's full of spam titled {p}",
        "why is the spam filter letting through emails called {p}",
        "i got a dodgy spam email whose subject line was {p}",
        "the phishing email with {p} in the subject line looked real",
        "{p} was the subject line of a scam email this morning",
    ],
    "a card drawn in a board game": [
        "i drew a chance card in the board game that said {p}",
        "the card i picked up in the board game reads {p}",
        "the community chest card just said {p}",
        "whose go is it, my board game card says {p}",
        "the forfeit card in the party board game says {p}",
        "{p} was on the card she drew in the board game",
    ],
    "a desk calendar's quote of the day": [
        "today's page on the desk calendar says {p}",
        "the quote of the day on my desk calendar is {p}",
        "the desk calendar at work has {p} as today's quote",
        "whoever wrote {p} for the desk calendar is a genius",
        "my flip calendar's quote of the day is {p}",
        "{p} is the quote on this week's calendar page",
    ],
    "an escape room clue": [
        "the escape room clue was {p}",
        "in the escape room the hint on the wall said {p}",
        "we got stuck on the escape room clue {p}",
        "the escape room host gave us the clue {p}",
        "was {p} the clue for the cupboard in the escape room",
        "our escape room team cracked {p} with a minute to spare",
    ],
    "an online review quoting it": [
        "a one star review online just says {p}",
        "someone left a review on the website saying {p}",
        "the five star review read {p} and nothing else",
        "why did a customer review the hotel with {p}",
        "the top online review for the blender is {p}",
        "i wrote {p} in my online review of the campsite",
    ],
    "a speech therapy exercise": [
        "the speech therapist had him repeat {p} over and over",
        "his speech therapy sheet says to practise {p}",
        "for speech therapy she's saying {p} slowly",
        "the speech therapist picked {p} for his lisp practice",
        "we practised {p} at speech therapy today",
        "{p} is on her speech therapy card this week",
    ],
    "a word at a spelling bee": [
        "she had to spell {p} at the spelling bee",
        "the spelling bee word was {p}",
        "he got knocked out of the spelling bee on {p}",
        "is {p} too hard for the spelling bee",
        "the spelling bee judge read out {p}",
        "{p} came up in the final round of the spelling bee",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} coat hook", "{} jam funnel", "{} hat stand", "{} trouser press",
    "{} fruit bowl", "{} potato masher", "{} ironing board", "{} sewing box",
    "{} mop bucket", "{} cheese board",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

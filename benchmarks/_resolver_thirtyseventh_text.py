"""The words of the thirty-seventh held-out resolver set
(benchmarks/_resolver_thirtyseventh.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: an oyster farmer's cottage on
the estuary, where Jack farms oysters, with his wife June, their daughter April, their
son Ash, a lurcher Winkle and Lorne from the harbour board (seed 370); a lavender
farmer's house with a distillery barn, where Rosemary grows lavender, with her husband
Maurice, their daughter Honor, their son Cooper, a springer spaniel Bay and Tanner from
the farmers' market (371); and a riding school owner's house by the stable yard, where
Scarlett teaches riding, with her husband Laurie, their daughter Violet, their son
Carter, a pony Rusty and Beau the farrier (372). Its people and pets are named in ways
no earlier set names them: after months ("june", "april"), after a tool, a tree's
leavings, a herb or a colour that is a word of another phrase of the home ("ring jack"
beside "where's the trailer jack", "tell ash ..." beside "clear the ash from the
stove", "feed bay" beside "dry the bay leaves", "ring rosemary" beside "prune the
rosemary", "feed rusty" beside "oil the rusty hinge", "feed winkle" beside "rinse the
winkles"), after trades ("cooper", "tanner", "carter"); and with words that sound like
others in new ways: a name a non-rhotic speaker says as a word ("lorne" as "lawn",
"laurie" as "lorry", "maurice" as "morris", beside "has the hay lorry come" and "are
the morris dancers booked"), a name spelt as the word it is ("honor" as "honour",
"scarlett" as "scarlet", beside "where's the scarlet saddle cloth"), a name written as
two words ("rosemary" as "rose mary") and a name written as the word it sounds like
("beau" as "bow"). Each teaches 22 of its own routines with the generic pool; the rest
of its own pool, and the siblings in ``UNTAUGHT`` ("april's swimming at seven" beside
"april's swimming at six", "horse walker off" beside "horse walker on"), are never
taught there. Phrases come in every shape: one word ("grading", "harvesting",
"gymkhana"), two nouns ("oyster knives", "wax melts", "hoof picks"), nested ("tank pump
on" inside "oyster tank pump on", "barn floodlights on" inside "drying barn floodlights on",
"arena lights on" inside "indoor arena lights on"), words shared across phrases ("lock
the boat shed" and "boat shed light on", "count the hay bales" and "hay for the pony"),
numbers and times ("april's swimming at six", "carter's football at eight"), places
("scullery dehumidifier on", "distillery heater on", "clubhouse heater on"), verbs first
("turn the oyster bags", "sharpen the sickles") and nouns first ("chicken wings for
the lurcher"), questions ("how choppy is the estuary", "has the lavender oil settled", "is
the paddock waterlogged"), and a chore of several clauses ("we're off to the oyster
festival so feed winkle and ring lorne and lock the boat shed").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("lawn" for "lorne", "honour" for "honor", "rose mary" for "rosemary"): the same person
or pet, so "ring lawn" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: an audiobook narrator first ("the heath lay hushed
beneath a pewter dusk. X"), a dungeon master at a tabletop role-playing game first ("a
hobgoblin snarls menacingly. X"), revision flashcards read aloud first ("the
mitochondria is the powerhouse of the cell. X"), a job interview practised aloud first
("my greatest weakness, is perfectionism. X"), a swimming commentator on the telly after
("X, a searing butterfly stroke"), an election night programme on the telly after
("X, turnout's plummeted"), a stargazing app after ("X, that's betelgeuse"), a card
game at the kitchen table after ("X, trumps are spades"); the phrase between a dungeon
master's line and a card game call, and the phrase said in the middle of a job
interview answer practised aloud, which goes on after it ("in my former employment, X, i
surpassed every quota"). Some are joined with "and", "so", "then" or "oh and". No word
of a clause but its function words is a word of this set's pools or the generic pool,
and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: written in a diary, a street named it, a shop's
name, a yoga pose named it, a dance move named it, a name badge saying it, printed on a
tea towel, a plant variety named it, tapped out in morse code, and a word association
game.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {370: "oyster farmer's cottage on the estuary",
                         371: "lavender farmer's house with a distillery barn",
                         372: "riding school owner's house by the stable yard"}

THIRTYSEVENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "oyster farmer's cottage on the estuary": {
        "Winkle": ["feed winkle", "chicken wings for the lurcher"],
        "Winkle dry": ["towel winkle dry"],
        "Jack": ["ring jack", "call the oyster man"],
        "June": ["message june", "text june"],
        "June and April": ["message june and april"],
        "Ash": ["tell ash his waders are by the door"],
        "Lorne": ["text lorne about the harbour dues"],
        "Lorne ring": ["ring lorne", "phone lorne"],
        "Tank pump": ["tank pump on"],
        "Oyster tank pump": ["oyster tank pump on"],
        "Scullery dehumidifier": ["scullery dehumidifier on"],
        "Spat": ["has the oyster spat arrived"],
        "Causeway": ["is the causeway flooded"],
        "Estuary": ["how choppy is the estuary"],
        "Swimming": ["april's swimming at six"],
        "Scouts": ["ash's scouts at seven"],
        "Trailer jack": ["where's the trailer jack"],
        "Winkles": ["rinse the winkles"],
        "Stove ash": ["clear the ash from the stove"],
        "Oyster bags": ["turn the oyster bags", "flip the oyster bags"],
        "Trestles": ["count the trestles", "tally the trestles"],
        "Grading": ["grading", "grading day"],
        "Ice": ["order crushed ice", "restock the crushed ice"],
        "Boat shed": ["lock the boat shed"],
        "Boat shed light": ["boat shed light on"],
        "Licence": ["renew the harvest licence"],
        "Oyster knives": ["oyster knives"],
        "Ice packs": ["ice packs"],
        # long
        "Oyster festival": ["we're off to the oyster festival so feed winkle and ring lorne "
                            "and lock the boat shed"],
    },
    "lavender farmer's house with a distillery barn": {
        "Bay": ["feed bay", "biscuits for the springer"],
        "Bay ears": ["check bay's ears"],
        "Rosemary": ["ring rosemary", "call the lavender lady"],
        "Maurice": ["message maurice", "text maurice"],
        "Maurice and Honor": ["message maurice and honor"],
        "Cooper": ["tell cooper his bus pass is on the shelf"],
        "Tanner": ["text tanner about the market stall"],
        "Tanner ring": ["ring tanner", "phone tanner"],
        "Barn floodlights": ["barn floodlights on"],
        "Drying barn floodlights": ["drying barn floodlights on"],
        "Condenser": ["copper condenser on"],
        "Distillery heater": ["distillery heater on"],
        "Morris dancers": ["are the morris dancers booked"],
        "Lavender oil": ["has the lavender oil settled"],
        "Drying barn": ["how dry is the drying barn"],
        "Ballet": ["honor's ballet at five"],
        "Cubs": ["cooper's cubs at seven"],
        "Pruning knife": ["where's my pruning knife"],
        "Rosemary hedge": ["prune the rosemary"],
        "Bay leaves": ["dry the bay leaves"],
        "Sickles": ["sharpen the sickles"],
        "Bunches": ["count the bunches", "tally the bunches"],
        "Droppers": ["order more droppers", "restock the droppers"],
        "Harvesting": ["harvesting", "harvest week"],
        "Distillery": ["lock the distillery"],
        "Pitch fee": ["pay the market pitch fee"],
        "Lavender bags": ["lavender bags"],
        "Wax melts": ["wax melts"],
        # long
        "Lavender fair": ["we're off to the lavender fair so feed bay and ring tanner and "
                          "lock the distillery"],
    },
    "riding school owner's house by the stable yard": {
        "Rusty": ["feed rusty", "hay for the pony"],
        "Rusty hooves": ["pick out rusty's hooves"],
        "Scarlett": ["ring scarlett", "call the riding instructor"],
        "Laurie": ["message laurie", "text laurie"],
        "Laurie and Violet": ["message laurie and violet"],
        "Carter": ["tell carter his riding hat is on the hook"],
        "Beau": ["text beau about the loose shoe"],
        "Beau ring": ["ring beau", "phone beau"],
        "Arena lights": ["arena lights on"],
        "Indoor arena lights": ["indoor arena lights on"],
        "Horse walker": ["horse walker on"],
        "Clubhouse heater": ["clubhouse heater on"],
        "Hay lorry": ["has the hay lorry come"],
        "Paddock": ["is the paddock waterlogged"],
        "Lessons": ["how many lessons are booked"],
        "Pony club": ["violet's pony club at four"],
        "Football": ["carter's football at eight"],
        "Saddle cloth": ["where's the scarlet saddle cloth"],
        "Rusty hinge": ["oil the rusty hinge"],
        "Stables": ["muck out the stables"],
        "Shavings": ["order more shavings", "restock the shavings"],
        "Hay bales": ["count the hay bales", "tally the hay bales"],
        "Gymkhana": ["gymkhana", "gymkhana day"],
        "Tack room": ["padlock the tack room"],
        "Feed merchant": ["pay the feed merchant"],
        "Lead ropes": ["lead ropes"],
        "Hoof picks": ["hoof picks"],
        # long
        "County show": ["we're off to the county show so feed rusty and ring beau and "
                        "padlock the tack room"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "oyster farmer's cottage on the estuary": {
        "Swimming seven": ["april's swimming at seven"],
        "Scouts eight": ["ash's scouts at eight"],
        "Tank pump off": ["tank pump off"],
        "Oyster tank pump off": ["oyster tank pump off"],
        "Boat shed light off": ["boat shed light off"],
        "Unlock boat shed": ["unlock the boat shed"],
        "Lorne lights": ["text lorne about the harbour lights"],
        "Mussels": ["rinse the mussels"],
        "Buoys": ["count the buoys"],
        "Block ice": ["order block ice"],
        "Fishing licence": ["renew the fishing licence"],
        "Scullery dehumidifier off": ["scullery dehumidifier off"],
    },
    "lavender farmer's house with a distillery barn": {
        "Ballet six": ["honor's ballet at six"],
        "Cubs eight": ["cooper's cubs at eight"],
        "Barn floodlights off": ["barn floodlights off"],
        "Drying barn floodlights off": ["drying barn floodlights off"],
        "Condenser off": ["copper condenser off"],
        "Unlock distillery": ["unlock the distillery"],
        "Tanner van": ["text tanner about the market van"],
        "Bay paws": ["check bay's paws"],
        "Labels": ["order more labels"],
        "Jars": ["count the jars"],
        "Shears": ["sharpen the shears"],
        "Distillery heater off": ["distillery heater off"],
    },
    "riding school owner's house by the stable yard": {
        "Pony club five": ["violet's pony club at five"],
        "Football nine": ["carter's football at nine"],
        "Arena lights off": ["arena lights off"],
        "Indoor arena lights off": ["indoor arena lights off"],
        "Horse walker off": ["horse walker off"],
        "Padlock feed room": ["padlock the feed room"],
        "Beau girth": ["text beau about the loose girth"],
        "Rusty mane": ["comb out rusty's mane"],
        "Sawdust": ["order more sawdust"],
        "Straw bales": ["count the straw bales"],
        "Sweep stables": ["sweep out the stables"],
        "Clubhouse heater off": ["clubhouse heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the oyster farmer's cottage
    {"we're off to the oyster festival so feed winkle and ring lorne and lock the boat shed",
     "i'm leaving", "goodbye house", "feed winkle", "ring lorne", "lock the boat shed"},
    {"feed winkle", "chicken wings for the lurcher", "feed the lurcher"},
    {"ring jack", "call the oyster man", "ring the oyster man"},
    # the lavender farmer's house
    {"we're off to the lavender fair so feed bay and ring tanner and lock the distillery",
     "i'm leaving", "goodbye house", "feed bay", "ring tanner", "lock the distillery"},
    {"feed bay", "biscuits for the springer", "feed the springer"},
    {"ring rosemary", "call the lavender lady", "ring the lavender lady"},
    # the riding school owner's house
    {"we're off to the county show so feed rusty and ring beau and padlock the tack room",
     "i'm leaving", "goodbye house", "feed rusty", "ring beau", "padlock the tack room"},
    {"feed rusty", "hay for the pony", "feed the pony"},
    {"ring scarlett", "call the riding instructor", "ring the riding instructor"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
lurcher" where the lurcher is Winkle). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"jack", "june", "april", "april's", "ash", "ash's", "winkle", "lorne",
         "rosemary", "maurice", "honor", "honor's", "cooper", "cooper's", "bay", "bay's",
         "tanner", "scarlett", "laurie", "violet", "violet's", "carter", "carter's",
         "rusty", "rusty's", "beau"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    # said without its r, as the word it then is
    "lorne": ("lawn", "lorn"), "laurie": ("lorry", "lori"), "maurice": ("morris",),
    # another spelling of its very sounds
    "jack": ("jac",),
    # spelt as the word it is
    "honor": ("honour",), "honor's": ("honour's",), "scarlett": ("scarlet",),
    # written as two words, or as another spelling of its sounds
    "rosemary": ("rose mary", "rosemarie"),
    # written as the word it sounds like
    "beau": ("bow", "bo"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person or
pet: in scope). Only homophones in the speech these homes speak: a Londoner's "laurie"
and "lorry" are one sound, and "honour" is how a recogniser spells the word "honor"."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "four": ("quarter past four",), "five": ("twenty past five",), "six": ("ten to six",),
    "seven": ("half seven",), "eight": ("twenty to eight",), "nine": ("quarter to nine",),
    # things and places
    "chicken": ("lamb",), "wings": ("necks",), "lurcher": ("whippet",), "towel": ("brush",),
    "oyster": ("mussel",), "man": ("woman",), "waders": ("wellies",), "door": ("gate",),
    "harbour": ("parish",), "dues": ("meeting",), "tank": ("bilge",), "pump": ("filter",),
    "scullery": ("pantry",), "heater": ("fan",), "spat": ("seed",), "arrived": ("died",),
    "causeway": ("towpath",), "flooded": ("icy",), "choppy": ("murky",),
    "estuary": ("creek",), "swimming": ("diving",), "scouts": ("drumming",),
    "trailer": ("van",), "rinse": ("boil",), "winkles": ("cockles",),
    "stove": ("grate",), "bags": ("trays",), "trestles": ("pallets",),
    "grading": ("shucking",), "crushed": ("dry",), "ice": ("salt",), "boat": ("net",),
    "shed": ("loft",), "renew": ("frame",), "harvest": ("planting",),
    "licence": ("permit",), "knives": ("gloves",), "packs": ("cubes",),
    "festival": ("regatta",),
    "biscuits": ("sausages",), "springer": ("labrador",), "ears": ("teeth",),
    "lady": ("gent",), "bus": ("train",), "pass": ("ticket",),
    "shelf": ("sideboard",), "market": ("craft",), "stall": ("tent",),
    "barn": ("shed",), "drying": ("packing",),
    "copper": ("steel",), "condenser": ("boiler",), "distillery": ("greenhouse",),
    "morris": ("folk",), "dancers": ("singers",), "booked": ("paid",),
    "settled": ("sold",), "ballet": ("tap",), "cubs": ("brownies",),
    "pruning": ("grafting",), "knife": ("saw",),
    "leaves": ("berries",), "sickles": ("secateurs",), "bunches": ("sprigs",),
    "droppers": ("corks",), "harvesting": ("weeding",), "week": ("month",),
    "pitch": ("parking",), "fee": ("fine",), "wax": ("soap",), "melts": ("tablets",),
    "fair": ("auction",),
    "pony": ("donkey",), "riding": ("swimming",),
    "instructor": ("vet",), "hat": ("crop",), "hook": ("bench",), "loose": ("cast",),
    "shoe": ("stud",), "arena": ("yard",), "indoor": ("outdoor",),
    "walker": ("solarium",), "clubhouse": ("tearoom",), "lorry": ("van",),
    "paddock": ("orchard",), "waterlogged": ("frosty",), "lessons": ("hacks",),
    "club": ("camp",), "football": ("rugby",), "scarlet": ("navy",),
    "cloth": ("pad",), "hinge": ("latch",), "stables": ("kennels",),
    "shavings": ("straw",), "bales": ("nets",), "gymkhana": ("dressage",),
    "tack": ("saddle",), "merchant": ("blacksmith",), "lead": ("lunge",),
    "ropes": ("reins",), "picks": ("oil",), "county": ("village",),
    "show": ("fete",),
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
"""A word of a taught phrase and what a near-sibling request says in its place ("april's
swimming at ten to six" for "april's swimming at six", "feed the whippet"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_DUNGEON = [
    "a hobgoblin snarls menacingly", "you descend into a fetid crypt",
    "an ogre bars the drawbridge", "the rogue defuses the tripwire",
    "the paladin's broadsword glimmers", "the wyvern shrieks",
    "the innkeeper glowers suspiciously", "a lich cackles gleefully",
]
_CARDS = [
    "trumps are spades", "you're dealing", "pontoon", "i'm sticking", "that's my trick",
    "rummy", "cribbage", "diamonds are trumps",
]
_INTERVIEW = [
    ("in my former employment", "i surpassed every quota"),
    ("my greatest weakness", "is perfectionism"),
    ("candidly", "i thrive on deadlines"),
    ("as a natural collaborator", "i motivate colleagues"),
    ("my referees", "are glowing"),
    ("in an ideal world", "i would oversee a department"),
    ("stakeholder liaison", "is my forte"),
    ("my salary expectations", "are negotiable"),
]

WRAPPERS: dict[str, list[str]] = {
    "an audiobook narrator, said first": [
        "the heath lay hushed beneath a pewter dusk. {}",
        "she sealed the envelope and sobbed. {}",
        "the brougham jolted into thornfield. {}",
        "the governess shivered by the casement. {}",
        "a secret no soul dared utter! {}",
        "the duke's nephew disappeared at dawn. {}",
        "the orphan clutched a tarnished locket, then {}",
        "squalls battered the manor's turrets, oh and {}",
    ],
    "a dungeon master at a tabletop role-playing game, said first": [
        f"{d}. {{}}" for d in _DUNGEON[:5]
    ] + [f"{_DUNGEON[5]}! {{}}", f"{_DUNGEON[6]}, then {{}}", f"{_DUNGEON[7]}, oh and {{}}"],
    "revision flashcards read aloud, said first": [
        "chlorophyll absorbs photons. {}",
        "the mitochondria is the powerhouse of the cell. {}",
        "the treaty of versailles punished germany. {}",
        "osmosis is diffusion through a membrane. {}",
        "cromwell dissolved the monasteries! {}",
        "a metaphor isn't literal. {}",
        "igneous rocks solidify from magma, then {}",
        "sohcahtoa, the hypotenuse is longest, oh and {}",
    ],
    "a job interview practised aloud, said first": [
        f"{a}, {b}. {{}}" for a, b in _INTERVIEW[:6]
    ] + [f"{_INTERVIEW[6][0]}, {_INTERVIEW[6][1]}, then {{}}",
         f"{_INTERVIEW[7][0]}, {_INTERVIEW[7][1]}, oh and {{}}"],
    "a swimming commentator on the telly, said after": [
        "{}, a streamlined glide", "{}, a searing butterfly stroke",
        "{}, he's touched the wall first", "{}, the backstroke's scrappy",
        "{}, what an electrifying dive", "{}, a freestyle masterclass",
        "{} and, the medley relay's anchored superbly",
        "{} so, breaststroke's his achilles tendon",
    ],
    "an election night programme on the telly, said after": [
        "{}, turnout's plummeted", "{}, a surge to the liberals",
        "{}, the psephologists are stunned", "{}, a recount in dunstable",
        "{}, the tellers are sorting ballots", "{}, a landslide's probable",
        "{} and, the incumbent's conceded", "{} so, a hung parliament loomed",
    ],
    "a stargazing app, said after": [
        "{}, that's betelgeuse", "{}, the plough's at its zenith", "{}, saturn is climbing",
        "{}, orion's girdle twinkles", "{}, a meteor swarm culminates",
        "{}, jupiter's moons are visible", "{} and, cassiopeia hovers northwards",
        "{} so, the andromeda galaxy's barely discernible",
    ],
    "a card game at the kitchen table, said after": [
        f"{{}}, {c}" for c in _CARDS[:6]
    ] + [f"{{}} and, {_CARDS[6]}", f"{{}} so, {_CARDS[7]}"],
    "between a dungeon master's line and a card game call": [
        f"{d}. {{}}, {c}" for d, c in zip(_DUNGEON[:5], _CARDS[:5], strict=True)
    ] + [f"{_DUNGEON[5]}! {{}}, {_CARDS[5]}",
         f"{_DUNGEON[6]}. {{}} and, {_CARDS[6]}",
         f"{_DUNGEON[7]}. {{}} so, {_CARDS[7]}"],
    "in the middle of a job interview answer practised aloud": [
        f"{a}, {{}}, {b}" for a, b in _INTERVIEW[:6]
    ] + [f"{_INTERVIEW[6][0]}, {{}} and, {_INTERVIEW[6][1]}",
         f"{_INTERVIEW[7][0]}, {{}} so, {_INTERVIEW[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTION = re.compile(r"(what's|what|is|how|when|when's|where's|where|who's|has|have|are"
                       r"|which) ")
_POOL = [p for routines in THIRTYSEVENTH_ROUTINES.values() for ps in routines.values()
         for p in ps]
_ASKED = {w for p in _POOL if _QUESTION.match(p) for w in p.split()[1:]} \
    - {w for p in _POOL if not _QUESTION.match(p) for w in p.split()} \
    - {"the", "a", "much", "in", "my", "on", "it", "is", "are", "many", "am", "i", "does",
       "say", "time", "there", "been", "too", "any"}
"""The words only the pools' questions say but their question words ("choppy",
"settled", "waterlogged"; not "jack", which "ring jack" says too): a commentator's, an
app's or a card player's line said after a question could be its answer."""
_SAID_TO = {"message", "text", "tell", "email", "write"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_NUMBERS = {"four", "five", "six", "seven", "eight", "nine", "ten", "eleven"}
_TELLY = {"tv", "television", "watch", "movie", "quiet", "loud", "noise", "sounds"}
"""Requests anything said on the telly could bear on (the telly itself, its sound)."""
_SPEAKER = {"radio", "news", "podcast", "quiet", "loud", "noise", "sounds", "music",
            "story", "read", "reading", "bedtime", "kids"}
"""Requests anything a speaker reads aloud could bear on (its sound, a story read)."""
_BOOK = _SPEAKER | {"message", "text", "tell", "ring", "phone", "call", "lock", "unlock",
                    "where's", "night", "good", "rain"}
"""Requests a novel read aloud could bear on (a story, a letter sent, a door locked,
someone lost)."""
_QUEST = {"game", "gaming", "night", "party", "count", "tally", *_NUMBERS, "lock",
          "unlock", "where's", "knives", "knife", "sickles", "sharpen", "fire", "light",
          "lights", "shed", "barn", "room"}
"""Requests a dungeon master could bear on (a game night, a roll or a count, a door
locked, a blade, a torch, a room entered)."""
_SCHOOL = {"homework", "study", "focus", "read", "reading", "school", "kids", "count",
           "tally", *_NUMBERS, "water", "sun", "oil", "dry", "drying", "ice"}
"""Requests revision could bear on (homework, a number, what a science card is about)."""
_JOB = {"work", "office", "day", "message", "text", "tell", "ring", "phone", "call",
        "pay", "fee", "dues", "licence", "renew", "order", "restock", "leaving",
        "goodbye", "away", "booked", "lessons", "count", "tally", *_NUMBERS}
"""Requests an interview answer could bear on (work, a call back, money, an order, a
count)."""
_POOLSIDE = _TELLY | {"swimming", "pool", "bath", "shower", "scouts", "cubs", "ballet",
                      "football", "pony", "club", "gymkhana", "show", "festival", "fair",
                      *_NUMBERS, "flooded", "choppy", "estuary", "causeway", "rinse",
                      "towel", "dry", "waterlogged", "turn", "flip"}
"""Requests a swimming race on the telly could bear on (the telly, a sport, a number, a
turn, water)."""
_POLLS = _TELLY | {"count", "tally", *_NUMBERS, "pay", "fee", "dues", "licence", "renew",
                   "booked", "leaving", "goodbye", "away", "club", "merchant", "market"}
"""Requests an election night could bear on (the telly, a count, a number, money, a
seat left)."""
_SKY = {"light", "lights", "lamp", "arena", "night", "sunset", "evening", "glow", "dim",
        "bright", "brightness", "where's", "lorry", "come", "arrived", "rain", "dry"}
"""Requests a stargazing app could bear on (lights and the dark, something rising or
arriving, the weather)."""
_TABLE = {"game", "gaming", "night", "party", "count", "tally", *_NUMBERS, "turn", "flip",
          "pick", "pay", "fee", "dues", "order", "shoe", "club", "clubhouse"}
"""Requests a card game could bear on (a game, a count, a number, a turn, a card picked,
a stake paid, a suit)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a novel read aloud bears on a story, a letter, a door, someone lost)
    **{book: _BOOK for book in ("heath", "envelope", "brougham", "governess", "dared",
                                "nephew", "orphan", "turrets")},
    # (a dungeon master bears on a game, a roll, a door, a blade, a room)
    **{quest: _QUEST for quest in ("hobgoblin", "crypt", "ogre", "rogue", "paladin's",
                                   "wyvern", "innkeeper", "lich")},
    # (revision bears on homework, a number, what a card is about)
    **{card: _SCHOOL for card in ("chlorophyll", "mitochondria", "versailles",
                                  "osmosis", "cromwell", "metaphor", "igneous",
                                  "hypotenuse")},
    # (an interview answer bears on work, a call back, money, an order)
    **{job: _JOB for job in ("former employment", "greatest weakness", "candidly",
                             "collaborator", "referees", "ideal world", "stakeholder",
                             "salary")},
    # (a commentator's, an app's or a card player's line after a request could be what
    # it is about or the words of a message; said after a question, an answer)
    **{swim: _POOLSIDE | _SAID_TO | _ASKED for swim in (
        "glide", "butterfly", "touched the wall", "backstroke's", "dive", "freestyle",
        "medley", "breaststroke's")},
    **{poll: _POLLS | _SAID_TO | _ASKED for poll in (
        "turnout's", "liberals", "psephologists", "recount", "tellers",
        "landslide", "incumbent's", "hung parliament")},
    **{star: _SKY | _SAID_TO | _ASKED for star in (
        "betelgeuse", "plough's", "saturn", "orion's", "meteor", "jupiter's",
        "cassiopeia", "andromeda")},
    **{card: _TABLE | _SAID_TO | _ASKED for card in (
        "trumps are spades", "you're dealing", "pontoon", "sticking", "my trick",
        "rummy", "cribbage", "diamonds")},
}
"""Clauses that would bear on a phrase with one of these words ("april's swimming at
six" after a swimming commentator may be the race; "count the trestles" after a card
game may be the score): never said around it, so the clause stays beside the request
and says nothing of it."""

OOS_WRAPPERS = [
    "the heath lay hushed beneath a pewter dusk. {}", "{}, a streamlined glide",
    "you descend into a fetid crypt. {}", "{}, turnout's plummeted",
    "a metaphor isn't literal. {}", "{}, that's betelgeuse",
    "candidly, i thrive on deadlines. {}", "{}, trumps are spades",
    "the wyvern shrieks! {}", "{}, a freestyle masterclass",
    "the governess shivered by the casement. {}", "{}, saturn is climbing",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "an ogre bars the drawbridge. {}", "{}, a landslide's probable",
    "the brougham jolted into thornfield. {}", "{}, a meteor swarm culminates",
    "cromwell dissolved the monasteries! {}", "{}, what an electrifying dive",
    "my referees, are glowing. {}", "{}, rummy",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("a searing butterfly
stroke"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("diary", "tea towel",
"morse") are never a wrapper's, so they stay."""

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
none is a word of a pool phrase, tests/test_resolver_thirtyseventh_data.py none of an
out-of-scope template)."""

THIRTYSEVENTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("oyster", "oysta"), ("lurcher", "lurker"), ("scullery", "scullary"),
    ("causeway", "cause way"), ("estuary", "estuery"), ("trestles", "trestle"),
    ("trailer", "trailor"), ("waders", "waiters"), ("chicken", "chickin"),
    ("choppy", "choppie"), ("winkles", "winkels"),
    ("lavender", "lavendar"), ("springer", "spring her"), ("condenser", "condensor"),
    ("distillery", "distillary"), ("dancers", "dances"), ("sickles", "sickels"),
    ("droppers", "droppas"), ("harvesting", "harvestin"), ("ballet", "ballay"),
    ("cubs", "cups"), ("copper", "coppa"),
    ("gymkhana", "jimkana"), ("shavings", "shaving"), ("paddock", "paddick"),
    ("waterlogged", "water logged"), ("instructor", "instructer"),
    ("merchant", "merchent"), ("hooves", "hoofs"), ("arena", "areena"),
    ("clubhouse", "club house"), ("hinge", "hindge"), ("walker", "walka"),
]
"""The thirty-seventh set's own recogniser confusions (homophone spellings of names,
real words, splits, sounds off)."""

GLUED = [("oyster bags", "oysterbags"), ("boat shed", "boatshed"), ("ice packs", "icepacks"),
         ("grading day", "gradingday"), ("oyster knives", "oysterknives"),
         ("tank pump", "tankpump"), ("harbour dues", "harbourdues"),
         ("trailer jack", "trailerjack"), ("oyster festival", "oysterfestival"),
         ("oyster man", "oysterman"), ("bay leaves", "bayleaves"),
         ("barn floodlights", "barnfloodlights"), ("drying barn", "dryingbarn"),
         ("lavender oil", "lavenderoil"), ("wax melts", "waxmelts"),
         ("lavender bags", "lavenderbags"), ("pitch fee", "pitchfee"),
         ("market stall", "marketstall"), ("bus pass", "buspass"),
         ("pruning knife", "pruningknife"), ("harvest week", "harvestweek"),
         ("lavender fair", "lavenderfair"), ("horse walker", "horsewalker"),
         ("hay bales", "haybales"), ("lead ropes", "leadropes"), ("hoof picks", "hoofpicks"),
         ("tack room", "tackroom"), ("pony club", "ponyclub"),
         ("saddle cloth", "saddlecloth"), ("riding hat", "ridinghat"),
         ("hay lorry", "haylorry"), ("county show", "countyshow"),
         ("gymkhana day", "gymkhanaday"), ("feed merchant", "feedmerchant")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"licence": "license", "harbour": "harbor", "waterlogged": "water-logged",
             "clubhouse": "club-house", "gymkhana": "gymkana", "scullery": "scullary",
             "distillery": "distilery"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_thirtyseventh.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit a tea cosy shaped like a {w}", "what do the manx call a {w}",
        "sketch a {w} on the steamed up mirror", "are {w} cheaper up in carlisle",
        "track down a secondhand {w} on ebay", "how heavy is a {w} in pounds and ounces",
        "compose a limerick about a {w}", "spell {w} in the phonetic alphabet",
    ],
    "routine command": [
        "scrap {p} from your memory", "talk me through what {p} actually does",
        "think up a snappier name for {p}", "duplicate {p} for the holiday chalet",
        "only allow {p} on weekday mornings", "play a little fanfare before {p} starts",
        "who tinkered with {p} most recently", "take {p} down a peg or two",
    ],
    "word order": [
        "{b} to begin with, {a} after that", "{b} comes before {a}",
        "swap {a} and {b} about", "forget {a}, loads of {b}",
        "shouldn't {a} go ahead of {b}", "heaps of {b}, a dab of {a}",
    ],
    "negation": [
        "let's skip {p} this once, cheers", "i'd rather we left {p} while the twins nap",
        "no way on earth are we doing {p}, mate", "leave {p} alone while i'm at the dentist",
        "nope, no {p} this evening ta", "hang about, absolutely no {p} today",
    ],
    "cancellation": [
        "put {p} in cold storage till i say otherwise", "{p} can wait till after the funeral",
        "axe {p} for the whole of lent", "pause {p} till the plasterers finish",
        "we'll muddle through without {p} for once", "mothball {p} until the summer hols",
    ],
    "state question": [
        "is {p} happening at this very moment", "has {p} got underway yet",
        "did {p} go without a single hiccup", "is {p} done or still chugging along",
        "has somebody sorted {p} already today", "did {p} really go ahead last wednesday",
    ],
    "past or story": [
        "the winter the pipes burst {p} packed up completely",
        "during the heatwave {p} went on the blink",
        "my great uncle would {p} every boxing day morning",
        "at the silver wedding do {p} went on forever",
        "that whitsun {p} misbehaved all weekend",
        "before the conservatory went up we had to {p} by hand",
    ],
    "someone else's words": [
        "the milkman whistled {p} down the path", "a chap on the bus bellowed {p}",
        "my niece ends every postcard with {p}", "a lady in the chemist mumbled {p}",
        "the crossing warden yelled {p} at the kids",
        "our chimney sweep croons {p} up the flue",
    ],
    "contrast": [
        "{p} is only for pancake day", "we only {p} when nana's visiting",
        "{p} is a special occasion thing", "{p} is strictly an august bank holiday thing",
        "we {p} only on the first sunday of the month", "{p} is saved for diamond weddings",
    ],
    "hypothetical": [
        "say i begged you to {p}",
        "if i ever needed {p}, would you manage it",
        "could you {p}, just hypothetically speaking", "if {p} started at three in "
        "the morning would the neighbours complain", "picture {p} happening in a blackout",
        "what would you do if a cat burglar asked for {p}",
    ],
    "complaint": [
        "{p} is giving me a splitting migraine", "{p} went and failed us again on saturday night",
        "{p} has been hopeless since the software update",
        "i've had a bellyful of {p} lately",
        "{p} is a flipping nuisance and a half", "{p} keeps packing in halfway through",
    ],
    "opinion": [
        "{p} is an absolute little treasure of a thing", "i'm thrilled to bits with {p}",
        "{p} is a godsend, hand on my heart", "{p} has made drizzly sundays tolerable",
        "{p} is the cleverest thing you do", "{p} is top notch, no fibbing",
    ],
    "reminder for later": [
        "remind me to {p} when i'm back from the dentist",
        "pester me about {p} after tea",
        "make certain i remember to {p} on sunday evening", "give me a nudge to {p} this afternoon",
        "pencil {p} onto thursday's jobs list", "remind me about {p} at elevenses",
    ],
    "permission question": [
        "is my nephew's boyfriend allowed to {p}", "is the au pair permitted to {p}",
        "would the chimney sweep be allowed to {p} on his own",
        "is my brother-in-law allowed to {p} when he stays at christmas",
        "can the cat sitter {p} without asking", "is our tenant allowed to {p}",
    ],
    # the thirty-seventh's own
    "written in a diary": [
        "my diary for last tuesday just says {p}",
        "grandma's old diary has {p} written on every page",
        "i found {p} scribbled in my diary from years ago",
        "{p} is all she wrote in her diary that day",
        "the diary entry for the fourteenth reads {p}",
        "why would i have written {p} in my diary",
    ],
    "a street named it": [
        "there's a street in the new estate called {p}",
        "the council named the new cul-de-sac {p}",
        "my cousin lives on a road called {p}",
        "{p} is the name of the street behind the chippy",
        "the street sign at the end of the lane says {p}",
        "who names a street {p}",
    ],
    "a shop's name": [
        "the new shop on the high street is called {p}",
        "there's a charity shop in town named {p}",
        "{p} is the name of that gift shop by the church",
        "she opened a little shop and called it {p}",
        "the shop sign above the bakery says {p}",
        "what a daft name for a shop, {p}",
    ],
    "a yoga pose named it": [
        "the instructor has a yoga pose she calls {p}",
        "in yoga class we did a pose called {p}",
        "{p} is the yoga pose where you balance on one leg",
        "my back hurts after that yoga pose {p}",
        "the yoga app has a pose named {p}",
        "there's no way that yoga pose is really called {p}",
    ],
    "a dance move named it": [
        "the kids invented a dance move called {p}",
        "at the wedding disco everyone did the dance move {p}",
        "{p} is the dance move where you spin on your heel",
        "she taught me a dance move she calls {p}",
        "the dance teacher named the new dance move {p}",
        "that silly dance move {p} is all over the internet",
    ],
    "a name badge saying it": [
        "the man at the garden centre had a name badge saying {p}",
        "my name badge at the conference said {p} by mistake",
        "{p} was printed on the name badge they gave him",
        "the waitress's name badge just read {p}",
        "somebody wrote {p} on their name badge as a joke",
        "why does your name badge say {p}",
    ],
    "printed on a tea towel": [
        "nana's tea towel has {p} printed on it",
        "we bought a tea towel at the fete with {p} on it",
        "{p} is printed in bold on the tea towel",
        "the souvenir tea towel from cornwall says {p}",
        "there's a tea towel in the drawer that reads {p}",
        "who puts {p} on a tea towel",
    ],
    "a plant variety named it": [
        "the garden centre sells a sweet pea called {p}",
        "there's a variety of tomato named {p}",
        "{p} is the name of that rambling rose by the gate",
        "the seed catalogue lists a dahlia called {p}",
        "grandpa grew a potato variety called {p}",
        "why would anyone name a tulip {p}",
    ],
    "tapped out in morse code": [
        "the children tapped out {p} in morse code on the radiator",
        "he flashed {p} in morse code with a torch",
        "{p} in morse code is a lot of dots and dashes",
        "the kids sent each other {p} in morse code with their torches",
        "can you believe she learnt to tap {p} in morse code",
        "my grandad could still tap out {p} in morse code",
    ],
    "a word association game": [
        "in word association i said {p} and everyone laughed",
        "we played word association and my answer was {p}",
        "{p} was the first thing i thought of in word association",
        "she said apple and i said {p} in our word association game",
        "my word association answer was {p} again",
        "why does {p} always come up when we play word association",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} spoon rest", "{} salt pig", "{} pie funnel", "{} sugar tongs",
    "{} cutlery tray", "{} herb keeper", "{} pickle fork", "{} flour dredger",
    "{} cheese dome", "{} jam spoon",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "have", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

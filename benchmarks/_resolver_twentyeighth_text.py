"""The words of the twenty-eighth held-out resolver set
(benchmarks/_resolver_twentyeighth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a tree surgeon's woodland
cabin, where Rowan climbs and fells trees, with his husband Teodor, their daughter Skye,
their son Wilf, a ferret Noodle and Dawn who books the jobs (seed 280); a bookbinder's
terrace with a bindery in the back room, where Bill binds and mends books with his wife
Constance, their children Ivy and Reuben, a tortoise Pebble and Carol who sells the
books (281); and a wedding photographer's converted chapel, where Grant photographs
weddings with his wife Mercy, their children Amber and Rocco, a guinea pig Sprout and
Frankie who shoots beside him (282). Its people and pets are named with common words
("ring bill", "ring dawn", "message mercy", "feed pebble", "feed sprout", "tell skye her
bus is here"). Each teaches 22 of its own routines with the generic pool; the rest of
its own pool, and the siblings in ``UNTAUGHT`` ("climbing club at seven" beside
"climbing club at six", "glue warmer off" beside "glue warmer on"), are never taught
there. Phrases come in every shape: one word ("pruning", "sewing", "editing"), nested
("chain grinder on" inside "log store chain grinder on", "drying cabinet on" inside
"darkroom drying cabinet on"), words shared across phrases ("climbing club at six" and
"are the climbing ropes dry", "invoice the golf club"), numbers and times ("book club at
eight", "rocco's rugby at nine"), places ("bindery glue warmer on", "vestry heater on"),
verbs first ("grease the chainsaw bar") and nouns first ("dandelions for the tortoise"),
questions ("how windy is it on the ridge", "has the wheat paste set"), and a chore of
several clauses ("i'm off to the book fair so feed pebble and ring carol and lock the
type cabinet").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("rowen" for "rowan", "sky" for "skye", "theodore" for "teodor", "rocko" for "rocco"):
the same person, so "ring rowen" is in scope.

Its in-scope wrappers are everyday household speech that does not bear on the request,
in ten kinds no earlier set has: a sat-nav instruction first ("you have reached your
destination. X"), a voicemail played on speaker first ("this is the optician, your
glasses are in. X"), a child's spelling test first ("conscience, as in a guilty
conscience. X"), a board game's rules read aloud first ("the youngest player begins.
X"), a film trailer heard after ("X, prepare for the ultimate showdown"), an auctioneer
on an antiques programme heard after ("X, the gavel falls, a bargain"), a railway
announcement heard down the phone after ("X, this train terminates at euston"), a tarot
card turned over after ("X, the hermit, solitude"); the phrase between a board game's
rule and a tarot card, and the phrase said in the middle of a voicemail, which goes on
after it ("hi, it's val, your godmother, X, checking in"). Some are joined with "and", "so",
"then" or "oh and". No word of a clause but its function words is a word of this set's
pools or the generic pool, and its distinctive words are no earlier set's wrappers'.

Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, in ten kinds no set has: asking whether it exists, a neighbour's device
heard saying it, an anagram of it, asking for it backwards, a prank planned with it, an
impression of someone saying it, someone saying it in their sleep, learning it in a
language class, telling someone to stop saying it, and asking when it was set up.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {280: "tree surgeon's woodland cabin",
                         281: "bookbinder's terrace with a bindery in the back room",
                         282: "wedding photographer's converted chapel"}

TWENTYEIGHTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "tree surgeon's woodland cabin": {
        "Noodle": ["feed noodle", "scraps for the ferret"],
        "Noodle lamp": ["noodle's cage lamp on"],
        "Rowan": ["ring rowan", "call the tree surgeon"],
        "Teodor": ["message teodor"],
        "Teodor and Skye": ["message teodor and skye"],
        "Skye": ["tell skye her bus is here"],
        "Dawn": ["text dawn about the oak job"],
        "Dawn ring": ["ring dawn"],
        "Grinder": ["chain grinder on"],
        "Log store grinder": ["log store chain grinder on"],
        "Kiln": ["drying kiln on"],
        "Ropes": ["are the climbing ropes dry"],
        "Harness": ["has the new harness come"],
        "Ridge wind": ["how windy is it on the ridge"],
        "Climbing club": ["climbing club at six"],
        "Cubs": ["wilf's cubs at seven"],
        "Spikes": ["where are my spikes"],
        "Chainsaw bar": ["grease the chainsaw bar"],
        "Bar oil": ["order more bar oil"],
        "Beech": ["photograph the felled beech"],
        "Pruning": ["pruning"],
        "Log bags": ["count the log bags"],
        "Kit trailer": ["lock the kit trailer"],
        "Golf club": ["invoice the golf club"],
        "Wedges": ["stack the felling wedges"],
        "Woodshed": ["woodshed heater on"],
        # long
        "Ridge": ["i'm off up the ridge so feed noodle and ring dawn and lock the kit "
                  "trailer"],
    },
    "bookbinder's terrace with a bindery in the back room": {
        "Pebble": ["feed pebble", "dandelions for the tortoise"],
        "Pebble lamp": ["pebble's basking lamp on"],
        "Bill": ["ring bill", "call the bookbinder"],
        "Constance": ["message constance"],
        "Constance and Ivy": ["message constance and ivy"],
        "Ivy": ["tell ivy her lesson's starting"],
        "Carol": ["text carol about the atlas repair"],
        "Carol ring": ["ring carol"],
        "Glue warmer": ["glue warmer on"],
        "Bindery warmer": ["bindery glue warmer on"],
        "Finishing stove": ["finishing stove on"],
        "Goatskin": ["is the goatskin delivery here"],
        "Paste": ["has the wheat paste set"],
        "Gold leaf": ["how much gold leaf is left"],
        "Book club": ["book club at eight"],
        "Judo": ["reuben's judo at five"],
        "Bone folder": ["where's my bone folder"],
        "Paring knife": ["sharpen the paring knife"],
        "Marbled paper": ["order more marbled paper"],
        "Spine": ["photograph the gilded spine"],
        "Sewing": ["sewing"],
        "Cloth rolls": ["count the cloth rolls"],
        "Type cabinet": ["lock the type cabinet"],
        "Archive": ["invoice the county archive"],
        "Nipping press": ["tighten the nipping press"],
        "Cellar radiator": ["cellar radiator on"],
        # long
        "Book fair": ["i'm off to the book fair so feed pebble and ring carol and lock the "
                      "type cabinet"],
    },
    "wedding photographer's converted chapel": {
        "Sprout": ["feed sprout", "veg for the guinea pig"],
        "Sprout cage": ["clean sprout's cage"],
        "Grant": ["ring grant", "call the photographer"],
        "Mercy": ["message mercy"],
        "Mercy and Amber": ["message mercy and amber"],
        "Amber": ["tell amber the minibus is outside"],
        "Frankie": ["text frankie about the saturday wedding"],
        "Frankie ring": ["ring frankie"],
        "Drying cabinet": ["drying cabinet on"],
        "Darkroom cabinet": ["darkroom drying cabinet on"],
        "Charger": ["battery charger on"],
        "Memory cards": ["are the memory cards backed up"],
        "Album": ["has the album proof come back"],
        "Bride": ["what time is the bride arriving"],
        "Camera club": ["camera club at seven"],
        "Rugby": ["rocco's rugby at nine"],
        "Light meter": ["where's my light meter"],
        "Sensor": ["clean the camera sensor"],
        "Lustre paper": ["order more lustre paper"],
        "Backup": ["back up the wedding photos"],
        "Editing": ["editing"],
        "Spare batteries": ["count the spare batteries"],
        "Lens cupboard": ["lock the lens cupboard"],
        "Hotel": ["invoice the country hotel"],
        "Flash bag": ["pack the flash bag"],
        "Vestry": ["vestry heater on"],
        # long
        "Wedding day": ["i'm off to the wedding so feed sprout and ring frankie and lock the "
                        "lens cupboard"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, unlock for lock)
    "tree surgeon's woodland cabin": {
        "Climbing club seven": ["climbing club at seven"],
        "Cubs eight": ["wilf's cubs at eight"],
        "Grinder off": ["chain grinder off"],
        "Log store grinder off": ["log store chain grinder off"],
        "Kiln off": ["drying kiln off"], "Unlock trailer": ["unlock the kit trailer"],
        "Dawn ash": ["text dawn about the ash job"],
        "Noodle lamp off": ["noodle's cage lamp off"],
        "Grease chain": ["grease the chainsaw chain"],
        "Order chain oil": ["order more chain oil"],
        "Photograph oak": ["photograph the felled oak"],
        "Woodshed off": ["woodshed heater off"],
    },
    "bookbinder's terrace with a bindery in the back room": {
        "Book club nine": ["book club at nine"],
        "Judo six": ["reuben's judo at six"],
        "Glue warmer off": ["glue warmer off"],
        "Bindery warmer off": ["bindery glue warmer off"],
        "Finishing stove off": ["finishing stove off"],
        "Unlock type cabinet": ["unlock the type cabinet"],
        "Carol invoice": ["text carol about the atlas invoice"],
        "Pebble lamp off": ["pebble's basking lamp off"],
        "Sharpen chisel": ["sharpen the paring chisel"],
        "Order handmade": ["order more handmade paper"],
        "Photograph cover": ["photograph the gilded cover"],
        "Cellar radiator off": ["cellar radiator off"],
    },
    "wedding photographer's converted chapel": {
        "Camera club eight": ["camera club at eight"],
        "Rugby ten": ["rocco's rugby at ten"],
        "Drying cabinet off": ["drying cabinet off"],
        "Darkroom cabinet off": ["darkroom drying cabinet off"],
        "Charger off": ["battery charger off"],
        "Unlock lens cupboard": ["unlock the lens cupboard"],
        "Frankie sunday": ["text frankie about the sunday wedding"],
        "Clean lens": ["clean the camera lens"],
        "Order gloss": ["order more gloss paper"],
        "Tripod bag": ["pack the tripod bag"],
        "Spare chargers": ["count the spare chargers"],
        "Vestry off": ["vestry heater off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the tree surgeon's cabin
    {"i'm off up the ridge so feed noodle and ring dawn and lock the kit trailer",
     "i'm leaving", "goodbye house", "feed noodle", "ring dawn", "lock the kit trailer"},
    {"feed noodle", "scraps for the ferret", "feed the ferret"},
    {"ring rowan", "call the tree surgeon", "ring the tree surgeon"},
    # the bookbinder's terrace
    {"i'm off to the book fair so feed pebble and ring carol and lock the type cabinet",
     "i'm leaving", "goodbye house", "feed pebble", "ring carol", "lock the type cabinet"},
    {"feed pebble", "dandelions for the tortoise", "feed the tortoise"},
    {"ring bill", "call the bookbinder", "ring the bookbinder"},
    # the photographer's chapel
    {"i'm off to the wedding so feed sprout and ring frankie and lock the lens cupboard",
     "i'm leaving", "goodbye house", "feed sprout", "ring frankie", "lock the lens cupboard"},
    {"feed sprout", "veg for the guinea pig", "feed the guinea pig"},
    {"ring grant", "call the photographer", "ring the photographer"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
tortoise" where the tortoise is Pebble). The phrases of one routine ask for the same
thing too (the labels add them)."""

SYNONYMS: dict[str, str] = dict(shared.SYNONYMS)
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"noodle", "noodle's", "rowan", "teodor", "skye", "wilf", "wilf's", "dawn", "bill",
         "constance", "ivy", "reuben", "reuben's", "pebble", "pebble's", "carol", "grant",
         "mercy", "amber", "rocco", "rocco's", "sprout", "sprout's", "frankie"}
NUMBERS: dict[str, tuple[str, ...]] = dict(shared.NUMBERS)
"""Number words and digits a noisy case must keep (in either form)."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "rowan": ("rowen", "roan"), "teodor": ("theodor", "theodore"), "skye": ("sky",),
    "ivy": ("ivey",), "reuben": ("ruben", "rueben"), "reuben's": ("ruben's", "rueben's"),
    "carol": ("carole", "carrol"), "rocco": ("rocko", "roko"),
    "rocco's": ("rocko's", "roko's"), "frankie": ("franky", "frankey"),
    "constance": ("konstance",),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise ("sky" is how a recogniser
writes the sounds of "skye")."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "six": ("half six",), "seven": ("half seven",), "five": ("quarter past five",),
    "eight": ("half eight",), "nine": ("quarter to nine",),
    # things and places
    "ferret": ("stoat",), "scraps": ("biscuits",), "cage": ("hutch",), "tree": ("hedge",),
    "surgeon": ("trimmer",), "bus": ("tram",), "oak": ("elm",), "job": ("quote",),
    "chain": ("blade",), "grinder": ("sander",), "log": ("kindling",), "store": ("pile",),
    "drying": ("smoking",), "kiln": ("shed",), "climbing": ("safety",), "ropes": ("helmets",),
    "dry": ("tangled",), "new": ("spare",), "harness": ("visor",), "windy": ("icy",),
    "ridge": ("valley",), "cubs": ("scouts",), "spikes": ("gloves",), "chainsaw": ("hedge",),
    "bar": ("guard",), "oil": ("fuel",), "felled": ("fallen",), "beech": ("birch",),
    "pruning": ("mowing",), "bags": ("crates",), "kit": ("horse",), "trailer": ("van",),
    "golf": ("cricket",), "stack": ("paint",), "felling": ("splitting",),
    "wedges": ("axes",), "woodshed": ("greenhouse",), "tortoise": ("terrapin",),
    "dandelions": ("clover",), "basking": ("heat",), "bookbinder": ("printer",),
    "lesson's": ("class is",), "atlas": ("bible",), "repair": ("valuation",),
    "glue": ("wax",), "warmer": ("kettle",), "bindery": ("porch",), "finishing": ("branding",),
    "stove": ("iron",), "goatskin": ("calfskin",), "delivery": ("order",),
    "wheat": ("rice",), "paste": ("starch",), "set": ("mixed",), "gold": ("silver",),
    "leaf": ("foil",), "book": ("quiz",), "judo": ("karate",), "bone": ("teflon",),
    "folder": ("awl",), "paring": ("bread",), "knife": ("scissors",),
    "marbled": ("tissue",), "paper": ("card",), "gilded": ("cracked",), "spine": ("clasp",),
    "sewing": ("gluing",), "cloth": ("thread",), "rolls": ("spools",), "type": ("tool",),
    "cabinet": ("drawer",), "county": ("diocese",), "archive": ("museum",),
    "nipping": ("standing",), "press": ("vice",), "cellar": ("landing",),
    "radiator": ("towel rail",), "fair": ("signing",), "guinea": ("pot bellied",),
    "veg": ("hay",), "photographer": ("florist",), "minibus": ("taxi",),
    "outside": ("early",), "saturday": ("friday",), "wedding": ("christening",),
    "darkroom": ("studio",), "battery": ("phone",), "charger": ("cable",),
    "memory": ("sim",), "cards": ("sticks",), "backed": ("formatted",),
    "album": ("canvas",), "proof": ("cover",), "bride": ("vicar",), "arriving": ("leaving",),
    "camera": ("film",), "rugby": ("tennis",), "meter": ("box",), "sensor": ("strap",),
    "lustre": ("matte",), "photos": ("videos",), "editing": ("printing",),
    "spare": ("flat",), "batteries": ("bulbs",), "lens": ("filter",),
    "cupboard": ("case",), "country": ("city",), "hotel": ("pub",), "flash": ("camera",),
    "vestry": ("nave",), "heater": ("fan",),
    # the generic pool's
    "dog": ("tortoise",), "cat": ("ferret",), "garage": ("workshop",),
    "sauna": ("hot tub",), "coffee": ("hot chocolate",), "kettle": ("slow cooker",),
    "movie": ("cartoon",), "barbecue": ("bonfire",), "birthday": ("retirement",),
    "vacuum": ("mop",), "christmas": ("diwali",), "yoga": ("stretching",),
    "hallway": ("landing",), "fireplace": ("wood burner",), "porch": ("veranda",),
    "office": ("snug",), "sunset": ("sunrise",), "bedside": ("wardrobe",),
    "laundry": ("mending",), "baby": ("twins",), "homework": ("times tables",),
    "washing": ("airing",), "bedroom": ("attic",), "podcast": ("audiobook",),
    "story": ("lullaby",), "bath": ("shower",), "pool": ("pond",), "spa": ("facial",),
    "study": ("exam",), "focus": ("revision",), "relax": ("recharge",),
    "vacation": ("staycation",), "news": ("weather",), "guests": ("visitors",),
    "alarm": ("buzzer",), "quiet": ("chatty",), "read": ("scribble",),
    "reading": ("sketching",), "morning": ("teatime",), "evening": ("dusk",),
    "bedtime": ("naptime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("climbing club at half six" for "climbing club at six", "feed the terrapin"): never
taught, so such a request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_GAME_RULES = [
    "the youngest player begins", "the highest scorer picks a token",
    "a snake sends you slithering", "collect a jade token on purple spaces",
    "no sneaky glances at the deck", "the banker distributes the wages",
    "the dealer reveals the trump suit", "doubles earns a bonus",
]
_TAROT = [
    "the hermit, solitude", "the empress, abundance", "the chariot, victory",
    "the magician, willpower", "the fool, beginnings", "judgement, rebirth",
    "the high priestess, intuition", "temperance, moderation",
]
_VOICEMAIL = [
    ("hi, it's val, your godmother", "checking in"),
    ("this is the optician", "your varifocals are in"),
    ("surgery reception", "regarding your appointment"),
    ("ugh, voicemail", "disregard this"),
    ("hey, it's kenny", "fancy a pint?"),
    ("this is an automated notification", "from your building society"),
    ("hey, it's the joiner", "about the skirting"),
    ("hi, it's your landlord", "about the boiler"),
]

WRAPPERS: dict[str, list[str]] = {
    "a sat-nav instruction, said first": [
        "recalculating, recalculating. {}",
        "at the junction, merge onto the motorway. {}",
        "you have reached your destination. {}",
        "lane closure reported on this road. {}",
        "inner lanes for the exit. {}",
        "continue on the dual carriageway. {}",
        "at the fork, exit towards the airport, then {}",
        "rerouting around congestion, oh and {}",
    ],
    "a voicemail played on speaker, said first": [
        f"{a}, {b}. {{}}".replace("?.", "?") for a, b in _VOICEMAIL[:6]
    ] + [f"{_VOICEMAIL[6][0]}, {_VOICEMAIL[6][1]}, then {{}}",
         f"{_VOICEMAIL[7][0]}, {_VOICEMAIL[7][1]}, oh and {{}}"],
    "a child's spelling test, said first": [
        "opening spelling, parallel. {}",
        "embarrass, like embarrassing. {}",
        "conscience, as in a guilty conscience. {}",
        "accommodation, it's a tricky one. {}",
        "mischievous, not mischievious. {}",
        "yes, flawless, genius speller. {}",
        "rhubarb, with a silent h, then {}",
        "the bonus spelling is onomatopoeia, oh and {}",
    ],
    "a board game's rules read aloud, said first": [
        f"{r}. {{}}" for r in _GAME_RULES[:6]
    ] + [f"{_GAME_RULES[6]}, then {{}}", f"{_GAME_RULES[7]}, oh and {{}}"],
    "a film trailer heard on the telly, said after": [
        "{}, one hero, one mission, no regrets", "{}, this summer, the saga returns",
        "{}, prepare for the ultimate showdown", "{}, from the producers of mayhem",
        "{}, the galaxy holds its breath", "{}, vengeance is theirs",
        "{} and, in cinemas this spring, epic", "{} so, doomsday beckons",
    ],
    "an auctioneer on an antiques programme, said after": [
        "{}, the gavel falls, a bargain", "{}, a bid on the telephone, excellent",
        "{}, with the gentleman in tweed", "{}, selling at the reserve, sir",
        "{}, the hammer drops, congratulations", "{}, a georgian inkwell, estimate modest",
        "{} and, knocked to the commission bidder", "{} so, the paddle rises, excellent",
    ],
    "a railway announcement heard down the phone, said after": [
        "{}, the delayed express to carlisle is approaching",
        "{}, passengers for stafford, alight at preston",
        "{}, customers are reminded not to abandon luggage",
        "{}, we apologise for the disruption to journeys",
        "{}, signalling problems near wigan",
        "{}, the buffet trolley is closing",
        "{} and, the bistro carriage is at the rear",
        "{} so, we terminate at euston",
    ],
    "a tarot card turned over, said after": [
        f"{{}}, {t}" for t in _TAROT[:6]
    ] + [f"{{}} and, {_TAROT[6]}", f"{{}} so, {_TAROT[7]}"],
    "between a board game's rule read aloud and a tarot card": [
        f"{r}. {{}}, {t}" for r, t in zip(_GAME_RULES[:6], _TAROT[:6], strict=True)
    ] + [f"{_GAME_RULES[6]}. {{}} and, {_TAROT[6]}",
         f"{_GAME_RULES[7]}. {{}} so, {_TAROT[7]}"],
    "in the middle of a voicemail played on speaker": [
        f"{a}, {{}}, {b.rstrip('?')}" for a, b in _VOICEMAIL[:6]
    ] + [f"{_VOICEMAIL[6][0]}, {{}} and, {_VOICEMAIL[6][1]}",
         f"{_VOICEMAIL[7][0]}, {{}} so, {_VOICEMAIL[7][1]}"],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_ASKED = {w for routines in TWENTYEIGHTH_ROUTINES.values() for ps in routines.values()
          for p in ps if re.match(r"(what's|what|is|how|when|when's|where's|where|who's|has"
                                  r"|are|which) ", p)
          for w in p.split()[1:]} - {"the", "a", "much", "in", "my", "on", "it", "is", "are",
                                     "many", "am", "i", "does", "say", "time"}
"""The words of the pools' questions but their question words ("ropes", "paste",
"bride"): a trailer, an auction, an announcement or a tarot card said after a question
could be its answer."""
_SAID_TO = {"message", "text", "tell"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so no clause is said after it."""
_AWAY = {"leaving", "goodbye", "i'm", "off", "ridge", "fair", "wedding", "bus", "minibus",
         "outside", "here", "arriving", "bride", "trailer", "kit", "lock", "unlock", "door",
         "doors", "security", "welcome", "home", "garage", "away", "vacation", "holiday",
         "club", "cubs", "judo", "rugby", "walk", "walking", "lesson's", "hotel", "taxi"}
"""Requests a journey could be the reason for (leaving, arriving, locking up, a lift or
a match to get to): a sat-nav or a railway announcement beside them could be why."""
_PHONE = {"ring", "call", "message", "text", "tell", "phone", "invoice", "order",
          "delivery", "come", "heater", "heating", "heat", "warm", "radiator", "stove"}
"""Requests a voicemail could be the reason for (ringing someone back, an order, the
plumber's or landlord's boiler)."""
_CHILD = {"bedtime", "sleep", "sleeping", "night", "nap", "lamp", "light", "lights",
          "story", "read", "reading", "kids", "baby", "quiet", "calm", "music", "homework",
          "school", "study", "focus", "lesson's", "judo", "rugby", "cubs", "club", "book",
          "tell", "message", "privacy", "mood", "noise", "sounds"}
"""Requests a spelling test could bear on (homework, quiet, the children's activities)."""
_GAMES = {"game", "gaming", "focus", "study", "homework", "quiet", "party", "club", "cards",
          "count", "concert", "relax", "chill", "cozy", "kids"}
"""Requests a board game being played could bear on (a game, quiet to think, a count)."""
_SCREEN = {"tv", "television", "watch", "movie", "radio", "news", "podcast", "relax",
           "chill", "cozy", "concert", "loud", "quiet", "noise", "sounds", "music"}
"""Requests a programme on the telly could bear on (the set itself, the noise)."""
_SOLD = {"invoice", "order", "photograph", "count", "gold", "leaf", "atlas", "repair",
         "archive", "hotel", "golf", "spine", "album", "proof", "cards", "bags"}
"""Requests an auction could bear on (selling, buying, valuing, photographing a lot)."""
_FORTUNE = {"romantic", "date", "wedding", "bride", "candle", "mood", "calm", "meditation",
            "relax", "sleep", "night", "dim", "glow"}
"""Requests a tarot reading could bear on (a wedding, a mood, a candle)."""
REASON_CLASHES: dict[str, set[str]] = {
    # (a sat-nav bears on leaving, arriving and locking up)
    **{nav: _AWAY for nav in ("recalculating", "motorway", "destination", "lane closure",
                              "inner lanes", "carriageway", "airport", "congestion")},
    # (a voicemail asks to be rung back, or brings news of an order or a boiler)
    **{mail: _PHONE for mail in ("godmother", "optician", "surgery", "voicemail",
                                 "kenny", "automated notification", "joiner", "landlord")},
    # (a spelling test is homework and bears on the children)
    **{spell: _CHILD for spell in ("spelling", "embarrass", "conscience", "accommodation",
                                   "mischievous", "speller", "rhubarb", "onomatopoeia")},
    # (a board game bears on games and on quiet to think)
    **{rule: _GAMES for rule in _GAME_RULES},
    # (a trailer, an auction, an announcement or a tarot card after a request could be
    # what it is about or the words of a message; said after a question, an answer)
    **{film: _SCREEN | _SAID_TO | _ASKED for film in (
        "one hero", "saga", "showdown", "mayhem", "galaxy", "vengeance",
        "cinemas", "doomsday")},
    **{lot: _SCREEN | _SOLD | _SAID_TO | _ASKED for lot in (
        "gavel", "telephone", "tweed", "selling at the reserve", "hammer drops",
        "inkwell", "commission bidder", "paddle rises")},
    **{train: _AWAY | _SAID_TO | _ASKED for train in (
        "carlisle", "stafford", "luggage", "disruption", "signalling", "buffet",
        "bistro carriage", "euston")},
    **{card: _FORTUNE | _SAID_TO | _ASKED for card in _TAROT},
}
"""Clauses that would bear on a phrase with one of these words ("ring dawn" after a
voicemail may be ringing its caller back; "lock the kit trailer" after "you have reached
your destination" may be because of the arrival): never said around it, so the clause
stays beside the request and says nothing of it."""

OOS_WRAPPERS = [
    "recalculating, recalculating. {}", "{}, prepare for the ultimate showdown",
    "this is the optician, your varifocals are in. {}", "{}, the gavel falls, a bargain",
    "conscience, as in a guilty conscience. {}", "{}, signalling problems near wigan",
    "the youngest player begins. {}", "{}, the hermit, solitude",
    "you have reached your destination. {}", "{}, this summer, the saga returns",
    "mischievous, not mischievious. {}", "{}, the empress, abundance",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses."""

FRAGMENT_NEW_WRAPPERS = [
    "continue on the dual carriageway. {}", "{}, with the gentleman in tweed",
    "hi, it's val, your godmother, checking in. {}", "{}, the buffet trolley is closing",
    "no sneaky glances at the deck. {}", "{}, the fool, beginnings",
    "embarrass, like embarrassing. {}", "{}, the galaxy holds its breath",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("you have reached your
destination"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("anagram", "backwards",
"prank", "impression") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we", "what", "you", "your",
    "this", "then", "with", "its", "one", "no", "like", "as", "from", "hi", "hey",
    "good", "us", "near",
}
"""The function words (and commonest greetings) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_twentyeighth_data.py none of an
out-of-scope template)."""

TWENTYEIGHTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("chainsaw", "chain saw"), ("pruning", "prooning"), ("harness", "harnis"),
    ("ferret", "ferrit"), ("grinder", "grinda"), ("tortoise", "tortus"),
    ("goatskin", "goat skin"), ("bookbinder", "book binder"), ("bindery", "bindry"),
    ("archive", "arkive"), ("nipping", "nippin"), ("sewing", "sowing"),
    ("photographer", "fotographer"), ("darkroom", "dark room"), ("lustre", "luster"),
    ("editing", "editin"), ("vestry", "vestri"), ("sensor", "censor"),
    ("woodshed", "wood shed"), ("minibus", "mini bus"), ("radiator", "radiater"),
    ("batteries", "batterys"), ("climbing", "climin"), ("trailer", "trailor"),
    ("cupboard", "cubbard"), ("cabinet", "cabnet"), ("wedding", "weddin"),
    ("invoice", "invoyce"), ("sharpen", "sharpn"), ("heater", "heeter"),
]
"""The twenty-eighth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("chain grinder", "chaingrinder"), ("log store", "logstore"),
         ("drying kiln", "dryingkiln"), ("climbing ropes", "climbingropes"),
         ("bar oil", "baroil"), ("log bags", "logbags"), ("kit trailer", "kittrailer"),
         ("golf club", "golfclub"), ("felling wedges", "fellingwedges"),
         ("glue warmer", "gluewarmer"), ("finishing stove", "finishingstove"),
         ("wheat paste", "wheatpaste"), ("gold leaf", "goldleaf"),
         ("bone folder", "bonefolder"), ("paring knife", "paringknife"),
         ("cloth rolls", "clothrolls"), ("type cabinet", "typecabinet"),
         ("nipping press", "nippingpress"), ("drying cabinet", "dryingcabinet"),
         ("battery charger", "batterycharger"), ("memory cards", "memorycards"),
         ("light meter", "lightmeter"), ("camera sensor", "camerasensor"),
         ("lens cupboard", "lenscupboard"), ("flash bag", "flashbag"),
         ("camera club", "cameraclub")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"tortoise": "tortise", "archive": "archieve", "photographer": "photografer",
             "harness": "harnes", "radiator": "radiater", "lustre": "luster",
             "goatskin": "goatskinn", "chainsaw": "chainsore"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and ten kinds
# no earlier set has (``_resolver_twentyeighth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "knit me a scarf with a {w} pattern", "what does {w} mean in old norse",
        "write a limerick about a {w}", "give me a synonym for {w} that's posher",
        "when did people first use a {w}", "which supermarket stocks a decent {w}",
        "is {w} spelt differently in america", "how would a pirate say {w}",
    ],
    "routine command": [
        "bin {p} for good", "read me back the steps of {p}",
        "come up with a catchier title for {p}", "make a copy of {p} for the granny flat",
        "only let {p} happen on weekdays", "put a beep in front of {p}",
        "who last edited {p}", "tone {p} down a bit",
    ],
    "word order": [
        "{b} before {a}, cheers", "{b} now and {a} later",
        "trade the {a} for the {b}", "no {a} at all, loads of {b}",
        "should {a} go ahead of {b}", "heaps of {b}, hardly any {a}",
    ],
    "negation": [
        "steer clear of {p}, thanks", "i'd much rather you didn't {p} this week",
        "under no circumstances are you to {p}", "don't you dare {p} while i'm out",
        "nope, we're not doing {p} today", "never mind, skip {p} entirely",
    ],
    "cancellation": [
        "shelve {p} until further notice", "{p} can wait till next month",
        "knock {p} on the head for the rest of today", "pause {p} for the afternoon",
        "we won't be needing {p} today, ta", "put {p} on ice for a bit",
    ],
    "state question": [
        "is {p} happening right now", "has {p} kicked off yet",
        "did {p} go through properly", "is {p} done or still going",
        "has somebody sorted {p} already", "did {p} happen yesterday",
    ],
    "past or story": [
        "the winter we moved in {p} never worked", "during the floods {p} packed in",
        "my grandad would {p} every sunday", "at new year {p} went on for ages",
        "that bank holiday {p} played up all night", "before the extension we had to {p} by hand",
    ],
    "someone else's words": [
        "the postman muttered {p} to himself", "a kid on the bus shouted {p}",
        "my aunt ends every phone call with {p}", "the man at the hardware shop said {p}",
        "the newsreader said {p} by mistake", "our milkman always says {p}",
    ],
    "contrast": [
        "{p} is reserved for bank holidays", "we save {p} for when the in-laws stay",
        "{p} is a saturday thing only", "{p} only happens in august",
        "we {p} only in the school holidays", "{p} is strictly for birthdays",
    ],
    "hypothetical": [
        "what would you do if i asked you to {p}", "say i wanted you to {p}, just in theory",
        "in theory, would you be able to {p}", "if {p} happened at midnight, would it wake us",
        "imagine {p} going off at four in the morning", "suppose somebody wanted {p}",
    ],
    "complaint": [
        "{p} gets right on my wick", "{p} let us down again on friday",
        "{p} has been useless since the update", "i'm sick and tired of {p} going wrong",
        "{p} is more bother than it's worth, frankly", "{p} keeps acting the goat",
    ],
    "opinion": [
        "{p} is an absolute diamond", "i'm over the moon with {p}",
        "{p} has been a lifesaver", "{p} has changed everything for us",
        "{p} is the thing you do best, by miles", "{p} is handy beyond words",
    ],
    "reminder for later": [
        "nudge me to {p} when i'm home", "remind me to {p} after tea",
        "make sure i remember to {p} on friday", "give me a nudge to {p} in a while",
        "stick {p} on tomorrow's reminders", "give me a shout about {p} at about teatime",
    ],
    "permission question": [
        "is my niece allowed to {p}", "can the babysitter {p}",
        "may our lodger {p} on her own", "is grandpa allowed to {p} when he stays",
        "can the dog walker {p} by himself", "would the couple across the street be allowed to {p}",
    ],
    # the twenty-eighth's own
    "asking whether it exists": [
        "is there a routine called {p}", "have we got anything called {p}",
        "does {p} even exist on here", "do you have a setting named {p}",
        "is {p} one of yours or did i dream it", "have you got something called {p} saved",
    ],
    "a neighbour's device heard saying it": [
        "next door's speaker keeps shouting {p} through the wall",
        "the neighbours' gadget said {p} at two in the morning",
        "i can hear next door's assistant saying {p} again",
        "their speaker upstairs blurts out {p} every evening",
        "the flat below has a speaker that says {p} constantly",
        "next door's smart speaker announced {p}, loudly",
    ],
    "an anagram of it": [
        "what's an anagram of {p}", "rearrange the letters of {p} into something rude",
        "{p} is an anagram of what", "find me an anagram for {p}",
        "can {p} be made into an anagram", "the anagram of {p} is hilarious",
    ],
    "asking for it backwards": [
        "say {p} backwards", "what's {p} backwards",
        "how does {p} sound backwards", "read {p} back to front for a laugh",
        "can you say {p} in reverse", "{p} backwards sounds like nonsense",
    ],
    "a prank planned with it": [
        "let's prank grandad by shouting {p} when he dozes off",
        "as a prank we'll whisper {p} behind the sofa",
        "for april fools i'm going to yell {p} at midnight",
        "let's trick your sister by saying {p} in a robot voice",
        "the prank is we all shout {p} at once",
        "we could wind dad up by muttering {p} all day",
    ],
    "an impression of someone saying it": [
        "do your impression of grandma saying {p}",
        "say {p} like the queen would",
        "do {p} in a geordie accent", "here's me doing dad saying {p}",
        "impersonate the vicar saying {p}", "do your posh voice for {p}",
    ],
    "someone saying it in their sleep": [
        "you mumbled {p} in your sleep last night",
        "he was saying {p} while he was fast asleep",
        "she talks in her sleep, last night it was {p}",
        "grandad snored then said {p} in his sleep",
        "you sat up at three and said {p}, still asleep",
        "the baby monitor picked up him sleep talking, {p}",
    ],
    "learning it in a language class": [
        "in my english class we learnt the phrase {p}",
        "our teacher taught us to say {p} today",
        "my spanish exchange partner is learning {p}",
        "today's vocabulary was {p}", "the phrasebook has {p} on page ten",
        "we practised {p} in conversation class",
    ],
    "telling someone to stop saying it": [
        "stop saying {p} every five minutes", "quit going on about {p}",
        "will you give {p} a rest", "enough with the {p}, honestly",
        "please stop repeating {p}", "no more saying {p} at the table",
    ],
    "asking when it was set up": [
        "when did we first set up {p}", "how long have we had {p}",
        "who set up {p} and when", "was {p} set up last year",
        "what date did we make {p}", "since when have we had {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} egg cup", "{} bath bomb", "{} scented candle", "{} tea towel",
    "{} bookmark", "{} shower curtain", "{} wall calendar", "{} board game",
    "{} cushion cover", "{} enamel badge",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "will", "are")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

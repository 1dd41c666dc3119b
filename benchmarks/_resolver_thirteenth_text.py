"""The words of the thirteenth held-out resolver set (benchmarks/_resolver_thirteenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a wheelchair user's bungalow,
with a personal assistant (PA) called Tendai, a partner Gwen and an assistance dog
Sherbet (seed 130); a baker's flat above the bakery, on early shifts, with an apprentice
Shona, a daughter Ola and a cat Pretzel (131); and a foster family's terrace, with three
foster children (Kayden, Mia and Ruby), a social worker Lorraine and a rabbit Clover
(132). Each teaches 22 of its own routines with the generic pool; the rest of its own
pool, and the near siblings in ``UNTAUGHT`` ("ring farai" beside "ring tendai", "physio
at three" beside "physio at two", "feed the white starter" beside "feed the rye
starter", "contact visit at five" beside "contact visit at four"), are never taught
there. Some taught phrases nest on purpose ("mixer on" and "spiral mixer on", "feed the
starter" and "feed the rye starter", "open my front door" and "front door camera",
"mia's night light" beside the generic "night light"), and one is a negation taught as
a command ("no more screens").

Its wrappers are kinds of wrapping no earlier set has (tests/test_resolver_thirteenth_data.py
checks the kinds, the frames and the words): an aside to someone on the phone, an aside
to the room, narrating the job in hand, a greeting first, a sign-off, radio talk, typed
shorthand, laughing, a cough or a sneeze, answering the assistant's prompt, apologising
for the bother, asking again, sarcasm, coaxing, humming, praise first and old-fashioned
address. Each says the phrase exactly and nothing that could change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {130: "wheelchair user's bungalow", 131: "baker's flat",
                         132: "foster family's terrace"}

THIRTEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "wheelchair user's bungalow": {
        "Front door": ["open my front door", "let me in"],
        "Door camera": ["front door camera"],
        "Ramp light": ["ramp light on"],
        "Hoist": ["charge the ceiling hoist"],
        "Worktop": ["lower the worktop"],
        "Wet room": ["wet room heater on", "heat up the wet room"],
        "Bed tilt": ["tilt the bed"],
        "Tendai": ["ring tendai", "call my pa"],
        "Gwen": ["message gwen"],
        "Tendai and Gwen": ["message tendai and gwen"],
        "Sherbet": ["feed sherbet", "sherbet's breakfast"],
        "Sherbet out": ["let sherbet into the garden"],
        "Chair": ["charge my chair", "wheelchair on charge"],
        "Physio": ["physio at two"],
        "Pressure": ["pressure relief reminder"],
        "Stretches": ["time for my stretches"],
        "Blinds halfway": ["blinds halfway"],
        "Taxi": ["book the accessible taxi"],
        "Prescription": ["order my prescription"],
        "Snugfloor": ["snugfloor on"],
        "Hob": ["what's the hob doing"],
        "Parcel": ["is there a parcel at the door"],
        "Intercom": ["answer the intercom"],
        "Wheelfit": ["wheelfit session"],
        "Shower seat": ["shower seat down"],
        "Wardrobe": ["wardrobe rail down"],
        # long
        "Heading out": ["i'm heading out so open my front door and put the ramp light on "
                        "and ring tendai"],
    },
    "baker's flat": {
        "Ovens": ["ovens on", "fire up the deck oven"],
        "Prover": ["prover at thirty"],
        "Starter": ["feed the starter"],
        "Rye starter": ["feed the rye starter"],
        "Mixer": ["mixer on"],
        "Spiral mixer": ["spiral mixer on"],
        "Alarm": ["alarm for half three"],
        "Blackout": ["blackouts down", "daytime sleep mode"],
        "Shona": ["ring shona"],
        "Ola": ["message ola"],
        "Shona and Ola": ["message shona and ola"],
        "Running late": ["tell shona i'm running late"],
        "Pretzel": ["feed pretzel", "pretzel's supper"],
        "Flour": ["when's the flour delivery"],
        "Shop lights": ["shop lights on"],
        "Shutter": ["raise the shop shutter"],
        "Cash up": ["cash up the till"],
        "Orders": ["read today's orders"],
        "Wedding cake": ["wedding cake order for saturday"],
        "Walk-in": ["how cold is the walk in fridge"],
        "Bakehouse fan": ["bakehouse fan on"],
        "Doughbot": ["doughbot start"],
        "Crumbcam": ["crumbcam on"],
        "Van": ["warm up the van"],
        "Noon": ["wake me at noon"],
        "Croissants": ["croissant timer"],
        # long
        "Shift": ["i'm starting my shift so fire up the deck oven and put the mixer on and "
                  "raise the shop shutter"],
    },
    "foster family's terrace": {
        "School run": ["do the school run", "kids in the car"],
        "Kayden school": ["ring kayden's school"],
        "Mia": ["message mia"],
        "Mia and Ruby": ["text mia and ruby"],
        "Lorraine": ["call lorraine"],
        "Contact": ["contact visit at four"],
        "Homework lamp": ["homework lamp on"],
        "Screens": ["screens away", "no more screens"],
        "Clover": ["feed clover", "clover's hay"],
        "Hutch": ["hutch heater on"],
        "Packed lunch": ["packed lunch list"],
        "Ruby story": ["ruby's bedtime story"],
        "Mia lamp": ["mia's night light"],
        "Uniforms": ["school uniforms in the wash"],
        "Calm corner": ["calm corner"],
        "Dishes": ["whose turn is it for the dishes"],
        "Pocket money": ["pocket money friday"],
        "Gold star": ["gold star for kayden"],
        "Tidybot": ["tidybot go"],
        "Console": ["lock the console"],
        "Cooking": ["who's cooking tonight"],
        "Bisi": ["ring bisi"],
        "Tom": ["message tom at work"],
        "Chore chart": ["chore chart"],
        "Nit check": ["nit check sunday"],
        "Review": ["foster review at ten"],
        # long
        "School day": ["it's a school day so wake up kids and put the homework lamp on and "
                       "start the school run"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on, raise for lower)
    "wheelchair user's bungalow": {
        "Back door": ["open the back door"], "Raise worktop": ["raise the worktop"],
        "Ramp off": ["ramp light off"], "Farai": ["ring farai"], "Glen": ["message glen"],
        "Tendai and Gwyn": ["message tendai and gwyn"], "Button": ["feed button"],
        "Physio three": ["physio at three"], "Minibus": ["book the accessible minibus"],
        "Snugfloor off": ["snugfloor off"], "Phone charge": ["charge my phone"],
        "Shower seat up": ["shower seat up"], "Wet room off": ["wet room heater off"],
    },
    "baker's flat": {
        "Prover forty": ["prover at forty"], "White starter": ["feed the white starter"],
        "Shana": ["ring shana"], "Ella": ["message ella"], "Pickle": ["feed pickle"],
        "Shop lights off": ["shop lights off"], "Lower shutter": ["lower the shop shutter"],
        "Sunday cake": ["wedding cake order for sunday"],
        "Freezer": ["how cold is the chest freezer"], "Wake one": ["wake me at one"],
        "Crumbcam off": ["crumbcam off"], "Alarm four": ["alarm for half four"],
        "Shona and Ella": ["message shona and ella"],
    },
    "foster family's terrace": {
        "Lorna": ["call lorna"], "Contact five": ["contact visit at five"],
        "Maya": ["message maya"], "Mia and Rosie": ["text mia and rosie"],
        "Pepper": ["feed peanut"], "Hutch off": ["hutch heater off"],
        "Gold star Ruby": ["gold star for ruby"], "Unlock console": ["unlock the console"],
        "Homework lamp off": ["homework lamp off"], "Ruby lamp": ["ruby's night light"],
        "Jayden": ["ring jayden's school"], "Pocket money saturday": ["pocket money saturday"],
        "Tidybot stop": ["tidybot stop"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the wheelchair user's bungalow
    {"wet room heater on", "heat up the wet room", "heat the bathroom", "shower time"},
    {"snugfloor on", "heating on", "warm up the living room", "cozy evening"},
    {"let sherbet into the garden", "dog walk", "walking the dog"},
    {"blinds halfway", "open the blinds", "close the blinds", "let the sun in",
     "privacy please"},
    {"ramp light on", "porch light on", "front door light"},
    {"time for my stretches", "yoga time", "yoga session"},
    {"wheelfit session", "workout mode", "gym time"},
    {"answer the intercom", "front door camera", "is there a parcel at the door"},
    {"i'm heading out so open my front door and put the ramp light on and ring tendai",
     "i'm leaving", "goodbye house", "open my front door", "let me in", "ramp light on",
     "ring tendai", "call my pa", "porch light on", "front door light"},
    # the baker's flat
    {"blackouts down", "daytime sleep mode", "close the blinds", "privacy please"},
    {"daytime sleep mode", "quiet mode", "white noise", "sleep sounds", "nap time"},
    {"feed pretzel", "pretzel's supper", "feed the cat", "cat dinner"},
    {"bakehouse fan on", "fan on", "cool breeze"},
    {"shop lights on", "lights on", "all lights on", "full brightness"},
    {"i'm starting my shift so fire up the deck oven and put the mixer on and raise the "
     "shop shutter", "start my work day", "office mode", "fire up the deck oven", "ovens on",
     "mixer on", "raise the shop shutter"},
    # the foster family's terrace
    {"do the school run", "kids in the car", "i'm leaving", "goodbye house"},
    {"homework lamp on", "homework time"},
    {"ruby's bedtime story", "story time", "kids bedtime"},
    {"mia's night light", "night light", "dim the hallway", "bedside lamp"},
    {"school uniforms in the wash", "laundry is done", "washing machine finished"},
    {"calm corner", "calm down", "meditation time", "relax mode", "chill out"},
    {"who's cooking tonight", "dinner time", "dinner is ready"},
    {"tidybot go", "cleaning time", "start the vacuum"},
    {"lock the console", "screens away", "no more screens"},
    {"it's a school day so wake up kids and put the homework lamp on and start the school "
     "run", "wake up kids", "school morning", "homework lamp on", "do the school run",
     "start the school run",
     "kids in the car", "good morning", "wake up the house", "homework time"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the cat" when "feed pretzel" is taught). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "kitty": "cat", "puss": "cat", "mom": "mum", "2": "two", "3": "three", "4": "four",
    "5": "five", "10": "ten", "30": "thirty", "40": "forty", "1": "one",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"tendai", "gwen", "sherbet", "sherbet's", "farai", "glen", "gwyn", "button",
         "shona", "ola", "pretzel", "pretzel's", "shana", "ella", "pickle", "kayden",
         "kayden's", "mia", "mia's", "ruby", "ruby's", "lorraine", "lorna", "maya", "rosie",
         "clover", "clover's", "peanut", "jayden", "jayden's", "bisi", "tom", "gloria"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "one": ("1",), "two": ("2",), "three": ("3",), "four": ("4",), "five": ("5",),
    "ten": ("10",), "thirty": ("30",), "forty": ("40",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "tendai": ("tamsin", "tariq"), "gwen": ("gareth", "gemma"),
    "sherbet": ("bramble", "scout"),
    "sherbet's": ("bramble's", "scout's"), "shona": ("sandra", "sinead"),
    "ola": ("oskar", "olga"), "pretzel": ("truffle", "crumpet"),
    "pretzel's": ("truffle's", "crumpet's"), "kayden": ("kieran", "connor"),
    "kayden's": ("kieran's", "connor's"), "mia": ("megan", "millie"),
    "mia's": ("megan's", "millie's"), "ruby": ("ruth", "poppy"), "ruby's": ("ruth's", "poppy's"),
    "lorraine": ("louise", "linda"), "clover": ("hazel", "nibbles"),
    "clover's": ("hazel's", "nibbles'"), "bisi": ("bola", "funmi"), "tom": ("terry", "dave"),
    # numbers, days and times
    "two": ("six", "nine"), "three": ("six", "eight"), "four": ("eight", "seven"),
    "thirty": ("twenty", "fifty"), "ten": ("eight", "eleven"),
    "saturday": ("thursday",), "friday": ("monday",), "sunday": ("tuesday",),
    "noon": ("midnight",), "tonight": ("tomorrow",),
    # things and places
    "worktop": ("sink",), "hoist": ("scooter",), "taxi": ("ambulance",), "door": ("gate",),
    "ramp": ("garage",),
    "prescription": ("groceries",), "hob": ("dishwasher",), "parcel": ("letter",),
    "intercom": ("doorbell",), "wardrobe": ("curtain",), "front": ("side",),
    "chair": ("bike",), "shower": ("bath",), "blinds": ("shutters",),
    "van": ("car",), "till": ("safe",), "croissant": ("pizza",), "hutch": ("aquarium",),
    "console": ("freezer",), "dishes": ("bins",), "uniforms": ("pe kits",),
    "cake": ("flowers",), "fridge": ("pantry",), "rye": ("spelt",),
    "spiral": ("planetary",), "deck": ("pizza",), "mixer": ("blender",),
    "flour": ("milk",), "orders": ("emails",), "bakehouse": ("bathroom",),
    "shop": ("cafe",), "school": ("nursery",), "hay": ("carrots",), "gold": ("silver",),
    "chore": ("reading",), "review": ("meeting",), "garden": ("allotment",),
    "cat": ("hamster",), "dog": ("pony",), "garage": ("cellar",), "piano": ("cello",),
    "sauna": ("hot tub",), "coffee": ("cocoa",), "kettle": ("urn",), "movie": ("quiz",),
    "barbecue": ("picnic",), "birthday": ("retirement",), "vacuum": ("tumble dryer",),
    "christmas": ("fairy",), "pool": ("pond",), "yoga": ("pilates",),
    "kitchen": ("utility room",), "bedroom": ("spare room",), "bathroom": ("loft",),
    "living": ("dining",), "hallway": ("stairs",), "fireplace": ("log burner",),
    "podcast": ("audiobook",), "porch": ("patio",), "guests": ("builders",),
    "office": ("studio",), "storm": ("snow",), "sunset": ("sunrise",), "bedside": ("desk",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
tamsin" for "ring tendai", "physio at six", "charge the scooter"): never taught, so
such a request is a different one."""

GREETING = ["greetings, {}", "hi there, {}", "afternoon, {}", "salutations, {}",
            "hi hi, {}", "{}, and hi"]
WRAPPERS: dict[str, list[str]] = {
    "phone aside": [
        "bear with me, gloria, {}", "{}, gloria's on speakerphone", "two ticks, caller, {}",
        "{}, i've got gloria on the landline", "gloria, two ticks, {}",
        "{}, caller's still there",
    ],
    "aside to the room": [
        "settle, everybody, {}", "zip it, guys, {}", "{}, knock it off, folks",
        "quieten, gang, {}", "{}, less racket, guys", "{}, elbows in, gang",
    ],
    "narrating the job in hand": [
        "stirring the gravy here, {}", "{}, i'm up to my wrists in suds",
        "just buttering toast, {}", "{}, still lacing my boots", "{}, i'm peeling spuds",
        "whisking batter here, {}",
    ],
    "greeting first": GREETING,
    "sign-off": [
        "{}, cheerio", "{}, bye bye", "{}, toodle-oo", "{}, bye for now", "{}, laters",
        "{}, farewell", "{}, ciao",
    ],
    "radio talk": [
        "breaker breaker, {}", "{}, copy?", "receiving? {}", "this is unit alpha, {}",
        "calling base, {}", "{}, niner niner",
    ],
    "typed shorthand": [
        "pls {}", "{} thx", "plz {}", "{} ty", "{} tia", "{} rn pls", "btw {}", "{} thnx m8",
    ],
    "laughing": [
        "haha, {}", "{}, hehe", "heh heh, {}", "{}, lol", "{}, ha ha", "chuckle, {}",
        "{}, lmao",
    ],
    "cough or sneeze": [
        "atishoo, {}", "{}, cough cough", "ahh-choo, {}", "{}, tickly throat", "achoo, {}",
        "{}, hanky please",
    ],
    "answering a prompt": [
        "correct, {}", "affirmative, {}", "indeed, {}", "exactly, {}", "precisely, {}",
        "yessir, {}", "righty, {}",
    ],
    "apologising for the bother": [
        "i hate to intrude, {}", "{}, hate to be a nuisance", "at the risk of pestering, {}",
        "{}, what a nuisance i am", "i'm a pain, {}", "{}, i'm imposing",
    ],
    "asking again": [
        "umpteenth time, {}", "third attempt, {}", "{}, for the third time",
        "twice now, {}", "{}, attempt two",
    ],
    "sarcasm": [
        "oh wonderful, {}", "{}, if your highness can muster it", "your majesty, {}",
        "{}, whenever you deign", "{}, take all year",
    ],
    "coaxing": [
        "attaboy, {}", "easy does it, {}", "{}, gently does it", "attagirl, {}",
        "{}, nudge nudge", "chin up, {}",
    ],
    "humming": [
        "dum de dum, {}", "doo be doo, {}", "{}, dee dee dum", "hum hum hum, {}",
        "{}, humming along", "tum ti tum, {}",
    ],
    "praise first": [
        "ace, {}", "you wizard, {}", "you whizz, {}", "you're a boffin, {}", "{}, superb",
        "{}, you're ace",
    ],
    "old-fashioned address": [
        "i say, {}", "pray, {}", "prithee, {}", "hark, {}", "{}, anon", "verily, {}",
        "{}, if thou wilt",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

REASON_CLASHES: dict[str, set[str]] = {
    "lacing my boots": {"home", "welcome", "sleep", "nap", "bed", "bedtime", "night",
                        "bath", "shower", "spa", "sauna", "daytime", "noon", "calm",
                        "relax", "chill", "story"},
    "peeling spuds": {"leaving", "goodbye", "away", "vacation", "holiday", "walk", "out",
                      "heading", "run", "taxi", "shift", "bed", "bedtime", "sleep", "night",
                      "daytime", "noon", "dinner", "ready"},
    "stirring the gravy": {"leaving", "goodbye", "away", "vacation", "holiday", "walk",
                           "heading", "run", "taxi", "shift", "breakfast", "morning",
                           "bed", "bedtime", "sleep", "daytime", "noon", "cooking"},
    "wrists in suds": {"leaving", "goodbye", "heading", "shift", "taxi", "run", "washing",
                       "laundry", "wash", "dishes"},
    "buttering toast": {"dinner", "lunch", "supper", "bed", "bedtime", "sleep", "night",
                        "daytime", "breakfast", "cooking", "romantic", "candle"},
    "whisking batter": {"leaving", "goodbye", "heading", "shift", "taxi", "run", "bed",
                        "sleep", "daytime", "noon"},
}
"""Jobs in hand that would contradict a phrase with one of these words ("i'm leaving,
i'm peeling spuds"): never said around it, so the request stays the phrase's."""

OOS_WRAPPERS = [
    "bear with me, gloria, {}", "{}, knock it off, folks", "greetings, {}", "{}, cheerio",
    "breaker breaker, {}", "{}, copy?", "pls {}", "{} thx", "haha, {}", "{}, cough cough",
    "atishoo, {}", "i hate to intrude, {}", "oh wonderful, {}", "attaboy, {}",
    "dum de dum, {}", "ace, {}", "i say, {}", "hark, {}", "{}, laters", "zip it, guys, {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, copy?", "plz {}", "hi there, {}", "{} ty", "heh heh, {}", "prithee, {}",
    "{}, toodle-oo", "umpteenth time, {}", "ahh-choo, {}", "exactly, {}", "{}, dee dee dum",
    "you wizard, {}", "settle, everybody, {}", "two ticks, caller, {}",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("bear with me, gloria"),
struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"gloria", "gloria's", "caller", "caller's", "everybody", "guys", "folks",
                 "gang", "greetings", "salutations", "cheerio", "toodle", "laters",
                 "farewell", "ciao", "breaker", "niner", "pls", "plz", "thx", "ty", "tia",
                 "btw", "thnx", "m8", "haha", "hehe", "heh", "lol", "lmao", "chuckle",
                 "atishoo", "ahh", "choo", "achoo", "affirmative", "indeed", "precisely",
                 "righty", "yessir", "bye", "umpteenth", "attaboy", "attagirl", "dum", "doo",
                 "hum", "ace",
                 "wizard", "whizz", "boffin", "superb", "pray", "prithee", "hark", "anon",
                 "verily"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

THIRTEENTH_SOUND_ALIKE = [
    ("tendai", "tenday"), ("tendai", "ten die"), ("gwen", "gwenn"), ("sherbet", "sherbets"),
    ("hoist", "host"), ("worktop", "work top"), ("physio", "fizzio"),
    ("pressure", "pressures"), ("stretches", "stretch is"), ("taxi", "taxis"),
    ("prescription", "perscription"), ("snugfloor", "snug floor"), ("hob", "hub"),
    ("parcel", "parcels"), ("intercom", "inter com"), ("wheelfit", "wheel fit"),
    ("wardrobe", "ward robe"), ("ramp", "romp"), ("tilt", "tilts"), ("relief", "relieve"),
    ("ovens", "oven's"), ("deck", "dec"), ("prover", "proofer"), ("starter", "starters"),
    ("rye", "wry"), ("mixer", "mixers"), ("spiral", "spiralled"), ("blackout", "black out"),
    ("shona", "shauna"), ("ola", "olla"), ("pretzel", "pretzels"), ("flour", "flower"),
    ("shutter", "shudder"), ("orders", "odours"), ("wedding", "weeding"),
    ("fridge", "fridges"), ("bakehouse", "bake house"), ("doughbot", "dough bot"),
    ("crumbcam", "crumb cam"), ("noon", "new"), ("croissant", "croissants"),
    ("kayden", "caden"), ("mia", "mya"), ("ruby", "rubie"), ("lorraine", "lorain"),
    ("contact", "contacts"), ("screens", "screams"), ("clover", "clever"),
    ("hutch", "hatch"), ("uniforms", "uniform"), ("corner", "coroner"),
    ("dishes", "dishy's"), ("pocket", "pockets"), ("tidybot", "tidy bot"),
    ("console", "consul"), ("bisi", "busy"), ("chore", "chaw"), ("nit", "knit"),
    ("foster", "faster"), ("review", "reviews"),
]
"""The thirteenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("front door", "frontdoor"), ("ramp light", "ramplight"), ("wet room", "wetroom"),
         ("shower seat", "showerseat"), ("deck oven", "deckoven"),
         ("rye starter", "ryestarter"), ("shop lights", "shoplights"), ("walk in", "walkin"),
         ("school run", "schoolrun"), ("night light", "nightlight"),
         ("pocket money", "pocketmoney"), ("homework lamp", "homeworklamp"),
         ("gold star", "goldstar"), ("calm corner", "calmcorner")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"physio": "phisio", "prescription": "perscription", "croissant": "crossant",
             "lorraine": "loraine", "kayden": "kaiden", "wheelfit": "wheelfitt",
             "pretzel": "pretzle", "bakehouse": "bakehous"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and three
# kinds no earlier set has ("contrast", "hypothetical", "complaint").
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how many calories in a {w}", "translate {w} into welsh", "who invented the {w}",
        "rhyme something with {w}", "how do you pronounce {w}", "find me a video about {p}",
        "give me a fun fact about {w}", "how much does a {w} cost", "what colour is a {w}",
        "draw a picture of {p}", "add {w} to the shopping list", "write a limerick about {p}",
    ],
    "routine command": [
        "rename {p}", "delete the routine {p}", "show me what {p} does", "who made {p}",
        "move {p} to the morning", "add a step to {p}", "test {p} without running it",
        "share {p} with the family", "duplicate {p}", "which devices does {p} use",
        "disable {p} for a week",
    ],
    "word order": [
        "{b} after {a}", "{b} instead of {a}", "{b} minus {a}", "{b} without the {a}",
        "{b} versus {a}", "{b}, then {a}",
    ],
    "negation": [
        "please don't {p}", "there's no need to {p}", "we won't be needing {p}",
        "skip {p} this time", "hold off on {p}", "no {p} for us tonight",
        "under no circumstances {p}", "i didn't ask for {p}", "absolutely not {p}",
    ],
    "cancellation": [
        "abort {p}", "reverse {p}", "cancel {p} please", "scrap {p}", "kill {p}",
        "call off {p}", "roll back {p}", "{p}, actually no, stop",
    ],
    "state question": [
        "is {p} running", "has {p} finished yet", "did anyone {p}", "when did {p} last run",
        "is {p} still going", "how long ago was {p}", "did {p} work", "was {p} on earlier",
        "is {p} done",
    ],
    "past or story": [
        "{p} woke the whole street last night", "on tuesday we forgot {p}",
        "my nan never trusted {p}", "{p} went wrong at the wedding",
        "we tried {p} once and regretted it", "the {w} broke down in january",
        "{p} used to be my job", "remember when {p} set off the smoke alarm",
    ],
    "someone else's words": [
        "the manual says {p}", "the sign on the door says {p}", "my mate's parrot says {p}",
        "on the telly someone shouted {p}", "the sticky note says {p}",
        "the kids' poster says {p}", "my brother keeps saying {p}",
        "the leaflet from the council says {p}",
    ],
    "contrast": [
        "{p} is for weekdays, today's different", "rather than {p} i'll sort it myself",
        "{p} would be overkill right now", "{p} is the old way, we do it by hand now",
        "{p} is what we do on mondays, not today", "unlike {p}, this needs doing by hand",
        "{p} suits them but not us",
    ],
    "hypothetical": [
        "what would happen if i said {p}", "suppose i asked for {p}",
        "imagine i said {p} at midnight", "hypothetically, {p}",
        "if the power cut out would {p} still work", "what if someone else said {p}",
        "could a visitor trigger {p} by accident",
    ],
    "complaint": [
        "{p} is far too loud", "{p} takes forever", "i'm sick of {p}",
        "{p} keeps going wrong", "{p} is rubbish", "why is {p} so slow",
        "{p} never does what i want",
    ],
}
NEAR_MISS_TEMPLATES = [
    "where can i buy a {}", "how old is the oldest {}", "{} in spanish", "draw me a {}",
    "is a {} worth it", "tell me a joke about a {}", "what rhymes with {}", "{} near me",
    "the best {} of the year", "how do they make a {}",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the sixteenth held-out resolver set (benchmarks/_resolver_sixteenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a lighthouse keeper's cottage
turned holiday let, with its owner Isla, a caretaker Bryn, a cleaner Tegan and the
house cat Barnacle (seed 160); a tattoo artist's flat above the studio, with a partner
Ravi, an apprentice Kez, a studio manager Dani and a bulldog Bruno (161); and a
multigenerational household, with grandad Winston, nana Pearl, teenagers Kofi and Zara
and a terrier Nutmeg (162). Each teaches 22 of its own routines with the generic pool;
the rest of its own pool, and the near siblings in ``UNTAUGHT`` ("ring eilidh" beside
"ring isla", "checkout at eleven" beside "checkout at ten", "consultation at four"
beside "consultation at three", "feed nutkin" beside "feed nutmeg"), are never taught
there. Some taught phrases nest on purpose ("lantern on" inside "lantern room lights
on", "captions on" inside "grandad's captions on", the generic "heating on" inside
"flat heating on" and "annexe heating on", "lights on" inside "studio lights on"), and
several share words across routines ("message bryn" and "message bryn and tegan",
"feed bruno" and "take bruno round the block", "tattoo machine on" and "tattoo lamp
on").

Its wrappers are kinds of wrapping no earlier set has (tests/test_resolver_sixteenth_data.py
checks the kinds, the frames and the words), drawn from how speech goes wrong or varies
in a full house: a false start, the speaker interrupted by someone else's line,
trailing off, a teenager's mumble, calling from another room, Scottish English,
Nigerian English, London street slang, a rhyme or sing-song, a sibling squabble,
gloved hands at work, a guest's first try, helping a grandparent, a sigh and shushing
the room. Each says the phrase exactly and nothing that could change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {160: "lighthouse keeper's cottage", 161: "tattoo artist's flat",
                         162: "multigenerational household"}

SIXTEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "lighthouse keeper's cottage": {
        "Lantern room": ["lantern room lights on", "light up the lantern room"],
        "Lantern": ["lantern on"],
        "Foghorn": ["sound the foghorn"],
        "Checkout": ["checkout at ten"],
        "Arrivals": ["guests arrive at four"],
        "Isla": ["ring isla", "call the owner"],
        "Bryn": ["message bryn"],
        "Bryn and Tegan": ["message bryn and tegan"],
        "Tegan": ["tell tegan the linen is ready"],
        "Barnacle": ["feed barnacle", "barnacle's supper"],
        "Welcome": ["play the welcome message"],
        "Hot tub": ["heat the hot tub"],
        "Wifi": ["what's the guest wifi code"],
        "Boat trip": ["when's the boat trip"],
        "Storm shutters": ["storm shutters down"],
        "Keepercam": ["keepercam on"],
        "Glowrail": ["glowrail on"],
        "Spiral stair": ["spiral stair lights"],
        "Log burner": ["stoke the log burner"],
        "Guest book": ["read the guest book"],
        "Guest count": ["how many guests this week"],
        "Shipwreck tour": ["shipwreck tour at two"],
        "Turnaround": ["turnaround clean on saturday"],
        "Shower pump": ["shower pump on"],
        "Sea view": ["sea view blinds up"],
        "Bin day": ["when's bin day"],
        "Gift shop": ["gift shop sign on"],
        # long
        "Guests here": ["the guests are here so light up the lantern room and play the "
                        "welcome message and ring isla"],
    },
    "tattoo artist's flat": {
        "Studio lights": ["studio lights on"],
        "Autoclave": ["run the autoclave"],
        "Stencil printer": ["stencil printer on"],
        "Tattoo machine": ["tattoo machine on"],
        "Tattoo lamp": ["tattoo lamp on"],
        "Kez": ["ring kez", "call the apprentice"],
        "Ravi": ["message ravi"],
        "Ravi and Dani": ["message ravi and dani"],
        "Dani": ["tell dani the studio is open"],
        "Bruno": ["feed bruno", "bruno's dinner"],
        "Bruno walk": ["take bruno round the block"],
        "Bookings": ["who's booked in today"],
        "Next client": ["when's my next client"],
        "Flash sheets": ["print the flash sheets"],
        "Playlist": ["studio playlist on"],
        "Ink order": ["ink order for wednesday"],
        "Aftercare": ["send the aftercare sheet"],
        "Inkcam": ["inkcam on"],
        "Stencilbot": ["stencilbot on"],
        "Consultation": ["consultation at three"],
        "Deposit": ["how much is the deposit"],
        "Flat heating": ["flat heating on"],
        "Purifier": ["air purifier on"],
        "Portfolio": ["post today's photo"],
        "Studio lock": ["lock the studio"],
        "Neon": ["window neon on", "light the window neon"],
        "Towels": ["dry the studio towels"],
        # long
        "First client": ["first client's due so put the studio lights on and run the "
                         "autoclave and ring kez"],
    },
    "multigenerational household": {
        "Winston": ["ring winston", "call grandad"],
        "Pearl": ["message pearl"],
        "Teens": ["text kofi and zara"],
        "Kofi dinner": ["tell kofi dinner's on the table"],
        "Pills": ["grandad's pills at ten"],
        "Hearing loop": ["hearing loop on"],
        "Stairlift": ["stairlift to the top"],
        "Annexe heating": ["annexe heating on"],
        "Console curfew": ["console curfew at ten"],
        "School run": ["school run at eight"],
        "Grandad radio": ["grandad's radio on"],
        "Nutmeg": ["feed nutmeg", "nutmeg's breakfast"],
        "Nutmeg walk": ["take nutmeg to the rec"],
        "Family meal": ["family meal at six"],
        "Who's in": ["who's in the house"],
        "Bathroom rota": ["whose turn for the bathroom"],
        "Subtitles": ["captions on"],
        "Big subtitles": ["grandad's captions on"],
        "Grancam": ["grancam on"],
        "Snugpod": ["snugpod on"],
        "Back gate": ["lock the back gate"],
        "Landing light": ["landing night light"],
        "Zara revision": ["revision timer for zara"],
        "Wash load": ["second wash load"],
        "Grandad up": ["is grandad up yet"],
        "Bingo": ["nana's bingo on the tablet"],
        "Kettle": ["kettle for the annexe"],
        # long
        "Market": ["we're off to the market so lock the back gate and put the grancam on "
                   "and text kofi and zara"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "lighthouse keeper's cottage": {
        "Eilidh": ["ring eilidh"], "Brian": ["message brian"],
        "Bryn and Megan": ["message bryn and megan"], "Barney": ["feed barney"],
        "Checkout eleven": ["checkout at eleven"], "Arrivals five": ["guests arrive at five"],
        "Lantern off": ["lantern room lights off"], "Hot tub off": ["drain the hot tub"],
        "Shutters up": ["storm shutters up"], "Shipwreck three": ["shipwreck tour at three"],
        "Turnaround sunday": ["turnaround clean on sunday"], "Pump off": ["shower pump off"],
        "Megan linen": ["tell megan the linen is ready"],
    },
    "tattoo artist's flat": {
        "Kai": ["ring kai"], "Rafi": ["message rafi"],
        "Ravi and Danny": ["message ravi and danny"], "Bruce": ["feed bruce"],
        "Ink thursday": ["ink order for thursday"], "Consultation four": ["consultation at four"],
        "Stencil off": ["stencil printer off"], "Machine off": ["tattoo machine off"],
        "Studio off": ["studio lights off"], "Flat heating off": ["flat heating off"],
        "Purifier off": ["air purifier off"], "Danny open": ["tell danny the studio is open"],
        "Price sheets": ["print the price sheets"],
    },
    "multigenerational household": {
        "Weston": ["ring weston"], "Peggy": ["message peggy"],
        "Kofi and Zain": ["text kofi and zain"], "Nutkin": ["feed nutkin"],
        "Pills eleven": ["grandad's pills at eleven"], "School nine": ["school run at nine"],
        "Loop off": ["hearing loop off"], "Annexe off": ["annexe heating off"],
        "Radio off": ["grandad's radio off"], "Curfew eleven": ["console curfew at eleven"],
        "Grancam off": ["grancam off"], "Unlock gate": ["unlock the back gate"],
        "Kwame dinner": ["tell kwame dinner's on the table"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the lighthouse keeper's cottage
    {"stoke the log burner", "fireplace on", "light the fire", "cozy evening"},
    {"feed barnacle", "barnacle's supper", "feed the cat", "cat dinner"},
    {"storm shutters down", "storm mode", "close everything"},
    {"the guests are here so light up the lantern room and play the welcome message and "
     "ring isla", "guests are coming", "company mode", "welcome home", "light up the "
     "lantern room", "lantern room lights on", "play the welcome message", "ring isla",
     "call the owner"},
    # the tattoo artist's flat
    {"take bruno round the block", "dog walk", "walking the dog"},
    {"first client's due so put the studio lights on and run the autoclave and ring kez",
     "start my work day", "office mode", "studio lights on", "run the autoclave",
     "ring kez", "call the apprentice"},
    # the multigenerational household
    {"take nutmeg to the rec", "dog walk", "walking the dog"},
    {"tell kofi dinner's on the table", "family meal at six", "dinner time",
     "dinner is ready"},
    {"we're off to the market so lock the back gate and put the grancam on and text kofi "
     "and zara", "i'm leaving", "goodbye house", "lock the back gate", "grancam on",
     "text kofi and zara"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the cat" when "feed barnacle" is taught). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "kitty": "cat", "puss": "cat", "mom": "mum", "2": "two", "3": "three", "4": "four",
    "5": "five", "6": "six", "8": "eight", "9": "nine", "10": "ten", "11": "eleven",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"isla", "bryn", "tegan", "barnacle", "barnacle's", "eilidh", "brian", "megan",
         "barney", "ravi", "kez", "dani", "bruno", "bruno's", "kai", "rafi", "danny",
         "bruce", "winston", "pearl", "kofi", "zara", "nutmeg", "nutmeg's", "weston",
         "peggy", "zain", "nutkin", "kwame"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "two": ("2",), "three": ("3",), "four": ("4",), "five": ("5",), "six": ("6",),
    "eight": ("8",), "nine": ("9",), "ten": ("10",), "eleven": ("11",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "isla": ("iona", "imogen"), "bryn": ("bram", "bernard"), "tegan": ("tilly", "tamara"),
    "barnacle": ("biscuit", "pickle"), "barnacle's": ("biscuit's", "pickle's"),
    "kez": ("kim", "kit"), "ravi": ("rohan", "raj"), "dani": ("dora", "dev"),
    "bruno": ("boris", "buster"), "bruno's": ("boris's", "buster's"),
    "winston": ("wilfred", "walter"), "pearl": ("petra", "paula"), "kofi": ("kobe", "kemi"),
    "zara": ("zoe", "zadie"), "nutmeg": ("poppy", "parsley"),
    "nutmeg's": ("poppy's", "parsley's"),
    # numbers, days and times
    "ten": ("noon", "twelve"), "four": ("seven", "midnight"), "two": ("one", "half two"),
    "three": ("nine", "quarter past"), "six": ("seven", "half six"),
    "eight": ("half eight", "quarter to"), "saturday": ("tuesday",),
    "wednesday": ("monday",),
    # things and places
    "lantern": ("greenhouse",), "foghorn": ("doorbell",), "checkout": ("breakfast",),
    "guests": ("plumbers",), "linen": ("laundry",), "welcome": ("goodbye",),
    "hot": ("paddling",), "tub": ("pool",), "wifi": ("alarm",), "boat": ("coach",),
    "storm": ("garage",), "spiral": ("back",), "stair": ("porch",), "log": ("pellet",),
    "burner": ("stove",), "book": ("map",), "shipwreck": ("castle",),
    "turnaround": ("deep",), "shower": ("pond",), "pump": ("filter",), "sea": ("hill",),
    "bin": ("recycling",), "gift": ("farm",),
    "studio": ("garage",), "autoclave": ("dishwasher",), "stencil": ("label",),
    "printer": ("scanner",), "tattoo": ("sewing",), "machine": ("kit",),
    "flash": ("menu",), "playlist": ("radio",), "ink": ("paint",),
    "aftercare": ("invoice",), "consultation": ("fitting",), "deposit": ("rent",),
    "flat": ("loft",), "purifier": ("fryer",), "photo": ("video",), "neon": ("garden",),
    "towels": ("aprons",), "client": ("delivery",),
    "pills": ("eye drops",), "hearing": ("baby",), "loop": ("monitor",),
    "stairlift": ("lift",), "annexe": ("conservatory",), "console": ("phone",),
    "school": ("swimming",), "radio": ("record player",), "rec": ("beach",),
    "meal": ("quiz",), "bathroom": ("washing machine",), "captions": ("subtitles",),
    "gate": ("shed",), "landing": ("porch",), "revision": ("piano",), "wash": ("dryer",),
    "bingo": ("crossword",), "tablet": ("laptop",), "kettle": ("toaster",),
    "market": ("library",),
    # the generic pool's
    "cat": ("hamster",), "dog": ("pony",), "garage": ("shed",),
    "piano": ("cello",), "sauna": ("hot tub",), "coffee": ("cocoa",),
    "movie": ("karaoke",), "barbecue": ("picnic",),
    "birthday": ("leaving",), "vacuum": ("duster",), "christmas": ("diwali",),
    "pool": ("pond",), "yoga": ("pilates",), "kitchen": ("utility room",),
    "living": ("dining",), "hallway": ("stairwell",), "fireplace": ("radiator",),
    "podcast": ("audiobook",), "porch": ("patio",), "office": ("sewing room",),
    "sunset": ("sunrise",), "bedside": ("desk",), "laundry": ("dishes",),
    "homework": ("chores",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
iona" for "ring isla", "checkout at noon", "feed poppy"): never taught, so such a
request is a different one."""

WRAPPERS: dict[str, list[str]] = {
    "false start": [
        "could you- {}", "can y- {}", "wou- {}", "do the- do the- {}", "i need you to- {}",
        "can you just- {}", "pl- {}", "wha- {}",
    ],
    "interrupted by someone": [
        "{} - coming, coming!", "muuum! - {}", "{} - babe, momentito", "{} - nah, the blue one",
        "{} - gimme that charger", "{} - whoever's hollering, pack it in",
        "where's my - oh, {}",
    ],
    "trailing off": [
        "{}, and suchlike", "{}, and yada yada", "{}, and blah blah", "{}, and whatnot",
        "{}, et cetera", "{}, and so forth", "{} and... mmyeah",
    ],
    "teenager's mumble": [
        "nnf, {}", "{}, mmkay", "s'pose, {}", "{}, bleurgh", "meh, {}", "dunno, {}",
        "{}, whatevs", "{}, fiiine",
    ],
    "from another room": [
        "{}, i'm upstairs!", "yoo-hoo, {}", "{}, from the attic", "{}, up the stairwell",
        "{}, from the loo", "downstairs! {}", "{}, i'm in the cellar",
    ],
    "scottish english": [
        "haud on, {}", "awright, {}", "mon then, {}", "dinnae fash, {}", "gie it laldy, {}",
        "{}, ye bampot", "jings, {}", "{}, braw",
    ],
    "nigerian english": [
        "oya, {}", "{} o", "{}, biko", "ehen, {}", "{} sha", "chai, {}", "haba, {}",
        "{}, abi",
    ],
    "london slang": [
        "bruv, {}", "{}, fam", "wallahi, {}", "{}, you get me", "{}, safe", "mandem, {}",
        "{}, and ting", "bare fast, {}",
    ],
    "rhyme or sing-song": [
        "{}, lemon squeezy", "hickory dickory, {}", "{}, tiddly pom", "{}, bish bash bosh",
        "rub a dub dub, {}", "{}, shoobie doobie", "heigh-ho, {}", "{}, diddly-diddly",
    ],
    "sibling squabble": [
        "{}, stop kicking me", "it's my shot, {}", "{}, he started it", "{}, she pinched me",
        "get off me, {}", "that's so unfair, {}", "{}, quit poking me",
    ],
    "gloved up": [
        "{}, gloves on", "gloved up, {}", "{}, inky mitts", "doing linework, {}",
        "{}, gloves are sterile", "nitrile gloves on, {}", "{}, needle's buzzing",
    ],
    "guest's first try": [
        "newbie here, {}", "{}, did that register?", "{}, is that the knack?",
        "{}, am i doing this right?", "never used one of these, {}", "{}, total novice here",
        "giving it a whirl, {}",
    ],
    "helping a grandparent": [
        "here, gramps, allow me, {}", "{}, voila, granny", "don't fret, grandma, {}",
        "i can do it for you, nan, {}", "{}, see, simple, grandma", "budge up, granny, {}",
        "{}, done for you, gramps",
    ],
    "sigh": [
        "*sighs* {}", "haaah, {}", "{}, *exhales*", "ohhh, {}", "hhhh... {}", "{}... *sighs*",
        "pfff-hhh, {}", "{}, haaaaah",
    ],
    "shushing the room": [
        "ssshh, {}", "{}, belt up, everyone", "{}, put a sock in it, you lot", "{}, wheesht",
        "{}, button it, everyone", "shhh, shhh, {}", "{}, stop nattering",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

REASON_CLASHES: dict[str, set[str]] = {
    "from the loo": {"bath", "shower", "spa", "sauna", "dinner", "breakfast", "lunch",
                     "cooking", "meal", "tea", "coffee", "kettle", "date", "romantic",
                     "candle", "guests", "company"},
    "gloves on": {"bath", "shower", "spa", "sauna", "yoga", "workout", "gym", "sleep",
                  "nap", "bed", "bedtime"},
    "gloves are sterile": {"bath", "shower", "spa", "sauna", "bed", "bedtime", "sleep",
                           "nap", "yoga", "dinner", "meal", "breakfast", "lunch"},
}
"""Situations that would contradict a phrase with one of these words ("dinner time,
from the loo"): never said around it, so the request stays the phrase's."""

OOS_WRAPPERS = [
    "could you- {}", "muuum! - {}", "{}, and suchlike", "nnf, {}", "{}, i'm upstairs!",
    "haud on, {}", "oya, {}", "bruv, {}", "rub a dub dub, {}", "it's my shot, {}",
    "{}, gloves on", "newbie here, {}", "here, gramps, allow me, {}", "*sighs* {}",
    "ssshh, {}", "{}, biko", "{}, fam", "jings, {}", "meh, {}", "{}, et cetera",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "wou- {}", "{} - coming, coming!", "{}, and blah blah", "dunno, {}", "yoo-hoo, {}",
    "awright, {}", "chai, {}", "{}, safe", "{}, tiddly pom", "{}, he started it",
    "gloved up, {}", "{}, did that register?", "{}, voila, granny", "haaah, {}",
    "{}, wheesht",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("see ya later
alligator"), struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"wou", "muuum", "babe", "momentito", "nah", "gimme", "charger",
                 "hollering", "suchlike", "yada", "blah", "whatnot", "cetera", "mmyeah",
                 "nnf", "mmkay", "s'pose", "bleurgh", "meh", "dunno", "whatevs", "fiiine",
                 "upstairs", "yoo", "hoo", "attic", "stairwell", "loo", "downstairs",
                 "cellar", "haud", "awright", "dinnae", "fash", "gie", "laldy", "bampot",
                 "jings", "braw", "oya", "biko", "ehen", "sha", "chai", "haba", "abi",
                 "bruv", "fam", "wallahi", "mandem", "ting", "squeezy", "hickory",
                 "dickory", "tiddly", "bish", "bash", "bosh", "dub", "shoobie", "doobie",
                 "heigh", "diddly", "kicking", "pinched", "unfair", "poking", "gloves",
                 "gloved", "inky", "mitts", "linework", "sterile", "nitrile", "buzzing",
                 "newbie", "knack", "novice", "whirl", "gramps", "granny", "grandma", "nan",
                 "fret", "voila", "budge", "sighs", "haaah", "exhales", "ohhh", "hhhh",
                 "pfff", "haaaaah", "ssshh", "shhh", "wheesht", "nattering"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

SIXTEENTH_SOUND_ALIKE = [
    ("isla", "eyla"), ("bryn", "brin"), ("tegan", "teagan"), ("barnacle", "barnacles"),
    ("lantern", "lanterns"), ("foghorn", "fog horn"), ("checkout", "check out"),
    ("guests", "guest"), ("linen", "linnen"), ("wifi", "wi-fi"), ("shutters", "shudders"),
    ("keepercam", "keeper cam"), ("glowrail", "glow rail"), ("spiral", "spiro"),
    ("burner", "burna"), ("shipwreck", "ship wreck"), ("turnaround", "turn around"),
    ("sea", "see"), ("autoclave", "auto clave"), ("stencil", "stencils"),
    ("tattoo", "tatoo"), ("kez", "kes"), ("ravi", "ravy"), ("dani", "danny's"),
    ("bruno", "brunoh"), ("inkcam", "ink cam"), ("stencilbot", "stencil bot"),
    ("consultation", "consultations"), ("purifier", "purifire"), ("neon", "neeon"),
    ("aftercare", "after care"), ("winston", "winstan"), ("pearl", "pearle"),
    ("kofi", "coffee"), ("zara", "sarah"), ("nutmeg", "nut meg"), ("annexe", "annex"),
    ("stairlift", "stair lift"), ("captions", "caption"), ("grancam", "gran cam"),
    ("snugpod", "snug pod"), ("curfew", "curfue"), ("revision", "revisions"),
    ("bingo", "bingos"), ("rec", "wreck"), ("grandad's", "granddad's"),
]
"""The sixteenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("lantern room", "lanternroom"), ("hot tub", "hottub"), ("log burner", "logburner"),
         ("guest book", "guestbook"), ("shower pump", "showerpump"),
         ("sea view", "seaview"), ("bin day", "binday"), ("stencil printer", "stencilprinter"),
         ("tattoo machine", "tattoomachine"), ("flash sheets", "flashsheets"),
         ("air purifier", "airpurifier"), ("hearing loop", "hearingloop"),
         ("back gate", "backgate"), ("wash load", "washload")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"autoclave": "autoclav", "consultation": "consultaton", "purifier": "purifyer",
             "turnaround": "turnaroud", "shipwreck": "shipwrek", "captions": "capshuns",
             "stairlift": "stairlfit", "revision": "revison"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and eight
# kinds no earlier set has (see NEW_OUT_OF_SCOPE in benchmarks/_resolver_sixteenth.py).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how do you spell {w}", "find a word that rhymes with {w}", "what's {w} in welsh",
        "draw me a {w}", "tell me a joke about {w}", "give me a synonym for {w}",
        "is {w} a swear word", "how many letters in {w}", "who sang {p}",
        "is {p} a book", "translate {p} into german",
    ],
    "routine command": [
        "rename {p} to something catchier", "wipe {p} off the list for good",
        "read out what {p} does",
        "copy {p} to the holiday house", "which of us set up {p}", "how long does {p} take",
        "send {p} to my cousin's house", "lock {p} so nobody edits it",
        "when does {p} run next", "add a dimmer step to {p}",
    ],
    "word order": [
        "{b} followed by {a}", "{b} minus the {a}", "{b} on top of {a}", "{b} plus {a}",
        "{b} against {a}", "not {a} but {b}",
    ],
    "negation": [
        "kindly don't {p}", "no need to {p}", "there's no call to {p}", "hold off on {p} for now",
        "give {p} a miss today", "we won't {p} this time", "i'd rather we didn't {p}",
        "don't {p} under any circumstances",
    ],
    "cancellation": [
        "undo {p} please", "reverse {p} straight away", "call off {p} now", "scrap {p} entirely",
        "{p}, no, abort",
        "halt {p} please", "{p}, actually cancel it",
    ],
    "state question": [
        "is {p} running at the moment", "did {p} actually work", "has {p} been done yet",
        "is {p} still going on",
        "did anyone {p} this morning", "when was {p} last done", "is {p} switched on already",
    ],
    "past or story": [
        "remember when {p} broke", "the day {p} went wrong was hilarious",
        "{p} used to scare the dog", "last summer {p} flooded the bathroom",
        "my first week here i did {p} wrong", "{p} was grandad's idea",
        "we once did {p} at three in the morning",
    ],
    "someone else's words": [
        "the guest wrote {p} in the book", "my teacher said {p}", "the advert says {p}",
        "on telly someone shouted {p}", "the sign by the door says {p}",
        "my little brother keeps singing {p}", "the note on the fridge says {p}",
    ],
    "contrast": [
        "{p} is for the guests, not us", "we're not doing {p}, just tidying",
        "{p} was the old owner's thing", "forget {p}, we'll do our own thing",
        "{p} is only for the weekend", "{p} is gran's job, not mine",
    ],
    "hypothetical": [
        "what would happen if i said {p} at midnight", "imagine if i said {p}",
        "supposing i asked for {p}", "what if someone said {p} by mistake",
        "if i were to say {p}, would it work", "hypothetically speaking, {p}",
    ],
    "complaint": [
        "{p} never works properly", "{p} is total rubbish", "i'm sick to death of {p}",
        "{p} takes ages every time", "{p} is way too noisy", "why is {p} so slow these days",
    ],
    "opinion": [
        "{p} is my favourite bit", "i think {p} is ace", "{p} is genius",
        "i'm fond of {p}", "{p} is class", "nothing beats {p}",
    ],
    "reminder for later": [
        "remind me to {p} after lunch", "can you remind me to {p} on sunday",
        "set a reminder to {p} at bedtime", "note down {p} for next week",
        "add {p} to tomorrow's jobs", "remind me about {p} when i'm back",
    ],
    "permission question": [
        "are we allowed to {p}", "is it alright if we {p}", "can the guests {p}",
        "do i need permission to {p}", "is it ok for the kids to {p}",
        "could i {p} later or is that rude",
    ],
    # kinds no earlier set has
    "energy cost": [
        "how much electricity does {p} use", "what does {p} cost to run",
        "is {p} expensive on the meter", "how many kilowatts is {p}",
        "does {p} put the bill up much", "what's {p} doing to our energy bill",
    ],
    "nickname": [
        "his nickname at school was {p}", "we call her {p} for a laugh",
        "that's why they call him {p}", "the team's nickname is {p}",
        "we used to call uncle ray {p}", "{p} is what we call the cat",
    ],
    "plan together": [
        "tomorrow we'll {p} together", "on saturday let's {p} as a family",
        "next weekend you and me can {p}", "we'll {p} together after the holidays",
        "let's plan to {p} when your dad's back", "one day we should {p} together",
    ],
    "house rule": [
        "no {p} after nine", "the rule is no {p} on school nights",
        "only grown ups can {p}", "{p} is banned during exams",
        "nobody does {p} without asking first", "house rule, {p} only at weekends",
    ],
    "knowledge question": [
        "do you know what {p} means", "have you heard of {p}",
        "are you familiar with {p}", "what do you know about {p}",
        "does {p} ring a bell", "have you ever come across {p}",
    ],
    "conditional for later": [
        "if it rains tomorrow, {p}", "once the kids are asleep tonight, {p}",
        "if nobody's home by midnight, {p}", "should the power go off later, {p}",
        "when i get back on friday, {p}", "if it snows next week, {p}",
    ],
    "another device did it": [
        "the other speaker already did {p}", "my phone did {p} an hour ago",
        "the hub upstairs has done {p}", "the app already did {p} for me",
        "my watch did {p} by itself", "the old speaker used to {p}",
    ],
    "dare": [
        "i dare you to shout {p} at grandad", "double dare you to say {p} in assembly",
        "bet you won't say {p} to the teacher", "truth or dare, say {p} in a silly voice",
        "dare you to text {p} to your cousin", "go on, i dare you to sing {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "where can i buy a {}", "{} on ebay", "how heavy is a {}", "{} instructions pdf",
    "do you need a licence for a {}", "{} size guide", "best {} brands",
    "how to clean a {}", "{} warranty", "vintage {}",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the twelfth held-out resolver set (benchmarks/_resolver_twelfth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver on the eleventh; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: an older woman's room in a care
home, with a carer called Joyce, a daughter Maureen and a grandson Callum (seed 120); a
vet's flat above the surgery, with an on-call rota, kennels, a dog called Noodle and a
cat called Smudge (121); and a beekeeper's cottage with hives, hens and a honey
extractor (122). Each teaches 22 of its own routines with the generic pool; the rest of
its own pool, and the near siblings in ``UNTAUGHT`` ("ring doreen" beside "ring
maureen", "hairdresser at twelve" beside "hairdresser at eleven", "feed fudge" beside
"feed smudge", "farm call at dusk" beside "farm call at dawn", "how heavy is hive three"
beside "how heavy is hive two"), are never taught there. Two taught routines of a home
share words on purpose ("reading lamp on" and "bathroom lamp low").

Its wrappers use words and frames none of the sixth to eleventh tables have
(tests/test_resolver_twelfth_data.py checks it): the earlier kinds in new words, and
new kinds of what people say to a voice assistant at home: said out of breath, said
with a mouth full, the wake word said twice, an apology for shouting first, a count of
the requests ("just the one: X"), showing the assistant off to someone else
("watch this: X"), whispered late at night and testing whether it listens. Each says
the phrase exactly and nothing that could change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {120: "care home room", 121: "vet's flat", 122: "beekeeper's cottage"}

TWELFTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "care home room": {
        "Carer": ["call the carer", "fetch joyce"],
        "Bed up": ["raise the bed", "sit me up"],
        "Tablets": ["time for my tablets", "pill reminder"],
        "Maureen": ["ring maureen", "video call maureen"],
        "Callum": ["message callum"],
        "Maureen and Callum": ["text maureen and callum"],
        "Wireless": ["wireless on", "radio four please"],
        "Hymns": ["songs of praise"],
        "Big print": ["bigger writing", "make the text bigger"],
        "Tea trolley": ["is the tea trolley coming"],
        "Menu": ["what's for lunch today"],
        "Hairdresser": ["hairdresser at eleven"],
        "Bed warmer": ["bed warmer on"],
        "Window": ["open the window a crack"],
        "Curtains": ["draw the curtains"],
        "Bingo": ["bingo in the lounge"],
        "Crossword": ["read me the crossword clues"],
        "Visitors": ["who's visiting today"],
        "Frame": ["where's my walking frame"],
        "Reading lamp": ["reading lamp on"],
        "Bathroom lamp": ["bathroom lamp low"],
        "Teeth": ["where are my teeth"],
        "Chattabox": ["chattabox on"],
        "Medipod": ["medipod open"],
        "Slippers": ["find my slippers"],
        # long
        "Bedtime": ["i'm ready for bed so lower the bed and draw the curtains and put the "
                    "wireless on quietly"],
    },
    "vet's flat": {
        "On call": ["i'm on call tonight", "on call mode"],
        "Surgery alarm": ["set the surgery alarm"],
        "Kennel heat": ["kennel heaters on"],
        "Kennel camera": ["show the kennel camera"],
        "Autoclave": ["start the autoclave"],
        "Vaccine fridge": ["what's the vaccine fridge at"],
        "Night door": ["unlock the night door"],
        "Emergency": ["emergency coming in"],
        "Kofi": ["ring kofi"],
        "Kofi and Ines": ["message kofi and ines"],
        "Ines": ["call ines"],
        "Noodle": ["noodle's walk", "take noodle out"],
        "Smudge": ["feed smudge", "smudge's tea"],
        "Dispensary": ["restock the dispensary"],
        "Rota": ["who's on the rota tomorrow"],
        "Consults": ["first consult at nine"],
        "Theatre": ["theatre lights on"],
        "Lab": ["any lab results back"],
        "Scrubs": ["wash my scrubs"],
        "Flat white": ["flat white before clinic"],
        "Farm call": ["farm call at dawn"],
        "Recovery": ["recovery ward quiet"],
        "Petlog": ["petlog sync"],
        "Drippa": ["drippa on"],
        "Locum": ["book a locum for the weekend"],
        # long
        "Emergency in": ["emergency coming in so unlock the night door and start the "
                         "autoclave and put theatre lights on"],
    },
    "beekeeper's cottage": {
        "Hive check": ["check the hives", "hive inspection"],
        "Hive scale": ["how heavy is hive two"],
        "Smoker": ["light the smoker"],
        "Extractor": ["start the extractor", "spin the honey"],
        "Honey warmer": ["honey warmer on"],
        "Jars": ["label the jars"],
        "Swarm": ["swarm alert", "they're swarming"],
        "Bee suit": ["where's my bee suit"],
        "Wax": ["melt the wax"],
        "Mead": ["check on the mead"],
        "Orchard": ["water the orchard"],
        "Greenhouse": ["greenhouse vent open"],
        "Hens": ["let the hens out"],
        "Eggs": ["how many eggs today"],
        "Rhiannon": ["ring rhiannon"],
        "Idris": ["message idris"],
        "Rhiannon and Idris": ["text rhiannon and idris"],
        "Mungo": ["feed mungo", "mungo's dinner"],
        "Market stall": ["pack the stall for the farmers market"],
        "Varroa": ["varroa treatment due"],
        "Pollen": ["pollen count"],
        "Hivemind": ["hivemind on"],
        "Buzzbox": ["buzzbox check"],
        "Range": ["stoke the range"],
        "Queen": ["mark the queen"],
        # long
        "Honey in": ["the honey's in so start the extractor and warm the jars and put the "
                     "kettle on"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, place or time, off for on, lower for raise)
    "care home room": {
        "Bed down": ["lower the bed"], "Doreen": ["ring doreen"],
        "Malcolm": ["message malcolm"], "Maureen and Clive": ["text maureen and clive"],
        "Hairdresser twelve": ["hairdresser at twelve"],
        "Bed warmer off": ["bed warmer off"], "Wireless off": ["wireless off"],
        "Reading lamp off": ["reading lamp off"], "Bingo dining": ["bingo in the dining room"],
        "Window wide": ["open the window wide"], "Chattabox off": ["chattabox off"],
        "Bathroom lamp high": ["bathroom lamp high"], "Glasses": ["where are my glasses"],
    },
    "vet's flat": {
        "Kennel off": ["kennel heaters off"], "Ring Kobi": ["ring kobi"],
        "Kofi and Agnes": ["message kofi and agnes"], "Call Iris": ["call iris"],
        "Feed Fudge": ["feed fudge"], "Consult ten": ["first consult at ten"],
        "Farm dusk": ["farm call at dusk"], "Theatre off": ["theatre lights off"],
        "Drippa off": ["drippa off"], "Lock night door": ["lock the night door"],
        "Rota today": ["who's on the rota today"], "Locum week": ["book a locum for the week"],
        "Wash gowns": ["wash my gowns"],
    },
    "beekeeper's cottage": {
        "Hive three": ["how heavy is hive three"], "Warmer off": ["honey warmer off"],
        "Shannon": ["ring shannon"], "Boris": ["message boris"],
        "Rhiannon and Ivor": ["text rhiannon and ivor"], "Ducks out": ["let the ducks out"],
        "Vent shut": ["greenhouse vent shut"], "Hivemind off": ["hivemind off"],
        "Lantern": ["light the lantern"], "Melt chocolate": ["melt the chocolate"],
        "Water lawn": ["water the lawn"], "Mark drones": ["mark the drones"],
        "Buzzbox reset": ["buzzbox reset"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the care home room
    {"call the carer", "fetch joyce"},
    {"wireless on", "radio four please", "kitchen radio", "music in the kitchen",
     "morning news", "my podcast"},
    {"songs of praise", "kitchen radio", "music in the kitchen"},
    {"reading lamp on", "reading mode", "time to read", "bedside lamp", "lights on"},
    {"bathroom lamp low", "night light", "dim the hallway"},
    {"bed warmer on", "heating on", "warm up the living room", "cozy evening"},
    {"draw the curtains", "close the blinds", "privacy please", "close everything"},
    {"open the window a crack", "cool the house", "cool breeze", "fan on"},
    {"show the family photos", "tv time", "watch television"},
    {"is the tea trolley coming", "tea time", "boil the kettle"},
    {"what's for lunch today", "lunch break", "dinner time"},
    {"time for my tablets", "pill reminder", "medipod open"},
    {"i'm ready for bed so lower the bed and draw the curtains and put the wireless on "
     "quietly", "good night", "lights out", "draw the curtains", "close the blinds",
     "wireless on", "radio four please", "sleep sounds", "white noise"},
    # the vet's flat
    {"i'm on call tonight", "on call mode", "office mode", "start my work day",
     "focus mode"},
    {"set the surgery alarm", "arm the alarm", "security on", "lock up", "lock all doors"},
    {"kennel heaters on", "heating on", "warm up the living room"},
    {"noodle's walk", "take noodle out", "walking the dog", "dog walk", "i'm leaving",
     "goodbye house"},
    {"feed smudge", "smudge's tea", "feed the cat", "cat dinner"},
    {"flat white before clinic", "make coffee", "coffee time"},
    {"theatre lights on", "full brightness", "all lights on", "lights on"},
    {"recovery ward quiet", "quiet mode", "baby is sleeping", "calm down"},
    {"wash my scrubs", "laundry is done", "washing machine finished"},
    {"emergency coming in", "unlock the night door", "disarm the alarm", "security off",
     "emergency coming in so unlock the night door and start the autoclave and put "
     "theatre lights on", "start the autoclave", "theatre lights on"},
    {"farm call at dawn", "i'm leaving", "goodbye house"},
    # the beekeeper's cottage
    {"check the hives", "hive inspection", "how heavy is hive two", "buzzbox check",
     "hivemind on"},
    {"start the extractor", "spin the honey", "the honey's in so start the extractor and "
     "warm the jars and put the kettle on", "honey warmer on", "tea time",
     "boil the kettle"},
    {"water the orchard", "water the garden", "sprinklers on"},
    {"greenhouse vent open", "grow lights on", "cool breeze", "fan on"},
    {"feed mungo", "mungo's dinner", "dinner time"},
    {"stoke the range", "fireplace on", "light the fire", "cozy evening", "heating on",
     "warm up the living room", "light the smoker"},
    {"pack the stall for the farmers market", "i'm leaving", "goodbye house"},
    {"swarm alert", "they're swarming"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("feed the cat" when "feed smudge" is taught). The
phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "warmer": "heat",
    "telly": "tv", "television": "tv", "curtains": "blind", "blinds": "blind",
    "shades": "blind", "radio": "wireless", "pills": "tablets", "medication": "tablets",
    "meds": "tablets", "kitty": "cat", "puss": "cat", "mom": "mum", "nan": "grandma",
    "granny": "grandma", "chooks": "hens", "chickens": "hens", "photographs": "photos",
    "pictures": "photos", "2": "two", "3": "three", "4": "four", "9": "nine",
    "10": "ten", "11": "eleven", "12": "twelve",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"joyce", "maureen", "callum", "doreen", "malcolm", "clive", "kofi", "kobi", "ines",
         "agnes", "iris", "noodle", "noodle's", "smudge", "smudge's", "fudge", "rhiannon",
         "idris", "shannon", "boris", "ivor", "mungo", "mungo's"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "two": ("2",), "three": ("3",), "four": ("4",), "nine": ("9",), "ten": ("10",),
    "eleven": ("11",), "twelve": ("12",),
}
"""Number words and digits a noisy case must keep (in either form)."""

VOCATIVES = ["flower", "blossom", "sausage", "kitten", "bumblebee", "lambkin", "lamb", "sonny",
             "youngster", "gorgeous"]
"""Nicknames people give an assistant, none of the earlier sets'."""
DEVICE_NAMES = ["tallulah", "percy", "gertie", "otis", "winnie", "barnaby", "clementine"]
"""Names a person gives the device itself (said as its wake word)."""

WRAPPERS: dict[str, list[str]] = {
    "vocative": [
        "flower, {}", "{}, blossom", "sausage, {}", "{}, kitten", "{}, bumblebee",
        "lambkin, {}", "{}, my lamb", "sonny, {}", "{}, youngster", "gorgeous, {}",
        "{}, flower",
    ],
    "discourse marker": [
        "while i remember, {}", "{}, for what it's worth", "on another note, {}",
        "in other news, {}", "all the same, {}", "at any rate, {}",
        "{}, needless to say",
    ],
    "politeness": [
        "do me a kindness and {}", "{}, there's a good egg", "be a champion and {}",
        "{}, hassle permitting", "{}, if at all convenient",
    ],
    "time word": [
        "{} straightaway", "{}, at a lick", "{}, get cracking", "{} in a twinkling",
        "{}, snap to it", "{} before you can blink",
    ],
    "self-correction": [
        "{h}, whoopsie daisy, {p}", "{h}, scrub that, {p}", "{h}, botheration, {p}",
        "{h}, clumsy me, {p}", "{h}, muddled it, {p}", "{h}, wrong one, {p}",
        "{h}, tongue-tied, {p}", "{h}, nope, {p}", "whoopsie daisy, {p}",
    ],
    "question": [
        "{}, is that on the cards?", "{}, can you manage that?", "{}, think you're up to it?",
        "{}, is that a goer?", "{}, can you swing that?", "{}, would that work?",
    ],
    "regional speech": [
        "{}, me babber", "{}, youth", "{}, lass", "{}, bor", "{}, mun", "alreet, {}",
        "{}, kidda", "{}, marra", "ow do, {}", "{}, me lover",
    ],
    "reason given": [
        "{}, i've got flour everywhere", "{}, i've got soap in my eyes",
        "{}, i can't reach the switch", "{}, my nails are wet", "{}, i've lost my specs",
        "{}, the baby's asleep at last", "{}, i'm holding a hedgehog",
    ],
    "emphatic repeat": [
        "{p}, you heard, {p}", "{P}, do it, {p}", "{p}, word for word, {p}",
        "{p}, i'm telling you, {p}", "{p}, verbatim, {p}",
    ],
    "filled pause": [
        "ahem, {}", "ehhhh, {}", "{}, mmmph", "eeeh, {}", "hmmmmm... {}", "ermmm, {}",
        "uuuh, {}", "errrrm, {}", "{}, ahem",
    ],
    "trailing tag": [
        "{}, got it?", "{}, capeesh?", "{}, we square?", "{}, sound good?", "{}, with me?",
        "{}, on board?",
    ],
    "plans": [
        "{}, i'm off to the chemist", "{}, we're off to the garden centre",
        "{}, i'll be at the post office", "we're off to the beach, {}",
        "{}, i'm off to choir", "i'm off to bingo club, {}", "{}, i'm staying in tonight",
    ],
    "dictation": [
        "{} hashtag", "hashtag {}", "{C} ampersand", "{} tilde", "{} pound sign",
        "{} at sign", "{T} caps lock", "{} bullet",
    ],
    "exasperation": [
        "oh for crying out loud, {}", "{}, i despair", "{}, you numpty", "good grief, {}",
        "{}, what a palaver", "stupid gadget, {}", "heavens above, {}", "{}, useless lump",
        "{}, ruddy hell",
    ],
    "non-native phrasing": [
        "i want that you {}", "i am wishing {}", "please you {}", "do {} for me now",
        "i am asking you {}", "this you do: {}", "you {} one time",
    ],
    "device name": [
        "tallulah, {}", "{}, tallulah", "percy, {}", "{}, percy", "gertie, {}",
        "otis, {}", "{}, otis", "winnie, {}", "barnaby, {}", "{}, clementine",
    ],
    "rambling": [
        "right, so, i've been sat here thinking and {}",
        "it went clean out of my head before, {}",
        "{}, and then a cuppa for me",
        "who do you think i saw, whatever, {}",
        "what did i want... that's it, {}",
        "i've been in a right muddle, {}",
    ],
    "relayed by a child": [
        "nana asks can you {}", "grandpa sent me to tell you to {}", "my mam needs you to {}",
        "my older sister's asking you to {}", "pops needs you to {}",
        "gran's asking will you {}",
    ],
    "hedging": [
        "sort of {}, i suspect", "{}, roughly", "i'd say {}",
        "{}, if that's proper", "i daresay {}", "{}, loosely", "conceivably {}",
    ],
    "countdown": [
        "get set, {}", "one, two, three, {}", "and... lift off, {}", "on three... {}",
        "at three... {}",
    ],
    "reading a list": [
        "jobs for today, {}", "number one, {}", "my notes say {}", "{}, ticked",
        "off the jotter, {}", "today's jobs, {}",
    ],
    "pet or baby talk": [
        "good boy, {}", "{}, aren't you gorgeous", "awww, {}", "diddums, {}",
        "{}, there's my bean", "off the sofa, {}", "{}, waggy tail!",
    ],
    "thanks first": [
        "many thanks, {}", "thanks ahead of time, {}", "thanks loads, {}",
        "thanks, you beauty, {}", "thanks a million, {}", "thank you, thank you, {}",
    ],
    "enthusiasm": [
        "gumdrops, {}", "{}, splendid!", "whoopee, {}", "{}, jubbly!", "hooray, {}",
        "marvellous, {}", "{}, hip hip!",
    ],
    "stutter": [
        "{s}{s}{s}{p}", "{u}{u} {p}", "{u}.. {p}", "{s}{u} {p}", "{s}{s} {u} {p}",
    ],
    "code-switching": [
        "ndiyo, {}", "allez, {}", "vamos, {}", "haide, {}", "{}, onegai", "{}, habibi",
        "achha, {}", "{}, tafadhali", "dale, {}", "{}, prego",
    ],
    "out of breath": [
        "phew, {}", "{}, puff, puff", "huff, huff, {}", "{}, whew, those stairs",
        "gasp, {}", "oof, just got in, {}", "{}, pant pant",
    ],
    "mouth full": [
        "mmf, {}", "{}, mmf", "mid mouthful, {}", "{}, gobful", "mmph, chewing, {}",
        "{}, nom nom", "{}, excuse the crunching",
    ],
    "wake word twice": [
        "tallulah, tallulah, {}", "percy, percy, {}", "gertie... gertie, {}",
        "otis, otis, {}", "winnie, winnie, {}", "barnaby, barnaby, {}",
        "clementine, clementine, {}",
    ],
    "apology for shouting": [
        "apologies for bellowing, {}", "excuse the shouting, {}", "forgive my yelling, {}",
        "didn't intend to holler, {}", "i'm shouting, aren't i, {}",
    ],
    "count of items": [
        "just the one: {}", "one job: {}", "a single errand: {}", "one task, {}",
        "only one for now, {}", "the one errand, {}",
    ],
    "showing someone": [
        "watch this: {}", "observe, {}", "check this out, {}", "see how smart it is, {}",
        "tadaaa, {}", "behold, {}", "gran, watch this, {}",
    ],
    "whispered": [
        "psst, {}", "pssst... {}", "shhhh, {}", "{}, don't disturb anyone",
        "psst, it's gone midnight, {}",
    ],
    "testing the assistant": [
        "testing, testing, {}", "let's see if you can {}", "are you listening? {}",
        "is this on? {}", "test run, {}", "trial run, {}", "mic check, {}",
    ],
    "mixed": [
        "tallulah, {}, snap to it", "phew, flower, {}", "psst, percy, {}",
        "ahem, {} straightaway", "apologies for bellowing, gertie, {}",
        "watch this: otis, {}", "mmf, {}, got it?", "good grief, sausage, {}",
        "just the one: {}, ticked", "{}, i've lost my specs, lambkin",
    ],
}
"""In-scope wrappers by kind; ``{p}`` the phrase, ``{P}`` the phrase stressed (in
capitals), ``{T}`` in title case and ``{C}`` with a capital first letter (as a phone's
dictation writes them), ``{h}`` its first words (a restart: only around phrases of two
words or more), ``{s}`` its first letter stuttered ("b-") and ``{u}`` its first
sounds broken off ("bil-"); ``{}`` the phrase."""

REASON_CLASHES: dict[str, set[str]] = {
    "the baby's asleep at last": {"party", "loud", "concert", "wake", "emergency", "bingo",
                                  "swarm", "swarming", "extractor", "spin", "morning"},
    "i've lost my specs": {"glasses", "find", "where's", "where"},
    "off to the chemist": {"home", "welcome", "sleep", "bedtime", "bed", "tablets", "pill",
                           "medipod", "emergency"},
    "off to the garden centre": {"home", "welcome", "sleep", "bed", "greenhouse", "orchard",
                                 "water", "sprinklers", "emergency"},
    "at the post office": {"home", "welcome", "sleep", "bed", "emergency"},
    "off to the beach": {"home", "welcome", "sleep", "bed", "emergency", "work", "office",
                         "farm", "consult", "call"},
    "off to choir": {"home", "welcome", "sleep", "bed", "songs", "praise", "emergency"},
    "off to bingo club": {"home", "welcome", "sleep", "bed", "emergency"},
    "staying in tonight": {"leaving", "goodbye", "away", "vacation", "holiday", "walk",
                           "farm", "market", "stall", "out"},
    "a cuppa for me": {"leaving", "goodbye", "walk", "market", "stall", "farm", "emergency",
                       "coffee", "tea", "white", "kettle", "trolley"},
    "don't disturb anyone": {"wake", "morning", "party", "loud", "concert", "emergency",
                          "swarm", "alarm"},
    "gone midnight": {"morning", "breakfast", "wake", "lunch", "today", "dawn"},
}
"""Reasons and plans that would contradict a phrase with one of these words ("good
morning, the baby's asleep at last"): never said around it, so the request stays the
phrase's."""

OOS_WRAPPERS = [
    "flower, {}", "{}, kitten", "while i remember, {}", "at any rate, {}", "{} straightaway",
    "{}, at a lick", "{}, if at all convenient", "{}, me babber", "alreet, {}", "ahem, {}",
    "{}, mmmph", "{}, got it?", "tallulah, {}", "{}, percy", "good grief, {}",
    "heavens above, {}", "{}, i'm off to the chemist", "we're off to the beach, {}",
    "{} hashtag", "{} at sign", "phew, {}", "mmf, {}", "otis, otis, {}",
    "apologies for bellowing, {}", "watch this: {}", "psst, {}", "testing, testing, {}",
    "i'd say {}", "one job: {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, blossom", "percy, {}", "{}, got it?", "ahem, {}", "good grief, {}",
    "{} straightaway", "{}, me babber", "{} hashtag", "while i remember, {}", "i'd say {}",
    "nana asks can you {}", "whoopee, {}", "{}, ticked", "psst, {}", "gasp, {}",
    "watch this: {}",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("phew, hang on"),
struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {*VOCATIVES, *DEVICE_NAMES, "ahem", "mmf", "mmph", "mmmph", "psst",
                 "pssst", "shhhh", "phew", "whew", "oof", "gasp", "puff", "huff", "ehhhh",
                 "ermmm", "errrrm", "uuuh", "eeeh", "hmmmmm", "whoopee", "hooray", "diddums",
                 "capeesh", "behold", "awww", "tadaaa", "gumdrops", "jubbly"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

TWELFTH_SOUND_ALIKE = [
    ("carer", "career"), ("carer", "karen"), ("joyce", "choice"), ("joyce", "joy's"),
    ("tablets", "tablet"), ("pill", "peel"), ("maureen", "marine"), ("maureen", "moreen"),
    ("callum", "column"), ("wireless", "wire less"), ("praise", "prays"),
    ("writing", "riding"), ("trolley", "trolly"), ("lunch", "launch"),
    ("hairdresser", "hair dresser"), ("warmer", "warmth"), ("crack", "crag"),
    ("curtains", "certains"), ("bingo", "bingle"), ("lounge", "lunge"),
    ("crossword", "cross word"), ("clues", "clothes"), ("frame", "flame"),
    ("teeth", "tea"), ("chattabox", "chatterbox"), ("medipod", "medi pod"),
    ("slippers", "slipper's"), ("kennel", "kernel"), ("heaters", "heater's"),
    ("autoclave", "auto clave"), ("vaccine", "vaccines"), ("fridge", "fridges"),
    ("kofi", "coffee"), ("kofi", "cofi"), ("ines", "inez"), ("noodle's", "noodles"),
    ("smudge", "smudged"), ("smudge's", "smudges"), ("dispensary", "dispensery"),
    ("rota", "rotor"), ("consult", "consul"), ("theatre", "theater"),
    ("scrubs", "scrub's"), ("clinic", "clinics"), ("dawn", "don"), ("ward", "word"),
    ("petlog", "pet log"), ("drippa", "dripper"), ("locum", "low come"),
    ("hives", "heaves"), ("hive", "five"), ("smoker", "smoke her"),
    ("extractor", "extractors"), ("honey", "hunny"), ("jars", "jaws"),
    ("swarm", "swam"), ("swarming", "storming"), ("wax", "whacks"), ("mead", "meed"),
    ("orchard", "orchid"), ("greenhouse", "green house"), ("hens", "hands"),
    ("eggs", "legs"), ("rhiannon", "rihanna"), ("idris", "eye dris"),
    ("mungo", "mango"), ("mungo's", "mangoes"), ("varroa", "vera"), ("pollen", "pollan"),
    ("hivemind", "hive mind"), ("buzzbox", "buzz box"), ("stoke", "stoat"),
    ("queen", "clean"),
]
"""The twelfth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("tea trolley", "teatrolley"), ("walking frame", "walkingframe"),
         ("reading lamp", "readinglamp"), ("bathroom lamp", "bathroomlamp"),
         ("bed warmer", "bedwarmer"), ("night door", "nightdoor"),
         ("vaccine fridge", "vaccinefridge"), ("flat white", "flatwhite"),
         ("farm call", "farmcall"), ("recovery ward", "recoveryward"),
         ("bee suit", "beesuit"), ("honey warmer", "honeywarmer"),
         ("farmers market", "farmersmarket"), ("on call", "oncall")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"theatre": "theater", "hairdresser": "hairdreser", "autoclave": "autoclav",
             "dispensary": "dispensory", "varroa": "varoa", "crossword": "crosword",
             "extractor": "extracter", "rhiannon": "rhianon"}
"""Spellings a phone's recogniser writes (American, or near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "spell {w} for me", "what's the german for {w}", "how heavy is an average {w}",
        "find a recipe with {w} in it", "order a new {w} online", "what's a synonym for {w}",
        "set a timer called {p}", "make a shopping note about the {w}",
        "read me a poem about {p}", "is {w} a scrabble word", "when was the {w} invented",
        "what's the plural of {w}", "search the web for {w}",
    ],
    "routine command": [
        "edit {p}", "what steps are in {p}", "remove the routine called {p}",
        "make {p} happen every weekday", "when did i set up {p}", "copy {p}",
        "turn {p} into two routines", "teach {p} to the kitchen speaker",
        "forget {p} for good", "how many steps does {p} have", "pause the routine {p}",
    ],
    "word order": [
        "{b} before {a}", "{b} or {a}", "{b} with no {a}", "{b} but not {a}",
        "{b} over {a}", "{b} rather than {a}",
    ],
    "negation": [
        "do not {p}", "we don't want {p}", "never {p} again", "no more {p} tonight",
        "leave {p} for now", "i'd rather not {p}", "not {p} today", "don't bother with {p}",
        "forget about {p} this evening",
    ],
    "cancellation": [
        "undo {p}", "stop {p}", "turn off {p}", "call a halt to {p}", "end {p}",
        "put a stop to {p}", "{p}, cancel that", "take back {p}", "halt {p}",
    ],
    "state question": [
        "is {p} on", "did {p} happen", "has {p} been done", "is {p} over",
        "how long has {p} been going", "what time did {p} start", "was {p} ever done",
        "who did {p} last", "is {p} already happening",
    ],
    "past or story": [
        "last christmas {p} went haywire", "{p} gave me a fright yesterday",
        "my husband used to do {p} every night", "when we moved in {p} never worked",
        "the {w} packed up in march", "years ago {p} meant something else",
        "the old owners did {p} at six", "{p} caused a row last week",
        "back in the eighties {p} was unheard of",
    ],
    "someone else's words": [
        "the leaflet says {p}", "the vicar said {p} in his sermon",
        "there's a song lyric that goes {p}", "the label reads {p}",
        "on the radio they said {p}", "the notice on the board says {p}",
        "my late husband always said {p}", "the advert goes {p}",
        "the instructions read {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "how far away is the nearest {}", "what's a good {} to buy", "history of the {}",
    "{} in french", "who sells a {}", "how big is a {}", "a riddle about a {}",
    "facts about the {}", "is a {} expensive", "{} spelt backwards",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "any")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

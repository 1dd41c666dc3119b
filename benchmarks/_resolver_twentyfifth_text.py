"""The words of the twenty-fifth held-out resolver set
(benchmarks/_resolver_twentyfifth.py builds its homes from them). Written blind in one
session of issue 14, while other engineers tuned the resolver; tuning must not open
this file.

Three homes of kinds the other sets lack, one per seed: a glassblower's studio house,
where Neil blows glass with his wife Tracey, their daughter Hollie, their son Connor, a
whippet Suki and Lindsay who sells his work in her gallery (seed 250); a theatre stage
manager's flat near the playhouse, where Gemma runs the shows, with her partner Carl,
their children Katie and Dominic, a rabbit Parsnip and Alan who directs (251); and an
alpaca farmer's hill croft, where Iain keeps alpacas, with his wife Clare, their
children Abbie and Lewis, an alpaca Hamish and Stacey who comes to shear (252). Each
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
siblings in ``UNTAUGHT`` ("gallery opening at eight" beside "gallery opening at seven",
"annealer off" beside "annealer on"), are never taught there. Phrases come in every
shape: one word ("cooldown", "beginners", "ceilidh"), nested ("extractor on" inside
"studio extractor on", "byre lights on" inside "fleece byre lights on"), names of people
and pets ("message tracey and hollie", "shut hamish's paddock"), numbers and times
("matinee at two", "shearing at nine"), places ("studio extractor on", "terrace fairy
lights on"), verbs first ("weigh the fleeces") and nouns first ("pellets for the
alpacas"), questions ("is the gas bottle low", "when's the next ferry"), and a chore of
several clauses ("i'm firing up so ring lindsay and extractor on and lay out the
blowpipes").

``NAME_SPELLINGS``: how a recogniser writes a taught name with the very same sounds
("neal" for "neil", "claire" for "clare", "ian" for "iain"): the same person, so "ring
neal" is in scope.

Its in-scope wrappers are everyday household speech of the speaker's own that does not
bear on the request, in ten kinds no earlier set has: a recipe step read aloud first
("whisk until stiff peaks appear. X"), an answer shouted at a quiz on the television after
("X, it's kilimanjaro, you plonker"), a newspaper headline read aloud first ("headline:
pensioner swims the solent, riveting. X"), a sum worked out aloud first ("so thirty plus
fifty is eighty. X"), asking a child about their schoolwork after ("X, have you learnt
your spellings, wilfred?"), a text message read aloud first ("marjorie's texted, held up
at the dentist. X"), a horoscope read aloud after ("X, aries: a windfall awaits, it
says"), a line of an old song sung after ("X, my bonnie lies over the ocean"), a
crossword clue solved aloud first ("thirteen across, wading bird, avocet. X"), and the
phrase in the middle, between a recipe step and a line of an old song ("knead it till
springy and smooth. X and what shall we do with the drunken sailor"). Some are joined
with "and" or "so". No word of a clause but its function words is a word of this set's
pools or the generic pool, and its distinctive words are no earlier set's wrappers'.
Its new out-of-scope kinds are speech with a phrase in it that asks nothing of the
assistant, or asks something else: asking how it is spelt, asking for it in another
language, a title with it in, a joke made about it, asking the assistant whether it
enjoys it, asking for a rhyme for it, a password that says it, and a new year's
resolution.
"""

from __future__ import annotations

import re

import _resolver_set_words as shared

HOMES: dict[int, str] = {250: "glassblower's studio house",
                         251: "theatre stage manager's flat near the playhouse",
                         252: "alpaca farmer's hill croft"}

TWENTYFIFTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "glassblower's studio house": {
        "Suki": ["feed suki", "biscuits for the whippet"],
        "Suki pad": ["suki's heat pad on"],
        "Neil": ["ring neil", "call the glassblower"],
        "Tracey": ["message tracey"],
        "Tracey and Hollie": ["message tracey and hollie"],
        "Hollie": ["tell hollie her lift is outside"],
        "Lindsay": ["text lindsay about the gallery order"],
        "Lindsay ring": ["ring lindsay"],
        "Furnace": ["furnace to working heat"],
        "Annealer": ["annealer on"],
        "Extractor": ["extractor on"],
        "Studio extractor": ["studio extractor on"],
        "Gas": ["is the gas bottle low"],
        "Furnace hot": ["how hot is the furnace"],
        "Sand": ["has the sand delivery arrived"],
        "Gallery": ["gallery opening at seven"],
        "Swimming": ["connor's swimming at four"],
        "Blowpipes": ["lay out the blowpipes"],
        "Cullet": ["order more cullet"],
        "Vases": ["photograph the new vases"],
        "Marver": ["polish the marver"],
        "Cooldown": ["cooldown"],
        "Paperweights": ["count the paperweights"],
        "Goggles": ["where are my goggles"],
        "Workshop": ["lock the workshop"],
        "Commission": ["invoice the hotel commission"],
        # long
        "Firing up": ["i'm firing up so ring lindsay and extractor on and lay out the "
                      "blowpipes"],
    },
    "theatre stage manager's flat near the playhouse": {
        "Parsnip": ["feed parsnip", "carrots for the rabbit"],
        "Parsnip hutch": ["cover parsnip's hutch"],
        "Gemma": ["ring gemma", "call the stage manager"],
        "Carl": ["message carl"],
        "Carl and Katie": ["message carl and katie"],
        "Katie": ["tell katie the curtain's up"],
        "Alan": ["text alan about the rehearsal"],
        "Alan ring": ["ring alan"],
        "Beginners": ["beginners"],
        "Script lamp": ["script lamp on"],
        "Desk script lamp": ["desk script lamp on"],
        "Fairy lights": ["terrace fairy lights on"],
        "Taxi": ["is the taxi booked"],
        "Notes": ["when are notes tomorrow"],
        "Matinee": ["matinee at two"],
        "Drama": ["dominic's drama club at six"],
        "Headset": ["charge my headset"],
        "Glow tape": ["order more glow tape"],
        "Fly floor": ["who's on the fly floor tonight"],
        "Blacks": ["wash the show blacks"],
        "Running order": ["print the running order"],
        "Costumes": ["press the costumes"],
        "Dimmer": ["lounge dimmer down"],
        "Interval": ["interval reminder"],
        "Prompt book": ["where's the prompt book"],
        "Dehumidifier": ["costume dehumidifier on"],
        # long
        "Off to the theatre": ["i'm off to the theatre so feed parsnip and ring alan and "
                               "costume dehumidifier on"],
    },
    "alpaca farmer's hill croft": {
        "Hamish": ["feed hamish", "pellets for the alpacas"],
        "Hamish paddock": ["shut hamish's paddock"],
        "Iain": ["ring iain", "call the crofter"],
        "Clare": ["message clare"],
        "Clare and Lewis": ["message clare and lewis"],
        "Abbie": ["tell abbie the ferry's in"],
        "Stacey": ["text stacey about the shearing"],
        "Stacey ring": ["ring stacey"],
        "Byre lights": ["byre lights on"],
        "Fleece byre lights": ["fleece byre lights on"],
        "Trough": ["is the trough frozen"],
        "Gale": ["is it blowing a gale"],
        "Ferry": ["when's the next ferry"],
        "Ceilidh": ["ceilidh"],
        "Peat stove": ["peat stove on"],
        "Generator": ["generator on"],
        "Shearing": ["shearing at nine"],
        "Shinty": ["lewis's shinty at ten"],
        "Yarn shop": ["open the yarn shop"],
        "Fleeces": ["weigh the fleeces"],
        "Halters": ["hang up the halters"],
        "Dung": ["clear the dung pile"],
        "Hill gate": ["open the hill gate"],
        "Spinning wheel": ["spinning wheel lamp on"],
        "Yarn orders": ["how many yarn orders came in"],
        "Hay": ["order more hay"],
        # long
        "Away up the hill": ["i'm away up the hill so feed hamish and ring stacey and open "
                             "the hill gate"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (another number or thing,
    # off for on, close for open)
    "glassblower's studio house": {
        "Gallery eight": ["gallery opening at eight"],
        "Swimming five": ["connor's swimming at five"], "Annealer off": ["annealer off"],
        "Extractor off": ["extractor off"], "Studio extractor off": ["studio extractor off"],
        "Unlock workshop": ["unlock the workshop"],
        "Lindsay invoice": ["text lindsay about the gallery invoice"],
        "Suki pad off": ["suki's heat pad off"], "Clear blowpipes": ["clear away the blowpipes"],
        "Colour rods": ["order more colour rods"], "Bowls": ["photograph the new bowls"],
        "Marbles": ["count the marbles"],
    },
    "theatre stage manager's flat near the playhouse": {
        "Matinee three": ["matinee at three"],
        "Drama seven": ["dominic's drama club at seven"], "Lamp off": ["script lamp off"],
        "Desk lamp off": ["desk script lamp off"],
        "Fairy lights off": ["terrace fairy lights off"],
        "Uncover hutch": ["uncover parsnip's hutch"],
        "Alan lighting": ["text alan about the lighting"], "Dimmer up": ["lounge dimmer up"],
        "Dehumidifier off": ["costume dehumidifier off"], "Cue sheet": ["print the cue sheet"],
        "Gaffer tape": ["order more gaffer tape"], "Torch": ["charge my torch"],
    },
    "alpaca farmer's hill croft": {
        "Shearing eleven": ["shearing at eleven"], "Shinty seven": ["lewis's shinty at seven"],
        "Byre off": ["byre lights off"], "Fleece byre off": ["fleece byre lights off"],
        "Stove off": ["peat stove off"], "Generator off": ["generator off"],
        "Close yarn shop": ["close the yarn shop"], "Open paddock": ["open hamish's paddock"],
        "Stacey fleeces": ["text stacey about the fleeces"],
        "Close hill gate": ["close the hill gate"], "Weigh hay": ["weigh the hay"],
        "Wheel off": ["spinning wheel lamp off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    *shared.GENERIC_SAME_REQUEST,
    # the glassblower's studio house
    {"i'm firing up so ring lindsay and extractor on and lay out the blowpipes",
     "ring lindsay", "extractor on", "lay out the blowpipes"},
    {"feed suki", "biscuits for the whippet", "feed the whippet"},
    # the stage manager's flat
    {"i'm off to the theatre so feed parsnip and ring alan and costume dehumidifier on",
     "i'm leaving", "goodbye house", "feed parsnip", "ring alan", "costume dehumidifier on"},
    {"feed parsnip", "carrots for the rabbit", "feed the rabbit"},
    # the hill croft
    {"i'm away up the hill so feed hamish and ring stacey and open the hill gate",
     "i'm leaving", "goodbye house", "feed hamish", "ring stacey", "open the hill gate"},
    {"feed hamish", "pellets for the alpacas", "feed the alpacas"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("cool breeze" when "fan on" is taught; "feed the
rabbit" where the rabbit is Parsnip). The phrases of one routine ask for the same thing
too (the labels add them)."""

SYNONYMS: dict[str, str] = {**shared.SYNONYMS, "2": "two", "3": "three"}
"""Words that say the same thing (both sides are mapped before labels are compared): the
sets' shared ones, and the digits of this set's "two" and "three"."""

NAMES = {"suki", "suki's", "neil", "tracey", "hollie", "connor", "connor's", "lindsay",
         "parsnip", "parsnip's", "gemma", "carl", "katie", "dominic", "dominic's", "alan",
         "hamish", "hamish's", "iain", "clare", "abbie", "lewis", "lewis's", "stacey"}
NUMBERS: dict[str, tuple[str, ...]] = {"two": ("2",), "three": ("3",), **shared.NUMBERS}
"""Number words and digits a noisy case must keep (in either form): this set's "two" and
"three", then the sets' shared ones."""

NAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "suki": ("sukie", "sookie"), "suki's": ("sukie's",), "neil": ("neal",),
    "tracey": ("tracy",), "hollie": ("holly",), "connor": ("conor",),
    "connor's": ("conor's",), "lindsay": ("lindsey", "lyndsey"), "gemma": ("jemma",),
    "carl": ("karl",), "katie": ("katy", "katey"), "dominic": ("dominick",),
    "dominic's": ("dominick's",), "alan": ("allan", "allen"), "iain": ("ian",),
    "clare": ("claire", "clair"), "abbie": ("abby", "abbey"), "lewis": ("louis",),
    "lewis's": ("louis's",),
    "stacey": ("stacy", "stacie"),
}
"""How a recogniser writes a taught name with the very same sounds (the same person: in
scope). Only homophones: never a name that sounds otherwise."""

SWAPS: dict[str, tuple[str, ...]] = {
    # numbers and times
    "six": ("half six",), "seven": ("half seven",), "four": ("quarter past four",),
    "two": ("half two",), "nine": ("noon",), "ten": ("quarter to ten",), "tonight": ("on friday",),
    "tomorrow": ("on sunday",),
    # things and places
    "whippet": ("lurcher",), "biscuits": ("sausages",), "heat": ("blanket",),
    "pad": ("mat",), "glassblower": ("potter",), "lift": ("taxi",), "outside": ("late",),
    "gallery": ("framing",), "order": ("refund",), "furnace": ("boiler",),
    "working": ("idle",), "annealer": ("toaster",), "extractor": ("hoover",),
    "studio": ("attic",), "gas": ("oil",), "bottle": ("tank",), "low": ("empty",),
    "hot": ("loud",), "sand": ("gravel",), "delivery": ("invoice",), "opening": ("closing",),
    "swimming": ("karate",), "blowpipes": ("brushes",), "cullet": ("bubble wrap",),
    "vases": ("jugs",), "marver": ("worktop",), "cooldown": ("warmup",),
    "paperweights": ("coasters",), "goggles": ("slippers",), "workshop": ("shed",),
    "hotel": ("cafe",), "commission": ("deposit",), "photograph": ("wrap",),
    "polish": ("scrub",), "count": ("sort",),
    "rabbit": ("guinea pig",), "carrots": ("apples",), "hutch": ("crate",),
    "stage": ("bank",), "curtain's": ("kettle's",), "rehearsal": ("invoice",),
    "beginners": ("encores",), "script": ("reading",), "desk": ("bedside",),
    "terrace": ("porch",), "fairy": ("party",), "taxi": ("table",), "booked": ("paid",),
    "notes": ("drinks",), "matinee": ("puppet show",), "drama": ("chess",),
    "club": ("camp",), "headset": ("laptop",), "glow": ("duct",), "tape": ("paint",),
    "fly": ("sound",), "floor": ("desk",), "blacks": ("towels",), "running": ("seating",),
    "costumes": ("curtains",), "lounge": ("landing",), "dimmer": ("heater",),
    "interval": ("medicine",), "prompt": ("address",), "dehumidifier": ("air purifier",),
    "costume": ("cellar",),
    "pellets": ("apples",), "alpacas": ("goats",), "paddock": ("stable",),
    "crofter": ("shepherd",), "ferry's": ("bus's",), "shearing": ("plumbing",),
    "byre": ("porch",), "fleece": ("tack",), "trough": ("pond",), "frozen": ("leaking",),
    "gale": ("storm",), "ferry": ("train",), "ceilidh": ("barn dance",),
    "peat": ("wood",), "stove": ("burner",), "generator": ("dishwasher",),
    "shinty": ("hockey",), "yarn": ("gift",), "shop": ("stall",), "fleeces": ("lambs",),
    "halters": ("lanterns",), "dung": ("compost",), "pile": ("bin",), "hill": ("farm",),
    "spinning": ("sewing",), "wheel": ("machine",), "orders": ("parcels",),
    "hay": ("straw",),
    # the generic pool's
    "dog": ("pony",), "cat": ("hamster",), "garage": ("greenhouse",),
    "sauna": ("jacuzzi",), "coffee": ("chai",), "kettle": ("rice cooker",),
    "movie": ("cartoon",), "barbecue": ("bonfire",), "birthday": ("retirement",),
    "vacuum": ("mop",), "christmas": ("halloween",), "yoga": ("tai chi",),
    "hallway": ("cellar",), "fireplace": ("wood burner",), "porch": ("balcony",),
    "office": ("workroom",), "sunset": ("sunrise",), "bedside": ("dressing table",),
    "laundry": ("mending",), "baby": ("toddler",), "homework": ("violin",),
    "washing": ("sewing",), "bedroom": ("loft",), "podcast": ("audiobook",),
    "story": ("lullaby",), "bath": ("paddling",), "pool": ("pond",), "spa": ("facial",),
    "study": ("craft",), "focus": ("disco",), "relax": ("stretch",),
    "vacation": ("caravan",), "news": ("weather",), "guests": ("builders",),
    "alarm": ("intercom",), "quiet": ("party",), "read": ("knit",),
    "reading": ("knitting",), "morning": ("afternoon",), "evening": ("weekend",),
    "bedtime": ("teatime",),
}
"""A word of a taught phrase and what a near-sibling request says in its place
("matinee at half two" for "matinee at two", "feed the pony"): never taught, so such a
request is a different one. Names are never swapped."""

# The clauses said beside a taught phrase, by kind (each said whole, as written).
_RECIPE = [
    "whisk until stiff peaks appear", "grease a loaf tin with butter",
    "fold in the sultanas with a metal spoon",
    "simmer for twenty minutes with the lid ajar", "knead it till springy and smooth",
    "sieve in the cocoa and a pinch of salt", "season generously with cracked pepper",
    "brush it with milk and bake till golden",
]
_SONG_LINES = [
    "row, row, row your boat", "it's a long way to tipperary",
    "what shall we do with the drunken sailor", "my bonnie lies over the ocean",
    "molly malone, cockles and mussels", "we'll meet again, don't know where",
    "oh i do like to be beside the seaside", "oranges and lemons, say the bells of st clement's",
]

# The in-scope wrappers: each a clause of the speaker's own, said beside the phrase,
# about nothing any routine of any pool does (tests/test_resolver_blind_sets.py checks
# no word of a clause is a word of a pool phrase).
WRAPPERS: dict[str, list[str]] = {
    "a recipe step read aloud, said first": [
        "whisk until stiff peaks appear. {}", "grease a loaf tin with butter. {}",
        "fold in the sultanas with a metal spoon. {}",
        "simmer for twenty minutes with the lid ajar. {}",
        "knead it till springy and smooth. {}", "sieve in the cocoa and a pinch of salt. {}",
        "season generously with cracked pepper. {}", "brush it with milk and bake till golden. {}",
    ],
    "an answer shouted at a quiz on the television, said after": [
        "{}, it's kilimanjaro, you plonker", "{}, napoleon, obviously, napoleon",
        "{}, the answer's photosynthesis, duh", "{} and it's the danube, you nitwit",
        "{}, ulaanbaatar, everybody knows that", "{}, henry the eighth, surely",
        "{}, pythagoras, easy peasy", "{}, it's mercury, not venus, dimwit",
    ],
    "a newspaper headline read aloud, said first": [
        "headline: pensioner swims the solent, riveting. {}",
        "mystery of the vanishing gnomes deepens, honestly. {}",
        "mayor unveils bench, stop the presses. {}",
        "ferret derby draws bumper turnout, gripping stuff. {}",
        "parish squabbles over pothole, what a scoop. {}",
        "deacon's tandem stolen again, dear me. {}",
        "prize leek scoops rosette, sensational. {}",
        "it says villagers outraged over bypass plans. {}",
    ],
    "a sum worked out aloud, said first": [
        "so thirty plus fifty is eighty. {}", "ninety minus seventy, twenty. {}",
        "fifty percent of forty is twenty. {}", "a dozen dozen, that's a gross. {}",
        "fourteen plus sixteen equals thirty. {}", "sixty less forty is twenty. {}",
        "seventeen and thirteen, that's thirty. {}",
        "ninety plus ninety, a hundred and eighty. {}",
    ],
    "asking a child about their schoolwork, said after": [
        "{}, have you learnt your spellings, wilfred?",
        "{}, persephone, how's that essay going?",
        "{}, have you tackled your fractions, ambrose?",
        "{} and, leopold, where's your science project?",
        "{}, winifred, which report is outstanding?",
        "{}, have you revised for the mocks, ezekiel?",
        "{}, percival, is that worksheet signed?",
        "{} so, mildred, what's your project about?",
    ],
    "a text message read aloud, said first": [
        "marjorie's texted, held up at the dentist. {}",
        "bev writes, parcel's turned up, cheers. {}",
        "from petunia: fancy elevenses saturday? {}",
        "octavia says congrats on the promotion. {}",
        "cornelius says the match was abandoned. {}",
        "hermione pinged: train's axed, hmm. {}",
        "araminta's replied, see you at the christening. {}",
        "thaddeus writes, aced my maths paper, woo. {}",
    ],
    "a horoscope read aloud, said after": [
        "{}, aries: a windfall awaits, it says", "{}, libra, romance on the horizon, fancy that",
        "{} and, scorpio, avoid hasty decisions",
        "{}, gemini: finances improve, allegedly",
        "{}, aquarius, an acquaintance reappears",
        "{}, capricorn: trust your instincts, my stars say", "{}, taurus, expect a parcel",
        "{}, pisces: perseverance pays dividends",
    ],
    "a line of an old song sung, said after": [
        "{}, row, row, row your boat", "{}, it's a long way to tipperary",
        "{} and what shall we do with the drunken sailor", "{}, my bonnie lies over the ocean",
        "{}, molly malone, cockles and mussels", "{}, we'll meet again, don't know where",
        "{} so, oh i do like to be beside the seaside",
        "{}, oranges and lemons, say the bells of st clement's",
    ],
    "a crossword clue solved aloud, said first": [
        "thirteen across, wading bird, avocet. {}", "flightless bird, ostrich, that fits. {}",
        "a soft cheese, brie, got it. {}", "anagram of stale, least, yes. {}",
        "long-legged wader, heron, fits. {}",
        "seventeen across, roman deity of the sea, neptune. {}",
        "nineteen across, a woodwind instrument, oboe. {}",
        "fourteen across, arthurian sorcerer, merlin. {}",
    ],
    "between a recipe step and a line of an old song": [
        "whisk until stiff peaks appear. {}, row, row, row your boat",
        "fold in the sultanas with a metal spoon. {}, it's a long way to tipperary",
        "knead it till springy and smooth. {} and what shall we do with the drunken sailor",
        "simmer for twenty minutes with the lid ajar. {}, my bonnie lies over the ocean",
        "season generously with cracked pepper. {}, molly malone, cockles and mussels",
        "sieve in the cocoa and a pinch of salt. {}, we'll meet again, don't know where",
        "grease a loaf tin with butter. {} so, oh i do like to be beside the seaside",
        "brush it with milk and bake till golden. {}, oranges and lemons, say the bells of "
        "st clement's",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_ASKED = {w for routines in TWENTYFIFTH_ROUTINES.values() for ps in routines.values()
          for p in ps if re.match(r"(what's|is|how|when|when's|where's|where|who's|has) ", p)
          for w in p.split()[1:]} - {"the", "a", "much", "in", "my", "on", "it", "is", "are",
                                     "many"}
"""The words of the pools' questions but their question words ("furnace", "taxi",
"ferry"): an answer shouted at a quiz, or a sum, is never said beside a question, and the
question words themselves are the clauses' own, so the content words mark it."""
_EATING = {"dinner", "lunch", "breakfast", "coffee", "tea", "barbecue", "cooking", "kitchen",
           "feed", "biscuits", "carrots", "pellets", "hay", "cat", "dog", "whippet", "rabbit",
           "alpacas", "kettle", "boil", "candle", "romantic", "stove", "peat"}
_SCREEN = {"tv", "television", "watch", "movie", "news", "radio", "podcast", "game",
           "gaming", "night", "cozy", "evening", "relax", "chill", "interval", "beginners",
           "notes", "matinee", "show", "drama"}
_SCHOOL = {"homework", "study", "focus", "school", "quiet", "read", "reading", "kids",
           "wake", "club", "drama", "swimming", "shinty", "katie", "dominic", "dominic's",
           "connor", "connor's", "hollie", "abbie", "lewis", "lewis's"}
_MESSAGE = {"ring", "phone", "call", "message", "text", "tell", "glassblower", "crofter",
            "manager", "taxi", "booked", "delivery", "arrived", "ferry", "ferry's",
            "leaving", "goodbye", "away", "vacation", "home", "welcome", "coming", "guests",
            "company", "lift", "outside", "off", "theatre", "hill", "firing", "shinty",
            "swimming", "drama", "club", "matinee", "gallery", "opening", "shearing",
            "ceilidh", "rehearsal", "notes", "curtain's"}
_SAID_TO = {"message", "text", "tell"}
"""A request that sends words to someone: a clause said after it could be heard as
those words, so an answer, a horoscope or a song is never said after it."""
_COUNTED = {"count", "paperweights", "invoice", "commission", "weigh", "fleeces", "order",
            "orders"}
"""Requests about figures, which a sum said before them could be working out."""
_MUSIC = {"baby", "sleeping", "sleep", "quiet", "nap", "bedtime",
          "music", "radio", "concert", "loud", "piano", "party", "ceilidh", "podcast",
         "sounds", "practice", "beginners", "matinee", "drama"}
_NEWS = {"news", "podcast", "radio", "morning", "tv", "television"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a recipe step bears on food and feeding)
    **{step: _EATING for step in _RECIPE},
    # (an answer shouted, or a sum, is never run on into a question of the pools, and an
    # answer at the television bears on the screen and the shows)
    **{answer: _ASKED | _SCREEN | _SAID_TO for answer in (
        "kilimanjaro", "napoleon", "photosynthesis", "danube", "ulaanbaatar",
        "henry the eighth", "pythagoras", "mercury")},
    **{total: _ASKED | _COUNTED for total in (
        "is eighty", "minus seventy", "percent of forty", "a dozen dozen",
        "equals thirty", "less forty", "seventeen and thirteen", "a hundred and eighty")},
    # (what would bear on a request with one of these words: schoolwork for homework and
    # the children's clubs, a message or its news for a call or a going, a headline for
    # the news, a song for music, a parcel for a delivery)
    **{child: _SCHOOL for child in ("wilfred", "persephone", "ambrose", "leopold",
                                     "winifred", "ezekiel", "percival", "mildred")},
    "from petunia": _MESSAGE | _EATING,
    **{sender: _MESSAGE for sender in ("marjorie's", "bev writes", "octavia",
                                       "cornelius", "hermione", "araminta's", "thaddeus")},
    **{headline: _NEWS for headline in ("pensioner", "gnomes", "mayor", "ferret", "parish",
                                        "deacon's", "leek", "villagers")},
    **{line: _MUSIC | _SAID_TO for line in _SONG_LINES},
    **{sign: _SAID_TO for sign in ("aries", "libra", "scorpio", "gemini", "aquarius",
                                   "capricorn", "taurus", "pisces")},
    "expect a parcel": {"delivery", "arrived", "sand", "order", "orders", "came",
                        *_SAID_TO},
}
"""Clauses that would bear on a phrase with one of these words ("feed suki" after "whisk
until stiff peaks form" may be her food; "ring neil" after "marjorie's texted, held up at
the dentist" may be why he is rung): never said around it, so the clause stays beside
the request and says nothing of it."""

OOS_WRAPPERS = [
    "headline: pensioner swims the solent, riveting. {}", "{}, aries: a windfall awaits, it says",
    "thirteen across, wading bird, avocet. {}", "{}, libra, romance on the horizon, fancy that",
    "mystery of the vanishing gnomes deepens, honestly. {}",
    "{} and, scorpio, avoid hasty decisions", "fourteen across, arthurian sorcerer, merlin. {}",
    "{}, capricorn: trust your instincts, my stars say",
    "mayor unveils bench, stop the presses. {}", "a soft cheese, brie, got it. {}",
    "{}, pisces: perseverance pays dividends", "deacon's tandem stolen again, dear me. {}",
]
"""Wrappers that fit around any request (a question or a negation too): the set's own
clauses, none a recipe step, an answer, a sum, a question to a child, a message or a song
that could bear on the kind."""

FRAGMENT_NEW_WRAPPERS = [
    "seventeen across, roman deity of the sea, neptune. {}", "{}, taurus, expect a parcel",
    "flightless bird, ostrich, that fits. {}", "{}, gemini: finances improve, allegedly",
    "ferret derby draws bumper turnout, gripping stuff. {}",
    "{}, aquarius, an acquaintance reappears", "prize leek scoops rosette, sensational. {}",
    "long-legged wader, heron, fits. {}",
]
"""Around a fragment, other wrappers than the out-of-scope kinds'."""

MULTI_WRAPPING = shared.wrapping_stretches(WRAPPERS, OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS)
"""What each wrapper says around its phrase, stretch by stretch ("whisk until stiff
peaks form"), struck (longest first) wherever it is said, before single words. Only
whole stretches are struck: the out-of-scope kinds' own words ("spell", "rhymes",
"password", "resolution") are never a wrapper's, so they stay."""

CLAUSE_FUNCTION = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "we",
    "till", "until", "less", "from", "like", "going",
}
"""The function words (and commonest verbs) a clause is said with: never struck as
wrapping on their own."""

WRAPPER_WORDS = {w for t in (*(t for ts in WRAPPERS.values() for t in ts),
                              *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                 for w in re.findall(r"[a-z0-9']+", t.replace("{}", " ").lower())} \
    - CLAUSE_FUNCTION
"""Single words that only wrap a request in this set (struck wherever they are): every
word of a clause but :data:`CLAUSE_FUNCTION` (tests/test_resolver_blind_sets.py checks
none is a word of a pool phrase, tests/test_resolver_twentyfifth_data.py none of an
out-of-scope template)."""

TWENTYFIFTH_SOUND_ALIKE = [
    # the names as a recogniser writes them (NAME_SPELLINGS: the same person)
    *shared.spelt_pairs(NAME_SPELLINGS),
    # real words, splits and sounds off
    ("glassblower", "glass blower"), ("annealer", "annealor"), ("extractor", "extracter"),
    ("cooldown", "cool down"), ("paperweights", "paper weights"), ("marver", "marva"),
    ("cullet", "collet"), ("blowpipes", "blow pipes"), ("goggles", "goggels"),
    ("dehumidifier", "de humidifier"), ("matinee", "matinay"), ("rehearsal", "rehersal"),
    ("headset", "head set"), ("interval", "intervul"), ("costumes", "costooms"),
    ("ceilidh", "kaylee"), ("shinty", "shintie"), ("generator", "generater"),
    ("halters", "haltas"), ("fleeces", "fleecies"), ("crofter", "crafter"),
    ("alpacas", "alpackas"),
]
"""The twenty-fifth set's own recogniser confusions (homophone spellings of names, real
words, splits, sounds off)."""

GLUED = [("heat pad", "heatpad"), ("gas bottle", "gasbottle"), ("sand delivery",
         "sanddelivery"), ("script lamp", "scriptlamp"), ("fairy lights", "fairylights"),
         ("glow tape", "glowtape"), ("fly floor", "flyfloor"), ("running order",
         "runningorder"), ("prompt book", "promptbook"), ("byre lights", "byrelights"),
         ("peat stove", "peatstove"), ("yarn shop", "yarnshop"), ("dung pile", "dungpile"),
         ("hill gate", "hillgate"), ("spinning wheel", "spinningwheel"),
         ("drama club", "dramaclub")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"annealer": "anealer", "extractor": "extracter", "dehumidifier": "dehumidifer",
             "matinee": "matinée", "rehearsal": "rehersal", "ceilidh": "ceilid",
             "generator": "generater", "paperweights": "paperwieghts"}
"""Spellings a phone's recogniser writes."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and eight
# kinds no earlier set has (``_resolver_twentyfifth.NEW_OUT_OF_SCOPE``).
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "draw a cartoon {w} for my nephew", "how much would a {w} weigh on the moon",
        "use {w} in a sentence for me", "is {w} a word in welsh too",
        "who first thought of the {w}",
        "name five famous {w} paintings", "how many points is {w} in scrabble",
        "which language gave us the word {w}",
    ],
    "routine command": [
        "wipe {p} out of your memory", "list every step {p} takes",
        "shorten the name of {p} to one word",
        "copy {p} so i can tweak it", "pause {p} till the spring", "tack a chime onto {p}",
        "who last changed {p}", "move {p} to weekends only",
    ],
    "word order": [
        "{b} long before {a}", "{b} first and {a} afterwards", "trade the {a} for a {b}",
        "a {b} but never the {a}", "which comes first, {a} or {b}", "less {a}, more {b} please",
    ],
    "negation": [
        "please never {p} again", "i really don't want you to {p}", "you needn't {p} tonight",
        "there's no need to {p} now", "absolutely do not {p}", "hold off, don't {p} yet",
    ],
    "cancellation": [
        "scrap {p} for the rest of the week", "{p} is off for tonight",
        "we can do without {p} this evening", "drop {p} from today's plan",
        "cross {p} off for now", "{p} isn't happening today, we're busy",
    ],
    "state question": [
        "is {p} happening at the moment", "has {p} gone already this morning",
        "did {p} get done, does anyone know?", "is {p} over yet or still on",
        "has somebody beaten you to {p}", "did {p} happen last night",
    ],
    "past or story": [
        "back in march we had to {p} by hand", "the night of the storm {p} failed",
        "my nan always used to {p} herself", "when we moved in {p} took ages",
        "once {p} went wrong at three in the morning", "the old owners liked to {p}",
    ],
    "someone else's words": [
        "the vicar's wife kept saying {p}", "a lad in the queue said {p}",
        "my boss signs off every email with {p}", "the neighbour's parrot says {p}",
        "a woman on the radio phone-in said {p}", "the postman shouted {p} over the fence",
    ],
    "contrast": [
        "{p} is only for the summer holidays", "we keep {p} for birthdays",
        "{p} is a weekend thing only", "{p} is just for when gran visits",
        "we only {p} in the winter months", "{p} is reserved for special occasions",
    ],
    "hypothetical": [
        "imagine if i told you to {p}", "how would you react if i said {p}",
        "suppose, just suppose, {p}", "if ever i needed to {p}",
        "picture this: {p}", "pretend for a second i wanted {p}",
    ],
    "complaint": [
        "{p} sends me doolally", "{p} never works when i need it",
        "{p} has been useless all week", "i'm sick and tired of {p} letting us down",
        "{p} is a complete waste of space", "{p} is forever messing about",
    ],
    "opinion": [
        "{p} is an absolute treat", "i'm dead chuffed with {p}", "{p} is a proper lifesaver",
        "{p} is one of the best things you do", "honestly, {p} is genius",
        "{p} is so clever",
    ],
    "reminder for later": [
        "remind me to {p} before bed", "give me a nudge to {p} at five",
        "set a reminder for {p} on thursday", "make sure i remember to {p} later",
        "add {p} to my reminders for tomorrow", "ping me about {p} after tea",
    ],
    "permission question": [
        "is my goddaughter allowed to {p}", "can my mother-in-law {p}",
        "may our lodger {p}", "is the cleaner allowed to {p}",
        "can my grandchildren {p} unsupervised", "would the neighbours be allowed to {p}",
    ],
    # the twenty-fifth's own
    "asking how it is spelt": [
        "how do you spell {p}?", "is {p} spelt with a double letter?",
        "spell {p} for me, letter by letter", "how many letters are there in {p}?",
        "what's the right spelling of {p}?", "is there a hyphen in {p}?",
    ],
    "asking for it in another language": [
        "how do you say {p} in french?", "what's {p} in german?",
        "translate {p} into spanish", "say {p} in italian for me",
        "what would {p} be in welsh?", "how would a dutch person say {p}?",
    ],
    "a title with it in": [
        "my nephew's band is called {p}", "there's a film called {p}, isn't there?",
        "she's writing a novel titled {p}", "our pub quiz team name is {p}",
        "i follow a blog called {p}", "the play at the village hall is called {p}",
    ],
    "a joke made about it": [
        "knock knock, who's there? {p}, ha", "why did the robot {p}? it had a screw loose, ha",
        "ha, {p}, that's my husband's idea of exercise", "{p}, said no teenager ever, ha",
        "here's a joke: what's a ghost's favourite chore? {p}",
        "what did the sock say to the shoe? {p}, ha ha",
    ],
    "asking the assistant whether it enjoys it": [
        "do you enjoy doing {p}?", "is {p} your favourite job?",
        "does it bore you to {p}?", "be honest, do you like having to {p}?",
        "do you ever get sick of {p}?", "what's it like for you to {p}?",
    ],
    "asking for a rhyme for it": [
        "what rhymes with {p}?", "give me a rhyme for {p}",
        "find a word that rhymes with {p}", "does anything rhyme with {p}?",
        "i need something to rhyme with {p}", "make up a rhyme about {p}",
    ],
    "a password that says it": [
        "the wifi password is {p}", "my code word for the bank is {p}",
        "our family safe word is {p}", "the password for the school app is {p}",
        "i've changed the laptop password to {p}", "the secret password for the den is {p}",
    ],
    "a new year's resolution": [
        "my new year's resolution is to {p} more often", "new year's resolution: {p} every day",
        "this year my resolution is to {p} without help", "resolution number one, {p} myself",
        "my resolution was to {p} less, it lasted a week",
        "for my resolution i'm going to {p} by myself",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} colouring sheet printable", "{} knitting pattern", "{} pub quiz question",
    "{} emoji meaning",
    "{} tattoo design", "{} board game rules", "{} ringtone download", "{} gift wrap",
    "{} phone case", "{} fridge magnet",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which", "has", "will")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

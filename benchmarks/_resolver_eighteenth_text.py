"""The words of the eighteenth held-out resolver set (benchmarks/_resolver_eighteenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a beekeeper's smallholding, with
the beekeeper Morwenna, her husband Piran, the neighbours Jago and Kensa and a sheepdog
Digory (seed 180); the wheelchair-accessible flat of Beatrice, a retired teacher who
uses her voice for everything, with her son Rupert, her carer Nkechi, her neighbour
Walter and a cat Marmite (181); and a busy family of six with twin toddlers, with the
parents Siobhan and Marek, the older children Freya and Ruben, a granny and a dog Bonzo
(182). Each teaches 22 of its own routines with the generic pool; the rest of its own
pool, and the near siblings in ``UNTAUGHT`` ("ring kieran" beside "ring piran", "open
the farm shop at ten" beside "open the farm shop at nine", "heart tablets at nine" beside
"heart tablets at eight", "feed banjo" beside "feed bonzo", "swimming lessons at six" beside
"swimming lessons at five"), are never taught there. Some taught phrases nest on purpose
("barn lights on" inside "hay barn lights on", the generic "lights on" inside both and
inside "playroom lights on", the generic "night light" inside "nursery night light on",
the generic "nap time" inside "nap time for the twins"), and several share words across
routines ("message jago" and "message jago and kensa", "feed digory" and "take digory
up the lane", "open the flat door" and "open the balcony door", "lock the stair gate"
and "lock the garden gate", "nursery camera on" and "nursery night light on").

Its wrappers are kinds of wrapping no earlier set has
(tests/test_resolver_eighteenth_data.py checks the kinds, the frames and the words),
drawn from these homes and from how people talk to a voice assistant: speaking through a
bee veil, a beekeeper's hive talk, a toddler shouting over, mid nappy change, a
teacher's classroom voice ("right, everyone, X"), a schoolmistress's "no dawdling",
moving in a wheelchair, thanks in advance, the reason after "because", "i was wondering
if you could X", "go ahead and X", "X when you get a sec" (meaning now, or nearly) and
"X, there's a good assistant". Each says the phrase exactly and nothing that could
change what it asks for.
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {180: "beekeeper's smallholding",
                         181: "retired teacher's accessible flat",
                         182: "family of six with twin toddlers"}

EIGHTEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "beekeeper's smallholding": {
        "Polytunnel": ["open the polytunnel vents"],
        "Hive scale": ["weight of hive number three"],
        "Honey warmer": ["honey bucket warmer on"],
        "Extractor": ["start the honey extractor", "spin the supers"],
        "Piran": ["ring piran", "call my husband"],
        "Jago": ["message jago"],
        "Jago and Kensa": ["message jago and kensa"],
        "Kensa": ["tell kensa the eggs are ready"],
        "Digory": ["feed digory", "digory's supper"],
        "Digory walk": ["take digory up the lane"],
        "Goat shed": ["goat shed light on"],
        "Chickens": ["let the chickens out"],
        "Henhouse": ["close the henhouse"],
        "Veg beds": ["water the veg beds"],
        "Frost alarm": ["frost alarm on"],
        "Hivecam": ["hivecam on"],
        "Apiary gate": ["apiary gate camera"],
        "Farm shop": ["open the farm shop at nine"],
        "Eggs": ["how many eggs did the hens lay"],
        "Wind": ["wind speed at the apiary"],
        "Syrup": ["order sugar syrup for saturday"],
        "Market list": ["market stall list for sunday"],
        "Trough": ["fill the water trough"],
        "Fence": ["electric fence on"],
        "Barn lights": ["barn lights on"],
        "Hay barn": ["hay barn lights on"],
        "Quad": ["plug in the quad bike"],
        "Farm gate": ["who's at the farm gate"],
        # long
        "Off to market": ["i'm off to market so close the henhouse and switch the electric "
                          "fence on and ring piran"],
    },
    "retired teacher's accessible flat": {
        "Front door": ["open the flat door"],
        "Hoist": ["hoist me into bed"],
        "Recliner": ["raise my chair"],
        "Worktop": ["lower the kitchen worktop"],
        "Lift": ["call the lift"],
        "Wheelchair": ["charge my wheelchair"],
        "Rupert": ["ring rupert", "call my son"],
        "Nkechi": ["message nkechi"],
        "Nkechi and Walter": ["message nkechi and walter"],
        "Walter": ["tell walter the parcel's here"],
        "Marmite": ["feed marmite", "marmite's breakfast"],
        "Audiobook": ["read me my audiobook"],
        "Crossword": ["today's crossword clues"],
        "Tablets": ["heart tablets at eight"],
        "Physio": ["when's my physio"],
        "Radio three": ["put radio three on"],
        "Lounge blinds": ["lower the lounge blinds"],
        "Bath lift": ["bath lift down"],
        "Wet room": ["wet room heating on"],
        "Pendant": ["is my alarm pendant charged"],
        "Taxi": ["book the accessible taxi for tuesday"],
        "Library": ["renew my library books"],
        "Grandchildren": ["video call the grandchildren"],
        "Reading lamp": ["my reading lamp on"],
        "Door entry": ["who's at the door"],
        "Choir": ["choir practice at seven"],
        "Balcony": ["open the balcony door"],
        # long
        "Turning in": ["i'm turning in so lower the lounge blinds and lock the front door "
                       "and message nkechi"],
    },
    "family of six with twin toddlers": {
        "Nursery camera": ["nursery camera on"],
        "Stair gate": ["lock the stair gate"],
        "Bottle warmer": ["switch the bottle warmer on"],
        "Lullabies": ["lullabies in the nursery"],
        "Twins nap": ["nap time for the twins"],
        "Marek": ["ring marek", "call their dad"],
        "Freya": ["message freya"],
        "Freya and Ruben": ["message freya and ruben"],
        "Granny": ["tell granny we're running late"],
        "Bonzo": ["feed bonzo", "bonzo's dinner"],
        "Bonzo walk": ["walk bonzo round the park"],
        "Uniforms": ["wash the school uniforms"],
        "Dryer": ["put the tumble dryer on"],
        "People carrier": ["warm up the people carrier"],
        "Toddler bath": ["run the toddlers a bath"],
        "Shopping list": ["add milk to the shopping list"],
        "Packed lunches": ["packed lunches for monday"],
        "Playroom": ["playroom lights on"],
        "Screen time": ["how much screen time is left"],
        "Swimming": ["swimming lessons at five"],
        "Whose turn": ["whose turn is it to empty the dishwasher"],
        "Garden gate": ["lock the garden gate"],
        "Quiet time": ["quiet time for the twins"],
        "Oven": ["oven on for fish fingers"],
        "Nursery night light": ["nursery night light on"],
        "School bags": ["where are the school bags"],
        # long
        "Off to school": ["we're off to school so lock the stair gate and put the nursery "
                          "camera on and ring marek"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "beekeeper's smallholding": {
        "Kieran": ["ring kieran"], "Iago": ["message iago"],
        "Jago and Kenna": ["message jago and kenna"], "Gregory": ["feed gregory"],
        "Shop ten": ["open the farm shop at ten"], "Hive four": ["weight of hive number four"],
        "Kenna": ["tell kenna the eggs are ready"], "Fence off": ["electric fence off"],
        "Barn off": ["barn lights off"], "Hivecam off": ["hivecam off"],
        "Honey warmer off": ["honey bucket warmer off"],
        "Close vents": ["close the polytunnel vents"],
        "Syrup friday": ["order sugar syrup for friday"], "Frost off": ["frost alarm off"],
    },
    "retired teacher's accessible flat": {
        "Robert": ["ring robert"], "Nneka": ["message nneka"],
        "Nkechi and Wendy": ["message nkechi and wendy"],
        "Warren": ["tell warren the parcel's here"], "Margot": ["feed margot"],
        "Tablets nine": ["heart tablets at nine"], "Choir eight": ["choir practice at eight"],
        "Raise worktop": ["raise the kitchen worktop"], "Lower chair": ["lower my chair"],
        "Blinds up": ["raise the lounge blinds"], "Lamp off": ["my reading lamp off"],
        "Wet room off": ["wet room heating off"], "Bath lift up": ["bath lift up"],
        "Taxi wednesday": ["book the accessible taxi for wednesday"],
    },
    "family of six with twin toddlers": {
        "Derek": ["ring derek"], "Freda": ["message freda"],
        "Freya and Rowan": ["message freya and rowan"], "Banjo": ["feed banjo"],
        "Swimming six": ["swimming lessons at six"], "Camera off": ["nursery camera off"],
        "Bottle off": ["switch the bottle warmer off"],
        "Dryer off": ["switch the tumble dryer off"],
        "Playroom off": ["playroom lights off"], "Unlock gate": ["unlock the stair gate"],
        "Lunches tuesday": ["packed lunches for tuesday"],
        "Grandad": ["tell grandad we're running late"],
        "Nursery light off": ["nursery night light off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the beekeeper's smallholding
    {"take digory up the lane", "dog walk", "walking the dog"},
    {"i'm off to market so close the henhouse and switch the electric fence on and ring "
     "piran", "i'm leaving", "goodbye house", "close the henhouse", "electric fence on",
     "ring piran", "call my husband"},
    # the retired teacher's accessible flat
    {"lower the lounge blinds", "close the blinds", "privacy please"},
    {"i'm turning in so lower the lounge blinds and lock the front door and message nkechi",
     "good night", "lower the lounge blinds", "close the blinds", "privacy please",
     "lock up", "lock all doors", "message nkechi"},
    # the family of six with twin toddlers
    {"walk bonzo round the park", "dog walk", "walking the dog"},
    {"nap time for the twins", "nap time"},
    {"run the toddlers a bath", "bath time"},
    {"we're off to school so lock the stair gate and put the nursery camera on and ring "
     "marek", "i'm leaving", "goodbye house", "lock the stair gate", "nursery camera on",
     "ring marek", "call their dad"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("close the blinds" when "lower the lounge blinds" is
taught). The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "mom": "mum", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine", "10": "ten",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"morwenna", "piran", "jago", "kensa", "digory", "digory's", "kieran", "iago",
         "kenna", "gregory", "beatrice", "rupert", "nkechi", "walter", "marmite", "marmite's",
         "robert", "nneka", "wendy", "warren", "margot", "siobhan", "marek", "freya", "ruben",
         "granny", "bonzo", "bonzo's", "derek", "freda", "rowan", "banjo", "grandad"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "three": ("3",), "four": ("4",), "five": ("5",), "six": ("6",), "seven": ("7",),
    "eight": ("8",), "nine": ("9",), "ten": ("10",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "piran": ("petroc", "pascoe"), "jago": ("jory", "jenna"), "kensa": ("kerensa", "tamsin"),
    "digory": ("scout", "shep"), "digory's": ("scout's", "shep's"),
    "rupert": ("roland", "rory"), "nkechi": ("ngozi", "chioma"), "walter": ("wilfred", "vernon"),
    "marmite": ("toffee", "treacle"), "marmite's": ("toffee's", "treacle's"),
    "marek": ("tomasz", "pawel"), "freya": ("flora", "fern"), "ruben": ("felix", "jonah"),
    "granny": ("auntie", "nana"), "bonzo": ("rolo", "buster"), "bonzo's": ("rolo's", "buster's"),
    # numbers, days and times
    "three": ("two", "five"), "nine": ("eleven", "noon"), "eight": ("six", "ten"),
    "seven": ("half six", "eight thirty"), "five": ("four", "half four"),
    "saturday": ("thursday",), "sunday": ("monday",), "tuesday": ("thursday",),
    "monday": ("friday",), "today": ("yesterday",),
    # things and places
    "polytunnel": ("greenhouse",), "vents": ("doors",), "hive": ("box",),
    "honey": ("wax",), "warmer": ("melter",), "extractor": ("press",), "supers": ("combs",),
    "husband": ("brother",), "eggs": ("plums",), "supper": ("breakfast",),
    "lane": ("hill",), "goat": ("pig",), "shed": ("pen",), "chickens": ("ducks",),
    "henhouse": ("duck house",), "veg": ("herb",), "beds": ("pots",), "frost": ("flood",),
    "hivecam": ("nestcam",), "apiary": ("orchard",), "farm": ("craft",), "wind": ("rain",),
    "sugar": ("pollen",), "syrup": ("fondant",), "market": ("show",), "stall": ("table",),
    "trough": ("butt",), "electric": ("wire",), "barn": ("stable",), "hay": ("feed",),
    "quad": ("dirt",), "front": ("back",), "hoist": ("help",), "chair": ("footrest",),
    "kitchen": ("bathroom",), "worktop": ("sink",), "lift": ("porter",),
    "wheelchair": ("scooter",), "son": ("daughter",), "parcel's": ("plumber's",),
    "breakfast": ("supper",), "audiobook": ("newspaper",), "crossword": ("sudoku",),
    "clues": ("answers",), "tablets": ("eye drops",), "physio": ("dentist",),
    "radio": ("channel",), "lounge": ("bedroom",), "bath": ("shower",), "wet": ("box",),
    "pendant": ("watch",), "accessible": ("airport",), "taxi": ("minibus",),
    "library": ("overdue",), "books": ("dvds",), "grandchildren": ("neighbours",),
    "reading": ("desk",), "choir": ("bridge",), "balcony": ("cupboard",),
    "nursery": ("attic",), "stair": ("safety",), "bottle": ("milk",),
    "lullabies": ("nursery rhymes",), "twins": ("baby",), "dad": ("uncle",),
    "late": ("early",), "dinner": ("lunch",), "park": ("block",), "school": ("football",),
    "uniforms": ("kits",), "tumble": ("clothes",), "dryer": ("airer",),
    "people": ("camper",), "carrier": ("van",), "toddlers": ("dog",), "milk": ("bread",),
    "shopping": ("todo",), "packed": ("hot",), "lunches": ("dinners",),
    "playroom": ("loft",), "screen": ("reading",), "swimming": ("ballet",),
    "dishwasher": ("bins",), "garden": ("side",), "quiet": ("tidy",), "oven": ("grill",),
    "fish": ("chicken",), "fingers": ("nuggets",), "bags": ("shoes",),
    "heart": ("iron",), "bucket": ("jar",), "hens": ("geese",), "flat": ("garage",),
    # the generic pool's
    "dog": ("pony",), "garage": ("shed",), "piano": ("violin",), "sauna": ("hot tub",),
    "coffee": ("hot chocolate",), "kettle": ("urn",), "movie": ("panto",),
    "barbecue": ("bonfire",), "birthday": ("anniversary",), "vacuum": ("mop",),
    "christmas": ("halloween",), "pool": ("pond",), "yoga": ("tai chi",),
    "living": ("dining",), "hallway": ("landing",), "fireplace": ("wood stove",),
    "podcast": ("radio show",), "porch": ("patio",), "office": ("study",),
    "storm": ("heatwave",), "sunset": ("sunrise",), "bedside": ("dressing table",),
    "laundry": ("ironing",), "homework": ("revision",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
petroc" for "ring piran", "heart tablets at six", "feed the pig"): never taught, so such a
request is a different one."""

WRAPPERS: dict[str, list[str]] = {
    "through a bee veil": [
        "{}, veil's muffling me", "veil on, {}", "{}, mesh in my mouth",
        "{}, veil's snagged", "{}, hood's zipped", "{}, beesuit's zipped up",
    ],
    "hive talk": [
        "{}, cells are capped", "brood looks healthy, {}", "{}, queen's laying",
        "{}, smoker's lit", "nectar flow's on, {}", "{}, propolis galore",
    ],
    "toddler shouting over": [
        "{}, both babies screaming", "{}, tantrum in progress", "{}, pipe down twinnies",
        "{}, duckling, dry those tears", "{}, cease that shrieking", "amid the wailing, {}",
    ],
    "mid nappy change": [
        "changing a nappy, {}", "{}, out of wipes", "{}, poonami alert",
        "{}, nappy half on", "one leg in the babygrow, {}", "{}, poppers won't do up",
    ],
    "classroom voice": [
        "right, everyone, {}", "faces this way, {}", "{}, lips zipped",
        "{}, pens away", "{}, silence at the back", "{}, cease the natter",
    ],
    "no dawdling": [
        "{}, don't dawdle", "{}, promptly", "{}, smartly", "{}, swiftly",
        "{}, with alacrity", "{}, stir your stumps",
    ],
    "moving in a wheelchair": [
        "{}, brakes applied", "wheeling past, {}", "{}, gangway for my wheels",
        "{}, just transferring", "{}, footplate's up", "{}, armrest's folded",
    ],
    "thanks in advance": [
        "{}, thanking you in advance", "{}, my thanks in advance",
        "{}, i'm beholden in advance", "{}, thanks ever so, in advance",
        "{}, kudos in advance", "{}, with thanks in advance",
    ],
    "reason after because": [
        "{} because i say so", "{} because i decree it", "{} because whyever not",
        "{} because it's about time", "{} because my knees ache",
        "{} because that's the plan",
    ],
    "i was wondering": [
        "i was wondering if you could {}", "i wondered, could you {}",
        "i was just wondering, {}", "i was wondering, {}", "i'm wondering, {}",
        "i was wondering, would you {}",
    ],
    "go ahead and": [
        "go ahead and {}", "you can go ahead and {}", "{}, go ahead",
        "go right ahead and {}", "{}, go right ahead", "go ahead, {}",
    ],
    "when you get a sec": [
        "{} when there's a lull", "{} when you've got a sec", "{} whenever there's a gap",
        "{} when opportune", "{} when you surface", "{} when you've a breather",
    ],
    "there's a good assistant": [
        "{}, there's a good assistant", "{}, good helper", "{}, brainbox",
        "{}, good widget", "{}, stellar assistant", "{}, helper extraordinaire",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTIONS = {"what's", "who's", "how", "whose", "where's", "when's", "is", "where"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a question is not asked for "if you could", nor gone ahead with)
    "wondering if you could": _QUESTIONS, "could you": _QUESTIONS, "would you": _QUESTIONS,
    "go ahead and": _QUESTIONS, "go right ahead and": _QUESTIONS,
    # (one whose legs are tired is not going out walking)
    "my knees ache": {"walk", "take", "leaving", "goodbye", "off", "market", "school",
                          "away"},
    # (a sleeping or quiet request is not shouted over a tantrum)
    "cease that shrieking": {"lullabies", "quiet", "nap", "sleeping", "calm"},
    "dry those tears": {"lullabies", "quiet", "nap", "sleeping", "calm"},
}
"""Situations that would contradict a phrase with one of these words ("go ahead and
who's at the door" is nobody's speech; "take digory up the lane because my knees ache"
is not one request): never said around it, so the request stays the phrase's. ("tablets
at eight, chop chop" is: it asks for the eight o'clock routine, promptly.)"""

OOS_WRAPPERS = [
    "{}, veil's muffling me", "veil on, {}", "{}, cells are capped",
    "{}, queen's laying", "{}, both babies screaming", "{}, tantrum in progress",
    "changing a nappy, {}", "{}, out of wipes", "faces this way, {}",
    "{}, silence at the back", "{}, brakes applied", "wheeling past, {}",
    "{}, gangway for my wheels", "{}, hood's zipped", "{}, smoker's lit", "{}, pipe down twinnies",
    "{}, poppers won't do up", "right, everyone, {}", "{}, armrest's folded",
    "amid the wailing, {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, mesh in my mouth", "{}, beesuit's zipped up", "brood looks healthy, {}",
    "{}, propolis galore", "{}, duckling, dry those tears", "{}, poonami alert",
    "one leg in the babygrow, {}", "{}, pens away", "{}, cease the natter",
    "{}, footplate's up", "{}, just transferring", "nectar flow's on, {}",
    "{}, nappy half on", "{}, veil's snagged",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("veil's muffling me"),
struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"veil", "veil's", "muffling", "mesh", "hood's", "beesuit's", "zipped",
                 "snagged", "capped", "brood", "queen's", "smoker's", "nectar", "flow's",
                 "propolis", "galore", "tantrum", "twinnies", "wailing", "shrieking", "cease",
                 "duckling", "amid", "nappy", "wipes", "poonami", "babygrow", "poppers",
                 "pens", "chattering", "natter", "dawdle", "promptly", "swiftly", "stumps",
                 "alacrity", "smartly", "brakes", "wheeling", "gangway", "transferring",
                 "footplate's", "armrest's", "thanking", "beholden", "kudos", "advance",
                 "whyever", "decree", "wondering", "wondered", "whenever", "lull", "opportune",
                 "breather", "brainbox", "widget", "extraordinaire", "stellar"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

EIGHTEENTH_SOUND_ALIKE = [
    ("piran", "pirran"), ("jago", "jaygo"), ("kensa", "kenza"), ("digory", "dickory"),
    ("polytunnel", "poly tunnel"), ("hivecam", "hive cam"), ("henhouse", "hen house"),
    ("apiary", "apiery"), ("extractor", "extracter"), ("trough", "troff"),
    ("syrup", "sirup"), ("quad", "quod"), ("supers", "super"),
    ("rupert", "ruper"), ("nkechi", "enkechi"), ("walter", "walther"), ("marmite", "marmight"),
    ("worktop", "work top"), ("wheelchair", "wheel chair"), ("audiobook", "audio book"),
    ("crossword", "cross word"), ("physio", "fizzio"), ("pendant", "pendent"),
    ("grandchildren", "grand children"), ("choir", "quire"), ("balcony", "balconey"),
    ("marek", "mareck"), ("freya", "fraya"), ("ruben", "rubin"), ("bonzo", "bonso"),
    ("lullabies", "lullabys"), ("dishwasher", "dish washer"), ("playroom", "play room"),
    ("uniforms", "uniform"), ("toddlers", "toddler"), ("lunches", "lunch's"),
    ("lounge", "lunge"), ("clues", "clews"), ("library", "libary"), ("playroom", "playrum"),
    ("garden", "gardin"), ("syrup", "syrop"), ("granny", "grannie"), ("fingers", "fingas"),
    ("nursery", "nursury"), ("supers", "soupers"), ("stall", "stole"), ("lane", "lain"),
]
"""The eighteenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("honey bucket warmer", "honeywarmer"), ("goat shed", "goatshed"), ("veg beds", "vegbeds"),
         ("frost alarm", "frostalarm"), ("farm shop", "farmshop"),
         ("water trough", "watertrough"), ("quad bike", "quadbike"),
         ("front door", "frontdoor"), ("radio three", "radiothree"),
         ("bath lift", "bathlift"), ("wet room", "wetroom"), ("reading lamp", "readinglamp"),
         ("stair gate", "stairgate"), ("bottle warmer", "bottlewarmer"),
         ("tumble dryer", "tumbledryer"), ("people carrier", "peoplecarrier"),
         ("packed lunches", "packedlunches"), ("screen time", "screentime"),
         ("fish fingers", "fishfingers"), ("school bags", "schoolbags")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"polytunnel": "polytunel", "extractor": "extracter", "apiary": "apiery",
             "physio": "physeo", "accessible": "accesible", "grandchildren": "granchildren",
             "lullabies": "lulabies", "dishwasher": "dishwaser"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and six kinds
# no earlier set has ("safety question", "undo question", "effect question", "word game
# with a toddler", "too slow", "share with someone").
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "what rhymes with {w} in a poem", "how many syllables in {w}", "what's {w} in cornish",
        "is {w} spelt with a double letter", "draw me a picture of a {w}",
        "sing a song with {w} in it", "what's the exact opposite of {w}",
        "how do you say {w} in polish", "another word for {w} please",
        "tell a joke about {w}",
    ],
    "routine command": [
        "rename {p} to something shorter and snappy", "remove {p} from my routines",
        "make a copy of {p} for the holidays", "switch {p} off for a week",
        "move {p} to the mornings", "add an extra step to {p}",
        "change {p} so it's quieter", "put {p} on the family account",
        "record a new name for {p}",
    ],
    "word order": [
        "{b} over the {a} for me", "{b} rather than the {a}", "{b}, definitely not {a}",
        "{b} trumps {a} every time", "{b} in place of the old {a}", "{b} with no {a} at all",
    ],
    "negation": [
        "there's no call to {p} today", "hold fire on {p}", "we can skip {p} tonight",
        "we won't {p} today", "don't bother to {p}", "i'd rather you didn't {p} yet",
        "no {p} for now",
    ],
    "cancellation": [
        "scrap {p} straight away", "halt {p} now", "{p}, no, scrap that",
        "kill {p} right now", "forget i said {p}", "undo {p} at once", "drop {p} now",
    ],
    "state question": [
        "did somebody already {p}", "has {p} been done by anyone yet", "is {p} sorted already",
        "have we already done {p}", "was {p} done this morning", "did {p} go through",
    ],
    "past or story": [
        "last spring {p} went wrong", "my old headmistress loved {p}",
        "the day we moved in {p} misbehaved", "at the old house {p} never worked",
        "grandad once tried {p}", "back in june we did {p} every day",
    ],
    "someone else's words": [
        "the note by the kettle says {p}", "my neighbour keeps telling me {p}",
        "the toddler babbled {p}", "the carer wrote {p} in the book",
        "the beekeeping club said {p}", "the group chat says {p}",
    ],
    "contrast": [
        "{p} is for summer only", "{p} is a school day thing",
        "{p} is what we did last year", "{p} is for when we've guests",
        "we gave up {p} ages ago", "{p} is for market days, not today",
    ],
    "hypothetical": [
        "suppose i said {p}, what then", "if i were to say {p}, would you",
        "just for argument's sake, {p}", "in principle, could you {p}",
        "what if i told you {p}", "purely hypothetically, {p}",
    ],
    "complaint": [
        "{p} is a bit rubbish", "{p} never works properly for me", "i'm thoroughly fed up with {p}",
        "{p} is a pain", "{p} let me down again", "{p} is more trouble than it's worth",
    ],
    "opinion": [
        "{p} is just brilliant", "i'm so glad we set up {p}", "{p} is ever so clever",
        "{p} is my favourite of the lot", "{p} works a treat", "{p} is a lifesaver",
    ],
    "reminder for later": [
        "remind me to {p} at teatime", "remind me about {p} a week tomorrow",
        "set a reminder for {p} on sunday", "put {p} on tomorrow's to do list",
        "nudge me to {p} later", "remind me to {p} when piran's back",
    ],
    "permission question": [
        "is the carer allowed to {p}", "may the children {p}",
        "am i permitted to {p}", "can the neighbours {p}",
        "would it be alright for a visitor to {p}", "are the kids allowed to {p}",
    ],
    "safety question": [
        "is {p} safe for the bees", "is {p} safe with the toddlers about",
        "can {p} hurt anyone", "is it safe to {p} with the hives so close",
        "would {p} be dangerous for the twins", "is {p} safe while i'm in the chair",
    ],
    "undo question": [
        "how do i undo {p}", "can {p} be reversed later", "what's the way to undo {p}",
        "if i {p} can i take it back", "how would i switch back after {p}",
        "is there an undo for {p}",
    ],
    "effect question": [
        "what would {p} change", "what does {p} affect", "which things does {p} touch",
        "what else changes if i say {p}", "does {p} change anything else",
        "what gets switched by {p}",
    ],
    "word game with a toddler": [
        "can you say {p}, darling", "say {p} for mummy", "copy me, poppet, say {p}",
        "now you say {p}, clever girl", "can you say {p} back to daddy",
        "ready, little one? say {p}",
    ],
    "too slow": [
        "{p} takes ages", "why is {p} so sluggish", "{p} is painfully slow",
        "{p} crawls along", "{p} took forever yesterday", "why does {p} take so long these days",
    ],
    "share with someone": [
        "share {p} with my neighbour", "send {p} to walter so he can use it",
        "can my son have {p} on his phone too", "give the carer access to {p}",
        "copy {p} onto granny's account", "let the babysitter use {p} as well",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} wholesale", "{} spare parts catalogue", "{} warranty claim", "{} assembly instructions",
    "best rated {}", "{} colour options", "{} clearance sale", "refurbished {}",
    "{} troubleshooting video", "{} delivery times",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

"""The words of the nineteenth held-out resolver set (benchmarks/_resolver_nineteenth.py
builds its homes from them). Written blind in one session of issue 14, while another
engineer tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a young couple's city flat
with a newborn, with the mother Amara, her partner Rory, the baby Isla, the
neighbours Ines and Marco and a cat Waffle (seed 190); a taxi driver's terraced house,
with the driver Kwame, his wife Efua, the teenagers Kojo and Ama, an auntie and a dog
Bramble (191); and a plumber's family semi with the van on the drive, with the plumber
Gareth, his partner Nadia, the children Ffion and Osian, their grandfather Bampi and a
rabbit Juniper (192). Each teaches 22 of its own routines with the generic pool; the
rest of its own pool, and the near siblings in ``UNTAUGHT`` ("ring corey" beside "ring
rory", "wake me at four for a feed" beside "wake me at three for a feed", "feed bramley"
beside "feed bramble", "football training at eight" beside "football training at
seven", "patio lights off" beside "patio lights on"), are never taught there. Some
taught phrases nest on purpose ("hallway lights on low", "driveway lights on" and
"patio lights on" hold the generic "lights on", "white noise for isla" the generic
"white noise", "baby bath time" the generic "bath time", "immersion heater on" the
generic "heating on" as labels fold it), and several share words across routines
("text ines" and "text ines and marco", "feed bramble" and "take bramble round the
block", "log a feed" and "log a dirty nappy", "ring efua" and "traffic on the ring
road", "message ffion and osian" and "tell osian tea's ready").

Its wrappers are kinds of wrapping no earlier set has
(tests/test_resolver_nineteenth_data.py checks the kinds, the frames and the words),
drawn from these homes and from how people talk to a voice assistant day to day. Five
of them say a taught phrase beside a clause of the speaker's own whose words could look
like a cue but do not bear on the request: an aside about the past ("sorry, i was miles
away, X"), something else ruled out ("X, don't worry about the hall"), a question about
something else ("X, where's my phone?"), the state of something else ("X, the baby's
finally asleep") and a reason of the household ("X because we've got visitors"). The
others: feeding the baby, a plumber under the sink, a cabbie just parked up, tired out,
"i need you to X", quick as you can, while i remember, and answering someone in the
room ("just a sec, sprog, X"). Each says the phrase exactly and nothing that could change
what it asks for; a clause is never said beside a phrase it would contradict
(``REASON_CLASHES``).
"""

from __future__ import annotations

import re

HOMES: dict[int, str] = {190: "newborn couple's city flat",
                         191: "taxi driver's terraced house",
                         192: "plumber's family semi"}

NINETEENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "newborn couple's city flat": {
        "Baby monitor": ["baby monitor on"],
        "White noise for Isla": ["white noise for isla"],
        "Steriliser": ["start the steriliser"],
        "Bottle": ["make up a bottle"],
        "Feed log": ["log a feed", "note down a feed"],
        "Nappy log": ["log a dirty nappy"],
        "Rory": ["ring rory", "call my partner"],
        "Ines": ["text ines"],
        "Ines and Marco": ["text ines and marco"],
        "Mum": ["facetime my mum"],
        "Health visitor": ["when's the health visitor coming"],
        "Waffle": ["feed waffle", "waffle's tea"],
        "Cot mobile": ["cot mobile on"],
        "Blackout blinds": ["pull the blackout blind down"],
        "Intercom": ["who's on the intercom"],
        "Night feed": ["wake me at three for a feed"],
        "Sleep log": ["how long did isla sleep"],
        "Baby bath": ["baby bath time"],
        "Nappies": ["order nappies and wipes"],
        "Pump": ["start the breast pump"],
        "Lullabies": ["play isla's lullabies"],
        "Muslins": ["tumble dry the muslins"],
        "Cargo bike": ["charge the cargo bike"],
        "Takeaway": ["order our usual takeaway"],
        "Hallway lights": ["hallway lights on low"],
        "Nursery temperature": ["what's the nursery temperature"],
        "Doorbell": ["doorbell on silent"],
        # long
        "Clinic": ["we're off to the clinic so feed waffle and text ines and lock the "
                   "front door"],
    },
    "taxi driver's terraced house": {
        "Cab charger": ["charge the cab"],
        "Warm cab": ["warm up the cab"],
        "Dashcam": ["save the dashcam clip"],
        "Shift": ["start my shift"],
        "Takings": ["how much did i take tonight"],
        "Efua": ["ring efua", "call the wife"],
        "Kojo": ["message kojo"],
        "Kojo and Ama": ["message kojo and ama"],
        "Ama": ["tell ama her lift's here"],
        "Bramble": ["feed bramble", "bramble's bowl"],
        "Bramble walk": ["take bramble round the block"],
        "Day sleep": ["day sleeper mode"],
        "Traffic": ["traffic on the ring road"],
        "Airport run": ["wake me at five for the airport run"],
        "Driveway": ["driveway lights on"],
        "Cricket": ["put the cricket on"],
        "Curry": ["order a curry for nine"],
        "MOT": ["when's the cab's mot"],
        "Shutter": ["lift the garage shutter"],
        "Hot water": ["hot water on for my shower"],
        "Tyres": ["check the tyre pressures"],
        "Kojo home": ["is kojo home yet"],
        "Auntie": ["tell auntie we're on our way"],
        "Rapid charger": ["nearest rapid charger"],
        "Bins": ["which bin goes out this week"],
        "Football": ["what's the arsenal score"],
        # long
        "Home from shift": ["i'm home from my shift so lock up and draw the curtains and "
                            "message kojo"],
    },
    "plumber's family semi": {
        "Van": ["unlock the van"],
        "Windscreen": ["defrost the van windscreen"],
        "Boiler": ["what's the boiler pressure"],
        "Immersion": ["immersion heater on"],
        "Nadia": ["ring nadia", "call my other half"],
        "Ffion": ["message ffion"],
        "Ffion and Osian": ["message ffion and osian"],
        "Osian": ["tell osian tea's ready"],
        "Juniper": ["feed juniper", "juniper's pellets"],
        "Hutch": ["shut the rabbit hutch"],
        "First job": ["what's my first job tomorrow"],
        "Invoices": ["chase the unpaid invoices"],
        "Merchant": ["order copper pipe from the merchant"],
        "Football training": ["football training at seven"],
        "Spellings": ["spelling practice for osian"],
        "Screens": ["screens off for the kids"],
        "Patio": ["patio lights on"],
        "Chippy": ["chippy tea on friday"],
        "Drive": ["who's on the drive"],
        "Dishwasher": ["put the dishwasher on"],
        "Boots": ["where are my work boots"],
        "Stopcock": ["turn the water off at the mains"],
        "Leak sensor": ["is the leak sensor dry"],
        "Radio": ["put radio two on"],
        "Bampi": ["facetime bampi"],
        # long
        "Off to a job": ["i'm off to a job so unlock the van and ring nadia and put the "
                         "dishwasher on"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name one sound away,
    # another number, day or thing, off for on)
    "newborn couple's city flat": {
        "Corey": ["ring corey"], "Agnes": ["text agnes"],
        "Ines and Mario": ["text ines and mario"], "Pixie": ["feed pixie"],
        "Night feed four": ["wake me at four for a feed"],
        "Monitor off": ["baby monitor off"], "Mobile off": ["cot mobile off"],
        "Blinds up": ["pull the blackout blind up"], "Hallway high": ["hallway lights on high"],
        "White noise Ivy": ["white noise for ivy"], "Wet nappy": ["log a wet nappy"],
        "Nappies and cream": ["order nappies and cream"],
        "Doorbell loud": ["doorbell on loud"], "Ivy sleep": ["how long did ivy sleep"],
    },
    "taxi driver's terraced house": {
        "Esi": ["ring esi"], "Kofi": ["message kofi"],
        "Kojo and Abena": ["message kojo and abena"],
        "Abena": ["tell abena her lift's here"], "Bramley": ["feed bramley"],
        "Airport six": ["wake me at six for the airport run"],
        "Curry ten": ["order a curry for ten"], "Driveway off": ["driveway lights off"],
        "Lower shutter": ["lower the garage shutter"],
        "Hot water off": ["hot water off for my shower"],
        "Bramble park": ["take bramble round the park"], "Break": ["start my break"],
        "Uncle": ["tell uncle we're on our way"],
        "Kofi home": ["is kofi home yet"],
    },
    "plumber's family semi": {
        "Nadine": ["ring nadine"], "Sian": ["message sian"],
        "Ffion and Owen": ["message ffion and owen"],
        "Owain": ["tell owain tea's ready"], "Jupiter": ["feed jupiter"],
        "Training eight": ["football training at eight"],
        "Patio off": ["patio lights off"], "Immersion off": ["immersion heater off"],
        "Lock van": ["lock the van"], "Radio four": ["put radio four on"],
        "Chippy saturday": ["chippy tea on saturday"],
        "Spellings Ffion": ["spelling practice for ffion"],
        "Car windscreen": ["defrost the car windscreen"],
        "Screens on": ["screens on for the kids"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # the newborn couple's city flat
    {"pull the blackout blind down", "close the blinds", "privacy please"},
    {"white noise for isla", "white noise", "sleep sounds"},
    {"baby bath time", "bath time"},
    {"we're off to the clinic so feed waffle and text ines and lock the front door",
     "i'm leaving", "goodbye house", "feed waffle", "waffle's tea", "text ines",
     "lock up", "lock all doors"},
    # the taxi driver's terraced house
    {"take bramble round the block", "dog walk", "walking the dog"},
    {"i'm home from my shift so lock up and draw the curtains and message kojo",
     "i'm home", "welcome home", "lock up", "lock all doors", "close the blinds",
     "privacy please", "message kojo"},
    # the plumber's family semi
    {"i'm off to a job so unlock the van and ring nadia and put the dishwasher on",
     "i'm leaving", "goodbye house", "unlock the van", "ring nadia", "call my other half",
     "put the dishwasher on"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("close the blinds" when "pull the blackout blind down" is
taught). The phrases of one routine ask for the same thing too (the labels add them)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "mom": "mum", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine", "10": "ten",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"amara", "rory", "isla", "isla's", "ines", "marco", "waffle", "waffle's",
         "corey", "agnes", "mario", "pixie", "ivy", "kwame", "efua", "kojo", "ama",
         "bramble", "bramble's", "auntie", "esi", "kofi", "abena", "bramley", "uncle",
         "arsenal", "gareth", "nadia", "ffion", "osian", "juniper", "juniper's", "bampi",
         "nadine", "sian", "owen", "owain", "jupiter"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "two": ("2",), "three": ("3",), "four": ("4",), "five": ("5",), "six": ("6",),
    "seven": ("7",), "eight": ("8",), "nine": ("9",), "ten": ("10",),
}
"""Number words and digits a noisy case must keep (in either form)."""

SWAPS: dict[str, tuple[str, ...]] = {
    # names
    "isla": ("ruby", "maisie"), "isla's": ("ruby's", "maisie's"),
    "rory": ("ronan", "reece"), "ines": ("imogen", "lena"), "marco": ("luca", "matteo"),
    "waffle": ("pudding", "mittens"), "waffle's": ("pudding's", "mittens'"),
    "efua": ("akosua", "yaa"), "kojo": ("kwesi", "yaw"), "ama": ("adwoa", "akua"),
    "bramble": ("pepper", "bruno"), "bramble's": ("pepper's", "bruno's"),
    "auntie": ("grandma", "cousin"), "arsenal": ("chelsea", "spurs"),
    "nadia": ("nia", "dana"), "ffion": ("cerys", "elin"), "osian": ("dylan", "macsen"),
    "juniper": ("hazel", "thumper"), "juniper's": ("hazel's", "thumper's"),
    "bampi": ("nanna", "mamgu"),
    # numbers, days and times
    "two": ("three", "one"), "three": ("two", "half three"), "five": ("half five", "four"),
    "nine": ("eight", "half nine"), "seven": ("half seven", "six"),
    "friday": ("thursday",), "tonight": ("last night",), "tomorrow": ("monday",),
    "week": ("fortnight",),
    # things and places
    "baby": ("dog",), "monitor": ("gate",), "noise": ("light",), "steriliser": ("kettle",),
    "bottle": ("flask",), "log": ("cancel",), "dirty": ("wet",), "partner": ("sister",),
    "mum": ("aunt",), "tea": ("lemonade",), "cot": ("pram",), "mobile": ("lamp",),
    "blackout": ("roller",), "intercom": ("roof",), "feed": ("cuddle",),
    "nappies": ("formula",), "wipes": ("bibs",), "breast": ("bike",),
    "lullabies": ("nursery rhymes",), "muslins": ("vests",), "cargo": ("mountain",),
    "takeaway": ("shopping",), "hallway": ("stairway",), "low": ("full",),
    "nursery": ("loft",), "temperature": ("humidity",), "doorbell": ("phone",),
    "silent": ("vibrate",), "clinic": ("chemist",), "cab": ("scooter",),
    "dashcam": ("doorbell camera",), "clip": ("photo",), "shift": ("holiday",),
    "wife": ("brother",), "lift's": ("dinner's",), "bowl": ("lead",), "block": ("vet's",),
    "sleep": ("cry",), "traffic": ("roadworks",), "airport": ("station",),
    "driveway": ("alley",), "cricket": ("snooker",), "curry": ("kebab",),
    "mot": ("service",), "garage": ("shop",), "hot": ("cold",), "tyre": ("oil",),
    "pressures": ("levels",), "rapid": ("slow",), "charger": ("petrol station",),
    "bin": ("box",), "score": ("fixtures",), "van": ("car",), "windscreen": ("mirrors",),
    "boiler": ("tyre",), "immersion": ("towel",), "pellets": ("carrots",),
    "rabbit": ("guinea pig",), "hutch": ("run",), "job": ("meeting",),
    "invoices": ("quotes",), "copper": ("plastic",), "pipe": ("fittings",),
    "merchant": ("timber yard",), "football": ("swimming",), "training": ("match",),
    "spelling": ("times tables",), "screens": ("wifi",), "kids": ("guests",),
    "patio": ("shed",), "chippy": ("pizza",), "drive": ("step",),
    "dishwasher": ("washer",), "boots": ("gloves",), "leak": ("smoke",),
    "sensor": ("alarm",), "radio": ("channel",),
    # the generic pool's
    "dog": ("guinea pig",), "garden": ("lawn",), "piano": ("guitar",), "sauna": ("steam room",),
    "coffee": ("cocoa",), "kettle": ("slow cooker",), "movie": ("cartoon",),
    "barbecue": ("picnic",), "birthday": ("leaving do",), "vacuum": ("steamer",),
    "christmas": ("diwali",), "pool": ("hot tub",), "yoga": ("pilates",),
    "living": ("front",), "fireplace": ("log burner",), "podcast": ("audiobook",),
    "porch": ("side gate",), "office": ("spare room",), "storm": ("snow",),
    "sunset": ("dawn",), "bedside": ("wall",), "laundry": ("dishes",),
    "homework": ("chores",), "gym": ("running",), "cat": ("hamster",),
    "kitchen": ("utility",), "bedroom": ("box room",), "breakfast": ("supper",),
}
"""A word of a taught phrase and what a near-sibling request says in its place ("ring
connor" for "ring rory", "football training at six", "feed the hamster"): never taught,
so such a request is a different one."""

WRAPPERS: dict[str, list[str]] = {
    "aside about the past": [
        "sorry, i was miles away, {}", "{}, i spaced out before",
        "{}, i intended to at teatime", "i was daydreaming, {}",
        "{}, my thoughts drifted off", "{}, it slipped my net yesterday",
    ],
    "something else ruled out": [
        "{}, don't worry about the hall", "{}, not the compost caddy though",
        "{}, ignore the hoovering", "{}, the ironing pile can wait till sunday",
        "{}, the washing up is for later", "{}, skip the dusting",
    ],
    "question about something else": [
        "{}, where's my phone?", "{}, have you seen my keys?", "{}, is it raining out?",
        "{}, whose trainers are on the doormat?", "{}, how ancient is that yoghurt?",
        "{}, has somebody seen to the goldfish?",
    ],
    "state of something else": [
        "{}, the baby's finally asleep", "{}, the kettle's just boiled",
        "{}, it's chucking it down out there", "{}, my shoulders are in bits",
        "{}, the post's been", "{}, the dishes are all dried",
    ],
    "household reason": [
        "{} because we've got visitors", "{} since the in-laws are due",
        "{} because it's baltic in here", "{} given we're up and about",
        "{} because it's been a hectic week", "{} because the landlord's dropping by",
    ],
    "feeding the baby": [
        "{}, i'm breastfeeding", "one-handed here, {}", "{}, madam's guzzling",
        "{}, burping junior", "{}, latched and feeding", "{}, winding the baby",
    ],
    "under the sink": [
        "{}, i'm beneath the sink", "{}, spanner in hand", "{}, up to my forearms in a u-bend",
        "{}, soldering a joint", "flat on my back by the cistern, {}", "{}, grubby knuckles",
    ],
    "just parked up": [
        "just parked up, {}", "{}, passenger seat's vacant", "{}, meter's off",
        "{}, queuing on the rank", "engine off, {}", "{}, fare's just hopped out",
    ],
    "tired out": [
        "{}, i'm frazzled", "{}, i'm wrung out", "{}, running on fumes",
        "{}, eyelids drooping", "{}, i'm cream crackered", "{}, what a shift",
    ],
    "need you to": [
        "i do need you to {}", "{}, i need you on this", "we need you to {}",
        "can i get you to {}", "let me get you to {}", "need you to {}",
    ],
    "quick as you can": [
        "{}, lively now", "quickly, {}", "{}, at the gallop", "{}, zippy",
        "rapidly, {}", "{}, quicksmart",
    ],
    "while i remember": [
        "while it's fresh in my noggin, {}", "{}, while i think of it",
        "before it escapes me, {}", "{}, now i've thought of it",
        "oh, that reminds me, {}", "{}, before it evaporates",
    ],
    "answering someone in the room": [
        "just a sec, sprog, {}", "{}, be there directly, hon", "mmhm, precious, {}",
        "aha, ducky, {}", "{}, hearing you, buster", "{}, be right with you, sunflower",
    ],
}
"""In-scope wrappers by kind (``{}`` the phrase, said once as it is taught)."""

_QUESTIONS = {"what's", "who's", "how", "whose", "where's", "when's", "is", "where",
              "which", "what"}
REASON_CLASHES: dict[str, set[str]] = {
    # (a question is not asked to be done, nor asked while asking another)
    "need you to": _QUESTIONS, "get you to": _QUESTIONS,
    # (nothing is ruled out that the phrase itself asks for)
    "worry about the hall": {"hallway"},
    "compost caddy": {"bin", "recycling"},
    "ignore the hoovering": {"vacuum", "cleaning", "hoover"},
    "ironing pile": {"laundry", "washing", "muslins", "tumble"},
    "washing up is for later": {"dishwasher", "dishes", "laundry"},
    "skip the dusting": {"cleaning", "vacuum"},
    # (a question about something is not asked of what the phrase does)
    "where's my phone": {"ring", "call", "facetime", "message", "text", "tell"},
    "seen my keys": {"lock", "unlock"},
    "is it raining out": {"water", "sprinklers", "garden"},
    "seen to the goldfish": {"feed", "bramble's", "waffle's", "juniper's", "cat", "dinner"},
    # (a state is not said of what the phrase changes)
    "baby's finally asleep": {"wake", "lullabies", "monitor", "sleeping", "noise", "isla",
                              "loud", "party", "concert", "nap", "mobile"},
    "kettle's just boiled": {"kettle", "boil", "tea", "coffee", "tea's"},
    "chucking it down": {"water", "sprinklers", "garden", "walk", "take", "patio",
                         "dry", "block"},
    "the post's been": {"intercom", "door", "doorbell", "who's"},
    "dishes are all dried": {"dishwasher", "washing"},
    # (a reason never goes against the phrase; given after a question it is why it is
    # asked, which only the in-laws and the cold are)
    "we've got visitors": {"guests", "company", "leaving", "goodbye", "away", "vacation",
                           "sleep", "nap", "night", "bedtime", "out", *_QUESTIONS},
    "in-laws are due": {"guests", "company", "leaving", "goodbye", "away", "vacation"},
    "baltic in here": {"cool", "air", "fan", "breeze", "conditioning"},
    "up and about": {"sleep", "nap", "night", "bedtime", "wake", "asleep", "out",
                     "quiet", "baby", *_QUESTIONS},
    "hectic week": _QUESTIONS,
    "landlord's dropping by": {"leaving", "goodbye", "away", "vacation", *_QUESTIONS},
    # (one whose eyelids droop is not being woken)
    "eyelids drooping": {"wake", "morning"},
}
"""Clauses that would bear on a phrase with one of these words ("feed waffle, has somebody
seen to the goldfish?" asks whether feeding was done; "white noise for isla, the baby's
finally asleep" is said of the baby the phrase is for; "take bramble round the block,
it's chucking it down out there" is not plainly one request): never said around it, so
the request stays the phrase's. ("lock up because we've got visitors" is: it asks for
locking up, the visitors are its reason.)"""

OOS_WRAPPERS = [
    "sorry, i was miles away, {}", "{}, i spaced out before", "i was daydreaming, {}",
    "{}, don't worry about the hall", "{}, ignore the hoovering", "{}, where's my phone?",
    "{}, is it raining out?", "{}, the baby's finally asleep", "{}, the post's been",
    "one-handed here, {}", "{}, burping junior", "{}, i'm beneath the sink",
    "{}, grubby knuckles", "just parked up, {}", "{}, meter's off", "{}, i'm frazzled",
    "{}, eyelids drooping", "just a sec, sprog, {}", "aha, ducky, {}", "before it escapes me, {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{}, latched and feeding", "{}, winding the baby", "{}, spanner in hand",
    "{}, up to my forearms in a u-bend", "flat on my back by the cistern, {}",
    "{}, passenger seat's vacant", "engine off, {}", "{}, running on fumes",
    "{}, i'm cream crackered", "{}, hearing you, buster", "mmhm, precious, {}",
    "{}, my shoulders are in bits", "{}, it's chucking it down out there",
    "{}, whose trainers are on the doormat?",
]
"""Around a fragment, new wrappers only."""


def _chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


MULTI_WRAPPING = sorted({c for t in (*(t for ts in WRAPPERS.values() for t in ts),
                                     *OOS_WRAPPERS, *FRAGMENT_NEW_WRAPPERS)
                         for c in _chunks(t)})
"""What each wrapper says around its phrase, stretch by stretch ("sorry i was miles
away"), struck (longest first) wherever it is said, before single words."""

WRAPPER_WORDS = {"miles", "daydreaming", "spaced", "drifted", "hoovering", "dusting",
                 "compost", "caddy", "trainers", "doormat", "yoghurt", "goldfish", "chucking",
                 "shoulders", "baltic", "hectic", "landlord's", "breastfeeding", "madam's",
                 "guzzling", "burping", "junior", "latched", "spanner", "forearms",
                 "soldering", "cistern", "grubby", "knuckles", "fare's", "meter's", "queuing",
                 "rank", "hopped", "passenger", "vacant", "frazzled", "wrung", "fumes",
                 "eyelids", "drooping", "crackered", "zippy", "quicksmart", "rapidly",
                 "quickly", "gallop", "lively", "noggin", "evaporates", "reminds", "sprog",
                 "hon", "precious", "ducky", "buster", "mmhm", "aha",
                 "directly", "sunflower"}
"""Single words that only wrap a request in this set (struck wherever they are)."""

NINETEENTH_SOUND_ALIKE = [
    ("rory", "rorey"), ("ines", "inez"), ("marco", "marko"), ("waffle", "waffel"),
    ("isla", "ila"), ("steriliser", "sterilizer"), ("intercom", "inter com"),
    ("muslins", "muslin"), ("lullabies", "lullabys"), ("takeaway", "take away"),
    ("nappies", "nappys"), ("facetime", "face time"), ("cot", "cott"),
    ("efua", "effua"), ("kojo", "cojo"), ("bramble", "brambel"), ("dashcam", "dash cam"),
    ("driveway", "drive way"), ("arsenal", "arsnal"), ("tyre", "tire"),
    ("shutter", "shudder"), ("curry", "kerry"), ("mot", "m o t"), ("cricket", "crikit"),
    ("ffion", "fion"), ("osian", "oshan"), ("nadia", "nadya"), ("bampi", "bampy"),
    ("juniper", "junipa"), ("hutch", "hutsh"), ("immersion", "emersion"),
    ("windscreen", "wind screen"), ("chippy", "chippie"), ("stopcock", "stop cock"),
    ("invoices", "invoice"), ("merchant", "merchent"), ("dishwasher", "dish washer"),
    ("patio", "pateo"), ("boiler", "boyler"), ("pellets", "pellet"),
    ("spelling", "spellin"), ("pressures", "pressure"), ("nursery", "nursry"),
]
"""The nineteenth set's own recogniser confusions (real words, splits, spellings)."""

GLUED = [("baby monitor", "babymonitor"), ("white noise", "whitenoise"),
         ("cot mobile", "cotmobile"), ("breast pump", "breastpump"),
         ("cargo bike", "cargobike"), ("health visitor", "healthvisitor"),
         ("tumble dry", "tumbledry"), ("ring road", "ringroad"),
         ("hot water", "hotwater"), ("garage shutter", "garageshutter"),
         ("tyre pressures", "tyrepressures"), ("rapid charger", "rapidcharger"),
         ("copper pipe", "copperpipe"), ("leak sensor", "leaksensor"),
         ("rabbit hutch", "rabbithutch"), ("work boots", "workboots"),
         ("immersion heater", "immersionheater"), ("chippy tea", "chippytea"),
         ("blackout blind", "blackoutblind"), ("dashcam clip", "dashcamclip"),
         ("airport run", "airportrun"), ("football training", "footballtraining"),
         ("spelling practice", "spellingpractice"), ("patio lights", "patiolights"),
         ("first job", "firstjob"), ("radio two", "radiotwo"),
         ("usual takeaway", "usualtakeaway"), ("van windscreen", "vanwindscreen"),
         ("hallway lights", "hallwaylights"), ("driveway lights", "drivewaylights"),
         ("dirty nappy", "dirtynappy"), ("day sleeper", "daysleeper")]
"""Two words a recogniser writes as one (kept by the labels' run-together check)."""

SPELLINGS = {"steriliser": "sterilizer", "lullabies": "lulabies", "intercom": "intercomm",
             "dashcam": "dashcamm", "shutter": "shuter", "immersion": "imersion",
             "windscreen": "windsceen", "invoices": "invoises", "merchant": "merchnat"}
"""Spellings a phone's recogniser writes (near misses)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds, and seven kinds
# no earlier set has ("already done", "did it run", "not yet", "looking back", "story in
# two clauses", "complaint in two clauses", "question in two clauses").
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "what's a good rhyme for {w}", "count the letters in {w}", "what's {w} in cymraeg",
        "pluralise {w} for me", "find me a song about a {w}",
        "is {w} a noun or an adjective", "give me a crossword clue for {w}",
        "how do you say {w} in twi", "what's the origin of the word {w}",
        "make up a limerick about a {w}",
    ],
    "routine command": [
        "rename {p} to something easier", "get rid of {p} altogether",
        "make a weekend copy of {p}", "pause {p} while we're on holiday",
        "move {p} to weekday evenings", "add a step to {p} at the end",
        "make {p} less noisy", "share {p} with rory's phone",
        "change what i say for {p}",
    ],
    "word order": [
        "{b} first, then {a}", "{b} is better than {a}", "{b}, never {a}",
        "{b} beats {a} hands down", "{b} instead of any {a}", "{b}, minus the {a}",
    ],
    "negation": [
        "please don't {p} tonight", "no need to {p} today", "let's not {p} this time",
        "you needn't {p} today", "don't go and {p}", "i'd prefer you not {p} yet",
        "we're not doing {p} today",
    ],
    "cancellation": [
        "call off {p} right now", "stop {p}, stop it", "{p}, actually, cancel that",
        "cancel {p} straight off", "abort {p} please", "never mind {p}, cancel it",
        "switch {p} back off now",
    ],
    "state question": [
        "has anyone done {p} yet", "did {p} already happen today", "is {p} done now",
        "have you done {p} already", "was {p} already sorted", "did someone do {p} earlier",
    ],
    "past or story": [
        "when isla was born we did {p} every night", "my dad used to do {p}",
        "at the old flat {p} kept failing", "last winter {p} saved us",
        "on our first night here {p} went haywire", "years ago we tried {p}",
    ],
    "someone else's words": [
        "the sticky note on the fridge says {p}", "my partner keeps saying {p}",
        "the baby group leader said {p}", "the lads at the cab office say {p}",
        "the leaflet from the clinic says {p}", "my mum's text says {p}",
    ],
    "contrast": [
        "{p} is for weekends only", "{p} is for when rory's home",
        "{p} is how we did it before the baby", "{p} is for work days",
        "we stopped doing {p} last year", "{p} is for summer, not now",
    ],
    "hypothetical": [
        "say i asked for {p}, what would happen", "imagine i said {p}",
        "in theory only, {p}", "supposing i wanted {p}, could you",
        "if i ever said {p}, would it work", "as a what-if, {p}",
    ],
    "complaint": [
        "{p} is useless", "{p} never does what it should", "i'm fed up to the back teeth with {p}",
        "{p} does my head in", "{p} is dead annoying", "{p} is a waste of time",
    ],
    "opinion": [
        "{p} is pure genius", "i love {p} to bits", "{p} is the best thing we ever set up",
        "{p} is dead handy", "{p} is brilliant, honestly", "{p} is well good",
    ],
    "reminder for later": [
        "remind me to {p} after the school run", "remind me about {p} on friday",
        "set a reminder to {p} at six", "pop {p} on tomorrow's list",
        "give me a nudge to {p} this evening", "remind me to {p} when rory's home",
    ],
    "permission question": [
        "is the babysitter allowed to {p}", "can the kids {p} on their own",
        "do the rules let me {p}", "can a house guest {p}", "is it ok for the lodger to {p}",
        "are visiting relatives allowed to {p}",
    ],
    "already done": [
        "{p}, we did it already", "{p}, that's done now", "no need, {p} is done",
        "{p}, i sorted it myself", "{p}, it's been done", "{p}, someone's already done it",
    ],
    "did it run": [
        "{p}? did that run?", "{p}, did it actually happen?", "did {p} go off earlier?",
        "{p}, did it work in the end?", "{p}, has it kicked in?",
        "{p}, did that go through ok?",
    ],
    "not yet": [
        "{p}, not yet", "{p}, but not just yet", "{p} in a bit, not now",
        "{p}, hang fire a minute", "{p}, wait till i say", "{p}, not till later",
    ],
    "looking back": [
        "{p} was fun yesterday, wasn't it", "remember {p} at christmas",
        "{p} was a laugh last night", "{p} was so handy last week",
        "{p} was ace on saturday", "{p} worked a dream last time",
    ],
    "story in two clauses": [
        "i said {p} and the whole flat went dark", "{p}, and then the cat went mad",
        "we tried {p} and everyone cheered", "{p} started and the dog barked",
        "i asked for {p}, then the power went", "{p} came on and the baby woke up",
    ],
    "complaint in two clauses": [
        "{p}, and it woke the baby again", "i asked for {p} and nothing happened",
        "{p}, and it's gone wrong again", "{p} ran and it was far too loud",
        "every time i say {p} it does something daft", "{p}, and now nothing works",
    ],
    "question in two clauses": [
        "{p}, what does that actually do?", "i taught you {p}, do you remember?",
        "{p}, how did we set that up?", "{p}, who added that one?",
        "{p}, is that still in there?", "when i say {p}, what happens?",
    ],
}
NEAR_MISS_TEMPLATES = [
    "{} price match", "second-hand {} listings", "{} user manual pdf", "{} spare battery",
    "{} review on youtube", "{} return policy", "{} reviews from other parents",
    "{} cheapest deal", "{} stockists near me", "{} fitting instructions",
]

QUESTION_STARTS = ("what's", "what", "how", "where's", "where", "is", "who's", "whose",
                   "when's", "when", "which")
"""How a phrase taught as a question starts (out-of-scope templates leave these out)."""

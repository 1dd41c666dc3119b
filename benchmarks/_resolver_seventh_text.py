"""The words of the seventh held-out resolver set (benchmarks/_resolver_seventh.py builds
its homes from them). Written blind in one session of issue 14, while another engineer
tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a working farmhouse (seed 60),
a flat shared by nurses on shifts (61), and a couple with a home cinema and a
greenhouse (62). Each home teaches 22 of its own routines with the generic pool; the
rest of its own pool, and the near siblings in ``UNTAUGHT``, are never taught there.

Its wrappers are of kinds the other sets' tables lack or hold only once: names people
give an assistant ("jarvis", "friday", "alfred", "nora"), before or after, with and
without commas; hesitations and fillers ("um, like", "you know"); politeness of other
kinds of English ("be a dear and", "if you please", "there's a love"); restarts of the
phrase ("lock the, er, lock the barn"), the phrase said twice, or with "now", "again",
"for me". The same wrappers go around out-of-scope speech too.
"""

from __future__ import annotations

HOMES: dict[int, str] = {60: "farmhouse", 61: "nurses' flat share", 62: "cinema and greenhouse"}

SEVENTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "farmhouse": {
        "Milking": ["milking time", "off to milk the cows"],
        "Hens": ["feed the hens", "hen house door"],
        "Barn": ["lock the barn", "shut the barn"],
        "Yard lights": ["yard lights on", "floodlights on"],
        "Yard lights off": ["yard lights off"],
        "Boot room": ["boot room heater", "dry the boots"],
        "Lambing": ["lambing camera", "check the ewes"],
        "Aga": ["aga on", "warm the aga"],
        "Bess": ["feed bess", "bess's dinner"],
        "Tractor shed": ["tractor shed light", "shed light on"],
        "Trough": ["fill the trough", "trough pump on"],
        "Early start": ["up at 4", "early start"],
        "Market": ["market day", "off to market"],
        "Log burner": ["log burner on", "stoke the fire"],
        "Farm shop": ["farm shop open", "open the shop"],
        "Muddy paws": ["muddy paws", "mop the flagstones"],
        "Harvest": ["harvest mode", "combine's out"],
        "Chicks": ["chick lamp on", "heat lamp for the chicks"],
        "Gate": ["close the gate", "top gate shut"],
        "Frost": ["frost warning", "storm coming in"],
        "Rounds": ["evening rounds", "last check on the animals"],
        "Quad": ["charge the quad", "quad on charge"],
        "Supper": ["farmhouse supper", "supper's on"],
        "Mucky bath": ["mucky bath", "hot water for a bath"],
        # long
        "Vet visit": ["the vet's coming at ten put the yard lights on"],
    },
    "nurses' flat share": {
        "Nights": ["on nights tonight", "off to nights"],
        "Home from nights": ["home from nights", "back from my shift"],
        "Daytime kip": ["daytime kip", "sleeping after nights"],
        "Blackout": ["blackout blinds down", "blackout on"],
        "Early shift": ["early shift alarm", "alarm for 6"],
        "Late shift": ["on lates", "late shift"],
        "Priya asleep": ["priya's sleeping", "quiet for priya"],
        "Tom asleep": ["tom's sleeping", "quiet for tom"],
        "Scrubs": ["scrubs in the wash", "uniform wash"],
        "Ward": ["ring the ward", "call the ward"],
        "Wind down": ["wind down", "decompress"],
        "Shower": ["hot shower", "post shift shower"],
        "Meal prep": ["meal prep", "batch cooking"],
        "Rota": ["show the rota", "rota on the screen"],
        "Rubbish": ["rubbish out", "recycling day"],
        "Do not disturb": ["do not disturb", "dnd on"],
        "Takeaway": ["pay day treat", "takeaway night"],
        "Coffee for the drive": ["wake up coffee", "coffee for the drive"],
        "Warm flat": ["warm the flat", "radiators on"],
        "Fan 1": ["fan speed 1", "fan speed one"],
        "Fan 2": ["fan speed 2", "fan speed two"],
        "Car": ["charge the car", "car charging"],
        "Parcel": ["parcel coming", "porch camera"],
        "Lamps low": ["lamps low", "soft lights"],
        # long
        "Early call": ["i'm on an early so wake me at half five with the big light"],
    },
    "cinema and greenhouse": {
        "Cinema": ["cinema mode", "screening room ready"],
        "Projector": ["projector on", "screen down"],
        "Projector off": ["projector off", "screen up"],
        "Popcorn": ["popcorn time", "popcorn machine on"],
        "Intermission": ["intermission"],
        "Credits": ["credits rolling", "film's over"],
        "Surround": ["surround sound on"],
        "Vents": ["open the vents", "greenhouse vents open"],
        "Vents shut": ["close the vents"],
        "Mist": ["mist the orchids", "misting on"],
        "Tomatoes": ["tomato lights on", "grow lamps for the tomatoes"],
        "Frost guard": ["frost guard", "greenhouse heater on"],
        "Seedlings": ["water the seedlings", "seed trays"],
        "Film club": ["film club", "friends over for a film"],
        "Dim for film": ["dim the lights for the film", "lights down for the film"],
        "Cello": ["cello practice", "music room for sam"],
        "Alex home": ["alex is home", "welcome back alex"],
        "Lanterns": ["lanterns on", "drinks on the terrace"],
        "Pond": ["pond pump on", "fountain on"],
        "Papers": ["sunday papers", "papers and croissants"],
        "Snug": ["the snug", "snug lights"],
        "Subwoofer": ["bass up", "rumble mode"],
        "Trailers": ["trailers first", "play the trailers"],
        "Potting": ["potting shed", "potting bench light"],
        # long
        "Double bill": ["double bill tonight so warm the cinema and start the popcorn"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name, a number, a
    # place, off for on, open for close)
    "farmhouse": {
        "Geese": ["feed the geese"], "Stable": ["lock the stable"],
        "Up at 5": ["up at 5"], "Chick lamp off": ["chick lamp off"],
        "Open gate": ["open the gate", "top gate open"], "Rex": ["feed rex"],
        "Floodlights off": ["floodlights off"], "Trough pump off": ["trough pump off"],
        "Log burner off": ["log burner off"], "Shop shut": ["farm shop closed"],
        "Pig": ["check the pigs"], "Aga off": ["aga off"],
    },
    "nurses' flat share": {
        "Grace asleep": ["grace's sleeping", "quiet for grace"],
        "Early alarm 7": ["alarm for 7"], "Fan 3": ["fan speed 3", "fan speed three"],
        "Blackout up": ["blackout blinds up"], "On earlies": ["on earlies"],
        "Home from lates": ["home from lates"], "Ring GP": ["ring the surgery"],
        "Cold shower": ["cold shower"], "Car unplug": ["stop charging the car"],
        "Lamps high": ["lamps high"],
    },
    "cinema and greenhouse": {
        "Projector standby": ["projector standby"], "Popcorn off": ["popcorn machine off"],
        "Ferns": ["mist the ferns"], "Tomato lights off": ["tomato lights off"],
        "Pond off": ["pond pump off"], "Surround off": ["surround sound off"],
        "Sam home": ["sam is home", "welcome back sam"], "Cello over": ["viola practice"],
        "Bass down": ["bass down"], "Cucumbers": ["grow lamps for the cucumbers"],
        "Lanterns off": ["lanterns off"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # farmhouse
    {"lock the barn", "shut the barn", "lock up", "lock all doors"},
    {"yard lights on", "floodlights on", "porch light on"},
    {"log burner on", "stoke the fire", "light the fire", "fireplace on"},
    {"up at 4", "early start", "good morning"},
    {"farmhouse supper", "supper's on", "dinner time", "dinner is ready"},
    {"mucky bath", "hot water for a bath", "bath time"},
    {"frost warning", "storm coming in", "storm mode", "close everything"},
    {"feed bess", "bess's dinner"},
    {"close the gate", "top gate shut"},
    {"aga on", "warm the aga"},
    {"chick lamp on", "heat lamp for the chicks"},
    {"the vet's coming at ten put the yard lights on", "yard lights on", "floodlights on"},
    # nurses
    {"on nights tonight", "off to nights", "i'm leaving", "goodbye house"},
    {"home from nights", "back from my shift", "i'm home", "welcome home"},
    {"daytime kip", "sleeping after nights", "nap time", "quiet mode", "blackout on",
     "blackout blinds down"},
    {"priya's sleeping", "quiet for priya", "quiet mode", "baby is sleeping"},
    {"tom's sleeping", "quiet for tom", "quiet mode", "baby is sleeping"},
    {"grace's sleeping", "quiet for grace", "quiet mode", "baby is sleeping"},
    {"blackout blinds down", "blackout on", "close the blinds", "privacy please"},
    {"hot shower", "post shift shower", "shower time", "heat the bathroom"},
    {"warm the flat", "radiators on", "heating on", "warm up the living room"},
    {"wind down", "decompress", "relax mode", "chill out", "calm down"},
    {"wake up coffee", "coffee for the drive", "make coffee", "coffee time"},
    {"do not disturb", "dnd on", "quiet mode", "privacy please"},
    {"pay day treat", "takeaway night"},
    {"lamps low", "soft lights", "evening glow"},
    {"fan speed 1", "fan speed one", "fan on"},
    {"i'm on an early so wake me at half five with the big light", "early shift alarm",
     "good morning"},
    # cinema and greenhouse
    {"cinema mode", "screening room ready", "movie night", "start the movie",
     "dim the lights for the film", "lights down for the film"},
    {"dim the lights for the film", "lights down for the film", "movie night"},
    {"tomato lights on", "grow lamps for the tomatoes", "grow lights on"},
    {"water the seedlings", "seed trays", "water the plants"},
    {"frost guard", "greenhouse heater on"},
    {"lanterns on", "drinks on the terrace", "garden lights", "patio lights"},
    {"alex is home", "welcome back alex", "i'm home", "welcome home"},
    {"sam is home", "welcome back sam", "i'm home", "welcome home"},
    {"sunday papers", "papers and croissants", "make coffee", "coffee time"},
    {"film club", "friends over for a film", "movie night"},
    {"credits rolling", "film's over"},
    {"bass up", "rumble mode", "loud music"},
    {"trailers first", "play the trailers"},
    {"double bill tonight so warm the cinema and start the popcorn", "cinema mode",
     "popcorn time", "movie night", "start the movie", "movie marathon"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("light the fire" when "stoke the fire" is taught)."""

SYNONYMS: dict[str, str] = {
    "film": "movie", "films": "movie", "cinema": "movie", "movies": "movie", "flick": "movie",
    "telly": "tv", "television": "tv", "lamp": "light", "lamps": "light", "lights": "light",
    "bulb": "light", "floodlights": "flood light", "floodlight": "flood light",
    "hens": "chicken", "hen": "chicken", "chickens": "chicken", "chicks": "chick",
    "cows": "cow", "ewes": "sheep", "ewe": "sheep", "dogs": "dog", "puppy": "dog",
    "shut": "close", "closed": "close", "kip": "sleeping", "sleep": "sleeping",
    "asleep": "sleeping", "snooze": "sleeping", "wash": "washing", "laundry": "washing",
    "rubbish": "bin", "bins": "bin", "trash": "bin", "garbage": "bin",
    "radiators": "heating", "radiator": "heating", "heater": "heating",
    "vents": "vent", "misting": "mist", "tomatoes": "tomato", "seedlings": "seedling",
    "stove": "burner", "woodburner": "log burner", "ring": "call", "phone": "call",
    "dnd": "do not disturb", "subwoofer": "bass", "4": "four", "6": "six", "5": "five",
    "7": "seven", "1": "one", "2": "two", "3": "three", "10": "ten", "8": "eight",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"bess", "bess's", "rex", "priya", "priya's", "tom", "tom's", "grace", "grace's",
         "sam", "sam's", "alex", "alex's"}
NUMBERS = {"4": ("four", "for"), "four": ("4", "for"), "6": ("six",), "six": ("6",),
           "1": ("one", "won"), "one": ("1", "won"), "2": ("two", "to", "too"),
           "two": ("2", "to", "too"), "ten": ("10",), "five": ("5",)}
"""Number words and digits a noisy case must keep (in either form, or as a listed
sound-alike)."""

VOCATIVES = ["jarvis", "friday", "alfred", "nora", "hal", "marvin", "computer", "house"]
"""Names people give an assistant ("house" only at the start or the very end)."""

WRAPPERS: dict[str, list[str]] = {
    "vocative": [
        "jarvis, {}", "{}, jarvis", "{} jarvis", "friday {}", "{}, friday", "alfred, {}",
        "{} alfred", "nora, {}", "{}, nora", "hal {}", "{}, hal", "marvin, {}",
        "{} computer", "{}, computer.", "house, {}", "{}, house", "jarvis {}",
        "{} nora.", "oi friday, {}", "right alfred, {}",
    ],
    "hesitation": [
        "um, like, {}", "{}, you know", "like, {}", "er, {}, er", "uh, so, {}",
        "you know, {}", "um... {}", "{}, um, yeah", "er, like, {}, you know",
        "so, er, {}", "hmm, {}", "{}... um", "uh, {}, like",
    ],
    "politeness": [
        "would you mind {}", "be a dear and {}", "{}, cheers", "{} ta", "go on then, {}",
        "{} if you please", "kindly {}", "{}, there's a love", "be a love and {}",
        "{} if it's no bother", "could you possibly {}", "{}, much obliged",
        "{} when you get a sec", "cheers, {}", "{}, ta very much", "do us a favour, {}",
    ],
    "restart or repeat": [
        "{p}, {p}", "{p}. {p} please", "{p} now", "{p} again", "{p} for me",
        "{h}, er, {p}", "{h}... {p}", "{h}, um, {p}", "{p}, i said {p}", "{p} again please",
        "{p}, {p} now", "{h} - sorry - {p}",
    ],
    "mixed": [
        "jarvis, be a dear and {}", "{} if you please, friday", "nora, would you mind {}",
        "kindly {}, computer", "um, alfred, {}", "{} for me, jarvis", "go on then hal, {}",
        "{}, cheers nora", "er, friday, {} again", "like, {}, jarvis", "{} ta, house",
    ],
}
"""In-scope wrappers by kind; ``{p}`` the phrase, ``{h}`` its first words (a restart:
only around phrases of two words or more); ``{}`` the phrase."""

OOS_WRAPPERS = [
    "jarvis, {}", "{}, jarvis", "friday {}", "{} friday", "alfred, {}", "{}, nora",
    "hal, {}", "{} computer", "house, {}", "um, like, {}", "{}, you know", "er, {}, er",
    "uh, so, {}", "you know, {}", "{}, cheers", "{} ta", "{} if you please",
    "jarvis, um, {}", "{}, ta nora", "{} now", "oi nora, {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_WRAPPERS = ["{}", "{}?", "er... {}", "{} then", "so, {}", "the {}"]
"""Around a plain fragment ("the {}" only around a word, never around a partial phrase)."""
FRAGMENT_NEW_WRAPPERS = [
    "jarvis, {}", "{}, friday", "um, like, {}", "{}, you know", "{} if you please",
    "kindly {}, nora", "{}, {}", "{} again", "{} now, jarvis", "alfred {}", "{} ta",
    "house, {}", "er, {}, computer",
]

SEVENTH_SOUND_ALIKE = [
    ("milking", "milkin"), ("milk", "melt"), ("cows", "cos"), ("hens", "hence"),
    ("hens", "hands"), ("barn", "born"), ("barn", "ban"), ("yard", "yawd"), ("yard", "lard"),
    ("floodlights", "flood lights"), ("boot", "boat"), ("boots", "boats"),
    ("heater", "heeter"), ("lambing", "lamb in"), ("lambing", "lemming"),
    ("camera", "camra"), ("ewes", "use"), ("ewes", "yous"), ("aga", "agar"),
    ("aga", "a ga"), ("bess", "bass"), ("bess", "best"), ("bess's", "besses"),
    ("tractor", "tracker"), ("shed", "shared"), ("trough", "trof"), ("trough", "truth"),
    ("market", "marquee"), ("burner", "burn her"), ("stoke", "stroke"), ("log", "lug"),
    ("harvest", "harvester"), ("combine's", "combines"), ("chick", "check"),
    ("chicks", "checks"), ("gate", "gait"), ("gate", "great"), ("frost", "frosty"),
    ("storm", "stom"), ("rounds", "round"), ("animals", "animal"), ("quad", "squad"),
    ("quad", "quads"), ("supper", "super"), ("supper's", "suppers"), ("mucky", "mocky"),
    ("flagstones", "flag stones"), ("muddy", "moody"), ("paws", "pause"),
    ("nights", "knights"), ("nights", "nice"), ("shift", "shaft"), ("shift", "ship"),
    ("kip", "keep"), ("blackout", "black out"), ("blinds", "blends"), ("alarm", "a lamb"),
    ("lates", "lattes"), ("lates", "late's"), ("priya", "pria"), ("priya", "prior"),
    ("priya's", "priyas"), ("tom's", "toms"), ("tom", "tum"), ("scrubs", "scrabs"),
    ("uniform", "unicorn"), ("ward", "word"), ("ward", "war"), ("decompress", "decompressed"),
    ("shower", "shower's"), ("prep", "prepped"), ("batch", "batched"), ("rota", "rotor"),
    ("rota", "roto"), ("rubbish", "rabbit"), ("recycling", "re cycling"),
    ("disturb", "disturbed"), ("dnd", "d and d"), ("takeaway", "take away"),
    ("coffee", "copy"), ("drive", "dive"), ("radiators", "radiator"), ("speed", "spade"),
    ("charge", "change"), ("charging", "changing"), ("parcel", "parsley"),
    ("porch", "porsche"), ("lamps", "lambs"), ("low", "lo"), ("soft", "sought"),
    ("projector", "protector"), ("projector", "project her"), ("screen", "scream"),
    ("popcorn", "pop corn"), ("intermission", "inter mission"), ("credits", "credit"),
    ("rolling", "rollin"), ("surround", "so round"), ("vents", "vans"), ("vents", "events"),
    ("greenhouse", "green house"), ("orchids", "orchards"), ("misting", "missing"),
    ("tomato", "tomatoe"), ("tomatoes", "tomatos"), ("seedlings", "seed links"),
    ("trays", "trains"), ("cello", "jello"), ("cello", "chello"), ("alex", "alec"),
    ("sam", "some"), ("lanterns", "lantern"), ("terrace", "terrorist"), ("pond", "pong"),
    ("pump", "bump"), ("fountain", "mountain"), ("papers", "pipers"),
    ("croissants", "croissant"), ("snug", "snag"), ("bass", "base"), ("rumble", "rumba"),
    ("trailers", "trailer"), ("potting", "putting"), ("bench", "bunch"),
    ("club", "clap"), ("film", "firm"), ("film's", "films"),
]

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how do you grow {w}", "sell the old {w} on facebook", "what's the price of {w} "
        "this week", "put {p} in the diary for friday", "email the vet about the {w}",
        "what even is a {w}", "add {w} to the big shop", "find {p} on spotify",
        "translate {w} into spanish", "would {p} be a good band name", "write a poem about {w}",
        "google {p}", "how heavy is a {w}", "order {w} seeds online",
        "print a sign that says {p}", "where can i get a {w} near here",
    ],
    "routine command": [
        "delete {p}", "rename {p} to something shorter", "what does {p} actually do",
        "when is {p} set for", "can you change {p}", "remove the {p} routine", "edit {p}",
        "how many steps does {p} have", "disable {p} for a week", "who made {p}",
        "is {p} scheduled today", "list what {p} switches", "copy {p} as a new routine",
        "put {p} on a timer", "change the name of {p}", "stop {p} running every day",
    ],
    "word order": [
        "any {b} in the {a} yet", "is the {b} {a}", "{b}, then {a}",
        "what's the {b} at the {a}", "how much {b} for the {a}", "does {b} come before {a}",
        "where's the {b} {a}", "the {b} had {a}",
    ],
    "negation": [
        "don't {p} tonight", "no need for {p}", "hold off on {p}",
        "we won't be needing {p}", "don't you dare {p}", "skip {p} today",
        "i'd rather not {p}", "nah, no {p}", "not {p} please",
        "there'll be no {p} today", "no {p} for us", "don't go doing {p}",
    ],
    "cancellation": [
        "scrap {p}", "abort {p}", "call {p} off", "cancel the {p} please", "stop doing {p}",
        "oh, cancel {p}", "undo the {p} thing", "kill {p}", "{p}? no, cancel that",
        "scratch {p}", "drop {p} for today", "cancel {p} and the rest",
    ],
    "state question": [
        "is {p} done", "did {p} run", "has {p} finished", "is {p} still going",
        "is {p} active right now", "how's {p} going", "did {p} start ok", "is {p} set",
        "what's {p} doing now", "has {p} happened yet", "is {p} on yet",
    ],
    "past or story": [
        "{p} ran at three this morning", "{p} didn't work last week",
        "the vet came right in the middle of {p}", "we did {p} on saturday",
        "{p} was ages ago", "remember when {p} set off the smoke alarm",
        "back in june we had {p} every day", "{p} happened twice while i was on nights",
        "{p} tripped the fuse yesterday", "last winter {p} saved the lot",
        "my mum loved {p} when she came to stay",
    ],
    "someone else's words": [
        "the farmer next door says {p}", "the sister on the ward said {p}",
        "priya keeps shouting {p}", "alex always says {p}", "the bloke in the film said {p}",
        "the vet said {p}", "the podcast host said {p}", "it says {p} on the box",
        "the radio advert goes {p}", "my sister texted {p}", "the sign at the show said {p}",
        "the parrot says {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "how do you pronounce {}", "who invented the {}", "set a reminder to buy {}",
    "what's the best {} to get", "book a {} for saturday", "tell me a joke about {}",
    "is there a {} museum", "how old is the oldest {}", "show me photos of {}",
    "what colour is a {}",
]

"""The words of the ninth held-out resolver set (benchmarks/_resolver_ninth.py builds its
homes from them). Written blind in one session of issue 14, while another engineer
tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a shared student house with a
cleaning rota (seed 80), a village shop and post office with the family flat above
(81), and a family with a baby and a grandmother who uses a wheelchair, with an
accessible wet room (82). Each home teaches 22 of its own routines with the generic
pool; the rest of its own pool, and the near siblings in ``UNTAUGHT`` ("baby's bath"
beside "baby's bedtime", "rory's alarm" beside "kwame's alarm"), are never taught there.
Phrases take shapes the other pools have little of: possessives ("nonna's bath", "mum's
kettle"), "the usual", whole sentences ("i've got an exam tomorrow", "the baby's
asleep", "last one in locks up"), numbers and clock times ("wake kwame at 8", "the 5am
delivery", "nonna's 8 o'clock pills", "tea at half five", "bath at 37 degrees") and one
word ("hoovering", "pres", "shutters").

Its wrappers use words and frames none of the sixth, seventh and eighth tables have
(tests/test_resolver_ninth_data.py checks it): other nicknames ("hen", "petal", "dude",
"bestie"), discourse markers ("alrighty", "anyhow", "truth be told"), politeness ("greatly
appreciated", "would it be possible to"), time words ("this instant", "chop chop"),
self-corrections ("scratch that", "my bad"), questions ("d'you reckon you could"),
and new kinds: regional and generational speech (Scottish, Irish, Australian,
American, Indian English: "aye", "wee", "so it is", "gonna", "yaar", "ji"),
a reason given ("because it's late", "we're heading out"), an emphatic repeat ("X.
X!"), filled pauses as a recogniser spells them ("umm", "uhh", "hm"), a child's or a
tired voice ("pleeease X"), and a trailing tag ("X, yeah?", "X, if that suits").
"""

from __future__ import annotations

HOMES: dict[int, str] = {80: "student house", 81: "village shop and post office",
                         82: "baby and nonna"}

NINTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "student house": {
        "Bin rota": ["whose turn is it for the bins", "bin rota"],
        "Kwame's alarm": ["kwame's alarm", "wake kwame at 8"],
        "Fliss's alarm": ["fliss's alarm"],
        "The usual": ["the usual"],
        "Exam mode": ["exam season", "revision lockdown"],
        "Exam tomorrow": ["i've got an exam tomorrow"],
        "House meeting": ["house meeting", "everyone downstairs"],
        "Wash 40": ["washing machine on 40", "do a wash at 40"],
        "Tumble dryer": ["tumble dryer on", "dry my hoodies"],
        "Hoover": ["hoovering"],
        "Pres": ["pres", "pre drinks playlist"],
        "String lights": ["string lights on"],
        "Immersion": ["immersion on", "shower's free"],
        "Brew round": ["brew round", "kettle for five"],
        "Bike shed": ["bike shed light"],
        "Locks up": ["last one in locks up"],
        "Big shop": ["big shop list", "add oat milk"],
        "Rory's playlist": ["rory's playlist"],
        "Inspection": ["landlord's coming at 10", "tidy for the inspection"],
        "Lecture": ["9am lecture", "lecture at nine"],
        "Library": ["library mode"],
        "Takeaway": ["the pizza's arrived", "takeaway's ordered"],
        "Meter": ["how much credit's on the meter"],
        "Radiators": ["bleed the radiators"],
        "Kwame's lamp": ["kwame's desk lamp"],
        # long
        "Landlord friday": ["the landlord is coming on friday so put the hoover on the rota "
                            "and remind everyone at six"],
    },
    "village shop and post office": {
        "Open up": ["open up shop", "shutters up"],
        "Shutters": ["shutters"],
        "Close up": ["shutters down", "we're closed"],
        "Open sign": ["open sign on"],
        "Chillers": ["chiller cabinets on", "check the chillers"],
        "Bread": ["bread van's here", "the 5am delivery"],
        "Papers": ["paper round", "papers are in"],
        "Post office": ["post office counter open", "parcel pickup"],
        "Lottery": ["lottery terminal on"],
        "Back office": ["back office heater", "warm the back office"],
        "Stock take": ["stock take", "stocktake tonight"],
        "Forecourt": ["cameras on the forecourt", "record the till"],
        "Cash up": ["cash up", "cashing up at 8"],
        "Back in 10": ["back in 10 minutes sign"],
        "Ice cream": ["ice cream freezer on"],
        "Mum's kettle": ["mum's kettle", "cuppa for mum"],
        "Shop radio": ["shop radio on", "radio 1 in the shop"],
        "Second till": ["queue's building", "second till open"],
        "Shop alarm": ["shop alarm on", "set the shop alarm"],
        "Upstairs": ["we're upstairs"],
        "Coffee machine": ["coffee machine on at 7"],
        "Raj's van": ["raj's van is out", "deliveries van tracker"],
        "Stickers": ["half price stickers"],
        "Delivery bay": ["delivery bay door"],
        "Bell": ["shop bell"],
        # long
        "Late bread": ["the bread van is late so leave the shutters half up and ring the "
                       "bakery"],
    },
    "baby and nonna": {
        "Baby's bedtime": ["baby's bedtime", "nursery lights down"],
        "Night feed": ["night feed", "bottle warmer on"],
        "Shush": ["shush machine", "womb sounds"],
        "Baby asleep": ["the baby's asleep"],
        "Alfie's nap": ["alfie's nap"],
        "Nonna's bath": ["nonna's bath", "fill the accessible bath"],
        "Bath 37": ["bath at 37 degrees"],
        "Hoist": ["hoist charging", "charge the hoist"],
        "Wet room": ["wet room heater", "warm the wet room"],
        "Lift up": ["through floor lift up", "lift to upstairs"],
        "Lift down": ["through floor lift down"],
        "Nonna's pills": ["nonna's 8 o'clock pills", "medication reminder"],
        "Nonna's soaps": ["nonna's soaps", "put corrie on for nonna"],
        "Ramp": ["ramp lights on", "light the ramp"],
        "Wide door": ["open the wide door", "auto door open"],
        "Pull cord": ["pull cord alarm test"],
        "Carer": ["carer's here", "let the carer in"],
        "Steriliser": ["steriliser on", "sterilise the bottles"],
        "Pram": ["pram walk", "we're taking the pram out"],
        "Nappy": ["nappy time", "changing table lamp"],
        "Lullabies": ["play the lullabies", "twinkle twinkle", "lullabies"],
        "Blackout": ["blackout blinds shut"],
        "Half five": ["tea at half five"],
        "Morning": ["rise and shine", "morning everyone"],
        "Buggy": ["fold the buggy"],
        # long
        "Nonna wet room": ["nonna needs the wet room so warm it up and run the bath at 38 "
                           "degrees"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name, a number, a time,
    # off for on, another person's thing of the same kind)
    "student house": {
        "Rory's alarm": ["rory's alarm"], "Wake 9": ["wake kwame at 9"],
        "Wash 60": ["washing machine on 60"], "Dryer off": ["tumble dryer off"],
        "String off": ["string lights off"], "Landlord 11": ["landlord's coming at 11"],
        "Kettle four": ["kettle for four"], "Lecture ten": ["lecture at ten"],
        "Fliss's playlist": ["fliss's playlist"], "Fliss's lamp": ["fliss's desk lamp"],
        "Immersion off": ["immersion off"], "Gym mode": ["library closed"],
    },
    "village shop and post office": {
        "Open sign off": ["open sign off"], "Ice cream off": ["ice cream freezer off"],
        "Radio 2 shop": ["radio 2 in the shop"], "Third till": ["third till open"],
        "Coffee 8": ["coffee machine on at 8"], "Back in 20": ["back in 20 minutes sign"],
        "Cash up 9": ["cashing up at 9"], "6am": ["the 6am delivery"],
        "Lottery off": ["lottery terminal off"], "Front office": ["front office heater"],
        "Dad's kettle": ["dad's kettle"], "Shop alarm off": ["shop alarm off"],
    },
    "baby and nonna": {
        "Baby's bath": ["baby's bath"], "Alfie's bedtime": ["alfie's bedtime"],
        "Nonna's nap": ["nonna's nap"], "Ramp off": ["ramp lights off"],
        "Steriliser off": ["steriliser off"], "Pills 9": ["nonna's 9 o'clock pills"],
        "Half six": ["tea at half six"], "Bath 40": ["bath at 40 degrees"],
        "Bottle off": ["bottle warmer off"], "Day feed": ["day feed"],
        "Wide door close": ["close the wide door"], "Nursery up": ["nursery lights up"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # student house
    {"exam season", "revision lockdown", "i've got an exam tomorrow", "library mode",
     "focus mode", "study time", "quiet mode", "homework time"},
    {"hoovering", "cleaning time", "start the vacuum", "tidy for the inspection"},
    {"pres", "pre drinks playlist", "party mode", "let's party", "loud music",
     "concert mode"},
    {"immersion on", "shower's free", "shower time", "heat the bathroom"},
    {"brew round", "kettle for five", "tea time", "boil the kettle", "make coffee",
     "coffee time"},
    {"last one in locks up", "lock up", "lock all doors"},
    {"landlord's coming at 10", "tidy for the inspection", "cleaning time"},
    {"9am lecture", "lecture at nine", "wake kwame at 8", "good morning"},
    {"kwame's alarm", "wake kwame at 8"},
    {"the pizza's arrived", "takeaway's ordered", "dinner time", "dinner is ready"},
    {"whose turn is it for the bins", "bin rota"},
    {"washing machine on 40", "do a wash at 40"},
    {"tumble dryer on", "dry my hoodies"},
    {"house meeting", "everyone downstairs"},
    {"big shop list", "add oat milk"},
    {"the landlord is coming on friday so put the hoover on the rota and remind everyone "
     "at six", "tidy for the inspection", "landlord's coming at 10"},
    # village shop
    {"open up shop", "shutters up", "shutters", "open sign on"},
    {"shutters down", "we're closed", "shop alarm on", "set the shop alarm", "lock up",
     "lock all doors", "arm the alarm", "security on"},
    {"chiller cabinets on", "check the chillers"},
    {"bread van's here", "the 5am delivery"},
    {"paper round", "papers are in"},
    {"post office counter open", "parcel pickup"},
    {"back office heater", "warm the back office", "heating on", "office mode"},
    {"stock take", "stocktake tonight"},
    {"cameras on the forecourt", "record the till"},
    {"cash up", "cashing up at 8"},
    {"mum's kettle", "cuppa for mum", "tea time", "boil the kettle"},
    {"shop radio on", "radio 1 in the shop", "music in the kitchen", "kitchen radio"},
    {"queue's building", "second till open"},
    {"we're upstairs", "i'm home", "welcome home"},
    {"coffee machine on at 7", "make coffee", "coffee time"},
    {"raj's van is out", "deliveries van tracker"},
    {"the bread van is late so leave the shutters half up and ring the bakery",
     "bread van's here", "the 5am delivery"},
    # baby and nonna
    {"baby's bedtime", "nursery lights down", "kids bedtime", "story time",
     "alfie's nap", "nap time", "the baby's asleep", "baby is sleeping", "quiet mode",
     "shush machine", "womb sounds", "white noise", "sleep sounds", "play the lullabies",
     "twinkle twinkle", "blackout blinds shut"},
    {"night feed", "bottle warmer on", "sterilise the bottles", "steriliser on"},
    {"nonna's bath", "fill the accessible bath", "bath at 37 degrees", "bath time",
     "nonna needs the wet room so warm it up and run the bath at 38 degrees",
     "wet room heater", "warm the wet room", "heat the bathroom", "shower time"},
    {"hoist charging", "charge the hoist"},
    {"through floor lift up", "lift to upstairs"},
    {"nonna's 8 o'clock pills", "medication reminder"},
    {"nonna's soaps", "put corrie on for nonna", "tv time", "watch television"},
    {"ramp lights on", "light the ramp", "porch light on", "front door light"},
    {"open the wide door", "auto door open", "carer's here", "let the carer in"},
    {"pram walk", "we're taking the pram out", "i'm leaving", "goodbye house"},
    {"nappy time", "changing table lamp"},
    {"tea at half five", "dinner time", "dinner is ready", "tea time"},
    {"rise and shine", "morning everyone", "good morning", "wake up the house",
     "open the blinds", "let the sun in"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("boil the kettle" when "brew round" is taught)."""

SYNONYMS: dict[str, str] = {
    "hoodies": "hoodie", "jumpers": "hoodie", "vacuum": "hoover", "hoovering": "hoover",
    "telly": "tv", "television": "tv", "lamp": "light", "lamps": "light", "lights": "light",
    "brew": "tea", "cuppa": "tea", "bins": "bin", "rubbish": "bin",
    "cameras": "camera", "cctv": "camera", "tills": "till",
    "pills": "pill", "tablets": "pill", "meds": "pill", "medication": "pill",
    "bubba": "baby", "buggy": "pram", "stroller": "pram", "pushchair": "pram",
    "nappies": "nappy", "diaper": "nappy", "lullaby": "lullabies",
    "heater": "heat", "heating": "heat", "warm": "heat", "fridges": "chiller",
    "fridge": "chiller", "chillers": "chiller", "store": "shop",
    "1": "one", "5am": "five am", "7": "seven", "8": "eight", "9": "nine", "9am": "nine am",
    "10": "ten", "11": "eleven", "20": "twenty", "37": "thirty seven",
    "38": "thirty eight", "40": "forty", "60": "sixty", "6am": "six am",
    "o'clock": "oclock",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"kwame", "kwame's", "fliss", "fliss's", "rory", "rory's", "raj", "raj's",
         "mum", "mum's", "dad's", "alfie", "alfie's", "nonna", "nonna's", "corrie"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "1": ("one", "won"), "5am": ("5 am", "five am", "5 a.m."), "6am": ("6 am", "six am"),
    "7": ("seven",), "8": ("eight", "ate"), "9": ("nine",), "nine": ("9",),
    "9am": ("9 am", "nine am", "9 a.m."), "10": ("ten",), "ten": ("10",),
    "11": ("eleven",), "20": ("twenty",), "37": ("thirty seven",),
    "38": ("thirty eight",), "40": ("forty",), "60": ("sixty",), "five": ("5",),
    "six": ("6",), "o'clock": ("oclock", "o clock"),
}
"""Number words, digits and clock times a noisy case must keep (in either form)."""

VOCATIVES = ["hen", "petal", "dude", "bestie", "sparky", "wilson", "champ", "kiddo",
             "bro", "lovey", "sunbeam", "professor", "dearie", "cobber", "guv"]
"""Nicknames and names people give an assistant, none of the earlier sets'."""

WRAPPERS: dict[str, list[str]] = {
    "vocative": [
        "hen, {}", "{}, hen", "petal, {}", "{} petal", "dude, {}", "{}, dude",
        "bestie, {}", "{} bestie", "sparky, {}", "{}, sparky", "wilson {}", "{}, wilson",
        "champ, {}", "{} champ", "kiddo, {}", "{}, bro", "lovey, {}", "{}, sunbeam",
        "professor, {}", "{}, dearie", "cobber, {}", "{}, guv",
    ],
    "discourse marker": [
        "alrighty, {}", "so anyhow, {}", "{}, you see", "truth be told, {}",
        "the thing is, {}", "listen, {}", "see, {}", "righto, {}", "okey dokey, {}",
        "as i say, {}", "{}, as i say", "anyhow, {}", "{}, and all that",
        "thing is, {}", "{}, anyhow",
    ],
    "politeness": [
        "i'd appreciate it if you could {}", "{}, greatly appreciated",
        "would it be possible to {}", "{} at your convenience", "{}, legend",
        "{}, thanking you", "{}, gracias", "merci, {}", "{}, i'd be thankful",
        "with respect, {}", "{}, if you'd be good enough", "regards, {}",
        "{}, appreciate it",
    ],
    "time word": [
        "{} this instant", "{} on the double", "chop chop, {}", "{}, chop chop",
        "{} lickety split", "{} without delay", "{} forthwith", "{} in two shakes",
        "{}, get a move on", "instantly, {}", "{} in a heartbeat",
        "{}, soon as you can",
    ],
    "self-correction": [
        "{h}, scratch that, {p}", "{h}, rather, {p}", "{h}... correction, {p}",
        "{h}, to rephrase, {p}", "{h}, my bad, {p}", "{h}, whoops, {p}",
        "{h}, strike that, {p}", "{h}, or rather {p}", "{h}, ugh, {p}",
        "{h}, rewind, {p}", "whoops, {p}", "my bad, {p}",
    ],
    "question": [
        "could ya {}?", "is there a way you could {}?", "would you consider doing {}?",
        "would you be able to {}?", "is it possible to get {}?", "might we have {}?",
        "d'you reckon you could {}?", "how's about {}?", "may i have {}?",
        "fancy doing {}?",
    ],
    "regional speech": [
        "aye, {}", "{}, aye", "och, {}", "{}, so it is", "{} there, would ya",
        "i'm gonna need {}", "gonna need {}", "{}, y'all", "i reckon {}",
        "{}, fair dinkum", "{}, ji", "{}, yaar", "{}, wee man",
        "{}, eh", "{} ya ken", "{}, grand so", "ah sure, {}",
    ],
    "reason given": [
        "{}, we're heading out", "{} because it's late", "{} cos it's getting late",
        "{}, i'm knackered", "{}, the guests will be here soon", "{} since we're back",
        "{}, it's been a long day", "{} so we're ready", "{}, i've got my hands full",
        "{} before i forget", "{}, my hands are mucky", "{} as it's nearly time",
    ],
    "emphatic repeat": [
        "{p}. {p}!", "{p}! {p}! {p}!", "{p}, yep yep, {p}", "{p}, really, {p}",
        "{p}. seriously. {p}", "{p}! come on, {p}!", "{p}, i insist",
        "{p}, for real", "{P}!", "{p}... {P}!", "{p}, ugh, {p}",
    ],
    "filled pause": [
        "umm, {}", "uhh {}", "{}, uhm", "hm, {}", "mmm... {}", "ah, {}", "ehm, {}",
        "uhh, uhh, {}", "{} ah", "eh, {}", "umm... uhh... {}", "{}, hmmm",
    ],
    "child or tired voice": [
        "pleeease {}", "{} pleeeease", "pleeease, {}", "{}, pleeease, i'm so tired",
        "yaaawn, {}", "can we pleeease {}", "{}, pwease", "{}, pleeease pleeease",
        "ugh... {}", "{}, i'm sooo tired", "waaah, {}",
    ],
    "trailing tag": [
        "{}, yeah?", "{}, would you?", "{}, if that suits", "{}, if poss",
        "{}, won't you?", "{}, kay?", "{}, would ya?", "{}, eh?", "{}, okay?",
        "{}, can ya?", "{}, d'ya hear?",
    ],
    "mixed": [
        "umm, hen, {}", "{} on the double, dude", "aye petal, {} this instant",
        "pleeease bestie, {}", "{}, we're heading out, sparky", "righto, {}, yeah?",
        "so anyhow wilson, {} lickety split", "i reckon {}, greatly appreciated",
        "uhh, could ya {}?", "dude, {}, i'm knackered", "{}, kay? gracias, bro",
    ],
}
"""In-scope wrappers by kind; ``{p}`` the phrase, ``{P}`` the phrase stressed (in
capitals), ``{h}`` its first words (a restart: only around phrases of two words or
more); ``{}`` the phrase."""

REASON_CLASHES: dict[str, set[str]] = {
    "we're heading out": {"home", "upstairs", "arrived", "here", "in", "back"},
    "since we're back": {"away", "leaving", "goodbye", "out", "vacation", "holiday"},
    "because it's late": {"morning", "breakfast", "rise", "wake", "5am", "9am", "lecture"},
    "cos it's getting late": {"morning", "breakfast", "rise", "wake", "5am", "9am",
                              "lecture"},
    "it's been a long day": {"morning", "breakfast", "rise", "wake", "5am", "9am",
                             "lecture", "start"},
    "i'm knackered": {"workout", "gym", "yoga", "party", "pres", "drinks", "disco"},
}
"""Reasons that would contradict a phrase with one of these words ("welcome home,
we're heading out"): never said around it, so the request stays the phrase's."""

MULTI_WRAPPING = [
    "i'd appreciate it if you could", "greatly appreciated", "would it be possible to",
    "at your convenience", "legend", "thanking you", "i'd be thankful",
    "with respect", "if you'd be good enough", "regards", "appreciate it",
    "so anyhow", "you see", "truth be told", "the thing is", "thing is", "okey dokey",
    "as i say", "and all that", "this instant", "on the double", "chop chop",
    "lickety split", "without delay", "in two shakes", "get a move on",
    "in a heartbeat", "soon as you can", "scratch that", "to rephrase",
    "my bad", "strike that", "or rather", "could ya", "is there a way you could",
    "would you consider doing",
    "would you be able to", "is it possible to get", "might we have",
    "d'you reckon you could", "how's about", "may i have", "fancy doing",
    "so it is", "there would ya", "would ya", "i'm gonna need", "gonna need",
    "i reckon", "fair dinkum", "ji", "wee man", "ya ken", "grand so",
    "ah sure", "we're heading out", "because it's late", "cos it's getting late",
    "i'm knackered", "the guests will be here soon", "since we're back",
    "it's been a long day", "so we're ready", "i've got my hands full",
    "before i forget", "my hands are mucky", "as it's nearly time", "yep yep",
    "come on", "i insist", "for real", "i'm so tired", "i'm sooo tired",
    "can we pleeease", "if that suits", "if poss", "won't you", "can ya",
    "d'ya hear", "really", "seriously",
]
"""Wrapper expressions of several words (or words only a wrapper says here), struck
(longest first) before single words."""

WRAPPER_WORDS = {
    *VOCATIVES, "alrighty", "anyhow", "listen", "see", "righto", "gracias", "merci",
    "instantly", "forthwith", "rather", "correction", "whoops", "ugh", "rewind",
    "aye", "och", "y'all", "yaar", "eh", "umm", "uhh", "uhm", "hm", "mmm", "ah",
    "ehm", "hmmm", "pleeease", "pleeeease", "yaaawn", "pwease", "waaah", "kay",
    "okay", "yeah", "would", "could", "you", "i", "we", "can", "us",
}
"""Single words that only wrap a request in this set (struck wherever they are)."""

OOS_WRAPPERS = [
    "hen, {}", "{}, petal", "dude, {}", "{} bestie", "sparky, {}", "{}, wilson",
    "alrighty, {}", "so anyhow, {}", "truth be told, {}", "{}, you see", "listen, {}",
    "{}, greatly appreciated", "merci, {}", "{} this instant", "chop chop, {}",
    "aye, {}", "{}, so it is", "i reckon {}", "{}, yaar", "umm, {}", "uhh {}",
    "{}, hmmm", "pleeease, {}", "{}, yeah?", "{}, if that suits", "{}, guv",
    "{}, i'm knackered", "{} before i forget",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_NEW_WRAPPERS = [
    "{} hen", "dude, {}", "{}, you see", "alrighty... {}", "{}, chop chop",
    "aye, {}", "umm, {}", "{}, yeah?", "pleeease {}", "hm, {}?", "{}, greatly appreciated",
    "righto, {}", "{} this instant, sparky", "{}, if that suits",
]
"""Around a fragment, new wrappers only."""

NINTH_SOUND_ALIKE = [
    ("whose", "who's"), ("turn", "tern"), ("bins", "beans"), ("rota", "roter"),
    ("rota", "rotor"), ("kwame's", "kwamis"), ("kwame", "kwami"), ("kwame", "quammy"),
    ("alarm", "a lam"), ("fliss's", "flisses"), ("fliss", "fleece"), ("usual", "you sual"),
    ("exam", "ex am"), ("revision", "division"), ("lockdown", "lock down"),
    ("meeting", "meting"), ("downstairs", "down stairs"), ("washing", "wishing"),
    ("tumble", "tumbler"), ("dryer", "drier"), ("hoodies", "hoodys"), ("hoovering", "hovering"),
    ("pres", "press"), ("pres", "prez"), ("drinks", "drinkz"), ("playlist", "play list"),
    ("string", "sting"), ("immersion", "emersion"), ("shower's", "showers"),
    ("brew", "brue"), ("kettle", "cattle"), ("bike", "bite"), ("shed", "shred"),
    ("locks", "lox"), ("oat", "oak"), ("rory's", "rories"), ("rory", "roary"),
    ("landlord's", "landlords"), ("inspection", "in section"), ("lecture", "lector"),
    ("library", "libary"), ("pizza's", "pizzas"), ("takeaway", "take away"),
    ("credit's", "credits"), ("meter", "metre"), ("bleed", "blead"),
    ("radiators", "radiator's"), ("desk", "disk"), ("shutters", "shudders"),
    ("shutters", "shutter's"), ("chiller", "killer"), ("cabinets", "cabernets"),
    ("bread", "bred"), ("van's", "vans"), ("papers", "pipers"), ("parcel", "parsley"),
    ("pickup", "pick up"), ("lottery", "lotto tree"), ("terminal", "terminator"),
    ("stocktake", "stock take"), ("forecourt", "four court"), ("till", "teal"),
    ("cashing", "cushing"), ("freezer", "freezer's"), ("mum's", "mums"),
    ("cuppa", "copper"), ("radio", "radial"), ("queue's", "cues"), ("queue's", "qs"),
    ("building", "bidding"), ("alarm", "llama"), ("upstairs", "up stairs"),
    ("raj's", "rajes"), ("raj", "rush"), ("tracker", "tractor"), ("stickers", "stickles"),
    ("bay", "bey"), ("bell", "bill"), ("bakery", "bakers"), ("nursery", "nurse tree"),
    ("bottle", "bottled"), ("warmer", "warmup"), ("shush", "shoosh"), ("womb", "room"),
    ("baby's", "babies"), ("asleep", "a sleep"), ("alfie's", "alfies"),
    ("alfie", "alfy"), ("nonna's", "nonnas"), ("nonna", "nana"), ("accessible", "access able"),
    ("degrees", "decrees"), ("hoist", "hoisted"), ("hoist", "heist"), ("wet", "what"),
    ("floor", "flaw"), ("lift", "left"), ("medication", "meditation"),
    ("reminder", "remainder"), ("soaps", "soups"), ("corrie", "curry"), ("ramp", "romp"),
    ("auto", "otto"), ("cord", "chord"), ("carer's", "carers"), ("carer", "career"),
    ("steriliser", "sterilizer"), ("sterilise", "sterilize"), ("pram", "prom"),
    ("nappy", "nippy"), ("changing", "chaining"), ("lullabies", "lull abies"),
    ("twinkle", "tinkle"), ("blackout", "black out"), ("blinds", "blends"),
    ("shine", "shrine"), ("buggy", "boogie"), ("fold", "hold"),
]
"""The ninth set's own recogniser confusions (real words, splits, spellings)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "what rhymes with {w}", "translate {w} into polish", "how old is the word {w}",
        "crochet a {w} for the baby", "who invented the {w}", "write {p} on the whiteboard",
        "is {w} spelt with two l's", "post a photo of the {w} to the group chat",
        "how much is a second hand {w}", "set {p} as the group chat name",
        "what colour is a {w}", "read me a poem about {w}", "order a {w} online",
        "is {w} a scrabble word", "who's the patron saint of {w}",
    ],
    "routine command": [
        "wipe {p} from the list", "call {p} something else", "what exactly does {p} do",
        "when's {p} set for", "delete {p} for good", "change what {p} does",
        "list the steps in {p}", "put {p} on hold till monday", "who made {p}",
        "is {p} on a timer", "duplicate {p}", "shift {p} to the evening",
        "why did {p} run at midnight", "rename {p} to something shorter",
    ],
    "word order": [
        "{b} and {a}", "{b} without {a}", "more {b} than {a}",
        "where's the {b} in the {a}", "{b} versus {a}", "{b} then {a}",
    ],
    "negation": [
        "no need for {p}", "skip {p} tonight", "we won't need {p}", "hold off on {p}",
        "not {p} just yet", "there'll be no {p}", "give {p} a miss", "i don't fancy {p}",
        "{p}? nope", "nobody asked for {p}", "absolutely no {p}",
    ],
    "cancellation": [
        "scrap {p}", "abort {p}", "knock {p} on the head", "ditch {p}",
        "reverse {p}", "{p}, actually cancel that", "pull the plug on {p}",
        "call {p} off", "kill {p}", "back out of {p}", "quit {p}",
    ],
    "state question": [
        "has {p} finished", "is {p} done yet", "did {p} work", "is {p} going",
        "has someone already done {p}", "when did {p} last run", "is {p} still running",
        "how's {p} getting on", "has {p} kicked in", "was {p} on earlier",
    ],
    "past or story": [
        "we did {p} at freshers", "{p} broke last term", "nonna did {p} in 1975",
        "{p} went off during the exam", "last week {p} woke the baby",
        "the shop had {p} before we bought it", "{p} was a disaster on saturday",
        "kwame forgot {p} again yesterday", "back in the day we never had {p}",
        "{p} flooded the wet room once", "raj did {p} wrong on monday",
    ],
    "someone else's words": [
        "fliss always says {p}", "the baby monitor app says {p}",
        "a customer asked for {p} this morning", "the carer wrote {p} in her notes",
        "nonna calls it {p}", "the lecturer said {p}", "the poster in the shop says {p}",
        "someone in the group chat said {p}", "the health visitor mentioned {p}",
        "the landlord's email says {p}", "the delivery note says {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "how do you pronounce {}", "what's the plural of {}", "who makes the best {}",
    "is {} gluten free", "hire a {} for saturday", "what does {} mean in latin",
    "tell me a joke about {}", "how long does a {} last", "paint a {}",
    "compare {} prices",
]

RECOGNISER_EXPANSIONS = {
    "what's": "what is", "it's": "it is", "we're": "we are", "i've": "i have",
    "let's": "let us", "there's": "there is", "who's": "who is",
}
"""Contractions a recogniser writes out in full (or the other way round)."""

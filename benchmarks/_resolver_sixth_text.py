"""The words of the sixth held-out resolver set (benchmarks/_resolver_sixth.py builds
its homes from them). Written blind in one session of issue 14, while another engineer
tuned the resolver on the fifth set; tuning must not open this file.

Its homes are of kinds the other sets lack: a small flat of one elderly person, a
shared student house, a home office, a family with a baby. Its phrases are the ones
such people give routines ("kettle on", "all off", "nap time for ben", "night mode 2").
"""

from __future__ import annotations

SIXTH_ROUTINES: dict[str, list[str]] = {
    # a small flat, one elderly person
    "Kettle": ["kettle on", "put the kettle on"],
    "Pills": ["pill time", "tablets at eight"],
    "Chair lamp": ["my chair light", "reading lamp"],
    "Telly": ["telly on", "my programmes"],
    "Ring Susan": ["ring susan", "call my daughter"],
    "Getting up": ["i'm up", "getting up now"],
    "Afternoon rest": ["afternoon nap", "forty winks"],
    # a shared student house
    "All off now": ["all off"],
    "Off out": ["leaving now", "off to uni"],
    "Exam mode": ["exam mode", "revision time"],
    "Housemates asleep": ["quiet please", "housemates sleeping"],
    "Pizza": ["pizza's here", "door for pizza"],
    "TV off": ["tv off"],
    "TV off upstairs": ["tv off upstairs"],
    "TV off downstairs": ["tv off downstairs", "downstairs telly off"],
    "Night mode 1": ["night mode", "night mode 1"],
    "Night mode 2": ["night mode 2", "night mode two"],
    "Jake's music": ["jake's music", "music for jake"],
    "Washing": ["washing on", "laundry in"],
    # a home office
    "Desk": ["at my desk", "work mode"],
    "On a call": ["on a call", "meeting in 5"],
    "Coffee break": ["coffee break"],
    "Done for the day": ["done for the day", "log off"],
    "Printer": ["printer on"],
    "Pomodoro": ["pomodoro", "focus for 25 minutes"],
    # a family with a baby
    "Ben's nap": ["nap time for ben", "ben's nap"],
    "Ella's nap": ["nap time for ella"],
    "Wake Ella": ["wake up ella", "ella's awake"],
    "Bedtime story": ["bedtime story", "story for ella"],
    "Bottle": ["warm the bottle", "bottle time"],
    "Nursery": ["nursery light on", "night light for ben"],
    "Cosy": ["make it cosy", "cosy"],
    "Baby bath": ["baby bath", "bath for ben"],
    "Nappy": ["nappy change", "changing mat light"],
    # long phrases
    "Out for the day": ["turn everything off we're going out for the day"],
    "Bath ready": ["get the bathroom warm for the baby's bath"],
}

UNTAUGHT_ROUTINES: dict[str, list[str]] = {
    # never taught in any home: siblings of taught phrases (a name, a number, a room,
    # on for off) that a home of this set might have but does not
    "Max's nap": ["nap time for max", "max's nap"],
    "Wake Ben": ["wake up ben"],
    "Night mode 3": ["night mode 3", "night mode three"],
    "TV off kitchen": ["tv off in the kitchen"],
    "Kettle off": ["kettle off"],
    "Telly off": ["telly off"],
    "Printer off": ["printer off"],
    "Story for Ben": ["story for ben"],
    "Tea break": ["tea break"],
    "Leaving at 5": ["leaving at 5"],
    "Study lamp": ["study lamp on"],
    "Washing done": ["washing's done"],
}

SAME_REQUEST: list[set[str]] = [
    {"kettle on", "put the kettle on", "boil the kettle"},
    {"all off", "everything off", "all lights off", "turn everything off"},
    {"telly on", "my programmes", "tv time", "watch television"},
    {"make it cosy", "cosy", "cozy evening"},
    {"leaving now", "off to uni", "i'm leaving", "goodbye house",
     "turn everything off we're going out for the day"},
    {"lights out", "lights off", "all lights off", "everything off", "all off"},
    {"good night", "night mode", "night mode 1", "lights out"},
    {"calm down", "chill out", "relax mode", "meditation time"},
    {"homework time", "study time", "revision time", "exam mode", "focus mode"},
    {"nap time", "ben's nap"},
    {"at my desk", "work mode", "office mode", "start my work day"},
    {"done for the day", "log off", "end of work day", "office off"},
    {"baby bath", "bath for ben", "bath time"},
    {"bedtime story", "story for ella", "story time", "kids bedtime"},
    {"story for ben", "bedtime story", "story time", "kids bedtime"},
    {"quiet please", "quiet mode", "baby is sleeping", "housemates sleeping"},
    {"wake up ella", "ella's awake", "wake up kids", "school morning"},
    {"wake up ben", "wake up kids", "school morning"},
    {"washing's done", "laundry is done", "washing machine finished"},
    {"coffee break", "coffee time", "make coffee"},
    {"my chair light", "reading lamp", "reading mode", "time to read"},
    {"i'm up", "getting up now", "good morning", "wake up the house"},
    {"exam mode", "revision time", "focus mode", "study time"},
    {"pomodoro", "focus for 25 minutes", "focus mode"},
    {"afternoon nap", "forty winks", "nap time"},
    {"nursery light on", "night light for ben", "night light"},
    {"warm the bottle", "bottle time"},
    {"get the bathroom warm for the baby's bath", "heat the bathroom", "shower time"},
    {"turn everything off we're going out for the day", "i'm leaving", "goodbye house",
     "we are away", "vacation mode", "everything off"},
    {"tea break", "tea time", "boil the kettle", "kettle on", "put the kettle on",
     "coffee break"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("boil the kettle" when "kettle on" is taught)."""

SYNONYMS: dict[str, str] = {
    "cozy": "cosy", "snug": "cosy", "television": "tv", "telly": "tv", "hoover": "vacuum",
    "film": "movie", "cinema": "movie", "children": "kid", "kids": "kid", "child": "kid",
    "lamp": "light", "lights": "light", "lamps": "light", "bulb": "light",
    "lighting": "light", "tablets": "pill", "tablet": "pill", "pills": "pill",
    "medicine": "pill", "meds": "pill", "laundry": "washing", "wash": "washing",
    "shades": "blinds", "curtains": "blinds", "nappy": "diaper", "diaper": "diaper",
    "bye": "goodbye", "leave": "leaving", "2": "two", "1": "one", "3": "three",
    "5": "five", "25": "twenty five", "8": "eight", "programmes": "programme",
    "programs": "programme", "shows": "programme",
    "uni": "university", "asleep": "sleeping", "sleep": "sleeping", "silent": "quiet",
    "hush": "quiet", "mute": "quiet", "bath": "bath", "tub": "bath",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"ben", "ben's", "ella", "ella's", "susan", "jake", "jake's", "max", "max's"}
NUMBERS = {"1": ("one", "won"), "one": ("1", "won"), "2": ("two", "to", "too"),
           "two": ("2", "to", "too"), "5": ("five",), "five": ("5",),
           "25": ("twenty five", "twentyfive"), "eight": ("8", "ate"), "forty": ("40",)}
"""Number words and digits a noisy case must keep (in either form, or as a listed
sound-alike)."""

SIXTH_CARRIERS = [
    "ok computer {}", "hey house {} thanks", "could you do {} for me", "um, {}",
    "{} now please", "house, {}", "right house, {}", "{}, thank you dear", "oi house, {}",
    "er, um, {}", "{} pretty please", "alright, {}", "computer, {}, thanks",
    "please would you {}", "{} when you can", "hiya, {}", "do {} for us", "{} if that's ok",
    "right, {}.", "{}!", "hey house, can you {}", "ok computer, {} please",
    "{}, ta love", "go on, {}", "would you {} for me please", "mm, {}",
    "{} please house", "house please {}", "{} cheers", "yes, {}",
]
SIXTH_SOUND_ALIKE = [
    ("kettle", "cattle"), ("kettle", "kettles"), ("kettle", "cattle's"), ("pill", "peel"),
    ("pill", "bill"), ("tablets", "tablet"), ("eight", "8"), ("eight", "ate"),
    ("chair", "share"), ("chair", "cheer"), ("lamp", "lamb"), ("telly", "tally"),
    ("telly", "jelly"), ("programmes", "programs"), ("programmes", "program"),
    ("susan", "suzanne"), ("susan", "sue san"), ("daughter", "daughters"),
    ("daughter", "doctor"), ("i'm", "im"), ("getting", "gettin"), ("afternoon", "after noon"),
    ("forty", "40"), ("forty", "fourty"), ("winks", "wings"), ("winks", "winx"),
    ("leaving", "leafing"), ("leaving", "leavin"), ("uni", "you knee"), ("uni", "unit"),
    ("exam", "egg sam"), ("exam", "exams"), ("revision", "vision"),
    ("revision", "revisions"), ("quiet", "quite"), ("quiet", "quiets"),
    ("housemates", "house mates"), ("housemates", "house mate"), ("sleeping", "sleepin"),
    ("pizza's", "pizzas"), ("pizza's", "pizza is"), ("pizza", "piece of"), ("tv", "t v"),
    ("tv", "tea vee"), ("upstairs", "up stairs"), ("downstairs", "down stairs"),
    ("night", "nite"), ("mode", "mood"), ("1", "one"), ("1", "won"), ("2", "two"),
    ("2", "to"), ("two", "too"), ("two", "2"), ("jake's", "jakes"), ("jake's", "jay's"),
    ("jake", "jay"), ("washing", "watching"), ("washing", "washin"), ("laundry", "lawn dry"),
    ("desk", "disk"), ("desk", "desks"), ("call", "cole"), ("call", "cool"),
    ("meeting", "meetin"), ("5", "five"), ("coffee", "coughy"), ("break", "brake"),
    ("log", "lock"), ("log", "logs"), ("printer", "print her"), ("printer", "printed"),
    ("pomodoro", "pomo doro"), ("pomodoro", "pomadoro"), ("25", "twenty five"),
    ("minutes", "minute"), ("ben", "bin"), ("ben", "been"), ("ben", "pen"),
    ("ben's", "bens"), ("ben's", "bin's"), ("ella", "ela"), ("ella", "eller"),
    ("ella", "hella"), ("ella's", "ellas"), ("ella's", "ella is"), ("awake", "a wake"),
    ("bedtime", "bed time"), ("story", "storey"), ("bottle", "bottel"),
    ("bottle", "model"), ("nursery", "nurse ree"), ("nursery", "nurses"),
    ("cosy", "cozy"), ("cosy", "cosie"), ("baby", "babe"), ("bath", "barth"),
    ("nappy", "happy"), ("nappy", "nappie"), ("changing", "chaining"), ("mat", "matt"),
    ("mat", "mad"), ("everything", "every thing"), ("we're", "were"),
    ("going", "gonna"), ("bathroom", "bath room"), ("baby's", "babies"),
    ("warm", "worm"), ("nap", "knap"), ("wake", "bake"),
]

FRAGMENT_WRAPPERS = ["{}", "{}?", "um, {}", "ok computer {}", "hey house, {}",
                     "{} please", "{}... er", "the {}"]
"""Around a fragment ("the {}" only around a word, never around a partial phrase)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "what rhymes with {w}", "is {p} the name of a band", "buy me a {w} online",
        "how do you spell {w}", "put {w} on the list for sainsbury's",
        "what did they say about {w} on the news", "is there a {w} emoji",
        "find a video of {p} on youtube", "remind susan about {p} on tuesday",
        "how many calories does {p} burn", "write {p} on the whiteboard",
        "send the group chat a message saying {p}", "make a poster that says {p}",
        "what's {w} in french", "how much is a new {w}", "search ebay for a {w}",
        "what's the origin of the word {w}",
    ],
    "routine command": [
        "forget {p}", "rename {p}", "what does {p} do", "when does {p} start",
        "could you delete {p} for me", "i want to rename {p} to something else",
        "tell me what {p} does", "what time does {p} come on",
        "forget the {p} routine please", "can you remove {p} from the list",
        "what's in the {p} routine", "when's {p} meant to start",
        "set {p} to start at seven", "move {p} to nine o'clock", "how do i change {p}",
        "turn off the schedule for {p}", "show me {p}", "who added {p}",
        "make a copy of {p}",
    ],
    "word order": [
        "what {b} is {a}", "what {b} has {a}", "which {b} is the {a}",
        "what {b} does the {a} need", "how much {b} does {a} take",
        "any {b} for the {a} today", "is there {b} for {a}", "has the {b} got {a}",
    ],
    "negation": [
        "don't do {p}", "no {p} today thanks", "not {p}", "please don't {p}",
        "i don't want {p} yet", "not {p} yet", "don't bother with {p}",
        "no, not {p}", "there's no {p} tonight", "we don't want {p} now",
        "i said don't do {p}", "never do {p} without asking",
    ],
    "cancellation": [
        "cancel {p}", "never mind {p}", "stop {p}", "cancel {p} thanks",
        "actually never mind about {p}", "call off {p}", "stop the {p} one",
        "{p}, oh no, cancel that", "can you undo {p}", "switch {p} off again",
        "forget about {p} for today", "undo {p} please", "stop {p} straight away",
    ],
    "state question": [
        "is {p} on", "is {p} still on", "is {p} running yet", "has {p} come on",
        "did {p} go off", "is {p} working", "have you done {p}", "are we on {p}",
        "is {p} going at the moment", "did you do {p} earlier",
        "how long has {p} been on", "is {p} switched on now",
    ],
    "past or story": [
        "we had {p} yesterday", "{p} came on in the middle of the night",
        "{p} was lovely this morning", "i did {p} at lunch", "{p} went wrong on sunday",
        "my grandson set up {p} for me last year", "we had {p} twice last week",
        "{p} worked fine till tuesday", "{p} was too bright last night",
        "the other day {p} didn't happen", "when we had {p} the fuse went",
        "{p} was my housemate's idea",
    ],
    "someone else's words": [
        "my housemate keeps saying {p}", "the baby monitor said {p}",
        "the nurse said {p}", "my daughter said {p} on the phone",
        "jake just shouted {p}", "on the telly they said {p}",
        "the song on the radio goes {p}", "my boss said {p} on the call",
        "the baby's book says {p}", "the card from susan says {p}",
        "the man in the advert said {p}", "the kids' show keeps saying {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "what's on the {} channel tonight", "who sings the {} song", "add {} to the rota",
    "how do you say {} in welsh", "order a {} from argos", "what's a good name for a {}",
    "look up {} in the dictionary", "find the {} shop", "text jake the word {}",
    "is {} spelled with two l's",
]

"""The words of the eighth held-out resolver set (benchmarks/_resolver_eighth.py builds
its homes from them). Written blind in one session of issue 14, while another engineer
tuned the resolver; tuning must not open this file.

Three homes of kinds the other sets lack, one per seed: a retired couple with hearing
aids, a dog and a caravan (seed 70), a teenager's gaming den beside a busy family
kitchen (71), and a small bed and breakfast with numbered guest rooms (72). Each home
teaches 22 of its own routines with the generic pool; the rest of its own pool, and the
near siblings in ``UNTAUGHT``, are never taught there. Phrases take shapes the other
pools have little of: questions as names ("what's for tea", "is it caravan weather"),
imperatives with an object ("flash the lights for the postman"), numbers ("oven to
180", "room 3 ready"), names ("ring our karen", "leo's bedtime"), a phrase inside
another ("flash the lights" in "flash the lights for the postman"; the generic
"lights out" in "lights out for leo"), and a phrase that starts with "no" ("no
vacancies").

Its wrappers are of kinds the sixth and seventh tables lack: nicknames and other names
for the assistant ("mate", "buddy", "sweetheart", "machine", "jeeves"); discourse
markers of other kinds of English ("innit", "so yeah", "anyway", "basically",
"actually"); politeness ("would you be so kind as to", "ta muchly", "cheers mate");
time words ("right now", "straight away", "asap"); self-corrections ("hang on",
"no wait", "i mean"); and the phrase asked as a question ("can we have X?", "could i
get X"). The same wrappers go around out-of-scope speech too.
"""

from __future__ import annotations

HOMES: dict[int, str] = {70: "retired couple and caravan", 71: "gaming den and family kitchen",
                         72: "bed and breakfast"}

EIGHTH_ROUTINES: dict[str, dict[str, list[str]]] = {
    "retired couple and caravan": {
        "Hearing aids": ["charge my hearing aids", "hearing aids in the charger"],
        "Subtitles": ["subtitles on", "telly up for derek"],
        "Caravan power": ["hook up the caravan", "caravan power on"],
        "Caravan power off": ["caravan power off"],
        "Caravan heat": ["heat the caravan", "caravan heater to 18"],
        "Caravan weather": ["is it caravan weather"],
        "What's for tea": ["what's for tea", "tea's on the table"],
        "Crossword": ["crossword corner", "my glasses light"],
        "Bowls": ["off to bowls", "bowls club tonight"],
        "Grandkids": ["grandkids are coming", "the little ones are here"],
        "Strictly": ["maureen's programme", "put strictly on"],
        "Recliner": ["warm derek's chair", "recliner heat pad"],
        "Morning pills": ["morning tablets", "pill box alarm"],
        "Flash": ["flash the lights"],
        "Postman": ["flash the lights for the postman", "someone at the door"],
        "Pippa": ["let pippa out", "pippa's walk"],
        "Roses": ["water the roses", "sprinkler on the lawn"],
        "Bingo": ["bingo night", "eyes down"],
        "Feet up": ["feet up", "put my feet up"],
        "Church": ["off to church", "sunday service"],
        "Boost": ["boost the heating for an hour", "heating boost 1 hour"],
        "Radio 4": ["radio 4 on", "the archers"],
        "Karen": ["ring our karen", "video call karen"],
        "Scooter": ["charge the scooter", "scooter on charge"],
        "Wooden hill": ["up the wooden hill", "bed for us two"],
        # long
        "Fortnight away": ["we're off in the caravan for a fortnight so turn the heating "
                           "down and close the curtains"],
    },
    "gaming den and family kitchen": {
        "Going live": ["going live", "stream starting"],
        "Ranked": ["ranked match", "sweat mode"],
        "RGB": ["rgb rainbow", "keyboard lights purple"],
        "Squad": ["squad's online", "voice chat on"],
        "Controller": ["charge the controller", "headset on charge"],
        "Busy light": ["busy light on", "door sign red"],
        "What's for dinner": ["what's for dinner", "food's on the table"],
        "Oven": ["preheat the oven to 200", "oven to 180"],
        "Pasta": ["pasta timer 12 minutes", "boil the pasta water"],
        "Air fryer": ["air fryer on", "chips in the air fryer"],
        "Screen time": ["screen time's up", "consoles off at 9"],
        "Leo's bedtime": ["leo's bedtime", "lights out for leo"],
        "Mia's bedtime": ["mia's bedtime"],
        "Dishwasher": ["dishwasher on", "run the dishes"],
        "Fridge": ["what's in the fridge"],
        "Family table": ["everyone to the table", "tea's up"],
        "Kitchen disco": ["kitchen disco", "friday tunes"],
        "School run": ["school run in 10", "shoes on everyone"],
        "Lunchboxes": ["pack the lunchboxes", "lunchbox list"],
        "Den blue": ["den lights blue"],
        "Den off": ["den lights off"],
        "Neon": ["neon sign on"],
        "PC fan": ["pc fan max", "cool the pc"],
        "Game volume": ["game volume 30", "turn the game down"],
        "Pepper": ["feed pepper", "pepper's bowl"],
        "Bins": ["which bin is it this week"],
        # long
        "Save and tea": ["when the match finishes tell leo his tea is going cold"],
    },
    "bed and breakfast": {
        "Breakfast service": ["full english on", "breakfast service"],
        "Room 3": ["room 3 ready", "room three's made up"],
        "Room 1": ["room 1 ready"],
        "Arrivals": ["guests at the gate", "check in time"],
        "Checkout": ["checkout at 11", "rooms to clean"],
        "Garden room": ["garden room heater", "warm the garden room"],
        "Vacancies": ["vacancies sign on"],
        "No vacancies": ["no vacancies", "we're full tonight"],
        "Towels": ["fresh towels", "towel rails on"],
        "Linen": ["sheets in the wash", "linen day"],
        "Lounge fire": ["guest lounge fire", "light the lounge fire"],
        "Quiet hours": ["quiet hours for guests", "after ten hush"],
        "Wifi": ["what's the wifi password"],
        "Trays": ["restock the tea trays", "hospitality trays"],
        "Porridge": ["porridge on", "porridge for room 5"],
        "Eggs": ["collect the eggs", "eggs from the coop"],
        "Car park": ["car park lights", "light the drive"],
        "Off duty": ["off duty", "gone to the cash and carry"],
        "Hot tub": ["hot tub on", "heat the hot tub to 38"],
        "Hot tub jets": ["hot tub jets on"],
        "Stars": ["how many stars today"],
        "Welcome pack": ["welcome pack for the smiths"],
        "Night porter": ["night porter mode", "front door at midnight"],
        "Bell": ["ring for breakfast", "breakfast bell"],
        "Conservatory": ["fairy lights in the conservatory", "conservatory glow"],
        "Dog room": ["dog friendly room", "dog bowls out"],
        # long
        "Early leavers": ["room 4 are leaving early so put the coffee on at six and "
                          "print their bill"],
    },
}

UNTAUGHT: dict[str, dict[str, list[str]]] = {
    # never taught in their home: siblings of taught phrases (a name, a number, a
    # room, off for on, another thing of the same kind)
    "retired couple and caravan": {
        "Caravan heat 20": ["caravan heater to 20"], "Bonnie": ["let bonnie out"],
        "Steven": ["ring our steven", "video call steven"], "Radio 2": ["radio 2 on"],
        "Subtitles off": ["subtitles off"], "Tulips": ["water the tulips"],
        "Milkman": ["flash the lights for the milkman"], "Golf": ["off to golf"],
        "Boost 2": ["heating boost 2 hours"], "Wheelchair": ["charge the wheelchair"],
        "Evening pills": ["evening tablets"], "Chapel": ["off to chapel"],
    },
    "gaming den and family kitchen": {
        "Den red": ["den lights red"], "Zoe's bedtime": ["zoe's bedtime"],
        "Oven 220": ["oven to 220"], "Rice": ["rice timer 12 minutes"],
        "Air fryer off": ["air fryer off"], "Game volume 50": ["game volume 50"],
        "Feed biscuit": ["feed biscuit"], "Neon off": ["neon sign off"],
        "Busy light off": ["busy light off"], "Freezer": ["what's in the freezer"],
        "Stream ending": ["stream ending"], "Dishwasher off": ["dishwasher off"],
    },
    "bed and breakfast": {
        "Room 2": ["room 2 ready"], "Room 5": ["room 5 ready", "room five's made up"],
        "Jones pack": ["welcome pack for the joneses"], "Hot tub off": ["hot tub off"],
        "Vacancies off": ["vacancies sign off"], "Checkout 10": ["checkout at 10"],
        "Dinner bell": ["dinner bell"], "Hot tub 40": ["heat the hot tub to 40"],
        "Jets off": ["hot tub jets off"], "Geese": ["collect the goose eggs"],
        "Continental": ["continental on"], "Cat room": ["cat friendly room"],
    },
}

SAME_REQUEST: list[set[str]] = [
    # the generic pool's
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    # retired couple
    {"what's for tea", "tea's on the table", "dinner time", "dinner is ready", "tea's up",
     "everyone to the table", "food's on the table", "what's for dinner"},
    {"charge my hearing aids", "hearing aids in the charger"},
    {"hook up the caravan", "caravan power on"},
    {"heat the caravan", "caravan heater to 18"},
    {"flash the lights for the postman", "someone at the door", "front door light"},
    {"let pippa out", "pippa's walk", "walking the dog", "dog walk"},
    {"water the roses", "sprinkler on the lawn", "water the garden", "sprinklers on"},
    {"feet up", "put my feet up", "relax mode", "chill out"},
    {"boost the heating for an hour", "heating boost 1 hour", "heating on",
     "warm up the living room"},
    {"radio 4 on", "the archers", "kitchen radio", "music in the kitchen", "my podcast",
     "morning news"},
    {"up the wooden hill", "bed for us two", "good night", "lights out"},
    {"we're off in the caravan for a fortnight so turn the heating down and close the "
     "curtains", "vacation mode", "we are away", "i'm leaving", "goodbye house"},
    {"subtitles on", "telly up for derek"},
    {"maureen's programme", "put strictly on", "tv time", "watch television"},
    {"off to bowls", "bowls club tonight", "i'm leaving", "goodbye house"},
    {"off to church", "sunday service", "i'm leaving", "goodbye house"},
    {"grandkids are coming", "the little ones are here", "guests are coming", "company mode"},
    # gaming den and family kitchen
    {"going live", "stream starting"},
    {"ranked match", "sweat mode", "game night", "gaming mode"},
    {"charge the controller", "headset on charge"},
    {"busy light on", "door sign red"},
    {"preheat the oven to 200", "oven to 180", "cooking mode"},
    {"pasta timer 12 minutes", "boil the pasta water"},
    {"screen time's up", "consoles off at 9"},
    {"leo's bedtime", "lights out for leo", "kids bedtime", "story time"},
    {"mia's bedtime", "kids bedtime", "story time"},
    {"zoe's bedtime", "kids bedtime", "story time"},
    {"dishwasher on", "run the dishes"},
    {"kitchen disco", "friday tunes", "party mode", "let's party", "loud music"},
    {"school run in 10", "shoes on everyone", "school morning", "wake up kids"},
    {"feed pepper", "pepper's bowl"},
    {"pc fan max", "cool the pc"},
    {"game volume 30", "turn the game down"},
    {"when the match finishes tell leo his tea is going cold", "what's for dinner",
     "food's on the table", "everyone to the table", "tea's up", "dinner is ready"},
    # bed and breakfast
    {"full english on", "breakfast service", "breakfast time", "ring for breakfast",
     "breakfast bell"},
    {"room 3 ready", "room three's made up"},
    {"guests at the gate", "check in time", "guests are coming"},
    {"checkout at 11", "rooms to clean", "cleaning time"},
    {"garden room heater", "warm the garden room"},
    {"no vacancies", "we're full tonight"},
    {"fresh towels", "towel rails on"},
    {"sheets in the wash", "linen day", "laundry is done"},
    {"guest lounge fire", "light the lounge fire", "light the fire", "fireplace on"},
    {"quiet hours for guests", "after ten hush", "quiet mode"},
    {"restock the tea trays", "hospitality trays"},
    {"collect the eggs", "eggs from the coop"},
    {"car park lights", "light the drive", "porch light on"},
    {"off duty", "gone to the cash and carry", "i'm leaving", "goodbye house"},
    {"hot tub on", "heat the hot tub to 38"},
    {"night porter mode", "front door at midnight", "lock up", "lock all doors"},
    {"fairy lights in the conservatory", "conservatory glow", "evening glow"},
    {"dog friendly room", "dog bowls out"},
    {"room 4 are leaving early so put the coffee on at six and print their bill",
     "make coffee", "coffee time"},
]
"""Phrases that ask for the same thing: an untaught one is not out of scope in a home
that taught another of its group ("light the fire" when "light the lounge fire" is
taught)."""

SYNONYMS: dict[str, str] = {
    "telly": "tv", "television": "tv", "lamp": "light", "lamps": "light", "lights": "light",
    "bulb": "light", "tablets": "pill", "tablet": "pill", "pills": "pill",
    "ring": "call", "phone": "call", "rang": "call",
    "heater": "heat", "heating": "heat", "warm": "heat", "curtains": "blind",
    "blinds": "blind", "doggy": "dog", "dogs": "dog", "pup": "dog", "sheets": "linen",
    "bedding": "linen", "wash": "washing", "laundry": "washing", "check-in": "check in",
    "checkin": "check in", "wi-fi": "wifi", "password": "code", "gran": "grandkid",
    "grandchildren": "grandkid", "grandkids": "grandkid", "grandad": "grandkid",
    "console": "consoles", "xbox": "consoles", "playstation": "consoles",
    "playlist": "tunes", "music": "tunes", "songs": "tunes", "livestream": "stream",
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "9": "nine",
    "10": "ten", "11": "eleven", "12": "twelve", "18": "eighteen", "20": "twenty",
    "30": "thirty", "38": "thirty eight", "40": "forty", "50": "fifty", "180": "one eighty",
    "200": "two hundred", "220": "two twenty",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NAMES = {"derek", "derek's", "maureen", "maureen's", "pippa", "pippa's", "karen", "steven",
         "bonnie", "leo", "leo's", "mia", "mia's", "zoe", "zoe's", "pepper", "pepper's",
         "biscuit", "smiths", "joneses", "strictly"}
NUMBERS: dict[str, tuple[str, ...]] = {
    "1": ("one", "won"), "one": ("1", "won"), "2": ("two", "to", "too"),
    "two": ("2", "to", "too"), "3": ("three",), "three": ("3",), "three's": ("3's",),
    "4": ("four", "for"), "four": ("4", "for"), "5": ("five",), "five": ("5",),
    "9": ("nine",), "nine": ("9",), "10": ("ten",), "ten": ("10",), "11": ("eleven",),
    "12": ("twelve",), "18": ("eighteen",), "20": ("twenty",), "30": ("thirty",),
    "38": ("thirty eight",), "40": ("forty",), "50": ("fifty",),
    "180": ("one eighty", "one hundred and eighty"), "200": ("two hundred",),
    "220": ("two twenty",), "six": ("6",),
}
"""Number words and digits a noisy case must keep (in either form, or as a listed
sound-alike)."""

VOCATIVES = ["mate", "buddy", "sweetheart", "machine", "jeeves", "hector", "bertie",
             "pal", "chief", "gizmo", "sunshine", "duck", "pet", "chuck", "robot", "boss"]
"""Nicknames and names people give an assistant, said before or after a request."""

WRAPPERS: dict[str, list[str]] = {
    "vocative": [
        "mate, {}", "{}, mate", "{} mate", "buddy, {}", "{} buddy", "sweetheart, {}",
        "{}, sweetheart", "machine, {}", "{}, machine", "jeeves, {}", "{} jeeves",
        "hector {}", "{}, hector", "bertie, {}", "{} pal", "chief, {}", "{}, gizmo",
        "sunshine, {}", "{} duck", "{}, pet", "chuck, {}", "robot, {}", "{}, boss",
        "hey buddy, {}", "right then mate, {}",
    ],
    "discourse marker": [
        "{} innit", "{}, innit", "so yeah, {}", "{}, so yeah", "anyway, {}", "anyway {}",
        "basically {}", "basically, {}", "actually, {}", "{}, actually", "{} like",
        "so basically, {}", "right so, {}", "well, {}", "look, {}", "honestly, {}",
        "{}, basically", "anyways, {}", "so, like, {}", "yeah so {}",
    ],
    "politeness": [
        "would you be so kind as to {}", "{}, cheers mate", "{} ta muchly",
        "{}, ta muchly", "much obliged if you'd {}", "if it's not too much trouble, {}",
        "be a star and {}", "{}, nice one", "i'd be ever so grateful if you'd {}",
        "{} pretty please with sugar on top", "{}, lovely, thanks", "do me a solid and {}",
        "{}, bless you", "when you've a moment, {}", "{} if you'd be so kind",
        "{}, thanks ever so", "{}, you're a star",
    ],
    "time word": [
        "{} right now", "{} straight away", "{} asap", "now, {}", "right now, {}",
        "{} pronto", "{} in a jiffy", "quick, {}", "{} immediately", "{}, sharpish",
        "{} this minute", "straight away, {}", "{} at once", "{} quick as you like",
    ],
    "self-correction": [
        "{h}, no wait, {p}", "{h} - hang on - {p}", "{h}, i mean, {p}", "{p}, i mean {p}",
        "sorry, {p}", "oops, {p}", "let me start again, {p}", "{h}... what am i saying, {p}",
        "erm, the, {p}", "what's it called, {p}", "{h}, hang on, {h}, {p}",
        "{p} - yes, {p}", "{h}, no, {p}", "{h}... sorry, {p}",
    ],
    "question": [
        "can we have {}?", "could i get {}", "can i get {} please", "any chance of {}?",
        "could we have {}?", "how about {}?", "can you do {}?", "shall we have {}?",
        "can i have {}", "could you do {}?", "can we do {}", "can we get {}?",
    ],
    "mixed": [
        "mate, can we have {}?", "{} asap, cheers mate", "anyway buddy, {}",
        "so yeah, {} straight away", "sweetheart, would you be so kind as to {}",
        "basically, {} right now, machine", "{} innit, jeeves", "actually, could i get {}",
        "sorry, {} ta muchly", "hector, {} pronto", "right so, {}, buddy",
        "{}, cheers boss", "now then pal, {}",
    ],
}
"""In-scope wrappers by kind; ``{p}`` the phrase, ``{h}`` its first words (a restart:
only around phrases of two words or more); ``{}`` the phrase."""

MULTI_WRAPPING = [
    "would you be so kind as to", "if you'd be so kind", "much obliged if you'd",
    "if it's not too much trouble", "i'd be ever so grateful if you'd",
    "pretty please with sugar on top", "do me a solid and", "be a star and",
    "you're a star", "when you've a moment", "thanks ever so", "ta muchly",
    "cheers mate", "nice one", "bless you", "lovely thanks", "right now", "straight away",
    "in a jiffy", "this minute", "at once", "quick as you like", "so yeah", "yeah so",
    "right so", "right then", "now then", "no wait", "hang on", "i mean",
    "what am i saying", "let me start again", "what's it called", "any chance of",
    "how about", "shall we have", "can we have", "could we have", "can we get",
    "can we do", "can i get", "could i get", "can i have", "can you do", "could you do",
    "hey buddy",
]
"""Wrapper expressions of several words, struck (longest first) before single words."""

OOS_WRAPPERS = [
    "mate, {}", "{}, mate", "buddy, {}", "{} buddy", "sweetheart, {}", "machine, {}",
    "{}, jeeves", "hector, {}", "{} innit", "so yeah, {}", "anyway, {}", "basically {}",
    "actually, {}", "{}, actually", "well, {}", "{} asap", "{} straight away",
    "{}, cheers mate", "{} ta muchly", "right now, {}", "look, {}", "{}, boss",
    "anyway mate, {}",
]
"""Wrappers that fit around any request (a negation or a question too)."""

FRAGMENT_WRAPPERS = ["{}", "{}?", "erm {}", "{}, then", "and {}", "the {}", "oh, {}"]
"""Around a plain fragment ("the {}" only around a word, never around a partial phrase)."""
FRAGMENT_NEW_WRAPPERS = [
    "{} mate", "buddy, {}", "{} innit", "so yeah, {}", "anyway... {}", "{}, basically",
    "actually, {}", "{} asap", "can we have {}?", "could i get {}", "sweetheart, {}",
    "{}? ta muchly", "{} right now, machine", "{}, cheers mate",
]

EIGHTH_SOUND_ALIKE = [
    ("hearing", "herring"), ("aids", "eights"), ("aids", "aides"), ("charger", "charged"),
    ("subtitles", "sub titles"), ("derek", "direct"), ("derek", "derrick"),
    ("caravan", "carrot van"), ("caravan", "cara van"), ("power", "tower"),
    ("heater", "eater"), ("weather", "whether"), ("weather", "feather"),
    ("tea's", "teas"), ("table", "cable"), ("crossword", "cross word"),
    ("corner", "coroner"), ("glasses", "classes"), ("bowls", "bolts"), ("bowls", "balls"),
    ("club", "glove"), ("grandkids", "grand kids"), ("little", "lil"),
    ("maureen's", "marines"), ("programme", "program"), ("strictly", "strict lee"),
    ("recliner", "reclina"), ("chair", "cheer"), ("tablets", "tablet's"),
    ("alarm", "la"), ("flash", "flush"), ("postman", "post man"), ("postman", "bosman"),
    ("pippa", "pepper"), ("pippa", "peppa"), ("pippa's", "pippas"), ("roses", "noses"),
    ("roses", "rose's"), ("lawn", "lorn"), ("sprinkler", "sprinkle"), ("bingo", "bongo"),
    ("church", "chartres"), ("service", "surface"), ("boost", "boast"), ("hour", "our"),
    ("archers", "orchards"), ("karen", "caring"), ("karen", "karin"), ("video", "vidya"),
    ("scooter", "scoota"), ("scooter", "squatter"), ("wooden", "wouldn't"),
    ("hill", "ill"), ("fortnight", "fort night"), ("curtains", "certains"),
    ("live", "leave"), ("stream", "scream"), ("ranked", "rank"), ("sweat", "sweet"),
    ("rgb", "r g b"), ("rainbow", "rain bow"), ("keyboard", "key board"),
    ("purple", "people"), ("squad's", "squads"), ("voice", "choice"),
    ("controller", "control a"), ("headset", "head set"), ("busy", "bizzy"),
    ("sign", "sine"), ("preheat", "pre heat"), ("oven", "often"), ("pasta", "pastor"),
    ("fryer", "friar"), ("fryer", "fire"), ("chips", "ships"), ("consoles", "consoled"),
    ("leo's", "leos"), ("leo", "lee oh"), ("mia's", "mias"), ("dishwasher", "dish washer"),
    ("dishes", "dishy"), ("fridge", "fringe"), ("disco", "disc oh"), ("tunes", "tones"),
    ("shoes", "shoos"), ("lunchboxes", "lunch boxes"), ("lunchbox", "lunch box"),
    ("den", "then"), ("den", "ten"), ("neon", "knee on"), ("pc", "p c"),
    ("max", "macs"), ("volume", "valium"), ("pepper", "paper"), ("pepper's", "peppers"),
    ("bowl", "bowel"), ("bin", "been"), ("match", "much"), ("english", "anglish"),
    ("service", "servers"), ("ready", "reddy"), ("guests", "guesses"), ("gate", "great"),
    ("checkout", "check out"), ("clean", "cling"), ("garden", "guardian"),
    ("vacancies", "vacances"), ("towels", "towers"), ("towel", "tower"), ("rails", "rays"),
    ("sheets", "shits"), ("linen", "lining"), ("lounge", "lunge"), ("hush", "husk"),
    ("wifi", "why fi"), ("password", "pass word"), ("restock", "re stock"),
    ("trays", "treys"), ("hospitality", "hostility"), ("porridge", "partridge"),
    ("eggs", "ex"), ("coop", "cup"), ("drive", "dry"), ("duty", "dirty"),
    ("carry", "curry"), ("tub", "tab"), ("jets", "jest"), ("stars", "stairs"),
    ("welcome", "well come"), ("smiths", "smiffs"), ("porter", "potter"),
    ("midnight", "mid night"), ("breakfast", "brekkie"), ("fairy", "ferry"),
    ("conservatory", "conservative"), ("glow", "go"), ("friendly", "friend lee"),
    ("print", "prints"), ("bill", "bell"),
]
"""The eighth set's own recogniser confusions (real words, splits and accents)."""

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the benchmark's kinds.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "how do you say {w} in welsh", "is {w} one word or two", "look up {w} on wikipedia",
        "knit me a {w}", "who sings {p}", "put {w} on the b and b website",
        "text derek a picture of a {w}", "rate my {w} out of ten", "is a {w} worth buying",
        "how much does a {w} weigh", "add {p} to the guest book", "draw a {w}",
        "make {p} my ringtone", "what time does the {w} shop shut", "spell {p} backwards",
        "find me a cheap {w} on ebay",
    ],
    "routine command": [
        "forget about {p}", "give {p} a new name", "tell me what {p} turns on",
        "what time does {p} kick in", "take {p} off the list", "tweak {p} a bit",
        "show me the steps of {p}", "pause {p} for the summer", "who set up {p}",
        "does {p} have a schedule", "make a copy of {p}", "move {p} to mornings",
        "why did {p} go off", "save {p} under a different name", "what's in {p}",
    ],
    "word order": [
        "the {b} of the {a}", "{b} {a} please", "a {b} for every {a}", "{b} or {a}",
        "why is the {b} so {a}", "is there {b} in {a}", "{b} before {a}", "no {b} no {a}",
    ],
    "negation": [
        "don't bother with {p}", "please don't {p}", "we don't want {p}", "no {p} today ta",
        "definitely not {p}", "never {p} on a sunday", "leave {p} for now",
        "i didn't ask for {p}", "not now, {p} can wait", "there's no need to {p}",
        "let's not {p}", "you mustn't {p}",
    ],
    "cancellation": [
        "stop {p}", "forget {p}, i changed my mind", "actually, cancel {p}",
        "never mind {p}", "switch {p} off again", "cancel {p} immediately",
        "don't worry about {p} after all", "call off {p}", "undo {p}", "halt {p}",
        "put a stop to {p}", "{p}, no, cancel",
    ],
    "state question": [
        "is {p} happening", "has {p} started yet", "is {p} over", "did {p} go off ok",
        "was {p} run today", "is {p} still on", "how long has {p} been on", "is {p} ready",
        "has anyone done {p}", "is {p} working", "what state is {p} in",
    ],
    "past or story": [
        "we had {p} on holiday in wales", "{p} went wrong on tuesday",
        "derek did {p} by mistake last night", "{p} used to be my favourite",
        "last christmas {p} ran all day", "the day {p} flooded the kitchen",
        "we did {p} twice yesterday", "{p} woke the guests at five",
        "leo did {p} in the middle of a match", "{p} was brilliant last summer",
        "years ago we always had {p}",
    ],
    "someone else's words": [
        "maureen keeps saying {p}", "the guest in room 2 asked for {p} yesterday",
        "leo yells {p} at the telly", "the man on the radio said {p}",
        "my gran used to say {p}", "the sign outside says {p}", "the streamer said {p}",
        "the caravan club newsletter says {p}", "the teacher wrote {p}",
        "the review said {p}", "a guest's note says {p}", "the song goes {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "how many calories in a {}", "where's the nearest {} shop", "sing a song about {}",
    "what's {} in french", "is {} a real word", "who owns the biggest {}",
    "give me a fun fact about {}", "rent a {} for the weekend", "find a rhyme for {}",
    "draw me a {}",
]
